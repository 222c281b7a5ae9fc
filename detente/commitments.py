"""Commitments: who undertook to do what, on which topic, when, by when, per whom.

A commitment is a sentence in which a side agrees, pledges, promises or commits to
something, or states that it will do something. Not commitments: demands ("urged
China to"), monitoring ("will watch closely whether"), desires ("wanted to"),
negated or hypothetical statements ("did not agree to", "could agree"), threats
("vowed to retaliate"), and references to earlier pledges ("fulfilled a pledge made
last month"): those are told apart by the words before and after the verb.
"""

from __future__ import annotations

import calendar
import hashlib
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from typing import Callable

from detente.terms import OTHER_SIDE, actor_terms, place_owner, provincial_actor, terms_pattern

ACTORS = ("US", "China", "both")

_COMMIT_VERB = (
    r"(?:agreed|agrees|agree|pledged|pledges|pledge|promised|promises|promise|committed|commits|commit"
    r"|vowed|vows|vow|undertook|undertaken|undertakes|undertake|consented|consents|resolved|decided|decides"
    r"|reached\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:agreement|consensus|deal|understanding)|struck\s+(?:an?\s+)?(?:deal|agreement)"
    r"|gave\s+(?:(?:an?|its|their|written|firm|formal|public|private)\s+){0,2}(?:undertaking|assurances?|guarantees?|commitment|pledge|promise)(?=\s+(?:that|to)\b)"
    r"|it\s+was\s+agreed\s+that"
    r"|accepted\s+(?:an?\s+|the\s+)?(?:[\w.'’-]+\s+){0,3}?(?:invitation|request|proposal|offer)(?:\s+from\s+(?:[\w.'’-]+\s+){0,3}?[\w.'’-]+)?(?=\s+to\s)"
    r"|assured|assures|signed|announced\s+(?:plans?|it\s+would|they\s+would|that\s+it\s+would)|will|would|shall"
    r"|(?:is|are)\s+(?:also\s+|in\s+turn\s+)?(?:set\s+)?to|plans?\s+to|intends?\s+to)"
)
_VERB = re.compile(rf"\b{_COMMIT_VERB}\b", re.IGNORECASE)
_FUTURE = {"will", "would", "shall"}

# Words in the few words before the verb that mean it is not a commitment.
_BLOCKERS = {
    "negated": r"\b(?:not|no|n[o']t|never|nothing|nobody|no\s+longer|neither|nor|refus\w*|declin\w*|fail\w*|unwilling|reluctant|hesitant|yet|without|stopped\s+short|rather\s+than|instead\s+of)\b|n['’]t\b",
    "hypothetical": r"\b(?:warn\w*|threaten\w*|could|might|may|would|should|must|if|unless|whether|expected|expect|expects|reckon\w*|believes?|believed|suspects?|anticipat\w*|estimat\w*|forecast\w*|predict\w*|project(?:s|ed|ing|ions?)|likely|unlikely|possibly|perhaps|poised|hopes?|hoped|hoping|wants?|wanted|wish\w*|seeks?|sought|aims?|aimed|trying|tried|considering|considers?|ready|willing|prepared|able|asked|ask|asks|urged?|urges|urging|pressed|pressing|press(?:es)?\s+(?:\w+\s+){0,3}?(?:to|for)\b|call\w*\s+on|demand\w*|push\w*|insist\w*|needs?\s+to|how|what|when|why)\b",
    # ("the air monitors will be back online": the devices, not anyone monitoring)
    "monitoring": r"\b(?:watch\w*|monitor(?!s\b)\w*|see|verify\w*|track\w*|assess\w*|judge)\b",
    "earlier": r"\b(?:had|previously|earlier|already|originally|once)\b",
}
_WARNED_THAT = re.compile(
    r"\b(?:(?:warn\w*|threaten\w*|caution\w*)\s+(?:[\w'’.-]+\s+){0,4}?"
    # "it was possible that a U.S. carrier would call": a hedge, not an undertaking
    r"|(?:possible|likely|unlikely|conceivable|unclear|uncertain|doubtful|hoped|expected|thought|believed|speculated|rumou?red|anticipat\w*|estimat\w*|predict\w*|forecast\w*|projected|expects?|(?:hope|expectation|belief|view|assessment|guess)\s+(?:was|is)|reckons?|suspects?|believes?|thinks?|bet|stopped\s+short\s+of\s+(?:saying|promising|committing|confirming))\s+|(?:no|not\s+(?:give|offer|make)\s+(?:an?|any))\s+(?:\w+\s+)?(?:assurances?|guarantees?|commitment|promise|pledge|undertaking)\s+)that\s+[^,;]*$",
    re.IGNORECASE,
)
_BLOCK = {name: re.compile(source, re.IGNORECASE) for name, source in _BLOCKERS.items()}

