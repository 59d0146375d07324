"""Issue 14: a table pasted without its pipes leaves lines of bare values ('Public
AZ1 10.20.0.0/26 10.20.0.0 10.20.0.63 64'): without the column headers no
reader knows what each value is, so such a line is no clue, statement nor
choice. A figure inside a sentence ('최대 5개까지', '10.20.0.0/16 CIDR을 사용하는
VPC') stays a fact. Every note here is written for the test."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.notes.model import Fact, SourceRef
from bot.quiz.bank import build_bank
from bot.quiz.material import read_term, statement_rejection
from bot.quiz.text import raw_data

GATEWAYS = """\
# 사내 클라우드 네트워크

## Bastion Host

- 외부에서 SSH로 들어오는 유일한 관문입니다.
- Public AZ1 10.20.0.0/26 10.20.0.0 10.20.0.63 64
- 관리자 IP만 22번 포트로 접속을 허용합니다.

## NAT Gateway

- 프라이빗 서브넷의 인스턴스가 인터넷으로 나가게 해 줍니다.
- Private AZ1 10.20.0.64/26 10.20.0.64 10.20.0.127 64
- 가용 영역마다 최대 5개까지 만들 수 있습니다.

## Internet Gateway

- VPC와 인터넷 사이의 통신을 가능하게 합니다.
- Edge AZ2 10.20.1.0/24 10.20.1.0 10.20.1.255 256
- 10.20.0.0/16 CIDR을 사용하는 VPC 하나에 하나만 붙습니다.
"""


def test_rows_of_bare_values_are_never_clues_but_figures_in_sentences_are() -> None:
    bank = build_bank(parse_markdown(GATEWAYS, "gateways.md"))
    texts = [t for q in bank for t in (q.prompt, *q.choices)]
    assert texts, "the gateways are still asked"
    assert not any("10.20.0.0/26" in t or "10.20.0.127" in t or "10.20.1.255" in t
                   for t in texts)
    shown = "\n".join(texts)
    assert "최대 5개까지" in shown or "최대 ___까지" in shown
    assert "10.20.0.0/16 CIDR을 사용하는 VPC" in shown


def test_a_row_of_values_is_raw_data_in_every_language() -> None:
    for line in ("Private Subnet 1 Web AZ1 172.31.0.64/26 172.31.0.64 172.31.0.127 64",
                 "VPC  172.31.0.0/22 172.31.0.0 172.31.3.255 1024",
                 "172.31.0.0/23 (172.31.0.0 ~ 172.31.1.255)",
                 "app-subnet-b 10.9.1.0/26  10.9.1.0 ~ 10.9.1.63",
                 "Cat6a 500 MHz 10 Gbps 100 m",
                 "i-0fa3b2c1 vpc-9e8d7c6b sg-0a1b2c3d",
                 "本番 10.1.0.5 8080 5432",
                 "检索 端口 6379 6380 6381"):
        assert raw_data(line), line


def test_a_sentence_with_figures_is_no_raw_data() -> None:
    for line in ("최대 5개까지 복제본을 둘 수 있습니다",
                 "10.20.0.0/16 CIDR을 사용하는 VPC",
                 "IP 1024개",
                 "1 VPC = 1 IGW (1:1)",
                 "Max speed: 10 Gbps at 100 m, 25 Gbps at 30 m",
                 "Ports 22 and 80 and 443 are open",
                 "The subnet spans 10.0.0.0 to 10.0.0.255 (256 addresses)",
                 "本番は 10.1.0.5 8080 5432",
                 "主库的地址 10.1.0.5 端口 3306 5432"):
        assert not raw_data(line), line


def test_raw_data_is_no_statement_and_no_definition() -> None:
    source = SourceRef(file="notes.md", line=1)
    row = Fact(text="Private AZ2 10.9.1.64/26 10.9.1.64 10.9.1.127 64", source=source)
    assert statement_rejection(row) == "raw data"
    term = Fact(text="Subnet B: Web AZ2 10.9.1.64/26 10.9.1.64 10.9.1.127", source=source,
                term="Subnet B", definition="Web AZ2 10.9.1.64/26 10.9.1.64 10.9.1.127")
    assert read_term(term) == "raw data"
