"""One client process of the people tests: ``python tests/people/client.py ROOT USER SHARE STEPS_JSON``.

Opens (or makes and connects) the wiki at ROOT as USER and runs the steps in order, each one of
``{"op": "new", "title", "space", "body", "tags"}``, ``{"op": "append", "page", "text"}``,
``{"op": "rename", "page", "title"}``, ``{"op": "person", "name", "person", "body"}`` (a people page from the
template), ``{"op": "import", "csv"}`` and ``{"op": "sync"}`` (a real round through the shared folder).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from wikidesk.core.opening import init_wiki, open_wiki
from wikidesk.core.people.csv_import import create_person_page, import_csv
from wikidesk.core.sync import SyncEngine, connect_share


def main(argv: list[str]) -> int:
    root, user, share, steps = Path(argv[0]), argv[1], argv[2], json.loads(argv[3])
    if (root / ".wikidesk").is_dir():
        wiki = open_wiki(root, user=user)
    else:
        wiki = init_wiki(root, user=user)
        connect_share(wiki, share)
    for step in steps:
        op = step["op"]
        if op == "new":
            wiki.create(step["title"], space=step.get("space", ""), tags=step.get("tags", ()), body=step["body"])
        elif op == "append":
            page = wiki.read(step["page"])
            wiki.save(page.info, page.doc.body + step["text"], expected_etag=page.etag)
        elif op == "rename":
            wiki.rename(step["page"], step["title"])
        elif op == "person":
            name = create_person_page(wiki, step["name"], step.get("person", {}))
            if step.get("body"):
                page = wiki.read(name)
                wiki.save(page.info, page.doc.body + step["body"], expected_etag=page.etag,
                          meta_updates={"person": {**page.doc.meta["person"], **step.get("extra", {})}})
        elif op == "import":
            report = import_csv(wiki, Path(step["csv"]))
            print(json.dumps(report.to_json()))
        elif op == "sync":
            report = SyncEngine(wiki, mirror_grace=0.0).run()
            if report.status != "synced":
                raise SystemExit(f"sync failed: {report.message}")
        else:
            raise SystemExit(f"unknown step {op}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
