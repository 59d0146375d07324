"""han.clue_text reads a stem without the generator's own sentences: only the
sentences a line opens and closes as are matched, with the same result as
matching every one of them."""

from __future__ import annotations

import re
from dataclasses import fields

from bot.quiz import han
from bot.quiz.phrases import EN, JA, KO, ZH


def _sentences() -> list[str]:
    return [getattr(words, f.name) for words in (KO, EN, JA, ZH) for f in fields(words)
            if isinstance(getattr(words, f.name), str) and f.name != "language"]


def _plain(stem: str) -> str:
    """Every sentence matched against every line, as a pattern each."""
    patterns = [re.compile("(.+?)".join(map(re.escape, re.split(r"\{\w+\}", s))) + r"\Z",
                           re.DOTALL) for s in _sentences()]
    kept = []
    for line in stem.splitlines():
        line = line.strip()
        for pattern in patterns:
            match = pattern.match(line)
            if match is not None:
                line = " ".join(match.groups())
                break
        kept.append(line)
    return "\n".join(kept)


def test_the_generator_s_sentences_are_read_as_before() -> None:
    fillers = ("캐시 노드", "a bucket", "根节点", "{x}", "")
    lines = [re.sub(r"\{\w+\}", filler, s) for s in _sentences() for filler in fillers]
    lines += ["데이터를 저장하는 서비스", "Which one is it?", "  ", "x"]
    for line in lines:
        stem = f"Topic\n{line}\n- a clue line"
        assert han.clue_text(stem) == _plain(stem)


def test_a_line_of_the_notes_compiles_no_sentence() -> None:
    han._template.cache_clear()
    assert han.clue_text("스냅샷은 증분 방식으로 저장됨\nSnapshots are incremental") \
        == "스냅샷은 증분 방식으로 저장됨\nSnapshots are incremental"
    assert han._template.cache_info().currsize == 0
