// disableCoreDumps(): keeps a process that holds secrets out of core dumps and out of other processes' reach.
#pragma once

/// Makes this process keep its memory to itself, for as long as it runs: it is not "dumpable" (prctl
/// PR_SET_DUMPABLE 0: no core dump at all, even through a core_pattern pipe such as systemd-coredump; no ptrace
/// attach by other processes of the same user; /proc/<pid>/environ, mem, syscall, fd… readable by root only —
/// cmdline, status and limits stay readable) and its core file size limit is 0, soft and hard (RLIMIT_CORE, also
/// inherited by the processes it starts). Call it first thing in main(), before any secret is loaded: both
/// executables do. Returns false, after a warning on the onramp.aws category, if the system refused either step.
bool disableCoreDumps();
