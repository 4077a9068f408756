// Fingerprint: a fast 64-bit hash of a sequence of strings and numbers, for change detection and hash tables.
#pragma once

#include <QString>

#include <cstring>

/// A 64-bit fingerprint of a sequence of strings and numbers, for change detection and hash tables (not against
/// adversaries). Each item is hashed on its own, seeded with its position, and the items' hashes are xor-folded:
/// the items' hash chains are independent, so the CPU overlaps them. (The previous design ran one
/// multiply-xorshift chain through every string of an instance; at ~570 cycles an instance, that latency-bound
/// chain was 22 ms of a 100,000-instance refresh in perf, the largest part.) A change to any one item always
/// changes that item's hash (each step is a bijection of the state, the final mix too), hence the value; changes
/// to several items collide with odds of about 2^-64. Header-only: it runs for every instance of every page.
class Fingerprint final
{
public:
    /// Adds the next item, a number.
    void add(quint64 word) { m_value ^= mix(word ^ seed()); }
    /// Adds the next item, a string (its UTF-16 code units).
    void add(const QString &text) { m_value ^= hashText(text, seed()); }
    /// The fingerprint of the items added so far (their count included).
    quint64 value() const { return mix(m_value ^ (m_count * 0xc2b2ae3d27d4eb4fULL)); }

private:
    static constexpr quint64 K1 = 0x9e3779b97f4a7c15ULL;
    static constexpr quint64 K2 = 0xc2b2ae3d27d4eb4fULL;

    quint64 seed() { return ++m_count * K1; }

    static quint64 mix(quint64 h)
    {
        h ^= h >> 32;
        h *= 0xd6e8feb86659fd93ULL;
        h ^= h >> 32;
        h *= 0xd6e8feb86659fd93ULL;
        return h ^ (h >> 32);
    }
    /// The last 0, 2, 4 or 6 bytes of a string, with fixed-size loads (a variable memcpy is a library call).
    static quint64 loadTail(const uchar *p, size_t size)
    {
        quint64 word = 0;
        if (size & 4) {
            quint32 low;
            std::memcpy(&low, p, 4);
            word = low;
            p += 4;
        }
        if (size & 2) {
            quint16 high;
            std::memcpy(&high, p, 2);
            word |= quint64(high) << ((size & 4) ? 32 : 0);
        }
        return word;
    }
    static quint64 hashText(const QString &text, quint64 seed)
    {
        const auto *p = reinterpret_cast<const uchar *>(text.constData());
        size_t size = size_t(text.size()) * sizeof(QChar);
        // The length seeds the state, so "ab" + "c" and "a" + "bc" differ even before the positions do.
        quint64 a = seed ^ (quint64(text.size()) * K2);
        quint64 b = seed + K2;
        for (; size >= 16; size -= 16, p += 16) {
            quint64 w[2];
            std::memcpy(w, p, 16);
            a = (a ^ w[0]) * K1;
            b = (b ^ w[1]) * K2;
        }
        quint64 t0;
        quint64 t1 = 0;
        if (size >= 8) {
            std::memcpy(&t0, p, 8);
            t1 = loadTail(p + 8, size - 8);
        } else {
            t0 = loadTail(p, size);
        }
        a = (a ^ t0) * K1;
        b = (b ^ t1) * K2;
        return mix(a ^ ((b << 31) | (b >> 33)));
    }

    quint64 m_value = 0;
    quint64 m_count = 0;
};
