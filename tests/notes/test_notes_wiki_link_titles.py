"""A numbered item titled by a wiki link (`1. **[[Physical (Layer 1)]]**`, an
Obsidian vault's way to link each item to its own note) is titled by the words
a reader sees: no brackets in a topic title, nor in a quiz choice."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank

VAULT = """## Layers of the stack

1. **[[Wire (Layer 1)]]**
   - Moves raw bits over copper, glass or radio
   - Examples: cables, hubs, repeaters

2. **[[Frame (Layer 2)|Frame]]**
   - Moves frames between neighbours on one segment
   - Examples: switches, bridges

3. **[[Route (Layer 3)]]**
   - Moves packets between networks by their logical address
   - Examples: routers, path tracing
"""


def test_a_numbered_item_titled_by_a_wiki_link_is_titled_by_its_words() -> None:
    deck = parse_markdown(VAULT, "layers.md")
    titles = [t.title for t in deck.topics()]
    assert titles == ["Wire (Layer 1)", "Frame", "Route (Layer 3)"]
    for q in build_bank(deck):
        assert not any("[[" in text or "]]" in text for text in (q.prompt, *q.choices)), q


FILES = """## Lab files (learn by doing)

### Read these in order

1. **[alpha.md](./alpha.md)** ← Start here
   - Creating static and dynamic disks
   - Reclaim rules (Retain, Delete) for released disks
   - Troubleshooting a disk that stays pending

2. **[bravo.md](./bravo.md)**
   - Binding rules (capacity, mode, class)
   - Partial binding and capacity planning
   - Debugging binding failures

3. **[charlie.md](./charlie.md)**
   - Several containers sharing one disk
   - Using a sub-path for isolation
   - Checking that data outlives the container

4. **[delta.md](./delta.md)**
   - Growing a request after it is bound
   - Online and offline expansion
   - Which classes allow growth
"""


def test_a_linked_file_of_the_folder_is_never_a_choice() -> None:
    # The item reads as its link's words, the file's name: a link to more notes.
    for q in build_bank(parse_markdown(FILES, "index.md")):
        assert not any(".md" in choice for choice in q.choices), q
