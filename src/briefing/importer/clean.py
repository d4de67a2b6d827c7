"""From a stored article (text or HTML) to its paragraphs, with what the page says about itself.

Reports reach analysts with page furniture: font-size widgets (``+ ↺ − 16 px``), crawl
lines (``date 2025-04-21``), photo credits, agency sign-offs (``News.Az``), datelines
(``BAKU, May 7 (Trend) —``), repeated headlines, share buttons and stray markup.
Cleaning removes them from the text and keeps what they tell: the article's date,
its publisher, its headline and the photo credits.
"""

from __future__ import annotations

import contextlib
import html
import re
from dataclasses import dataclass, field, replace
from datetime import date

from briefing.importer.dates import full_date, month_number
from briefing.importer.gazetteer import is_place_word
from briefing.importer.html import html_to_text, looks_like_html, web_address
from briefing.importer.vocab import is_vocabulary


@dataclass(frozen=True)
class Photo:
    credit: str | None
    caption: str | None
    line: str
    """The line of the article it was read from."""
    alt: str | None = None
    """The page's alt text for the picture, when it gave one."""


@dataclass(frozen=True)
class Publisher:
    """A publisher named by the page: by a sign-off, the site's name, a dateline or a byline."""

    name: str
    line: str
    kind: str


@dataclass
class Cleaned:
    paragraphs: list[str]
    headline: str | None = None
    article_date: date | None = None
    date_evidence: str | None = None
    publishers: list[Publisher] = field(default_factory=list)
    photos: list[Photo] = field(default_factory=list)
    url: str | None = None
    dateline_month_day: tuple[int, int] | None = None
    dateline_place: str | None = None


