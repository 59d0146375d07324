"""Counts a reader reads off the question (an acronym of as many letters, the
items listed beside the count or in a heading, the figure in the breadcrumb) or
cannot know (a count given softly, two ways, or otherwise on another line), and
blanks whose answer another question of the bank prints."""

from __future__ import annotations

import re

import pytest

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.cloze import figures
from bot.quiz.count_clues import counted, lists_the_items, soft_count, spelled_by_acronym
from bot.quiz.question import Question


def _clozes(notes: str) -> list[Question]:
    return [q for q in build_bank(parse_markdown(notes, "n.md")) if q.kind == "cloze"]


def _stems(notes: str) -> str:
    return "\n".join(q.prompt for q in _clozes(notes))


def _at(text: str, figure: str) -> tuple[int, int]:
    start = text.index(figure)
    return start, start + len(figure)


ACRONYM = """# 설계
## 객체 지향 설계
- SOLID라고 부르는 5가지 설계 원칙이 있다
- 트랜잭션은 ACID 4가지 특성을 보장한다
- 하나의 모듈은 최대 3개의 계층을 가진다
- 배포는 하루 2번 진행한다
"""


def test_an_acronym_of_as_many_letters_gives_the_count_away() -> None:
    stems = _stems(ACRONYM)
    assert "SOLID" not in stems and "ACID" not in stems, stems
    assert "계층" in stems, "a count no acronym spells is still asked"


@pytest.mark.parametrize(("text", "figure", "crumb", "spelled"), [
    ("SOLID라고 부르는 5가지 설계 원칙", "5", "", True),
    ("The 4 ACID properties of a transaction", "4", "", True),
    ("CRUD の 4つの操作", "4", "", True),
    ("ACID 的 4个特性", "4", "", True),
    ("5가지 원칙이 있다", "5", "설계 > SOLID", True),
    # An acronym that names a thing, beside a count of kinds of it: no spelling.
    ("3가지 유형의 키 제공", "3", "AWS Key Management Service (KMS)", False),
    ("VPC에 3개의 서브넷을 둔다", "3", "", False),
    ("AZ 2개에 걸친 2가지 원칙", "2", "", False),
])
def test_acronym_counts_in_every_language(text: str, figure: str, crumb: str,
                                          spelled: bool) -> None:
    start, end = _at(text, figure)
    assert spelled_by_acronym(text, start, end, int(figure), crumb) is spelled


LISTED = """# 서비스
## 어드바이저
- 비용 최적화, 성능, 보안, 내결함성 4가지 범주에 대해 권장 사항을 제시한다
- 점검 결과로 3개의 리포트를 만든다
## 객체 지향
### 특징 (캡슐화, 상속, 다형성, 추상화)
- 객체 지향 언어는 4가지 특징을 갖는다
- 하나의 클래스는 최대 8개의 메서드를 묶는다
"""


def test_a_count_of_items_listed_beside_it_is_not_blanked() -> None:
    stems = _stems(LISTED)
    assert "내결함성 ___" not in stems and "___ 특징" not in stems, stems
    assert "___의 리포트" in stems and "___의 메서드" in stems, stems


@pytest.mark.parametrize(("text", "figure", "crumb", "listed"), [
    ("비용 최적화, 성능, 보안, 내결함성 4가지 범주", "4가지", "", True),
    ("Blocking과 Non-blocking의 2가지 방식", "2가지", "", True),
    ("3가지 유형: 퍼블릭, 프라이빗, 하이브리드", "3가지", "", True),
    ("There are 3 types: public, private and hybrid", "3", "", True),
    ("Compute, storage and networking: 3 pillars", "3", "", True),
    ("3つのタイプ：パブリック、プライベート、ハイブリッド", "3", "", True),
    ("公有、私有、混合 3种类型", "3", "", True),
    ("객체 지향 언어는 4가지 특징을 갖는다", "4가지", "OOP > 특징 (캡슐화, 상속, 다형성, 추상화)",
     True),
    ("OOP languages have 4 features", "4", "Features: encapsulation, inheritance, "
     "polymorphism, abstraction", True),
    # A heading that lists other things than the count's.
    ("3개의 AZ에 6개의 사본", "3개", "RDS, Aurora, ElastiCache > Aurora", False),
    ("inbound, outbound 각각 규칙 2개가 생성된다", "2개", "", False),
    ("4가지 유형의 파일 시스템", "4가지", "", False),
    ("2개의 Multi-AZ 배포, 읽기 복제본", "2개", "", False),
    ("2가지 배포 - 단일 AZ, 다중 AZ", "2가지", "", True),
])
def test_listed_items_in_every_language(text: str, figure: str, crumb: str,
                                        listed: bool) -> None:
    start, end = _at(text, figure)
    assert lists_the_items(text, start, end, int(re.sub(r"\D", "", figure)), crumb) is listed


