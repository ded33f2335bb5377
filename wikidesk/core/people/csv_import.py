"""People pages from a staff list exported from HR or Active Directory (CSV).

Columns are found by their header, in English, Norwegian or AD's own names (``displayName``, ``sAMAccountName``,
``department``, ``title``, ``mail``, ``telephoneNumber``); the delimiter (``,`` ``;`` or tab) and the encoding
(UTF-8 with or without BOM, else Windows-1252, as Excel writes it) are detected.

Who owns what: the fields the staff list has (name, user id, unit, role, e-mail, phone) are IT's, everything else
on the page (skills, languages, chat address, the free text and any other key) is the person's. An import writes
only IT's fields, only where the list has a value that differs from the page, through :meth:`Wiki.save` with the
page's body handed back unchanged, so running it twice changes nothing and a person's own writing is never
touched. An empty cell never erases a value. A changed name renames the page (its id, history and links stay).
A person is found by user id, else by name; people missing from the list are left alone.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from wikidesk.core.errors import NotFoundError, WikiError
from wikidesk.core.names import check_title
from wikidesk.core.people.profiles import PEOPLE_SPACE, Profile, person_files, person_key, profile_from_text
from wikidesk.core.resources import resource
from wikidesk.core.wiki import Wiki

CSV_FIELDS = ("user", "unit", "role", "email", "phone")
HEADERS = {
    "name": ("name", "navn", "displayname", "display name", "fullt navn", "fullname", "full name", "cn"),
    "user": ("user", "user id", "userid", "username", "samaccountname", "brukernavn", "bruker", "brukerid",
             "bruker-id", "userprincipalname", "upn", "login"),
    "unit": ("unit", "enhet", "department", "avdeling", "seksjon", "virksomhet"),
    "role": ("title", "role", "stilling", "tittel", "rolle", "jobtitle", "job title", "stillingstittel"),
    "email": ("email", "e-mail", "mail", "e-post", "epost", "emailaddress"),
    "phone": ("phone", "telefon", "telephonenumber", "mobile", "mobil", "tlf", "telefonnummer", "mobilephone"),
}
SUMMARY_NEW = "Created from the staff list"
SUMMARY_UPDATE = "Updated from the staff list"


@dataclass
class ImportReport:
    created: list[str] = field(default_factory=list)  # page names
    updated: list[str] = field(default_factory=list)
    unchanged: int = 0
    problems: list[str] = field(default_factory=list)  # one sentence per row that could not be used

    def to_json(self) -> dict[str, Any]:
        return {"created": self.created, "updated": self.updated, "unchanged": self.unchanged,
                "problems": self.problems}


def read_rows(path: Path) -> list[dict[str, str]]:
    """The staff list's rows as ``{"name", "user", "unit", "role", "email", "phone"}`` (missing columns: "")."""
    try:
        raw = Path(path).read_bytes()
    except FileNotFoundError as exc:
        raise NotFoundError(f"There is no file {path}.") from exc
    except OSError as exc:
        raise WikiError(f"Could not read {path}: {exc.strerror or exc}.") from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
    sample = text[:4096]
    try:
        dialect: Any = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text), dialect)
    header = next(reader, None)
    if not header:
        raise WikiError(f"{path} is empty.")
    columns: dict[str, int] = {}
    for i, name in enumerate(header):
        key = " ".join(name.strip().casefold().replace("_", " ").split())
        for target, aliases in HEADERS.items():
            if target not in columns and (key in aliases or key.replace(" ", "") in aliases):
                columns[target] = i
    if "name" not in columns:
        raise WikiError(f"{path} has no name column (the first line should name the columns, e.g. "
                        "“name;user;unit;title;email;phone”).")
    rows = []
    for cells in reader:
        if not any(c.strip() for c in cells):
            continue
        rows.append({target: " ".join(cells[i].split()) if i < len(cells) else ""
                     for target, i in ((t, columns.get(t, 10**9)) for t in HEADERS)})
    return rows


