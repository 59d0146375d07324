"""Lookup without a hand-made glossary: names mined from the notes, the shipped
IT term list, and loanwords matched across scripts."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.notes.aliases import it_terms, mine, skeleton, title_acronyms
from bot.notes.bridge import Loanwords
from bot.notes.glossary import Glossary
from bot.notes.loader import load_deck
from bot.notes.lookup import LookupIndex
from bot.notes.model import Deck

NOTES = Path(__file__).resolve().parents[1] / "data" / "styles" / "aliases_ko.md"


@pytest.fixture(scope="module")
def deck() -> Deck:
    return load_deck(NOTES, glossary=Glossary())


@pytest.fixture(scope="module")
def index(deck: Deck) -> LookupIndex:
    return LookupIndex.build(deck, Glossary())


def test_names_are_mined_from_asides_abbreviations_and_titles(deck: Deck) -> None:
    assert set(mine(deck)) == {
        ("Dead Letter Queue", "DLQ"),
        ("읽기 전용 복제본", "Read Replica"),
        ("KMS", "Key Management Service"),
        ("HSM", "Hardware Security Module"),
        ("EFS", "Elastic File System"),
    }


@pytest.mark.parametrize(
    ("query", "title"),
    [
        ("DLQ", "메시지 큐 정리"),  # mined: Dead Letter Queue (DLQ)
        ("읽기 복제본 read replica", "읽기 전용 복제본 (Read Replica)"),  # mined: 한글 (English)
        ("key management service", "암호 키"),  # mined: ABBR (Long Name)
        ("elastic file system", "EFS"),  # mined: title ABBR, first fact spelled out
        ("최소 권한 원칙", "IAM 설계"),  # shipped term list
        ("스팟 인스턴스", "Spot Instances"),  # term list and loanword
        ("뮤텍스", "Mutex"),  # loanword across scripts
    ],
)
def test_lookup_finds_notes_by_names_they_do_not_use(
    index: LookupIndex, query: str, title: str
) -> None:
    hits = index.search(query).hits
    assert hits and hits[0].topic.title == title


def test_without_aliases_those_queries_find_nothing_useful(deck: Deck) -> None:
    # The same index with the alias sources switched off misses them: the
    # matches above come from the aliases, not from shared letters.
    from bot.notes import lookup

    saved = lookup.alias_groups
    try:
        lookup.alias_groups = lambda _deck: []  # type: ignore[assignment]
        bare = LookupIndex.build(deck, Glossary())
    finally:
        lookup.alias_groups = saved
    bare._loans = Loanwords(())  # no loanwords either
    for query, title in (("최소 권한 원칙", "IAM 설계"), ("스팟 인스턴스", "Spot Instances"),
                         ("뮤텍스", "Mutex")):
        hits = bare.search(query).hits
        assert not hits or hits[0].topic.title != title


@pytest.mark.parametrize(
    ("korean", "english"),
    [
        ("뮤텍스", "mutex"),
        ("세마포어", "semaphore"),
        ("레플리카셋", "ReplicaSet"),
        ("쿠버네티스", "Kubernetes"),
        ("인그레스", "ingress"),
        ("로드밸런서", "load balancer"),
        ("스레드", "thread"),
    ],
)
def test_loanwords_sound_alike_across_scripts(korean: str, english: str) -> None:
    assert skeleton(korean) == skeleton(english)


def test_unrelated_words_do_not_sound_alike() -> None:
    assert skeleton("세마포어") != skeleton("mutex")
    assert skeleton("데몬셋") != skeleton("deployment")


def test_deck_glossary_overrides_the_general_lists() -> None:
    deck_glossary = Glossary.from_mapping({"Reserved Instance": ["RI", "예약 인스턴스"]})
    merged = deck_glossary.extended([("RI", "Regional Index"), ("Spot Instance", "스팟")])
    # RI stays the deck's Reserved Instance; the other name joins that entry.
    assert merged.canonical("ri") == "Reserved Instance"
    assert merged.canonical("Regional Index") == "Reserved Instance"
    assert merged.canonical("스팟") == "Spot Instance"


def test_term_list_is_general_and_well_formed() -> None:
    terms = it_terms()
    assert len(terms) >= 250
    assert all(len(names) >= 2 for names in terms)
    keys = [name.casefold() for names in terms for name in names]
    assert ("mutex" in keys) and ("뮤텍스" in keys) and ("최소 권한 원칙" in keys)


def test_an_english_plural_finds_the_korean_loanword() -> None:
    loans = Loanwords(["S3 액세스 포인트로 권한을 나눈다"])
    assert "포인트로" in loans.across("points") or "포인트" in loans.across("points")
    assert loans.across("mutex") == []


def test_an_acronym_the_notes_use_finds_the_title_it_shortens(tmp_path: Path) -> None:
    """People write `DFS` in one place and `Depth-first search` as the heading
    elsewhere; an acronym nobody writes (`GSA`) is not invented."""
    notes = tmp_path / "graphs.md"
    notes.write_text(
        "# Graphs\n\n## Graph search algorithms\n\n- Two ways to walk a graph\n\n"
        "## Depth-first search\n\n- Goes as deep as it can before it backs up\n\n"
        "## Breadth-first search\n\n- Visits a whole level first, unlike DFS\n"
        "- Needs a queue, where DFS needs a stack\n",
        encoding="utf-8",
    )
    deck = load_deck(notes, glossary=Glossary())
    index = LookupIndex.build(deck, Glossary())
    assert index.search("DFS").hits[0].topic.title == "Depth-first search"
    assert title_acronyms(deck) == [("Depth-first search", "DFS")]
