"""`studybot lookup` and `studybot content check` through click, as a user runs them."""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from bot.cli import cli

ROOT = Path(__file__).resolve().parents[2]
DECK = str(ROOT / "content")
DATA = ROOT / "tests" / "data"


def run(*args: str, stdin: str | None = None) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(args), input=stdin)
    return result.exit_code, result.output


def test_lookup_json_stdin_one_line_per_query_in_order() -> None:
    queries = ["NAT instance", "", '"NEAR OR (*', "람다 최대 실행 시간", "qqqq zzzz"]
    code, out = run("lookup", "--json", "--deck", DECK, "-", stdin="\n".join(queries) + "\n")
    assert code == 0
    answers = [json.loads(line) for line in out.splitlines()]
    assert [a["query"] for a in answers] == queries
    first = answers[0]["results"][0]
    assert first["section"] == "네트워크 - Virtual Private Cloud (VPC)"
    assert first["topic"] == "NAT Instance"
    assert isinstance(first["score"], float) and first["text"].startswith("- ")
    assert answers[1]["results"] == [] and answers[4]["results"] == []
    assert answers[3]["results"][0]["topic"] == "람다"


def test_lookup_json_single_query_and_limit() -> None:
    code, out = run("lookup", "--json", "--limit", "2", "--deck", DECK, "s3", "storage", "classes")
    assert code == 0
    (answer,) = [json.loads(line) for line in out.splitlines()]
    assert answer["query"] == "s3 storage classes"
    assert len(answer["results"]) == 2
    assert answer["results"][0]["topic"] == "S3 스토리지 클래스"


def test_lookup_human_output_has_breadcrumb_facts_and_did_you_mean() -> None:
    code, out = run("lookup", "--deck", DECK, "--limit", "1", "cloudfornt")
    assert code == 0
    assert out.startswith("Did you mean: CloudFront?")
    assert "1. 네트워킹 및 컨텐츠 전송 > CloudFront  (" in out
    assert "   - CDN 서비스, 컨텐츠 전송 네트워크" in out
    code, out = run("lookup", "--deck", DECK, "qqqq zzzz")
    assert code == 0 and "Nothing in the notes matches" in out


def test_lookup_bad_deck_is_one_line_and_exit_1(tmp_path: Path) -> None:
    bad = tmp_path / "bad.md"
    bad.write_bytes(b"### S\n1. T\n- \xfe\n")
    code, out = run("lookup", "--deck", str(bad), "x")
    assert code == 1
    assert (
        out.strip()
        == f"Error: {bad}:3: not valid UTF-8 (byte 0xfe at column 3); save the file as UTF-8"
    )
    code, out = run("lookup", "--deck", str(tmp_path / "missing"), "x")
    assert code == 1 and "no such file or directory" in out and "Traceback" not in out


def test_content_check_reports_every_section_topic_and_warning() -> None:
    code, out = run("content", "check", "--deck", DECK)
    assert code == 0
    assert "27 sections, 202 topics (10 duplicates merged)" in out
    for heading in (
        "### Getting started with AWS",
        "### 인프라 자동화",
        "### 네트워크 - VPC Endpoint",
    ):
        assert heading in out
    assert "  5. Aurora  [" in out and "+ merged from" in out
    assert "Sibling groups:" in out and "EC2 구매 옵션" in out
    assert "aws-saa-ko.md:942: empty bullet ignored" in out
    assert "aws-saa-ko.md:1049: numbering skips from 2 to 4" in out


def test_content_check_foreign_notes_and_errors(tmp_path: Path) -> None:
    code, out = run("content", "check", "--deck", str(DATA / "foreign_details_yaml.md"))
    assert code == 0 and "## Quiz yourself" in out and "1 code blocks" in out
    empty = tmp_path / "empty.md"
    empty.write_bytes(b"")
    code, out = run("content", "check", "--deck", str(empty))
    assert code == 1 and out.strip() == f"Error: {empty}: the file is empty"


def test_lookup_does_not_import_heavy_modules() -> None:
    script = (
        "import sys\n"
        "from bot.cli import cli\n"
        f"cli(['lookup', '--deck', {DECK!r}, '--json', 'ec2'], standalone_mode=False)\n"
        "heavy = [m for m in ('discord', 'slack_bolt', 'aiohttp', 'pydantic', 'matplotlib')"
        " if m in sys.modules]\n"
        "print('HEAVY', heavy)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, cwd=ROOT
    ).stdout
    assert "HEAVY []" in out


def test_bench_lookup_prints_each_figure(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.syspath_prepend(str(ROOT))
    bench_lookup = importlib.import_module("bench.bench_lookup")
    bench_lookup.main()
    out = capsys.readouterr().out
    for figure in ("load+index median", "query median", "query p99"):
        assert f"lookup {figure}: " in out


def test_content_check_reports_what_it_skipped_with_file_and_line() -> None:
    notes = DATA / "styles" / "frontmatter_toc.md"
    code, out = run("content", "check", "--deck", str(notes), "--no-groups")
    assert code == 0
    assert "11 lines skipped" in out
    assert f"{notes}:9: table of contents (4 lines)" in out
    assert f"{notes}:39: navigation links (1 line)" in out


def test_content_diff_prints_what_a_reload_would_do(tmp_path: Path) -> None:
    seed = (ROOT / "content" / "aws-saa-ko.md").read_text(encoding="utf-8")
    glossary = (ROOT / "content" / "glossary.yaml").read_text(encoding="utf-8")
    for name, text in (("same", seed + "\n## 새 단원\n- 새로 적은 사실\n"),
                       ("cut", seed.split("### 고가용성")[0])):
        (tmp_path / name).mkdir()
        (tmp_path / name / "notes.md").write_text(text, encoding="utf-8")
        (tmp_path / name / "glossary.yaml").write_text(glossary, encoding="utf-8")
    code, out = run("content", "diff", DECK, str(tmp_path / "same"))
    assert code == 0, out
    assert "retired 0 (0.0%): 0 changed, 0 gone from the notes" in out
    assert "confirm" not in out
    code, out = run("content", "diff", DECK, str(tmp_path / "cut"), "--limit", "2")
    assert code == 0, out
    assert "reload would ask an admin to confirm" in out
    assert "gone from the notes:" in out and "… and " in out
