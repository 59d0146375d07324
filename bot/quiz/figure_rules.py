"""Which figures in the notes make a fair cloze, and on which side its wrong
values must lie.

- A number given as an example ("예: 60일 후 이동", "e.g. 30 days", "60일 후에
  Standard-IA로 이동 가능") is a setting someone chose, not a rule to learn; so
  is a count in a made-up case ("2개의 같은 program을 이용하는 경우", "Suppose
  two users …"), in a quoted remark ('「カバレッジ80%なのに本番でバグが出る」') or in a
  concessive or hypothetical frame ('90%인데도', 'even if 3 nodes fail'); see
  remarks.py.
- A stem that holds the answer's arithmetic ("4 KB × 6 = ___") asks for a sum,
  not for knowledge: skip the line when the answer is a product, sum, difference
  or ratio of two other numbers in it, or when it writes an operator between
  numbers.
- A bound makes values on one side true as well: "___ 이상의 도시" holds for any
  smaller number, "최대 ___ 생성" for any smaller count, "___ 이내 복구" for any
  larger time. Wrong values then come from the false side only.
- A line that opens mid-sentence ("of up to ___", "and then ___") lacks its
  premise.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable

from bot.quiz.remarks import conceded, quoted_remark

_EXAMPLE = re.compile(r"예\s*[:)]|예시|예를 들|e\.g\.|\bfor example\b|\bfor instance\b|"
                      r"\bsuch as\b|\bex\)", re.IGNORECASE)
# "60일 후 이동", "after 30 days": a delay someone configures, unless it is a bound.
_DELAY_AFTER = re.compile(r"^\s*(?:후|뒤|이후|지나면|(?:after|later)\b)", re.IGNORECASE)
_BOUND_BEFORE = re.compile(r"(?:최소|최대|적어도|at least|up to|minimum|maximum)\s*$",
                           re.IGNORECASE)
_OPERATOR = re.compile(r"\d\s*(?:[×x*/÷+−=]|\bper\b)\s*\d|[×÷=]", re.IGNORECASE)
# '=>', '==>': an arrow to a consequence ('… 7개만 가질 수 있음 => 큰 앱에는 제한'),
# drawn with an equals sign but no equation.
_ARROW = re.compile(r"=+>")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
# ('no more than', 'not less than': a negated comparison bounds the other way.)
_NEGATED = r"(?<!\bno )(?<!\bnot )"
_LOWER_BEFORE = re.compile(r"(?:최소|적어도|최소한|at least|minimum|min\.?|"
                           r"" + _NEGATED + r"more than|over|(?<![-=])>=?|≥|＞|"
                           r"\bno (?:less|fewer|shorter|smaller|lower) than|"
                           r"\bnot (?:less|fewer|shorter|smaller|lower) than|"
                           r"至少|超过|大于|多于|高于|不少于|不低于|不小于|最少|最低|"
                           r"少なくとも|最低でも|最低|最小|"
                           r"" + _NEGATED + r"(?:longer|greater|larger|higher|bigger) than|"
                           r"above)\s*$",
                           re.IGNORECASE)
# '100MB가 넘는', '1GB을 초과': a particle may stand between figure and bound.
_LOWER_AFTER = re.compile(
    r"^\s*(?:(?:이|가|을|를)\s*)?(?:이상|넘는|넘게|넘으면|초과|or more|\+|plus|以上)",
    re.IGNORECASE)
_UPPER_BEFORE = re.compile(r"(?:최대|최대한|up to|maximum|max\.?|at most|within|"
                           r"\bno (?:more|greater|longer|larger|higher|bigger) than|"
                           r"\bnot (?:more|greater|longer|larger|higher|bigger) than|"
                           r"" + _NEGATED + r"(?:less|fewer|shorter|smaller|lower) than|"
                           r"under|below|最多|至多|最大|最高|最長|最长)\s*$",
                           re.IGNORECASE)
_UPPER_AFTER = re.compile(r"^\s*(?:까지|이하|미만|이내|or less|or fewer|at most|within|"
                          r"以内|以下|未満|之内|まで)",
                          re.IGNORECASE)
# A bound written as a sign or its word ('误差<1%', '< 10 ms', '小于1ms'): the
# value stays below it, so only a smaller bound is a false claim.
_BELOW_SIGN = re.compile(r"(?:<=?|≤|＜|(?<!不)(?:小于|低于|少于)|不超过)\s*$")
_WITHIN_AFTER = re.compile(r"^\s*(?:이내|이하|미만|or less|or fewer)", re.IGNORECASE)
# Time taken or latency: a smaller figure is the stronger (false) claim. So is
# a time named as the time to get data back ('검색 시간 12시간 이내'); '검색' or
# 'retrieved' alone is no sign ('90일 이내 이벤트 검색 가능' is a window).
_TAKES = re.compile(r"소요|걸림|걸리|지연|latency|takes?\b|delay|응답|"
                    r"(?:검색|복구|복원)\s*시간|(?:retrieval|recovery|restore)\s+times?\b|"
                    r"\bRTO\b", re.IGNORECASE)
# Work done, counted: disk or block reads, accesses, comparisons, probes
# ('디스크 접근 횟수 최소화 (4개 이하의 블록 읽기 가능)', 'at most 3 disk reads',
# 'ディスクアクセスは3回以下', '最多比较3次'). A bound on it is a worst case, as a
# time taken is: a larger bound is true as well, a smaller one the false claim.
# (A limit one sets, '재시도 최대 3회', 'up to 5 replicas', 'reads up to 4 KB per
# unit', is no work done.)
_WORK = re.compile(r"접근\s*횟수|비교\s*횟수|탐색\s*횟수|블록\s*(?:을|를)?\s*읽|읽기\s*횟수|"
                   r"디스크\s*(?:접근|읽기|I/O)|"
                   r"\b(?:disk|block|page|memory)\s+(?:reads?|accesses|seeks|I/Os?)\b|"
                   r"\b(?:comparisons|probes)\b|"
                   r"アクセス回数|比較回数|読み込み回数|ディスクアクセス|"
                   r"访问次数|比较次数|读取次数|磁盘访问|磁盘读取", re.IGNORECASE)
# A window back in time or a period kept ('최근 35일 이내 복구 가능', '보존 기간
# 7일 이내'): a larger figure is the false claim.
_WINDOW = re.compile(r"보존|보관\s*기간|기간|최근|retention|retain|\b(?:last|past)\s+\d",
                     re.IGNORECASE)
# 'N 이내', 'within N': a time bound, read as a window or a guarantee.
_WITHIN_BEFORE = re.compile(r"\bwithin\s*$", re.IGNORECASE)
_WITHIN_ONLY_AFTER = re.compile(r"^\s*이내", re.IGNORECASE)
_CAN = re.compile(r"가능|지원|할 수|\bcan\b|\bsupports?\b", re.IGNORECASE)
_CONTINUATION = re.compile(r"^(?:[a-z]|of\b|and\b|or\b|to\b|up to\b|with\b|for\b)")

LARGER, SMALLER, EITHER = 1, -1, 0


# A count in a made-up case ('사용자들이 2개의 같은 program을 이용하는 경우',
# 'Suppose two users run …'): a number picked to tell a story, any other fits.
# In Korean, a count of things ('2개의 …') in a clause closed by 경우/다면/라면;
# in English, a sentence that says it supposes. ('TTL이 0인 경우' states a value
# and stays.)
_COUNTED_THINGS = re.compile(r"^\s*[^\s\d.,;]{0,3}의\s")
_CASE_CLOSE = re.compile(r"^[^.,;!?]*?(?:경우|다면|라면)")
_SUPPOSED = re.compile(r"\b(?:suppose|supposing|imagine|let'?s say|say we have|assume)\b",
                       re.IGNORECASE)


def _made_up_case(text: str, start: int, end: int) -> bool:
    rest = text[end:]
    if _COUNTED_THINGS.match(rest) and _CASE_CLOSE.match(rest):
        return True
    sentence = re.split(r"[.!?]\s", text[:start])[-1]
    return bool(_SUPPOSED.search(sentence))


# A figure the author hedges as usual or typical ('latency is typically under
# 100 ms', '보통 100ms 이하', '一般来说 3 秒以内', '100ms 程度が目安'): a rule of
# thumb, and a near value is as right as the one written. Before the figure in
# its sentence ('Typically, a hit takes 5 ms, a miss 20 ms' hedges both), or
# just after it in its clause.
_TYPICAL_BEFORE = re.compile(
    r"(?:보통|대개|대체로|일반적으로|통상|흔히|평균적으로|경험상|"
    r"\busually|\btypically|\bgenerally|\bcommonly|\boften|\bnormally|\bin general|"
    r"\bin practice|\bon average|\brule of thumb|\bas a rule|\bballpark|"
    r"通常|一般的に|普通は|たいてい|だいたい|大体|おおむね|目安|経験則|"
    r"一般来说|一般而言|一般情况下|通常情况下|大约|大概|经验上)"
    r"(?:[^.;!?。；\n]|\.(?=\d)){0,60}$", re.IGNORECASE)
_TYPICAL_AFTER = re.compile(
    r"^[^,.;:!?。，、；：\n]{0,30}?(?:\b(?:is|are) (?:typical|usual|common|normal)\b|"
    r"\brule of thumb|\bor so\b|(?:이|가)\s*(?:일반적|보통|적당)|정도|가량|"
    r"程度|くらい|ぐらい|前後|が目安|左右)", re.IGNORECASE)


# A figure in an aside after a judgement ('非常に高速（<100ms/テスト）', 'very fast
# (under 100 ms)', '빠름 (약 1ms)', 'Flaky테스트 다발 (성공률 65%)'): the author's
# picture of 'fast' or 'often', which another author draws with another figure.
_JUDGEMENT_ASIDE = re.compile(
    r"(?:\b(?:fast|faster|quick|quicker|slow|slower|cheap|cheaper|expensive|costly|"
    r"frequent|rare|tiny|huge|lightweight)"
    r"|빠름|빠른|빠르다|빠릅니다|느림|느린|저렴|저렴함|비쌈|비싼|잦음|빈번|다발|고속|저속|가벼움|무거움"
    r"|高速|低速|速い|遅い|安い|多発|頻発|軽量|很快|较快|极快|很慢|较慢|频繁|便宜)"
    r"\s*[(（][^()（）]*$", re.IGNORECASE)


def typical_figure(text: str, start: int, end: int) -> bool:
    """The figure at text[start:end] is said to be usual or typical, or pictures
    a judgement in an aside."""
    if _TYPICAL_BEFORE.search(text[:start]) or _TYPICAL_AFTER.match(text[end:]):
        return True
    return bool(_JUDGEMENT_ASIDE.search(text[:start]) and re.match(r"[^()（）]*[)）]", text[end:]))


# An instruction ('컨테이너를 2개 생성해라', '3개 만드세요', '2つ作成せよ', '请创建
# 3 个副本', 'Create 2 containers'): a command given as an example, its count
# the one the speaker picked ('create 3' is as good a command). Korean closes
# on an imperative ending ('…해라', '…하라', '…어라', '…세요', '…시오'; not
# '인프라'), Japanese on 'しろ', 'せよ', 'してください', 'しなさい'; Chinese opens on
# '请'; English opens on a verb of making or running with a count after it.
_IMPERATIVE = re.compile(
    r"(?:[해하어아워져려켜]라|[가-힣]세요|[가-힣]시오|십시오)(?=$|[\s.!)(\]\[\"'”])"
    r"|(?:しろ|せよ|してください|して下さい|しなさい)(?=$|[\s。！!)（(])"
    r"|^\s*请"
    r"|^\s*(?:create|run|launch|start|deploy|add|make|spin up|scale(?: up)?(?: to)?|"
    r"provision|spawn)\s+(?:[\w-]+\s+)?\d",
    re.IGNORECASE)


def _instruction(text: str, start: int) -> bool:
    """The figure at `start` stands in a sentence that gives an instruction."""
    head = re.split(r"(?<=[.!?。！？])\s+", text[:start])[-1]
    tail = re.split(r"(?<=[.!?。！？])\s+", text[start:])[0]
    return bool(_IMPERATIVE.search(head + tail))


def is_example(text: str, start: int, end: int) -> bool:
    if _EXAMPLE.search(text) or _made_up_case(text, start, end):
        return True
    if _instruction(text, start):
        return True
    if typical_figure(text, start, end):
        return True
    if quoted_remark(text, start, end) or conceded(text, start, end):
        return True
    return bool(_DELAY_AFTER.match(text[end:]) and not _BOUND_BEFORE.search(text[:start]))


def bare_numbers(text: str) -> list[float]:
    """Every number written in the text, with a unit or without."""
    out = []
    for m in _NUMBER.finditer(text):
        try:
            out.append(float(m.group(0).replace(",", "")))
        except ValueError:
            continue
    return out


# How far a worked example may be rounded from the exact result.
ROUNDING = 0.005


def shows_arithmetic(text: str, value: float, start: int, end: int) -> bool:
    if _OPERATOR.search(_ARROW.sub(" ", text)):
        return True
    others = bare_numbers(text[:start] + " " + text[end:])
    for a, b in itertools.permutations(others, 2):
        results = (a * b, a + b, a - b, a / b if b else None)
        if any(r is not None and r > 0 and abs(r - value) < 1e-9 for r in results):
            return True
    # A worked example beside a rate ('1 GB 당 3 IOPS, 만약 5,334GB라고 하면
    # 16,000 IOPS를 초과'): the blank follows from the other figures, rounded as
    # an author rounds an example (16,000 / 3 ≈ 5,334).
    for a, b, c in itertools.permutations(others, 3):
        if c and _about(a * b / c, value):
            return True
    if any(b and (_about(a * b, value) or _about(a / b, value))
           for a, b in itertools.permutations(others, 2)):
        return True
    return _percent_change_shown(text, value, start, end)


_PERCENT = re.compile(r"(\d+(?:\.\d+)?)\s*%")
# How far an author's rounded percentage may be from the exact change, in points.
PERCENT_ROUNDING = 1.0


def _change(before: float, after: float) -> float | None:
    return 100 * abs(after - before) / before if before > 0 else None


def _percent_change_shown(text: str, value: float, start: int, end: int) -> bool:
    """A before/after pair beside its change ('850ms → 12ms (-99%)', '2.8GB에서
    1.1GB로 61% 감소'): the blanked figure follows from the other two, rounded as
    an author rounds a percentage."""
    percents = [(m.start(1), m.end(1), float(m.group(1))) for m in _PERCENT.finditer(text)]
    if not percents:
        return False
    blank_is_percent = any(s <= start < e or start <= s < end for s, e, _ in percents)
    plain = [float(m.group(0).replace(",", "")) for m in _NUMBER.finditer(text)
             if not (m.start() < end and start < m.end())
             and not any(s <= m.start() < e for s, e, _ in percents)
             and _is_float(m.group(0))]
    if blank_is_percent:
        return any(_near_percent(_change(a, b), value)
                   for a, b in itertools.permutations(plain, 2))
    return any(_near_percent(_change(a, value), p) or _near_percent(_change(value, a), p)
               for a in plain for _, _, p in percents)


def _near_percent(change: float | None, percent: float) -> bool:
    return change is not None and abs(change - percent) <= PERCENT_ROUNDING


def _is_float(text: str) -> bool:
    try:
        float(text.replace(",", ""))
    except ValueError:
        return False
    return True


def _about(result: float, value: float) -> bool:
    return result > 0 and abs(result - value) <= ROUNDING * value


def false_side(text: str, start: int, end: int) -> int:
    """Where wrong values must lie for the blanked figure."""
    before, after = text[:start], text[end:]
    if _BELOW_SIGN.search(before):
        return SMALLER  # '误差<1%', 'latency < 10 ms': any larger bound is true as well
    if _LOWER_BEFORE.search(before) or _LOWER_AFTER.match(after):
        return LARGER  # "at least N": any smaller N is true as well
    if _UPPER_BEFORE.search(before) or _UPPER_AFTER.match(after):
        if _within(before, after) and _WINDOW.search(text) and not _TAKES.search(text):
            return LARGER  # "최근 35일 이내 복구 가능": a window back in time
        if _TAKES.search(text) or _WORK.search(text):
            return SMALLER  # "응답 10ms 미만": a smaller time is the false claim
        if (_WITHIN_AFTER.match(after) or _within(before, after)) and not _CAN.search(text):
            return SMALLER  # "1분 이내 복구": a guarantee
        return LARGER  # "최대 15개 생성 가능", "35일 이내 복구 가능": a capacity
    return EITHER


# A rule with a threshold ('5GB가 넘는 파일은 반드시 멀티파트 업로드', 'files over
# 100 MB should …'): a larger threshold makes a true rule as well, a smaller one
# may too, depending on the rule. No side is safely false: not asked.
# A requirement reads the same ('16,000 IOPS 이상을 요하는 애플리케이션': one that
# needs 64,000 needs the same volume type).
_RULE = re.compile(r"해야|필요|권장|좋음|좋다|좋습니다|반드시|요하는|요구|\bshould\b|\bmust\b|"
                   r"recommended|\brequir", re.IGNORECASE)
# 'N 이상 … 수 있음': at least N may happen, and so may at least N+1.
_MAY = re.compile(r"수\s*있|가능|\bcan\b|\bmay\b|\bmight\b", re.IGNORECASE)
# A need with a bound leading to a pick ('Need to move 100TB+ quickly → X',
# 'Move 100TB+ with slow internet → X', '10ms 미만 응답 필요 → Y'): a scenario
# that tells which to choose. A larger lower bound (a smaller upper one) makes
# as true a pick, and a nearer one may too: no side is safely false.
_NEED = re.compile(r"\bneeds?\b|\bneeded\b|\brequir|\bwants?\b|필요|요하는|요구|"
                   r"必要|要する|需要|要求", re.IGNORECASE)
_PICK = re.compile(r"→|->|=>|⇒")
# '40여 국가', '약 90개', 'about 400': a line of rough world counts, which grow.
_ROUGH = re.compile(r"\d\s*여(?:\s|개|국|곳|$)|\d\s*남짓"
                    r"|(?:(?<![가-힣])약|대략|\babout|\baround|\broughly)\s*\d", re.IGNORECASE)


# A count of things ('90개', '12명', '3가지'), not a measure (GB, ms, %).
_COUNTED = re.compile(r"(?:개|곳|국|명|건|가지)$")
# A lower bound written as a description ('90개 이상의 도시', '400개가 넘는
# 지점', 'more than 200 services'), not as a stated minimum ('최소 3개').
_OVER_BEFORE = re.compile(r"(?:more than|over|above)\s*$", re.IGNORECASE)
_OVER_AFTER = re.compile(r"^\s*(?:(?:이|가|을|를)\s*)?(?:이상|넘는|넘게|초과|or more|\+)",
                         re.IGNORECASE)


def _bounds_work(text: str, start: int, end: int) -> bool:
    """A bound on work done ('디스크 접근 횟수 최소화 (4개 이하의 블록 읽기 가능)'):
    a worst case, so a larger bound is true as well; and a smaller one is the
    cost of a smaller input, which the line does not give (the notes may give
    it beside: '보통 3개 이하의 블록만 읽으면 됨'). No value is safely false."""
    before, after = text[:start], text[end:]
    bound = (_LOWER_BEFORE.search(before) or _LOWER_AFTER.match(after)
             or _UPPER_BEFORE.search(before) or _UPPER_AFTER.match(after)
             or _BELOW_SIGN.search(before))
    return bool(bound and _WORK.search(text))


def _within(before: str, after: str) -> bool:
    return bool(_WITHIN_ONLY_AFTER.match(after) or _WITHIN_BEFORE.search(before))


def ambiguous_within(text: str, start: int, end: int) -> bool:
    """'N 이내 … 가능', 'can … within N' reads as a window ('35일 이내 복구 가능':
    a larger N is false) or as a guarantee ('12시간 이내에 검색 가능': a larger
    N is true as well). Unless the line says which (a time taken, a period
    kept or looked back on), neither side is safely false."""
    before, after = text[:start], text[end:]
    if not _within(before, after):
        return False
    takes, window = bool(_TAKES.search(text)), bool(_WINDOW.search(text))
    # (Both signs at once say nothing sure either.)
    return takes == window and (takes or bool(_CAN.search(text)))


def threshold_rule(text: str, start: int, end: int) -> bool:
    """No side of the figure is safely false: a rule or requirement with a
    threshold, a lower bound on what may happen, a line of rough counts, a
    count said to be over a figure ('90개 이상의 도시': a smaller count is true
    as well, and a larger one is true or soon will be, since such counts grow),
    a time bound that may be a window or a guarantee, a bound on work done."""
    before, after = text[:start], text[end:]
    if ambiguous_within(text, start, end):
        return True
    if _bounds_work(text, start, end):
        return True
    bound = _LOWER_BEFORE.search(before) or _LOWER_AFTER.match(after)
    if bound and (_RULE.search(after) or _MAY.search(after)):
        return True
    upper = _UPPER_BEFORE.search(before) or _UPPER_AFTER.match(after) \
        or _BELOW_SIGN.search(before)
    if (bound or upper) and (_PICK.search(after) or _NEED.search(text)):
        return True
    if _COUNTED.search(text[start:end]) and (_OVER_BEFORE.search(before)
                                             or _OVER_AFTER.match(after)):
        return True
    return bool(_ROUGH.search(text))


# '까지' right after the top of a range: the range's ceiling, written as one.
_CEILING_AFTER = re.compile(r"^\s*까지")


def range_ceiling(text: str, end: int) -> bool:
    """The top of a range that may be set or reached ('보존 기간은 1일부터 35일까지
    설정 가능'): a maximum, asked as '최대 35일' would be (wrong values above it
    only, since false_side reads '까지' as a capacity). Not a time taken ('24시간에서
    72시간까지 소요': the span of a duration), nor a range without '까지' ('1~5분
    이내', '1일~1년'), whose ends are read together."""
    return bool(_CEILING_AFTER.match(text[end:]) and _CAN.search(text)
                and not _TAKES.search(text))


def lacks_premise(text: str) -> bool:
    return bool(_CONTINUATION.match(text.strip()))


# A figure said of what the line points at and the question does not show ('이
# ___을(를) 알고 있으면', '다음과 같이 ___의 서브넷을', 'these ___ steps', 'as
# follows'): the count is of a list or a picture elsewhere.
_POINTING_BEFORE = re.compile(
    r"(?:^|\s)(?:이|그|저|위|아래|다음|these|those|the following|following|above|below)\s*$",
    re.IGNORECASE)
# ('아래와': 아래 ends on a vowel, and takes 와 where 다음 takes 과.)
_POINTING_LINE = re.compile(r"(?:다음과|아래와)\s*같[이은다]|\bas follows\b|\bthe following\b",
                            re.IGNORECASE)


def points_elsewhere(text: str, start: int) -> bool:
    return bool(_POINTING_BEFORE.search(text[:start]) or _POINTING_LINE.search(text))


# Units that number layers of a model ('7계층'): the notes write the model's
# layers, and a number above the top one is no layer.
LAYER_UNITS = frozenset({"계층"})
_LAYER_MENTION = re.compile(
    r"(?<![A-Za-z0-9])L([1-9])(?![0-9])|\blayer\s*([1-9])(?![0-9])|레이어\s*([1-9])(?![0-9])"
    r"|(?<![0-9.])([1-9])\s*계층", re.IGNORECASE)


# The OSI model has seven layers whichever of them the notes write.
_OSI = re.compile(r"(?<![A-Za-z])OSI(?![A-Za-z])")
OSI_LAYERS = 7


def highest_layer(texts: Iterable[str]) -> float:
    """The top layer number the notes write ('7계층', 'L4', 'Layer 3'), or the
    OSI model's top layer when they name that model."""
    top = 0
    for text in texts:
        if _OSI.search(text):
            top = max(top, OSI_LAYERS)
        for m in _LAYER_MENTION.finditer(text):
            top = max(top, int(next(g for g in m.groups() if g)))
    return float(top)


# A conclusion the line draws ('… 1씩 늘려준다. 즉, 한 주기가 지나면 ___',
# 'O(1+2t)의 비용, 즉 O(___)', '… three AZs, so ___ copies'): what follows the
# marker is worked out from what stands before it.
_CONCLUSION = re.compile(
    r"(?<![가-힣])(?:즉|따라서|그러므로|그래서|그러니까|결국)(?![가-힣])|때문에|"
    r"\b(?:i\.e\.|that is|therefore|thus|hence)|[,;]\s*so\b|"
    r"つまり|したがって|従って|すなわち|因此|所以|从而|也就是说",
    re.IGNORECASE)
# A figure before the marker: digits, or a count in words.
_PREMISE_FIGURE = re.compile(r"\d|(?<![가-힣])(?:하나|둘|셋|넷|한|두|세|네)\s?(?:개|가지|번|씩)|"
                             r"\b(?:one|two|three|four|five|once|twice|double|half)\b",
                             re.IGNORECASE)


def drawn_from_figures(text: str, start: int) -> bool:
    """The blank at `start` stands in a conclusion the line draws from a figure
    written before it: the reader works the answer out from the stem."""
    before = text[:start]
    return any(_PREMISE_FIGURE.search(before[: m.start()])
               and not _SENTENCE_END.search(before[m.end():].lstrip("!,:. "))
               for m in _CONCLUSION.finditer(before))


# (A conclusion ends with its sentence: a blank in the next one is no part of it.
# A mark right after the marker, '즉!', 'i.e.,', stresses it.)
_SENTENCE_END = re.compile(r"[.!?。！？](?:\s|$)")
