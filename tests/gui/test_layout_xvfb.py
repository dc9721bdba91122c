"""The real window under Xvfb with a window manager, at every screen size × zoom × theme × page.

One Xvfb server per screen size (started here, with openbox so that the window has a real
frame) and one app process per size (``tests/gui/layout_probe.py``) walking zooms, themes and
pages on the xcb platform. It asserts: the window frame lies within the screen; every visible
interactive widget is inside the window or inside a scroll area that can reach it; no label's
text is cut; back at 100% the window has its first size again. CI checks two theme pages (the
first and the longest) per step; ``SVMI_LONG=1`` checks all ten. Screenshots of the grid's
corners are written to ``$SVMI_LAYOUT_SHOTS`` (default: the test's temporary folder).
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

import pytest

from tests.long_mode import LONG

ROOT = Path(__file__).resolve().parents[2]
SIZES = ("1024x768", "1280x720", "1366x768", "1920x1080", "3840x2160")
#: The grid's corners, shot at each size that has them: (size, theme/zoom/page).
CORNERS = {
    "1024x768": (
        "normal/200/A",
        "high-contrast/200/results",
        "normal/200/plan:year",
        "normal/100/A",
    ),
    "1366x768": ("normal/200/A", "high-contrast/150/export"),
    "3840x2160": ("normal/100/A", "high-contrast/200/results"),
}

pytestmark = pytest.mark.skipif(
    not (shutil.which("Xvfb") and shutil.which("openbox")),
    reason="needs Xvfb and openbox (tools/setup-debian installs them)",
)


@pytest.fixture
def x_display(request: pytest.FixtureRequest) -> Iterator[str]:
    """An Xvfb server of the requested size with openbox running on it."""
    size = request.param
    read, write = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", f"{size}x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    number = b""
    with os.fdopen(read, "rb") as pipe:
        while not number.endswith(b"\n"):
            chunk = pipe.read(1)
            if not chunk:
                break
            number += chunk
    assert number.strip(), "Xvfb did not start"
    display = f":{number.decode().strip()}"
    env = dict(os.environ, DISPLAY=display)
    wm = subprocess.Popen(
        ["openbox"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:  # openbox owns the WM selection once it manages the screen
        probe = subprocess.run(
            ["xprop", "-root", "_NET_SUPPORTING_WM_CHECK"],
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        if "window id" in probe.stdout:
            break
        time.sleep(0.1)
    try:
        yield display
    finally:
        for process in (wm, xvfb):
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()


@pytest.mark.timeout(600)
@pytest.mark.parametrize("x_display", SIZES, indirect=True, ids=SIZES)
def test_every_control_is_reachable_at_every_zoom_and_theme(
    x_display: str, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    size = request.node.callspec.params["x_display"]
    shots = Path(os.environ.get("SVMI_LAYOUT_SHOTS") or tmp_path / "shots")
    out = tmp_path / "layout.json"
    command = [
        sys.executable,
        "-m",
        "tests.gui.layout_probe",
        "--out",
        str(out),
        "--shots",
        str(shots),
    ]
    for corner in CORNERS.get(size, ()):
        command += ["--shot", corner]
    if LONG:
        command.append("--all-themes")
    env = dict(os.environ, DISPLAY=x_display, QT_QPA_PLATFORM="xcb")
    env.pop("WAYLAND_DISPLAY", None)
    run = subprocess.run(
        command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=540, check=False
    )
    assert run.returncode == 0, run.stderr[-3000:]
    result = json.loads(out.read_text(encoding="utf-8"))
    # 5 zooms × 2 themes × 9 pages (start, new, intro, 2 themes, results, 2 plan tabs, export).
    assert len(result["pages"]) >= 9
    assert result["checks"] > 5 * 2 * len(result["pages"]) * 10
    assert result["failures"] == [], "\n".join(result["failures"][:60])
    assert len(result["shots"]) == len(CORNERS.get(size, ()))
