#!/usr/bin/python3
"""Self-test of fakeaws.py with botocore/boto3 clients: /usr/bin/python3 tests/fakeaws/selftest.py

Starts the fake in a temporary state dir (twice: the second start must stop the first), runs the checks, stops it
and checks that no server process is left. Prints "N passed, M failed"; exits non-zero on any failure.
"""
import base64
import http.client
import json
import os
import socket
import ssl
import subprocess
import sys
import tempfile
import time
import traceback
from email.utils import parsedate_to_datetime
from urllib.parse import urlencode

for _var in ('HTTP_PROXY', 'HTTPS_PROXY', 'ALL_PROXY', 'http_proxy', 'https_proxy', 'all_proxy'):
    os.environ.pop(_var, None)
os.environ['NO_PROXY'] = os.environ['no_proxy'] = '127.0.0.1,localhost'

import boto3  # noqa: E402
import botocore.retries.standard  # noqa: E402
from botocore.auth import SigV4Auth  # noqa: E402
from botocore.awsrequest import AWSRequest  # noqa: E402
from botocore.compat import HTTPHeaders  # noqa: E402
from botocore.config import Config  # noqa: E402
from botocore.credentials import Credentials  # noqa: E402
from botocore.exceptions import ClientError  # noqa: E402

# Retries are under test, not the waiting between them.
botocore.retries.standard.ExponentialBackoff.delay_amount = lambda self, context: 0.01

FAKE = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'fakeaws.py')
CONSOLE = ('AKIAONRAMPCONSOLE001', 'OnrampConsole/K7MDENG+bPxRfiCYEXAMPLEKEY')
CUSTOMER = ('AKIACUSTOMERDIRECT01', 'CustomerDirect/K7MDENG+bPxRfiCYEXAMPLEKY')
LIMITED = ('AKIALIMITEDUSER00001', 'LimitedUser000/K7MDENG+bPxRfiCYEXAMPLEKY')
ROLE = 'arn:aws:iam::111122223333:role/OnrampDiscoveryRole'
EXTERNAL_ID = 'onramp-5f0c8e1a-3b7d-4c2e-9a61-d2f4b8c0e7a3'
STS_CALL = {'Action': 'GetCallerIdentity', 'Version': '2011-06-15'}
ORG_ADMIN = ('AKIAORGMANAGEMENT001', 'OrgManagement0/K7MDENG+bPxRfiCYEXAMPLEKY')
ORG_MEMBER = ('AKIAORGMEMBERUSER001', 'OrgMemberUser0/K7MDENG+bPxRfiCYEXAMPLEKY')
ORG_NO_PERMISSION = ('AKIAORGNOPERMISSION1', 'OrgNoPermissn0/K7MDENG+bPxRfiCYEXAMPLEKY')
ORG_ACCOUNTS = ['111111111111', '222222222222', '333333333333', '444444444444', '555555555555', '666666666666']
EP = {}
TESTS = []


def test(fn):
    TESTS.append(fn)
    return fn


def expect(actual, wanted):
    assert actual == wanted, 'got %r, wanted %r' % (actual, wanted)


def client(service, scenario, session, creds, region='us-east-1', attempts=1, https=True, ca='ca_bundle'):
    return boto3.client(service, endpoint_url='%s/%s/%s/' % (EP['https' if https else 'http'], scenario, session),
                        verify=EP[ca], region_name=region, aws_access_key_id=creds[0],
                        aws_secret_access_key=creds[1], aws_session_token=creds[2] if len(creds) > 2 else None,
                        config=Config(retries={'mode': 'standard', 'total_max_attempts': attempts}))


def error_of(call, *args, **kwargs):
    """(code, status) of the ClientError the call must raise."""
    try:
        call(*args, **kwargs)
    except ClientError as e:
        return e.response['Error']['Code'], e.response['ResponseMetadata']['HTTPStatusCode']
    raise AssertionError('%s succeeded' % call.__name__)


def control(method, path, body=None):
    conn = http.client.HTTPConnection('127.0.0.1', int(EP['http'].rsplit(':', 1)[1]), timeout=30)
    conn.request(method, path, body)
    r = conn.getresponse()
    return r.status, r.read()


def request_log(scenario, session):
    return json.loads(control('GET', '/_fake/%s/%s/log' % (scenario, session))[1])


def put_scenario(name, scenario):
    expect(control('PUT', '/_fake/scenarios/' + name, json.dumps(scenario))[0], 200)


class SignEveryHeader(SigV4Auth):
    """botocore's signer without its skip list (user-agent, expect, x-amzn-trace-id), as a client may sign them."""

    def headers_to_sign(self, request):
        headers = HTTPHeaders()
        for name, value in request.headers.items():
            headers[name.lower()] = value
        return headers


