"""One reading of code fences for every pass over raw lines (lines.fence_after):
a fence closes only on a bare mark of its own character, at least as long."""

from __future__ import annotations

from bot.notes.lines import fence_after


def test_fences_open_and_close_on_their_own_marks() -> None:
    assert fence_after("text", "") is None
    assert fence_after("```python", "") == "```"
    assert fence_after("~~~~", "```") == "```"      # another character: still open
    assert fence_after("```bash", "```") == "```"   # an info string: no closing mark
    assert fence_after("``", "```") is None          # too short to be a fence at all
    assert fence_after("````", "```") == ""
    assert fence_after("```", "````") == "````"      # shorter than the opening mark
