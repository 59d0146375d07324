"""A bold title line that labels a field of each record ('**Source**', a
worked-example line over a table under every ratio) is a label of the heading
above it, never a topic: a field's name is no name to ask or offer."""
from bot.notes.labels import is_generic
from bot.notes.parser import parse_file


def _record(name: str, field: str) -> str:
    return (f"### {name}\n\n{name} is measured every quarter.\n\n**{field}**\n\n"
            f"| firm | value |\n| --- | --- |\n| A | 1.{len(name)} |\n\n")


def test_a_title_over_each_record_is_a_label() -> None:
    text = "# Ratios\n\n" + "".join(
        _record(n, "Worked case") for n in ("Current ratio", "Quick ratio", "Cash ratio"))
    deck = parse_file(text, "r.md")
    assert [t.title for t in deck.topics()] == ["Current ratio", "Quick ratio", "Cash ratio"]
    assert all(t.tables for t in deck.topics())


def test_a_title_over_two_records_is_still_a_topic() -> None:
    text = "# Ratios\n\n" + "".join(
        _record(n, "Worked case") for n in ("Current ratio", "Quick ratio"))
    deck = parse_file(text, "r.md")
    assert "Worked case" in [t.title for t in deck.topics()]


def test_source_and_worked_example_words_are_labels() -> None:
    for word in ("Source", "Sources", "출처", "出处", "出典", "来源", "举例分析", "案例分析"):
        assert is_generic(word), word
    for name in ("Source NAT", "Sources of law", "资源", "来源地址"):
        assert not is_generic(name), name