SOFT = """# 운영체제
## 스레드
- 객체 지향은 크게 4가지 특징을 갖는다
- 코어는 보통 2개의 하드웨어 스레드를 실행한다
- 스케줄러는 3가지 또는 4가지 큐를 둔다
- 커널은 최대 8개의 스택을 쓴다
"""


def test_a_soft_count_is_not_blanked() -> None:
    stems = _stems(SOFT)
    assert "크게" not in stems and "보통" not in stems and "또는" not in stems, stems
    assert "___의 스택" in stems, stems


@pytest.mark.parametrize(("text", "figure", "soft"), [
    ("크게 4가지 특징을 갖는다", "4가지", True),
    ("코어는 보통 2개의 스레드", "2개", True),
    ("3가지 또는 4가지 큐를 둔다", "4가지", True),
    ("3가지 또는 4가지 큐를 둔다", "3가지", True),
    ("A core usually runs 2 threads", "2", True),
    ("It retries 3 or 4 times", "3", True),
    ("コアは通常2つのスレッド", "2", True),
    ("核心通常有2个线程", "2", True),
    ("커널은 최대 8개의 스택을 쓴다", "8개", False),
    ("1년 혹은 3년 약정", "3년", True),  # read as soft, but only counts are asked so
    ("크게 증가한 트래픽, 그래서 서버 3대", "3", False),
])
def test_soft_counts_in_every_language(text: str, figure: str, soft: bool) -> None:
    start, end = _at(text, figure)
    assert soft_count(text, start, end) is soft


def test_spans_given_as_options_stay_asked() -> None:
    # '1년 혹은 3년': two terms one can choose, not a count given two ways.
    # (One blank per line: the line is asked for its first figure.)
    notes = "# EC2\n## 예약 인스턴스\n- 1년 혹은 3년 약정으로 할인을 받는다\n- 최대 72% 할인\n"
    assert "___ 혹은 3년" in _stems(notes)


CONTRADICTED = """# 객체 지향
## 특징
- 객체 지향 언어는 4가지 특징을 갖는다
- 캡슐화를 빼고 3가지 특징을 드는 책도 많다
- 하나의 클래스는 최대 8개의 메서드를 묶는다
"""


def test_a_count_another_line_gives_otherwise_is_not_blanked() -> None:
    stems = _stems(CONTRADICTED)
    assert "___ 특징" not in stems, stems
    assert "___의 메서드" in stems, stems


@pytest.mark.parametrize(("text", "found"), [
    ("4가지 특징을 갖는다", {"특징": {4}}),
    ("OOP 4대 특징", {"특징": {4}}),
    ("There are 3 types of keys", {"types": {3}}),
    ("5つの原則がある", {"原則": {5}}),
    ("有4个特性", {"特性": {4}}),
    # A particle after the counter is no noun: '15개까지' and '5개까지' count
    # different things.
    ("최대 15개까지 생성", {}),
    ("규칙 2개가 생성된다", {}),
])
def test_what_a_count_counts(text: str, found: dict[str, set[int]]) -> None:
    assert counted(text) == found


def test_counts_of_different_things_in_one_topic_stay_asked() -> None:
    notes = ("# 데이터베이스\n## 복제\n- 읽기 복제본은 최대 15개까지 생성 가능\n"
             "- 보안 그룹은 최대 5개까지 연결 가능\n")
    stems = _stems(notes)
    assert "___까지 생성" in stems and "___까지 연결" in stems, stems


