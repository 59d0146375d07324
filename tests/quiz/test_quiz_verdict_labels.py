"""A subject and a verdict on it ('Namespace matters', 'Access modes critical',
'Performance tip', '보안 중요', '索引重要') is the note-taker's label over the
lines that say why, not the name of a thing: never an answer nor a choice."""

from __future__ import annotations

import pytest

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.naming import is_label

NOTES = """# Cluster notes

## Objects
- Pod: the smallest deployable unit, containers sharing one network stack
- Service: a stable virtual address in front of a changing set of pods
- Namespace matters: objects with one name can live side by side in separate scopes
- Deployment: keeps a replica set at the declared version and rolls out changes
- Access modes critical: a volume mounted read-write by one node cannot be shared
- ConfigMap: plain settings handed to containers as files or variables
"""


@pytest.mark.parametrize("text", [
    "Namespace matters", "Access modes critical", "Performance tip", "Key point",
    "Partition key design is critical", "Design is key", "보안 중요", "DB 핵심",
    "索引重要", "インデックス重要", "索引 关键",
])
def test_a_verdict_on_a_subject_is_a_label(text: str) -> None:
    assert is_label(text)


@pytest.mark.parametrize("text", [
    "Primary Key", "Sort key", "Critical section", "Release note", "Kubernetes",
    "关键字", "Matters",
])
def test_a_name_with_such_a_word_stays_a_name(text: str) -> None:
    assert not is_label(text)


def test_a_verdict_label_is_never_an_answer_nor_a_choice() -> None:
    bank = build_bank(parse_markdown(NOTES, "notes.md"))
    assert bank, "the other definitions still make questions"
    for q in bank:
        for text in (q.prompt, *q.choices):
            assert "matters" not in text and "critical" not in text, text
