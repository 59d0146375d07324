"""A line that only lists examples of what the line above it says ('분석보고서에서
회사 이름 찾기, 부정적인 후기 또는 … 고객 상담' under 'a service that finds
items in text') has no predicate of its own: never a statement choice of a
'which is (not) true' question, where it stands out as a fragment. As a clue
under its definition it still reads. Every note here is written for the test."""

from __future__ import annotations

from bot.notes.glossary import Glossary
from bot.notes.loader import parse_markdown
from bot.quiz.example_lists import lists_examples
from bot.quiz.material import Concept, read_material
from bot.quiz.negation import _statements
from bot.quiz.truths import _usable

EXAMPLES = "분석보고서에서 회사 이름 찾기, 부정적인 후기 또는 상담 기록 속의 긍정적인 고객 반응"
NOTES = f"""# 클라우드 AI 서비스

## 언어 서비스
1. Wordfinder
- 텍스트 안에서 특정 항목을 찾아내는 서비스
- {EXAMPLES}
- 문서 속 감정을 점수로 나타낼 수 있음
2. Speaker
- 텍스트를 음성으로 변환하는 서비스
- 여러 언어의 목소리를 골라 쓸 수 있음
3. Scanner
- 스캔 문서 안에서 문자와 표를 추출하는 서비스
- 손글씨도 읽어 낼 수 있음
"""


def _concept(name: str) -> Concept:
    material = read_material(parse_markdown(NOTES, "notes.md"), Glossary())
    return next(c for group in material.groups for c in group if c.name == name)


def test_a_list_of_examples_is_no_statement_choice() -> None:
    concept = _concept("Wordfinder")
    lines = [s.text for s in concept.statements]
    assert EXAMPLES in lines  # (still the concept's line: a clue under its definition)
    assert EXAMPLES not in [s.text for s in _statements(concept)]  # 'not' questions
    assert not [s for s in concept.statements if s.text == EXAMPLES and _usable(s)]  # 'true'
    # The lines that say something stay choices.
    assert "문서 속 감정을 점수로 나타낼 수 있음" in [s.text for s in _statements(concept)]


def test_lists_of_examples_in_four_languages() -> None:
    for text in (EXAMPLES,
                 "장바구니 저장, 세션 정보 또는 게임 순위표",
                 "finding company names, negative reviews, or positive support calls",
                 "会社名の検出、否定的なレビューや肯定的な相談",
                 "检测公司名称、负面评论或正面的客服对话",
                 "로그 수집, 지표 분석 또는 경보 설정 등"):
        assert lists_examples(text), text


def test_statements_and_short_lists_are_no_lists_of_examples() -> None:
    for text in ("텍스트 안에서 특정 항목을 찾아내는 서비스",
                 "S3, EBS 또는 EFS에 저장 가능",  # a predicate closes it
                 "로그, 지표 또는 추적을 한곳에서 수집함",
                 "It can store logs, metrics, or traces",
                 "Logs are kept for 30 days, then deleted",
                 "Windows 또는 Linux",  # two items: as often a statement's object
                 "ログ、メトリクスやトレースを収集できる"):
        assert not lists_examples(text), text
