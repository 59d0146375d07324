"""Composition: settings -> store -> notes, lookup, questions -> service -> scheduler.

`studybot run` and the transcript tests build the bot the same way, through
`build_app`. Adapters register their Outbox in `App.outboxes` before
`App.start()`, so that the start-up catch-up can already post.
"""

from __future__ import annotations

import asyncio
import gc
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from bot.core.clock import Clock, system_clock
from bot.core.ports import Lookup, Outbox, QuestionBank
from bot.core.records import GroupDefaults
from bot.core.types import GroupRef, Platform
from bot.notes.model import Deck

if TYPE_CHECKING:
    from zoneinfo import ZoneInfo

    from bot.config import Settings
    from bot.core.content import Reloader
    from bot.core.service import StudyService
    from bot.decks.cache import BankCache
    from bot.decks.library import Library
    from bot.schedule.scheduler import TickScheduler
    from bot.storage import SqlStore

log = logging.getLogger(__name__)


class StartupError(Exception):
    """The bot cannot start; the message is one line meant for people."""


@dataclass(frozen=True, kw_only=True, slots=True)
class Content:
    """What the notes give the bot: questions, a lookup index, the deck itself."""

    bank: QuestionBank
    lookup: Lookup | None = None
    deck: Deck | None = None
    decks: tuple[str, ...] = ()
    key: str = ""  # the deck's key in the questions table ("" for a deck given as is)


ContentLoader = Callable[["Settings"], Content]


def group_defaults(settings: Settings) -> GroupDefaults:
    """Defaults for new groups, checked: a bad setting stops start-up with one line."""
    from bot.core.clock import parse_hhmm, zone
    from bot.core.messages import LANGUAGES

    post_time = parse_hhmm(settings.default_post_time)
    if post_time is None:
        raise StartupError(
            f"STUDYBOT_DEFAULT_POST_TIME={settings.default_post_time!r} is not a time (HH:MM)"
        )
    if zone(settings.default_timezone) is None:
        raise StartupError(
            f"STUDYBOT_DEFAULT_TIMEZONE={settings.default_timezone!r} is not an IANA time zone"
        )
    if settings.default_language not in LANGUAGES:
        raise StartupError(
            f"STUDYBOT_DEFAULT_LANGUAGE={settings.default_language!r} is not one of "
            + ", ".join(LANGUAGES)
        )
    return GroupDefaults(
        post_time=post_time, timezone=settings.default_timezone, language=settings.default_language
    )


@dataclass(kw_only=True, slots=True)
class App:
    settings: Settings
    store: SqlStore
    service: StudyService
    scheduler: TickScheduler
    notes: Content  # as loaded at start-up; `content` is the default deck now
    defaults: GroupDefaults
    outboxes: dict[Platform, Outbox] = field(default_factory=dict)
    started: bool = False
    clock: Clock = system_clock

    @property
    def content(self) -> Content:
        """The default deck as the service sees it now (after any `reload`)."""
        live = self.service.content
        return Content(
            bank=live.bank, lookup=live.lookup, deck=live.deck, decks=self.notes.decks, key=live.key
        )

    async def start(self) -> None:
        """Sync the questions with the notes (retiring those whose notes changed),
        tick once (what fell due while down), start the scheduler (after the
        adapters registered their outboxes)."""
        from bot.storage import StorageError

        try:
            await self.service.sync_bank(self.clock())
            await self.scheduler.start()
        except StorageError as exc:
            raise StartupError(str(exc)) from exc
        self.started = True

    async def replay(
        self, start: datetime, end: datetime, set_clock: Callable[[datetime], None]
    ) -> int:
        """Play a simulated span as the running bot would (the shell's `/advance`):
        the ticks it would have made, each at the wake-up the previous asked for."""
        from bot.core.tick import replay

        return await replay(self.scheduler.tick_at, start, end, set_clock)

    async def close(self) -> None:
        await self.scheduler.close()
        await self.store.close()

    async def group_zone(self, group: GroupRef) -> ZoneInfo | None:
        return (await self.group_locale(group))[0]

    async def group_locale(self, group: GroupRef) -> tuple[ZoneInfo | None, str]:
        """The group's time zone and language (adapters show times as the group lives)."""
        from bot.core.clock import zone
        from bot.core.sanitize import clean_group

        # The same cleaning the service applies: a channel name with a lone
        # surrogate (shell stdin, surrogateescape) must find the same group.
        settings = await self.store.ensure_group(clean_group(group), self.defaults)
        return zone(settings.timezone), settings.language


