"""Run the page: loopback only, a free port, the address printed, the browser opened."""

from __future__ import annotations

import datetime as dt
import importlib.util
import signal
import socket
import sys
from collections.abc import Callable

from debtguide.web.strings import w

NEEDS = ("starlette", "uvicorn", "multipart")  # multipart: python-multipart
HOST = "127.0.0.1"


def missing_extra() -> bool:
    """Whether the `web` extra is not installed (checked without importing it)."""
    return any(importlib.util.find_spec(name) is None for name in NEEDS)


def bind(port: int) -> socket.socket:
    """A listening socket on the loopback address (port 0: any free one)."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((HOST, port))
    except OSError:
        sock.close()
        raise
    sock.listen(64)
    sock.set_inheritable(True)
    return sock


def _stop(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def run(
    lang: str,
    port: int,
    open_browser: bool,
    today: Callable[[], dt.date],
    say: Callable[[str], None],
) -> None:
    """Serve until Ctrl-C (or SIGTERM); raises OSError when the port cannot be had."""
    import threading
    import webbrowser

    import uvicorn

    from debtguide.content import cache
    from debtguide.content.locate import pack_dir
    from debtguide.web.app import build
    from debtguide.web.security import OPEN_PATH, Secrets

    pack = cache.load(pack_dir())
    keys = Secrets()
    sock = bind(port)
    chosen = sock.getsockname()[1]
    app = build(pack, keys, lang, today)
    config = uvicorn.Config(
        app,
        log_level="warning",
        access_log=False,  # the first address holds the token; no request is ever logged
        server_header=False,
        date_header=False,
        proxy_headers=False,
        lifespan="off",
        ws="none",
    )
    server = uvicorn.Server(config)
    url = f"http://{HOST}:{chosen}{OPEN_PATH}?token={keys.token}"

    def announce() -> None:
        while not server.started and not server.should_exit:
            threading.Event().wait(0.05)
        if server.started:
            say(w("serve_started", lang, url=url))
            sys.stdout.flush()
            if open_browser:
                webbrowser.open(url)

    threading.Thread(target=announce, daemon=True).start()
    # uvicorn shuts down gracefully on SIGINT and SIGTERM, then passes the signal on to the
    # handler it found: make that a quiet stop too (Ctrl-C raises KeyboardInterrupt already).
    signal.signal(signal.SIGTERM, _stop)
    try:
        server.run(sockets=[sock])
    except KeyboardInterrupt:
        pass  # uvicorn shut down on Ctrl-C, then passed the signal on: the usual way to stop
    finally:
        sock.close()
    say(w("serve_stopped", lang))