# Future "will" statements that are not undertakings.
_NOT_UNDERTAKING = re.compile(
    r"^(?:will|would|shall)\s+(?:also\s+)?['\"“‘]?(?:resolutely\s+|firmly\s+|always\s+|staunchly\s+)?(?:not|never|no\s+longer|still|be|become|get|make\s+sure|continue|press|push|ignore|rise|fall|climb|drop(?=\s+(?:to|by|below|under|sharply|further|significantly|slightly|\d)\b|\s*[,.;]|\s*$)|jump|grow|take\s+effect|expire|remain|last|come|go\s+up|watch|monitor|track|see(?!\s+to\s+it\b)|(?:assess|audit|check|verify|review|examine)(?=(?:\s+[\w,'’-]+){0,12}?\s+(?:whether|how|if|what|closely|compliance|to\s+(?:verify|see|confirm|check|ensure|make\s+sure|determine|gauge|track))\b|\s*[.;]|\s*$)|study|weigh|consider|like|love|prefer|welcome|stay\s+(?:attentive|alert|vigilant|watchful)|(?:stay|remain)\s+under\s+(?:close\s+|constant\s+)?(?:watch|scrutiny|review|observation|surveillance|monitoring)|log"
    r"|follow\s+(?:[\w.'’-]+\s+){0,8}?closely|(?:keep|go\s+on)\s+(?:tracking|watching|monitoring|pressing|following|logging|checking|counting|testing|inspecting|sampling|screening|scanning|searching|examining|reviewing|shadowing|trailing|(?:a\s+|an\s+)?(?:close\s+|careful\s+|watchful\s+)?eye|tabs)|continue\s+to\s+(?:watch|monitor|press|urge|track)|be\s+(?:watching|monitoring|closely)"
    r"|likely|probably|face|need|have\s+to|hit(?!\s+back)|hurt|harm|damage|cripple|cost(?!\s+(?:the|its|their)\s+(?:state|government)\s+nothing)|remain|depend|respond|retaliate|pay\s+(?:a\s+|the\s+)?(?:[\w-]+\s+){0,2}price|fight|take\s+(?:all\s+)?(?:necessary|resolute|firm|strong)|defend|protect|safeguard|uphold|punish|crush|oppose|resist|hit\s+back|counter"
    # schedules are logistics, not undertakings: "will arrive on Monday", "will fly to Lima" (a visit or a
    # delegation sent can be a deal's outcome: "will travel to Beijing in April", "will attend the forum" stay)
    r"|arrive|depart|fly(?!\s+(?:the|a|an|\d|his|her|their|them|him|its)\b)|land(?!\s+(?:the|a|an|\d|his|her|their|them|him|its)\b)|head\s+(?:to|for|back)|stop\s+(?:in|over)"
    # what something is, not what anyone undertakes: "the group will serve as a platform for coordination"
    r"|serve\s+as|act\s+as|function\s+as)\b",
    re.IGNORECASE,
)
# "OFAC is to add a Dalian ship manager to the sanctions list this week": a measure scheduled, as "will add" is.
_SCHEDULED = re.compile(r"(?:is|are)\s+to\s+(?!be\b)[a-z]+", re.IGNORECASE)
_COUNTERFACTUAL = re.compile(r"(?:would|could|might|should)\s+(?:also\s+|never\s+|not\s+)?have\s+(?:been\s+)?[a-z]+(?:ed|en|wn|ne|ent|ept|ost|ade|ught|ung|id|ld|ut|et)\b", re.IGNORECASE)
# Announced hostile measures are threats or facts, not undertakings between the sides.
_HOSTILE_ACTION = re.compile(
    r"^(?:will|would|shall|(?:is|are)\s+(?:set\s+)?to|plans?\s+to|intends?\s+to|announced\s+(?:plans?\s+to|it\s+would|they\s+would|that\s+it\s+would))\s+(?:also\s+|again\s+|soon\s+)?"
    r"(?:impose|raise(?!\s+(?:[\w'’-]+\s+){0,6}?(?:with|issues?|case|matter|concerns?|questions?|problems?|objections?|(?:at|during|in)\s+(?:the\s+)?(?:next|coming|upcoming))\b)|hike|slap|increase|double|ban|restrict|file(?=\s+(?:an?\s+|new\s+|formal\s+)*(?:complaints?|lawsuits?|suits?|cases?|charges|petitions?|challenges?)\b)|sue|apply\s+(?:stricter|tougher|new)|sanction|retaliate|leave(?=\s+(?:the\s+)?(?:(?-i:[A-Z])|WHO\b|agreement|accord|organi[sz]ation|talks|forum|treaty|council|pact|group|alliance|body|negotiations))|withdraw\s+(?:from|(?:its|their)\s+(?:troops|forces|ambassadors?|envoys?|diplomats|support))|exit|quit|expel|punish|blacklist|tighten|expand|add(?!\s+(?:(?:US|U\.S\.|another|a\s+further|an?\s+extra)\s+)?(?:[$€£¥]|\d[\d,.]*\s+(?:million|billion)\b))|block|bar|suspend\s+(?:talks|dialogue|cooperation|military)|halt|cut\s+off|end)\b",
    re.IGNORECASE,
)
# "China's foreign ministry said on Thursday that it would impose countermeasures on the Reagan
# Library": a measure announced against named targets, not a threat (which has a condition or "any").
_SAID_IT_WOULD = re.compile(r"\b(?:said|announced|confirmed|responded)(?:\s+on\s+[A-Z]\w+)?(?:\s+that)?\s+(?:it|they|Beijing|Washington|China|the\s+United\s+States)\s+would\b")
# ... a measure on people or bodies (countermeasures, sanctions, visa bans), not a tariff, a listing or a walk-out.
_ON_PEOPLE = re.compile(
    r"would\s+(?:also\s+)?(?:impose\s+(?:[\w-]+\s+){0,3}?(?:countermeasures|sanctions|visa\s+(?:restrictions|bans))|sanction|punish)\b", re.IGNORECASE
)
_CONDITION_LATER = re.compile(r"\b(?:if|unless|should|in\s+case|in\s+the\s+event|were\s+(?:it|they)\s+to)\b", re.IGNORECASE)
# A measure announced with its start ("would add ... to its unreliable entity list from Nov. 1"): an undertaking, not a threat.
_STARTING_ON = re.compile(
    r"^[^;.]*?\b(?:from|starting|as\s+of|effective|beginning)\s+(?:on\s+)?(?:next\s+\w+|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|midnight|today|tomorrow)\b",
    re.IGNORECASE,
)
# "would sanction any company that ...", "will impose visa bans on anyone who ...": a threat against whoever
# does something, named within the first words of the measure ("will bar engineers based in China from
# supporting any of its cloud contracts" names its target).
_ANY_TARGET = re.compile(r"^\S+(?:\s+[^\s,;.]+){0,5}?\s+(?:any|anyone|whoever|every)\b", re.IGNORECASE)
_THREAT = re.compile(
    r"^(?:vowed|vows|vow|pledged|promised|threatened)\s+(?:to\s+)?(?:['\"“]?\w+\s+){0,2}?['\"“]?(?:retaliat\w*|respond\w*|fight(?:s|ing)?\b|counter(?:s|ed|ing|measures?)?\b|punish\w*|crush\w*|resist\w*|hit\s+back|take\s+(?:all\s+)?(?:necessary|resolute|firm)|defend\w*|oppose\w*|protect\w*|safeguard\w*|impose\w*|raise\w*|escalat\w*)\b",
    re.IGNORECASE,
)
# References to pledges made before: "fulfilled a pledge made last month", "as agreed at the summit".
_EARLIER = re.compile(
    r"\b(?:(?:pledge|promise|commitment)s?\s+(?:it\s+|they\s+|he\s+|she\s+|\w+\s+)?(?:made|given)"
    r"|as\s+(?:agreed|pledged|promised)|(?:fulfil|fulfill|deliver|honou?r|implement|keep|kept|made\s+good|following\s+through|follow\s+through)\w*\s+(?:on\s+)?(?:a|an|the|its|their|his|her|that|this)?\s*(?:\w+\s+){0,3}(?:pledge|promise|commitment|agreement|deal|consensus)"
    r"|(?:agreed|pledged|promised)\s+(?:at|during|in)\s+(?:the\s+|last\s+|their\s+|a\s+)?(?:\w+\s+){0,3}(?:summit|meeting|talks|call)\s+(?:in\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:19|20)\d\d)|last|earlier|of)\b"
    r"|\b(?:last|previous|the\s+previous)\s+(?:month|year|week)['’]s\s+(?:\w+\s+){0,2}(?:summit|meeting|talks|call)\b"
    r"|(?:agreed|pledged|promised|committed|signed)\b[^,.;]{0,80}?\bback\s+in\s+(?:19|20)\d\d"
    r"|(?:agreed|pledged|promised|committed|undertook|vowed)\s+(?:in|under)\s+(?:the|its|their)\s+(?:19|20)\d\d\s+(?:[\w-]+\s+){0,3}(?:deal|agreement|accord|pact|summit|consensus|statement|declaration|communiqu[eé])"
    # "the goods it promised to purchase under the 2020 deal": a promise named by what it covered
    r"|\b[a-z]+s?\s+(?:that\s+)?(?:it|they)\s+(?:had\s+)?(?:promised|pledged|agreed|undertook)\s+to\s+[a-z]+\s+(?:under|in|at|during|by|last|earlier|before)\b"
    r"|(?:agreed|pledged|promised|committed)\s+(?:last(?!\s+week\b)|earlier|previously|in\s+(?:19|20)\d\d|in\s+(?:January|February|March|April|May|June|July|August|September|October|November|December))"
    # "In 2023 Beijing promised to curb ...", "At Woodside in 2023, China agreed to ...", "In the January 2020
    # trade deal China agreed to ...": a pledge dated to a past year by the phrase that opens the sentence
    r"|^\W*(?:in|at|during|under|when|after|since|back\s+in)\s+[^,;]{0,80}?\b(?:19|20)\d\d\b[^,;]{0,30}?,?\s+(?:[\w.'’-]+\s+){1,5}?(?:agreed|pledged|promised|committed|undertook|vowed|told|assured)\b)",
    re.IGNORECASE,
)
# "under the 2020 trade deal", "in line with the agreement": a reference to an earlier pledge when it
# comes before any commitment verb; after one ("agreed to hold talks under the ... Agreement") it names
# the framework of a new pledge.
_UNDER_EARLIER = re.compile(
    r"\b(?:in\s+line\s+with|under)\s+(?:a|an|the|its|their|his|her|that|this)?\s*(?:\w+\s+){0,3}(?:pledge|promise|commitment|agreement|deal|consensus)",
    re.IGNORECASE,
)
_FUTURE_UNDER = re.compile(r"(?:will|shall)\b", re.IGNORECASE)
_UNDER_THE_NEW = re.compile(
    r"\W*under\s+(?:the|this)\s+(?:new\s+|same\s+)?(?:agreement|deal|arrangement|accord|understanding|framework|plan|package)\s*(?:,\s*(?:signed|reached|struck|agreed|announced)\b[^,;]{0,40})?,", re.IGNORECASE
)
# A sentence whose main clause hangs on a leading condition ("If Washington lifts tariffs, Beijing will ...").
_CONDITIONAL_START = re.compile(
    r"^\W*(?:(?:if|unless|only\s+if|provided\s+that|in\s+case|in\s+the\s+event\s+(?:that|of)|were\s+(?:[\w.'’-]+\s+){1,5}?to)\b|should\s+(?:\w+\s+){1,8}?\w+\s*,)", re.IGNORECASE
)
_ATTRIBUTION = re.compile(
    r"(?:,\s*|\s+)(?P<a>(?:according\s+to\s+(?:U\.S\.|U\.N\.|[^,.;]){3,80})|(?:(?:an?|the|two|three|four|several|some|other|senior|\d+)\s+(?:U\.S\.|U\.N\.|[^,.;]){0,60}?(?:officials?|spokes\w+|ministry|sources?|readout|statement|aides?|diplomats?|negotiators?|experts?|analysts?|people|executives?|traders?|exporters?|lawmakers?)(?:\s+(?:involved|familiar|briefed|close)\s+[^,.;]{0,40}?)?\s+(?:told|said|says|confirmed)(?:\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)?))"
    r"|^(?P<b>(?:[A-Z][^,;]{2,80}?)\s+(?:said|says|told\s+[\w\s]{2,30}?|confirmed|announced))(?:\s+(?:on\s+\w+\s+)?that)?\s"
    # a named speaker closing the sentence: ", U.S. Trade Representative Jamieson Greer told senators on Thursday."
    r"|,\s*(?P<c>(?:(?:U\.S\.|U\.N\.|[A-Z][\w'’-]*\.?)\s+){1,6}(?:said|says|told\s+[a-z][\w\s]{1,30}?))(?:\s+on\s+[A-Z]\w+)?\.?$",
)
_NOT_A_SPEAKER = re.compile(r"\b(?:has|have|had|will|would|was|were|it|they|which|who)\b")
_TOLD_TO = re.compile(r"\btold\s+(?:[\w'’.-]+\s+){1,6}?to\s+(?!be\b)[a-z]+", re.IGNORECASE)
_CLAUSE = re.compile(r"[,;:()\"“”\u2013\u2014]|\b(?:said|says|told|that|which|who|when|while|after|before|because|but|although|as)\b", re.IGNORECASE)
_ACTION_END = re.compile(
    r"(?<!\d),|,(?!\d{3}\b)|[;:()\u2013\u2014]|\s(?:during|at\s+the|according\s+to|a\s+senior|officials?\s+said|the\s+\w+\s+said|said|told)\s|\.$",
    re.IGNORECASE,
)
_PRONOUN_SUBJECT = re.compile(r"^(?:it|they|he|she|we|the\s+leaders|both|the\s+two)\b", re.IGNORECASE)
_WEEKDAY = re.compile(r"\b(?:on\s+|during\s+|at\s+|last\s+|this\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:['’]s)?\b")
_MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "ten": 10, "twelve": 12}
_DEADLINE_PATTERNS = (
    re.compile(r"\bby\s+(?:the\s+end\s+of\s+)?(?P<month>January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+(?P<year>(?:19|20)\d\d))?\b"),
    re.compile(r"\bby\s+(?:the\s+end\s+of\s+)?(?P<year>(?:19|20)\d\d)\b"),
    re.compile(r"\bby\s+the\s+end\s+of\s+(?:the|this)\s+(?P<thisyear>year)\b", re.IGNORECASE),
    re.compile(r"\b(?:for|within|over\s+the\s+next|in\s+the\s+next)\s+(?P<n>\d+|a|an|one|two|three|four|five|six|ten|twelve)\s+(?P<unit>day|week|month|year)s?\b", re.IGNORECASE),
    re.compile(r"\b(?P<n>\d+)-(?P<unit>day|week|month|year)\b", re.IGNORECASE),
)
_CONTENT_STOP = frozenset(
    """a an the and or of to in on at for with by from as is are be will would take steps step make
    agreed agree agrees pledged pledge promised committed commit vowed also further both two sides
    its their his her new more that this these those it they which who than other into up its""".split()
)


@dataclass(frozen=True)
class ActorPatterns:
    """Compiled alias patterns per actor; all-capital aliases ("US", "PLA") match case-sensitively."""

    patterns: dict[str, list[re.Pattern]]


@lru_cache(maxsize=1)
def actor_patterns() -> ActorPatterns:
    data = actor_terms()
    patterns = {}
    for actor in ACTORS:
        terms = sorted(data[actor], key=len, reverse=True)
        upper = [t for t in terms if t.isupper()]
        other = [t for t in terms if not t.isupper()]
        compiled = [terms_pattern(other)]
        if upper:
            compiled.append(terms_pattern(upper, ignorecase=False))
        patterns[actor] = compiled
    return ActorPatterns(patterns)


@lru_cache(maxsize=1)
def _actor_scans() -> tuple[re.Pattern, tuple[tuple[re.Pattern, str], ...]]:
    """Every actor pattern with its actor, and one case-blind pattern of all terms (a superset) to skip texts without any."""
    data = actor_terms()
    every = terms_pattern(sorted({t for actor in ACTORS for t in data[actor]}, key=lambda t: (-len(t), t)))
    return every, tuple((p, actor) for actor, patterns in actor_patterns().patterns.items() for p in patterns)


@lru_cache(maxsize=1)
def _actor_places() -> re.Pattern:
    """Zero-width: every place (overlapping) where some actor term matches, case-blind."""
    every = _actor_scans()[0]
    return re.compile("(?=" + every.pattern + ")", every.flags)


# "The Navy", "the Coast Guard" with a capital and no other owner are American in American copy
# ("China's navy", "the China Coast Guard" and "the Chinese coast guard" name their owner).
_BARE_SERVICE = re.compile(r"\b[Tt]he\s+(?:Navy|Coast\s+Guard|Air\s+Force|Army|Marine\s+Corps)\b(?!\s+of\b)")
# So are Commerce, the Senate and the House named bare ("Commerce will decide on the petition",
# "The Senate Finance Committee will mark up", "House leaders will host"): "the Ministry of
# Commerce", "the Chamber of Commerce", "the Philippine Senate" and "the White House" are not these.
_BARE_CAPITOL = re.compile(
    r"(?<![\w-])(?:Commerce(?!\s+(?:Ministry|Minister|Bureau|Clause|Department|Secretary|Chamber)\b)(?!-)"
    r"|Senate|House(?=\s+(?:leaders?|Speaker|Republicans|Democrats|members?|committees?|Committee|Select|Foreign|Armed|Financial|Judiciary|Ways|Appropriations|Homeland|Energy|Intelligence|Oversight|passed|voted|approved|lawmakers)\b))\b"
)
_CHINESE_CONGRESS = re.compile(r"(?:People['’]s|Party)\s+$")
_WORD_BEFORE = re.compile(r"([\w.'’-]+)\s+$")


# "Navy officials added", "Coast Guard officers said": the service's people, named bare ("PLA Navy
# officials", "the Royal Navy's commanders" name their owner).
_BARE_SERVICE_PEOPLE = re.compile(
    r"(?<![\w-])(?:Navy|Coast\s+Guard|Air\s+Force|Army|Marine\s+Corps)\s+(?:officials|officers|spokes(?:man|woman|person)|commanders|sailors|pilots|crews?|engineers|leaders|planners)\b"
)


