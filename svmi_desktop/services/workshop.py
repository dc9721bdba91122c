"""The workshop use cases the window calls: open or create a session, answer, note, plan, delete.

Qt-free. Every change is made to the in-memory :class:`~svmi_desktop.domain.assessment.Assessment`
first, then written through the store in its own transaction, then the session's cached summary
is refreshed. If the store refuses a write (disk full, folder read-only, ...), the change stays in
memory, is queued, and is written again before the next change; the store's error is re-raised so
the window can say what happened. :attr:`WorkshopSession.saved` tells whether everything is on disk.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
from collections import OrderedDict
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from ..catalog import IndexLibrary
from ..domain.entry_rules import check_assessment, check_date, check_details, check_text
from ..domain.levels import Level

if TYPE_CHECKING:  # the domain classes are imported when a session is made or opened, not at start
    from ..domain.action_plan import ActionPlan
    from ..domain.assessment import (
        ActionEdit,
        Answer,
        Assessment,
        CustomAction,
        Organisation,
        Status,
        Workshop,
    )
    from ..domain.criteria import Index
    from ..domain.reassessment import Lineage  # issue 14
    from ..domain.results import Results
    from ..domain.scoring import Evaluation

_UNSET: Any = object()


class SessionStore(Protocol):
    """The part of :class:`svmi_desktop.storage.Store` this layer uses."""

    def list_sessions(self) -> list[Any]: ...
    def create_session(self, assessment: Assessment) -> int: ...
    def load(self, session_id: int) -> Assessment: ...
    def set_answer(self, session_id: int, criterion_id: str, answer: Answer) -> None: ...
    def set_note(self, session_id: int, theme: str, text: str) -> None: ...
    def set_action_edit(self, session_id: int, criterion_id: str, edit: ActionEdit) -> None: ...
    def put_custom_action(self, session_id: int, action: CustomAction) -> None: ...
    def delete_custom_action(self, session_id: int, action_id: str) -> None: ...
    def update_details(
        self, session_id: int, organisation: Organisation, workshop: Workshop
    ) -> None: ...
    def set_summary(
        self,
        session_id: int,
        answered: int,
        asked: int,
        present_mean: float | None,
        future_mean: float | None,
    ) -> None: ...
    def delete_session(self, session_id: int) -> None: ...
    def restore_session(self, session_id: int) -> None: ...


def next_value(value: bool | None) -> bool | None:
    """The answer cycle a toggle key walks through: unanswered → Yes → No → unanswered."""
    if value is None:
        return True
    if value is True:
        return False
    return None


class WorkshopSession:
    """One open session: its assessment, live evaluation and action plan, autosaved."""

    def __init__(
        self, store: SessionStore, session_id: int, index: Index, assessment: Assessment
    ) -> None:
        self.store = store
        self.session_id = session_id
        self.index = index
        self.assessment = assessment
        self._pending: OrderedDict[Hashable, Callable[[], None]] = OrderedDict()
        self.results: Results
        self.evaluation: Evaluation
        self.plan: ActionPlan
        self.lineage: Lineage | None = None  # issue 14: its place in the organisation's history
        self._recompute()

    # -- reading -----------------------------------------------------------------------------

    @property
    def saved(self) -> bool:
        """True when every change made so far is committed to the store."""
        return not self._pending

    @property
    def answered(self) -> int:
        return self.results.answered

    @property
    def asked(self) -> int:
        return self.results.asked

    def answer(self, criterion_id: str) -> Answer:
        """The answer shown for a criterion (a restatement shows the answer it restates)."""
        return self.assessment.answer(self.index.criterion(criterion_id).answer_id)

    # -- changing ----------------------------------------------------------------------------

    def set_answer(self, criterion_id: str, present: bool | None, future: bool | None) -> Answer:
        """Record both columns; present Yes ticks future, present Yes with future No is refused."""
        from ..domain.assessment import make_answer

        return self.put_answer(criterion_id, make_answer(present, future))

    def put_answer(self, criterion_id: str, answer: Answer) -> Answer:
        """Record a whole answer as it is (what undo and redo give back)."""
        criterion = self.index.criterion(criterion_id)
        if not criterion.asked:
            raise ValueError(f"{criterion_id} is not asked in the workshop")
        self.assessment = self.assessment.with_answer(criterion_id, answer)
        self._recompute()
        self._save(
            ("answer", criterion_id),
            lambda: self.store.set_answer(self.session_id, criterion_id, answer),
        )
        if self.lineage is not None and criterion_id in self.lineage.carried:  # issue 14
            from .history import confirm_carried

            confirm_carried(self, criterion_id)
        return answer

    def set_present(self, criterion_id: str, value: bool | None) -> Answer:
        """Change the present column (the rule: :func:`~..domain.assessment.choose_present`)."""
        from ..domain.assessment import choose_present

        return self.put_answer(criterion_id, choose_present(self.answer(criterion_id), value))

    def set_future(self, criterion_id: str, value: bool | None) -> Answer:
        """Change the future column; refused while the present column is Yes (unless to Yes)."""
        from ..domain.assessment import choose_future

        return self.put_answer(criterion_id, choose_future(self.answer(criterion_id), value))

    def set_note(self, theme: str, text: str) -> None:
        check_text(text, f"The note for theme {theme}")
        if self.assessment.notes.get(theme, "") == text:
            return
        self.assessment = self.assessment.with_note(theme, text)
        self._save(("note", theme), lambda: self.store.set_note(self.session_id, theme, text))

    def edit_action(
        self,
        key: str,
        *,
        owner: str = _UNSET,
        due: _dt.date | None = _UNSET,
        status: Status = _UNSET,
        note: str = _UNSET,
    ) -> None:
        """Change an action's owner, due date, status or note (a generated or custom action)."""
        changes: dict[str, Any] = {
            name: value
            for name, value in (("owner", owner), ("due", due), ("status", status), ("note", note))
            if value is not _UNSET
        }
        for name in ("owner", "note"):
            if name in changes:
                check_text(changes[name], f"The action's {name}")
        if changes.get("due") is not None:
            check_date(changes["due"], "The action's due date")
        custom = self._custom(key)
        if custom is not None:
            self._put_custom(replace(custom, **changes))
            return
        if not self.index.has_criterion(key):
            raise KeyError(key)
        from ..domain.assessment import ActionEdit

        edit = replace(self.assessment.action_edits.get(key, ActionEdit()), **changes)
        self.assessment = self.assessment.with_action_edit(key, edit)
        self._recompute()
        self._save(("edit", key), lambda: self.store.set_action_edit(self.session_id, key, edit))

    def add_custom_action(
        self,
        theme: str,
        text: str,
        *,
        year: int = 1,
        target_level: Level | None = None,
        owner: str = "",
    ) -> CustomAction:
        """Add a free-text action to a theme's plan."""
        if not self.index.has_theme(theme):
            raise KeyError(theme)
        text = text.strip()
        if not text:
            raise ValueError("an action needs some text")
        check_text(text, "The action")
        check_text(owner, "The action's owner")
        import secrets  # hashlib and OpenSSL: ~5 ms, not needed to start

        from ..domain.assessment import CustomAction

        action = CustomAction(
            id=secrets.token_hex(6),
            theme=theme,
            text=text,
            year=max(1, min(year, self.assessment.workshop.horizon_years)),
            target_level=target_level,
            owner=owner,
        )
        self._put_custom(action)
        return action

    def delete_custom_action(self, action_id: str) -> CustomAction:
        """Remove a custom action; returns it so that :meth:`restore_custom_action` can undo."""
        action = self._custom(action_id)
        if action is None:
            raise KeyError(action_id)
        self.assessment = self.assessment.without_custom_action(action_id)
        self._recompute()
        self._save(
            ("custom", action_id),
            lambda: self.store.delete_custom_action(self.session_id, action_id),
        )
        return action

    def restore_custom_action(self, action: CustomAction) -> None:
        self._put_custom(action)

    def update_details(self, organisation: Organisation, workshop: Workshop) -> None:
        check_details(organisation, workshop)
        self.assessment = replace(self.assessment, organisation=organisation, workshop=workshop)
        self._recompute()
        self._save(
            "details",
            lambda: self.store.update_details(self.session_id, organisation, workshop),
        )

    def retry_save(self) -> None:
        """Write again whatever the store refused before (raises the store's error if it still does)."""
        self._flush()

    # -- internals ---------------------------------------------------------------------------

    def _custom(self, action_id: str) -> CustomAction | None:
        for action in self.assessment.custom_actions:
            if action.id == action_id:
                return action
        return None

    def _put_custom(self, action: CustomAction) -> None:
        self.assessment = self.assessment.with_custom_action(action)
        self._recompute()
        self._save(
            ("custom", action.id), lambda: self.store.put_custom_action(self.session_id, action)
        )

    def _recompute(self) -> None:
        from ..domain.results import assess

        self.results = assess(self.index, self.assessment)
        self.evaluation = self.results.evaluation
        self.plan = self.results.plan

    def _save(self, key: Hashable, write: Callable[[], None]) -> None:
        self._pending.pop(key, None)
        self._pending[key] = write
        self._pending.pop("summary", None)
        answered, asked = self.answered, self.asked
        present, future = self.evaluation.present.mean, self.evaluation.future.mean
        self._pending["summary"] = lambda: self.store.set_summary(
            self.session_id, answered, asked, present, future
        )
        self._flush()

    def _flush(self) -> None:
        """Write what is pending: with a store that can group writes, in one transaction (the
        change and its summary together: one commit), cleared only once that commits."""
        if not self._pending:
            return
        together = getattr(self.store, "together", None)
        if together is None:
            while self._pending:
                key = next(iter(self._pending))
                self._pending[key]()
                self._pending.pop(key, None)
            return
        with together():
            for write in list(self._pending.values()):
                write()
        self._pending.clear()