def signed_post(scenario, session, creds, service, params, region='us-east-1', tamper=None, timeout=30,
                headers=None, signer=SigV4Auth):
    """Signs a Query request with botocore and POSTs it over https (optionally tampered with); (status, body)."""
    port = int(EP['https'].rsplit(':', 1)[1])
    body = urlencode(params).encode()
    req = AWSRequest('POST', 'https://127.0.0.1:%d/%s/%s/' % (port, scenario, session), data=body,
                     headers={'Host': '127.0.0.1:%d' % port, **(headers or {}),
                              'Content-Type': 'application/x-www-form-urlencoded; charset=utf-8'})
    signer(Credentials(*creds), service, region).add_auth(req)
    conn = http.client.HTTPSConnection('127.0.0.1', port, timeout=timeout,
                                       context=ssl.create_default_context(cafile=EP['ca_bundle']))
    conn.request('POST', '/%s/%s/' % (scenario, session), tamper(body) if tamper else body, dict(req.headers))
    r = conn.getresponse()
    return r.status, r.read()


def assume(scenario, session, **kwargs):
    c = client('sts', scenario, session, CONSOLE).assume_role(
        RoleArn=ROLE, RoleSessionName='selftest', **{'ExternalId': EXTERNAL_ID, **kwargs})['Credentials']
    return c['AccessKeyId'], c['SecretAccessKey'], c['SessionToken']


def instances(ec2, **kwargs):
    pages = list(ec2.get_paginator('describe_instances').paginate(**kwargs))
    assert all('NextToken' in p for p in pages[:-1]) and 'NextToken' not in pages[-1]
    return [i for p in pages for r in p['Reservations'] for i in r['Instances']]


@test
def identities_and_signatures():
    for https in (True, False):
        who = client('sts', 'basic', 'who', CONSOLE, https=https).get_caller_identity()
        expect((who['Arn'], who['Account']), ('arn:aws:iam::999988887777:user/onramp-console', '999988887777'))
        expect(who['ResponseMetadata']['HTTPHeaders']['x-amzn-requestid'], who['ResponseMetadata']['RequestId'])
    unknown = ('AKIAUNKNOWNKEY000000', 'x' * 40)
    expect(error_of(client('sts', 'basic', 'bad', (CONSOLE[0], 'x' * 40)).get_caller_identity),
           ('SignatureDoesNotMatch', 403))
    expect(error_of(client('sts', 'basic', 'bad', unknown).get_caller_identity), ('InvalidClientTokenId', 403))
    expect(error_of(client('ec2', 'basic', 'bad', unknown).describe_regions), ('AuthFailure', 401))
    expect(error_of(client('ec2', 'basic', 'bad', CONSOLE + ('token',)).describe_regions), ('AuthFailure', 401))
    # the same signed request, unchanged, with its body altered after signing, and signed for the wrong service
    expect(signed_post('basic', 'tamper', CONSOLE, 'sts', STS_CALL)[0], 200)
    status, body = signed_post('basic', 'tamper', CONSOLE, 'sts', STS_CALL, tamper=lambda b: b.replace(b'11', b'12'))
    expect((status, b'<Code>SignatureDoesNotMatch</Code>' in body), (403, True))
    status, body = signed_post('basic', 'tamper', CONSOLE, 'ec2', STS_CALL)
    expect((status, b'Credential should be scoped to correct service' in body), (403, True))
    # a client may sign user-agent (botocore's signer never does) and headers of its own
    status, _ = signed_post('basic', 'tamper', CONSOLE, 'sts', STS_CALL, signer=SignEveryHeader,
                            headers={'User-Agent': 'Onramp/1.0', 'amz-sdk-request': 'attempt=1; max=3'})
    expect(status, 200)
    assert 'user-agent;x-amz-date' in request_log('basic', 'tamper')[-1]['headers']['authorization']
    expect(signed_post('no-such-scenario', 's', CONSOLE, 'sts', STS_CALL)[0], 404)


@test
def assume_role():
    creds = assume('basic', 'role')
    assert creds[0].startswith('ASIA') and len(creds[0]) == 20 and len(creds[1]) == 40
    who = client('sts', 'basic', 'role', creds).get_caller_identity()
    expect(who['Arn'], 'arn:aws:sts::111122223333:assumed-role/OnrampDiscoveryRole/selftest')
    found = instances(client('ec2', 'basic', 'role', creds))
    expect(len(found), 5)
    tags = {t['Key']: t['Value'] for i in found for t in i['Tags'] if i['InstanceId'] == 'i-0a1b2c3d4e5f60718'}
    expect((tags['Team'], tags['Owner']), ('R&D <core> "α" \'β\'', 'José Müller'))
    assert client('ec2', 'basic', 'role', creds, region='eu-west-1').describe_instances()['Reservations']
    entry = request_log('basic', 'role')[-1]
    expect((entry['action'], entry['service'], entry['region'], entry['status'], entry['has_security_token']),
           ('DescribeInstances', 'ec2', 'eu-west-1', 200, True))
    assert entry['attempt'] == 1 and entry['invocation_id']
    assert 'Signature=<redacted>' in entry['headers']['authorization']
    expect(error_of(client('ec2', 'basic', 'other-session', creds).describe_regions), ('AuthFailure', 401))
    sts = client('sts', 'basic', 'deny', CONSOLE)
    for kwargs in ({'ExternalId': 'wrong'}, {'ExternalId': EXTERNAL_ID, 'RoleArn': ROLE.replace('Disc', 'Miss')}):
        expect(error_of(sts.assume_role, **{'RoleArn': ROLE, 'RoleSessionName': 'selftest', **kwargs}),
               ('AccessDenied', 403))
    expect(error_of(sts.assume_role, RoleArn=ROLE, RoleSessionName='selftest'), ('AccessDenied', 403))
    expect(error_of(client('sts', 'basic', 'deny', CUSTOMER).assume_role, RoleArn=ROLE, RoleSessionName='selftest',
                    ExternalId=EXTERNAL_ID), ('AccessDenied', 403))
    expect(error_of(assume, 'basic', 'deny', DurationSeconds=7200), ('ValidationError', 400))
    for _ in range(3):
        expect(error_of(assume, 'slow-role', 'r'), ('AccessDenied', 403))
    assume('slow-role', 'r')


