"""Questions to members and their answers: daily clicks and personal practice."""

from __future__ import annotations

import logging
from datetime import datetime

from bot.core import render
from bot.core.clock import local_date, safe_zone
from bot.core.daily import DailyRunner
from bot.core.learning import Learner
from bot.core.messages import t
from bot.core.ports import QuestionLike, Repository
from bot.core.records import DailyPost, GroupSettings, NewAnswer
from bot.core.scoring import points_for
from bot.core.types import CARD_KNEW, CARD_NOT_YET, AnswerClick, AnswerKind, Command, Reply

log = logging.getLogger(__name__)
_MAX_SHOWN = 10_000  # practice questions remembered for answer timing
_MAX_POST_ID = 10**15


class Answering:
    def __init__(self, repository: Repository, runner: DailyRunner) -> None:
        self._repo = repository
        self._runner = runner
        # When each practice question was shown, for elapsed time (lost on restart:
        # then the answer is stored without it).
        self._shown: dict[tuple[int, str, str], datetime] = {}
        # The practice question each member saw last, so the next one differs.
        self._last: dict[tuple[int, str], str] = {}
        # Practice questions answered since they were last shown, with the choice:
        # a second click on the same buttons is a double click, not a new review.
        self._answered: dict[tuple[int, str, str], int] = {}

    async def _daily_post(
        self, click: AnswerClick, settings: GroupSettings, lang: str
    ) -> tuple[DailyPost, QuestionLike] | Reply:
        """The group's own daily post a click names, and its question (or why not)."""
        post_id = _post_id(click.ref)
        post = await self._repo.get_post(post_id) if post_id is not None else None
        # A post from another group is "not found": groups never see each other.
        if post is None or post.group_id != settings.id:
            return render.error(lang, "post_not_found")
        question = await self._runner.posted_question(settings, post, click.at)
        if question is None:
            return render.error(lang, "question_gone")
        return post, question

    async def daily(self, click: AnswerClick, settings: GroupSettings, lang: str) -> Reply:
        found = await self._daily_post(click, settings, lang)
        if isinstance(found, Reply):
            return found
        post, question = found
        if question.is_flashcard or not 0 <= click.choice < len(question.choices):
            return render.error(lang, "bad_choice")
        if post.revealed_at is not None or click.at >= post.closes_at:
            if post.revealed_at is None:  # nobody revealed it yet (e.g. no later post)
                await self._runner.reveal(post, click.at)
            return render.text(lang, "closed")
        correct = click.choice == question.answer
        outcome = await self._repo.record_answer(
            NewAnswer(
                group_id=settings.id,
                platform=settings.ref.platform.value,
                user_id=click.member.user_id,
                display_name=click.member.display_name,
                question_id=question.id,
                post_id=post.id,
                choice=click.choice,
                correct=correct,
                points=points_for(correct),
                answered_at=click.at,
                local_date=post.local_date,
                elapsed_ms=_elapsed_ms(post.posted_at, click.at),
                concept=question.concept,
                review=Learner.reviewer(
                    question, correct, _elapsed_ms(post.posted_at, click.at), click.at
                ),
            )
        )
        if outcome.recorded:
            await self._learned(
                settings, click, question, correct, _elapsed_ms(post.posted_at, click.at)
            )
        return render.feedback(
            question,
            lang=lang,
            choice=outcome.choice,
            correct=outcome.correct,
            already=not outcome.recorded,
        )

    async def practice_question(
        self, command: Command, settings: GroupSettings, lang: str
    ) -> Reply:
        content = await self._runner.deck(settings, command.at)
        user = command.member.user_id
        question = await self._runner.learner.pick_practice(
            settings, user, command.at, self._last.get((settings.id, user)), content
        )
        if question is None:
            return render.error(lang, "no_questions")
        if len(self._shown) > _MAX_SHOWN or len(self._answered) > _MAX_SHOWN:
            self._shown.clear()
            self._last.clear()
            self._answered.clear()
        self._shown[(settings.id, user, question.id)] = command.at
        self._answered.pop((settings.id, user, question.id), None)
        self._last[(settings.id, user)] = question.id
        return render.question_reply(
            question,
            lang=lang,
            kind=AnswerKind.PRACTICE,
            ref=question.id,
            title=t(lang, "practice_title"),
        )

    async def show_card(self, click: AnswerClick, settings: GroupSettings, lang: str) -> Reply:
        """"Show answer" on a flashcard: the answer privately, with the grade buttons.
        Showing is free (any number of times, after the post closed too); only the
        grade is recorded."""
        question = await self._card(click, settings, lang)
        if isinstance(question, Reply):
            return question
        key = (settings.id, click.member.user_id, question.id)
        self._shown.setdefault(key, click.at)  # thinking time runs from the first look
        return render.card_answer(question, lang=lang, kind=click.kind, ref=click.ref)

    async def grade_card(self, click: AnswerClick, settings: GroupSettings, lang: str) -> Reply:
        """"Knew it" / "Not yet": a self-graded answer. It is a review for spaced
        repetition and counts for streaks and personal stats, never for points."""
        if click.choice not in (CARD_KNEW, CARD_NOT_YET):
            return render.error(lang, "bad_choice")
        question = await self._card(click, settings, lang)
        if isinstance(question, Reply):
            return question
        knew = click.choice == CARD_KNEW
        post: DailyPost | None = None
        if click.kind.is_daily:
            found = await self._daily_post(click, settings, lang)
            if isinstance(found, Reply):
                return found
            post = found[0]
            if post.revealed_at is not None or click.at >= post.closes_at:
                return render.text(lang, "closed")
        key = (settings.id, click.member.user_id, question.id)
        if post is None and key in self._answered:
            return render.card_graded(lang, choice=self._answered[key], already=True)
        shown = self._shown.pop(key, None)
        elapsed = _elapsed_ms(shown, click.at) if shown else None
        zone = safe_zone(settings.timezone)
        outcome = await self._repo.record_answer(
            NewAnswer(
                group_id=settings.id,
                platform=settings.ref.platform.value,
                user_id=click.member.user_id,
                display_name=click.member.display_name,
                question_id=question.id,
                post_id=post.id if post is not None else None,
                choice=click.choice,
                correct=knew,
                points=0,  # the bot cannot grade a flashcard: no board points
                answered_at=click.at,
                local_date=post.local_date if post is not None else local_date(click.at, zone),
                elapsed_ms=elapsed,
                concept=question.concept,
                review=Learner.reviewer(question, knew, elapsed, click.at),
            )
        )
        if post is None:
            self._answered[key] = click.choice
        if outcome.recorded:
            await self._learned(settings, click, question, knew, elapsed)
        return render.card_graded(lang, choice=outcome.choice, already=not outcome.recorded)

    async def _card(
        self, click: AnswerClick, settings: GroupSettings, lang: str
    ) -> QuestionLike | Reply:
        if click.kind.is_daily:
            found = await self._daily_post(click, settings, lang)
            if isinstance(found, Reply):
                return found
            question = found[1]
        else:
            # Only the group's own deck: another deck's question is "gone" here.
            maybe = (await self._runner.deck(settings, click.at)).get(click.ref[:200])
            if maybe is None:
                return render.error(lang, "question_gone")
            question = maybe
        if not question.is_flashcard:
            return render.error(lang, "bad_choice")
        return question

    async def practice(self, click: AnswerClick, settings: GroupSettings, lang: str) -> Reply:
        # Synced first: tallies join answers with questions. Only the group's own
        # deck: another deck's question is "gone" here.
        question = (await self._runner.deck(settings, click.at)).get(click.ref[:200])
        if question is None:
            return render.error(lang, "question_gone")
        if question.is_flashcard or not 0 <= click.choice < len(question.choices):
            return render.error(lang, "bad_choice")
        correct = click.choice == question.answer
        key = (settings.id, click.member.user_id, question.id)
        shown = self._shown.pop(key, None)
        if shown is None and key in self._answered:
            first = self._answered[key]
            return render.feedback(
                question, lang=lang, choice=first, correct=first == question.answer, already=True
            )
        self._answered[key] = click.choice
        elapsed = _elapsed_ms(shown, click.at) if shown else None
        outcome = await self._repo.record_answer(
            NewAnswer(
                group_id=settings.id,
                platform=settings.ref.platform.value,
                user_id=click.member.user_id,
                display_name=click.member.display_name,
                question_id=question.id,
                post_id=None,
                choice=click.choice,
                correct=correct,
                points=0,
                answered_at=click.at,
                local_date=local_date(click.at, safe_zone(settings.timezone)),
                elapsed_ms=elapsed,
                concept=question.concept,
                review=Learner.reviewer(question, correct, elapsed, click.at),
            )
        )
        if outcome.recorded:
            await self._learned(settings, click, question, correct, elapsed)
        return render.feedback(question, lang=lang, choice=click.choice, correct=correct)

    async def _learned(
        self,
        settings: GroupSettings,
        click: AnswerClick,
        question: QuestionLike,
        correct: bool,
        elapsed_ms: int | None,
    ) -> None:
        """Spaced repetition and retirement after a newly recorded answer. The
        answer is already stored: a failure here is logged, never shown."""
        try:
            await self._runner.learner.answered(
                platform=settings.ref.platform.value,
                user_id=click.member.user_id,
                question=question,
                choice=click.choice,
                correct=correct,
                elapsed_ms=elapsed_ms,
                at=click.at,
            )
        except Exception:
            log.exception("learning update after answer to %s failed", question.id)


def _post_id(ref: str) -> int | None:
    if not ref.isascii() or not ref.isdigit() or len(ref) > 15:
        return None
    value = int(ref)
    return value if 0 < value < _MAX_POST_ID else None


def _elapsed_ms(start: datetime, end: datetime) -> int:
    return max(0, int((end - start).total_seconds() * 1000))
