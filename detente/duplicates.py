"""Near-duplicate articles: a syndicated copy of a story under another source.

Articles are compared by their sets of five-word shingles (boilerplate left out).
Candidates come from a bottom-k sketch index, so the cost grows with the corpus, not
with its square; each candidate pair is then checked on the full sets. The earliest
article (then the first loaded) is the original; the other gets ``duplicate_of``.

Most candidate pairs of a large corpus share a few stock sentences and fall well short
of the threshold; a bitmask of each set's shingles bounds the overlap from above in one
integer AND, so such pairs are turned down without intersecting the sets.
"""

from __future__ import annotations

import re
import zlib
from collections import defaultdict
from datetime import date
from itertools import accumulate

import numpy as np

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
    # Each window's bytes are a slice of the joined text: no join and encode per window.
    text = " ".join(words)
    joined = memoryview(text.encode())
    sizes = map(len, words) if len(joined) == len(text) else (len(w.encode()) for w in words)
    starts = [0, *accumulate(size + 1 for size in sizes)]
    crc32 = zlib.crc32
    return {crc32(joined[starts[i] : starts[i + SHINGLE] - 1]) for i in range(len(words) - SHINGLE + 1)}


def similarity(a: set[int], b: set[int]) -> float:
    """Overlap of two shingle sets relative to the smaller one, in [0, 1] (catches trimmed copies)."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


MASK_BITS = 1 << 14  # bits of a shingle-set mask; the set's values are folded onto them


def shingle_mask(values: set[int]) -> tuple[int, int]:
    """(mask, folded): a bit per ``value % MASK_BITS``, and how many values share a bit with another."""
    bits = np.zeros(MASK_BITS, dtype=bool)
    bits[np.fromiter(values, dtype=np.int64, count=len(values)) & (MASK_BITS - 1)] = True
    mask = int.from_bytes(np.packbits(bits, bitorder="little").tobytes(), "little")
    return mask, len(values) - mask.bit_count()


def overlap_bound(a: tuple[int, int], b: tuple[int, int]) -> int:
    """An upper bound of ``len(x & y)`` from the masks of sets x and y.

    The shared values lie on bits set in both masks; a bit holds more than one value of x
    only as often as x's values fold together.
    """
    common = (a[0] & b[0]).bit_count()
    return common + min(a[1], b[1])


def find_duplicates(items: list[tuple[str, date | None, str]], threshold: float = THRESHOLD) -> dict[str, str]:
    """Map duplicate id -> original id for ``(id, date, text)`` items, in their given order."""
    order = {item_id: n for n, (item_id, _, _) in enumerate(items)}
    rank = {item_id: (when or date.max, order[item_id]) for item_id, when, _ in items}
    sets = {item_id: shingles(text) for item_id, _, text in items}
    # Items by rank (earliest first): a pair is the number first * count + second, so that
    # sorting the numbers sorts the pairs by (rank of the original, rank of the copy).
    ids = sorted(sets, key=rank.__getitem__)
    count = len(ids)
    values = [sets[item_id] for item_id in ids]
    buckets: dict[int, list[int]] = defaultdict(list)
    for position, shingle_set in enumerate(values):
        for value in sorted(shingle_set)[:SKETCH]:
            buckets[value].append(position)
    pairs: set[int] = set()
    for members in buckets.values():
        if len(members) < 2 or len(members) > MAX_BUCKET:
            continue
        for i, a in enumerate(members):
            for b in members[i + 1 :]:
                pairs.add(a * count + b if a < b else b * count + a)
    if threshold > 0:
        # A pair below the threshold changes nothing, whatever its turn: drop the pairs whose
        # overlap bound is already below it (similarity <= bound / min(len) < threshold).
        masks = [shingle_mask(v) if v else None for v in values]
        kept = set()
        for pair in pairs:
            a, b = divmod(pair, count)
            if masks[a] and masks[b]:
                if overlap_bound(masks[a], masks[b]) / min(len(values[a]), len(values[b])) >= threshold:
                    kept.add(pair)
        pairs = kept
    duplicate_of: dict[str, str] = {}
    for pair in sorted(pairs):
        a, b = divmod(pair, count)
        original, copy = ids[a], ids[b]
        if copy in duplicate_of:
            continue
        if similarity(values[a], values[b]) >= threshold:
            duplicate_of[copy] = duplicate_of.get(original, original)
    return duplicate_of
