// DiscoveryRunContext: deferred work of a discovery run, one task per low-priority posted event.
#include "models/discoveryruncontext.h"

#include <QCoreApplication>
#include <QEvent>

namespace {
QEvent::Type drainType()
{
    static const auto type = QEvent::Type(QEvent::registerEventType());
    return type;
}
} // namespace

void DiscoveryRunContext::defer(std::function<void()> task)
{
    m_work.push_back(std::move(task));
    post();
}

void DiscoveryRunContext::post()
{
    if (!m_posted && !m_work.empty()) {
        m_posted = true;
        QCoreApplication::postEvent(this, new QEvent(drainType()), Qt::LowEventPriority);
    }
}

bool DiscoveryRunContext::event(QEvent *e)
{
    if (e->type() != drainType())
        return QObject::event(e);
    m_posted = false;
    // One task per event: replies that arrived meanwhile (and the page requests they trigger) go first.
    std::function<void()> task = std::move(m_work.front());
    m_work.pop_front();
    post(); // before the task: the task may end the run (its context is then deleted with pending events)
    task();
    return true;
}
