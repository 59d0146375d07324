"""Platform-neutral Reply values for everything the core says.

Text uses only light Markdown (**bold**, `code`, bullet lines) that every
adapter can show; structured parts go in `fields` and `question`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime

from bot.core.commands import ADMIN_HELP, MAX_WINDOW, USER_COMMANDS, Problem, clip
from bot.core.messages import t
from bot.core.ports import LookupResultLike, QuestionLike
from bot.core.records import BoardRow, DailyPost, MemberStats, Period, SectionStat, Streak
from bot.core.timezones import VALID_FORMS
from bot.core.types import (
    CARD_KNEW,
    AnswerKind,
    Field,
    GroupRef,
    QuestionView,
    Reply,
    ReplyKind,
)

MAX_FIELD = 900  # under Discord's 1024 and Slack's 3000 per block
MAX_TEXT = 1800  # under Discord's 2000 per message


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


CRUMB_PART = 60  # a heading longer than this is a sentence, not a name


def short_crumb(breadcrumb: str) -> str:
    """The breadcrumb as a stem shows it: a heading written as a long sentence
    (a practice question, a whole remark) is cut at a word near CRUMB_PART
    characters, so the question is not buried under its own heading. The notes
    keep the whole title; only the display is shortened."""
    parts = breadcrumb.split(" > ")
    return " > ".join(_short_part(p) for p in parts)


def _short_part(part: str) -> str:
    if len(part) <= CRUMB_PART:
        return part
    head = part[: CRUMB_PART - 1]
    space = head.rfind(" ")
    if space >= CRUMB_PART // 2:  # a word boundary not too far back
        head = head[:space]
    return head.rstrip(" ,.;:(-") + "…"


def choice_label(question: QuestionLike, index: int) -> str:
    return f"{index + 1}. {question.choices[index]}"


def text(lang: str, key: str, *, ephemeral: bool = True, **values: object) -> Reply:
    return Reply(kind=ReplyKind.TEXT, text=t(lang, key, **values), ephemeral=ephemeral)


def error(lang: str, key: str, **values: object) -> Reply:
    return Reply(kind=ReplyKind.ERROR, text=t(lang, key, **values), ephemeral=True)


def problem(lang: str, found: Problem, **values: object) -> Reply:
    """A refusal of bad input: what was wrong, near misses, and what is valid."""
    suggest = (
        t(lang, "did_you_mean", names=", ".join(found.suggestions)) if found.suggestions else ""
    )
    return error(
        lang,
        found.key,
        value=found.value,
        suggest=suggest,
        valid=VALID_FORMS,
        max=MAX_WINDOW,
        **values,
    )


def help_reply(lang: str, *, admin: bool, unknown: str | None = None) -> Reply:
    names = list(USER_COMMANDS) + (list(ADMIN_HELP) if admin else [])
    lines = [f"• `{name.value}` — {t(lang, 'help.' + name.value)}" for name in names]
    lines.append(t(lang, "help.ties"))
    head = t(lang, "unknown_command", name=clip(unknown)) + "\n" if unknown is not None else ""
    return Reply(
        kind=ReplyKind.HELP,
        title=t(lang, "help_title"),
        text=head + "\n".join(lines) + "\n\n" + t(lang, "help.cards_note"),
        ephemeral=True,
    )


def question_reply(
    question: QuestionLike,
    *,
    lang: str,
    kind: AnswerKind,
    ref: str,
    title: str,
    closes_at: datetime | None = None,
) -> Reply:
    if question.is_flashcard:
        return _flashcard_reply(question, lang=lang, kind=kind, ref=ref, title=title,
                                closes_at=closes_at)
    shown = _shown(question, lang)
    view = QuestionView(
        question_id=question.id,
        answer_kind=kind,
        answer_ref=ref,
        breadcrumb=shown.crumb,
        prompt=shown.prompt,  # adapters draw the breadcrumb themselves
        choices=shown.choices,
        closes_at=closes_at,
    )
    times = (("closes_at", closes_at),) if closes_at is not None else ()
    return Reply(
        kind=ReplyKind.QUESTION,
        title=title,
        text=shown.body,
        question=view,
        ephemeral=kind is AnswerKind.PRACTICE,
        times=times,
    )


_SHOW_KIND = {AnswerKind.DAILY: AnswerKind.CARD_SHOW_DAILY,
              AnswerKind.PRACTICE: AnswerKind.CARD_SHOW_PRACTICE}
_GRADE_KIND = {AnswerKind.CARD_SHOW_DAILY: AnswerKind.CARD_GRADE_DAILY,
               AnswerKind.CARD_SHOW_PRACTICE: AnswerKind.CARD_GRADE_PRACTICE}


def _flashcard_reply(
    question: QuestionLike, *, lang: str, kind: AnswerKind, ref: str, title: str,
    closes_at: datetime | None,
) -> Reply:
    """A flashcard: the question and one "Show answer" button (the answer is shown
    privately to whoever presses it)."""
    show = t(lang, "card_show")
    view = QuestionView(
        question_id=question.id,
        answer_kind=_SHOW_KIND.get(kind, kind),
        answer_ref=ref,
        breadcrumb=short_crumb(question.breadcrumb),
        prompt=_prompt_body(question),
        choices=(show,),
        closes_at=closes_at,
        labels=(show,),
    )
    body = "\n".join([*_stem(question), "", t(lang, "card_hint")])
    times = (("closes_at", closes_at),) if closes_at is not None else ()
    return Reply(
        kind=ReplyKind.QUESTION,
        title=title,
        text=_cut(body, MAX_TEXT),
        question=view,
        ephemeral=kind is AnswerKind.PRACTICE,
        times=times,
    )


def card_answer(question: QuestionLike, *, lang: str, kind: AnswerKind, ref: str) -> Reply:
    """The answer of a flashcard, to the member who asked, with the grade buttons."""
    grades = (t(lang, "card_knew"), t(lang, "card_not_yet"))
    view = QuestionView(
        question_id=question.id,
        answer_kind=_GRADE_KIND.get(kind, kind),
        answer_ref=ref,
        breadcrumb="",  # the text above already shows where the card comes from
        prompt=t(lang, "card_grade_prompt"),
        choices=grades,
        labels=grades,
    )
    text = "\n".join([*_stem(question), "", t(lang, "card_answer", back=question.back)])
    return Reply(
        kind=ReplyKind.ANSWER_FEEDBACK,
        text=_cut(text, MAX_TEXT),
        fields=_source_fields(question, lang),
        question=view,
        ephemeral=True,
    )


def card_graded(lang: str, *, choice: int, already: bool) -> Reply:
    """After "Knew it" / "Not yet" (or a second press of either)."""
    grade = t(lang, "card_knew" if choice == CARD_KNEW else "card_not_yet")
    if already:
        body = t(lang, "card_already", grade=grade)
    else:
        body = t(lang, "card_noted_knew" if choice == CARD_KNEW else "card_noted_not_yet")
    return Reply(kind=ReplyKind.ANSWER_FEEDBACK, text=body, ephemeral=True)


def _card_reveal_lines(question: QuestionLike, lang: str, counts: Mapping[int, int]) -> list[str]:
    total = sum(counts.values())
    lines = [*_stem(question), "", t(lang, "card_answer", back=question.back)]
    if total:
        lines.append(t(lang, "card_reveal_stats", answered=total, knew=counts.get(CARD_KNEW, 0)))
    else:
        lines.append(t(lang, "reveal_none"))
    return lines


def _source_fields(question: QuestionLike, lang: str) -> tuple[Field, ...]:
    fields = []
    if question.explanation:
        fields.append(
            Field(name=t(lang, "explanation"), value=_cut(question.explanation, MAX_FIELD))
        )
    # Where in the notes, as members read them; file:line is for the deck's
    # maintainer (`studybot quiz bank --json`), not for the channel.
    fields.append(Field(name=t(lang, "source"), value=question.breadcrumb))
    return tuple(fields)


def _prompt_body(question: QuestionLike) -> str:
    """The prompt without the breadcrumb line the generator puts first."""
    if question.prompt.startswith(question.breadcrumb):
        return question.prompt.partition("\n")[2] or question.prompt
    return question.prompt


def _stem(question: QuestionLike) -> list[str]:
    """The breadcrumb, then the prompt (which may already start with it)."""
    crumb = short_crumb(question.breadcrumb)
    if question.prompt.startswith(question.breadcrumb):
        head, _, rest = question.prompt.partition("\n")
        if head.startswith(question.breadcrumb):
            head = crumb + head[len(question.breadcrumb) :]
        return [f"**{head}**", rest] if rest else [f"**{head}**"]
    return [f"**{crumb}**", question.prompt]


def feedback(
    question: QuestionLike, *, lang: str, choice: int, correct: bool, already: bool = False
) -> Reply:
    answer = choice_label(question, question.answer)
    if already:
        head = t(lang, "already_answered", choice=choice_label(question, choice))
    elif correct:
        head = t(lang, "right")
    else:
        head = t(lang, "wrong", answer=answer)
    return Reply(
        kind=ReplyKind.ANSWER_FEEDBACK,
        text=head,
        fields=() if already else _source_fields(question, lang),
        ephemeral=True,
    )


def reveal(
    question: QuestionLike, *, lang: str, post: DailyPost, counts: Mapping[int, int]
) -> Reply:
    if question.is_flashcard:
        return Reply(
            kind=ReplyKind.REVEAL,
            title=t(lang, "reveal_title", date=post.local_date.isoformat()),
            text=_cut("\n".join(_card_reveal_lines(question, lang, counts)), MAX_TEXT),
            fields=_source_fields(question, lang),
            message_ref=post.message_ref,
        )
    shown = _shown(question, lang)
    return Reply(
        kind=ReplyKind.REVEAL,
        title=_dated(lang, "reveal_title", post.local_date),
        text=shown.unanswered if not any(counts.values()) else _reveal_text(shown, lang, counts),
        fields=shown.fields,
        message_ref=post.message_ref,
    )


def _reveal_text(shown: _Shown, lang: str, counts: Mapping[int, int]) -> str:
    answer = shown.question.answer
    total = sum(counts.values())
    right = counts.get(answer, 0)
    lines = [*shown.stem, ""]
    for i, label in enumerate(shown.labels):
        mark = "✅ " if i == answer else ""
        lines.append(f"{mark}{label} — {counts.get(i, 0)}")
    lines.append("")
    lines.append(shown.answer_line)
    if total:
        percent = round(100 * right / total)
        lines.append(t(lang, "reveal_stats", answered=total, right=right, percent=percent))
    else:
        lines.append(t(lang, "reveal_none"))
    return _cut("\n".join(lines), MAX_TEXT)


class _Shown:
    """What a multiple-choice question shows whatever the post, in one language:
    crumb, stem, choice labels, source fields, the unanswered reveal. A daily
    fan-out shows each question to hundreds of groups, and working these out
    again per group (Korean particles included) was a sixth of a 10,000-group
    restart's CPU. Built by `_shown`, which keeps them per question object."""

    __slots__ = (
        "answer_line", "body", "choices", "crumb", "fields", "labels", "prompt", "question",
        "stem", "unanswered",
    )  # fmt: skip

    def __init__(self, question: QuestionLike, lang: str) -> None:
        self.question = question  # held, so that its id is not reused while remembered
        self.crumb = short_crumb(question.breadcrumb)
        self.prompt = _prompt_body(question)
        self.choices = tuple(question.choices)
        self.stem = tuple(_stem(question))
        self.labels = tuple(choice_label(question, i) for i in range(len(question.choices)))
        self.body = _cut("\n".join([*self.stem, "", *self.labels]), MAX_TEXT)
        # (A bank question's answer is one of its choices; anything else shows no label.)
        known = -len(self.labels) <= question.answer < len(self.labels)
        answer = self.labels[question.answer] if known else ""
        self.answer_line = t(lang, "reveal_answer", answer=answer)
        self.fields = _source_fields(question, lang)
        self.unanswered = _reveal_text(self, lang, {})


