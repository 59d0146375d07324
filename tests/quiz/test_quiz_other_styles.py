"""List styles of other people's notes read as the lists they are: glyph-led
lines, a name on a line of its own over bullets, names in code style, dash and
full-width colon separators. Each with small notes written here."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.question import Question


def _bank(text: str) -> tuple[Question, ...]:
    return build_bank(parse_markdown(text, "notes.md"))


def _choices(bank: tuple[Question, ...]) -> set[str]:
    return {c for q in bank for c in q.choices}


GLYPHS = """## 프로세스 상태 전이
✓ 승인 (Admitted) : 생성된 프로세스가 준비 큐에 들어가도록 허락됨
✓ 디스패치 (Dispatch) : 준비 큐의 프로세스 하나를 골라 CPU를 넘겨줌
✓ 타임아웃 (Timeout) : 할당 시간을 다 쓴 프로세스를 준비 큐로 되돌림
✓ 대기 (Block) : 입출력을 기다리는 프로세스를 대기 상태로 보냄
"""


def test_a_run_of_glyph_led_lines_is_a_list_of_terms() -> None:
    bank = _bank(GLYPHS)
    matches = [q for q in bank if q.kind == "match"]
    assert matches
    assert any(q.correct_choice == "디스패치 (Dispatch)" for q in matches)
    # The glyph is markup: no choice or stem carries it.
    assert not any("✓" in t for q in bank for t in (q.prompt, *q.choices))


def test_one_glyph_line_alone_stays_a_line_of_its_own() -> None:
    text = GLYPHS.replace("✓ 디스패치", "디스패치").replace("✓ 대기", "대기")
    bank = _bank(text.replace("✓ 타임아웃", "타임아웃"))
    assert not any(q.correct_choice == "승인 (Admitted)" for q in bank if q.kind == "match")


HEADED = """## Network Exam Notes
Gateway Hosts
- live in one public subnet of the network
- translate private addresses for outbound calls
- never accept calls started from outside
Packet Filters
- keep a numbered list of rules read lowest first
- hold separate inbound and outbound rules
- forget each packet once it has passed
Peering Links
- join two networks over private addresses
- never pass traffic on to a third network
- fail when the address ranges overlap
Tunnel Hubs
- join the branch offices of one company
- carry traffic encrypted between the offices
"""


def test_a_name_on_its_own_line_holds_the_bullets_under_it() -> None:
    bank = _bank(HEADED)
    named = [q for q in bank if q.kind == "name"]
    assert named
    assert {q.correct_choice for q in named} <= {"Gateway Hosts", "Packet Filters",
                                                 "Peering Links", "Tunnel Hubs"}
    for q in named:
        assert set(q.choices) <= {"Gateway Hosts", "Packet Filters", "Peering Links",
                                  "Tunnel Hubs"}


def test_a_sentence_on_its_own_line_holds_nothing() -> None:
    text = HEADED.replace("Gateway Hosts\n", "Gateway hosts are covered below.\n")
    bank = _bank(text)
    assert "Gateway hosts are covered below." not in _choices(bank)


CODE = """## Record kinds
- `AAAA`: maps a name to an IPv6 address
- `CNAME`: maps a name to another host name
- `NS`: lists the servers that answer for the zone
- `MX`: names the servers that accept mail for the domain
"""


def test_a_name_in_code_style_is_offered_without_backticks() -> None:
    bank = _bank(CODE)
    assert {"AAAA", "CNAME", "MX"} <= _choices(bank)
    assert not any("`" in c for c in _choices(bank))


DASHES = """## Service kinds
- ClusterIP - reachable only from the inside
- NodePort – opened on every machine of the fleet for outside callers
- LoadBalancer — asks the cloud provider for one public address in front
- ExternalName - answers with a DNS alias for a host elsewhere

