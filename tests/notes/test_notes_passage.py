"""What a lookup shows: the passage that answers, not the first lines of a big topic."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.notes import text as text_module
from bot.notes.glossary import Glossary
from bot.notes.loader import load_deck
from bot.notes.lookup import LookupIndex

NOTES = Path(__file__).resolve().parents[1] / "data" / "styles" / "long_topic.md"


@pytest.fixture(scope="module")
def index() -> LookupIndex:
    return LookupIndex.build(load_deck(NOTES, glossary=Glossary()), Glossary())


def test_a_big_topic_shows_the_matching_facts_with_their_label_and_neighbours(
    index: LookupIndex,
) -> None:
    hit = index.search("스냅샷 증분").hits[0]
    assert hit.topic.title == "블록 스토리지 정리"
    lines = hit.text.splitlines()
    assert "- 주의할 점" in lines  # the label the fact sits under
    assert "  - 스냅샷은 증분으로 저장되어 첫 번째 스냅샷만 전체를 복사한다" in lines
    assert "    - 복원할 때는 지연 로딩으로 처음 읽기가 느리다" in lines  # its own sub-bullet
    assert "…" in lines  # something was left out, and it says so
    assert len(hit.text) <= 1300
    # The same topic asked about its start shows its start.
    first = index.search("블록 스토리지 정리").hits[0].text.splitlines()
    assert first[:2] == ["- 특징", "  - 항목 1: 블록 장치의 일반적인 성질 번호 1 를 적어 둔 줄"]


def test_a_small_topic_is_shown_whole(index: LookupIndex) -> None:
    assert index.search("토픽").hits[0].text == "- 구독자 모두에게 메시지를 밀어 보낸다"


def test_versus_shows_the_notes_own_comparison_first_then_each_side(index: LookupIndex) -> None:
    hits = index.search("큐 vs 토픽").hits
    assert [h.topic.title for h in hits[:3]] == ["비교", "큐", "토픽"]
    assert "| 전달 | 한 소비자가 가져감 | 모든 구독자에게 |" in hits[0].text


def test_a_query_does_not_tokenize_the_notes_again(monkeypatch: pytest.MonkeyPatch) -> None:
    """The p99 cost was every query tokenizing every line of a big topic: a
    topic's lines are tokenized the first time it is shown, then kept."""
    fresh = LookupIndex.build(load_deck(NOTES, glossary=Glossary()), Glossary())
    first = fresh.search("스냅샷 증분").hits[0].text
    calls: list[str] = []
    real = text_module.tokens

    def counting(text: str, *, phrase: bool = False) -> list[str]:
        calls.append(text)
        return real(text, phrase=phrase)

    monkeypatch.setattr(text_module, "tokens", counting)
    assert fresh.search("스냅샷 증분").hits[0].text == first
    assert len(calls) < 10  # the query's own words only, not the topic's lines


def _one_topic(tmp_path: Path, body: str) -> LookupIndex:
    notes = tmp_path / "notes.md"
    fillers = "".join(f"## Other {n}\n\n- something else entirely {n}\n\n" for n in range(6))
    notes.write_text(f"# Notes\n\n{body}\n{fillers}", encoding="utf-8")
    return LookupIndex.build(load_deck(notes, glossary=Glossary()), Glossary())


def test_the_rare_word_of_a_query_picks_the_lines(tmp_path: Path) -> None:
    """In a long CoreDNS topic every line says CoreDNS; the line that answers
    "coredns reload" is the one that says reload."""
    lines = [f"- CoreDNS setting number {n} is described at some length here, {'x' * 60}"
             for n in range(14)]
    lines.insert(11, "- `reload`: a changed Corefile is read again within two minutes")
    index = _one_topic(tmp_path, "## CoreDNS\n\n" + "\n".join(lines) + "\n")
    hit = index.search("coredns reload").hits[0]
    assert "a changed Corefile is read again" in hit.text


def test_table_rows_are_about_their_header(tmp_path: Path) -> None:
    """Rows under "Security Group | Network ACL" compare the two, though no
    cell names them: they are what "NACL vs security group" wants to see."""
    bullets = [f"- NACL rule detail {n} written out in a long sentence, {'y' * 60}"
               for n in range(12)]
    table = (
        "| Security Group | NACL |\n|---|---|\n"
        "| instance level | subnet level |\n| stateful: replies allowed | stateless |\n"
    )
    index = _one_topic(tmp_path, "## NACL\n\n" + "\n".join(bullets) + "\n\n" + table)
    hit = index.search("NACL security group").hits[0]
    assert "| stateful: replies allowed | stateless |" in hit.text
