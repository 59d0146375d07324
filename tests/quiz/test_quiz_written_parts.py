"""A sub-heading repeated under several parents ('#### ユースケース' under each
of three database types) is read as one concept with the lines of all; a
question joining lines of two of those places describes two things at once.
The lines of one question come from one place. Every note here is written
for the test."""

from __future__ import annotations

from bot.notes.glossary import Glossary
from bot.notes.loader import parse_markdown
from bot.quiz.concepts import name_questions
from bot.quiz.material import read_material

NOTES_JA = """# データベースの分類
- 分散データベースを性質で三つの型に分ける

#### 一貫性
- どのノードでも最新の書き込み結果を読める

#### 可用性
- 一部のノードが止まっても読み書きできる

## 型ごとの分類
### 甲型
- 単一のサーバーで動く
- トランザクションで一貫性を保つ

#### ユースケース
- 検索条件が複雑な集計をしたい
- 厳密な整合性が求められる
- 更新の処理コストを抑えたい

#### 構成方針
- ノード間で同期を取りながら更新する

### 乙型
- 複数の場所にデータを分散して置く
- 更新情報が伝わるまで不整合が起きる

#### ユースケース
- 一部が使えなくても困らず、キャッシュで速くしたい

#### 構成方法
- データを複数のノードに分けて保存する

### 丙型
- 大規模な表を列ごとに持つ
- サーバーが増えるとロック待ちが起きる

#### ユースケース
- 多くのアプリからアクセスがある
- 後から性能を広げたい

#### 構成方法
- 全体で一つのデータベースとして動くように組む

## 参照
- 分散データベースの教科書 第六章
"""

NOTES_KO = """# 데이터베이스 분류
- 분산 데이터베이스를 성질에 따라 세 가지 형으로 나눔

#### 일관성
- 어느 노드에서든 최신 쓰기 결과를 읽음

#### 가용성
- 일부 노드가 멈춰도 읽고 쓸 수 있음

## 형별 분류
### 갑형
- 한 대의 서버에서 동작함
- 트랜잭션으로 일관성을 지킴

#### 쓰임새
- 복잡한 집계 검색이 필요함
- 엄격한 정합성이 요구됨
- 갱신 처리 비용을 줄이고 싶음

#### 구성 방침
- 노드 사이에 동기화를 하며 갱신함

### 을형
- 여러 장소에 데이터를 나누어 둠
- 갱신이 전파될 때까지 불일치가 생김

#### 쓰임새
- 일부가 멈춰도 괜찮고 캐시로 빠르게 하고 싶음

#### 구성 방법
- 데이터를 여러 노드에 나누어 저장함

### 병형
- 큰 표를 열 단위로 보관함
- 서버가 늘면 잠금 대기가 생김

#### 쓰임새
- 많은 앱에서 접근함
- 나중에 성능을 늘리고 싶음

#### 구성 방법
- 전체가 하나의 데이터베이스로 동작하도록 구성함

## 참고
- 분산 데이터베이스 교과서 6장
"""


def _stems(notes: str) -> list[str]:
    material = read_material(parse_markdown(notes, "notes.md"), Glossary())
    return [q.prompt for q in name_questions(material)]


def _places(stem: str, places: list[list[str]]) -> int:
    return sum(any(line in stem for line in place) for place in places)


def test_one_question_joins_lines_of_one_place_ja() -> None:
    places = [["検索条件が複雑", "厳密な整合性", "更新の処理コスト"],
              ["キャッシュで速くしたい"], ["多くのアプリ", "後から性能"]]
    stems = _stems(NOTES_JA)
    assert stems
    assert all(_places(stem, places) <= 1 for stem in stems), stems


def test_one_question_joins_lines_of_one_place_ko() -> None:
    places = [["복잡한 집계", "엄격한 정합성", "갱신 처리 비용"],
              ["캐시로 빠르게"], ["많은 앱에서", "나중에 성능을"]]
    stems = _stems(NOTES_KO)
    assert stems
    assert all(_places(stem, places) <= 1 for stem in stems), stems
