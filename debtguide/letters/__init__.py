"""Letters to a lender, a collector or a court, written from the situation and the fields.

situation.py decides (licensed or not, who regulates, the repayment offer), fields.py reads and
picks the letter fields, templates.py renders a template with wording.py's formats into the
line format of lines.py, and writers.py turns that into .txt, .md or .docx.
"""
