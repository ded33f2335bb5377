"""The index on disk: incremental updates, renames and deletes, a corrupt or foreign index, a busy writer in
another process, and an interrupted build that resumes."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import tantivy

from tests.search.conftest import doc, ids, write_page
from wikidesk.core.search import SearchIndex
from wikidesk.core.search import build as build_module
from wikidesk.core.search import index as index_module
from wikidesk.core.search.build import build
from wikidesk.core.search.index import MARKER


def run(job) -> list[tuple[int, int, str]]:
    return list(job)


def test_update_rename_delete(make_index):
    index = make_index(doc("a", "Første", "Gammel tekst om sykler.", path="A.md"))
    assert ids(index.search("sykler")) == ["a"]
    index.apply(upserts=[doc("a", "Første", "Ny tekst om båter.", path="A.md")])
    assert ids(index.search("sykler")) == [] and ids(index.search("båter")) == ["a"]
    assert index.num_docs == 1
    # a rename: same id, new path; the old path goes
    index.apply(upserts=[doc("a", "Første", "Ny tekst om båter.", path="B/A.md")], deleted_paths=["A.md"])
    hits = index.search("båter").hits
    assert [h.path for h in hits] == ["B/A.md"] and index.num_docs == 1
    index.apply(deleted_paths=["B/A.md"])
    assert index.search("båter").total == 0 and index.num_docs == 0


def test_update_is_searchable_as_soon_as_apply_returns(make_index):
    """No waiting, no reload call: the next search sees the update (how fast: ``bench/search_update.py``)."""
    index = make_index(doc("x", "Start", "tekst"))
    index.apply(upserts=[doc("y", "Ny side", "helt unikt ordxyz")])
    assert ids(index.search("ordxyz")) == ["y"]


def test_reopen_keeps_documents_and_registers_analyzers_again(make_index, tmp_path):
    index = make_index(doc("a", "Kommunene", "Tekst om kommunene."))
    index.close()
    again = SearchIndex(tmp_path / "index")
    assert again.problem is None
    assert ids(again.search("kommune")) == ["a"]  # needs the custom stemming analyzer registered again


@pytest.mark.parametrize("victim", ["meta.json", ".idx", ".term", ".pos", ".fast", ".fieldnorm", "texts.bin"])
def test_corrupt_index_is_recreated_and_rebuilt(tmp_path, victim):
    wiki = tmp_path / "wiki"
    for i in range(30):
        write_page(wiki, f"IT/Side {i}.md", f"Side {i}", f"Tekst om skrivere nummer {i}.")
    index = SearchIndex(tmp_path / "index")
    run(build(index, wiki, workers=1))
    assert index.search("skrivere").total == 30
    index.close()
    del index
    files = [p for p in (tmp_path / "index").iterdir() if p.name == victim or p.name.endswith(victim)]
    assert files
    for path in files:
        with open(path, "r+b") as handle:
            handle.truncate(path.stat().st_size // 3)
    reopened = SearchIndex(tmp_path / "index")
    assert reopened.problem == "corrupt"
    assert reopened.num_docs == 0 and not reopened.build_complete
    steps = run(build(reopened, wiki, workers=1))
    assert steps[-1][0] == 30
    assert reopened.search("skrivere").total == 30 and reopened.build_complete


def test_texts_of_old_page_versions_are_freed_by_a_rebuild(tmp_path, monkeypatch):
    wiki = tmp_path / "wiki"
    for i in range(20):
        write_page(wiki, f"Rom/Side {i}.md", f"Side {i}", "Tekst om skrivere. " * 20)
    index = SearchIndex(tmp_path / "index")
    run(build(index, wiki, workers=1))
    live = json.loads((tmp_path / "index" / MARKER).read_text())["texts_live"]
    assert 0 < live <= index.texts.size()
    for round_ in range(3):  # every save appends the page's text again; the old one is garbage
        index.apply(upserts=[doc(f"p{i}", f"Side {i}", f"Runde {round_}. " + "Tekst. " * 60,
                                 path=f"Rom/Side {i}.md") for i in range(20)])
    index.close()
    assert SearchIndex(tmp_path / "index").problem is None  # a little garbage is kept
    monkeypatch.setattr(index_module, "COMPACT_MIN", 0)
    reopened = SearchIndex(tmp_path / "index")
    assert reopened.problem == "compact" and reopened.num_docs == 0
    run(build(reopened, wiki, workers=1))
    assert reopened.search("skrivere").total == 20
    assert reopened.texts.size() < 1.2 * live


def test_incompatible_index_is_recreated(tmp_path):
    path = tmp_path / "index"
    SearchIndex(path).apply(upserts=[doc("a", "En", "tekst")])
    marker = json.loads((path / MARKER).read_text())
    (path / MARKER).write_text(json.dumps({**marker, "schema": -1}))
    again = SearchIndex(path)
    assert again.problem == "incompatible" and again.num_docs == 0


def test_foreign_tantivy_index_is_recreated(tmp_path):
    path = tmp_path / "index"
    builder = tantivy.SchemaBuilder()
    builder.add_text_field("other", stored=True)
    path.mkdir()
    tantivy.Index(builder.build(), path=str(path))
    again = SearchIndex(path)
    assert again.problem == "incompatible"  # a tantivy index (meta.json) without our marker
    again.apply(upserts=[doc("a", "En", "tekst")])
    assert again.search("tekst").total == 1


HOLD_WRITER = textwrap.dedent(
    """
    import sys, time, tantivy
    from wikidesk.core.search import schema
    index = tantivy.Index.open(sys.argv[1])
    schema.register_analyzers(index)
    writer = index.writer(15_000_000, 1)
    print("holding", flush=True)
    time.sleep(float(sys.argv[2]))
    """
)


def test_second_writer_in_another_process_delays_but_never_drops_updates(make_index, tmp_path):
    index = make_index(doc("a", "En", "tekst"))
    index.release_writer()  # as the live updater does when idle
    index.lock_timeout = 0.3
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_WRITER, str(tmp_path / "index"), "2.5"], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
        index.submit(upserts=[doc("b", "To", "ventende oppdatering")])
        assert index.flush(wait=False) is False  # busy: the update stays queued
        assert index.pending == 1
        from wikidesk.core.search.index import IndexBusyError

        with pytest.raises(IndexBusyError):
            index.flush(wait=True)  # waits lock_timeout, then says so in one sentence
        assert index.pending == 1
    finally:
        holder.wait(timeout=30)
    assert index.flush(wait=True) is True
    assert index.pending == 0 and ids(index.search("ventende")) == ["b"]


ADD_FROM_ANOTHER_PROCESS = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from wikidesk.core.search import IndexDoc, SearchIndex
    index = SearchIndex(Path(sys.argv[1]))
    index.apply(upserts=[IndexDoc("c", "Tre.md", "Tre", [(None, "Kommunikasjonsstrategien er ny.")], stamp="x")])
    index.close()
    """
)


