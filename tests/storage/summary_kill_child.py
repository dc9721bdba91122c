"""Child of the summary kill test: answer through the workshop service in a loop, as the window
does (each answer and the session summary it changes). ``python summary_kill_child.py DIR SID K``
prints ``ready``, then never stops: the parent kills it with SIGKILL."""

import sys
from pathlib import Path

from svmi_desktop.catalog import IndexLibrary
from svmi_desktop.paths import AppPaths
from svmi_desktop.services.workshop import Workshops
from svmi_desktop.storage import Store


def main() -> None:
    data_dir, session_id, k = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
    store = Store.open(AppPaths.under(data_dir))
    session = Workshops(store, IndexLibrary()).open(session_id)
    asked = session.index.asked_ids
    sys.stdout.write("ready\n")
    sys.stdout.flush()
    while True:  # answer every question, then clear them all, and again: the count moves
        cid = asked[k % len(asked)]
        if (k // len(asked)) % 2 == 0:
            session.set_answer(cid, False, True)
        else:
            session.set_answer(cid, None, None)
        k += 1


if __name__ == "__main__":
    main()
