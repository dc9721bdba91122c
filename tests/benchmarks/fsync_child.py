"""Child of the fsync benchmark, run under ``strace -c``: N answers to one session, then exit.

``python fsync_child.py DIR N MODE``: MODE ``together`` answers through the workshop service
(the change and its summary in one transaction, as the app does since issue 9); ``apart`` writes
the same answers and summaries as two transactions each, as before it (the reference).
"""

import sys
from pathlib import Path

from svmi_desktop.catalog import IndexLibrary
from svmi_desktop.paths import AppPaths
from svmi_desktop.services.workshop import Workshops
from svmi_desktop.storage import Store

if __name__ == "__main__":
    folder, n, mode = Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
    store = Store.open(AppPaths.under(folder))
    workshops = Workshops(store, IndexLibrary())
    live = workshops.open(1)
    criteria = live.index.asked_ids
    for k in range(n):
        cid = criteria[k % len(criteria)]
        future = bool(k % 2)
        if mode == "together":
            live.set_answer(cid, None, future)
        else:
            from svmi_desktop.domain.assessment import Answer

            store.set_answer(1, cid, Answer(None, future))
            store.set_summary(1, k, len(criteria), None, None)
    import os

    os._exit(0)  # no close: only the changes' own syncs are counted (the baseline run has none)
