"""The US–China tension score of a sentence, an article and a period.

Raw TextBlob polarity reads most of this news as neutral ("export controls",
"military-to-military communications" carry no sentiment in a general lexicon), so the
score is led by a domain lexicon (``data/tension_lexicon.json``) of escalation and
easing cues, with negation and hedging, and nudged by TextBlob polarity.

A sentence score is a float in [-1, 1]: above 0 escalation, below 0 easing.
"""

from __future__ import annotations

import importlib.util
import math
import re
import sys
from dataclasses import dataclass, field
from functools import lru_cache

import pandas as pd

from detente.commitments import find_actors, is_hostile
from detente.evidence import reported_act, sentence_actors
from detente.terms import blank_month_may, compile_named, compile_terms, load_json, place_owner

LABELS = ("escalation", "easing", "neutral")
THRESHOLD = 0.3
POLARITY_WEIGHT = 0.2
NEGATION_FACTOR = 0.0
HEDGE_FACTOR = 0.1
BACKGROUND_FACTOR = 0.5
NAME_FACTOR = 0.3
COMMITMENT_WEIGHT = 0.8
JOINT_CONTACT_WEIGHT = 0.4
REVERSED_MINIMUM = 0.6
COMMITTED_FACTOR = 0.5
REVERSAL_REACH = 60  # characters from the reversing verb to the cue it governs


@dataclass(frozen=True)
class Cue:
    """One matched cue: the text, the lexicon term, and its signed contribution."""

    text: str
    term: str
    weight: float
    modifier: str = ""


