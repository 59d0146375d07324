# ruff: noqa: E501
"""An author's practice question is not asked when the author's own words on a
wrong option concede that it works ('NACL로도 막을 수 있지만, 방화벽 규칙이
더 관리하기 쉽습니다'): asked as 'Which approach?' it has two right options.
When the stem asks for the best (most, least, cost-effective) option a
comparative concession is the point of the question, but an outright 'also
correct' still makes two. A 'can …, but' whose 'but' says the option then
fails concedes nothing. Every note here is written for the test."""

from __future__ import annotations

from bot.notes.cards import scan_cards
from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.concessions import asks_best, concedes

WORKBOOK = """\
# 네트워크 연습문제

### Q1. A shop wants to stop one address from reaching its web servers behind a proxy. Which approach?

**선지:**
- A) Add a deny entry to the server's allow-list
- B) Add a deny rule to the subnet filter in front of the proxy
- C) Add an address rule to the firewall attached to the proxy
- D) Turn the servers off at night

**정답:** C

**선지별 해설:**
- **A) allow-list:** 허용 목록은 거부 항목을 둘 수 없습니다. 오답입니다.
- **B) subnet filter:** 서브넷 필터로도 막을 수 있지만, 방화벽 규칙이 더 관리하기 쉬운 방법입니다.
- **C) firewall:** 정답입니다. 프록시에 붙은 방화벽은 주소 규칙으로 특정 주소를 막고, 규칙은 한 곳에서 바뀝니다.
- **D) 끄기:** 서비스가 멈춥니다. 오답입니다.

### Q2. Offices in three regions must reach each other through one central point, routes passed on. Which service?

**선지:**
- A) A transit exchange service
- B) One private line per office
- C) Peering between each pair
- D) A shared mail server

**정답:** A

**선지별 해설:**
- **A) exchange:** 정답입니다. 트랜짓 교환 서비스는 연결된 모든 네트워크 사이에 경로를 전달하며, 지역을 넘어 확장됩니다.
- **B) private line:** 전용선은 사무실 하나를 연결할 수 있지만, 사무실 사이의 경로는 전달하지 않습니다.
- **C) peering:** 피어링은 경로를 전달하지 않습니다. 오답입니다.
- **D) mail:** 네트워크 연결이 아닙니다. 오답입니다.

### Q3. Which storage is the MOST cost-effective for logs read once a year?

**선지:**
- A) Hot storage
- B) Archive storage
- C) Local disks

**정답:** B

**선지별 해설:**
- **A) hot:** 핫 스토리지로도 저장할 수 있지만, 아카이브가 더 비용 효율적입니다.
- **B) archive:** 정답입니다. 아카이브는 드물게 읽는 데이터를 가장 싸게 보관하며, 읽기 몇 시간의 지연을 감수합니다.
- **C) local:** 로컬 디스크는 내구성이 없습니다. 오답입니다.

### Q4. Which storage is the MOST cost-effective for logs read twice a year?

**선지:**
- A) Cold storage
- B) Archive storage
- C) Local disks

**정답:** B

**선지별 해설:**
- **A) cold:** Cold storage is also correct here, since its price is the same for such logs.
- **B) archive:** Correct. Archive storage keeps rarely read data at the lowest price, with hours of delay on reads.
- **C) local:** Local disks are not durable. Wrong.
"""


def test_practice_reads_the_lines_on_the_wrong_options() -> None:
    cards = [c for c in scan_cards(WORKBOOK, "net.md").cards if c.choices]
    assert len(cards) == 4
    assert cards[0].others[0].startswith("A) allow-list")
    assert any("더 관리하기 쉬운" in line for line in cards[0].others)
    assert not any("정답입니다" in line for line in cards[0].others)


def test_a_wrong_option_the_author_concedes_works_is_not_asked() -> None:
    bank = build_bank(parse_markdown(WORKBOOK, "net.md"))
    asked = [q.correct_choice for q in bank if q.kind == "author"]
    # Q1 (a concession, a plain 'which approach?') and Q4 (an outright 'also
    # correct' under a MOST stem) are dropped; Q2's 'can …, but it does not'
    # and Q3's comparison under a MOST stem are kept.
    assert asked == ["A transit exchange service", "Archive storage"]


def test_concessions_in_other_languages() -> None:
    assert concedes("It can block the address, but the firewall is easier.", best=False)
    assert not concedes("It can connect one office, but it does not route between them.",
                        best=False)
    assert concedes("設定で対応可能だが、手間がかかる。", best=False)
    assert concedes("也可以使用子网过滤。", best=False)
    assert not concedes("サブネットのフィルタは不可能だが、ない。", best=False)
    assert not concedes("기술적으로는 불가능하지만 오답입니다.", best=False)
    assert not concedes("A hot tier works, but costs more.", best=True)
    assert concedes("A hot tier would also work.", best=True)
    assert asks_best("Which is the MOST cost-effective?")
    assert asks_best("가장 적합한 방법은?")
    assert not asks_best("Which approach?")
