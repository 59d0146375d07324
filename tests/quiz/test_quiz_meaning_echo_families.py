"""More meaning families of the field list (bot/notes/data/fields.txt): a stem
that says a heading's name in other words ('tear down what the lab created' ->
*Cleanup*, 'users sign in with a password' -> *Authentication*, 'ship the new
build' -> *Deployment*) gives the heading away when no other choice is in that
family. Words written for this test."""

from __future__ import annotations

import pytest

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.fields import echoed_fields


@pytest.mark.parametrize(("answer", "stem", "others", "field"), [
    ("Cleanup", "Tear down every resource the exercise created",
     ["Background", "Goal"], "cleanup"),
    ("Authentication", "Users sign in with a password before anything else",
     ["Scheduling", "Storage"], "authentication"),
    ("Authorization", "Which privileges each role holds", ["Networking", "Storage"],
     "authorization"),
    ("Deployment", "Rolling out the new build to every server", ["Testing", "Design"],
     "deployment"),
    ("Rollback", "Reverting to the last build that worked", ["Design", "Monitoring"],
     "rollback"),
    ("Upgrades", "Patching the kernel on each node", ["Design", "Networking"], "upgrade"),
    ("Isolation", "Each tenant runs in its own sandbox", ["Billing", "Monitoring"], "isolation"),
    ("Query Optimization", "Tuning a slow report", ["Backups", "Replication"], "optimization"),
    ("Service Quotas", "How many instances an account may run at most: its limit",
     ["Billing", "Tagging"], "limits"),
    ("Compression", "Serving pages gzipped to save bytes", ["Caching", "Routing"], "compression"),
    ("Installation", "Setting up the agent on a new host", ["Monitoring", "Alerting"],
     "installation"),
    ("정리 작업", "실습에서 만든 리소스를 모두 삭제", ["배경", "목표"], "cleanup"),
    ("인증", "사용자가 비밀번호로 로그인", ["배포", "모니터링"], "authentication"),
    ("배포", "새 빌드를 모든 서버에 출시", ["설계", "모니터링"], "deployment"),
])
def test_a_stem_in_the_answers_family_echoes(answer: str, stem: str, others: list[str],
                                              field: str) -> None:
    assert field in echoed_fields(answer, stem, others)


def test_a_family_every_choice_is_in_points_at_none() -> None:
    assert not echoed_fields("Authentication", "Users sign in with a password",
                             ["Password Policy", "Storage"])


# Written for this test: the parts of a release runbook, said in other words.
RUNBOOK = """# Release runbook

## Stages of every release
1. **Planning**: Agree on the scope and the date with the team
2. **Deployment**: Ship the new build to every server, one zone at a time
3. **Rollback**: Revert to the last good build when error rates climb
4. **Retrospective**: Talk over what went well and what did not
"""


def test_a_stage_said_in_other_words_is_not_asked_by_them() -> None:
    bank = build_bank(parse_markdown(RUNBOOK, "runbook.md"))
    for q in bank:
        assert not ("Ship the new build" in q.prompt and q.correct_choice == "Deployment"), q
        assert not ("Revert to" in q.prompt and q.correct_choice == "Rollback"), q
