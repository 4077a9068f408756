#!/usr/bin/env bash
# SigV4 signing of a DescribeInstances request: Onramp (cached and cold key), the OpenSSL-hashing floor, and the
# peers botocore, awscrt and @smithy/signature-v4, on the same request in the same run.
# Usage: bench/parts/sigv4.sh BUILD_DIR OUT_DIR   (writes OUT_DIR/sigv4.json and OUT_DIR/sigv4.md)
set -euo pipefail
build="$1"; out="$2"
here="$(cd "$(dirname "$0")/.." && pwd)"
"$build/bench/bench_sigv4" --benchmark_min_time=1 --benchmark_format=json >"$out/sigv4_onramp.json" 2>/dev/null
/usr/bin/python3 "$here/peers/sigv4_botocore.py" >"$out/sigv4_botocore.txt"
/usr/bin/python3 "$here/peers/sigv4_awscrt.py" >"$out/sigv4_awscrt.json"
if [ ! -d "$here/peers/node/node_modules/@smithy/signature-v4" ]; then
    (cd "$here/peers/node" && npm install --no-fund --no-audit --loglevel=error >/dev/null 2>&1) || true
fi
if [ -d "$here/peers/node/node_modules/@smithy/signature-v4" ]; then
    (cd "$here/peers/node" && node sigv4_smithy.mjs) >"$out/sigv4_smithy.json"
else
    echo '{}' >"$out/sigv4_smithy.json"
fi

/usr/bin/python3 - "$out" <<'PY'
import json, os, re, sys
out = sys.argv[1]
onramp = {b["name"]: b["items_per_second"] for b in json.load(open(os.path.join(out, "sigv4_onramp.json")))["benchmarks"]}
boto = float(re.search(r"([\d,]+) signatures/s", open(os.path.join(out, "sigv4_botocore.txt")).read()).group(1).replace(",", ""))
crt = json.load(open(os.path.join(out, "sigv4_awscrt.json")))
smithy = json.load(open(os.path.join(out, "sigv4_smithy.json")))
cached, cold = onramp["BM_Sign_CachedKey"], onramp["BM_Sign_ColdKey"]
floor_cached, floor_cold = onramp["BM_Floor_CachedKey"], onramp["BM_Floor_ColdKey"]
crt_rate = crt["signatures_per_s"]
rows = [
    ("Onramp SigV4Signer, cached signing key", cached, floor_cached),
    ("Onramp SigV4Signer, cold key", cold, floor_cold),
    ("floor: OpenSSL doing only SigV4's hashing, cached key", floor_cached, None),
    ("floor: OpenSSL doing only SigV4's hashing, cold key", floor_cold, None),
    ("botocore SigV4Auth.add_auth (derives the key every call)", boto, None),
    (f"awscrt {crt['version']} aws_sign_request (derives the key every call)", crt_rate, None),
]
if smithy:
    rows += [(f"@smithy/signature-v4 {smithy['version']} on Node {smithy['node']}, cached key", smithy["cached_signatures_per_s"], None),
             (f"@smithy/signature-v4 {smithy['version']} on Node {smithy['node']}, cold key", smithy["cold_signatures_per_s"], None)]
md = ["## SigV4 signing of a DescribeInstances request (single thread, CPU time)", "",
      "| signer | signatures/s | Onramp cached is | Onramp cold is |", "|---|---:|---:|---:|"]
for label, rate, _ in rows:
    md.append(f"| {label} | {rate:,.0f} | {cached / rate:.2f}x | {cold / rate:.2f}x |")
def verdict(ok): return "met" if ok else "**missed**"
md += ["", "Targets (issue 6): >= 20x botocore, >= 3x awscrt, within 2x of the floor.", "",
       f"- vs botocore: cached {cached / boto:.1f}x, cold {cold / boto:.1f}x — {verdict(min(cached, cold) / boto >= 20)}",
       f"- vs awscrt: cached {cached / crt_rate:.1f}x, cold {cold / crt_rate:.1f}x — {verdict(min(cached, cold) / crt_rate >= 3)}",
       f"- vs floor: cached takes {floor_cached / cached:.2f}x the floor's time, cold {floor_cold / cold:.2f}x — "
       f"{verdict(max(floor_cached / cached, floor_cold / cold) <= 2)}"]
if smithy:
    md.append(f"- vs @smithy/signature-v4: cached {cached / smithy['cached_signatures_per_s']:.1f}x, cold {cold / smithy['cold_signatures_per_s']:.1f}x")
md.append("")
open(os.path.join(out, "sigv4.md"), "w").write("\n".join(md) + "\n")
json.dump({"onramp": onramp, "botocore": boto, "awscrt": crt, "smithy": smithy}, open(os.path.join(out, "sigv4.json"), "w"), indent=1)
PY
