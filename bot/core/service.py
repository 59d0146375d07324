"""`StudyService`: the platform-neutral bot. Implements `StudyApi` (what adapters
call) and the tick (what the scheduler drives) on top of ports only.

No public method raises on bad input or on a failing dependency: the member
gets a short ERROR reply and the traceback goes to the log.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Collection, Mapping
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

from bot.core import boards, render
from bot.core.admin import AdminCommands
from bot.core.answering import Answering
from bot.core.clock import local_date, safe_zone
from bot.core.commands import MAX_ARGS, clip, command_name, is_admin_command, parse_period
from bot.core.commands import Problem as _Problem
from bot.core.content import DeckSource, LiveContent, Reloader, Shelf
from bot.core.daily import DailyRunner
from bot.core.daily_work import Posts, Resends, Reveals
from bot.core.deck_commands import DeckCommands
from bot.core.due import next_post_at
from bot.core.learning_commands import LearningCommands
from bot.core.messages import language_of, t
from bot.core.ports import (
    GroupSchedule,
    Lookup,
    Outbox,
    QuestionBank,
    Repository,
    ScheduleListener,
    StoreUnavailable,
)
from bot.core.records import GroupDefaults, GroupSettings, Period, StreakRule
from bot.core.reports import Reports, filed_or_quoted, with_quote
from bot.core.sanitize import clean_event, clean_group, clean_member
from bot.core.scoring import streak
from bot.core.spaces import OTHER_SPACE, check_space
from bot.core.tick import Ticker, TickReport
from bot.core.types import (
    AnswerClick,
    AnswerKind,
    Command,
    CommandName,
    Field,
    GroupRef,
    Member,
    Platform,
    ProblemReport,
    Reply,
    ReplyKind,
)
from bot.core.uploads import DeckUploads
from bot.learning.retire import BankChange
from bot.notes.model import Deck

log = logging.getLogger(__name__)


def _unavailable(lang: str, what: str, exc: StoreUnavailable) -> Reply:
    """Nothing can be saved (the store said why, naming its file, in the log):
    one log line, and a reply that does not ask the member to try again."""
    log.error("%s not saved: %s", what, exc)
    return render.error(lang, "store_unavailable")

_Handler = Callable[[Command, GroupSettings, str], Awaitable[Reply]]
BOARD_SIZE = 10


class StudyService:
    def __init__(
        self,
        repository: Repository,
        lookup: Lookup | None,
        bank: QuestionBank,
        listener: ScheduleListener,
        outboxes: Mapping[Platform, Outbox],
        *,
        defaults: GroupDefaults | None = None,
        decks: Collection[str] = (),
        deck: Deck | None = None,
        reloader: Reloader | None = None,
        charts_dir: Path | None = None,
        deck_source: DeckSource | None = None,
        default_deck: str = "",
        uploads: DeckUploads | None = None,
    ) -> None:
        self._repo = repository
        # The default deck's swappable holder (admin `reload` swaps it); the
        # shelf loads the other decks groups pick through `deck_source`.
        self.content = LiveContent(bank, lookup, deck, default_deck)
        self.shelf = Shelf(self.content, deck_source, reloader, decks)
        self._defaults = defaults or GroupDefaults()
        self._runner = DailyRunner(repository, self.shelf, outboxes)
        admin = AdminCommands(repository, self._runner, listener, self._defaults)
        learning = LearningCommands(repository, self._runner, charts_dir=charts_dir)
        self._decks = DeckCommands(repository, self._runner, uploads)
        self._answers = Answering(repository, self._runner)
        self._reports = Reports(repository, self._runner.deck)
        # Due work, in order; new kinds (a weekly recap, ...) join this list.
        self._ticker = Ticker(
            [
                Reveals(self._runner, repository),
                Resends(self._runner, repository),
                Posts(self._runner, repository),
            ]
        )
        self._handlers: dict[CommandName, _Handler] = {
            CommandName.LOOKUP: self._cmd_lookup,
            CommandName.QUIZ: self._cmd_quiz,
            CommandName.LEADERBOARD: self._cmd_leaderboard,
            CommandName.STATS: self._cmd_stats,
            CommandName.TOPICS: self._cmd_topics,
            CommandName.HELP: self._cmd_help,
            CommandName.SCHEDULE: admin.schedule,
            CommandName.PAUSE: admin.pause,
            CommandName.RESUME: admin.resume,
            CommandName.POST_NOW: admin.post_now,
            CommandName.SETTINGS: admin.settings,
            CommandName.REMIND: learning.remind,
            CommandName.REPORT: learning.report,
            CommandName.REPORTS: self._reports.command,
            CommandName.RELOAD: learning.reload,
            CommandName.DECK: self._decks.deck,
        }

    # --- StudyApi ----------------------------------------------------------

    async def handle(self, command: Command) -> Reply:
        command = clean_event(command, "name", "args")
        if command.target is not None:
            command = replace(command, target=clean_group(command.target))
        lang = language_of(command.member.locale, self._defaults.language)
        try:
            settings = await self._repo.ensure_group(command.group, self._defaults)
            lang = language_of(command.member.locale, settings.language)
            if len(command.args) > MAX_ARGS:
                return render.error(lang, "too_long", limit=MAX_ARGS)
            name = command_name(command.name[:40])
            handler = self._handlers.get(name) if name is not None else None
            if name is None or handler is None:
                return render.help_reply(lang, admin=command.member.is_admin, unknown=command.name)
            if is_admin_command(name):
                if not command.member.is_admin:
                    return render.error(lang, "admin_only")
                # Defence in depth: whatever the adapter resolved, an admin of one
                # space never changes another space's group (bot.core.spaces).
                checked = await check_space(self._repo, settings, command.group)
                if checked is None:
                    log.warning(
                        "refused %s: group %s is in another space than the caller's",
                        name.value,
                        settings.id,
                    )
                    return render.error(lang, OTHER_SPACE)
                settings = checked
            return await handler(command, settings, lang)
        except StoreUnavailable as exc:
            return _unavailable(lang, "command", exc)
        except Exception:
            log.exception("command %r failed", command.name[:40])
            return render.error(lang, "error")

    async def answer(self, click: AnswerClick) -> Reply:
        click = clean_event(click, "ref")
        lang = language_of(click.member.locale, self._defaults.language)
        try:
            settings = await self._repo.ensure_group(click.group, self._defaults)
            lang = language_of(click.member.locale, settings.language)
            if click.kind.shows_card:
                return await self._answers.show_card(click, settings, lang)
            if click.kind.grades_card:
                return await self._answers.grade_card(click, settings, lang)
            if click.kind is AnswerKind.DAILY:
                return await self._answers.daily(click, settings, lang)
            return await self._answers.practice(click, settings, lang)
        except StoreUnavailable as exc:
            return _unavailable(lang, "answer", exc)
        except Exception:
            log.exception("answer %s:%s failed", click.kind, click.ref[:40])
            return render.error(lang, "error")

    async def report_problem(self, report: ProblemReport) -> Reply:
        report = clean_event(report, "question_id", "reason")
        lang = language_of(report.member.locale, self._defaults.language)
        try:
            settings = await self._repo.ensure_group(report.group, self._defaults)
            lang = language_of(report.member.locale, settings.language)
        except StoreUnavailable as exc:
            return with_quote(_unavailable(lang, "problem report", exc), report.reason)
        except Exception:
            log.exception("problem report failed")
            return with_quote(render.error(lang, "report_failed"), report.reason)
        return await filed_or_quoted(self._reports, report, settings, lang)

    async def upload_deck(
        self,
        group: GroupRef,
        member: Member,
        filename: str,
        data: bytes,
        at: datetime,
        *,
        size: int | None = None,
    ) -> Reply:
        """An admin's upload (a .md or a .zip, already fetched by the adapter):
        read and checked, answered with what it holds; nothing changes until
        `deck confirm`."""
        group, member = clean_group(group), clean_member(member)
        lang = language_of(member.locale, self._defaults.language)
        try:
            settings = await self._repo.ensure_group(group, self._defaults)
            lang = language_of(member.locale, settings.language)
            if not member.is_admin:
                return render.error(lang, "admin_only")
            checked = await check_space(self._repo, settings, group)  # as for admin commands
            if checked is None:
                return render.error(lang, OTHER_SPACE)
            return await self._decks.upload(
                checked, clip(filename, 200), data, member.user_id, at, lang, size=size
            )
        except Exception:
            log.exception("deck upload failed")
            return render.error(lang, "error")

    async def complete_topics(self, group: GroupRef, prefix: str, limit: int = 25) -> list[str]:
        try:
            settings = await self._repo.ensure_group(clean_group(group), self._defaults)
            lookup = (await self.shelf.content(settings.id, settings.deck)).lookup
            if lookup is None:
                return []
            return lookup.complete(prefix[:100], max(1, min(limit, 25)))
        except Exception:
            log.exception("autocomplete failed")
            return []

    async def home(self, group: GroupRef, member: Member, at: datetime) -> Reply:
        group, member = clean_group(group), clean_member(member)
        lang = language_of(member.locale, self._defaults.language)
        try:
            settings = await self._repo.ensure_group(group, self._defaults)
            lang = language_of(member.locale, settings.language)
            mine = await self._stats_reply(settings, member, at, lang)
            rows, last_week = await boards.board(
                self._repo, settings, Period.WEEK, self._today(settings, at), at, BOARD_SIZE
            )
            week = render.board(rows, lang=lang, period=Period.WEEK, last_week=last_week)
            text = mine.text
            if settings.paused and settings.paused_reason:  # why nothing is posted
                text = t(lang, "home_paused", reason=settings.paused_reason) + "\n\n" + text
            return Reply(
                kind=ReplyKind.STATS,
                title=mine.title,
                text=text,
                fields=(*mine.fields, Field(name=week.title, value=week.text)),
                ephemeral=True,
            )
        except StoreUnavailable as exc:
            return _unavailable(lang, "home", exc)
        except Exception:
            log.exception("home failed")
            return render.error(lang, "error")

    # --- SpaceEvents -------------------------------------------------------

    async def space_removed(self, platform: Platform, space_id: str, reason: str) -> int:
        """Pause the space's scheduled groups with `reason` (see SpaceEvents);
        `schedule` after a reinstall resumes each."""
        return await self._runner.pause_space(platform, space_id[:100], reason[:200])

    # --- the tick ------------------------------------------------------------

    async def tick(self, now: datetime) -> TickReport:
        """Perform every piece of due work at `now`; say when to wake next."""
        return await self._ticker.tick(now)

    async def schedules(self) -> list[GroupSchedule]:
        """Every group with a schedule (paused ones included, flagged)."""
        return await self._runner.schedules()

    async def next_post_time(self, group: GroupRef, now: datetime) -> datetime | None:
        """When the group's next daily question goes out (now, if it is due)."""
        settings = await self._repo.ensure_group(clean_group(group), self._defaults)
        return next_post_at(settings, await self._repo.latest_post(settings.id), now)

    async def sync_bank(self, now: datetime) -> BankChange:
        """Register the default deck now (start-up) instead of at the first post
        or quiz: questions whose notes changed while the bot was down retire at
        once. (Other decks register when a group first uses them.)"""
        await self._runner.ensure_bank(now)
        return self._runner.last_change or BankChange(added=(), removed=(), changed=(), kept=())

    # --- commands ----------------------------------------------------------

    def _today(self, settings: GroupSettings, at: datetime) -> date:
        return local_date(at, safe_zone(settings.timezone))

    async def _cmd_help(self, command: Command, settings: GroupSettings, lang: str) -> Reply:
        return render.help_reply(lang, admin=command.member.is_admin)

    async def _cmd_lookup(self, command: Command, settings: GroupSettings, lang: str) -> Reply:
        query = " ".join(command.args.split())
        if not query:
            return render.error(lang, "lookup_usage")
        lookup = (await self.shelf.content(settings.id, settings.deck)).lookup
        if lookup is None:
            return render.error(lang, "lookup_unavailable")
        result = lookup.search(query, 3)
        return render.lookup(result, lang=lang, query=query)

    async def _cmd_quiz(self, command: Command, settings: GroupSettings, lang: str) -> Reply:
        return await self._answers.practice_question(command, settings, lang)

    async def _cmd_leaderboard(self, command: Command, settings: GroupSettings, lang: str) -> Reply:
        period = parse_period(command.args)
        if isinstance(period, _Problem):
            return render.error(lang, period.key)
        today = self._today(settings, command.at)
        rows, last_week = await boards.board(
            self._repo, settings, period, today, command.at, BOARD_SIZE
        )
        # The board is shown to the channel: in the group's language, whatever
        # the asking member's client locale.
        return render.board(rows, lang=settings.language, period=period, last_week=last_week)

    async def _cmd_stats(self, command: Command, settings: GroupSettings, lang: str) -> Reply:
        return await self._stats_reply(settings, command.member, command.at, lang)

    async def _stats_reply(
        self, settings: GroupSettings, member: Member, at: datetime, lang: str
    ) -> Reply:
        platform = settings.ref.platform.value
        stats = await self._repo.member_stats(settings.id, platform, member.user_id)
        posted, counted = await self._repo.daily_history(
            settings.id,
            platform,
            member.user_id,
            right_only=settings.streak_rule is StreakRule.RIGHT,
        )
        still_open = await boards.open_day(self._repo, settings, at)
        name = member.display_name or member.user_id
        today = self._today(settings, at)
        member_streak = streak(posted, counted, still_open, today=today)
        return render.stats(stats, member_streak, lang=lang, name=name)

    async def _cmd_topics(self, command: Command, settings: GroupSettings, lang: str) -> Reply:
        content = await self.shelf.content(settings.id, settings.deck)
        deck = content.deck
        if deck is not None:
            sections = [(s.title, len(s.topics)) for s in deck.sections]
        else:
            counts: dict[str, int] = {}
            for question in content.questions():
                counts[question.section] = counts.get(question.section, 0) + 1
            sections = list(counts.items())
        if not sections:
            return render.error(lang, "no_questions")
        return render.topics(sections, lang=lang)
