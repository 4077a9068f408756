// HashIndex: growing, backward-shift erasing and resetting the open-addressing table.
#include "models/hashindex.h"

#include <algorithm>
#include <bit>

void HashIndex::insert(quint32 hash, quint32 value)
{
    if (2 * (m_size + 1) > m_slots.size()) {
        std::vector<Slot> old = std::move(m_slots);
        m_slots.assign(std::max<size_t>(64, 2 * old.size()), Slot { 0, 0 });
        m_mask = m_slots.size() - 1;
        for (const Slot &slot : old) {
            if (slot.valuePlusOne != 0)
                place(slot);
        }
    }
    place({ hash, value + 1 });
    ++m_size;
}

void HashIndex::eraseSlot(qsizetype slot)
{
    Q_ASSERT(slot >= 0 && m_slots[size_t(slot)].valuePlusOne != 0);
    // Backward-shift deletion: later slots of the probe chain move up, so no tombstones accumulate.
    size_t hole = size_t(slot);
    for (size_t next = (hole + 1) & m_mask; m_slots[next].valuePlusOne != 0; next = (next + 1) & m_mask) {
        const size_t home = m_slots[next].hash & m_mask;
        const bool homeInGap = hole <= next ? (hole < home && home <= next) : (hole < home || home <= next);
        if (homeInGap)
            continue;
        m_slots[hole] = m_slots[next];
        hole = next;
    }
    m_slots[hole] = { 0, 0 };
    --m_size;
}

void HashIndex::reset(size_t entries)
{
    m_slots.assign(std::max<size_t>(64, std::bit_ceil(2 * entries + 1)), Slot { 0, 0 });
    m_mask = m_slots.size() - 1;
    m_size = 0;
}

void HashIndex::place(Slot slot)
{
    size_t i = slot.hash & m_mask;
    while (m_slots[i].valuePlusOne != 0)
        i = (i + 1) & m_mask;
    m_slots[i] = slot;
}
