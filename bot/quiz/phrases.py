"""The generator's own words, in the language the notes are written in."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

_HANGUL = re.compile(r"[\uac00-\ud7a3]")
_LATIN = re.compile(r"[A-Za-z]")
_KANA = re.compile(r"[\u3040-\u30ff]")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")


@dataclass(frozen=True, kw_only=True, slots=True)
class Phrases:
    language: str
    which_is_described: str
    not_true: str  # {name}
    true_of: str  # {name}
    describes_term: str  # {term}
    column_of_term: str  # {term} {column}: a table's value column asked by its header
    which_has_column: str  # {column}
    fill_blank: str
    fill_name: str  # a name blanked in its own line
    answer: str  # {answer} {where}
    false_is_about: str  # {text} {owner} {ref}
    versus: str  # {one} {other}
    first_step: str
    next_step: str
    step_order: str
    flow_order: str
    rank_order: str  # a chain 'A < B < C'

    def particles(self) -> bool:
        return self.language == "ko"


KO = Phrases(
    language="ko",
    which_is_described="다음 설명에 해당하는 것은?",
    not_true="다음 중 {name}에 대한 설명으로 옳지 않은 것은?",
    true_of="다음 중 {name}에 대한 설명으로 옳은 것은?",
    describes_term="다음 중 '{term}'에 대한 설명으로 옳은 것은?",
    column_of_term="다음 중 '{term}'의 {column}에 해당하는 것은?",
    which_has_column="다음 {column}에 해당하는 것은?",
    fill_blank="빈칸에 들어갈 알맞은 값은?",
    fill_name="빈칸에 들어갈 알맞은 것은?",
    answer="정답: {answer} ({where})",
    false_is_about="'{text}'은(는) {owner}에 대한 설명입니다 ({ref}).",
    # No subject particle after a name: '이(가)' reads as a template, and which
    # of the two a Latin name takes depends on how it is read aloud.
    versus="{one}에만 해당하고 {other}에는 해당하지 않는 설명은?",
    first_step="다음 중 가장 먼저 하는 단계는?",
    next_step="아래 단계 바로 뒤에 오는 단계는?",
    step_order="다음 중 단계를 올바른 순서로 나열한 것은?",
    flow_order="다음 중 흐름을 올바른 순서로 나열한 것은?",
    rank_order="다음 중 대소 관계를 올바르게 나타낸 것은?",
)
EN = Phrases(
    language="en",
    which_is_described="Which one does this describe?",
    not_true="Which statement about {name} is NOT true?",
    true_of="Which statement about {name} is true?",
    describes_term="Which statement describes '{term}'?",
    column_of_term="What is the {column} for '{term}'?",
    which_has_column="Which one has this {column}?",
    fill_blank="Which value fills the blank?",
    fill_name="Which fills the blank?",
    answer="Answer: {answer} ({where})",
    false_is_about="'{text}' is said of {owner} ({ref}).",
    versus="Which of these is true of {one}, not of {other}?",
    first_step="Which step comes first?",
    next_step="Which step comes right after this one?",
    step_order="Which lists the steps in the right order?",
    flow_order="Which shows this flow in the right order?",
    rank_order="Which puts these in the right order of size?",
)

# Notes in Japanese or Chinese are asked in their own language: a Korean or
# English stem over a Japanese clue reads as two languages glued together (and
# the check for a clue that translates its answer needs one language).
JA = Phrases(
    language="ja",
    which_is_described="次の説明に当てはまるものはどれですか？",
    not_true="{name}についての説明として正しくないものはどれですか？",
    true_of="{name}についての説明として正しいものはどれですか？",
    describes_term="「{term}」の説明として正しいものはどれですか？",
    column_of_term="「{term}」の{column}として正しいものはどれですか？",
    which_has_column="次の{column}に当てはまるものはどれですか？",
    fill_blank="空欄に入る値はどれですか？",
    fill_name="空欄に入るものはどれですか？",
    answer="正解：{answer}（{where}）",
    false_is_about="「{text}」は{owner}についての説明です（{ref}）。",
    versus="{one}には当てはまり、{other}には当てはまらないものはどれですか？",
    first_step="最初に行う手順はどれですか？",
    next_step="次の手順のすぐ後に来る手順はどれですか？",
    step_order="手順を正しい順に並べたものはどれですか？",
    flow_order="流れを正しい順に並べたものはどれですか？",
    rank_order="大小関係を正しく表したものはどれですか？",
)
ZH = Phrases(
    language="zh",
    which_is_described="下列描述对应的是哪一项？",
    not_true="关于{name}，下列说法错误的是哪一项？",
    true_of="关于{name}，下列说法正确的是哪一项？",
    describes_term="下列哪一项是对“{term}”的正确描述？",
    column_of_term="下列哪一项是“{term}”的{column}？",
    which_has_column="下列{column}对应的是哪一项？",
    fill_blank="空白处应填入的值是哪一项？",
    fill_name="空白处应填入的是哪一项？",
    answer="答案：{answer}（{where}）",
    false_is_about="“{text}”说的是{owner}（{ref}）。",
    versus="下列哪一项适用于{one}，而不适用于{other}？",
    first_step="下列哪一步是第一步？",
    next_step="紧接在下面这一步之后的是哪一步？",
    step_order="下列哪一项按正确顺序列出了这些步骤？",
    flow_order="下列哪一项按正确顺序列出了这一流程？",
    rank_order="下列哪一项正确表示了大小关系？",
)


def phrases_for(texts: Iterable[str]) -> Phrases:
    """Korean when the notes are mostly Hangul, Japanese or Chinese when they
    are mostly kana and Han, English otherwise."""
    hangul = latin = kana = han = 0
    for text in texts:
        hangul += len(_HANGUL.findall(text))
        latin += len(_LATIN.findall(text))
        kana += len(_KANA.findall(text))
        han += len(_HAN.findall(text))
    cjk = kana + han
    if cjk > hangul and cjk * 2 >= latin and cjk:
        # Japanese writes kana between its Han words; Chinese none.
        return JA if kana * 10 >= cjk else ZH
    # Korean notes are full of English service names: a third Hangul is Korean.
    return KO if hangul and hangul * 2 >= latin else EN
