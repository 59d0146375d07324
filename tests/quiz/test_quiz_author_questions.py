"""Multiple-choice questions the author wrote in the notes (a stem, keyed
options, a line naming the right one) are asked as written: the author's
choices, the author's answer, the author's 'why'. Every note here is written
for the test."""

from __future__ import annotations

from bot.notes.cards import scan_cards
from bot.notes.loader import parse_markdown
from bot.notes.practice import read_practice
from bot.quiz.bank import build_bank
from bot.quiz.question import Question

EXAM = """\
# Queue Drills

## Question 1 – Slow Consumers

**Topic:** Decoupling

Orders arrive faster than the billing service can handle them at peak hours.
Which change keeps every order without losing any?

A. Give the billing hosts a larger disk
B. Call the billing service twice for each order
C. Put a message queue between the shop and billing
D. Drop orders when billing answers slowly

**Correct answer:** C

**Why C is correct:**

- A queue holds orders until billing is free to take them.

**Why the other options are incorrect:**

- A: A disk does not speed up the calls.
- B: Calling twice doubles the load.

---

## Question 2 – Message Size

How large may one message be at most?

A. 64 KB
B. 256 KB
C. 10 MB

**Correct answer:** B

**Explanation:** a larger body goes to object storage and the message carries a pointer.
"""


def _authored(text: str) -> list[Question]:
    return [q for q in build_bank(parse_markdown(text, "drills.md")) if q.kind == "author"]


def test_a_question_with_a_correct_answer_line_is_asked_as_written() -> None:
    first, second = _authored(EXAM)
    assert first.prompt.endswith("Orders arrive faster than the billing service can handle "
                                 "them at peak hours. Which change keeps every order without "
                                 "losing any?")
    assert "Topic" not in first.prompt and "Decoupling" not in first.prompt  # metadata
    assert sorted(first.choices) == sorted([
        "Give the billing hosts a larger disk", "Call the billing service twice for each order",
        "Put a message queue between the shop and billing",
        "Drop orders when billing answers slowly"])
    assert first.correct_choice == "Put a message queue between the shop and billing"
    # The question's own heading is no breadcrumb (its title is written for
    # the question): the section above it tells where the question stands.
    assert first.context == "Queue Drills"
    # The author's 'why' rides along; the letters of the other part do not.
    assert "A queue holds orders until billing is free to take them." in first.explanation
    assert "A disk" not in first.explanation and "Why C" not in first.explanation
    assert (second.correct_choice, len(second.choices)) == ("256 KB", 3)


TRANSLATED = """\
# 네트워크 연습문제

### Q1. Which device forwards packets between networks?

**번역:** 네트워크 사이에서 패킷을 전달하는 장치는?

**선지:**
- A) Hub → 허브
- B) Switch → 스위치
- C) Router → 라우터

**정답:** C

**선지별 해설:**
- **A) Hub:** 같은 신호를 모든 포트로 보낸다. 오답입니다.
- **C) Router:** 정답입니다. 라우팅 테이블을 보고 네트워크 사이에서 패킷을 전달한다.
"""


def test_a_heading_that_asks_is_the_stem_and_translated_options_keep_the_original() -> None:
    (question,) = _authored(TRANSLATED)
    assert question.prompt.endswith("\nWhich device forwards packets between networks?")
    assert sorted(question.choices) == ["Hub", "Router", "Switch"]
    assert question.correct_choice == "Router"
    # The line explaining the right option, not the first option's.
    assert "라우팅 테이블을 보고" in question.explanation
    assert "모든 포트로" not in question.explanation


def _answer_of(lines: list[str]) -> str | None:
    found = read_practice(["Which port does HTTPS use?", "", "A. 80", "B. 443", "C. 22", "",
                           *lines])
    if found is None or found.answer is None:
        return None
    return found.options[found.answer]


def test_the_common_ways_of_writing_the_answer_are_read() -> None:
    for lines in (["Answer: B"], ["**Answer:** (b)"], ["答え：B"], ["정답 : B."],
                  ["> **Correct answer: B**"], ["Answer: B) 443"], ["Answer: 443"],
                  ["✅ 정답: B"], ["**정답**", "", "B"],
                  ["<details>", "<summary>정답 보기</summary>", "", "B", "", "</details>"],
                  ["<details><summary>Answer</summary>Answer: B</details>"]):
        assert _answer_of(lines) == "443", lines
    coded = read_practice(["Which grants upload only?", "A. `s3:*`", "B. `s3:PutObject`",
                           "C. `s3:GetObject`", "Answer: B"])
    assert coded is not None and coded.options == ("s3:*", "s3:PutObject", "s3:GetObject")
    numbered = read_practice(["어느 포트인가?", "① 80", "② 443", "③ 22", "정답: 2번"])
    assert numbered is not None and numbered.answer == 1


def test_an_answer_key_right_after_its_label_is_read_without_a_colon() -> None:
    # 'Answer B', 'Ans b : the reason', a whole line set as code: the key
    # follows the label directly.
    for lines in (["`Answer B`"], ["Ans b"], ["`Ans : B`"], ["Answer B : 443 is HTTPS"],
                  ["`Answer B: TLS port`"], ["정답 B"]):
        assert _answer_of(lines) == "443", lines
    # Two keys, or a label running on into prose, name no single option.
    for lines in (["`Ans B, C`"], ["Answer B or C"], ["Answer a few more"]):
        assert _answer_of(lines) is None, lines
    # The reason after the key is the author's explanation.
    read = read_practice(["Which port serves HTTPS?", "A. 80", "B. 443", "C. 22",
                          "`Answer B : TLS listens there by default`"])
    assert read is not None and read.note == "TLS listens there by default"


