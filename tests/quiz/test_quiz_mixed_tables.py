"""A summary table that lists things of several kinds ('| 항목/리소스 | 설명 |':
two settings objects, then four workload controllers) is written in runs. A
row is asked only beside the rows of its own run, the kind the rest of the
notes give it (sibling headings, another table's first column), and not at
all when its run holds fewer than three rows. Every note here is written for
the test."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.question import Question
from bot.quiz.table_kinds import NameList, kind_mates

KUBE = """# 쿠버네티스 기초

## 핵심 개념

### 워크로드 리소스

#### Deployment
- 무상태 파드를 원하는 개수만큼 복제해 유지한다
- 새 버전은 롤링 업데이트로 조금씩 교체된다

#### StatefulSet
- 파드마다 고정된 이름과 순서를 준다
- 파드마다 영구 볼륨을 따로 붙인다

#### DaemonSet
- 모든 노드에 파드를 하나씩 띄운다
- 로그 수집기나 모니터링 에이전트에 쓴다

#### Job
- 한 번 실행하고 끝나는 작업을 돌린다
- 실패하면 정해진 횟수만큼 다시 시도한다

### ConfigMap
- 설정 값을 키와 값으로 저장해 파드에 넘긴다

### Secret
- 비밀번호 같은 민감 정보를 base64로 인코딩해 저장한다

## 요약표

| 항목/리소스 | 설명 |
|------------|------|
| ConfigMap | 설정 값을 키-값 쌍으로 보관, 환경 변수나 파일로 주입 |
| Secret | 민감 정보 보관, base64 인코딩, 접근 권한 분리 |
| Deployment | 무상태 파드 복제, 롤링 업데이트, 롤백 지원 |
| StatefulSet | 고정 이름과 순서, 파드별 영구 볼륨 |
| DaemonSet | 노드마다 파드 1개, 로그 수집 에이전트 |
| Job | 끝나면 종료되는 일회성 작업, 재시도 횟수 지정 |
"""

GIT = """# Git basics

## Core ideas

### Staging area
- Holds the changes picked for the next commit.

### Stash
- Shelves uncommitted work so that it can be restored later.

### Merge strategies

#### Fast-forward
- Moves the branch pointer ahead when the target has no commits of its own.

#### Three-way merge
- Joins two branch tips through their common ancestor.

#### Squash merge
- Folds every commit of a branch into one new commit on the target.

#### Rebase
- Replays commits on top of another base.

## Quick reference

| Feature/Command | What it does |
|-----------------|--------------|
| Staging area | holds the edits chosen for the coming commit, added file by file |
| Stash | shelves unfinished work on a stack, restored with pop or apply |
| Fast-forward | moves the branch pointer ahead, no merge commit is written |
| Three-way merge | joins both tips through their common ancestor in a merge commit |
| Squash merge | folds a whole branch into one single commit on the target |
| Rebase | replays the branch's commits on a new base, rewriting their hashes |
"""

WORKLOADS = {"Deployment", "StatefulSet", "DaemonSet", "Job"}
SETTINGS = {"ConfigMap", "Secret"}
MERGES = {"Fast-forward", "Three-way merge", "Squash merge", "Rebase"}
SHELVES = {"Staging area", "Stash"}


def _from_table(bank: tuple[Question, ...], heading: str) -> list[Question]:
    return [q for q in bank if q.kind == "match" and q.prompt.startswith(heading)]


def _asked(question: Question) -> str:
    return question.correct_choice if "'" not in question.prompt.splitlines()[-1] \
        else question.prompt.split("'")[1]


def _terms_shown(question: Question, table: str) -> set[str]:
    """The rows a question shows: its choices, or the rows its definitions are of."""
    rows = {line.split(" | ")[0].strip("| ") : line.split(" | ")[1].strip("| ")
            for line in table.splitlines() if line.startswith("| ") and " | " in line}
    by_definition = {v: k for k, v in rows.items()}
    return {by_definition.get(c, c) for c in question.choices}


def test_a_row_is_asked_among_the_rows_of_its_own_kind_only() -> None:
    bank = build_bank(parse_markdown(KUBE, "kube.md"))
    asked = _from_table(bank, "요약표")
    assert asked, "the workload rows are still asked"
    for q in asked:
        shown = _terms_shown(q, KUBE)
        assert shown <= WORKLOADS, q.choices


def test_a_row_with_one_other_row_of_its_kind_is_not_asked() -> None:
    # ConfigMap and Secret: two settings objects, no third to make a question
    # of; beside the workloads they would be told apart by domain alone.
    bank = build_bank(parse_markdown(KUBE, "kube.md"))
    for q in _from_table(bank, "요약표"):
        assert _asked(q) not in SETTINGS, q.prompt
        assert not _terms_shown(q, KUBE) & SETTINGS, q.choices


def test_english_quick_reference_keeps_its_runs_apart() -> None:
    bank = build_bank(parse_markdown(GIT, "git.md"))
    asked = _from_table(bank, "Quick reference")
    assert asked, "the merge strategy rows are still asked"
    for q in asked:
        shown = _terms_shown(q, GIT)
        assert shown <= MERGES, q.choices


def test_a_table_of_one_kind_is_not_split() -> None:
    # Every row is a sibling heading of the others: one run, no mixing, and
    # the table is read as before.
    lists = [NameList(file="n.md", first=10, names=("Deployment", "StatefulSet", "Job")),
             NameList(file="n.md", first=-1, names=("Deployment", "StatefulSet", "Job"))]
    assert kind_mates([("n.md", 10), ("n.md", 11), ("n.md", 12)], lists) is None


def test_a_header_naming_two_kinds_marks_the_table_mixed() -> None:
    # '기능/서비스' over rows the notes name nowhere else: no row has a kind
    # the notes confirm, so none stands beside another.
    lists = [NameList(file="n.md", first=10, names=("알파", "베타", "감마"), header="기능/서비스")]
    mates = kind_mates([("n.md", 10), ("n.md", 11), ("n.md", 12)], lists)
    assert mates == {10: frozenset({10}), 11: frozenset({11}), 12: frozenset({12})}


def test_a_row_named_nowhere_between_two_of_a_run_belongs_to_it() -> None:
    lists = [NameList(file="n.md", first=10,
                      names=("Staging area", "Stash", "Fast-forward", "Octopus merge",
                             "Rebase")),
             NameList(file="n.md", first=-1, names=("Staging area", "Stash", "Branches")),
             NameList(file="n.md", first=-1, names=("Fast-forward", "Rebase"))]
    mates = kind_mates([("n.md", line) for line in range(10, 15)], lists)
    assert mates is not None
    assert mates[13] == frozenset({12, 13, 14})
    assert mates[10] == frozenset({10, 11})


TIERS = """# Object storage

