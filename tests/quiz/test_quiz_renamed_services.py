"""A service under its old and its new name is one thing: beside each other
the two are both right ('Hyperscale (Citus)' is Azure Cosmos DB for
PostgreSQL since 2022; Hyperscale is also a tier of Azure SQL Database), so
confusables.txt keeps them apart as choices."""

from __future__ import annotations

from bot.quiz.confusables import confusable


def test_renamed_services_are_confusable() -> None:
    for old, new in (("Hyperscale (Citus)", "Azure Cosmos DB"), ("Hyperscale", "Cosmos DB"),
                     ("Hyperscale", "Azure SQL Database"),
                     ("Azure Active Directory", "Microsoft Entra ID"),
                     ("Azure SQL Data Warehouse", "Azure Synapse Analytics"),
                     ("Amazon Elasticsearch Service", "Amazon OpenSearch Service"),
                     ("Stackdriver", "Cloud Operations")):
        assert confusable([old], [new]), (old, new)
        assert confusable([new], [old]), (new, old)


def test_other_services_stay_apart() -> None:
    assert not confusable(["Hyperscale (Citus)"], ["Azure HDInsight"])
    assert not confusable(["Azure Cosmos DB"], ["Azure Database for MySQL"])
