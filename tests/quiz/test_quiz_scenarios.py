"""Decision guides: 'need → the thing that meets it' lines written with an
arrow are term lines written backwards, and a list of them is matched."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.reshape import reshaped
from bot.quiz.scenarios import scenario_line

GUIDE = """# Harbour cloud

## Picking a part

- **Need to keep nightly tapes offsite for seven years?** → **Coldvault**
- **Need to fan one event out to many mail and phone listeners?** → **Chorus**
- **Need to run short jobs without renting a server?** → **Sparkle**
- **Need to replay ordered clickstreams from yesterday?** → **Tideline**
"""

TELLS = """# Harbour cloud

## Exam tells

- “Keep nightly tapes offsite for seven years” → Coldvault
- “Fan one event out to mail and phone listeners” → Chorus
- “Run short jobs without renting a server” → Sparkle
- “Replay yesterday's clickstreams in order” → Tideline
"""


def _facts(text: str) -> list[tuple[str | None, str | None]]:
    deck = reshaped(parse_markdown(text, "notes.md"))
    return [(f.term, f.definition) for t in deck.topics() for f in t.all_facts()]


def test_a_need_and_its_answer_read_as_a_backwards_term_line() -> None:
    facts = _facts(GUIDE)
    assert ("Coldvault", "Need to keep nightly tapes offsite for seven years") in facts
    assert ("Sparkle", "Need to run short jobs without renting a server") in facts
    assert ("Chorus", "Fan one event out to mail and phone listeners") in _facts(TELLS)


def test_a_list_of_needs_is_matched_to_the_things_that_meet_them() -> None:
    for notes in (GUIDE, TELLS):
        matches = [q for q in build_bank(parse_markdown(notes, "notes.md"))
                   if q.kind == "match"]
        assert matches
        for q in matches:
            # Names among names, or needs among needs; never the arrow line itself.
            names = set(q.choices) <= {"Coldvault", "Chorus", "Sparkle", "Tideline"}
            assert names or not any(c in {"Coldvault", "Chorus"} for c in q.choices)
            assert not any("→" in c or "?" in c or "“" in c for c in q.choices)
            clue = [line for line in q.prompt.split("\n") if line.startswith("- ")]
            assert not any("?" in line or "“" in line for line in clue)


def _read(line: str) -> tuple[str | None, str | None]:
    fact = parse_markdown(f"# N\n\n{line}\n", "notes.md").sections[0].topics[0].facts[0]
    read = scenario_line(fact)
    return read.term, read.definition


def test_only_one_plain_name_on_the_right_is_an_answer() -> None:
    # An aside qualifying the name is left out; its own short form stays.
    assert _read("- Need hub routing across many harbours → Relay Hub (RH) (in each region)") \
        == ("Relay Hub (RH)", "Need hub routing across many harbours")
    # A combination, an instruction, a hedge, another answer in an aside, a
    # chain or a yes/no prompt is no one thing to choose.
    for line in ("- “Public website on a pier” → Gate + public route + address",
                 "- “Root name points at the pier” → use a Pointer record",
                 "- “Subname points at another name” → often Nickname",
                 "- “Block one harbour range” → Fence rule (or Guard at layer 7)",
                 "- Small range → 16 slots → 11 usable",
                 "- Is range A inside range B? → Yes",
                 # A sentence to keep in mind, not a thing to pick.
                 "- Need pier links across many harbours → Ranges must stay apart",
                 # A practice option and its translation, a command and what
                 # it does, a need read against the lines above it.
                 "- A) Relay Hub in every region → 모든 리전의 릴레이 허브",
                 "- `PIN key value` → 分散ロックを実現する",
                 "- Most other harbour services → Side door",
                 # An instruction in Korean: its need is a condition ('… 시')
                 # cut from what to do.
                 "- 창고 주소가 모자라 배를 못 띄울 시 → 새 주소 범위 추가",
                 "- 항구 대역이 모자랄 때 → 예비 회선을 추가"):
        assert scenario_line(parse_markdown(f"# N\n\n{line}\n", "notes.md")
                             .sections[0].topics[0].facts[0]).arrow != "reversed", line


PARTS = """# Harbour cloud

## Harbour parts

### Coldvault

- Stores nightly tape images on slow shelves for years.

“Auditors demand seven years of offsite tape copies” → Coldvault

### Chorus

- Pushes one published event to every subscribed listener.

“Mail and phone listeners must hear of each order” → Chorus

### Sparkle

- Runs short functions on demand and bills by the millisecond.

“Nightly resize jobs must run without renting a server” → Sparkle
"""


def test_a_need_leading_to_its_own_heading_is_a_clue_to_it() -> None:
    named = [q for q in build_bank(parse_markdown(PARTS, "notes.md")) if q.kind == "name"]
    clues = [line for q in named for line in q.prompt.split("\n") if line.startswith("- ")]
    assert "- Auditors demand seven years of offsite tape copies" in clues
    # The need alone: never the line that ends on the name.
    assert not any("→" in line for line in clues)


def test_a_korean_name_ending_like_an_action_word_stays_a_name() -> None:
    assert _read("- 배를 여러 항구로 나눠 보낼 때 → 분산 항로기") \
        == ("분산 항로기", "배를 여러 항구로 나눠 보낼 때")
