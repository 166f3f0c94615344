"""`debtguide serve`: the advisor as a private page in the browser (the `web` extra).

Nothing of the web stack is imported here: the command checks that the extra is installed,
then hands over to debtguide.web.serve.
"""

import sys
from typing import Annotated

import typer

from debtguide.cli import LangOpt, app, reporting
from debtguide.i18n import detect_lang


@app.command()
def serve(
    port: Annotated[
        int,
        typer.Option(
            help="Port on 127.0.0.1 (default 0: any free one). 端口（默认任选空闲端口）。"
        ),
    ] = 0,
    no_browser: Annotated[
        bool, typer.Option("--no-browser", help="Do not open the browser. 不自动打开浏览器。")
    ] = False,
    today: Annotated[
        str | None,
        typer.Option(metavar="YYYY-MM-DD", help="Plan as if it were this day. 按此日期计算。"),
    ] = None,
    lang: LangOpt = None,
) -> None:
    """Open the advisor as a private page in your browser (on this computer only).
    在浏览器中打开本工具的网页版（只在本机运行）。

    Needs the web extra: pip install "debtguide[web]". Example: debtguide serve
    """
    with reporting(lang):
        lang = detect_lang(lang)
        from debtguide.web.serve import missing_extra
        from debtguide.web.strings import w

        if missing_extra():
            sys.stderr.write(w("serve_missing", lang) + "\n")
            raise typer.Exit(1)
        if port != 0 and not 1024 <= port <= 65535:
            sys.stderr.write(w("serve_bad_port", lang, value=port) + "\n")
            raise typer.Exit(2)
        import datetime as dt

        from debtguide.cli.io import parse_today
        from debtguide.web.serve import run

        fixed = parse_today(today) if today is not None else None

        def day() -> dt.date:
            return fixed or dt.date.today()

        try:
            run(lang, port, not no_browser, day, typer.echo)
        except OSError as exc:
            reason = exc.strerror or str(exc)
            sys.stderr.write(w("serve_port_busy", lang, port=port, reason=reason) + "\n")
            raise typer.Exit(1) from None
