"""``briefing import``: a draft beside you, never over an existing file, or on stdout."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from briefing.cli import main
from briefing.importer import visitor

SEED = Path(__file__).resolve().parent / "data" / "articles" / "seed" / "newsaz-rafiyev-baghdad.txt"


def test_import_writes_stem_visit_json_and_it_validates(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["import", str(SEED)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("wrote newsaz-rafiyev-baghdad.visit.json: 4 meetings, ")
    assert main(["validate", "newsaz-rafiyev-baghdad.visit.json"]) == 0
    data = json.loads((tmp_path / "newsaz-rafiyev-baghdad.visit.json").read_text("utf-8"))
    assert data["visit"]["start"] == "2025-04-20"
    assert data["extensions"]["import"]["source_file"] == SEED.name


def test_import_never_overwrites(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "trip.visit.json"
    target.write_text("keep me", encoding="utf-8")
    assert main(["import", str(SEED), "-o", str(target)]) == 2
    assert "already exists; not overwritten" in capsys.readouterr().err
    assert target.read_text(encoding="utf-8") == "keep me"


def test_import_from_stdin_to_stdout(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _stdin(monkeypatch, SEED.read_bytes())
    assert main(["import", "-", "-o", "-"]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out)["visit"]["principal"]["name"] == "Yalchin Rafiyev"
    assert "draft from standard input: 4 meetings" in captured.err


def test_import_of_a_missing_file(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["import", "no-such-article.txt", "-o", "-"]) == 2
    assert "no-such-article.txt: cannot read" in capsys.readouterr().err


def _stdin(monkeypatch: pytest.MonkeyPatch, raw: bytes) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(raw)))


def test_windows_1252_on_stdin_imports_as_the_same_file_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    raw = SEED.read_text(encoding="utf-8").replace("-", "–").encode("cp1252", "replace")
    article = tmp_path / "article.txt"
    article.write_bytes(raw)
    assert main(["import", str(article), "-o", "-"]) == 0
    by_path = json.loads(capsys.readouterr().out)

    _stdin(monkeypatch, raw)
    assert main(["import", "-", "-o", "-"]) == 0
    by_stdin = json.loads(capsys.readouterr().out)

    for draft in (by_path, by_stdin):
        draft["extensions"]["import"]["source_file"] = None
    assert by_stdin == by_path
    assert "–" in json.dumps(by_stdin, ensure_ascii=False)


def test_stdin_is_read_up_to_the_size_limit_only(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _stdin(monkeypatch, b"x" * (10 * 1024 * 1024 + 1))

    assert main(["import", "-", "-o", "-"]) == 2

    captured = capsys.readouterr()
    assert captured.err.strip() == "standard input: too large to import: over 10 MB"
    assert captured.out == ""


def test_import_names_a_doubted_visitor_in_its_report(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["import", str(SEED), "-o", str(tmp_path / "firm.visit.json")]) == 0
    assert "visitor" not in capsys.readouterr().out

    monkeypatch.setattr(visitor, "DOUBT", 1.0)  # doubt every choice
    target = tmp_path / "doubted.visit.json"
    assert main(["import", str(SEED), "-o", str(target)]) == 0
    rival = json.loads(target.read_text("utf-8"))["extensions"]["import"]["doubts"][
        "$.visit.principal.name"
    ]["value"]
    assert (
        capsys.readouterr()
        .out.rstrip()
        .endswith(f"; check the visitor: Yalchin Rafiyev, or {rival}?")
    )


def test_import_reports_one_meeting_in_the_singular(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _stdin(
        monkeypatch,
        b"TBILISI, 3 May 2023. US Deputy Secretary of State Wendy Sherman arrived in Georgia"
        b" on Wednesday.\n\nSherman met Prime Minister Irakli Garibashvili in Tbilisi.\n",
    )
    assert main(["import", "-", "-o", "-"]) == 0
    assert "draft from standard input: 1 meeting, " in capsys.readouterr().err
