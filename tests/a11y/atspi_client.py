"""What a screen reader gets from SVMI Desktop, read through AT-SPI with pyatspi.

Run by the SYSTEM Python (``/usr/bin/python3``, Debian's python3-pyatspi), never the app's venv,
by ``tests/a11y/test_atspi.py``, on the private D-Bus session and AT-SPI registry that test
started. Prints one JSON object: the showing nodes of the theme page, the events a reader hears
when an answer is changed through AT-SPI, and the showing nodes of the results page.
"""

from __future__ import annotations

import json
import sys
import time

import pyatspi
from gi.repository import GLib

APP_NAME = "SVMI Desktop"


def node(acc):
    states = acc.getState()
    return {
        "role": acc.getRoleName(),
        "name": acc.name or "",
        "description": acc.description or "",
        "checked": states.contains(pyatspi.STATE_CHECKED),
        "focusable": states.contains(pyatspi.STATE_FOCUSABLE),
        "showing": states.contains(pyatspi.STATE_SHOWING),
    }


def walk(acc, out, showing_only=True):
    try:
        info = node(acc)
    except Exception:  # a node that went away while being read
        return out
    if showing_only and not info["showing"] and info["role"] not in ("application", "frame"):
        return out
    out.append(info)
    for i in range(acc.childCount):
        child = acc.getChildAtIndex(i)
        if child is not None:
            walk(child, out, showing_only)
    return out


def find(acc, test):
    try:
        if test(acc):
            return acc
        for i in range(acc.childCount):
            child = acc.getChildAtIndex(i)
            if child is not None:
                found = find(child, test)
                if found is not None:
                    return found
    except Exception:
        return None
    return None


def wait_for(test, what, timeout=30.0):
    deadline = time.time() + timeout
    while time.time() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            if app is not None and app.name == APP_NAME:
                found = find(app, test)
                if found is not None:
                    return app, found
        time.sleep(0.3)
    raise SystemExit(f"timed out waiting for {what} on the accessibility bus")


def showing(acc):
    try:
        return acc.getState().contains(pyatspi.STATE_SHOWING)
    except Exception:
        return False


def pump(seconds):
    loop = GLib.MainLoop()
    GLib.timeout_add(int(seconds * 1000), loop.quit)
    loop.run()


def main() -> None:
    criterion = sys.argv[1] if len(sys.argv) > 1 else "A.I1"
    app, _ = wait_for(
        lambda a: a.getRoleName() == "heading" and a.name.startswith("Theme A") and showing(a),
        "theme A's heading",
    )
    theme = walk(app, [])

    events = []

    def heard(event):
        try:
            source = event.source
            events.append(
                {
                    "type": str(event.type),
                    "source_role": source.getRoleName() if source else "",
                    "source_name": (source.name or "") if source else "",
                    "text": str(event.any_data) if event.any_data is not None else "",
                }
            )
        except Exception as error:
            events.append({"type": str(event.type), "error": str(error)})

    kinds = (
        "object:announcement",
        "object:property-change:accessible-name",
        "object:state-changed:checked",
    )
    for kind in kinds:
        pyatspi.Registry.registerEventListener(heard, kind)
    _, button = wait_for(
        lambda a: (a.name or "").startswith(f"Now, {criterion}:") and showing(a),
        f"the Now answer of {criterion}",
    )
    before = node(button)
    action = button.queryAction()
    names = [action.getName(i) for i in range(action.nActions)]
    action.doAction(0)  # what a screen reader's "activate" does: one press
    pump(1.5)
    after = node(button)

    # Go ▸ Results, as a screen-reader user reaches it: the menu item's own action.
    item = find(
        app, lambda a: a.getRoleName() == "menu item" and a.name.replace("&", "") == "Results"
    )
    item.queryAction().doAction(0)
    wait_for(
        lambda a: a.getRoleName() == "heading" and a.name == "Results" and showing(a),
        "the Results heading",
    )
    pump(0.5)
    results = walk(app, [])
    for kind in kinds:
        pyatspi.Registry.deregisterEventListener(heard, kind)
    json.dump(
        {
            "theme": theme,
            "press": {"before": before, "after": after, "actions": names},
            "events": events,
            "results": results,
        },
        sys.stdout,
    )


if __name__ == "__main__":
    main()
