"""`debtguide check-message`: read the message, check it, print the result."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from debtguide.cli import JsonOpt, LangOpt, app, io, reporting
from debtguide.i18n import detect_lang

if TYPE_CHECKING:
    from debtguide.content.models import Pack


def run(text: str | None, file: Path | None, lang: str, as_json: bool) -> None:
    """Check one message and print the result as text or JSON."""
    message = io.read_message(text, file)
    from debtguide.content import cache
    from debtguide.content.locate import pack_dir
    from debtguide.message import check

    root = pack_dir()
    pack = cache.load(root)
    _load_compiled(pack, root)
    result = check(pack, message)
    from debtguide.render import message as view

    if as_json:
        from debtguide.render.console import print_json

        print_json(view.result_json(pack, result, lang))
        return
    from debtguide.render import reference as render
    from debtguide.render.console import console, print_json

    out = console()
    out.print(view.result_view(pack, result, lang))
    out.print(render.disclaimer(pack, lang))


def _load_compiled(pack: Pack, root: Path) -> None:
    """Take the compiled cue book from the pack cache, or compile it and store it there.

    Compiling the book's regular expressions and folds costs more than checking a message;
    the compiled book is kept beside the cached pack, keyed by the pack and by the code that
    compiles it. Any problem with the file only costs speed.
    """
    import hashlib
    import pickle

    from debtguide.content import cache, cues

    try:
        code = Path(cues.__file__).stat()
        key = hashlib.sha256(
            f"{cache.fingerprint(root.resolve())} {code.st_size} {code.st_mtime_ns}".encode()
        ).hexdigest()[:32]
        folder = cache.cache_dir()
        path = folder / f"cues-{root.resolve().name}-{key}.pickle"
    except OSError:
        return
    try:
        with path.open("rb") as handle:
            if cues.adopt(pack.cues, pickle.load(handle)):
                return
    except Exception:
        pass
    compiled = cues.compile_book(pack.cues)
    try:
        from debtguide.datadir import write_private

        for old in folder.glob(f"cues-{root.resolve().name}-*.pickle"):
            old.unlink(missing_ok=True)
        write_private(path, pickle.dumps(compiled, protocol=pickle.HIGHEST_PROTOCOL))
    except OSError:
        pass


# ---- JSON --------------------------------------------------------------------------------


# ---- terminal ----------------------------------------------------------------------------


# ---- the commands --------------------------------------------------------------------------


@app.command("check-message")
def check_message(
    text: Annotated[
        str | None,
        typer.Argument(
            metavar="[TEXT]",
            help="The message, in quotes (or use --file, or pipe it in). 信息内容，用引号括起来。",
            show_default=False,
        ),
    ] = None,
    file: Annotated[
        Path | None,
        typer.Option(
            "--file",
            metavar="FILE",
            help="Read the message from FILE (UTF-8 or GB18030; - for standard input). 从文件读取。",
            show_default=False,
        ),
    ] = None,
    lang: LangOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Check a message you received: its stage, red flags, scam or fake court notice.
    检查收到的催收信息：属于哪个阶段、有哪些违规或诈骗迹象、是不是假冒的法院通知。

    Example: debtguide check-message "你已被起诉，今天下午5点前转账到以下账户"
    """
    with reporting(lang):
        lang = detect_lang(lang)
        run(text, file, lang, as_json)
