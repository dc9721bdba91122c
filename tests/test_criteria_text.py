"""The index files in criteria/ against the report they are transcribed from.

Standard library + pytest only: this test reads the TOML files directly and does not import the
application package.  The verbatim checks need the reference text at
../shared/reference/svmi-bridging-the-gap.txt and are skipped when it is not there.
"""

from __future__ import annotations

import os
import re
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CRITERIA = ROOT / "criteria"
REFERENCE = ROOT.parent / "shared" / "reference" / "svmi-bridging-the-gap.txt"

LEVELS = ("follower", "mature", "leader", "innovator")
LETTER = {"follower": "F", "mature": "M", "leader": "L", "innovator": "I"}

# Criteria per theme and level (F, M, L, I), as counted in the report's appendix tables.
EXPECTED = {
    "public-sector": {
        "A": (1, 2, 3, 4),
        "B": (1, 1, 2, 2),
        "C": (1, 3, 3, 4),
        "D": (1, 2, 4, 4),
        "E": (2, 2, 4, 3),
        "F": (1, 2, 5, 4),
        "G": (1, 1, 2, 2),
        "H": (1, 2, 3, 5),
        "I": (1, 2, 2, 3),
        "J": (1, 3, 4, 5),
    },
    "business": {
        "A": (1, 3, 3, 2),
        "B": (2, 4, 3, 4),
        "C": (1, 2, 3, 5),
        "D": (1, 1, 3, 3),
        "E": (1, 1, 3, 4),
        "F": (2, 2, 3, 3),
        "G": (1, 2, 4, 3),
        "H": (1, 1, 1, 4),
        "I": (2, 4, 2, 2),
    },
}
TOTALS = {"public-sector": 99, "business": 87}
THEME_COUNT = {"public-sector": 10, "business": 9}
COMPLIANCE = {
    "public-sector": {"A.F1", "E.F1", "E.F2", "J.F1"},
    "business": {"E.F1", "F.F1"},
}
# The appendix table of each index: 0 = first ("Public Sector ..."), 1 = second ("Private Sector ...").
TABLE = {"public-sector": 0, "business": 1}
TITLES = {
    "public-sector": "Public Sector Social Value Maturity Index",
    "business": "Business Social Value Maturity Index",
}
# The worked example's action plan (Surrey County Council, theme "Measurement: TOMs").
WORKED_EXAMPLE_ACTIONS = {
    "C.L1": "Start to measure social value in financial as well as non-financial terms, against "
    "the approved themes outcomes and measures (TOMs).",
    "C.L2": "Start a process to update TOMs annually, supported by evidence from case studies and "
    "ongoing contracts.",
    "C.L3": "Introduce a system to weight outcomes according to council and local priorities.",
    "C.I2": "Incorporate stakeholder feedback to adjust your outcome financial weightings.",
    "C.I4": "Consult stakeholders and public sector bodies in the TOMs development/update process "
    "(e. g. health, education, emergency services).",
}

TOP_KEYS = {"format", "id", "version", "title", "source", "levels", "themes"}
THEME_KEYS = {"code", "title", "short", "question", "criteria"}
CRITERION_REQUIRED = {"id", "level", "kind", "statement", "action"}
CRITERION_OPTIONAL = {"display", "same_as", "prompt"}  # prompt: issue 10

INDEX_IDS = sorted(EXPECTED)


def load(index_id: str) -> dict:
    with open(CRITERIA / f"{index_id}.toml", "rb") as fh:
        return tomllib.load(fh)


def criteria(data: dict):
    for theme in data["themes"]:
        for crit in theme["criteria"]:
            yield theme, crit


def ws(text: str) -> str:
    """Collapse runs of whitespace to one space and strip."""
    return re.sub(r"\s+", " ", text).strip()


# HTML list markup left over from the document conversion; not part of the text.
# (`<IR>`, Integrated Reporting, in the business Reporting row is text and is kept.)
_MARKUP = re.compile(r"</?(?:ul|ol|li|p)(?:\s[^>]*)?>")


def clean_cell(cell: str) -> str:
    return ws(_MARKUP.sub(" ", cell))


# ---------------------------------------------------------------------------------------------
# Reference text fixtures