## Core ideas

### Storage tiers

#### Hot tier
- Kept on fast disks for data read every day.

#### Cool tier
- Cheaper to keep, with a fee on every read.

#### Cold tier
- Read back only after a wait of minutes.

#### Archive tier
- The cheapest place to keep data that is almost never read.

### Versioning
- Keeps every earlier version of an object.

### Replication
- Copies new objects to a bucket in another place.

## Cheat sheet

| Feature/Service | Price per GB | Retrieval |
|-----------------|--------------|-----------|
| Versioning | each kept version billed | any version at once |
| Replication | each copied byte billed | from either bucket |
| Hot tier | highest | milliseconds |
| Cool tier | lower | milliseconds, with a read fee |
| Cold tier | lower still | minutes |
| Archive tier | lowest | hours |
"""

TIER_NAMES = {"Hot tier", "Cool tier", "Cold tier", "Archive tier"}


def test_a_wide_table_asks_its_rows_among_their_own_kind() -> None:
    bank = build_bank(parse_markdown(TIERS, "tiers.md"))
    asked = [q for q in bank if q.kind == "match" and q.prompt.startswith("Cheat sheet")]
    assert asked, "the tier rows are still asked"
    for q in asked:
        assert set(q.choices) <= TIER_NAMES, q.choices


STRUCTURES = """# 자료구조

## 종류

### 선형 자료구조

#### 배열
- 같은 타입의 원소를 연속된 메모리에 둔다

#### 연결 리스트
- 노드가 다음 노드의 주소를 가리킨다

### 비선형 자료구조

#### 트리
- 부모와 자식으로 이어진 계층 구조이다

#### 그래프
- 정점과 간선으로 관계를 나타낸다

## 정리

| 자료구조 | 설명 |
|---------|------|
| 배열 | 인덱스로 바로 접근, 크기 변경이 어려움 |
| 연결 리스트 | 삽입과 삭제가 쉬움, 순차 탐색만 가능 |
| 트리 | 루트에서 시작하는 계층, 사이클 없음 |
| 그래프 | 정점과 간선, 방향과 가중치를 가질 수 있음 |
"""


def test_two_sorts_of_one_kind_are_not_two_kinds() -> None:
    # Arrays and lists under '선형', trees and graphs under '비선형': headings
    # under sibling headings are sorts of one kind, and the table asks its
    # rows among all four.
    bank = build_bank(parse_markdown(STRUCTURES, "structures.md"))
    asked = _from_table(bank, "정리")
    assert any(len(q.choices) == 4 for q in asked), [q.choices for q in asked]


def test_a_header_of_two_other_words_marks_nothing() -> None:
    # 'TCP/IP' over a column of layers names no two kinds of row.
    lists = [NameList(file="n.md", first=10, names=("알파", "베타", "감마"), header="TCP/IP")]
    assert kind_mates([("n.md", 10), ("n.md", 11), ("n.md", 12)], lists) is None
