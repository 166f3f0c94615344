"""`debtguide serve`'s page, through Starlette's test client: every page in both languages, bad
input on every form (a clear message, nothing saved), and each security rule refusing."""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import re
from pathlib import Path
from typing import Any

import pytest
from starlette.testclient import TestClient

from debtguide.content.record import replace
from debtguide.web.app import build
from debtguide.web.commands import linked
from debtguide.web.security import MAX_BODY, Secrets, host_is_loopback
from debtguide.web.strings import WEB, w

TODAY = dt.date(2026, 12, 7)
BASE = "http://127.0.0.1:8765"


@pytest.fixture
def keys() -> Secrets:
    return Secrets()


@pytest.fixture
def raw(pack: Any, keys: Secrets) -> TestClient:
    """A browser that has not opened the first address (no session cookie)."""
    return TestClient(build(pack, keys, "zh", lambda: TODAY), base_url=BASE, follow_redirects=False)


@pytest.fixture
def client(raw: TestClient, keys: Secrets) -> TestClient:
    """A browser that opened the address `serve` printed."""
    response = raw.get(f"/open?token={keys.token}")
    assert response.status_code == 303
    assert response.headers["location"] == "/"
    return raw


def home() -> Path:
    return Path(os.environ["DEBTGUIDE_HOME"])


def saved() -> dict[str, Any]:
    return json.loads((home() / "interview.json").read_text(encoding="utf-8"))


def text_of(html: str) -> str:
    import html as html_mod

    return html_mod.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html)))


def set_lang(client: TestClient, lang: str) -> None:
    assert client.get(f"/lang?to={lang}&next=/").status_code == 303


def answer(client: TestClient, keys: Secrets, q: str, value: Any, action: str = "next") -> Any:
    data = {"csrf": keys.csrf, "q": q, "action": action}
    if value is not None:
        data["value"] = value
    return client.post("/interview", data=data)


# ---- strings ---------------------------------------------------------------------------------


@pytest.mark.parametrize("key", sorted(WEB))
def test_every_page_string_has_both_languages(key: str) -> None:
    entry = WEB[key]
    assert set(entry) == {"zh", "en"}
    assert entry["zh"].strip() and entry["en"].strip()
    fields = [set(re.findall(r"{(\w+)}", entry[lang])) for lang in ("zh", "en")]
    assert fields[0] == fields[1], key


# ---- every page, both languages --------------------------------------------------------------

PAGES = [
    "/",
    "/interview",
    "/plan",
    "/letters",
    "/letters/negotiation",
    "/letters/defense",
    "/message",
    "/log",
    "/log/add",
    "/stages",
    "/stages/lawsuit",
    "/laws",
    "/laws/civil-code-188",
]


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("path", PAGES)
def test_every_page_in_both_languages(client: TestClient, path: str, lang: str) -> None:
    set_lang(client, lang)
    response = client.get(path)
    assert response.status_code == 200
    html = response.text
    assert f'<html lang="{"zh-CN" if lang == "zh" else "en"}">' in html
    assert w("nav_plan", lang) in html
    other = "en" if lang == "zh" else "zh"
    assert f'href="/lang?to={other}&amp;next={path}"' in html  # the switch, on every page
    # nothing from outside: no http(s) address, no protocol-relative one
    assert not re.search(r'(src|href|action)="(https?:)?//', html)


def test_language_switch_goes_back_and_only_to_this_site(client: TestClient) -> None:
    response = client.get("/lang?to=en&next=/stages")
    assert response.headers["location"] == "/stages"
    assert "debtguide_lang=en" in response.headers["set-cookie"]
    assert "The stages of collection" in client.get("/stages").text
    for bad in ("//evil.example/", "https://evil.example/", "/\\evil"):
        assert client.get(f"/lang?to=zh&next={bad}").headers["location"] == "/"


def test_unknown_pages_answer_404_in_the_page_language(client: TestClient) -> None:
    set_lang(client, "en")
    for path in ("/nope", "/stages/nope", "/laws/nope", "/letters/nope", "/interview?q=nope"):
        response = client.get(path)
        assert response.status_code == 404, path


def test_stage_and_law_pages_show_the_content(client: TestClient, pack: Any) -> None:
    set_lang(client, "en")
    page = text_of(client.get("/stages/lawsuit").text)
    assert pack.stage("lawsuit").summary("en") in page
    law = pack.laws["civil-code-188"]
    page = client.get("/laws/civil-code-188").text
    assert f">{law.text}<" in page  # verbatim, its lines kept (white-space: pre-line)
    assert law.plain("en") in text_of(page)


# ---- the interview and the plan ----------------------------------------------------------------


