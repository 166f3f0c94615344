"""The one "did you mean": names close to what was typed, for error hints."""

from __future__ import annotations

from collections.abc import Iterable


def suggest(typed: str, names: Iterable[str], n: int = 3, cutoff: float = 0.6) -> list[str]:
    """Up to `n` of `names` close to `typed`, closest first (difflib's ratio ≥ `cutoff`)."""
    import difflib

    return difflib.get_close_matches(typed, list(names), n=n, cutoff=cutoff)
