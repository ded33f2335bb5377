"""Page history (revisions, diffs, restore) and the conflict resolver."""
