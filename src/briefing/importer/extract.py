"""Facts of a visit read from a cleaned report, each with the sentence that states it.

The rules follow how reports of official visits are written: one sentence says who
visited where and when ("On April 20, Azerbaijan's Deputy Foreign Minister Yalchin
Rafiyev visited Iraq"); each meeting opens with a sentence that names the people
met ("met with", "held talks with", "a meeting between X and Y", "visited the …
Center, where he met its director"); the sentences after it, until the next such
sentence, describe that meeting. People named only as earlier visitors, in phone
calls, in plans for later, as spokespeople or as company are not counterparts.
Which person is the visitor is weighed, not decided by the first rule that fires: each
rule's finding is evidence for ``visitor``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from briefing.importer import gazetteer, host, visitor
from briefing.importer.clean import Cleaned, Photo
from briefing.importer.dates import DateSpan, find_dates, full_date
from briefing.importer.details import strip_attribution
from briefing.importer.people import Mention, find_people, surname
from briefing.importer.text import sentences, tokens
from briefing.importer.vocab import NAME_PREFIXES, TITLE_HEADS, TITLE_WORDS


@dataclass
class Fact:
    """A value with the article's sentence that states it (None when nothing does)."""

    value: object
    sentence: str | None = None


@dataclass
class Person:
    name: str
    name_sentence: str
    title: str | None = None
    title_sentence: str | None = None
    organization: str | None = None
    country: str | None = None
    country_sentence: str | None = None
    mentions: int = 0
    aliases: list[str] = field(default_factory=list)
    """Other names given in brackets: "Joko Widodo (Jokowi)"."""

    @property
    def words(self) -> list[str]:
        return [w for w in self.name.replace(".", "").split() if w.lower() not in NAME_PREFIXES]


@dataclass
class Sentence:
    index: int
    paragraph: int
    text: str
    people: list[tuple[Mention, Person]] = field(default_factory=list)


@dataclass
class Meeting:
    kind: str
    trigger: Sentence
    counterparts: list[Person] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    institution: str | None = None
    group: str | None = None
    host: str | None = None
    date: Fact | None = None
    location: Fact | None = None
    consultations_title: str | None = None
    position: int = 0
    """Where in the opening sentence this meeting's counterpart is named."""


@dataclass
class Extraction:
    principal: Person | None = None
    principal_sentence: str | None = None
    rival: Fact | None = None
    """Someone the evidence nearly made the visitor instead (the name, and why)."""
    host: Fact | None = None
    places: list[Fact] = field(default_factory=list)
    start: Fact | None = None
    end: Fact | None = None
    purpose: Fact | None = None
    meetings: list[Meeting] = field(default_factory=list)
    delegation: list[Person] = field(default_factory=list)
    key_points: list[str] = field(default_factory=list)
    background: list[str] = field(default_factory=list)
    publisher: Fact | None = None
    note: Fact | None = None
    headline: str | None = None
    article_date: date | None = None
    date_evidence: str | None = None
    url: str | None = None
    photos: list[Photo] = field(default_factory=list)
    dateline_place: str | None = None


# Sentences ----------------------------------------------------------------------------

_OTHER_TIME = re.compile(
    r"^(?:earlier|previously|last\s+(?:year|month|week)|in\s+(?:early|late|mid)[\s-]\w+"
    r"|it\s+should\s+be\s+noted|it\s+is\s+worth\s+noting|notably|recall\s+that|to\s+recall)\b"
    r"|\b(?:recalled|remembered|previously|had\s+previously|last\s+year"
    r"|earlier\s+this\s+(?:year|month))\b",
    re.IGNORECASE,
)
_SAME_TIME = re.compile(
    r"^earlier\s+(?:in\s+the\s+day|that\s+day|on\s+the\s+same\s+day|today|yesterday"
    r"|this\s+(?:morning|afternoon|evening)|on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b"
    r"|^earlier,\s+(?!in\s)(?![^.;]*\b(?:19|20)\d\d\b)",
    re.I,
)
"""Earlier in the visit: "Earlier this afternoon", "Earlier, Li met …" (a bare "Earlier"
with no year in the sentence)."""
_REMOTE = re.compile(
    r"\b(?:telephone|phone\s+(?:call|conversation|talk)|video\s*(?:conference|link|call)"
    r"|videoconference|online\s+(?:meeting|format)|virtual(?:ly)?|in\s+the\s+format\s+of\s+a\s+video)",
    re.IGNORECASE,
)
_FUTURE = re.compile(
    r"\b(?:will|would|shall|is\s+to|are\s+to|to\s+be\s+held|expected\s+to|scheduled\s+to"
    r"|(?:programme|program|agenda|itinerary)\s+(?:also\s+)?includes"
    r"|slated\s+to|set\s+to|plans?\s+to|planned|intends?\s+to|envisaged|upcoming|forthcoming"
    r"|(?:is|was|are|were)\s+(?:also\s+|then\s+)?due\s+to|going\s+to|set\s+for"
    r"|(?:was|were)\s+(?:then\s+)?to\s+(?:\w+\s+){0,2}?(?:fly|travel|meet|hold|attend|visit|go)"
    r")\b",
    re.IGNORECASE,
)


def _sentences(cleaned: Cleaned) -> list[Sentence]:
    found: list[Sentence] = []
    for number, paragraph in enumerate(cleaned.paragraphs):
        for text in sentences(paragraph):
            found.append(Sentence(len(found), number, text))
    return found


# People -------------------------------------------------------------------------------


def _people(all_sentences: list[Sentence]) -> list[Person]:
    """Find everyone, then link surnames and initials ("A. Gurbanov") to full names."""
    registry: list[Person] = []
    first_pass = {s.index: find_people(s.text) for s in all_sentences}
    for sentence in all_sentences:
        for mention in first_pass[sentence.index]:
            if len(_core(mention.name)) >= 2:
                person = _register(registry, mention, sentence.text)
                alias = _ALIAS.match(sentence.text, mention.end)
                if alias is not None and alias["alias"] not in person.words + person.aliases:
                    person.aliases.append(alias["alias"])
    known = [p.name for p in registry] + [a for p in registry for a in p.aliases]
    for sentence in all_sentences:
        for mention in find_people(sentence.text, known):
            person = _register(registry, mention, sentence.text)
            sentence.people.append((mention, person))
    return registry


_SONS = {"bin", "ibn", "bint", "ben", "al", "el"}
_ALIAS = re.compile(r"\s*\((?P<alias>[A-Z][\w’'-]+)\)")


def _core(name: str) -> list[str]:
    return [w for w in name.replace(".", "").split() if w.lower() not in NAME_PREFIXES]


def _same_person(words: list[str], person: Person) -> bool:
    words = [w.casefold() for w in words]  # "Al-Halbousi" is "Mohammed al-Halbousi"
    theirs = [w.casefold() for w in person.words]
    if words == theirs or (len(words) == 1 and words[0] in map(str.casefold, person.aliases)):
        return True
    if len(words) == 2 and len(words[0]) == 1:  # "A. Gurbanov"
        return words[1] == theirs[-1] and theirs[0].startswith(words[0])
    if len(words) == 1 and len(theirs) == 2 and words[0] == theirs[0]:
        return True  # "Minister Osman" is Osman Saleh (Eritrean, Arab names put it first)
    if len(words) == 1 and theirs[1:2] in (["bin"], ["ibn"], ["bint"]) and words[0] == theirs[0]:
        return True  # "Prince Faisal" is Faisal bin Farhan
    if len(words) >= 3 and words[1] in {"bin", "ibn", "bint"} and theirs[: len(words)] == words:
        return True  # "Mohammed bin Abdulaziz" is Mohammed bin Abdulaziz Al-Khulaifi
    if len(words) == 1 and len(theirs) >= 3 and words[0] == theirs[-2] and theirs[-3] not in _SONS:
        return True  # "Petro" is Gustavo Petro Urrego: the father's surname before the mother's
    return (
        len(words) <= len(theirs)
        and set(words) <= set(theirs)
        and surname(words) == surname(theirs)
    )


def _register(registry: list[Person], mention: Mention, sentence: str) -> Person:
    words = _core(mention.name)
    person = next((p for p in registry if _same_person(words, p)), None)
    if person is None:
        person = Person(mention.name, sentence)
        registry.append(person)
    person.mentions += 1
    explicit = mention.title and mention.title.lower() not in {"counterpart", "counterparts"}
    if mention.title and (person.title is None or (explicit and _is_counterpart(person.title))):
        person.title, person.title_sentence = mention.title, sentence
        person.organization = mention.organization
    if mention.country and person.country is None:
        person.country, person.country_sentence = mention.country, sentence
    return person


def _is_counterpart(title: str | None) -> bool:
    return (title or "").lower() in {"counterpart", "counterparts"}


# The visit: principal, host, dates, purpose --------------------------------------------

