"""The .svmi.json history keys: written with a lineage, read back, optional, checked."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from svmi_desktop.catalog import load_index
from svmi_desktop.domain.reassessment import Lineage
from svmi_desktop.errors import FileFormatError
from svmi_desktop.formats import assessment_file
from svmi_desktop.formats.assessment_file import SCHEMA_PATH
from svmi_desktop.formats.history_keys import lineage_of_file, read_lineage
from tests.storage.conftest import simple_assessment

LINEAGE = Lineage("0123456789abcdef", 7, dt.date(2025, 3, 12), frozenset({"A.F1"}))


def test_a_file_records_the_key_and_the_baseline_id_and_date(tmp_path):
    data = assessment_file.to_dict(simple_assessment(), LINEAGE)
    assert data["organisation"]["key"] == "0123456789abcdef"
    assert data["baseline"] == {"session": 7, "date": "2025-03-12"}
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    assert set(schema["properties"]) - {"room"} == set(data)  # "room": optional (issue 15)
    assert set(schema["properties"]["organisation"]["properties"]) == set(data["organisation"])
    path = assessment_file.write(tmp_path / "x.svmi.json", simple_assessment(), lineage=LINEAGE)
    assert assessment_file.read(path, load_index) == simple_assessment()
    read = lineage_of_file(path)
    assert read is not None
    assert (read.org_key, read.baseline_id, read.baseline_date) == (
        "0123456789abcdef",
        7,
        dt.date(2025, 3, 12),
    )


def test_older_files_without_the_keys_still_open(tmp_path):
    data = assessment_file.to_dict(simple_assessment())
    assert "baseline" not in data and "key" not in data["organisation"]
    assert read_lineage(data) is None
    assert assessment_file.from_dict(data, load_index) == simple_assessment()


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d["organisation"].update(key="Not hex"), "organisation.key"),
        (lambda d: d.update(baseline={"session": "7"}), "baseline.session"),
        (lambda d: d.update(baseline={"session": 0}), "baseline.session"),
        (lambda d: d.update(baseline={"date": "12/03/2025"}), "baseline.date"),
        (lambda d: d.update(baseline={"when": "x"}), "baseline must be"),
        (lambda d: d.update(baseline=[1]), "baseline must be"),
    ],
)
def test_bad_history_keys_are_refused_in_one_line(change, message):
    data = assessment_file.to_dict(simple_assessment(), LINEAGE)
    change(data)
    with pytest.raises(FileFormatError, match=message) as raised:
        assessment_file.from_dict(data, load_index)
    assert "\n" not in str(raised.value)
