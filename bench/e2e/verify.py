#!/usr/bin/python3
"""The whole `onrampctl verify` as a user runs it: Onramp vs a boto3 peer vs the floor, against the local fake AWS.

    /usr/bin/python3 bench/e2e/verify.py BUILD_DIR OUT_DIR        (bench/parts/verify.sh calls this)

Writes OUT_DIR/verify.json and OUT_DIR/verify.md. Environment:
  ONRAMP_BENCH_QUICK=1               fewer repetitions
  ONRAMP_BENCH_VERIFY_SIZES=a,b,...  instance counts (default 10000)
  ONRAMP_BENCH_REPEAT=N              timed runs of Onramp and the floor per size (default 7, quick 3)
  ONRAMP_BENCH_PEER_REPEAT=N         timed runs of the peer per size (default 2, quick 1)
  ONRAMP_BENCH_LATENCY_MS=N          added latency per request (default 50)
  ONRAMP_BENCH_BASELINE_CTL=PATH     another onrampctl (e.g. main's) timed the same way, as a "baseline" row

The fleet is run.py's (bench/e2e/fleet.py: 17 regions, half in us-east-1, one database per 50 instances). Onramp
gets a temporary HOME and an SQLite registry holding one pending record made by `onrampctl create` (a
CloudFormation onboarding: its External ID is the one the scenario's role requires); every timed run starts from
a fresh copy of it and runs `onrampctl --json verify ID --role-arn ARN`, which verifies the role and waits for the
first discovery. Clock: process start to exit (wall). Before timing, one untimed verify warms the fake; then
Onramp, floor and peer runs alternate, each in a fresh fake session, and medians are reported.
"""
import datetime
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import fleet  # noqa: E402
from run import Bench, log  # noqa: E402

TITLE = '## Whole `onrampctl verify` (CloudFormation role, 17 regions, 50 ms latency per request)'
TARGET_VS_PEER, TARGET_VS_FLOOR = 10.0, 1.5


def verify_timeline(entries, started):
    """Where a verify's time went, from the fake's request log (its clock is CLOCK_MONOTONIC, as is ours): seconds
    after the process started when each step was received and answered."""
    def rel(t):
        return round(t - started, 4)

    def pick(match):
        return [e for e in entries if match(e)]

    big = fleet.BIG_REGION
    assumes = pick(lambda e: e['action'] == 'AssumeRole')
    probes = pick(lambda e: e.get('dry_run'))
    regions = pick(lambda e: e['action'] == 'DescribeRegions' and not e.get('dry_run'))
    home = sorted(pick(lambda e: e['action'] == 'DescribeInstances' and e['region'] == big and not e.get('dry_run')),
                  key=lambda e: e['received'])
    if not entries or len(assumes) < 2 or not home:
        return {}
    out = {'first_request_received': rel(min(e['received'] for e in entries)),
           'assume_role_answered': rel(assumes[0]['answered']),
           'proof_received': rel(assumes[1]['received']), 'proof_answered': rel(assumes[1]['answered']),
           'probes_received': rel(min(e['received'] for e in probes)) if probes else None,
           'probes_answered': rel(max(e['answered'] for e in probes)) if probes else None,
           'describe_regions_received': rel(regions[0]['received']) if regions else None,
           'describe_regions_answered': rel(regions[0]['answered']) if regions else None,
           'home_pages': [[rel(e['received']), rel(e['answered'])] for e in home],
           'home_page_turnaround_ms': [round(1000 * (b['received'] - a['answered']), 1)
                                       for a, b in zip(home, home[1:])],
           'last_answered': rel(max(e['answered'] for e in entries))}
    others = pick(lambda e: e['action'] == 'DescribeInstances' and e['region'] != big and not e.get('dry_run'))
    if others:
        out['other_regions_first_received'] = rel(min(e['received'] for e in others))
    return out