_CRAWL = re.compile(r"^\s*date (\d{4}-\d\d-\d\d)\b\s*")
_WIDGET = re.compile(r"\+\s*↺\s*[−–-]\s*\d+\s*px|\bA\s*[−-]?\s*A\s*A\+?(?=\s|$)")
_TAG = re.compile(r"</?[A-Za-z][^<>]{0,300}>")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")
_BOILERPLATE = re.compile(
    r"""^(?:none|null|undefined|loading\.*|latest(?:\s+see\s+more)?|see\s+more|currently\s+reading
    |read\s+(?:more|comments|also.*)|comments\s+are\s+closed\.?|leave\s+a\s+reply
    |your\s+email\s+address\s+will\s+not\s+be\s+published.*|join\s+our\s+whatsapp.*
    |follow\s+us\s+on\s+.*|share:?|print(?:\s+version)?|views:\s*\d+|recommend\s+news\s+to\s+friend
    |advertising|advertisement|feedback|others|back|whatsapp|what\s+do\s+you\s+think\?
    |left\s+menu|\(end\)|continue\s+reading\.*|media\s+enquiries|tag:.*|\d{1,6}
    |[-–—_=*•·]{2,}|[•·]\s*your\s+.*|source:?\s*|photo\s*\d*
    |subscribe.*|sign\s+up.*|log\s*in|register|home|menu|search|top|in\s+this\s+section
    |kaynak:.*|this\s+news\s+has\s+been\s+read.*|previous\s+and\s+next\s+news|contact\s+us
    |yandex\s+metrika\s+counter|[|\s]+)$""",
    re.IGNORECASE | re.VERBOSE,
)
_END_OF_ARTICLE = re.compile(
    r"^(?:other\s+news|related\s+(?:articles|news|stories)|more\s+stories.*|most\s+popular"
    r"|latest\s+in\b.*|next\s+in\b.*|you\s+may\s+also\s+like.*"
    r"|recommended.*|trending.*)$",
    re.IGNORECASE,
)
_READ_ALSO = re.compile(r"^(?:read\s+also|also\s+read|see\s+also|read\s+more)\s*:?$", re.IGNORECASE)
"""A box of links inside the article: its headlines go, the text after it stays."""
_LANGUAGES = re.compile(r"^[A-Z]{2}(?:\s+[A-Z]{2}){0,5}$")
_COPYRIGHT = re.compile(
    r"^(?:copyright|©)\s*(?:©\s*)?(?:\(c\)\s*)?(?:\d{4}\s*)?(?:by\s+)?(?P<owner>[A-Z][^,|.]{2,40}?)"
    r"(?:[,.|]|\s+all\s+rights|$)",
    re.IGNORECASE,
)
_GLUED = re.compile(r"\b(?P<left>[A-Z][a-z]{2,})(?P<right>[A-Z][a-z]{2,})\b")
_URL_LINE = re.compile(r"^URL:\s*(https?://\S+)$", re.IGNORECASE)
_CREDIT_LINE = re.compile(
    r"^(?:photos?|images?|pictures?|photo\s+credit|image\s+credit|credit)\s*:\s*(?P<credit>.+)$"
    r"|^©\s*(?P<copy>.+)$",
    re.IGNORECASE,
)
_CAPTION_CREDIT = re.compile(
    r"^(?P<caption>.{10,}?)\s*\((?:photo|image)s?\s*:\s*(?P<credit>[^)]+)\)\.?$", re.IGNORECASE
)
_CAPTION_MARK = re.compile(r"\s[-–]\s*ảnh\s*\d+$", re.IGNORECASE)
_SITE = re.compile(
    r"^(?:www\.)?[A-Za-z][\w-]*\.(?:az|com|net|org|ru|kz|uz|am|ge|vn|in|pk|lk|uk|info|news|tv|io"
    r"|us|eu|tr|ir|iq)(?:\s*/\s*.*)?$",
    re.IGNORECASE,
)
_BYLINE = re.compile(
    r"^By\s+(?P<who>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})"
    r"(?:\s*[–—-]\s*(?P<agency>[A-Z][^:]{1,40}))?:?$"
)
_TIME = re.compile(r"\b\d{1,2}:\d\d\b")
_COMMA_YEAR = re.compile(r"(?<=[A-Za-z]),(?=\d{4}\b)")
"""A year glued to its month by a comma: "01 August,2024"."""
_TRAILING_AGENCY = re.compile(r"\s+[–—-]{1,2}\s*(?P<agency>[A-Z][A-Za-z.]{1,20})\s*$")
_NO_SPACE_AFTER_STOP = re.compile(r"(?<=[a-z][.!?])(?=[A-Z][a-z])")
_DOMAIN_WORD = re.compile(
    r"\b([A-Z][a-z]+)\.(Az|az|AZ|com|Com|net|org|ru|kz|uz|am|ge|vn|lk|pk|tv|info|news)\b"
)

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_WEEKDAY = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s*)?"
"""A weekday a dateline may give before its date; the date says the same."""
_DATELINES = [
    # (MENAFN- Trend News Agency) · (VOVworld) –
    re.compile(
        r"^\((?:MENAFN-\s*)?(?P<agency>[A-Z][^()]{1,40}(?:\([A-Z]+\))?)\)\s*(?:[–—-]{1,2}\s*)?"
    ),
    # BAKU, May 7 (Trend) — · KUWAIT, Feb 22 (KUNA) -- · Islamabad, February 18, 2021 (PPI-OT):
    # · Havana, Aug 23 (Prensa Latina) Vice President …
    re.compile(
        rf"^(?P<place>[A-Z][A-Za-z .'-]{{1,30}}?)(?:,\s*[A-Z][A-Za-z ]{{1,30}})?,\s*"
        rf"(?P<month>{_MONTH})\s+(?P<day>\d{{1,2}})(?:,\s*(?P<year>\d{{4}}))?\s*"
        rf"\((?P<agency>[^)]{{2,30}})\)\s*(?:[–—:]|-{{1,2}})?\s*"
    ),
    # BAKU, Azerbaijan, August 25. · Tashkent, Uzbekistan, Apr. 7
    re.compile(
        rf"^(?P<place>[A-Z][A-Za-z-]+(?: [A-Z][A-Za-z-]+)?),\s*[A-Z][A-Za-z ]+,\s*"
        rf"(?P<month>{_MONTH})\s+(?P<day>\d{{1,2}})(?:,\s*(?P<year>\d{{4}}))?(?:\.\s*|\s*$)"
    ),
    # Baku. 13 September. REPORT.AZ/
    re.compile(
        rf"^(?P<place>[A-Z][a-z]+)\.\s*(?P<day>\d{{1,2}})\s+(?P<month>{_MONTH})\.?\s*"
        rf"(?P<agency>[A-Z][A-Z.]+)/\s*"
    ),
    # New Delhi [India], May 18 :
    re.compile(
        rf"^(?P<place>[A-Z][A-Za-z ]+?)\s*\[[A-Za-z ]+\],\s*(?P<month>{_MONTH})\s+"
        rf"(?P<day>\d{{1,2}})\s*:\s*"
    ),
    # Asmara, 22 April 2017 - · ISLAMABAD, Wednesday, 2 August 2023 - · ROME, 12 May 2023 (ANSA) –
    re.compile(
        rf"^(?P<place>[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?),\s*{_WEEKDAY}(?P<day>\d{{1,2}})\s+"
        rf"(?P<month>{_MONTH})\s+(?P<year>\d{{4}})\s*(?:\((?P<agency>[^)]{{2,30}})\)\s*)?[-–—:]\s*"
    ),
    # Bishkek, Nov. 3, 2022. /Kabar/.
    re.compile(
        rf"^(?P<place>[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?),\s*(?P<month>{_MONTH})\s+"
        rf"(?P<day>\d{{1,2}}),\s*(?P<year>\d{{4}})\.?\s*/(?P<agency>[^/]{{2,40}})/\.?\s*"
    ),
    # DUSHANBE, 18.04.2024 /NIAT «Khovar»/. · BISHKEK, 03.05.2023 (Kabar) -
    re.compile(
        r"^(?P<place>[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?),\s*(?P<day>\d{1,2})\.(?P<month>\d{1,2})\."
        r"(?P<year>\d{4})\s*(?:/(?P<agency>[^/]{2,40})/|\((?P<paren>[^)]{2,30})\))?\s*[.:–—-]?\s*"
    ),
    # COLOMBO, March 5, 2024 - · Nairobi, Tuesday, June 13, 2023 —
    re.compile(
        rf"^(?P<place>[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?),\s*{_WEEKDAY}(?P<month>{_MONTH})\s+"
        rf"(?P<day>\d{{1,2}}),\s*(?P<year>\d{{4}})\s*[-–—:]\s*"
    ),
    # OREANDA-NEWS. March 13, 2009.
    re.compile(
        rf"^(?P<agency>[A-Z][A-Z]+(?:-[A-Z]+)*)\.\s*(?P<month>{_MONTH})\s+(?P<day>\d{{1,2}}),\s*"
        rf"(?P<year>\d{{4}})\.\s*"
    ),
    # NUR-SULTAN. KAZINFORM – · ASTANA. KAZINFORM -
    re.compile(r"^(?P<place>[A-Z][A-Z -]{2,30})\.\s*(?P<agency>[A-Z][A-Z]{2,20})\s*[–—-]{1,2}\s*"),
    # PRAGUE: · CHENGDU, China: · KUWAIT - · MONROVIA, LIBERIA-
    re.compile(
        r"^(?P<place>[A-Z][A-Z'-]{2,}(?: [A-Z][A-Z'-]{2,})?)(?:,\s*[A-Z][a-z]+)?\s*[:–—]\s*"
        r"|^(?P<city>[A-Z][A-Z'-]{2,}(?: [A-Z][A-Z'-]{2,})?),\s*[A-Z]{3,}(?: [A-Z]{3,})?-\s*"
    ),
]


