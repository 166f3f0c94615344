"""A real browser walks the page: `debtguide serve` in a child process, Debian's headless
Chromium driven by Selenium. Run by tests/test_web_browser.py in its own process (the test
run forbids network sockets; this walk needs the loopback one).

    python tests/browser_walk.py OUT_DIR

For each language, at a phone width (360 px) and a desktop width (1280 px), from a fresh
browser profile: open the address `serve` printed, start the interview from the start page,
answer it for two debts (one sued, with an employer contacted; a credit card in phone
collection), see the plan with both (the one in court first), download
a letter as .docx and read it back, and save screenshots in OUT_DIR. Exit 0 when every check
held; otherwise print what failed and exit 1.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
TODAY = "2026-12-07"
PHONE = (360, 780)
DESKTOP = (1280, 860)

ANSWERS = {
    "loan_type": "online_platform",
    "lender_name": "花花借",
    "days_overdue": "95",
    "contact_kinds": ["phone_calls", "court_summons"],
    "summons_received_date": "2026-11-30",
    "collector_behaviour": ["contacted_employer"],
    "principal_received": "8000",
    "amount_claimed": "12600",
    "monthly_income": "6000",
    "monthly_essential_expenses": "4000",
}
SECOND = {
    "loan_type": "credit_card",
    "lender_name": "极速贷",
    "days_overdue": "40",
    "contact_kinds": ["phone_calls"],
    "amount_claimed": "5000",
}
EXPECT = {
    "zh": {"stage": "诉讼", "deadline": "2026-12-15", "plan": "我的计划"},
    "en": {"stage": "Lawsuit", "deadline": "2026-12-15", "plan": "My plan"},
}


def start_server(home: Path) -> tuple[subprocess.Popen, str]:
    env = {**os.environ, "DEBTGUIDE_HOME": str(home), "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "debtguide",
            "serve",
            "--no-browser",
            "--today",
            TODAY,
            "--lang",
            "zh",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    deadline = time.monotonic() + 60
    assert proc.stdout is not None
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            break
        found = re.search(r"http://127\.0\.0\.1:\d+/open\?token=[\w-]+", line)
        if found:
            return proc, found.group(0)
    proc.kill()
    raise SystemExit(
        f"serve did not print its address: {proc.stderr.read() if proc.stderr else ''}"
    )


def browser(width: int, height: int, downloads: Path, scale: float) -> object:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    profile = tempfile.mkdtemp(prefix="debtguide-chromium-")
    for arg in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        f"--user-data-dir={profile}",
        f"--window-size={width},{height}",
        f"--force-device-scale-factor={scale}",
        "--lang=zh-CN",
    ):
        options.add_argument(arg)
    options.add_experimental_option(
        "prefs",
        {
            "download.default_directory": str(downloads),
            "download.prompt_for_download": False,
            "safebrowsing.enabled": False,
        },
    )
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_window_size(width, height)
    driver.execute_cdp_cmd(
        "Browser.setDownloadBehavior",
        {"behavior": "allow", "downloadPath": str(downloads), "eventsEnabled": True},
    )
    return driver


def go(driver: object, element: object) -> None:
    """Click a link or a button and wait until the next page has replaced this one."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions
    from selenium.webdriver.support.ui import WebDriverWait

    page = driver.find_element(By.TAG_NAME, "html")
    element.click()
    WebDriverWait(driver, 15).until(expected_conditions.staleness_of(page))


def check(condition: bool, what: str, failures: list[str]) -> None:
    if not condition:
        failures.append(what)
        print("FAILED:", what, flush=True)


