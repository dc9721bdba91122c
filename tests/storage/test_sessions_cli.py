"""``svmi sessions``: list --json shape, import prints the id, export, delete, one-line errors."""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys
from pathlib import Path

import pytest

from svmi_desktop.catalog import load_index
from svmi_desktop.cli.main import main
from svmi_desktop.formats import assessment_file
from svmi_desktop.storage import Store

from .conftest import rich_assessment, simple_assessment

SVMI = Path(sys.executable).with_name("svmi")


def exportable():
    a = rich_assessment()
    return dataclasses.replace(a, notes={**a.notes, "B": "Emoji 🙂 and ŵ"})


@pytest.fixture
def sample_file(tmp_path):
    path = tmp_path / "in.svmi.json"
    assessment_file.write(path, exportable())
    return path


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_list_json_shape(paths, capsys):
    code, out, _ = run(capsys, "sessions", "list", "--json", "--data-dir", str(paths.data_dir))
    assert (code, json.loads(out)) == (0, [])
    with Store.open(paths) as store:
        first = store.create_session(simple_assessment("First Org"))
        second = store.create_session(rich_assessment())
    code, out, _ = run(capsys, "sessions", "--data-dir", str(paths.data_dir), "list", "--json")
    rows = json.loads(out)
    assert code == 0
    assert [r["id"] for r in rows] == [second, first]
    for row in rows:
        assert set(row) == {"id", "organisation", "index", "date", "updated"}
    assert rows[1] == {
        "id": first,
        "organisation": "First Org",
        "index": "public-sector",
        "date": "2026-01-05",
        "updated": rows[1]["updated"],
    }
    assert rows[0]["organisation"] == rich_assessment().organisation.name
    assert rows[0]["updated"].endswith("+00:00")
    code, out, _ = run(capsys, "sessions", "list", "--data-dir", str(paths.data_dir))
    assert code == 0 and "First Org" in out and out.splitlines()[0].startswith("ID")


def test_import_prints_the_id_and_stores_the_file(paths, capsys, sample_file):
    code, out, _ = run(
        capsys, "sessions", "import", str(sample_file), "--data-dir", str(paths.data_dir)
    )
    assert code == 0
    sid = int(out.strip())
    with Store.open(paths) as store:
        assert store.load(sid) == exportable()
        (summary,) = store.list_sessions()
    assert summary.asked == len(load_index("public-sector").asked_ids)
    assert summary.answered == len(exportable().answers)
    assert summary.present_mean is not None


def test_show_prints_the_assessment_file_json(paths, capsys, sample_file):
    _, out, _ = run(
        capsys, "sessions", "import", str(sample_file), "--data-dir", str(paths.data_dir)
    )
    code, out, _ = run(capsys, "sessions", "show", out.strip(), "--data-dir", str(paths.data_dir))
    assert code == 0
    shown = json.loads(out)
    assert len(shown["organisation"].pop("key")) == 16  # issue 14: the organisation's key
    assert shown == assessment_file.to_dict(exportable())


def test_export_writes_the_file_and_refuses_to_overwrite(paths, capsys, sample_file, tmp_path):
    _, out, _ = run(
        capsys, "sessions", "import", str(sample_file), "--data-dir", str(paths.data_dir)
    )
    sid = out.strip()
    target = tmp_path / "out.svmi.json"
    code, _, _ = run(
        capsys, "sessions", "export", sid, "-o", str(target), "--data-dir", str(paths.data_dir)
    )
    assert code == 0
    written = json.loads(target.read_text(encoding="utf-8"))
    assert len(written["organisation"].pop("key")) == 16  # issue 14: the organisation's key
    assert written == json.loads(sample_file.read_text(encoding="utf-8"))
    assert assessment_file.read(target, load_index) == exportable()
    # With its key, the file round-trips byte for byte: import it again and export that.
    _, again, _ = run(capsys, "sessions", "import", str(target), "--data-dir", str(paths.data_dir))
    twice = tmp_path / "twice.svmi.json"
    code, _, _ = run(
        capsys,
        "sessions",
        "export",
        again.strip(),
        "-o",
        str(twice),
        "--data-dir",
        str(paths.data_dir),
    )
    assert code == 0 and twice.read_bytes() == target.read_bytes()
    first_export = target.read_bytes()
    target.write_text("keep me")
    code, _, err = run(
        capsys, "sessions", "export", sid, "-o", str(target), "--data-dir", str(paths.data_dir)
    )
    assert code == 2 and "--force" in err and err.count("\n") == 1
    assert target.read_text() == "keep me"
    code, _, _ = run(
        capsys,
        "sessions",
        "export",
        sid,
        "-o",
        str(target),
        "--force",
        "--data-dir",
        str(paths.data_dir),
    )
    assert code == 0 and target.read_bytes() == first_export