@test
def expired_credentials():
    put_scenario('selftest-expiry', {'extends': 'basic', 'issued_credentials_seconds': 1})
    creds = assume('selftest-expiry', 'e')
    client('sts', 'selftest-expiry', 'e', creds).get_caller_identity()
    time.sleep(1.2)
    expect(error_of(client('sts', 'selftest-expiry', 'e', creds).get_caller_identity), ('ExpiredToken', 403))
    expect(error_of(client('ec2', 'selftest-expiry', 'e', creds).describe_regions), ('RequestExpired', 400))


@test
def pagination_cfn_2345():
    wanted = {'us-east-1': 1200, 'us-west-2': 600, 'eu-west-1': 345, 'ap-southeast-2': 150, 'eu-central-1': 50}
    regions = [r['RegionName'] for r in client('ec2', 'cfn-2345', 'p', CUSTOMER).describe_regions()['Regions']]
    expect(len(regions), 17)
    found = {r: instances(client('ec2', 'cfn-2345', 'p', CUSTOMER, region=r), PaginationConfig={'PageSize': 1000})
             for r in regions}
    expect({r: len(f) for r, f in found.items() if f}, wanted)
    expect(len({i['InstanceId'] for f in found.values() for i in f}), 2345)
    ec2 = client('ec2', 'cfn-2345', 'p', CUSTOMER, region='eu-west-1')
    running = len(instances(ec2, Filters=[{'Name': 'instance-state-name', 'Values': ['running']}]))
    assert 200 < running < 345, running
    statuses = ec2.get_paginator('describe_instance_status').paginate(PaginationConfig={'PageSize': 100})
    expect(sum(len(p['InstanceStatuses']) for p in statuses), running)
    expect(len(ec2.describe_instance_status(IncludeAllInstances=True, MaxResults=1000)['InstanceStatuses']), 345)
    expect(error_of(ec2.describe_instances, MaxResults=3), ('InvalidParameterValue', 400))
    expect(error_of(ec2.describe_instances, NextToken='garbage'), ('InvalidParameterValue', 400))
    token = ec2.describe_instances(MaxResults=5)['NextToken']
    expect(error_of(client('ec2', 'cfn-2345', 'p2', CUSTOMER, region='eu-west-1').describe_instances,
                    NextToken=token, MaxResults=5), ('InvalidParameterValue', 400))


@test
def dry_run_and_denials():
    expect(error_of(client('ec2', 'basic', 'dry', CUSTOMER).describe_instances, DryRun=True), ('DryRunOperation', 412))
    limited = client('ec2', 'basic', 'dry', LIMITED)
    expect(error_of(limited.describe_instances, DryRun=True), ('UnauthorizedOperation', 403))
    expect(error_of(limited.describe_instances), ('UnauthorizedOperation', 403))
    expect(error_of(limited.describe_regions, DryRun=True), ('DryRunOperation', 412))
    expect([e['dry_run'] for e in request_log('basic', 'dry')], [True, True, False, True])
    expect(error_of(client('ec2', 'denied-region', 'd', CUSTOMER, region='ap-south-1').describe_instances),
           ('UnauthorizedOperation', 403))
    expect(len(instances(client('ec2', 'denied-region', 'd', CUSTOMER))), 20)
    ec2 = client('ec2', 'zero-instances', 'z', CUSTOMER)
    expect((ec2.describe_instances()['Reservations'], ec2.describe_instance_status()['InstanceStatuses']), ([], []))


