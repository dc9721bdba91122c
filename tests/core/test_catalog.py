"""Index files load, and every kind of mistake in one names the file, theme and key."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from svmi_desktop.catalog import (
    IndexLibrary,
    bundled_index_ids,
    criteria_dir,
    load_index,
    load_index_file,
)
from svmi_desktop.domain.criteria import Kind
from svmi_desktop.errors import CriteriaError

PUBLIC = (criteria_dir() / "public-sector.toml").read_text(encoding="utf-8")


@pytest.mark.parametrize("path", sorted(criteria_dir().glob("*.toml")), ids=lambda p: p.name)
def test_every_bundled_file_loads(path):
    index = load_index_file(path)
    assert index.id == path.stem
    assert len(index.level_descriptions) == 4
    for c in index.criteria():
        assert c.action.strip() and c.statement.strip()


def test_bundled_counts_and_compliance():
    assert bundled_index_ids() == ("business", "public-sector")
    public, business = load_index("public-sector"), load_index("business")
    assert (len(public.themes), sum(1 for _ in public.criteria())) == (10, 99)
    assert (len(business.themes), sum(1 for _ in business.criteria())) == (9, 87)
    compliance = lambda ix: sorted(c.id for c in ix.criteria() if c.kind is Kind.COMPLIANCE)
    assert compliance(public) == ["A.F1", "E.F1", "E.F2", "J.F1"]
    assert compliance(business) == ["E.F1", "F.F1"]
    assert public.criterion("C.I1").same_as == "C.L1"
    assert public.criterion("C.L2").statement == (
        "TOMs (including values) updated an annual basis with evidence and methodology to support"
    )


def broken(tmp_path: Path, old: str, new: str, count: int = 1) -> Path:
    assert old in PUBLIC, old
    path = tmp_path / "mine.toml"
    path.write_text(PUBLIC.replace(old, new, count), encoding="utf-8")
    return path


CASES = [
    (
        'id = "A.M1"\nlevel = "mature"',
        'id = "A.M1"\nlevel = "mature"\ncolour = "red"',
        r"mine\.toml, theme A, criterion A\.M1: unknown key 'colour'",
    ),
    (
        'id = "A.M2"',
        'id = "A.M3"',
        r"mine\.toml, theme A, criterion A\.M3: key 'id' is out of sequence; expected A\.M2",
    ),
    ('id = "A.M2"', 'id = "A.M1"', r"mine\.toml, theme A, criterion A\.M1: duplicate id"),
    (
        'short = "Policy & Scope"',
        'short = "Policy and Scope, a very long label"',
        r"theme A: key 'short' is 35 characters; at most 28",
    ),
    ('short = "Policy & Scope"\n', "", r"theme A: missing key 'short'"),
    (
        'id = "B.M1"',
        'id = "A.M9"',
        r"mine\.toml, theme B, criterion A\.M9: key 'id' starts with 'A'",
    ),
    (
        'id = "A.M1"\nlevel = "mature"',
        'id = "A.M1"\nlevel = "leader"',
        r"theme A, criterion A\.M1: key 'level' is 'leader' but the id's letter 'M' means 'mature'",
    ),
    (
        'same_as = "C.L1"',
        'same_as = "C.L9"',
        r"theme C, criterion C\.I1: key 'same_as' points to 'C\.L9'",
    ),
    (
        'action = "Agree a social value policy',
        'axtion = "Agree a social value policy',
        r"theme A, criterion A\.M1: unknown key 'axtion'",
    ),
    (
        'statement = "A process and policy',
        'statement = "  "\nfoo = "',
        r"criterion A\.M1: unknown key 'foo'",
    ),
    (
        'question = "Do you have a social value policy and what is the scope of application?"',
        'question = ""',
        r"mine\.toml, theme A: key 'question' is empty",
    ),
    ('format = "svmi-index"', 'format = "other"', r"mine\.toml: key 'format' must be"),
    ('kind = "compliance"', 'kind = "mandatory"', r"theme A, criterion A\.F1: key 'kind' must be"),
]


@pytest.mark.parametrize(("old", "new", "message"), CASES)
def test_mistakes_are_named(tmp_path, old, new, message):
    with pytest.raises(CriteriaError, match=message):
        load_index_file(broken(tmp_path, old, new))


def test_missing_action_and_empty_text(tmp_path):
    text = re.sub(r'(id = "A\.M1"(?:\n[^\n\[]+)*?)\naction = "[^"]*"', r"\1", PUBLIC, count=1)
    path = tmp_path / "mine.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(CriteriaError, match=r"theme A, criterion A\.M1: missing key 'action'"):
        load_index_file(path)
    text = PUBLIC.replace(
        'statement = "A process and policy is in place to identify which contracts should include Social Value"',
        'statement = "   "',
        1,
    )
    path.write_text(text, encoding="utf-8")
    with pytest.raises(CriteriaError, match=r"criterion A\.M1: key 'statement' is empty"):
        load_index_file(path)


def test_not_toml_and_not_utf8(tmp_path):
    p = tmp_path / "x.toml"
    p.write_text("this is [not toml", encoding="utf-8")
    with pytest.raises(CriteriaError, match=r"x\.toml: is not valid TOML"):
        load_index_file(p)
    p.write_bytes(b"\xff\xfe\x00bad")
    with pytest.raises(CriteriaError, match=r"x\.toml: is not UTF-8"):
        load_index_file(p)


def test_unknown_bundled_index():
    with pytest.raises(CriteriaError, match=r"unknown index 'nope'.*business, public-sector"):
        load_index("nope")


def test_user_index_is_validated_copied_and_resolved(tmp_path):
    source = tmp_path / "src.toml"
    source.write_text(PUBLIC.replace('id = "public-sector"', 'id = "our-own"', 1), encoding="utf-8")
    library = IndexLibrary(tmp_path / "indexes")
    index = library.add_file(source)
    assert index.id == "our-own"
    source.unlink()
    assert IndexLibrary(tmp_path / "indexes").get("our-own").title == index.title
    assert "our-own" in library.ids()


def test_user_index_cannot_take_a_bundled_id_and_bad_files_change_nothing(tmp_path):
    library = IndexLibrary(tmp_path / "indexes")
    clash = tmp_path / "clash.toml"
    clash.write_text(PUBLIC, encoding="utf-8")
    with pytest.raises(CriteriaError, match="belongs to a bundled index"):
        library.add_file(clash)
    bad = broken(tmp_path, 'id = "public-sector"', 'id = "Bad Id"')
    with pytest.raises(CriteriaError, match="key 'id' must be lower-case"):
        library.add_file(bad)
    assert not (tmp_path / "indexes").exists() or not any((tmp_path / "indexes").iterdir())


def test_theme_codes_must_run_in_order():
    import tomllib

    from svmi_desktop.catalog.loader import parse_index

    data = tomllib.loads(PUBLIC)
    data["themes"][0], data["themes"][1] = data["themes"][1], data["themes"][0]
    with pytest.raises(CriteriaError, match=r"mine\.toml, theme B: key 'code' should be 'A'"):
        parse_index(data, "mine.toml")
