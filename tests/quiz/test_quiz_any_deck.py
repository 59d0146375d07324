"""Any deck the parser accepts gives questions that pass every mechanical check,
or none: never an error, never a broken question."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from quiz_decks import make_deck

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.build import passes

PHRASES = [
    "S3", "EC2 인스턴스", "Aurora", "오로라", "최대 15개까지 생성 가능", "99.99%", "1~5분 이내",
    "따라서 이것을 사용", "-> 위 2개 혼합", "term : definition", "A : B", "옵션", "사용사례",
    "가용성 99.9%", "6개월 뒤에 이전", "비동기식 복제", "동기식 복제", "", "  ", "(X)",
    "ENI (Elastic)",
    "Kinesis Data Streams : 데이터 수집", "Version: 정책 언어 버전", "포트 6081", "한 번",
]
words = st.sampled_from(PHRASES)
facts = st.lists(st.one_of(words, st.tuples(words, st.lists(words, max_size=3))), max_size=5)
topics = st.dictionaries(words.filter(bool), facts, max_size=4)
decks = st.dictionaries(st.sampled_from(["A", "B", "IAM", "S3"]), topics, max_size=3)


@settings(max_examples=60, deadline=None)
@given(decks)
def test_random_decks_give_sound_questions_or_none(spec: dict) -> None:
    bank = build_bank(make_deck(spec))
    assert len({q.id for q in bank}) == len(bank)
    assert all(passes(q) for q in bank)


MESSY = """# Notes

## Storage
* **EBS**: block storage for one instance
* **EFS**: shared network file system
* **S3**: object storage, 99.99% availability
* **FSx**: managed Windows or Lustre file systems

| Service | Use |
|---|---|
| S3 | objects |

<details><summary>Max object size?</summary>5 TB</details>

###### Limits
1) Up to 100 buckets per account
2) Multipart upload above 100 MB

```yaml
a: 1
```
-{empty}
-  double space bullet
"""


def test_messy_markdown_from_other_groups() -> None:
    bank = build_bank(parse_markdown(MESSY.format(empty=" "), "messy.md"))
    # Flashcards (the <details> Q&A) have no choices to check: the member grades them.
    assert all(passes(q) for q in bank if not q.is_flashcard)
    assert all(q.back and not q.choices for q in bank if q.is_flashcard)
    assert any(q.kind == "match" for q in bank)
