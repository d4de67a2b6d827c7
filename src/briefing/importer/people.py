"""People named in a sentence, with the title, institution and country written next to them.

A name is a run of capitalised words that are not titles, institutions, places or
ordinary sentence words ("Hiyam Al-Yasiri"). Its title is read backwards from the
name ("Iraq's Minister of Communications, Hiyam Al-Yasiri") or, failing that, from
an apposition after it ("Abbas Al-Anbari, the director of …"). The title then gives
the country ("Iraq's", "Russian", "of Slovakia") and the institution ("State
Secretary *of the Ministry of Economy*").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from briefing.importer import gazetteer
from briefing.importer.text import Token, tokens
from briefing.importer.vocab import (
    FUNCTION,
    HEADLINE_VERBS,
    HONORIFICS,
    INSTITUTIONS,
    MONTHS,
    NAME_PREFIXES,
    PARTICLES,
    SENTENCE_WORDS,
    TITLE_HEADS,
    WEEKDAYS,
    is_vocabulary,
)


@dataclass(frozen=True)
class Mention:
    """One person named in one sentence."""

    name: str
    start: int
    end: int
    """Where the name is in the sentence."""
    title: str | None = None
    organization: str | None = None
    country: str | None = None
    phrase_start: int = 0
    """Where the title (or, without one, the name) starts."""
    plural: bool = False
    """The title was plural ("Deputy Foreign Ministers A and B")."""
    its: bool = False
    """The title was introduced by "its" ("its director"): the institution is named before."""


_NAME_HYPHEN_PREFIXES = {"al", "el", "ad", "ar", "as", "at", "ash", "bin", "ibn", "abu", "ben"}
_SYLLABLE = (
    r"(?:kk|tt|pp|ss|jj|ch|wh|sh|[bcdghjkmnprstwy])?"
    r"(?:yae|yeo|wae|ae|ya|eo|ye|wa|oe|yo|wo|we|wi|yu|eu|ui|oo|ee|ou|a|e|i|o|u)"
    r"(?:ng|[klmnpt])?"
)
_KOREAN_GIVEN = re.compile(rf"[A-Z]{_SYLLABLE}-(?!up$){_SYLLABLE}")
"""A Korean given name, two romanised syllables with the second in lower case:
"Kyung-wha", "Jong-kun", "Suk-yeol" (where "Modi-led" is not a name)."""
_OCCASIONS = {"visit", "trip", "holiday", "holidays", "festival", "celebration", "celebrations"}
_ARTICLES = {"La", "Le", "El", "Les", "Los", "Las", "Il"}
"""Articles that open a place's or a building's name, not a person's."""
_ROMAN = re.compile(r"^(?:II|III|IV|VI|VII|VIII|IX|XI|XII)$")
_LED_BY = re.compile(
    r"(?:[Tt]he\s+|[Aa]n?\s+)?(?P<who>[A-Z][\w’']*(?:\s+[A-Z][\w’']*)?)(?:[’']s)?\s+"
    r"(?:[a-z]+\s+){0,2}"
    r"(?:[A-Z][\w ]*\s+)?(?:delegation|side),?\s+(?:was\s+|is\s+)?(?:led|headed)\s+by"
    r"(?:\s+the)?(?:\s+(?:Mr|Mrs|Ms|Dr)\.?)?\s*$"
    r"|delegation\s+of\s+(?:the\s+)?(?P<of>[A-Z][\w’']*(?:\s+[A-Z][\w’']*)?)\s+"
    r"(?:was\s+)?(?:led|headed)\s+by(?:\s+(?:Mr|Mrs|Ms|Dr)\.?)?\s*$"
)
"""Right before the head of a country's delegation: "A Russian diplomatic delegation led
by Mr. …"."""
_GLUED_INITIAL = re.compile(r"[A-Z]\.[A-Z][a-z][\w’'-]*")
_ROYAL_RANKS = {"prince", "princess", "duke", "duchess", "earl", "countess", "archduke"}
_BRIDGES = FUNCTION | {",", "-", "–", "’s", "'s", "(", ")", "&"}


