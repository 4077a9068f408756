// Tests for RowRemovalMap: the rows views see while runs of stored rows are announced as removed, and back.
#include "models/rowremovalmap.h"

#include <QTest>

#include <algorithm>
#include <random>
#include <vector>

namespace {
/// The logical -> physical table the map must reproduce: the stored rows not yet announced as removed.
struct Reference
{
    std::vector<int> visible;

    explicit Reference(int rows)
    {
        for (int row = 0; row < rows; ++row)
            visible.push_back(row);
    }
    void remove(int first, int count)
    {
        visible.erase(std::remove_if(visible.begin(), visible.end(),
                          [first, count](int row) { return row >= first && row < first + count; }),
            visible.end());
    }
};

/// Checks \a map against \a reference for every stored row of \a stored.
bool agrees(const RowRemovalMap &map, const Reference &reference, int stored)
{
    if (map.total() != stored - int(reference.visible.size()))
        return false;
    for (int row = 0; row < int(reference.visible.size()); ++row) {
        if (map.physicalRow(row) != reference.visible[size_t(row)])
            return false;
    }
    for (int physical = 0; physical < stored; ++physical) {
        const auto it = std::lower_bound(reference.visible.cbegin(), reference.visible.cend(), physical);
        const int expected
            = it != reference.visible.cend() && *it == physical ? int(it - reference.visible.cbegin()) : -1;
        if (map.logicalRow(physical) != expected)
            return false;
    }
    return true;
}
} // namespace

class TestRowRemovalMap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void isTheIdentityWithoutRuns()
    {
        const RowRemovalMap map;
        QVERIFY(map.isEmpty());
        QCOMPARE(map.total(), 0);
        for (int row : { 0, 1, 99 }) {
            QCOMPARE(map.physicalRow(row), row);
            QCOMPARE(map.logicalRow(row), row);
        }
        QCOMPARE(map.logicalRow(-1), -1); // "not found" stays not found
    }

    void skipsOneAnnouncedRun()
    {
        RowRemovalMap map;
        map.add(7, 2); // stored rows 7 and 8 of 0..9
        QVERIFY(!map.isEmpty());
        QCOMPARE(map.total(), 2);
        QCOMPARE(map.physicalRow(6), 6);
        QCOMPARE(map.physicalRow(7), 9);
        QCOMPARE(map.logicalRow(7), -1);
        QCOMPARE(map.logicalRow(8), -1);
        QCOMPARE(map.logicalRow(9), 7);
        QCOMPARE(map.logicalRow(-1), -1);
    }

    void skipsRunsAnnouncedHighestFirst()
    {
        RowRemovalMap map;
        map.add(7, 2);
        map.add(2, 3); // views now see stored rows 0, 1, 5, 6, 9
        QCOMPARE(map.total(), 5);
        const int expected[] = { 0, 1, 5, 6, 9 };
        for (int row = 0; row < 5; ++row)
            QCOMPARE(map.physicalRow(row), expected[row]);
        QCOMPARE(map.logicalRow(6), 3);
        QCOMPARE(map.logicalRow(9), 4);
        QCOMPARE(map.logicalRow(3), -1);
        QCOMPARE(map.logicalRow(1), 1);
    }

    void adjacentRunsAndTheFirstRow()
    {
        RowRemovalMap map;
        map.add(4, 2);
        map.add(2, 2); // touches the run above: stored 2..5 are gone
        map.add(0, 1);
        Reference reference(8);
        reference.remove(0, 1);
        reference.remove(2, 4);
        QVERIFY(agrees(map, reference, 8));
        QCOMPARE(map.physicalRow(0), 1);
        QCOMPARE(map.physicalRow(1), 6);
    }

    void clearMakesItTheIdentityAgain()
    {
        RowRemovalMap map;
        map.add(3, 1);
        map.clear();
        QVERIFY(map.isEmpty());
        QCOMPARE(map.total(), 0);
        QCOMPARE(map.physicalRow(3), 3);
        QCOMPARE(map.logicalRow(3), 3);
    }

    void agreesWithErasingRunsFromAListAfterEveryRun()
    {
        std::mt19937 random(7);
        for (int round = 0; round < 200; ++round) {
            const int stored = 1 + int(random() % 60);
            std::vector<int> removed;
            for (int row = 0; row < stored; ++row) {
                if (random() % 3 == 0)
                    removed.push_back(row);
            }
            std::vector<std::pair<int, int>> runs; // ascending, as InstanceTableModel::removeRowSet() makes them
            for (const int row : removed) {
                if (!runs.empty() && runs.back().first + runs.back().second == row)
                    ++runs.back().second;
                else
                    runs.emplace_back(row, 1);
            }
            RowRemovalMap map;
            Reference reference(stored);
            map.reserve(runs.size());
            for (auto run = runs.crbegin(); run != runs.crend(); ++run) {
                map.add(run->first, run->second);
                reference.remove(run->first, run->second);
                QVERIFY2(agrees(map, reference, stored), qPrintable(QStringLiteral("round %1").arg(round)));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestRowRemovalMap)
#include "tst_rowremovalmap.moc"
