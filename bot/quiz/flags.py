"""Command-line options written as a text ('-o yaml', '--all-namespaces',
'-n <namespace>, --dry-run=client').

Options alone say how a command is run, not which command it is: one flag
works with many commands ('-o yaml' with every 'get'), so a clue made only of
them tells no command apart from its siblings.
"""

from __future__ import annotations

import re

# One option: a flag of one or two dashes, and at most one value after it
# (written with '=' or a space, never another flag).
_OPTION = r"-{1,2}[A-Za-z][\w-]*(?:=\S+|\s+(?!-)[^\s,;/]+)?"
_OPTIONS_ONLY = re.compile(rf"^\s*{_OPTION}(?:\s*[,;/]?\s*{_OPTION})*\s*$")


def only_options(text: str) -> bool:
    """The text is nothing but command-line options and their values."""
    return bool(_OPTIONS_ONLY.match(text))
