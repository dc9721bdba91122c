"""Issue 9 case 10: the data folder is 0700 and its files 0600 on POSIX; exports keep the umask.

Fails on the code before the fix: the database, its WAL, backups and logs were 0644 in 0755
folders (world-readable).
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from svmi_desktop.paths import AppPaths
from svmi_desktop.storage import Store

from .conftest import rich_assessment

pytestmark = pytest.mark.skipif(os.name == "nt", reason="POSIX file modes")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _everything_under(folder: Path) -> dict[str, int]:
    return {str(p.relative_to(folder)): _mode(p) for p in [folder, *folder.rglob("*")]}


def test_the_data_folder_and_everything_in_it_is_private(tmp_path):
    paths = AppPaths.under(tmp_path / "data")
    paths.ensure()
    store = Store.open(paths)
    store.create_session(rich_assessment())
    store.backup_now()
    # while open: the database, its -wal and -shm, the lock and the clean-shutdown marker
    live = _everything_under(paths.data_dir)
    assert any(name.endswith("-wal") for name in live) and any(
        name.endswith("-shm") for name in live
    )
    store.close()
    after = _everything_under(paths.data_dir)
    for found in (live, after):
        folders = {n: m for n, m in found.items() if (paths.data_dir / n).is_dir()}
        files = {n: m for n, m in found.items() if n not in folders}
        assert set(folders.values()) == {0o700}, folders
        assert set(files.values()) == {0o600}, files
    assert any(n.startswith("backups/") for n in after)


def test_an_older_world_readable_folder_is_tightened(tmp_path):
    paths = AppPaths.under(tmp_path / "data")
    with Store.open(paths) as store:
        store.create_session(rich_assessment())
    os.chmod(paths.data_dir, 0o755)
    os.chmod(paths.database, 0o644)
    with Store.open(paths):
        pass
    assert _mode(paths.data_dir) == 0o700 and _mode(paths.database) == 0o600


def test_the_app_log_is_private_and_exports_keep_the_umask(tmp_path):
    data = tmp_path / "data"
    out = tmp_path / "exports"
    script = (
        "import os, sys; os.umask(0o022)\n"
        "from pathlib import Path\n"
        "from svmi_desktop.ui.application import setup_logging\n"
        "from svmi_desktop.paths import AppPaths\n"
        "from svmi_desktop.fileio import write_atomic\n"
        "p = AppPaths.under(Path(sys.argv[1])); p.ensure(); setup_logging(p.log_dir)\n"
        "import logging; logging.getLogger('svmi_desktop').warning('hello')\n"
        "Path(sys.argv[2]).mkdir(); write_atomic(Path(sys.argv[2]) / 'report.pdf', b'%PDF')\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", script, str(data), str(out)],
        capture_output=True,  # the app's log lines: shown if it fails, never on the terminal
        text=True,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert run.returncode == 0, run.stderr
    (log,) = (data / "logs").iterdir()
    assert _mode(log) == 0o600 and _mode(data / "logs") == 0o700 and _mode(data / "config") == 0o700
    assert _mode(out / "report.pdf") == 0o644
