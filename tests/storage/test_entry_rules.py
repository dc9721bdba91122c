"""Issue 9 cases 4 and 7: unencodable text and out-of-range dates are refused where they enter.

Fail on the code before the fix: a lone surrogate made ``svmi import``, ``svmi sessions import``
and ``svmi evaluate`` end in a traceback, and a workshop dated 9995 was accepted (every later
answer then failed with "year 10000 is out of range").
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

from svmi_desktop.catalog import IndexLibrary
from svmi_desktop.domain import entry_rules
from svmi_desktop.domain.assessment import Organisation, Workshop
from svmi_desktop.errors import SvmiError
from svmi_desktop.formats import assessment_file
from svmi_desktop.paths import AppPaths
from svmi_desktop.services.workshop import NewSession, Workshops
from svmi_desktop.storage import Store

from .conftest import rich_assessment

SVMI = Path(sys.executable).with_name("svmi")


def _file_with(tmp_path: Path, change) -> Path:  # type: ignore[no-untyped-def]
    data = assessment_file.to_dict(rich_assessment("Acme"))
    change(data)
    path = tmp_path / "hostile.svmi.json"
    # json.dumps writes a lone surrogate as the escape "\ud800", as any JSON writer may
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def _surrogate_name(data: dict) -> None:
    data["organisation"]["name"] = "Acme \ud800 Ltd"


def _surrogate_note(data: dict) -> None:
    data["notes"]["A"] = "a note \udfff"


def _year_9995(data: dict) -> None:
    data["workshop"]["date"] = "9995-06-01"


CASES = [
    (_surrogate_name, "The organisation name contains a character that cannot be stored"),
    (_surrogate_note, "The note for theme A contains a character that cannot be stored"),
    (_year_9995, "The workshop date is 9995-06-01; a date must be between 2000 and 2100"),
]


@pytest.mark.parametrize(("change", "expected"), CASES)
@pytest.mark.parametrize(
    "command",
    [
        ["import", "{file}", "-o", "{out}"],
        ["sessions", "import", "--data-dir", "{data}", "{file}"],
        ["evaluate", "{file}"],
    ],
    ids=["import", "sessions-import", "evaluate"],
)
def test_the_cli_refuses_in_one_line_and_stores_nothing(tmp_path, change, expected, command):
    path = _file_with(tmp_path, change)
    data = tmp_path / "data"
    argv = [a.format(file=path, out=tmp_path / "out.svmi.json", data=data) for a in command]
    proc = subprocess.run([str(SVMI), *argv], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2, proc.stderr
    assert "Traceback" not in proc.stderr
    assert proc.stderr.count("\n") == 1 and expected in proc.stderr
    assert not (tmp_path / "out.svmi.json").exists()
    if data.exists():
        with Store.open(AppPaths.under(data)) as store:
            assert store.list_sessions() == []


@pytest.fixture
def workshops(tmp_path):
    store = Store.open(AppPaths.under(tmp_path / "data"))
    yield Workshops(store, IndexLibrary())
    store.close()


def test_text_boxes_refuse_a_lone_surrogate_naming_the_field(workshops):
    session = workshops.add(rich_assessment("Acme"))
    with pytest.raises(SvmiError, match=r"^The note for theme B contains a character"):
        session.set_note("B", "typed \ud83d")
    org = Organisation("Acme \udc00")
    with pytest.raises(SvmiError, match=r"^The organisation name contains a character"):
        session.update_details(org, session.assessment.workshop)
    assert session.saved
    assert workshops.store.load(session.session_id).notes["B"] == rich_assessment().notes["B"]


def test_dates_are_bounded_where_they_enter(workshops):
    late = Workshop(dt.date(9995, 1, 1))
    with pytest.raises(
        SvmiError, match=r"^The workshop date is 9995-01-01; a date must be between"
    ):
        workshops.create(NewSession("public-sector", Organisation("Acme"), late))
    assert workshops.sessions() == []
    session = workshops.add(rich_assessment("Acme"))
    with pytest.raises(SvmiError, match=r"^The action's due date is 1999-12-31"):
        session.edit_action("A.M2", due=dt.date(1999, 12, 31))
    # a date inside the bounds is taken, and the answers after it still save
    longest = Workshop(entry_rules.DATE_MAX, horizon_years=5)
    session.update_details(session.assessment.organisation, longest)
    session.set_answer(session.index.asked_ids[-1], True, True)
    assert session.saved
    assert workshops.store.load(session.session_id).workshop.date == entry_rules.DATE_MAX
