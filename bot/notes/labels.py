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
references reference related seealso followup followups tradeoffs comparison comparisons
characteristics types kinds ventajas desventajas ejemplo ejemplos resumen notas nota
caracteristicas
"""
_GENERIC = frozenset(_WORDS.split())
_ANSWER = frozenset("answer answers 답변 답 정답 해설 해답 a".split())
_CLEAN = re.compile(r"[\W_\d]+")


def label_key(title: str) -> str:
    """A heading reduced to its letters: `#### 1. 특징:` -> 특징, `Pros & Cons` -> proscons."""
    return _CLEAN.sub("", title).casefold()


def is_generic(title: str) -> bool:
    key = label_key(title)
    return bool(key) and key in _GENERIC


def is_answer_marker(title: str) -> bool:
    return label_key(title) in _ANSWER


def clean_label(title: str) -> str:
    """The label as shown: numbering, emoji and a trailing colon removed."""
    text = re.sub(r"^[\W\d_]+", "", title, flags=re.UNICODE)
    return text.rstrip(" :：").strip() or title.strip()
