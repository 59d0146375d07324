"""Korean clues that translate an English answer's name give it away: '수행 중인
상태' names *Running*, '실행이 끝난' *Terminated*, '혼잡' *Congestion*, '재귀적으로'
*Recursive*, '언제든 쓰고' *On-Demand* (the word families of ko_en_words.txt that
computing, networks and cloud names are made of). A word every choice shares
still points at none."""

from __future__ import annotations

import pytest

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.gloss import gives_away

STATES = """# 운영체제
## 프로세스 상태
- New: 프로세스가 생성 중인 상태
- Ready: CPU 할당을 기다리며 메모리에 올라와 있는 상태
- Running: CPU를 차지하고 명령어를 수행 중인 상태
- Waiting: 입출력 같은 사건을 기다리는 상태
- Terminated: 실행이 끝난 상태
"""

NETWORK = """# 네트워크
## 전송 계층이 푸는 문제
- Congestion: 라우터에 패킷이 몰려 망이 혼잡해지는 문제
- Loss: 패킷이 중간에 사라지는 문제
- Reordering: 패킷이 보낸 차례와 다르게 도착하는 문제
- Corruption: 비트가 뒤집혀 내용이 망가지는 문제

## DNS 서버 종류
- Root Server: 도메인 트리 꼭대기, TLD 서버 주소를 알려줌
- TLD Server: .com, .net 같은 영역을 관리
- Authoritative Server: 도메인의 실제 레코드를 보유
- Recursive Resolver: 클라이언트 대신 재귀적으로 질의하고 결과를 캐싱
"""

PURCHASE = """# EC2
## 구매 방식
- On-Demand: 약속 없이 언제든 쓰고 초 단위로 지불
- Reserved: 1년이나 3년 약정으로 큰 할인
- Spot: 남는 용량을 경매가로, 회수될 수 있음
- Dedicated Host: 물리 서버 한 대를 통째로 사용
"""


def _bank(markdown: str) -> list[tuple[str, str]]:
    """(prompt, right choice) of every question built from the notes."""
    return [(q.prompt, q.correct_choice) for q in build_bank(parse_markdown(markdown, "n.md"))]


def _about(bank: list[tuple[str, str]], name: str) -> list[str]:
    """Prompts that ask for `name` or are asked about it."""
    return [p for p, right in bank if right == name or f"'{name}'" in p]


def test_a_state_said_in_korean_names_its_state() -> None:
    bank = _bank(STATES)
    assert _about(bank, "Ready"), "a state its clue does not name is still asked"
    for state in ("Running", "Terminated", "New"):
        assert not _about(bank, state), state


def test_a_network_problem_or_server_said_in_korean_names_it() -> None:
    bank = _bank(NETWORK)
    assert _about(bank, "Loss") and _about(bank, "Reordering"), "the others are still asked"
    assert not _about(bank, "Congestion")
    assert not _about(bank, "Recursive Resolver")


def test_a_way_of_buying_said_in_korean_names_it() -> None:
    bank = _bank(PURCHASE)
    assert _about(bank, "Spot") and _about(bank, "Dedicated Host"), "the others are still asked"
    assert not _about(bank, "On-Demand")


FAULTS = ["Prevention", "Avoidance", "Detection"]


@pytest.mark.parametrize(("answer", "stem", "others"), [
    # Failures and ways of handling them.
    ("Failover", "장애가 나면 보조 리소스로 전환", ["Weighted", "Latency"]),
    ("Prevention", "네 조건 중 하나를 미리 막아 교착을 예방", ["Avoidance", "Recovery"]),
    ("Avoidance", "안전 상태를 따져 교착을 회피", ["Prevention", "Recovery"]),
    ("Recovery", "교착이 생긴 뒤 프로세스를 죽여 회복", FAULTS),
    ("Circular Wait", "프로세스들이 순환 형태로 서로를 기다림", ["Hold and Wait", "Busy Wait"]),
    ("Error Detection", "비트 오류를 검출", ["Flow Control", "Multiplexing"]),
    ("Fast Retransmit", "중복 ACK 세 개면 바로 재전송", ["Slow Start", "Congestion Avoidance"]),
    ("Connectionless", "비연결형으로 데이터그램을 보냄", ["Handshake", "Stream"]),
    ("Sequence Number", "바이트마다 붙는 일련번호", ["Window Size", "Checksum"]),
    ("Commitment", "1년 약정", ["Flexibility", "Elasticity"]),
])
def test_failures_networks_and_buying(answer: str, stem: str, others: list[str]) -> None:
    assert gives_away(answer, stem, others)