def clean(raw: str) -> Cleaned:
    """The article's paragraphs without page furniture, and the facts the furniture gave."""
    url = None
    headline_hint = None
    publishers: list[Publisher] = []
    text = raw.replace("\r\n", "\n").replace("\r", "\n")
    crawl = _CRAWL.match(text)
    article_date = date.fromisoformat(crawl.group(1)) if crawl else None
    evidence = crawl.group(0).strip() if crawl else None
    if crawl:
        text = text[crawl.end() :]
    alts: list[str] = []
    if looks_like_html(text):
        text, meta = html_to_text(text)
        alts = meta.image_alts
        url, headline_hint = meta.url, meta.headline
        if meta.site_name:
            publishers.append(Publisher(meta.site_name, f"<meta> {meta.site_name}", "site"))
        if meta.published and article_date is None:
            article_date = full_date(meta.published)
            evidence = meta.published
    text = html.unescape(_TAG.sub(" ", text))
    text = _INVISIBLE.sub("", text)
    text = _WIDGET.sub(" ", text)
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    result = Cleaned(paragraphs=[], url=url, publishers=publishers)
    result.article_date, result.date_evidence = article_date, evidence
    blocks = _blocks(_strip_lines(lines, result))
    _take_alts(alts, result)
    _take_signoff(blocks, result)
    _take_headline(blocks, result, headline_hint)
    while blocks:
        rest = _take_dateline(blocks[0], result)
        if rest:
            blocks[0] = rest
            break
        blocks.pop(0)
    result.paragraphs = [
        _repair(b) for b in blocks if b and (_is_sentence(b) or len(b.split()) >= 8)
    ]
    return result


