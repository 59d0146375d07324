"""A deck's typos.txt sets right the words its notes misspell in what the
questions show, never in the notes, the source passage or lookup."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

from bot.decks.archive import read_upload
from bot.decks.build import build
from bot.decks.files import read_deck
from bot.quiz.typos import load_typos, parse_typos, typo_fixer

NOTES = """# 스토리지

### 스토리지 서비스
1. 스토리지 서비스 비교
- S3 : 객체 스트리지, 정적 웹사이트 호스팅에도 사용
- EFS : NFS 프로토콜 지원, 리눅스 네트워크 파일 시스템
- FSx for Windows : SMB 프로토콜 지원, 윈도우 네트워크 파일 시스템
- FSx for Lustre : 고성능 벙렬처리, 고성능 컴퓨팅을 위한 리눅스 파일 시스템
- EBS : EC2 인스턴스에 연결 가능한 블록 스트리지, 동일 가용영역 내에서만 연결 가능
- Instance Store : 재부팅 시 데이터가 사라지는 임시 블록 스트리지
"""

TYPOS = """# found by readers
스트리지 -> 스토리지

벙렬처리 -> 병렬처리
"""


def _folder(tmp_path: Path, typos: str | None) -> Path:
    deck = tmp_path / "deck"
    deck.mkdir(parents=True)
    (deck / "storage.md").write_text(NOTES, encoding="utf-8")
    if typos is not None:
        (deck / "typos.txt").write_text(typos, encoding="utf-8")
    return deck


def _shown(question: object) -> str:
    from bot.quiz.question import Question

    assert isinstance(question, Question)
    return "\n".join((question.prompt, *question.choices))


def test_listed_slips_are_fixed_in_stems_and_choices_only(tmp_path: Path) -> None:
    built = build(read_deck("deck", _folder(tmp_path, TYPOS)))
    shown = [_shown(q) for q in built.questions]
    assert any("병렬처리" in s for s in shown)
    assert any("스토리지" in s for s in shown)
    assert not any("스트리지" in s or "벙렬처리" in s for s in shown)
    # The lesson's choice labels follow the choices ('- choice — what the notes say').
    labels = [line[2:].split(" — ")[0] for q in built.questions
              for line in q.explanation.splitlines() if " — " in line]
    assert any("병렬처리" in label for label in labels)
    assert not any("벙렬처리" in label or "스트리지" in label for label in labels)
    # So do the facts that teach each choice: a member reads them after answering.
    lessons = "\n".join(q.explanation for q in built.questions)
    assert "스토리지" in lessons
    assert "스트리지" not in lessons and "벙렬처리" not in lessons
    # The notes and what lookup quotes keep the notes' own words.
    facts = [f.text for t in built.deck.topics() for f in t.all_facts()]
    assert any("벙렬처리" in f for f in facts)
    passage = " ".join(r.text for r in built.lookup.search("FSx for Lustre").hits)
    assert "벙렬처리" in passage and "병렬처리" not in passage
    assert built.deck.warnings == ()


def test_a_deck_without_typos_is_unchanged(tmp_path: Path) -> None:
    without = build(read_deck("deck", _folder(tmp_path, None)))
    empty = build(read_deck("deck", _folder(tmp_path / "b", "# nothing yet\n")))
    assert without.questions == empty.questions
    assert any("벙렬처리" in _shown(q) for q in without.questions)


def test_malformed_lines_are_warned_with_file_and_line_and_skipped(tmp_path: Path) -> None:
    text = ("스트리지 -> 스토리지\n"
            "벙렬처리 병렬처리\n"          # no arrow
            " -> 스토리지\n"               # no slip
            "a -> b -> c\n"                # two arrows
            "같은 -> 같은\n"               # no change
            "스트리지 -> 스토르지\n"       # a second fix for one slip
            "\n# comment -> ignored\n")
    typos = parse_typos(text, "deck/typos.txt")
    assert dict(typos.fixes) == {"스트리지": "스토리지"}
    assert [str(w.source) for w in typos.warnings] == [
        "deck/typos.txt:2", "deck/typos.txt:3", "deck/typos.txt:4", "deck/typos.txt:5",
        "deck/typos.txt:6"]
    built = build(read_deck("deck", _folder(tmp_path, text)))
    assert [str(w.source) for w in built.deck.warnings][-5:] == [
        "deck/typos.txt:2", "deck/typos.txt:3", "deck/typos.txt:4", "deck/typos.txt:5",
        "deck/typos.txt:6"]
    assert not any("스트리지" in _shown(q) for q in built.questions)


def test_only_whole_tokens_are_replaced() -> None:
    fix = typo_fixer({"스트리지": "스토리지", "recieve": "receive",
                      "객체 스트리지": "객체 스토리지"})
    assert fix("객체 스트리지, 블록 스트리지") == "객체 스토리지, 블록 스토리지"
    assert fix("스트리지를 사용") == "스트리지를 사용"  # a longer word stays
    assert fix("S3스트리지") == "S3스트리지"
    assert fix("recieved, recieve.") == "recieved, receive."
    assert fix("객체  스트리지") == "객체 스토리지"  # spacing as the notes write it
    assert typo_fixer({})("스트리지") == "스트리지"


def test_load_typos_reads_the_folder_and_a_missing_file_lists_none(tmp_path: Path) -> None:
    assert dict(load_typos(tmp_path).fixes) == {}
    (tmp_path / "typos.txt").write_bytes("스트리지 -> 스토리지\n".encode() + b"\xff\xfe\n")
    typos = load_typos(tmp_path)  # a byte that is no UTF-8 is a warning, never a crash
    assert dict(typos.fixes) == {"스트리지": "스토리지"}
    assert [str(w.source) for w in typos.warnings] == [f"{tmp_path / 'typos.txt'}:2"]


def test_an_uploaded_zip_brings_its_typos(tmp_path: Path) -> None:
    data = io.BytesIO()
    with zipfile.ZipFile(data, "w") as archive:
        archive.writestr("vault/storage.md", NOTES)
        archive.writestr("vault/typos.txt", TYPOS)
    files = read_upload("vault.zip", data.getvalue())
    assert files.typos == ("vault/typos.txt", TYPOS)
    assert not any("벙렬처리" in _shown(q) for q in build(files).questions)


def test_quiz_command_applies_typos_and_warns_on_stderr(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from bot.cli import cli

    deck = _folder(tmp_path, TYPOS + "벙렬처리 병렬처리\n")
    result = CliRunner().invoke(cli, ["quiz", "bank", "--json", "--deck", str(deck)])
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    shown = ["\n".join((r["prompt"], *r["choices"])) for r in rows]
    assert any("병렬처리" in s for s in shown)
    assert not any("벙렬처리" in s or "스트리지" in s for s in shown)
    assert "typos.txt:5" in result.stderr
