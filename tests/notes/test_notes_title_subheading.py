"""A sub-heading titled like the file's title is a topic of its own: the file
compares its subject with something else, and that side keeps its lines. Every
note here is written for the test."""

from __future__ import annotations

from bot.notes.loader import assemble, parse_markdown

PROXY = """\
# Edge Proxy

An edge proxy stands between clients and the servers behind it.

### SNI routing

- reads the server name before the TLS handshake ends

### Edge Proxy and Sidecar Proxy

- both forward requests for the application

#### Edge Proxy

- runs once at the border of the network
- terminates TLS for every client

#### Sidecar Proxy

- runs next to every service instance
"""

DESCRIBED = """\
# Edge Proxy

An edge proxy stands between clients and the servers behind it.

## Description

- forwards every request from outside

## SNI routing

- reads the server name before the TLS handshake ends
"""


def test_a_sub_heading_named_like_the_file_keeps_its_own_lines() -> None:
    deck = parse_markdown(PROXY, "proxy.md")
    edge = [t for t in deck.topics() if t.title == "Edge Proxy"]
    assert [t.kind for t in edge] == ["intro", "heading"]
    intro, side = edge
    assert [f.text for f in intro.facts] == [
        "An edge proxy stands between clients and the servers behind it."
    ]
    assert side.section == "Edge Proxy and Sidecar Proxy"
    assert [f.text for f in side.facts] == [
        "runs once at the border of the network",
        "terminates TLS for every client",
    ]
    assert not intro.also_in and not side.also_in


def test_a_generic_section_and_other_files_still_merge_into_the_title() -> None:
    deck = parse_markdown(DESCRIBED, "proxy.md")
    edge = [t for t in deck.topics() if t.title == "Edge Proxy"]
    assert len(edge) == 1
    assert "forwards every request from outside" in [f.text for f in edge[0].all_facts()]
    files = [parse_markdown(DESCRIBED, "a.md"), parse_markdown(PROXY, "b.md")]
    both = assemble(files, "edge", None)
    # The other file's sub-heading is the same concept as this file's title.
    assert [t.kind for t in both.topics() if t.title == "Edge Proxy"] == ["intro"]
