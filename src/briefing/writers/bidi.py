"""The Unicode bidirectional algorithm (UAX #9) for the PDF writer: levels of a paragraph,
then the visual order of each of its lines.

A wrapped paragraph must be broken into lines in logical order and each line reordered on
its own (rules L1–L2), with the levels resolved once over the whole paragraph. python-bidi's
maintained implementation only returns a reordered string, without mirrored brackets, so
the rules are applied here: W1–W7, N0 (bracket pairs), N1–N2, I1–I2, L1, L2 and L4.
Isolates (LRI, RLI, FSI … PDI, which templates put around dates and references in
right-to-left briefs) are honoured: each is resolved on its own at its own level and
counts as one neutral in the text around it (X5a–X5c, X6a, BD13). Explicit embeddings and
overrides are not: their control characters are set aside as rule X9 does, and the writer
does not draw them. Right-to-left marks (RLM, ALM) and the left-to-right mark are ordinary
strong characters and work.
"""

from __future__ import annotations

from collections.abc import Sequence
from unicodedata import bidirectional

_REMOVED = frozenset({"RLE", "LRE", "RLO", "LRO", "PDF", "BN", "LRI", "RLI", "FSI", "PDI"})
"""Classes set aside by X9 (isolates too, as this module does not honour them)."""
_NEUTRAL = frozenset({"ON", "WS", "S", "B"})
_STRONG_R = frozenset({"R", "EN", "AN"})
"""What counts as right-to-left for neutrals and bracket pairs (numbers act as R)."""

_BRACKETS = (
    "()[]{}༺༻༼༽᚛᚜⁅⁆⁽⁾₍₎⌈⌉⌊⌋〈〉❨❩❪❫❬❭❮❯❰❱❲❳❴❵⟅⟆⟦⟧⟨⟩⟪⟫⟬⟭⟮⟯⦃⦄⦅⦆⦇⦈⦉⦊⦋⦌⦍⦐⦏⦎"
    "⦑⦒⦓⦔⦕⦖⦗⦘⧘⧙⧚⧛⧼⧽⸢⸣⸤⸥⸦⸧⸨⸩〈〉《》「」『』【】〔〕〖〗〘〙〚〛﹙﹚﹛﹜﹝﹞（）［］｛｝｟｠｢｣"
)
"""Every paired bracket of Unicode (BidiBrackets.txt), as opening and closing pairs."""
_OTHER_MIRRORS = "<>«»‹›∈∋∉∌∊∍≤≥≦≧≨≩≪≫≮≯≰≱≲≳⊂⊃⊄⊅⊆⊇⊈⊉⊊⊋﹤﹥＜＞"
"""Further mirrored pairs likely in prose; the rest of BidiMirroring.txt is mathematics."""

_OPENING = {_BRACKETS[i]: _BRACKETS[i + 1] for i in range(0, len(_BRACKETS), 2)}
_CLOSING = frozenset(_OPENING.values())
_CANONICAL = {"\u2329": "\u3008", "\u232a": "\u3009"}
"""Brackets canonically equivalent to others, which pair with them (BD16)."""
_MIRRORS: dict[str, str] = {}
for _pairs in (_BRACKETS, _OTHER_MIRRORS):
    for _i in range(0, len(_pairs), 2):
        _MIRRORS[_pairs[_i]], _MIRRORS[_pairs[_i + 1]] = _pairs[_i + 1], _pairs[_i]
_MAX_BRACKET_DEPTH = 63


def bidi_class(char: str) -> str:
    """The character's bidirectional class; unassigned code points count as L."""
    return bidirectional(char) or "L"


def mirrored(char: str) -> str:
    """The glyph shown for ``char`` at a right-to-left level (rule L4)."""
    return _MIRRORS.get(char, char)


_INITIATORS = {"\u2066": "L", "\u2067": "R", "\u2068": ""}
"""LRI, RLI and FSI, with the direction each opens (FSI: the first strong character's)."""
_PDI = "\u2069"
_ISOLATE_STAND_IN = "*"
"""A neutral standing in for an isolate in the text around it."""


