"""Setting values: what a task sets, written as `key: value` lines.

An exercise lists the parameters of what it asks one to build ('- Image:
nginx:1.25', '- Labels: app=web, tier=frontend', '- Namespace: prod'). Read as
a `term : definition` group, each line would ask 'which one does this
describe? nginx:1.25' with Image, Labels and Namespace as the choices: the
value's form names its key (a tag is an image, k=v pairs are labels), and the
question quizzes one task's settings, not a concept. Such a group is a record
of settings, never a list of terms.

A value is a setting when it is written as a literal: key=value pairs, flags,
a path, a name:tag, a dotted host name, a hyphen- or underscore-joined
identifier, a number with its unit, a shell command. Under an exercise (or a
step of one) a single bare token ('prod', 'manual', 'ReadWriteOnce') is one
as well: there it is what the task chose. A descriptive statement ('keeps a
set of pods running') is never one.

The same reading tells how a short choice is written (`written_kind`: code, a
figure, a name): a choice alone of its kind among choices that agree ('FIFO'
among 'isFull', 'enQueue', 'isEmpty') is picked or ruled out by its look, and
so is a definition alone of its kind in a term list (`odd_clue`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

# One literal each; a value is one of them, or several joined by commas.
_LITERALS = (
    r"[\w.-]+=[^\s,]*",  # k=v ('app=web')
    r"--?[A-Za-z][\w-]*(?:[= ][^\s,]+)?",  # a flag ('--dry-run=client', '-n prod')
    r"(?:~|\.{1,2})?/[\w.@~/*-]*",  # a path ('/mnt/data', './certs')
    r"[a-z0-9][\w.-]*(?:/[\w.-]+)*:[\w.-]+",  # name:tag ('nginx:1.25', 'redis:7-alpine')
    r"[a-z0-9-]+(?:\.[a-z0-9-]+)+",  # a dotted host ('example.internal', 'svc.cluster.local')
    # An identifier with a digit or an underscore ('web_app', 'pvc-01'); one of
    # plain words ('memory-heavy', 'read-only') may be a description.
    r"(?=[\w-]*[\d_])[a-z0-9]+(?:[-_][a-z0-9]+)+",
    r"\d[\d.,]*\s?(?:[KMGTP]i?B?|[KMGTP]i|ms|s|m|h|d)",  # a number with its unit ('5Gi')
)
# Figures alone ('3', '1-126', '255.255.0.0', '10.0.0.0/8'): the facts of a
# comparison as often as a task's choice; settings only under an exercise.
_FIGURES_ONLY = re.compile(r"[\d\s.,:/%~-]+")
_LITERAL = re.compile(r"(?:" + "|".join(_LITERALS) + r")")
_LIST = re.compile(r"\s*,\s*")
# A shell command as the value ('kubectl get pods -n prod', '$ docker ps').
_COMMAND = re.compile(r"^(?:\$\s*)?(?:kubectl|docker|helm|git|aws|gcloud|az|curl|systemctl|"
                      r"kubeadm|etcdctl|crictl|ssh|sudo|npm|pip|terraform)\s+\S")
# A single token, no space, as a task's chosen value ('prod', 'ReadWriteOnce').
_TOKEN = re.compile(r"[\w.:/=@+-]+")


@lru_cache(maxsize=1 << 12)
def is_literal(value: str) -> bool:
    """A value written as a literal setting, in any notes ('app=web, tier=frontend',
    '/mnt/data', 'nginx:1.25', 'kubectl get pods')."""
    text = value.strip().strip("`").strip()
    if not text:
        return False
    if _COMMAND.match(text):
        return True
    parts = [p.strip("` ") for p in _LIST.split(text) if p.strip("` ")]
    return bool(parts) and all(_LITERAL.fullmatch(p) and not _FIGURES_ONLY.fullmatch(p)
                               for p in parts)


def is_setting(value: str, *, in_exercise: bool) -> bool:
    """A literal, or under an exercise a single bare token or a figure."""
    text = value.strip().strip("`").strip()
    return is_literal(text) or (in_exercise and bool(_TOKEN.fullmatch(text)
                                                     or _FIGURES_ONLY.fullmatch(text)))


def settings_record(values: Sequence[str], *, in_exercise: bool) -> bool:
    """A group of `key: value` lines that records settings: under an exercise,
    half its values or more are settings (a task mixes them with a sentence:
    'Mount the claim at /data'); elsewhere every value is a literal (a block
    of configuration written as a list)."""
    if not values:
        return False
    if in_exercise:
        return 2 * sum(is_setting(v, in_exercise=True) for v in values) >= len(values)
    return all(is_literal(v) for v in values)


# How a short choice is written: as code (an identifier 'isEmpty', 'push_back',
# 'pop()', a lowercase token 'peek', a literal), as a figure with its unit
# ('30 days', '5 GB'), or as a name ('FIFO', 'Weighted', 'Queue').
_CODE_WORD = re.compile(r"[a-z][a-z0-9]*(?:[A-Z_][A-Za-z0-9_]*)?(?:\(\))?")
_FIGURE = re.compile(r"\d[\d.,]*\s*[^\s\d]{0,8}")
_NAME = re.compile(r"[^\s\d][^\d]*")


def written_kind(choice: str) -> str:
    """'code', 'figure', 'name', or '' for anything else (a statement, a mix)."""
    text = choice.strip().strip("`").strip()
    if len(text) > 40:
        return ""
    if _CODE_WORD.fullmatch(text) or (is_literal(text) and not _FIGURE.fullmatch(text)):
        return "code"
    if _FIGURE.fullmatch(text):
        return "figure"
    if _NAME.fullmatch(text) and len(text.split()) <= 4:
        return "name"
    return ""


def odd_kind(right: str, wrong: Sequence[str]) -> bool:
    """The right choice alone is written as another kind than the wrong ones,
    which agree: 'FIFO' (a principle) among 'isFull', 'enQueue', 'isEmpty';
    '30 days' among names; a method name among names. (Names of two styles,
    'WAF' beside 'Secrets Manager', are one kind; a name with a digit, 'EC2',
    is read as none.)"""
    kinds = {written_kind(w) for w in wrong}
    if len(wrong) < 2 or len(kinds) != 1:
        return False
    theirs, own = kinds.pop(), written_kind(right)
    return bool(theirs) and bool(own) and own != theirs


def odd_clue(own: str, others: Sequence[str]) -> bool:
    """A definition alone of its kind in its list ('nginx:1.25' among
    sentences, a sentence among literals, a figure among names): asked either
    way, its form pairs it with its term."""
    if len(others) < 2:
        return False
    literal = {is_literal(o) for o in others}
    return odd_kind(own, others) or (len(literal) == 1 and is_literal(own) not in literal)