_MEMO_LIMIT = 4096  # questions x languages (a few decks' worth); then started afresh
_SHOWN: dict[tuple[int, str], _Shown] = {}
_DATED: dict[tuple[str, str, date], str] = {}


def _shown(question: QuestionLike, lang: str) -> _Shown:
    """The question's `_Shown`, remembered by the question object itself (a
    reloaded deck's questions are new objects, so nothing stale is shown)."""
    key = (id(question), lang)
    hit = _SHOWN.get(key)
    if hit is None or hit.question is not question:
        if len(_SHOWN) >= _MEMO_LIMIT:
            _SHOWN.clear()
        hit = _SHOWN[key] = _Shown(question, lang)
    return hit


def _dated(lang: str, key: str, on: date) -> str:
    """A title naming a day (every group of a fan-out shows the same one)."""
    hit = _DATED.get((lang, key, on))
    if hit is None:
        if len(_DATED) >= _MEMO_LIMIT:
            _DATED.clear()
        hit = _DATED[(lang, key, on)] = t(lang, key, date=on.isoformat())
    return hit


def board_line(row: BoardRow, lang: str) -> str:
    line = t(
        lang,
        "board_row",
        rank=row.rank,
        name=clip(row.display_name, 32),
        points=row.points,
        correct=row.correct,
        answered=row.answered,
    )
    return line + (t(lang, "board_streak", n=row.streak) if row.streak > 0 else "")


