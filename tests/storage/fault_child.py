"""Child of the fault tests, run inside a mount namespace (``unshare -rm``) by the parent.

``full DIR``: DIR is a small tmpfs. Store some answers, fill the disk, keep autosaving until the
store says the disk is full, check nothing stored was lost, close, free space, reopen, save the
refused change. ``readonly DIR``: DIR is a read-only bind mount of a folder holding a store.
Prints one JSON object.
"""

import errno
import json
import os
import sys
from datetime import date
from pathlib import Path

from svmi_desktop.domain.assessment import Answer, Assessment, Organisation, Workshop
from svmi_desktop.paths import AppPaths
from svmi_desktop.storage import (
    StorageError,
    Store,
    StoreFullError,
    StoreReadOnlyError,
    StoreReadOnlyModeError,
)


def full(data_dir: Path) -> dict:
    paths = AppPaths.under(data_dir)
    result: dict = {}
    store = Store.open(paths)
    sid = store.create_session(
        Assessment(
            "public-sector", "2017.1", Organisation("Full Disk Council"), Workshop(date(2026, 1, 1))
        )
    )
    acked: list[str] = []
    for n in range(50):
        store.set_answer(sid, f"K.{n}", Answer(True, True))
        acked.append(f"K.{n}")
    filler = data_dir / "filler"
    with open(filler, "wb", buffering=0) as fh:  # unbuffered: close() has nothing left to flush
        try:
            while True:
                fh.write(b"\xa5" * 65536)
                fh.flush()
                os.fsync(fh.fileno())
        except OSError as exc:
            result["filler_errno"] = errno.errorcode.get(exc.errno or 0, str(exc.errno))
    n = 50
    refused = None
    while n < 100_000:
        try:
            store.set_answer(sid, f"K.{n}", Answer(True, True))
        except StoreFullError as exc:
            refused = f"K.{n}"
            result["message"] = str(exc)
            break
        acked.append(f"K.{n}")
        n += 1
    result["acked"] = len(acked)
    result["refused"] = refused
    loaded = store.load(sid)
    result["all_acked_present_while_full"] = all(
        loaded.answers.get(k) == Answer(True, True) for k in acked
    )
    result["refused_absent"] = refused not in loaded.answers
    result["integrity_while_full"] = store.integrity_check()
    try:
        store.close()  # must not raise although the close backup cannot be written
        result["close_ok"] = True
    except Exception as exc:  # pragma: no cover - reported to the parent
        result["close_ok"] = repr(exc)
    filler.unlink()
    with Store.open(paths) as again:
        loaded = again.load(sid)
        result["recovery_after"] = again.recovery.message if again.recovery else None
        result["all_acked_present_after"] = all(
            loaded.answers.get(k) == Answer(True, True) for k in acked
        )
        again.set_answer(sid, refused, Answer(True, True))  # saved once space is freed
        result["integrity_after"] = again.integrity_check()
    with Store.open(paths) as last:
        result["refused_saved_after"] = last.load(sid).answers.get(refused) == Answer(True, True)
    return result


def readonly(data_dir: Path) -> dict:
    paths = AppPaths.under(data_dir)
    result: dict = {}
    try:
        Store.open(paths)
        result["writer"] = "opened"
    except StoreReadOnlyError as exc:
        result["writer"] = "StoreReadOnlyError"
        result["message"] = str(exc)
    with Store.open(paths, read_only=True) as store:
        sessions = store.list_sessions()
        result["listed"] = [s.organisation for s in sessions]
        result["loaded"] = store.load(sessions[0].id).organisation.name
        try:
            store.set_answer(sessions[0].id, "A.M1", Answer(True, True))
            result["write"] = "accepted"
        except StoreReadOnlyModeError as exc:
            result["write"] = "StoreReadOnlyModeError"
            result["write_message"] = str(exc)
        except StorageError as exc:  # pragma: no cover
            result["write"] = repr(exc)
    return result


if __name__ == "__main__":
    mode, folder = sys.argv[1], Path(sys.argv[2])
    print(json.dumps({"full": full, "readonly": readonly}[mode](folder)))