CRUMB_FIGURE = """# 테스트
## 커버리지 87% 달성 전략
- 단위 테스트 커버리지 83% 달성
- 통합 테스트 성공률 98%
### 실행 시간
- 전체 테스트는 6분 안에 끝난다
"""


def test_a_figure_the_breadcrumb_states_nearly_is_not_blanked() -> None:
    stems = _stems(CRUMB_FIGURE)
    assert "커버리지 ___" not in stems, stems
    assert "성공률 ___" in stems, stems


SHOWN_ELSEWHERE = """# 데이터베이스
## Aurora
- 3개의 AZ에 총 6개의 사본을 만든다
- 10GB로 시작해서 자동으로 커진다
- 읽기 복제본은 최대 15개까지 만든다
## Aurora 복제본
- 3개의 가용 영역에 6개의 데이터 사본을 자동 복제
- 데이터 사본은 총 6개를 유지한다
- 스토리지는 최대 128TB까지 자동으로 커진다
## RDS
- 자동 백업 보존 기간은 최대 35일
- 다중 AZ는 2개의 AZ에 걸친다
"""


def test_a_blank_another_question_prints_is_never_sampled_with_it() -> None:
    bank = build_bank(parse_markdown(SHOWN_ELSEWHERE, "n.md"))
    pairs = 0
    for q in bank:
        if q.kind != "cloze":
            continue
        answer = figures(q.correct_choice)[0]
        for other in bank:
            shown = other.prompt if other.kind == "cloze" else "\n".join(
                (other.prompt, *other.choices))
            lines = [re.sub(r"^- ", "", line) for line in shown.splitlines()]
            if other is q or not any((f.value, f.unit) == (answer.value, answer.unit)
                                     for line in lines for f in figures(line)):
                continue
            if "사본" in shown and "사본" in q.prompt:
                pairs += 1
                assert set(q.facts) & set(other.facts), (q.prompt, other.prompt)
    assert pairs, "the notes print the copies' figures in more than one question"


SLASHED = """# 저장소
## 버퍼 전략
- 회복을 이해하기 위한 2가지 개념 : 디스크 구조 / 버퍼 교체 정책
- 로그는 하루 3번 디스크에 기록한다
"""


def test_a_count_of_items_listed_with_spaced_slashes_is_not_blanked() -> None:
    stems = _stems(SLASHED)
    assert "___ 개념" not in stems, stems


@pytest.mark.parametrize(("text", "figure", "listed"), [
    ("이해를 위한 2가지 개념 : 디스크 구조 / 버퍼 정책", "2가지", True),
    ("Two ideas to learn first, 2 concepts: disk layout / buffer policy", "2", True),
    ("2つの概念：ディスク構造 ／ バッファ方針", "2", True),
    ("2个概念：磁盘结构 / 缓冲策略", "2", True),
    ("3가지 요소: 디스크 · 버퍼 · 로그", "3가지", True),
    # A slash without spaces joins the two sides of one name.
    ("2가지 프로토콜: TCP/UDP 계층", "2가지", False),
])
def test_spaced_slash_lists_in_every_language(text: str, figure: str, listed: bool) -> None:
    start, end = _at(text, figure)
    assert lists_the_items(text, start, end, int(re.sub(r"\D", "", figure))) is listed


JOINED = """# 데이터베이스
## 행 잠금
- 행 잠금은 **읽기 잠금(S)** 과 **쓰기 잠금(X)** 으로 2가지 유형이 있다
- 잠금을 기다리는 트랜잭션은 최대 50초까지 대기한다
## 읽기 잠금과 쓰기 잠금
- 테이블 잠금은 2가지 유형으로 나뉜다
- 인덱스 하나는 최대 4개의 열을 묶는다
## 격리 수준
- 격리 수준은 ① 커밋 전 읽기 ② 커밋 후 읽기 ③ 반복 읽기 ④ 직렬화의 4가지로 나뉜다
- 교착 상태를 감지하면 2개의 트랜잭션 중 하나를 되돌린다
## 페이지 단위
- 페이지 잠금 (공유 잠금, 배타 잠금)
  - 2가지 유형 모두 트랜잭션이 끝날 때 풀린다
  - 잠금 하나는 최대 8개의 행을 덮는다
"""