class VerifyBench(Bench):
    def prepare(self):
        """A registry holding one pending CloudFormation record (`onrampctl create`): the template of every run."""
        self.home = os.path.join(self.tmp, 'home')
        os.makedirs(self.home)
        self.template = os.path.join(self.tmp, 'template.db')
        p, _ = self.ctl(['create'], 'basic', 'prepare', self.template)
        created = json.loads(p.stdout)
        self.account, self.external_id = created['id'], created['external_id']
        log('pending record %s (External ID %s) with %s' % (self.account, self.external_id, self.onrampctl))

    def run_verify(self, scenario, total, ctl=None):
        """One `onrampctl --json verify`, timed from process start to exit (no polling: wait())."""
        session = self.new_session('onramp')
        db = self.fresh_db()
        load = os.getloadavg()[0]
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        with tempfile.TemporaryFile('w+') as out, tempfile.TemporaryFile('w+') as err:
            started = time.monotonic()
            t = time.perf_counter()
            proc = subprocess.Popen([ctl or self.onrampctl, '--db', db, '--json', 'verify', self.account,
                                     '--role-arn', fleet.ROLE_ARN], env=self.env(scenario, session), stdout=out,
                                    stderr=err, text=True)
            code = proc.wait(timeout=900)
            wall = time.perf_counter() - t
            out.seek(0)
            err.seek(0)
            stdout, stderr = out.read(), err.read()
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        if code != 0:
            raise SystemExit('verify: onrampctl verify failed (%d): %s %s' % (code, stdout[-500:], stderr[-2000:]))
        result = json.loads(stdout)
        if result['status'] != 'active':
            raise SystemExit('verify: the account ended %s: %s' % (result['status'], stdout[-500:]))
        entries = self.session_log(scenario, session)
        actions = {}
        for e in entries:
            key = e['action'] + (' (DryRun)' if e.get('dry_run') else '')
            actions[key] = actions.get(key, 0) + 1
        return {'seconds': wall, 'instances': result['instance_count'], 'databases': result.get('database_count', -1),
                'cpu_seconds': (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime),
                'load_average': load, 'requests': actions, 'timeline': verify_timeline(entries, started),
                'failed_requests': sum(1 for e in entries if e['status'] >= 500 or e['status'] == 429)}

    def run_verify_peer(self, scenario, total):
        r = self.run_py('peer_verify_boto3.py', scenario, [fleet.BIG_REGION])
        if r['statuses'] != total:
            raise SystemExit('verify: the peer saw %d instance statuses, expected %d' % (r['statuses'], total))
        return r

    def run_verify_floor(self, scenario, total):
        return self.run_py('verify_floor.py', scenario, [fleet.BIG_REGION, '--rds', fleet.longest_rds_region(total)])

    def measure_verify(self, total, reps, peer_reps, baseline):
        scenario = 'verify-%d' % total
        dist, dbs = fleet.distribution(total), fleet.databases(total)
        rds_region = fleet.longest_rds_region(total)
        self.put_scenario(scenario, fleet.scenario(total, self.external_id, self.latency))
        t = time.perf_counter()
        warm = self.run_verify(scenario, total)
        log('%s instances: warm-up verify %.1f s (%d instances)' % (format(total, ','), time.perf_counter() - t,
                                                                    warm['instances']))
        fns = {'onramp': self.run_verify, 'floor': self.run_verify_floor, 'peer': self.run_verify_peer}
        if baseline:
            fns['baseline'] = lambda sc, n: self.run_verify(sc, n, baseline)
        expected = {'onramp': total, 'baseline': total, 'peer': total, 'floor': dist[fleet.BIG_REGION]}
        expected_dbs = {'onramp': sum(dbs.values()), 'baseline': sum(dbs.values()), 'peer': sum(dbs.values()),
                        'floor': dbs[rds_region]}
        runs = {who: [] for who in fns}
        for rep in range(max(reps, peer_reps)):
            for who in fns:  # interleaved: drift in the machine's load hits every contestant
                if rep >= (peer_reps if who == 'peer' else reps):
                    continue
                r = fns[who](scenario, total)
                if r['instances'] != expected[who] or r['databases'] != expected_dbs[who]:
                    raise SystemExit('verify: %s saw %d instances and %d databases, expected %d and %d'
                                     % (who, r['instances'], r['databases'], expected[who], expected_dbs[who]))
                runs[who].append(r)
                log('  %-8s run %d: %.3f s' % (who, rep + 1, r['seconds']))
        res = {'instances': total, 'databases': sum(dbs.values()), 'home_region': fleet.BIG_REGION,
               'home_region_pages': fleet.pages(dist[fleet.BIG_REGION]),
               'rds_region_pages': fleet.rds_pages(dbs[rds_region])}
        for who, rs in runs.items():
            res[who] = {'median_seconds': statistics.median(r['seconds'] for r in rs),
                        'runs_seconds': [round(r['seconds'], 4) for r in rs]}
        for who in [w for w in ('onramp', 'baseline') if w in runs]:
            rs = runs[who]
            median_run = sorted(rs, key=lambda r: r['seconds'])[(len(rs) - 1) // 2]
            res[who].update({'median_cpu_seconds': statistics.median(r['cpu_seconds'] for r in rs),
                             'load_averages': [round(r['load_average'], 2) for r in rs],
                             'requests': rs[0]['requests'], 'failed_requests': max(r['failed_requests'] for r in rs),
                             'median_run_timeline': median_run['timeline'],
                             'timelines': [r['timeline'] for r in rs]})
        res['peer']['requests'] = runs['peer'][0]['requests']
        res['floor']['pages'] = runs['floor'][0]['pages']
        res['floor']['rds_pages'] = runs['floor'][0]['rds_pages']
        res['floor']['median_request_seconds'] = [
            round(statistics.median(r['request_seconds'][k] for r in runs['floor']), 4)
            for k in range(len(runs['floor'][0]['request_seconds']))]
        o, p, f = (res[w]['median_seconds'] for w in ('onramp', 'peer', 'floor'))
        res['targets'] = {'vs_peer': {'target': '>= %gx faster' % TARGET_VS_PEER, 'value': p / o,
                                      'met': p / o >= TARGET_VS_PEER},
                          'vs_floor': {'target': '<= %gx the floor' % TARGET_VS_FLOOR, 'value': o / f,
                                       'met': o / f <= TARGET_VS_FLOOR}}
        log('  median: Onramp %.3f s, peer %.3f s, floor %.3f s -> %.1fx faster than the peer, %.2fx the floor'
            % (o, p, f, p / o, o / f))
        return res


ONRAMP_DEF = ('`onrampctl --json verify ID --role-arn ARN` of a pending CloudFormation record (External ID), '
              'process start to exit: AssumeRole with the External ID, then at once the External-ID proof '
              '(AssumeRole without it, refused), the DryRun probes of ec2:DescribeRegions / DescribeInstances / '
              'DescribeInstanceStatus and the RDS probe (DescribeDBInstances, 20), DescribeRegions and the home '
              'region\'s listings; the record stored connected once the proof and the probes pass; the first '
              'discovery (every region\'s DescribeInstances, DescribeInstanceStatus and DescribeDBInstances, every '
              'page merged into SQLite) to the end, the account active.')
PEER_DEF = ('bench/e2e/peer_verify_boto3.py: the same steps with boto3, one after another: assume_role with '
            'ExternalId, assume_role without it (AccessDenied expected), the three DryRun probes and '
            'describe_db_instances(MaxRecords=20), then peer_boto3.py\'s listing with health: describe_regions, '
            'and region by region the describe_instances, describe_instance_status and describe_db_instances '
            'paginators. Clock: after `import boto3` to the last page.')
FLOOR_DEF = ('bench/e2e/verify_floor.py: AssumeRole (every call needs the role), then the longest chain of '
             'dependent pages: the home region\'s DescribeInstances (MaxResults 1000) or the longest '
             'DescribeDBInstances chain (MaxRecords 100), whichever is longer. The proof, the probes, '
             'DescribeRegions (and after it the other regions, each shorter than the home chain) need nothing but '
             'the role, so they can all run beside the chain. One round trip each over one pre-opened keep-alive '
             'TLS connection (floor.py\'s client); no process start-up, no storing.')


def markdown(doc):
    lines = [TITLE, '',
             'Against the local fake AWS endpoint (tests/fakeaws) with %d ms added to every request; the fleet of '
             'the discovery part (17 regions, half of the instances in us-east-1, which is also the home region, '
             'one RDS database per 50 instances). Medians of runs interleaved after one warm-up. Run by '
             '`bench/parts/verify.sh` (bench/e2e/verify.py); raw figures, with every run\'s request timeline, in '
             'verify.json.' % doc['latency_ms'], '',
             '- **Onramp**: ' + ONRAMP_DEF, '- **peer**: ' + PEER_DEF, '- **floor**: ' + FLOOR_DEF, '']
    for s in doc['sizes']:
        o, p, f = (s[w]['median_seconds'] for w in ('onramp', 'peer', 'floor'))
        lines += ['### %s instances, %s databases (us-east-1: %d instance pages, %d database pages)'
                  % (format(s['instances'], ','), format(s['databases'], ','), s['home_region_pages'],
                     s['rds_region_pages']), '',
                  '| contestant | seconds (median) | runs | vs peer | vs floor |', '|---|---:|---|---:|---:|',
                  '| Onramp (`onrampctl verify`, process wall) | %.3f | %s | %.1fx faster | %.2fx |'
                  % (o, ', '.join('%.3f' % x for x in s['onramp']['runs_seconds']), p / o, o / f)]
        if 'baseline' in s:
            b = s['baseline']['median_seconds']
            lines += ['| baseline (%s) | %.3f | %s | %.1fx faster | %.2fx |'
                      % (doc.get('baseline', 'another build'), b,
                         ', '.join('%.3f' % x for x in s['baseline']['runs_seconds']), p / b, b / f)]
        lines += ['| peer (boto3, step by step) | %.3f | %s | 1.0x | %.2fx |'
                  % (p, ', '.join('%.3f' % x for x in s['peer']['runs_seconds']), p / f),
                  '| floor (%d round trips) | %.3f | %s | %.1fx faster | 1.00x |'
                  % (1 + max(s['floor']['pages'], s['floor']['rds_pages']), f,
                     ', '.join('%.3f' % x for x in s['floor']['runs_seconds']), p / f), '']
        t = s['targets']
        lines += ['Targets: >= %gx faster than the peer: **%s** (%.1fx); <= %gx the floor: **%s** (%.2fx). Onramp '
                  'used %.2f s of CPU per run (median, user+sys); 1-minute load average during its runs: %s. '
                  'Requests per Onramp run: %s; the peer made %d.'
                  % (TARGET_VS_PEER, 'met' if t['vs_peer']['met'] else 'missed', t['vs_peer']['value'],
                     TARGET_VS_FLOOR, 'met' if t['vs_floor']['met'] else 'missed', t['vs_floor']['value'],
                     s['onramp']['median_cpu_seconds'], ', '.join('%.1f' % x for x in s['onramp']['load_averages']),
                     ', '.join('%s %d' % kv for kv in sorted(s['onramp']['requests'].items())),
                     s['peer']['requests']), '']
        for who in ('onramp', 'baseline'):
            if who in s and s[who]['median_run_timeline']:
                lines += [timeline_line(who, s[who]['median_run_timeline']), '']
    return '\n'.join(lines)


def timeline_line(who, tl):
    def at(k):
        return '%.3f' % tl[k] if tl.get(k) is not None else '-'
    pages = ', '.join('%.3f-%.3f' % (a, b) for a, b in tl['home_pages'])
    return ('Timeline of %s\'s median run (the fake\'s request log, seconds after process start): first request '
            'received %s; AssumeRole answered %s; External-ID proof received %s (answered %s), DryRun probes '
            'received %s (all answered %s), DescribeRegions received %s (answered %s), other regions\' first '
            'DescribeInstances received %s; us-east-1 DescribeInstances pages (received-answered): %s; the client '
            'took %s ms between a page\'s answer and the next page\'s request; last request answered %s.'
            % (who, at('first_request_received'), at('assume_role_answered'), at('proof_received'),
               at('proof_answered'), at('probes_received'), at('probes_answered'), at('describe_regions_received'),
               at('describe_regions_answered'), at('other_regions_first_received'), pages,
               ', '.join('%.0f' % x for x in tl['home_page_turnaround_ms']) or '-', at('last_answered')))


def main():
    if len(sys.argv) != 3:
        raise SystemExit('usage: verify.py BUILD_DIR OUT_DIR')
    build, out = (os.path.abspath(a) for a in sys.argv[1:3])
    os.makedirs(out, exist_ok=True)
    quick = os.environ.get('ONRAMP_BENCH_QUICK', '') not in ('', '0')
    sizes = [int(x) for x in os.environ.get('ONRAMP_BENCH_VERIFY_SIZES', '10000').split(',')]
    reps = int(os.environ.get('ONRAMP_BENCH_REPEAT', 3 if quick else 7))
    peer_reps = int(os.environ.get('ONRAMP_BENCH_PEER_REPEAT', 1 if quick else 2))
    baseline = os.environ.get('ONRAMP_BENCH_BASELINE_CTL')
    started = time.perf_counter()
    b = VerifyBench(build, out)
    try:
        b.start_fake()
        b.prepare()
        doc = {'title': TITLE[3:], 'latency_ms': b.latency, 'regions': len(fleet.REGIONS), 'quick': quick,
               'date': datetime.datetime.utcnow().strftime('%Y-%m-%dT%H:%M:%SZ'),
               'definitions': {'onramp': ONRAMP_DEF, 'peer': PEER_DEF, 'floor': FLOOR_DEF},
               'targets': {'vs_peer': TARGET_VS_PEER, 'vs_floor': TARGET_VS_FLOOR}, 'sizes': []}
        if baseline:
            doc['baseline'] = os.environ.get('ONRAMP_BENCH_BASELINE_NAME', baseline)
        for total in sizes:
            doc['sizes'].append(b.measure_verify(total, reps, peer_reps, baseline))
        doc['seconds_total'] = time.perf_counter() - started
        with open(os.path.join(out, 'verify.json'), 'w') as f:
            json.dump(doc, f, indent=2)
        with open(os.path.join(out, 'verify.md'), 'w') as f:
            f.write(markdown(doc))
        log('wrote %s and %s in %.0f s' % (os.path.join(out, 'verify.json'), os.path.join(out, 'verify.md'),
                                          doc['seconds_total']))
    finally:
        b.stop_fake()
        shutil.rmtree(b.tmp, ignore_errors=True)


if __name__ == '__main__':
    main()
