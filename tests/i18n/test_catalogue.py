"""Issue 11 item 4-5: one catalogue for the screen and the files.

- the committed .ts files are up to date with the source (every marked string is in them) and
  the Welsh one has no unfinished entry;
- the Qt-free reader gives what Qt's own QTranslator gives from the compiled .qm, plural forms
  included (Qt's Welsh rule has five forms);
- the bilingual translator puts Welsh first and never doubles a text built from other wordings.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from svmi_desktop.domain import wording
from svmi_desktop.domain.levels import Level
from svmi_desktop.i18n import catalogue, read_ts, translator_for, ts_path
from svmi_desktop.i18n.build import build

ROOT = Path(__file__).resolve().parents[2]


def test_ts_files_are_up_to_date_with_the_source():
    out = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "update_translations.py"), "--check"],
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert out.returncode == 0, out.stdout + out.stderr


def test_welsh_has_no_unfinished_entry():
    messages = read_ts(ts_path("cy"))
    unfinished = [f"{m.context}: {m.source}" for m in messages.values() if not m.finished]
    assert messages and not unfinished, unfinished[:20]


def test_welsh_keeps_every_placeholder():
    for m in read_ts(ts_path("cy")).values():
        for i in range(1, 10):
            if f"%{i}" in m.source:
                assert all(f"%{i}" in form for form in m.forms), (m.context, m.source, m.forms)


@pytest.mark.gui
def test_the_qt_free_reader_agrees_with_qtranslator(qapp, tmp_path):
    from PySide6.QtCore import QTranslator

    qm = build(ts_path("cy"), tmp_path / "svmi_cy.qm")
    qt = QTranslator()
    assert qt.load(str(qm))
    ours = catalogue("cy")
    assert ours is not None
    for (context, source), m in read_ts(ts_path("cy")).items():
        for n in range(0, 13) if m.numerus else (-1,):
            expected = qt.translate(context, source, None, n).replace("%n", str(n))
            assert ours(context, source, n) == expected, (context, source, n)


def test_welsh_wordings():
    with wording.using(catalogue("cy")):
        assert wording.level_text(Level.LEADER, True) == "Arweinydd (3), dros dro"
        assert wording.future_label(1) == "Ymhen blwyddyn"
        assert wording.future_label(3) == "Ymhen 3 blynedd"
        assert wording.plan_column_title(Level.MATURE) == "I gyrraedd Aeddfed"
        assert wording.status_label("in-progress") == "Ar y gweill"
    assert wording.future_label(3) == "In 3 years"  # outside the block: English again


def test_bilingual_is_welsh_first_and_never_doubled():
    with wording.using(translator_for("cy+en")):
        assert wording.level_name(Level.MATURE) == "Aeddfed / Mature"
        text = wording.both(lambda: wording.level_text(Level.LEADER, True))
        assert text == "Arweinydd (3), dros dro / Leader (3), provisional"
        assert wording.both(lambda: "Northshire") == "Northshire"  # the same in both: once


def test_every_wording_is_built_once_per_language_in_a_bilingual_export() -> None:
    """A wording made of other wordings must not go through the bilingual translator whole (its
    parts would be doubled inside the doubled whole): each is ``wording.per_language``."""
    import inspect

    from svmi_desktop.domain import wording
    from svmi_desktop.domain.levels import Level
    from svmi_desktop.i18n import translator_for

    infrastructure = {"set_translator", "using", "tr", "trf", "parts", "both", "per_language"}
    public = [
        name
        for name, fn in vars(wording).items()
        if inspect.isfunction(fn)
        and not name.startswith("_")
        and name not in infrastructure
        and fn.__module__ == wording.__name__
    ]
    assert len(public) > 20
    assert [name for name in public if not hasattr(getattr(wording, name), "__wrapped__")] == []
    with wording.using(translator_for("cy+en")):
        assert wording.level_text(Level.MATURE, True) == (
            "Aeddfed (2), dros dro / Mature (2), provisional"
        )
        assert wording.plan_column_title(Level.LEADER) == "I gyrraedd Arweinydd / To reach Leader"
