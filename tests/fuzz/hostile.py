#!/usr/bin/env python3
"""Writes generated hostile inputs for the fuzz harnesses into OUTDIR/<fuzzer>/.

Too big to keep in git, and each one is a blowup a parser of outside input must survive with bounded time and
memory: 10,000-deep XML nesting, a 50 MB DescribeInstances response, a 70 MB one (over AwsXml's 64 MiB limit),
a 16 MB attribute, a 16 MB text node, an entity-expansion bomb, a megabyte ARN, a million-line config file,
a stdin key line with no end, a 50 MB DescribeDBInstances page and a million tags on one database. scripts/fuzz.sh and the sanitizer suite's CTest replay every file.
"""
import os
import sys

MB = 1024 * 1024


def write(outdir, fuzzer, name, data):
    d = os.path.join(outdir, fuzzer)
    os.makedirs(d, exist_ok=True)
    path = os.path.join(d, name)
    if os.path.exists(path) and os.path.getsize(path) == len(data):
        return  # unchanged from a previous run (every input is deterministic)
    with open(path, "wb") as f:
        f.write(data)


def instances_response(target_bytes):
    head = (b'<?xml version="1.0" encoding="UTF-8"?>\n'
            b'<DescribeInstancesResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/">'
            b"<requestId>8f7724cf-496f-496e-8fe3-example</requestId><reservationSet>")
    tail = b"</reservationSet></DescribeInstancesResponse>\n"
    parts = [head]
    size = len(head) + len(tail)
    n = 0
    while size < target_bytes:
        item = (b"<item><reservationId>r-%012x</reservationId><ownerId>123456789012</ownerId><instancesSet><item>"
                b"<instanceId>i-%017x</instanceId><instanceType>m5.large</instanceType>"
                b"<instanceState><code>16</code><name>running</name></instanceState>"
                b"<placement><availabilityZone>us-east-1a</availabilityZone></placement>"
                b"<privateIpAddress>10.0.%d.%d</privateIpAddress><launchTime>2024-01-02T03:04:05.000Z</launchTime>"
                b"<tagSet><item><key>Name</key><value>node-%d</value></item></tagSet>"
                b"</item></instancesSet></item>" % (n, n, (n >> 8) & 255, n & 255, n))
        parts.append(item)
        size += len(item)
        n += 1
    parts.append(tail)
    return b"".join(parts)


RDS_HEAD = (b'<DescribeDBInstancesResponse xmlns="http://rds.amazonaws.com/doc/2014-10-31/">'
            b"<DescribeDBInstancesResult><DBInstances>")
RDS_TAIL = b"</DBInstances></DescribeDBInstancesResult></DescribeDBInstancesResponse>\n"