@test
def throttling_and_5xx():
    expect(error_of(client('ec2', 'throttle-storm', 't', CUSTOMER).describe_regions), ('RequestLimitExceeded', 503))
    expect(error_of(client('sts', 'throttle-storm', 't', CONSOLE).get_caller_identity), ('Throttling', 400))
    client('ec2', 'throttle-storm', 't', CUSTOMER, attempts=3).describe_regions()
    last = request_log('throttle-storm', 't')[-3:]
    expect([(e['attempt'], e['status']) for e in last], [(1, 503), (2, 503), (3, 200)])
    expect(len({e['invocation_id'] for e in last}), 1)
    expect(error_of(client('ec2', 'throttle-3', 't', CUSTOMER, attempts=3).describe_regions),
           ('RequestLimitExceeded', 503))
    expect([e['attempt'] for e in request_log('throttle-3', 't')], [1, 2, 3])
    sts = client('sts', 'burst-5xx', 'b', CONSOLE)
    expect([error_of(sts.get_caller_identity) for _ in range(3)],
           [('InternalError', 500), ('InternalError', 500), ('Unavailable', 503)])
    sts.get_caller_identity()
    control('DELETE', '/_fake/burst-5xx/b')
    expect(request_log('burst-5xx', 'b'), [])
    expect(error_of(sts.get_caller_identity), ('InternalError', 500))


@test
def clock_skew():
    for service, call in (('sts', 'get_caller_identity'), ('ec2', 'describe_regions')):
        try:
            getattr(client(service, 'skew', 's', CONSOLE), call)()
            raise AssertionError('no skew error')
        except ClientError as e:
            meta = e.response['ResponseMetadata']
            expect((e.response['Error']['Code'], meta['HTTPStatusCode']), ('RequestTimeTooSkewed', 400))
            offset = parsedate_to_datetime(meta['HTTPHeaders']['date']).timestamp() - time.time()
            assert abs(offset - 900) < 5, offset


@test
def tls_and_control_api():
    try:
        client('sts', 'basic', 'tls', CONSOLE, ca='other_ca_bundle').get_caller_identity()
        raise AssertionError('the wrong CA was accepted')
    except Exception as e:  # botocore.exceptions.SSLError
        assert 'certificate verify failed' in str(e), e
    expect(control('PUT', '/_fake/scenarios/broken', b'{not json')[0], 400)
    expect(control('GET', '/_fake/no/such/thing/here')[0], 404)


@test
def hang_and_truncate_faults():
    put_scenario('selftest-faults', {'extends': 'basic', 'faults': {
        'hang_ms': {'action': 'GetCallerIdentity', 'ms': 1500, 'count': 1},
        'truncate': {'action': 'DescribeRegions', 'count': 1}}})
    try:
        signed_post('selftest-faults', 'f', CONSOLE, 'sts', STS_CALL, timeout=0.5)
        raise AssertionError('no hang')
    except socket.timeout:
        pass
    expect(signed_post('selftest-faults', 'f', CONSOLE, 'sts', STS_CALL)[0], 200)
    regions = {'Action': 'DescribeRegions', 'Version': '2016-11-15'}
    try:
        signed_post('selftest-faults', 'f', CUSTOMER, 'ec2', regions)
        raise AssertionError('no truncation')
    except http.client.IncompleteRead:
        pass
    expect(signed_post('selftest-faults', 'f', CUSTOMER, 'ec2', regions)[0], 200)


@test
def large_pages_are_fast():
    put_scenario('selftest-100k', {'extends': 'basic', 'accounts': {
        '111122223333': {'regions': {'us-east-1': {'generate': 100000}}}}})
    params = {'Action': 'DescribeInstances', 'Version': '2016-11-15', 'MaxResults': '1000'}
    t0 = time.monotonic()
    status, body = signed_post('selftest-100k', 'p', CUSTOMER, 'ec2', params)
    print('      100k instances generated, first page served in %.2f s' % (time.monotonic() - t0))
    times = []
    for _ in range(3):
        params['NextToken'] = body.split(b'<nextToken>')[1].split(b'</nextToken>')[0].decode()
        t0 = time.monotonic()
        status, body = signed_post('selftest-100k', 'p', CUSTOMER, 'ec2', params)
        times.append(time.monotonic() - t0)
        expect((status, body.count(b'<instanceId>')), (200, 1000))
    print('      next 1000-instance pages in %s s (new connection, TLS, signing included)'
          % ', '.join('%.3f' % t for t in times))
    assert sorted(times)[1] < 0.1, times  # the median, as a busy build machine may stall one
    expect(json.loads(base64.b64decode(params['NextToken']))['o'], 3000)


def databases(rds, **kwargs):
    pages = list(rds.get_paginator('describe_db_instances').paginate(**kwargs))
    assert all('Marker' in p for p in pages[:-1]) and 'Marker' not in pages[-1]
    return pages, [d for p in pages for d in p['DBInstances']]


