"""Child of the export fault tests, run inside a mount namespace (``unshare -rm``) by the parent.

``full DIR``: DIR is a small tmpfs. Export everything once, fill the disk, export again over the
first files, then free the space and export once more. ``readonly DIR``: DIR is a read-only bind
mount of a folder already holding the exports; export over them. Prints one JSON object.
"""

import errno
import hashlib
import json
import os
import sys
from pathlib import Path

from svmi_desktop.catalog import load_index
from svmi_desktop.errors import SvmiError
from svmi_desktop.formats import assessment_file
from svmi_desktop.resources import demo_path
from svmi_desktop.services.exports import export_all

INDEX = load_index("public-sector")
DEMO = assessment_file.read(demo_path(), load_index)


def hashes(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.name != "filler"
    }


def attempt(folder: Path) -> dict:
    try:
        export_all(INDEX, DEMO, folder, overwrite=True)
    except SvmiError as exc:
        return {"error": type(exc).__name__, "message": str(exc)}
    except Exception as exc:  # anything else is a bug the parent reports
        return {"error": type(exc).__name__, "message": str(exc), "bug": True}
    return {"error": None}


def full(folder: Path) -> dict:
    result: dict = {"first": attempt(folder)}
    before = hashes(folder)
    result["files_before"] = len(before)
    filler = folder / "filler"
    with open(filler, "wb", buffering=0) as fh:
        try:
            while True:
                fh.write(b"\xa5" * 4096)
                os.fsync(fh.fileno())
        except OSError as exc:
            result["filler_errno"] = errno.errorcode.get(exc.errno or 0, str(exc.errno))
    result["while_full"] = attempt(folder)
    result["unchanged_while_full"] = hashes(folder) == before
    result["left_while_full"] = sorted(set(os.listdir(folder)) - set(before) - {"filler"})
    filler.unlink()
    result["after"] = attempt(folder)
    result["files_after"] = len(hashes(folder))
    return result


def readonly(folder: Path) -> dict:
    before = hashes(folder)
    result: dict = {"files_before": len(before), "attempt": attempt(folder)}
    result["unchanged"] = hashes(folder) == before
    return result


if __name__ == "__main__":
    mode, where = sys.argv[1], Path(sys.argv[2])
    print(json.dumps({"full": full, "readonly": readonly}[mode](where)))
