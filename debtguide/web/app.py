"""The page's routes: the same advisor as the commands, as server-rendered HTML.

Everything that decides anything is the CLI's own code: answers.parse / validate, engine.assess
(through letters.situation.letter_situation, with the evidence log's flags), render.plan_json.plan_json,
letters.templates.render and letters.writers, message.check with render.message.result_json,
the evidence store and its report. This module only reads forms, calls them and fills templates.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.datastructures import FormData, UploadFile
from starlette.exceptions import HTTPException
from starlette.formparsers import MultiPartException
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from debtguide.content.models import Pack
from debtguide.errors import DebtguideError
from debtguide.i18n import LANGS
from debtguide.web import case_flow, commands, store
from debtguide.web.security import MAX_UPLOAD_MB, BodyTooLarge, Guard, Secrets
from debtguide.web.strings import w

HERE = Path(__file__).resolve().parent
LANG_COOKIE = "debtguide_lang"
MAX_MESSAGE = 20_000  # characters of a pasted message
MAX_FILES = 10


class Web:
    """One running page: the pack, the secrets, the language by default and the day."""

    def __init__(self, pack: Pack, keys: Secrets, lang: str, today: Callable[[], dt.date]) -> None:
        import jinja2
        from jinja2.sandbox import SandboxedEnvironment

        self.pack = pack
        self.keys = keys
        self.lang = lang
        self.today = today
        self.env = SandboxedEnvironment(
            loader=jinja2.FileSystemLoader(HERE / "templates"),
            autoescape=True,
            trim_blocks=True,
            lstrip_blocks=True,
        )

        @jinja2.pass_context
        def linked(context: Any, text: object) -> Any:
            """A pack text, its `debtguide …` commands links to this page's routes."""
            return commands.linked(text, pack, context["lang"])

        self.env.filters["linked"] = linked

    def lang_of(self, request: Request) -> str:
        chosen = request.cookies.get(LANG_COOKIE)
        return chosen if chosen in LANGS else self.lang

    def page(self, request: Request, name: str, status: int = 200, **values: Any) -> HTMLResponse:
        lang = self.lang_of(request)
        pack = self.pack

        def cite(excerpt_id: str) -> str:
            return pack.cite_label(excerpt_id, lang) if excerpt_id in pack.laws else excerpt_id

        html = self.env.get_template(name).render(
            lang=lang,
            other="en" if lang == "zh" else "zh",
            w=lambda key, **v: w(key, lang, **v),
            cite=cite,
            csrf=self.keys.csrf,
            path=request.url.path,
            disclaimer=pack.info.disclaimer(lang),
            **values,
        )
        return HTMLResponse(html, status_code=status)

    async def form(self, request: Request) -> FormData | Response:
        """The posted form, or the refusal page: too large, or no valid CSRF token."""
        try:
            form = await request.form(max_files=MAX_FILES, max_fields=200)
        except BodyTooLarge:
            return self.refusal(
                request, 413, w("refused_big", self.lang_of(request), mb=MAX_UPLOAD_MB)
            )
        except (MultiPartException, HTTPException) as exc:  # a field over 1 MB, bad multipart
            lang = self.lang_of(request)
            if "maximum size" in str(getattr(exc, "detail", exc)):
                return self.refusal(request, 413, w("refused_big", lang, mb=MAX_UPLOAD_MB))
            return self.refusal(request, 400, w("refused_form", lang))
        if not self.keys.csrf_ok(form.get("csrf")):
            await form.close()
            return self.refusal(request, 403, w("refused_csrf", self.lang_of(request)))
        return form

    def refusal(self, request: Request, status: int, text: str) -> HTMLResponse:
        return self.page(request, "message_only.html", status=status, text=text)


# ---- routes ----------------------------------------------------------------------------------