@dataclass(frozen=True)
class TensionScore:
    """``score`` in [-1, 1]; ``label`` one of escalation, easing, neutral; the cues behind it."""

    score: float
    label: str
    cues: tuple[Cue, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class Lexicon:
    pattern: re.Pattern
    terms: list[str]
    weights: dict[str, float]
    negators: re.Pattern
    hedges: re.Pattern
    reversers: re.Pattern | None = None
    threats: frozenset[str] = frozenset()


def build_lexicon(data: dict) -> Lexicon:
    """Compile ``{"escalation": {term: w}, "easing": {term: w}, "negators": [], "hedges": [], "reversers": []}``."""
    weights = {t: float(w) for t, w in data["escalation"].items()}
    weights.update({t: -float(w) for t, w in data["easing"].items()})
    pattern, terms = compile_named(list(weights))
    return Lexicon(
        pattern=pattern,
        terms=terms,
        weights=weights,
        negators=compile_terms(data["negators"]),
        hedges=compile_terms(data["hedges"]),
        reversers=compile_terms(data["reversers"]) if data.get("reversers") else None,
        threats=frozenset(data.get("threats", ())),
    )


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    return build_lexicon(load_json("tension_lexicon.json"))


def _load_pattern_sentiment():
    """The analyser behind ``TextBlob(text).sentiment`` (``textblob.en.sentiment``).

    ``import textblob`` runs its package ``__init__``, which imports NLTK and with it SciPy:
    about a second of a cold app start, for a sentiment analyser that needs neither. When
    TextBlob is not imported yet, its ``en`` module is loaded under a bare parent package
    (its ``__init__`` not run), and the modules are then removed from ``sys.modules`` so a
    later ``import textblob`` loads the package the normal way.
    """
    if "textblob" in sys.modules:  # TextBlob already imported (or being imported): use it as it is
        import textblob.en as loaded  # noqa: PLC0415

        return loaded.sentiment
    spec = importlib.util.find_spec("textblob")
    if spec is None or not spec.submodule_search_locations:  # pragma: no cover - textblob is a requirement
        raise ImportError("textblob is not installed")
    parent = importlib.util.module_from_spec(spec)
    sys.modules["textblob"] = parent
    try:
        import textblob.en as pattern_en  # noqa: PLC0415 - loaded under the bare parent

        return pattern_en.sentiment
    finally:
        for name in ("textblob.en", "textblob._text", "textblob"):
            sys.modules.pop(name, None)


_pattern_sentiment = _load_pattern_sentiment()


def polarity(text: str) -> tuple[float, float]:
    """TextBlob's (polarity in [-1, 1], subjectivity in [0, 1]).

    Calls the analyser behind ``TextBlob(text).sentiment`` directly: the same numbers
    without building a TextBlob object per sentence.
    """
    result = _pattern_sentiment(text)
    return float(result[0]), float(result[1])


_CLAUSE_BREAK = re.compile(r"[,;:()\u2013\u2014]|\b(?:but|while|whereas|although|and\s+(?=\w+\s+(?:said|says|will|has|have|had|is|are|was|were)\b))\b", re.IGNORECASE)


# A reversing verb reaches over a list ("terminate its antitrust, anti-dumping and ... probes").
_LIST_BREAK = re.compile(_CLAUSE_BREAK.pattern.replace("[,;:", "[;:", 1), re.IGNORECASE)


def _window(text: str, start: int, breaks_at: re.Pattern = _CLAUSE_BREAK) -> str:
    """The words before a cue back to the start of its clause (a modifier's scope)."""
    before = blank_month_may(text[:start])
    breaks = list(breaks_at.finditer(before))
    return before[breaks[-1].end() :] if breaks else before


_SUBORDINATE = re.compile(r"\b(?:which|that\s+(?:has|have|had)|after|since|following|despite|amid|before|when)\b", re.IGNORECASE)
# A condition that governs the whole sentence: "If ...", "Were Congress to pass the bill, ...",
# or a modal with an if-clause anywhere ("A deal could be signed at the summit if ...").
_HYPOTHETICAL_START = re.compile(
    r"^\s*(?:if|unless|should|whether|were\s+(?:[\w.'’-]+\s+){1,5}?to)\b"
    # "Any deal letting Nvidia sell chips in China would need ...": a deal imagined, not made
    r"|^\s*any\s+(?:new\s+|future\s+|such\s+)?(?:deal|agreement|accord|truce|pact|arrangement|easing|thaw|move|sale|package)\b(?=[^.;]*\b(?:would|could|might|will)\b)|(?=.*?,\s*were\s+(?:it|they|he|she)\b)|^(?!.*\b(?:warn|signal|threat|caution))(?=.*?\b(?:could|might|may)\b[^.;]*\b(?:if|unless)\b)", re.IGNORECASE
)
# A pledge reported as made before ("had pledged in 2024 to ease visa delays"): what it promised
# is background to the report, not news of the relationship.
_EARLIER_PLEDGE = re.compile(r"\bhad\s+(?:\w+ly\s+)?(?:pledged|promised|agreed|committed|vowed|undertaken|offered)\b", re.IGNORECASE)
# "said it would sanction any company ...": a stated intention, which the modal does not hedge.
_STATED_INTENT = re.compile(
    r"\b(?:said|says|announced|declared|warned|vowed|told\s+\w+)\s+(?:that\s+)?(?:it|they|he|she|Beijing|Washington|China|the\s+United\s+States)\s+would\b"
    r"(?!\s+(?:be|welcome|like|love|prefer|consider|want|hope|need|have|seek|look|study|review|weigh|examine)\b)",
    re.IGNORECASE,
)
EARLIER_FACTOR = 0.1
_PLEDGE_TERM = re.compile(r"(?:agree|pledg|promis|commit|vow)", re.IGNORECASE)
# "China had agreed in 2024 to ...", but not "Mr. Trump said he had agreed to ..." (reported news)
_HAD_BEFORE = re.compile(r"(?<!said he )(?<!said she )(?<!said it )(?<!said they )(?<!says he )(?<!says it )\bhad\s+(?:\w+ly\s+)?$", re.IGNORECASE)
# A demand on a third country ("to urge Iranian leaders to let inspectors back") is not between the two sides.
_DEMAND_TERM = re.compile(r"(?:urg|press|call|demand|ask)", re.IGNORECASE)
_THIRD_OBJECT = re.compile(
    r"\W*(?:\w+\W+){0,3}?(?:Iran\w*|Tehran|Russia\w*|Moscow|Israel\w*|Hamas|Houthi\w*|North\s+Korea\w*|Pyongyang|Pakistan\w*|India\w*|Japan\w*|Mexic\w*|Venezuela\w*|Ukrain\w*|Syria\w*|Saudi\w*|Myanmar|Afghan\w*)\b"
)
# A sentence dated well back ("back in 2014", "a decade ago", "three years ago") tells background.
# A sentence that opens on a past year ("In the January 2020 trade deal China agreed ...", "Under the
# 2015 accord ...", "The 2020 Phase One deal committed ..."): history, told for context.
_OPENS_DATED = re.compile(r"^\W*(?:(?:in|at|during|under)\s+[^,;]{0,50}?|the\s+)(?:19|20)\d\d\b", re.IGNORECASE)
_DATED_NAME = re.compile(r"\bthe\s+(?:19|20)\d\d\s+(?:[A-Z][\w-]*\s+){0,3}$")
_DATED_PAST = re.compile(r"\b(?:back\s+in\s+(?:19|20)\d\d|last\s+(?:met|convened|took\s+place|was\s+held)\b|(?:a|one|two|three|four|five|several|many)\s+(?:decades?|years)\s+ago|decades?\s+ago)\b", re.IGNORECASE)


def find_cues(text: str, lexicon: Lexicon | None = None, committed: tuple[int, int] | None = None) -> list[Cue]:
    """Every lexicon cue in the sentence with its modifiers applied.

    negated: a negator ("not", "refused to", "suspended") stands in the few words before it;
    reversed: an escalation cue is the object of a verb that ends or averts it ("suspend its
    port fees", "terminate its anti-dumping probes", "avoid another round of escalation"):
    the pair eases, and the verb's own cue ("suspend") is spent on it; hedged: a hedge or
    demand ("could", "if", "urged") stands before it, unless the cue is a threat ("would
    retaliate if ..." threatens, whatever the modal); background: it sits in a subordinate
    clause ("after", "which", "since"); name: it is part of a proper name ("Shangri-La
    Dialogue"); committed: an escalation word inside the span of a commitment's promised action
    (``committed``: "promised to tighten export checks on drone engines" is a step one side
    undertook towards the other). Each modifier scales the cue's weight.
    """
    lexicon = lexicon or default_lexicon()
    cues: list[Cue] = []
    spans: list[tuple[int, int]] = []
    hypothetical = bool(_HYPOTHETICAL_START.match(text))
    dated_back = bool(_DATED_PAST.search(text))
    history = bool(_OPENS_DATED.match(text))
    spent: list[tuple[int, int]] = []
    for match in lexicon.pattern.finditer(text):
        term = lexicon.terms[int(match.lastgroup[1:])]
        weight = lexicon.weights[term]
        window = _window(text, match.start())
        surface = match.group(0)
        modifier = ""
        reverser = _reverser(lexicon, text, match.start(), spans) if weight > 0 else None
        lifted = _PASSIVE_REVERSAL.match(text, match.end()) if weight > 0 and reverser is None else None
        if any(a <= match.start() < b for a, b in spent):
            cues.append(Cue(surface, term, 0.0, "spent"))  # the passive verb already reversed an earlier cue
            spans.append(match.span())
            continue
        verb = (lifted.lastindex or 1) if lifted is not None else 1
        if lifted is not None and not lexicon.negators.search(lifted.group(0)[: lifted.start(verb) - match.end()]):
            spent.append(lifted.span(verb))
            # "Restrictions on poultry ... were lifted by China's customs": the passive reverses it too
            weight = -max(weight, REVERSED_MINIMUM)
            modifier = "reversed"
            if hypothetical or lexicon.hedges.search(window):
                weight *= HEDGE_FACTOR
                modifier = "reversed hedged"
        elif reverser is not None:
            weight = -max(weight, REVERSED_MINIMUM)
            modifier = "reversed"
            if _EARLIER_PLEDGE.search(window):
                weight *= EARLIER_FACTOR
                modifier = "reversed earlier pledge"
            start, end = reverser
            for i, (a, b) in enumerate(spans):  # the verb's own cue is spent on this one
                if a <= start and end <= b and cues[i].weight > 0:
                    cues[i] = Cue(cues[i].text, cues[i].term, 0.0, "spent")
            if hypothetical:
                weight *= HEDGE_FACTOR
                modifier = "reversed hedged"
        elif lexicon.negators.search(_NOT_A_REVERSAL.sub(" ", window)):
            weight *= NEGATION_FACTOR
            modifier = "negated"
        elif term in lexicon.threats:
            pass  # a threat is conditional by nature: "would fight to the end if ..." is not a hedge
        elif history or _DATED_NAME.search(text, max(0, match.start() - 50), match.start()):
            # ... or the cue names a past year's deal: "under the 2020 Phase One deal"
            weight *= EARLIER_FACTOR
            modifier = "dated earlier"
        elif _EARLIER_PLEDGE.search(window) or (_PLEDGE_TERM.match(term) and _HAD_BEFORE.search(window)):
            weight *= EARLIER_FACTOR
            modifier = "earlier pledge"
        elif hypothetical or lexicon.hedges.search(_STATED_INTENT.sub(" ", window + surface)[: len(window)]):
            weight *= HEDGE_FACTOR
            modifier = "hedged"
        elif dated_back or _SUBORDINATE.search(text[: match.start()][-60:]):
            weight *= BACKGROUND_FACTOR
            modifier = "background"
        if weight > 0 and _DEMAND_TERM.match(term) and _THIRD_OBJECT.match(text, match.end()):
            weight = 0.0
            modifier = "demand on a third country"
        if committed and weight > 0 and committed[0] <= match.start() < committed[1]:
            weight *= COMMITTED_FACTOR
            modifier = (modifier + " committed").strip()
        if match.start() > 0 and surface[0].isupper() and not term[0].isupper():
            weight *= NAME_FACTOR
            modifier = (modifier + " name").strip()
        cues.append(Cue(surface, term, round(weight, 3), modifier))
        spans.append(match.span())
    return cues


# An escalation cue whose clause goes on to say it was ended: "restrictions on poultry from three
# states were lifted", "the tariffs have since been suspended".
_PASSIVE_REVERSAL = re.compile(
    r"(?:(?!\b(?:that|to|which|who|but|if|when)\b|,\s+and\b)(?:[^;.:]|\.(?=\S)|(?<=U\.S)\.)){0,60}?\b(?:was|were|is|are|(?:has|have|had)\s+(?:since\s+|now\s+|also\s+)?been|will\s+be|would\s+be)\s+(?:\w+ly\s+|since\s+|also\s+)?"
    r"(lifted|eased|removed|dropped|suspended|scrapped|rolled\s+back|rescinded|revoked|waived|withdrawn|called\s+off|cancel+ed|halted|paused|ended|shelved|put\s+on\s+hold|put\s+off)\b"
    # ... or that it fell of itself: "tariffs on most Chinese goods dropped to about 30%", "flights around Taiwan fell sharply"
    r"|(?:(?!\b(?:that|to|which|who|but|if|when)\b|,)(?:[^;.:]|\.(?=\S)|(?<=U\.S)\.)){0,40}?\b(fell|dropped|declined|eased|came\s+down|came\s+off)\b(?!\s+(?:short|behind|into)\b)"
    # ... or that someone put it on hold: "put a planned arms package for Taiwan on hold"
    r"|(?:(?!\b(?:that|to|which|who|but|if|when)\b|,)(?:[^;.:]|\.(?=\S)|(?<=U\.S)\.)){0,20}?\b(on\s+hold)\b",
    re.IGNORECASE,
)


_NOT_A_REVERSAL = re.compile(r"end[\s-]+(?:users?|uses?)\b", re.IGNORECASE)


def _reverser(lexicon: Lexicon, text: str, cue_start: int, spans: list[tuple[int, int]]) -> tuple[int, int] | None:
    """Where the last verb before the cue that ends or averts it stands ("suspend", "avoid"), if
    it is in the cue's clause (a list's commas do not end it) and within reach, is not a word of
    a longer cue ("fight to the end"), and no negator or hedge stands before it ("did not
    suspend", "called on Beijing to halt")."""
    if lexicon.reversers is None:
        return None
    window = _window(text, cue_start, _LIST_BREAK)
    found = None
    for found in lexicon.reversers.finditer(window):
        if _NOT_A_REVERSAL.match(window, found.start()):
            found = None  # "any American end user": a noun, not an ending
    if found is None and _NOT_A_REVERSAL.search(window):
        return None
    if found is None or len(window) - found.end() > REVERSAL_REACH:
        return None
    offset = cue_start - len(window)
    start, end = offset + found.start(), offset + found.end()
    if any(a <= start and end <= b and (a, b) != (start, end) for a, b in spans):
        return None
    before = window[: found.start()]
    if lexicon.negators.search(before) or lexicon.hedges.search(before):
        # "has not agreed to lift the controls": the negator wins; "called on Beijing to halt
        # dangerous intercepts" is a protest, and "could lift" a hedge: the cues stay as they are
        return None
    return start, end


# The two sides meeting or talking, reported as done: "U.S. and Chinese climate officials met in
# Bonn", "the two presidents spoke by phone", "held their first dialogue on AI risks".
_CONTACT = re.compile(
    r"\b(?:met|meet|meets|spoke|speak|speaks|talked|conferred|discussed|briefed(?!\s+on\b)|sat\s+down|shook\s+hands"
    r"|held\s+(?:[\w-]+\s+){0,4}?(?:talks|dialogue|call|meeting|consultations|round|session|summit|exchange|workshop|forum|conference)"
    r"|(?:took|received|returned|answered|had)\s+(?:a|the|his|her)\s+(?:phone\s+|video\s+)?call"
    r"|carried\s+out\s+(?:a\s+)?joint|jointly|co-hosted|shared\s+a\s+stage|worked\s+together)\b",
    re.IGNORECASE,
)
# Every _CONTACT match holds one of these (lower case).
_CONTACT_WORDS = ("met", "meet", "spoke", "speak", "talked", "conferred", "discussed", "briefed", "sat", "shook", "held", "joint", "co-hosted", "shared a stage", "worked together", " call")
_BOTH_SIDES = re.compile(
    r"\b(?:the|both)\s+(?:two\s+)?(?:sides|leaders|presidents|militaries|governments|delegations|countries|nations|envoys|ministers|defen[cs]e\s+chiefs)\b"
    r"|\b(?:U\.S\.|US|American|Chinese)\s+and\s+(?:U\.S\.|US|American|Chinese)\b|\bthe\s+two\b",
    re.IGNORECASE,
)


def joint_contact(text: str, lexicon: Lexicon | None = None) -> str:
    """The contact verb when the sentence reports the two sides meeting or talking (not negated,
    hedged or in a subordinate clause), else ""."""
    lower = text.lower()
    if not any(word in lower for word in _CONTACT_WORDS):
        return ""
    match = _CONTACT.search(text)
    if match is None:
        return ""
    head = text[: match.start()]
    if not _BOTH_SIDES.search(head):
        # the two sides named one by one ("Kerry and Xie met"), or the other side as the
        # object ("China's envoy briefed U.S. diplomats")
        met = " ".join(text[match.end() :].split()[:8])
        sides = {actor for _, actor in find_actors(head)} | {actor for _, actor in find_actors(met)}
        if not ({"US", "China"} <= sides or "both" in sides):
            return ""
    lexicon = lexicon or default_lexicon()
    window = _window(text, match.start())
    if lexicon.negators.search(window) or lexicon.hedges.search(window) or _HYPOTHETICAL_START.match(text):
        return ""
    if _SUBORDINATE.search(head[-60:]):
        return ""
    return match.group(0).lower()


_BACKS_TAIWAN = re.compile(r"\b(?:Taiwan|Taipei|Taiwanese)\b")
_PASSIVE_PROMISE = re.compile(r"(?:will|would|shall|is|are)\s+(?:also\s+)?(?:to\s+)?be\s+\w+", re.IGNORECASE)
_RESTRAINT = re.compile(r"\b(?:no|not|never|refrain\w*|hold\s+off|limit\w*|halt\w*|pause\w*|suspend\w*|freeze|reduce\w*|oppose\w*|does\s+not\s+support)\b", re.IGNORECASE)

# One side's police, customs or courts acting: against drug traffickers on China's side it is the
# cooperation Washington asked for ("Chinese customs seized three tons of precursor chemicals");
# by the US against Chinese firms or goods it is a measure against China ("U.S. forces seized
# Chinese-made drone parts").
_ENFORCEMENT = re.compile(r"\b(?:seized|arrested|detained|raided|busted|dismantled|shut\s+down|convicted|sentenced|prosecuted|indicted|charged|intercepted|confiscated|ordered\s+(?:[\w-]+\s+){1,6}?to\s+forfeit)\b", re.IGNORECASE)
_DRUGS = re.compile(r"\b(?:fentanyl|precursors?|narcotics?|drugs?|opioids?|nitazenes?|pill\s+press\w*|methamphetamine|traffick\w*)\b", re.IGNORECASE)
_CHINESE_TARGET = re.compile(r"\b(?:Chinese|China['’]s|Chinese-made|Chinese-owned|Chinese-flagged|Hong\s+Kong-based|Chinese\s+nationals?)\b")
_AMERICAN_TARGET = re.compile(r"\b(?:American|Americans|U\.S\.(?:\s+citizens?|\s+nationals?)?|U\.S\.-owned|U\.S\.-based)\b")
ENFORCEMENT_WEIGHT = 0.6


def enforcement(text: str) -> Cue | None:
    """An easing cue for China enforcing drug laws, an escalation cue for the US enforcing its laws
    against Chinese targets; None when the sentence reports neither (or hedges or negates it)."""
    match = _ENFORCEMENT.search(text)
    if match is None:
        return None
    head = text[: match.start()]
    window = _window(text, match.start())
    lexicon = default_lexicon()
    if lexicon.negators.search(window) or lexicon.hedges.search(window) or _SUBORDINATE.search(head[-60:]):
        return None
    doers = {actor for _, actor in find_actors(window)}
    if not doers:
        # "A court in Zhejiang sentenced ...": a place's institution acts for its side
        owner = place_owner(head[-60:].split(",")[-1].split("—")[-1])
        doers = {owner} if owner in ("US", "China") else set()
    after = text[match.start() :]  # the verb and what follows: "ordered a Chinese chemical company to forfeit"
    if doers == {"China"} and _DRUGS.search(text):
        return Cue(match.group(0), "enforcement by China on drugs", -ENFORCEMENT_WEIGHT, "")
    if doers == {"US"} and _CHINESE_TARGET.search(after):
        return Cue(match.group(0), "US enforcement against Chinese targets", ENFORCEMENT_WEIGHT, "")
    if doers == {"China"} and _AMERICAN_TARGET.search(after):
        return Cue(match.group(0), "Chinese enforcement against American targets", ENFORCEMENT_WEIGHT, "")
    return None


SHARED_ACT_WEIGHT = 0.45
# Modals, comparisons, habits and third parties: no act between the two sides reported as done.
_NOT_SHARED = re.compile(
    r"\b(?:would|will|could|might|may|should|whether|than|without\s+[a-z]+ing|every\s+(?:year|month|week|day)|annual\w*|Taiwan\w*|Taipei|Mexic\w*|Japan\w*|Philippin\w*|Russia\w*|Iran\w*)\b",
    re.IGNORECASE,
)


_HOSTILE_ACT = re.compile(
    r"\b(?:imposed|sentenced|detained|arrested|jailed|expelled|seized|raided|sanctioned|charged|indicted|convicted|fined|blacklisted|penali[sz]ed"
    r"|confiscated|hauled|impounded|intercepted|shadowed|harassed|rammed|boarded|tightened|restricted|barred|banned|blocked|denied|revoked|raised|vetoed)\b",
    re.IGNORECASE,
)


def _joint_subject(text: str, act: str) -> bool:
    """"U.S. agents and Chinese police arrested 12 members of a ring": both sides did it together."""
    at = text.find(act)
    head = text[:at] if at > 0 else ""
    sides = {actor for _, actor in find_actors(head)}
    return "both" in sides or {"US", "China"} <= sides


def shared_act(text: str) -> str:
    """The verb when a sentence with no tension cue reports an act done that involves both sides
    ("Chinese inspectors toured three U.S. poultry plants"): cooperation the lexicon has no word
    for. Empty when the act is negated, hedged or a setback, or only one side is named."""
    sides = sentence_actors(text)
    if not ({"US", "China"} <= sides or "both" in sides) or _NOT_SHARED.search(text):
        return ""
    act = reported_act(text)
    return act.cue if act is not None and act.effect == "progress" else ""


def label_for(score: float, threshold: float = THRESHOLD) -> str:
    """escalation above ``threshold``, easing below ``-threshold``, else neutral."""
    if score > threshold:
        return "escalation"
    if score < -threshold:
        return "easing"
    return "neutral"


def score_sentence(
    text: str,
    sentence_polarity: float | None = None,
    commitment: object = False,
    lexicon: Lexicon | None = None,
) -> TensionScore:
    """Tension of one sentence in [-1, 1].

    The sum of cue weights, minus a share of TextBlob polarity, minus ``COMMITMENT_WEIGHT``
    when the sentence states a commitment (an undertaking between the sides eases),
    squashed with tanh. Without a domain cue, weak general sentiment counts for nothing.
    ``commitment`` is a bool, or the commitment found in the sentence (an object with
    ``start`` and ``action``, as ``detente.commitments.detect`` gives it): escalation words
    inside its promised action then count for less.
    """
    committed = None
    if commitment and hasattr(commitment, "start") and hasattr(commitment, "action"):
        hostile = is_hostile(commitment.action)
        # A passive promise names what it is about before its verb ("18 launchers for Taiwan are to be shipped").
        about = text[: commitment.start + len(commitment.action) + 1] if _PASSIVE_PROMISE.match(commitment.action) else commitment.action
        if hostile or (_BACKS_TAIWAN.search(about) and getattr(commitment, "actor", "") == "US" and not _RESTRAINT.search(about)):
            # "will send a warship through the Taiwan Strait every month", "will impose visa restrictions
            # on Hong Kong officials": a measure against the other side, not an undertaking towards it;
            # its words count in full.
            commitment = False
        else:
            committed = (commitment.start, commitment.start + len(commitment.action) + 1)
    cues = find_cues(text, lexicon, committed)
    if commitment:
        cues.append(Cue("(states a commitment)", "commitment", -COMMITMENT_WEIGHT, ""))
    enforced = enforcement(text)
    if enforced:
        cues.append(enforced)
    contact = joint_contact(text, lexicon)
    if contact:
        cues.append(Cue(f"(the two sides {contact})", "joint contact", -JOINT_CONTACT_WEIGHT, ""))
    elif SHARED_ACT_WEIGHT and not cues and not enforced:
        act = shared_act(text)
        if act and _HOSTILE_ACT.search(act) and not _joint_subject(text, act):
            # "A Chinese court sentenced an American pastor", "China imposed a duty on U.S. LNG": done to the other side
            cues.append(Cue(f"(a hostile act between the sides: {act})", "hostile act", SHARED_ACT_WEIGHT, ""))
        elif act:
            cues.append(Cue(f"(an act between the sides: {act})", "shared act", -SHARED_ACT_WEIGHT, ""))
    if sentence_polarity is None:
        sentence_polarity = polarity(text)[0]
    raw = sum(c.weight for c in cues)
    if cues or abs(sentence_polarity) >= 0.3:
        raw -= POLARITY_WEIGHT * sentence_polarity
    score = math.tanh(raw)
    return TensionScore(round(score, 4), label_for(score), tuple(cues))


def article_score(scores: list[float]) -> float:
    """Mean sentence tension over the article's scored sentences, in [-1, 1]; 0.0 when none."""
    return round(sum(scores) / len(scores), 4) if scores else 0.0


FREQUENCIES = {"day": "D", "week": "W-MON", "month": "MS"}


def period_index(articles: pd.DataFrame, freq: str = "month", base: tuple | None = None) -> pd.DataFrame:
    """Tension per period, built like the Geopolitical Risk and US–China Tension indexes.

    ``articles`` needs ``date``, ``tension`` (article score) and ``escalation_sentences`` /
    ``easing_sentences`` counts; duplicates and undated articles are left out by the caller.
    For each period: article count, mean tension, the share of articles that report
    escalation and easing, and ``share_index``: the escalation share normalised so that
    its mean over the base period (default: the whole span) is 100.
    """
    columns = ["period", "articles", "mean_tension", "escalation_share", "easing_share", "share_index", "net_index"]
    dated = articles.dropna(subset=["date"])
    if dated.empty:
        return pd.DataFrame(columns=columns)
    frame = dated.assign(
        period=pd.to_datetime(dated["date"]).dt.to_period(FREQUENCIES[freq][0]).dt.start_time,
        escalating=dated["escalation_sentences"] > dated["easing_sentences"],
        easing=dated["easing_sentences"] > dated["escalation_sentences"],
    )
    grouped = frame.groupby("period").agg(
        articles=("tension", "size"),
        mean_tension=("tension", "mean"),
        escalation_share=("escalating", "mean"),
        easing_share=("easing", "mean"),
    )
    full = pd.date_range(grouped.index.min(), grouped.index.max(), freq=FREQUENCIES[freq])
    grouped = grouped.reindex(full)
    grouped["articles"] = grouped["articles"].fillna(0).astype(int)
    base_rows = grouped if base is None else grouped.loc[pd.Timestamp(base[0]) : pd.Timestamp(base[1])]
    base_share = base_rows["escalation_share"].mean()
    base_net = (base_rows["escalation_share"] - base_rows["easing_share"]).mean()
    grouped["share_index"] = grouped["escalation_share"] / base_share * 100 if base_share else float("nan")
    net = grouped["escalation_share"] - grouped["easing_share"]
    grouped["net_index"] = 100 + (net - base_net) * 100
    grouped = grouped.reset_index(names="period")
    return grouped[columns]
