"""A name alone in its script among the choices, shown by its other spelling.

Korean notes write some names in Hangul ('람다', '보안그룹', '가용영역') and their
siblings in English ('Elastic Beanstalk', 'NACL'). Offered as written, the one
name in Hangul among English names (or the one English name among Hangul ones)
is picked by its look, and the gate drops the question. When the deck's
glossary spells that name in the others' script, the choice is shown so:

- among English names, by the glossary's canonical name, written as the
  glossary writes it ('Lambda', 'Security Group'); a lower-case one ('security
  group' of the shipped term list) is capitalised when every other name is,
  and else left unused, as a lone lower-case name would stand out;
- among Hangul names, by a Hangul spelling that writes the English name out
  letter by letter ('리전' for 'Regions'), never a translation ('지역'), which
  may say more or less than the name.

The glossary is the deck's, set for the length of one bank build
(`spelling_names`); outside a build nothing changes.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar

from bot.quiz.scripts import unread_script
from bot.quiz.text import GlossaryLike, norm
from bot.quiz.translit import written_in_hangul

_GLOSSARY: ContextVar[GlossaryLike | None] = ContextVar("one_script_glossary", default=None)

_HANGUL = re.compile(r"[\uac00-\ud7a3]")
_PURE_HANGUL = re.compile(r"[\uac00-\ud7a3]+(?: [\uac00-\ud7a3]+){0,3}")
_PURE_LATIN = re.compile(r"[A-Za-z][A-Za-z0-9]*(?: [A-Za-z0-9][A-Za-z0-9]*){0,4}")
_ASIDE = re.compile(r"\s*\([^)]*\)")
# Words a title leaves in lower case.
_SMALL_WORDS = frozenset({"a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or",
                          "the", "to", "vs", "with"})
# A name short enough to be a name (statements are never respelled).
_MAX_NAME = 40


@contextmanager
def spelling_names(glossary: GlossaryLike) -> Iterator[None]:
    """Within the block, choices are evened by `glossary` (see module doc)."""
    token = _GLOSSARY.set(glossary)
    try:
        yield
    finally:
        _GLOSSARY.reset(token)


def _look(text: str) -> str:
    """'hangul', 'latin', 'both' (a name written in both, 'FIFO 대기열', goes with
    either) or 'other' (Chinese, Japanese, figures)."""
    hangul, latin = bool(_HANGUL.search(text)), bool(re.search(r"[A-Za-z]{2,}", text))
    if hangul and latin:
        return "both"
    if hangul:
        return "hangul"
    return "latin" if latin and not unread_script(text) else "other"


def _respelled(name: str, script: str, others: Sequence[str],
               glossary: GlossaryLike) -> str | None:
    bare = _ASIDE.sub("", name).strip()
    canonical = glossary.canonical(bare)
    if not canonical:
        return None
    if script == "latin":
        if not _PURE_LATIN.fullmatch(canonical):
            return None
        # (Its case as the others write theirs: a lower-case word stands out
        # among capitalised names, so a lower-case term is shown capitalised,
        # 'security group' as 'Security Group', only when all of them are.)
        latin = [o for o in others if _look(_ASIDE.sub("", o)) == "latin"]
        if canonical.islower() and latin and all(o[:1].isupper() for o in latin):
            return " ".join(w if w in _SMALL_WORDS else w[:1].upper() + w[1:]
                            for w in canonical.split())
        if canonical[:1].islower() and any(o[:1].isupper() for o in others):
            return None
        return canonical
    english = [w for w in (canonical, bare) if _PURE_LATIN.fullmatch(w)]
    if not english:
        return None
    spelled = sorted(
        (a for a in glossary.aliases(bare) if _PURE_HANGUL.fullmatch(a)
         and all(written_in_hangul(w, a) for w in english[0].split() if len(w) >= 3)
         and any(len(w) >= 3 for w in english[0].split())),
        key=lambda a: (len(a), a))
    return spelled[0] if spelled else None


def one_script(right: str, wrong: Sequence[str]) -> tuple[str, list[str]]:
    """The choices, the one written alone in its script among three or more of
    one other script shown in that script when the deck's glossary spells it
    so; else as they are."""
    glossary = _GLOSSARY.get()
    choices = [right, *wrong]
    if glossary is None or len(choices) < 3 or any(len(c) > _MAX_NAME for c in choices):
        return right, list(wrong)
    looks = [_look(_ASIDE.sub("", c)) for c in choices]
    plain = [look for look in looks if look != "both"]
    odd = [i for i, look in enumerate(looks) if look != "both" and plain.count(look) == 1]
    majority = {look for look in plain if plain.count(look) > 1}
    if len(odd) != 1 or len(majority) != 1 or len(set(plain)) != 2:
        return right, list(wrong)
    script = majority.pop()
    if script not in ("latin", "hangul"):
        return right, list(wrong)
    at = odd[0]
    others = [c for i, c in enumerate(choices) if i != at]
    shown = _respelled(choices[at], script, others, glossary)
    if shown is None or any(norm(shown) == norm(o) for o in others):
        return right, list(wrong)
    choices[at] = shown
    return choices[0], choices[1:]
