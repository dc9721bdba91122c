"""Issue 9 case 3: a read-only data folder (a real read-only bind mount: root ignores file modes)
opens read-only: the window lists the sessions and says plainly why nothing can be saved, the
whole app starts (no ``logs/`` folder yet) and the CLI lists and shows.

Fails on the code before the fix: the window ended in a traceback (exit 1, no window) and
``svmi sessions list``/``show`` refused.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from svmi_desktop.paths import AppPaths
from svmi_desktop.storage import Store

from ..fault_kit import needs_namespaces
from .conftest import simple_assessment

CHILD = Path(__file__).with_name("read_only_child.py")
BIN = Path(sys.executable).parent


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "ro"
    folder.mkdir()
    with Store.open(AppPaths.under(folder)) as store:  # no logs/ or config/ folder: as a USB copy
        store.create_session(simple_assessment("Read-only Council"))
    return folder


def _in_read_only_mount(folder: Path, *command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            "unshare",
            "-rm",
            "sh",
            "-c",
            'mount --bind -o ro "$0" "$0" && exec "$@"',
            str(folder),
            *command,
        ],
        capture_output=True,
        text=True,
        timeout=60,
        env={
            "QT_QPA_PLATFORM": "offscreen",
            "PATH": "/usr/bin:/bin",
            "HOME": str(folder.parent),
            **{k: v for k, v in os.environ.items() if k == "PYTHONPATH"},
        },
    )


@needs_namespaces
def test_the_window_opens_read_only_and_says_why(tmp_path):
    folder = _folder(tmp_path)
    r = _in_read_only_mount(folder, sys.executable, str(CHILD), "window", str(folder))
    assert r.returncode == 0, r.stderr
    shown = json.loads(r.stdout)
    assert shown["read_only"] and shown["rows"] == 1 and shown["dialogs"] == []
    assert str(folder) in shown["notice"] and "cannot be written to" in shown["notice"]
    assert "changes cannot be saved" in shown["notice"]
    assert shown["saved_label"].startswith("Read-only")


@needs_namespaces
def test_svmi_desktop_starts_on_a_read_only_folder(tmp_path):
    folder = _folder(tmp_path)
    png = tmp_path / "shot.png"
    r = _in_read_only_mount(
        folder, str(BIN / "svmi-desktop"), "--data-dir", str(folder), "--screenshot", str(png)
    )
    assert r.returncode == 0, r.stderr
    assert "Traceback" not in r.stderr
    assert png.stat().st_size > 10_000
    assert not (folder / "logs").exists()


@needs_namespaces
def test_the_cli_lists_and_shows_a_read_only_folder(tmp_path):
    folder = _folder(tmp_path)
    listed = _in_read_only_mount(
        folder, str(BIN / "svmi"), "sessions", "list", "--data-dir", str(folder)
    )
    assert listed.returncode == 0, listed.stderr
    assert "Read-only Council" in listed.stdout
    shown = _in_read_only_mount(
        folder, str(BIN / "svmi"), "sessions", "show", "1", "--data-dir", str(folder)
    )
    assert shown.returncode == 0, shown.stderr
    assert json.loads(shown.stdout)["organisation"]["name"] == "Read-only Council"
