"""Choices of one kind: an item of one numbered list is never asked among the
items of another list under another heading, a list's title ('Backup
Policies: …') is never a choice beside items, a name closing on a kind word
('… 패턴') no other choice shares is left out, and a vendor prefix is not cut
off a two-letter name. Every note here is written for the test."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.kind_words import a_list_title, kind_word, names_a_category, of_other_kinds

TWO_LISTS = """\
# Cluster storage

## Part 1: Overview

### Goals
- Know how hosts keep data across restarts
- Know which hosts may share one disk

## Part 2: Drawing with notes

```
  [host] --> [disk] <-- [host]
```

### Breakdown

#### Disk objects

1. **Disk Image:**
   - Purpose: Frozen copy of a disk made by the operator
   - Key features: read only, versioned, shared by many hosts

2. **Scratch Area:**
   - Purpose: Throwaway space that lives as long as its task
   - Key features: wiped when the task ends, fast local storage

3. **Archive Tape:**
   - Purpose: Cold copy kept offsite for years
   - Key features: slow to read back, cheap per gigabyte

#### Sharing levels

1. **SoloWriter:**
   - One host may write to the disk at a time
   - Usual for single databases

2. **ManyReaders:**
   - Several hosts may read the disk together
   - Handy for static files

3. **ManyWriters:**
   - Several hosts may write together
   - Needs a network file system
"""


def test_an_item_is_asked_among_its_own_list_only() -> None:
    bank = build_bank(parse_markdown(TWO_LISTS, "storage.md"))
    disks = {"Disk Image", "Scratch Area", "Archive Tape"}
    sharing = {"SoloWriter", "ManyReaders", "ManyWriters"}
    named = [q for q in bank if q.kind == "name"]
    assert named
    for q in named:
        shown = set(q.choices)
        assert not (shown & disks and shown & sharing), q.choices


FACTS = """\
# Backup cheat sheet

## Key facts

- **FULL:** Copies every block each night (slowest)
- **INCR:** Copies blocks changed since the last backup
- **DIFF:** Copies blocks changed since the last full copy
- **SNAP:** Freezes the volume at one instant
- **Retention Policies:** Keep, Expire, Archive
"""


def test_a_list_title_is_no_choice_among_items() -> None:
    bank = build_bank(parse_markdown(FACTS, "backup.md"))
    asked = [q for q in bank if q.kind == "match" and "FULL" in q.choices]
    assert asked
    assert not any("Retention Policies" in q.choices for q in bank)


MESSAGING = """\
# 메시징 서비스 요약

## 시험 포인트
- Queue Basic: 무제한 처리량, 순서 보장 없음, 중복 가능
- Stream Store: 실시간 처리, 재처리 가능, 데이터 7일 보존
- Batch Loader: 준실시간 적재, 재처리 불가, 창고로 로드
- Topic Hub: 구독자 모두에게 한 번에 발행
- **Broadcast 패턴**: Topic Hub + Queue Basic = 하나의 메시지를 여러 소비자에 전달
"""


def test_a_choice_of_another_kind_word_is_left_out() -> None:
    bank = build_bank(parse_markdown(MESSAGING, "msg.md"))
    asked = [q for q in bank if q.kind == "match" and "Batch Loader" in q.choices]
    assert asked
    for q in asked:
        assert "Broadcast 패턴" not in q.choices, q.choices


def test_kind_words_in_four_languages() -> None:
    assert kind_word("Fan Out 패턴") == kind_word("Observer Pattern") == "pattern"
    assert kind_word("观察者模式") == kind_word("Observerパターン") == "pattern"
    assert kind_word("Queue Basic") == ""
    assert of_other_kinds("Batch Loader", ["Topic Hub", "Broadcast 패턴"]) == [1]
    assert names_a_category("Retention Policies")
    assert names_a_category("볼륨 종류") and names_a_category("存储类型")
    assert not names_a_category("Pods") and not names_a_category("ReadWriteOnce")
    assert kind_word("정책") == ""  # the word alone is a thing, no kind of name
    assert a_list_title("볼륨 종류", "로컬, 네트워크, 임시", True)
    assert a_list_title("存储类型", "本地、网络", True)
    # One thing described, though its name closes on a plural category word.
    assert not a_list_title("Cold storage classes", "Need long-term archival with rare reads", True)


BROKERS = """\
# 메시징 요약

## 치트시트
| 서비스 | 설명 |
|------|------|
| Queue Basic | 무제한 처리량, 순서 보장 없음 |
| Stream Store | 실시간 스트리밍, 재처리 가능 |
| Batch Loader | 준실시간 적재, 창고로 로드 |
| Amazon MQ | MQTT/AMQP 호환 관리형 브로커 |
"""


def test_a_name_kept_with_its_vendor_is_no_clue_in_the_stem() -> None:
    bank = build_bank(parse_markdown(BROKERS, "brokers.md"))
    assert any(q.kind == "match" and "Batch Loader" in q.choices for q in bank)
    assert not any("MQTT" in q.prompt and q.correct_choice == "Amazon MQ" for q in bank)


ASPECTS = """\
# Cluster storage

## Part 1: Overview

### Goals
- Know how to run storage well

## Part 5: Good habits

### Speed

1. **Disk Tiering:**
   - Put hot data on solid state drives
   - Watch read latency on busy volumes

2. **Volume Placement:**
   - Keep volumes near the nodes that use them
   - Spread replicas over several zones

### Safety

1. **Data Sealing:**
   - Encrypt volumes at rest and in transit
   - Rotate the keys every quarter

2. **Quota Control:**
   - Cap the space each team may claim
   - Remove claims nobody mounts any more
"""


def test_lists_under_aspect_headings_stay_one_pool() -> None:
    # 'Speed' and 'Safety' name no kind of thing: their habits are asked
    # among each other.
    bank = build_bank(parse_markdown(ASPECTS, "habits.md"))
    speed, safety = {"Disk Tiering", "Volume Placement"}, {"Data Sealing", "Quota Control"}
    assert any(set(q.choices) & speed and set(q.choices) & safety
               for q in bank if q.kind == "name")