def _bare_capitol(text: str, pattern: re.Pattern = _BARE_CAPITOL) -> list[int]:
    """Where Commerce, the Senate or the House (or a service's people) stand bare for the American body (see ``_BARE_CAPITOL``)."""
    found = []
    for match in pattern.finditer(text):
        before = _WORD_BEFORE.search(text, max(0, match.start() - 30), match.start())
        word = before.group(1) if before else ""
        if word in ("of", "Chamber") or (word[:1].isupper() and word not in ("The", "U.S.", "US", "American")):
            continue  # "the Ministry of Commerce", "the Philippine Senate", "the White House", "the Opera House"
        found.append(match.start())
    return found


_US_STATES = (
    "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa"
    "|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada"
    "|New\\s+Hampshire|New\\s+Jersey|New\\s+Mexico|New\\s+York|North\\s+Carolina|North\\s+Dakota|Ohio|Oklahoma|Oregon|Pennsylvania"
    "|Rhode\\s+Island|South\\s+Carolina|South\\s+Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington\\s+State|West\\s+Virginia|Wisconsin|Wyoming"
)
# A state's own bodies act for the American side ("The California Air Resources Board will host",
# "The Indiana Public Retirement System told legislators it will sell"), as a province's do for China.
_US_STATE_BODY = re.compile(
    r"\b(?:" + _US_STATES + r")(?:['’]s)?\s+(?:state\s+)?(?:[A-Z][\w&-]*\s+){0,4}?(?:Board|Department|System|Commission|Agency|Authority|Office|Administration|Council|National\s+Guard|Legislature|Assembly|Governor|Attorney\s+General|Treasurer)\b"
)


@lru_cache(maxsize=16384)
def _find_actors(text: str) -> tuple[tuple[int, str], ...]:
    # A province's offices and people ("Sichuan officials") act for China (``terms.provincial_actor``).
    provincial = [(m.start(), "China") for m in provincial_actor().finditer(text)]
    if "he " in text:
        provincial += [(m.start(), "US") for m in _BARE_SERVICE.finditer(text)]
    provincial += [(m.start(), "US") for m in _US_STATE_BODY.finditer(text)]
    if "Commerce" in text or "Senate" in text or "House" in text:
        provincial += [(at, "US") for at in _bare_capitol(text)]
    if "Navy " in text or "Guard " in text or "Force " in text or "Army " in text or "Corps " in text:
        provincial += [(at, "US") for at in _bare_capitol(text, _BARE_SERVICE_PEOPLE)]
    places = [m.start() for m in _actor_places().finditer(text)]
    if not places:
        return tuple(provincial)
    # Each pattern's finditer matches start at such places: try it there, past its last match.
    found = []
    for pattern, actor in _actor_scans()[1]:
        end = 0
        for place in places:
            if place >= end:
                match = pattern.match(text, place)
                if match is not None:
                    end = match.end()
                    if actor == "China" and _OTHER_OWNER.search(text, max(0, place - 40), place):
                        continue  # "Taiwan's defense ministry" is not China's
                    if actor == "US" and _CHINESE_CONGRESS.search(text, max(0, place - 20), place) and text.startswith("Congress", place):
                        found.append((place, "China"))  # "the National People's Congress", "the 20th Party Congress"
                        continue
                    post = _POST_IN.search(text, max(0, place - 45), place) if actor in ("US", "China") else None
                    if post is not None and not _OWNER_BEFORE_POST.search(text, max(0, post.start() - 25), post.start()):
                        # "the embassy in Beijing" is the other side's post ("the Chinese embassy in
                        # Washington" names its owner, and the city stays a place of the other side)
                        found.append((post.start(), OTHER_SIDE[actor]))
                        continue
                    found.append((place, actor))
    return tuple(sorted(found + provincial))


_POST_IN = re.compile(r"\b(?:embassy|consulate(?:\s+general)?|consulate-general|mission|legation)\s+in\s+$", re.IGNORECASE)
_OWNER_BEFORE_POST = re.compile(r"\b(?:Chinese|China['’]s|U\.S\.|US|American|America['’]s|Washington['’]s|Beijing['’]s)\s+(?:[\w-]+\s+)?$")


# Another government owning a ministry or agency: "Taiwan's defense ministry", "Japan's foreign ministry".
_OTHER_OWNER = re.compile(
    r"\b(?:Taiwan|Taipei|Japan|Tokyo|Korea|Seoul|India|Philippines|Manila|Vietnam|Hanoi|Australia|Britain|Germany|France|Russia|Moscow|Mexico|Canada|Israel|Iran|Europe|Ukraine|Indonesia|Malaysia|Singapore|Thailand|Pakistan)['’]s\s+(?:[a-z]+\s+)?$"
)


def find_actors(text: str) -> list[tuple[int, str]]:
    """(position, actor) of every actor mention, in order of position."""
    return list(_find_actors(text))


def resolve_actor(mentions: list[str]) -> str | None:
    """Combine actor mentions of one subject: "both", or both sides named, give "both"."""
    kinds = set(mentions)
    if "both" in kinds or {"US", "China"} <= kinds:
        return "both"
    return next(iter(kinds)) if kinds else None


@dataclass
class Commitment:
    """A commitment and the reports that carry it. Dates are ``datetime.date`` or None."""

    id: str
    article_id: str
    sentence_index: int
    text: str
    actor: str
    action: str
    topic: str
    topics: list[str]
    date: date | None
    deadline: date | None = None
    deadline_text: str = ""
    attribution: str = ""
    reports: list[dict] = field(default_factory=list)
    published: date | None = None


@dataclass(frozen=True)
class Detection:
    """What one sentence commits to: the actor, the verb phrase and where it starts."""

    actor: str
    action: str
    verb: str
    start: int


# A discourse aside between a subject and its verb ("Beijing, for its part, agreed to ...",
# "The Treasury, in turn, agreed to ..."): blanked out so the subject stays in the verb's clause.
_ASIDE = re.compile(
    r",\s*(?:for\s+(?:its|their|his|her)\s+part|in\s+(?:turn|return|exchange)|meanwhile|too|also|however|likewise|separately|on\s+its\s+side"
    r"|for\s+the\s+first\s+time|in\s+(?:a|its|their)\s+(?:\w+\s+){0,2}statement|in\s+a\s+(?:rare|surprise|major)\s+\w+|at\s+(?:the|its|their)\s+(?:\w+\s+){0,2}(?:summit|talks|meeting)"
    # a relative clause about the subject: "China's commerce ministry, which received the same evidence in August, has promised"
    r"|(?:which|who)\s+[^,;]{1,80}?)\s*,",
    re.IGNORECASE,
)


_TOLD_IT = re.compile(r"\b(?:told|assured|informed|notified)\s+(?:[\w.'’-]+\s+){1,5}?(?:that\s+)?(?:it|they)\s+(?:also\s+)?$", re.IGNORECASE)
_POSSESSIVE = re.compile(r"(?:[A-Z][\w.]*\s+){0,2}[A-Z][\w.]*['’]s\s+(?!own\b)[a-z]")


def _speaker_sides(phrase: str) -> list[str]:
    """The sides a speaker phrase names; a post's named owner only ("The Chinese embassy in Washington")."""
    owned = _OWNED_POST.search(phrase)
    return [actor for _, actor in find_actors(owned.group("owner") if owned else phrase)]


def _subject(text: str, verb_start: int, previous_actor: str | None, referent: Referent | None = None) -> str | None:
    """The actor of the clause that ends at the verb.

    ``referent`` resolves a definite subject that names no side ("The ministry also pledged",
    "the institute will host") to the side of the thing it names earlier in the article.
    """
    before = _ASIDE.sub(lambda m: " " * len(m.group(0)), text[:verb_start])
    told = _TOLD_IT.search(before)
    if told is not None:
        # "China's Ministry of Public Security told U.S. counterparts it would hand over": "it" is the teller
        teller = [actor for _, actor in find_actors(before[: told.start()])]
        if teller:
            return resolve_actor(teller)
        # "Hong Kong's Correctional Services Department told the consulate it would let ...": a body of a place
        owner = place_owner(before[: told.start()])
        if owner is not None:
            return owner
    breaks = list(_CLAUSE.finditer(before))
    span = before[breaks[-1].end() :] if breaks else before
    offset = len(before) - len(span)
    found = find_actors(span)
    # "Xi accepted Mr. Trump's invitation and promised": a side named as an owner after the
    # subject is in the object ("China's commerce ministry agreed", "Mr. Trump's envoy and Xi
    # agreed" keep theirs).
    # "The tariff on Chinese semiconductors will double": a measure on one side's goods is the other side's.
    found = [(pos, OTHER_SIDE.get(actor, actor) if _MEASURE_ON.search(span, max(0, pos - 60), pos) else actor) for pos, actor in found]
    owners = {pos for pos, _ in found if _POSSESSIVE.match(span, pos) and not span[:pos].rstrip().endswith(" and")}
    first_plain = min((pos for pos, _ in found if pos not in owners), default=None)
    mentions = [actor for pos, actor in found if pos not in owners or first_plain is None or pos < first_plain]
    if mentions:
        owned = _OWNED_POST.search(span)
        if owned is not None and resolve_actor(mentions) == "both":
            # "The U.S. embassy in Beijing will open": the post's owner undertakes, not the city
            return resolve_actor([actor for _, actor in find_actors(owned.group("owner"))]) or "both"
        return resolve_actor(mentions)
    stripped = _LEADING_WHEN.sub("", span.strip())  # "said on Thursday it would": the subject is "it"
    if _AUXILIARY_ONLY.fullmatch(stripped):
        stripped = ""  # "China, Vanuatu's largest lender, has promised": the subject is before the appositive
    if not stripped and len(breaks) >= 2 and breaks[-1].group(0) == breaks[-2].group(0) == ",":
        # "Liu Zhenmin, China's climate envoy, promised": the appositive names the side.
        appositive = [actor for _, actor in find_actors(before[breaks[-2].end() : breaks[-1].start()])]
        if appositive:
            return resolve_actor(appositive)
        # "China's special envoy for the Middle East, Zhai Jun, will travel": the words before it do.
        opening = before[breaks[-3].end() if len(breaks) >= 3 else 0 : breaks[-2].start()]
        owner = [actor for _, actor in find_actors(opening)] if _PERSON_ROLE.search(opening) or _ORG_ROLE.search(opening) else []
        if owner:
            return resolve_actor(owner[:1])
        # "China, Vanuatu's largest bilateral lender, has promised": the side itself before the appositive.
        bare = opening.strip()
        if bare and find_actors(bare) and _name_length(bare, 0) == len(bare):
            return resolve_actor([actor for _, actor in find_actors(bare)])
        # "The battalion, based at Hinniyah, will clear": the definite subject before the appositive.
        definite = _DEFINITE.match(opening.strip()) if referent is not None and not appositive else None
        if definite:
            return referent(definite.group("head"))
    if not stripped and breaks and breaks[-1].group(0) == ",":
        # "The NTSB, which takes part because the jet was built in the United States, is in turn to
        # send": the subject before a relative clause set off by commas
        relative = None
        for relative in _RELATIVE_ASIDE.finditer(before, 0, breaks[-1].start()):
            pass
        if relative is not None:
            head = before[: relative.start()]
            head_breaks = list(_CLAUSE.finditer(head))
            owner = [actor for _, actor in find_actors(head[head_breaks[-1].end() :] if head_breaks else head)]
            if owner:
                return resolve_actor(owner)
    if _COORDINATED.match(stripped) and breaks:
        # "Both leaders affirmed that ..., and pledged to": a second verb of the first clause's subject.
        opening = [actor for _, actor in find_actors(before[: breaks[0].start()])]
        if opening:
            return resolve_actor(opening)
    if _PRONOUN_SUBJECT.match(stripped):
        if re.match(r"(?:they|the\s+leaders|both|the\s+two)\b", stripped, re.IGNORECASE):
            earlier = resolve_actor([a for _, a in find_actors(text[:offset])])
            return "both" if earlier in (None, "both") else earlier
        # "Beijing did not agree to cut its tariffs on American pork, but it pledged": the pronoun
        # takes up the earlier clause's subject, not a side named as where goods come from.
        earlier = [(pos, actor) for pos, actor in find_actors(text[:offset]) if not _GOODS_AFTER.match(text, pos + _name_length(text, pos))]
        return earlier[0][1] if earlier else previous_actor
    if _EACH_SIDE.match(stripped):
        return "both"  # "each defence ministry will name a duty officer": both sides, each for itself
    if referent is not None and (titled := _TITLED_SUBJECT.match(stripped)) is not None:
        # "Mr. Wang also undertook": the side of his full mention earlier in the article
        return referent(titled.group("who"))
    owned_by = _DEFINITE_OWNER.match(stripped) if referent is not None and ("'" in stripped or "’" in stripped) else None
    if owned_by is not None and not find_actors(stripped):
        # "The department's senior official for East Asian affairs is also to travel": the owner's side
        found_side = referent(owned_by.group("head"))
        if found_side is not None:
            return found_side
    definite = _DEFINITE.match(stripped) if referent is not None else None
    if definite:
        found_side = referent(definite.group("head"))
        if found_side is not None:
            return found_side
    named = _BARE_NAME.match(stripped) if referent is not None and not definite else None
    if named and not find_actors(stripped):
        # "CNCERT also undertook", "SIPG, for its part, has told": a body the article named in full before
        found_side = referent(named.group("name"))
        if found_side is not None:
            return found_side
    # "Tianjin University agreed to hand back", "Jiangsu, for its part, pledged": an institution of a
    # place on one side, or the place itself.
    return place_owner(stripped or (before[breaks[-3].end() if len(breaks) >= 3 else 0 : breaks[-2].start()] if len(breaks) >= 2 else ""))


