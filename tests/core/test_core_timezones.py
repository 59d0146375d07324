"""Time zones as organisers type them (issue 17): any case, abbreviations,
UTC offsets, did-you-mean, and refusals that list what is valid."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest
from core_fakes import Harness, utc

from bot.core.clock import slot, zone
from bot.core.timezones import display_zone, resolve_zone
from bot.core.types import ReplyKind

AT = utc(2026, 11, 26, 3, 0)


@pytest.mark.parametrize(
    ("typed", "name"),
    [
        ("Asia/Seoul", "Asia/Seoul"),
        ("asia/seoul", "Asia/Seoul"),
        ("ASIA/SEOUL", "Asia/Seoul"),
        ("KST", "Asia/Seoul"),
        ("kst", "Asia/Seoul"),
        ("seoul", "Asia/Seoul"),
        ("JST", "Asia/Tokyo"),
        ("america/new_york", "America/New_York"),
        ("new york", "America/New_York"),
        ("UTC", "UTC"),
        ("gmt", "UTC"),
        ("UTC+0", "UTC"),
        ("UTC+9", "Etc/GMT-9"),
        ("utc+09:00", "Etc/GMT-9"),
        ("GMT-5", "Etc/GMT+5"),
        ("+9", "Etc/GMT-9"),
        ("UTC+5:30", "Asia/Kolkata"),
    ],
)
def test_zone_forms(typed: str, name: str) -> None:
    assert resolve_zone(typed).name == name


@pytest.mark.parametrize(
    ("typed", "suggested"),
    [
        ("Asia/Seol", "Asia/Seoul"),
        ("Soeul", "Asia/Seoul"),
        ("Amerca/New_York", "America/New_York"),
        ("CST", "America/Chicago"),  # ambiguous: both candidates, neither chosen
        ("CST", "Asia/Shanghai"),
    ],
)
def test_near_misses_suggest(typed: str, suggested: str) -> None:
    choice = resolve_zone(typed)
    assert choice.name is None and suggested in choice.suggestions


@pytest.mark.parametrize("typed", ["UTC+15", "GMT-13", "UTC+9:10", "Mars/Olympus", "", "x" * 80])
def test_refused(typed: str) -> None:
    assert resolve_zone(typed).name is None


def test_fixed_offsets_show_their_sign_the_human_way() -> None:
    assert display_zone("Etc/GMT-9") == "UTC+9"
    assert display_zone("Etc/GMT+5") == "UTC-5"
    assert display_zone("Asia/Seoul") == "Asia/Seoul"


async def test_four_spellings_schedule_the_same_zone(harness: Harness) -> None:
    """`Asia/Seoul`, `asia/seoul`, `KST` and `UTC+9` post at the same instants
    on every day of a year (Seoul keeps +9 all year)."""
    zones = []
    for typed in ["Asia/Seoul", "asia/seoul", "KST", "UTC+9"]:
        reply = await harness.cmd("schedule", f"09:00 {typed}", at=AT)
        assert reply.kind is ReplyKind.TEXT, reply.text
        zones.append(harness.listener.changes[-1].timezone)
    assert zones[:3] == ["Asia/Seoul"] * 3
    assert "UTC+9" in reply.text  # shown as typed, not as POSIX's Etc/GMT-9
    loaded = [zone(name) for name in zones]
    days = [date(2026, 1, 1) + timedelta(days=d) for d in range(366)]
    for on in days:
        instants = {slot(on, time(9, 0), tz) for tz in loaded if tz is not None}
        assert len(instants) == 1 and len(loaded) == 4


async def test_zone_refusals_suggest_and_list_valid_forms(harness: Harness) -> None:
    near = await harness.cmd("schedule", "09:00 Asia/Seol", at=AT)
    assert near.kind is ReplyKind.ERROR
    assert "혹시 Asia/Seoul?" in near.text and "KST" in near.text and "UTC+9" in near.text
    await harness.cmd("settings", "language en", at=AT)
    far = await harness.cmd("schedule", "09:00 Mars/Olympus", at=AT)
    assert far.text.startswith("`Mars/Olympus` is not a time zone I know. Valid:")
    assert "Asia/Seoul" in far.text and "UTC+9" in far.text
    assert harness.listener.changes == []


@pytest.mark.parametrize(
    ("args", "ko", "en"),
    [
        ("language jp", "언어는 `ko` 또는 `en`이에요", "the language is `ko` or `en`"),
        ("window 0", "1–10080분 또는 `next`", "1–10080 minutes, or `next`"),
        ("streak always", "`any`(답하면 인정) 또는 `right`", "`any` answer or only `right`"),
        ("weak maybe", "`on` 또는 `off`", "`on` or `off`"),
        ("colour blue", "설정은 없어요. 쓸 수 있는 설정: `language ko|en`", "Settings: `language"),
        ("language", "언어는 `ko` 또는 `en`", "the language is `ko` or `en`"),
    ],
)
async def test_settings_refusals_list_valid_values(
    harness: Harness, args: str, ko: str, en: str
) -> None:
    reply = await harness.cmd("settings", args, at=AT)
    assert reply.kind is ReplyKind.ERROR and ko in reply.text
    await harness.cmd("settings", "language en", at=AT)
    reply = await harness.cmd("settings", args, at=AT)
    assert reply.kind is ReplyKind.ERROR and en in reply.text
