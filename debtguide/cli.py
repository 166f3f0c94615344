"""The command line: parse options, call the library, print. Heavy imports stay inside commands.

No `from __future__ import annotations` here: Typer reads every command's annotations at each
start, and evaluating them from strings costs about 20 ms (see bench/startup.py).
"""

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from debtguide import __version__
from debtguide.errors import DebtguideError, UsageError
from debtguide.i18n import can_show_chinese, detect_lang, t

if TYPE_CHECKING:
    from debtguide.models import Excerpt, Pack, Stage

app = typer.Typer(
    name="debtguide",
    help=(
        "Offline advisor for borrowers in debt collection in mainland China.\n\n"
        "为逾期和被催收的借款人提供的离线法律信息工具。"
    ),
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,
    rich_markup_mode=None,
)
content_app = typer.Typer(
    help="Work with content packs. 管理内容包。", no_args_is_help=True, rich_markup_mode=None
)
app.add_typer(content_app, name="content")

LangOpt = Annotated[
    str | None,
    typer.Option(
        "--lang",
        metavar="zh|en",
        help="zh or en (default: $DEBTGUIDE_LANG, then the locale). 输出语言。",
        show_default=False,
    ),
]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON for scripts. 输出 JSON。")]


def _version(value: bool) -> None:
    if value:
        typer.echo(f"debtguide {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Show the version. 版本。"
        ),
    ] = False,
) -> None:
    """Offline advisor for borrowers in debt collection. 离线的债务催收应对助手。"""


@contextmanager
def reporting(lang: str | None) -> Iterator[None]:
    """Turn domain errors into `Error: …` on stderr and the contract's exit code."""
    if _safe_lang(lang) == "zh" and not can_show_chinese(sys.stdout):
        # In English: a terminal that cannot show Chinese cannot show the Chinese note either.
        sys.stderr.write(t("no_chinese_output", "en", encoding=sys.stdout.encoding) + "\n")
    try:
        yield
    except DebtguideError as exc:
        from rich.text import Text

        from debtguide.render import console

        shown = _safe_lang(lang)
        err = console(stderr=True)
        err.print(
            Text(f"{t('error', shown)}: {exc.message(shown)}", style="bold red"), soft_wrap=True
        )
        for problem in exc.problems:
            err.print(Text(f"  • {problem}"), soft_wrap=True)
        for key, values in exc.hints:
            err.print(Text(t(key, shown, **values)), soft_wrap=True)
        raise typer.Exit(exc.exit_code) from None


def _safe_lang(explicit: str | None) -> str:
    try:
        return detect_lang(explicit)
    except UsageError:
        return "en"


def _pack(content_dir: Path | None = None) -> "Pack":
    from debtguide import cache
    from debtguide.packs import pack_dir

    return cache.load(content_dir or pack_dir())


@app.command()
def stages(lang: LangOpt = None, as_json: JsonOpt = False) -> None:
    """List the collection stages in escalation order. 按升级顺序列出各个催收阶段。

    Example: debtguide stages --lang en
    """
    with reporting(lang):
        lang = detect_lang(lang)
        pack = _pack()
        from debtguide import render

        if as_json:
            render.print_json(
                {
                    "schema": "debtguide.stages/1",
                    "pack": pack.info.id,
                    "lang": lang,
                    "stages": [
                        {
                            "id": s.id,
                            "order": s.order,
                            "title": s.title(lang),
                            "summary": s.summary(lang),
                        }
                        for s in pack.stages
                    ],
                    "disclaimer": pack.info.disclaimer(lang),
                }
            )
            return
        out = render.console()
        out.print(render.stages_table(pack, lang))
        out.print(render.disclaimer(pack, lang))


def find_stage(pack: "Pack", name: str) -> "Stage":
    """Return the stage named by its id, title or alias; raise UsageError with suggestions."""
    wanted = name.strip().casefold()
    for stage in pack.stages:
        if wanted in (n.casefold() for n in stage.names()):
            return stage
    if wanted.isdecimal() and len(wanted) <= 3:  # the number `stages` prints
        for stage in pack.stages:
            if stage.order == int(wanted):
                return stage
    import difflib

    names = {n.casefold(): s for s in pack.stages for n in s.names()}
    close = difflib.get_close_matches(wanted, list(names), n=5, cutoff=0.5)
    close += [n for n in names if wanted and (wanted in n or n in wanted)]
    suggestions: list[str] = []
    for key in close:
        stage = names[key]
        label = f"{stage.id} ({stage.title.zh} / {stage.title.en})"
        if label not in suggestions:
            suggestions.append(label)
    error = UsageError("unknown_stage", name=name)
    if suggestions:
        error.hint("did_you_mean", options="; ".join(suggestions[:3]))
    raise error.hint("see_stages")


