"""How amounts and rates are written and compared: shared by the money modules and the output.

No I/O: `yuan()` and `pct()` format, `named()` prefixes a message with the value's name, and
TOLERANCE is the relative slack when comparing sums of floats.
"""

from __future__ import annotations

import math

TOLERANCE = 1e-9  # relative slack when comparing sums of floats


def named(name: str | None) -> str:
    """The `name: ` a message about a value starts with; empty when the value has no name."""
    return f"{name}: " if name else ""


def yuan(value: float) -> str:
    """Format yuan with thousands separators, dropping .00 (12,000 / 1,234.50)."""
    if not math.isfinite(value):
        return str(value)
    text = f"{value:,.2f}"
    return text.removesuffix(".00")


def pct(rate: float) -> str:
    """Format a yearly rate as a percentage with two decimals (0.3507 → 35.07%)."""
    return f"{rate * 100:.2f}%"
