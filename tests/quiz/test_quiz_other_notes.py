"""Questions from notes written in other people's styles: each pattern that broke
questions on real public notes, pinned with a small notes file of our own."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.question import Question


def _bank(text: str, name: str = "notes.md") -> tuple[Question, ...]:
    return build_bank(parse_markdown(text, name))


def _every_text(bank: tuple[Question, ...]) -> list[str]:
    return [text for q in bank for text in (q.prompt, *q.choices)]


OPTIONS = """## Sharing a Service Across Networks
- Option 1: expose it on the internet
    - Traffic crosses the open internet
    - Access is hard to control
- Option 2: direct network pairing
    - One pairing per pair of networks
    - Every host of both networks can reach the other
- Option 3: private endpoint service
    - Only the one shared application is reachable
    - Needs a load balancer on the provider side

## Glossary
- (A) : first choice of the exam question
- (B) : second choice of the exam question
- (C) : third choice of the exam question
- Step 1: open the console page
- Step 2: pick the network to share
- Step 3: confirm the share request
"""


def test_list_positions_and_option_letters_are_never_choices_or_stems() -> None:
    bank = _bank(OPTIONS)
    for text in _every_text(bank):
        for label in ("Option 1", "Option 2", "Option 3", "(A)", "(B)", "Step 1", "Step 2"):
            assert label not in text, (label, text)
    # The item is asked by what follows its label.
    assert any(q.kind == "name" and q.correct_choice == "private endpoint service" for q in bank)


PRACTICE = """## Practice
**문제:** 한 회사가 국가별로 다른 서버에 사용자를 보내려 한다. 어떤 정책을 쓰는가?

**(A)** : 지연 시간 정책은 가장 빠른 리전을 고른다.

**(B) 정답** : 위치 정책은 사용자의 국가를 보고 고른다.

**핵심 개념:** 위치 기반 라우팅

**관련 노트:** 라우팅 정책 정리

**문제:** 새 버전에 트래픽의 일부만 보내려 한다. 어떤 정책을 쓰는가?

**(A)** : 단순 정책은 비율을 정할 수 없다.

**핵심 개념:** 가중치 기반 라우팅

**관련 노트:** 라우팅 정책 정리
"""


def test_practice_question_scaffolding_is_not_a_term() -> None:
    bank = _bank(PRACTICE)
    for text in _every_text(bank):
        for label in ("문제", "(A)", "(B)", "핵심 개념", "관련 노트"):
            assert not text.startswith(label) and f"\n{label}" not in text, (label, text)


CODE = """## Messages
- A request starts with a method line
- Headers follow, one per line

```
GET /index HTTP/1.1
Accept-Language: ko-KR
Accept-Encoding: br
Connection: close
Cache-Control: no-store
Vary: Accept-Encoding
```

```
+---------+        +---------+
| client  | -----> | server  |  latency: 40ms
+---------+        +---------+
  mobile user: 120ms
  desktop user: 35ms
```
"""


def test_code_and_diagram_blocks_feed_no_questions() -> None:
    assert _bank(CODE) == ()


def _clozes(text: str) -> list[Question]:
    return [q for q in _bank(text) if q.kind == "cloze"]


def test_a_blank_whose_number_the_stem_already_shows_is_not_asked() -> None:
    notes = ("## Retransmission\n"
             "- After 4 repeated replies for one packet the packet is resent, since it was "
             "answered 4 times already\n"
             "- The first timer waits 200 ms before a resend\n")
    asked = [q.prompt for q in _clozes(notes)]
    assert not any("repeated replies" in p for p in asked)
    assert any("The first timer waits ___" in p for p in asked)  # a lone figure is still asked


def test_an_english_word_is_never_respelled_as_another_form_of_its_stem() -> None:
    notes = ("## Timers\n- The sender keeps one timer per connection\n"
             "- A timer that fires means a packet is lost\n- Each timer restarts on an ACK\n"
             "- The value is checked 5 times per second\n")
    choices = [c for q in _clozes(notes) for c in q.choices]
    assert "5 times" in choices and not any("timer" in c for c in choices)


def test_a_korean_copula_after_a_number_is_not_days() -> None:
    notes = ("## 가중치\n- 가중치의 합이 100일 필요는 없음\n- 기록은 30일 동안 보관\n"
             "- 로그는 90일 뒤에도 조회 가능\n")
    asked = [q.prompt for q in _clozes(notes)]
    assert not any("합이 ___" in p for p in asked)
    assert any("기록은 ___ 동안 보관" in p for p in asked)


LONG_NEGATION = """## Transport
### Loss Recovery
- The sender recovers lost segments with a timer and a resend
- A timer is started whenever data is in flight