_VISIT = re.compile(
    r"(?P<who>,?\s+who\s+(?:is|was|has\s+been|had\s+been|had|has)?\s*"
    r"(?:staying\s+|(?:come|came|travell?ed|flown|flew)\s+)?"
    r"(?:(?:in|to)\s+(?:the\s+country|[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s+)?"
    r"(?:(?:this|last)\s+week\s+|here\s+)?(?:on\s+an?\s+|arrived|visit|since\b"
    r"|(?:left|departed)\s+(?:[\w-]+\s+){0,5}?(?:for|on\s+an?)\s))"
    r"|(?P<own>(?:[’']s|(?<=s)[’'])\s+(?:\w+\s+){0,2}(?:visit|trip|stay)\b)"
    r"|(?P<begun>\b(?:began|begun|begins|beginning|started|starts|starting|concluded|concludes"
    r"|continued|continues|wrapped\s+up|completed|bringing|brought|brings|ending|ended|ends)"
    r"\s+(?:his|her|an?)\s+(?:[\w-]+\s+){0,3}?(?:visit|trip|tour)\b)"
    r"|(?P<visiting>\bvisiting\s+(?=[A-Z]))"
    r"|(?P<visit_of>\b(?:visit|trip)\s+(?:to\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}\s+)?"
    r"(?:of|by)\s+(?:the\s+)?(?=[A-Z]))"
    r"|(?P<during>\b(?:during|within\s+the\s+framework\s+of|as\s+part\s+of|in\s+the\s+course\s+of"
    r"|on\s+the\s+occasion\s+of|on\s+the\s+(?:opening|first|second|third|last|final)\s+day\s+of)"
    r"\s+(?:his|her)\s+(?:[\w-]+\s+){0,4}?(?:visit|trip|tour|stay)\b)"
    r"|(?P<verb>\b(?:visited|visits|is\s+visiting|was\s+visiting|travell?ed\s+to|travels\s+to"
    r"|reached|reaches|went\s+to|set\s+(?:off|out)\s+(?:from\s+[A-Z][\w-]+\s+)?for"
    r"|(?:left|departed)\s+(?:[A-Z][\w-]+\s+)?for"
    r"|(?:landed|lands)\s+(?:in|at)|flew\s+(?:in)?to|flew\s+in\s+to|touched\s+down\s+in"
    r"|came\s+to|comes\s+to|(?:paid|pays|paying|made|makes"
    r"|making)\s+(?:an?\s+|(?:his|her)\s+)(?:[\w-]+\s+){0,2}(?:visit|trip)|arrived|arrives\s+in"
    r"|set\s+(?:off|out)\s+on\s+an?\s+(?:[\w-]+\s+){0,3}visit"
    r"|is\s+on\s+an?\s+(?:[\w-]+\s+){0,2}visit|(?:is|are)\s+(?:now|currently)\s+in\s+(?-i:(?=[A-Z]))"
    r"|(?:was|is|has\s+been)\s+in\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?\s+on\s+an?\s+"
    r"(?:[\w-]+\s+){0,2}visit)\b)"
    r"|(?P<stay>\b(?:was|were)\s+in\s+(?-i:(?=[A-Z])))",
    re.IGNORECASE,
)
_PURPOSE = re.compile(
    r"(?:main\s+|primary\s+)?(?:purpose|aim|goal|objective)\s+of\s+the\s+(?:visit|trip)\s+"
    r"(?:was|is)\s+(?P<main>to\s+[^.;]+)"
    r"|\b(?:visited|visit\s+to|arrived\s+in)\s+(?:\S+\s+){0,5}?(?P<why>(?:for|to\s+(?:hold|conduct|"
    r"participate|attend|take\s+part|discuss))\b[^.;]+)",
    re.IGNORECASE,
)


def _about_now(sentence: Sentence) -> bool:
    """Not about another time, a call, or plans: usable for the visit's own facts."""
    text = sentence.text
    if _SAME_TIME.match(text):
        return True
    return not (_OTHER_TIME.search(text) or _REMOTE.search(text))


def _place_after(text: str, start: int) -> gazetteer.Place | None:
    """The country or city that is the object right after ``start`` ("visited *Iraq*")."""
    window = text[start : start + 120]
    toks = tokens(window)
    for i in range(min(len(toks), 8)):
        token = toks[i]
        if token.lower in TITLE_HEADS or not (
            token.capitalised
            or token.lower
            in {"the", "to", "in", "of", "’s", "'s", ",", "here", "there", "capital", "city"}
        ):
            break  # "greetings to the President of Uzbekistan": a person, not a place
        for size in range(7, 0, -1):
            if i + size > len(toks):
                continue
            candidate = window[toks[i].start : toks[i + size - 1].end]
            place = gazetteer.lookup(candidate)
            following = toks[i + size].lower if i + size < len(toks) else ""
            if place is not None and place.kind != "demonym" and following not in TITLE_WORDS:
                return place  # not "Adviser to the United States Secretary of State"
    return None


def _visit_sentence(
    all_sentences: list[Sentence], people: list[Person]
) -> tuple[Sentence, Person, gazetteer.Place | None] | None:
    """The sentence that says who visited (and often where): "X visited Iraq"."""
    return next(_visit_sentences(all_sentences, people), None)


def _visit_sentences(
    all_sentences: list[Sentence], people: list[Person]
) -> Iterator[tuple[Sentence, Person, gazetteer.Place | None]]:
    """Every sentence that says who visited, the likeliest first.

    A visit named as a noun ("during Zarif's visit") counts even in a sentence about
    plans, but only after every sentence that says in the past or present that someone
    visits.
    """
    for strict in (True, False):
        for sentence in all_sentences:
            if not _about_now(sentence):
                continue
            for match in _VISIT.finditer(sentence.text):
                future = _FUTURE.search(sentence.text[max(0, match.start() - 25) : match.start()])
                if future and (strict or not (match["own"] or match["during"])):
                    continue
                if _FUTURE.search(match.group()):
                    continue  # "Ruto's forthcoming trip to Tokyo": a visit still to come
                if match["stay"] and not _SPAN.search(sentence.text):
                    continue  # "was in Zhengzhou" is a visit only with its days
                if _PAST_DATED.match(sentence.text, match.end()):
                    continue  # "Mirziyoyev's state visit to Kazakhstan in March 2017"
                person = _visitor(sentence, match) or _described(
                    sentence.text[: match.start()], people
                )
                if person is not None:
                    yield sentence, person, _place_after(sentence.text, match.end())


_PAST_DATED = re.compile(r"[^.;]{0,40}?\bin\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d\b")


def _visitor(sentence: Sentence, match: re.Match[str]) -> Person | None:
    before = [(m, p) for m, p in sentence.people if m.end <= match.start() + 1]
    if match["visiting"] or match["visit_of"]:  # "the visit to Russia of Kazakh FM …"
        after = [p for m, p in sentence.people if m.phrase_start >= match.end()]
        return after[0] if after and _adjacent(sentence, match.end(), after[0]) else None
    if match["who"] or match["own"]:
        return before[-1][1] if before else None
    if match["begun"] and before:  # "Invited by A, B … started his official visit"
        return before[-1][1]
    if match["during"] or match["begun"]:
        return sentence.people[0][1] if sentence.people else None
    if before:
        return before[-1][1]
    return None


_DESCRIBED = re.compile(
    r"\b[Tt]he\s+(?:visiting\s+)?(?P<country>[A-Z][\w-]+)\s+(?P<title>(?:[a-z]+\s+){0,3}?[a-z]+)"
    r"\s*,?\s*$"
)


def _described(before: str, people: list[Person]) -> Person | None:
    """Whom "the French president" or "the Indian foreign secretary", right before a visit
    verb, refers to: the one person of that country named so far, chosen by the title's
    last word when several are."""
    found = _DESCRIBED.search(before[-80:])
    country = gazetteer.country_of(found["country"]) if found else None
    if found is None or country is None:
        return None
    same = [p for p in people if p.country == country]
    word = found["title"].split()[-1]
    titled = [p for p in same if word in (p.title or "").lower().split()]
    chosen = titled or same
    return chosen[0] if len(chosen) == 1 else None


def _adjacent(sentence: Sentence, position: int, person: Person) -> bool:
    """ "visiting Chinese Foreign Minister Tang Jiaxuan": the person's title starts right here,
    or only a title stands between ("the visiting Deputy Prime Minister of Papua New Guinea,
    Honorable John Rosso")."""
    return any(
        p is person
        and (
            m.phrase_start - position <= 12
            or _TITLE_BETWEEN.fullmatch(sentence.text[position : m.phrase_start]) is not None
        )
        for m, p in sentence.people
    )


_TITLE_BETWEEN = re.compile(r"(?:[A-Z][\w.’'-]*|of|the|and|for|,|\s)+")


# Meetings -----------------------------------------------------------------------------

