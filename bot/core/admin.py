"""Admin commands: schedule, pause, resume, post-now, settings.

The caller (StudyService.handle) has already checked that the member is an
admin and that the group belongs to the member's space (bot.core.spaces).
"""

from __future__ import annotations

from dataclasses import replace

from bot.core import render
from bot.core.clock import local_date, safe_zone
from bot.core.commands import Problem, parse_schedule, parse_settings
from bot.core.content import ReloadError
from bot.core.daily import DailyRunner, schedule_of
from bot.core.due import since_for_change
from bot.core.messages import t
from bot.core.ports import Repository, ScheduleListener
from bot.core.records import GroupDefaults, GroupSettings
from bot.core.spaces import OTHER_SPACE, check_space, target_in_caller_space
from bot.core.timezones import display_zone
from bot.core.types import Command, Reply, ReplyKind

CHANNEL_UNVERIFIED = "channel_unverified"


class AdminCommands:
    def __init__(
        self,
        repository: Repository,
        runner: DailyRunner,
        listener: ScheduleListener,
        defaults: GroupDefaults,
    ) -> None:
        self._repo = repository
        self._runner = runner
        self._listener = listener
        self._defaults = defaults

    async def _changed(self, settings: GroupSettings) -> None:
        await self._repo.save_group(settings)
        await self._listener.schedule_changed(schedule_of(settings))

    async def schedule(self, command: Command, settings: GroupSettings, lang: str) -> Reply:
        decks = await self._runner.shelf.names(settings.id)
        parsed = parse_schedule(command.args, decks)
        if parsed is None:
            return self._show(settings, lang)
        if isinstance(parsed, Problem):
            return render.problem(lang, parsed, decks=", ".join(decks))
        target = await self._target(command, parsed.channel_id, settings)
        if isinstance(target, str):
            return render.error(lang, target)
        if parsed.deck is not None:
            problem = await self._deck_problem(target, parsed.deck, command, lang)
            if problem is not None:
                return problem
            self._runner.shelf.forget(target.id)
        post_time, timezone = parsed.post_time, parsed.timezone or target.timezone
        updated = replace(
            target,
            post_time=post_time,
            timezone=timezone,
            deck=parsed.deck if parsed.deck is not None else target.deck,
            scheduled=True,
            paused=False,
            paused_reason=None,
            scheduled_since=since_for_change(target, post_time, timezone, command.at),
            scheduled_by=command.member.user_id,
        )
        await self._changed(updated)
        if target.paused:  # a day the platform refused goes out now (if still open)
            resent = await self._runner.resend_refused(updated, command.at)
            if resent is not None and resent.refused is not None:
                return render.error(lang, "post_refused", reason=resent.refused)
        # A running schedule moved to a time already past today posts today's
        # question now (bot.core.due, rule 2) instead of skipping the day.
        await self._runner.post_due(updated, command.at)
        return render.text(
            updated.language,  # said in the channel: the group's language
            "schedule_set",
            ephemeral=False,
            time=updated.post_time.strftime("%H:%M"),
            tz=display_zone(updated.timezone),
            channel=f"#{updated.ref.channel_id}",
        )

    async def _target(
        self, command: Command, named: str | None, settings: GroupSettings
    ) -> GroupSettings | str:
        """The group a schedule configures: this channel's, or the channel the
        adapter resolved as `command.target` (the group is the channel). A
        channel written in the arguments counts only when it is that target: a
        `<#id>` pasted into free text never names a group. A message key when
        refused (bot.core.spaces)."""
        target = command.target
        if target is None:
            return settings if named is None else CHANNEL_UNVERIFIED
        if named is not None and named != target.channel_id:
            return CHANNEL_UNVERIFIED
        if not target_in_caller_space(command.group, target):
            return OTHER_SPACE
        if target.channel_id == settings.ref.channel_id:
            return settings
        found = await self._repo.ensure_group(target, self._defaults)
        checked = await check_space(self._repo, found, command.group)
        return OTHER_SPACE if checked is None else checked

    async def _deck_problem(
        self, target: GroupSettings, name: str, command: Command, lang: str
    ) -> Reply | None:
        """Why the target group cannot read deck `name` (another group's upload,
        notes that do not load), or None when it can."""
        shelf = self._runner.shelf
        key = await shelf.key_of(target.id, name)
        if key is None:
            decks = ", ".join(await shelf.names(target.id))
            return render.error(lang, "bad_deck", value=name, decks=decks)
        try:
            await self._runner.ensure_synced(await shelf.by_key(key), command.at)
        except ReloadError as exc:
            return render.error(lang, "reload_failed", reason=str(exc)[:300])
        return None

    def _show(self, settings: GroupSettings, lang: str) -> Reply:
        if not settings.scheduled:
            return render.text(lang, "schedule_none")
        return render.text(
            lang,
            "schedule_show",
            time=settings.post_time.strftime("%H:%M"),
            tz=display_zone(settings.timezone),
            channel=f"#{settings.ref.channel_id}",
            paused=(
                t(lang, "schedule_paused_reason", reason=settings.paused_reason)
                if settings.paused and settings.paused_reason
                else t(lang, "schedule_paused") if settings.paused else ""
            ),
        )

    async def pause(self, command: Command, settings: GroupSettings, lang: str) -> Reply:
        if settings.paused:
            return render.text(lang, "already_paused")
        await self._changed(replace(settings, paused=True))
        return render.text(settings.language, "paused", ephemeral=False)

    async def resume(self, command: Command, settings: GroupSettings, lang: str) -> Reply:
        if not settings.paused:
            return render.text(lang, "not_paused")
        # A day whose slot passed while paused still goes out while its window is
        # open (bot.core.due, rule 4): the schedule itself did not change.
        resumed = replace(settings, paused=False, paused_reason=None)
        await self._changed(resumed)
        # Today's post, if the platform refused it and its window is open, goes
        # out now; the tick takes care of the rest.
        resent = await self._runner.resend_refused(resumed, command.at)
        if resent is not None and resent.refused is not None:
            return render.error(lang, "post_refused", reason=resent.refused)
        return render.text(settings.language, "resumed", ephemeral=False)

    async def post_now(self, command: Command, settings: GroupSettings, lang: str) -> Reply:
        await self._runner.reveal_latest_if_closed(settings, command.at)
        on = local_date(command.at, safe_zone(settings.timezone))
        # Today's post refused earlier goes out again (the same post), else a new one.
        resent = await self._runner.resend_refused(settings, command.at)
        result = resent or await self._runner.post(settings, on, command.at)
        if result.no_outbox:
            return render.error(lang, "no_outbox")
        if result.no_question:
            return render.error(lang, "no_questions")
        if result.refused is not None:
            return render.error(lang, "post_refused", reason=result.refused)
        if result.existing is not None:
            return render.text(lang, "already_posted", date=on.isoformat())
        return render.text(lang, "posted_now")

    async def settings(self, command: Command, settings: GroupSettings, lang: str) -> Reply:
        parsed = parse_settings(command.args)
        if isinstance(parsed, Problem):
            return render.problem(lang, parsed)
        if parsed is not None:
            settings = replace(
                settings,
                language=parsed.language or settings.language,
                window_minutes=(
                    None if parsed.window_next else parsed.window_minutes or settings.window_minutes
                ),
                streak_rule=parsed.streak_rule or settings.streak_rule,
                favour_weak=(
                    settings.favour_weak if parsed.favour_weak is None else parsed.favour_weak
                ),
                new_per_day=(
                    settings.new_per_day if parsed.new_per_day is None else parsed.new_per_day
                ),
                recap=settings.recap if parsed.recap is None else parsed.recap,
                daily_kinds=parsed.daily_kinds or settings.daily_kinds,
                report_threshold=parsed.report_threshold or settings.report_threshold,
            )
            await self._repo.save_group(settings)
            lang = settings.language
        window = (
            t(lang, "window_next")
            if settings.window_minutes is None
            else t(lang, "window_minutes", n=settings.window_minutes)
        )
        text = t(
            lang,
            "settings_show",
            language=settings.language,
            window=window,
            streak=t(lang, f"streak.{settings.streak_rule.value}"),
        )
        text += ", " + t(
            lang, "settings_weak", weak=t(lang, "on" if settings.favour_weak else "off")
        )
        text += ", " + t(lang, "settings_new", n=settings.new_per_day)
        text += ", " + t(lang, "settings_recap", recap=t(lang, "on" if settings.recap else "off"))
        kinds = t(lang, f"daily.{settings.daily_kinds.value}")
        text += ", " + t(lang, "settings_daily", kinds=kinds)
        text += ", " + t(lang, "settings_reports", n=settings.report_threshold)
        if parsed is not None:
            text = t(lang, "settings_saved") + "\n" + text
        return Reply(kind=ReplyKind.TEXT, text=text, ephemeral=True)
