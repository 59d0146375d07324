"""`studybot quiz bank|sample`: the JSON contract and the readable rendering."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from bot.cli import cli

NOTES = """# Deck

### 머신러닝
1. Comprehend
- 텍스트 안에서 특정 항목을 찾아내는 서비스
- 부정적인 후기 찾기
2. Polly
- 텍스트를 음성으로 바꾸는 서비스
3. Textract
- 스캔 문서에서 문자, 테이블, 양식 추출 서비스
4. SageMaker
- 머신러닝 모델을 구축, 훈련 및 배포 하는 서비스
- 최대 15개 모델 동시 배포
"""


def _run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_bank_json_follows_the_contract(tmp_path: Path) -> None:
    deck = tmp_path / "notes.md"
    deck.write_text(NOTES, encoding="utf-8")
    code, out, _ = _run("quiz", "bank", "--json", "--deck", str(deck))
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert rows
    for row in rows:
        assert {"id", "kind", "prompt", "choices", "answer", "explanation", "source"} <= set(row)
        assert row["source"]["section"] == "머신러닝" and row["source"]["file"] == str(deck)
        assert 0 <= row["answer"] < len(row["choices"])
    again = _run("quiz", "bank", "--json", "--deck", str(deck))[1]
    assert again == out


def test_json_without_its_answer_names_no_answer(tmp_path: Path) -> None:
    """A blind judge is handed each line without `answer` and `explanation`:
    no other field may carry the right choice's name (the concept key did)."""
    deck = tmp_path / "notes.md"
    deck.write_text(NOTES, encoding="utf-8")
    out = _run("quiz", "bank", "--json", "--deck", str(deck))[1]
    rows = [json.loads(line) for line in out.splitlines()]
    names = [row for row in rows if row["kind"] == "name"]
    assert names
    for row in names:
        right = row["choices"][row["answer"]].casefold()
        shown = {key: value for key, value in row.items()
                 if key not in {"answer", "explanation", "choices", "source"}}
        assert right not in json.dumps(shown, ensure_ascii=False).casefold()
        contract = {"id", "kind", "prompt", "choices", "answer", "explanation", "source", "back"}
        assert set(row) <= contract


def test_sample_is_the_same_for_the_same_seed(tmp_path: Path) -> None:
    deck = tmp_path / "notes.md"
    deck.write_text(NOTES, encoding="utf-8")
    args = ("quiz", "sample", "--json", "--n", "2", "--seed", "3", "--deck", str(deck))
    first = _run(*args)[1]
    assert len(first.splitlines()) == 2
    assert _run(*args)[1] == first


def test_readable_rendering(tmp_path: Path) -> None:
    deck = tmp_path / "notes.md"
    deck.write_text(NOTES, encoding="utf-8")
    code, out, _ = _run("quiz", "sample", "--n", "1", "--deck", str(deck))
    assert code == 0
    assert "머신러닝" in out and "A. " in out and "answer: " in out and "notes.md:" in out


def test_empty_bank_is_a_clear_message(tmp_path: Path) -> None:
    deck = tmp_path / "notes.md"
    deck.write_text("### 혼자\n1. 주제\n- 설명 하나\n", encoding="utf-8")
    code, out, err = _run("quiz", "bank", "--deck", str(deck))
    assert code == 1 and "no questions" in err and "Traceback" not in out + err
    code, out, err = _run("quiz", "bank", "--json", "--deck", str(deck))
    assert code == 0 and out == "" and "no questions" in err


def test_unreadable_notes_are_one_line(tmp_path: Path) -> None:
    code, out, err = _run("quiz", "bank", "--json", "--deck", str(tmp_path / "missing.md"))
    assert code == 1
    assert "missing.md" in err and "Traceback" not in out + err
    assert len(err.strip().splitlines()) == 1


CARDS_ONLY = """# 복습 문제

## 캐시 적중률은 무엇일까요?

요청 가운데 캐시에서 바로 응답한 요청의 비율

## 쓰기 지연 방식에서 디스크에 쓰는 시점은 언제일까요?

캐시 블록이 교체되어 밀려날 때
"""


def test_a_deck_of_flashcards_only_says_so(tmp_path: Path) -> None:
    deck = tmp_path / "review.md"
    deck.write_text(CARDS_ONLY, encoding="utf-8")
    code, out, err = _run("quiz", "bank", "--deck", str(deck))
    assert code == 1 and "no multiple-choice questions" in err
    assert "2 flashcards (`--flashcards`)" in err
    code, out, err = _run("quiz", "bank", "--json", "--deck", str(deck))
    assert code == 0 and out == "" and "2 flashcards" in err
    code, out, _ = _run("quiz", "bank", "--json", "--flashcards", "--deck", str(deck))
    assert code == 0 and len(out.splitlines()) == 2


def test_notes_whose_candidates_all_fail_say_so(tmp_path: Path) -> None:
    # Three tools side by side, each described only by its own name: the
    # material is there, and every candidate fails a precision check.
    deck = tmp_path / "notes.md"
    deck.write_text("# 정리\n\n## 도구\n\n### Alpha\n- Alpha\n\n### Beta\n- Beta\n\n"
                    "### Gamma\n- Gamma\n", encoding="utf-8")
    code, out, err = _run("quiz", "bank", "--json", "--deck", str(deck))
    assert code == 0 and out == "" and "precision check" in err
    # Nothing side by side: the notes lack the material, as before.
    deck.write_text("### 혼자\n1. 주제\n- 설명 하나\n", encoding="utf-8")
    code, out, err = _run("quiz", "bank", "--json", "--deck", str(deck))
    assert "needs sibling topics" in err and "precision check" not in err
