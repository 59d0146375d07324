"""Counts and figures a reader works out from the question itself: a sum or a
product in the heading, numbers of the heading or counts spelt in words whose
product, sum or quotient is the answer, a count one off another said with one
thing in or out ('4계층(하드웨어 포함)'), two slash pairs under a count of
combinations, a list of as many items anywhere in the line or in the heading
right over it, and a conclusion the line draws from its own figures ('1씩
늘린다. 즉, …'). Every note here is written for the test."""

from __future__ import annotations

import pytest

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.count_clues import derivable_count, list_sizes, listed_nearby
from bot.quiz.figure_rules import drawn_from_figures, points_elsewhere


def _stems(notes: str) -> str:
    return "\n".join(q.prompt for q in build_bank(parse_markdown(notes, "n.md"))
                     if "___" in q.prompt)


WORKED = """# 배포
## 배치 조합 (3 × 2)
- 리전과 계정을 엮으면 6가지 배치 방식이 나온다
## 읽기 노드 4개, 쓰기 노드 2개
- 클러스터의 노드는 모두 6개가 된다
## 사본
- 각 영역에 2개의 사본을 두고 세개의 영역에 걸치므로 모두 6개의 사본이 생긴다
## 전달 방식
- Push/Pull과 Unicast/Broadcast의 두 축을 엮으면 4가지 조합이 된다
## 저장 등급
- Hot, Warm, Cold, Frozen 중에서 고르는 4가지 등급이 있다
## 발급 대상: 액세스, 리프레시, 아이디
- 발급 서버는 3가지 토큰을 서명한다
## 창 크기
- 확인 응답마다 창을 1씩 키운다. 즉, 한 왕복이 지나면 창 크기가 2배로 된다
## 보관
- 로그는 최대 30일까지 보관한다
- 감사 기록은 7년 동안 보관한다
"""


def test_a_count_worked_out_from_the_question_is_not_blanked() -> None:
    stems = _stems(WORKED)
    for shown in ("___ 배치 방식", "모두 ___이(가) 된다", "모두 ___의 사본", "___ 조합",
                  "___ 등급", "___ 토큰", "창 크기가 ___"):
        assert shown not in stems, (shown, stems)
    assert "최대 ___까지 보관" in stems and "___ 동안 보관" in stems, stems


@pytest.mark.parametrize(("text", "figure", "crumb", "derivable"), [
    ("클러스터의 노드는 모두 6개가 된다", "6", "클러스터 > 읽기 노드 4개, 쓰기 노드 2개", True),
    ("각 영역에 2개의 사본, 세개의 영역에 모두 6개", "6", "", True),
    ("각 영역에 2개의 사본, 세개의 영역에 모두 6개", "2", "", True),
    ("Three zones hold 6 copies, 2 in each", "2", "", True),
    ("Push/Pull과 Unicast/Broadcast의 두 축으로 4가지 조합", "4", "", True),
    ("처음엔 3개의 논리 층이었으나 지금은 4계층(하드웨어 포함) 모델", "3", "", True),
    ("처음엔 3개의 논리 층이었으나 지금은 4계층(하드웨어 포함) 모델", "4", "", True),
    ("The tree has 7 nodes, including the root, and 6 edges", "7", "", True),
    ("처음엔 3개의 논리 층이었으나 지금은 4계층 모델", "4", "", False),
    # Digits of the line alone are shows_arithmetic's; nothing else here adds up.
    ("3개의 AZ에 총 6개의 사본", "6", "RDS, Aurora, ElastiCache > Aurora", False),
    ("I/O 요청은 최대 4개까지 묶는다", "4", "", False),
    ("EC2 인스턴스는 최대 5개의 보안 그룹", "5", "VPC > 보안 그룹", False),
])
def test_counts_given_otherwise_than_as_digits(text: str, figure: str, crumb: str,
                                                derivable: bool) -> None:
    start = text.index(figure)
    count = int(figure)
    assert derivable_count(text, start, start + len(figure), count, crumb) is derivable


@pytest.mark.parametrize(("text", "sizes"), [
    ("Hot, Warm, Cold, Frozen 중에서 고르는 옵션", [4]),
    ("액세스, 리프레시, 아이디 및 세션 토큰이 있다", [4]),
    ("公有、私有、混合三种", [3]),
    # One comma and a 와 is a clause going on ('있는데, 아래와 같다').
    ("방식으로는 세 가지가 있는데, 아래와 같다", []),
    ("파일을 만들고, 옮겨서 저장하며, 지운다", []),
    ("inbound, outbound 각각 규칙", []),
])
def test_lists_are_read_wherever_they_stand(text: str, sizes: list[int]) -> None:
    assert list_sizes(text) == sizes


def test_only_the_nearest_heading_lists_for_any_count() -> None:
    text = "3개의 AZ에 걸친다"
    assert listed_nearby(text, 0, 2, 3, "구성 > 보안: 암호화, 인증, 감사")
    # A heading higher up lists other things (the noun-matched rule reads those).
    assert not listed_nearby(text, 0, 2, 3, "RDS, Aurora, ElastiCache > Aurora")


@pytest.mark.parametrize(("text", "figure", "drawn"), [
    ("확인 응답마다 창을 1씩 키운다. 즉, 한 왕복이 지나면 2배", "2배", True),
    ("There are three zones, so 6 copies in all", "6", True),
    ("각 영역에 2개씩 두기 때문에 6개가 된다", "6개", True),
    ("비용은 O(1+2t), 즉! O(1)", "1)", True),
    # A conclusion with no figure before it, or one that ended before the blank.
    ("즉, 한 왕복이 지나면 2배", "2배", False),
    ("비용은 O(1), 즉 상수 시간이다. 최악은 O(n)이다", "n)", False),
])
def test_a_conclusion_drawn_from_figures(text: str, figure: str, drawn: bool) -> None:
    assert drawn_from_figures(text, text.rindex(figure)) is drawn


def test_a_bound_the_line_works_out_is_not_blanked() -> None:
    notes = ("# 분석\n## 분할 상환\n"
             "- 배열을 두 배로 늘리는 스택의 push는 O(1+2t)의 비용, 즉 O(1)을 갖는다\n"
             "- 가장 나쁜 경우 한 번의 push는 O(n) 시간이 걸린다\n")
    stems = _stems(notes)
    assert "즉 O(___)" not in stems, stems
    assert "push는 O(___) 시간" in stems or "경우 한 번의 push는 O(___)" in stems, stems


def test_a_list_below_pointed_at_with_wa_is_elsewhere() -> None:
    text = "수행하는 방식으로는 3가지가 있는데, 아래와 같다"
    assert points_elsewhere(text, text.index("3가지"))
