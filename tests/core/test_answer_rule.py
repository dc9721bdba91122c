"""Issue 10: answers only as chosen. A Future that Present ticked follows Present until someone
sets Future itself; Present Yes → No gives Future back as it was. The rule lives in
``domain/assessment.py``; the service and the store keep it (the store across a restart)."""

from __future__ import annotations

import datetime as dt

import pytest

from svmi_desktop.catalog import IndexLibrary
from svmi_desktop.domain.assessment import (
    Answer,
    AnswerRuleError,
    Organisation,
    Workshop,
    answer_from_store,
    choose_future,
    choose_present,
    explain_future,
    future_follows_present,
    stored_future,
)
from svmi_desktop.paths import AppPaths
from svmi_desktop.services.workshop import NewSession, Workshops

EMPTY = Answer()


@pytest.mark.parametrize("before", [None, True, False])
def test_present_yes_then_back_returns_future_to_what_it_was(before: bool | None) -> None:
    start = choose_future(EMPTY, before)
    ticked = choose_present(start, True)
    assert (ticked.present, ticked.future) == (True, True)
    assert future_follows_present(ticked) is (before is not True)
    for back in (False, None):
        after = choose_present(ticked, back)
        assert (after.present, after.future) == (back, before)


def test_space_twice_from_unanswered_leaves_future_unanswered() -> None:
    """Present – → Yes → No (Space twice) was leaving Future at a Yes nobody chose."""
    answer = choose_present(choose_present(EMPTY, True), False)
    assert answer == Answer(False, None)
    assert answer.future_unanswered


def test_future_cannot_contradict_a_present_yes_and_yes_is_the_rooms_own() -> None:
    ticked = choose_present(EMPTY, True)
    for value in (False, None):
        with pytest.raises(AnswerRuleError):
            choose_future(ticked, value)
    own = choose_future(ticked, True)  # someone set Future itself: it no longer follows
    assert not future_follows_present(own)
    assert choose_present(own, False) == Answer(False, True)


def test_storage_encoding_keeps_the_rooms_own_future() -> None:
    for before in (None, True, False):
        ticked = choose_present(choose_future(EMPTY, before), True)
        back = answer_from_store(ticked.present, stored_future(ticked))
        assert back == ticked and back.future_own is ticked.future_own
        assert choose_present(back, False).future is before


def test_store_remembers_what_future_returns_to_across_a_restart(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from svmi_desktop.storage import Store

    paths = AppPaths.under(tmp_path / "data")
    paths.ensure()
    library = IndexLibrary(paths.indexes_dir)
    store = Store.open(paths)
    session = Workshops(store, library).create(
        NewSession("public-sector", Organisation("X"), Workshop(dt.date(2026, 1, 1)))
    )
    session.set_future("A.M1", False)
    session.set_present("A.M1", True)
    sid = session.session_id
    store.close()
    store = Store.open(paths)
    try:
        reopened = Workshops(store, library).open(sid)
        assert reopened.answer("A.M1") == Answer(True, True)
        assert reopened.set_present("A.M1", None) == Answer(None, False)
    finally:
        store.close()


def test_the_rule_explains_itself() -> None:
    ticked = choose_present(choose_future(EMPTY, False), True)
    assert explain_future(ticked) == (
        "Yes because Present is Yes; if Present changes, Future goes back to No."
    )
    assert explain_future(choose_present(EMPTY, True)).endswith("goes back to not answered.")
    assert explain_future(choose_future(ticked, True)).startswith("Yes, as the room chose")
    assert explain_future(EMPTY) == "Not answered yet."
    assert explain_future(choose_future(EMPTY, False)) == "No, as the room chose."
