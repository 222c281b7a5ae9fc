"""Offline sentence splitting and boilerplate flags.

TextBlob's ``.sentences`` needs NLTK's punkt corpus, which cannot be downloaded here
nor relied on in Streamlit Community Cloud, so the splitter is our own: paragraphs
are lines, and a sentence ends at ``.``, ``!`` or ``?`` unless the word before the
stop is an abbreviation ("U.S.", "Gen.", "Mr.") or an initial ("Charles Q. Brown").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof gen lt col maj capt cmdr adm sgt sen rep gov pres st jr sr
    no nos vol fig dept univ inc corp co ltd llc bros vs etc al approx est
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
    u.s u.k u.n e.u p.m a.m d.c i.e e.g""".split()
)
# After these the stop of "U.S." or "a.m." is also a sentence end.
SENTENCE_STARTERS = frozenset(
    "The It This That These Those He She They We I But And However In On At A An As "
    "After Before Meanwhile Still Yet Some Many Officials Analysts".split()
)
_PERIOD_ABBREVIATIONS = frozenset({"u.s", "u.k", "u.n", "e.u", "p.m", "a.m", "d.c"})

_BOUNDARY = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)\.$")


@dataclass(frozen=True)
class Sentence:
    """One sentence of an article.

    ``index`` counts every sentence of the article from 0, boilerplate included;
    ``paragraph`` counts lines with text from 0.
    """

    index: int
    paragraph: int
    text: str
    boilerplate: bool


def _is_abbreviation(text: str, stop: int, next_word: str) -> bool:
    """True when the '.' at ``stop`` closes an abbreviation or initial, not a sentence."""
    match = _WORD_BEFORE.search(text[max(0, stop - 20) : stop + 1])
    if not match:
        return False
    word = match.group(1)
    lower = word.lower()
    if len(word) == 1 and word.isupper():
        return True  # an initial: "Charles Q. Brown"
    if lower in _PERIOD_ABBREVIATIONS:
        return next_word not in SENTENCE_STARTERS
    return lower in ABBREVIATIONS


def split_sentences(paragraph: str) -> list[str]:
    """Split one paragraph into sentences, keeping "U.S.", "Gen.", "2.5%" intact."""
    paragraph = paragraph.strip()
    if not paragraph:
        return []
    sentences, start = [], 0
    for match in _BOUNDARY.finditer(paragraph):
        end = match.end()
        stop = match.start()
        if paragraph[stop] == ".":
            rest = paragraph[end:].lstrip()
            next_word = re.match(r"[\"'“‘(\[]?(\w+)", rest)
            if _is_abbreviation(paragraph, stop, next_word.group(1) if next_word else ""):
                continue
        piece = paragraph[start:end].strip()
        if piece:
            sentences.append(piece)
        start = end
    tail = paragraph[start:].strip()
    if tail:
        sentences.append(tail)
    return sentences


