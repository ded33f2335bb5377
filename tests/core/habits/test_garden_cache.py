"""The gardening report's cache: a report after the first reads only changed pages, gives the same report as reading
every page, and a damaged, stale or missing cache never makes it wrong."""

from __future__ import annotations

import datetime as dt
import os
import random
import re
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path
from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wikidesk.core.habits import garden, garden_cache, garden_read, near_titles, page_facts
from wikidesk.core.habits.garden_read import Job, Read
from wikidesk.core.opening import init_wiki, open_wiki
from wikidesk.core.wiki import Wiki

LATER = dt.datetime.now(dt.UTC) + dt.timedelta(days=400)
OLD = time.time() - 3600  # files older than the cache's settling time are kept


@pytest.fixture
def wiki(tmp_path: Path) -> Wiki:
    wiki = init_wiki(tmp_path / "wiki", user="Kari")
    wiki.create("Home", tags=["start"], body="Se [[Skrivere]], [[Mangler]] og [[Ny side]].\n")
    wiki.create("Skrivere", space="IT", tags=["it"], body="Se [[Mangler]] og [Home](../Home.md).\n")
    wiki.create("Skriver", space="HR", body="Tekst med #tag.\n")
    wiki.create("Tom", tags=["x"], body="# Bare overskrift\n\n")
    wiki.create("Uten emne", body="Tekst.\n")
    wiki.create("møtereferat", space="Maler", body="")
    (wiki.root / "Utenfra.md").write_text("Skrevet i Notepad, lenker til [[Mangler]].\n", "utf-8")
    age(wiki)
    return open_wiki(wiki.root, user="Kari")


