"""The view of `debtguide check-message`: the result as Rich renderables and as a JSON-ready
dict; no decisions here."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from debtguide.i18n import t

if TYPE_CHECKING:
    from rich.console import RenderableType

    from debtguide.content.models import Pack
    from debtguide.message import MessageResult


def result_json(pack: Pack, result: MessageResult, lang: str) -> dict[str, Any]:
    """The result as CONTRACT.md §4 prints it, with what to do and where to report."""
    from debtguide.message import advice, report_channels

    book = pack.cues
    stage = _stage(pack, result.stage_hint)
    verdict = book.verdicts.get(result.verdict)  # type: ignore[call-overload]
    claims = book.claims.claims if book.claims else {}
    return {
        "schema": "debtguide.message/1",
        "pack": pack.info.id,
        "lang": lang,
        "stage_hint": result.stage_hint,
        "stage": (
            {"id": stage.id, "title": stage.title(lang), "summary": stage.summary(lang)}
            if stage
            else None
        ),
        "flags": [
            {
                "id": f.id,
                "kind": pack.flags[f.id].kind,
                "title": pack.flags[f.id].title(lang),
                "evidence": f.evidence,
                "matches": list(f.matches),
                "why": pack.flags[f.id].why(lang),
                "todo": pack.flags[f.id].todo(lang),
                "report_to": pack.flags[f.id].report_to,
                "cites": pack.flags[f.id].cites,
            }
            for f in result.flags
        ],
        "verdict": result.verdict,
        "verdict_text": (
            {"title": verdict.title(lang), "explain": verdict.explain(lang)} if verdict else None
        ),
        "signals": [
            {
                "id": s.id,
                "title": book.signals[s.id].title(lang),
                "evidence": s.evidence,
                "note": _note(pack, s.id, lang),
            }
            for s in result.signals
        ],
        "next_steps": [item.text(lang) for item in advice(book, result)],
        "report_to": [
            {
                "id": c,
                "name": pack.channels[c].name(lang),
                "contact": pack.channels[c].contact,
            }
            for c in report_channels(pack, result)
        ],
        "claims": [
            {
                "id": c.id,
                "type": claims[c.id].type,
                "title": claims[c.id].title(lang),
                "evidence": c.evidence,
                "matches": list(c.matches),
                "check": _check(pack, result, c.id, lang),
            }
            for c in result.claims
            if c.id in claims
        ],
        "believable": _believable_json(pack, result, lang),
        "court_named": result.court,
        "genuine_looks": _genuine_looks(pack, result, lang),
        "checked_chars": result.checked_chars,
        "truncated": result.truncated,
        "disclaimer": pack.info.disclaimer(lang),
    }


# Claims about courts: the output then says what a genuine court text looks like.
_COURT_CLAIMS = ("from-court", "case-filed", "summons", "dishonest-list", "official-link")


_COURT_CHECKS = ("from-court", "case-filed", "summons")


def _check(pack: Pack, result: MessageResult, claim_id: str, lang: str) -> str | None:
    """How to verify one claim through official channels, with the court named if any."""
    claims = pack.cues.claims.claims if pack.cues.claims else {}
    claim = claims.get(claim_id)
    if claim is None or claim.check is None:
        return None
    text = claim.check(lang)
    if result.court and claim_id in _COURT_CHECKS:
        text += (" " if lang == "en" else "") + t("msg_court_named", lang, court=result.court)
    return text


def _believable_json(pack: Pack, result: MessageResult, lang: str) -> dict[str, Any]:
    from debtguide.message import deciding_rule

    rule = deciding_rule(pack.cues, result)
    return {
        "value": result.believable,
        "rule": rule.id if rule else None,
        "why": rule.reason(lang) if rule else None,
        "cites": list(rule.cites) if rule else [],
    }


def _genuine_looks(pack: Pack, result: MessageResult, lang: str) -> str | None:
    found = {c.id for c in result.claims}
    if pack.cues.claims is None or not found & {*_COURT_CLAIMS, "lookalike-link"}:
        return None
    return pack.cues.claims.domains.genuine(lang)


def claims_line(pack: Pack, result: MessageResult, lang: str) -> str:
    """One line: what the message claims, and why that is or is not believable."""
    from debtguide.message import deciding_rule

    claims = pack.cues.claims.claims if pack.cues.claims else {}
    said = [
        claims[c.id].title(lang)
        for c in result.claims
        if c.id in claims and claims[c.id].type in ("sender", "claim", "demand")
    ]
    if lang == "en":  # titles read as phrases inside the sentence
        said = [s[0].lower() + s[1:] for s in said]
    if said:
        line = t("msg_claims_line", lang, claims=t("msg_list_sep", lang).join(said))
    else:
        line = t("msg_claims_none", lang)
    rule = deciding_rule(pack.cues, result)
    sep = "" if lang == "zh" else " "
    if rule is None:
        return line + sep + t("msg_unjudged", lang) if said else line
    if rule.believable:
        key = "msg_believable"
    elif all(pack.flags[f].kind == "unlawful" for f in rule.raise_flags if f in pack.flags):
        key = "msg_unlawful_claim"  # conduct that breaks the rules, whatever the debt
    else:
        key = "msg_not_believable"
    return line + sep + t(key, lang, why=rule.reason(lang))


def _stage(pack: Pack, stage_id: str | None):
    return next((s for s in pack.stages if s.id == stage_id), None) if stage_id else None


def _note(pack: Pack, signal_id: str, lang: str) -> str | None:
    note = pack.cues.signals[signal_id].note
    return note(lang) if note else None


def result_view(pack: Pack, result: MessageResult, lang: str) -> RenderableType:
    """The result for a reader: verdict, stage, each flag with its evidence, next steps."""
    from rich.console import Group
    from rich.padding import Padding
    from rich.table import Table
    from rich.text import Text

    from debtguide.message import advice, report_channels
    from debtguide.render import reference as render
    from debtguide.render.layout import panel

    book = pack.cues
    style = {"ordinary": "green", "unlawful": "red", "scam": "red", "fake-notice": "red"}
    colour = style.get(result.verdict, "yellow")
    parts: list[RenderableType] = []

    verdict = book.verdicts.get(result.verdict)  # type: ignore[call-overload]
    colon = "：" if lang == "zh" else ": "
    head = Text(t("msg_verdict", lang) + colon, style="bold")
    head.append(verdict.title(lang) if verdict else result.verdict, style=f"bold {colour}")
    body = [head]
    if verdict:
        body.append(Text(verdict.explain(lang), overflow="fold"))
    if book.claims is not None:
        body.append(Text(claims_line(pack, result, lang), style="bold", overflow="fold"))
    parts.append(panel(Group(*body), t("msg_title", lang), title_align="left"))
    if result.truncated:
        parts.append(Text(t("msg_truncated", lang, n=result.checked_chars), style="yellow"))

    def heading(text: str) -> RenderableType:
        return Padding(Text(text, style="bold magenta"), (1, 0, 0, 0))

    parts.append(heading(t("msg_sec_what", lang)))
    stage = _stage(pack, result.stage_hint)
    if stage is not None:
        line = Text(t("msg_stage", lang, title=stage.title(lang), id=stage.id))
        parts += [
            line,
            Text(stage.summary(lang)),
            Text(t("msg_stage_more", lang, id=stage.id), style="dim"),
        ]
    elif result.verdict in book.stage_hint.none_for:
        parts.append(Text(t("msg_no_stage_outside", lang)))
    else:
        parts.append(Text(t("msg_no_stage", lang)))

    parts.append(heading(t("msg_sec_flags", lang, n=len(result.flags))))
    if not result.flags:
        parts.append(Text(t("msg_no_flags", lang)))
    cited: list[str] = []
    for finding in result.flags:
        flag = pack.flags[finding.id]
        title = Text("✗ ", style=colour) + Text(flag.title(lang), style="bold")
        kind_key = {
            "unlawful": "msg_kind_unlawful",
            "scam": "msg_kind_scam",
            "fake-notice": "msg_kind_fake-notice",
        }[flag.kind]
        title.append(f"  [{t(kind_key, lang)}]", style="dim")
        grid = Table.grid(padding=(0, 1))
        grid.add_column(style="bold", no_wrap=True)
        grid.add_column(overflow="fold")
        quoted = (
            "“" + "”、“".join(finding.matches) + "”"
            if lang == "zh"
            else ", ".join(f'"{m}"' for m in finding.matches)
        )
        grid.add_row(t("msg_evidence", lang), Text(quoted, style="yellow"))
        grid.add_row(
            t("msg_why", lang), Text(flag.why(lang)) + render.cites_text(pack, flag.cites, lang)
        )
        grid.add_row(t("msg_todo", lang), Text(flag.todo(lang)))
        names = [pack.channels[c].name(lang) for c in flag.report_to]
        grid.add_row(
            t("msg_report", lang), Text("；".join(names) if lang == "zh" else "; ".join(names))
        )
        parts += [Padding(title, (1, 0, 0, 0)), Padding(grid, (0, 0, 0, 2))]
        cited += [c for c in flag.cites if c not in cited]

    notes = [s for s in result.signals if book.signals[s.id].note is not None]
    if notes:
        parts.append(heading(t("msg_sec_notes", lang)))
        for signal in notes:
            item = Text("• ") + Text(book.signals[signal.id].title(lang), style="bold")
            item.append(
                f"（{signal.evidence}）" if lang == "zh" else f" ({signal.evidence})",
                style="yellow",
            )
            parts += [item, Padding(Text(_note(pack, signal.id, lang) or ""), (0, 0, 0, 2))]

    checks = [
        (book.claims.claims[c.id].title(lang), said)
        for c in result.claims
        if book.claims is not None
        and c.id in book.claims.claims
        and (said := _check(pack, result, c.id, lang))
    ]
    genuine = _genuine_looks(pack, result, lang)
    if checks or genuine:
        parts.append(heading(t("msg_sec_check", lang)))
        for claim_title, said in checks:
            parts += [
                Text("• ") + Text(claim_title, style="bold"),
                Padding(Text(said), (0, 0, 0, 2)),
            ]
        if genuine:
            parts += [
                Text("• ") + Text(t("msg_genuine_looks", lang), style="bold"),
                Padding(Text(genuine), (0, 0, 0, 2)),
            ]

    steps = [Text(item.text(lang)) for item in advice(book, result)]
    if steps:
        parts.append(heading(t("msg_sec_next", lang)))
        grid = Table.grid(padding=(0, 1))
        grid.add_column(justify="right", style="bold")
        grid.add_column(overflow="fold")
        for i, step in enumerate(steps, 1):
            grid.add_row(f"{i}.", step)
        parts.append(grid)

    channels = report_channels(pack, result)
    if channels:
        parts += [heading(t("msg_sec_report", lang)), render.channels_list(pack, channels, lang)]
    if result.stage_hint and book.not_detectable:
        parts.append(heading(t("msg_not_detectable", lang)))
        for note in book.not_detectable.values():
            parts.append(Text(f"• {note(lang)}", style="dim"))
    caution = render.cautions(pack, cited, lang)
    if caution is not None:
        parts += [Padding(caution, (1, 0, 0, 0))]
    if cited:
        parts.append(
            Padding(Text(t("law_hint", lang, example=cited[0]), style="dim"), (1, 0, 0, 0))
        )
    return Group(*parts)
