// FreedMemoryWatch: a free() that searches blocks for a needle before glibc frees them.
#include "freedmemorywatch.h"

#include <atomic>
#include <cstring>

#if defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(memory_sanitizer) || __has_feature(thread_sanitizer)
#define ONRAMP_SANITIZER_OWNS_FREE 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define ONRAMP_SANITIZER_OWNS_FREE 1
#endif

namespace {
std::atomic<bool> g_watching { false };
std::atomic<int> g_hits { 0 };
char g_bytes[256];
size_t g_bytesLength = 0;
char g_utf16[512];
size_t g_utf16Length = 0;
} // namespace

#if !defined(ONRAMP_SANITIZER_OWNS_FREE)
#include <malloc.h>

extern "C" void __libc_free(void *pointer);

/// Interposes glibc's free() for the whole process (the executable's definition wins over libc's for every shared
/// library that calls free()).
extern "C" void free(void *pointer)
{
    if (pointer && g_watching.load(std::memory_order_acquire)) {
        const size_t size = malloc_usable_size(pointer);
        if ((g_bytesLength && memmem(pointer, size, g_bytes, g_bytesLength))
            || (g_utf16Length && memmem(pointer, size, g_utf16, g_utf16Length)))
            g_hits.fetch_add(1, std::memory_order_relaxed);
    }
    __libc_free(pointer);
}

bool FreedMemoryWatch::isAvailable()
{
    return true;
}
#else
bool FreedMemoryWatch::isAvailable()
{
    return false;
}
#endif

void FreedMemoryWatch::start(QByteArrayView needle)
{
    g_watching.store(false, std::memory_order_release);
    g_bytesLength = size_t(qMin<qsizetype>(needle.size(), sizeof(g_bytes) - 1));
    memcpy(g_bytes, needle.data(), g_bytesLength);
    // QString holds Latin-1 text as UTF-16 little-endian code units.
    g_utf16Length = 2 * g_bytesLength;
    for (size_t i = 0; i < g_bytesLength; ++i) {
        g_utf16[2 * i] = g_bytes[i];
        g_utf16[2 * i + 1] = 0;
    }
    g_hits.store(0);
    g_watching.store(true, std::memory_order_release);
}

int FreedMemoryWatch::stop()
{
    g_watching.store(false, std::memory_order_release);
    return g_hits.load();
}