def _is_name_word(token: Token, following: Token | None = None) -> bool:
    text = token.text
    if not token.is_word or not token.capitalised:
        return False
    if _GLUED_INITIAL.fullmatch(text):
        return True  # "G.Zandanshatar": a Mongolian father's initial and the name
    if any(ch.isdigit() for ch in text) or "." in text[1:]:
        return False
    if _ROMAN.match(text):
        return True
    if text.isupper() and len(text) > 1:
        return False
    if (
        "-" in text
        and not _KOREAN_GIVEN.fullmatch(text)
        and not all(part[:1].isupper() or part in _NAME_HYPHEN_PREFIXES for part in text.split("-"))
    ):
        return False  # "Modi-led", "Azerbaijan-Iraq" parts are not names
    lower = token.lower
    if lower in SENTENCE_WORDS or lower in HONORIFICS or lower in WEEKDAYS:
        return False
    if lower in HEADLINE_VERBS:
        return False  # "Lavrov Holds Talks With Wang Yi"
    if lower in MONTHS and (
        following is None or following.text[:1].isdigit() or following.text == "."
    ):
        return False  # "June 10" is a date; "Jan Kubiš" is a name
    return not is_vocabulary(text) and not gazetteer.is_place_word(text)


def _is_honorific(tokens_: list[Token], index: int) -> bool:
    """Courtesy words before a name; a rank right after a title ("Minister *Prince* Faisal")."""
    lower = tokens_[index].lower
    if lower in HONORIFICS:
        return True
    ranks = {"ambassador", "prince", "princess", "sheikh", "sheikha", "dr", "dr."}
    if lower in ranks and index + 1 < len(tokens_) and tokens_[index + 1].lower in HONORIFICS:
        return True  # "Sheikh Dr Abdullah …"
    return lower in ranks and index > 0 and tokens_[index - 1].lower in TITLE_HEADS


def find_people(sentence: str, known: list[str] | None = None) -> list[Mention]:
    """Every person named in ``sentence``; ``known`` full names let a surname alone count."""
    toks = tokens(sentence)
    known = known or []
    mentions: list[Mention] = []
    index = 0
    while index < len(toks):
        run = _name_run(toks, index)
        if run is None:
            index += 1
            continue
        first, last = _after_demonym(sentence, toks, *run)
        mention = _mention(sentence, toks, first, last, known)
        if mention is not None:
            mentions.append(mention)
        index = last + 1
    return _share_plural_titles(sentence, mentions)


def _after_demonym(sentence: str, toks: list[Token], first: int, last: int) -> tuple[int, int]:
    """ "her Sri Lankan Mahinda Rajapaksa": the demonym says where from, the name follows."""
    for size in (2, 1):
        rest = first + size
        if last - rest + 1 < 2:
            continue
        place = gazetteer.lookup(sentence[toks[first].start : toks[rest - 1].end])
        if place is not None and place.kind == "demonym":
            return rest, last
    return first, last


def _demonym_before(sentence: str, toks: list[Token], first: int) -> str | None:
    """The country of a people named right before a name with no title ("her Sri Lankan
    Mahinda Rajapaksa")."""
    for size in (2, 1):
        if first - size < 0:
            continue
        place = gazetteer.lookup(sentence[toks[first - size].start : toks[first - 1].end])
        if place is not None and place.kind == "demonym":
            return place.country
    return None


