"""Names built of clipped words ('Org Admin Role', 'Config Rules', 'Auth
Server'): a line that says the full word ('if you do not have an
organisation') names the thing as surely as the clipped one would. Between
two rivals that rules one out, or points at it.

Only the common clippings of English technical names, each with its full
forms: a prefix alone would read 'Pro' into 'provides'.
"""

from __future__ import annotations

import re

__all__ = ["clipped_word_said"]

_FULL_FORMS: dict[str, tuple[str, ...]] = {
    "org": ("organization", "organisation", "organizational", "organisational"),
    "admin": ("administrator", "administration", "administrative"),
    "config": ("configuration", "configure"),
    "auth": ("authentication", "authorization", "authorisation", "authenticate", "authorize"),
    "info": ("information",),
    "env": ("environment",),
    "repo": ("repository",),
    "app": ("application",),
    "prod": ("production",),
    "dev": ("development", "developer"),
    "spec": ("specification",),
    "doc": ("document", "documentation"),
    "docs": ("documentation",),
    "cert": ("certificate", "certification"),
    "mgmt": ("management",),
    "ops": ("operations",),
    "async": ("asynchronous",),
    "sync": ("synchronous", "synchronization", "synchronisation"),
    "db": ("database",),
    "msg": ("message",),
    "perf": ("performance",),
    "stats": ("statistics",),
    "temp": ("temporary",),
    "calc": ("calculation", "calculator"),
    "lib": ("library",),
    "pkg": ("package",),
    "req": ("request",),
    "res": ("response", "resource"),
    "sec": ("security",),
    "net": ("network",),
}

_WORD = re.compile(r"[A-Za-z]+")


def _words(text: str) -> set[str]:
    return {word.lower() for word in _WORD.findall(text)}


def clipped_word_said(text: str, name: str, other: str) -> bool:
    """Whether `text` says in full a clipped word of `name` that `other` (the
    name beside it) does not hold: 'organisation' for the 'Org' of 'Org Admin
    Role' beside 'Role Admin Role'."""
    said = _words(text)
    own = _words(name) - _words(other)
    for clipped in own:
        full = _FULL_FORMS.get(clipped, ())
        if any(word.startswith(form) or word.rstrip("s") == form for word in said for form in full):
            return True
    return False
