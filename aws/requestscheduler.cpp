// RequestScheduler: bounded in flight per host and in total, round-robin across keys, no slot held between attempts.
#include "aws/requestscheduler.h"

#include <algorithm>
#include <iterator>

RequestScheduler::RequestScheduler(RequestSchedulerLimits limits)
    : m_limits(limits)
{
    m_limits.maxInFlight = std::max(1, m_limits.maxInFlight);
    m_limits.maxInFlightPerHost = std::clamp(m_limits.maxInFlightPerHost, 1, m_limits.maxInFlight);
    m_limits.lanes = std::max(1, m_limits.lanes);
}

RequestScheduler::Ticket RequestScheduler::enqueue(
    const QByteArray &key, const QString &host, Start start, bool first, int priority)
{
    const Ticket ticket = ++m_nextTicket;
    auto it = m_queues.find(key);
    if (it == m_queues.end()) {
        it = m_queues.insert(key, {});
        m_ring.append(key);
    }
    Waiting w { ticket, host, std::move(start), priority };
    if (first) {
        it->push_front(std::move(w));
    } else {
        // After the last one of the same or a higher priority: a queue is ordered by priority, FIFO among equals.
        auto at = it->end();
        while (at != it->begin() && std::prev(at)->priority < priority)
            --at;
        it->insert(at, std::move(w));
    }
    m_waitingKey.insert(ticket, key);
    ++m_waitingPerHost[host];
    ++m_queued;
    m_stats.peakQueued = std::max(m_stats.peakQueued, m_queued);
    dispatch();
    return ticket;
}

void RequestScheduler::release(Ticket ticket)
{
    if (const auto running = m_running.constFind(ticket); running != m_running.constEnd()) {
        const Running r = *running;
        m_running.erase(running);
        --m_inFlight;
        if (--m_perHost[r.host] == 0)
            m_perHost.remove(r.host);
        QList<int> &lanes = m_perHostLane[r.host];
        --lanes[r.lane];
        if (std::all_of(lanes.cbegin(), lanes.cend(), [](int n) { return n == 0; }))
            m_perHostLane.remove(r.host);
        dispatch();
        return;
    }
    const auto waiting = m_waitingKey.constFind(ticket);
    if (waiting == m_waitingKey.constEnd())
        return;
    const QByteArray key = *waiting;
    m_waitingKey.erase(waiting);
    std::deque<Waiting> &queue = m_queues[key];
    const auto at = std::find_if(queue.begin(), queue.end(), [ticket](const Waiting &w) { return w.ticket == ticket; });
    if (at != queue.end()) {
        unqueue(at->host);
        queue.erase(at);
    }
    if (queue.empty()) {
        m_queues.remove(key);
        const qsizetype index = m_ring.indexOf(key);
        m_ring.removeAt(index);
        if (index < m_next)
            --m_next;
    }
}

RequestScheduler::Ticket RequestScheduler::handOver(
    Ticket from, const QByteArray &key, const QString &host, int priority)
{
    const auto running = m_running.constFind(from);
    if (running == m_running.constEnd() || running->key != key || running->host != host)
        return 0;
    if (std::any_of(m_ring.cbegin(), m_ring.cend(), [&key](const QByteArray &k) { return k != key; }))
        return 0;
    if (const auto queue = m_queues.constFind(key); queue != m_queues.constEnd()) {
        // Ordered by priority: the first one for this host is the best placed.
        const auto best
            = std::find_if(queue->cbegin(), queue->cend(), [&host](const Waiting &w) { return w.host == host; });
        if (best != queue->cend() && best->priority > priority)
            return 0;
    }
    const Running slot = *running;
    m_running.erase(running);
    const Ticket ticket = ++m_nextTicket;
    m_running.insert(ticket, slot);
    ++m_stats.started;
    ++m_stats.handedOver;
    return ticket;
}

int RequestScheduler::lane(Ticket ticket) const
{
    const auto running = m_running.constFind(ticket);
    return running == m_running.constEnd() ? -1 : running->lane;
}

bool RequestScheduler::hostHasRoom(const QString &host) const
{
    return m_perHost.value(host) < m_limits.maxInFlightPerHost;
}

bool RequestScheduler::anyWaitingHostHasRoom() const
{
    for (auto it = m_waitingPerHost.cbegin(); it != m_waitingPerHost.cend(); ++it) {
        if (hostHasRoom(it.key()))
            return true;
    }
    return false;
}

void RequestScheduler::unqueue(const QString &host)
{
    --m_queued;
    if (--m_waitingPerHost[host] == 0)
        m_waitingPerHost.remove(host);
}

int RequestScheduler::pickLane(const QString &host) const
{
    const QList<int> lanes = m_perHostLane.value(host);
    if (lanes.isEmpty())
        return 0;
    return int(std::min_element(lanes.cbegin(), lanes.cend()) - lanes.cbegin());
}

void RequestScheduler::dispatch()
{
    // A start callback may enqueue or release (a request refused before it is sent, a caller sending the next one):
    // those calls change the queues but do not dispatch themselves (they ask for another round), and the loop
    // below reads the queues afresh after every start.
    if (m_dispatching) {
        m_dispatchAgain = true;
        return;
    }
    m_dispatching = true;
    do {
        m_dispatchAgain = false;
        // (The check on hosts keeps a release cheap while the one host everything waits for is full.)
        while (m_inFlight < m_limits.maxInFlight && !m_ring.isEmpty() && anyWaitingHostHasRoom()) {
            // The keys take turns; a key whose waiting requests all go to full hosts passes its turn.
            bool started = false;
            for (qsizetype tried = 0, n = m_ring.size(); tried < n && !started; ++tried) {
                if (m_next >= m_ring.size())
                    m_next = 0;
                const QByteArray key = m_ring.at(m_next);
                std::deque<Waiting> &queue = m_queues[key];
                const auto it = std::find_if(
                    queue.begin(), queue.end(), [this](const Waiting &w) { return hostHasRoom(w.host); });
                if (it == queue.end()) {
                    ++m_next;
                    continue;
                }
                Waiting w = std::move(*it);
                queue.erase(it);
                unqueue(w.host);
                m_waitingKey.remove(w.ticket);
                if (queue.empty()) {
                    m_queues.remove(key);
                    m_ring.removeAt(m_next); // the next key moves into this position: its turn is next
                } else {
                    ++m_next;
                }
                const int lane = pickLane(w.host);
                QList<int> &lanes = m_perHostLane[w.host];
                if (lanes.isEmpty())
                    lanes.fill(0, m_limits.lanes);
                ++lanes[lane];
                m_running.insert(w.ticket, Running { w.host, lane, key });
                ++m_inFlight;
                const int onHost = ++m_perHost[w.host];
                ++m_stats.started;
                m_stats.peakInFlight = std::max(m_stats.peakInFlight, m_inFlight);
                m_stats.peakInFlightPerHost = std::max(m_stats.peakInFlightPerHost, onHost);
                started = true;
                w.start(w.ticket, lane);
            }
            if (!started)
                break; // every waiting request is for a host that is full: a release() resumes
        }
    } while (m_dispatchAgain);
    m_dispatching = false;
}
