"""Child of the locking tests. ``hold DIR``: open the store, print ``ready``, wait for stdin to
close. ``try DIR``: time a writer open and print JSON. ``read DIR``: open read-only, list, try a
write, print JSON."""

import json
import sys
import time
from pathlib import Path

from svmi_desktop.domain.assessment import Answer
from svmi_desktop.paths import AppPaths
from svmi_desktop.storage import StorageError, Store

mode, paths = sys.argv[1], AppPaths.under(Path(sys.argv[2]))
if mode == "hold":
    store = Store.open(paths)
    print("ready", flush=True)
    sys.stdin.read()
    store.close()
elif mode == "try":
    started = time.monotonic()
    try:
        Store.open(paths).close()
        result = {"error": None}
    except StorageError as exc:
        result = {"error": type(exc).__name__, "message": str(exc)}
    result["seconds"] = time.monotonic() - started
    print(json.dumps(result))
elif mode == "read":
    with Store.open(paths, read_only=True) as store:
        sessions = store.list_sessions()
        result = {"listed": [s.organisation for s in sessions]}
        try:
            store.set_answer(sessions[0].id, "A.M1", Answer(True, True))
            result["write"] = "accepted"
        except StorageError as exc:
            result["write"] = type(exc).__name__
    print(json.dumps(result))
