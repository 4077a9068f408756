#!/usr/bin/python3
"""fakeaws: a local fake of AWS STS, EC2 and RDS (Query protocol) and Organizations (JSON 1.1) for Onramp's tests.

    /usr/bin/python3 fakeaws.py start --state-dir DIR   # certificates, background server, DIR/endpoint.json
    /usr/bin/python3 fakeaws.py stop  --state-dir DIR
    /usr/bin/python3 fakeaws.py serve --state-dir DIR [--scenario-dir D]   # foreground (used by start)

Clients POST signed Query-protocol (or, for Organizations, AWS JSON 1.1) requests to
https://127.0.0.1:PORT/<scenario>/<session>/; signatures are checked with botocore's SigV4 code. SCENARIOS.md describes scenarios and the control API. Needs Debian's
/usr/bin/python3 (python3-botocore) and the openssl command.
"""
import argparse
import base64
import calendar
import fnmatch
import hashlib
import hmac
import http.client
import json
import os
import random
import re
import secrets
import signal
import socket
import ssl
import subprocess
import sys
import threading
import time
import uuid
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from socketserver import TCPServer
from urllib.parse import parse_qsl, urlsplit
from xml.sax.saxutils import escape

from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials

HERE = os.path.dirname(os.path.abspath(__file__))
STS_NS = 'https://sts.amazonaws.com/doc/2011-06-15/'
EC2_NS = 'http://ec2.amazonaws.com/doc/2016-11-15/'
VERSIONS = {'sts': '2011-06-15', 'ec2': '2016-11-15', 'rds': '2014-10-31'}
ACTIONS = {'GetCallerIdentity': 'sts', 'AssumeRole': 'sts', 'DescribeRegions': 'ec2',
           'DescribeInstances': 'ec2', 'DescribeInstanceStatus': 'ec2', 'DescribeOrganization': 'organizations',
           'ListAccounts': 'organizations', 'ListRoots': 'organizations', 'ListChildren': 'organizations',
           'ListAccountsForParent': 'organizations', 'DescribeDBInstances': 'rds'}
# AWS Organizations speaks AWS JSON 1.1 (botocore data/organizations/2016-11-28/service-2.json: targetPrefix).
ORG_TARGET_PREFIX = 'AWSOrganizationsV20161128.'
ORG_CONTENT_TYPE = 'application/x-amz-json-1.1'
MEMBER_ROLE_ACTIONS = ['ec2:DescribeRegions', 'ec2:DescribeInstances', 'ec2:DescribeInstanceStatus',
                      'rds:DescribeDBInstances']  # what the current template grants
ORG_DEFAULT_ACTIONS = ['organizations:DescribeOrganization', 'organizations:ListAccounts', 'organizations:ListRoots',
                       'organizations:ListChildren', 'organizations:ListAccountsForParent']
DEFAULT_REGIONS = ['us-east-1', 'us-east-2', 'us-west-1', 'us-west-2', 'ca-central-1', 'eu-west-1', 'eu-west-2',
                   'eu-west-3', 'eu-central-1', 'eu-north-1', 'ap-south-1', 'ap-northeast-1', 'ap-northeast-2',
                   'ap-southeast-1', 'ap-southeast-2', 'sa-east-1', 'ap-northeast-3']
STATE_CODES = {'pending': 0, 'running': 16, 'shutting-down': 32, 'terminated': 48, 'stopping': 64, 'stopped': 80}
NAME_RE = re.compile(r'[A-Za-z0-9_.-]+')
MAX_SKEW = 300

# Response documents, as AWS sends them (STS API Reference / EC2 API Reference samples).
STS_OK = ('<{0}Response xmlns="%s">\n  <{0}Result>\n{1}\n  </{0}Result>\n  <ResponseMetadata>\n'
          '    <RequestId>{2}</RequestId>\n  </ResponseMetadata>\n</{0}Response>\n' % STS_NS)
STS_ERROR = ('<ErrorResponse xmlns="%s">\n  <Error>\n    <Type>{0}</Type>\n    <Code>{1}</Code>\n'
             '    <Message>{2}</Message>\n  </Error>\n  <RequestId>{3}</RequestId>\n</ErrorResponse>\n' % STS_NS)
EC2_OK = ('<?xml version="1.0" encoding="UTF-8"?>\n<{0}Response xmlns="%s">\n    <requestId>{2}</requestId>\n'
          '{1}\n</{0}Response>\n' % EC2_NS)
EC2_ERROR = ('<?xml version="1.0" encoding="UTF-8"?>\n<Response><Errors><Error><Code>{1}</Code><Message>{2}'
             '</Message></Error></Errors><RequestID>{3}</RequestID></Response>\n')
RDS_NS = 'http://rds.amazonaws.com/doc/2014-10-31/'
RDS_OK = STS_OK.replace(STS_NS, RDS_NS)  # RDS answers in STS's Query shape (RDS API Reference, "Query API")
RDS_ERROR = STS_ERROR.replace(STS_NS, RDS_NS)
AUTH_ERRORS = {  # (service, problem) -> (status, code, message)
    ('sts', 'invalid'): (403, 'InvalidClientTokenId', 'The security token included in the request is invalid.'),
    ('ec2', 'invalid'): (401, 'AuthFailure', 'AWS was not able to validate the provided access credentials'),
    ('sts', 'expired'): (403, 'ExpiredToken', 'The security token included in the request is expired'),
    ('ec2', 'expired'): (400, 'RequestExpired', 'Request has expired.'),
    ('organizations', 'invalid'): (400, 'UnrecognizedClientException',
                                   'The security token included in the request is invalid.'),
    ('organizations', 'expired'): (400, 'ExpiredTokenException', 'The security token included in the request is '
                                   'expired')}
# What the JSON services answer instead of the Query services' authentication codes.
JSON_AUTH_CODES = {'SignatureDoesNotMatch': (400, 'InvalidSignatureException'),
                   'IncompleteSignature': (400, 'IncompleteSignatureException'),
                   'MissingAuthenticationToken': (400, 'MissingAuthenticationTokenException')}
DEFAULT_MESSAGES = {'InternalError': 'We encountered an internal error. Please try again.',
                    'ServiceUnavailable': 'The service is unavailable. Please try again shortly.',
                    'Unavailable': 'The server is overloaded or is not accepting requests.',
                    'RequestLimitExceeded': 'Request limit exceeded.', 'Throttling': 'Rate exceeded',
                    'TooManyRequestsException': 'You have sent too many requests in too short a period of time. '
                                                'Try again later.',
                    'ServiceException': "Organizations can't complete your request because of an internal service "
                                        'error. Try again later.'}


def x(text):
    """XML-escapes text content (tags may hold & < > " ' and any UTF-8)."""
    return escape(str(text), {'"': '&quot;', "'": '&apos;'})


def iso(ts, millis=False):
    return time.strftime('%Y-%m-%dT%H:%M:%S', time.gmtime(ts)) + ('.000Z' if millis else 'Z')


class AwsError(Exception):
    def __init__(self, status, code, message):
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


class RawAnswer(AwsError):
    """An `error_bodies` fault: an error answer sent byte for byte as the scenario gives it (an emulator's or a
    proxy's), whatever the protocol."""

    def __init__(self, rule):
        super().__init__(int(rule.get('status', 503)), rule.get('code') or 'raw', 'raw answer')
        self.body = rule.get('body', '')
        self.content_type = rule.get('content_type', 'text/html')
        self.headers = list((rule.get('headers') or {}).items())


def auth_error(service, problem):
    service = 'sts' if service == 'rds' else service  # RDS's authentication errors are STS's
    return AwsError(*AUTH_ERRORS[service if service in ('sts', 'organizations') else 'ec2', problem])


def bad_signature(message='The request signature we calculated does not match the signature you provided. Check '
                          'your AWS Secret Access Key and signing method. Consult the service documentation for '
                          'details.'):
    return AwsError(403, 'SignatureDoesNotMatch', message)


def invalid_parameter(message):
    return AwsError(400, 'InvalidParameterValue', message)


# ---------------------------------------------------------------------------------------------- scenarios, state

class Scenario:
    def __init__(self, name, data):
        self.name, self.data = name, data
        self.identities = {i['access_key_id']: i for i in data.get('identities', [])}
        self.organization = Organization(data['organization']) if data.get('organization') else None
        # The member role of an organization exists in each of its accounts; explicit "roles" win over it.
        self.roles = {r['arn']: r for r in (self.organization.roles() if self.organization else [])}
        self.roles.update({r['arn']: r for r in data.get('roles', [])})
        self.faults = data.get('faults') or {}
        self.skew = float(data.get('clock_skew_seconds') or 0)
        self.regions = data.get('regions') or [{'name': n, 'opt_in_status': 'opt-in-not-required'}
                                               for n in DEFAULT_REGIONS]
        self._instances, self._lock = {}, threading.Lock()
        self._databases, self.deleted_databases = {}, set()  # see databases(): (account, region) -> list
        self._pages, self._pages_bytes = {}, 0  # rendered result pages (UTF-8), see cached_page()

    def now(self):
        return time.time() + self.skew

    def fault_rules(self, kind):
        rules = self.faults.get(kind) or []
        return rules if isinstance(rules, list) else [rules]

    def instances(self, account, region):
        """The instances of (account, region), built once and cached."""
        with self._lock:
            if (account, region) not in self._instances:
                spec = self.data.get('accounts', {}).get(account, {}).get('regions', {}).get(region)
                if spec is None and self.organization:
                    spec = self.organization.instance_spec(account, region)
                spec = spec or {}
                self._instances[account, region] = build_instances(account, region, spec)
            return self._instances[account, region]

    PAGE_CACHE_BYTES = 1 << 30

    def cached_page(self, key, render):
        """The UTF-8 bytes of render(), rendered once per key and then cached (bounded, cleared when full).
        Big pages (1,000 instances, ~2 MB) cost tens of ms of Python to render; benchmarks ask for them often."""
        with self._lock:
            data = self._pages.get(key)
        if data is None:
            data = render().encode('utf-8')
            with self._lock:
                if self._pages_bytes + len(data) > self.PAGE_CACHE_BYTES:
                    self._pages, self._pages_bytes = {}, 0
                if key not in self._pages:
                    self._pages[key], self._pages_bytes = data, self._pages_bytes + len(data)
        return data