def _take_alts(alts: list[str], result: Cleaned) -> None:
    """Give the page's pictures their alt text, in order; a picture with alt text but no
    credit or caption line is a photo too."""
    for index, alt in enumerate(alts):
        line = f'<img alt="{alt}">'
        if index < len(result.photos):
            result.photos[index] = replace(result.photos[index], alt=alt)
        else:
            result.photos.append(Photo(None, None, line, alt))


def _strip_lines(lines: list[str], result: Cleaned) -> list[str]:
    """Drop furniture line by line; record dates, credits, bylines and sites on the way."""
    kept: list[str] = []
    timestamp: tuple[date, str] | None = None
    bare_date: tuple[date, str] | None = None
    in_box = False
    for line in lines:
        line = line.lstrip("•·▪► ").strip()
        if not line:
            kept.append("")
            continue
        if _READ_ALSO.match(line):
            in_box = True
            continue
        if in_box and (line.startswith(("- ", "– ")) or not _is_sentence(line)):
            continue
        in_box = False
        if _END_OF_ARTICLE.match(line):
            if any(_is_sentence(k) for k in kept):
                break
            continue  # a "Read also" box above the article's first sentence
        if url := _URL_LINE.match(line):
            result.url = result.url or web_address(url.group(1))
            continue
        credit = _CREDIT_LINE.match(line)
        if credit and len(line) < 120:
            value = (credit["credit"] or credit["copy"] or "").strip().rstrip(".")
            result.photos.append(Photo(value or None, None, line))
            continue
        caption = _CAPTION_CREDIT.match(line)
        if caption and len(line) < 250:
            result.photos.append(Photo(caption["credit"].strip(), caption["caption"].strip(), line))
            continue
        if _CAPTION_MARK.search(line):
            continue
        if _BOILERPLATE.match(line) or _LANGUAGES.match(line):
            continue
        copyright_ = _COPYRIGHT.match(line)
        if copyright_:
            result.publishers.append(Publisher(copyright_["owner"].strip(), line, "copyright"))
            continue
        byline = _BYLINE.match(line)
        if byline and len(line) < 80:
            agency = (byline["agency"] or "").strip()
            who = byline["who"].strip()
            if agency:
                result.publishers.append(Publisher(agency, line, "byline"))
            elif len(who.split()) == 1:
                result.publishers.append(Publisher(who, line, "byline"))
            continue
        if _SITE.match(line) and len(line) < 60:
            result.publishers.append(Publisher(_site_name(line), line, "site"))
            continue
        stamp = full_date(_COMMA_YEAR.sub(", ", line))
        if stamp and (
            _is_date_line(re.sub(r"[|]+", " ", line)) or _is_date_line(line.split("|")[0])
        ):  # "01 August,2024 09:08 PM IST | Mumbai | mid-day online correspondent"
            if _TIME.search(line) and timestamp is None:
                timestamp = (stamp, line)
                for part in re.split(r"\s*\|\s*", line):
                    if _SITE.match(part):
                        result.publishers.append(Publisher(_site_name(part), line, "site"))
            elif bare_date is None:
                bare_date = (stamp, line)
            continue
        if _is_navigation(line):
            continue
        kept.extend(_unglue(line))
    if result.article_date is None:
        chosen = timestamp or bare_date
        if chosen:
            result.article_date, result.date_evidence = chosen
    return kept


