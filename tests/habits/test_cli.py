"""The habits commands as a real process: new --template, changes, watch/unwatch/watched, bookmark(s), garden,
tags rename/merge (and tags --json unchanged)."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest


def run(*args: str, wiki: Path, home: Path, user: str | None = None, stdin: str | None = None):
    env = {**os.environ, "WIKIDESK_HOME": str(home)}
    env.pop("WIKIDESK_WIKI", None)
    cmd = [sys.executable, "-m", "wikidesk", "--wiki", str(wiki), *args]
    return subprocess.run(cmd, check=False, input=stdin, capture_output=True, text=True, encoding="utf-8", env=env,
                          timeout=120)


@pytest.fixture
def w(tmp_path: Path) -> tuple[Path, Path]:
    home = tmp_path / "home"
    result = subprocess.run([sys.executable, "-m", "wikidesk", "init", str(tmp_path / "w"), "--user", "Kari"],
                            capture_output=True, text=True, env={**os.environ, "WIKIDESK_HOME": str(home)})
    assert result.returncode == 0, result.stderr
    return tmp_path / "w", home


def test_new_from_a_template_in_each_language(w: tuple[Path, Path]) -> None:
    wiki, home = w
    today = dt.date.today().isoformat()
    assert run("new", "Styremøte", "--template", "møtereferat", "--space", "Styre", wiki=wiki,
               home=home).stdout.strip() == "Styre/Styremøte"
    shown = run("show", "Styre/Styremøte", wiki=wiki, home=home).stdout
    assert "# Styremøte\n" in shown and f"**Dato:** {today}" in shown and "**Referent:** Kari" in shown
    data = json.loads(run("new", "Weekly", "--template", "Minutes", "--tag", "team", "--json", wiki=wiki,
                          home=home).stdout)
    assert data["tags"] == ["minutes", "team"]
    shown = run("show", "Weekly", wiki=wiki, home=home).stdout
    assert "# Weekly\n" in shown and f"**Date:** {today}" in shown and "{{" not in shown
    missing = run("new", "X", "--template", "finnes-ikke", wiki=wiki, home=home)
    assert missing.returncode == 3 and "no template called" in missing.stderr


def test_changes_newest_first_with_filters_and_json(w: tuple[Path, Path]) -> None:
    wiki, home = w
    run("new", "Skrivere", "--space", "IT", wiki=wiki, home=home)
    run("new", "Lønn", "--space", "HR", wiki=wiki, home=home)
    run("write", "IT/Skrivere", "--summary", "Ny driver", wiki=wiki, home=home, stdin="Driver 2\n")
    data = json.loads(run("changes", "--json", wiki=wiki, home=home).stdout)["changes"]
    assert [(c["page"], c["kind"], c["author"]) for c in data] == [
        ("IT/Skrivere", "edit", "Kari"), ("HR/Lønn", "create", "Kari"), ("IT/Skrivere", "create", "Kari")]
    assert {"rev", "page", "id", "title", "space", "kind", "author", "time", "clock", "summary", "incoming",
            "diff"} == set(data[0])
    assert data[0]["diff"] == {"from": data[2]["rev"], "to": data[0]["rev"]} and data[0]["summary"] == "Ny driver"
    spaced = json.loads(run("changes", "--space", "HR", "--json", wiki=wiki, home=home).stdout)["changes"]
    assert [c["page"] for c in spaced] == ["HR/Lønn"]
    assert json.loads(run("changes", "--author", "ola", "--json", wiki=wiki, home=home).stdout)["changes"] == []
    assert json.loads(run("changes", "--since", "2999-01-01", "--json", wiki=wiki, home=home).stdout)["changes"] == []
    text = run("changes", "--limit", "1", wiki=wiki, home=home).stdout.splitlines()
    assert len(text) == 1 and "IT/Skrivere" in text[0] and "Ny driver" in text[0] and "diff:" in text[0]
    bad = run("changes", "--since", "igår", wiki=wiki, home=home)
    assert bad.returncode == 2 and "not a date" in bad.stderr
    diff = run("diff", "IT/Skrivere", data[0]["diff"]["from"], data[0]["diff"]["to"], wiki=wiki, home=home)
    assert "+Driver 2" in diff.stdout


def test_watch_unwatch_and_watched(w: tuple[Path, Path]) -> None:
    wiki, home = w
    run("new", "Rutiner", "--space", "IT", wiki=wiki, home=home)
    assert run("watch", "IT/Rutiner", wiki=wiki, home=home).stdout.strip() == "Watching the page IT/Rutiner."
    assert run("watch", "IT", "--space", wiki=wiki, home=home).stdout.strip() == "Watching the space IT/."
    other = {"WIKIDESK_HOME": str(home.parent / "ola-home")}
    subprocess.run([sys.executable, "-c", "from wikidesk.core.opening import open_wiki; import sys; "
                    "w = open_wiki(sys.argv[1], user='Ola'); w.save('IT/Rutiner', 'Ola var her\\n'); "
                    "w.create('VPN', space='IT', body='ny\\n')", str(wiki)], check=True,
                   env={**os.environ, **other})
    data = json.loads(run("watched", "--json", wiki=wiki, home=home).stdout)
    assert data["changed"] == 2 and {"kind": "space", "ref": "IT"} in data["watching"]
    pages = {p["page"]: (p["changed"], p["via"], p["authors"]) for p in data["pages"]}
    assert pages == {"IT/Rutiner": (1, "page", ["Ola"]), "IT/VPN": (1, "space:IT", ["Ola"])}
    assert "IT/Rutiner  1 change since you looked (Ola)" in run("watched", wiki=wiki, home=home).stdout
    assert run("unwatch", "IT/Rutiner", wiki=wiki, home=home).returncode == 0
    again = run("unwatch", "IT/Rutiner", wiki=wiki, home=home)
    assert again.returncode == 3 and "do not watch" in again.stderr
    assert run("watch", "Finnes ikke", wiki=wiki, home=home).returncode == 3


def test_bookmarks(w: tuple[Path, Path]) -> None:
    wiki, home = w
    run("new", "A", wiki=wiki, home=home)
    run("new", "B", wiki=wiki, home=home)
    run("bookmark", "B", wiki=wiki, home=home)
    run("bookmark", "A", wiki=wiki, home=home)
    assert run("bookmarks", wiki=wiki, home=home).stdout.splitlines() == ["B", "A"]
    run("bookmark", "B", "--remove", wiki=wiki, home=home)
    data = json.loads(run("bookmarks", "--json", wiki=wiki, home=home).stdout)["bookmarks"]
    assert [(b["page"], b["exists"]) for b in data] == [("A", True)]


def test_tags_rename_and_merge_keep_tags_json(w: tuple[Path, Path]) -> None:
    wiki, home = w
    run("new", "Servere", "--tag", "drift", wiki=wiki, home=home)
    run("write", "Servere", wiki=wiki, home=home, stdin="Om #drift, ikke `#drift`.\n")
    run("new", "Nett", "--tag", "nettverk", "--tag", "nett", wiki=wiki, home=home)
    renamed = run("tags", "rename", "drift", "it-drift", wiki=wiki, home=home)
    assert renamed.returncode == 0 and renamed.stdout.splitlines() == [
        "Renamed #drift to #it-drift on 1 page.", "  Servere  (2 places)"]
    shown = run("show", "Servere", wiki=wiki, home=home).stdout
    assert "tags: [it-drift]" in shown and "Om #it-drift, ikke `#drift`." in shown
    merged = json.loads(run("tags", "merge", "nett", "nettverk", "--json", wiki=wiki, home=home).stdout)
    assert [c["page"] for c in merged["changed"]] == ["Nett"] and merged["failed"] == []
    listed = json.loads(run("tags", "--json", wiki=wiki, home=home).stdout)["tags"]
    assert [(t["tag"], t["count"], t["pages"]) for t in listed] == [("it-drift", 1, ["Servere"]),
                                                                   ("nettverk", 1, ["Nett"])]
    assert run("tags", "rename", "it-drift", "nettverk", wiki=wiki, home=home).returncode == 4
    assert run("tags", "rename", "finnes", "ny", wiki=wiki, home=home).returncode == 3
    assert run("tags", "omdøp", "a", "b", wiki=wiki, home=home).returncode == 2


def test_garden(w: tuple[Path, Path]) -> None:
    wiki, home = w
    run("new", "Home", "--tag", "start", wiki=wiki, home=home)
    run("write", "Home", wiki=wiki, home=home, stdin="Se [[Mangler]].\n")
    run("new", "Tom", wiki=wiki, home=home)
    data = json.loads(run("garden", "--json", wiki=wiki, home=home).stdout)
    assert set(data) == {"pages", "months", "wanted", "orphans", "stale", "untagged", "empty", "conflicts",
                         "duplicates"}
    assert [(x["target"], x["count"]) for x in data["wanted"]] == [("Mangler", 1)]
    assert [p["page"] for p in data["orphans"]] == ["Tom"] and [p["page"] for p in data["empty"]] == ["Tom"]
    assert [p["page"] for p in data["untagged"]] == ["Tom"] and data["stale"] == [] and data["months"] == 12
    text = run("garden", "--months", "3", wiki=wiki, home=home).stdout
    assert "Wanted pages (linked to, missing): 1\n  Mangler  (1 link: Home)\n" in text
    assert "Not edited for 3 months: 0" in text
