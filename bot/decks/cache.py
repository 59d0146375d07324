"""Built question banks kept on disk between starts.

Every process of the bot (each Discord shard, each Slack worker, every
restart) builds the banks of the decks it serves, a second or more of CPU a
deck. A bank depends only on the deck's files and on the generator's code, so
a process may read the bank another one built:

- the key hashes the deck's inputs (its notes files as read, the glossary, the
  known-wrong list, typos.txt, the deck's name, the id prefix) and the
  generator's code (the sources and data files of bot/quiz and bot/notes, and
  this package's builder), with the Python and Unicode versions that read them;
- the value is the questions as JSON, written to a temporary file in the cache
  folder and renamed over the entry, so a reader sees a whole file or none, and
  two processes writing at once leave one of their (equal) files;
- any read error, a file of another format or key, or a question that does not
  read back whole, is a miss: the bank is built again (and written again).

Core code imports nothing from here: the composition root hands a `BankCache`
to the deck builder (bot/decks/build.py).
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import logging
import os
import sys
import tempfile
import unicodedata
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from bot.decks.files import DeckFiles
from bot.notes.model import SourceRef
from bot.quiz.question import Question

log = logging.getLogger(__name__)

# Bumped when the file's layout changes (not for the generator's code: its
# fingerprint is part of every key).
FORMAT = 1
_PREFIX = "bank-"
_SUFFIX = ".json"
_TEMP = ".tmp"
# A temporary file this old is left over from a process that died writing it.
_STALE_TEMP_SECONDS = 3600.0

_BOT = Path(__file__).resolve().parent.parent
# What the questions are built by: the notes reader, the generator, the builder,
# and the one core module they read (the final-consonant rule Korean particles
# follow). tests/decks/test_decks_bank_cache.py checks that every bot module the
# reader and the generator import is named here.
_CODE = (_BOT / "notes", _BOT / "quiz", _BOT / "decks" / "build.py",
         _BOT / "core" / "particles.py")
# And the files they read from other packages: PyYAML's (the glossary) and
# pyspellchecker's English word list (bot/quiz/spelling.py). A package's
# __init__.py names its version; found without importing the package.
_PACKAGE_FILES = (("yaml", "__init__.py"), ("spellchecker", "__init__.py"),
                  ("spellchecker", "resources/en.json.gz"))


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """A hash of the generator's code and data files ("" when they cannot be
    read, e.g. from a zip: no cache then, rather than one that never goes stale)."""
    digest = hashlib.sha256()
    digest.update(f"{sys.version_info[:2]} {unicodedata.unidata_version}\n".encode())
    found = 0
    for root in _CODE:
        paths = [root] if root.is_file() else sorted(root.rglob("*"))
        for path in paths:
            if not path.is_file() or "__pycache__" in path.parts:
                continue
            try:
                data = path.read_bytes()
            except OSError:
                return ""
            where = path.relative_to(_BOT).as_posix().encode()
            digest.update(len(where).to_bytes(8, "big") + where)
            digest.update(len(data).to_bytes(8, "big") + data)
            found += 1
    for package, file in _PACKAGE_FILES:
        data = _package_file(package, file)
        digest.update(f"{package}/{file} {len(data)}\n".encode() + data)
    return digest.hexdigest() if found else ""


def _package_file(package: str, name: str) -> bytes:
    """A file inside an installed package (b"" when there is none)."""
    try:
        spec = importlib.util.find_spec(package)
        if spec is None or spec.origin is None:
            return b""
        return Path(spec.origin).parent.joinpath(*name.split("/")).read_bytes()
    except (ImportError, ValueError, OSError):
        return b""


def deck_key(files: DeckFiles, id_prefix: str, code: str) -> str:
    """The hash of everything a deck's bank is built from."""
    inputs = [
        FORMAT,
        code,
        files.name,
        [list(pair) for pair in files.notes],
        list(files.glossary) if files.glossary is not None else None,
        files.known_wrong,
        list(files.typos) if files.typos is not None else None,
        id_prefix,
    ]
    # ensure_ascii: a lone surrogate (a badly encoded file) hashes too.
    return hashlib.sha256(json.dumps(inputs, ensure_ascii=True).encode()).hexdigest()


def _record(question: Question) -> dict[str, object]:
    return {
        "id": question.id,
        "kind": question.kind,
        "section": question.section,
        "topic": question.topic,
        "concept": question.concept,
        "prompt": question.prompt,
        "choices": list(question.choices),
        "answer": question.answer,
        "explanation": question.explanation,
        "file": question.source.file,
        "line": question.source.line,
        "source_hash": question.source_hash,
        "context": question.context,
        "back": question.back,
        "facts": list(question.facts),
    }


class _Unreadable(Exception):
    """A cache file that is not what this code writes."""


def _text(record: dict[str, object], name: str) -> str:
    value = record.get(name)
    if not isinstance(value, str):
        raise _Unreadable(name)
    return value


