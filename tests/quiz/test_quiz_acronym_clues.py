"""A name question's clue that names an acronym spelling out the answer's name."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank

ENDPOINTS = """# Notes

### Endpoints
1. Elastic Network Interface (ENI)
- A virtual network card attached to one instance
- Keeps its private address when moved between instances
2. Endpoint kinds
- Interface endpoint
    - Uses an ENI as the entry point for most services
    - Carries TCP traffic only
- Gateway endpoint
    - Adds a route to object storage in the route table
    - Reaches only two storage services of the region
- Balancer endpoint
    - Sends packets through security appliances of a vendor
    - Scales the appliances behind one address
"""


def test_an_acronym_in_a_clue_spelling_the_answer_is_no_clue() -> None:
    # 'ENI' spelled out says Interface: the clue points at 'Interface endpoint'.
    for q in build_bank(parse_markdown(ENDPOINTS, "notes.md")):
        if q.kind == "name" and q.correct_choice == "Interface endpoint":
            assert "ENI" not in q.prompt
