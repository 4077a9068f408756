// Tests RequestScheduler's rules on their own: bounds per host and in total, turns across keys, lanes, re-entrancy.
#include "aws/requestscheduler.h"

#include <QTest>

class TestRequestScheduler final : public QObject
{
    Q_OBJECT
private:
    /// Enqueues a request that records its start in \a started ("key:n") and its ticket in \a tickets.
    static void add(RequestScheduler &s, QStringList &started, QList<RequestScheduler::Ticket> &tickets,
        const QByteArray &key, const QString &host, int n, bool first = false, int priority = 0)
    {
        s.enqueue(
            key, host,
            [&started, &tickets, name = QString(QString::fromLatin1(key) + QLatin1Char(':') + QString::number(n))](
                RequestScheduler::Ticket ticket, int) {
                started.append(name);
                tickets.append(ticket);
            },
            first, priority);
    }

private Q_SLOTS:
    void neverStartsMoreThanTheBoundInTotalOrPerHost()
    {
        RequestScheduler s({ .maxInFlight = 5, .maxInFlightPerHost = 3, .lanes = 1 });
        QStringList started;
        QList<RequestScheduler::Ticket> tickets;
        for (int i = 0; i < 10; ++i)
            add(s, started, tickets, "a", QStringLiteral("one:443"), i);
        QCOMPARE(s.inFlight(), 3); // the host's bound
        QCOMPARE(s.queued(), 7);
        for (int i = 0; i < 10; ++i)
            add(s, started, tickets, "b", QStringLiteral("two:443"), i);
        QCOMPARE(s.inFlight(QStringLiteral("two:443")), 2); // the total's bound
        QCOMPARE(s.inFlight(), 5);
        while (!tickets.isEmpty()) {
            s.release(tickets.takeFirst());
            QVERIFY(s.inFlight() <= 5);
            QVERIFY(s.inFlight(QStringLiteral("one:443")) <= 3);
            QVERIFY(s.inFlight(QStringLiteral("two:443")) <= 3);
        }
        QCOMPARE(started.size(), 20);
        QCOMPARE(s.inFlight(), 0);
        QCOMPARE(s.queued(), 0);
        QCOMPARE(s.stats().peakInFlight, 5);
        QCOMPARE(s.stats().peakInFlightPerHost, 3);
    }

    void keysTakeTurnsInsteadOfFirstComeFirstServed()
    {
        RequestScheduler s({ .maxInFlight = 1, .maxInFlightPerHost = 1, .lanes = 1 });
        QStringList started;
        QList<RequestScheduler::Ticket> tickets;
        for (int i = 0; i < 5; ++i)
            add(s, started, tickets, "a", QStringLiteral("h:443"), i);
        for (int i = 0; i < 2; ++i)
            add(s, started, tickets, "b", QStringLiteral("h:443"), i);
        add(s, started, tickets, "c", QStringLiteral("h:443"), 0);
        while (!tickets.isEmpty())
            s.release(tickets.takeFirst());
        // a:0 went at once; then a, b and c take turns; a's rest comes last.
        QCOMPARE(started,
            QStringList({ QStringLiteral("a:0"), QStringLiteral("a:1"), QStringLiteral("b:0"), QStringLiteral("c:0"),
                QStringLiteral("a:2"), QStringLiteral("b:1"), QStringLiteral("a:3"), QStringLiteral("a:4") }));
    }

    void aRetryGoesAheadOfItsKeysOtherRequests()
    {
        RequestScheduler s({ .maxInFlight = 1, .maxInFlightPerHost = 1, .lanes = 1 });
        QStringList started;
        QList<RequestScheduler::Ticket> tickets;
        for (int i = 0; i < 3; ++i)
            add(s, started, tickets, "a", QStringLiteral("h:443"), i);
        add(s, started, tickets, "a", QStringLiteral("h:443"), 9, true);
        while (!tickets.isEmpty())
            s.release(tickets.takeFirst());
        QCOMPARE(started,
            QStringList(
                { QStringLiteral("a:0"), QStringLiteral("a:9"), QStringLiteral("a:1"), QStringLiteral("a:2") }));
    }