def freeze_startup_heap() -> None:
    """For a long-running bot process, once built: what start-up made (the
    decks, their question pools and indexes, the settings) lives as long as
    the process, so it is moved out of the garbage collector's sight. A fan-out
    to thousands of groups triggers many collections; each full one scanned all
    of it again (a quarter of a second of a 10,000-group restart)."""
    gc.collect()
    gc.freeze()


def library(settings: Settings) -> Library:
    from bot.decks.library import Library

    return Library(settings.content_dir, settings.default_deck)


def load_content(settings: Settings) -> Content:
    """The default deck (bot/decks/library.py: STUDYBOT_DEFAULT_DECK, else the
    host's first deck in STUDYBOT_CONTENT_DIR, else the seed deck that ships
    with the package) and everything built from it."""
    from bot.decks.build import build
    from bot.notes.errors import NotesError

    shelf = library(settings)
    try:
        entries = shelf.entries()
        name = shelf.default_name()
        built = build(entries[name].read(), cache=bank_cache(settings))
    except NotesError as exc:
        raise StartupError(f"cannot load the notes: {exc}") from exc
    except (OSError, ValueError) as exc:
        where = settings.content_dir or "the seed deck"
        raise StartupError(f"cannot load the notes in {where}: {exc}") from exc
    loaded = built.loaded()
    return Content(
        bank=loaded.bank, lookup=built.lookup, deck=built.deck, decks=tuple(entries), key=name
    )


async def build_app(
    settings: Settings,
    *,
    clock: Clock = system_clock,
    content: Content | ContentLoader | None = None,
    migrations: Path | None = None,
) -> App:
    """Open the store (migrating it), load the notes, wire service and scheduler.
    Raises StartupError with a one-line reason; nothing is left open then."""
    from bot.core.service import StudyService
    from bot.decks.source import LibrarySource
    from bot.decks.uploads import Uploads
    from bot.schedule.scheduler import TickScheduler
    from bot.storage import StorageError, open_store

    defaults = group_defaults(settings)
    try:
        store = await open_store(settings.store_target, migrations=migrations, clock=clock)
    except StorageError as exc:
        raise StartupError(str(exc)) from exc
    try:
        loaded = content or load_content
        notes = loaded if isinstance(loaded, Content) else loaded(settings)
        # The library serves the other decks groups pick (and the reloads) when
        # the notes come from it; a deck handed in as is stays the only one.
        # Uploads are kept in the store; the library only when it gave the notes.
        uploads = Uploads(store.db)
        if content is None:
            source = LibrarySource(library(settings), uploads, cache=bank_cache(settings))
        else:
            source = LibrarySource(None, uploads, fixed=notes.decks, default_key=notes.key)
        reloader = None
        if not isinstance(loaded, Content) and content is not None:
            reloader = _reloader(settings, loaded)
        scheduler = TickScheduler(clock=clock)
        outboxes: dict[Platform, Outbox] = {}
        service = StudyService(
            store,
            notes.lookup,
            notes.bank,
            scheduler,
            outboxes,
            defaults=defaults,
            decks=notes.decks,
            deck=notes.deck,
            reloader=reloader,
            charts_dir=charts_dir(settings),
            deck_source=source,
            default_deck=notes.key,
            uploads=uploads,
        )
        scheduler.drive(service.tick)
    except BaseException:
        await store.close()
        raise
    app = App(
        settings=settings,
        store=store,
        service=service,
        scheduler=scheduler,
        notes=notes,
        defaults=defaults,
        outboxes=outboxes,
        clock=clock,
    )
    return app


def charts_dir(settings: Settings) -> Path:
    """Report charts go next to the database (data/charts/ by default)."""
    return Path(settings.database).parent / "charts"


def bank_cache(settings: Settings) -> BankCache | None:
    """Where built banks are kept between starts: STUDYBOT_CACHE_DIR, else next
    to the database (data/cache/ by default); None when STUDYBOT_BANK_CACHE=false."""
    from bot.decks.cache import BankCache

    if not settings.bank_cache:
        return None
    return BankCache(settings.cache_dir or Path(settings.database).parent / "cache")


def _reloader(settings: Settings, loader: ContentLoader) -> Reloader:
    """Admin `reload` with a loader of one's own: read the notes again off the
    event loop (building the bank takes a while)."""
    from bot.core.content import Loaded, ReloadError

    async def reload() -> Loaded:
        try:
            notes = await asyncio.to_thread(loader, settings)
        except StartupError as exc:
            raise ReloadError(str(exc)) from exc
        return Loaded(bank=notes.bank, lookup=notes.lookup, deck=notes.deck)

    return reload