# A measure named by the goods or people it falls on ("the tariff on Chinese semiconductors",
# "sanctions on American defence firms"): the side named is its target, not who imposes it.
_MEASURE_ON = re.compile(
    r"\b(?:tariffs?|dut(?:y|ies)|levy|levies|surcharges?|bans?|curbs|(?:export\s+)?controls|sanctions|restrictions|quotas|anti-dumping\s+\w+)\s+on\s+(?:imports\s+of\s+|all\s+|some\s+)?$",
    re.IGNORECASE,
)


_LEADING_WHEN = re.compile(
    r"^(?:(?:late\s+|early\s+)?(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2})"
    r"|this\s+week|last\s+week|today|yesterday|in\s+a\s+(?:brief\s+|written\s+)?statement|on\s+its\s+website)\s+(?=(?:it|they|he|she|we)\b)"
)
_BARE_NAME = re.compile(r"^(?P<name>[A-Z][A-Za-z&.-]{1,}(?:\s+[A-Z][A-Za-z&.-]+){0,2})(?:\s+(?:also|itself|then|now|later|too|again|in\s+turn))?$")


Referent = Callable[[str], "str | None"]
# A definite subject that names no side: "the ministry", "The Navy", "the research institute also".
_DEFINITE = re.compile(
    r"^the\s+(?:[\w'’-]+\s+){0,3}?(?P<head>[A-Za-z][a-z-]{2,})(?:\s+(?:also|itself|then|now|later|separately|too|again))?$", re.IGNORECASE
)
# ... or owned by one: "The department's senior official", "the ministry's spokesman".
_DEFINITE_OWNER = re.compile(r"^the\s+(?:[\w-]+\s+){0,2}?(?P<head>[A-Za-z][a-z-]{2,})['’]s\s+(?:[\w'’.-]+\s+){0,8}?[\w'’.-]+$", re.IGNORECASE)
# Heads that are no organisation or office of a side.
_NOT_ACTOR_HEAD = frozenset(
    """deal agreement pledge plan rule rules measure measures move decision step statement talks meeting
    summit visit trip call report reports data list lists figures program programme project case cases
    ban tariff tariffs duty duties exemption exemptions shipment shipments cargo cargoes ship vessel
    first second third last latest next other same new remaining rest""".split()
)


def referent_in(previous: list[str], head: str, dateline: str | None = None) -> str | None:
    """The side of the thing a definite subject names ("the ministry"): its latest earlier mention
    in the article that says whose it is ("China's commerce ministry", "the U.S. Navy"). A mention
    that names no side ("Taiwan's defense ministry") ends the search with None; a bare "the
    ministry" passes it on to the one before. Named nowhere before, it is of the side whose place the
    article's dateline names (``dateline``, from ``dateline_side``): "HONG KONG — The Security Bureau
    will publish", "SAN DIEGO — TuSimple will keep"."""
    titled = _TITLED.fullmatch(head)
    if titled is not None:
        return _person_side(previous, titled.group("name"))
    if head.lower() in _NOT_ACTOR_HEAD:
        return None
    if re.fullmatch(r"[A-Z]{2,7}", head):
        spelled = _spelled_out(previous, head)
        if spelled is not None:
            return spelled
    word = re.compile(rf"\b{re.escape(head)}(?:s|es)?\b", re.IGNORECASE)
    for text in reversed(previous[-12:]):
        for match in reversed(list(word.finditer(text))):
            before = text[max(0, match.start() - 70) : match.start()]
            breaks = list(_NP_BREAK.finditer(before))
            start = before[breaks[-1].end() :] if breaks else before
            tail = _OF_TAIL.match(text, match.end())
            phrase = start + text[match.start() : tail.end() if tail else match.end()]
            sides = [actor for _, actor in find_actors(phrase)]
            if sides:
                return resolve_actor(sides)
            if not re.fullmatch(r"\s*(?:the|its|their)\s*", start, re.IGNORECASE):
                return None  # whose it is, and no side: "Taiwan's defense ministry"
    if head.lower() in _BODY_HEADS:
        # "The agency will also review the 40 trials" after "The Food and Drug Administration will not
        # let ...": a body named by its kind is the one the report's latest sentence named first
        for text in reversed(previous[-3:]):
            found = find_actors(text)
            if found:
                first = min(found)[1]  # the sentence's subject comes first ("The Food and Drug Administration will not let ...")
                return None if first == "both" else first
    return dateline


# A news dateline: the place, in capitals, the story was filed from ("HONG KONG —", "SAN DIEGO —").
DATELINE = re.compile(r"^(?P<place>[A-Z][A-Z.'’]+(?:[ -][A-Z][A-Z.'’]+){0,3})(?:,\s+[A-Z][\w.]+)?\s*[—–]\s*")


def dateline_side(first_sentence: str) -> str | None:
    """The side whose place an article's dateline names ("HONG KONG —", "SAN DIEGO —", "WASHINGTON —")."""
    match = DATELINE.match(first_sentence)
    if match is None:
        return None
    place = match.group("place").title()
    side = place_owner(place)
    if side is None:
        mentions = [actor for _, actor in find_actors(place)]
        side = resolve_actor(mentions) if mentions else None
    return side if side in ("US", "China") else None


_BODY_HEADS = frozenset("agency bureau service administration regulator commission board".split())
_NAME_RUN = re.compile(r"(?:[A-Z][\w'’.&-]*|of|and|for|the|on)(?:\s+(?:[A-Z][\w'’.&-]*|of|and|for|the|on))*")
_SMALL_WORDS = frozenset("of and for the on".split())


def _spelled_out(previous: list[str], acronym: str) -> str | None:
    """The side of the body an acronym stands for, named in full earlier in the article ("the
    Massachusetts Bay Transportation Authority" for "the MBTA", "China National Intellectual Property
    Administration" for "CNIPA")."""
    for text in reversed(previous[-12:]):
        for run in _NAME_RUN.finditer(text):
            words = run.group(0).split()
            while words and words[0] in _SMALL_WORDS:
                words = words[1:]
            for start in range(len(words)):
                letters = "".join(w[0] for w in words[start:] if w not in _SMALL_WORDS)
                if letters.startswith(acronym) and len(acronym) >= 2:
                    kept = [w for w in words[start:] if w not in _SMALL_WORDS][: len(acronym)]
                    end = words.index(kept[-1], start) + 1
                    phrase = " ".join(words[start:end])
                    sides = [actor for _, actor in find_actors(phrase)]
                    return resolve_actor(sides) if sides else place_owner(phrase)
    return None


# "Under a plan both sides signed in March, the DEA will station a second chemist": the opening names the deal.
_OPENING_DEAL = re.compile(
    r"\W*(?:(?-i:[A-Z][A-Z .]+)\W+)?(?:under|as\s+part\s+of|in\s+line\s+with)\s+(?:a|an|the|this|that|their|its)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:plan|deal|agreement|arrangement|accord|understanding|framework|package|pact|memorandum)\b[^,;]{0,80},",
    re.IGNORECASE,
)
_OWNED_POST = re.compile(
    r"(?P<owner>\b(?:Chinese|China['’]s|U\.S\.|US|American|America['’]s))\s+(?:embassy|consulate(?:[-\s]general)?|mission)\s+in\s+(?:Beijing|Shanghai|Guangzhou|Chengdu|Shenyang|Wuhan|Hong\s+Kong|Washington|New\s+York|San\s+Francisco|Los\s+Angeles|Chicago|Houston)\b",
    re.IGNORECASE,
)
_EACH_SIDE = re.compile(
    r"^(?:each|both)\s+(?:[\w-]+\s+){0,2}?(?:side|sides|ministry|ministries|government|governments|military|militaries|navy|navies|country|countries|coast\s+guards?"
    r"|delegation|delegations|leader|leaders|capital|capitals|army|armies|agency|agencies|embassy|embassies)(?:\s+(?:also|then|will|would))?$",
    re.IGNORECASE,
)
_RELATIVE_ASIDE = re.compile(r",\s+(?:which|who|whose)\b")
_TITLED_SUBJECT = re.compile(r"^(?P<who>(?:Mr|Ms|Mrs|Dr|Gen|Adm|Gov|Sen|Rep)\.?\s+[A-Z][a-z]+)(?:\s+(?:also|then|later|himself|herself|in\s+turn))?$")
_TITLED = re.compile(r"(?:Mr|Ms|Mrs|Dr|Gen|Adm|Gov|Sen|Rep)\.?\s+(?P<name>[A-Z][a-z]+)")


def _person_side(previous: list[str], name: str) -> str | None:
    """The side of a person named by title and surname ("Mr. Wang also undertook"): the side named
    next to their latest full mention ("China's foreign minister, Wang Yi,", "Wang Yi, China's
    foreign minister,", "Chinese Foreign Minister Wang Yi"), else None."""
    word = re.compile(rf"\b{re.escape(name)}\b")
    for text in reversed(previous[-12:]):
        for match in reversed(list(word.finditer(text))):
            if _TITLED.fullmatch(text[max(0, match.start() - 5) : match.end()].strip()):
                continue  # another "Mr. Wang": not where he is introduced
            cuts = [0] + [m.end() for m in re.finditer(r"[,;:()]|\s\u2014\s", text)] + [len(text) + 1]
            k = max(i for i, c in enumerate(cuts) if c <= match.start())
            own = text[cuts[k] : cuts[k + 1] - 1]
            # the words right before the name in its own segment ("Chinese Foreign Minister Wang Yi")
            title: list[str] = []
            for token in reversed(own[: match.start() - cuts[k]].split()):
                if not (token[:1].isupper() or token in ("of", "for", "the")) or len(title) == 5:
                    break
                title.insert(0, token)
            for part in (" ".join(title), text[cuts[k - 1] : cuts[k] - 1] if k > 0 else "", text[cuts[k + 1] : cuts[k + 2] - 1] if k + 2 < len(cuts) else ""):
                if not part or len(part.split()) > 7:
                    continue
                sides = {actor for _, actor in find_actors(part)}
                if sides:
                    return sides.pop() if len(sides) == 1 else None
            return None
    return None


