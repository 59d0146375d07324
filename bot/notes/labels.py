"""Generic sub-headings: words that label a part of a topic, not a topic.

Interview guides and course notes repeat the same sub-headings under every
topic (`#### 특징`, `#### 문제점`, `### Pros`). Read as topics they have no
subject ("문제점" of what?), and four "문제점" of different parents would be
merged as one concept. They are read as labelled facts of their parent topic
instead. Answer markers (`**Answer:**`, `### 답변`) only announce the text
below them and are dropped.
"""

from __future__ import annotations

import re
from functools import lru_cache

_WORDS = """
특징 주요특징 장점 단점 장단점 장점과단점 장점및단점 문제점 문제 해결책 해결 해결방법 해결방안
한계 한계점 예시 예제 예 사례 사용사례 사용예 활용 활용사례 용도 주의할점 주의점 주의사항
유의사항 참고 참고사항 비고 정리 요약 핵심 핵심정리 핵심요약 개요 개념 정의 배경 원인 결론 종류
유형 구성 구성요소 특성 동작 동작방식 동작원리 원리 과정 절차 방법 단계 비교 차이 차이점 이유
필요성 목적 효과 기능 역할 꼬리질문 추가질문 팁 메모 features feature keyfeatures pros cons
prosandcons proscons advantages disadvantages benefits drawbacks limitations limitation caveats
caveat problem problems issue issues solution solutions fix example examples usecase usecases
usage summary tldr notes note overview introduction intro definition background why how
howitworks keypoints keyconcepts concepts details detail tips tip warning warnings important
references reference related seealso followup followups tradeoff tradeoffs comparison comparisons
checklist checklists considerations 고려사항 체크리스트 트레이드오프
사용이유 사용목적 사용용도 사용처
使用理由 使用目的 使い道 使用场景 应用场景 使用場景 應用場景
考慮事項 チェックリスト 检查清单
characteristics types kinds ventajas desventajas ejemplo ejemplos resumen notas nota
caracteristicas pro con use uses merits demerits
メリット デメリット 長所 短所 利点 欠点 特徴 用途 注意点 优点 缺点 优势 劣势 特点 用途 示例 例子
注意内容 注意事项 注意事項 要点 要點 总结 總結
source sources 출처 出处 出處 来源 來源 出典 举例分析 舉例分析 案例分析 实例分析 實例分析 例题 例題
"""
# Emphasis and remark words: what a note-taker writes before a line to say how
# to read it ('**중요**: …', '비유: …', 'Tip:', '注意：'), never what it is about.
_META = """
중요 매우중요 참고 비유 비유하자면 예를들어 예를들면 요점 주의 경고 꿀팁 힌트 기억 암기 한줄요약
한줄정리 보충 복습 포인트 체크포인트 tip hint hints analogy analogies metaphor remember reminder
caution attention nb fyi remark remarks memo aside bonus recap takeaway insight
mnemonic mnemonics 암기법 語呂合わせ 口诀
重要 注意 注 参考 例 例え 喩え たとえ 具体例 要約 まとめ ヒント コツ メモ 補足 備考 覚え方
提示 提醒 备注 注释 例如 比喻 类比 举例 小结 补充 记住 警告 须知 划重点
"""
_GENERIC = frozenset(_WORDS.split()) | frozenset(_META.split()) | frozenset(
    "explanation explanations idea ideas 설명 노트 메모 내용 질문 description descriptions "
    "definitions 개념설명 상세설명 필드 항목".split())
# Generic as a whole heading only ('Applications', 'Purpose' over a list of
# uses): at a name's end they are part of it ('Web applications', 'General
# purpose' instances), so a heading ending on them is no aspect (is_label_tail).
_ALONE = frozenset("applications purpose purposes".split())
# Words that only qualify a generic word ("Initial Idea", "관련 노트", "More
# examples"), and words that join two ("Explanation and Example", "특징 및 장점").
_QUALIFIERS = frozenset("""
initial basic basics main key general more other additional further quick short brief
related final first second simple 관련 주요 기본 추가 간단 간단한 기타 전체 세부 상세 최종
memory
exam exams 시험 試験 考试
""".split())
_JOINERS = frozenset("and or & + / 및 과 와 또는 그리고".split())
# Generic only beside a qualifier ('Quick memory hook'): alone, 'Hooks' names a
# topic (React hooks, lifecycle hooks).
_GENERIC_QUALIFIED = frozenset("hook hooks".split())
# Headings that describe the file's own subject (`## Description` under
# `# OSPF`): even at section level they name no topic of their own.
_DESCRIBES = frozenset("""
description descriptions overview definition definitions details explanation explanations
설명 개요 정의 개념설명 상세설명
""".split())
_ANSWER = frozenset("answer answers 답변 답 정답 해설 해답 a".split())
_CLEAN = re.compile(r"[\W_\d]+")
# The title of a fold that only hides what follows (`<summary>답변 보기</summary>`,
# 'Show answer', 'Click to expand'): it names nothing, and asks nothing.
_REVEAL = _ANSWER | frozenset("""
답변보기 정답보기 답보기 해설보기 정답확인 답변확인 정답및해설 펼치기 펼쳐보기 더보기 보기 클릭 접기
showanswer showanswers seeanswer seeanswers revealanswer viewanswer showtheanswer
clicktoexpand clicktoshow clicktoreveal clickhere expand show reveal solution solutions
showsolution 答え 答えを見る 解答 解答を見る 回答 回答を見る 正解 答案 查看答案 点击展开 展开
""".split())


def label_key(title: str) -> str:
    """A heading reduced to its letters: `#### 1. 특징:` -> 특징, `Pros & Cons` -> proscons."""
    return _CLEAN.sub("", title).casefold()


_TITLE_BREAK = re.compile(r"[\s,]+")


@lru_cache(maxsize=1 << 14)
def is_generic(title: str) -> bool:
    """A generic word, or a title made only of generic words, their qualifiers and
    joiners ("Explanation and Example", "Initial Idea", "핵심 개념", "관련 노트")."""
    key = label_key(title)
    if not key:
        return False
    if key in _GENERIC or key in _ALONE:
        return True
    words = [label_key(w) for w in _TITLE_BREAK.split(title) if w.strip()]
    words = [w for w in words if w and w not in _JOINERS]
    generic = _GENERIC | _GENERIC_QUALIFIED
    return (len(words) >= 2 and all(w in generic or w in _QUALIFIERS for w in words)
            and any(w in generic for w in words))


def is_label_tail(word: str) -> bool:
    """A generic word that still says 'a part of the notes' at a heading's end
    ('Redis 사용이유'), which 'applications' in 'Web applications' does not."""
    return is_generic(word) and label_key(word) not in _ALONE


def describes_subject(title: str) -> bool:
    return label_key(title) in _DESCRIBES


def is_answer_marker(title: str) -> bool:
    return label_key(title) in _ANSWER


def is_reveal(summary: str) -> bool:
    """A fold's title that only says the answer is inside ('답변 보기')."""
    return label_key(summary) in _REVEAL


def clean_label(title: str) -> str:
    """The label as shown: numbering, emoji and a trailing colon removed."""
    text = re.sub(r"^[\W\d_]+", "", title, flags=re.UNICODE)
    return text.rstrip(" :：").strip() or title.strip()
