"""Reading a submission workbook back: the hidden ``svmi_data``, then every visible edit.

Everything a person can change in the workbook is read from the visible sheets and wins over
the hidden data: answers and theme notes (*Self Assessment*, by the criterion id in its Ref
column), the *Organisation* details and participants, and the *Action Plan*'s owners, due
dates, statuses, notes and custom actions (``workbook_edits``). Each difference is reported
(``differences``) before anything is stored. Anything unexpected is a
:class:`FileFormatError` naming the sheet and cell. Sheets a LibreOffice re-save made
"hidden" instead of "very hidden" read the same.

openpyxl is opened read-only with ``reset_dimensions()`` (a sheet's ``<dimension>`` header is
never trusted) and with defusedxml in place; rows are read up to a cap.
"""

from __future__ import annotations

import hashlib
import io
import json
from dataclasses import replace
from typing import Any

from ..domain import wording
from ..domain.assessment import Answer, AnswerRuleError, Assessment, make_answer
from ..domain.criteria import Index, Kind
from ..domain.entry_rules import check_text, clean_text
from ..domain.reassessment import Lineage
from ..domain.text_limits import check_length
from ..errors import FileFormatError
from ..formats import assessment_file
from ..formats.assessment_file import IndexResolver
from ..formats.history_keys import read_lineage
from ..formats.workbook_layout import (
    DATA_LAYOUT,
    DATA_MARKER,
    DATA_SHEET,
    NOT_ASKED,
    NOTE_PIECE,
    SELF_ASSESSMENT_HEADERS,
)
from .differences import Difference, differences, settle
from .unstorable_cells import find_unstorable
from .workbook_edits import entry, plan_layout_is_current, read_organisation, read_plan

SHEET = "Self Assessment"
MAX_ROWS = 5_000
MAX_CHUNKS = 1_000
COL_THEME, COL_REF, COL_PRESENT, COL_FUTURE, COL_NOTE = 1, 2, 5, 6, 7
ORG_SHEET, PLAN_SHEET = "Organisation", "Action Plan"


def read_workbook(
    name: str, data: bytes, resolve_index: IndexResolver
) -> tuple[Assessment, list[Difference], Lineage | None]:
    """The assessment in the workbook ``data``, the differences the sheet made, and the history
    keys its hidden data records (issue 14: the organisation key; ``None`` in a workbook made
    before they were written, or exported from a session outside any history)."""
    import openpyxl

    if not openpyxl.DEFUSEDXML:  # pragma: no cover - a packaging mistake, not user input
        raise RuntimeError("defusedxml is not in use by openpyxl; refusing to parse workbooks")
    try:
        wb = openpyxl.load_workbook(
            io.BytesIO(data), read_only=True, data_only=False, keep_links=False, keep_vba=False
        )
    except FileFormatError:
        raise
    except Exception as exc:
        raise _damaged(name, exc, data) from None
    try:
        return _read(name, wb, resolve_index)
    except FileFormatError:
        raise
    except Exception as exc:
        raise _damaged(name, exc, data) from None
    finally:
        wb.close()


def _damaged(name: str, exc: BaseException, data: bytes) -> FileFormatError:
    if isinstance(exc, SyntaxError):  # the XML parser's error: a lone surrogate in a cell?
        bad = find_unstorable(data)
        if bad is not None:
            try:
                entry(check_text, bad.text, bad.where)
            except FileFormatError as refusal:
                return refusal
    try:
        from defusedxml.common import DefusedXmlException

        if isinstance(exc, DefusedXmlException):
            return FileFormatError(
                f"{name} contains XML entity declarations, which no spreadsheet program writes; "
                "it was refused as unsafe"
            )
    except ImportError:  # pragma: no cover
        pass
    return FileFormatError(f"{name} is damaged and cannot be read as a workbook")


def _read(
    name: str, wb: Any, resolve_index: IndexResolver
) -> tuple[Assessment, list[Difference], Lineage | None]:
    if DATA_SHEET not in wb.sheetnames:
        raise FileFormatError(
            f"{name} was not made by SVMI Desktop (it has no hidden {DATA_SHEET} sheet); "
            "import the workbook SVMI Desktop exported, or a .svmi.json file"
        )
    data, lineage = _data(name, wb[DATA_SHEET], resolve_index)
    index = resolve_index(data.index_id)
    if SHEET not in wb.sheetnames:
        raise FileFormatError(f"{name} has no '{SHEET}' sheet; it was removed or renamed")
    answers, notes = _answers(name, wb[SHEET], index)
    sheet = replace(data, answers=answers, notes=notes)
    if ORG_SHEET in wb.sheetnames:
        sheet = read_organisation(wb[ORG_SHEET], sheet)
    if PLAN_SHEET in wb.sheetnames and plan_layout_is_current(wb[PLAN_SHEET]):
        sheet = read_plan(wb[PLAN_SHEET], index, sheet)
    sheet = settle(data, sheet)
    return sheet, differences(data, sheet, index.asked_ids), lineage


