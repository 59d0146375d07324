"""Lines that point at another part of the notes instead of saying something.

A *lead-in* announces what follows it ('다음과 같은 권한이 포함', 'The steps
are as follows', '以下のように設定する', '配置如下'): the list, table or
command it introduces is elsewhere, so alone, as a clue, a choice or a blanked
sentence, it says nothing one can know (blind reader: 'Amazon EKS 구성 요소가
다음 태스크를 완료할 수 있도록 허용하는 다음과 같은 권한이 포함' asked to name a
policy). A line that gives what it announces after a colon ('the following
three: A, B and C') is no lead-in.

A *numbered reference* opens on another part's number after the reader has
taken the line's own ('1. [0. 교육 환경 구성하기](…)를 이용해 …' reads '0. 교육
환경 구성하기를 이용해 …'): the line is about a step or section of the
document ('0. …', 'see section 3'), not a fact of the topic.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# The words that point forward, per language. Korean: '다음과 같은/같이',
# '아래와 같다', '다음처럼', '아래 표'. (Not a bare '다음': '다음 단계로 진행' is
# the next step.)
_KO = (r"(?:다음|아래)(?:과|와)\s*같[이은다아았음습]|(?:다음|아래)\s*처럼|"
       r"(?:다음|아래)(?:의|에)?\s*(?:표|그림|예시|예제|코드|목록|리스트|명령어?|내용|항목)"
       r"(?:을|를|와|과|이|가|은|는|에서|에|처럼|로|으로|참고|참조)?(?![가-힣])")
# English: 'as follows', 'the following', 'following steps', '(shown) below'.
# (Not 'below 100 ms' nor 'below the threshold': a comparison.)
_EN = (r"\bas follows\b|\bthe following\b|\bfollowing\s+(?:steps?|commands?|table|list|"
       r"example|figure|items?|permissions?|tasks?|actions?|rules?|ways?)\b|"
       r"\b(?:shown|listed|described|given|explained|outlined|defined|illustrated|see|"
       r"noted|detailed|as)\s+below\b|\bbelow\s+(?:is|are)\b|"
       r"\b(?:table|list|figure|diagram|example|code|command|steps?|image|snippet)\s+below\b")
# Japanese: '以下の', '以下のように', '次のように', '次の通り', '下記の', '次に示す'.
# (Not a bound, '1GB以下の': 以下 then opens a line, or follows a particle,
# a space or a mark. Not '次の' alone: '次のリクエスト' is the next one.)
_JA = (r"(?:^|[\sはがをにでとも、。（(「:：])以下(?:の|に示す|に)|"
       r"次(?:のよう|のとおり|の通り|に示す|のもの)|下記")
# Chinese: '如下', '以下是', '下列', '下面的', '下述', '见下'.
_ZH = (r"如下|(?:^|[\s，。、：:（(])以下(?:几|是|为|為|内容|步骤|方式|方法|命令|所示)|"
       r"下列|下面(?:的|是|几|这|所示|列出|列举)|下述|见下|見下")
_POINTER = re.compile("|".join((_KO, _EN, _JA, _ZH)), re.IGNORECASE)
# What a line gives after a colon that follows the pointer: letters enough to
# be the announced content ('as follows: A, B' gives A and B).
_GIVEN = re.compile(r"[:：]\s*\S.{2,}")


# A word every pointer holds: most lines hold none and are told without the
# search (every line a build reads is asked).
_POINTER_WORDS = ("다음", "아래", "follow", "below", "以下", "次", "下記", "如下", "下列",
                  "下面", "下述", "见下", "見下")


def leads_in(text: str) -> bool:
    """Whether the line announces content that follows it, without giving it."""
    folded = text.lower()
    if not any(word in folded for word in _POINTER_WORDS):
        return False
    ends = [m.end() for m in _POINTER.finditer(text)]
    return bool(ends) and not _GIVEN.search(text[ends[-1]:])


# A number label opening the line ('0. 교육 환경 …', '3) …'), or a pointer to a
# numbered part of the document ('see section 3', '3장 참고', '第3章', '3.2節').
# (Not a multiplicity, '1..*', nor a figure, '1.5배'.)
_OPENS_ON_NUMBER = re.compile(r"^\s*\d{1,2}[.)](?:\s+|(?=[^\W\d_]))\S")
_NUMBERED_PART = re.compile(
    r"\b(?:see|refer to|in|from)\s+(?:section|step|chapter|part|lab)\s+\d|"
    r"\d{1,2}(?:\.\d{1,2})?\s*(?:장|절|단계|챕터)(?:을|를|의|에서|에)?\s*(?:참고|참조|에서\s*(?:다룸|설명))|"
    r"(?:第\s*\d{1,2}\s*[章节節]|\d{1,2}(?:\.\d{1,2})?\s*[章節])\s*(?:を参照|参照|参考|で(?:説明|解説))",
    re.IGNORECASE)


_HAS_DIGIT = re.compile(r"\d")


def refers_to_numbered_part(text: str) -> bool:
    """Whether the line opens on another part's number, or points at one."""
    return bool(_OPENS_ON_NUMBER.match(text)
                or (_HAS_DIGIT.search(text) and _NUMBERED_PART.search(text)))


