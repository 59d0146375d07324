"""A numbered list of whole statements (rules, limits) stays lines of its
section even when one item has an example under it; a numbered list of names
with bullets under them stays a list of topics. Every note here is written for
the test."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.notes.model import Deck
from bot.quiz.bank import build_bank

KO_RULES = """\
# 서브넷 확장

### 보조 주소 범위

1. 기존 네트워크에 보조 주소 범위를 붙일 수 있음
2. 보조 범위는 기존 범위와 겹칠 수 없음
3. 보조 범위는 라우팅 표의 경로보다 넓어서는 안됨
   - 가령, 10.2.0.0/24 경로가 있으면 10.2.0.0/16 범위는 붙일 수 없음
4. 하나의 네트워크에 총 7개의 보조 범위를 붙일 수 있음
"""

EN_RULES = """\
# Queue limits

### Message rules

1. A message body holds at most 256 KB of text.
2. A message stays hidden for 30 seconds after it is read.
   - Another reader sees it again after that.
3. A queue keeps a message for 4 days unless told otherwise.
"""

JA_RULES = """\
# キューの制約

### メッセージの規則

1. メッセージは一度に十件まで受け取れる。
2. 読まれたメッセージは三十秒間見えなくなる。
   - その後は別の読み手に渡る
3. 保持期間は最大十四日まで延ばせる。
"""

NAMED_TOPICS = """\
# Storage

### Kinds of volume

1. Block volume
   - attached to one server at a time
2. File share
   - mounted by many servers at once
3. Object bucket
   - reached over HTTP
"""

# One-word names that end like a Korean predicate ('람다' is Lambda).
KO_NAMES = """\
# 서버리스

### 실행 서비스

1. 람다
   - 요청이 올 때만 코드를 실행
2. 판다
   - 표 형태의 데이터를 다루는 라이브러리
"""


def _deck(text: str) -> Deck:
    return parse_markdown(text, "rules.md")


def _titles(deck: Deck) -> list[str]:
    return [t.title for t in deck.topics()]


def test_numbered_statements_with_an_example_stay_lines_of_the_section() -> None:
    for text, title, first in (
        (KO_RULES, "보조 주소 범위", "기존 네트워크에 보조 주소 범위를 붙일 수 있음"),
        (EN_RULES, "Message rules", "A message body holds at most 256 KB of text."),
        (JA_RULES, "メッセージの規則", "メッセージは一度に十件まで受け取れる。"),
    ):
        deck = _deck(text)
        # No statement becomes the title of an empty topic.
        assert first not in _titles(deck)
        topic = next(t for t in deck.topics() if t.title == title)
        assert [f.kind for f in topic.facts][:3] == ["step", "step", "step"]
        assert topic.facts[0].text == first
        # The example stays under the rule it illustrates.
        assert any(f.children for f in topic.facts)


def test_numbered_names_with_bullets_stay_topics() -> None:
    titles = _titles(_deck(NAMED_TOPICS))
    assert {"Block volume", "File share", "Object bucket"} <= set(titles)
    assert {"람다", "판다"} <= set(_titles(_deck(KO_NAMES)))


def test_a_limit_written_as_a_numbered_rule_is_asked() -> None:
    bank = build_bank(_deck(KO_RULES))
    stems = [q.prompt for q in bank if q.kind == "cloze"]
    assert any("___" in s and "보조 범위를 붙일 수 있음" in s for s in stems)
