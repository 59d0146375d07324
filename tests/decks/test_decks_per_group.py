"""Each group its own deck: one shell session, two channels on two decks.
Neither ever shows the other's questions, lookups or topics; both share
nothing but the bot."""

from __future__ import annotations

from pathlib import Path

from deck_samples import IAM, VPC, seed_sections
from shell.shell_harness import Transcript

IAM_ONLY = ("IAM 모범 사례", "IAM >")
VPC_ONLY = ("Virtual Private Cloud", "VPC Endpoint", "NAT Gateway", "vpc.md")


def two_decks(root: Path) -> Path:
    content = root / "decks"
    content.mkdir()
    (content / "iam.md").write_text(seed_sections(*IAM), encoding="utf-8")
    (content / "vpc.md").write_text(seed_sections(*VPC), encoding="utf-8")
    return content


def never(text: str, words: tuple[str, ...]) -> None:
    for word in words:
        assert word not in text, word


async def test_two_channels_on_two_decks_never_see_each_other(tmp_path: Path) -> None:
    t = await Transcript.open(tmp_path, "2026-03-02T08:00Z", content_dir=two_decks(tmp_path))
    try:
        await t.say("/settings language en")
        shown = await t.say("/deck")
        assert "iam" in shown and "vpc" in shown and "aws-saa-ko" in shown  # seed + host's
        await t.say("/channel iam-room")
        await t.say("/settings language en")
        assert "now studies the deck iam" in await t.say("/deck iam")
        await t.say("/channel vpc-room")
        await t.say("/settings language en")
        assert "every day at 09:00" in await t.say("/schedule 09:00 UTC vpc")
        assert "This channel's deck: vpc." in await t.say("/deck")

        iam_out: list[str] = []
        vpc_out: list[str] = []
        for room, out in (("iam-room", iam_out), ("vpc-room", vpc_out)):
            await t.say(f"/channel {room}")
            out.append(await t.say("/topics"))
            out.append(await t.say("/lookup NAT"))
            out.append(await t.say("/lookup IAM 정책"))
            out.append(await t.say("/post-now"))
            for _ in range(6):
                out.append(await t.say("/quiz"))
                out.append(await t.say("/answer 1"))
            out.append(await t.say("/report"))
            out.append(await t.say("/remind"))
        iam_text, vpc_text = "\n".join(iam_out), "\n".join(vpc_out)
        never(iam_text, VPC_ONLY)
        never(vpc_text, IAM_ONLY)
        assert "Virtual Private Cloud" in vpc_text and "IAM 모범 사례" in iam_text
        assert "Question of the day" in iam_text and "Question of the day" in vpc_text

        # A day on: the daily cycle posts each room's own deck.
        tick = await t.say("/advance 1d")
        for block in tick.split("bot posted")[1:]:
            room = block.split("]", 1)[0]
            if "iam-room" in block[:40]:
                never(block, VPC_ONLY)
            if "vpc-room" in block[:40]:
                never(block, IAM_ONLY)
            assert room

        # A name that is no deck is refused with the decks there are.
        refused = await t.say("/deck nothing-here")
        assert "There is no deck nothing-here" in refused and "iam" in refused
    finally:
        await t.close()


async def test_groups_on_one_deck_share_its_questions_not_their_boards(tmp_path: Path) -> None:
    t = await Transcript.open(tmp_path, "2026-03-02T08:00Z", content_dir=two_decks(tmp_path))
    try:
        for room in ("a-room", "b-room"):
            await t.say(f"/channel {room}")
            await t.say("/settings language en")
            await t.say("/deck iam")
            await t.say("/post-now")
            await t.say("/answer 1")
        assert t.app is not None
        shelf = t.app.service.shelf
        iam = [c for c in shelf.loaded() if c.key == "iam"]
        assert len(iam) == 1  # one deck loaded once, shared by both rooms
        board = await t.say("/leaderboard")
        assert "alice" in board
        await t.say("/channel c-room")
        await t.say("/settings language en")
        await t.say("/deck iam")
        assert "alice" not in await t.say("/leaderboard")  # boards stay per group
    finally:
        await t.close()


async def test_an_open_post_stays_answerable_after_a_deck_switch(tmp_path: Path) -> None:
    t = await Transcript.open(tmp_path, "2026-03-02T08:00Z", content_dir=two_decks(tmp_path))
    try:
        await t.say("/settings language en")
        await t.say("/deck iam")
        assert "Question of the day" in await t.say("/post-now")
        await t.say("/deck vpc")
        answered = await t.say("/answer 1")
        assert "Right!" in answered or "Not quite" in answered
        assert "no longer used" not in answered
    finally:
        await t.close()