## Levels
- Level 0 - READ UNCOMMITTED
- Level 1 - READ COMMITTED
- Level 2 - REPEATABLE READ
- Level 3 - SERIALIZABLE
"""


def test_dashes_separate_a_name_from_its_description() -> None:
    bank = _bank(DASHES)
    assert any(q.kind == "match" and q.correct_choice == "NodePort" for q in bank)
    # A list position is no name, and a name is no description of it.
    for label in ("Level 0", "Level 1", "Level 2"):
        assert label not in _choices(bank)


FULL_WIDTH = """## ロックの種類
- 共有ロック：読み込みのときにかけ、ほかの読み込みとは同時にかけられる
- 排他ロック：書き込みのときにかけ、トランザクションが終わるまで外れない
- 更新ロック：更新の前に読み込むときにかけ、排他ロックへ上げられる
- 意図ロック：下位のリソースにロックがあることを上位に示す
"""


def test_a_full_width_colon_separates_a_term_from_its_definition() -> None:
    bank = _bank(FULL_WIDTH)
    assert any(q.kind == "match" and q.correct_choice == "排他ロック" for q in bank)


FORMS = """## Health plugins
- ready: an HTTP endpoint on port 8181 that answers 200 when every plugin signals readiness
- health: an HTTP endpoint on port 8080 that reports whether the process is up
- errors: everything that fails is written to standard output
- reload: picks up a changed configuration file without a restart
"""


def test_another_form_of_the_answer_word_in_the_stem_gives_it_away() -> None:
    bank = _bank(FORMS)
    for q in bank:
        if q.correct_choice == "ready":
            raise AssertionError(q.prompt)
        if "'ready'" in q.prompt:
            raise AssertionError(q.prompt)


def test_japanese_notes_are_asked_in_japanese() -> None:
    bank = _bank(FULL_WIDTH)
    assert bank
    assert all(not any("\uac00" <= ch <= "\ud7a3" for ch in q.prompt) for q in bank)
    assert any("どれですか" in q.prompt for q in bank)


SUBHEADINGS = """## 缓存
### 优点
- 缓解服务器的压力，降低客户端获取资源的延迟
- 读取内存中的副本比访问源站更快
### 用途
- 保存会话状态，例如登录状态和购物车
- 记录个性化设置，例如主题和语言
### 实现方法
- 让代理服务器保存响应的副本
- 让客户端浏览器保存响应的副本
"""


def test_chinese_sub_headings_are_no_names_to_choose() -> None:
    bank = _bank(SUBHEADINGS)
    assert not {"优点", "用途", "实现方法"} & _choices(bank)


CJK_NAMES = """### 传输方式
报文主体的几种传输方式。
#### 分块传输编码
- 把报文主体分割成多块，让浏览器逐块显示页面
- 最后用一个大小为零的块表示结束
#### 多部分对象集合
- 一份报文主体里可以放进多种类型的实体
- 上传多个表单时，各部分之间用边界字符串隔开
#### 范围请求
- 只请求资源的一部分，中断后可以从断点继续下载
- 服务器以部分内容的状态码回应
"""


def test_a_clue_with_english_words_beside_a_chinese_answer_is_not_asked() -> None:
    plain = [q for q in _bank(CJK_NAMES) if q.correct_choice == "范围请求"]
    assert any("服务器以部分内容的状态码回应" in q.prompt for q in plain)
    # The same clue with an English name in it may be the answer's English name.
    english = CJK_NAMES.replace("服务器以部分内容的状态码回应",
                                "服务器以 Partial Content 状态码回应")
    for q in _bank(english):
        assert "Partial Content" not in q.prompt, q.prompt


def test_a_chinese_stem_sharing_characters_with_the_answer_gives_it_away() -> None:
    leaky = CJK_NAMES.replace("只请求资源的一部分", "范围请求只取资源的一部分")
    bank = _bank(leaky)
    assert any(q.kind == "name" and q.correct_choice == "范围请求" for q in bank)
    for q in bank:
        if q.kind == "name" and q.correct_choice == "范围请求":
            assert "只取资源" not in q.prompt, q.prompt


TWO_LANGUAGES = """## Mirroring
Origin — the network interface whose packets are copied
Target — where the copied packets are delivered
Filter — the rules that pick which packets get copied
Session — ties one origin to one target through a filter

