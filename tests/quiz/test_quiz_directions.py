"""Two lines that turn one thing into another the opposite way round
('음성을 텍스트로 변환' / '텍스트를 음성으로 변환하는 서비스') share every word,
yet say opposite things: a sibling whose notes say the reverse of a clue is
told apart by it, not a second right answer. Every note here is written for
the test."""

from __future__ import annotations

from bot.notes.glossary import Glossary
from bot.notes.loader import parse_markdown
from bot.quiz.concepts import _could_be
from bot.quiz.directions import conversions, reversed_in
from bot.quiz.material import Concept, Material, Statement, read_material

NOTES_KO = """# 클라우드 AI 서비스

## 음성 서비스
1. Speaker
- 텍스트를 음성으로 변환하는 서비스
2. Listener
- 음성을 텍스트로 변환
3. Finder
- 문서 안에서 회사 이름과 장소를 찾아내는 서비스
4. Voicer
- 텍스트를 음성으로 바꾸어 읽어 주는 서비스
"""

NOTES_EN = """# Cloud AI services

## Voice services
1. Speaker
- a service that converts text to speech
2. Listener
- converts speech to text
3. Finder
- finds company names and places inside documents
"""


def _read(notes: str) -> tuple[Material, dict[str, Concept]]:
    material = read_material(parse_markdown(notes, "notes.md"), Glossary())
    return material, {c.name: c for group in material.groups for c in group}


def test_a_reverse_conversion_is_told_apart_ko() -> None:
    material, by_name = _read(NOTES_KO)
    listener = by_name["Listener"]
    clue = listener.statements[0]
    # The speaker turns text into speech: not a second right answer.
    assert not _could_be(by_name["Speaker"], listener, [clue], material)
    # Said the clue's own way round, it is one.
    same_way = Statement(text="텍스트를 음성으로 변환", source=clue.source)
    assert _could_be(by_name["Voicer"], by_name["Speaker"], [same_way], material)


def test_a_reverse_conversion_is_told_apart_en() -> None:
    material, by_name = _read(NOTES_EN)
    listener = by_name["Listener"]
    assert not _could_be(by_name["Speaker"], listener, [listener.statements[0]], material)


def test_conversions_in_four_languages() -> None:
    assert conversions("음성을 텍스트로 변환") == {("음성", "텍스트")}
    assert conversions("音声をテキストに変換するサービス") == {("音声", "テキスト")}
    assert conversions("将文本转换为语音") == {("文本", "语音")}
    assert conversions("a text-to-speech service") == {("text", "speech")}
    assert conversions("음성 → 텍스트") == {("음성", "텍스트")}
    # A path of several arrows is no conversion.
    assert conversions("프라이빗 서브넷 -> 라우팅 테이블 -> NAT -> 인터넷") == frozenset()


def test_a_line_saying_both_ways_is_no_reverse() -> None:
    assert reversed_in("음성을 텍스트로 변환", ["텍스트를 음성으로 변환"])
    assert not reversed_in("음성을 텍스트로 변환",
                           ["텍스트를 음성으로 변환", "음성을 텍스트로 변환도 가능"])
    assert not reversed_in("문서 안에서 이름을 찾음", ["텍스트를 음성으로 변환"])
