"""Numbered lists read as what they are: a numbered 'name：description' item is
a term line as much as a bulleted one; a procedure's steps are asked without
the code statement each step ends on (its example), and a Korean heading
ending on '… 프로세스' says its list is an order, as 'Build process' does."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.question import Question


def _bank(text: str) -> list[Question]:
    return list(build_bank(parse_markdown(text, "notes.md")))


# Steps of a made-up procedure, each with the line of code that does it below.
STEPS_WITH_CODE = """## 세션 발급 프로세스

1. 요청 헤더의 검증
   `const ok = check(req);`
2. 사용자 레코드의 조회
   `const user = db.find(id);`
3. 토큰 서명의 계산
   `const sig = sign(user);`
4. 응답 본문의 전송
   `res.send(sig);`
"""


def test_steps_under_a_korean_process_heading_are_asked_in_order() -> None:
    orders = [q for q in _bank(STEPS_WITH_CODE) if q.kind == "order"]
    assert any(q.correct_choice == "요청 헤더의 검증" for q in orders)
    after = [q for q in orders if "- 사용자 레코드의 조회" in q.prompt]
    assert after and after[0].correct_choice == "토큰 서명의 계산"


def test_a_step_is_asked_without_the_code_statement_it_ends_on() -> None:
    orders = [q for q in _bank(STEPS_WITH_CODE.replace("세션 발급 프로세스", "세션 발급 순서"))
              if q.kind == "order"]
    assert orders
    for q in orders:
        for choice in q.choices:
            assert "=" not in choice and ";" not in choice and "(" not in choice


def test_a_name_in_code_style_stays_in_its_step() -> None:
    # ('… with `make image`': the code is what the step runs, a word of its
    # sentence, not an example of it.)
    steps = """## Release steps

1. Build the release image with `make image`
2. Check the staging cluster with `make smoke`
3. Tag the commit with the next version number
4. Push the tag so the pipeline publishes it
"""
    orders = [q for q in _bank(steps) if q.kind == "order"]
    assert any(q.correct_choice == "Check the staging cluster with make smoke" for q in orders)


def test_a_korean_process_named_alone_is_no_order() -> None:
    # ('프로세스' alone names the operating system's thing, not a procedure.)
    listed = STEPS_WITH_CODE.replace("## 세션 발급 프로세스", "## 프로세스")
    assert not any(q.kind == "order" for q in _bank(listed))


NUMBERED_TERMS = """### 设计原则

1. **读写分离**：查询走从库，写入走主库
2. **冷热分层**：近期订单放在高速磁盘上
3. **幂等接口**：重复提交的请求只生效一次
4. **熔断降级**：下游超时后直接返回兜底结果
"""


def test_numbered_items_with_a_full_width_colon_are_term_lines() -> None:
    matches = [q for q in _bank(NUMBERED_TERMS) if q.kind == "match"]
    assert any(q.correct_choice == "幂等接口" and "重复提交的请求只生效一次" in q.prompt
               for q in matches)
