"""Sentences that set the scene of an exam question: a made-up company and
its situation, not a fact of the subject.

'회사는 대기열에 특정 메시지 배달을 1분 연기해야 합니다', '여러분은 ELB 하나에
EC2 인스턴스 10개로 웹 사이트를 실행 중 입니다', 'A company runs 10 instances
behind …', 'You are a solutions architect …', 'オンプレミスで運用している企業が
…', '一家公司正在 …': the figures are the story's (ten instances, one minute;
any other would do), and what the company does or wants is no rule. Such a
sentence is never a clue, a blank or a choice.

Only the forms of a story count: an actor of the story (a company, a team, a
customer, 'you') as the subject, with what it is doing, has or wants. A
general line on companies ('기업은 클라우드로 비용을 절감할 수 있습니다',
'Companies use …') states what may be done and stays.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.notes.literals import holds_any

# Korean: the actor ('회사는', '데이터 분석 회사에서', 'DevOps팀은', '여러분은')
# and, later in the sentence, what it is doing, has, plans or must do. ('…할
# 수 있습니다' states a possibility: no story.)
_KO_ACTOR = re.compile(
    r"(?:^|[\s\"'“(])(?:[가-힣A-Za-z]*(?:회사|기업|고객사?|조직|스타트업|업체|팀)|여러분|당신|귀하|귀사)"
    r"(?:은|는|이|가|에서는?|에는)(?=\s)")
_KO_SITUATION = re.compile(
    r"(?:고\s*있(?:습니다|다|으며|는데|음|어요)|(?<![가-힣])중\s*(?:입니다|이다|이며|임)|"
    r"(?:려고|고자)\s*(?:합니다|한다|함|하며|하는데)|(?<![가-힣])원(?:합니다|한다|하며)|"
    r"고려\s*(?:중|하고)|계획(?:입니다|이다|하고|중)|해야\s*(?:합니다|한다|함|하며)|"
    r"(?<!수\s)(?<!수)있습니다|(?<!수\s)(?<!수)있으며)")
# English: a story's subject opening the sentence ('A company has …', 'An
# e-commerce startup wants …', 'Your team runs …', 'You are a solutions
# architect …', 'You have been asked …').
_EN_STORY = re.compile(
    r"(?:^|[.!?]\s+)(?:(?:A|An)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:company|organi[sz]ation|startup|enterprise|business|customer|client|retailer|"
    r"firm|bank|agency|team|university|hospital)(?!\s+(?:that|which|who|whose|with)\b)"
    r"|(?:Your|The)\s+(?:company|organi[sz]ation|client|customer|team|manager|startup)"
    r")\s+(?:(?:\w+\s+){0,3}?)"
    r"(?:has|have|is|are|wants?|needs?|plans?|runs?|uses?|operates?|hosts?|stores?|"
    r"must|requires?|recently|currently|would like|is planning|has been|keeps?|"
    r"processes|serves?|collects?|receives?|generates?|deploys?|manages?|maintains?|"
    r"migrates?|sells?|provides?)\b"
    r"|(?:^|[.!?]\s+)You(?:'re|\s+are)\s+(?:a|an|the|working|running|using|tasked|asked|"
    r"responsible|designing|building|planning|managing|migrating|deploying|developing|"
    r"in charge|required|hired)\b"
    r"|(?:^|[.!?]\s+)You(?:'ve|\s+have)\s+(?:a|an|been|just|recently|\d)"
    r"|(?:^|[.!?]\s+)You\s+(?:work|manage|run|operate|were asked|need to design)\b",
    re.IGNORECASE)
# Japanese: 'ある企業', '…している企業', '企業は…しています', 'あなたは'.
_JA_STORY = re.compile(
    r"(?:ある|某)(?:企業|会社|組織|顧客|チーム|スタートアップ)"
    r"|(?:している|していた|運用する|抱える)(?:企業|会社|組織|チーム|顧客)"
    r"|(?:企業|会社|組織|顧客|チーム)(?:は|が|では)[^。]{0,80}?"
    r"(?:しています|している|したい|たいと考え|検討して|計画して|予定です|必要があります)"
    r"|(?:^|[。！？]\s*)あなたは")
# Chinese: '一家公司', '某企业', '公司正在/计划/希望', '你是…'.
_ZH_STORY = re.compile(
    r"(?:一家|某家?|某个|一个)(?:公司|企业|组织|团队|客户|初创公司)"
    r"|(?:公司|企业|团队)(?:正在|计划|希望|打算|想要)"
    r"|(?:^|[。！？]\s*)你(?:们)?(?:是|正在|负责|需要|有一)")
# Words one of which every match of the patterns above holds (literals.py):
# the actors of a story, in each language.
_SCENE_WORDS = (
    "회사", "기업", "고객", "조직", "스타트업", "업체", "팀", "여러분", "당신", "귀하", "귀사",
    "company", "organi", "startup", "enterprise", "business", "customer", "client", "retailer",
    "firm", "bank", "agency", "team", "university", "hospital", "manager", "you",
    "企業", "会社", "組織", "顧客", "チーム", "スタートアップ", "あなたは",
    "公司", "企业", "组织", "团队", "客户", "你")


@lru_cache(maxsize=1 << 14)
def sets_a_scene(text: str) -> bool:
    """The line tells a made-up situation: someone's company, what it does or
    wants (an exam question's scenario)."""
    if not holds_any(text, _SCENE_WORDS):
        return False  # (most lines: told before the four searches)
    if _EN_STORY.search(text) or _JA_STORY.search(text) or _ZH_STORY.search(text):
        return True
    actor = _KO_ACTOR.search(text)
    return actor is not None and bool(_KO_SITUATION.search(text, actor.end()))
