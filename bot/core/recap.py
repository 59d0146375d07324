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
from collections.abc import Sequence
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

    async def pending(self, due: Sequence[tuple[GroupSettings, date]]) -> dict[int, list[Span]]:
        """Group id -> the recap spans due with its post on that date, for many
        groups with one read: a span is due when the group posted in it and its
        recap was not claimed yet (nothing happened, or sent already: no claim)."""
        spans = {on: due_spans(on) for on in {on for _, on in due}}
        keys = [
            (settings.id, span.kind, span.first, span.last)
            for settings, on in due
            if settings.recap
            for span in spans[on]
        ]
        if not keys:
            return {}
        found = await self._repo.recaps_pending(keys)
        out: dict[int, list[Span]] = {}
        for settings, on in due:
            for span in spans[on]:
                if (settings.id, span.kind, span.first, span.last) in found:
                    out.setdefault(settings.id, []).append(span)
        return out

    async def post_due(
        self,
        settings: GroupSettings,
        on: date,
        now: datetime,
        outbox: Outbox,
        bank: QuestionBank,
        spans: Sequence[Span] | None = None,
    ) -> list[Reply]:
        """Post the recaps due on `on` that nobody claimed yet; returns what was
        sent. `spans`: the ones `pending` found (read here when not given)."""
        if not settings.recap:
            return []
        if spans is None:
            spans = (await self.pending([(settings, on)])).get(settings.id, [])
        sent: list[Reply] = []
        for span in spans:
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
