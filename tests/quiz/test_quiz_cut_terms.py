"""A term read off 'X는 …' is cut from a sentence when the '는' is a verb's
ending ('주고받는 모든 데이터를 …': after a syllable with a final consonant
the topic particle is 은, so '주고받' is a bare verb stem) or when it opens a
quote it never closes ('"이 출처는 안전하니 …'). Neither is a name to offer.
Every note here is written for the test."""

from __future__ import annotations

import pytest

from bot.quiz.material import _open_quote, _verb_stem_before_neun


@pytest.mark.parametrize(("term", "line", "cut"), [
    ("주고받", "주고받는 모든 데이터를 암호화하고 복호화해야 하기 때문입니다.", True),
    ('"이 출처', '"이 출처는 안전하니 브라우저에게 알려주는 정책입니다.', True),
    ("프로세스", "프로세스는 실행 중인 프로그램입니다.", False),
    ("CORS", "CORS는 다른 출처의 자원을 허락하는 정책입니다.", False),
    ('"Hello" 요청', '"Hello" 요청은 첫 메시지입니다.', False),
])
def test_a_verb_stem_or_an_open_quote_is_cut(term: str, line: str, cut: bool) -> None:
    assert (_open_quote(term) or _verb_stem_before_neun(term, line)) is cut
