"""Multi-label topics from the editable taxonomy in ``data/taxonomy.json``.

Topic ids are fixed (other tools rely on them): counternarcotics, military,
middle_east, trade, technology, taiwan, climate, diplomacy, human_rights.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable, Mapping

from detente.terms import actor_terms, candidate_scan, compile_terms, load_json, terms_pattern

TOPIC_IDS = (
    "counternarcotics",
    "military",
    "middle_east",
    "trade",
    "technology",
    "taiwan",
    "climate",
    "diplomacy",
    "human_rights",
)


@dataclass(frozen=True)
class Taxonomy:
    """Topic id -> label, and the compiled pattern of each topic's terms.

    ``scan`` (built by ``build_taxonomy``, see ``terms.candidate_scan``) finds, in one pass, every
    place where some term of some topic matches, and which topics have a term starting with the
    characters there.
    """

    labels: dict[str, str]
    terms: dict[str, list[str]]
    patterns: dict[str, re.Pattern]
    scan: tuple[re.Pattern, dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]] | None = field(
        default=None, compare=False, repr=False
    )


def build_taxonomy(data: dict) -> Taxonomy:
    """Build a taxonomy from ``{topic_id: {"label": ..., "terms": [...]}}``."""
    topics = {key: value for key, value in data.items() if not key.startswith("_")}
    unknown = set(topics) - set(TOPIC_IDS)
    if unknown:
        raise ValueError(f"taxonomy: unknown topic ids {sorted(unknown)}; allowed: {TOPIC_IDS}")
    return Taxonomy(
        labels={t: topics[t].get("label", t) for t in topics},
        terms={t: list(topics[t]["terms"]) for t in topics},
        patterns={t: compile_terms(topics[t]["terms"], parts=True) for t in topics},
        # A blank term would match at any word start, which the scan's start table does not cover.
        scan=candidate_scan({t: topics[t]["terms"] for t in topics}, parts=True)
        if all(term.strip() for t in topics for term in topics[t]["terms"])
        else None,
    )


@lru_cache(maxsize=1)
def default_taxonomy() -> Taxonomy:
    """The taxonomy shipped in ``detente/data/taxonomy.json``."""
    return build_taxonomy(load_json("taxonomy.json"))


def _term_matches(text: str, taxonomy: Taxonomy):
    """(topic, match) for every match of every topic's pattern, as ``pattern.finditer(text)`` per topic would give.

    With the taxonomy's scan, the text is not scanned once per topic: a topic's match can only
    start where some term matches (the scan's places), so trying the topic's pattern there, left
    to right and past the end of its last match, finds the same matches.
    """
    if taxonomy.scan is None:
        for topic, pattern in taxonomy.patterns.items():
            for match in pattern.finditer(text):
                yield topic, match
        return
    anywhere, by_two, by_one = taxonomy.scan
    patterns = taxonomy.patterns
    ends: dict[str, int] = {}
    for found in anywhere.finditer(text):
        place = found.start()
        topics = by_two.get(text[place : place + 2])
        if topics is None:
            topics = by_one.get(text[place], ())
        for topic in topics:
            if ends.get(topic, 0) > place:
                continue
            match = patterns[topic].match(text, place)
            if match is not None:
                ends[topic] = match.end()
                yield topic, match


# Idioms that hold a topic's term but not its meaning: a "bargaining chip" is no semiconductor.
_IDIOMS = re.compile(r"\b(?:bargaining|blue)[\s-]chips?\b|\bchip(?:s|ped)?\s+in\b|\bchips\s+are\s+down\b", re.IGNORECASE)


# Terms too general to carry their topic when a more specific topic matches too (see
# ``match_topics_with_spans``).
_WEAK = {
    "trade": re.compile(r"export\w*|entity list", re.IGNORECASE),
    # an envoy or counterpart with a brief ("the U.S. climate envoy", "China's envoy to the U.N.
    # blamed Washington for the Middle East") is that brief's news
    "diplomacy": re.compile(r"envoys?|counterparts?", re.IGNORECASE),
    # Hong Kong named as a place of trade, finance or shipping is not a rights story
    "human_rights": re.compile(r"hong kong", re.IGNORECASE),
}
_YIELDS = {
    "trade": ("technology", "counternarcotics"),
    "diplomacy": ("climate",),
    "human_rights": ("trade", "technology", "middle_east", "military", "counternarcotics", "climate"),
}
_NONE = re.compile(r"(?!)")
# Names that hold a topic's term but belong elsewhere: China's "unreliable entity list" (a trade
# retaliation) and the forced-labour entity list (human rights) are not the Commerce Department's
# export-control Entity List, which is technology.
_INSIDE_OTHER_NAME = re.compile(r"\b(?:unreliable|forced[-\s]labou?r|UFLPA)\s+entity\s+list\b", re.IGNORECASE)
_NAMED_ELSEWHERE = frozenset({"technology"})
# A place named after a people is geography, not their rights: "black-carbon soot over the Tibetan Plateau".
_PLACE_NAME = re.compile(r"\bTibetan\s+Plateau\b", re.IGNORECASE)


def match_topics_with_spans(text: str, taxonomy: Taxonomy | None = None) -> tuple[dict[str, list[str]], tuple[int, ...]]:
    """``match_topics(text)`` and where the matched terms stand, flat (start, end, start, end, ...):
    compact enough to keep for every sentence of a large corpus until emerging terms need it."""
    taxonomy = taxonomy or default_taxonomy()
    hits: dict[str, list[str]] = {}
    spans: list[int] = []
    if "hip" in text:  # every idiom holds "chip"; blanking keeps every other match where it was
        text = _IDIOMS.sub(lambda m: " " * len(m.group(0)), text)
    inside = [m.span() for m in _INSIDE_OTHER_NAME.finditer(text)] if "ntity" in text else ()
    places = [m.span() for m in _PLACE_NAME.finditer(text)] if "lateau" in text else ()
    for topic, match in _term_matches(text, taxonomy):
        if inside and topic in _NAMED_ELSEWHERE and any(a <= match.start() and match.end() <= b for a, b in inside):
            continue
        if places and topic == "human_rights" and any(a <= match.start() and match.end() <= b for a, b in places):
            continue
        hits.setdefault(topic, []).append(match.group(0).lower())
        spans += match.span()
    for topic, others in _YIELDS.items():
        # "export controls on chips" is technology, not trade: a term that only says goods cross
        # a border gives way to a topic that says which goods.
        if topic in hits and any(o in hits for o in others) and all(_WEAK.get(topic, _NONE).fullmatch(t) for t in hits[topic]):
            del hits[topic]
    return {topic: list(dict.fromkeys(hits[topic])) for topic in taxonomy.patterns if topic in hits}, tuple(spans) if spans else ()


def linking_topics(text: str, topics: list[str]) -> list[str]:
    """The topics a sentence may link evidence on: its labels, plus a topic whose only terms gave way
    to a more specific one (``_YIELDS``). "Removed three firms from the Entity List" is labelled
    technology, yet it bears on a trade pledge to ease the list as much as on a technology one."""
    extra = [
        topic
        for topic, others in _YIELDS.items()
        if topic not in topics and any(o in topics for o in others) and _WEAK_WORD[topic].search(text)
    ]
    return sorted([*topics, *extra]) if extra else topics


_WEAK_WORD = {topic: re.compile(r"\b(?:" + pattern.pattern + r")\b", pattern.flags) for topic, pattern in _WEAK.items()}


def match_topics(text: str, taxonomy: Taxonomy | None = None) -> dict[str, list[str]]:
    """Topic id -> matched terms (lower case, in order, unique) for one sentence."""
    return match_topics_with_spans(text, taxonomy)[0]


_STOP = frozenset(
    """a an the and or but of to in on at for with by from as is are was were be been being
    it its this that these those he she they them his her their we our you your i
    has have had will would could should may might can not no also than then there here
    said says say told tell after before over under about into out up down more most
    such other which who whom whose what when where while why how all any both each
    mr mrs ms dr u.s us year years month months week weeks day days last next new first
    one two three four five percent per cent very just only so if because since until
    monday tuesday wednesday thursday friday saturday sunday
    president presidents vice secretary minister premier chairman spokesperson spokesman
    spokeswoman ambassador envoy official officials gen adm senator leader leaders
    between against among amid through during within without toward towards including per via
    whether another again still even yet however already does did done doing then though
    although despite across around onto upon much many few several some same own part
    described discussed added noted according expressed stressed closely
    take takes took taken make makes made raise raises raised seek seeks sought happen happens happened""".split()
)
_WORD = re.compile(r"[^\W\d_](?:[\w'’-]*[^\W\d_])?")


@lru_cache(maxsize=1)
def _actor_names() -> re.Pattern:
    """Every actor alias of ``data/actors.json`` (people, governments, ministries), case-blind."""
    names = {t for terms in actor_terms().values() for t in terms}
    return terms_pattern(sorted(names, key=lambda t: (-len(t), t)))


_INNER_WORD = re.compile(r"(?<=\s)\w")


def _name_spans(text: str) -> list[tuple[int, int]]:
    """Spans of actors' names, overlapping names joined ("President Xi" and "Xi Jinping" make
    one span over "President Xi Jinping")."""
    names = _actor_names()
    spans = []
    for m in names.finditer(text):
        start, end = m.span()
        inner = _INNER_WORD.search(text, start + 1, end)
        while inner is not None:
            longer = names.match(text, inner.start())
            if longer is not None and longer.end() > end:
                end = longer.end()
            inner = _INNER_WORD.search(text, inner.end(), end)
        spans.append((start, end))
    return spans


def _covered(text: str, taxonomy: Taxonomy, term_spans: tuple[int, ...] | None = None) -> list[tuple[int, int]]:
    """Character spans of the sentence that a taxonomy term or an actor's name already covers
    (``term_spans``: the taxonomy's, flat as ``match_topics_with_spans`` gives them, when the
    caller has matched the sentence already)."""
    if term_spans is None:
        return _name_spans(text) + [match.span() for _, match in _term_matches(text, taxonomy)]
    return _name_spans(text) + list(zip(term_spans[::2], term_spans[1::2]))


# The only function words a phrase may hold inside it, once ("freedom of navigation", "candid
# and constructive", "issues of common concern"); others make fragments ("support for russia's",
# "office in january").
_GLUE = frozenset({"of", "and"})
LONGEST_PHRASE = 4


def _phrases(text: str, covered: list[tuple[int, int]] = ()) -> list[str]:
    """The sentence's two- to four-word phrases that start and end on a content word (with content
    words inside, or one "of" or "and"), in order.

    A phrase never takes in a word inside a ``covered`` span (a taxonomy term, an actor's name):
    "South China Sea" in the taxonomy leaves no "south china" or "china sea" behind, and
    "President Joe Biden" no "president joe".
    """
    found = list(_WORD.finditer(text))
    words = [m.group(0).lower() for m in found]
    if covered:
        mask = bytearray(len(text))
        for a, b in covered:
            mask[a:b] = b"\x01" * (b - a)
        free = [mask.find(1, m.start(), m.end()) < 0 for m in found]
    else:
        free = [True] * len(found)
    ok = [f and len(w) >= 3 and w not in _STOP for w, f in zip(words, free)]
    glue = [f and w in _GLUE for w, f in zip(words, free)]
    phrases = []
    for n in range(2, LONGEST_PHRASE + 1):
        for i in range(len(words) - n + 1):
            last = i + n - 1
            if not (ok[i] and ok[last]):
                continue
            inner = range(i + 1, last)
            if all(ok[k] for k in inner) or (all(ok[k] or glue[k] for k in inner) and sum(glue[k] for k in inner) == 1):
                phrases.append(" ".join(words[i : last + 1]))
    return phrases


def _subsumed(mentions: Counter, share: float = 0.75) -> set[str]:
    """Shorter phrases that mostly occur inside one longer phrase ("joe biden" in "president joe
    biden", "common concern" and "issues of common" in "issues of common concern")."""
    out = set()
    for phrase, count in mentions.items():
        words = phrase.split(" ")
        if len(words) < 3:
            continue
        for size in range(2, len(words)):
            for start in range(len(words) - size + 1):
                part = " ".join(words[start : start + size])
                if part in mentions and count >= share * mentions[part]:
                    out.add(part)
    return out


def emerging_terms(
    sentences: Iterable[tuple[str, str]],
    taxonomy: Taxonomy | None = None,
    top: int = 30,
    min_articles: int = 2,
    term_spans: Mapping[str, tuple[int, ...]] | None = None,
) -> list[dict]:
    """Frequent two- to four-word phrases that no topic's terms cover.

    ``sentences`` yields (article_id, text). Returns dicts with ``term``, ``articles``
    (how many articles use it) and ``mentions``, most widespread first. ``term_spans``
    (text -> spans of its taxonomy matches, from ``match_topics_with_spans``) spares matching
    the sentences again.
    """
    term_spans = term_spans or {}
    taxonomy = taxonomy or default_taxonomy()
    by_article: dict[str, list[str]] = {}
    for article, text in sentences:
        by_article.setdefault(article, []).append(text)
    repeated = {text for text, count in Counter(t for texts in by_article.values() for t in texts).items() if count > 1}
    memo: dict[str, list[str]] = {}
    mentions: Counter = Counter()
    spread: Counter = Counter()
    for texts in by_article.values():
        here: set[str] = set()
        for text in texts:
            phrases = memo.get(text)
            if phrases is None:
                phrases = _phrases(text, _covered(text, taxonomy, term_spans.get(text)))
                if text in repeated:
                    memo[text] = phrases
            mentions.update(phrases)
            here.update(phrases)
        spread.update(here)
    hidden = _subsumed(mentions)
    ranked = sorted(
        (p for p in mentions if spread[p] >= min_articles and p not in hidden),
        key=lambda p: (-spread[p], -mentions[p], p),
    )
    result: list[dict] = []
    anywhere = taxonomy.scan[0] if taxonomy.scan is not None else None
    for phrase in ranked:
        if anywhere is not None:
            if anywhere.search(phrase):
                continue
        elif any(pattern.search(phrase) for pattern in taxonomy.patterns.values()):
            continue
        if any(phrase in kept["term"] for kept in result):
            continue
        result.append({"term": phrase, "articles": spread[phrase], "mentions": mentions[phrase]})
        if len(result) >= top:
            break
    shown = _surface_forms([r["term"] for r in result], (t for texts in by_article.values() for t in texts))
    for row in result:
        row["term"] = shown.get(row["term"], row["term"])
    return result


def _surface_forms(terms: list[str], texts: Iterable[str], sightings: int = 3) -> dict[str, str]:
    """How the text writes each (lower-case) term, from its first ``sightings`` occurrences: a word
    written capitalised every time keeps its capital ("Nancy Pelosi", "Russia's defense"), any
    other word stays in lower case (a capital that only starts a sentence is dropped)."""
    if not terms:
        return {}
    pattern = re.compile(
        r"(?<![^\W\d_])(?:" + "|".join(r"\s+".join(map(re.escape, t.split(" "))) for t in sorted(terms, key=len, reverse=True)) + r")(?![^\W\d_])",
        re.IGNORECASE,
    )
    seen: dict[str, list[str]] = {}
    pending = set(terms)
    for text in texts:
        for match in pattern.finditer(text):
            surface = " ".join(match.group(0).split())
            forms = seen.setdefault(surface.lower(), [])
            if len(forms) < sightings:
                forms.append(surface)
                if len(forms) == sightings:
                    pending.discard(surface.lower())
        if not pending:
            break
    out = {}
    for term, forms in seen.items():
        words = [f.split(" ") for f in forms]
        if any(len(w) != len(words[0]) for w in words):
            continue
        out[term] = " ".join(
            column[0] if all(w[:1].isupper() for w in column) and column[0].lower() not in _GLUE else column[0].lower()
            for column in zip(*words)
        )
    return out
