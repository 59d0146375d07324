"""Lines that lean on what the notes wrote before them, and lists a line turns
round. A line opening on a pointer back or a connective ('그러면 …', '이러한
…', 'これは …', 'こういったシステム …', '它 …', 'This …', 'So …') says something
of a line not shown: it is no clue nor statement of its own. The items of a
list announced as the cases where a thing does not fit ('캐시 이용에 대한
부적합한 사례', 'When not to use a cache', 'キャッシュが向かないケース',
'不适合使用缓存的场景') are no description of it. Every note here is written for
the test."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.counter_cases import announces_counter_cases, counter_cases
from bot.quiz.text import leans_on_context


def test_openings_that_point_back_lean_on_context() -> None:
    for line in ("그러면 인증서를 쓰지 않아도 된다", "이러한 구조는 장애에 강하다",
                 "그럼 다음 요청은 캐시에서 읽는다", "これは深刻なリスクへの準備不足を招く",
                 "こういったシステムのほうが健全である", "それが障害の原因になる",
                 "它会把请求转发给后端", "该协议在传输层工作",
                 "This keeps the cluster state consistent", "So the client retries later",
                 "It also stores the session", "Therefore the lock is released"):
        assert leans_on_context(line), line


def test_a_pointer_after_its_own_term_points_at_the_term() -> None:
    # ('Predefined Roles: These give finer-grained access', '方式A: これは…')
    for line in ("These give finer-grained access", "これは読み取りを速くする",
                 "它会把请求转发给后端", "이러한 구조로 장애를 견딘다"):
        assert leans_on_context(line)
        assert not leans_on_context(line, after_term=True)
    # (A connective goes on from a line before, whatever it stands after.)
    for line in ("So the client retries later", "그러면 인증서를 쓰지 않아도 된다",
                 "すると再送される"):
        assert leans_on_context(line, after_term=True)


EN_TERMS = """# Roles

- Basic roles: Owner, Editor and Viewer, legacy roles with wide permissions
- Predefined roles: These give finer-grained access to one service
- Custom roles: Roles you assemble yourself from single permissions
"""


def test_a_term_defined_by_a_pointer_is_still_asked() -> None:
    assert "finer-grained" in _shown(EN_TERMS)


def test_lines_of_their_own_do_not_lean_on_context() -> None:
    for line in ("이름 풀이는 DNS가 맡는다", "それぞれのノードがレプリカを持つ",
                 "IT 인프라는 서버와 네트워크로 이루어진다", "Thread pools reuse workers",
                 "Sorting is done in memory", "Theory says the bound is tight",
                 "キャッシュは読み取りを速くする", "缓存可以加快读取"):
        assert not leans_on_context(line), line


def test_counter_case_lead_ins_across_languages() -> None:
    for line in ("캐시 이용에 대한 부적합한 사례", "캐시를 사용하지 말아야 하는 경우",
                 "When not to use a cache", "Cache anti-patterns",
                 "キャッシュが向かないケース", "不适合使用缓存的场景"):
        assert announces_counter_cases(line), line
    for line in ("캐시 이용 사례", "How to avoid a deadlock", "キャッシュの使い所",
                 "缓存的使用场景", "Cache use cases"):
        assert not announces_counter_cases(line), line


KO_CACHE = """# 인프라 기초

## 캐시

캐시는 자주 쓰는 데이터를 빠르게 읽을 수 있는 곳에 두는 것을 말한다.

캐시 이용에 대한 부적합한 사례

1. 데이터 갱신 빈도가 높은 시스템
갱신될 때마다 다시 캐시해야 해서 바로 읽는 것과 차이가 없다.

2. 대량의 데이터에 액세스 하는 시스템

## 저널링

- 트랜잭션이나 데이터의 변경 이력을 기록하는 것을 말한다.
- 장애가 나면 이력을 보고 데이터를 복구한다.

## 이중화

- 같은 기능을 여러 개 두어 하나가 멈춰도 서비스를 이어가는 것을 말한다.
- 액티브 스탠바이 구성이 대표적이다.
"""

EN_CACHE = """# Infrastructure basics

## Cache

- A cache keeps hot data where it can be read fast.
- When not to use a cache
  - Systems whose data is updated all the time
  - Systems that read hundreds of gigabytes at once

## Journaling

- Journaling records the history of every change to the data.
- After a crash the history is replayed to recover the data.

## Redundancy

- Redundancy runs several copies of one function side by side.
- When one copy stops the others keep the service going.
"""


def _shown(text: str) -> str:
    return "\n".join(q.prompt + "\n" + "\n".join(q.choices)
                     for q in build_bank(parse_markdown(text, "notes.md")))


def test_the_cases_a_thing_does_not_fit_are_never_shown() -> None:
    for text, cases in ((KO_CACHE, ("데이터 갱신 빈도가 높은", "대량의 데이터에 액세스")),
                        (EN_CACHE, ("updated all the time", "hundreds of gigabytes"))):
        shown = _shown(text)
        assert not any(case in shown for case in cases), shown


def test_the_counter_cases_are_the_list_items_only() -> None:
    facts = next(t for t in parse_markdown(KO_CACHE, "notes.md").topics()
                 if t.title == "캐시").facts
    marked = counter_cases(facts)
    steps = [f for f in facts if f.kind == "step"]
    assert len(steps) == 2 and all(id(s) in marked for s in steps)
    # (The paragraph line between the items, and the line before, stay.)
    assert not any(id(f) in marked for f in facts if f.kind != "step")


def test_a_condition_on_a_pronoun_leans_on_context() -> None:
    # ('If it didn't, it answers 304': what 'it' is, the line before said.)
    for line in ("If it didn't change it answers with a 304",
                 "When they match, the copy is reused",
                 "Unless it expires the cached copy is served",
                 "once they agree the lock is taken"):
        assert leans_on_context(line), line
    for line in ("If the validator matches, the server answers 304",
                 "When a lease expires, the lock is released", "Italy uses the euro"):
        assert not leans_on_context(line), line


def test_a_comparison_without_its_subject_leans_on_context() -> None:
    # ('기준치보다 높을 경우 경보': what is higher, the line above said, or the
    # notes never did and the line sits under a heading it is not about.)
    for line in ("기준치보다 높을 경우 경보를 울린다", "한도보다 크면 요청을 거절한다",
                 "If greater than the limit, the request is rejected"):
        assert leans_on_context(line), line
    for line in ("온도가 기준치보다 높을 경우 경보를 울린다", "10보다 큰 수는 두 자리다",
                 "If the queue is longer than 100, new jobs wait"):
        assert not leans_on_context(line), line
