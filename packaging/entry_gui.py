"""Frozen entry point of ``wikideskw`` (no console window on Windows; the Start-menu shortcut starts it).

Takes the optional ``--wiki DIR`` the ``wikidesk`` command takes; everything else is the desktop app's own
business (``wikidesk.ui.app.main``). There is no console to print to, so nothing here writes to stdout.

``WIKIDESK_STARTUP_PROBE=FILE`` measures start-up instead (``packaging/startup_frozen.py``): the app opens the wiki
as ``bench/startup.py`` does, writes ``{"shown": <time.time()>, "title": ...}`` to FILE when the first page is on
screen, and quits.
"""

import json
import multiprocessing
import os
import sys
import time


def probe_startup(wiki, out):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from wikidesk.core.settings import Settings
    from wikidesk.ui.application import DesktopApp

    app = QApplication(sys.argv)
    app.setStyle("Fusion")
    desktop = DesktopApp(app, Settings.load())

    def ready(window):
        def shown(page):
            window.repaint()
            with open(out, "w", encoding="utf-8") as handle:
                json.dump({"shown": time.time(), "title": page.info.title}, handle)
            QTimer.singleShot(0, app.quit)

        window.view.page_opened.connect(shown)

    desktop.window_ready.connect(ready)
    desktop.open_wiki_in_background(wiki)
    app.exec()
    desktop.shutdown()
    return 0


if __name__ == "__main__":
    multiprocessing.freeze_support()  # the search index build uses a spawn pool; a frozen child must not re-run main
    args = sys.argv[1:]
    wiki = args[args.index("--wiki") + 1] if "--wiki" in args[:-1] else os.environ.get("WIKIDESK_WIKI")
    if os.environ.get("WIKIDESK_STARTUP_PROBE"):
        sys.exit(probe_startup(wiki, os.environ["WIKIDESK_STARTUP_PROBE"]))
    from wikidesk.ui.app import main

    sys.exit(main(wiki))
