"""One English word in two forms gives the answer away as the word itself
does: 'Which statement describes Anxiety?' answered by the one line that says
'felt anxious', or 'Persistence' by the one that says 'persisted'. The forms
share a family root (word_family) though neither opens the other."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.word_family import same_family

# (Synthetic: traits a made-up history of farming credits.)
TRAITS = """## Traits that helped early farmers

- Curiosity: children who explored the hills found new plants to sow.
- Persistence: farmers who persisted through two dry years kept their fields.
- Caution: herders who checked the river before crossing lost fewer goats.
- Anxiety: families who felt anxious about winter stored more grain in autumn.
- Cooperation: villages where neighbours shared the harvest work built bigger barns.
"""


def test_derived_forms_are_one_family() -> None:
    assert same_family("anxiety", "anxious")
    assert same_family("variety", "various")
    assert same_family("persistence", "persist")
    assert same_family("persistent", "persistence")
    assert same_family("performance", "perform")
    assert same_family("dependency", "depend")
    assert same_family("dangerous", "danger")
    assert not same_family("anxiety", "answer")
    assert not same_family("client", "clip")


def test_a_line_saying_the_term_in_another_form_does_not_answer_it() -> None:
    bank = build_bank(parse_markdown(TRAITS, "traits.md"))
    assert any(q.kind == "match" for q in bank), "the traits are still asked"
    for q in bank:
        right = q.choices[q.answer]
        assert not ("'Anxiety'" in q.prompt and "anxious" in right), q.prompt
        assert not ("'Persistence'" in q.prompt and "persisted" in right), q.prompt
        assert not (right == "Anxiety" and "anxious" in q.prompt), q.prompt
        assert not (right == "Persistence" and "persisted" in q.prompt), q.prompt
