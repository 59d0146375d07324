"""Comparisons the notes make ("A vs B"): which statement is true of one side."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.covering import covers

NOTES = """### 네트워킹
1. CloudFront vs Global Accelerator
- CloudFront
\t- 변화하는 동적인 IP 주소 세트를 사용
\t- 엣지 로케이션 사용
\t- http 프로토콜을 처리하는데 적합
- Global Accelerator
\t- 고정된 IP주소를 사용
\t- 엣지 로케이션 사용
\t- tcp/udp 프로토콜을 처리하는데 적합
2. EBS VS EFS
- EBS 볼륨은 하나의 AZ에 종속
- EBS 볼륨은 한 번에 하나의 인스턴스와 결합
- EFS 는 여러 AZ의 인스턴스에서 함께 마운트 가능
"""


def test_each_side_is_asked_against_the_others_statements() -> None:
    asked = [q for q in build_bank(parse_markdown(NOTES, "n.md")) if q.kind == "versus"]
    by_answer = {q.correct_choice: q for q in asked}
    assert "고정된 IP주소를 사용" in by_answer
    assert "여러 AZ의 인스턴스에서 함께 마운트 가능" in by_answer  # subject taken off
    for q in asked:
        # A line said of both sides is true of either: never a choice.
        assert "엣지 로케이션 사용" not in q.choices
        assert not any(name in c for c in q.choices for name in ("EBS", "EFS", "CloudFront"))
        assert " — " in q.explanation


# Each side named on a line of its own, its bullets after it (not under it).
LABELLED = """### Network security
#### Security Groups vs Network ACLs

**Security Groups:**

* Stateful
* Instance-level
* Allow rules only

**Network ACLs:**

* Stateless
* Subnet-level
* Explicit allow and deny

**Exam traps:**

* Both are free to use
"""


def test_sides_named_on_lines_of_their_own_take_the_bullets_after_them() -> None:
    asked = [q for q in build_bank(parse_markdown(LABELLED, "n.md")) if q.kind == "versus"]
    by_answer = {q.correct_choice: q for q in asked}
    assert "Stateful" in by_answer and "Stateless" in by_answer
    assert "of Security Groups, not of Network ACLs" in by_answer["Stateful"].prompt
    for q in asked:
        # The bullets after another label belong to no side.
        assert "Both are free to use" not in q.choices


def test_a_side_written_with_a_colon_still_names_its_bullets() -> None:
    short = """### 메시징
1. SQS vs SNS
- SQS:
\t- 소비자가 폴링 방식으로 메시지를 가져옴
\t- 소비자가 처리한 메시지를 대기열에서 삭제
- SNS:
\t- 푸시 방식으로 구독자에게 메시지를 보냄
\t- 하나의 메시지를 여러 구독자에게 전달
"""
    asked = [q for q in build_bank(parse_markdown(short, "n.md")) if q.kind == "versus"]
    assert "푸시 방식으로 구독자에게 메시지를 보냄" in {q.correct_choice for q in asked}


TABLE = """### DNS
#### CNAME vs Alias

