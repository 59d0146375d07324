"""오른쪽/왼쪽 translate 'right'/'left': a clue saying the side gives away the
one option named by it."""

from bot.quiz.gloss import gives_away


def test_the_side_said_in_korean_gives_its_option_away() -> None:
    assert gives_away("Right-Only", "가장 오른쪽 페이지에만 삽입", ["Left-Only", "Balanced"])
    assert gives_away("Left join", "왼쪽 테이블의 행은 모두 남긴다", ["Right join", "Inner join"])


def test_the_other_side_gives_nothing_away() -> None:
    assert not gives_away("Right-Only", "가장 왼쪽 페이지에만 삽입", ["Left-Only", "Balanced"])
