"""The CLI contract: commands, flags, exit codes and --json fields, run as a real process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest


def run(*args: str, wiki: Path | None = None, stdin: str | None = None, env: dict | None = None):
    cmd = [sys.executable, "-m", "wikidesk"]
    if wiki is not None:
        cmd += ["--wiki", str(wiki)]
    return subprocess.run(cmd + list(args), check=False, input=stdin, capture_output=True, text=True, encoding="utf-8",
                          env={**os.environ, **(env or {})}, timeout=120)


@pytest.fixture
def wiki(tmp_path: Path) -> Path:
    result = run("init", str(tmp_path / "w"), "--user", "Kari")
    assert result.returncode == 0, result.stderr
    return tmp_path / "w"


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0 and result.stdout.startswith("wikidesk ")


def test_page_lifecycle(wiki: Path) -> None:
    assert run("new", "Skriveroppsett", "--space", "IT", "--tag", "it", wiki=wiki).stdout.strip() == "IT/Skriveroppsett"
    result = run("write", "IT/Skriveroppsett", wiki=wiki, stdin="# Skriver\n\nSe [[Velkommen]]. #utskrift\n")
    assert result.returncode == 0, result.stderr
    shown = run("show", "Skriveroppsett", wiki=wiki).stdout
    assert "title: Skriveroppsett" in shown and "# Skriver" in shown and "tags: [it]" in shown
    listed = json.loads(run("list", "--json", wiki=wiki).stdout)
    page = listed["pages"][0]
    assert {"page", "path", "title", "space", "id", "tags", "modified", "author"} <= set(page)
    assert page["page"] == "IT/Skriveroppsett" and page["space"] == "IT" and page["author"] == "Kari"
    assert run("rename", "IT/Skriveroppsett", "Skrivere", wiki=wiki).stdout.strip() == "IT/Skrivere"
    after = json.loads(run("list", "--json", wiki=wiki).stdout)["pages"][0]
    assert after["id"] == page["id"]
    assert run("delete", "IT/Skrivere", wiki=wiki).returncode == 0
    assert json.loads(run("list", "--json", wiki=wiki).stdout)["pages"] == []


def test_write_from_file_and_create(wiki: Path, tmp_path: Path) -> None:
    source = tmp_path / "in.md"
    source.write_bytes("\ufeffInnhold fra fil\r\n".encode())
    result = run("write", "HR/Ny side", "--file", str(source), "--create", wiki=wiki)
    assert result.returncode == 0, result.stderr
    assert "Innhold fra fil" in run("show", "HR/Ny side", wiki=wiki).stdout


def test_errors_are_one_sentence_with_exit_codes(wiki: Path, tmp_path: Path) -> None:
    missing = run("show", "Finnes ikke", wiki=wiki)
    assert missing.returncode == 3
    assert missing.stderr.startswith("wikidesk: ") and missing.stderr.count("\n") == 1
    assert "Traceback" not in missing.stderr
    run("new", "Dobbel", wiki=wiki)
    dup = run("new", "dobbel", wiki=wiki)
    assert dup.returncode == 4 and "already exists" in dup.stderr
    empty = run("new", "   ", wiki=wiki)
    assert empty.returncode == 2 and "empty" in empty.stderr
    nowiki = run("list", wiki=tmp_path / "nowhere")
    assert nowiki.returncode == 2 and "does not exist" in nowiki.stderr
    bad_input = subprocess.run([sys.executable, "-m", "wikidesk", "--wiki", str(wiki), "write", "Dobbel"], check=False,
                               input=b"\xff\xfe\x00bad", capture_output=True, timeout=60)
    assert bad_input.returncode == 1 and b"not UTF-8" in bad_input.stderr


def test_no_wiki_chosen_says_how_to_choose() -> None:
    result = run("list")
    assert result.returncode == 2 and "wikidesk init" in result.stderr


def test_init_remembers_the_wiki(tmp_path: Path) -> None:
    run("init", str(tmp_path / "first"), "--user", "Ola")
    run("new", "Husket", wiki=None)
    assert (tmp_path / "first" / "Husket.md").exists()


def test_env_var_chooses_the_wiki(wiki: Path) -> None:
    run("new", "Fra miljøet", env={"WIKIDESK_WIKI": str(wiki)})
    assert (wiki / "Fra miljøet.md").exists()


def test_links_and_tags(sample_wiki: Path) -> None:
    links = json.loads(run("links", "Skriveroppsett", "--json", wiki=sample_wiki).stdout)
    targets = {link["target"]: link for link in links["outgoing"]}
    assert targets["Passord og innlogging"]["exists"] is True
    assert targets["Passord og innlogging"]["page"] == "IT/Passord og innlogging"
    back = {b["page"] for b in links["backlinks"]}
    assert {"Velkommen", "IT/Passord og innlogging", "HR/Rutiner for nyansatte"} <= back
    welcome = json.loads(run("links", "Velkommen", "--json", wiki=sample_wiki).stdout)
    missing = [link for link in welcome["outgoing"] if not link["exists"]]
    assert missing == [{"target": "Ny side som ikke finnes", "label": None, "heading": None, "exists": False,
                        "page": None}]
    tags = {t["tag"]: t for t in json.loads(run("tags", "--json", wiki=sample_wiki).stdout)["tags"]}
    assert tags["it"]["count"] == 2
    assert "IT/Skriveroppsett" in tags["skriver"]["pages"]
    assert "Kommunikasjon/Klarspråk" in tags["klarspråk"]["pages"]


def test_show_html_is_sanitized(wiki: Path) -> None:
    run("new", "Farlig", wiki=wiki)
    run("write", "Farlig", wiki=wiki, stdin="Hei <script>alert(1)</script> [x](javascript:alert(1))\n")
    html = run("show", "Farlig", "--html", wiki=wiki).stdout
    assert "<script" not in html and "javascript:" not in html and "Hei" in html


def test_attach(wiki: Path, tmp_path: Path) -> None:
    run("new", "Kart", "--space", "Plan", wiki=wiki)
    image = tmp_path / "kart.png"
    image.write_bytes(b"\x89PNG\r\n")
    result = run("attach", "Plan/Kart", str(image), wiki=wiki)
    assert result.returncode == 0 and result.stdout.strip() == "kart.png"
    assert (wiki / "Plan" / "kart.png").read_bytes() == b"\x89PNG\r\n"


def test_relative_markdown_links_and_heading_anchors(wiki: Path) -> None:
    run("new", "Mål", "--space", "IT", wiki=wiki)
    run("write", "IT/Mål", wiki=wiki, stdin="## Feilsøking og råd\n")
    run("new", "Kilde", "--space", "HR", wiki=wiki)
    run("write", "HR/Kilde", wiki=wiki, stdin="[mål](../IT/M%C3%A5l.md) og [[IT/Mål#Feilsøking og råd]]\n")
    links = json.loads(run("links", "HR/Kilde", "--json", wiki=wiki).stdout)
    assert [link["page"] for link in links["outgoing"]] == ["IT/Mål", "IT/Mål"]
    html = run("show", "HR/Kilde", "--html", wiki=wiki).stdout
    assert "#feilsøking-og-råd" in html
    back = json.loads(run("links", "IT/Mål", "--json", wiki=wiki).stdout)["backlinks"]
    assert [b["page"] for b in back] == ["HR/Kilde"]
