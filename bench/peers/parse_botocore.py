#!/usr/bin/python3
"""Times botocore's EC2 response parser on a DescribeInstances page and prints the figures as JSON.

Run with Debian's interpreter (it has python3-botocore):
    /usr/bin/python3 bench/peers/parse_botocore.py PAGE.xml [--seconds S]
PAGE.xml is the page bench_awsxml writes with ONRAMP_BENCH_WRITE_PAGE=PAGE.xml, so both parse the same bytes.
botocore does what an SDK call does with the body: botocore.parsers.create_parser('ec2') (the "ec2" protocol
parser, on xml.etree) against the DescribeInstances output shape of the bundled EC2 service model.
"""
import argparse
import json
import sys
import time

import botocore
import botocore.parsers
import botocore.session


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("page", help="the DescribeInstances page to parse")
    parser.add_argument("--seconds", type=float, default=5.0, help="minimum time to spend measuring (default 5)")
    parser.add_argument("--min-iterations", type=int, default=3, help="minimum number of parses (default 3)")
    args = parser.parse_args()

    with open(args.page, "rb") as f:
        body = f.read()
    model = botocore.session.get_session().get_service_model("ec2")
    output_shape = model.operation_model("DescribeInstances").output_shape
    response_parser = botocore.parsers.create_parser("ec2")

    def parse():
        return response_parser.parse({"body": body, "headers": {}, "status_code": 200}, output_shape)

    first = parse()  # warm-up, and a check that it understood the page
    instances = sum(len(r.get("Instances", [])) for r in first.get("Reservations", []))
    if instances == 0:
        sys.exit("botocore found no instances in " + args.page)

    iterations = 0
    wall_start = time.perf_counter()
    cpu_start = time.process_time()
    while True:
        parse()
        iterations += 1
        if iterations >= args.min_iterations and time.perf_counter() - wall_start >= args.seconds:
            break
    wall = time.perf_counter() - wall_start
    cpu = time.process_time() - cpu_start
    cpu_ms = cpu * 1000.0 / iterations
    json.dump({
        "parser": "botocore " + botocore.__version__ + " parsers.create_parser('ec2')",
        "doc_bytes": len(body),
        "instances": instances,
        "iterations": iterations,
        "cpu_ms_per_page": cpu_ms,
        "wall_ms_per_page": wall * 1000.0 / iterations,
        "pages_per_s": 1000.0 / cpu_ms,
        "mb_per_s": len(body) / 1e6 * 1000.0 / cpu_ms,
    }, sys.stdout, indent=2)
    print()


if __name__ == "__main__":
    main()
