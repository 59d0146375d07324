"""An arrow or a colon inside brackets belongs to the bracketed remark: it never
splits a line into a term and its definition ('ARP(IP 주소 -> MAC 주소), RARP')."""

from __future__ import annotations

from bot.notes.lines import split_term


def test_an_arrow_inside_brackets_splits_nothing() -> None:
    split = split_term("IP, ICMP, ARP(IP 주소 -> MAC 주소), RARP")
    assert split.term is None and split.definition is None


def test_a_colon_inside_brackets_splits_nothing() -> None:
    assert split_term("Anycast (see also: multicast) routing").term is None
    assert split_term("（注：一時的） キャッシュ").term is None


def test_a_separator_outside_brackets_still_splits() -> None:
    split = split_term("NAT (in RFC 1918 networks: private) : rewrites addresses")
    assert (split.term, split.definition) == ("NAT (in RFC 1918 networks: private)",
                                              "rewrites addresses")
    arrow = split_term("ARP (IP -> MAC) -> resolves addresses")
    assert (arrow.term, arrow.definition) == ("ARP (IP -> MAC)", "resolves addresses")
    assert split_term("1) Route: picks a path").term == "1) Route"
