"""The changes an open session makes, each one undoable (issue 10).

A mixin of :class:`~.session_view.SessionView`: each slot reads what the page asked for,
works out the value before and after, and pushes a :class:`~.undo.Change` on the session's
:class:`QUndoStack`, which applies it through the :class:`WorkshopSession` service (so the
store stays the truth), redraws what changed and confirms it on screen and to screen readers.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ..domain import wording
from ..domain.assessment import (
    ActionEdit,
    Answer,
    AnswerRuleError,
    CustomAction,
    Organisation,
    Workshop,
    choose_future,
    choose_present,
)
from ..errors import SvmiError
from ..services.sessions_store import StorageError
from ..services.workshop import WorkshopSession
from . import dialogs
from .undo import Change
from .widgets import arg

if TYPE_CHECKING:
    from PySide6.QtCore import QTimer, SignalInstance
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QLabel, QStackedWidget, QWidget

    from .intro_page import IntroPage
    from .lazy_pages import LazyPages
    from .plan_page import PlanPage
    from .theme_page import ThemePage


class SessionChanges:
    """Answers, notes, plan edits, custom actions and workshop details, undoably."""

    if TYPE_CHECKING:  # provided by SessionView
        session: WorkshopSession
        undo_stack: QUndoStack
        confirmation: QLabel
        _confirm_timer: QTimer
        theme_pages: LazyPages[ThemePage]
        extra_pages: dict[str, QWidget]
        intro: IntroPage
        plan: PlanPage
        stack: QStackedWidget
        saved_changed: SignalInstance

        def go(self, position: int | str) -> None: ...
        def window(self) -> QWidget: ...
        def current_theme_page(self) -> ThemePage | None: ...
        def _built_theme_pages(self) -> list[ThemePage]: ...
        def _refresh_levels(self, only: str | None = None) -> None: ...

    def confirm(self, text: str) -> None:
        """Show (and let a screen reader hear) what the last change did, for a few seconds."""
        self.confirmation.setText(text)
        self._confirm_timer.start()
        from .accessibility import announce

        announce(self.confirmation, text)

    def _push(
        self,
        text: str,
        do: Callable[[], object],
        undo: Callable[[], object],
        shown: Callable[[bool], None],
    ) -> None:
        """Make a change as an undoable command (the stack runs ``do`` at once)."""
        self.undo_stack.push(Change(text, self._apply, do, undo, shown))

    def _apply(self, change: Callable[[], object]) -> bool:
        """Run a change for the undo stack: True if it was made (a storage error keeps it in
        memory, to be saved again, so it counts as made); a refusal is explained."""
        try:
            change()
        except StorageError as error:
            self.saved_changed.emit()
            dialogs.show_storage_error(self.window(), error)
            return True
        except (SvmiError, ValueError, KeyError) as error:  # refused: nothing changed
            dialogs.show_error(
                self.window(), QCoreApplication.translate("SessionView", "Not changed"), str(error)
            )
            return False
        self.saved_changed.emit()
        return True

    def _value_word(self, value: bool | None) -> str:
        return {
            True: QCoreApplication.translate("SessionView", "Yes"),
            False: QCoreApplication.translate("SessionView", "No"),
            None: QCoreApplication.translate("SessionView", "not answered"),
        }[value]

    def column_label(self, column: str) -> str:
        if column == "present":
            return wording.now_label()
        return wording.future_label(self.session.assessment.workshop.horizon_years)

    def _answer(self, criterion_id: str, column: str, value: object) -> None:
        session = self.session
        before = session.answer(criterion_id)
        choose = choose_present if column == "present" else choose_future
        try:
            after = choose(before, value)  # type: ignore[arg-type]
        except AnswerRuleError:  # the Future that a present Yes holds cannot be set otherwise
            self.confirm(
                arg(
                    QCoreApplication.translate("SessionView", "%1 %2 stays Yes while %3 is Yes."),
                    criterion_id,
                    self.column_label("future"),
                    self.column_label("present"),
                )
            )
            return
        if after == before and after.future_own == before.future_own:
            self._answer_shown(criterion_id, column, True)
            return
        text = arg(
            QCoreApplication.translate("SessionView", "%1 %2: %3"),
            criterion_id,
            self.column_label(column),
            self._value_word(after.present if column == "present" else after.future),
        )
        self._push(
            text,
            lambda: session.put_answer(criterion_id, after),
            lambda: session.put_answer(criterion_id, before),
            lambda redone: self._answer_shown(criterion_id, column, redone),
        )

    def _answer_shown(self, criterion_id: str, column: str, redone: bool) -> None:
        """Redraw an answer and its theme's level, and confirm the new value by name."""
        theme = criterion_id.split(".")[0]
        page = self.theme_pages[theme]
        answer: Answer = self.session.answer(criterion_id)
        page.show_answer(criterion_id, answer)
        self._refresh_levels(theme)
        value = answer.present if column == "present" else answer.future
        text = arg(
            QCoreApplication.translate("SessionView", "%1 %2: %3"),
            criterion_id,
            self.column_label(column),
            self._value_word(value),
        )
        if not redone:
            text = arg(QCoreApplication.translate("SessionView", "Undone: %1"), text)
            self.go(theme)
        elif self.stack.currentWidget() is not page:
            self.go(theme)  # a redo shows where it happened
        if answer.present is True and column == "present":
            text = arg(
                QCoreApplication.translate("SessionView", "%1 (so %2 is Yes too)"),
                text,
                self.column_label("future"),
            )
        self.confirm(text)

    def _note(self, theme: str, text: str) -> None:
        session = self.session
        before = session.assessment.notes.get(theme, "")
        if before == text:
            return

        def shown(redone: bool) -> None:
            page = self.theme_pages[theme]
            page.show_note(session.assessment.notes.get(theme, ""))
            if not redone:
                self.go(theme)
                self.confirm(
                    arg(
                        QCoreApplication.translate("SessionView", "Undone: the note for theme %1"),
                        theme,
                    )
                )

        self._push(
            arg(QCoreApplication.translate("SessionView", "Note for theme %1"), theme),
            lambda: session.set_note(theme, text),
            lambda: session.set_note(theme, before),
            shown,
        )

    def _plan_shown(self, what: str) -> Callable[[bool], None]:
        def shown(redone: bool) -> None:
            self.plan.show_plan(self.session.index, self.session.plan)
            if self.stack.currentWidget() is not self.plan:
                self.go("plan")
            self.confirm(
                what
                if redone
                else arg(QCoreApplication.translate("SessionView", "Undone: %1"), what)
            )

        return shown

    def _edit_action(self, key: str, field: str, value: object) -> None:
        session = self.session
        custom = _custom(session, key)
        current: object = getattr(
            custom
            if custom is not None
            else session.assessment.action_edits.get(key, ActionEdit()),
            field,
        )
        if current == value:
            return
        self._push(
            arg(
                QCoreApplication.translate("SessionView", "Action plan: %1 changed"),
                self.plan_field_name(field),
            ),
            lambda: session.edit_action(key, **{field: value}),  # type: ignore[arg-type]
            lambda: session.edit_action(key, **{field: current}),  # type: ignore[arg-type]
            self._plan_shown(
                arg(
                    QCoreApplication.translate("SessionView", "Action plan: %1 changed"),
                    self.plan_field_name(field),
                )
            ),
        )

    def plan_field_name(self, field: str) -> str:
        return {
            "owner": QCoreApplication.translate("SessionView", "owner"),
            "due": QCoreApplication.translate("SessionView", "due date"),
            "status": QCoreApplication.translate("SessionView", "status"),
            "note": QCoreApplication.translate("SessionView", "note"),
        }.get(field, field)

    def _add_action(self) -> None:
        session = self.session
        page = self.current_theme_page()
        answer = dialogs.ask_custom_action(
            self.window(),
            session.index.themes,
            session.assessment.workshop.horizon_years,
            page.theme.code if page else None,
        )
        if answer is None:
            return
        theme, text, year, target = answer
        added: list[CustomAction] = []

        def do() -> None:
            if added:
                session.restore_custom_action(added[0])
            else:
                added.append(session.add_custom_action(theme, text, year=year, target_level=target))

        what = arg(QCoreApplication.translate("SessionView", "Added the action “%1”"), text)
        self._push(
            what,
            do,
            lambda: session.delete_custom_action(added[0].id) if added else None,
            self._plan_shown(what),
        )

    def _delete_action(self, action_id: str) -> None:
        session = self.session
        action = _custom(session, action_id)
        if action is None:
            return
        what = arg(
            QCoreApplication.translate("SessionView", "Deleted the action “%1”"), action.text
        )
        self._push(
            what,
            lambda: session.delete_custom_action(action_id),
            lambda: session.restore_custom_action(action),
            self._plan_shown(what),
        )
        self.plan.tabs.setCurrentWidget(self.plan.years)  # where the action was chosen
        self.plan.years.setFocus()  # focus stays in the table, never on the Delete button

    def change_details(self, organisation: Organisation, workshop: Workshop) -> None:
        """Change the workshop details (from the Workshop details page), undoably."""
        session = self.session
        before = (session.assessment.organisation, session.assessment.workshop)
        if before == (organisation, workshop):
            return

        def shown(redone: bool) -> None:
            self.show_details()
            what = QCoreApplication.translate("SessionView", "Workshop details changed")
            if not redone:
                what = arg(QCoreApplication.translate("SessionView", "Undone: %1"), what)
                self.go("details")
            self.confirm(what)

        self._push(
            QCoreApplication.translate("SessionView", "Workshop details changed"),
            lambda: session.update_details(organisation, workshop),
            lambda: session.update_details(*before),
            shown,
        )

    def show_details(self) -> None:
        """Redraw everything the workshop details feed: names, the horizon, the plan."""
        session = self.session
        self.intro.show_index(session.index, session.assessment.organisation.name)
        self.intro.show_horizon(session.assessment.workshop.horizon_years)
        for page in self._built_theme_pages():
            page.show_horizon(session.assessment.workshop.horizon_years)
        self._refresh_levels()
        for extra in self.extra_pages.values():
            getattr(extra, "show_session", lambda _s: None)(session)
        if self.stack.currentWidget() is self.plan:
            self.plan.show_plan(session.index, session.plan)
        self.saved_changed.emit()


def _custom(session: WorkshopSession, action_id: str) -> CustomAction | None:
    return next((a for a in session.assessment.custom_actions if a.id == action_id), None)
