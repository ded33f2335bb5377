"""Share store pieces: segment format and checksums, backend create-new semantics, marker and URL rules."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from wikidesk.core.history.model import Revision, blob_hash
from wikidesk.core.sync.backend import LocalBackend
from wikidesk.core.sync.errors import (
    IncompatibleStoreError,
    NotAStoreError,
    ShareLocationError,
    ShareOfflineError,
    ShareReadOnlyError,
)
from wikidesk.core.sync.location import parse_smb, redact
from wikidesk.core.sync.segment import DamagedFileError, Segment, decode_segment, encode_segment
from wikidesk.core.sync.store import MARKER, STORE_FORMAT, ShareStore, parse_marker_name
from wikidesk.core.sync.wrappers import CountingBackend, FaultBackend


def _segment() -> Segment:
    data = "Møtereferat\n".encode()
    rev = Revision("p1", "page", "IT/Møte.md", blob_hash(data), len(data), (), "ola", "t", 1, "s")
    return Segment("store1", "abc123", 1, "2026-01-01T00:00:00Z", [rev], {rev.blob or "": data})


def test_segment_roundtrip_and_damage_detection() -> None:
    raw = encode_segment(_segment())
    seg = decode_segment(raw, store_id="store1", client="abc123", seq=1)
    assert seg.revisions[0].path == "IT/Møte.md" and next(iter(seg.blobs.values())) == "Møtereferat\n".encode()
    with pytest.raises(DamagedFileError):
        decode_segment(raw[: len(raw) - 3])  # torn
    flipped = bytearray(raw)
    flipped[-5] ^= 0x40
    with pytest.raises(DamagedFileError):
        decode_segment(bytes(flipped))  # bit rot
    with pytest.raises(DamagedFileError):
        decode_segment(raw, store_id="another")  # copied in from another store
    with pytest.raises(DamagedFileError):
        decode_segment(raw, client="abc123", seq=2)  # renamed file
    with pytest.raises(DamagedFileError):
        decode_segment(b"")  # a cloud placeholder / still downloading
    with pytest.raises(DamagedFileError):
        decode_segment(raw.replace(b"WIKIDESK-SEGMENT 1", b"WIKIDESK-SEGMENT 9"))


def test_local_backend_create_new_never_replaces(tmp_path: Path) -> None:
    backend = LocalBackend(tmp_path)
    assert backend.write_new("a", b"1") and not backend.write_new("a", b"2")
    assert backend.write_new("b", b"3")
    assert not backend.rename("b", "a")  # POSIX rename would replace: ours refuses
    assert (tmp_path / "a").read_bytes() == b"1" and (tmp_path / "b").exists()
    assert backend.rename("b", "a", replace=True) and (tmp_path / "a").read_bytes() == b"3"
    assert backend.stat("missing") is None and not backend.delete("missing")


def test_store_create_open_and_refusals(tmp_path: Path) -> None:
    folder = tmp_path / "new" / "wiki"
    (tmp_path / "new").mkdir()
    store = ShareStore(LocalBackend(folder))
    with pytest.raises(ShareOfflineError):
        store.open()  # nothing there: offline, and nothing written
    assert not folder.exists()
    store_id = store.create()
    assert json.loads((folder / MARKER).read_text())["store_id"] == store_id
    assert ShareStore(LocalBackend(folder)).create() == store_id  # joining, not recreating
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "someone's file.docx").write_bytes(b"x")
    with pytest.raises(NotAStoreError):
        ShareStore(LocalBackend(busy)).create()
    assert sorted(p.name for p in busy.iterdir()) == ["someone's file.docx"]
    with pytest.raises(ShareOfflineError):
        ShareStore(LocalBackend(tmp_path / "no" / "such")).create()
    marker = json.loads((folder / MARKER).read_text())
    (folder / MARKER).write_text(json.dumps({**marker, "format": STORE_FORMAT + 1}))
    with pytest.raises(IncompatibleStoreError):
        ShareStore(LocalBackend(folder)).open()


def test_store_create_new_counts_ops_and_reports_read_only(tmp_path: Path) -> None:
    counting = CountingBackend(LocalBackend(tmp_path))
    store = ShareStore(counting)
    store.create()
    counting.reset()
    assert store.create_new("heads/x", b"1") and counting.total == 2  # temp write + rename
    assert not store.create_new("heads/x", b"2") and (tmp_path / "heads" / "x").read_bytes() == b"1"
    assert [p.name for p in (tmp_path / "heads").iterdir()] == ["x"]  # no temp litter
    ro = ShareStore(FaultBackend(LocalBackend(tmp_path), read_only=True), retry_delays=())
    with pytest.raises(ShareReadOnlyError):
        ro.create_new("heads/y", b"1")
    off = ShareStore(FaultBackend(LocalBackend(tmp_path), offline=True), retry_delays=())
    with pytest.raises(ShareOfflineError):
        off.open()


def test_heads_listing_ignores_litter_and_conflict_copies(tmp_path: Path) -> None:
    store = ShareStore(LocalBackend(tmp_path))
    store.create()
    heads = tmp_path / "heads"
    for name in ["abc123.0000000004", "abc123.0000000005", "def456.0000000001",
                 "abc123.0000000009 (conflicted copy 2026-01-01)", "abc123-PC42.0000000009",
                 "def456.sync-conflict-20260101.0000000001", "Thumbs.db", ".~wd-x-1.tmp", "ABC123.0000000009"]:
        (heads / name).write_bytes(b"")
    assert store.list_heads() == {"abc123": 5, "def456": 1}
    assert parse_marker_name("abc123.0000000004") == ("abc123", 4)
    assert parse_marker_name("abc123.4") is None


def test_share_locations() -> None:
    smb = parse_smb("smb://wikitest:P%40ss@127.0.0.1:4455/wiki/team/it")
    assert smb is not None and (smb.host, smb.port, smb.share, smb.folder) == ("127.0.0.1", 4455, "wiki", "team/it")
    assert smb.username == "wikitest" and smb.password == "P@ss"
    unc = parse_smb(r"\\fil01\felles\wiki")
    assert unc is not None and (unc.host, unc.share, unc.folder) == ("fil01", "felles", "wiki")
    assert parse_smb("/mnt/u/wiki") is None and parse_smb(r"U:\Team\wiki") is None
    with pytest.raises(ShareLocationError):
        parse_smb("smb://host")
    assert "P%40ss" not in redact("smb://wikitest:P%40ss@h/s") and "***" in redact("smb://u:p@h/s")


def test_segment_body_is_the_documented_json_written_in_pieces() -> None:
    """The body is written a revision and a content at a time (no long hold of the interpreter lock), and is still
    exactly ``json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":"))``, zlib level 6: older
    clients read it, and an outbox segment sent again is byte-identical."""
    import base64
    import hashlib
    import json
    import zlib

    revs, blobs = [], {}
    for n in range(300):  # ~0.4 MB of JSON: many compressed chunks
        data = f"Side {n} «æøå» \"sitat\" \\ \t\u2028\n".encode() + bytes(range(32, 127)) * 10
        revs.append(Revision(f"p{n}", "page", f"IT/Side {n}.md", blob_hash(data), len(data), (), "Kari Ø", "t",
                             n + 1, "Lagt til"))
        blobs[blob_hash(data)] = data
    segment = Segment("store1", "abc123", 3, "2026-01-01T00:00:00Z", revs, blobs, ["f" * 64],
                      [("abc", 2), ("abc", 1)])
    raw = encode_segment(segment)
    body = {"store": "store1", "client": "abc123", "seq": 3, "written": "2026-01-01T00:00:00Z",
            "revisions": [r.to_dict() for r in revs],
            "blobs": {h: base64.b64encode(d).decode("ascii") for h, d in sorted(blobs.items())},
            "objects": ["f" * 64], "replaces": [["abc", 1], ["abc", 2]]}
    text = json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    packed = zlib.compress(text, 6)
    assert len(text) > 4 * 64 * 1024
    assert raw == f"WIKIDESK-SEGMENT 1 {hashlib.sha256(packed).hexdigest()} {len(packed)}\n".encode() + packed
    assert decode_segment(raw).blobs == blobs
    empty = Segment("s", "abc", 1, "t")
    assert zlib.decompress(encode_segment(empty).partition(b"\n")[2]) == json.dumps(
        {"blobs": {}, "client": "abc", "objects": [], "revisions": [], "seq": 1, "store": "s", "written": "t"},
        separators=(",", ":")).encode()
