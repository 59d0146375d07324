"""One simulated group on the real core: StudyService over a real SQLite store,
the seed deck's question bank, 20 hidden learners, one daily post a day.

Members act through the core's public calls only (`handle("quiz")`,
`answer(click)`, `tick`); the hidden model (learner.py) decides what they
answer. Every member's days (whether they answer the daily post, whether and
when they practise, how many questions) come from their own random stream, so
the same seed gives the same members under any picking policy.
"""

from __future__ import annotations

import math
import os
import random
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from bench.sim.learner import HiddenMember, HiddenQuestion, hidden_question
from bot.core.bank import ListBank
from bot.core.learning import Learner
from bot.core.ports import GroupSchedule, QuestionLike
from bot.core.service import StudyService
from bot.core.types import AnswerClick, AnswerKind, Command, GroupRef, Member, Platform, Reply
from bot.storage import SqliteStore

ZONE = ZoneInfo("Asia/Seoul")
START = date(2026, 3, 2)
ROOM = GroupRef(platform=Platform.SHELL, channel_id="sim")
# RAM when there is some: the figures do not depend on disk speed.
_SCRATCH = "/dev/shm" if os.path.isdir("/dev/shm") else None
ADMIN = Member(user_id="admin", display_name="admin", is_admin=True)


@dataclass(frozen=True, kw_only=True, slots=True)
class Asked:
    """One question a member saw and answered."""

    member: int
    concept: str
    question: str
    day: int
    correct: bool
    kind: str  # "daily" or "practice"


@dataclass(frozen=True, kw_only=True, slots=True)
class DailyPick:
    day: int
    question: str
    section: str
    error: float  # the group's true error rate on the pick (hidden model)
    pool_error: float  # mean true error over the unseen questions in rotation
    error_weak_off: float | None  # the pick the core makes with `weak off`, same state


@dataclass(kw_only=True, slots=True)
class RunResult:
    asked: list[Asked] = field(default_factory=list)
    practised: set[tuple[int, int]] = field(default_factory=set)  # (member, day)
    picks: list[DailyPick] = field(default_factory=list)
    retention_end: list[float] = field(default_factory=list)  # per member
    retention_idle: list[float] = field(default_factory=list)  # after IDLE_DAYS more
    retired_reasons: dict[str, str] = field(default_factory=dict)
    flagged: set[str] = field(default_factory=set)
    bad_questions: set[str] = field(default_factory=set)
    orphaned_cards: int = 0
    cards: int = 0
    sections: int = 0


class _Outbox:
    def __init__(self) -> None:
        self.posts: list[Reply] = []

    async def post(self, group: GroupRef, reply: Reply) -> str | None:
        self.posts.append(reply)
        return str(len(self.posts))

    async def update(self, group: GroupRef, message_ref: str, reply: Reply) -> None:
        return None

    async def direct(self, group: GroupRef, member_id: str, reply: Reply) -> None:
        return None

    async def schedule_changed(self, schedule: GroupSchedule) -> None:
        return None


class RandomLearner(Learner):
    """The baseline: questions in random order (no spacing, no weak spots)."""

    def __init__(self, learner: Learner, seed: int) -> None:
        super().__init__(learner._repo)
        self._rng = random.Random(seed)

    async def pick_daily(self, settings, on, retired, bank):  # type: ignore[no-untyped-def]
        pool = [q for q in bank.questions() if q.id not in retired]
        return self._rng.choice(pool) if pool else None

    async def pick_practice(self, settings, user_id, now, last_shown, bank):  # type: ignore[no-untyped-def]
        retired = await self._repo.retired_questions()
        pool = [q for q in bank.questions() if q.id not in retired]
        return self._rng.choice(pool) if pool else None


