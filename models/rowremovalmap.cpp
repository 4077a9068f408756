// RowRemovalMap: the row arithmetic of runs announced as removed before the storage is compacted.
#include "models/rowremovalmap.h"

#include <QtGlobal>

#include <algorithm>

void RowRemovalMap::add(int first, int count)
{
    Q_ASSERT(count > 0 && (m_runs.empty() || first + count <= m_runs.back().first));
    m_total += count;
    m_runs.push_back({ first, count, m_total });
}

void RowRemovalMap::clear()
{
    m_runs.clear();
    m_total = 0;
}

int RowRemovalMap::mappedRow(int row) const
{
    // m_runs is ordered highest run first, so the runs' positions as the views now see them descend too: the first
    // run that starts at or below \a row is the nearest one under it.
    const int total = m_total;
    const auto it = std::partition_point(m_runs.cbegin(), m_runs.cend(),
        [row, total](const Run &run) { return run.first - (total - run.removedAbove) > row; });
    return it == m_runs.cend() ? row : row + total - it->removedAbove + it->count;
}

int RowRemovalMap::logicalRow(int physical) const
{
    if (physical < 0 || m_runs.empty())
        return physical;
    // Only while removals are being announced, and only from rowOf(): a linear pass over the runs is enough.
    int below = 0;
    for (const Run &run : m_runs) {
        if (physical >= run.first + run.count)
            below += run.count;
        else if (physical >= run.first)
            return -1;
    }
    return physical - below;
}