def test_commits_by_another_process_are_seen_and_remembered_counts_are_renewed(make_index, tmp_path, monkeypatch):
    index = make_index(doc("a", "En", "Vi trenger en strategi."))
    index.release_writer()
    assert ids(index.search("strategi")) == ["a"]  # no compound ending in "strategi" yet: no keys clause
    monkeypatch.setattr("wikidesk.core.search.index.RELOAD_INTERVAL", 0.0)
    subprocess.run([sys.executable, "-c", ADD_FROM_ANOTHER_PROCESS, str(tmp_path / "index")], check=True, timeout=60)
    assert ids(index.search("strategi")) == ["a", "c"]  # seen, and found through the compound
    assert ids(index.search("kommunikasjonsstrategi")) == ["c"]


def test_interrupted_build_resumes_where_it_stopped(tmp_path, monkeypatch):
    wiki = tmp_path / "wiki"
    for i in range(60):
        write_page(wiki, f"Rom/Side {i:02d}.md", f"Side {i}", f"Felles tekst, side {i}.")
    monkeypatch.setattr(build_module, "PROGRESS_EVERY", 10)
    index = SearchIndex(tmp_path / "index")
    job = build(index, wiki, workers=1)
    for done, _total, _ in job:
        if done >= 20:
            break
    job.close()  # what the UI does when the user cancels or the app quits
    assert index.num_docs == 20 and not index.build_complete
    index.close()
    resumed = SearchIndex(tmp_path / "index")
    steps = run(build(resumed, wiki, workers=1))
    assert max(total for _, total, _ in steps) == 40  # only the pages not yet indexed
    assert resumed.num_docs == 60 and resumed.build_complete
    assert resumed.search("felles").total == 60


def test_build_catches_up_with_changes_made_while_closed(tmp_path):
    wiki = tmp_path / "wiki"
    for i in range(5):
        write_page(wiki, f"Side {i}.md", f"Side {i}", "eple")
    index = SearchIndex(tmp_path / "index")
    run(build(index, wiki, workers=1))
    (wiki / "Side 0.md").unlink()
    write_page(wiki, "Side 1.md", "Side 1", "pære")
    write_page(wiki, "Ny.md", "Ny", "eple")
    steps = run(build(index, wiki, workers=1))
    assert max(total for _, total, _ in steps) == 2  # the changed and the new page, nothing else
    assert index.search("eple").total == 4 and index.search("pære").total == 1


def test_build_uses_worker_processes_for_many_pages(tmp_path, monkeypatch):
    wiki = tmp_path / "wiki"
    for i in range(40):
        write_page(
            wiki, f"S/Side {i}.md", f"Side {i}", f"# Overskrift {i}\n\nTekst med **fet** skrift og [lenke](x.md)."
        )
    monkeypatch.setattr(build_module, "POOL_THRESHOLD", 10)
    index = SearchIndex(tmp_path / "index")
    run(build(index, wiki, workers=2))
    hits = index.search("overskrift").hits
    assert index.num_docs == 40 and len(hits) == 10
    assert "**" not in hits[0].snippet and "fet" in hits[0].snippet  # Markdown stripped


