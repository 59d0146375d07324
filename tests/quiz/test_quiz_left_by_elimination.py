"""A stem that speaks one of mutually exclusive values ('for Linux hosts') rules
out a choice that speaks only another ('… for Windows'): when that leaves the
right choice alone, as in any two-choice pair, a reader with no study answers
it, and the question is dropped. Every note here is written for the test."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.notes.model import SourceRef
from bot.quiz.bank import build_bank
from bot.quiz.build import make, rejection
from bot.quiz.exclusive import left_by_elimination, ruled_out
from bot.quiz.question import PAIR

AGENTS_EN = """## Backup agents

### Vault Agent Core
- Copies changed blocks of Linux hosts every hour to the vault
- Keeps thirty daily snapshots per host

### Vault Agent Windows
- Takes shadow copies of drives on a schedule the admin sets
- Restores single files from the explorer menu
"""

AGENTS_KO = """## 백업 에이전트

### 볼트 에이전트 코어
- 리눅스 서버의 변경 블록을 매시간 볼트로 복사
- 호스트마다 일일 스냅숏 30개 보관

### 볼트 에이전트 윈도우
- 관리자가 정한 일정으로 드라이브의 섀도 복사본 생성
- 탐색기 메뉴에서 파일 하나씩 복원
"""


def _pair_asking(deck: str, name: str, clue: str) -> list[tuple[str, list[str]]]:
    bank = build_bank(parse_markdown(deck, "agents.md"))
    return [(q.prompt, q.choices) for q in bank
            if q.kind == PAIR and q.choices[q.answer] == name and clue in q.prompt]


def test_a_pair_whose_stem_names_the_answers_system_is_dropped() -> None:
    assert not _pair_asking(AGENTS_EN, "Vault Agent Core", "Linux hosts")
    assert not _pair_asking(AGENTS_KO, "볼트 에이전트 코어", "리눅스 서버")


def test_the_pair_still_asks_a_clue_that_names_no_system() -> None:
    # (The other side's clue says no system: nothing rules the wrong one out.)
    assert _pair_asking(AGENTS_EN, "Vault Agent Windows", "shadow copies")
    assert _pair_asking(AGENTS_KO, "볼트 에이전트 윈도우", "섀도 복사본")


def test_the_rule_sees_a_two_choice_pair_alone() -> None:
    common = {"sources": ["x"], "section": "s", "topic": "t", "concept": "c",
              "context": "Agents",
              "body": "Which one does this describe?\n- runs on Linux build servers",
              "correct": "Runner Classic", "wrong": ["Runner for Windows"],
              "explanation": "Runner Classic: runs on Linux build servers",
              "source": SourceRef(file="a.md", line=1)}
    assert make(PAIR, **common) is None  # type: ignore[arg-type]


def test_a_wrong_choice_left_standing_keeps_the_question() -> None:
    stem = "Which one does this describe?\n- 리눅스 서버용 병렬 파일 시스템"
    assert ruled_out(stem, "Lustre 파일 시스템", "윈도우 파일 서버")
    assert not left_by_elimination(stem, "Lustre 파일 시스템",
                                   ["윈도우 파일 서버", "블록 스토리지"])
    assert left_by_elimination(stem, "Lustre 파일 시스템", ["윈도우 파일 서버"])


def test_values_the_stem_compares_or_the_answer_shares_rule_out_nothing() -> None:
    # Both systems said: the stem compares them.
    assert not ruled_out("Linux와 Windows를 모두 지원", "Agent X", "Agent for Windows")
    # The right choice names the other system too: nothing is ruled out by it.
    assert not ruled_out("runs on Linux", "Agent for Windows and Linux", "Agent for Windows")
    # A sliding window is no operating system (Latin words match as written).
    assert not ruled_out("for Linux hosts", "Agent A", "sliding windows")
    assert ruled_out("IPv6 트래픽만 내보내는 게이트웨이", "Egress Gateway", "IPv4 NAT")
    assert ruled_out("Linux系のサーバー向け", "エージェントA", "ウィンドウズ版エージェント")


def test_a_not_question_is_left_alone() -> None:
    # Its wrong choices are true of the concept, and may say what it is not.
    q = make("not", sources=["x"], section="s", topic="t", concept="c",  # type: ignore[arg-type]
             context="Agents", body="Which is NOT true of the Linux agent?",
             correct="Backs up once a year",
             wrong=["Does not run on Windows", "Not for Windows hosts"],
             explanation="x", source=SourceRef(file="a.md", line=1))
    assert q is None or rejection(q) != "left by elimination"
