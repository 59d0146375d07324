"""A figure said of what the line points at ('이 ___', '다음과 같이 ___', 'the
following ___'): the count is of a list or picture the question does not show,
so it is not blanked."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.figure_rules import points_elsewhere

NOTES = """### 네트워크
1. 서브넷
- 다음과 같이 4개의 서브넷을 만들어 둔다
- 한 서브넷은 하나의 가용 영역에만 속한다
2. 라우팅
- 처음 구성할 때는 이 6개를 알아 두면 편하다
- 라우팅 테이블은 서브넷마다 1개씩 연결된다
3. 보안 그룹
- 하나의 인스턴스에는 보안 그룹을 최대 5개까지 붙일 수 있다
- 규칙은 상태를 저장한다
"""


def test_the_pointing_words_are_read() -> None:
    for text, figure in (("처음에는 이 6개를 알아 두면 편하다", "6개"),
                         ("다음과 같이 4개의 서브넷을 만든다", "4개"),
                         ("Create the following 3 subnets", "3"),
                         ("these 2 rules apply first", "2")):
        assert points_elsewhere(text, text.index(figure)), text
    for text, figure in (("보안 그룹을 최대 5개까지 붙일 수 있다", "5개"),
                         ("이중화를 위해 2개의 AZ를 쓴다", "2개")):
        assert not points_elsewhere(text, text.index(figure)), text


def test_a_figure_of_what_the_line_points_at_is_not_blanked() -> None:
    clozes = [q for q in build_bank(parse_markdown(NOTES, "n.md")) if q.kind == "cloze"]
    stems = " ".join(q.prompt for q in clozes)
    assert "다음과 같이" not in stems and "이 ___" not in stems, stems
