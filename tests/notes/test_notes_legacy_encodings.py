"""Notes saved in a Korean, Japanese or Chinese legacy code page are read as
their own text, never as another script's soup; other bytes stay an error."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from bot.decks.archive import read_upload
from bot.notes.encodings import decode_notes
from bot.notes.loader import NotesError, load_deck, read_text

ROOT = Path(__file__).resolve().parents[2]
STUDYBOT = str(Path(sys.executable).parent / "studybot")

KOREAN = (
    "# 네트워크\n## 전송 계층\n### TCP\n- 연결 지향형 프로토콜로 신뢰성 있는 전송을 제공한다\n"
    "### UDP\n- 비연결형이며 빠르지만 전달을 보장하지 않는다\n"
)
# 똠 and 쌰 lie outside KS X 1001: only CP949's extension (Windows) holds them.
KOREAN_RARE = KOREAN + "- 똠양꿍 쌰 예시\n"
JAPANESE = (
    "# ネットワーク\n### TCP\n- コネクション型のプロトコルで、信頼性のある通信を提供する。\n"
    "### UDP\n- コネクションレス型で、到達を保証しない。\n"
)
CHINESE = (
    "# 网络笔记\n### TCP\n- TCP 是面向连接的传输层协议，提供可靠的数据传输。\n"
    "### UDP\n- UDP 是无连接的协议，速度快但不可靠。\n- 三次握手用于建立连接。\n"
)
TRADITIONAL = "# 網路筆記\n### TCP\n- TCP 是連線導向的傳輸層協定，提供可靠的資料傳輸。\n"


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        (KOREAN, "euc_kr"),
        (KOREAN_RARE, "cp949"),
        (JAPANESE, "cp932"),
        (JAPANESE, "euc_jp"),
        (CHINESE, "gb18030"),
        (TRADITIONAL, "big5"),
    ],
)
def test_legacy_code_pages_read_as_their_own_text(text: str, encoding: str) -> None:
    decoded, used = decode_notes(text.encode(encoding))
    assert decoded == text
    assert used is not None


def test_utf8_is_read_first_and_names_no_code_page() -> None:
    assert decode_notes(KOREAN.encode()) == (KOREAN, None)
    assert decode_notes(b"\xef\xbb\xbf" + KOREAN.encode()) == (KOREAN, None)


def test_the_seed_deck_in_cp949_is_korean_not_chinese() -> None:
    # Every Korean byte pair is also a GB18030 Han character: the script decides.
    text = (ROOT / "content" / "aws-saa-ko.md").read_text(encoding="utf-8")
    data = text.encode("cp949", errors="ignore")
    decoded, used = decode_notes(data)
    assert decoded == data.decode("cp949") and used in {"euc_kr", "cp949"}


def test_stray_bytes_stay_an_error_naming_file_and_line(tmp_path: Path) -> None:
    for data, line in ((b"### S\n1. T\n- ok\n- bad \xff byte\n", 4), (b"### S\n- \xfe\n", 2)):
        bad = tmp_path / "bad.md"
        bad.write_bytes(data)
        with pytest.raises(NotesError) as caught:
            read_text(bad)
        assert caught.value.line == line and "not valid UTF-8" in str(caught.value)


def test_a_cp949_file_loads_as_a_deck(tmp_path: Path) -> None:
    notes = tmp_path / "notes.md"
    notes.write_bytes(KOREAN_RARE.encode("cp949"))
    deck = load_deck(notes)
    titles = {topic.title for topic in deck.topics()}
    assert {"TCP", "UDP"} <= titles


def test_an_uploaded_shift_jis_file_is_read() -> None:
    files = read_upload("notes.md", JAPANESE.encode("cp932"))
    assert files.notes == (("notes.md", JAPANESE),)


def test_a_cp949_deck_gives_the_same_questions_as_its_utf8_copy(tmp_path: Path) -> None:
    text = (ROOT / "content" / "aws-saa-ko.md").read_text(encoding="utf-8")
    (tmp_path / "utf8").mkdir()
    (tmp_path / "legacy").mkdir()
    (tmp_path / "utf8" / "deck.md").write_text(text, encoding="utf-8")
    (tmp_path / "legacy" / "deck.md").write_bytes(text.encode("cp949"))

    def prompts(folder: Path) -> list[tuple[str, list[str]]]:
        out = subprocess.run(
            [STUDYBOT, "quiz", "bank", "--json", "--deck", str(folder / "deck.md")],
            capture_output=True, text=True, check=True, cwd=ROOT,
        ).stdout
        rows = [json.loads(line) for line in out.splitlines() if line.startswith("{")]
        return [(row["prompt"], row["choices"]) for row in rows]

    utf8 = prompts(tmp_path / "utf8")
    assert utf8 and prompts(tmp_path / "legacy") == utf8
