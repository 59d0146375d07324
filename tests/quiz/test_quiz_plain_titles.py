"""A plain line set as a title over the lines after it ('**솔트**' over the
paragraph defining a salt, '__The overlooked purposes of navigation__' over
its bullets), two or more of them under one heading: those lines describe the
thing each title names, not the heading. They are no clue that names the
heading (a question on them asks where the author filed them). A single
lead-in line over a list, and a title naming the heading's own subject, leave
the lines the heading's. Every note here is written for the test."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.notes.model import Fact, SourceRef
from bot.quiz.bank import build_bank
from bot.quiz.material import is_concept_name
from bot.quiz.naming import names_no_thing
from bot.quiz.sub_titles import under_titles

KO_TERMS = """# 인증 보안 설계

### 접근 통제 항목 점검
정책 문서에 따라 역할별 권한을 정기적으로 검토하는 절차를 설계한다.

**스트레칭**
해시 함수를 수천 번 반복 적용하여 무차별 대입 공격에 드는 시간을 늘리는 기법

**리플레이 공격**
정상 사용자가 보낸 인증 메시지를 가로챈 뒤 그대로 다시 보내 인증을 통과하려는 공격

### 세션 관리 항목 점검
세션 식별자는 로그인 시마다 새로 발급하고 일정 시간 동안 요청이 없으면 만료시킨다.

**키 스트레칭 횟수**
반복 횟수가 많을수록 공격 비용이 커지지만 정상 로그인 응답도 그만큼 느려진다

**세션 고정 공격**
공격자가 미리 정한 세션 식별자를 피해자가 그대로 쓰게 만들어 로그인 뒤 세션을 가로채는 공격
"""

EN_BOOK = """# Designing Forms

### Labels You Should Write

__Where the label goes and how it is aligned__

- Top-aligned labels let people read the form in one downward sweep of the eye.
- Left-aligned labels slow reading but make it easy to scan the labels alone.

__How long a label may be before people skip it__

- Labels longer than four words are skimmed, and their last words are not read.

### Mistakes You Must Avoid

__Asking for the same thing twice__

- Asking for the same address twice makes people wonder whether the two differ.

__Placeholders that vanish while people type__

- Placeholder text disappears on input and leaves people unsure of what to type.
"""


def _line(text: str, line: int, kind: str = "text", children: tuple[Fact, ...] = ()) -> Fact:
    return Fact(text=text, source=SourceRef(file="notes.md", line=line), kind=kind,
                children=children)


def _under(facts: list[Fact], about: list[str]) -> set[int]:
    return under_titles(facts, about, is_concept_name, names_no_thing)


def test_lines_under_plain_titles_of_other_things_are_theirs() -> None:
    facts = [_line("정책 문서에 따라 권한을 검토하는 절차를 설계한다.", 1),
             _line("스트레칭", 2), _line("해시 함수를 반복 적용해 공격 시간을 늘리는 기법", 3),
             _line("리플레이 공격", 4), _line("가로챈 인증 메시지를 다시 보내는 공격", 5)]
    under = _under(facts, ["접근 통제 항목 점검"])
    assert {id(f) for f in facts[1:]} == under


def test_a_single_lead_in_and_the_headings_own_title_stay() -> None:
    lead_in = [_line("The states a request passes through", 1),
               _line("Queued, then running, then done.", 2, kind="bullet")]
    assert not _under(lead_in, ["Request lifecycle"])
    own = [_line("세션 고정", 1), _line("공격자가 정한 식별자를 피해자가 쓰게 만드는 공격", 2),
           _line("세션 하이재킹", 3), _line("세션을 가로채 인증을 건너뛰는 공격", 4)]
    under = _under(own, ["세션 고정"])
    assert id(own[1]) not in under and id(own[3]) in under


def test_a_titled_term_is_no_clue_of_the_heading() -> None:
    for text, headings in ((KO_TERMS, {"접근 통제 항목 점검", "세션 관리 항목 점검"}),
                           (EN_BOOK, {"Labels You Should Write", "Mistakes You Must Avoid"})):
        for q in build_bank(parse_markdown(text, "notes.md")):
            if q.kind in ("name", "pair") and headings & set(q.choices):
                for line in ("해시 함수", "가로챈", "세션 식별자를 피해자", "반복 횟수",
                             "Where the label goes", "How long a label", "Asking for the same",
                             "Placeholders that vanish"):
                    assert line not in q.prompt, (q.prompt, q.choices)
