#!/usr/bin/env bash
# Takes the README's screenshots under Xvfb, against the local fake AWS endpoint (tests/fakeaws), into
# docs/screenshots/*.png: the main window with accounts (light and dark) and with an AWS Organization, the wizard's
# tabs (the organization's too), the progress pages, an error, and the instance browser with a few thousand instances
# (and with RDS databases beside them), each taken by the developer tool onramp-screenshots
# (app/screenshots: the app's own main window, driven into a scene). Needs a build (BUILD_DIR, default build/), Xvfb,
# Debian's python3 with botocore, and a Secret Service (the script runs itself under scripts/with-keyring.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
BUILD_DIR="${BUILD_DIR:-$root/build}"
OUT_DIR="${OUT_DIR:-$root/docs/screenshots}"
shooter="$BUILD_DIR/app/screenshots/onramp-screenshots"
onrampctl="$BUILD_DIR/app/onrampctl"
[ -x "$shooter" ] && [ -x "$onrampctl" ] || { echo "screenshots: build onramp-screenshots and onrampctl into $BUILD_DIR first" >&2; exit 1; }

# A private keychain (and HOME) for the whole run.
if [ -z "${ONRAMP_SCREENSHOTS_IN_KEYRING:-}" ]; then
    export ONRAMP_SCREENSHOTS_IN_KEYRING=1 BUILD_DIR OUT_DIR
    exec bash scripts/with-keyring.sh bash "$0" "$@"
fi
unset QT_QPA_PLATFORM   # with-keyring.sh defaults it to offscreen; the tool runs on Xvfb here
# Qt formats with its own CLDR data, so en_US works without the glibc locale being installed.
export LANG=en_US.UTF-8 LC_ALL=en_US.UTF-8 TZ=UTC

work="$(mktemp -d -t onramp-shots.XXXXXX)"
fake="$work/fake"
python=/usr/bin/python3
cleanup() { "$python" tests/fakeaws/fakeaws.py stop --state-dir "$fake" >/dev/null 2>&1 || true; rm -rf "$work"; }
trap cleanup EXIT
"$python" tests/fakeaws/fakeaws.py start --state-dir "$fake" >/dev/null
https="$("$python" -c 'import json,sys; print(json.load(open(sys.argv[1]))["https"])' "$fake/endpoint.json")"
control="$("$python" -c 'import json,sys; print(json.load(open(sys.argv[1]))["http"])' "$fake/endpoint.json")"

db="$work/onramp.sqlite"
export ONRAMP_DB="$db" ONRAMP_USER=alice AWS_REGION=us-east-1 NO_PROXY=127.0.0.1,localhost
export AWS_CA_BUNDLE="$fake/ca.pem" ONRAMP_RETRY_BASE_MS=20
# The fake's console identity (tests/fakeaws/SCENARIOS.md): test credentials, not real ones.
export AWS_ACCESS_KEY_ID=AKIAONRAMPCONSOLE001 AWS_SECRET_ACCESS_KEY='OnrampConsole/K7MDENG+bPxRfiCYEXAMPLEKEY'
export ONRAMP_KEYCHAIN_SERVICE=onramp-screenshots
endpoint() { export AWS_ENDPOINT_URL="$https/$1/$2/"; }

# put_scenario NAME JSON: registers a scenario with the fake's control API.
put_scenario() {
    "$python" - "$control/_fake/scenarios/$1" "$2" <<'PY'
import sys, urllib.request
req = urllib.request.Request(sys.argv[1], data=sys.argv[2].encode(), method="PUT",
                             headers={"Content-Type": "application/json"})
with urllib.request.urlopen(req) as r:
    assert r.status == 200, r.status
PY
}
field() { "$python" -c 'import json,sys; print(json.load(sys.stdin)[sys.argv[1]])' "$1"; }
console='{"access_key_id": "AKIAONRAMPCONSOLE001", "secret_access_key": "OnrampConsole/K7MDENG+bPxRfiCYEXAMPLEKEY",
          "account": "999988887777", "arn": "arn:aws:iam::999988887777:user/onramp-console",
          "allowed_actions": ["sts:AssumeRole", "ec2:*"]}'