    void continuationPagesGoBeforeNewFirstPages()
    {
        // One slot busy; a verify's discovery queues first pages of new regions (priority 0), then the home region's
        // page 3 (priority 2) and another region's page 2 (priority 1): the deepest chain goes first, then the
        // other continuation, then the first pages in the order they came.
        RequestScheduler s({ .maxInFlight = 1, .maxInFlightPerHost = 1, .lanes = 1 });
        QStringList started;
        QList<RequestScheduler::Ticket> tickets;
        add(s, started, tickets, "a", QStringLiteral("h:443"), 0);
        for (int i = 1; i <= 3; ++i)
            add(s, started, tickets, "a", QStringLiteral("h:443"), i);
        add(s, started, tickets, "a", QStringLiteral("h:443"), 20, false, 2);
        add(s, started, tickets, "a", QStringLiteral("h:443"), 10, false, 1);
        add(s, started, tickets, "a", QStringLiteral("h:443"), 21, false, 2);
        add(s, started, tickets, "a", QStringLiteral("h:443"), 9, true); // a retry still goes ahead of all
        while (!tickets.isEmpty())
            s.release(tickets.takeFirst());
        QCOMPARE(started,
            QStringList({ QStringLiteral("a:0"), QStringLiteral("a:9"), QStringLiteral("a:20"), QStringLiteral("a:21"),
                QStringLiteral("a:10"), QStringLiteral("a:1"), QStringLiteral("a:2"), QStringLiteral("a:3") }));
    }

    void aKeyWhoseHostIsFullPassesItsTurnToAnotherHost()
    {
        RequestScheduler s({ .maxInFlight = 4, .maxInFlightPerHost = 1, .lanes = 1 });
        QStringList started;
        QList<RequestScheduler::Ticket> tickets;
        add(s, started, tickets, "a", QStringLiteral("busy:443"), 0);
        add(s, started, tickets, "a", QStringLiteral("busy:443"), 1);
        add(s, started, tickets, "b", QStringLiteral("busy:443"), 0);
        add(s, started, tickets, "b", QStringLiteral("free:443"), 1);
        // busy:443 is full with a:0; b's request for free:443 goes although b's first waits for busy:443.
        QCOMPARE(started, QStringList({ QStringLiteral("a:0"), QStringLiteral("b:1") }));
        QCOMPARE(s.queued(), 2);
    }

    void aWaitingRequestReleasedNeverStarts()
    {
        RequestScheduler s({ .maxInFlight = 1, .maxInFlightPerHost = 1, .lanes = 1 });
        QStringList started;
        QList<RequestScheduler::Ticket> tickets;
        add(s, started, tickets, "a", QStringLiteral("h:443"), 0);
        const RequestScheduler::Ticket waiting = s.enqueue("b", QStringLiteral("h:443"),
            [&started](RequestScheduler::Ticket, int) { started.append(QStringLiteral("b:cancelled")); });
        add(s, started, tickets, "c", QStringLiteral("h:443"), 0);
        s.release(waiting);
        s.release(waiting); // twice: ignored
        QCOMPARE(s.queued(), 1);
        s.release(tickets.takeFirst());
        s.release(tickets.takeFirst());
        QCOMPARE(started, QStringList({ QStringLiteral("a:0"), QStringLiteral("c:0") }));
        QCOMPARE(s.inFlight(), 0);
    }

    void aStartThatReleasesAtOnceLetsTheNextOneGo()
    {
        // A request found unwanted when its turn comes (aborted while waiting) gives its slot straight back.
        RequestScheduler s({ .maxInFlight = 1, .maxInFlightPerHost = 1, .lanes = 1 });
        QStringList started;
        QList<RequestScheduler::Ticket> tickets;
        add(s, started, tickets, "a", QStringLiteral("h:443"), 0);
        s.enqueue("b", QStringLiteral("h:443"), [&s, &started](RequestScheduler::Ticket ticket, int) {
            started.append(QStringLiteral("b:0"));
            s.release(ticket);
        });
        add(s, started, tickets, "c", QStringLiteral("h:443"), 0);
        s.release(tickets.takeFirst());
        QCOMPARE(started, QStringList({ QStringLiteral("a:0"), QStringLiteral("b:0"), QStringLiteral("c:0") }));
        QCOMPARE(s.inFlight(), 1);
    }

    void requestsGoToTheLeastBusyLane()
    {
        RequestScheduler s({ .maxInFlight = 16, .maxInFlightPerHost = 16, .lanes = 3 });
        QList<int> lanes;
        QList<RequestScheduler::Ticket> tickets;
        for (int i = 0; i < 6; ++i)
            s.enqueue("a", QStringLiteral("h:443"), [&lanes, &tickets](RequestScheduler::Ticket ticket, int lane) {
                lanes.append(lane);
                tickets.append(ticket);
            });
        QCOMPARE(lanes, QList<int>({ 0, 1, 2, 0, 1, 2 }));
        s.release(tickets.at(4)); // lane 1 has one fewer now
        s.enqueue("a", QStringLiteral("h:443"), [&lanes](RequestScheduler::Ticket, int lane) { lanes.append(lane); });
        QCOMPARE(lanes.last(), 1);
        // Another host counts its own lanes.
        s.enqueue(
            "a", QStringLiteral("other:443"), [&lanes](RequestScheduler::Ticket, int lane) { lanes.append(lane); });
        QCOMPARE(lanes.last(), 0);
    }

