"""Letter templates as content: the Jinja2 environment they are written for, and what a check
needs to know of one (does it compile, which excerpts does it cite).

The letters package renders with this same environment, so a template the content check
passes is one the letters can render.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

_CITE_CALL = re.compile(r"\bcites?\(([^)]*)\)")
_QUOTED = re.compile(r"""['"]([^'"]+)['"]""")


def environment(finalize: Callable[[Any], Any] | None = None) -> Any:
    """The sandboxed Jinja2 environment letters are rendered in: strict, no autoescape."""
    from jinja2 import StrictUndefined
    from jinja2.sandbox import SandboxedEnvironment

    env = SandboxedEnvironment(
        undefined=StrictUndefined,
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        finalize=finalize,
    )
    env.filters["cell"] = lambda value: str(value).replace("|", "｜")
    return env


def template_cites(source: str) -> list[str]:
    """The excerpt ids a template names in `cite(...)` or `cites(...)` calls."""
    found: list[str] = []
    for call in _CITE_CALL.findall(source):
        found += [c for c in _QUOTED.findall(call) if c not in found]
    return found


def template_problems(source: str) -> list[tuple[int | None, str]]:
    """Whether a template compiles: a list of (line, message), empty when it does."""
    from jinja2 import TemplateSyntaxError

    try:
        environment().parse(source)
    except TemplateSyntaxError as exc:
        return [(exc.lineno, f"template does not compile: {exc.message}")]
    return []
