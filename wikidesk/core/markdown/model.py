"""What one render of a page yields: HTML plus everything the link graph and search need."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field


@dataclass(frozen=True)
class WikiLink:
    """A ``[[Page]]``, ``[[Page|label]]`` or ``[[Page#Heading]]`` link (or a Markdown link to a ``.md`` file)."""

    target: str
    label: str | None = None
    heading: str | None = None


@dataclass(frozen=True)
class Heading:
    """A heading of the page; ``anchor`` is the ``id`` it carries in the HTML."""

    level: int
    text: str
    anchor: str


@dataclass
class RenderedPage:
    """The result of :func:`wikidesk.core.markdown.render`.

    ``text`` is the plain text of the page: each section's heading line followed by its body, sections joined
    by a blank line. ``sections`` holds the same text split per heading (``None`` for text before the first
    heading), and :meth:`heading_at` maps an offset in ``text`` back to the heading it falls under.
    """

    html: str
    links: list[WikiLink] = field(default_factory=list)
    external_links: list[str] = field(default_factory=list)
    attachments: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    headings: list[Heading] = field(default_factory=list)
    text: str = ""
    sections: list[tuple[str | None, str]] = field(default_factory=list)
    section_starts: list[int] = field(default_factory=list)

    def heading_at(self, offset: int) -> str | None:
        """Text of the heading that the character at ``offset`` in :attr:`text` is under (None: before any)."""
        if not self.sections:
            return None
        index = bisect.bisect_right(self.section_starts, offset) - 1
        return self.sections[max(index, 0)][0]

    def anchor_at(self, offset: int) -> str | None:
        """Anchor (HTML id) of the heading that ``offset`` in :attr:`text` is under, for jumping to a hit."""
        heading = self.heading_at(offset)
        if heading is None:
            return None
        index = bisect.bisect_right(self.section_starts, offset) - 1
        # sections before the first heading have no Heading entry; count only titled sections
        titled = sum(1 for title, _ in self.sections[: max(index, 0) + 1] if title is not None)
        return self.headings[titled - 1].anchor if 0 < titled <= len(self.headings) else None
