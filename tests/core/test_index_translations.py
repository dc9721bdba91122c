"""Issue 11 item 5: an index file may carry approved Welsh text beside the English keys; the
bundled indexes stay verbatim English; a misspelt or empty translation key is refused."""

from __future__ import annotations

import pytest

from svmi_desktop.catalog import load_index
from svmi_desktop.catalog.loader import load_index_file
from svmi_desktop.errors import CriteriaError

BUNDLED = load_index("public-sector")


def _welsh_copy(tmp_path, extra_theme: str, extra_criterion: str, levels: str = ""):
    from svmi_desktop.catalog.bundled import criteria_dir

    text = (criteria_dir() / "public-sector.toml").read_text(encoding="utf-8")
    text = text.replace('id = "public-sector"', 'id = "public-sector-cy"', 1)
    first_theme = text.index("[[themes]]")
    head = text.index("\n", text.index("code = ", first_theme)) + 1
    text = text[:head] + extra_theme + text[head:]
    first_crit = text.index("[[themes.criteria]]")
    line = text.index("\n", text.index("id = ", first_crit)) + 1
    text = text[:line] + extra_criterion + text[line:]
    path = tmp_path / "public-sector-cy.toml"
    path.write_text(text + levels, encoding="utf-8")
    return path


def test_translated_fields_load_and_english_stays(tmp_path):
    path = _welsh_copy(
        tmp_path,
        'question_cy = "Ble mae\'r sefydliad nawr?"\n',
        'statement_cy = "Datganiad yn Gymraeg"\naction_cy = "Cam gweithredu"\n',
        '\n[levels_cy]\nfollower = "Disgrifiad Dilynwr"\n',
    )
    index = load_index_file(path)
    theme = index.themes[0]
    first = theme.criteria[0]
    assert theme.translated("question", "cy") == "Ble mae'r sefydliad nawr?"
    assert first.translated("statement", "cy") == "Datganiad yn Gymraeg"
    assert first.translated("action", "cy") == "Cam gweithredu"
    assert first.translated("statement", "fr") is None  # missing: the English is shown
    assert first.statement == BUNDLED.themes[0].criteria[0].statement  # verbatim English
    assert ("follower_cy", "Disgrifiad Dilynwr") in index.level_translations


def test_bundled_indexes_carry_no_translation():
    assert all(not c.translations for c in BUNDLED.criteria())
    assert all(not t.translations for t in BUNDLED.themes) and not BUNDLED.level_translations


@pytest.mark.parametrize(
    ("theme", "criterion", "message"),
    [
        ("", 'statemnt_cy = "x"\n', "unknown key 'statemnt_cy'"),
        ("", 'statement_cy = "  "\n', "key 'statement_cy' must be non-empty text"),
        ("question_cy = 3\n", "", "key 'question_cy' must be non-empty text"),
    ],
)
def test_bad_translation_keys_are_refused(tmp_path, theme, criterion, message):
    with pytest.raises(CriteriaError, match=message):
        load_index_file(_welsh_copy(tmp_path, theme, criterion))
