// Tests for StringPool: interning, reference counts, freeing with the last reference and reuse of freed ids.
#include "models/stringpool.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestStringPool : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyStringIsIdZeroAndNeverReleased()
    {
        StringPool pool;
        QCOMPARE(pool.acquire(QString()), 0u);
        QCOMPARE(pool.acquire(u""_s), 0u);
        QCOMPARE(pool.find(QString()), 0u);
        pool.release(0);
        pool.release(0);
        QCOMPARE(pool.retain(0), 0u);
        QVERIFY(pool.at(0).isEmpty());
        QCOMPARE(pool.liveCount(), 0);
        QCOMPARE(pool.idLimit(), 1u);
    }

    void equalTextsShareOneId()
    {
        StringPool pool;
        const quint32 running = pool.acquire(u"running"_s);
        QVERIFY(running != 0);
        QCOMPARE(pool.acquire(u"running"_s), running);
        const quint32 stopped = pool.acquire(u"stopped"_s);
        QVERIFY(stopped != running);
        QCOMPARE(pool.liveCount(), 2);
        QCOMPARE(pool.at(running), u"running"_s);
        QCOMPARE(pool.at(stopped), u"stopped"_s);
        QCOMPARE(pool.find(u"stopped"_s), stopped);
        // Exact comparison: case matters.
        QCOMPARE(pool.find(u"Running"_s), StringPool::NotFound);
    }

    void findTakesNoReference()
    {
        StringPool pool;
        const quint32 id = pool.acquire(u"m5.large"_s);
        QCOMPARE(pool.find(u"m5.large"_s), id);
        QCOMPARE(pool.find(u"m5.large"_s), id);
        pool.release(id); // the only reference
        QCOMPARE(pool.find(u"m5.large"_s), StringPool::NotFound);
        QCOMPARE(pool.liveCount(), 0);
    }

    void textLivesUntilItsLastReferenceIsReleased()
    {
        StringPool pool;
        const quint32 id = pool.acquire(u"eu-west-1"_s); // 1
        QCOMPARE(pool.acquire(u"eu-west-1"_s), id); // 2
        QCOMPARE(pool.retain(id), id); // 3
        pool.release(id);
        pool.release(id);
        QCOMPARE(pool.find(u"eu-west-1"_s), id);
        QCOMPARE(pool.at(id), u"eu-west-1"_s);
        pool.release(id);
        QCOMPARE(pool.find(u"eu-west-1"_s), StringPool::NotFound);
        QCOMPARE(pool.liveCount(), 0);
    }

    void freedIdIsGivenToTheNextNewString()
    {
        StringPool pool;
        const quint32 a = pool.acquire(u"a"_s);
        const quint32 b = pool.acquire(u"b"_s);
        const quint32 limit = pool.idLimit();
        pool.release(a);
        const quint32 c = pool.acquire(u"c"_s);
        QCOMPARE(c, a);
        QCOMPARE(pool.idLimit(), limit); // no new entry
        QCOMPARE(pool.at(c), u"c"_s);
        QCOMPARE(pool.find(u"a"_s), StringPool::NotFound);
        QCOMPARE(pool.find(u"c"_s), c);
        QCOMPARE(pool.find(u"b"_s), b);
        // A freed text comes back as a new string with a single reference.
        const quint32 again = pool.acquire(u"a"_s);
        QCOMPARE(pool.at(again), u"a"_s);
        pool.release(again);
        QCOMPARE(pool.find(u"a"_s), StringPool::NotFound);
    }

    void manyStringsSurviveTheIndexGrowingAndShrinking()
    {
        StringPool pool;
        QList<quint32> ids;
        for (int i = 0; i < 10000; ++i)
            ids.append(pool.acquire(u"tag-value-%1"_s.arg(i)));
        QCOMPARE(pool.liveCount(), 10000);
        for (int i = 0; i < 10000; i += 2)
            pool.release(ids[i]);
        QCOMPARE(pool.liveCount(), 5000);
        for (int i = 0; i < 10000; ++i) {
            const quint32 found = pool.find(u"tag-value-%1"_s.arg(i));
            QCOMPARE(found, i % 2 ? ids[i] : StringPool::NotFound);
        }
        // The 5,000 freed ids are reused before the pool grows.
        const quint32 limit = pool.idLimit();
        for (int i = 0; i < 5000; ++i)
            QVERIFY(pool.acquire(u"new-%1"_s.arg(i)) < limit);
        QCOMPARE(pool.idLimit(), limit);
        QCOMPARE(pool.liveCount(), 10000);
    }

    void hashOfDependsOnTheWholeText()
    {
        QCOMPARE(StringPool::hashOf(u"i-0123456789abcdef0"_s), StringPool::hashOf(u"i-0123456789abcdef0"_s));
        QVERIFY(StringPool::hashOf(u"i-0123456789abcdef0"_s) != StringPool::hashOf(u"i-0123456789abcdef1"_s));
        QVERIFY(StringPool::hashOf(u"a"_s) != StringPool::hashOf(u"A"_s));
    }
};

QTEST_GUILESS_MAIN(TestStringPool)
#include "tst_stringpool.moc"
