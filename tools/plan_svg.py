"""Draw a real plan as SVG for README.md: `python tools/plan_svg.py [--lang en|zh]`.

Runs the same steps as `debtguide assess --answers tests/answers/lawsuit.yaml` and records
the terminal output with Rich, so the picture always shows what the program prints.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
from pathlib import Path

from rich.console import Console, Group
from rich.segment import Segment, Segments
from rich.text import Text

from debtguide import answers, engine
from debtguide.cli.io import read_answers_file
from debtguide.content import cache
from debtguide.content.locate import pack_dir
from debtguide.money.view import money_view
from debtguide.render import plan as render_plan
from debtguide.render import reference as render

REPO = Path(__file__).resolve().parent.parent
ANSWERS = REPO / "tests" / "answers" / "lawsuit.yaml"
TODAY = dt.date(2026, 11, 28)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lang", choices=("en", "zh"), default="en")
    parser.add_argument("--width", type=int, default=96)
    parser.add_argument("--lines", type=int, default=48, help="how much of the plan to show")
    args = parser.parse_args()

    pack = cache.load(pack_dir())
    given = answers.validate(pack, read_answers_file(ANSWERS), TODAY, args.lang)
    result = engine.assess(pack, given, TODAY, money=money_view(pack, given))
    out = Console(
        record=True,
        width=args.width,
        file=io.StringIO(),
        force_terminal=True,
        color_system="truecolor",
    )
    relative = ANSWERS.relative_to(REPO).as_posix()
    plan = Group(
        render_plan.plan(pack, result, args.lang, f"--answers {relative}"),
        render.disclaimer(pack, args.lang),
    )
    lines = out.render_lines(plan, out.options, pad=False)
    shown = [seg for line in lines[: args.lines] for seg in (*line, Segment.line())]
    out.print(Segments(shown))
    if len(lines) > args.lines:
        more = "… (the plan goes on)" if args.lang == "en" else "……（计划未完）"
        out.print(Text(more, style="dim"))
    target = REPO / "docs" / f"plan-{args.lang}.svg"
    title = f"debtguide assess --answers {relative} --lang {args.lang}"
    target.write_text(out.export_svg(title=title), encoding="utf-8")
    print(f"wrote {target.relative_to(REPO)}")


if __name__ == "__main__":
    main()