def _name_run(toks: list[Token], index: int) -> tuple[int, int] | None:
    """The tokens of a name starting at ``index`` (prefixes and particles included)."""
    if toks[index].lower in MONTHS and index > 0 and toks[index - 1].text.isdigit():
        return None  # "23 April": a date, even with a name after it on the next line
    first = index
    while index < len(toks) and toks[index].lower in NAME_PREFIXES and toks[index].capitalised:
        index += 1
    start_words = index
    while index < len(toks):
        token = toks[index]
        following = toks[index + 1] if index + 1 < len(toks) else None
        initial = (
            re.fullmatch(r"[A-Z]\.?", token.text) is not None
            and following is not None
            and _is_name_word(following)
        )
        particle = (
            token.lower in PARTICLES
            and index > start_words
            and following is not None
            and _is_name_word(following)
        )
        if (
            _is_name_word(token, following)
            or initial
            or particle
            or _named_like_a_place(toks, index)
            or _surnamed_like_a_city(toks, index, start_words)
        ):
            index += 1
        else:
            break
    if index == start_words:
        return None
    last = index - 1
    if (
        last == start_words
        and last + 2 < len(toks)
        and toks[last + 1].text == ","
        and _KOREAN_GIVEN.fullmatch(toks[last + 2].text)
    ):
        last += 2  # "Kang, Kyung-wha": family name, comma, given name
    peer = toks[first].lower in {"lord", "lady", "baroness", "baron"}
    royal = first > 0 and toks[first - 1].lower in _ROYAL_RANKS  # "Prince Michael of Kent"
    if (peer or royal) and _peerage(toks, last):
        last += 2
    return first, last


def _named_like_a_place(toks: list[Token], index: int) -> bool:
    """ "Defence Minister *Aden* Duale": a first name that is also a place, right after a
    title and before a surname that is no place."""
    if index == 0 or index + 1 >= len(toks):
        return False
    token, following = toks[index], toks[index + 1]
    return (
        toks[index - 1].lower in TITLE_HEADS
        and token.capitalised
        and gazetteer.is_place_word(token.text)
        and not gazetteer.is_place_word(following.text)
        and _is_name_word(following, toks[index + 2] if index + 2 < len(toks) else None)
    )


def _surnamed_like_a_city(toks: list[Token], index: int, start: int) -> bool:
    """ "Prime Minister Joseph *Muscat* was welcomed": a surname that is also a city, right
    after a first name that follows a title, ending the name."""
    if index != start + 1 or start == 0:
        return False
    token = toks[index]
    place = gazetteer.lookup(token.text)
    following = toks[index + 1] if index + 1 < len(toks) else None
    return (
        toks[start - 1].lower in TITLE_HEADS
        and token.capitalised
        and place is not None
        and place.kind == "city"
        and (following is None or not (following.capitalised or following.text in ("'s", "’s")))
    )


def _peerage(toks: list[Token], last: int) -> bool:
    """ "Lord Ahmad *of Wimbledon*": a peer's territorial designation belongs to the name."""
    return (
        last + 2 < len(toks)
        and toks[last + 1].lower == "of"
        and toks[last + 2].capitalised
        and not is_vocabulary(toks[last + 2].text)
        and gazetteer.lookup(toks[last + 2].text) is None
    )


