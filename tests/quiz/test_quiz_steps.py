"""Order of steps from an ordered list of the notes: which comes first, which
comes right after a given step; never from a numbered list of things."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.text import refers_back

HANDSHAKE = """## Closing a connection

Both sides close their half on their own, in these steps:

1) The client sends a FIN segment to close its side.

2) The server answers the FIN with an ACK and finishes sending its data.

3) The server sends its own FIN once everything is sent.

4) The client answers with an ACK and waits out the TIME_WAIT period.
"""


def test_an_ordered_list_asks_which_step_comes_first_and_next() -> None:
    bank = [q for q in build_bank(parse_markdown(HANDSHAKE, "notes.md")) if q.kind == "order"]
    assert any(q.correct_choice.startswith("The client sends a FIN") for q in bank)
    after = [q for q in bank if "The server answers the FIN" in q.prompt]
    assert after and after[0].correct_choice.startswith("The server sends its own FIN")
    for q in bank:
        assert q.correct_choice not in q.prompt


def test_three_steps_ask_only_which_comes_first() -> None:
    three = "\n".join(HANDSHAKE.splitlines()[:-2])
    bank = [q for q in build_bank(parse_markdown(three, "notes.md")) if q.kind == "order"]
    assert len(bank) == 1


def test_a_numbered_list_of_things_has_no_order_to_ask() -> None:
    kinds = """## Routing policies
1. Simple: one record, no health checks
2. Weighted: shares of traffic by weight
3. Latency: the region with the lowest latency
4. Failover: a standby answers when the primary fails
"""
    assert not any(q.kind == "order" for q in build_bank(parse_markdown(kinds, "notes.md")))


# Steps written to be read in a row: 'this segment' and 'then' point back.
LEANING = """## Closing a connection

Both sides close their half on their own, in these steps:

1) The client sends a FIN segment to close its side.

2) The server receives this segment and answers with an ACK.

3) The server then sends its own FIN once everything is sent.

4) The client answers with an ACK and waits out the TIME_WAIT period.
"""


def test_steps_that_point_back_are_never_shuffled_into_choices() -> None:
    bank = build_bank(parse_markdown(LEANING, "notes.md"))
    assert not [q for q in bank if q.kind == "order"]


def test_lines_that_point_back_are_told_from_lines_that_stand_alone() -> None:
    for leaning in ("서버는 이 세그먼트를 받고 ACK를 보낸다", "그 후 서버도 FIN을 보낸다",
                    "The server then sends its own FIN", "Server receives this segment",
                    "그후에 클라이언트가 ACK를 보낸다"):
        assert refers_back(leaning), leaning
    for alone in ("서버가 FIN 세그먼트를 받고 ACK를 보낸다",
                  "로그 파일을 S3 버킷으로 전송한 이후 확인 가능",
                  "이전 버전으로 볼륨이 더 작음", "The server answers the FIN with an ACK",
                  "Ensures that the data arrives in order",
                  # Pointing at the line's own words, a comparison, a condition.
                  "같은 쿼리를 두 번 수행할 때 그 사이에 값을 수정",
                  "instances behave as if they were on the same private network",
                  "If the window is full then the sender waits"):
        assert not refers_back(alone), alone


def test_an_aside_only_one_step_has_is_not_shown() -> None:
    marked = HANDSHAKE.replace("FIN segment to close its side.",
                               "FIN segment (shutdown segment) to close its side.")
    bank = [q for q in build_bank(parse_markdown(marked, "notes.md")) if q.kind == "order"]
    assert bank
    for q in bank:
        assert "(shutdown segment)" not in q.prompt + " ".join(q.choices)


def test_a_step_far_longer_than_the_rest_asks_no_order() -> None:
    long = HANDSHAKE.replace(
        "The client sends a FIN segment to close its side.",
        "The client decides that it has nothing more to send and sends a special "
        "FIN segment to the server to close its own side.")
    bank = build_bank(parse_markdown(long, "notes.md"))
    assert not [q for q in bank if q.kind == "order"]


# An ordered list indented under a line that calls it an order: short steps.
NESTED = """## 메시징
1. SNS
- 메시지 전송 서비스
- 전송 순서
\t1. 주제 생성
\t2. 구독 생성
\t3. 메시지 게시
\t4. 구독자에게 메시지 전달
"""


def test_an_indented_ordered_list_keeps_its_numbers() -> None:
    deck = parse_markdown(NESTED, "notes.md")
    heading = next(f for t in deck.topics() for f in t.all_facts() if f.text == "전송 순서")
    assert [c.number for c in heading.children] == [1, 2, 3, 4]


def test_an_indented_list_under_an_order_heading_asks_its_order() -> None:
    bank = [q for q in build_bank(parse_markdown(NESTED, "notes.md")) if q.kind == "order"]
    first = [q for q in bank if q.correct_choice == "주제 생성"]
    assert first and "전송 순서" in first[0].prompt
    after = [q for q in bank if q.prompt.endswith("- 구독 생성")]
    assert after and after[0].correct_choice == "메시지 게시"
    whole = [q for q in bank if " → " in q.correct_choice]
    assert len(whole) == 1
    assert whole[0].correct_choice == "주제 생성 → 구독 생성 → 메시지 게시 → 구독자에게 메시지 전달"
    assert len(set(whole[0].choices)) == 4
    # The lesson is the order itself, one numbered step a line.
    assert whole[0].explanation.splitlines()[:2] == ["1. 주제 생성", "2. 구독 생성"]
    for choice in whole[0].choices:
        assert sorted(choice.split(" → ")) == sorted(whole[0].correct_choice.split(" → "))


def test_an_indented_numbered_list_without_an_order_word_is_no_procedure() -> None:
    kinds = NESTED.replace("전송 순서", "대기열 유형")
    assert not any(q.kind == "order" for q in build_bank(parse_markdown(kinds, "notes.md")))


def test_next_steps_are_suggestions_not_an_order() -> None:
    advice = """## Next Steps
