#!/usr/bin/python3
"""FieldConnect as a screen reader sees it, through the desktop's AT-SPI bus.

Started by run.sh under Xvfb with a private session bus. Seeds a data directory (atspi-seed:
a blocked and a closable work order beside the sandbox's demo planning), starts the real
fieldconnect executable on its built-in sandbox with Qt's AT-SPI bridge on, finds it on the
accessibility bus and checks, in the main window:

- the work order list: a table, named, with rows;
- the search field: a text entry, named "Search work orders", with a description;
- the status filter: a combo box with a name and a description;
- the push buttons: every shown one named; "Application menu", "Open in Deepomatic" or
  "Reopen in Deepomatic", "Close intervention" and "Refresh progress" among them;
- the blocked pane: WO-A11Y-BLOCKED selected through the table's AT-SPI selection, its title
  shown, Close intervention not enabled and not sensitive, its description saying why
  ("At least 80 % is required"), the same explanation exposed as a label;
- the allowed case: WO-A11Y-READY selected, Close intervention enabled and sensitive, its
  description saying it can be closed;
- the progress column: the cell read in words ("Progress 45 percent, verified").

Each missing name, role or state is printed on its own line; the exit code is the number of
failed checks (at most 100), 0 when all pass, 101 when the app never showed on the bus.
"""

import argparse
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

import gi

gi.require_version("Atspi", "2.0")
import pyatspi  # noqa: E402

APP_TIMEOUT = 30.0  # seconds for the app to show on the bus with its list read
STEP_TIMEOUT = 10.0  # seconds for the window to follow an action


class Checks:
    def __init__(self):
        self.passed = 0
        self.failed = []

    def check(self, ok, what, detail=""):
        if ok:
            self.passed += 1
            print("ok   " + what, flush=True)
        else:
            self.failed.append(what)
            print("FAIL " + what + (": " + detail if detail else ""), flush=True)
        return ok


def log(text):
    print("--   " + text, flush=True)


def poll(function, timeout, interval=0.2):
    """function() until it returns something true, or None after timeout seconds."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            value = function()
        except Exception as e:  # the tree changes under our feet while the app builds it
            value = None
            last = e
        else:
            last = None
        if value:
            return value
        if time.monotonic() > deadline:
            if last is not None:
                log("last error while polling: %r" % (last,))
            return None
        time.sleep(interval)


def a11y_bus_address():
    """The accessibility bus's address from org.a11y.Bus on the session bus (activating it)."""
    try:
        out = subprocess.run(
            ["dbus-send", "--session", "--print-reply=literal", "--reply-timeout=5000",
             "--dest=org.a11y.Bus", "/org/a11y/bus", "org.a11y.Bus.GetAddress"],
            capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.TimeoutExpired):
        return None
    address = out.stdout.strip()
    return address if out.returncode == 0 and address else None


def ensure_a11y_bus(started):
    """The at-spi bus launcher, started on demand by the session bus, else by hand."""
    if a11y_bus_address():
        return True
    launcher = "/usr/libexec/at-spi-bus-launcher"
    if os.path.exists(launcher):
        log("org.a11y.Bus not activated: starting %s" % launcher)
        started.append(subprocess.Popen([launcher], stdout=subprocess.DEVNULL,
                                        stderr=subprocess.DEVNULL))
    return poll(a11y_bus_address, 10) is not None


def role(acc):
    try:
        return acc.getRole()
    except Exception:
        return None


def name(acc):
    try:
        return acc.name or ""
    except Exception:
        return ""


def description(acc):
    try:
        return acc.description or ""
    except Exception:
        return ""


def states(acc):
    try:
        return acc.getState()
    except Exception:
        return None


def showing(acc):
    s = states(acc)
    return s is not None and s.contains(pyatspi.STATE_SHOWING)


def children(acc):
    try:
        return [acc.getChildAtIndex(i) for i in range(acc.childCount)]
    except Exception:
        return []


def walk(acc, depth=0):
    """Every shown accessible under acc, not into tables' cells (read through Table)."""
    if acc is None or depth > 40:
        return
    yield acc
    if role(acc) in (pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE_TABLE, pyatspi.ROLE_TREE,
                     pyatspi.ROLE_LIST, pyatspi.ROLE_MENU):
        return
    for child in children(acc):
        if child is not None and showing(child):
            yield from walk(child, depth + 1)


def find_app(pid):
    desktop = pyatspi.Registry.getDesktop(0)
    for app in children(desktop):
        if app is None:
            continue
        try:
            if app.get_process_id() == pid:
                return app
        except Exception:
            pass
        if name(app).lower() == "fieldconnect":
            return app
    return None


def main_window(app):
    for frame in children(app):
        if role(frame) == pyatspi.ROLE_FRAME and name(frame) == "FieldConnect" \
                and showing(frame):
            return frame
    return None


