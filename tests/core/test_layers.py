"""The core is Qt-free: importing it (and the CLI) loads no Qt module; import-linter's contracts hold (also run
by ``.ci/run`` itself)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
CHECK = """
import importlib, pkgutil, sys
import wikidesk.core, wikidesk.cli
for mod in pkgutil.walk_packages(wikidesk.core.__path__, "wikidesk.core."):
    importlib.import_module(mod.name)
for mod in pkgutil.walk_packages(wikidesk.cli.__path__, "wikidesk.cli."):
    importlib.import_module(mod.name)
import wikidesk.cli.main
wikidesk.cli.main.build_parser()
qt = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6", "PyQt5", "PyQt6", "wikidesk.ui"))
print(",".join(qt))
"""


def test_importing_every_core_and_cli_module_loads_no_qt() -> None:
    result = subprocess.run([sys.executable, "-c", CHECK], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""


def test_import_linter_contracts_hold() -> None:
    lint = Path(sys.executable).with_name("lint-imports")
    assert lint.exists(), "import-linter is a test dependency; install with .[test]"
    result = subprocess.run([str(lint)], cwd=REPO, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
