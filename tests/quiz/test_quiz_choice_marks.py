"""Choices of one form: a right choice alone with (or alone without) a code span
or a web address stands out; a blank right after a word of variety ('다양한
___', 'various ___') has many right fills; a noun among sentences closed by a
predicate ('…방법이다.') stands out by its end, and a full stop some choices
lack is levelled; two columns of a table that are fields of its rows ('命令',
'原因') are no sides to compare. Every note here is written for the test."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.endings import even_stops, odd_ending
from bot.quiz.format_marks import mark_alone
from bot.quiz.row_fields import row_fields
from bot.quiz.variety import variety_blank


def test_the_one_choice_without_a_command_stands_out() -> None:
    wrong = ["关闭交换分区: `swapoff -a`", "加载模块: `modprobe overlay`",
             "停止防火墙: `systemctl stop firewalld`"]
    assert mark_alone("停止防火墙: 节点之间的通信可能被拦截", wrong)
    assert mark_alone("Stop the firewall: nodes may not reach each other",
                      ["Disable swap: `swapoff -a`", "Load the module: `modprobe overlay`",
                       "Stop the firewall: `systemctl stop firewalld`"])


def test_the_one_choice_with_an_address_stands_out() -> None:
    assert mark_alone("See https://example.org/guide for the steps",
                      ["Restart the agent on every node", "Rotate the keys each month"])


def test_choices_all_with_commands_or_none_pass() -> None:
    assert not mark_alone("`kubectl get pods`", ["`kubectl logs`", "`kubectl describe`"])
    assert not mark_alone("节点之间的通信可能被拦截", ["否则网络插件会出问题", "否则证书验证失败"])


def test_a_blank_after_a_word_of_variety_has_many_fills() -> None:
    assert variety_blank("- 상황에 맞는 다양한 ___을(를) 고려할 수 있음.")
    assert variety_blank("- The cluster can use several ___ at once.")
    assert variety_blank("- 状況に応じて様々な___を選べる")
    assert variety_blank("- 可以根据情况选择各种___")
    assert not variety_blank("- 파드 간 통신에는 ___을(를) 사용함.")
    assert not variety_blank("- Each pod gets its own ___ address.")


def test_a_noun_among_closed_sentences_stands_out() -> None:
    wrong = ["누락된 데이터를 그대로 놔두는 방법이다.", "누락된 데이터를 제거하는 방법이다."]
    assert odd_ending("평균값이나 중앙값으로 대체하는 것", wrong)
    assert not odd_ending("누락된 값을 평균값으로 대체하는 방법이다.", wrong)
    assert odd_ending("平均値で埋めるやり方",
                      ["欠損値をそのまま残す方法です。", "欠損値の行を削除する方法です。"])


def test_names_are_not_read_for_their_ending() -> None:
    assert not odd_ending("람다", ["엘라스틱 캐시", "다이나모디비"])


def test_a_full_stop_some_choices_lack_is_levelled() -> None:
    assert even_stops(["Keeps the rows.", "Drops the rows", "Fills the gaps."]) == \
        ["Keeps the rows", "Drops the rows", "Fills the gaps"]
    assert even_stops(["a.", "b."]) == ["a.", "b."]


def test_columns_of_a_record_are_no_sides() -> None:
    rows = [["`swapoff -a`", "调度器不允许使用交换分区"],
            ["`systemctl stop firewalld`", "节点间通讯可能被拦截"]]
    assert row_fields("命令", "原因", rows)
    assert row_fields("Command", "Reason", rows)
    # (Two columns of two forms, whatever their headers say.)
    assert row_fields("Linux", "Windows", rows)
    assert not row_fields("TCP", "UDP", [["연결 지향", "비연결"], ["느림", "빠름"]])


ZH_TABLE = """# 部署集群

## 准备节点

### 关闭或配置系统功能
| 项目 | 命令 | 原因 |
|---|---|---|
| 关闭 swap | `swapoff -a` | 调度器不允许使用交换分区 |
| 关闭防火墙 | `systemctl stop firewalld` | 节点间通讯可能被拦截 |
| 关闭 SELinux | `setenforce 0` | 否则节点代理启动失败 |
| 配置 iptables | `modprobe br_netfilter` | 否则网络插件会出问题 |
"""

EN_TABLE = """# Cluster setup

## Preparing nodes

### Settings to change
| Item | Command | Reason |
|---|---|---|
| Disable swap | `swapoff -a` | The scheduler refuses nodes with swap on |
| Stop the firewall | `systemctl stop firewalld` | Nodes may not reach each other |
| Relax SELinux | `setenforce 0` | The node agent fails to start otherwise |
| Bridge traffic | `modprobe br_netfilter` | The network plugin breaks otherwise |
"""


def test_a_table_of_commands_and_reasons_asks_no_versus() -> None:
    for text in (ZH_TABLE, EN_TABLE):
        bank = build_bank(parse_markdown(text, "notes.md"))
        assert not [q for q in bank if q.kind == "versus"]


def test_a_phrase_among_acronyms_stands_out() -> None:
    from bot.quiz.format_marks import words_among_acronyms
    assert words_among_acronyms(["FIFO", "LRU", "LFU", "Practical Defaults"])
    assert not words_among_acronyms(["FIFO", "LRU", "LFU", "ARC"])
    assert not words_among_acronyms(["FCFS", "SJF", "Round Robin", "Priority Scheduling"])


EN_UMBRELLA = """# Caching

## 4. Eviction Policies
Eviction policies decide which key leaves a full cache first.
Every cache layer needs one once memory runs out.

### 4.1. LRU
- Evicts the key whose last access is the oldest
- Kept as a linked list beside a hash map

### 4.2. LFU
- Evicts the key with the fewest accesses in total
- Kept as frequency buckets beside a hash map

### 4.3. FIFO
- Evicts the key inserted first, whatever its accesses
- Kept as a plain queue of keys
"""

KO_UMBRELLA = """# 캐시

## 4. 교체 정책
교체 정책은 캐시가 가득 찼을 때 어떤 키를 먼저 내보낼지 정한다.
메모리가 부족해지면 모든 캐시 계층에 하나씩 필요하다.

### 4.1. LRU
- 마지막 접근이 가장 오래된 키를 내보냄
- 해시 맵과 연결 리스트로 구현함

### 4.2. LFU
- 전체 접근 횟수가 가장 적은 키를 내보냄
- 해시 맵과 빈도 버킷으로 구현함

### 4.3. FIFO
- 가장 먼저 들어온 키를 접근과 관계없이 내보냄
- 단순한 큐로 구현함
"""


def test_a_section_is_never_a_choice_beside_its_own_sub_headings() -> None:
    for text, umbrella in ((EN_UMBRELLA, "Eviction Policies"), (KO_UMBRELLA, "교체 정책")):
        for q in build_bank(parse_markdown(text, "notes.md")):
            if {"LRU", "LFU", "FIFO"} & set(q.choices):
                assert not any(umbrella in c for c in q.choices), q
