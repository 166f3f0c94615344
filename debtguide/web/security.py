"""What keeps the page private: loopback Host only, a session cookie from a one-time address,
a size limit on what is sent, CSRF tokens on forms, and strict response headers.

A pure ASGI middleware, so that a refused request never reaches the routes (nor their form
parsing) and a too-large body is cut off before it is stored anywhere.
"""

from __future__ import annotations

import hmac
import secrets
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs

from debtguide.web.strings import w

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

COOKIE = "debtguide_session"
OPEN_PATH = "/open"  # the first address: /open?token=…, exchanged for the cookie
LOOPBACK_NAMES = frozenset({"127.0.0.1", "localhost", "[::1]"})
MAX_UPLOAD_MB = 10
MAX_BODY = (MAX_UPLOAD_MB + 1) * 1024 * 1024  # the attachments and the form around them
HEADERS = [
    (b"content-security-policy", b"default-src 'self'; form-action 'self'; frame-ancestors 'none'"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cache-control", b"no-store"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
]


@dataclass(frozen=True)
class Secrets:
    """The random values of one run of `debtguide serve`; nothing is kept after it stops."""

    token: str = field(default_factory=lambda: secrets.token_urlsafe(32))  # in the first URL
    session: str = field(default_factory=lambda: secrets.token_urlsafe(32))  # the cookie
    csrf: str = field(default_factory=lambda: secrets.token_urlsafe(32))  # in every form

    def csrf_ok(self, value: object) -> bool:
        return isinstance(value, str) and hmac.compare_digest(value.encode(), self.csrf.encode())


def host_is_loopback(host: str) -> bool:
    """Whether a Host header names this machine's loopback address (any port)."""
    host = host.strip().lower()
    if host.startswith("["):
        name = host[: host.find("]") + 1] if "]" in host else host
    else:
        name = host.rsplit(":", 1)[0] if ":" in host else host
    return name in LOOPBACK_NAMES


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope.get("headers", []):
        if key == name:
            return value.decode("latin-1")
    return None


def _cookie(scope: Scope, name: str) -> str | None:
    raw = _header(scope, b"cookie")
    if not raw:
        return None
    for part in raw.split(";"):
        key, _, value = part.strip().partition("=")
        if key == name:
            return value
    return None


def _refusal(status: int, *keys: str, **values: object) -> tuple[int, bytes]:
    lines = [w(k, lang, **values) for k in keys for lang in ("zh", "en")]
    body = "<!doctype html><meta charset=utf-8><title>debtguide</title>" + "".join(
        f"<p>{line}</p>" for line in lines
    )
    return status, body.encode("utf-8")


async def _send_page(send: Send, status: int, body: bytes, extra: list[Any] | None = None) -> None:
    headers = [
        (b"content-type", b"text/html; charset=utf-8"),
        (b"content-length", str(len(body)).encode()),
        *HEADERS,
        *(extra or []),
    ]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


class BodyTooLarge(Exception):
    """The request body passed MAX_BODY while it was read."""


class Guard:
    """Refuse every request that is not from this machine's own browser session."""

    def __init__(self, app: ASGIApp, keys: Secrets, max_body: int = MAX_BODY) -> None:
        self.app = app
        self.keys = keys
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await self.app(scope, receive, send)
            return
        if scope["type"] != "http":  # no websockets
            return
        host = _header(scope, b"host") or ""
        if not host_is_loopback(host):
            await _send_page(send, *_refusal(421, "refused_host"))
            return
        origin = _header(scope, b"origin")
        if origin and origin != "null" and not host_is_loopback(origin.split("//", 1)[-1]):
            await _send_page(send, *_refusal(403, "refused_csrf"))
            return
        if scope["path"] == OPEN_PATH:
            await self._open(scope, send)
            return
        cookie = _cookie(scope, COOKIE)
        if cookie is None or not hmac.compare_digest(cookie.encode(), self.keys.session.encode()):
            await _send_page(send, *_refusal(403, "refused_token"))
            return
        length = _header(scope, b"content-length")
        if length is not None and (not length.isdigit() or int(length) > self.max_body):
            await _send_page(send, *_refusal(413, "refused_big", mb=MAX_UPLOAD_MB))
            return
        await self._call(scope, receive, send)

    async def _open(self, scope: Scope, send: Send) -> None:
        """Exchange the one-time token for the session cookie, then leave the token's address."""
        query = parse_qs(scope.get("query_string", b"").decode("latin-1"))
        token = (query.get("token") or [""])[0]
        if not hmac.compare_digest(token.encode(), self.keys.token.encode()):
            await _send_page(send, *_refusal(403, "refused_token"))
            return
        cookie = f"{COOKIE}={self.keys.session}; HttpOnly; SameSite=Strict; Path=/"
        headers = [
            (b"location", b"/"),
            (b"set-cookie", cookie.encode()),
            (b"content-length", b"0"),
            *HEADERS,
        ]
        await send({"type": "http.response.start", "status": 303, "headers": headers})
        await send({"type": "http.response.body", "body": b""})

    async def _call(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Run the app, counting the body as it arrives; past the limit, answer 413 instead."""
        seen = 0
        started = False

        async def counted() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_body:
                    raise BodyTooLarge
            return message

        async def sending(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                message["headers"] = [*message.get("headers", []), *HEADERS]
            await send(message)

        try:
            await self.app(scope, counted, sending)
        except BodyTooLarge:
            if not started:
                await _send_page(send, *_refusal(413, "refused_big", mb=MAX_UPLOAD_MB))
