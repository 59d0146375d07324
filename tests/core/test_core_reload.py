"""Admin `reload`: the bank is swapped in place; changed questions retire, new
ones enter, unchanged ones keep their history."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from core_fakes import Harness, make_questions, utc

from bot.core.bank import ListBank
from bot.core.content import Loaded, ReloadError
from bot.core.types import AnswerKind, ReplyKind

T0 = utc(2026, 3, 2, 8, 0)


async def test_reload_retires_changed_and_gone_keeps_the_rest(db_target: Path | str) -> None:
    v1 = make_questions(sections=2, per_section=2)  # q00 q01 q10 q11
    q00, q01, _q10, q11 = v1
    edited = replace(q01, prompt="question 01, reworded?")  # same id, new text
    added = replace(q11, id="q20", section="S2", concept="C20", prompt="new?")
    versions = [[q00, edited, q11, added]]
    failures: list[str] = []

    async def reloader() -> Loaded:
        if failures:
            raise ReloadError(failures.pop())
        return Loaded(bank=ListBank(versions[0]))

    h = Harness(db_target, v1, reloader=reloader)
    await h.start()
    try:
        await h.click(q00.id, q00.answer, user="ann", at=T0, kind=AnswerKind.PRACTICE)
        refused = await h.cmd("reload", user="ann", admin=False, at=T0)
        assert refused.kind is ReplyKind.ERROR
        # Half the questions would retire: a dry run first, nothing changes yet.
        dry = await h.cmd("reload", "", at=T0)
        assert dry.kind is ReplyKind.TEXT, dry.text
        assert "아직 바꾸지 않았어요" in dry.text and "문제 2개(50%)" in dry.text
        assert "(내용이 바뀜 1, 노트에서 사라짐 1); 그대로 2개, 새 문제 1개" in dry.text
        assert h.store is not None
        assert await h.store.retired_questions() == set()
        assert h.svc.content.get("q20") is None
        reply = await h.cmd("reload", "confirm", at=T0)
        assert reply.kind is ReplyKind.TEXT, reply.text
        assert "새 문제 1개, 뺀 문제 2개 (바뀜 1, 사라짐 1), 그대로 2개" in reply.text
        assert h.store is not None
        reasons = {f.id: f.reason for f in await h.store.flagged_questions()}
        assert reasons == {"q01": "notes-changed"}
        assert await h.store.retired_questions() == {"q01", "q10"}
        # The new bank is what the service uses now; history of kept questions stays.
        assert h.svc.content.get("q20") is not None and h.svc.content.get("q10") is None
        stats = await h.store.member_stats(1, "shell", "ann")
        assert stats.answered == 1
        # A second reload of the same notes changes nothing.
        again = await h.cmd("reload", at=T0)
        assert "새 문제 0개, 뺀 문제 0개 (바뀜 0, 사라짐 0), 그대로 4개" in again.text
        failures.append("cannot load the notes: content/x.md: not UTF-8")
        bad = await h.cmd("reload", "confirm", at=T0)
        assert bad.kind is ReplyKind.ERROR and "not UTF-8" in bad.text
        assert h.svc.content.get("q20") is not None  # the old bank stays in service
    finally:
        await h.close()


async def test_reload_without_a_notes_folder_says_so(harness: Harness) -> None:
    reply = await harness.cmd("reload", at=T0)
    assert reply.kind is ReplyKind.ERROR and "다시 읽을 수 없어요" in reply.text


async def test_reload_that_retires_a_tenth_or_less_goes_ahead_at_once(tmp_path: Path) -> None:
    v1 = make_questions(sections=2, per_section=5)  # ten questions
    v2 = [*v1[:9], replace(v1[0], id="q99", concept="C99", prompt="new?")]  # one gone, one new

    async def reloader() -> Loaded:
        return Loaded(bank=ListBank(v2))

    h = Harness(tmp_path / "bot.db", v1, reloader=reloader)
    await h.start()
    try:
        await h.svc.sync_bank(T0)  # the bank the store knows before the reload
        reply = await h.cmd("reload", "", at=T0)
        assert "새 문제 1개, 뺀 문제 1개 (바뀜 0, 사라짐 1), 그대로 9개" in reply.text
        assert h.store is not None
        assert await h.store.retired_questions() == {v1[9].id}
    finally:
        await h.close()
