#!/usr/bin/python3
"""Times botocore's SigV4Auth.add_auth on the request bench/bench_sigv4.cpp signs, and prints signatures/s.

Run with Debian's interpreter (it has python3-botocore): /usr/bin/python3 bench/peers/sigv4_botocore.py
--authorization prints the Authorization header for the benchmark's fixed time instead, to compare with
SigV4Signer's (botocore never signs User-Agent, so that header is left out of the request here).
"""
import argparse
import datetime
import sys
import time
import timeit
from unittest import mock

from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials

ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def opaque(n, seed):
    """The same deterministic filler as opaque() in bench_sigv4.cpp (32-bit LCG)."""
    out = []
    for _ in range(n):
        seed = (seed * 1103515245 + 12345) & 0xFFFFFFFF
        out.append(ALPHABET[(seed >> 16) % 64])
    return "".join(out)


def describe_instances_page(with_user_agent=True):
    next_token = opaque(200, 7).replace("+", "%2B").replace("/", "%2F")
    body = "Action=DescribeInstances&Version=2016-11-15&MaxResults=1000&NextToken=" + next_token
    headers = {
        "Host": "ec2.us-east-1.amazonaws.com",
        "Content-Type": "application/x-www-form-urlencoded; charset=utf-8",
        "amz-sdk-invocation-id": "0b6f3c2e-5a41-4d8e-9c77-2f1e8a9d4b60",
        "amz-sdk-request": "attempt=1; max=3",
    }
    if with_user_agent:
        headers["User-Agent"] = "onramp/0.1.0 Qt/6.4.2"
    return AWSRequest(method="POST", url="https://ec2.us-east-1.amazonaws.com/", headers=headers,
                      data=body.encode())


def credentials():
    return Credentials("ASIAXAMPLEXAMPLE7ZQ3", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
                       "IQoJb3JpZ2luX2VjE" + opaque(783, 11))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=2.0, help="time to spend measuring (default 2)")
    parser.add_argument("--authorization", action="store_true", help="print the Authorization header and exit")
    args = parser.parse_args()

    auth = SigV4Auth(credentials(), "ec2", "us-east-1")
    if args.authorization:
        request = describe_instances_page(with_user_agent=False)
        fixed = datetime.datetime(2024, 5, 14, 9, 30, 12)
        with mock.patch("botocore.auth.datetime") as clock:
            clock.datetime.utcnow.return_value = fixed
            auth.add_auth(request)
        print(request.headers["Authorization"])
        return 0

    # add_auth replaces X-Amz-Date, X-Amz-Security-Token and Authorization itself, so one request is re-signed
    # (botocore derives the signing key on every call: it has no cache, so there is no cold/cached split).
    request = describe_instances_page()
    # CPU time, like the items/s Google Benchmark reports, so that other load on the machine counts for neither.
    timer = timeit.Timer(lambda: auth.add_auth(request), timer=time.process_time)
    number, elapsed = timer.autorange()
    repeats = max(3, min(20, int(args.seconds / elapsed)))
    best = min(timer.repeat(repeat=repeats, number=number)) / number
    print(f"botocore SigV4Auth.add_auth: {1.0 / best:,.0f} signatures/s ({best * 1e6:.1f} us CPU each)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
