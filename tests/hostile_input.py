"""Hostile arguments for the adapters' property tests (issue 12): what a member
could type into any command to break the bot, reach another space's group or
make the bot ping a crowd.

Each adapter's suite sends these through its real code path and checks the
same three things: no traceback in a reply, no change to any group but the
caller's (the rows of the others compared before and after), and no ping in
any message the bot sends.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

# Few examples, no deadline: each one is a round trip through a real adapter,
# and a busy machine must not turn slowness into a failure.
HOSTILE = settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

# What would ping a crowd or a role if the bot sent it unescaped.
PINGS = [
    "@everyone",
    "@here",
    "<@&123456789012345678>",
    "<@123456789012345678>",
    "<!channel>",
    "<!here>",
    "<!everyone>",
    "<!subteam^S0123456>",
]

PIECES = [
    *PINGS,
    "",
    " ",
    "\x00",
    "\ud800",
    "\udfff",
    "\u202e",  # right-to-left override
    "\u200f",  # right-to-left mark
    "\u2067",
    "\ufeff",
    "<@!123456789012345678>",
    "```",
    "```py\nprint('x')\n```",
    "`",
    "**",
    "&lt;!channel&gt;",
    "&amp;",
    "09:00",
    "03:17",
    "UTC",
    "Asia/Seoul",
    "language",
    "en",
    "window",
    "next",
    "confirm",
    "week",
    "on",
    "{0}",
    "%s",
    "'; DROP TABLE groups; --",
]


def hostile(other_channels: Sequence[str]) -> st.SearchStrategy[str]:
    """Argument text: hostile pieces and other spaces' channel references
    (`<#id>`, `<#id|name>`, `#id`, bare ids) mixed with random text; empty,
    long and very long strings too."""
    references = [
        form.format(c) for c in other_channels for form in ("<#{}>", "<#{}|x>", "#{}", "{}")
    ]
    words = st.one_of(
        st.sampled_from(PIECES + references),
        st.text(max_size=12),
        st.integers(0xD800, 0xDFFF).map(chr),
    )
    return st.one_of(
        st.lists(words, max_size=6).map(" ".join),
        # A ping first: the word most replies quote back (a bad time, setting, query).
        st.tuples(st.sampled_from(PINGS), st.lists(words, max_size=3)).map(
            lambda t: " ".join([t[0], *t[1]])
        ),
        st.just(""),
        st.text(min_size=290, max_size=320),
        st.builds(
            lambda s, n: s * n,
            st.sampled_from(["@everyone ", "x", "<!channel>"]),
            st.integers(400, 3000),
        ),
    )


# A ping: Discord and Slack mention syntax that would notify someone.
SLACK_PING = re.compile(r"<!(?:channel|here|everyone|subteam)|<@")
TRACEBACK = re.compile(r"Traceback \(most recent call last\)|File \"[^\"]+\", line \d+")
