"""The generator's own words, in the language the notes are written in."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

_HANGUL = re.compile(r"[\uac00-\ud7a3]")
_LATIN = re.compile(r"[A-Za-z]")


@dataclass(frozen=True, kw_only=True, slots=True)
class Phrases:
    language: str
    which_is_described: str
    not_true: str  # {name}
    true_of: str  # {name}
    describes_term: str  # {term}
    fill_blank: str
    answer: str  # {answer} {where}
    false_is_about: str  # {text} {owner} {ref}
    versus: str  # {one} {other}

    def particles(self) -> bool:
        return self.language == "ko"


KO = Phrases(
    language="ko",
    which_is_described="다음 설명에 해당하는 것은?",
    not_true="다음 중 {name}에 대한 설명으로 옳지 않은 것은?",
    true_of="다음 중 {name}에 대한 설명으로 옳은 것은?",
    describes_term="다음 중 '{term}'에 대한 설명으로 옳은 것은?",
    fill_blank="빈칸에 들어갈 알맞은 값은?",
    answer="정답: {answer} ({where})",
    false_is_about="'{text}'은(는) {owner}에 대한 설명입니다 ({ref}).",
    # No subject particle after a name: '이(가)' reads as a template, and which
    # of the two a Latin name takes depends on how it is read aloud.
    versus="{one}에만 해당하고 {other}에는 해당하지 않는 설명은?",
)
EN = Phrases(
    language="en",
    which_is_described="Which one does this describe?",
    not_true="Which statement about {name} is NOT true?",
    true_of="Which statement about {name} is true?",
    describes_term="Which statement describes '{term}'?",
    fill_blank="Which value fills the blank?",
    answer="Answer: {answer} ({where})",
    false_is_about="'{text}' is said of {owner} ({ref}).",
    versus="Which of these is true of {one}, not of {other}?",
)


def phrases_for(texts: Iterable[str]) -> Phrases:
    """Korean when the notes are mostly Hangul, English otherwise."""
    hangul = latin = 0
    for text in texts:
        hangul += len(_HANGUL.findall(text))
        latin += len(_LATIN.findall(text))
    # Korean notes are full of English service names: a third Hangul is Korean.
    return KO if hangul * 2 >= latin else EN