1. Study the scheduling chapter and its examples
2. Study the networking chapter and its examples
3. Study the security chapter and its examples
"""
    assert not any(q.kind == "order" for q in build_bank(parse_markdown(advice, "notes.md")))


def test_long_steps_are_never_joined_into_one_choice() -> None:
    bank = [q for q in build_bank(parse_markdown(HANDSHAKE, "notes.md")) if q.kind == "order"]
    assert bank and not any(" → " in c for q in bank for c in q.choices)


FLOWS = """## 네트워크
1. NAT Gateway
- 프라이빗 서브넷의 인스턴스가 인터넷에 연결하게 하는 관리형 서비스
- 프라이빗 서브넷 -> 라우팅 테이블 -> NAT Gateway -> 인터넷 게이트웨이 -> 인터넷
- 실행중인 EC2 존재. RAM 사용중 -> RAM 내용을 EBS로 덤프 -> RAM은 삭제
- 체이닝 복제는 불가능함 1->2->3
"""


def test_a_flow_of_short_stages_asks_which_listing_has_its_order() -> None:
    bank = [q for q in build_bank(parse_markdown(FLOWS, "notes.md")) if q.kind == "order"]
    assert [q.correct_choice for q in bank] == [
        "프라이빗 서브넷 → 라우팅 테이블 → NAT Gateway → 인터넷 게이트웨이 → 인터넷"]
    stages = sorted(bank[0].correct_choice.split(" → "))
    assert all(sorted(c.split(" → ")) == stages for c in bank[0].choices)
    assert len(set(bank[0].choices)) == 4


def test_a_flows_wrong_orders_keep_its_source_and_sink() -> None:
    # 'application → sqs' or 'internet first' is absurd without any study.
    bank = [q for q in build_bank(parse_markdown(FLOWS, "notes.md")) if q.kind == "order"]
    assert bank
    for choice in bank[0].choices:
        stages = choice.split(" → ")
        assert stages[0] == "프라이빗 서브넷" and stages[-1] == "인터넷"


def test_a_flow_of_four_stages_is_not_asked() -> None:
    # Its ends fixed, four stages leave one wrong order: no question.
    four = FLOWS.replace(" -> 인터넷 게이트웨이", "")
    assert not any(q.kind == "order" for q in build_bank(parse_markdown(four, "notes.md")))


def test_a_breadcrumb_naming_two_stages_in_order_asks_no_order() -> None:
    fan = """## 메시징
