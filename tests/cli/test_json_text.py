"""The CLI's JSON text is exactly what json.dumps(indent=2, ensure_ascii=False) writes."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from wikidesk.cli import json_text

SCALARS = st.one_of(st.text(), st.integers(), st.booleans(), st.none(), st.floats(allow_nan=True))
VALUES = st.recursive(SCALARS, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=5), inner, max_size=4)), max_leaves=30)


@settings(max_examples=1500, deadline=None)
@given(VALUES)
def test_the_text_is_what_json_dumps_writes(value: Any) -> None:
    assert json_text.indented(value) == json.dumps(value, ensure_ascii=False, indent=2)


def test_a_report_shaped_value() -> None:
    page = {"page": "IT/Skriver \"A\"\\", "id": "1", "title": "Skriver\n\t\u2028 æøå \x07"}
    value = {"pages": 3, "months": 12, "wanted": [{"target": "Mangler", "count": 2, "linked_from": [page, page]}],
             "orphans": [], "stale": [{**page, "last_edit": "2026-01-01T00:00:00Z"}], "duplicates": [[page], []],
             "empty": {}, "flag": True, "none": None}
    assert json_text.indented(value) == json.dumps(value, ensure_ascii=False, indent=2)


def test_emit_json_writes_what_json_dump_with_default_str_writes(capsys) -> None:
    import datetime as dt
    from pathlib import Path

    from wikidesk.cli import output

    value = {"when": dt.datetime(2026, 12, 7, 1, 2, 3), "where": Path("IT/Skriver.md"), "score": 0.5,
             "pages": [{"title": "Skriver æøå", "id": "1"}], "ok": True}
    output.emit_json(value)
    assert capsys.readouterr().out == json.dumps(value, ensure_ascii=False, indent=2, default=str) + "\n"
