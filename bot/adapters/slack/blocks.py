"""Reply -> Block Kit, and the button ids that carry an answer back.

Block Kit limits shape the rendering: a button label holds 75 characters, a
section 3,000, a section 10 fields and a message 50 blocks. Long choices are
therefore listed in the question text with short numbered buttons underneath.
Everything user-provided is escaped (`&`, `<`, `>`) before our own mrkdwn is
added, so notes can never inject mentions or links.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from bot.adapters.cut import cut
from bot.core.messages import LANGUAGES, t
from bot.core.types import Action, AnswerKind, Field, QuestionView, Reply, ReplyKind

Block = dict[str, Any]

# Slack ids: `sb:ans:<kind>:<ref>:<choice>` and `sb:rep:<question id>`. The kind
# and ref come from QuestionView so that buttons keep working after a restart.
ANSWER_PREFIX = "sb:ans:"
REPORT_PREFIX = "sb:rep:"
ANSWER_ACTION_RE = re.compile(r"^sb:ans:")
REPORT_ACTION_RE = re.compile(r"^sb:rep:")
# A command button (`Reply.actions`): `sb:do:<command>:<args>`.
COMMAND_ACTION_RE = re.compile(r"^sb:do:")
_COMMAND_ID_RE = re.compile(r"^sb:do:(?P<cmd>[a-z-]{1,20}):(?P<args>[^\n]{0,200})$")
# The choice is the last segment, so a ref may itself contain colons.
_ANSWER_ID_RE = re.compile(r"^sb:ans:(?P<kind>[dpstgh]):(?P<ref>.{1,200}):(?P<choice>\d{1,2})$")

_BUTTON_MAX = 75
_SECTION_MAX = 3000
_HEADER_MAX = 150
_FIELD_MAX = 2000
_FALLBACK_MAX = 3000
_MAX_BLOCKS = 50

_KEYS = ("report", "closes", "revealed", "usage", "chart")


def strings(language: str) -> dict[str, str]:
    """The adapter's own words, from the catalogue (keys `slack.*`)."""
    lang = language if language in LANGUAGES else "en"
    return {key: t(lang, f"slack.{key}") for key in _KEYS}


_HANGUL = re.compile(r"[\uac00-\ud7a3]")


def reply_language(reply: Reply, default: str) -> str:
    """The group's language, read off the core's own words (title, else text):
    groups choose their language, and a Reply does not carry it. The notes'
    text alone would mislead (an English group may study Korean notes)."""
    sample = reply.title or reply.text
    if not sample:
        return default
    return "ko" if _HANGUL.search(sample) else "en"


@dataclass(frozen=True, kw_only=True, slots=True)
class AnswerId:
    kind: AnswerKind
    ref: str
    choice: int


def answer_action_id(kind: AnswerKind, ref: str, choice: int) -> str:
    return f"{ANSWER_PREFIX}{kind.value}:{ref}:{choice}"


def parse_answer_action_id(action_id: str) -> AnswerId | None:
    """The inverse of `answer_action_id`; None for anything we did not make."""
    match = _ANSWER_ID_RE.match(action_id)
    if match is None:
        return None
    return AnswerId(kind=AnswerKind(match["kind"]), ref=match["ref"], choice=int(match["choice"]))


def command_action_id(command: str, args: str) -> str:
    return f"sb:do:{command}:{args}"


def parse_action_id(action_id: str) -> tuple[str, str] | None:
    """(command, args) of a command button; None for anything else."""
    match = _COMMAND_ID_RE.match(action_id)
    return None if match is None else (match["cmd"], match["args"])


def _action_blocks(actions: tuple[Action, ...]) -> list[Block]:
    """Command buttons, 5 to an actions block (Slack allows 25 elements, but
    five keep each row readable)."""
    buttons: list[Block] = [
        {
            "type": "button",
            "text": {"type": "plain_text", "text": cut(a.label, _BUTTON_MAX)},
            "action_id": command_action_id(a.command, a.args),
            "value": a.args[:2000],
            **({"style": "danger"} if a.args.startswith("retire ") else {}),
        }
        for a in actions
    ]
    return [
        {"type": "actions", "elements": buttons[start : start + 5]}
        for start in range(0, len(buttons), 5)
    ]