def age(wiki: Wiki) -> None:
    for info in wiki.pages():
        os.utime(wiki.root / info.path, (OLD, OLD))


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The page files the report reads, by path."""
    seen: list[str] = []
    real = garden_read.read_page

    def counting(job: Job) -> Read:
        seen.append(job[1])
        return real(job)

    monkeypatch.setattr(garden_read, "read_page", counting)
    return seen


def uncached(wiki: Wiki) -> dict:
    """The report with no cache at all (every page read), as JSON."""
    with mock.patch.object(garden, "open_cache", lambda _folder: None):
        return garden.report(wiki, months=12, now=LATER).to_json()


def report(wiki: Wiki, *, listed: bool = False) -> dict:
    return garden.report(wiki, months=12, now=LATER, pages=wiki.pages() if listed else None).to_json()


def test_a_second_report_reads_no_page_and_is_the_same(wiki: Wiki, reads: list[str]) -> None:
    first = report(wiki)
    assert len(reads) == 7
    assert [w["target"] for w in first["wanted"]] == ["Mangler", "Ny side"]
    assert first["wanted"][0]["count"] == 3 and [p["page"] for p in first["empty"]] == ["Tom"]
    assert sorted(p["page"] for p in first["untagged"]) == ["Uten emne", "Utenfra"]
    reads.clear()
    assert report(wiki) == first
    assert report(wiki, listed=True) == first
    assert reads == []
    assert (wiki.meta_dir / "garden.sqlite").is_file()


def test_the_page_list_of_the_cache_equals_the_wikis(wiki: Wiki) -> None:
    report(wiki)
    fresh = open_wiki(wiki.root, user="Kari")
    assert report(fresh) == report(fresh, listed=True) == uncached(fresh)
    entries = garden_cache.open_cache(wiki.meta_dir).entries()  # type: ignore[union-attr]
    cached = sorted((info for _stamp, (info, *_facts) in entries.values()), key=lambda p: p.path.casefold())
    assert cached == fresh.pages()


def test_only_a_changed_page_is_read_again(wiki: Wiki, reads: list[str]) -> None:
    report(wiki)
    page = wiki.read("Uten emne")
    wiki.save(page.info, "Nå med #emne og en lenke til [[Ny side]].\n")
    age(wiki)
    reads.clear()
    after = report(wiki)
    assert reads == ["Uten emne.md"]
    assert "Uten emne" not in [p["page"] for p in after["untagged"]]
    assert [(w["target"], w["count"]) for w in after["wanted"]] == [("Mangler", 3), ("Ny side", 2)]
    assert after == uncached(wiki)


def test_an_outside_edit_of_the_same_size_is_seen(wiki: Wiki, reads: list[str]) -> None:
    report(wiki)
    path = wiki.root / "Utenfra.md"
    text = path.read_text("utf-8")
    path.write_text(text.replace("[[Mangler]]", "[[Manglet]]"), "utf-8")  # same size, a new mtime
    os.utime(path, (OLD + 5, OLD + 5))
    reads.clear()
    after = report(wiki)
    assert reads == ["Utenfra.md"]
    assert [(w["target"], w["count"]) for w in after["wanted"]] == [("Mangler", 2), ("Manglet", 1), ("Ny side", 1)]


def test_a_file_written_just_now_is_not_kept(wiki: Wiki, reads: list[str]) -> None:
    (wiki.root / "Fersk.md").write_text("Ny tekst.\n", "utf-8")  # its stamp could repeat within the clock tick
    report(wiki)
    reads.clear()
    report(wiki)
    assert reads == ["Fersk.md"]


def test_a_deleted_page_leaves_the_report_and_the_cache(wiki: Wiki) -> None:
    report(wiki)
    wiki.delete(wiki.find("IT/Skrivere"))
    after = report(wiki)
    assert after == uncached(wiki)
    assert "IT/Skrivere.md" not in garden_cache.open_cache(wiki.meta_dir).entries()  # type: ignore[union-attr]
    assert [(w["target"], w["count"]) for w in after["wanted"]] == [("Mangler", 2), ("Ny side", 1), ("Skrivere", 1)]


def test_a_damaged_cache_file_is_replaced_and_the_report_is_right(wiki: Wiki, reads: list[str]) -> None:
    first = report(wiki)
    cache_file = wiki.meta_dir / "garden.sqlite"
    for suffix in ("-wal", "-shm"):
        Path(f"{cache_file}{suffix}").unlink(missing_ok=True)
    cache_file.write_bytes(b"not a database" * 100)
    reads.clear()
    assert report(wiki) == first
    assert len(reads) == 7
    reads.clear()
    assert report(wiki) == first and reads == []  # a new cache was made


def test_a_changed_or_torn_row_is_read_again(wiki: Wiki, reads: list[str]) -> None:
    first = report(wiki)
    conn = sqlite3.connect(wiki.meta_dir / "garden.sqlite")
    with conn:
        conn.execute("UPDATE pages SET data = replace(data, 'Mangler', 'Finnes') WHERE path = 'Home.md'")
        conn.execute("UPDATE pages SET data = '[1, 2' WHERE path = 'Tom.md'")
        conn.execute("UPDATE pages SET mtime_ns = mtime_ns + 1 WHERE path = 'Uten emne.md'")
    conn.close()
    reads.clear()
    assert report(wiki) == first
    assert sorted(reads) == ["Home.md", "Tom.md", "Uten emne.md"]


def test_a_cache_of_other_rules_is_thrown_away(wiki: Wiki, reads: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    first = report(wiki)
    monkeypatch.setattr(garden_cache, "rules_version", lambda: "rules of another version")
    reads.clear()
    assert report(wiki) == first and len(reads) == 7


def test_without_a_place_for_the_cache_the_report_still_reads_every_page(wiki: Wiki, reads: list[str]) -> None:
    first = report(wiki)
    (wiki.meta_dir / "garden.sqlite").unlink()
    (wiki.meta_dir / "garden.sqlite").mkdir()  # cannot be opened as a database
    reads.clear()
    assert report(wiki) == first and len(reads) == 7


@pytest.mark.parametrize("damage", [
    "UPDATE state SET value = replace(value, 'Z\"', 'X\"') WHERE key = 'last_edit'",  # not what was written
    "UPDATE state SET value = 'another history' WHERE key = 'added_id'",  # not the history this cache followed
])
def test_damaged_edit_times_are_read_again_from_history(wiki: Wiki, damage: str) -> None:
    now = dt.datetime.now(dt.UTC) + dt.timedelta(days=30 * 13)
    stale = garden.report(wiki, months=12, now=now).stale
    assert len(stale) == 7
    conn = sqlite3.connect(wiki.meta_dir / "garden.sqlite")
    with conn:
        assert conn.execute(damage).rowcount == 1
    conn.close()
    assert garden.report(wiki, months=12, now=now).stale == stale


def test_a_save_is_the_pages_new_last_edit(wiki: Wiki) -> None:
    before = dict((p.title, when) for p, when in garden.report(wiki, months=12, now=LATER).stale)
    saved = wiki.save(wiki.find("Tom"), "# Bare overskrift\n\nNå med tekst.\n")
    assert wiki.history is not None
    head = wiki.history.heads(saved.info.page_id)[0]
    after = garden.report(wiki, months=12, now=LATER)
    assert dict((p.title, when) for p, when in after.stale)["Tom"] == head.time >= before["Tom"]
    assert "Tom" not in [p.title for p in after.empty]


@pytest.mark.parametrize("listed", [False, True])
def test_parser_processes_give_the_same_report(wiki: Wiki, monkeypatch: pytest.MonkeyPatch, listed: bool) -> None:
    expected = uncached(wiki)
    (wiki.meta_dir / "garden.sqlite").unlink(missing_ok=True)
    monkeypatch.setattr(garden_read, "POOL_THRESHOLD", 1)
    pages = wiki.pages() if listed else None
    assert garden.report(wiki, months=12, now=LATER, workers=2, pages=pages).to_json() == expected
    assert len(garden_cache.open_cache(wiki.meta_dir).entries()) == 7  # type: ignore[union-attr]


def test_rows_decoded_and_kept_a_batch_at_a_time_give_the_same_report(wiki: Wiki, reads: list[str],
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    expected = uncached(wiki)
    (wiki.meta_dir / "garden.sqlite").unlink(missing_ok=True)
    monkeypatch.setattr(garden_read, "DECODE_BATCH", 2)
    monkeypatch.setattr(garden_read, "STORE_BATCH", 3)
    stored: list[int] = []
    real = garden_cache.GardenCache.store

    def counting(cache: garden_cache.GardenCache, fresh: list[garden_read.Row], gone: tuple[str, ...] = ()) -> None:
        stored.append(len(fresh))
        real(cache, fresh, gone)

    monkeypatch.setattr(garden_cache.GardenCache, "store", counting)
    reads.clear()
    assert report(wiki) == expected
    assert len(reads) == 7 and stored == [3, 3, 1]
    reads.clear()
    assert report(wiki) == expected
    assert reads == []


def test_a_first_report_starts_the_parser_processes_while_it_lists_the_pages(wiki: Wiki,
                                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    expected = uncached(wiki)
    (wiki.meta_dir / "garden.sqlite").unlink(missing_ok=True)
    monkeypatch.setattr(garden_read, "POOL_THRESHOLD", 3)
    listing: list[str] = []
    starts: list[int] = []
    real_walk, real_start = garden_read.walk, garden_read.Parsers.start

    def walking(root: Path) -> Iterator[tuple[str, os.stat_result]]:
        for rel, stat in real_walk(root):
            listing.append(rel)
            yield rel, stat
        listing.append("(end)")

    def starting(parsers: garden_read.Parsers) -> None:
        starts.append(sum(1 for rel in listing if rel.endswith(".md")))
        real_start(parsers)

    monkeypatch.setattr(garden_read, "walk", walking)
    monkeypatch.setattr(garden_read.Parsers, "start", starting)
    assert garden.report(wiki, months=12, now=LATER, workers=2).to_json() == expected
    assert starts == [3] and listing[-1] == "(end)"  # at the third page file, before the listing ended
    starts.clear()
    assert garden.report(wiki, months=12, now=LATER, workers=2).to_json() == expected
    assert starts == []  # every page kept: no process


@pytest.mark.parametrize("page_list", [True, False])
@pytest.mark.parametrize("cached", [True, False])
def test_the_first_report_joins_titles_in_a_parser_process(wiki: Wiki, monkeypatch: pytest.MonkeyPatch,
                                                           cached: bool, page_list: bool) -> None:
    """With or without the page list (the app, the command line), the parser processes that read the pages also
    join the near-duplicate titles (this process goes on with the rest of the report meanwhile): the same groups,
    none worked out here."""
    expected = uncached(wiki)
    assert expected["duplicates"]
    (wiki.meta_dir / "garden.sqlite").unlink(missing_ok=True)
    monkeypatch.setattr(garden_read, "POOL_THRESHOLD", 1)
    if not cached:
        monkeypatch.setattr(garden, "open_cache", lambda _folder: None)
    monkeypatch.setattr(near_titles, "_places", mock.Mock(side_effect=AssertionError("joined in this process")))
    pages = wiki.pages() if page_list else None
    assert garden.report(wiki, months=12, now=LATER, workers=2, pages=pages).to_json() == expected


def test_kept_near_duplicates_follow_title_changes_and_damage(wiki: Wiki) -> None:
    first = report(wiki)
    assert [[p["page"] for p in g] for g in first["duplicates"]] == [["HR/Skriver", "IT/Skrivere"]]
    wiki.create("Skrivre", space="IT")  # one letter from "skriver": joins the group
    grown = report(wiki)
    assert [[p["page"] for p in g] for g in grown["duplicates"]] == [["HR/Skriver", "IT/Skrivere", "IT/Skrivre"]]
    conn = sqlite3.connect(wiki.meta_dir / "garden.sqlite")
    with conn:
        assert conn.execute("UPDATE state SET value = replace(value, 'skrivre', 'tom') WHERE key = 'near'").rowcount
    conn.close()
    assert report(wiki) == grown == uncached(wiki)


def test_near_duplicate_components_are_linear_and_joined_by_one_letter() -> None:
    keys = ["skriveroppsett", "skriveroppset", "skriveroppsetx", "ferie", "ferge", "abcdefg", "abcdefgh", "abcdxfgh"]
    assert near_titles.components(keys) == [["abcdefg", "abcdefgh", "abcdxfgh"],
                                            ["skriveroppset", "skriveroppsett", "skriveroppsetx"]]


def test_a_cache_busy_in_another_process_is_left_alone(wiki: Wiki, monkeypatch: pytest.MonkeyPatch) -> None:
    first = report(wiki)
    wiki.save(wiki.find("Tom"), "# Bare overskrift\n\nMer tekst og [[Ny side]].\n")
    expected = uncached(wiki)
    monkeypatch.setattr(garden_cache, "BUSY_SECONDS", 0.2)
    other = sqlite3.connect(wiki.meta_dir / "garden.sqlite", isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another report writing
    try:
        assert report(wiki) == expected != first
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert (wiki.meta_dir / "garden.sqlite").is_file()
    assert report(wiki) == expected


_OLD_EMPTY = re.compile(r"^(?:[ \t]*(?:#{1,6}(?:[ \t].*)?|[-*_=]{3,}[ \t]*)?)$", re.MULTILINE)


@pytest.mark.parametrize("body", [
    "", "\n\n", "# Tittel\n", "## Tittel\n\n---\n", "  ### x\n***\n___\n===\n", "#tag\n", "####### sju\n",
    "# a\nTekst\n", "\u00a0\n\t\n", "# a\n\u00a0x\n", "--\n", "- punkt\n", "#\n##\n", "# a\r\n", "\r\n", "\x0b\n# h\n",
    "# a\n  \n\u2003\n", "text", "# a\n\n\n1\n",
])
def test_empty_is_what_the_report_always_called_empty(body: str) -> None:
    assert page_facts.is_empty(body) is (not _OLD_EMPTY.sub("", body).strip())


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(["# a", "##", "---", "***", "x", " ", "\t", "\n", "\n\n", "\r\n", "\u00a0", "=="]),
                max_size=20).map("".join))
def test_empty_is_what_the_report_always_called_empty_for_any_lines(body: str) -> None:
    assert page_facts.is_empty(body) is (not _OLD_EMPTY.sub("", body).strip())


def test_near_duplicate_groups_updated_for_keys_come_and_gone_equal_those_worked_out_again() -> None:
    rng = random.Random(22)
    keys = {"".join(rng.choice("abcø") for _ in range(rng.randint(5, 9))) for _ in range(400)}
    groups = near_titles.components(keys)
    assert len(groups) > 5
    for _ in range(30):
        gone = set(rng.sample(sorted(keys), rng.randint(0, 5)))
        came = {"".join(rng.choice("abcøé") for _ in range(rng.randint(5, 9))) for _ in range(rng.randint(0, 5))}
        new = (keys - gone) | came
        updated = near_titles.update(keys, groups, new)
        assert updated == near_titles.components(new)
        keys, groups = new, updated


def test_the_lookup_from_kept_keys_is_the_page_lists_lookup(wiki: Wiki) -> None:
    from wikidesk.core.catalog import Lookup, pages_of

    report(wiki)
    entries = [entry for _stamp, entry in garden_cache.open_cache(wiki.meta_dir).entries().values()]  # type: ignore[union-attr]
    built, expected = garden._lookup(entries), Lookup([info for info, _facts, _keys in entries])
    for table in ("by_path", "by_id", "by_title"):  # the same pages under the same keys, in the same order
        assert {k: pages_of(v) for k, v in getattr(built, table).items()} == {
            k: pages_of(v) for k, v in getattr(expected, table).items()}


def run(steps):  # type: ignore[no-untyped-def]
    """Drive a generator to its end; its return value."""
    while True:
        try:
            next(steps)
        except StopIteration as stop:
            return stop.value


def test_a_fill_for_pages_already_filled_makes_no_report(wiki: Wiki, reads: list[str],
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    pages = wiki.pages()
    assert run(garden.warm(wiki, pages=pages)) == 7 and len(reads) == 7
    real = garden_read.read_pages
    monkeypatch.setattr(garden_read, "read_pages", mock.Mock(side_effect=AssertionError("a report was made")))
    assert run(garden.warm(wiki, pages=wiki.pages())) == 7  # the app started again: the same page versions
    monkeypatch.setattr(garden_read, "read_pages", real)
    saved = wiki.save(wiki.find("Tom"), "# Bare overskrift\n\nNå med tekst.\n")
    reads.clear()
    assert run(garden.warm(wiki, pages=wiki.pages())) == 7 and reads == [saved.info.path]  # one page changed
    assert report(wiki, listed=True) == uncached(wiki)


def one_letter_apart(a: str, b: str) -> bool:
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = sorted((a, b), key=len)
    return len(long) == len(short) + 1 and any(long[:i] + long[i + 1:] == short for i in range(len(long)))


@pytest.mark.parametrize("seed", range(6))
def test_near_duplicate_groups_are_those_of_comparing_every_pair(seed: int) -> None:
    rng = random.Random(seed)
    endings = ["foransatte", "rutine", ""]  # shared halves, as generated titles have them
    keys = sorted({"".join(rng.choice("abø") for _ in range(rng.randint(3, 8))) + rng.choice(endings)
                   for _ in range(300)})
    parent = {k: k for k in keys}

    def root(k: str) -> str:
        while parent[k] != k:
            k = parent[k]
        return k

    long = [k for k in keys if len(k) >= near_titles.MIN_FUZZY]
    for i, a in enumerate(long):
        for b in long[i + 1:]:
            if one_letter_apart(a, b):
                parent[root(b)] = root(a)
    groups: dict[str, list[str]] = {}
    for k in long:
        groups.setdefault(root(k), []).append(k)
    expected = sorted(sorted(g) for g in groups.values() if len(g) > 1)
    assert len(expected) > 10
    assert near_titles.components(keys) == expected
    low, high = near_titles.by_length(near_titles.fuzzy_keys(keys))
    assert low and high and len(low) + len(high) > len(long)  # halves that share the middle length
    assert near_titles.merged(near_titles.components(low), near_titles.components(high)) == expected
