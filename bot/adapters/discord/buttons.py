"""Answer, "report a problem" and command buttons, and the report form, all
working after a restart.

Everything a click needs is in the button's custom_id (answer kind, post or
question id, choice index), parsed by a `DynamicItem` template that the client
registers in `setup_hook`. No view is kept in memory per message, so a post
from last week still answers after any number of restarts; whether the answer
still counts is the core's decision, not the adapter's.

The report form works the same way: its custom_id carries the question id
(`sb:repf:<qid>`), and the client reads every form submission from the
interaction itself (`read_report_form`), whether the form was opened by this
process or by one that has restarted since. discord.py would otherwise look a
submitted form up among the forms this process opened, and drop it unanswered
("This interaction failed", the member's text lost) after a restart.
"""

from __future__ import annotations

import re
from typing import Any, Protocol, runtime_checkable

import discord

from bot.core.types import Action, AnswerKind, QuestionView

# Discord limits a custom_id to 100 characters.
ANSWER_TEMPLATE = r"sb:ans:(?P<kind>[dpstgh]):(?P<ref>[A-Za-z0-9_.-]{1,80}):(?P<choice>\d{1,2})"
REPORT_TEMPLATE = r"sb:rep:(?P<qid>[A-Za-z0-9_.-]{1,90})"
REPORT_FORM_RE = re.compile(r"sb:repf:(?P<qid>[A-Za-z0-9_.-]{1,90})")
REASON_INPUT_ID = "reason"
# A command button: the verb and its argument are the command's arguments.
ACTION_TEMPLATE = r"sb:do:(?P<cmd>reports):(?P<verb>keep|retire):(?P<arg>[A-Za-z0-9_.-]{1,80})"
_ACTION_STYLES = {"retire": discord.ButtonStyle.danger}
_ACTION_ARGS = re.compile(r"(?P<verb>keep|retire) (?P<arg>[A-Za-z0-9_.-]{1,80})")
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

    async def action_clicked(
        self, interaction: discord.Interaction[Any], command: str, args: str
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


def report_form(question_id: str, *, title: str, label: str) -> discord.ui.Modal:
    """The form asking what is wrong with a question (a reason is required).

    It is stopped before it is sent: discord.py keeps no copy of a finished
    form, so its submission reaches the client's `on_interaction` only, the
    one path that also serves forms opened before a restart."""
    form = discord.ui.Modal(title=title[:45], custom_id=f"sb:repf:{question_id}", timeout=None)
    form.add_item(
        discord.ui.TextInput(
            label=label[:45],
            custom_id=REASON_INPUT_ID,
            style=discord.TextStyle.paragraph,
            required=True,
            min_length=2,
            max_length=300,
        )
    )
    form.stop()
    return form


def read_report_form(data: Any) -> tuple[str, str] | None:
    """(question id, reason) from a modal submission's data, or None when it
    is not a report form. The reason is found wherever the form's layout puts
    it (an action row, or a label component around the input)."""
    if not isinstance(data, dict):
        return None
    match = REPORT_FORM_RE.fullmatch(str(data.get("custom_id", "")))
    if match is None:
        return None
    return match["qid"], _input_value(data.get("components"), REASON_INPUT_ID) or ""


def _input_value(node: Any, custom_id: str) -> str | None:
    if isinstance(node, list):
        for child in node:
            found = _input_value(child, custom_id)
            if found is not None:
                return found
        return None
    if not isinstance(node, dict):
        return None
    if node.get("custom_id") == custom_id and isinstance(node.get("value"), str):
        return str(node["value"])
    return _input_value(node.get("components") or node.get("component"), custom_id)


class ActionButton(discord.ui.DynamicItem[discord.ui.Button[Any]], template=ACTION_TEMPLATE):
    """A button that runs a command for whoever presses it (`Reply.actions`):
    the core checks that member's rights exactly as for the typed command."""

    def __init__(self, command: str, verb: str, arg: str, label: str = "") -> None:
        super().__init__(
            discord.ui.Button(
                label=(label or f"{verb} {arg}")[:80],
                style=_ACTION_STYLES.get(verb, discord.ButtonStyle.secondary),
                custom_id=f"sb:do:{command}:{verb}:{arg}",
            )
        )
        self.command = command
        self.args = f"{verb} {arg}"

    @classmethod
    async def from_custom_id(
        cls,
        interaction: discord.Interaction[Any],
        item: discord.ui.Item[Any],
        match: re.Match[str],
        /,
    ) -> ActionButton:
        return cls(match["cmd"], match["verb"], match["arg"])

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        handler = interaction.client
        if isinstance(handler, ClickHandler):
            await handler.action_clicked(interaction, self.command, self.args)


def action_buttons(actions: tuple[Action, ...]) -> discord.ui.View | None:
    """Buttons for a reply's actions (at most 25: five rows of five); actions
    whose arguments a custom_id cannot carry are left out."""
    view = discord.ui.View(timeout=None)
    for action in actions:
        found = _ACTION_ARGS.fullmatch(action.args)
        if action.command != "reports" or found is None or len(view.children) >= 25:
            continue
        view.add_item(ActionButton(action.command, found["verb"], found["arg"], action.label))
    return view if view.children else None


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
