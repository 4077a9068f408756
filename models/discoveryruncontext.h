// DiscoveryRunContext: a discovery run's context object and its queue of low-priority deferred work.
#pragma once

#include <QObject>

#include <deque>
#include <functional>

/// The context object of one DiscoveryService run: AWS callbacks are bound to it, so they are dropped when the
/// run is deleted, and it runs the run's deferred work (defer()) from low-priority posted events, one task per
/// event, so that network replies and the next page requests are handled first.
///
/// Lives on DiscoveryService's thread and dies with the run; pending tasks die with it.
class DiscoveryRunContext final : public QObject
{
public:
    DiscoveryRunContext() = default;
    Q_DISABLE_COPY_MOVE(DiscoveryRunContext)

    /// Runs \a task after the events already pending (low priority), in order with the other deferred tasks.
    void defer(std::function<void()> task);

protected:
    bool event(QEvent *e) override;

private:
    void post();

    std::deque<std::function<void()>> m_work;
    bool m_posted = false;
};
