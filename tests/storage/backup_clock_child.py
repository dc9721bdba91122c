"""Child of the backup clock test, run under ``faketime``: change DIR's sessions, back up, print
the backup's name as JSON. ``python backup_clock_child.py DIR NAME``."""

import json
import sys
from datetime import date
from pathlib import Path

from svmi_desktop.domain.assessment import Assessment, Organisation, Workshop
from svmi_desktop.paths import AppPaths
from svmi_desktop.storage import Store

if __name__ == "__main__":
    paths = AppPaths.under(Path(sys.argv[1]))
    with Store.open(paths) as store:
        store.create_session(
            Assessment(
                "public-sector", "2017.1", Organisation(sys.argv[2]), Workshop(date(2026, 1, 5))
            )
        )
        made = store.backup_now()
    print(json.dumps({"backup": made.name, "exists": made.exists()}))
