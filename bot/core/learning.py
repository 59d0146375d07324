"""The learning engine (bot/learning) at its moments in the core: each answer
reviews the member's FSRS card and may flag the question, practice serves
what is due, the daily pick favours the group's weak spots, reminders go out
with the daily post, and a bank sync retires questions whose notes changed.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

from bot.core import render
from bot.core.clock import local_date, safe_zone
from bot.core.picker import pick_daily
from bot.core.ports import Outbox, QuestionBank, QuestionLike, Repository
from bot.core.records import DailyKinds, GroupSettings, QuestionInfo
from bot.learning import flags, group_pick, practice, retire, srs, tally
from bot.learning.pace import Pace

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


async def sync_bank(
    repo: Repository, bank: QuestionBank, now: datetime, *, deck: str = ""
) -> retire.BankChange:
    """Register one deck's bank: new questions enter, vanished ones leave ('gone',
    done by sync_questions), questions whose shown text changed retire
    ('notes-changed'). Other decks' questions are left alone."""
    questions = bank.questions()
    before = await repo.retired_questions()
    change = retire.diff_banks(await repo.question_fingerprints(deck), questions)
    # Count as removed only what leaves the rotation now, not what left it before.
    change = replace(change, removed=tuple(q for q in change.removed if q not in before))
    await repo.sync_questions([question_info(q) for q in questions], now, deck=deck)
    for qid in change.changed:
        await repo.retire_question(qid, retire.REASON_CHANGED, now)
    if change.added or change.changed or change.removed:
        log.info(
            "question bank: %d added, %d retired as changed, %d gone, %d kept",
            len(change.added), len(change.changed), len(change.removed), len(change.kept),
        )  # fmt: skip
    return change


def local_day(settings: GroupSettings, now: datetime) -> srs.LocalDay:
    """The group's local day around `now`, as UTC instants (what "due today" means)."""
    tz = safe_zone(settings.timezone)
    on = local_date(now, tz)
    start = datetime.combine(on, datetime.min.time(), tzinfo=tz)
    end = datetime.combine(on + timedelta(days=1), datetime.min.time(), tzinfo=tz)
    return srs.LocalDay(start=start.astimezone(UTC), end=end.astimezone(UTC))


def practice_pool(
    questions: Sequence[QuestionLike], retired: Collection[str]
) -> list[QuestionLike]:
    """What private practice may serve: the questions in rotation, plus a
    retired question wherever its concept has no question left in rotation, so
    retiring a question never orphans a member's card (the concept stays
    reviewable; the daily rotation never sees retired questions)."""
    if not retired:
        return list(questions)
    live = [q for q in questions if q.id not in retired]
    covered = {q.concept for q in live}
    return live + [q for q in questions if q.id in retired and q.concept not in covered]


