#!/bin/sh
# cfnlint.sh TEMPLATE: validates a CloudFormation template (JSON or YAML) with cfn-lint from npm.
#
# cfn-lint@1 (npm) bundles a 2019 resource specification (2.29.0) that predates AWS::IAM::Role's Tags and
# Description properties, so on its own it rejects valid templates. This script runs cfn-lint's validator with the
# resource and property types the template uses replaced by those of @aws-cdk/cfnspec (CloudFormation resource
# specification 117.0.0): cfn-lint's checks (property names and types, required properties, Ref/GetAtt/Sub targets,
# intrinsic functions, outputs) against a current specification.
#
# Both packages must be installed where `npm root -g` (or $ONRAMP_NODE_MODULES) points:
#     npm install -g cfn-lint@1.9.7 @aws-cdk/cfnspec@2.72.1
# Exit status: 0 valid (no critical error, no warning), 1 invalid, 77 the tools are not installed (tests skip).
set -u

if [ $# -ne 1 ] || [ ! -r "$1" ]; then
    echo "usage: $0 TEMPLATE (a readable file)" >&2
    exit 2
fi
template=$1

if ! command -v node >/dev/null 2>&1; then
    echo "cfnlint.sh: node is not installed" >&2
    exit 77
fi
modules=${ONRAMP_NODE_MODULES:-}
if [ -z "$modules" ] && command -v npm >/dev/null 2>&1; then
    modules=$(npm root -g 2>/dev/null)
fi
if [ -z "$modules" ] || [ ! -f "$modules/cfn-lint/lib/api.js" ] || [ ! -f "$modules/@aws-cdk/cfnspec/package.json" ]; then
    echo "cfnlint.sh: cfn-lint or @aws-cdk/cfnspec not found in '${modules:-<no npm>}';" \
        "install them with: npm install -g cfn-lint@1.9.7 @aws-cdk/cfnspec@2.72.1" >&2
    exit 77
fi

FORCE_COLOR=0 exec node - "$modules" "$template" <<'EOF'
const path = require('path');
const [modules, template] = process.argv.slice(2);
const lintDir = path.join(modules, 'cfn-lint');
const awsData = require(path.join(lintDir, 'lib', 'awsData'));
const parser = require(path.join(lintDir, 'lib', 'parser'));
const api = require(path.join(lintDir, 'lib', 'api'));
const cfnspec = require(path.join(modules, '@aws-cdk', 'cfnspec'));

let parsed;
try {
    parsed = parser.openFile(template);
} catch (e) {
    console.log(`cfn-lint: cannot parse ${template}: ${e.message}`);
    process.exit(1);
}
const used = new Set(Object.values((parsed && parsed.Resources) || {}).map((r) => r && r.Type));
const current = cfnspec.filteredSpecification((type) => used.has(type));
Object.assign(awsData.awsResources.ResourceTypes, current.ResourceTypes);
Object.assign(awsData.awsResources.PropertyTypes, current.PropertyTypes);

const lintVersion = require(path.join(lintDir, 'package.json')).version;
const specVersion = require(path.join(modules, '@aws-cdk', 'cfnspec', 'package.json')).version;
console.log(`cfn-lint ${lintVersion}, resource types ${[...used].join(', ')} from @aws-cdk/cfnspec ${specVersion}` +
            ` (specification ${cfnspec.specification().ResourceSpecificationVersion})`);

const result = api.validateFile(template);
const print = (level, list) => list.forEach((e) => console.log(`${level}: ${e.resource}: ${e.message}`));
print('crit', result.errors.crit);
print('warn', result.errors.warn);
print('info', result.errors.info);
const ok = result.templateValid && result.errors.crit.length === 0 && result.errors.warn.length === 0;
console.log(`${result.errors.crit.length} crit, ${result.errors.warn.length} warn, ${result.errors.info.length} info: ` +
            (ok ? 'template valid' : 'template invalid'));
process.exit(ok ? 0 : 1);
EOF
