"""Import of a submission workbook (``.xlsx``) or an assessment file (``.svmi.json``).

:func:`import_file` returns a value and stores nothing: saving the result is the caller's
job (storage or a file), so a refused import can never leave half an assessment behind.
Every refusal is one plain-English :class:`~svmi_desktop.errors.FileFormatError`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from ..domain.assessment import Assessment
from ..domain.entry_rules import check_imported
from ..domain.reassessment import Lineage
from ..errors import FileFormatError
from ..formats import assessment_file
from ..formats.assessment_file import IndexResolver
from ..formats.history_keys import read_lineage
from .differences import Difference, report
from .preflight import Kind, check

__all__ = ["Difference", "ImportResult", "import_file", "report"]


@dataclass(frozen=True)
class ImportResult:
    assessment: Assessment
    #: One per field the workbook's visible sheets changed (field, old, new); ``str()`` of
    #: each reads "C.L2 present: No in the data, Yes in the sheet".
    differences: list[Difference] = field(default_factory=list)
    #: "workbook" or "assessment file".
    kind: str = ""
    #: issue 14: the history keys the file records (its organisation key, its baseline),
    #: checked; ``None`` for a file without them (every file made before them).
    lineage: Lineage | None = None

    @property
    def report(self) -> str:
        """Every difference, under one line saying the visible sheets win ("" if none)."""
        return report(self.differences)


def import_file(path: Path, resolve_index: IndexResolver) -> ImportResult:
    """Read ``path`` (workbook or assessment file) and return the assessment it holds."""
    checked = check(Path(path))
    name = checked.path.name
    if checked.kind is Kind.JSON:
        try:
            text = checked.data.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise FileFormatError(
                f"{name} is not UTF-8 text, so it is not an assessment file"
            ) from None
        assessment = assessment_file.loads(text, resolve_index, name)  # checks the keys too
        data = json.loads(text)
        lineage = read_lineage(data, name) if isinstance(data, dict) else None
        return ImportResult(assessment, [], Kind.JSON.value, lineage)
    from .workbook_reader import read_workbook

    assessment, differences, lineage = read_workbook(name, checked.data, resolve_index)
    return ImportResult(check_imported(assessment, name), differences, Kind.WORKBOOK.value, lineage)
