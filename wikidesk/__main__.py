"""``python -m wikidesk``: the same as the ``wikidesk`` command."""

import sys

from wikidesk.cli.main import main

sys.exit(main())
