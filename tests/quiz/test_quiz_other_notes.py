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
    - Only the one service is reachable
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