@test
def rds_databases_paging_and_fields():
    pages, dbs = databases(client('rds', 'rds-many', 'p', CUSTOMER), PaginationConfig={'PageSize': 100})
    expect([len(p['DBInstances']) for p in pages], [100, 100, 50])
    expect(len({d['DBInstanceIdentifier'] for d in dbs}), 250)
    expect(dbs, databases(client('rds', 'rds-many', 'p2', CUSTOMER))[1])  # deterministic; default MaxRecords 100
    aurora = [d for d in dbs if d['Engine'].startswith('aurora')]
    assert aurora and all(d['DBClusterIdentifier'] and d['StorageType'] == 'aurora' for d in aurora)
    _, eu = databases(client('rds', 'rds-many', 'p', CUSTOMER, region='eu-west-1'))
    expect({d['Engine'] for d in eu} <= {'postgres', 'mysql'}, True)
    rds = client('rds', 'basic', 'fields', assume('basic', 'fields'))
    orders, aurora, creating = rds.describe_db_instances(MaxRecords=20)['DBInstances']
    expect((orders['DBInstanceIdentifier'], orders['Engine'], orders['EngineVersion'], orders['DBInstanceClass'],
            orders['MultiAZ'], orders['AllocatedStorage'], orders['StorageType'], orders['DbiResourceId'],
            orders['DBInstanceArn'], orders['Endpoint']['Address'], orders['InstanceCreateTime'].isoformat()),
           ('orders-db', 'postgres', '16.3', 'db.m6g.large', True, 200, 'gp3', 'db-ORDERSDB0ABCDEFGHIJKLMNOPQ',
            'arn:aws:rds:us-east-1:111122223333:db:orders-db', 'orders-db.c1a2b3c4d5e6.us-east-1.rds.amazonaws.com',
            '2024-02-01T09:30:00.123000+00:00'))
    expect(orders['TagList'][2], {'Key': 'Team', 'Value': 'R&D <core> "α" \'β\''})
    expect((aurora['DBClusterIdentifier'], aurora['StorageType']), ('reports-cluster', 'aurora'))
    expect(('Endpoint' in creating, 'InstanceCreateTime' in creating, creating['TagList']), (False, False, []))
    expect(error_of(rds.describe_db_instances, MaxRecords=19), ('InvalidParameterValue', 400))
    expect(error_of(rds.describe_db_instances, MaxRecords=101), ('InvalidParameterValue', 400))
    expect(error_of(rds.describe_db_instances, Marker='bm90IG91cnM='), ('InvalidParameterValue', 400))
    expect(error_of(rds.describe_db_instances, DBInstanceIdentifier='nope'), ('DBInstanceNotFound', 404))
    expect(request_log('basic', 'fields')[-1]['service'], 'rds')


@test
def rds_denials_throttling_and_deletion():
    old = client('rds', 'rds-old-role', 'o', assume('rds-old-role', 'o'))
    try:
        old.describe_db_instances()
        raise AssertionError('rds-old-role allowed DescribeDBInstances')
    except ClientError as e:
        expect((e.response['Error']['Code'], e.response['Error']['Type']), ('AccessDenied', 'Sender'))
        assert 'no identity-based policy allows the rds:DescribeDBInstances' in e.response['Error']['Message']
    expect(len(instances(client('ec2', 'rds-old-role', 'o', assume('rds-old-role', 'o')))), 5)
    scp = client('rds', 'rds-scp-denied', 's', CUSTOMER, region='eu-west-1')
    try:
        scp.describe_db_instances()
        raise AssertionError('SCP-denied region allowed')
    except ClientError as e:
        assert 'explicit deny in a service control policy' in e.response['Error']['Message']
    expect(len(client('rds', 'rds-scp-denied', 's', CUSTOMER).describe_db_instances()['DBInstances']), 3)
    expect(error_of(client('rds', 'throttle-storm', 't', CUSTOMER).describe_db_instances), ('Throttling', 400))
    expect(len(client('rds', 'throttle-storm', 't2', CUSTOMER, attempts=3).describe_db_instances()['DBInstances']), 3)
    put_scenario('rds-deletion', {'extends': 'basic'})
    rds = client('rds', 'rds-deletion', 'd', CUSTOMER)
    expect(len(rds.describe_db_instances()['DBInstances']), 3)
    path = '/_fake/scenarios/rds-deletion/databases/111122223333/us-east-1/'
    expect(control('DELETE', path + 'orders-db')[0], 200)
    expect(control('DELETE', path + 'orders-db')[0], 404)
    expect([d['DBInstanceIdentifier'] for d in rds.describe_db_instances()['DBInstances']],
           ['reports-aurora-1', 'scratch-mysql'])
    org = json.load(open(os.path.join(os.path.dirname(FAKE), 'scenarios', 'org-basic.json')))['organization']
    put_scenario('rds-org', {'extends': 'org-basic', 'organization': {
        **org, 'generate_accounts': {'count': 2, 'databases_per_region': {'us-west-2': 21}},
        'member_role': {**org['member_role'], 'without_rds_in': ['200000000000']}}})

    def member_rds(account):
        c = client('sts', 'rds-org', 'm', CONSOLE).assume_role(
            RoleArn='arn:aws:iam::%s:role/OnrampDiscoveryRole' % account, RoleSessionName='rds',
            ExternalId='onramp-org-1')['Credentials']
        return client('rds', 'rds-org', 'm', (c['AccessKeyId'], c['SecretAccessKey'], c['SessionToken']),
                      region='us-west-2')
    expect(len(databases(member_rds('200000000001'))[1]), 21)
    expect(error_of(member_rds('200000000000').describe_db_instances), ('AccessDenied', 403))