def test_a_count_of_names_joined_or_numbered_in_the_stem_is_not_blanked() -> None:
    stems = _stems(JOINED)
    assert "___ 유형" not in stems and "의 ___로" not in stems, stems
    assert "최대 ___까지 대기" in stems and "최대 ___의 열" in stems, stems
    assert "___의 트랜잭션" in stems and "최대 ___의 행" in stems, stems


@pytest.mark.parametrize(("text", "figure", "crumb", "listed"), [
    # Two names joined by 과/와 (written apart, as bold markup leaves it), each
    # with a gloss in brackets, before a particle and the count.
    ("행 잠금은 읽기 잠금(S) 과 쓰기 잠금(X) 으로 2가지 유형이 있다", "2가지", "", True),
    ("행 잠금은 읽기 잠금이나 쓰기 잠금의 2가지로 나뉜다", "2가지", "", True),
    ("게이트웨이 엔드포인트와 인터페이스 엔드포인트 2가지 유형", "2가지", "", True),
    ("Row locks come as shared or exclusive, 2 types in all", "2", "", True),
    ("行ロックは共有ロックと排他ロックの2種類", "2", "", True),
    ("行锁有共享锁和排他锁2种类型", "2", "", True),
    # The names in brackets right before the count, or after its colon.
    ("행 잠금(읽기 잠금, 쓰기 잠금) 2가지", "2가지", "", True),
    ("2가지 유형이 있다: 읽기 잠금(S)과 쓰기 잠금(X)", "2가지", "", True),
    # Numbered names, in the line or in the heading over it.
    ("격리 수준은 ① 커밋 전 읽기 ② 커밋 후 읽기 ③ 직렬화의 3가지", "3가지", "", True),
    ("Isolation has 3 levels", "3", "Levels: (1) read committed (2) repeatable (3) serializable",
     True),
    # The heading right over a count of kinds is a list of as many names.
    ("행 잠금은 2가지 유형이 있다", "2가지", "DB > 읽기 잠금(S)과 쓰기 잠금(X)", True),
    ("Row locks come in 2 types", "2", "Locks > Shared and exclusive locks", True),
    ("行ロックには2つのタイプがある", "2", "ロック > 共有ロックと排他ロック", True),
    ("行锁有2种类型", "2", "锁 > 共享锁和排他锁", True),
    # … or lists them after its colon or in its brackets (the line a sub-bullet
    # of the bullet that lists them).
    ("2가지 모두 행 단위로 건다", "2가지", "DB > 잠금 유형: 공유 잠금, 배타 잠금", True),
    ("Both 2 types lock one row", "2", "DB > Row locks (shared, exclusive)", True),
    ("2つのタイプがある", "2", "DB > 行ロック（共有ロック、排他ロック）", True),
    # What is joined is not what is counted: a place or an object ('…에'), a
    # verb ('연결하는', '考える'), a heading of names over a count of other
    # things, or over a line about one of the names.
    ("EC2와 RDS에 2개의 태그를 붙인다", "2개", "", False),
    ("연결과 해제하는 2가지 방법", "2가지", "", False),
    ("重要と考える2つの理由", "2", "", False),
    ("행 잠금은 2개의 버퍼를 둔다", "2개", "DB > 읽기 잠금과 쓰기 잠금", False),
    ("TCP는 2가지 방식으로 흐름을 제어한다", "2가지", "TCP와 UDP", False),
    ("VPN to VGW: 1.25 Gbps (1개 VPN, 2개 터널)", "2개", "", False),
    ("VPC를 만들면 inbound, outbound 각각 규칙 2개가 생긴다", "2개", "", False),
])
def test_joined_and_numbered_items_in_every_language(text: str, figure: str, crumb: str,
                                                     listed: bool) -> None:
    start, end = _at(text, figure)
    assert lists_the_items(text, start, end, int(re.sub(r"\D", "", figure)), crumb) is listed
