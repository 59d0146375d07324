"""A stem that spells out every word of what an acronym in the answer stands
for, the acronym itself or one inside it, names the answer when no other
choice holds that acronym: 'an extension of the Hypertext Transfer Protocol'
over *HTTPS* among DHCP and WebSockets (blind reader), for every kind of
question. The expansions are the shipped list's and the notes' own: 'Long
Name (ABC)' with a compound word giving two letters (Hypertext: H, T), 'ABC
(Long Name)', 'ABC stands for …', '…의 약자', '…の略'. Every note here is
written for the test."""

from __future__ import annotations

from bot.notes.aliases import mine
from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.gloss import expansion_spelled_alone, reading_acronyms
from bot.quiz.question import Question

PROTOCOLS_EN = """# Networking

## Web protocols

The Hypertext Transfer Protocol (HTTP) is the foundation of data exchange on the web.

- **HTTPS**: an extension of the Hypertext Transfer Protocol.
- **DHCP**: a client-server protocol that hands out addresses on local networks.
- **WebSockets**: a protocol that keeps a full-duplex channel over one TCP connection.
"""

PROTOCOLS_KO = """# 네트워크

## 웹 프로토콜

HTTP(HyperText Transfer Protocol)는 웹에서 데이터를 주고받는 규약이다.

- **HTTPS** : 하이퍼텍스트 전송 프로토콜에 암호화를 더한 프로토콜
- **DHCP** : 로컬 네트워크에서 IP 주소를 자동으로 나눠 주는 프로토콜
- **WebSocket** : 하나의 TCP 연결 위에서 양방향 채널을 유지하는 프로토콜
"""


def _bank(notes: str) -> list[Question]:
    return list(build_bank(parse_markdown(notes, "notes.md")))


def _spelled_out_over_https(questions: list[Question], words: str) -> list[Question]:
    return [q for q in questions
            if (words in q.prompt and q.correct_choice in ("HTTPS",))
            or (words in q.correct_choice and "HTTPS" in q.prompt)]


def test_the_expansion_of_an_acronym_inside_the_answer_gives_it_away() -> None:
    questions = _bank(PROTOCOLS_EN)
    assert questions  # DHCP and WebSockets are still asked
    assert not _spelled_out_over_https(questions, "Hypertext Transfer Protocol")


def test_the_expansion_translated_into_korean_gives_it_away() -> None:
    questions = _bank(PROTOCOLS_KO)
    assert questions
    assert not _spelled_out_over_https(questions, "하이퍼텍스트 전송 프로토콜")
    # The notes' own gloss in Korean ('HTTP(하이퍼텍스트 전송 프로토콜)') too.
    glossed = _bank(PROTOCOLS_KO.replace("HTTP(HyperText Transfer Protocol)",
                                         "HTTP(하이퍼텍스트 전송 프로토콜)"))
    assert glossed
    assert not _spelled_out_over_https(glossed, "하이퍼텍스트 전송 프로토콜")


def test_another_choice_holding_the_acronym_points_at_none() -> None:
    stem = "an extension of the Hypertext Transfer Protocol"
    with reading_acronyms(lambda short: ("Hypertext Transfer Protocol",)
                          if short == "HTTP" else ()):
        assert expansion_spelled_alone("HTTPS", stem, ["DHCP", "WebSockets"])
        # (HTTP/2 holds HTTP as well: the clue names a family, not the answer.)
        assert not expansion_spelled_alone("HTTPS", stem, ["HTTP/2", "WebSockets"])
        # Two words of three are no spelling out.
        assert not expansion_spelled_alone("HTTPS", "a secure transfer protocol",
                                           ["DHCP", "WebSockets"])


def test_the_notes_spell_acronyms_out_with_compound_words_and_stands_for() -> None:
    notes = """# Web

## Names

- The Hypertext Transfer Protocol (HTTP) carries web pages.
- JSON (JavaScript Object Notation) is a text format.
- CDN stands for Content Delivery Network.
- DNS는 Domain Name System의 약자이다.
- TLSはTransport Layer Securityの略
"""
    pairs = {frozenset(p) for p in mine(parse_markdown(notes, "notes.md"))}
    assert any("HTTP" in p and any("Hypertext Transfer Protocol" in s for s in p) for p in pairs)
    assert frozenset({"JSON", "JavaScript Object Notation"}) in pairs
    assert frozenset({"CDN", "Content Delivery Network"}) in pairs
    assert frozenset({"DNS", "Domain Name System"}) in pairs
    assert frozenset({"TLS", "Transport Layer Security"}) in pairs
    # (A small word before the name is no part of it.)
    assert frozenset({"LANs", "local area networks"}) in {
        frozenset(p) for p in mine(parse_markdown("# N\n\n- Used in local area networks (LANs).\n",
                                                  "n.md"))}
    # A letter of it said to stand for a word spells nothing out.
    assert not [p for p in mine(parse_markdown("# W\n\n- The S in HTTPS stands for secure.\n",
                                               "n.md")) if "HTTPS" in p]