def test_interview_one_step_at_a_time_saved_where_the_cli_reads_it(
    client: TestClient, keys: Secrets, pack: Any
) -> None:
    first = pack.questions[0]
    page = client.get("/interview").text
    assert f'name="q" value="{first.id}"' in page
    assert (
        w("iv_progress", "zh", n=1, total="").split("，")[0].strip() in text_of(page)
        or "第 1 题" in page
    )
    response = answer(client, keys, "loan_type", "online_platform")
    assert response.status_code == 303
    assert response.headers["location"] == "/interview"
    assert saved()["answers"] == {"loan_type": "online_platform"}
    # the page of the next question has a way back to the first
    assert 'href="/interview?debt=1&amp;q=loan_type"' in client.get("/interview").text
    # and the CLI reads the same file
    from debtguide import answers as answers_mod
    from debtguide import casefile as interview

    raw, _ = interview.load_progress(interview.progress_path(create=False))
    assert answers_mod.validate(pack, raw, TODAY, "en") == {"loan_type": "online_platform"}


def skipped_now(pack: Any) -> list[str]:
    from debtguide.web import case_flow

    case = case_flow.load(pack, TODAY, "en").case
    return [*case.skipped, *(q for d in case.debts for q in d.skipped)]


def test_skip_and_dont_know(client: TestClient, keys: Secrets, pack: Any) -> None:
    answer(client, keys, "loan_type", None, action="dontknow")
    assert saved()["answers"]["loan_type"] == "unknown"  # the question's own "unknown"
    answer(client, keys, "lender_name", None, action="skip")
    assert "lender_name" in skipped_now(pack)
    answer(client, keys, "days_overdue", None, action="dontknow")
    assert "days_overdue" not in saved()["answers"] and "days_overdue" in skipped_now(pack)
    answer(client, keys, "days_overdue", "30")  # answered later: no longer skipped
    assert saved()["answers"]["days_overdue"] == 30 and "days_overdue" not in skipped_now(pack)


@pytest.mark.parametrize(
    ("q", "value", "lang", "words"),
    [
        ("days_overdue", "lots", "en", "whole number"),
        ("days_overdue", "-5", "en", ""),
        ("loan_type", "spaceship", "en", ""),
        ("summons_received_date", "2026-13-45", "zh", ""),
        ("summons_received_date", "2027-01-05", "en", ""),  # after today
        ("principal_received", "a lot", "zh", ""),
        ("contact_kinds", ["court_summons", "nonsense"], "en", ""),
        ("days_overdue", "", "en", "Please give an answer"),
    ],
)
def test_bad_answers_are_named_and_nothing_is_saved(
    client: TestClient, keys: Secrets, q: str, value: Any, lang: str, words: str
) -> None:
    set_lang(client, lang)
    answer(client, keys, "loan_type", "credit_card")
    before = saved()
    response = answer(client, keys, q, value)
    assert response.status_code == 400
    assert 'role="alert"' in response.text
    assert words in text_of(response.text)
    assert saved() == before


def test_two_steps_back_and_change(client: TestClient, keys: Secrets) -> None:
    answer(client, keys, "loan_type", "credit_card")
    answer(client, keys, "loan_type", "online_platform")
    assert saved()["answers"]["loan_type"] == "online_platform"
    page = client.get("/interview?q=loan_type").text
    assert re.search(r'value="online_platform" checked', page)


def walk(client: TestClient, keys: Secrets, answers: dict[str, Any]) -> None:
    """Answer the interview from its first open question to its end, skipping the others."""
    for _ in range(80):
        page = client.get("/interview").text
        found = re.search(r'name="q" value="([a-z0-9_]+)"', page)
        if not found:
            return
        q = found.group(1)
        if q in answers:
            assert answer(client, keys, q, answers[q]).status_code == 303, q
        else:
            assert answer(client, keys, q, None, action="skip").status_code == 303, q
    raise AssertionError("the interview did not end")


SUED = {
    "loan_type": "online_platform",
    "lender_name": "花花借",
    "days_overdue": "95",
    "contact_kinds": ["phone_calls", "court_summons"],
    "summons_received_date": "2026-11-30",
    "collector_behaviour": ["contacted_employer"],
    "monthly_income": "6000",
    "monthly_essential_expenses": "4000",
}


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_plan_summary_first_then_details(client: TestClient, keys: Secrets, lang: str) -> None:
    set_lang(client, lang)
    walk(client, keys, SUED)
    done = client.get("/interview").text
    assert w("iv_done_title", lang) in done and "花花借" in done
    page = client.get("/plan").text
    text = text_of(page)
    summary = text.index(w("plan_first", lang))
    assert text.index(w("plan_stage", lang)) < text.index(w("plan_deadlines", lang)) < summary
    assert summary < text.index(w("plan_details", lang))
    assert "2026-12-15" in text  # 15 days from the day after 2026-11-30
    assert 'href="/plan.ics"' in page
    ics = client.get("/plan.ics")
    assert ics.headers["content-type"].startswith("text/calendar")
    assert "attachment" in ics.headers["content-disposition"]
    assert "DTSTART;VALUE=DATE:20261215" in ics.text


