"""Answer and "report a problem" buttons that keep working after a restart.

Everything a click needs is in the button's custom_id (answer kind, post or
question id, choice index), parsed by a `DynamicItem` template that the client
registers in `setup_hook`. No view is kept in memory per message, so a post
from last week still answers after any number of restarts; whether the answer
still counts is the core's decision, not the adapter's.
"""

from __future__ import annotations

import re
from typing import Any, Protocol, runtime_checkable

import discord

from bot.core.types import AnswerKind, QuestionView

# Discord limits a custom_id to 100 characters.
ANSWER_TEMPLATE = r"sb:ans:(?P<kind>[dpstgh]):(?P<ref>[A-Za-z0-9_.-]{1,80}):(?P<choice>\d{1,2})"
REPORT_TEMPLATE = r"sb:rep:(?P<qid>[A-Za-z0-9_.-]{1,90})"
_REF = re.compile(r"[A-Za-z0-9_.-]{1,80}")
_QID = re.compile(r"[A-Za-z0-9_.-]{1,90}")
MAX_BUTTONS = 20  # 4 rows of 5 choices, the last row for the report button


@runtime_checkable
class ClickHandler(Protocol):
    """What the client does with a click (implemented by StudyClient)."""

    async def answer_clicked(
        self, interaction: discord.Interaction[Any], kind: AnswerKind, ref: str, choice: int
    ) -> None: ...

    async def report_clicked(
        self, interaction: discord.Interaction[Any], question_id: str
    ) -> None: ...

    async def report_submitted(
        self, interaction: discord.Interaction[Any], question_id: str, reason: str
    ) -> None: ...


def answer_custom_id(kind: AnswerKind, ref: str, choice: int) -> str:
    return f"sb:ans:{kind.value}:{ref}:{choice}"


def report_custom_id(question_id: str) -> str:
    return f"sb:rep:{question_id}"


class AnswerButton(discord.ui.DynamicItem[discord.ui.Button[Any]], template=ANSWER_TEMPLATE):
    def __init__(self, kind: AnswerKind, ref: str, choice: int, label: str = "") -> None:
        super().__init__(
            discord.ui.Button(
                label=(label or str(choice + 1))[:80],  # Discord's label limit
                style=discord.ButtonStyle.primary,
                custom_id=answer_custom_id(kind, ref, choice),
            )
        )
        self.kind = kind
        self.ref = ref
        self.choice = choice

    @classmethod
    async def from_custom_id(
        cls,
        interaction: discord.Interaction[Any],
        item: discord.ui.Item[Any],
        match: re.Match[str],
        /,
    ) -> AnswerButton:
        return cls(AnswerKind(match["kind"]), match["ref"], int(match["choice"]))

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        handler = interaction.client
        if isinstance(handler, ClickHandler):
            await handler.answer_clicked(interaction, self.kind, self.ref, self.choice)


class ReportButton(discord.ui.DynamicItem[discord.ui.Button[Any]], template=REPORT_TEMPLATE):
    def __init__(self, question_id: str, label: str = "Report a problem") -> None:
        super().__init__(
            discord.ui.Button(
                label=label,
                emoji="\N{TRIANGULAR FLAG ON POST}",
                style=discord.ButtonStyle.secondary,
                custom_id=report_custom_id(question_id),
            )
        )
        self.question_id = question_id

    @classmethod
    async def from_custom_id(
        cls,
        interaction: discord.Interaction[Any],
        item: discord.ui.Item[Any],
        match: re.Match[str],
        /,
    ) -> ReportButton:
        return cls(match["qid"])

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        handler = interaction.client
        if isinstance(handler, ClickHandler):
            await handler.report_clicked(interaction, self.question_id)


class ReportModal(discord.ui.Modal):
    """Asks what is wrong with a question (optional) before reporting it.

    Lives in memory only while open: a restart in between loses one report form,
    not a button (the button itself is a DynamicItem).
    """

    OPEN_SECONDS = 600.0  # forms never submitted are dropped after this

    def __init__(self, question_id: str, *, title: str, label: str) -> None:
        super().__init__(title=title[:45], timeout=self.OPEN_SECONDS)
        self.question_id = question_id
        self.reason: discord.ui.TextInput[ReportModal] = discord.ui.TextInput(
            label=label[:45], style=discord.TextStyle.paragraph, required=False, max_length=300
        )
        self.add_item(self.reason)

    async def on_submit(self, interaction: discord.Interaction[Any], /) -> None:
        handler = interaction.client
        if isinstance(handler, ClickHandler):
            await handler.report_submitted(interaction, self.question_id, self.reason.value)


def question_buttons(question: QuestionView, report_label: str) -> discord.ui.View | None:
    """One numbered button per choice, then the report button on its own row.

    Returns None when the ids cannot be carried in a custom_id (the question is
    still shown; members just cannot click), which is logged by the caller.
    """
    if not _REF.fullmatch(question.answer_ref) or len(question.choices) > MAX_BUTTONS:
        return None
    view = discord.ui.View(timeout=None)
    for index in range(len(question.choices)):
        view.add_item(
            AnswerButton(question.answer_kind, question.answer_ref, index, question.label(index))
        )
    if _QID.fullmatch(question.question_id):
        report = ReportButton(question.question_id, report_label)
        # A row of its own below the choices (rows are 0-based, 5 buttons each).
        report.row = min(4, (len(question.choices) - 1) // 5 + 1)
        view.add_item(report)
    return view
