"""Term patterns shared by the taxonomy and the lexicons.

A term is plain words matched case-insensitively on word edges; ``*`` at the end of a
word matches any ending ("tariff*" finds "tariffs"), and `` ~ `` lets up to six
words stand in between ("suspend* ~ talks" finds "suspended military talks").
Where several terms match at the same place, the longest term (then the first in
alphabetical order) wins; matches do not overlap.

``compile_terms`` and ``compile_named`` give the same matches as the plain alternation
``(?<![\\w-])A|(?<![\\w-])B|...`` of ``term_regex`` sources (longest term first), but the
alternation is factored into a tree on the terms' leading letters (case-blind terms in lower
case, compiled with re.IGNORECASE), so the regular-expression engine rejects a word with one
test per branch instead of trying every term at every word.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).parent / "data"
_GAP = r"(?:\s+[\w'’.$%-]+){0,6}?\s+"
_STAR = r"[\w-]*"
_SPACE = r"(?:\s+|-)"  # "coast guard" also matches "coast-guard", "forced labour" "forced-labour"
_BEFORE = r"(?<![\w-])"
_AFTER = r"(?![\w]|-\w)"
# With ``parts``, a term also matches a part of a hyphenated word: "tariff" in "non-tariff",
# "fentanyl" in "fentanyl-related" (topics want that; actors and cues do not: "US" in "US-China").
# "-wide" only sets a scope ("economy-wide emissions targets" are not about the economy), and
# a particle makes a new word ("trade-off", "trade-in", "lock-up" are not about trade or locks).
_BEFORE_PART = r"(?<!\w)"
_AFTER_PART = r"(?!\w|-(?:wide|offs?|ins?|outs?|ups?|ons?|overs?|downs?)\b)"
_QUOTES = frozenset("'’")
# Non-ASCII characters that re.IGNORECASE lets match an ASCII letter (checked in tests/test_terms.py).
_ASCII_FOLDS = {"i": "İı", "k": "\u212a", "s": "ſ"}


def term_regex(term: str, parts: bool = False) -> str:
    """The regular expression source for one term (``parts``: also inside hyphenated words)."""
    pieces = []
    for chunk in term.split(" ~ "):
        words = []
        for word in chunk.split():
            star = word.endswith("*")
            body = re.escape(word.rstrip("*")).replace("'", "['’]")
            words.append(body + (r"[\w-]*" if star else ""))
        pieces.append(_SPACE.join(words))
    if parts:
        return _BEFORE_PART + _GAP.join(pieces) + _AFTER_PART
    return _BEFORE + _GAP.join(pieces) + _AFTER


@lru_cache(maxsize=1)
def _every_character() -> str:
    return "".join(map(chr, range(0x110000)))


@lru_cache(maxsize=None)
def case_variants(char: str) -> frozenset[str]:
    """Every character that ``char`` matches under re.IGNORECASE (``char`` included)."""
    if char.isascii():
        if not char.isalpha():
            return frozenset(char)
        lower = char.lower()
        return frozenset({lower, lower.upper(), *_ASCII_FOLDS.get(lower, "")})
    return frozenset(re.findall(re.escape(char), _every_character(), re.IGNORECASE))


@dataclass(frozen=True)
class _Atom:
    """One step of a term: ``chars`` is the set of characters it consumes when it consumes exactly one."""

    source: str
    chars: frozenset[str] | None = None


def _char_atom(char: str, ignorecase: bool) -> _Atom:
    if char == "'":
        return _Atom("['’]", _QUOTES)
    chars = case_variants(char) if ignorecase else frozenset(char)
    if len(chars) == 1:
        return _Atom(re.escape(char), chars)
    return _Atom("[" + "".join(re.escape(c) for c in sorted(chars)) + "]", chars)


def _atoms(term: str, ignorecase: bool, marker: str, after: str = _AFTER) -> tuple[_Atom, ...]:
    """A term as a sequence of steps; the last one checks the word edge (and marks the term)."""
    atoms: list[_Atom] = []
    for c, chunk in enumerate(term.split(" ~ ")):
        if c:
            atoms.append(_Atom(_GAP))
        for w, word in enumerate(chunk.split()):
            if w:
                atoms.append(_Atom(_SPACE))
            atoms.extend(_char_atom(ch, ignorecase) for ch in word.rstrip("*"))
            if word.endswith("*"):
                atoms.append(_Atom(_STAR))
    atoms.append(_Atom(after + marker))
    return tuple(atoms)


def _alternation(items: list[tuple[tuple[_Atom, ...], int]]) -> str:
    """Regex source trying ``items`` (atoms, position) in order, factored on single characters.

    Items whose next step consumes one character from disjoint sets cannot both match at
    the same place, so they may be grouped by that character without changing which item
    matches first; any other step keeps its place in the order.
    """
    branches: list[str] = []
    run: dict[frozenset[str], list[tuple[tuple[_Atom, ...], int]]] = {}
    sources: dict[frozenset[str], str] = {}

    def flush() -> None:
        for key, group in run.items():
            branches.append(sources[key] + _alternation([(atoms, at + 1) for atoms, at in group]))
        run.clear()

    for atoms, at in items:
        atom = atoms[at]
        if atom.chars is None:
            flush()
            branches.append("".join(a.source for a in atoms[at:]))
            continue
        if atom.chars not in run and any(atom.chars & key for key in run):
            flush()
        run.setdefault(atom.chars, []).append((atoms, at))
        sources[atom.chars] = atom.source
    flush()
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def _ordered(terms: list[str]) -> list[str]:
    return sorted(set(terms), key=lambda t: (-len(t), t))


def terms_pattern(ordered: list[str], ignorecase: bool = True, named: bool = False, parts: bool = False) -> re.Pattern:
    """One pattern for ``ordered`` terms, tried in that order at each place.

    Matches like ``re.compile("|".join(term_regex(t, parts) for t in ordered), flags)``; with
    ``named``, an empty group ``t{i}`` marks which term matched (``m.lastgroup``).
    """
    if not ordered:
        return re.compile(r"(?!)")
    after = _AFTER_PART if parts else _AFTER
    # Case-blind terms are written in lower case and compiled with re.IGNORECASE: the same
    # matches as spelling out every letter's case variants ([Tt][Aa]...), at half the compile
    # time (a cold start compiles every lexicon), and the branches still factor on disjoint
    # letters because every term is in lower case.
    items = [
        (_atoms(t.lower() if ignorecase else t, False, f"(?P<t{i}>)" if named else "", after), 0) for i, t in enumerate(ordered)
    ]
    return re.compile((_BEFORE_PART if parts else _BEFORE) + _alternation(items), re.IGNORECASE if ignorecase else 0)


def compile_terms(terms: list[str], parts: bool = False) -> re.Pattern:
    """One pattern for many terms; longer terms are tried first so they win."""
    return terms_pattern(_ordered(terms), parts=parts)


def compile_named(terms: list[str]) -> tuple[re.Pattern, list[str]]:
    """Like compile_terms, with a named group per term: ``names[int(m.lastgroup[1:])]``."""
    ordered = _ordered(terms)
    return terms_pattern(ordered, named=True), ordered


def candidate_scan(
    groups: dict[str, list[str]],
    parts: bool = False,
) -> tuple[re.Pattern, dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    """One pass for several term lists: where could any of them match, and which could start there.

    Returns ``(anywhere, by_two, by_one)``: a zero-width pattern whose ``finditer`` gives every
    place (overlapping) where some term of some group matches; the groups (in ``groups`` order)
    having a term that can start with a given two characters; and the groups having a term
    shorter than two plain characters that can start with a given character. A group's
    ``compile_terms(terms, parts).findall(text)`` only finds matches starting at such a place ``p``,
    in ``by_two.get(text[p:p + 2])``, or, when that key is missing, in ``by_one.get(text[p])``.
    Terms must not be blank.
    """
    every = _ordered([t for terms in groups.values() for t in terms])
    if not every:
        return re.compile(r"(?!)"), {}, {}
    union = terms_pattern(every, parts=parts)
    anywhere = re.compile("(?=" + union.pattern + ")", union.flags)

    def variants(char: str) -> frozenset[str]:
        return _QUOTES if char == "'" else case_variants(char)

    two: dict[str, set[str]] = {}
    one: dict[str, set[str]] = {}
    for group, terms in groups.items():
        for term in terms:
            term = term.lstrip()  # a term's leading blanks are not matched
            lead = re.match(r"[^*\s~]*", term).group(0)
            if len(lead) >= 2:
                for first in variants(lead[0]):
                    for second in variants(lead[1]):
                        two.setdefault(first + second, set()).add(group)
            else:
                for first in variants(term[0]):
                    one.setdefault(first, set()).add(group)
    order = list(groups)
    for key, names in two.items():
        names |= one.get(key[0], set())
    by_two = {key: tuple(sorted(names, key=order.index)) for key, names in two.items()}
    by_one = {key: tuple(sorted(names, key=order.index)) for key, names in one.items()}
    return anywhere, by_two, by_one


# Each side's counterpart.
OTHER_SIDE = {"US": "China", "China": "US"}


# "May" inside a sentence is the month or a name ("in May", "Consul General Gregory May spent"), not
# the modal that hedges: blanked (same length) before a window is searched for hedges.
_MONTH_MAY = re.compile(r"(?<=\S\s)May\b")


def blank_month_may(text: str) -> str:
    """``text`` with every capitalised "May" after another word blanked, for hedge searches."""
    return _MONTH_MAY.sub("   ", text) if "May" in text else text


@lru_cache(maxsize=8)
def load_json(name: str) -> dict:
    """Read a data file from ``detente/data``."""
    return json.loads((DATA / name).read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def actor_terms() -> dict[str, tuple[str, ...]]:
    """Each actor's terms from ``data/actors.json`` (keys not starting with "_"); China's include
    "<province> province" for each province listed (its offices and people: ``provincial_actor``).
    A bare province name is no actor: "Shandong seafood processors" are firms."""
    data = load_json("actors.json")
    terms = {key: list(found) for key, found in data.items() if not key.startswith("_")}
    terms["China"] += [f"{province} province" for province in data.get("_China_provinces", [])]
    return {actor: tuple(found) for actor, found in terms.items()}


@lru_cache(maxsize=1)
def provincial_actor() -> re.Pattern:
    """A Chinese province's offices and people ("Sichuan officials", "Fujian provincial police"): one
    small pattern from ``actors.json``, not a term per province and role (which made every actor
    pattern slower to compile)."""
    data = load_json("actors.json")
    provinces = data.get("_China_provinces", [])
    roles = [r.rstrip("*") + (r"\w*" if r.endswith("*") else "") for r in data.get("_provincial_roles", [])]
    if not provinces or not roles:
        return re.compile(r"(?!)")
    return re.compile(
        r"\b(?:" + "|".join(map(re.escape, provinces)) + r")(?:['’]s)?\s+(?:provincial\s+)?(?:" + "|".join(r.replace(" ", r"\s+") for r in roles) + r")\b"
    )


@lru_cache(maxsize=1)
def place_institutions() -> tuple[tuple[str, re.Pattern], ...]:
    """(side, pattern) for an institution of a place on one side, or the place alone: "Tianjin
    University", "Shanghai's port authority", "the Institute of Plasma Physics in Hefei", "Jiangsu"
    (``actors.json``: ``_China_places`` with the provinces, ``_US_places`` with the states)."""
    data = load_json("actors.json")
    heads = "|".join(re.escape(h).replace(r"\ ", r"\s+") for h in sorted(data.get("_institution_heads", []), key=len, reverse=True))
    found = []
    for side, places in (("China", data.get("_China_places", []) + data.get("_China_provinces", [])), ("US", data.get("_US_places", []) + US_STATES)):
        if not places or not heads:
            continue
        names = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(places, key=len, reverse=True))
        found.append((side, re.compile(
            rf"\b(?:{names})\b(?:['’]s)?(?:\s+[\w'’.&-]+){{0,4}}?\s+(?:{heads})\b"
            rf"|\b(?:{heads})\s+(?:of|in|at|for)\s+(?:the\s+)?(?:[\w'’.&-]+\s+){{0,4}}?(?:{names})\b"
            rf"|^(?:[Tt]he\s+)?(?:{names})$"
        )))
    return tuple(found)


@lru_cache(maxsize=1)
def place_names() -> tuple[tuple[str, re.Pattern], ...]:
    """(side, pattern) of the places of each side alone ("Houston", "Chengdu", "Jiangsu")."""
    data = load_json("actors.json")
    found = []
    for side, places in (("China", data.get("_China_places", []) + data.get("_China_provinces", [])), ("US", data.get("_US_places", []) + US_STATES)):
        names = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(places, key=len, reverse=True))
        if names:
            found.append((side, re.compile(rf"\b(?:{names})\b")))
    return tuple(found)


US_STATES = [
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida", "Georgia", "Hawaii",
    "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan",
    "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey", "New Mexico", "New York",
    "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota",
    "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "Washington State", "West Virginia", "Wisconsin", "Wyoming",
]


def place_owner(phrase: str) -> str | None:
    """The side a subject that names no side belongs to by its place: "Tianjin University agreed" is
    China's, "The ports of Los Angeles and Long Beach undertook" America's; None when it names a
    place of neither side, and "both" for institutions of both ("The consulates in Houston and Chengdu")."""
    phrase = phrase.strip()
    if not phrase or len(phrase) > 90:
        return None
    post = _POSTS_IN.search(phrase)
    if post is not None:
        # "the consulates in Houston and Chengdu": a post belongs to the side whose city it is not in
        hosts = {side for side, pattern in place_names() if pattern.search(post.group("where"))}
        sides = {OTHER_SIDE[side] for side in hosts}
    else:
        sides = {side for side, pattern in place_institutions() if pattern.search(phrase)}
    return sides.pop() if len(sides) == 1 else "both" if sides else None


_POSTS_IN = re.compile(r"\b(?:embass|consulat)\w*(?:[-\s]+general)?\s+in\s+(?P<where>[^,;.]{2,60})", re.IGNORECASE)
