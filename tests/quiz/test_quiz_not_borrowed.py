"""The false option of a NOT question is borrowed from a sibling only where
the notes show it false of the concept: a line of the concept's own that
states the same property otherwise (another figure, or a negation). A line
that merely shares some words with one of the concept's, a negation or a
figure somewhere in it, may well hold of the concept too."""

from __future__ import annotations

from quiz_decks import Node, make_deck

from bot.quiz.bank import build_bank
from bot.quiz.negation import stated_otherwise


def _nots(spec: dict[str, dict[str, list[Node]]]) -> list[tuple[str, str]]:
    return [(q.prompt, q.correct_choice) for q in build_bank(make_deck(spec)) if q.kind == "not"]


def test_a_negation_elsewhere_in_a_long_line_is_no_clash() -> None:
    nots = _nots({"클라우드 용어": {"용어": [
        ("스팟 인스턴스", ["온디맨드보다 최대 90% 싸게 씀",
                      "회수될 수 있어 중단돼도 되는 작업에 알맞음",
                      "상태 비저장 웹서비스, API 백엔드, 야간 배치에 흔히 씀"]),
        ("무상태 프로세스", ["남겨야 할 데이터는 백엔드 서비스에 저장",
                       "재시작하면 메모리 내용은 사라짐"]),
        ("오토 스케일링", ["부하에 따라 인스턴스 수를 늘리고 줄임",
                      "최소, 최대, 원하는 용량을 정해 둠"]),
    ]}})
    # '… 백엔드 서비스에 저장' shares three words with the list of uses that
    # says '비저장': it says another thing, and it is good advice for spot too.
    assert not [n for n in nots if n[1] == "남겨야 할 데이터는 백엔드 서비스에 저장"]


def test_a_figure_inside_a_name_is_no_value() -> None:
    nots = _nots({"VPC": {"VPC 구성": [
        ("Default VPC", ["계정마다 리전별로 미리 만들어져 있음",
                         "서브넷에 인터넷 게이트웨이 경로가 이미 잡혀 있음",
                         "기본 VPC의 인스턴스는 퍼블릭 IPv4 주소를 받음"]),
        ("사설 주소 대역", ["172.31.0.0/16 - 기본 VPC 주소",
                       "10.0.0.0/8 - 큰 사내망에 흔히 씀",
                       "192.168.0.0/16 - 가정용 공유기 기본값"]),
        ("NAT 게이트웨이", ["사설 서브넷 인스턴스가 밖으로 나가는 통로",
                        "AZ마다 하나씩 두어야 장애에 견딤"]),
    ]}})
    # The '4' of 'IPv4' against '172.31.0.0/16' is no other figure of one property.
    assert not [n for n in nots if n[1] == "기본 VPC의 인스턴스는 퍼블릭 IPv4 주소를 받음"]


def test_one_property_stated_otherwise_still_is() -> None:
    assert stated_otherwise("헬스 체크 연결 가능", "헬스 체크 연결 불가 (값 하나만 반환)")
    assert stated_otherwise("최소 보관 기간 90일", "최소 보관 기간 180일")
    assert stated_otherwise("연결 상태를 추적하지 않는 상태 비저장 방화벽",
                            "연결 상태를 추적하는 상태 저장 방화벽")
    assert not stated_otherwise("남겨야 할 데이터는 백엔드 서비스에 저장",
                                "상태 비저장 웹서비스, API 백엔드, 야간 배치에 흔히 씀")
    assert not stated_otherwise("EC2는 사설 IPv4와 퍼블릭 IPv6를 함께 받음",
                                "한 회선으로 퍼블릭(S3)과 프라이빗(EC2) 자원에 닿음")


def test_a_borrowed_definition_of_another_domain_is_no_false_option() -> None:
    # A flat glossary: the nearest product's definition, a database, shares
    # no word with what the true options about the function service say: the
    # one line of another domain is picked without knowing Lambda.
    nots = _nots({"용어 정리": {"AWS 용어": [
        ("Lambda", ["이벤트가 오면 코드를 실행하는 서버리스 컴퓨팅 서비스",
                    "실행 시간과 호출 횟수만큼 비용을 냄",
                    "함수마다 메모리 크기를 정해 둠"]),
        ("DynamoDB", ["문서와 키-값 모델을 지원하는 NoSQL 데이터베이스",
                      "파티션 키로 항목을 나눠 저장함",
                      "읽기와 쓰기 요청 횟수만큼 비용을 냄"]),
        ("Kinesis", ["실시간 스트리밍 데이터를 모아 분석하는 플랫폼",
                     "샤드 수로 처리량을 정함",
                     "샤드 시간만큼 비용을 냄"]),
        ("CloudTrail", ["계정 안의 API 호출을 기록하는 감사 서비스",
                        "로그 파일을 S3 버킷에 보관함"]),
    ]}})
    assert not [n for n in nots if "Lambda" in n[0]]
