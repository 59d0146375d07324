"""Initials the notes write as they are ('DRDoS' in two headings beside 'DDoS'
written more often) are no slip of another: a letter more makes another name,
and 'DDoS 대응 방안' for the notes' 'DRDoS 대응 방안' made two choices right
beside 'DDoS 공격의 대응 방안'. Every note here is written for the test."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.spelling import spelling_fixes
from bot.quiz.text import NoGlossary

ATTACKS = """\
# 보안 시험 정리

## 서비스 거부 공격
DDoS는 여러 좀비 PC로 공격한다. DDoS는 분산 서비스 거부 공격이다.
DDoS 공격은 대역폭을 소모시킨다. DDoS 방어는 어렵다.

### DDoS 공격의 대응 방안
- 방화벽 설치와 운영으로 트래픽을 차단한다
- 침입 탐지 시스템을 설치하여 공격을 감시한다
- 안정적인 네트워크 설계로 대역폭을 확보한다

### DRDoS 공격 방식
- 출발지 IP를 공격 대상의 IP로 위조하여 반사 서버에 요청을 보낸다
- 반사 서버가 응답을 공격 대상에게 보내 대역폭을 소모시킨다
- 다수의 반사 서버를 경유하므로 공격자 추적이 어렵다

### DRDoS 대응 방안
- ISP가 위조된 출발지 IP를 가진 패킷을 차단한다
- 반사 서버에서 요청과 무관한 응답을 차단한다
- ICMP 패킷을 모니터링하여 이상 징후를 찾는다

### 파밍 대응 방안
- 보안 카드 대신 OTP를 사용한다
- 공인인증서를 안전한 저장소에 보관한다
- 주소창의 도메인을 항상 확인한다
"""


def test_initials_in_the_headings_are_shown_as_written() -> None:
    bank = build_bank(parse_markdown(ATTACKS, "attacks.md"))
    asked = [q for q in bank if "DRDoS 대응 방안" in q.choices]
    assert asked
    for q in bank:
        assert "DDoS 대응 방안" not in q.choices and "DDoS 공격 방식" not in q.choices, q


def test_initials_written_once_in_a_sentence_may_still_be_a_slip() -> None:
    texts = ["DDoS 방어", "DDoS 공격", "DDoS 탐지", "DDoS 대응", "DDoS 차단", "DDoS 피해",
             "IPsec 터널", "IPsec 모드", "IPsec 정책", "IPsec 키 교환",
             "DRDoS 공격 방식", "DRDoS 대응 방안", "IPseec 한 번"]
    written = spelling_fixes(texts, NoGlossary())
    assert "DRDoS" not in written
    assert written.get("IPseec") == "IPsec"
    headed = spelling_fixes(["DDoS 방어", "DDoS 공격", "DDoS 탐지", "DRDoS 대응 방안"],
                            NoGlossary(), headings=["DRDoS 대응 방안"])
    assert "DRDoS" not in headed
    assert spelling_fixes(["DDoS 방어", "DDoS 공격", "DDoS 탐지", "DRDoS 한 번"],
                          NoGlossary()).get("DRDoS") == "DDoS"