def test_plan_is_the_cli_plan(
    client: TestClient, keys: Secrets, cli: Any, tmp_path: Path, pack: Any
) -> None:
    """What the page shows is what `assess --json` prints from the answers the page saved."""
    set_lang(client, "en")
    walk(client, keys, SUED)
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps(saved()["answers"], ensure_ascii=False), encoding="utf-8")
    args = ("--answers", str(answers), "--json", "--today", TODAY.isoformat(), "--lang", "en")
    result = cli("assess", *args)
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    text = text_of(client.get("/plan").text)
    assert data["stage"]["title"] in text
    for action in data["actions"]:
        assert text_of(linked(action["text"], pack, "en")) in text
    # the CLI still names its commands; the page offers its own routes for them
    commands = [a["text"] for a in data["actions"] if "debtguide letter " in a["text"]]
    assert commands
    assert "debtguide letter " not in text
    for flag in data["flags"]:
        assert flag["title"] in text


# ---- the CLI's commands in pack texts become the page's links ------------------------------------

COMMAND_TEXT = re.compile(r"debtguide (letter|log|explain|assess|check-message|law)\b")


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_plan_links_the_commands_it_mentions(client: TestClient, keys: Secrets, lang: str) -> None:
    """SUED's plan tells the reader to write the defence and the demand to stop contacting
    third parties and to log each contact: on the page these are links, in the page's words."""
    set_lang(client, lang)
    walk(client, keys, SUED)
    page = client.get("/plan").text
    body = page[page.index("<main") : page.index("</main>")]
    for letter in ("defense", "cease-third-party"):
        assert f'href="/letters/{letter}">' in body, letter
    title = {"zh": "《民事答辩状》", "en": "the letter “Statement of defence (civil case)”"}[lang]
    assert f'<a href="/letters/defense">{title}</a>' in body or (
        f'<a href="/letters/defense">{title[:1].upper() + title[1:]}</a>' in body
    )
    assert f'<a href="/log/add">{w("link_log_add", lang)}</a>' in body
    assert not COMMAND_TEXT.search(text_of(body))
    # what is left is only what the page has no route for: `debtguide budget` (and apr)
    left = set(re.findall(r"debtguide (\S+)", text_of(body)))
    assert left <= {"budget", "apr"}, left


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_letter_notes_and_stage_pages_link_the_commands(
    client: TestClient, keys: Secrets, pack: Any, lang: str
) -> None:
    set_lang(client, lang)
    data = {"csrf": keys.csrf, "f_name": "张三", "letter_lang": lang, "format": "preview"}
    preview = client.post("/letters/statement-request", data=data).text
    after = preview[preview.index(w("letter_after", lang)) :]
    objection = pack.letters["payment-order-objection"].title(lang)
    link = w("link_letter", lang, title=objection)
    assert f'<a href="/letters/payment-order-objection">{link}</a>' in after
    assert '<a href="/letters/defense">' in after and '<a href="/letters/complaint">' in after
    assert not COMMAND_TEXT.search(text_of(after))
    page = client.get("/stages/phone-collection").text
    assert '<a href="/log/add">' in page and '<a href="/letters/cease-third-party">' in page
    assert not COMMAND_TEXT.search(text_of(page))


@pytest.mark.parametrize(
    ("text", "lang", "html"),
    [
        (
            "用 debtguide log add 记下时间；每周运行一次 debtguide log report，投诉时附上。",
            "zh",
            '用<a href="/log/add">证据记录表</a>记下时间；每周查看一次'
            '<a href="/log#report">证据记录汇总</a>，投诉时附上。',
        ),
        (
            "run debtguide log report once a week",
            "en",
            'open <a href="/log#report">the evidence log report</a> once a week',
        ),
        (
            "收到后马上重新运行 debtguide assess，计划会算出你的答辩期限。",
            "zh",
            '收到后马上<a href="/interview">再回答一次问题</a>，计划会算出你的答辩期限。',
        ),
        (
            "When they come, run debtguide assess again so the plan can date it.",
            "en",
            'When they come, <a href="/interview">answer the questions again</a> so the plan '
            "can date it.",
        ),
        (
            "Then run `debtguide assess`. Give debtguide assess the date.",
            "en",
            'Then <a href="/interview">answer the questions</a>. Give '
            '<a href="/interview">the interview</a> the date.',
        ),
        (
            "debtguide letter negotiation turns this into a written request.",
            "en",
            '<a href="/letters/negotiation">The letter “Request to agree a repayment plan”</a>'
            " turns this into a written request.",
        ),
        (
            "真有案件，运行 debtguide explain lawsuit。粘贴进 debtguide check-message 看一看。",
            "zh",
            '真有案件，阅读<a href="/stages/lawsuit">“诉讼（被起诉）”阶段说明</a>。'
            '粘贴进<a href="/message">短信检查</a>看一看。',
        ),
        (
            "if the case is real, run debtguide explain lawsuit; see debtguide law civil-code-188.",
            "en",
            'if the case is real, read <a href="/stages/lawsuit">the stage guide “Lawsuit '
            '(being sued)”</a>; see <a href="/laws/civil-code-188">Civil Code, art. 188</a>.',
        ),
        # what the page has no route for stays the text it was
        (
            "Use debtguide apr, debtguide budget, debtguide letter nope and debtguide explain x.",
            "en",
            "Use debtguide apr, debtguide budget, debtguide letter nope and debtguide explain x.",
        ),
    ],
)
def test_commands_become_the_page_s_links(pack: Any, text: str, lang: str, html: str) -> None:
    assert str(linked(text, pack, lang)) == html


