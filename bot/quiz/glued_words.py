"""Command names glued from clipped English words ('groupdel' is group +
del[ete], 'useradd' user + add, 'chown' ch[ange] + own[er], 'mkdir'
m[a]k[e] + dir[ectory]): a clue that says those words ('Deletes a group',
'그룹을 삭제') names the command as surely as its own spelling would.

A name is split only when every piece is a known clipping or a whole
word of such names: 'docker' is no such run and stays whole, and a prefix
alone would read 'del' into 'delta'.
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["glued_words"]

# The clippings command and identifier names are glued from, each with the
# words it stands for.
_CLIPPED: dict[str, tuple[str, ...]] = {
    "del": ("delete",),
    "rm": ("remove",),
    "mk": ("make",),
    "ch": ("change",),
    "mod": ("modify",),
    "dir": ("directory",),
    "own": ("owner",),
    "grp": ("group",),
    "passwd": ("password",),
    "pwd": ("password",),
    "info": ("information",),
    "conf": ("configuration",),
    "config": ("configuration",),
    "ctl": ("control",),
    "cfg": ("configuration",),
    "stat": ("status", "statistics"),
    "env": ("environment",),
    "init": ("initialize",),
    "cp": ("copy",),
    "mv": ("move",),
    "ls": ("list",),
}

# Whole words such names are glued with ('group' + 'del', 'user' + 'add').
_WHOLE = frozenset({
    "user", "group", "add", "new", "list", "file", "host", "name", "mount",
    "link", "mode", "set", "get", "show", "kill", "time", "date", "path",
    "disk", "free", "find", "make", "copy", "move", "load", "save", "read",
    "write", "print", "sort", "type", "node", "key",
})

_NAME = re.compile(r"[a-z]+")
_LONGEST = 6


@lru_cache(maxsize=1 << 12)
def _split(word: str) -> tuple[tuple[str, ...], ...] | None:
    """The pieces `word` is glued from, each read as its words, or None."""
    if not word:
        return ()
    for size in range(min(len(word), _LONGEST), 1, -1):
        head = word[:size]
        read = _CLIPPED.get(head) or ((head,) if head in _WHOLE else None)
        if read is None:
            continue
        rest = _split(word[size:])
        if rest is not None:
            return (read, *rest)
    return None


def glued_words(text: str) -> frozenset[str]:
    """The full words the clipped pieces of the text's lowercase names stand
    for, and the whole words glued to them: 'sudo groupdel staff' says group
    and delete; 'docker info' information. Nothing for names of no clipping."""
    out: set[str] = set()
    for token in _NAME.findall(text):
        if token in _CLIPPED:
            out.update(_CLIPPED[token])
            continue
        if len(token) < 4:
            continue
        pieces = _split(token)
        if pieces is None or len(pieces) < 2:
            continue
        for read in pieces:
            out.update(read)
    return frozenset(out)
