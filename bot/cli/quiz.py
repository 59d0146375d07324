"""`studybot quiz`: the questions the notes yield (bank, sample), as JSON lines for
tools or a readable rendering for people."""

from __future__ import annotations

import json
import time
from collections.abc import Sequence
from pathlib import Path

import click

from bot.config import load_settings
from bot.notes.errors import NotesError
from bot.notes.glossary import Glossary, load_glossary
from bot.notes.loader import GLOSSARY_NAME, load_deck
from bot.notes.model import Deck
from bot.quiz.bank import build_bank, names_rivals, sample
from bot.quiz.coverage import coverage, coverage_lines
from bot.quiz.grading import letter
from bot.quiz.known_wrong import load_known_wrong
from bot.quiz.question import Question
from bot.quiz.typos import load_typos

_DECK_HELP = "Notes file or folder (default: the default deck, see `studybot deck list`)."


def questions_of(deck_path: Path | None) -> tuple[Deck, tuple[Question, ...]]:
    """The deck and its bank, without the lines known-wrong.txt lists and with the
    words typos.txt lists fixed (its malformed lines told on stderr)."""
    deck, glossary = load(deck_path)
    path = deck_path if deck_path is not None else _default_path()
    folder = path if path.is_dir() else path.parent
    typos = load_typos(folder)
    for warning in typos.warnings:
        click.echo(f"warning: {warning}", err=True)
    return deck, build_bank(deck, glossary, known_wrong=load_known_wrong(folder),
                            typos=typos.fixes)


def load(deck_path: Path | None) -> tuple[Deck, Glossary]:
    """The deck and its glossary (glossary.yaml in the content folder or next to --deck)."""
    path = deck_path if deck_path is not None else _default_path()
    folder = path if path.is_dir() else path.parent
    try:
        glossary = load_glossary(folder / GLOSSARY_NAME)
        return load_deck(path, glossary=glossary), glossary
    except NotesError as exc:
        raise click.ClickException(str(exc)) from None


def _default_path() -> Path:
    from bot.decks.library import default_deck_path

    try:
        return default_deck_path()
    except NotesError as exc:
        raise click.ClickException(str(exc)) from None


def render(question: Question) -> str:
    """A question as a person reads it: breadcrumb, stem, lettered choices, answer, source."""
    lines = [f"[{question.kind}] {question.id}", question.prompt]
    if question.is_flashcard:
        lines.append(f"  answer: {question.back}")
        lines.append(f"source: {question.source}")
        return "\n".join(lines)
    for i, choice in enumerate(question.choices):
        mark = "  <- answer" if i == question.answer else ""
        lines.append(f"  {letter(i)}. {choice}{mark}")
    lines.append(f"answer: {letter(question.answer)}  source: {question.source}")
    return "\n".join(lines)


def emit(questions: Sequence[Question], as_json: bool, what: str, cards: int = 0,
         rivals: bool = False, unanswered: int = 0) -> None:
    """The questions, or why there are none: `cards` flashcards left out (not
    asked for) are named, so a file of question-and-answer headings is not
    taken for one that yields nothing; notes that write things side by side
    (`rivals`) lost their candidates to the precision checks, not for want of
    material; an exam whose `unanswered` questions mark no right option is
    told so (its questions are there, their answers are not)."""
    if not questions:
        message = f"no questions: {what} yields none (it needs sibling topics, " \
                  "`term : definition` bullets or figures with units)"
        if rivals:
            message = f"no questions: {what} yields none: it writes things side by side, " \
                      "but every candidate failed a precision check (a question in doubt " \
                      "is dropped, not posted)"
        if unanswered:
            message = f"no questions: {what} yields none: its {unanswered} multiple-choice " \
                      f"question{'s' if unanswered != 1 else ''} mark no right option (no " \
                      "answer is written, so none can be checked), and nothing else in it " \
                      "passed as a question"
        if cards:
            message = f"no multiple-choice questions: {what} yields {cards} " \
                      f"flashcard{'s' if cards != 1 else ''} (`--flashcards`)"
        if as_json:
            click.echo(message, err=True)
            return
        raise click.ClickException(message)
    for question in questions:
        if as_json:
            click.echo(json.dumps(question.to_json(), ensure_ascii=False))
        else:
            click.echo(render(question) + "\n")