class Organization:
    """The "organization" of a scenario: a root, OUs, accounts (listed and generated) and the member role."""

    def __init__(self, data):
        self.id, self.management = data['id'], data['management_account']
        self.root = data.get('root', 'r-' + self.id[2:6])
        self.page_size = max(1, min(20, int(data.get('page_size', 20))))
        self.arn = 'arn:aws:organizations::%s:organization/%s' % (self.management, self.id)
        self.ous = {ou['id']: ou for ou in data.get('ous', [])}
        self.accounts, self.regions = [], {}  # in listing order; account id -> instances by region spec
        for acct in data.get('accounts', []):
            self.accounts.append({'status': 'ACTIVE', 'parent': self.root, **acct})
            if acct.get('regions'):
                self.regions[acct['id']] = acct['regions']
        gen = data.get('generate_accounts') or {}
        first = int(gen.get('first_id', '200000000000'))
        for k in range(int(gen.get('count', 0))):
            acct_id = '%012d' % (first + k)
            self.accounts.append({'id': acct_id, 'name': 'member-%03d' % k, 'email': 'member-%03d@example.com' % k,
                                  'status': 'ACTIVE', 'parent': gen.get('parent', self.root)})
            self.regions[acct_id] = {r: {'generate': int(n), 'seed': 'org-%d' % k}
                                     for r, n in (gen.get('instances_per_region') or {}).items()}
            for r, n in (gen.get('databases_per_region') or {}).items():
                self.regions[acct_id].setdefault(r, {})['databases'] = {'generate': int(n), 'seed': 'org-%d' % k}
        if self.management not in {a['id'] for a in self.accounts}:
            self.accounts.insert(0, {'id': self.management, 'name': 'management', 'status': 'ACTIVE',
                                     'email': 'management@example.com', 'parent': self.root})
        for a in self.accounts:
            a.setdefault('name', 'account-' + a['id'])
            a.setdefault('email', 'aws+%s@example.com' % a['id'])
        self.account_ids = {a['id'] for a in self.accounts}
        self.member_role = data.get('member_role')
        self.management_role_actions = data.get('management_role_actions', ORG_DEFAULT_ACTIONS)

    def roles(self):
        """The member role in every account but those in missing_in; the management account's also gets
        management_role_actions (default: the organizations read actions)."""
        spec = self.member_role
        if not spec:
            return []
        missing, appear = set(spec.get('missing_in', [])), spec.get('appears_after_attempts') or {}
        out = []
        for a in self.accounts:
            if a['id'] in missing:
                continue
            role = {k: v for k, v in spec.items()
                    if k not in ('name', 'missing_in', 'appears_after_attempts', 'without_rds_in')}
            role['arn'] = 'arn:aws:iam::%s:role/%s' % (a['id'], spec.get('name', 'OnrampDiscoveryRole'))
            role['allowed_actions'] = list(spec.get('allowed_actions', MEMBER_ROLE_ACTIONS))
            if a['id'] in spec.get('without_rds_in', []):  # a member whose stack predates RDS discovery
                role['allowed_actions'] = [p for p in role['allowed_actions'] if not p.startswith('rds:')]
            if a['id'] == self.management:
                role['allowed_actions'] += self.management_role_actions
            role['appears_after_attempts'] = int(appear.get(a['id'], 0)) if isinstance(appear, dict) else int(appear)
            out.append(role)
        return out

    def instance_spec(self, account, region):
        return self.regions.get(account, {}).get(region)

    def parent_exists(self, parent_id):
        return parent_id == self.root or parent_id in self.ous

    def account_json(self, a):
        return {'Id': a['id'], 'Arn': 'arn:aws:organizations::%s:account/%s/%s' % (self.management, self.id, a['id']),
                'Email': a['email'], 'Name': a['name'], 'Status': a['status'], 'JoinedMethod':
                'INVITED' if a['id'] == self.management else 'CREATED', 'JoinedTimestamp': 1672531200.0}


class Session:
    """Mutable state of one (scenario, session): fault counters, issued credentials, request log."""

    def __init__(self):
        self.lock = threading.Lock()
        self.counts, self.credentials, self.log = {}, {}, []

    def take(self, key, limit):
        """True (and counts it) while fewer than `limit` requests have taken `key`."""
        with self.lock:
            used = self.counts.get(key, 0)
            self.counts[key] = min(used + 1, limit)
            return used < limit


class Registry:
    def __init__(self, scenario_dir):
        self.dir, self.scenarios, self.sessions = scenario_dir, {}, {}
        self.lock = threading.RLock()

    def scenario(self, name):
        with self.lock:
            path = os.path.join(self.dir, name + '.json')
            if name not in self.scenarios and NAME_RE.fullmatch(name) and os.path.isfile(path):
                with open(path, encoding='utf-8') as f:
                    self.put(name, json.load(f))
            return self.scenarios.get(name)

    def put(self, name, data):
        """Registers a scenario; with "extends": "other" it starts from other's top-level keys."""
        with self.lock:
            if data.get('extends'):
                base = self.scenario(data['extends'])
                if base is None:
                    raise ValueError('unknown scenario to extend: %s' % data['extends'])
                data = {**base.data, **{k: v for k, v in data.items() if k != 'extends'}}
            self.scenarios[name] = Scenario(name, data)

    def session(self, scenario, session):
        with self.lock:
            return self.sessions.setdefault((scenario, session), Session())

    def reset(self, scenario, session):
        with self.lock:
            self.sessions.pop((scenario, session), None)


REGISTRY = None

# ------------------------------------------------------------------------------------------------------ instances

TYPES = ['t3.micro', 't3.small', 't3.medium', 't3.large', 'm5.large', 'm5.xlarge', 'm6i.large', 'm6i.2xlarge',
         'c5.xlarge', 'c6g.large', 'r5.large', 'r6i.xlarge', 't4g.small', 'm7g.medium', 'g4dn.xlarge']
TYPE_WEIGHTS = [8, 6, 8, 5, 8, 5, 6, 2, 4, 4, 3, 2, 4, 3, 1]
STATES, STATE_WEIGHTS = ['running', 'stopped', 'pending', 'stopping', 'terminated'], [82, 12, 2, 2, 2]
ROLES = ['web', 'api', 'worker', 'db', 'cache', 'batch', 'bastion']
TEAMS = ['platform', 'payments', 'R&D <core>', 'data', 'Zürich Ops', 'search', '東京チーム']
OWNERS = ['ops@example.com', 'José Müller', 'a.nguyen@example.com']


class Generator:
    """Deterministic random instances for one (seed, account, region)."""

    def __init__(self, seed, account, region, spot_ratio):
        self.rng = random.Random('%s/%s/%s' % (seed, account, region))
        self.region, self.spot_ratio, self.counter = region, spot_ratio, 0
        self.vpcs = [self.hexid('vpc-0') for _ in range(2)]
        self.subnets = {(v, z): self.hexid('subnet-0') for v in self.vpcs for z in 'abc'}
        self.groups = [(self.hexid('sg-0'), n) for n in ('default', 'web', 'internal')]
        self.images = [self.hexid('ami-0') for _ in range(6)]
        self.clusters = ['%s-%s' % (c, region) for c in ('prod', 'data')]

    def hexid(self, prefix):
        return prefix + '%016x' % self.rng.getrandbits(64)

    def tags(self):
        """3-8 tags: Name, Environment, EKS / ECS / Auto Scaling ones for some, then Team, CostCenter, ..."""
        r, self.counter = self.rng, self.counter + 1
        env, role, kind, cluster = r.choice(['prod', 'staging', 'dev']), r.choice(ROLES), r.random(), \
            r.choice(self.clusters)
        if kind < 0.15:
            tags = [('Name', '%s-ng-%d' % (cluster, r.randint(1, 3))), ('aws:eks:cluster-name', cluster),
                    ('kubernetes.io/cluster/' + cluster, 'owned'),
                    ('aws:autoscaling:groupName', 'eks-%s-ng-%08x' % (cluster, r.getrandbits(32)))]
        elif kind < 0.22:
            tags = [('Name', 'ecs-' + cluster), ('aws:ecs:clusterName', cluster),
                    ('aws:autoscaling:groupName', 'ecs-%s-asg' % cluster)]
        elif kind < 0.4:
            tags = [('Name', '%s-%s-asg' % (role, env)), ('aws:autoscaling:groupName', '%s-%s' % (role, env))]
        else:
            tags = [('Name', '%s-%s-%03d' % (role, env, self.counter % 1000))]
        extras = [('Team', r.choice(TEAMS)), ('CostCenter', '%04d' % r.randint(1000, 9999)),
                  ('Owner', r.choice(OWNERS)), ('Description', 'a "quoted" \'value\' & <more>')]
        return (tags + [('Environment', env)] + (extras if r.random() < 0.03 else extras[:r.randint(1, 3)]))[:8]

    def instance(self, reservation_id, launch_index):
        r = self.rng
        itype, state = r.choices(TYPES, TYPE_WEIGHTS)[0], r.choices(STATES, STATE_WEIGHTS)[0]
        vpc, zone, spot = r.choice(self.vpcs), r.choice('abc'), r.random() < self.spot_ratio
        arch = 'arm64' if re.match(r'[a-z]+\dg', itype) else 'x86_64'
        public = state == 'running' and r.random() < 0.5
        return {'id': self.hexid('i-0'), 'reservation_id': reservation_id, 'launch_index': launch_index,
                'type': itype, 'state': state, 'az': self.region + zone, 'architecture': arch,
                'private_ip': '10.%d.%d.%d' % (r.randrange(256), r.randrange(256), r.randint(4, 254)),
                'public_ip': '%d.%d.%d.%d' % (r.choice([3, 18, 34, 44, 52, 54]), r.randrange(256),
                                              r.randrange(256), r.randint(1, 254)) if public else None,
                'launch_time': 1672531200 + r.randrange(80_000_000), 'spot': spot,
                'spot_request_id': 'sir-%08x' % r.getrandbits(32) if spot else None,
                'image_id': r.choice(self.images), 'key_name': r.choice(['ops-key', 'deploy', None]),
                'vpc_id': vpc, 'subnet_id': self.subnets[vpc, zone],
                'platform': 'windows' if r.random() < 0.05 and arch == 'x86_64' else None,
                'security_groups': [self.groups[0], r.choice(self.groups[1:])], 'tags': self.tags()}


def build_instances(account, region, spec):
    """Explicit `instances` first (missing fields filled in), then `generate` random ones in reservations of 1-3."""
    gen = Generator(spec.get('seed', 0), account, region, float(spec.get('spot_ratio', 0.1)))
    out = []
    for given in spec.get('instances', []):
        inst = {**gen.instance(gen.hexid('r-0'), 0), **given}
        if inst['state'] != 'running' and 'public_ip' not in given:
            inst['public_ip'] = None
        if isinstance(inst['tags'], dict):
            inst['tags'] = list(inst['tags'].items())
        inst['spot_request_id'] = inst['spot_request_id'] or 'sir-%08x' % gen.rng.getrandbits(32)
        out.append(inst)
    total = len(out) + int(spec.get('generate', 0))
    while len(out) < total:
        rid = gen.hexid('r-0')
        out += [gen.instance(rid, k) for k in range(min(gen.rng.randint(1, 3), total - len(out)))]
    return out


