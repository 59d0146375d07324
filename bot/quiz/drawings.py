"""Lines that read a drawing the question cannot show.

Notes often explain a figure they embed as an image ('the x-axis represents
the progress of process A', 'If the dotted line enters where the rectangles
overlap, …', '위 그림에서 …', '上図のように…', '如图所示…'). Without the
picture such a line says nothing a member can know: its axes, lines and
shapes are the image's, not the topic's. It is no fact for any kind of
question: no clue, no choice, no sentence to blank.

Only words that point at a drawing count: a figure word with a place word
('the diagram below', '아래 그림', '위 사진', '上図'), a screenshot or a photo
named as one ('the screenshot shows 21.69 GB'), a figure by its number
('Figure 2', '그림 3', '図1', '图1'), an axis said to stand for
something, a line told by its stroke with 'the' ('the dotted line'). A graph
of the data structure ('그래프의 정점', '图中的顶点') and a notation's rule
('a dashed arrow means dependency') stay facts.
"""

from __future__ import annotations

import re

from bot.notes.literals import holds_any

_FIGURE_WORD = (r"(?:diagram|figure|fig\.|graph|picture|image|illustration|chart|drawing|plot"
                r"|screen\s?shot|photo)")
_DRAWING = re.compile(
    # English: the figure placed ('the diagram above', 'the following figure',
    # 'in the figure', 'as shown above').
    rf"\b(?:the|this)\s+{_FIGURE_WORD}\s+(?:above|below)\b"
    rf"|\b(?:above|below|following|previous|preceding)\s+{_FIGURE_WORD}"
    r"|\b(?:in|on|from)\s+(?:the|this)\s+(?:diagram|figure|picture|illustration|drawing"
    r"|screen\s?shot|photo)\b"
    r"|\bas\s+(?:shown|seen|drawn|illustrated|depicted)\s+(?:above|below|in\b)"
    # A screenshot named as one ('the screenshot shows 21.69 GB'), a figure
    # by its number ('Figure 2 shows', 'Fig. 3'), a bare 'as shown, …'.
    r"|\b(?:the|this|that)\s+screen\s?shots?\b|\bfig(?:ure|\.)\s*\d"
    r"|^\s*as\s+(?:shown|illustrated|depicted)\s*[,:]"
    # An axis standing for something, a line or shape told by its stroke or
    # colour ('the x-axis represents', 'the dotted line', 'the red box').
    r"|\b(?:the\s+)?(?:[xyz]|horizontal|vertical)[\s-]axis\s+(?:represents|shows|is|denotes"
    r"|indicates|measures|stands|plots|gives)\b"
    r"|\bthe\s+(?:dotted|dashed|solid|bold|thick|thin|red|blue|green|grey|gray|shaded)\s+"
    r"(?:lines?|arrows?|boxe?s?|areas?|regions?|rectangles?|circles?|curves?|parts?)\b"
    # Korean: '위 그림', '아래 그림', '다음 그림', '그림에서', '그림과 같이',
    # '그림처럼', 'x축은', '가로축은', '점선은' with a demonstrative.
    r"|(?:위|아래|다음|위의|아래의|상단|하단)\s*(?:그림|도식|다이어그램|그래프|도표|사진|이미지"
    r"|스크린\s?샷|캡처|캡쳐|화면)"
    # ('이 그림', '해당 사진', '그림 3', '그림과 같은'; not '이미지에서 얼굴 탐지':
    # an image is a thing of its own, a picture only when pointed at.)
    r"|(?<![가-힣])(?:이|해당)\s+(?:그림|도식|다이어그램|사진|스크린\s?샷|캡처|캡쳐)"
    r"|(?<![가-힣])(?:그림|사진|도식)\s*\d"
    r"|(?<![가-힣])그림(?:에서|에서는|과\s*같[이은]|처럼|을\s*보면|의\s*(?:점선|실선|화살표|빨간|파란))"
    r"|(?<![A-Za-z가-힣])(?:[xyzXYZ]|가로|세로)\s*축(?:은|이|에는|을)"
    r"|(?:이|그|위의|아래의)\s*(?:점선|실선|파선)"
    # Japanese: '上図', '下図', '図の', '図のように', '図中', '横軸は', '点線は'.
    r"|[上下左右次]図|(?<![\u30a0-\u30ff\u4e00-\u9fff])図(?:の|に|で|中|から)"
    r"|(?:横軸|縦軸|[xyzXYZ]軸)(?:は|が)|(?:この|その)(?:点線|実線|破線)"
    r"|(?<![\u30a0-\u30ff\u4e00-\u9fff])図\s*\d|(?:画像|写真|スクリーンショット)の(?:よう|通り|とおり)"
    # Chinese: '如图', '上图', '下图', '见图', '横轴', '纵轴', '这条虚线'.
    r"|如图|[上下左右]图(?:中|所示|的|可)|见图|(?:横轴|纵轴|[xyzXYZ]轴)(?:表示|代表|是)"
    r"|(?:这|此)(?:张|幅)图|(?<![\u4e00-\u9fff])图\s*\d|截图(?:中|所示|里)"
    r"|(?:这条|那条|图中的?)(?:虚线|实线)",
    re.IGNORECASE)
# Words one of which every match of `_DRAWING` holds (literals.py): a figure
# word, a word of showing, an axis, 'the' before a stroke; the Korean,
# Japanese and Chinese figure, axis and line words.
_DRAWING_WORDS = (
    "diagram", "fig", "graph", "picture", "image", "illustrat", "chart", "drawing", "plot",
    "shown", "seen", "drawn", "depicted", "axis", "the", "screen", "photo",
    "그림", "도식", "다이어그램", "그래프", "도표", "축", "점선", "실선", "파선", "사진", "이미지",
    "스크린", "캡처", "캡쳐", "화면",
    "図", "軸", "点線", "実線", "破線", "画像", "写真", "スクリーンショット",
    "图", "轴", "虚线", "实线")


def reads_a_drawing(text: str) -> bool:
    """Whether the line speaks of the parts of a figure it cannot show."""
    return holds_any(text, _DRAWING_WORDS) and bool(_DRAWING.search(text))
