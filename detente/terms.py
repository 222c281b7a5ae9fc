"""Term patterns shared by the taxonomy and the lexicons.

A term is plain words matched case-insensitively on word edges; ``*`` at the end of a
word matches any ending ("tariff*" finds "tariffs"), and `` ~ `` lets up to six
words stand in between ("suspend* ~ talks" finds "suspended military talks").
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).parent / "data"
_GAP = r"(?:\s+[\w'’.$%-]+){0,6}?\s+"


def term_regex(term: str) -> str:
    """The regular expression source for one term."""
    parts = []
    for chunk in term.split(" ~ "):
        words = []
        for word in chunk.split():
            star = word.endswith("*")
            body = re.escape(word.rstrip("*")).replace("'", "['’]")
            words.append(body + (r"[\w-]*" if star else ""))
        parts.append(r"\s+".join(words))
    return r"(?<![\w-])" + _GAP.join(parts) + r"(?![\w]|-\w)"


def compile_terms(terms: list[str]) -> re.Pattern:
    """One pattern for many terms; longer terms are tried first so they win."""
    ordered = sorted(set(terms), key=lambda t: (-len(t), t))
    return re.compile("|".join(term_regex(t) for t in ordered), re.IGNORECASE)


def compile_named(terms: list[str]) -> tuple[re.Pattern, list[str]]:
    """Like compile_terms, with a named group per term: ``names[int(m.lastgroup[1:])]``."""
    ordered = sorted(set(terms), key=lambda t: (-len(t), t))
    source = "|".join(f"(?P<t{i}>{term_regex(t)})" for i, t in enumerate(ordered))
    return re.compile(source, re.IGNORECASE), ordered


@lru_cache(maxsize=8)
def load_json(name: str) -> dict:
    """Read a data file from ``detente/data``."""
    return json.loads((DATA / name).read_text(encoding="utf-8"))
