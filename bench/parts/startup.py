#!/usr/bin/python3
"""App start to first window shown: Onramp and the floor (an empty Qt Widgets window, bench_startup_floor),
offscreen and under Xvfb, timed from spawning the process to the first-show line on its stderr (so dynamic
linking, Qt's start and the platform plugin count). Runs inside scripts/with-keyring.sh (a private Secret Service
and HOME). Writes OUT_DIR/startup.json and OUT_DIR/startup.md.
  bench/parts/startup.py BUILD_DIR OUT_DIR [--runs N]
"""
import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time


def time_once(argv, env):
    start = time.perf_counter()
    proc = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        for line in proc.stderr:
            if "first window shown" in line:
                wall = (time.perf_counter() - start) * 1000
                inside = int(line.split("shown", 1)[1].split("ms", 1)[0])
                return wall, inside
        raise RuntimeError(f"{argv[0]} exited ({proc.wait()}) without showing a window")
    finally:
        proc.kill()
        proc.wait()


def measure(argv, env, runs):
    time_once(argv, env)  # warm the page cache and font cache once
    samples = [time_once(argv, env) for _ in range(runs)]
    walls = [w for w, _ in samples]
    return {"median_ms": statistics.median(walls), "max_ms": max(walls), "min_ms": min(walls),
            "in_process_median_ms": statistics.median(i for _, i in samples), "runs": runs}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("build")
    parser.add_argument("out")
    parser.add_argument("--runs", type=int, default=int(os.environ.get("ONRAMP_BENCH_STARTUP_RUNS", "15")))
    args = parser.parse_args()

    onramp = os.path.join(args.build, "app", "onramp")
    floor = os.path.join(args.build, "bench", "bench_startup_floor")
    work = tempfile.mkdtemp(prefix="onramp-startup-")
    base = dict(os.environ, ONRAMP_STARTUP_TIMING="1", NO_AT_BRIDGE="1")
    apps = {
        "Onramp": [onramp, "--db", os.path.join(work, "onramp.sqlite"), "--no-refresh"],
        "floor: empty Qt Widgets window": [floor],
    }
    results = {}
    platforms = [("offscreen", dict(base, QT_QPA_PLATFORM="offscreen"))]
    xvfb = None
    if shutil.which("Xvfb"):
        display = ":%d" % (90 + os.getpid() % 9)
        xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", "1920x1080x24", "-nolisten", "tcp"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(1.0)
        platforms.append(("Xvfb (xcb)", dict(base, QT_QPA_PLATFORM="xcb", DISPLAY=display)))
    try:
        for platform, env in platforms:
            for name, argv in apps.items():
                print(f"startup: {name} on {platform} ...", file=sys.stderr)
                results.setdefault(platform, {})[name] = measure(argv, env, args.runs)
    finally:
        if xvfb:
            xvfb.terminate()
            xvfb.wait()
        shutil.rmtree(work, ignore_errors=True)

    md = ["## App start to first window shown", "",
          f"Wall time from spawning the process to the first show event ({args.runs} runs each after one warm-up; "
          "median and worst). Target: <= 300 ms.", "",
          "| platform | program | median ms | worst ms | main() to show, median ms | vs floor (median) | target |",
          "|---|---|---:|---:|---:|---:|---|"]
    for platform, progs in results.items():
        floor_median = progs["floor: empty Qt Widgets window"]["median_ms"]
        for name, r in progs.items():
            ratio = f"{r['median_ms'] / floor_median:.2f}x" if not name.startswith("floor") else ""
            verdict = ("met" if r["max_ms"] <= 300 else "**missed**") if name == "Onramp" else ""
            md.append(f"| {platform} | {name} | {r['median_ms']:.0f} | {r['max_ms']:.0f} | "
                      f"{r['in_process_median_ms']:.0f} | {ratio} | {verdict} |")
    md.append("")
    with open(os.path.join(args.out, "startup.md"), "w") as f:
        f.write("\n".join(md) + "\n")
    with open(os.path.join(args.out, "startup.json"), "w") as f:
        json.dump(results, f, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
