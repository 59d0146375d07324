"""A line that names its own concept only where the name does no work (an
arrow pointing at it after the fact, '… -> X'; the means the fact is reached
by, 'X를 통해 …', 'With X, …', 'Xを使うと…', '通过X，…') is a clue once
that mention is cut: the rest says the fact in the notes' own words and goes
through every check a clue does. A name inside the line is never cut.
Every note here is written for the test."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.mentions import after_means, without_pointer

POST_KO = """\
## 메시지 서비스

### 우체통 큐

- 보낸 순서와 상관없이 편지를 꺼냄
- 같은 편지가 가끔 두 번 배달될 수 있음

### 반송 창고

- 여러 번 배달에 실패한 편지를 따로 모아 둠
- 실패 원인을 나중에 조사하도록 편지를 남겨 둠 -> 반송 창고

### 속달 창구

- 편지를 접수한 순서 그대로 내보냄
- 똑같은 편지를 한 번만 배달함

### 알림 게시판

- 한 편지를 여러 구독자에게 한꺼번에 뿌림
- 알림 게시판을 통해 구독자마다 다른 필터를 걸 수 있음
"""

GARDEN_EN = """\
## Garden tools

### Hand trowel

- Small scoop for lifting seedlings out of trays
- Fits in one hand for work in narrow pots

### Hedge shears

- Long twin blades that trim the sides of bushes
- With hedge shears, you can shape a privet into a neat box

### Leaf rake

- Wide fan of springy tines that gathers fallen foliage
- Sweeps a lawn clean without tearing the grass
"""

KITCHEN_JA = """\
## 台所の道具

### 圧力鍋

- 密閉して内部の沸点を上げ、硬い豆を短時間で柔らかくする
- 圧力鍋を使うと、煮込み料理の時間を大幅に短縮できる

### 泡立て器

- 細い針金の輪で卵白に空気を含ませる
- 生クリームを角が立つまで攪拌する

### 蒸し器

- 湯気の熱で野菜や饅頭を加熱する
- 食材を水に浸さずに火を通す

### すり鉢

- 内側の溝で胡麻を細かくすりつぶす
- すりこぎと組み合わせて和え衣を作る
"""


def _clue_lines(notes: str, answer: str) -> set[str]:
    bank = build_bank(parse_markdown(notes, "notes.md"))
    return {line[2:] for q in bank if q.kind == "name" and q.correct_choice == answer
            for line in q.prompt.splitlines() if line.startswith("- ")}


def test_a_line_pointing_at_its_name_is_asked_without_the_pointer() -> None:
    lines = _clue_lines(POST_KO, "반송 창고")
    assert "실패 원인을 나중에 조사하도록 편지를 남겨 둠" in lines
    assert not any("반송 창고" in line for line in lines)


def test_a_line_naming_its_means_is_asked_without_it() -> None:
    assert "구독자마다 다른 필터를 걸 수 있음" in _clue_lines(POST_KO, "알림 게시판")
    assert "You can shape a privet into a neat box" in _clue_lines(GARDEN_EN, "Hedge shears")
    assert "煮込み料理の時間を大幅に短縮できる" in _clue_lines(KITCHEN_JA, "圧力鍋")


def test_a_pointer_is_cut_only_when_it_names_the_concept_alone() -> None:
    assert without_pointer("“Keep old copies after a delete” → Versioning",
                           ["Versioning"]) == "Keep old copies after a delete"
    # Pointing at something else, or a chain of steps: nothing is cut.
    assert without_pointer("Keep old copies → Versioning + Object Lock", ["Versioning"]) == ""
    assert without_pointer("upload -> scan -> Versioning", ["Versioning"]) == ""


def test_the_means_is_cut_only_when_the_line_opens_on_the_name() -> None:
    assert after_means("通过哈希索引，可以在常数时间内找到记录", ["哈希索引"]) \
        == "可以在常数时间内找到记录"
    assert after_means("Using the leaf rake, gather leaves quickly", ["Leaf rake"]) \
        == "Gather leaves quickly"
    # The name inside the line, or the line's own subject: no means phrase.
    assert after_means("편지는 알림 게시판을 통해 전달됨", ["알림 게시판"]) == ""
    assert after_means("알림 게시판은 구독자에게 편지를 뿌림", ["알림 게시판"]) == ""
