"""Rivals and clues as a blind reader judges them. A heading and its own
sub-heading (a kind and one of its members) are never rivals in one question:
the member is its kind, so both choices would be right; nor a family named as
such ('xy Series') and a member named from its stem ('xy3'). A line that
points back at the line before is no clue; decorative marks are not shown."""

from __future__ import annotations

from itertools import combinations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.question import Question


def _bank(text: str) -> tuple[Question, ...]:
    return build_bank(parse_markdown(text, "notes.md"))


def _pairs_offered(bank: tuple[Question, ...], pairs: set[frozenset[str]]) -> list[str]:
    return [q.prompt + " | " + " / ".join(q.choices) for q in bank
            if any(frozenset(p) in pairs for p in combinations(q.choices, 2))]


NESTED = """# Disk Kinds

- six kinds in all, chosen per workload

### Flexible Volumes
- cheap general storage for everyday application servers
- sizes from one gibibyte up to sixteen tebibytes

#### fx3
- newest generation with throughput set apart from capacity
- baseline of three thousand operations with steady throughput

#### fx2
- older generation where throughput follows the volume capacity
- burst credits refill slowly while the volume stays idle

### Tape Vault
- robotic tape libraries kept offsite for legal retention
- restores take hours and are billed per request

### Optical Shelf
- write once discs that can never be altered afterwards
- read by a jukebox arm that loads one disc at a time

## Reserved Throughput Disk
- built for databases that need steady low latency every hour
- keeps performance constant under heavy sustained load

### rt1
- sixty four thousand operations on the newer hypervisor hosts
- durability of five nines across the whole zone

### rt Block Max
- latency below a millisecond for the largest relational databases
- quarter million operations when capacity ratio is one thousand

## Cold Archive Disk
- lowest price per gigabyte for rarely read archive data
- tuned for large sequential scans of log files

## Magnetic Legacy Disk
- previous generation spinning platters from the early days
- only for tiny workloads with very rare access patterns
"""

NESTED_PAIRS = {frozenset(p) for p in (
    ("Flexible Volumes", "fx3"), ("Flexible Volumes", "fx2"),
    ("Reserved Throughput Disk", "rt1"), ("Reserved Throughput Disk", "rt Block Max"),
)}


def test_a_heading_and_its_sub_heading_are_never_rivals() -> None:
    bank = _bank(NESTED)
    assert not _pairs_offered(bank, NESTED_PAIRS)
    # Still asked, beside rivals of their own rank.
    assert any(q.kind == "name" for q in bank)


FAMILY = """# Instance Lines

## xy Series
- general purpose machines balanced between memory and compute
- burstable credits for spiky web traffic during the day

## xy3
- newest machines built on the custom arm processors
- network bandwidth up to twenty five gigabits per second

## Memory Heavy Nodes
- large caches kept entirely in random access memory
- suited to in-memory analytics on wide tables

## Storage Dense Nodes
- many local drives for distributed file systems
- high sequential read throughput for data warehouses

## Accelerated Nodes
- graphics processors attached for model training jobs
- field programmable gate arrays for custom hardware logic
"""


def test_a_family_and_a_member_named_from_its_stem_are_never_rivals() -> None:
    bank = _bank(FAMILY)
    assert not _pairs_offered(bank, {frozenset(("xy Series", "xy3"))})
    assert any(q.kind == "name" for q in bank)


TCP_PARTS = """# TCP Core Aspects

## Closing Connection
- Client sends a FIN segment to the server to close its side
- Server receives this segment and sends client an ACK in return
- Server then sends its own shutdown FIN segment

## Flow Control
- Receiver advertises its free buffer space in every segment header
- Sender never has more unacknowledged bytes than the advertised window

## Segment Structure
- Header carries source and destination port numbers of both hosts
- Sequence numbers count bytes of the stream, not whole segments

## Reliable Data Transfer
- Lost segments are resent after a retransmission timeout expires
- Cumulative acknowledgements confirm every byte up to a number
"""


def test_a_line_that_points_back_at_the_line_before_is_no_clue() -> None:
    bank = _bank(TCP_PARTS)
    assert any(q.kind == "name" for q in bank)
    for q in bank:
        assert "this segment" not in q.prompt and "then sends" not in q.prompt, q.prompt


STARRED = """# Message Queues

## Ferry Queue
- ⭐️⭐️⭐️ delivers every message exactly once in strict arrival order
- ★ holds at most three hundred messages per second per group

## Drift Topic
- 🔥 pushes each message to every subscriber at the same moment
- fans out to mail, phone and web hooks without any polling

## Pulse Stream
- ⭐ keeps records for replay during a whole week by default
- splits the stream into shards that scale read throughput

## Relay Bus
- ★★ routes events from partner products by matching rules
- schedules cron-like events without any server of your own
"""


def test_decorative_marks_at_a_line_start_are_not_shown() -> None:
    bank = _bank(STARRED)
    texts = [t for q in bank for t in (q.prompt, *q.choices)]
    assert any("exactly once in strict arrival order" in t or "whole week by default" in t
               or "same moment" in t for t in texts)
    for text in texts:
        assert not any(mark in text for mark in ("⭐", "★", "🔥")), text


WORKED_EXAMPLE = """# Volumes

## Burst Volume
- Capacity and speed are tied: 4 IOPS per 1 GB, so a 2,501 GB volume passes 10,000 IOPS
- Small volumes still reach 2,000 IOPS in short bursts
"""


def test_a_figure_a_worked_example_on_its_line_gives_is_not_blanked() -> None:
    bank = _bank(WORKED_EXAMPLE)
    assert any(q.kind == "cloze" for q in bank)  # the line without an example is asked
    # Every figure of the example line follows from the other three.
    assert not [q for q in bank if q.kind == "cloze" and "passes" in q.prompt]