class OracleLearner(Learner):
    """A reference, not a policy the bot could follow: practice that reads each
    member's hidden memory (the daily pick stays the core's). It reviews, among
    the concepts the member has met, the one they most likely still recall of
    those whose recall fell below REVIEW_BELOW, leaving aside concepts whose
    memory has not reached GIVE_UP_BELOW days of stability (hopeless for now);
    with nothing to review, a new concept; with nothing new, the concept whose
    recall is falling soonest. The thresholds are the best of a few tried
    (`make sim --oracle`): what timing and choice can buy when memory is known."""

    REVIEW_BELOW = 0.8
    GIVE_UP_BELOW = 1.0

    def __init__(self, learner: Learner, people: Sequence[HiddenMember], seed: int) -> None:
        super().__init__(learner._repo)
        self._people = people
        self._rng = random.Random(seed)

    async def pick_practice(self, settings, user_id, now, last_shown, bank):  # type: ignore[no-untyped-def]
        person = self._people[int(user_id[1:])]
        t = (now - at(0, 0)).total_seconds() / 86400
        retired = await self._repo.retired_questions()
        by_concept: dict[str, list[QuestionLike]] = {}
        for q in bank.questions():
            if q.id not in retired and q.id != last_shown:
                by_concept.setdefault(q.concept, []).append(q)
        fading = []
        for concept, mem in person.memory.items():
            recall = math.exp(-max(0.0, t - mem.last) / mem.stability)
            if (
                concept in by_concept
                and t - mem.last >= 0.5
                and mem.stability >= self.GIVE_UP_BELOW
                and recall < self.REVIEW_BELOW
            ):
                fading.append((recall, concept))
        new = sorted(c for c in by_concept if c not in person.memory)
        if fading:
            concept = max(fading)[1]
        elif new:
            concept = self._rng.choice(new)
        elif by_concept:
            met = [c for c in by_concept if c in person.memory]
            concept = min(met, key=lambda c: person.memory[c].last + person.memory[c].stability)
        else:
            return None
        return by_concept[concept][0]


def at(day: int, hours: float) -> datetime:
    local = datetime.combine(START + timedelta(days=day), datetime.min.time(), ZONE)
    return (local + timedelta(hours=hours)).astimezone(UTC)


async def run(
    questions: Sequence[QuestionLike],
    seed: int,
    *,
    members: int = 20,
    days: int = 60,
    idle_days: int = 30,
    policy: str = "core",
    weak: bool = True,
    settings_args: str = "",
    learner_hook: Callable[[Learner], Learner] | None = None,
) -> RunResult:
    rng = random.Random(seed)
    concepts = sorted({q.concept for q in questions})
    difficulty = {c: rng.gauss(0.0, 1.0) for c in concepts}
    hidden: dict[str, HiddenQuestion] = {
        q.id: hidden_question(len(q.choices), q.answer, rng) for q in questions
    }
    people = [
        HiddenMember(
            ability=rng.gauss(0.0, 0.8),
            daily_rate=rng.uniform(0.4, 0.9),
            practice_rate=rng.uniform(0.3, 0.9),
        )
        for _ in range(members)
    ]
    result = RunResult(bad_questions={qid for qid, h in hidden.items() if h.bad})
    by_id = {q.id: q for q in questions}
    bank = ListBank(questions)
    with tempfile.TemporaryDirectory(dir=_SCRATCH) as tmp:
        store = await SqliteStore.open(Path(tmp) / "sim.db")
        try:
            outbox = _Outbox()
            service = StudyService(store, None, bank, outbox, {Platform.SHELL: outbox})
            runner = service._runner  # the sim's one look inside: swap the policy
            if policy == "random":
                runner.learner = RandomLearner(runner.learner, seed)
            elif policy == "oracle":
                runner.learner = OracleLearner(runner.learner, people, seed)
            elif learner_hook is not None:
                runner.learner = learner_hook(runner.learner)
            await service.handle(_cmd("schedule", "09:00 Asia/Seoul", at(0, 0)))
            extra = settings_args or ("" if weak else "weak off")
            if extra:
                await service.handle(_cmd("settings", extra, at(0, 0)))
            settings = await store.ensure_group(ROOM, _defaults())
            for day in range(days):
                await _one_day(
                    day, service, store, outbox, people, by_id, hidden, difficulty,
                    settings, result, seed,
                )  # fmt: skip
            end = float(days)
            result.retention_end = [sum(p.studied_recall(c, end) for c in concepts)
                                    for p in people]  # fmt: skip
            idle = end + idle_days
            result.retention_idle = [sum(p.studied_recall(c, idle) for c in concepts)
                                     for p in people]  # fmt: skip
            await _final_state(store, runner.learner, questions, members, result)
        finally:
            await store.close()
    result.sections = len({q.section for q in questions})
    return result


