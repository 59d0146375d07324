"""Reply -> what discord.py sends: content, one embed, buttons, an attachment.

Plain short replies (help, errors, acknowledgements) go out as message text;
everything with a title, fields, a question or times becomes an embed. Times
are written as Discord timestamps (`<t:unix:f>` and `<t:unix:R>`) so every
member sees them in their own time zone and language. Discord's size limits
are enforced here by truncation, so an over-long note never turns into a
failed send.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import discord

from bot.adapters.cut import cut
from bot.adapters.discord.buttons import action_buttons, question_buttons
from bot.adapters.discord.i18n import has_hangul, text
from bot.core.types import QuestionView, Reply, ReplyKind

CONTENT_MAX = 2000
TITLE_MAX = 256
DESCRIPTION_MAX = 4096
FIELD_NAME_MAX = 256
FIELD_VALUE_MAX = 1024
FIELDS_MAX = 25
EMBED_TOTAL_MAX = 6000  # all titles, names, values, description, footer and author together

_COLOURS: dict[ReplyKind, discord.Colour] = {
    ReplyKind.QUESTION: discord.Colour.blurple(),
    ReplyKind.REVEAL: discord.Colour.green(),
    ReplyKind.ANSWER_FEEDBACK: discord.Colour.teal(),
    ReplyKind.LEADERBOARD: discord.Colour.gold(),
    ReplyKind.STATS: discord.Colour.teal(),
    ReplyKind.REPORT: discord.Colour.orange(),
    ReplyKind.LOOKUP: discord.Colour.dark_teal(),
    ReplyKind.ERROR: discord.Colour.red(),
}


@dataclass(frozen=True, kw_only=True, slots=True)
class Rendered:
    content: str | None
    embed: discord.Embed | None
    view: discord.ui.View | None
    image: Path | None
    ephemeral: bool

    def file(self) -> discord.File | None:
        """A fresh File each call: discord.py consumes a File when it sends it.
        Read into memory (charts are small) so no file handle outlives the send."""
        if self.image is None:
            return None
        return discord.File(io.BytesIO(self.image.read_bytes()), filename=self.image.name)


def clip(value: str, limit: int) -> str:
    # Never inside a `<t:…>` timestamp or a mention token (see bot/adapters/cut.py).
    return cut(value, limit)


def timestamp(moment: datetime, style: str = "f") -> str:
    return f"<t:{int(moment.timestamp())}:{style}>"


def reply_language(reply: Reply) -> str:
    """The group's language as the core wrote it: the core localises titles and
    texts, so Hangul there means a Korean group (question text alone does not:
    the deck itself is Korean)."""
    sample = reply.title or reply.text
    return "ko" if has_hangul(sample) else "en"


def _needs_embed(reply: Reply) -> bool:
    if reply.kind in (ReplyKind.TEXT, ReplyKind.HELP, ReplyKind.ERROR, ReplyKind.ANSWER_FEEDBACK):
        return (
            bool(reply.title or reply.fields or reply.times or reply.image_path)
            or len(reply.text) > CONTENT_MAX
        )
    return True


def _question_description(question: QuestionView) -> str:
    lines = [question.prompt, ""]
    lines += [f"**{i}.** {choice}" for i, choice in enumerate(question.choices, start=1)]
    if question.closes_at is not None:
        closes = question.closes_at
        lines += ["", f"\N{ALARM CLOCK} {timestamp(closes, 'R')} ({timestamp(closes, 'f')})"]
    return "\n".join(lines)


def build_embed(reply: Reply) -> discord.Embed:
    question = reply.question if reply.kind is ReplyKind.QUESTION else None
    # A question is drawn from its QuestionView: the core's `text` for it is the
    # same content as plain text for platforms without embeds, and its closing
    # time is already on the ⏰ line.
    description = _question_description(question) if question else reply.text
    embed = discord.Embed(
        title=clip(reply.title, TITLE_MAX) or None,
        description=clip(description, DESCRIPTION_MAX) or None,
        colour=_COLOURS.get(reply.kind, discord.Colour.default()),
    )
    if reply.question is not None and reply.question.breadcrumb:
        embed.set_author(name=clip(reply.question.breadcrumb, TITLE_MAX))
    fields = [(f.name, f.value, f.inline) for f in reply.fields]
    if question is None:
        fields += [
            (label, f"{timestamp(moment, 'f')} ({timestamp(moment, 'R')})", True)
            for label, moment in reply.times
        ]
    for name, value, inline in fields[:FIELDS_MAX]:
        embed.add_field(
            name=clip(name, FIELD_NAME_MAX) or "\u200b",
            value=clip(value, FIELD_VALUE_MAX) or "\u200b",
            inline=inline,
        )
    return shrink(embed, EMBED_TOTAL_MAX)


def shrink(embed: discord.Embed, budget: int) -> discord.Embed:
    """Fit `embed` in `budget` characters (Discord's count, `len(embed)`): shed
    trailing fields first (the description carries the main text), then
    shorten the description."""
    while len(embed) > budget and embed.fields:
        embed.remove_field(-1)
    if len(embed) > budget and embed.description:
        keep = len(embed.description) - (len(embed) - budget)
        embed.description = clip(embed.description, max(keep, 1)) if keep > 1 else None
    return embed


def fit_message(embeds: list[discord.Embed]) -> list[discord.Embed]:
    """Embeds for one message within Discord's total of 6,000 characters across
    all of them (Discord refuses the whole message otherwise, even when each
    embed fits alone). The last embed is the news and keeps its room; earlier
    ones (the question a feedback settles under) give theirs up, the oldest
    dropped when even a bare one does not fit."""
    kept = embeds[-10:]  # Discord's count of embeds per message
    if not kept:
        return kept
    room = EMBED_TOTAL_MAX - len(shrink(kept[-1], EMBED_TOTAL_MAX))
    earlier: list[discord.Embed] = []
    for embed in reversed(kept[:-1]):  # the nearest to the news first
        budget = room - sum(len(e) for e in earlier)
        if budget <= 0:
            break
        fitted = shrink(discord.Embed.from_dict(embed.to_dict()), budget)
        if len(fitted) > budget:
            break
        earlier.insert(0, fitted)
    return [*earlier, kept[-1]]


def render(reply: Reply) -> Rendered:
    image = Path(reply.image_path) if reply.image_path else None
    if image is not None and not image.is_file():
        image = None  # a missing chart must not sink the whole reply
    view = None
    # A question, or a flashcard's private answer with its "Knew it" / "Not yet".
    if reply.question is not None and reply.kind in (ReplyKind.QUESTION,
                                                     ReplyKind.ANSWER_FEEDBACK):
        view = question_buttons(reply.question, text("report_button", reply_language(reply)))
    elif reply.actions:  # the admins' keep / retire under the open reports
        view = action_buttons(reply.actions)
    if not _needs_embed(reply):
        return Rendered(
            content=clip(reply.text or reply.title or "…", CONTENT_MAX),
            embed=None,
            view=view,
            image=image,
            ephemeral=reply.ephemeral,
        )
    embed = build_embed(reply)
    if image is not None:
        embed.set_image(url=f"attachment://{image.name}")
    return Rendered(content=None, embed=embed, view=view, image=image, ephemeral=reply.ephemeral)
