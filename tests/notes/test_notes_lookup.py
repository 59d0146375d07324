"""Lookup on the seed deck: Korean, English, aliases, typos, comparisons, hostile text."""

from __future__ import annotations

import string
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.notes.glossary import Glossary
from bot.notes.loader import load_deck
from bot.notes.lookup import LookupIndex
from bot.notes.model import Deck


def top(index: LookupIndex, query: str, n: int = 1) -> list[str]:
    return [h.topic.breadcrumb for h in index.search(query, 5).hits[:n]]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("NAT 게이트웨이에서", "NAT Gateway"),  # particle glued to the noun
        ("람다의 동시성은", "람다 - 동시성"),
        ("lambda", "> 람다"),  # English name, Korean title
        ("람다", "> 람다"),
        ("오로라 백업", "오로라 백업"),
        ("athena", "Amazon Ahtena"),  # the notes misspell it; the glossary knows
        ("quicksight", "AWS QuickSignt"),
        ("kendra", "Kendera"),
        ("sticky session", "ELB 고정 세션"),
        ("보안 그룹", "보안그룹"),  # spacing does not matter
        ("S3 스토리지 클래스", "S3 스토리지 클래스"),
        ("SNI", "> SNI"),  # short terms
        ("AMI", "> AMI"),
        ("TTL", "> TTL"),
        ("spot instance", "EC2 구매 옵션"),
        ("스폿 인스턴스", "EC2 구매 옵션"),
    ],
)
def test_best_hit(index: LookupIndex, query: str, expected: str) -> None:
    assert expected in top(index, query)[0]


def test_every_topic_is_found_by_its_own_title(index: LookupIndex, seed_deck: Deck) -> None:
    misses = [
        t.breadcrumb
        for t in seed_deck.topics()
        if t not in [h.topic for h in index.search(t.title, 3).hits]
    ]
    assert misses == []


def test_all_words_beat_some_words(index: LookupIndex) -> None:
    # Only the security-group topic says both 거부 and 규칙 next to 보안그룹.
    assert "보안그룹" in top(index, "보안그룹 거부 규칙")[0]


def test_versus_gives_the_comparison_then_each_side(index: LookupIndex) -> None:
    hits = top(index, "global accelerator vs cloudfront", 3)
    assert hits[0].endswith("CloudFront vs Global Accelerator")
    assert any(h.endswith("> CloudFront") for h in hits)
    assert any(h.endswith("> 글로벌 엑셀러레이터") for h in hits)


def test_korean_difference_query_gives_one_result_per_entity(index: LookupIndex) -> None:
    hits = top(index, "SQS와 SNS 차이", 3)
    assert any(h.endswith("> SQS") for h in hits) and any(h.endswith("> SNS") for h in hits)
    hits = top(index, "EBS와 EFS 차이점", 1)
    assert hits[0].endswith("EBS VS EFS")


def test_particle_on_the_last_word_of_a_glossary_name(index: LookupIndex) -> None:
    # "전용 호스트와" is the glossary's 전용 호스트 with 와 glued on.
    hits = index.search("전용 호스트와 전용 인스턴스 차이", 3).hits
    assert hits[0].topic.title == "EC2 구매 옵션"
    assert [h.topic.title for h in hits].count("EC2 구매 옵션") == 1


def test_typo_is_corrected_and_suggested(index: LookupIndex) -> None:
    result = index.search("cloudfornt origin")
    assert result.suggestion == "CloudFront origin"
    assert "CloudFront" in result.hits[0].topic.title


def test_nothing_found_is_empty_not_an_error(index: LookupIndex) -> None:
    result = index.search("qqqq zzzz xxxx")
    assert result.hits == () and result.query == "qqqq zzzz xxxx"


def test_hit_has_section_topic_score_and_text(index: LookupIndex) -> None:
    hit = index.search("람다", 1).hits[0]
    assert hit.topic.section == "컴퓨팅 - 기타" and hit.topic.title == "람다"
    assert hit.score > 0
    assert "- 람다함수는 실행 당 최대 15분 동안 하도록 구성" in hit.text
    assert "  - 파일처리" in hit.text  # nested facts are indented


def test_limit_is_respected(index: LookupIndex) -> None:
    assert len(index.search("S3", 2).hits) == 2
    assert len(index.search("S3", 0).hits) == 1


HOSTILE = [
    "",
    "   ",
    '"',
    '"""',
    "*",
    "NEAR",
    "NEAR(a b)",
    "a OR b",
    "OR",
    "AND NOT",
    "(((",
    ")",
    "title:람다",
    "{title}: x",
    "^start",
    "'; DROP TABLE docs; --",
    "\x00\x01\x1b[31m",
    "S3" * 1000,
    "람다 " * 700,
    "a" * 5000,
    "🙂🔥",
    "\u200b\ufeff",
    "-",
    "vs",
    "차이",
]


@pytest.mark.parametrize("query", HOSTILE)
def test_hostile_queries_never_raise(index: LookupIndex, query: str) -> None:
    result = index.search(query)
    assert isinstance(result.hits, tuple)


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.text(
        alphabet=st.one_of(
            st.sampled_from(
                list(string.printable) + list('"*():^-+NEAROR가나다람오로라게이트웨이')
            ),
            st.characters(),
        ),
        max_size=300,
    )
)
def test_search_never_raises(index: LookupIndex, query: str) -> None:
    result = index.search(query, 3)
    assert len(result.hits) <= 3
    index.complete(query, 5)