def resolve_levels(text: str, base: int) -> list[int]:
    """The embedding level of each character of the paragraph ``text`` at base level ``base``
    (0 left-to-right, 1 right-to-left). Characters set aside by X9 get their neighbour's
    level; callers do not draw them, nor the isolate controls."""
    spans = _isolates(text)
    if not spans:
        return _resolve_flat(text, base)
    outer: list[str] = []
    positions: list[int] = []
    inside = 0
    for index, char in enumerate(text):
        if spans and inside < len(spans) and spans[inside][0] < index < spans[inside][1]:
            continue
        if inside < len(spans) and index >= spans[inside][1]:
            inside += 1
        isolate_edge = any(index in (start, end) for start, end in spans)
        outer.append(_ISOLATE_STAND_IN if isolate_edge else char)
        positions.append(index)
    levels = [base] * len(text)
    for index, level in zip(positions, _resolve_flat("".join(outer), base), strict=True):
        levels[index] = level
    for start, end in spans:
        inner = text[start + 1 : end]
        direction = _INITIATORS[text[start]] or first_strong(inner)
        level = base + 1 if (base % 2 == 0) == (direction == "R") else base + 2
        levels[start + 1 : end] = resolve_levels(inner, level)
    return levels


def _isolates(text: str) -> list[tuple[int, int]]:
    """The outermost isolates of ``text``: index of the initiator and of its PDI (or the
    end of the text when it is not closed), in order."""
    spans: list[tuple[int, int]] = []
    depth, start = 0, 0
    for index, char in enumerate(text):
        if char in _INITIATORS:
            if depth == 0:
                start = index
            depth += 1
        elif char == _PDI and depth:
            depth -= 1
            if depth == 0:
                spans.append((start, index))
    if depth:
        spans.append((start, len(text)))
    return spans


def first_strong(text: str) -> str:
    """``L`` or ``R``: the direction of the first strong character outside nested
    isolates (P2–P3); ``L`` when there is none."""
    depth = 0
    for char in text:
        if char in _INITIATORS:
            depth += 1
        elif char == _PDI:
            depth = max(depth - 1, 0)
        elif depth == 0:
            kind = bidi_class(char)
            if kind == "L":
                return "L"
            if kind in ("R", "AL"):
                return "R"
    return "L"


def _resolve_flat(text: str, base: int) -> list[int]:
    """``resolve_levels`` for a text without isolates."""
    classes = [bidi_class(char) for char in text]
    kept = [i for i, kind in enumerate(classes) if kind not in _REMOVED]
    types = [classes[i] for i in kept]
    edge = "R" if base % 2 else "L"
    _resolve_weak(types, edge)
    _resolve_brackets([text[i] for i in kept], [classes[i] for i in kept], types, edge)
    _resolve_neutrals(types, edge)
    levels = [base] * len(text)
    for i, kind in zip(kept, types, strict=True):
        if base % 2 == 0:
            levels[i] = base + (1 if kind == "R" else 2 if kind in ("AN", "EN") else 0)
        else:
            levels[i] = base + (1 if kind in ("L", "AN", "EN") else 0)
    previous = base
    for i, kind in enumerate(classes):
        if kind in _REMOVED:
            levels[i] = previous
        previous = levels[i]
    return levels


def _resolve_weak(types: list[str], edge: str) -> None:
    """Rules W1 to W7, in place."""
    previous = edge
    for i, kind in enumerate(types):
        if kind == "NSM":
            types[i] = previous
        previous = types[i]
    strong = edge
    for i, kind in enumerate(types):
        if kind in ("L", "R", "AL"):
            strong = kind
        elif kind == "EN" and strong == "AL":
            types[i] = "AN"
    for i, kind in enumerate(types):
        if kind == "AL":
            types[i] = "R"
    for i in range(1, len(types) - 1):
        before, kind, after = types[i - 1], types[i], types[i + 1]
        if before == after == "EN" and kind in ("ES", "CS"):
            types[i] = "EN"
        elif before == after == "AN" and kind == "CS":
            types[i] = "AN"
    i = 0
    while i < len(types):
        if types[i] != "ET":
            i += 1
            continue
        end = i
        while end < len(types) and types[end] == "ET":
            end += 1
        if (i > 0 and types[i - 1] == "EN") or (end < len(types) and types[end] == "EN"):
            types[i:end] = ["EN"] * (end - i)
        i = end
    for i, kind in enumerate(types):
        if kind in ("ES", "ET", "CS"):
            types[i] = "ON"
    strong = edge
    for i, kind in enumerate(types):
        if kind in ("L", "R"):
            strong = kind
        elif kind == "EN" and strong == "L":
            types[i] = "L"


