// StringPool: interning, reference counting and reuse of freed ids.
#include "models/stringpool.h"

#include "models/fingerprint.h"

StringPool::StringPool()
{
    m_entries.push_back({ QString(), 1 });
}

quint32 StringPool::hashOf(const QString &text)
{
    Fingerprint f;
    f.add(text);
    return quint32(f.value());
}

quint32 StringPool::acquire(const QString &text)
{
    if (text.isEmpty())
        return 0;
    const quint32 hash = hashOf(text);
    const qint64 found = m_index.find(hash, [&](quint32 id) { return m_entries[id].text == text; });
    if (found >= 0)
        return retain(quint32(found));
    quint32 id;
    if (!m_freeIds.empty()) {
        id = m_freeIds.back();
        m_freeIds.pop_back();
        m_entries[id] = { text, 1, hash };
    } else {
        id = quint32(m_entries.size());
        m_entries.push_back({ text, 1, hash });
    }
    m_index.insert(hash, id);
    return id;
}

void StringPool::release(quint32 id)
{
    if (id == 0)
        return;
    Entry &entry = m_entries[id];
    Q_ASSERT(entry.refs > 0);
    if (--entry.refs == 0) {
        m_index.eraseSlot(m_index.findSlot(entry.hash, [id](quint32 value) { return value == id; }));
        entry.text = QString();
        m_freeIds.push_back(id);
    }
}

quint32 StringPool::find(const QString &text) const
{
    if (text.isEmpty())
        return 0;
    const qint64 found = m_index.find(hashOf(text), [&](quint32 id) { return m_entries[id].text == text; });
    return found < 0 ? NotFound : quint32(found);
}
