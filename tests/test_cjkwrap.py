"""Chinese line breaking: lines are filled, punctuation and citations stay attached."""

from __future__ import annotations

import io

from hypothesis import given
from hypothesis import strategies as st
from rich.cells import cell_len
from rich.console import Console
from rich.text import Text

from debtguide.render.cjkwrap import WORD, install


def wrapped(text: str, width: int) -> list[str]:
    install()
    out = Console(file=io.StringIO(), width=width, color_system=None)
    out.print(Text(text))
    return out.file.getvalue().rstrip("\n").split("\n")


@given(st.text(min_size=1).filter(lambda s: not s.isspace()))
def test_the_units_cover_every_character(text: str) -> None:
    # Rich's own pattern stops at trailing whitespace-only text, as this one does
    units = "".join(m.group(0) for m in WORD.finditer(text))
    assert units == text


def test_a_number_in_a_chinese_sentence_leaves_no_half_empty_line() -> None:
    text = "法院也可能用短信送达，所以不要直接删掉，但要自己核实：拨打 12368 或自己查到的法院电话，报上案号问清楚。"
    lines = wrapped(text, 30)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")  # nothing lost
    assert all(
        cell_len(line.rstrip()) >= 27 for line in lines[:-1]
    )  # every line but the last is full


def test_punctuation_never_starts_a_line_and_citations_stay_whole() -> None:
    text = "恰恰相反。收到后十五日内既不异议也不还款，债权人就可以直接申请强制执行。〔《民事诉讼法》第二百二十七条〕"
    for width in range(34, 61):  # the citation is 34 cells wide; narrower, it must fold
        lines = [line.strip() for line in wrapped(text, width)]
        assert not [line for line in lines if line[:1] in "，。、；：？！）》〕”"], width
        assert any("〔《民事诉讼法》第二百二十七条〕" in line for line in lines), width


def test_latin_words_are_not_split() -> None:
    lines = wrapped("先用 debtguide letter cease-third-party 写一封要求停止联系第三方的函", 24)
    assert any("cease-third-party" in line for line in lines)
