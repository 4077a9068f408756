# bash completion for onrampctl: commands, org subcommands, each command's options and their fixed values.
# Installed to share/bash-completion/completions/onrampctl; tests/cli/comforts.sh checks it against `--help`.

_onrampctl()
{
    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD - 1]}
    local globals="--db --user --region --json --help --version"
    case $prev in
    --db)
        COMPREPLY=($(compgen -f -- "$cur"))
        return
        ;;
    --format)
        COMPREPLY=($(compgen -W "json yaml" -- "$cur"))
        return
        ;;
    --kind)
        COMPREPLY=($(compgen -W "ec2 rds" -- "$cur"))
        return
        ;;
    --user | --region | --name | --role-arn | --wait-for-role | --trusted-account | --role-name | --ou | \
        --exclude-account | --exclude-ou)
        return
        ;;
    esac

    # The command (and the org subcommand) are the first words that are neither options nor their values.
    local i word command="" sub="" positional=0
    for ((i = 1; i < COMP_CWORD; i++)); do
        word=${COMP_WORDS[i]}
        case $word in
        --db | --user | --region | --name | --role-arn | --wait-for-role | --trusted-account | --role-name | \
            --format | --kind | --ou | --exclude-account | --exclude-ou)
            ((i++))
            ;;
        -*) ;;
        *)
            if [[ -z $command ]]; then
                command=$word
            elif [[ $command == org && -z $sub ]]; then
                sub=$word
            else
                ((positional++))
            fi
            ;;
        esac
    done

    local words=""
    case "$command${sub:+ $sub}" in
    "") words="create template verify connect-keys accounts discover instances disconnect users doctor org" ;;
    org) words="create template verify sync" ;;
    create | "org create") words="--name" ;;
    template) words="--format --trusted-account --role-name" ;;
    "org template") words="--format --trusted-account --role-name --ou" ;;
    verify) words="--role-arn --no-wait --wait-for-role" ;;
    "org verify") words="--role-arn --wait-for-role --no-wait --exclude-account --exclude-ou" ;;
    "org sync") words="--no-wait" ;;
    connect-keys) words="--name --no-wait" ;;
    instances) words="--kind" ;;
    users)
        case $positional in
        0) words="set-plan" ;;
        2) words="trial standard" ;;
        esac
        ;;
    esac
    COMPREPLY=($(compgen -W "$words $globals" -- "$cur"))
}
complete -F _onrampctl onrampctl
