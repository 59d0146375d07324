"""Category headings: a section named for a broad kind of service or subject
('Databases', 'Storage', 'Networking', '데이터베이스', 'ストレージ', '数据库').

Under such a heading the notes list members ('Amazon Aurora: 6 copies across
3 AZs', 'DynamoDB consistency: …'). Asking which heading they stand under
asks what kind of thing Aurora is, which anyone knows without the notes: a
member's name is no description of its category.
"""

from __future__ import annotations

import re

from bot.quiz.material import is_name, labelled

# Broad kinds of IT service or subject, singular and plural, in the languages
# the generator reads. General vocabulary only: a heading that names one thing
# ('Aurora', 'VPC 피어링') is never here.
_CATEGORY_WORDS = frozenset("""
compute computing storage database databases db networking network networks
security messaging analytics monitoring management integration containers
container serverless migration identity governance observability logging
developer tools application applications
컴퓨팅 스토리지 저장소 데이터베이스 네트워크 네트워킹 보안 분석 메시징 모니터링 관리 통합
컨테이너 서버리스 마이그레이션 애플리케이션 로깅
コンピューティング ストレージ データベース ネットワーク セキュリティ 分析 監視 管理 統合
计算 存储 数据库 网络 安全 分析 监控 管理 集成
""".split())

_SEPARATOR = re.compile(r"\s*(?:&|and|및|與|与|,|/|・|·)\s*|\s+", re.IGNORECASE)


def is_category(name: str) -> bool:
    """A heading made only of category words ('Databases', 'Compute & Networking');
    one naming a thing ('IAM Policies Structure', 'RDS 프록시') is none."""
    words = [w for w in _SEPARATOR.split(name.strip().lower()) if w]
    return bool(words) and len(words) <= 3 and all(w in _CATEGORY_WORDS for w in words)


def names_members(clue: str) -> bool:
    """A clue led by a member's name ('Amazon Aurora: 6 copies …') or made of
    names only ('Read Replicas, Aurora, DynamoDB')."""
    if labelled(clue):
        return True
    parts = [p.strip() for p in re.split(r"[,、，]|\band\b|및", clue) if p.strip()]
    return len(parts) >= 2 and all(is_name(p) for p in parts)
