"""Measure `debtguide check-message` on a labelled set of real messages.

Prints precision and recall per red flag, verdict accuracy, stage-hint accuracy and the
false alarms on messages labelled ordinary. It measures the pack's cue book (cues.yaml and
the flag kinds in flags.yaml) on its own, so it runs while other parts of a pack are being
written.

    .venv/bin/python tools/eval_messages.py [--messages FILE ...] [--content DIR] [--show] [--json]

Without --messages it measures both development sets (tests/data/messages-dev.yaml and
messages-dev-2.yaml, copies of shared/reference/) one by one and together. It runs over any
labels file without showing its messages (unless --show), so a new set can be measured
before anyone reads it. A labels file is a YAML list of messages with `id`, `text`, `accept`
(verdicts that count as right), `expected_stage`, `red_flags` and `kind`; "genuine" messages
are those labelled as a genuine court notice or whose accepted verdicts include neither
fake-notice nor scam: calling one of them fake or a scam is a false alarm.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from debtguide.content.models import CueBook, Flag  # noqa: E402
from debtguide.content.schema import validate  # noqa: E402
from debtguide.contract import FLAG_IDS  # noqa: E402
from debtguide.message import analyse  # noqa: E402

DEFAULT_MESSAGES = [
    REPO / "tests" / "data" / "messages-dev.yaml",
    REPO / "tests" / "data" / "messages-dev-2.yaml",
]
DEFAULT_CONTENT = REPO / "content" / "cn"

# The labels' stage names, as the stage ids a hint may give.
STAGE_LABELS: dict[str, set[str | None]] = {
    "unknown": {None},
    "reminder": {"reminder"},
    "phone_sms_collection": {"phone-collection", "written-collection"},
    "legal_letter": {"legal-letter"},
    "pre_suit_mediation": {"pre-suit-mediation"},
    "arbitration": {"arbitration"},
    "payment_order": {"payment-order"},
    "lawsuit": {"lawsuit"},
    "judgment": {"judgment"},
    "enforcement": {"enforcement"},
}


FAKE_VERDICTS = {"scam", "fake-notice"}


def is_genuine(item: dict[str, Any]) -> bool:
    """A genuine notice or message: labelled as a real court notice, or as ordinary, and no
    verdict saying it is fake would count as right."""
    if item.get("kind") == "genuine_court_notice":
        return True
    accept = set(item.get("accept", [item["verdict"]]))
    return item["verdict"] in ("ordinary", "unlawful") and not accept & FAKE_VERDICTS


def load_book(content: Path) -> tuple[CueBook, dict[str, str]]:
    """Read a pack's cue book (cues.yaml with claims.yaml) and the kind of each flag, without
    the rest of the pack."""

    from debtguide.content.load import load_cue_book

    book = load_cue_book(content)
    flags = validate(list[Flag], yaml.safe_load((content / "flags.yaml").read_text("utf-8")))
    return book, {f.id: f.kind for f in flags}


@dataclass
class Report:
    """The figures of one run."""

    messages: int = 0
    verdict_right: int = 0
    stage_right: int = 0
    ordinary_total: int = 0
    ordinary_false_alarms: int = 0
    genuine_total: int = 0
    genuine_called_fake: int = 0  # genuine notices (labelled ordinary) called fake-notice or scam
    court_total: int = 0
    court_called_fake: int = 0  # of those, messages labelled as genuine court notices
    per_flag: dict[str, dict[str, int]] = field(default_factory=dict)
    rows: list[dict[str, Any]] = field(default_factory=list)

    def precision(self, flag: str) -> float | None:
        c = self.per_flag[flag]
        return c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else None

    def recall(self, flag: str) -> float | None:
        c = self.per_flag[flag]
        return c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else None

    def micro(self) -> tuple[float, float]:
        tp = sum(c["tp"] for c in self.per_flag.values())
        fp = sum(c["fp"] for c in self.per_flag.values())
        fn = sum(c["fn"] for c in self.per_flag.values())
        return (tp / (tp + fp) if tp + fp else 1.0, tp / (tp + fn) if tp + fn else 1.0)

    @property
    def verdict_accuracy(self) -> float:
        return self.verdict_right / self.messages if self.messages else 0.0

    @property
    def stage_accuracy(self) -> float:
        return self.stage_right / self.messages if self.messages else 0.0

    def as_dict(self) -> dict[str, Any]:
        precision, recall = self.micro()
        return {
            "messages": self.messages,
            "verdict_accuracy": round(self.verdict_accuracy, 4),
            "stage_accuracy": round(self.stage_accuracy, 4),
            "ordinary_false_alarms": self.ordinary_false_alarms,
            "ordinary_total": self.ordinary_total,
            "genuine_called_fake": self.genuine_called_fake,
            "genuine_total": self.genuine_total,
            "court_called_fake": self.court_called_fake,
            "court_total": self.court_total,
            "flag_precision_micro": round(precision, 4),
            "flag_recall_micro": round(recall, 4),
            "per_flag": {
                flag: {**counts, "precision": self.precision(flag), "recall": self.recall(flag)}
                for flag, counts in self.per_flag.items()
            },
        }


def evaluate(messages: list[dict[str, Any]], book: CueBook, kinds: dict[str, str]) -> Report:
    """Run the check on every labelled message and count what it got right."""
    report = Report(per_flag={f: {"tp": 0, "fp": 0, "fn": 0} for f in FLAG_IDS})
    for item in messages:
        result = analyse(book, kinds, item["text"])
        expected = {f for f in item.get("red_flags", []) if f in FLAG_IDS}
        got = set(result.flag_ids())
        for flag in FLAG_IDS:
            if flag in got and flag in expected:
                report.per_flag[flag]["tp"] += 1
            elif flag in got:
                report.per_flag[flag]["fp"] += 1
            elif flag in expected:
                report.per_flag[flag]["fn"] += 1
        verdict_ok = result.verdict in item.get("accept", [item["verdict"]])
        stage_ok = result.stage_hint in STAGE_LABELS[item.get("expected_stage", "unknown")]
        report.messages += 1
        report.verdict_right += verdict_ok
        report.stage_right += stage_ok
        if item["verdict"] == "ordinary":
            report.ordinary_total += 1
            report.ordinary_false_alarms += result.verdict != "ordinary"
        if is_genuine(item):
            report.genuine_total += 1
            report.genuine_called_fake += result.verdict in FAKE_VERDICTS
        if item.get("kind") == "genuine_court_notice":
            report.court_total += 1
            report.court_called_fake += result.verdict in FAKE_VERDICTS
        report.rows.append(
            {
                "id": item["id"],
                "verdict": result.verdict,
                "accept": item.get("accept"),
                "verdict_ok": verdict_ok,
                "stage": result.stage_hint,
                "expected_stage": item.get("expected_stage"),
                "stage_ok": stage_ok,
                "flags": sorted(got),
                "expected_flags": sorted(expected),
            }
        )
    return report


def _pct(value: float | None) -> str:
    return "  n/a" if value is None else f"{value * 100:5.1f}%"


def print_report(report: Report, show: bool) -> None:
    out = sys.stdout
    out.write(f"messages: {report.messages}\n\n")
    out.write(f"{'flag':26} {'tp':>3} {'fp':>3} {'fn':>3}  precision  recall\n")
    for flag, c in report.per_flag.items():
        if not any(c.values()):
            continue
        out.write(
            f"{flag:26} {c['tp']:>3} {c['fp']:>3} {c['fn']:>3}  "
            f"{_pct(report.precision(flag)):>9}  {_pct(report.recall(flag)):>6}\n"
        )
    precision, recall = report.micro()
    out.write(f"{'all flags (micro)':26} {'':>11}  {_pct(precision):>9}  {_pct(recall):>6}\n\n")
    out.write(
        f"verdict accuracy:    {report.verdict_right}/{report.messages} "
        f"({_pct(report.verdict_accuracy).strip()})\n"
    )
    out.write(
        f"stage-hint accuracy: {report.stage_right}/{report.messages} "
        f"({_pct(report.stage_accuracy).strip()})\n"
    )
    out.write(
        f"false alarms on ordinary messages: {report.ordinary_false_alarms}"
        f"/{report.ordinary_total}\n"
    )
    out.write(
        f"genuine messages called fake or scam: {report.genuine_called_fake}"
        f"/{report.genuine_total}"
        f" (genuine court notices: {report.court_called_fake}/{report.court_total})\n"
    )
    if show:
        out.write("\n")
        for row in report.rows:
            mark = ("✓" if row["verdict_ok"] else "✗") + ("✓" if row["stage_ok"] else "✗")
            out.write(
                f"{mark} {row['id']}: {row['verdict']} (accept {row['accept']}), "
                f"stage {row['stage']} (expected {row['expected_stage']}), "
                f"flags {row['flags']} (labelled {row['expected_flags']})\n"
            )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=Path, action="append", help="labels file (repeatable)")
    parser.add_argument("--content", type=Path, default=DEFAULT_CONTENT)
    parser.add_argument("--show", action="store_true", help="list every message's result")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    files: list[Path] = args.messages or DEFAULT_MESSAGES
    from debtguide.errors import ContentError

    try:
        book, kinds = load_book(args.content)
    except ContentError as exc:
        sys.stderr.write(exc.message("en") + "\n" + "".join(f"  {p}\n" for p in exc.problems))
        return 1
    sets = {str(f): yaml.safe_load(f.read_text("utf-8")) for f in files}
    reports = {name: evaluate(messages, book, kinds) for name, messages in sets.items()}
    if len(sets) > 1:
        everything = [m for messages in sets.values() for m in messages]
        reports["all"] = evaluate(everything, book, kinds)
    if args.json:
        data = {name: report.as_dict() for name, report in reports.items()}
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        return 0
    for i, (name, report) in enumerate(reports.items()):
        sys.stdout.write(("\n" if i else "") + f"== {name}\n")
        print_report(report, args.show and name != "all")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
