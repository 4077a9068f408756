#!/bin/sh
# hcl2json.sh FILE: parses a Terraform (HCL) file with HashiCorp's own HCL parser (npm @cdktf/hcl2json: the Go
# hclsyntax package compiled to WebAssembly) and prints the file as JSON (blocks as lists, expressions as "${...}").
#
# The package must be installed where `npm root -g` (or $ONRAMP_NODE_MODULES) points:
#     npm install -g @cdktf/hcl2json@0.21.0
# Exit status: 0 parsed (JSON on stdout), 1 not valid HCL (the parser's diagnostics on stdout), 77 the parser is not
# installed (tests skip).
set -u

if [ $# -ne 1 ] || [ ! -r "$1" ]; then
    echo "usage: $0 FILE (a readable .tf file)" >&2
    exit 2
fi
if ! command -v node >/dev/null 2>&1; then
    echo "hcl2json.sh: node is not installed" >&2
    exit 77
fi
modules=${ONRAMP_NODE_MODULES:-}
if [ -z "$modules" ] && command -v npm >/dev/null 2>&1; then
    modules=$(npm root -g 2>/dev/null)
fi
if [ -z "$modules" ] || [ ! -f "$modules/@cdktf/hcl2json/package.json" ]; then
    echo "hcl2json.sh: @cdktf/hcl2json not found in '${modules:-<no npm>}';" \
        "install it with: npm install -g @cdktf/hcl2json@0.21.0" >&2
    exit 77
fi

exec node - "$modules" "$1" <<'JS'
const path = require('path');
const fs = require('fs');
const [modules, file] = process.argv.slice(2);
const { parse } = require(path.join(modules, '@cdktf', 'hcl2json'));
parse(path.basename(file), fs.readFileSync(file, 'utf8'))
    .then((json) => { process.stdout.write(JSON.stringify(json) + '\n'); })
    .catch((e) => { console.log(`not valid HCL: ${e.message || e}`); process.exit(1); });
JS
