#!/usr/bin/python3
"""The floor of `onrampctl verify`: the chain of dependent round trips, nothing else.

    verify_floor.py ENDPOINT_URL CA_BUNDLE ROLE_ARN EXTERNAL_ID HOME_REGION [--rds RDS_REGION]

What depends on what in a verify with discovery: every call needs the role's credentials, so AssumeRole (with
the External ID) comes first. Then nothing else waits for anything but its own chain: the External-ID proof (the
AssumeRole without it), the DryRun probes and the RDS probe, DescribeRegions and the home region's listings can
all go at once (the home region is where the role is used: it needs no region list), and the other regions'
listings need only DescribeRegions (1 round trip, shorter than the home chain). So the floor is AssumeRole + the
longest chain of pages: the home region's DescribeInstances chain (MaxResults 1000) or the longest
DescribeDBInstances chain (MaxRecords 100), whichever takes longer. This client does exactly that, sequentially,
over one keep-alive TLS connection opened before the clock starts, with floor.py's client (botocore SigV4Auth,
bodies read completely, no parsing beyond the credentials and the page's token). Prints one JSON line:
{"seconds", "instances", "databases", "pages", "rds_pages", "ec2_chain_seconds", "rds_chain_seconds",
"request_seconds"}.
"""
import json
import sys
import time

from floor import Client, assume_role, longest_chain, split_rds, stopwatch


def main():
    args, rds_region = split_rds(sys.argv[1:])
    endpoint, ca, role_arn, external_id, home = args[:5]
    client = Client(endpoint, ca)
    start, times, lap = stopwatch()
    role = assume_role(client, home, role_arn, external_id)
    lap()
    result, alongside = longest_chain(client, home, rds_region, role, lap)
    seconds = time.perf_counter() - start - alongside
    print(json.dumps({'seconds': seconds, **result, 'request_seconds': times}))


if __name__ == '__main__':
    main()