def instance_xml(i):
    """The DescribeInstances <item> of an instance (rendered once, then cached in the instance)."""
    if '_xml' in i:
        return i['_xml']
    region, ip, pub = i['az'][:-1], i['private_ip'], i.get('public_ip')
    private_dns = 'ip-%s.%s' % (ip.replace('.', '-'), 'ec2.internal' if region == 'us-east-1'
                                else region + '.compute.internal')
    public_dns = 'ec2-%s.%s.amazonaws.com' % (pub.replace('.', '-'), 'compute-1' if region == 'us-east-1'
                                               else region + '.compute') if pub else ''
    details = ('Windows', 'RunInstances:0002') if i.get('platform') == 'windows' else ('Linux/UNIX', 'RunInstances')
    launch = iso(i['launch_time'], millis=True) if isinstance(i['launch_time'], (int, float)) else i['launch_time']
    stopped = i['state'] in ('stopped', 'stopping', 'terminated')
    i['_xml'] = ''.join([
        '<item><instanceId>%s</instanceId><imageId>%s</imageId>' % (x(i['id']), x(i['image_id'])),
        '<instanceState><code>%d</code><name>%s</name></instanceState>' % (STATE_CODES[i['state']], i['state']),
        '<privateDnsName>%s</privateDnsName><dnsName>%s</dnsName>' % (private_dns, public_dns),
        '<reason>User initiated (2024-05-01 10:00:00 GMT)</reason>' if stopped else '<reason/>',
        '<keyName>%s</keyName>' % x(i['key_name']) if i.get('key_name') else '',
        '<amiLaunchIndex>%d</amiLaunchIndex><productCodes/><instanceType>%s</instanceType>'
        % (i.get('launch_index', 0), x(i['type'])),
        '<launchTime>%s</launchTime><placement><availabilityZone>%s</availabilityZone><groupName/>'
        '<tenancy>default</tenancy></placement>' % (launch, x(i['az'])),
        '<platform>windows</platform>' if i.get('platform') == 'windows' else '',
        '<monitoring><state>disabled</state></monitoring><subnetId>%s</subnetId><vpcId>%s</vpcId>'
        '<privateIpAddress>%s</privateIpAddress>' % (x(i['subnet_id']), x(i['vpc_id']), x(ip)),
        '<ipAddress>%s</ipAddress>' % x(pub) if pub else '',
        '<sourceDestCheck>true</sourceDestCheck><groupSet>%s</groupSet>' % ''.join(
            '<item><groupId>%s</groupId><groupName>%s</groupName></item>' % (x(g), x(n))
            for g, n in i['security_groups']),
        '<stateReason><code>Client.UserInitiatedShutdown</code><message>Client.UserInitiatedShutdown: User '
        'initiated shutdown</message></stateReason>' if stopped else '',
        '<architecture>%s</architecture><rootDeviceType>ebs</rootDeviceType><rootDeviceName>/dev/xvda'
        '</rootDeviceName><blockDeviceMapping><item><deviceName>/dev/xvda</deviceName><ebs><volumeId>vol-%s'
        '</volumeId><status>attached</status><attachTime>%s</attachTime><deleteOnTermination>true'
        '</deleteOnTermination></ebs></item></blockDeviceMapping>' % (i['architecture'], i['id'][2:], launch),
        '<instanceLifecycle>spot</instanceLifecycle><spotInstanceRequestId>%s</spotInstanceRequestId>'
        % x(i['spot_request_id']) if i.get('spot') else '',
        '<virtualizationType>hvm</virtualizationType><clientToken/><tagSet>%s</tagSet>' % ''.join(
            '<item><key>%s</key><value>%s</value></item>' % (x(k), x(v)) for k, v in i['tags']),
        '<hypervisor>xen</hypervisor><ebsOptimized>false</ebsOptimized><enaSupport>true</enaSupport>',
        '<platformDetails>%s</platformDetails><usageOperation>%s</usageOperation></item>' % details])
    return i['_xml']


# ------------------------------------------------------------------------------------------------------- actions

def members(params, prefix):
    """Values of EC2 list parameters PREFIX.1, PREFIX.2, ... in index order."""
    found = [(int(k[len(prefix) + 1:]), v) for k, v in params.items()
             if k.startswith(prefix + '.') and k[len(prefix) + 1:].isdigit()]
    return [v for _, v in sorted(found)]


FILTERS = {'instance-state-name': lambda i: [i['state']], 'instance-id': lambda i: [i['id']],
           'instance-type': lambda i: [i['type']], 'availability-zone': lambda i: [i['az']],
           'vpc-id': lambda i: [i['vpc_id']], 'tag-key': lambda i: [k for k, _ in i['tags']]}


def matches(inst, filters):
    for name, patterns in filters:
        values = [v for k, v in inst['tags'] if k == name[4:]] if name.startswith('tag:') else FILTERS[name](inst)
        if not any(fnmatch.fnmatchcase(v, p) for v in values for p in patterns):
            return False
    return True


def paginate(c, items):
    """(page, next_token) per EC2's MaxResults / NextToken; the token is base64 of JSON, bound to
    action/region/session."""
    start, t = decode_token(c, c.params.get('NextToken'), len(items), invalid_parameter)
    max_results = c.params.get('MaxResults')
    if max_results is None:
        return items[start:], None
    if not max_results.isdigit() or not 5 <= int(max_results) <= 1000:
        raise invalid_parameter('Value ( %s ) for parameter maxResults is invalid. Expecting a value greater than '
                                '5 and less than 1000.' % max_results)
    return next_page(c, items, start, int(max_results), t)


def decode_token(c, token, count, invalid):
    """(offset, decoded token) of a NextToken this fake issued for this action, region and session."""
    if not token:
        return 0, {}
    try:
        t = json.loads(base64.b64decode(token, validate=True))
        assert [t['a'], t['r'], t['s']] == [c.action, c.region, c.session_name] and 0 <= t['o'] <= count
        return t['o'], t
    except Exception:
        raise invalid('Unable to parse pagination token') from None


def next_page(c, items, start, size, t):
    end = start + size
    hostile = hostile_pagination(c)
    if hostile and hostile.get('mode') != 'decoy':
        # A broken or hostile endpoint: 'cycle' answers the second page with a token back to the first, so the
        # tokens repeat exactly (A, B, A, B, ...); 'endless' answers every page with a new token ('n' counts) to
        # the same page.
        if hostile.get('mode') == 'endless':
            nxt = {'o': start, 'n': t.get('n', 0) + 1}
        else:
            nxt = {'o': 0 if start > 0 else min(end, len(items)), 'back': start > 0}
        nxt.update({'a': c.action, 'r': c.region, 's': c.session_name})
        return items[start:end], base64.b64encode(json.dumps(nxt, sort_keys=True).encode()).decode()
    if end >= len(items):
        return items[start:], None
    nxt = json.dumps({'a': c.action, 'r': c.region, 's': c.session_name, 'o': end}).encode()
    return items[start:end], base64.b64encode(nxt).decode()


def select_instances(c, include=None):
    """The caller account's instances in the request's region, filtered (Filter.N, InstanceId.N), one page."""
    filters = [('instance-id', members(c.params, 'InstanceId'))] if members(c.params, 'InstanceId') else []
    for n in sorted({int(k.split('.')[1]) for k in c.params if re.fullmatch(r'Filter\.\d+\.Name', k)}):
        name = c.params['Filter.%d.Name' % n]
        if name not in FILTERS and not name.startswith('tag:'):
            raise invalid_parameter("The filter '%s' is invalid" % name)
        filters.append((name, members(c.params, 'Filter.%d.Value' % n)))
    insts = c.scenario.instances(c.principal['account'], c.region)
    if filters or include:
        insts = [i for i in insts if (not include or include(i)) and matches(i, filters)]
    return paginate(c, insts)


def allowed(principal, permission):
    return any(fnmatch.fnmatchcase(permission, p) for p in principal['allowed'])


def pseudo_id(prefix, text):
    """A stable IAM-style unique id (AIDA..., AROA...) derived from an ARN."""
    digest = hashlib.sha256(text.encode()).digest()
    return prefix + ''.join('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'[b % 32] for b in digest[:17])


def partition_of(region):
    """The partition a region belongs to (aws, aws-us-gov, aws-cn), as AWS routes by endpoint."""
    if region.startswith('us-gov-'):
        return 'aws-us-gov'
    return 'aws-cn' if region.startswith('cn-') else 'aws'


def partition_of_arn(arn):
    parts = arn.split(':')
    return parts[1] if len(parts) > 1 else ''


def get_caller_identity(c):
    p = c.principal
    return '<Arn>%s</Arn><UserId>%s</UserId><Account>%s</Account>' % (x(p['arn']), x(p['user_id']), x(p['account']))


def assume_role(c):
    arn, name = c.params.get('RoleArn', ''), c.params.get('RoleSessionName', '')
    if not arn or not re.fullmatch(r'[\w+=,.@-]{2,64}', name):
        raise AwsError(400, 'ValidationError', '1 validation error detected: RoleArn must be set and '
                       'RoleSessionName must be 2-64 characters of [\\w+=,.@-]')
    denied = AwsError(403, 'AccessDenied', 'User: %s is not authorized to perform: sts:AssumeRole on resource: %s'
                      % (c.principal['arn'], arn))
    role = c.scenario.roles.get(arn)
    if partition_of_arn(arn) != partition_of(c.region):
        role = None  # STS of one partition knows no role of another
    if not allowed(c.principal, 'sts:AssumeRole') or role is None:
        raise denied
    if c.sess.take(('role', arn), int(role.get('appears_after_attempts', 0))):
        raise denied  # the role "is still being created"
    given = c.params.get('ExternalId')
    if c.principal['account'] not in role.get('trusted_accounts', []) or \
            (role.get('external_id') is not None and given != role['external_id']) or \
            (role.get('external_id_like') is not None and
             (given is None or not fnmatch.fnmatchcase(given, role['external_id_like']))):
        raise denied
    duration = c.params.get('DurationSeconds', '3600')
    if not duration.isdigit() or int(duration) < 900:
        raise AwsError(400, 'ValidationError', "1 validation error detected: Value '%s' at 'durationSeconds' "
                       "failed to satisfy constraint: Member must have value greater than or equal to 900" % duration)
    if int(duration) > int(role.get('max_session_seconds', 3600)):
        raise AwsError(400, 'ValidationError',
                       'The requested DurationSeconds exceeds the MaxSessionDuration set for this role.')
    key, secret, token, expires, role_id, user_arn = issue_role_credentials(c.sess, c.scenario, arn, role, name,
                                                                            duration)
    return ('<Credentials><AccessKeyId>%s</AccessKeyId><SecretAccessKey>%s</SecretAccessKey><SessionToken>%s'
            '</SessionToken><Expiration>%s</Expiration></Credentials><AssumedRoleUser><AssumedRoleId>%s:%s'
            '</AssumedRoleId><Arn>%s</Arn></AssumedRoleUser><PackedPolicySize>6</PackedPolicySize>'
            % (key, x(secret), x(token), iso(expires), role_id, x(name), x(user_arn)))