    void aChainKeepsItsSlotAndLaneForItsNextPage()
    {
        // The host is full and first pages wait; page 1 of a chain is answered and its caller sends page 2: it takes
        // over page 1's slot, on page 1's lane (whose connection is idle now), instead of queueing behind them.
        RequestScheduler s({ .maxInFlight = 4, .maxInFlightPerHost = 2, .lanes = 2 });
        QStringList started;
        QList<RequestScheduler::Ticket> tickets;
        QList<int> lanes;
        for (int i = 0; i < 2; ++i)
            s.enqueue("a", QStringLiteral("h:443"), [&tickets, &lanes](RequestScheduler::Ticket ticket, int lane) {
                tickets.append(ticket);
                lanes.append(lane);
            });
        QCOMPARE(lanes, QList<int>({ 0, 1 }));
        for (int i = 1; i <= 3; ++i)
            add(s, started, tickets, "a", QStringLiteral("h:443"), i);
        QCOMPARE(s.queued(), 3);
        const RequestScheduler::Ticket page1 = tickets.at(1); // on lane 1
        const RequestScheduler::Ticket page2 = s.handOver(page1, "a", QStringLiteral("h:443"), 1);
        QVERIFY(page2 != 0);
        QCOMPARE(s.lane(page2), 1);
        QCOMPARE(s.lane(page1), -1); // gone: releasing it changes nothing
        s.release(page1);
        QCOMPARE(s.inFlight(), 2);
        QCOMPARE(s.queued(), 3);
        QVERIFY(started.isEmpty());
        QCOMPARE(s.stats().handedOver, 1);
        // Page 2 answered, nothing follows: its slot goes to the first waiting request, on its lane.
        s.release(page2);
        QCOMPARE(started, QStringList({ QStringLiteral("a:1") }));
        QCOMPARE(s.inFlight(QStringLiteral("h:443")), 2);
    }

    void aSlotIsNotHandedOverPastAnotherKeysTurnOrABetterPlacedRequest()
    {
        RequestScheduler s({ .maxInFlight = 1, .maxInFlightPerHost = 1, .lanes = 1 });
        QStringList started;
        QList<RequestScheduler::Ticket> tickets;
        add(s, started, tickets, "a", QStringLiteral("h:443"), 0);
        const RequestScheduler::Ticket running = tickets.constFirst();
        // Another host, another key, an unknown ticket: refused, the slot stays where it was.
        QCOMPARE(s.handOver(running, "a", QStringLiteral("other:443"), 1), RequestScheduler::Ticket(0));
        QCOMPARE(s.handOver(running, "b", QStringLiteral("h:443"), 1), RequestScheduler::Ticket(0));
        QCOMPARE(s.handOver(running + 100, "a", QStringLiteral("h:443"), 1), RequestScheduler::Ticket(0));
        QCOMPARE(s.lane(running), 0);
        // A's own page 3 waits (priority 2): A's page 2 (priority 1) may not pass it.
        add(s, started, tickets, "a", QStringLiteral("h:443"), 3, false, 2);
        QCOMPARE(s.handOver(running, "a", QStringLiteral("h:443"), 1), RequestScheduler::Ticket(0));
        // ... a page at least as deep may.
        const RequestScheduler::Ticket deeper = s.handOver(running, "a", QStringLiteral("h:443"), 2);
        QVERIFY(deeper != 0);
        // B waits: its turn comes before A keeps the slot any longer.
        add(s, started, tickets, "b", QStringLiteral("h:443"), 0);
        QCOMPARE(s.handOver(deeper, "a", QStringLiteral("h:443"), 9), RequestScheduler::Ticket(0));
        s.release(deeper);
        QCOMPARE(started, QStringList({ QStringLiteral("a:0"), QStringLiteral("a:3") }));
        QCOMPARE(s.inFlight(), 1);
    }
};

QTEST_GUILESS_MAIN(TestRequestScheduler)
#include "tst_requestscheduler.moc"
