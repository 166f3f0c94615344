"""Domain errors: each names an interface string and the values that fill it in."""

from __future__ import annotations

from debtguide.strings import entry

EXIT_OK = 0
EXIT_CONTENT = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130


def shown(value: object) -> str:
    """A value as a message may quote it: a long one (5,000 digits) is cut, with its length."""
    text = str(value)
    if len(text) <= 40:
        return text
    return f"{text[:16]}…{text[-4:]} ({len(text)})"


class DebtguideError(Exception):
    """An error the command line reports as `Error: …` with an exit code."""

    exit_code = EXIT_CONTENT

    def __init__(self, key: str, problems: list[str] | None = None, **values: object) -> None:
        self.key = key
        self.values = values
        super().__init__(self.message("en"))
        self.problems = problems or []
        self.hints: list[tuple[str, dict[str, object]]] = []

    def hint(self, key: str, **values: object) -> DebtguideError:
        """Add a follow-up line (an interface string key and its values); return self."""
        self.hints.append((key, values))
        return self

    def message(self, lang: str) -> str:
        """Return the message in `lang`; a value given as {"zh": …, "en": …} is localized too."""
        values = {
            k: (v[lang] if isinstance(v, dict) and lang in v else v) for k, v in self.values.items()
        }
        return entry(self.key)[lang].format(**values)


class ContentError(DebtguideError):
    """A content pack is missing or broken; `problems` lists each fault."""

    exit_code = EXIT_CONTENT


class UsageError(DebtguideError):
    """The user gave a bad option, argument or input file."""

    exit_code = EXIT_USAGE
