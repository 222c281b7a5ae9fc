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
from typing import NamedTuple
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from detente.commitments import Commitment, attribution, content_terms, find_actors
from detente.effect_model import read_effect, replaces
from detente.terms import OTHER_SIDE, blank_month_may, compile_named, compile_terms, load_json
from detente.topics import TOPIC_IDS, linking_topics, match_topics

_DIGIT = re.compile(r"\d")
EFFECTS = ("progress", "fulfilled", "setback")
ANY_TOPIC = "*"  # index key of commitments with no specific topic (see CommitmentIndex)
MAX_CANDIDATES = 40
NAMED_SHARED = 4  # shared concepts (names counting double) for a link found only through a shared name

# Words that say the same thing about a commitment; each maps to one concept.
CONCEPTS = {
    "restore": "restore resume reopen re-establish reestablish revive reinstate",
    "communication": "talks call phone channel dialogue contact hotline meet meeting conversation consultation spoke talk mil-to-mil military-to-military exchange negotiation negotiate",
    "fentanyl": "fentanyl precursor narcotic counternarcotic drug opioid chemical trafficking trafficker overdose pill",
    "tariff": "tariff duty duties levy levies truce import trade",
    "rare-earth": "rare earth mineral magnet gallium germanium antimony graphite",
    "farm": "soybean sorghum wheat corn beef pork log timber farm agricultural grain purchase buy bought",
    "ai": "ai artificial intelligence algorithm",
    "climate": "climate emission methane carbon renewable clean coal",
    "chip": "chip semiconductor nvidia huawei lithography",
    "detainee": "detain detained detainee prisoner release freed exit",
    "nuclear": "nuclear warhead arsenal arms",
    "probe": "investigate investigation probe inquiry",
}
# What a commitment is about, as against how it is pursued ("restore", "communication"): a
# commitment about one of these takes no evidence from a sentence about other subjects only
# ("talks on artificial intelligence" are not set back by news of arms-control talks).
SUBJECTS = frozenset(CONCEPTS) - {"restore", "communication"}
# Kinds of act: words that report doing the same thing ("delivered", "shipped", "handed over";
# "published", "posted", "issued"). They fold into one concept for counting what a report shares
# with a promise, but say nothing of what the promise is about (not ``SUBJECTS``). Measured on the
# tuning sets: these two kinds gain four statuses with none lower; kinds for inspecting, visiting,
# training, returning people, licensing, paying and answering gained nothing or lost.
ACTS = {
    "deliver": "deliver delivered delivering delivery deliveries ship shipped shipping shipment shipments hand handed handing handover transfer transferred transfers",
    "publish": "publish published publishing publication post posted posting issue issued issuing unveil unveiled disclose disclosed disclosure",
}
# Each concept's own name is one of its words too ("communication" -> "commun" -> communication).
_CONCEPT_OF = {stem: concept for concept, words in {**ACTS, **CONCEPTS}.items() for word in [concept, *words.split()] for stem in content_terms(word)}
_GENERIC = frozenset(
    """china chinese beijing washington united states state biden trump official officials president leader leaders
    pentagon treasury ministry commerce defense spokesman spokeswoman embassy
    government minister administration side sides country countries week month year day said told agreed agree
    relation relations relationship summit has have had been was were would will new military""".split()
)
# "U.S. soybeans", "Chinese buyers": a side named as a modifier of goods or markets is not an actor.
_MODIFIER = re.compile(
    r"\b(?:U\.S\.|US|American|Chinese|China['’]s)\s+(?:\w+\s+)?(?:soybeans?|goods|products|exports?|imports?|farm\w*|chips?|companies|firms|markets?"
    r"|citizens|students|nationals|consumers|buyers|sellers|traders|shares|stocks|bonds|dollars?|economy|crops?|beef|pork|LNG|oil|cargoes|shipments?|ports?|soil|waters"
    r"|sorghum|corn|maize|wheat|poultry|chicken|cotton|lumber|logs|seafood|grain|gas|ethane|coal|crude|aircraft|jets|planes|cars|vehicles|drugs|medicines|films|movies|beef\s+plants"
    r"|graphite|magnets|minerals|gallium|germanium|antimony|panels|batteries|steel|aluminum|aluminium|machinery|equipment|tools|parts|components|cranes|ships|vessels|whey|dairy|polysilicon|wafers"
    r"|providers|customers|clients|carriers|airlines|users|manufacturers|suppliers|makers|exporters|importers|investors|tourists|travell?ers|visitors|universities|brands|plants|factories"
    r"|traits|varieties|seeds|strains|models|routers|drones|devices|flights|routes|patents|mills|sellers|flour|rice|aid|supplies|vaccines)\b(?!-)"
    # ... or as where goods come from or go to: "a tariff on all imports from China"
    r"|\b(?:imports?|goods|products|exports?|shipments?|purchases?)\s+(?:\w+\s+)?(?:from|to|into)\s+(?:the\s+)?(?:U\.S\.|US|United\s+States|America|China)\b"
    # ... or people by where they come from: "about 60 admitted students from China were still waiting"
    r"|\b(?:students|nationals|citizens|travell?ers|visitors|tourists|researchers|scholars|passengers|applicants|families|fishermen)\s+(?:\w+\s+)?from\s+(?:the\s+)?(?:U\.S\.|US|United\s+States|America|China)\b"
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
# A cue in a clause that dates something else ("a day after the leaders met", "since Beijing broke
# off talks") or in the past perfect ("had complained for a year") is background, not news.
_BACKGROUND = re.compile(r"\b(?:after|(?<!has )(?<!have )(?<!had )since(?!\s+then\b)|before|until|following|when|once)\b", re.IGNORECASE)
# "had suspended counternarcotics cooperation": the clause is in the past perfect (a participle after
# "had"; "had talks" is not), so a cue later in it is background too.
_PLUPERFECT = re.compile(
    r"\bhad\s+(?:\w+ly\s+)?(?:$|been\b|[a-z]+(?:ed|en|wn|ne|ld|ht|ft|id|et)\b(?!\s+(?:to|by)\b)[^,;]*$)", re.IGNORECASE
)
# "had gone dark by mid-February": the past perfect of news up to a date, not background.
_BY_THEN = re.compile(
    r"[^,;.]*?\bby\s+(?:(?:mid|late|early)-?\s*)?(?:January|February|March|April|May|June|July|August|September|October|November|December|the\s+end\s+of|the\s+time|then|last\s+week|this\s+week|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b"
)
_IN_FORCE = re.compile(r"\b(?:took|takes|take|taken|taking)\s+effect\b|\b(?:came|comes|come|went|goes|entered|enters)\s+into\s+(?:force|effect)\b", re.IGNORECASE)
# ", which the White House justified by pointing to the fentanyl trade,": an aside, not the subject.
_ASIDE_CLAUSE = re.compile(r",\s*(?:which|who|whose)\b[^,]*,", re.IGNORECASE)
_HAD_NOT = re.compile(r"\bhad\s+(?:not|never)\b|\bhadn['’]t\b", re.IGNORECASE)
# Where a new statement starts inside a sentence: a demand before it does not reach past it.
_COARSE_BREAK = re.compile(r";|,\s+(?:and|but|while|though|yet)\b|,\s+(?=[a-z]+ing\b)|\s\u2014\s", re.IGNORECASE)
# A demand, a wish or a plan for the other side is not a report that it happened: "urged the
# administration to hold China to measurable results, such as arrests".
_DEMAND = re.compile(
    r"\b(?:urg(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+on|press(?:es|ed|ing)|demand(?:s|ed|ing)|ask(?:s|ed|ing)|want(?:s|ed)?|(?<!been )(?<!was )(?<!were )(?:told|instruct\w*|direct(?:s|ed)|order(?:s|ed))"
    r"|push(?:es|ed|ing)\s+for)\s+(?:[\w.'’-]+\s+){0,8}?to\b",
    re.IGNORECASE,
)
_COMPARISON = re.compile(r"\s+been\s+(?:this|so|as|that)\s+\w+", re.IGNORECASE)
_REPORTED_SPEECH = re.compile(r"\b(?:said|says|saying|announced|confirmed|reported|stated|added|adding|noted|noting)\b", re.IGNORECASE)
# "has not said whether the trip will go ahead": no answer yet, not a failure.
_NO_ANSWER_YET = re.compile(r"\s+(?:yet\s+)?(?:said|say|comment\w*|given|give|disclosed|disclose|responded|respond|elaborated|explained|confirmed|mention\w*|address\w*|refer\w*|known|realized|realised|been\s+aware|noticed|expected)\b", re.IGNORECASE)
# "Soybean futures slipped": market prices moving, not a side acting.
_MARKET_SUBJECT = re.compile(
    r"\b(?:futures|prices?|shares|stocks?|markets?(?!\s+(?:regulators?|watchdogs?|supervis\w*|authorit\w*|access)\b)|index|indexes|yuan|dollar|bonds?|yields?|deaths|numbers|rates|figures|totals|counts)\s+(?:\w+\s+)?$", re.IGNORECASE
)
_CHANGE_AFTER = re.compile(
    r"(?:\s+[\w'’.-]+){0,9}?\s+(?:fell|rose|dropped|declined|increased|doubled|tripled|jumped|climbed|slumped|surged|halved|grew|shrank|plunged|soared)\b",
    re.IGNORECASE,
)
# A cue in a clause describing the object of an act still to come: "will suspend ... a new rule that extended".
_DESCRIBED_OBJECT = re.compile(
    r"\b(?:will|would|shall)\s+[^,;.]{0,60}?\b(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,3}?[a-z][\w-]*\s+(?:that|which)\s+$", re.IGNORECASE
)
_IN_RELATIVE_ASIDE = re.compile(r",\s*(?:which|who|whom|whose)\b[^,;]*$", re.IGNORECASE)
_FIRST_N = re.compile(
    r"\bthe\s+first\s+(?:of\s+(?:the\s+|its\s+|their\s+)?)?(?:\$?\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozen)\b(?!\s+(?:hours?|days?|weeks?|months?|quarters?|years?|rounds?)\b)",
    re.IGNORECASE,
)
_ONLY_SOME = re.compile(
    r"\bonly\s+(?:\d[\d,.]*%?|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|a\s+handful|a\s+fraction|half|part|some)\b(?!\s+(?:days?|weeks?|months?|hours?|years?)\s+(?:after|before|later|ago)\b)",
    re.IGNORECASE,
)
_ADJECTIVE_BEFORE = re.compile(r"\b(?:no|the|an?|any|its|their|previously|already|mutually|jointly)\s+$", re.IGNORECASE)
_NOT_AN_ACT_AFTER = re.compile(r"\s+(?:in|at|last|earlier|under|during|with|upon|immediately|clear|known|available|sure|certain|able|alone|the\s+only)\b", re.IGNORECASE)
_NOT_AN_EVENT = re.compile(r"\s+(?:on|for|upon)\b", re.IGNORECASE)
# Cues that are also nouns: after a determiner or an owner they name the thing, not an act.
_NOUN_CUES = frozenset({"visit*", "hotline", "channel*", "working group", "cargoes", "progress", "cooperat*"})
_DETERMINER_BEFORE = re.compile(
    r"(?:\b(?:a|an|the|this|that|its|his|her|their|our|planned|proposed|upcoming|next|possible|any|such)|['’]s)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
_COUNTED_BEFORE = re.compile(r"\b(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens?\s+of|several|many)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
_PERIOD_AFTER = re.compile(r"\s+(?:(?:19|20)\d\d|the\s+(?:year|quarter|month|week|season|session))\b", re.IGNORECASE)
_TRANSFER = re.compile(r"(?:has\s+|have\s+|had\s+)?(?:received|sent|delivered|provided|shared|issued|handed\s+over|passed|got|gave|returned)", re.IGNORECASE)
_NONE_OF_IT = re.compile(r"\s+(?:no|not\s+a\s+single|not\s+one)\s+(?!doubt\b|longer\b|later\b|sooner\b|more\s+than\b|less\s+than\b|fewer\s+than\b)\w+", re.IGNORECASE)
_EVENT_ENDED = re.compile(r"\b(?:exercise|drills?|talks|session|meeting|conference|summit|visit|forum|patrol|season|course|tour|trip|symposium|workshop|games|fair|expo)\s+(?:\w+\s+)?$", re.IGNORECASE)
_WHEN_AFTER = re.compile(r"\s+(?:on|with|in|at|after|last|this|late|early)\b(?!\s+(?:acrimony|disarray|failure|a\s+walkout|deadlock))", re.IGNORECASE)
_NOBODY_AFTER = re.compile(r"\s+(?:no\s+one|nobody|none|nothing|no\s+(?:delegat\w*|officials?|representatives?|envoys?|team|staff))\b", re.IGNORECASE)
_ADJECTIVAL_BEFORE = re.compile(
    r"(?:\b(?:the|a|an|its|their|his|her|this|these|those|our)|\w['’]s|\bof)\s+(?:\w+ly\s+)?(?:(?:[\d,]+|some|many|most|all|remaining|other|two|three|four|five|six|dozen)\s+)?$", re.IGNORECASE
)
# "declined to say when the next round might take place" withholds an answer; it refuses nothing.
_NON_ANSWER = re.compile(r"\s+to\s+(?:say|comment|elaborate|specify|discuss|disclose|confirm|give\s+details)\b", re.IGNORECASE)
# An accusation is no news of a commitment by itself ("have each accused the other of treating
# journalists as spies"); it softens what it alleges ("accused China of violating the deal") to a
# mild setback, but not a reported act it only justifies ("reimposed the tariffs, accusing ...").
_ALLEGED = re.compile(r"\b(?:accus\w*|alleg\w*)\b", re.IGNORECASE)
# A participle that describes a noun ("a satellite launched by a nonprofit") rather than report an act.
_BY_AGENT = re.compile(r"\s+by\b(?!\s+(?:video|phone|telephone|teleconference|videoconference|letter|mail|(?:a|one)\s+(?:third|quarter|fifth|tenth)|half|about|nearly|almost|more|less|\d)\b)")
_PARTICIPLE_END = re.compile(r"(?:ed|en|wn)$", re.IGNORECASE)
_AUXILIARY = re.compile(r"\b(?:was|were|is|are|been|be|being|has|have|had|got|get|gets)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
# "clean power met most new demand": "met" as "satisfied", not a meeting.
_MET_A_NEED = re.compile(r"(?:\s+[\w-]+){0,2}\s+(?:demand|needs|expectations|target|targets|goal|goals|quota)\b", re.IGNORECASE)
# "called climate change a common challenge", "called the target too timid": naming, not a call.
_NAMED_AS = re.compile(
    r"\s+(?:it|this|that|them|these|those)\b|\s+(?:(?!(?:to|on|for|about|after|and|with|in|at|over|from|by)\b)[\w'’.-]+\s+){1,4}?(?:a|an|too|so|very|its|the\s+\w+est)\s+(?!day\b|week\b|month\b|year\b|few\b|second\b|third\b|time\b)",
    re.IGNORECASE,
)
# "left the ship after ten days and missed the stops": a duration, not a clause dating something else.
_DURATION = re.compile(
    r"\bafter\s+(?:\w+\s+)?(?:hours?|days?|weeks?|months?|years?)\b(?!\s+(?:of|since)\b)"
    # "A week after the June 30 deadline there is still no list": a time since, opening the news
    r"|\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:hours?|days?|weeks?|months?|years?)\s+after\s+(?:the|its|their|[\w.'’-]+['’]s)\s+"
    r"(?:[\w.-]+\s+){0,3}?(?:deadline|date|promise|pledge|announcement|assurance|agreement|undertaking|understanding|summit|call|talks|meeting|visit)\b(?!\s+(?:was|were|is|are|had|has|ended|began|met|took)\b)",
    re.IGNORECASE,
)
# "Every few months the promised sale fails": a habit in the cue's clause, not news.
_HABITUAL = re.compile(r"\b(?:every|each)\s+(?:few\s+|other\s+|couple\s+of\s+)?(?:days?|weeks?|months?|years?|time|summer|spring|autumn|winter)\b(?![^,;]*,)", re.IGNORECASE)


def _clause_after(text: str, end: int) -> str:
    """The rest of the cue's clause: up to the next comma, semicolon or full stop (at most 80 characters)."""
    stop = _AFTER_CLAUSE_END.search(text, end, end + 80)
    clause = text[end : stop.start() if stop else end + 80]
    # "cancelled the study agreed last year": a date after another verb dates that verb.
    other_verb = _OTHER_VERB.search(clause)
    return clause[: other_verb.start()] if other_verb else clause


_OTHER_VERB = re.compile(r"\b(?:[a-z]+ed|made|given|taken|signed|set|held|begun|that|which|who)\b")
_AFTER_CLAUSE_END = re.compile(r"[,;:]|\.(?:\s|$)|\s(?:but|while|although|and\s+(?:the|its|their|it|they))\s")
# A cue dated a season or more back is background to the report ("agreed last autumn").
_DATED_EARLIER = re.compile(
    r"\b(?:the\s+year\s+before|last\s+(?:autumn|fall|spring|summer|winter|year)|(?:a|one|two|three|several|\d+)\s+years?\s+ago|earlier\s+this\s+year|back\s+in\s+(?:19|20)\d\d)\b(?!['’]s)",
    re.IGNORECASE,
)
# "has pledged to buy", "promised to restore": a promise of the act, not the act.
_PROMISE_BEFORE = re.compile(
    r"\b(?:pledg\w*|promis\w*|vow\w*|undert\w*|commit\w*)\s+(?:again\s+)?to\s+(?:[\w-]+\s+){0,2}$"
    # ... or an act still to come: "the United States will suspend for a year a new rule"
    r"|\b(?:will|shall)\s+(?:also\s+|now\s+|formally\s+|likewise\s+)?$"
    # ... or on the schedule: "the two leaders are to meet on Wednesday", "is due to arrive"
    r"|\b(?:is|are)\s+(?:due\s+|set\s+|scheduled\s+|slated\s+|expected\s+)?to\s+$",
    re.IGNORECASE,
)
_CONCESSION = re.compile(r",\s*(?:although|though|even\s+though|even\s+as|even\s+if|albeit)\b", re.IGNORECASE)
# A reversal outranks a completion in the same sentence ("the cut took effect in January; in June
# Beijing quietly put lobster back on the list"): the end is the later news.
_PRIORITY = {"fulfilled": 2, "setback_strong": 3, "setback": 1, "progress": 0}


_AFTER_A_DATE = re.compile(
    r"\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:19|20)\d\d)\b(?:\s+\d{1,2}\b)?(?:,?\s+(?:19|20)\d\d)?\s+(?:and|but)\b"
)
_LATER_AFTER = re.compile(r"\s+(?:this|until|before|yet|soon|in\s+time|on\s+schedule|as\s+planned|as\s+scheduled|next|in\s+(?:19|20)\d\d)\b", re.IGNORECASE)
_NOUN_FREEZE = re.compile(r"\b(?:hiring|spending|budget|funding|aid|assistance|pay|recruitment|[\w-]+-day|[\w-]+-month)\s+freeze\b", re.IGNORECASE)
_SAT_CUES = frozenset({"has sat", "have sat", "sat in", "sat on"})
# (Applications that "have sat with the ministry for 40 days" are still idle.)
_WITH_SOMEONE = re.compile(
    r"\s+(?:down\s+)?(?:with\s+(?:(?:Mr|Ms|Mrs|Dr)\.?\s|him\b|her\b|them\b)|across\s+from\b|opposite\b)"
    # ... or seated at an occasion: "sat in the public gallery", "sat in the front rows"
    r"|\s+(?:the\s+|one\s+of\s+(?:the\s+)?(?:two|three|\d+)\s+)?(?:(?:front|back|first|second|public|press|visitors['’]?)\s+)?(?:gallery|galleries|rows?|seats?|chairs?|audience|courtroom|stands)\b"
)


def _screened(text: str, start: int, end: int, term: str, kind: str) -> str | None:
    """The kind of the cue found at ``text[start:end]`` once its context is read, or None when the
    context takes it away: a name, a demand, a hedge, background, or a negated setback."""
    _, _, _, negators, hedges = _cues()
    surface = text[start:end]
    if start > 0 and surface[0].isupper() and not term[0].isupper():
        return None  # part of a name: "Office for International Military Cooperation"
    if term.startswith("call") and _NOT_AN_EVENT.match(text, end):
        return None  # "called on Beijing to", "called for dialogue"
    if term.startswith("call") and _NAMED_AS.match(text, end):
        return None  # "called climate change a common challenge": naming, not a phone call
    if kind == "setback_strong" and term == "freez*" and _NOUN_FREEZE.search(text, max(0, start - 30), end):
        return "setback"  # "citing a hiring freeze", "caught in the 90-day freeze on aid": a cause of delay, not a freeze of the promise
    if term in _SAT_CUES and _WITH_SOMEONE.match(text, end):
        return None  # "consular officers have sat with Mr. Hartley twice": a visit, not goods sitting idle
    if " " not in surface and surface.lower().endswith("ed") and _ADJECTIVAL_BEFORE.search(text, max(0, start - 30), start):
        return None  # "the lapsed beef plants", "its delayed rule": a participle describing a noun
    if " " not in surface and surface.lower().endswith("s") and _COUNTED_BEFORE.search(text, max(0, start - 30), start):
        return None  # "searched 14 dried-seafood stalls": a counted noun, not a verb
    if term in _NOUN_CUES and _DETERMINER_BEFORE.search(text, 0, start):
        return None  # "Xi's visit, which officials expect", "a hotline is only as good as": named, not reported
    if term in ("has not", "have not", "had not", "did not", "has yet to", "yet to") and _NO_ANSWER_YET.match(text, end):
        return None  # "has not said whether"
    if term in ("has not", "have not", "had not") and _COMPARISON.match(text, end):
        return None  # "business had not been this brisk since before the pandemic": a comparison
    if surface.lower().endswith(("ures", "ions", "ments", "ests")) and _CHANGE_AFTER.match(text, end):
        return None  # "fentanyl seizures at the border fell by half": a statistic, not an act
    if _PERIOD_AFTER.match(text, end) and term.startswith(("clos", "end", "finish", "wrap")) and "without" not in term:
        return None  # "closed 2025 having inspected 20 of the 31": the year ended, nothing was shut
    if term.startswith(("end", "conclud", "wrap")) and "without" not in term and _EVENT_ENDED.search(text, max(0, start - 50), start) and _WHEN_AFTER.match(text, end):
        return None  # "The exercise ended on Saturday with a parade": an event ran its course
    if term == "will not happen" and _LATER_AFTER.match(text, end):
        return "setback"  # "will not happen this year", "until the autumn": put off, not called off
    if kind != "setback" and _NOBODY_AFTER.match(text, end):
        return "setback"  # "sent no one to the third meeting": the act not done
    if kind != "setback" and _TRANSFER.fullmatch(surface) and _NONE_OF_IT.match(text, end):
        return "setback"  # "has received no figures since February": nothing came
    if _MARKET_SUBJECT.search(text, max(0, start - 40), start):
        return None  # "soybean futures slipped"
    if term.startswith(("declin", "refus")) and _NON_ANSWER.match(text, end):
        return None  # "declined to say when"
    if term == "agreed" and (_ADJECTIVE_BEFORE.search(text, max(0, start - 20), start) or _NOT_AN_ACT_AFTER.match(text, end)):
        return None  # "no agreed rules", "the alerts agreed in June": named, not done
    if term == "met" and _MET_A_NEED.match(text, end):
        return None  # "met most new demand"
    if _PARTICIPLE_END.search(surface) and " " not in surface and _BY_AGENT.match(text, end) and not _AUXILIARY.search(text, 0, start):
        return None  # "a satellite launched by a nonprofit last year": describes a thing, reports no act
    if _IN_RELATIVE_ASIDE.search(text, max(0, start - 80), start):
        return None  # "The Ansys merger, which Beijing cleared in July, is not affected": an aside
    if _DESCRIBED_OBJECT.search(text, max(0, start - 90), start):
        return None  # "will suspend for a year a new rule that extended its blacklist": what the rule did, not news
    if _DATED_EARLIER.search(_clause_after(text, end)):
        return None  # "the Hubei case, agreed last autumn,", "seized 300 tons last year": dated well before the report
    if _PROMISE_BEFORE.search(text, max(0, start - 60), start) and not (kind == "setback_strong" and term.startswith(("not ", "take no", "accept no"))):
        return None  # "has pledged to buy 25 million tons a year": a promise, not an act ("it will not publish them after all" is a decision)
    before = _DURATION.sub(lambda m: " " * len(m.group(0)), text[max(0, start - 100) : start])[-40:]
    breaks = list(_CLAUSE_BREAK.finditer(before))
    window = before[breaks[-1].end() :] if breaks else before
    if term.startswith(("not ", "no longer")):
        window = _WOULD_END.sub("", window)  # "said it would not appoint one after all": a decision reported, not a hedge
    if _FINITE_START.match(surface):
        # "The inventory that Beijing said would be out in March has not been posted", "the review
        # planned for July was dropped": the plan names the subject; the verb after it is news
        window = _PLAN_IN_SUBJECT.sub(" ", window)
    if any(not _DETERMINER_END.search(window, 0, hedge.start()) for hedge in hedges.finditer(blank_month_may(window))):
        return None  # ("The 90 days for the review of the proclamation ran out": a noun after its determiner hedges nothing)
    if kind in ("progress", "fulfilled") and _FUTURE_BEFORE.search(window) and not negators.search(window):
        return None  # "the assessment, due in May, will cover the routes for the first time": not done yet
    if _HABITUAL.search(text, max(0, start - 60), start):
        return None  # "every few months the promised sale fails to materialize": a pattern, not news
    wide = _DURATION.sub(lambda m: " " * len(m.group(0)), text[max(0, start - 100) : start])
    wide_breaks = list(_CLAUSE_BREAK.finditer(wide))
    if wide_breaks and _BACKGROUND.fullmatch(wide_breaks[-1].group(0)) and not _AFTER_A_DATE.match(wide, wide_breaks[-1].end()):
        return None  # "a day after the two presidents met" (but "sent no list after April and has told them the exchange is over")
    if (breaks and _BACKGROUND.fullmatch(breaks[-1].group(0))) or _BACKGROUND.search(window):
        return None  # background: "a day after the leaders met", "since Beijing broke off talks"
    if _PLUPERFECT.search(window) and not _HAD_NOT.search(window) and not _REPORTED_SPEECH.search(text, 0, start) and not _BY_THEN.match(text, end, end + 60):
        return None  # "had complained for a year"; "had not done enough" and "had gone dark by mid-February" still count
    coarse = [m.end() for m in _COARSE_BREAK.finditer(text, 0, start)]
    if _DEMAND.search(text, coarse[-1] if coarse else 0, start):
        return None  # "urged Beijing to make arrests": asked for, not done
    if negators.search(_END_OF.sub(" ", window)):
        return "setback" if kind in ("progress", "fulfilled") else None
    return kind


_DETERMINER_END = re.compile(r"\b(?:the|a|an|its|their|his|her|this|these|those)\s+$", re.IGNORECASE)
_FUTURE_BEFORE = re.compile(r"\b(?:will|shall|(?:is|are)\s+(?:due\s+|set\s+|scheduled\s+)?to)\b(?!\s+(?:have|be\s+\w+ing)\b)|['’]ll\b", re.IGNORECASE)
# "by the end of 2026" dates something; it ends nothing.
_END_OF = re.compile(r"\b(?:the|an?)\s+end\s+of\b", re.IGNORECASE)


# What is now off for good: "The two scientists will not be coming", "the office will not be rebuilt"
# (not a delay: "will not be ready until June", "will not happen this year").
_CALLED_OFF_FUTURE = re.compile(
    r"\b(?:will|would)\s+not\s+be\s+(?!(?:ready|able|complete|completed|finished|available|done|possible|enough|easy|long|in\s+place)\b)[a-z]+(?:ed|en|ing|wn|lt)\b(?![^,;.]*\b(?:until|before|this\s+year|in\s+time|yet|next)\b)",
    re.IGNORECASE,
)


@lru_cache(maxsize=16384)
def effect_of(text: str) -> EvidenceCue | None:
    """The effect a sentence reports, or None. Negated progress is a setback; hedged cues count for nothing."""
    pattern, terms, kinds, _, _ = _cues()
    found: list[tuple[int, str, str, int]] = []
    for match in pattern.finditer(text):
        term = terms[int(match.lastgroup[1:])]
        kind = _screened(text, match.start(), match.end(), term, kinds[term])
        if kind is not None:
            found.append((_PRIORITY[kind], kind, match.group(0), match.start()))
    first = _FIRST_N.search(text)
    if first is not None and _screened(text, first.start(), first.end(), "first", "progress") is not None:
        found.append((_PRIORITY["progress"], "progress", first.group(0), first.start()))  # "the first 40 of the engineers landed"
    nothing = _NOTHING_DONE.search(text)
    if nothing is not None and _screened(text, nothing.start(), nothing.end(), "no", "setback") is not None:
        found.append((_PRIORITY["setback"], "setback", nothing.group(0), nothing.start()))  # "No toxin report has gone to Beijing since February"
    if "not" in text:
        off = _CALLED_OFF_FUTURE.search(text)
        if off is not None and _screened(text, off.start(), off.end(), "will not", "setback_strong") is not None:
            found.append((_PRIORITY["setback_strong"], "setback_strong", off.group(0), off.start()))  # "will not be coming after all"
    if "among" in text:
        left_out = _NOT_AMONG.search(text)
        if left_out is not None and _screened(text, left_out.start(), left_out.end(), "not among", "setback") is not None:
            found.append((_PRIORITY["setback"], "setback", left_out.group(0), left_out.start()))  # "neither of the forwarders was among them"
    only = _ONLY_SOME.search(text)
    if only is not None and _screened(text, only.start(), only.end(), "only", "setback") is not None:
        found.append((_PRIORITY["setback"], "setback", only.group(0), only.start()))  # "only 60 of the 100 engineers had arrived"
    if not found:
        return None
    concession = _CONCESSION.search(text)
    if concession is not None and any(at < concession.start() for _, _, _, at in found):
        # "approvals had started to come through, although volumes remained well below last
        # year's": the main clause reports the news; the concession only qualifies it.
        found = [item for item in found if item[3] < concession.start()]
    _, kind, cue, at = max(found, key=lambda item: item[0])
    if kind == "setback_strong" and _ALLEGED.search(text, max(0, at - 60), at):
        kind = "setback"  # "accused China of violating the agreement": a charge, not an end
    if kind.startswith("setback"):
        return EvidenceCue("setback", cue, kind == "setback_strong")
    return EvidenceCue(kind, cue)


# A state that goes on ("the point of presence was still exchanging traffic", "the 63 were still in
# the detention centre"): news only of a promise to change that state or to keep it (``_state_effect``).
# ("still being shipped", "still being cleared by customs": goods or people still moved or held; "still
# being reviewed" is a step under way, not a state)
_STILL_STATE = re.compile(
    r"\bstill\s+(?:being\s+(?:cleared|shipped|sold|exported|imported|sent|used|made|produced|run|operated|flown|offered|charged|collected|held|detained|kept)\b|(?!being\b)[a-z]{2,}ing|in|on|at|inside|lists|listed|says|say|offers|carries|shows|holds|unpublished|unposted|pending|open|running|operating|there|here|held|detained|blocked|closed|shut|frozen|barred)\b",
    re.IGNORECASE,
)
# Left out of what was done: "neither of the two forwarders was among them", "China was not among those voting".
_NOT_AMONG = re.compile(
    r"\b(?:was|were|is|are)\s+not\s+among\b|\b(?:neither|none)\s+of\s+[^,;.]{1,60}?\s+(?:was|were|is|are)\s+among\b", re.IGNORECASE
)


# A sentence that reports some act done (a past tense in its main clause) and shares at least this
# many concepts with a commitment (names counting double), one of them from the promised action, is
# evidence of a step even without an evidence cue; None turns this off.
GENERIC_SHARED: int | None = 3
# A sentence sharing this many concepts with a commitment (names counting double) tells the same
# story, whatever subject words each uses ("a buyer register for tablet presses" is no farm purchase).
SAME_STORY_SHARED = 5
OBJECT_SHARED = 2
_PAST = re.compile(
    r"\b(?:(?:has|have|had)\s+(?:now\s+|since\s+|already\s+|also\s+)?(?:been\s+)?(?!(?:about|without|throughout|but|not|most|least|almost|just|yet|when|then|than|often|even|eleven|seven|ten)\b)[a-z]+(?:ed|en|wn|ne|ft|nt|ht|ld|id|un|ut|et)"
    r"|(?:was|were)\s+(?:\w+ly\s+)?[a-z]+(?:ed|en|wn|ft|nt|ht|ld|id|ut|et)"
    r"|[a-z]{3,}ed|led|left|sent|took|made|gave|met|went|came|began|won|held|struck|flew|brought|bought|got|set|put|spent|paid|sold|built|kept|lent|sat|stood|wrote|drew|ran|shut|split|swept|threw|wound|withdrew|undertook|oversaw)\b",
    re.IGNORECASE,
)
# Past forms that report speech, views, plans or states rather than an act on the promise.
_NOT_AN_ACT = frozenset(
    """said added noted reported stated told expected planned proposed asked urged wanted hoped needed called based related
    aimed concerned interested limited united advanced supposed used alleged accused scheduled described welcomed praised
    criticized criticised argued claimed warned insisted stressed emphasized emphasised repeated reiterated cited quoted
    declined refused denied questioned wondered worried feared believed assumed estimated projected forecast predicted
    seemed appeared remained continued listed titled named labeled labelled dated priced valued headquartered
    registered owned run led looked sounded felt promised pledged agreed committed vowed undertook assured guaranteed
    offered intended designed meant pressed demanded requested sought lobbied doubted thought knew considered
    ordered instructed directed threatened signalled signaled suggested recommended expressed voiced complained protested
    condemned blamed lamented acknowledged admitted conceded hinted mentioned recalled speculated
    fell rose grew declined increased jumped climbed slumped surged soared plunged dipped edged slipped
    fallen risen grown""".split()
)


# ... except where what follows makes them acts: "reported for duty", "led a delegation to the meeting".
_ACT_AFTER = re.compile(r"(?<=reported)\s+(?:for\s+duty|to\s+work)\b|(?<=led)\s+(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:delegation|team|mission|group|convoy|patrol|flotilla|squadron)\b", re.IGNORECASE)
_STATE_SINCE = re.compile(r"[^,;.]*?\b(?:since\s+(?:19|20)\d\d|for\s+(?:years|decades|a\s+decade))\b", re.IGNORECASE)
_PRESENT_BEFORE = re.compile(
    r"\b(?:is|are|be|being|am|remains?|seems?|looks?|gets?|become|becomes)\s+(?:not\s+|never\s+)?(?:\w+ly\s+)?$"
    # "The detained tour operator's daughter": a participle before its noun describes it
    r"|\b(?:the|a|an|its|their|his|her|this|that|these|those|(?<![\w-])\d[\d,]*)\s+(?:\w+ly\s+)?$"
    # "Academics who attended the meeting", "as the American side moved": not the main clause
    r"|\b(?:who|which|(?<!said\s)(?<!says\s)(?<!told\s)(?<!added\s)(?<!announced\s)(?<!confirmed\s)(?<!reported\s)that|as|when|after|before|since|while|because|if|once)\s+(?:[\w'’.-]+\s+){0,4}$",
    re.IGNORECASE,
)


# Simple past forms that are never participles: a number before one ends a name ("The tug Donghai
# Jiu 111 came alongside"), it does not describe a noun as "the 300 seized plants" does.
_PAST_ONLY = frozenset("came went took gave began flew ran drew wrote threw withdrew undertook oversaw".split())
_NUMBER_BEFORE = re.compile(r"(?<![\w-])\d[\d,]*\s+")


@lru_cache(maxsize=16384)
def reported_act(text: str) -> EvidenceCue | None:
    """The first past form of the sentence that reports an act (not speech, a plan or a state) and
    that its context does not take away, as a progress cue; negated, a setback cue. See ``GENERIC_SHARED``."""
    for match in _PAST.finditer(text):
        word = match.group(0).split()[-1].lower()
        if word in _NOT_AN_ACT and not _ACT_AFTER.match(text, match.end()) or match.start() == 0 and match.group(0)[0].isupper() and " " not in match.group(0):
            continue
        before = _PRESENT_BEFORE.search(text, max(0, match.start() - 40), match.start())
        if before is not None and not (word in _PAST_ONLY and _NUMBER_BEFORE.fullmatch(before.group(0))):
            continue  # "boardings are permitted under the rules": a present state, not an act
        if _STATE_SINCE.match(text, match.end()):
            continue  # "has operated survey craft in the sea since 2022": a standing state, not news
        ending = word in _ENDING_PAST
        kind = _screened(text, match.start(), match.end(), word, "setback" if ending else "progress")
        if kind is not None:
            return EvidenceCue(kind, match.group(0), strong=ending and kind == "setback")
    return None


# Past forms that end or shut something: as a reported act they are a setback that ends, unless the
# promise was to end that very thing (``_effect_for`` turns the promised act into its fulfilment).
_ENDING_PAST = frozenset(
    """closed shut halted stopped ended cancelled canceled scrapped suspended revoked rescinded withdrew withdrawn barred
    banned blocked denied expelled dropped abandoned terminated froze frozen disbanded dissolved retracted""".split()
)


@lru_cache(maxsize=16384)
def act_of(text: str) -> EvidenceCue | None:
    """A sentence with no evidence cue may still report a promised act itself ("formally removed
    the institute from the Entity List", "raised the number of weekly flights"): the first such
    past form that its context does not take away, as a progress cue. Only a commitment that
    promised that very act takes it (``link_evidence``)."""
    for match in _ACT_DONE.finditer(text):
        kind = _screened(text, match.start(), match.end(), match.group(0).lower(), "progress")
        if kind == "progress":
            return EvidenceCue("progress", match.group(0))
        if kind == "setback":
            return EvidenceCue("setback", match.group(0))
    return None


_CONCEPT_WORD = re.compile(r"[a-z][a-z-]+")


@lru_cache(maxsize=65536)
def _word_concepts(word: str) -> tuple[str, ...]:
    if word in _GENERIC:
        return ()
    if word.endswith("ies") and len(word) > 5:
        word = word[:-3] + "y"  # "refineries" and "refinery" are one word
    elif word.endswith("es") and len(word) > 5 and word[-3] not in "sxz" and not word.endswith(("ches", "shes")):
        word = word[:-1]  # "consulates" and "consulate" are one word ("taxes", "matches" keep their "e")
    found = [_CONCEPT_OF.get(term, term) for term in content_terms(word)]
    if "-" in word and not word.startswith("non-"):  # "fentanyl-related" speaks of fentanyl; "non-tariff" does not
        found += [c for part in word.split("-") if part not in _GENERIC for c in _word_concepts(part) if c in CONCEPTS]
    return tuple(dict.fromkeys(found))


@lru_cache(maxsize=16384)
def _concepts(text: str) -> tuple[str, ...]:
    """The concepts of ``text`` in the order they are first met (a set built from it iterates alike)."""
    word_concepts = _word_concepts
    found = [c for word in _CONCEPT_WORD.findall(text.lower()) for c in word_concepts(word)]
    if _DIGIT.search(text) is not None:
        found += _amounts(text)
    return tuple(dict.fromkeys(found))


# A figure of ten or more that is no year, day or time ("30 cryptocurrency wallets", "2,000 parcels",
# "8,000 tonnes"): the same figure in a later report ("11 of the 30 addresses") ties it to the promise.
_FIGURE = re.compile(
    r"(?<![\w.,:/-])(?<!No\. )(\d{1,3}(?:,\d{3})+|\d{2,})(?![\w:/-]|[.,]\d)",
)
_DATE_BEFORE = re.compile(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+$", re.IGNORECASE)


def _amounts(text: str) -> list[str]:
    found = []
    for match in _FIGURE.finditer(text):
        figure = match.group(1).replace(",", "")
        if len(match.group(1)) == 4 and figure.startswith(("19", "20")):
            continue  # a year
        if _DATE_BEFORE.search(text, max(0, match.start() - 12), match.start()):
            continue  # "Nov. 24", "by 30": a day or a date, not an amount
        found.append("#" + figure)
    return found


def concepts(text: str) -> set[str]:
    """Content terms of a text with synonyms folded into one concept, generic words dropped."""
    return set(_concepts(text))


@lru_cache(maxsize=65536)
def concept_set(text: str) -> frozenset[str]:
    """``concepts(text)`` as a frozenset, kept for texts compared again and again."""
    return frozenset(_concepts(text))


@lru_cache(maxsize=16384)
def _sentence_actors(text: str) -> tuple[str, ...]:
    said_by = attribution(text)
    # Who reported it is not an actor, unless the report goes on with what the reporter does:
    # "Chinese officials have told the Pentagon they will no longer provide advance notice".
    # Nor when the reporter did something first: "China's customs stopped sending manifests and told the agency".
    if said_by and not _REPORTER_ACTS.match(text, text.find(said_by) + len(said_by)) and not _ACTED_AND_TOLD.search(said_by):
        text = text.replace(said_by, " ")
    return tuple(dict.fromkeys(actor for _, actor in find_actors(_MODIFIER.sub(" ", text))))


_ACTED_AND_TOLD = re.compile(r"\b[a-z]+ed\b[^,;]*\band\s+(?:told|said|informed|notified|wrote)\b")
_REPORTER_ACTS = re.compile(r"(?:\s+[\w.'’-]+){0,4}?\s+(?:that\s+)?(?:they|it|he|she|we)\s+(?:will|would|had|have|has|were|was|are|is|could|can)\b", re.IGNORECASE)


def sentence_actors(text: str) -> set[str]:
    """The sides a sentence speaks of, leaving out who reported it and sides named only as modifiers."""
    return set(_sentence_actors(text))


@dataclass
class EvidenceSentence:
    article_id: str
    sentence_index: int
    text: str
    date: date
    topics: list[str]
    source: str = ""


def _linked_topics(commitment: Commitment) -> list[str]:
    """The topics evidence may share with a commitment: its own topic and the specific topics
    of what was promised (the action). The rest of the sentence does not count, so the fentanyl
    half of "agreed to curb fentanyl and restore military communication" takes no military news;
    only an action with no topic of its own borrows the sentence's."""
    # A topic that gave way to a more specific one still links ("require exporters of precursors
    # to obtain licences" is drugs, yet news of the licensing rule may be filed under trade).
    specific = [t for t in linking_topics(commitment.action, list(match_topics(commitment.action))) if t != "diplomacy"]
    if not specific:
        specific = [t for t in commitment.topics if t != "diplomacy"]
    return sorted({commitment.topic, *specific})


# A commitment to let the other side act: the other side's act is its evidence.
# So is one to have the other side take part: "arrange a visit to Xinjiang for U.S. Ambassador
# David Perdue", "host Chinese narcotics officers", "invite 50,000 young Americans".
_LETS_OTHER_SIDE = re.compile(
    r"\b(?:allow|allowing|let|letting|permit|permitting|grant|granting|arrange|arranging|host|hosting|invite|inviting|receive|receiving|welcome|welcoming|accept|accepting)\b",
    re.IGNORECASE,
)


_HOSTED_PASSIVE = re.compile(r"(?:will|would)\s+(?:also\s+)?be\s+(?:allowed|let|permitted|granted|hosted|invited|received|welcomed|admitted|given)\b", re.IGNORECASE)


# A capitalised word; a two-letter surname only with a title or a given name ("Ms. Xu", "Xu Lan").
_NAME = re.compile(r"(?<!^)\b(?:[A-Z][a-z]{2,}(?:[A-Z][a-z]+)?|(?<=(?:Mr|Ms|Dr)\.\s)[A-Z][a-z]|[A-Z][a-z](?=\s+[A-Z][a-z]{2,}\b))\b")
_NOT_NAMES = frozenset(
    """january february march april may june july august september october november december monday tuesday
    wednesday thursday friday saturday sunday the this that these those his her its their mr mrs ms dr gen adm
    president minister secretary ambassador envoy official officials department ministry administration
    state house council agency bureau office commission committee navy army force forces national federal
    chinese american china america beijing washington united states xi jinping biden trump harris li qiang wang""".split()
)


@lru_cache(maxsize=16384)
def names(text: str) -> frozenset[str]:
    """Capitalised words inside a sentence that name a person, place, firm or programme, leaving out the
    sides' own names, the leaders', titles, months and days ("Perdue", "Quantico", "Kashgar")."""
    found = set()
    for word in _NAME.findall(text):
        lower = word.lower()
        if lower in _NOT_NAMES or lower in _GENERIC:
            continue
        found.add(lower)
    return frozenset(found)


_SIDE_NOUN = {
    "China": re.compile(r"\b(?:Chinese|China['’]s)\s+((?:[\w-]+\s+){0,2}[\w-]+)"),
    "US": re.compile(r"\b(?:American|U\.S\.|US|America['’]s)\s+((?:[\w-]+\s+){0,2}[\w-]+)"),
}


@lru_cache(maxsize=16384)
def side_objects(text: str, side: str) -> frozenset[str]:
    """The concepts of the people and things a text names as the side's ("30 Chinese customs
    officers", "the 60 U.S. pet-food plants"): the words after each of the side's adjectives."""
    found: set[str] = set()
    for match in _SIDE_NOUN[side].finditer(text):
        found |= concepts(match.group(1))
    return frozenset(found)


def _evidence_side(commitment: Commitment) -> str:
    """The side whose acts are evidence: the actor, or either side when the actor lets the other
    side do something ("agreed to allow U.S. consular officers monthly visits"); letting someone
    else act ("allow the activist's mother to leave") keeps the actor."""
    lets = _LETS_OTHER_SIDE.search(commitment.action)
    if commitment.actor == "both":
        return commitment.actor
    other = OTHER_SIDE[commitment.actor]
    if lets is None:
        hosted = _HOSTED_PASSIVE.match(commitment.action)
        if hosted is not None:
            # "About 100 Americans ... will be hosted by the Fujian provincial government": the guests named before the verb
            at = commitment.text.find(commitment.action[:30])
            return "both" if at > 0 and other in sentence_actors(commitment.text[:at]) else commitment.actor
        return commitment.actor
    allowed = " ".join(commitment.action[lets.end() :].split()[:8])
    return "both" if other in sentence_actors(allowed) else commitment.actor


# Training others: the trainees' own acts ("Twelve Taiwanese pilots pinned on their wings") are its evidence.
_TRAINS = re.compile(r"\b(?:train|training|teach|teaching|instruct|instructing)\b", re.IGNORECASE)


def _lets_third(commitment: Commitment) -> frozenset[str]:
    """The third parties a commitment lets act ("will allow Philippine boats to resupply"), or none."""
    lets = _LETS_OTHER_SIDE.search(commitment.action) or _TRAINS.search(commitment.action)
    if lets is None:
        return frozenset()
    return _third_parties(" ".join(commitment.action[lets.end() :].split()[:6]))


class CommitmentIndex:
    """Commitments indexed by (topic, concept), each list in order of publication."""

    def __init__(self, commitments: list[Commitment]):
        self.postings: dict[tuple[str, str], list[tuple[date, int, Commitment]]] = {}
        self.concepts: dict[str, set[str]] = {}
        self.subjects: dict[str, frozenset[str]] = {}
        # The side whose acts are evidence: the actor, or either side when the actor lets the
        # other do something ("agreed to allow U.S. consular officers monthly visits").
        self.sides: dict[str, str] = {}
        self.counterparts: dict[str, bool] = {}
        self.other_named: dict[str, bool] = {}
        # The third parties a commitment lets act ("allow Philippine boats to deliver food"): their acts are its evidence.
        self.lets_third: dict[str, frozenset[str]] = {}
        self.action_concepts: dict[str, frozenset[str]] = {}
        # Commitments by the proper names in their sentence, for evidence filed under another topic.
        self.by_name: dict[str, list[tuple[date, int, Commitment]]] = {}
        # Proper names in the commitment's sentence (not the sides' own names), which count double.
        self.names: dict[str, frozenset[str]] = {}
        # Per posting: the publication dates (for bisect) and the commitments, in the same order.
        self._dates: dict[tuple[str, str], list[date]] = {}
        self._commitments: dict[tuple[str, str], list[Commitment]] = {}
        # The sentences that carry each commitment: a sentence is no evidence for what it reports itself.
        self.reported_in: dict[tuple[str, int], set[str]] = {}
        # Commitments split from one sentence ("agreed to curb fentanyl and restore military
        # communication"): each keeps its own action's concepts, not its sibling's.
        siblings: dict[tuple[str, int], list[Commitment]] = {}
        for commitment in commitments:
            siblings.setdefault((commitment.article_id, commitment.sentence_index), []).append(commitment)
        for number, commitment in enumerate(commitments):
            published = commitment.published or commitment.date
            if published is None:
                continue
            words = concepts(f"{commitment.action} {commitment.text}")
            others = [c for c in siblings[(commitment.article_id, commitment.sentence_index)] if c is not commitment]
            if others:
                own = concepts(commitment.action)
                words -= {w for c in others for w in concepts(c.action)} - own
            self.concepts[commitment.id] = words
            # What it is about comes from the promised action; the rest of the sentence may name
            # the other half of a deal ("..., describing the move as part of the deal on rare
            # earth magnets"). An action that names no subject borrows the sentence's.
            self.subjects[commitment.id] = frozenset(concepts(commitment.action) & words & SUBJECTS) or frozenset(words & SUBJECTS)
            self.action_concepts[commitment.id] = frozenset(concepts(commitment.action))
            self.sides[commitment.id] = _evidence_side(commitment)
            self.lets_third[commitment.id] = _lets_third(commitment)
            # The other side named in what was promised ("take U.S. officers aboard"): acts towards it are the evidence.
            other = OTHER_SIDE.get(commitment.actor)
            # ... or named before a passive promise ("visas for U.S. delegates would be issued").
            promised_to = commitment.action
            if _PASSIVE_PROMISE.match(commitment.action):
                promised_to = commitment.text[: max(0, commitment.text.find(commitment.action))] or commitment.text
            self.counterparts[commitment.id] = bool(other and other in sentence_actors(promised_to))
            # ... or anywhere in its sentence ("will send auditors to the four Shandong plants"): when it names
            # no third country, an act towards one ("completed an audit of Mexico's poultry system") is not its evidence.
            self.other_named[commitment.id] = bool(other and other in sentence_actors(commitment.text))
            self.names[commitment.id] = names(commitment.text)
            for report in commitment.reports or [{"article_id": commitment.article_id, "sentence_index": commitment.sentence_index}]:
                self.reported_in.setdefault((report["article_id"], report["sentence_index"]), set()).add(commitment.id)
            for name in self.names[commitment.id]:
                self.by_name.setdefault(name, []).append((published, number, commitment))
            linked_topics = _linked_topics(commitment)
            if linked_topics == ["diplomacy"]:  # no specific topic: also filed where sentences of any topic look
                linked_topics = ["diplomacy", ANY_TOPIC]
            # Figures ("#30") count as shared but find no candidates: "10%" or "$20 million" stand in
            # too many unrelated pledges, and would flood every lookup with them.
            posted = [concept for concept in words if concept[0] != "#"]
            for topic in linked_topics:
                for concept in posted:
                    self.postings.setdefault((topic, concept), []).append((published, number, commitment))
        self._name_dates: dict[str, list[date]] = {}
        for name, entries in self.by_name.items():
            entries.sort(key=lambda e: (e[0], e[1]))
            self._name_dates[name] = [e[0] for e in entries]
        for key, entries in self.postings.items():
            entries.sort(key=lambda e: (e[0], e[1]))
            self._dates[key] = [e[0] for e in entries]
            self._commitments[key] = [e[2] for e in entries]

    def named(self, sentence: EvidenceSentence, words: set[str]) -> dict[str, tuple[Commitment, int]]:
        """Commitments published before the sentence's date whose sentence shares a proper name with it."""
        found: dict[str, tuple[Commitment, int]] = {}
        for name in names(sentence.text):
            entries = self.by_name.get(name)
            if not entries:
                continue
            stop = bisect.bisect_left(self._name_dates[name], sentence.date)
            for _, _, commitment in entries[max(0, stop - MAX_CANDIDATES) : stop]:
                if commitment.id not in found:
                    found[commitment.id] = (commitment, len(words & self.concepts[commitment.id]))
        return found

    def candidates(self, sentence: EvidenceSentence, words: set[str]) -> dict[str, tuple[Commitment, int]]:
        """Commitments published before the sentence's date sharing a topic and a concept: id -> (commitment, shared)."""
        found: dict[str, tuple[Commitment, int]] = {}
        when = sentence.date
        dates, lists, known = self._dates, self._commitments, self.concepts
        for topic in sentence.topics:
            for concept in words:
                key = (topic, concept)
                posted = dates.get(key)
                if not posted:
                    continue
                stop = bisect.bisect_left(posted, when)
                for commitment in lists[key][max(0, stop - MAX_CANDIDATES) : stop]:
                    if commitment.id not in found:
                        found[commitment.id] = (commitment, len(words & known[commitment.id]))
        return found


# One-off acts: once reported done, the commitment is fulfilled ("agreed to lift" -> "lifted").
# A trip is made when its traveller spends days there, arrives or flies in.
_TRIP_DONE = r"traveled|travelled|visited|toured|spent\s+(?:\w+\s+){1,2}in|arrived\s+in|flew\s+to|went\s+to|sat\s+with|spent\s+(?:[\w-]+\s+){1,3}with"
ONE_OFF = {
    "lift": "lifted", "remove": "removed", "approve": "approved", "suspend": "suspended", "cut": "cut",
    "lower": "lowered", "halve": "halved", "reduce": "reduced", "release": "released", "sign": "signed",
    "extend": "extended", "waive": "waived", "drop": "dropped", "scrap": "scrapped", "end": "ended",
    "return": "returned", "free": "freed", "exempt": r"exempted|duty-free|tariff-free|exempt\s+from", "delist": "delisted", "reopen": "reopened",
    "hold": "held|convened|hosted|met", "convene": "convened|held|met", "host": "hosted|held", "co-host": "co-hosted",
    "send": r"sent|arrived|touched\s+down|landed|delivered", "reinstate": "reinstated", "restore": "restored|reinstated", "resume": "resumed",
    "terminate": "terminated", "close": r"closed|shut|held\s+its\s+last|held\s+its\s+final|held\s+their\s+last|held\s+their\s+final|wound\s+up", "renew": "renewed", "withdraw": "withdrew|withdrawn", "cancel": "cancelled|canceled",
    "halt": "halted", "revoke": "revoked", "rescind": "rescinded", "stop": "stopped", "pause": "paused",
    "freeze": "froze|frozen", "visit": _TRIP_DONE, "travel": _TRIP_DONE,
}
# Forms are split on "|" to build ``_ACT_DONE``: no alternation inside a group in them.
# Putting something on hold is done by any word for it: "will pause the fees" -> "stopped collecting the fees".
for _verb in ("suspend", "pause", "halt", "stop", "freeze"):
    ONE_OFF[_verb] = r"suspended|paused|halted|stopped|froze|frozen|put\s+(?:[\w.'’-]+\s+){0,6}?on\s+hold"
# So is doing away with a measure: "agreed to scrap the notice rules" -> "lifted the notification requirements".
for _verb in ("lift", "remove", "scrap", "drop", "end", "rescind", "revoke", "cancel", "terminate", "withdraw", "abolish", "repeal", "eliminate"):
    ONE_OFF[_verb] = (
        "lifted|removed|scrapped|dropped|ended|rescinded|revoked|abolished|repealed|eliminated|withdrew|withdrawn|cancelled|canceled"
        r"|terminated|voided|voiding|closed|took\s+(?:[\w.'’-]+\s+){1,4}off|disappeared\s+from|vanished\s+from"
    )
# An event is held when it is wrapped up: "agreed to hold a second forum" -> "wrapped up the forum".
for _verb in ("hold", "convene", "host", "co-host"):
    ONE_OFF[_verb] += "|wrapped up|concluded"
# Handing over is done when it is delivered; shutting, when a site goes dark (sending is done when
# what was sent arrives, an exemption when goods enter duty-free: see the table above).
ONE_OFF["hand"] = ONE_OFF["give"] = r"handed|delivered|transferred|turned\s+over"
ONE_OFF["shut"] = r"shut|closed|went\s+dark|gone\s+dark|taken\s+offline|went\s+offline|now\s+offline"
# Putting off is done by a notice moving the date; finishing a review, by signing off on it.
for _verb in ("postpone", "delay", "defer"):
    ONE_OFF[_verb] = r"postponed|delayed|deferred|pushed\s+back|put\s+off|moved|moving"
for _verb in ("finish", "complete", "conclude"):
    ONE_OFF[_verb] = r"finished|completed|concluded|signed\s+off|wrapped\s+up"
# Finalising a deal or an award is done when its papers are signed.
for _verb in ("finalise", "finalize"):
    ONE_OFF[_verb] = r"finalised|finalized|signed|completed|concluded"
# A vote promised is cast when the record shows it: "adopted by 10 votes to none, with China among those in favour".
ONE_OFF["vote"] = r"voted\s+for|voted\s+in\s+favou?r|among\s+those\s+in\s+favou?r|among\s+those\s+voting\s+for|joined\s+(?:[\w-]+\s+){0,3}in\s+voting\s+for"
# A port call is made when the ship docks: "let the carrier call at Hong Kong" -> "dropped anchor off Lamma Island".
ONE_OFF["call"] = r"called\s+at|docked|anchored|dropped\s+anchor|berthed|moored|pulled\s+into|made\s+port"
# Putting a side on a list is adding it: "put the United States back on the list" -> "added the United States to".
ONE_OFF["add"] = "added|listed|placed|included|reinstated|names|named"
# Receiving a visit is done when the visitors are met: "will receive a delegation" -> "met Premier Li".
ONE_OFF["receive"] = "received|hosted|welcomed|met"
# An answer promised is given when the reply comes: "the reply came from Beijing in two hours".
ONE_OFF["answer"] = ONE_OFF["reply"] = ONE_OFF["respond"] = r"answered|replied|responded|reply\s+came|answer\s+came|response\s+came"
# Being let in to watch or attend is done by being there: "let two agents watch the trial" -> "sat in
# the public gallery"; a meeting promised once, by time spent together ("spent three hours around a table").
_PRESENT = r"attended|sat\s+in|sat\s+across|sat\s+with|sat\s+down\s+with|spent\s+(?:[\w-]+\s+){1,3}with|spent\s+(?:[\w-]+\s+){1,3}in|spent\s+(?:[\w-]+\s+){1,3}around|were\s+present|was\s+present"
for _verb in ("attend", "watch", "observe"):
    ONE_OFF[_verb] = _PRESENT
ONE_OFF["meet"] = r"met|held\s+talks|" + _PRESENT
# A promise to end something ("terminate its investigations") is reversed when it comes back
# ("reopened its anti-dumping investigation"): an end of the commitment, whatever the cue's kind.
_ENDING_VERBS = frozenset(
    "lift remove suspend cut lower halve reduce drop scrap end waive exempt delist terminate close withdraw cancel halt revoke rescind stop pause".split()
)
_COMES_BACK = re.compile(
    r"\b(?:reopen\w*|re-open\w*|reimpos\w*|re-impos\w*|reinstat\w*|restor\w*|resum\w*|reviv\w*|reintroduc\w*|re-?launch\w*|reactivat\w*|restart\w*|renew\w*"
    r"|re-?list\w*|brought\s+back|back\s+under|back\s+on)\b",
    re.IGNORECASE,
)
# A promise to refrain ("hold off on new sanctions", "not to impose new tariffs") is broken by the
# very act it forswore, as a promise to end something is broken when it comes back.
_REFRAIN = re.compile(r"\b(?:hold\s+off|refrain\w*|forgo|forswear|not\s+to|(?:will|would|shall)\s+not|won['’]t|no\s+new|hold\s+back)\b", re.IGNORECASE)
_HOSTILE_ACT = re.compile(r"\b(?:sanction\w*|impos\w*|rais\w*|retaliat\w*|tariff\w*)\b", re.IGNORECASE)
_KEPT_FROM = re.compile(r"\b(?:abstain\w*|refrained)\b", re.IGNORECASE)
_FORSWORN = re.compile(
    r"\b(?:not\s+to|never\s+to|(?:will|would|shall)\s+not|won['’]t|refrain\w*\s+from|hold\s+off\s+on|no\s+longer|instead\s+of(?=\s+[a-z]+ing\b)|(?:stop|cease|end|halt)\s+(?=[a-z]+ing\b))\s*(?:\w+ly\s+)?(be\s+)?([a-z]+)",
    re.IGNORECASE,
)
# "signed an executive order pushing the deadline": the order does the one-off act it was promised.
_SIGNED_ORDER = re.compile(r"\bsigned\s+(?:\w+\s+){0,3}?(?:order|decree|proclamation|directive|notice|memorandum|rule)\b", re.IGNORECASE)
_PROMISED_VERB = re.compile(
    r"\b(?:to|will|would|shall)\s+(?:(?:also|again|all|both|each|jointly|together|soon|then|now|still|first|formally|fully|in\s+turn|in\s+return|for\s+its\s+part|[a-z]+ly"
    r"|(?:on|by|this|next)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\s+){0,2}([a-z]+(?:-[a-z]+)?)",
    re.IGNORECASE,
)
_BY_A_DATE = re.compile(
    r"\b(?:by|before|in)\s+(?:the\s+end\s+of\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:19|20)\d\d|next\s+(?:month|spring|summer|autumn|fall|winter))\b"
)
_EVENT_VERBS = frozenset({"hold", "convene", "host", "co-host", "receive"})
# Acts that may be done in steps when the promise is broad ("resume military communications at
# all levels" is done channel by channel; "restore export licences for jet engines" at once).
_BREADTH_VERBS = _EVENT_VERBS | {"restore", "resume", "reinstate", "meet"}
# A promise to do something again and again is not done by doing it once ("hold regular talks").
_OPEN_ENDED = re.compile(r"\b(?:any|every)\b", re.IGNORECASE)


def _with_tail(commitment: Commitment) -> str:
    """The action and the words just after where it was cut ("will brief Chinese diplomats" + "on the board's work every month")."""
    return _action_and_tail(commitment.text, commitment.action)


@lru_cache(maxsize=65536)
def _action_and_tail(text: str, action: str) -> str:
    at = text.find(action[:40])
    tail = text[at + len(action) :] if at >= 0 else ""
    return action + " " + " ".join(tail.split()[:12])


def _open_ended(commitment: Commitment) -> bool:
    """The promise covers whoever or whatever comes ("hand over to U.S. consular officers at the
    Mae Sot crossing any American freed"), in its action or just after where the action was cut."""
    return _found(_OPEN_ENDED, _with_tail(commitment))


# A promise to decide is kept only by the decision: "will decide by July whether ..." -> "sent
# questionnaires", "spent two days at the data centre" are steps toward it.
_DECIDING_VERBS = frozenset("decide rule determine".split())
_DECIDED = re.compile(r"\b(?:decid\w*|decision|ruled|ruling|determin\w*|conclu\w*|found\s+that|approv\w*|reject\w*|denied|cleared|blocked|granted|voted|adopted|barred|banned|ordered|imposed|signed|issued)\b", re.IGNORECASE)


def _decision_pending(commitment: Commitment, text: str) -> bool:
    return _verb_of(commitment.action) in _DECIDING_VERBS and not _DECIDED.search(_AWAITED.sub(" ", text))


# A decision still awaited: "the AI features, which still await the regulator's approval", "pending
# a ruling", "yet to get clearance".
_AWAITED = re.compile(r"\b(?:(?:still\s+)?(?:await|awaits|awaiting|awaited)|pending|yet\s+to\s+(?:get|receive|win))\s+(?:[\w'’-]+\s+){0,3}?(?:approv\w*|decision|ruling|clearance|determination|verdict)\b", re.IGNORECASE)


# Said just after where the action was cut, only plain frequency words count ("all", "any", "more" there belong to other things).
_RECURRING_TAIL = re.compile(r"\b(?:every|each|monthly|weekly|yearly|quarterly|daily|regular(?:ly)?|routinely|once\s+a|twice\s+a|per\s+(?:week|month|year))\b", re.IGNORECASE)


def _recurs(commitment: Commitment) -> bool:
    """The promise is to do it again and again ("will brief Chinese diplomats on the board's work every month")."""
    return _found(_RECURRING_TAIL, _with_tail(commitment))


_RECURRING = re.compile(r"\b(?:regular\w*|annual\w*|every|each|all|any|twice|monthly|weekly|yearly|quarterly|routine\w*|ongoing|more|further|once\s+a|per\s+(?:week|month|year))\b", re.IGNORECASE)


# Gradual acts: a report that the side did more of it is a step, not the end ("agreed to increase
# flights" -> "raised the number of weekly flights"). Each promised verb lists the past forms that report it.
GRADUAL = {
    "increase": "increased raised expanded boosted added",
    "expand": "expanded increased raised added widened",
    "boost": "boosted increased raised expanded",
    "raise": "raised increased",
    "tighten": "tightened added placed scheduled banned restricted",
    "strengthen": "strengthened tightened stepped",
    "step": "stepped",
    "buy": "bought purchased",
    "purchase": "purchased bought",
    "import": "imported bought",
    "invite": "invited hosted welcomed",
    "deepen": "deepened expanded",
    "deliver": "delivered unloaded arrived shipped landed",
    "ship": "shipped delivered unloaded arrived",
    "improve": "improved",
    "register": "registered listed approved",
    "grant": "granted approved issued received",
    "notify": "notified told informed alerted",
    "strip": "stripped lost",
    "license": "licensed approved",
    "licence": "licensed approved",
}
# Past forms that report a promised act, one-off or gradual (see ``act_of``).
_ACT_DONE = re.compile(
    r"\b(?:"
    + "|".join(sorted({w for forms in ONE_OFF.values() for w in forms.split("|")} | {w for forms in GRADUAL.values() for w in forms.split()}))
    + r")\b",
    re.IGNORECASE,
)
# Being added shows in the list itself ("The six Inspur units appear in the Federal Register notice"):
# done for a promise to add, but no act cue on its own (the cue list names the lists it counts).
for _verb in ("add", "put", "place", "list"):
    ONE_OFF[_verb] = ONE_OFF["add"] + r"|appears?\s+on|appears?\s+in|appeared\s+on|appeared\s+in"


def _promised_verb(commitment: Commitment) -> str | None:
    return _verb_of(commitment.action)


def promised_verb(action: str) -> str | None:
    """The verb an action promises ("lift" for "agreed to lift the ban"), or None."""
    return _verb_of(action)


# Phrasal promises named by the one verb they mean: "put the fees on hold" is to pause them.
_PHRASAL = (
    (re.compile(r"\b(?:to|will|would|shall)\s+put\s+(?:[\w-]+\s+){0,8}?on\s+hold\b", re.IGNORECASE), "pause"),
    (re.compile(r"\b(?:to|will|would|shall)\s+put\s+off\b", re.IGNORECASE), "postpone"),
    (re.compile(r"\b(?:to|will|would|shall)\s+put\s+(?:[\w.'’-]+\s+){0,8}?(?:back\s+)?on\s+(?:the|its|a)\s+(?:[\w-]+\s+){0,2}?list\b", re.IGNORECASE), "add"),
    # "would be delivered by the end of 2026": a promise in the passive names its verb last
    (re.compile(r"\b(?:will|would|shall)\s+be\s+(delivered|shipped)\b", re.IGNORECASE), "deliver"),
    (re.compile(r"\b(?:to|will|would|shall)\s+(?:hold\s+off|refrain)\b", re.IGNORECASE), "refrain"),
)


@lru_cache(maxsize=65536)
def _verb_of(action: str) -> str | None:
    for pattern, verb in _PHRASAL:
        if pattern.search(action):
            return verb
    match = _PROMISED_VERB.search(action)
    verb = match.group(1).lower() if match else None
    if verb and verb.endswith("ing") and len(verb) > 5:
        verb = _base_of_gerund(verb)  # "committed to issuing visas": the verb is "issue"
    if verb == "be":
        # "will be switched to an index", "will be hosted by the Fujian government": the participle's verb
        participle = re.match(r"\s+([a-z]+)ed\b", action[match.end() :])
        if participle:
            verb = _base_of_participle(participle.group(1))
    if verb in ("let", "allow", "permit"):
        # "let the carrier USS Ronald Reagan call at Hong Kong": what is let happen is the act
        inner = _LET_VERB.search(action, match.end())
        if inner:
            return inner.group(1).lower()
    return verb


@lru_cache(maxsize=1)
def _known_verbs() -> frozenset[str]:
    """The verbs the effect rules know by name (one-off, gradual, single and broad acts)."""
    return frozenset(ONE_OFF.keys() | GRADUAL.keys() | _SINGLE_ACTS | _BREADTH_VERBS | _SINGLE_IF_ONE)


def _known_base(stem: str, *more: str) -> str | None:
    """The first known verb among a stem's likely bases: itself, with an "e", without a doubled last letter."""
    undoubled = stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else stem
    return next((c for c in (stem, stem + "e", undoubled, *more) if c in _known_verbs()), None)


def _base_of_participle(stem: str) -> str:
    """"switch" (from "switched") -> "switch", "host" -> "host", "releas" -> "release", "stopp" -> "stop"."""
    return _known_base(stem, stem[:-1] + "y" if stem.endswith("i") else stem) or stem


def _base_of_gerund(word: str) -> str:
    """"issuing" -> "issue", "lifting" -> "lift", "stopping" -> "stop": the form a known verb list
    holds, else the stem with an "e" when the stem ends as such verbs do ("issu", "releas")."""
    stem = word[:-3]
    return _known_base(stem) or (stem + "e" if re.search(r"(?:[^aeiou][uvs]|[^aeiou]c|at|iz|is)$", stem) else stem)


_LET_VERB = re.compile(r"\b(?:to\s+)?(call|visit|travel|dock|land|fly|return|leave|attend|watch|observe|meet)\b(?!-)", re.IGNORECASE)


@lru_cache(maxsize=65536)
def _done_pattern(action: str) -> re.Pattern | None:
    """What reports the action's one-off act as done ("lifted" for "agreed to lift"), or None
    when the act is not one-off or its promise is done in steps."""
    verb = _verb_of(action) or ""
    done = ONE_OFF.get(verb)
    if verb in _DECIDING_VERBS and (whether := _WHETHER_TO.search(action)) is not None:
        # "decide within a year whether to debar the group" -> "formally debarred the group": decided
        inner = whether.group(1).lower()
        stem = re.escape(inner[:-1] if inner.endswith("e") else inner)
        return _compiled(rf"\b(?:has\s+|have\s+|formally\s+|officially\s+)?{stem}\w*ed\b|\b(?:decided|ruled|determined)\s+(?:not\s+)?to\s+{re.escape(inner)}\b")
    if not done:
        return None
    if verb in _BREADTH_VERBS:
        if _RECURRING.search(action):
            return None  # "hold regular talks", "resume communications at all levels": done in steps
        # Holding one event is done when it is held ("hold a round of talks"); "hold talks"
        # opens a channel that later meetings only use.
        if verb in _EVENT_VERBS and not re.search(rf"\b{re.escape(verb)}\s+(a|an|one|the|its|their)\b", action, re.IGNORECASE) and not _BY_A_DATE.search(action):
            return None  # ... unless a date is set for it: "hold consultations before the end of April"
    # A document doing the act does it: "a notice extending all 178 exclusions was published".
    doing = re.escape(verb[:-1] if verb.endswith("e") else verb) + r"\w*ing"
    return _compiled(rf"\b(?:has\s+|have\s+|formally\s+|officially\s+)?(?:{done})\b|\b{_DOCUMENTS}\s+{doing}\b")


_WHETHER_TO = re.compile(r"\bwhether\s+(?:or\s+not\s+)?to\s+([a-z]{3,})\b", re.IGNORECASE)
_DOCUMENTS = r"(?:notice|order|rule|decree|regulation|proclamation|directive|memorandum|decision|notification)"


@lru_cache(maxsize=65536)
def _forsworn(action: str) -> re.Pattern | None:
    """For a promise to refrain ("not to add Chinese chipmakers to its entity list", "hold off on
    approving arms sales"), what reports the forsworn act done ("added", "approved"); else None."""
    match = _FORSWORN.search(action)
    if match is None:
        keep_out = _KEEP_OUT.search(action)
        # "would stay out of the waters within 24 nautical miles": broken by going in
        return _ENTERED if keep_out is not None else None
    word = match.group(2).lower()
    if match.group(1) and word.endswith(("ed", "en")):
        # "ships flying the American flag will not be boarded": broken by boarding them
        word = _base_of_participle(word[:-2])
    if word in _QUANTIFIERS:
        # "hold off on new sanctions": the forsworn act is named by its noun
        noun = re.match(r"\s*([a-z]+)", action[match.end() :])
        if noun is None:
            return None
        stem = noun.group(1).lower().rstrip("s")
        return _compiled(rf"\b(?:{re.escape(stem)}(?:ed|ing)|(?:impos|add|plac|slapp|announc|levi|rais)\w*\s+(?:[\w-]+\s+){{0,3}}?{re.escape(stem)}s?)\b")
    stem = word[:-3] if word.endswith("ing") else word.rstrip("e")
    if len(stem) < 2:
        return None
    return _compiled(rf"\b{re.escape(stem)}{re.escape(stem[-1])}?e?d\b")


_QUANTIFIERS = frozenset("new further any more additional fresh extra".split())
_KEEP_OUT = re.compile(r"\b(?:stay|keep|remain)\s+(?:[\w'’-]+\s+){0,4}?(?:well\s+)?(?:outside|out\s+of|away\s+from|clear\s+of|beyond)\b", re.IGNORECASE)
_ENTERED = re.compile(
    r"\b(?:entered|sailed\s+(?:back\s+)?into|flew\s+into|crossed\s+into|moved\s+into|went\s+into|strayed\s+into|came\s+within|pushed\s+into|steamed\s+into)\b",
    re.IGNORECASE,
)


def _is_promised_verb(commitment: Commitment, cue: str) -> bool:
    """The cue is a form of the one-off verb promised ("formally suspending" for "will suspend")."""
    verb = _promised_verb(commitment) or ""
    if _done_pattern(commitment.action) is None or len(verb) < 4:
        return False
    return cue.lower().startswith(verb[:-1] if verb.endswith("e") else verb)


def _did_forsworn_act(commitment: Commitment, text: str) -> bool:
    pattern = _forsworn(commitment.action)
    return pattern is not None and _reports(pattern, text)


@lru_cache(maxsize=256)
def _compiled(source: str) -> re.Pattern:
    return re.compile(source, re.IGNORECASE)


def _did_promised_act(commitment: Commitment, text: str) -> bool:
    """True when the sentence reports the commitment's one-off act as done."""
    pattern = _done_pattern(commitment.action)
    return pattern is not None and _reports(pattern, text)


# "rescinded the part of its ruling that applied to banks": a one-off act done in part is a step.
# A running count reached, in a sentence with no other cue: "passed 320,000 tonnes", "reached 41 notices".
_TALLY = re.compile(
    r"\b(?:passed|reached|topped|exceeded|surpassed|totall?ed|totals|stood\s+at|stands\s+at|came\s+to|rose\s+to|climbed\s+to)\s+(?:about\s+|roughly\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+)?"
    r"(\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\s+(?:(?:million|billion|thousand)\s+)?(?:metric\s+)?([a-z][a-z-]+)",
    re.IGNORECASE,
)
# "310 of China's 400 floats", "11 of the 30 addresses": a part of a promised number (group 1: the whole).
_SHARE_IN_WORDS = re.compile(
    r"\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+of\s+the\s+(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)\b",
    re.IGNORECASE,
)
_SHARE_COUNT = re.compile(r"\b(?:\d[\d,]*|[A-Za-z][a-z]+)\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[A-Z][\w.'’-]*['’]s\s+)?(\d{1,3}(?:,\d{3})+|\d+)\b(?!\s*(?:%|percent))")
_SMALL_NUMBER = r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|dozen)(?!\s+(?:years?|months?|weeks?|days?|hours?)\b)"
_NUMBER_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozen)(?:-[a-z]+)?"
_IN_PART = re.compile(
    r"\b(?:the\s+part|parts?\s+of|some\s+of|partly|partially|in\s+part|only\s+(?:one|two|three|a\s+few|half)\b"
    # "Twenty-three of the 40 storefronts", "12 of the 25 grantees"
    r"|(?:\d[\d,]*|" + _NUMBER_WORD + r")\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[A-Z][\w.'’-]*['’]s\s+)?(?:(?!(?:19|20)\d\d\b)\d[\d,]*|" + _SMALL_NUMBER + r")\b)",
    re.IGNORECASE,
)


@lru_cache(maxsize=65536)
def _found(pattern: re.Pattern, text: str) -> bool:
    """``pattern`` found in ``text``, searched once per (pattern, text): a sentence linked to many
    commitments asks the same questions of its text for each."""
    return pattern.search(text) is not None


@lru_cache(maxsize=16384)
def _reports(pattern: re.Pattern, text: str) -> bool:
    """``pattern`` found in ``text``; a sentence linked to many restatements of one pledge is searched once."""
    return pattern.search(text) is not None


def _did_more_of_promised_act(commitment: Commitment, text: str) -> bool:
    """True when the sentence reports a step of the commitment's gradual act."""
    forms = GRADUAL.get(_promised_verb(commitment) or "")
    return bool(forms and _compiled(r"\b(?:" + "|".join(forms.split()) + r")\b").search(text))


# A year that dates the whole sentence: "In 2023, CBP lifted an order on another vessel".
_EARLIER_YEAR = re.compile(r"^\W*(?:[A-Z]+\W+)?(?:In|Back\s+in|During)\s+((?:19|20)\d\d)\b")
# "The last exchange, in 2019, was held in Hawaii": a year set off right after the subject dates the whole sentence.
_LAST_YEARS = re.compile(r"^\W*(?:[A-Z]+\W+)?(?:Last|The\s+previous)\s+(?:year|season|summer|winter|spring|autumn)['’]s\b")
_ASIDE_YEAR = re.compile(r"^[^,;]{0,60},\s*(?:in|during|back\s+in)\s+((?:19|20)\d\d)\s*,")
_YEAR_IN = re.compile(r"\b(?:in|during)\s+(?:the\s+)?((?:19|20)\d\d)\b")
_NO_COMMENT = re.compile(r"\b(?:did\s+not\s+(?:immediately\s+)?(?:respond|reply)|declined\s+to\s+comment|could\s+not\s+be\s+reached|no\s+comment)\b", re.IGNORECASE)
_THIRD_PARTY = re.compile(
    r"\b(?:Israel\w*|Iran\w*|Saudi\w*|Ukrain\w*|Hamas|Houthi\w*|Hezbollah|Pakistan\w*|Panama\w*|Dutch|Netherlands|Mexic\w*"
    r"|Azerbaijan\w*|Turk\w*|Egypt\w*|Qatar\w*|Emirat\w*|UAE|Syria\w*|Iraq\w*|Afghan\w*|Indonesia\w*|Malaysia\w*|Singapor\w*|Thai\w*"
    r"|Cambodia\w*|Myanmar|Burm\w*|Nigeria\w*|Kenya\w*|Ethiopia\w*|Argentin\w*|Chile\w*|Peru\w*|Colombia\w*|Venezuela\w*|Cuba\w*|Italian|Italy|Spain|Spanish"
    r"|Poland|Polish|Swed\w*|Norw\w*|Finn\w*|Belgi\w*|Swiss|Switzerland|Austria\w*|Greece|Greek|Hungar\w*|Zealand|Palau|Fiji\w*|Papua|Solomon\w*|Lithuania\w*"
    r"|Paraguay\w*|Guatemala\w*|Honduras|Hondur\w*|Latin\s+America\w*|Ecuador\w*|Bolivia\w*|Mongolia\w*|Kazakh\w*|Uzbek\w*|Bangladesh\w*|Sri\s+Lanka\w*|Nepal\w*|Africa\w*|NATO|ASEAN|Canad\w*|India\w*|Japan\w*|Korea\w*|Europe\w*|EU|Russia\w*|Brazil\w*|Australia\w*|Philippin\w*|Filipino|Vietnam\w*|British|Britain|England|German\w*|French|France|Taiwanese|Zambia\w*|Morocc\w*"
    # ... and their capitals, read as the country ("travelled to Tokyo" is a trip to Japan)
    # ("the Paris Agreement", "the London Metal Exchange" name no trip)
    r"|Tokyo|Seoul|Pyongyang|Manila|Hanoi|Canberra|London(?!\s+(?:Metal|Stock|Club))|Paris(?![\s-]+(?:[Aa]greement|[Aa]ccord|[Cc]limate|Club|[Pp]act|goals?|targets?))|Berlin|Moscow|Kyiv|Kiev|New\s+Delhi|Jakarta|Islamabad|Tehran|Riyadh|Brussels|Ottawa|Kabul|Baghdad|Damascus)\b"
)
_CAPITAL_OF = {
    "tokyo": "japan", "seoul": "korea", "pyong": "korea", "manil": "phili", "hanoi": "vietn", "canbe": "austr", "londo": "briti",
    "paris": "franc", "berli": "germa", "mosco": "russi", "kyiv": "ukrai", "kiev": "ukrai", "new d": "india", "jakar": "indon",
    "islam": "pakis", "tehra": "iran", "riyad": "saudi", "bruss": "europ", "ottaw": "canad", "kabul": "afgha", "baghd": "iraq",
    "damas": "syria",
    # one country, one key: "Britain" and "British", "Iran" and "Iranian", "Turkey" and "Turkish"
    "brita": "briti", "engla": "briti", "irani": "iran", "turke": "turk", "turki": "turk", "filip": "phili",
    "dutch": "nethe", "swedi": "swede", "norwe": "norwa", "finni": "finla", "polis": "polan", "spani": "spain",
    "itali": "italy", "swiss": "switz", "greek": "greec", "frenc": "franc",
}


def _actor_fits(side: str, sentence_actors: set[str], text: str) -> bool:
    """A sentence that names only the other side, or only a third country, is not about a
    commitment whose evidence must come from ``side`` (``CommitmentIndex.sides``)."""
    if not sentence_actors:
        return True  # a third country doing the act is ruled out by the doers (``_doers``); one named as a destination is not
    if side == "both" or "both" in sentence_actors:
        return True
    return side in sentence_actors


# (the agent ends where the act's destination, source or time begins: "taken by the destroyer's
# boat to the Chinese frigate" is the destroyer's act)
_AGENT = re.compile(r"\s+by\s+((?:(?!\s(?:to|into|onto|from|toward|towards|for|on|at|in|after|before|during|with)\s)[^,;.])+)")
_PASSIVE_AUXILIARY = re.compile(r"\b(?:was|were|is|are|be|been|being)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_SUBJECT_BREAK = re.compile(r"[,;:()\u2013\u2014]|\b(?:but|while|although|that|and)\b", re.IGNORECASE)


_JOINT_SUBJECT = re.compile(r"\b(?:Chinese|American|U\.S\.|US)\s+and\s+(?=(?:Chinese|American|U\.S\.|US)\b)")


def _doers(text: str, cue: str) -> set[str]:
    """The sides named as the subject of the cue's clause ("Washington added 14 Chinese firms to
    its entity list" is done by the US, whatever else the sentence names); empty when the clause
    names none before the cue."""
    at = text.lower().find(cue.lower())
    if at <= 0:
        return set()
    head = text[:at]
    if _PASSIVE_AUXILIARY.search(head) or _PASSIVE_CUE.match(cue):  # passive: "the ban was lifted by China's customs" is done by the agent
        agent = _AGENT.match(text, at + len(cue))
        return sentence_actors(agent.group(1)) if agent else set()
    # "Chinese and American specialists": one subject of both sides, not two clauses.
    # ... nor is "Diplomats from the American, British and Canadian missions": a list of peoples is one subject.
    joined = _PEOPLES_LIST.sub(lambda m: m.group(0).replace(",", " ").replace(" and ", "     "), head) if "," in head else head
    breaks = list(_SUBJECT_BREAK.finditer(_JOINT_SUBJECT.sub(lambda m: m.group(0).replace("and", "   "), joined)))
    subject = head[breaks[-1].end() :] if breaks else head
    if not subject.strip():
        subject = head  # "Paraguay's president, Santiago Peña, visited": the appositive closes the subject
    if _ANOTHER.match(head):
        return set(_THIRD_PARTY_DOER)  # "Another Chinese firm, the drone maker Autel, shelved ...": someone else
    if _OBSERVED.match(cue) or _SAID_BEFORE_CUE.search(subject):
        # "U.S. officials said they had seen no sign of Chinese personnel", "the State Department said
        # no date had been fixed": who saw or said it is no doer of what the cue reports
        return set()
    told = _TOLD_THEY.search(subject)
    if told is not None:
        # "Chinese officials have told the Pentagon they will no longer ...": the pronoun is the teller
        teller = {actor for _, actor in find_actors(_MODIFIER.sub(" ", told.group(1)))}
        if not teller and not told.group(1).strip() and breaks:
            # "Beijing has refused ... and told U.S. officials it will take no more": the teller is
            # the subject of the clause before ("and told"); the side told is no doer
            before = find_actors(head[: breaks[-1].start()])
            teller = {before[0][1]} if before and before[0][1] != "both" else set()
        if teller:
            return teller
    found = sentence_actors(subject)
    if not found and " and " in head:
        # "Chinese engineers and IAEA inspectors unloaded": a subject joined by "and" keeps its side
        joint = list(_SUBJECT_BREAK_NO_AND.finditer(head))
        found = sentence_actors(head[joint[-1].end() :] if joint else head)
    if not found and (_THIRD_PARTY.search(subject) or _TAIWAN_SUBJECT.search(subject) or _ORGANISATION.search(subject)):
        return set(_THIRD_PARTY_DOER)  # "Japan's coast guard seized a Chinese trawler": done by neither side
    return found


_THIRD_PARTY_DOER = frozenset({"third party"})
_VOTE_CUE = re.compile(r"(?:abstain\w*|vot(?:ed|ing)\s+(?:for|against|in\s+favou?r|yes|no)|vetoed|veto(?:ing)?)\b", re.IGNORECASE)
_OBSERVED = re.compile(r"(?:no\s+(?:sign|evidence|trace|record)s?\s+of|(?:seen|found|detected)\s+no)\b", re.IGNORECASE)
_SAID_BEFORE_CUE = re.compile(r"\b(?:said|says|say|added|confirmed|reported|announced)\s+(?:that\s+)?$", re.IGNORECASE)
_PEOPLES_LIST = re.compile(r"\b(?:[A-Z][a-z]+(?:an|ese|ish|ch|i)|U\.S\.),\s+(?:(?:[A-Z][a-z]+(?:an|ese|ish|ch|i)|U\.S\.),\s+){0,5}(?:[A-Z][a-z]+(?:an|ese|ish|ch|i)|U\.S\.),?\s+and\s+(?:[A-Z][a-z]+(?:an|ese|ish|ch|i)|U\.S\.)\b")
# A cue that holds its own passive auxiliary: "Sixty of the Chinese applicants had been interviewed".
_PASSIVE_CUE = re.compile(r"(?:(?:has|have|had)\s+been|was|were|is|are)\s+(?:\w+ly\s+)?[a-z]+(?:ed|en|wn)\b", re.IGNORECASE)
_CLAUSE_EDGE = re.compile(r"[,;:()\u2013\u2014]|\b(?:and|but|while|after|before|when|because|whereas|where|which|who)\b", re.IGNORECASE)


def _clause_around(text: str, cue: str) -> str:
    """The clause that holds the cue: from the last clause edge before it to the first after it."""
    at = text.lower().find(cue.lower())
    if at < 0:
        return text
    starts = [m.end() for m in _CLAUSE_EDGE.finditer(text, 0, at)]
    end = _CLAUSE_EDGE.search(text, at + len(cue))
    return text[starts[-1] if starts else 0 : end.start() if end else len(text)]
_WITH_THIRD = re.compile(r"\b(?:joint|jointly|together|with|and)\b", re.IGNORECASE)
_SUBJECT_BREAK_NO_AND = re.compile(r"[,;:()\u2013\u2014]|\b(?:but|while|although|that)\b", re.IGNORECASE)
# International bodies acting on their own ("IAEA inspectors went back to Bushehr"); named beside a
# side they are partners, not a third country.
_ORGANISATION = re.compile(r"\b(?:IAEA|United\s+Nations|U\.N\.|WTO|World\s+Bank|IMF|Interpol|WHO)\b")
_ANOTHER = re.compile(r"\s*(?:another|a\s+separate|a\s+different|an\s+unrelated)\s+(?!round|session|meeting|batch|shipment|cargo|group|tranche)\w+", re.IGNORECASE)
# A third country named as where something happened ("900 miles west of Peru", "off Japan"), not as who it was done to or with.
_PLACE_NAMED = re.compile(
    r"\b(?:(?:miles|kilometres|kilometers|km|nautical\s+miles)\s+(?:\w+\s+)?(?:north|south|east|west|northeast|northwest|southeast|southwest)\s+of|off(?:\s+the\s+coast\s+of)?|near|outside)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?"
)
_SIDE_WORDS = r"(?:Chinese|China|Beijing|U\.S\.|US|American|Americans|Washington|United\s+States)"
_TO_SIDE = re.compile(r"\b(?:to|for)\s+(?:the\s+)?" + _SIDE_WORDS + r"\b")
# ... and nowhere else: every side word in the sentence follows "to" or "for"
_SIDE_NOT_AFTER_TO = re.compile(r"(?<!\bto\s)(?<!\bfor\s)(?<!\bto\sthe\s)(?<!\bfor\sthe\s)\b" + _SIDE_WORDS + r"\b")
# "has yet to receive", "have not received": a negated cue whose act is receiving
_RECEIVE_NEXT = re.compile(r"\s+(?:receive|get|hear\s+from|obtain|see)\b", re.IGNORECASE)
_RECEIVING = re.compile(r"\b(?:received|receives|obtained|collected|picked\s+up|got|heard\s+(?:nothing|no)|were\s+(?:given|granted|issued|handed)|was\s+(?:given|granted|issued|handed))\b", re.IGNORECASE)
_CITING = re.compile(r",\s*citing\s+[^,;.]+")
_MEETING_WITH = re.compile(
    r"\b(?:shook\s+hands\s+with|sat\s+down\s+with|spent\s+(?:[\w-]+\s+){1,4}?with|held\s+(?:[\w-]+\s+){0,2}?talks\s+with|talked\s+(?:[\w-]+\s+){0,3}?with|spoke\s+(?:[\w-]+\s+){0,3}?with|dined\s+with|met\s+(?:with\s+)?(?:[\w.'’-]+\s+){0,4}?(?:counterparts?|officials|delegation|commander|minister|envoy))\b",
    re.IGNORECASE,
)
_DELIVERED_TO = re.compile(
    r"\b(?:reached|arrived\s+(?:at|in)|landed\s+(?:on|in|at)|(?:was|were|been|being)\s+(?:delivered|sent|handed|passed|forwarded|transmitted|shipped)\s+to)\s+(?P<to>[^,;.]{2,80})"
)
_PASSIVE_PROMISE = re.compile(r"(?:will|would|shall)\s+(?:also\s+)?be\s+\w+", re.IGNORECASE)
# Every _DISTINCT_ACT match holds one of these; every _PLACE_NAMED match one of those.
_DISTINCT_WORDS = ("eparate", "imilar", "arallel", "nrelated", "own ")
_PLACE_WORDS = ("miles", "kilomet", "km ", "off ", "near ", "outside ")
_DISTINCT_ACT = re.compile(
    r"\b(?:(?:a|an)\s+(?:similar|separate|unrelated|parallel)\s+(?!round|session|meeting|batch|shipment|cargo|tranche)\w+"
    # "have hosted similar reconciliation meetings in past years"; "the Navy's own gliders", "its own
    # inspectors": things of its own, not the ones promised
    r"|(?:similar|separate)\s+(?:[\w-]+\s+){0,2}?[a-z]+s\b|their\s+own\s+\w+|(?:its|[A-Z][\w.]*['’]s)\s+own\s+(?:[\w-]+\s+){0,2}?[a-z]{3,}s|separately)\b",
    re.IGNORECASE,
)
_TOLD_THEY = re.compile(r"^(.*?)\b(?:told|informed|assured|notified|warned)\s+(?:[\w.'’-]+\s+){1,4}?(?:that\s+)?(?:they|it|he|she|we)\s+(?:(?:will|would|could|can|had|has|have)\s+)?$", re.IGNORECASE)


@lru_cache(maxsize=16384)
def _third_parties(text: str) -> frozenset[str]:
    found = (m.group(0).lower()[:5] for m in _THIRD_PARTY.finditer(text))
    return frozenset(_CAPITAL_OF.get(key, key) for key in found)


# Taipei acting is a third party to a US–China commitment ("Taipei said the president had postponed the trip").
_TAIWAN_SUBJECT = re.compile(r"\b(?:Taipei|Taiwan['’]s|Taiwanese)\b")


def _brings_back_its_subject(commitment: Commitment, cue: str, text: str) -> bool:
    """"Reopened its investigation" brings back what a pledge to end the probe ended; "reopened
    talks with suppliers" does not: the words after the cue must share a concept with the action."""
    at = text.lower().find(cue.lower())
    after = " ".join(text[at + len(cue) :].split()[:6]) if at >= 0 else ""
    # ... or, in the passive, before it: "the antitrust probe of DuPont was revived"
    before = " ".join(_clause_before(text, at).split()[-8:]) if at > 0 and _PASSIVE_AUXILIARY.search(text, 0, at) else ""
    return bool(concepts(f"{after} {before}") & concepts(_with_tail(commitment)))


def _clause_before(text: str, at: int) -> str:
    head = text[:at]
    breaks = list(_SUBJECT_BREAK.finditer(head))
    return head[breaks[-1].end() :] if breaks else head


# A promise to restrict something ("require export licences for 13 chemicals", "tighten checks on
# refrigerant exports") is carried out by refusing, seizing and revoking: those acts are its steps.
_RESTRICTIVE_PROMISE = re.compile(
    r"(?:tighten\w*|requir\w*|control\w*|curb\w*|crack\w*\s+down|restrict\w*|ban|block|polic\w*|enforc\w*|step\s+up|strengthen\w*|clamp\w*\s+down|go\s+after|schedul\w*|list|regulat\w*)\b",
    re.IGNORECASE,
)
_ENFORCING = re.compile(
    r"\b(?:rejected|refused|held\s+up|seized|confiscated|revoked|blocked|denied|arrested|raided|shut\s+down|fined|penali[sz]ed|prosecuted|stopped|intercepted|suspended|cancell?ed|barred)\b",
    re.IGNORECASE,
)


# What an enforcing verb acts on when it is the promised measure itself: "has suspended, for all
# sellers, the laboratory-report requirement" undoes a promise to require reports.
_MEASURE_OBJECT = re.compile(
    r"[^.;]{0,90}?\b(?:requirements?|rules?|ban|controls|checks|regime|scheme|programme|program|pilot|mandate|policy|measures?)\b", re.IGNORECASE
)


def _suspends_the_measure(cue: str, text: str) -> bool:
    at = text.lower().find(cue.lower())
    return at >= 0 and _MEASURE_OBJECT.match(text, at + len(cue)) is not None


def _enforcing(cue: str) -> bool:
    """The cue ends in an act of enforcement ("seized", "held up")."""
    words = cue.split()
    return bool(_ENFORCING.fullmatch(words[-1]) or len(words) > 1 and _ENFORCING.fullmatch(" ".join(words[-2:])))


@lru_cache(maxsize=65536)
def _restrictive(action: str) -> bool:
    """The promised verb restricts ("require", "tighten", "crack down"); "lift the ban" does not."""
    match = _PROMISED_VERB.search(action)
    return bool(match) and bool(_RESTRICTIVE_PROMISE.match(action, match.start(1)))


# "halt its port charges and lift the sanctions": one of two promised acts done is a step, not the end.
_SECOND_ACT = re.compile(r"\b(?:and|as\s+well\s+as)\s+(?:to\s+)?(?:also\s+)?([a-z]+)\b", re.IGNORECASE)


@lru_cache(maxsize=65536)
def _two_acts(action: str) -> bool:
    return any(m.group(1).lower() in ONE_OFF or m.group(1).lower() in GRADUAL for m in _SECOND_ACT.finditer(action))


# A step on a promise of one act, with nothing saying it is only a start, is the act done.
ONE_ACT_DONE = True
_UNDER_WAY = re.compile(
    r"\b(?:began|begun|begins|begin|started|starts|start|first|initial|some|partly|partially|still|remaining|so\s+far|another|more(?!\s+than)"
    r"|prepar\w*|plann\w*|advance|ahead\s+of|drafts?)\b",
    re.IGNORECASE,
)


# Promises of a standing rule or permission: it is in force once applied ("the first Americans to
# travel under the new visa-free rules cleared passport control", "customs began asking for identity cards").
_RULE_VERBS = frozenset("let allow permit accept admit require exempt".split())
_RULE_APPLIED = re.compile(
    r"\bfirst\b[^,;]{0,60}\bunder\s+the\s+new\b|\b(?:began|started)\s+(?:requiring|asking|accepting|checking|allowing|admitting|enforcing|applying|demanding)\b",
    re.IGNORECASE,
)


# Promises to lift a barrier: the first cargo, flight or sale under the new terms shows it lifted
# ("will drop the licence requirement on ethane" -> "the first China-bound ethane cargo left").
_LIFTING_VERBS = frozenset("drop remove lift suspend waive exempt reinstate restore scrap end cancel halt rescind repeal revoke open reopen".split())
_FIRST_SINCE_LIFTED = re.compile(r"\bfirst\s+(?!(?:\d|two|three|four|five|six|seven|eight|nine|ten|of|batch|round|group|phase|stage|half|part|step|tranche|few|several)\b)", re.IGNORECASE)


_FIRST_IN_YEARS = re.compile(r"\b(?:its|their|the)\s+first\b[^,;.]{0,50}\bsince\s+(?:(?:19|20)\d\d|the\s+\d{4}s)\b", re.IGNORECASE)
_BEGAN_WORK = re.compile(r"\bbegan\s+(?:work|working|his\s+duties|her\s+duties|duties)\s+as\b", re.IGNORECASE)


# Tariff relief at work: goods that pay only the ordinary duty ("cleared customs with only the
# ordinary duty to pay", "paid the standard 5 percent rate and nothing more", "no retaliatory levy").
_RELIEF_VERBS = frozenset("exempt exclude stop waive lift remove drop suspend scrap end spare".split())
_TARIFF_WORDS = re.compile(r"\b(?:tariffs?|duty|duties|levy|levies)\b", re.IGNORECASE)
_ORDINARY_DUTY = re.compile(
    r"\bonly\s+the\s+(?:ordinary|standard|normal|usual|regular|most-favou?red-nation)\b"
    r"|\b(?:ordinary|standard|normal|usual|regular|most-favou?red-nation)\s+(?:\d+(?:\.\d+)?\s+percent\s+)?(?:duty|rate|tariff)\b[^.;]{0,30}?\b(?:and\s+)?nothing\s+(?:more|else)\b"
    r"|\bno\s+(?:extra|retaliatory|additional)\s+(?:duty|tariff|levy)\b",
    re.IGNORECASE,
)


def _relief_applied(action: str, text: str) -> bool:
    """A promise to lift a tariff from some goods, and goods that paid only the ordinary duty."""
    return _verb_of(action) in _RELIEF_VERBS and _TARIFF_WORDS.search(action) is not None and _ORDINARY_DUTY.search(text) is not None


def _under_way(action: str, text: str) -> bool:
    """The sentence says the promise is only started ("began", "the first four", "still")."""
    if _found(_MORE_TO_COME, text):
        return True  # "with Guangzhou and Shanghai due to follow by summer"
    own = {m.group(0).lower() for m in _UNDER_WAY.finditer(action)}
    # (a word the promise itself uses says nothing of a start: "publish its first inventory" -> "made public its first inventory")
    found = [w for w in (m.group(0).lower() for m in _UNDER_WAY.finditer(text)) if w not in own]
    if not found:
        return False
    if _verb_of(action) in _LIFTING_VERBS and set(found) == {"first"} and _FIRST_SINCE_LIFTED.search(text):
        return False  # "the first such cargo since the licences were restored": the barrier is gone
    if set(found) <= {"first", "began"} and _FIRST_IN_YEARS.search(text):
        return False  # "released the white paper, its first on arms control since 2005": a first in years, not a start
    if set(found) == {"began"} and _BEGAN_WORK.search(text):
        return False  # "a former FBI official began work as the monitor": the appointment made
    return True


@lru_cache(maxsize=65536)
def _single_act(action: str) -> bool:
    """The promise is one act done once ("lift the tariff", "hold the next round", "renew the
    agreement"), not a course of action or several acts."""
    verb = _verb_of(action)
    if _two_acts(action) or _RECURRING.search(action) or verb in _BREADTH_VERBS - _EVENT_VERBS:
        return False
    # An event is one act when it is one event ("hold a round of talks"), not a channel ("hold talks").
    if verb in _SINGLE_IF_ONE:
        at = re.search(rf"\b{re.escape(verb)}\w*", action, re.IGNORECASE)
        if at is not None and _ONE_OBJECT.match(action, at.end()):
            return True
    if verb in _DATED_EVENT_VERBS and _ONE_TIME.search(action):
        return True  # "will host 30 descendants in Guilin in September": one occasion, held once
    return verb in _SINGLE_ACTS or _done_pattern(action) is not None


_DATED_EVENT_VERBS = frozenset("host hold send visit attend convene receive dispatch".split())
_ONE_TIME = re.compile(
    r"\b(?:in|by|before|during|on|until|at\s+the\s+end\s+of)\s+(?:(?:early|mid|late|the\s+end\s+of|mid-)\s*)?"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.|Christmas|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b"
    r"|\bnext\s+(?:week|month)\b",
)


# Acts done once that ``ONE_OFF`` does not list (their done forms vary too much to spell out).
_SINGLE_ACTS = frozenset("publish rule decide table submit appoint name deport extradite grant co-sponsor sponsor ratify adopt endorse post attend designate ask switch brief notify swap put walk negotiate unseal organise organize require".split())
# Acts done once when their object is one thing: "issue an export licence" (not "issue visas").
_SINGLE_IF_ONE = frozenset("issue grant send exchange file launch open publish".split())
_AFTER_NOUN = r"(?:in|on|of|to|for|by|within|before|after|at|from|with|that|which|under|and|or)"
_ONE_OBJECT = re.compile(
    r"\s+(?:also\s+)?(?:(?:an?|one)\s+(?!\w+s\b)"
    # "issue its preliminary finding", "open the W121 connecting route": one thing named, its noun singular
    r"|(?:its|the|their|his|her)\s+(?:(?!" + _AFTER_NOUN + r"\b)[\w-]+\s+){0,3}?(?!" + _AFTER_NOUN + r"\b)[\w-]*[^\Ws](?=\s+" + _AFTER_NOUN + r"\b|\s*[,.;]|\s*$))",
    re.IGNORECASE,
)


def _reports_an_act(text: str) -> bool:
    """The sentence reports some act done in its main clause ("Eleven officials spent last week moving between ...")."""
    act = reported_act(text)
    return act is not None and act.effect == "progress"


def _past_before(cue: str, text: str) -> bool:
    """A noun cue governed by a past verb just before it ("took delivery", "made the first payment")."""
    at = text.lower().find(cue.lower())
    if at <= 0:
        return False
    before = " ".join(text[:at].split()[-3:])
    return bool(_PAST_VERB_END.search(before))


_PAST_VERB_END = re.compile(r"\b(?:took|made|won|got|gave|completed|received|signed|placed|booked|cleared|finished)(?:\s+(?:a|an|the|its|their|his|her|first|\w+'s)){0,2}\s*$", re.IGNORECASE)
_NO_LONGER_LISTED = re.compile(
    r"\bno\s+longer\s+(?:lists|mentions|includes|carries|shows|names|appears?\s+(?:in|on)|(?:is|are)\s+(?:listed|named|included|on|in))\b", re.IGNORECASE
)
_REMOVING_VERBS = frozenset("remove delist drop take strike lift exempt exclude end scrap rescind revoke withdraw cancel".split())
_NOTHING_DONE = re.compile(
    r"^\W*(?:[A-Z]+\W+\s*)?(?:No|Not\s+one|Not\s+a\s+single)\s+(?:[\w-]+\s+){0,3}?(?:has|have|had|was|were)\s+(?:yet\s+|since\s+)?(?:been\s+)?[a-z]+(?:ed|en|wn|ne|one|ent|ived|ved)\b"
    r"|\b(?:has|have|had)\s+(?:so\s+far\s+|yet\s+)?(?:offered|given|made|sent|received|seen|heard|shown|provided)\s+no\b"
    # "Of the 37 requests hospitals filed, none has received a decision"
    r"|\bnone\s+(?:of\s+(?:them|these|those|the\s+\w+)\s+)?(?:has|have|had|was|were)\s+(?:yet\s+|since\s+)?(?:been\s+)?[a-z]+(?:ed|en|wn|ne|one|ent|ived|ved)\b"
    # "the CAC has told the company nothing about its review"
    r"|\b(?:has|have|had)\s+(?:so\s+far\s+|yet\s+)?(?:told|given|sent|shown)\s+(?:[\w'’-]+\s+){1,3}?nothing\b"
    r"|\bnothing\s+(?:from|has\s+come|had\s+come|came)\b|\b(?:contain(?:s|ed)?|includ(?:es|ed)|list(?:s|ed)|show(?:s|ed)|mention(?:s|ed))\s+no\b(?!\s+(?:longer|later|more\s+than|fewer\s+than|less\s+than)\b)|\bknew\s+of\s+no\b"
    # "... left for home with no Chinese inspector having set foot in a packing house"
    r"|\bwith\s+(?:no|not\s+one|not\s+a\s+single)\s+(?:[\w'’-]+\s+){0,4}?having\s+[a-z]+"
    # "the command announced no patrols around the island": none of the promised acts
    r"|\b(?:announced|held|sent|issued|published|conducted|released|filed|posted|named|made|took)\s+no\s+(?!longer\b|later\b|doubt\b|comment\b|secret\b|mention\b|agreements?\b|deals?\b|breakthroughs?\b|details\b|new\b|further\b)[a-z]+",
)
_NONE_DONE = re.compile(r"\b(?:no|none|nobody|nothing|not|never)\b", re.IGNORECASE)
_FINITE_START = re.compile(r"(?:has|have|had|was|were|is|are)\b|still\b|not\b|no\s+longer\b|[a-z]+ed\b", re.IGNORECASE)
_PLAN_IN_SUBJECT = re.compile(
    r"\b(?:(?:said|says|promised|pledged|announced)\s+(?:(?:it|they|he|she)\s+)?(?:would|will|was\s+to|were\s+to)|(?:planned|scheduled|due|promised|pledged|expected)\s+(?:for|in|by|on|before))\b(?:\s+[\w.'’-]+){1,6}?\s*$",
    re.IGNORECASE,
)
_WOULD_END = re.compile(r"\bwould\s*$", re.IGNORECASE)
_WITHOUT = re.compile(r"\bwithout\s+(?:any\s+|a\s+|an\s+|the\s+|being\s+)?([a-z]{4,})", re.IGNORECASE)


# Promises that something will not happen: "will bar tankers under sanctions", "take no cargoes from
# Rosneft", "freeze the wallets". A report that the thing has not happened since keeps them.
_PREVENTING_VERBS = frozenset("bar block ban freeze stop halt prevent prohibit deny refuse keep".split())
# "would stage no named exercise", "take no cargoes": an act forsworn
_TAKE_NO = re.compile(r"\b(?!(?:and|or|with|of|to|in|on|at|by|for|there|is|are|was|were|be|been|has|have|had)\b)[a-z]{3,}\s+no\s+(?!later\b|longer\b|more\s+than\b|fewer\b|less\b|doubt\b)", re.IGNORECASE)
_NEGATED_CUE = re.compile(r"(?:(?:has|have|had)\s+not|no\s+longer|not\s+a\s+single|not\s+one|no|never)\b", re.IGNORECASE)


_FOR_GOOD = re.compile(r"\b(?:no\s+longer|never|after\s+all|any\s+more|anymore)\b", re.IGNORECASE)


@lru_cache(maxsize=65536)
def _preventive(action: str) -> bool:
    return _verb_of(action) in _PREVENTING_VERBS or bool(_REFRAIN.search(action)) or bool(_TAKE_NO.search(action))


def _negates_promised_verb(commitment: Commitment, text: str) -> bool:
    """The negation is of the promised act itself ("shipments have not stopped")."""
    verb = _promised_verb(commitment)
    return bool(verb) and len(verb) >= 3 and any(word in text for word in _NEGATING_WORDS) and _verb_negated(verb[:4], text)


_NEGATING_WORDS = ("not", "Not", "NOT", "never", "Never", "NEVER", "longer", "LONGER")


@lru_cache(maxsize=65536)
def _verb_negated(stem: str, text: str) -> bool:
    return re.search(rf"\b(?:not|no\s+longer|never)\s+(?:\w+\s+){{0,2}}{re.escape(stem)}", text, re.IGNORECASE) is not None


# Cues that someone did not come or nothing was sent: for a promise made once they end it; for a
# recurring one ("each meeting", "every month") one absence does not.
_ABSENT = re.compile(r"(?:never\s+(?:came|arrived|showed)|did\s+not\s+(?:come(?!\s+up)|arrive|show\s+up)|didn['’]t\s+(?:come(?!\s+up)|arrive)|sent\s+no\s+one|stayed\s+empty|empty\s+chair|no\s+one\s+from|nobody\s+from)\b", re.IGNORECASE)


# The part of a promise still left ("the other five rangers", "the remaining 14 trees", "the 19
# places left unused"): a setback to it ends only that part; what was done before stands.
_REMAINDER = re.compile(
    r"\bthe\s+(?:other|remaining)\s+(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|[a-z]+ty|few|dozen)\b"
    r"|\bthe\s+rest\s+of\b|\bleft\s+(?:unused|unfilled|undelivered|unsent|unpaid)\b",
    re.IGNORECASE,
)


def _remainder_only(text: str, cue: str) -> bool:
    """The sentence's setback falls on what was left of the promise: the remainder is named before its cue."""
    at = text.find(cue)
    match = _REMAINDER.search(text, 0, at if at >= 0 else len(text))
    return match is not None


_RATHER_THAN = re.compile(r"\b(?:rather\s+than|instead\s+of)\s+(?![a-z]+ing\b)((?:[\w.'’-]+\s+){0,3}[\w.'’-]+)", re.IGNORECASE)


def _elsewhere(commitment: Commitment, text: str) -> bool:
    """The sentence says the act went to something else than what was promised ("spent the week
    in Moscow rather than Washington"): what it was not is named in the promise."""
    if "rather" not in text and "instead" not in text:
        return False
    promised = concept_set(commitment.action) | names(commitment.action)
    return any((concept_set(m.group(1)) | names(m.group(1))) & promised for m in _RATHER_THAN.finditer(text))


_WITHOUT_CLAUSE = re.compile(r"\bwithout\s+((?:having\s+|being\s+)?(?:[^,;:.()\u2013\u2014]|\.(?=\S)|(?<=\S)[\u2013\u2014](?=\S)){3,80})", re.IGNORECASE)
# An occasion over, the promised thing missing from it: "The exercise ended on Sept. 23 without the
# rescue serial", "left Vientiane without having met Mr. Dong", "Summer has arrived without the vice-minister".
# (A date passing without it is a delay: "March passed without the talks", "March ended without".)
_OVER_WITHOUT = re.compile(
    r"(?:\b(January|February|March|April|June|July|August|September|October|November|December|year|month|week|quarter|season|deadline|window|summer|spring|autumn|winter|(?:19|20)\d\d)\s+)?"
    r"\b(?:ended|closed|adjourned|concluded|finished|wrapped\s+up|left)\b[^,;]{0,60}?\bwithout\b", re.IGNORECASE)


def _over_without(text: str) -> bool:
    return any(m.group(1) is None for m in _OVER_WITHOUT.finditer(text))


_WITHOUT_HAVING = re.compile(r"\bwithout\s+having\b", re.IGNORECASE)  # "left Vientiane without having met Mr. Dong": the chance gone
_OCCASION_WITHOUT = re.compile(r"(?:ended|closed|arrived|left|adjourned|concluded|finished|wrapped\s+up)\b.*\bwithout$", re.IGNORECASE)
_BROAD_CONCEPTS = frozenset(CONCEPTS)


def _without_promised_act(commitment: Commitment, text: str) -> bool:
    """The sentence says something happened without the act promised ("inspect any of the named
    tankers" -> "called at Zhoushan without any inspection"), or without what the promise named
    ("send a vice-minister to Washington" -> "Summer has arrived without the vice-minister")."""
    if "without" not in text:
        return False
    verb = _promised_verb(commitment)
    if verb and len(verb) >= 4:
        stem = verb[:4].lower()
        if any(m.group(1).lower().startswith(stem) for m in _WITHOUT.finditer(text)):
            return True
    if verb in _LIFTING_VERBS or verb in _REMOVING_VERBS or _preventive(commitment.action):
        return False  # "will scrap the fee" -> "goods now enter without the fee": done, not missing
    promised = (concept_set(commitment.action) - _GENERIC - _BROAD_CONCEPTS) | names(commitment.action)
    for m in _WITHOUT_CLAUSE.finditer(text):
        clause = m.group(1)
        if verb and len(verb) >= 4 and re.search(rf"\b{re.escape(verb[:4])}", text[m.start(1) : m.start(1) + 100], re.IGNORECASE):
            return True  # "without any delegation, the United States included, raising Taiwan's request"
        if (concept_set(clause) - _GENERIC - _BROAD_CONCEPTS) & promised or names(clause) & promised:
            return True
    return False


# Promises to change a state: a state still there is a setback to them ...
_CHANGING_VERBS = _ENDING_VERBS | frozenset(
    "shut abolish repeal eliminate release free return resettle deport hand transfer move relocate publish post update delist unblock unfreeze reopen open lift allow let grant approve".split()
)
# ... and promises to keep it: the state still there is a step.
_KEEPING_VERBS = frozenset("keep maintain continue stay remain preserve sustain retain".split())


# Ending what was to be kept: "will keep sponsoring the journalists' visas" -> "the agency would end its
# sponsorship of their visas on June 30".
_ENDING_WORD = re.compile(
    r"\b(?:end|ends|ended|ending|stop|stops|stopped|halt|halts|halted|cease|ceased|terminat\w+|drop|dropped|withdr[ae]w\w*|suspend\w*|cut\s+off|scrap\w*|discontinu\w+)\s+((?:[\w'’-]+\s+){0,3}[\w'’-]+)",
    re.IGNORECASE,
)


def _ends_what_was_kept(commitment: Commitment, text: str) -> bool:
    if _promised_verb(commitment) not in _KEEPING_VERBS:
        return False
    kept = {word[:5] for word in concept_set(commitment.action) - _GENERIC - _BROAD_CONCEPTS if len(word) >= 5}
    return any(word[:5] in kept for m in _ENDING_WORD.finditer(text) for word in concept_set(m.group(1)) - _GENERIC)  # "sponsoring" -> "sponsorship"


# ... and promises of a flow: the flow still going is a step ("NOAA's aerosol output is still going to Beijing every day").
_FLOW_VERBS = frozenset("share send provide supply pass give deliver exchange feed".split())
_FLOWING = re.compile(r"still\s+(?:going|flowing|arriving|coming|reaching|running|landing)\b", re.IGNORECASE)


def _state_effect(commitment: Commitment, cue: str = "") -> str | None:
    verb = _promised_verb(commitment)
    if verb in _KEEPING_VERBS or (verb in _FLOW_VERBS and _FLOWING.match(cue)):
        return "progress"
    if verb in _CHANGING_VERBS or (verb in _FLOW_VERBS and _STILL_PLACED.match(cue)):
        return "setback"  # "will send 12 alligators" -> "the four are still in their pens": not sent
    return None


# Things still where they were ("still in their pens", "still at a Navy depot", "still on the quay").
_STILL_PLACED = re.compile(r"still\s+(?:in|at|on|inside|there|here|held|parked|moored|stored|stuck)\b", re.IGNORECASE)


def _effect_for(
    commitment: Commitment, cue: EvidenceCue, text: str, act_only: bool,
    comes_back: bool, kept_from: bool, hostile: bool, signed_order: bool, in_part: bool,
) -> tuple[str | None, bool]:
    """The effect and strength a sentence's cue has on one commitment (see ``link_evidence``)."""
    effect, strong = cue.effect, cue.strong
    if effect == "progress" and cue.cue[:6].lower() == "still ":
        return _state_effect(commitment, cue.cue), False
    if effect == "progress" and "still" in text and (state := _still_state(text)) is not None and cue.cue.lower() in state.cue.lower():
        return _state_effect(commitment, state.cue), False  # "are still being cleared by customs": a state that goes on
    if effect == "setback" and _OCCASION_WITHOUT.match(cue.cue) and _over_without(text) and not _without_promised_act(commitment, text):
        return None, False  # "the exercise ended without the rescue serial" says nothing of a promise about something else
    if effect == "setback" and _enforcing(cue.cue) and _restrictive(commitment.action) and not _suspends_the_measure(cue.cue, text) and not _NONE_DONE.search(cue.cue):
        return "progress", False  # "customs has rejected dozens of precursor shipments": the control at work
    effect, strong = _effect_for_act(commitment, effect, strong, cue, text, act_only, comes_back, kept_from, hostile, signed_order, in_part)
    if effect == "setback" and strong and _ABSENT.match(cue.cue) and _RECURRING.search(commitment.action):
        strong = False  # "will send a delegation to each meeting" -> "sent no one to the third meeting": one missed, not the end
    if effect == "setback" and strong and _remainder_only(text, cue.cue):
        strong = False  # "will send eight rangers" -> "the other five rangers never arrived": what was done stands
    if effect == "setback" and not strong and _preventive(commitment.action) and (_NEGATED_CUE.match(cue.cue) or _NONE_DONE.search(cue.cue) or _negated_cue(text, cue.cue)) and not _negates_promised_verb(commitment, text):
        return "progress", False  # "will bar sanctioned tankers" -> "no sanctioned tanker has berthed since": the bar holds
    if effect in ("progress", "fulfilled") and _ends_what_was_kept(commitment, text):
        return "setback", True  # "will keep sponsoring their visas" -> "would end its sponsorship of their visas"
    if effect in ("progress", "fulfilled") and not _preventive(commitment.action) and _negates_promised_verb(commitment, text):
        # "said it would no longer post the names": the promised act itself denied
        return "setback", bool(_FOR_GOOD.search(text))
    if effect in ("progress", "fulfilled") and _elsewhere(commitment, text):
        return "setback", False  # "will call at Port Vila and Honiara" -> "left Port Vila for Papua New Guinea rather than Honiara"
    if effect == "progress" and _found(_COMPLETION, text) and not in_part and not _two_acts(commitment.action):
        return "fulfilled", strong  # "all three toolmakers now hold licences", "resumed its full schedule"
    if effect == "progress" and _reaches_target(commitment.action, text):
        return "fulfilled", strong  # "halve the tariff to 10%" -> "the duty fell to 10%": the promised figure reached
    if effect == "progress" and not in_part and _verb_of(commitment.action) in _RULE_VERBS and _RULE_APPLIED.search(text):
        return "fulfilled", strong  # "will let Americans enter without a visa" -> "the first Americans to travel under the new rules cleared passport control"
    if effect == "progress" and not in_part and _relief_applied(commitment.action, text):
        return "fulfilled", strong  # "will exempt U.S. wine from the extra tariff" -> "cleared customs at the ordinary 14 percent duty and nothing more"
    if effect == "progress" and _verb_of(commitment.action) in _DECIDING_VERBS and _AWAITED.search(text):
        return "setback", False  # "will decide within 45 days" -> "the features still await the regulator's approval"
    if ONE_ACT_DONE and effect == "progress" and not in_part and not _recurs(commitment) and not _decision_pending(commitment, text) and (_PAST.search(cue.cue) or _FIRST_SINCE_LIFTED.search(cue.cue) or _past_before(cue.cue, text) or _reports_an_act(text)) and _single_act(commitment.action) and not _under_way(commitment.action, text) and not _short_of_target(commitment.action, text):
        return "fulfilled", strong  # a one-off act, reported done in other words: "will renew the accord" -> "signed a protocol that extends it"
    if effect == "setback" and _verb_of(commitment.action) in _REMOVING_VERBS and _found(_NO_LONGER_LISTED, text):
        # "take PVH off the list" -> "the list no longer mentions PVH": done ("two of the three no longer appear": a step)
        return ("progress" if in_part or _short_of_target(commitment.action, text) else "fulfilled"), False
    if _without_promised_act(commitment, text) and (effect in ("progress", "fulfilled") or (effect == "setback" and "without" in cue.cue)):
        # "have since called at Zhoushan without any inspection": the promised act not done; when the
        # occasion is over ("the exercise ended without the rescue serial") a one-off promise has ended
        return "setback", (_over_without(text) or _WITHOUT_HAVING.search(text) is not None) and not _RECURRING.search(commitment.action)
    if effect == "fulfilled" and not strong and (_found(_FIRST_OF_SEVERAL, text) or _found(_MORE_TO_COME, text)):
        return "progress", strong  # "A first batch of bank records was handed to the ministry", "with the rest to follow": more to come
    if effect == "fulfilled" and _two_acts(commitment.action) and not _found(_COMPLETE, text):
        return "progress", strong  # one of the promised acts
    if effect == "fulfilled" and not strong and _open_ended(commitment) and _found(_UNDER_WAY, text):
        return "progress", strong  # "hand over any American freed" -> "two more Americans were handed to consular officers"
    if effect == "fulfilled" and not strong and (in_part or _short_of_target(commitment.action, text)):
        effect = "progress"  # "inspections at 11 of the 14 suppliers are complete", "completed about 80 of 200 hours"
    if effect == "progress" and _found(_AT_THE_END, text) and (in_part or _short_of_target(commitment.action, text)):
        return "setback", False  # "By the deadline, 31 of the 36 licensees had filed": the promise fell short
    return effect, strong


# A tally taken when the time was up, or with the rest named as missing: "by the Oct. 7 deadline",
# "ended 2025 having visited two of the four", "the other five asked for more time" (a tally merely
# dated after the deadline is still read as a step: reporters tell the rest as news of its own).
_AT_THE_END = re.compile(
    r"\b(?:by|at|when|as)\s+(?:the\s+)?(?:[\w.]+\s+){0,3}deadline\b|\b(?:ended|closed|finished)\s+(?:(?:19|20)\d\d|the\s+year)\b"
    r"|\bby\s+(?:Dec\.?|December)\s+31\b|\bby\s+(?:the\s+)?year['’]?s?[\s-]end\b"
    r"|\b(?:the\s+)?(?:other|remaining)\s+(?:\d[\d,]*|" + _NUMBER_WORD + r")\s+(?:[\w-]+\s+){0,2}?(?:still|asked|have\s+not|had\s+not|were\s+not|are\s+not|never)\b",
    re.IGNORECASE,
)


# A count of things ("200 hours", "14 suppliers", "12 million tons"): not a rate, a share or money.
_COUNTED = re.compile(
    r"(?<![\d.,$])(\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\s+(?:(?:million|billion|thousand)\s+)?(?:more\s+|additional\s+|new\s+|metric\s+)?"
    r"(?!percent\b|per\s+cent\b|percentage\b|points?\b|years?\b|months?\b|weeks?\b|days?\b)([a-z][a-z-]+)",
    re.IGNORECASE,
)


@lru_cache(maxsize=65536)
def _promised_counts(action: str) -> tuple[tuple[int, str], ...]:
    return tuple((int(m.group(1).replace(",", "")), m.group(2).lower().rstrip("s")) for m in _COUNTED.finditer(action))


_NUMBER_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
    "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    # "the fifth company's account was frozen": an ordinal counts how far a series has gone
    "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
}
# A count and the words of what it counts, up to four ("nine American rice mills", "12 U.S. defence
# contractors", "the fifth company's account").
_COUNT_NOUNS = re.compile(
    # (a year is no count: "its final 2025 critical minerals list")
    r"(?<![\d.,$])\b(?!(?:19|20)\d\d\b)(\d{1,3}(?:,\d{3})+|\d+|" + "|".join(_NUMBER_WORDS) + r")\b(?:\.\d+)?\s+(?:(?:million|billion|thousand)\s+)?"
    r"(?!percent\b|per\s+cent\b|percentage\b|points?\b|years?\b|months?\b|weeks?\b|days?\b|of\b|a\.m|p\.m)"
    r"((?:[A-Za-z][\w.'’-]*\s*){1,4})",
    re.IGNORECASE,
)
# Words that say whose or which, not what is counted.
_NOT_COUNTED_WORDS = frozenset(
    "u.s. us american americans chinese china new more additional metric other remaining the a an and of its their".split()
)


_COUNT_ENDS = frozenset("to at in on for from with by that which who whose was were is are has have had will would said".split())


@lru_cache(maxsize=65536)
def _counts_of(text: str) -> tuple[tuple[int, frozenset[str]], ...]:
    found = []
    for m in _COUNT_NOUNS.finditer(text):
        figure = m.group(1).lower()
        count = _NUMBER_WORDS.get(figure) or int(figure.replace(",", ""))
        words = set()
        for w in re.findall(r"[a-z][a-z.'’-]*", m.group(2).lower().replace("’s", "").replace("'s", "")):
            if w in _COUNT_ENDS:
                break  # "six shell companies that the Treasury named": the count's words end
            if w not in _NOT_COUNTED_WORDS and w.rstrip(".") not in _NOT_COUNTED_WORDS:
                w = w.rstrip(".'’")
                words.add(w[:-3] + "y" if w.endswith("ies") else w.rstrip("s"))
        words = frozenset(words)
        if words:
            found.append((count, words))
    return tuple(found)


def _short_of_target(action: str, text: str) -> bool:
    """The sentence counts fewer of what was promised than the promise named ("at least 200 hours"
    -> "about 80 hours of observations", "add nine American rice mills" -> "six new American
    mills", "freeze the accounts of six shell companies" -> "the fifth company's account"): a step,
    not the whole."""
    promised = _counts_of(action)
    if not promised:
        return False
    for count, words in _counts_of(text) + _parts_of(text):
        if any(words & want_words and 0 < count < want for want, want_words in promised):
            return True
    return False


# "handed over 40 of the fossils": a count of a part, named by what it counts.
_PART_OF = re.compile(
    r"(?<![\d.,$])\b(\d{1,3}(?:,\d{3})+|\d+|" + "|".join(_NUMBER_WORDS) + r")\s+of\s+(?:the|its|their)\s+(?!\d)((?:[A-Za-z][\w'’-]*\s+){0,2}[A-Za-z][\w'’-]*)",
    re.IGNORECASE,
)


@lru_cache(maxsize=16384)
def _parts_of(text: str) -> tuple[tuple[int, frozenset[str]], ...]:
    if " of " not in text:
        return ()
    found = []
    for m in _PART_OF.finditer(text):
        figure = m.group(1).lower()
        count = _NUMBER_WORDS.get(figure) or int(figure.replace(",", ""))
        words = frozenset(w[:-3] + "y" if w.endswith("ies") else w.rstrip("s") for w in re.findall(r"[a-z][a-z-]+", m.group(2).lower()) if w not in _NOT_COUNTED_WORDS and w not in _COUNT_ENDS)
        if words:
            found.append((count, words))
    return tuple(found)


_TARGET = re.compile(r"\b(?:to|at)\s+(?:about\s+|around\s+|roughly\s+)?(\d[\d.,]*)\s*(?:%|percent|per\s+cent)", re.IGNORECASE)


@lru_cache(maxsize=65536)
def _promised_targets(action: str) -> frozenset[str]:
    return frozenset(m.group(1).rstrip(".,") for m in _TARGET.finditer(action))


# A promised amount ("3 million tons of corn", "all 100 launchers", "40 engineers"): reported in full, the act is done.
_AMOUNT = re.compile(r"(?<![\d.,$\w-])(\d[\d,]*(?:\.\d+)?)\s*(million|billion|thousand|trillion)?\b(?!\s*(?:%|percent|per\s+cent|years?|months?|weeks?|days?|hours?|a\.m|p\.m))", re.IGNORECASE)
_SHARE_OF = re.compile(r"\b(?:of\s+(?:the|its|their)|out\s+of|only|just|so\s+far|about\s+half|more\s+than\s+half|less\s+than|fewer\s+than|short\s+of|first)\b", re.IGNORECASE)


@lru_cache(maxsize=65536)
def _promised_amounts(action: str) -> frozenset[str]:
    """The amounts an action promises: with a scale ("3 million") or in full ("all 100")."""
    found = set()
    for m in _AMOUNT.finditer(action):
        number = m.group(1).replace(",", "")
        if re.fullmatch(r"(?:19|20)\d\d", number):
            continue  # a year
        if not m.group(2) and not re.search(r"\b(?:all|the\s+full|the\s+whole)\s+$", action[max(0, m.start() - 12) : m.start()], re.IGNORECASE):
            continue  # "13 chemicals" names what the pledge covers, not an amount to reach
        found.add(number)
    return frozenset(found)


def _reaches_target(action: str, text: str) -> bool:
    """The sentence reports the very figure the commitment promised ("to 10%", "all 100 launchers",
    "3 million tons"), and not as a share of it ("1 million of the 3 million tons")."""
    wanted = _promised_targets(action)
    if wanted and any(m.group(1).rstrip(".,") in wanted for m in _TARGET.finditer(text)):
        return True
    amounts = _promised_amounts(action)
    return bool(amounts) and any(m.group(1).replace(",", "") in amounts for m in _AMOUNT.finditer(text)) and not _SHARE_OF.search(text)


_COMPLETION = re.compile(
    r"\b(?:all\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\b|(?:its|their|the)\s+(?:full|entire|whole)\s+(?!range|year|text|details?|extent|story|board|day|week|month|time|world|country|region|city|industry|sector|process|period|session|programme|program)\w+|in\s+full\b|every\s+one\s+of|each\s+of\s+the\s+(?:two|three|four|five|\d+)"
    # "The last six visas were stamped": the rest of what was promised, done
    r"|^(?:\W*[A-Z]+\W+)?the\s+(?:last|final|remaining)\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+[a-z]+)",
    re.IGNORECASE,
)
_FIRST_OF_SEVERAL = re.compile(
    r"\b(?:a|the)\s+first\s+(?:batch|tranche|instal?lment|file|set|list|group|round|part|portion|wave|lot|consignment|delivery|transfer)\b", re.IGNORECASE
)
# The rest still to come: "with the rest to follow in quarterly payments", "with Guangzhou and
# Shanghai due to follow by summer", "with the spectroscopy channels due later".
_MORE_TO_COME = re.compile(
    r"\b(?:the\s+rest\s+(?:to\s+follow|due|still\s+to\s+come)|due\s+(?:to\s+follow|later)|(?:still|yet)\s+to\s+(?:come|follow|arrive))\b",
    re.IGNORECASE,
)
_COMPLETE = re.compile(r"\b(?:fulfil\w*|complet\w*|fully|all\s+(?:of\s+)?(?:the|its|their)|both)\b", re.IGNORECASE)


def _effect_for_act(
    commitment: Commitment, effect: str, strong: bool, cue: EvidenceCue, text: str, act_only: bool,
    comes_back: bool, kept_from: bool, hostile: bool, signed_order: bool, in_part: bool,
) -> tuple[str, bool]:
    if comes_back and _promised_verb(commitment) in _ENDING_VERBS and _brings_back_its_subject(commitment, cue.cue, text):
        return "setback", True  # what was to end came back
    if kept_from and _forsworn(commitment.action) is not None:
        return "fulfilled", strong  # "would not veto" -> "abstained"
    if effect == "progress" and _did_forsworn_act(commitment, text):
        return "setback", True  # did what it promised not to do
    if hostile and (_REFRAIN.search(commitment.action) or _promised_verb(commitment) in _ENDING_VERBS):
        return effect, True  # the act forsworn was done
    if signed_order and _done_pattern(commitment.action) is not None:
        return "fulfilled", strong
    if effect == "progress" and not in_part and _did_promised_act(commitment, text) and not (_open_ended(commitment) and _found(_UNDER_WAY, text)):
        return "fulfilled", strong  # ... but "hand over any American freed" -> "two more Americans were handed over": a step
    if effect == "setback" and not act_only and not _NONE_DONE.search(cue.cue) and not _negated_cue(text, cue.cue) and (_did_promised_act(commitment, cue.cue) or _is_promised_verb(commitment, cue.cue)):
        return "fulfilled", strong  # the setback word is the promised act itself: "will suspend the rule" -> "suspended the rule"
    if effect == "setback" and cue.cue.lower() == "no longer" and _promised_verb(commitment) in _ENDING_VERBS and _NO_LONGER_STATE.search(text):
        return "fulfilled", False  # "will close the investigation" -> "no longer on the list of open investigations": ended as promised
    return effect, strong


# What was to end, now no longer in force: "no longer on the list", "no longer valid", "no longer in effect".
_NO_LONGER_STATE = re.compile(r"\bno\s+longer\s+(?:on|in|valid|active|open|in\s+force|in\s+effect|listed|applies|apply|required)\b", re.IGNORECASE)


_NEGATION = re.compile(r"\b(?:no|not|never|none|nothing|nobody|yet\s+to)\b|n['’]t\b", re.IGNORECASE)


def _negated_cue(text: str, cue: str) -> bool:
    """The cue's own clause negates it: "No timber samples have yet arrived" (the act not done)."""
    at = text.lower().find(cue.lower())
    return at > 0 and bool(_NEGATION.search(_clause_before(text, at)))


def _cue_flags(cue: EvidenceCue) -> tuple[bool, bool, bool]:
    """What a cue's own words say, for ``_effect_for``: it brings something back ("reopened"), it
    reports an act refrained from ("abstained"), it reports a hostile act ("imposed tariffs")."""
    return (
        bool(_COMES_BACK.search(cue.cue)),
        cue.effect == "progress" and bool(_KEPT_FROM.search(cue.cue)),
        cue.effect == "setback" and bool(_HOSTILE_ACT.search(cue.cue)),
    )


# A subject whose word is also a verb for something else: releasing data is not releasing a detainee.
_VERB_SUBJECTS = frozenset({"detainee"})
_SUBJECT_VERB = re.compile(
    r"\breleas(?:ed?|es|ing)(?=\s+(?:no|its|their|the|a|an|new|any|more)?\s*(?:[\w-]+\s+)?(?:figures|data|reports?|statements?|results|findings|details|numbers|guidance|rules?|lists?|readouts?|images|footage)\b)",
    re.IGNORECASE,
)


@lru_cache(maxsize=16384)
def _without_source(text: str) -> str:
    """The sentence without who reported it: "a Fish and Wildlife Service spokesman said" names no
    subject of the news, and must not tie it to a pledge about that service."""
    said_by = attribution(text)
    if not said_by:
        return text
    at = text.rfind(said_by)
    # Only a source set off after the news (", a spokesman said", "according to ..."): one that opens
    # the sentence ("Nvidia confirmed that its licences ...") is often its subject too.
    return text[:at] + " " + text[at + len(said_by) :] if at > len(text) // 2 else text


class _Reading(NamedTuple):
    """What a sentence offers as evidence, whatever it may bear on (see ``link_evidence``)."""

    year: int | None  # the year an opening "In 2023," dates it to
    cue: EvidenceCue
    act_only: bool
    generic: bool
    counted: str | None
    counted_unit: str | None
    counted_rate: str | None
    cue_clause: str
    dated: int | None  # a year in the cue's clause
    fallback: EvidenceCue | None
    words: frozenset[str]
    in_part: bool  # "12 of the 20", "some of": a part told
    signed_order: bool  # "signed an order ...": with a progress cue, a document doing the act
    in_force: tuple[str, int] | None  # "took effect", "entered into force" (lower case) and where, if any


_RELATIVE_TAIL = re.compile(r"\b(?:whose|which|who|whom|(?:it|they|he|she)\s+(?:had\s+)?(?:took|seized|made|signed|bought|shipped|sent|imposed|placed|filed|issued))\b")
_LAST_MONTH = re.compile(r"\blast\s+(January|February|March|April|May|June|July|August|September|October|November|December)\b")
_MONTH_NUMBER = {m: i for i, m in enumerate("January February March April May June July August September October November December".split(), 1)}


def _act_month(clause: str, when) -> tuple[int, int] | None:
    """(year, month) of "last October" in the cue's clause, counted back from the report's date."""
    match = _LAST_MONTH.search(clause)
    if match is None:
        return None
    month = _MONTH_NUMBER[match.group(1)]
    return (when.year if month < when.month else when.year - 1, month)


_CONTRAST = re.compile(r"\b(?:by|in)\s+contrast\b|\bunlike\b", re.IGNORECASE)


def _still_state(text: str) -> EvidenceCue | None:
    """A state that goes on, news for a promise to change or keep it (see ``_state_effect``); not
    one set against another ("U.S. propane, by contrast, is still paying the levy")."""
    if "still" not in text or _CONTRAST.search(text):
        return None
    state = _STILL_STATE.search(text)
    if state is None or _screened(text, state.start(), state.end(), "still", "progress") is None:
        return None
    return EvidenceCue("progress", state.group(0))


@lru_cache(maxsize=16384)
def _reading(text: str) -> _Reading | None:
    """The evidence cue of a sentence and what goes with it, read once per text; None when the
    sentence can be no evidence for anything."""
    if _NO_COMMENT.search(text):
        return None
    year = _EARLIER_YEAR.search(text) or _ASIDE_YEAR.match(text)
    # "Last year's forum in Tonga was attended by ...": the subject is an earlier year's (any year
    # before the report's will do: ``link_evidence`` compares it with the report's year)
    earlier = year is None and _LAST_YEARS.match(text) is not None
    cue = effect_of(text)
    act_only = generic = False
    counted = None  # the promised whole a count-only sentence speaks of
    counted_unit = None  # ... or the unit of a running count
    counted_rate = None  # ... or a rate the promise named
    if cue is None:
        # No evidence cue: the sentence may still report the promised act itself, or more of it.
        cue, act_only = act_of(text), True
        if cue is None and GENERIC_SHARED:
            # ... or some other act done on what was promised, if it shares enough with it
            cue, act_only, generic = reported_act(text), False, True
        if cue is None:
            # ... or a count of the promised whole: "310 of China's 400 floats were reporting"
            figures = _DIGIT.search(text) is not None
            share = _SHARE_COUNT.search(text) if figures and " of " in text else None
            # ... or in words: "Four of the six U.S. traits appeared on the list"
            worded = _SHARE_IN_WORDS.search(text) if share is None and " of the " in text else None
            if not figures and worded is None:
                cue, generic = _still_state(text), False  # every other count below holds a figure
                if cue is None:
                    return None
            if share is not None:
                cue, act_only, generic = EvidenceCue("progress", share.group(0)), False, False
                counted = "#" + share.group(1).replace(",", "")
            elif worded is not None:
                cue, act_only, generic = EvidenceCue("progress", worded.group(0)), False, False
                counted = "#" + str(_NUMBER_WORDS[worded.group(2).lower()])
            elif ("%" in text or "per" in text) and (level := _TARGET.search(text)) is not None:
                # ... or a rate held where the promise put it: "the order keeps the tariff at 30% until Nov. 10"
                cue, act_only, generic = EvidenceCue("progress", level.group(0)), False, False
                counted_rate = level.group(1).rstrip(".,")
            else:
                # ... or a running count of what was promised: "shipments of U.S. cotton passed 320,000 tonnes"
                tally = _TALLY.search(text)
                if tally is not None:
                    cue, act_only, generic = EvidenceCue("progress", tally.group(0)), False, False
                    counted_unit = tally.group(2).lower().rstrip("s")
                else:
                    cue, generic = _still_state(text), False
                    if cue is None:
                        return None
    cue_clause = _clause_around(text, cue.cue)
    # (a year inside a relative clause dates that clause: "has not handed back the passports it took from them in 2019")
    dated = _YEAR_IN.search(_RELATIVE_TAIL.split(cue_clause, 1)[0])
    # An act that is not the one promised may still count as some other act (``GENERIC_SHARED``).
    fallback = reported_act(text) if act_only and GENERIC_SHARED else None
    words = concepts(_without_source(text))
    lower = text.lower()
    in_part = (" of " in lower or "part" in lower or "only" in lower or "some" in lower) and _IN_PART.search(text) is not None
    signed_order = cue.effect == "progress" and "signed" in lower and _SIGNED_ORDER.search(text) is not None
    in_force = _IN_FORCE.search(text) if ("effect" in lower or "force" in lower) else None
    return _Reading(
        int(year.group(1)) if year is not None else 1 if earlier else None, cue, act_only, generic, counted, counted_unit, counted_rate,
        cue_clause, int(dated.group(1)) if dated is not None else None, fallback, frozenset(words),
        in_part, signed_order, (in_force.group(0).lower(), in_force.start()) if in_force is not None else None,
    )


class _Parties(NamedTuple):
    """Who a sentence names and how, read once per (sentence, cue) (see ``link_evidence``)."""

    actors: frozenset[str]
    doers: frozenset[str]
    third_parties: frozenset[str]
    sentence_third: frozenset[str]
    with_third: bool
    announcer: frozenset[str]
    only_as_recipient: bool
    receiving: bool
    passive: bool
    meeting: bool
    acting_third: frozenset[str]
    named: frozenset[str]
    sentence_names: frozenset[str]


@lru_cache(maxsize=16384)
def _parties(text: str, cue: str, cue_clause: str) -> _Parties:
    """The sides, doers, third parties and subjects of a sentence whose evidence cue is ``cue``:
    they depend on the text alone, so syndicated copies and repeated sentences read them once."""
    actors = sentence_actors(text)
    doers = _doers(text, cue)
    if doers and doers != _THIRD_PARTY_DOER and not doers <= set(actors):
        actors = set(actors) | doers  # "The Seventh Fleet told the PLA Navy ...": the doer is named, as a side
    # A sentence that names one side and a third country: an act towards the third country in the
    # cue's own clause is not one towards the promised counterpart ("boarded two Philippine boats";
    # "the classrooms went to a NATO drill instead" is another clause), and a joint act with it is
    # not one between the two sides ("Vietnam and the United States held a joint course").
    one_side = len(actors) == 1 and "both" not in actors
    # ... and so is one in a sentence naming no side at all ("the laboratory has trained customs
    # officials from Vietnam and Indonesia").
    placed = _PLACE_NAMED.sub(" ", cue_clause) if any(word in cue_clause for word in _PLACE_WORDS) else cue_clause
    third_parties = _third_parties(placed) if one_side or not actors else frozenset()
    sentence_third = _third_parties(text) if one_side else frozenset()
    with_third = bool(sentence_third) and bool(_WITH_THIRD.search(text))
    if _VOTE_CUE.match(cue) and actors:
        # "endorsed by 13 votes to none, with China and Russia abstaining": in a vote, the other
        # countries named are fellow voters, and the side named in the tally cast its own vote
        third_parties = sentence_third = frozenset()
        with_third = False
        doers = {a for a in actors if a in ("US", "China")} or doers
    said_by = attribution(text)
    announcer = frozenset(a for _, a in find_actors(said_by)) if said_by else frozenset()
    # "No toxin report has gone to Beijing since February": a side named only as where something goes.
    only_as_recipient = bool(actors) and "both" not in actors and bool(_TO_SIDE.search(text)) and not _SIDE_NOT_AFTER_TO.search(text)
    if not only_as_recipient and len(actors) == 1 and "both" not in actors:
        # "The first notice under the arrangement reached NOAA's operations centre": what one side got
        # delivered, with no side as the subject, is the other side's act
        delivered = _DELIVERED_TO.search(text)
        only_as_recipient = delivered is not None and not sentence_actors(text[: delivered.start()]) and bool(sentence_actors(delivered.group("to")))
    # "American executives said they had received their visas", "the CDC has yet to receive a single
    # day's count": the subject got (or did not get) what the other side was to give.
    at = text.lower().find(cue.lower())
    receiving = (bool(_RECEIVING.search(cue)) or (at >= 0 and _RECEIVE_NEXT.match(text, at + len(cue)) is not None)) and doers != _THIRD_PARTY_DOER and len(doers) == 1
    if receiving:
        doers = frozenset()
    passive = at > 0 and bool(_PASSIVE_AUXILIARY.search(text, max(0, at - 30), at)) and not _AGENT.match(text, at + len(cue))
    meeting = {"US", "China"} <= actors and _MEETING_WITH.search(text) is not None
    # The third parties of a sentence whose doers are third parties (once, not per candidate).
    acting_third = _third_parties(text) if doers == _THIRD_PARTY_DOER else frozenset()
    named = concepts(_without_source(text)) & SUBJECTS
    if named and ", citing" in text:
        # "..., citing the American tariff increases": a reason given, not what the sentence is about
        named = concepts(_CITING.sub(" ", text)) & SUBJECTS
    if named & _VERB_SUBJECTS:
        # "released no figures": releasing data names no detainee
        named = concepts(_SUBJECT_VERB.sub(" ", text)) & SUBJECTS
    sentence_names = names(text)
    return _Parties(
        frozenset(actors), frozenset(doers), frozenset(third_parties), frozenset(sentence_third), with_third, announcer,
        only_as_recipient, receiving, passive, meeting, frozenset(acting_third), frozenset(named), sentence_names,
    )


def link_evidence(index: CommitmentIndex, sentence: EvidenceSentence, article_topics: list[str] | None = None) -> list[tuple[Commitment, dict]]:
    """The commitments this sentence is evidence for, each with its evidence record.

    A sentence without a specific topic of its own ("The new requirement has been
    delayed", "The meetings have slowed") may link on any topic, but only on two shared concepts.
    """
    reading = _reading(sentence.text)
    if reading is None:
        return []
    year, cue, act_only, generic, counted, counted_unit, counted_rate, cue_clause, dated, fallback, words, in_part, signed_order, in_force = reading
    if year is not None and sentence.date is not None and year < sentence.date.year:
        return []  # "In 2023, CBP lifted an order on another vessel": dated before the report, background
    if dated is not None and sentence.date is not None and dated < sentence.date.year and not (cue.effect == "setback" and dated == sentence.date.year - 1):
        return []  # "had her own exit ban lifted in 2023": an act of an earlier year ("did not meet in 2024" is still news in 2025)
    # "released video of the intercepts to reporters last October": an act dated to a month; evidence
    # only for promises made before it (see the candidate loop)
    act_month = _act_month(cue_clause, sentence.date) if sentence.date is not None and "last " in cue_clause else None
    needed = 1
    if set(sentence.topics) <= {"diplomacy"}:
        topics = list(article_topics or TOPIC_IDS)
        sentence = EvidenceSentence(sentence.article_id, sentence.sentence_index, sentence.text, sentence.date, topics, sentence.source)
        needed = 2
    found = index.candidates(sentence, words)
    general: set[str] = set()
    if needed == 1 and "diplomacy" not in sentence.topics:
        # A commitment with no specific topic ("their Pacific commands would plan a tabletop
        # exercise") takes evidence on any topic, on two shared concepts, as a sentence with no
        # specific topic does.
        wider = EvidenceSentence(sentence.article_id, sentence.sentence_index, sentence.text, sentence.date, [ANY_TOPIC], sentence.source)
        for cid, item in index.candidates(wider, words).items():
            if cid not in found:
                found[cid] = item
                general.add(cid)
    # A proper name both share ("Lai", "Hanwha", "Qualcomm") finds a commitment filed under another
    # topic ("trade talks" vs a Taiwan transit): on four shared concepts, names counting double.
    named_only: set[str] = set()
    if index.by_name:
        for cid, item in index.named(sentence, words).items():
            if cid not in found:
                found[cid] = item
                named_only.add(cid)
    if not found and not generic and SAME_STORY_SHARED and len(words) >= SAME_STORY_SHARED:
        # Nothing on the sentence's own topics, yet it may tell a pledge's story in another topic's
        # words ("a buyer register for tablet presses" under trade, the pledge under drugs): on
        # SAME_STORY_SHARED shared concepts.
        wide = EvidenceSentence(sentence.article_id, sentence.sentence_index, sentence.text, sentence.date, list(TOPIC_IDS), sentence.source)
        for cid, item in index.candidates(wide, words).items():
            if item[1] >= SAME_STORY_SHARED:
                found[cid] = item
                named_only.add(cid)
    own = index.reported_in.get((sentence.article_id, sentence.sentence_index))
    if own:
        # A sentence that itself carries a commitment (a restatement, or a misread act) is no evidence
        # for it, and must not crowd out the commitment it does bear on.
        found = {cid: item for cid, item in found.items() if cid not in own}
    if not found:
        return []
    if in_force is not None and in_force[0] == cue.cue.lower():
        # "X took effect" fulfils a pledge about X only: the thing that took effect must share a
        # concept with the commitment ("a tariff took effect" is no step on a fentanyl pledge).
        subject = concepts(_ASIDE_CLAUSE.sub(" ", sentence.text[: in_force[1]]))
        found = {cid: item for cid, item in found.items() if subject & index.concepts.get(cid, set())}
    if any(word in cue_clause for word in _DISTINCT_WORDS) and _DISTINCT_ACT.search(cue_clause):
        # "completed a similar exercise in London", "issued a separate notice for travellers to Cuba",
        # "held their own talks": the sentence says the act is another one than any promised
        return []
    fits: dict[tuple[str, bool], bool] = {}  # by the side evidence must come from, and whether it went to the other side
    fitting = []
    subjects = index.subjects
    parties = _parties(sentence.text, cue.cue, cue_clause)
    actors, doers, third_parties, sentence_third, with_third, announcer = parties[:6]
    only_as_recipient, receiving, passive, meeting, acting_third, named, sentence_names = parties[6:]
    as_generic: set[str] = set()  # linked through ``fallback``, not the promised act
    for c, shared in found.values():
        if act_month is not None and c.date is not None and act_month < (c.date.year, c.date.month):
            continue  # done before the promise was made
        # A name both share ("Quantico", "Perdue", "ChangXin") says more than a common word.
        both_named = len(sentence_names & index.names.get(c.id, frozenset()))
        shared += both_named
        threshold = NAMED_SHARED if c.id in named_only else 2 if c.id in general else needed
        if shared + act_only < threshold:
            continue  # short of the threshold even with the one concept the promised act would add (checked below)
        wanted = subjects.get(c.id)
        if wanted and named and not wanted & named and both_named < 2 and shared < SAME_STORY_SHARED:
            continue  # the sentence is about another subject (unless two names, or much else, say it is the same story)
        if counted is not None and counted not in index.action_concepts[c.id] and not any("#" + str(n) == counted for n, _ in _counts_of(c.action)):
            continue  # a count is evidence only for the promise of that very number
        if counted_unit is not None and not any(unit == counted_unit for _, unit in _promised_counts(c.action)):
            continue  # ... and a running count only for a promise counted in that unit
        if counted_rate is not None and counted_rate not in _promised_targets(c.action):
            continue  # ... and a rate only for a promise of that very rate
        # (a name both share, "Ms. Xu" for "will let Xu Lan leave", ties the act to the promise as a shared act word does)
        if generic and (shared < GENERIC_SHARED or not (both_named or index.action_concepts[c.id] & words)):
            continue  # an act without an evidence cue must share much with the promise, and with its action
        if act_only:
            # Reporting the very act promised, or more of it, counts as one more shared concept.
            if not (_did_more_of_promised_act(c, sentence.text) or _did_promised_act(c, sentence.text) or _did_forsworn_act(c, sentence.text)):
                if fallback is None or shared < GENERIC_SHARED or not (both_named or index.action_concepts[c.id] & words):
                    continue
                as_generic.add(c.id)
            else:
                shared += 1
        if shared < threshold:
            continue
        side = index.sides[c.id]
        # A passive act with no agent names the other side only as who received it ("twenty of the
        # relics were handed to Chinese officials"): it fits a promise made to that side.
        to_other = (not doers and (passive or only_as_recipient) or receiving) and index.counterparts.get(c.id, False)
        fit = fits.get((side, to_other))
        if fit is None:
            fit = fits[(side, to_other)] = doers != _THIRD_PARTY_DOER and (to_other or _actor_fits(side, actors, sentence.text)) and (not doers or _actor_fits(side, doers, sentence.text))
        if not fit and meeting and side in actors:
            fit = True  # "Adm. Koehler shook hands with the PLA Navy's commander": a meeting is both sides' act
        if not fit and not doers and side in announcer:
            fit = True  # the side announces its own act: "China's commerce ministry said the ban would apply again"
        if not fit and doers == _THIRD_PARTY_DOER and index.lets_third.get(c.id) and index.lets_third[c.id] & _third_parties(sentence.text):
            fit = True  # the third party the commitment lets act did so: "a Philippine navy boat unloaded rice at the outpost"
        if not fit and doers == _THIRD_PARTY_DOER and side in actors and (promised_third := _third_parties(c.text)) and acting_third <= promised_third:
            fit = True  # the side acting with the third parties it promised to act with: "China, Saudi Arabia and Iran held the first meeting"
        if (
            not fit and doers != _THIRD_PARTY_DOER and c.actor in OTHER_SIDE and OTHER_SIDE[c.actor] in actors
            and len(index.action_concepts[c.id] & words) >= OBJECT_SHARED
            and (not doers or side_objects(c.action, OTHER_SIDE[c.actor]) & side_objects(sentence.text, OTHER_SIDE[c.actor]))
        ):
            # the other side's people or goods the promise was about, named as such: "will train 30
            # Chinese customs officers" -> "Twelve Chinese customs officers finished a two-week course"
            fit = True
        if fit and with_third and c.actor == "both" and not sentence_third <= _third_parties(c.text):
            fit = False
        if fit and third_parties and (index.counterparts.get(c.id) or not actors or (index.other_named.get(c.id) and not _third_parties(c.text))) and not third_parties <= _third_parties(c.text):
            fit = False
        if fit:
            fitting.append((c, shared))
    if not fitting:
        return []
    best = max(shared for _, shared in fitting)
    chosen = [c for c, shared in fitting if shared == best]
    links = []
    # One record per effect, shared by every commitment the sentence bears on with that effect
    # (records are read, never changed): a sentence linked to forty restatements of a pledge
    # costs one dict, not forty.
    records: dict[tuple[str, bool, bool, str | None], dict] = {}
    text = sentence.text
    # The effect depends on the promised action only: restatements of one pledge share it.
    effects: dict[tuple[str, bool], tuple[str | None, bool, str | None]] = {}
    for commitment in chosen:
        by_fallback = commitment.id in as_generic
        known = effects.get((commitment.action, by_fallback))
        if known is None:
            used = fallback if by_fallback else cue
            effect, strong = _effect_for(
                commitment, used, text, act_only and not by_fallback, *_cue_flags(used), signed_order, in_part
            )
            reading = None
            if effect is not None:
                # The rules found the link and a first reading; the learned model reads the effect
                # again and, where it is sure enough and reads otherwise, its reading stands.
                learned = read_effect(commitment.action, text)
                if replaces(effect, strong, learned):
                    effect, strong, reading = learned.effect, learned.strong, learned.note
            known = effects[(commitment.action, by_fallback)] = (effect, strong, reading)
        effect, strong, reading = known
        if effect is None:
            continue
        record = records.get((effect, strong, by_fallback, reading))
        if record is None:
            record = records[(effect, strong, by_fallback, reading)] = {
                "article_id": sentence.article_id,
                "sentence_index": sentence.sentence_index,
                "text": sentence.text,
                "date": sentence.date,
                "effect": effect,
                "cue": fallback.cue if by_fallback else cue.cue,
                "strong": strong,
                "source": sentence.source,
                "shared": best,
                "generic": generic or by_fallback,
                "reading": reading,
            }
        links.append((commitment, record))
    return links
