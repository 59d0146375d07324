"""An author's practice question is asked only when the notes explain its key:
an exam dump's bare 'Answer C' (or a one-line aside after it) is often a
disputed key, and the bot would grade members by it. An explanation is prose
under a title that says so (해설, Explanation, Why …) or prose of substance
(two sentences, or some fifteen words). The stem is the author's prose: the
spelling fixes that set names right in choices leave it as written. Every note
here is written for the test."""

from __future__ import annotations

from bot.notes.cards import scan_cards
from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.cards import explained
from bot.quiz.question import Question

DUMP = """\
# Exam Review

## No.1
Nightly batch jobs may stop and start again without harm. Which purchase costs least?

A. Dedicated hosts
B. Capacity reserved for three years
C. Spare capacity sold at a discount

`Answer C`

## No.2
Several hosts exchange large files with a bucket. What lowers the transfer bill?

A. Put the hosts behind a balancer
B. Keep the hosts and the bucket in one region
C. Give each host a public address

`Answer B : moving data inside one region costs nothing.`

## No.3
Reads of a table peak during office hours and fall at night. What is cheapest?

A. A cache in front of the table
B. Capacity that scales with a schedule
C. Paying per request

`Answer B : 요청당 과금보다 싸다`

## No.4
Old log files must move to a cheaper class after 30 days. What does it?

A. A nightly copy job written by hand
B. A lifecycle rule on the bucket
C. A larger bucket quota

`Answer B : A rule moves objects by their age on its own. No job has to run, and nothing is \
copied by hand.`
"""


def _authored(text: str, **kw: object) -> list[Question]:
    bank = build_bank(parse_markdown(text, "review.md"), **kw)  # type: ignore[arg-type]
    return [q for q in bank if q.kind == "author"]


def test_a_bare_key_or_an_aside_after_it_is_not_asked() -> None:
    # All four are read as practice questions: the rule is the quiz's, not the reading's.
    assert len([c for c in scan_cards(DUMP, "review.md").cards if c.choices]) == 4
    asked = _authored(DUMP)
    # A bare key, a one-sentence aside (English) and a one-line aside (Korean)
    # are dropped; two sentences that say why are kept.
    assert [q.correct_choice for q in asked] == ["A lifecycle rule on the bucket"]
    assert "No job has to run" in asked[0].explanation


WORKBOOK = """\
# 네트워크 연습문제

### Q1. Which device forwards packets between networks?

**선지:**
- A) Hub
- B) Switch
- C) Router

**정답:** C

**해설:**

- **(A)** : 허브는 같은 신호를 모든 포트로 보낸다.
- **(C) 정답** : 라우터는 라우팅 테이블을 보고 다른 네트워크로 패킷을 보낸다.

### Q2. Which port does SSH listen on by default?

- A) 21
- B) 22
- C) 23

**정답:** B

### Q3. Which record points a name at another name?

- A) A
- B) CNAME
- C) MX

**정답:** B

이름을 다른 이름으로 가리키는 레코드다. A 레코드는 주소를, MX 레코드는 메일 서버를 가리킨다.
"""


def test_a_titled_or_substantial_explanation_keeps_the_question_in_korean_notes() -> None:
    asked = {q.correct_choice: q for q in _authored(WORKBOOK)}
    # Under '해설:' the right option's line; two sentences with no title; the
    # bare key of Q2 is not asked.
    assert sorted(asked) == ["CNAME", "Router"]
    assert "라우팅 테이블" in asked["Router"].explanation


def test_an_explanation_heading_after_the_answer_explains_it() -> None:
    notes = ("# Ports\n\n### Q1. Which port does HTTPS use?\n\nA. 80\nB. 443\nC. 22\n\n"
             "Answer: B\n\n#### Explanation\n\nTLS listens on 443.\n")
    (card,) = [c for c in scan_cards(notes, "p.md").cards if c.choices]
    assert (card.note, card.note_titled) == ("TLS listens on 443.", True)
    assert [q.correct_choice for q in _authored(notes)] == ["443"]


def test_what_counts_as_an_explanation() -> None:
    # Untitled: two sentences of a few words, or fifteen words; titled: a few words.
    assert not explained("", "443", titled=True)
    assert not explained("443", "443", titled=True)  # the answer again is no reason
    assert not explained("Correct: B", "443", titled=True)
    assert explained("TLS listens there.", "443", titled=True)
    assert not explained("NAT gateway is fault tolerant and scales", "x", titled=False)
    assert not explained("Use it, e.g. when the load grows at night.", "x", titled=False)
    assert explained("It scales alone. It also spans zones.", "x", titled=False)
    assert not explained("同じリージョン内なら転送料金はかからない。", "x", titled=False)
    assert explained("同じリージョン内なら転送料金はかからない。ゾーンをまたぐと料金が発生する。",
                     "x", titled=False)
    # Repeating a long option is no explanation of it.
    option = "Launch the hosts in the same region as the bucket and copy the files there again"
    assert not explained(f"{option}.", option, titled=False)


SPELLED = """\
# Drills

### Q1. Which device spreads TCP connections over hosts at the fourth layr?

- A) Netwrok Load Balancer
- B) Web firewall
- C) Name server

**Answer:** A

**Explanation:** it balances connections at layer four; each stays on one host of the layr below.
"""


def test_spelling_fixes_reach_the_choices_not_the_authors_stem_or_why() -> None:
    (q,) = _authored(SPELLED, typos={"Netwrok": "Network", "layr": "layer"})
    assert q.correct_choice == "Network Load Balancer"
    # The stem and the author's why show the notes' own words.
    assert "at the fourth layr?" in q.prompt
    assert q.explanation.splitlines()[0] == "- Network Load Balancer"
    assert "of the layr below" in q.explanation