def answer_step(driver: object, qid: str, answers: dict) -> None:
    """Fill one question the way a person would: click the choices, type the text."""
    from selenium.webdriver.common.by import By

    value = answers.get(qid)
    if value is None:
        go(driver, driver.find_element(By.CSS_SELECTOR, 'button[value="skip"]'))
        return
    values = value if isinstance(value, list) else [value]
    boxes = driver.find_elements(
        By.CSS_SELECTOR, 'input[name="value"][type="radio"], input[name="value"][type="checkbox"]'
    )
    if boxes:
        for box in boxes:
            if box.get_attribute("value") in values:
                box.find_element(By.XPATH, "./ancestor::label").click()
    else:
        field = driver.find_element(By.CSS_SELECTOR, 'input[name="value"]')
        if field.get_attribute("type") == "date":
            driver.execute_script("arguments[0].value = arguments[1];", field, value)
        else:
            field.clear()
            field.send_keys(value)
    go(driver, driver.find_element(By.CSS_SELECTOR, 'button[value="next"]'))


def walk(url: str, lang: str, size: tuple[int, int], out: Path, failures: list[str]) -> None:
    from selenium.webdriver.common.by import By

    downloads = Path(tempfile.mkdtemp(prefix="debtguide-downloads-"))
    phone = size == PHONE
    tag = f"{lang}-{'phone' if phone else 'desktop'}"
    driver = browser(*size, downloads, 2 if phone else 1)
    try:
        driver.get(url)
        check(
            driver.current_url.endswith("/"),
            f"{tag}: the token address leads to the start page",
            failures,
        )
        check(
            "token" not in driver.current_url, f"{tag}: the token leaves the address bar", failures
        )
        if lang == "en":
            go(driver, driver.find_element(By.CSS_SELECTOR, "a.lang"))
        check(
            driver.find_element(By.TAG_NAME, "html").get_attribute("lang").startswith(lang[:2]),
            f"{tag}: language",
            failures,
        )
        # from the start page: start afresh when an interview is saved, then start
        restart = driver.find_elements(By.CSS_SELECTOR, 'form[action="/restart"] button')
        if restart:
            go(driver, restart[0])
        go(driver, driver.find_element(By.CSS_SELECTOR, "a.button.primary[href='/interview']"))
        shots = 0
        added = False
        for _ in range(120):
            hidden = driver.find_elements(By.CSS_SELECTOR, 'input[name="q"]')
            if not hidden:
                break
            qid = hidden[0].get_attribute("value")
            if qid in ("__more", "__money"):  # another debt? (yes, once); money questions? yes
                yes = qid == "__money" or not added
                added = added or qid == "__more"
                go(
                    driver,
                    driver.find_element(
                        By.CSS_SELECTOR, f'button[value="{"yes" if yes else "no"}"]'
                    ),
                )
                continue
            number = driver.find_element(By.CSS_SELECTOR, 'input[name="debt"]').get_attribute(
                "value"
            )
            if qid == "contact_kinds" and number == "2" and shots == 0:
                driver.save_screenshot(str(out / f"interview-{tag}.png"))
                shots += 1
            answer_step(driver, qid, SECOND if number == "2" else ANSWERS)
            errors = driver.find_elements(By.CSS_SELECTOR, ".error")
            check(
                not errors, f"{tag}: {qid} accepted ({errors[0].text if errors else ''})", failures
            )
            if errors:
                return
        check(shots == 1, f"{tag}: the interview asked about the second debt", failures)
        go(driver, driver.find_element(By.CSS_SELECTOR, "a.button.primary[href='/plan']"))
        body = driver.find_element(By.TAG_NAME, "body").text
        check(EXPECT[lang]["stage"] in body, f"{tag}: the plan names the stage", failures)
        check(
            EXPECT[lang]["deadline"] in body,
            f"{tag}: the plan dates the defence deadline",
            failures,
        )
        summary = driver.find_element(By.CSS_SELECTOR, ".summary")
        check(
            summary.rect["y"] < driver.find_element(By.XPATH, "//h2[not(@id)]").rect["y"],
            f"{tag}: summary first",
            failures,
        )
        width = driver.execute_script("return document.documentElement.scrollWidth")
        check(
            width <= size[0] + 1, f"{tag}: no sideways scrolling on the plan ({width}px)", failures
        )
        driver.save_screenshot(str(out / f"plan-{tag}.png"))
        # a letter: pick it from the plan, fill the name, preview, download .docx
        go(driver, driver.find_element(By.CSS_SELECTOR, "a[href='/letters/defense?debt=1']"))
        name = "张三" if lang == "zh" else "Zhang San"
        field = driver.find_element(By.ID, "f_name")
        field.clear()
        field.send_keys(name)
        go(driver, driver.find_element(By.CSS_SELECTOR, 'button[value="preview"]'))
        paper = driver.find_elements(By.CSS_SELECTOR, "article.paper")
        check(
            bool(paper) and name in paper[0].text,
            f"{tag}: the letter preview shows the name",
            failures,
        )
        driver.find_element(By.CSS_SELECTOR, 'button[value="docx"]').click()
        got = wait_for_file(downloads, ".docx")
        check(got is not None, f"{tag}: the .docx was downloaded", failures)
        if got is not None:
            from docx import Document

            text = "\n".join(p.text for p in Document(str(got)).paragraphs)
            check(name in text, f"{tag}: the .docx holds the name", failures)
            title = "民事答辩状" if lang == "zh" else "答辩"
            check(
                title in text or "Defence" in text or "defence" in text,
                f"{tag}: the .docx is the defence",
                failures,
            )
        if not phone:
            driver.execute_script("document.getElementById('letter').scrollIntoView()")
            driver.save_screenshot(str(out / f"letter-{tag}.png"))
            # Printing takes the browser several seconds a page: the Chinese walk prints the
            # letter, the English one the plan, so both print layouts are checked once each.
            if lang == "zh":
                print_a4(driver, out / f"letter-{lang}.pdf", failures, tag)
            else:
                go(driver, driver.find_element(By.CSS_SELECTOR, "nav a[href='/plan']"))
                print_a4(driver, out / f"plan-{lang}.pdf", failures, tag)
    finally:
        driver.quit()


