"""Over-long text is refused when it is entered, naming the field, and nothing changes."""

from __future__ import annotations

import datetime as dt

import pytest
from fake_store import FakeStore

from svmi_desktop.catalog import IndexLibrary
from svmi_desktop.domain.assessment import Organisation, Participant, Workshop
from svmi_desktop.domain.text_limits import MAX_TEXT, TextTooLongError
from svmi_desktop.services.workshop import NewSession, Workshops

LONG = "x" * (MAX_TEXT + 1)
FITS = "y" * MAX_TEXT


@pytest.fixture()
def session():
    workshops = Workshops(FakeStore(), IndexLibrary(None))
    new = NewSession("public-sector", Organisation("Org"), Workshop(dt.date(2026, 11, 21)))
    return workshops, workshops.create(new)


def test_note_limit(session):
    workshops, s = session
    s.set_note("A", FITS)
    with pytest.raises(
        TextTooLongError, match="The note for theme A is 32,768 characters; the limit is 32,767"
    ):
        s.set_note("A", LONG)
    assert s.assessment.notes["A"] == FITS
    assert workshops.store.load(s.session_id).notes["A"] == FITS


def test_action_fields_limit(session):
    _, s = session
    action = s.add_custom_action("B", "Do it.", owner="CFO")
    with pytest.raises(TextTooLongError, match="The action's owner"):
        s.edit_action(action.id, owner=LONG)
    with pytest.raises(TextTooLongError, match="The action is"):
        s.add_custom_action("B", LONG)
    assert [a.owner for a in s.assessment.custom_actions] == ["CFO"]


def test_details_limit(session):
    workshops, s = session
    with pytest.raises(TextTooLongError, match="Participant 2's name"):
        s.update_details(
            Organisation("Org"),
            Workshop(
                dt.date(2026, 11, 21), participants=(Participant("CFO"), Participant("Clerk", LONG))
            ),
        )
    assert s.assessment.workshop.participants == ()
    with pytest.raises(TextTooLongError, match="The organisation name"):
        workshops.create(
            NewSession("public-sector", Organisation(LONG), Workshop(dt.date(2026, 11, 21)))
        )
