"""Loading from disk: clear errors for unusable files, directories, merging, glossary."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.notes.glossary import Glossary, load_glossary
from bot.notes.loader import NotesError, load_deck
from bot.notes.merge import concept_key

DATA = Path(__file__).resolve().parents[1] / "data"


def test_invalid_utf8_names_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.md"
    bad.write_bytes(b"### S\n1. T\n- ok\n- bad \xff byte\n")
    with pytest.raises(NotesError) as caught:
        load_deck(bad)
    err = caught.value
    assert err.file == str(bad) and err.line == 4
    assert str(err).startswith(f"{bad}:4: not valid UTF-8")
    assert "\n" not in str(err)


def test_empty_and_blank_files_are_errors(tmp_path: Path) -> None:
    for name, data in (("empty.md", b""), ("blank.md", b"  \n\t\n")):
        path = tmp_path / name
        path.write_bytes(data)
        with pytest.raises(NotesError, match="empty") as caught:
            load_deck(path)
        assert caught.value.file == str(path) and caught.value.line is None


def test_missing_path_and_directory_without_notes(tmp_path: Path) -> None:
    with pytest.raises(NotesError, match="no such file"):
        load_deck(tmp_path / "nope.md")
    with pytest.raises(NotesError, match=r"no \.md files"):
        load_deck(tmp_path)


def test_utf8_bom_and_crlf_are_fine(tmp_path: Path) -> None:
    path = tmp_path / "win.md"
    path.write_bytes("\ufeff### 섹션\r\n1. 토픽\r\n- 사실\r\n".encode())
    deck = load_deck(path)
    assert [s.title for s in deck.sections] == ["섹션"]
    assert [f.text for f in deck.topics()[0].facts] == ["사실"]


def test_directory_loads_sorted_files_and_merges_across_them_with_its_glossary() -> None:
    deck = load_deck(DATA / "deck_dup")
    assert [Path(f).name for f in deck.files] == ["a.md", "b.md"]
    proxy = [t for t in deck.topics() if t.title == "RDS 프록시"]
    assert len(proxy) == 1
    assert [f.text for f in proxy[0].facts] == ["연결 풀 공유", "IAM 인증 강제"]
    assert [(Path(s.file).name, s.line) for s in proxy[0].also_in] == [("b.md", 4)]
    assert "RDS - Proxy" not in [t.title for t in deck.topics()]
    # Generic headings are not one concept just because they share a word.
    assert [t.title for t in deck.topics()].count("Overview") == 2


def test_without_the_glossary_different_spellings_stay_apart() -> None:
    deck = load_deck(DATA / "deck_dup", glossary=Glossary())
    titles = [t.title for t in deck.topics()]
    assert "RDS 프록시" in titles and "RDS - Proxy" in titles


def test_concept_key_ignores_separators_aws_and_order(glossary: Glossary) -> None:
    assert concept_key("RDS - 다중 AZ", glossary) == concept_key("RDS 다중 AZ", glossary)
    assert concept_key("AWS Elastic Beanstalk") == concept_key("Elastic Beanstalk")
    assert concept_key("RDS - RDS Custom", glossary) == concept_key("RDS 커스텀", glossary)
    assert concept_key("RDS 보안", glossary) != concept_key("RDS, 오로라 보안", glossary)


def test_glossary_aliases_and_canonical(glossary: Glossary) -> None:
    assert {"람다", "lambda"} <= glossary.aliases("Lambda")
    assert glossary.aliases("스폿") >= {"스팟", "spot"}
    assert glossary.canonical("보안 그룹") == glossary.canonical("보안그룹") == "Security Group"
    assert glossary.canonical("security-group") == "Security Group"
    assert glossary.canonical("Ahtena") == "Athena"
    assert glossary.canonical("오로라") == "Aurora"
    assert glossary.canonical("글래시어") == "Glacier"
    assert glossary.canonical("고정 세션") == glossary.canonical("sticky session")
    assert glossary.canonical("no such thing") is None
    assert glossary.aliases("No Such Thing") == frozenset({"no such thing"})


@pytest.mark.parametrize(
    "typo",
    [
        "Visiblity",
        "Ahtena",
        "QuickSignt",
        "Kendera",
        "Retireval",
        "Inteligent",
        "Maneger",
        "Oraganizations",
    ],
)
def test_glossary_knows_the_decks_misspellings(glossary: Glossary, typo: str) -> None:
    # Each misspelling appears in some spelling of some entry.
    assert any(typo.casefold() in s for e in glossary.entries for s in e.spellings)


def test_glossary_spellings_are_claimed_once(glossary: Glossary) -> None:
    from bot.notes.glossary import glossary_key

    seen: dict[str, str] = {}
    for entry in glossary.entries:
        for key in {glossary_key(s) for s in entry.spellings}:
            assert key not in seen, f"{key!r} in {seen.get(key)} and {entry.canonical}"
            seen[key] = entry.canonical


def test_missing_glossary_is_empty_and_bad_yaml_is_an_error(tmp_path: Path) -> None:
    assert len(load_glossary(tmp_path / "none.yaml")) == 0
    bad = tmp_path / "g.yaml"
    bad.write_text("Lambda: [람다\nAurora: 오로라\n", encoding="utf-8")
    with pytest.raises(NotesError) as caught:
        load_glossary(bad)
    assert caught.value.file == str(bad) and caught.value.line is not None
    bad.write_text("- just\n- a list\n", encoding="utf-8")
    with pytest.raises(NotesError, match="map a name"):
        load_glossary(bad)