def org_post(scenario, session, creds, action, params, sign_target=True, content_type='application/x-amz-json-1.1',
             secret=None):
    """Signs an AWS JSON 1.1 Organizations request with botocore and POSTs it over https; (status, headers, json)."""
    port = int(EP['https'].rsplit(':', 1)[1])
    body = json.dumps(params).encode()
    headers = {'Host': '127.0.0.1:%d' % port, 'Content-Type': content_type}
    target = {'X-Amz-Target': 'AWSOrganizationsV20161128.' + action}
    req = AWSRequest('POST', 'https://127.0.0.1:%d/%s/%s/' % (port, scenario, session), data=body,
                     headers={**headers, **(target if sign_target else {})})
    SigV4Auth(Credentials(creds[0], secret or creds[1], *creds[2:]), 'organizations', 'us-east-1').add_auth(req)
    conn = http.client.HTTPSConnection('127.0.0.1', port, timeout=30,
                                       context=ssl.create_default_context(cafile=EP['ca_bundle']))
    conn.request('POST', '/%s/%s/' % (scenario, session), body, {**dict(req.headers), **target})
    r = conn.getresponse()
    return r.status, {k.lower(): v for k, v in r.getheaders()}, json.loads(r.read() or b'null')


def org_scenario(**changes):
    """org-basic's data with the organization's keys changed."""
    with open(os.path.join(os.path.dirname(FAKE), 'scenarios', 'org-basic.json')) as f:
        data = json.load(f)
    data['organization'].update(changes)
    return data


@test
def organizations_listing():
    org = client('organizations', 'org-basic', 'list', ORG_ADMIN)
    o = org.describe_organization()['Organization']
    expect((o['Id'], o['MasterAccountId'], o['FeatureSet']), ('o-a1b2c3d4e5', '111111111111', 'ALL'))
    pages = list(org.get_paginator('list_accounts').paginate())
    expect([len(p['Accounts']) for p in pages], [2, 2, 2])  # the organization's page_size is 2
    accounts = [a for p in pages for a in p['Accounts']]
    expect([a['Id'] for a in accounts], ORG_ACCOUNTS)
    expect({a['Id']: a['Status'] for a in accounts}['555555555555'], 'SUSPENDED')
    expect(accounts[1]['Arn'], 'arn:aws:organizations::111111111111:account/o-a1b2c3d4e5/222222222222')
    one = list(org.get_paginator('list_accounts').paginate(PaginationConfig={'PageSize': 1}))
    expect(len(one), 6)
    expect([r['Id'] for r in org.list_roots()['Roots']], ['r-a1b2'])

    def children(parent, kind):
        return [c['Id'] for p in org.get_paginator('list_children').paginate(ParentId=parent, ChildType=kind)
                for c in p['Children']]
    expect(children('r-a1b2', 'ORGANIZATIONAL_UNIT'), ['ou-a1b2-prod0001', 'ou-a1b2-sandbox1'])
    expect(children('ou-a1b2-prod0001', 'ORGANIZATIONAL_UNIT'), ['ou-a1b2-prodeu01'])
    expect(children('ou-a1b2-prod0001', 'ACCOUNT'), ['222222222222', '666666666666'])
    expect(children('r-a1b2', 'ACCOUNT'), ['111111111111', '555555555555'])
    expect([a['Id'] for p in org.get_paginator('list_accounts_for_parent').paginate(ParentId='ou-a1b2-prodeu01')
            for a in p['Accounts']], ['333333333333'])
    log = request_log('org-basic', 'list')
    expect({(e['service'], e['region'], e['status']) for e in log}, {('organizations', 'us-east-1', 200)})
    expect(log[0]['action'], 'DescribeOrganization')
    assert 'x-amz-target' in log[0]['headers']['authorization'], log[0]['headers']['authorization']
    status, headers, body = org_post('org-basic', 'raw', ORG_ADMIN, 'ListAccounts', {'MaxResults': 20})
    expect((status, headers['content-type'], len(body['Accounts'])), (200, 'application/x-amz-json-1.1', 2))
    status, _, body = org_post('org-basic', 'raw', ORG_ADMIN, 'ListAccounts', {'NextToken': body['NextToken']})
    expect([a['Id'] for a in body['Accounts']], ORG_ACCOUNTS[2:4])


