"""A table cell that writes its row's name in another script is no clue to it."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank

SERVICE_KINDS = """\
# 쿠버네티스 서비스

## 서비스 종류

| 종류 | 설명 | 노출 |
|------|------|------|
| ClusterIP | 클러스터 안에서만 쓰는 IP | 안쪽 |
| NodePort | 각 노드의 포트를 열어 둠 | 바깥 |
| LoadBalancer | 클라우드 부하 분산기를 만듦 | 바깥 |
| ExternalName | DNS 별칭을 돌려줌 | 없음 |
"""


def test_a_cell_writing_the_row_name_in_hangul_is_no_clue() -> None:
    bank = build_bank(parse_markdown(SERVICE_KINDS, "services.md"))
    cells = [q for q in bank if q.kind == "match" and "ClusterIP" in q.choices]
    # '클러스터 … IP' writes ClusterIP in Hangul; '노드의 포트' writes NodePort.
    assert not any("클러스터 안에서만" in q.prompt for q in cells)
    assert not any("노드의 포트를" in q.prompt for q in cells)
    # ('부하 분산기' translates LoadBalancer: that row is no clue either.)
    assert not any("부하 분산기" in q.prompt for q in cells)