_MEAL = r"(?:working\s+)?(?:luncheon|lunch|dinner|banquet|breakfast)"
_MET = re.compile(
    r"\b(?:met|meets|(?:sat|sit)\s+down\s+(?:over\s+\w+\s+"
    r"|(?:for|to)\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:meeting|talks|dinner|lunch|breakfast)\s+)?"
    r"(?:(?:in|at)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}\s+)?with"
    r"|discussed\s+(?:[^.;]{0,80}?\s+)?with\s+(?=[A-Z]|his\b|her\b|the\b)|(?:was\s+)?granted\s+an\s+audience"
    r"\s+(?:with|by)|(?:while|when|after|before)\s+meeting|conferred\s+with|talked\s+with"
    r"|(?:able|got|managed)\s+to\s+meet|(?:used|took|seized)\s+the\s+(?:occasion|opportunity)"
    r"\s+to\s+meet|had\s+an?\s+(?:encounter|audience|tete-a-tete|tête-à-tête)"
    r"\s+with)\b"
    r"(?!\s+(?:the\s+)?(?:press|media|journalists|reporters)\b)"
)
_TOGETHER = re.compile(
    r"^(?:together\s+)?with\b(?=[^.;]{3,150}?\b(?:talked|discussed|spoke|held|exchanged|reviewed"
    r"|went\s+over)\b)"
    r"|\b(?:(?:at|during|in)\s+their\s+(?:meeting|talks)|talked\s+over"
    r"|(?<=\band\s)[^.;]{3,80}?\btalked\s+about)\b",
    re.I,
)
"""A meeting whose sides are named together, neither opening it: "At their meeting, A and
B talked over …", "With Prime Minister A, the German diplomat talked about …"."""
_MEETING_WITH = re.compile(
    r"\b(?:meetings?|talks|negotiations|consultations)\s+(?:(?:was|were)\s+(?:held\s+(?:\w+\s+)?)?)?"
    r"(?:with|between|of\s+(?P<of>[^.;]{3,160}?)\s+with)\b",
    re.IGNORECASE,
)
"""Also "talks of the Minister of Foreign Affairs of Latvia, E. R., with his …": the one
named after "of" holds them."""
_HELD = re.compile(
    r"\b(?:held|had|conducted|holds|holding)\s+(?:a\s+|an\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:meeting|talks|discussions?|negotiations|conversation|conference|session|exchange"
    rf"|engagement|{_MEAL})s?\b",
    re.IGNORECASE,
)
_RECEIVED = re.compile(
    r"\b(?:was|were)\s+(?:received|hosted)\s+by\b|\breceived\b|\bwelcomed\b|\bafter\s+receiving\b"
    r"|\brolled\s+out\s+the\s+red\s+carpet\s+for\b"
    r"|\bplay(?:s|ed|ing)?\s+host\s+(?:[^.;]{0,60}?\s)?to\b"
    r"|\bhosted\s+(?=(?:his|her|the\s+visiting|visiting)\b)"
)
_WELCOMED_THING = re.compile(
    r"\s*(?:the\s+|this\s+|these\s+|(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*['’]s\s+)?"
    r"(?:[\w-]+\s+){0,2}?"
    r"(?:proposals?|decisions?|initiatives?|ideas?|offers?|moves?|steps?|efforts?|news|statements?"
    r"|announcements?|support|plans?|readiness|interest|results?|outcomes?|progress|agreements?"
    r"|commitments?)\b"
)
"""What is welcomed or received that is not a person: "welcomed Qatar's proposals"."""
_HOSTED_VISITOR = re.compile(r"\bhosted\s+")
"""A host's meeting named by the visitor's own name: "Al-Mishri hosted Spanish Foreign
Minister Arancha González Laya"."""
_ARRIVAL_WELCOME = re.compile(
    r"\bairport\b|\bairbase\b|\bupon\s+(?:his\s+|her\s+)?arrival\b|\bon\s+arrival\b"
    r"|\b(?:landed|reached|touched\s+down)\b"
    r"|(?<!\beach\s)\breceived\s+(?:him|her)\b",  # "A and B each received him": calls
    re.IGNORECASE,
)
_TRAVELLED_TO_MEET = re.compile(
    r"\b(?:travell?ed|went|came|flew|made\s+an?\s+(?:[\w-]+\s+)?trip)\s+to\s+[^.;]{0,80}?"
    r"\bto\s+(?:meet|see)\b"
)
"""A trip made to meet someone: "travelled to Moscow on 17-18 February to meet his
colleague …"."""
_CALLED_ON = re.compile(
    r"\b(?:called\s+on|(?:paid|paying|pays|made|making|makes)\s+(?:an?\s+|separate\s+)?"
    r"(?:courtesy\s+(?:calls?|visits?)"
    r"\s+(?:on|to)|calls?\s+on)|(?:paid|paying|pays)\s+(?:a\s+)?courtesy\s+on"
    r"|(?:was|were|has\s+been|had\s+been)\s+paid\s+a\s+courtesy\s+(?:call|visit)"
    r"|to\s+pay\s+a\s+courtesy\s+call\s+on)\b"
)
_HOSTED = re.compile(
    rf"^(?P<host>.{{3,80}}?)\s+(?:hosted\s+(?:a\s+)?(?:[\w-]+\s+)?(?:meeting|talks|{_MEAL})"
    rf"|(?:held|gave|offered)\s+(?:a\s+)?(?:[\w-]+\s+)?(?:{_MEAL}|reception)"
    rf"(?=[^.;]*\b(?:in\s+hono(?:u)?r\s+of|for)\b))\b"
)
"""A host's meeting or meal for the visitor: "X hosted talks", "X held a luncheon … in
honour of the Minister"."""
_CONSULTATIONS = re.compile(
    r"\b(?P<round>(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|next|"
    r"another|new|regular|\d+(?:st|nd|rd|th))\s+(?:round\s+of\s+)?)?(?:political\s+)?"
    r"consultations\b",
    re.IGNORECASE,
)
_CONSULTATIONS_HELD = re.compile(
    r"\b(?:held|hold|took\s+place|were\s+held|was\s+held|participated\s+in|took\s+part\s+in"
    r"|conducted|co-chaired)\b",
    re.IGNORECASE,
)
_VISITED_INSTITUTION = re.compile(
    r"\bvisited\s+(?:the\s+)?(?P<place>(?:[A-Z][\w’'-]*|of|for|and|the|on)(?:\s+(?:[A-Z][\w’'-]*"
    r"|of|for|and|the|on))*)"
)
_JOINT = re.compile(
    r"\band\b.{3,120}?\b(?:jointly\s+)?(?:inaugurated|signed|opened|launched|co-chaired|unveiled"
    r"|exchanged|witnessed|discussed|agreed|reviewed|held|addressed|considered)\b"
)
_GROUP = re.compile(
    r"\bmet\s+(?:with\s+)?(?P<group>(?:the\s+)?(?:[A-Z][\w’'-]*\s+)?(?:[a-z]+\s+){0,2}?"
    r"(?:officials|leaders|representatives|members|students|community|communities|diaspora"
    r"|experts|businessmen|business\s+people|executives|heads|figures|scholars|youth"
    r"|Vietnamese|[A-Z]\w+ans|[A-Z]\w+ese)\b[^.;]*?)(?=\s+to\s+|\s*[.;]|,\s*(?:where|and|who)\b|$)"
)
_PART_OF_CONSULTATIONS = re.compile(
    r"^(?:as\s+part\s+of|within(?:\s+the\s+framework\s+of)?|during|in\s+the\s+course\s+of)"
    r"\s+the\s+consultations\b",
    re.IGNORECASE,
)
_LEADS = re.compile(r"\b(?:led|headed)\s+by\b|\btook\s+part\b|\battended\s+by\b|\bside\b")
_SAME_DAY = re.compile(r"\bon\s+the\s+same\s+day\b|\bsame\s+day\b|\blater\s+that\s+day\b", re.I)
_EXCLUDED_PEOPLE = re.compile(
    r"\b(?:greetings|message|letter|regards|goodwill|congratulations|invitation)\b[^.;]{0,80}"
    r"\b(?:from|of|to)\s*$|\bon\s+behalf\s+of\s*$|\baccompanied\s+by\s*$"
    r"|\bin\s+the\s+presence\s+of\s*$|\balso\s+attended\s+by\s*$|\bspokes(?:person|man|woman)\b"
    r"|\b(?:alongside|at\s+the\s+side\s+of)\s+(?:the\s+)?[^.;]{0,60}$"
    r"|\bdelegation,?\s+(?:comprising|consisting\s+of|made\s+up\s+of|including)\b[^.;]*$",
    re.IGNORECASE,
)


@dataclass
class _Trigger:
    kind: str
    position: int
    counterparts: list[Person]
    institution: str | None = None
    group: str | None = None
    host: str | None = None
    session: bool = False
    clause: bool = False
    """Opened by one of several clauses of its sentence."""


def _trigger(sentence: Sentence, principal: Person | None) -> _Trigger | None:
    """The meeting a sentence opens, if it opens one."""
    text = sentence.text
    if not _about_now(sentence):
        return None
    people = [p for p in _candidates(sentence) if p is not principal]
    consultations = _CONSULTATIONS.search(text)
    if consultations and _CONSULTATIONS_HELD.search(text) and not _future_near(text, consultations):
        after = [p for m, p in sentence.people if m.start > consultations.end() and p in people]
        with_them = re.match(r"\s+with\b", text[consultations.end() :]) is not None
        return _Trigger("consultations", consultations.start(), after if with_them else [])
    visited = _VISITED_INSTITUTION.search(text)
    if visited and _is_institution(visited["place"]) and not _future_near(text, visited):
        return _Trigger("visit", visited.start(), people, institution=_trim(visited["place"]))
    for pattern in (_MET, _HELD, _CALLED_ON, _RECEIVED, _TRAVELLED_TO_MEET, _TOGETHER):
        match = pattern.search(text)
        met_there = match is not None and text[: match.start()].endswith(("was ", "were "))
        if (pattern is _RECEIVED or met_there) and _ARRIVAL_WELCOME.search(text):
            continue  # a welcome at the airport ("was met there by …") is not a meeting
        if pattern is _RECEIVED and match and _WELCOMED_THING.match(text, match.end()):
            continue  # "welcomed Qatar's proposals": a thing, not a guest
        if match and not _future_near(text, match):
            if pattern in (_MET, _HELD, _CALLED_ON) and _someone_else_s(sentence, match, principal):
                return None
            group = _GROUP.search(text) if pattern is _MET else None
            if people:
                session = pattern is _HELD  # "held talks with A and B": one session
                return _Trigger("bilateral", match.start(), people, session=session)
            if group:
                return _Trigger("other", match.start(), [], group=group["group"].strip(" ,"))
    match = _MEETING_WITH.search(text)
    if match and people and not _FUTURE.search(text):
        return _Trigger("bilateral", match.start(), people)
    visitor_hosted = _HOSTED_VISITOR.search(text)
    if (
        visitor_hosted
        and people
        and principal is not None
        and _adjacent(sentence, visitor_hosted.end(), principal)
    ):
        return _Trigger("bilateral", visitor_hosted.start(), people)
    hosted = _HOSTED.search(text)
    if hosted and not _FUTURE.search(text):
        return _Trigger("bilateral", hosted.end(), people, host=hosted["host"].strip())
    joint = _JOINT.search(text)
    if joint and people and principal is not None and _mentions(sentence, principal, joint.start()):
        return _Trigger("bilateral", joint.start(), people)
    return None


