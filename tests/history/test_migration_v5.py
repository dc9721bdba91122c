"""Migration 5: an older database gains organisation keys, one per session, after a backup."""

from __future__ import annotations

import datetime as dt

from svmi_desktop.domain.reassessment import Lineage
from svmi_desktop.paths import AppPaths
from svmi_desktop.storage import SCHEMA_VERSION, Store, backups, repository
from tests.storage.conftest import simple_assessment
from tests.storage.test_migrations import install_v1, make_v1


def test_a_version_1_database_gains_distinct_keys_and_no_baselines(tmp_path):
    paths = AppPaths.under(tmp_path / "data")
    install_v1(paths)
    with Store.open(paths) as store:
        assert store._conn is not None
        assert repository.user_version(store._conn) == SCHEMA_VERSION
        keys = {store.lineage(e["id"]).org_key for e in make_v1.SESSIONS}
        assert len(keys) == len(make_v1.SESSIONS)
        assert all(len(k) == 16 for k in keys)
        for entry in make_v1.SESSIONS:
            lineage = store.lineage(entry["id"])
            assert (lineage.baseline_id, lineage.carried) == (None, frozenset())
        # A session created after the upgrade gets its own key from the trigger.
        new_id = store.create_session(simple_assessment())
        assert store.lineage(new_id).org_key not in keys
    (before,) = [
        p for p in backups.list_backups(paths.backups_dir) if f"-before-v{SCHEMA_VERSION}" in p.name
    ]
    assert backups.verify(before)  # the upgrade ran after a verified backup of the old data


def test_deleting_a_baseline_keeps_the_re_assessment(tmp_path):
    paths = AppPaths.under(tmp_path / "data")
    with Store.open(paths) as store:
        first = store.create_session(simple_assessment())
        key = store.lineage(first).org_key
        second = store.create_linked_session(
            simple_assessment(), Lineage(key, first, dt.date(2026, 1, 5), frozenset({"A.F1"}))
        )
        store.delete_session(first)
        store.purge_deleted()
        lineage = store.lineage(second)
        assert lineage.baseline_id is None  # ON DELETE SET NULL
        assert lineage.baseline_date == dt.date(2026, 1, 5)  # the date is still known
        assert store.load(second).answers
