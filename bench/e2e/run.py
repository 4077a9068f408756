#!/usr/bin/python3
"""End-to-end discovery benchmark: Onramp vs a boto3 peer vs the floor, against the local fake AWS endpoint.

    /usr/bin/python3 bench/e2e/run.py BUILD_DIR OUT_DIR        (bench/parts/discovery.sh calls this)

Writes OUT_DIR/discovery.json, OUT_DIR/discovery.md and the chart bench/discovery.png (ONRAMP_BENCH_CHART
overrides the chart's path). Environment:
  ONRAMP_BENCH_QUICK=1        sizes 1,000 and 10,000 only, fewer repetitions (about a minute)
  ONRAMP_BENCH_SIZES=a,b,...  instance counts to run (default 1000,10000,30000,100000)
  ONRAMP_BENCH_REPEAT=N       timed runs of Onramp and the floor per size (default 5, 3 above 10,000)
  ONRAMP_BENCH_PEER_REPEAT=N  timed runs of the peer per size (default 3 up to 3,000, then 1: ~1 s per page)
  ONRAMP_BENCH_LATENCY_MS=N   added latency per request (default 50)

Team mode: beside Onramp's SQLite row, "Onramp, team mode (PostgreSQL)" runs the same discovery into a PostgreSQL
database on a local throwaway cluster (tests/models/pgcluster.sh, fsync on), as a console role that logs in with a
password from a 0600 password file; skipped with a line saying why when no cluster can be started. ONRAMP_BENCH_TEAM=0
leaves it out.

Every size is its own fakeaws scenario (bench/e2e/fleet.py): 17 regions, half of the instances in us-east-1,
the rest uneven, one RDS database per 50 instances in every region (at least one), 50 ms added to every request. Before timing, one untimed Onramp discovery warms the fake
(instances generated and pages rendered once); then the contestants run interleaved, each run in a fresh fake
session, and the median is reported. What each contestant does and when its clock runs: see README.md here.
"""
import datetime
import glob
import json
import os
import resource
import platform
import re
import secrets
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
import fleet  # noqa: E402

PY = '/usr/bin/python3'
FAKE = os.path.join(ROOT, 'tests', 'fakeaws', 'fakeaws.py')
TITLE = '## End-to-end discovery with RDS (50 ms latency per request, 17 regions, one holds half)'
TARGET_VS_PEER, TARGET_VS_FLOOR = 8.0, 1.3
PGCLUSTER = os.path.join(ROOT, 'tests', 'models', 'pgcluster.sh')
TEAM_ROW = 'Onramp, team mode (PostgreSQL)'
TARGET_TEAM_VS_SQLITE = 1.5


def log(msg):
    sys.stderr.write('[discovery %s] %s\n' % (time.strftime('%H:%M:%S'), msg))
    sys.stderr.flush()


def find_onrampctl(build):
    for cand in (os.path.join(build, 'app', 'onrampctl'), os.path.join(build, 'onrampctl')):
        if os.access(cand, os.X_OK):
            return cand
    for d, _, files in os.walk(build):
        if 'onrampctl' in files and os.access(os.path.join(d, 'onrampctl'), os.X_OK):
            return os.path.join(d, 'onrampctl')
    raise SystemExit('discovery: no onrampctl under %s (build the onrampctl target first)' % build)


def timeline(entries):
    """Where a run's time went, from the fake's request log: per action (and per action in us-east-1), the number
    of requests, when the first was received and the last answered (seconds after the run's first request), and
    the median time the fake held a request (latency included)."""
    if not entries:
        return {}
    t0 = min(e['received'] for e in entries)
    groups = {}
    for e in entries:
        groups.setdefault(e['action'], []).append(e)
        if e['region'] == fleet.BIG_REGION and e['action'] not in ('AssumeRole', 'DescribeRegions'):
            groups.setdefault('%s@%s' % (e['action'], fleet.BIG_REGION), []).append(e)
    return {k: {'requests': len(es), 'first_received': round(min(e['received'] for e in es) - t0, 4),
                'last_answered': round(max(e['answered'] for e in es) - t0, 4),
                'median_in_fake': round(statistics.median(e['answered'] - e['received'] for e in es), 4)}
            for k, es in sorted(groups.items())}