@test
def organizations_errors():
    def err(status_headers_body):
        status, headers, body = status_headers_body
        expect(headers.get('x-amzn-errortype', '').split(':')[0], body['__type'])
        return status, body['__type']
    expect(err(org_post('org-basic', 'e', ORG_ADMIN, 'ListAccounts', {'MaxResults': 21})),
           (400, 'InvalidInputException'))
    expect(err(org_post('org-basic', 'e', ORG_ADMIN, 'ListAccounts', {'NextToken': 'bm90IGEgdG9rZW4='})),
           (400, 'InvalidInputException'))
    expect(err(org_post('org-basic', 'e', ORG_ADMIN, 'ListChildren', {'ParentId': 'ou-a1b2-nosuch00',
                                                                      'ChildType': 'ACCOUNT'})),
           (400, 'ParentNotFoundException'))
    expect(err(org_post('org-basic', 'e', ORG_ADMIN, 'ListAccounts', {}, secret='x' * 40)),
           (400, 'InvalidSignatureException'))
    expect(err(org_post('org-basic', 'e', ORG_ADMIN, 'ListAccounts', {}, sign_target=False)),
           (400, 'IncompleteSignatureException'))
    expect(err(org_post('org-basic', 'e', ORG_ADMIN, 'ListAccounts', {}, content_type='application/json')),
           (400, 'SerializationException'))
    expect(err(org_post('org-basic', 'e', ORG_ADMIN, 'CreateAccount', {})), (400, 'UnknownOperationException'))
    expect(error_of(client('organizations', 'org-basic', 'e', ORG_NO_PERMISSION).list_accounts),
           ('AccessDeniedException', 400))
    member = client('organizations', 'org-basic', 'e', ORG_MEMBER)
    expect(member.describe_organization()['Organization']['MasterAccountId'], '111111111111')
    expect(error_of(member.list_accounts), ('AccessDeniedException', 400))
    expect(error_of(member.list_roots), ('AccessDeniedException', 400))
    put_scenario('selftest-no-org', {'extends': 'org-basic', 'organization': None})
    expect(error_of(client('organizations', 'selftest-no-org', 'e', ORG_ADMIN).describe_organization),
           ('AWSOrganizationsNotInUseException', 400))
    put_scenario('selftest-org-faults', {'extends': 'org-basic', 'faults': {
        'throttle': {'action': 'ListAccounts', 'failures_per_invocation': 2},
        'errors': {'action': 'ListRoots', 'count': 1}}})
    org = client('organizations', 'selftest-org-faults', 'f', ORG_ADMIN)
    expect(error_of(org.list_accounts), ('TooManyRequestsException', 400))
    client('organizations', 'selftest-org-faults', 'f2', ORG_ADMIN, attempts=3).list_accounts()
    expect([(e['attempt'], e['code']) for e in request_log('selftest-org-faults', 'f2')],
           [(1, 'TooManyRequestsException'), (2, 'TooManyRequestsException'), (3, None)])
    expect(error_of(org.list_roots), ('ServiceException', 500))
    org.list_roots()
    put_scenario('selftest-org-hostile', {'extends': 'org-basic', 'faults': {
        'hostile_pagination': {'mode': 'cycle', 'action': 'ListAccounts'}}})
    tokens, params = [], {}
    for _ in range(4):
        status, _, body = org_post('selftest-org-hostile', 'h', ORG_ADMIN, 'ListAccounts', params)
        tokens.append(body['NextToken'])
        params = {'NextToken': body['NextToken']}
    expect((tokens[0] == tokens[2], tokens[1] == tokens[3], tokens[0] != tokens[1]), (True, True, True))


@test
def organizations_member_roles():
    sts = client('sts', 'org-basic', 'roles', CONSOLE)

    def assume_in(account, scenario='org-basic', session='roles', external_id='onramp-org-1'):
        c = client('sts', scenario, session, CONSOLE).assume_role(
            RoleArn='arn:aws:iam::%s:role/OnrampDiscoveryRole' % account, RoleSessionName='selftest',
            ExternalId=external_id)['Credentials']
        return c['AccessKeyId'], c['SecretAccessKey'], c['SessionToken']
    prod = assume_in('222222222222')
    expect(len(instances(client('ec2', 'org-basic', 'roles', prod))), 3)
    expect(error_of(client('organizations', 'org-basic', 'roles', prod).list_accounts),
           ('AccessDeniedException', 400))
    management = assume_in('111111111111')
    expect(len(client('organizations', 'org-basic', 'roles', management).list_accounts()['Accounts']), 2)
    expect(len(instances(client('ec2', 'org-basic', 'roles', management))), 2)
    expect(error_of(sts.assume_role, RoleArn='arn:aws:iam::666666666666:role/OnrampDiscoveryRole',
                    RoleSessionName='st', ExternalId='onramp-org-1'), ('AccessDenied', 403))
    expect(error_of(sts.assume_role, RoleArn='arn:aws:iam::222222222222:role/OnrampDiscoveryRole',
                    RoleSessionName='st', ExternalId='wrong'), ('AccessDenied', 403))
    # Replaced while a session uses it: the role appears, an account joins, one is closed.
    put_scenario('selftest-org-live', org_scenario())
    live = client('organizations', 'selftest-org-live', 's', ORG_ADMIN)
    expect(len([a for p in live.get_paginator('list_accounts').paginate() for a in p['Accounts']]), 6)
    data = org_scenario(accounts=org_scenario()['organization']['accounts'] + [
        {'id': '888888888888', 'name': 'New', 'email': 'new@example.com', 'parent': 'ou-a1b2-sandbox1'}])
    data['organization']['accounts'][4]['status'] = 'PENDING_CLOSURE'
    data['organization']['member_role'].update(missing_in=[], appears_after_attempts={'888888888888': 1})
    put_scenario('selftest-org-live', data)
    accounts = {a['Id']: a['Status'] for p in live.get_paginator('list_accounts').paginate() for a in p['Accounts']}
    expect((len(accounts), accounts['555555555555'], accounts['888888888888']), (7, 'PENDING_CLOSURE', 'ACTIVE'))
    assume_in('666666666666', 'selftest-org-live', 's')
    expect(error_of(client('sts', 'selftest-org-live', 's', CONSOLE).assume_role,
                    RoleArn='arn:aws:iam::888888888888:role/OnrampDiscoveryRole', RoleSessionName='st',
                    ExternalId='onramp-x'), ('AccessDenied', 403))
    assume_in('888888888888', 'selftest-org-live', 's')


