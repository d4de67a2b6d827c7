"""Classification schemes: their ordered levels and the short forms used as portion marks."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Level:
    name: str
    portion: str


@dataclass(frozen=True)
class Scheme:
    """An ordered list of levels, lowest first."""

    name: str
    levels: tuple[Level, ...]

    def names(self) -> list[str]:
        return [level.name for level in self.levels]

    def rank(self, name: str) -> int:
        return self.names().index(name)

    def level(self, name: str) -> Level:
        return self.levels[self.rank(name)]


def _scheme(name: str, *pairs: tuple[str, str]) -> Scheme:
    return Scheme(name, tuple(Level(level, portion) for level, portion in pairs))


BUILT_IN_SCHEMES: dict[str, Scheme] = {
    "uk": _scheme(
        "uk",
        ("OFFICIAL", "O"),
        ("OFFICIAL-SENSITIVE", "OS"),
        ("SECRET", "S"),
        ("TOP SECRET", "TS"),
    ),
    "us": _scheme(
        "us",
        ("UNCLASSIFIED", "U"),
        ("CONFIDENTIAL", "C"),
        ("SECRET", "S"),
        ("TOP SECRET", "TS"),
    ),
    "nato": _scheme(
        "nato",
        ("NATO UNCLASSIFIED", "NU"),
        ("NATO RESTRICTED", "NR"),
        ("NATO CONFIDENTIAL", "NC"),
        ("NATO SECRET", "NS"),
        ("COSMIC TOP SECRET", "CTS"),
    ),
    "none": Scheme("none", ()),
}


def custom_scheme(levels: list[str]) -> Scheme:
    """A record's own ordered levels; the portion mark is the initials of each level."""
    return Scheme(
        "custom",
        tuple(Level(name, "".join(word[0] for word in name.split()).upper()) for name in levels),
    )


def scheme_of(scheme: str, custom_levels: list[str] | None) -> Scheme:
    """The scheme a record's classification names."""
    if scheme == "custom":
        return custom_scheme(custom_levels or [])
    return BUILT_IN_SCHEMES[scheme]
