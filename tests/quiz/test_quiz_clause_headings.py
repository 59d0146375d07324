"""Headings that name no thing: a clause ('Azure가 제공하는 것', '코드를 다시 잘
읽어보기', 'macOS only', 'Obscure but useful', 'Azureが提供すること') and a
heading naming the form its lines take ('Acronyms/ abbreviations', '약어',
'用語集', a reading log's '感想' and '読み始めの動機', 'Policy Best
Practices'): never asked or offered as a name. Offered beside product names
they are of another kind, and a form heading is found by the lines' form
('Q - quantity / L - labor force' are abbreviations). Names stay. Every note
here is written for the test."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.heading_forms import titles_no_thing
from bot.quiz.naming import names_no_thing

AZURE = """# Azure 기초

## Azure가 제공하는 것
- 미래에 대비할 수 있는 지속적인 혁신을 제공합니다.
- 온프레미스와 클라우드를 함께 운영하는 하이브리드 환경을 지원합니다.

## Portal
- 명령줄 도구의 대안을 제공하는 웹 기반의 통합 콘솔입니다.
- 리소스를 편하게 볼 수 있는 사용자 지정 대시보드를 만들 수 있습니다.

## Marketplace
- 최적화된 솔루션을 제공하는 서비스 공급자와 사용자를 연결해줍니다.
- 수천 개의 타사 제품을 검색하고 배포할 수 있습니다.

## Cloud Shell
- 브라우저에서 바로 Bash 또는 PowerShell을 실행하는 대화형 셸입니다.
- 스토리지 계정에 파일을 보관하여 세션 사이에 유지합니다.
"""

MACRO = """# Macroeconomics terms

## Consumption
- Consumption depends on disposable income through the marginal propensity to consume.
- Autonomous consumption is spent even at zero income.

## Acronyms/ abbreviations
- Q - quantity
- L - labor force
- Z - aggregate demand
"""


def test_clauses_title_no_thing() -> None:
    for title in ("Azure가 제공하는 것", "꼭 알아야 할 것", "코드를 다시 잘 읽어보기",
                  "작성한 코드를 정리해보기", "일단 코드를 작성해 보기.",
                  "데이터를 정렬하기", "macOS only",
                  "Obscure but useful", "Azureが提供すること"):
        assert titles_no_thing(title), title


def test_names_stay() -> None:
    for name in ("미리보기", "맛보기", "날것", "Read only", "Primary Key", "Keep It Simple",
                 "ひとこと", "Access Points"):
        assert not titles_no_thing(name), name
        assert not names_no_thing(name), name


def test_form_headings_name_no_thing() -> None:
    for title in ("Acronyms/ abbreviations", "Glossary", "약어", "用語集", "感想",
                  "読み始めの動機", "Policy Best Practices", "AWS Acronyms", "Meta"):
        assert names_no_thing(title), title


def test_no_question_offers_them() -> None:
    for text, heading in ((AZURE, "Azure가 제공하는 것"), (MACRO, "Acronyms/ abbreviations")):
        for q in build_bank(parse_markdown(text, "notes.md")):
            assert heading not in q.choices, (q.prompt, q.choices)
