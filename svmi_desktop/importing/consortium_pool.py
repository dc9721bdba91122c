"""Reading a consortium folder in worker processes (two cores read twice as fast).

Processes start with ``forkserver`` (never ``fork``: the window runs Qt threads) or ``spawn``;
batches go out in order and come back in any order, and are put back in file order. Cancel is
checked every tenth of a second; pending batches are dropped. If the processes cannot be started
(a sandbox, a frozen build without multiprocessing support), the caller reads in its own process.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from ..domain.consortium import Refused, Submission


def read_in_processes(
    files: list[Path],
    workers: int,
    indexes_dir: Path | None,
    progress: Callable[[int, int], None] | None,
    cancelled: Callable[[], bool] | None,
) -> tuple[list[Submission], list[Refused]] | None:
    """The submissions and refusals, or ``None`` if worker processes are not available here."""
    from .consortium_reader import BATCH, Cancelled, read_batch

    methods = multiprocessing.get_all_start_methods()
    method = "forkserver" if "forkserver" in methods else "spawn"
    batches = [files[i : i + BATCH] for i in range(0, len(files), BATCH)]
    results: dict[int, list[Submission | Refused]] = {}
    read = 0
    try:
        pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context(method))
    except (OSError, ValueError, RuntimeError):
        return None
    try:
        pending: dict[Future[list[Submission | Refused]], int] = {
            pool.submit(read_batch, batch, indexes_dir): n for n, batch in enumerate(batches)
        }
        while pending:
            if cancelled is not None and cancelled():
                raise Cancelled("Reading the folder was cancelled; nothing was changed.")
            finished, _ = wait(pending, timeout=0.1, return_when=FIRST_COMPLETED)
            for future in finished:
                n = pending.pop(future)
                results[n] = future.result()
                read += len(batches[n])
                if progress is not None:
                    progress(read, len(files))
    except (BrokenProcessPool, OSError, RuntimeError):  # Cancelled is an SvmiError: it passes
        return None  # the caller reads the whole folder again in its own process
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
    ordered = [r for n in sorted(results) for r in results[n]]
    return (
        [r for r in ordered if isinstance(r, Submission)],
        [r for r in ordered if isinstance(r, Refused)],
    )
