"""Issue 9 case 12: a start-up failure is titled by what happened, never "Your change could not be
saved" (nothing was changed). Fails on the code before the fix, which showed every start-up
failure through the change-failed dialog.
"""

from __future__ import annotations

import os
import sqlite3

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from svmi_desktop.paths import AppPaths
from svmi_desktop.storage import Store
from svmi_desktop.ui import application, dialogs

from .conftest import simple_assessment


@pytest.fixture
def shown(monkeypatch):
    seen: list[tuple[str, str]] = []

    def record(_parent, title, text):  # type: ignore[no-untyped-def]
        seen.append((title, text))

    def change_dialog(*_args, **_kwargs):  # type: ignore[no-untyped-def]
        seen.append(("Your change could not be saved", ""))

    monkeypatch.setattr(dialogs, "show_error", record)
    monkeypatch.setattr(dialogs, "show_storage_error", change_dialog)
    monkeypatch.setattr(dialogs, "ask_yes_no", lambda *a, **k: False)
    return seen


def test_a_newer_database_says_so(paths: AppPaths, shown):
    with Store.open(paths) as store:
        store.create_session(simple_assessment())
    conn = sqlite3.connect(paths.database)
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    assert application.open_store(paths) is None
    ((title, text),) = shown
    assert title == "These sessions need a newer SVMI Desktop"
    assert "newer version" in text


def test_a_folder_that_cannot_be_a_folder_says_it_could_not_open(tmp_path, shown):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    assert application.open_store(AppPaths.under(blocker / "data")) is None
    ((title, text),) = shown
    assert title != "Your change could not be saved"
    assert title == "Your sessions could not be opened" and str(blocker) in text
