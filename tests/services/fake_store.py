"""A small in-memory stand-in for the store, recording calls, for the Qt-free service tests."""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, replace
from typing import Any

from svmi_desktop.domain.assessment import Assessment


class FakeFull(Exception):
    """Raised by the fake store when told the disk is full."""


@dataclass
class Summary:
    id: int
    organisation: str
    index_id: str
    date: _dt.date
    answered: int = 0
    asked: int = 0
    present_mean: float | None = None
    future_mean: float | None = None


class FakeStore:
    def __init__(self) -> None:
        self.sessions: dict[int, Assessment] = {}
        self.summaries: dict[int, Summary] = {}
        self.deleted: set[int] = set()
        self.calls: list[tuple[str, Any]] = []
        self.fail: Exception | None = None

    def _check(self, name: str, *args: Any) -> None:
        if self.fail is not None:
            raise self.fail
        self.calls.append((name, args))

    def list_sessions(self) -> list[Summary]:
        return [s for i, s in self.summaries.items() if i not in self.deleted]

    def create_session(self, assessment: Assessment) -> int:
        self._check("create_session")
        sid = len(self.sessions) + 1
        self.sessions[sid] = assessment
        self.summaries[sid] = Summary(
            sid, assessment.organisation.name, assessment.index_id, assessment.workshop.date
        )
        return sid

    def load(self, sid: int) -> Assessment:
        return self.sessions[sid]

    def set_answer(self, sid, cid, answer):  # type: ignore[no-untyped-def]
        self._check("set_answer", cid, answer)
        self.sessions[sid] = self.sessions[sid].with_answer(cid, answer)

    def set_note(self, sid, theme, text):  # type: ignore[no-untyped-def]
        self._check("set_note", theme, text)
        self.sessions[sid] = self.sessions[sid].with_note(theme, text)

    def set_action_edit(self, sid, cid, edit):  # type: ignore[no-untyped-def]
        self._check("set_action_edit", cid, edit)
        self.sessions[sid] = self.sessions[sid].with_action_edit(cid, edit)

    def put_custom_action(self, sid, action):  # type: ignore[no-untyped-def]
        self._check("put_custom_action", action)
        self.sessions[sid] = self.sessions[sid].with_custom_action(action)

    def delete_custom_action(self, sid, action_id):  # type: ignore[no-untyped-def]
        self._check("delete_custom_action", action_id)
        self.sessions[sid] = self.sessions[sid].without_custom_action(action_id)

    def update_details(self, sid, organisation, workshop):  # type: ignore[no-untyped-def]
        self._check("update_details")
        self.sessions[sid] = replace(
            self.sessions[sid], organisation=organisation, workshop=workshop
        )

    def set_summary(self, sid, answered, asked, present_mean, future_mean):  # type: ignore[no-untyped-def]
        self._check("set_summary", answered, asked, present_mean, future_mean)
        self.summaries[sid] = replace(
            self.summaries[sid],
            answered=answered,
            asked=asked,
            present_mean=present_mean,
            future_mean=future_mean,
        )

    def delete_session(self, sid: int) -> None:
        self._check("delete_session", sid)
        self.deleted.add(sid)

    def restore_session(self, sid: int) -> None:
        self._check("restore_session", sid)
        self.deleted.discard(sid)
