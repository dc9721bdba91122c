"""Issue 11 item 4: the window's language: Qt translators from the user's choice (QSettings) or
the system locale; the Qt-free wordings follow Qt's translate on the UI thread; a missing .qm is
built (or the .ts read) so a fresh checkout still shows its language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings

from svmi_desktop.domain import wording
from svmi_desktop.domain.levels import Level
from svmi_desktop.ui import i18n

pytestmark = pytest.mark.gui


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture(autouse=True)
def _back_to_english(qapp):
    yield
    i18n.install("en")
    wording.set_translator(None)


def test_install_welsh_translates_qt_and_wording(qapp):
    i18n.install("cy")
    assert QCoreApplication.translate("Wording", "Leader") == "Arweinydd"
    assert wording.level_text(Level.LEADER, True) == "Arweinydd (3), dros dro"
    assert wording.future_label(1) == "Ymhen blwyddyn"
    i18n.install("en")
    assert wording.future_label(1) == "In 1 year"  # English plural forms, from svmi_en.qm
    assert wording.future_label(3) == "In 3 years"


def test_choice_is_remembered_and_the_system_locale_is_the_default(settings):
    assert i18n.saved_language(settings) == ""
    i18n.save_language("cy", settings)
    assert (
        QSettings(settings.fileName(), QSettings.Format.IniFormat).value(i18n.SETTINGS_KEY) == "cy"
    )
    assert i18n.current_language(settings) == "cy"
    i18n.save_language("", settings)  # "follow the system"
    assert i18n.saved_language(settings) == ""
    assert (
        i18n.system_language(QLocale(QLocale.Language.Welsh, QLocale.Country.UnitedKingdom)) == "cy"
    )
    assert (
        i18n.system_language(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        == "en"
    )


def test_a_missing_qm_is_built_into_the_cache(qapp, tmp_path, monkeypatch):
    import shutil

    fresh = tmp_path / "checkout" / "svmi_cy.ts"  # a fresh checkout: the .ts and no .qm
    fresh.parent.mkdir()
    shutil.copyfile(i18n.ts_path("cy"), fresh)
    monkeypatch.setattr(i18n, "ts_path", lambda language: fresh)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    qm = i18n.qm_for("cy")
    assert qm is not None and qm.is_file() and qm.is_relative_to(tmp_path / "cache")
    assert not fresh.with_suffix(".qm").exists()


def test_without_lrelease_the_ts_is_read(qapp, tmp_path, monkeypatch):
    monkeypatch.setattr(i18n, "qm_for", lambda language: None)
    i18n.install("cy")
    assert QCoreApplication.translate("Wording", "Mature") == "Aeddfed"
    assert QCoreApplication.translate("Wording", "In %n year(s)", None, 3) == "Ymhen 3 blynedd"


def test_an_index_translation_is_shown_with_the_english_beneath(qapp, tmp_path):
    from PySide6.QtWidgets import QLabel

    from svmi_desktop.catalog.bundled import criteria_dir
    from svmi_desktop.catalog.loader import load_index_file
    from svmi_desktop.ui.theme_page import ThemePage

    text = (criteria_dir() / "public-sector.toml").read_text(encoding="utf-8")
    text = text.replace('id = "public-sector"', 'id = "public-sector-cy"', 1)
    line = text.index("\n", text.index('id = "A.M1"')) + 1
    text = text[:line] + 'statement_cy = "Datganiad wedi ei gymeradwyo"\n' + text[line:]
    path = tmp_path / "cy.toml"
    path.write_text(text, encoding="utf-8")
    index = load_index_file(path)
    theme = index.themes[0]
    english = index.criterion("A.M1").text

    def shown(language: str) -> list[str]:
        i18n.install(language)
        page = ThemePage(index, theme)
        return [w.text() for w in page.findChildren(QLabel)]

    assert f"Datganiad wedi ei gymeradwyo\n{english}" in shown("cy")
    assert english in shown("en") and not any("Datganiad" in t for t in shown("en"))
    second = index.criterion("A.M2").text
    assert second in shown("cy")  # no translation in the file: the English alone


def test_the_export_page_writes_the_chosen_language(qtbot, make_window, tmp_path):
    from PySide6.QtCore import Qt
    from python_calamine import CalamineWorkbook

    window = make_window()
    window.open_demo()
    view = window.session_view
    view.go("export")
    page = view.export
    page.folder_edit.setText(str(tmp_path / "out"))
    page.language.setCurrentIndex(page.language.findData("cy"))
    qtbot.mouseClick(page.buttons["xlsx"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.open_button.isVisible(), timeout=60_000)
    (written,) = page.written
    rows = CalamineWorkbook.from_path(str(written)).get_sheet_by_name("Results").to_python()
    assert "Canlyniadau" in {str(v) for row in rows for v in row}
