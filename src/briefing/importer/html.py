"""Saved web pages to plain text, keeping what the page says about itself.

Only the standard library's parser is used. Navigation, scripts and forms are
dropped; block elements become line breaks; the page's own metadata (site name,
headline, publication date, address) is kept for the draft's source.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import quote, urljoin

_SKIP = {
    "script",
    "style",
    "noscript",
    "nav",
    "footer",
    "aside",
    "form",
    "button",
    "svg",
    "iframe",
    "template",
    "select",
    "head",
}
_BLOCK = {
    "p",
    "div",
    "br",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "td",
    "section",
    "article",
    "figure",
    "figcaption",
    "blockquote",
    "table",
    "header",
    "main",
    "dd",
    "dt",
    "hr",
    "address",
    "pre",
}
_HTML_HINT = re.compile(r"<(?:!doctype|html|body|p|div|br|span|a|h[1-6]|article)\b", re.IGNORECASE)


@dataclass
class PageMeta:
    """What a page's head says: site name, headline, date and address (any may be missing)."""

    site_name: str | None = None
    headline: str | None = None
    published: str | None = None
    url: str | None = None
    extra: dict[str, str] = field(default_factory=dict)
    image_alts: list[str] = field(default_factory=list)
    """The alt text of each picture in the article, in order: what the page says it shows."""


def looks_like_html(text: str) -> bool:
    return len(_HTML_HINT.findall(text[:20_000])) >= 2


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.meta = PageMeta()
        self._skipping: list[str] = []
        self._in_title = False
        self._in_h1 = False
        self._title: list[str] = []
        self._h1: list[str] = []
        self._canonical = ""
        self._og_url = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k.lower(): v or "" for k, v in attrs}
        if tag == "meta":
            self._meta(values)
        elif tag == "link" and values.get("rel", "").lower() == "canonical":
            self._canonical = self._canonical or values.get("href", "").strip()
        elif tag == "time" and values.get("datetime"):
            self.meta.extra.setdefault("time", values["datetime"])
        if tag == "title":
            self._in_title = True
        if tag == "img" and not self._skipping and " ".join(values.get("alt", "").split()):
            self.meta.image_alts.append(" ".join(values["alt"].split()))
        if tag in _SKIP and tag != "head":
            self._skipping.append(tag)
        if tag == "h1":
            self._in_h1 = True
        if tag in _BLOCK:
            self.parts.append(
                "\n\n" if tag in {"p", "h1", "h2", "h3", "li", "figcaption"} else "\n"
            )

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        if tag == "h1":
            self._in_h1 = False
        if self._skipping and self._skipping[-1] == tag:
            self._skipping.pop()
        if tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self._title.append(data)
            return
        if self._skipping:
            return
        if self._in_h1:
            self._h1.append(data)
        self.parts.append(data)

    def _meta(self, values: dict[str, str]) -> None:
        key = (values.get("property") or values.get("name") or "").lower()
        content = values.get("content", "").strip()
        if not content:
            return
        if key == "og:site_name":
            self.meta.site_name = content
        elif key in {"og:title", "twitter:title"}:
            self.meta.headline = self.meta.headline or content
        elif key in {"article:published_time", "date", "pubdate", "publish-date", "dc.date"}:
            self.meta.published = self.meta.published or content
        elif key == "og:url":
            self._og_url = content

    def finish(self) -> tuple[str, PageMeta]:
        self.close()
        if not self.meta.headline:
            heading = " ".join("".join(self._h1).split()) or " ".join("".join(self._title).split())
            self.meta.headline = heading or None
        if not self.meta.published and "time" in self.meta.extra:
            self.meta.published = self.meta.extra["time"]
        page = web_address(self._og_url)
        self.meta.url = page or web_address(self._canonical, page)
        return "".join(self.parts), self.meta


_SCHEME = re.compile(r"^https?://", re.IGNORECASE)
MAX_ADDRESS = 2048


def web_address(value: str, page: str | None = None) -> str | None:
    """``value`` as a whole http(s) address a record can hold: a relative or
    protocol-relative one (``/news/1``, ``//host/a``) resolved against ``page`` (or
    taken as https), spaces encoded; None when nothing usable is left."""
    value = value.strip()
    if value.startswith("//"):
        value = "https:" + value
    elif page and not _SCHEME.match(value):
        value = urljoin(page, value)
    found = _SCHEME.match(value)
    if not found:
        return None
    address = found.group().lower() + re.sub(
        r"\s", lambda m: quote(m.group()), value[found.end() :]
    )
    return address if len(address) <= MAX_ADDRESS and len(address) > found.end() else None


def html_to_text(markup: str) -> tuple[str, PageMeta]:
    """The readable text of a page and its metadata."""
    parser = _TextParser()
    parser.feed(markup)
    return parser.finish()
