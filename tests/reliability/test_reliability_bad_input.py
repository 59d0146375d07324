"""Property tests (hypothesis): whatever people type, click or save as notes, the
bot answers with a short message, never a traceback, and logs no error.

- every command's text argument, with random names, members and locales,
  through StudyService.handle, plus clicks, reports, autocomplete and home;
- the shell adapter's line parser (ShellSession.execute), any line at all;
- lookup queries straight into the search index;
- note files: random Markdown, wrong encodings, huge lines, random bytes.

The app is built once per test (a real store on a tmp file, the seed deck) and
driven from a private event loop, so that hypothesis can run many examples.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reliability_support import (
    CONTENT_DIR,
    SLOT,
    assert_no_crash_text,
    open_app,
    reply_text,
    seed_content,
)

from bot.adapters.shell import ShellOutbox, ShellSession
from bot.adapters.shell_clock import ShellClock
from bot.app import App
from bot.core.commands import _ALIASES
from bot.core.types import (
    AnswerClick,
    AnswerKind,
    Command,
    CommandName,
    GroupRef,
    Member,
    Platform,
    ProblemReport,
    Reply,
)
from bot.notes.errors import NotesError
from bot.notes.glossary import load_glossary
from bot.notes.loader import GLOSSARY_NAME, load_deck, parse_markdown
from bot.notes.lookup import LookupIndex
from bot.quiz.bank import build_bank

EXAMPLES = settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Any character, lone surrogates included.
_CHARS = st.one_of(
    st.characters(codec="utf-8"),
    # Lone surrogates: JSON payloads can carry "\ud800", and the shell's stdin
    # decodes undecodable bytes with surrogateescape.
    st.integers(0xD800, 0xDFFF).map(chr),
    st.sampled_from(list('"*^:()-+`#<>|\\\x00\n\r\t\u200b\u202e\ufeff')),
)
_WORDS = st.sampled_from(
    [
        "NAT",
        "S3",
        "람다",
        "게이트웨이에",
        "vs",
        "차이",
        "비교",
        "AND",
        "OR",
        "NOT",
        "NEAR(a b)",
        '"',
        "*",
        "09:00",
        "25:99",
        "Asia/Seoul",
        "Mars/Olympus",
        "America/New_York",
        "UTC",
        "<#123>",
        "<#C1|x>",
        "#general",
        "week",
        "month",
        "all",
        "language",
        "en",
        "ko",
        "window",
        "next",
        "0",
        "-1",
        "99999999999999999999",
        "streak",
        "any",
        "right",
        "'; DROP TABLE answers; --",
        "%s",
        "{name}",
        "{0}",
        "\\",
        "..",
        "/etc/passwd",
    ]
)
TEXT = st.one_of(
    st.text(_CHARS, max_size=80),
    st.lists(_WORDS, max_size=6).map(" ".join),
    st.text(_CHARS, min_size=290, max_size=320),  # around the length limit
)
NAMES = st.one_of(
    st.sampled_from([c.value for c in CommandName] + list(_ALIASES)),
    st.text(_CHARS, max_size=12),
)
MEMBERS = st.builds(
    Member,
    user_id=st.one_of(st.sampled_from(["u1", "u2", "admin"]), st.text(_CHARS, max_size=20)),
    display_name=st.text(_CHARS, max_size=40),
    is_admin=st.booleans(),
    locale=st.one_of(st.none(), st.sampled_from(["en", "ko", "en-US", ""]), st.text(max_size=5)),
)
GROUPS = st.builds(
    GroupRef,
    platform=st.sampled_from(list(Platform)),
    channel_id=st.one_of(st.sampled_from(["c1", "c2"]), st.text(_CHARS, max_size=20)),
    space_id=st.text(_CHARS, max_size=10),
)


class _Errors(logging.Handler):
    """Errors the bot logged: a caught exception is still a bug when input caused it."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture
def errors() -> Iterator[_Errors]:
    handler = _Errors()
    root = logging.getLogger("bot")
    root.addHandler(handler)
    try:
        yield handler
    finally:
        root.removeHandler(handler)


