"""A bullet whose words are a link's title alone ('- [롤링 업데이트 전략](…)')
names a page to read, not a fact: it is never a clue, a statement, a blank
line or a description, and under which heading the author filed it is no
fact to quiz. A line over links only is the heading of a reading list. Every
note here is written for the test."""

from __future__ import annotations

import pytest

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.material import read_material
from bot.quiz.reading_lists import names_reading_list, without_reading_links
from bot.quiz.reshape import reshaped
from bot.quiz.text import NoGlossary

OBJECTS = """# 쿠버네티스 공부

## 부록

### 자주 보는 오브젝트 문서
- [Pod](https://example.com/pod) : 쿠버네티스에서 만들고 관리하는 가장 작은 배포 단위
  - [파드의 생명 주기](https://example.com/pod-life)
  - [초기화 컨테이너](https://example.com/init)
  - [파드 중단 예산](https://example.com/pdb)
- [Service](https://example.com/svc) : 파드 집합에 바뀌지 않는 접근 지점을 주는 오브젝트
  - [클러스터 내부 가상 IP](https://example.com/vip)
  - [엔드포인트 슬라이스](https://example.com/eps)
- [Deployment](https://example.com/d) : 레플리카셋을 두고 파드의 원하는 상태를 유지하는 오브젝트
  - [롤링 업데이트 전략](https://example.com/rolling)
  - [레플리카셋 되돌리기](https://example.com/rollback)
- Ingress : 클러스터 밖의 HTTP 요청을 안쪽 서비스로 보내는 규칙 모음
  - [호스트 기반 라우팅 규칙](https://example.com/host)
  - [TLS 종료 설정](https://example.com/tls)
"""

LINK_TITLES = ("파드의 생명 주기", "초기화 컨테이너", "파드 중단 예산", "클러스터 내부 가상 IP",
               "엔드포인트 슬라이스", "롤링 업데이트 전략", "레플리카셋 되돌리기",
               "호스트 기반 라우팅 규칙", "TLS 종료 설정")


def test_link_titles_are_no_clue_but_the_lines_above_them_still_ask() -> None:
    bank = build_bank(parse_markdown(OBJECTS, "objects.md"))
    assert bank  # the definitions written on the lines are asked
    for question in bank:
        text = "\n".join([question.prompt, *question.choices])
        assert not any(title in text for title in LINK_TITLES), question


FILED = """# 데이터베이스 공부

## 공식 문서 목록

### 영역 1: 저장과 복제
- 복제와 장애 조치
  - [읽기 전용 복제본 만들기](https://example.com/replica)
  - [다중 영역 배포의 고가용성](https://example.com/multi)
- 백업과 복원
  - [특정 시점으로 복원하기](https://example.com/pitr)
  - https://example.com/backup-retention
- 자동 백업 : 매일 정해진 시간에 스냅샷을 찍고 트랜잭션 로그를 보관하는 기능
  - [자동 백업 보존 기간 설정](https://example.com/backup)
- [읽기 전용 복제본](https://example.com/rr)
  - 원본의 변경을 비동기로 받아 읽기 요청을 나누어 받는다
  - [복제 지연 살펴보기](https://example.com/lag)
- 성능 조정
  - [인덱스 설계 모범 사례](https://example.com/index)
  - 느린 쿼리는 실행 계획을 먼저 확인한다

### 영역 2: 확장
- [캐시 계층 설계 안내](https://example.com/cache)
- [읽기 부하 나누기](https://example.com/read)
- [연결 풀 크기 정하기](https://example.com/pool)
- https://example.com/partitioning-guide
- 대규모 서비스 구조 발전 발표 2019
- 샤딩 : 키 범위나 해시로 데이터를 여러 노드에 나누어 담는 방식
"""


def test_reading_entries_and_the_lines_that_only_head_them_are_left_out() -> None:
    deck = without_reading_links(parse_markdown(FILED, "filed.md"))
    texts = [f.text for t in deck.topics() for f in t.all_facts()]
    # A link alone, a bare address, and a line over nothing but links: gone.
    for gone in ("읽기 전용 복제본 만들기", "https://example.com/backup-retention",
                 "복제와 장애 조치", "백업과 복원", "자동 백업 보존 기간 설정",
                 "복제 지연 살펴보기", "인덱스 설계 모범 사례",
                 # A plain title in a list made mostly of links is one more entry.
                 "대규모 서비스 구조 발전 발표 2019"):
        assert gone not in texts, gone
    # A term with its definition on the line, a link over notes of its own,
    # and a heading with a note of its own beside a link: kept.
    for kept in ("자동 백업 : 매일 정해진 시간에 스냅샷을 찍고 트랜잭션 로그를 보관하는 기능",
                 "읽기 전용 복제본", "원본의 변경을 비동기로 받아 읽기 요청을 나누어 받는다",
                 "성능 조정", "느린 쿼리는 실행 계획을 먼저 확인한다",
                 "샤딩 : 키 범위나 해시로 데이터를 여러 노드에 나누어 담는 방식"):
        assert kept in texts, kept


def test_a_link_title_is_no_statement_of_the_heading_it_is_filed_under() -> None:
    material = read_material(reshaped(parse_markdown(FILED, "filed.md")), NoGlossary())
    said = [s.text for group in material.groups for c in group for s in c.statements]
    said += [leaf.statement.text for leaf in material.leaves]
    assert not any(title in text for text in said
                   for title in ("읽기 전용 복제본 만들기", "특정 시점으로 복원하기",
                                 "인덱스 설계 모범 사례", "복제 지연 살펴보기"))



@pytest.mark.parametrize(("title", "reading"), [
    ("Whitepapers", True),
    ("AWS Whitepapers", True),
    ("백서", True),
    ("공식 문서", True),
    ("공식문서들", True),
    ("公式ドキュメント", True),
    ("官方文档", True),
    ("推荐阅读", True),
    ("Documentation", True),
    # A document is also a thing of a document store.
    ("문서", False),
    ("ドキュメント", False),
    ("文档", False),
    ("API Documentation", False),
    ("문서 데이터베이스", False),
])
def test_headings_over_papers_and_manuals_head_reading_lists(title: str, reading: bool) -> None:
    assert names_reading_list(title) is reading
