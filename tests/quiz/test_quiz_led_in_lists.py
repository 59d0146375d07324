"""Lines that only lead in to or caption something else are no clues of the
section they stand in: the bullets under a lead-in about another subject
('Goroutines are cheaper …:' under '## The scheduler') describe that subject,
and a short line over a code block ('Get the bucket policy') names the
command's task, not a fact of 'Encryption'."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.lead_ins import leads_in_of_another

# ruff: noqa: E501  (invented notes keep their long lines)

GO = """# Go concurrency

## Channels

- Channels are the pipes that connect concurrent goroutines.
- You can send values into channels from one goroutine and receive those values into another goroutine.
- Unbuffered channels block the sender until a receiver is ready.

## The scheduler

- The Go scheduler multiplexes goroutines onto a small number of OS threads.
- It uses work stealing between processors to balance the load.

Goroutines are lightweight threads managed by the Go runtime and are cheaper when compared to kernel threads:

- smaller memory footprint (initial Goroutine stack 2KB)
- faster creation, destruction and context switches (measured in ns instead of microseconds)
- The scheduler preempts long running goroutines since Go 1.14.

## Parallelism

- Parallelism means running several computations at the exact same time on multiple cores.
- GOMAXPROCS sets how many OS threads may execute Go code simultaneously.
- Concurrency is about structure while parallelism is about execution.

## Mutexes

- A mutex guards shared state so only one goroutine touches it at a time.
- sync.RWMutex allows many readers or one writer at once.
- Deadlocks happen when two goroutines wait on each other's locks forever.
"""

S3 = """# AWS S3 cheat sheet

## Versioning

- Versioning keeps every version of an object in the same bucket.
- Once enabled, versioning can only be suspended, never disabled.
- Deleting a versioned object adds a delete marker instead of removing data.

## Encryption

- SSE-S3 encrypts objects with keys that S3 manages.
- SSE-KMS uses keys stored in AWS Key Management Service with audit trails.
- SSE-C lets the customer supply the encryption key with every request.

Get the bucket policy

```
aws s3api get-bucket-policy --bucket my-bucket
```

## Lifecycle

- Lifecycle rules move objects to cheaper storage classes after a number of days.
- Expiration actions delete objects automatically when they age out.
- Transitions to Glacier suit data that is rarely read.

## Replication

- Cross-region replication copies objects to a bucket in another region.
- Replication requires versioning on both source and destination buckets.
- Same-region replication helps aggregate logs into one bucket.
"""


def test_items_under_a_lead_in_of_another_subject_are_no_clues() -> None:
    bank = build_bank(parse_markdown(GO, "go.md"))
    assert bank
    assert not any("footprint" in q.prompt or "context switches" in q.prompt for q in bank)
    # (the topic's own bullet after the list is asked still)
    assert any("preempts" in q.prompt for q in bank)


def test_a_code_caption_is_no_clue() -> None:
    bank = build_bank(parse_markdown(S3, "s3.md"))
    assert any("SSE-KMS" in q.prompt for q in bank)
    assert not any("bucket policy" in q.prompt for q in bank)


def test_lead_in_of_another() -> None:
    line = "Goroutines are cheaper when compared to kernel threads:"
    assert leads_in_of_another(line, ["The scheduler"])
    assert not leads_in_of_another(line, ["Goroutines"])
    assert not leads_in_of_another("The scheduler has three parts:", ["The scheduler"])
    assert not leads_in_of_another("It has three parts:", ["The scheduler"])
    assert not leads_in_of_another("Key attributes:", ["The scheduler"])
    assert not leads_in_of_another("Goroutines are cheap.", ["The scheduler"])
    assert leads_in_of_another("고루틴은 다음과 같은 장점이 있다:", ["스케줄러"])
    assert not leads_in_of_another("대상이 되는 업무를 다음과 같이 나눈다:", ["모델링"])