def _mention(
    sentence: str, toks: list[Token], first: int, last: int, known: list[str]
) -> Mention | None:
    words = [t.text for t in toks[first : last + 1] if t.text != ","]
    core = [w for w in words if w.lower() not in NAME_PREFIXES]
    before = first - 1
    while before >= 0 and _is_honorific(toks, before):
        before -= 1
    previous = toks[before] if before >= 0 else None
    corefers = len(core) == 1 and any(_same_surname(core, name) for name in known)
    styled = before < first - 1  # "the Honourable David Thompson"
    if previous is not None and previous.lower in {"the", "a", "an"} and not (corefers or styled):
        return None  # "the Rewaq Baghdad Center": an institution, not a person
    following = toks[last + 1] if last + 1 < len(toks) else None
    if (
        following is not None
        and following.capitalised
        and (following.lower in INSTITUTIONS or following.lower in {"city", "sea", "river"})
    ):
        return None
    if following is not None and gazetteer.lookup(f"{' '.join(core)} {following.text}"):
        return None  # "Papua New" of "Papua New Guinea"
    if gazetteer.lookup(" ".join(core)) is not None or all(
        gazetteer.lookup(part) is not None for part in " ".join(core).split("-")
    ):
        return None  # "Sri Lanka", "Port Louis"
    titled = previous is not None and previous.lower in TITLE_HEADS
    if not titled and following is not None and following.lower in _OCCASIONS:
        return None  # "his annual Hari Raya visit": a festival, not a person
    prefixed = len(core) < len(words)
    glued = len(core) == 1 and _GLUED_INITIAL.fullmatch(core[0]) is not None
    if len(core) < 2 and not (titled or prefixed or corefers or glued):
        return None
    if (
        len(core) == 2
        and core[0] in _ARTICLES
        and not (titled or prefixed or any(n.endswith(" " + " ".join(core)) for n in known))
    ):
        return None  # "the Diplomatic Centre, La Fantasie": a place's name, not "Le Drian"
    if core[0].lower().endswith("ing") and len(core[0]) > 5 and not corefers:
        return None  # "Preventing Sexual Violence": a phrase, not a person
    start, end = toks[first].start, toks[last].end
    comma = len(words) < last + 1 - first  # "Kang, Kyung-wha": kept as written
    name = sentence[start:end] if comma else " ".join(words)
    mention = Mention(name=name, start=start, end=end, phrase_start=start)
    title = _title_before(sentence, toks, before)
    if title is None:
        title = _title_after(sentence, toks, last + 1)
    if title is not None:
        text, phrase_start, its = title
        parsed = parse_title(text)
        mention = replace(
            mention,
            title=parsed.title,
            organization=parsed.organization,
            country=parsed.country,
            plural=parsed.plural,
            phrase_start=min(phrase_start, start),
            its=its,
        )
    if mention.country is None and title is not None:
        # "Ambassador María Luisa Ramírez, Vice Minister of Foreign Affairs of Guatemala":
        # the apposition after the name says where the person is from
        after = _title_after(sentence, toks, last + 1)
        if after is not None and after[1] > start:
            mention = replace(mention, country=parse_title(after[0]).country)
    if mention.country is None:
        mention = replace(mention, country=_demonym_before(sentence, toks, first))
    if mention.country is None:
        also = _WHO_IS.match(sentence, end)  # "Ian Borg, who is also Malta's Minister …"
        if also is not None:
            mention = replace(mention, country=gazetteer.country_of(also["country"]))
    if mention.country is None:
        led = _LED_BY.search(sentence[: mention.phrase_start])
        if led:
            mention = replace(mention, country=gazetteer.country_of(led["who"] or led["of"]))
    return mention


def _same_surname(core: list[str], full: str) -> bool:
    """The one word names the known person: their surname, or the whole of a one-word
    alias ("Jokowi")."""
    parts = full.split()
    return bool(parts) and core[-1].casefold() == surname(parts).casefold()


def surname(words: list[str]) -> str:
    """The family name: the last word, but "Ahmad" in "Lord Ahmad of Wimbledon", "Tawadros II"."""
    if "of" in words[1:]:
        words = words[: words.index("of", 1)]
    if len(words) > 1 and _ROMAN.match(words[-1]):
        words = words[:-1]
    return words[-1]