### Ordered Delivery
- Bytes reach the application in the order they were sent
- A segment that arrives early waits in the buffer, and when its gap is filled the \
receiver does not resend anything nor recover lost segments by timer or by any resend
- Duplicate segments are dropped by the receiver

## Addressing
- Each host has an address of its own
"""


def test_a_long_line_with_a_negation_somewhere_does_not_make_a_short_fact_false() -> None:
    nots = [q for q in _bank(LONG_NEGATION) if q.kind == "not"]
    assert not any(q.correct_choice.startswith("The sender recovers lost") for q in nots)


FRAGMENTS = """## Connections
### Short Polling
- ![timeline](poll.png), one new connection for every request
- The client asks again after a fixed wait
- Most answers carry no new data
### Long Polling
- The server holds the request open until data arrives
- The client asks again right after each answer
### Streaming Push
- One connection stays open and the server writes events into it
- The browser reconnects by itself when the stream drops

## Caching
- Responses can be kept by the browser
"""


def test_text_cut_out_of_its_sentence_is_never_a_clue_or_choice() -> None:
    bank = _bank(FRAGMENTS)
    assert any(q.kind == "name" for q in bank)  # the other topics are still asked
    for text in _every_text(bank):
        for line in text.split("\n"):
            assert not line.removeprefix("- ").startswith(","), line


def test_a_sub_heading_left_without_its_bullets_is_not_a_statement() -> None:
    from bot.quiz.material import is_fragment, is_statement
    notes = ("## 인덱스\n### B 트리\n- 읽기를 빠르게 하는 구조\n- 만들 때 고려해야 할 점\n"
             "- 정렬된 키로 찾는다\n- 추가 공간, 검색 속도,\n- 키 정렬 및\n")
    facts = {f.text: is_statement(f) for t in parse_markdown(notes, "i.md").topics()
             for f in t.all_facts()}
    assert facts == {"읽기를 빠르게 하는 구조": True, "만들 때 고려해야 할 점": False,
                     "정렬된 키로 찾는다": True, "추가 공간, 검색 속도,": False,
                     "키 정렬 및": False}
    # A line that opens on a name with a dot is whole: '.com, .org 등' (top-level domains).
    assert is_fragment(".com, .org, .net 등") is False


def test_html_entities_read_as_the_characters_they_stand_for() -> None:
    deck = parse_markdown("## Index\n### &nbsp; Clustered &amp; composite\n- one\n", "h.md")
    assert [t.title for t in deck.topics()] == ["Clustered & composite"]


MIXED = """## Probe settings
- Threshold: 3 failures in a row
- Interval: every 30 seconds by default
- Protocols: the plain and secure web protocols
- 18 percent: share of probes that must report healthy

## Response headers
- Content-Type: text/html
- Content-Encoding: gzip
- Vary: Content-Encoding
- Server: edge-42
"""


def test_choices_of_one_question_are_all_names_or_all_values() -> None:
    terms = {"Threshold", "Interval", "Protocols", "18 percent", "Content-Type",
             "Content-Encoding", "Vary", "Server"}
    asked_terms = [q.choices for q in _bank(MIXED) if q.correct_choice in terms]
    assert asked_terms  # the names are still asked
    for choices in asked_terms:
        assert "18 percent" not in choices, choices  # a value among names
    for q in _bank(MIXED):
        # A header name given as a value ('Vary: Content-Encoding') among values.
        assert not ("Content-Encoding" in q.choices and "gzip" in q.choices), q.choices


def test_comparatives_in_english_are_bounds() -> None:
    from bot.quiz.figure_rules import LARGER, SMALLER, false_side

    def side(text: str, figure: str) -> int:
        at = text.index(figure)
        return false_side(text, at, at + len(figure))

    # "longer than N": any smaller N is true as well, so wrong values are larger.
    assert side("Setting up a line usually takes longer than 1 month", "1 month") == LARGER
    # "less than N" of a time taken: any larger N is true as well.
    assert side("Lookups answer with latency less than 10 ms", "10 ms") == SMALLER
