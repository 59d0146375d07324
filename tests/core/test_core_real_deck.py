"""The service on the seed deck's real question bank and lookup index."""

from __future__ import annotations

from pathlib import Path

from core_fakes import SHELL_ROOM, RecordingListener, RecordingOutbox, utc

from bot.core.bank import ListBank
from bot.core.service import StudyService
from bot.core.types import AnswerClick, AnswerKind, Command, Member, Platform, ReplyKind
from bot.notes.glossary import load_glossary
from bot.notes.loader import load_deck
from bot.notes.lookup import LookupIndex
from bot.quiz.bank import build_bank
from bot.storage import open_store

CONTENT = Path(__file__).resolve().parents[2] / "content"


async def test_seed_deck_cycle(db_target: Path | str) -> None:
    glossary = load_glossary(CONTENT / "glossary.yaml")
    deck = load_deck(CONTENT / "aws-saa-ko.md", glossary=glossary)
    bank = ListBank(build_bank(deck, glossary))
    outbox = RecordingOutbox()
    store = await open_store(db_target)
    try:
        service = StudyService(
            store,
            LookupIndex.build(deck, glossary),
            bank,
            RecordingListener(),
            {Platform.SHELL: outbox},
            deck=deck,
        )
        at = utc(2026, 11, 26, 1, 0)
        admin = Member(user_id="lead", display_name="Lead", is_admin=True)

        async def run(name: str, args: str = "") -> ReplyKind:
            cmd = Command(name=name, args=args, group=SHELL_ROOM, member=admin, at=at)
            return (await service.handle(cmd)).kind

        assert await run("lookup", "NAT 게이트웨이") is ReplyKind.LOOKUP
        typo = await service.handle(
            Command(name="lookup", args="cloudfornt", group=SHELL_ROOM, member=admin, at=at)
        )
        assert typo.fields and "CloudFront" in typo.fields[0].name
        assert "CloudFront" in typo.text  # says what it searched instead of the typo
        assert await run("topics") is ReplyKind.TEXT
        assert await run("quiz") is ReplyKind.QUESTION
        assert await run("post-now") is ReplyKind.TEXT
        [post] = outbox.questions()
        assert post.question is not None and len(post.question.choices) >= 3
        question = bank.get(post.question.question_id)
        assert question is not None
        assert post.text.count(question.breadcrumb) == 1  # the prompt already carries it
        # The view keeps them apart, so an adapter drawing both shows the breadcrumb once.
        assert question.breadcrumb not in post.question.prompt
        assert post.question.prompt and post.question.prompt in question.prompt
        click = AnswerClick(
            kind=AnswerKind.DAILY,
            ref=post.question.answer_ref,
            choice=question.answer,
            group=SHELL_ROOM,
            member=admin,
            at=at,
        )
        feedback = await service.answer(click)
        assert feedback.kind is ReplyKind.ANSWER_FEEDBACK and "정답이에요" in feedback.text
        assert await service.complete_topics(SHELL_ROOM, "NAT")
    finally:
        await store.close()