@pytest.mark.parametrize(("answer", "stem", "others"), [
    # Operating systems, memory and concurrency.
    ("Priority Scheduling", "우선순위가 높은 프로세스부터", ["Round Robin", "FCFS"]),
    ("Critical Section", "공유 자원에 접근하는 임계 구간", ["Ready Queue", "Page Table"]),
    ("Physical Address", "메모리의 물리적 위치", ["Virtual Address", "Offset"]),
    ("Logical Address", "CPU가 만드는 논리적 주소", ["Physical Address", "Virtual Address"]),
    ("Long-term Scheduler", "장기 스케줄러는 메모리에 올릴 작업을 고름",
     ["Short-term Scheduler", "Medium-term Scheduler"]),
    ("Suspended", "일시 중단된 프로세스", ["Ready", "Running"]),
    ("First Fit", "처음 만나는 적합한 공간에 할당", ["Paging", "Swapping"]),
])
def test_operating_systems(answer: str, stem: str, others: list[str]) -> None:
    assert gives_away(answer, stem, others)


@pytest.mark.parametrize(("answer", "stem", "others"), [
    # Algorithms and data structures.
    ("Breadth-First Search", "너비 우선으로 가까운 노드부터", ["Binary Search", "Dijkstra"]),
    ("Depth-First Search", "깊이 우선으로 끝까지 내려감", ["Binary Search", "Dijkstra"]),
    ("Merge Sort", "반씩 나눠 정렬한 뒤 병합", ["Heap Sort", "Quick Sort"]),
    ("Greedy", "매 순간 탐욕적으로 고름", ["Backtracking", "Brute Force"]),
    ("Preorder", "루트를 먼저 방문하는 전위 순회", ["Inorder", "Postorder"]),
    ("Stable Sort", "같은 값의 순서를 지키는 안정 정렬", ["Heap Sort", "Quick Sort"]),
    ("Leaf", "자식이 없는 단말 노드", ["Root", "Edge"]),
    ("Height", "루트에서 가장 먼 노드까지의 높이", ["Degree", "Width"]),
    ("Shortest Path", "두 정점 사이 최단 거리", ["Spanning Tree", "Topological Sort"]),
])
def test_algorithms(answer: str, stem: str, others: list[str]) -> None:
    assert gives_away(answer, stem, others)


@pytest.mark.parametrize(("answer", "stem", "others"), [
    # Databases and security.
    ("Repeatable Read", "같은 행을 반복해서 읽어도 같은 값",
     ["Read Committed", "Read Uncommitted"]),
    ("Serializable", "트랜잭션을 직렬화 가능하게 실행", ["Read Committed", "Read Uncommitted"]),
    ("Dirty Read", "커밋되지 않은 값을 읽는 오손 읽기", ["Phantom Read", "Non-Repeatable Read"]),
    ("Optimistic Lock", "충돌이 드물다고 보는 낙관적 잠금", ["Shared Lock", "Exclusive Lock"]),
    ("Durability", "커밋된 결과는 지속성을 가짐", ["Atomicity", "Isolation"]),
    ("Symmetric Key", "양쪽이 같은 키를 쓰는 대칭 방식", ["Public Key", "Private Key"]),
    ("Standby", "대기 인스턴스로 자동 전환", ["Read Replica", "Snapshot"]),
])
def test_databases_and_security(answer: str, stem: str, others: list[str]) -> None:
    assert gives_away(answer, stem, others)


@pytest.mark.parametrize(("answer", "stem", "others"), [
    # The word shared by every choice points at none.
    ("Running Pods", "수행 중인 것만 나열", ["Running Jobs", "Running Tasks"]),
    ("Error Budget", "오류를 허용하는 한도", ["Error Rate", "Error Log"]),
    # A common word of clues says nothing of these names.
    ("Ready", "CPU 할당을 기다리며 메모리에 올라와 있는 상태", ["New", "Running"]),
])
def test_a_word_that_points_at_no_one_choice(answer: str, stem: str, others: list[str]) -> None:
    assert not gives_away(answer, stem, others)


RECORDS = """# DNS
## 레코드 종류
- A: 도메인을 IPv4 주소로
- AAAA: 도메인을 IPv6 주소로
- MX: 메일 서버를 지정
- TXT: 임의의 텍스트 정보, SPF 검증 등
- CNAME: 다른 도메인 이름의 별칭
"""


def test_a_record_type_its_clue_spells_out_is_not_asked() -> None:
    # TXT is text, MX a mail exchanger; CNAME's 'name' is in DNS itself and
    # gives nothing away.
    bank = _bank(RECORDS)
    assert _about(bank, "AAAA") and _about(bank, "CNAME"), "the others are still asked"
    assert not _about(bank, "TXT")
    assert not _about(bank, "MX")
