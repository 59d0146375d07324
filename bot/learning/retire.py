"""When a question leaves the daily rotation, and what a notes change does.

A question is retired (history kept, never deleted) when
- a member reported a problem with it (bot.core.service.report_problem), or
- the notes it came from changed or vanished (see `diff_banks`).
Answer statistics never retire a question: they only flag it for people to
decide (bot/learning/flags.py). Retired questions stay answerable where already
posted, stay in private practice where their concept has no other question
(bot.core.learning.practice_pool), and are listed for the deck's maintainer
(`studybot quiz flagged`).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from bot.core.ports import QuestionLike

REASON_REPORTED = "reported"
# The store's own word: sync_questions retires vanished ids as "gone" and revives
# them when the notes yield them again.
REASON_REMOVED = "gone"
REASON_CHANGED = "notes-changed"


@dataclass(frozen=True, kw_only=True, slots=True)
class BankChange:
    """How a reloaded bank differs from the questions the store knows.

    added: ids new to the store (they enter the rotation). removed: known ids the
    notes no longer yield. changed: known ids whose source text (source_hash)
    differs. kept: known ids with the same source text (history stays valid).
    Question ids hash the source facts, so editing a fact usually shows up as
    one id removed and one added; `changed` catches edits to the passage shown
    as the explanation.
    """

    added: tuple[str, ...]
    removed: tuple[str, ...]
    changed: tuple[str, ...]
    kept: tuple[str, ...]

    @property
    def to_retire(self) -> tuple[tuple[str, str], ...]:
        """(question id, reason) pairs to retire."""
        return tuple((q, REASON_REMOVED) for q in self.removed) + tuple(
            (q, REASON_CHANGED) for q in self.changed
        )


# A reload that would retire more than this share of the questions in rotation
# (and their history) is a dry run until an admin confirms it.
RETIRE_CONFIRM_SHARE = 0.10


def retire_share(change: BankChange) -> float:
    """The share of the questions in rotation that a change would retire."""
    retiring = len(change.changed) + len(change.removed)
    active = retiring + len(change.kept)
    return retiring / active if active else 0.0


# "(notes.md:42)" in an explanation: where a quoted line stands in the file,
# which moves whenever a line is added above it.
_LOCATION = re.compile(r"[ \t]*\([^()\s]+:\d+\)")


def content_hash(question: QuestionLike) -> str:
    """What the question asks: its stem, choices and right answer.

    Not where its passage stands in the file (inserting one line near the top of
    the notes would change every question below it), and not the explanation:
    it quotes the facts of the wrong choices too, so fixing a typo in another
    topic would retire this question and its history. An edit to the question's
    own facts changes its id (ids hash the source facts), so nothing is lost.
    Store it as the question's source_hash.
    """
    parts = (question.kind, question.prompt, *question.choices, str(question.answer))
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:12]


def diff_banks(
    old: Mapping[str, str],
    new: Sequence[QuestionLike],
    *,
    fingerprint: Callable[[QuestionLike], str] = content_hash,
) -> BankChange:
    """old: question id -> the fingerprint stored for it (retired questions
    included, so that a question coming back unchanged keeps its history instead
    of counting as new). new: the bank just built from the notes. `fingerprint`
    must be what filled `old` (default `content_hash`). An empty stored
    fingerprint means "unknown" (rows from before fingerprints were kept, or reset
    by a migration): such a question counts as kept, never as changed."""
    fresh = {q.id: fingerprint(q) for q in new}

    def same(qid: str, h: str) -> bool:
        return old[qid] in ("", h)

    return BankChange(
        added=tuple(sorted(q for q in fresh if q not in old)),
        removed=tuple(sorted(q for q in old if q not in fresh)),
        changed=tuple(sorted(q for q, h in fresh.items() if q in old and not same(q, h))),
        kept=tuple(sorted(q for q, h in fresh.items() if q in old and same(q, h))),
    )
