"""The page in a real browser: Debian's headless Chromium, driven by Selenium (see
tests/browser_walk.py, run in its own process because this test run forbids network sockets).

It needs /usr/bin/chromium and /usr/bin/chromedriver (apt-get install chromium
chromium-driver; .ci/run installs them). Without them the test is skipped, unless
DEBTGUIDE_REQUIRE_BROWSER=1 (set by .ci/run), when it fails. DEBTGUIDE_SCREENSHOTS=DIR keeps
the screenshots there (the README's come from this test: DEBTGUIDE_SCREENSHOTS=docs/web).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO

NEEDS = (Path("/usr/bin/chromium"), Path("/usr/bin/chromedriver"))


@pytest.mark.slow
@pytest.mark.parametrize("width", ["phone", "desktop"])
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_browser_walks_interview_plan_and_letter(tmp_path: Path, lang: str, width: str) -> None:
    missing = [str(p) for p in NEEDS if not p.exists()]
    if missing:
        if os.environ.get("DEBTGUIDE_REQUIRE_BROWSER") == "1":
            pytest.fail(f"the browser test needs {', '.join(missing)}")
        pytest.skip(f"no {', '.join(missing)} (apt-get install chromium chromium-driver)")
    out = Path(os.environ.get("DEBTGUIDE_SCREENSHOTS") or tmp_path / "shots")
    proc = subprocess.run(
        [sys.executable, str(REPO / "tests" / "browser_walk.py"), str(out), lang, width],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=REPO,
        env={**os.environ, "DEBTGUIDE_HOME": str(tmp_path / "unused")},
    )
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    # the README's pictures: the plan on a phone, the interview on a desktop
    name = f"plan-{lang}-phone" if width == "phone" else f"interview-{lang}-desktop"
    assert (out / f"{name}.png").stat().st_size > 10_000, name
