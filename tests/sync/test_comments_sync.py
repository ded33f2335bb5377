"""Comments through the shared folder: concurrent comments never conflict, invalid ones are set aside, and the
store format is raised so older clients say they need a newer wikidesk instead of misreading the share."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.sync.helpers import assert_converged, make_client, share_tree, sync
from wikidesk.core.comments import Comment, CommentStore
from wikidesk.core.history.model import utc_now_iso
from wikidesk.core.sync import segment as segment_module
from wikidesk.core.sync import store as store_module
from wikidesk.core.sync.check import check
from wikidesk.core.sync.segment import Segment, decode_segment, encode_segment
from wikidesk.core.sync.store import MARKER, segment_path
from wikidesk.core.wiki import Wiki


def comment(wiki: Wiki, page: str, text: str, parent: str | None = None) -> Comment:
    assert wiki.history is not None
    with CommentStore.of(wiki) as store:
        return store.add(wiki.history, wiki.find(page).page_id, text, author=wiki.user, parent=parent)


def thread_texts(wiki: Wiki, page: str) -> list[tuple[int, str]]:
    with CommentStore.of(wiki) as store:
        return [(d, t.current.text) for top in store.thread(wiki.find(page).page_id) for d, t in top.walk()]


def all_ids(wiki: Wiki) -> list[str]:
    with CommentStore.of(wiki) as store:
        return store.ids()


@pytest.fixture
def share(tmp_path: Path) -> Path:
    return tmp_path / "share"


@pytest.fixture
def pair(tmp_path: Path, share: Path) -> tuple[Wiki, Wiki]:
    a, b = make_client(tmp_path, "a", share), make_client(tmp_path, "b", share)
    a.create("Rutiner", body="tekst\n")
    sync(a)
    sync(b)
    return a, b


def test_two_people_commenting_at_once_both_keep_their_comments(pair: tuple[Wiki, Wiki]) -> None:
    a, b = pair
    first = comment(a, "Rutiner", "Fra a")
    other = comment(b, "Rutiner", "Fra b")
    comment(a, "Rutiner", "Svar fra a", parent=first.id)
    ra, rb = sync(a), sync(b)
    assert (ra.comments_pushed, rb.comments_pulled, rb.comments_pushed) == (2, 2, 1)
    assert rb.comment_pages == [a.find("Rutiner").page_id] and rb.status == "synced"
    assert sync(a).comments_pulled == 1
    # top-level comments in (Lamport clock, id) order, the same on every client; the reply under its parent
    a_first = first.rank() < other.rank()
    expected = ([(0, "Fra a"), (1, "Svar fra a"), (0, "Fra b")] if a_first
                else [(0, "Fra b"), (0, "Fra a"), (1, "Svar fra a")])
    assert thread_texts(a, "Rutiner") == expected
    assert thread_texts(b, "Rutiner") == expected
    assert all_ids(a) == all_ids(b) and len(all_ids(a)) == 3
    assert_converged(a, b)  # pages, revisions and heads are untouched by comments
    assert check(a).ok and check(b).ok


def test_edits_and_deletions_travel_and_concurrent_edits_agree(pair: tuple[Wiki, Wiki]) -> None:
    a, b = pair
    c = comment(a, "Rutiner", "Møte kl 10")
    sync(a)
    sync(b)
    page = a.find("Rutiner").page_id
    assert a.history is not None and b.history is not None
    with CommentStore.of(a) as sa, CommentStore.of(b) as sb:
        sa.edit(a.history, page, c.id, "Møte kl 11", author="a")
        sb.edit(b.history, page, c.id, "Møte kl 12", author="b")
    sync(a)
    sync(b)
    sync(a)
    assert thread_texts(a, "Rutiner") == thread_texts(b, "Rutiner")
    assert thread_texts(a, "Rutiner")[0][1] in ("Møte kl 11", "Møte kl 12")
    with CommentStore.of(b) as sb:
        sb.delete(b.history, page, c.id, author="b")
    sync(b)
    sync(a)
    with CommentStore.of(a) as sa:
        [thread] = sa.thread(page)
        assert thread.deleted and len(thread.versions) == 4 and len(sa.page_comments(page)) == 4


def test_a_share_without_comments_stays_readable_by_older_clients(pair: tuple[Wiki, Wiki], share: Path) -> None:
    a, _b = pair
    marker = share / MARKER
    marker.write_text(re.sub(r'"format": \d+', '"format": 1', marker.read_text()))  # a share made by 1.x
    a.write_text(a.find("Rutiner"), "endret\n")
    sync(a)
    assert json.loads(marker.read_text())["format"] == 1  # nothing new on it: left as it was
    newest = sorted((share / "log" / a.history.client_id).iterdir())[-1]  # type: ignore[union-attr]
    assert newest.read_bytes().startswith(b"WIKIDESK-SEGMENT 1 ")
    comment(a, "Rutiner", "første kommentar")
    sync(a)
    assert json.loads(marker.read_text())["format"] == 2  # raised before the first segment with comments
    newest = sorted((share / "log" / a.history.client_id).iterdir())[-1]  # type: ignore[union-attr]
    assert newest.read_bytes().startswith(b"WIKIDESK-SEGMENT 2 ")


def test_an_older_client_meeting_the_newer_share_says_so_and_changes_nothing(
        pair: tuple[Wiki, Wiki], share: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    a, b = pair
    comment(a, "Rutiner", "hei")
    b.write_text(b.find("Rutiner"), "b endret\n")
    sync(a)
    # b runs the code of the previous release: it knows store format 1 and segment format 1 only
    monkeypatch.setattr(store_module, "STORE_FORMAT", 1)
    monkeypatch.setattr(segment_module, "SEGMENT_FORMAT", 1)
    before = share_tree(share)
    report = sync(b)
    assert report.status == "incompatible"
    assert "set up by a newer wikidesk (store format 2); update wikidesk" in report.message
    assert share_tree(share) == before and report.pulled == 0
    with pytest.raises(segment_module.DamagedFileError, match="segment format 2 is newer"):
        decode_segment((share / segment_path(a.history.client_id, 2)).read_bytes())  # type: ignore[union-attr]


def test_invalid_comments_are_set_aside_and_the_rest_syncs(pair: tuple[Wiki, Wiki], share: Path) -> None:
    a, b = pair
    page = a.find("Rutiner").page_id
    good = Comment(page, None, None, False, "mallory", utc_now_iso(), 7, "en gyldig kommentar")
    bad = [Comment(page, None, None, True, "mallory", utc_now_iso(), 7, "slettet, men med tekst"),
           Comment("", None, None, False, "mallory", utc_now_iso(), 7, "uten side"),
           Comment(page, None, None, False, "mallory", utc_now_iso(), 2**60, "klokke ute av rekkevidde")]
    client = "bad0bad0bad0"
    (share / "log" / client).mkdir(parents=True)
    store_id = json.loads((share / MARKER).read_text())["store_id"]
    (share / segment_path(client, 1)).write_bytes(
        encode_segment(Segment(store_id, client, 1, utc_now_iso(), comments=[good, *bad])))
    (share / "heads" / f"{client}.0000000001").write_bytes(b"")
    report = sync(b)
    assert report.status == "synced" and report.comments_pulled == 1 and report.set_aside == 3
    assert len([p for p in report.problems if p.startswith("Set aside a comment in log/bad0bad0bad0/")]) == 3
    assert thread_texts(b, "Rutiner") == [(0, "en gyldig kommentar")]
    assert all_ids(b) == [good.id]
    assert len(check(b).problems) == 3  # reported by every check afterwards
    # a comment whose id does not match its content makes the whole segment damaged (like a revision's)
    forged = encode_segment(Segment(store_id, client, 2, utc_now_iso(), comments=[good]))
    raw = segment_module.zlib.decompress(forged.partition(b"\n")[2]).replace(b"en gyldig", b"en falsk")
    packed = segment_module.zlib.compress(raw)
    header = f"WIKIDESK-SEGMENT 2 {segment_module.hashlib.sha256(packed).hexdigest()} {len(packed)}\n".encode()
    (share / segment_path(client, 2)).write_bytes(header + packed)
    (share / "heads" / f"{client}.0000000002").write_bytes(b"")
    report = sync(b)
    assert report.status == "synced" and any("damaged" in p for p in report.problems)
    assert thread_texts(b, "Rutiner") == [(0, "en gyldig kommentar")]


def test_comments_of_a_vanished_segment_are_republished(pair: tuple[Wiki, Wiki], share: Path) -> None:
    a, b = pair
    comment(a, "Rutiner", "kommer tilbake")
    sync(a)
    sync(b)
    client = a.history.client_id  # type: ignore[union-attr]
    gone = sorted((share / "log" / client).iterdir())[-1]
    seq = int(gone.stem)
    gone.unlink()  # a restore from backup: the segment and its marker went back
    for m in (share / "heads").glob(f"{client}.*"):
        m.unlink()
    (share / "heads" / f"{client}.{seq - 1:010d}").write_bytes(b"")
    report = sync(b)
    assert report.comments_pushed == 1  # b carries it again
    c = make_client(share.parent, "c", share)
    sync(c)
    assert thread_texts(c, "Rutiner") == [(0, "kommer tilbake")]


def test_segment_round_trip_keeps_comments_and_format_1_without() -> None:
    c = Comment("p", None, None, False, "a", "t", 1, "x")
    with_comments = encode_segment(Segment("s", "abc", 1, "t", comments=[c]))
    assert with_comments.startswith(b"WIKIDESK-SEGMENT 2 ")
    assert decode_segment(with_comments).comments == [c]
    assert encode_segment(Segment("s", "abc", 1, "t")).startswith(b"WIKIDESK-SEGMENT 1 ")
