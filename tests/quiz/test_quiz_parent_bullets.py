"""A section about one thing whose bullet has details under it: the bullet
itself says something about the thing ('Links two private networks directly'
above 'No traffic over the internet'), unless it is a line cut off
mid-sentence that the lines under it go on with ('Automatically notices
changes in the' / 'routing table')."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.material import read_material
from bot.quiz.text import NoGlossary

NOTES = """# Networking

## Peering link
- Links two private networks directly
    - No traffic over the public internet

## Route table helper
- Automatically notices changes in the
    - routing table of the network

## 接続ハブ
- 複数のネットワークを中央ハブで接続する
    - マルチキャストが可能になる

## 変換装置
- プライベートサブネットの
    - インスタンスをインターネットに接続する
"""


def _statements() -> dict[str, list[str]]:
    material = read_material(parse_markdown(NOTES, "net.md"), NoGlossary())
    return {c.name: [s.text for s in c.statements] for group in material.groups for c in group}


def test_a_whole_bullet_with_lines_under_it_is_a_statement() -> None:
    said = _statements()
    assert "Links two private networks directly" in said.get("Peering link", [])
    assert "複数のネットワークを中央ハブで接続する" in said.get("接続ハブ", [])


def test_a_bullet_cut_off_mid_sentence_is_no_statement() -> None:
    said = _statements()
    assert "Automatically notices changes in the" not in said.get("Route table helper", [])
    assert "プライベートサブネットの" not in said.get("変換装置", [])


def test_a_line_wrapped_onto_the_next_is_no_statement() -> None:
    from bot.quiz.material import is_statement
    notes = ("## Alias helper\n- Points a name at a cloud resource\n"
             "- Automatically notices changes in the\n- resource's addresses\n"
             "- 레코드 변경을\n- 레코드 형식의 정의\n- 設定ファイルを\n- Falls back to plan A\n")
    facts = {f.text: is_statement(f)
             for t in parse_markdown(notes, "a.md").topics() for f in t.all_facts()}
    assert facts["Points a name at a cloud resource"] is True
    assert facts["Falls back to plan A"] is True
    assert facts["레코드 형식의 정의"] is True  # '정의' is a noun, no particle
    for cut in ("Automatically notices changes in the", "레코드 변경을", "設定ファイルを"):
        assert facts[cut] is False, cut
