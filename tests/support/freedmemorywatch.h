// FreedMemoryWatch: looks for a secret in every heap block as it is freed, to prove copies were wiped (test-only).
#pragma once

#include <QByteArrayView>

/// Replaces free() in the test executable that links freedmemorywatch.cpp: between start() and stop(), every block
/// handed to free() — by Qt, the C++ runtime or Onramp — is searched for a needle, as its bytes (Latin-1/UTF-8) and
/// as UTF-16 (QString). A block that still holds it when freed is a copy of the secret that nobody wiped: whatever
/// the allocator does with that memory next, the secret stays readable in the heap (and in a core dump).
/// Blocks that realloc() moves are not seen (glibc frees those internally).
///
/// Not available in sanitizer builds, whose runtime owns free(): tests QSKIP then.
class FreedMemoryWatch final
{
public:
    static bool isAvailable();
    /// Starts watching for \a needle (ASCII, at most 255 bytes). Build what the test needs before, so that the test's
    /// own copies are not freed while watching.
    static void start(QByteArrayView needle);
    /// Stops watching; returns how many freed blocks held the needle.
    static int stop();
};