def test_an_answer_that_names_no_single_option_is_no_question() -> None:
    for lines in (["Answer: B, C"], ["Answer: D"], ["Answer: 2"], ["Answer: B) 80"],
                  ["Answer: HTTPS"], ["Answer: B or C"]):
        assert _answer_of(lines) is None, lines
    # Options that skip a key, or an answer above the options, are no question.
    assert read_practice(["Which?", "A. 80", "B. 443", "D. 22", "Answer: B"]) is None
    assert read_practice(["Answer: B", "A. 80", "B. 443", "C. 22"]) is None
    # A fold titled otherwise holds something else, not the answer.
    assert _answer_of(["<details><summary>Hint</summary>B</details>"]) is None


def test_a_wrong_answer_line_is_reported_not_asked() -> None:
    notes = EXAM.replace("**Correct answer:** B", "**Correct answer:** B, C")
    scan = scan_cards(notes, "drills.md")
    assert len([c for c in scan.cards if c.choices]) == 1
    assert [p.source.line for p in scan.problems] == [notes.splitlines().index(
        "## Question 2 – Message Size") + 1]
    assert len(_authored(notes)) == 1


def test_options_without_an_answer_stay_what_they_were() -> None:
    notes = "## Load balancers\n\nThree kinds:\n\nA. Application\nB. Network\nC. Gateway\n"
    assert not [c for c in scan_cards(notes, "lb.md").cards if c.choices]


GIVEAWAY = """\
# Storage Drills

## Question 1 – Analytics

A company keeps a data lake in object storage and needs permissions per column. Which service?

A. Lake Formation
B. Macie
C. Key Management Service

Answer: A
Why: it grants table and column permissions over the lake's catalog.

## Question 2 – Archives

Records must be kept for years and retrieved within minutes. Which storage class?

A. Standard
B. Glacier Instant Retrieval
C. Glacier Flexible Retrieval

Answer: B
Why: it costs little to keep and returns objects in milliseconds.
"""


def test_a_stem_word_only_the_answer_shows_gives_it_away() -> None:
    # 'data lake' points at Lake Formation alone; 'retrieved' points at two
    # Retrieval classes, so at neither.
    (kept,) = _authored(GIVEAWAY)
    assert kept.correct_choice == "Glacier Instant Retrieval"


DRILL = """\
# Port Drill

Ports are numbers that name a service on a host.

**1.** Which port does HTTPS listen on by default?
- A. 80
- B. 443
- C. 8080

Answer: B
HTTPS is HTTP over TLS on 443.

**2.** Which port does SSH use?
- A. 21
- B. 23
- C. 22

Answer: C

Which transport does DNS use for ordinary lookups?
(a) UDP
(b) SCTP
(c) QUIC
정답: (a)

1. What is a port number?
A port number names a service.
"""


def test_questions_among_other_text_are_read_one_by_one() -> None:
    cards = [c for c in scan_cards(DRILL, "ports.md").cards if c.choices]
    assert [(c.front, c.back) for c in cards] == [
        ("Which port does HTTPS listen on by default?", "443"),
        ("Which port does SSH use?", "22"),
        # The paragraph above the question is not part of it.
        ("Which transport does DNS use for ordinary lookups?", "UDP"),
    ]
    assert cards[0].note == "HTTPS is HTTP over TLS on 443."
    assert cards[1].note == ""  # the next question is no explanation
    assert all(c.headings == ("Port Drill",) for c in cards)


def test_the_right_options_line_is_the_explanation_without_its_label_and_links() -> None:
    found = read_practice(["Which port does HTTPS use?", "A) 80", "B) 443", "C) 22", "",
                           "**Answer:** B", "", "**(A)** : 80 is plain HTTP.",
                           "**(B) 정답** : TLS listens on 443. → [📖 Ports](/section/ports#tls)"])
    assert found is not None and found.note == "TLS listens on 443."


LOOKS = """\
# Catalog Drills

## Question 1 – Schemas

Analysts query files in object storage and want to stop managing schemas by hand. What helps?

A. Copy the files to a bigger disk every night
B. Run a crawler that infers schemas and fills the data catalog
C. Ask each analyst to keep a spreadsheet of columns

Answer: B
Why: the crawler reads the files and records their columns for every query engine.

## Question 2 – Cross-team reads

Another team must read the build logs kept in our storage account. What is the safest way?

A. Make the bucket public
B. Mail the logs each day
C. Let their role assume a read-only role of ours, granted by the bucket's own policy, and audit it

Answer: C
Why: nothing is made public and every read is logged.

## Question 3 – Access

Another team must read the build logs kept in our storage account. How is access granted?

A. Make the bucket readable by everyone on the internet
B. Mail a copy of the logs to the team every day
C. A bucket policy granting their role read access

Answer: C
Why: the policy names their role and lets it read, nothing more.
"""


def test_an_author_answer_set_apart_by_a_stem_word_or_its_length_is_not_asked() -> None:
    # 'schemas' in the stem and only in the answer; an answer far longer than
    # every other; a four-letter word ('access') in a sentence points at nothing.
    (kept,) = _authored(LOOKS)
    assert kept.correct_choice == "A bucket policy granting their role read access"


def test_a_heading_numbered_plainly_that_asks_is_the_stem_without_its_number() -> None:
    notes = ("# Ports\n\n### 3. Which port does HTTPS use?\n\nA. 80\nB. 443\nC. 22\n\n"
             "정답: B\n")
    (card,) = [c for c in scan_cards(notes, "p.md").cards if c.choices]
    assert (card.front, card.back, card.headings) == (
        "Which port does HTTPS use?", "443", ("Ports",))