def _no_errors(errors: _Errors) -> None:
    shown = [f"{r.getMessage()}\n{r.exc_text or ''}" for r in errors.records[:3]]
    for record in errors.records[:3]:
        if record.exc_info and record.exc_info[1] is not None:
            shown.append(repr(record.exc_info[1]))
    assert not errors.records, "\n".join(shown)


def _check(reply: Reply) -> None:
    assert isinstance(reply, Reply)
    text = reply_text(reply)
    assert text.strip(), reply
    assert_no_crash_text(text)


@pytest.fixture
def live(db_target: Path | str) -> Iterator[tuple[asyncio.AbstractEventLoop, App, ShellClock]]:
    loop = asyncio.new_event_loop()
    clock = ShellClock(SLOT)
    app, _ = loop.run_until_complete(open_app(db_target, clock))
    try:
        loop.run_until_complete(app.start())
        yield loop, app, clock
    finally:
        loop.run_until_complete(app.close())
        loop.close()


def test_any_command_text_gets_a_short_reply(
    live: tuple[asyncio.AbstractEventLoop, App, ShellClock], errors: _Errors
) -> None:
    loop, app, clock = live

    @EXAMPLES
    @given(name=NAMES, args=TEXT, member=MEMBERS, group=GROUPS)
    def check(name: str, args: str, member: Member, group: GroupRef) -> None:
        command = Command(name=name, args=args, group=group, member=member, at=clock())
        _check(loop.run_until_complete(app.service.handle(command)))

    check()
    _no_errors(errors)


def test_any_click_report_or_prefix_gets_a_short_reply(
    live: tuple[asyncio.AbstractEventLoop, App, ShellClock], errors: _Errors
) -> None:
    loop, app, clock = live
    admin = Member(user_id="admin", is_admin=True)
    loop.run_until_complete(
        app.service.handle(
            Command(
                name="post-now",
                args="",
                group=GroupRef(platform=Platform.SHELL, channel_id="c1"),
                member=admin,
                at=clock(),
            )
        )
    )
    question_ids = [q.id for q in seed_content().bank.questions()[:5]]
    refs = st.one_of(
        st.sampled_from(["1", "2", "0", "-1", "999999999999999", "1e3", " 1", "١", *question_ids]),
        st.text(_CHARS, max_size=30),
    )

    @EXAMPLES
    @given(
        kind=st.sampled_from(list(AnswerKind)),
        ref=refs,
        choice=st.one_of(st.integers(-3, 8), st.integers()),
        member=MEMBERS,
        group=GROUPS,
        late=st.integers(0, 3),
        reason=TEXT,
    )
    def check(
        kind: AnswerKind,
        ref: str,
        choice: int,
        member: Member,
        group: GroupRef,
        late: int,
        reason: str,
    ) -> None:
        at = clock() + timedelta(days=late)
        click = AnswerClick(kind=kind, ref=ref, choice=choice, group=group, member=member, at=at)
        _check(loop.run_until_complete(app.service.answer(click)))
        report = ProblemReport(question_id=ref, group=group, member=member, at=at, reason=reason)
        _check(loop.run_until_complete(app.service.report_problem(report)))
        found = loop.run_until_complete(app.service.complete_topics(group, reason, choice))
        assert isinstance(found, list) and all(isinstance(t, str) for t in found)
        _check(loop.run_until_complete(app.service.home(group, member, at)))

    check()
    _no_errors(errors)


def test_any_shell_line_gets_a_short_answer(
    live: tuple[asyncio.AbstractEventLoop, App, ShellClock], errors: _Errors
) -> None:
    loop, app, clock = live
    lines: list[str] = []
    outbox = ShellOutbox(lines.append, locale_for=app.group_locale)
    app.outboxes[Platform.SHELL] = outbox
    session = ShellSession(
        app.service,
        outbox,
        clock,
        user="me",
        admin=True,
        play=lambda start, end: app.replay(start, end, clock.set),
        echo=lines.append,
    )
    local = ["answer", "report", "as", "channel", "clock", "advance", "post-now", "quiz"]
    line = st.one_of(
        st.text(_CHARS, max_size=120),
        st.tuples(
            st.sampled_from(["/", "", "//", " /"]),
            st.one_of(NAMES, st.sampled_from(local)),
            st.sampled_from([" ", "  ", "\t", ""]),
            TEXT,
        ).map("".join),
    )

    @EXAMPLES
    @given(text=line)
    def check(text: str) -> None:
        mark = len(lines)
        going_on = loop.run_until_complete(session.execute(text))
        assert isinstance(going_on, bool)
        assert_no_crash_text("\n".join(lines[mark:]))

    check()
    _no_errors(errors)


