"""Page commands: init, new, write, show, list, rename, delete, links, tags, attach."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from wikidesk.cli import history_cmd, output, sync_cmd
from wikidesk.core import frontmatter, links
from wikidesk.core.errors import InvalidNameError, NotFoundError, StorageError, WikiError
from wikidesk.core.opening import init_wiki
from wikidesk.core.settings import Settings
from wikidesk.core.wiki import Wiki


def read_input(path: str | None) -> str:
    """Text from a file or stdin, as UTF-8 (a BOM is accepted)."""
    try:
        data = sys.stdin.buffer.read() if path in (None, "-") else Path(path).read_bytes()
    except OSError as exc:
        raise StorageError(f"Could not read {path}: {exc.strerror or exc}.") from exc
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise WikiError("The input is not UTF-8 text; save it as UTF-8 and try again.") from exc


def cmd_init(args: argparse.Namespace, _wiki: Wiki | None) -> int:
    wiki = init_wiki(args.dir, user=args.user)
    settings = Settings.load()
    if not settings.get("wiki_path"):
        settings.set("wiki_path", str(wiki.root))
        if args.user:
            settings.set("user_name", args.user)
        settings.save()
    if args.share:
        sync_cmd.connect_share(wiki, args.share)
    from wikidesk.core import wikis

    wikis.register(wiki.root, share=args.share or None)
    print(f"Wiki ready in {wiki.root}")
    return 0


def cmd_new(args: argparse.Namespace, wiki: Wiki) -> int:
    if getattr(args, "template", None):
        from wikidesk.core.habits import templates

        if args.file:
            raise InvalidNameError("Give either --template or --file, not both.")
        page = templates.create(wiki, args.title, templates.find(wiki, args.template), space=args.space,
                                tags=args.tag)
    else:
        body = read_input(args.file) if args.file else ""
        page = wiki.create(args.title, space=args.space, tags=args.tag, body=body)
    if args.json:
        output.emit_json(output.page_json(page.info))
    else:
        print(page.info.name)
    return 0


def cmd_write(args: argparse.Namespace, wiki: Wiki) -> int:
    text = read_input(args.file)
    try:
        info = wiki.find(args.page)
    except NotFoundError:
        if not args.create:
            raise
        space, _, title = args.page.strip("/").rpartition("/")
        page = wiki.create(title, space=space, body="")
        info = page.info
    page = wiki.write_text(info, text, summary=args.summary)
    problem = frontmatter.parse(text).error
    if problem:  # stored, every line of it; say why the header lines now show as text
        output.error(f"note: {problem}")
    print(page.info.name)
    return 0


def cmd_show(args: argparse.Namespace, wiki: Wiki) -> int:
    if args.rev:
        return history_cmd.show_revision(args, wiki)
    page = wiki.read(args.page)
    if args.html:
        sys.stdout.write(links.parse(wiki, page).html)
    else:
        sys.stdout.buffer.write(wiki.read_bytes(page.info.path))
    sys.stdout.flush()
    return 0


def cmd_list(args: argparse.Namespace, wiki: Wiki) -> int:
    pages = wiki.pages()
    if args.space:
        prefix = args.space.strip("/").casefold()
        pages = [p for p in pages if p.space.casefold() == prefix or p.space.casefold().startswith(prefix + "/")]
    if args.json:
        output.emit_json({"pages": [output.page_json(p) for p in pages]})
    else:
        width = max((len(p.name) for p in pages), default=0)
        for p in pages:
            print(f"{p.name:<{width}}  {p.title}" if p.title != p.name.rsplit("/", 1)[-1] else p.name)
    return 0


def cmd_rename(args: argparse.Namespace, wiki: Wiki) -> int:
    page = wiki.rename(args.page, args.new_title, new_space=args.space)
    print(page.info.name)
    return 0


def cmd_delete(args: argparse.Namespace, wiki: Wiki) -> int:
    info = wiki.delete(args.page)
    print(f"Deleted {info.name}")
    return 0


def cmd_links(args: argparse.Namespace, wiki: Wiki) -> int:
    page = wiki.read(args.page)
    out = links.outgoing(wiki, page)
    back = links.backlinks(wiki, page.info)
    if args.json:
        output.emit_json(
            {
                "page": page.info.name,
                "outgoing": [
                    {
                        "target": link.target,
                        "label": link.label,
                        "heading": link.heading,
                        "exists": link.page is not None,
                        "page": link.page.name if link.page else None,
                    }
                    for link in out
                ],
                "backlinks": [{"page": p.name, "title": p.title} for p in back],
            }
        )
        return 0
    print("Links from this page:")
    for link in out:
        print(f"  {link.target}{'#' + link.heading if link.heading else ''}" + ("" if link.page else "  (missing)"))
    print("Pages that link here:")
    for p in back:
        print(f"  {p.name}")
    return 0


def cmd_tags(args: argparse.Namespace, wiki: Wiki) -> int:
    by_tag = links.tags(wiki)
    if args.json:
        output.emit_json(
            {"tags": [{"tag": t, "count": len(ps), "pages": [p.name for p in ps]} for t, ps in by_tag.items()]}
        )
    else:
        for tag, pages in by_tag.items():
            print(f"#{tag}  ({len(pages)})")
    return 0


def cmd_attach(args: argparse.Namespace, wiki: Wiki) -> int:
    source = Path(args.file)
    try:
        data = source.read_bytes()
    except OSError as exc:
        raise StorageError(f"Could not read {source}: {exc.strerror or exc}.") from exc
    name = wiki.attach(args.page, args.name or source.name, data)
    print(name)
    return 0



