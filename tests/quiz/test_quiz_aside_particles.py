"""Issue 14, blind reader r-dev-41313 Q31: a clue without its asides read
'전체 오류항는 …' (READABLE): the notes' '전체 오류항(v)는' chose '는' for 'v'.
A Korean particle right after a removed aside is fitted to the word before it."""

from __future__ import annotations

from bot.quiz.aside_particles import refit
from bot.quiz.text import without_asides


def test_the_particle_fits_the_word_left_before_it() -> None:
    assert without_asides("전체 오류항(v)는 개체별 효과(a)와 개별 오차(u)로 구성됩니다.") \
        == "전체 오류항은 개체별 효과와 개별 오차로 구성됩니다."


def test_each_pair_of_forms() -> None:
    assert without_asides("모형(model)를 쓴다") == "모형을 쓴다"
    assert without_asides("서비스(S)이 있다") == "서비스가 있다"
    assert without_asides("방법(m)와 절차") == "방법과 절차"
    assert without_asides("파일(f)으로 저장") == "파일로 저장"
    assert without_asides("값(v)로 쓴다") == "값으로 쓴다"


def test_a_particle_that_already_fits_stays() -> None:
    assert without_asides("텍스트를 음성으로 변환하는 서비스 (TTS)는 무료") \
        == "텍스트를 음성으로 변환하는 서비스는 무료"
    assert without_asides("데이터(data)를 읽는다") == "데이터를 읽는다"


def test_a_word_after_the_aside_is_no_particle() -> None:
    assert refit("비용", "가격이 오른다") == "가격이 오른다"
    assert refit("비용", "이다") == "이다"
    assert refit("", "는 …") == "는 …"
