"""A right choice written alone in two languages, shown in one.

Notes head a topic with its name and the name's own English spelling side by
side ('페이지 폴트 Page Fault', 'スレッド Thread'). Offered as written among
choices each named once ('페이지 교체', 'victim page'), the right one alone
carries two names and is picked by its look. When the English only spells the
other half (the gloss and transliteration readers say every English word of it
in the Korean or katakana), it is one name written twice: the question shows
one of the two, the one in the script the other choices are written in, or
the notes' own (non-Latin) half when they are mixed. A wrong choice so
written is shown in one form too: the choices read as one kind.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.quiz.gloss import english_words, shown_senses
from bot.quiz.translit import written_in_katakana

_NATIVE = r"[\uac00-\ud7a3\u30a1-\u30fa\u30fc\u3400-\u4dbf\u4e00-\u9fff]+"
_LATIN = r"[A-Za-z][A-Za-z0-9'’-]*"
# 'native words  English Words' or 'English Words  native words', nothing else.
_NATIVE_FIRST = re.compile(
    rf"^(?P<native>{_NATIVE}(?:\s{_NATIVE}){{0,3}})\s+(?P<latin>{_LATIN}(?:\s{_LATIN}){{0,4}})$")
_LATIN_FIRST = re.compile(
    rf"^(?P<latin>{_LATIN}(?:\s{_LATIN}){{0,4}})\s+(?P<native>{_NATIVE}(?:\s{_NATIVE}){{0,3}})$")
_HAS_NATIVE = re.compile(_NATIVE)
_HAS_LATIN = re.compile(r"[A-Za-z]")


def _halves(choice: str) -> tuple[str, str] | None:
    """(native, English) of a choice that is one name written twice."""
    text = " ".join(choice.split())
    match = _NATIVE_FIRST.match(text) or _LATIN_FIRST.match(text)
    if match is None:
        return None
    native, latin = match.group("native"), match.group("latin")
    words = english_words(latin)
    if not words:
        return None
    if words <= shown_senses(latin, native) \
            or all(written_in_katakana(w, native) for w in latin.split()):
        return native, latin
    return None


def one_form(choice: str, others: Sequence[str]) -> str:
    """The choice as shown: one of its two names when it is written in two
    languages and the other choices are not all so (see module doc), else as
    written."""
    halves = _halves(choice)
    if halves is None or not others or all(_halves(o) is not None for o in others):
        return choice
    native, latin = halves
    single = [o for o in others if _halves(o) is None]
    if all(_HAS_LATIN.search(o) and not _HAS_NATIVE.search(o) for o in single):
        return latin
    return native


def one_forms(right: str, wrong: Sequence[str]) -> tuple[str, list[str]]:
    """Every choice written twice among choices written once, in one form."""
    choices = [right, *wrong]
    shown = [one_form(c, choices[:i] + choices[i + 1:]) for i, c in enumerate(choices)]
    return shown[0], shown[1:]
