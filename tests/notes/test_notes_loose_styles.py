"""Notes written loosely: plain lines used as headings, steps spaced by blank
lines, front matter titles, HTML lists inside `<details>`, a file's opening
paragraph, HTTPS next to HTTP. Every note here is written for the test."""

from __future__ import annotations

from bot.notes.bags import Needs
from bot.notes.glossary import Glossary
from bot.notes.loader import parse_markdown
from bot.notes.lookup import LookupIndex
from bot.notes.model import Deck, Topic
from bot.notes.passage import GAP, Shown, passage
from bot.notes.query import Group
from bot.notes.text import tokens


def _topic(deck: Deck, title: str) -> Topic:
    return next(t for t in deck.topics() if t.title == title)


def _index(deck: Deck) -> LookupIndex:
    return LookupIndex.build(deck, Glossary())


PLAIN_LABELS = """\
# Queue Exam Notes

Queues
- decouple a producer from its consumers
- keep messages until they are read

Dead Letter Queues
- hold messages that failed too many times
- let you inspect poison messages later

Pros
- retries are cheap
"""


def test_short_plain_lines_above_lists_are_headings() -> None:
    deck = parse_markdown(PLAIN_LABELS, "q.md")
    dlq = _topic(deck, "Dead Letter Queues")
    assert [f.text for f in dlq.facts] == [
        "hold messages that failed too many times",
        "let you inspect poison messages later",
        "Pros",
    ]
    # A generic word stays a label of the topic above it, never a topic.
    assert "Pros" not in [t.title for t in deck.topics()]
    assert [c.text for c in dlq.facts[2].children] == ["retries are cheap"]
    hit = _index(deck).search("dead letter queue").hits[0]
    assert hit.topic.title == "Dead Letter Queues"


def test_one_lead_in_line_above_a_list_stays_a_line() -> None:
    deck = parse_markdown("# Cache\n\nThings to remember\n- entries expire\n- misses cost\n",
                          "c.md")
    assert "Things to remember" not in [t.title for t in deck.topics()]


def test_sentences_and_definitions_above_lists_are_not_headings() -> None:
    text = (
        "# Net\n\nRouting problems are basically graph problems here\n- nodes\n\n"
        "Key declarations are:\n- provisioner\n\nECMP: equal cost paths\n- spread load\n"
    )
    titles = [t.title for t in parse_markdown(text, "n.md").topics()]
    assert not any(t.startswith(("Routing problems", "Key declarations", "ECMP")) for t in titles)


STEPS = """\
## 연결 해제

1) 클라이언트가 종료 신호를 보낸다.

2) 서버가 확인 응답을 보낸다.

3) 서버도 종료 신호를 보낸다.

- 서버는 응답을 받은 뒤 소켓을 닫는다
"""


def test_steps_spaced_by_blank_lines_stay_steps_when_a_list_follows() -> None:
    deck = parse_markdown(STEPS, "s.md")
    topics = deck.topics()
    assert [t.title for t in topics] == ["연결 해제"]
    facts = topics[0].facts
    assert [f.kind for f in facts] == ["step", "step", "step", "bullet"]
    assert facts[3].text == "서버는 응답을 받은 뒤 소켓을 닫는다"


def test_numbered_items_with_their_bullets_right_under_them_are_topics() -> None:
    text = "## 리전\n1. 가용 영역\n- 데이터 센터 묶음\n2. 엣지\n- 전송 지점\n"
    deck = parse_markdown(text, "r.md")
    assert [t.title for t in deck.topics()] == ["가용 영역", "엣지"]


def test_front_matter_title_names_the_opening_of_a_post() -> None:
    text = (
        '---\ntitle: "ReplicaSet"\ntags: [k8s]\n---\n\n파드 복제본 수를 유지하는 컨트롤러다.\n\n'
        "# 생성\n\n- kubectl apply\n\n# 예시\n\n- nginx 세 개\n"
    )
    deck = parse_markdown(text, "2023-01-01-rs.md")
    first = deck.topics()[0]
    assert first.title == "ReplicaSet"
    assert first.facts[0].text == "파드 복제본 수를 유지하는 컨트롤러다."


DETAILS = """\
# 네트워크

<details>
<summary>OSI 계층을 설명해보세요</summary>
<ul>
  <li>OSI 7계층
    <ol>
      <li>물리 계층 : 비트를 전기 신호로 보낸다</li>
      <li>전송 계층 : 두 지점 사이의 신뢰성 있는 전달을 맡는다</li>
    </ol>
  </li>
  <li>존재 이유</li>
</ul>
</details>

<details>
<summary>HTTP 란?</summary>
<ul><li>요청과 응답으로 이루어진 프로토콜</li></ul>
</details>
"""


def test_html_list_items_are_bullets_nested_as_written() -> None:
    deck = parse_markdown(DETAILS, "d.md")
    osi = _topic(deck, "OSI 계층을 설명해보세요")
    assert [f.text for f in osi.facts] == ["OSI 7계층", "존재 이유"]
    assert [c.text for c in osi.facts[0].children] == [
        "물리 계층 : 비트를 전기 신호로 보낸다",
        "전송 계층 : 두 지점 사이의 신뢰성 있는 전달을 맡는다",
    ]
    http = _topic(deck, "HTTP 란?")
    assert [f.text for f in http.facts] == ["요청과 응답으로 이루어진 프로토콜"]


def test_a_line_longer_than_the_passage_shows_its_start() -> None:
    long_line = "전송 계층은 " + "신뢰성 있는 데이터 전달을 맡는다 " * 80
    deck = parse_markdown(f"## 계층\n- {long_line}\n", "l.md")
    shown = Shown(deck.topics()[0])
    group = Group(label="전송", phrases=(tuple(tokens("전송", phrase=True)),), key="전송")
    text = passage(shown, [group], Needs(), 200)
    assert text.startswith("- 전송 계층은") and text.endswith(GAP)
    assert len(text) <= 200


OPENING = """\
## [TCP] 3 way handshake & 4 way handshake

> 연결을 만들고 끊는 과정

### 3 way handshake - 연결 성립

- 클라이언트가 SYN 을 보낸다
- 서버가 SYN ACK 로 답한다

### 4 way handshake - 연결 해제

- 클라이언트가 FIN 을 보낸다
"""


def test_a_files_title_does_not_make_its_opening_line_the_answer() -> None:
    index = _index(parse_markdown(OPENING, "tcp.md"))
    hit = index.search("3 way handshake").hits[0]
    assert hit.topic.title == "3 way handshake - 연결 성립"
    # The opening is still found by its own words.
    assert index.search("연결을 만들고 끊는").hits[0].topic.kind == "intro"


def test_https_is_not_the_plural_of_http() -> None:
    assert tokens("HTTPS") == ["https"]
    assert tokens("classes") == ["class"]
    text = (
        "## Web\n### HTTP methods\n- GET reads, POST writes\n"
        "### HTTP와 HTTPS의 차이\n- HTTPS 는 HTTP 에 암호화를 더한 것\n"
    )
    hit = _index(parse_markdown(text, "w.md")).search("http https 차이").hits[0]
    assert hit.topic.title == "HTTP와 HTTPS의 차이"