def test_a_pack_text_is_escaped_only_the_links_are_markup(pack: Any) -> None:
    text = '<script>alert(1)</script> "x" & debtguide letter negotiation <b>'
    html = str(linked(text, pack, "en"))
    assert "<script>" not in html and "<b>" not in html
    assert html.startswith("&lt;script&gt;alert(1)&lt;/script&gt; &#34;x&#34; &amp; ")
    assert html.endswith(
        ' <a href="/letters/negotiation">the letter “Request to agree a '
        "repayment plan”</a> &lt;b&gt;"
    )
    # a title is pack data too: escaped inside the link
    letter = pack.letters["negotiation"]
    title = replace(letter.title, en="<script>x</script>")
    bad = replace(pack, letters={**pack.letters, "negotiation": replace(letter, title=title)})
    html = str(linked("see debtguide letter negotiation", bad, "en"))
    assert html == (
        'see <a href="/letters/negotiation">the letter “&lt;script&gt;x&lt;/script&gt;”</a>'
    )


def test_a_page_escapes_a_pack_text_with_markup(pack: Any, keys: Secrets) -> None:
    """Through a route: a stage whose summary carries a script and a command."""
    stage = pack.stage("lawsuit")
    summary = replace(stage.summary, en="<script>alert(1)</script> run debtguide assess again")
    stages = [replace(s, summary=summary) if s.id == "lawsuit" else s for s in pack.stages]
    client = TestClient(
        build(replace(pack, stages=stages), keys, "en", lambda: TODAY), base_url=BASE
    )
    client.get(f"/open?token={keys.token}")
    page = client.get("/stages/lawsuit").text
    assert "<script>alert(1)</script>" not in page
    assert (
        '&lt;script&gt;alert(1)&lt;/script&gt; <a href="/interview">answer the questions again</a>'
        in page
    )


def test_plan_without_answers_says_what_to_do(client: TestClient) -> None:
    assert w("plan_none", "zh") in client.get("/plan").text


def test_start_afresh_keeps_the_old_interview(client: TestClient, keys: Secrets) -> None:
    answer(client, keys, "loan_type", "credit_card")
    response = client.post("/restart", data={"csrf": keys.csrf})
    assert response.status_code == 303
    assert not (home() / "interview.json").exists()
    kept = list(home().glob("interview-*.json"))
    assert len(kept) == 1 and "credit_card" in kept[0].read_text(encoding="utf-8")
    assert kept[0].name in client.get(response.headers["location"]).text


def test_an_interview_typed_in_the_terminal_shows_on_the_page(
    client: TestClient, pack: Any
) -> None:
    from debtguide import casefile as interview

    interview.save_progress(interview.progress_path(), pack, {"loan_type": "credit_card"}, [])
    set_lang(client, "en")
    assert "Continue (1 answered)" in client.get("/").text


# ---- letters ---------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_letter_preview_and_downloads(client: TestClient, keys: Secrets, lang: str) -> None:
    set_lang(client, lang)
    walk(client, keys, SUED)
    form = client.get("/letters/defense").text
    assert 'name="f_name"' in form
    data = {"csrf": keys.csrf, "f_name": "张三", "letter_lang": lang, "format": "preview"}
    preview = client.post("/letters/defense", data=data)
    assert preview.status_code == 200
    assert 'class="paper"' in preview.text and "张三" in preview.text
    txt = client.post("/letters/defense", data={**data, "format": "txt"})
    assert txt.headers["content-disposition"].startswith("attachment")
    assert "张三" in txt.text
    docx = client.post("/letters/defense", data={**data, "format": "docx"})
    from docx import Document

    body = "\n".join(p.text for p in Document(io.BytesIO(docx.content)).paragraphs)
    assert "张三" in body
    assert list(home().glob("*.docx")) == []  # a download, nothing kept on disk


@pytest.mark.parametrize(
    ("field", "value", "lang"),
    [
        ("f_id_last4", "12", "en"),
        ("f_id_last4", "abcd", "zh"),
        ("f_name", "x" * 401, "en"),
    ],
)
def test_bad_letter_fields_are_named_and_no_letter_is_made(
    client: TestClient, keys: Secrets, field: str, value: str, lang: str
) -> None:
    set_lang(client, lang)
    data = {"csrf": keys.csrf, field: value, "format": "docx"}
    response = client.post("/letters/negotiation", data=data)
    assert response.status_code == 400
    assert w("letter_bad", lang) in response.text
    assert 'aria-invalid="true"' in response.text
    assert "attachment" not in response.headers.get("content-disposition", "")


