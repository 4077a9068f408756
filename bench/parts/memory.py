#!/usr/bin/python3
"""The app's memory with 100,000 instances (issue 16, item 5): peak RSS of the real desktop console with the
instance browser open on a real SQLite registry holding 100,000 instances and 2,000 RDS databases.

    /usr/bin/python3 bench/parts/memory.py BUILD_DIR OUT_DIR     (bench/run.sh runs it under scripts/with-keyring.sh)

Writes OUT_DIR/memory.md and OUT_DIR/memory.json. Builds nothing: BUILD_DIR must hold app/onrampctl,
app/screenshots/onramp-screenshots and bench/bench_instancemodel.

The registry is filled the way a user fills it: `onrampctl create` + `verify` of a role-connected account, then one
`onrampctl discover` against the local fake AWS endpoint (tests/fakeaws) serving bench/e2e/fleet.py's fleet of
100,000 instances (no added latency). The GUI is the developer tool onramp-screenshots (app/screenshots: the window
`onramp` builds, DesktopConsole, driven like a person would), scene "browser": it opens the instance browser on all
accounts, waits until the browser has loaded every stored instance, lets it settle and paint, saves a screenshot and
exits. Its peak resident set size is the kernel's (wait4's ru_maxrss, i.e. VmHWM at exit; /proc/PID/status is also
sampled while it runs). The same run on the registry before discovery (the account, no instances) is the empty start.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(ROOT, 'bench', 'e2e'))
import fleet  # noqa: E402
import run as e2e  # noqa: E402  (bench/e2e/run.py: the fake endpoint, onboarding and onrampctl runs)

TOTAL = 100_000
TARGET_PROCESS_MB = 300.0  # issue 16: "the process under 300 MB" (10^6 bytes; 286.1 MiB)
TARGET_MODEL_BYTES = 1024.0


def log(msg):
    sys.stderr.write('[memory %s] %s\n' % (time.strftime('%H:%M:%S'), msg))
    sys.stderr.flush()


def status_kb(pid, field):
    try:
        with open('/proc/%d/status' % pid) as f:
            for line in f:
                if line.startswith(field + ':'):
                    return int(line.split()[1])
    except OSError:
        pass
    return None


def browser_peak(tool, env, db, timeout_ms):
    """Runs onramp-screenshots --scene browser on db; its peak RSS (KiB), the highest VmHWM sampled, wall seconds."""
    shot = os.path.join(tempfile.mkdtemp(prefix='onramp-memory-'), 'browser.png')
    start = time.perf_counter()
    proc = subprocess.Popen([tool, '--scene', 'browser', '--db', db, '--timeout-ms', str(timeout_ms), shot], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    sampled = 0
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        sampled = max(sampled, status_kb(proc.pid, 'VmHWM') or 0)
        if time.perf_counter() - start > 300:
            proc.kill()
        time.sleep(0.05)
    wall = time.perf_counter() - start
    err = proc.stderr.read()
    code = os.waitstatus_to_exitcode(status)
    if code != 0 or not os.path.exists(shot):
        raise SystemExit('memory: onramp-screenshots failed (%d): %s' % (code, err[-2000:]))
    return usage.ru_maxrss, sampled, wall


def model_bytes_per_instance(build):
    p = subprocess.run([os.path.join(build, 'bench', 'bench_instancemodel'), '--benchmark_filter=^BM_BytesPerInstance',
                        '--benchmark_format=json'], env=dict(os.environ, QT_QPA_PLATFORM='offscreen'),
                       capture_output=True, text=True, check=True)
    return json.loads(p.stdout)['benchmarks'][0]['bytes_per_instance']


def main():
    build, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    tool = os.path.join(build, 'app', 'screenshots', 'onramp-screenshots')
    if not os.access(tool, os.X_OK):
        raise SystemExit('memory: no %s (build the onramp-screenshots target first)' % tool)
    bench = e2e.Bench(build, out)
    bench.latency = 0
    bench.start_fake()
    try:
        bench.onboard()
        scenario = 'memory-%d' % TOTAL
        bench.put_scenario(scenario, fleet.scenario(TOTAL, bench.external_id, latency_ms=0))
        log('discovering %s instances into a fresh registry (the fake generates them first)' % format(TOTAL, ','))
        found = bench.run_onramp(scenario, TOTAL)
        if found['instances'] != TOTAL:
            raise SystemExit('memory: discovery stored %d instances, expected %d' % (found['instances'], TOTAL))
        db = os.path.join(bench.tmp, 'run.db')
        env = bench.env(scenario, 'gui')
        env['QT_QPA_PLATFORM'] = 'offscreen'
        load = os.getloadavg()[0]
        log('empty start: the browser over the account before discovery')
        empty_kb, empty_sampled, empty_wall = browser_peak(tool, env, bench.template, 1500)
        log('  peak RSS %.1f MiB' % (empty_kb / 1024))
        log('the browser over %s instances and %d databases' % (format(TOTAL, ','), found['databases']))
        full_kb, full_sampled, full_wall = browser_peak(tool, env, db, 120_000)
        log('  peak RSS %.1f MiB (%.1f s)' % (full_kb / 1024, full_wall))
    finally:
        bench.stop_fake()
        shutil.rmtree(bench.tmp, ignore_errors=True)
    model_bytes = model_bytes_per_instance(build)

    rows = TOTAL + found['databases']
    per_row = (full_kb - empty_kb) * 1024 / rows
    result = {
        'instances': TOTAL, 'databases': found['databases'], 'load_average': round(load, 2),
        'empty_peak_rss_kib': empty_kb, 'empty_vmhwm_sampled_kib': empty_sampled, 'empty_wall_seconds': empty_wall,
        'peak_rss_kib': full_kb, 'vmhwm_sampled_kib': full_sampled, 'wall_seconds': full_wall,
        'rss_bytes_per_row_beyond_empty': per_row, 'model_bytes_per_instance': model_bytes,
        'targets': {'process_mb': TARGET_PROCESS_MB, 'model_bytes_per_instance': TARGET_MODEL_BYTES},
    }
    met_process = full_kb * 1024 <= TARGET_PROCESS_MB * 1e6
    met_model = model_bytes <= TARGET_MODEL_BYTES
    md = ['## Memory of the app with 100,000 instances', '',
          'The real desktop console (onramp-screenshots, scene "browser": the window `onramp` builds, offscreen) with '
          'the instance browser open over a SQLite registry that `onrampctl discover` filled from the local fake AWS '
          'endpoint: %s instances and %s RDS databases. Peak RSS is the kernel\'s high-water mark (VmHWM) at exit, '
          'after the browser loaded every stored row, painted and saved its screenshot; the empty start is the same '
          'run before discovery. Load average %.2f (shared machine).' % (format(TOTAL, ','), format(found['databases'], ','), load),
          '',
          '| measurement | value | target | met? |',
          '|---|---:|---:|:---:|',
          '| peak RSS, browser open on 100,000 instances | %.1f MiB (%.1f MB) | < %.0f MB | %s |'
          % (full_kb / 1024, full_kb * 1024 / 1e6, TARGET_PROCESS_MB, 'yes' if met_process else '**no**'),
          '| peak RSS, empty start (same account, no instances) | %.1f MiB | | |' % (empty_kb / 1024),
          '| peak RSS per row beyond the empty start | %s B | | |' % format(round(per_row), ','),
          '| model heap per instance (BM_BytesPerInstance) | %s B | <= %s B | %s |'
          % (format(round(model_bytes), ','), format(int(TARGET_MODEL_BYTES), ','), 'yes' if met_model else '**no**'),
          '',
          'Measured by bench/parts/memory.py (the run with 100,000 instances took %.1f s from start to exit, '
          'settling and the screenshot included).' % full_wall, '']
    open(os.path.join(out, 'memory.md'), 'w').write('\n'.join(md))
    json.dump(result, open(os.path.join(out, 'memory.json'), 'w'), indent=1)
    log('peak RSS %.1f MiB (empty %.1f MiB), %.0f B per row beyond empty, model %.0f B per instance'
        % (full_kb / 1024, empty_kb / 1024, per_row, model_bytes))


if __name__ == '__main__':
    main()
