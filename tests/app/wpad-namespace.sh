#!/bin/sh
# Runs a command in a network namespace of its own for WPAD tests: only loopback exists, DIR/hosts
# is /etc/hosts, DIR/resolv.conf is /etc/resolv.conf (its search list is what WPAD walks), the host
# name is "ws1" (no domain of its own), and python3 serves DIR/www on 127.0.0.1:80, the port WPAD
# asks. Usage: wpad-namespace.sh DIR COMMAND [ARGUMENT…]; exits with the command's exit code, 125
# when the namespace could not be set up. Needs root (or unprivileged user namespaces).
set -eu
dir=$1
shift
user=""
[ "$(id -u)" -eq 0 ] || user="--user --map-root-user"
# shellcheck disable=SC2086
exec unshare $user --net --mount --uts --fork -- sh -c '
    set -eu
    dir=$1
    shift
    fail() { echo "wpad-namespace: $*" >&2; exit 125; }
    ip link set lo up || fail "cannot bring up lo"
    mount --bind "$dir/hosts" /etc/hosts || fail "cannot mount over /etc/hosts"
    mount --bind "$dir/resolv.conf" /etc/resolv.conf || fail "cannot mount over /etc/resolv.conf"
    hostname ws1 2>/dev/null || echo ws1 >/proc/sys/kernel/hostname || fail "cannot set the host name"
    /usr/bin/python3 -m http.server 80 --bind 127.0.0.1 --directory "$dir/www" >"$dir/server.log" 2>&1 &
    server=$!
    /usr/bin/python3 -c "
import socket, sys, time
for _ in range(100):
    try:
        socket.create_connection((\"127.0.0.1\", 80), 0.2).close()
        sys.exit(0)
    except OSError:
        time.sleep(0.1)
sys.exit(1)" || { kill $server; fail "the web server did not start: $(cat "$dir/server.log")"; }
    set +e
    "$@"
    code=$?
    kill $server
    wait $server 2>/dev/null
    exit $code
' wpad-namespace "$dir" "$@"
