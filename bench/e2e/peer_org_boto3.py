#!/usr/bin/python3
"""The organization peer: a boto3 script discovering an AWS Organization account by account, region by region.

    peer_org_boto3.py ENDPOINT_URL CA_BUNDLE MANAGEMENT_ROLE_ARN EXTERNAL_ID ROLE_NAME [HOME_REGION]

What a person would write with boto3 (Debian's python3-boto3) and the AWS CLI's habits, all sequential:
  1. sts.assume_role(management role, ExternalId) with the console identity (AWS_ACCESS_KEY_ID/SECRET);
  2. organizations list_accounts paginator with the management role's credentials (every page);
  3. for every ACTIVE account in the listing, in order: sts.assume_role(arn:aws:iam::<account>:role/ROLE_NAME,
     ExternalId) with the console identity, ec2.describe_regions() in the home region, then for every region an
     ec2 client and the describe_instances paginator with PageSize 1000, every page, counting instances, and an
     rds client and the describe_db_instances paginator with PageSize 100, counting databases.
No health (DescribeInstanceStatus): the peer is given the lighter job. The clock starts after `import boto3`
and stops after the last page. Prints one JSON line: {"seconds", "instances", "databases", "accounts",
"requests", "per_account"}.
"""
import json
import os
import sys
import time

import boto3
from botocore.config import Config


def main():
    endpoint, ca, management_role, external_id, role_name = sys.argv[1:6]
    home = sys.argv[6] if len(sys.argv) > 6 else 'us-east-1'
    config = Config(retries={'mode': 'standard', 'max_attempts': 3})
    start = time.perf_counter()
    console = boto3.session.Session(aws_access_key_id=os.environ['AWS_ACCESS_KEY_ID'],
                                    aws_secret_access_key=os.environ['AWS_SECRET_ACCESS_KEY'])
    sts = console.client('sts', region_name=home, endpoint_url=endpoint, verify=ca, config=config)

    def assume(arn):
        c = sts.assume_role(RoleArn=arn, RoleSessionName='onramp-bench-peer', ExternalId=external_id)['Credentials']
        return boto3.session.Session(aws_access_key_id=c['AccessKeyId'], aws_secret_access_key=c['SecretAccessKey'],
                                     aws_session_token=c['SessionToken'])

    requests = 1
    management = assume(management_role)
    org = management.client('organizations', region_name='us-east-1', endpoint_url=endpoint, verify=ca,
                            config=config)
    accounts = []
    for page in org.get_paginator('list_accounts').paginate():
        requests += 1
        accounts += [a['Id'] for a in page['Accounts'] if a['Status'] == 'ACTIVE']
    partition = management_role.split(':')[1]
    per_account, databases = {}, 0
    for account in accounts:
        role = assume('arn:%s:iam::%s:role/%s' % (partition, account, role_name))
        ec2 = role.client('ec2', region_name=home, endpoint_url=endpoint, verify=ca, config=config)
        regions = [r['RegionName'] for r in ec2.describe_regions()['Regions']]
        requests += 2
        count = 0
        for region in regions:
            client = role.client('ec2', region_name=region, endpoint_url=endpoint, verify=ca, config=config)
            for page in client.get_paginator('describe_instances').paginate(PaginationConfig={'PageSize': 1000}):
                requests += 1
                count += sum(len(r['Instances']) for r in page['Reservations'])
            rds = role.client('rds', region_name=region, endpoint_url=endpoint, verify=ca, config=config)
            for page in rds.get_paginator('describe_db_instances').paginate(PaginationConfig={'PageSize': 100}):
                requests += 1
                databases += len(page['DBInstances'])
        per_account[account] = count
    seconds = time.perf_counter() - start
    print(json.dumps({'seconds': seconds, 'instances': sum(per_account.values()), 'databases': databases,
                      'accounts': len(accounts),
                      'requests': requests, 'per_account': per_account}))


if __name__ == '__main__':
    main()
