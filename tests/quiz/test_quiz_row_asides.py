"""A row of a table asked by its cells shows what the row says, not the
table's layout: a description column's cell as written ('k8s의 리소스 조회',
not 'description: k8s의 리소스 조회'), and a column of asides ('further',
'비고', 'Notes', '備考') not at all. Every note here is written for the test."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank

KO_COMMANDS = """# 쿠버네티스 커맨드

## 기본 명령어

| command | description | further |
|:-- |:--:|:-- |
| kubectl get | 클러스터의 리소스 목록 조회 | `-o wide`로 더 자세한 정보 |
| kubectl run | 새 파드를 시작 | --image 옵션으로 이미지 지정 |
| kubectl describe | 리소스의 상세 상태와 이벤트 출력 | 리소스 타입과 이름을 함께 지정 |
| kubectl edit | 실행 중인 리소스의 정의를 편집기로 수정 | |
| kubectl delete | 리소스를 클러스터에서 삭제 | 강제 삭제 옵션 있음 |
"""

EN_CACHES = """# Caching

## Cache layers

| Layer | Example | TTL | Notes |
|---|---|---|---|
| Browser cache | HTTP Cache-Control | Minutes to years | set by headers |
| CDN edge cache | CloudFront | Minutes to hours | purge on deploy |
| Application cache | LRU map in process | Milliseconds to seconds | lost on restart |
| Distributed cache | Redis | Seconds to hours | shared by every node |
"""


def _row_questions(notes: str) -> list[str]:
    bank = build_bank(parse_markdown(notes, "notes.md"))
    return [q.prompt for q in bank if q.kind == "match"]


def test_a_description_shows_as_written_and_asides_not_at_all() -> None:
    prompts = _row_questions(KO_COMMANDS)
    assert prompts
    shown = "\n".join(prompts)
    assert "description:" not in shown
    assert "further" not in shown and "옵션" not in shown
    # (Not the get row: 조회 says *get*, a giveaway, see test_quiz_translated_verbs.)
    assert "- 리소스의 상세 상태와 이벤트 출력" in shown


def test_a_notes_column_is_left_out_in_english() -> None:
    prompts = _row_questions(EN_CACHES)
    assert prompts
    shown = "\n".join(prompts)
    assert "Notes:" not in shown
    assert "TTL: Minutes to hours" in shown
