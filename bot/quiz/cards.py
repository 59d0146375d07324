"""Questions from the author's own cards: multiple choice when the notes hold
good distractors, a flashcard otherwise.

A card the author wrote is never dropped for failing a quality rule: the rules
only decide whether it can be asked as multiple choice (and graded by the bot)
or must be a flashcard (the member reveals the answer and grades themselves).
Distractors are other cards' answers from the same place in the notes (same
heading, then the heading above it, never the whole deck), of the same kind
(figures with figures, one script), of a similar length, and none of them may
stand in the stem or be given away by it.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import PurePath

from bot.notes.model import AuthorCard, Deck
from bot.quiz.build import make
from bot.quiz.concessions import wrong_option_works
from bot.quiz.file_titles import deck_texts, is_slug, readable_title
from bot.quiz.gloss import gives_away
from bot.quiz.naming import is_sequence_label, without_sequence_label
from bot.quiz.question import AUTHOR, Question, digest, question_id
from bot.quiz.text import GlossaryLike, leaked, norm, pieces, script_class

MAX_CHOICE_CHARS = 60  # longer answers read as explanations, not choices
MAX_CHOICE_WORDS = 8
MAX_CHOICES = 4
# Distractors come from the cards written near this one: a window, so that a
# file of thousands of cards under one heading costs linear time.
NEIGHBOURS = 10
_DIGIT = re.compile(r"\d")


def _place(card: AuthorCard, deck: Deck) -> tuple[str, str]:
    """(section, topic) for the breadcrumb: the two nearest headings that say
    something. A heading that only numbers an item ('No.3', 'Q12', '문제 3')
    is left out: over a series of questions ('## No.3' then '### No.4', '###
    No.5' …) it would show every later question under another one's number,
    and over the question's own lines it says nothing a reader needs."""
    heads = [without_sequence_label(head) for head in card.headings if not is_sequence_label(head)]
    name = deck.name or PurePath(card.source.file).stem
    # (No heading over the card: the notes' title, never a file's slug.)
    fallback = readable_title(name, deck_texts(deck)) if is_slug(name) else name
    if len(heads) >= 2:
        return heads[-2], heads[-1]
    if heads:
        return heads[0], heads[0]
    return fallback, fallback


def _choice_like(text: str) -> bool:
    """Short enough to be a choice: one line, a few words."""
    return (
        bool(text.strip())
        and "\n" not in text
        and len(text) <= MAX_CHOICE_CHARS
        and len(text.split()) <= MAX_CHOICE_WORDS
    )


@dataclass(frozen=True, slots=True)
class _Answer:
    """What the distractor rules need to know of a card's answer, read once."""

    text: str
    key: str
    script: str
    has_digit: bool
    choice_like: bool

    @classmethod
    def of(cls, card: AuthorCard) -> _Answer:
        return cls(
            text=card.back, key=norm(card.back), script=script_class(card.back),
            has_digit=bool(_DIGIT.search(card.back)), choice_like=_choice_like(card.back),
        )

    def same_kind(self, other: _Answer) -> bool:
        if self.has_digit != other.has_digit or self.script != other.script:
            return False
        shorter, longer = sorted((len(self.text), len(other.text)))
        return longer <= 2 * max(shorter, 3)


def _distractors(card: AuthorCard, answers: dict[int, _Answer],
                 pools: Sequence[Sequence[AuthorCard]]) -> list[str]:
    """Up to three other answers fit to stand beside this card's, closest in length
    first; the nearest pool is used up before the wider one."""
    mine = answers[id(card)]
    stem = norm(card.front)
    chosen: list[str] = []
    seen = {mine.key}
    for pool in pools:
        fits = []
        for other in pool:
            if other.source == card.source or other.kind != card.kind:
                continue  # the card itself, or its other direction
            theirs = answers[id(other)]
            key = theirs.key
            if key in seen or not theirs.choice_like or not mine.same_kind(theirs):
                continue
            if key in mine.key or mine.key in key or key in stem:
                continue
            fits.append(theirs.text)
            seen.add(key)
        fits.sort(key=lambda t: (abs(len(t) - len(card.back)), t))
        chosen.extend(fits[: MAX_CHOICES - 1 - len(chosen)])
        if len(chosen) >= MAX_CHOICES - 1:
            break
    return chosen


def _explanation(card: AuthorCard) -> str:
    return f"- {card.front} → {card.back} ({card.source})"


def _multiple_choice(card: AuthorCard, deck: Deck, answers: dict[int, _Answer],
                     pools: Sequence[Sequence[AuthorCard]]) -> Question | None:
    mine = answers[id(card)]
    if not mine.choice_like or mine.key in norm(card.front):
        return None
    wrong = _distractors(card, answers, pools)
    if len(wrong) < 2:
        return None
    if leaked(pieces(card.back), card.front, [pieces(w) for w in wrong]):
        return None
    if gives_away(card.back, card.front, wrong):  # a translation or transliteration
        return None
    section, topic = _place(card, deck)
    context = f"{section} > {topic}" if section != topic else section
    return make(
        "card", sources=(card.front, card.back), section=section, topic=topic,
        concept=f"card:{digest(card.front, card.back)}", context=context, body=card.front,
        correct=card.back, wrong=wrong, explanation=_explanation(card), source=card.source,
    )


# An explanation is prose of substance: this many words (two Chinese or
# Japanese characters making one), or two sentences of a few words each.
# Under a title that says it explains ('해설', 'Explanation', 'Why …') a few
# words of its own do.
MIN_EXPLAINED_WORDS = 15
MIN_SENTENCE_WORDS = 3
MIN_TITLED_WORDS = 3
_HAN_KANA = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]+")
# A sentence ends at . ! ? after a word (not 'e.g.'), or at 。！？ or a line end.
_SENTENCE_END = re.compile(r"(?<=[^\s.]{2}[.!?])\s+|(?<=[。！？])\s*|\n+")
# What only names the answer: a key ('C', '(b)', '3번'), an answer label.
_KEY_WORD = re.compile(
    r"^(?:\(?[A-Fa-f1-9]\)?[.):]?|[①-⑨]|\d번|정답\w*|answers?|ans|correct|正解|答え)[:：.]?$",
    re.IGNORECASE,
)


