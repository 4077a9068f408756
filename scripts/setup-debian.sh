#!/usr/bin/env bash
# Installs every Debian package Onramp's build, app and tests need (with --bench also the benchmarks' peers).
# Idempotent.
set -euo pipefail
bench=0
[ "${1:-}" = "--bench" ] && bench=1

packages=(
    build-essential cmake ninja-build pkg-config git
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-svg-dev libqt6svg6 libqt6sql6-sqlite libqt6sql6-psql qt6-qpa-plugins
    qtkeychain-qt6-dev libssl-dev libsqlite3-dev openssl ca-certificates
    libbenchmark-dev
    xvfb xauth dbus dbus-x11 gnome-keyring libsecret-tools
    postgresql sqlite3
    python3 python3-botocore python3-boto3 python3-yaml
    clang libclang-rt-14-dev llvm clang-format
    desktop-file-utils appstream lintian help2man librsvg2-bin dpkg-dev file zsh man-db
)
# bench/run.sh: the peers (AWS Common Runtime signer, libxml2's reader), the chart, the profilers it mentions.
[ "$bench" -eq 1 ] && packages+=(python3-awscrt python3-matplotlib libxml2-dev linux-perf valgrind heaptrack)
# The image may carry Node.js from elsewhere (it bundles npm); Debian's nodejs+npm only when there is none.
command -v npx >/dev/null 2>&1 || packages+=(nodejs npm)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
if [ ${#missing[@]} -eq 0 ]; then
    echo "setup-debian: all ${#packages[@]} Debian packages present"
else
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get update -qq
    $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    echo "setup-debian: installed ${missing[*]}"
fi

# CloudFormation template validation in the tests (tests/aws/cfnlint.sh): cfn-lint with a current resource
# specification from @aws-cdk/cfnspec, from the npm registry, installed globally once.
npm_root="$(npm root -g 2>/dev/null || true)"
if [ ! -d "$npm_root/cfn-lint" ] || [ ! -d "$npm_root/@aws-cdk/cfnspec" ]; then
    $sudo npm install -g --no-fund --no-audit --loglevel=error cfn-lint@1.9.7 @aws-cdk/cfnspec@2.72.1 >/dev/null
    echo "setup-debian: installed npm cfn-lint and @aws-cdk/cfnspec"
fi

# Terraform output parsing in the tests (tests/aws/hcl2json.sh): HashiCorp's HCL parser as WebAssembly, from npm.
if [ ! -d "$npm_root/@cdktf/hcl2json" ]; then
    $sudo npm install -g --no-fund --no-audit --loglevel=error @cdktf/hcl2json@0.21.0 >/dev/null
    echo "setup-debian: installed npm @cdktf/hcl2json"
fi

# bench/run.sh's Node peer (@smithy/signature-v4), pinned in bench/peers/node/package.json, installed locally.
if [ "$bench" -eq 1 ] && [ ! -d "$(dirname "$0")/../bench/peers/node/node_modules/@smithy/signature-v4" ]; then
    (cd "$(dirname "$0")/../bench/peers/node" && npm install --no-fund --no-audit --loglevel=error >/dev/null)
    echo "setup-debian: installed the bench's npm peers"
fi
