"""What a meeting's sentences say: topics, outcomes, follow-ups and the summary text.

Topics are the objects of "discussed", "focused on", "reviewed" and the like, split
at commas and "and"; outcomes are sentences of agreement or shared confidence;
follow-ups are the events announced for later ("the upcoming meeting of the
commission, scheduled to take place in Baku"). All keep the article's own words.
"""

from __future__ import annotations

import re

_DISCUSSION = re.compile(
    r"\b(?:discussed|discussing|to\s+discuss|focused\s+on|focusing\s+on|covered|addressed"
    r"|reviewed|explored|touched\s+(?:up)?on|talked\s+about|considered|examined"
    r"|exchanged\s+(?:views|opinions)\s+(?:on|about|regarding)|emphasi[sz]ed|stressed"
    r"|highlighted|underlined|briefed\s+[^.]{0,60}?\s+(?:on|about)|informed\s+[^.]{0,60}?\s+about"
    r"|(?:an?\s+)?(?:in-depth\s+)?overview\s+of|views\s+on)\s+(?P<object>[^.;]+)",
    re.IGNORECASE,
)
_PASSIVE = re.compile(
    r"^(?P<object>[^.;]{5,200}?)\s+(?:were|was)\s+(?:also\s+)?(?:discussed|touched\s+upon"
    r"|considered|reviewed|addressed|emphasi[sz]ed)\b",
    re.IGNORECASE,
)
_SPLIT = re.compile(
    r",\s*(?:and\s+|as\s+well\s+as\s+|including\s+|such\s+as\s+|particularly\s+|especially\s+)?"
    r"|\s+(?:and|as\s+well\s+as|including|such\s+as|particularly|especially|in\s+particular)\s+"
    r"|\s*;\s*"
)
_LEADING = re.compile(
    r"^(?:also\s+|in\s+detail\s+|the\s+|a\s+|an\s+|its\s+|their\s+|his\s+|her\s+|other\s+|on\s+"
    r"|about\s+|with\s+|current\s+state\s+and\s+(?:future\s+)?prospects\s+(?:of|for)\s+"
    r"|current\s+state\s+(?:and\s+progress\s+)?of\s+|(?:future\s+)?prospects\s+(?:of|for)\s+"
    r"|importance\s+of\s+|issues\s+(?:of|related\s+to|on|concerning)\s+|ways\s+to\s+|way\s+to\s+"
    r"|including\s+|opportunities\s+for\s+|avenues\s+for\s+|possibilities\s+(?:of|for)\s+|expansion\s+of\s+"
    r"|topical\s+issues\s+of\s+|a\s+wide\s+range\s+of\s+(?:issues\s+of\s+)?|range\s+of\s+"
    r"|broad\s+range\s+of\s+(?:topics,?\s+)?|the\s+need\s+to\s+|joint\s+efforts\s+within\s+)+",
    re.IGNORECASE,
)
_GENERIC = re.compile(
    r"^(?:mutual\s+interest|issues?\s+of\s+mutual\s+interest|other\s+issues.*|other\s+topics.*"
    r"|topics|issues|relations|cooperation|the\s+sides|both\s+sides|various\s+areas|other\s+fields"
    r"|mutual|interest|ties)$",
    re.IGNORECASE,
)
_HEADS = ("relations", "cooperation", "ties", "issues", "sectors", "spheres", "fields", "areas")
_OUTCOME = re.compile(
    r"\b(?:agreed|signed|expressed\s+(?:their\s+|its\s+)?confidence|reaffirmed|confirmed\s+"
    r"(?:their|its)\s+readiness|decided|pledged|committed|accepted\s+the\s+invitation|reached\s+"
    r"(?:an?\s+)?(?:agreement|understanding|consensus)|adopted)\b",
    re.IGNORECASE,
)
_ANNOUNCED = re.compile(
    r"(?P<event>(?:the\s+)?(?:upcoming|next|forthcoming)\s+(?:meeting|session|round|visit)"
    r"\s+of\s+(?:the\s+)?[^,.;]+?)(?:,\s*)?\s*(?:which\s+is\s+)?(?:scheduled|planned|set|due"
    r"|expected)?\s*(?:to\s+take\s+place|to\s+be\s+held|will\s+be\s+held|will\s+take\s+place)"
    r"\s+(?P<where>in\s+[A-Z][\w-]+(?:\s+in\s+\d{4})?)",
)
_AGREED_TO = re.compile(r"\bagreed\s+to\s+(?P<action>[^.;]+)", re.IGNORECASE)
_INVITED = re.compile(
    r"\binvited\s+(?P<who>[^.;]+?)\s+to\s+(?P<what>(?:pay\s+an?\s+(?:[\w-]+\s+)?visit\s+to|visit)"
    r"\s+[^.;,]+)",
    re.IGNORECASE,
)
_ATTRIBUTION = re.compile(
    r",\s*(?:the\s+)?[\w.’' -]{1,60}?\s+(?:reports?|reported|informs?|said|told\s+[\w.]+"
    r"|cites\s+[^,.]+)(?:,?\s*(?:citing|referring\s+to|with\s+reference\s+to|according\s+to)"
    r"\s+[^,.]+)?(?=\.$|$)"
    r"|,\s*according\s+to\s+[^,.]+(?=\.$|$)"
)


def strip_attribution(sentence: str) -> str:
    """ "…, News.Az reports, citing the Foreign Ministry." → "…." (the source is kept apart)."""
    return _ATTRIBUTION.sub("", sentence)