# The words that point back, per language: what the line speaks of was said
# above it ('不满足上述任一条件', '위에서 설명한 방식', '위와 같이', '위처럼',
# 'as mentioned above'), or it says 'this too' of what the line before said
# ('이것 또한 4로 나눔'). Alone, as a clue or a choice, it names nothing the
# question shows. (Not a bound: '3以上の', '100 이상'; nor 'above 100 ms'.)
_BACK_KO = (r"(?<![가-힣])(?:위|앞)(?:와|과)\s*같[이은다아았음습]|"
            r"(?<![가-힣])(?:위|앞)(?:에서)?처럼|"
            r"(?<![가-힣])(?:위|앞)(?:에서|의|서)?\s*"
            r"(?:말한|설명한|언급한|살펴본|다룬|본|제시한|나열한|소개한)(?![가-힣])|상기한|"
            r"(?<![가-힣])(?:이것|그것|이는|그는|이|그)\s*(?:또한|역시)(?![가-힣])")
_BACK_EN = (r"\bthe above\b|\babove-mentioned\b|\bas (?:mentioned|noted|stated|said)\b|"
            r"\b(?:mentioned|described|listed|shown|given|explained|noted|stated|discussed)\s+"
            r"(?:above|earlier|previously)\b|\bas above\b")
_BACK_JA = (r"上記|前述|先述|(?:^|[\sはがをにでとも、。（(「:：])以上"
            r"(?:の(?:よう|通り|とおり|内容|条件)|に述べた|で述べた)|"
            r"(?:^|[\s、。])(?:これ|それ)(?:も|もまた)[、,\s]")
_BACK_ZH = (r"上述|上面(?:所|提到|说)|前面(?:提到|所述|说的|讲的)|(?:^|[\s，。、：:（(])以上"
            r"(?:几|是|为|為|内容|条件|所述|两|三|各)|(?:^|[\s，。、])(?:这|這|那)(?:也|同样|同樣)")
_BACK = re.compile("|".join((_BACK_KO, _BACK_EN, _BACK_JA, _BACK_ZH)), re.IGNORECASE)


# A word every pointer back holds (most lines hold none: told without the search).
_BACK_WORDS = ("위", "앞", "상기", "또한", "역시", "above", "as ", "earlier", "previously",
               "上記", "前述", "先述", "以上", "これ", "それ", "上述", "上面", "前面", "也",
               "同样", "同樣")


# A line opening on a connective goes on from the line before it: 'likewise'
# ('역시 다른 트랜잭션이 …'), 'or' ('或者，如果它是…'), 'also', 'but', 'so'. What
# it adds to, or sets against, is not shown beside it. (Only as the line's
# first word: '높이 또한 픽셀 단위' says what it is about.)
_GOES_ON = re.compile(
    r"^\s*(?:(?:역시|또한|그리고|그래서|하지만|따라서|그러나|그러므로|그런데|게다가|더불어|아울러|"
    r"마찬가지로|한편)(?![가-힣])"
    r"|(?:Also|However|Likewise|Similarly|Therefore|Moreover|Furthermore|Additionally|"
    r"Besides|Otherwise|Meanwhile|Consequently|And|Or|But)\b"
    r"|而且|并且|並且|或者|或是|但是|不过|不過|所以|因此|此外|另外|同时|同時|再者|然而|"
    r"(?:また|しかし|さらに|更に|一方|ところが|同様に|けれども)(?:[、,\s]|は|も)"
    r")")