def test_letter_fields_are_text_never_template(client: TestClient, keys: Secrets) -> None:
    data = {"csrf": keys.csrf, "f_name": "{{ 7*7 }}<script>x</script>", "format": "preview"}
    page = client.post("/letters/negotiation", data=data).text
    assert "{{ 7*7 }}" in page and "49" not in re.findall(r"\d+", "{{ 7*7 }}")
    assert "<script>x</script>" not in page and "&lt;script&gt;" in page


# ---- the message check ------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_message_check_gives_verdict_and_why(client: TestClient, keys: Secrets, lang: str) -> None:
    set_lang(client, lang)
    text = "【法院】你涉嫌恶意欠款已被立案，今天下午5点前转账到个人账户"
    page = client.post("/message", data={"csrf": keys.csrf, "text": text}).text
    from debtguide.content import cache
    from debtguide.content.locate import pack_dir
    from debtguide.message import check

    pack = cache.load(pack_dir())
    result = check(pack, text)
    verdict = pack.cues.verdicts[result.verdict]
    assert verdict.title(lang) in text_of(page)
    for flag in result.flags:
        assert pack.flags[flag.id].title(lang) in text_of(page)
    assert not (home() / "interview.json").exists()


@pytest.mark.parametrize(
    ("text", "key"), [("", "msg_empty"), ("   ", "msg_empty"), ("催" * 20_001, "msg_too_long")]
)
def test_bad_messages_are_named(client: TestClient, keys: Secrets, text: str, key: str) -> None:
    response = client.post("/message", data={"csrf": keys.csrf, "text": text})
    assert response.status_code == 400
    assert w(key, "zh", limit=20_000) in response.text


# ---- the evidence log -------------------------------------------------------------------------


def log_entries() -> list[Any]:
    from debtguide.evidence.store import read_log

    return read_log().entries


def test_log_add_with_attachment_list_and_report(
    client: TestClient, keys: Secrets, cli: Any
) -> None:
    set_lang(client, "en")
    data = {
        "csrf": keys.csrf,
        "date": "2026-12-01",
        "time": "22:30",
        "channel": "call",
        "creditor": "花花借",
        "note": "说要去我单位",
        "behaviour": ["calls_at_night", "contacted_employer"],
    }
    files = [("attach", ("call.png", b"\x89PNG\r\n fake", "image/png"))]
    response = client.post("/log/add", data=data, files=files)
    assert response.status_code == 303, response.text
    (entry,) = log_entries()
    assert entry.behaviours == ("calls_at_night", "contacted_employer")
    stored = Path(entry.attachments[0].path)
    assert stored.parent == home() / "attachments"
    assert stored.read_bytes() == b"\x89PNG\r\n fake"
    assert oct(stored.stat().st_mode & 0o777) == "0o600"
    page = client.get(response.headers["location"]).text
    assert "Saved as entry 1." in page and "说要去我单位" in page
    assert "Calls at night" in page or "night" in text_of(page).lower()
    # the CLI sees the same entry
    listed = json.loads(cli("log", "list", "--json").stdout)
    assert listed["entries"][0]["note"] == "说要去我单位"
    # served back only as a download that a browser will not run or show
    got = client.get("/log/file/1/1")
    assert got.headers["content-type"] == "application/octet-stream"
    assert got.headers["content-disposition"].startswith("attachment")
    assert got.headers["x-content-type-options"] == "nosniff"
    assert client.get("/log/file/1/2").status_code == 404


@pytest.mark.parametrize(
    ("change", "lang", "words"),
    [
        ({"date": ""}, "en", "Please give the date."),
        ({"date": "2027-01-01"}, "en", "Nothing was saved"),  # in the future
        ({"date": "2026-02-30"}, "zh", "没有保存"),
        ({"time": "25:61"}, "en", "Nothing was saved"),
        ({"channel": ""}, "en", "Please choose how"),
        ({"channel": "pigeon"}, "en", "Nothing was saved"),
        ({"behaviour": ["flying"]}, "zh", "没有保存"),
    ],
)
def test_bad_log_entries_save_nothing(
    client: TestClient, keys: Secrets, change: dict[str, Any], lang: str, words: str
) -> None:
    set_lang(client, lang)
    data = {"csrf": keys.csrf, "date": "2026-12-01", "time": "10:00", "channel": "sms", **change}
    files = [("attach", ("a.txt", b"hello", "text/plain"))]
    response = client.post("/log/add", data=data, files=files)
    assert response.status_code == 400
    assert words in text_of(response.text)
    assert log_entries() == []
    assert (
        not list((home() / "attachments").glob("*")) if (home() / "attachments").exists() else True
    )


