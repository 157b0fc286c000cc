"""The browser tests' command-line option, `--screenshots`.

pytest reads options only from plugins and from the conftest.py files of the paths it was
given, so this module is loaded as a plugin for every run (`-p tests.e2e.options` in
pyproject's addopts): `pytest --screenshots` and `make test PYTEST_ARGS=--screenshots` work
for the whole suite as for `pytest tests/e2e`.
"""


def pytest_addoption(parser):
    try:
        parser.addoption(
            "--screenshots",
            action="store_true",
            default=False,
            help="browser tests (tests/e2e): save a full-page screenshot of each test's final "
            "screen as tests/e2e/screenshots/<test>-final.png",
        )
    except ValueError:  # added already: this module is both a plugin and imported by conftest
        pass
