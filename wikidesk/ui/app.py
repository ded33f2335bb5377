"""The desktop app's entry point: ``wikidesk`` with no command runs :func:`main` (logging, the application from
:mod:`wikidesk.ui.application`, the wiki to open or the first-run dialog, the event loop)."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from wikidesk.core.paths import log_dir
from wikidesk.core.sample import sample_wiki_path
from wikidesk.core.settings import Settings
from wikidesk.ui.application import DesktopApp, create_qapplication
from wikidesk.ui.dialogs.first_run import run_first_run
from wikidesk.ui.messages import install_excepthooks


def _setup_logging() -> None:
    try:
        folder = log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        logging.basicConfig(filename=folder / "wikidesk-ui.log", level=logging.INFO,
                            format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    except OSError:
        logging.basicConfig(level=logging.WARNING)


def _first_run_or_quit(desktop: DesktopApp, qapp: QApplication, error: str) -> None:
    if not run_first_run(desktop, error):
        qapp.quit()


def _missing_folder_message(path: str) -> str:
    return QCoreApplication.translate("App", "The wiki folder {0} is not there (is the drive connected?).").format(path)


def main(wiki_path: str | None = None) -> int:
    """Run the desktop app on ``wiki_path``, the configured wiki, or ask (first run) which wiki to use."""
    _setup_logging()
    qapp = create_qapplication(sys.argv)
    settings = Settings.load()
    desktop = DesktopApp(qapp, settings)
    install_excepthooks(desktop.messages)
    path = wiki_path or str(settings.get("wiki_path") or "")
    if path and Path(path).is_dir():
        desktop.open_failed.connect(lambda message: _first_run_or_quit(desktop, qapp, message))
        desktop.open_wiki_in_background(path)
    elif not path:
        # Nothing configured: show the sample wiki at once, and offer the first-run choices over it (sample,
        # create a wiki, join a shared folder). Closing that dialog keeps the sample open; nothing is stored.
        desktop.open_failed.connect(lambda message: _first_run_or_quit(desktop, qapp, message))
        desktop.open_wiki_in_background(str(sample_wiki_path()))
        if not os.environ.get("WIKIDESK_NO_FIRST_RUN"):
            QTimer.singleShot(300, lambda: run_first_run(desktop))
    elif not run_first_run(desktop, _missing_folder_message(path)):
        return 0
    code = qapp.exec()
    desktop.shutdown()
    return int(code)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1] if len(sys.argv) > 1 else None))
