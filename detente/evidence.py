"""Evidence: later sentences that report progress on, fulfilment of, or a setback to a commitment.

A sentence is evidence when it carries an effect cue (``data/evidence_cues.json``) that
is not hedged, stands in an article dated after the commitment, shares the commitment's
topic, does not speak only of the other side, and shares at least one concept with the
commitment's words ("call" and "communication" are one concept, so are "precursor" and
"fentanyl"). Candidates come from an index on (topic, concept), newest first and capped,
so the cost grows with the corpus, not with corpus times commitments.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from detente.commitments import Commitment, content_terms, find_actors
from detente.terms import compile_named, compile_terms, load_json

EFFECTS = ("progress", "fulfilled", "setback")
MAX_CANDIDATES = 40

# Words that say the same thing about a commitment; each maps to one concept.
CONCEPTS = {
    "communication": "talks call channel dialogue contact hotline meet meeting conversation consultation spoke talk mil-to-mil military-to-military exchange",
    "fentanyl": "fentanyl precursor narcotic counternarcotic drug opioid chemical trafficking trafficker overdose pill",
    "tariff": "tariff duty duties levy levies truce import export trade",
    "rare-earth": "rare earth mineral magnet gallium germanium antimony graphite",
    "farm": "soybean farm agricultural grain purchase buy bought",
    "ai": "ai artificial intelligence algorithm",
    "climate": "climate emission methane carbon renewable clean coal",
    "chip": "chip semiconductor nvidia huawei lithography",
    "detainee": "detain detained detainee prisoner release freed exit",
    "nuclear": "nuclear warhead arsenal arms",
}
_CONCEPT_OF = {word: concept for concept, words in CONCEPTS.items() for word in words.split()}
_GENERIC = frozenset(
    """china chinese beijing washington united state biden trump official president leader government minister
    administration side country week month year day said told agreed agree relation relationship summit""".split()
)


@dataclass(frozen=True)
class EvidenceCue:
    """``effect`` is progress, fulfilled or setback; ``strong`` marks a setback that ends or reverses."""

    effect: str
    cue: str
    strong: bool = False


@lru_cache(maxsize=1)
def _cues():
    data = load_json("evidence_cues.json")
    kinds = {}
    for kind in ("fulfilled", "progress", "setback_strong", "setback"):
        for term in data[kind]:
            kinds.setdefault(term, kind)
    pattern, terms = compile_named(list(kinds))
    tension = load_json("tension_lexicon.json")
    return pattern, terms, kinds, compile_terms(tension["negators"]), compile_terms(tension["hedges"])


_CLAUSE_BREAK = re.compile(r"[,;:()\u2013\u2014]|\b(?:but|while|although|after)\b", re.IGNORECASE)
_PRIORITY = {"fulfilled": 3, "setback_strong": 2, "setback": 1, "progress": 0}


def effect_of(text: str) -> EvidenceCue | None:
    """The effect a sentence reports, or None. Negated progress is a setback; hedged cues count for nothing."""
    pattern, terms, kinds, negators, hedges = _cues()
    found: list[tuple[int, str, str]] = []
    for match in pattern.finditer(text):
        kind = kinds[terms[int(match.lastgroup[1:])]]
        before = text[max(0, match.start() - 40) : match.start()]
        breaks = list(_CLAUSE_BREAK.finditer(before))
        window = before[breaks[-1].end() :] if breaks else before
        if hedges.search(window):
            continue
        if negators.search(window) and kind in ("progress", "fulfilled"):
            kind = "setback"
        elif negators.search(window):
            continue
        found.append((_PRIORITY[kind], kind, match.group(0)))
    if not found:
        return None
    _, kind, cue = max(found, key=lambda item: item[0])
    if kind.startswith("setback"):
        return EvidenceCue("setback", cue, kind == "setback_strong")
    return EvidenceCue(kind, cue)


def concepts(text: str) -> set[str]:
    """Content terms of a text with synonyms folded into one concept, generic words dropped."""
    result = set()
    for term in content_terms(text):
        if term in _GENERIC:
            continue
        result.add(_CONCEPT_OF.get(term, term))
    return result


@dataclass
class EvidenceSentence:
    article_id: str
    sentence_index: int
    text: str
    date: date
    topics: list[str]
    source: str = ""


class CommitmentIndex:
    """Commitments indexed by (topic, concept), each list in date order."""

    def __init__(self, commitments: list[Commitment]):
        self.postings: dict[tuple[str, str], list[tuple[date, int, Commitment]]] = {}
        self.concepts: dict[str, set[str]] = {}
        for number, commitment in enumerate(commitments):
            if commitment.date is None:
                continue
            words = concepts(f"{commitment.action} {commitment.text}")
            self.concepts[commitment.id] = words
            for concept in words:
                self.postings.setdefault((commitment.topic, concept), []).append((commitment.date, number, commitment))
        for entries in self.postings.values():
            entries.sort(key=lambda e: (e[0], e[1]))

    def candidates(self, sentence: EvidenceSentence, words: set[str]) -> dict[str, tuple[Commitment, int]]:
        """Commitments made before the sentence's date sharing a topic and a concept: id -> (commitment, shared)."""
        found: dict[str, tuple[Commitment, int]] = {}
        for topic in sentence.topics:
            for concept in words:
                entries = self.postings.get((topic, concept))
                if not entries:
                    continue
                stop = bisect.bisect_left(entries, (sentence.date,), key=lambda e: (e[0],))
                for _, _, commitment in entries[max(0, stop - MAX_CANDIDATES) : stop]:
                    if commitment.id not in found:
                        shared = len(words & self.concepts[commitment.id])
                        found[commitment.id] = (commitment, shared)
        return found


def _actor_fits(commitment: Commitment, sentence_actors: set[str]) -> bool:
    """A sentence that names only the other side is about that side, not this commitment."""
    if commitment.actor == "both" or not sentence_actors or "both" in sentence_actors:
        return True
    return commitment.actor in sentence_actors


def link_evidence(index: CommitmentIndex, sentence: EvidenceSentence) -> list[tuple[Commitment, dict]]:
    """The commitments this sentence is evidence for, each with its evidence record."""
    cue = effect_of(sentence.text)
    if cue is None:
        return []
    words = concepts(sentence.text)
    found = index.candidates(sentence, words)
    if not found:
        return []
    actors = {actor for _, actor in find_actors(sentence.text)}
    fitting = [(c, shared) for c, shared in found.values() if _actor_fits(c, actors)]
    if not fitting:
        return []
    best = max(shared for _, shared in fitting)
    chosen = [c for c, shared in fitting if shared == best]
    record = {
        "article_id": sentence.article_id,
        "sentence_index": sentence.sentence_index,
        "text": sentence.text,
        "date": sentence.date,
        "effect": cue.effect,
        "cue": cue.cue,
        "strong": cue.strong,
        "source": sentence.source,
    }
    return [(c, dict(record)) for c in chosen]
