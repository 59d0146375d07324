"""The one message catalogue (issue 17): both languages complete, Korean
messages free of English words that are not names, English ones free of Hangul.

Korean messages may name things: AWS services and terms that the notes
themselves use (collected from content/), platforms and standards listed in
NAMES below, and anything in `code` (commands and values typed as written).
English messages carry Hangul only through values: notes text quoted into a
{placeholder}, never in the template itself.
"""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest
from leak_scan import HANGUL, foreign_words_in_korean, hangul_in_english

from bot.core.messages import LANGUAGES, catalogue
from bot.core.messages_adapters import DISCORD_COMMANDS_KO


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_both_languages_have_every_message_with_the_same_placeholders() -> None:
    ko, en = catalogue("ko"), catalogue("en")
    assert sorted(ko) == sorted(en)
    for key in ko:
        assert _fields(ko[key]) == _fields(en[key]), key
    assert set(LANGUAGES) == {"ko", "en"}


@pytest.mark.parametrize("key", sorted(catalogue("ko")))
def test_korean_message_has_no_english_words(key: str) -> None:
    assert foreign_words_in_korean(catalogue("ko")[key]) == []


@pytest.mark.parametrize("key", sorted(catalogue("en")))
def test_english_message_has_no_hangul(key: str) -> None:
    assert hangul_in_english(catalogue("en")[key]) == []


def test_discord_command_names_in_korean_have_no_english_words() -> None:
    # Discord shows descriptions as plain text: 'quotes' stand for `code` there.
    leaks = {
        k: foreign_words_in_korean(re.sub(r"'[^']*'", " ", v))
        for k, v in DISCORD_COMMANDS_KO.items()
    }
    assert {k: v for k, v in leaks.items() if v} == {}


def test_the_scanner_finds_the_leaks_issue_17_reported() -> None:
    only_you = ["only", "you", "can", "see", "this"]
    assert foreign_words_in_korean("(only you can see this)") == only_you
    assert foreign_words_in_korean("-> answer with /answer 1-4") == ["answer", "with", "answer"]
    assert foreign_words_in_korean("`lookup NAT` 람다와 Lambda, S3 버킷") == []
    assert hangul_in_english("'{text}'은(는) {owner}에 대한 설명입니다") != []
    assert hangul_in_english("Answer: **{answer}** ({where})") == []


def test_no_adapter_keeps_its_own_strings() -> None:
    """Adapters speak from the catalogue: no Hangul literal left in bot/adapters."""
    adapters = Path(__file__).resolve().parents[2] / "bot" / "adapters"
    found = [
        f"{path.name}:{n}"
        for path in adapters.rglob("*.py")
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if HANGUL.search(line.split("#")[0])
    ]
    assert found == []
