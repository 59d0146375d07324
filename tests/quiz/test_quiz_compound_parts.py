"""A part of a compound name ('Cache' of ElastiCache, 'Tiering' of
Intelligent-Tiering) held inside a longer word of the stem ('Memcached')
points at that name when no other choice has the part. Every note here is
written for the test."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.gloss import gives_away

SERVICES = """\
# 클라우드 서비스 정리

## 데이터베이스

### ElastiCache
- 자주 읽는 값을 메모리에 두어 응답을 빠르게 한다
- Memcached 와 Redis 엔진을 고를 수 있다

### Aurora
- MySQL 과 호환되는 관계형 데이터베이스
- 스토리지가 자동으로 늘어난다

### DynamoDB
- 키-값 형태의 NoSQL 데이터베이스
- 밀리초 단위 지연 시간을 낸다

### Redshift
- 열 기반 데이터 웨어하우스
- 대량 분석 쿼리에 쓴다
"""


def test_a_stem_word_holding_a_part_of_the_answer_is_no_clue() -> None:
    bank = build_bank(parse_markdown(SERVICES, "cloud.md"))
    assert any(q.correct_choice == "ElastiCache" for q in bank)
    assert not any("Memcached" in q.prompt and q.correct_choice == "ElastiCache" for q in bank)


def test_parts_of_compound_names_read_inside_stem_words() -> None:
    others = ["Glacier", "Standard", "Outposts"]
    assert gives_away("Intelligent-Tiering", "Retiering happens on its own", others)
    guards = ["Shield", "Inspector"]
    assert gives_away("NetworkFirewall", "Firewalled subnets keep traffic out", guards)
    # A part every other choice has points at none; the compound written
    # whole is read elsewhere, and a stray letter run ('last' in 'Elasti…') is
    # no part.
    assert not gives_away("CloudWatch", "Cloudburst of metrics", ["CloudTrail", "CloudFormation"])
    assert not gives_away("ElastiCache", "Keeps the last results close", ["Aurora", "Redshift"])