def test_an_empty_attachment_is_refused(client: TestClient, keys: Secrets) -> None:
    data = {"csrf": keys.csrf, "date": "2026-12-01", "channel": "sms"}
    response = client.post("/log/add", data=data, files=[("attach", ("e.png", b"", "image/png"))])
    assert response.status_code == 400
    assert log_entries() == []


# ---- security ----------------------------------------------------------------------------------


@pytest.mark.parametrize("path", ["/", "/plan", "/static/style.css", "/log/file/1/1", "/plan.ics"])
def test_no_session_cookie_is_refused(raw: TestClient, path: str) -> None:
    response = raw.get(path)
    assert response.status_code == 403
    assert w("refused_token", "en") in response.text


def test_a_wrong_token_or_cookie_is_refused(raw: TestClient, keys: Secrets) -> None:
    assert raw.get("/open?token=guess").status_code == 403
    assert raw.get("/open").status_code == 403
    raw.cookies.set("debtguide_session", keys.token)  # the token is not the session
    assert raw.get("/").status_code == 403


def test_the_cookie_is_httponly_and_strict(raw: TestClient, keys: Secrets) -> None:
    cookie = raw.get(f"/open?token={keys.token}").headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie
    assert keys.token not in cookie


def test_a_post_without_the_session_is_refused(raw: TestClient, keys: Secrets) -> None:
    response = raw.post("/interview", data={"csrf": keys.csrf, "q": "loan_type", "value": "x"})
    assert response.status_code == 403
    assert not (home() / "interview.json").exists()


@pytest.mark.parametrize(
    "host", ["evil.example", "evil.example:8765", "127.0.0.1.evil.example", "10.0.0.2"]
)
def test_a_foreign_host_is_refused(client: TestClient, keys: Secrets, host: str) -> None:
    response = client.get("/", headers={"host": host})
    assert response.status_code == 421
    response = client.get(f"/open?token={keys.token}", headers={"host": host})
    assert response.status_code == 421 and "set-cookie" not in response.headers


def test_loopback_hosts() -> None:
    for host in ("127.0.0.1", "127.0.0.1:8765", "localhost:1", "[::1]:8765", "LOCALHOST"):
        assert host_is_loopback(host), host
    for host in ("", "127.0.0.2", "localhost.evil", "evil:127.0.0.1", "[::2]:80"):
        assert not host_is_loopback(host), host


FORMS = [
    ("/interview", {"q": "loan_type", "value": "credit_card"}),
    ("/restart", {}),
    ("/letters/negotiation", {"format": "txt"}),
    ("/message", {"text": "你好"}),
    ("/log/add", {"date": "2026-12-01", "channel": "sms"}),
]


@pytest.mark.parametrize(("path", "data"), FORMS)
@pytest.mark.parametrize("csrf", [None, "wrong"])
def test_a_form_without_the_csrf_token_is_refused(
    client: TestClient, keys: Secrets, path: str, data: dict[str, str], csrf: str | None
) -> None:
    answer(client, keys, "loan_type", "online_platform")
    before = saved()
    sent = dict(data) if csrf is None else {**data, "csrf": csrf}
    response = client.post(path, data=sent)
    assert response.status_code == 403
    assert w("refused_csrf", "zh") in response.text
    assert saved() == before
    assert log_entries() == []


def test_a_form_from_another_origin_is_refused(client: TestClient, keys: Secrets) -> None:
    data = {"csrf": keys.csrf, "q": "loan_type", "value": "credit_card"}
    response = client.post("/interview", data=data, headers={"origin": "http://evil.example"})
    assert response.status_code == 403
    assert not (home() / "interview.json").exists()


def test_an_oversized_upload_is_refused(client: TestClient, keys: Secrets) -> None:
    data = {"csrf": keys.csrf, "date": "2026-12-01", "channel": "sms"}
    big = b"\0" * (MAX_BODY + 1)
    response = client.post("/log/add", data=data, files=[("attach", ("big.bin", big, "x/y"))])
    assert response.status_code == 413
    assert log_entries() == []
    assert not (home() / "attachments").exists()


