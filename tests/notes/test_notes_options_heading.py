"""A practice question written as a numbered heading over its question, then
an 'Options' heading over the options and an 'Answer' heading: the question
asked is the one under the numbered heading, never the 'Options:' label.
Options under no question are no card. Notes written for the test."""

from __future__ import annotations

from bot.notes.cards import AuthorCard, scan_cards

EN = """# Security practice

## Question 1
**Which attack floods a service with more traffic than it can handle?**

### Options:
- A) Phishing
- B) Denial of service
- C) SQL injection
- D) Spoofing

### Answer:
**B) Denial of service**

### Explanation:
It exhausts the service's capacity so real users are turned away.

---

## Question 2
**Which principle gives each user only the access their job needs?**

### Options:
- A) Defense in depth
- B) Separation of duties
- C) Least privilege

### Answer:
**C) Least privilege**
"""

KO = """# 보안 문제

## 문제 1
**데이터가 허가 없이 바뀌지 않도록 보장하는 원칙은?**

### 보기
1. 기밀성
2. 무결성
3. 가용성

### 정답
2
"""

NO_QUESTION = """# Practice

### Options:
- A) Phishing
- B) Denial of service
- C) SQL injection

### Answer:
B
"""


def _practice(text: str) -> list[AuthorCard]:
    return [c for c in scan_cards(text, "n.md").cards if c.syntax == "practice"]


def test_the_question_is_the_numbered_headings_own() -> None:
    cards = _practice(EN)
    assert [(c.front, c.back) for c in cards] == [
        ("Which attack floods a service with more traffic than it can handle?",
         "Denial of service"),
        ("Which principle gives each user only the access their job needs?", "Least privilege"),
    ]
    assert all(c.headings == ("Security practice",) for c in cards)
    assert cards[0].choices == ("Phishing", "Denial of service", "SQL injection", "Spoofing")


def test_korean_options_heading() -> None:
    cards = _practice(KO)
    assert [(c.front, c.back) for c in cards] == [
        ("데이터가 허가 없이 바뀌지 않도록 보장하는 원칙은?", "무결성"),
    ]


def test_options_under_no_question_are_no_card() -> None:
    assert all(c.front.strip(": ") not in ("Options", "Practice", "")
               for c in scan_cards(NO_QUESTION, "n.md").cards)