_NP_BREAK = re.compile(r"[,;:()\"“”\u2013\u2014]|\b(?:said|says|told|that|which|who|when|while|after|before|because|but|although|as|by|from|with|to|at|in|on|into|met|visited|asked|urged|than)\s")
_OF_TAIL = re.compile(r"(?:\s+(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w.'’-]*|and|of)(?:\s+(?:[A-Z][\w.'’-]*|and|of))*)?")


# "China's national computer emergency response team, CNCERT, agreed": an office of the side named before the appositive.
_ORG_ROLE = re.compile(
    r"\b(?:team|agency|ministry|administration|bureau|commission|department|office|authority|service|regulator|institute|academy|council|committee|board|navy|army|guard|command|court|police|customs|embassy|consulate|mission)\s*$",
    re.IGNORECASE,
)
_AUXILIARY_ONLY = re.compile(r"(?:has|have|had)(?:\s+(?:also|now|since|already|in\s+turn))?|also", re.IGNORECASE)
_PERSON_ROLE = re.compile(
    r"\b(?:envoy|minister|official|spokes\w+|ambassador|negotiator|leader|president|premier|chief|head|commander|secretary|director|administrator|representative|adviser|advisor|general|admiral)\b",
    re.IGNORECASE,
)
# A subject that names people on a side without naming the side: "negotiators", "officials", "the envoys".
_UNNAMED_SUBJECT = re.compile(
    r"\b(?:negotiators|officials|envoys|diplomats|delegates|delegations|ministers|leaders|presidents|governments|militaries|commanders|regulators|authorities|agencies|teams)\s+(?:\w+\s+){0,4}$",
    re.IGNORECASE,
)
_SAID_OFFICE = re.compile(
    r"\b(?:(?:said|says|announced|confirmed)\s+(?:that\s+)?(?:the|its|their|his|her|a|an)\s+|(?:told|assured|informed)\s+(?:[\w.'’-]+\s+){1,6}?that\s+(?:(?:the|its|their)\s+)?)(?:[\w-]+\s+){0,2}[a-z][\w-]*\s+$", re.IGNORECASE
)
_THIRD_OWNER = re.compile(r"\b(?:Taiwan|Japan|Korea|India|Philippine|Vietnam|Australia|Britain|British|German|France|French|Russia|Mexic|Canad|Europe|Indonesia|Malaysia|Singapore|Thai|Pakistan|Israel|Iran|U\.N\.|United\s+Nations)\w*")
# A closing "warned" or "threatened" makes what it reports a threat: ", the Transportation Department warned."
_TRAILING_WARNING = re.compile(r",\s*[^,;]{2,80}?\s+(?:warned|threatened|cautioned)(?:\s+on\s+[A-Z]\w+)?\.?\s*$")
# "officials in Washington said Beijing had agreed that ...": a new agreement reported, not an old one
_REPORTED_HAD = re.compile(
    r"\b(?:said|says|told\s+[\w.'’-]+(?:\s+[\w.'’-]+)?|wrote|added|announced|confirmed)(?:\s+(?:afterwards|later|separately|also|on\s+[A-Z][a-z]+))?"
    r"\s+(?:that\s+)?(?:[\w.'’-]+\s+){1,10}?had\s+(?:also\s+|both\s+|each\s+|jointly\s+)?$"
)
_RESTRAINT = re.compile(
    r"(?:will|would)\s+(?:also\s+)?(?:not|never)\s+(?!be\b|have\b|need\b|hesitate\b|tolerate\b|allow\b|accept\s+(?:any|the)\b|succeed\b|work\b|compromise\b|back\s+down\b|yield\b|waver\b|bow\b|budge\b)[a-z]+"
    r"|(?:will|would)\s+(?:take|accept|impose|put|send|sell|ship|apply|buy|seek)\s+no\b"
    # "would stay outside the U.S. exclusive economic zone": keeping away is a restraint too
    r"|(?:will|would)\s+(?:also\s+)?(?:stay|keep|remain)\s+(?:well\s+)?(?:outside|out\s+of|away\s+from|clear\s+of|beyond)\b",
    re.IGNORECASE,
)
# Acts against others that a restraint forswears ("will not veto", "would not deport", "will not seek a prison term").
_RESTRAINED_ADVERSE = re.compile(
    r"(?:will|would)\s+(?:also\s+)?(?:not|never)\s+(?:veto|block|deport|expel|sanction|impose|put|apply|seek|begin|interfere|support|deploy|base|station|send|fund|prosecute|arrest|detain|punish|target|challenge|restrict|ban|bar|enforce)\b",
    re.IGNORECASE,
)
_REPORTED_AFTER = re.compile(r",\s+(?:[^,;]{2,90}?\s)?(?:told|said|says|assured|informed|confirmed|announced|according\s+to)\b")
# ... or reported before it: "Treasury officials said the administration would not put secondary tariffs on Chinese goods"
_SAID_BEFORE = re.compile(r"\b(?:said|says|announced|confirmed)\s+(?:on\s+[A-Z][a-z]+\s+)?(?:that\s+)?(?:[\w.'’-]+\s+){1,6}$")
_ASSURED_TO = re.compile(r"\b(?:told|assured|informed|promised|pledged|guaranteed)\b[^;]*$", re.IGNORECASE)
_YEAR_BEFORE = re.compile(r"\b(?:in|back\s+in)\s+(?:19|20)\d\d\b")
_PLAN_TO_WATCH = re.compile(r"\w+\s+to\s+(?:(?:keep\s+)?(?:check|watch|monitor|track|review|verify|assess|study|log|follow)\w*|keep\s+(?:an?\s+|a\s+close\s+|close\s+)?(?:eye|eyes|tabs)\s+on)\b", re.IGNORECASE)
_SAID_ITS = re.compile(r"\b(?:said|says|announced|confirmed|pledged|promised|vowed|guaranteed|undertook|(?:told|assured|informed)(?:\s+[\w.'’-]+){1,6}?\s+that)\s+(?:that\s+)?(?:its|their)\s+[^,;:.]{1,130}$", re.IGNORECASE)
_SAID_OWN = re.compile(
    r"\b(?:said|says|announced|confirmed|(?:told|assured|informed)(?:\s+[\w.'’-]+){1,6}?)\s+(?:that\s+)?(?:the\s+|two\s+|three\s+|some\s+|all\s+)?(?:[\w.'’-]+\s+){0,5}?(?:of\s+)?(?:its|their)\s+[^,;:.]{1,90}$",
    re.IGNORECASE,
)
_COORDINATED = re.compile(r"^(?:and|but|then)(?:\s+(?:also|later|then|further))?$", re.IGNORECASE)
# "would join the talks only if the United States first cut its arsenal": a condition, not an undertaking.
_CONDITION_AFTER = re.compile(
    r"^[^,;:.]*?\b(?:only\s+if|if|unless|provided\s+that|(?<!\bfor\s)as\s+long\s+as|on\s+condition\s+that|were\s+(?:(?-i:[A-Z])[\w.'’-]*|it|they|he|she|the\s+\w+)\s+(?:[\w.'’-]+\s+){0,3}?to\s+[a-z]+)\b", re.IGNORECASE
)
_GOODS_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:goods|products|exports?|imports?|pork|beef|poultry|soybeans?|chips?|firms|companies|farmers|buyers|markets?|citizens|students)\b",
    re.IGNORECASE,
)


def _name_length(text: str, pos: int) -> int:
    match = re.match(r"[\w.'’-]+(?:\s+[A-Z][\w.'’-]*)*", text[pos:])
    return match.end() if match else 0


# "agreed that peace and stability are the best path": a shared view, not an undertaking, unless
# the clause says what will be done ("agreed that both sides would resume talks").
_SHARED_VIEW = re.compile(r"^(?:agreed|agrees|agree)\s+that\b(?!(?:[^.;]|\.(?!\s*$))*\b(?:will|would|shall|should|must|may|can|could|to\s+(?!the\b|a\b|an\b)[a-z]+)\b)", re.IGNORECASE)
_BARE_FORM = re.compile(r"^(?:agree|pledge|promise|commit|vow|undertake|will|would|shall)\b", re.IGNORECASE)
_NOT_SUBJECT_BEFORE = re.compile(
    r"(?:\b(?:a|an|the|its|their|his|her|no|any|similar|new|to|of|on|this|that|such|first|earlier|previous|\d{4})|['’]s|\b(?:a|an)\s+[\w-]+)\s*$",
    re.IGNORECASE,
)
_NO_OBJECT = re.compile(
    r"^\w+\s+(?:since|earlier|last(?!\s+(?:week|night|month|year|\w+day)\s+to\s)|previously|already|before|back)\b"
    # "the figures it promised in Baku;": a pledge named by where it was made, with nothing promised after it
    r"|^(?:promised|pledged|agreed|committed|vowed)\s+(?:in|at|during|on)\s+(?:(?!to\b|that\b)[\w.'’-]+\s*){1,4}(?:[;,.]|$)"
    # "the weekly logs promised to them in January have not reached the mission": a pledge named by whom it was made to
    r"|^(?:promised|pledged)\s+to\s+(?:them|him|her|us|it)\s+(?:in|on|at|last|earlier|by|during)\b",
    re.IGNORECASE,
)
_BACKGROUND_CLAUSE = re.compile(r"^(?:after|since|because|when|as|following|before|once|until)$", re.IGNORECASE)


# Prefilter for _VERB on ASCII text (where IGNORECASE is plain lower-casing): every alternative of
# _COMMIT_VERB starts with one of these words' beginnings, or is "is/are (set) to".
_VERB_STEMS = (
    "agree", "pledg", "promis", "commit", "vow", "undert", "consent", "resolved", "decide",
    "reached", "struck", "assur", "accepted", "gave", "it was agreed", "signed", "announced", "will", "would", "shall", "plan", "intend",
)
_IS_TO = re.compile(r"(?:is|are)\s+(?:also\s+|in\s+turn\s+)?(?:set\s+)?to")


# Every _EARLIER match holds one of these.
_EARLIER_WORDS = ("pledg", "promis", "commit", "agree", "signed", "deal", "consensus", "summit", "meeting", "talks", "call", "undert", "vow", "told", "assur")


def _first_verb_place(lower: str) -> int:
    """Where the first _VERB match could start at the earliest, or -1 when none can."""
    places = [place for place in map(lower.find, _VERB_STEMS) if place >= 0]
    is_to = _IS_TO.search(lower)
    if is_to is not None:
        places.append(is_to.start())
    return min(places) if places else -1


def _may_hold(lower: str | None, words: tuple[str, ...]) -> bool:
    return lower is None or any(word in lower for word in words)


