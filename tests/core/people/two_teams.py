"""Two team wikis with different people, for the tests of people search over all wikis (core, CLI and app).

- team-a: Kari Nordmann's page (user ``kari.nordmann``, unit Plan og bygg, skill GIS), and a page about kartdata
  that Kari wrote;
- team-b: no page for Kari, but a page about kartdata she wrote there too (signed ``kari.nordmann``), and Ola
  Hansen's page (user ``ola.hansen``, unit Beredskap) with two pages about kartdata that he wrote.

Both are registered as the person's wikis (named after their folders).
"""

from __future__ import annotations

from pathlib import Path

from wikidesk.core import wikis
from wikidesk.core.opening import init_wiki
from wikidesk.core.people.csv_import import create_person_page


def make_two_teams(base: Path) -> tuple[Path, Path]:
    a = init_wiki(base / "team-a", user="kari.nordmann")
    create_person_page(a, "Kari Nordmann", {"user": "kari.nordmann", "unit": "Plan og bygg", "skills": "GIS"})
    a.create("Kartdata i plansaker", space="Plan", body="# Kartdata\n\nKartdata fra kommunens kartbase brukes i "
             "plansaker. Slik bestiller du kartdata.\n")
    a.history.close()
    b = init_wiki(base / "team-b", user="kari.nordmann")
    b.create("Kartdata for beredskap", space="Beredskap", body="# Kartdata\n\nKartdata for flom og skred.\n")
    b.user = "ola.hansen"
    create_person_page(b, "Ola Hansen", {"user": "ola.hansen", "unit": "Beredskap"})
    b.create("Kartdata og flomsoner", space="Beredskap", body="# Kartdata og flomsoner\n\nKartdata viser "
             "flomsonene.\n")
    b.create("Kartdata i felt", space="Beredskap", body="# Kartdata i felt\n\nKartdata på nettbrett i felt.\n")
    b.history.close()
    for root in (a.root, b.root):
        wikis.register(root)
    return a.root, b.root