class Learner:
    def __init__(self, repository: Repository) -> None:
        self._repo = repository
        # question id -> choice -> answers, all groups (see `answered`)
        self._choice_counts: dict[str, dict[int, int]] = {}
        self._checked_at: dict[str, int] = {}  # question id -> answers at the last check
        self._flagged: set[str] = set()
        # (id of a deck's question sequence, kind, retired) -> (that sequence, its
        # questions of the kind, their pool): see `_daily_pool`
        self._pools: dict[
            tuple[int, DailyKinds, frozenset[str]],
            tuple[Sequence[QuestionLike], Sequence[QuestionLike], group_pick.Pool],
        ] = {}

    @staticmethod
    def reviewer(
        question: QuestionLike, correct: bool, elapsed_ms: int | None, at: datetime
    ) -> Callable[[srs.CardState | None, Pace], tuple[srs.CardState, Pace]]:
        """The FSRS review of this answer, for the store to apply to the member's
        card and pace inside the answer's own transaction: the card is reviewed
        at the member's pace so far, then the pace learns from the answer."""
        n_choices = len(question.choices)

        def apply(card: srs.CardState | None, pace: Pace) -> tuple[srs.CardState, Pace]:
            after = srs.review(card, correct, elapsed_ms, n_choices, at, pace=pace.factor)
            return after, pace.after(card, correct, n_choices, at)

        return apply

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
        `reviewer`): maybe flag the question for people to look at. Statistics
        never retire a question (bot/learning/flags.py says why)."""
        counts = self._choice_counts.get(question.id)
        if counts is not None:
            counts[choice] = counts.get(choice, 0) + 1
        if correct or question.is_flashcard:
            # Only a wrong answer can make a wrong choice overtake the right one, and a
            # flashcard's "not yet" is the member's own grade, not a vote on the card.
            return
        if question.id in self._flagged:
            return
        if counts is None:
            # Read once (this answer is already stored), then kept up to date
            # here: a cheap gate in front of the distinct-answerer query below.
            counts = dict(await self._repo.question_choice_counts(question.id))
            self._choice_counts[question.id] = counts
        total = sum(counts.values())
        # Distinct answerers are never more than answers; and the grouped query
        # runs again only after the answers grew by a tenth (its cost grows with
        # them), so a question answered n times costs O(log n) such queries.
        if total < flags.MIN_ANSWERERS or total < self._checked_at.get(question.id, 0) * 1.1:
            return
        self._checked_at[question.id] = total
        first = await self._repo.first_choice_counts(question.id)
        verdict = flags.statistics_flag(question.answer, first)
        if verdict is not None:
            self._flagged.add(question.id)
            if await self._repo.flag_question(question.id, verdict.reason, verdict.detail, at):
                log.info("question %s flagged: %s", question.id, verdict.detail)

    async def pick_daily(
        self, settings: GroupSettings, on: date, retired: Collection[str], bank: QuestionBank
    ) -> QuestionLike | None:
        history = await self._repo.question_history(settings.id)
        tallies = await self._repo.concept_tallies(settings.id)
        return self.pick_daily_from(settings, on, retired, history, tallies, bank)

    def pick_daily_from(
        self,
        settings: GroupSettings,
        on: date,
        retired: Collection[str],
        history: Mapping[str, date],
        tallies: Sequence[tuple[str, str, int, int]],
        bank: QuestionBank,
    ) -> QuestionLike | None:
        """`pick_daily` with the group's history and tallies already read (the
        fan-out reads them for a whole batch of groups at once)."""
        by_concept, by_section = tally.fold(tallies)
        seed = f"{settings.id}:{on.isoformat()}"
        questions, pool = self._daily_pool(bank, settings.daily_kinds, frozenset(retired))
        picked = group_pick.pick_group_question(
            pool,
            retired,
            history,
            seed,
            on=on,
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

    def _daily_pool(
        self, bank: QuestionBank, kinds: DailyKinds, retired: frozenset[str]
    ) -> tuple[Sequence[QuestionLike], group_pick.Pool]:
        """The deck's daily candidates of this kind, and their pool without
        `retired`: built once per deck (a `reload` swaps the deck's sequence)
        rather than once per group of a fan-out."""
        questions = bank.questions()
        key = (id(questions), kinds, retired)
        hit = self._pools.get(key)
        if hit is None or hit[0] is not questions:
            of_kind = tuple(q for q in questions if kinds.allows(q.is_flashcard)) or tuple(
                questions
            )  # (a deck without the kind asked for still posts)
            if len(self._pools) > 64:
                self._pools.clear()
            hit = self._pools[key] = (questions, of_kind, group_pick.pool_of(of_kind, retired))
        return hit[1], hit[2]

    async def pick_practice(
        self,
        settings: GroupSettings,
        user_id: str,
        now: datetime,
        last_shown: str | None,
        bank: QuestionBank,
    ) -> QuestionLike | None:
        platform = settings.ref.platform.value
        retired = await self._repo.retired_for_group(settings.id)
        candidates = practice_pool(bank.questions(), retired)
        mine = await self._repo.concept_tallies(settings.id, platform, user_id)
        picked = practice.pick_practice(
            candidates,
            await self._repo.member_cards(platform, user_id),
            tally.fold(mine)[1],
            now,
            random.Random(f"{settings.id}:{user_id}:{now.isoformat()}"),
            day=local_day(settings, now),
            new_per_day=settings.new_per_day,
            last_shown=last_shown,
            practised=await self._repo.practice_history(settings.id, platform, user_id),
        )
        return bank.get(picked) if picked is not None else None

    @staticmethod
    def servable_concepts(
        questions: Sequence[QuestionLike], retired: Collection[str]
    ) -> set[str]:
        """Concepts practice can still serve (every concept in the bank: see
        `practice_pool`)."""
        return {q.concept for q in practice_pool(questions, retired)}

    async def due_count(
        self, settings: GroupSettings, user_id: str, now: datetime, bank: QuestionBank
    ) -> int:
        """Concepts due for the member today (the group's local day)."""
        cards = await self._repo.member_cards(settings.ref.platform.value, user_id)
        retired = await self._repo.retired_for_group(settings.id)
        live = self.servable_concepts(bank.questions(), retired)
        day = local_day(settings, now)
        return srs.due_count((c for k, c in cards.items() if k in live), day)

    async def remind(
        self, settings: GroupSettings, outbox: Outbox, now: datetime, bank: QuestionBank
    ) -> int:
        """DM the group's opted-in members who have items due; returns how many."""
        platform = settings.ref.platform.value
        sent = 0
        for user_id in await self._repo.reminder_members(settings.id, platform):
            due = await self.due_count(settings, user_id, now, bank)
            if due <= 0:
                continue
            try:
                await outbox.direct(settings.ref, user_id, render.reminder(settings.language, due))
                sent += 1
            except Exception:
                log.exception("review reminder to %s in group %s failed", user_id, settings.id)
        return sent
