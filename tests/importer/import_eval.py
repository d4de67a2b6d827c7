"""Score ``briefing import`` against hand-written facts of real articles.

Each article ``NAME.txt`` under ``tests/data/articles`` (or the folder given) has a
sidecar ``NAME.json`` with its source and the expected facts: the principal, the
host country, the visit's first day when the article states it, and the meetings
with their named counterparts. Printed per article and overall:

- meetings with named counterparts: precision, recall and F1. A draft meeting
  matches an expected one (one to one) when they share a counterpart;
- counterparts: precision and recall over people, and how many of the matched
  ones have the right title;
- principal: name and title accuracy, and how often the draft doubts it (names another
  possible visitor for review), wrong ones among them; host country accuracy;
- dates: a stated first day found, and no date invented where none is stated;
- people the article names who must not be counterparts (earlier visitors,
  spokespeople, people in calls or plans) that the draft made counterparts;
- invented people: names in the draft (principal, delegation, counterparts) that the
  article does not contain as written.

The set is split once: ``test/`` is the test part, whose articles and expected facts
were written before the importer ever ran on them and from which no rule is written;
everything else is the development part. Both are reported.

Usage: ``PYTHONPATH=src python3 tests/importer/import_eval.py [FOLDER] [--json] [--development]``
(``--development`` leaves the test part out: it is neither run nor shown).
"""

from __future__ import annotations

import html
import json
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from briefing.importer import draft_from_text

ARTICLES = Path(__file__).resolve().parent.parent / "data" / "articles"
TEST_PART = "test/"
"""Articles whose names start with this are the test part; the rest the development part."""
_COURTESY = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "he",
    "hon",
    "h",
    "e",
    "lord",
    "lady",
    "sir",
    "sheikh",
    "pope",
    "his",
    "her",
    "holiness",
    "excellency",
    "shri",
    "smt",
    "prof",
}
_TITLE_SYNONYMS = [
    (r"\bfms?\b", "foreign minister"),
    (r"\bminister of foreign affairs\b", "foreign minister"),
    (r"\bminister for foreign affairs\b", "foreign minister"),
    (r"\bdeputy foreign minister\b", "deputy foreign minister"),
]


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()


def name_tokens(name: str) -> list[str]:
    words = re.findall(r"[a-z0-9]+(?:-[a-z0-9]+)*", _ascii(name))
    return [w for w in words if w not in _COURTESY]


def same_name(expected: str, predicted: str) -> bool:
    """Same person: the shorter name's words are all in the longer one, surname included."""
    a, b = name_tokens(expected), name_tokens(predicted)
    if not a or not b:
        return False
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return set(short) <= set(long_) and short[-1] in long_


def canonical_title(title: str) -> str:
    text = _ascii(title)
    text = re.sub(r"[’'`]", "", text)
    for pattern, replacement in _TITLE_SYNONYMS:
        text = re.sub(pattern, replacement, text)
    text = re.sub(r"\bthe\b", " ", text)
    return " ".join(re.findall(r"[a-z0-9]+", text))


def same_title(expected: str | None, person: dict[str, Any]) -> bool:
    """Right title: as written, with its institution ("Chairman" + "of the …"), or one of
    several roles the draft lists; none when the article gives none (``null``)."""
    title, org = person.get("title") or "", person.get("organization") or ""
    if expected is None:
        return not title
    forms = {title}
    if org:
        forms |= {f"{title} of {org}", f"{title} at {org}"}
    forms |= set(re.split(r",\s+|\s+and\s+(?=[A-Z])", title))
    want = canonical_title(expected)
    return bool(want) and any(canonical_title(form) == want for form in forms if form)


@dataclass
class Score:
    tp: int = 0
    predicted: int = 0
    expected: int = 0

    def add(self, other: Score) -> None:
        self.tp += other.tp
        self.predicted += other.predicted
        self.expected += other.expected

    @property
    def precision(self) -> float:
        return self.tp / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.tp / self.expected if self.expected else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Result:
    name: str
    outlet: str = ""
    meetings: Score = field(default_factory=Score)
    people: Score = field(default_factory=Score)
    titles_right: int = 0
    principal_name: bool = False
    principal_title: bool = False
    principal_doubted: bool = False
    """The draft names another possible visitor for review."""
    host: bool = False
    date_stated: bool | None = None
    date_honest: bool | None = None
    wrong_people: list[str] = field(default_factory=list)
    invented: list[str] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)