# Page furniture that news sites append, matched on a whole paragraph: how it starts (one
# anchored match, not a search through every position) or a phrase anywhere in it.
_BOILERPLATE_START = re.compile(
    r"""(?:source|sources|fonte|via)\s*:\s*\S
      |advertisement\b
      |related\s*:
      |this\ (?:article|story)\ (?:was|has\ been)\ (?:updated|corrected|amended)
      |subscribe\b
      |(?:read|see)\s+(?:more|also)\b
      |(?:©|\(c\)\s|copyright\b)
      |(?:sign\ up|subscribe)\b.{0,120}(?:newsletter|inbox|updates|alerts)
      |(?:follow\ us|share\ this|click\ here|related\ (?:coverage|stories|articles))\b
      |follow\s+(?:our|the)\s+(?:[\w-]+\s+){0,3}(?:desk|team|reporters?|correspondents?|newsroom|coverage)\s+on\b
      |(?:reporting|additional\ reporting|editing|writing)\ by\ [A-Z]
      |this\ (?:article|story)\ (?:is\ a\ sample|was\ (?:written|produced))
      |(?:photo|photograph|image|picture|video)(?:\ credit)?\s*:
      |(?:photo(?:graph)?|image|picture|illustration)s?\ (?:by|courtesy\ of)\ [A-Z]
      |(?:correction|clarification|update|editor['’]?s\ note)\s*:
      |updated\s+\d
      |listen\ to\ this\ (?:article|story)\b
      |more\ from\ (?:our|the)\b
      |get\ (?:our|the)\b.{0,80}\bnewsletter\b
      |already\ a\ (?:subscriber|member)\b
      |have\ a\ (?:news\ )?tip\b
      |(?:sponsored|paid|partner)\ (?:content|post)\b
      |sponsored\ by\b
      |also\ in\ (?:this|today['’]s)\ (?:issue|edition|newsletter)\b
      |print\ this\ (?:page|article|story)\b
      |the\ (?:author|writer)\ (?:is|was|has)\b
      |this\ (?:op-ed|article|story|essay|column|piece|commentary)\ is\ part\ of\b
      |about\ the\ (?:author|writer|reporter)s?\s*:
      |(?:correction|clarification|update|updated)\s*,\s*[^:]{1,40}:
      |share\s+(?:on|via|to)\s+\w+
      |subscribers?\s+only\b
      |(?:subscribers?|members?|readers)\s+(?:can|may)\s+(?:now\s+)?(?:download|read|access|listen\s+to|view)\b
      |(?:[A-Z&][\w&'’.-]*\s+){1,6}is\s+(?:published|produced|edited|written)\s+by\s+(?:a|an|the)\s+[\w\s-]{2,40}\.?$
      |(?:start\s+your|begin\s+a|try\s+a)\s+free\s+trial\b
      |register\s+for\s+free\b
      |sign\ up\ for\ (?:our|the)\b
      |(?:[\w\ ]{1,20}\s*[·|•]\s*){2,}[\w\ ]{1,20}$
    """,
    re.IGNORECASE | re.VERBOSE,
)
_BOILERPLATE_ANYWHERE = re.compile(
    r"all\ rights\ reserved|\bnewsletter\b.{0,60}\binbox\b|\b(?:log|sign)\ in\ to\ (?:keep|continue)\ reading\b"
    r"|\bis\ published\ every\ (?:weekday|day|week|morning|evening|monday|tuesday|wednesday|thursday|friday)\b"
    # "Gulf Maritime Wire is published daily; forward it to a colleague."
    r"|\bis\ published\ (?:daily|weekly|monthly|twice\ (?:a|each)\ (?:day|week|month))\b|\bforward\ (?:it|this)(?:\ (?:email|newsletter|briefing|story))?\ to\ a\ (?:colleague|friend)\b"
    r"|\bcontact\ (?:our|the)\ (?:reporters?|newsroom|editors?)\b|\bemail\ a\ colleague\b|\bsave\ to\ (?:reading\ list|favou?rites)\b"
    r"|\bfollow\ (?:her|him|them|us|me)\ on\ (?:X|Twitter|Bluesky|LinkedIn|Facebook|Instagram|Threads|Mastodon)\b"
    r"|\bavailable\ (?:only\ )?to\ (?:paying\ )?subscribers\b"
    # paywall meters: "You have two free articles left this month", "Log in or subscribe to keep reading"
    r"|\bfree\ (?:articles?|stories|reads)\ (?:left|remaining|this\ month|per\ month)\b|\blimit\ of\ free\ (?:articles?|stories)\b|\bsubscribe\ to\ (?:keep|continue)\ reading\b"
    # "Sign in or create a free account to keep reading", "delivered to your inbox", reprint notices
    r"|\baccount\ to\ (?:keep|continue)\ reading\b|\bdelivered\ to\ your\ inbox\b|\b(?:republication|reproduction|reprinting)\ (?:requires|is\ not\ permitted|prohibited)\b|\breprinted\ with\ permission\b",
    re.IGNORECASE,
)
# Every _BOILERPLATE_ANYWHERE match holds one of these (lower case): a paragraph without any skips it.
_ANYWHERE_WORDS = (
    "rights reserved", "newsletter", " in to ", "published every", "contact ", "email a colleague", "save to ", "follow ", "subscribers",
    "free ", "subscribe to ", "account to", "your inbox", "republication", "reproduction", "reprint", "published ", "forward ",
)
_ROLE = r"(?:author|reporter|journalist|writer|correspondent|editor|columnist|contributor|freelancer|analyst|blogger|desk|team|staff|newsroom|bureau)"
_BIO = re.compile(
    rf"""^(?:[A-Z][\w.'’-]+\s+){{1,4}}(?:is|has\ been|was)\s+(?:an?|the)\s+(?:[\w-]+\s+){{0,4}}{_ROLE}s?\b
      |^(?:[A-Z][\w.'’-]+\s+){{1,4}}(?:writes\ (?:for|about|on)|covers\ [\w\ -]{{2,40}}\ (?:for\ the|from)\ [A-Z])
      |\bwith\ (?:over|more\ than)\ \d+\ years\ of\ experience\b
      |^(?:[A-Z][\w.'’-]+\s+){{0,3}}[A-Z][\w.'’-]+,\s+[^,]{{3,80}}\b{_ROLE}s?(?:\ chief)?,\s+has\ (?:reported|covered|written)\b
    """,
    re.VERBOSE,
)