@test
def organizations_generated_accounts():
    put_scenario('selftest-org-55', org_scenario(page_size=20, generate_accounts={
        'count': 55, 'first_id': '300000000000', 'parent': 'ou-a1b2-sandbox1',
        'instances_per_region': {'us-east-1': 2, 'eu-west-1': 1}}))
    org = client('organizations', 'selftest-org-55', 'g', ORG_ADMIN)
    pages = list(org.get_paginator('list_accounts').paginate())
    expect([len(p['Accounts']) for p in pages], [20, 20, 20, 1])
    ids = [a['Id'] for p in pages for a in p['Accounts']]
    expect((ids[:6], ids[6], ids[-1]), (ORG_ACCOUNTS, '300000000000', '300000000054'))
    creds = client('sts', 'selftest-org-55', 'g', CONSOLE).assume_role(
        RoleArn='arn:aws:iam::300000000054:role/OnrampDiscoveryRole', RoleSessionName='st',
        ExternalId='onramp-55')['Credentials']
    creds = creds['AccessKeyId'], creds['SecretAccessKey'], creds['SessionToken']
    expect(len(instances(client('ec2', 'selftest-org-55', 'g', creds))), 2)
    expect(len(instances(client('ec2', 'selftest-org-55', 'g', creds, region='eu-west-1'))), 1)
    again = client('sts', 'selftest-org-55', 'g', CONSOLE).assume_role(
        RoleArn='arn:aws:iam::300000000054:role/OnrampDiscoveryRole', RoleSessionName='st',
        ExternalId='onramp-55')['Credentials']
    ec2 = client('ec2', 'selftest-org-55', 'g', (again['AccessKeyId'], again['SecretAccessKey'],
                                                  again['SessionToken']))
    expect([i['InstanceId'] for i in instances(ec2)],
           [i['InstanceId'] for i in instances(client('ec2', 'selftest-org-55', 'g', creds))])


def fake(command, state_dir):
    return subprocess.run([sys.executable, FAKE, command, '--state-dir', state_dir], capture_output=True, timeout=30)


def alive(pid):
    try:
        with open('/proc/%d/stat' % pid) as f:
            return f.read().rpartition(')')[2].split()[0] not in 'ZX'
    except OSError:
        return False


def main():
    t_start = time.monotonic()
    with tempfile.TemporaryDirectory(prefix='fakeaws-selftest-') as tmp:
        state = os.path.join(tmp, 'state')
        starts, pids = [], []
        for _ in range(2):  # the second start must stop the first server
            t0 = time.monotonic()
            starts.append((fake('start', state).returncode, time.monotonic() - t0))
            with open(os.path.join(state, 'endpoint.json')) as f:
                EP.update(json.load(f))
            pids.append(EP['pid'])
        checks = [('start exits 0 in < 5 s', all(rc == 0 and t < 5 for rc, t in starts)),
                  ('a second start stops the first server', not alive(pids[0]) and alive(pids[1]))]
        try:
            for fn in TESTS:
                try:
                    fn()
                    checks.append((fn.__name__, True))
                except Exception:
                    traceback.print_exc()
                    checks.append((fn.__name__, False))
        finally:
            checks.append(('stop exits 0', fake('stop', state).returncode == 0))
            checks.append(('no server process is left', not alive(EP['pid'])))
            checks.append(('stop without a server exits 0', fake('stop', state).returncode == 0))
    for name, ok in checks:
        print('%s %s' % ('PASS' if ok else 'FAIL', name))
    failed = sum(not ok for _, ok in checks)
    print('%d passed, %d failed (%.1f s)' % (len(checks) - failed, failed, time.monotonic() - t_start))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
