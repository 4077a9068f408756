// HashIndex: an open-addressing table from a key's 32-bit hash to a 32-bit value (a row, a pool id).
#pragma once

#include <QtGlobal>

#include <vector>

/// Open-addressing hash from a key's 32-bit hash to a number (a row, a pool id): 8-byte slots, linear probing,
/// at most half full. The keys stay where they are (rows, pool entries) and the caller compares them, so growing
/// moves 8-byte slots and hashes no string. (QHash did both: it took 10 ms to grow past 65,536 entries and 30 ms
/// past 131,072, each time in the middle of a page.)
///
/// Several entries may share a hash; lookups tell them apart through the caller's \a isKey predicate. Erasing
/// shifts the rest of the probe chain back (no tombstones), so lookups never slow down with churn.
class HashIndex final
{
public:
    /// The slot of the entry with \a hash for whose value \a isKey(value) holds, or -1.
    template <typename IsKey> qsizetype findSlot(quint32 hash, IsKey isKey) const
    {
        if (m_slots.empty())
            return -1;
        for (size_t i = hash & m_mask;; i = (i + 1) & m_mask) {
            const Slot &slot = m_slots[i];
            if (slot.valuePlusOne == 0)
                return -1;
            if (slot.hash == hash && isKey(slot.valuePlusOne - 1))
                return qsizetype(i);
        }
    }
    /// The value of the entry with \a hash for which \a isKey(value) holds, or -1.
    template <typename IsKey> qint64 find(quint32 hash, IsKey isKey) const
    {
        const qsizetype slot = findSlot(hash, isKey);
        return slot < 0 ? -1 : qint64(m_slots[size_t(slot)].valuePlusOne - 1);
    }
    /// Adds \a value (below 0xffffffff) under \a hash; the caller makes sure its key is not there yet. Grows (doubles)
    /// before the table would be more than half full.
    void insert(quint32 hash, quint32 value);
    /// Removes the entry in \a slot (a valid result of findSlot()).
    void eraseSlot(qsizetype slot);
    /// Empties the index and sizes it for \a entries.
    void reset(size_t entries);
    /// The number of entries.
    size_t size() const { return m_size; }
    /// The number of slots (0 before the first insert() or reset(); else a power of two, at least 64).
    size_t capacity() const { return m_slots.size(); }

private:
    struct Slot
    {
        quint32 hash;
        quint32 valuePlusOne; ///< 0: empty
    };
    void place(Slot slot);
    std::vector<Slot> m_slots;
    size_t m_mask = 0;
    size_t m_size = 0;
};
