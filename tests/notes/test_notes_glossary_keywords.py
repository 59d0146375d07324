"""Glossary keywords: search-only words, kept apart from a name's spellings."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.notes.errors import NotesError
from bot.notes.glossary import Glossary, load_glossary
from bot.notes.loader import parse_markdown
from bot.notes.lookup import LookupIndex
from bot.notes.merge import concept_key

BOTH_FORMS = """\
Lambda: [람다, AWS Lambda]
Aurora: 오로라
Empty:
Translate: {aliases: [Amazon Translate, 트랜슬레이트], keywords: [번역, Translation]}
Macie: {keywords: 민감한 데이터}
Kendra: {aliases: [Kendera]}
"""


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "glossary.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_both_forms_parse_and_keywords_are_not_spellings(tmp_path: Path) -> None:
    glossary = load_glossary(_write(tmp_path, BOTH_FORMS))
    assert len(glossary) == 6
    assert glossary.aliases("lambda") == {"lambda", "람다", "aws lambda"}
    assert glossary.aliases("오로라") == {"aurora", "오로라"}
    assert glossary.aliases("Empty") == {"empty"}
    assert glossary.aliases("트랜슬레이트") == {"translate", "amazon translate", "트랜슬레이트"}
    assert glossary.keywords("Amazon Translate") == {"번역", "translation"}
    assert glossary.keywords("macie") == {"민감한 데이터"}
    assert glossary.keywords("Kendera") == frozenset()
    assert glossary.keywords("Lambda") == frozenset()
    # A keyword names nothing: it neither resolves to the entry nor is an alias.
    assert glossary.canonical("번역") is None and glossary.entry("민감한 데이터") is None
    assert "번역" not in glossary.aliases("Translate")


def test_lookup_glossary_counts_keywords_as_spellings(tmp_path: Path) -> None:
    glossary = load_glossary(_write(tmp_path, BOTH_FORMS)).for_lookup()
    assert glossary.canonical("번역") == "Translate"
    assert glossary.canonical("민감한데이터") == "Macie"
    assert "translation" in glossary.aliases("Amazon Translate")
    plain = Glossary.from_mapping({"Lambda": ["람다"]})
    assert plain.for_lookup() is plain


def test_a_keyword_never_takes_a_spelling_from_another_entry() -> None:
    glossary = Glossary.from_mapping(
        {"Lex": ["렉스"], "Connect": ["커넥트"]}, {"Lex": ["챗봇"], "Connect": ["챗봇", "고객센터"]}
    )
    assert glossary.for_lookup().canonical("챗봇") == "Lex"  # the first entry keeps it
    # A keyword that is also the entry's own alias stays an alias only.
    both = Glossary.from_mapping({"Lex": ["렉스"]}, {"Lex": ["렉스", "챗봇"]})
    assert both.keywords("Lex") == {"챗봇"}


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("Macie: {aliases: [메이시], synonyms: [PII]}\n", "only have aliases and keywords"),
        ("Macie: {keywords: {a: b}}\n", "keywords of 'Macie' must be a list"),
        ("Macie: {aliases: 3}\n", "aliases of 'Macie' must be a list"),
        ("Macie: [[메이시]]\n", "spellings of 'Macie' must be a list"),
    ],
)
def test_a_malformed_entry_is_a_clear_error(tmp_path: Path, text: str, message: str) -> None:
    path = _write(tmp_path, text)
    with pytest.raises(NotesError, match=message) as caught:
        load_glossary(path)
    assert caught.value.file == str(path)


def test_keywords_do_not_merge_topics_but_aliases_do() -> None:
    glossary = Glossary.from_mapping({"Translate": ["Amazon Translate"]}, {"Translate": ["번역"]})
    assert concept_key("Amazon Translate", glossary) == concept_key("Translate", glossary)
    assert concept_key("번역", glossary) != concept_key("Translate", glossary)
    notes = "# ML\n## Translate\n- 언어 간 텍스트 변환\n## 번역\n- 사람이 하는 일\n"
    deck = parse_markdown(notes, "n.md", glossary=glossary)
    assert [t.title for t in deck.topics()] == ["Translate", "번역"]


def test_lookup_finds_a_topic_by_keyword_only() -> None:
    notes = (
        "# 머신러닝\n## Translate\n- 언어 간 텍스트 변환\n"
        "## Polly\n- 텍스트를 음성으로 바꿈\n## Textract\n- 스캔 문서에서 텍스트 추출\n"
    )
    names = {"Translate": ["Amazon Translate"], "Polly": [], "Textract": []}
    keyed = Glossary.from_mapping(names, {"Translate": ["번역"]})
    deck = parse_markdown(notes, "n.md", glossary=keyed)
    hits = LookupIndex.build(deck, keyed).search("번역", 3).hits
    assert hits and hits[0].topic.title == "Translate"
    # Without the keyword the notes never say "번역", so nothing leads to Translate.
    bare = LookupIndex.build(deck, Glossary.from_mapping(names)).search("번역", 3).hits
    assert all(h.topic.title != "Translate" for h in bare)


def test_seed_glossary_keywords_still_lead_lookup(index: LookupIndex, glossary: Glossary) -> None:
    assert glossary.canonical("챗봇") is None and "챗봇" in glossary.keywords("Lex")
    assert glossary.canonical("민감한 데이터") is None
    for query, title in [("챗봇", "Lex"), ("민감한 데이터", "Macie"), ("번역", "Translate")]:
        top = [h.topic.title for h in index.search(query, 3).hits]
        assert any(title.casefold() in t.casefold() for t in top), (query, top)


def test_seed_keywords_are_unique_across_entries(glossary: Glossary) -> None:
    seen: dict[str, str] = {}
    names = {k for e in glossary.entries for k in e.spellings}
    for entry in glossary.entries:
        for word in entry.keywords:
            assert word not in names, f"{word!r} is a keyword of {entry.canonical} and a name"
            assert word not in seen, f"{word!r} in {seen.get(word)} and {entry.canonical}"
            seen[word] = entry.canonical
