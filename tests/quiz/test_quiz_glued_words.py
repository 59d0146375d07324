"""A command glued from clipped words is given away by a clue that says them."""

from bot.quiz.gloss import gives_away
from bot.quiz.glued_words import glued_words


def test_glued_command_reads_as_its_words() -> None:
    assert glued_words("sudo userdel alice") == {"user", "delete"}
    assert glued_words("chown") == {"change", "owner"}
    assert glued_words("kubectl info") >= {"information"}


def test_plain_words_are_not_split() -> None:
    assert glued_words("docker delta model") == frozenset()


def test_clue_saying_the_clipped_words_gives_the_command_away() -> None:
    assert gives_away("sudo userdel alice", "Removes an account: deletes the user",
                      ["sudo passwd alice", "sudo chage alice"])
    assert gives_away("podman info", "설치된 엔진의 정보를 보여 준다",
                      ["podman ps", "podman images"])
    assert gives_away("chown", "파일의 소유자를 바꾼다", ["chmod", "umask"])


def test_clue_of_other_words_gives_nothing_away() -> None:
    assert not gives_away("sudo userdel alice", "Locks the password of an account",
                          ["sudo passwd alice", "sudo chage alice"])
