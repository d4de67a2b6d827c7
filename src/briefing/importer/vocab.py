"""Word lists that tell names of people from titles, institutions and ordinary words.

Reports of official visits name people as "title + name" ("Iraq's Minister of
Communications, Hiyam Al-Yasiri"). A capitalised word that is on none of these
lists, and is not a place, can be part of a person's name; everything here marks
the surrounding title or institution instead.
"""

from __future__ import annotations

import re


def _words(text: str) -> frozenset[str]:
    return frozenset(text.lower().split())


TITLE_HEADS = _words(
    """
    minister ministers secretary secretaries president presidents vice-president premier
    chairman chairwoman chairperson chair co-chair co-chairman speaker director
    director-general directors head heads ambassador ambassadors envoy envoys representative
    adviser advisor counsellor counselor councillor councilor governor mayor rector member
    members senator chief commissioner undersecretary under-secretary officer ceo chancellor
    consul delegate coordinator spokesperson spokesman spokeswoman leader commander king queen
    emir sultan prince princess imam patriarch mufti pope attaché attache chargé charge
    d'affaires fm fms pm dpm mos eam dfm nsa counterpart counterparts diplomat official
    officials deputy deputies secretary-general secretaries-general governor-general
    attorney-general vice-minister heir administrator councillors councilors
    """
)
"""Words that can end a title: "Deputy *Minister*", "Special *Representative*"."""

TITLE_WORDS = TITLE_HEADS | _words(
    """
    first second third acting assistant senior permanent executive special principal
    foreign state prime grand crown general vice interim former apparent
    """
)

INSTITUTIONS = _words(
    """
    ministry ministries department committee council commission assembly parliament senate
    congress government administration office center centre institute university academy
    agency bureau directorate secretariat division service authority chamber bank fund
    foundation association union organization organisation federation corporation company
    embassy mission court cabinet board church party presidium duma majlis mejlis knesset
    college school group consulate session sessions summit summits conference conferences
    forum visit visits ceremony festival exhibition expo headquarters prefecture room hall
    patio radio television forces market restaurant resort hotel causeway
    """
)
"""Words that make a phrase an institution: "the *Ministry* of Economy"."""

PORTFOLIO = _words(
    """
    affairs foreign external internal interior home communications communication environment
    environmental economy economic economics trade commerce industry industries defence defense
    energy finance financial education health culture cultural tourism justice agriculture
    transport transportation information social development labour labor digital science
    sciences technology technologies innovation sport sports youth emergency emergencies
    situations infrastructure investment investments ecology natural resources water mining oil
    gas petroleum fisheries forestry housing urban planning construction telecommunications post
    media press human rights migration integration european non-european countries middle east
    west north south eastern western northern southern asia asian africa african america
    americas european europe pacific latin arab islamic policy policies security diplomatic
    diplomacy bilateral multilateral international regional global intergovernmental joint
    federal presidential supreme national central political republican permanent standing
    friendship parliamentary legislative judicial constitutional strategic plans relations
    consular protocol cooperation co-operation partnership nations movement conference
    delegation delegations negotiations talks territories territory public protection
    family women children veterans religious statistics customs taxes revenue audit control
    citizens overseas expatriates diaspora climate change republic kingdom federation emirates
    states confederation people democratic socialist islamic arab sea ocean river lake gulf
    mountains island islands day year week forum summit expo games cup festival airport palace
    square street avenue hall house tower park bridge corridor pipeline project projects program
    programme agreement treaty convention declaration statement charter plan strategy vision
    initiative process format platform road route capital city province region district
    """
)
"""Words of portfolios and areas inside titles: "Minister of *Foreign Affairs*"."""

HONORIFICS = _words(
    """
    mr mr. mrs mrs. ms ms. miss mx dr dr. prof prof. h.e. hon hon. shri smt smt. madam dame
    excellency holiness majesty highness his her honorable honourable courtesy
    """
)
"""Courtesy words dropped from names: "*H.E.* Sameh Shoukry", "*Mr.* Traian Hristea"."""

NAME_PREFIXES = _words("lord lady sir sheikh sheikha baroness baron pope")
"""Words kept as part of a name: "Lord Ahmad", "Sheikh Ahmed Al-Tayyab"."""

PARTICLES = _words("al el bin ibn bint ben abu van von de der den da dos du la le di do y")
"""Lower-case words inside names: "Abdullah *bin* Zayed"."""

FUNCTION = _words("of for the and at to on in with from")

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            "january jan",
            "february feb",
            "march mar",
            "april apr",
            "may",
            "june jun",
            "july jul",
            "august aug",
            "september sep sept",
            "october oct",
            "november nov",
            "december dec",
        ],
        start=1,
    )
    for name in names.split()
}
WEEKDAYS = {
    name: number
    for number, name in enumerate(
        ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    )
}

SENTENCE_WORDS = _words(
    """
    the a an in on at during as after before additionally also both he she they it this that
    these those his her their its our meanwhile earlier later furthermore moreover however
    apart according within while upon from to for with by of and but or regarding emphasizing
    emphasising speaking touching meeting visiting special issues matters members there here
    then today yesterday tomorrow last next among besides following further separately
    similarly likewise thus therefore photo image source read share print follow latest more
    other news related tag press release we you i my your about above below no not
    """
)
"""Capitalised at the start of a sentence, never part of a name."""

_NOT_NAME_SUFFIX = re.compile(
    r"^\w{4,}(?:tion|tions|ment|ments|ness|ity|ities|ism|ship|ology|(?<!v)ics)$"
)
"""Word endings of portfolios ("Economics", "Development"), not of names ("Rinkevics",
"Holness", "Clement"): a name's stem before them is short."""


HEADLINE_VERBS = _words(
    """
    meets receives visits holds hosts calls pays says urges hails signs opens welcomes
    arrives leaves departs attends extends discusses thanks congratulates inaugurates
    launches addresses commends lauds praises assures reaffirms stresses underscores
    highlights emphasizes emphasises concludes begins starts wraps ends greets invites
    accepts tours joins chairs co-chairs briefs confers talks seeks vows pledges backs
    """
)
"""Verbs of a headline in title case, never part of a name: "Putin *Meets* Erdogan"."""

PLATFORMS = _words("facebook twitter youtube instagram telegram tiktok whatsapp linkedin weibo")
"""Where a post was made ("on Facebook"), never a person's name."""


def is_vocabulary(word: str) -> bool:
    """A word of titles, institutions or portfolios (any case)."""
    lower = word.lower().rstrip(".")
    return (
        lower in TITLE_WORDS
        or lower in INSTITUTIONS
        or lower in PORTFOLIO
        or lower in FUNCTION
        or lower in PLATFORMS
        or bool(_NOT_NAME_SUFFIX.search(lower))
    )
