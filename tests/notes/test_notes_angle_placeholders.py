"""A placeholder written in angle brackets is text, not an HTML tag to strip."""

from __future__ import annotations

from bot.notes.lines import clean_inline, split_term
from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank

CLUSTER = """# Cluster notes

## Networking
- **DNS server**: Runs as pods in the kube-system namespace
- **Service lookup**: Resolves <svc>.<ns>.svc.cluster.local names
- **Pod network**: Gives every pod an address of its own<br>routed without NAT
- **Policies**: Allow all traffic until a <b>restrictive</b> policy selects a pod
"""


def test_placeholders_stay_and_tags_go() -> None:
    assert clean_inline("Resolves <svc>.<ns>.svc.cluster.local") == \
        "Resolves <svc>.<ns>.svc.cluster.local"
    assert clean_inline("kubectl logs <pod-name> -n <your-space>") == \
        "kubectl logs <pod-name> -n <your-space>"
    assert clean_inline("a List<T> of items") == "a List<T> of items"
    assert clean_inline("one<br>two <BR/> three") == "one two three"
    assert clean_inline('<span style="color:red">red</span> <b>bold</b>') == "red bold"
    assert clean_inline('<img src="a.png" width="50"> shown') == "shown"
    assert clean_inline("<CourseList /> after") == "after"  # a self-closing component
    split = split_term("**Service lookup**: Resolves <svc>.<ns>.svc.cluster.local names")
    assert split.definition == "Resolves <svc>.<ns>.svc.cluster.local names"


def test_a_question_shows_the_placeholder_as_written() -> None:
    shown = [q.prompt + " ".join(q.choices) for q in build_bank(parse_markdown(CLUSTER, "k.md"))]
    on_lookup = [s for s in shown if "svc.cluster.local" in s]
    assert on_lookup
    assert all("<svc>.<ns>.svc.cluster.local" in s for s in on_lookup)
    assert not any("<br>" in s or "<b>" in s for s in shown)
