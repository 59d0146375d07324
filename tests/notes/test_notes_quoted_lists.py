"""A list written inside a quote that stands under a bullet belongs to that
bullet: its items describe a sub-thing the quote names, never the topic itself.
Every note here is written for the test."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.notes.model import Fact, Topic
from bot.quiz.bank import build_bank

CACHE = """\
# Caches

### Least Recently Used

- evicts the entry unused for the longest time
- can keep a timestamp per entry

  > Clock bit
  >
  > - only approximates the order of use
  >   - the hand sweeps entries in a circle
  > - starts at 0 for every entry

- needs help from the hardware to be cheap

  > - a clock-hand sweep replaces the full ordering
"""


def _topic(title: str) -> Topic:
    deck = parse_markdown(CACHE, "cache.md")
    return next(t for t in deck.topics() if t.title == title)


def _fact(facts: tuple[Fact, ...] | list[Fact], text: str) -> Fact:
    return next(f for f in facts if f.text == text)


def test_a_quoted_list_under_a_bullet_stays_under_it() -> None:
    topic = _topic("Least Recently Used")
    assert [f.text for f in topic.facts] == [
        "evicts the entry unused for the longest time",
        "can keep a timestamp per entry",
        "needs help from the hardware to be cheap",
    ]
    stamp = _fact(topic.facts, "can keep a timestamp per entry")
    # The quote's title line is the bullet's item; the quoted list describes it.
    assert [c.text for c in stamp.children] == ["Clock bit"]
    clock = stamp.children[0]
    assert [c.text for c in clock.children] == [
        "only approximates the order of use",
        "starts at 0 for every entry",
    ]
    # Nesting written inside the quote is kept.
    approx = _fact(clock.children, "only approximates the order of use")
    assert [c.text for c in approx.children] == ["the hand sweeps entries in a circle"]


def test_a_quote_that_opens_on_a_list_nests_its_items_under_the_bullet() -> None:
    topic = _topic("Least Recently Used")
    cheap = _fact(topic.facts, "needs help from the hardware to be cheap")
    assert [c.text for c in cheap.children] == ["a clock-hand sweep replaces the full ordering"]


EVICTION = """\
# Page replacement

### First In First Out

- evicts the page that was loaded earliest
- can evict a page that is still in heavy use

### Least Recently Used

- evicts the page unused for the longest time
- moves a page to the top of a stack on every reference
- keeps a timestamp of the last use for every page.

  > Clock bit
  >
  > - settles for an approximation of the order of use
  > - is cleared by a hand that sweeps every page in a circle

### Optimal

- evicts the page whose next use is farthest away
- needs to know the future, so it only serves as a yardstick
"""


def test_a_quoted_list_is_no_clue_to_the_topic_it_stands_in() -> None:
    bank = build_bank(parse_markdown(EVICTION, "pages.md"))
    names = [q for q in bank if q.kind == "name"]
    assert any(q.correct_choice == "Least Recently Used" for q in names)
    for q in names:
        # Lines about the clock bit describe the sub-thing, not the algorithm.
        assert "approximation" not in q.prompt
        assert "sweeps every page" not in q.prompt
