"""A word a question shows that English spells otherwise, and the notes never
write right, is set right when one English word is meant; the question is
dropped when none or several are. Names are never touched."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.misspelt import Misspellings, english_slip
from bot.quiz.question import Question
from bot.quiz.text import NoGlossary

PAGING = """# Page replacement

## Policies
- Least Recently Used: evicts the page whose last use lies furthest in the past
- Least Freqently Used: evicts the page read the fewest times since it was loaded
- First In First Out: evicts the page that was loaded before all the others
- Second Chance: gives a page with its refrence bit set one more round before eviction
- Optimal Replacement: evicts the page whose next use lies furthest in the future, a bound
  no real system reaches

## Clock hand
- The hand sweeps the frames in a circle and clears each reference bit it passes
- A page is evicted when the hand finds its bit already cleared, a cheap stand-in for recency
"""


def _shown(bank: tuple[Question, ...]) -> list[str]:
    return [text for q in bank for text in (q.prompt, *q.choices, q.explanation)]


def test_a_choice_and_a_stem_word_are_set_right_to_the_one_english_word_meant() -> None:
    deck = parse_markdown(PAGING, "paging.md")
    bank = build_bank(deck)
    shown = _shown(bank)
    assert any("Least Frequently Used" in q.choices for q in bank)
    assert any("refrence" not in q.prompt and "reference bit" in q.prompt for q in bank)
    # Nor does the lesson keep the slip ('— Least Freqently Used' under a
    # question on another policy).
    assert not any("Freqently" in text or "refrence" in text for text in shown)
    # The notes keep their own words.
    facts = [f.text for t in deck.topics() for f in t.all_facts()]
    assert any("Freqently" in f for f in facts)


def test_a_slip_with_no_single_english_word_drops_the_question() -> None:
    # 'Hierarchica' is only the start of 'hierarchical' (no slip spelling.py
    # trusts); 'Invrted' is one letter from 'inverted' and from 'invited'.
    notes = PAGING.replace("Second Chance", "Hierarchica Chance") \
        .replace("Optimal Replacement", "Invrted Replacement")
    bank = build_bank(parse_markdown(notes, "paging.md"))
    assert bank
    assert not any("Hierarchica" in t or "Invrted" in t for q in bank
                   for t in (q.prompt, *q.choices))
    assert len(bank) < len(build_bank(parse_markdown(PAGING, "paging.md")))


def _fix(word: str) -> str | None:
    slip = english_slip(word)
    return None if slip is None else slip.fix


def test_slips_of_each_kind() -> None:
    assert _fix("Veideo") == "Video" and _fix("Inteligent") == "Intelligent"
    # Listed by the word list, never met in its texts, beside a word English writes often.
    assert _fix("Hightest") == "Highest"
    # Two letters swapped, in a long word and in a short one.
    assert _fix("avaliability") == "availability" and _fix("Magentic") == "Magnetic"
    # Found, but no single fix: the question is dropped.
    assert _fix("Multileve") == "" and _fix("Databse") == ""


NAMES = """Kubernetes nginx Redis Memcached Fargate QuickSight boto3 DynamoDB maxRetries
HTTPS gp3 Rekognition Percona lookup Resize postgres nodejs Firehose Frontend backend
Tiering gotchas Memorise neighbour Eventing caching Deprecation Balancers subnets
Kinesis Elasticsearch Grafana Terraform Karpenter kubectl containerd Loadbalancer
fibre fibres Centre kilometres marvellous paediatric"""


def test_names_technical_words_and_british_spellings_are_never_slips() -> None:
    slips = Misspellings([NAMES], NoGlossary())
    assert slips.fixes([NAMES]) == {}
    for name in NAMES.split():
        assert english_slip(name) is None, name
    # A command's flag, a path, a file name: no words of prose.
    assert slips.fixes(["mysql -uroot -p", "etc/Inteligent", "Inteligent.yaml"]) == {}


def test_a_word_the_notes_write_often_is_a_name() -> None:
    shown = ["Hierarchica Paging"]
    assert Misspellings(["Hierarchica Paging"], NoGlossary()).fixes(shown) is None
    often = ["Hierarchica Paging keeps tables of tables", "Hierarchica Paging",
             "a Hierarchica walk"]
    assert Misspellings(often, NoGlossary()).fixes(shown) == {}
    # Written often, and the English word written about as often: still a slip.
    both = ["an Inteligent tier"] * 4 + ["an intelligent tier"] * 2
    assert Misspellings(both, NoGlossary()).fixes(["Inteligent Tiering"]) \
        == {"Inteligent": "Intelligent"}


def test_a_name_of_one_word_is_kept() -> None:
    # 'Braket' is one dropped letter from 'bracket': as the whole name of a
    # thing (a heading, a term, a choice) it is the name its makers chose.
    assert _fix("Braket") == ""
    assert Misspellings(["Braket", "runs circuits"], NoGlossary()).fixes(["Amazon Braket"]) == {}
    assert Misspellings(["Braket: runs circuits"], NoGlossary()).fixes(["Amazon Braket"]) == {}
    assert Misspellings([], NoGlossary()).fixes(["Braket", "Polly"]) == {}
    assert Misspellings([], NoGlossary()).fixes(["Amazon Braket"]) is None


class _Glossary(NoGlossary):
    def canonical(self, term: str) -> str | None:
        return "Hierarchica Paging" if term in ("Hierarchica", "Hierarchica Paging") else None


def test_a_word_of_a_name_the_glossary_gives_is_kept() -> None:
    assert Misspellings([], _Glossary()).fixes(["Hierarchica Paging"]) == {}
    assert Misspellings([], NoGlossary()).fixes(["Hierarchica Paging"]) is None
