"""A near twin left out of the choices (confusables) is still of the answer's
kind. When it was the answer's only rival of that kind, the answer asked among
the rest stands out: a host among pricing plans, the one edge function among
caching features. Such a question is not asked; one whose kind keeps two
rivals beside the answer still is."""

from __future__ import annotations

from quiz_decks import Node, make_deck

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank

_BILLING: list[Node] = [
    ("온디맨드 인스턴스", ["초 단위로 쓴 만큼만 요금을 냄",
                      "약정 없이 언제든 켜고 끌 수 있어 짧은 실험에 알맞음"]),
    ("스팟 인스턴스", ["남는 용량을 입찰하듯 싸게 빌려 씀",
                    "회수되기 2분 전에 중단 알림을 받음"]),
    ("예약 인스턴스", ["1년 또는 3년 약정으로 요금을 깎음",
                    "선결제 방식에 따라 할인 폭이 달라짐"]),
    ("절약 플랜", ["시간당 지출 금액을 약정하는 방식",
                "Fargate와 Lambda 요금에도 할인이 적용됨"]),
    ("전용 호스트", ["소켓과 코어 수까지 보이는 장비 한 대를 통째로 빌려 시간당 요금을 냄",
                  "코어 단위로 매기는 소프트웨어 라이선스를 그대로 가져올 때 씀"]),
    ("전용 인스턴스", ["다른 계정과 하드웨어를 나누지 않고 실행됨",
                    "어느 호스트에 놓일지는 AWS가 정함"]),
]


def test_an_answer_whose_only_name_kin_is_its_twin_is_not_asked() -> None:
    bank = build_bank(make_deck({"EC2": {"EC2 요금 옵션": _BILLING}}))
    # '전용 인스턴스', the one other '전용 …', is its twin: among '… 인스턴스'
    # and '절약 플랜' the host would stand out.
    assert not [q for q in bank if q.kind == "name" and q.correct_choice == "전용 호스트"]
    # The twin itself keeps its kind ('… 인스턴스'): still asked, without the host.
    asked = [q for q in bank if q.kind == "name" and q.correct_choice == "전용 인스턴스"]
    assert asked
    assert all("전용 호스트" not in q.choices for q in asked)


_EDGE: list[Node] = [
    ("Origin Shield", ["오리진 앞에 캐시 계층을 하나 더 둠",
                      "오리진까지 가는 요청 수를 줄여 부하를 낮춤"]),
    ("Origin Group", ["기본 오리진과 보조 오리진을 한 묶음으로 둠",
                     "기본 오리진이 실패하면 보조 오리진으로 넘김"]),
    ("Price Classes", ["요금 등급에 따라 배포에 쓰는 엣지 로케이션 범위를 줄임",
                      "가장 싼 등급은 북미와 유럽 로케이션만 씀"]),
    ("Signed URLs", ["만료 시각이 있는 주소로 비공개 콘텐츠를 내어 줌",
                    "키 페어로 서명한 주소만 통과시킴"]),
    ("Lambda@Edge", ["뷰어와 오리진의 요청 응답 이벤트마다 함수 코드를 실행",
                    "Node.js와 Python 런타임으로 몇 초까지 돌아감"]),
    ("CloudFront Functions", ["뷰어 요청 응답 이벤트에서만 가벼운 함수 코드를 실행",
                             "1밀리초 안에 끝나는 헤더 고치기에 알맞음"]),
]


def test_words_only_the_left_out_twin_shares_point_at_the_answer() -> None:
    bank = build_bank(make_deck({"CloudFront": {"CloudFront 기능": _EDGE}}))
    # '요청 응답 이벤트', '함수 코드를 실행': said of the two edge functions alone;
    # with the other left out, the stem points at the one function offered.
    for question in bank:
        if question.correct_choice in ("Lambda@Edge", "CloudFront Functions"):
            assert not ("함수" in question.prompt and "이벤트" in question.prompt), question


_LINKS: list[Node] = [
    "Site-to-Site VPN : 온프레미스 데이터센터와 몇 분 만에 이어 주는 방식",
    "Direct Connect : 전용 회선으로 온프레미스 데이터센터와 연결해 대역폭이 일정함",
    "Interface Endpoint : 서브넷의 ENI로 AWS API를 사설 IP에서 호출",
    "Gateway Endpoint : 라우트 테이블 대상으로 S3와 DynamoDB에 무료로 접근",
    "NAT Gateway : 사설 서브넷 인스턴스의 아웃바운드 인터넷 접속을 대신함",
]


def test_a_term_list_leaves_its_twin_out_of_the_kind_too() -> None:
    bank = build_bank(make_deck({"AWS": {"부품": _LINKS}}))
    # '온프레미스 데이터센터': said of the VPN and Direct Connect alone; with
    # Direct Connect left out, it points at the VPN among the endpoints.
    for question in bank:
        if question.correct_choice == "Site-to-Site VPN":
            assert "온프레미스" not in question.prompt, question.prompt


# Invented figures in a wide table (a long cell keeps its rows from being asked whole).
_LONG_CELL = ("초 단위로 매기며, 약정 없이 언제든 켜고 끌 수 있어 쓴 만큼만 내지만"
              " 오래 써도 할인은 전혀 받지 못하는 가장 단순한 방식")
_OPTIONS_TABLE = f"""## EC2
### 구매 옵션 비교
| 옵션 | 할인 | 과금 방식 | 어울리는 일 |
| --- | --- | --- | --- |
| On-Demand | 없음 | {_LONG_CELL} | 짧은 실험 |
| Reserved Instances | 최대 70% | 1년 또는 3년 약정 | 밤낮없이 도는 DB |
| Savings Plans | 최대 65% | 시간당 금액 약정 | 오래 도는 여러 서비스 |
| Spot Instances | 최대 85% | 남는 용량 입찰 | 끊겨도 되는 배치 |
| Dedicated Hosts | 없음 | 서버 단위 | 코어 단위 라이선스 |
| Dedicated Instances | 없음 | 인스턴스 단위 | 남과 장비를 나누지 않음 |
"""


def test_a_table_cell_never_offers_the_twin_row() -> None:
    bank = build_bank(parse_markdown(_OPTIONS_TABLE, "notes.md"))
    cells = {q.correct_choice: q.choices for q in bank
             if q.kind == "match" and q.prompt.count("\n- ") == 1}
    # '최대 70%' or '최대 65%': either plan's discount is near the other's.
    assert "Savings Plans" not in cells["Reserved Instances"]
    assert "Reserved Instances" not in cells["Savings Plans"]
    # Among '… Instances' rows, Dedicated Instances keeps its kind without its twin.
    assert "Dedicated Hosts" not in cells["Dedicated Instances"]
    # Dedicated Hosts' one rival of its name ('Dedicated …') is its twin: among
    # instances and plans, '코어 단위 라이선스' would point at the one host.
    assert "Dedicated Hosts" not in cells
