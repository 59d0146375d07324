"""Study-aid sub-headings ('注意内容', '注意事项', '要点', '总结') are labels of
their parent topic, as '注意点', '小结', '주의사항', 'Summary' are: never a
name to ask or offer ('注意内容' was an answer beside ratio names)."""
from bot.notes.labels import is_generic
from bot.notes.parser import parse_file
from bot.quiz.naming import is_label


def test_remark_headings_are_generic() -> None:
    for title in ("注意内容", "注意事项", "注意事項", "要点", "要點", "总结", "總結",
                  "注意", "注意点", "备注", "小结", "주의", "주의사항", "참고", "비고", "정리",
                  "まとめ", "備考", "Notes", "Note", "Caveats", "Remarks", "Summary", "Tips",
                  "Key points"):
        assert is_generic(title), title
        assert is_label(title), title
    for name in ("应收账款周转率", "要素", "总线", "注册表"):
        assert not is_generic(name), name


def test_a_remark_heading_is_no_topic() -> None:
    deck = parse_file("# 财务\n\n## 应收账款周转率\n\n- 营业收入除以应收账款平均余额\n\n"
                      "### 注意内容\n\n- 应使用未扣除坏账准备的金额\n", "f.md")
    assert [s.title for s in deck.sections] == ["应收账款周转率"]
