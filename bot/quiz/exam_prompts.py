"""An exam question's instruction copied into the notes ('(가), (나)에 들어갈
단어를 적으시오', '空欄に入る語を答えよ', '请写出…', 'Fill in the blanks'): it tells
a candidate what to write, about a picture or a passage the notes may not
show. It states nothing, so it is neither a clue, a blank nor a choice, and a
question built on it would ask the member to write an answer into a
multiple-choice question."""

from __future__ import annotations

import re

from bot.notes.literals import holds_any

_PROMPT = re.compile(
    # Korean: the imperative of an exam paper ('적으시오', '고르시오', '서술하시오',
    # '쓰시오'), and the slot to fill ('빈칸에 들어갈', '(가)에 들어갈 말').
    r"(?:적|쓰|고르|서술하|기술하|작성하|답하|구하|나열하|채우|제시하|설명하)(?:시오|세요)"
    r"(?=$|[\s.。)\]])|"
    r"들어갈\s*(?:알맞은\s*|적절한\s*|올바른\s*)?(?:단어|말|용어|내용|값|것|개념|숫자)|"
    r"빈\s*칸에|"
    # Japanese: '答えよ', '選べ', '記述せよ', '書きなさい', '空欄に入る'.
    r"(?:答え|選び|書き|述べ|記述し|説明し)なさい|(?:答えよ|選べ|書け|述べよ|記述せよ|説明せよ|求めよ)"
    r"(?=$|[\s。.)）])|空欄に(?:入る|当てはまる)|"
    # Chinese: '请写出', '请选择', '填空', '选出正确的'.
    r"请(?:写出|填写|选择|选出|回答|简述|说明)|填入|填空|选出(?:正确|错误)|"
    # English: 'Fill in the blank(s)', 'Choose the correct answer'.
    r"\bfill in the blanks?\b|\b(?:choose|select|circle|pick) the (?:correct|best|right|"
    r"wrong|incorrect) (?:answer|option|choice|one)s?\b|"
    # An interviewer's prompt, asked politely rather than with a question mark
    # ('Undo 영역에 대해 설명해 주세요', '違いを説明してください', '请解释…', 'Explain
    # how …'): it asks the candidate to talk, and the notes answer it elsewhere.
    r"(?:설명|말|말씀|이야기|얘기)\s?해\s?(?:주세요|주십시오|주시겠어요|보세요|줘)(?=$|[\s.。)\]])|"
    r"(?:説明|紹介)して(?:ください|下さい|みてください)|教えて(?:ください|下さい)|"
    r"请(?:解释|谈谈|介绍)|"
    r"^(?:please\s+)?(?:explain|describe)\s+(?:the|how|why|what|when|which|whether|your)\b"
    r"|^tell me (?:about|how|why|what)\b",
    re.IGNORECASE)
# Words one of which every match of `_PROMPT` holds (literals.py: most lines
# are no prompt, and the pattern tries each branch at every character).
_PROMPT_WORDS = (
    "시오", "세요", "들어갈", "칸에", "なさい", "答えよ", "選べ", "書け", "述べよ", "せよ",
    "求めよ", "空欄に", "请", "填", "选出", "fill in", "choose", "select", "circle", "pick",
    "주시겠어요", "줘", "ください", "下さい", "explain", "describe", "tell me")


def is_exam_prompt(text: str) -> bool:
    """The line instructs a candidate what to write or pick."""
    return holds_any(text, _PROMPT_WORDS) and bool(_PROMPT.search(text))
