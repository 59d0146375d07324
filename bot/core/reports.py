"""Problem reports (issue 12): members say what is wrong; the group decides.

Rules:
- A report needs a reason (a bare press told nobody anything and retired the
  question for every group).
- A report takes the question out of the reporting group's rotation only: at
  once when the group's admin retires it (`reports`: the open reports with keep
  / retire), or when `report_threshold` distinct members of the group have
  open reports on it. Other groups on the deck never notice.
- "Keep" closes the open reports: they stop counting, later ones count afresh.
- Retiring a question for everyone on the deck stays the deck maintainer's
  decision (`studybot quiz flagged` lists every reported question).
- Text a member typed is never lost: when a report cannot be filed, the reply
  says why and quotes it back.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Protocol

from bot.core import render
from bot.core.commands import MAX_ARGS, clip
from bot.core.messages import t
from bot.core.ports import QuestionBank, StoreUnavailable
from bot.core.records import GroupSettings, OpenReport
from bot.core.types import Action, Command, CommandName, ProblemReport, Reply, ReplyKind

log = logging.getLogger(__name__)

KEEP = "keep"
RETIRE = "retire"
MAX_LISTED = 10  # open reports shown at once (Discord: 2 buttons each, 25 a message)
MAX_REASONS = 3  # reasons quoted per question in the list


class ReportsRepo(Protocol):
    async def add_report(
        self, *, question_id: str, group_id: int, platform: str, user_id: str,
        display_name: str, reason: str, at: datetime,
    ) -> bool: ...  # fmt: skip

    async def open_report_count(self, question_id: str, group_id: int) -> int: ...

    async def open_reports(self, group_id: int) -> list[OpenReport]: ...

    async def decide_reports(
        self, question_id: str, group_id: int, decision: str, at: datetime
    ) -> int: ...

    async def retire_for_group(
        self, group_id: int, question_id: str, reason: str, at: datetime
    ) -> bool: ...

    async def retired_for_group(self, group_id: int) -> frozenset[str]: ...


def quoted(text: str) -> str:
    """The member's own words, shown back as a quote (bounded, every line marked)."""
    body = text.strip()[:MAX_ARGS] or "…"
    return "\n".join(f"> {line}" if line.strip() else ">" for line in body.splitlines())


def with_quote(reply: Reply, reason: str) -> Reply:
    """`reply` followed by the text the member submitted, so it is never lost."""
    if not reason.strip():
        return reply
    return Reply(kind=reply.kind, text=f"{reply.text}\n{quoted(reason)}", ephemeral=True)


# The group's deck, loaded and registered (DailyRunner.deck): groups study
# different decks, so a question id is looked up in the reporting group's.
DeckOf = Callable[[GroupSettings, datetime], Awaitable[QuestionBank]]


class Reports:
    def __init__(self, repo: ReportsRepo, deck: DeckOf) -> None:
        self._repo = repo
        self._deck = deck

    # --- a member's report ------------------------------------------------------

    async def report(self, report: ProblemReport, settings: GroupSettings, lang: str) -> Reply:
        reason = report.reason.strip()
        if not reason:
            return render.error(lang, "report_reason_needed")
        bank = await self._deck(settings, report.at)
        question = bank.get(report.question_id) if len(report.question_id) <= 100 else None
        if question is None:
            return with_quote(render.error(lang, "report_gone"), reason)
        added = await self._repo.add_report(
            question_id=question.id,
            group_id=settings.id,
            platform=report.group.platform.value,
            user_id=report.member.user_id,
            display_name=report.member.display_name,
            reason=reason[:MAX_ARGS],
            at=report.at,
        )
        if not added:
            return with_quote(render.error(lang, "report_again"), reason)
        if question.id in await self._repo.retired_for_group(settings.id):
            return render.text(lang, "report_thanks_retired")
        count = await self._repo.open_report_count(question.id, settings.id)
        if count < settings.report_threshold:
            return render.text(lang, "report_thanks", n=count, needed=settings.report_threshold)
        await self._retire(settings, question.id, f"reported by {count} members", report.at)
        log.info("group %s: question %s retired by %d reports", settings.id, question.id, count)
        return render.text(lang, "report_retired_by_members", n=count)

    # --- the admins' `reports` ---------------------------------------------------

    async def command(self, command: Command, settings: GroupSettings, lang: str) -> Reply:
        words = command.args.split()
        bank = await self._deck(settings, command.at)
        if not words:
            return await self._list(settings, lang, bank)
        verb = words[0].lower()
        if verb not in (KEEP, RETIRE) or len(words) != 2:
            return render.error(lang, "reports_usage")
        question_id = words[1]
        question = bank.get(question_id) if len(question_id) <= 100 else None
        if question is None:
            return render.error(lang, "reports_unknown", value=clip(question_id))
        where = question.breadcrumb
        if verb == KEEP:
            closed = await self._repo.decide_reports(question.id, settings.id, "kept", command.at)
            return render.text(lang, "reports_kept", where=where, n=closed)
        closed = await self._retire(
            settings, question.id, f"retired by an admin ({command.member.user_id})", command.at
        )
        return render.text(lang, "reports_retired", where=where, n=closed)

    async def _retire(self, settings: GroupSettings, question_id: str, why: str,
                      at: datetime) -> int:  # fmt: skip
        await self._repo.retire_for_group(settings.id, question_id, why, at)
        return await self._repo.decide_reports(question_id, settings.id, "retired", at)

    async def _list(self, settings: GroupSettings, lang: str, bank: QuestionBank) -> Reply:
        found = await self._repo.open_reports(settings.id)
        if not found:
            return render.text(lang, "reports_empty")
        lines: list[str] = []
        actions: list[Action] = []
        for entry in found[:MAX_LISTED]:
            question = bank.get(entry.question_id)
            where = question.breadcrumb if question is not None else entry.question_id
            lines.append(t(lang, "reports_line", where=where, id=entry.question_id,
                           n=entry.members, needed=settings.report_threshold))  # fmt: skip
            lines += [quoted(reason) for reason in entry.reasons[:MAX_REASONS]]
            for verb in (KEEP, RETIRE):
                actions.append(
                    Action(
                        label=f"{t(lang, f'reports_{verb}')}: {clip(where, 40)}",
                        command=CommandName.REPORTS.value,
                        args=f"{verb} {entry.question_id}",
                    )
                )
        if len(found) > MAX_LISTED:
            lines.append(t(lang, "reports_more", n=len(found) - MAX_LISTED))
        return Reply(
            kind=ReplyKind.REPORT,
            title=t(lang, "reports_title"),
            text="\n".join(lines),
            ephemeral=True,
            actions=tuple(actions),
        )


async def filed_or_quoted(work: Reports, report: ProblemReport, settings: GroupSettings,
                          lang: str) -> Reply:  # fmt: skip
    """`work.report`, but a failure still answers with the member's text quoted."""
    try:
        return await work.report(report, settings, lang)
    except StoreUnavailable as exc:
        log.error("problem report not saved: %s", exc)
        return with_quote(render.error(lang, "store_unavailable"), report.reason)
    except Exception:
        log.exception("problem report failed")
        return with_quote(render.error(lang, "report_failed"), report.reason)