def _someone_else_s(sentence: Sentence, verb: re.Match[str], principal: Person | None) -> bool:
    """Another person's meeting: "the visit of Arab League chief X, who on Friday held talks
    with President A and Speaker B", with the visitor not named in the sentence."""
    if principal is None or any(p is principal for _, p in sentence.people):
        return False
    before = [(m, p) for m, p in sentence.people if m.end <= verb.start()]
    after = [p for m, p in sentence.people if m.phrase_start >= verb.end()]
    if not (before and after) or before[-1][1] in after:
        return False
    between = sentence.text[before[-1][0].end : verb.start()]
    return _SUBJECT_TO_VERB.fullmatch(between) is not None


_SUBJECT_TO_VERB = re.compile(r",\s*who\b[^;]*|,?(?:\s+[a-z]\w*){0,4}\s*")
"""What may stand between a verb and its subject: "X, who on Friday held", "X also met"."""


_CLAUSE = re.compile(
    r"(?:,\s*|\s+)(?:and|while)\s+(?:(?:he|she|also|then|later|subsequently)\s+)*"
    r"(?=(?:met|held|had|paid|called|conferred|sat|received|hosted)\b)"
    r"|;\s+"
)
"""Where a sentence goes on to another meeting: "paid a call on A and had a meeting with
B", "A and B each received him, and he held consultations with C"."""


def _triggers(sentence: Sentence, principal: Person | None) -> list[_Trigger]:
    """The meetings a sentence opens: one per clause when its clauses each open one with
    their own people, else the sentence's one."""
    starts = [0, *(m.end() for m in _CLAUSE.finditer(sentence.text))]
    if len(starts) > 1 and _about_now(sentence):
        found = []
        for start, end in zip(starts, [*starts[1:], len(sentence.text)], strict=True):
            clause = _clause(sentence, start, end)
            trigger = _trigger(clause, principal)
            if trigger is not None and (trigger.counterparts or trigger.kind == "consultations"):
                trigger.position += start
                trigger.clause = True
                found.append(trigger)
        if len(found) > 1:
            return found
    trigger = _trigger(sentence, principal)
    return [] if trigger is None else [trigger]


def _clause(sentence: Sentence, start: int, end: int) -> Sentence:
    """The part of a sentence from ``start`` to ``end``, with the people named in it."""
    people = [
        (
            replace(
                m,
                start=m.start - start,
                end=m.end - start,
                phrase_start=max(0, m.phrase_start - start),
            ),
            p,
        )
        for m, p in sentence.people
        if start <= m.start and m.end <= end
    ]
    return Sentence(sentence.index, sentence.paragraph, sentence.text[start:end], people)


def _candidates(sentence: Sentence) -> list[Person]:
    """People in the sentence who could have been met (not greeters, company, spokespeople,
    nor whoever is named in the possessive: "welcomed Prime Minister Narendra Modi's
    decision", "passed on King Abdullah's congratulations")."""
    found: list[Person] = []
    for mention, person in sentence.people:
        before = sentence.text[max(0, mention.phrase_start - 80) : mention.phrase_start]
        if _EXCLUDED_PEOPLE.search(before) or _EXCLUDED_PEOPLE.search(person.title or ""):
            continue
        if sentence.text[mention.end : mention.end + 2] in ("'s", "’s"):
            continue
        if person not in found:
            found.append(person)
    return found


def _future_near(text: str, match: re.Match[str]) -> bool:
    return _plan_before(text, match.start())


def _plan_before(text: str, position: int) -> bool:
    """A plan just before ``position`` in its clause: "which will hold a high-level meeting
    in Rwanda"."""
    before = re.split(r"[,;:]", text[max(0, position - 50) : position])[-1]
    return bool(_FUTURE.search(before))


def _mentions(sentence: Sentence, person: Person, before: int) -> bool:
    return any(p is person and m.start < before for m, p in sentence.people)


def _is_institution(name: str) -> bool:
    words = {w.lower() for w in name.split()}
    return bool(
        words
        & {
            "center",
            "centre",
            "institute",
            "university",
            "academy",
            "museum",
            "ministry",
            "parliament",
            "assembly",
            "embassy",
            "school",
            "college",
            "foundation",
            "council",
            "agency",
            "company",
            "corporation",
            "headquarters",
            "office",
            "library",
            "plant",
            "factory",
            "port",
            "park",
            "complex",
            "hospital",
            "mosque",
            "church",
            "memorial",
            "monument",
            "exhibition",
            "chamber",
            "bank",
            "secretariat",
        }
    )


def _trim(name: str) -> str:
    return re.sub(r"(?:\s+(?:of|for|and|the|on))+$", "", name).strip()


def _meetings(
    all_sentences: list[Sentence], principal: Person | None, extraction: Extraction
) -> None:
    """Group sentences into meetings: each opens with a trigger and runs to the next one."""
    current: Meeting | None = None
    shared = False
    detached: Sentence | None = None
    for sentence in all_sentences:
        triggers = _triggers(sentence, principal)
        if not triggers:
            follows_detached = (
                detached is not None
                and detached.paragraph == sentence.paragraph
                and detached.index == sentence.index - 1
            )
            if not _about_now(sentence) or follows_detached:
                detached = sentence
                extraction.background.append(sentence.text)
            elif current is not None:
                if current.kind == "consultations" and _LEADS.search(sentence.text):
                    _add_people(current, _candidates(sentence), principal)
                current.sentences.append(sentence)
            elif shared:
                extraction.key_points.append(sentence.text)
            elif sentence.text != extraction.principal_sentence:
                extraction.background.append(sentence.text)
            continue
        for trigger in triggers:
            merged = _merge(extraction.meetings, sentence, trigger)
            if merged is not None:
                if sentence not in merged.sentences:
                    merged.sentences.append(sentence)
                current, shared = merged, False
                continue
            created = _new_meetings(sentence, trigger)
            extraction.meetings.extend(created)
            current, shared = (None, True) if len(created) > 1 else (created[0], False)
        if len(triggers) > 1:
            current, shared = None, True


def _add_people(meeting: Meeting, people: list[Person], principal: Person | None) -> None:
    for person in people:
        if person is not principal and person not in meeting.counterparts:
            meeting.counterparts.append(person)


def _merge(meetings: list[Meeting], sentence: Sentence, trigger: _Trigger) -> Meeting | None:
    """A sentence that adds to a meeting already found ("In his meeting with X …")."""
    consultations = next((m for m in meetings if m.kind == "consultations"), None)
    if consultations is not None and _PART_OF_CONSULTATIONS.match(sentence.text):
        _add_people(consultations, trigger.counterparts, None)
        return consultations
    if trigger.kind == "consultations" and consultations is not None:
        return consultations
    for meeting in meetings:
        if trigger.counterparts and set(map(id, trigger.counterparts)) <= set(
            map(id, meeting.counterparts)
        ):
            return meeting
    return None


def _new_meetings(sentence: Sentence, trigger: _Trigger) -> list[Meeting]:
    """One meeting, or one per person when a sentence lists people with their own titles
    or says the meetings were separate ("paid courtesy calls on A, B and C", "called on A
    and B at their respective offices")."""
    people = trigger.counterparts
    text = sentence.text[trigger.position :]
    said_separate = (
        re.search(
            r"\bseparate(?:ly)?\b|,\s+(?:and\s+)?with\b|\beach\s+received\b|\brespective\b"
            r"|\bcalls\s+on\b",
            text,
            re.I,
        )
        is not None
    )
    separate = (
        trigger.kind == "bilateral"
        and len(people) > 1
        and (
            said_separate  # "had separate meetings with A, B and C"
            or (
                not trigger.session
                and not any(_plural_title(sentence, p) for p in people)
                and not re.search(r"\bmeeting\s+between\b|\btalks\s+between\b", sentence.text, re.I)
                and len({(p.title, p.organization) for p in people}) == len(people)
                and all(p.title for p in people)
            )
        )
    )
    groups = [[p] for p in people] if separate else [people]
    made = []
    for group in groups:
        meeting = Meeting(trigger.kind, sentence, list(group), [sentence])
        if separate:
            meeting.position = next(m.start for m, p in sentence.people if p is group[0])
        elif trigger.clause:
            meeting.position = trigger.position
        meeting.institution, meeting.group, meeting.host = (
            trigger.institution,
            trigger.group,
            trigger.host,
        )
        if trigger.kind == "consultations":
            found = _CONSULTATIONS.search(sentence.text)
            meeting.consultations_title = _consultations_title(found)
        made.append(meeting)
    return made


def _plural_title(sentence: Sentence, person: Person) -> bool:
    return any(m.plural for m, p in sentence.people if p is person)


_ORDINALS = {
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
}