def board(
    rows: Sequence[BoardRow],
    *,
    lang: str,
    period: Period,
    last_week: Sequence[BoardRow] = (),
) -> Reply:
    if rows:
        body = "\n".join(board_line(row, lang) for row in rows)
    elif last_week:
        body = "\n".join(
            [t(lang, "board_empty_week"), t(lang, "board_last_week")]
            + [board_line(row, lang) for row in last_week]
        )
    else:
        body = t(lang, "board_empty")
    return Reply(
        kind=ReplyKind.LEADERBOARD, title=t(lang, f"board_title.{period.value}"), text=body
    )


WEAK_MIN_ANSWERS = 3  # fewer answers say nothing about a section


def weak_sections(stats_: MemberStats, limit: int = 3) -> list[SectionStat]:
    """Sections below the member's own accuracy, with enough answers to tell,
    worst first (more answers first among equals). A member right everywhere
    has no weak section, however few sections they met."""
    own = stats_.accuracy
    weak = [s for s in stats_.sections if s.answered >= WEAK_MIN_ANSWERS and s.accuracy < own]
    return sorted(weak, key=lambda s: (s.accuracy, -s.answered, s.section))[:limit]


def freeze_text(streak_: Streak, lang: str) -> str:
    """This week's streak freeze: left or used, and the days it covered."""
    state = t(lang, "freeze_left" if streak_.freeze_left else "freeze_used")
    if streak_.frozen:
        days = ", ".join(d.strftime("%m-%d") for d in streak_.frozen)
        state += " " + t(lang, "freeze_days", days=days)
    return state


