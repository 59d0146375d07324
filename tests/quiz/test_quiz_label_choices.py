"""Choices read as words, never as field labels, and a clue belongs to one choice.

- Markdown escapes and emphasis markers left without a partner ('raw
  objects\\*\\*') are no characters a reader should see in a stem or a choice.
- 'Pro: …' / 'Con: …' / 'Exam use: …' under each of two items are the slots of
  a record: never the choices of a question.
- A line under a label naming another choice ('Where Redis is stronger:'), and the lines
  of a heading whose verdict names one ('Replication: Redis built in'), speak of
  that choice: a clue with two right answers, or a choice of another kind.
"""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.question import Question


def _bank(markdown: str) -> list[Question]:
    return build_bank(parse_markdown(markdown, "notes.md"))


def _texts(questions: list[Question]) -> list[str]:
    return [t for q in questions for t in (q.prompt, *q.choices)]


CACHE_TELLS = """# Caching cheat sheet
## Signals in a question
- “**Sub-millisecond reads** for shared sessions\\*\\*” → ElastiCache
- “**Static assets at the edge**” → CloudFront
- “**Repeated database reads** with \\_hot\\_ keys” → DAX
- “**Browser revisits the same page**” → HTTP cache headers
"""


def test_escapes_and_stray_emphasis_markers_never_reach_a_question() -> None:
    questions = _bank(CACHE_TELLS)
    texts = _texts(questions)
    assert any("Sub-millisecond reads for shared sessions" in t for t in texts), \
        "the list still yields questions"
    assert not [t for t in texts if "\\" in t or "**" in t]
    assert any("with _hot_ keys" in t for t in texts), "an escaped character is shown as itself"


BACKUP_LEVELS = """# Backup strategies
## Kinds of backup
- **Full backup**
  - copies every file of the volume on each run
  - the usual weekly anchor of a rotation scheme
  - Pro: a restore needs a single backup set
  - Con: every run takes the longest time and the most space
  - Exam use: pick it when restore speed matters most
- **Incremental backup**
  - copies only the blocks changed since the previous run of any kind
  - nightly runs finish in minutes
  - Pro: the shortest runs and the least space
  - Con: a restore replays the whole chain of runs
  - Exam note: chains break when one link is lost
- **Snapshot**
  - a point-in-time image taken by the storage array itself
  - taken in seconds with copy-on-write metadata
"""


def test_field_labels_under_sibling_items_are_no_choices() -> None:
    questions = _bank(BACKUP_LEVELS)
    choices = {c for q in questions for c in q.choices}
    assert "Full backup" in choices, "the items still yield questions"
    assert not choices & {"Pro", "Con", "Exam use", "Exam note"}


QUEUE_KINDS = """# Messaging
## Queue types
- **Standard queue**
  - Ordering: best effort, messages may arrive out of order
  - Delivery: at least once, so consumers must be idempotent
  - Throughput: nearly unlimited calls per second
- **FIFO queue**
  - Ordering: strict within a message group
  - Delivery: exactly once processing within the dedup window
  - Throughput: a few hundred calls per second without batching
"""


def test_keys_written_under_each_sibling_item_are_no_choices() -> None:
    choices = {c for q in _bank(QUEUE_KINDS) for c in q.choices}
    assert not choices & {"Ordering", "Delivery", "Throughput"}


TRANSACTION_PROPERTIES = """# Transactions
## ACID
- Atomicity: every statement of a transaction takes effect, or none does
- Consistency: a transaction moves the database between valid states only
- Isolation: concurrent transactions do not see each other's partial work
- Durability: a committed transaction survives a crash
## How engines provide them
- Atomicity: an undo log rolls back a transaction cut short
- Consistency: constraints and triggers reject invalid rows
- Isolation: locks or snapshots keep concurrent readers apart
- Durability: the write-ahead log is flushed before the commit returns
"""


def test_names_listed_again_in_another_place_stay_choices() -> None:
    choices = {c for q in _bank(TRANSACTION_PROPERTIES) for c in q.choices}
    assert {"Atomicity", "Isolation", "Durability"} <= choices


KEY_VALUE_STORES = """# Redis vs Memcached
## Comparison
### Redis: rich data structures
Redis keeps lists, sets, sorted sets and streams as values.
- Snapshots and an append-only file keep data across restarts
- Lua scripts run atomically on the server
### Memcached: plain key-value cache
Memcached stores opaque byte strings under string keys.
- Multithreaded server that scales up on one host
- Least recently used eviction frees memory for new keys
### Durability
Only one of the two keeps data on disk.

**Where Redis is stronger:**
- Replicas promote themselves when the primary fails
- Point-in-time recovery from an append-only file
### Replication: Redis built in
- Replicas copy the primary asynchronously
- Sentinels watch the primary and elect a new one
### Hazelcast: embedded data grid
- Runs inside the JVM of the application itself
- Partitions entries across the members of a cluster
"""


def test_a_clue_under_a_label_naming_another_choice_is_not_asked() -> None:
    questions = _bank(KEY_VALUE_STORES)
    choices = {c for q in questions for c in q.choices}
    assert {"Redis", "Memcached", "Hazelcast"} <= choices, "the products still yield questions"
    # ('Durability' holds the lines 'Where Redis is stronger': a point of comparison.)
    assert "Durability" not in choices
    assert not [q for q in questions if "Replicas promote themselves" in q.prompt
                and q.choices[q.answer] != "Redis"]


def test_headings_whose_verdict_names_a_choice_are_no_choices_beside_it() -> None:
    questions = _bank(KEY_VALUE_STORES)
    choices = {c for q in questions for c in q.choices}
    assert {"Redis", "Memcached", "Hazelcast"} <= choices, "the products still yield questions"
    assert "Replication" not in choices