def _title_before(sentence: str, toks: list[Token], index: int) -> tuple[str, int, bool] | None:
    """The title written just before a name, as ``(text, start, introduced by "its")``."""
    collected: list[int] = []
    j = index
    while j >= 0:
        token = toks[j]
        lower = token.lower
        if token.text == ")":
            opening = next((k for k in range(j, -1, -1) if toks[k].text == "("), None)
            if opening is None:
                break
            collected.extend(range(j, opening - 1, -1))
            j = opening - 1
            continue
        if lower == "and" and j > 0 and _is_name_word(toks[j - 1]):
            break  # "Kiran and Sedat Onal": a list of people, not one title
        if (
            token.text == ","
            and j > 0
            and _is_name_word(toks[j - 1])
            and any(toks[k].text != "," for k in collected)
        ):
            commas = [n for n, k in enumerate(collected) if toks[k].text == ","]
            if commas:  # "Yang Jiechi, State Councilor, and …": that part is his title
                del collected[commas[-1] :]
            break
        if lower == "as" and j > 0 and toks[j - 1].lower == "well":
            break
        if lower in MONTHS or lower in WEEKDAYS:
            break  # "On 17 July Prime Minister Evika Siliņa": the date is no part of it
        if token.text in {"-", "–"} and j > 0 and not toks[j - 1].is_word:
            break
        if lower in _BRIDGES or token.text in _BRIDGES:
            collected.append(j)
        elif token.is_word and (is_vocabulary(token.text) or gazetteer.is_place_word(token.text)):
            if _is_name_word(token):
                break
            collected.append(j)
        elif j > 0 and gazetteer.lookup(sentence[toks[j - 1].start : token.end]) is not None:
            collected.extend([j, j - 1])  # "Saudi Arabia's", "Sri Lankan", "New Zealand"
            j -= 1
        elif token.is_word and token.capitalised and _in_title_position(toks, j):
            collected.append(j)
        else:
            break
        j -= 1
    found = _phrase(sentence, toks, sorted(collected), toks[j].lower if j >= 0 else "")
    if found is not None and _DESCRIBED_AS.search(sentence[: found[1]]):
        return None  # "describing him as a respected leader in Samoa, Mr Luxon said"
    return found


_DESCRIBED_AS = re.compile(r"\bas\s+an?\s+(?:[\w-]+\s+){0,3}$")


def _in_title_position(toks: list[Token], j: int) -> bool:
    """An unknown capitalised word inside a title or institution's name.

    "Grand Imam of *al-Azhar*", "*Tatar* President", "Head of the *Coptic Orthodox* Church".
    """
    end = j
    while end + 1 < len(toks) and toks[end + 1].capitalised and toks[end + 1].is_word:
        end += 1
    closing = toks[end].lower
    if end > j and (closing in INSTITUTIONS or closing in TITLE_HEADS):
        return True
    if _is_name_word(toks[j]) and j + 1 < len(toks) and _is_name_word(toks[j + 1]):
        return False
    after = toks[j + 1].lower if j + 1 < len(toks) else ""
    before = toks[j - 1].lower if j > 0 else ""
    if after in TITLE_HEADS or after in INSTITUTIONS or before in {"of", "for", "the", "at", "on"}:
        return True
    ahead = toks[j + 1 : j + 5]  # "EU foreign policy chief"
    for token in ahead:
        if token.lower in TITLE_HEADS:
            return True
        if not (token.is_word and is_vocabulary(token.text)):
            return False
    return False


def _title_after(sentence: str, toks: list[Token], index: int) -> tuple[str, int, bool] | None:
    """A title in apposition after a name: "Mikhail Petrakov, the Special Representative …"."""
    if index >= len(toks) or toks[index].text != ",":
        return None
    j = index + 1
    if j < len(toks) and toks[j].lower in {"the", "a", "an"}:
        j += 1
    if j < len(toks) and toks[j].lower in FUNCTION:
        return None
    collected: list[int] = []
    while j < len(toks):
        token = toks[j]
        if token.text in {",", ".", ";", ":"} or token.lower in {"who", "which", "where", "when"}:
            break
        if token.text == "(":
            closing = next((k for k in range(j, len(toks)) if toks[k].text == ")"), None)
            if closing is None:
                break
            collected.extend(range(j, closing + 1))
            j = closing + 1
            continue
        pair = sentence[token.start : toks[j + 1].end] if j + 1 < len(toks) else ""
        if pair and token.capitalised and gazetteer.lookup(pair) is not None:
            collected.extend([j, j + 1])  # "Saudi Arabia's Minister of State"
            j += 2
            continue
        if (
            token.lower in FUNCTION
            or token.text in {"-", "–", "’s", "'s"}
            or (
                token.is_word and (is_vocabulary(token.text) or gazetteer.is_place_word(token.text))
            )
            or (token.is_word and token.capitalised and _in_title_position(toks, j))
        ):
            if _is_name_word(token) and not _in_title_position(toks, j):
                break
            collected.append(j)
            j += 1
            continue
        break
    while collected and toks[collected[-1]].lower in FUNCTION | {"-", "–"}:
        collected.pop()
    if not collected or not any(toks[k].lower in TITLE_HEADS for k in collected):
        return None
    start, end = toks[collected[0]].start, toks[collected[-1]].end
    return sentence[start:end], start, False


