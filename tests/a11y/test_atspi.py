"""What a screen reader gets, through the real AT-SPI stack (issue 10).

The test starts everything itself: an Xvfb server, a private D-Bus session bus, the AT-SPI bus
launcher and registry (Debian ``at-spi2-core``), then the app on the xcb platform with
``QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1``. ``tests/a11y/atspi_client.py`` runs in the SYSTEM Python
(``/usr/bin/python3`` with Debian's ``python3-pyatspi``), as Orca would, and reports what it
reads: each answer button's criterion text, column and state on a theme page, the events heard
when an answer is pressed, and the results page.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

SYSTEM_PYTHON = "/usr/bin/python3"
LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
REGISTRY = "/usr/libexec/at-spi2-registryd"
CLIENT = Path(__file__).with_name("atspi_client.py")
ROOT = Path(__file__).resolve().parents[2]


def _missing() -> str | None:
    for tool in ("Xvfb", "dbus-daemon"):
        if shutil.which(tool) is None:
            return tool
    for path in (SYSTEM_PYTHON, LAUNCHER, REGISTRY):
        if not Path(path).exists():
            return path
    probe = subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True)
    return "python3-pyatspi" if probe.returncode else None


pytestmark = pytest.mark.skipif(
    _missing() is not None, reason=f"AT-SPI stack not installed ({_missing()}): tools/setup-debian"
)


def _start(args: list[str], env: dict[str, str], **kw: Any) -> subprocess.Popen[bytes]:
    return subprocess.Popen(args, env=env, stdin=subprocess.DEVNULL, **kw)


@pytest.fixture(scope="module")
def heard(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """Run the whole stack once; yield what the screen-reader client read."""
    tmp = tmp_path_factory.mktemp("atspi")
    procs: list[subprocess.Popen[bytes]] = []
    app_log = None
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("DBUS_", "AT_SPI", "QT_", "DISPLAY", "WAYLAND"))
    }
    env["HOME"] = str(tmp)
    env["XDG_RUNTIME_DIR"] = str(tmp)
    try:
        read_fd, write_fd = os.pipe()
        xvfb = _start(
            [
                "Xvfb",
                "-displayfd",
                str(write_fd),
                "-screen",
                "0",
                "1280x800x24",
                "-nolisten",
                "tcp",
            ],
            env,
            pass_fds=(write_fd,),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        procs.append(xvfb)
        os.close(write_fd)
        with os.fdopen(read_fd) as pipe:
            display = pipe.readline().strip()
        env["DISPLAY"] = f":{display}"
        bus = _start(
            ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
            env,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        procs.append(bus)
        assert bus.stdout is not None
        env["DBUS_SESSION_BUS_ADDRESS"] = bus.stdout.readline().decode().strip()
        quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}  # daemons' chatter
        procs.append(_start([LAUNCHER, "--launch-immediately"], env, **quiet))
        time.sleep(0.5)
        procs.append(_start([REGISTRY], env, **quiet))
        app_env = dict(env, QT_QPA_PLATFORM="xcb", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1")
        app_log = (tmp / "app.log").open("wb")
        procs.append(
            _start(
                [sys.executable, "-m", "svmi_desktop", "--data-dir", str(tmp / "data"), "--demo"],
                app_env,
                cwd=ROOT,
                stdout=app_log,
                stderr=subprocess.STDOUT,
            )
        )
        client = subprocess.run(
            [SYSTEM_PYTHON, str(CLIENT), "A.I1"],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert client.returncode == 0, client.stderr[-2000:]
        yield json.loads(client.stdout)
    finally:
        for proc in reversed(procs):
            proc.terminate()
        for proc in reversed(procs):
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
            if proc.stdout is not None:  # the bus's address pipe (warnings are errors)
                proc.stdout.close()
        if app_log is not None:
            app_log.close()


def _by_name(nodes: list[dict[str, Any]], prefix: str) -> dict[str, Any]:
    found = [n for n in nodes if n["name"].startswith(prefix)]
    assert found, f"nothing named {prefix!r}"
    return found[0]


def test_theme_page_answers_read_text_column_and_state(heard: dict[str, Any]) -> None:
    theme = heard["theme"]
    headings = [n["name"] for n in theme if n["role"] == "heading"]
    assert "Theme A: Policy and Scope" in headings  # the page title is a heading
    # A.F1 is asked as its plain question, read as the button's description
    now_f1 = _by_name(theme, "Now, A.F1: Yes")
    assert now_f1["description"].startswith("Does the organisation at least meet the Act")
    assert now_f1["checked"] and now_f1["focusable"]
    future_f1 = _by_name(theme, "In 3 years, A.F1: Yes, because now is Yes")
    assert future_f1["checked"]
    no = _by_name(theme, "Now, A.I1: No")
    assert (
        no["description"]
        == "SV Requirements applied to Grants, Supplies, Works, Services AND Planning."
    )
    assert not no["checked"]
    buttons = [n for n in theme if n["name"].startswith(("Now, A.", "In 3 years, A."))]
    assert len(buttons) == 2 * 10  # theme A asks 10 criteria, present and future
    assert all(n["description"] for n in buttons)  # never just "Present: A.M1"
    badges = [
        n["name"]
        for n in theme
        if n["role"] == "label" and n["name"].startswith(("Now: ", "In 3 years: "))
    ]
    assert badges == ["Now: Mature (2)", "In 3 years: Leader (3)"]  # what each level is of
    why = [n for n in theme if n["name"].startswith("Why this level ")]
    assert len(why) == 2 and all(n["focusable"] and n["description"] for n in why)


def test_pressing_an_answer_is_heard(heard: dict[str, Any]) -> None:
    press = heard["press"]
    assert press["before"]["name"] == "Now, A.I1: No"
    # the reader's first action (Toggle) records the next answer, as Space does: No → –
    assert press["after"]["name"] == "Now, A.I1: not answered"
    assert not press["after"]["checked"]
    said = [e["text"] for e in heard["events"] if e["type"] == "object:announcement"]
    assert "A.I1 Now: not answered" in said  # the confirmation is announced
    assert "Now: Mature (2), provisional" in said  # and the level badge's change


def test_results_page_reads_table_radar_and_heading(heard: dict[str, Any]) -> None:
    results = heard["results"]
    assert any(n["role"] == "heading" and n["name"] == "Results" for n in results)
    table = _by_name(results, "Results table")
    assert "in 3 years" in table["name"]
    headers = [n["name"] for n in results if n["role"] == "table column header"]
    assert headers == ["Theme", "Now", "In 3 years"]
    cells = [n["name"] for n in results if n["role"] == "table cell"]
    assert "A  Policy & Scope" in cells and "Not answered yet" in cells
    assert not any(c.startswith("Non-compliant") for c in cells)
    radar = _by_name(results, "Radar chart")
    assert radar["focusable"]
    assert "A Policy & Scope: now Mature" in radar["description"]