@pytest.fixture(scope="module")
def ref_lines() -> list[str]:
    if not REFERENCE.exists():
        if os.environ.get("CI"):  # in CI a missing reference is a broken checkout, not a skip
            pytest.fail(f"reference text not found: {REFERENCE} (CI is set: ../shared is required)")
        pytest.skip(f"reference text not found: {REFERENCE}")
    return REFERENCE.read_text(encoding="utf-8").splitlines()


@pytest.fixture(scope="module")
def ref_text(ref_lines) -> str:
    return ws("\n".join(ref_lines))


@pytest.fixture(scope="module")
def appendix_tables(ref_lines) -> list[list[str]]:
    """The lines of each appendix table: [first table lines, second table lines]."""
    starts = [i for i, line in enumerate(ref_lines) if line.strip() == "Appendix"]
    assert len(starts) == 2, f"expected two 'Appendix' headings, found {len(starts)}"
    return [ref_lines[starts[0] + 1 : starts[1]], ref_lines[starts[1] + 1 :]]


def table_row(table: list[str], title: str) -> list[str]:
    """The cells (title, follower, mature, leader, innovator) of the row starting with `title`."""
    rows = [line for line in table if line.startswith(title + "\t")]
    assert len(rows) == 1, f"row {title!r}: found {len(rows)} lines starting with it"
    cells = rows[0].split("\t")
    assert len(cells) == 5, f"row {title!r}: expected 5 tab-separated cells, got {len(cells)}"
    return cells


# ---------------------------------------------------------------------------------------------
# Structure (no reference text needed)


@pytest.mark.parametrize("index_id", INDEX_IDS)
def test_header_and_keys(index_id):
    data = load(index_id)
    assert set(data) == TOP_KEYS
    assert data["format"] == "svmi-index"
    assert data["id"] == index_id
    assert data["version"] == "2017.1"
    assert data["title"] == TITLES[index_id]
    assert data["source"].startswith(
        "Bridging the Gap: Improving Communities with the Social Value Maturity Index, Appendix"
    )
    assert set(data["levels"]) == set(LEVELS)
    for theme in data["themes"]:
        assert set(theme) == THEME_KEYS, theme["code"]
        for key in ("code", "title", "short", "question"):
            assert isinstance(theme[key], str) and theme[key].strip(), (theme["code"], key)
        assert len(theme["short"]) <= 28, theme["short"]
        for crit in theme["criteria"]:
            keys = set(crit)
            assert keys >= CRITERION_REQUIRED, crit.get("id")
            assert keys <= CRITERION_REQUIRED | CRITERION_OPTIONAL, crit["id"]
            for key in keys:
                assert isinstance(crit[key], str) and crit[key].strip(), (crit["id"], key)
                assert crit[key] == crit[key].strip(), (crit["id"], key)


@pytest.mark.parametrize("index_id", INDEX_IDS)
def test_counts(index_id):
    data = load(index_id)
    codes = [t["code"] for t in data["themes"]]
    assert codes == list("ABCDEFGHIJ"[: THEME_COUNT[index_id]])
    found = {}
    for theme in data["themes"]:
        levels = [c["level"] for c in theme["criteria"]]
        found[theme["code"]] = tuple(levels.count(lv) for lv in LEVELS)
    assert found == EXPECTED[index_id]
    assert sum(len(t["criteria"]) for t in data["themes"]) == TOTALS[index_id]


@pytest.mark.parametrize("index_id", INDEX_IDS)
def test_ids_run_in_order(index_id):
    data = load(index_id)
    ids = [c["id"] for _, c in criteria(data)]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for theme in data["themes"]:
        expected = []
        for lv in LEVELS:
            n = sum(1 for c in theme["criteria"] if c["level"] == lv)
            expected += [(lv, f"{theme['code']}.{LETTER[lv]}{k}") for k in range(1, n + 1)]
        assert [(c["level"], c["id"]) for c in theme["criteria"]] == expected, theme["code"]


@pytest.mark.parametrize("index_id", INDEX_IDS)
def test_kind_rules(index_id):
    data = load(index_id)
    compliance = set()
    for _, crit in criteria(data):
        if crit["level"] == "follower":
            assert crit["kind"] in ("compliance", "descriptor"), crit["id"]
            if crit["kind"] == "compliance":
                compliance.add(crit["id"])
        else:
            assert crit["kind"] == "requirement", crit["id"]
    assert compliance == COMPLIANCE[index_id]