def test_complete_prefix_alias_and_fuzzy(index: LookupIndex) -> None:
    assert index.complete("람다")[:2] == ["람다", "람다 - 동시성"]
    assert "람다" in index.complete("lam")  # through the glossary
    assert index.complete("cloudfornt")[0] == "CloudFront"
    assert len(index.complete("", 10)) == 10
    assert index.complete("xyzzy") == []


def test_titles_are_unique_in_deck_order(index: LookupIndex, seed_deck: Deck) -> None:
    titles = index.titles()
    assert len(titles) == len(set(titles))
    assert titles[0] == seed_deck.topics()[0].title


def test_works_without_a_glossary(seed_deck: Deck) -> None:
    bare = LookupIndex.build(seed_deck, Glossary())
    assert "NAT Gateway" in bare.search("NAT Gateway").hits[0].topic.title
    assert bare.search("람다").hits[0].topic.title == "람다"


def test_our_own_query_set_hit_rates(index: LookupIndex) -> None:
    """tests/data/lookup-extra.tsv: Korean/English, aliases, particles, typos, comparisons."""
    from pathlib import Path

    rows = [
        line.split("\t")
        for line in (Path(__file__).parents[1] / "data" / "lookup-extra.tsv")
        .read_text(encoding="utf-8")
        .splitlines()
        if line.strip() and not line.startswith("#")
    ]
    hit1 = hit3 = 0
    for query, patterns in rows:
        wanted = [p.strip().lower() for p in patterns.split("|")]
        labels = [h.topic.breadcrumb.lower() for h in index.search(query, 3).hits]
        ok = [any(p in label for p in wanted) for label in labels]
        hit1 += any(ok[:1])
        hit3 += any(ok[:3])
    assert hit1 / len(rows) >= 0.95 and hit3 / len(rows) >= 0.99


def test_the_headings_above_a_topic_count_as_where_it_is(tmp_path: Path) -> None:
    """`#### Failover` under `### 라우팅 정책` is a routing policy: a query naming
    both finds it before a practice question that names both in passing."""
    notes = tmp_path / "dns.md"
    notes.write_text(
        "# DNS\n\n## 핵심\n\n### 라우팅 정책 (Routing Policies)\n\n- 레코드마다 정책 하나\n\n"
        "#### 1. Simple (단순)\n\n- 하나의 리소스로 보낸다\n\n"
        "#### 2. Weighted (가중치)\n\n- 레코드마다 가중치를 준다\n\n"
        "#### 3. Failover (Active-Passive)\n\n"
        "- Primary 장애 시 Secondary 로 자동 전환\n- Primary 에 헬스 체크 필수\n\n"
        "## Practice\n\n### Q2. A team wants to send a tenth of its users to a new release. "
        "Which routing policy should be used?\n\n"
        "- A. Simple routing\n- B. Weighted routing\n- C. Failover routing\n"
        "- D. Latency routing\n- Answer: B. Failover routing only moves users when the "
        "primary fails.\n",
        encoding="utf-8",
    )
    index = LookupIndex.build(load_deck(notes, glossary=Glossary()), Glossary())
    assert top(index, "Failover 라우팅") == ["핵심 > 3. Failover (Active-Passive)"]


def test_a_heading_asked_as_a_question_is_named_by_its_subject(tmp_path: Path) -> None:
    """`## UDP란?` is about UDP: asked by its full name it comes before the
    comparison that names UDP beside something else."""
    notes = tmp_path / "transport.md"
    others = ["IP", "포트", "소켓", "HTTP", "DNS", "ARP", "이더넷", "라우터"]
    notes.write_text(
        "# 전송 계층\n\n## TCP란?\n\n- TCP(Transmission Control Protocol)는 연결형\n\n"
        "## UDP란?\n\n> 영상과 음악을 보내면서 데이터가 커지고 빠른 통신이 필요해졌다\n"
        "> 연결을 오래 유지하는 방식으로도 속도에는 한계가 있었다\n> 그래서 빠른 쪽을 쓰자\n\n"
        "- UDP(User Datagram Protocol)는 비연결형 프로토콜\n"
        "- 데이터그램 방식이라 패킷마다 독립적으로 보낸다\n- 순서를 보장하지 않는다\n"
        "- 혼잡 제어가 없어 빠르지만 손실이 날 수 있다\n\n"
        "## TCP vs UDP\n\n| | TCP | UDP |\n|---|---|---|\n| 연결 | TCP 연결형 | UDP 비연결형 |\n"
        "| 헤더 | TCP 20바이트 | UDP 8바이트 |\n| 속도 | TCP 느림 | UDP 빠름 |\n\n"
        + "".join(f"## {name}\n\n- {name} 은 다른 계층의 이야기\n\n" for name in others),
        encoding="utf-8",
    )
    index = LookupIndex.build(load_deck(notes, glossary=Glossary()), Glossary())
    assert top(index, "User Datagram Protocol") == ["UDP란? > UDP란?"]
