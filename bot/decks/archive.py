"""Reading an upload safely: a `.md` file or a `.zip` of a vault -> DeckFiles.

Nothing is written to disk: entries are read into memory, and only after
every check. Refused (UploadRefused, with a message key for people):
- an upload over MAX_UPLOAD_MB, or anything but .md / .zip;
- a zip that is not one, is encrypted, or holds no .md file;
- entries with an absolute path, a drive letter, `..` or a backslash (zip
  slip), symbolic links (Unix mode in the entry's external attributes);
- more than MAX_ENTRIES entries or MAX_NOTES_FILES notes files, folders
  deeper than MAX_DEPTH;
- a declared unpacked size over MAX_UNPACKED_MB, or an entry whose size is
  more than MAX_RATIO times its compressed size (a zip bomb); the sizes in
  the headers are not trusted either: reading stops at the declared size + 1;
- a notes file that is not UTF-8 (named, with its line) or empty.
Settings and bin folders (.obsidian/, .trash/, any dot folder), macOS's
__MACOSX/ and non-notes files (images, PDFs: attachments) are skipped unread.
"""

from __future__ import annotations

import io
import re
import stat
import zipfile
from pathlib import PurePosixPath

from bot.core.uploads import MAX_DEPTH, MAX_NOTES_FILES, MAX_UNPACKED_MB, MAX_UPLOAD_MB
from bot.core.uploads import UploadRefused as Refused
from bot.decks.files import DeckFiles
from bot.notes.encodings import decode_notes
from bot.notes.loader import GLOSSARY_NAME
from bot.quiz.known_wrong import KNOWN_WRONG_NAME
from bot.quiz.typos import TYPOS_NAME

MB = 1024 * 1024
MAX_ENTRIES = 1000  # notes, images, settings: everything in the zip
MAX_RATIO = 100  # text compresses ~3-10x; 100x is a bomb, not notes
_RATIO_FROM = 64 * 1024  # tiny entries may compress oddly; judge the large ones
_DRIVE = re.compile(r"^[A-Za-z]:")
_NAME = re.compile(r"[^\w.-]+")


def deck_name_of(filename: str) -> str:
    """The deck's name from the uploaded file's name: `AWS notes.zip` -> `AWS-notes`."""
    stem = PurePosixPath(filename.replace("\\", "/")).name
    for suffix in (".zip", ".md", ".markdown"):
        if stem.lower().endswith(suffix):
            stem = stem[: -len(suffix)]
    name = _NAME.sub("-", stem).strip("-.")[:40]
    return name or "notes"


def read_upload(filename: str, data: bytes) -> DeckFiles:
    """The upload's notes, checked; raises UploadRefused."""
    if len(data) > MAX_UPLOAD_MB * MB:
        raise Refused("refuse.too_big", size=f"> {MAX_UPLOAD_MB} MB")
    name = deck_name_of(filename)
    lower = filename.lower()
    if lower.endswith((".md", ".markdown")):
        return DeckFiles(name=name, notes=((PurePosixPath(filename).name, _text(filename, data)),))
    if lower.endswith(".zip") or data[:4] == b"PK\x03\x04":
        return _read_zip(name, data)
    raise Refused("refuse.kind", name=PurePosixPath(filename).name)


def _text(label: str, data: bytes) -> str:
    try:
        text, _ = decode_notes(data)
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise Refused("refuse.not_utf8", file=label, line=str(line)) from None
    if not text.strip():
        raise Refused("refuse.empty_file")
    return text


def _read_zip(name: str, data: bytes) -> DeckFiles:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError):
        raise Refused("refuse.bad_zip") from None
    if len(infos) > MAX_ENTRIES:
        raise Refused("refuse.too_many", n=str(len(infos)))
    total = 0
    wanted: list[tuple[zipfile.ZipInfo, PurePosixPath]] = []
    for info in infos:
        path = _safe_path(info)
        if (
            info.file_size > _RATIO_FROM
            and info.file_size > MAX_RATIO * max(info.compress_size, 1)
        ):
            raise Refused("refuse.bomb", entry=info.filename)
        total += info.file_size
        if total > MAX_UNPACKED_MB * MB:
            raise Refused("refuse.too_large_unpacked", size=f"> {MAX_UNPACKED_MB} MB")
        if info.flag_bits & 0x1:
            raise Refused("refuse.encrypted")
        if info.is_dir() or _skipped(path):
            continue
        wanted.append((info, path))
    notes = [(i, p) for i, p in wanted if p.suffix.lower() in (".md", ".markdown")]
    if not notes:
        raise Refused("refuse.empty")
    if len(notes) > MAX_NOTES_FILES:
        raise Refused("refuse.too_many", n=str(len(notes)))
    root = _common_root([p for _, p in notes])
    texts = [(str(p), _text(str(p), _read(archive, i))) for i, p in sorted(notes, key=_order)]
    glossary = known = typos = None
    for info, path in wanted:
        inside = path.relative_to(root) if root and path.is_relative_to(root) else path
        if str(inside) == GLOSSARY_NAME:
            glossary = (str(path), _text(str(path), _read(archive, info)))
        elif str(inside) == KNOWN_WRONG_NAME:
            known = _text(str(path), _read(archive, info))
        elif str(inside) == TYPOS_NAME:
            typos = (str(path), _text(str(path), _read(archive, info)))
    return DeckFiles(name=name, notes=tuple(texts), glossary=glossary, known_wrong=known or "",
                     typos=typos)


def _safe_path(info: zipfile.ZipInfo) -> PurePosixPath:
    raw = info.filename
    if "\\" in raw or raw.startswith("/") or _DRIVE.match(raw) or "\x00" in raw:
        raise Refused("refuse.unsafe_path", entry=raw)
    path = PurePosixPath(raw)
    if any(part == ".." for part in path.parts):
        raise Refused("refuse.unsafe_path", entry=raw)
    mode = info.external_attr >> 16
    if stat.S_ISLNK(mode):
        raise Refused("refuse.link", entry=raw)
    if len(path.parts) - (0 if info.is_dir() else 1) > MAX_DEPTH:
        raise Refused("refuse.too_deep", entry=raw)
    return path


def _skipped(path: PurePosixPath) -> bool:
    """Settings, bins, macOS resource forks: not notes, never read."""
    return any(part.startswith(".") or part == "__MACOSX" for part in path.parts)


def _read(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    """The entry, never more than its declared size (a lying header is a bomb)."""
    try:
        with archive.open(info) as entry:
            data = entry.read(info.file_size + 1)
    except (zipfile.BadZipFile, NotImplementedError, RuntimeError, OSError, EOFError):
        raise Refused("refuse.bad_zip") from None
    if len(data) > info.file_size:
        raise Refused("refuse.bomb", entry=info.filename)
    return data


def _common_root(paths: list[PurePosixPath]) -> PurePosixPath | None:
    """A vault zipped with its folder (`vault/...`): glossary.yaml sits under it."""
    firsts = {p.parts[0] for p in paths if len(p.parts) > 1}
    if len(firsts) == 1 and all(len(p.parts) > 1 for p in paths):
        return PurePosixPath(next(iter(firsts)))
    return None


def _order(item: tuple[zipfile.ZipInfo, PurePosixPath]) -> str:
    return str(item[1])
