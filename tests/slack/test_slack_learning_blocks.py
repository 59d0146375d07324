"""Issue 7 replies on Slack: the admin report (table in a code block, the chart's
path in a context line: no file upload yet) and the review-reminder DM."""

from __future__ import annotations

from bot.adapters.slack.blocks import render
from bot.core import render as core_render


def test_report_shows_the_table_and_where_the_chart_is() -> None:
    reply = core_render.report(
        "id    acc right/asked  section\nS01   50%         1/2  S0",
        lang="en",
        image_path="/srv/data/charts/group1-2026-03-02.png",
    )
    text, blocks = render(reply, "en")
    assert blocks[0]["type"] == "header" and blocks[0]["text"]["text"] == "Group report"
    body = blocks[1]["text"]["text"]
    assert body.startswith("```\n") and body.endswith("\n```") and "S01   50%" in body
    assert blocks[-1]["type"] == "context"
    context = blocks[-1]["elements"][0]["text"]
    assert context == "Chart file (on the bot's host): `/srv/data/charts/group1-2026-03-02.png`"
    assert "Group report" in text


def test_reminder_dm_blocks() -> None:
    text, blocks = render(core_render.reminder("en", 3), "en")
    assert "3 items due" in text
    assert [b["type"] for b in blocks] == ["header", "section"]
    assert blocks[1]["text"]["text"] == "3 items due — /quiz to review."
