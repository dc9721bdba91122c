"""D8: the committed version-1 database upgrades with everything intact; a failed step changes
nothing; the verified pre-upgrade backup is kept."""

from __future__ import annotations

import dataclasses
import hashlib
import importlib.util
import shutil
import sqlite3
from pathlib import Path

import pytest

from svmi_desktop.catalog import load_index
from svmi_desktop.formats import assessment_file
from svmi_desktop.storage import SCHEMA_VERSION, StorageError, Store, backups, repository

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "storage"
V1 = FIXTURES / "v1.sqlite3"


def _fixture_module():
    spec = importlib.util.spec_from_file_location("make_v1", FIXTURES / "make_v1.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


make_v1 = _fixture_module()


def install_v1(paths, *, wal: bool = False) -> None:
    paths.data_dir.mkdir(parents=True)
    shutil.copyfile(V1, paths.database)
    if wal:  # as SVMI Desktop version 1 itself left it
        conn = sqlite3.connect(paths.database)
        conn.execute("PRAGMA journal_mode = WAL")
        conn.close()


def dump(path: Path) -> list[str]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def test_committed_fixture_is_version_1_and_matches_its_script(tmp_path):
    conn = sqlite3.connect(f"{V1.resolve().as_uri()}?mode=ro", uri=True)
    assert conn.execute("PRAGMA user_version").fetchone() == (1,)
    conn.close()
    rebuilt = make_v1.build(tmp_path / "rebuilt.sqlite3")
    assert dump(rebuilt) == dump(V1)


def test_version_1_database_upgrades_with_all_data_intact(paths):
    install_v1(paths)
    before = dump(paths.database)
    with Store.open(paths) as store:
        assert store.recovery is None
        listed = store.list_sessions()
        assert [s.id for s in listed] == [2, 1]  # newest updated first
        for entry in make_v1.SESSIONS:
            expected = assessment_file.from_dict(entry["file"], load_index)
            loaded = store.load(entry["id"])
            assert loaded == expected
            assert assessment_file.to_dict(loaded) == entry["file"]
            summary = next(s for s in listed if s.id == entry["id"])
            assert summary.created == repository.parse_time(entry["created"])
            assert summary.updated == repository.parse_time(entry["updated"])
            assert (summary.asked, summary.present_mean) == (0, None)  # new v2 columns
        conn = store._conn
        assert conn is not None
        assert repository.user_version(conn) == SCHEMA_VERSION
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert store.integrity_check() == "ok"
        # the new column works
        action = dataclasses.replace(store.load(1).custom_actions[0], target_level=3)
        store.put_custom_action(1, action)
        assert store.load(1).custom_actions[0].target_level == 3
    (before_backup,) = [
        p for p in backups.list_backups(paths.backups_dir) if f"-before-v{SCHEMA_VERSION}" in p.name
    ]
    assert backups.verify(before_backup)
    assert dump(before_backup) == before  # exactly the version-1 data
    with Store.open(paths) as store:  # no second migration, no second pre-upgrade backup
        assert store.load(1).custom_actions[0].target_level == 3
    assert len([p for p in backups.list_backups(paths.backups_dir) if "-before-v" in p.name]) == 1


@pytest.mark.parametrize("failing_statement", range(len(repository.MIGRATIONS[1].statements)))
def test_a_failing_step_leaves_the_file_byte_identical(paths, monkeypatch, failing_statement):
    install_v1(paths, wal=True)
    digest = hashlib.sha256(paths.database.read_bytes()).hexdigest()
    step = repository.MIGRATIONS[1]
    statements = list(step.statements)
    statements.insert(failing_statement + 1, "SELECT no_such_function()")
    broken = dataclasses.replace(step, statements=tuple(statements))
    monkeypatch.setattr(repository, "MIGRATIONS", (repository.MIGRATIONS[0], broken))
    with pytest.raises(StorageError):
        Store.open(paths)
    assert hashlib.sha256(paths.database.read_bytes()).hexdigest() == digest
    conn = sqlite3.connect(paths.database)
    assert conn.execute("PRAGMA user_version").fetchone() == (1,)
    conn.close()
    monkeypatch.undo()
    with Store.open(paths) as store:  # and the real upgrade still works afterwards
        assert store.load(1).organisation.name == "Gwynedd Council"


def test_new_database_is_created_at_the_current_version(paths):
    with Store.open(paths) as store:
        assert store._conn is not None
        assert repository.user_version(store._conn) == SCHEMA_VERSION
    assert backups.list_backups(paths.backups_dir) == []  # nothing to protect, nothing changed
