#!/usr/bin/python3
"""The oracle of tst_awsxml's RDS tests: botocore's Query parser with botocore's RDS service model.

    /usr/bin/python3 botocore_rds.py FILE...   # prints one JSON object per file, as a JSON list

Each DescribeDBInstances document is parsed by botocore.parsers.create_parser('query') against the output shape
of the rds model's DescribeDBInstances, then reduced to the fields of RdsDbInstance (aws/rdstypes.h), in the
shape tst_awsxml builds from AwsXml::parseDescribeDbInstances.
"""
import datetime
import json
import sys

import botocore.session
from botocore.parsers import create_parser


def timestamp(value):
    if value is None:
        return None
    value = value.astimezone(datetime.timezone.utc)
    return value.strftime('%Y-%m-%dT%H:%M:%S.') + '%03dZ' % (value.microsecond // 1000)


def database(d):
    return {'identifier': d.get('DBInstanceIdentifier', ''), 'resourceId': d.get('DbiResourceId', ''),
            'arn': d.get('DBInstanceArn', ''), 'instanceClass': d.get('DBInstanceClass', ''),
            'engine': d.get('Engine', ''), 'engineVersion': d.get('EngineVersion', ''),
            'status': d.get('DBInstanceStatus', ''), 'availabilityZone': d.get('AvailabilityZone', ''),
            'multiAz': d.get('MultiAZ', False), 'allocatedStorageGb': d.get('AllocatedStorage', 0),
            'storageType': d.get('StorageType', ''), 'createTime': timestamp(d.get('InstanceCreateTime')),
            'clusterIdentifier': d.get('DBClusterIdentifier', ''),
            'endpointAddress': d.get('Endpoint', {}).get('Address', ''),
            'tags': [[t.get('Key', ''), t.get('Value', '')] for t in d.get('TagList', [])]}


def main(paths):
    operation = botocore.session.get_session().get_service_model('rds').operation_model('DescribeDBInstances')
    parser = create_parser('query')
    out = []
    for path in paths:
        with open(path, 'rb') as f:
            body = f.read()
        parsed = parser.parse({'body': body, 'headers': {}, 'status_code': 200}, operation.output_shape)
        out.append({'databases': [database(d) for d in parsed.get('DBInstances', [])],
                    'marker': parsed.get('Marker', ''), 'requestId': parsed['ResponseMetadata'].get('RequestId', '')})
    json.dump(out, sys.stdout, ensure_ascii=False, sort_keys=True)


if __name__ == '__main__':
    main(sys.argv[1:])
