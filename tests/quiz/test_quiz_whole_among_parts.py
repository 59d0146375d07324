"""A whole among its own parts: notes that number a service and then its
features as peers ('1. Relay', '2. Relay features', '3. Dead letter shelf',
…, '6. Relay security') write the features inside the notes on the service.
Asked among them, the service stands out by kind; a feature is never asked
beside the service it belongs to, nor beside another service of the list.
Every note here is written for the test."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.wholes import PART, WHOLE, placed

NOTES = """\
# Cloud messaging

## Messaging services
1. Relay
- A managed message broker that forwards events between distributed applications
- Keeps every message until each subscriber acknowledges its delivery
- Spreads its brokers over three zones so that losing one zone loses no message
2. Relay features
- Delivers messages in the order they were published within one channel
- Retries a failed delivery with growing pauses between attempts
3. Dead letter shelf
- Holds messages whose delivery failed after the last retry for later inspection
- Keeps each held message for fourteen days before removing it
4. Batch window
- Groups up to ten messages into one delivery to cut the number of calls
- Waits at most five seconds before sending a group that is not full
5. Fan out rule
- Copies one published message to every queue subscribed to its channel
- Filters the copies by message attributes before they are sent
6. Relay security
- Encrypts stored messages with a key the account controls
- Limits publishing to the roles a channel policy names
7. Ledger
- A managed append-only journal that records every change in a verifiable hash chain
- Lets auditors prove that no past entry was altered or removed
8. Ledger pricing
- Charges by the size of the journal and by the number of reads
9. Stream
- A managed service that ingests large volumes of records for real-time analytics
- Keeps records for one day by default and for up to one year on request
10. Stream pricing
- Charges by the hour for each shard of capacity
11. Vault
- A managed store for passwords and keys that rotates them on a schedule
- Hands secrets to applications through calls checked against access policies
12. Vault pricing
- Charges by the number of secrets stored each month
"""

SERVICES = {"Relay", "Ledger", "Stream", "Vault"}
FEATURES = {"Dead letter shelf", "Batch window", "Fan out rule"}


def test_a_whole_is_not_asked_among_its_own_parts() -> None:
    bank = build_bank(parse_markdown(NOTES, "messaging.md"))
    relay = [q for q in bank if q.correct_choice == "Relay"]
    assert all(not FEATURES & set(q.choices) for q in relay), [q.choices for q in relay]
    # The features are asked among each other, never beside a service.
    features = [q for q in bank if q.correct_choice in FEATURES]
    assert features, "the features are still asked"
    assert all(not SERVICES & set(q.choices) for q in features), [q.choices for q in features]


def test_only_items_between_two_aspect_headings_are_parts() -> None:
    names = ["Relay", "Relay features", "Dead letter shelf", "Relay security", "Ledger",
             "Ledger pricing"]
    found = placed(names, [0] * len(names), [[name] for name in names])
    assert [p.level for p in found] == [WHOLE, PART, PART, PART, WHOLE, PART]
    assert found[2].owner == 0 and found[1].owner is None and found[4].owner is None
    # Between a thing and its first aspect heading the items may be its peers
    # ('1. Disk', '2. Machine image', '3. Disk types'): no level is told.
    peers = ["Disk", "Machine image", "Disk types", "File share"]
    assert {p.level for p in placed(peers, [0] * 4, [[name] for name in peers])} == {0}


TERMS = """\
# Storage choices

## Pick a store
- **Amazon Keeper**: object storage for backups, logs and static web pages
- **Keeper Deep Shelf**: archive storage whose objects come back after several hours
- **Amazon Blockdisk**: block storage attached to a single virtual machine
- **Amazon Sharedrive**: a network file system mounted by many machines at once
- **Amazon Tapebridge**: keeps on-premises tape backups in the cloud through a local appliance
- **Amazon Crate**: a rugged device shipped to move petabytes of data offline
"""

KEEPER = {"Keeper", "Amazon Keeper", "object storage for backups, logs and static web pages"}
SHELF = {"Keeper Deep Shelf", "archive storage whose objects come back after several hours"}


def test_a_term_is_not_matched_beside_a_kind_of_itself_named_without_the_vendor() -> None:
    # 'Keeper Deep Shelf' is a kind of Keeper (its name says whose): archive
    # storage is object storage too, and among its own kinds Keeper stands out.
    bank = build_bank(parse_markdown(TERMS, "stores.md"))
    asked = [q for q in bank if q.kind == "match" and q.correct_choice in KEEPER | SHELF]
    assert asked, "both are still asked"
    for q in asked:
        other = SHELF if q.correct_choice in KEEPER else KEEPER
        assert not other & set(q.choices), q.choices


OWNED = """\
# Cloud messaging

## Messaging services
1. Relay
- A managed message broker that forwards events between distributed applications
- Keeps every message until each subscriber acknowledges its delivery
- Spreads its brokers over three zones so that losing one zone loses no message
2. Dead letter shelf
- A Relay feature that holds messages whose delivery failed after the last retry
- Keeps each held message for fourteen days before removing it
3. Batch window
- An option of Relay that groups up to ten messages into one delivery
- Waits at most five seconds before sending a group that is not full
4. Fan out rule
- A Relay component that copies one published message to every subscribed queue
- Filters the copies by message attributes before they are sent
5. Ledger
- A managed append-only journal that records every change in a verifiable hash chain
- Lets auditors prove that no past entry was altered or removed
6. Stream
- A managed service that ingests large volumes of records for real-time analytics
- Keeps records for one day by default and for up to one year on request
7. Vault
- A managed store for passwords and keys that rotates them on a schedule
- Hands secrets to applications through calls checked against access policies
"""


def test_a_whole_is_not_asked_beside_items_whose_lines_call_them_its_features() -> None:
    # No aspect headings here: the features' own lines name their owner.
    bank = build_bank(parse_markdown(OWNED, "owned.md"))
    names = [q for q in bank if q.kind == "name"]
    relay = [q for q in names if q.correct_choice == "Relay"]
    assert relay and all(not FEATURES & set(q.choices) for q in relay), [q.choices for q in relay]
    features = [q for q in names if q.correct_choice in FEATURES]
    assert features and all("Relay" not in q.choices for q in features), \
        [q.choices for q in features]
