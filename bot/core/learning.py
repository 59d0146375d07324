"""The learning engine (bot/learning) at its moments in the core: each answer
reviews the member's FSRS card and may retire the question, practice serves
what is due, the daily pick favours the group's weak spots, reminders go out
with the daily post, and a bank sync retires questions whose notes changed.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Callable, Collection
from dataclasses import replace
from datetime import date, datetime

from bot.core import render
from bot.core.picker import pick_daily
from bot.core.ports import Outbox, QuestionBank, QuestionLike, Repository
from bot.core.records import GroupSettings, QuestionInfo
from bot.learning import group_pick, practice, retire, srs, tally

log = logging.getLogger(__name__)


def question_info(question: QuestionLike) -> QuestionInfo:
    # content_hash, not question.source_hash: the latter moves with every line
    # added above the passage in the notes (see bot/learning/WIRING.md 3.1).
    return QuestionInfo(
        id=question.id,
        kind=str(question.kind),
        section=question.section,
        topic=question.topic,
        concept=question.concept,
        source_hash=retire.content_hash(question),
    )


async def sync_bank(repo: Repository, bank: QuestionBank, now: datetime) -> retire.BankChange:
    """Register the bank: new questions enter, vanished ones leave ('gone', done by
    sync_questions), questions whose shown text changed retire ('notes-changed')."""
    questions = bank.questions()
    before = await repo.retired_questions()
    change = retire.diff_banks(await repo.question_fingerprints(), questions)
    # Count as removed only what leaves the rotation now, not what left it before.
    change = replace(change, removed=tuple(q for q in change.removed if q not in before))
    await repo.sync_questions([question_info(q) for q in questions], now)
    for qid in change.changed:
        await repo.retire_question(qid, retire.REASON_CHANGED, now)
    if change.added or change.changed or change.removed:
        log.info(
            "question bank: %d added, %d retired as changed, %d gone, %d kept",
            len(change.added), len(change.changed), len(change.removed), len(change.kept),
        )  # fmt: skip
    return change


class Learner:
    def __init__(self, repository: Repository, bank: QuestionBank) -> None:
        self._repo = repository
        self._bank = bank
        # question id -> choice -> answers, all groups (see `answered`)
        self._choice_counts: dict[str, dict[int, int]] = {}

    @staticmethod
    def reviewer(
        question: QuestionLike, correct: bool, elapsed_ms: int | None, at: datetime
    ) -> Callable[[srs.CardState | None], srs.CardState]:
        """The FSRS review of this answer, for the store to apply to the member's
        card inside the answer's own transaction."""
        n_choices = len(question.choices)
        return lambda card: srs.review(card, correct, elapsed_ms, n_choices, at)

    async def answered(
        self,
        *,
        platform: str,
        user_id: str,
        question: QuestionLike,
        choice: int,
        correct: bool,
        elapsed_ms: int | None,
        at: datetime,
    ) -> None:
        """One newly recorded answer (its card was reviewed as it was stored, see
        `reviewer`): maybe retire the question."""
        counts = self._choice_counts.get(question.id)
        if counts is not None:
            counts[choice] = counts.get(choice, 0) + 1
        if correct:  # only a wrong answer can make a wrong choice overtake the right one
            return
        if question.id in await self._repo.retired_questions():  # cached: no query
            return
        if counts is None:
            # Read once (this answer is already stored), then kept up to date
            # here: this process is the database's only writer, and a count
            # query per wrong answer grows with every answer the question gets.
            counts = dict(await self._repo.question_choice_counts(question.id))
            self._choice_counts[question.id] = counts
        # Reports retire a question when they are made (report_problem), so only
        # the choice counts can still decide here.
        verdict = retire.retirement(question.answer, counts, 0)
        if verdict is not None:
            retired = await self._repo.retire_question(
                question.id, f"{verdict.reason}: {verdict.detail}", at
            )
            if retired:
                log.info("question %s retired: %s", question.id, verdict.detail)

    async def pick_daily(
        self, settings: GroupSettings, on: date, retired: Collection[str]
    ) -> QuestionLike | None:
        history = await self._repo.question_history(settings.id)
        by_concept, by_section = tally.fold(await self._repo.concept_tallies(settings.id))
        seed = f"{settings.id}:{on.isoformat()}"
        questions = self._bank.questions()
        picked = group_pick.pick_group_question(
            questions,
            retired,
            history,
            seed,
            concept_stats=by_concept,
            section_stats=by_section,
            favour_weak=settings.favour_weak,
        )
        if picked is None and questions:
            # Every question is retired: a daily post beats silence. The old picker
            # over the whole bank keeps "no repeats in a cycle, least recent first".
            log.warning("group %s: every question is retired; picking among all", settings.id)
            picked = pick_daily(questions, (), history, seed)
        return picked

    async def pick_practice(
        self, settings: GroupSettings, user_id: str, now: datetime, last_shown: str | None
    ) -> QuestionLike | None:
        platform = settings.ref.platform.value
        retired = await self._repo.retired_questions()
        questions = self._bank.questions()
        candidates = [q for q in questions if q.id not in retired] or list(questions)
        mine = await self._repo.concept_tallies(settings.id, platform, user_id)
        picked = practice.pick_practice(
            candidates,
            await self._repo.member_cards(platform, user_id),
            tally.fold(mine)[1],
            now,
            random.Random(f"{settings.id}:{user_id}:{now.isoformat()}"),
            last_shown=last_shown,
            practised=await self._repo.practice_history(settings.id, platform, user_id),
        )
        return self._bank.get(picked) if picked is not None else None

    async def due_count(self, platform: str, user_id: str, now: datetime) -> int:
        """Concepts due for the member that practice can still serve."""
        cards = await self._repo.member_cards(platform, user_id)
        retired = await self._repo.retired_questions()
        live = {q.concept for q in self._bank.questions() if q.id not in retired}
        return srs.due_count((c for k, c in cards.items() if k in live), now)

    async def remind(self, settings: GroupSettings, outbox: Outbox, now: datetime) -> int:
        """DM the group's opted-in members who have items due; returns how many."""
        platform = settings.ref.platform.value
        sent = 0
        for user_id in await self._repo.reminder_members(settings.id, platform):
            due = await self.due_count(platform, user_id, now)
            if due <= 0:
                continue
            try:
                await outbox.direct(settings.ref, user_id, render.reminder(settings.language, due))
                sent += 1
            except Exception:
                log.exception("review reminder to %s in group %s failed", user_id, settings.id)
        return sent