_REPORTED = re.compile(r"\b(?:said|says|told|tells|according\ to|argued|argues|warned|warns|noted|added)\b", re.IGNORECASE)


def is_author_bio(paragraph: str) -> bool:
    """A paragraph about the writer: "X is a seasoned author ...". A paragraph that reports
    what someone said ("X is a senior analyst ..., and she said ...") is a quote, not a bio."""
    text = paragraph.strip()
    return bool(_BIO.search(text)) and not _REPORTED.search(text)


def _byline_names(author: str | None) -> tuple[str, ...]:
    """How a bio may name the article's author: each author's full name, and a person's surname
    ("Jane Doe and Li Wei" -> "jane doe", "doe", "li wei", "wei"); lower case, without "the"."""
    names: list[str] = []
    for part in re.split(r"\s*(?:,|&|\band\b)\s*", (author or "").strip()):
        name = re.sub(r"^(?:by\s+)?(?:the\s+)?", "", part.strip(), flags=re.IGNORECASE).strip().lower()
        if len(name) < 3:
            continue
        names.append(name)
        words = name.split()
        if len(words) in (2, 3) and all(w[:1].isalpha() for w in words) and len(words[-1]) >= 3:
            names.append(words[-1])
    return tuple(dict.fromkeys(names))


def names_byline_author(paragraph: str, author: str | None) -> bool:
    """True when the paragraph is about the article's own author: it opens with the byline's
    name ("The Détente sample desk writes ...", "Doe has covered China since 2010.")."""
    opening = re.sub(r"^the\s+", "", paragraph.strip(), flags=re.IGNORECASE).lower()
    return any(re.match(re.escape(name) + r"(?:['’]s)?\s+[a-z]", opening) for name in _byline_names(author))


# A byline line: "By Maria Chen and Tom Becker, Washington" (names, no full stop); "By March China
# had agreed." is a sentence.
_BYLINE = re.compile(r"^By\s+[A-Z][\w.'’-]+\s+[A-Z][\w'’-]+[^.!?]{0,80}$")


def is_boilerplate_paragraph(paragraph: str, tail: bool = True, author: str | None = None) -> bool:
    """True for source lines, adverts, "Read more", copyright lines and, where ``tail``
    (the paragraph is among an article's last ones), author bios: "X is a seasoned author ...",
    or a paragraph that opens with the name in the article's byline (``author``)."""
    text = paragraph.strip()
    lower = text.lower()
    anywhere = any(word in lower for word in _ANYWHERE_WORDS) and _BOILERPLATE_ANYWHERE.search(text)
    return bool(
        _BOILERPLATE_START.match(text) or anywhere or _BYLINE.match(text) or (tail and (is_author_bio(text) or names_byline_author(text, author)))
    )


def article_sentences(text: str, author: str | None = None) -> list[Sentence]:
    """Split an article body into sentences and flag its boilerplate.

    A paragraph is boilerplate when it looks like page furniture; once such a paragraph
    stands among the last three, every paragraph after it is furniture too (the bio
    that follows a "Source:" line). ``author`` is the article's byline, if known: a closing
    paragraph about that author is a bio.
    """
    paragraphs = [line for line in text.splitlines() if line.strip()]
    tail_start = max(0, len(paragraphs) - 3)
    flags = [is_boilerplate_paragraph(p, tail=i >= tail_start, author=author) for i, p in enumerate(paragraphs)]
    for i in range(tail_start, len(paragraphs)):
        if flags[i]:
            for j in range(i + 1, len(paragraphs)):
                flags[j] = True
            break
    sentences: list[Sentence] = []
    for number, (paragraph, flag) in enumerate(zip(paragraphs, flags)):
        pieces = split_sentences(paragraph)
        marks = [flag] * len(pieces)
        if flag and len(pieces) > 1:
            # A news paragraph that ends in furniture ("... The Review is published every Tuesday."):
            # only the furniture and what follows it, when some sentence of it is furniture by itself.
            tail = number >= tail_start
            first = next((k for k, piece in enumerate(pieces) if is_boilerplate_paragraph(piece, tail=tail, author=author)), None)
            if first is not None:
                marks = [k >= first for k in range(len(pieces))]
        for piece, mark in zip(pieces, marks):
            sentences.append(Sentence(len(sentences), number, piece, mark))
    return sentences
