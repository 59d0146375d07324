"""Keys and values in one `term : definition` list.

Configuration notes list a field, its values and its sibling fields in one
run ('strategy : 어떤 방식으로 업데이트를 할 것인가', 'Recreate : …',
'RollingUpdate : …', 'maxSurge : …'). Their identifiers tell them apart as
code does: a key is written in lower camel or snake case ('maxSurge',
'max_surge', 'strategy'), a value or a kind as a capitalised name
('Recreate', 'RollingUpdate', 'ClusterIP'). 'maxSurge' offered beside the
two strategies is another kind of thing, ruled out by its look, and a value
beside keys the same (blind round, kihyuk-jeong k8s notes). Each term is
asked among the terms of its own case only.

Only a list of identifiers, one of them written as code beyond doubt (a
capital or an underscore inside a lowercase word), is read so: plain words
capitalised at whim ('Durability', 'latency') are one kind.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.notes.lines import without_closing_aside

_IDENTIFIER = re.compile(r"[A-Za-z][A-Za-z0-9_]*")
# Lower camel or snake case: 'maxSurge', 'max_surge', 'ttlSecondsAfterFinished'.
_KEY_FORM = re.compile(r"[a-z][a-z0-9]*(?:[A-Z_][A-Za-z0-9_]*)+")
KEY, VALUE = "key", "value"


def identifier_kinds(terms: Sequence[str]) -> dict[str, str] | None:
    """Each term -> KEY (written in lower case first) or VALUE (capitalised),
    when the terms are identifiers of both kinds and one key is plainly code;
    None when the list is of one kind, or not of identifiers."""
    bare = {term: without_closing_aside(term).strip().strip("`") for term in terms}
    if not bare or not all(_IDENTIFIER.fullmatch(b) for b in bare.values()):
        return None
    if not any(_KEY_FORM.fullmatch(b) for b in bare.values()):
        return None
    kinds = {term: KEY if b[0].islower() else VALUE for term, b in bare.items()}
    return kinds if len(set(kinds.values())) == 2 else None
