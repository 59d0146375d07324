"""Order of steps from the notes' own ordered lists: which step comes first,
which comes right after a given one, and which listing has them in order.

Only a procedure is asked: an ordered list (numbered 1, 2, 3 … in a row)
whose heading, parent line or lead-in says it is an order ('전송 순서',
'Steps', '流程', '> FLOW 흐름'); then short steps ('구독 생성') are steps too,
not names. A list numbered only to count its members ('DDL, …', 'DML, …';
'InnoDB 存储引擎：…') has no order to learn, however its items read: neither
has a list under a heading that asks which kinds there are, nor one whose
items open on a name and a colon. The choices are steps of
the same list, so they are of one kind and one language by construction.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from bot.notes.model import Deck, Fact, Topic
from bot.quiz.build import make
from bot.quiz.gloss import shown_senses
from bot.quiz.kind_words import opens_on_grade
from bot.quiz.material import is_fragment, is_name, join_crumb
from bot.quiz.phrases import Phrases
from bot.quiz.question import Question
from bot.quiz.text import leans_on_context, refers_back, telling, without_asides

MIN_STEPS = 3
MIN_STEP = 8
# A step under a heading that says 'order' may be short ('구독 생성').
MIN_NAMED_STEP = 4
MAX_STEP = 120
# A step this many times as long as the typical step of its list, and this
# many characters longer, stands out among the choices (it is the one the
# author explained, often the first). Among short steps ('구독 생성', '메시지
# 생성', '구독자에게 메시지 전달') a few characters more set nothing apart.
MAX_STEP_SPREAD = 1.6
MIN_SPREAD_CHARS = 12
# Whole orders are shown as choices only for short steps: four long sentences
# joined by arrows are no longer readable, and differ only deep inside.
MAX_ORDER_STEP = 30
MAX_ORDER_STEPS = 5
ARROW = " → "
MIN_STAGE = 2
# Punctuation inside a stage of a flow: a sentence or a list, not one stage.
_CLAUSE_MARKS = re.compile(r"[,:;.()\[\]`|]")

# A line or title that says the list under it is an order of steps: it ends
# on the word ('전송 순서', 'Setup steps', '执行流程'). Inside a name the word
# says nothing ('AWS Step Functions', 'Flow Control', '프로세스 (Process)').
_ORDER_WORDS = re.compile(
    r"(?:순서|절차|과정|단계|흐름|手順|順序|流れ|ステップ|流程|步骤|顺序|过程)$|"
    r"(?<![A-Za-z])(?:steps|procedure|workflow|sequence)$|"
    # ('There are three main steps to becoming an adjacent router': the steps
    # of something, named after the word.)
    r"(?<![A-Za-z])steps (?:to|for|of) (?=[a-z])|"
    # ('Process', 'Flow' alone name a thing; 'Build process', 'Data flow' an order.)
    r"(?<=[A-Za-z] )(?:process|flow|lifecycle|life cycle)$|"
    # (So with Korean words before the loanword: '객체 생성 프로세스', '배포 프로세스';
    # '프로세스' alone, or in '프로세스 (Process)' read bare of its aside, is the thing.)
    r"(?<=[가-힣] )프로세스$|"
    r"^how to\b",
    re.IGNORECASE)
# A lead-in that ends by pointing at the list ('执行流程如下：', 'The steps are
# as follows:'): the order word stands before the pointer.
_AS_FOLLOWS = re.compile(
    r"(?:\s*(?:如下(?:所示)?|as follows|are|は(?:次|以下)の(?:とおり|通り)(?:です)?|"
    r"(?:은|는)\s*다음과\s*같다))+$", re.IGNORECASE)
# A heading or lead-in that asks which kinds there are ('MySQL 的存储引擎都有
#哪些？', '인스턴스 종류', 'Types of storage'): its list names kinds, in no order.
_ASKS_KINDS = re.compile(
    r"有哪些|哪些|种类|類型|类型|分类|종류|유형|種類|(?<![A-Za-z])(?:types|kinds|categories)(?![A-Za-z])",
    re.IGNORECASE)
# An item that opens on a name and a colon ('InnoDB 存储引擎：…', 'Simple: …')
# defines a kind, whatever the list's heading says.
_NAMED_ITEM = re.compile(r"^(?P<head>[^:：]{1,40}?)\s*[:：]")
# 'Next steps' lists what to study or do next: suggestions, in no order to learn.
_NEXT_STEPS = re.compile(r"next\s+steps?|다음\s*단계|次のステップ|下一步", re.IGNORECASE)
_ARROWS = re.compile(r"->|→|=>|⇒")

# (heading shown above the run, steps, said to be an order, what leads into it:
# the headings above and the line just before the list)
Run = tuple[str, list[Fact], bool, str]


def step_questions(deck: Deck, words: Phrases) -> list[Question]:
    out: list[Question] = []
    for topic in deck.topics():
        crumb = join_crumb(topic.section, topic.title)
        out.extend(_flows(topic, crumb, words))
        out.extend(_rankings(topic, crumb, words))
        for heading, run, said, lead in _runs(topic.facts, crumb, _says_order(topic.title)):
            if not _NEXT_STEPS.search(heading) and _a_sequence(run, said, lead):
                out.extend(_ordered(topic, heading, run, said, words))
    return out


def _runs(facts: Sequence[Fact], crumb: str, said: bool) -> list[Run]:
    """Runs of items numbered 1, 2, 3 … in a row (at any depth), each with the
    breadcrumb that leads to it, whether that line or the line just before the
    list ('> FLOW 흐름', '执行流程如下：') says it is an order, and the nearest
    heading with that line (what leads into the list)."""
    runs: list[Run] = []
    current: list[Fact] = []
    lead = ""  # the line just before the current run
    previous = ""

    def close() -> None:
        if len(current) >= MIN_STEPS:
            # (Only the nearest heading asks which kinds: a section on instance
            # types may hold a launch procedure under a heading of its own.)
            nearest = crumb.rsplit(" > ", 1)[-1]
            runs.append((crumb, list(current), said or _says_order(lead), f"{nearest}\n{lead}"))

    for fact in facts:
        if _numbered(fact) and fact.number == len(current) + 1:
            lead = lead if current else previous
            current.append(fact)
        else:
            close()
            current = [fact] if _numbered(fact) and fact.number == 1 else []
            lead = previous
        previous = fact.text.strip()
        if fact.children:
            runs.extend(_runs(fact.children, join_crumb(crumb, fact.text.strip()),
                              _says_order(fact.text)))
    close()
    # An indented ordered list is read as steps only when its line says so.
    return [(c, r, s, ld) for c, r, s, ld in runs if s or all(f.kind == "step" for f in r)]


def _a_sequence(run: list[Fact], said: bool, lead: str) -> bool:
    """Whether a numbered list is a sequence to learn the order of: its heading
    or lead-in says so ('전송 순서', 'FLOW 흐름'). (Steps that place themselves
    in time, 'First …', '然后 …', would say it too, but they give their own
    place away and lean on the step before: they are never choices.) A list
    numbered only to count its members
    (DDL, DML, DCL, DQL; 'InnoDB 存储引擎：…', 'MyISAM 存储引擎：…') is no
    order however its items read: the key would be where the author happened
    to list each. Items that open on a name and a colon, or a heading that
    asks which kinds there are, make a list of kinds even under an order word."""
    if _ASKS_KINDS.search(lead) or any(_names_a_kind(f.text) for f in run):
        return False
    return said


def _names_a_kind(item: str) -> bool:
    m = _NAMED_ITEM.match(item.strip())
    return m is not None and is_name(m.group("head"))


def _flows(topic: Topic, crumb: str, words: Phrases) -> list[Question]:
    """A line written as a flow of short stages ('publisher -> sns -> sqs ->
    application', '프라이빗 서브넷 -> 라우팅 테이블 -> NAT Gateway -> 인터넷'): the
    notes' own order, asked as which listing has it right. A stage that is a
    clause ('EC2 RAM은 삭제', '1->2->3' after a sentence) makes it no flow of
    stages: the line is left to the other kinds."""
    out: list[Question] = []
    for fact in topic.all_facts():
        flow, context = _flow_of(fact, crumb)
        if flow is None:
            continue
        stages = [s.strip() for s in _ARROWS.split(flow)]
        if not all(_stage(s) for s in stages) or len({s.lower() for s in stages}) != len(stages) \
                or len({opens_on_grade(s) for s in stages}) > 1:
            continue
        orders = _flow_orders(stages)
        if not orders or _crumb_orders(context, stages):
            continue
        question = make("order", sources=["flow", *stages], section=topic.section,
                        topic=topic.title, concept=context, context=context,
                        body=words.flow_order,
                        correct=orders[0], wrong=orders[1:],
                        explanation=_numbered_lesson(stages), source=fact.source)
        if question is not None:
            out.append(question)
    return out


def _flow_of(fact: Fact, crumb: str) -> tuple[str | None, str]:
    """The flow a line writes and the breadcrumb to show over it: the whole
    line, or for a line that names its flow ('kinesis로 데이터 전송 : client ->
    api gateway -> …') the flow after the name, shown under that name (what
    flows where is the name's, not the heading's)."""
    if fact.arrow == "flow":
        return fact.text, crumb
    # ('Flow Logs → CloudWatch Logs → Metric Filter → …': a flow drawn with the
    # arrow the parser leaves to decision guides, which have one arrow.)
    if fact.arrow is None and fact.term is None and fact.kind not in ("pre", "row") \
            and len(_ARROWS.findall(fact.text)) >= MIN_STEPS - 1:
        return fact.text, crumb
    if fact.arrow is None and fact.term and fact.definition \
            and len(_ARROWS.findall(fact.definition)) >= MIN_STEPS - 1 \
            and not _ARROWS.search(fact.term) and not leans_on_context(fact.term):
        return fact.definition, join_crumb(crumb, fact.term.strip())
    return None, crumb


# 'A < B < C': the whole line a chain of one sign. ('>' is left out: notes also
# write menu paths with it, 'EC2 > 인스턴스 > 시작', an order of clicks, not of size.)
_LESS = re.compile(r"\s*<\s*")
RANK = " < "


def _rankings(topic: Topic, crumb: str, words: Phrases) -> list[Question]:
    """A line that ranks short things by '<' ('데이터센터 < 가용영역 < 리전'): the
    notes' own ordering of sizes or scopes, asked as which chain has it right.
    Unlike a flow's, neither end is fixed (either could be the smallest), so
    the wrong chains are swaps and the chain turned round, as for steps."""
    out: list[Question] = []
    for fact in topic.all_facts():
        text = fact.text.strip()
        if fact.kind in ("pre", "row") or fact.arrow is not None or fact.term is not None \
                or "<" not in text \
                or re.search(r"<[-=<]|[-=]>|>", text):
            continue
        stages = _LESS.split(text)
        # (Bare figures, '10 < 20 < 30', rank themselves: nothing to learn.)
        if not all(_stage(s) and re.search(r"[^\W\d_]", s) for s in stages) \
                or len({s.lower() for s in stages}) != len(stages):
            continue
        orders = _orders(stages, RANK)
        if not orders or _crumb_orders(crumb, stages):
            continue
        question = make("order", sources=["rank", *stages], section=topic.section,
                        topic=topic.title, concept=crumb, context=crumb, body=words.rank_order,
                        correct=orders[0], wrong=orders[1:],
                        explanation=text, source=fact.source)
        if question is not None:
            out.append(question)
    return out


def _stage(text: str) -> bool:
    return (MIN_STAGE <= len(text) <= MAX_ORDER_STEP and not _CLAUSE_MARKS.search(text)
            and not refers_back(text) and not leans_on_context(text))


def _says_order(title: str) -> bool:
    plain = _AS_FOLLOWS.sub("", without_asides(title).strip().rstrip(":：").strip())
    return bool(_ORDER_WORDS.search(plain)) and not _NEXT_STEPS.search(plain)


def _numbered(fact: Fact) -> bool:
    return fact.number is not None and fact.kind in ("step", "bullet")


def _readable(text: str, shortest: int) -> bool:
    text = text.strip()
    return (shortest <= len(text) <= MAX_STEP and not is_fragment(text)
            and not leans_on_context(text) and not refers_back(text)
            and "`" not in text and "|" not in text and not _ARROWS.search(text))


def _ordered(topic: Topic, crumb: str, run: list[Fact], said: bool,
             words: Phrases) -> list[Question]:
    texts = [f.text.strip() for f in run]
    shortest = MIN_NAMED_STEP if said else MIN_STEP
    if not all(_readable(t, shortest) for t in texts) or len(set(texts)) != len(texts):
        return []
    # Shown without asides: '(FIN Segment)' on one step alone marks it out.
    texts = [without_asides(t) if len(without_asides(t)) >= shortest else t for t in texts]
    if len(set(texts)) != len(texts) or _one_stands_out(texts) or _crumb_orders(crumb, texts):
        return []
    # Steps of one kind: a line on a grade ('Sev 1 when the whole service is
    # down') written into a response's steps says which grade, no step done in
    # turn; among steps it stands out, and has no place in their order.
    if len({opens_on_grade(t) for t in texts}) > 1:
        return []
    # Things listed by number ('1. Simple: one record', '2. Weighted: …') are no
    # procedure: a step says what is done, it is no term line and, unless the
    # notes call the list an order, no bare name.
    if any(f.term is not None or f.arrow is not None or (not said and is_name(f.text))
           for f in run):
        return []
    explanation = [(t, f"#{i}") for i, t in enumerate(texts, 1)]

    def ask(sources: list[str], body: str, correct: str, wrong: list[str],
            at: Fact) -> None:
        if _points_at(correct, wrong, crumb, body):
            return
        # (Choices that are whole orders are explained by the order itself.)
        lesson = _numbered_lesson(texts) if ARROW in correct else explanation
        question = make("order", sources=sources, section=topic.section, topic=topic.title,
                        concept=crumb, context=crumb, body=body, correct=correct,
                        wrong=wrong, explanation=lesson, source=at.source,
                        asks=[f.source for f in run])
        if question is not None:
            out.append(question)

    out: list[Question] = []
    ask(["first", *texts], words.first_step, texts[0], texts[1:4], run[0])
    if len(texts) >= 4:  # 'after step 1' among three steps leaves one wrong choice
        for i in range(len(texts) - 1):
            wrong = [t for j, t in enumerate(texts) if j not in (i, i + 1)][:3]
            ask(["next", *texts, str(i)], words.next_step + f"\n- {texts[i]}",
                texts[i + 1], wrong, run[i + 1])
    orders = _orders(texts)
    if orders:
        ask(["whole", *texts], words.step_order, orders[0], orders[1:], run[0])
    return out


def _points_at(correct: str, wrong: list[str], crumb: str, body: str) -> bool:
    """The answer alone names what the breadcrumb names ('sns에서 주제 생성' under
    'SNS > 전송 순서'), or alone echoes the step shown in the stem ('메시지 생성'
    shown, '구독자에게 메시지 전달' the answer among steps sharing no word with it).
    Steps of one procedure share words ('생성', 'FIN'): a word the other choices
    share too points at none of them."""
    if shown_senses(correct, crumb) - frozenset().union(*(shown_senses(w, crumb) for w in wrong)):
        return True
    shown = telling(body.partition("\n- ")[2]) if "\n- " in body else frozenset()
    return bool(shown & telling(correct)) and not any(shown & telling(w) for w in wrong)


def _numbered_lesson(texts: Sequence[str]) -> str:
    """The order as the notes give it, one numbered line a step: where each wrong
    listing slips shows at a glance."""
    return "\n".join(f"{i}. {t}" for i, t in enumerate(texts, 1))


def _one_stands_out(texts: list[str]) -> bool:
    lengths = sorted(len(t) for t in texts)
    typical = lengths[:-1][(len(lengths) - 1) // 2]  # the middle one of the rest
    return lengths[-1] > MAX_STEP_SPREAD * typical and lengths[-1] - typical > MIN_SPREAD_CHARS


def _orders(texts: list[str], joint: str = ARROW) -> list[str]:
    """The right order first, then three wrong ones, each one swap or the whole
    list turned round away from it: every wrong order differs from the right one
    where a member who half learned the steps would slip."""
    n = len(texts)
    if not MIN_STEPS <= n <= MAX_ORDER_STEPS or any(len(t) > MAX_ORDER_STEP for t in texts):
        return []
    right = list(range(n))

    def swapped(i: int, j: int) -> list[int]:
        order = list(right)
        order[i], order[j] = order[j], order[i]
        return order

    wrong = [swapped(0, 1), swapped(n - 2, n - 1),
             swapped(1, 2) if n >= 4 else right[::-1]]
    return [joint.join(texts[i] for i in order) for order in (right, *wrong)]


def _flow_orders(stages: list[str]) -> list[str]:
    """A flow's right order, then three wrong ones that keep its ends: a flow
    runs from a source to a sink ('publisher -> … -> application', '프라이빗
    서브넷 -> … -> 인터넷'), and a listing that moves either is absurd to anyone,
    learned or not. Only the middle stages are shuffled, adjacent swaps first;
    a flow whose middle gives fewer than three wrong orders (four stages or
    fewer) is not asked: its question would have one real rival."""
    if not MIN_STEPS <= len(stages) <= MAX_ORDER_STEPS \
            or any(len(s) > MAX_ORDER_STEP for s in stages):
        return []
    middle = list(range(1, len(stages) - 1))
    right = [0, *middle, len(stages) - 1]
    shuffled = [[0, *p, len(stages) - 1] for p in itertools.permutations(middle)]
    # Fewest stages out of place first: where a half-learned flow slips.
    wrong = sorted((o for o in shuffled if o != right),
                   key=lambda o: sum(a != b for a, b in zip(o, right, strict=True)))
    if len(wrong) < 3:
        return []
    return [ARROW.join(stages[i] for i in order) for order in (right, *wrong[:3])]


def _crumb_orders(crumb: str, stages: Sequence[str]) -> bool:
    """The breadcrumb names two or more of the stages in their order ('SNS + SQS
    Fan Out' above 'publisher -> sns -> sqs -> application'): it tells that
    much of the order before the question is read. A stage is named by its
    whole text, or by a telling word no other stage has ('sns에서 주제 생성'
    under 'SNS')."""
    lowered = crumb.lower()
    places: list[int] = []
    for i, stage in enumerate(stages):
        at = _named_at(lowered, stage.lower())
        if at < 0:
            others = frozenset().union(*(telling(s) for j, s in enumerate(stages) if j != i))
            own = sorted(telling(stage) - others)
            found = [p for p in (_named_at(lowered, w) for w in own) if p >= 0]
            at = min(found) if found else -1
        if at >= 0:
            places.append(at)
    return len(places) >= 2 and places == sorted(places)


def _named_at(crumb: str, name: str) -> int:
    """Where `name` stands in the crumb as a word of its own (not 'sns' in
    'snsd'), or -1."""
    m = re.search(rf"(?<![0-9a-z]){re.escape(name)}(?![0-9a-z])", crumb)
    return m.start() if m else -1
