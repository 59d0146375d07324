"""A clue most of whose words one line of a sibling also writes says what that
line says: the sibling is no wrong choice beside it. Notes written for the test."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.nearest import words_held

TERMS = """# 클라우드 용어

## 각 서비스 정리

1. Streamhub
    - 초당 수백만 건의 클릭 이벤트를 파티션 단위로 받아 순서대로 처리
    - 전달기 : 들어오는 이벤트를 데이터 웨어하우스와 객체 저장소에 적재
2. Appmeter
    - 신규 사용자와 기존 사용자의 유지율, 인앱 결제 수익을 측정
    - 모은 데이터를 객체 저장소 및 데이터 웨어하우스로 자동 적재하고 맞춤 분석 가능
3. Phonelab
    - 실제 휴대폰 수백 대에서 앱을 병렬로 자동 테스트
    - 테스트마다 화면 녹화와 성능 로그를 남김
4. Shipline
    - 커밋이 들어오면 빌드, 테스트, 배포 단계를 차례로 실행
    - 단계마다 승인 규칙을 걸 수 있음
"""


def test_a_sibling_whose_line_says_the_clue_is_not_offered() -> None:
    # 'loads into the warehouse and object store' is what Appmeter's line says too.
    for q in build_bank(parse_markdown(TERMS, "terms.md")):
        if q.correct_choice == "Streamhub" and "웨어하우스와 객체 저장소" in q.prompt:
            assert "Appmeter" not in q.choices, q.prompt


def test_words_held_counts_content_words_once() -> None:
    line = "모은 데이터를 객체 저장소 및 데이터 웨어하우스로 자동 적재하고 맞춤 분석 가능"
    clue = "전달기 : 들어오는 이벤트를 데이터 웨어하우스와 객체 저장소에 적재"
    assert words_held(clue, line) >= 0.6
    assert words_held("신규 사용자와 기존 사용자의 유지율을 측정", line) == 0.0
    # A field label both lines open on ('What it is:') is no word they share.
    assert words_held("What it is: optimised relational engine",
                      "What it is: serverless document store") == 0.0
