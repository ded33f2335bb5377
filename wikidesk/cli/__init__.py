"""The ``wikidesk`` command line: a thin client over the core (a contract for scripts, IT and tests)."""