def _is_navigation(line: str) -> bool:
    """ "Help | Sitemap | Archive | Advanced Search |": menus, not text."""
    parts = [p.strip() for p in line.split("|")]
    return len(parts) >= 3 and all(len(p.split()) <= 4 for p in parts)


def _unglue(line: str) -> list[str]:
    """A headline glued to the text by a crawler ("Foreign MinisterChilean President …")."""
    match = _GLUED.search(line)
    if match and match.start() < 150 and is_vocabulary(match["left"]):
        split = match.start("right")
        return [line[:split], line[split:]]
    return [line]


def _site_name(line: str) -> str:
    name = re.split(r"\s*[/|]\s*", line)[0]
    return re.sub(r"^www\.", "", name, flags=re.IGNORECASE)


def _is_date_line(line: str) -> bool:
    """A line that holds a date and little else (a byline timestamp, a site's date header)."""
    line = re.sub(r"\b[A-Za-z]+\.[a-z]{2,3}\b", " ", line)  # the site: "Agenda.ge, 25 Mar 2023"
    words = re.sub(r"[\d:|/(),.+-]|UTC|GMT|IST|MYT|[AaPp]\.?[Mm]\.?\b", " ", line).split()
    rest = [
        w
        for w in words
        if month_number(w) is None and w.lower() not in _DATE_WORDS and not is_place_word(w)
    ]
    return len(rest) <= 3 and len(line) < 80


_DATE_WORDS = {
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "mon",
    "tue",
    "wed",
    "thu",
    "fri",
    "sat",
    "sun",
    "updated",
    "published",
    "posted",
    "created",
    "st",
    "nd",
    "rd",
    "th",
    "ago",
    "minutes",
    "hours",
    "on",
    "at",
}


def _blocks(lines: list[str]) -> list[str]:
    """Group lines into paragraphs; hard-wrapped text (lines cut mid-sentence) is rejoined."""
    groups: list[list[str]] = [[]]
    for line in lines:
        if line:
            groups[-1].append(line)
        elif groups[-1]:
            groups.append([])
    blocks: list[str] = []
    for group in groups:
        if not group:
            continue
        open_ends = sum(
            1 for line in group[:-1] if not line.endswith((".", "!", "?", ":", '"', "”"))
        )
        wrapped = len(group) >= 3 and open_ends >= 0.6 * (len(group) - 1)
        if wrapped:
            blocks.append(" ".join(group))
            continue
        current = group[0]
        for line in group[1:]:
            if line[:1].islower() and not current.endswith((".", "!", "?")):
                current = f"{current} {line}"
            else:
                blocks.append(current)
                current = line
        blocks.append(current)
    return blocks


def _is_sentence(block: str) -> bool:
    return block.endswith((".", "!", "?", '."', ".”", "’")) or len(block.split()) > 25