### SNS + SQS Fan Out
- publisher -> sns -> 필터 정책 -> sqs -> application
"""
    assert any(q.kind == "order" for q in build_bank(parse_markdown(
        fan.replace("SNS + SQS Fan Out", "Fan Out 패턴"), "notes.md")))
    assert not any(q.kind == "order" for q in build_bank(parse_markdown(fan, "notes.md")))


def test_a_breadcrumb_naming_two_steps_in_order_asks_no_step() -> None:
    steps = """## 작업
### 빌드 후 재시작
- 배포 순서
\t1. 코드 빌드
\t2. 이미지 업로드
\t3. 서버 설정
\t4. 서버 재시작
"""
    assert not any(q.kind == "order" for q in build_bank(parse_markdown(steps, "notes.md")))
    assert any(q.kind == "order" for q in build_bank(parse_markdown(
        steps.replace("빌드 후 재시작", "배포 작업"), "notes.md")))


def test_an_order_word_inside_a_name_says_no_order() -> None:
    states = """## 오케스트레이션
1. 워크플로 서비스
- 여러 서비스를 묶어 실행하는 서비스
- AWS Step Functions
\t1. 작업 상태
\t2. 선택 상태
\t3. 대기 상태
- VPC Flow Logs
\t1. VPC 수준에서 수집
\t2. 서브넷 수준에서 수집
\t3. ENI 수준에서 수집
"""
    assert not any(q.kind == "order" for q in build_bank(parse_markdown(states, "notes.md")))


def test_a_step_that_alone_names_the_breadcrumbs_subject_is_never_the_answer() -> None:
    named = NESTED.replace("\t1. 주제 생성", "\t1. sns에서 주제 생성")
    bank = [q for q in build_bank(parse_markdown(named, "notes.md")) if q.kind == "order"]
    assert bank  # the other forms still ask the list
    assert not any(q.correct_choice == "sns에서 주제 생성" for q in bank)


def test_a_step_that_alone_echoes_the_step_shown_is_never_the_answer() -> None:
    deploy = """## 작업
1. 배포
- 배포 순서
\t1. 코드 빌드
\t2. 이미지 업로드
\t3. 서버 설정
\t4. 서버 재시작
"""
    bank = [q for q in build_bank(parse_markdown(deploy, "notes.md")) if q.kind == "order"]
    assert any(q.prompt.endswith("- 코드 빌드") for q in bank)
    assert not any(q.prompt.endswith("- 서버 설정") for q in bank)


RANKS = """## 캐시 계층
1. 메모리 계층
- 접근 속도가 빠를수록 용량이 작고 비쌈
- L1 캐시 < L2 캐시 < 메인 메모리 < 디스크
- 설정 > 저장소 > 캐시 비우기
"""


def test_a_chain_ranked_by_less_than_asks_which_chain_is_right() -> None:
    bank = [q for q in build_bank(parse_markdown(RANKS, "notes.md")) if q.kind == "order"]
    assert [q.correct_choice for q in bank] == ["L1 캐시 < L2 캐시 < 메인 메모리 < 디스크"]
    assert "대소 관계" in bank[0].prompt
    # Every choice ranks the same things; neither end stays fixed as in a flow.
    stages = sorted(bank[0].correct_choice.split(" < "))
    assert all(sorted(c.split(" < ")) == stages for c in bank[0].choices)
    assert len(set(bank[0].choices)) == 4
    assert {c.split(" < ")[0] for c in bank[0].choices} != {"L1 캐시"}


def test_a_chain_of_greater_than_or_of_symbols_is_no_ranking() -> None:
    # '>' also writes menu paths; '0 < x < 10' ranks no things to learn.
    other = RANKS.replace("L1 캐시 < L2 캐시 < 메인 메모리 < 디스크", "0 < x < 10")
    assert not any(q.kind == "order" for q in build_bank(parse_markdown(other, "notes.md")))
    figures = RANKS.replace("L1 캐시 < L2 캐시 < 메인 메모리 < 디스크", "10 < 20 < 30 < 40")
    assert not any(q.kind == "order" for q in build_bank(parse_markdown(figures, "notes.md")))
    two = RANKS.replace(" < 메인 메모리 < 디스크", "")
    assert not any(q.kind == "order" for q in build_bank(parse_markdown(two, "notes.md")))


def _orders_of(notes: str) -> list[str]:
    return [q.correct_choice for q in build_bank(parse_markdown(notes, "notes.md"))
            if q.kind == "order"]


def test_a_numbered_list_of_kinds_is_no_sequence_however_its_items_read() -> None:
    # Members counted by number under a heading that asks which there are: the
    # key would only be where the author happened to list each.
    kinds = """## 缓存

