// ThreadPriority: the threads that do bulk work off a discovery's critical path yield the CPU to those on it.
#include "aws/threadpriority.h"

#include <QtGlobal>

#include <utility>

#ifdef Q_OS_LINUX
#include <cerrno>
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace ThreadPriority {

void becomeBackground()
{
    thread_local bool done = false;
    if (std::exchange(done, true))
        return;
#ifdef Q_OS_LINUX
    const int now = niceOfThisThread();
    setpriority(PRIO_PROCESS, id_t(gettid()), qMin(now + kBackgroundNice, 19));
#endif
}

int niceOfThisThread()
{
#ifdef Q_OS_LINUX
    errno = 0;
    const int nice = getpriority(PRIO_PROCESS, id_t(gettid()));
    return errno == 0 ? nice : 0;
#else
    return 0;
#endif
}

} // namespace ThreadPriority
