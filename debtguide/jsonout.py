"""The one JSON writer every `--json` output goes through (light: no content models)."""

from __future__ import annotations

import sys
from typing import Any


def print_json(data: Any) -> None:
    """Write one JSON document to stdout: as UTF-8 text where stdout can show it, else with
    \\u escapes (an ASCII or GBK stream would otherwise print `?` for what it cannot encode)."""
    import json

    text = json.dumps(data, ensure_ascii=False, indent=2)
    try:
        text.encode(getattr(sys.stdout, "encoding", None) or "utf-8")
    except (UnicodeError, LookupError, TypeError):
        text = json.dumps(data, indent=2)
    sys.stdout.write(text + "\n")
