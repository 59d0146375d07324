"""A thing and its umbrella are never each other's wrong choice (see
bot.quiz.families): Aurora is an RDS engine, so what describes Aurora (a writer
endpoint, fifteen read replicas) is true of RDS in the real world, whatever
the notes say. The notes here are written for these tests."""

from __future__ import annotations

from quiz_decks import Node, make_deck

from bot.notes.glossary import Glossary
from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.question import Question

_DATABASES: dict[str, list[Node]] = {
    "RDS": ["관리형 관계형 데이터베이스로 패치와 백업을 대신 수행",
            "다중 AZ 배포로 대기 인스턴스를 다른 가용 영역에 둠"],
    "Aurora": ["쓰기 엔드포인트는 DNS 이름으로 늘 기본 인스턴스를 가리킴",
               "읽기 복제본을 열다섯 개까지 붙일 수 있음"],
    "DynamoDB": ["키-값과 문서 모델을 쓰는 서버리스 NoSQL 테이블",
                 "파티션 키로 항목을 나누어 한 자릿수 밀리초로 응답"],
    "ElastiCache": ["Redis나 Memcached를 관리해 주는 인메모리 캐시",
                    "자주 읽는 값을 메모리에 두어 데이터베이스 부하를 줄임"],
    "Redshift": ["열 기반으로 저장하는 페타바이트 규모의 데이터 웨어하우스",
                 "BI 도구로 대용량 분석 쿼리를 실행"],
}


def _about(bank: tuple[Question, ...], answer: str) -> list[Question]:
    return [q for q in bank if q.correct_choice == answer and q.kind in ("name", "match")]


def test_the_umbrella_is_no_wrong_choice_beside_its_engine() -> None:
    bank = build_bank(make_deck({"데이터베이스": _DATABASES}))
    aurora = _about(bank, "Aurora")
    assert aurora, "Aurora is still asked, among other services"
    assert all("RDS" not in q.choices for q in aurora)
    assert all("Aurora" not in q.choices for q in _about(bank, "RDS"))


_HANGUL = {"RDS": "알디비에스", "Aurora": "오로라", "DynamoDB": "다이나모디비",
           "ElastiCache": "엘라스티캐시", "Redshift": "레드시프트"}


def test_a_korean_spelling_is_read_through_the_list_and_the_glossary() -> None:
    # '오로라' is a spelling the shipped list gives Aurora; '알디비에스' is one
    # only this deck's glossary gives RDS.
    topics = {_HANGUL[k]: v for k, v in _DATABASES.items()}
    glossary = Glossary.from_mapping({"RDS": ["알디비에스"]})
    bank = build_bank(make_deck({"데이터베이스": topics}), glossary)
    aurora = _about(bank, "오로라")
    assert aurora
    assert all("알디비에스" not in q.choices for q in aurora)


def test_a_kind_the_notes_name_is_no_wrong_choice_beside_its_kind() -> None:
    # Made-up names no list knows: the notes alone say Quillstore is one of
    # Papyrus's engines.
    deck = make_deck({"저장소": {
        "Papyrus": ["여러 저장 엔진을 골라 쓰는 관리형 문서 저장소",
                    "저장 용량을 자동으로 늘림"],
        "Quillstore": ["Papyrus의 엔진 중 하나로 쓰기 노드가 하나뿐",
                       "쓰기 노드가 실패하면 복제 노드가 넘겨받음"],
        "Inkwell": ["작은 파일을 모아 한 번에 올리는 업로드 도구",
                    "업로드가 끊기면 이어서 올림"],
        "Blotter": ["지운 파일을 일정 기간 보관하는 휴지통 서비스",
                    "보관 기간이 지나면 영구 삭제"],
        "Scrollgate": ["외부 파일 시스템을 저장소에 연결하는 게이트웨이",
                       "로컬 캐시로 자주 쓰는 파일을 빠르게 제공"],
    }})
    bank = build_bank(deck)
    quill = [q for q in bank if q.correct_choice == "Quillstore"]
    papyrus = [q for q in bank if q.correct_choice == "Papyrus"]
    assert quill or papyrus
    assert all("Papyrus" not in q.choices for q in quill)
    assert all("Quillstore" not in q.choices for q in papyrus)


