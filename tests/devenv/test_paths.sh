#!/usr/bin/env bash
# A user's path means the same inside scripts/devenv as outside: files read and written
# under /tmp, /var/tmp and the caller's working directory are the host's, relative paths
# are taken from the caller's working directory, and a path the build root cannot share
# gets a note. Run by scripts/test after the ctest suite (ctest itself runs inside devenv,
# so it cannot test devenv). Uses the built console when PTUJ_BUILD_DIR (default build/)
# has one.
#   tests/devenv/test_paths.sh
set -euo pipefail
if [ "${1:-}" = --where ]; then  # a command for the checks below: where it runs
    pwd
    exit 0
fi
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd -P)
devenv=$repo/scripts/devenv
build=${PTUJ_BUILD_DIR:-build}
case "$build" in /*) ;; *) build=$repo/$build ;; esac

tmp=$(mktemp -d /tmp/ptuj-devenv-paths.XXXXXX)
vartmp=$(mktemp -d /var/tmp/ptuj-devenv-paths.XXXXXX)
trap 'rm -rf "$tmp" "$vartmp"' EXIT
mkdir "$tmp/sub"
echo "from the host" >"$tmp/in.txt"
checks=0
fail() { echo "test_paths: FAIL: $*" >&2; exit 1; }
same() { # what expected actual
    [ "$2" = "$3" ] || fail "$1: expected '$2', got '$3'"
    checks=$((checks + 1))
}

mode=$("$devenv" bash -c 'if [ -n "${PTUJ_IN_BUILDROOT:-}" ]; then echo buildroot; else echo host; fi')
echo "test_paths: devenv runs commands on the $mode"

# The caller's working directory, and a relative COMMAND taken from the checkout.
same "working directory" "$tmp/sub" "$(cd "$tmp/sub" && "$devenv" pwd)"
same "relative command from elsewhere" "$tmp/sub" "$(cd "$tmp/sub" && "$devenv" tests/devenv/test_paths.sh --where)"
same "host mode keeps the working directory" "$tmp/sub" "$(cd "$tmp/sub" && PTUJ_DEVENV=host "$devenv" pwd)"

# Relative paths from a directory other than the checkout: read one file, write another.
(cd "$tmp/sub" && "$devenv" cp ../in.txt ../relative.txt)
same "relative read and write under /tmp" "from the host" "$(cat "$tmp/relative.txt" 2>/dev/null)"

# Absolute paths, into a folder that does not exist yet, and paths inside a script.
(cd "$repo" && "$devenv" bash -c 'mkdir -p "$1" && cat "$2" >"$1/absolute.txt"' - "$tmp/new/folder" "$tmp/in.txt")
same "absolute write into a new folder" "from the host" "$(cat "$tmp/new/folder/absolute.txt" 2>/dev/null)"
"$devenv" bash -c "cat $tmp/in.txt > $tmp/script.txt"
same "paths named in a script" "from the host" "$(cat "$tmp/script.txt" 2>/dev/null)"

# A folder outside /tmp, named relatively going up out of the working directory.
rel=$(realpath --relative-to="$tmp/sub" "$vartmp")
(cd "$tmp/sub" && "$devenv" cp ../in.txt "$rel/up.txt")
same "relative path up to /var/tmp" "from the host" "$(cat "$vartmp/up.txt" 2>/dev/null)"
(cd "$tmp/sub" && "$devenv" cp "$rel/up.txt" --target-directory=..)
same "--opt=PATH" "from the host" "$(cat "$tmp/up.txt" 2>/dev/null)"

# HOME is the host's.
if [ -n "${HOME:-}" ] && [ -d "$HOME" ] && [ "$HOME" != / ]; then
    same "HOME" "$HOME" "$("$devenv" bash -c 'printf %s "$HOME"')"
    same "HOME is the host's folder" "yes" "$("$devenv" bash -c 'test -d "$1" && echo yes' - "$HOME")"
fi

if [ "$mode" = buildroot ]; then
    # The build-root cache holds the build root, so it cannot be shared: say so.
    cache=${PTUJ_BUILDROOT_CACHE:-/var/cache/ptuj-console}
    err=$("$devenv" test -e "$cache" 2>&1 || true)
    case "$err" in
        *"note: $cache is not the host's inside the build root"*) checks=$((checks + 1)) ;;
        *) fail "no note for a path the build root cannot share: '$err'" ;;
    esac
fi

# The console itself: a store and a print under /tmp, named relatively.
console=$build/bin/ptuj-console
if [ -x "$console" ] && [ -f "$build/data/ptuj.gpkg" ]; then
    cp "$build/data/ptuj.gpkg" "$tmp/ptuj.gpkg"
    (cd "$tmp/sub" && "$devenv" "$console" render --store ../ptuj.gpkg --out ../print.pdf --page A4 >/dev/null)
    same "the console's print under /tmp" "%PDF" "$(head -c 4 "$tmp/print.pdf" 2>/dev/null)"
    (cd "$tmp/sub" && "$devenv" "$console" layers --store ../ptuj.gpkg >"$tmp/layers.txt")
    [ -s "$tmp/layers.txt" ] || fail "layers of a store under /tmp: nothing listed"
    checks=$((checks + 1))
    if err=$("$devenv" "$console" layers --store "$tmp/missing.gpkg" 2>&1); then
        fail "a missing store was opened"
    fi
    case "$err" in
        *"$tmp/missing.gpkg"*) checks=$((checks + 1)) ;;
        *) fail "the missing store's message does not name it: '$err'" ;;
    esac
    # The build's paths still hold inside: nothing to do or only what is left to do.
    if [ -f "$build/build.ninja" ]; then
        "$devenv" ninja -C "$build" -n >/dev/null || fail "ninja -n in $build"
        checks=$((checks + 1))
    fi
else
    echo "test_paths: no console in $build, its checks skipped"
fi

echo "test_paths: ok ($checks checks)"
