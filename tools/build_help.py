"""The user guide shipped with the plugin: docs/user-guide.md and docs/workshop.md rendered to help/*.html with the
pictures they show, so the dock's and the plot's Help buttons and every Processing algorithm's help open it offline
(a workshop has no internet). `make help` runs it; `make zip` ships help/.

Headings get GitHub's anchors (the dock links to #analysis, the plot to #the-time-series-plot...), each algorithm
of the Processing table gets its name as anchor (an algorithm's helpUrl is index.html#<name>), links between the
guides point to the other HTML file, and links to files that are not shipped (README, ARCHITECTURE, PERFORMANCE)
point to the repository named in metadata.txt.
Usage: python tools/build_help.py [OUT_DIR]   (default: help/ beside metadata.txt)
"""
import configparser
import html
import os
import re
import shutil
import sys

from markdown_it import MarkdownIt

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PAGES = {"user-guide.md": "index.html", "workshop.md": "workshop.html"}
STYLE = """body{font-family:sans-serif;max-width:60em;margin:1em auto;padding:0 1em;line-height:1.45;color:#222}
img{max-width:100%;border:1px solid #ccc}table{border-collapse:collapse;margin:1em 0}
td,th{border:1px solid #ccc;padding:.3em .5em;vertical-align:top}code{background:#f3f3f3;padding:0 .2em}
pre{background:#f3f3f3;padding:.6em;overflow-x:auto}h1,h2,h3{color:#0b4f8a}nav{font-size:.9em;margin-bottom:1em}"""


def slug(text):
    """GitHub's heading anchor: lower case, punctuation dropped, spaces to hyphens."""
    return re.sub(r"[^\w\- ]", "", text.strip().lower()).replace(" ", "-")


def repository():
    meta = configparser.ConfigParser(interpolation=None)
    meta.read(os.path.join(ROOT, "metadata.txt"), encoding="utf-8")
    return meta["general"]["repository"].rstrip("/")


def rewrite_link(target, online):
    """A link of the Markdown, as the shipped HTML needs it."""
    if re.match(r"^[a-z]+:", target) or target.startswith("#"):
        return target
    path, _, anchor = target.partition("#")
    name = os.path.basename(path)
    if name in PAGES and os.path.dirname(os.path.normpath(path)) in ("", "."):
        return PAGES[name] + ("#" + anchor if anchor else "")
    if path.endswith((".png", ".jpg", ".svg")):
        return path
    # not shipped: the repository's copy (docs/ is the guides' folder)
    where = os.path.normpath(os.path.join("docs", path)).replace(os.sep, "/")
    return "{}/blob/main/{}".format(online, where) + ("#" + anchor if anchor else "")


def render(text, online):
    """(HTML body, [pictures it shows]) of one guide."""
    md = MarkdownIt("commonmark").enable("table")
    tokens = md.parse(text)
    pictures = []
    for i, token in enumerate(tokens):
        if token.type == "heading_open":
            token.attrSet("id", slug(tokens[i + 1].content))
        if token.type == "td_open" and tokens[i + 1].type == "inline":
            algorithm = re.fullmatch(r"`clms_egms:(\w+)`", tokens[i + 1].content.strip())
            if algorithm:
                token.attrSet("id", algorithm.group(1))
        for child in token.children or ():
            if child.type == "link_open":
                child.attrSet("href", rewrite_link(child.attrGet("href"), online))
                if re.fullmatch(r"[\w/.-]+\.png", child.attrGet("href")):
                    pictures.append(child.attrGet("href"))
            elif child.type == "image":
                pictures.append(child.attrGet("src"))
    return md.renderer.render(tokens, md.options, {}), pictures


def build(out):
    online = repository()
    os.makedirs(out, exist_ok=True)
    docs = os.path.join(ROOT, "docs")
    for source, target in PAGES.items():
        with open(os.path.join(docs, source), encoding="utf-8") as f:
            text = f.read()
        body, pictures = render(text, online)
        title = html.escape(text.splitlines()[0].lstrip("# ").strip())
        nav = " · ".join('<a href="{}">{}</a>'.format(t, n) for n, t in (("User guide", "index.html"),
                                                                         ("Workshops", "workshop.html")))
        with open(os.path.join(out, target), "w", encoding="utf-8") as f:
            f.write('<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>{} – CLMS &amp; EGMS for '
                    'QGIS</title><style>{}</style></head><body><nav>{}</nav>\n{}</body></html>\n'.format(
                        title, STYLE, nav, body))
        for picture in pictures:
            source_path = os.path.normpath(os.path.join(docs, picture))
            if not source_path.startswith(docs + os.sep) or not os.path.isfile(source_path):
                sys.exit("{}: picture {} not found in docs/".format(source, picture))
            os.makedirs(os.path.dirname(os.path.join(out, picture)), exist_ok=True)
            shutil.copyfile(source_path, os.path.join(out, picture))


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "help"))