def _match(expected: list[list[str]], predicted: list[list[str]]) -> list[tuple[int, int]]:
    pairs: list[tuple[int, int]] = []
    used: set[int] = set()
    for i, want in enumerate(expected):
        for j, got in enumerate(predicted):
            if j in used:
                continue
            if any(same_name(a, b) for a in want for b in got):
                pairs.append((i, j))
                used.add(j)
                break
    return pairs


def evaluate(text: str, truth: dict[str, Any], name: str) -> Result:
    draft = draft_from_text(text, source_name=name, today=date(2000, 1, 1))
    data = draft.data
    placeholders = draft.info["placeholders"]
    result = Result(name)
    principal = data["visit"]["principal"]
    want = truth["principal"]
    result.principal_name = same_name(want["name"], principal["name"])
    result.principal_title = any(same_title(t, principal) for t in want["titles"])
    result.principal_doubted = "$.visit.principal.name" in draft.info["doubts"]
    result.host = truth["host_country"] == data["visit"]["host_country"]
    if truth.get("start"):
        result.date_stated = (
            data["visit"]["start"] == truth["start"] and "$.visit.start" not in placeholders
        )
    else:
        result.date_honest = "$.visit.start" in placeholders or data["visit"]["start"] in {
            draft.info.get("article_date")
        }
    expected = [
        [c["name"] for c in m["counterparts"]] for m in truth["meetings"] if m["counterparts"]
    ]
    got_people = [m["counterparts"] for m in data["meetings"] if m["counterparts"]]
    predicted = [[c["name"] for c in people] for people in got_people]
    pairs = _match(expected, predicted)
    result.meetings = Score(len(pairs), len(predicted), len(expected))
    want_people = [c for m in truth["meetings"] for c in m["counterparts"]]
    have_people = [c for people in got_people for c in people]
    matched = 0
    for person in want_people:
        found = next((c for c in have_people if same_name(person["name"], c["name"])), None)
        if found is None:
            result.misses.append(person["name"])
            continue
        matched += 1
        if same_title(person["title"], found):
            result.titles_right += 1
        else:
            result.misses.append(f"title of {person['name']}: {found['title']!r}")
    extra = [
        c["name"]
        for c in have_people
        if not any(same_name(p["name"], c["name"]) for p in want_people)
    ]
    result.people = Score(matched, len(have_people), len(want_people))
    result.wrong_people = [
        n for n in truth.get("not_counterparts", []) if any(same_name(n, c) for c in extra)
    ]
    if extra:
        result.misses.append("extra: " + ", ".join(extra))
    if not result.principal_name or not result.principal_title:
        result.misses.append(f"principal: {principal['name']!r}, {principal['title']!r}")
    result.invented = _invented(text, data, placeholders)
    if result.invented:
        result.misses.append("invented: " + ", ".join(result.invented))
    return result


def _invented(text: str, data: dict[str, Any], placeholders: dict[str, str]) -> list[str]:
    """Names of people in the draft that the article does not contain as written."""
    visit = data["visit"]
    people = [] if "$.visit.principal.name" in placeholders else [visit["principal"]["name"]]
    people += [p["name"] for p in visit["delegation"]]
    people += [c["name"] for m in data["meetings"] for c in m["counterparts"]]
    article = " ".join(unicodedata.normalize("NFC", html.unescape(text)).split())
    return [n for n in people if " ".join(unicodedata.normalize("NFC", n).split()) not in article]


def run(folder: Path, *, development: bool = False) -> list[Result]:
    """Every article with a sidecar in ``folder`` and its subfolders (named ``sub/name``);
    only the development part's with ``development``."""
    results = []
    for article in sorted(folder.rglob("*.txt")):
        sidecar = article.with_suffix(".json")
        name = article.relative_to(folder).with_suffix("").as_posix()
        if not sidecar.exists() or (development and name.startswith(TEST_PART)):
            continue
        known = json.loads(sidecar.read_text(encoding="utf-8"))
        result = evaluate(article.read_text(encoding="utf-8"), known["expected"], name)
        result.outlet = known["source"]["outlet"]
        results.append(result)
    return results