def _number(record: dict[str, object], name: str) -> int:
    value = record.get(name)
    if not isinstance(value, int) or isinstance(value, bool):
        raise _Unreadable(name)
    return value


def _texts(record: dict[str, object], name: str) -> tuple[str, ...]:
    value = record.get(name)
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise _Unreadable(name)
    return tuple(value)


def _question(record: object) -> Question:
    if not isinstance(record, dict):
        raise _Unreadable("question")
    choices, answer = _texts(record, "choices"), _number(record, "answer")
    if not -1 <= answer < len(choices):  # (-1: a flashcard's)
        raise _Unreadable("answer")
    return Question(
        id=_text(record, "id"),
        kind=_text(record, "kind"),
        section=_text(record, "section"),
        topic=_text(record, "topic"),
        concept=_text(record, "concept"),
        prompt=_text(record, "prompt"),
        choices=choices,
        answer=answer,
        explanation=_text(record, "explanation"),
        source=SourceRef(file=_text(record, "file"), line=_number(record, "line")),
        source_hash=_text(record, "source_hash"),
        context=_text(record, "context"),
        back=_text(record, "back"),
        facts=_texts(record, "facts"),
    )


class BankCache:
    """Banks by deck key in `folder` (made when first written). `code` is the
    generator's fingerprint (code_fingerprint() unless given: tests)."""

    def __init__(self, folder: Path, *, code: str | None = None) -> None:
        self.folder = folder
        self._code = code

    @property
    def code(self) -> str:
        return code_fingerprint() if self._code is None else self._code

    def _path(self, files: DeckFiles, id_prefix: str, key: str) -> Path:
        return self.folder / f"{_PREFIX}{_slot(files.name, id_prefix)}-{key}{_SUFFIX}"

    def get(self, files: DeckFiles, id_prefix: str = "") -> tuple[Question, ...] | None:
        """The deck's bank as built before by this code, or None."""
        code = self.code
        if not code:
            return None
        key = deck_key(files, id_prefix, code)
        path = self._path(files, id_prefix, key)
        try:
            data = json.loads(path.read_bytes())
            if not isinstance(data, dict) or data.get("format") != FORMAT \
                    or data.get("key") != key or not isinstance(data.get("questions"), list):
                raise _Unreadable("header")
            return tuple(_question(record) for record in data["questions"])
        except FileNotFoundError:
            return None
        except (OSError, ValueError, TypeError, _Unreadable) as exc:
            # (ValueError: not JSON, or not UTF-8.)
            log.warning("bank cache %s unreadable (%s): building the bank again", path.name, exc)
            return None

    def put(self, files: DeckFiles, questions: Sequence[Question], id_prefix: str = "") -> None:
        """Keep the deck's bank (whole or not at all); a folder that cannot be
        written only costs the next start a build."""
        code = self.code
        if not code:
            return
        key = deck_key(files, id_prefix, code)
        path = self._path(files, id_prefix, key)
        body = json.dumps({"format": FORMAT, "key": key,
                           "questions": [_record(q) for q in questions]},
                          ensure_ascii=True, separators=(",", ":"))
        temp = ""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            fd, temp = tempfile.mkstemp(prefix=f".{path.stem}.", suffix=_TEMP, dir=self.folder)
            with os.fdopen(fd, "w", encoding="ascii") as out:
                out.write(body)
                out.flush()
                os.fsync(out.fileno())
            os.replace(temp, path)
            temp = ""
        except OSError as exc:
            log.warning("bank cache %s not written: %s", path.name, exc)
            return
        finally:
            if temp:
                Path(temp).unlink(missing_ok=True)
        self._prune(path, _slot(files.name, id_prefix))

    def _prune(self, kept: Path, slot: str) -> None:
        """The deck's earlier banks (older notes or code), and temporary files
        left by a process that died writing."""
        # Ages by the filesystem's clock (the bank just written), not the
        # process's: the two may differ (a moved clock, a network share), and a
        # file another process is writing now must never read as stale.
        try:
            now = kept.stat().st_mtime
        except OSError:
            return  # (another process replaced it: it prunes)
        try:
            paths = list(self.folder.iterdir())
        except OSError:
            return  # (the folder went away)
        for path in paths:
            name = path.name
            try:
                old_bank = name.startswith(f"{_PREFIX}{slot}-") and name.endswith(_SUFFIX) \
                    and path != kept
                old_temp = name.startswith(f".{_PREFIX}") and name.endswith(_TEMP) \
                    and now - path.stat().st_mtime > _STALE_TEMP_SECONDS
                if old_bank or old_temp:
                    path.unlink(missing_ok=True)
            except OSError:
                continue  # (another process renamed or pruned it first)


def _slot(name: str, id_prefix: str) -> str:
    """The deck's place in the folder: one bank a deck name and id prefix."""
    return hashlib.sha256(f"{name}\x1f{id_prefix}".encode(errors="surrogatepass")).hexdigest()[:12]