| 특성 | CNAME | Alias |
|------|-------|-------|
| 대상 | 모든 호스트명 | AWS 리소스만 |
| Zone Apex | 사용 불가 | 사용 가능 |
| 비용 | 유료 | 무료 |
| 헬스 체크 | 미지원 | 네이티브 지원 |
"""


def test_a_table_with_a_column_per_side_gives_each_row_to_both() -> None:
    asked = [q for q in build_bank(parse_markdown(TABLE, "n.md")) if q.kind == "versus"]
    by_answer = {q.correct_choice: q for q in asked}
    assert "대상: 모든 호스트명" in by_answer
    assert "CNAME에만 해당" in by_answer["대상: 모든 호스트명"].prompt
    for q in asked:
        # Every choice is read with its row's label, and is the other side's cell.
        assert all(": " in c for c in q.choices)


# Two kinds, each under a heading of its own below a heading of kinds: a pair,
# as a 'vs' heading makes one. A line on both sides' subjects ('요금' on each)
# may be true of both and is never a choice.
TWO_KINDS = """# 큐 서비스
### 큐 유형
#### 표준 큐
- 메시지 순서가 뒤섞일 수 있음
- 중복 전달 가능성 존재
- 요청 건수로 요금 부과
#### FIFO 큐
- 보낸 차례 그대로 한 번만 받음
- 초당 처리량 상한이 낮음
- 요청 건수로 요금 부과하되 더 비쌈
#### 큐 유형 비교: 표준 큐 vs. FIFO 큐
- 차례가 중요하면 FIFO 큐
"""

THREE_KINDS = TWO_KINDS.replace("#### 큐 유형 비교", "#### 지연 큐\n- 전달을 최대 15분 미룸\n"
                                "- 미룬 동안 소비자에게 보이지 않음\n#### 큐 유형 비교")


def test_the_only_two_kinds_under_a_heading_of_kinds_are_a_pair() -> None:
    asked = [q for q in build_bank(parse_markdown(TWO_KINDS, "n.md")) if q.kind == "versus"]
    assert asked
    shown = {c for q in asked for c in q.choices}
    assert "보낸 차례 그대로 한 번만 받음" in shown
    assert not any("요금" in c for c in shown)  # said of both sides
    for q in asked:
        assert len(q.choices) == 3


def test_three_kinds_are_no_pair() -> None:
    asked = [q for q in build_bank(parse_markdown(THREE_KINDS, "n.md")) if q.kind == "versus"]
    assert not asked


# Two lines in one frame whose objects differ, one covering the other ('다른
# 서버로 보내는 규칙' / '사내 NAS 장비로 보내는 규칙': a NAS is a server too).
# Beside them, contrasts the notes draw in earnest: a negation, an opposite word.
COVERING = """### 메일 전달
## 포워딩 vs 릴레이
- **포워딩**:
  - 다른 서버로 메일을 보내는 규칙 (예: a.example => b.example)
  - 수신 거부 목록 적용 불가
  - stateless 처리로 동작
- **릴레이**:
  - 사내 NAS 장비로 메일을 보내는 규칙 (예: a.example => nas.local)
  - 수신 거부 목록 적용 가능
  - stateful 처리로 동작
"""


def test_a_line_whose_object_covers_the_other_sides_is_no_contrast() -> None:
    asked = [q for q in build_bank(parse_markdown(COVERING, "n.md")) if q.kind == "versus"]
    answers = {q.correct_choice for q in asked}
    # Kept: the lines that contradict each other span for span.
    assert "수신 거부 목록 적용 가능" in answers
    assert "stateful 처리로 동작" in answers
    for q in asked:
        # Each covering line is true of both sides: neither answer nor distractor.
        assert not any("메일을 보내는 규칙" in c for c in q.choices), q.choices


def test_covering_needs_a_shared_frame_and_spans_that_do_not_contradict() -> None:
    assert covers("다른 호스트를 가리키는 레코드", "사내 장비를 가리키는 레코드")
    assert covers("백업 가능", "자동 백업 가능")
    assert not covers("실시간 처리", "거의 실시간 처리")
    assert not covers("Allow rules only", "Allow rules")
    assert not covers("다른 리전에 복제", "같은 리전에 복제")
    assert not covers("NFS 프로토콜 지원", "SMB 프로토콜 지원")
    assert not covers("Instance-level", "Subnet-level")
    assert not covers("루트 도메인 사용 불가", "루트 도메인 사용 가능")


# Each side's lines open on its name as their subject, written 'in the case of'
# or followed by a connective ('결국') that leans on the line above.
SUBJECTS = """### 정렬
#### 퀵 정렬 vs 병합 정렬
- 퀵 정렬 같은 경우 피벗을 잘못 고르면 느려질 수 있다.
- 퀵 정렬은 추가 메모리를 거의 쓰지 않는다.
- 퀵 정렬은 결국 같은 값의 순서를 지키지 않는다.
- 퀵 정렬은 캐시 적중률이 높아 실제로 빠르다.
- 병합 정렬은 항상 n log n 시간에 끝난다.
- 병합 정렬은 나눈 배열을 담을 추가 메모리가 든다.
- 병합 정렬은 결국 같은 값의 순서를 지킨다.
- 병합 정렬은 연결 리스트에도 잘 맞는다.
"""


def test_a_subject_taken_off_leaves_no_fragment_nor_connective() -> None:
    asked = [q for q in build_bank(parse_markdown(SUBJECTS, "n.md")) if q.kind == "versus"]
    choices = {c for q in asked for c in q.choices}
    assert "피벗을 잘못 고르면 느려질 수 있다." in choices  # 'X 같은 경우' is the subject
    assert not any(c.startswith(("경우", "같은", "결국")) for c in choices), choices
