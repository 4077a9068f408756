#!/usr/bin/python3
"""The floor: the least any client can do to discover the fleet against this endpoint.

    floor.py ENDPOINT_URL CA_BUNDLE ROLE_ARN EXTERNAL_ID BIG_REGION [HOME_REGION] [--rds RDS_REGION]

Even with unlimited parallelism across regions and services, a discovery needs AssumeRole, then DescribeRegions,
then the longest chain of dependent requests: a region's DescribeInstances pages (each page needs the previous
page's nextToken) or a region's DescribeDBInstances pages (each needs the previous Marker), one round trip each.
A region's EC2 and RDS chains can run side by side, so the floor is AssumeRole + DescribeRegions + the longer
of the two longest chains. This client does exactly that and nothing else, sequentially, over one already-open
keep-alive TLS connection (the handshake is not counted, which makes the floor lower, i.e. stricter):
  AssumeRole (console identity, ExternalId) -> DescribeRegions (role credentials, home region)
  -> DescribeInstances MaxResults=1000 in BIG_REGION, following nextToken to the end (timed: the EC2 chain)
  -> with --rds, DescribeDBInstances MaxRecords=100 in RDS_REGION, following Marker to the end (timed: the RDS
     chain; run after the EC2 chain, and only the longer of the two counts).
Requests are signed with botocore's SigV4Auth; the only "parsing" is a regex for the three credential fields
and a search for <nextToken> / <Marker> at the end of each page. Bodies are read completely. The clock runs from
signing the AssumeRole request to the last byte of the last page, less the shorter chain. Instances and databases
are counted after the clock stops (occurrences of <instanceId> and <DbiResourceId>), for the correctness guard.
Prints one JSON line: {"seconds", "instances", "databases", "pages", "rds_pages", "ec2_chain_seconds",
"rds_chain_seconds", "request_seconds": [...]}.
"""
import html
import http.client
import json
import os
import re
import ssl
import sys
import time
from urllib.parse import quote, urlsplit

from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials

CONTENT_TYPE = 'application/x-www-form-urlencoded; charset=utf-8'


def form(params):
    return '&'.join('%s=%s' % (quote(k, safe='-_.~'), quote(str(v), safe='-_.~')) for k, v in params)


class Client:
    def __init__(self, endpoint, ca):
        u = urlsplit(endpoint)
        self.base, self.path = '%s://%s' % (u.scheme, u.netloc), u.path or '/'
        ctx = ssl.create_default_context(cafile=ca)
        self.conn = (http.client.HTTPSConnection(u.hostname, u.port, context=ctx) if u.scheme == 'https'
                     else http.client.HTTPConnection(u.hostname, u.port))
        self.conn.connect()

    def call(self, service, region, creds, params):
        body = form(params).encode()
        req = AWSRequest('POST', self.base + self.path, data=body, headers={'Content-Type': CONTENT_TYPE})
        SigV4Auth(creds, service, region).add_auth(req)
        self.conn.request('POST', self.path, body=body, headers=dict(req.headers.items()))
        resp = self.conn.getresponse()
        data = resp.read()
        if resp.status != 200:
            raise SystemExit('floor: %s -> HTTP %d %s' % (params[0][1], resp.status, data[:300]))
        return data


def page_chain(client, service, region, creds, params, page_param, token_tag, lap):
    """\a params in \a region, following the token (\a token_tag, found in the page's tail, sent back as
    \a page_param) to the end; lap() after each page. Returns the pages' bodies."""
    bodies, token = [], None
    opening, closing = b'<%s>' % token_tag, b'</%s>' % token_tag
    while True:
        page = client.call(service, region, creds, params + ([(page_param, token)] if token else []))
        bodies.append(page)
        tail = page[-4096:]
        at = tail.rfind(opening)
        token = html.unescape(tail[at + len(opening):tail.index(closing, at)].decode()) if at >= 0 else None
        lap()
        if not token:
            return bodies


def instances_chain(client, region, creds, lap):
    """DescribeInstances in \a region, MaxResults 1000, following nextToken."""
    return page_chain(client, 'ec2', region, creds, [('Action', 'DescribeInstances'), ('Version', '2016-11-15'),
                                                     ('MaxResults', 1000)], 'NextToken', b'nextToken', lap)


def databases_chain(client, region, creds, lap):
    """DescribeDBInstances in \a region, MaxRecords 100, following Marker."""
    return page_chain(client, 'rds', region, creds, [('Action', 'DescribeDBInstances'), ('Version', '2014-10-31'),
                                                     ('MaxRecords', 100)], 'Marker', b'Marker', lap)


def split_rds(args):
    """(args without "--rds REGION", REGION or None)."""
    if '--rds' not in args:
        return list(args), None
    at = args.index('--rds')
    return args[:at] + args[at + 2:], args[at + 1]


def longest_chain(client, big, rds_region, creds, lap):
    """The EC2 chain in \a big, then (if \a rds_region) the RDS chain there, each timed. Returns the result's fields
    and the seconds to take off the clock: the shorter chain, which could have run alongside the longer."""
    start = time.perf_counter()
    bodies = instances_chain(client, big, creds, lap)
    ec2_chain = time.perf_counter() - start
    rds_bodies, rds_chain = [], 0.0
    if rds_region:
        start = time.perf_counter()
        rds_bodies = databases_chain(client, rds_region, creds, lap)
        rds_chain = time.perf_counter() - start
    return {'instances': sum(b.count(b'<instanceId>') for b in bodies),
            'databases': sum(b.count(b'<DbiResourceId>') for b in rds_bodies), 'pages': len(bodies),
            'rds_pages': len(rds_bodies), 'ec2_chain_seconds': ec2_chain,
            'rds_chain_seconds': rds_chain}, min(ec2_chain, rds_chain)


def stopwatch():
    """(start, times, lap): lap() appends the seconds since the previous lap (or since start) to times."""
    times = []
    start = last = time.perf_counter()

    def lap():
        nonlocal last
        now = time.perf_counter()
        times.append(now - last)
        last = now
    return start, times, lap


def assume_role(client, home, role_arn, external_id):
    """AssumeRole with the console identity (AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY) and the External ID: the
    role's credentials, read with a regex."""
    console = Credentials(os.environ['AWS_ACCESS_KEY_ID'], os.environ['AWS_SECRET_ACCESS_KEY'])
    doc = client.call('sts', home, console, [('Action', 'AssumeRole'), ('Version', '2011-06-15'),
                                             ('RoleArn', role_arn), ('RoleSessionName', 'onramp-bench-floor'),
                                             ('ExternalId', external_id)]).decode()
    return Credentials(*(re.search('<%s>([^<]*)</%s>' % (t, t), doc).group(1)
                         for t in ('AccessKeyId', 'SecretAccessKey', 'SessionToken')))


def main():
    args, rds_region = split_rds(sys.argv[1:])
    endpoint, ca, role_arn, external_id, big = args[:5]
    home = args[5] if len(args) > 5 else 'us-east-1'
    client = Client(endpoint, ca)
    start, times, lap = stopwatch()
    role = assume_role(client, home, role_arn, external_id)
    lap()
    client.call('ec2', home, role, [('Action', 'DescribeRegions'), ('Version', '2016-11-15')])
    lap()
    result, alongside = longest_chain(client, big, rds_region, role, lap)
    seconds = time.perf_counter() - start - alongside
    print(json.dumps({'seconds': seconds, **result, 'request_seconds': times}))


if __name__ == '__main__':
    main()