def _consultations_title(found: re.Match[str] | None) -> str:
    text = found.group() if found else "consultations"
    political = "political" in text.lower()
    base = "Political consultations" if political else "Consultations"
    words = (found["round"] or "").split() if found else []
    if words and (words[0].lower() in _ORDINALS or re.fullmatch(r"\d+\w\w", words[0])):
        return f"{base}, {words[0].lower()} round"
    return base


# Source -------------------------------------------------------------------------------

_OFFICIAL = re.compile(
    r"\b(?:ministry|ministries|embassy|press\s+service|office|government|mfa|department"
    r"|administration|president|spokes\w+|presidency|parliament|council)\b",
    re.IGNORECASE,
)
_REPORTS = re.compile(
    r"(?P<pub>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3})(?:\s+correspondent)?\s+"
    r"(?:reports|reported|informs|writes|cites|learned|learnt|has\s+learnt)\b"
)
_TOLD = re.compile(r"\btold\s+(?P<pub>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})")
_ISSUED = re.compile(
    r"\b(?:press\s+release|statement)\s+issued\s+by\s+(?:the\s+)?(?P<pub>[A-Z][\w ]+?)\s+on\b"
)
_CITING = re.compile(
    r"\b(?:citing|referring\s+to|with\s+reference\s+to|cites)\s+(?P<src>(?:the\s+)?[^,.;]+)"
    r"|(?P<said>(?:the\s+)?[A-Z][\w’' ]*?(?:Ministry|Embassy|press\s+service|Office|MFA)"
    r"[\w’' ]*?)\s+(?:told|said|reported|informed|stated)\b"
)


def _source(all_sentences: list[Sentence], cleaned: Cleaned, extraction: Extraction) -> None:
    for sentence in all_sentences:
        for match in _REPORTS.finditer(sentence.text):
            name = match["pub"]
            if not _OFFICIAL.search(name) and name.lower() not in {"he", "she", "it", "they"}:
                extraction.publisher = Fact(_better_case(name, cleaned), sentence.text)
                break
        if extraction.publisher:
            break
    if extraction.publisher is None:
        for kind in ("signoff", "byline", "site", "copyright", "dateline"):
            found = next((p for p in cleaned.publishers if p.kind == kind), None)
            if found and not _OFFICIAL.search(found.name):
                extraction.publisher = Fact(_better_case(found.name, cleaned), found.line)
                break
    if extraction.publisher is None:
        for sentence in all_sentences:
            told = _TOLD.search(sentence.text) or _ISSUED.search(sentence.text)
            if told:
                extraction.publisher = Fact(told["pub"].strip(), sentence.text)
                break
    for sentence in all_sentences:
        citing = _CITING.search(sentence.text)
        if citing:
            cited = (citing["src"] or citing["said"]).strip()
            extraction.note = Fact(f"citing {cited}", sentence.text)
            break


def _better_case(name: str, cleaned: Cleaned) -> str:
    """``KAZINFORM`` in a dateline is ``Kazinform`` where the text spells it out."""
    if name.isupper() and len(name) > 4:
        for paragraph in cleaned.paragraphs:
            found = re.search(rf"\b{re.escape(name)}\b", paragraph, re.IGNORECASE)
            if found and not found.group().isupper():
                return found.group()
    return name


# Putting it together ------------------------------------------------------------------


def extract(cleaned: Cleaned) -> Extraction:
    """Every fact the rules find in a cleaned article."""
    return _extract(cleaned)[0]


@dataclass
class Weighed:
    """The evidence ``extract`` weighs, kept for fitting the weights."""

    visitor: visitor.Evidence
    hosts: list[host.Candidate]


def weighed(cleaned: Cleaned) -> Weighed:
    """What ``extract`` weighs to choose the visitor and the host country."""
    return _extract(cleaned)[1]


def _extract(cleaned: Cleaned) -> tuple[Extraction, Weighed]:
    extraction = Extraction(
        headline=cleaned.headline,
        article_date=cleaned.article_date,
        date_evidence=cleaned.date_evidence,
        url=cleaned.url,
        photos=_unique_photos(cleaned.photos),
        dateline_place=cleaned.dateline_place,
    )
    all_sentences = _sentences(cleaned)
    if extraction.article_date is None:
        _issued_on(all_sentences, extraction)
    people = _people(all_sentences)
    _visit(all_sentences, people, extraction)
    if extraction.start is None:
        _visit_span(all_sentences, extraction)
    evidence = _evidence(all_sentences, people, extraction)
    chosen = visitor.choose(evidence)
    if chosen is not None and chosen[0] is not extraction.principal:
        person = chosen[0]
        assert isinstance(person, Person)
        extraction.principal, extraction.principal_sentence = person, chosen[1]
        if extraction.host is not None and extraction.host.value == person.country:
            extraction.host = None  # the place another person was said to visit
    if chosen is not None:
        rival = visitor.rival(evidence, chosen[0])
        if rival is not None:
            extraction.rival = Fact(rival[0].name, rival[1])
    if extraction.principal is not None:
        captions = _caption_sentences(cleaned, people)
        _earlier_arrival(all_sentences + captions, extraction.principal, extraction)
    _meetings(all_sentences, extraction.principal, extraction)
    _delegation(all_sentences, extraction)
    _settle_host(extraction, all_sentences)
    countries = _host_candidates(all_sentences, extraction)
    chosen_host = host.choose(countries)
    extraction.host = Fact(chosen_host.country, chosen_host.sentence) if chosen_host else None
    _settle_dates(extraction)
    _settle_places(all_sentences, extraction)
    _settle_counterpart_titles(extraction)
    _source(all_sentences, cleaned, extraction)
    return extraction, Weighed(evidence, countries)


def _evidence(
    all_sentences: list[Sentence], people: list[Person], extraction: Extraction
) -> visitor.Evidence:
    trial = Extraction()
    _meetings(all_sentences, None, trial)
    place = _meeting_place(all_sentences) or _first_meeting_place(trial)
    _principal_from_meetings(all_sentences, trial, place)
    evidence = visitor.Evidence()
    headline = _headline_sentence(extraction.headline or "", people)
    evidence.visit_verb = [
        (p, s.text) for s, p, _ in _visit_sentences([*all_sentences, headline], people)
    ]
    if trial.principal is not None and trial.principal_sentence is not None:
        evidence.from_meetings = [(trial.principal, trial.principal_sentence)]
    for sentence in all_sentences:
        now = _about_now(sentence)
        for mention, person in sentence.people:
            if all(p is not person for p in evidence.order):
                evidence.order.append(person)
            if now:
                evidence.now[id(person)] = evidence.now.get(id(person), 0) + 1
            if "counterpart" in (mention.title or "").lower():
                evidence.counterpart.append((person, sentence.text))
            if _LED_BY.search(sentence.text[: mention.phrase_start]):
                evidence.led.append((person, sentence.text))
        company = _HAS_COMPANY.search(sentence.text)
        if now and company is not None:
            evidence.led += [
                (p, sentence.text) for m, p in sentence.people[:1] if m.end <= company.start()
            ]
        found = _RECEIVES.search(sentence.text)
        if now and found is not None and _received_someone(sentence.text, found):
            after = [p for m, p in sentence.people if m.phrase_start >= found.end()]
            before = [p for m, p in sentence.people if m.end <= found.start()]
            if _PASSIVE.search(sentence.text[: found.start()]):
                before, after = after, before  # "A was welcomed … by B"
            else:
                after = [p for m, p in _objects(sentence, found.end())]
            evidence.received += [(p, sentence.text) for p in after[:1]]
            evidence.receives += [(p, sentence.text) for p in before]
    for meeting in trial.meetings:
        text = meeting.trigger.text
        verb = _MEETS.search(text)
        if verb is not None and _active(verb):
            evidence.opens_meeting += [
                (p, text) for m, p in meeting.trigger.people[:1] if m.end <= verb.start()
            ]
        evidence.met += [(p, text) for p in meeting.counterparts]
    for _, person in headline.people:
        if all(p is not person for p in evidence.order):
            evidence.order.append(person)  # named in the headline alone
    title = (extraction.headline or "").casefold()
    evidence.in_headline = {id(p) for p in people if p.words and p.words[-1].casefold() in title}
    evidence.meeting_place = place.country if place is not None else None
    dateline = gazetteer.lookup(extraction.dateline_place or "")
    evidence.dateline = dateline.country if dateline is not None else None
    evidence.countries = {id(p): p.country for p in people}
    return evidence


def _headline_sentence(headline: str, people: list[Person]) -> Sentence:
    """The headline as a sentence for weighing who visits, its people linked to those of
    the text, and a full name the text never gives added to them: "Minister of Foreign
    Affairs Lubomír Zaorálek visited the State of Israel" over a text that says only "the
    Minister of Foreign Affairs of the Czech Republic"."""
    sentence = Sentence(-1, -1, headline)
    for mention in find_people(headline, [p.name for p in people]):
        words = _core(mention.name)
        if not words:
            continue
        family = surname(words).casefold()
        person = next((p for p in people if _same_person(words, p)), None) or next(
            (p for p in people if p.words and surname(p.words).casefold() == family), None
        )  # "Mike Pompeo" over a text that names "Michael Pompeo"
        if person is None and len(words) >= 2:
            person = _register(people, mention, headline)
        if person is not None:
            sentence.people.append((mention, person))
    return sentence