async def _one_day(
    day: int,
    service: StudyService,
    store: SqliteStore,
    outbox: _Outbox,
    people: list[HiddenMember],
    by_id: dict[str, QuestionLike],
    hidden: dict[str, HiddenQuestion],
    difficulty: dict[str, float],
    settings: object,
    result: RunResult,
    seed: int,
) -> None:
    events: list[tuple[float, int, str, int]] = []  # (local hour, member, kind, size)
    for m, person in enumerate(people):
        plan = random.Random(f"{seed}:{m}:{day}")  # the member's own day, policy-free
        if plan.random() < person.daily_rate:
            events.append((plan.uniform(9.1, 23.0), m, "daily", 1))
        if plan.random() < person.practice_rate:
            events.append((plan.uniform(7.0, 23.5), m, "practice", plan.randint(5, 12)))
    events.sort()
    answer_rng = random.Random(f"{seed}:answers:{day}")
    post_at = at(day, 9.0)
    retired = await store.retired_questions()
    group = await store.ensure_group(ROOM, _defaults())
    weak_off = await service._runner.learner.pick_daily(
        replace(group, favour_weak=False), START + timedelta(days=day), retired, service.content
    )
    await service.tick(post_at)
    post = outbox.posts[-1] if outbox.posts else None
    daily_q = by_id.get(post.question.question_id) if post and post.question else None
    now = float(day) + 9.0 / 24
    if daily_q is not None and post is not None and post.question is not None:
        asked_before = {p.question for p in result.picks}
        pool = [q for q in by_id.values() if q.id not in retired and q.id not in asked_before]

        def error(q: QuestionLike) -> float:
            h = hidden[q.id]
            rights = [p.p_right(h, q.concept, difficulty[q.concept], now) for p in people]
            return 1 - sum(rights) / len(rights)

        result.picks.append(
            DailyPick(
                day=day,
                question=daily_q.id,
                section=daily_q.section,
                error=error(daily_q),
                pool_error=sum(error(q) for q in pool) / len(pool) if pool else 0.0,
                error_weak_off=error(weak_off) if weak_off is not None else None,
            )
        )
    for hour, m, kind, size in events:
        person = people[m]
        member = Member(user_id=f"m{m:02d}", display_name=f"m{m:02d}")
        moment = at(day, hour)
        if kind == "daily":
            if daily_q is None or post is None or post.question is None:
                continue
            t = day + hour / 24
            h = hidden[daily_q.id]
            choice, _secs = person.answer(h, daily_q.concept, difficulty[daily_q.concept], t,
                                          answer_rng)  # fmt: skip
            click = AnswerClick(kind=AnswerKind.DAILY, ref=post.question.answer_ref,
                                choice=choice, group=ROOM, member=member, at=moment)  # fmt: skip
            await service.answer(click)
            right = choice == daily_q.answer
            result.asked.append(Asked(member=m, concept=daily_q.concept, question=daily_q.id,
                                      day=day, correct=right, kind="daily"))  # fmt: skip
            continue
        result.practised.add((m, day))
        for _ in range(size):
            reply = await service.handle(_cmd("quiz", "", moment, member))
            if reply.question is None:
                break
            q = by_id[reply.question.question_id]
            t = (moment - at(0, 0)).total_seconds() / 86400
            choice, secs = person.answer(hidden[q.id], q.concept, difficulty[q.concept], t,
                                         answer_rng)  # fmt: skip
            moment += timedelta(seconds=secs)
            click = AnswerClick(kind=AnswerKind.PRACTICE, ref=reply.question.answer_ref,
                                choice=choice, group=ROOM, member=member, at=moment)  # fmt: skip
            await service.answer(click)
            result.asked.append(Asked(member=m, concept=q.concept, question=q.id, day=day,
                                      correct=choice == q.answer, kind="practice"))  # fmt: skip
            moment += timedelta(seconds=4)


async def _final_state(
    store: SqliteStore,
    learner: Learner,
    questions: Sequence[QuestionLike],
    members: int,
    result: RunResult,
) -> None:
    for flagged in await store.flagged_questions():
        result.retired_reasons[flagged.id] = flagged.reason
    result.flagged = set(await _flags(store))
    retired = await store.retired_questions()
    servable = _servable_concepts(learner, questions, retired)
    for m in range(members):
        cards = await store.member_cards(Platform.SHELL.value, f"m{m:02d}")
        result.cards += len(cards)
        result.orphaned_cards += sum(1 for c in cards if c not in servable)


def _servable_concepts(
    learner: Learner, questions: Sequence[QuestionLike], retired: frozenset[str]
) -> set[str]:
    """Concepts practice can still serve. The learner says so when it knows how
    (retired questions may stay in private practice); otherwise only questions
    in rotation can be served."""
    servable = getattr(learner, "servable_concepts", None)
    if servable is not None:
        return set(servable(questions, retired))
    return {q.concept for q in questions if q.id not in retired}


async def _flags(store: SqliteStore) -> list[str]:
    flagged = getattr(store, "statistics_flags", None)
    if flagged is None:
        return []
    return [f.id for f in await flagged()]


def _cmd(name: str, args: str, moment: datetime, member: Member = ADMIN) -> Command:
    return Command(name=name, args=args, group=ROOM, member=member, at=moment)


def _defaults():  # type: ignore[no-untyped-def]
    from bot.core.records import GroupDefaults

    return GroupDefaults()
