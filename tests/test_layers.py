"""The import graph points down (issue 12): no command module imports another, the page imports
no command, the content pack imports no engine, and the evidence store imports no report.

ruff's banned-api (debtguide/cli/ruff.toml, web/ruff.toml, content/ruff.toml,
evidence/ruff.toml) says the same; this reads the source itself, every import at any depth
(function-level ones too), so the rule holds even if a ruff.toml falls behind COMMANDS.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from debtguide import cli

PACKAGE = Path(cli.__file__).resolve().parent.parent  # debtguide/
COMMAND_MODULES = frozenset(f"debtguide.cli.{m}" for m in cli.MODULES)


def imported(source: str, package: str) -> set[str]:
    """Every module `source` imports, as dotted names: for `from a import b`, both `a` and
    `a.b` (b may be a module); relative imports resolved against `package`."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*parts, base] if base else parts)
            names.add(base)
            names.update(f"{base}.{alias.name}" for alias in node.names)
    return names


def module_name(path: Path) -> str:
    rel = path.relative_to(PACKAGE.parent).with_suffix("")
    parts = rel.parts[:-1] if rel.name == "__init__" else rel.parts
    return ".".join(parts)


def bad_imports(folder: str, banned: frozenset[str], exempt_self: bool = True) -> list[str]:
    """`file: module` for each import in debtguide/<folder>/*.py of a module in `banned` (or
    inside one), other than the file's own module."""
    found = []
    for path in sorted((PACKAGE / folder).glob("*.py")):
        name = module_name(path)
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        for target in sorted(imported(path.read_text(encoding="utf-8"), package)):
            if inside(target, banned) and not (exempt_self and target == name):
                found.append(f"{path.relative_to(PACKAGE.parent)}: {target}")
    return found


def inside(target: str, banned: frozenset[str]) -> bool:
    """`target` is one of the `banned` modules or inside one (by whole dotted parts)."""
    return any(target == b or target.startswith(b + ".") for b in banned)


def test_the_command_modules_are_the_registry_s() -> None:
    assert set(cli.COMMANDS.values()) == set(cli.MODULES)
    for module in COMMAND_MODULES:
        assert (PACKAGE / "cli" / (module.rsplit(".", 1)[1] + ".py")).is_file()


def test_no_cli_module_imports_a_command_module() -> None:
    """A command module imports only its own code and the shared modules (io, caseflow, the
    interview, prompting, params); a shared module imports no command (cli/__init__.py loads
    them by name, through importlib, which is the registry's job)."""
    assert bad_imports("cli", COMMAND_MODULES) == []


def test_the_page_imports_no_command_module_and_nothing_that_prompts() -> None:
    prompting = frozenset(
        f"debtguide.cli.{m}" for m in ("caseflow", "interview", "case_interview", "prompting")
    )
    assert bad_imports("web", COMMAND_MODULES | prompting) == []


@pytest.mark.parametrize(
    ("folder", "banned"),
    [
        ("content", ("debtguide.engine", "debtguide.letters", "debtguide.message")),
        ("evidence", ("debtguide.evidence.report",)),
    ],
)
def test_lower_layers_do_not_import_upper_ones(folder: str, banned: tuple[str, ...]) -> None:
    assert bad_imports(folder, frozenset(banned)) == []


# The command line's entry (start.py, __main__.py) and the folder mode, whose output is the
# JSON it yields (case_batch.py), are the top-level modules allowed to reach upward.
ENTRIES = {"debtguide/start.py", "debtguide/__main__.py", "debtguide/case_batch.py"}
UPPER = frozenset({"debtguide.cli", "debtguide.render", "debtguide.web"})


@pytest.mark.parametrize("folder", ["", "content", "evidence", "letters", "money"])
def test_domain_modules_import_no_output_and_no_command_line(folder: str) -> None:
    found = [x for x in bad_imports(folder, UPPER) if x.split(":")[0] not in ENTRIES]
    assert found == []


def test_the_check_sees_every_form_of_import() -> None:
    """The reader catches what the rule forbids, at any depth: a check that cannot fail is
    no check."""
    source = (
        "import debtguide.cli.money\n"
        "from debtguide.cli import assess, io\n"
        "def f():\n"
        "    from debtguide.cli.review import run_review\n"
        "    from . import letter\n"
    )
    names = imported(source, "debtguide.cli")
    assert {n for n in names if inside(n, COMMAND_MODULES)} == {
        "debtguide.cli.money",
        "debtguide.cli.assess",
        "debtguide.cli.review",
        "debtguide.cli.review.run_review",
        "debtguide.cli.letter",
    }
    assert not inside("debtguide.cli.caseflow", COMMAND_MODULES)  # a prefix is not a module
    assert not inside("debtguide.cli.io", COMMAND_MODULES)
