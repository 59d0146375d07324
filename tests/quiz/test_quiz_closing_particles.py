"""Closing particles taken off by lookup (closing_particles.py) exactly as the
patterns `(?:…)$` they stand for took them off: the longest ending a word
closes on, the whole word when it is one, nothing when it closes on none."""

from __future__ import annotations

import itertools
import re

import pytest

from bot.quiz import fields, gloss, text, translit
from bot.quiz.closing_particles import ClosingParticles

_CASE = "으로|에서|에게|까지|부터|하는|하여|해서|된|한|을|를|은|는|이|가|의|에|로|와|과|도"
# (The patterns the lookups replaced, as they were written.)
PATTERNS = [
    (text._PARTICLES, r"(?:에서|으로|에게|까지|부터|보다|[은는을를의에가와과도])$"),
    (fields._PARTICLE, r"(?:으로|에서|에게|까지|부터|하는|하여|해서|하고|하게|된|한|할|함|을|를|은"
                       r"|는|이|가|의|에|로|와|과|도)$"),
    (translit._ENDING, rf"(?:{_CASE})$"),
    (gloss._PARTICLE, rf"(?:들(?:{_CASE})?|{_CASE}|마다|만)$"),
]
# Syllables of the endings and of a few words: every word of up to four of them.
SYLLABLES = "큐데에서으로게까지부터보다은는을를의가와과도하여해고된한할함이들마만"


@pytest.mark.parametrize(("particles", "pattern"), PATTERNS)
def test_the_same_word_is_left(particles: ClosingParticles, pattern: str) -> None:
    compiled = re.compile(pattern)
    for length in range(5):
        for letters in itertools.product(SYLLABLES, repeat=min(length, 3)):
            word = "큐" * (length - 3 if length > 3 else 0) + "".join(letters)
            assert particles.without(word) == compiled.sub("", word), word


def test_the_longest_ending_is_taken() -> None:
    particles = ClosingParticles(["이", "들이"])
    assert particles.without("큐들이") == "큐"
    assert particles.without("큐이") == "큐"
    assert particles.without("이") == ""
    assert particles.without("큐") == "큐"
    with pytest.raises(ValueError):
        ClosingParticles([""])
