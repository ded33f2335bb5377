"""Frozen entry point of ``wikideskw`` (no console window on Windows; the Start-menu shortcut starts it).

Takes the optional ``--wiki DIR`` the ``wikidesk`` command takes; everything else is the desktop app's own
business (``wikidesk.ui.app.main``). There is no console to print to, so nothing here writes to stdout.
"""

import multiprocessing
import os
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()  # the search index build uses a spawn pool; a frozen child must not re-run main
    from wikidesk.ui.app import main

    args = sys.argv[1:]
    wiki = args[args.index("--wiki") + 1] if "--wiki" in args[:-1] else os.environ.get("WIKIDESK_WIKI")
    sys.exit(main(wiki))
