"""``@record``: the value classes of a search behave as the dataclasses they replaced (issue 20)."""

from __future__ import annotations

import pytest

from wikidesk.core.search.query_parser import And, Or, Term
from wikidesk.core.search.records import field, fields, record, replace
from wikidesk.core.search.results import Hit, SearchResults


@record(frozen=True)
class Point:
    x: int
    y: int = 0
    tags: list[str] = field(default_factory=list)


@record
class Counter:
    n: int


def test_fields_defaults_and_fresh_mutable_defaults():
    p = Point(1, tags=["a"])
    assert (p.x, p.y, p.tags) == (1, 0, ["a"])
    assert Point(2).tags == [] and Point(2).tags is not Point(2).tags
    assert fields(Point) == ("x", "y", "tags") and Point.__match_args__ == ("x", "y", "tags")
    assert repr(Point(1, 2)) == "Point(x=1, y=2, tags=[])"


def test_bad_arguments_are_type_errors():
    with pytest.raises(TypeError, match="missing argument 'x'"):
        Point()
    with pytest.raises(TypeError, match="takes 3 arguments"):
        Point(1, 2, [], 4)
    with pytest.raises(TypeError, match="'z'"):
        Point(1, z=3)
    with pytest.raises(TypeError, match="'x'"):
        Point(1, x=3)


def test_equality_is_by_class_and_value_and_frozen_ones_hash():
    assert Point(1, 2) == Point(1, 2) and Point(1, 2) != Point(2, 1)
    assert And((Term("a"), Term("b"))) != Or((Term("a"), Term("b")))  # same fields, other class
    assert len({Term("a"), Term("a"), Term("a", prefix=True)}) == 2
    with pytest.raises(AttributeError):
        Point(1).x = 5  # type: ignore[misc]
    c = Counter(1)
    c.n += 1
    assert c == Counter(2)
    with pytest.raises(TypeError):
        hash(c)


def test_replace_and_json_keep_every_field_in_order():
    hit = Hit("id1", "IT/Skriver.md", "Skriver", 1.23456, "tekst", [(0, 5)], "IT", ("it",), 1.0)
    assert list(hit.to_json()) == ["page_id", "path", "title", "score", "snippet", "highlights", "space", "tags",
                                   "modified", "heading", "title_highlights", "page"]
    assert hit.to_json()["score"] == 1.2346 and hit.to_json()["highlights"] == [[0, 5]]
    results = SearchResults("skriver", [hit], 1)
    noted = replace(results, notes=["x"])
    assert noted.notes == ["x"] and noted.hits == [hit] and results.notes == []
    with pytest.raises(TypeError):
        replace(results, nothing=1)