role() { # account external-id
    printf '{"arn": "arn:aws:iam::%s:role/OnrampDiscoveryRole", "external_id": "%s", "trusted_accounts": ["999988887777"],
             "allowed_actions": ["ec2:DescribeRegions", "ec2:DescribeInstances", "ec2:DescribeInstanceStatus"]}' "$1" "$2"
}

echo "screenshots: connecting accounts through onrampctl"
# 1. Production: CloudFormation, 2,345 instances in 5 regions (the cfn-2345 scenario's account).
prod="$("$onrampctl" --json create --name Production)"
prod_id="$(echo "$prod" | field id)"
put_scenario shots-prod "{\"extends\": \"cfn-2345\", \"identities\": [$console], \"roles\": [$(role 111122223333 "$(echo "$prod" | field external_id)")]}"
endpoint shots-prod s1
"$onrampctl" verify "$prod_id" --role-arn arn:aws:iam::111122223333:role/OnrampDiscoveryRole >/dev/null

# 2. Staging: access keys of another account with a few hundred instances.
put_scenario shots-staging "{\"extends\": \"basic\", \"identities\": [$console,
    {\"access_key_id\": \"AKIASTAGINGREADONLY1\", \"secret_access_key\": \"StagingReadOnly/K7MDENG+bPxRfiCYEXAMPLEK\",
     \"account\": \"222233334444\", \"arn\": \"arn:aws:iam::222233334444:user/onramp-readonly\",
     \"allowed_actions\": [\"ec2:DescribeRegions\", \"ec2:DescribeInstances\", \"ec2:DescribeInstanceStatus\"]}],
    \"accounts\": {\"222233334444\": {\"regions\": {\"eu-west-1\": {\"generate\": 180, \"seed\": 11, \"spot_ratio\": 0.4},
                                                \"eu-central-1\": {\"generate\": 95, \"seed\": 12}}}}}"
endpoint shots-staging s1
printf 'AKIASTAGINGREADONLY1\nStagingReadOnly/K7MDENG+bPxRfiCYEXAMPLEK\n' | "$onrampctl" connect-keys --name Staging >/dev/null

# 3. Data science: keys without ec2:DescribeInstances, so discovery fails with a clear reason.
put_scenario shots-limited "{\"extends\": \"basic\", \"identities\": [$console,
    {\"access_key_id\": \"AKIADATASCIENCEUSER1\", \"secret_access_key\": \"DataScienceUser/K7MDENG+bPxRfiCYEXAMPLEK\",
     \"account\": \"333344445555\", \"arn\": \"arn:aws:iam::333344445555:user/onramp\",
     \"allowed_actions\": [\"ec2:DescribeRegions\"]}]}"
endpoint shots-limited s1
printf 'AKIADATASCIENCEUSER1\nDataScienceUser/K7MDENG+bPxRfiCYEXAMPLEK\n' | "$onrampctl" connect-keys --name "Data science" >/dev/null || true

# 4. Two pending onboardings: one for the wizard's tabs and its error, one that the progress scene verifies.
pending="$("$onrampctl" --json create --name "Marketing")"
pending_id="$(echo "$pending" | field id)"
analytics="$("$onrampctl" --json create --name "Analytics")"
analytics_id="$(echo "$analytics" | field id)"
put_scenario shots-progress "{\"extends\": \"basic\", \"identities\": [$console],
    \"roles\": [$(role 444455556666 "$(echo "$analytics" | field external_id)")],
    \"accounts\": {\"444455556666\": {\"regions\": {\"us-east-1\": {\"generate\": 2400, \"seed\": 5},
        \"us-west-2\": {\"generate\": 900, \"seed\": 6}, \"eu-west-1\": {\"generate\": 700, \"seed\": 7},
        \"ap-northeast-1\": {\"generate\": 400, \"seed\": 8}}}},
    \"faults\": {\"latency_ms\": 700}}"

mkdir -p "$OUT_DIR"
shot() { # file scene [extra onramp-screenshots options...]
    local file="$1" scene="$2"
    shift 2
    xvfb-run -a -s "-screen 0 1280x800x24" "$shooter" --scene "$scene" "$@" "$OUT_DIR/$file"
    echo "screenshots: $OUT_DIR/$file"
}
endpoint shots-prod view
shot main-window.png main --appearance light
shot main-window-dark.png main --appearance dark
shot wizard-cloudformation.png wizard-cfn --resume "$pending_id" --appearance light
shot wizard-access-keys.png wizard-keys --resume "$pending_id" --appearance light
shot instance-browser.png browser --appearance light
shot instance-browser-dark.png browser --appearance dark
endpoint shots-prod wrong-external-id
shot wizard-error.png wizard-error --resume "$pending_id" --role-arn arn:aws:iam::111122223333:role/OnrampDiscoveryRole --appearance light
endpoint shots-progress p1
shot wizard-progress.png wizard-progress --resume "$analytics_id" --role-arn arn:aws:iam::444455556666:role/OnrampDiscoveryRole --appearance light

# An AWS Organization (the fake's org-basic scenario: management account 111111111111, root r-a1b2, five active
# members, one without the member role yet): a registry of its own, so the first shots stay as they are.
echo "screenshots: connecting an AWS Organization through onrampctl"
export ONRAMP_DB="$work/organization.sqlite"
endpoint org-basic o1
org="$("$onrampctl" --json org create --name "Acme")"
"$onrampctl" org verify "$(echo "$org" | field id)" --role-arn 111111111111 >/dev/null || true
shot main-window-organization.png main --appearance light
export ONRAMP_DB="$work/organization-wizard.sqlite"
endpoint org-basic o2
org_pending="$("$onrampctl" --json org create --name "Acme")"
org_pending_id="$(echo "$org_pending" | field id)"
shot wizard-organization.png wizard-org --resume "$org_pending_id" --org-targets r-a1b2 --role-arn 111111111111 --appearance light
shot wizard-organization-progress.png wizard-org-progress --resume "$org_pending_id" --org-targets r-a1b2 --role-arn 111111111111 --appearance light

# RDS databases beside the instances (issue 15): Production lists both kinds in two regions; Legacy's role comes
# from a template older than RDS discovery (no rds:DescribeDBInstances), so the browser shows its notice.
echo "screenshots: connecting accounts with databases through onrampctl"
export ONRAMP_DB="$work/databases.sqlite"
rds_role() { # account external-id: the current template's actions
    printf '{"arn": "arn:aws:iam::%s:role/OnrampDiscoveryRole", "external_id": "%s", "trusted_accounts": ["999988887777"],
             "allowed_actions": ["ec2:DescribeRegions", "ec2:DescribeInstances", "ec2:DescribeInstanceStatus",
                                 "rds:DescribeDBInstances"]}' "$1" "$2"
}
db_prod="$("$onrampctl" --json create --name Production)"
db_legacy="$("$onrampctl" --json create --name Legacy)"
put_scenario shots-databases "{\"extends\": \"basic\", \"identities\": [$console],
    \"roles\": [$(rds_role 111122223333 "$(echo "$db_prod" | field external_id)"),
                $(role 555566667777 "$(echo "$db_legacy" | field external_id)")],
    \"accounts\": {
        \"111122223333\": {\"regions\": {
            \"us-east-1\": {\"generate\": 600, \"seed\": 1, \"databases\": {\"generate\": 24, \"seed\": 3}},
            \"eu-west-1\": {\"generate\": 240, \"seed\": 2, \"databases\": {\"generate\": 9, \"seed\": 4}}}},
        \"555566667777\": {\"regions\": {
            \"eu-central-1\": {\"generate\": 120, \"seed\": 9, \"databases\": {\"generate\": 4, \"seed\": 5}}}}}}"
endpoint shots-databases d1
"$onrampctl" verify "$(echo "$db_prod" | field id)" --role-arn arn:aws:iam::111122223333:role/OnrampDiscoveryRole >/dev/null
"$onrampctl" verify "$(echo "$db_legacy" | field id)" --role-arn arn:aws:iam::555566667777:role/OnrampDiscoveryRole >/dev/null
endpoint shots-databases view
shot instance-browser-databases.png browser-databases --appearance light
echo "screenshots: done"
