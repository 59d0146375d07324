"""How the parser reads markup that other people's notes use: bold phrases inside
sentences, `#word` inside a sentence, and sub-headings made of generic words."""

from __future__ import annotations

from bot.notes.lines import split_term
from bot.notes.loader import parse_markdown
from bot.notes.model import Deck, Topic


def _topic(deck: Deck, title: str) -> Topic:
    return next(t for t in deck.topics() if t.title == title)


def test_bold_that_runs_on_into_its_sentence_is_not_a_term() -> None:
    # The sentence goes on after the bold phrase: a particle, a comma, or the bold
    # phrase closes with a particle of its own.
    for line in ("**25% 이상**의 검사기가 정상이면 통과",
                 "**별칭은 공짜**, 수명 값은 고를 수 없음",
                 "**공개 자원만** 외부 검사 가능"):
        assert split_term(line).term is None, line


def test_bold_term_with_its_colon_inside_the_bold() -> None:
    split = split_term("**Window size (16 bits):** how many bytes the receiver accepts")
    assert split.term == "Window size (16 bits)"
    assert split.definition == "how many bytes the receiver accepts"
    # Terms written the usual ways still read as terms.
    assert split_term("**Queue**: holds messages").term == "Queue"
    assert split_term("**캐시 노드** 메모리에 결과 보관").term == "캐시 노드"


def test_a_hash_word_inside_a_sentence_is_a_word_not_a_tag() -> None:
    deck = parse_markdown(
        "## Build\n- Preprocess : #pragma, #ifdef lines are read first\n"
        "- Link objects into one program #exam #build\n", "c.md")
    texts = [f.text for f in deck.topics()[0].facts]
    assert texts == ["Preprocess : #pragma, #ifdef lines are read first",
                     "Link objects into one program"]


def test_sub_headings_made_of_generic_words_label_their_parent() -> None:
    deck = parse_markdown(
        "## Transport\n### Congestion Window\n#### Background and Example\n"
        "- The window shrinks when a loss is seen\n#### First Idea\n"
        "- Start small and grow each round trip\n### Handshake\n#### 관련 노트\n"
        "- 세 번 주고받아 연결을 연다\n", "t.md")
    titles = [t.title for t in deck.topics()]
    assert "Background and Example" not in titles and "First Idea" not in titles
    assert "관련 노트" not in titles
    window = _topic(deck, "Congestion Window")
    assert [f.text for f in window.facts if f.kind == "label"] == [
        "Background and Example", "First Idea"]
    # A real name that happens to hold a generic word stays a topic.
    deck = parse_markdown("## Net\n### Flow Control\n- a\n### Key Pair\n- b\n", "n.md")
    assert [t.title for t in deck.topics()] == ["Flow Control", "Key Pair"]


def test_a_section_on_database_indexes_is_not_a_table_of_contents() -> None:
    deck = parse_markdown("# DB\n## 인덱스\n### B 트리\n- 정렬된 키로 찾는다\n"
                          "## Index\n- [Intro](#intro)\n- [Joins](#joins)\n"
                          "## Joins\n- 두 표를 잇는다\n",
                          "db.md")
    assert [s.title for s in deck.sections] == ["인덱스", "Joins"]