def _meeting_place(all_sentences: list[Sentence]) -> gazetteer.Place | None:
    """Where the visit's meetings happen, from the places named, whoever is visiting:
    the first place a sentence about meeting or visiting names, else the first place
    any sentence about the visit names."""
    for about_meeting in (True, False):
        for sentence in all_sentences:
            if not _about_now(sentence) or (
                about_meeting and not _MEETING_WORDS.search(sentence.text)
            ):
                continue
            for match in re.finditer(r"\b(?:[Ii]n|[Aa]t|[Tt]o)\s+", sentence.text):
                if (
                    _NOT_THERE.match(sentence.text, match.end())
                    or _BACK.search(sentence.text[: match.start()])
                    or _future_near(sentence.text, match)
                ):
                    continue
                place = _place_after(sentence.text, match.end())
                if place is not None:
                    return place
    return None


_NOT_THERE = re.compile(
    r"(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}['’]s\s+"
    r"(?!capital|city|north|south|east|west|central|region|province|state|island)"
)
"""A country named as an owner, not as a place: "the No. 3 leader in China's ruling party"."""
_BACK = re.compile(r"\b(?:back|returned|returning|home)\s+$")
"""The way home: "flew back to New York"."""


_TO_PLACE = re.compile(r"\b(?:[Ii]n|[Aa]t|[Tt]o|[Ii]nto)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,2}$")
_VISIT_PLACE = re.compile(
    r"\b(?:visit(?:ed|ing|s)?|trip|tour|arrived|arrives|landed|reached|travell?ed|flew|came)\b"
    r"[^.;]{0,40}$",
    re.IGNORECASE,
)


def _host_candidates(all_sentences: list[Sentence], extraction: Extraction) -> list[host.Candidate]:
    """Every country the article names about the visit, with the evidence that it is the
    one visited."""
    principal = extraction.principal
    rule = extraction.host.value if extraction.host is not None else None
    met = {p.country for m in extraction.meetings for p in m.counterparts if p.country}
    headline = {place.country for _, _, place in _places(extraction.headline or "")}
    dateline = gazetteer.lookup(extraction.dateline_place or "")
    found: dict[str, host.Candidate] = {}
    counts: dict[str, int] = {}
    for sentence in all_sentences:
        if not _about_now(sentence):
            continue
        meeting = _MEETING_WORDS.search(sentence.text) is not None
        for _, start, place in _places(sentence.text):
            before = sentence.text[max(0, start - 60) : start]
            candidate = found.get(place.country)
            if candidate is None:
                candidate = found[place.country] = host.Candidate(place.country, sentence.text)
                candidate.values = dict.fromkeys(host.FEATURES, 0.0)
                candidate.values["demonym_only"] = 1.0
            counts[place.country] = counts.get(place.country, 0) + 1
            to_place = _TO_PLACE.search(before)
            located = (
                place.kind != "demonym"
                and to_place is not None
                and not _BACK.search(before[: to_place.start()])
                and not _plan_before(sentence.text, start)
            )
            if located and candidate.values["located"] == 0.0:
                candidate.sentence = sentence.text  # the first that places the visit there
            marks = {
                "visit_place": located and _VISIT_PLACE.search(before) is not None,
                "located": located,
                "meeting_sentence": located and meeting,
                "city": place.kind == "city",
                "early": sentence.index < 3,
            }
            for key, mark in marks.items():
                candidate.values[key] = max(candidate.values[key], float(mark))
            if place.kind != "demonym":
                candidate.values["demonym_only"] = 0.0
    most = max(counts.values(), default=1)
    for country, candidate in found.items():
        values = candidate.values
        values["rule"] = float(country == rule)
        values["counterpart"] = float(country in met)
        values["principal"] = float(principal is not None and country == principal.country)
        values["headline"] = float(country in headline)
        values["dateline"] = float(dateline is not None and country == dateline.country)
        values["mentions"] = counts[country] / most
    if rule is not None and rule not in found and extraction.host is not None:
        extra = host.Candidate(str(rule), extraction.host.sentence or "")
        extra.values = dict.fromkeys(host.FEATURES, 0.0)
        extra.values["rule"] = 1.0
        found[str(rule)] = extra
    return list(found.values())


_MEETING_WORDS = re.compile(
    r"\b(?:met|meets|meeting|meetings|talks|audience|received|receives|hosted|discussions?"
    r"|consultations|visit|visited|visiting)\b",
    re.IGNORECASE,
)


def _places(text: str) -> list[tuple[str, int, gazetteer.Place]]:
    """Every country, city or people the table knows, as written, with where."""
    found: list[tuple[str, int, gazetteer.Place]] = []
    toks = tokens(text)
    i = 0
    while i < len(toks):
        for size in range(7, 0, -1):
            if i + size > len(toks) or not toks[i].capitalised:
                continue
            candidate = text[toks[i].start : toks[i + size - 1].end]
            place = gazetteer.lookup(candidate)
            if place is not None:
                found.append((candidate, toks[i].start, place))
                i += size - 1
                break
        i += 1
    return found


def _issued_on(all_sentences: list[Sentence], extraction: Extraction) -> None:
    """ "The press release issued by the Foreign Office on 6 April 2023": the article's date."""
    for sentence in all_sentences[:3]:
        if re.search(r"\b(?:issued|published|released)\b.*\bon\b", sentence.text):
            day = full_date(sentence.text)
            if day is not None:
                extraction.article_date, extraction.date_evidence = day, sentence.text
                return


def _unique_photos(photos: list[Photo]) -> list[Photo]:
    unique: list[Photo] = []
    for photo in photos:
        if all(
            (p.credit, p.caption, p.alt) != (photo.credit, photo.caption, photo.alt) for p in unique
        ):
            unique.append(photo)
    return unique


def _visit(all_sentences: list[Sentence], people: list[Person], extraction: Extraction) -> None:
    found = _visit_sentence(all_sentences, people)
    if found is None:
        return
    sentence, person, place = found
    extraction.principal, extraction.principal_sentence = person, sentence.text
    if place is None:  # "arrived here Tuesday on a two-day official visit to Pakistan"
        for match in re.finditer(
            r"\b(?:visit|trip|tour)\s+to\s+|\b(?:arrived|arrives)\s+(?:here\s+)?in\s+",
            sentence.text,
        ):
            place = _place_after(sentence.text, match.end())
            if place is not None:
                break
    if place is not None:
        extraction.host = Fact(place.country, sentence.text)
    spans = [
        s
        for s in _event_dates(sentence.text, extraction.article_date)
        if s.start and not _FUTURE.search(sentence.text[: s.at])
    ]
    since = [s for s in spans if re.search(r"\bsince\s+(?:last\s+)?$", sentence.text[: s.at])]
    spans = since[:1] + [s for s in spans if s not in since[:1]]  # "on a visit since Thursday"
    length = _LENGTH.search(sentence.text)
    days = (_DAYS.get(length["n"].lower()) or int(length["n"])) if length else None
    if spans and _ENDED.search(sentence.text) and spans[0].start == spans[0].end:
        # "wrapped up his two-day visit … yesterday, 23 October": the day given is the last
        last = spans[0].start
        assert last is not None
        extraction.end = Fact(last, sentence.text)
        if days:
            extraction.start = Fact(last - timedelta(days=days - 1), sentence.text)
    elif spans:
        extraction.start = Fact(spans[0].start, sentence.text)
        extraction.end = Fact(spans[0].end, sentence.text)
        first = spans[0].start
        if days and spans[0].end == first and first is not None:
            extraction.end = Fact(first + timedelta(days=days - 1), sentence.text)
    for candidate in all_sentences:
        purpose = _PURPOSE.search(candidate.text)
        if purpose and (purpose["main"] or candidate is sentence):
            text = strip_attribution((purpose["main"] or purpose["why"]).strip() + ".")
            text = re.sub(r"^for\s+", "", text.rstrip(" ,.")) + "."
            extraction.purpose = Fact(text[:1].upper() + text[1:], candidate.text)
            if purpose["main"]:
                break


def _caption_sentences(cleaned: Cleaned, people: list[Person]) -> list[Sentence]:
    """Photo captions as sentences naming people already known: a caption may be the only
    place that says when the visitor came ("… came to Cuba on Wednesday. (Photo: …)")."""
    found = []
    for photo in cleaned.photos:
        if not photo.caption:
            continue
        sentence = Sentence(-1, -1, photo.caption)
        for mention in find_people(photo.caption, [p.name for p in people]):
            words = _core(mention.name)
            person = next((p for p in people if _same_person(words, p)), None)
            if person is not None:
                sentence.people.append((mention, person))
        found.append(sentence)
    return found


def _earlier_arrival(all_sentences: list[Sentence], person: Person, extraction: Extraction) -> None:
    """A first day from another sentence saying the visitor came: "had arrived in Kuwait
    on Saturday" before the Sunday the lead dates, "came to the Grand Duchy on 18 October
    2017" after a lead that says only "today", "brought her two-day visit to a close on
    Friday" (the Thursday before)."""
    for sentence in all_sentences:
        if not _about_now(sentence) or _FUTURE.search(sentence.text):
            continue
        for match in _VISIT.finditer(sentence.text):
            ended = match["begun"] and _ENDED.search(sentence.text)
            if not (match["verb"] or match["who"] or ended) or not _refers_to(
                sentence, match, person
            ):
                continue
            dated = [
                s.start
                for s in _event_dates(sentence.text[match.start() :], extraction.article_date)
                if s.start is not None
            ]
            last = dated[0] if dated else None
            if ended:
                length = _LENGTH.search(sentence.text)
                days = (_DAYS.get(length["n"].lower()) or int(length["n"])) if length else 0
                dated = [d - timedelta(days=days - 1) for d in dated[:1] if days]
            current = extraction.start.value if extraction.start else None
            if dated and last and (not isinstance(current, date) or dated[0] < current):
                extraction.start = Fact(dated[0], sentence.text)
                if extraction.end is None or ended:
                    extraction.end = Fact(last, sentence.text)
            break


