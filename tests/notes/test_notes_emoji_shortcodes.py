"""Emoji shortcodes (':notebook_with_decorative_cover:', ':+1:') are markup a
site draws as pictures, not words: a title or line shows without them. Times,
'key:value' text, table alignments and code spans keep their colons."""
from bot.notes.lines import clean_inline
from bot.notes.parser import parse_file


def test_shortcodes_are_no_text() -> None:
    assert clean_inline(":notebook_with_decorative_cover: 01_python - (1) python_intro") \
        == "01_python - (1) python_intro"
    assert clean_inline("리스트는 가변 자료형이다 :+1:") == "리스트는 가변 자료형이다"
    assert clean_inline(":white_check_mark: **done**") == "done"


def test_colons_that_close_no_shortcode_stay() -> None:
    for text in ("회의는 10:30 에 시작", "key:value:x", "std::vector::size", "|:-:|",
                 "http://host:80/path", "`a :b: c`", "Note: see :: here"):
        assert clean_inline(text) == text, text


def test_headings_show_without_shortcodes() -> None:
    deck = parse_file("# Notes\n\n## :rocket: 튜플\n\n- 불변 자료형이다\n\n"
                      "## :snake: 리스트\n\n- 가변 자료형이다\n", "py.md")
    assert [s.title for s in deck.sections] == ["튜플", "리스트"]