@dataclass(frozen=True)
class NewSession:
    """What the New assessment page collects."""

    index_id: str
    organisation: Organisation
    workshop: Workshop


class Workshops:
    """The app's sessions: list, create, open, delete with undo, the demo and imports."""

    def __init__(self, store: SessionStore, library: IndexLibrary) -> None:
        self.store = store
        self.library = library

    def sessions(self) -> list[Any]:
        return list(self.store.list_sessions())

    def index_ids(self) -> tuple[str, ...]:
        return self.library.ids()

    def index(self, index_id: str) -> Index:
        return self.library.get(index_id)

    def create(self, new: NewSession) -> WorkshopSession:
        check_details(new.organisation, new.workshop)
        index = self.library.get(new.index_id)
        from ..domain.assessment import Assessment

        assessment = Assessment(
            index_id=index.id,
            index_version=index.version,
            organisation=new.organisation,
            workshop=new.workshop,
        )
        return self.add(assessment)

    def add(self, assessment: Assessment) -> WorkshopSession:
        """Store an assessment as a new session and open it: one complete session or nothing.

        Everything that can refuse it (the index, the text and date rules, scoring) runs before
        anything is stored; the session and its summary are then written in one transaction.
        """
        check_assessment(assessment)
        index = self.library.get(assessment.index_id)
        session = WorkshopSession(self.store, 0, index, assessment)
        ev = session.evaluation
        together = getattr(self.store, "together", None)
        with together() if together is not None else contextlib.nullcontext():
            session_id = self.store.create_session(assessment)
            self.store.set_summary(
                session_id, session.answered, session.asked, ev.present.mean, ev.future.mean
            )
        session.session_id = session_id
        from .history import attach_lineage  # issue 14

        attach_lineage(session)
        return session

    def open(self, session_id: int) -> WorkshopSession:
        assessment = self.store.load(session_id)
        session = WorkshopSession(
            self.store, session_id, self.library.get(assessment.index_id), assessment
        )
        from .history import attach_lineage  # issue 14

        attach_lineage(session)
        return session

    def open_demo(self, demo_file: Path | None = None) -> WorkshopSession:
        """Open the bundled example workshop, adding it as a session the first time."""
        from ..formats import assessment_file
        from ..resources import demo_path

        demo = assessment_file.read(demo_file or demo_path(), self.library.get)
        for summary in self.store.list_sessions():
            if (
                summary.organisation == demo.organisation.name
                and summary.index_id == demo.index_id
                and _same_date(summary.date, demo.workshop.date)
            ):
                return self.open(summary.id)
        return self.add(demo)

    def import_file(self, path: Path) -> tuple[WorkshopSession, Sequence[str]]:
        """Import a workbook or assessment file as a new session; returns it and any differences.

        Read as the window reads it (:meth:`read_import`, a memory-capped child process), then
        stored with its summary in one transaction: one complete session or nothing."""
        result = self.read_import(path)
        differences = tuple(str(d) for d in (getattr(result, "differences", ()) or ()))
        from .history import adopt_into  # issue 14: the file's organisation key and baseline

        return adopt_into(self.add(result.assessment), result.lineage), differences

    def read_import(self, path: Path) -> Any:
        """Read a file to import in a child process with a memory cap (issue 9: a hostile file
        cannot take the window down), with its ``report`` of what the workbook's sheets changed
        (field, old, new; issue 12); stores nothing, so the caller can show the report first.
        Pass the result to :meth:`add`."""
        from ..importing.isolated import read_isolated

        return read_isolated(Path(path), self.library.get, self.library.user_dir)

    def add_index_file(self, path: Path) -> Index:
        """Add the user's own index file to the library (validated); returns the index."""
        return self.library.add_file(path)

    def maybe_backup(self) -> None:
        """Make the store's periodic verified backup when one is due (stores without backups:
        nothing to do)."""
        backup = getattr(self.store, "maybe_backup", None)
        if backup is not None:
            backup()

    def delete(self, session_id: int) -> None:
        """Delete a session; :meth:`restore` undoes it until the app closes."""
        self.store.delete_session(session_id)

    def restore(self, session_id: int) -> None:
        self.store.restore_session(session_id)


def _same_date(value: object, day: _dt.date) -> bool:
    if isinstance(value, _dt.date):
        return value == day
    return str(value)[:10] == day.isoformat()
