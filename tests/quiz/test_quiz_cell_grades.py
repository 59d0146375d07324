"""A table cell clue is not asked when another row's cell in that column is a
stronger or weaker grade of the same scale ('High' beside 'Highest'): that row
is high too, so two choices would be right."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.grades import same_scale, superlative

# Invented storage classes: a graded column beside a plain one.
TIERS = """## Vault
### Shelf classes
| Class | Guard | Fetch Cost | Shelf Cost |
| --- | --- | --- | --- |
| Amber | Strong | Low | High |
| Birch | Weak | High | Low |
| Cedar | - | Highest | Lowest |
"""


def _asked(text: str) -> list[str]:
    bank = build_bank(parse_markdown(text, "notes.md"))
    return [q.prompt for q in bank if q.kind == "match"]


def test_a_grade_beside_a_stronger_grade_is_not_a_clue() -> None:
    prompts = _asked(TIERS)
    assert not any("Fetch Cost: High" in p and "Highest" not in p for p in prompts)
    # A grade no other row of its column shares is still asked.
    assert any("- Fetch Cost: Low" in p for p in prompts)
    # The scale's end names its row: no row graded 'High' is 'Highest'.
    assert any("- Fetch Cost: Highest" in p for p in prompts)


def test_grades_of_one_scale() -> None:
    assert same_scale("High", "Highest")
    assert same_scale("Low", "Lowest")
    assert same_scale("높음", "매우 높음")
    assert same_scale("높음", "가장 높음")
    assert same_scale("高い", "最も高い")
    assert same_scale("高", "最高")
    assert same_scale("高", "较高")
    assert same_scale("Cheap ($)", "Cheaper")
    assert not same_scale("High", "Medium")
    assert not same_scale("낮음", "높음")
    assert not same_scale("10 Gbps", "100 Gbps")
    assert not same_scale("User", "Users")
    assert superlative("Highest", "High") and superlative("가장 높음", "높음")
    assert superlative("最高", "高")
    assert not superlative("High", "Highest") and not superlative("Interest", "Rate")
