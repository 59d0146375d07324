"""The glossary: every spelling of a name the notes use (Korean, English, typos).

content/glossary.yaml maps a canonical name to its other spellings, and may add
search-only keywords:

    Lambda: [람다, 람다 함수, AWS Lambda]
    Macie: {aliases: [Amazon Macie, 메이시], keywords: [민감한 데이터, PII]}

Aliases are other names of the same thing. Lookup expands queries with them (a
search for "lambda" finds "람다"), duplicate topics are merged by them (RDS 프록시
= RDS - Proxy), and question checks use them to see an answer leaking into a stem.
Keywords only describe a thing (Macie finds sensitive data), so only lookup uses
them (`for_lookup`): a stem that says "민감한 데이터" does not give Macie away,
and a topic titled by a keyword is not the same topic. Matching ignores case,
spaces and hyphens, so "보안그룹", "보안 그룹" and "Security-Group" are one key.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from bot.notes.errors import NotesError

_SEPARATORS = re.compile(r"[\s\-_./·]+")


_CACHED = 200  # names and titles are short; a pasted page is not worth keeping


@lru_cache(maxsize=1 << 15)
def _spelling(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


@lru_cache(maxsize=1 << 15)
def _key(text: str) -> str:
    return _SEPARATORS.sub("", _spelling(text))


def spelling(text: str) -> str:
    """How a spelling is stored: NFKC, case-folded, single spaces."""
    # Cached: loading a deck asks for the same names thousands of times.
    return _spelling(text) if len(text) <= _CACHED else _spelling.__wrapped__(text)


def glossary_key(text: str) -> str:
    """The matching key: a spelling without spaces, hyphens, dots or slashes."""
    if len(text) <= _CACHED:
        return _key(text)
    return _SEPARATORS.sub("", spelling(text))


@dataclass(frozen=True, kw_only=True, slots=True)
class GlossaryEntry:
    canonical: str
    spellings: frozenset[str]  # case-folded, canonical included
    keywords: frozenset[str] = frozenset()  # case-folded; search-only, never a name


@dataclass(frozen=True, kw_only=True, slots=True)
class Glossary:
    entries: tuple[GlossaryEntry, ...] = ()
    _by_key: dict[str, GlossaryEntry] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def from_mapping(
        cls,
        mapping: Mapping[str, Sequence[str]],
        keywords: Mapping[str, Sequence[str]] | None = None,
    ) -> Glossary:
        """`mapping`: canonical name -> aliases; `keywords`: canonical -> keywords."""
        extra = keywords or {}
        entries: list[GlossaryEntry] = []
        by_key: dict[str, GlossaryEntry] = {}
        for canonical, others in mapping.items():
            spelled = [spelling(n) for n in (canonical, *others)]
            own = frozenset(s for s in spelled if s)
            entry = GlossaryEntry(
                canonical=canonical,
                spellings=own,
                keywords=frozenset(s for s in map(spelling, extra.get(canonical, ())) if s) - own,
            )
            entries.append(entry)
            for name in spelled:
                # The first entry to claim a spelling keeps it.
                by_key.setdefault(_SEPARATORS.sub("", name), entry)
        return cls(entries=tuple(entries), _by_key=by_key)

    def for_lookup(self) -> Glossary:
        """The glossary search uses: keywords count as spellings there.

        Entries keep their file order, so a word listed by two entries still
        belongs to the first, as it did before keywords were split off.
        """
        if not any(e.keywords for e in self.entries):
            return self
        return Glossary.from_mapping(
            {e.canonical: sorted(e.spellings | e.keywords) for e in self.entries}
        )

    def extended(self, names: Sequence[Sequence[str]]) -> Glossary:
        """This glossary plus more sets of spellings of one thing each (mined from
        the notes, or the general term list). Its own entries win: a set that
        shares a spelling with an entry adds its other spellings to that entry,
        unless another entry already owns them. Work is proportional to `names`."""
        entries = list(self.entries)
        where = {id(e): i for i, e in enumerate(entries)}
        by_key = dict(self._by_key)
        for group in names:
            pairs = [(n, glossary_key(n)) for n in group if glossary_key(n)]
            new = [(n, k) for n, k in pairs if k not in by_key]
            if not new:
                continue
            found = next((by_key[k] for _, k in pairs if k in by_key), None)
            if found is None:
                entry = GlossaryEntry(
                    canonical=new[0][0], spellings=frozenset(spelling(n) for n, _ in new)
                )
                where[id(entry)] = len(entries)
                entries.append(entry)
            else:
                entry = replace(found, spellings=found.spellings | {spelling(n) for n, _ in new})
                at = where.pop(id(found))
                entries[at], where[id(entry)] = entry, at
                for name in found.spellings:
                    if by_key.get(glossary_key(name)) is found:
                        by_key[glossary_key(name)] = entry
            for _, key in new:
                by_key[key] = entry
        return Glossary(entries=tuple(entries), _by_key=by_key)

    def entry(self, term: str) -> GlossaryEntry | None:
        return self._by_key.get(glossary_key(term))

    def aliases(self, term: str) -> frozenset[str]:
        """Every spelling of `term` (case-folded), itself included.

        A term the glossary does not know is its own only spelling.
        """
        found = self.entry(term)
        if found is None:
            own = spelling(term)
            return frozenset({own}) if own else frozenset()
        return found.spellings

    def keywords(self, term: str) -> frozenset[str]:
        """The search-only keywords of the entry `term` names (case-folded)."""
        found = self.entry(term)
        return frozenset() if found is None else found.keywords

    def canonical(self, term: str) -> str | None:
        found = self.entry(term)
        return None if found is None else found.canonical

    def keys(self) -> frozenset[str]:
        return frozenset(self._by_key)

    def __len__(self) -> int:
        return len(self.entries)


def load_glossary(path: str | Path) -> Glossary:
    """Read a glossary YAML file; a missing file is an empty glossary."""
    file = Path(path)
    if not file.is_file():
        return Glossary()
    try:
        text = file.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise NotesError("glossary is not valid UTF-8", file=str(file)) from exc
    return parse_glossary(text, file)


def parse_glossary(text: str, file: str | Path) -> Glossary:
    """A glossary from its YAML text (`file` names it in errors)."""
    import yaml  # deferred: only needed when a glossary exists

    file = Path(file)
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        data = yaml.load(text, Loader=loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        raise NotesError("glossary is not valid YAML", file=str(file), line=line) from exc
    if data is None:
        return Glossary()
    if not isinstance(data, dict):
        raise NotesError("glossary must map a name to a list of spellings", file=str(file))
    mapping: dict[str, list[str]] = {}
    keywords: dict[str, list[str]] = {}
    for key, value in data.items():
        name = str(key)
        if isinstance(value, dict):
            unknown = sorted(str(k) for k in value if k not in ("aliases", "keywords"))
            if unknown:
                raise NotesError(
                    f"{name!r} may only have aliases and keywords, not {', '.join(unknown)}",
                    file=str(file),
                )
            mapping[name] = _names(name, "aliases", value.get("aliases"), file)
            keywords[name] = _names(name, "keywords", value.get("keywords"), file)
        else:
            mapping[name] = _names(name, "spellings", value, file)
    return Glossary.from_mapping(mapping, keywords)


def _names(name: str, what: str, value: Any, file: Path) -> list[str]:
    """One list of a glossary entry: a list, a single string or nothing."""
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if not isinstance(value, list) or any(isinstance(v, (dict, list)) for v in value):
        raise NotesError(f"{what} of {name!r} must be a list", file=str(file))
    return [str(v) for v in value]