def test_an_oversized_body_without_a_length_is_refused(pack: Any, keys: Secrets) -> None:
    """A chunked body (no Content-Length) is counted as it arrives and cut off at the limit."""
    import anyio

    from debtguide.web.security import COOKIE

    app = build(pack, keys, "en", lambda: TODAY)
    chunk = b"x" * 65536
    head = (
        f'--b\r\nContent-Disposition: form-data; name="csrf"\r\n\r\n{keys.csrf}\r\n'
        '--b\r\nContent-Disposition: form-data; name="attach"; filename="big.bin"\r\n'
        "Content-Type: application/octet-stream\r\n\r\n"
    ).encode()
    chunks = MAX_BODY // len(chunk) + 2
    sent: list[dict[str, Any]] = []

    async def run() -> None:
        count = 0

        async def receive() -> dict[str, Any]:
            nonlocal count
            count += 1
            body = head + chunk if count == 1 else chunk
            return {"type": "http.request", "body": body, "more_body": count < chunks}

        async def send(message: dict[str, Any]) -> None:
            sent.append(message)

        scope = {
            "type": "http",
            "method": "POST",
            "path": "/log/add",
            "raw_path": b"/log/add",
            "query_string": b"",
            "root_path": "",
            "scheme": "http",
            "server": ("127.0.0.1", 8765),
            "client": ("127.0.0.1", 5000),
            "http_version": "1.1",
            "headers": [
                (b"host", b"127.0.0.1:8765"),
                (b"cookie", f"{COOKIE}={keys.session}".encode()),
                (b"content-type", b"multipart/form-data; boundary=b"),
            ],
        }
        await app(scope, receive, send)

    anyio.run(run)
    assert sent[0]["status"] == 413
    assert log_entries() == []


def test_a_field_over_a_megabyte_is_refused(client: TestClient, keys: Secrets) -> None:
    data = {"csrf": keys.csrf, "date": "2026-12-01", "channel": "sms", "note": "催" * 400_000}
    response = client.post("/log/add", data=data, files=[("attach", ("a.txt", b"a", "text/plain"))])
    assert response.status_code == 413
    assert log_entries() == []


def test_a_file_bigger_than_the_upload_limit_is_refused(client: TestClient, keys: Secrets) -> None:
    from debtguide.web.security import MAX_UPLOAD_MB

    data = {"csrf": keys.csrf, "date": "2026-12-01", "channel": "sms"}
    big = b"\0" * (MAX_UPLOAD_MB * 1024 * 1024 + 1)
    response = client.post("/log/add", data=data, files=[("attach", ("big.bin", big, "x/y"))])
    assert response.status_code == 400
    assert "big.bin" in response.text
    assert log_entries() == []


def test_every_answer_has_strict_headers(client: TestClient, raw: TestClient) -> None:
    for response in (client.get("/"), client.get("/static/style.css"), client.get("/nope")):
        assert response.headers["content-security-policy"].startswith("default-src 'self'")
        assert response.headers["x-content-type-options"] == "nosniff"
        assert response.headers["referrer-policy"] == "no-referrer"


def test_no_personal_data_in_addresses(client: TestClient, keys: Secrets) -> None:
    """What is typed goes in the body of a POST; no address (redirect, link) carries it."""
    response = answer(client, keys, "lender_name", "花花借")
    assert "花花借" not in response.headers["location"]
    walk(client, keys, SUED)
    for path in ("/plan", "/interview", "/letters/defense"):
        for link in re.findall(r'(?:href|action)="([^"]+)"', client.get(path).text):
            assert "花花借" not in link and "%E8%8A%B1" not in link


# ---- the command -------------------------------------------------------------------------------


def test_serve_without_the_extra_says_what_to_install(
    cli: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from debtguide.web import serve

    monkeypatch.setattr(serve, "missing_extra", lambda: True)
    result = cli("serve", "--lang", "en", "--no-browser")
    assert result.exit_code == 1
    assert 'pip install "debtguide[web]"' in result.stderr
    assert "Traceback" not in result.output


def test_serve_bad_port(cli: Any) -> None:
    result = cli("serve", "--port", "80", "--no-browser", "--lang", "en")
    assert result.exit_code == 2
    assert "--port" in result.stderr


def test_other_commands_do_not_import_the_web_stack() -> None:
    from tests.test_startup import imported

    loaded = imported("stages", "--lang", "en")
    assert not {m for m in loaded if m.split(".")[0] in ("starlette", "uvicorn", "multipart")}
    assert not {m for m in loaded if m.startswith("debtguide.web")}


def test_forget_deletes_what_the_page_stored(client: TestClient, keys: Secrets, cli: Any) -> None:
    data = {"csrf": keys.csrf, "date": "2026-12-01", "channel": "sms"}
    files = [("attach", ("shot.png", b"png bytes", "image/png"))]
    assert client.post("/log/add", data=data, files=files).status_code == 303
    answer(client, keys, "loan_type", "credit_card")
    mine = home() / "attachments" / "my-own-notes.txt"  # not one the page made: kept
    mine.write_text("keep me", encoding="utf-8")
    result = cli("forget", "--yes", "--lang", "en")
    assert result.exit_code == 0, result.output
    assert "evidence attachment uploaded on the page" in result.stdout
    assert sorted(p.name for p in (home() / "attachments").iterdir()) == ["my-own-notes.txt"]
    assert not (home() / "interview.json").exists()
    mine.unlink()
    assert cli("forget", "--yes", "--lang", "en").exit_code == 0
    assert not home().exists()


def test_serve_prints_a_loopback_address_and_stops_on_ctrl_c() -> None:
    """The real command, in a child process: where it listens, and a clean Ctrl-C."""
    import signal
    import subprocess
    import sys

    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    args = [sys.executable, "-m", "debtguide", "serve", "--no-browser", "--lang", "en"]
    proc = subprocess.Popen(
        args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
    )
    try:
        assert proc.stdout is not None
        lines = [proc.stdout.readline() for _ in range(2)]
        found = re.search(r"http://127\.0\.0\.1:(\d+)/open\?token=([\w-]{40,})", "".join(lines))
        assert found, lines
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=20)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0
    assert "The page has stopped." in out
    assert "Traceback" not in err and found.group(2) not in err


