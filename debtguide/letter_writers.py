"""Write a rendered letter as plain text, Markdown or a Word document (.docx)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from debtguide.letters import Block, Rendered

EAST_ASIAN_FONT = "SimSun"  # 宋体: the usual body face of Chinese letters and court papers
WESTERN_FONT = "Times New Roman"
BODY_PT = 12  # 小四
TITLE_PT = 16  # 三号


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


def to_markdown(rendered: Rendered) -> str:
    """The letter as Markdown: one blank line between blocks, lists and tables kept together."""
    out: list[str] = []
    previous = ""
    for block in rendered.blocks:
        if block.kind == "gap":
            continue
        together = block.kind in ("item", "bullet", "right") and previous == block.kind
        if out and not together:
            out.append("")
        if block.kind == "title":
            out.append(f"# {block.text}")
        elif block.kind == "heading":
            out.append(f"## {block.text}")
        elif block.kind == "bullet":
            out.append(f"- {block.text}")
        elif block.kind == "table":
            out += _markdown_table(block.rows)
        elif block.kind == "right":
            if together:
                out[-1] += "  "  # a hard line break keeps the signature lines together
            out.append(block.text)
        else:
            out.append(block.text)
        previous = block.kind
    return "\n".join(out) + "\n"


def _markdown_table(rows: Iterable[tuple[str, ...]]) -> list[str]:
    rows = list(rows)
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
    from docx.shared import Pt

    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.size = Pt(BODY_PT)
    _set_fonts(normal.element)
    props = doc.core_properties
    props.title = rendered.letter.title(rendered.lang)
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
        run = paragraph.add_run(block.text if block.kind != "bullet" else f"• {block.text}")
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


def _table(doc: object, block: Block) -> None:
    rows = block.rows
    width = max(len(r) for r in rows)
    table = doc.add_table(rows=len(rows), cols=width)  # type: ignore[attr-defined]
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c in range(width):
            cell = table.cell(r, c)
            cell.text = ""
            run = cell.paragraphs[0].add_run(row[c] if c < len(row) else "")
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


def encode(rendered: Rendered, suffix: str, created: dt.date) -> bytes:
    """The bytes of the letter file for `suffix` (.txt, .md or .docx)."""
    if suffix == ".docx":
        return to_docx(rendered, created)
    text = to_markdown(rendered) if suffix == ".md" else to_text(rendered)
    return text.encode("utf-8")