def test_any_lookup_query_returns_a_result() -> None:
    index = seed_content().lookup
    assert index is not None

    @EXAMPLES
    @given(query=TEXT, limit=st.integers(-5, 50))
    def check(query: str, limit: int) -> None:
        result = index.search(query, limit)
        assert len(result.hits) <= max(1, limit)
        for hit in result.hits:
            assert isinstance(hit.text, str)
        assert isinstance(index.complete(query, max(1, limit)), list)

    check()


# --- note files ---------------------------------------------------------------

_MD_LINE = st.one_of(
    st.tuples(st.sampled_from(["#", "##", "###", "####", "#######"]), st.just(" "), TEXT).map(
        "".join
    ),
    st.tuples(
        st.sampled_from(["", "\t", "\t\t", "  ", "    ", "\t \t"]),
        st.sampled_from(["- ", "-  ", "* ", "+ ", "1. ", "12) ", "-", "- [ ] "]),
        st.one_of(
            TEXT,
            st.tuples(TEXT, st.sampled_from([" : ", ":", " -> ", "->", " → "]), TEXT).map("".join),
        ),
    ).map("".join),
    st.sampled_from(
        [
            "```",
            "```json",
            "```yaml",
            "| a | b |",
            "|---|---|",
            "<details>",
            "</details>",
            "<summary>Q</summary>",
            "![img](x.png)",
            "---",
            "",
            "   ",
            "> quote",
            "**굵게** : 정의",
            "1. NAT 게이트웨이",
            "- 최대 5개",
            "- 99.999999999% 내구성",
        ]
    ),
    TEXT,
)
MARKDOWN = st.lists(_MD_LINE, max_size=40).map("\n".join)


@pytest.fixture(scope="module")
def glossary() -> object:
    return load_glossary(CONTENT_DIR / GLOSSARY_NAME)


def _use_deck(text_or_bytes: str | bytes, folder: Path, glossary: object) -> None:
    """Load the file as the bot does; a deck that loads must also build a bank
    and a lookup index; a file that does not load gives one NotesError line."""
    path = folder / "deck.md"
    if isinstance(text_or_bytes, str):
        path.write_text(text_or_bytes, encoding="utf-8", errors="surrogatepass")
    else:
        path.write_bytes(text_or_bytes)
    try:
        deck = load_deck(path, glossary=glossary)  # type: ignore[arg-type]
    except NotesError as exc:
        message = str(exc)
        assert "\n" not in message and "deck.md" in message and len(message) < 300, message
        return
    bank = build_bank(deck, glossary)  # type: ignore[arg-type]
    for question in bank:
        if question.is_flashcard:  # a card has a back and no choices (issue 15)
            assert question.back.strip() and not question.choices
        else:
            assert question.choices and 0 <= question.answer < len(question.choices)
    index = LookupIndex.build(deck, glossary)  # type: ignore[arg-type]
    index.search("NAT", 3)


NOTE_EXAMPLES = settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)


def test_any_markdown_parses_builds_and_indexes(tmp_path: Path, glossary: object) -> None:
    @NOTE_EXAMPLES
    @given(text=MARKDOWN, newline=st.sampled_from(["\n", "\r\n", "\r"]), bom=st.booleans())
    def check(text: str, newline: str, bom: bool) -> None:
        _use_deck(("\ufeff" if bom else "") + text.replace("\n", newline), tmp_path, glossary)

    check()


