"""Labels of the layout are never answers nor choices: the keys of a record the
notes fill in under every item ('- Symptoms: …' / '- Verification: …' /
'- Commands: …'), and the emphasis and remark words a note-taker puts before a
line ('**중요**:', '비유:', '주요 필드:')."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.naming import is_label

TROUBLESHOOTING = """# Disk troubleshooting
## Common errors
- **Full Volume**:
  - Symptoms: Writes fail with no space left on device
  - Verification: Compare used blocks against the volume size
  - Commands: df, du, lsblk
- **Stale Mount**:
  - Symptoms: Processes hang while listing the mount point
  - Verification: Check whether the remote export still answers
  - Commands: mount, umount, showmount
- **Wrong Permissions**:
  - Symptoms: Daemons fail to open their own data files
  - Verification: Read the owner and mode bits of the data folder
  - Commands: ls, chmod, chown
"""

# The same keyed records, but the keys are things the notes treat under their
# own headings: the records compare those things.
PRINCIPLES = """# Test layers
## Principle 1: more tests below
- Unit Tests: seventy percent of the suite
- Integration Tests: twenty percent of the suite
- Browser Tests: ten percent of the suite
## Principle 2: faster below
- Unit Tests: a few milliseconds each, run on every save
- Integration Tests: about a second each, need a database
- Browser Tests: several seconds each, need a whole browser
## Principle 3: cheaper below
- Unit Tests: cheap to write and to keep
- Integration Tests: need fixtures and shared setup
- Browser Tests: break whenever the page layout moves
## Unit Tests
- Check one function alone with its collaborators replaced
## Integration Tests
- Check modules together against a real database
## Browser Tests
- Drive the whole application through a real browser
"""


def _choices(markdown: str) -> set[str]:
    return {c for q in build_bank(parse_markdown(markdown, "notes.md")) for c in q.choices}


def test_record_keys_repeated_under_every_item_are_no_choices() -> None:
    choices = _choices(TROUBLESHOOTING)
    assert not choices & {"Symptoms", "Verification", "Commands"}


def test_repeated_keys_that_the_notes_head_as_things_stay_choices() -> None:
    assert {"Unit Tests", "Integration Tests", "Browser Tests"} <= _choices(PRINCIPLES)


SITE_VPN = """# VPN
## Site-to-Site VPN
- **Virtual Private Gateway**: the AWS side of the tunnel, attached to one VPC
- **Customer Gateway**: the device or software on the customer side of the link
- **Transit Gateway**: a regional hub that many VPCs and tunnels attach to
- **중요**: 라우트 전파(Route Propagation) 활성화 필요
- 비유: 본사와 지사를 잇는 전용 터널
"""


def test_emphasis_and_remark_labels_are_no_choices() -> None:
    choices = _choices(SITE_VPN)
    assert "Transit Gateway" in choices, "the list still yields questions"
    assert not choices & {"중요", "비유"}


def test_remark_words_in_four_languages_are_labels() -> None:
    for word in ("중요", "비유", "주요 필드", "Analogy", "Hint", "重要", "例え", "比喻", "提示"):
        assert is_label(word), word
    for name in ("Customer Gateway", "Symptoms", "기억장치"):
        assert not is_label(name), name
