"""Korean particles chosen by the preceding sound, Latin letters and digits too."""

from __future__ import annotations

import pytest

from bot.core.messages import t
from bot.core.particles import fit_particles


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("람다은(는)", "람다는"),
        ("게이트웨이을(를)", "게이트웨이를"),
        ("버킷이(가)", "버킷이"),
        ("`KST`은(는)", "`KST`는"),  # 케이에스티
        ("URL은(는)", "URL은"),  # 유알엘
        ("ALB을(를)", "ALB를"),  # 에이엘비
        ("EBS와(과)", "EBS와"),
        ("RDS(으)로", "RDS로"),
        ("URL(으)로", "URL로"),  # ㄹ takes 로
        ("람다(으)로", "람다로"),
        ("버킷(으)로", "버킷으로"),
        ("Lambda은(는)", "Lambda는"),
        ("Stream을(를)", "Stream을"),
        ("Routing이(가)", "Routing이"),
        ("Bucket을(를)", "Bucket을"),  # 버킷
        ("Subnet이(가)", "Subnet이"),  # 서브넷
        ("Endpoint을(를)", "Endpoint를"),  # 엔드포인트
        ("Route은(는)", "Route는"),  # 루트
        ("Backup을(를)", "Backup을"),  # 백업
        ("Stack이(가)", "Stack이"),  # 스택
        ("Cloud(으)로", "Cloud로"),  # 클라우드
        ("bob(으)로", "bob으로"),  # 밥
        ("alice(으)로", "alice로"),
        ("carol(으)로", "carol로"),  # ㄹ takes 로
        ("3은(는)", "3은"),  # 삼
        ("2을(를)", "2를"),  # 이
        ("10은(는)", "10은"),  # 십
        ("100이(가)", "100이"),  # 백
        ("2000은(는)", "2000은"),  # 이천
        ("99.9%은(는)", "99.9%는"),  # 퍼센트
        ("09:00은(는)", "09:00는"),  # 아홉 시
        ("09:30은(는)", "09:30은"),  # 삼십 분
        ("**S3**(이)에요", "**S3**이에요"),  # 에스삼: final ㅁ
        ("___은(는)", "___은(는)"),  # a blank: unknowable, both forms stay
        ("?을(를)", "?을(를)"),
        ("²을(를)", "²을(를)"),  # a digit without a Korean reading here
        ("٣은(는)", "٣은(는)"),
    ],
)
def test_fit_particles(text: str, expected: str) -> None:
    assert fit_particles(text) == expected


def test_catalogue_applies_them_in_korean_only() -> None:
    assert t("ko", "bad_arg", value="KST") == "`KST`를 이해하지 못했어요."
    assert t("ko", "bad_arg", value="노트") == "`노트`를 이해하지 못했어요."
    assert t("ko", "bad_arg", value="URL") == "`URL`을 이해하지 못했어요."
    assert t("en", "bad_arg", value="KST") == "I did not understand `KST`."