def detect_all(text: str, previous_actor: str | None = None, referent: Referent | None = None) -> list[Detection]:
    """Every commitment stated in a sentence, in order ("Trump will travel..., and Xi agreed to...").

    ``previous_actor`` resolves a leading "It"/"He" to the actor of the sentence before.
    """
    # On ASCII text IGNORECASE is plain lower-casing, so a pattern whose every match holds one of
    # some words cannot match where none of them is in the lower-cased text.
    lower = text.lower() if text.isascii() else None
    first_place = 0 if lower is None else _first_verb_place(lower)
    if first_place < 0:
        return []  # no _VERB match, so nothing below would be found
    if text.rstrip().endswith("?") or (_may_hold(lower, _EARLIER_WORDS) and _EARLIER.search(text)) or _CONDITIONAL_START.match(text):
        return []
    if _may_hold(lower, ("warned", "threatened", "cautioned")) and _TRAILING_WARNING.search(text):
        return []
    under = _UNDER_EARLIER.search(text) if _may_hold(lower, ("under", "line")) else None
    verbs = list(_VERB.finditer(text, first_place))  # no match starts before (\b still sees the text before)
    first_verb = verbs[0] if verbs else None
    new_terms = _UNDER_THE_NEW.match(text, under.start()) if under else None
    main_verb = next((v for v in verbs if v.start() >= new_terms.end()), None) if new_terms else first_verb
    if under and (first_verb is None or under.start() < first_verb.start()) and not (
        new_terms is not None and main_verb is not None and _FUTURE_UNDER.match(main_verb.group(0))
    ):
        # "Under the pledge, China has added ...": an act under an earlier pledge, not a new one;
        # "Under the deal, the Pentagon and the PLA will each name ...": a term of the deal announced now.
        return []
    found: list[Detection] = []
    resume = 0
    opening = _OPENING_DEAL.match(text) if len(verbs) > 1 else None
    for match in verbs:
        if match.start() < resume or (opening is not None and match.start() < opening.end()):
            continue  # (a verb inside "Under a plan both sides signed in March," names the plan, not a pledge)
        verb = match.group(0).lower()
        rest = text[match.start() :]
        before = text[: match.start()]
        if _THREAT.match(rest) or _NO_OBJECT.match(rest):
            continue
        if _HOSTILE_ACTION.match(rest) and (not (verb.startswith(("will", "shall")) or _SCHEDULED.match(rest)) or _ANY_TARGET.match(rest)) and not (
            verb.startswith("would")
            and (_STARTING_ON.search(rest) or (_SAID_IT_WOULD.search(text, max(0, match.start() - 60), match.start() + 5) and _ON_PEOPLE.match(rest)))
            and not _ANY_TARGET.match(rest)
            and not _CONDITION_LATER.search(rest)
            and not _WARNED_THAT.search(text, max(0, match.start() - 80), match.start())
        ):
            # "would sanction any company that ...", "announced it would leave": a threat or a report;
            # "will impose visa restrictions on the officials involved" is an undertaking, hostile or not
            continue
        if _BARE_FORM.match(verb) and verb.split()[0] not in _FUTURE and _NOT_SUBJECT_BEFORE.search(before):
            continue
        if _COUNTERFACTUAL.match(rest):
            continue  # "A veto would have sent the mission back to the drafting table": what did not happen
        if verb.split()[0] in _FUTURE:
            passive = re.match(r"(?:will|would|shall)\s+(?:also\s+)?(?:be\s+)?(?:\w+(?:ed|en|wn)\s+(?:over\s+|back\s+|up\s+|out\s+|off\s+)?by)\b", rest, re.IGNORECASE)
            if passive:
                # "permits ... will be renewed by the Beijing Exit-Entry Administration before Nov. 30": the
                # agent undertakes; with no side as agent it is no undertaking
                agent = re.match(r"\s+((?:[\w.'’-]+\s+){1,6}?[\w.'’-]+)(?=\s+(?:before|by|from|within|in|on|up|to|after|during|over|through|at|for|,|\.|$))", rest[passive.end() :])
                sides = [a for _, a in find_actors(agent.group(1))] if agent else []
                if not sides and verb.split()[0] == "will" and not _THIRD_OWNER.search(agent.group(1) if agent else ""):
                    # "Visas ... will be issued by the consulate in Shanghai, the State Department said"
                    speaker = _trailing_speaker(text, match.start(), previous_actor, referent)
                    sides = [speaker] if speaker else []
                if not sides or verb.split()[0] != "will":
                    continue
                action = _action(rest, verb)
                found.append(Detection(resolve_actor(sides), " ".join(action.split()[:20]), verb, match.start()))
                resume = match.start() + len(action)
                continue
            if _CONDITION_AFTER.match(rest):
                continue
            speaker_side = _passive_speaker(text, match.start(), rest, previous_actor, referent)
            # "Chinese diplomats told their American counterparts that China would not vote against the
            # draft": a restraint assured to the other side is an undertaking
            assured = _ASSURED_TO.search(text, max(0, match.start() - 160), match.start()) if _RESTRAINT.match(rest) else None
            restraint = assured is not None and not _YEAR_BEFORE.search(assured.group(0))
            if not restraint and _RESTRAINED_ADVERSE.match(rest) and (_REPORTED_AFTER.search(rest) or _SAID_BEFORE.search(text, max(0, match.start() - 90), match.start())):
                # "China will not veto the U.S. draft, its ambassador told U.S. counterparts": an act
                # against others forsworn, as reported, is an undertaking ("would not lower its tariffs,
                # officials said" forswears nothing against anyone: a refusal)
                restraint = True
            # "Students sent for extra screening will get a decision within 60 days, the department
            # said": what others will get or may do, announced by a side, is that side's undertaking
            entitled = (
                _trailing_speaker(text, match.start(), previous_actor, referent)
                if verb.split()[0] == "will" and _ENTITLED.match(rest) and not _TREND_OR_FORECASTER.search(rest) else None
            )
            if speaker_side is None and entitled is None and not restraint and (_NOT_UNDERTAKING.match(rest) or _NOT_SUBJECT_BEFORE.search(before)):
                continue
        else:
            speaker_side = entitled = None
        if verb.startswith(("is ", "are ")) and (to_be := _TO_BE_DONE.match(rest)) is not None:
            # "A batch of launchers for Taiwan is to be shipped by the Army before the end of the year",
            # "Two terminal operators are to be placed under U.S. sanctions on Thursday, Treasury
            # officials said": a scheduled passive act, the agent's or the announcer's
            side = _to_be_side(text, match.start(), rest, to_be, previous_actor, referent)
            if side is not None:
                action = _action(rest, verb)
                found.append(Detection(side, " ".join(action.split()[:20]), verb, match.start()))
                resume = match.start() + len(action)
            continue
        if verb.startswith(("is ", "are ", "plan", "intend")) and not re.match(r"\w+(?:\s+\w+){0,3}?\s+to\s+(?!be\b)\w+", rest):
            continue
        if verb.startswith(("plan", "intend")) and _PLAN_TO_WATCH.match(rest):
            continue  # "USDA economists plan to check, week by week, whether ...": monitoring
        window = text[max(0, match.start() - 45) : match.start()]
        clause_breaks = list(_CLAUSE.finditer(window))
        near = window[clause_breaks[-1].end() :] if clause_breaks else window
        if clause_breaks and _BACKGROUND_CLAUSE.match(clause_breaks[-1].group(0)):
            continue
        if any(_BLOCK[name].search(near) for name in ("negated", "hypothetical", "monitoring")) or (
            _BLOCK["earlier"].search(near) and not _REPORTED_HAD.search(text, max(0, match.start() - 130), match.start())
        ):
            continue
        if verb.split()[0] in _FUTURE and _WARNED_THAT.search(text, max(0, match.start() - 80), match.start()):
            continue  # "Beijing warned that it would take 'necessary measures'": a warning, not an undertaking
        if _SHARED_VIEW.match(rest):
            continue
        actor = "both" if verb.startswith("it was agreed") else speaker_side or _subject(text, match.start(), previous_actor, referent) or entitled
        if actor is None and (said := _SAID_ITS.search(text, max(0, match.start() - 170), match.start()) or _SAID_OWN.search(text, max(0, match.start() - 170), match.start())):
            # "Beijing said its warships escorting convoys would answer", "China's navy said the destroyer
            # Jiaozuo of its 46th escort task force would shepherd the tanker": the speaker's own
            named = _speaker_sides(text[: said.start()])
            actor = resolve_actor(named) if named else None
        if actor is None and _UNNAMED_SUBJECT.search(text[: match.start()]):
            # (after "Beijing told American envoys that its coast guard would": the teller's own)
            # "Negotiators agreed to ...", "Officials from both countries agreed to ...": the sides the sentence names
            named = [a for _, a in find_actors(text)]
            actor = resolve_actor(named) if named else previous_actor
        if actor is None:
            # "Commerce Secretary Lutnick said the department would clear ...", "U.S. officials said
            # the Navy would escort ...": an office the speaker's side runs
            said = _SAID_OFFICE.search(text, max(0, match.start() - 60), match.start())
            named = _speaker_sides(text[: said.start()]) if said else []
            actor = resolve_actor(named) if named else None
        if actor is None and verb.split()[0] in ("will", "would"):
            actor = _told_future_side(text, match.start(), verb, previous_actor, referent)
        if actor is None:
            continue
        action = _action(rest, verb)
        words = action.split()
        if len(words) < 2:
            continue
        found.append(Detection(actor, " ".join(words[:20]), verb, match.start()))
        resume = match.start() + len(action)
    return found


# What others will get, keep or may do ("will get a decision within 60 days", "will keep their
# places", "will be able to claim compensation", "will not have to give them again").
_ENTITLED = re.compile(
    r"will\s+(?:also\s+|still\s+|now\s+|each\s+|then\s+)?(?:get|receive|keep|retain|(?:be|remain)\s+(?:able|allowed|free|eligible|entitled)\b|not\s+(?:have|need)\s+to|no\s+longer\s+(?:have|need)\s+to)\b",
    re.IGNORECASE,
)
# ... but not a trend ("will keep rising", "will get cheaper") nor a forecaster's view ("USDA economists said").
_TREND_OR_FORECASTER = re.compile(
    r"^will\s+(?:\w+\s+)?(?:keep|get|remain)\s+(?:\w+ing|\w+er|more|less|worse|better)\b|\b(?:economists?|analysts?|forecasters?|experts?|researchers?|traders?|strategists?)\s+(?:said|say|says|told|expect|predict)",
    re.IGNORECASE,
)
# "China's foreign ministry said visas for U.S. delegates would be issued within five working days":
# a passive undertaking told by a side, whose side grants it. Hostile and monitoring participles
# are left out ("would be sanctioned", "would be reviewed").
_PLAIN_PASSIVE = re.compile(
    r"(?:will|would)\s+(?:also\s+|now\s+|then\s+|each\s+|again\s+|soon\s+)?be\s+(?!(?:imposed|raised|increased|banned|restricted|sanctioned|added|expelled|barred|blocked|suspended|punished|blacklisted|detained|arrested|fined|prosecuted|charged|tried|jailed|tightened|reviewed|watched|monitored|studied|assessed|examined|considered|discussed|debated|expected|needed|required|affected|hit|delayed|postponed|cancelled|canceled|halted|closed|cut|revoked|denied|rejected|refused|seized|taxed|targeted|investigated)\b)"
    r"(?:[a-z]+(?:ed|en|wn)|held|set|sent|let|made|put|kept|paid|brought|taught|built|told|met|given|shown|granted|lent|able\s+to)\b",
    re.IGNORECASE,
)
_REPORTED_PASSIVE = re.compile(
    r"\b(?:said|says|added|announced|confirmed|(?:told|assured|informed)(?:\s+[\w.'’-]+){1,6}?)(?:\s*on\s+[A-Z]\w+)?(?:\s+that)?\s+(?:[^;:.?!]|(?:(?<=Mr|Ms|Dr|Jr|St)|(?<=\b[A-Z])|(?<=Sept)|(?<=Jan|Feb|Mar|Apr|Jun|Jul|Aug|Oct|Nov|Dec))\.){1,110}?\s+$"
)


