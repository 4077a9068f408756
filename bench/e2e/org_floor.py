#!/usr/bin/python3
"""The organization floor: the longest chain of round trips any client must wait for to discover the organization.

    org_floor.py ENDPOINT_URL CA_BUNDLE MANAGEMENT_ROLE_ARN EXTERNAL_ID MEMBER_ROLE_ARN BIG_REGION [HOME_REGION]
                 [--rds RDS_REGION]

Nothing can be listed before the management role is assumed; no member is known before the account listing
has ended (ListAccounts pages form a chain through NextToken); a member's instances need its role and its
regions; a region's pages form a chain. So, one round trip each, sequentially, over one keep-alive TLS connection
opened before the clock starts (like floor.py, whose Client it uses):
  AssumeRole (management, ExternalId) -> DescribeOrganization -> ListAccounts, every page
  -> AssumeRole (the member with the longest page chain) -> DescribeRegions -> DescribeInstances in BIG_REGION,
  MaxResults 1000, following nextToken; with --rds also DescribeDBInstances in RDS_REGION (MaxRecords 100,
  following Marker), timed apart: the two chains can run side by side, so only the longer one counts (floor.py).
Everything else (other members, other regions, health) can run alongside this chain. Signed with botocore's
SigV4Auth; no parsing beyond the credentials, NextToken and the trailing <nextToken> / <Marker>.
Prints one JSON line: {"seconds", "instances", "databases", "pages", "rds_pages", "accounts",
"request_seconds": [...]}.
"""
import json
import os
import re
import sys
import time

from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from floor import Client, longest_chain, split_rds  # noqa: E402

ORG_TARGET = 'AWSOrganizationsV20161128.'


def json_call(client, target, creds, body):
    data = json.dumps(body).encode()
    headers = {'Content-Type': 'application/x-amz-json-1.1', 'X-Amz-Target': ORG_TARGET + target}
    req = AWSRequest('POST', client.base + client.path, data=data, headers=headers)
    SigV4Auth(creds, 'organizations', 'us-east-1').add_auth(req)
    client.conn.request('POST', client.path, body=data, headers=dict(req.headers.items()))
    resp = client.conn.getresponse()
    out = resp.read()
    if resp.status != 200:
        raise SystemExit('org_floor: %s -> HTTP %d %s' % (target, resp.status, out[:300]))
    return json.loads(out)


def main():
    args, rds_region = split_rds(sys.argv[1:])
    endpoint, ca, management_role, external_id, member_role, big = args[:6]
    home = args[6] if len(args) > 6 else 'us-east-1'
    client = Client(endpoint, ca)
    console = Credentials(os.environ['AWS_ACCESS_KEY_ID'], os.environ['AWS_SECRET_ACCESS_KEY'])
    times, accounts = [], 0
    start = last = time.perf_counter()

    def lap():
        nonlocal last
        now = time.perf_counter()
        times.append(now - last)
        last = now

    def assume(arn):
        doc = client.call('sts', home, console, [('Action', 'AssumeRole'), ('Version', '2011-06-15'),
                                                 ('RoleArn', arn), ('RoleSessionName', 'onramp-bench-floor'),
                                                 ('ExternalId', external_id)]).decode()
        lap()
        return Credentials(*(re.search('<%s>([^<]*)</%s>' % (t, t), doc).group(1)
                             for t in ('AccessKeyId', 'SecretAccessKey', 'SessionToken')))

    management = assume(management_role)
    json_call(client, 'DescribeOrganization', management, {})
    lap()
    token = None
    while True:
        page = json_call(client, 'ListAccounts', management, {'NextToken': token} if token else {})
        lap()
        accounts += len(page.get('Accounts', []))
        token = page.get('NextToken')
        if not token:
            break
    member = assume(member_role)
    client.call('ec2', home, member, [('Action', 'DescribeRegions'), ('Version', '2016-11-15')])
    lap()
    result, alongside = longest_chain(client, big, rds_region, member, lap)
    seconds = time.perf_counter() - start - alongside
    print(json.dumps({'seconds': seconds, **result, 'accounts': accounts, 'request_seconds': times}))


if __name__ == '__main__':
    main()
