"""Comments in the core: immutable objects, threads, edits and deletions as new objects, read marks."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from wikidesk.core.comments import (
    AmbiguousCommentError,
    Comment,
    CommentNotFoundError,
    CommentStore,
    build_threads,
    comment_problem,
)
from wikidesk.core.errors import WikiError
from wikidesk.core.opening import init_wiki
from wikidesk.core.wiki import Wiki


@pytest.fixture
def wiki(tmp_path: Path) -> Wiki:
    return init_wiki(tmp_path / "w", user="kari")


@pytest.fixture
def store(wiki: Wiki) -> CommentStore:
    with CommentStore.of(wiki) as s:
        yield s


def test_comments_thread_with_replies_in_order(wiki: Wiki, store: CommentStore) -> None:
    page = wiki.create("Rutiner", body="x\n").info.page_id
    h = wiki.history
    assert h is not None
    first = store.add(h, page, "Hvem har vakt?", author="kari")
    second = store.add(h, page, "Oppdatert i dag", author="ola")
    reply = store.add(h, page, "Per har vakt.", author="ola", parent=first.id[:6])
    deeper = store.add(h, page, "Takk!", author="kari", parent=reply.id)
    threads = store.thread(page)
    assert [t.id for t in threads] == [first.id, second.id]
    assert [t.id for t in threads[0].replies] == [reply.id]
    assert [t.id for t in threads[0].replies[0].replies] == [deeper.id]
    assert [(d, t.current.text) for d, t in threads[0].walk()] == [(0, "Hvem har vakt?"), (1, "Per har vakt."),
                                                                    (2, "Takk!")]
    assert first.clock < second.clock < reply.clock < deeper.clock  # the history's Lamport clock
    assert store.thread("another page") == []


def test_edit_and_delete_are_new_objects_and_every_version_stays(wiki: Wiki, store: CommentStore) -> None:
    page = wiki.create("Rutiner", body="x\n").info.page_id
    h = wiki.history
    assert h is not None
    c = store.add(h, page, "Møte kl 10", author="kari")
    reply = store.add(h, page, "Passer bra", author="ola", parent=c.id)
    edited = store.edit(h, page, c.id[:5], "Møte kl 11", author="kari")
    assert edited.supersedes == c.id and edited.id != c.id
    [thread] = store.thread(page)
    assert thread.id == c.id and thread.current.text == "Møte kl 11" and thread.edited
    assert thread.versions == [c.id, edited.id] and [r.id for r in thread.replies] == [reply.id]
    assert store.find(page, edited.id[:6]).id == c.id  # any version's id finds the comment
    gone = store.delete(h, page, c.id, author="kari")
    [thread] = store.thread(page)
    assert thread.deleted and gone.text == "" and thread.replies[0].current.text == "Passer bra"
    texts = [x.text for x in store.page_comments(page)]
    assert texts == ["Møte kl 10", "Passer bra", "Møte kl 11", ""]  # history: nothing is removed
    assert thread.to_dict()["versions"] == [c.id, edited.id, gone.id]


def test_concurrent_edits_of_one_comment_show_the_same_version_everywhere() -> None:
    base = Comment("p1", None, None, False, "kari", "2026-01-01T00:00:00Z", 5, "a")
    left = Comment("p1", None, base.id, False, "kari", "2026-01-01T00:01:00Z", 6, "left")
    right = Comment("p1", None, base.id, False, "ola", "2026-01-01T00:01:00Z", 6, "right")
    winner = max(left, right, key=Comment.rank)
    for order in ([base, left, right], [right, base, left]):
        [thread] = build_threads(order)
        assert thread.current == winner and sorted(thread.versions[1:]) == sorted([left.id, right.id])


def test_ids_are_content_addressed_and_odd_references_are_harmless() -> None:
    a = Comment("p1", None, None, False, "kari", "t", 1, "hei")
    assert a.id == Comment("p1", None, None, False, "kari", "t", 1, "hei").id
    assert a.id != dataclasses.replace(a, id="", text="hei!").id
    other_page = Comment("p2", a.id, a.id, False, "ola", "t", 2, "svar på feil side")
    missing_parent = Comment("p1", "f" * 32, None, False, "ola", "t", 3, "svar på noe vi ikke har")
    threads = build_threads([a, missing_parent])
    assert [t.id for t in threads] == [a.id, missing_parent.id]  # an unknown parent: shown at the top level
    assert [t.id for t in build_threads([other_page])] == [other_page.id]
    loop_a = Comment("p1", "0" * 32, None, False, "x", "t", 4, "a")
    loop_b = Comment("p1", loop_a.id, None, False, "x", "t", 5, "b")
    assert len(build_threads([loop_a, loop_b])) == 1  # no endless loops, nothing lost
    assert Comment.from_dict(a.to_dict()) == a
    with pytest.raises(ValueError, match="does not match"):
        Comment.from_dict({**a.to_dict(), "text": "forfalsket"})


def test_comment_problem_says_what_is_wrong() -> None:
    ok = Comment("p1", None, None, False, "kari", "t", 1, "hei")
    assert comment_problem(ok) is None
    assert comment_problem(dataclasses.replace(ok, id="", page_id="")) == "its page id is malformed"
    assert comment_problem(dataclasses.replace(ok, id="", parent="../x")) is not None
    assert comment_problem(dataclasses.replace(ok, id="", clock=-1)) == "its clock is out of range"
    assert comment_problem(dataclasses.replace(ok, id="", text="x" * 100_001)) == "it is too long"
    assert comment_problem(dataclasses.replace(ok, id="", deleted=True)) == "a deletion with text"


def test_find_refuses_short_unknown_and_ambiguous_ids(wiki: Wiki, store: CommentStore) -> None:
    page = wiki.create("Rutiner", body="x\n").info.page_id
    assert wiki.history is not None
    seen: dict[str, Comment] = {}
    for i in range(5000):  # two comments whose ids share their first 4 characters (deterministic: ids are hashes)
        c = Comment(page, None, None, False, "kari", "t", i + 1, f"kommentar {i}")
        if c.id[:4] in seen:
            pair = [seen[c.id[:4]], c]
            break
        seen[c.id[:4]] = c
    store.add_all(wiki.history, pair, published=True)
    with pytest.raises(AmbiguousCommentError):
        store.find(page, pair[0].id[:4])
    assert store.find(page, pair[0].id[:12]).id == pair[0].id
    with pytest.raises(CommentNotFoundError):
        store.find(page, "abc")  # too short
    with pytest.raises(CommentNotFoundError):
        store.find(page, "g" * 8)
    with pytest.raises(WikiError, match="needs some text"):
        store.add(wiki.history, page, "  \n", author="kari")


def test_unread_pages_follow_new_comments_and_read_marks(wiki: Wiki, store: CommentStore) -> None:
    assert wiki.history is not None
    p1 = wiki.create("En", body="x\n").info.page_id
    p2 = wiki.create("To", body="x\n").info.page_id
    store.add(wiki.history, p1, "egen kommentar", author="kari")
    assert store.unread_pages() == set()  # your own comment is read
    theirs = Comment(p2, None, None, False, "ola", "t", 50, "fra Ola")
    assert store.add_all(wiki.history, [theirs], published=True, origin="abc", seq=1) == [theirs]
    assert store.add_all(wiki.history, [theirs], published=True, origin="abc", seq=1) == []  # known: once
    assert wiki.history.clock() >= 50
    assert store.unread_pages() == {p2}
    store.mark_read(p2)
    assert store.unread_pages() == set()
    assert store.pages_with_comments() == sorted([p1, p2])


def test_publishing_marks_and_unpublish_for_republishing(wiki: Wiki, store: CommentStore) -> None:
    assert wiki.history is not None
    page = wiki.create("En", body="x\n").info.page_id
    c = store.add(wiki.history, page, "hei", author="kari")
    assert store.unpublished() == [c]
    store.mark_published([c.id], 3, "me")
    assert store.unpublished() == [] and store.published_with_origin() == [(c, "me", 3)]
    assert store.unpublish("me", seq=3) == 1 and store.unpublished() == [c]