def _passive_speaker(text: str, verb_start: int, rest: str, previous_actor: str | None = None, referent: Referent | None = None) -> str | None:
    if not _PLAIN_PASSIVE.match(rest):
        return _measure_speaker(text, verb_start, rest, previous_actor, referent)
    said = _REPORTED_PASSIVE.search(text, max(0, verb_start - 170), verb_start)
    if said is None:
        speaker = _trailing_speaker(text, verb_start, previous_actor, referent)
        owner = _OWNER_FIRST.match(text) if speaker is None else None
        if owner is not None and len(text[owner.end() : verb_start].split()) <= 10 and not _CLAUSE.search(text, owner.end(), verb_start):
            # "The Marine Corps' two launchers on Batan will be flown out": the owner moves its own things
            named = [actor for _, actor in find_actors(owner.group("owner"))]
            speaker = resolve_actor(named) if named else None
        return speaker
    named = [actor for _, actor in find_actors(text[: said.start()])]
    if not named and _PRONOUN_SPEAKER.fullmatch(text[: said.start()].strip()):
        return previous_actor  # "They also said Ms. Shen would be released on bail": the side named before
    if not named:
        # "Police in Xiamen have told the U.S. consulate that the tourist will be released": the side of the speaker's place
        return place_owner(text[: said.start()])
    return resolve_actor(named)


_OWNER_FIRST = re.compile(r"^\W*(?:(?-i:[A-Z][A-Z .,]+)\W+)?(?:[Tt]he\s+)?(?P<owner>(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*)['’]s?\s+(?!own\b)")
_PRONOUN_SPEAKER = re.compile(r"(?:they|he|she|it)(?:\s+(?:also|later|then|further))?", re.IGNORECASE)
# ", China's foreign ministry said." closing the sentence: the side that announces the undertaking.
_TRAILING_SAID = re.compile(
    r",\s*(?P<who>[^,;]{2,80}?)\s+(?:said|says|announced|confirmed|added|told\s+[^,;]{2,40}?)(?:\s+on\s+[A-Z]\w+|\s+(?:in|at|during|on|over|via)\s+[^,;]{2,60})?"
    # ... and a closing aside on when: ", days after the feeds disappeared", ", even as most staff were furloughed"
    # ... or a participle that sums it up: ", completing the increases announced in May", ", ending a two-year pause"
    r"(?:,\s+(?:even\s+as|as|while|(?:\w+\s+)?(?:days?|hours?|weeks?)\s+(?:after|before)|after|before|in\s+(?:a|an|the)|with|under|as\s+part\s+of|according\s+to|completing|ending|bringing|marking|following|leaving)\s+[^;]{2,160}?)?\.?\s*$"
)
_UNNAMED_SPEAKER = re.compile(r"^(?:the\s+)?(?:(?:\w+\s+){0,2}(?P<head>[a-z]+))$", re.IGNORECASE)


# "Exports of medetomidine will need a licence from China's commerce ministry from Feb. 1": the
# office that will issue the licences undertakes the control.
_LICENCE_FROM = re.compile(
    r"(?:will|would)\s+(?:also\s+|now\s+)?(?:need|require)\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:licen[cs]e|permit|approval)s?\s+from\s+(?P<office>[^,;.]{3,80})",
    re.IGNORECASE,
)
# "The Section 301 tariff on Chinese batteries will rise to 25 percent on Jan. 1, the Office of the
# U.S. Trade Representative told importers": a rate set for a date, announced by the side that sets it.
_RATE_ON_DATE = re.compile(
    r"^[^,;]*?\b(?:tariffs?|dut(?:y|ies)|levy|levies|fees?|rates?|exemptions?|exclusions?)\b[^;]*?\b(?:will|would)\s+(?:rise|fall|drop|go\s+up|go\s+down|climb|double|return|stay|remain)\b[^;]*?"
    r"\b(?:(?:on|from|starting)\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|next)|for\s+(?:a\s+further|another|the\s+next|\w+\s+more)\s+\w+\s+(?:months|years|weeks|days)|until\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|the\s+end))",
    re.IGNORECASE,
)


_TO_BE_DONE = re.compile(
    r"(?:is|are)\s+(?:also\s+|in\s+turn\s+)?to\s+be\s+(?:\w+ly\s+)?(?P<done>[a-z]+(?:ed|en|wn)|set|sent|let|made|put|kept|paid|held|shut|cut|built|brought|taught|given|shown|lent)\b",
    re.IGNORECASE,
)
# Participles of acts done to their subject as a measure against it: the subject is the target, not the doer.
_AGAINST_SUBJECT = re.compile(
    r"(?:placed|put|added|listed|blacklisted|sanctioned|banned|barred|blocked|expelled|closed|shut|halted|suspended|revoked|cancelled|canceled|seized|frozen|fined|charged|detained|deported|denied|removed|cut)$"
)
_BY_AGENT = re.compile(r"\s+(?:\w+\s+){0,2}?by\s+((?:[\w.'’-]+\s+){0,6}?[\w.'’-]+)(?=\s+(?:before|by|from|within|in|on|to|after|during|over|through|at|for|under|once|when|as|,|\.)|[,.]|$)")


# "Importers have been told by the State Council's tariff commission that crude ... is to be exempted"
_TOLD_BY = re.compile(r"\b(?:been|was|were)\s+(?:told|informed|assured)\s+by\s+(?P<who>[^,;]{2,80}?)\s+that\s+[^;]{2,160}$", re.IGNORECASE)


def _to_be_side(text: str, verb_start: int, rest: str, to_be: re.Match, previous_actor: str | None, referent: Referent | None) -> str | None:
    """The side that does a scheduled passive act ("is to be shipped by the Army"): its agent, else
    whoever announced it, else (for an act not done against it) the side its subject belongs to."""
    agent = _BY_AGENT.match(rest, to_be.end())
    if agent is not None:
        named = [actor for _, actor in find_actors(agent.group(1))]
        return resolve_actor(named) if named else None
    speaker = _trailing_speaker(text, verb_start, previous_actor, referent)
    told_by = _TOLD_BY.search(text, 0, verb_start) if speaker is None else None
    if told_by is not None:
        named = [actor for _, actor in find_actors(told_by.group("who"))]
        speaker = resolve_actor(named) if named else None
    if speaker is None:
        said = _REPORTED_PASSIVE.search(text, max(0, verb_start - 170), verb_start)
        named = [actor for _, actor in find_actors(text[: said.start()])] if said else []
        speaker = resolve_actor(named) if named else None
    if speaker is not None or _AGAINST_SUBJECT.search(to_be.group("done").lower()):
        return speaker
    return _subject(text, verb_start, previous_actor, referent)


_OBLIGATION = re.compile(r"will\s+(?:now\s+|also\s+|all\s+)?(?:have\s+to|need\s+to|be\s+required\s+to|be\s+obliged\s+to)\s+[a-z]", re.IGNORECASE)
# A rule binds a whole class: "any Chinese company shipping ...", "all air passengers ...".
_EVERY_ONE = re.compile(r"\b(?:any|all|every|each)\b", re.IGNORECASE)
_UNDER_RULE = re.compile(
    r"\b(?:under|according\s+to)\s+(?:a|an|the)?\s*(?:new\s+)?(?:[\w-]+\s+)?(?:rule|order|notice|regulation|decree|directive|law|measure|guidance|guidelines)s?\s+(?:that\s+|which\s+|issued\s+by\s+|from\s+)?(?P<who>[^,;.]{2,60})",
    re.IGNORECASE,
)


def _measure_speaker(text: str, verb_start: int, rest: str, previous_actor: str | None, referent: Referent | None) -> str | None:
    licence = _LICENCE_FROM.match(rest)
    if licence is not None:
        named = [actor for _, actor in find_actors(licence.group("office"))]
        return resolve_actor(named) if named else None
    if _RATE_ON_DATE.match(text) and verb_start > 0:
        return _trailing_speaker(text, verb_start, previous_actor, referent)
    if _OBLIGATION.match(rest) and verb_start > 0 and not _CONDITION_LATER.search(text) and (_EVERY_ONE.search(text, 0, verb_start) or _UNDER_RULE.search(rest)):
        # "Any Chinese company shipping piperidine derivatives will have to register each buyer with
        # provincial police, the Ministry of Public Security said": a rule the announcing side imposes
        under = _UNDER_RULE.search(rest)
        named = [actor for _, actor in find_actors(under.group("who"))] if under else []
        return resolve_actor(named) if named else _trailing_speaker(text, verb_start, previous_actor, referent)
    return None


# What a side's official says a thing of its own will do is that side's undertaking: "Radio Free
# Asia's Mandarin service will stay on the air until Sept. 30, the agency's senior adviser told a
# House subcommittee". Forecasts and conditions are not ("exports will grow", "if talks fail").
_FORECAST = re.compile(
    r"(?:will|would)\s+(?:also\s+|now\s+|soon\s+)?(?:rise|fall|grow|shrink|increase|decrease|decline|drop|slow|slump|surge|soar|rebound|recover|ease|worsen|deepen|widen|narrow|continue|persist|last|take|mean|lead|result|cause|force|push|drive|weigh|affect|help|boost|hurt|cost|make|give|lose|win|struggle|benefit|suffer|feel|see|find|want|seek|try|look|happen|occur|emerge|follow|end|begin|start\s+to|fail|succeed|require|need|likely|probably|almost|certainly|only)\b",
    re.IGNORECASE,
)


_LAST_WORD = re.compile(r"([A-Za-z][a-z-]+)\s*$")


def _told_future_side(text: str, verb_start: int, verb: str, previous_actor: str | None, referent: Referent | None) -> str | None:
    """The side whose official tells that something will be done, when the sentence names no doer
    that is a side: the trailing speaker for "will", the leading one for a reported "would"."""
    rest = text[verb_start:]
    if _FORECAST.match(rest) or _CONDITION_LATER.search(rest) or _CONDITION_LATER.search(text, 0, verb_start):
        return None
    head = _LAST_WORD.search(text, 0, verb_start)
    if head is not None and head.group(1).lower() in _NOT_ACTOR_HEAD:
        return None  # "U.S. officials said the talks would focus on risk": what an event will be about, not an undertaking
    said = _REPORTED_PASSIVE.search(text, max(0, verb_start - 170), verb_start)
    if said is None and verb.split()[0] == "will":
        if _THIRD_OWNER.search(text, 0, verb_start):
            return None
        return _trailing_speaker(text, verb_start, None, referent)
    if said is None or _THIRD_OWNER.search(text, said.end(), verb_start):
        return None
    named = [actor for _, actor in find_actors(text[: said.start()])]
    return resolve_actor(named) if named else None


def _trailing_speaker(text: str, verb_start: int, previous_actor: str | None = None, referent: Referent | None = None) -> str | None:
    """The side of a speaker named after the undertaking ("Reporters ... will be let into Shanghai
    without press visas, China's foreign ministry said."), or None. A speaker that names no side
    ("the department said", "the officials added") is the one named earlier in the article."""
    said = _TRAILING_SAID.search(text, verb_start)
    if said is None:
        return None
    who = said.group("who")
    named = [actor for _, actor in find_actors(who)]
    if named:
        return resolve_actor(named)
    unnamed = _UNNAMED_SPEAKER.match(who.strip())
    if unnamed is None:
        return None
    head = unnamed.group("head").lower()
    if head in ("officials", "official", "spokesman", "spokeswoman", "spokesperson", "aides", "diplomats", "he", "she", "they"):
        return previous_actor  # ("..., she said": the speaker of the sentence before)
    return referent(head) if referent is not None and who.strip().lower().startswith("the ") else None


def _action(rest: str, verb: str) -> str:
    """The promised verb phrase: from the verb to the end of its clause ("will both scrap, from
    Jan. 1, the rules that ..." reads on past a date set off by commas)."""
    end = _ACTION_END.search(rest, len(verb))
    while end is not None and end.group(0) == "," and (aside := _DATE_ASIDE.match(rest, end.start())) is not None:
        end = _ACTION_END.search(rest, aside.end() + 1)  # past the closing comma
    if end is not None and end.group(0) == "," and (aside := _VERB_ASIDE.match(rest, end.start())) is not None:
        end = _ACTION_END.search(rest, aside.end())  # "agreed, through the FBI's legal attaché, to question ..."
    return rest[: end.start() if end else len(rest)].strip().rstrip(".")


