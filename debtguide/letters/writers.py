"""Write a rendered letter as plain text, Markdown or a Word document (.docx)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from debtguide.letters.lines import Block, plain_text

if TYPE_CHECKING:
    from debtguide.letters.templates import Rendered

FORMATS = (".txt", ".md", ".docx")

EAST_ASIAN_FONT = "SimSun"  # 宋体: the usual body face of Chinese letters and court papers
WESTERN_FONT = "Times New Roman"
BODY_PT = 12  # 小四
TITLE_PT = 16  # 三号
A4_MM = (210, 297)
MARGINS_MM = (25.4, 31.8)  # top and bottom, left and right: Word's defaults for Chinese A4


def to_text(rendered: Rendered) -> str:
    """The letter as plain text: markers dropped, tables as `| a | b |` lines."""
    lines: list[str] = []
    for block in rendered.blocks:
        if block.kind == "gap":
            lines.append("")
        elif block.kind == "table":
            lines += ["| " + " | ".join(row) + " |" for row in block.rows]
        elif block.kind == "bullet":
            lines.append(f"- {block.text}")
        else:
            lines.append(block.text)
    return "\n".join(lines).rstrip("\n") + "\n"


# Markdown reads these at the start of a line as structure (a heading, a quote, a list, a
# table, HTML, a rule) and these anywhere as markup; a letter's text escapes them all.
_MD_LINE_START = re.compile(r"^(\s*)([#>+\-*=|<]|\d+[.)])")
_MD_INLINE = re.compile(r"([\\`*_<>\[\]|~])")
_ITEM_NUMBER = re.compile(r"^(\d+\. |\d+、)")


def md_escape(text: str) -> str:
    """Text shown as typed in Markdown: one line, no character read as markup."""
    text = " ".join(text.splitlines())
    text = _MD_INLINE.sub(r"\\\1", text)
    return _MD_LINE_START.sub(lambda m: m.group(1) + _md_start(m.group(2)), text)


def _md_start(marker: str) -> str:
    if marker[0].isdigit():
        return marker[:-1] + "\\" + marker[-1]  # 1. → 1\.
    return marker if marker.startswith("\\") else "\\" + marker


def to_markdown(rendered: Rendered) -> str:
    """The letter as Markdown: one blank line between blocks, lists and tables kept together.

    The structure comes from the blocks alone: every text is escaped, so a name or a note that
    begins with `#` or holds `|` stays text.
    """
    out: list[str] = []
    previous = ""
    for block in rendered.blocks:
        if block.kind == "gap":
            continue
        together = block.kind in ("item", "bullet", "right") and previous == block.kind
        if out and not together:
            out.append("")
        text = md_escape(block.text)
        if block.kind == "title":
            out.append(f"# {text}")
        elif block.kind == "heading":
            out.append(f"## {text}")
        elif block.kind == "bullet":
            out.append(f"- {text}")
        elif block.kind == "item":
            number = _ITEM_NUMBER.match(block.text)
            rest = block.text[number.end() :] if number else block.text
            out.append((number.group(1) if number else "") + md_escape(rest))
        elif block.kind == "table":
            out += _markdown_table(block.rows)
        elif block.kind == "right":
            if together:
                out[-1] += "  "  # a hard line break keeps the signature lines together
            out.append(text)
        else:
            out.append(text)
        previous = block.kind
    return "\n".join(out) + "\n"


def _markdown_table(rows: Iterable[tuple[str, ...]]) -> list[str]:
    rows = [tuple(md_escape(cell) for cell in row) for row in rows]
    width = max(len(r) for r in rows)
    padded = [list(r) + [""] * (width - len(r)) for r in rows]
    lines = ["| " + " | ".join(padded[0]) + " |", "|" + "---|" * width]
    lines += ["| " + " | ".join(r) + " |" for r in padded[1:]]
    return lines


def to_docx(rendered: Rendered, created: dt.date) -> bytes:
    """The letter as a Word document, with an East-Asian font so that Chinese shows in Word."""
    from io import BytesIO

    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm, Pt

    doc = Document()
    for section in doc.sections:  # python-docx's template is US Letter: Chinese papers are A4
        section.page_width, section.page_height = Mm(A4_MM[0]), Mm(A4_MM[1])
        section.top_margin = section.bottom_margin = Mm(MARGINS_MM[0])
        section.left_margin = section.right_margin = Mm(MARGINS_MM[1])
    normal = doc.styles["Normal"]
    normal.font.size = Pt(BODY_PT)
    _set_fonts(normal.element)
    _set_default_fonts(doc)
    props = doc.core_properties
    props.title = xml_safe(rendered.letter.title(rendered.lang))
    props.author = ""
    props.last_modified_by = ""
    props.comments = ""
    props.language = "zh-CN" if rendered.lang == "zh" else "en"
    stamp = dt.datetime(created.year, created.month, created.day)
    props.created = stamp
    props.modified = stamp
    props.revision = 1

    indent = Pt(BODY_PT * 2) if rendered.lang == "zh" else None
    for block in rendered.blocks:
        if block.kind == "gap":
            continue
        if block.kind == "table":
            _table(doc, block)
            continue
        paragraph = doc.add_paragraph()
        text = xml_safe(block.text)
        run = paragraph.add_run(text if block.kind != "bullet" else f"• {text}")
        _set_fonts(run._element)
        fmt = paragraph.paragraph_format
        fmt.space_after = Pt(6)
        if block.kind == "title":
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run.bold = True
            run.font.size = Pt(TITLE_PT)
            fmt.space_after = Pt(18)
        elif block.kind == "heading":
            run.bold = True
            fmt.space_before = Pt(6)
            fmt.keep_with_next = True
        elif block.kind == "right":
            paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            fmt.space_after = Pt(0)
        elif block.kind in ("item", "bullet"):
            fmt.left_indent = Pt(BODY_PT)
        elif block.kind == "para" and indent is not None:
            fmt.first_line_indent = indent  # 空两格; a `flush` block (称谓, 敬礼) keeps none
    buffer = BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def xml_safe(text: str) -> str:
    """Text Word can hold: one line, no control characters, U+FFFD for undecodable bytes."""
    return plain_text(text)


def _table(doc: object, block: Block) -> None:
    rows = block.rows
    width = max(len(r) for r in rows)
    table = doc.add_table(rows=len(rows), cols=width)  # type: ignore[attr-defined]
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c in range(width):
            cell = table.cell(r, c)
            cell.text = ""
            run = cell.paragraphs[0].add_run(xml_safe(row[c]) if c < len(row) else "")
            run.bold = r == 0
            _set_fonts(run._element)


def _set_fonts(element: object) -> None:
    """Set the Western and the East-Asian font on a style or a run (w:rFonts w:eastAsia)."""
    from docx.oxml.ns import qn

    rpr = element.get_or_add_rPr()  # type: ignore[attr-defined]
    fonts = rpr.get_or_add_rFonts()
    fonts.set(qn("w:ascii"), WESTERN_FONT)
    fonts.set(qn("w:hAnsi"), WESTERN_FONT)
    fonts.set(qn("w:eastAsia"), EAST_ASIAN_FONT)


def _set_default_fonts(doc: object) -> None:
    """Give the document defaults (w:docDefaults) the fonts too, for every style and table."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    styles = doc.styles.element  # type: ignore[attr-defined]
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = OxmlElement("w:docDefaults")
        styles.insert(0, defaults)
    rpr_default = defaults.find(qn("w:rPrDefault"))
    if rpr_default is None:
        rpr_default = OxmlElement("w:rPrDefault")
        defaults.insert(0, rpr_default)
    rpr = rpr_default.find(qn("w:rPr"))
    if rpr is None:
        rpr = OxmlElement("w:rPr")
        rpr_default.append(rpr)
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for name in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(name), None)  # a theme font would win over the names below
    fonts.set(qn("w:ascii"), WESTERN_FONT)
    fonts.set(qn("w:hAnsi"), WESTERN_FONT)
    fonts.set(qn("w:eastAsia"), EAST_ASIAN_FONT)
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:eastAsia"), "zh-CN")


def encode(rendered: Rendered, suffix: str, created: dt.date) -> bytes:
    """The bytes of the letter file for `suffix` (.txt, .md or .docx)."""
    if suffix == ".docx":
        return to_docx(rendered, created)
    text = to_markdown(rendered) if suffix == ".md" else to_text(rendered)
    return text.encode("utf-8")
