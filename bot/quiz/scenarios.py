"""A need and the thing that meets it, written with an arrow: exam-prep notes
keep their decision guides so ('“Private subnets need S3 without NAT” → S3
gateway endpoint', '**Need outbound-only IPv6 internet?** → **Egress-only
Internet Gateway**').

Such a line is a term line written backwards: the name stands on the right,
what it is for on the left, as the parser already reads 'description -> name'
lines written with '->' (bot.notes.lines). Read the same way, a list of them
is a term group, and matching asks which thing fits each need, among the other
things the same list names.

Only a plain name on the right is read: an answer that combines things ('IGW +
public subnet route'), says what to do ('use A/AAAA ALIAS', '새 CIDR 블록 추가':
its need, '… 불가 시', is then a condition cut from its action) or chains on ('→
16 addresses → 11 usable') is no one thing to choose. A yes/no prompt ('Is
10.0.1.0/24 inside 10.0.0.0/16? → Yes') has no name to choose either. An aside
after the name qualifies it ('NAT Gateway (in a public subnet)', 'Direct
Connect (often with VPN backup)') and is left out; an aside without spaces is
the name's own short form ('Transit Gateway (TGW)') and stays.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.notes.model import Fact
from bot.quiz.material import is_concept_name
from bot.quiz.text import GUIDE_ARROWS

_ARROW = re.compile(r"\s*(?:" + "|".join(GUIDE_ARROWS) + r")\s*")
# A trailing aside of words ('(in a public subnet)', '(or NAT instance, rarely)').
_WORDY_ASIDE = re.compile(r"\s*\([^()]*\s[^()]*\)\s*$")
# The quotes around a scenario quoted from an exam question.
_QUOTES = "“”\"'‘’「」"
# An answer that is a verdict, not a name.
_VERDICT = re.compile(r"^(?:yes|no|true|false|o|x|예|아니오|아니요|네|はい|いいえ|是|否)$",
                      re.IGNORECASE)
# A yes/no prompt opens on an auxiliary verb.
_YES_NO = re.compile(r"^(?:is|are|do|does|did|can|could|will|would|should|has|have)\b",
                     re.IGNORECASE)
# Words that make the right side an instruction or a combination, not a name.
# So do hedges ('often CNAME'): the notes say it is not always the answer.
_NOT_ONE_NAME = re.compile(r"[+,;&]|\b(?:use|using|add|enable|set|with|and|or|then|not|"
                           r"often|usually|typically|generally|sometimes|mostly|rarely|"
                           r"maybe|probably|perhaps)\b", re.IGNORECASE)
# An aside offering another answer ('NACL deny (or WAF at L7)', 'NAT Gateway (or
# NAT instance, rarely)'): the need has more than one right answer.
_ALTERNATIVE = re.compile(r"^\(\s*(?:or|either|또는|혹은|或|または)\b", re.IGNORECASE)
# The same in Korean, Japanese and Chinese: a name closed by an action noun
# ('새 CIDR 블록 추가', 'ルートを追加', '启用加密') says what to do.
_ACTION_TAIL = re.compile(
    r"(?:^|\s|[을를])(?:추가|사용|설정|활성화|비활성화|생성|변경|삭제|적용|구성|선택|교체|"
    r"확장|연결|해제|지정|등록|요청|실행)(?:하기|함|하세요|필요)?$"
    r"|(?:追加|使用|設定|有効化|無効化|作成|変更|削除|適用|選択|添加|启用|禁用|创建|修改|删除|"
    r"配置)(?:する|します)?$")
_MIN_NEED_WORDS = 3
# A sentence on the right ('CIDR blocks must be non-overlapping') says what
# to keep in mind, not which thing to pick.
_CLAUSE = re.compile(r"\b(?:must|should|is|are|be|been|can|cannot|will|won't|has|have)\b",
                     re.IGNORECASE)
# Left sides that are no need: a practice question's option with its
# translation after the arrow ('A) VPC Peering → VPC 피어링'), a command and
# what it does ('`SETNX key value` → 实现分布式锁': the command is the name),
# and a need read against the lines around it ('Most other services').
_OPTION = re.compile(r"^\s*\(?[A-Ea-e][).]\s")
_POINTS_AROUND = re.compile(r"\b(?:(?<!each )others?|rest|remaining|above|below|former|latter)\b",
                            re.IGNORECASE)


def scenario_line(fact: Fact) -> Fact:
    """The fact read as a backwards term line (term: the name on the right,
    definition: the need on the left), when it is one; else as it was."""
    if fact.kind not in ("bullet", "text") or fact.arrow is not None:
        return fact
    if fact.term is not None and not (fact.definition or "").lstrip().startswith(
            GUIDE_ARROWS):
        return fact  # ('Label: a → b' is a term line already, of its label)
    parts = _ARROW.split(fact.text.strip())
    if len(parts) != 2:
        return fact
    need, answer = (_need(parts[0]), _answer(parts[1]))
    if need is None or answer is None:
        return fact
    return replace(fact, term=answer, definition=need, arrow="reversed")


def _answer(text: str) -> str | None:
    name = text.strip().rstrip(".")
    while (aside := _WORDY_ASIDE.search(name)) is not None:
        if _ALTERNATIVE.match(aside.group().strip()):
            return None
        name = name[:aside.start()]
    name = name.strip()
    if not name or _NOT_ONE_NAME.search(name) or _ACTION_TAIL.search(name) \
            or _VERDICT.match(name) \
            or _CLAUSE.search(name) or not is_concept_name(name):
        return None
    return name


def _need(text: str) -> str | None:
    if _OPTION.match(text) or "`" in text or _POINTS_AROUND.search(text):
        return None
    need = text.strip().strip(_QUOTES).strip()
    # The prompt's question mark belongs to the guide's layout ('Need X? →
    # Y'), answered on the line: the need itself is what is left.
    asked = need.endswith(("?", "？"))
    need = need.rstrip("?？").strip().strip(_QUOTES).strip()
    if asked and _YES_NO.match(need):
        return None
    if "?" in need or "？" in need or len(need.split()) < _MIN_NEED_WORDS:
        return None
    return need
