"""The foundation commands through Typer's runner: stages, explain, law, content check."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from debtguide import __version__
from debtguide.contract import STAGE_IDS
from tests.conftest import CONTENT


def test_version(cli) -> None:
    result = cli("--version")
    assert result.exit_code == 0
    assert result.stdout.strip() == f"debtguide {__version__}"


@pytest.mark.parametrize("lang, word", [("zh", "诉讼"), ("en", "Lawsuit")])
def test_stages_table_in_both_languages(cli, lang: str, word: str) -> None:
    result = cli("stages", "--lang", lang)
    assert result.exit_code == 0, result.output
    assert word in result.stdout
    for stage_id in STAGE_IDS:
        assert stage_id in result.stdout
    assert "12348" in result.stdout  # the disclaimer, once
    assert result.stdout.count("12348") == 1


def test_stages_json(cli) -> None:
    data = json.loads(cli("stages", "--json", "--lang", "en").stdout)
    assert data["schema"] == "debtguide.stages/1"
    assert [s["id"] for s in data["stages"]] == list(STAGE_IDS)
    assert all(s["title"] and s["summary"] for s in data["stages"])


@pytest.mark.parametrize("name", ["lawsuit", "诉讼", "LAWSUIT", "Lawsuit"])
def test_explain_accepts_id_and_names(cli, name: str) -> None:
    result = cli("explain", name, "--lang", "en")
    assert result.exit_code == 0, result.output
    assert "(lawsuit)" in result.stdout
    assert "Your rights" in result.stdout
    assert "Civil Procedure Law, art. 128" in result.stdout


def test_explain_in_chinese_shows_sections_and_citations(cli) -> None:
    result = cli("explain", "lawsuit", "--lang", "zh")
    assert result.exit_code == 0
    for heading in ("怎么做", "你的权利", "不要做", "免费求助"):
        assert heading in result.stdout
    assert "《民事诉讼法》第一百二十八条" in result.stdout


def test_explain_shows_cautions_of_cited_laws(cli, pack) -> None:
    stage = pack.stage("arbitration")
    cited = {
        c for item in (*stage.steps, *stage.rights, *stage.avoid, *stage.truths) for c in item.cites
    }
    with_caution = [c for c in cited if pack.laws[c].caution]
    assert with_caution, "the arbitration stage cites the 2017 Arbitration Law"
    result = cli("explain", "arbitration", "--lang", "en")
    assert "Notes on the laws cited" in result.stdout
    assert "2026-03-01" in result.stdout


def test_explain_unknown_stage_suggests(cli) -> None:
    result = cli("explain", "lawsut", "--lang", "en")
    assert result.exit_code == 2
    assert "No stage is called 'lawsut'" in result.stderr
    assert "lawsuit" in result.stderr
    assert result.stdout == ""


def test_explain_json_shape(cli) -> None:
    data = json.loads(cli("explain", "payment-order", "--json", "--lang", "zh").stdout)
    assert data["schema"] == "debtguide.stage/1"
    stage = data["stage"]
    assert stage["id"] == "payment-order"
    for key in ("who", "what_happens", "truths", "steps", "keep", "rights", "avoid", "help"):
        assert stage[key], key
    cited = {c for r in stage["rights"] for c in r["cites"]}
    assert cited <= {law["id"] for law in data["cited"]}


def test_law_prints_the_article(cli, pack) -> None:
    result = cli("law", "civil-procedure-law-128", "--lang", "zh")
    assert result.exit_code == 0
    assert "第一百二十八条" in result.stdout
    assert "十五日内提出答辩状" in result.stdout.replace("\n", "").replace(" ", "").replace("│", "")


def test_law_json_is_the_contract_shape(cli, pack) -> None:
    data = json.loads(cli("law", "civil-code-188", "--json").stdout)
    assert set(data) == {"id", "law", "version", "article", "text"}
    assert data["text"] == pack.laws["civil-code-188"].text


def test_law_list_json(cli, pack) -> None:
    data = json.loads(cli("law", "--json").stdout)
    assert data["schema"] == "debtguide.laws/1"
    assert len(data["laws"]) == len(pack.laws)


def test_unknown_law_is_a_usage_error(cli) -> None:
    result = cli("law", "civil-code-18", "--lang", "en")
    assert result.exit_code == 2
    assert "civil-code-188" in result.stderr or "civil-code-189" in result.stderr


def test_bad_lang_is_a_usage_error(cli) -> None:
    result = cli("stages", "--lang", "fr")
    assert result.exit_code == 2
    assert "'fr' is not a language" in result.stderr


def test_lang_from_environment(cli, monkeypatch) -> None:
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    assert "催收" in cli("stages").stdout
    monkeypatch.setenv("DEBTGUIDE_LANG", "en")
    assert "escalation order" in cli("stages").stdout


def test_content_check_passes_on_the_shipped_pack(cli) -> None:
    result = cli("content", "check", str(CONTENT / "cn"), "--lang", "en")
    assert result.exit_code == 0, result.output
    assert "is valid" in result.stdout


def test_content_check_lists_every_problem(cli, tmp_path: Path) -> None:
    broken = tmp_path / "cn"
    shutil.copytree(CONTENT / "cn", broken)
    (broken / "stages" / "judgment.yaml").unlink()
    pack_file = broken / "pack.yaml"
    pack_file.write_text(pack_file.read_text(encoding="utf-8") + "extra_key: 1\n", encoding="utf-8")
    result = cli("content", "check", str(broken), "--lang", "en")
    assert result.exit_code == 1
    assert "stages/judgment.yaml:1: DG107 stage 'judgment' has no file" in result.stderr
    lines = pack_file.read_text(encoding="utf-8").splitlines()
    line = lines.index("extra_key: 1") + 1
    assert f"pack.yaml:{line}: DG004 extra_key: unknown field" in result.stderr
    assert "Traceback" not in result.output


def test_every_command_has_help(cli) -> None:
    commands = [
        ["stages"],
        ["explain"],
        ["law"],
        ["content", "check"],
        ["assess"],
        ["apr"],
        ["budget"],
        ["letter"],
        ["check-message"],
        ["log", "add"],
        ["log", "list"],
        ["log", "report"],
        ["log", "export"],
        ["forget"],
    ]
    listed = cli("--help").stdout
    for command in commands:
        assert command[0] in listed, command
        result = cli(*command, "--help")
        assert result.exit_code == 0, command
        assert "Example:" in result.stdout, command


def test_python_dash_m_and_lazy_start() -> None:
    """`debtguide --help` loads none of the heavy modules."""
    code = (
        "import sys; from debtguide.cli import app\n"
        "heavy = ['yaml', 'pydantic', 'jinja2', 'docx', 'sqlite3', 'rich', 'debtguide.content.models']\n"
        "print(','.join(m for m in heavy if m in sys.modules))"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert loaded.stdout.strip() == ""
    run = subprocess.run(
        [sys.executable, "-m", "debtguide", "--version"], capture_output=True, text=True, check=True
    )
    assert run.stdout.strip() == f"debtguide {__version__}"


def test_help_lists_come_from_the_contract_ids() -> None:
    import typer.main

    from debtguide.cli import app
    from debtguide.contract import COLLECTOR_BEHAVIOURS, LETTER_IDS, LOAN_TYPES, LOG_CHANNELS

    group = typer.main.get_command(app)
    ctx = group.make_context("debtguide", [], resilient_parsing=True)
    helps = {
        (name, param.name): param.help or ""
        for name in ("letter", "apr")
        for param in group.get_command(ctx, name).params
    }
    assert helps[("letter", "letter_type")].startswith(", ".join(LETTER_IDS[:-1]))
    assert f" or {LETTER_IDS[-1]};" in helps[("letter", "letter_type")]
    assert helps[("apr", "loan_type")].startswith(", ".join(LOAN_TYPES[:-1]) + " or unknown.")
    log = group.get_command(ctx, "log")
    log_ctx = log.make_context("log", [], resilient_parsing=True)
    add = {p.name: p.help or "" for p in log.get_command(log_ctx, "add").params}
    assert ", ".join(COLLECTOR_BEHAVIOURS[:-1]) in add["behaviour"]
    assert f" or {LOG_CHANNELS[-1]}." in add["channel"]


def test_the_on_demand_command_table_matches_the_modules() -> None:
    """debtguide.cli.COMMANDS (what the script imports for each command) names, in --help's
    order, exactly the commands Typer builds once every module has registered its own."""
    import importlib

    import typer.main

    from debtguide import cli

    eager = typer.main.get_group_from_info(
        typer.main.TyperInfo(cli.app),
        pretty_exceptions_short=True,
        suggest_commands=True,
        rich_markup_mode=None,
    )
    assert list(eager.commands) == list(cli.COMMANDS)
    assert set(cli.COMMANDS.values()) == set(cli.MODULES)
    for name, module in cli.COMMANDS.items():
        source = importlib.import_module(f"debtguide.cli.{module}")
        command = eager.commands[name]
        callback = getattr(command, "callback", None)
        if command.__class__.__name__ == "TyperGroup" or callback is None:
            assert any(
                getattr(c, "callback", None) and c.callback.__module__ == source.__name__
                for c in command.commands.values()
            )  # type: ignore[attr-defined]
        else:
            assert (
                callback.__module__ == source.__name__
                or callback.__wrapped__.__module__ == source.__name__
            )
