"""One line, one blank: two blanks of a line each print the other's answer
('기본 노드는 ___이며, 5개의 복제본' beside '기본 노드는 1개이며, ___의
복제본'), so a group shown both gets one free. Every note here is written for
the test."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank


def _blanks(notes: str) -> list[str]:
    return [q.prompt.rsplit("\n", 1)[-1] for q in build_bank(parse_markdown(notes, "n.md"))
            if q.kind == "cloze"]


REPLICAS = """# 캐시 노트

## 복제 구성

- 기본 노드는 1개이며, 5개의 복제본 생성 가능
- 스냅샷은 35일 동안 보관된다
"""


def test_a_line_gives_one_blank() -> None:
    blanks = _blanks(REPLICAS)
    on_line = [b for b in blanks if "복제본" in b]
    assert on_line == ["- 기본 노드는 ___이며, 5개의 복제본 생성 가능"]
    assert "- 스냅샷은 ___ 동안 보관된다" in blanks
