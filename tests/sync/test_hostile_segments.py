"""Segments written by hand (a broken client, or anyone with write access to the shared folder).

The bytes follow the documented format (``docs/sync-design.md``, ``segment.py``) and are built here with json,
hashlib, zlib and base64 directly, never with the project's own encoder.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import subprocess
import sys
import zlib
from pathlib import Path

from tests.sync.helpers import make_client, sync
from wikidesk.core.wiki import Wiki

HOSTILE = "f00dbad00001"  # a client id no real client has


def rev_id(rev: dict) -> str:
    payload = {k: rev[k] for k in ("page", "kind", "path", "blob", "size", "author", "time", "clock", "summary")}
    payload["parents"] = sorted(set(rev["parents"]))
    text = "wikidesk-rev-1\n" + json.dumps(payload, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def revision(page: str, path: str, text: str, blobs: dict, *, parents: tuple[str, ...] = (), clock: int = 1) -> dict:
    data = text.encode("utf-8")
    digest = hashlib.sha256(data).hexdigest()
    blobs[digest] = base64.b64encode(data).decode("ascii")
    rev = {"page": page, "kind": "page", "path": path, "blob": digest, "size": len(data), "parents": list(parents),
           "author": "mallory", "time": "2026-01-01T00:00:00Z", "clock": clock, "summary": "by hand"}
    rev["id"] = rev_id(rev)
    return rev


def framed(body: bytes) -> bytes:
    packed = zlib.compress(body)
    return f"WIKIDESK-SEGMENT 1 {hashlib.sha256(packed).hexdigest()} {len(packed)}\n".encode("ascii") + packed


def segment(store: str, seq: int, revisions: list[dict], blobs: dict) -> bytes:
    body = {"store": store, "client": HOSTILE, "seq": seq, "written": "2026-01-01T00:00:00Z",
            "revisions": revisions, "blobs": blobs, "objects": []}
    return framed(json.dumps(body).encode("utf-8"))


def place(share: Path, seq: int, data: bytes) -> str:
    rel = f"log/{HOSTILE}/{seq:010d}.seg"
    (share / rel).parent.mkdir(parents=True, exist_ok=True)
    (share / rel).write_bytes(data)
    return rel


def cli(wiki: Wiki, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "wikidesk", "--wiki", str(wiki.root), *args], check=False,
                          capture_output=True, text=True, encoding="utf-8", env=dict(os.environ), timeout=120)


def all_files(root: Path) -> set[str]:
    return {p.relative_to(root).as_posix() for p in root.rglob("*")}


def test_invalid_revisions_are_set_aside_and_the_rest_syncs(tmp_path: Path) -> None:
    share = tmp_path / "share"
    a, b = make_client(tmp_path, "a", share), make_client(tmp_path, "b", share)
    a.create("Eksisterende", body="original\n")
    a.create("Annen", body="annen tekst\n")
    sync(a), sync(b)
    existing_text = (a.root / "Eksisterende.md").read_bytes()
    other_text = (a.root / "Annen.md").read_bytes()
    other_head = next(h for p in a.history.page_ids() for h in a.history.heads(p) if h.path == "Annen.md")
    store = json.loads((share / "wikidesk-store.json").read_text())["store_id"]
    outside = tmp_path / "outside.md"

    blobs1: dict = {}
    good1 = revision("goodpage00000001", "Godt.md", "godt\n", blobs1)
    bad_parent = revision("badpage000000001", "../x.md", "ondt\n", blobs1)
    # a new page at an existing page's path, from a client that has seen that page (its clock is past it)
    claim_new = revision("0000000000000000", "Eksisterende.md", "overtatt\n", blobs1, clock=50)
    # an existing page that claims to be at another page's path
    claim_move = revision(other_head.page_id, "Eksisterende.md", other_text.decode(), blobs1,
                          parents=(other_head.id,), clock=other_head.clock + 1)
    seg1 = place(share, 1, segment(store, 1, [good1, bad_parent, claim_new, claim_move], blobs1))

    blobs2: dict = {}
    bad_paths = [str(outside), "C:/x.md", "C:\\x.md", ".wikidesk/ondt.md", "CON.md", "IT/" + "a" * 300 + ".md"]
    bad2 = [revision(f"badpage00000010{i}", path, "ondt\n", blobs2) for i, path in enumerate(bad_paths)]
    good2 = revision("goodpage00000002", "Også godt.md", "også godt\n", blobs2)
    seg2 = place(share, 2, segment(store, 2, [*bad2, good2], blobs2))

    good_body = segment(store, 3, [], {})
    place(share, 3, good_body[:-7])  # cut short
    place(share, 4, framed(b"{not json"))
    place(share, 5, framed(json.dumps({"store": store, "client": HOSTILE, "seq": 5, "revisions": "x",
                                       "blobs": [], "objects": 7}).encode()))
    place(share, 6, b"WIKIDESK-SEGMENT 1 " + b"0" * 64 + b" 3\nabc")  # bad checksum
    blobs7: dict = {}
    good3 = revision("goodpage00000003", "Tredje.md", "tredje\n", blobs7)
    place(share, 7, segment(store, 7, [good3], blobs7))
    (share / "heads" / f"{HOSTILE}.{7:010d}").write_bytes(b"")
    before_tmp = all_files(tmp_path)

    plain = cli(a, "sync")
    as_json = cli(b, "sync", "--json")
    report = json.loads(as_json.stdout)

    bad_revs = [(seg1, "../x.md"), *((seg2, p) for p in bad_paths)]
    assert plain.returncode == 0, plain.stderr
    assert as_json.returncode == 0, as_json.stderr
    assert report["set_aside"] == 7
    for rel, path in bad_revs:
        shown = path if len(path) <= 80 else path[:79] + "…"
        start = f"Set aside a change in {rel} on the shared folder: “{shown}” is not a path inside the wiki ("
        assert sum(p.startswith(start) for p in report["problems"]) == 1, path
        assert sum(line.startswith(f"  note: {start}") for line in plain.stdout.splitlines()) == 1, path
    assert (f"Set aside a change in {seg1} on the shared folder: “../x.md” is not a path inside the wiki "
            "(it leads outside the wiki folder); it was not applied.") in report["problems"]
    assert plain.stdout.splitlines()[0].endswith("7 set aside as invalid (see the notes).")
    for seq in (3, 4, 5, 6):
        assert sum(f"log/{HOSTILE}/{seq:010d}.seg" in p for p in report["problems"]) == 1

    for wiki in (a, b):
        for _ in range(2):
            assert sync(wiki).status == "synced"
        assert (wiki.root / "Godt.md").read_text() == "godt\n"
        assert (wiki.root / "Også godt.md").read_text() == "også godt\n"
        assert (wiki.root / "Tredje.md").read_text() == "tredje\n"
        assert (wiki.root / "Eksisterende.md").read_bytes() == existing_text
        texts = sorted(p.read_bytes() for p in wiki.root.glob("*.md"))
        assert texts.count(other_text) == 1  # the page that claimed the name kept its text, elsewhere
        assert b"overtatt\n" in texts  # the newcomer is kept too, under another name
        assert not any(b"ondt" in p.read_bytes() for p in wiki.root.rglob("*")
                       if p.is_file() and wiki.meta_dir not in p.parents)
        assert not (wiki.root / "C:").exists() and not (wiki.root / "C:\\x.md").exists()
        assert not (wiki.meta_dir / "ondt.md").exists()
    assert not outside.exists() and not (tmp_path / "x.md").exists() and not (share / "x.md").exists()
    new_files = all_files(tmp_path) - before_tmp
    assert {f.split("/")[0] for f in new_files} <= {"a", "b", "share"}
    assert not [f for f in new_files if f.startswith("share/") and not f.startswith(("share/pages/", "share/log/",
                                                                                     "share/heads/"))]
    assert not any("ondt" in f or f.endswith("x.md") for f in all_files(share))

    checked = cli(b, "check", "--json")
    problems = json.loads(checked.stdout)["problems"]
    assert checked.returncode == 1
    for rel, path in bad_revs:
        shown = path if len(path) <= 80 else path[:79] + "…"
        assert sum(p.startswith(f"Set aside a change in {rel} on the shared folder: “{shown}”") for p in problems) == 1
    for seq in (3, 4, 5, 6):
        assert sum(f"log/{HOSTILE}/{seq:010d}.seg on the shared folder is damaged" in p for p in problems) == 1
    assert "wikidesk: 11 problems found." in checked.stderr
