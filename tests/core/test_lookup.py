"""The page lookup files path and title keys under their hash: pages whose keys share a hash are still told apart,
found, and removed one by one; pages sharing a key are all found. Tag sets are shared between pages."""

from __future__ import annotations

import pytest

from wikidesk.core import catalog
from wikidesk.core.catalog import Lookup, normalize_tags
from wikidesk.core.names import name_key
from wikidesk.core.pages import PageInfo

HOME = PageInfo("id-home", "IT/Hjem.md", "Hjem", "IT")
PRINTER = PageInfo("id-printer", "IT/Skriver.md", "Skriver", "IT")
OTHER_HOME = PageInfo("id-hr-home", "HR/hjem.md", "HJEM", "HR")


def test_keys_with_the_same_hash_find_only_their_own_pages(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(catalog, "hashed", lambda key: 7)  # every key collides
    lookup = Lookup([HOME, PRINTER, OTHER_HOME])
    assert lookup.with_path(name_key("it/hjem.md")) == (HOME,)
    assert lookup.with_path(name_key("IT/SKRIVER.md")) == (PRINTER,)
    assert lookup.with_title("skriver") == (PRINTER,)
    assert lookup.with_title("hjem") == (HOME, OTHER_HOME)
    assert lookup.with_title("nowhere") == () and lookup.with_path("nowhere.md") == ()
    lookup.remove(HOME)
    assert lookup.with_title("hjem") == (OTHER_HOME,) and lookup.with_path(name_key("IT/Hjem.md")) == ()
    assert lookup.with_id("id-home") == () and lookup.with_path(name_key("IT/Skriver.md")) == (PRINTER,)


def test_real_hashes_find_by_path_id_and_title() -> None:
    lookup = Lookup([HOME, PRINTER, OTHER_HOME])
    assert lookup.with_path("it/hjem.md") == (HOME,) and lookup.with_id("id-printer") == (PRINTER,)
    assert lookup.with_title("hjem") == (HOME, OTHER_HOME)
    assert all(isinstance(key, int) for key in (*lookup.by_path, *lookup.by_title))
    lookup.remove(OTHER_HOME)
    assert lookup.with_title("hjem") == (HOME,) and lookup.by_title[catalog.hashed("hjem")] is HOME


def test_a_page_is_found_by_its_path_whether_or_not_its_file_is_named_after_its_title() -> None:
    renamed = PageInfo("id-renamed", "IT/gammelt-navn.md", "Nytt navn", "IT")
    same_name_twice = PageInfo("id-linux", "IT/hjem.md", "hjem", "IT")  # beside IT/Hjem.md, made on Linux
    lookup = Lookup([HOME, PRINTER, renamed, same_name_twice, OTHER_HOME])
    assert lookup.with_path("it/gammelt-navn.md") == (renamed,) and lookup.with_title("nytt navn") == (renamed,)
    assert lookup.with_path("it/hjem.md") == (HOME, same_name_twice) and lookup.with_path("hr/hjem.md") == (OTHER_HOME,)
    assert lookup.with_path("it/nytt navn.md") == () and lookup.with_path("it/hjem") == ()
    assert list(lookup.by_path.values()) == [renamed]  # the others are found through their titles
    lookup.remove(renamed)
    assert lookup.with_path("it/gammelt-navn.md") == () and lookup.by_path == {}


def test_pages_with_the_same_tags_share_one_tuple() -> None:
    first, second = normalize_tags(["Rutine", "#IT"]), normalize_tags("rutine, it")
    assert first == ("rutine", "it") and first is second
    assert normalize_tags(["it", "rutine"]) == ("it", "rutine")  # the order of the front matter is kept