def databases_response(target_bytes):
    parts, size, n = [RDS_HEAD], len(RDS_HEAD) + len(RDS_TAIL), 0
    while size < target_bytes:
        item = (b"<DBInstance><DBInstanceIdentifier>db-%d</DBInstanceIdentifier><Engine>postgres</Engine>"
                b"<AllocatedStorage>%d</AllocatedStorage><InstanceCreateTime>2024-01-02T03:04:05.000Z"
                b"</InstanceCreateTime><TagList><Tag><Key>Name</Key><Value>db-%d</Value></Tag></TagList></DBInstance>"
                % (n, n, n))
        parts.append(item)
        size += len(item)
        n += 1
    parts.append(RDS_TAIL)
    return b"".join(parts)


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: hostile.py OUTDIR")
    out = sys.argv[1]

    # AwsXml: nesting, size and attribute blowups.
    depth = 10000
    write(out, "fuzz_awsxml", "deep-nesting-10000.xml",
          b"<DescribeInstancesResponse><reservationSet>" + b"<item>" * depth + b"</item>" * depth
          + b"</reservationSet></DescribeInstancesResponse>")
    write(out, "fuzz_awsxml", "deep-nesting-unclosed-10000.xml", b"<ErrorResponse>" + b"<Error>" * depth)
    write(out, "fuzz_awsxml", "describeinstances-50mb.xml", instances_response(50 * MB))
    write(out, "fuzz_awsxml", "describeinstances-70mb-over-limit.xml", instances_response(70 * MB))
    write(out, "fuzz_awsxml", "huge-attribute-16mb.xml",
          b'<GetCallerIdentityResponse a="' + b"x" * (16 * MB) + b'"><GetCallerIdentityResult>'
          b"<Account>123456789012</Account></GetCallerIdentityResult></GetCallerIdentityResponse>")
    write(out, "fuzz_awsxml", "many-attributes.xml",
          b"<Response " + b" ".join(b'a%d="v"' % i for i in range(200000)) + b"><Errors/></Response>")
    write(out, "fuzz_awsxml", "huge-text-node-16mb.xml",
          b"<ErrorResponse><Error><Code>Throttling</Code><Message>" + b"m" * (16 * MB)
          + b"</Message></Error></ErrorResponse>")
    write(out, "fuzz_awsxml", "billion-laughs.xml",
          b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
          + b"".join(b'<!ENTITY lol%d "%s">' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10)
                     for i in range(1, 10))
          + b"]><ErrorResponse><Error><Code>&lol9;</Code><Message>&lol9;</Message></Error></ErrorResponse>")
    write(out, "fuzz_awsxml", "many-items-no-content.xml",
          b"<DescribeRegionsResponse><regionInfo>" + b"<item/>" * (2 * MB) + b"</regionInfo></DescribeRegionsResponse>")

    # AwsXml's RDS parser: a 50 MB page, one database with a flood of tags, a flood of databases, deep nesting.
    write(out, "fuzz_rdsxml", "describedbinstances-50mb.xml", databases_response(50 * MB))
    write(out, "fuzz_rdsxml", "tags-1m.xml", RDS_HEAD + b"<DBInstance><DBInstanceIdentifier>a</DBInstanceIdentifier>"
          b"<TagList>" + b"<Tag><Key>k</Key><Value>v</Value></Tag>" * MB + b"</TagList></DBInstance>" + RDS_TAIL)
    write(out, "fuzz_rdsxml", "empty-databases-2m.xml", RDS_HEAD + b"<DBInstance/>" * (2 * MB) + RDS_TAIL)
    write(out, "fuzz_rdsxml", "deep-nesting-10000.xml",
          RDS_HEAD + b"<DBInstance>" + b"<TagList>" * 10000 + b"</TagList>" * 10000 + b"</DBInstance>" + RDS_TAIL)
    write(out, "fuzz_rdsxml", "huge-marker-16mb.xml", RDS_HEAD + b"</DBInstances><Marker>" + b"m" * (16 * MB)
          + b"</Marker><DBInstances>" + RDS_TAIL)

    # Arn: pastes far beyond any real ARN.
    write(out, "fuzz_arn", "long-role-name-1mb.txt", b"arn:aws:iam::123456789012:role/" + b"n" * MB)
    write(out, "fuzz_arn", "long-path-1mb.txt", b"arn:aws:iam::123456789012:role/" + b"p/" * (MB // 2) + b"Name")
    write(out, "fuzz_arn", "colons-1mb.txt", b"arn:" + b":" * MB)
    write(out, "fuzz_arn", "account-digits-1mb.txt", b"arn:aws:iam::" + b"1" * MB + b":role/Name")
    write(out, "fuzz_arn", "whitespace-1mb.txt", b" \t\n" * (MB // 3) + b"arn:aws:iam::123456789012:role/R")
    write(out, "fuzz_arn", "multibyte-1mb.txt", b"arn:aws:iam::123456789012:role/" + "\u00e9\U0001F600".encode() * (MB // 6))

    # AwsConfigFile: a million lines, a million sections' worth, one endless line.
    write(out, "fuzz_awsconfigfile", "million-lines.ini", b"[profile p]\n" + b"k = v\n" * 1000000)
    write(out, "fuzz_awsconfigfile", "million-sections.ini", b"".join(b"[profile p%d]\n" % i for i in range(1000000)))
    write(out, "fuzz_awsconfigfile", "million-empty-lines.ini", b"\n" * 1000000 + b"[default]\nregion=us-east-1\n")
    write(out, "fuzz_awsconfigfile", "one-line-8mb.ini", b"[default]\naws_secret_access_key = " + b"s" * (8 * MB))
    write(out, "fuzz_awsconfigfile", "nested-subsections.ini",
          b"[profile p]\n" + b"s3 =\n" + b"  max_concurrent_requests = 20\n" * 200000)

    # AWS JSON (Organizations): nesting, huge strings, a huge page, ids of the wrong shape by the thousand.
    write(out, "fuzz_awsjson", "deep-nesting-10000.json", b'{"Accounts":' + b"[" * 10000 + b"]" * 10000 + b"}")
    write(out, "fuzz_awsjson", "deep-unclosed-10000.json", b'{"Organization":' + b'{"a":' * 10000)
    write(out, "fuzz_awsjson", "huge-name-16mb.json",
          b'{"Accounts":[{"Id":"222222222222","Name":"' + b"n" * (16 * MB) + b'","Status":"ACTIVE"}]}')
    write(out, "fuzz_awsjson", "twenty-thousand-accounts.json",
          b'{"Accounts":[' + b",".join(b'{"Id":"%012d","Name":"a","Status":"ACTIVE"}' % i for i in range(20000))
          + b'],"NextToken":"' + b"t" * 70000 + b'"}')
    write(out, "fuzz_awsjson", "bad-ids.json",
          b'{"Children":[' + b",".join(b'{"Id":"ou-%d","Type":"ORGANIZATIONAL_UNIT"}' % i for i in range(20000)) + b"]}")
    write(out, "fuzz_awsjson", "error-type-16mb.json", b'{"__type":"' + b"#" * (16 * MB) + b'","message":1}')

    # KeyInput: a line that never ends, and a flood of lines.
    write(out, "fuzz_stdinkeys", "endless-line-16mb.txt", b"A" * (16 * MB))
    write(out, "fuzz_stdinkeys", "million-newlines.txt", b"\n" * 1000000)


if __name__ == "__main__":
    main()
