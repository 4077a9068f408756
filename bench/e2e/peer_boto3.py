#!/usr/bin/python3
"""The peer: what `aws ec2 describe-instances` does, for each region in turn, with boto3.

    peer_boto3.py ENDPOINT_URL CA_BUNDLE ROLE_ARN EXTERNAL_ID [HOME_REGION] [--health]

The console identity comes from AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY. Steps, all sequential, one boto3
session each (like the CLI with a role profile: source credentials -> sts:AssumeRole with ExternalId):
  1. sts.assume_role(RoleArn, RoleSessionName, ExternalId) with the console identity;
  2. ec2.describe_regions() in the home region with the role's credentials;
  3. for every region in the answer, in order: an ec2 client for that region and the describe_instances
     paginator with PageSize 1000 (MaxResults=1000, AWS's maximum), every page, counting instances;
  4. with --health, then in the same region what `aws ec2 describe-instance-status --include-all-instances`
     does (paginator, IncludeAllInstances, PageSize 1000): the health Onramp also fetches.
The clock starts after `import boto3` (interpreter start-up and imports are not counted) and stops after the
last page. Prints one JSON line: {"seconds", "seconds_instances_only", "instances", "statuses", "per_region",
"requests"}; seconds_instances_only leaves out the time spent in step 4 (the steps run one after another).
"""
import json
import os
import sys
import time

import boto3
from botocore.config import Config


def main():
    endpoint, ca, role_arn, external_id = sys.argv[1:5]
    rest = [a for a in sys.argv[5:] if a != '--health']
    health = '--health' in sys.argv[5:]
    home = rest[0] if rest else 'us-east-1'
    config = Config(retries={'mode': 'standard', 'max_attempts': 3})
    start = time.perf_counter()
    console = boto3.session.Session(aws_access_key_id=os.environ['AWS_ACCESS_KEY_ID'],
                                    aws_secret_access_key=os.environ['AWS_SECRET_ACCESS_KEY'])
    sts = console.client('sts', region_name=home, endpoint_url=endpoint, verify=ca, config=config)
    creds = sts.assume_role(RoleArn=role_arn, RoleSessionName='onramp-bench-peer',
                            ExternalId=external_id)['Credentials']
    role = boto3.session.Session(aws_access_key_id=creds['AccessKeyId'],
                                 aws_secret_access_key=creds['SecretAccessKey'],
                                 aws_session_token=creds['SessionToken'])
    ec2 = role.client('ec2', region_name=home, endpoint_url=endpoint, verify=ca, config=config)
    regions = [r['RegionName'] for r in ec2.describe_regions()['Regions']]
    requests, per_region, statuses, health_seconds = 2, {}, 0, 0.0
    for region in regions:
        client = role.client('ec2', region_name=region, endpoint_url=endpoint, verify=ca, config=config)
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
    seconds = time.perf_counter() - start
    print(json.dumps({'seconds': seconds, 'seconds_instances_only': seconds - health_seconds,
                      'instances': sum(per_region.values()), 'statuses': statuses, 'per_region': per_region,
                      'requests': requests}))


if __name__ == '__main__':
    main()