def escape(text: str) -> str:
    # Slack's three control characters; everything else is literal in mrkdwn.
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


_BOLD_RE = re.compile(r"\*\*(.+?)\*\*")
_BULLET_RE = re.compile(r"^(\s*)[-*] ", re.MULTILINE)


def mrkdwn(text: str) -> str:
    """The core's light Markdown (**bold**, `code`, `- ` bullets) as Slack mrkdwn."""
    out = escape(text)
    out = _BULLET_RE.sub(lambda m: f"{m[1]}• ", out)
    return _BOLD_RE.sub(r"*\1*", out)


def plain(text: str) -> str:
    """Fallback notification text: no Markdown markers, escaped."""
    return escape(text.replace("**", ""))


def _cut(text: str, limit: int) -> str:
    # Never inside `&amp;` or a `<!date^…>` token: Slack would show it raw.
    return cut(text, limit)


def _section(text: str) -> Block:
    return {"type": "section", "text": {"type": "mrkdwn", "text": _cut(text, _SECTION_MAX)}}


def _context(text: str) -> Block:
    return {"type": "context", "elements": [{"type": "mrkdwn", "text": _cut(text, _SECTION_MAX)}]}


def slack_date(at: datetime, fallback_format: str = "%Y-%m-%d %H:%M UTC") -> str:
    """A timestamp every reader sees in their own time zone."""
    unix = int(at.timestamp())
    return f"<!date^{unix}^{{date_short_pretty}} {{time}}|{at.strftime(fallback_format)}>"


def _field_blocks(fields: tuple[Field, ...]) -> list[Block]:
    blocks: list[Block] = []
    short = [f for f in fields if f.inline]
    for f in fields:
        if not f.inline:
            blocks.append(_section(f"*{mrkdwn(f.name)}*\n{mrkdwn(f.value)}"))
    for start in range(0, len(short), 10):
        chunk = short[start : start + 10]
        blocks.append(
            {
                "type": "section",
                "fields": [
                    {
                        "type": "mrkdwn",
                        "text": _cut(f"*{mrkdwn(f.name)}*\n{mrkdwn(f.value)}", _FIELD_MAX),
                    }
                    for f in chunk
                ],
            }
        )
    return blocks


def _question_blocks(q: QuestionView, language: str, *, buttons: bool) -> list[Block]:
    blocks: list[Block] = []
    if q.breadcrumb:
        blocks.append(_context(mrkdwn(q.breadcrumb)))
    named = bool(q.labels)  # a flashcard's "Show answer" / "Knew it", "Not yet"
    labels = list(q.labels) if named else [f"{i + 1}. {c}" for i, c in enumerate(q.choices)]
    fits = all(len(label) <= _BUTTON_MAX for label in labels)
    body = mrkdwn(q.prompt)
    if not named and (not fits or not buttons):
        body += "\n\n" + "\n".join(f"*{i + 1}.* {mrkdwn(c)}" for i, c in enumerate(q.choices))
    blocks.append(_section(body))
    if buttons:
        elements: list[Block] = [
            {
                "type": "button",
                "text": {"type": "plain_text", "text": label if fits else str(i + 1)},
                "action_id": answer_action_id(q.answer_kind, q.answer_ref, i),
                "value": str(i),
            }
            for i, label in enumerate(labels)
        ]
        blocks.append({"type": "actions", "block_id": f"sb:q:{q.answer_ref}", "elements": elements})
        report = {
            "type": "button",
            "text": {"type": "plain_text", "text": strings(language)["report"]},
            "action_id": f"{REPORT_PREFIX}{q.question_id}",
            "value": q.question_id,
        }
        blocks.append({"type": "actions", "block_id": f"sb:r:{q.answer_ref}", "elements": [report]})
        if q.closes_at is not None:
            blocks.append(_context(f"{strings(language)['closes']}: {slack_date(q.closes_at)}"))
    return blocks