def _bracket_pairs(chars: Sequence[str], types: Sequence[str]) -> list[tuple[int, int]]:
    """Positions of matching bracket pairs (BD16), by opening position."""
    stack: list[tuple[str, int]] = []
    pairs: list[tuple[int, int]] = []
    for i, char in enumerate(chars):
        if types[i] != "ON":
            continue
        char = _CANONICAL.get(char, char)
        if char in _OPENING:
            if len(stack) == _MAX_BRACKET_DEPTH:
                break
            stack.append((_CANONICAL.get(_OPENING[char], _OPENING[char]), i))
        elif char in _CLOSING:
            for depth in range(len(stack) - 1, -1, -1):
                if stack[depth][0] == char:
                    pairs.append((stack[depth][1], i))
                    del stack[depth:]
                    break
    return sorted(pairs)


def _direction(kind: str) -> str | None:
    if kind == "L":
        return "L"
    return "R" if kind in _STRONG_R else None


def _resolve_brackets(
    chars: Sequence[str], original: Sequence[str], types: list[str], edge: str
) -> None:
    """Rule N0: a bracket pair takes the direction of the text it encloses."""
    for opening, closing in _bracket_pairs(chars, types):
        inside = {_direction(kind) for kind in types[opening + 1 : closing]}
        if edge in inside:
            resolved = edge
        elif inside - {None}:
            # The opposite direction inside: it wins only if the text before agrees.
            resolved = next(
                (d for d in map(_direction, reversed(types[:opening])) if d is not None), edge
            )
        else:
            continue
        for position in (opening, closing):
            types[position] = resolved
            follower = position + 1
            while follower < len(types) and original[follower] == "NSM":
                types[follower] = resolved
                follower += 1


def _resolve_neutrals(types: list[str], edge: str) -> None:
    """Rules N1 and N2: neutrals between text of one direction take it, others the edge's."""
    i = 0
    while i < len(types):
        if types[i] not in _NEUTRAL:
            i += 1
            continue
        end = i
        while end < len(types) and types[end] in _NEUTRAL:
            end += 1
        before = _direction(types[i - 1]) if i > 0 else edge
        after = _direction(types[end]) if end < len(types) else edge
        resolved = before if before is not None and before == after else edge
        types[i:end] = [resolved] * (end - i)
        i = end


def visual_order(text: str, levels: Sequence[int], base: int) -> list[int]:
    """The indices of the line ``text`` in the order they are shown, left to right.

    ``levels`` are the line's slice of the paragraph's levels. Rule L1 puts trailing white
    space and separators back at the base level; L2 reverses each run at a right-to-left
    level, which also puts a combining mark before its base letter, where the shipped
    right-to-left fonts draw it.
    """
    line = list(levels)
    trailing = True
    for i in range(len(text) - 1, -1, -1):
        kind = bidi_class(text[i])
        if kind in ("S", "B"):
            line[i] = base
            trailing = True
        elif trailing and (kind == "WS" or kind in _REMOVED):
            line[i] = base
        else:
            trailing = False
    order = list(range(len(text)))
    if not line:
        return order
    lowest_odd = min((level for level in line if level % 2), default=None)
    if lowest_odd is None:
        return order
    for level in range(max(line), lowest_odd - 1, -1):
        i = 0
        while i < len(order):
            if line[order[i]] < level:
                i += 1
                continue
            end = i
            while end < len(order) and line[order[end]] >= level:
                end += 1
            order[i:end] = order[i:end][::-1]
            i = end
    return order
