"""The sidebar: page tree by space, tags, recent changes."""
