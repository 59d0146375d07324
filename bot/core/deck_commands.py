"""The admin `deck` command: which deck the group studies, and its uploads.

    deck               the group's deck and the decks it may pick
    deck NAME          study NAME from now on (the host's decks, the group's uploads)
    deck confirm       switch to the upload just read (after its preview)
    deck rollback      go back to what the group studied before the last confirm
    deck upload        how to upload on this platform (the adapters take the file)

Questions, lookup, topics, practice, report, reload and reminders all follow
the group's deck (bot/core/content.py, `Shelf`).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from bot.core import render
from bot.core.commands import clip
from bot.core.content import ReloadError
from bot.core.daily import DailyRunner
from bot.core.messages import t
from bot.core.ports import Repository
from bot.core.records import GroupSettings
from bot.core.types import Command, Reply, ReplyKind
from bot.core.uploads import (
    MAX_DEPTH,
    MAX_NOTES_FILES,
    MAX_UNPACKED_MB,
    MAX_UPLOAD_MB,
    DeckUploads,
    Switched,
    UploadPreview,
    UploadRefused,
)

SUBCOMMANDS = frozenset({"upload", "confirm", "rollback"})
MAX_WARNINGS_SHOWN = 5


def limits(lang: str) -> str:
    return t(
        lang,
        "upload_limits",
        size=MAX_UPLOAD_MB,
        files=MAX_NOTES_FILES,
        total=MAX_UNPACKED_MB,
        depth=MAX_DEPTH,
    )


class DeckCommands:
    def __init__(
        self, repository: Repository, runner: DailyRunner, uploads: DeckUploads | None
    ) -> None:
        self._repo = repository
        self._runner = runner
        self._uploads = uploads

    async def deck(self, command: Command, settings: GroupSettings, lang: str) -> Reply:
        words = command.args.split()
        if not words:
            return await self._show(settings, lang)
        sub = words[0].casefold()
        if sub == "upload":
            return render.text(lang, "deck_upload_how", limits=limits(lang))
        if sub == "confirm":
            return await self._confirm(command, settings, lang)
        if sub == "rollback":
            return await self._rollback(command, settings, lang)
        if len(words) > 1:
            return render.error(lang, "bad_arg", value=clip(command.args))
        return await self.switch(settings, words[0], command.at, lang)

    async def _show(self, settings: GroupSettings, lang: str) -> Reply:
        shelf = self._runner.shelf
        names = await shelf.names(settings.id)
        current = settings.deck or shelf.default_name
        return render.text(lang, "deck_show", deck=current, decks=", ".join(names) or "-")

    async def switch(self, settings: GroupSettings, name: str, at: datetime, lang: str) -> Reply:
        """Study deck `name` from now on (loaded and checked first)."""
        shelf = self._runner.shelf
        if await shelf.key_of(settings.id, name) is None:
            names = ", ".join(await shelf.names(settings.id))
            return render.error(lang, "bad_deck", value=clip(name), decks=names)
        updated = replace(settings, deck=name)
        shelf.forget(settings.id)
        try:
            content = await self._runner.deck(updated, at)
        except ReloadError as exc:
            return render.error(lang, "reload_failed", reason=str(exc)[:300])
        await self._repo.save_group(updated)
        return render.text(
            settings.language,
            "deck_set",
            ephemeral=False,
            deck=name,
            questions=len(content.questions()),
        )

    async def upload(
        self,
        settings: GroupSettings,
        filename: str,
        data: bytes,
        by: str,
        at: datetime,
        lang: str,
        *,
        size: int | None = None,
    ) -> Reply:
        """Read an upload and say what it holds; nothing changes until `deck confirm`."""
        if self._uploads is None:
            return render.error(lang, "upload_unavailable")
        try:
            if max(size or 0, len(data)) > MAX_UPLOAD_MB * 1024 * 1024:
                raise UploadRefused("refuse.too_big", size=f"> {MAX_UPLOAD_MB} MB")
            preview = await self._uploads.preview(settings.id, filename, data, by, at)
        except UploadRefused as exc:
            reason = t(lang, exc.key, **{k: clip(v, 80) for k, v in exc.values.items()})
            return render.error(lang, "upload_refused", reason=reason, limits=limits(lang))
        return Reply(kind=ReplyKind.TEXT, text=_preview_text(preview, lang), ephemeral=True)

    async def _confirm(self, command: Command, settings: GroupSettings, lang: str) -> Reply:
        if self._uploads is None:
            return render.error(lang, "upload_unavailable")
        switched = await self._uploads.confirm(settings.id, settings.deck, command.at)
        if switched is None:
            return render.error(lang, "upload_none_pending")
        return await self._switched(settings, switched, command.at, "upload_confirmed")

    async def _rollback(self, command: Command, settings: GroupSettings, lang: str) -> Reply:
        if self._uploads is None:
            return render.error(lang, "upload_unavailable")
        switched = await self._uploads.rollback(settings.id, command.at)
        if switched is None:
            return render.error(lang, "rollback_none")
        return await self._switched(settings, switched, command.at, "rollback_done")

    async def _switched(
        self, settings: GroupSettings, switched: Switched, at: datetime, key: str
    ) -> Reply:
        """The group's deck after a confirm or rollback: its new notes read now
        (for every group on it), its questions registered."""
        updated = replace(settings, deck=switched.deck)
        await self._repo.save_group(updated)
        shelf = self._runner.shelf
        shelf.forget(settings.id)
        deck_key = await shelf.key_of(updated.id, updated.deck)
        content = await shelf.content(updated.id, updated.deck)
        if switched.refresh and deck_key is not None:
            content = await shelf.fresh(deck_key)  # another version of a deck already loaded
        await self._runner.resync(content, at)
        return render.text(
            settings.language,
            key,
            ephemeral=False,
            deck=switched.deck or shelf.default_name,
            version=switched.version if switched.version is not None else "-",
            questions=len(content.questions()),
        )


def _preview_text(preview: UploadPreview, lang: str) -> str:
    lines = [
        t(
            lang,
            "upload_read",
            name=preview.name,
            version=preview.version,
            files=preview.files,
            sections=preview.sections,
            topics=preview.topics,
            questions=preview.questions,
            cards=preview.cards,
            warnings=len(preview.warnings),
        )
    ]
    lines += [f"  {w}" for w in preview.warnings[:MAX_WARNINGS_SHOWN]]
    if len(preview.warnings) > MAX_WARNINGS_SHOWN:
        lines.append(f"  … (+{len(preview.warnings) - MAX_WARNINGS_SHOWN})")
    lines.append(t(lang, "upload_confirm_hint"))
    return "\n".join(lines)
