#!/usr/bin/python3
"""The peer: what `aws ec2 describe-instances` and `aws rds describe-db-instances` do, region by region, with boto3.

    peer_boto3.py ENDPOINT_URL CA_BUNDLE ROLE_ARN EXTERNAL_ID [HOME_REGION] [--health]

The console identity comes from AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY. Steps, all sequential, one boto3
session each (like the CLI with a role profile: source credentials -> sts:AssumeRole with ExternalId):
  1. sts.assume_role(RoleArn, RoleSessionName, ExternalId) with the console identity;
  2. ec2.describe_regions() in the home region with the role's credentials;
  3. for every region in the answer, in order: an ec2 client for that region and the describe_instances
     paginator with PageSize 1000 (MaxResults=1000, AWS's maximum), every page, counting instances;
  4. with --health, then in the same region what `aws ec2 describe-instance-status --include-all-instances`
     does (paginator, IncludeAllInstances, PageSize 1000): the health Onramp also fetches;
  5. then in the same region what `aws rds describe-db-instances` does: an rds client for the region and the
     describe_db_instances paginator with PageSize 100 (MaxRecords=100, RDS's maximum), counting databases.
The clock starts after `import boto3` (interpreter start-up and imports are not counted) and stops after the
last page. Prints one JSON line: {"seconds", "seconds_instances_only", "seconds_rds", "instances", "statuses",
"databases", "per_region", "databases_per_region", "requests"}; seconds_instances_only leaves out the time spent
in steps 4 and 5, seconds_rds is the time spent in step 5 (the steps run one after another).
"""
import json
import os
import sys
import time

import boto3
from botocore.config import Config


CONFIG = Config(retries={'mode': 'standard', 'max_attempts': 3})


def console_session():
    """The console identity's boto3 session (AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY)."""
    return boto3.session.Session(aws_access_key_id=os.environ['AWS_ACCESS_KEY_ID'],
                                 aws_secret_access_key=os.environ['AWS_SECRET_ACCESS_KEY'])


def assume(console, home, endpoint, ca, role_arn, external_id):
    """Step 1: sts.assume_role with the ExternalId; the role's boto3 session."""
    sts = console.client('sts', region_name=home, endpoint_url=endpoint, verify=ca, config=CONFIG)
    creds = sts.assume_role(RoleArn=role_arn, RoleSessionName='onramp-bench-peer',
                            ExternalId=external_id)['Credentials']
    return boto3.session.Session(aws_access_key_id=creds['AccessKeyId'],
                                 aws_secret_access_key=creds['SecretAccessKey'],
                                 aws_session_token=creds['SessionToken'])


def list_everything(role, home, endpoint, ca, health):
    """Steps 2 to 5 with the role's session; the result's fields (times in seconds spent in steps 4 and 5)."""
    ec2 = role.client('ec2', region_name=home, endpoint_url=endpoint, verify=ca, config=CONFIG)
    regions = [r['RegionName'] for r in ec2.describe_regions()['Regions']]
    requests, per_region, statuses, health_seconds = 1, {}, 0, 0.0
    db_per_region, rds_seconds = {}, 0.0
    for region in regions:
        client = role.client('ec2', region_name=region, endpoint_url=endpoint, verify=ca, config=CONFIG)
        count = 0
        for page in client.get_paginator('describe_instances').paginate(PaginationConfig={'PageSize': 1000}):
            requests += 1
            count += sum(len(r['Instances']) for r in page['Reservations'])
        per_region[region] = count
        if health:
            t = time.perf_counter()
            for page in client.get_paginator('describe_instance_status').paginate(
                    IncludeAllInstances=True, PaginationConfig={'PageSize': 1000}):
                requests += 1
                statuses += len(page['InstanceStatuses'])
            health_seconds += time.perf_counter() - t
        t = time.perf_counter()
        rds = role.client('rds', region_name=region, endpoint_url=endpoint, verify=ca, config=CONFIG)
        dbs = 0
        for page in rds.get_paginator('describe_db_instances').paginate(PaginationConfig={'PageSize': 100}):
            requests += 1
            dbs += len(page['DBInstances'])
        db_per_region[region] = dbs
        rds_seconds += time.perf_counter() - t
    return {'health_seconds': health_seconds, 'seconds_rds': rds_seconds, 'instances': sum(per_region.values()),
            'statuses': statuses, 'databases': sum(db_per_region.values()), 'per_region': per_region,
            'databases_per_region': db_per_region, 'requests': requests}


def main():
    endpoint, ca, role_arn, external_id = sys.argv[1:5]
    rest = [a for a in sys.argv[5:] if a != '--health']
    health = '--health' in sys.argv[5:]
    home = rest[0] if rest else 'us-east-1'
    start = time.perf_counter()
    role = assume(console_session(), home, endpoint, ca, role_arn, external_id)
    r = list_everything(role, home, endpoint, ca, health)
    r['requests'] += 1  # the AssumeRole
    seconds = time.perf_counter() - start
    r['seconds_instances_only'] = seconds - r.pop('health_seconds') - r['seconds_rds']
    print(json.dumps({'seconds': seconds, **r}))


if __name__ == '__main__':
    main()
