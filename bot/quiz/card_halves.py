"""A line that is one half of the author's own flashcard ('A: An exact copy of
a storage device…' under 'Q: What is a forensic image?'). The card is asked as
the author wrote it; its answer alone, shown as a clue or a choice, describes
whatever its question asked about, not the section it stands in, and keeps a
bare 'A:' label.
"""

from __future__ import annotations

import re

__all__ = ["is_card_half"]

# 'Q:' / 'A:' (capital letters only: 'a: b' is a term line), 'Question:',
# 'Answer:', '질문:', '답:', '답변:', '問:', '答:', '问：', '答案：'.
_HALF = re.compile(
    r"^\s*(?:\*\*|__)?(?:Q|A|Question|Answer|질문|답변|답|問|答|问|答案)(?:\*\*|__)?\s*[:：]"
    r"(?:\*\*|__)?\s*\S"
)


def is_card_half(line: str) -> bool:
    """Whether the line opens on a flashcard's question or answer label."""
    return _HALF.match(line) is not None
