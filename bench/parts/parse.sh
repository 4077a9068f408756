#!/usr/bin/env bash
# Parsing benchmark: Onramp's AwsXml::parseDescribeInstances vs the libxml2 xmlTextReader bare walk, the
# QXmlStreamReader bare walk (all three in bench_awsxml) and botocore's EC2 parser, on the same 1,000-instance page.
# Builds nothing: BUILD_DIR must hold bench/bench_awsxml (target bench_awsxml; the libxml2 walk is in it when
# libxml2-dev was found at configure time).
# Usage: bench/parts/parse.sh BUILD_DIR OUT_DIR
#   writes OUT_DIR/parse.json (raw figures), OUT_DIR/parse.md (a RESULTS.md section) and OUT_DIR/page.xml (the page)
#   about 1 minute on a quiet 2-core machine; figures are CPU time per page (the machines are shared)
set -euo pipefail
if [ $# -ne 2 ]; then
    echo "usage: $0 BUILD_DIR OUT_DIR" >&2
    exit 2
fi
here="$(cd "$(dirname "$0")" && pwd)"
build="$1"
out="$2"
mkdir -p "$out"
bench="$build/bench/bench_awsxml"
[ -x "$bench" ] || { echo "parse.sh: $bench not built (target bench_awsxml)" >&2; exit 1; }

ONRAMP_BENCH_WRITE_PAGE="$out/page.xml" "$bench" --benchmark_min_time=1 --benchmark_repetitions=3 \
    --benchmark_report_aggregates_only=true --benchmark_format=json >"$out/parse_bench_awsxml.json"
/usr/bin/python3 "$here/../peers/parse_botocore.py" "$out/page.xml" --seconds 5 >"$out/parse_botocore.json"

/usr/bin/python3 - "$out" <<'PY'
import json, os, sys
out = sys.argv[1]
bench = json.load(open(os.path.join(out, "parse_bench_awsxml.json")))
boto = json.load(open(os.path.join(out, "parse_botocore.json")))
medians = {b["run_name"]: b for b in bench["benchmarks"] if b.get("aggregate_name") == "median"}

def ms(b):  # Google Benchmark reports cpu_time in the benchmark's unit (ms here)
    assert b["time_unit"] == "ms"
    return b["cpu_time"]

doc_bytes = boto["doc_bytes"]
rows = []  # (key, label, ms/page)
for key, label in [("BM_ParseDescribeInstances", "Onramp AwsXml::parseDescribeInstances (XmlScanner)"),
                   ("BM_Libxml2TextReaderBareWalk", "libxml2 2.9 xmlTextReader bare walk (floor)"),
                   ("BM_QXmlStreamReaderBareWalk", "QXmlStreamReader bare walk (Onramp's old tokenizer)")]:
    if key in medians:
        rows.append((key, label, ms(medians[key])))
rows.append(("botocore", "botocore " + boto["parser"].split()[1] + " EC2 parser (parsers.create_parser('ec2'))",
             boto["cpu_ms_per_page"]))
by_key = {k: t for k, _, t in rows}
onramp = by_key["BM_ParseDescribeInstances"]
boto_ms = by_key["botocore"]
libxml2 = by_key.get("BM_Libxml2TextReaderBareWalk")

def factor(other, mine):
    r = other / mine
    return f"{r:.1f}x faster" if r >= 1 else f"{1 / r:.2f}x slower"

result = {
    "document": {"bytes": doc_bytes, "instances": boto["instances"]},
    "parsers": [{"name": k, "label": l, "cpu_ms_per_page": t, "pages_per_s": 1000 / t,
                 "mb_per_s": doc_bytes / 1e6 * 1000 / t} for k, l, t in rows],
    "onramp_vs_botocore": boto_ms / onramp,
    "onramp_vs_libxml2_walk_time_ratio": onramp / libxml2 if libxml2 else None,
    "targets": {"botocore_speedup_min": 30, "libxml2_time_ratio_max": 2},
}
meets_boto = boto_ms / onramp >= 30
meets_libxml2 = libxml2 is not None and onramp <= 2 * libxml2
result["met"] = {"botocore": meets_boto, "libxml2": meets_libxml2}
json.dump(result, open(os.path.join(out, "parse.json"), "w"), indent=2)

lines = ["## Parsing a 1,000-instance DescribeInstances page", "",
         f"The same generated page for every parser: {doc_bytes:,} bytes ({doc_bytes / 1e6:.1f} MB), "
         f"{boto['instances']:,} instances with EC2's full VPC shape and 5-10 tags each, one line per element, "
         "no indentation. CPU time per page (median of 3 runs for the C++ ones; botocore over "
         f"{boto['iterations']} parses); the machine is shared, so compare ratios within this run.", "",
         "| parser | ms/page | pages/s | MB/s | ratio vs botocore | ratio vs libxml2 walk |",
         "|---|---:|---:|---:|---:|---:|"]
for key, label, t in rows:
    vs_boto = factor(boto_ms, t) if key != "botocore" else "1.0x"
    vs_libxml2 = factor(libxml2, t) if libxml2 else "n/a"
    if key == "BM_Libxml2TextReaderBareWalk":
        vs_libxml2 = "1.0x"
    lines.append(f"| {label} | {t:.1f} | {1000 / t:.1f} | {doc_bytes / 1e6 * 1000 / t:.0f} | {vs_boto} | {vs_libxml2} |")
lines += ["",
          f"Targets: at least 30x botocore's speed — {boto_ms / onramp:.0f}x, **{'met' if meets_boto else 'missed'}**; "
          "within 2x of libxml2's bare streaming walk (at most twice its time) — "
          + (f"{onramp / libxml2:.2f}x its time, **{'met' if meets_libxml2 else 'missed'}**."
             if libxml2 else "**missed** (libxml2 was not found when bench_awsxml was configured)."),
          "",
          "Onramp builds the full result (1,000 `Ec2Instance` values with their tags, timestamps parsed) and checks "
          "well-formedness (UTF-8, characters, references, tag nesting); the walks build nothing.", ""]
open(os.path.join(out, "parse.md"), "w").write("\n".join(lines))
PY
echo "parse.sh: wrote $out/parse.json and $out/parse.md" >&2
