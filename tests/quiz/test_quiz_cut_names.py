"""Choices and clues that are no whole names or facts: a title the author cut
on an ellipsis ('윈도우 운영체제에서...'), a heading keeping its outline letter
('다. 고조선의 영역과 중심지') or its closing angle bracket ('MVC 방식>'), a
sub-heading offered beside the items of a numbered list, and an exam paper's
instruction copied into the notes ('(가), (나)에 들어갈 단어를 적으시오'). Every
note here is written for the test."""

from __future__ import annotations

import pytest

from bot.notes.loader import parse_markdown
from bot.notes.model import Fact, SourceRef
from bot.quiz.bank import build_bank
from bot.quiz.exam_prompts import is_exam_prompt
from bot.quiz.list_choices import one_list_among_statements
from bot.quiz.material import elided, is_concept_name, read_material, statement_rejection
from bot.quiz.naming import clean_name
from bot.quiz.text import NoGlossary


@pytest.mark.parametrize("name", [
    "윈도우 운영체제에서...", "X.509 인증서 형식…", "Which of the following...",
    "以下の説明のうち…", "下列关于TCP的说法...",
])
def test_a_title_cut_on_an_ellipsis_is_no_name(name: str) -> None:
    assert elided(name) and not is_concept_name(name)


@pytest.mark.parametrize("name", ["X.509 인증서", "TCP/IP", "Go-Back-N"])
def test_a_whole_name_is_still_one(name: str) -> None:
    assert not elided(name) and is_concept_name(name)


@pytest.mark.parametrize(("heading", "name"), [
    ("다. 고조선의 영역과 중심지", "고조선의 영역과 중심지"),
    ("라. 성종", "성종"),
    ("<MVC 방식>", "MVC 방식"),
    ("〈정적 콘텐츠〉", "정적 콘텐츠"),
    ("《概述》", "概述"),
    # Not an outline letter: a word, or a letter with no dot and space after.
    ("가상 메모리", "가상 메모리"),
    ("다중화", "다중화"),
    ("1. Simple", "Simple"),
])
def test_outline_letters_and_angle_brackets_are_no_part_of_a_name(heading: str,
                                                                   name: str) -> None:
    assert clean_name(heading) == name


HISTORY = """\
# 한국사

## [4] 고조선

### 가. 고조선의 발전과 멸망

1. **청동기** 시대 국가
	- 건국 시기: 삼국유사 **기원전 2333년**, 고고학적 연대 약 **기원전 10세기경**
	- **기원전 4세기경 왕** 등장: 부왕, 준왕; **왕위 세습**
2. **위만 조선**: ~기원전 194: **철기 문화 본격 수용**
	- **진한 교체기** 중국으로부터 유이민 유입
	- **위만**의 등장 → 준왕 몰아내고 **왕위에 오름**
3. **한의 침략**
	- **왕검성 함락**: 기원전 108
	- 한나라 **4군현** 설치, 일정기간 점령 → 4세기 **고구려가 축출**

### 다. 고조선의 영역과 중심지
- 중심지: 요령성 → **평양**
- 고조선 문화범위: **비파형 동검, 고인돌** 출토 범위
"""


def test_the_items_of_a_numbered_list_are_numbered_and_a_sub_heading_is_not() -> None:
    # (concepts._siblings asks a numbered item among numbered ones only, and a
    # sub-heading never beside them.)
    material = read_material(parse_markdown(HISTORY, "history.md"), NoGlossary())
    numbered = {c.name: c.numbered for group in material.groups for c in group}
    assert numbered["청동기 시대 국가"] and numbered["한의 침략"]
    assert not numbered.get("고조선의 영역과 중심지", False)
    for q in build_bank(parse_markdown(HISTORY, "history.md")):
        assert "고조선의 영역과 중심지" not in q.choices, q.choices


@pytest.mark.parametrize("line", [
    "아래는 데이터베이스 트랜잭션의 4가지 속성이다. (가), (나)에 들어갈 단어를 적으시오.",
    "다음 중 옳지 않은 것을 고르시오",
    "빈칸에 들어갈 알맞은 용어는 3가지이다",
    "空欄に入る語句を答えよ。",
    "次の文の誤りを記述せよ",
    "请写出TCP三次握手的3个步骤",
    "Fill in the blanks with the 4 properties below.",
    "Choose the correct answer from the 3 options.",
])
def test_an_exam_instruction_is_a_prompt(line: str) -> None:
    assert is_exam_prompt(line)


@pytest.mark.parametrize("line", [
    "트랜잭션은 4가지 속성을 가진다",
    "Choose a storage class by access frequency",
    "インスタンスを選択して起動する",
    "写入操作先写日志",
    "Select 문은 데이터를 조회한다",
])
def test_a_fact_is_no_prompt(line: str) -> None:
    assert not is_exam_prompt(line)


PAST_EXAM = """\
# 기출 정리

## 데이터베이스

- 아래는 데이터베이스 트랜잭션의 4가지 속성이다. (가), (나)에 들어갈 단어를 적으시오.
- 트랜잭션의 원자성은 모두 반영되거나 전혀 반영되지 않는 성질이다
- 한 페이지의 크기는 16KB이다
- 인덱스의 최대 개수는 64개이다
- 로그 파일의 기본 크기는 48MB이다
"""


def test_no_question_is_built_on_an_exam_instruction() -> None:
    bank = build_bank(parse_markdown(PAST_EXAM, "exam.md"))
    for q in bank:
        assert "적으시오" not in q.prompt and all("적으시오" not in c for c in q.choices)


@pytest.mark.parametrize(("choices", "expected"), [
    # A bare list of names among phrases that say something.
    (("탐라총관부·동녕부·쌍성총관부", "군대·물자 제공에 동원", "사위의 나라로 관제 격하"), True),
    (("사치품, 숯 사용, 금입택", "아랍·이슬람 상인 무역", "해상 무역 거점 역할"), True),
    (("EC2, S3, RDS", "Stores objects in buckets", "Runs code without servers"), True),
    (("東京、大阪、名古屋", "データを複製して保存する", "障害時に自動で切り替える"), True),
    # One form throughout.
    (("EC2, S3, RDS", "Lambda, Fargate, Batch", "IAM, KMS, WAF"), False),
    (("군대·물자 제공에 동원", "아랍·이슬람 상인 무역",
      "신라·당·일본 연결하는 해상 무역 거점"), False),
    (("사위의 나라, 관제 격하, 정동행성: 내정 간섭", "왕권 강화", "호족 견제"), False),
])
def test_a_list_of_names_among_phrases_is_of_another_form(choices: tuple[str, ...],
                                                          expected: bool) -> None:
    assert one_list_among_statements(choices) is expected


@pytest.mark.parametrize(("line", "cut"), [
    ("무결성 유지가 어렵다. Write up이 가능하므로...", True),
    ("The write fails because…", True),
    ("下位レベルへ書き込めるので…", True),
    ("无法保持完整性，因为…", True),
    # A whole sentence, or a list left open on purpose, is no broken clause.
    ("무결성 유지가 어렵다.", False),
    ("EC2, S3, RDS...", False),
    ("The write fails because the level is lower.", False),
])
def test_a_clause_broken_off_on_an_ellipsis_is_cut_off(line: str, cut: bool) -> None:
    assert (statement_rejection(Fact(text=line, source=SourceRef(file="f.md", line=1)))
            == "cut off mid-sentence") is cut
