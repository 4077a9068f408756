// RequestScheduler: which queued AWS request may go on the wire next (bounds per host and in total, fair by account).
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <deque>
#include <functional>

/// The bounds of a RequestScheduler.
struct RequestSchedulerLimits
{
    int maxInFlight = 64; ///< requests on the wire at once, all hosts together
    int maxInFlightPerHost = 48; ///< requests on the wire at once to one host:port
    /// Connection lanes (HttpClient: one QNetworkAccessManager each). Qt opens at most 6 HTTP/1.1 connections per
    /// host:port and manager, so a host gets at most 6 x lanes connections; a request goes to the lane with the
    /// fewest requests in flight to its host.
    int lanes = 8;
};

/// Decides when each request goes on the wire, for all of a process's AWS calls (HttpClient owns one). The rules:
/// - at most maxInFlight requests in flight in total and maxInFlightPerHost to one host:port; the rest wait;
/// - fair across accounts: waiting requests are queued per key (HttpClient's key is the account a request is for,
///   see AwsCall::scheduleKey) and keys take turns round-robin, so an account with 40 requests queued does not make
///   an account that queues 2 later wait for its 40;
/// - within a key, the critical path first: a higher priority goes first (HttpClient's is the page number of a
///   paginated listing, AwsCall::priority, so the next page of the longest chain passes new regions' first pages),
///   first in first out among equals, and a retry ahead of all;
/// - a request holds its slot only while it is on the wire: between attempts (retry backoff, refreshing
///   credentials) it holds nothing, so one account's throttling never takes slots from the others;
/// - a chain keeps its slot: the request its answer makes its caller send (the next page of a listing) may take the
///   slot over, on the same lane, instead of queueing behind requests that came later in a worse place (handOver()).
/// Not thread-safe; one thread (HttpClient's) uses it. Callbacks run synchronously from enqueue() and release().
class RequestScheduler final
{
public:
    using Ticket = quint64;
    /// Called when request \a ticket may go: \a lane is the connection lane to send it on. The request then holds
    /// a slot until release(ticket).
    using Start = std::function<void(Ticket ticket, int lane)>;

    explicit RequestScheduler(RequestSchedulerLimits limits = {});

    /// Queues a request for \a host ("host:port") on behalf of \a key; \a start runs once a slot is free (perhaps
    /// before enqueue() returns). \a first: ahead of the key's other waiting requests (a retry keeps its turn).
    /// \a priority: ahead of the key's waiting requests of a lower priority (after those of the same or higher).
    Ticket enqueue(const QByteArray &key, const QString &host, Start start, bool first = false, int priority = 0);
    /// The request \a ticket left the wire (or, still queued, is not wanted any more): frees its slot, or removes it
    /// from the queue, and starts what may go now. Unknown or released tickets are ignored.
    void release(Ticket ticket);
    /// Gives the slot of request \a from, whose answer has arrived, to the request its caller sends next for \a key
    /// to the same \a host (the next page of a listing), on the same lane: the connection that carried \a from is
    /// idle now, so the next one needs no new connection and no wait for another slot while later requests queue.
    /// Returns the new request's ticket (\a from is gone), or 0 when refused and \a from keeps its slot (release()
    /// it as usual): \a from unknown or of another key or host, or the slot is another request's turn: one of
    /// another key is waiting (keys take turns), or one of \a key for \a host with a higher \a priority.
    Ticket handOver(Ticket from, const QByteArray &key, const QString &host, int priority);
    /// The lane of request \a ticket while it holds a slot, else -1.
    int lane(Ticket ticket) const;

    const RequestSchedulerLimits &limits() const { return m_limits; }
    int inFlight() const { return m_inFlight; }
    int inFlight(const QString &host) const { return m_perHost.value(host); }
    int queued() const { return m_queued; }

    /// Figures since construction, for tests and the benchmark.
    struct Stats
    {
        qint64 started = 0; ///< requests given a slot (handOver() included)
        qint64 handedOver = 0; ///< of which by handOver()
        int peakInFlight = 0;
        int peakInFlightPerHost = 0; ///< the most to any one host
        int peakQueued = 0;
    };
    const Stats &stats() const { return m_stats; }

private:
    struct Waiting
    {
        Ticket ticket;
        QString host;
        Start start;
        int priority = 0;
    };
    struct Running
    {
        QString host;
        int lane;
        QByteArray key;
    };
    void dispatch();
    bool hostHasRoom(const QString &host) const;
    bool anyWaitingHostHasRoom() const;
    void unqueue(const QString &host);
    int pickLane(const QString &host) const;

    RequestSchedulerLimits m_limits;
    QHash<QByteArray, std::deque<Waiting>> m_queues; ///< key -> its waiting requests; no empty queue is kept
    QHash<Ticket, QByteArray> m_waitingKey; ///< waiting ticket -> its key
    QList<QByteArray> m_ring; ///< keys with waiting requests, in turn order
    qsizetype m_next = 0; ///< the ring position whose turn it is
    QHash<Ticket, Running> m_running;
    QHash<QString, int> m_perHost;
    QHash<QString, int> m_waitingPerHost; ///< host -> requests waiting for it
    QHash<QString, QList<int>> m_perHostLane; ///< host -> requests in flight per lane
    int m_inFlight = 0;
    int m_queued = 0;
    Ticket m_nextTicket = 0;
    bool m_dispatching = false;
    bool m_dispatchAgain = false;
    Stats m_stats;
};
