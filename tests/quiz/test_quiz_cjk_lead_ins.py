"""Chinese and Japanese lead-ins about another subject: 'Redis有以下优点：',
'Redis的特点：', 'Redisの特徴：' over a list under '## 缓存' list what Redis is
like, not the cache; their bullets are no clues of the section. The subject is
the words before 'has the following' (有以下, 具有如下, は以下) or before 'the
merits/features of' (的特点, の特徴), written with no space after it; a pronoun
or demonstrative (它, 该, この) speaks of the topic. Notes written for the test."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.lead_ins import leads_in_of_another

ZH = """# 数据存储

## 缓存

- 缓存把热点数据放在内存中以减少数据库压力
- 缓存命中率越高，后端数据库的负载就越低
- 缓存过期策略决定数据何时失效并被重新加载

Redis有以下优点：

- 读写速度非常快，每秒可处理十万次请求
- 支持字符串、列表、集合等多种数据结构
- 缓存雪崩可以通过给过期时间加上随机值来避免

## 分片

- 分片把数据按键的范围或哈希值分到多个节点上
- 分片之后单个节点只保存一部分数据
- 跨分片的查询需要在多个节点上执行再合并结果

## 复制

- 复制让从节点保存主节点数据的完整副本
- 主节点宕机时可以把从节点提升为新的主节点
- 异步复制可能在故障时丢失最后几条写入

## 持久化

- 持久化把内存中的数据写入磁盘以便重启后恢复
- 快照方式定期把全部数据保存成一个文件
- 追加日志方式记录每一条写命令
"""

JA = """# データストア

## キャッシュ

- キャッシュはよく使うデータをメモリに置いてデータベースの負荷を減らす
- キャッシュのヒット率が高いほどバックエンドの負荷は下がる
- キャッシュの有効期限の方針はデータがいつ無効になるかを決める

Redisの特徴：

- 読み書きが非常に速く毎秒十万件のリクエストを処理できる
- 文字列やリストや集合など多くのデータ構造に対応する
- キャッシュの一斉失効は有効期限に乱数を足すことで避けられる

## シャーディング

- シャーディングはキーの範囲やハッシュ値でデータを複数のノードに分ける
- 分割した後は各ノードがデータの一部だけを持つ
- 複数のシャードにまたがる検索は各ノードで実行して結果をまとめる

## レプリケーション

- レプリケーションは従ノードに主ノードのデータの完全な写しを持たせる
- 主ノードが落ちたときは従ノードを新しい主ノードに昇格できる
- 非同期のレプリケーションでは障害時に最後の数件の書き込みを失うことがある

## 永続化

- 永続化はメモリ上のデータをディスクに書いて再起動後に戻せるようにする
- スナップショット方式は定期的に全データを一つのファイルに保存する
- 追記ログ方式は書き込みコマンドを一つずつ記録する
"""


def test_items_under_a_chinese_lead_in_of_another_subject_are_no_clues() -> None:
    bank = build_bank(parse_markdown(ZH, "zh.md"))
    assert any("持久化" == q.choices[q.answer] for q in bank), "the sections are asked still"
    assert not any("十万次" in q.prompt or "多种数据结构" in q.prompt for q in bank)


def test_items_under_a_japanese_lead_in_of_another_subject_are_no_clues() -> None:
    bank = build_bank(parse_markdown(JA, "ja.md"))
    assert any("キャッシュ" == q.choices[q.answer] for q in bank), "the cache is asked still"
    assert not any("十万件" in q.prompt or "データ構造" in q.prompt for q in bank)


def test_chinese_and_japanese_lead_ins_of_another() -> None:
    for line in ("Redis有以下优点：", "Redis具有如下特性：", "Redis的特点：", "Redis的缺点：",
                 "Redisの特徴：", "Redisは以下の特徴がある："):
        assert leads_in_of_another(line, ["缓存", "キャッシュ"]), line
    # The topic itself, named or spoken of by a pronoun, and a bare label.
    assert not leads_in_of_another("缓存有以下优点：", ["缓存"])
    assert not leads_in_of_another("哈希索引有以下限制：", ["索引"])
    assert not leads_in_of_another("它有以下优点：", ["缓存"])
    assert not leads_in_of_another("该方法的特点：", ["缓存"])
    assert not leads_in_of_another("この方式の特徴：", ["キャッシュ"])
    assert not leads_in_of_another("优点：", ["缓存"])
    # (No lead-in without its colon or pointer.)
    assert not leads_in_of_another("Redis有以下优点", ["缓存"])