@pytest.mark.parametrize("index_id", INDEX_IDS)
def test_same_as_and_display(index_id):
    data = load(index_id)
    by_id = {c["id"]: c for _, c in criteria(data)}
    same_as = {c["id"]: c["same_as"] for c in by_id.values() if "same_as" in c}
    assert same_as == ({"C.I1": "C.L1"} if index_id == "public-sector" else {})
    for cid, target in same_as.items():
        # The restatement differs from its target at most by a final full stop.
        assert by_id[cid]["statement"].rstrip(".") == by_id[target]["statement"].rstrip(".")
    for crit in by_id.values():
        if "display" in crit:
            assert crit["display"] != crit["statement"], crit["id"]


@pytest.mark.parametrize("index_id", INDEX_IDS)
def test_actions(index_id):
    data = load(index_id)
    for _, crit in criteria(data):
        action = crit["action"]
        assert action.strip(), crit["id"]
        assert action.endswith("."), crit["id"]
        assert action[0].isupper(), crit["id"]
        assert "  " not in action, crit["id"]


def test_worked_example_actions_verbatim():
    by_id = {c["id"]: c for _, c in criteria(load("public-sector"))}
    for cid, action in WORKED_EXAMPLE_ACTIONS.items():
        assert by_id[cid]["action"] == action, cid


def test_worked_example_short_label():
    themes = {t["code"]: t for t in load("public-sector")["themes"]}
    assert themes["A"]["short"] == "Policy & Scope"
    assert themes["C"]["short"] == "Measurement: TOMs"


# ---------------------------------------------------------------------------------------------
# Verbatim checks against the reference text


@pytest.mark.parametrize("index_id", INDEX_IDS)
def test_levels_verbatim(index_id, ref_text, appendix_tables):
    data = load(index_id)
    overview = table_row(appendix_tables[TABLE[index_id]], "Overview")
    for lv, cell in zip(LEVELS, overview[1:], strict=True):
        assert data["levels"][lv] in ref_text, lv
        assert data["levels"][lv] == clean_cell(cell), lv


@pytest.mark.parametrize("index_id", INDEX_IDS)
def test_theme_titles_and_questions_verbatim(index_id, ref_lines, ref_text, appendix_tables):
    data = load(index_id)
    table = appendix_tables[TABLE[index_id]]
    list_items = [line for line in ref_lines if re.match(r"^- \d+ .*\*\* ", line)]
    for theme in data["themes"]:
        assert theme["title"] in ref_text, theme["code"]
        table_row(table, theme["title"])  # the title starts a row of this index's table
        assert theme["question"] in ref_text, theme["code"]
        assert any(line.endswith("** " + theme["question"]) for line in list_items), theme["code"]


@pytest.mark.parametrize("index_id", INDEX_IDS)
def test_theme_order_follows_table(index_id, appendix_tables):
    table = appendix_tables[TABLE[index_id]]
    row_titles = [
        line.split("\t", 1)[0]
        for line in table
        if "\t" in line and not line.startswith(("LEVEL\t", "Overview\t"))
    ]
    assert [t["title"] for t in load(index_id)["themes"]] == row_titles


@pytest.mark.parametrize("index_id", INDEX_IDS)
def test_statements_in_own_theme_row(index_id, appendix_tables):
    data = load(index_id)
    table = appendix_tables[TABLE[index_id]]
    for theme in data["themes"]:
        row = ws("\t".join(table_row(table, theme["title"])))
        for crit in theme["criteria"]:
            assert ws(crit["statement"]) in row, crit["id"]


@pytest.mark.parametrize("index_id", INDEX_IDS)
def test_cells_rebuilt_exactly(index_id, appendix_tables):
    """Each table cell is exactly its level's statements with their numbers: nothing missed,
    nothing added, each statement in the right cell under the right number."""
    data = load(index_id)
    table = appendix_tables[TABLE[index_id]]
    for theme in data["themes"]:
        cells = table_row(table, theme["title"])
        for lv, cell in zip(LEVELS, cells[1:], strict=True):
            crits = [c for c in theme["criteria"] if c["level"] == lv]
            cell = clean_cell(cell)
            if len(crits) == 1 and not re.match(r"^1\. ", cell):
                rebuilt = crits[0]["statement"]  # a cell without a number
            else:
                rebuilt = " ".join(f"{c['id'].split('.')[1][1:]}. {c['statement']}" for c in crits)
            assert ws(rebuilt) == cell, f"{theme['code']} {lv}"
