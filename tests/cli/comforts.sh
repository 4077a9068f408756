#!/usr/bin/env bash
# onrampctl's command-line comforts, checked against the binary: help for every command naming every option the
# command parses, the bash and zsh completions offering what the help lists, and the man page generated from it.
# Usage: comforts.sh ONRAMPCTL SOURCE_DIR MANPAGE (MANPAGE may be "-" when help2man was not found at build time).
set -uo pipefail
ctl=$1
src=$2
man=$3
failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Every command of the contract (cli-contract.md, with its Additions and `org …`) and the options it gives each.
declare -A contract=(
    [create]="--name"
    [template]="--format --trusted-account --role-name"
    [verify]="--role-arn --no-wait --wait-for-role"
    [connect-keys]="--name"
    [accounts]=""
    [discover]=""
    [instances]="--kind"
    [disconnect]=""
    [users]=""
    [doctor]=""
    [org create]="--name"
    [org template]="--format --trusted-account --role-name --ou"
    [org verify]="--role-arn --wait-for-role --no-wait --exclude-account --exclude-ou"
    [org sync]=""
)

"$ctl" --help >"$work/overview" || fail "onrampctl --help exits $?"
mapfile -t commands < <(sed -n '/^Commands:/,/^$/{/^  /p}' "$work/overview" | awk '{ print ($1 == "org") ? $1 " " $2 : $1 }')
[ ${#commands[@]} -eq ${#contract[@]} ] || fail "--help lists ${#commands[@]} commands, the contract has ${#contract[@]}"
for option in --db --user --region --json --help --version; do
    grep -q -- "$option" "$work/overview" || fail "--help does not name the global option $option"
done
grep -qE '^onrampctl [0-9]+\.[0-9]+\.[0-9]+$' <<<"$("$ctl" --version)" || fail "--version is not 'onrampctl X.Y.Z'"
"$ctl" no-such-command --help >/dev/null 2>&1
[ $? -eq 2 ] || fail "help for an unknown command does not exit 2"

# Each command: its own help (exit 0, its usage line), naming every option the contract gives it and nothing that
# the command then refuses as unknown.
export ONRAMP_DB="$work/registry.sqlite" AWS_ENDPOINT_URL=http://127.0.0.1:9 AWS_ACCESS_KEY_ID= AWS_REGION=us-east-1
for command in "${!contract[@]}"; do
    grep -qx "$command" < <(printf '%s\n' "${commands[@]}") || fail "--help does not list \"$command\""
    # shellcheck disable=SC2086 # "org verify" is two words
    "$ctl" $command --help >"$work/help" 2>&1 || fail "onrampctl $command --help exits $?"
    grep -q "^Usage: onrampctl \[GLOBAL OPTIONS\] $command" "$work/help" || fail "$command --help has no usage line"
    for option in ${contract[$command]}; do
        grep -q -- "$option\b" "$work/help" || fail "$command --help does not name $option"
    done
    for option in $(grep -oE '^  --[a-z-]+' "$work/help"); do
        # shellcheck disable=SC2086
        timeout 30 "$ctl" $command no-such-record "$option" 1 </dev/null >/dev/null 2>"$work/err"
        if grep -qi "unknown option" "$work/err"; then fail "$command --help names $option, the command refuses it"; fi
    done
done

# Every option the commands read (p.value/values/isSet) is named in the help of some command: an option cannot be
# parsed without help, and no command adds one to its parser outside CliHelp's table.
cat "$work/overview" >"$work/all-help"
for command in "${commands[@]}"; do
    # shellcheck disable=SC2086
    "$ctl" $command --help >>"$work/all-help"
done
mapfile -t parsed < <(grep -ohE 'p\.(value|values|isSet)\(QStringLiteral\("[a-z-]+"\)' "$src"/app/clicommands*.cpp |
    sed -E 's/.*"([a-z-]+)".*/\1/' | sort -u)
[ ${#parsed[@]} -ge 10 ] || fail "found only ${#parsed[@]} parsed options in app/clicommands*.cpp"
for option in "${parsed[@]}"; do
    grep -q -- "--$option\b" "$work/all-help" || fail "--$option is parsed but no help names it"
done
if grep -nE 'addOption\(|QCommandLineOption' "$src"/app/clicommands*.cpp "$src"/app/onrampctl.cpp; then
    fail "a command adds an option outside CliHelp's table (app/clihelp.cpp)"
fi

# bash: the completion loads, and offers every command, every org subcommand and each command's options.
bash_file="$src/resources/completions/onrampctl.bash"
complete_words() {
    bash -c 'source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _onrampctl; printf "%s\n" "${COMPREPLY[@]}"' \
        sh "$bash_file" "$@"
}
grep -q '_onrampctl onrampctl' <<<"$(bash -c 'source "$1"; complete -p onrampctl' sh "$bash_file")" ||
    fail "bash: no completion for onrampctl after sourcing"
first=$(complete_words onrampctl "")
for command in "${commands[@]}"; do
    grep -qx "${command%% *}" <<<"$first" || fail "bash completion does not offer ${command%% *}"
done
org=$(complete_words onrampctl org "")
for command in "${commands[@]}"; do
    [[ $command == org\ * ]] && { grep -qx "${command#org }" <<<"$org" || fail "bash does not offer $command"; }
done
[ "$(complete_words onrampctl --json ver)" = "verify" ] || fail "bash: 'ver' after --json does not complete to verify"
for command in "${commands[@]}"; do
    # shellcheck disable=SC2086
    offered=$(complete_words onrampctl $command "--")
    # shellcheck disable=SC2086
    for option in $("$ctl" $command --help | grep -oE '^  --[a-z-]+'); do
        grep -qx -- "$option" <<<"$offered" || fail "bash completion of $command does not offer $option"
    done
done
[ "$(complete_words onrampctl template x --format y)" = "yaml" ] || fail "bash: --format values not offered"

# zsh: the completion parses, and names every command and every option of the help.
zsh_file="$src/resources/completions/_onrampctl"
if command -v zsh >/dev/null; then
    zsh -n "$zsh_file" || fail "zsh: _onrampctl does not parse"
else
    fail "zsh is not installed (scripts/setup-debian.sh installs it)"
fi
head -1 "$zsh_file" | grep -qx '#compdef onrampctl' || fail "zsh: _onrampctl lacks #compdef onrampctl"
for command in "${commands[@]}"; do
    grep -q "'${command#org }:" "$zsh_file" || fail "zsh completion does not offer $command"
done
for option in $(grep -ohE '^  --[a-z-]+' "$work/all-help" | sort -u); do
    grep -q -- "${option# *}\[" "$zsh_file" || fail "zsh completion does not name ${option# *}"
done

# The man page: renders without warnings and has a section per command, its options included.
if [ "$man" = "-" ]; then
    fail "no man page was built (help2man missing)"
else
    MANWIDTH=100 man --warnings -l "$man" >"$work/man.txt" 2>"$work/man.err" || fail "man -l $man fails"
    [ ! -s "$work/man.err" ] || fail "man page warnings: $(cat "$work/man.err")"
    for command in "${commands[@]}"; do
        grep -q "^   $command\$" "$work/man.txt" || fail "man page has no section \"$command\""
    done
    grep -q -- "--exclude-ou" "$work/man.txt" || fail "man page lacks org verify's options"
fi

if [ "$failures" -gt 0 ]; then
    echo "$failures failure(s)" >&2
    exit 1
fi
echo "comforts: ${#commands[@]} commands, ${#parsed[@]} parsed options, completions and man page checked"