class Bench:
    def __init__(self, build, out):
        self.onrampctl = find_onrampctl(build)
        self.out = out
        self.tmp = tempfile.mkdtemp(prefix='onramp-e2e-')
        self.state = os.path.join(self.tmp, 'fake')
        self.latency = int(os.environ.get('ONRAMP_BENCH_LATENCY_MS', '50'))
        self.runs = 0

    # ------------------------------------------------------------------------------------------ fake endpoint
    def start_fake(self):
        subprocess.run([PY, FAKE, 'start', '--state-dir', self.state], check=True, stdout=subprocess.DEVNULL)
        with open(os.path.join(self.state, 'endpoint.json')) as f:
            self.ep = json.load(f)

    def stop_fake(self):
        subprocess.run([PY, FAKE, 'stop', '--state-dir', self.state], stdout=subprocess.DEVNULL)

    def control(self, method, path, body=None):
        req = urllib.request.Request(self.ep['http'] + path, data=body, method=method)
        with urllib.request.urlopen(req, timeout=30) as r:
            return r.read()

    def put_scenario(self, name, data):
        self.control('PUT', '/_fake/scenarios/' + name, json.dumps(data).encode())

    def session_log(self, scenario, session):
        return json.loads(self.control('GET', '/_fake/%s/%s/log' % (scenario, session)))

    def endpoint(self, scenario, session):
        return '%s/%s/%s/' % (self.ep['https'], scenario, session)

    def new_session(self, who):
        self.runs += 1
        return '%s-%d' % (who, self.runs)

    # ------------------------------------------------------------------------------------------------ Onramp
    def env(self, scenario, session):
        e = {k: v for k, v in os.environ.items() if not k.startswith(('AWS_', 'ONRAMP_', 'QT_'))}
        e.update(HOME=self.home, XDG_CONFIG_HOME=os.path.join(self.home, '.config'),
                 XDG_DATA_HOME=os.path.join(self.home, '.local', 'share'),
                 AWS_ENDPOINT_URL=self.endpoint(scenario, session), AWS_CA_BUNDLE=self.ep['ca_bundle'],
                 NO_PROXY='127.0.0.1,localhost', AWS_ACCESS_KEY_ID=fleet.CONSOLE_KEY,
                 AWS_SECRET_ACCESS_KEY=fleet.CONSOLE_SECRET, AWS_REGION='us-east-1',
                 AWS_SHARED_CREDENTIALS_FILE=os.path.join(self.home, 'no-credentials'),
                 AWS_CONFIG_FILE=os.path.join(self.home, 'no-config'), ONRAMP_USER='bench',
                 ONRAMP_KEYCHAIN_SERVICE='onramp-bench-e2e', QT_LOGGING_RULES='onramp.models.info=true')
        # For before/after comparisons: ONRAMP_DISCOVERY_WRITER_THREAD=0 stores pages on the main thread.
        if 'ONRAMP_DISCOVERY_WRITER_THREAD' in os.environ:
            e['ONRAMP_DISCOVERY_WRITER_THREAD'] = os.environ['ONRAMP_DISCOVERY_WRITER_THREAD']
        return e

    def ctl(self, args, scenario, session, db, check=True, extra_env=None):
        """Runs onrampctl (extra_env added to its environment, None unsetting); also samples its threads' /proc schedstat (CPU time and time spent runnable but
        waiting for a CPU, i.e. what the machine's other load cost it) until it exits."""
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        with tempfile.TemporaryFile('w+') as out, tempfile.TemporaryFile('w+') as err:
            proc = subprocess.Popen([self.onrampctl, '--db', db, '--json'] + args,
                                    env={k: v for k, v in dict(self.env(scenario, session), **(extra_env or {}))
                                         .items() if v is not None},
                                    stdout=out, stderr=err, text=True)
            sched = {}
            while proc.poll() is None:
                try:
                    tids = os.listdir('/proc/%d/task' % proc.pid)
                except OSError:
                    tids = []
                for tid in tids:
                    try:
                        with open('/proc/%d/task/%s/schedstat' % (proc.pid, tid)) as f:
                            sched[tid] = [int(v) for v in f.read().split()[:2]]
                    except (OSError, ValueError):
                        pass
                time.sleep(0.02)
                if time.perf_counter() - start > 900:
                    proc.kill()
            out.seek(0)
            err.seek(0)
            p = subprocess.CompletedProcess(proc.args, proc.returncode, out.read(), err.read())
        wall = time.perf_counter() - start
        main = sched.get(str(proc.pid), [0, 0])
        self.last_sched = {'main_thread_cpu_seconds': main[0] / 1e9, 'main_thread_runqueue_wait_seconds': main[1] / 1e9,
                           'all_threads_runqueue_wait_seconds': sum(v[1] for v in sched.values()) / 1e9}
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        self.last_cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        if check and p.returncode != 0:
            raise SystemExit('discovery: onrampctl %s failed (%d): %s %s' % (' '.join(args), p.returncode,
                                                                          p.stdout[-500:], p.stderr[-2000:]))
        return p, wall

    def onboard(self):
        """One role-connected account (create -> verify against an empty fleet); its registry is the template
        every timed discovery starts from (a fresh copy each time: a first discovery into an empty registry)."""
        self.home = os.path.join(self.tmp, 'home')
        os.makedirs(self.home)
        self.template = os.path.join(self.tmp, 'template.db')
        p, _ = self.ctl(['create'], 'basic', 'onboard', self.template)
        created = json.loads(p.stdout)
        self.account, self.external_id = created['id'], created['external_id']
        self.put_scenario('e2e-empty', fleet.scenario(0, self.external_id, latency_ms=0))
        p, _ = self.ctl(['verify', self.account, '--role-arn', fleet.ROLE_ARN], 'e2e-empty', 'onboard',
                        self.template)
        verified = json.loads(p.stdout)
        assert verified['status'] == 'active' and verified['instance_count'] == 0, verified
        log('onboarded account %s (External ID %s) with %s' % (self.account, self.external_id,
                                                              os.path.basename(self.onrampctl)))

    def fresh_db(self):
        db = os.path.join(self.tmp, 'run.db')
        for suffix in ('', '-wal', '-shm', '-journal'):
            if os.path.exists(db + suffix):
                os.remove(db + suffix)
            if os.path.exists(self.template + suffix):
                shutil.copyfile(self.template + suffix, db + suffix)
        return db

    def run_onramp(self, scenario, total, team=False):
        session = self.new_session('team' if team else 'onramp')
        load = os.getloadavg()[0]
        if team:
            p, wall = self.ctl(['discover', self.team_account], scenario, session, self.fresh_team_db(), check=False,
                               extra_env=self.team_env)
        else:
            p, wall = self.ctl(['discover', self.account], scenario, session, self.fresh_db(), check=False)
        m = re.search(r'discovery of \S+ ended: (\w+) (\d+) instances in (\d+) ms', p.stderr)
        if p.returncode != 0 or not m:
            raise SystemExit('discovery: onrampctl discover failed (%d): %s %s' % (p.returncode, p.stdout[-500:],
                                                                                 p.stderr[-2000:]))
        result = json.loads(p.stdout)
        entries = self.session_log(scenario, session)
        actions = {}
        for e in entries:
            actions[e['action']] = actions.get(e['action'], 0) + 1
        return {'timeline': timeline(entries),'seconds': int(m.group(3)) / 1000.0, 'wall_seconds': wall, 'instances': result['instance_count'],
                'databases': result.get('database_count', -1),
                'cpu_seconds': self.last_cpu, 'load_average': load, **self.last_sched,
                'status': result['status'], 'requests': actions,
                'failed_requests': sum(1 for e in entries if e['status'] != 200),
                'retries': sum(1 for e in entries if (e['attempt'] or 1) > 1)}

    # ---------------------------------------------------------------------------- Onramp, team mode (PostgreSQL)
    def psql(self, sql, database='postgres'):
        """Runs \a sql as the cluster's superuser over its socket; the SQL goes on stdin, never on a command line."""
        p = subprocess.run([self.psql_bin, '-X', '-q', '-v', 'ON_ERROR_STOP=1', '-h', self.pg['socket_dir'], '-p',
                            self.pg['port'], '-U', self.pg['superuser'], '-d', database], input=sql, text=True,
                           capture_output=True)
        if p.returncode != 0:
            # The first line only: psql's later lines quote the statement, which may hold a password.
            raise RuntimeError('psql: %s' % (p.stderr.strip().splitlines() or ['failed'])[0])

    def team_url(self, role, database):
        return 'postgresql://%s@%s:%s/%s' % (role, self.pg['host'], self.pg['port'], database)

    def start_team(self):
        """A throwaway PostgreSQL cluster (tests/models/pgcluster.sh) set up as README's team mode says: the group
        role, an administrator owning the database (its first open installs the schema), a console role; their
        passwords random, in a 0600 password file (PGPASSFILE) and never on a command line. The administrator
        installs the template database, the console role onboards an account into it (create, verify), and every
        timed run gets a fresh copy of it (CREATE DATABASE ... TEMPLATE). On any failure self.team_skip says why."""
        self.team_skip = None
        self.pg_dir = os.path.join(self.tmp, 'pgcluster')
        if os.environ.get('ONRAMP_BENCH_TEAM', '1') == '0':
            self.team_skip = 'left out (ONRAMP_BENCH_TEAM=0)'
            return
        bins = sorted(glob.glob('/usr/lib/postgresql/*/bin/psql'), key=lambda b: [int(x) for x in re.findall(
            r'\d+', b)])
        if not bins:
            self.team_skip = 'no PostgreSQL here (psql not found; scripts/setup-debian.sh installs postgresql)'
            return
        self.psql_bin = bins[-1]
        started = subprocess.run(['bash', PGCLUSTER, 'start', self.pg_dir], capture_output=True, text=True,
                                 env=dict(os.environ, ONRAMP_PGCLUSTER_OPTIONS='-c fsync=on -c max_connections=100 '
                                          '-c shared_preload_libraries=pg_stat_statements'))
        if started.returncode != 0:
            self.team_skip = 'no local PostgreSQL cluster could be started (%s)' % (
                started.stderr.strip().splitlines() or ['tests/models/pgcluster.sh failed'])[-1]
            return
        try:
            with open(os.path.join(self.pg_dir, 'cluster.info')) as f:
                self.pg = dict(line.split('=', 1) for line in f.read().splitlines() if '=' in line)
            passwords = {role: secrets.token_hex(16) for role in ('bench_admin', 'bench')}
            self.psql('CREATE EXTENSION pg_stat_statements;\n')
            self.psql('CREATE ROLE onramp_console NOLOGIN;\n'
                      + ''.join("CREATE ROLE %s LOGIN PASSWORD '%s';\n" % kv for kv in passwords.items())
                      + 'GRANT onramp_console TO bench_admin WITH ADMIN OPTION;\n'
                      'CREATE DATABASE onramp_template OWNER bench_admin;\n')
            pgpass = os.path.join(self.tmp, 'pgpass')
            with open(os.open(pgpass, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), 'w') as f:
                f.write(''.join('%s:%s:*:%s:%s\n' % (self.pg['host'], self.pg['port'], role, pw)
                                for role, pw in passwords.items()))
            self.team_env = {'PGPASSFILE': pgpass}
            for name in ('PGPASSWORD', 'PGHOST', 'PGHOSTADDR', 'PGPORT', 'PGUSER', 'PGSSLMODE', 'PGSERVICE'):
                self.team_env[name] = None  # the machine's own libpq settings must not steer the runs
            self.ctl(['users'], 'basic', 'team-admin', self.team_url('bench_admin', 'onramp_template'),
                     extra_env=self.team_env)
            self.psql('GRANT onramp_console TO bench;\n', 'onramp_template')
            template = self.team_url('bench', 'onramp_template')
            p, _ = self.ctl(['create'], 'basic', 'team-onboard', template, extra_env=self.team_env)
            created = json.loads(p.stdout)
            self.team_account, self.team_external_id = created['id'], created['external_id']
            self.put_scenario('e2e-empty-team', fleet.scenario(0, self.team_external_id, latency_ms=0))
            p, _ = self.ctl(['verify', self.team_account, '--role-arn', fleet.ROLE_ARN], 'e2e-empty-team',
                            'team-onboard', template, extra_env=self.team_env)
            verified = json.loads(p.stdout)
            assert verified['status'] == 'active' and verified['instance_count'] == 0, verified
            log('team mode: PostgreSQL on %s:%s, account %s onboarded by role bench'
                % (self.pg['host'], self.pg['port'], self.team_account))
        except (OSError, RuntimeError, ValueError, KeyError, AssertionError, SystemExit) as e:
            self.team_skip = 'the local PostgreSQL could not be set up (%s)' % (
                str(e).strip().splitlines() or [type(e).__name__])[-1][:300]
            self.stop_team()

    def stop_team(self):
        if getattr(self, 'pg_dir', None) and os.path.exists(os.path.join(self.pg_dir, 'cluster.root')):
            subprocess.run(['bash', PGCLUSTER, 'stop', self.pg_dir], stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL)

    def fresh_team_db(self):
        """A copy of the onboarded template: a first discovery into an empty registry, as for SQLite."""
        self.psql('DROP DATABASE IF EXISTS onramp_run WITH (FORCE);\n'
                  'CREATE DATABASE onramp_run TEMPLATE onramp_template OWNER bench_admin;\n')
        return self.team_url('bench', 'onramp_run')

    def run_team(self, scenario, total):
        # The same fleet as scenario, with the team account's External ID (put by measure()).
        self.psql('SELECT pg_stat_statements_reset();\n')
        r = self.run_onramp(scenario + '-team', total, team=True)
        r['statements'] = self.team_statements()
        return r

    def team_statements(self):
        """What the server ran for the run's database (pg_stat_statements): statements and their execution time,
        in all and for the three most frequent kinds, so that the results say where team mode's time goes."""
        p = subprocess.run([self.psql_bin, '-X', '-q', '-A', '-t', '-F', '\t', '-h', self.pg['socket_dir'], '-p',
                            self.pg['port'], '-U', self.pg['superuser'], '-d', 'postgres'],
                           input="SELECT calls, round(total_exec_time::numeric, 1), left(regexp_replace(query, "
                                 "'\\s+', ' ', 'g'), 90) FROM pg_stat_statements s JOIN pg_database d ON d.oid = "
                                 "s.dbid WHERE d.datname = 'onramp_run' ORDER BY calls DESC;\n",
                           text=True, capture_output=True)
        # QPSQL prepares with SQL PREPARE: the statement is what follows "PREPARE name AS".
        rows = [line.split('\t') for line in p.stdout.splitlines() if line.count('\t') == 2]
        rows = [[r[0], r[1], re.sub(r'^PREPARE \w+ AS ', '', r[2])] for r in rows]
        return {'calls': sum(int(r[0]) for r in rows), 'exec_ms': round(sum(float(r[1]) for r in rows), 1),
                'top': [{'calls': int(r[0]), 'exec_ms': float(r[1]), 'query': r[2]} for r in rows[:2]],
                'slowest': [{'calls': int(r[0]), 'exec_ms': float(r[1]), 'query': r[2]}
                            for r in sorted(rows, key=lambda r: -float(r[1]))[:2]]}

    # ------------------------------------------------------------------------------------------ peer, floor
    def py_env(self):
        e = {k: v for k, v in os.environ.items() if not k.startswith('AWS_')}
        e.update(AWS_ACCESS_KEY_ID=fleet.CONSOLE_KEY, AWS_SECRET_ACCESS_KEY=fleet.CONSOLE_SECRET,
                 AWS_CONFIG_FILE='/nonexistent', AWS_SHARED_CREDENTIALS_FILE='/nonexistent',
                 NO_PROXY='127.0.0.1,localhost')
        return e

    def run_py(self, script, scenario, extra):
        session = self.new_session(os.path.splitext(script)[0])
        start = time.perf_counter()
        p = subprocess.run([PY, os.path.join(HERE, script), self.endpoint(scenario, session), self.ep['ca_bundle'],
                            fleet.ROLE_ARN, self.external_id] + extra, env=self.py_env(), capture_output=True,
                           text=True, timeout=1800)
        wall = time.perf_counter() - start
        if p.returncode != 0:
            raise SystemExit('discovery: %s failed (%d): %s' % (script, p.returncode, p.stderr[-2000:]))
        r = json.loads(p.stdout.strip().splitlines()[-1])
        r['wall_seconds'] = wall
        return r

    def run_peer(self, scenario, total):
        r = self.run_py('peer_boto3.py', scenario, ['us-east-1', '--health'])
        if r['statuses'] != total:
            raise SystemExit('discovery: the peer saw %d instance statuses, expected %d' % (r['statuses'], total))
        return r

    def run_floor(self, scenario, total):
        return self.run_py('floor.py', scenario, [fleet.BIG_REGION, '--rds', fleet.longest_rds_region(total)])

    # ------------------------------------------------------------------------------------------------- sizes
    def measure(self, total, reps, peer_reps):
        scenario = 'e2e-%d' % total
        dist = fleet.distribution(total)
        dbs, rds_region = fleet.databases(total), fleet.longest_rds_region(total)
        self.put_scenario(scenario, fleet.scenario(total, self.external_id, self.latency))
        log('%s instances: warming the fake (generating and rendering pages once)' % format(total, ','))
        t = time.perf_counter()
        warm = self.run_onramp(scenario, total)
        log('  warm-up discovery: %d instances, %d databases, %.1f s' % (warm['instances'], warm['databases'],
                                                                         time.perf_counter() - t))
        runs = {'onramp': [], 'peer': [], 'floor': []}
        expected = {'onramp': total, 'peer': total, 'floor': dist[fleet.BIG_REGION], 'team': total}
        expected_dbs = {'onramp': sum(dbs.values()), 'peer': sum(dbs.values()), 'floor': dbs[rds_region],
                        'team': sum(dbs.values())}
        fns = {'onramp': self.run_onramp, 'peer': self.run_peer, 'floor': self.run_floor, 'team': self.run_team}
        contestants = ('onramp', 'floor', 'peer')
        if not self.team_skip:
            runs['team'], contestants = [], ('onramp', 'team', 'floor', 'peer')
            self.warm_team(scenario, total)
        for rep in range(max(reps, peer_reps)):
            for who in contestants:  # interleaved: drift in the machine's load hits them all
                if rep >= (peer_reps if who == 'peer' else reps):
                    continue
                r = fns[who](scenario, total)
                if r['instances'] != expected[who]:  # the correctness guard: a fast wrong answer can't win
                    raise SystemExit('discovery: %s saw %d instances, expected %d' % (who, r['instances'],
                                                                                     expected[who]))
                if r['databases'] != expected_dbs[who]:
                    raise SystemExit('discovery: %s saw %d databases, expected %d' % (who, r['databases'],
                                                                                     expected_dbs[who]))
                runs[who].append(r)
                log('  %-6s run %d: %.3f s (%d instances, %d databases)' % (who, rep + 1, r['seconds'],
                                                                          r['instances'], r['databases']))
        res = {'instances': total, 'distribution': dist, 'big_region': fleet.BIG_REGION,
               'big_region_pages': fleet.pages(dist[fleet.BIG_REGION]),
               'total_instance_pages': sum(fleet.pages(n) for n in dist.values()),
               'databases': sum(dbs.values()), 'databases_distribution': dbs, 'rds_region': rds_region,
               'rds_region_pages': fleet.rds_pages(dbs[rds_region]),
               'total_database_pages': sum(fleet.rds_pages(n) for n in dbs.values() if n)}
        for who, rs in runs.items():
            res[who] = {'median_seconds': statistics.median(r['seconds'] for r in rs),
                        'runs_seconds': [round(r['seconds'], 4) for r in rs],
                        'median_wall_seconds': statistics.median(r['wall_seconds'] for r in rs),
                        'instances': rs[0]['instances'], 'databases': rs[0]['databases']}
        res['onramp']['requests'] = runs['onramp'][0]['requests']
        res['onramp']['timelines'] = [r['timeline'] for r in runs['onramp']]
        res['onramp']['failed_requests'] = max(r['failed_requests'] for r in runs['onramp'])
        res['onramp']['retries'] = max(r['retries'] for r in runs['onramp'])
        res['peer']['requests'] = runs['peer'][0]['requests']
        res['peer_instances_only'] = {
            'median_seconds': statistics.median(r['seconds_instances_only'] for r in runs['peer']),
            'runs_seconds': [round(r['seconds_instances_only'], 4) for r in runs['peer']],
            'instances': runs['peer'][0]['instances']}
        res['peer_rds'] = {'median_seconds': statistics.median(r['seconds_rds'] for r in runs['peer']),
                           'runs_seconds': [round(r['seconds_rds'], 4) for r in runs['peer']]}
        res['onramp']['median_cpu_seconds'] = statistics.median(r['cpu_seconds'] for r in runs['onramp'])
        for k in ('main_thread_cpu_seconds', 'main_thread_runqueue_wait_seconds', 'all_threads_runqueue_wait_seconds'):
            res['onramp']['median_' + k] = statistics.median(r[k] for r in runs['onramp'])
        res['onramp']['load_averages'] = [round(r['load_average'], 2) for r in runs['onramp']]
        res['floor']['pages'] = runs['floor'][0]['pages']
        res['floor']['rds_pages'] = runs['floor'][0]['rds_pages']
        for k in ('ec2_chain_seconds', 'rds_chain_seconds'):
            res['floor']['median_' + k] = statistics.median(r[k] for r in runs['floor'])
        res['floor']['median_request_seconds'] = [
            round(statistics.median(r['request_seconds'][k] for r in runs['floor']), 4)
            for k in range(len(runs['floor'][0]['request_seconds']))]
        o, p, f = (res[w]['median_seconds'] for w in ('onramp', 'peer', 'floor'))
        pi = res['peer_instances_only']['median_seconds']
        res['peer_over_onramp'], res['onramp_over_floor'], res['peer_over_floor'] = p / o, o / f, p / f
        res['peer_instances_only_over_onramp'] = pi / o
        res['targets'] = {'vs_peer': {'target': '>= %gx faster' % TARGET_VS_PEER, 'value': p / o,
                                      'met': p / o >= TARGET_VS_PEER},
                          'vs_floor': {'target': '<= %gx the floor' % TARGET_VS_FLOOR, 'value': o / f,
                                       'met': o / f <= TARGET_VS_FLOOR}}
        log('  Onramp main thread: %.2f s on CPU, %.2f s runnable but waiting for a CPU (median)'
            % (res['onramp']['median_main_thread_cpu_seconds'], res['onramp']['median_main_thread_runqueue_wait_seconds']))
        log('  median: Onramp %.3f s (CPU %.2f s), peer %.3f s (instances only %.3f s, RDS %.3f s), floor %.3f s '
            '(EC2 chain %.3f s, RDS chain %.3f s) -> %.1fx faster than the peer (%.1fx vs instances only), %.2fx '
            'the floor' % (o, res['onramp']['median_cpu_seconds'], p, pi, res['peer_rds']['median_seconds'], f,
                           res['floor']['median_ec2_chain_seconds'], res['floor']['median_rds_chain_seconds'],
                           p / o, pi / o, o / f))
        if 'team' in runs:
            self.team_figures(res, runs['team'])
        return res

    def warm_team(self, scenario, total):
        """The team row's scenario: the same fleet with the team account's External ID, warmed like the other."""
        self.put_scenario(scenario + '-team', fleet.scenario(total, self.team_external_id, self.latency))
        t = time.perf_counter()
        warm = self.run_team(scenario, total)
        log('  team-mode warm-up discovery: %d instances, %d databases, %.1f s'
            % (warm['instances'], warm['databases'], time.perf_counter() - t))

    @staticmethod
    def team_figures(res, team_runs):
        """The team row's figures beside SQLite's: CPU, main thread, load, requests, and the ratio to its target."""
        team = res['team']
        for k in ('cpu_seconds', 'main_thread_cpu_seconds', 'main_thread_runqueue_wait_seconds'):
            team['median_' + k] = statistics.median(r[k] for r in team_runs)
        team['load_averages'] = [round(r['load_average'], 2) for r in team_runs]
        team['requests'] = team_runs[0]['requests']
        team['failed_requests'] = max(r['failed_requests'] for r in team_runs)
        team['statements'] = sorted((r['statements'] for r in team_runs), key=lambda st: st['exec_ms'])[
            (len(team_runs) - 1) // 2]
        ratio = team['median_seconds'] / res['onramp']['median_seconds']
        res['targets']['team_vs_sqlite'] = {'target': '<= %gx SQLite' % TARGET_TEAM_VS_SQLITE, 'value': ratio,
                                            'met': ratio <= TARGET_TEAM_VS_SQLITE}
        log('  team mode: %.3f s (CPU %.2f s, main thread %.2f s) -> %.2fx SQLite\'s %.3f s'
            % (team['median_seconds'], team['median_cpu_seconds'], team['median_main_thread_cpu_seconds'], ratio,
               res['onramp']['median_seconds']))


ONRAMP_DEF = ('`onrampctl discover ID` of a role-connected account, first discovery into an empty registry: '
              'AssumeRole (ExternalId), DescribeRegions and beside it the home region, then every other region (all at once) DescribeInstances '
              '(MaxResults 1000, every page, each page merged into SQLite) and DescribeInstanceStatus '
              '(IncludeAllInstances, MaxResults 1000: health, stored too), and beside them DescribeDBInstances (MaxRecords '
              '100, every page, each page merged into SQLite: the RDS databases). No DryRun probes (those belong to '
              '`verify`). Clock: DiscoveryService start to finish (its "discovery ... ended ... in N ms" log line, '
              'AssumeRole included); process start-up and opening the database are not counted (the process wall '
              'and CPU time are in the JSON).')
TEAM_DEF = ('the same `onrampctl discover ID` in team mode: `--db postgresql://bench@127.0.0.1:PORT/DB`, a local '
            'throwaway PostgreSQL 15 cluster (tests/models/pgcluster.sh, default settings but fsync on; over loopback '
            'TCP, no TLS, scram-sha-256 password from a 0600 PGPASSFILE) on the same machine, the console role under '
            'row-level security, each run into a fresh copy of a database onboarded like the SQLite template (CREATE '
            'DATABASE ... TEMPLATE). Pages are merged on the discovery writer thread through a second connection '
            'of the same role (Registry::openAnotherConnection()). Same fleet (its own fake scenario only because '
            'the account\'s External ID differs), same clock.')
PEER_DEF = ('bench/e2e/peer_boto3.py --health: for each region in turn, what `aws ec2 describe-instances`, '
            '`aws ec2 describe-instance-status --include-all-instances` and `aws rds describe-db-instances` do, with '
            'boto3: sts.assume_role with ExternalId, describe_regions, then per region an ec2 client and both '
            'paginators (PageSize 1000), an rds client and its describe_db_instances paginator (PageSize 100), '
            'sequentially. The same calls Onramp makes. Clock: after `import boto3` to the last page. The '
            '"describe-instances only" figure is the same runs without the time spent in describe-instance-status '
            'and describe-db-instances.')
FLOOR_DEF = ('bench/e2e/floor.py: AssumeRole, DescribeRegions, then the longest chain of dependent requests: the '
             'biggest region\'s DescribeInstances page chain (MaxResults 1000) or the region with the most '
             'databases\' DescribeDBInstances page chain (MaxRecords 100), whichever takes longer. Both chains are '
             'measured, one after the other, one round trip each, over one pre-opened keep-alive TLS connection, '
             'signed with botocore SigV4Auth, bodies read completely, no parsing beyond the credentials and the '
             'trailing <nextToken> / <Marker>; the floor counts AssumeRole, DescribeRegions and the longer of the '
             'two chains (they can run side by side). A region\'s pages form a chain (each needs the previous '
             'token); everything else (other regions, health pages, which are as many as the instance pages and '
             'smaller, the other service\'s chain) can run alongside it, so no client can be faster against this '
             'endpoint.')


def markdown(doc):
    lines = [TITLE, '',
             'Against the local fake AWS endpoint (tests/fakeaws, Python, same machine) with %d ms added to every '
             'request; the fleet is spread over 17 regions, half of it in us-east-1, the rest uneven, with one RDS '
             'database per 50 instances in every region (at least one); pages of 1,000 instances and of 100 '
             'databases (AWS\'s maxima). Median of several runs per contestant, run interleaved after one warm-up. '
             'Run by `bench/parts/discovery.sh` (bench/e2e/run.py); raw figures in discovery.json.' % doc['latency_ms'],
             '', '- **Onramp**: ' + ONRAMP_DEF,
             '- **%s**: ' % TEAM_ROW + (TEAM_DEF if not doc.get('team_skip') else 'skipped in this run: %s.'
                                        % doc['team_skip']),
             '- **peer**: ' + PEER_DEF, '- **floor**: ' + FLOOR_DEF, '']
    for s in doc['sizes']:
        o, p, f = (s[w]['median_seconds'] for w in ('onramp', 'peer', 'floor'))
        pi = s['peer_instances_only']['median_seconds']
        lines += ['### %s instances, %s databases (us-east-1: %s instances in %d page%s, %s databases in %d page%s; '
                  '%d instance pages and %d database pages in all regions)'
                  % (format(s['instances'], ','), format(s['databases'], ','),
                     format(s['distribution'][s['big_region']], ','), s['big_region_pages'],
                     '' if s['big_region_pages'] == 1 else 's', format(s['databases_distribution'][s['rds_region']], ','),
                     s['rds_region_pages'], '' if s['rds_region_pages'] == 1 else 's', s['total_instance_pages'],
                     s['total_database_pages']), '',
                  '| contestant | seconds | vs peer | vs floor |', '|---|---:|---:|---:|',
                  '| Onramp (`onrampctl discover`, with health and RDS) | %.3f | %.1fx faster | %.2fx |'
                  % (o, p / o, o / f)] + team_rows(s, p, f) + [
                  '| peer (boto3, region by region, with health and RDS) | %.3f | 1.0x | %.2fx |' % (p, p / f),
                  '| peer, describe-instances only | %.3f | %.1fx faster | %.2fx |' % (pi, p / pi, pi / f),
                  '| floor | %.3f | %.1fx faster | 1.00x |' % (f, p / f), '',
                  'The peer spent %.3f s of its time in describe-db-instances. The floor\'s chains (median): EC2 '
                  '%.3f s (pages: %d), RDS %.3f s (pages: %d).'
                  % (s['peer_rds']['median_seconds'], s['floor']['median_ec2_chain_seconds'], s['floor']['pages'],
                     s['floor']['median_rds_chain_seconds'], s['floor']['rds_pages']), '']
        t = s['targets']
        lines += ['Targets: >= %gx faster than the peer: **%s** (%.1fx; %.1fx against the describe-instances-only '
                  'peer); within %gx of the floor: **%s** (%.2fx). Onramp used %.2f s of CPU per run (user+sys, '
                  'median), %.2f s of it on its main thread, which also spent %.2f s runnable but waiting for a CPU '
                  'taken by other processes; 1-minute load average during its runs: %s.'
                  % (TARGET_VS_PEER, 'met' if t['vs_peer']['met'] else 'missed', t['vs_peer']['value'], pi / o,
                     TARGET_VS_FLOOR, 'met' if t['vs_floor']['met'] else 'missed', t['vs_floor']['value'],
                     s['onramp']['median_cpu_seconds'], s['onramp']['median_main_thread_cpu_seconds'],
                     s['onramp']['median_main_thread_runqueue_wait_seconds'],
                     ', '.join('%.1f' % x for x in s['onramp']['load_averages'])),
                  '', 'Requests per Onramp run: %s; %d failed, %d retried. The peer made %d requests per run, the floor '
                  '%d (%d on its critical path).'
                  % (', '.join('%s %d' % kv for kv in sorted(s['onramp']['requests'].items())),
                     s['onramp']['failed_requests'], s['onramp']['retries'], s['peer']['requests'],
                     s['floor']['pages'] + s['floor']['rds_pages'] + 2,
                     2 + (s['floor']['pages'] if s['floor']['median_ec2_chain_seconds'] >=
                          s['floor']['median_rds_chain_seconds'] else s['floor']['rds_pages'])), '']
        if timeline_line(s):
            lines += [timeline_line(s), '']
        lines += team_lines(s, doc)
    lines += ['Chart: `bench/discovery.png` (discovery time versus instance count).', '']
    return '\n'.join(lines)


def team_rows(s, p, f):
    """The team-mode row of a size's table (none when it was skipped)."""
    if 'team' not in s:
        return []
    t = s['team']['median_seconds']
    return ['| %s | %.3f | %.1fx faster | %.2fx |' % (TEAM_ROW, t, p / t, t / f)]


def team_lines(s, doc):
    """The team-mode target and its figures, or why the row is missing."""
    if 'team' not in s:
        return ['%s: skipped in this run (%s).' % (TEAM_ROW, doc.get('team_skip') or 'not run'), '']
    t, o = s['team'], s['onramp']
    target = s['targets']['team_vs_sqlite']
    return ['Team mode: %.3f s against SQLite\'s %.3f s, **%.2fx** (target <= %gx: **%s**). Onramp in team mode used '
            '%.2f s of CPU per run (SQLite: %.2f s; PostgreSQL\'s own backends are not counted), %.2f s of it on '
            'its main thread (SQLite: %.2f s); 1-minute load average during its runs: %s; requests per run: %s, %d '
            'failed.'
            % (t['median_seconds'], o['median_seconds'], target['value'], TARGET_TEAM_VS_SQLITE,
               'met' if target['met'] else 'missed', t['median_cpu_seconds'], o['median_cpu_seconds'],
               t['median_main_thread_cpu_seconds'], o['median_main_thread_cpu_seconds'],
               ', '.join('%.1f' % x for x in t['load_averages']),
               ', '.join('%s %d' % kv for kv in sorted(t['requests'].items())), t['failed_requests']), '',
            'The server ran %d statements for the run (pg_stat_statements, the run with the median execution time), '
            '%.0f ms of execution in all; most frequent: %s; most execution time: %s. Each statement is a round trip '
            'from the writer thread to a server process and back (SQLite does the same work in-process); '
            'the statements are the registry\'s merge, health and completion SQL (Registry::mergeInstances(), '
            'setHealth(): a few set statements per page of 1,000), not the writer thread\'s.'
            % (t['statements']['calls'], t['statements']['exec_ms'],
               '; '.join('%d x `%s…` (%.0f ms)' % (q['calls'], q['query'][:60], q['exec_ms'])
                         for q in t['statements']['top']),
               '; '.join('%d x `%s…` (%.0f ms)' % (q['calls'], q['query'][:60], q['exec_ms'])
                         for q in t['statements']['slowest'])), '']


def timeline_line(s):
    """One sentence from the fake's log of Onramp's median run: when each kind of request chain ended."""
    runs = s['onramp']['runs_seconds']
    tl = s['onramp']['timelines'][runs.index(sorted(runs)[(len(runs) - 1) // 2])] if runs else {}
    if not tl:
        return ''
    big = fleet.BIG_REGION

    def end(k):
        return tl[k]['last_answered'] if k in tl else float('nan')

    return ('Where the time went (the fake\'s request log of Onramp\'s median run, seconds after its first '
            'request): %s DescribeInstances chain ended at %.2f, its DescribeDBInstances chain at %.2f; all '
            'DescribeInstances at %.2f, DescribeInstanceStatus at %.2f, DescribeDBInstances at %.2f; the fake held '
            'a DescribeInstances request %.0f ms and a DescribeDBInstances request %.0f ms (median, 50 ms latency '
            'included).' % (big, end('DescribeInstances@' + big), end('DescribeDBInstances@' + big),
                            end('DescribeInstances'), end('DescribeInstanceStatus'), end('DescribeDBInstances'),
                            1000 * tl.get('DescribeInstances', {}).get('median_in_fake', float('nan')),
                            1000 * tl.get('DescribeDBInstances', {}).get('median_in_fake', float('nan'))))


def chart(doc, path):
    import matplotlib
    matplotlib.use('Agg')
    import matplotlib.pyplot as plt
    xs = [s['instances'] for s in doc['sizes']]
    fig, ax = plt.subplots(figsize=(7.5, 4.8), dpi=110)
    for who, label, style in (('peer', 'peer: boto3, region by region (with health and RDS)', 'o-'),
                              ('peer_instances_only', 'peer: describe-instances only', 'o:'),
                              ('onramp', 'Onramp: onrampctl discover (with health and RDS)', 's-'),
                              ('floor', 'floor: AssumeRole + DescribeRegions + longest page chain', '^--')):
        ax.plot(xs, [s[who]['median_seconds'] for s in doc['sizes']], style, label=label)
    if all('team' in s for s in doc['sizes']):
        ax.plot(xs, [s['team']['median_seconds'] for s in doc['sizes']], 's--',
                label='Onramp, team mode (PostgreSQL)')
    ax.set_xscale('log')
    ax.set_yscale('log')
    ax.set_xlabel('instances (17 regions, half in one; 1 RDS database per 50 instances)')
    ax.set_ylabel('discovery time, seconds (median)')
    ax.set_title('End-to-end discovery, %d ms added latency per request' % doc['latency_ms'])
    ax.set_xticks(xs)
    ax.set_xticklabels([format(x, ',') for x in xs])
    ax.grid(True, which='both', alpha=0.3)
    ax.legend(loc='upper left', fontsize=8, framealpha=0.9)
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)


def main():
    if len(sys.argv) != 3:
        raise SystemExit('usage: run.py BUILD_DIR OUT_DIR')
    build, out = (os.path.abspath(a) for a in sys.argv[1:3])
    os.makedirs(out, exist_ok=True)
    quick = os.environ.get('ONRAMP_BENCH_QUICK', '') not in ('', '0')
    sizes = [int(x) for x in os.environ.get('ONRAMP_BENCH_SIZES', '1000,10000' if quick else
                                            '1000,10000,30000,100000').split(',')]
    started = time.perf_counter()
    b = Bench(build, out)
    try:
        b.start_fake()
        b.onboard()
        b.start_team()
        if b.team_skip:
            log('%s: skipped (%s)' % (TEAM_ROW, b.team_skip))
        doc = {'title': TITLE[3:], 'latency_ms': b.latency, 'regions': len(fleet.REGIONS), 'page_size': 1000,
               'quick': quick, 'date': datetime.datetime.utcnow().strftime('%Y-%m-%dT%H:%M:%SZ'),
               'machine': '%s, %d cores' % (next((l.split(':', 1)[1].strip() for l in open('/proc/cpuinfo')
                                                  if l.startswith('model name')), platform.processor()),
                                            os.cpu_count()),
               'definitions': {'onramp': ONRAMP_DEF, 'team': TEAM_DEF, 'peer': PEER_DEF, 'floor': FLOOR_DEF},
               'team_skip': b.team_skip,
               'targets': {'vs_peer': TARGET_VS_PEER, 'vs_floor': TARGET_VS_FLOOR}, 'sizes': []}
        for total in sizes:
            reps = int(os.environ.get('ONRAMP_BENCH_REPEAT', 3 if quick or total > 10000 else 5))
            peer_reps = int(os.environ.get('ONRAMP_BENCH_PEER_REPEAT', 1 if quick or total > 3000 else 3))
            doc['sizes'].append(b.measure(total, reps, peer_reps))
        doc['seconds_total'] = time.perf_counter() - started
        with open(os.path.join(out, 'discovery.json'), 'w') as f:
            json.dump(doc, f, indent=2)
        with open(os.path.join(out, 'discovery.md'), 'w') as f:
            f.write(markdown(doc))
        png = os.environ.get('ONRAMP_BENCH_CHART') or os.path.join(ROOT, 'bench', 'discovery.png')
        chart(doc, png)
        log('wrote %s, %s and %s in %.0f s' % (os.path.join(out, 'discovery.json'),
                                                os.path.join(out, 'discovery.md'), png, doc['seconds_total']))
    finally:
        b.stop_fake()
        b.stop_team()
        shutil.rmtree(b.tmp, ignore_errors=True)


if __name__ == '__main__':
    main()
