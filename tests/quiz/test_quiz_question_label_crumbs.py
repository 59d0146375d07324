"""A heading numbered as an interview question ('Q3. …') is shown without its
number in a question's breadcrumb."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.naming import without_sequence_label

INTERVIEW = """# 클라우드 면접 질문

## Q3. 스토리지 종류를 설명해주세요

- 블록 스토리지: 볼륨을 서버 하나에 디스크로 붙여 쓰는 방식
- 파일 스토리지: 여러 서버가 하나의 디렉터리 트리를 함께 마운트하는 방식
- 객체 스토리지: 키로 데이터를 꺼내고 HTTP로 주고받는 평면 구조의 저장소
- 아카이브 스토리지: 몇 시간 걸려 꺼내는 대신 값이 아주 싼 장기 보관용 저장소
"""


def test_a_question_number_is_no_part_of_the_crumb() -> None:
    bank = build_bank(parse_markdown(INTERVIEW, "interview.md"))
    crumbs = [q.prompt.split("\\n", 1)[0] for q in bank]
    assert any("스토리지 종류를 설명해주세요" in c for c in crumbs)
    assert not any("Q3" in c for c in crumbs)


def test_labels_dropped_and_kept() -> None:
    assert without_sequence_label("Q6. EC2 요금 모델") == "EC2 요금 모델"
    assert without_sequence_label("No.3 VPC > 문제 3. 서브넷") == "VPC > 서브넷"
    assert without_sequence_label("Question 5: Web tier") == "Web tier"
    assert without_sequence_label("#12 캐시") == "캐시"
    # A label alone, a name with a number, a place word run into its text: kept.
    for kept in ("No.3", "Route 53 > EC2", "3번 출구", "2번째 단계 설명", "Step 3 배포"):
        assert without_sequence_label(kept) == kept


FOLDED = """# 면접 대비

## 문제 2. 네트워크 기초

### Q4. TCP와 UDP의 차이는?

<details>
<summary>답변 보기</summary>

TCP는 연결을 맺고 순서와 도착을 보장하며, UDP는 연결 없이 빠르게 보낸다.

</details>
"""


def test_a_flashcard_crumb_loses_the_number_too() -> None:
    cards = [q for q in build_bank(parse_markdown(FOLDED, "f.md")) if q.kind == "flashcard"]
    assert [q.context for q in cards] == ["면접 대비 > 네트워크 기초"]


def test_an_outline_number_is_no_part_of_a_breadcrumb_level() -> None:
    # '8. Multi-Value Answer' over a blank whose answer is 8개 would point at it.
    crumb = without_sequence_label("핵심 개념 > 8. Multi-Value Answer")
    assert crumb == "핵심 개념 > Multi-Value Answer"
    assert without_sequence_label("2) 혼잡 제어 > 해결 방법") == "혼잡 제어 > 해결 방법"
    # A number that is the name's own stays: '2.4 GHz 대역', '5G 네트워크', '2048 게임'.
    assert without_sequence_label("무선 > 2.4 GHz 대역") == "무선 > 2.4 GHz 대역"
    assert without_sequence_label("2048 게임") == "2048 게임"
