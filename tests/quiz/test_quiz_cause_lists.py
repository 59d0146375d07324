"""Lines under a 'Causes:' label say what the thing is (why it happens), so
they are clues to it; only a heading of uses or examples ('Use cases:',
'Examples:') leaves its bare phrases out, and the English words are read
whole ('Causes' and 'Statuses' end on the letters of 'uses'). Every note here
is written for the test."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.notes.model import Topic
from bot.quiz.bank import build_bank
from bot.quiz.material import own_statements

JOBS = """\
# Build Farm Troubleshooting

## Common Job Problems

### 1. Job stuck in Queued
**Symptoms:**
- The job shows no start time
**Common Causes:**
- No free runner carries the requested label
- The project spent its monthly minutes

### 2. Job in RetryStorm
**Symptoms:**
- The same job restarts every few seconds
**Common Causes:**
- A flaky network mount fails each attempt
- The retry limit was set to unlimited

### 3. Job in ArtifactGone
**Symptoms:**
- Downloads of the build output fail
**Common Causes:**
- The retention window expired last week
- Someone purged the storage bucket by hand

### 4. Job in TimeoutKill
**Symptoms:**
- The job ends after exactly one hour
**Common Causes:**
- A test waits forever on a closed socket
- The default deadline was never raised
"""

USES = """\
# Caches

### Edge cache
- Keeps copies of pages close to readers
**Use cases:**
- Streaming platforms
- Online shops
"""


def _topic(text: str, title: str) -> Topic:
    return next(t for t in parse_markdown(text, "notes.md").topics() if t.title == title)


def test_lines_under_a_causes_label_are_statements_of_the_topic() -> None:
    said = [s.text for s in own_statements(_topic(JOBS, "1. Job stuck in Queued").facts)]
    assert "No free runner carries the requested label" in said
    assert "The project spent its monthly minutes" in said


def test_lines_under_a_uses_label_stay_out() -> None:
    said = [s.text for s in own_statements(_topic(USES, "Edge cache").facts)]
    assert "Keeps copies of pages close to readers" in said
    assert "Streaming platforms" not in said and "Online shops" not in said


def test_a_cause_is_a_clue_to_its_state() -> None:
    stems = [q.prompt for q in build_bank(parse_markdown(JOBS, "notes.md"))
             if q.kind == "name"]
    causes = ("No free runner", "monthly minutes", "flaky network mount", "retry limit",
              "retention window", "purged the storage", "closed socket", "default deadline")
    assert any(c in s for s in stems for c in causes)
