"""Headings written as a sentence to the reader or as a step to take, which
title a part of the notes and name no thing.

A book's chapter titles talk to the reader ('Things You Need to Get Right',
'Make Sure You Got Them Right', 'Conventions are your friends', '우리가 알아야
할 것'), and a walk-through titles its steps by what to do ('Root 노드에서
시작', '어떤 자식 노드로 내려갈지 결정', 'Start at the root', 'ルートから開始',
'从根节点开始'). Offered as choices, they ask which part of the page a line
was written under: the layout, not the subject. A name is a noun phrase for
a thing ('Root node', 'Binary search', 'Conventions'), and stays one.
"""

from __future__ import annotations

import re

# A word for the reader or the writer: the title speaks to someone.
# (Not 'it', 'they', 'them': 'Keep It Simple' is a principle's name.)
_PERSON = re.compile(
    r"(?<![A-Za-z'’])(?:you|your|yours|yourself|we|our|ours|us|me|my)(?![A-Za-z'’])"
    r"|(?:우리|여러분|당신)(?:가|는|은|의|이|을|를|에게|도)?(?=\s|$)"
    r"|あなた|私たち|僕たち|我们|我們|你们|你們",
    re.IGNORECASE)
# (Not 'I' either: 'Type I error', 'Phase I' number a kind.)
_ASIDE = re.compile(r"\([^()]*\)|（[^（）]*）")
_MIN_WORDS = 3
# A step to take: where to start or go, or what to decide.
_STEP = re.compile(
    r"(?:에서|부터)\s*(?:시작|출발)(?:하기|한다|함)?$"
    r"|(?:으로|로)\s*(?:이동|내려감|내려가기|돌아감|돌아가기)(?:하기|한다|함)?$"
    r"|[\uac00-\ud7a3]지\s*(?:결정|판단|선택)(?:하기|한다|함)?$"
    r"|^(?:start|begin)\s+(?:at|from|with|on|in)\s"
    r"|^(?:go|move|return|jump|proceed|descend)\s+(?:to\s+(?:the|a|an|its|next)\b|back\b|into\b)"
    r"|^make\s+sure\b|^try\s+(?:the|a|an|to|this|it)\b"
    r"|(?:から|より)\s*(?:開始|始める|スタート)$|(?:へ|に)\s*(?:移動|進む|戻る)$"
    r"|^从.+开始$|^(?:移动|跳转|返回)到",
    re.IGNORECASE)


# A clause, not a noun phrase for a thing. Korean: a clause closed by 것 after
# a verb's modifier ending ('Azure가 제공하는 것', '알아야 할 것': the syllable
# before 것 ends on ㄴ or ㄹ, after a word or a syllable: not '날것'), or something to
# try doing ('코드를 다시 잘 읽어보기', '작성한 코드를 정리해보기': -아/어 보기;
# '미리보기', '맛보기' are names) or to do to an object ('데이터를 정렬하기').
# English: a qualification, 'macOS only' ('Read only' names an access mode),
# or two qualities joined by 'but' ('Obscure but useful'). Japanese: a clause
# closed by こと after a verb's kana ('Azureが提供すること').
_KO_CLAUSE_END = re.compile(
    r"(?:[\uac00-\ud7a3]|\S\s)(?P<mod>[\uac00-\ud7a3])\s*것\.?$"
    r"|(?:어|아|여|해|워|와|봐|춰|져|쳐|켜|펴|꿔|눠|둬|줘)\s*보기\.?$"
    r"|[\uac00-\ud7a3][을를]\s+(?:\S+\s+)*\S*[\uac00-\ud7a3]기\.?$")
_EN_CLAUSE = re.compile(r"^(?!(?:read|write|append|view|execute|send|receive)\b)"
                        r"[A-Za-z][\w./+-]*(?:\s+[\w./+-]+)?\s+only$"
                        r"|^\w+\s+but\s+(?:not\s+)?\w+$", re.IGNORECASE)
_JA_CLAUSE_END = re.compile(r"(?<!ひと)(?<=[\u3041-\u3093])こと$")
# English: a statement, its subject (up to four words) then 'is/are/was/were'
# and more ('Ronald Reagan was against', 'Stoics are by no', 'Negotiation was
# difficult'), or a subject, a verb in '-s' and its object's determiner
# ('Philosophy takes an interest in life'). A bullet with lines under it is
# written so as often as a heading: it says something, and names nothing.
# (Read of choices only, by build: a fact line is a statement by nature.)
_EN_STATEMENT = re.compile(
    r"^(?!(?:what|who|why|how|when|where|which|is|are|was|were)\b)[A-Za-z][\w'’.-]*"
    r"(?:\s+[\w'’.-]+){0,3}\s+(?:is|are|was|were)(?:\s+\S+)+$", re.IGNORECASE)
_EN_VERB_OBJECT = re.compile(
    r"^[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+[a-z]{3,}s\s+(?:a|an|the|its|their|his|her|our)\s")


def _modifier(syllable: str) -> bool:
    """A Hangul syllable closing on ㄴ or ㄹ (하는, 할, 된): a verb's modifier."""
    final = (ord(syllable) - 0xAC00) % 28
    return final in (4, 8)


def is_clause(title: str) -> bool:
    """Whether a heading is a clause ('Azure가 제공하는 것', '코드를 다시 잘
    읽어보기', 'macOS only', 'Obscure but useful'), no name of a thing."""
    text = _ASIDE.sub(" ", title).strip()
    match = _KO_CLAUSE_END.search(text)
    if match is not None:
        mod = match.group("mod")
        if mod is None or _modifier(mod):
            return True
    return bool(_EN_CLAUSE.match(text) or _JA_CLAUSE_END.search(text))