def _data(name: str, ws: Any, resolve_index: IndexResolver) -> tuple[Assessment, Lineage | None]:
    ws.reset_dimensions()
    where = f"{name} ({DATA_SHEET} sheet)"
    rows = ws.iter_rows(min_row=1, max_col=3, values_only=True)
    head = next(rows, None)
    count_row = next(rows, None)
    if not head or head[0] != DATA_MARKER:
        raise FileFormatError(f"{where} does not hold SVMI Desktop data")
    if head[1] != DATA_LAYOUT:
        raise FileFormatError(
            f"{where} uses data layout {head[1]!r}; this version of SVMI Desktop reads layout "
            f"{DATA_LAYOUT}, so update the app"
        )
    count = count_row[1] if count_row else None
    if type(count) is not int or not 1 <= count <= MAX_CHUNKS:
        raise FileFormatError(f"{where} is damaged (the chunk count is missing)")
    chunks: list[str] = []
    for row in rows:
        if len(chunks) == count:
            break
        value = row[0]
        if not isinstance(value, str):
            raise FileFormatError(f"{where} is damaged (a data cell is missing)")
        chunks.append(value)
    if len(chunks) != count:
        raise FileFormatError(f"{where} is damaged (data cells are missing)")
    text = "".join(chunks)
    try:
        digest = hashlib.sha256(text.encode("ascii")).hexdigest()
    except UnicodeEncodeError:
        digest = ""
    if digest != head[2]:
        raise FileFormatError(f"{where} was changed or damaged (its checksum does not match)")
    try:
        parsed = json.loads(text)
    except (ValueError, RecursionError):
        raise FileFormatError(f"{where} is damaged (not valid JSON)") from None
    # issue 14: the organisation key is input like any other field: the entry rules, then its
    # shape; a bad one refuses the workbook in one sentence naming this sheet (never a crash)
    lineage = read_lineage(parsed, where) if isinstance(parsed, dict) else None
    return assessment_file.loads(text, resolve_index, name), lineage


def _answers(name: str, ws: Any, index: Index) -> tuple[dict[str, Answer], dict[str, str]]:
    """The answers on the sheet, and each theme's note: the Notes column of the theme's rows
    (its criteria and any continuation rows), read top to bottom."""
    ws.reset_dimensions()  # never trust the <dimension> header: read every row there is
    rows = ws.iter_rows(min_row=1, max_col=len(SELF_ASSESSMENT_HEADERS))
    header = next(rows, None) or ()
    for col, expected in enumerate(SELF_ASSESSMENT_HEADERS, start=1):
        cell = header[col - 1] if col - 1 < len(header) else None
        value = getattr(cell, "value", None)
        translated = wording.tr("Workbook", expected).lower()
        if not isinstance(value, str) or value.strip().lower() not in {
            expected.lower(),
            translated,
        }:
            raise FileFormatError(
                f"{SHEET}!{_col(col)}1 should say '{expected}' but says {_show(value)}; "
                "the sheet's columns were changed, so its answers cannot be read"
            )
    seen: dict[str, int] = {}
    found: dict[str, Answer] = {}
    pieces: dict[str, list[str]] = {}
    row_no = 1
    for row in rows:
        row_no += 1
        if row_no > MAX_ROWS + 1:
            raise FileFormatError(
                f"{name}: the {SHEET} sheet has more than {MAX_ROWS:,} rows; an SVMI workbook "
                "has one row per criterion"
            )
        cells = {getattr(c, "column", None): c for c in row}
        ref = _value(cells.get(COL_REF))
        note = _value(cells.get(COL_NOTE))
        if ref is None or (isinstance(ref, str) and not ref.strip()):
            code = _theme_of(_value(cells.get(COL_THEME)), index)
            if code and isinstance(note, str) and note:
                pieces.setdefault(code, []).append(_note(note, code, row_no))
            continue
        if not isinstance(ref, str) or not index.has_criterion(ref.strip()):
            raise FileFormatError(
                f"{SHEET}!B{row_no} has {_show(ref)}, which is not a criterion of the {index.title}"
            )
        cid = ref.strip()
        if cid in seen:
            raise FileFormatError(f"{SHEET}!B{row_no} repeats {cid} (already on row {seen[cid]})")
        seen[cid] = row_no
        criterion = index.criterion(cid)
        if isinstance(note, str) and note and getattr(cells.get(COL_NOTE), "data_type", "s") != "f":
            pieces.setdefault(criterion.theme, []).append(_note(note, criterion.theme, row_no))
        present_raw = _value(cells.get(COL_PRESENT))
        future_raw = _value(cells.get(COL_FUTURE))
        if not criterion.asked:
            _check_not_asked(
                criterion.kind, criterion.same_as, cid, row_no, present_raw, future_raw
            )
            continue
        present = _yes_no(present_raw, "E", row_no)
        future = _yes_no(future_raw, "F", row_no)
        try:
            found[cid] = make_answer(present, future)
        except AnswerRuleError:
            raise FileFormatError(
                f"{SHEET}!F{row_no} says No while E{row_no} says Yes for {cid}; a criterion met "
                "now is also met in future, so make Future Yes or Present No"
            ) from None
    missing = [cid for cid in index.asked_ids if cid not in found]
    if missing:
        more = f" and {len(missing) - 1} more" if len(missing) > 1 else ""
        raise FileFormatError(
            f"the {SHEET} sheet has no row for {missing[0]}{more} (Ref column); "
            "put the rows back or import the .svmi.json file instead"
        )
    answers = {cid: found[cid] for cid in index.asked_ids if not found[cid].is_empty}
    notes: dict[str, str] = {}
    for theme in index.themes:
        text = join_note(pieces.get(theme.code, []))
        entry(check_length, text, f"The note on theme {theme.code} ({SHEET} sheet, Notes column)")
        if text:
            notes[theme.code] = text
    return answers, notes


