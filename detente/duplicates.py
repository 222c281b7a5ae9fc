"""Near-duplicate articles: a syndicated copy of a story under another source.

Articles are compared by their sets of five-word shingles (boilerplate left out).
Candidates come from a bottom-k sketch index, so the cost grows with the corpus, not
with its square; each candidate pair is then checked on the full sets. The earliest
article (then the first loaded) is the original; the other gets ``duplicate_of``.
"""

from __future__ import annotations

import re
import zlib
from collections import defaultdict
from datetime import date

SHINGLE = 5
SKETCH = 24
THRESHOLD = 0.5
MAX_BUCKET = 50
_WORD = re.compile(r"\w+")


def shingles(text: str) -> set[int]:
    """Hashes of the text's five-word windows, lower-cased."""
    words = _WORD.findall(text.lower())
    if len(words) < SHINGLE:
        return {zlib.crc32(" ".join(words).encode())} if words else set()
    return {zlib.crc32(" ".join(words[i : i + SHINGLE]).encode()) for i in range(len(words) - SHINGLE + 1)}


def similarity(a: set[int], b: set[int]) -> float:
    """Overlap of two shingle sets relative to the smaller one, in [0, 1] (catches trimmed copies)."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def find_duplicates(items: list[tuple[str, date | None, str]], threshold: float = THRESHOLD) -> dict[str, str]:
    """Map duplicate id -> original id for ``(id, date, text)`` items, in their given order."""
    order = {item_id: n for n, (item_id, _, _) in enumerate(items)}
    rank = {item_id: (when or date.max, order[item_id]) for item_id, when, _ in items}
    sets = {item_id: shingles(text) for item_id, _, text in items}
    buckets: dict[int, list[str]] = defaultdict(list)
    for item_id, shingle_set in sets.items():
        for value in sorted(shingle_set)[:SKETCH]:
            buckets[value].append(item_id)
    pairs: set[tuple[str, str]] = set()
    for members in buckets.values():
        if len(members) < 2 or len(members) > MAX_BUCKET:
            continue
        for i, a in enumerate(members):
            for b in members[i + 1 :]:
                pairs.add((a, b) if rank[a] <= rank[b] else (b, a))
    duplicate_of: dict[str, str] = {}
    for original, copy in sorted(pairs, key=lambda p: (rank[p[0]], rank[p[1]])):
        if copy in duplicate_of:
            continue
        if similarity(sets[original], sets[copy]) >= threshold:
            duplicate_of[copy] = duplicate_of.get(original, original)
    return duplicate_of