### 常见的缓存淘汰策略都有哪些？

下面是几种常用的策略：

1. LRU 策略：淘汰最久没有被访问的数据，适合访问有时间局部性的场景，是大多数缓存系统默认采用的做法。
2. LFU 策略：淘汰被访问次数最少的数据，需要为每条数据记录访问计数，内存开销比其他几种都要大一些。
3. FIFO 策略：按写入的先后淘汰数据，实现简单但命中率一般比较低，只适合数据很少被重复读取的场合。
4. Random 策略：随机选择一条数据淘汰，开销最小但效果难以预测，一般只在对命中率没有要求时才会使用。
"""
    assert _orders_of(kinds) == []


def test_a_numbered_list_with_no_word_of_order_is_no_sequence() -> None:
    categories = """## 按用途划分的日志

1. 访问日志，记录每一次请求的来源、路径和耗时，运维人员用它来分析流量的高峰和各个接口的访问量。
2. 错误日志，记录程序抛出的异常和完整的堆栈信息，开发人员用它来定位线上每次故障发生的具体原因。
3. 审计日志，记录谁在什么时候修改了哪些配置和权限，安全团队用它来追查每一次配置变更的具体责任人。
4. 慢查询日志，记录执行时间超过阈值的语句和它们的执行计划，数据库管理员用它来调整和优化各个索引。
"""
    assert _orders_of(categories) == []


def test_a_lead_in_that_says_flow_makes_the_list_a_sequence() -> None:
    flow = """## 로그인

> 처리 흐름

1. 사용자가 아이디와 비밀번호를 입력한다
2. 서버가 비밀번호 해시를 저장된 값과 비교한다
3. 서버가 세션을 만들고 쿠키를 돌려준다
"""
    assert "사용자가 아이디와 비밀번호를 입력한다" in _orders_of(flow)


def test_items_that_define_named_kinds_are_no_sequence_even_under_an_order_word() -> None:
    named = """## 发布流程

1. 金丝雀发布：先把新版本交给一小部分用户使用，观察一段时间没有问题之后再逐步扩大范围。
2. 蓝绿发布：准备一套完全相同的新环境，切换流量时所有用户一次性地转到新的那一套环境。
3. 滚动发布：每次只替换少量机器上的旧版本，直到集群里所有的机器都运行新的版本为止。
"""
    assert _orders_of(named) == []


def test_a_lead_in_that_points_at_the_list_after_its_order_word_says_order() -> None:
    for lead in ("部署的流程如下：", "The steps are as follows:", "배포 과정은 다음과 같다"):
        notes = f"""## 배포

{lead}

1. 저장소에서 최신 소스 코드를 내려받는다
2. 빌드 서버가 테스트를 돌리고 이미지를 만든다
3. 새 이미지를 서버에 차례로 올린다
"""
        assert "저장소에서 최신 소스 코드를 내려받는다" in _orders_of(notes), lead


def test_a_lead_in_naming_the_steps_of_something_says_order() -> None:
    notes = """## Package releases

There are four main steps to publishing a new release

1. Bump the version number
2. Build the distribution files
3. Upload the files to the registry
4. Announce the release to users
"""
    assert "Bump the version number" in _orders_of(notes)
    # (Without such a lead-in the same list is no procedure.)
    plain = notes.replace("There are four main steps to publishing a new release",
                          "Release notes we keep for our users")
    assert _orders_of(plain) == []
