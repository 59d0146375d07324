"""Korean and English for the parts of Discord the adapter owns.

Command names, descriptions, option names and choice names are declared in
English (the default Discord shows) and translated at sync time by
`StudyTranslator`; Discord then shows each member the names in their client's
language. Replies are the core's business (it answers in the group's
language); the adapter's own words (button labels, the short errors it shows
when something fails before the core could answer) are in the core's catalogue
under `discord.*`, with the command translations.
"""

from __future__ import annotations

from discord import Locale
from discord.app_commands import TranslationContextTypes, Translator, locale_str

from bot.core.messages import t
from bot.core.messages_adapters import DISCORD_COMMANDS_KO

# English message (as declared on the command) -> Korean; kept in the catalogue.
KOREAN: dict[str, str] = DISCORD_COMMANDS_KO


class StudyTranslator(Translator):
    """Korean from `KOREAN`, English as declared; other locales fall back to the
    default names (Discord shows the default when a locale has no entry)."""

    async def translate(
        self, string: locale_str, locale: Locale, context: TranslationContextTypes
    ) -> str | None:
        if locale is Locale.korean:
            return KOREAN.get(string.message)
        if locale is Locale.american_english:
            return string.message
        return None


def language_of_locale(locale: Locale | str | None) -> str:
    """'ko' for a Korean Discord client, 'en' for everything else."""
    value = locale.value if isinstance(locale, Locale) else (locale or "")
    return "ko" if value.startswith("ko") else "en"


def text(key: str, language: str, **values: object) -> str:
    """The adapter's own words (catalogue keys `discord.*`)."""
    return t(language, f"discord.{key}", **values)


def has_hangul(value: str) -> bool:
    return any("\uac00" <= ch <= "\ud7a3" for ch in value)