def test_stamps_track_indexed_files(tmp_path):
    wiki = tmp_path / "wiki"
    write_page(wiki, "A.md", "A", "x")
    index = SearchIndex(tmp_path / "index")
    run(build(index, wiki, workers=1))
    stamps = index.stamps()
    assert list(stamps) == ["A.md"]
    st = (wiki / "A.md").stat()
    assert stamps["A.md"] == f"A.md\t{st.st_mtime_ns}\t{st.st_size}"


def test_index_lives_outside_the_wiki(tmp_path):
    from wikidesk.core import paths

    wiki = tmp_path / "wiki"
    wiki.mkdir()
    assert not Path(paths.index_dir(wiki)).resolve().is_relative_to(wiki.resolve())


@pytest.mark.parametrize("positioned", [True, False], ids=["pread", "seek-and-read"])
def test_hit_texts_read_whole_and_after_the_file_is_replaced(tmp_path, monkeypatch, positioned):
    """Records longer than one read come back whole; without ``os.pread`` (Windows) reads seek under a lock; a
    texts file replaced by another process's rebuild is opened again, never read at stale offsets."""
    from wikidesk.core.search import texts as texts_module

    if not positioned:
        monkeypatch.setattr(texts_module, "_PREAD", None)
    long_body = "Lang side om skrivere og blekk. " * 2000  # ~64 KB: several reads
    index = SearchIndex(tmp_path / "index")
    index.apply(upserts=[doc("a", "Lang", long_body, path="A.md"), doc("b", "Kort", "Kort om skrivere.", path="B.md")])
    searcher = index.searcher()
    pages = {p.page_id: p for _, a in searcher.search(tantivy.Query.all_query(), 10).hits
             if (p := index.page(a, searcher)) is not None}
    assert pages["a"].text == long_body and pages["b"].text == "Kort om skrivere."
    other = SearchIndex(tmp_path / "index")  # the same folder, as a second process would see it
    other.reset()
    other.apply(upserts=[doc("c", "Ny", "Helt ny tekst om skrivere.", path="C.md")])
    other.close()
    index.reload()
    assert [h.page_id for h in index.search("skrivere").hits] == ["c"]
    assert index.search("skrivere").hits[0].snippet.startswith("Helt ny tekst")


def test_failed_commit_then_another_writer_never_mixes_up_hit_texts(tmp_path):
    """After a failed commit this index gives the writer up; another process appends to texts.bin; this index's
    next record must go after those, not where it thought the file ended."""
    one = SearchIndex(tmp_path / "index")
    one.apply(upserts=[doc("a", "Alfa", "alfa tekst")])
    sync = one.texts.sync

    def failing() -> None:
        one.texts.sync = sync
        raise OSError("EIO")

    one.texts.sync = failing
    with pytest.raises(OSError, match="EIO"):  # the injected failure, passed on as it is
        one.apply(upserts=[doc("a2", "Alfa2", "alfa to")])
    with one._pending_lock:
        one._pending.clear()
    two = SearchIndex(tmp_path / "index")
    two.apply(upserts=[doc("b", "Beta", "beta tekst")])
    two.close()
    one.reload()
    one.apply(upserts=[doc("c", "Gamma", "gamma tekst")])
    for word, page, title in (("gamma", "c", "Gamma"), ("beta", "b", "Beta"), ("alfa", "a", "Alfa")):
        hits = one.search(word).hits
        assert [(h.page_id, h.title) for h in hits] == [(page, title)]
        assert hits[0].snippet == f"{word} tekst"




def test_an_idle_writer_given_back_lets_go_of_the_segments_merged_away(make_index, tmp_path, monkeypatch):
    """Merges read whole segments through the process's memory maps; once they end and the writer is given back,
    the reader reloads, so it holds only the segments the index now has, not the ones merged away (whose mapped
    pages held ~90 MB of RSS at 100,000 pages)."""
    monkeypatch.setattr(index_module, "RELOAD_INTERVAL", 3600.0)  # no reload but the index's own
    meta = tmp_path / "index" / "meta.json"
    index = make_index(doc("s0", "Side 0", "tekst null"))
    for rnd in range(20):  # a merge may end while the writer is given back: then the reader must follow
        for i in range(10):  # one commit each: enough small segments for the merge policy to merge them
            index.apply(upserts=[doc(f"s{rnd}-{i}", f"Side {i}", f"tekst nummer {i}", path=f"R{rnd}/Side {i}.md")])
            index.search("tekst")
        index.release_writer()  # as the live updater does when idle: merges end, the lock is given back
        committed = json.loads(meta.read_text())["segments"]
        assert index.searcher().num_segments == len(committed)
    assert index.searcher().num_docs == 201
