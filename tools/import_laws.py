"""Refresh content/cn/laws.yaml from the legal references' excerpts.yaml.

The law texts, ids and plain notes are copied unchanged. The reference's cautions are
notes for maintainers in English; the user-facing caution (zh and en, in our words) is
kept from the current file, and an excerpt whose caution is still to be written is named
on stderr (the content tests fail until it is).

    python tools/import_laws.py tests/data/reference/excerpts.yaml content/cn/laws.yaml

tests/data/reference/ holds the repository's copy of the references (a test checks that it
matches them whenever they are next to the clone); when they change, copy them there first.
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml


def _literal(dumper: yaml.Dumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


def main(reference: str, target: str) -> None:
    source = yaml.safe_load(Path(reference).read_text(encoding="utf-8"))
    out_path = Path(target)
    old = {}
    if out_path.exists():
        old = {x["id"]: x for x in yaml.safe_load(out_path.read_text(encoding="utf-8")) or []}
    items = []
    for src in source:
        item = {k: src[k] for k in ("id", "law", "version", "article", "article_no", "topic")}
        item["text"] = src["text"]
        item["plain"] = {"zh": src["plain_zh"], "en": src["plain_en"]}
        if "caution" in src:
            previous = (old.get(src["id"]) or {}).get("caution")
            if previous:
                item["caution"] = previous
            else:
                print(f"{src['id']}: write a user-facing caution", file=sys.stderr)
        items.append(item)
    yaml.add_representer(str, _literal)
    header = (
        "# Verbatim law excerpts this pack may cite, from the legal references' excerpts.yaml\n"
        "# (copied in tests/data/reference/excerpts.yaml; refresh with tools/import_laws.py).\n"
        "# `text` is the law; `plain` and `caution` are ours.\n"
    )
    body = yaml.dump(items, allow_unicode=True, sort_keys=False, width=10_000)
    out_path.write_text(header + body, encoding="utf-8")


if __name__ == "__main__":
    main(*sys.argv[1:3])
