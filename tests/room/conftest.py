"""Room fixtures: a real store in a fresh folder, the bundled index, a session and a clock."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from svmi_desktop.catalog import IndexLibrary
from svmi_desktop.domain.agenda import Agenda
from svmi_desktop.domain.assessment import Organisation, Participant, Workshop, make_answer
from svmi_desktop.domain.capture import Evidence, Item, ItemKind
from svmi_desktop.domain.room import Returned, RoomRecord
from svmi_desktop.domain.votes import Column, Tally, Vote
from svmi_desktop.paths import AppPaths
from svmi_desktop.services.room import RoomService
from svmi_desktop.services.workshop import NewSession, Workshops, WorkshopSession
from svmi_desktop.storage import Store
from tests.gui.conftest import data_dir, make_window  # noqa: F401 - the window fixtures


class FakeClock:
    """A monotonic clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    p = AppPaths.under(tmp_path / "data")
    p.ensure()
    return p


@pytest.fixture
def library(paths: AppPaths) -> IndexLibrary:
    return IndexLibrary(paths.indexes_dir)


@pytest.fixture
def store(paths: AppPaths) -> Iterator[Store]:
    with Store.open(paths) as s:
        yield s


@pytest.fixture
def workshops(store: Store, library: IndexLibrary) -> Workshops:
    return Workshops(store, library)


@pytest.fixture
def session(workshops: Workshops) -> WorkshopSession:
    return workshops.create(
        NewSession(
            "public-sector",
            Organisation("Gwent Police", "Police", "Wales"),
            Workshop(
                dt.date(2026, 12, 1),
                "Facilitator Fay",
                (Participant("Head of procurement", "Secret Name"),),
            ),
        )
    )


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def room(session: WorkshopSession, clock: FakeClock) -> RoomService:
    return RoomService(session, clock)


def full_room() -> RoomRecord:
    """A room record with every kind of data, awkward text included."""
    agenda = (
        Agenda(start=dt.time(9, 30), total_minutes=200)
        .with_theme_minutes("C", 25)
        .with_break("E", 15, "Coffee ☕ & Welsh ŵ")
    )
    room = RoomRecord(agenda=agenda).with_time_spent("A", 725).with_time_spent("B", 60)
    room = room.with_vote("A.F1", Column.PRESENT, Vote(Tally(5, 2, 1), revealed=True))
    room = room.with_vote("A.M1", Column.PRESENT, Vote(Tally(0, 3, 4)))
    room = room.with_spread(
        {("A.F1", Column.PRESENT): Tally(3, 1, 0), ("A.F1", Column.FUTURE): Tally(4, 0, 0)},
        (Returned("tok-1"), Returned("tok-2", "Finance")),
    )
    room = room.with_dissent("A.F1", "Finance think the threshold test is not met'; DROP--")
    room = room.with_evidence(
        "A.F1", Evidence("Procurement strategy 2025 §3", "Ann", dt.date(2027, 1, 31))
    )
    room = room.with_evidence("A.M1", Evidence(owner="Bob"))
    room = room.with_item(Item(ItemKind.DECISION, "A", "Adopt the Wales SRP objectives"))
    room = room.with_item(Item(ItemKind.DISAGREEMENT, "A", "Whether members agreed the policy"))
    room = room.with_item(Item(ItemKind.PARKING, "B", "Ask legal about s24 🙂"))
    return room


def answered_session(session: WorkshopSession) -> WorkshopSession:
    session.set_answer("A.F1", True, True)
    session.set_answer("A.M1", False, True)
    return session


__all__ = ["FakeClock", "answered_session", "full_room", "make_answer"]
