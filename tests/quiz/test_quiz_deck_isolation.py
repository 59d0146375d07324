"""A bank built for one deck leaves nothing behind that changes another deck's
bank: the build remembers work in caches (per text, or per deck reader where
the deck's own acronyms and loanwords are read), and a deck built after
another must get the bank it gets alone. Two decks spell one acronym out in
two ways, so a cache keyed on the acronym alone would carry one deck's
reading into the other."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SEED_DECK = ROOT / "content" / "aws-saa-ko.md"

_PARCELS = """\
# 배송 시스템

## PMS
- PMS (Parcel Mail Service): 소포와 우편을 함께 접수하는 창구 서비스
- 무게에 따라 요금을 계산하고 영수증을 발급

## 트래커
- 택배 송장 번호로 배송 위치를 실시간 조회
- 도착 예정 시각을 문자로 알림

## 라커
- 무인 보관함에 물건을 넣어 두면 수령인이 비밀번호로 꺼냄
- 24시간 언제든 찾아갈 수 있음

## 쿠리어
- 오토바이 기사가 서류를 당일 직접 전달
- 도심 안에서만 운영
"""

_PLANT = """\
# 공장 관리

## PMS
- PMS (Plant Monitoring System): 설비의 온도와 진동을 센서로 수집
- 이상 신호가 오면 관리자에게 경보를 보냄

## 스케줄러
- 생산 라인의 작업 순서를 교대 근무에 맞춰 배정
- 주문 납기를 기준으로 우선순위를 정함

## 인벤토리
- 원자재 재고 수량을 창고별로 기록
- 부족한 부품은 자동으로 발주

## 게이트
- 출입 카드로 작업자의 공장 출입을 통제
- 방문객은 임시 출입증을 발급받음
"""

# One process builds the decks in the order given and prints each bank.
_BUILD = (
    "import sys\n"
    "from bot.cli import cli\n"
    "for deck in sys.argv[1:]:\n"
    "    print('--- bank of', deck)\n"
    "    cli(['quiz', 'bank', '--json', '--deck', deck], standalone_mode=False)\n"
)


def _banks(decks: list[Path]) -> dict[str, str]:
    out = subprocess.run([sys.executable, "-c", _BUILD, *map(str, decks)],
                         capture_output=True, text=True, check=True, cwd=ROOT).stdout
    banks: dict[str, str] = {}
    for part in out.split("--- bank of ")[1:]:
        deck, _, bank = part.partition("\n")
        banks[deck] = bank
    return banks


# Fresh processes each build the seed deck's bank: seconds on a quiet machine,
# minutes on a loaded one. The test is about the banks being equal, not
# about speed (bench/ measures that), so the suite's 120 s limit is raised.
@pytest.mark.timeout(900)
def test_a_deck_gets_the_same_bank_whichever_deck_was_built_before(tmp_path: Path) -> None:
    parcels, plant = tmp_path / "parcels.md", tmp_path / "plant.md"
    parcels.write_text(_PARCELS, encoding="utf-8")
    plant.write_text(_PLANT, encoding="utf-8")
    forward = _banks([parcels, SEED_DECK, plant])
    backward = _banks([plant, SEED_DECK, parcels])
    assert set(forward) == set(backward) == {str(parcels), str(plant), str(SEED_DECK)}
    for deck, bank in forward.items():
        assert bank.count("\n") > 0, deck  # (each deck gives questions to compare)
        assert backward[deck] == bank, deck
