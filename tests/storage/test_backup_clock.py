"""Issue 9 case 2: backups rotate by sequence number, not by the clock, under a real ``faketime``.

Fails on the code before the fix: with the clock set back, each new backup had the oldest name,
so rotation deleted it as soon as it was written (and recovery restored old work); with the
clock once set forward, every later backup was rotated out behind the far-future one.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from svmi_desktop.paths import AppPaths
from svmi_desktop.storage import Store, backups, recovery

from .conftest import simple_assessment

CHILD = Path(__file__).with_name("backup_clock_child.py")
FAKETIME = shutil.which("faketime")
needs_faketime = pytest.mark.skipif(FAKETIME is None, reason="needs faketime (Debian package)")


def _backup_at(clock: str | None, folder: Path, name: str) -> dict:
    prefix = [str(FAKETIME), clock] if clock else []
    r = subprocess.run(
        [*prefix, sys.executable, str(CHILD), str(folder), name],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


def _fill(paths: AppPaths) -> None:
    with Store.open(paths) as store:
        store.create_session(simple_assessment("First"))
        for _ in range(backups.KEEP):
            store.backup_now()


def _names_in_newest(paths: AppPaths) -> list[str]:
    newest = backups.list_backups(paths.backups_dir)[0]
    conn = sqlite3.connect(f"file:{newest}?mode=ro", uri=True)
    try:
        return sorted(r[0] for r in conn.execute("SELECT org_name FROM sessions"))
    finally:
        conn.close()


@needs_faketime
def test_a_clock_set_back_keeps_the_new_backup_and_recovery_uses_it(tmp_path):
    paths = AppPaths.under(tmp_path / "data")
    _fill(paths)
    made = _backup_at("2001-01-01 09:00:00", paths.data_dir, "Made with the clock set back")
    assert made["exists"], "the new backup was rotated out as it was written"
    listed = backups.list_backups(paths.backups_dir)
    assert len(listed) == backups.KEEP and listed[0].name == made["backup"]
    assert "Made with the clock set back" in _names_in_newest(paths)
    paths.database.write_bytes(b"not a database at all" * 100)  # damage: recover from the newest
    report = recovery.recover(paths)
    assert report.restored_from is not None and report.restored_from.name == made["backup"]


@needs_faketime
def test_a_clock_set_forward_then_back_keeps_rotating(tmp_path):
    paths = AppPaths.under(tmp_path / "data")
    _fill(paths)
    ahead = _backup_at("2099-06-01 09:00:00", paths.data_dir, "Made in 2099")
    back = _backup_at(None, paths.data_dir, "Made after the clock came back")
    assert back["exists"]
    listed = [p.name for p in backups.list_backups(paths.backups_dir)]
    assert listed[:2] == [back["backup"], ahead["backup"]]
    assert len(listed) == backups.KEEP
    with Store.open(paths) as store:  # and a third, in this process, still goes on top
        store.create_session(simple_assessment("Third"))
        third = store.backup_now()
    assert backups.list_backups(paths.backups_dir)[0] == third
    assert "Third" in _names_in_newest(paths)


def test_backups_named_before_numbers_still_count_as_older(tmp_path):
    paths = AppPaths.under(tmp_path / "data")
    with Store.open(paths) as store:
        store.create_session(simple_assessment("Old scheme"))
        first = store.backup_now()
    old = first.with_name("svmi-20991231-235959.sqlite3")  # far-future time, older scheme
    first.rename(old)
    with Store.open(paths) as store:
        store.create_session(simple_assessment("New scheme"))
        new = store.backup_now()
    assert backups.list_backups(paths.backups_dir) == [new, old]
    assert backups.sequence(new) == 1 and backups.sequence(old) == 0