def points_back(text: str) -> bool:
    """Whether the line speaks of what a line above it said, without saying it,
    or opens on a word that goes on from it."""
    if _GOES_ON.match(text):
        return True
    folded = text.lower()
    return any(word in folded for word in _BACK_WORDS) and _BACK.search(text) is not None


def is_lead_in_or_reference(text: str) -> bool:
    """A lead-in, a pointer back or a numbered reference: no fact of the topic
    on its own. (Not figure_rules.points_elsewhere, which asks of one figure in
    a line.)"""
    return leads_in(text) or points_back(text) or refers_to_numbered_part(text)


# An empty pair of brackets not closing a call ('fork()', 'len()' stay): what
# it held, a link or an aside, is gone ('현재 디렉토리에서 파일을 추가한다()').
_EMPTIED = re.compile(r"(?<![A-Za-z0-9_.])[(\[（]\s*[)\]）]")


def emptied_brackets(text: str) -> bool:
    """Whether the line keeps a pair of brackets whose content was lost."""
    return bool(_EMPTIED.search(text))


# A lead-in's close: a colon, or a pointer ('다음과 같다', '如下', 'the following').
_COLON_END = re.compile(r"[:：]\s*$")
# The subject a lead-in opens on: a few words before its verb ('Goroutines
# are …', 'Kernel threads have …'), or before a Korean or Japanese topic
# particle ('고루틴은 …', 'ゴルーチンは …'; not a verb's '되는', '하는', which
# qualifies the next word).
_SUBJECT = re.compile(
    r"^\s*(?P<en>[A-Z][\w-]*(?:\s+[\w-]+){0,2}?)\s+(?:are|is|have|has|can|offer|provide|support)s?\b"
    r"|^\s*(?P<cjk>\S+(?:\s\S+){0,2}?)(?:은|(?<![하되있없])는|は)\s"
    # Chinese and Japanese write no space after the subject: it is the words
    # before 'has the following …' ('Redis有以下优点：', 'Redisは以下の特徴がある：')
    # or before 'the merits of' ('Redis的特点：', 'Redisの特徴：').
    r"|^\s*(?P<han>[^\s，。、：:,（(]{1,16}?)(?:(?:具有|拥有|有)(?:以下|如下)"
    r"|的(?:特点|特征|特性|优点|缺点|优势|劣势|好处|不足|局限|限制|作用|用途|功能)"
    r"|の(?:特徴|特長|特性|メリット|デメリット|利点|欠点|長所|短所|役割|用途|機能)"
    r"|は(?:以下|次))")
# Words that open a line without naming a subject of their own: the topic
# itself spoken of ('It has …:', 'There are …:', '이는 …', 'これは …'), or a
# label that asks ('Where Redis is stronger:' heads a point of comparison).
_NO_SUBJECT = re.compile(
    r"^\s*(?:it|its|they|their|this|these|those|there|here|we|you|each|some|many|most|all|"
    r"where|when|why|how|what|which|"
    r"이|그|이것|그것|これ|それ)(?![A-Za-z가-힣])"
    # (Chinese and Japanese pronouns and demonstratives: '它有以下优点：', '该方法的
    # 特点：', 'この方式の特徴：' speak of the topic.)
    r"|^\s*(?:它|他|她|其|这|這|该|該|此|本|この|その|あの|これ|それ)", re.IGNORECASE)
_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_WORD = re.compile(r"[^\W_]+")
# Letters two words share at their start to be one word ('subscription',
# 'subscriptions').
_STEM = 5


def _stems(text: str) -> set[str]:
    return {w.lower()[:_STEM] for w in _WORD.findall(text)}


def leads_in_of_another(text: str, names: Sequence[str]) -> bool:
    """Whether the line leads in to a list about something other than the
    topic named `names` ('Goroutines are cheaper when compared to kernel
    threads:' under '## The scheduler'): a clause closing on a colon or a
    pointer, that opens on a subject of its own sharing no word with the
    topic's name, and names the topic nowhere. What it lists is said of that
    subject, not of the topic."""
    stripped = text.strip()
    if not names or not (_COLON_END.search(stripped) or leads_in(stripped)):
        return False
    found = _SUBJECT.match(stripped)
    if found is None or _NO_SUBJECT.match(stripped):
        return False
    subject = _stems(found.group("en") or found.group("cjk") or found.group("han") or "")
    folded = stripped.lower()
    return not any(subject & _stems(bare) or bare.lower() in folded
                   for bare in (_ARTICLE.sub("", name) for name in names) if bare)
