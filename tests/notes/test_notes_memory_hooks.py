"""A mnemonic line beside a table ('Quick memory hook: SSD types = …') labels
a way to remember, not a thing: it is never a term, so never a choice (a blind
reader failed 'Quick memory hook' offered among EBS volume types). Alone,
'Hooks' still names a topic. Every note here is written for the test."""

from __future__ import annotations

from bot.notes.labels import is_generic


def test_a_memory_hook_is_a_label_and_hooks_alone_a_topic() -> None:
    assert is_generic("Quick memory hook")
    assert is_generic("Mnemonic")
    assert not is_generic("Hooks")
    assert not is_generic("Lifecycle Hooks")
    assert not is_generic("Memory")
