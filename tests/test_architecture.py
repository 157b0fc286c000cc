"""The layers of docs/architecture.md hold: the import contract in pyproject.toml passes, and it
would catch the cycle it was written against (cms reaching up into the built-in website)."""

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = [
    "website",
    "ops",
    "api",
    "translations",
    "home",
    "articles",
    "campaigns",
    "events",
    "consultations",
    "cms",
    "outbox",
]
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


def lint_imports(folder):
    # --no-cache: the answer must come from the code in `folder`, never from an earlier run.
    return subprocess.run(
        [str(LINT_IMPORTS), "--config", str(folder / "pyproject.toml"), "--no-cache"],
        cwd=folder,
        capture_output=True,
        text=True,
        check=False,
    )


def test_every_module_imports_only_from_its_own_layer_or_below():
    result = lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 kept, 0 broken" in result.stdout


def test_the_contract_fails_when_cms_imports_the_website_again(tmp_path):
    for package in PACKAGES:
        shutil.copytree(
            ROOT / package, tmp_path / package, ignore=shutil.ignore_patterns("__pycache__")
        )
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    models = tmp_path / "cms" / "models.py"
    models.write_text(
        models.read_text() + "\n\ndef render(request, page):\n"
        "    from website.rendering import serve_page\n\n"
        "    return serve_page(request, page)\n"
    )
    result = lint_imports(tmp_path)
    assert result.returncode == 1, result.stdout
    assert "cms is not allowed to import website" in result.stdout
    assert "cms.models -> website.rendering" in result.stdout


def our_modules():
    skipped = {".venv", "node_modules", ".git", "locale"}
    for path in ROOT.rglob("*.py"):
        parts = path.relative_to(ROOT).parts
        if skipped & set(parts):
            continue
        yield path, (path.parent.name if path.name == "__init__.py" else path.stem)


def test_no_module_of_ours_is_named_like_a_standard_library_module():
    # A script run by path (`python ops/prod_check.py`) puts its folder first on sys.path, where
    # an `ops/queue.py` was imported for the standard library's `queue` and crashed the run.
    clashes = [
        str(path.relative_to(ROOT))
        for path, name in our_modules()
        if name in sys.stdlib_module_names
    ]
    assert clashes == []


def test_the_module_name_check_sees_a_clash():
    assert ("queue" in sys.stdlib_module_names) and ("selectors" in sys.stdlib_module_names)
    assert {name for _path, name in our_modules()} >= {"prod_check", "queries", "enqueueing"}
