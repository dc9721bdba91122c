"""The presenter view on real X screens (Xvfb, Qt's xcb platform), driven in a child process.

Two X screens, laptop 1366×768 and projector 1024×768 (and the other way round). Xvfb's
``+xinerama`` is not used: with it Qt's xcb platform sees a single 1366-wide screen (checked: one
QScreen), while two X screens give Qt two real QScreens. Xvfb cannot unplug a screen (no RandR
output can be switched off, ``xrandr --setmonitor`` is ignored), so the projector "going away"
is Qt's own ``screenRemoved`` signal emitted with the real projector QScreen, which is what Qt
does when a monitor is unplugged; the presenter's handler then runs for real.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SHOTS = os.environ.get("SVMI_ROOM_SHOTS")  # copy the screenshots here to look at them

pytestmark = pytest.mark.skipif(shutil.which("Xvfb") is None, reason="Xvfb is not installed")


def _free_display() -> int:
    for n in range(120, 200):
        if not Path(f"/tmp/.X{n}-lock").exists() and not Path(f"/tmp/.X11-unix/X{n}").exists():
            return n
    raise RuntimeError("no free X display number")


def _run(tmp_path: Path, screens: list[str], tag: str) -> dict:
    display = _free_display()
    args = ["Xvfb", f":{display}", "-nolisten", "tcp"]
    for n, size in enumerate(screens):
        args += ["-screen", str(n), f"{size}x24"]
    xvfb = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(100):
            if Path(f"/tmp/.X11-unix/X{display}").exists():
                break
            time.sleep(0.05)
        env = {**os.environ, "DISPLAY": f":{display}", "QT_QPA_PLATFORM": "xcb"}
        done = subprocess.run(
            [sys.executable, "-m", "tests.room.presenter_child", str(tmp_path), tag],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
    finally:
        xvfb.terminate()
        xvfb.wait(10)
    assert done.returncode == 0, done.stderr[-3000:]
    result: dict = json.loads(done.stdout.strip().splitlines()[-1])
    if SHOTS:
        for png in (tmp_path / "shots").glob("*.png"):
            shutil.copy(png, Path(SHOTS) / png.name)
    return result


@pytest.mark.parametrize(
    ("laptop", "projector"), [("1366x768", "1024x768"), ("1024x768", "1366x768")]
)
def test_audience_view_on_the_second_screen(tmp_path, laptop, projector):
    out = _run(tmp_path, [laptop, projector], f"{laptop}-laptop")
    assert out["screens"] == [[int(v) for v in s.split("x")] for s in (laptop, projector)]
    assert out["mode"] == "projector"
    assert (out["window_screen"], out["audience_screen"]) == (0, 1)
    assert out["audience_visible"]
    assert out["audience_size"] == [int(v) for v in projector.split("x")]  # full screen there
    assert out["followed"] == ["C", "D", "E"]  # follows the laptop's navigation
    assert out["hidden_votes"] == ["Votes counted, not yet shown"]
    assert out["shown_votes"] == ["4 yes · 3 no · 1 not sure"]
    assert out["private_shown"] == []  # no note, name, dissent or evidence owner
    assert out["private_in_window"] == ["PRIVATE-NOTE-7731"]  # the laptop does show the note
    assert out["editing_controls"] == []
    assert out["cue"].startswith("▲ Over time")  # words and a shape, not colour alone
    removed = out["after_removal"]
    assert removed["mode"] == "off" and not removed["audience_visible"]
    assert removed["window_visible"] and "disconnected" in removed["status"]
    assert removed["heading"] == "B"  # still following after the screen went
    assert out["before_added"] == "toggle"
    assert out["after_added"] == {
        "mode": "projector",
        "screen": 1,
        "size": [int(v) for v in projector.split("x")],
    }
    assert out["saved"]
    assert "revealed=True" in out["stored_votes"] and "yes=4" in out["stored_votes"]
    shots = sorted(p.name for p in (tmp_path / "shots").glob("*.png"))
    assert shots == sorted(
        [f"audience-{projector}-{laptop}-laptop.png", f"presenter-{laptop}-{laptop}-laptop.png"]
    )


def test_one_screen_toggles_between_window_and_audience(tmp_path):
    out = _run(tmp_path, ["1024x768"], "single")
    assert out["mode"] == "toggle" and out["audience_visible"]
    assert out["audience_size"] == [1024, 768]
    assert out["followed"] == ["C"]
    assert out["after_escape"] == {"mode": "off", "audience_visible": False}
    assert out["private_shown"] == []