@app.command()
def explain(
    stage: Annotated[
        str,
        typer.Argument(
            help="A stage id, name or number, e.g. lawsuit, 诉讼 or 10. 阶段代号、名称或序号。"
        ),
    ],
    lang: LangOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Explain one stage: what happens, what is true, what to do, your rights.
    详细解释一个阶段：会发生什么、哪些说法是真的、怎么做、你的权利。

    Example: debtguide explain 诉讼 --lang en
    """
    with reporting(lang):
        lang = detect_lang(lang)
        pack = _pack()
        found = find_stage(pack, stage)
        from debtguide import render

        if as_json:
            data = {"schema": "debtguide.stage/1", "pack": pack.info.id, "lang": lang}
            data["stage"] = render.stage_json(pack, found, lang)
            data["cited"] = [render.law_json(pack.laws[c], lang) for c in render.stage_cited(found)]
            data["disclaimer"] = pack.info.disclaimer(lang)
            render.print_json(data)
            return
        out = render.console()
        out.print(render.stage_explanation(pack, found, lang))
        out.print(render.disclaimer(pack, lang))


def _law_key(name: str) -> str:
    """A law's name as compared: width, case, spaces, brackets and commas do not matter."""
    import re
    import unicodedata

    text = unicodedata.normalize("NFKC", name).casefold()
    return re.sub(r"[\s《》〈〉<>〔〕\[\]()（）\"'“”‘’,，.。、]+", "", text)


def find_law(pack: "Pack", name: str) -> "Excerpt":
    """The excerpt named by its id or as the tool cites it (《民法典》第一千零三十三条,
    Civil Code, art. 1033, 〔《中华人民共和国民法典》第一千零三十三条〕); UsageError otherwise."""
    excerpt = pack.laws.get(name.strip())
    if excerpt is not None:
        return excerpt
    names: dict[str, str] = {}
    for excerpt_id, item in pack.laws.items():
        full = f"《{item.law}》{item.article}"
        for label in (excerpt_id, pack.cite_label(excerpt_id, "zh"), full):
            names.setdefault(_law_key(label), excerpt_id)
        names.setdefault(_law_key(pack.cite_label(excerpt_id, "en")), excerpt_id)
    found = names.get(_law_key(name))
    if found is not None:
        return pack.laws[found]
    import difflib

    error = UsageError("unknown_law", name=name)
    close = difflib.get_close_matches(name.strip(), list(pack.laws), n=3, cutoff=0.6)
    if close:
        error.hint("did_you_mean", options=", ".join(close))
    raise error.hint("see_laws")


@app.command()
def law(
    law_id: Annotated[
        str | None,
        typer.Argument(
            metavar="ID",
            help="An excerpt id or the name the tool prints, e.g. civil-procedure-law-128 or "
            "《民事诉讼法》第一百二十八条. 法条代号或名称。",
        ),
    ] = None,
    lang: LangOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Print a law excerpt the tool cites, or list them all. 查看所引法条的原文，或列出全部。

    Example: debtguide law civil-procedure-law-128
    """
    with reporting(lang):
        lang = detect_lang(lang)
        pack = _pack()
        from debtguide import render

        if law_id is None:
            if as_json:
                laws = [render.law_json(x) for x in pack.laws.values()]
                render.print_json({"schema": "debtguide.laws/1", "laws": laws})
                return
            render.console().print(render.laws_table(pack, lang))
            return
        excerpt = find_law(pack, law_id)
        if as_json:
            render.print_json(render.law_json(excerpt))
            return
        out = render.console()
        out.print(render.law_detail(pack, excerpt, lang))
        out.print(render.disclaimer(pack, lang))


@app.command()
def assess(
    answers: Annotated[
        Path | None,
        typer.Option(
            "--answers",
            metavar="FILE|DIR",
            help="Answers or case file (YAML/JSON), or a folder of them with --json; no "
            "questions asked. 答案或案件文件，或（加 --json）装满这类文件的文件夹。",
        ),
    ] = None,
    resume: Annotated[
        bool, typer.Option("--resume", help="Continue the saved interview. 继续上次的问答。")
    ] = False,
    add_debt: Annotated[
        bool,
        typer.Option(
            "--add-debt",
            help="Add another debt to the saved interview. 往保存的问答里再添一笔欠款。",
        ),
    ] = False,
    out: Annotated[
        Path | None,
        typer.Option(
            "--out",
            metavar="FILE",
            help="Also write the plan to FILE (.md or .html). 把计划另存为 .md 或 .html 文件。",
        ),
    ] = None,
    fresh: Annotated[
        bool,
        typer.Option(
            "--fresh",
            help="Start a new interview; a saved one is kept as a backup. "
            "重新开始问答，保存的问答留作备份。",
        ),
    ] = False,
    save: Annotated[
        Path | None,
        typer.Option(
            "--save", metavar="FILE", help="Also write the answers to FILE. 把答案另存为文件。"
        ),
    ] = None,
    ics: Annotated[
        Path | None,
        typer.Option(
            "--ics",
            metavar="FILE",
            help="Write the deadlines as a calendar file. 把期限写入日历文件。",
        ),
    ] = None,
    today: Annotated[
        str | None,
        typer.Option(
            "--today",
            metavar="YYYY-MM-DD",
            help="Plan as of YYYY-MM-DD (default: today). 按指定日期计算。",
        ),
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="Replace existing --save/--ics files. 覆盖已有文件。")
    ] = False,
    message: Annotated[
        Path | None,
        typer.Option(
            "--message",
            metavar="FILE",
            help="Also check a message you received (a text file, - for stdin). 同时检查收到的消息。",
        ),
    ] = None,
    use_log: Annotated[
        bool,
        typer.Option(
            "--log/--no-log",
            help="Use the evidence log's red flags (default: yes). 是否加入取证记录发现的问题。",
        ),
    ] = True,
    lang: LangOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Work out your stage and print a plan: deadlines, actions, red flags, letters.
    回答几个问题，判断你所处的阶段，给出期限、行动、违规行为和要写的信。

    Example: debtguide assess --answers my-answers.yaml --lang en
    """
    with reporting(lang):
        lang = detect_lang(lang)
        from debtguide import assess_cli

        assess_cli.run(
            lang, answers, resume, save, ics, today, force, as_json, message, use_log, fresh,
            add_debt=add_debt, plan_out=out,
        )  # fmt: skip


@app.command()
def review(
    change: Annotated[
        int | None,
        typer.Option(
            "--change",
            metavar="N",
            help="Change answer number N (asked, or given with --value). 修改第 N 项回答。",
        ),
    ] = None,
    value: Annotated[
        str | None,
        typer.Option("--value", metavar="TEXT", help="The new answer for --change. 新的回答。"),
    ] = None,
    clear: Annotated[
        bool,
        typer.Option("--clear", help="Empty answer --change N (unknown again). 清空这一项。"),
    ] = False,
    today: Annotated[
        str | None,
        typer.Option(
            "--today", metavar="YYYY-MM-DD", help="Plan as of YYYY-MM-DD. 按指定日期计算。"
        ),
    ] = None,
    lang: LangOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Show every saved answer in plain words and change one; the plan is shown again.
    用大白话列出保存的全部回答，可以改其中任何一项（包括跳过的），改完重新给出计划。

    Example: debtguide review --change 8 --value 120
    """
    with reporting(lang):
        lang = detect_lang(lang)
        from debtguide import case_cli

        case_cli.run_review(lang, today, change, value, clear, as_json)


# ---- the numbers: apr and budget (bodies in money_cli.py) ------------------------------------


@app.command()
def apr(
    received: Annotated[
        str | None,
        typer.Option(
            "--received",
            metavar="AMOUNT",
            help="What actually reached your account, e.g. 10000 or 1万. 实际到手金额。",
            show_default=False,
        ),
    ] = None,
    installment: Annotated[
        str | None,
        typer.Option(
            "--installment",
            metavar="AMOUNT",
            help="The payment per period. 每期还款额。",
            show_default=False,
        ),
    ] = None,
    count: Annotated[
        str | None,
        typer.Option("--count", metavar="N", help="How many payments. 期数。", show_default=False),
    ] = None,
    period: Annotated[
        str,
        typer.Option(
            "--period", metavar="PERIOD", help="month, week or day. 还款周期：月、周、天。"
        ),
    ] = "month",
    fee: Annotated[
        str | None,
        typer.Option(
            "--fee",
            metavar="AMOUNT",
            help="A fee charged at payout and not yet taken off --received. "
            "放款时另收、尚未从到手金额中扣除的费用。",
            show_default=False,
        ),
    ] = None,
    schedule: Annotated[
        Path | None,
        typer.Option(
            "--schedule",
            metavar="FILE",
            help="YAML/JSON file of dated payments (received_on, payments: [{date, amount}]). "
            "按日期列出还款的文件。",
            show_default=False,
        ),
    ] = None,
    loan_type: Annotated[
        str | None,
        typer.Option(
            "--loan-type",
            metavar="TYPE",
            help="online_platform, bank_consumer_loan, credit_card, consumer_finance, "
            "small_loan_company, private_lender, phone_lease or unknown. 借款类型。",
            show_default=False,
        ),
    ] = None,
    contract_date: Annotated[
        str | None,
        typer.Option(
            "--contract-date",
            metavar="DATE",
            help="When the loan was made, YYYY-MM-DD. 借款合同成立日期。",
        ),
    ] = None,
    lpr: Annotated[
        str | None,
        typer.Option(
            "--lpr",
            metavar="RATE",
            help="The one-year LPR to use, e.g. 3.1%. 指定一年期 LPR。",
            show_default=False,
        ),
    ] = None,
    lang: LangOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Work out a loan's true annual rate and compare it with the lines courts apply.
    算出借款的真实年化利率，并和法院采用的利率界线比较。

    Example: debtguide apr --received 10000 --installment 1000 --count 12
    """
    with reporting(lang):
        lang = detect_lang(lang)
        from debtguide.money_cli import run_apr

        run_apr(
            received=received,
            installment=installment,
            count=count,
            period=period,
            fee=fee,
            schedule=schedule,
            loan_type=loan_type,
            contract_date=contract_date,
            lpr=lpr,
            lang=lang,
            as_json=as_json,
        )


@app.command()
def budget(
    debts: Annotated[
        Path,
        typer.Option(
            "--debts",
            metavar="FILE",
            help="YAML/JSON list of debts (creditor, amount_claimed, …). 债务清单文件。",
            show_default=False,
        ),
    ],
    income: Annotated[
        str | None,
        typer.Option(
            "--income",
            metavar="AMOUNT",
            help="Net monthly income. 每月净收入。",
            show_default=False,
        ),
    ] = None,
    expenses: Annotated[
        str | None,
        typer.Option(
            "--expenses",
            metavar="AMOUNT",
            help="Essential monthly expenses: rent, food, transport, family, medical. 每月必要开支。",
            show_default=False,
        ),
    ] = None,
    commitments: Annotated[
        str | None,
        typer.Option(
            "--commitments",
            metavar="AMOUNT",
            help="Other fixed monthly payments you must keep up. 其他每月固定支出。",
            show_default=False,
        ),
    ] = None,
    monthly: Annotated[
        str | None,
        typer.Option(
            "--monthly",
            metavar="AMOUNT",
            help="Instead of income and expenses: what you can pay in all each month. "
            "直接给出每月能还的总数。",
            show_default=False,
        ),
    ] = None,
    priority: Annotated[
        str,
        typer.Option(
            "--priority",
            metavar="PRIORITY",
            help="pro-rata or court-first. 分配方式：按比例，或诉讼中的优先。",
        ),
    ] = "pro-rata",
    lang: LangOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Split what you can afford each month between several debts.
    把每月能还的钱分给几笔债务，并算出各需要几个月。

    Example: debtguide budget --debts my-debts.yaml --income 6000 --expenses 4000
    """
    with reporting(lang):
        lang = detect_lang(lang)
        from debtguide.money_cli import run_budget

        run_budget(
            debts_file=debts,
            income=income,
            expenses=expenses,
            commitments=commitments,
            monthly=monthly,
            priority=priority,
            lang=lang,
            as_json=as_json,
        )


@app.command()
def letter(
    letter_type: Annotated[
        str | None,
        typer.Argument(
            metavar="[TYPE]",
            help="negotiation, statement-request, cease-third-party, complaint, "
            "credit-objection, defense or payment-order-objection; none lists them. 信件类型。",
        ),
    ] = None,
    answers: Annotated[
        Path | None,
        typer.Option(
            "--answers", metavar="FILE", help="Answers file (YAML/JSON), as for assess. 答案文件。"
        ),
    ] = None,
    resume: Annotated[
        bool, typer.Option("--resume", help="Use the saved interview. 使用保存的问答。")
    ] = False,
    sets: Annotated[
        list[str] | None,
        typer.Option(
            "--set",
            metavar="FIELD=VALUE",
            help="A letter field, e.g. --set name=张三 (repeatable). 填写信件字段。",
        ),
    ] = None,
    out: Annotated[
        Path | None,
        typer.Option(
            "--out", metavar="FILE", help="Write to FILE (.txt, .md or .docx). 写入文件。"
        ),
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="Replace an existing --out file. 覆盖已有文件。")
    ] = False,
    today: Annotated[
        str | None,
        typer.Option(
            "--today",
            metavar="YYYY-MM-DD",
            help="Date the letter YYYY-MM-DD (default: today). 信件日期。",
        ),
    ] = None,
    debts: Annotated[
        Path | None,
        typer.Option(
            "--debts",
            metavar="FILE",
            help="Several debts (as for budget): offer this creditor its share. 多笔债务时按份额出价。",
        ),
    ] = None,
    creditor: Annotated[
        str | None,
        typer.Option(
            "--creditor",
            help="Which creditor in --debts (default: the lender in the answers). 对应哪一笔债务。",
        ),
    ] = None,
    debt: Annotated[
        str | None,
        typer.Option(
            "--debt",
            metavar="ID",
            help="In a case with several debts: the debt the letter is for. 多笔欠款时写给哪一笔。",
        ),
    ] = None,
    lang: LangOpt = None,
) -> None:
    """Write a letter from your answers, ready to sign and send; alone, list the letters.
    根据你的回答写好要寄出的信；不带类型时列出全部信件。

    Example: debtguide letter negotiation --answers my-answers.yaml --out letter.docx
    """
    with reporting(lang):
        lang = detect_lang(lang)
        from debtguide import letter_cli
        from debtguide.userfile import typed_text

        sets = [typed_text(value, "--set") or "" for value in sets or []]
        letter_cli.run(
            lang, letter_type, answers, resume, sets or [], out, force, today, debts, creditor,
            debt=debt,
        )  # fmt: skip


# ---- check-message (issue 6; body in message_cli.py) ----------------------------------------


@app.command("check-message")
def check_message(
    text: Annotated[
        str | None,
        typer.Argument(
            metavar="[TEXT]",
            help="The message, in quotes (or use --file, or pipe it in). 信息内容，用引号括起来。",
            show_default=False,
        ),
    ] = None,
    file: Annotated[
        Path | None,
        typer.Option(
            "--file",
            metavar="FILE",
            help="Read the message from FILE (UTF-8 or GB18030; - for standard input). 从文件读取。",
            show_default=False,
        ),
    ] = None,
    lang: LangOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Check a message you received: its stage, red flags, scam or fake court notice.
    检查收到的催收信息：属于哪个阶段、有哪些违规或诈骗迹象、是不是假冒的法院通知。

    Example: debtguide check-message "你已被起诉，今天下午5点前转账到以下账户"
    """
    with reporting(lang):
        lang = detect_lang(lang)
        from debtguide.message_cli import run

        run(text, file, lang, as_json)


# ---- the evidence log and forget (issue 7; bodies in evidence_cli.py) -----------------------

log_app = typer.Typer(
    help="A private log of every contact by a collector, as evidence. 记录每一次催收联系，留作证据。",
    no_args_is_help=True,
    rich_markup_mode=None,
)
app.add_typer(log_app, name="log")

SinceOpt = Annotated[
    str | None,
    typer.Option("--since", help="Only from this date, YYYY-MM-DD. 起始日期。", show_default=False),
]
UntilOpt = Annotated[
    str | None,
    typer.Option(
        "--until", help="Only up to this date, YYYY-MM-DD. 截止日期。", show_default=False
    ),
]
CreditorOpt = Annotated[
    str | None,
    typer.Option(
        "--creditor",
        help="Only this creditor (any part of the name). 只看这个债权人。",
        show_default=False,
    ),
]


@log_app.command("add")
def log_add(
    when: Annotated[
        str | None,
        typer.Option(
            "--when",
            help="When it happened: YYYY-MM-DD HH:MM (24-hour), or the date alone. 发生时间。",
            show_default=False,
        ),
    ] = None,
    channel: Annotated[
        str | None,
        typer.Option(
            "--channel",
            help="call, sms, wechat, visit, letter or third-party. 联系方式。",
            show_default=False,
        ),
    ] = None,
    who: Annotated[
        str | None,
        typer.Option(
            "--who", help="Who contacted you: number, name, company. 对方是谁。", show_default=False
        ),
    ] = None,
    contacted: Annotated[
        str | None,
        typer.Option(
            "--contacted",
            help="Whom they contacted, for contacts with others. 他们联系了谁。",
            show_default=False,
        ),
    ] = None,
    creditor: Annotated[
        str | None,
        typer.Option(
            "--creditor", help="The lender or platform. 哪家机构的催收。", show_default=False
        ),
    ] = None,
    note: Annotated[
        str | None,
        typer.Option(
            "--note",
            help="What was said or done, in their words. 对方说了什么。",
            show_default=False,
        ),
    ] = None,
    behaviour: Annotated[
        list[str] | None,
        typer.Option(
            "--behaviour",
            metavar="ID",
            help="What they did (repeatable): calls_at_night, calls_many_times_daily, "
            "contacted_relatives_friends, contacted_employer, contacted_address_book, "
            "threats_violence, insults, impersonated_authority, fake_legal_document, "
            "disclosed_debt_publicly, home_visit_intimidation, demanded_payment_personal_account. "
            "催收行为，可重复。",
            show_default=False,
        ),
    ] = None,
    attach: Annotated[
        list[Path] | None,
        typer.Option(
            "--attach",
            metavar="FILE",
            help="A screenshot, recording or photo (repeatable); its SHA-256 is kept. 证据文件。",
            show_default=False,
        ),
    ] = None,
    debt: Annotated[
        str | None,
        typer.Option(
            "--debt",
            metavar="ID",
            help="The debt of your case it belongs to (see debtguide review). 属于案件里的哪笔欠款。",
            show_default=False,
        ),
    ] = None,
    lang: LangOpt = None,
) -> None:
    """Log one contact by a collector; asks step by step when run without --when and --channel.
    记录一次催收联系；不带 --when 和 --channel 时会一步步提问。

    Example: debtguide log add --when "2026-11-20 22:30" --channel call --behaviour calls_at_night
    """
    with reporting(lang):
        lang = detect_lang(lang)
        from debtguide import evidence_cli
        from debtguide.userfile import typed_text

        who, contacted = typed_text(who, "--who"), typed_text(contacted, "--contacted")
        creditor, note = typed_text(creditor, "--creditor"), typed_text(note, "--note")
        evidence_cli.run_add(
            lang, when, channel, who, contacted, creditor, note, behaviour or [], attach or [],
            debt=debt,
        )  # fmt: skip


@log_app.command("edit")
def log_edit(
    number: Annotated[int, typer.Argument(metavar="N", help="The entry number. 第几条。")],
    debt: Annotated[
        str | None,
        typer.Option("--debt", metavar="ID", help="Tie it to this debt. 归到这笔欠款。"),
    ] = None,
    untie: Annotated[
        bool, typer.Option("--untie", help="Tie it to no debt. 不归到任何一笔。")
    ] = False,
    when: Annotated[str | None, typer.Option("--when", help="YYYY-MM-DD HH:MM. 发生时间。")] = None,
    channel: Annotated[
        str | None, typer.Option("--channel", help="call, sms, wechat, visit, letter, third-party.")
    ] = None,
    who: Annotated[str | None, typer.Option("--who", help="对方是谁。")] = None,
    contacted: Annotated[str | None, typer.Option("--contacted", help="他们联系了谁。")] = None,
    creditor: Annotated[str | None, typer.Option("--creditor", help="哪家机构。")] = None,
    note: Annotated[str | None, typer.Option("--note", help="对方说了什么。")] = None,
    lang: LangOpt = None,
) -> None:
    """Change one logged contact: tie it to a debt, correct its date or words.
    修改一条记录：归到某笔欠款，或更正时间、内容。

    Example: debtguide log edit 3 --debt huahua
    """
    with reporting(lang):
        lang = detect_lang(lang)
        from debtguide import evidence_cli
        from debtguide.userfile import typed_text

        texts = {
            "who": typed_text(who, "--who"),
            "contacted": typed_text(contacted, "--contacted"),
            "creditor": typed_text(creditor, "--creditor"),
            "note": typed_text(note, "--note"),
        }
        evidence_cli.run_edit(lang, number, debt, untie, when, channel, texts)


@log_app.command("delete")
def log_delete(
    number: Annotated[int, typer.Argument(metavar="N", help="The entry number. 第几条。")],
    yes: Annotated[bool, typer.Option("--yes", help="Do not ask. 不再确认。")] = False,
    lang: LangOpt = None,
) -> None:
    """Delete one logged contact, after asking. 删除一条记录（会先确认）。

    Example: debtguide log delete 3
    """
    with reporting(lang):
        lang = detect_lang(lang)
        from debtguide import evidence_cli

        evidence_cli.run_delete(lang, number, yes)


@log_app.command("list")
def log_list(
    since: SinceOpt = None,
    until: UntilOpt = None,
    channel: Annotated[
        str | None,
        typer.Option("--channel", help="Only this channel. 只看这种联系方式。", show_default=False),
    ] = None,
    creditor: CreditorOpt = None,
    lang: LangOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """List the logged contacts; attachments that changed or disappeared are marked.
    列出已记录的催收联系；被改动或不在原处的证据文件会标出来。

    Example: debtguide log list --since 2026-11-01
    """
    with reporting(lang):
        lang = detect_lang(lang)
        from debtguide import evidence_cli

        evidence_cli.run_list(lang, since, until, channel, creditor, as_json)


@log_app.command("report")
def log_report(
    since: SinceOpt = None,
    until: UntilOpt = None,
    creditor: CreditorOpt = None,
    lang: LangOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Sum up the log: contacts by day and channel, at night, with others; the red flags shown.
    汇总证据记录：每天和各种方式的次数、夜间联系、联系他人，以及能证明的违规情形。

    Example: debtguide log report --creditor 某某贷
    """
    with reporting(lang):
        lang = detect_lang(lang)
        pack = _pack()
        from debtguide import evidence_cli

        evidence_cli.run_report(lang, pack, since, until, creditor, as_json)


@log_app.command("export")
def log_export(
    fmt: Annotated[
        str | None,
        typer.Option(
            "--format",
            help="csv or md (default: from --out's extension, else md). 导出格式。",
            show_default=False,
        ),
    ] = None,
    out: Annotated[
        Path | None,
        typer.Option(
            "--out",
            metavar="FILE",
            help="Write to FILE (default: print). 写入文件。",
            show_default=False,
        ),
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="Replace an existing --out file. 覆盖已有文件。")
    ] = False,
    since: SinceOpt = None,
    until: UntilOpt = None,
    creditor: CreditorOpt = None,
    lang: LangOpt = None,
) -> None:
    """Write the evidence table a complaint can attach (with each file's SHA-256).
    导出可以附在投诉材料里的证据表（含每个文件的 SHA-256）。

    Example: debtguide log export --format md --out evidence.md
    """
    with reporting(lang):
        lang = detect_lang(lang)
        from debtguide import evidence_cli

        evidence_cli.run_export(lang, fmt, out, force, since, until, creditor)


@app.command()
def forget(
    yes: Annotated[
        bool, typer.Option("--yes", help="Do not ask for confirmation. 不再确认。")
    ] = False,
    lang: LangOpt = None,
) -> None:
    """Delete all your personal data kept by debtguide, after saying what it is.
    删除 debtguide 保存的全部个人数据（会先列出要删除的内容）。

    Example: debtguide forget
    """
    with reporting(lang):
        lang = detect_lang(lang)
        from debtguide import evidence_cli

        evidence_cli.run_forget(lang, yes)


@content_app.command("check")
def content_check(
    directory: Annotated[
        Path | None,
        typer.Argument(
            metavar="[DIR]", help="A pack folder (default: the built-in pack). 内容包文件夹。"
        ),
    ] = None,
    lang: LangOpt = None,
) -> None:
    """Validate a content pack and list every problem. 检查内容包，列出全部问题。

    Example: debtguide content check content/cn
    """
    with reporting(lang):
        lang = detect_lang(lang)
        from debtguide.loader import load_pack, pack_dir

        root = directory or pack_dir()
        pack = load_pack(root)
        typer.echo(
            t(
                "content_ok",
                lang,
                pack=pack.info.id,
                path=root,
                stages=len(pack.stages),
                laws=len(pack.laws),
                channels=len(pack.channels),
            )
        )


# What a terminal that cannot show them gets instead of the typographic characters we print.
_PLAIN = {
    "—": "-", "–": "-", "“": '"', "”": '"', "‘": "'", "’": "'", "…": "...", "〔": "[",
    "〕": "]", "•": "*", "✗": "x", "✓": "v", "⚠": "!", "⚑": "!", "→": "->", "≥": ">=",
    "≤": "<=", "×": "x", "·": "-", "（": "(", "）": ")", "，": ",", "：": ":", "；": ";",
    "。": ".", "、": ",", "！": "!", "？": "?", "《": "<", "》": ">", "\u3000": " ",
    "─": "-", "━": "=",
}  # fmt: skip


def _plain_or_question_mark(error: UnicodeError) -> tuple[str, int]:
    """Codec error handler: an ASCII look-alike for what the stream cannot encode, else '?'."""
    if not isinstance(error, UnicodeEncodeError):
        raise error
    bad = error.object[error.start : error.end]
    return "".join(_PLAIN.get(c, "?") for c in bad), error.end


def fit_output_streams() -> None:
    """Let stdout and stderr write what their encoding cannot hold instead of failing.

    On an ASCII, Latin-1 or GBK terminal (PYTHONIOENCODING=ascii, an old locale…) Python
    raises UnicodeEncodeError at the first character the encoding lacks (Chinese, a
    typographic quote, an emoji); print a look-alike or '?' instead. UTF streams are left alone.
    A UTF-8 standard input keeps bytes that are not UTF-8 as escapes, for the interview to
    decode as GB18030 (userfile.escaped_text) instead of failing.
    """
    import codecs

    try:  # typed bytes that are not UTF-8 (a GBK terminal) reach the interview as escapes
        if sys.stdin is not None and codecs.lookup(sys.stdin.encoding).name == "utf-8":
            sys.stdin.reconfigure(errors="surrogateescape")  # type: ignore[union-attr]
    except (AttributeError, LookupError, TypeError, ValueError):
        pass
    for stream in (sys.stdout, sys.stderr):
        if stream is None or not hasattr(stream, "reconfigure"):
            continue
        try:
            name = codecs.lookup(stream.encoding).name
        except (LookupError, TypeError):
            continue
        if name.startswith("utf") or name == "gb18030":  # these encode every character
            continue
        codecs.register_error("debtguide-plain", _plain_or_question_mark)
        stream.reconfigure(errors="debtguide-plain")


def usage_lang(args: list[str]) -> str:
    """The language of Typer's own messages (usage errors, the command list): --lang as typed
    anywhere before `--`, else DEBTGUIDE_LANG or the locale; English if Chinese cannot be shown.
    """
    explicit = None
    for i, arg in enumerate(args):
        if arg == "--":
            break
        if arg == "--lang" and i + 1 < len(args):
            explicit = args[i + 1]
        elif arg.startswith("--lang="):
            explicit = arg.removeprefix("--lang=")
    lang = _safe_lang(explicit)
    return lang if lang == "en" or can_show_chinese(sys.stderr) else "en"


def main() -> None:
    """Entry point of the `debtguide` command; it ends the process (a program should call `app`)."""
    import gc
    import os
    import signal

    from debtguide.start import on_interrupt, quiet_interrupt

    # Ctrl-C is the commands' own while they run (Typer turns one they do not catch into exit
    # 130); before and after, it ends the process quietly with 130 (issue 11).
    on_interrupt(quiet_interrupt)
    # A command lives for a moment: the cycle collector's passes over the objects that imports
    # and the cached pack create cost ~25 ms and find a few hundred unreachable objects among
    # some 40,000. Reference counting still frees everything else.
    gc.disable()
    fit_output_streams()
    if usage_lang(sys.argv[1:]) == "zh":
        from debtguide.usage_zh import speak_chinese

        speak_chinese()
    try:
        on_interrupt(signal.default_int_handler)
        app()
        code = 0
    except SystemExit as exc:
        if exc.code is not None and not isinstance(exc.code, int):
            raise  # a message for Python to print
        code = exc.code or 0
    except KeyboardInterrupt:
        code = 130  # between Typer's handler and here
    on_interrupt(quiet_interrupt)
    # End without tearing the interpreter down, which frees every module and object one by one
    # for another ~50 ms. That skips atexit handlers and finalizers: debtguide registers none
    # and closes each file it writes before the command returns (tests/test_startup.py checks
    # the results); only the standard streams may still hold output.
    for stream in (sys.stdout, sys.stderr):
        try:
            if stream is not None:
                stream.flush()
        except (OSError, ValueError):
            pass  # nobody is reading any more (a closed pipe)
    os._exit(code)