def _phrase(
    sentence: str, toks: list[Token], collected: list[int], stopped_at: str
) -> tuple[str, int, bool] | None:
    """Trim the collected tokens to a title.

    Between commas, the title starts in the first part that holds a title word ("As
    part of the consultations, *Azerbaijani Deputy Foreign Minister*"); within that
    part, at the first word from which only title words lead to the title's head
    ("the leadership of *President*").
    """
    while collected and toks[collected[-1]].text in {",", "(", "-", "–"}:
        collected.pop()
    segments: list[list[int]] = [[]]
    for k in collected:
        if toks[k].text == "," and not _inside_parentheses(toks, collected, k):
            segments.append([])
        else:
            segments[-1].append(k)
    for number, segment in enumerate(segments):
        start = _title_start(toks, segment)
        if start is None:
            continue
        kept = segment[start:] + [k for later in segments[number + 1 :] for k in later]
        first, last = kept[0], kept[-1]
        text = sentence[toks[first].start : toks[last].end]
        return text, toks[first].start, stopped_at == "its" and number == 0 and start == 0
    return None


def _inside_parentheses(toks: list[Token], collected: list[int], k: int) -> bool:
    opened = sum(1 for j in collected if j < k and toks[j].text == "(")
    closed = sum(1 for j in collected if j < k and toks[j].text == ")")
    return opened > closed


def _title_start(toks: list[Token], segment: list[int]) -> int | None:
    """Where a title starts in one comma-separated part, if the part holds a title."""
    for position, k in enumerate(segment):
        if toks[k].text in {"’s", "'s"}:
            continue
        words = segment[position:]
        head = next(
            (
                i
                for i, j in enumerate(words)
                if toks[j].lower in TITLE_HEADS and not _epithet(toks, j)
            ),
            None,
        )
        if head is None:
            return None
        lead = [toks[j] for j in words[:head]]
        if (
            all(
                t.text in {"’s", "'s"}
                or (0 < n < len(lead) - 1 and t.lower == "and")  # "Foreign and Expatriates"
                or (
                    t.is_word
                    and t.lower not in FUNCTION
                    and (t.capitalised or is_vocabulary(t.text))
                )
                for n, t in enumerate(lead)
            )
            and toks[k].lower not in FUNCTION
        ):
            return position
    return None


def _epithet(toks: list[Token], j: int) -> bool:
    """ "official" before a visit or a meeting describes it: "his *official* visit to China"."""
    following = toks[j + 1].lower if j + 1 < len(toks) else ""
    return toks[j].lower == "official" and following in _OFFICIAL_THINGS


_OFFICIAL_THINGS = {
    "visit",
    "visits",
    "trip",
    "talks",
    "meeting",
    "ceremony",
    "welcome",
    "residence",
}


@dataclass(frozen=True)
class Title:
    title: str | None
    organization: str | None
    country: str | None
    plural: bool


_OF_PLACE = re.compile(r",?\s+(?:of|from)\s+(?:the\s+)?")
_SPLIT_ORG = re.compile(r"\s+(?P<word>of|at)\s+(?:the\s+)?(?P<org>.+)$")


