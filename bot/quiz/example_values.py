"""Figures that are a worked example's, not a rule's.

Notes state a rule with a variable and work it through with one value: a tree
drawn with n=6 ('[그림] n=6인 B+-트리'), a table 'with n = 4'. Two kinds of figure
then belong to that example, and blanked ask for a drawing the question does
not show:

- a value in brackets right after the variable ('최대 n개(6개)의 자식을 가질 수
  있다', 'at most n (6) children'): the rule is the variable, the figure the
  drawing's;
- a bare count, or a figure with no unit, equal to a value the notes set a
  one-letter variable to on an earlier line of the same file ('n = 4' above
  '왼쪽에 4개의 포인터중에 1개를 재분배', '4개 이하의 블록'): a count in those
  notes is the example's as likely as a rule's, and nothing in the line tells.

- any figure on the line that sets the variable or below it, in the same
  topic ('루트 노드에 2개의 키가 존재' under '[그림] n=6인 B+-트리'): those lines
  describe the worked example.

The variables are read from the deck's lines for one bank build
(`reading_examples`); outside a build only the first kind is read.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

# A lone small letter or N, M, K (a variable, not a word's end nor a name's
# letter: 'Plan A (3 tiers)' stays), a counter word at most ('개', '個',
# '个'), then an opening bracket and, at most, an equals sign, right before
# the figure.
_VARIABLE_THEN_BRACKET = re.compile(
    r"(?<![A-Za-z0-9_])[a-zNMK]\s*(?:개|個|个|つ)?\s*[(（]\s*=?\s*$")
# A one-letter variable set to a whole number ('n=6인', '(n = 4)', 'k = 3일
# 때'), not a sum's first term ('n = 4 + 1') nor a setting ('force_ssl=1').
_SET_TO = re.compile(r"(?<![A-Za-z0-9_.])[A-Za-z]\s*=\s*(\d{1,7})(?![\d.,]|\s*[-+*/^%×÷])")
# Units a count of the example may carry: none, or a counter word.
_COUNTERS = frozenset({"", "개", "個", "个", "つ"})


@dataclass(frozen=True)
class _Examples:
    set_to: dict[str, list[tuple[int, int]]]  # file -> (line, value set)
    below: dict[str, set[int]]  # file -> lines below a setting, in its topic


_SET: ContextVar[_Examples | None] = ContextVar("example_values_set", default=None)


def variable_value(text: str, start: int) -> bool:
    """Whether the figure starting at `start` is written in brackets right after
    a variable, as the value it takes in an example."""
    return bool(_VARIABLE_THEN_BRACKET.search(text[:start]))


@contextmanager
def reading_examples(topics: Iterable[Sequence[tuple[str, str, int]]]) -> Iterator[None]:
    """Within the block, the variables the notes set are known: `topics` holds
    each topic's lines as (text, file, line) (see module doc)."""
    found = _Examples(set_to={}, below={})
    for lines in topics:
        opened: int | None = None
        for text, file, line in lines:
            values = [int(m.group(1)) for m in _SET_TO.finditer(text)] if "=" in text else []
            found.set_to.setdefault(file, []).extend((line, v) for v in values)
            if values and opened is None:
                opened = line
            if opened is not None and line >= opened:
                found.below.setdefault(file, set()).add(line)
    token = _SET.set(found)
    try:
        yield
    finally:
        _SET.reset(token)


def in_worked_example(file: str, line: int, value: float, unit: str) -> bool:
    """Whether a figure on `line` of `file` is a worked example's: a line below
    one that sets a variable in its topic, or a count (`unit` none or a counter
    word) equal to a value the notes set a variable to on an earlier line."""
    found = _SET.get()
    if found is None:
        return False
    if line in found.below.get(file, ()):
        return True
    if unit.strip() not in _COUNTERS or value != int(value):
        return False
    return any(at < line and value == set_to for at, set_to in found.set_to.get(file, ()))
