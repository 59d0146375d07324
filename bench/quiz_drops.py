"""Why topics get no question: for each topic of a deck that the bank leaves
unasked, what the reading found there (concepts and their sibling groups,
`term : definition` groups, single statements) and which check dropped the
candidates built on it, counted by reason.

`python -m bench.quiz_drops [--deck PATH] [--section TEXT] [--summary] [--blanks]`

`--statements`: why concepts get no 'true'/'not' question and 'A vs B'
comparisons no 'versus' one (bench.statement_drops).

`--blanks`: every line that names its own concept (a name blank candidate,
name_cloze.py) with the first check that drops it, and the totals by check.
`--figures`: instead, every line with a figure (a number with a unit) and every
`term : definition` line, and what became of it: its cloze or match questions
(a pair's, 'match (pair)', pair_matching.py), or the check that dropped each
(`figure_report`).

Nothing here runs when the bank is built: the mechanical gate is watched by
swapping `passes` for a recorder for the length of one build, and the name
questions' earlier checks are replayed stage by stage with the same helpers
bot.quiz.concepts uses (keep `_name_stage` in step with `concepts._name`).
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from bot.cli.quiz import _default_path, load
from bot.notes.model import Deck, Topic
from bot.quiz import build as build_module
from bot.quiz import concepts as c
from bot.quiz import name_cloze as nc
from bot.quiz.bank import _acronym_reader, build_bank
from bot.quiz.cloze import cloze_verdicts, read_figures
from bot.quiz.fields import echoed_fields
from bot.quiz.gloss import gives_away, reading_acronyms
from bot.quiz.known_wrong import load_known_wrong, without_known_wrong
from bot.quiz.matching import match_verdicts
from bot.quiz.material import (
    Concept,
    Material,
    Statement,
    is_remark,
    labelled,
    read_material,
    read_term,
    statement_rejection,
)
from bot.quiz.mending import mended
from bot.quiz.pair_matching import pair_match_verdicts
from bot.quiz.qualities import claims_hands_off, only_merits, states_a_problem
from bot.quiz.question import Question
from bot.quiz.reshape import reshaped
from bot.quiz.shared_terms import defines_shared_term
from bot.quiz.text import (
    leans_on_context,
    name_parts,
    pieces,
    refers_back,
    telling,
    without_asides,
)

TopicKey = tuple[str, str]
# concept key -> its statements lost as clues, by reason (filled by _name_stage).
CLUES_LOST: dict[str, Counter[str]] = {}


@contextmanager
def recording(found: Counter[tuple[TopicKey, str, str]],
              by_id: dict[str, str] | None = None) -> Iterator[None]:
    """Count every question the mechanical gate turns down, by topic, kind and
    the check that failed, while the block runs (and note each one's check in
    `by_id`, by question id)."""
    original = build_module.rejection

    def watched(question: Question) -> str | None:
        reason = original(question)
        if reason is not None:
            found[((question.section, question.topic), question.kind, reason)] += 1
            if by_id is not None:
                by_id[question.id] = reason
        return reason

    # (Every caller of the gate, bank.py's `passes` too, looks it up in build.)
    vars(build_module)["rejection"] = watched
    try:
        yield
    finally:
        vars(build_module)["rejection"] = original


def _name_stage(concept: Concept, group: Sequence[Concept], material: Material) -> str:
    """The first check of concepts._name that leaves `concept` without a name
    question ('asked' when one reaches the mechanical gate)."""
    if not concept.named:
        return "not a name (heading, aspect or label)"
    others = c._siblings(concept, group, material)
    # (Two of one kind and no third are asked as a pair.)
    if len(others) < 2 and not (others and c.paired(concept, others[0], group)):
        fair = c.fair_siblings(concept, group, material)
        return f"fewer than 2 fair siblings ({len(fair)} fair of {len(group) - 1})"
    full_name = c._full(concept, material)
    concept, others = c.crumb_fitted(concept, others, material)
    pair = len(others) == 1 and c.paired(concept, others[0], group)
    if len(others) < 2 and not pair:
        return "breadcrumb shows part of the name"
    full_others = [c._full(o, material) for o in others]
    if c.crumb_gives_away(concept, others, material):
        return "breadcrumb gives the name away"
    own = set(re.findall(r"[A-Z][A-Z0-9]{2,6}", concept.name))
    rivals = [o for o in group if o.key != concept.key
              and not own & set(re.findall(r"[A-Z][A-Z0-9]{2,6}", o.name))]
    spellings = sorted({concept.name, *name_parts(concept.name),
                        *material.spellings.get(concept.key, ())})
    others_pieces = [o.pieces for o in others]
    lost = CLUES_LOST.setdefault(concept.key, Counter())
    lost.clear()
    shown = []
    lines: dict[Statement, Statement] = {}
    for s in concept.statements:
        if c.defines_another(s.text, spellings):
            lost["defines another term"] += 1
            continue
        if defines_shared_term(s.text, spellings, [t for o in group if o.key != concept.key
                                                   for t in material.said_about.get(o.key, ())]):
            lost["defines a term a sibling uses"] += 1
            continue
        # (As concepts._name reads it: a text that translates the name is passed
        # over for the same line without its aside, if that one does not.)
        clue = c._clue(concept, s, others_pieces, spellings,
                       lambda text: gives_away(full_name, text, full_others)) \
            or c._clue(concept, s, others_pieces, spellings)
        if clue is None:
            lost["leaks the name or too long"] += 1
        elif gives_away(full_name, clue.text, full_others):
            lost["translates the name"] += 1
        elif c._names_another(clue.text):
            lost["a bare name"] += 1
        elif only_merits(clue.text) or claims_hands_off(clue.text):
            lost["says only merits"] += 1
        elif states_a_problem(clue.text):
            lost["states the problem it solves"] += 1
        elif c._names_a_rival(clue.text, rivals, material):
            lost["names a sibling"] += 1
        else:
            shown.append(clue)
            lines[clue] = s
    clues = [k for k in shown
             if 2 * sum(c._could_be(o, concept, [k], material, c.CLUE_OVERLAP) for o in others)
             < len(others)]
    lost["fits half the siblings"] += len(shown) - len(clues)
    why = ", ".join(f"{n} {r}" for r, n in lost.items() if n)
    if not clues:
        return f"no clue left of {len(concept.statements)} statements ({why})"
    if len(clues) == 1 and not (c._telling_alone(clues[0], concept, material)
                                or c._defines(clues[0], concept, material)
                                or c._defines_itself(lines[clues[0]], clues[0], concept,
                                                     material, spellings)):
        return f"one generic clue ({why or 'no other statement'})"
    for chunk in c._chunks(clues):
        fair = [o for o in others if not c._could_be(o, concept, chunk, material)]
        if len(fair) >= (1 if pair else 2):
            return "asked"
    return "the notes also describe the distractors so"


def blank_stage(concept: Concept, text: str, group: Sequence[Concept],
                material: Material) -> str | None:
    """The first check of name_cloze that drops `text` (a line of `concept`) as
    a name blank, 'asked' when it passes them all, or None when the line does
    not name its concept (no blank candidate). Keep in step with
    name_cloze.name_cloze_questions, _informative, _blanks and _question."""
    spellings = nc._spellings(concept, material)
    if not any(len(sp) >= 2 and sp.lower() in text.lower() for sp in spellings):
        return None
    if not concept.named:
        return "not a name (heading, aspect or label)"
    shown = without_asides(concept.name) or concept.name
    rest = nc.blanked(text, spellings, shown)
    if rest is None:
        return "name glued to a word, after an article or inside a longer name"
    said = nc.without_blank(rest).strip(" .,:;-")
    if len(rest) > nc.MAX_LINE:
        return "line too long"
    if len(said) < 8 or len(telling(said) - pieces(concept.crumb)) < nc.MIN_TELLING:
        return "too few telling words"
    if is_remark(rest) or labelled(rest) or leans_on_context(said) or refers_back(said) \
            or said.startswith(("(", ")")):
        return "remark, label or pointing back"
    others = c._siblings(concept, group, material)
    if len(others) < 2:
        return "fewer than 2 fair siblings"
    concept, others = c.crumb_fitted(concept, others, material)
    if len(others) < 2:
        return "breadcrumb shows part of the name"
    full_name = c._full(concept, material)
    said = nc.without_blank(rest)
    rivals = [o for o in group if o.key != concept.key]
    others = nc._unnamed_siblings(said, concept, others, rivals, material)
    if len(others) < 2:
        return "names a sibling (fewer than 2 others, or one sharing a word of the name)"
    full_others = [c._full(o, material) for o in others]
    if c._leaks(concept, said, [o.pieces for o in others]):
        return "leaks the name (another mention, a word of it)"
    if gives_away(full_name, said, full_others):
        return "translates the name"
    if echoed_fields(full_name, said, full_others):
        return "echoes the name's field"
    if nc._ACRONYM_WORD.search(said) and gives_away(concept.name, said,
                                                    [o.name for o in others]):
        return "an acronym translates the name"
    if not nc.own_word(said, concept, material):
        return "no word of this concept alone"
    clue = Statement(text=said, source=concept.statements[0].source)
    if 2 * sum(c._could_be(o, concept, [clue], material) for o in others) >= len(others):
        return "fits half the siblings"
    if c.nearest_distractors(concept, others, [clue], material) is None:
        return "no fair distractor set"
    gate: Counter[tuple[TopicKey, str, str]] = Counter()
    with recording(gate):
        found = nc._question(concept, concept.statements[0], rest, others, material)
    if found is None:
        return "gate: " + ", ".join(sorted({r for (_, _, r) in gate})) or "gate"
    return "asked"


def blank_report(deck_path: Path | None, summary: bool = False) -> list[str]:
    """Every line that names its own concept, with the check that drops it as a
    name blank, and the totals by check."""
    deck, glossary = load(deck_path)
    path = deck_path if deck_path is not None else _default_path()
    read = reshaped(without_known_wrong(deck, load_known_wrong(
        path if path.is_dir() else path.parent)))
    lines: list[str] = []
    totals: Counter[str] = Counter()
    with reading_acronyms(_acronym_reader(read, glossary)):
        material = read_material(read, glossary)
        for group in material.groups:
            for concept in group:
                for s in concept.statements:
                    stage = blank_stage(concept, s.text, group, material)
                    if stage is None:
                        continue
                    totals[stage] += 1
                    lines.append(f"[{stage}] {concept.name} :: {s.text}")
    out = [] if summary else sorted(lines)
    out.append("lines naming their concept, by the check that drops them as a blank:")
    out += [f"  {n:4d}  {reason}" for reason, n in totals.most_common()]
    return out


def _topics(deck: Deck) -> list[Topic]:
    return [t for s in deck.sections for t in s.topics]


def report(deck_path: Path | None, section: str = "", summary: bool = False) -> list[str]:
    deck, glossary = load(deck_path)
    path = deck_path if deck_path is not None else _default_path()
    known = load_known_wrong(path if path.is_dir() else path.parent)
    gate: Counter[tuple[TopicKey, str, str]] = Counter()
    with recording(gate):
        bank = build_bank(deck, glossary, known_wrong=known)
    asked = {(q.section, q.topic) for q in bank}
    # The material as the bank read it (the same reshaping, the same acronyms).
    read = reshaped(without_known_wrong(deck, known))
    with reading_acronyms(_acronym_reader(read, glossary)):
        material = read_material(read, glossary)
        stages: dict[TopicKey, list[tuple[str, str, str]]] = {}
        for group in material.groups:
            for concept in group:
                stages.setdefault((concept.section, concept.topic), []).append(
                    (concept.name, concept.key, _name_stage(concept, group, material)))
    terms = Counter((t.section, t.topic) for g in material.term_groups for t in g)
    leaves = Counter((leaf.section, leaf.topic) for leaf in material.leaves)
    lines: list[str] = []
    totals: Counter[str] = Counter()
    clues_lost: Counter[str] = Counter()
    unasked = 0
    for topic in _topics(read):
        key = (topic.section, topic.title)
        if key in asked or section not in topic.section:
            continue
        unasked += 1
        named = stages.get(key, [])
        lines.append(f"{topic.section} > {topic.title}  ({topic.source})")
        lines.append(f"  read: {len(named)} concepts, {terms[key]} terms, "
                     f"{leaves[key]} statements")
        for name, concept_key, stage in named:
            totals["name: " + re.sub(r" of \d+ statements| \(.*", "", stage)] += 1
            for reason, n in CLUES_LOST.get(concept_key, Counter()).items():
                clues_lost[reason] += n
            lines.append(f"  name '{name}': {stage}")
        for (where, kind, reason), n in sorted(gate.items()):
            if where == key:
                totals[f"{kind}: {reason}"] += n
                lines.append(f"  {kind} dropped at the gate, {reason}: {n}")
        if not named and not terms[key] and not leaves[key]:
            totals["nothing read"] += 1
    out = [] if summary else lines
    out.append(f"{unasked} topics without a question; reasons over them:")
    out += [f"  {n:4d}  {reason}" for reason, n in totals.most_common()]
    out.append("statements of their concepts lost as name clues:")
    out += [f"  {n:4d}  {reason}" for reason, n in clues_lost.most_common() if n]
    return out


# A number followed by a word the cloze reads no unit in ('3회', '2번', '10 Gbps'):
# a figure it cannot blank. (Not a list item's number, '1. AWS'.)
_ANY_FIGURE = re.compile(r"(?<![A-Za-z0-9.\-/:_])(\d[\d,.]*)\s?([A-Za-z]+|[가-힣]+|%)")
# 'Route 53', 'Windows 11': a number that is part of a name.
_NAMED_BEFORE = re.compile(r"[A-Za-z]\s$")
_TERMISH = re.compile(r"\S\s*:\s+\S|\*\*[^*]+\*\*\s*[-–—]\s")


def _fate(question: Question, bank_ids: dict[str, int], gate: dict[str, str]) -> str:
    # (Two lines alike, '최소 보관 기간 90일' under two classes, make one question:
    # the bank keeps the first line's.)
    if bank_ids.get(question.id) == question.source.line:
        return "asked"
    return f"dropped at the gate, {gate[question.id]}" if question.id in gate \
        else "dropped as a repeat"


def figure_report(deck_path: Path | None, section: str = "", summary: bool = False
                  ) -> list[str]:
    """Every line with a figure and every term line of the deck, with what
    became of it: 'cloze: asked', or the first check that turned each figure
    (or each way of asking a term) down, counted by reason at the end."""
    deck, glossary = load(deck_path)
    path = deck_path if deck_path is not None else _default_path()
    known = load_known_wrong(path if path.is_dir() else path.parent)
    gate: dict[str, str] = {}
    with recording(Counter(), gate):
        bank = build_bank(deck, glossary, known_wrong=known)
    bank_ids = {q.id: q.source.line for q in bank}
    # The deck and material as the bank read them.
    read = mended(reshaped(without_known_wrong(deck, known)), glossary)
    with reading_acronyms(_acronym_reader(read, glossary)):
        material = read_material(read, glossary)
        figures = cloze_verdicts(material, glossary)
        terms = match_verdicts(material, glossary) + pair_match_verdicts(material, glossary)
    by_line: dict[tuple[str, int, str], list[str]] = {}
    for v in figures:
        src = v.leaf.statement.source
        shown = v.figure.text
        why = _fate(v.result, bank_ids, gate) if isinstance(v.result, Question) else v.result
        by_line.setdefault((src.file, src.line, v.leaf.statement.text), []).append(
            f"cloze '{shown}': {why}")
    for t in terms:
        why = _fate(t.result, bank_ids, gate) if isinstance(t.result, Question) else t.result
        by_line.setdefault((t.entry.source.file, t.entry.source.line, t.entry.text), []).append(
            f"match ({t.way}) '{t.entry.term}': {why}")
    leaves = {(leaf.statement.source.file, leaf.statement.source.line)
              for leaf in material.leaves}
    listed = {(e.source.file, e.source.line)
              for g in (*material.term_groups, *material.term_pairs) for e in g}
    lines: list[str] = []
    totals: Counter[str] = Counter()
    for topic in read.topics():
        if section not in topic.section:
            continue
        for fact in topic.all_facts():
            where = (fact.source.file, fact.source.line)
            notes = [n for (f, ln, _), ns in by_line.items() if (f, ln) == where for n in ns]
            if where not in leaves and _has_figure(fact.text):
                notes.append(f"figure line not a statement: {statement_rejection(fact)}")
            if where in leaves:
                read_at = {f.start for f in read_figures(fact.text)}
                for m in _ANY_FIGURE.finditer(fact.text):
                    before = fact.text[: m.start()]
                    if m.start() in read_at or not _unit_like(m.group(2)) \
                            or _NAMED_BEFORE.search(before):
                        continue
                    # ('1~5분': the cloze never reads the end of a range.)
                    notes.append(f"cloze '{m.group(0)}': range" if re.search(r"[~\-–]\s*$", before)
                                 else f"no unit read in '{m.group(0)}'")
            if _TERMISH.search(fact.text) and where not in listed:
                term = read_term(fact)
                notes.append("term line: " + (term if isinstance(term, str)
                                              else "fewer than 3 terms in its list, no pair"))
            if not notes:
                continue
            lines.append(f"{fact.source.line}: {fact.text[:90]}")
            for note in notes:
                lines.append(f"    {note}")
                kind, _, why = note.partition(": ")
                totals[f"{kind.split(' ')[0]}: {why}" if kind.startswith(("cloze", "match"))
                       else note.split(" '")[0] if note.startswith("no unit") else note] += 1
    out = [] if summary else lines
    out.append("figures and term lines, by what became of them:")
    out += [f"  {n:4d}  {reason}" for reason, n in totals.most_common()]
    return out


def _has_figure(text: str) -> bool:
    return any(_unit_like(m.group(2)) for m in _ANY_FIGURE.finditer(text))


# Words after a number that are no unit: a name ('EC2' is no '2'), a list
# item, a particle.
_NOT_UNITS = re.compile(r"^(?:[A-Z].*|[.]|\w*[a-z]{4,}\w*)$")


def _unit_like(word: str) -> bool:
    return not _NOT_UNITS.match(word)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.quiz_drops")
    parser.add_argument("--deck", type=Path, help="notes file or folder (default deck)")
    parser.add_argument("--section", default="", help="only sections whose title has TEXT")
    parser.add_argument("--summary", action="store_true", help="the totals only")
    parser.add_argument("--blanks", action="store_true",
                        help="lines naming their concept and why each is no name blank")
    parser.add_argument("--figures", action="store_true",
                        help="figures and term lines: their cloze and match questions or why none")
    parser.add_argument("--statements", action="store_true",
                        help="why concepts get no true/not question and comparisons no versus")
    args = parser.parse_args(argv)
    if args.statements:
        # (Imported here: bench.statement_drops imports this module.s recorder.)
        from bench.statement_drops import statement_report
        for line in statement_report(args.deck, args.section, args.summary):
            print(line)
        return 0
    if args.blanks:
        for line in blank_report(args.deck, args.summary):
            print(line)
        return 0
    make_report = figure_report if args.figures else report
    for line in make_report(args.deck, args.section, args.summary):
        print(line)
    if args.summary:
        for line in blank_report(args.deck, summary=True):
            print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