def parse_title(phrase: str) -> Title:
    """Split "Iraq's Minister of Communications" into title, institution and country."""
    text = " ".join(phrase.replace("( ", "(").split()).strip(" ,")
    text = _STYLE.sub("", text)
    country = None
    words = re.sub(r"^the\s+", "", text, flags=re.IGNORECASE).split(" ")
    for size in range(min(4, len(words) - 1), 0, -1):
        place = gazetteer.lookup(" ".join(words[:size]))
        if place is not None and place.kind != "city":
            country = place.country
            text = " ".join(words[size:])
            break
    text, trailing = _strip_country(text)
    country = country or trailing
    owner = re.match(r"^(?P<org>[^’']+?)[’']s\s+(?P<rest>.+)$", text)
    organization_first = None
    if owner and {w.lower() for w in owner["org"].split()} & INSTITUTIONS:
        organization_first, text = owner["org"], owner["rest"]  # "the Foreign Ministry's Secretary"
    if text.lower().startswith("the "):
        text = text[4:]
    organization = None
    roles = re.search(r",\s+(?:and\s+)?\w+", text)
    several = roles is not None and roles.group().split()[-1].lower() in TITLE_HEADS
    split = None if several else _SPLIT_ORG.search(text)
    while split:
        org_words = {w.lower().strip("(),") for w in split["org"].split()}
        head = text[: split.start()]
        if org_words & INSTITUTIONS and any(w.lower() in TITLE_HEADS for w in head.split()):
            organization, inside = _strip_country(split["org"])
            country = country or inside
            text = head
            break
        split = _SPLIT_ORG.search(text, split.start() + 1)
    organization = organization or organization_first
    if country is None:
        country = _country_inside(organization or "") or _country_inside(text)
    plural = bool(re.search(r"\b(?:Ministers|Secretaries|Presidents|Deputies|FMs)\b", text))
    if plural:
        text = re.sub(
            r"\b(Minister|Secretarie|President|Deputie|FM)s\b",
            lambda m: {"Secretarie": "Secretary", "Deputie": "Deputy"}.get(m[1], m[1]),
            text,
        )
    text = text.strip(" ,-–")
    title = text[:1].upper() + text[1:] if text else None
    return Title(title, organization, country, plural)


def _strip_country(text: str) -> tuple[str, str | None]:
    """ "Minister of Foreign Affairs *of Kazakhstan*" → the title, and Kazakhstan; "*of the
    Republic of Latvia*" goes whole."""
    for match in _OF_PLACE.finditer(text):
        place = gazetteer.lookup(text[match.end() :])
        if place is not None and place.kind != "city":
            title = _STATE_FORM.sub("", text[: match.start()].rstrip(" ,"))
            return title, place.country
    return text, None


_WHO_IS = re.compile(
    r",\s*who\s+is\s+(?:also\s+)?(?:the\s+)?(?P<country>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)[’']s\s"
)
_STYLE = re.compile(
    r"^(?:(?:His|Her|Their)\s+)?(?:Royal\s+)?(?:Majesty|Majesties|Highness|Excellency|Holiness)\s+"
)
"""A style before a title ("His Majesty King", "Highness Sheikh"), not part of it."""
_STATE_FORM = re.compile(
    r",?\s+of\s+the\s+(?:[A-Z][\w’']*\s+){0,2}(?:Republic|Kingdom|State|Federation|Sultanate"
    r"|Emirate|Principality|Duchy|Commonwealth)$"
)
"""What is left of "of the Republic of Latvia" once the country is taken out."""


def _country_inside(text: str) -> str | None:
    """The one country a title or institution names inside ("the Romanian Ministry …")."""
    found = {
        place.country
        for word in re.findall(r"[A-Z][\w’'.-]*", text)
        if "-" not in word
        and (place := gazetteer.lookup(word)) is not None
        and place.kind != "city"
    }
    return found.pop() if len(found) == 1 else None


def _share_plural_titles(sentence: str, mentions: list[Mention]) -> list[Mention]:
    """ "Deputy Foreign Ministers A and B": B takes A's title and country."""
    shared: list[Mention] = []
    for mention in mentions:
        previous = shared[-1] if shared else None
        if (
            previous is not None
            and previous.plural
            and mention.title is None
            and re.fullmatch(r"\s*(?:,|and|, and)\s*", sentence[previous.end : mention.start])
        ):
            mention = replace(
                mention,
                title=previous.title,
                organization=previous.organization,
                country=previous.country,
                plural=True,
            )
        shared.append(mention)
    return shared
