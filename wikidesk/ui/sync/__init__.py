"""Sync with the team's shared folder: background rounds, the status indicator, sync now."""