def _spelt_alike(a: str, b: str) -> bool:
    """Two spellings of one long surname, a letter apart ("Rajapaksa", "Rajapaksha")."""
    a, b = a.casefold(), b.casefold()
    if a == b or min(len(a), len(b)) < 7 or abs(len(a) - len(b)) > 1:
        return False
    short, long_ = sorted((a, b), key=len)
    if len(short) == len(long_):
        return sum(x != y for x, y in zip(short, long_, strict=True)) == 1
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


def _refers_to(sentence: Sentence, match: re.Match[str], person: Person) -> bool:
    """The visit verb's subject is the person: named, "He" or "She" opening the sentence,
    "the Prime Minister" when that is the person's title, or "the Turkmen delegation"
    when that is the person's country."""
    named = _visitor(sentence, match)
    if named is not None:  # "Prince Faisal" is Faisal bin Farhan
        return (
            named is person
            or _same_person(named.words, person)
            or _spelt_alike(surname(named.words), surname(person.words))
        )
    before = sentence.text[: match.start()]
    if re.fullmatch(r"\s*(?:He|She)\s*", before):
        return True
    opening = re.match(r"([A-Z][\w’'-]+)(?:,\s|\s*$)", before)
    if opening is not None and (
        opening[1] in person.words or _spelt_alike(opening[1], surname(person.words))
    ):  # "Li, Chairman of the Standing Committee …, who reached Nepal on Monday"
        return True
    party = re.search(r"\b[Tt]he\s+([A-Z][\w-]+)\s+delegation\s*$", before)
    if party is not None:
        return person.country is not None and gazetteer.country_of(party[1]) == person.country
    title = re.search(r"\b[Tt]he\s+((?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*)\s*$", before)
    return title is not None and title[1].lower() in (person.title or "").lower()


_SPAN = re.compile(
    r"\b(?:visit|trip|tour|stay)\b[^.;]{0,40}?\b(?:ran|runs|lasted|lasts|took\s+place|was\s+held)"
    r"\s+from\b"
    r"|\b(?:was|were)\s+in\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}\s+from\b"
    r"|^From\s+[^.;]{3,40}?\s+(?:[^.;]{0,120}?\s)?(?:was|were)\s+in\b"
    r"|\b(?:visit|trip|tour|mission)\b[^.;]{0,80}?\bto\s+(?:the\s+)?[A-Z][\w-]*"
    r"(?:\s+[A-Z][\w-]*)?\s+from\b",
)
_DATED_HEADLINE = re.compile(r"\b(?:visit|trip|tour)\b", re.IGNORECASE)


def _visit_span(all_sentences: list[Sentence], extraction: Extraction) -> None:
    """ "the visit, which ran from Sunday to Wednesday", "was in Tehran from July 22-27,
    2017", "From 5 - 7 February I was in the United States", "From 16 to 18 April 2024,
    Senior Minister of State Sim Ann was in Zhengzhou", "led a goodwill mission … to the
    FSM from 3-6 February 2014", or a headline's "… on an official visit to Slovenia, March
    23 – March 24, 2018": its first and last days."""
    headline = extraction.headline or ""
    candidates = [s.text for s in all_sentences if _SPAN.search(s.text)]
    if _DATED_HEADLINE.search(headline):
        candidates.append(headline)
    for text in candidates:
        spans = _event_dates(text, extraction.article_date)[:2]
        dated = [s for s in spans if s.start is not None and s.end is not None]
        if dated:
            extraction.start = Fact(dated[0].start, text)
            extraction.end = Fact(dated[-1].end, text)
            return


_ENDED = re.compile(
    r"\b(?:concluded|concludes|wrapped\s+up|wraps\s+up|completed|ended|ends|bringing|brought"
    r"|brings)\s+(?:his|her|an?|the)\s+(?:[\w-]+\s+){0,4}?(?:visit|trip|tour|stay)\b",
    re.IGNORECASE,
)
"""A visit said to end ("wrapped up his two-day visit"): the date given is its last day."""
_ACCOMPANIED = re.compile(r"\baccompanied\s+by\b[^.;]*$", re.IGNORECASE)
_HAS_COMPANY = re.compile(r"\b(?:was|were|is|are)\s+accompanied\s+by\b")
"""The one who comes with company heads a delegation: "Boehler … was accompanied by …"."""
_LENGTH = re.compile(r"\b(?P<n>two|three|four|five|six|seven|[2-9])[- ]day\b", re.IGNORECASE)
"""A visit's length, which with its first day gives its last: "arrived on Tuesday for a
two-day visit"."""
_DAYS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}


_DELEGATION = re.compile(
    r"\bdelegation,?\s+(?:was\s+)?(?:also\s+)?(?:comprising|consisting\s+of|including"
    r"|accompanied\s+by|composed\s+of|made\s+up\s+of)\b[^.;]*$",
    re.IGNORECASE,
)


def _delegation(all_sentences: list[Sentence], extraction: Extraction) -> None:
    """People named as members of the visiting delegation ("the delegation comprising …"),
    or as the principal's company ("… arrived, accompanied by …")."""
    met = {id(p) for m in extraction.meetings for p in m.counterparts}
    principal = extraction.principal
    for sentence in all_sentences:
        for mention, person in sentence.people:
            before = sentence.text[max(0, mention.phrase_start - 120) : mention.phrase_start]
            company = _ACCOMPANIED.search(before)
            accompanies = (
                company is not None
                and principal is not None
                and _about_now(sentence)
                and _mentions(
                    sentence, principal, mention.phrase_start - len(before) + company.start()
                )
            )
            if (
                (_DELEGATION.search(before) or accompanies)
                and person is not extraction.principal
                and id(person) not in met
                and person not in extraction.delegation
            ):
                extraction.delegation.append(person)


def _active(verb: re.Match[str]) -> bool:
    """A meeting verb whose subject opened the meeting: not "has been paid a courtesy call
    by …"."""
    return re.match(r"(?:was|were|has|had)\b", verb.group()) is None


_MEETS = re.compile(
    rf"{_MET.pattern}|{_CALLED_ON.pattern}"
    r"|\b(?:held|holds|had)\s+(?:an?\s+)?(?:\w+\s+)?(?:talks|meetings?)\b"
)
"""A meeting verb whose subject opened the meeting: the meeting triggers, and "held talks"."""
_RECEIVES = re.compile(
    r"\b(?:received|receives|welcomed|welcomes|hosted|hosts|to\s+host"
    r"|(?:was|is)\s+(?:the\s+)?host\s+(?:of|at|to)\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?for"
    r"|play(?:s|ed|ing)?\s+host\s+(?:[^.;]{0,60}?\s)?to)\s+"
    r"(?!by\b|him\b|her\b|them\b)"
)
"""A host receiving a visitor: "Sri Lanka's President received Pakistan's Minister …"."""


def _received_someone(text: str, verb: re.Match[str]) -> bool:
    """A host's verb that receives a guest: not an airport welcome, nor "welcomed King
    Abdullah's decision"."""
    return not (_ARRIVAL_WELCOME.search(text) or _WELCOMED_THING.match(text, verb.end()))


def _objects(sentence: Sentence, end: int) -> list[tuple[Mention, Person]]:
    """Whom a verb ending at ``end`` takes as its object: people named within a few words
    after it, not in "welcomed Qatar's proposals … led by the Chairman of the EAC, X"."""
    return [(m, p) for m, p in sentence.people if end <= m.phrase_start <= end + 80]


_PASSIVE = re.compile(r"\b(?:was|were|has\s+been|had\s+been|is\s+being)\s+$")


_LED_BY = re.compile(
    r"\b(?:delegation|team|mission|side|group|party|entourage|officials|visitors)\b[^.;]{0,80}?"
    r"\b(?:led|headed)\s+by(?:\s+the)?(?:\s+(?:Mr|Mrs|Ms|Dr)\.?)?\s*$"
    r"|\bdelegation,?\s+(?:comprising|consisting\s+of|composed\s+of|made\s+up\s+of)\s*$"
)
"""Right before a delegation's head: "a US delegation led by …", not "the mediation led
by …"."""


