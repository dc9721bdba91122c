"""The pseudo-locale: a generated translation that wraps every catalogue string in ⟦…⟧ and makes
it 40% longer, and a walker that finds visible text that did not go through the catalogue and
labels that are clipped.

The translation is generated from the committed ``.ts`` (every message of every context, plural
forms included), compiled with ``pyside6-lrelease`` and loaded with a real ``QTranslator`` on top
of the normal ones, so it exercises the same machinery as Welsh. A string that is not in the
catalogue stays as it is and the walker reports it; data (the index's criteria, the assessment's
names and notes, numbers, dates) is recognised and allowed.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTabBar,
    QTableView,
    QWidget,
)

from svmi_desktop.i18n import read_ts, ts_path
from svmi_desktop.i18n.build import build

OPEN, CLOSE = "⟦", "⟧"
_PLACEHOLDER = re.compile(r"(%n|%\d)")


def pseudo(text: str) -> str:
    """⟦text~~~~⟧: 40% longer (at least one character), placeholders kept as they are."""
    if not text:
        return text
    pad = "~" * max(1, round(len(_PLACEHOLDER.sub("", text)) * 0.4))
    if "\n" in text:  # keep paragraph structure: wrap each line
        return "\n".join(pseudo(line) if line else line for line in text.split("\n"))
    return f"{OPEN}{text}{pad}{CLOSE}"


def write_pseudo_ts(target: Path) -> Path:
    """A ``.ts`` with every message of the Welsh catalogue translated into the pseudo-locale."""
    root = ET.Element("TS", version="2.1", language="cy")  # any language with plural forms
    contexts: dict[str, ET.Element] = {}
    for (context, source), m in sorted(read_ts(ts_path("cy")).items()):
        ctx = contexts.get(context)
        if ctx is None:
            ctx = contexts[context] = ET.SubElement(root, "context")
            ET.SubElement(ctx, "name").text = context
        msg = ET.SubElement(ctx, "message")
        ET.SubElement(msg, "source").text = source
        translation = ET.SubElement(msg, "translation")
        if m.numerus:
            msg.set("numerus", "yes")
            singular = source.replace("(s)", "")
            plural = source.replace("(s)", "s")
            for form in (plural, singular, plural, plural, plural):
                ET.SubElement(translation, "numerusform").text = pseudo(form)
        else:
            translation.text = pseudo(source)
    target.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        + ET.tostring(root, encoding="unicode"),
        encoding="utf-8",
    )
    return target


def pseudo_qm(folder: Path) -> Path:
    return build(write_pseudo_ts(folder / "svmi_pseudo.ts"), folder / "svmi_pseudo.qm")


# -- the walker ----------------------------------------------------------------------------


def visible_texts(root: QWidget) -> Iterator[tuple[QWidget, str, str]]:
    """(widget, what, text) for every piece of text a person can see under ``root``."""
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        if not w.isVisibleTo(root) and w is not root:
            continue
        if w.isWindow() and w.windowTitle():
            yield w, "window title", w.windowTitle()
        if (isinstance(w, QLabel) and w.text() and w.pixmap().isNull() is not False) or (
            isinstance(w, QLabel) and w.text()
        ):
            yield w, "label", w.text()
        if isinstance(w, QAbstractButton) and w.text():
            yield w, "button", w.text()
        if isinstance(w, QGroupBox) and w.title():
            yield w, "group", w.title()
        if isinstance(w, QLineEdit) and w.placeholderText() and not w.text():
            yield w, "placeholder", w.placeholderText()
        if isinstance(w, QComboBox):
            for i in range(w.count()):
                yield w, "combo item", w.itemText(i)
        if isinstance(w, QTabBar):
            for i in range(w.count()):
                yield w, "tab", w.tabText(i)
        if isinstance(w, QHeaderView) and isinstance(w.parent(), QTableView):
            model = w.model()
            if model is not None:
                orientation = w.orientation()
                from PySide6.QtCore import QModelIndex

                top = QModelIndex()
                count = model.columnCount(top) if orientation.value == 1 else model.rowCount(top)
                for i in range(count):
                    if w.isSectionHidden(i):
                        continue
                    value = model.headerData(i, orientation)
                    if isinstance(value, str) and value:
                        yield w, "header", value
        if isinstance(w, QAbstractItemView) and not isinstance(w, QHeaderView):
            model = w.model()
            if model is not None:
                from PySide6.QtCore import QModelIndex

                root_index = QModelIndex()
                try:
                    columns = model.columnCount(root_index)
                except TypeError:  # a list widget's model: one column
                    columns = 1
                for row in range(min(model.rowCount(root_index), 60)):
                    for col in range(columns):
                        if isinstance(w, QTableView) and w.isColumnHidden(col):
                            continue
                        value = model.index(row, col).data()
                        if isinstance(value, str) and value:
                            yield w, "cell", value
        if w.toolTip():
            yield w, "tooltip", w.toolTip()
        if w.accessibleName():
            yield w, "accessible name", w.accessibleName()


def _strip_markup(text: str) -> str:
    text = re.sub(r"<[^>]+>", " ", text)
    return (
        text.replace("&nbsp;", " ").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
    )


def untranslated(text: str, data: Iterable[str]) -> str:
    """What is left of ``text`` once catalogue strings (⟦…⟧) and known data are taken out; empty
    when the whole text went through the catalogue or is data, numbers and punctuation."""
    rest = _strip_markup(text)
    inner = re.compile(f"{OPEN}[^{OPEN}{CLOSE}]*{CLOSE}")
    while inner.search(rest):  # a translated text with translated parts: innermost first
        rest = inner.sub(" ", rest)
    for item in data:
        if item and len(item) > 1:
            rest = rest.replace(item, " ")
    rest = rest.replace("&", "")  # mnemonics
    rest = re.sub(r"[\W\d_]+", " ", rest).strip()
    # single letters are theme codes and criterion refs (A, C.L1 -> "C L")
    words = [w for w in rest.split() if len(w) > 1 or not w.isupper()]
    return " ".join(words)


def clipped(widget: QWidget) -> bool:
    """A label or button whose text does not fit in the room it has."""
    if isinstance(widget, QLabel):
        if not widget.text() or widget.width() <= 1:
            return False
        if widget.wordWrap():
            return widget.heightForWidth(widget.width()) > widget.height() + 2
        metrics = widget.fontMetrics()
        text = _strip_markup(widget.text()) if widget.textFormat() != 0 else widget.text()
        widest = max(metrics.horizontalAdvance(line) for line in text.replace("&", "").split("\n"))
        return widest > widget.contentsRect().width() + 2
    if isinstance(widget, QAbstractButton) and widget.text():
        return widget.sizeHint().width() > widget.width() + 2
    return False


def data_strings(index, assessment) -> list[str]:  # type: ignore[no-untyped-def]
    """Every text the index and the assessment supply (shown verbatim, never translated)."""
    out: list[str] = [index.title, index.id, index.version, index.source]
    out += list(index.level_descriptions.values())
    for theme in index.themes:
        out += [theme.title, theme.short, theme.question, theme.code]
        for c in theme.criteria:
            out += [c.id, c.statement, c.action, c.text]
    org, w = assessment.organisation, assessment.workshop
    out += [
        org.name,
        org.region,
        w.facilitator,
        *[p.role for p in w.participants],
        *[p.name for p in w.participants],
        *assessment.notes.values(),
    ]
    for edit in assessment.action_edits.values():
        out += [edit.owner, edit.note]
    for action in assessment.custom_actions:
        out += [action.text, action.owner, action.note]
    from svmi_desktop.catalog import load_index
    from svmi_desktop.catalog.bundled import bundled_index_ids

    out += [load_index(i).title for i in bundled_index_ids()]  # the index chooser
    out += ["SVMI Desktop", "SVMI", "TOMs", "PDF", "xlsx", "eml", "pdf", "json", "svmi"]
    return sorted({s for s in out if s}, key=len, reverse=True)
