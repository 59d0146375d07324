"""Wrong figures around the answer, when the choices of a question are figures.

A table of figures ('| /32 | 255.255.255.255 | 1 |' … '| /1 | 128.0.0.0 | … |')
asks each row among its siblings. Picked by words or by the table's order, the
wrong choices are the same extreme rows with every answer ('/30', '/31',
'/32'), and the answer is the one value outside them. Believable wrong figures
are its neighbours in the sorted list of the siblings' values, from both
sides where there are any (as cloze.believable does for a blanked number).
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Sequence

# A bare figure: a number with at most a leading '/' or '#' and a short unit
# ('/24', '64', '1,024', '30초', '2.5 GB'); the prefix and unit are its shape.
_FIGURE = re.compile(r"([/#]?)\s*(\d[\d,]*(?:\.\d+)?)\s*([^\d\s()]{0,6})")


def figure(text: str) -> tuple[str, float] | None:
    """The figure's shape (prefix and unit) and its value; None for a name."""
    found = _FIGURE.fullmatch(text.strip())
    if not found:
        return None
    return f"{found[1]}|{found[3]}", float(found[2].replace(",", ""))


def around(answer: str, others: Sequence[str]) -> list[int] | None:
    """Indices of `others` to offer as wrong figures, nearest the answer's
    value first, taking the two sides in turn (the side that starts is set by
    the answer's own text, stable between runs, so the answer is not always
    second from the same end). Siblings of another shape ('30초' beside '5분')
    make the choices no figures. None when the choices are no figures: the
    caller picks as it would."""
    mine = figure(answer)
    if mine is None:
        return None
    shape, value = mine
    shapes = [figure(o) for o in others]
    # Only when every sibling is a figure of the answer's shape are the choices
    # figures: '3DES' beside DES and AES is a name that opens with a digit.
    if not shapes or any(f is None or f[0] != shape for f in shapes):
        return None
    alike = [(f[1], i) for i, f in enumerate(shapes) if f is not None and f[1] != value]
    below = [i for _, i in sorted((p for p in alike if p[0] < value), key=lambda p: -p[0])]
    above = [i for _, i in sorted((p for p in alike if p[0] > value), key=lambda p: p[0])]
    first, second = (below, above) if zlib.crc32(answer.encode()) % 2 else (above, below)
    order: list[int] = []
    for k in range(max(len(first), len(second))):
        order.extend(side[k] for side in (first, second) if k < len(side))
    return order
