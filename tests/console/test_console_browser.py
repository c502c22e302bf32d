"""The web console in a real Chromium (Debian's, driven by Playwright) against a real medgate
server: every page on fake upstreams with API keys (the key typed into the page), the playground
on the embedded model through `medgate serve`. Each test saves a screenshot (MEDGATE_SHOTS names
the folder; docs/console/ holds the committed set).

Skipped, saying why, where no chromium binary or no playwright package is installed
(install.sh --dev installs both; CI must have them).
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from tests import http_util
from tests.conftest import RunningServer, fake_config
from tests.fakes.upstream import ANSWER, R1_REASONING, FakeUpstream

from medgate.auth import create_key
from medgate.catalog import load_catalog
from medgate.store import open_store
from medgate.tasks import TASKS

CHROMIUM = next((p for p in (os.environ.get("MEDGATE_CHROMIUM"), shutil.which("chromium"),
                             shutil.which("chromium-browser")) if p), None)
try:
    from playwright.sync_api import Browser, Page, expect, sync_playwright
except ImportError:  # pragma: no cover - the dev extras install it
    sync_playwright = None
pytestmark = pytest.mark.skipif(
    CHROMIUM is None or sync_playwright is None,
    reason="no chromium binary (apt-get install chromium; install.sh --dev does it) or no playwright package")

SHOTS = Path(os.environ.get("MEDGATE_SHOTS") or Path(__file__).parent / ".screenshots")
EMERGENCY = "My father has crushing chest pain spreading to his left arm and he is sweating a lot."
NOTE = "John Smith, MRN 4412876, was seen on 3/4/2024 at Mercy Hospital for a productive cough and fever."
SOAP = {
    "subjective": "Three days of productive cough and fever; no chest pain.",
    "objective": "Temperature 38.4 C, crackles at the right base.",
    "assessment": "Community-acquired pneumonia, right lower lobe.",
    "plan": "Amoxicillin for five days; review in 48 hours if not improving.",
    "problem_list": [{"problem": "Community-acquired pneumonia", "icd10": "J18.9"}],
    "medications": [{"name": "amoxicillin", "dose": "1 g", "frequency": "three times daily"}],
}
# Patient text must never reach browser storage or a URL.
STORAGE = "() => [localStorage.length, sessionStorage.length, document.cookie, location.href]"


@pytest.fixture(scope="module")
def keyed(upstream: FakeUpstream, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[RunningServer, dict[str, str]]]:
    config = fake_config(upstream, tmp_path_factory.mktemp("console"))
    engine = open_store(config.audit_url)
    keys = {role: create_key(engine, f"dr-{role}", role)[0] for role in ("admin", "clinician")}
    engine.dispose()
    with RunningServer(config) as server:
        yield server, keys


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        yield b
        b.close()


class Console:
    """One tab on the console; records console errors (a CSP violation is one)."""

    def __init__(self, browser: Browser, base: str, key: str | None, **context: Any) -> None:
        self.context = browser.new_context(accept_downloads=True, **context)
        self.page: Page = self.context.new_page()
        self.errors: list[str] = []
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.goto(f"{base}/ui")
        if key:
            self.page.fill("#api-key", key)
            self.page.press("#api-key", "Enter")
            expect(self.page.locator("#who")).to_contain_text("signed in as")

    def go(self, name: str) -> Page:
        self.page.click(f"#nav a[data-page={name}]")
        return self.page

    def shot(self, name: str) -> None:
        self.page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)

    def close(self) -> None:
        assert not [e for e in self.errors if "Content Security Policy" in e or "Refused" in e], self.errors
        self.context.close()


def _base(server: RunningServer) -> str:
    return f"http://127.0.0.1:{server.port}"


def test_playground_streams_reasoning_cost_and_escalation(keyed: tuple[RunningServer, dict[str, str]],
                                                          browser: Browser) -> None:
    server, keys = keyed
    ui = Console(browser, _base(server), keys["clinician"])
    page = ui.page
    page.select_option("#pg-model", "siliconflow-r1")
    page.fill("#pg-input", EMERGENCY)
    page.press("#pg-input", "Enter")  # Enter sends
    reply = page.locator(".reply.done")
    expect(reply).to_be_visible(timeout=15_000)
    expect(reply.locator(".escalation")).to_contain_text("911")
    expect(reply.locator(".answer")).to_contain_text(ANSWER)
    details = reply.locator("details.reasoning")
    assert details.get_attribute("open") is None  # reasoning starts collapsed
    expect(details.locator(".reasoning-text")).to_be_hidden()
    meta = reply.locator(".meta").inner_text()
    assert "siliconflow-r1" in meta and "$0.00486" in meta and "ms" in meta  # deployment, cost, latency
    details.locator("summary").click()
    expect(details.locator(".reasoning-text")).to_have_text(R1_REASONING)
    ls, ss, cookie, url = page.evaluate(STORAGE)
    assert (ls, ss, cookie) == (0, 0, "") and "chest" not in url
    ui.shot("playground")
    ui.close()


def test_page_needs_the_key_and_holds_it_in_memory_only(keyed: tuple[RunningServer, dict[str, str]],
                                                        browser: Browser) -> None:
    server, keys = keyed
    ui = Console(browser, _base(server), None)
    expect(ui.page.locator("#who")).to_have_text("this server needs an API key")
    expect(ui.page.locator(".page .error")).to_contain_text("needs an API key")
    ui.page.fill("#api-key", keys["admin"])
    ui.page.click("#key-form button")
    expect(ui.page.locator("#who")).to_contain_text("(admin)")
    assert ui.page.input_value("#api-key") == ""  # the field is emptied; api.js holds the key
    assert ui.page.evaluate(STORAGE)[:3] == [0, 0, ""]
    ui.page.reload()  # a reload forgets it
    expect(ui.page.locator("#who")).to_have_text("this server needs an API key")
    ui.errors.clear()  # the 401s above are logged by the browser on purpose
    ui.close()


def test_privacy_preview_then_reidentified_answer(keyed: tuple[RunningServer, dict[str, str]], browser: Browser,
                                                  upstream: FakeUpstream) -> None:
    server, keys = keyed
    ui = Console(browser, _base(server), keys["clinician"])
    page = ui.go("privacy")
    page.select_option("#pv-model", "remote-echo")
    expect(page.locator(".policy")).to_contain_text("Remote deployment")
    expect(page.locator(".policy")).to_contain_text("strict")
    page.fill("#pv-note", NOTE)
    before = len(upstream.requests)
    page.click("text=Preview what is sent")
    preview = page.locator(".deid-text")
    expect(preview).to_be_visible()
    assert len(upstream.requests) == before  # the preview sends nothing to a model
    assert "John Smith" not in preview.inner_text() and "4412876" not in preview.inner_text()
    assert preview.locator("mark[data-type=NAME]").count() >= 1
    assert preview.locator("mark[data-type=MRN]").count() == 1
    counts = dict(r.split("\t") for r in page.locator(".preview table.counts tbody").inner_text().splitlines())
    assert counts["MRN"] == "1" and "NAME" in counts
    page.click("text=Send to the model")
    answer = page.locator(".answer-box .answer")
    expect(answer).to_contain_text("John Smith")  # the echo comes back re-identified
    sent = json.dumps(upstream.requests[-1])
    assert "John Smith" not in sent and "4412876" not in sent  # what left the gateway
    expect(page.locator(".answer-box .meta")).to_contain_text("policy applied: pseudonymise")
    ui.shot("privacy")
    ui.close()


def test_task_form_document_downloads_and_signoff(keyed: tuple[RunningServer, dict[str, str]], browser: Browser,
                                                  upstream: FakeUpstream) -> None:
    server, keys = keyed
    ui = Console(browser, _base(server), keys["clinician"])
    page = ui.go("tasks")
    text_tasks = [t for t in TASKS.values() if not t.takes_files]  # image-report has its own API
    expect(page.locator("#tk-task option")).to_have_count(len(text_tasks))  # one per text task
    assert page.locator("#tk-task option").first.inner_text().startswith("soap-note")
    page.select_option("#tk-task", "quiz")  # its own option appears: forms come from the schema
    expect(page.locator("#tk-opt-count")).to_have_count(1)
    page.select_option("#tk-task", "soap-note")
    expect(page.locator("#tk-opt-count")).to_have_count(0)
    page.fill("#tk-input", "Patient with three days of productive cough and fever, crackles at the right base.")
    page.select_option("#tk-model", "scripted-r1")
    page.click("details.options summary")
    page.fill("#tk-opt-subject", "Patient/123")
    upstream.scripted[:] = [(json.dumps(SOAP), "stop")]
    page.click("text=Run task")
    doc = page.locator("article.document")
    expect(doc).to_be_visible(timeout=15_000)
    expect(doc.locator(".draft")).to_contain_text("must be reviewed by a clinician")
    expect(doc.locator(".doc-section h3").first).to_have_text("Subjective")
    expect(doc).to_contain_text("amoxicillin")
    with page.expect_download() as dl:
        page.click("text=Download JSON")
    assert json.loads(Path(dl.value.path()).read_text()) == SOAP
    with page.expect_download() as dl:
        page.click("text=Download FHIR Bundle")
    bundle = json.loads(Path(dl.value.path()).read_text())
    assert bundle["resourceType"] == "Bundle" and "Patient/123" in json.dumps(bundle)
    page.fill("#so-name", "Dr Reviewer")
    page.click("button:has-text('Sign off')")
    expect(page.locator(".signed")).to_contain_text("Signed off by Dr Reviewer")
    ui.shot("tasks")
    ui.close()


def test_models_table_and_recommender(keyed: tuple[RunningServer, dict[str, str]], browser: Browser) -> None:
    server, keys = keyed
    ui = Console(browser, _base(server), keys["clinician"])
    page = ui.go("models")
    rows = page.locator("table.catalog tbody tr")
    expect(rows).to_have_count(len(load_catalog().cards))
    page.select_option("#rc-use-case", "imaging")
    page.check("#rc-vision")
    page.get_by_role("button", name="Recommend").click()
    first = page.locator(".rankings > li").first
    expect(first).to_contain_text("1. glm-4.5v")
    expect(page.locator(".rankings > li.excluded").first).to_contain_text("Excluded")
    ui.shot("models")
    ui.close()


def test_usage_and_audit_for_admins_only(keyed: tuple[RunningServer, dict[str, str]], browser: Browser) -> None:
    server, keys = keyed
    http_util.post(f"{server.base_url}/chat/completions", json_body={"model": "plain", "messages": [
        {"role": "user", "content": "hello"}]}, headers={"Authorization": f"Bearer {keys['admin']}"})
    clinician = Console(browser, _base(server), keys["clinician"])
    expect(clinician.page.locator("#nav-usage")).to_be_hidden()
    clinician.close()
    ui = Console(browser, _base(server), keys["admin"])
    page = ui.go("usage")
    expect(page.locator(".chain.ok")).to_contain_text("audit chain intact")
    usage = page.locator("table").first
    expect(usage).to_contain_text("plain")
    expect(page.locator("table").nth(1).locator("tbody tr").first).to_be_visible()
    assert "chat" in page.locator("table").nth(1).inner_text()
    ui.shot("usage")
    ui.close()


def test_narrow_screen_print_and_keyboard(keyed: tuple[RunningServer, dict[str, str]], browser: Browser) -> None:
    server, keys = keyed
    ui = Console(browser, _base(server), None, viewport={"width": 390, "height": 800})
    page = ui.page
    page.keyboard.press("Tab")  # the first stop skips to the content
    assert page.evaluate("document.activeElement.className") == "skip"
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Playground"
    page.locator("#api-key").focus()
    page.keyboard.type(keys["clinician"])
    page.keyboard.press("Enter")
    expect(page.locator("#who")).to_contain_text("signed in as")
    expect(page.locator("#pg-model")).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 390  # no sideways scrolling
    ui.shot("playground-narrow")
    ui.errors.clear()  # the 401s before the key was typed are logged by the browser on purpose
    page.locator("#nav a[data-page=models]").focus()
    page.keyboard.press("Enter")
    expect(page.locator("#h-models")).to_be_visible()
    page.emulate_media(media="print")
    expect(page.locator("header.top")).to_be_hidden()
    expect(page.locator("table.catalog")).to_be_visible()
    ui.close()


# --- the embedded model, through `medgate serve` ----------------------------------------------


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`medgate serve` with no config: `local` on the embedded SmolLM2-135M."""
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if k not in ("SILICONFLOW_API_KEY", "MEDGATE_CONFIG")}
    env["MEDGATE_AUDIT_URL"] = f"sqlite:///{tmp_path_factory.mktemp('embedded') / 'audit.sqlite'}"
    proc = subprocess.Popen([str(Path(sys.executable).parent / "medgate"), "serve", "--port", str(port),
                             "--log-level", "warning"], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            assert proc.poll() is None, proc.stdout.read().decode()  # type: ignore[union-attr]
            try:
                if http_util.get(f"{base}/health", timeout=1).status == 200:
                    break
            except OSError:
                time.sleep(0.2)
        yield base
    finally:
        proc.terminate()
        proc.wait(15)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.mark.slow
def test_playground_on_the_embedded_model(served: str, browser: Browser) -> None:
    ui = Console(browser, served, None)
    page = ui.page
    expect(page.locator("#who")).to_have_text("open server: no keys configured")
    page.select_option("#pg-model", "local")
    page.click("details.options summary")
    page.fill("#pg-max-tokens", "16")
    page.fill("#pg-input", "What is hypertension?")
    page.click("button:has-text('Send')")
    reply = page.locator(".reply.done")
    expect(reply).to_be_visible(timeout=120_000)
    assert reply.locator(".answer").inner_text().strip()
    meta = reply.locator(".meta").inner_text()
    assert "smollm2" in meta and "$0" in meta  # the embedded deployment, free
    ui.shot("playground-embedded")
    ui.close()
