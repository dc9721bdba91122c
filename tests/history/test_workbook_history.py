"""A workbook exported and imported back continues its organisation's history (issue 14).

The hidden svmi_data sheet records the organisation key, as the .svmi.json file does; the window's
import (``Workshops.import_file``: the memory-capped child) and ``svmi sessions import`` adopt
it the same way. A workbook without the key (every one made before it) still imports, into a
new history; a hostile key is refused in one sentence and nothing is stored.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import subprocess
import sys

import openpyxl
import pytest

from svmi_desktop.catalog import IndexLibrary
from svmi_desktop.domain.reassessment import CarryMode
from svmi_desktop.errors import FileFormatError
from svmi_desktop.formats.workbook_layout import CHUNK, DATA_SHEET
from svmi_desktop.paths import AppPaths
from svmi_desktop.services.exports import export_all
from svmi_desktop.services.history import History
from svmi_desktop.services.workshop import Workshops
from svmi_desktop.storage import Store

from .helpers import FIRST_DATE, first_workshop


def _export(session, folder, lineage=True):
    written = export_all(
        session.index,
        session.assessment,
        folder,
        formats={"xlsx"},
        results=session.results,
        lineage=session.lineage if lineage else None,
    ).written
    return written["xlsx"]


def _data(xlsx) -> dict:
    wb = openpyxl.load_workbook(xlsx, read_only=True)
    rows = list(wb[DATA_SHEET].iter_rows(values_only=True))
    wb.close()
    return json.loads("".join(r[0] for r in rows[2 : 2 + rows[1][1]]))


def _with_data(xlsx, tmp_path, change) -> object:
    """The workbook with its hidden data changed by ``change`` and the checksum made to fit:
    what someone who knows the format can write."""
    data = _data(xlsx)
    change(data)
    text = json.dumps(data, ensure_ascii=True)
    wb = openpyxl.load_workbook(xlsx)
    ws = wb[DATA_SHEET]
    chunks = [text[i : i + CHUNK] for i in range(0, len(text), CHUNK)]
    ws.cell(1, 3).value = hashlib.sha256(text.encode("ascii")).hexdigest()
    ws.cell(2, 2).value = len(chunks)
    for i, chunk in enumerate(chunks, start=3):
        ws.cell(i, 1).value = chunk
    out = tmp_path / "changed.xlsx"
    wb.save(out)
    return out


def _other(tmp_path, name):
    paths = AppPaths.under(tmp_path / name)
    store = Store.open(paths)
    return store, Workshops(store, IndexLibrary(paths.indexes_dir))


def test_workbooks_imported_elsewhere_continue_the_organisations_history(tmp_path, workshops):
    history = History(workshops)
    first = first_workshop(workshops)
    again = history.reassess(first.session_id, dt.date(2026, 3, 1), CarryMode.CARRY)
    key = history.lineage(first.session_id).org_key
    one = _export(first, tmp_path / "one")
    two = _export(again, tmp_path / "two")
    assert _data(one)["organisation"]["key"] == key == _data(two)["organisation"]["key"]

    # another machine, through the window's import (the memory-capped child)
    store, w = _other(tmp_path, "other")
    with store:
        s2, _ = w.import_file(two)
        assert s2.lineage.org_key == key and s2.lineage.baseline_date == FIRST_DATE
        s1, _ = w.import_file(one)
        assert s1.lineage.org_key == key
        h = History(w)
        assert [e.session_id for e in h.entries(s2.session_id)] == [s1.session_id, s2.session_id]
        trend = h.trend(s2.session_id)  # the History page's data sees both rounds
        assert [p.session_id for p in trend.points] == [s1.session_id, s2.session_id]
        assert h.compare(s1.session_id, s2.session_id) is not None

    # the same database: the workbook joins the organisation it came from
    back, _ = workshops.import_file(two)
    assert back.lineage.org_key == key
    assert back.session_id in [e.session_id for e in history.entries(first.session_id)]


def test_svmi_sessions_import_adopts_the_key_as_the_window_does(tmp_path, workshops):
    first = first_workshop(workshops)
    key = workshops.store.lineage(first.session_id).org_key
    book = _export(first, tmp_path / "out")
    other = tmp_path / "cli"
    run = subprocess.run(
        [
            sys.executable,
            "-c",
            "from svmi_desktop.cli.main import run; run()",
            "sessions",
            "import",
            str(book),
            "--data-dir",
            str(other),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    with Store.open(AppPaths.under(other)) as store:
        assert store.lineage(int(run.stdout.strip())).org_key == key
    # svmi import writes the key into the .svmi.json it makes
    out = tmp_path / "book.svmi.json"
    run = subprocess.run(
        [
            sys.executable,
            "-c",
            "from svmi_desktop.cli.main import run; run()",
            "import",
            str(book),
            "-o",
            str(out),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    assert json.loads(out.read_text("utf-8"))["organisation"]["key"] == key


def test_a_workbook_without_the_key_still_imports_into_a_new_history(tmp_path, workshops):
    first = first_workshop(workshops)
    key = workshops.store.lineage(first.session_id).org_key
    old = _export(first, tmp_path / "old", lineage=False)  # as every workbook before the key
    assert "key" not in _data(old)["organisation"]
    session, _ = workshops.import_file(old)
    assert session.assessment == first.assessment
    assert workshops.store.lineage(session.session_id).org_key != key
    assert session.session_id not in [
        e.session_id for e in History(workshops).entries(first.session_id)
    ]


@pytest.mark.parametrize(
    ("key", "said"),
    [
        ("a" * 20_000, "20,000 characters; the limit for a name or label is 10,000"),
        ("0123456789abcde\ud800", "unpaired surrogate, U+D800, at character 16"),
        ("0123456789ab\x07\x1b[", "16 hexadecimal digits"),
        ("0123456789abcdef0", "16 hexadecimal digits"),
        ("0123456789ABCDEF", "16 hexadecimal digits"),
        (12345, "16 hexadecimal digits"),
    ],
)
def test_a_hostile_key_is_refused_in_one_sentence_and_nothing_is_stored(
    tmp_path, workshops, key, said
):
    first = first_workshop(workshops)
    book = _with_data(
        _export(first, tmp_path / "out"),
        tmp_path,
        lambda data: data["organisation"].__setitem__("key", key),
    )
    before = len(workshops.store.list_sessions())
    with pytest.raises(FileFormatError) as caught:
        workshops.import_file(book)
    message = str(caught.value)
    assert said in message and DATA_SHEET in message and "\n" not in message
    assert len(message) < 300 and "\ud800" not in message and "\x07" not in message
    assert len(workshops.store.list_sessions()) == before