def topics(sentences: list[str], limit: int = 8) -> list[str]:
    found: list[str] = []
    for sentence in sentences:
        for match in _DISCUSSION.finditer(sentence):
            found.extend(_items(match["object"]))
        passive = _PASSIVE.match(sentence)
        if passive:
            found.extend(
                _items(
                    re.sub(r"^(?:during|at|in)\s+the\s+\w+,\s*", "", passive["object"], flags=re.I)
                )
            )
    unique: list[str] = []
    for item in found:
        if item.lower() not in {u.lower() for u in unique}:
            unique.append(item)
    return unique[:limit]


def _items(phrase: str) -> list[str]:
    """Split an object of discussion into topics, keeping "between A and B", "regional and
    international issues" and "the trade, economic and humanitarian sectors" whole."""
    phrase = re.sub(r"\s*\([^)]*\)", lambda m: m.group() if len(m.group()) < 12 else "", phrase)
    phrase = re.split(
        r",?\s+(?:which|who|where|that|while|in\s+order\s+to|to\s+(?:promote|advance)\b)",
        phrase,
    )[0]
    phrase = _LEADING.sub("", phrase.strip())
    for pattern in _KEEP_WHOLE:
        phrase = pattern.sub(
            lambda m: m.group().replace(",", "\x02").replace(" and ", "\x01"), phrase
        )
    parts = [_clean_item(part) for part in _SPLIT.split(phrase)]
    parts = [p for p in parts if p and not _GENERIC.match(p)]
    if len(parts) >= 3 and parts[-1].endswith(_DISTRIBUTE) and len(parts[-1].split()) >= 2:
        head = parts[-1].split()[-1]
        parts = [
            f"{p} {head}" if len(p.split()) <= 2 and not p.endswith(_HEADS) else p for p in parts
        ]
    kept = []
    for part in parts:
        part = part.replace("\x01", " and ").replace("\x02", ",")
        part = re.sub(r"^(?:bilateral|mutual|mutually)\s+(?=\w+\s+\w)", "", part)
        part = re.sub(r"\s+of\s+mutual\s+interest$", "", part)
        longest = 14 if "," in part else 8
        if 1 <= len(part.split()) <= longest and len(part) <= 120 and not _GENERIC.match(part):
            kept.append(part)
    return kept


def _clean_item(part: str) -> str:
    previous = None
    while previous != part:
        previous = part
        part = _LEADING.sub("", part.strip(" ,"))
        part = _VERB_LEAD.sub("", part)
    return part.strip(" ,")


_KEEP_WHOLE = [
    re.compile(r"\bbetween\s+\S+\s+and\s+[\w-]+"),
    re.compile(
        r"\b[a-z-]+\s+and\s+[a-z-]+\s+(?:issues|relations|cooperation|ties|affairs|organi[sz]ations"
        r"|forums|platforms|frameworks|projects|matters|developments|security|agenda)\b"
    ),
    re.compile(
        r"\b(?:[\w-]+,\s+)+(?:and\s+)?[\w-]+\s+(?:sectors?|spheres?|fields?|areas?|domains?)\b"
    ),
]
_DISTRIBUTE = ("relations", "cooperation", "ties")
_VERB_LEAD = re.compile(
    r"^(?:explored|discussed|reviewed|addressed|considered|examined|highlighted|stressed"
    r"|emphasi[sz]ed|underlined|noted|expanding|enhancing|strengthening|developing|promoting"
    r"|advancing|deepening|enhanced|further|in|on|within|avenues\s+for|ways\s+of)\s+",
    re.IGNORECASE,
)


def outcomes(sentences: list[str]) -> list[str]:
    return [strip_attribution(s) for s in sentences if _OUTCOME.search(s)]


def follow_ups(sentences: list[str]) -> list[str]:
    """Actions the article announces, in its words.

    "Upcoming meeting of the commission, in Baku"; "Hold the next meeting … in Bratislava".
    """
    found: list[str] = []
    for sentence in sentences:
        for match in _ANNOUNCED.finditer(sentence):
            found.append(_capital(f"{match['event'].strip()}, {match['where']}"))
        for match in _AGREED_TO.finditer(sentence):
            found.append(_capital(match["action"].strip()))
        for match in _INVITED.finditer(sentence):
            found.append(_capital(f"{match['who'].strip()} to {match['what'].strip()} (invited)"))
    unique: list[str] = []
    for item in found:
        if item not in unique:
            unique.append(item)
    return unique


def _capital(text: str) -> str:
    text = re.sub(r"^the\s+", "", text)
    return text[:1].upper() + text[1:]


def markdown_text(sentences: list[tuple[int, str]]) -> str:
    """Sentences as a Markdown summary: one paragraph per article paragraph, text escaped."""
    paragraphs: list[list[str]] = []
    last = None
    for paragraph, sentence in sentences:
        if paragraph != last:
            paragraphs.append([])
            last = paragraph
        paragraphs[-1].append(escape_markdown(strip_attribution(sentence)))
    return "\n\n".join(" ".join(p) for p in paragraphs)


def escape_markdown(text: str) -> str:
    text = re.sub(r"([\\`*_\[\]<])", r"\\\1", text)
    return re.sub(r"^(\s*)([-+#>]|\d+[.)])(?=\s)", r"\1\\\2", text)