def template_body() -> str:
    """The body of a new person's page (the shipped template, below its front matter)."""
    from wikidesk.core import frontmatter

    try:
        return frontmatter.parse(resource("templates", "person.md").read_text("utf-8")).body
    except OSError:
        return ""


def template_person() -> dict[str, Any]:
    from wikidesk.core import frontmatter

    try:
        meta = frontmatter.parse(resource("templates", "person.md").read_text("utf-8")).meta
    except OSError:
        meta = {}
    person = meta.get("person")
    return dict(person) if isinstance(person, dict) else {}


def create_person_page(wiki: Wiki, name: str, fields: dict[str, str], *, summary: str = SUMMARY_NEW) -> str:
    """A new person's page from the template, with these fields; returns its page name."""
    page = wiki.create(name, space=PEOPLE_SPACE, body=template_body(), summary=summary)
    person = template_person()
    person.update({k: v for k, v in fields.items() if v})
    saved = wiki.save(page.info, page.doc.body, expected_etag=page.etag, meta_updates={"person": person},
                      summary=summary)
    return saved.info.name


def _profiles(wiki: Wiki) -> list[Profile]:
    out = []
    for rel, _mtime, _size in person_files(wiki.root):
        try:
            out.append(profile_from_text(rel, (wiki.root / rel).read_bytes().decode("utf-8", errors="replace")))
        except OSError:
            continue
    return sorted(out, key=lambda p: p.path.casefold())


def import_csv(wiki: Wiki, path: Path) -> ImportReport:
    """Create or update people pages from the staff list at ``path`` (see the module's notes)."""
    rows = read_rows(path)
    report = ImportReport()
    profiles = _profiles(wiki)
    by_user = {person_key(p.user): p for p in reversed(profiles) if p.user}
    by_name = {person_key(p.name): p for p in reversed(profiles)}
    done: set[str] = set()
    for number, row in enumerate(rows, start=2):
        name = row["name"]
        if not name:
            report.problems.append(f"Line {number} has no name.")
            continue
        try:
            check_title(name)
        except WikiError as exc:
            report.problems.append(f"Line {number}: {exc}")
            continue
        found = (by_user.get(person_key(row["user"])) if row["user"] else None) or by_name.get(person_key(name))
        if found is not None and found.page_id in done:
            report.problems.append(f"Line {number} repeats {name}.")
            continue
        fields = {k: row[k] for k in CSV_FIELDS}
        try:
            if found is None:
                page = create_person_page(wiki, name, fields)
                report.created.append(page)
                created = profile_from_text(page + ".md", (wiki.root / (page + ".md")).read_text("utf-8"))
                done.add(created.page_id)
                by_name[person_key(name)] = created
                if row["user"]:
                    by_user[person_key(row["user"])] = created
                continue
            done.add(found.page_id)
            if _update(wiki, found, name, fields):
                report.updated.append(found.page if found.name == name else f"{PEOPLE_SPACE}/{name}")
            else:
                report.unchanged += 1
        except WikiError as exc:
            report.problems.append(f"Line {number} ({name}): {exc}")
    return report


def _update(wiki: Wiki, profile: Profile, name: str, fields: dict[str, str]) -> bool:
    """Write the list's values that differ from the page; True when something changed."""
    changes = {k: v for k, v in fields.items() if v and v != getattr(profile, k)}
    changed = False
    ref = profile.path
    if name != profile.name:
        renamed = wiki.rename(ref, name)
        ref, changed = renamed.info.path, True
    if changes:
        page = wiki.read(ref)
        person = page.doc.meta.get("person")
        person = dict(person) if isinstance(person, dict) else {}
        person.update(changes)
        wiki.save(page.info, page.doc.body, expected_etag=page.etag, meta_updates={"person": person},
                  summary=SUMMARY_UPDATE)
        changed = True
    return changed
