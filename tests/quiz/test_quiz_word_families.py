"""Two forms of one word give each other away: 'verify' in the stem and
*Verification* as the answer, 'cacheable' asked and 캐시 (cache) answering, 헤더
(header) in the stem and *HEAD* among the choices. A word family is read by a
light suffix stripper (word_family.py). Every note here is written for the
test."""

from __future__ import annotations

import pytest

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.gloss import gives_away
from bot.quiz.word_family import family

HABITS = """## Review habits
### What a good review has
- **Verification done**: Someone must verify each change before merging
- **Small diffs**: Changes stay under a few hundred lines each time
- **Clear owner**: One named person answers for the change afterwards
- **Fast turnaround**: Replies come within one working day usually
"""

PRINCIPLES = """## 웹 설계
### 좋은 API의 조건
1. **Cacheable**: 응답을 캐시 가능하게 표시
2. **Stateless**: 요청마다 필요한 정보를 모두 담음
3. **Uniform**: 모든 자원을 같은 방식으로 다룸
4. **Layered**: 중간 서버를 두어도 클라이언트는 모름
"""

METHODS = """## HTTP
### 요청 방식

| 방식 | 용도 | 캐시 | 본문 |
|------|------|:----:|:----:|
| GET | 자원 한 건 읽기 | O | X |
| POST | 새 자원 만들기 | X | O |
| HEAD | 헤더만 받아 보기 | O | X |
| OPTIONS | 허용 방식 묻기 | O | X |
| TRACE | 되돌려 받아 경로 점검 | X | X |
"""


@pytest.mark.parametrize(("a", "b"), [
    ("verify", "Verification"), ("verified", "verify"), ("cache", "Cacheable"),
    ("caching", "cache"), ("deploy", "deployment"), ("header", "HEAD"),
    ("clustered", "cluster"), ("secure", "security"),
])
def test_forms_of_one_word_share_a_family(a: str, b: str) -> None:
    assert family(a) == family(b)


@pytest.mark.parametrize(("a", "b"), [
    ("string", "str"), ("need", "ne"), ("layer", "lay"), ("user", "use"), ("speed", "spe"),
])
def test_a_short_root_is_no_family(a: str, b: str) -> None:
    # Too little would be left: the word stays whole.
    assert family(a) != family(b)


def test_a_stem_saying_another_form_of_the_answer_gives_it_away() -> None:
    assert gives_away("Verification required", "Habits\n- Must verify your work",
                      ["Small diffs", "Clear owner"])
    assert gives_away("응답을 캐시 가능하게 표시", "좋은 API의 조건 Cacheable",
                      ["요청마다 필요한 정보를 모두 담음", "모든 자원을 같은 방식으로 다룸"])
    assert gives_away("HEAD", "- 용도: 헤더만 받아 보기", ["GET", "OPTIONS", "TRACE"])
    # Unrelated words stay apart.
    assert not gives_away("Small diffs", "Habits\n- Must verify your work",
                          ["Verification required", "Clear owner"])


def test_no_question_is_asked_by_another_form_of_its_answer() -> None:
    for notes, name in ((HABITS, "habits.md"), (PRINCIPLES, "api.md"), (METHODS, "http.md")):
        bank = build_bank(parse_markdown(notes, name))
        assert bank, name
        for q in bank:
            right = q.choices[q.answer]
            assert not (right.startswith("Verification") and "verify" in q.prompt), q.prompt
            assert not (right.startswith("응답을 캐시") and "Cacheable" in q.prompt), q.prompt
            assert not (right == "HEAD" and "헤더" in q.prompt), q.prompt