def _words(text: str) -> float:
    """Words of a text, a run of Chinese or Japanese characters counting one per
    two characters (they are written without spaces); keys and answer labels
    are no words of an explanation."""
    count = 0.0
    for token in text.split():
        if _KEY_WORD.match(token) or not re.search(r"\w", token):
            continue
        han = "".join(_HAN_KANA.findall(token))
        count += max(1.0, len(han) / 2) if han else 1.0
    return count


def explained(note: str, answer: str, *, titled: bool) -> bool:
    """The author says why the key is right: an explanation under its own
    title, or prose of substance ('Answer B : same region is free' or 'NAT
    gateway FT + scalable' after an exam-dump key is an aside, not a reason
    one can check the key by). The answer's own words, repeated, are no
    explanation."""
    said = re.sub(re.escape(answer), " ", note, flags=re.IGNORECASE) if answer.strip() else note
    words = _words(said)
    if titled:
        return words >= MIN_TITLED_WORDS
    if words >= MIN_EXPLAINED_WORDS:
        return True
    sentences = [s for s in _SENTENCE_END.split(said) if _words(s) >= MIN_SENTENCE_WORDS]
    return len(sentences) >= 2


def _practice(card: AuthorCard, deck: Deck) -> Question | None:
    """A practice question asked with the author's own options; the answer is
    the author's, and asked only when the notes explain it: a bare key is
    often an exam dump's, disputed or wrong, and the bot grades by it."""
    if not explained(card.note, card.back, titled=card.note_titled):
        return None
    if wrong_option_works(card.front, card.others):
        return None  # the author's own notes say a wrong option works too
    wrong = [c for c in card.choices if c != card.back]
    if len(wrong) != len(card.choices) - 1 or len(card.choices) > MAX_CHOICES:
        return None
    section, topic = _place(card, deck)
    context = f"{section} > {topic}" if section != topic else section
    return make(
        AUTHOR, sources=(card.front, *card.choices), section=section, topic=topic,
        concept=f"card:{digest(card.front, card.back)}", context=context, body=card.front,
        correct=card.back, wrong=wrong,
        explanation="\n".join(filter(None, (f"- {card.back}", card.note))),
        source=card.source,
    )


def _flashcard(card: AuthorCard, deck: Deck) -> Question:
    section, topic = _place(card, deck)
    context = f"{section} > {topic}" if section != topic else section
    qid = question_id("flashcard", (card.front, card.back))
    # The answer is the passage: shown once as the answer, not again as explanation.
    explanation = ""
    return Question(
        id=qid, kind="flashcard", section=section, topic=topic,
        concept=f"card:{digest(card.front, card.back)}", prompt=f"{context}\n{card.front}",
        choices=(), answer=-1, explanation=explanation, source=card.source,
        source_hash=digest(card.front, card.back), context=context,
        back=card.back,
    )


def _near(pool: Sequence[AuthorCard], index: int) -> Sequence[AuthorCard]:
    return pool[max(0, index - NEIGHBOURS) : index + NEIGHBOURS + 1]


def card_questions(deck: Deck, glossary: GlossaryLike) -> list[Question]:
    """One question per author card, in document order."""
    by_heading: dict[tuple[str, ...], list[AuthorCard]] = defaultdict(list)
    by_parent: dict[tuple[str, ...], list[AuthorCard]] = defaultdict(list)
    places: list[tuple[int, int]] = []
    for card in deck.cards:
        places.append((len(by_heading[card.headings]), len(by_parent[card.headings[:-1]])))
        by_heading[card.headings].append(card)
        by_parent[card.headings[:-1]].append(card)
    answers = {id(card): _Answer.of(card) for card in deck.cards}
    out: list[Question] = []
    for card, (at_heading, at_parent) in zip(deck.cards, places, strict=True):
        pools = (
            _near(by_heading[card.headings], at_heading),
            _near(by_parent[card.headings[:-1]], at_parent),
        )
        if card.choices:
            # The author's options or none: other cards' answers are no
            # options of a question that already has its own.
            practice = _practice(card, deck)
            if practice is not None:
                out.append(practice)
            continue
        if not _place(card, deck)[0]:
            continue  # nothing to show it under but a file's slug: not asked
        question = _multiple_choice(card, deck, answers, pools)
        out.append(question if question is not None else _flashcard(card, deck))
    return out
