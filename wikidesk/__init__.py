"""wikidesk: a desktop knowledge-sharing wiki that syncs through a shared folder."""

__version__ = "0.1.0"
