"""bot.quiz.families: which two names are a thing and its umbrella (one a
kind, an engine, a tier or a named feature of the other), by their words, the
shipped list read through the glossary, and the notes' own words."""

from __future__ import annotations

from quiz_decks import make_deck

from bot.notes.glossary import Glossary
from bot.notes.model import SourceRef
from bot.quiz.build import assemble
from bot.quiz.families import in_family, reading_families, said_families


def test_a_name_holding_the_other_as_whole_words_is_under_it() -> None:
    assert in_family("Aurora Serverless", "Aurora")
    assert in_family("Application Load Balancer", "Load Balancer")
    assert in_family("퍼블릭 서브넷", "서브넷")
    # (Not inside a word, nor a word added that takes it back.)
    assert not in_family("Auroral", "Aurora")
    assert not in_family("Non-blocking I/O", "Blocking I/O")
    assert not in_family("거의 실시간 서비스", "실시간 서비스")


def test_the_shipped_list_knows_umbrellas_in_either_script() -> None:
    assert in_family("Aurora", "RDS")
    assert in_family("RDS", "Amazon Aurora")
    assert in_family("오로라 서버리스", "Aurora")
    assert in_family("Glacier Deep Archive", "S3")  # (chained: S3 > Glacier > …)
    assert in_family("ALB", "ELB")
    assert in_family("DSAP", "LLC")
    assert in_family("ClusterIP", "Service")
    # Peers of one umbrella are no family.
    assert not in_family("Aurora", "ElastiCache")
    assert not in_family("ALB", "NLB")
    assert not in_family("Glacier", "S3 Standard")


def test_the_list_tells_peers_apart_that_share_words() -> None:
    # 'S3 Standard-IA' holds the words of 'S3 Standard', yet is its peer.
    assert not in_family("S3 Standard-IA", "S3 Standard")
    assert not in_family("S3 One Zone-IA", "S3 Standard")


def test_a_feature_of_the_umbrella_is_no_choice_beside_its_kinds() -> None:
    # What S3 versioning does it does for Glacier; RDS Multi-AZ is Aurora's too.
    assert in_family("S3 Versioning", "Glacier")
    assert in_family("RDS 다중 AZ", "Aurora")
    # Two features of one thing are peers; so are two kinds of one thing that
    # the list does not name ('IP 기반' closes on '라우팅 정책': a kind).
    assert not in_family("S3 Versioning", "S3 Lifecycle")
    assert not in_family("IP 기반 라우팅 정책", "Weighted Routing")
    assert in_family("IP 기반 라우팅 정책", "라우팅 정책")


def test_the_glossary_spellings_are_read_too() -> None:
    glossary = Glossary.from_mapping({"Aurora": ["아우로라"]})
    assert not in_family("아우로라", "RDS")
    with reading_families(glossary):
        assert in_family("아우로라", "RDS")


def test_the_notes_say_what_is_a_kind_of_what() -> None:
    deck = make_deck({"Stores": {
        "Quillstore": ["Papyrus의 엔진 중 하나", "쓰기 노드가 하나뿐"],
        "Engines": ["Brisk is a type of Gale that runs at the edge",
                    "InkdbはPapyrusの一種", "Wick是Lamp的一种"],
        "Blotter": [("Soft delete", ["휴지통 기능 중 하나"])],
    }})
    said = said_families(deck)
    with reading_families(None, said):
        assert in_family("Quillstore", "Papyrus")
        assert in_family("Gale", "Brisk")
        assert in_family("Inkdb", "Papyrus")
        assert in_family("Wick", "Lamp")
        assert in_family("Soft delete", "휴지통 기능")
        assert not in_family("Quillstore", "Gale")
    assert not in_family("Quillstore", "Papyrus")


def test_the_last_gate_drops_an_umbrella_among_name_choices() -> None:
    made = assemble("name", sources=["Aurora"], section="DB", topic="Aurora",
                    concept="aurora", context="데이터베이스",
                    body="다음 설명에 해당하는 것은?\n- 읽기 복제본을 열다섯 개까지 붙일 수 있음",
                    correct="Aurora", wrong=["RDS", "DynamoDB", "Redshift"],
                    explanation="Aurora", source=SourceRef(file="notes.md", line=1))
    assert made == "gate: family choice"


def test_a_chinese_or_japanese_name_closing_on_another_is_its_kind() -> None:
    assert in_family("完全二叉树", "二叉树")
    assert in_family("複合インデックス", "インデックス")
    # (Unless what comes first takes it back: non-clustered, semi-synchronous.)
    assert not in_family("非クラスタ化インデックス", "クラスタ化インデックス")
    assert not in_family("半同步复制", "同步复制")
    assert not in_family("Semi-synchronous Replication", "Synchronous Replication")
