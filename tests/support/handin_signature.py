"""Structural signatures of the graders' rendering and of GitHub's.

Reads JSON from stdin: a list of {"markdown": str, "githubHtml": str}. Renders
each markdown with Python-Markdown (no extensions, as the course's report.py
does) and writes, for both renderings, the sequence of structural tags: lists
and items, code blocks, links, tables, headings, struck text and checkboxes.
"""

import json
import sys
from html.parser import HTMLParser

import markdown

STRUCTURAL = {"ul", "ol", "li", "pre", "a", "table", "h1", "h2", "h3", "h4", "h5", "h6", "del", "s", "strike"}


class Signature(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tokens = []

    def handle_starttag(self, tag, attrs):
        if tag in STRUCTURAL:
            self.tokens.append(tag)
        elif tag == "input" and dict(attrs).get("type") == "checkbox":
            self.tokens.append("checkbox")

    def handle_endtag(self, tag):
        if tag in STRUCTURAL:
            self.tokens.append("/" + tag)


def signature(html):
    parser = Signature()
    parser.feed(html)
    parser.close()
    return parser.tokens


def main():
    items = json.load(sys.stdin)
    out = []
    for item in items:
        handin = markdown.markdown(item["markdown"])
        out.append({"handin": signature(handin), "github": signature(item["githubHtml"]), "handinHtml": handin})
    json.dump(out, sys.stdout)


main()