def test_delete_removes_for_good(paths, capsys, sample_file):
    _, out, _ = run(
        capsys, "sessions", "import", str(sample_file), "--data-dir", str(paths.data_dir)
    )
    sid = out.strip()
    code, out, _ = run(capsys, "sessions", "delete", sid, "--data-dir", str(paths.data_dir))
    assert code == 0 and f"Deleted session {sid}" in out
    _, out, _ = run(capsys, "sessions", "list", "--json", "--data-dir", str(paths.data_dir))
    assert json.loads(out) == []
    name = exportable().organisation.name.encode()
    assert name not in paths.database.read_bytes()  # purged when the command ended


def test_list_while_the_app_holds_the_store(paths, capsys):
    with Store.open(paths) as store:
        store.create_session(simple_assessment("Open In App"))
        code, out, _ = run(capsys, "sessions", "list", "--json", "--data-dir", str(paths.data_dir))
        assert code == 0 and json.loads(out)[0]["organisation"] == "Open In App"
        code, _, err = run(capsys, "sessions", "delete", "1", "--data-dir", str(paths.data_dir))
        assert code == 2 and "already open in another window" in err


@pytest.mark.parametrize(
    "argv, fragment",
    [
        (["show", "99"], "no session 99"),
        (["export", "99", "-o", "x.svmi.json"], "no session 99"),
        (["delete", "99"], "no session 99"),
        (["import", "missing.svmi.json"], "does not exist"),
    ],
)
def test_user_errors_are_one_line_exit_2(paths, capsys, argv, fragment, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with Store.open(paths) as store:
        store.create_session(simple_assessment())
    code, _, err = run(capsys, "sessions", *argv, "--data-dir", str(paths.data_dir))
    assert code == 2
    assert fragment in err and err.count("\n") == 1 and "Traceback" not in err


def test_a_bad_id_is_a_usage_error(paths, capsys):
    with pytest.raises(SystemExit) as info:
        main(["sessions", "show", "abc", "--data-dir", str(paths.data_dir)])
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert "invalid int value" in err and err.count("\n") == 1


def test_import_of_a_bad_file_stores_nothing(paths, capsys, tmp_path):
    bad = tmp_path / "bad.svmi.json"
    bad.write_text('{"format": "svmi-assessment", "version": 1, "index": "nope"}')
    code, _, err = run(capsys, "sessions", "import", str(bad), "--data-dir", str(paths.data_dir))
    assert code == 2 and "unknown index" in err
    assert not paths.database.exists()


@pytest.mark.skipif(not SVMI.exists(), reason="the svmi console script is not installed")
def test_console_script_end_to_end(paths, sample_file):
    def svmi(*argv):
        return subprocess.run(
            [str(SVMI), "sessions", *argv, "--data-dir", str(paths.data_dir)],
            capture_output=True,
            text=True,
            timeout=60,
        )

    imported = svmi("import", str(sample_file))
    assert imported.returncode == 0, imported.stderr
    sid = imported.stdout.strip()
    listed = svmi("list", "--json")
    assert [r["id"] for r in json.loads(listed.stdout)] == [int(sid)]
    missing = svmi("show", "12345")
    assert missing.returncode == 2
    assert missing.stderr.startswith("svmi: ") and missing.stderr.count("\n") == 1
    assert "Traceback" not in missing.stderr
