"""Reply -> Discord payload, without a network."""

from __future__ import annotations

import re
from datetime import UTC, datetime

from bot.adapters.discord.buttons import ANSWER_TEMPLATE, answer_custom_id
from bot.adapters.discord.render import render
from bot.core.types import AnswerKind, Field, QuestionView, Reply, ReplyKind

WHEN = datetime(2026, 11, 27, 0, 0, tzinfo=UTC)


def question(ref: str = "17", kind: AnswerKind = AnswerKind.DAILY) -> QuestionView:
    return QuestionView(
        question_id="q-abc",
        answer_kind=kind,
        answer_ref=ref,
        breadcrumb="VPC > NAT",
        prompt="어느 것?",
        choices=("A", "B", "C"),
        closes_at=WHEN,
    )


def test_times_are_discord_timestamps() -> None:
    reply = Reply(kind=ReplyKind.LEADERBOARD, title="This week", times=(("Ends", WHEN),))
    payload = render(reply).embed
    assert payload is not None
    [field] = payload.to_dict()["fields"]
    unix = int(WHEN.timestamp())
    assert field == {"name": "Ends", "value": f"<t:{unix}:f> (<t:{unix}:R>)", "inline": True}


def test_question_embed_and_buttons() -> None:
    rendered = render(Reply(kind=ReplyKind.QUESTION, title="오늘의 문제", question=question()))
    assert rendered.embed is not None
    data = rendered.embed.to_dict()
    assert data["author"]["name"] == "VPC > NAT"
    assert data["description"].startswith("어느 것?\n\n**1.** A\n**2.** B\n**3.** C")
    assert f"<t:{int(WHEN.timestamp())}:R>" in data["description"]
    assert rendered.view is not None
    rows = rendered.view.to_components()
    buttons = [c for row in rows for c in row["components"]]
    assert [b["custom_id"] for b in buttons] == [
        "sb:ans:d:17:0",
        "sb:ans:d:17:1",
        "sb:ans:d:17:2",
        "sb:rep:q-abc",
    ]
    assert buttons[-1]["label"] == "문제 신고"  # the core wrote a Korean title
    assert len(rows) == 2  # the report button sits on its own row


def test_english_group_gets_an_english_report_label() -> None:
    rendered = render(Reply(kind=ReplyKind.QUESTION, title="Practice", question=question()))
    assert rendered.view is not None
    assert rendered.view.children[-1].to_component_dict()["label"] == "Report a problem"


def test_custom_ids_round_trip_through_the_template() -> None:
    custom_id = answer_custom_id(AnswerKind.PRACTICE, "q_12-ab", 3)
    match = re.fullmatch(ANSWER_TEMPLATE, custom_id)
    assert match is not None
    assert (match["kind"], match["ref"], match["choice"]) == ("p", "q_12-ab", "3")
    assert len(answer_custom_id(AnswerKind.PRACTICE, "x" * 80, 19)) <= 100


def test_a_ref_that_cannot_fit_a_custom_id_shows_without_buttons() -> None:
    rendered = render(Reply(kind=ReplyKind.QUESTION, question=question(ref="has space")))
    assert rendered.embed is not None and rendered.view is None


def test_short_text_is_plain_content() -> None:
    rendered = render(Reply(kind=ReplyKind.ERROR, text="Bad time.", ephemeral=True))
    assert rendered.content == "Bad time." and rendered.embed is None and rendered.ephemeral


def test_limits_are_enforced() -> None:
    fields = tuple(Field(name=f"n{i}", value="v" * 2000) for i in range(30))
    rendered = render(Reply(kind=ReplyKind.LOOKUP, title="t" * 300, text="x" * 5000, fields=fields))
    assert rendered.embed is not None
    data = rendered.embed.to_dict()
    assert len(data["title"]) == 256 and len(data["description"]) == 4096
    assert len(rendered.embed) <= 6000  # Discord's total for one embed
    assert 0 < len(data["fields"]) < 25
    assert all(len(f["value"]) == 1024 for f in data["fields"])
    few = tuple(Field(name=f"n{i}", value="v") for i in range(30))
    capped = render(Reply(kind=ReplyKind.LOOKUP, title="t", fields=few)).embed
    assert capped is not None and len(capped.fields) == 25
    long_text = render(Reply(kind=ReplyKind.TEXT, text="y" * 2500))
    assert long_text.content is None and long_text.embed is not None


def test_missing_image_does_not_sink_the_reply(tmp_path: object) -> None:
    rendered = render(Reply(kind=ReplyKind.REPORT, title="R", image_path="/nonexistent/chart.png"))
    assert rendered.image is None and rendered.file() is None
    assert rendered.embed is not None and "image" not in rendered.embed.to_dict()


# --- limits: 4,096 per description, 6,000 across a message's embeds (issue 12) ----------


def test_a_long_passage_fits_the_description_and_the_total() -> None:
    passage = "S3 durability <t:1700000000:f> & more. " * 400  # ~16,000 characters
    fields = tuple(Field(name=f"part {i}", value=passage[:1024]) for i in range(8))
    embed = render(Reply(kind=ReplyKind.LOOKUP, title="T" * 300, text=passage, fields=fields)).embed
    assert embed is not None
    assert len(embed.description or "") <= 4096 and len(embed) <= 6000
    # Never cut inside a timestamp token: it would show as raw markup.
    assert not re.search(r"<t:[^>]*…$", embed.description or "")


def test_embeds_of_one_message_fit_6000_together() -> None:
    from bot.adapters.discord.render import fit_message

    long = "가나다라 " * 1000  # each embed alone is near the limit
    question = render(Reply(kind=ReplyKind.LOOKUP, title="Q", text=long,
                            fields=(Field(name="x", value=long[:1000]),))).embed
    feedback = render(Reply(kind=ReplyKind.ANSWER_FEEDBACK, title="Right!", text=long)).embed
    assert question is not None and feedback is not None
    assert len(question) + len(feedback) > 6000
    fitted = fit_message([question, feedback])
    assert sum(len(e) for e in fitted) <= 6000
    assert fitted[-1] is feedback and fitted[-1].description == feedback.description
    assert fitted[0].title == "Q"  # the question keeps its place, shortened