def test_a_comparison_of_a_thing_and_its_umbrella_is_not_asked() -> None:
    # 'Only true of Aurora, not of RDS': Aurora is RDS, so no line is.
    deck = make_deck({"데이터베이스": {"RDS vs Aurora": [
        ("RDS", ["엔진을 여섯 가지 중에서 고름", "스토리지를 미리 할당함",
                 "읽기 복제본은 다섯 개까지"]),
        ("Aurora", ["MySQL과 PostgreSQL 호환 엔진만 있음", "스토리지가 자동으로 늘어남",
                    "읽기 복제본은 열다섯 개까지"]),
    ]}})
    bank = build_bank(deck)
    assert not [q for q in bank if q.kind == "versus"]
    # (The same notes about two peers are asked.)
    peers = make_deck({"데이터베이스": {"Redshift vs DynamoDB": [
        ("Redshift", ["엔진을 여섯 가지 중에서 고름", "스토리지를 미리 할당함",
                      "읽기 복제본은 다섯 개까지"]),
        ("DynamoDB", ["MySQL과 PostgreSQL 호환 엔진만 있음", "스토리지가 자동으로 늘어남",
                      "읽기 복제본은 열다섯 개까지"]),
    ]}})
    assert [q for q in build_bank(peers) if q.kind == "versus"]


_TERMS: list[Node] = [
    "RDS : 패치와 백업을 대신 해 주는 관리형 관계형 데이터베이스 서비스",
    "Aurora : 쓰기 엔드포인트 하나와 읽기 복제본 열다섯 개를 두는 클러스터형 엔진",
    "DynamoDB : 파티션 키로 항목을 나누는 서버리스 키-값 테이블",
    "ElastiCache : 자주 읽는 값을 메모리에 두는 관리형 캐시",
    "Redshift : 열 기반으로 저장하는 페타바이트 규모의 데이터 웨어하우스",
]


def test_a_term_and_its_umbrella_are_not_matched_against_each_other() -> None:
    bank = build_bank(make_deck({"데이터베이스": {"서비스 정리": _TERMS}}))
    rds = "패치와 백업을 대신 해 주는 관리형 관계형 데이터베이스 서비스"
    aurora = "쓰기 엔드포인트 하나와 읽기 복제본 열다섯 개를 두는 클러스터형 엔진"
    asked = [q for q in bank if q.kind == "match"]
    assert asked, "the other terms are still matched"
    for question in asked:
        if question.correct_choice in ("Aurora", aurora):
            assert not {"RDS", rds} & set(question.choices)
        if question.correct_choice in ("RDS", rds):
            assert not {"Aurora", aurora} & set(question.choices)


_TABLE = """\
# 데이터베이스

| 서비스 | 읽기 확장 | 저장 방식 |
|---|---|---|
| RDS | 읽기 전용 복제본 다섯 개 | 미리 할당한 볼륨 |
| Aurora | 읽기 복제본 열다섯 개와 리더 엔드포인트 | 여섯 벌로 복제되는 공유 볼륨 |
| DynamoDB | 읽기 용량 단위를 자동으로 조정 | 파티션으로 나눈 키-값 항목 |
| ElastiCache | 노드 그룹에 복제 노드 추가 | 메모리 안의 키-값 쌍 |
| Redshift | 동시성 확장 클러스터 추가 | 열 단위로 압축한 블록 |
"""


def test_a_table_row_and_its_umbrella_are_not_offered_together() -> None:
    bank = build_bank(parse_markdown(_TABLE, "notes.md"))
    rows = [q for q in bank if {"DynamoDB", "Redshift"} & set(q.choices)]
    assert rows, "the table's rows are still asked"
    for question in rows:
        if question.correct_choice == "Aurora":
            assert "RDS" not in question.choices
        if question.correct_choice == "RDS":
            assert "Aurora" not in question.choices
