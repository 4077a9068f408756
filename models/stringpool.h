// StringPool: interned strings with reference counts, so that many rows share one copy of a repeated value.
#pragma once

#include "models/hashindex.h"

#include <QString>

#include <vector>

/// Interned strings with reference counts: rows hold ids (4 bytes) instead of QStrings (24 bytes) and repeated
/// values are stored once. Id 0 is the empty string, always there and never released; the id of a string freed
/// with its last reference is given to the next new string.
///
/// Not thread-safe; lives with its owner (InstanceTableModel, on the GUI thread).
class StringPool final
{
public:
    StringPool();

    /// The id of \a text with one more reference (0 for the empty string, which holds no references).
    quint32 acquire(const QString &text);
    /// One more reference to \a id (a live id); returns \a id.
    quint32 retain(quint32 id)
    {
        if (id != 0)
            ++m_entries[id].refs;
        return id;
    }
    /// Drops one reference of \a id (a live id); the string is freed with its last reference.
    void release(quint32 id);
    /// The id of \a text without taking a reference, or NotFound.
    quint32 find(const QString &text) const;
    /// The text of \a id (a live id).
    const QString &at(quint32 id) const { return m_entries[id].text; }
    /// One past the highest id in use: a size for arrays indexed by id.
    quint32 idLimit() const { return quint32(m_entries.size()); }
    /// The number of distinct non-empty strings held.
    int liveCount() const { return int(m_index.size()); }

    /// The hash the pool files \a text under (a Fingerprint of the text, cut to 32 bits).
    static quint32 hashOf(const QString &text);

    static constexpr quint32 NotFound = 0xffffffffu;

private:
    struct Entry
    {
        QString text;
        quint32 refs = 0;
        quint32 hash = 0; ///< hashOf(text)
    };
    std::vector<Entry> m_entries;
    std::vector<quint32> m_freeIds;
    HashIndex m_index; ///< hashOf(text) -> id
};