def find_all(root, wanted_role=None, wanted_name=None):
    found = []
    for acc in walk(root):
        if wanted_role is not None and role(acc) not in (
                wanted_role if isinstance(wanted_role, tuple) else (wanted_role,)):
            continue
        if wanted_name is not None and name(acc) != wanted_name:
            continue
        found.append(acc)
    return found


def the_list(window):
    tables = find_all(window, pyatspi.ROLE_TABLE)
    return tables[0] if tables else None


def column_of(table_iface, header):
    for c in range(table_iface.nColumns):
        acc = table_iface.getColumnHeader(c)
        if acc is not None and name(acc) == header:
            return c
    return -1


def row_named(table_iface, key):
    for r in range(table_iface.nRows):
        cell = table_iface.getAccessibleAt(r, 0)
        if cell is not None and name(cell) == key:
            return r
    return -1


def select_row(table_iface, row):
    """Selects one row as an assistive tool does: the Table interface's row selection."""
    for selected in list(table_iface.getSelectedRows()):
        table_iface.removeRowSelection(selected)
    return table_iface.addRowSelection(row)


def pane_shows(window, key):
    return find_all(window, pyatspi.ROLE_LABEL, key)


def close_button(window):
    for acc in find_all(window, pyatspi.ROLE_PUSH_BUTTON):
        if name(acc).startswith("Close intervention"):
            return acc
    return None


def enabled(acc):
    s = states(acc)
    return s is not None and s.contains(pyatspi.STATE_ENABLED) \
        and s.contains(pyatspi.STATE_SENSITIVE)