def stats(stats_: MemberStats, streak_: Streak, *, lang: str, name: str) -> Reply:
    title = t(lang, "stats_title", name=clip(name, 32))
    if stats_.answered == 0:
        return Reply(kind=ReplyKind.STATS, title=title, text=t(lang, "stats.none"), ephemeral=True)
    weakest = weak_sections(stats_)
    fields = [
        Field(name=t(lang, "stats.answered"), value=str(stats_.answered), inline=True),
        Field(
            name=t(lang, "stats.accuracy"), value=f"{round(100 * stats_.accuracy)}%", inline=True
        ),
        Field(name=t(lang, "stats.streak"), value=t(lang, "days", n=streak_.current), inline=True),
        Field(name=t(lang, "stats.best"), value=t(lang, "days", n=streak_.best), inline=True),
        Field(name=t(lang, "stats.freeze"), value=freeze_text(streak_, lang), inline=True),
    ]
    if weakest:
        value = "\n".join(
            f"• {s.section}: {round(100 * s.accuracy)}% ({s.correct}/{s.answered})" for s in weakest
        )
        fields.append(Field(name=t(lang, "stats.weak"), value=_cut(value, MAX_FIELD)))
    return Reply(kind=ReplyKind.STATS, title=title, fields=tuple(fields), ephemeral=True)


def lookup(result: LookupResultLike, *, lang: str, query: str) -> Reply:
    if not result.hits:
        lines = [t(lang, "lookup_none", query=clip(query))]
        if result.suggestion:
            lines.append(t(lang, "lookup_suggest", suggestion=clip(result.suggestion)))
        return Reply(kind=ReplyKind.LOOKUP, text="\n".join(lines), ephemeral=True)
    fields = tuple(
        Field(
            name=hit.topic.breadcrumb,
            value=_cut(f"{hit.text}\n({hit.topic.source})", MAX_FIELD),
        )
        for hit in result.hits
    )
    # A corrected typo still gets its hits; say what was searched instead.
    note = ""
    if result.suggestion:
        note = t(lang, "lookup_suggest", suggestion=clip(result.suggestion))
    return Reply(
        kind=ReplyKind.LOOKUP,
        title=t(lang, "lookup_title", query=clip(query)),
        text=note,
        fields=fields,
        ephemeral=True,
    )


def topics(sections: Sequence[tuple[str, int]], *, lang: str) -> Reply:
    body = "\n".join(f"• {t(lang, 'topics_row', title=title, count=n)}" for title, n in sections)
    return Reply(
        kind=ReplyKind.TEXT,
        title=t(lang, "topics_title"),
        text=_cut(body, MAX_TEXT),
        ephemeral=True,
    )


def daily_title(lang: str, on: date) -> str:
    return _dated(lang, "daily_title", on)


def refusal_notice(group: GroupRef, *, lang: str, reason: str) -> Reply:
    """The direct message to the admin who set the schedule when the platform
    refused the daily post for good: what happened and how to fix it. The
    channel is named as `schedule` names it (adapters escape markup, so no
    platform mention syntax here)."""
    channel = f"#{group.channel_id}"
    fix = t(lang, f"refusal_fix.{group.platform.value}", channel=channel)
    return text(lang, "refusal_dm", channel=channel, reason=reason, fix=fix)


def reminder(lang: str, due: int) -> Reply:
    """The review reminder DM."""
    return Reply(
        kind=ReplyKind.TEXT, title=t(lang, "remind_title"), text=t(lang, "remind_dm", n=due)
    )


def report(text_: str, *, lang: str, image_path: str | None) -> Reply:
    """The admin report: a fixed-width table (code block) and, where drawn, a chart."""
    return Reply(
        kind=ReplyKind.REPORT,
        title=t(lang, "report_title"),
        text="```\n" + _cut(text_, MAX_TEXT - 8) + "\n```",  # the fence must survive the cut
        image_path=image_path,
        ephemeral=True,
    )
