"""bm25.py scores rows exactly as FTS5 does: same rows, same scores, same order."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from itertools import pairwise
from pathlib import Path

from bot.notes.glossary import Glossary
from bot.notes.loader import load_deck
from bot.notes.lookup import LookupIndex
from bot.notes.model import Deck
from bot.notes.query import Group

NOTES = """\
# 운영체제

## 프로세스와 스레드

### 프로세스 (Process)

- 실행 중인 프로그램이다
- 프로세스마다 독립된 메모리 공간을 가진다
  - 코드, 데이터, 힙, 스택
- 하하하하 웃는 프로세스는 없다

### 스레드 (Thread)

- 프로세스 안에서 실행되는 흐름이다
- 스레드끼리 힙 메모리를 공유한다
- Thread pools reuse threads; a thread pool thread pool is a typo

## 동기화

### 뮤텍스 (Mutex)

- 한 번에 한 스레드만 임계 구역에 들어간다
- mutex lock mutex lock mutex

### 세마포어 (Semaphore)

| 종류 | 값 |
|---|---|
| 이진 세마포어 | 0 또는 1 |
| 카운팅 세마포어 | 0 이상 |

## Networking

### TCP handshake

- SYN, SYN-ACK, ACK open a connection
- the three-way handshake sets sequence numbers

### UDP

- no handshake, no ordering
"""

QUERIES = [
    "프로세스",
    "스레드 메모리",
    "프로세스 vs 스레드",
    "뮤텍스",
    "mutex lock",
    "하하 하하",
    "thread pool",
    "세마포어 값",
    "tcp handshake",
    "handshake vs udp",
    "three way handshake",
    "메모리 공간",
    "없는 단어",
    "syn ack",
    "카운팅 세마포어",
    "process thread mutex semaphore",
]


def _deck(tmp_path: Path, text: str) -> Deck:
    path = tmp_path / "notes.md"
    path.write_text(text, encoding="utf-8")
    return load_deck(path, glossary=Glossary())


@contextmanager
def _compared(index: LookupIndex) -> Iterator[list[tuple[bool, int]]]:
    """Every ask of a search made twice, of bm25.py and of FTS5; yields (same, rows)."""
    asked = index._query
    seen: list[tuple[bool, int]] = []

    def both(groups: Sequence[Group], every: bool, limit: int) -> list[tuple[int, float]]:
        mine = asked(groups, every, limit)
        theirs = index._fts5(groups, every, limit)
        seen.append((mine == theirs, len(theirs)))
        return theirs

    index._query = both  # type: ignore[method-assign]
    try:
        yield seen
    finally:
        del index._query


def test_scores_rows_and_order_are_fts5s(tmp_path: Path) -> None:
    index = LookupIndex.build(_deck(tmp_path, NOTES), Glossary())
    assert index._scorer is not None
    with _compared(index) as seen:
        for query in QUERIES:
            index.search(query)
    assert seen and all(same for same, _ in seen)
    assert sum(rows for _, rows in seen) > 30  # the asks found something to order


def test_seed_deck_titles_score_as_in_fts5(index: LookupIndex, seed_deck: Deck) -> None:
    titles = sorted({t.title for t in seed_deck.topics()})
    assert index._scorer is not None
    with _compared(index) as seen:
        for a, b in pairwise(titles):
            index.search(a)
            index.search(f"{a} vs {b}")
    assert len(seen) > 500
    assert all(same for same, _ in seen)


def test_a_character_fts5_splits_on_leaves_the_notes_to_fts5(tmp_path: Path) -> None:
    # The katakana middle dot is read inside a run here but is a separator to
    # unicode61, so the tokens would not be FTS5's.
    notes = NOTES + "\n### データ・ベース\n\n- データ・ベース is a database\n"
    index = LookupIndex.build(_deck(tmp_path, notes), Glossary())
    assert index._scorer is None
    assert index.search("データ・ベース").hits[0].topic.title == "データ・ベース"


def test_a_query_with_such_a_character_is_asked_of_fts5(tmp_path: Path) -> None:
    index = LookupIndex.build(_deck(tmp_path, NOTES), Glossary())
    scorer = index._scorer
    assert scorer is not None
    assert not scorer.exact([("タ・",)])
    assert scorer.exact([("프로", "로세")])
    with _compared(index) as seen:
        index.search("プロ・セス 프로세스")
    assert seen and all(same for same, _ in seen)


def test_notes_whose_rows_are_all_empty_still_index(tmp_path: Path) -> None:
    # A heading of punctuation over a bare code fence gives rows with no words:
    # the average row length is zero, which once divided the index by zero.
    index = LookupIndex.build(_deck(tmp_path, "# :\n```"), Glossary())
    assert index.search("anything").hits == ()
