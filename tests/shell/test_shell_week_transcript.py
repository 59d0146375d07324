"""A week in a study group, scripted through the shell in Korean and in English
(issue 17): four members answer the daily question for a week; the transcript
shows streaks and tie-breaks on the board, the freeze in /stats, Monday's recap,
last week's top on the empty board; and no language leaks (scanned).

alice and bob answer every question right, bob five minutes later (the faster
average right answer leads); carol answers every day with one wrong answer,
dave misses a day (the week's freeze covers it) but never answers wrong: on
equal points, fewer wrong answers lead.
"""

from __future__ import annotations

import dataclasses
import re

import pytest
from leak_scan import NAMES, hangul_words, latin_words, notes_names, notes_text
from shell_harness import Opener, Transcript

from bot.core.messages import catalogue
from bot.core.types import CommandName
from bot.quiz.phrases import KO as KOREAN_NOTES_PHRASES

PROMPT = re.compile(r"^\w+@#\w+> ")
MEMBERS = frozenset({"alice", "bob", "carol", "dave", "local"})
TYPED = frozenset({"foo"})  # what a member typed, quoted back as code

EXPECT = {
    "ko": {
        "board": [
            "1. alice — 70점 (7/7) · 🔥 7일 연속",
            "2. bob — 70점 (7/7) · 🔥 7일 연속",
            "3. dave — 60점 (6/6) · 🔥 6일 연속",
            "4. carol — 60점 (6/7) · 🔥 7일 연속",
        ],
        "ties": "점수가 같으면 오답이 적은 사람, 그래도 같으면 평균적으로 더 빨리 맞힌 사람",
        "freeze": "이번 주 쉬는 날: 씀 (쉰 날: 03-04)",
        "recap": "== 지난주 돌아보기 (03-02 ~ 03-08) ==",
        "recap_text": "4명이 문제 7개에 27번 답했어요 (정답률 96%).",
        "empty": ["이번 주 기록은 아직 없어요.", "지난주 순위:"],
        "zone": "매일 09:00 (Asia/Seoul)에 #local에 문제를 올릴게요.",
    },
    "en": {
        "board": [
            "1. alice — 70 pts (7/7) · 🔥 7-day streak",
            "2. bob — 70 pts (7/7) · 🔥 7-day streak",
            "3. dave — 60 pts (6/6) · 🔥 6-day streak",
            "4. carol — 60 pts (6/7) · 🔥 7-day streak",
        ],
        "ties": "equal points go to fewer wrong answers, then to whoever answered right faster",
        "freeze": "Streak freeze this week: used (frozen: 03-04)",
        "recap": "== Last week (03-02 – 03-08) ==",
        "recap_text": "Members who answered: 4 · questions: 7 · answers: 27 · right: 96%",
        "empty": ["No scores this week yet.", "Last week:"],
        "zone": "I'll post a question every day at 09:00 (Asia/Seoul) in #local.",
    },
}


async def _answer(t: Transcript, who: str, right: bool) -> None:
    await t.say(f"/as {who}")
    await t.say(f"/answer {t.right_choice() if right else t.wrong_choice()}")


async def play_week(t: Transcript, lang: str) -> None:
    await t.say(f"/settings language {lang}")
    out = await t.say("/schedule 09:00 kst")
    assert EXPECT[lang]["zone"] in out
    await t.say("/clock 2026-03-02T09:00")
    for day in range(7):  # Monday 2 to Sunday 8 March
        if day:
            await t.say("/advance 1d")
        await _answer(t, "alice", True)
        await _answer(t, "carol", day != 3)
        await t.say("/advance 5m")  # bob and dave answer five minutes later
        await _answer(t, "bob", True)
        if day != 2:
            await _answer(t, "dave", True)
        await t.say("/as alice")


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_week_in_each_language(opened: Opener, lang: str) -> None:
    t = await opened("2026-03-01T20:00 Asia/Seoul")
    await play_week(t, lang)
    expect = EXPECT[lang]
    board = await t.say("/leaderboard")
    assert [line for line in board.splitlines() if re.match(r"\d+\. ", line)] == expect["board"]
    assert expect["ties"] in await t.say("/help")
    await t.say("/as dave")
    assert expect["freeze"] in await t.say("/stats")
    await t.say("/as alice")
    monday = await t.say("/advance 1d")
    assert expect["recap"] in monday and expect["recap_text"] in monday
    assert monday.index(expect["recap"]) < monday.rindex("==")  # before the new question
    empty = await t.say("/leaderboard")
    assert all(line in empty.splitlines() for line in expect["empty"])
    await t.say("/report")
    await t.say("/answer 9")
    await t.say("/foo")
    assert leaks(t.transcript(), lang) == []


def leaks(transcript: str, lang: str) -> list[str]:
    """Lines the member reads (not the commands typed) with words of the other language."""
    found = []
    for line in transcript.splitlines():
        if PROMPT.match(line):
            continue
        line = re.sub(r"\S+\.png", " ", line)  # a chart's file path
        if lang == "ko":
            bad = [w for w in latin_words(line) if w not in _korean_allowed()]
        else:
            bad = [w for w in hangul_words(line) if w not in _english_allowed()]
            # Notes text may come cut (a cloze blank: ___간은): any piece of it is notes text.
            bad = [w for w in bad if w not in notes_text()]
        if bad:
            found.append(f"{bad}: {line}")
    return found


def _korean_allowed() -> frozenset[str]:
    """Names from the notes (and notes text quoted in questions), the names in
    NAMES, what the catalogue and help write as `code` (commands, typed values:
    the shell prints code without its backticks), members and channel, message ids."""
    code = " ".join(
        span for template in catalogue("ko").values() for span in re.findall(r"`([^`]*)`", template)
    )
    ids = {f"m{i}" for i in range(1, 100)}
    commands = {name.value for name in CommandName} | {"post", "now"}
    return (
        notes_names()
        | frozenset(latin_words(notes_text()))
        | NAMES
        | frozenset(latin_words(code))
        | MEMBERS
        | ids
        | commands
        | TYPED
    )


def _english_allowed() -> frozenset[str]:
    """Hangul only from the notes: their text, and the question stems the quiz
    generator writes in the notes' own language (다음 설명에 해당하는 것은?),
    which are part of the question, not of the bot's replies."""
    stems = " ".join(
        str(getattr(KOREAN_NOTES_PHRASES, f.name))
        for f in dataclasses.fields(KOREAN_NOTES_PHRASES)
    )
    return frozenset(hangul_words(notes_text())) | frozenset(hangul_words(stems))
