"""Weekly and monthly recaps: what the group did last week (or month), posted in
its channel at the start of the next one.

Due work of the daily cycle: when a group's first post of a new week (month) is
made, the recap of the week (month) before is claimed in the store and posted
just before it, so every group gets it at its own local time, once, whatever
restarts or concurrent cycles happen. A period without any answer gets no
post. Groups can turn recaps off (`settings recap off`).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from bot.core import boards
from bot.core.commands import clip
from bot.core.messages import t
from bot.core.ports import Outbox, QuestionBank, Repository
from bot.core.records import BoardRow, DailyPost, GroupSettings, Period
from bot.core.render import MAX_FIELD, MAX_TEXT, board_line, short_crumb
from bot.core.scoring import week_of
from bot.core.types import Field, Reply, ReplyKind

log = logging.getLogger(__name__)
TOP = 3
ALL_MEMBERS = 1000


@dataclass(frozen=True, kw_only=True, slots=True)
class Span:
    kind: str  # "week" or "month"
    first: date
    last: date


def due_spans(on: date) -> list[Span]:
    """The periods whose recap is due at the first post on local date `on`:
    the week before `on`'s week, and the month before `on`'s month."""
    monday = week_of(on)
    month_start = on.replace(day=1)
    previous_month = (month_start - timedelta(days=1)).replace(day=1)
    return [
        Span(kind="week", first=monday - timedelta(days=7), last=monday - timedelta(days=1)),
        Span(kind="month", first=previous_month, last=month_start - timedelta(days=1)),
    ]


class Recaps:
    def __init__(self, repository: Repository) -> None:
        self._repo = repository

    async def post_due(
        self,
        settings: GroupSettings,
        on: date,
        now: datetime,
        outbox: Outbox,
        bank: QuestionBank,
    ) -> list[Reply]:
        """Post the recaps due on `on` that nobody claimed yet; returns what was sent."""
        if not settings.recap:
            return []
        sent: list[Reply] = []
        for span in due_spans(on):
            if not await self._repo.posts_between(settings.id, span.first, span.last):
                continue  # nothing happened (or the group did not exist): no claim
            if not await self._repo.claim_recap(settings.id, span.kind, span.first, now):
                continue
            reply = await self.build(settings, span, on, now, bank)
            if reply is None:
                continue
            try:
                await outbox.post(settings.ref, reply)
                sent.append(reply)
            except Exception:
                log.exception("recap %s %s for group %s failed", span.kind, span.first, settings.id)
        return sent

    async def build(
        self, settings: GroupSettings, span: Span, today: date, now: datetime, bank: QuestionBank
    ) -> Reply | None:
        lang = settings.language
        period = Period.WEEK if span.kind == "week" else Period.MONTH
        rows = await self._repo.leaderboard(settings.id, period, span.first, ALL_MEMBERS)
        if not rows:
            return None
        posts = await self._repo.posts_between(settings.id, span.first, span.last)
        streaks = await boards.streaks(self._repo, settings, today, now)
        top = [
            replace(r, streak=streaks[r.user_id].current if r.user_id in streaks else 0)
            for r in rows[:TOP]
        ]
        fields = [Field(name=t(lang, "recap.top"), value=_lines(top, lang))]
        missed = await self._most_missed(posts, lang, bank)
        if missed is not None:
            fields.append(missed)
        leaders = sorted(
            ((-s.current, user) for user, s in streaks.items() if s.current > 0)
        )[:TOP]
        if leaders:
            names = {r.user_id: r.display_name for r in rows}
            value = "\n".join(
                t(lang, "recap.streak_row", name=clip(names.get(user, user), 32), n=n)
                for n, user in ((-minus, user) for minus, user in leaders)
            )
            fields.append(Field(name=t(lang, "recap.streaks"), value=value))
        answers = sum(r.answered for r in rows)
        text = t(
            lang,
            "recap.participation",
            members=len(rows),
            posts=len(posts),
            answers=answers,
            right=round(100 * sum(r.correct for r in rows) / answers) if answers else 0,
        )
        title = t(
            lang,
            f"recap.title.{span.kind}",
            first=span.first.strftime("%m-%d"),
            last=span.last.strftime("%m-%d"),
            month=span.first.strftime("%Y-%m"),
        )
        return Reply(
            kind=ReplyKind.LEADERBOARD, title=title, text=text[:MAX_TEXT], fields=tuple(fields)
        )

    async def _most_missed(
        self, posts: list[DailyPost], lang: str, bank: QuestionBank
    ) -> Field | None:
        worst: tuple[float, int, str] | None = None
        for post in posts:
            question = bank.get(post.question_id)
            if question is None:
                continue
            counts = await self._repo.choice_counts(post.id)
            total = sum(counts.values())
            if not total:
                continue
            rate = counts.get(question.answer, 0) / total
            if worst is None or (rate, -total) < (worst[0], -worst[1]):
                worst = (rate, total, post.question_id)
        if worst is None:
            return None
        question = bank.get(worst[2])
        assert question is not None
        answer = f"{question.answer + 1}. {question.choices[question.answer]}"
        lines = [
            f"**{short_crumb(question.breadcrumb)}**",
            _without_breadcrumb(question.prompt, question.breadcrumb),
            t(lang, "recap.missed_stats", percent=round(100 * worst[0]), total=worst[1]),
            t(lang, "reveal_answer", answer=answer),
        ]
        if question.explanation:
            lines.append(question.explanation)
        value = "\n".join(lines)
        value = value if len(value) <= MAX_FIELD else value[: MAX_FIELD - 1] + "…"
        return Field(name=t(lang, "recap.missed"), value=value)


def _lines(rows: list[BoardRow], lang: str) -> str:
    return "\n".join(board_line(row, lang) for row in rows)


def _without_breadcrumb(prompt: str, breadcrumb: str) -> str:
    if prompt.startswith(breadcrumb):
        return prompt.partition("\n")[2] or prompt
    return prompt
