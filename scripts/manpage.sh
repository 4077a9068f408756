#!/usr/bin/env bash
# Writes onrampctl's manual page from its own help (the build runs it, app/CMakeLists.txt): help2man turns
# `onrampctl --help` and `--version` into the page, and each command's `onrampctl COMMAND --help` becomes a
# subsection of COMMANDS. Usage: scripts/manpage.sh ONRAMPCTL OUTPUT.1
set -euo pipefail
ctl=$1
out=$2
include=$(mktemp)
trap 'rm -f "$include"' EXIT

# The commands as the overview lists them: the lines between "Commands:" and the next empty line.
mapfile -t commands < <("$ctl" --help | sed -n '/^Commands:/,/^$/{/^  /p}' | awk '{ print ($1 == "org") ? $1 " " $2 : $1 }')
[ ${#commands[@]} -gt 0 ] || { echo "manpage.sh: no commands in $ctl --help" >&2; exit 1; }
{
    echo '[COMMANDS]'
    for command in "${commands[@]}"; do
        echo ".SS \"$command\""
        echo '.nf'
        # roff: a backslash is \e, a line starting with a dot or quote is not a request.
        # shellcheck disable=SC2086 # "org verify" is two words on purpose
        "$ctl" $command --help | sed -e 's/\\/\\e/g' -e "s/^\([.']\)/\\\\\\&\1/"
        echo '.fi'
    done
    echo '[FILES]'
    echo 'The account registry is the SQLite file ~/.local/share/Onramp/onramp/onramp.sqlite unless'
    echo '\fB\-\-db\fR or \fBONRAMP_DB\fR names another; secrets are kept only in the desktop keychain.'
    echo '[SEE ALSO]'
    echo 'The command-line contract (cli-contract.md) and the README of Onramp.'
} >"$include"
help2man --no-info --section=1 --name="command-line console of Onramp, AWS account onboarding" \
    --include="$include" --output="$out" "$ctl"
