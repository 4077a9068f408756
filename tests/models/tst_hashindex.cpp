// Tests for HashIndex: lookups through the caller's key test, shared hashes, wrap-around, erasing and growing.
#include "models/hashindex.h"

#include <QTest>

#include <bit>
#include <map>
#include <random>
#include <vector>

namespace {
/// A key test that accepts exactly \a wanted.
auto is(quint32 wanted)
{
    return [wanted](quint32 value) { return value == wanted; };
}
} // namespace

class TestHashIndex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyIndexFindsNothing()
    {
        const HashIndex index;
        QCOMPARE(index.find(7, is(7)), qint64(-1));
        QCOMPARE(index.findSlot(7, is(7)), qsizetype(-1));
        QVERIFY(index.size() == 0 && index.capacity() == 0); // no table before the first insert
    }

    void findsEveryInsertedValueUnderItsHash()
    {
        HashIndex index;
        for (quint32 value = 0; value < 1000; ++value)
            index.insert(value * 2654435761u, value);
        QCOMPARE(index.size(), size_t(1000));
        for (quint32 value = 0; value < 1000; ++value)
            QCOMPARE(index.find(value * 2654435761u, is(value)), qint64(value));
        // The right hash with a key that is not there, and a hash that is not there.
        QCOMPARE(index.find(5 * 2654435761u, is(6)), qint64(-1));
        QCOMPARE(index.find(1001 * 2654435761u, is(1001)), qint64(-1));
    }

    void entriesSharingAHashAreToldApartByTheKeyTest()
    {
        HashIndex index;
        for (quint32 value = 10; value < 20; ++value)
            index.insert(42, value);
        for (quint32 value = 10; value < 20; ++value)
            QCOMPARE(index.find(42, is(value)), qint64(value));
        QCOMPARE(index.find(42, is(20)), qint64(-1));
        // A different hash never matches, even when the key test would accept anything.
        QCOMPARE(index.find(43, [](quint32) { return true; }), qint64(-1));
    }

    void probeChainWrapsAroundTheEndOfTheTable()
    {
        HashIndex index;
        index.insert(63, 1); // the last slot of the 64
        QCOMPARE(index.capacity(), size_t(64));
        index.insert(63, 2); // wraps to slot 0
        index.insert(63 + 64, 3); // same home slot, another hash: slot 1
        index.insert(0, 4); // home slot 0 is taken: slot 2
        QCOMPARE(index.findSlot(63, is(1)), qsizetype(63));
        QCOMPARE(index.findSlot(63, is(2)), qsizetype(0));
        QCOMPARE(index.findSlot(63 + 64, is(3)), qsizetype(1));
        QCOMPARE(index.findSlot(0, is(4)), qsizetype(2));

        // Erasing the head of the chain shifts the rest back across the end: no tombstone is left.
        index.eraseSlot(index.findSlot(63, is(1)));
        QCOMPARE(index.size(), size_t(3));
        QCOMPARE(index.find(63, is(1)), qint64(-1));
        QCOMPARE(index.findSlot(63, is(2)), qsizetype(63));
        QCOMPARE(index.findSlot(63 + 64, is(3)), qsizetype(0));
        QCOMPARE(index.findSlot(0, is(4)), qsizetype(1));
    }

    void erasingFromTheMiddleOfAChainKeepsTheRestFindable()
    {
        HashIndex index;
        for (quint32 value = 0; value < 5; ++value)
            index.insert(9, value);
        index.insert(10, 100); // home slot 10, pushed behind the chain of 9s to slot 14
        QCOMPARE(index.findSlot(10, is(100)), qsizetype(14));

        index.eraseSlot(index.findSlot(9, is(2)));
        QCOMPARE(index.size(), size_t(5));
        QCOMPARE(index.find(9, is(2)), qint64(-1));
        for (quint32 value : { 0u, 1u, 3u, 4u })
            QCOMPARE(index.find(9, is(value)), qint64(value));
        QCOMPARE(index.findSlot(10, is(100)), qsizetype(13)); // moved up: the chain closed its gap

        // An entry in its home slot does not move into a hole before its home.
        index.eraseSlot(index.findSlot(9, is(0)));
        index.eraseSlot(index.findSlot(9, is(1)));
        index.eraseSlot(index.findSlot(9, is(3)));
        index.eraseSlot(index.findSlot(9, is(4)));
        QCOMPARE(index.size(), size_t(1));
        QCOMPARE(index.findSlot(10, is(100)), qsizetype(10));
    }

    void growsBeforeItIsMoreThanHalfFull()
    {
        HashIndex index;
        size_t growths = 0;
        size_t capacity = 0;
        for (quint32 value = 0; value < 5000; ++value) {
            index.insert(value % 97, value); // long chains: 97 distinct hashes only
            QVERIFY2(2 * index.size() <= index.capacity(), qPrintable(QString::number(value)));
            QVERIFY(std::has_single_bit(index.capacity()));
            if (index.capacity() != capacity) {
                capacity = index.capacity();
                ++growths;
                // Every entry survives the rehash.
                for (quint32 v = 0; v <= value; ++v)
                    QVERIFY2(index.find(v % 97, is(v)) == qint64(v), qPrintable(QString::number(v)));
            }
        }
        QCOMPARE(index.capacity(), size_t(16384));
        QCOMPARE(growths, size_t(9)); // 64, 128, ..., 16384
    }

    void resetEmptiesAndSizesForTheEntriesToCome()
    {
        HashIndex index;
        for (quint32 value = 0; value < 100; ++value)
            index.insert(value, value);
        index.reset(1000);
        QCOMPARE(index.size(), size_t(0));
        QCOMPARE(index.capacity(), size_t(2048));
        QCOMPARE(index.find(5, is(5)), qint64(-1));
        for (quint32 value = 0; value < 1000; ++value)
            index.insert(value, value);
        QCOMPARE(index.capacity(), size_t(2048)); // no growth while filling what it was sized for
        index.reset(0);
        QCOMPARE(index.capacity(), size_t(64));
    }

    void randomInsertsAndErasesAgreeWithAReferenceMap()
    {
        // 2,000 distinct hashes for ~10,000 live values: most hashes are shared, chains collide and shift back.
        std::mt19937 random(20240501);
        std::uniform_int_distribution<int> coin(0, 2);
        HashIndex index;
        std::map<quint32, quint32> live; // value -> hash
        std::vector<quint32> hashOf; // of every value ever inserted
        for (int step = 0; step < 30000; ++step) {
            if (coin(random) != 0 || live.empty()) {
                const auto value = quint32(hashOf.size());
                hashOf.push_back(quint32(random() % 2000) * 2654435761u);
                index.insert(hashOf.back(), value);
                live.emplace(value, hashOf.back());
            } else {
                auto victim = live.begin();
                std::advance(victim, random() % live.size());
                const qsizetype slot = index.findSlot(victim->second, is(victim->first));
                QVERIFY(slot >= 0);
                index.eraseSlot(slot);
                live.erase(victim);
            }
            QCOMPARE(index.size(), live.size());
            if (step % 1000 == 999) {
                for (quint32 value = 0; value < hashOf.size(); ++value) {
                    const qint64 expected = live.contains(value) ? qint64(value) : -1;
                    QVERIFY2(index.find(hashOf[value], is(value)) == expected, qPrintable(QString::number(value)));
                }
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestHashIndex)
#include "tst_hashindex.moc"
