"""Browser tests: Playwright (pytest-playwright) drives Debian's Chromium against a real hub.

The hub (tests/e2e/server.py) is `manage.py runserver` in a subprocess with its own throwaway
database (PostgreSQL when DATABASE_URL points there, else SQLite) holding the demo content and
three people: `editor` (Editors), `reviewer` (Reviewers) and `translator_kk` (Translators kk, the
admin in Kazakh). The tests never touch the pytest-django test database; they check results
through the public API over HTTP, as a front-end would.

Playwright and the hub live for this package only (package-scoped fixtures below, overriding
pytest-playwright's session-scoped ones): Playwright's sync API keeps an asyncio loop running
while it is started, which would make Django refuse database access in the tests that run after
these in the same pytest process (SynchronousOnlyOperation).

    .venv/bin/pytest tests/e2e                   # these tests alone
    .venv/bin/pytest tests/e2e --screenshots     # also tests/e2e/screenshots/<test>-final.png
    .venv/bin/pytest tests/e2e --headed --slowmo 300   # watch them (needs a display)
"""

import os
import shutil
import time
from pathlib import Path

import pytest
from playwright.sync_api import expect, sync_playwright

from tests.e2e.options import pytest_addoption  # noqa: F401  (--screenshots)
from tests.e2e.server import HOST, Hub, free_port
from tests.e2e.smtp_sink import Mailbox

SCREENSHOTS = Path(__file__).resolve().parent / "screenshots"
# Debian's chromium package (`make browser` installs it); Playwright never downloads a browser.
CHROMIUM = os.environ.get("TENDIK_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",  # root in a container has no user namespaces for Chromium's sandbox
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    # Without these Chromium keeps calling Google's servers, which this machine cannot reach.
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
# The admin's pages do real work on a 2-core machine (publishing runs the search index and the
# API's read model inside the request): give assertions time, never fixed sleeps.
expect.set_options(timeout=20_000)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    """A failed browser test shows the end of the hub's log (tracebacks of the server)."""
    report = yield
    hub = getattr(item.config, "_tendik_e2e_hub", None)
    if hub is not None and report.failed and "e2e" in item.nodeid.split("/"):
        report.sections.append(("e2e hub log (last 60 lines)", hub.log_tail(60)))
    return report


@pytest.fixture(scope="package")
def hub(pytestconfig):
    """The running hub. Setup (database, migrate, demo content, users, server) takes ~40 s."""
    if not (shutil.which(CHROMIUM) or Path(CHROMIUM).is_file()):
        # An error, never a skip: CI must run these tests.
        pytest.fail(
            f"Chromium not found at {CHROMIUM}: run `make browser` (installs Debian's chromium "
            "package) or set TENDIK_CHROMIUM to a Chromium binary.",
            pytrace=False,
        )
    # The hub's emails go over SMTP to a server of the tests (`mailbox`).
    mailbox = Mailbox(HOST, free_port()).start()
    hub = Hub(
        server_url=os.environ.get("DATABASE_URL", ""),
        extra_environment={"EMAIL_HOST": HOST, "EMAIL_PORT": str(mailbox.port)},
        mailbox=mailbox,
    )
    try:
        hub.start()
        pytestconfig._tendik_e2e_hub = hub
        figures = ", ".join(f"{name} {seconds:.1f} s" for name, seconds in hub.timings.items())
        database = hub.database_name or "SQLite"
        say(pytestconfig, f"e2e hub at {hub.base_url} ({database}); setup: {figures}")
        yield hub
    finally:
        pytestconfig._tendik_e2e_hub = None
        hub.stop()
        mailbox.stop()


# -- pytest-playwright's fixtures, scoped to this package and launching Debian's Chromium -------


@pytest.fixture(scope="package")
def playwright(_pw_api_request_contexts):
    started = sync_playwright().start()
    if _pw_api_request_contexts:
        _pw_api_request_contexts.instrument(started)
    yield started
    started.stop()


@pytest.fixture(scope="package")
def browser_type(playwright, browser_name):
    if browser_name != "chromium":
        raise pytest.UsageError(
            "The browser tests run Debian's Chromium only (--browser chromium)."
        )
    return playwright.chromium


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    """pytest-playwright's options (--headed, --slowmo), with Debian's Chromium."""
    return {**browser_type_launch_args, "executable_path": CHROMIUM, "args": CHROMIUM_ARGS}


@pytest.fixture(scope="package")
def launch_browser(browser_type_launch_args, browser_type):
    def launch(**kwargs):
        return browser_type.launch(**{**browser_type_launch_args, **kwargs})

    return launch


@pytest.fixture(scope="package")
def browser(launch_browser):
    started = launch_browser()
    yield started
    started.close()


@pytest.fixture(scope="package")
def browser_context_args(pytestconfig, hub):
    if pytestconfig.getoption("--video") != "off":
        # Playwright records video with an ffmpeg build of its own, a download this project
        # does not make.
        raise pytest.UsageError("--video is not available here; --tracing and --screenshot are.")
    return {
        "base_url": hub.base_url,
        "viewport": {"width": 1400, "height": 1000},
        "locale": "ru-RU",
        "timezone_id": "Asia/Almaty",
    }


# -- helpers for the tests ------------------------------------------------------------------------


@pytest.fixture
def login(new_context, hub):
    """A browser of its own (cookies included) for one person, logged in to the admin."""

    def log_in(username):
        page = new_context().new_page()
        page.goto("/admin/login/")
        page.locator("input[name=username]").fill(username)
        page.locator("input[name=password]").fill(hub.password)
        page.locator("form button[type=submit]").click()
        expect(page).to_have_url(f"{hub.base_url}/admin/")
        return page

    return log_in


@pytest.fixture
def final_screenshot(request):
    """`final_screenshot(page)`: with --screenshots, the whole page as
    tests/e2e/screenshots/<test>-final.png; without it, nothing is written."""

    def take(page):
        if not request.config.getoption("--screenshots", default=False):
            return None
        SCREENSHOTS.mkdir(exist_ok=True)
        path = SCREENSHOTS / f"{request.node.originalname}-final.png"
        # The admin scrolls inside its own panes, not the document: grow the viewport to the
        # tallest scrolling pane so that "full page" is the whole screen.
        height = page.evaluate(
            """() => Math.max(document.documentElement.scrollHeight, ...Array.from(
                document.querySelectorAll('*'),
                (e) => /(auto|scroll)/.test(getComputedStyle(e).overflowY) ? e.scrollHeight : 0))"""
        )
        viewport = page.viewport_size
        page.set_viewport_size({"width": viewport["width"], "height": min(max(height, 600), 8000)})
        page.screenshot(path=str(path), full_page=True)
        page.set_viewport_size(viewport)
        return path

    return take


@pytest.fixture
def timed(request, pytestconfig):
    """Prints how long the test's browser work took (the hub's setup excluded)."""
    started = time.perf_counter()
    yield
    say(pytestconfig, f"e2e {request.node.name}: {time.perf_counter() - started:.1f} s")


def say(config, line):
    """A line on the terminal even while pytest captures output."""
    reporter = config.pluginmanager.get_plugin("terminalreporter")
    capture = config.pluginmanager.get_plugin("capturemanager")
    if reporter is None:
        return
    if capture is None:
        reporter.write_line(line)
        return
    with capture.global_and_fixture_disabled():
        reporter.write("\n")
        reporter.write_line(line)
