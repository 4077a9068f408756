#!/usr/bin/python3
"""The verify peer: what `onrampctl verify` does, done with boto3 one call after another, region by region.

    peer_verify_boto3.py ENDPOINT_URL CA_BUNDLE ROLE_ARN EXTERNAL_ID [HOME_REGION]

The console identity comes from AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY. Sequential steps:
  1. sts.assume_role(RoleArn, ExternalId) with the console identity (peer_boto3.assume);
  2. sts.assume_role(RoleArn) without an ExternalId, which must be refused (AccessDenied: the role requires it);
  3. the permission probes in the home region with the role: ec2 describe_regions, describe_instances and
     describe_instance_status with DryRun=True (each must answer DryRunOperation), then rds
     describe_db_instances(MaxRecords=20) (RDS has no DryRun);
  4. peer_boto3.list_everything with health: describe_regions, then per region the describe_instances,
     describe_instance_status (IncludeAllInstances) and describe_db_instances paginators.
The clock starts after `import boto3` and stops after the last page. Prints one JSON line: {"seconds",
"instances", "statuses", "databases", "requests", ...}.
"""
import json
import sys
import time

from botocore.exceptions import ClientError

from peer_boto3 import CONFIG, assume, console_session, list_everything

PROBES = ['describe_regions', 'describe_instances', 'describe_instance_status']  # aws/permissionprobe.h


def expect_error(call, codes):
    """Calls \a call; it must fail with one of \a codes (anything else stops the peer)."""
    try:
        call()
    except ClientError as e:
        if e.response['Error']['Code'] in codes:
            return
        raise
    raise SystemExit('peer_verify: expected %s, the call succeeded' % '/'.join(codes))


def main():
    endpoint, ca, role_arn, external_id = sys.argv[1:5]
    home = sys.argv[5] if len(sys.argv) > 5 else 'us-east-1'
    start = time.perf_counter()
    console = console_session()
    role = assume(console, home, endpoint, ca, role_arn, external_id)
    sts = console.client('sts', region_name=home, endpoint_url=endpoint, verify=ca, config=CONFIG)
    expect_error(lambda: sts.assume_role(RoleArn=role_arn, RoleSessionName='onramp-bench-peer', DurationSeconds=900),
                 ('AccessDenied',))
    ec2 = role.client('ec2', region_name=home, endpoint_url=endpoint, verify=ca, config=CONFIG)
    for probe in PROBES:
        expect_error(lambda: getattr(ec2, probe)(DryRun=True), ('DryRunOperation',))
    role.client('rds', region_name=home, endpoint_url=endpoint, verify=ca, config=CONFIG).describe_db_instances(
        MaxRecords=20)
    r = list_everything(role, home, endpoint, ca, True)
    r['requests'] += 2 + len(PROBES) + 1
    print(json.dumps({'seconds': time.perf_counter() - start, **r}))


if __name__ == '__main__':
    main()
