"""A line that is only a figure and a particle ('5초마다' in a list under a long
line saying when a journal is flushed) says what the figure is of only beside
the line above it, which a breadcrumb does not show whole: no blank is made on
it. A short line that says something of its own still is. Every note here is
written for the test."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank

NOTES = """# 저장소 노트

## 저널 기록

- 저널 버퍼의 내용은 아래와 같은 경우에 디스크의 저널 파일로 옮겨서 기록하게 된다
  - 트랜잭션이 커밋될 때
  - 버퍼가 절반 이상 찼을 때
  - 5초마다
- 저널 파일은 최소 2개를 번갈아 쓴다
- 체크포인트는 기본 10분마다 실행된다
"""


def test_a_figure_with_only_a_particle_is_not_blanked() -> None:
    blanks = [q.prompt.rsplit("\n", 1)[-1] for q in build_bank(parse_markdown(NOTES, "n.md"))
              if q.kind == "cloze"]
    assert "- ___마다" not in blanks
    assert "- 체크포인트는 기본 ___마다 실행된다" in blanks
