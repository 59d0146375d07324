"""Shortening text to a platform's limit without breaking what it encodes.

A plain slice can end in the middle of an HTML entity (Slack shows `&amp` as
is) or of an angle-bracket token (`<!date^…|…>`, `<t:1700000000:f>`, `<@U1>`),
which then shows as raw markup or swallows the rest of the message. `cut`
backs off to the start of such an unfinished piece.
"""

from __future__ import annotations

import re

ELLIPSIS = "…"
_ENTITY = re.compile(r"&[#\w]{0,10}$")  # `&`, `&am`, `&#12`: an entity not yet closed
_TOKEN = re.compile(r"<[@#!/:at][^<>]{0,300}$")  # `<@U1`, `<#C1|x`, `<t:17`, `<!date^1^{…`


def cut(text: str, limit: int) -> str:
    """`text` when it fits in `limit` characters, else its start ending in "…",
    never inside an entity or a token."""
    if len(text) <= limit:
        return text
    head = text[: max(limit - len(ELLIPSIS), 0)]
    for pattern in (_ENTITY, _TOKEN):
        match = pattern.search(head)
        if match is not None:
            head = head[: match.start()]
    return head + ELLIPSIS
