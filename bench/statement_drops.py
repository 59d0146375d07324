"""Why the statement kinds ask so little: for each named concept, the first
check that leaves it without a 'true' question ('Which is true of X?') and
without a 'not' question built on a sibling product's definition, replayed
with the same helpers bot.quiz.truths uses (keep `_statement_stage` in step
with `truths._true`, `_true_of` and `_not_defined`); and for each comparison
the notes make ('A vs B'), how many lines each side keeps (versus.py asks a
side only beside two lines or more of the other).

`python -m bench.quiz_drops --statements [--deck PATH] [--section TEXT] [--summary]`

Nothing here runs when the bank is built.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from bench.quiz_drops import recording
from bot.cli.quiz import _default_path, load
from bot.quiz import truths as t
from bot.quiz.bank import _acronym_reader, build_bank
from bot.quiz.concepts import fair_siblings
from bot.quiz.definitions import is_definition
from bot.quiz.gloss import gives_away, reading_acronyms, shown_senses
from bot.quiz.known_wrong import load_known_wrong, without_known_wrong
from bot.quiz.material import Concept, Material, join_crumb, read_material
from bot.quiz.mending import mended
from bot.quiz.negation import _VERSUS, _is_subject, _predicate, _speaks_of
from bot.quiz.pair_titles import vs_names
from bot.quiz.reshape import reshaped
from bot.quiz.versus import _sides


def _statement_stage(concept: Concept, group: Sequence[Concept], material: Material) -> str:
    """The first check of truths._true that the concept fails, or 'reaches
    the options' when wrong options were found (then `_true_of` and
    `_not_defined`, with the gate, decide)."""
    if _is_subject(concept, concept.crumb) or _VERSUS.search(concept.name):
        return "a heading about the concept alone (its siblings are aspects)"
    # (Each line read as truths reads it: 'X는 …' without its own subject.)
    statements = [_predicate(s, concept, material) for s in concept.statements]
    if not any(t._usable(s) for s in statements):
        return "no line usable as an option (length, label, list item, arrow)"
    siblings = [o for o in fair_siblings(concept, group, material)
                if not _speaks_of(material, concept, o) and not _speaks_of(material, o, concept)]
    cousins = t._cousins(concept, group, material) if concept.crumb == concept.section else []
    if len(siblings) + len(cousins) < 2:
        return "fewer than 2 fair siblings"
    everyone = [*group, *cousins]
    pool = t._wrong_options(concept, siblings, material, everyone) + [
        (s, o) for s, o in t._wrong_options(concept, cousins, material, everyone)
        if is_definition(s.text)]
    if not pool:
        return ("no sibling line surely false of it (neither a product definition "
                "nor a line its notes contradict)")
    own = [s for s in statements if t._usable(s)]
    defined = [s for s in own if is_definition(s.text)]
    facts = [s for s in own if not is_definition(s.text)]
    kin = t._kin(concept, pool, material)
    fits = [t._like(s.text, [(w, o) for w, o in pool
                             if is_definition(w.text) == is_definition(s.text)], kin)
            for s in own]
    if all(len(f) < 2 for f in fits):
        return (f"fewer than 2 wrong options of like form and length "
                f"({len(defined)} definitions, {len(facts)} facts of its own)")
    full_name = f"{concept.name} {material.spelled_out.get(concept.key, '')}".strip()
    if all(gives_away(s.text, concept.about, [w.text for w, _ in f[:3]])
           or shown_senses(full_name, s.text) for s, f in zip(own, fits, strict=True)
           if len(f) >= 2):
        return "every right option translates the name"
    return "reaches the options"


def _fate(concept: Concept, asked: Counter[tuple[str, str]],
          turned_down: Counter[tuple[tuple[str, str], str, str]], stage: str) -> str:
    """The questions the bank kept on the concept; else its stage, and for a
    concept whose wrong options were found, the gate's reasons on its topic,
    or 'none made' (the options' form, kin or length left no question)."""
    kept = [f"{kind} {asked[(concept.key, kind)]}" for kind in ("true", "not")
            if asked[(concept.key, kind)]]
    if kept:
        return "asked (" + ", ".join(kept) + ")"
    if stage != "reaches the options":
        return stage
    gated = sorted({f"{kind}: {why}" for (where, kind, why) in turned_down
                    if where == (concept.section, concept.topic)})
    return ("reaches the options, dropped at the gate (" + "; ".join(gated) + ")" if gated
            else "reaches the options, none made (form, kin or length of the options)")


def statement_report(deck_path: Path | None, section: str = "", summary: bool = False
                     ) -> list[str]:
    deck, glossary = load(deck_path)
    path = deck_path if deck_path is not None else _default_path()
    known = load_known_wrong(path if path.is_dir() else path.parent)
    gate: Counter[tuple[tuple[str, str], str, str]] = Counter()
    with recording(gate):
        bank = build_bank(deck, glossary, known_wrong=known)
    asked = Counter((q.concept, q.kind) for q in bank if q.kind in ("true", "not"))
    turned_down = Counter((where, kind, why) for (where, kind, why), n in gate.items()
                          if kind in ("true", "not") for _ in range(n))
    read = mended(reshaped(without_known_wrong(deck, known)), glossary)
    lines: list[str] = []
    totals: Counter[str] = Counter()
    with reading_acronyms(_acronym_reader(read, glossary)):
        material = read_material(read, glossary)
        for group in material.groups:
            for concept in group:
                if not concept.named or section not in concept.section:
                    continue
                # (Asked first: a 'not' question on a contradicted line, negation.py,
                # needs none of the stages.)
                stage = _fate(concept, asked, turned_down,
                              _statement_stage(concept, group, material))
                totals["true/not: " + stage.split(" (")[0].split(",")[0]] += 1
                lines.append(f"{concept.crumb} :: {concept.name}: {stage}")
    for topic in read.topics():
        if section not in topic.section:
            continue
        crumb = join_crumb(topic.section, topic.title)
        comparisons = [(topic.title, topic.facts)] + [
            (f.text, f.children) for f in topic.all_facts()]
        for title, facts in comparisons:
            if len(vs_names(title)) != 2:
                continue
            sides = _sides(title, facts)
            counts = [0, 0] if sides is None else [len(lines_) for _, lines_ in sides]
            verdict = ("both sides askable" if min(counts) >= 2
                       else "one side askable" if max(counts) >= 2 and min(counts) >= 1
                       else "no side askable")
            totals[f"versus: {verdict}"] += 1
            lines.append(f"{crumb} :: '{title[:60]}': side lines {counts}, {verdict}")
    out = [] if summary else lines
    out.append("statement kinds (true/not by concept, versus by comparison), by stage:")
    out += [f"  {n:4d}  {reason}" for reason, n in totals.most_common()]
    return out
