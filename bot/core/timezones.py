"""What an organiser types as a time zone -> an IANA zone name.

Accepted, in any letter case: IANA names (`Asia/Seoul`, `asia/seoul`), a city
that names exactly one zone (`seoul`), common abbreviations (`KST`, `JST`,
`PST`), and UTC/GMT offsets (`UTC+9`, `gmt-5`, `UTC+05:30`). Whole-hour
offsets become the fixed `Etc/GMT∓N` zones (POSIX inverts the sign there:
UTC+9 is `Etc/GMT-9`; `display_zone` shows it as `UTC+9` again); the few
half-hour offsets map to a city that keeps that offset all year.

Abbreviations that mean several zones (CST: China or US Central; IST: India,
Ireland or Israel) are refused with the candidates as suggestions, so nobody's
daily question silently moves by hours.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from functools import cache
from zoneinfo import available_timezones

from bot.core.clock import zone

ABBREVIATIONS: dict[str, str] = {
    "KST": "Asia/Seoul",
    "JST": "Asia/Tokyo",
    "HKT": "Asia/Hong_Kong",
    "SGT": "Asia/Singapore",
    "PHT": "Asia/Manila",
    "ICT": "Asia/Bangkok",
    "WIB": "Asia/Jakarta",
    "AEST": "Australia/Sydney",
    "AEDT": "Australia/Sydney",
    "NZST": "Pacific/Auckland",
    "NZDT": "Pacific/Auckland",
    "CET": "Europe/Paris",
    "CEST": "Europe/Paris",
    "EET": "Europe/Athens",
    "EEST": "Europe/Athens",
    "WET": "Europe/Lisbon",
    "BST": "Europe/London",
    "MSK": "Europe/Moscow",
    "ET": "America/New_York",
    "EST": "America/New_York",
    "EDT": "America/New_York",
    "CT": "America/Chicago",
    "CDT": "America/Chicago",
    "MT": "America/Denver",
    "MST": "America/Denver",
    "MDT": "America/Denver",
    "PT": "America/Los_Angeles",
    "PST": "America/Los_Angeles",
    "PDT": "America/Los_Angeles",
    "AKST": "America/Anchorage",
    "HST": "Pacific/Honolulu",
    "UTC": "UTC",
    "GMT": "UTC",
    "Z": "UTC",
}
AMBIGUOUS: dict[str, tuple[str, ...]] = {
    "CST": ("Asia/Shanghai", "America/Chicago"),
    "IST": ("Asia/Kolkata", "Europe/Dublin", "Asia/Jerusalem"),
}
# Offsets that are not whole hours: a zone that keeps that offset all year.
_HALF_HOURS = {
    (5, 30): "Asia/Kolkata",
    (5, 45): "Asia/Kathmandu",
    (6, 30): "Asia/Yangon",
    (9, 30): "Australia/Darwin",
    (4, 30): "Asia/Kabul",
    (3, 30): "Asia/Tehran",
    (-9, 30): "Pacific/Marquesas",
}
_OFFSET = re.compile(r"^(?:UTC|GMT)?\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?$", re.IGNORECASE)
_ETC = re.compile(r"^Etc/GMT([+-])(\d{1,2})$")
# What every refusal lists: the forms, not 600 names.
VALID_FORMS = "Asia/Seoul, America/New_York, KST, JST, PST, UTC, UTC+9, UTC-5"


@dataclass(frozen=True, kw_only=True, slots=True)
class ZoneChoice:
    """`name` is the IANA zone when the text named one; otherwise `suggestions`
    holds the nearest names (possibly none)."""

    name: str | None
    suggestions: tuple[str, ...] = ()


@cache
def _by_folded_name() -> dict[str, str]:
    return {name.casefold(): name for name in available_timezones()}


@cache
def _by_city() -> dict[str, tuple[str, ...]]:
    cities: dict[str, list[str]] = {}
    for name in available_timezones():
        if "/" in name and not name.startswith(("Etc/", "SystemV/")):
            city = name.rsplit("/", 1)[1].replace("_", " ").casefold()
            cities.setdefault(city, []).append(name)
    return {city: tuple(sorted(names)) for city, names in cities.items()}


def _offset_zone(sign: str, hours: int, minutes: int) -> str | None:
    if minutes == 0:
        if hours == 0:
            return "UTC"
        if (sign == "+" and hours <= 14) or (sign == "-" and hours <= 12):
            return f"Etc/GMT{'-' if sign == '+' else '+'}{hours}"  # POSIX sign
        return None
    return _HALF_HOURS.get((hours if sign == "+" else -hours, minutes))


def resolve_zone(text: str) -> ZoneChoice:
    """The zone `text` names, or suggestions for a near miss."""
    raw = text.strip()
    if not raw or len(raw) > 64:
        return ZoneChoice(name=None)
    upper = raw.upper()
    if upper in ABBREVIATIONS:
        return ZoneChoice(name=ABBREVIATIONS[upper])
    if upper in AMBIGUOUS:
        return ZoneChoice(name=None, suggestions=AMBIGUOUS[upper])
    offset = _OFFSET.match(raw)
    if offset is not None:
        name = _offset_zone(offset.group(1), int(offset.group(2)), int(offset.group(3) or 0))
        return ZoneChoice(name=name)
    exact = _by_folded_name().get(raw.casefold())
    if exact is not None and zone(exact) is not None:
        return ZoneChoice(name=exact)
    folded = raw.replace("_", " ").casefold()
    cities = _by_city().get(folded, ())
    if len(cities) == 1:
        return ZoneChoice(name=cities[0])
    return ZoneChoice(name=None, suggestions=cities[:3] or _near(raw))


def _near(raw: str) -> tuple[str, ...]:
    """The closest zone names (or cities), only those about as close as the best."""
    folded = raw.casefold()
    names = _by_folded_name()
    cities = _by_city()
    scored = [(_ratio(folded, key), name) for key, name in names.items()]
    scored += [
        (_ratio(folded.replace("_", " "), city), name)
        for city, zones in cities.items()
        for name in zones
    ]
    best = max((score for score, _ in scored), default=0.0)
    if best < 0.75:
        return ()
    close = sorted((s, n) for s, n in scored if s >= best - 0.05)
    return tuple(dict.fromkeys(n for _, n in reversed(close)))[:3]


def _ratio(a: str, b: str) -> float:
    matcher = difflib.SequenceMatcher(None, a, b)
    return matcher.ratio() if matcher.real_quick_ratio() >= 0.75 else 0.0


def display_zone(name: str) -> str:
    """How a stored zone is shown: `Etc/GMT-9` reads `UTC+9`, others as they are."""
    fixed = _ETC.match(name)
    if fixed is None:
        return name
    return f"UTC{'+' if fixed.group(1) == '-' else '-'}{int(fixed.group(2))}"


def looks_like_zone(word: str) -> bool:
    """Whether a word in `schedule` args was meant as a zone (for the error to give)."""
    return (
        "/" in word
        or word.upper() in ABBREVIATIONS
        or word.upper() in AMBIGUOUS
        or _OFFSET.match(word) is not None
        or bool(word[:1].isupper())
        or bool(word.upper().startswith(("UTC", "GMT")))
    )
