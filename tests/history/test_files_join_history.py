"""A session written to a file and imported elsewhere keeps its organisation's history."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys

from svmi_desktop.catalog import IndexLibrary
from svmi_desktop.domain.reassessment import CarryMode
from svmi_desktop.paths import AppPaths
from svmi_desktop.services.history import History
from svmi_desktop.services.workshop import Workshops
from svmi_desktop.storage import Store

from .helpers import FIRST_DATE, first_workshop


def svmi(*args):
    return subprocess.run(
        [sys.executable, "-c", "from svmi_desktop.cli.main import run; run()", *args],
        capture_output=True,
        text=True,
    )


def test_exported_files_carry_the_key_and_imports_join_the_history(tmp_path, workshops):
    history = History(workshops)
    first = first_workshop(workshops)
    again = history.reassess(first.session_id, dt.date(2026, 3, 1), CarryMode.CARRY)
    key = history.lineage(first.session_id).org_key
    data = str(workshops.store.paths.data_dir)
    workshops.store.close()
    one, two = tmp_path / "one.svmi.json", tmp_path / "two.svmi.json"
    assert (
        svmi(
            "sessions", "export", str(first.session_id), "-o", str(one), "--data-dir", data
        ).returncode
        == 0
    )
    assert (
        svmi(
            "sessions", "export", str(again.session_id), "-o", str(two), "--data-dir", data
        ).returncode
        == 0
    )
    shown = json.loads(svmi("sessions", "show", str(again.session_id), "--data-dir", data).stdout)
    assert shown["organisation"]["key"] == key
    assert shown["baseline"] == {"session": first.session_id, "date": FIRST_DATE.isoformat()}
    assert "baseline" not in json.loads(one.read_text(encoding="utf-8"))

    # Another machine: the CLI imports both; they form one history by key.
    other = tmp_path / "other"
    ids = [
        svmi("sessions", "import", str(p), "--data-dir", str(other)).stdout.strip()
        for p in (one, two)
    ]
    with Store.open(AppPaths.under(other)) as store:
        a, b = (store.lineage(int(i)) for i in ids)
        assert a.org_key == b.org_key == key
        # The baseline was imported first: same key and date, so the link is made here too.
        assert (b.baseline_id, b.baseline_date) == (int(ids[0]), FIRST_DATE)
        assert [r[0] for r in store.history(key)] == [int(i) for i in ids]

    # The app's own import on a third machine, the re-assessment first: no baseline here
    # yet, so only its date is kept; the earlier file then joins the same history.
    third = AppPaths.under(tmp_path / "third")
    with Store.open(third) as store:
        w = Workshops(store, IndexLibrary(third.indexes_dir))
        s2, _ = w.import_file(two)
        assert (s2.lineage.baseline_id, s2.lineage.baseline_date) == (None, FIRST_DATE)
        s1, _ = w.import_file(one)
        assert s1.lineage.org_key == s2.lineage.org_key == key
        assert [e.session_id for e in History(w).entries(s2.session_id)] == [
            s1.session_id,
            s2.session_id,
        ]  # oldest first, by workshop date
