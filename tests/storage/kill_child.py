"""Child of the kill test: autosave answers in a loop, acknowledging each one after it returns.

Usage: ``python kill_child.py DATA_DIR SESSION_ID START``. Prints ``ready`` once the store is
open, then ``a N`` after ``set_answer`` for criterion ``K.N`` returned and ``n N`` after the
note ``note N`` was stored, each line flushed at once. It never stops by itself: the parent kills
it with SIGKILL.
"""

import sys
from pathlib import Path

from svmi_desktop.domain.assessment import Answer
from svmi_desktop.paths import AppPaths
from svmi_desktop.storage import Store


def answer_for(n: int) -> Answer:
    """The answer written for ``K.n`` (never empty; the parent computes the same)."""
    present = (True, False, None)[n % 3]
    future = True if present else bool(n % 2)
    return Answer(present, future)


def main() -> None:
    data_dir, session_id, n = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
    out = sys.stdout
    store = Store.open(AppPaths.under(data_dir))
    out.write("ready\n")
    out.flush()
    while True:
        store.set_answer(session_id, f"K.{n}", answer_for(n))
        out.write(f"a {n}\n")
        out.flush()
        if n % 7 == 0:
            store.set_note(session_id, "N", f"note {n}")
            out.write(f"n {n}\n")
            out.flush()
        n += 1


if __name__ == "__main__":
    main()
