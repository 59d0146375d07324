"""Patterns searched only on a line holding one of their words (literals.py):
the words must hold every match, or a pointer, a hedge, a drawing read or an
advert would be read as a fact, and a comparison heading or a family line
missed."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest

from bot.notes import scenes
from bot.notes.literals import folded, holds_any
from bot.quiz import (
    adverts,
    counter_cases,
    directions,
    drawings,
    exam_prompts,
    families,
    hedges,
    kind_words,
    likeness,
    material,
    naming,
    other_names,
    pair_titles,
    pointers,
)

CONTENT = Path(__file__).resolve().parents[2] / "content"

# (pattern, its words, a line for each branch in the case and spelling a
# reader may meet, several languages.)
CASES: list[tuple[str, re.Pattern[str], tuple[str, ...], list[str]]] = [
    ("pointer", pointers._TRAILING, pointers._POINTER_WORDS, [
        "Handle gaps. See Holes in the Log.", "Handle gaps. SEE ALSO Recovery", "Refer to §5.",
        "Read it. Cf. RFC 1918", "For more details, see the Log chapter.",
        "For the detailed steps, See Appendix A.", "자세한 내용은 스와핑 참고",
        "스와핑을 참조하세요", "스와핑을 참조해 주세요", "詳しくはロックの章を参照してください",
        "ロックを参照", "详见第三章", "詳見第三章", "参见附录", "參見附錄", "参阅文档", "參閱文件",
        "请参考文档", "請參考文件", "请参阅手册", "請參閱手冊", "具体见下文", "详情见官网",
        "詳情見官網", "\u017fee the Log."]),
    ("pointing aside", pointers._ASIDE, pointers._ASIDE_OPENINGS, [
        "Recovery (see §5.1)", "Recovery (Refer to the log)", "Lock (cf. Latch)", "락 (→ 래치)",
        "锁（参见下文）", "锁（詳見下文）", "락 ([[Lock]] 참조)", "ロック（詳細は後述を参照）",
        "락 (아래 참고)"]),
    ("comparison tail", pair_titles._COMPARING_TAIL, pair_titles._COMPARING_WORDS, [
        "캐시와 버퍼의 차이점은?", "캐시와 버퍼의 차이", "캐시와 버퍼 차이 비교",
        "캐시와 버퍼 비교 정리", "캐시와 버퍼 비교", "TCP and UDP Comparison",
        "TCP and UDP compared",
        "Differences", "TCP and UDP difference:", "TCP와 UDP 比較", "TCP和UDP比较", "TCP和UDP对比",
        "TCP和UDP對比", "TCP和UDP区别", "TCP和UDP區別", "TCP和UDP异同", "TCP和UDP差异",
        "TCPとUDPの違い", "TCP和UDP的区别", "TCPとUDPの比較", "TCP and UDP Comparıson"]),
    *[(f"family line {i}", pattern, families._SAID_WORDS, examples)
      for i, (pattern, examples) in enumerate(zip(families._SAID, [
          ["Aurora는 RDS의 엔진", "S3의 한 종류", "RDS의 일종", "EC2의 유형", "AWS의 하위 서비스"],
          ["EC2 구매 옵션 중 하나", "RDS 엔진 가운데 한 가지"],
          ["a type of load balancer.", "One KIND of cache", "a sort of queue", "an form of lock.",
           "a variant of Paxos", "a flavour of Linux", "a flavor of Linux", "a subtype of Node.",
           "a member of the RDS family", "a \u017fort of queue."],
          ["one of the RDS engines.", "ONE OF the caches"],
          ["an RDS engine", "the Aurora ENGINE"],
          ["RDSの一種", "RDSの一つ", "RDSのエンジン", "RDS的一种", "RDS之一"],
      ], strict=True))],
    ("drawing", drawings._DRAWING, drawings._DRAWING_WORDS, [
        "the diagram above", "This Figure below", "the fig. above", "below graph",
        "following picture", "previous image", "preceding illustration", "above chart",
        "below drawing", "following plot", "in the diagram", "on this figure", "from the picture",
        "in the illustration", "from this drawing", "as shown above", "as seen below",
        "as drawn in", "as illustrated above", "as depicted below", "the x-axis represents time",
        "Horizontal axis shows", "the dotted line", "THE RED BOXES", "the shaded area",
        "위 그림", "아래의 도식", "다음 다이어그램", "상단 그래프", "하단 도표", "그림에서 보듯",
        "그림과 같이", "그림처럼", "그림을 보면", "그림의 점선", "x축은 시간", "가로축은",
        "세로 축이", "이 점선", "아래의 실선", "그 파선", "上図のように", "下図", "次図",
        "図の通り", "図中",
        "横軸は時間", "x軸が", "この点線", "その実線", "この破線", "如图所示", "上图中", "下图所示",
        "见图", "横轴表示", "纵轴代表", "x轴是", "这条虚线", "那条实线", "图中的虚线",
        "the screenshot above", "in the screenshot", "from this photo", "The Screenshot shows",
        "Figure 2 shows", "fig. 3", "As shown, it", "위 사진에서", "아래 이미지", "상단 스크린샷",
        "위의 캡처", "하단 화면", "이 그림은", "해당 사진", "그림 3에서", "사진 1", "그림과 같은",
        "図1のように", "画像のように", "スクリーンショットの通り", "写真のとおり", "这张图",
        "此幅图", "图1", "截图中"]),
    ("hedge", hedges._HEDGE, hedges._HEDGE_WORDS, [
        "메인보드에 존재한다고 함", "빠르다고 한다", "그렇다고 들었다", "좋다더라", "캐시인 듯하다",
        "있는 듯", "빠른 것 같다", "그런 거 같음", "아마 5개", "아마도", "확실하지 않음",
        "잘 모르겠다", "probably the fastest", "I think the limit is 5", "I guess so",
        "I believe it", "I suppose", "I assume", "I heard", "maybe 5", "Perhaps", "APPARENTLY",
        "allegedly", "supposedly", "presumably", "reportedly", "I'm not sure", "I am not sure",
        "not 100% sure", "IIRC", "AFAIK", "if I remember correctly", "if I recall right",
        "安いらしい", "と思う", "と思います", "と思われる", "かもしれない", "速いかも。",
        "速いようだ", "速いようです", "遅いそうだ", "遅いそうです", "たぶん", "多分", "おそらく",
        "恐らく", "気がする", "据说默认是3", "听说", "好像", "似乎", "大概", "应该是", "應該是",
        "可能是", "也许", "也許", "或许", "或許", "我觉得", "我覺得", "我认为", "我認為", "我猜",
        "估计", "貌似", "\u017fupposedly"]),
    ("perspective", naming._PERSPECTIVE, naming._PERSPECTIVE_WORDS, [
        "개발자의 입장", "사용자 측면에서", "운영 관점으로는", "From the user's point of view",
        "Developer perspective", "the admin's standpoint", "user viewpoints", "from a user view",
        "the user's view", "from the user's side", "from the developer's eyes", "開発者視点",
        "ユーザーの観点から", "管理者の立場では", "利用者の目線で", "運用の側面", "开发者角度来看",
        "用户的视角", "用戶的視角", "管理者立场上", "管理者立場", "技术层面", "技術層面"]),
    ("likening", likeness._ALIKE, likeness._ALIKE_WORDS, [
        "컨트롤러와 마찬가지로 동작", "S3과 마찬가지", "EBS랑 같이", "EFS하고 동일하게",
        "EFS이랑 똑같이", "S3와 비슷하게", "S3과 유사하게", "S3처럼", "(S3)처럼", "S3と同様に",
        "S3と同様", "S3と同じく", "S3と同じように", "S3のように", "S3みたいに", "与TCP一样",
        "和TCP一樣", "跟TCP类似", "同TCP類似", "与TCP相同", "和TCP相似", "Like S3, it scales",
        "It works, just like a cache", "It works like S3", "behaves LIKE a queue",
        "As with S3, it scales", "same as S3", "similar to S3", "similarly to S3",
        "the same way as S3", "in the same way as S3", "ſimilar to S3"]),
    ("story (ko)", scenes._KO_ACTOR, scenes._SCENE_WORDS, [
        "회사는 비용을 줄이려고 합니다", "데이터 분석 회사에서 고려 중", "A기업은 계획 중",
        "고객사는 원합니다", "고객이 원한다", "조직에서는 운영하고 있다", "스타트업이 계획이다",
        "업체가 필요하다", "DevOps팀은 운영 중", "여러분은 아키텍트입니다", "당신은 관리자",
        "귀하는 담당자", "귀사는 운영하고 있습니다"]),
    ("story (en)", scenes._EN_STORY, scenes._SCENE_WORDS, [
        "A company has 10 instances", "An e-commerce Organization wants to move",
        "A startup needs storage", "An enterprise runs SAP", "A business uses S3",
        "A customer stores logs", "A client hosts a site", "A retailer sells shoes",
        "A firm must comply", "A bank requires audits", "An agency collects data",
        "A team deploys daily", "A university manages labs", "A hospital keeps records",
        "Your company recently moved", "The manager would like reports",
        "You are a solutions architect",
        "You're tasked with it", "You have been asked to", "You've just joined",
        "You work for a bank", "You were asked to help", "A ſtartup needs storage"]),
    ("story (ja)", scenes._JA_STORY, scenes._SCENE_WORDS, [
        "ある企業", "某会社", "ある組織", "ある顧客", "あるチーム", "あるスタートアップ",
        "運用している企業", "チームを抱える会社", "企業はAWSを使用しています",
        "会社が移行を検討している", "顧客では計画しています", "あなたはアーキテクトです"]),
    ("story (zh)", scenes._ZH_STORY, scenes._SCENE_WORDS, [
        "一家公司", "某企业", "某家组织", "某个团队", "一个客户", "一家初创公司", "公司正在迁移",
        "企业计划上云", "团队希望降本", "你是架构师", "你们正在设计"]),
    ("advert", adverts._PROMO, adverts.PROMO_WORDS, [
        "詳しくは拙著を", "筆者の書籍", "書籍で学べる", "書籍「X」", "ぜひご覧ください", "ご購入",
        "購読", "チャンネル登録", "제 책을 참고", "저의 강의", "필자의 유튜브", "구독 부탁",
        "자세한 내용은 블로그를 참고하세요", "我的课程", "欢迎关注", "关注公众号", "详见拙作",
        "Check out my course", "my new book", "subscribe to the channel", "buy the book",
        "in my course", "\u017fubscribe to it"]),
    ("counter-case lead-in", counter_cases._ANNOUNCES, counter_cases._ANNOUNCING_WORDS, [
        "캐시의 부적합한 사례", "부적절한 경우", "적합하지 않은 경우", "적절하지 않음",
        "알맞하지 않은", "맞지 않는 경우", "어울리지 않는 곳", "사용하지 말아야 할 때",
        "이용해서는 안 되는 경우", "사용하지 않는 게 좋은", "쓰지 말 것", "나쁜 예", "잘못된 사용",
        "안티 패턴", "흔한 오해", "Not suitable for", "not be appropriate", "NOT RECOMMENDED",
        "not ideal", "not a good fit", "Unsuitable cases", "inappropriate uses",
        "When not to use it", "Avoid using it", "Don't use", "dont use", "Anti-patterns",
        "antipattern", "Pitfalls", "Common misconceptions", "Myths", "Bad examples",
        "bad practice", "bad fits", "キャッシュが向かないケース", "不向きな場合", "適さない例",
        "適していない場面", "不適な例", "使うべきでない場合", "アンチパターン", "よくある誤解",
        "悪い例", "NG例", "不适合使用缓存的场景", "不適合", "不适用", "不適用", "不宜使用",
        "反模式", "常见误区", "誤區", "常见误解", "錯誤示例", "错误示例", "错误用法",
        "ſeveral myths"]),
    ("exam prompt", exam_prompts._PROMPT, exam_prompts._PROMPT_WORDS, [
        "답을 적시오", "쓰세요.", "고르시오", "서술하시오", "기술하시오", "작성하세요",
        "답하시오", "구하시오", "나열하시오", "채우시오", "제시하시오", "설명하시오",
        "빈칸에 들어갈 알맞은 단어", "(가)에 들어갈 말", "들어갈 용어", "빈 칸에", "答えなさい",
        "選びなさい", "書きなさい", "述べなさい", "記述しなさい", "説明しなさい", "答えよ", "選べ",
        "書け", "述べよ", "記述せよ", "説明せよ", "求めよ", "空欄に入る語", "空欄に当てはまる",
        "请写出", "请填写", "请选择", "请选出", "请回答", "请简述", "请说明", "填入", "填空",
        "选出正确的", "选出错误的", "Fill in the blanks", "FILL IN THE BLANK",
        "Choose the correct answer", "Select the best option", "Circle the wrong one",
        "Pick the right choices", "Chooſe the correct answer",
        "Redo 영역에 대해 설명해 주세요", "설명해주세요.", "말씀해 주십시오", "이야기해 보세요",
        "얘기해 주시겠어요", "말해줘", "違いを説明してください", "紹介して下さい",
        "説明してみてください", "教えてください", "请解释一下", "请谈谈", "请介绍",
        "Explain how it works", "Please describe the flow", "tell me about it"]),
    ("list left open", kind_words._OPEN_END, kind_words._OPEN_END_WORDS, [
        "CPU, 메모리 등", "CPU, 메모리 등등", "CPU、メモリなど", "CPU、内存等", "CPU、内存等等",
        "pods, secrets, etc.", "pods, secrets ETC", "pods and so on", "pods, And More"]),
    ("trailing off", material._TRAILS_OFF, material._ELLIPSES, [
        "가능하므로...", "쓰지만…", "it fails because..", "so ‥", "書き込めるので…",
        "可以写入，因为..."]),
    ("another name", other_names._CALLED, other_names._CALLED_WORDS, [
        "이 정보를 「통계 정보」라고도 한다", "통계 정보라고도 하며", "통계라고도 부른다",
        "통계라고도 불림", "統計情報とも呼ぶ", "統計情報とも言い", "也称快表", "又叫快表",
        "It is also called the TLB", "ALSO KNOWN AS the TLB", "also referred to as X",
        "TLB, a.k.a. the cache", "TLB, A.K.A the cache", "the TLB, aLſo named X"]),
    ("conversion (ko)", directions._CONVERSIONS[0], directions._CONVERSION_WORDS[0], [
        "음성을 텍스트로 변환", "텍스트를 음성으로 전환하는 서비스", "값을 문자로 바꾸는",
        "값을 문자로 바꿔", "값을 문자로 바꿈", "영어를 한국어로 번역", "파일을 S3로 옮기기",
        "파일을 S3로 옮겨"]),
    ("conversion (ja)", directions._CONVERSIONS[1], directions._CONVERSION_WORDS[1], [
        "音声をテキストに変換", "形式をJSONへ変える", "英語を日本語に翻訳"]),
    ("conversion (zh)", directions._CONVERSIONS[2], directions._CONVERSION_WORDS[2], [
        "将文本转换为语音", "把图片转成文字", "将数据变为表格"]),
    ("conversion (en)", directions._CONVERSIONS[3], directions._CONVERSION_WORDS[3], [
        "converts speech to text", "CONVERTED the file into JSON", "Converting an image to text"]),
    ("conversion (x-to-y)", directions._CONVERSIONS[4], directions._CONVERSION_WORDS[4], [
        "speech-to-text service", "Text-To-Speech"]),
    ("conversion (arrow)", directions._CONVERSIONS[5], directions._CONVERSION_WORDS[5], [
        "음성 → 텍스트", "speech -> text", "(csv => json)", "a ⇒ b"]),
]


@pytest.mark.parametrize(("name", "pattern", "words", "examples"), CASES,
                         ids=[c[0] for c in CASES])
def test_every_branch_holds_a_word(name: str, pattern: re.Pattern[str], words: tuple[str, ...],
                                   examples: list[str]) -> None:
    assert [e for e in examples if not pattern.search(e)] == []  # (the examples are matches)
    assert [e for e in examples if not holds_any(e, words)] == []


@pytest.mark.parametrize(("name", "pattern", "words"), [c[:3] for c in CASES],
                         ids=[c[0] for c in CASES])
def test_the_seed_notes_read_the_same(name: str, pattern: re.Pattern[str],
                                      words: tuple[str, ...]) -> None:
    for path in sorted(CONTENT.glob("*.md")):
        for line in path.read_text(encoding="utf-8").splitlines():
            assert not pattern.search(line) or holds_any(line, words), line


def test_words_are_lower_case() -> None:
    for name, _, words, _ in CASES:
        assert [w for w in words if w != w.lower()] == [], name


def test_the_fold_reads_latin_letters_as_ignorecase_does() -> None:
    # Every character re.IGNORECASE matches to a Latin letter holds it folded
    # (only characters with a case mapping can match one).
    cased = [chr(c) for c in range(0x110000)
             if chr(c).lower() != chr(c) or chr(c).upper() != chr(c)]
    for letter in string.ascii_lowercase:
        pattern = re.compile(letter, re.IGNORECASE)
        assert [c for c in cased if pattern.fullmatch(c) and letter not in folded(c)] == []
