"""A line that names the kinds of a thing, with one sentence per kind under it
opening on that kind: each sentence is read as that kind's term line, and the
kinds are matched among themselves."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.reshape import reshaped

JA = """# 倉庫メモ

## 倉庫の種類

- 倉庫は冷蔵倉庫、保税倉庫、自動倉庫に分類される。
    - 冷蔵倉庫は、生鮮食品を零度前後で保管するために使用される。
    - 保税倉庫は輸入手続き前の貨物を関税を払わずに置いておける。
    - 自動倉庫はクレーンとコンベヤで無人のまま棚から荷を出し入れする。
        - 夜間も動かせる
"""

EN = """# Warehouse notes

## Warehouse kinds

- Warehouses come as cold stores, bonded yards and robot halls.
    - Cold stores are rooms kept near freezing for fresh produce.
    - Bonded yards are places where imports wait before duty is paid.
    - Robot halls are sheds where cranes move pallets with nobody inside.
    - Most sites are rented by the month.
"""


def _terms(text: str) -> dict[str, str | None]:
    deck = reshaped(parse_markdown(text, "notes.md"))
    return {f.term: f.definition for t in deck.topics() for f in t.all_facts()
            if f.term is not None}


def test_each_kind_listed_above_is_read_as_its_term_line() -> None:
    terms = _terms(JA)
    assert terms["冷蔵倉庫"] == "生鮮食品を零度前後で保管するために使用される。"
    assert terms["保税倉庫"] == "輸入手続き前の貨物を関税を払わずに置いておける。"
    assert "自動倉庫" in terms
    english = _terms(EN)
    assert english["Cold stores"] == "rooms kept near freezing for fresh produce."
    # A sentence opening on something the line above does not name stays as it is.
    assert "Most sites" not in english


def test_the_kinds_are_matched_under_the_whole_they_divide() -> None:
    matches = [q for q in build_bank(parse_markdown(JA, "notes.md")) if q.kind == "match"]
    assert matches
    for q in matches:
        # The breadcrumb shows what the kinds divide, never the line listing them.
        assert q.prompt.split("\n", 1)[0].endswith("> 倉庫")
        assert "冷蔵倉庫、保税倉庫" not in q.prompt


def test_two_kinds_are_no_list_of_kinds() -> None:
    two = JA.replace("    - 自動倉庫はクレーンとコンベヤで無人のまま棚から荷を出し入れする。\n"
                     "        - 夜間も動かせる\n", "")
    assert "冷蔵倉庫" not in _terms(two)
