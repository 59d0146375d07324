"""Chinese and Japanese outline numbering before a heading's name ('一.', '二、',
'(一)', '（一）', '①', '第一章 ') numbers it as '3.' or '(3) ' does and is no
part of the name shown as a choice: '(一)市盈率' beside '营业净利率' stood out."""
from bot.quiz.naming import clean_name


def test_cjk_outline_marks_are_no_part_of_the_name() -> None:
    assert clean_name("一.短期偿债能力比率") == "短期偿债能力比率"
    assert clean_name("二、营运能力比率") == "营运能力比率"
    assert clean_name("十一．附录") == "附录"
    assert clean_name("(一)市盈率") == "市盈率"
    assert clean_name("（一）营业净利率") == "营业净利率"
    assert clean_name("①排他ロック") == "排他ロック"
    assert clean_name("第一章 总论") == "总论"
    assert clean_name("第4章 行政行為") == "行政行為"


def test_names_that_begin_with_a_numeral_keep_it() -> None:
    for name in ("一致性", "十大原则", "三次握手", "第一范式", "第一章", "(一)", "一.", "①"):
        assert clean_name(name) == name, name


def test_breadcrumbs_drop_cjk_numbering() -> None:
    from bot.quiz.naming import without_sequence_label
    assert without_sequence_label("一.短期偿债能力比率 > （一）营业净利率") \
        == "短期偿债能力比率 > 营业净利率"
    assert without_sequence_label("第一章 总论 > 十三、分片") == "总论 > 分片"
    for kept in ("第一章", "(一)", "一致性 > 十大原则", "第一范式"):
        assert without_sequence_label(kept) == kept
