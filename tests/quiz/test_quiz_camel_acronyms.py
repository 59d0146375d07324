"""An acronym written as a part of a camel-case name ('HSM' of CloudHSM, 'SQL'
of PostgreSQL) is spelled out by a stem as much as a whole-word one is:
'전용 하드웨어 보안 모듈 (dedicated hardware security module)' names *AWS
CloudHSM* among KMS and Secrets Manager."""

from __future__ import annotations

from bot.quiz.gloss import gives_away

_OTHERS = ["AWS KMS", "AWS Secrets Manager", "AWS Certificate Manager"]


def test_a_camel_acronym_spelled_out_gives_the_name_away() -> None:
    assert gives_away("AWS CloudHSM",
                      "전용 하드웨어 보안 모듈 (dedicated hardware security module) 을 통해 "
                      "법규 준수에 필요한 보안 수준 제공", _OTHERS)
    assert gives_away("AWS CloudHSM", "전용 하드웨어 보안 모듈을 통해 보안 수준 제공", _OTHERS)
    assert gives_away("AWS CloudHSM", "a dedicated hardware security module in the cloud",
                      _OTHERS)


def test_short_or_unspelled_camel_parts_stay() -> None:
    # Two capitals are a common word's letters ('DB' of DynamoDB); the words
    # stand side by side, none skipped ('stores queries in logs' is no SQL);
    # a stem that spells no word of the acronym names nothing.
    assert not gives_away("DynamoDB", "durable backups of every table", ["Aurora", "Redshift"])
    assert not gives_away("PostgreSQL", "stores queries in logs", ["MariaDB", "Oracle"])
    assert gives_away("PostgreSQL", "a structured query language server", ["MariaDB", "Oracle"])
    assert not gives_away("AWS CloudHSM", "고객이 키를 직접 관리하는 전용 장비", _OTHERS)