def test_notes_in_other_encodings_or_random_bytes_are_one_line(
    tmp_path: Path, glossary: object
) -> None:
    @NOTE_EXAMPLES
    @given(
        text=MARKDOWN,
        encoding=st.sampled_from(["utf-16", "utf-16-le", "cp949", "euc-kr", "latin-1", "utf-32"]),
        noise=st.binary(max_size=200),
    )
    def check(text: str, encoding: str, noise: bytes) -> None:
        korean = "### 네트워크\n1. NAT 게이트웨이\n\t- 최대 5개 : 가용영역당\n" + text
        data = korean.encode(encoding, errors="replace")
        _use_deck(data, tmp_path, glossary)
        _use_deck(noise, tmp_path, glossary)
        _use_deck(data[: len(data) // 2] + noise, tmp_path, glossary)

    check()


@pytest.mark.parametrize("size", [10_000, 200_000, 1_000_000])
@pytest.mark.parametrize(("prefix", "unit"), [("- ", "가"), ("### ", "x"), ("- a : ", "- ")])
def test_huge_lines_do_not_hang_or_crash(prefix: str, unit: str, size: int) -> None:
    line = prefix + unit * (size // len(unit))
    text = f"### 큰 단원\n1. 주제\n{line}\n\t- 짧은 줄 : 정의\n"
    # CPU time, not the wall clock: on a shared machine the clock mostly measures
    # the other processes, and the point is that the work stays linear.
    started = time.process_time()
    deck = parse_markdown(text, "huge.md")
    glossary = load_glossary(CONTENT_DIR / GLOSSARY_NAME)
    build_bank(deck, glossary)
    LookupIndex.build(deck, glossary).search(unit * 50, 3)
    assert time.process_time() - started < 45  # linear: a few seconds (quadratic: hours)


# --- lone surrogates ------------------------------------------------------------
# What Python makes of byte 0xff on a shell's stdin (surrogateescape: UTF-8 mode,
# C locale) and what a JSON payload may carry as "\udcff".
_LONE = "b\udcffd"


async def _surrogate_calls(app: App, clock: ShellClock) -> list[Reply]:
    ok = GroupRef(platform=Platform.SHELL, channel_id="c1")
    odd = GroupRef(platform=Platform.SHELL, channel_id=_LONE)
    admin = Member(user_id="admin", is_admin=True)
    odd_member = Member(user_id=_LONE, display_name=_LONE)
    named = Member(user_id="u9", display_name=_LONE)
    replies = [
        await app.service.handle(Command(name=n, args=a, group=ok, member=admin, at=clock()))
        for n, a in (
            ("post-now", ""),
            ("lookup", f"NAT {_LONE}"),
            ("schedule", f"09:00 {_LONE}"),
            (_LONE, _LONE),
        )
    ]
    for member, group in ((odd_member, ok), (named, ok), (admin, odd)):
        replies.append(
            await app.service.handle(
                Command(name="stats", args="", group=group, member=member, at=clock())
            )
        )
        replies.append(
            await app.service.answer(
                AnswerClick(
                    kind=AnswerKind.DAILY, ref="1", choice=0, group=group, member=member, at=clock()
                )
            )
        )
    return replies


def test_lone_surrogates_get_a_short_reply(
    live: tuple[asyncio.AbstractEventLoop, App, ShellClock],
) -> None:
    loop, app, clock = live
    for reply in loop.run_until_complete(_surrogate_calls(app, clock)):
        _check(reply)


def test_lone_surrogates_cause_no_error(
    live: tuple[asyncio.AbstractEventLoop, App, ShellClock], errors: _Errors
) -> None:
    loop, app, clock = live
    loop.run_until_complete(_surrogate_calls(app, clock))
    lines: list[str] = []
    outbox = ShellOutbox(lines.append, locale_for=app.group_locale)
    session = ShellSession(app.service, outbox, clock, echo=lines.append)
    for line in (f"/channel {_LONE}", "/stats", "/post-now", f"/as {_LONE}", "/answer 1"):
        loop.run_until_complete(session.execute(line))
    assert_no_crash_text("\n".join(lines))
    _no_errors(errors)