def _note(text: str, theme: str, row: int) -> str:
    """One Notes cell, checked by the entry rules (a lone surrogate is refused, naming it)."""
    return str(entry(check_text, text, f"{SHEET}!G{row} (the note on theme {theme})"))


def join_note(pieces: list[str]) -> str:
    """The note from its rows' pieces. The export cuts a long note after a space (or, with no
    space near, at exactly NOTE_PIECE characters), so such pieces join as they are; text typed
    in another row of the theme starts a new line instead of running on."""
    out = ""
    previous = ""
    for piece in pieces:
        if out and not out[-1].isspace() and len(previous) != NOTE_PIECE:
            out += "\n"
        out += piece
        previous = piece
    return out


def _theme_of(label: object, index: Index) -> str | None:
    """The theme code of a continuation row's Theme cell ("A Policy & Scope")."""
    if not isinstance(label, str) or not label.strip():
        return None
    code = label.strip().split(" ", 1)[0]
    return code if index.has_theme(code) else None


def _check_not_asked(kind: Kind, same_as: str | None, cid: str, row: int, *values: object) -> None:
    allowed = {"", NOT_ASKED.lower()}
    if same_as:
        allowed.add(f"same as {same_as}".lower())
    for col, value in zip(("E", "F"), values, strict=True):
        text = value.strip().lower() if isinstance(value, str) else value
        if text is None or text in allowed:
            continue
        if same_as:
            raise FileFormatError(
                f"{SHEET}!{col}{row} says {_show(value)}, but {cid} shares its answer with "
                f"{same_as}; answer on {same_as}'s row"
            )
        raise FileFormatError(
            f"{SHEET}!{col}{row} says {_show(value)}, but {cid} is a description that is not "
            f"asked (it is always met); leave it as '{NOT_ASKED}'"
        )


def _yes_no(value: object, col: str, row: int) -> bool | None:
    if value is None:
        return None
    if isinstance(value, str):
        text = value.strip().lower()
        if text == "":
            return None
        if text == "yes":
            return True
        if text == "no":
            return False
    raise FileFormatError(f"{SHEET}!{col}{row} says {_show(value)}; use Yes, No or leave it blank")


def _value(cell: Any) -> object:
    return None if cell is None else cell.value


def _show(value: object) -> str:
    if value is None:
        return "nothing"
    text = clean_text(str(value))  # a message must itself be printable
    if len(text) > 40:
        text = text[:39] + "…"
    return f"'{text}'"


def _col(n: int) -> str:
    return "ABCDEFGHIJ"[n - 1]
