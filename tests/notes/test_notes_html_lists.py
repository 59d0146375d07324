"""HTML lists (`<ul>`/`<ol>` with `<li>` items, as people write inside
`<details>` answers) are read as the bulleted lists they render as."""

from __future__ import annotations

from bot.notes.loader import parse_markdown

DETAILS = """# Database

<details>
<summary><strong>What kinds of anomaly are there?</strong></summary>
<hr>
<ul>
  <li>Insertion anomaly : a row cannot be added without values it does not have</li>
  <li>Update anomaly : a copy of a value is changed and the others are not</li>
  <li>Advantages
    <ol>
      <li>Less repeated data.</li>
      <li>Changes in one place.</li>
    </ol>
  </li>
</ul>
<hr>
</details>
"""


def test_list_items_inside_details_are_bullets_of_the_answer() -> None:
    deck = parse_markdown(DETAILS, "notes.md")
    topic = deck.topics()[0]
    assert topic.kind == "question"
    texts = [f.text for f in topic.facts]
    assert texts[0].startswith("Insertion anomaly")
    assert topic.facts[0].term == "Insertion anomaly"
    assert topic.facts[1].term == "Update anomaly"
    advantages = topic.facts[2]
    assert advantages.text == "Advantages"
    assert [c.text for c in advantages.children] == ["Less repeated data.", "Changes in one place."]


def test_an_item_written_over_two_lines_is_one_bullet() -> None:
    text = ("## Notes\n<ul>\n<li>Locks are held\nuntil the transaction ends</li>\n"
            "<li>Two</li>\n</ul>\n")
    facts = parse_markdown(text, "notes.md").topics()[0].facts
    assert [f.text for f in facts] == ["Locks are held until the transaction ends", "Two"]
