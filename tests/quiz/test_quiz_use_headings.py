"""Issue 14, notes never seen before: a heading or list label that says why or
what for a thing is used ('사용이유', 'Applications: …', 'Use cases', '用途',
'使用理由', '使用场景') names no thing of the kind its siblings are; blind
readers saw '사용이유' among Kubernetes objects and 'Applications' among kinds
of cryptography. At a name's end 'applications' and 'purpose' are the name's
own ('Web applications', 'General purpose')."""

from __future__ import annotations

import pytest

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.material import is_concept_name
from bot.quiz.naming import clean_name, is_aspect


@pytest.mark.parametrize("heading", [
    "사용이유", "사용 이유", "사용목적", "사용 목적", "Applications", "Purpose", "Uses",
    "Use cases", "用途", "使用理由", "使用目的", "使用场景", "Redis 사용이유"])
def test_a_use_heading_is_no_name(heading: str) -> None:
    assert not is_concept_name(clean_name(heading))


@pytest.mark.parametrize("name", [
    "Web applications", "Single-page applications", "General purpose", "Kafka applications"])
def test_names_ending_on_use_words_stay_names(name: str) -> None:
    assert is_concept_name(clean_name(name))
    assert not is_aspect(name)


OBJECTS = """# 쿠버네티스
## 컨피그맵
- 설정 값을 키와 값의 쌍으로 저장하는 오브젝트
- 설정을 이미지와 분리해 둔다
## 시크릿
- 비밀번호나 토큰 같은 민감한 값을 저장하는 오브젝트
- 값은 base64로 인코딩되어 저장된다
## 네임스페이스
- 클러스터 안의 자원을 나누는 가상의 공간
- 팀이나 환경별로 자원을 구분한다
## 인그레스
- 클러스터 밖에서 안의 서비스로 가는 HTTP 경로를 정한다
- 호스트 이름과 경로로 요청을 나눈다
### 사용이유
- 서비스마다 로드밸런서를 두지 않아도 된다
- 경로 규칙을 한 곳에서 관리한다
"""

CRYPTO = """# Cryptography
## Asymmetric encryption
- Uses a public key to encrypt and a private key to decrypt
- Applications: secure communication, digital signatures, certificates
## Symmetric encryption
- Uses one shared secret key to encrypt and decrypt
- Applications: disk encryption, VPNs, bulk data encryption
## Hashing
- Maps any input to a fixed-size digest that cannot be reversed
- Applications: password storage, integrity checks
"""


@pytest.mark.parametrize(("notes", "label"), [(OBJECTS, "사용이유"), (CRYPTO, "Applications")])
def test_a_use_label_is_never_a_choice(notes: str, label: str) -> None:
    bank = build_bank(parse_markdown(notes, "notes.md"))
    for question in bank:
        assert label not in question.choices, question
