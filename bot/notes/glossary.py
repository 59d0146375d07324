"""The glossary: every spelling of a name the notes use (Korean, English, typos).

content/glossary.yaml maps a canonical name to its other spellings:

    Lambda: [람다, 람다 함수, AWS Lambda]

Lookup expands queries with it (a search for "lambda" finds "람다"), duplicate
topics are merged by it (RDS 프록시 = RDS - Proxy), and question checks use it to
see an answer leaking into a stem. Matching ignores case, spaces and hyphens, so
"보안그룹", "보안 그룹" and "Security-Group" are one key.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from bot.notes.errors import NotesError

_SEPARATORS = re.compile(r"[\s\-_./·]+")


def spelling(text: str) -> str:
    """How a spelling is stored: NFKC, case-folded, single spaces."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def glossary_key(text: str) -> str:
    """The matching key: a spelling without spaces, hyphens, dots or slashes."""
    return _SEPARATORS.sub("", spelling(text))


@dataclass(frozen=True, kw_only=True, slots=True)
class GlossaryEntry:
    canonical: str
    spellings: frozenset[str]  # case-folded, canonical included


@dataclass(frozen=True, kw_only=True, slots=True)
class Glossary:
    entries: tuple[GlossaryEntry, ...] = ()
    _by_key: dict[str, GlossaryEntry] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def from_mapping(cls, mapping: dict[str, list[str]]) -> Glossary:
        entries: list[GlossaryEntry] = []
        by_key: dict[str, GlossaryEntry] = {}
        for canonical, others in mapping.items():
            names = [canonical, *others]
            entry = GlossaryEntry(
                canonical=canonical,
                spellings=frozenset(spelling(n) for n in names if spelling(n)),
            )
            entries.append(entry)
            for name in names:
                # The first entry to claim a spelling keeps it.
                by_key.setdefault(glossary_key(name), entry)
        return cls(entries=tuple(entries), _by_key=by_key)

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
    import yaml  # deferred: only needed when a glossary exists

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        data = yaml.load(file.read_text(encoding="utf-8"), Loader=loader)
    except UnicodeDecodeError as exc:
        raise NotesError("glossary is not valid UTF-8", file=str(file)) from exc
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        raise NotesError("glossary is not valid YAML", file=str(file), line=line) from exc
    if data is None:
        return Glossary()
    if not isinstance(data, dict):
        raise NotesError("glossary must map a name to a list of spellings", file=str(file))
    mapping: dict[str, list[str]] = {}
    for key, value in data.items():
        if isinstance(value, str):
            value = [value]
        if value is None:
            value = []
        if not isinstance(value, list):
            raise NotesError(f"spellings of {key!r} must be a list", file=str(file))
        mapping[str(key)] = [str(v) for v in value]
    return Glossary.from_mapping(mapping)
