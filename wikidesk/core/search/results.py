"""What a search returns: hits with marked snippets, the total, and a "did you mean" when it had to guess."""

from __future__ import annotations

from typing import Any

from wikidesk.core.search.records import field, fields, record


@record(frozen=True)
class Hit:
    page_id: str
    path: str
    title: str
    score: float
    snippet: str
    highlights: list[tuple[int, int]]  # character ranges of matched words in ``snippet``
    space: str
    tags: tuple[str, ...]
    modified: float  # epoch seconds
    heading: str | None = None  # heading of the section the snippet comes from
    title_highlights: list[tuple[int, int]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        data = {name: getattr(self, name) for name in fields(self)}
        data["page"] = self.path[:-3] if self.path.endswith(".md") else self.path
        data["highlights"] = [list(r) for r in self.highlights]
        data["title_highlights"] = [list(r) for r in self.title_highlights]
        data["tags"] = list(self.tags)
        data["score"] = round(self.score, 4)
        return data

    def marked_snippet(self, start: str = "[", end: str = "]") -> str:
        """The snippet with each highlight wrapped in ``start``/``end`` (for terminals and logs)."""
        out, pos = [], 0
        for a, b in self.highlights:
            out += [self.snippet[pos:a], start, self.snippet[a:b], end]
            pos = b
        out.append(self.snippet[pos:])
        return "".join(out)


@record(frozen=True)
class SearchResults:
    query: str
    hits: list[Hit]
    total: int
    suggestion: str | None = None  # "did you mean" (the query with typos corrected)
    fuzzy: bool = False  # True when the hits come from typo-tolerant matching
    notes: list[str] = field(default_factory=list)  # e.g. a filter that was ignored, or the index being rebuilt
    elapsed_ms: float = 0.0

    def to_json(self) -> dict[str, Any]:
        return {
            "query": self.query,
            "total": self.total,
            "suggestion": self.suggestion,
            "fuzzy": self.fuzzy,
            "notes": list(self.notes),
            "elapsed_ms": round(self.elapsed_ms, 2),
            "hits": [h.to_json() for h in self.hits],
        }
