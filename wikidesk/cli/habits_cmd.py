"""The habits commands (issue 22): changes, watch, unwatch, watched, bookmark, bookmarks, garden, and the
``tags rename`` / ``tags merge`` subcommands (``tags`` alone lists tags as before)."""

from __future__ import annotations

import argparse
import datetime as dt

from wikidesk.cli import output, page_cmd
from wikidesk.core import gc_pause
from wikidesk.core.errors import InvalidNameError, NotFoundError
from wikidesk.core.habits import bookmarks, changes, garden, tag_edit, watch
from wikidesk.core.wiki import Wiki


def since_arg(text: str) -> str:
    """``--since``: a date (2026-03-01) or a time with offset (2026-03-01T08:00+01:00), as the UTC form history's
    times are written in, for comparing."""
    try:
        if len(text.strip()) == 10:
            return dt.date.fromisoformat(text.strip()).isoformat()
        when = dt.datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}” is not a date (2026-03-01) or a time (2026-03-01T08:00)") \
            from None
    if when.tzinfo is None:
        when = when.astimezone()
    return when.astimezone(dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def cmd_changes(args: argparse.Namespace, wiki: Wiki) -> int:
    listed = changes.recent(wiki, limit=args.limit if args.limit > 0 else None, since=args.since, space=args.space,
                            author=args.author)
    if args.json:
        output.emit_json({"changes": [c.to_json() for c in listed]})
        return 0
    for c in listed:
        rev = c.revision
        when = _local(rev.time)
        diff = f"  diff: {c.previous[:10]} {rev.id[:10]}" if c.previous else f"  rev: {rev.id[:10]}"
        mark = " (incoming)" if c.incoming else ""
        print(f"{when}  {rev.author:<16}  {c.kind:<6}  {c.name}  {rev.summary or '-'}{mark}{diff}")
    if not listed:
        print("No changes.")
    return 0


def _local(utc: str) -> str:
    try:
        return dt.datetime.fromisoformat(utc.replace("Z", "+00:00")).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return utc


def cmd_watch(args: argparse.Namespace, wiki: Wiki) -> int:
    kind, shown, added = watch.watch(wiki, args.target, space=True if args.space else None)
    what = "space" if kind == "space" else "page"
    print(f"Watching the {what} {shown}." if added else f"You already watch the {what} {shown}.")
    return 0


def cmd_unwatch(args: argparse.Namespace, wiki: Wiki) -> int:
    _kind, shown, removed = watch.unwatch(wiki, args.target, space=True if args.space else None)
    if not removed:
        raise NotFoundError(f"You do not watch {shown}.")
    print(f"No longer watching {shown}.")
    return 0


def cmd_watched(args: argparse.Namespace, wiki: Wiki) -> int:
    items = watch.watched(wiki)
    chosen = watch.targets(wiki)
    if args.json:
        output.emit_json({"watching": [{"kind": t.kind, "ref": t.ref} for t in chosen],
                          "pages": [w.to_json() for w in items],
                          "changed": sum(1 for w in items if w.unseen)})
        return 0
    if not chosen:
        print("You watch no pages or spaces (wikidesk watch PAGE_OR_SPACE).")
        return 0
    for space in (t.ref for t in chosen if t.kind == "space"):
        print(f"space {space or '(the whole wiki)'}/")
    for w in items:
        if w.unseen:
            who = ", ".join(sorted({r.author for r in w.unseen}, key=str.casefold))
            news = output.count(len(w.unseen), "change", "changes") + f" since you looked ({who})"
        else:
            news = "no changes since you looked"
        print(f"{w.name}  {news}" + ("  (deleted)" if w.deleted else ""))
    return 0


def cmd_bookmark(args: argparse.Namespace, wiki: Wiki) -> int:
    info = wiki.find(args.page)
    if args.remove:
        if not bookmarks.remove(wiki, info.page_id):
            raise NotFoundError(f"{info.name} is not bookmarked.")
        print(f"Removed the bookmark of {info.name}.")
    else:
        added = bookmarks.add(wiki, info)
        print(f"Bookmarked {info.name}." if added else f"{info.name} is bookmarked already.")
    return 0


def cmd_bookmarks(args: argparse.Namespace, wiki: Wiki) -> int:
    marks = bookmarks.bookmarks(wiki, wiki.pages())
    if args.json:
        output.emit_json({"bookmarks": [m.to_json() for m in marks]})
    else:
        for m in marks:
            print(m.page.name if m.page else f"{m.page_id}  (deleted)")
    return 0


def cmd_garden(args: argparse.Namespace, wiki: Wiki) -> int:
    if args.months < 1:
        raise InvalidNameError("--months must be 1 or more.")
    with gc_pause.paused():  # the report keeps what it makes a page until it ends: collections would walk it all
        result = garden.report(wiki, months=args.months)
        if args.json:
            output.emit_json(result.to_json())
            return 0
    sections = [
        ("Wanted pages (linked to, missing)", [f"{w.target}  ({output.count(w.count, 'link', 'links')}: "
                                              + ", ".join(p.name for p in w.pages) + ")" for w in result.wanted]),
        ("Pages nothing links to", [p.name for p in result.orphans]),
        (f"Not edited for {output.count(result.months, 'month', 'months')}",
         [f"{p.name}  (last edited {_local(when)[:10]})" for p, when in result.stale]),
        ("Pages without tags", [p.name for p in result.untagged]),
        ("Empty pages", [p.name for p in result.empty]),
        ("Pages in conflict", [p.name for p in result.conflicts]),
        ("Near-duplicate titles", [" ≈ ".join(p.name for p in group) for group in result.duplicates]),
    ]
    for title, lines in sections:
        print(f"{title}: {len(lines)}")
        for line in lines:
            print(f"  {line}")
    return 0


def cmd_tags(args: argparse.Namespace, wiki: Wiki) -> int:
    """``tags [--json]`` lists tags (as always); ``tags rename OLD NEW`` and ``tags merge A B`` change them."""
    words = list(args.words or [])
    if not words:
        return page_cmd.cmd_tags(args, wiki)
    action = words[0].casefold()
    if action not in ("rename", "merge") or len(words) != 3:
        raise InvalidNameError("Use: wikidesk tags [--json], wikidesk tags rename OLD NEW, wikidesk tags merge A B.")
    old, new = words[1], words[2]
    report = tag_edit.rename(wiki, old, new) if action == "rename" else tag_edit.merge(wiki, old, new)
    if args.json:
        output.emit_json(report.to_json())
    else:
        verb = "Renamed" if action == "rename" else "Merged"
        print(f"{verb} #{report.old} {'to' if action == 'rename' else 'into'} #{report.new} on "
              + output.count(len(report.changed), "page", "pages") + ".")
        for info, places in report.changed:
            print(f"  {info.name}  ({output.count(places, 'place', 'places')})")
    if report.failed:
        output.error(f"{output.count(len(report.failed), 'page was', 'pages were')} not changed.",
                     [f"{p.name}: {why}" for p, why in report.failed])
        return 1
    return 0