_VERB_ASIDE = re.compile(r",\s*[^,;]{2,80},\s*(?=to\s+[a-z]+)")
_DATE_ASIDE = re.compile(
    r",\s*(?:from|by|on|starting|beginning|as\s+of|before|after|within|in)\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+|(?:19|20)\d\d|next\s+\w+|[A-Z][a-z]+day)\s*(?=,)"
)


def is_hostile(action: str) -> bool:
    """A hostile undertaking ("will impose visa restrictions on ...", "promised lawmakers it would bar
    the judges", "will put six drone makers on its export-control list"): a measure against the
    other side, not a step towards it."""
    return bool(_HOSTILE_ACTION.match(action) or _HOSTILE_WITHIN.search(" ".join(action.split()[:10])))


_HOSTILE_WITHIN = re.compile(
    r"\b(?:will|would|to)\s+(?:also\s+)?(?:impose|bar|ban|sanction|blacklist|expel|punish|restrict)\b"
    r"|\bput\s+(?:[\w.'’-]+\s+){1,6}?on\s+(?:its|the|an?)\s+(?:export[\w-]*|entity|unreliable|sanctions?|black)\w*\s*(?:control\s+)?list\b"
    # "are to be placed under U.S. sanctions", "will be added to the forced-labour import ban"
    r"|\b(?:will|would|is|are)\s+(?:also\s+)?(?:to\s+)?be\s+(?:placed\s+under|put\s+on|added\s+to|banned|barred|blacklisted|sanctioned|expelled)\b",
    re.IGNORECASE,
)


# A pledge announced as a noun: "Beijing's pledge to buy 100 Boeing jets was the centrepiece of the
# package unveiled on Thursday" (a pledge referred to, "Beijing's pledge to buy soybeans has gone
# unfulfilled", is not: the sentence must say it was made or set out now).
_NOMINAL = re.compile(
    r"(?:(?P<owner>(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*|(?<![\w'’])[Tt]he\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)['’]s\s+|^\W*[Tt]he\s+)(?:new\s+|latest\s+|formal\s+)?(?P<noun>pledge|promise|commitment|undertaking|agreement)\s+to\s+(?P<action>[a-z](?:[^,;]|(?<=\d),(?=\d{3}))*?)(?=\s+(?:was|were|is|are|drew|won|earned|met\s+with|got|appears|appeared|features|featured|sits|figures|figured|takes\s+effect|comes\s+into\s+force|enters\s+into\s+force)\b|[,;](?!(?<=\d,)\d))"
)
_SET_OUT_NOW = re.compile(
    # ... or greeted as news: "was welcomed by growers", "drew cautious praise from farm groups"
    r"\b(?:(?:was|were)\s+(?:(?:\w+ly\s+)?(?:welcomed|praised|hailed|cheered|greeted|applauded|critici[sz]ed|questioned))|(?:drew|won|earned|met\s+with|got)\s+(?:\w+\s+){0,2}(?:praise|applause|criticism|scepticism|skepticism|welcome|reaction|response))\b"
    r"|\b(?:was|were|is|are)\s+(?:the\s+(?:centrepiece|centerpiece|heart|core)|set\s+out|spelled\s+out|unveiled|announced|included|written\s+into|contained|confirmed|made\s+public|listed|part\s+of\s+(?:the|a)\s+(?:package|deal|agreement|framework))\b"
    # ... or passed on now: "was relayed to U.S. diplomats on Monday", "was posted on its website", "was repeated on Thursday"
    r"|\b(?:was|were)\s+(?:also\s+)?(?:relayed|conveyed|passed\s+on|posted|published|repeated|reaffirmed|restated|reiterated|delivered|submitted|presented|handed)\b"
    # ... or starting now: "takes effect on the first of next month"
    r"|\b(?:takes|will\s+take)\s+effect\s+(?:on|from|at|in|next)\b|\b(?:comes|enters)\s+into\s+force\b"
    # ... or found in the text released now: "appears in the joint statement released on Friday"
    r"|\b(?:appears|appeared|features|featured|sits|figures|figured)\s+in\s+(?:the|a)\s+(?:\w+\s+){0,2}?(?:statement|communiqu[eé]|agreement|text|readout|fact\s+sheet|declaration)\s+(?:released|issued|published|signed|agreed)\b"
)


_BARE_PLEDGE = re.compile(r"\W*The\s+(?:pledge|promise|commitment|undertaking)\b")  # a pledge with no owner named


def _nominal_pledge(text: str, previous_actor: str | None = None, referent: Referent | None = None) -> Detection | None:
    match = _NOMINAL.search(text)
    if match is None or not _SET_OUT_NOW.search(text, match.end("action")) or _EARLIER.search(text):
        return None
    owner = match.group("owner")
    if owner is None and match.group("noun") == "agreement":
        return None  # "The agreement to cut tariffs was confirmed": whose, and whether it is new, unsaid
    if owner is None:
        # "The pledge to open China's market to U.S. blueberries was confirmed": the side the report is about
        actor = previous_actor
    else:
        sides = [a for _, a in find_actors(owner)]
        # "Peking University's promise", "The commerce ministry's promise": a body resolved as a subject is
        actor = resolve_actor(sides) if sides else _subject(text, match.end("owner"), previous_actor, referent)
    if actor is None:
        return None
    return Detection(actor, f"pledge to {match.group('action')}"[:200], "pledge", match.start())


def detect(text: str, previous_actor: str | None = None, referent: Referent | None = None) -> Detection | None:
    """The sentence's commitment, or None; several by different sides give actor "both"."""
    found = detect_all(text, previous_actor, referent)
    if not found:
        return _nominal_pledge(text, previous_actor, referent) if "'s " in text or "’s " in text or _BARE_PLEDGE.match(text) else None
    actor = resolve_actor([d.actor for d in found])
    first = found[0]
    return Detection(actor, first.action, first.verb, first.start) if actor != first.actor else first


@lru_cache(maxsize=16384)
def attribution(text: str) -> str:
    """Who the sentence says reported it ("a senior US official told CNN"), or ""."""
    match = _ATTRIBUTION.search(text)
    if match and match.group("b") and _NOT_A_SPEAKER.search(match.group("b")):
        # "The Justice Department has issued seven licences of the kind it announced": a clause, not a speaker
        match = _ATTRIBUTION.search(text, 1)
    if not match:
        return ""
    found = (match.group("a") or match.group("b") or match.group("c") or "").strip()
    if match.group("b") and _TOLD_TO.search(text, match.start("b")):
        return ""  # "China's regulator told the country's firms to stop buying": a directive, not a report
    # The sentence's full stop is not part of it ("... told CNN."), an abbreviation's is ("U.S.").
    if found.endswith(".") and not re.search(r"\b(?:[A-Z]\.){2,}$", found):
        found = found[:-1]
    return found


def event_date(text: str, published: date | None) -> date | None:
    """The article date, or the day a weekday in the text ("on Wednesday") points back to."""
    if published is None:
        return None
    match = _WEEKDAY.search(text)
    if not match:
        return published
    weekday = list(calendar.day_name).index(match.group(1))
    return published - timedelta(days=(published.weekday() - weekday) % 7)


def _add_months(start: date, months: int) -> date:
    month = start.month - 1 + months
    year = start.year + month // 12
    month = month % 12 + 1
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def deadline(text: str, published: date | None) -> tuple[date | None, str]:
    """A stated deadline ("by 2030", "by March", "for one year", "90-day") as (date, the words)."""
    for pattern in _DEADLINE_PATTERNS:
        match = pattern.search(text)
        if not match:
            continue
        parts = match.groupdict()
        words = match.group(0)
        if parts.get("month"):
            month = _MONTHS[parts["month"].lower()]
            if parts.get("year"):
                year = int(parts["year"])
            elif published:
                year = published.year + (1 if month < published.month else 0)
            else:
                return None, words
            return date(year, month, calendar.monthrange(year, month)[1]), words
        if parts.get("thisyear"):
            return (date(published.year, 12, 31) if published else None), words
        if parts.get("year"):
            return date(int(parts["year"]), 12, 31), words
        if parts.get("unit") and published:
            count = int(parts["n"]) if parts["n"].isdigit() else _NUMBERS[parts["n"].lower()]
            unit = parts["unit"].lower()
            if unit == "day":
                return published + timedelta(days=count), words
            if unit == "week":
                return published + timedelta(weeks=count), words
            return _add_months(published, count * (12 if unit == "year" else 1)), words
        return None, words
    return None, ""


def content_terms(text: str) -> set[str]:
    """Lower-case content words with plural and tense endings trimmed, for comparing actions."""
    terms = set()
    for word in re.findall(r"[a-z][a-z-]+", text.lower()):
        if word in _CONTENT_STOP or len(word) < 3:
            continue
        for suffix in ("ications", "ication", "ments", "ment", "ings", "ing", "ies", "ed", "es", "s"):
            if word.endswith(suffix) and len(word) - len(suffix) >= 4:
                word = word[: -len(suffix)]
                break
        # "approve", "approved", "approval" are one term, as "remove", "removal" and "renew", "renewal" are.
        if len(word) >= 6 and word.endswith(("val", "sal", "wal")):
            word = word[:-2]
        elif len(word) >= 5 and word.endswith("e") and not word.endswith(("ee", "ie", "ye")):
            word = word[:-1]
        terms.add(word)
    return terms


def commitment_id(actor: str, topic: str, action: str) -> str:
    """A stable id from the content: "c_" and 12 hex digits."""
    key = f"{actor}|{topic}|{' '.join(sorted(content_terms(action)))}"
    return "c_" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


_SECOND_ACTION = re.compile(
    # (a plural noun is no verb: "punches and dies engraved with ..."; "discuss", "focus" are)
    r"\s+and\s+(?=(?:to\s+)?(?!(?:the|a|an|its|their|his|her|this|that|these|those|other|all|some|any|each|every|more|several|two|three|four|five|ten|both|new|further|additional)\b)(?![a-z]*[^su]s\b)[a-z]+)"
)


def split_by_topic(action: str, verb: str, topic_terms: dict[str, list[str]]) -> list[tuple[str, str]]:
    """(topic, action) pairs: a verb phrase joining actions on different topics gives one per topic.

    "agreed to reduce fentanyl production and restore military communication" gives a
    counternarcotics and a military commitment; a single-topic phrase gives one.
    """
    specific = {t: terms for t, terms in topic_terms.items() if t != "diplomacy"}
    if not specific:
        return [("diplomacy", action)]
    if len(specific) == 1:
        return [(next(iter(specific)), action)]
    # Only a second verb phrase starts a second action ("and restore military communication"); a
    # second noun phrase is more of the same act ("give the bill of lading and the laboratory results").
    segments = _SECOND_ACTION.split(action)
    pairs: list[tuple[str, str]] = []
    for number, segment in enumerate(segments):
        lower = segment.lower()
        # The segment's topic: the one with the most of its terms there ("economy-wide emissions
        # targets ... greenhouse gases" is climate, not trade), the taxonomy's order breaking ties.
        ranked = sorted(specific.items(), key=lambda item: -sum(term in lower for term in item[1]))
        for topic, terms in ranked:
            if any(term in lower for term in terms) and topic not in {p[0] for p in pairs}:
                pairs.append((topic, segment if number == 0 else f"{verb} … {segment}"))
                break
    if not pairs:
        first = next(iter(specific))
        return [(first, action)]
    return pairs