def states_something(title: str) -> bool:
    """Whether an English heading or item is a statement ('Ronald Reagan was
    against', 'Philosophy takes an interest in life'), no name of a thing."""
    text = _ASIDE.sub(" ", title).strip()
    return bool(_EN_STATEMENT.match(text) or _EN_VERB_OBJECT.match(text))


def speaks_to_reader(title: str) -> bool:
    """Whether a heading of three words or more speaks to the reader or for
    the writer ('Things You Need to Get Right', '우리가 알아야 할 것')."""
    text = _ASIDE.sub(" ", title).strip()
    return len(text.split()) >= _MIN_WORDS and _PERSON.search(text) is not None


def gives_a_step(title: str) -> bool:
    """Whether a heading tells what to do next ('Root 노드에서 시작', 'Start at
    the root', '어떤 자식 노드로 내려갈지 결정', 'Make sure …')."""
    return bool(_STEP.search(_ASIDE.sub(" ", title).strip()))


# A heading naming the part's role in the notes, not a thing: a quiz or a
# check of what was read (its bullets are a question's options, wrong ones
# too), a side of a discussion ('Argument in favor', 'Critiques', "Doyle's
# own take"), or how to do something ('How to write a job script', 'ジョブ
# スクリプトの書き方', '如何配置', '설정하는 방법'). Whole titles only where
# the word could close a name ('Review' alone, not 'Code review').
_ROLE_WHOLE = re.compile(
    r"(?:knowledge|concept|comprehension|understanding|self|quick|final|practice|review)?"
    r"[\s-]*(?:check|checks|checkpoint|quiz|quizzes|test|exercises?|questions?|review)"
    r"(?:\s*\d+)?"
    r"|check\s+your\s+\w+|test\s+yourself|self[\s-]?(?:test|assessment)"
    r"|(?:the\s+)?(?:arguments?|case|reasons?)\s+(?:in\s+favou?r|for|against|pro|con)(?:\s+of\s+\S.*)?"
    r"|(?:main\s+|common\s+|key\s+)?(?:critiques?|criticisms?|counter[\s-]?arguments?|objections?|"
    r"rebuttals?)"
    r"|(?:[\w.'’-]+(?:'s|’s)\s+|my\s+|our\s+)(?:own\s+)?(?:take|view|views|opinion|thoughts)"
    r"|練習問題|確認問題|演習問題?|小テスト|理解度チェック|练习题?|习题|思考题|测验|自测|"
    r"연습\s*문제|확인\s*문제|퀴즈|복습\s*문제",
    re.IGNORECASE)
_HOW_TO = re.compile(
    r"^how\s+(?:to|do|does|can|should)\s"
    r"|の?(?:書き|使い|やり|作り|読み|調べ|選び|進め)方$|(?:[\u3041-\u3093])方法$"
    r"|^(?:如何|怎么|怎样|怎樣)|的(?:方法|写法|用法)$"
    r"|(?:하는|는)\s*(?:법|방법)$",
    re.IGNORECASE)
# An aside pointing elsewhere in the notes ('性质（345参考上方示例）', 'Ports
# (see above)'): the note-taker's reminder, never part of a name.
_POINTER_ASIDE = re.compile(
    r"[(（][^()（）]*(?:参考|参照|参見|參考|见上|見上|见下|見下|上方|下方|上文|下文|前文|上記|下記|"
    r"前述|後述|참고|참조|위\s*예|아래\s*예|\bsee\b|\bcf\.?|\babove\b|\bbelow\b)"
    r"[^()（）]*[)）]",
    re.IGNORECASE)


# An exam or interview prompt set as a heading ('FCFS 스케줄링에 대해 설명하세요',
# 'Explain the TCP handshake', 'ACIDについて説明せよ', '简述TCP三次握手'): a task
# for the reader, whose answer is the lines below, never a name of a thing.
_PROMPT = re.compile(
    r"(?:설명|서술|비교|정의|기술)\s*(?:하세요|하시오|하라|해\s*(?:보세요|주세요|보자))$"
    r"|^(?:explain|describe|compare|discuss)\s+\S"
    r"|(?:について|を)\s*(?:説明|述べ|比較)(?:せよ|しなさい|してください|してみよう)$"
    # (Bare 解释/说明/描述 open nouns too: 解释器, 解释执行, 说明书, 描述符.)
    r"|^(?:简述|簡述|论述|論述|(?:请|請)(?:解释|解釋|说明|說明|描述|比较|比較))\S{2}",
    re.IGNORECASE)


def titles_a_role(title: str) -> bool:
    """Whether a heading names the part's role (a quiz, a check, a side of a
    discussion, a how-to, an exam prompt) or carries a pointer to elsewhere in
    the notes."""
    if _POINTER_ASIDE.search(title):
        return True
    text = _ASIDE.sub(" ", title).strip().rstrip(":：.?？ ")
    return bool(_ROLE_WHOLE.fullmatch(text) or _HOW_TO.search(text) or _PROMPT.search(text))


def titles_no_thing(title: str) -> bool:
    """A heading that is a sentence to the reader, a step to take, a clause
    or a part's role: never a name to ask or offer."""
    return speaks_to_reader(title) or gives_a_step(title) or is_clause(title) \
        or titles_a_role(title)