def render(reply: Reply, language: str = "ko", *, buttons: bool = True) -> tuple[str, list[Block]]:
    """(fallback text, blocks) for chat.postMessage, chat.update, respond().

    A question's `text` is the core's plain-text rendering of the same question
    (for the shell); Slack draws the question from `reply.question` instead, so
    that text only serves as the notification fallback.
    """
    language = reply_language(reply, language)
    blocks: list[Block] = []
    if reply.title:
        blocks.append(
            {
                "type": "header",
                "text": {"type": "plain_text", "text": _cut(reply.title, _HEADER_MAX)},
            }
        )
    question = reply.question
    # Feedback that brings buttons (a flashcard's answer, then "Knew it" / "Not
    # yet") reads text first; a question draws itself from `reply.question`.
    text_first = question is not None and reply.kind is ReplyKind.ANSWER_FEEDBACK
    if reply.text and text_first:
        blocks.append(_section(mrkdwn(reply.text)))
    if question is not None:
        blocks.extend(_question_blocks(question, language, buttons=buttons))
    if reply.text and not text_first and not (
        question is not None and reply.kind is ReplyKind.QUESTION
    ):
        blocks.append(_section(mrkdwn(reply.text)))
    blocks.extend(_field_blocks(reply.fields))
    if reply.image_path:
        # No file upload yet (files.upload v2 needs a scope and two calls): say
        # where the chart was written so that an admin on the host can open it.
        blocks.append(_context(f"{strings(language)['chart']}: `{escape(reply.image_path)}`"))
    times = [
        (name, at)
        for name, at in reply.times
        if not (name == "closes_at" and question is not None and question.closes_at is not None)
    ]
    if reply.kind is ReplyKind.HELP:
        # The core's help names bare commands; on Slack they are subcommands.
        blocks.append(_context(strings(language)["usage"]))
    if times:
        blocks.append(
            _context("  ".join(f"{_time_label(n, language)}: {slack_date(t)}" for n, t in times))
        )
    if buttons:
        blocks.extend(_action_blocks(reply.actions))
    return fallback_text(reply), blocks[:_MAX_BLOCKS]


def _time_label(name: str, language: str) -> str:
    # The core labels times with keys such as "closes_at".
    if name == "closes_at":
        return strings(language)["closes"]
    return escape(name.replace("_", " "))


def fallback_text(reply: Reply) -> str:
    body = reply.text or (reply.question.prompt if reply.question is not None else "")
    parts = [reply.title, body]
    return _cut(plain("\n".join(p for p in parts if p)) or " ", _FALLBACK_MAX)


def reveal_parts(
    reply: Reply, language: str = "ko"
) -> tuple[tuple[str, list[Block]], tuple[str, list[Block]] | None]:
    """A reveal split in two: the post it closes (title, marked choices, answer,
    group stats; no buttons) and the thread reply (explanation and source), or
    None when there is nothing to thread."""
    language = reply_language(reply, language)
    closed = Reply(kind=reply.kind, title=reply.title, question=reply.question, text=reply.text)
    post_text, post_blocks = render(closed, language, buttons=False)
    if not reply.fields:
        return (post_text, post_blocks), None
    post_blocks = [*post_blocks, _context(f"_{strings(language)['revealed']}_")][:_MAX_BLOCKS]
    thread = Reply(kind=reply.kind, fields=reply.fields, times=reply.times)
    _, thread_blocks = render(thread, language, buttons=False)
    thread_text = _cut(
        plain("\n".join(f"{f.name}: {f.value}" for f in reply.fields)), _FALLBACK_MAX
    )
    return (post_text, post_blocks), (thread_text, thread_blocks)
