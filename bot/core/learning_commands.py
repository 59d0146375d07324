"""Commands of the learning features: `remind` (members), `report` and `reload` (admins)."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from bot.core import render, report_view
from bot.core.clock import local_date, safe_zone
from bot.core.commands import Problem, parse_switch
from bot.core.content import LiveContent, ReloadError
from bot.core.daily import DailyRunner
from bot.core.messages import t
from bot.core.ports import QuestionLike, Repository
from bot.core.records import GroupSettings
from bot.core.types import Command, Reply
from bot.learning import chart, group_pick, report, tally
from bot.learning.retire import RETIRE_CONFIRM_SHARE, BankChange, diff_banks, retire_share

log = logging.getLogger(__name__)


class LearningCommands:
    def __init__(
        self,
        repository: Repository,
        runner: DailyRunner,
        *,
        charts_dir: Path | None = None,
    ) -> None:
        self._repo = repository
        self._runner = runner
        self._charts = charts_dir
        self._reload_lock = asyncio.Lock()

    async def remind(self, command: Command, settings: GroupSettings, lang: str) -> Reply:
        switch = parse_switch(command.args)
        if isinstance(switch, Problem):
            return render.error(lang, switch.key)
        platform, user = settings.ref.platform.value, command.member.user_id
        if switch is not None:
            await self._repo.set_reminders(platform, user, command.member.display_name, switch)
            return render.text(lang, "remind_on" if switch else "remind_off")
        content = await self._runner.deck(settings, command.at)
        due = await self._runner.learner.due_count(settings, user, command.at, content)
        on = await self._repo.reminders_on(platform, user)
        return render.text(lang, "remind_status_on" if on else "remind_status_off", n=due)

    async def report(self, command: Command, settings: GroupSettings, lang: str) -> Reply:
        content = await self._runner.deck(settings, command.at)
        rows = await self._repo.answer_rows(settings.id)
        result = report.section_report(rows, content.sections())
        if not result.rows:
            return render.error(lang, "no_questions")
        image: str | None = None
        if self._charts is not None and result.answered:
            on = local_date(command.at, safe_zone(settings.timezone))
            path = self._charts / f"group{settings.id}-{on.isoformat()}.png"
            try:
                # matplotlib's first import and the drawing take ~0.5 s: off the loop.
                drawn = await asyncio.to_thread(
                    chart.render_chart, result.rows, path, text=report_view.chart_text(lang, on)
                )
                image = str(drawn.path)
            except Exception:
                log.exception("report chart for group %s failed", settings.id)
        text = report_view.table(result, lang)
        bias = await self._pick_bias(settings, lang, content)
        if bias:
            text += "\n" + bias
        flagged = await self._flagged(lang, content)
        if flagged:
            text += "\n" + flagged
        if not result.answered:
            text = t(lang, "report_empty") + "\n" + text
        return render.report(text, lang=lang, image_path=image)

    async def _pick_bias(self, settings: GroupSettings, lang: str, content: LiveContent) -> str:
        """One line: how much harder the daily questions were than the deck."""
        history = await self._repo.question_history(settings.id)
        retired = await self._repo.retired_for_group(settings.id)
        pool = [q for q in content.questions() if q.id not in retired]
        by_concept, by_section = tally.fold(await self._repo.concept_tallies(settings.id))
        rates = group_pick.error_rates(by_concept, by_section, {q.concept: q.section for q in pool})
        bias = group_pick.pick_bias(pool, history, rates)
        if bias is None or not by_section:
            return ""
        picked, average = round(100 * bias.picked_error), round(100 * bias.average_error)
        return t(
            lang,
            "report_pick_bias",
            weak=t(lang, "on" if settings.favour_weak else "off"),
            n=bias.asked,
            picked=picked,
            average=average,
            diff=picked - average,
        )

    async def _flagged(self, lang: str, content: LiveContent) -> str:
        """Questions of this deck that answer statistics flagged (all groups on
        the deck): for the admins to judge; a report retires one."""
        flags = [
            f for f in await self._repo.statistics_flags()
            if not f.retired and content.get(f.id) is not None
        ]  # fmt: skip
        if not flags:
            return ""
        shown = ", ".join(f"{f.id} ({f.section} > {f.topic})" for f in flags[:5])
        more = len(flags) - 5
        return t(lang, "report_flagged", n=len(flags), questions=shown) + (
            f" (+{more})" if more > 0 else ""
        )

    async def reload(self, command: Command, settings: GroupSettings, lang: str) -> Reply:
        """Read the group's deck again. A dry run decides first: when the new notes
        would retire more than a tenth of the known questions (and their history
        with them), nothing changes until an admin repeats the command with
        `confirm`. Every group on the deck sees the new notes."""
        shelf = self._runner.shelf
        if not shelf.can_reload:
            return render.error(lang, "reload_unavailable")
        confirmed = command.args.strip().casefold() in _CONFIRM
        async with self._reload_lock:  # two admins at once: one reload after the other
            try:
                content = await self._runner.deck(settings, command.at)
                loaded = await shelf.read_again(content)
            except ReloadError as exc:
                return render.error(lang, "reload_failed", reason=str(exc)[:300])
            preview = await self._preview(loaded.bank.questions(), content.key)
            share = retire_share(preview)
            if not confirmed and share > RETIRE_CONFIRM_SHARE:
                return _summary(lang, "reload_confirm", preview, share)
            content.swap(loaded)
            change = await self._runner.resync(content, command.at)
        return _summary(lang, "reload_done", change, retire_share(change))

    async def _preview(self, questions: Sequence[QuestionLike], deck: str) -> BankChange:
        """What a reload would do, computed like sync_bank but writing nothing."""
        known = await self._repo.question_fingerprints(deck)
        before = await self._repo.retired_questions()
        change = diff_banks(known, questions)
        return replace(change, removed=tuple(q for q in change.removed if q not in before))


# `reload confirm` (or its Korean) goes ahead after a dry run asked for it.
_CONFIRM = frozenset({"confirm", "yes", "force", "확인", "예", "진행"})


def _summary(lang: str, key: str, change: BankChange, share: float) -> Reply:
    """kept / new / retired by reason (changed text, gone from the notes)."""
    return render.text(
        lang,
        key,
        added=len(change.added),
        retired=len(change.changed) + len(change.removed),
        changed=len(change.changed),
        removed=len(change.removed),
        kept=len(change.kept),
        share=round(100 * share),
    )
