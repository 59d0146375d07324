"""Reply -> Block Kit rendering and the answer-button ids."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.adapters.slack.blocks import (
    answer_action_id,
    mrkdwn,
    parse_answer_action_id,
    render,
    reveal_parts,
    strings,
)
from bot.adapters.slack.home import SeenGroups, home_view
from bot.core.types import AnswerKind, Field, GroupRef, Platform, QuestionView, Reply, ReplyKind


def question(choices: tuple[str, ...], closes: datetime | None = None) -> QuestionView:
    return QuestionView(
        question_id="qid-9",
        answer_kind=AnswerKind.DAILY,
        answer_ref="17",
        breadcrumb="VPC > NAT",
        prompt="Pick **one**",
        choices=choices,
        closes_at=closes,
    )


def actions(blocks: list[dict[str, object]]) -> list[dict[str, object]]:
    return [b for b in blocks if b["type"] == "actions"]


@given(
    kind=st.sampled_from(list(AnswerKind)),
    ref=st.text(alphabet="abcdef0123456789-_:", min_size=1, max_size=40),
    choice=st.integers(0, 9),
)
def test_answer_ids_round_trip(kind: AnswerKind, ref: str, choice: int) -> None:
    parsed = parse_answer_action_id(answer_action_id(kind, ref, choice))
    assert parsed is not None and (parsed.kind, parsed.ref, parsed.choice) == (kind, ref, choice)


def test_foreign_ids_are_not_answers() -> None:
    for action_id in ("sb:ans:x:1:1", "sb:ans:d:1:", "sb:rep:q1", "other", "sb:ans:d::3"):
        assert parse_answer_action_id(action_id) is None


def test_daily_question_has_one_button_per_choice_and_a_report_button() -> None:
    closes = datetime(2026, 11, 27, 0, 0, tzinfo=UTC)
    reply = Reply(
        kind=ReplyKind.QUESTION, title="Daily", question=question(("A", "B", "C"), closes)
    )
    text, blocks = render(reply, "en")
    answer_row, report_row = actions(blocks)
    ids = [e["action_id"] for e in answer_row["elements"]]  # type: ignore[index]
    assert ids == ["sb:ans:d:17:0", "sb:ans:d:17:1", "sb:ans:d:17:2"]
    labels = [e["text"]["text"] for e in answer_row["elements"]]  # type: ignore[index]
    assert labels == ["1. A", "2. B", "3. C"]
    [report] = report_row["elements"]  # type: ignore[index]
    assert report["action_id"] == "sb:rep:qid-9" and report["value"] == "qid-9"
    dumped = json.dumps(blocks)
    assert "<!date^1795737600^" in dumped  # closing time in each reader's zone
    assert blocks[0] == {"type": "header", "text": {"type": "plain_text", "text": "Daily"}}
    assert "Pick one" in text


def test_long_choices_are_listed_with_numbered_buttons() -> None:
    long = "x" * 90
    _, blocks = render(Reply(kind=ReplyKind.QUESTION, question=question((long, "short"))), "en")
    labels = [e["text"]["text"] for e in actions(blocks)[0]["elements"]]  # type: ignore[index]
    assert labels == ["1", "2"]
    assert long in json.dumps(blocks)
    assert all(len(label) <= 75 for label in labels)


def test_markdown_and_escaping() -> None:
    assert (
        mrkdwn("**S3** <@U1> & `x`\n- one\n  - two") == "*S3* &lt;@U1&gt; &amp; `x`\n• one\n  • two"
    )


def test_fields_become_section_fields_in_chunks_of_ten() -> None:
    fields = tuple(Field(name=f"n{i}", value=str(i), inline=True) for i in range(12))
    _, blocks = render(Reply(kind=ReplyKind.STATS, fields=(*fields, Field(name="wide", value="v"))))
    sections = [b for b in blocks if "fields" in b]
    assert [len(b["fields"]) for b in sections] == [10, 2]
    assert any(b.get("text", {}).get("text") == "*wide*\nv" for b in blocks)


def test_reveal_closes_the_post_and_threads_the_explanation() -> None:
    reveal = Reply(
        kind=ReplyKind.REVEAL,
        title="Answer",
        text="Pick one\n\n✅ 1. A — 3\n2. B — 1\n\nAnswer: **1. A**",
        fields=(Field(name="Explanation", value="Because the notes say so."),),
        message_ref="1.2",
    )
    (_, post), thread = reveal_parts(reveal, "en")
    dumped = json.dumps(post, ensure_ascii=False)
    assert actions(post) == []
    assert "Answer: *1. A*" in dumped and "Because" not in dumped
    assert "Explanation in the thread" in dumped
    assert thread is not None and "Because the notes say so." in json.dumps(thread[1])
    # no explanation: nothing to thread
    (_, _), none = reveal_parts(Reply(kind=ReplyKind.REVEAL, text="Answer: B"), "en")
    assert none is None


def test_question_text_is_only_the_fallback() -> None:
    # The core also writes the question as plain text (for the shell); Slack
    # draws it from the view, so the prompt must not appear twice.
    reply = Reply(
        kind=ReplyKind.QUESTION,
        text="VPC > NAT\nPick one\n\n1. A\n2. B",
        question=question(("A", "B"), datetime(2026, 11, 27, tzinfo=UTC)),
        times=(("closes_at", datetime(2026, 11, 27, tzinfo=UTC)),),
    )
    text, blocks = render(reply, "en")
    assert json.dumps(blocks).count("Pick") == 1
    assert json.dumps(blocks).count("<!date^") == 1
    assert text.startswith("VPC &gt; NAT")


def test_time_labels_are_words() -> None:
    at = datetime(2026, 11, 27, tzinfo=UTC)
    _, blocks = render(Reply(kind=ReplyKind.TEXT, text="x", times=(("closes_at", at),)), "en")
    assert "Closes: <!date^" in json.dumps(blocks)


def test_home_view_sections_per_channel_and_hint_when_empty() -> None:
    one = GroupRef(platform=Platform.SLACK, channel_id="C1", space_id="T1")
    two = GroupRef(platform=Platform.SLACK, channel_id="C2", space_id="T1")
    view = home_view([(one, Reply(kind=ReplyKind.STATS, text="hi"))])
    assert view["type"] == "home" and "<#C1>" not in json.dumps(view)
    both = home_view(
        [(one, Reply(kind=ReplyKind.STATS, text="a")), (two, Reply(kind=ReplyKind.STATS, text="b"))]
    )
    dumped = json.dumps(both)
    assert dumped.index("<#C1>") < dumped.index("<#C2>") and '"divider"' in dumped
    assert "/study help" in json.dumps(home_view([], "en"))


def test_seen_groups_most_recent_first_per_team() -> None:
    seen = SeenGroups()
    for channel in ("C1", "C2", "C3", "C1", "D9"):
        seen.saw(GroupRef(platform=Platform.SLACK, channel_id=channel, space_id="T1"))
    seen.saw(GroupRef(platform=Platform.SLACK, channel_id="C7", space_id="T2"))
    assert [g.channel_id for g in seen.recent("T1")] == ["C1", "C3", "C2"]
    assert [g.channel_id for g in seen.recent("T1", 1)] == ["C1"]
    assert seen.recent("T3") == []


def test_adapter_words_follow_the_group_language_of_the_reply() -> None:
    def report_label(title: str, default: str) -> str:
        reply = Reply(kind=ReplyKind.QUESTION, title=title, question=question(("A", "B")))
        _, blocks = render(reply, default)
        return str(actions(blocks)[1]["elements"][0]["text"]["text"])  # type: ignore[index]

    assert report_label("오늘의 문제 (2026-03-02)", "en") == "문제 신고"
    # an English group studying Korean notes: the core's title decides, not the prompt
    assert report_label("Question of the day (2026-03-02)", "ko") == "Report a problem"
    assert report_label("", "ko") == "문제 신고"  # nothing to go by: the default


def test_both_languages_have_every_adapter_word() -> None:
    assert strings("ko").keys() == strings("en").keys()
    assert strings("fr") == strings("en")


# --- limits: 3,000 per section, never inside an entity (issue 12) -------------------


@pytest.mark.parametrize("shift", range(6))
def test_a_long_passage_is_cut_outside_entities(shift: int) -> None:
    # `&` becomes `&amp;` (5 characters): some shift puts the cut inside one.
    text = "x" * shift + "S3 & EBS <gp3> " * 400
    _, blocks = render(Reply(kind=ReplyKind.LOOKUP, title="Lookup", text=text,
                             fields=(Field(name="Passage", value=text),)))
    texts = [b["text"]["text"] for b in blocks if b["type"] == "section" and "text" in b]
    texts += [f["text"] for b in blocks for f in b.get("fields", [])]
    assert texts
    for body in texts:
        assert len(body) <= 3000
        assert not re.search(r"&[a-z#0-9]*…$", body), body[-12:]
        assert body.endswith("…") or len(body) < 3000
