"""Revision ids, the DAG (heads, merge base) and the three-way merge rules."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wikidesk.core.history.dag import ancestors, heads, merge_base, topo_order
from wikidesk.core.history.model import Revision, blob_hash
from wikidesk.core.history.three_way import merge_paths, merge_revisions, merge_texts


def rev(page: str = "p1", *, data: bytes | None = b"x", parents: tuple[str, ...] = (), clock: int = 1,
        path: str = "A.md", author: str = "ola", kind: str = "page") -> Revision:
    return Revision(page_id=page, kind=kind, path=path, blob=None if data is None else blob_hash(data),
                    size=len(data or b""), parents=parents, author=author, time="2026-01-01T00:00:00Z",
                    clock=clock, summary="s")


def test_revision_id_is_content_address() -> None:
    a, b = rev(), rev()
    assert a.id == b.id and len(a.id) == 32
    assert rev(author="kari").id != a.id and rev(clock=2).id != a.id and rev(path="B.md").id != a.id
    assert rev(parents=("b", "a")).id == rev(parents=("a", "b")).id  # parent order does not matter


def test_tampered_revision_is_refused() -> None:
    data = rev().to_dict()
    assert Revision.from_dict(data).id == data["id"]
    data["author"] = "mallory"
    with pytest.raises(ValueError, match="does not match"):
        Revision.from_dict(data)


def test_heads_ancestors_and_criss_cross_merge_base() -> None:
    root = rev(data=b"0")
    a1 = rev(data=b"a", parents=(root.id,), clock=2)
    b1 = rev(data=b"b", parents=(root.id,), clock=2, author="kari")
    m1 = rev(data=b"m1", parents=(a1.id, b1.id), clock=3)
    m2 = rev(data=b"m2", parents=(a1.id, b1.id), clock=3, author="kari")
    revs = {r.id: r for r in (root, a1, b1, m1, m2)}
    assert {r.id for r in heads(revs)} == {m1.id, m2.id}
    assert ancestors(revs, m1.id) == {m1.id, a1.id, b1.id, root.id}
    base = merge_base(revs, m1.id, m2.id)
    # a1 and b1 are both lowest common ancestors; the higher (clock, id) one is chosen, on every client
    assert base is not None and base.id == max(a1, b1, key=Revision.rank).id
    assert merge_base(revs, m1.id, m2.id) == merge_base(revs, m2.id, m1.id)  # deterministic
    assert merge_base({root.id: root}, root.id, "missing") is None
    order = [r.id for r in topo_order([m1, b1, root, a1])]
    assert order.index(root.id) < order.index(a1.id) < order.index(m1.id)


def _merge(base: bytes | None, a: bytes | None, b: bytes | None, **kw: str) -> tuple[bool, bytes | None, str]:
    store: dict[str, bytes] = {}
    base_rev = rev(data=base, path=kw.get("base_path", "A.md")) if base is not None else None
    parent = (base_rev.id,) if base_rev else ()
    ra = rev(data=a, parents=parent, clock=2, path=kw.get("a_path", "A.md"))
    rb = rev(data=b, parents=parent, clock=2, path=kw.get("b_path", "A.md"), author="kari")
    for r, d in ((base_rev, base), (ra, a), (rb, b)):
        if r is not None and d is not None:
            store[r.blob or ""] = d
    out = merge_revisions(base_rev, ra, rb, lambda r: store[r.blob or ""])
    return out.clean, out.data, out.path


def test_merge_rules() -> None:
    base = b"1\n2\n3\n4\n5\n"
    assert _merge(base, b"1a\n2\n3\n4\n5\n", b"1\n2\n3\n4\n5b\n")[:2] == (True, b"1a\n2\n3\n4\n5b\n")
    assert _merge(base, b"1a\n2\n3\n4\n5\n", b"1b\n2\n3\n4\n5\n")[0] is False  # same line: conflict
    assert _merge(base, None, b"1\n2\n3\n4\n5 edited\n")[:2] == (True, b"1\n2\n3\n4\n5 edited\n")  # keep edit
    assert _merge(base, None, base)[:2] == (True, None)  # delete against no change: deleted
    assert _merge(base, None, None)[:2] == (True, None)
    assert _merge(None, b"same\n", b"same\n")[:2] == (True, b"same\n")
    assert _merge(None, b"a\n", b"b\n")[0] is False  # two unrelated creations
    clean, data, path = _merge(base, base, b"1\n2\n3\n4\n5b\n", a_path="Moved.md")
    assert clean and data == b"1\n2\n3\n4\n5b\n" and path == "Moved.md"  # rename + edit
    assert _merge(b"\x00\x01", b"\x00\x02", b"\x00\x03") == (False, None, "A.md")  # binary: a conflict, no bytes


def test_binary_attachment_changes_conflict() -> None:
    base_rev = rev(data=b"\xff\x00", kind="file", path="a.bin")
    a = rev(data=b"\xff\x01", kind="file", parents=(base_rev.id,), clock=2, path="a.bin")
    b = rev(data=b"\xff\x02", kind="file", parents=(base_rev.id,), clock=2, path="a.bin", author="kari")
    store = {base_rev.blob: b"\xff\x00", a.blob: b"\xff\x01", b.blob: b"\xff\x02"}
    assert not merge_revisions(base_rev, a, b, lambda r: store[r.blob]).clean


def test_path_merge_two_moves_picks_best_ranked() -> None:
    base = rev(path="A.md")
    a = rev(path="B.md", clock=5, parents=(base.id,))
    b = rev(path="C.md", clock=3, parents=(base.id,))
    assert merge_paths(base, a, b) == merge_paths(base, b, a) == "B.md"


lines = st.lists(st.sampled_from(["a\n", "b\n", "c\n", "d\n", "e\n"]), max_size=8)


@given(lines, lines, lines)
def test_merge_is_symmetric(base: list[str], a: list[str], b: list[str]) -> None:
    """Both clients merging the same heads compute the same bytes, whichever side they call 'a'."""
    one = _merge("".join(base).encode(), "".join(a).encode(), "".join(b).encode())
    two = _merge("".join(base).encode(), "".join(b).encode(), "".join(a).encode())
    assert one == two  # clean or not, same bytes (None for a conflict), same path


def test_conflict_markers_show_both_sides() -> None:
    clean, text = merge_texts("x\n", "from a\n", "from b\n", label_a="A", label_b="B")
    assert not clean and "<<<<<<< A" in text and "from a" in text and "from b" in text and ">>>>>>> B" in text
