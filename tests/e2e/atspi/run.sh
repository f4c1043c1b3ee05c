#!/usr/bin/env bash
# The AT-SPI test (CTest's tst_atspi): check_mainwindow.py under a fresh Xvfb display and a
# private session bus, on which the accessibility bus is activated (org.a11y.Bus).
#   tests/e2e/atspi/run.sh --app build/app/fieldconnect --seed build/tests/e2e/atspi-seed
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

# Debian's python3, which has python3-pyatspi, whatever python3 comes first in PATH.
python=/usr/bin/python3
missing=()
for tool in Xvfb dbus-run-session dbus-send "$python"; do
    command -v "$tool" >/dev/null || missing+=("$tool")
done
[ -x /usr/libexec/at-spi-bus-launcher ] || missing+=(at-spi2-core)
if [ ${#missing[@]} -eq 0 ] && ! "$python" -c 'import gi; gi.require_version("Atspi", "2.0"); import pyatspi' 2>/dev/null; then
    missing+=(python3-pyatspi gir1.2-atspi-2.0 python3-gi)
fi
if [ ${#missing[@]} -gt 0 ]; then
    echo "tst_atspi: missing ${missing[*]} (scripts/dev deps installs them)" >&2
    exit 1
fi

# No session bus, display or accessibility setting of the caller's leaks in.
unset DBUS_SESSION_BUS_ADDRESS DISPLAY WAYLAND_DISPLAY AT_SPI_BUS_ADDRESS QT_ACCESSIBILITY_NO_BRIDGE

# Our own Xvfb on a display it picks itself (-displayfd): xvfb-run -a guesses a free number and
# loses the race against another Xvfb started at the same moment (CI runs suites in parallel).
work="$(mktemp -d "${TMPDIR:-/tmp}/fieldconnect-atspi-x.XXXXXX")"
xvfb_pid=
cleanup() {
    if [ -n "$xvfb_pid" ]; then
        kill "$xvfb_pid" 2>/dev/null || true
        wait "$xvfb_pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT
for attempt in 1 2 3; do
    : >"$work/display"
    Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$work/display" \
        >"$work/xvfb.log" 2>&1 &
    xvfb_pid=$!
    # Written once the server accepts connections: its number and a newline.
    for _ in $(seq 100); do
        grep -q . "$work/display" 2>/dev/null && break
        kill -0 "$xvfb_pid" 2>/dev/null || break
        sleep 0.1
    done
    if grep -q . "$work/display"; then
        break
    fi
    echo "tst_atspi: Xvfb did not start (attempt $attempt):" >&2
    cat "$work/xvfb.log" >&2
    kill "$xvfb_pid" 2>/dev/null || true
    wait "$xvfb_pid" 2>/dev/null || true
    xvfb_pid=
done
[ -n "$xvfb_pid" ] || exit 1
export DISPLAY=":$(head -n1 "$work/display")"

# A private session bus for the run: org.a11y.Bus (at-spi-bus-launcher) is activated on it,
# and everything it started ends with it.
dbus-run-session -- "$python" "$here/check_mainwindow.py" "$@"
