#!/usr/bin/env python3
"""Runs a command with stderr on a pseudo-terminal (stdin and stdout inherited) and saves what it wrote there.

Usage: ptystderr.py STDERR_FILE COMMAND [ARGS...]; exits with the command's exit code. tst_onrampctl uses it to see
onrampctl's progress line, which is drawn only when stderr is a terminal.
"""
import os
import pty
import subprocess
import sys

MAX_BYTES = 4 * 1024 * 1024  # the progress line rewrites itself once a second: a run never nears this


def main():
    if len(sys.argv) < 3:
        sys.exit("usage: ptystderr.py STDERR_FILE COMMAND [ARGS...]")
    master, slave = pty.openpty()
    child = subprocess.Popen(sys.argv[2:], stderr=slave)
    os.close(slave)
    captured = bytearray()
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:  # EIO: the child closed its end
            break
        if not chunk:
            break
        if len(captured) < MAX_BYTES:
            captured += chunk[: MAX_BYTES - len(captured)]
    code = child.wait()
    os.close(master)
    with open(sys.argv[1], "wb") as out:
        out.write(bytes(captured))
    sys.exit(code)


if __name__ == "__main__":
    main()
