"""The workshop plan and the per-theme timer (an injected clock), recorded and stored."""

from __future__ import annotations

import datetime as dt

import pytest

from svmi_desktop.domain.agenda import (
    Agenda,
    AgendaError,
    check_agenda,
    minutes_for,
    planned_total,
    schedule,
    suggested_minutes,
)
from svmi_desktop.domain.timer import Phase, ThemeClock, clock_text, reading
from svmi_desktop.services.room import RoomService

TEN = tuple("ABCDEFGHIJ")


def test_minutes_per_theme_are_suggested_from_the_total():
    agenda = Agenda(total_minutes=180, opening_minutes=20, closing_minutes=10)
    assert suggested_minutes(agenda, TEN) == 15  # (180 - 30) / 10
    with_break = agenda.with_break("E", 20, "Lunch")
    assert suggested_minutes(with_break, TEN) == 13  # (150 - 20) // 10
    own = with_break.with_theme_minutes("C", 31)
    assert minutes_for(own, "C", TEN) == 31
    assert suggested_minutes(own, TEN) == 11  # (130 - 31) // 9
    assert planned_total(own, TEN) <= own.total_minutes
    assert check_agenda(own, TEN) == []


def test_schedule_has_clock_times_and_the_break_in_place():
    agenda = Agenda(
        start=dt.time(9, 30), total_minutes=180, opening_minutes=20, closing_minutes=10
    ).with_break("B", 15, "Coffee")
    slots = schedule(agenda, ("A", "B", "C"))
    assert [(s.kind, s.key) for s in slots] == [
        ("opening", ""),
        ("theme", "A"),
        ("theme", "B"),
        ("break", "B"),
        ("theme", "C"),
        ("closing", ""),
    ]
    assert slots[1].start == dt.time(9, 50)
    assert slots[3].label == "Coffee" and slots[3].start == dt.time(11, 20)
    assert slots[-1].end == dt.time(12, 30)


def test_an_impossible_plan_is_explained():
    agenda = Agenda(total_minutes=60).with_theme_minutes("A", 50)
    problems = check_agenda(agenda, ("A", "B"))
    assert any("longer than the workshop" in p for p in problems)
    with pytest.raises(AgendaError, match="15 to 720"):
        Agenda(total_minutes=10)


def test_theme_clock_records_time_per_theme():
    clock = ThemeClock().start("A", 0.0)
    clock = clock.start("B", 600.0)  # 10 minutes on A
    assert clock.spent == {"A": 600.0}
    assert clock.elapsed("B", 660.0) == 60.0
    clock = clock.stop(700.0).start("A", 1000.0).stop(1030.0)
    assert clock.spent == {"A": 630.0, "B": 100.0}


def test_overrun_cue_has_words_not_only_colour():
    clock = ThemeClock().start("A", 0.0)
    assert reading(clock, "A", 15, 60).phase is Phase.ON_TIME
    assert reading(clock, "A", 15, 14 * 60).phase is Phase.NEARLY_OUT
    over = reading(clock, "A", 15, 17 * 60 + 5)
    assert over.phase is Phase.OVER and over.remaining == -125
    assert clock_text(over.remaining) == "2:05"
    from svmi_desktop.domain import room_wording

    assert room_wording.timer_text(over) == "17:05 · 2:05 over time"
    assert "▲" in room_wording.timer_cue(over)
    assert room_wording.timer_cue(reading(clock, "A", 15, 60)) == ""


def test_service_records_time_spent_per_theme_in_the_store(session, store, clock):
    room = RoomService(session, clock)
    room.show_theme("A")
    room.start_timer()
    clock.advance(12 * 60 + 5)
    room.show_theme("B")  # moving on records A
    assert store.load(session.session_id).room.time_spent == {"A": 725}
    clock.advance(90)
    room.show_theme(None)  # Results page: B recorded, nothing running
    clock.advance(300)
    room.show_theme("A")
    clock.advance(30)
    room.pause_timer()
    assert store.load(session.session_id).room.time_spent == {"A": 755, "B": 90}
    clock.advance(1000)  # paused: nothing more is counted
    room.flush()
    assert store.load(session.session_id).room.time_spent == {"A": 755, "B": 90}
    again = RoomService(session, clock)  # reopened: carries on from what was stored
    again.show_theme("B")
    again.start_timer()
    clock.advance(10)
    assert again.timer_reading("B").elapsed == 100


def test_timer_under_faketime(tmp_path):
    """The real clock (time.monotonic) under faketime: a child's clocks run 60× fast; it times
    theme A while it waits (a blocking read, which faketime does not scale) for the test to
    write after one real second, and records about a minute."""
    import shutil
    import subprocess
    import sys
    import textwrap

    if shutil.which("faketime") is None:
        pytest.skip("faketime is not installed")
    script = tmp_path / "child.py"
    script.write_text(
        textwrap.dedent("""
        import time
        from svmi_desktop.domain.timer import ThemeClock
        import sys
        clock = ThemeClock().start("A", time.monotonic())
        sys.stdin.read(1)
        print(int(clock.stop(time.monotonic()).spent["A"]))
    """)
    )
    import time

    child = subprocess.Popen(
        ["faketime", "-f", "+0 x60", sys.executable, str(script)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    time.sleep(2.0)  # the child imports, starts the clock, then blocks on stdin
    out, err = child.communicate("x", timeout=60)
    assert child.returncode == 0, err
    seconds = int(out.strip())
    assert 60 <= seconds <= 150, seconds  # ~2 real seconds less import time, x60
