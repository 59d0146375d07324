"""A heading that names its part's role in the notes (a knowledge check, a
side of a discussion, a how-to) or carries a pointer to elsewhere in the
notes ('(see above)') names no thing: never a choice of a name question.
Notes written for the test."""

from __future__ import annotations

import pytest

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.heading_forms import titles_a_role
from bot.quiz.material import is_concept_name

COURSE = """# Cloud course

## Content delivery

### Edge caches

- Copies of popular files are kept in data centres near the viewers
- A viewer's request is served from the nearest copy when one is there

### Knowledge Check

- Serving files from data centres near the viewers
- Renting whole servers by the hour

### How to invalidate a cached file

- Send an invalidation request naming the path of the file
- Wait until every edge location has dropped its copy
"""


@pytest.mark.parametrize("title", [
    "Knowledge Check", "Check your understanding", "Quiz 2", "Exercises",
    "Argument in favor", "Arguments against", "Critiques", "Objections",
    "Smith's own take", "How to invalidate a cached file",
    "ジョブスクリプトの書き方", "キャッシュを消す方法", "如何配置缓存", "캐시를 비우는 방법",
    "性質（3と4は上の例を参照）", "Ports (see above)", "연습 문제",
])
def test_role_titles_name_no_thing(title: str) -> None:
    assert titles_a_role(title)
    assert not is_concept_name(title)


@pytest.mark.parametrize("title", [
    "Edge caches", "Health check", "Unit test", "Code review", "A/B test",
    "HTTP responses", "Load Balancing", "Cross-Origin Resource Sharing (CORS)",
    "방법론", "Route 53",
])
def test_names_of_things_stay(title: str) -> None:
    assert not titles_a_role(title)


def test_a_knowledge_check_is_never_offered_beside_a_topic() -> None:
    bank = build_bank(parse_markdown(COURSE, "course.md"))
    for q in bank:
        for choice in q.choices:
            assert "Knowledge Check" not in choice, (q.prompt, q.choices)
            assert not choice.startswith("How to"), (q.prompt, q.choices)
