"""The wheel and sdist (python -m build), and the wheel installed into a fresh virtual environment.

The fresh environment gets the wheel alone (``pip install --no-deps --no-index``); its dependencies come from this
test's own environment through a ``.pth`` line, so the test needs no download and takes seconds, while ``pip check``
still proves the wheel's declared requirements are met and every import of ``wikidesk`` comes from the wheel.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import tarfile
import zipfile
from pathlib import Path

import pytest

from wikidesk import __version__

ROOT = Path(__file__).resolve().parents[2]


def test_wheel_and_sdist_hold_the_app_and_its_resources(python_dists: Path) -> None:
    assert sorted(path.name for path in python_dists.iterdir()) == [
        f"wikidesk-{__version__}-py3-none-any.whl", f"wikidesk-{__version__}.tar.gz"]
    with zipfile.ZipFile(python_dists / f"wikidesk-{__version__}-py3-none-any.whl") as wheel:
        names = set(wheel.namelist())
        entry_points = wheel.read(f"wikidesk-{__version__}.dist-info/entry_points.txt").decode()
    for name in ("wikidesk/cli/main.py", "wikidesk/core/machine_policy.py",
                 "wikidesk/resources/sample-wiki/Velkommen.md", "wikidesk/resources/translations/wikidesk_nb.qm",
                 "wikidesk/resources/icons/wikidesk.svg"):
        assert name in names, name
    assert "wikidesk = wikidesk.cli.main:main" in entry_points
    with tarfile.open(python_dists / f"wikidesk-{__version__}.tar.gz") as sdist:
        members = {name.split("/", 1)[1] for name in sdist.getnames() if "/" in name}
    assert {"pyproject.toml", "README.md", "LICENSE", "resources/translations/wikidesk_nb.ts",
            "wikidesk/__init__.py"} <= members


@pytest.fixture(scope="module")
def fresh_venv(python_dists: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    venv = tmp_path_factory.mktemp("fresh") / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    purelib = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
                             capture_output=True, text=True, check=True).stdout.strip()
    ours = {sysconfig.get_path("purelib"), sysconfig.get_path("platlib")}
    Path(purelib, "dependencies-from-the-test-environment.pth").write_text("\n".join(sorted(ours)) + "\n")
    wheel = python_dists / f"wikidesk-{__version__}-py3-none-any.whl"
    subprocess.run([str(python), "-m", "pip", "install", "-q", "--no-deps", "--no-index", str(wheel)], check=True)
    return venv


def test_the_installed_wheel_gives_working_commands(fresh_venv: Path, tmp_path: Path) -> None:
    bin_dir = fresh_venv / ("Scripts" if os.name == "nt" else "bin")
    env = {**os.environ, "WIKIDESK_HOME": str(tmp_path / "home"), "QT_QPA_PLATFORM": "offscreen",
           "WIKIDESK_MACHINE_DEFAULTS": str(tmp_path / "none.json")}
    env.pop("WIKIDESK_WIKI", None)

    def run(*args: str) -> str:
        result = subprocess.run([str(bin_dir / "wikidesk"), *args], env=env, capture_output=True, text=True,
                                timeout=120, check=False)
        assert result.returncode == 0, result.stderr
        return result.stdout

    check = subprocess.run([str(bin_dir / "python"), "-m", "pip", "check"], capture_output=True, text=True,
                           check=False)
    assert check.returncode == 0, check.stdout
    where = subprocess.run([str(bin_dir / "python"), "-c", "import wikidesk, wikidesk.ui.app; "
                            "from wikidesk.core.resources import resource_dir; print(wikidesk.__file__); "
                            "print(resource_dir())"], env=env, cwd=tmp_path, capture_output=True, text=True,
                           check=True).stdout  # cwd: not the checkout, whose wikidesk/ would come first
    assert all(Path(line).is_relative_to(fresh_venv) for line in where.splitlines()), where
    assert run("--version") == f"wikidesk {__version__}\n"
    wiki = tmp_path / "wiki"
    assert run("init", str(wiki), "--user", "Kari") == f"Wiki ready in {wiki}\n"
    assert run("--wiki", str(wiki), "new", "Skriveroppsett", "--space", "IT") == "IT/Skriveroppsett\n"
    assert run("--wiki", str(wiki), "list") == "IT/Skriveroppsett\n"
    assert "IT/Skriveroppsett" in run("--wiki", str(wiki), "search", "skriver")
    shutil.rmtree(wiki)