오리진 ENI 정의: 복사할 트래픽이 나오는 네트워크 인터페이스를 고른다
타겟 정의: 복사한 트래픽을 받을 로드 밸런서나 인터페이스를 고른다
"""


def test_a_term_named_again_in_another_language_is_no_distractor() -> None:
    bank = _bank(TWO_LANGUAGES)
    # ('Origin', not 'Source': a bare 'Source' is a field label of notes, never
    # a term; see labels._WORDS.)
    assert any(q.kind == "match" and q.correct_choice == "Origin" for q in bank)
    for q in bank:
        if q.kind != "match":
            continue
        assert not ({"Origin", "Target"} & set(q.choices) and {"오리진 ENI 정의", "타겟 정의"}
                    & set(q.choices)), q.choices
        hangul = [any("\uac00" <= ch <= "\ud7a3" for ch in c) for c in q.choices]
        assert all(hangul) or not any(hangul), q.choices


SIBLING_SECTIONS = """# Page Replacement
## FIFO
- evicts the page that was loaded earliest
- may fault more often with more frames (Belady's anomaly)
## LRU
- evicts the page whose last use lies furthest back
- keeps a timestamp or a stack of recent uses
## LFU
- evicts the page with the fewest uses so far
- keeps a counter for every page
"""


def test_sections_that_each_name_one_thing_are_siblings() -> None:
    named = [q for q in _bank(SIBLING_SECTIONS) if q.kind == "name"]
    assert named
    for q in named:
        assert set(q.choices) <= {"FIFO", "LRU", "LFU"}
        # Shown under the file's title: the section's own title is the answer.
        assert q.prompt.startswith("Page Replacement\n"), q.prompt


def test_an_interview_heading_asking_to_explain_names_what_it_asks_about() -> None:
    from bot.quiz.naming import clean_name, is_label

    assert clean_name("SSL Handshake에 대해서 설명해보세요.") == "SSL Handshake"
    assert is_label("CORS에 대해 설명해보세요")


def test_notes_of_a_folder_without_headings_are_siblings(
        tmp_path) -> None:  # type: ignore[no-untyped-def]
    from bot.notes.loader import load_deck

    notes = {
        "ARP.md": "Finds the hardware address that belongs to a network address on a link.\n"
                  "Answers are kept in a cache for a few minutes.\n",
        "DHCP.md": "Leases addresses to hosts that join a network.\n"
                   "A lease must be renewed before it runs out.\n",
        "DNS.md": "Turns host names into network addresses.\n"
                  "Answers travel mostly over port 53 with UDP.\n",
    }
    # (A folder with a plain name: pytest's own, a slug, is never shown.)
    folder = tmp_path / "networking"
    folder.mkdir()
    for name, text in notes.items():
        (folder / name).write_text(text, encoding="utf-8")
    bank = build_bank(load_deck(folder))
    named = [q for q in bank if q.kind == "name"]
    assert named
    assert all(set(q.choices) <= {"ARP", "DHCP", "DNS"} for q in named)


def test_notes_of_two_folders_are_no_siblings(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from bot.notes.loader import load_deck

    for folder, notes in {"net": {"ARP.md": "Finds the hardware address of a network address.\n"
                                            "Answers are cached for a few minutes.\n",
                                  "DNS.md": "Turns host names into network addresses.\n"
                                            "Answers travel mostly over UDP.\n"},
                          "cloud": {"VPC.md": "An isolated network in one region of the cloud.\n"
                                              "Spans every zone of its region.\n"}}.items():
        (tmp_path / folder).mkdir()
        for name, text in notes.items():
            (tmp_path / folder / name).write_text(text, encoding="utf-8")
    bank = build_bank(load_deck(tmp_path))
    assert not any("VPC" in q.choices for q in bank)


def test_a_heading_that_asks_how_is_no_name() -> None:
    from bot.quiz.naming import is_label

    assert is_label("How to obtain an address block")
    assert is_label("How CIDR facilitates routing")
    assert not is_label("Hot Partition")