@click.group()
def quiz() -> None:
    """Questions generated from the notes."""


_FLASHCARDS_HELP = (
    "Also list flashcards (author cards asked without choices; JSON: empty `choices`, "
    "`answer` -1, the answer in `back`)."
)


def graded(questions: Sequence[Question], flashcards: bool) -> tuple[Question, ...]:
    """The multiple-choice questions (the JSON contract: `answer` indexes `choices`),
    with the flashcards too when asked for."""
    return tuple(q for q in questions if flashcards or not q.is_flashcard)


def _cards(questions: Sequence[Question]) -> int:
    return sum(1 for q in questions if q.is_flashcard)


@quiz.command()
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
@click.option("--deck", "deck_path", type=click.Path(path_type=Path), default=None,
              help=_DECK_HELP)
@click.option("--flashcards", is_flag=True, help=_FLASHCARDS_HELP)
def bank(as_json: bool, deck_path: Path | None, flashcards: bool) -> None:
    """Every question the deck yields, in a stable order."""
    started = time.perf_counter()
    deck, everything = questions_of(deck_path)
    questions = graded(everything, flashcards)
    emit(questions, as_json, deck.name or "the deck", _cards(everything),
         rivals=not everything and names_rivals(deck), unanswered=len(deck.unanswered))
    if not as_json and questions:
        took = time.perf_counter() - started
        click.echo(f"{len(questions)} questions in {took:.2f} s", err=True)


@quiz.command("coverage")
@click.option("--deck", "deck_path", type=click.Path(path_type=Path), default=None,
              help=_DECK_HELP)
def coverage_command(deck_path: Path | None) -> None:
    """Per section: topics asked about, and how many questions."""
    deck, questions = questions_of(deck_path)
    for line in coverage_lines(coverage(deck, graded(questions, False))):
        click.echo(line)


@quiz.command("sample")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
@click.option("--n", "n", type=click.IntRange(min=1), default=10, show_default=True)
@click.option("--seed", "seed", type=int, default=0, show_default=True)
@click.option("--deck", "deck_path", type=click.Path(path_type=Path), default=None,
              help=_DECK_HELP)
@click.option("--flashcards", is_flag=True, help=_FLASHCARDS_HELP)
def sample_command(as_json: bool, n: int, seed: int, deck_path: Path | None,
                   flashcards: bool) -> None:
    """N questions from the bank, the same N for the same seed."""
    deck, everything = questions_of(deck_path)
    questions = graded(everything, flashcards)
    emit(sample(questions, n, seed), as_json, deck.name or "the deck", _cards(everything),
         rivals=not everything and names_rivals(deck), unanswered=len(deck.unanswered))


@quiz.command("flagged")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
@click.option("--deck", "deck_path", type=click.Path(path_type=Path), default=None,
              help=_DECK_HELP)
@click.option("--database", "database", type=click.Path(path_type=Path), default=None,
              help="SQLite file (default: STUDYBOT_DATABASE or data/studybot.db).")
def flagged(as_json: bool, deck_path: Path | None, database: Path | None) -> None:
    """Questions retired from the daily rotation (reported, a wrong choice winning,
    notes changed), with answer counts and where they come from in the notes."""
    from bot.cli.flagged import flagged_rows, render_flagged

    path = database if database is not None else load_settings().store_target
    if isinstance(path, Path) and not path.is_file():
        raise click.ClickException(
            f"no database at {path}: the bot has not run there yet (or set STUDYBOT_DATABASE)"
        )
    try:
        bank = {q.id: q for q in questions_of(deck_path)[1]}
    except click.ClickException as exc:  # still list what the database knows
        click.echo(f"warning: notes not loaded ({exc.message}); showing ids only", err=True)
        bank = {}
    rows = flagged_rows(path, bank)
    if not rows:
        click.echo(f"no flagged questions in {path}", err=as_json)
        return
    for row in rows:
        click.echo(json.dumps(row, ensure_ascii=False) if as_json else render_flagged(row) + "\n")
