"""Fixtures for driving the real window offscreen: a temporary wiki, settings home, and a DesktopApp over them.

Qt warnings fail the test (a warning is usually a real bug: a bad signal, a missing object, a layout mistake):
pytest-qt's ``qt_log_level_fail`` in pyproject.toml, with the known-harmless messages in ``qt_log_ignore``.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("WIKIDESK_THEME", "light")

import pytest

from wikidesk.core.opening import init_wiki
from wikidesk.core.settings import Settings


@pytest.fixture(autouse=True)
def wikidesk_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("WIKIDESK_HOME", str(home))
    monkeypatch.setenv("WIKIDESK_MACHINE_DEFAULTS", str(home / "no-machine-defaults.json"))
    return home


@pytest.fixture
def wiki_root(tmp_path: Path) -> Path:
    """A small wiki: Home links to Printers and to a missing page; a space IT with two pages."""
    root = tmp_path / "wiki"
    wiki = init_wiki(root, user="Tester")
    wiki.create("Home", body="# Welcome\n\nSee [[Printers]] and [[Missing page]].\n\n## Second part\n\nText.\n")
    wiki.create("Printers", space="IT", tags=["hardware"], body="# Printers\n\nThe printer is on floor 2.\n")
    wiki.create("VPN", space="IT", tags=["network"], body="How to connect to the VPN. Back to [[Home]].\n")
    return root


@pytest.fixture
def settings(wikidesk_home: Path) -> Settings:
    settings = Settings.load()
    settings.set("language", "en")
    settings.set("autosave_delay_ms", 200)
    settings.set("user_name", "Tester")
    settings.save()
    return settings


@pytest.fixture
def desktop(qapp: object, settings: Settings) -> Iterator[object]:
    from wikidesk.ui.application import DesktopApp

    app = DesktopApp(qapp, settings)  # type: ignore[arg-type]
    stopped: list[bool] = []  # what every TaskRunner.shutdown() returned (closing the window calls it too)
    shutdown = app.tasks.shutdown

    def checked_shutdown(timeout_ms: int = 5000) -> bool:
        stopped.append(shutdown(timeout_ms))
        return stopped[-1]

    app.tasks.shutdown = checked_shutdown
    yield app
    app.shutdown()
    app.translations.apply("en")
    app.deleteLater()
    assert stopped and all(stopped), f"background tasks still running after TaskRunner.shutdown(): {stopped}"


@pytest.fixture
def window(desktop: object, wiki_root: Path, qtbot: object) -> object:
    """The main window over ``wiki_root``, shown, with the page list loaded and the home page open."""
    win = desktop.open_wiki(wiki_root)  # type: ignore[attr-defined]
    qtbot.addWidget(win)  # type: ignore[attr-defined]
    with qtbot.waitSignal(win.view.page_opened, timeout=10000):  # type: ignore[attr-defined]
        pass
    return win