def issue_role_credentials(sess, scenario, arn, role, name, duration):
    """Temporary credentials acting as `role` (arn) for session `name`, kept in `sess`: (key, secret, token,
    expires, role id, assumed-role arn)."""
    expires = int(scenario.now()) + int(scenario.data.get('issued_credentials_seconds') or duration)
    key = 'ASIA' + ''.join(secrets.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') for _ in range(16))
    secret = base64.b64encode(os.urandom(30)).decode()
    token = 'IQoJb3JpZ2luX2VjE' + base64.b64encode(os.urandom(300)).decode()
    role_id, account = pseudo_id('AROA', arn), arn.split(':')[4]
    user_arn = 'arn:%s:sts::%s:assumed-role/%s/%s' % (partition_of_arn(arn), account, arn.split('/')[-1], name)
    # issued_credentials_requests: the credentials expire after that many authenticated requests (a deterministic
    # expiry mid-discovery, whatever the machine's speed), besides their lifetime.
    uses = scenario.data.get('issued_credentials_requests')
    with sess.lock:
        sess.credentials[key] = {'secret': secret, 'token': token, 'expires': expires,
                                 'uses_left': int(uses) if uses is not None else None, 'principal': {
            'arn': user_arn, 'account': account, 'user_id': role_id + ':' + name,
            'allowed': role.get('allowed_actions', [])}}
    return key, secret, token, expires, role_id, user_arn


# ---------------------------------------------------------------- web identity and the IAM Identity Center portal

def is_web_identity_call(handler, body):
    """An STS AssumeRoleWithWebIdentity request (Query protocol, sent unsigned)."""
    if handler.command != 'POST' or handler.headers.get('X-Amz-Target'):
        return False
    return dict(parse_qsl(body.decode('utf-8', 'replace'))).get('Action') == 'AssumeRoleWithWebIdentity'


def log_unsigned(sess, handler, action, service, status, code, extra):
    entry = {'action': action, 'service': service, 'region': None, 'attempt': None,
             'invocation_id': handler.headers.get('amz-sdk-invocation-id'), 'access_key_id': None,
             'has_security_token': False, 'signed': 'Authorization' in handler.headers, 'status': status,
             'code': code, 'received': time.monotonic(), 'answered': time.monotonic(), **extra}
    with sess.lock:
        sess.log.append(entry)


def assume_role_with_web_identity(handler, scenario, session_name, body):
    """AssumeRoleWithWebIdentity: the role must list the token in its "web_identity_tokens"."""
    sess, request_id = REGISTRY.session(scenario.name, session_name), str(uuid.uuid4())
    params = dict(parse_qsl(body.decode('utf-8', 'replace'), keep_blank_values=True))
    arn, name, token = params.get('RoleArn', ''), params.get('RoleSessionName', ''), params.get('WebIdentityToken', '')
    try:
        if params.get('Version') != VERSIONS['sts']:
            raise AwsError(400, 'InvalidAction', 'Could not find operation AssumeRoleWithWebIdentity for version %s'
                           % params.get('Version'))
        if not arn or not token or not re.fullmatch(r'[\w+=,.@-]{2,64}', name):
            raise AwsError(400, 'ValidationError', '1 validation error detected: RoleArn, WebIdentityToken and '
                           'RoleSessionName (2-64 characters of [\\w+=,.@-]) must be set')
        role = scenario.roles.get(arn)
        if role is None or not role.get('web_identity_tokens'):
            raise AwsError(403, 'AccessDenied', 'Not authorized to perform sts:AssumeRoleWithWebIdentity')
        if token not in role['web_identity_tokens']:
            raise AwsError(400, 'InvalidIdentityToken', 'Couldn\'t retrieve verification key from your identity '
                           'provider')
        key, secret, session_token, expires, role_id, user_arn = issue_role_credentials(
            sess, scenario, arn, role, name, params.get('DurationSeconds', '3600'))
        status, code = 200, None
        xml = STS_OK.format('AssumeRoleWithWebIdentity', (
            '<Credentials><AccessKeyId>%s</AccessKeyId><SecretAccessKey>%s</SecretAccessKey><SessionToken>%s'
            '</SessionToken><Expiration>%s</Expiration></Credentials><SubjectFromWebIdentityToken>system:sa'
            '</SubjectFromWebIdentityToken><AssumedRoleUser><AssumedRoleId>%s:%s</AssumedRoleId><Arn>%s</Arn>'
            '</AssumedRoleUser><Provider>fakeaws</Provider><Audience>sts.amazonaws.com</Audience>'
            % (key, x(secret), x(session_token), iso(expires), role_id, x(name), x(user_arn))), request_id)
    except AwsError as e:
        status, code = e.status, e.code
        xml = STS_ERROR.format('Sender', x(e.code), x(e.message), request_id)
    log_unsigned(sess, handler, 'AssumeRoleWithWebIdentity', 'sts', status, code,
                 {'role_arn': arn, 'role_session_name': name, 'web_identity_token': token})
    handler.send(status, xml, 'text/xml', [('x-amzn-RequestId', request_id)])


def sso_get_role_credentials(handler, scenario, session_name):
    """The IAM Identity Center portal's GetRoleCredentials: GET .../federation/credentials?account_id&role_name
    with x-amz-sso_bearer_token one of the scenario's sso_portal.access_tokens, for one of its sso_portal.roles."""
    sess, request_id = REGISTRY.session(scenario.name, session_name), str(uuid.uuid4())
    params = dict(parse_qsl(urlsplit(handler.path).query, keep_blank_values=True))
    portal = scenario.data.get('sso_portal') or {}
    token = handler.headers.get('x-amz-sso_bearer_token')
    account, role_name = params.get('account_id', ''), params.get('role_name', '')
    try:
        if handler.command != 'GET':
            raise AwsError(405, 'InvalidRequestException', 'GetRoleCredentials is a GET')
        if not token or token not in portal.get('access_tokens', []):
            raise AwsError(401, 'UnauthorizedException', 'Session token not found or invalid')
        role = next((r for r in portal.get('roles', []) if r.get('account_id') == account and
                     r.get('role_name') == role_name), None)
        if role is None:
            raise AwsError(403, 'ForbiddenException', 'No access')
        arn = 'arn:aws:iam::%s:role/aws-reserved/sso.amazonaws.com/AWSReservedSSO_%s_0123456789abcdef' % (
            account, role_name)
        key, secret, session_token, expires, _, _ = issue_role_credentials(
            sess, scenario, arn, role, role.get('user', 'sso-user'), role.get('session_seconds', 3600))
        status, code = 200, None
        body = json.dumps({'roleCredentials': {'accessKeyId': key, 'secretAccessKey': secret,
                                               'sessionToken': session_token, 'expiration': expires * 1000}})
        headers = [('x-amzn-RequestId', request_id)]
    except AwsError as e:
        status, code = e.status, e.code
        body = json.dumps({'message': e.message})
        headers = [('x-amzn-RequestId', request_id), ('x-amzn-ErrorType', e.code)]
    log_unsigned(sess, handler, 'GetRoleCredentials', 'sso', status, code,
                 {'method': handler.command, 'query': params, 'bearer_token': token})
    handler.send(status, body, 'application/json', headers)


def describe_regions(c):
    names, every = members(c.params, 'RegionName'), c.params.get('AllRegions', '').lower() == 'true'
    return '<regionInfo>%s</regionInfo>' % ''.join(
        '<item><regionName>%s</regionName><regionEndpoint>ec2.%s.%s</regionEndpoint><optInStatus>%s'
        '</optInStatus></item>' % (x(r['name']), x(r['name']),
                                   'amazonaws.com.cn' if partition_of(r['name']) == 'aws-cn' else 'amazonaws.com',
                                   x(r.get('opt_in_status', 'opt-in-not-required')))
        for r in c.scenario.regions
        if (every or r.get('opt_in_status') != 'not-opted-in') and (not names or r['name'] in names)
        and partition_of(r['name']) == partition_of(c.region))  # each partition lists only its own regions


def hostile_pagination(c):
    """The scenario's hostile_pagination fault when it applies to this request's action and region, else {}."""
    hostile = c.scenario.faults.get('hostile_pagination') or {}
    if hostile and hostile.get('action', '*') in ('*', c.action) and c.region in hostile.get('regions', [c.region]):
        return hostile
    return {}


def next_token_xml(token, c=None):
    # 'decoy': the real token as usual, then an element nesting another <nextToken> at the end of the body (which a
    # client reading only the body's tail would take for the token).
    decoy = '<decoy><nextToken>decoy-token</nextToken></decoy>' if c and hostile_pagination(c).get('mode') == 'decoy' \
        else ''
    return ('<nextToken>%s</nextToken>' % x(token) if token else '') + decoy


def page_key(c, page):
    """Identifies a result page: the action, the caller's account and exactly which instances (the instance
    objects live as long as their scenario, which owns the cache)."""
    return c.action, c.principal['account'], tuple(map(id, page))


def describe_instances(c):
    page, token = select_instances(c)
    return Rendered(c.scenario.cached_page(page_key(c, page), lambda: render_instances(c, page)),
                    next_token_xml(token, c))


def render_instances(c, page):
    groups = []  # consecutive instances of one reservation share a reservationSet item
    for inst in page:
        if groups and groups[-1][0] == inst['reservation_id']:
            groups[-1][1].append(inst)
        else:
            groups.append((inst['reservation_id'], [inst]))
    return '<reservationSet>%s</reservationSet>%s' % (''.join(
        '<item><reservationId>%s</reservationId><ownerId>%s</ownerId><groupSet/><instancesSet>%s</instancesSet>'
        '</item>\n' % (x(rid), x(c.principal['account']), ''.join(map(instance_xml, insts)))
        for rid, insts in groups), '')


def describe_instance_status(c):
    every = c.params.get('IncludeAllInstances', '').lower() == 'true'
    page, token = select_instances(c, None if every else lambda i: i['state'] == 'running')
    return Rendered(c.scenario.cached_page(page_key(c, page), lambda: render_statuses(page)),
                    next_token_xml(token, c))


def render_statuses(page):
    ok = '<status>ok</status><details><item><name>reachability</name><status>passed</status></item></details>'
    return '<instanceStatusSet>%s</instanceStatusSet>%s' % (''.join(
        '<item><instanceId>%s</instanceId><availabilityZone>%s</availabilityZone><instanceState><code>%d</code>'
        '<name>%s</name></instanceState><systemStatus>%s</systemStatus><instanceStatus>%s</instanceStatus></item>\n'
        % ((x(i['id']), x(i['az']), STATE_CODES[i['state']], i['state']) +
           ((ok, ok) if i['state'] == 'running' else ('<status>not-applicable</status>',) * 2)) for i in page), '')


class Rendered:
    """A handler's result given as already-encoded UTF-8 bytes (cached) plus a short text suffix (nextToken)."""

    def __init__(self, data, suffix=''):
        self.data, self.suffix = data, suffix


def render_ok(service, action, result, request_id):
    """The success document: str for a str result, UTF-8 bytes for a Rendered one (no re-encoding of it)."""
    template = {'sts': STS_OK, 'rds': RDS_OK}.get(service, EC2_OK)
    if not isinstance(result, Rendered):
        return template.format(action, result, request_id)
    head, _, tail = template.partition('{1}')
    return b''.join([head.format(action, None, request_id).encode('utf-8'), result.data,
                     result.suffix.encode('utf-8'), tail.format(action, None, request_id).encode('utf-8')])


# --------------------------------------------------------------------------------------------------- RDS databases

DB_ENGINES = [('postgres', ['16.3', '15.7', '14.12']), ('mysql', ['8.0.36', '8.0.35']), ('mariadb', ['10.11.8']),
              ('aurora-postgresql', ['15.4', '16.1']), ('aurora-mysql', ['8.0.mysql_aurora.3.05.2']),
              ('sqlserver-se', ['15.00.4365.2.v1']), ('oracle-ee', ['19.0.0.0.ru-2024-04.rur-2024-04.r1'])]
DB_CLASSES = ['db.t3.micro', 'db.t4g.medium', 'db.m5.large', 'db.m6g.large', 'db.r6g.xlarge', 'db.r5.2xlarge']
DB_STATUSES, DB_STATUS_WEIGHTS = ['available', 'stopped', 'creating', 'modifying', 'backing-up'], [85, 8, 3, 2, 2]
DB_PORTS = {'postgres': 5432, 'aurora-postgresql': 5432, 'sqlserver-se': 1433, 'oracle-ee': 1521}


def database(rng, account, region, spec, n):
    """One generated database of (account, region): the spec's `engines` / `classes` / `storage_types` if given,
    `multi_az_ratio` (default 0.3), `aurora_ratio` (default 0.2: members of `aurora-<k>` clusters)."""
    aurora = rng.random() < float(spec.get('aurora_ratio', 0.2))
    engines = spec.get('engines') or [e for e, _ in DB_ENGINES if e.startswith('aurora') == aurora]
    engine = rng.choice(engines)
    versions = dict(DB_ENGINES).get(engine, ['1.0'])
    cls = rng.choice(spec.get('classes') or DB_CLASSES)
    env = rng.choice(['prod', 'staging', 'dev'])
    return {'identifier': '%s-%s-%04d' % (engine.split('-')[0], env, n), 'engine': engine,
            'engine_version': rng.choice(versions), 'class': cls,
            'status': rng.choices(DB_STATUSES, DB_STATUS_WEIGHTS)[0], 'az': region + rng.choice('abc'),
            'multi_az': not engine.startswith('aurora') and rng.random() < float(spec.get('multi_az_ratio', 0.3)),
            'storage_gb': 1 if engine.startswith('aurora') else rng.choice([20, 50, 100, 200, 500, 1000]),
            'storage_type': 'aurora' if engine.startswith('aurora') else rng.choice(
                spec.get('storage_types') or ['gp3', 'gp2', 'io1']),
            'create_time': 1672531200 + rng.randrange(80_000_000),
            'cluster': 'aurora-%d' % rng.randrange(3) if engine.startswith('aurora') else None,
            'tags': [('Name', 'db-%s-%04d' % (env, n)), ('Environment', env)] +
                    ([('Team', rng.choice(TEAMS))] if rng.random() < 0.5 else [])}


def build_databases(account, region, spec):
    """A region spec's `databases`: its `items` first (missing fields filled in), then `generate` random ones,
    deterministic for (seed, account, region)."""
    rng = random.Random('rds/%s/%s/%s' % (spec.get('seed', 0), account, region))
    out = []
    for n, given in enumerate(spec.get('items', [])):
        db = {**database(rng, account, region, spec, n), **given}
        aurora = db['engine'].startswith('aurora')
        if 'engine' in given and 'cluster' not in given:  # the filled-in fields follow the given engine
            db['cluster'] = (db['cluster'] or 'aurora-0') if aurora else None
        if 'engine' in given and 'storage_type' not in given:
            db['storage_type'] = 'aurora' if aurora else 'gp3'
        if 'engine' in given and 'storage_gb' not in given and aurora:
            db['storage_gb'] = 1
        if isinstance(db['tags'], dict):
            db['tags'] = list(db['tags'].items())
        out.append(db)
    for n in range(len(out), len(out) + int(spec.get('generate', 0))):
        out.append(database(rng, account, region, spec, n))
    for db in out:
        db.setdefault('resource_id', 'db-' + ''.join(rng.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')
                                                      for _ in range(26)))
    return out


def databases(scenario, account, region):
    """The databases of (account, region) (built once, cached), without those deleted over the control API."""
    with scenario._lock:
        if (account, region) not in scenario._databases:
            spec = scenario.data.get('accounts', {}).get(account, {}).get('regions', {}).get(region)
            if spec is None and scenario.organization:
                spec = scenario.organization.instance_spec(account, region)
            scenario._databases[account, region] = build_databases(account, region, (spec or {}).get('databases')
                                                                   or {})
        return [d for d in scenario._databases[account, region]
                if (account, region, d['identifier']) not in scenario.deleted_databases]


def delete_database(scenario_name, account, region, identifier):
    """Control API: the database disappears from every later DescribeDBInstances of the scenario."""
    scenario = REGISTRY.scenario(scenario_name)
    if scenario is None:
        return 404, 'fakeaws: unknown scenario %r\n' % scenario_name
    if not any(d['identifier'] == identifier for d in databases(scenario, account, region)):
        return 404, 'fakeaws: no database %r in %s/%s\n' % (identifier, account, region)
    with scenario._lock:
        scenario.deleted_databases.add((account, region, identifier))
    return 200, 'deleted %s\n' % identifier


def rds_denied_regions(c):
    """`faults.rds_denied_regions`: a list (every account) or {account: [regions]}: an SCP's explicit deny."""
    denied = c.scenario.faults.get('rds_denied_regions') or []
    return denied.get(c.principal['account'], []) if isinstance(denied, dict) else denied


def authorize_rds(c):
    regions = {r['name']: r.get('opt_in_status') for r in c.scenario.regions}
    if regions.get(c.region, 'not-opted-in') == 'not-opted-in':
        raise auth_error('rds', 'invalid')
    permission = 'rds:' + c.action
    resource = 'arn:%s:rds:%s:%s:db:*' % (partition_of(c.region), c.region, c.principal['account'])
    denied = 'User: %s is not authorized to perform: %s on resource: %s ' % (c.principal['arn'], permission, resource)
    if c.region in rds_denied_regions(c):
        raise AwsError(403, 'AccessDenied', denied + 'with an explicit deny in a service control policy')
    if not allowed(c.principal, permission):
        raise AwsError(403, 'AccessDenied', denied + 'because no identity-based policy allows the %s action'
                       % permission)


def db_instance_xml(d, account):
    region = d['az'][:-1] if d.get('az') else d.get('region', 'us-east-1')
    created = d['create_time'] if not isinstance(d.get('create_time'), (int, float)) else iso(d['create_time'],
                                                                                                millis=True)
    port = DB_PORTS.get(d['engine'], 3306)
    address = d.get('endpoint', '%s.c1a2b3c4d5e6.%s.rds.amazonaws.com' % (d['identifier'], region))
    return ''.join([
        '<DBInstance><DBInstanceIdentifier>%s</DBInstanceIdentifier>' % x(d['identifier']),
        '<DBInstanceClass>%s</DBInstanceClass><Engine>%s</Engine>' % (x(d['class']), x(d['engine'])),
        '<DBInstanceStatus>%s</DBInstanceStatus><MasterUsername>admin</MasterUsername>' % x(d['status']),
        '<Endpoint><Address>%s</Address><Port>%d</Port><HostedZoneId>Z2R2ITUGPM61AM</HostedZoneId></Endpoint>'
        % (x(address), port) if address and d['status'] != 'creating' else '',
        '<AllocatedStorage>%d</AllocatedStorage>' % int(d['storage_gb']),
        '<InstanceCreateTime>%s</InstanceCreateTime>' % x(created) if created and d['status'] != 'creating' else '',
        '<PreferredBackupWindow>03:00-03:30</PreferredBackupWindow><BackupRetentionPeriod>7</BackupRetentionPeriod>',
        '<DBSecurityGroups/><VpcSecurityGroups><VpcSecurityGroupMembership><VpcSecurityGroupId>sg-0123456789abcdef0'
        '</VpcSecurityGroupId><Status>active</Status></VpcSecurityGroupMembership></VpcSecurityGroups>',
        '<DBParameterGroups><DBParameterGroup><DBParameterGroupName>default.%s</DBParameterGroupName>'
        '<ParameterApplyStatus>in-sync</ParameterApplyStatus></DBParameterGroup></DBParameterGroups>' % x(d['engine']),
        '<AvailabilityZone>%s</AvailabilityZone>' % x(d['az']) if d.get('az') and d['status'] != 'creating' else '',
        '<DBSubnetGroup><DBSubnetGroupName>default</DBSubnetGroupName><SubnetGroupStatus>Complete'
        '</SubnetGroupStatus><Subnets/></DBSubnetGroup>',
        '<PendingModifiedValues/><MultiAZ>%s</MultiAZ><EngineVersion>%s</EngineVersion>'
        % ('true' if d['multi_az'] else 'false', x(d['engine_version'])),
        '<AutoMinorVersionUpgrade>true</AutoMinorVersionUpgrade><ReadReplicaDBInstanceIdentifiers/>',
        '<LicenseModel>%s</LicenseModel>' % ('postgresql-license' if 'postgres' in d['engine']
                                              else 'general-public-license'),
        '<OptionGroupMemberships><OptionGroupMembership><OptionGroupName>default:%s</OptionGroupName><Status>in-sync'
        '</Status></OptionGroupMembership></OptionGroupMemberships>' % x(d['engine'].replace('.', '-')),
        '<PubliclyAccessible>false</PubliclyAccessible><StorageType>%s</StorageType>' % x(d['storage_type']),
        '<DbInstancePort>0</DbInstancePort>',
        '<DBClusterIdentifier>%s</DBClusterIdentifier>' % x(d['cluster']) if d.get('cluster') else '',
        '<StorageEncrypted>true</StorageEncrypted><DbiResourceId>%s</DbiResourceId>' % x(d['resource_id']),
        '<CACertificateIdentifier>rds-ca-rsa2048-g1</CACertificateIdentifier><DomainMemberships/>',
        '<CopyTagsToSnapshot>true</CopyTagsToSnapshot><MonitoringInterval>0</MonitoringInterval>',
        '<DBInstanceArn>arn:%s:rds:%s:%s:db:%s</DBInstanceArn>' % (partition_of(region), x(region), x(account),
                                                                  x(d['identifier'])),
        '<IAMDatabaseAuthenticationEnabled>false</IAMDatabaseAuthenticationEnabled>',
        '<PerformanceInsightsEnabled>false</PerformanceInsightsEnabled><DeletionProtection>false'
        '</DeletionProtection><AssociatedRoles/>',
        '<TagList>%s</TagList>' % ''.join('<Tag><Key>%s</Key><Value>%s</Value></Tag>' % (x(k), x(v))
                                          for k, v in d['tags']),
        '<CustomerOwnedIpEnabled>false</CustomerOwnedIpEnabled><BackupTarget>region</BackupTarget>'
        '<NetworkType>IPV4</NetworkType><StorageThroughput>0</StorageThroughput>'
        '<CertificateDetails><CAIdentifier>rds-ca-rsa2048-g1</CAIdentifier><ValidTill>2025-12-01T00:00:00Z'
        '</ValidTill></CertificateDetails><DedicatedLogVolume>false</DedicatedLogVolume></DBInstance>\n'])


def describe_db_instances(c):
    """RDS DescribeDBInstances: MaxRecords 20..100 (default 100), Marker paging (tokens as EC2's, bound to action,
    region and session), DBInstanceIdentifier selects one database (DBInstanceNotFound if none)."""
    items = databases(c.scenario, c.principal['account'], c.region)
    if c.params.get('DBInstanceIdentifier'):
        items = [d for d in items if d['identifier'] == c.params['DBInstanceIdentifier']]
        if not items:
            raise AwsError(404, 'DBInstanceNotFound', 'DBInstance %s not found.' % c.params['DBInstanceIdentifier'])
    max_records = c.params.get('MaxRecords', '100')
    if not max_records.isdigit() or not 20 <= int(max_records) <= 100:
        raise invalid_parameter('Invalid value %s for MaxRecords. Must be between 20 and 100' % max_records)
    start, t = decode_token(c, c.params.get('Marker'), len(items), invalid_parameter)
    page, marker = next_page(c, items, start, int(max_records), t)
    return '<DBInstances>\n%s</DBInstances>%s' % (''.join(db_instance_xml(d, c.principal['account']) for d in page),
                                                 '<Marker>%s</Marker>' % x(marker) if marker else '')


def org_invalid_input(message, reason='INVALID_INPUT'):
    e = AwsError(400, 'InvalidInputException', message)
    e.extra = {'Reason': reason}
    return e


def org_paginate(c, items):
    """(page, next_token) per Organizations' MaxResults (1..20) / NextToken. Pages hold at most the organization's
    page_size items whatever MaxResults asks for, as AWS may return fewer than MaxResults."""
    org, max_results, token = c.scenario.organization, c.params.get('MaxResults'), c.params.get('NextToken')
    if max_results is not None and (type(max_results) is not int or not 1 <= max_results <= 20):
        raise org_invalid_input('You provided a value that does not match the required pattern or is outside the '
                                'allowed range: MaxResults must be 1..20.', 'INVALID_PATTERN')
    if token is not None and type(token) is not str:
        raise AwsError(400, 'SerializationException', 'NextToken must be a string')
    start, t = decode_token(c, token, len(items),
                            lambda m: org_invalid_input('The NextToken is not valid.', 'INVALID_NEXT_TOKEN'))
    return next_page(c, items, start, min(max_results or org.page_size, org.page_size), t)


def org_parent(c):
    parent = c.params.get('ParentId')
    if type(parent) is not str or not re.fullmatch(r'(r-[0-9a-z]{4,32})|(ou-[0-9a-z]{4,32}-[a-z0-9]{8,32})', parent):
        raise org_invalid_input('You specified an invalid value for ParentId.', 'INVALID_PARTY_TYPE_TARGET')
    if not c.scenario.organization.parent_exists(parent):
        raise AwsError(400, 'ParentNotFoundException', "We can't find a root or OU with the ParentId that you "
                       'specified.')
    return parent


def with_token(result, token):
    if token:
        result['NextToken'] = token
    return result


def describe_organization(c):
    org = c.scenario.organization
    return {'Organization': {
        'Id': org.id, 'Arn': org.arn, 'FeatureSet': 'ALL',
        'MasterAccountArn': 'arn:aws:organizations::%s:account/%s/%s' % (org.management, org.id, org.management),
        'MasterAccountId': org.management,
        'MasterAccountEmail': next(a['email'] for a in org.accounts if a['id'] == org.management),
        'AvailablePolicyTypes': [{'Type': 'SERVICE_CONTROL_POLICY', 'Status': 'ENABLED'}]}}


def list_accounts(c):
    org = c.scenario.organization
    page, token = org_paginate(c, org.accounts)
    return with_token({'Accounts': [org.account_json(a) for a in page]}, token)


def list_roots(c):
    org = c.scenario.organization
    roots = [{'Id': org.root, 'Arn': 'arn:aws:organizations::%s:root/%s/%s' % (org.management, org.id, org.root),
              'Name': 'Root', 'PolicyTypes': [{'Type': 'SERVICE_CONTROL_POLICY', 'Status': 'ENABLED'}]}]
    page, token = org_paginate(c, roots)
    return with_token({'Roots': page}, token)


def list_children(c):
    org, parent, kind = c.scenario.organization, org_parent(c), c.params.get('ChildType')
    if kind == 'ACCOUNT':
        children = [{'Id': a['id'], 'Type': 'ACCOUNT'} for a in org.accounts if a['parent'] == parent]
    elif kind == 'ORGANIZATIONAL_UNIT':
        children = [{'Id': ou['id'], 'Type': 'ORGANIZATIONAL_UNIT'} for ou in org.ous.values()
                    if ou.get('parent', org.root) == parent]
    else:
        raise AwsError(400, 'ValidationException', "1 validation error detected: Value '%s' at 'childType' failed to "
                       'satisfy constraint: Member must satisfy enum value set: [ACCOUNT, ORGANIZATIONAL_UNIT]' % kind)
    page, token = org_paginate(c, children)
    return with_token({'Children': page}, token)


def list_accounts_for_parent(c):
    org, parent = c.scenario.organization, org_parent(c)
    page, token = org_paginate(c, [a for a in org.accounts if a['parent'] == parent])
    return with_token({'Accounts': [org.account_json(a) for a in page]}, token)


def check_json_request(c, headers):
    """AWS JSON 1.1: the Organizations target prefix, a known action, its content type, a JSON object body."""
    if c.action not in ACTIONS or ACTIONS[c.action] != 'organizations' or \
            not headers.get('X-Amz-Target', '').startswith(ORG_TARGET_PREFIX):
        raise AwsError(400, 'UnknownOperationException', 'fakeaws: unknown operation %s' % c.action)
    if headers.get('Content-Type', '').split(';')[0].strip() != ORG_CONTENT_TYPE:
        raise AwsError(400, 'SerializationException', 'fakeaws: Content-Type must be %s' % ORG_CONTENT_TYPE)
    if not isinstance(c.params, dict):
        raise AwsError(400, 'SerializationException', 'fakeaws: the body must be a JSON object')


def authorize_organizations(c):
    """IAM first (AccessDeniedException), then: the caller's account must be in the organization
    (AWSOrganizationsNotInUseException), and only its management account may list (DescribeOrganization is open
    to every member, as in AWS)."""
    if not allowed(c.principal, 'organizations:' + c.action):
        raise AwsError(400, 'AccessDeniedException', "You don't have permissions to access this resource.")
    org, account = c.scenario.organization, c.principal['account']
    if org is None or account not in org.account_ids:
        raise AwsError(400, 'AWSOrganizationsNotInUseException', "Your account is not a member of an organization.")
    if account != org.management and c.action != 'DescribeOrganization':
        raise AwsError(400, 'AccessDeniedException', "You don't have permissions to access this resource. This "
                       "operation can be called only from the organization's management account.")


HANDLERS = {'GetCallerIdentity': get_caller_identity, 'AssumeRole': assume_role, 'DescribeRegions': describe_regions,
            'DescribeInstances': describe_instances, 'DescribeInstanceStatus': describe_instance_status,
            'DescribeOrganization': describe_organization, 'ListAccounts': list_accounts, 'ListRoots': list_roots,
            'ListChildren': list_children, 'ListAccountsForParent': list_accounts_for_parent,
            'DescribeDBInstances': describe_db_instances}


def authorize_ec2(c):
    regions = {r['name']: r.get('opt_in_status') for r in c.scenario.regions}
    if regions.get(c.region, 'not-opted-in') == 'not-opted-in':
        raise auth_error('ec2', 'invalid')  # what AWS answers in a region that is not enabled
    ok = allowed(c.principal, 'ec2:' + c.action) and not (
        c.action != 'DescribeRegions' and c.region in c.scenario.faults.get('denied_regions', []))
    if ok and c.params.get('DryRun', '').lower() == 'true':
        raise AwsError(412, 'DryRunOperation', 'Request would have succeeded, but DryRun flag is set.')
    if not ok:
        raise AwsError(403, 'UnauthorizedOperation', 'You are not authorized to perform this operation. User: %s '
                       'is not authorized to perform: ec2:%s on resource: *' % (c.principal['arn'], c.action))


def injected_fault(c, kind, key_extra=()):
    """The first `kind` rule that matches the action and still has budget in this session, else None."""
    for n, rule in enumerate(c.scenario.fault_rules(kind)):
        limit = rule.get('failures_per_invocation', 0) if kind == 'throttle' else rule.get('count', 1)
        if rule.get('action', '*') in ('*', c.action) and c.sess.take((kind, n) + key_extra, int(limit)):
            return rule
    return None


def apply_faults(c, invocation_id):
    hang = injected_fault(c, 'hang_ms')
    if hang:
        time.sleep(float(hang.get('ms', 0)) / 1000)
    rule = injected_fault(c, 'throttle', (invocation_id,))
    if rule:
        code = rule.get('code') or {'sts': 'Throttling', 'rds': 'Throttling',
                                    'organizations': 'TooManyRequestsException'}.get(
            c.service, 'RequestLimitExceeded')
        status = rule.get('status') or (503 if c.service == 'ec2' else 400)
    else:
        rule = injected_fault(c, 'errors')
        code = (rule or {}).get('code') or ('ServiceException' if c.service == 'organizations' else 'InternalError')
        status = (rule or {}).get('status', 500)
    if rule:
        raise AwsError(int(status), code, rule.get('message') or DEFAULT_MESSAGES.get(code, code))
    raw = injected_fault(c, 'error_bodies')
    if raw:
        raise RawAnswer(raw)


# ------------------------------------------------------------------------------------------------------ HTTP server

class Call:
    """One AWS request: scenario, session, params, action, service, region, principal."""


def parse_authorization(value):
    m = re.fullmatch(r'AWS4-HMAC-SHA256\s+(.*)', value.strip())
    parts = dict(p.strip().partition('=')[::2] for p in m.group(1).split(',')) if m else {}
    scope = parts.get('Credential', '').split('/')
    if len(scope) != 5 or scope[4] != 'aws4_request' or not parts.get('SignedHeaders') or not parts.get('Signature'):
        return None
    return {'key': scope[0], 'region': scope[2], 'service': scope[3], 'signed': parts['SignedHeaders'].split(';'),
            'signature': parts['Signature']}


class Verifier(SigV4Auth):
    """botocore's SigV4 computation over exactly the headers the request lists in SignedHeaders (botocore's own
    signer leaves out user-agent, expect and x-amzn-trace-id; a client may legitimately sign them)."""

    def headers_to_sign(self, request):
        return request.headers


class Handler(BaseHTTPRequestHandler):
    protocol_version = 'HTTP/1.1'
    timeout = 300
    skew = 0.0

    def setup(self):
        super().setup()
        # Headers and body go out in two writes: with Nagle's algorithm the body would wait for the client's
        # delayed ACK of the headers (~40 ms on Linux), added to every response on a kept-alive connection.
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def version_string(self):
        return 'fakeaws'

    def date_time_string(self, timestamp=None):
        return formatdate(time.time() + self.skew if timestamp is None else timestamp, usegmt=True)

    def send(self, status, body, content_type='text/plain; charset=utf-8', headers=(), truncate=False):
        data = body if isinstance(body, bytes) else body.encode('utf-8')
        self.send_response(status)
        for name, value in [('Content-Type', content_type), ('Content-Length', str(len(data)))] + list(headers):
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data[:len(data) // 2] if truncate else data)
        if truncate:
            self.close_connection = True
            self.connection.shutdown(socket.SHUT_RDWR)

    def do_request(self):
        self.skew = 0.0
        body = self.rfile.read(int(self.headers.get('Content-Length') or 0))
        path = urlsplit(self.path).path
        if path.startswith('/_fake/'):
            return self.control(path.split('/')[2:], body)
        parts = [p for p in path.split('/') if p]
        portal = len(parts) == 4 and parts[2:] == ['federation', 'credentials']
        if (len(parts) != 2 and not portal) or not all(NAME_RE.fullmatch(p) for p in parts[:2]):
            return self.send(404, 'fakeaws: POST to /<scenario>/<session>/\n')
        scenario = REGISTRY.scenario(parts[0])
        if scenario is None:
            return self.send(404, 'fakeaws: unknown scenario %r\n' % parts[0])
        if portal:
            return sso_get_role_credentials(self, scenario, parts[1])
        if is_web_identity_call(self, body):
            return assume_role_with_web_identity(self, scenario, parts[1], body)
        self.aws(scenario, parts[1], body)

    do_GET = do_POST = do_PUT = do_DELETE = do_request

    def control(self, parts, body):
        if self.command == 'GET' and parts == ['health']:
            return self.send(200, 'ok\n')
        if self.command == 'PUT' and len(parts) == 2 and parts[0] == 'scenarios' and NAME_RE.fullmatch(parts[1]):
            try:
                data = json.loads(body)
                assert isinstance(data, dict), 'a scenario is a JSON object'
                REGISTRY.put(parts[1], data)
            except Exception as e:
                return self.send(400, 'fakeaws: bad scenario: %s\n' % e)
            return self.send(200, 'registered %s\n' % parts[1])
        if self.command == 'GET' and len(parts) == 3 and parts[2] == 'log':
            sess = REGISTRY.session(parts[0], parts[1])
            with sess.lock:
                return self.send(200, json.dumps(sess.log, ensure_ascii=False), 'application/json')
        if self.command == 'DELETE' and len(parts) == 6 and parts[0] == 'scenarios' and parts[2] == 'databases':
            return self.send(*delete_database(parts[1], *parts[3:]))
        if self.command == 'DELETE' and len(parts) == 2:
            REGISTRY.reset(parts[0], parts[1])
            return self.send(200, 'reset\n')
        return self.send(404, 'fakeaws: unknown control request\n')

    def aws(self, scenario, session_name, body):
        c = Call()
        c.scenario, c.session_name, c.sess = scenario, session_name, REGISTRY.session(scenario.name, session_name)
        target = self.headers.get('X-Amz-Target')
        c.json, c.principal = target is not None, None
        if c.json:  # AWS JSON 1.1: the action in X-Amz-Target, the parameters a JSON object in the body
            c.action = target[len(ORG_TARGET_PREFIX):] if target.startswith(ORG_TARGET_PREFIX) else target
            try:
                c.params = json.loads(body.decode('utf-8')) if body.strip() else {}
            except ValueError:
                c.params = None
        else:
            c.params = dict(parse_qsl(urlsplit(self.path).query, keep_blank_values=True))
            c.params.update(parse_qsl(body.decode('utf-8', 'replace'), keep_blank_values=True))
            c.action = c.params.get('Action', '')
        auth = parse_authorization(self.headers.get('Authorization', ''))
        c.service = ACTIONS.get(c.action) or (auth['service'] if auth else 'unknown')
        if c.json and c.service != 'organizations':
            c.service = 'organizations'  # an unknown JSON target: answered in JSON
        c.region = auth['region'] if auth else None
        self.skew = scenario.skew
        headers = {}
        for name, value in self.headers.items():
            value = re.sub(r'Signature=[0-9A-Za-z]*', 'Signature=<redacted>', value)
            headers[name.lower()] = headers[name.lower()] + ', ' + value if name.lower() in headers else value
        attempt = re.search(r'attempt=(\d+)', self.headers.get('amz-sdk-request', ''))
        entry = {'action': c.action, 'service': c.service, 'region': c.region,
                 'attempt': int(attempt.group(1)) if attempt else None,
                 'invocation_id': self.headers.get('amz-sdk-invocation-id'),
                 'access_key_id': auth['key'] if auth else None,
                 'has_security_token': 'x-amz-security-token' in headers,
                 'dry_run': not c.json and c.params.get('DryRun', '').lower() == 'true', 'body_bytes': len(body),
                 'role_arn': c.params.get('RoleArn') if not c.json and c.action == 'AssumeRole' else None,
                 'headers': headers,
                 # Which connection carried it (the client's port) and whether its TLS session was resumed.
                 'client_port': self.client_address[1],
                 'tls_resumed': self.connection.session_reused if isinstance(self.connection, ssl.SSLSocket) else None,
                 'received': time.monotonic()}  # with 'answered' and 'sent': when the request was in the fake's hands
        request_id = str(uuid.uuid4())
        time.sleep(float(scenario.faults.get('latency_ms', 0)) / 1000)
        raw = None
        try:
            c.principal = self.authenticate(c, auth, body)
            if c.json:
                check_json_request(c, self.headers)
            elif c.action not in ACTIONS or c.service == 'organizations':
                raise AwsError(400, 'InvalidAction', 'The action %s is not valid for this web service.' % c.action)
            elif c.params.get('Version') != VERSIONS[c.service]:
                raise AwsError(400, 'InvalidAction', 'Could not find operation %s for version %s'
                               % (c.action, c.params.get('Version')))
            apply_faults(c, entry['invocation_id'])
            if c.service == 'ec2':
                authorize_ec2(c)
            elif c.service == 'rds':
                authorize_rds(c)
            elif c.service == 'organizations':
                authorize_organizations(c)
            status, code = 200, None
            if c.json:
                xml = json.dumps(HANDLERS[c.action](c), ensure_ascii=False)
            else:
                xml = render_ok(c.service, c.action, HANDLERS[c.action](c), request_id)
        except AwsError as e:
            raw = e if isinstance(e, RawAnswer) else None
            if c.json and e.code in JSON_AUTH_CODES:
                e.status, e.code = JSON_AUTH_CODES[e.code]
            status, code = e.status, e.code
            if c.json:
                xml = json.dumps({'__type': e.code, 'Message': e.message, **getattr(e, 'extra', {})})
            else:
                xml = {'sts': STS_ERROR, 'rds': RDS_ERROR}.get(c.service, EC2_ERROR).format(
                    'Receiver' if e.status >= 500 else 'Sender', x(e.code), x(e.message), request_id)
        truncate = bool(c.principal and injected_fault(c, 'truncate'))
        entry.update(status=status, code=code, answered=time.monotonic())
        with c.sess.lock:
            c.sess.log.append(entry)
        try:
            self.answer(c, status, code, xml, raw, request_id, truncate)
        finally:
            entry['sent'] = time.monotonic()  # the answer's last byte handed to the kernel (or the send failed)

    def answer(self, c, status, code, xml, raw, request_id, truncate):
        if raw is not None:
            self.send(raw.status, raw.body, raw.content_type, raw.headers, truncate)
        elif c.json:
            extra = [('x-amzn-RequestId', request_id)]
            if code:
                extra.append(('x-amzn-ErrorType', '%s:http://internal.amazon.com/coral/com.amazonaws.'
                                                  'awsorganizations.v20161128/' % code))
            self.send(status, xml, ORG_CONTENT_TYPE, extra, truncate)
        elif c.service in ('sts', 'rds'):
            self.send(status, xml, 'text/xml', [('x-amzn-RequestId', request_id)], truncate)
        else:
            self.send(status, xml, 'text/xml;charset=UTF-8', [], truncate)

    def authenticate(self, c, auth, body):
        """The principal (arn, account, user_id, allowed) of a correctly signed, current request; else AwsError."""
        if auth is None:
            if 'Authorization' not in self.headers:
                raise AwsError(403 if c.service == 'sts' else 401, 'MissingAuthenticationToken',
                               'Request is missing Authentication Token')
            raise AwsError(403, 'IncompleteSignature', 'Authorization header requires Credential, SignedHeaders '
                           'and Signature parameters')
        if auth['service'] != c.service:
            raise bad_signature("Credential should be scoped to correct service: '%s'. " % c.service)
        if 'host' not in auth['signed'] or 'x-amz-date' not in auth['signed']:
            raise AwsError(403, 'IncompleteSignature', 'fakeaws: SignedHeaders must include host and x-amz-date')
        if c.json and 'x-amz-target' not in auth['signed']:
            raise AwsError(403, 'IncompleteSignature', 'fakeaws: SignedHeaders must include x-amz-target')
        amz_date = self.headers.get('X-Amz-Date', '')
        try:
            signed_at = calendar.timegm(time.strptime(amz_date, '%Y%m%dT%H%M%SZ'))
        except ValueError:
            raise AwsError(403, 'IncompleteSignature', "Date must be in ISO-8601 'basic format'. Got '%s'."
                           % amz_date) from None
        if abs(signed_at - c.scenario.now()) > MAX_SKEW:
            raise AwsError(int(c.scenario.data.get('skew_error_status', 400)),
                           c.scenario.data.get('skew_error_code') or 'RequestTimeTooSkewed',
                           'The difference between the request time and the current time is too large.')
        token = self.headers.get('X-Amz-Security-Token')
        identity = c.scenario.identities.get(auth['key'])
        if identity:
            if token is not None:
                raise auth_error(c.service, 'invalid')  # a long-term key with a session token
            secret = identity['secret_access_key']
            principal = {'arn': identity['arn'], 'account': identity['account'],
                         'allowed': identity.get('allowed_actions', []),
                         'user_id': identity.get('user_id') or pseudo_id('AIDA', identity['arn'])}
        else:
            with c.sess.lock:
                issued = c.sess.credentials.get(auth['key'])
            if issued is None or token is None or not hmac.compare_digest(token, issued['token']):
                raise auth_error(c.service, 'invalid')
            if c.scenario.now() >= issued['expires']:
                raise auth_error(c.service, 'expired')
            with c.sess.lock:
                if issued['uses_left'] is not None:
                    if issued['uses_left'] <= 0:
                        raise auth_error(c.service, 'expired')
                    issued['uses_left'] -= 1
            secret, principal = issued['secret'], issued['principal']
        self.verify_signature(auth, secret, token, amz_date, body)
        if partition_of_arn(principal['arn']) != partition_of(auth['region']):
            raise auth_error(c.service, 'invalid')  # credentials of one partition are unknown in the others
        return principal

    def verify_signature(self, auth, secret, token, amz_date, body):
        """Rebuilds the request as botocore sees one and compares botocore's signature with the client's."""
        claimed = self.headers.get('X-Amz-Content-SHA256')
        if claimed and claimed != hashlib.sha256(body).hexdigest():
            raise bad_signature()
        scheme = 'https' if isinstance(self.connection, ssl.SSLSocket) else 'http'
        request = AWSRequest(self.command, '%s://%s%s' % (scheme, self.headers.get('Host', ''), self.path), data=body)
        for name in auth['signed']:
            for value in self.headers.get_all(name) or []:
                request.headers[name] = value
            if name not in request.headers:
                raise bad_signature()
        request.context['timestamp'] = amz_date
        signer = Verifier(Credentials(auth['key'], secret, token), auth['service'], auth['region'])
        expected = signer.signature(signer.string_to_sign(request, signer.canonical_request(request)), request)
        if not hmac.compare_digest(expected, auth['signature']):
            raise bad_signature()


class Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128

    def __init__(self, tls):
        self.tls = tls
        super().__init__(('127.0.0.1', 0), Handler)

    def server_bind(self):
        TCPServer.server_bind(self)  # without HTTPServer's reverse DNS lookup
        self.server_name, self.server_port = self.server_address[:2]

    def finish_request(self, request, client_address):
        if not self.tls:
            return super().finish_request(request, client_address)
        request.settimeout(10)
        conn = self.tls.wrap_socket(request, server_side=True)  # the TLS handshake, in the worker thread
        try:
            self.RequestHandlerClass(conn, client_address, self)
        finally:
            conn.close()

    def handle_error(self, request, client_address):
        error = sys.exc_info()[1]
        if not isinstance(error, OSError):  # ssl.SSLError and dropped connections are routine
            return super().handle_error(request, client_address)
        sys.stderr.write('fakeaws: connection from %s: %s\n' % (client_address, error))


# --------------------------------------------------------------------------------------------------------- commands

def make_certificates(d):
    """DIR/ca.pem signing DIR/server.pem (127.0.0.1 + localhost), and an unrelated DIR/other-ca.pem."""
    def openssl(*args):
        subprocess.run(['openssl', *args], check=True, capture_output=True, cwd=d)
    ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes']
    for ca in ('ca', 'other-ca'):
        openssl('req', '-x509', *ec, '-keyout', ca + '.key', '-out', ca + '.pem', '-days', '30',
                '-subj', '/O=Onramp tests/CN=fakeaws %s %s' % (ca, secrets.token_hex(4)),
                '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign')
    with open(os.path.join(d, 'server.ext'), 'w') as f:
        f.write('subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=critical,CA:FALSE\n'
                'keyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\n'
                'subjectKeyIdentifier=hash\nauthorityKeyIdentifier=keyid\n')
    openssl('req', *ec, '-keyout', 'server.key', '-out', 'server.csr', '-subj', '/O=Onramp tests/CN=localhost')
    openssl('x509', '-req', '-in', 'server.csr', '-CA', 'ca.pem', '-CAkey', 'ca.key', '-days', '30',
            '-set_serial', '0x' + secrets.token_hex(8), '-extfile', 'server.ext', '-out', 'server.pem')


def server_alive(pid, state_dir):
    """True if pid is a live (not zombie) `fakeaws.py serve` for state_dir."""
    try:
        with open('/proc/%d/cmdline' % pid, 'rb') as f:
            argv = f.read().split(b'\0')
        with open('/proc/%d/stat' % pid) as f:
            zombie = f.read().rpartition(')')[2].split()[0] in 'ZX'
    except (OSError, IndexError):
        return False
    return not zombie and b'serve' in argv and state_dir.encode() in argv and \
        any(a.endswith(b'fakeaws.py') for a in argv)


def stop_server(d):
    """Stops the server recorded in d (endpoint.json or, after a failed start, server.pid), if it still runs."""
    for name in ('endpoint.json', 'server.pid'):
        try:
            with open(os.path.join(d, name)) as f:
                pid = int(json.load(f)['pid'])
        except (OSError, ValueError, KeyError, TypeError):
            continue
        for sig in (signal.SIGTERM, signal.SIGKILL):
            if server_alive(pid, d):
                os.kill(pid, sig)
                deadline = time.time() + 3
                while server_alive(pid, d) and time.time() < deadline:
                    time.sleep(0.02)
    for name in ('endpoint.json', 'server.pid', 'ports.json'):
        if os.path.exists(os.path.join(d, name)):
            os.remove(os.path.join(d, name))


def write_json(path, data):
    with open(path + '.tmp', 'w') as f:
        json.dump(data, f, indent=2)
    os.replace(path + '.tmp', path)


def cmd_start(args):
    d = os.path.abspath(args.state_dir)
    os.makedirs(d, exist_ok=True)
    stop_server(d)
    make_certificates(d)
    with open(os.path.join(d, 'server.log'), 'ab') as log:
        proc = subprocess.Popen([sys.executable, os.path.abspath(__file__), 'serve', '--state-dir', d,
                                 '--scenario-dir', os.path.abspath(args.scenario_dir)], stdin=subprocess.DEVNULL,
                                stdout=log, stderr=log, start_new_session=True, cwd=d)
    write_json(os.path.join(d, 'server.pid'), {'pid': proc.pid})
    tls = ssl.create_default_context(cafile=os.path.join(d, 'ca.pem'))
    deadline = time.time() + 4
    while proc.poll() is None and time.time() < deadline:
        try:  # up when both ports answer, https with a certificate that verifies against ca.pem
            with open(os.path.join(d, 'ports.json')) as f:
                ports = json.load(f)
            for conn in (http.client.HTTPConnection('127.0.0.1', ports['http'], timeout=1),
                         http.client.HTTPSConnection('127.0.0.1', ports['https'], timeout=1, context=tls)):
                conn.request('GET', '/_fake/health')
                assert conn.getresponse().status == 200
                conn.close()
            break
        except (OSError, ValueError, KeyError, AssertionError, http.client.HTTPException):
            time.sleep(0.05)
    else:
        stop_server(d)
        with open(os.path.join(d, 'server.log'), errors='replace') as f:
            sys.stderr.write('fakeaws: the server did not come up; server.log ends:\n' + f.read()[-3000:])
        return 1
    write_json(os.path.join(d, 'endpoint.json'), {
        'https': 'https://127.0.0.1:%d' % ports['https'], 'http': 'http://127.0.0.1:%d' % ports['http'],
        'ca_bundle': os.path.join(d, 'ca.pem'), 'other_ca_bundle': os.path.join(d, 'other-ca.pem'), 'pid': proc.pid})
    print('fakeaws: https://127.0.0.1:%d http://127.0.0.1:%d pid %d' % (ports['https'], ports['http'], proc.pid))
    return 0


def cmd_stop(args):
    stop_server(os.path.abspath(args.state_dir))
    return 0


def cmd_serve(args):
    global REGISTRY
    d = os.path.abspath(args.state_dir)
    REGISTRY = Registry(os.path.abspath(args.scenario_dir))
    tls = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    tls.load_cert_chain(os.path.join(d, 'server.pem'), os.path.join(d, 'server.key'))
    tls.set_alpn_protocols(['http/1.1'])  # Qt offers h2 first; this server speaks HTTP/1.1 only
    servers = {'https': Server(tls), 'http': Server(None)}
    for server in servers.values():
        threading.Thread(target=server.serve_forever, daemon=True).start()
    write_json(os.path.join(d, 'ports.json'), {k: s.server_address[1] for k, s in servers.items()})
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    sys.stderr.write('fakeaws: pid %d serving %s\n' % (os.getpid(), {k: s.server_address for k, s in servers.items()}))
    while True:
        signal.pause()


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    sub = parser.add_subparsers(dest='command', required=True)
    for name in ('start', 'stop', 'serve'):
        p = sub.add_parser(name)
        p.add_argument('--state-dir', required=True)
        p.add_argument('--scenario-dir', default=os.path.join(HERE, 'scenarios'))
    args = parser.parse_args(argv)
    return {'start': cmd_start, 'stop': cmd_stop, 'serve': cmd_serve}[args.command](args)


if __name__ == '__main__':
    sys.exit(main())
