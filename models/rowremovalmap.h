// RowRemovalMap: while runs of rows are announced as removed one at a time, maps the rows views see to stored rows.
#pragma once

#include <cstddef>
#include <vector>

/// InstanceTableModel removes scattered rows with one beginRemoveRows()/endRemoveRows() pair per contiguous run,
/// highest run first, but compacts its storage only once, after the last run: erasing each run as it is announced
/// would move the tail once per run (1,000 scattered removals at 100,000 rows: a second). Between the signals the
/// views must already see the announced runs gone; this map translates their row numbers to the stored rows and
/// back.
///
/// Empty (the identity) except while a removal is being announced.
class RowRemovalMap final
{
public:
    /// Records that the stored rows [\a first, \a first + \a count) are announced as removed. Runs are added highest
    /// first: each ends at or before the start of the one added before it.
    void add(int first, int count);
    /// Makes room for \a runs runs.
    void reserve(size_t runs) { m_runs.reserve(runs); }
    /// Forgets every run (after the storage was compacted): the map is the identity again.
    void clear();
    /// True when no run is recorded.
    bool isEmpty() const { return m_runs.empty(); }
    /// The number of rows in the runs recorded.
    int total() const { return m_total; }
    /// The stored row that the views see as \a row (0 <= row < stored rows - total()).
    int physicalRow(int row) const { return m_runs.empty() ? row : mappedRow(row); }
    /// The inverse of physicalRow(): the row the views see for stored row \a physical; -1 for a row in a run
    /// already announced as removed, and for a negative \a physical.
    int logicalRow(int physical) const;

private:
    /// A run of stored rows announced as removed: [first, first + count).
    struct Run
    {
        int first;
        int count;
        int removedAbove; ///< rows in the runs at or above this one, this one included
    };
    int mappedRow(int row) const;

    std::vector<Run> m_runs; ///< highest run first
    int m_total = 0;
};
