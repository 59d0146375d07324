"""What a heading or a bullet names, and whether that is a thing one can be asked
to name at all.

People title their notes in many ways: `Serialization이란?`, `OSI 7계층을
설명하시오`, `&nbsp; 🗡 SQL`, `What is a heap?`. The thing named is the same
("Serialization", "OSI 7계층"); the question form, markup and emoji are not part
of it. Other headings name no thing: a part of a document (`Explanation and
Example`, `Option 1`, `Recommended practice questions`), an aspect of a thing
(`RDS 보안`, `CloudFront 보안`, `EC2 요금`), a label (`장점`, `Pros/Cons`,
`Ventajas`), a comparison (`JDBC와 ODBC의 차이는?`) or a case study named by
its web address (`MyClothes.com`: its very name says what it is about, so any
description of it gives it away). None of those can be a choice or the answer.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from functools import lru_cache

from bot.notes.labels import is_generic, is_label_tail, label_key
from bot.notes.literals import holds_any
from bot.quiz.gloss import english_words, shown_senses
from bot.quiz.heading_forms import gives_a_step

# Words that label a part of a document or of a topic, in the languages notes
# are written in (bot.notes.labels lists single-word sub-headings; these are
# the words such headings are built from). ('Special', '특수', '特殊' alone set
# some things apart from the rest, and say nothing of what they are: 'Special:
# Pro (rigid), Gly (flexible), Cys (disulfide)'.)
_PART_WORDS = frozenset("""
idea ideas initial option options explanation explanations example examples step steps part
parts chapter section case cases scenario scenarios practice practices question questions
exercise exercises recommended list lists interview misc miscellaneous etc other others more
further reading basic basics advanced additional general common main key final lesson lab labs
demo demos handson hands on review recap summary summaries overview intro introduction notes
note appendix faq faqs qa q a answer answers tip tips trick tricks cheat sheet cheatsheet
resources reference references links link todo pros cons advantages disadvantages benefits
drawbacks limitation limitations problem problems solution solutions approach approaches
concept concepts definition definitions background motivation conclusion conclusions
corner essential course courses things technique techniques complexity learning
takeaway takeaways point points keypoints use usage usecase usecases features feature
task tasks assignment assignments lecture lectures week weeks
mistake mistakes pitfall pitfalls gotcha gotchas confusion confusions misconception
misconceptions trap traps avoid
characteristics properties types kinds and or of the a an to in for with vs versus my our
design designs understanding getting started wrap wrapup outro preface prologue epilogue
few rule rules consideration considerations best instruction instructions
walkthrough goal goals objective objectives prerequisite prerequisites recommendation
recommendations personal remarks thoughts detailed special
기타 목록 리스트 질문 면접 연습 문제 예제 예시 실습 정리 요약 개요 소개 참고 부록 설명 방법
장점 단점 장단점 특징 한계 해결책 해결 문제점 개념 정의 배경 결론 핵심 사용 사례 사용사례 종류
유형 옵션 선택지 기본 심화 추가 일반 주요 기초 그외 및 와 과 특수 特殊
설계 이해 입문 마무리 마치며 들어가며 서론 본론 맺음말 시작하기
첫 두 세 네 다섯 여섯 일곱 여덟 아홉 열 번째 스텝 스탭 단계 파트 챕터 섹션
목표 사전 조건 사전조건 준비 준비물 들어가기 전에 결과 화면 주의 주의사항 포인트 팁
대상 target targets 対象
checklist checklists keyword keywords quiz quizzes flashcard flashcards study
체크리스트 키워드 학습 공부 퀴즈 복습 암기
acronym acronyms abbreviation abbreviations glossary vocabulary 약어 약자 줄임말 용어집 meta
""".split())
# (The line of acronyms and glossaries: a heading naming the form its lines
# take, 'Acronyms/ abbreviations' over 'GDP - gross domestic product', '약어',
# '用語集': the lines' own form shows which heading they stand under. And
# 'Meta', a heading on the page itself, beside 'System debugging'.)
# (The two lines before it: a study aid's words. '학습 체크리스트', '핵심 키워드',
# 'Review Quiz' head what the reader is to check or remember, a part of the
# page set out for studying: the lines under it describe the subject, not the
# heading, so asking which such heading they stand under tests the layout.)
# A category of the named things under it ('Resource', 'Objects', 'Components',
# '리소스', '구성 요소', 'リソース', '资源'): a heading of that word alone groups
# Service, PV, Ingress and the like; it is no sibling of theirs to choose
# beside them. Only the word alone ('ResourceQuota', 'カスタムリソース', '리소스
# 제한' are names).
_CATEGORY_WORDS = frozenset("""
resource resources object objects component components concept concepts
리소스 자원 오브젝트 객체 컴포넌트 구성요소 요소 개념
リソース 概念 资源 資源 组件 コンポーネント
""".split())
# An aspect of a named thing ("RDS 보안", "EC2 pricing"): a heading of the
# notes about that thing, not a thing of its own. (Its best practices, 'Policy
# Best Practices', and its acronyms or glossary too: advice and word lists on
# the thing.)
_ASPECTS = frozenset("""
보안 요금 가격 비용 설정 구성 성능 제한 한도 한계 특징 장점 단점 주의사항 모범사례 사용법 사용사례
용어 상세 세부 세부사항 포인트 번역 퍼포먼스 구현 구현부 설계 이해 소개 입문 입장 측면 관점
흐름 성격 고려사항 체크리스트 트레이드오프
security pricing price cost costs billing settings setup configuration performance limits quotas
limitations features pros cons overview basics details terms terminology translation
implementation implementations design perspective perspectives viewpoint considerations
modelling modeling checklist checklists tradeoff tradeoffs
practices acronyms abbreviations glossary 약어 줄임말 이점
""".split())
# A heading that opens on what it does with its subject ('Understanding VPC',
# 'Introduction to Network Flow', 'Getting started with AWS', '浅谈索引',
# '认识 Redis'): a part of the notes about the thing, not the thing.
_ABOUT_HEAD = re.compile(
    r"^(?:understanding|introducing|(?:an?\s+)?(?:gentle\s+|brief\s+|quick\s+)?"
    r"(?:introduction|intro)\s+(?:to|into)|getting\s+started\s+(?:with|on|in)"
    r"|(?:a\s+)?deep\s+dive\s+(?:into|on))\s+\S"
    r"|^(?:认识|認識|了解|浅谈|淺談|浅析|淺析|初识|初識|深入理解|深入浅出|详解|詳解)",
    re.IGNORECASE)
_QUESTION_TAIL = re.compile(
    r"(?:\s*(?:이란|란|이란\s*무엇인가요|란\s*무엇인가요|이란\s*무엇인가|란\s*무엇인가|"
    r"(?:은|는|이|가)\s*무엇인가요|(?:은|는|이|가)\s*무엇인가|(?:은|는|이|가)\s*뭔가요|"
    r"(?:에\s*대해서?|에\s*대하여)\s*설명해\s*(?:주세요|보세요)|(?:을|를)\s*설명해\s*(?:주세요|보세요)|"
    r"(?:을|를)\s*설명하시오|(?:에\s*대해서?|에\s*대하여)\s*설명하시오))\s*[?？.]*$"
)
_WHAT_IS = re.compile(r"^(?:what\s+(?:is|are)\s+(?:an?\s+|the\s+)?)(?P<name>.+?)\s*\?$",
                      re.IGNORECASE)
# '什么是负载均衡', '索引是什么？', 'トランザクションとは': what is the thing.
_CJK_WHAT_IS = re.compile(
    r"^(?:什么是|什麼是|何为|何謂|何谓)\s*(?P<name>[^?？]+?)\s*[?？]?$"
    r"|^(?P<name2>[^?？]+?)\s*(?:是什么|是什麼|とは(?:何|なに)?(?:ですか|か)?)\s*[?？]?$")
_COMPARISON = re.compile(r"차이|비교|\bvs\.?\b|\bversus\b|\bdifferences?\b|\bcompar",
                         re.IGNORECASE)
# A request to the reader left after the name was taken out ('포인터를 이해하기
# 쉽도록 설명해주세요', 'Explain the CAP theorem').
_ASKS = re.compile(r"(?:설명해\s*주세요|설명해\s*보세요|설명하시오|설명하라|말해\s*주세요|"
                   r"알려\s*주세요|"
                   r"무엇인가요|무엇인가|뭔가요|인가요)\W*$|^(?:explain|describe|define)\b",
                   re.IGNORECASE)
# A heading that asks how or why ('How to obtain an address block', 'How CIDR
# facilitates routing'): a question the notes answer, not a thing.
_HOW = re.compile(r"^(?:how|why|when|where|what|which)\b", re.IGNORECASE)
# A heading that asks without a question mark ('使用 DDL 定义数据表时，都有哪些约束性',
# 'SQL 是如何执行的', '세션은 어떻게 유지되나', 'なぜキャッシュを使うのか'): the
# author's question, answered below, not a thing. (The thing of '什么是 X',
# 'X とは' is taken out by clean_name before this is asked.)
_ASKS_WITHOUT_MARK = re.compile(
    r"什么|什麼|哪些|哪个|哪個|如何|为什么|為什麼|怎么|怎麼|怎样|怎樣|[吗嗎]$|"
    r"무엇|어떻게|(?<![\uac00-\ud7a3])왜(?![\uac00-\ud7a3])|"
    r"なぜ|とは|ですか|どうやって|どのように")
_WEB_NAME = re.compile(r"\.(?:com|net|org|io|co\.kr|kr|dev|app)\b", re.IGNORECASE)
# A file of the notes' folder ('scenarios-pv.md', 'lab-2.yaml'): a link to more
# notes, named by its file, not a thing.
_FILE_NAME = re.compile(r"[\w-]\.(?:md|markdown|txt|ya?ml|json|pdf|png|jpe?g|html?|ipynb)\b",
                        re.IGNORECASE)
# (An outline number of two levels or more, '5.1. ', '5.8.Real-time', ends on its
# dot, or stands before a space and a word: '2.5.1 NAT 인스턴스', '1.1 OSI 参考模型',
# the section numbers of a document's headings. Before a unit, '2.4 GHz', '1.5
# 배', it is a figure of the name, and stays.)
# A command-line flag ('-o', '--all') is no bullet: its dash stays. A number in
# brackets numbers an item as a digit and a dot do ('(3) 정적 테스트'). A Korean
# outline letter numbers a heading as a digit does ('다. 고조선의 영역과 중심지':
# 가, 나, 다, … in their order, then a dot and a space).
# Chinese and Japanese outlines number with their numerals ('一.短期偿债能力比率',
# '二、营运能力', '(一)市盈率', '（一）营业净利率'), circled digits ('①解析') and
# chapters or articles ('第一章 总论', '第3节 索引'): written without a space,
# the mark still numbers the name after it and is no part of it.
_CJK_NUMERAL = "[一二三四五六七八九十]{1,3}"
_CJK_MARKS = (r"(?:" + _CJK_NUMERAL + r"[.、．](?!\s*$)|[(（]" + _CJK_NUMERAL + r"[)）](?!\s*$)"
              r"|[\u2460-\u2473](?!\s*$)"
              r"|第(?:" + _CJK_NUMERAL + r"|\d{1,3})[章节節条條](?=\s*[^\W\d_]))")
# A unit after a number ('2.4 GHz', '1.5 GB', '3.5 inch', '2.5 배', '1.5 秒'):
# the number is a figure, not an outline number.
_UNIT_WORD = (r"(?:[kKMGTPµu]?(?:Hz|B|b|bps|iB)|[kKMGT]?bit|ms|sec|min|inch|in|mm|cm|km|m|"
              r"kg|g|mg|V|W|kW|A|mA|%|x|배|초|분|시간|일|주|개월|년|개|명|도|秒|分|時間|倍|个|年)"
              r"(?![^\W\d_])")
_LEADING_MARKS = re.compile(
    r"^(?:" + _CJK_MARKS + r"|(?:(?!-{1,2}[A-Za-z])[^\w(\[\"'`])+|"
    r"(?:\d{1,2}|[가나다라마바사아자차카타파하])[.)](?=\s)|\(\d{1,2}\)(?=\s)|"
    r"\d{1,2}(?:\.\d{1,2})+(?:\.(?=\s|[^\W\d_])|(?=\s+(?!" + _UNIT_WORD + r")[^\W\d_])))+\s*",
    re.UNICODE)
# A mnemonic's letter before the name it begins ('A - Atomicity', 'C: Consistency',
# '(D) Durability', the letters of ACID): shown as a choice it reads as an
# option's letter beside A-D, and it says nothing the name does not.
_MNEMONIC_LETTER = re.compile(r"^(?:\(([A-Z])\)|([A-Z])\s*[-–—:.)])\s+(?=[A-Za-z]{2})")
# (Chinese and Japanese words too: '共有ロック' is a name, not an empty one.)
_WORD = re.compile(r"[A-Za-z]+|[\uac00-\ud7a3]+|[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]+|\d+")


# A heading set in angle brackets ('<MVC 방식>', '〈정적 콘텐츠〉', '《概述》'): the
# brackets frame the title as a mark does; the leading one goes with the marks
# and the closing one would be left on the name ('MVC 방식>').
_WRAPPED = re.compile(r"^[<〈《]\s*(?P<inner>[^<>〈〉《》]+?)\s*[>〉》]$")


def _unwrapped(text: str) -> str:
    match = _WRAPPED.match(text)
    return match.group("inner") if match else text


@lru_cache(maxsize=1 << 14)
def clean_name(text: str) -> str:
    """The name as written, without markup, leading marks or a question form:
    '&nbsp; Serialization이란?' -> 'Serialization', '✓ 승인 (Admitted)' ->
    '승인 (Admitted)', 'Heap → 힙' -> 'Heap'. A heading that is another kind of
    question stays as it is (and is then no name: it still ends with '?')."""
    text = html.unescape(text).replace("\xa0", " ")
    text = _unwrapped(text.strip())
    text = _untranslated(without_mnemonic_letter(_LEADING_MARKS.sub("", text.strip()).strip()))
    what = _WHAT_IS.match(text)
    if what is not None:
        return what.group("name").strip()
    asked = _CJK_WHAT_IS.match(text)
    if asked is not None:
        return (asked.group("name") or asked.group("name2")).strip()
    bare = _QUESTION_TAIL.sub("", text).strip()
    return bare if bare and bare != text and len(bare) >= 2 else text


def without_mnemonic_letter(text: str) -> str:
    """'A - Atomicity (원자성)' -> 'Atomicity (원자성)': a capital letter set
    before the name it is the first letter of (a mnemonic's letter) is not part
    of the name. 'A record', 'C-Store', 'X - Window' keep theirs."""
    mark = _MNEMONIC_LETTER.match(text)
    if mark is None:
        return text
    rest = text[mark.end():]
    letter = mark.group(1) or mark.group(2)
    return rest if rest[:1].upper() == letter else text


# An arrow in a name: 'Heap → 힙', 'Stack -> 스택', 'Public IP => 변경되는 공인 IP'.
_ARROW = re.compile(r"\s*(?:→|->|=>|⇒|➔|➜|⟶)\s*")
_HANGUL_OR_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3]")


def has_arrow(text: str) -> bool:
    """Whether the text draws an arrow: a flow or a mapping ('Client -> ALB',
    'Public IP => 변경되는 공인 IP'), never a bare name one can offer as a choice."""
    return _ARROW.search(text) is not None


def arrow_sides(text: str) -> list[str]:
    """The phrases an arrow stands between ('A -> B -> C': A, B, C)."""
    return [side.strip() for side in _ARROW.split(text)]


# One thing set equal to another: 'Server = EC2', 'Storage =S3', 'One PV = One
# PVC' (not '==', '>=', '!=', nor the '=>' arrow).
_EQUALS = re.compile(r"(?<![=!<>])=(?![=>])")


def has_equals(text: str) -> bool:
    """Whether the text sets two things equal ('Server = EC2': the notes' word
    and the service it maps to): a mapping, two names at once, never a name one
    can offer as a choice."""
    return _EQUALS.search(text) is not None


def _untranslated(text: str) -> str:
    """A name followed by an arrow and its own translation ('Heap → 힙', 'Stack
    -> 스택', '힙 → Heap') is the name: the arrow only glosses it, and a choice
    keeping it would be two names at once. Any other arrow stays (and the text is
    then no name, see `has_arrow`)."""
    parts = _ARROW.split(text)
    if len(parts) != 2:
        return text
    name, other = (p.strip() for p in parts)
    if not name or not other \
            or bool(_HANGUL_OR_CJK.search(name)) == bool(_HANGUL_OR_CJK.search(other)):
        return text
    latin = other if _HANGUL_OR_CJK.search(name) else name
    written = name if latin is other else other
    words = english_words(latin)
    return name if words and words <= shown_senses(latin, written) else text


# Chinese and Japanese sub-headings name a part of the notes as much as 'Pros'
# or '종류' do ('用途', '优点', '创建过程', 'メリット', '種類'): written without
# spaces, they are matched as the whole word or its last characters. (A reading
# log's parts too: '感想', '読み始めの動機', what the reader thought and why
# they began, and a word list's form: '略語', '术语'.)
_CJK_PARTS = tuple("""
用途 优点 缺点 优缺点 特点 特性 类型 种类 分类 概念 定义 概述
简介 介绍 总结 小结 原理 方法 方式 过程 流程 步骤 示例 例子 理解 入門 入门 详解 詳解 设计 設計
はじめに おわりに 前言 引言 序言 结语 結語 后记 後記
实现 问题 解决 方案 区别 比较 对比 参考 注意 作用 作用域 缺陷
目的 背景 基础 应用 场景 配置 设置 安全 性能 概要 定義 特徴
種類 メリット デメリット まとめ 手順 仕組み 注意点 ポイント 使い方 使用例 問題 解決
原因 用語 比較 違い 利点 欠点 問題点 解消の仕方 詳細 基本 応用
情况 情形 不同 差异 异同 延伸 扩展 拓展 补充 进阶 其他 其它 杂项 笔记
练习 习题 要点 重点 技巧 用法 事项 总览 资料 案例 实践 实战 回顾 复习
说明 解释 解析 讲解 图解 演示 优势 劣势 局限 局限性 限制 功能 特征 关系
補足 その他 演習 練習 事例 具体例 解説 説明 課題 考察 実装 実践 機能 関係
ユースケース 方針 方针 前提 前提条件 准备工作 开始前 注意事項 ヒント 目標 目标 学习目标
流れ 考慮事項 考虑因素 检查清单 チェックリスト
キーワード 关键词 復習 自测
略語 略称 用語集 缩写 缩略语 术语 感想 所感 心得 読後感 動機 动机
""".split())
_CJK_WORD = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]+")


_KATAKANA = re.compile(r"[\u30a1-\u30fa\u30fc]")


# Katakana parts that close a compound as a part still ('チューニングチェックリスト'
# is a checklist of tuning, as 'Tuning checklist' is).
_KATAKANA_TAILS = frozenset({"チェックリスト", "キーワード"})


def _cjk_part(word: str) -> bool:
    """The word ends on a part's name: a katakana one only as a loanword of its
    own ('学習のポイント', '3つのポイント'), not as the end of a longer one
    ('エンドポイント' is an endpoint, 'チェックポイント' a checkpoint)."""
    if not _CJK_WORD.fullmatch(word):
        return False
    return any(word.endswith(part) and not (
        _KATAKANA.match(part) and len(word) > len(part) and part not in _KATAKANA_TAILS
        and _KATAKANA.match(word[-len(part) - 1])) for part in _CJK_PARTS)


# A Chinese or Japanese heading that counts what it covers ('三种遍历方式',
# '几种情况', '3つのポイント', '四个步骤') names a group of things, and one
# about a thing ('ロックについて', '关于索引') names that thing's notes.
_CJK_COUNTED = re.compile(
    r"[几幾多两兩一二三四五六七八九十\d]\s*(?:种|種類?|个|個|类|類|条|條|步|つの)"
    r"(?=[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff])")
_CJK_ABOUT = re.compile(r"(?:について|に関して|に関する(?:こと)?)$|^(?:关于|關於|有关|有關)")


_WIDE_ASIDE = re.compile(r"[（(][^()（）]*[)）]")


def _cjk_aspect(text: str) -> bool:
    """'remove 的几种情况', '三种遍历方式的不同', 'ロックについて': a count of
    cases, a comparison or a heading about a thing, in Chinese or Japanese."""
    core = _WIDE_ASIDE.sub(" ", text).strip()
    if not _CJK_WORD.search(core):
        return False
    return bool(_CJK_COUNTED.search(core) or _CJK_ABOUT.search(core))


# A place in a sequence, not a thing: '첫 번째 스탭', '2번째 단계', '제3장', '3주차',
# '第2章', 'ステップ3', '原則1', '步骤2' ('Step 2', 'Part 3' are read as words).
_ORDINAL = re.compile(
    r"^(?:제\s*)?(?:\d+|첫|두|세|네|다섯|여섯|일곱|여덟|아홉|열)\s*번\s*째(?:\s*\S{1,3})?$"
    r"|^(?:제\s*)?\d+\s*(?:장|강|편|부|주차|회차|일차|단계)$"
    r"|^第\s*[\d一二三四五六七八九十]+\s*[章節节回部步课課講讲篇]$"
    r"|^[\u3040-\u30ff\u4e00-\u9fff]{1,4}\s*\d+$")


# A word that judges what comes before it ('Access modes critical', 'Namespace
# matters', 'Performance tip', '보안 중요', 'インデックス重要', '索引关键'): the
# phrase is the note-taker's verdict on a subject, a label over the lines that
# say why, not the name of a thing. ('Key' and 'note' end names, 'Primary
# Key', 'Release note'; 'critical' starts one, 'Critical section'.)
_VERDICT_TAIL = re.compile(
    r"(?:\s|^)(?:critical|crucial|matters?|important|essential|vital|tips?|"
    r"(?:is|are)\s+key)\W*$"
    r"|(?<=[\s\u3400-\u9fff\u3040-\u30ff])(?:중요|중요함|중요해요|핵심|필수|"
    r"重要|关键|關鍵|注意|大事|肝心)\W*$",
    re.IGNORECASE)


_ASIDE = re.compile(r"\([^()]*\)")


def judged(text: str) -> bool:
    """A subject and a verdict on it ('Namespace matters', 'Access modes
    critical'): two words at least, the last one judging the rest."""
    core = _ASIDE.sub(" ", text).strip()
    if _CJK_WORD.fullmatch(core) and len(core) > 2:
        # (Chinese and Japanese write the verdict on without a space: '索引重要'.)
        return core.endswith(_CJK_VERDICTS)
    return len(_WORD.findall(core)) >= 2 and bool(_VERDICT_TAIL.search(core))


_CJK_VERDICTS = ("重要", "关键", "關鍵", "大事", "肝心")


# A word that weighs a subject rather than saying what it is: 'Critical for
# production', 'Core administrative skills', 'Foundation knowledge'.
_WEIGHT = re.compile(
    r"\b(?:critical|crucial|important|essential|vital|core|fundamental|foundation(?:al)?|"
    r"focus|priority|must[- ]know|high[- ]yield)\b"
    r"|중요|핵심|기본기|重要|关键|關鍵|基礎|基础",
    re.IGNORECASE)
_MAX_TAGLINE_WORDS = 5


def tagline(text: str) -> bool:
    """A few words that weigh their subject (how much it matters, where to
    focus) instead of saying what it is: true of many subjects alike, so no
    definition to match a name by. ('Core administrative skills' fits three
    exam domains; 'Critical for production' any of them.)"""
    core = _ASIDE.sub(" ", text).strip()
    if re.search(r"\d", core):
        return False
    return len(core.split()) <= _MAX_TAGLINE_WORDS and bool(_WEIGHT.search(core))


# A heading that only numbers an item of a series: 'No.3', 'Q12', '문제 3',
# 'Question 5', '第3問', '問3', '#12', '3번' (and the places in a sequence
# _ORDINAL reads: '제3장', '2번째 단계', 'ステップ3').
_SEQUENCE_LABEL = re.compile(
    r"^(?:(?:No|Nr|Q|Question|Problem|Exercise|Ex|문제|질문|問題?|问题|题|題)\s*[.#:]?\s*\d{1,4}"
    r"|#\s*\d{1,4}|\d{1,4}\s*번|第\s*[\d一二三四五六七八九十]+\s*[問问题題])\s*[.:)]?$",
    re.IGNORECASE)


def is_sequence_label(text: str) -> bool:
    """Whether a heading only numbers its place in a series ('No.3', 'Q12',
    '문제 3', '第3問', '#12', '3번', '제3장'): it says nothing of what stands
    under it."""
    core = text.strip().strip("*_`").strip()
    return bool(_SEQUENCE_LABEL.match(core) or _ORDINAL.match(core))


# A bare number or a place written as one: '7', '3.5', '1,000', '3rd', '2nd'
# (and the places _ORDINAL reads: '제3장', '2번째 단계').
_BARE_NUMBER = re.compile(r"\d[\d.,]*(?:st|nd|rd|th)?", re.IGNORECASE)


def is_bare_number(text: str) -> bool:
    """Whether a would-be name is only a number or an ordinal ('7' from an OSI
    table's layer column, '3rd', '제3장'): a column's value without its header,
    not a thing one can be asked to name."""
    core = text.strip().strip("*_`").strip()
    return bool(_BARE_NUMBER.fullmatch(core) or _ORDINAL.match(core))


def without_sequence_label(crumb: str) -> str:
    """A breadcrumb with each level's leading number label dropped ('Q6. EC2
    요금 모델에 대해 설명해주세요' -> 'EC2 요금 모델에 대해 설명해주세요', 'No.3
    VPC' -> 'VPC', '문제 3. 서브넷' -> '서브넷'): the label numbers the heading in
    the author's series and tells a reader nothing. A level that is only a
    label stays (there is no text to show in its place)."""
    return " > ".join(_unlabelled(level) for level in crumb.split(" > "))


_A_WORD = re.compile(r"[^\W_]")


def without_wordless_levels(crumb: str) -> str:
    """A breadcrumb without the levels that hold no word ('# ➕', '## ⭐️',
    '### ---'): an emoji or a mark heads a part of the notes without saying
    what it is about, so it places a question nowhere. When no level is left,
    the crumb is empty and the question has no context to be asked under."""
    return " > ".join(level for level in crumb.split(" > ") if _A_WORD.search(level))


# Chinese and Japanese outline numbering at the head of a level, as names drop
# it (_CJK_MARKS): '一.短期偿债能力比率' -> '短期偿债能力比率'.
_CJK_LEAD = re.compile(r"^\s*(?:" + _CJK_MARKS + r")\s*")


def _unlabelled(level: str) -> str:
    # (The outline number tells the reader nothing, and a level that keeps it
    # beside choices that lost theirs reads as another kind of text.)
    level = _CJK_LEAD.sub("", level, count=1) or level
    words = level.split()
    for size in (1, 2):
        head, rest = " ".join(words[:size]), " ".join(words[size:])
        if rest and _DIGIT.search(head) and _leading_label(head) and not is_sequence_label(rest):
            return rest
    return level


def _leading_label(head: str) -> bool:
    """A label set before a heading's text: closed by a mark ('Q6.', '문제 3.',
    '3번)'), or a letter label ('Q6', 'No.3', '#12'). A place word run into
    its text, '3번 출구', '2번째 단계 설명', is the text itself."""
    if head.endswith((".", ":", ")")):
        # (An outline number, '8.' of '8. Multi-Value Answer', numbers the
        # heading in the author's list: over a blank whose answer is 8개 it
        # would even point at it.)
        return is_sequence_label(head.rstrip(".:)")) \
            or (head.endswith((".", ")")) and head[:-1].isdigit() and len(head) <= 4)
    return not head[0].isdigit() and bool(_SEQUENCE_LABEL.match(head))


_DIGIT = re.compile(r"\d")


# A heading that points elsewhere: a reference, a see-also, an appendix, with
# its own number or mark ('참고 2. VPC 구성 시나리오', 'References', 'See also:
# RFC 1918', '参考', '参照：', 'Appendix A'). What follows is the author's aside,
# never a thing's name. (A reference word run on into a name is the name:
# 'Reference Architecture', '참조 무결성', '参照整合性'.)
_POINTER = re.compile(
    r"^(?:참고|참조|부록|관련\s*(?:자료|링크|문서|글)|references?|see\s+also|further\s+reading"
    r"|appendix|related\s+(?:links?|reading|articles?|posts?|notes?)|external\s+links?"
    r"|参考(?:文献|资料|資料|链接|リンク|記事|文章)?|参照|関連(?:リンク|記事|資料)"
    r"|相关(?:链接|资料|阅读|文章)|延伸阅读|扩展阅读|付録|附录)"
    r"(?:\s*(?:자료|문헌|링크|사이트|글|문서|사항))?"
    r"(?=$|\s*[\d一二三四五六七八九十①-⑳]|\s*[.:：)\]|\-–—]|\s*[A-Z](?:[.):]|\s*$))",
    re.IGNORECASE)


def is_pointer(text: str) -> bool:
    """Whether a heading points to other reading ('참고 2. VPC 구성 시나리오',
    'See also', '参考'): an aside of the author's, never a choice."""
    core = _LEADING_MARKS.sub("", text.strip().strip("*_`")).strip()
    return bool(_POINTER.match(core))


def pointed_subject(heading: str) -> str:
    """A pointer heading's subject without its reference word and number ('참고
    3. Cloud Native App' -> 'Cloud Native App', 'See also: RFC 1918' -> 'RFC
    1918'); '' when it names nothing else ('References', '参考'). Any other
    heading as written. Never a choice, but the subject tells a reader which
    part of the notes a line stands in."""
    if not is_pointer(heading):
        return heading
    core = _LEADING_MARKS.sub("", heading.strip().strip("*_`")).strip()
    match = _POINTER.match(core)
    rest = core[match.end():] if match else ""
    rest = re.sub(r"^\s*(?:[\d一二三四五六七八九十①-⑳]+|[A-Z](?=[.):]|\s*$))?\s*[.:：)\]|\-–—]*\s*",
                  "", rest)
    return rest.strip()


# A generic word and an enumerator: 'Pattern A', 'Option 2', 'Case 1', 'Step 4',
# '방법 1', '케이스 2', '유형 A', 'パターンA', '方案一', '方法1'. It numbers
# one of the author's alternatives and names none of them. (Not 'Type', 'Phase'
# nor 'Stage' in English, Japanese or Chinese: standards number their kinds so,
# 'Type 1' … 'Type 4' of PoE, IKE 'Phase 1', and a table keyed by them asks the
# designation itself.)
_ENUMERATED_LABEL = re.compile(
    r"^(?:pattern|option|choice|alternative|case|scenario|step|example|method|approach"
    r"|solution|strategy|variant|design|plan|way|idea|use\s*case"
    r"|방법|방식|방안|케이스|경우|사례|예시|예제|예|유형|패턴|옵션|시나리오|단계|해결책|전략|선택지"
    r"|パターン|ケース|例|方法|方式|手順|ステップ|案|オプション|シナリオ"
    r"|方案|方式|案例|例子|示例|情况|情況|步骤|步驟|选项|選項|模式|场景|場景|策略)"
    r"\s*[-#.]?\s*(?:\d{1,3}|(?<![A-Za-z])(?:[A-Za-z]|[IVX]{1,4})|[一二三四五六七八九十]{1,3}|[①-⑳])\s*[.:：)]?$",
    re.IGNORECASE)
# A text and a trailing enumerator: a number, a letter, a circled number or a
# Chinese numeral, after a space, '#' or '-' ('Edge case 2', 'Case-B'), or
# glued to Chinese, Japanese or Korean text ('エッジケース1', '사례2'). (Not
# glued to Latin letters nor after a dot: 'IPv4' and 'IPv6', 'TLS 1.2' and
# 'TLS 1.3' are names of their own.)
_NUMBERED = re.compile(
    r"^(.*?(?:[\s#\-]|[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3]))\s*[#\-]?\s*"
    r"(\d{1,3}|[A-Za-z]|[一二三四五六七八九十]{1,3}|[①-⑳])\s*[.:：)]?$")


_LATIN_WORD_ALONE = re.compile(r"[a-z][a-z0-9]*")
# Words for a place in a sequence of the author's or a course's.
_SEQUENCE_WORDS = frozenset("""
phase phases stage stages step steps part parts round rounds period week day lesson chapter
module unit session lecture
""".split())


def _numbered(text: str) -> tuple[str, str] | None:
    """A text's shared part and its enumerator ('エッジケース1' -> ('エッジケース',
    '1')), or None when it ends on no enumerator."""
    core = _LEADING_MARKS.sub("", text.strip().strip("*_`")).strip()
    match = _NUMBERED.match(core)
    if not match:
        return None
    head = match.group(1).strip(" #-").casefold()
    # One Latin word and a number is how standards and products number their
    # kinds ('Type 1' … 'Type 4' of PoE, 'Class 2', 'RAID 5', 'Python 3'): a
    # designation a reader learns. (The generic ones, 'Option 2', are labels
    # by `is_enumerated_label`.) Not a word for a place in a sequence ('phase
    # 1', 'Stage 2', 'Week 3'): beside 'phase 2' it numbers the author's
    # steps, and which of them a line stands under is the page's layout.
    if not head or (_LATIN_WORD_ALONE.fullmatch(head) and head not in _SEQUENCE_WORDS):
        return None
    return head, match.group(2).casefold()


def numbered_alike(right: str, others: Sequence[str]) -> bool:
    """Whether the right choice and another are one text told apart only by a
    number or letter ('エッジケース1', 'エッジケース2'): the author's positions
    in a list, not names a reader could tell from a description ('Edge case
    2', '사례 2', '边界情况2' alike)."""
    mine = _numbered(right)
    if mine is None:
        return False
    return any((theirs := _numbered(o)) is not None and theirs[0] == mine[0]
               and theirs[1] != mine[1] for o in others)


# After an enumerated label, the name the author gave the alternative: a short
# phrase ('Option 2: Gateway Endpoint'), not a sentence nor a description.
_NAME_AFTER_LABEL_WORDS = 4
_NAME_AFTER_LABEL_CHARS = 32


def is_enumerated_label(text: str) -> bool:
    """Whether a heading's name is only a generic word and an enumerator
    ('Pattern A', 'Option 2', '방법 1', 'パターンA', '方案一')."""
    core = _LEADING_MARKS.sub("", text.strip().strip("*_`")).strip()
    return bool(_ENUMERATED_LABEL.match(core))


def name_after_label(head: str, tail: str) -> str | None:
    """For a heading 'head: tail' whose head is an enumerated label, the name
    after the colon when it reads as one ('Option 2: Gateway Endpoint' ->
    'Gateway Endpoint'); None when the head is no such label or the tail is a
    description ('Pattern A: Private S3 + CloudFront for public content')."""
    if not is_enumerated_label(head):
        return None
    name = clean_name(tail)
    short = len(name) <= _NAME_AFTER_LABEL_CHARS and len(name.split()) <= _NAME_AFTER_LABEL_WORDS
    plain = not re.search(r"[+&/,;.!]|\s(?:for|with|and|or|to|via|in|on|of)\s", name,
                          re.IGNORECASE)
    return name if name and short and plain and not is_label(name) else None


# A heading that names a task, something to do, not a thing: a nominalised verb
# ('서브넷 만들기', '노드 상태 확인하기', 'Pod를 띄우는 법'), a verbal noun whose
# object the heading marks with a particle ('구성 요소의 상태 확인', '버킷을
# 생성': the particle makes it an act on that object; '상태 확인' alone, a
# health check, stays a name), a gerund or an imperative on an object
# ('Checking the cluster state', 'Creating a VPC', 'Create the bucket'),
# Japanese '〜する' or '〜を確認' and Chinese '查看组件状态', '创建 Pod'. Offered
# among components or services it stands out as another kind of choice (a
# list of rules written as tasks, '名詞を使用', '複数形を使用', is one kind:
# kind_words reads a task as a kind of its own).
_KO_TASK_END = re.compile(
    r"(?:하기|되기|보기|만들기|띄우기|세우기|(?:하|되|드|만드|띄우|쓰|보)는\s*(?:법|방법)|하려면)$")
_KO_VERBAL_NOUNS = (
    "확인 생성 삭제 조회 설치 제거 수정 추가 변경 등록 작성 설정 적용 실행 배포 구축 연결 "
    "해제 활성화 비활성화 초기화 업데이트 업그레이드 관리 점검 검사 만들기 사용 이해"
).split()
_KO_MARKED_OBJECT = re.compile(r"[\uac00-\ud7a3A-Za-z0-9)](?:의|을|를|에|에서|으로|로)\s")
_EN_TASK_GERUNDS = frozenset("""
creating checking configuring installing using adding removing deleting enabling disabling
understanding verifying viewing inspecting exposing getting making choosing selecting
troubleshooting deploying declaring
""".split())
_EN_TASK_VERBS = frozenset("""
create check configure install use add remove delete enable disable understand verify view
inspect expose get set make choose select write troubleshoot deploy run manage build define
declare launch list update upgrade connect access monitor test debug migrate
orient assign determine identify calculate compute locate arrange find start try apply trace
rank compare draw label move pick place keep avoid take follow repeat visualize
""".split())
# (Verbs that open no thing's name: 'Create Deployment', 'Install kubectl',
# and the steps of a worked procedure, 'Assign Priorities', 'Determine R or
# S', 'Identify Stereocenters'. 'Delete Marker', 'Check constraint', 'Access
# Point', 'Rank Function', 'Draw Call' are names.)
_EN_TASK_IMPERATIVES = frozenset("""
create install uninstall configure verify inspect troubleshoot
assign orient determine identify calculate locate arrange visualize
""".split())
_EN_DETERMINER = frozenset("""
a an the your my our its their this these those all each every some up out with
""".split())
# (Words ending on -ing that are names, not gerunds.)
_NOT_GERUNDS = frozenset("string spring thing sibling ceiling offspring ring king wing".split())
_JA_TASK = re.compile(
    r"(?:する|します|しよう|してみる|してみよう|させる|の仕方|やり方)$"
    r"|を\s*[\u30a0-\u30ff\u3400-\u4dbf\u4e00-\u9fff]{2,}$")  # ('…を先に' is an order)
_ZH_TASK = re.compile(
    r"^(?:查看|创建|建立|删除|添加|修改|配置|安装|部署|使用|设置|启用|禁用|获取|编写)\s*"
    r"(?=[A-Za-z0-9`])|^(?:查看|编写|创建(?![型者]))")


def names_a_task(text: str) -> bool:
    """Whether a heading names something to do ('Control Plane 구성 요소의 상태
    확인', 'Checking the state of a node', 'ノードの状態を確認する') rather than
    a thing: a task, not a name of the kind of the things beside it."""
    core = _ASIDE.sub(" ", text).strip().rstrip(".。!！ ")
    if not core:
        return False
    if _JA_TASK.search(core) or _ZH_TASK.search(core):
        return True
    words = core.split()
    # (A step of a worked procedure, 'Root 노드에서 시작', '어느 자식으로 갈지
    # 결정': heading_forms holds the one list of how steps are written.)
    if gives_a_step(core):
        return True
    if _KO_TASK_END.search(core):
        return len(core) > 3  # ('보기', '하기' alone are no task)
    if len(words) >= 2 and words[-1] in _KO_VERBAL_NOUNS \
            and _KO_MARKED_OBJECT.search(" ".join(words[:-1]) + " "):
        return True
    if len(words) < 2:
        return False
    first, second = words[0].lower(), words[1].lower()
    if first in _NOT_GERUNDS:
        return False
    if first in _EN_TASK_GERUNDS or first in _EN_TASK_IMPERATIVES:
        return True
    gerund = first.endswith("ing") and len(first) >= 6 and first.isalpha()
    return (gerund or first in _EN_TASK_VERBS) and second in _EN_DETERMINER


_QUESTION_MARK = re.compile(r"[?？]")
# The main ones of a kind ('주요 공격', '주요공격', '주요 문화재', '主な攻撃'): a
# heading over the list of them, no one of them, and beside them no rival.
_MAIN_ONES = re.compile(r"^(?:주요\s*[\uac00-\ud7a3]{2,8}(?:\s[\uac00-\ud7a3]{1,8})?"
                        r"|主な[\u3040-\u30ff\u4e00-\u9fff]{1,8})$")
# A heading over the author's plan of work ('Development Order', 'Implementation
# Plan', 'Learning Roadmap', '학습 순서', '学習の進め方'): the order the notes
# are worked through, not a thing of the subject.
_WORK_PLAN = re.compile(
    r"^(?:development|implementation|learning|study|reading|build|deployment)\s+"
    r"(?:order|plan|roadmap|strategy|path|sequence)$"
    r"|^(?:학습|공부|구현|개발|진행)\s*(?:순서|계획|로드맵|방법)$"
    r"|^(?:学習|勉強|実装|開発)の?(?:順序|順番|計画|進め方)$|^(?:学习|开发|实现)(?:顺序|计划|路线)$",
    re.IGNORECASE)


# A question of a past exam or a problem set by its number ('H.26秋 問1',
# 'H.28春 問2：メール認証', '2023년 문제 3', '第5题', 'Q3'): where the notes
# work it, not a thing.
_EXAM_ITEM = re.compile(r"(?:問|问|題|题|문제|문항)\s*\d+|第\s*\d+\s*[問问題题]"
                        r"|(?<![A-Za-z])Q\s?\d+(?![\w.])")


@lru_cache(maxsize=1 << 14)
def is_label(text: str) -> bool:
    """Whether a would-be name is a document part, a label, a question, a
    comparison, a pointer to other reading or a web address (see the module
    doc): never a concept."""
    core = _ASIDE.sub(" ", text).strip()
    if not core or is_generic(core) or is_generic(text) or is_pointer(core):
        return True
    if is_enumerated_label(core) or _EXAM_ITEM.search(core):
        return True
    if _QUESTION_MARK.search(text) or _COMPARISON.search(core) or _WEB_NAME.search(core) \
            or _FILE_NAME.search(core) \
            or _ASKS.search(core) or _HOW.match(core) or _ASKS_WITHOUT_MARK.search(core):
        return True
    if _cjk_aspect(core) or _ORDINAL.match(core) or judged(core) or _WORK_PLAN.match(core) \
            or _MAIN_ONES.match(core):
        return True
    words = [w.lower() for w in _WORD.findall(core)]
    # 'Explanation and Example', 'Option 1', 'Initial Idea': nothing but part
    # words; '비용', '보안' alone: an aspect of nothing named.
    if "".join(words) in _CATEGORY_WORDS:
        return True
    return not words or all(w in _PART_WORDS or w in _ASPECTS or w.isdigit() or _cjk_part(w)
                            for w in words)


# 'Types of Load Balancers', 'Three cases of remove', 'Benefits of VPC': a part
# or aspect word, then what it is of.
_PART_OF = re.compile(r"^(?P<head>[A-Za-z][A-Za-z\s-]*?)\s+of\s+\S", re.IGNORECASE)
# (Not 'point' nor 'part': 'Point of Presence' and 'Part of speech' are names.)
_OF_HEADS = frozenset("""
type types kind kinds case cases example examples benefits advantages disadvantages drawbacks
features characteristics properties uses limitations problems applications pros cons
overview summary introduction basics details
""".split())
_COUNT_WORDS = frozenset("""
two three four five six seven eight nine ten several different various many common main key
""".split())


def _part_of(text: str) -> bool:
    match = _PART_OF.match(text.strip())
    if match is None:
        return False
    head = match.group("head").lower().split()
    return head[-1] in _OF_HEADS and all(w in _COUNT_WORDS for w in head[:-1])


def is_aspect(text: str) -> bool:
    """'RDS 보안', 'CloudFront 보안', 'EC2 pricing': a thing and one of its aspects,
    a heading of the notes about that thing. It can be asked about, never named."""
    if _part_of(text) or _ABOUT_HEAD.match(text.strip()) or is_perspective(text) \
            or is_share(text) or is_place_label(text):
        return True
    # ('VPCの理解', 'Redis入门', 'B树的特点': the part word is written on to
    # the name, with no space to split at.)
    core = _ASIDE.sub(" ", text).strip()
    last = _CJK_WORD.findall(core)
    if last and core.endswith(last[-1]) and len(core) > len(last[-1]) \
            and _cjk_part(last[-1]):
        return True
    words = _ASIDE.sub(" ", text).split()
    # 'DB를 사용하는 이유', 'AWS 접근 방법': a heading ending on a label word too.
    return len(words) >= 2 and (label_key(words[-1]) in _ASPECTS or is_label_tail(words[-1])
                                or _cjk_part(words[-1]))


# A point of view on a thing ('쿠버네티스 입장', '개발자의 입장에서', '보안
# 측면', 'from the developer's point of view', 'user perspective', '開発者視点',
# 'ユーザーの立場から', '从开发者角度', '用户的视角来看'): who looks, not a thing
# looked at. Bullets written 'X 입장 : …' compare what each side sees; the side
# is no name to match.
_PERSPECTIVE = re.compile(
    r"\S\s*(?:의\s*)?(?:입장|측면|관점)(?:에서(?:는|의|도|만)?|으로(?:는|서)?|에선|상)?$"
    r"|(?:^from\s+(?:the\s+|an?\s+)?\S.*\s|\S\s+|['’]s\s+)"
    r"(?:points?\s+of\s+view|perspectives?|standpoints?|viewpoints?)$"
    r"|(?:^from\s.*\s|['’]s\s+)view$"
    r"|^from\s+(?:the\s+|an?\s+)?\S.*['’]s?\s+(?:side|eyes?)$"
    r"|[\u3040-\u30ff\u4e00-\u9fff](?:の)?(?:視点|観点|立場|目線|側面)(?:から(?:見た|の|は|見ると)?|では|で)?$"
    r"|[\u4e00-\u9fff](?:的)?(?:角度|视角|視角|立场|立場|层面|層面)(?:来看|來看|而言|来说|來說|上|出发|出發)?$",
    re.IGNORECASE)
# Words one of which every match of `_PERSPECTIVE` holds (literals.py).
_PERSPECTIVE_WORDS = (
    "입장", "측면", "관점", "view", "perspective", "standpoint", "side", "eye",
    "視点", "観点", "立場", "目線", "側面", "角度", "视角", "視角", "立场", "层面", "層面")


# What one party does ('Spring JDBC가 하는 일', 'Spring JDBC에서 개발자가 할 일',
# 'What the developer does', "the framework's job", '開発者がやること',
# '开发者要做的事'): a heading splitting one system's work between sides, not a
# thing. A summary line ('핵심 작업만 해주면 나머지는 Framework가 처리') fits
# either side, and the sides are no names to tell apart.
_SHARE = re.compile(
    r"(?:하는|할|한|해야\s*할|해야\s*하는|맡는|담당하는|해\s*주는|해주는)\s*(?:일|일들)$"
    r"|^what\s+(?:the\s+|an?\s+)?\S.*\s(?:does|do|handles?|takes\s+care\s+of)$"
    r"|['’]s?\s+(?:job|jobs|duties|responsibilities|share\s+of\s+the\s+work)$"
    r"|(?:が|の)(?:やる|する|行う|担う|すべき|やるべき)こと$"
    r"|(?:做|负责|要做|需要做|该做)的(?:事|事情|工作)$",
    re.IGNORECASE)
# Where a process happens, set as a heading over its steps ('in 브라우저', 'in
# the browser', '웹 서버에서', 'ブラウザで', '在浏览器中'): a preposition or a
# place particle around a name, a section of a walk-through, no name itself.
# (A Latin name opening on a word of its own stays one: 'At Least Once',
# 'In-memory'; the preposition must stand before an article or another script.)
_PLACE_LABEL = re.compile(
    r"^(?:in|at|on|inside|within|during|from|under|into)\s+"
    r"(?:the\s|an?\s|(?=[^\x00-\x7f]))"
    r"|[\uac00-\ud7a3](?:에서|에선|에서는)$"
    r"|[\u30a0-\u30ff\u4e00-\u9fff](?:において|にて|では|で)$"
    r"|^在\s*\S.*(?:中|上|里|端|内|侧)$",
    re.IGNORECASE)


def is_share(text: str) -> bool:
    """Whether a would-be name is what one party does ('Spring JDBC가 하는 일',
    'What the framework does'): a side of a system, never a thing."""
    core = _ASIDE.sub(" ", text).strip().strip("*_`:： ")
    return bool(_SHARE.search(core))


def is_place_label(text: str) -> bool:
    """Whether a would-be name says where steps happen ('in 웹 서버', 'in the
    kernel', '브라우저에서'): a heading of a walk-through, never a thing."""
    core = _ASIDE.sub(" ", text).strip().strip("*_`:： ")
    return bool(_PLACE_LABEL.search(core))


def is_perspective(text: str) -> bool:
    """Whether a would-be name is a point of view ('개발자의 입장', 'from the
    user's point of view', '開発者視点', '开发者角度'): never a thing."""
    if not holds_any(text, _PERSPECTIVE_WORDS):
        return False
    core = _ASIDE.sub(" ", text).strip().strip("*_`:： ")
    return bool(_PERSPECTIVE.search(core))


# A Korean word closed by a subject or object particle ('트렌잭션이', '조인이',
# '격리수준이', '인덱스를'): the 이 of '…이란' or '…이 …' left on the word,
# part of a sentence. (Words whose own last syllable is 이 after a closed
# syllable, '길이', '높이', stay names; after an open one, '게이트웨이',
# '레이어', 이 is the word's.)
_NOUNS_IN_I = frozenset("""
길이 높이 깊이 넓이 놀이 먹이 고양이 벌이 살림살이 풀이 해돋이 물받이 맞이 같이
""".split())
# A clause closed by a noun of circumstance ('좋지 않은 경우', '사용할 때',
# '…する場合', '…のとき'): a case the line describes, not a thing.
_CIRCUMSTANCE = re.compile(
    r"(?:[\uac00-\ud7a3]\s+|^)(?:경우|때)$|(?:場合|とき|時に|際)$")


_OBJECT_PARTICLE = re.compile(r"[\uac00-\ud7a3](?:을|를)$|[\u3040-\u30ff\u4e00-\u9fff](?:が|を)$")


def _closed(syllable: str) -> bool:
    code = ord(syllable) - 0xAC00
    return 0 <= code < 11172 and code % 28 != 0


def ends_on_particle(text: str) -> bool:
    """Whether a would-be name ends on a subject or object particle, or on a
    noun of circumstance ('트렌잭션이', '인덱스를', '좋지 않은 경우',
    'キャッシュが', '失敗した場合'): a piece of a sentence, no name to match."""
    core = _ASIDE.sub(" ", text).strip().strip("*_`:： ")
    if not core:
        return False
    if _CIRCUMSTANCE.search(core):
        return True
    last = core.split()[-1]
    if _OBJECT_PARTICLE.search(last):
        return True
    return len(last) >= 2 and last.endswith("이") and _closed(last[-2]) \
        and not last.endswith(tuple(_NOUNS_IN_I))


def named_part(term: str) -> bool:
    """A `term : definition` term that names a side or a part of the notes'
    thing rather than a thing: a point of view ('개발자의 입장 : …') or a phrase
    closed by a generic word ('지연 시간 측정 방법 : …', 'DB를 사용하는 이유 :
    …'). (Not every aspect word: '최소 비용 : …' names a strategy.)"""
    words = _ASIDE.sub(" ", term).split()
    # ('Types of object in k8s : …': a heading over kinds, whose line names
    # none of them, is no term either.)
    return is_perspective(term) or _part_of(term) \
        or (len(words) >= 2 and is_generic(words[-1]))


def names_no_thing(text: str) -> bool:
    return is_label(text) or is_aspect(text)
