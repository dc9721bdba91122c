"""Schema version 4 (issue 11): a database of the previous release (schema 2, statuses and
organisation types stored as English labels) opens with every status intact, stored as keys
from then on, after a verified backup of the untouched file."""

from __future__ import annotations

import importlib.util
import shutil
import sqlite3
from pathlib import Path

from svmi_desktop.catalog import load_index
from svmi_desktop.domain.assessment import Status
from svmi_desktop.formats import assessment_file
from svmi_desktop.storage import SCHEMA_VERSION, Store, backups, repository

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "storage"
V2 = FIXTURES / "v2.sqlite3"

_spec = importlib.util.spec_from_file_location("make_v2", FIXTURES / "make_v2.py")
assert _spec is not None and _spec.loader is not None
make_v2 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(make_v2)


def _rows(path: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_committed_v2_fixture_matches_its_script(tmp_path):
    rebuilt = make_v2.build(tmp_path / "v2.sqlite3")
    assert _rows(V2, "PRAGMA user_version") == [(2,)]
    dump = lambda p: list(sqlite3.connect(p).iterdump())
    assert dump(rebuilt) == dump(V2)


def test_v2_database_opens_with_statuses_intact_and_stores_keys(paths):
    paths.data_dir.mkdir(parents=True)
    shutil.copyfile(V2, paths.database)
    before = _rows(paths.database, "SELECT status FROM action_edits ORDER BY 1")
    assert {s for (s,) in before} >= {"In progress", "Done"}  # labels, as the old app wrote
    with Store.open(paths) as store:
        conn = store._conn
        assert conn is not None
        assert repository.user_version(conn) == SCHEMA_VERSION
        for entry in make_v2.SESSIONS:
            loaded = store.load(entry["id"])
            assert loaded == assessment_file.from_dict(entry["file"], load_index)
            # the file written from it is the version-1 file it was made from, byte for byte
            assert assessment_file.to_dict(loaded) == entry["file"]
        fire = store.load(3)
        assert fire.organisation.type == "fire"
        assert {e.status for e in fire.action_edits.values()} == {Status.DONE}
        assert store.load(1).action_edits["A.M2"].status is Status.IN_PROGRESS
    stored = {s for (s,) in _rows(paths.database, "SELECT status FROM action_edits")}
    stored |= {s for (s,) in _rows(paths.database, "SELECT status FROM custom_actions")}
    assert stored <= {s.value for s in Status}, stored  # keys only now
    types = {t for (t,) in _rows(paths.database, "SELECT org_type FROM sessions")}
    assert types == {"council", "business", "fire"}
    (backup,) = [p for p in backups.list_backups(paths.backups_dir) if "-before-v" in p.name]
    assert backups.verify(backup)
    assert _rows(backup, "SELECT status FROM action_edits ORDER BY 1") == before