def summary(results: list[Result]) -> dict[str, Any]:
    meetings, people = Score(), Score()
    for result in results:
        meetings.add(result.meetings)
        people.add(result.people)
    n = len(results)
    stated = [r.date_stated for r in results if r.date_stated is not None]
    honest = [r.date_honest for r in results if r.date_honest is not None]
    return {
        "articles": n,
        "meetings": {
            "precision": meetings.precision,
            "recall": meetings.recall,
            "f1": meetings.f1,
            "tp": meetings.tp,
            "predicted": meetings.predicted,
            "expected": meetings.expected,
        },
        "counterparts": {
            "precision": people.precision,
            "recall": people.recall,
            "titles_right": sum(r.titles_right for r in results),
            "matched": people.tp,
        },
        "principal_name": sum(r.principal_name for r in results) / n,
        "principal_title": sum(r.principal_title for r in results) / n,
        "principal_doubted": sum(r.principal_doubted for r in results),
        "wrong_principals_doubted": sum(
            r.principal_doubted for r in results if not r.principal_name
        ),
        "wrong_principals": sum(not r.principal_name for r in results),
        "host_country": sum(r.host for r in results) / n,
        "stated_dates_found": f"{sum(stated)}/{len(stated)}",
        "start_date": sum(stated) / len(stated) if stated else 1.0,
        "no_invented_date": f"{sum(honest)}/{len(honest)}",
        "not_counterparts_made_counterparts": sum(len(r.wrong_people) for r in results),
        "invented_people": sum(len(r.invented) for r in results),
        "outlets": len({r.outlet for r in results}),
    }


def parts(results: list[Result]) -> dict[str, list[Result]]:
    """The development and the test part of ``results``."""
    return {
        "development": [r for r in results if not r.name.startswith(TEST_PART)],
        "test": [r for r in results if r.name.startswith(TEST_PART)],
    }


def report(results: list[Result]) -> str:
    lines = [
        f"{'article':44} {'meet P':>6} {'meet R':>6} {'people':>7} {'titles':>6} "
        f"{'princ':>5} {'title':>5} {'host':>4}",
    ]
    for r in results:
        lines.append(
            f"{r.name:44} {r.meetings.precision:6.2f} {r.meetings.recall:6.2f} "
            f"{r.people.tp:>3}/{r.people.expected:<3} {r.titles_right:>3}/{r.people.tp:<2} "
            f"{'yes' if r.principal_name else 'NO':>5} {'yes' if r.principal_title else 'NO':>5} "
            f"{'yes' if r.host else 'NO':>4}"
        )
        for miss in r.misses:
            lines.append(f"    - {miss}")
    s = summary(results)
    m, c = s["meetings"], s["counterparts"]
    lines += [
        "",
        f"articles: {s['articles']}",
        f"meetings with named counterparts: precision {m['precision']:.2f}, recall "
        f"{m['recall']:.2f}, F1 {m['f1']:.2f} ({m['tp']} of {m['expected']} found, "
        f"{m['predicted']} drafted)",
        f"counterparts: precision {c['precision']:.2f}, recall {c['recall']:.2f}; "
        f"titles right {c['titles_right']}/{c['matched']}",
        f"principal: name {s['principal_name']:.0%}, title {s['principal_title']:.0%}; "
        f"host country {s['host_country']:.0%}",
        f"principal doubted (another visitor named for review): {s['principal_doubted']}, "
        f"holding {s['wrong_principals_doubted']} of the {s['wrong_principals']} wrong ones",
        f"dates: stated first day found {s['stated_dates_found']}; no date invented "
        f"{s['no_invented_date']}",
        f"people who must not be counterparts but were: {s['not_counterparts_made_counterparts']}",
        f"people in the draft the article does not name: {s['invented_people']}",
    ]
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    folder = Path(args[0]) if args else ARTICLES
    results = run(folder, development="--development" in argv)
    split = {name: part for name, part in parts(results).items() if part}
    if "--json" in argv:
        print(json.dumps({name: summary(part) for name, part in split.items()}, indent=2))
    else:
        for name, part in split.items():
            print(f"== {name} part ==\n{report(part)}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