def _principal_from_meetings(
    all_sentences: list[Sentence], extraction: Extraction, host: gazetteer.Place | None
) -> None:
    """Without a "visited" sentence: a delegation head, or the first person met, from abroad
    (``host`` is where the meetings are)."""
    led = [
        (p, s)
        for s in all_sentences
        for m, p in s.people
        if _LED_BY.search(s.text[: m.phrase_start])
    ]
    received = [
        (_objects(s, found.end())[0][1], s)
        for s in all_sentences
        if _about_now(s)
        and (found := _RECEIVES.search(s.text)) is not None
        and _received_someone(s.text, found)
        and not _PASSIVE.search(s.text[: found.start()])
        and _objects(s, found.end())
    ]
    holders = [
        (p, s)
        for s in all_sentences
        if _about_now(s) and (found := _MEETING_WITH.search(s.text)) and found["of"]
        for m, p in s.people
        if found.start("of") <= m.phrase_start and m.end <= found.end("of")
    ]
    subjects = [
        (p, meeting.trigger)
        for meeting in extraction.meetings
        if (verb := _MEETS.search(meeting.trigger.text)) is not None and _active(verb)
        for m, p in meeting.trigger.people[:1]
        if m.end <= verb.start()
    ]
    in_meetings = [
        (p, s)
        for meeting in extraction.meetings
        for s in [meeting.trigger, *meeting.sentences]
        for _, p in s.people
    ]

    def abroad(person: Person) -> bool:
        return person.country is not None and host is not None and person.country != host.country

    for person, sentence in [*led, *received, *holders, *subjects, *in_meetings]:
        # A delegation's head is the visitor, and so is whom a host receives and, failing
        # both, who opens a meeting ("Secretary Blinken met with … in Jeddah today") unless
        # whom they met in that country comes from abroad ("President Paul Kagame met
        # Uganda's Foreign Affairs Minister Sam Kutesa in Kigali").
        strong = any((person, sentence) in found for found in (led, received, holders, subjects))
        hosting = (person, sentence) in subjects and any(
            abroad(other) for _, other in sentence.people if other is not person
        )
        if host is None or abroad(person) or (strong and person.country is None and not hosting):
            extraction.principal, extraction.principal_sentence = person, sentence.text
            break


def _first_meeting_place(extraction: Extraction) -> gazetteer.Place | None:
    for meeting in extraction.meetings:
        text = meeting.trigger.text
        for match in re.finditer(r"\b(?:in|to)\s+", text):
            place = _place_after(text, match.end())
            if place is not None and place.kind != "demonym":
                return place
    return None


def _settle_host(extraction: Extraction, all_sentences: list[Sentence]) -> None:
    principal = extraction.principal
    if extraction.host is None:
        for sentence in all_sentences:
            if not (
                _about_now(sentence)
                and re.search(r"\b(?:met|meeting|talks|discussions)\b", sentence.text)
            ):
                continue
            for match in re.finditer(r"\b(?:in|at)\s+", sentence.text):
                place = _place_after(sentence.text, match.end())
                if place is not None and (principal is None or place.country != principal.country):
                    extraction.host = Fact(place.country, sentence.text)
                    break
            if extraction.host is not None:
                break
    if extraction.host is None:
        place = _first_meeting_place(extraction)
        if place is not None and (principal is None or place.country != principal.country):
            meeting_text = next(
                (m.trigger.text for m in extraction.meetings if place.country), None
            )
            extraction.host = Fact(place.country, meeting_text)
    if extraction.host is None:
        countries = [
            p.country
            for m in extraction.meetings
            for p in m.counterparts
            if p.country and (principal is None or p.country != principal.country)
        ]
        if countries:
            # the most named country; of equals, the first named (a set's order would vary
            # from run to run)
            country = max(dict.fromkeys(countries), key=countries.count)
            person = next(
                p for m in extraction.meetings for p in m.counterparts if p.country == country
            )
            extraction.host = Fact(country, person.country_sentence)
    if extraction.host is None and extraction.dateline_place:
        place = gazetteer.lookup(extraction.dateline_place)
        if place is not None and (principal is None or place.country != principal.country):
            extraction.host = Fact(place.country, extraction.dateline_place)
    if principal is not None and principal.country is None and extraction.host is not None:
        host = str(extraction.host.value)
        for meeting in extraction.meetings:
            for sentence in [meeting.trigger, *meeting.sentences]:
                pair = _country_paired_with(sentence.text, host)
                if pair:
                    principal.country, principal.country_sentence = pair, sentence.text
                    return


def _country_paired_with(text: str, host: str) -> str | None:
    """ "the Azerbaijani delegation", "Vietnam-China relations": the visitor's country."""
    for match in re.finditer(r"\b(?:the\s+)?(?P<c>[A-Z][\w]+)\s+delegation\b", text):
        country = gazetteer.country_of(match["c"])
        if country and country != host:
            return country
    for match in re.finditer(r"\b(?P<a>[A-Z][\w]+)-(?P<b>[A-Z][\w]+)\b", text):
        first, second = gazetteer.country_of(match["a"]), gazetteer.country_of(match["b"])
        if first and second and host in (first, second) and first != second:
            return second if first == host else first
    return None


def _settle_dates(extraction: Extraction) -> None:
    anchor = extraction.article_date
    previous: Fact | None = None
    for meeting in extraction.meetings:
        spans = [s for s in _event_dates(meeting.trigger.text, anchor) if s.start]
        if meeting.position:  # "on 19 April with A, and on 20 April with B"
            text = meeting.trigger.text
            spans = [s for s in spans if 0 <= text.find(s.text) < meeting.position][-1:] or spans
        if spans:
            meeting.date = Fact(spans[0].start, meeting.trigger.text)
        elif previous is not None and _SAME_DAY.search(meeting.trigger.text):
            meeting.date = Fact(previous.value, meeting.trigger.text)
        previous = meeting.date or previous
    known = [m.date.value for m in extraction.meetings if m.date is not None]
    dates = [d for d in known if isinstance(d, date)]
    if extraction.start is None and dates:
        first = min(dates)
        source = next(m.date for m in extraction.meetings if m.date and m.date.value == first)
        extraction.start = Fact(first, source.sentence)
    if extraction.end is None and dates:
        last = max(dates)
        source = next(m.date for m in extraction.meetings if m.date and m.date.value == last)
        extraction.end = Fact(last, source.sentence)
    if extraction.start and extraction.end:
        start, end = extraction.start.value, extraction.end.value
        assert isinstance(start, date) and isinstance(end, date)
        if dates and min(dates) < start:
            extraction.start = Fact(min(dates), extraction.start.sentence)
        if dates and max(dates) > end:
            extraction.end = Fact(max(dates), extraction.end.sentence)
        one_day = extraction.start.value == extraction.end.value
        length = _LENGTH.search(extraction.principal_sentence or "")
        if one_day and length and isinstance(start := extraction.start.value, date):
            # "started a two-day visit on Friday", its first day dated elsewhere
            days = _DAYS.get(length["n"].lower()) or int(length["n"])
            extraction.end = Fact(start + timedelta(days=days - 1), extraction.principal_sentence)
            one_day = days == 1
        for meeting in extraction.meetings:
            if meeting.date is None and one_day:
                meeting.date = Fact(extraction.start.value, extraction.start.sentence)


def _event_dates(text: str, anchor: date | None) -> list[DateSpan]:
    """Dates of the event a sentence reports: not "the statement *of 10 November 2020*" nor
    "the ministry *said on Thursday*"."""
    return [
        span
        for span in find_dates(text, anchor)
        if not _NOT_EVENT_DATE.search(text[max(0, span.at - 30) : span.at])
    ]


_NOT_EVENT_DATE = re.compile(
    r"(?:\bof|\b(?:said|stated|announced|reported|told\s+\S+|informed|issued|released"
    r"|published))\s+(?:on\s+)?$"
)


def _settle_places(all_sentences: list[Sentence], extraction: Extraction) -> None:
    """Cities of the host country where the visit or a meeting took place ("in Baghdad")."""
    if extraction.host is None:
        return
    host = extraction.host.value
    visit = next((s for s in all_sentences if s.text == extraction.principal_sentence), None)
    seen: list[str] = []
    for sentence in ([visit] if visit else []) + [m.trigger for m in extraction.meetings]:
        for name in _located(sentence.text, host):
            if name not in seen:
                seen.append(name)
                extraction.places.append(Fact(name, sentence.text))
    only = extraction.places[0] if len(extraction.places) == 1 else None
    for meeting in extraction.meetings:
        cities = _located(meeting.trigger.text, host)
        city = cities[0] if cities else (str(only.value) if only else None)
        if meeting.institution:
            value = f"{meeting.institution}, {city}" if city else meeting.institution
            meeting.location = Fact(value, meeting.trigger.text)
        elif cities:
            meeting.location = Fact(cities[0], meeting.trigger.text)
        elif only is not None:
            meeting.location = Fact(only.value, only.sentence)


_LOCATIVE = re.compile(r"\b(?:in|at|to|visited|visiting|capital)\s+(?:the\s+)?(?:\w+[’']s\s+)?$")


def _located(text: str, host: object) -> list[str]:
    """Host-country cities named as where something happened: "in Moscow", "visit to Kazan"."""
    found: list[str] = []
    for name, start in _cities(text):
        place = gazetteer.lookup(name)
        if place is None or place.country != host:
            continue
        before = text[max(0, start - 40) : start]
        if _LOCATIVE.search(before) or re.search(r"\b(?:in|to)\s+[A-Z][\w-]+,\s*$", before):
            found.append(name)
    return found


def _cities(text: str) -> list[tuple[str, int]]:
    return [(name, start) for name, start, place in _places(text) if place.kind == "city"]


def _settle_counterpart_titles(extraction: Extraction) -> None:
    """ "His Russian counterpart": the same post as the principal's, in the other country;
    a principal who is the host's counterpart takes the host's post the same way."""
    principal = extraction.principal
    if principal is not None and _is_counterpart(principal.title):
        hosts = [p for m in extraction.meetings for p in m.counterparts if p.title]
        hosts = [p for p in hosts if not _is_counterpart(p.title)]
        principal.title = hosts[0].title if hosts else None
    for meeting in extraction.meetings:
        for person in meeting.counterparts:
            if _is_counterpart(person.title):
                person.title = principal.title if principal and principal.title else None
            if person.title and person.title.lower() in TITLE_HEADS and person.title.islower():
                person.title = person.title.capitalize()
