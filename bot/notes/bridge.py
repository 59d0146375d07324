"""Loanwords across scripts at query time: a query says 뮤텍스, the notes say mutex.

Built once per index from the words the notes use. A query word the notes do
not use is looked up by its consonant skeleton (aliases.skeleton) among the
notes' words of the other script; the matches join the word's group as
alternative phrases, so "뮤텍스" finds "Mutex Lock" and "replicaset" finds
"레플리카셋". Short skeletons (under three consonants) match too much and are
left alone.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import replace

from bot.notes import text as T
from bot.notes.aliases import skeleton
from bot.notes.query import Group

_MIN = 3
_MAX_LEN = 40  # loanwords are short; a 1 MB "word" is not worth sounding out


class Loanwords:
    def __init__(self, texts: Iterable[str]) -> None:
        found: dict[str, set[str]] = defaultdict(set)
        seen: set[str] = set()
        for text in texts:
            for word, cjk, _ in T.words(text):
                if word in seen or not 2 <= len(word) <= _MAX_LEN:
                    continue
                seen.add(word)
                forms = [word]
                if cjk:
                    stripped = T.strip_particle(word)
                    if stripped is not None:
                        forms.append(stripped)
                for form in forms:
                    key = skeleton(form)
                    if len(key) >= _MIN:
                        found[key].add(form)
        self._by_key = {k: sorted(v) for k, v in found.items()}

    def across(self, word: str) -> list[str]:
        """Words of the notes, in the other script, that sound like `word`."""
        if len(word) > _MAX_LEN:
            return []
        forms = [word]
        cjk = T.is_cjk(word)
        if cjk:
            stripped = T.strip_particle(word)
            if stripped is not None:
                forms.append(stripped)
        elif T.stem(word) != word:
            forms.append(T.stem(word))  # "points" sounds like 포인트
        out: list[str] = []
        for form in forms:
            key = skeleton(form)
            if len(key) < _MIN:
                continue
            out += [w for w in self._by_key.get(key, ()) if T.is_cjk(w) != cjk]
        return list(dict.fromkeys(out))

    def widen(self, group: Group) -> Group:
        """`group` with the other script's spellings of a plain word added."""
        if group.key.startswith("="):
            return group
        extra = [tuple(T.tokens(w, phrase=True)) for w in self.across(group.label)]
        phrases = list(group.phrases)
        phrases += [p for p in extra if p and p not in phrases]
        parts = tuple(self.widen(p) for p in group.parts)
        if len(phrases) == len(group.phrases) and parts == group.parts:
            return group
        return replace(group, phrases=tuple(phrases), parts=parts)
