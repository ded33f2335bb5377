"""Frozen entry point of ``wikidesk`` (console): the command line; with no command it starts the desktop app."""

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()  # the search index build uses a spawn pool; a frozen child must not re-run main
    from wikidesk.cli.main import main

    sys.exit(main())
