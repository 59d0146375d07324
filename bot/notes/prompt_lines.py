"""Commands typed at a prompt whose '#' reads as a Markdown heading.

Network and shell notes paste what was typed at a router's or root's prompt
without a code fence: 'R1(config)# router eigrp 90', or with the prompt's name
left off, '# router eigrp 90' / '# variance 2'. A line opening on '# ' is a
heading to Markdown, and read as one it would open a section: every line below
it, up to the next heading, would be asked under 'variance 2'. Such a line is a
command, not a title, when it looks like one (a lower-case keyword and its
arguments, nothing but ASCII words, numbers and addresses) and it sits in a run
of typed lines: next to a prompt ('(config)# …', 'Router# …', '$ …') or next to
another such line. One lower-case heading alone ('# notes') stays a heading.
"""

from __future__ import annotations

import re

# One '#' (a prompt or a comment mark is one), then a keyword in lower case and
# its arguments: 'conf t', 'int s0/0', 'ip summary-address eigrp 90 172.30.0.0
# 255.255.248.0'. No capital first letter, no sentence marks, no other script.
_TYPED = re.compile(r"^ {0,3}#[ \t]+[a-z][a-z0-9_-]*(?:[ \t]+[\w./:,=+*-]+)*[ \t]*$", re.ASCII)
# A prompt before a command: a device's or mode's name right before '#' or '>'
# ('Router#', 'R1(config-if)#', '(config)#', 'Switch>'), or a shell's '$ '.
_PROMPT = re.compile(r"^\s*+(?:[\w-]*\([\w-]+\)|[\w-]+)[#>][ \t]*\S|^\s*+\$[ \t]+\S")


def prompt_lines(lines: list[str], fenced: set[int]) -> set[int]:
    """Indexes (0-based) of lines that look like '# …' headings but are commands
    typed at a prompt (see the module's note)."""
    typed = {i for i, raw in enumerate(lines) if i not in fenced and _TYPED.match(raw)}
    found: set[int] = set()
    for i in sorted(typed):
        for j in (i - 1, i + 1):
            if 0 <= j < len(lines) and j not in fenced and (
                j in typed or _PROMPT.match(lines[j])
            ):
                found.add(i)
                break
    return found