def build(
    pack: Pack,
    keys: Secrets | None = None,
    lang: str = "zh",
    today: Callable[[], dt.date] = dt.date.today,
) -> Any:
    """The whole ASGI app: the routes behind the security guard."""
    web = Web(pack, keys or Secrets(), lang, today)

    async def home(request: Request) -> Response:
        state = case_flow.load(pack, web.today(), web.lang_of(request))
        notice = request.query_params.get("notice")
        note = None
        if notice == "restarted" and request.query_params.get("name", "").startswith("interview-"):
            note = w("home_restarted", web.lang_of(request), name=request.query_params["name"])
        return web.page(request, "home.html", state=state, note=note)

    async def switch_lang(request: Request) -> Response:
        to = request.query_params.get("to", "")
        back = request.query_params.get("next", "/")
        if not back.startswith("/") or back.startswith("//") or "\\" in back:
            back = "/"
        response = RedirectResponse(back, status_code=303)
        if to in LANGS:
            response.set_cookie(LANG_COOKIE, to, httponly=True, samesite="strict")
        return response

    async def restart(request: Request) -> Response:
        form = await web.form(request)
        if isinstance(form, Response):
            return form
        backup = store.restart()
        target = "/"
        if backup is not None:
            target = f"/?notice=restarted&name={backup.name}"
        return RedirectResponse(target, status_code=303)

    # -- the interview

    async def interview(request: Request) -> Response:
        lang = web.lang_of(request)
        state = case_flow.load(pack, web.today(), lang)
        wanted = request.query_params.get("q")
        if wanted is not None:
            question = pack.question(wanted)
            if question is None:
                return web.refusal(request, 404, w("iv_unknown_question", lang))
            debt_id = state.debt_id(request.query_params.get("debt"))
            if debt_id is None and not state.household(question):
                if len(state.case.debts) != 1:
                    return web.refusal(request, 404, w("iv_unknown_question", lang))
                debt_id = state.case.ids[0]
            return web.page(request, "interview.html", **state.step_view(debt_id, question, lang))
        step = state.next_step()
        if step is None:
            return web.page(request, "interview_done.html", state=state, review=state.review(lang))
        if step.kind == "more":
            return web.page(
                request, "interview_decide.html", kind=case_flow.MORE, count=len(state.case.debts)
            )
        if step.kind == "money":
            return web.page(
                request, "interview_decide.html", kind=case_flow.MONEY, count=len(state.case.debts)
            )
        return web.page(
            request, "interview.html", **state.step_view(step.debt, step.question, lang)
        )

    async def interview_post(request: Request) -> Response:
        form = await web.form(request)
        if isinstance(form, Response):
            return form
        lang = web.lang_of(request)
        state = case_flow.load(pack, web.today(), lang)
        wanted = str(form.get("q", ""))
        action = form.get("action", "next")
        if wanted in (case_flow.MORE, case_flow.MONEY):
            state.decide(wanted, action == "yes")
            state.save()
            return RedirectResponse("/interview", status_code=303)
        question = pack.question(wanted)
        debt_id = state.debt_id(str(form.get("debt", "")))
        if question is not None and debt_id is None and not state.household(question):
            debt_id = state.case.ids[0] if len(state.case.debts) == 1 else None
            if debt_id is None:
                question = None
        if question is None:
            return web.refusal(request, 400, w("iv_unknown_question", lang))
        if state.household(question):
            debt_id = None
        if action == "skip":
            state.skip(debt_id, question)
        elif action == "dontknow":
            state.dont_know(debt_id, question)
        else:
            raw: Any = form.getlist("value") if question.type == "multi" else form.get("value")
            error = state.answer(debt_id, question, raw, lang)
            if error is not None:
                step = state.step_view(debt_id, question, lang, raw=raw, error=error)
                return web.page(request, "interview.html", status=400, **step)
        state.save()
        return RedirectResponse("/interview", status_code=303)

    # -- the plan

    async def plan(request: Request) -> Response:
        lang = web.lang_of(request)
        state = case_flow.load(pack, web.today(), lang)
        if not state.answered():
            return web.page(request, "plan.html", plan=None, state=state)
        result = case_flow.assessment(pack, state.case, web.today(), lang)
        debts = [
            {
                "number": n,
                "lender": debt.lender_name,
                "plan": store.plan_view(pack, result.results[debt.id], lang),
            }
            for n, debt in enumerate(state.case.debts, 1)
        ]
        several = len(debts) > 1
        for debt in debts:
            debt["plan"]["debt_query"] = f"?debt={debt['number']}" if several else ""
            debt["plan"]["debt_amp"] = f"&debt={debt['number']}" if several else ""
        summary = case_flow.summary_view(pack, result, lang) if several else None
        safety: list[Any] = next(
            (d["plan"]["safety_actions"] for d in debts if d["plan"]["safety_actions"]), []
        )
        return web.page(
            request,
            "plan.html",
            plan=debts[0]["plan"],
            debts=debts,
            summary=summary,
            safety=safety,
            state=state,
        )

    async def plan_ics(request: Request) -> Response:
        from debtguide.calendar import deadlines_ics

        lang = web.lang_of(request)
        state = case_flow.load(pack, web.today(), lang)
        debt_id = state.debt_id(request.query_params.get("debt") or "1")
        if debt_id is None:
            return web.refusal(request, 404, w("not_found", lang))
        result = case_flow.assessment(pack, state.case, web.today(), lang)
        body = deadlines_ics(result.results[debt_id], lang).encode("utf-8")
        number = state.number(debt_id)
        return download(body, f"debtguide-deadlines-{number}.ics", "text/calendar; charset=utf-8")

    # -- letters

    def chosen_debt(state: Any, number: str | None) -> tuple[str | None, dict, dict]:
        """The debt a letter is for (the first unless another is picked), its answers and
        the letter details saved for it (the profile, then the debt's own)."""
        if not state.case.debts:
            return None, {}, {}
        debt_id = state.debt_id(number) or state.case.ids[0]
        return debt_id, state.case.answers_for(debt_id), state.case.letter_fields(debt_id)

    def debt_choices(state: Any) -> list[tuple[int, str]]:
        if len(state.case.debts) < 2:
            return []
        return [(n, d.lender_name or d.id) for n, d in enumerate(state.case.debts, 1)]

    async def letters_list(request: Request) -> Response:
        lang = web.lang_of(request)
        state = case_flow.load(pack, web.today(), lang)
        fits: list[str] = []
        for debt_id in state.case.ids:
            for fit in store.fitting_letters(
                pack, state.case.answers_for(debt_id), web.today(), lang
            ):
                if fit not in fits:
                    fits.append(fit)
        return web.page(request, "letters.html", letters=store.letter_list(pack, lang), fits=fits)

    async def letter_page(request: Request) -> Response:
        lang = web.lang_of(request)
        letter_id = request.path_params["letter"]
        if letter_id not in pack.letters:
            return web.refusal(request, 404, w("letter_unknown", lang))
        state = case_flow.load(pack, web.today(), lang)
        debt_id, answers, saved = chosen_debt(state, request.query_params.get("debt"))
        view = store.letter_form(pack, letter_id, answers, saved, web.today(), lang, None)
        return web.page(
            request,
            "letter.html",
            debts=debt_choices(state),
            debt_no=state.number(debt_id) or "",
            **view,
        )

    async def letter_post(request: Request) -> Response:
        form = await web.form(request)
        if isinstance(form, Response):
            return form
        lang = web.lang_of(request)
        letter_id = request.path_params["letter"]
        if letter_id not in pack.letters:
            return web.refusal(request, 404, w("letter_unknown", lang))
        state = case_flow.load(pack, web.today(), lang)
        values = {k: str(v) for k, v in form.items() if isinstance(v, str)}
        debt_id, answers, saved = chosen_debt(state, values.get("debt"))
        view = store.letter_form(pack, letter_id, answers, saved, web.today(), lang, values)
        extra: dict[str, Any] = {
            "debts": debt_choices(state),
            "debt_no": state.number(debt_id) or "",
        }
        if view["errors"]:
            return web.page(request, "letter.html", status=400, **extra, **view)
        fmt = values.get("format", "preview")
        if fmt in ("docx", "txt"):
            from debtguide.letters.writers import encode

            body = encode(view["rendered"], f".{fmt}", web.today())
            kind = {
                "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "txt": "text/plain; charset=utf-8",
            }[fmt]
            return download(body, f"{letter_id}-{view['letter_lang']}.{fmt}", kind)
        return web.page(request, "letter.html", **extra, **view)

    # -- the message check

    async def message_page(request: Request) -> Response:
        return web.page(request, "message.html", text="", result=None, error=None)

    async def message_post(request: Request) -> Response:
        form = await web.form(request)
        if isinstance(form, Response):
            return form
        lang = web.lang_of(request)
        text = str(form.get("text") or "")
        error = None
        if not text.strip():
            error = w("msg_empty", lang)
        elif len(text) > MAX_MESSAGE:
            error = w("msg_too_long", lang, limit=MAX_MESSAGE)
        if error:
            return web.page(
                request, "message.html", status=400, text=text, result=None, error=error
            )
        result = store.check_message(pack, text, lang)
        return web.page(request, "message.html", text=text, result=result, error=None)

    # -- the evidence log

    async def log_page(request: Request) -> Response:
        lang = web.lang_of(request)
        view = store.log_view(pack, lang)
        saved = request.query_params.get("saved")
        note = w("log_saved", lang, number=saved) if saved and saved.isdigit() else None
        return web.page(request, "log.html", note=note, **view)

    async def log_add_page(request: Request) -> Response:
        lang = web.lang_of(request)
        debts = debt_choices(case_flow.load(pack, web.today(), lang))
        return web.page(request, "log_add.html", **store.log_form(pack, lang, debts=debts))

    async def log_add_post(request: Request) -> Response:
        form = await web.form(request)
        if isinstance(form, Response):
            return form
        lang = web.lang_of(request)
        try:
            uploads = [
                f for f in form.getlist("attach") if isinstance(f, UploadFile) and f.filename
            ]
            values = {k: str(v) for k, v in form.items() if isinstance(v, str)}
            behaviours = [str(b) for b in form.getlist("behaviour")]
            state = case_flow.load(pack, web.today(), lang)
            debt_id = state.debt_id(values.get("debt")) if len(state.case.debts) > 1 else None
            result = await store.log_add(values, behaviours, uploads, lang, debt_id)
        finally:
            await form.close()
        if isinstance(result, str):
            view = store.log_form(pack, lang, values, behaviours, result, debt_choices(state))
            return web.page(request, "log_add.html", status=400, **view)
        return RedirectResponse(f"/log?saved={result}", status_code=303)

    async def log_file(request: Request) -> Response:
        found = store.attachment(request.path_params["entry"], request.path_params["position"])
        if found is None:
            return web.refusal(request, 404, w("not_found", web.lang_of(request)))
        data, name = found
        return download(data, name, "application/octet-stream")

    # -- stages and laws

    async def stages(request: Request) -> Response:
        return web.page(request, "stages.html", stages=pack.stages)

    async def stage(request: Request) -> Response:
        from debtguide.render.reference import stage_json

        lang = web.lang_of(request)
        found = next((s for s in pack.stages if s.id == request.path_params["stage"]), None)
        if found is None:
            return web.refusal(request, 404, w("not_found", lang))
        return web.page(
            request, "stage.html", stage=stage_json(pack, found, lang), total=len(pack.stages)
        )

    async def laws(request: Request) -> Response:
        return web.page(request, "laws.html", laws=list(pack.laws.values()))

    async def law(request: Request) -> Response:
        from debtguide.render.reference import law_json

        lang = web.lang_of(request)
        excerpt = pack.laws.get(request.path_params["law"])
        if excerpt is None:
            return web.refusal(request, 404, w("not_found", lang))
        return web.page(request, "law.html", law=law_json(excerpt, lang))

    async def not_found(request: Request, exc: Exception) -> Response:
        return web.refusal(request, 404, w("not_found", web.lang_of(request)))

    async def failed(request: Request, exc: Exception) -> Response:
        lang = web.lang_of(request)
        if isinstance(exc, DebtguideError):
            return web.refusal(
                request,
                400 if exc.exit_code == 2 else 500,
                w("error_page", lang, reason=exc.message(lang)),
            )
        raise exc

    routes = [
        Route("/", home),
        Route("/lang", switch_lang),
        Route("/restart", restart, methods=["POST"]),
        Route("/interview", interview),
        Route("/interview", interview_post, methods=["POST"]),
        Route("/plan", plan),
        Route("/plan.ics", plan_ics),
        Route("/letters", letters_list),
        Route("/letters/{letter}", letter_page),
        Route("/letters/{letter}", letter_post, methods=["POST"]),
        Route("/message", message_page),
        Route("/message", message_post, methods=["POST"]),
        Route("/log", log_page),
        Route("/log/add", log_add_page),
        Route("/log/add", log_add_post, methods=["POST"]),
        Route("/log/file/{entry:int}/{position:int}", log_file),
        Route("/stages", stages),
        Route("/stages/{stage}", stage),
        Route("/laws", laws),
        Route("/laws/{law}", law),
        Mount("/static", StaticFiles(directory=HERE / "static"), name="static"),
    ]
    app = Starlette(routes=routes, exception_handlers={404: not_found, DebtguideError: failed})
    return Guard(app, web.keys)


def download(body: bytes, name: str, kind: str) -> Response:
    """A file to save, never to show: attachment disposition, and nosniff from the guard."""
    from urllib.parse import quote

    ascii_name = name.encode("ascii", "replace").decode().replace('"', "_").replace("?", "_")
    disposition = f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(name)}"
    return Response(body, media_type=kind, headers={"content-disposition": disposition})
