#!/usr/bin/env bash
# Runs a command in a private D-Bus session with a fresh, unlocked gnome-keyring (the real Secret Service),
# a throwaway HOME and offscreen Qt, so tests never touch the user's own keyring, ~/.aws or display.
set -euo pipefail

export HOME="$(mktemp -d -t onramp-home.XXXXXX)"
export XDG_RUNTIME_DIR="$(mktemp -d -t onramp-xdg.XXXXXX)"
chmod 700 "$XDG_RUNTIME_DIR"
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
export NO_AT_BRIDGE=1
# A random keyring password for this run only; it is never printed and the keyring is thrown away after.
ONRAMP_KEYRING_PW="$(head -c 18 /dev/urandom | base64)"
export ONRAMP_KEYRING_PW
cleanup() { rm -rf "$HOME" "$XDG_RUNTIME_DIR"; }
trap cleanup EXIT

dbus-run-session -- sh -c '
    printf %s "$ONRAMP_KEYRING_PW" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    unset ONRAMP_KEYRING_PW
    "$@"' sh "$@"
