"""Sub-headings repeated under sibling headings ('ユースケース' under each of
'CA型', 'AP型', 'CP型') are fields of each parent, read as its labels; so is a
sub-heading holding the same place as such a field ('構成方針' where the others
write '構成方法'). A numbered list whose item titles repeat ('1. クライアント',
'2. サーバー', '3. クライアント') lists steps by who takes them: its items are
labels too. Every note here is written for the test."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank

JA_TYPES = """# 分散DBの分類

## 型ごとの特性

### XA型
- 単一ノードで動作する
- トランザクションで整合性を保つ

#### 適用場面
- 集計クエリが多い業務システム
- 厳密な整合性が求められる会計処理

#### 構成方針
- 主従の二台を同期させながら更新する

### YB型
- 各ノードがロックを掛けずに書き込みを受け付ける
- 伝搬が終わるまで読み込み結果が揃わない

#### 適用場面
- 一部が止まっても読み書きを続けたい配信サービス

#### 構成方法
- 地域ごとにデータを分割して置く

### ZC型
- 全ノードの合意で書き込みを確定する
- ノードが増えるとロック待ちが長くなる

#### 適用場面
- 書き込みが多く後から台数を増やしたい

#### 構成方法
- 全ノードを一つのDBとして動かす
"""

EN_TYPES = """# Replication styles

## Styles

### Leader follower
- One node takes every write
- Followers copy the leader's log

#### When to use
- Read-heavy catalogue services with rare writes

#### Setup
- Place the leader in the zone with most writers

### Multi leader
- Several nodes take writes at once
- Conflicts are settled after the fact

#### When to use
- Offices in several regions writing their own records

#### Setup
- Give every region its own leader and a conflict rule
"""


def _topics(text: str) -> list[str]:
    return [t.title for t in parse_markdown(text, "notes.md").topics()]


def _labels(text: str) -> list[str]:
    return [f.text for t in parse_markdown(text, "notes.md").topics()
            for f in t.facts if f.kind == "label"]


def test_a_sub_heading_under_each_sibling_is_a_label_of_its_parent() -> None:
    topics = _topics(JA_TYPES)
    assert "適用場面" not in topics and "構成方法" not in topics
    assert {"XA型", "YB型", "ZC型"} <= set(topics)
    assert _labels(JA_TYPES).count("適用場面") == 3


def test_a_sub_heading_in_the_place_of_a_field_is_a_field_too() -> None:
    assert "構成方針" not in _topics(JA_TYPES)
    assert "構成方針" in _labels(JA_TYPES)


def test_english_sub_headings_of_one_layout_are_labels() -> None:
    topics = _topics(EN_TYPES)
    assert "When to use" not in topics and "Setup" not in topics


def test_no_field_is_a_choice_beside_the_things_it_describes() -> None:
    for text, fields in ((JA_TYPES, {"適用場面", "構成方針", "構成方法"}),
                         (EN_TYPES, {"When to use", "Setup"})):
        for q in build_bank(parse_markdown(text, "notes.md")):
            assert not fields & set(q.choices), q


def test_a_known_term_under_two_parents_stays_a_topic() -> None:
    text = """# Notes

## Week 1
### TCP
- Connection-oriented transport with retransmission
### Routing
- Picking the next hop for a packet

## Week 2
### TCP
- Window scaling lets a sender keep more bytes in flight
### Switching
- Forwarding frames inside one network
"""
    assert "TCP" in _topics(text)


JA_STEPS = """# コネクション

## 接続終了
- どちらかのホストが先に終了を申し出る

1. クライアント
    - サーバーへ終了を知らせるセグメントを送る
2. サーバー
    - 受け取ったことを知らせる確認応答を返す
3. クライアント
    - 自分の送信側の流れはここで終わる
4. サーバー
    - 自分の側も終了を知らせるセグメントを送る

### 強制切断
- 残っている未送信のデータは両方で捨てる
- リセットの印を立てたセグメントを相手に送る
"""

KO_STEPS = """# 연결

## 연결 종료
1. 클라이언트
    - 서버에 종료 세그먼트를 보냄
2. 서버
    - 확인 응답을 돌려보냄
3. 클라이언트
    - 자기 쪽 전송은 여기서 끝남

### 강제 종료
- 남은 데이터는 양쪽 모두 버림
- 리셋 비트를 세운 세그먼트를 보냄
"""


def test_steps_named_by_who_takes_them_are_labels() -> None:
    for text, actors in ((JA_STEPS, ("クライアント", "サーバー")),
                         (KO_STEPS, ("클라이언트", "서버"))):
        assert not set(actors) & set(_topics(text))
        for q in build_bank(parse_markdown(text, "notes.md")):
            assert not set(actors) & set(q.choices), q


def test_a_numbered_list_of_different_titles_stays_topics() -> None:
    text = """# 서비스

## 저장소
1. 블록 스토리지
    - 디스크 한 개를 한 인스턴스에 붙여 씀
2. 파일 스토리지
    - 여러 인스턴스가 하나의 파일 시스템을 함께 씀
3. 객체 스토리지
    - 키로 객체를 넣고 꺼내는 저장소
"""
    assert {"블록 스토리지", "파일 스토리지", "객체 스토리지"} <= set(_topics(text))
