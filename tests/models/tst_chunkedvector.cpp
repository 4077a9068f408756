// Tests for ChunkedVector: appends across chunks, stable element addresses, truncation and chunk release.
#include "models/chunkedvector.h"

#include <QString>
#include <QTest>

#include <memory>

using Ints = ChunkedVector<int>;

class TestChunkedVector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsEmptyWithoutChunks()
    {
        const Ints v;
        QCOMPARE(v.size(), size_t(0));
        QCOMPARE(v.capacity(), size_t(0));
    }

    void appendsInOrderAcrossChunks()
    {
        Ints v;
        const size_t count = 3 * Ints::ChunkSize + 5;
        for (size_t i = 0; i < count; ++i)
            v.push_back(int(i * 3));
        QCOMPARE(v.size(), count);
        QCOMPARE(v.capacity(), 4 * Ints::ChunkSize); // one chunk at a time
        for (size_t i = 0; i < count; ++i)
            QVERIFY2(v[i] == int(i * 3), qPrintable(QString::number(i)));
        v[Ints::ChunkSize] = -1;
        QCOMPARE(std::as_const(v)[Ints::ChunkSize], -1);
        QCOMPARE(v[Ints::ChunkSize - 1], int((Ints::ChunkSize - 1) * 3));
    }

    void growingNeverMovesAnElement()
    {
        Ints v;
        v.push_back(1);
        const int *first = &v[0];
        for (size_t i = 1; i < Ints::ChunkSize; ++i)
            v.push_back(0);
        const int *lastOfFirstChunk = &v[Ints::ChunkSize - 1];
        for (size_t i = 0; i < 5 * Ints::ChunkSize; ++i)
            v.push_back(2);
        QCOMPARE(&v[0], first);
        QCOMPARE(&v[Ints::ChunkSize - 1], lastOfFirstChunk);
        QCOMPARE(*first, 1);
    }

    void truncateReleasesTheDroppedElementsAtOnce()
    {
        ChunkedVector<std::shared_ptr<int>> v;
        const auto kept = std::make_shared<int>(1);
        const auto dropped = std::make_shared<int>(2);
        for (int i = 0; i < 10; ++i)
            v.push_back(std::shared_ptr<int>(i < 4 ? kept : dropped));
        QCOMPARE(dropped.use_count(), long(1 + 6));
        v.truncate(4);
        QCOMPARE(v.size(), size_t(4));
        QCOMPARE(dropped.use_count(), long(1)); // not held until the slots are reused
        QCOMPARE(kept.use_count(), long(1 + 4));
        QCOMPARE(*v[3], 1);
    }

    void truncateFreesTheChunksNoLongerNeededButOneSpare()
    {
        Ints v;
        for (size_t i = 0; i < 5 * Ints::ChunkSize; ++i)
            v.push_back(int(i));
        QCOMPARE(v.capacity(), 5 * Ints::ChunkSize);
        v.truncate(Ints::ChunkSize + 10); // the second chunk is in use, a third is kept spare
        QCOMPARE(v.capacity(), 3 * Ints::ChunkSize);
        QCOMPARE(v[Ints::ChunkSize + 9], int(Ints::ChunkSize + 9));
        v.truncate(0);
        QCOMPARE(v.size(), size_t(0));
        QCOMPARE(v.capacity(), 2 * Ints::ChunkSize);
        // Appending again fills the kept chunks before allocating.
        for (size_t i = 0; i < 2 * Ints::ChunkSize; ++i)
            v.push_back(7);
        QCOMPARE(v.capacity(), 2 * Ints::ChunkSize);
        v.truncate(v.size()); // nothing dropped, nothing freed
        QCOMPARE(v.capacity(), 2 * Ints::ChunkSize);
    }

    void elementsAppendedAfterATruncateStartFresh()
    {
        ChunkedVector<QString> v;
        for (int i = 0; i < 6; ++i)
            v.push_back(QString::number(i));
        v.truncate(2);
        v.push_back(QStringLiteral("x"));
        QCOMPARE(v.size(), size_t(3));
        QCOMPARE(v[1], QStringLiteral("1"));
        QCOMPARE(v[2], QStringLiteral("x"));
    }

    void holdsMoveOnlyElements()
    {
        ChunkedVector<std::unique_ptr<int>> v;
        for (int i = 0; i < int(Ints::ChunkSize) + 1; ++i)
            v.push_back(std::make_unique<int>(i));
        QCOMPARE(*v[Ints::ChunkSize], int(Ints::ChunkSize));
        v[0] = std::move(v[Ints::ChunkSize]); // as InstanceTableModel compacts its rows
        v.truncate(Ints::ChunkSize);
        QCOMPARE(*v[0], int(Ints::ChunkSize));
    }
};

QTEST_GUILESS_MAIN(TestChunkedVector)
#include "tst_chunkedvector.moc"
