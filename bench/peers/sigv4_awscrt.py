#!/usr/bin/python3
"""Times the AWS Common Runtime signer (Debian python3-awscrt: aws-c-auth in C behind a thin Python binding) on
the request bench/bench_sigv4.cpp signs. Prints one JSON object with signatures/s (CPU time).

The CRT derives the signing key on every call (it keeps no key cache), so its one figure is compared with
Onramp's cold-key case, and with the cached case as the user would experience it. A fresh HttpRequest is built
per call because aws_sign_request adds its headers to the request it is given; building it is measured
separately and reported (it is a small part of the time).
  /usr/bin/python3 bench/peers/sigv4_awscrt.py [--seconds 2]
"""
import argparse
import datetime
import io
import json
import subprocess
import sys
import time
import timeit

import awscrt
from awscrt.auth import (AwsCredentialsProvider, AwsSignatureType, AwsSigningAlgorithm, AwsSigningConfig,
                         aws_sign_request)
from awscrt.http import HttpHeaders, HttpRequest

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from sigv4_botocore import opaque  # noqa: E402  the same deterministic filler as bench_sigv4.cpp

NEXT_TOKEN = opaque(200, 7).replace("+", "%2B").replace("/", "%2F")
BODY = ("Action=DescribeInstances&Version=2016-11-15&MaxResults=1000&NextToken=" + NEXT_TOKEN).encode()
HEADERS = [
    ("Host", "ec2.us-east-1.amazonaws.com"),
    ("Content-Type", "application/x-www-form-urlencoded; charset=utf-8"),
    ("amz-sdk-invocation-id", "0b6f3c2e-5a41-4d8e-9c77-2f1e8a9d4b60"),
    ("amz-sdk-request", "attempt=1; max=3"),
    ("User-Agent", "onramp/0.1.0 Qt/6.4.2"),
]


def debian_version(package):
    try:
        return subprocess.run(["dpkg-query", "-W", "-f=${Version}", package], capture_output=True, text=True,
                              check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def make_request():
    return HttpRequest("POST", "/", HttpHeaders(HEADERS), io.BytesIO(BODY))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=2.0)
    args = parser.parse_args()

    provider = AwsCredentialsProvider.new_static("ASIAXAMPLEXAMPLE7ZQ3", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
                                                 "IQoJb3JpZ2luX2VjE" + opaque(783, 11))
    config = AwsSigningConfig(algorithm=AwsSigningAlgorithm.V4, signature_type=AwsSignatureType.HTTP_REQUEST_HEADERS,
                              credentials_provider=provider, region="us-east-1", service="ec2",
                              date=datetime.datetime(2024, 5, 14, 9, 30, 12, tzinfo=datetime.timezone.utc))

    def sign():
        return aws_sign_request(make_request(), config).result()

    authorization = sign().headers.get("Authorization")

    def best_rate(fn):
        timer = timeit.Timer(fn, timer=time.process_time)
        number, elapsed = timer.autorange()
        repeats = max(3, min(20, int(args.seconds / elapsed)))
        return number / min(timer.repeat(repeat=repeats, number=number))

    rate = best_rate(sign)
    build_rate = best_rate(make_request)
    print(json.dumps({"peer": "awscrt", "version": debian_version("python3-awscrt"),
                      "signatures_per_s": rate, "request_build_per_s": build_rate,
                      "authorization": authorization}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
