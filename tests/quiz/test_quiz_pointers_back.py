"""A line that speaks of what a line above it said ('the conditions above',
'위에서 설명한 방식', 'this too') names nothing a question shows beside it:
no fact of its own, as a lead-in announcing what follows is none."""

from __future__ import annotations

import pytest

from bot.quiz.lead_ins import is_lead_in_or_reference


@pytest.mark.parametrize("line", [
    "若不符合上述两个要求则重新发送",
    "以上の条件を満たさない場合はエラーになる",
    "前述の設定を使う",
    "위에서 설명한 방식으로 처리한다",
    "위와 같이 마운트 대상을 가용 영역마다 만든다",
    "앞과 같은 방식으로 설정한다",
    "위처럼 설정하면 요청이 분산된다",
    "앞서 말한 값을 다시 쓴다",
    "그것 역시 8로 나눈다",
    "Requests failing the above are retried",
    "As mentioned, the cache is cleared",
    "The limits described earlier apply",
])
def test_a_line_pointing_back_is_no_fact(line: str) -> None:
    assert is_lead_in_or_reference(line)


@pytest.mark.parametrize("line", [
    "3以上の値を指定する",
    "100 이상이면 재시도한다",
    "Latency above 100 ms triggers an alert",
    "스택 위의 값을 꺼낸다",
    "单位为秒，取值在10以上",
    "높이 또한 픽셀 단위이다",
    "위치와 같이 저장한다",
])
def test_a_bound_or_a_place_is_not_a_pointer(line: str) -> None:
    assert not is_lead_in_or_reference(line)


@pytest.mark.parametrize("line", [
    "역시 다른 트랜잭션이 중간에 값을 삽입할 수 있음",
    "또한 결과가 변화할 수 있음",
    "或者，如果它是另外一个函数的参数，可以通过参数名调用。",
    "而且不会阻塞主线程",
    "Also, the cache is cleared on restart",
    "However, writes are slower",
    "しかし、書き込みは遅い",
])
def test_a_line_opening_on_a_connective_goes_on_from_another(line: str) -> None:
    assert is_lead_in_or_reference(line)


@pytest.mark.parametrize("line", [
    "역시스템 호출은 커널 모드에서 실행된다",
    "OR 연산은 둘 중 하나가 참이면 참",
    "Oracle 또한 이 방식을 쓴다",
    "또는 연산자와 그리고 연산자",
])
def test_a_connective_inside_a_line_or_a_word_is_not_one(line: str) -> None:
    assert not is_lead_in_or_reference(line)
