"""Issue 9 case 9: hostile index files ("Add your own index") and over-long names are refused
where they enter, with the same limits the exports need, in one plain sentence.

Fails on the code before the fix: deeply nested or huge-integer TOML crashed with RecursionError
or ValueError; a 10,001-character statement and a 32,767-character organisation name were
accepted, and the workbook export then refused them.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

from svmi_desktop.catalog import IndexLibrary
from svmi_desktop.catalog.bundled import criteria_dir
from svmi_desktop.domain.assessment import Organisation, Workshop
from svmi_desktop.domain.entry_rules import MAX_LABEL
from svmi_desktop.errors import CriteriaError, SvmiError
from svmi_desktop.paths import AppPaths
from svmi_desktop.services.exports import export_all
from svmi_desktop.services.workshop import NewSession, Workshops
from svmi_desktop.storage import Store

BUNDLED = (criteria_dir() / "public-sector.toml").read_text("utf-8")


def _own(text: str) -> str:
    return re.sub(r'^id = ".*"$', 'id = "our-own"', text, count=1, flags=re.M)


def _first_statement(text: str, value: str) -> str:
    return re.sub(
        r'^statement = ".*"$', lambda _: f'statement = "{value}"', text, count=1, flags=re.M
    )


CASES = {
    "nested.toml": ("x = " + "[" * 100_000 + "]" * 100_000 + "\n", "nested too deeply"),
    "huge-int.toml": ("x = " + "9" * 50_000 + "\n", "number too large"),
    "long-statement.toml": (
        _own(_first_statement(BUNDLED, "s" * (MAX_LABEL + 1))),
        "the limit for a name or label is 10,000",
    ),
}


@pytest.mark.parametrize("name", CASES)
def test_a_hostile_index_file_is_refused_in_one_sentence(tmp_path, name):
    text, expected = CASES[name]
    path = tmp_path / name
    path.write_text(text, "utf-8")
    library = IndexLibrary(tmp_path / "indexes")
    with pytest.raises(CriteriaError) as caught:
        library.add_file(path)
    message = str(caught.value)
    assert expected in message and "\n" not in message and len(message) < 300
    assert not (tmp_path / "indexes").exists() or not any((tmp_path / "indexes").iterdir())


def test_a_statement_at_the_limit_is_added_and_exports(tmp_path):
    path = tmp_path / "ours.toml"
    path.write_text(_own(_first_statement(BUNDLED, "s" * MAX_LABEL)), "utf-8")
    library = IndexLibrary(tmp_path / "indexes")
    assert library.add_file(path).id == "our-own"


def test_names_are_refused_at_entry_with_the_limit_the_workbook_needs(tmp_path):
    with Store.open(AppPaths.under(tmp_path / "data")) as store:
        workshops = Workshops(store, IndexLibrary())
        day = Workshop(dt.date(2026, 11, 21))
        with pytest.raises(
            SvmiError, match=r"^The organisation name is 32,767 characters; the limit"
        ):
            workshops.create(NewSession("public-sector", Organisation("N" * 32_767), day))
        assert store.list_sessions() == []
        # the longest name accepted exports whole: what enters can always leave
        session = workshops.create(NewSession("public-sector", Organisation("N" * MAX_LABEL), day))
        out = tmp_path / "out"
        out.mkdir()
        export_all(session.index, session.assessment, out, overwrite=True)
        assert any(p.suffix == ".xlsx" for p in out.iterdir())


def test_a_fifo_named_toml_is_refused_at_once(tmp_path):
    import os

    path = tmp_path / "pipe.toml"
    os.mkfifo(path)
    with pytest.raises(CriteriaError, match=r"named pipe \(FIFO\)"):
        IndexLibrary(tmp_path / "indexes").add_file(path)