SECOND = {
    "loan_type": "credit_card",
    "lender_name": "极速贷",
    "days_overdue": "40",
    "contact_kinds": ["phone_calls"],
    "amount_claimed": "5000",
}


def walk_case(client: TestClient, keys: Secrets, debts: list[dict[str, Any]]) -> list[str]:
    """Answer a case of several debts: yes to "another debt?" until all are in, yes to the
    money questions; household answers come from the first debt's mapping. Returns the
    headings seen ("Debt 2: …")."""
    added, seen = 1, []
    for _ in range(200):
        page = client.get("/interview").text
        found = re.search(r'name="q" value="([a-z0-9_]+)"', page)
        if not found:
            return seen
        q = found.group(1)
        if q in ("__more", "__money"):
            yes = q == "__money" or added < len(debts)
            added += q == "__more" and yes
            response = answer(client, keys, q, None, action="yes" if yes else "no")
            assert response.status_code == 303
            continue
        number = re.search(r'name="debt" value="(\d*)"', page).group(1)
        about = re.search(r'<p class="about">([^<]*)</p>', page)
        if about and about.group(1) not in seen:
            seen.append(about.group(1))
        answers = debts[int(number) - 1] if number else debts[0]
        data = {"csrf": keys.csrf, "q": q, "debt": number}
        if q in answers:
            data |= {"action": "next", "value": answers[q]}
        else:
            data |= {"action": "skip"}
        assert client.post("/interview", data=data).status_code == 303, (q, number)
    raise AssertionError("the interview did not end")


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_two_debts_interview_summary_first_and_letters_per_debt(
    client: TestClient, keys: Secrets, lang: str
) -> None:
    set_lang(client, lang)
    seen = walk_case(client, keys, [SUED, SECOND])
    assert w("cv_about_debt", lang, number=2, name="极速贷") in seen
    assert w("cv_household", lang) in seen
    data = saved()["answers"]
    assert [d["lender_name"] for d in data["debts"]] == ["花花借", "极速贷"]
    assert data["monthly_income"] == 6000  # the household once, not per debt
    page = client.get("/plan").text
    text = text_of(page)
    # the summary first: the debts in the order to deal with them (the court one first),
    # the deadlines across debts, the first three things; then each debt's details
    summary = text.index(w("plan_debts", lang))
    assert summary < text.index("2026-12-15") < text.index(w("plan_first", lang))
    assert text.index(w("plan_first", lang)) < text.index(w("plan_details", lang))
    assert text.index("花花借", summary) < text.index("极速贷", summary)
    assert 'id="debt-1"' in page and 'id="debt-2"' in page
    assert 'href="/plan.ics?debt=1"' in page
    ics = client.get("/plan.ics?debt=1")
    assert "DTSTART;VALUE=DATE:20261215" in ics.text
    # a letter for the second debt: its lender, not the first one's
    form = client.get("/letters/negotiation?debt=2").text
    assert 'value="极速贷"' in form and 'value="花花借"' not in form
    data = {"csrf": keys.csrf, "debt": "2", "f_name": "张三", "format": "txt"}
    letter = client.post("/letters/negotiation", data=data).text
    assert "极速贷" in letter and "张三" in letter


def test_with_two_debts_a_contact_is_logged_for_one_of_them(
    client: TestClient, keys: Secrets, pack: Any
) -> None:
    from debtguide.web import case_flow

    walk_case(client, keys, [SUED, SECOND])
    form = client.get("/log/add").text
    assert '<option value="2">2. 极速贷</option>' in form
    data = {"csrf": keys.csrf, "date": "2026-12-01", "channel": "call", "debt": "2"}
    assert client.post("/log/add", data=data).status_code == 303
    (entry,) = log_entries()
    assert entry.debt == case_flow.load(pack, TODAY, "en").case.ids[1]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_page_adds_what_was_repaid_to_the_claim(
    client: TestClient, keys: Secrets, lang: str
) -> None:
    set_lang(client, lang)
    walk(client, keys, SUED)  # the triage; the money questions are answered on their own
    money = {"principal_received": "10000", "amount_claimed": "9000", "amount_repaid": "4500.5"}
    for q, value in money.items():
        assert answer(client, keys, q, value).status_code == 303, q
    text = text_of(client.get("/plan").text)
    expected = w("plan_repaid_over", lang, repaid="4,500.50", total="13,500.50", over="3,500.50")
    assert expected in text
