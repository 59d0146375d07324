"""Word readings that made false giveaways or missed them: a Korean word that is
itself a known word keeps its last syllable (빈도 is no 빈 'empty' + particle 도),
and an acronym asked as a match term is given away by a definition spelling it
out ('NS' and '호스팅 영역의 이름 서버')."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.gloss import gives_away, senses, spells_out_term

METHODS = """## 컬렉션
### 메서드
- **isEmpty**: 원소 수가 0인지 돌려주며, 반복문 조건에서 호출 빈도 높음
- **contains**: 주어진 원소가 들어 있는지 검사
- **clear**: 모든 원소를 한꺼번에 삭제
- **size**: 지금 담긴 원소의 개수를 정수로 반환
"""

RECORDS = """## DNS
### 레코드 종류
- **A**: 도메인을 IPv4 주소로 매핑
- **CNAME**: 호스트 이름을 다른 호스트 이름으로 매핑
- **NS**: 호스팅 영역의 이름 서버
- **MX**: 도메인의 메일을 받는 메일 서버 지정
"""


def test_a_known_word_is_not_a_one_syllable_word_with_a_particle() -> None:
    assert "empty" not in senses("사용 빈도 높음")
    assert "empty" in senses("빈 큐")
    assert "empty" in senses("큐가 비어 있음")
    assert "queue" in senses("큐가")  # a one-syllable word with its particle still reads
    assert not gives_away("isEmpty", "메서드 사용 빈도 높음", ["contains", "size"])
    assert gives_away("isEmpty", "메서드 빈 큐인지 확인", ["contains", "size"])


def test_a_definition_saying_frequency_still_asks_its_term() -> None:
    bank = build_bank(parse_markdown(METHODS, "methods.md"))
    assert any(q.kind == "match" and q.choices[q.answer] == "isEmpty" and "빈도" in q.prompt
               for q in bank)


def test_an_acronym_asked_is_not_answered_by_its_spelled_out_words() -> None:
    bank = build_bank(parse_markdown(RECORDS, "records.md"))
    asked = [q for q in bank if q.kind == "match"]
    assert asked, "the other record types are still asked"
    for q in asked:
        right = q.choices[q.answer]
        assert not ("'NS'" in q.prompt and right == "호스팅 영역의 이름 서버"), q.prompt



def test_only_the_asked_acronym_is_read_spelled_out() -> None:
    # Two words of TTL's known expansion (time to live), though no words in a
    # row start with its letters.
    assert spells_out_term("TTL", "How long a record may live in a cache, as time")
    assert not spells_out_term("TTL", "How long a record stays in a cache")
    # 'domain name' spells DNS, the breadcrumb's acronym, not the record asked.
    assert spells_out_term("DNS", "도메인 이름을 다른 도메인 이름으로 매핑")
    assert not spells_out_term("CNAME", "도메인 이름을 다른 도메인 이름으로 매핑")
    assert not spells_out_term("Route 53", "이름 서버를 알려주는 레코드")
