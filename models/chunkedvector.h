// ChunkedVector: a growable array in fixed-size chunks, so that growing never moves an element.
#pragma once

#include <cstddef>
#include <memory>
#include <utility>
#include <vector>

/// A growable array of \a T in chunks of ChunkSize elements: growing allocates one more chunk and never moves
/// an element, so references stay valid and no append pays for copying the whole array. (InstanceTableModel
/// kept its rows in a std::vector before, which moved them all on each reallocation: 17-57 ms stalls around
/// 90,000 rows in the middle of streaming pages.)
///
/// Elements are default-constructed a chunk at a time; \a T must be default-constructible and move-assignable.
template <typename T> class ChunkedVector final
{
public:
    static constexpr size_t ChunkBits = 12;
    static constexpr size_t ChunkSize = size_t(1) << ChunkBits; ///< elements per chunk (4,096)

    /// The element at \a index (< size()).
    T &operator[](size_t index) { return m_chunks[index >> ChunkBits][index & ChunkMask]; }
    /// The element at \a index (< size()).
    const T &operator[](size_t index) const { return m_chunks[index >> ChunkBits][index & ChunkMask]; }
    /// The number of elements.
    size_t size() const { return m_size; }
    /// The number of elements the allocated chunks hold.
    size_t capacity() const { return m_chunks.size() * ChunkSize; }

    /// Appends \a value, allocating a chunk when the last one is full.
    void push_back(T &&value)
    {
        if (m_size == capacity())
            m_chunks.push_back(std::make_unique<T[]>(ChunkSize));
        (*this)[m_size++] = std::move(value);
    }

    /// Drops the elements from \a size on (\a size <= size()): each is reset to T() at once, releasing what it
    /// held, and the chunks no longer needed are freed but one spare, so that a vector hovering at a chunk
    /// boundary does not allocate on every append.
    void truncate(size_t size)
    {
        for (size_t index = size; index < m_size; ++index)
            (*this)[index] = T();
        m_size = size;
        const size_t needed = (size >> ChunkBits) + 2;
        if (m_chunks.size() > needed)
            m_chunks.resize(needed);
    }

private:
    static constexpr size_t ChunkMask = ChunkSize - 1;
    std::vector<std::unique_ptr<T[]>> m_chunks;
    size_t m_size = 0;
};
