"""Run long work (exports, imports) off the UI thread; results come back as signals on it."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)
    progress = Signal(object)


class Task(QRunnable):
    """``fn(progress)`` runs on a pool thread; never touch widgets inside it."""

    def __init__(self, fn: Callable[[Callable[..., None]], Any]) -> None:
        super().__init__()
        self.fn = fn
        self.signals = _Signals()
        self.setAutoDelete(False)

    def run(self) -> None:
        try:
            result = self.fn(lambda *args: self.signals.progress.emit(args))
        except Exception as exc:  # handed to the UI thread, which decides how to show it
            log.info("background task failed: %s", exc, exc_info=not _expected(exc))
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


def _expected(exc: Exception) -> bool:
    from ..errors import SvmiError

    return isinstance(exc, SvmiError)


_running: set[Task] = set()


def run_in_background(
    fn: Callable[[Callable[..., None]], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[Exception], None],
    on_progress: Callable[[tuple[Any, ...]], None] | None = None,
    pool: QThreadPool | None = None,
) -> Task:
    task = Task(fn)
    _running.add(task)
    task.signals.done.connect(on_done)
    task.signals.failed.connect(on_error)
    if on_progress is not None:
        task.signals.progress.connect(on_progress)
    task.signals.done.connect(lambda _: _running.discard(task))
    task.signals.failed.connect(lambda _: _running.discard(task))
    (pool or QThreadPool.globalInstance()).start(task)
    return task
