// ThreadPriority: the threads that do bulk work off a discovery's critical path yield the CPU to those on it.
#pragma once

/// Threads that parse pages and store them (HttpClient's parse thread, the page store's preparing and writer
/// threads) do bulk work that nothing waits for at once, while the network threads, the main thread (which sends a
/// listing's next page) and, on a busy machine, the server answering it are what a discovery's end waits for. Under
/// CPU contention the kernel should run those first: on Linux the calling thread's nice value is raised by
/// kBackgroundNice (threads have their own; a process may always lower its own priority). Measured on the 2-core
/// bench machine: a verify whose 48 first pages arrive while its longest chain goes on ended in the faster of its
/// two modes in 19 of 28 runs instead of 9 of 28 (bench/RESULTS.md). Elsewhere it does nothing.
namespace ThreadPriority {
constexpr int kBackgroundNice = 6;
/// Lowers the calling thread's CPU priority once (later calls on the same thread do nothing).
void becomeBackground();
/// The calling thread's nice value (Linux; 0 elsewhere), for tests.
int niceOfThisThread();
} // namespace ThreadPriority
