// disableCoreDumps(): prctl(PR_SET_DUMPABLE) and RLIMIT_CORE.
#include "aws/processhardening.h"

#include "aws/logging.h"

#include <cerrno>
#include <cstring>

#include <sys/prctl.h>
#include <sys/resource.h>

bool disableCoreDumps()
{
    bool ok = true;
    // First: once the core limit reads 0 from outside (/proc/<pid>/limits), the process is already not dumpable.
    if (prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0) {
        qCWarning(lcAws) << "could not make the process non-dumpable:" << strerror(errno);
        ok = false;
    }
    const rlimit none { 0, 0 };
    if (setrlimit(RLIMIT_CORE, &none) != 0) {
        qCWarning(lcAws) << "could not set the core file size limit to 0:" << strerror(errno);
        ok = false;
    }
    return ok;
}
