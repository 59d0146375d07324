"""Product definitions: a line that says what one product IS ('텍스트를 음성으로
변환하는 서비스', 'a managed message broker service').

A product's definition names one thing, so it can be offered as false of a
sibling product, and it can name its product alone. A feature's ('…을 만드는
기능', '여러 가용영역에 배치하는 것') or a capability ('DDoS 공격에서 보호')
is often shared in the world by siblings the notes do not say it of (Aurora
has read replicas and spans AZs too).
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.quiz.text import negations, telling, without_asides

_DEFINITION = re.compile(
    r"(?:서비스|도구|솔루션|플랫폼|엔진|데이터베이스|게이트웨이|브로커|저장소|스토리지)$"
    r"|\b(?:service|tool|platform|database|gateway|engine|broker)$"
    # (The same words in Japanese and Chinese: 'パブリックサブネットへ設置する
    # 中継用ゲートウェイ', '托管的消息队列服务'.)
    r"|(?:サービス|ツール|ソリューション|プラットフォーム|エンジン|データベース|ゲートウェイ"
    r"|ブローカー|ストレージ|服务|工具|平台|引擎|数据库|网关)$", re.IGNORECASE)
# Telling pieces a definition needs to name one product ('이벤트 데이터를
# 전송하는 서비스' could be said of several).
MIN_DEFINITION = 5


@lru_cache(maxsize=1 << 14)
def is_definition(text: str) -> bool:
    # (What it is not, 'EC2에 구성하지 않고 …', may hold for others.)
    core = without_asides(text).rstrip(". ")
    return (bool(_DEFINITION.search(core)) and not negations(text)
            and len(telling(core)) >= MIN_DEFINITION)
