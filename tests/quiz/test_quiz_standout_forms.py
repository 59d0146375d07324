"""Choices that stand out from the others by their form:
- names sorted under labels ('재료: 밀가루 · 설탕, 도구: 오븐 · 저울, 타이머')
  are a list, not a statement: offered among statements, the list is picked
  or ruled out by its look;
- a clue in the words of e-mail (subject line, recipient, 件名, 수신자) points
  at the one choice that is a kind of mail, no word shared: a topical
  giveaway (the 'email' field of data/fields.txt)."""

from __future__ import annotations

from bot.notes.model import SourceRef
from bot.quiz.build import rejection
from bot.quiz.list_choices import one_list_among_statements
from bot.quiz.question import Question

# (Made-up lines in the shape of a science note: terms defined by statements,
# one of them by names grouped under labels.)
STATEMENTS = ["효모가 당을 분해하면서 이산화 탄소를 내어 반죽을 부풀림",
              "밀가루와 물을 섞어 치대면 글루텐이 생겨 탄력이 생김",
              "높은 온도의 오븐에서 겉면이 갈색으로 변하면서 향이 생김"]
GROUPED = "재료: 밀가루 · 설탕, 도구: 오븐 · 저울, 타이머"


def _match(choices: list[str], answer: int) -> Question:
    return Question(id="q", kind="match", section="제빵", topic="제빵", concept="c",
                    prompt="빵은 어떻게 부풀까?\n다음 중 '발효'에 대한 설명으로 옳은 것은?",
                    choices=tuple(choices), answer=answer, explanation="e",
                    source=SourceRef(file="f.md", line=1), source_hash="h")


def test_names_under_labels_are_a_list_among_statements() -> None:
    assert one_list_among_statements([*STATEMENTS, GROUPED])
    assert one_list_among_statements([*STATEMENTS[:2], "Input: keyboard / mouse, "
                                      "Output: monitor / printer"])
    # A label beside its one value is a comparison written short, and a
    # sentence after a colon says something: neither is a list of names.
    assert not one_list_among_statements([*STATEMENTS, "TCP: 연결형, UDP: 비연결형"])
    assert not one_list_among_statements([*STATEMENTS, "참고: 오븐은 미리 예열한다, 중요"])
    # Beside other lines of labels (one of them a phrase), one form of choice.
    assert not one_list_among_statements(["김씨: 도자기 · 유약, 박씨: 종이 · 먹, 이씨: 붓",
                                          "최씨: 왕실의 도공, 정씨: 비단 · 염료, 한씨: 칠기",
                                          "목공 · 석공"])


def test_grouped_list_beside_statements_is_not_asked() -> None:
    # Right or wrong, the list stands out by its form.
    assert rejection(_match([*STATEMENTS, GROUPED], 0)) == "one list among statements"
    assert rejection(_match([GROUPED, *STATEMENTS], 0)) == "one list among statements"
    assert rejection(_match(STATEMENTS, 0)) is None


def _name_question(clue: str, choices: list[str],
                   asks: str = "보안\n다음 설명에 해당하는 것은?") -> Question:
    return Question(id="q", kind="name", section="보안", topic="보안", concept="c",
                    prompt=f"{asks}\n- {clue}",
                    choices=tuple(choices), answer=0, explanation="e",
                    source=SourceRef(file="f.md", line=1), source_hash="h")


def test_a_clue_in_mail_words_gives_the_mail_away() -> None:
    for clue, choices, asks in (
            ("수신자의 업무와 관련 있어 보이는 제목과 본문으로 속인다",
             ["표적형 공격 메일", "키로거", "루트킷", "백도어"],
             "보안\n다음 설명에 해당하는 것은?"),
            ("件名と本文を受信者の仕事に合わせて書く",
             ["標的型攻撃メール", "キーロガー", "ルートキット", "バックドア"],
             "セキュリティ\n次の説明に当てはまるものはどれですか？"),
            ("writes the subject line to fit the recipient's job",
             ["Targeted attack email", "Keylogger", "Rootkit", "Backdoor"],
             "Security\nWhich one does this describe?")):
        assert rejection(_name_question(clue, choices, asks)) == "meaning echo", choices[0]
    # A wrong choice that is mail as well: the clue's words point at neither.
    assert rejection(_name_question("수신자의 업무와 관련 있어 보이는 제목과 본문으로 속인다",
                                    ["표적형 공격 메일", "스팸 메일", "루트킷"],
                                    "용어 정리\n다음 설명에 해당하는 것은?")) is None