def run_checks(window, checks):
    # The list.
    table = poll(lambda: the_list(window), STEP_TIMEOUT)
    if not checks.check(table is not None, "the work order list is a table"):
        return
    checks.check(name(table) == "Work orders", "the list is named 'Work orders'",
                 "named %r" % name(table))
    checks.check("Enter" in description(table), "the list's description says what Enter does",
                 repr(description(table)))
    cells = table.queryTable()
    rows = poll(lambda: cells.nRows if row_named(cells, "WO-A11Y-BLOCKED") >= 0 else 0,
                STEP_TIMEOUT)
    checks.check(bool(rows) and rows >= 3, "the list has the seeded and demo rows",
                 "%s rows" % (cells.nRows,))

    # The search field and the status filter.
    entries = find_all(window, (pyatspi.ROLE_TEXT, pyatspi.ROLE_ENTRY))
    search = [e for e in entries if name(e) == "Search work orders"]
    checks.check(len(search) == 1, "the search field is a text entry named 'Search work orders'",
                 "entries: %r" % [name(e) for e in entries])
    if search:
        checks.check(bool(description(search[0])), "the search field has a description")
        s = states(search[0])
        checks.check(s is not None and s.contains(pyatspi.STATE_EDITABLE)
                     and s.contains(pyatspi.STATE_FOCUSABLE),
                     "the search field is editable and focusable")
    combos = find_all(window, pyatspi.ROLE_COMBO_BOX)
    status = [c for c in combos if "status" in description(c).lower()]
    checks.check(len(status) == 1 and bool(name(status[0])),
                 "the status filter is a named combo box with a description",
                 "combo boxes: %r" % [(name(c), description(c)) for c in combos])

    # Every push button named; the main ones there.
    buttons = find_all(window, pyatspi.ROLE_PUSH_BUTTON)
    unnamed = [b for b in buttons if not name(b).strip()]
    checks.check(bool(buttons) and not unnamed, "every shown push button has a name",
                 "%d of %d unnamed: %r" % (len(unnamed), len(buttons),
                                           [description(b) for b in unnamed]))
    names = [name(b) for b in buttons]
    log("push buttons: %r" % names)
    checks.check("Application menu" in names, "the ☰ Menu button is named 'Application menu'")

    # The blocked pane.
    blocked = row_named(cells, "WO-A11Y-BLOCKED")
    if not checks.check(blocked >= 0, "WO-A11Y-BLOCKED is in the list"):
        return
    checks.check(select_row(cells, blocked), "the blocked row is selected through AT-SPI")
    checks.check(poll(lambda: pane_shows(window, "WO-A11Y-BLOCKED"), STEP_TIMEOUT) is not None,
                 "the details pane follows the selected row")
    close = poll(lambda: close_button(window), STEP_TIMEOUT)
    if checks.check(close is not None, "a push button 'Close intervention' is shown"):
        checks.check(not enabled(close), "Close intervention is not enabled when blocked",
                     "states: %r" % (states(close).getStates() if states(close) else None,))
        why = description(close)
        checks.check("At least 80 % is required" in why,
                     "the blocked Close's description says why", repr(why))
        labels = find_all(window, pyatspi.ROLE_LABEL)
        checks.check(any("At least 80 % is required" in name(lab) for lab in labels),
                     "the explanation is exposed as a label")
    names = [name(b) for b in find_all(window, pyatspi.ROLE_PUSH_BUTTON)]
    opens = [n for n in names if n in ("Open in Deepomatic", "Reopen in Deepomatic")]
    checks.check(len(opens) == 1, "an Open button is shown for the blocked work order",
                 repr(names))
    checks.check("Refresh progress" in names, "a 'Refresh progress' button is shown")
    progress = column_of(cells, "Progress")
    if checks.check(progress >= 0, "the list has a Progress column"):
        cell = cells.getAccessibleAt(blocked, progress)
        checks.check(cell is not None and name(cell) == "Progress 45 percent, verified",
                     "the progress cell is read in words",
                     repr(name(cell) if cell is not None else None))

    # The allowed case.
    ready = row_named(cells, "WO-A11Y-READY")
    if checks.check(ready >= 0, "WO-A11Y-READY is in the list"):
        select_row(cells, ready)
        checks.check(poll(lambda: pane_shows(window, "WO-A11Y-READY"), STEP_TIMEOUT) is not None,
                     "the details pane shows the closable work order")
        close = poll(lambda: (lambda b: b if b is not None and enabled(b) else None)(
            close_button(window)), STEP_TIMEOUT)
        checks.check(close is not None, "Close intervention is enabled when allowed")
        if close is not None:
            checks.check("can be closed" in description(close),
                         "the allowed Close's description says so", repr(description(close)))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--app", required=True, help="the fieldconnect executable")
    parser.add_argument("--seed", required=True, help="the atspi-seed executable")
    parser.add_argument("--keep", action="store_true", help="keep the data directory")
    args = parser.parse_args()

    checks = Checks()
    started = []
    workdir = tempfile.mkdtemp(prefix="fieldconnect-atspi-")
    data_dir = os.path.join(workdir, "data")
    app = None
    log_file = open(os.path.join(workdir, "app.log"), "w+")
    try:
        subprocess.run([args.seed, data_dir], check=True)
        if not checks.check(ensure_a11y_bus(started), "the accessibility bus is running"):
            return 101
        env = dict(os.environ)
        env.update({
            "QT_QPA_PLATFORM": "xcb",
            "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
            "QT_ACCESSIBILITY": "1",
            "QTWEBENGINE_DISABLE_SANDBOX": "1",
            "LANG": "C.UTF-8",
            "LANGUAGE": "",
            "LC_ALL": "C.UTF-8",
            "HOME": workdir,
            "XDG_CONFIG_HOME": os.path.join(workdir, "config"),
            "XDG_DATA_HOME": os.path.join(workdir, "share"),
            "XDG_CACHE_HOME": os.path.join(workdir, "cache"),
            "XDG_RUNTIME_DIR": os.path.join(workdir, "runtime"),
        })
        os.makedirs(env["XDG_RUNTIME_DIR"], mode=0o700, exist_ok=True)
        env.pop("QT_ACCESSIBILITY_NO_BRIDGE", None)
        command = [args.app, "--sandbox", "--data-dir", data_dir, "--threshold", "80",
                   "--lang", "en", "--theme", "light"]
        log("starting " + " ".join(command))
        app = subprocess.Popen(command, env=env, stdout=log_file, stderr=subprocess.STDOUT)

        def window():
            if app.poll() is not None:
                raise SystemExit("fieldconnect exited with %s" % app.returncode)
            acc = find_app(app.pid)
            return main_window(acc) if acc is not None else None

        start = time.monotonic()
        frame = poll(window, APP_TIMEOUT, 0.5)
        if not checks.check(frame is not None, "FieldConnect's main window is on the AT-SPI bus",
                            "not within %d s" % APP_TIMEOUT):
            return 101
        log("on the bus after %.1f s" % (time.monotonic() - start))
        run_checks(frame, checks)
    except SystemExit as e:
        checks.check(False, "FieldConnect kept running", str(e))
    finally:
        if app is not None and app.poll() is None:
            app.send_signal(signal.SIGTERM)
            try:
                app.wait(15)
            except subprocess.TimeoutExpired:
                app.kill()
                app.wait()
        for p in started:
            p.terminate()
        if checks.failed or app is None:
            log_file.seek(0)
            print("--- fieldconnect's output:\n" + log_file.read()[-6000:], flush=True)
        log_file.close()
        if not args.keep:
            shutil.rmtree(workdir, ignore_errors=True)

    print("AT-SPI: %d checks passed, %d failed" % (checks.passed, len(checks.failed)))
    for what in checks.failed:
        print("  failed: " + what)
    return min(len(checks.failed), 100)


if __name__ == "__main__":
    sys.exit(main())
