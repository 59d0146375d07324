"""Assembling a Question from a candidate, and the last mechanical gate."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.notes.model import SourceRef
from bot.quiz.broken_words import typed_apart
from bot.quiz.card_halves import is_card_half
from bot.quiz.cjk_negation import negation_shown
from bot.quiz.combined import combines_others
from bot.quiz.denied_choices import denies_the_other
from bot.quiz.drawings import reads_a_drawing
from bot.quiz.endings import even_name_stops, even_stops, odd_ending, phrase_among_names
from bot.quiz.exclusive import left_by_elimination
from bot.quiz.families import family_among
from bot.quiz.fields import echoed_fields
from bot.quiz.figure_kinds import figureless_alone, odd_figure
from bot.quiz.file_titles import without_file_slug
from bot.quiz.first_letters import even_cases
from bot.quiz.format_marks import mark_alone, mixed_joined_names, words_among_acronyms
from bot.quiz.gloss import (
    expansion_said_alone,
    expansion_spelled_alone,
    expansion_word_alone,
    lemma,
    shown_part_alone,
    spelled_out,
)
from bot.quiz.han import clue_text, han_shown
from bot.quiz.heading_forms import states_something
from bot.quiz.lead_initials import leads_spell_answer
from bot.quiz.lead_ins import emptied_brackets, is_lead_in_or_reference
from bot.quiz.list_choices import one_list_among_statements
from bot.quiz.list_marks import cut_off, without_list_marks
from bot.quiz.name_styles import one_style
from bot.quiz.naming import (
    is_bare_number,
    is_pointer,
    numbered_alike,
    without_sequence_label,
    without_wordless_levels,
)
from bot.quiz.numbered_initials import short_form_shown
from bot.quiz.one_form import one_forms
from bot.quiz.one_script import one_script
from bot.quiz.question import AUTHOR, PAIR, Question, digest, fact_key, question_id, shuffled
from bot.quiz.remarks import about_learning
from bot.quiz.scripts import (
    apart_by_signs,
    crosses_unread_language,
    latin_alone,
    listed_filler_shown,
    listed_translation_shown,
    unread_script,
)
from bot.quiz.setting_values import odd_kind
from bot.quiz.spelled_names import spelled_answer, statement_spells
from bot.quiz.spelling import edits
from bot.quiz.superlatives import best_named
from bot.quiz.symbol_clues import symbol_spells_answer
from bot.quiz.task_lines import sets_a_task
from bot.quiz.text import (
    initials_shown,
    markup_left,
    norm,
    part_initials,
    spelled_acronym,
    without_vendor,
)
from bot.quiz.variety import variety_blank
from bot.quiz.vendors import vendor_shown
from bot.quiz.whole_sentences import broken_off
from bot.quiz.word_family import family


def quote(lines: Sequence[tuple[str, SourceRef]]) -> str:
    """The source passage, as written (where it stands is the question's `source`,
    shown to the deck's maintainer, not to members)."""
    return "\n".join(f"- {text}" for text, _ in lines)


MAX_FACT = 80


def lesson(pairs: Sequence[tuple[str, str]]) -> str:
    """What the notes say about each choice, one line each ("예약 인스턴스 — 1년 또는
    3년 약정"): a member learns why a wrong choice is wrong, not only what was
    right. The right answer itself is said once, by the reply that shows it."""
    lines = []
    for choice, fact in pairs:
        fact = fact.strip()
        if len(fact) > MAX_FACT:
            fact = fact[: MAX_FACT - 1].rstrip() + "…"
        lines.append(f"- {choice} — {fact}" if fact else f"- {choice}")
    return "\n".join(lines)


def make(kind: str, *, sources: Sequence[str], section: str, topic: str, concept: str,
         context: str, body: str, correct: str, wrong: Sequence[str],
         explanation: str | Sequence[tuple[str, str]], source: SourceRef,
         asks: Sequence[SourceRef] = ()) -> Question | None:
    """A question, or None when it fails a mechanical check. `explanation` is the
    text, or (choice, fact) pairs: a lesson in the order the choices are shown.
    `asks`: the lines the question is about (default: `source` alone)."""
    made = assemble(kind, sources=sources, section=section, topic=topic, concept=concept,
                    context=context, body=body, correct=correct, wrong=wrong,
                    explanation=explanation, source=source, asks=asks)
    return made if isinstance(made, Question) else None


# Kinds whose choices are statements about one thing, not names.
_STATEMENT_KINDS = frozenset({"match", "true", "not"})


def assemble(kind: str, *, sources: Sequence[str], section: str, topic: str, concept: str,
             context: str, body: str, correct: str, wrong: Sequence[str],
             explanation: str | Sequence[tuple[str, str]], source: SourceRef,
             asks: Sequence[SourceRef] = (), statements: bool = False) -> Question | str:
    """As `make`, but saying which mechanical check failed ('gate: choices alike').
    `statements`: the choices are statements though the kind may offer names
    (a pair asked by its two definitions), evened as a statement kind's are."""
    qid = question_id(kind, sources)
    # (A name written in two languages is shown in one: see one_form.)
    shown, shown_wrong = one_forms(correct, wrong)
    # (A name alone in its script is shown by the glossary's spelling in the
    # others' script, when it has one: see one_script.)
    shown, shown_wrong = one_script(shown, shown_wrong)
    # (Names of Latin words in one style, 'SERIALIZABLE' beside 'READ_COMMITTED',
    # as the notes write them; else not asked: see name_styles.)
    styled = one_style(shown, shown_wrong)
    if styled is None:
        return "gate: names of mixed styles"
    shown, shown_wrong = styled
    # (A list's closing marks, '；' or ',', are the list's, not the line's: all
    # choices are shown without them; a line ending on a bare '>' or '→' is
    # cut off and neither a choice nor a clue: see list_marks.)
    if any(cut_off(c) for c in (shown, *shown_wrong)):
        return "gate: a cut-off choice"
    if any(cut_off(line) for line in body.splitlines()):
        return "gate: a cut-off line"
    shown, *shown_wrong = without_list_marks([shown, *shown_wrong])
    # (Statements in one first-letter case: a lone capital stands out. Names
    # keep theirs: 'Context Switch' among 'round robin' is told by _odd_form.)
    if kind in _STATEMENT_KINDS or statements:
        evened = even_cases([shown, *shown_wrong], f"{context}\n{body}")
        if evened is None:
            return "gate: an odd first-letter case"
        shown, shown_wrong = evened[0], evened[1:]
        # (A noun among sentences closed by a predicate stands out by its end;
        # a full stop some have and some lack is only levelled.)
        if odd_ending(shown, shown_wrong):
            return "gate: an odd ending"
        stopped = even_stops([shown, *shown_wrong])
        shown, shown_wrong = stopped[0], stopped[1:]
    else:
        # Names: a phrase with its verb among them is of another kind ('정도를
        # 조절' beside '일괄처리'); a full stop one name has and the others lack
        # ('중기 스케줄러.') is the notes' slip, levelled.
        if phrase_among_names([shown, *shown_wrong]):
            return "gate: a phrase among names"
        stopped = even_name_stops([shown, *shown_wrong])
        shown, shown_wrong = stopped[0], stopped[1:]
    if not isinstance(explanation, str):
        renamed = dict(zip((correct, *wrong), (shown, *shown_wrong), strict=True))
        explanation = [(renamed.get(c, c), f) for c, f in explanation]
    correct, wrong = shown, shown_wrong
    choices, answer = shuffled(qid, correct, wrong)
    context = without_file_slug(without_wordless_levels(without_sequence_label(context)),
                                source.file)
    if not context.strip():
        # Nothing to show the question under but a file's slug: a reader meets
        # the question with no notes' words to place it (see file_titles).
        return "gate: no context"
    if not isinstance(explanation, str):
        facts = dict(explanation)
        explanation = lesson([(c, facts.get(c, "")) for c in choices])
    question = Question(
        id=qid, kind=kind, section=section, topic=topic, concept=concept,
        prompt=f"{context}\n{body}", choices=choices, answer=answer,
        explanation=explanation, source=source, source_hash=digest(*sources, explanation),
        context=context, facts=tuple(dict.fromkeys(map(fact_key, asks or (source,)))),
    )
    reason = rejection(question)
    return question if reason is None else f"gate: {reason}"


_PLAIN_ASIDE = re.compile(r"\([^)]*\)")


def _plain(text: str) -> str:
    # The same reading of a choice as the public checker: no parentheses, no case.
    text = _PLAIN_ASIDE.sub(" ", text.lower())
    # (str.split breaks at what a regex's \s matches, three times as fast.)
    return " ".join(text.split()).strip(" .,:;-")


def passes(question: Question) -> bool:
    return rejection(question) is None


def rejection(question: Question) -> str | None:
    """The first mechanical check the question fails (a short name for it, as
    bench.quiz_drops counts them), or None when it passes them all."""
    choices = question.choices
    # (A pair is asked as the two it is; anything else among three or four.)
    fewest = 2 if question.kind == PAIR else 3
    if not fewest <= len(choices) <= (2 if question.kind == PAIR else 4) \
            or not all(c.strip() for c in choices):
        return "choice count"
    if len({_plain(c) for c in choices}) != len(choices):
        return "choices alike"
    if len({norm(c) for c in choices}) != len(choices):
        return "choices alike"
    # A line shown as a fact (a clue, a choice, a blanked sentence) that
    # announces a list it does not give, points at another numbered part of the
    # notes, or speaks of learning the topic: whatever kind picked it up, it
    # says nothing to be known. Nor one that lost what its brackets held.
    # (The author's own exam asks 'which of the following' of its options.)
    shown = _shown_facts(question)
    if question.kind != AUTHOR and any(
            is_lead_in_or_reference(line) or about_learning(line) or emptied_brackets(line)
            or reads_a_drawing(line) for line in shown):
        return "no fact of its own"
    # A clue of bare numbers or signs ('- 1', '- 4', '- 5': a table row shown
    # without its column headers) says nothing a reader can read: what each
    # figure measures was in the headers. (A cloze's sentence has its words.)
    if question.kind != "cloze" and _wordless_clues(question):
        return "no word in the clue"
    # A shown line broken off before its end ('… using dp[w] = max(dp[w]',
    # '… filling a table where', '… 복원할 수 있고'): half a sentence, which
    # stands out as a choice and leans on what was cut as a clue.
    if any(broken_off(line) for line in shown):
        return "a broken sentence"
    # A shown line with a word typed apart into loose jamo is a typo to undo.
    if any(typed_apart(line) for line in shown):
        return "word typed apart"
    # Half of the author's flashcard ('A: …') is asked as the card, not as a
    # line about the section it stands in.
    if question.kind != AUTHOR and any(is_card_half(line) for line in shown):
        return "half of a flashcard"
    # A blanked figure of an exercise's task is its setting, not a rule.
    if question.kind == "cloze" and any(sets_a_task(line) for line in shown if "___" in line):
        return "an exercise's setting"
    right_text = choices[question.answer]
    right = _plain(right_text)
    if len(right) >= 2 and right in _plain(question.prompt):
        return "answer in stem"
    # A name shown with its vendor word ('Amazon MQ') is in the stem when its
    # own name is ('MQTT/AMQP 호환 브로커'): the vendor is read past.
    # (The author's own exam questions name the product as the exam does.)
    bare = _plain(without_vendor(right_text))
    if question.kind != AUTHOR and bare != right and len(bare) >= 2 \
            and bare in _plain(question.prompt):
        return "answer in stem"
    # The answer's initials as a word of the stem ('LB' for LoadBalancer, in a
    # name's clue, a definition or a blanked sentence alike), no other choice
    # having the same: the stem names it by its acronym.
    if initials_shown(right_text, question.prompt, [c for i, c in enumerate(choices)
                                                    if i != question.answer]):
        return "initials shown"
    # Or its initials and number ('P2a/P2b' for Phase 2), either way round.
    if short_form_shown(right_text, question.prompt, [c for i, c in enumerate(choices)
                                                      if i != question.answer]):
        return "initials shown"
    # A clue that is a symbol alone ('記号: M' of a prefix table) opening the
    # answer's reading (メガ) and no other choice's: the symbol names it.
    if question.kind in _NAMES_A_THING and symbol_spells_answer(
            _clue_lines(question), right_text,
            [c for i, c in enumerate(choices) if i != question.answer]):
        return "symbol spells the answer"
    # Clue lines labelled with words whose initials are letters of the
    # answer's capital word ('Resonance:', 'Induction:', 'Orbital:' over
    # *ARIO*), no other choice's: the mnemonic spelled by its lines.
    if question.kind in _NAMES_A_THING and leads_spell_answer(
            _clue_lines(question), right_text,
            [c for i, c in enumerate(choices) if i != question.answer]):
        return "initials of the leads"
    # Of two names, the stem denying a word of the other's ('EC2에 구성하지
    # 않고' beside *NAT Instance*, EC2 being an 'EC2 instance'): ruling one
    # out names the answer.
    if question.kind in _NAMES_A_THING and len(choices) == 2 and denies_the_other(
            _stem(question), right_text,
            [c for i, c in enumerate(choices) if i != question.answer]):
        return "stem denies the other choice"
    # Every word of what an acronym in the answer stands for, in the stem, no
    # other choice holding that acronym: 'an extension of the Hypertext
    # Transfer Protocol' names HTTPS among DHCP and WebSockets.
    # Or the other way round, the asked name's acronym spelled out by the
    # right statement alone ('HTTPS' asked, 'an extension of the Hypertext
    # Transfer Protocol' answering). (A stem that names a thing: no clue
    # lines, no blanked sentence.)
    others = [c for i, c in enumerate(choices) if i != question.answer]
    if expansion_spelled_alone(right_text, _stem(question), others) \
            or (question.kind != "cloze" and "\n- " not in _stem(question)
                and expansion_said_alone(_stem(question), right_text, others)):
        return "expansion spelled out"
    # A name spelled by the clue ('socket statistics' over *ss*, '이름 서버'
    # over *NS*), or a quoted name spelled by the right line alone ('ss'
    # asked, 'socket statistics …' answering), not every other choice so: the
    # one reading of spelled names every kind asks (spelled_names). (A cloze
    # blanks a value; a 'not' question's right choice is the false one.)
    if question.kind not in ("cloze", "not"):
        if spelled_answer(right_text, clue_text(_stem(question)), others):
            return "initials spell the answer"
        asked = _asked_name(question)
        if asked and statement_spells(asked, right_text, others):
            return "initials spell the answer"
    # The right choice's vendor named by the stem, the choices told apart by
    # their vendors: '상품명: GKE' (Google Kubernetes Engine) over *Google
    # Cloud* among AWS and Azure, 'CNI: Amazon VPC CNI' over *AWS*.
    if vendor_shown(question.prompt, right_text, others, spelled_out):
        return "vendor shown"
    # A cloze blanks a value in its own sentence; other kinds pair a clue with a
    # name, which a clue in Chinese or Japanese may translate unseen.
    wrong = [c for i, c in enumerate(choices) if i != question.answer]
    if question.kind != "cloze" and crosses_unread_language(_clue(question), right_text) \
            and not apart_by_signs(_clue(question), right_text, wrong):
        return "unread language"
    if question.kind != "cloze":
        found = _cjk_giveaway(question, right_text, wrong)
        if found:
            return found
    # 'service' (서비스, 服务, サービス) in the stem and in the right choice alone
    # (gloss.filler_alone), as every kind shows it. (Not an author's exam stem,
    # which asks 'Which AWS service …' of every option.)
    if question.kind not in ("cloze", AUTHOR) \
            and listed_filler_shown(right_text, clue_text(_stem(question)), wrong):
        return "filler shown"
    if question.kind == AUTHOR:
        if _root_alone(right_text, _stem(question), wrong):
            return "root shown"
        # (Its acronym or a part of its compound in the stem, no other choice
        # having it: 'RabbitMQ' for *Amazon MQ* among SQS, SNS and Kinesis.)
        if shown_part_alone(right_text, _stem(question), wrong):
            return "part shown"
        # (A word of what its acronym stands for, no other choice saying it:
        # 'Kubernetes' for *Amazon EKS* among ECS and App Runner. A name's
        # only: an option of a sentence says too many words.)
        if len(right_text.split()) <= 4 \
                and expansion_word_alone(right_text, _stem(question), wrong):
            return "expansion shown"
        if _author_stands_out(right_text, wrong):
            return "answer stands out"
    elif question.kind != "cloze":
        if _root_shown(right_text, _stem(question), wrong):
            return "root shown"
        if _inflection_shown(right_text, _stem(question), wrong):
            return "word form shown"
    # A stem or choice that shows markup is no sentence a member reads ('See
    # [[Holes in the Log|Holes in the Log]].'): the notes were read wrong.
    if any(markup_left(text) for text in (question.prompt, *choices)):
        return "markup residue"
    if question.kind not in ("cloze", AUTHOR) and any(_bare_letters(c) for c in choices):
        return "bare letter choice"
    if question.kind != "cloze" and any(_memory_tag(c) for c in choices):
        return "memory tag choice"
    # A pointer to other reading ('참고 2. VPC 구성 시나리오', 'See also', '参考')
    # is the author's aside, whatever kind took it for a name.
    if question.kind != "cloze" and any(is_pointer(c) for c in choices):
        return "pointer choice"
    # Numbers for choices ('6', '4', '7', '5': an OSI table's layer column) under
    # a stem that asks for a thing ('Which one does this describe?'): a value
    # asked as if it were a name. (A cloze blanks a number in its own sentence,
    # an author's card asks its own 'SSH port'.)
    if question.kind in _ASKS_A_THING and all(is_bare_number(c) for c in choices):
        return "bare number choices"
    # One text told apart by a number alone ('エッジケース1', 'エッジケース2'):
    # positions in the author's list, which no name or clue tells apart. (A
    # cloze blanks a value in its own sentence.)
    if question.kind != "cloze" and numbered_alike(right_text, wrong):
        return "numbered labels"
    if question.kind != AUTHOR and _mixed_openings(choices):
        return "mixed openings"
    if _echoes_meaning(question, right_text, wrong):
        return "meaning echo"
    # 'the least page faults among all' for *Optimal*: the clue says what the
    # name means. (A cloze's choices are values, a 'not' question's true ones.)
    if question.kind in _NAMES_A_THING and best_named(right_text, clue_text(_stem(question)),
                                                      wrong):
        return "name's meaning shown"
    # The stem says 'for Linux' and every wrong choice is '… for Windows': the
    # answer is left by elimination. (A 'not' question's wrong choices are true
    # of its concept, and may well name what it is not.)
    if question.kind != "not" and left_by_elimination(_stem(question), right_text, wrong):
        return "left by elimination"
    # One choice alone with (or alone without) a case name's form, 'A v. B'
    # ('Valuing Black Lives', an article, beside 'Seffert v. Los Angeles
    # Transit Lines'): choices of two kinds, one set apart by its look.
    if question.kind in _ASKS_A_THING and _case_form_alone(choices):
        return "one choice odd case form"
    # A choice written as a statement ('Ronald Reagan was against', a bullet
    # over its own lines) beside names, in a question asking which thing a
    # clue describes: it names nothing (heading_forms.states_something).
    if question.kind in _ASKS_A_THING and "\n- " in _stem(question) \
            and any(states_something(c) for c in choices):
        return "choice states something"
    if _stands_out(choices[question.answer], wrong):
        return "answer stands out"
    # Alone with (or alone without) a code span or an address: a command among
    # reasons, told by its backticks. (An author's options are set.)
    if question.kind != AUTHOR and mark_alone(choices[question.answer], wrong):
        return "answer odd mark"
    if question.kind != AUTHOR and words_among_acronyms(choices):
        return "one choice odd shape"
    # 'st1' beside 'gp2/gp3', 'io1/io2': two names in a choice among single
    # names, a choice told by its form. (Names only: statements join words.)
    if question.kind in _NAMES_A_THING and mixed_joined_names(choices):
        return "names of mixed form"
    # 'various ___', '다양한 ___': one of many kinds, which any of the others fills.
    if variety_blank(question.prompt):
        return "blank of many kinds"
    if question.kind not in ("cloze", AUTHOR) and _lacks_shared_opening(right_text, wrong):
        return "answer lacks the others' first word"
    if question.kind != "cloze" and _holds_a_choice(right_text, wrong):
        return "answer holds a choice"
    # (An author's own options may well be 'A and B only' beside 'A only'.)
    if question.kind not in ("cloze", AUTHOR) and combines_others(right_text, wrong):
        return "answer combines others"
    # A wrong choice that is the answer's umbrella, or a kind or part of it
    # (RDS beside Aurora: Aurora is an RDS engine), is true in the real world
    # whatever the notes say.
    if question.kind in _NAMES_A_THING and family_among(right_text, wrong):
        return "family choice"
    if question.kind not in ("cloze", AUTHOR) and one_list_among_statements(choices):
        return "one list among statements"
    # (After the list check: a list among statements is often short too, and
    # its own reason says better what sets it apart.)
    if _stands_out_short(choices[question.answer], wrong):
        return "answer stands out short"
    if _odd_form(choices[question.answer], wrong):
        return "answer odd form"
    if question.kind != "cloze" and _turned_round(choices):
        return "one choice word order"
    # Written as another kind: 'FIFO' among 'isFull', 'enQueue', 'isEmpty', a
    # figure among names. (A cloze's values may be '1' beside 'n' and 'log n'.)
    if question.kind != "cloze" and odd_kind(right_text, wrong):
        return "answer odd kind"
    # (A wrong one alone of its kind, 'LIFO' among 'isEmpty', 'pop', 'isFull',
    # is ruled out by its look: the choices are not of one kind.)
    if question.kind != "cloze" and any(
            odd_kind(c, [o for o in choices if o is not c]) for c in wrong):
        return "one choice odd kind"
    # Sides compared line by line: the lines of each side may be of their own
    # form ('全体の70%' for one, cost statements for the other).
    if question.kind == "versus" and odd_figure(right_text, wrong):
        return "answer odd figure"
    # A statement alone among figures ('本番環境で発見される' among '各リリース前に
    # 2時間' and '週1回': a before-and-after list's lines) is picked by its form.
    # (A cloze blanks a value of its own sentence; an author's options are set.)
    if question.kind not in ("cloze", "versus", AUTHOR) and figureless_alone(right_text, wrong):
        return "answer odd figure"
    # The only choice in its script ('글로벌 엑셀러레이터' among 'Origin Group',
    # 'Price Classes', 'Lambda@Edge'): picked by its language alone.
    # (Or the only one in Chinese or Japanese among English names.)
    scripts = {_script(w) for w in wrong}
    if len(scripts) == 1 and _script(choices[question.answer]) not in scripts:
        return "answer odd script"
    if question.kind != "cloze" and _odd_script_out(choices):
        return "one choice odd script"
    return None if question.explanation.strip() else "no explanation"


# A case's name: two parties around 'v.' or 'vs.' ('McDougald v. Garber').
_CASE_NAME = re.compile(r"\S\s+vs?\.\s+\S")


def _case_form_alone(choices: Sequence[str]) -> bool:
    cases = sum(1 for c in choices if _CASE_NAME.search(c))
    return len(choices) >= 3 and cases in (1, len(choices) - 1)


# Kinds whose choices name things (not statements about one).
_NAMES_A_THING = frozenset({"match", "name", PAIR, "blank"})

# Kinds whose stem asks which thing a description is of.
_ASKS_A_THING = frozenset({"match", "name", PAIR})


# A single letter, or single letters joined by commas or slashes ('U' cut from
# 'U(urgent)', 'R,S,F' among flag names): a label whose meaning the notes spelt
# beside it, not a name one can know. A cloze blanks a value, which may be a
# letter; an author's own choices are the author's to set.
# Latin letters only: one Hangul syllable may be a whole name ('힙', '큐').
_BARE_LETTERS = re.compile(r"[A-Za-z](?:\s*[,/]\s*[A-Za-z])*")


def _bare_letters(choice: str) -> bool:
    return bool(_BARE_LETTERS.fullmatch(choice.strip()))


# A word opening on '@' in Hangul, kana or Han ('혜초 스님 @혜천') is the note
# taker's own memory hook, no part of the name: no code annotation, handle or
# address is written so (those are Latin: '@Override', '@user', 'a@b.com').
_MEMORY_TAG = re.compile(r"(?<![\w.])@[\uac00-\ud7a3\u3040-\u30ff\u4e00-\u9fff]")


def _memory_tag(choice: str) -> bool:
    return bool(_MEMORY_TAG.search(choice))


# Kinds whose stem does not describe the answer: a cloze blanks a value of its own
# sentence, and a 'not' question names a concept its right choice is false of
# (an echo there would lead away from the answer, not to it).
_NO_ECHO_KINDS = frozenset({"cloze", "not"})


def _echoes_meaning(question: Question, right: str, wrong: Sequence[str]) -> bool:
    """The stem and the right choice speak of one subject that no other choice
    does ('비용 부담' and 'S3 요청자 지불' among 수명 주기 규칙, Batch Operations and
    이벤트 알림): the answer is picked by its subject, not known."""
    if question.kind in _NO_ECHO_KINDS:
        return False
    return bool(echoed_fields(right, _stem(question), wrong))


def _odd_script_out(choices: Sequence[str]) -> bool:
    """One name in another script that shares no word with the rest ('Regions'
    beside '엣지 로케이션' and '가용영역', 'Change Set' beside '템플릿' and '스택'):
    choices of mixed styles, and that one is set apart by its look. A shared word
    makes them one family as the notes write it ('S3 Batch Operations' beside
    'S3 수명 주기 규칙')."""
    looks = [_look(_PLAIN_ASIDE.sub("", c)) for c in choices]
    # (A name written in both, 'FIFO 대기열', goes with either.)
    plain = [look for look in looks if look != "both"]
    odd = [i for i, look in enumerate(looks) if look != "both" and plain.count(look) == 1]
    if len(set(plain)) != 2 or len(odd) != 1 or len(plain) < 3:
        return False
    words = [set(re.findall(r"[0-9A-Za-z]{2,}|[\uac00-\ud7a3]{2,}", c.lower())) for c in choices]
    lone = words[odd[0]]
    return not any(lone & w for i, w in enumerate(words) if i != odd[0])


# Words of four letters or more, CamelCase split ('LoadBalancer' -> Load, Balancer).
_LATIN_WORD = re.compile(r"[A-Z]?[a-z]{3,}|[A-Z]{4,}(?![a-z])")
_QUOTED = re.compile(r"'([^']{1,60})'|「([^」]{1,60})」|“([^”]{1,60})”")


def _quoted_names(text: str) -> list[str]:
    """The names a text quotes ('X', 「X」, “X”), in order."""
    return ["".join(groups) for groups in _QUOTED.findall(text)]


# Words that name nothing in particular (a vendor, 'service') and the words of
# the stems' own templates ('Which one does this describe?').
_NO_ROOT = frozenset({"amazon", "service", "services", "with", "from", "that", "this", "which",
                      "does", "describe", "describes", "statement", "what", "true", "value",
                      "fills", "blank", "about", "only"})


def _roots(text: str) -> set[str]:
    """The English words of a text cut to their root: a word and its other forms
    ('ready' / 'readiness', 'loop' / 'loops', 'replicate' / 'replication') share
    it. Four letters at least, so that a root is no everyday syllable."""
    return {w.lower()[: max(4, len(w) - 2)] for w in _LATIN_WORD.findall(text)
            if w.lower() not in _NO_ROOT}


def _shows_root(name: str, text: str) -> set[str]:
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", text)}
    return {r for r in _roots(name) if any(w.startswith(r) for w in words)}


def _shows_form(name: str, text: str) -> set[str]:
    """Roots of the name the text opens a word with, or family roots it shares.
    (Not for the author's own options, `_root_alone`: exam writers repeat the
    scenario's words in another form on purpose.)"""
    return _shows_root(name, text) | (_families(name) & _families(text))


def _families(text: str) -> set[str]:
    """The family roots of a text's English words (word_family): 'Anxiety'
    and 'anxious' share one though neither opens the other ('anxi-' is no
    root of four letters cut from both), as 'Persistence' and 'persist' do."""
    return {family(lemma(w)) for w in _LONG_LATIN.findall(text)
            if w.lower() not in _NO_ROOT and len(family(lemma(w))) >= 4}


def _root_shown(right: str, stem: str, wrong: Sequence[str]) -> bool:
    """Another form of the answer's own word in the stem ('… when all plugins
    signal readiness' for *ready*), or of the asked term in the answer ('Detects
    forwarding loops' for what *loop* does), unless every other choice shows it
    as well (then it points at none)."""
    quoted = _quoted_names(stem)
    if len(right) <= 40:
        shown = _shows_form(right, stem)
    else:
        shown = set().union(*(_shows_form(term, right) for term in quoted)) if quoted else set()
    return bool(shown) and any(not shown <= {r for r in shown if _shows_form(r, w)}
                               for w in wrong)


def _root_alone(right: str, stem: str, wrong: Sequence[str]) -> bool:
    """The author's own question: a word of the stem points at the answer when
    no other choice shows it ('data lake' for *Lake Formation* alone,
    'managing schemas' for '… Crawlers to infer schemas …'); exam writers
    repeat the scenario's words in several options on purpose ('retrieve'
    beside two *Retrieval* classes, 'authentication' beside three ways to
    authenticate, point at none). In a sentence-long answer a word of four
    letters ('access') is too common to point."""
    others = " ".join(wrong).lower()
    shortest = 4 if len(right) <= 40 else 5
    return any(len(root) >= shortest and root[:6] not in others
               for root in _shows_root(right, stem))


def _cjk_giveaway(question: Question, right: str, wrong: Sequence[str]) -> str | None:
    """A Chinese or Japanese word of the stem in the right choice alone ('一棵树'
    beside '二叉树'), or an English word of the right choice alone that the
    Chinese clue may translate ('删除' for 'remove …')."""
    if han_shown(right, _stem(question), wrong):
        return "han word shown"
    # '无状态' beside '有状态' under '不保存…状态': the stem's negation matches
    # the choice's (see cjk_negation).
    if negation_shown(clue_text(_stem(question)), right, wrong):
        return "negation shown"
    if latin_alone(right, _clue(question), wrong):
        return "unread language"
    if listed_translation_shown(right, clue_text(_stem(question)), wrong):
        return "translation shown"
    return None


def _author_stands_out(right: str, wrong: Sequence[str]) -> bool:
    """The author's answer is the one long, careful choice (an exam writer's
    habit): 1.6 times as long as any other, or 1.4 times and twenty characters
    longer, is picked by its look; so is the one choice that gives an example
    ('… (Redis or Memcached) …', '… such as Parquet'), whatever its length."""
    longest = max(len(w) for w in wrong)
    if len(right) >= 40 and len(right) > 1.6 * longest:
        return True
    if len(right) >= 1.4 * longest and len(right) - longest >= 20:
        return True
    return _gives_example(right) and not any(map(_gives_example, wrong))


# Words that open an example ('for example', 'e.g.', 'such as'; '예를 들어',
# '예:'; '例えば', 'など'; '例如', '比如'), in the text or its aside.
_EXAMPLE_WORD = re.compile(
    r"\b(?:for example|for instance|such as|e\.g\.|i\.e\.|including)(?![A-Za-z])|"
    r"예를 들어|예컨대|예:|例えば|たとえば|など|例如|比如|诸如", re.IGNORECASE)
# An aside that only names: an acronym or code, or a list of them ('(OAI)',
# '(Amazon SQS)', '(gp2, gp3)').
_NAMING_ASIDE = re.compile(
    r"\s*(?:[A-Z][A-Za-z]*\s)?[A-Z][A-Z0-9]+(?:\s*[,/]\s*(?:[A-Z][A-Za-z]*\s)?[A-Z][A-Z0-9]+)*\s*|"
    r"\s*[a-z]+[0-9][a-z0-9]*(?:\s*[,/]\s*[a-z]+[0-9][a-z0-9]*)*\s*")


def _gives_example(text: str) -> bool:
    """The choice shows an example or a note in an aside beside what it says
    ('(Redis or Memcached)', '(e.g., /api vs /images)'), not a name's own
    acronym ('(OAI)') or a translation in another script ('지연 시간 (Latency)')."""
    if _EXAMPLE_WORD.search(text):
        return True
    for match in _PAREN_ASIDE.finditer(text):
        aside = match.group(1)
        outside = f"{text[:match.start()]} {text[match.end():]}"
        if aside.strip() and not _NAMING_ASIDE.fullmatch(aside) \
                and _script(aside) == _script(outside) and not _spells_out(aside, outside):
            return True
    return False


_PAREN_ASIDE = re.compile(r"[(（]([^()（）]*)[)）]")
_CAPITALS = re.compile(r"(?<![A-Za-z0-9])[A-Z][A-Z0-9]+(?![A-Za-z0-9])")


def _spells_out(aside: str, outside: str) -> bool:
    """The aside spells out an acronym written outside it ('EKS (Elastic
    Kubernetes Service)'): the name's own, not a note."""
    initials = part_initials(aside.strip())
    return bool(initials) and initials in _CAPITALS.findall(outside)


# Endings of one English word's forms ('addresses', 'addressing'; 'framing',
# 'frame'), longest first.
_ENDINGS = ("ations", "ation", "ings", "ing", "ions", "ion", "ments", "ment", "ers", "er",
            "ances", "ance", "ences", "ence", "es", "ed", "s", "e")


def _word_stem(word: str) -> str:
    word = word.lower()
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 4 \
                and not (ending == "s" and word.endswith("ss")):
            word = word[: -len(ending)]
            break
    return word[:-1] if word.endswith("e") and len(word) > 4 else word


_LONG_LATIN = re.compile(r"[A-Za-z]{4,}")


# Prefixes a word is built on another with ('Reordering' is 'order' again, so
# a clue that buffers 'out-of-order segments' says it). Taken off only where a
# word of five letters is left, whose root keeps four ('design' keeps 'sign'
# whole; 'ordinary' has no prefix and stays no 'order').
_PREFIXES = ("re", "un", "pre", "de")
_AFTER_PREFIX = 5


def _stems(text: str) -> set[str]:
    out: set[str] = set()
    for word in _LONG_LATIN.findall(text):
        low = word.lower()
        if low in _NO_ROOT:
            continue
        out.add(_word_stem(low))
        for prefix in _PREFIXES:
            rest = low[len(prefix):]
            if low.startswith(prefix) and len(rest) >= _AFTER_PREFIX \
                    and len(_word_stem(rest)) >= 4 and rest not in _NO_ROOT:
                out.add(_word_stem(rest))
    return out


def _inflection_shown(right: str, stem: str, wrong: Sequence[str]) -> bool:
    """A name whose word the stem writes in another form ('Addressing' for a
    clue that 'inserts MAC addresses'; 'Framing' for 'builds frames'), unless
    every other choice shares it. (`_root_shown` cuts a word to a prefix, which
    misses a form whose ending is longer than its own: addresses / addressing.)"""
    if len(right) > 40:
        return False
    shown = _stems(right) & _stems(stem)
    return bool(shown) and any(not shown <= _stems(w) for w in wrong)


# A description the notes wrote after a label that opens on a preposition ('Roles:
# for EC2 instances or AWS services'): a continuation, not a statement.
_CONTINUATION = re.compile(r"^(?:for|to|in|on|with|by|from|at|via|of|as|into|onto|within)\s")


def _mixed_openings(choices: Sequence[str]) -> bool:
    """Statements of two kinds: some continue a label ('for EC2 instances …'),
    the others say something ('contains users only'). A reader sees the odd
    ones by their form, whichever is right. (Only for descriptions: names are
    told apart by `_odd_form`.)"""
    if not all(len(c.split()) >= 3 for c in choices):
        return False
    odd = sum(bool(_CONTINUATION.match(c.strip())) for c in choices)
    return 0 < odd < len(choices)


def _stem(question: Question) -> str:
    # The stem without its breadcrumb: a Chinese heading over an English pair
    # ('通用首部字段' above 'Date' and its English gloss) is no translation of it.
    prompt = question.prompt
    if question.context and prompt.startswith(question.context):
        prompt = prompt[len(question.context):]
    return prompt


def _shown_facts(question: Question) -> list[str]:
    """The lines a question shows as facts: the stem's bulleted clues, or its
    sentence when it has no bullets (a blank's), and the choices. (Not the
    breadcrumb, a heading that may well lead in to the list asked, nor the
    template's question.)"""
    stem = _stem(question).strip("\n").split("\n")
    clues = [line[2:] for line in stem if line.startswith("- ")]
    if not clues and question.kind == "cloze":
        clues = [line for line in stem if "___" in line]
    return [*clues, *question.choices]


def _clue_lines(question: Question) -> list[str]:
    """The stem's bulleted clues."""
    stem = _stem(question).strip("\n").split("\n")
    return [line[2:] for line in stem if line.startswith("- ")]


def _wordless_clues(question: Question) -> bool:
    """The stem's bulleted clues are there and none holds a letter of any
    script: figures and signs only, a row's values without what they are."""
    stem = _stem(question).strip("\n").split("\n")
    clues = [line[2:] for line in stem if line.startswith("- ")]
    return bool(clues) and not any(ch.isalpha() for line in clues for ch in line)


def _asked_name(question: Question) -> str:
    """The one quoted name a stem of no clue lines asks about ('Which
    statement describes 'ss'?'), or ''."""
    prompt = _stem(question)
    if "\n- " in prompt:
        return ""
    quoted = _quoted_names(prompt)
    return quoted[0] if len(quoted) == 1 else ""


def _clue(question: Question) -> str:
    prompt = _stem(question)
    # A stem that asks about a term in quotes ('下列哪一项是对“Date”的正确描述？')
    # says nothing else: the term is the clue, not the template's words.
    quoted = _quoted_names(prompt)
    if quoted and "\n- " not in prompt:
        return " ".join(quoted)
    return prompt


_HANGUL = re.compile(r"[\uac00-\ud7a3]")


def _has_hangul(text: str) -> bool:
    return bool(_HANGUL.search(text))


def _script(text: str) -> str:
    if _has_hangul(text):
        return "hangul"
    return "cjk" if unread_script(text) else "other"


_LATIN_PAIR = re.compile(r"[A-Za-z]{2,}")


def _look(text: str) -> str:
    script = _script(text)
    if script == "hangul" and _LATIN_PAIR.search(text):
        return "both"
    return script


def _stands_out(right: str, wrong: Sequence[str]) -> bool:
    """The right choice is by far the longest ('제한시간초과/표시제한시간 (Visibility
    Timeout)' beside 'DLQ' and 'FIFO 대기열'): picked by its look alone."""
    longest = max(len(w) for w in wrong)
    return len(right) >= 20 and len(right) > 2.5 * longest


# A statement choice this long at least is a sentence, whose length a reader
# weighs; and one this share of the shortest other is picked by its look.
_SENTENCE_CHOICE = 20
_SHORT_SHARE = 0.6


def _stands_out_short(right: str, wrong: Sequence[str]) -> bool:
    """The right choice is a short phrase among long sentences ('서버가 연결요청을
    기다리고 있다', 24 characters, beside three of 64 to 95): picked by its look
    as surely as the longest. Every wrong choice is a sentence and the right one
    at most 0.6 of the shortest of them; names (short, of any length) and a
    pair's two sides are left to their own rules."""
    if len(wrong) < 2:
        return False
    shortest = min(len(w) for w in wrong)
    return shortest >= _SENTENCE_CHOICE and len(right) <= _SHORT_SHARE * shortest


# A first word that names: a Latin capital or a digit opens it ('S3', 'Fast',
# 'Private'); a Korean word opening every wrong line ('데이터를 …') is just
# how the notes phrase one list.
_NAMING_OPENING = re.compile(r"^[A-Z0-9]")


def _lacks_shared_opening(right: str, wrong: Sequence[str]) -> bool:
    """Every wrong choice opens on one naming word and the right one does not
    ('Intelligent-Tiering' beside 'S3 Standard-IA', 'S3 One Zone-IA'; 'Slow
    Start' beside 'Fast Retransmit', 'Fast Recovery'): the odd one out is picked
    by its look, or its name comes from another list of the notes."""
    if len(wrong) < 2 or not all(len(w.split()) >= 2 for w in wrong):
        return False
    openings = {w.split()[0] for w in wrong}
    if len(openings) != 1:
        return False
    opening = openings.pop()
    first = right.split()[0] if right.split() else ""
    # (The notes' slip is set right later: 'DyanmoDB Streams' opens as 'DynamoDB'.)
    return bool(_NAMING_OPENING.match(opening)) \
        and edits(first.casefold(), opening.casefold()) > 2


def _holds_a_choice(right: str, wrong: Sequence[str]) -> bool:
    """The right choice is a name that holds a wrong one whole and says more
    ('CloudFront Lambda @ Edge' beside 'Lambda', 'Kinesis'): the longer, more
    particular name reads as the notes' pick, when it is also more than twice
    as long as any other ('Standard-IA' beside 'Standard', 'One Zone-IA' and
    'Non-blocking I/O' beside 'Blocking I/O' are names of one series, each
    as likely). Names only (short choices)."""
    if len(right) > 40 or len(right) <= 2 * max(len(w) for w in wrong):
        return False
    words = _name_words(right)
    for other in wrong:
        held = _name_words(other)
        if not held or len(held) >= len(words) or len(other) > 40:
            continue
        if any(words[k:k + len(held)] == held for k in range(len(words) - len(held) + 1)):
            return True
    return False


def _name_words(text: str) -> list[str]:
    return re.findall(r"[^\W_]+", _ASIDE.sub(" ", text).lower())


# Marks of a name's form: an aside in parentheses, two names joined into one.
_ASIDE = re.compile(r"\([^()]*\)")
_JOINED = re.compile(r"\s[&+]\s|\s(?:and|및)\s|(?<=[^\s\d])/(?=[^\s\d])")


def _last_word(text: str) -> str:
    words = _ASIDE.sub(" ", text).split()
    return words[-1].lower() if words else ""


def _turned_round(choices: Sequence[str]) -> bool:
    """One name written the other way round: the others all end on the same
    words ('단순 라우팅 정책', '가중치 기반 라우팅 정책', 'IP 기반 라우팅 정책') and
    it opens on them ('라우팅 정책 지리적 위치', as the notes happen to write it).
    It stands out by its form, whether it is the answer or a wrong choice that
    the reader rules out by look. Names only (short choices), three others at
    least, and two shared words at least: one word opening a real name ('I/O
    Multiplexing' beside 'Blocking I/O', 'Async I/O') is how such names go."""
    if len(choices) < 4 or any(len(c) > 40 for c in choices):
        return False
    words = [c.split() for c in choices]
    for i, odd in enumerate(words):
        others = [w for j, w in enumerate(words) if j != i]
        tail = _common_tail(others)
        if len(tail) >= 2 and len(odd) > len(tail) and odd[:len(tail)] == tail \
                and odd[-len(tail):] != tail:
            return True
    return False


def _common_tail(names: Sequence[Sequence[str]]) -> list[str]:
    """The last words every name ends on, when each has a word before them."""
    tail: list[str] = []
    shortest = min(len(n) for n in names)
    for k in range(1, shortest):
        ends = {tuple(n[-k:]) for n in names}
        if len(ends) != 1:
            break
        tail = list(next(iter(ends)))
    return tail


def _odd_form(right: str, wrong: Sequence[str]) -> bool:
    """The right choice alone has a mark of form that the others all lack: an
    aside ('고성능 프로세서 인스턴스(컴퓨팅 최적화)' among plain names), two names
    joined ('S3 셀렉트 & Glacier Select', '제한시간초과/표시제한시간'), a name with
    its expansion after a dash ('WAF - Web Application Firewall'), or another
    last word than the one every other choice ends on ('… 인스턴스'). Statements
    are told by their sense, so only names (short choices) are read this way."""
    if len(wrong) < 2 or any(len(c) > 40 for c in (right, *wrong)):
        return False
    for mark in (_ASIDE, _JOINED):
        if mark.search(right) and not any(mark.search(w) for w in wrong):
            return True
    # An acronym and its expansion after a dash or colon ('WAF - Web Application
    # Firewall', 'SQS: Simple Queue Service'); a name and a part of it
    # ('Organizations - SCP') is a name as the notes write it.
    if spelled_acronym(right) and not any(spelled_acronym(w) for w in wrong):
        return True
    # (Two others sharing a last word may be chance: 'Congestion Control', 'Flow
    # Control' beside 'Closing Connection'; three are a pattern.)
    endings = {_last_word(w) for w in wrong}
    return len(wrong) >= 3 and len(endings) == 1 and _last_word(right) not in endings \
        and len(_ASIDE.sub(" ", right).split()) > 1 and all(len(w.split()) > 1 for w in wrong)

