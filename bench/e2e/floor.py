#!/usr/bin/python3
"""The floor: the least any client can do to discover the fleet against this endpoint.

    floor.py ENDPOINT_URL CA_BUNDLE ROLE_ARN EXTERNAL_ID BIG_REGION [HOME_REGION]

Even with unlimited parallelism across regions, a discovery needs AssumeRole, then DescribeRegions, then the
longest region's DescribeInstances page chain (each page needs the previous page's nextToken), one round trip
each. This client does exactly that and nothing else, sequentially, over one already-open keep-alive TLS
connection (the handshake is not counted, which makes the floor lower, i.e. stricter):
  AssumeRole (console identity, ExternalId) -> DescribeRegions (role credentials, home region)
  -> DescribeInstances MaxResults=1000 in BIG_REGION, following nextToken to the end.
Requests are signed with botocore's SigV4Auth; the only "parsing" is a regex for the three credential fields
and a search for <nextToken> at the end of each page. Bodies are read completely. The clock runs from signing
the AssumeRole request to the last byte of the last page. Instances are counted after the clock stops
(occurrences of <instanceId>), for the correctness guard.
Prints one JSON line: {"seconds", "instances", "pages", "request_seconds": [...]}.
"""
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


def instances_chain(client, region, creds, lap):
    """DescribeInstances in \a region, MaxResults 1000, following nextToken (found in the page's tail) to the end;
    lap() after each page. Returns the pages' bodies."""
    bodies, token = [], None
    while True:
        params = [('Action', 'DescribeInstances'), ('Version', '2016-11-15'), ('MaxResults', 1000)]
        if token:
            params.append(('NextToken', token))
        page = client.call('ec2', region, creds, params)
        bodies.append(page)
        tail = page[-4096:]
        at = tail.rfind(b'<nextToken>')
        token = tail[at + 11:tail.index(b'</nextToken>', at)].decode() if at >= 0 else None
        lap()
        if not token:
            return bodies


def main():
    endpoint, ca, role_arn, external_id, big = sys.argv[1:6]
    home = sys.argv[6] if len(sys.argv) > 6 else 'us-east-1'
    client = Client(endpoint, ca)
    console = Credentials(os.environ['AWS_ACCESS_KEY_ID'], os.environ['AWS_SECRET_ACCESS_KEY'])
    times, bodies = [], []
    start = last = time.perf_counter()

    def lap():
        nonlocal last
        now = time.perf_counter()
        times.append(now - last)
        last = now

    doc = client.call('sts', home, console, [('Action', 'AssumeRole'), ('Version', '2011-06-15'),
                                             ('RoleArn', role_arn), ('RoleSessionName', 'onramp-bench-floor'),
                                             ('ExternalId', external_id)]).decode()
    role = Credentials(*(re.search('<%s>([^<]*)</%s>' % (t, t), doc).group(1)
                         for t in ('AccessKeyId', 'SecretAccessKey', 'SessionToken')))
    lap()
    client.call('ec2', home, role, [('Action', 'DescribeRegions'), ('Version', '2016-11-15')])
    lap()
    bodies += instances_chain(client, big, role, lap)
    seconds = time.perf_counter() - start
    print(json.dumps({'seconds': seconds, 'instances': sum(b.count(b'<instanceId>') for b in bodies),
                      'pages': len(bodies), 'request_seconds': times}))


if __name__ == '__main__':
    main()