def _take_headline(blocks: list[str], result: Cleaned, hint: str | None) -> None:
    """The first title-like line before the body is the headline; its repeats go."""
    headline = hint
    seen: set[str] = set()
    index = 0
    while index < len(blocks):
        block = blocks[index]
        key = _key(block)
        if key in seen or (headline and key == _key(headline)):
            del blocks[index]
            continue
        seen.add(key)
        if _is_sentence(block) or _DATELINES[0].match(block) or _starts_with_dateline(block):
            break
        if headline is None and 3 <= len(block.split()) <= 30:
            headline = re.sub(r"^PRESS RELEASE\s*:\s*", "", block, flags=re.IGNORECASE)
        elif headline is not None and len(block.split()) >= _STANDFIRST_WORDS and ", " in block:
            index += 1  # a standfirst without its full stop: text, not furniture
            continue
        del blocks[index]
    for later in range(index, len(blocks)):
        if headline and _key(blocks[later]) == _key(headline):
            blocks[later] = ""
    result.headline = headline


_STANDFIRST_WORDS = 15
"""A line this long under the headline, with a clause after a comma, says something
("Bukele arrived in Buenos Aires last Friday, but …") even without a full stop; menus,
labels and second headlines are shorter or have no comma."""


def _starts_with_dateline(block: str) -> bool:
    return any(pattern.match(block) for pattern in _DATELINES[1:-1])


def _key(text: str) -> str:
    text = re.sub(r"^PRESS RELEASE\s*:\s*", "", text, flags=re.IGNORECASE)
    return re.sub(r"\W+", " ", text).strip().lower()


def _take_signoff(blocks: list[str], result: Cleaned) -> None:
    """Short closing lines (``News.Az``) and trailing ``– KUNA`` name the publisher."""
    while blocks and len(blocks[-1].split()) <= 4 and not blocks[-1].endswith("."):
        result.publishers.insert(0, Publisher(blocks[-1].strip("–—- "), blocks[-1], "signoff"))
        blocks.pop()
    if blocks:
        agency = _TRAILING_AGENCY.search(blocks[-1])
        if agency and blocks[-1][: agency.start()].rstrip().endswith((".", "!", "?", "”", '"')):
            result.publishers.insert(
                0, Publisher(agency["agency"], agency.group().strip(), "signoff")
            )
            blocks[-1] = blocks[-1][: agency.start()].rstrip()


def _take_dateline(block: str, result: Cleaned) -> str:
    """Remove datelines from the start of the first paragraph, keeping agency and date."""
    changed = True
    while changed:
        changed = False
        for pattern in _DATELINES:
            match = pattern.match(block)
            if not match:
                continue
            groups = match.groupdict()
            place = groups.get("place") or groups.get("city")
            if place and result.dateline_place is None:
                result.dateline_place = place.strip().title()
            if named := groups.get("agency") or groups.get("paren"):
                agency = re.sub(r"\s*\(([A-Z]+)\)$", "", named).strip()
                result.publishers.append(Publisher(agency, match.group().strip(), "dateline"))
            if groups.get("month", "").isdigit():  # 18.04.2024
                with contextlib.suppress(ValueError):
                    day = date(int(groups["year"]), int(groups["month"]), int(groups["day"]))
                    result.dateline_month_day = (day.month, day.day)
                    if result.article_date is None:
                        result.article_date, result.date_evidence = day, match.group().strip()
            elif groups.get("month") and groups.get("day"):
                month = month_number(groups["month"])
                if month:
                    result.dateline_month_day = (month, int(groups["day"]))
                if groups.get("year") and result.article_date is None:
                    result.article_date = full_date(match.group())
                    result.date_evidence = match.group().strip()
            block = block[match.end() :].lstrip()
            changed = True
            break
    return block


def _repair(block: str) -> str:
    """Put back the space a crawler lost after a full stop (``News.Az.The``)."""
    protected = _DOMAIN_WORD.sub(lambda m: f"{m.group(1)}\x00{m.group(2)}", block)
    return _NO_SPACE_AFTER_STOP.sub(" ", protected).replace("\x00", ".")