def print_a4(driver: object, path: Path, failures: list[str], tag: str) -> None:
    """Print the page as the browser would on A4 paper; keep the PDF."""
    import base64

    from selenium.webdriver.common.print_page_options import PrintOptions

    options = PrintOptions()
    options.page_width = 21.0
    options.page_height = 29.7
    pdf = base64.b64decode(driver.print_page(options))
    path.write_bytes(pdf)
    check(
        pdf.startswith(b"%PDF") and len(pdf) > 5_000, f"{tag}: {path.name} printed on A4", failures
    )


def wait_for_file(folder: Path, suffix: str, seconds: float = 20) -> Path | None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        found = [p for p in folder.iterdir() if p.suffix == suffix]
        if found:
            return found[0]
        time.sleep(0.2)
    return None


def main() -> int:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    home = Path(tempfile.mkdtemp(prefix="debtguide-home-"))
    server, url = start_server(home)
    failures: list[str] = []
    started = dt.datetime.now()
    # One language and width when named (python browser_walk.py OUT zh phone), else all four.
    langs = sys.argv[2:3] or ["zh", "en"]
    sizes = [{"phone": PHONE, "desktop": DESKTOP}[w] for w in sys.argv[3:4]] or [PHONE, DESKTOP]
    try:
        for lang in langs:
            for size in sizes:
                walk(url, lang, size, out, failures)
    finally:
        server.send_signal(signal.SIGINT)  # Ctrl-C
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
    stopped = server.returncode
    check(stopped == 0, f"serve stops cleanly on Ctrl-C (exit {stopped})", failures)
    rest = server.stdout.read() if server.stdout else ""
    check("stopped" in rest or "已停止" in rest, "serve says it stopped", failures)
    errors = server.stderr.read() if server.stderr else ""
    check("Traceback" not in errors, f"serve printed no traceback: {errors[-300:]}", failures)
    check(url.split("token=")[1] not in errors, "no token in the server's logs", failures)
    seconds = (dt.datetime.now() - started).total_seconds()
    walked = f"{len(langs)} language(s) x {len(sizes)} width(s)"
    print(f"walked {walked} in {seconds:.0f} s; {len(failures)} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
