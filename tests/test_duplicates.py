"""Near duplicates: a syndicated copy points at the earlier original."""

import random
from datetime import date

import pytest

from detente.duplicates import find_duplicates, overlap_bound, shingle_mask, shingles, similarity

STORY = (
    "The United States and China formally launched a joint counternarcotics working group in Beijing on Tuesday, "
    "putting into practice a commitment on fentanyl that their presidents made in November. "
    "A delegation led by a White House adviser met the minister of public security to open the group. "
    "Officials said working-level teams will meet regularly in both countries to track progress."
)
COPY = STORY.replace(
    "Officials said working-level teams will meet regularly in both countries to track progress.",
    "Synthetic opioids are involved in tens of thousands of deaths each year.",
)
OTHER = (
    "Chinese warships held drills around Taiwan on Thursday after the inauguration of the island's new leader, "
    "and the coast guard patrolled near outlying islands while officials in Taipei condemned the exercises."
)


def test_near_copy_points_at_earlier_original():
    items = [("late", date(2024, 2, 1), COPY), ("early", date(2024, 1, 30), STORY), ("other", date(2024, 1, 30), OTHER)]
    assert find_duplicates(items) == {"late": "early"}


def test_same_date_first_loaded_is_original():
    items = [("first", date(2024, 1, 30), COPY), ("second", date(2024, 1, 30), STORY)]
    assert find_duplicates(items) == {"second": "first"}


def test_dated_article_is_original_of_undated_copy():
    items = [("undated", None, STORY), ("dated", date(2024, 1, 30), COPY)]
    assert find_duplicates(items) == {"undated": "dated"}


def test_different_stories_not_duplicates():
    assert find_duplicates([("a", date(2024, 1, 30), STORY), ("b", date(2024, 1, 30), OTHER)]) == {}


def test_exact_copies_all_point_at_the_first():
    items = [("a", None, STORY), ("b", None, STORY), ("c", None, STORY)]
    assert find_duplicates(items) == {"b": "a", "c": "a"}


@pytest.mark.parametrize("text", ["", "   "])
def test_empty_texts_are_not_duplicates(text):
    assert find_duplicates([("a", None, text), ("b", None, text)]) == {}


def test_similarity():
    assert similarity(shingles(STORY), shingles(STORY)) == 1.0
    assert similarity(shingles(STORY), shingles(COPY)) > 0.5 > similarity(shingles(STORY), shingles(OTHER))
    assert similarity(set(), shingles(STORY)) == 0.0


def test_overlap_bound_is_an_upper_bound():
    rng = random.Random(7)
    for _ in range(200):
        shared = {rng.getrandbits(32) for _ in range(rng.randint(0, 300))}
        a = shared | {rng.getrandbits(32) for _ in range(rng.randint(1, 300))}
        b = shared | {rng.getrandbits(32) for _ in range(rng.randint(1, 300))}
        assert overlap_bound(shingle_mask(a), shingle_mask(b)) >= len(a & b)
    # Values folding onto the same bits: still an upper bound.
    a, b = {1, 1 + (1 << 14), 1 + (2 << 14)}, {1, 1 + (1 << 14), 1 + (3 << 14)}
    assert overlap_bound(shingle_mask(a), shingle_mask(b)) >= len(a & b) == 2


def _reference(items, threshold=0.5):
    """Every candidate pair checked on the full sets (no overlap bound), as before the bound."""
    from collections import defaultdict

    from detente.duplicates import MAX_BUCKET, SKETCH

    order = {item_id: n for n, (item_id, _, _) in enumerate(items)}
    rank = {item_id: (when or date.max, order[item_id]) for item_id, when, _ in items}
    sets = {item_id: shingles(text) for item_id, _, text in items}
    buckets = defaultdict(list)
    for item_id, values in sets.items():
        for value in sorted(values)[:SKETCH]:
            buckets[value].append(item_id)
    pairs = set()
    for members in buckets.values():
        if 2 <= len(members) <= MAX_BUCKET:
            for i, a in enumerate(members):
                for b in members[i + 1 :]:
                    pairs.add((a, b) if rank[a] <= rank[b] else (b, a))
    found = {}
    for original, copy in sorted(pairs, key=lambda p: (rank[p[0]], rank[p[1]])):
        if copy not in found and similarity(sets[original], sets[copy]) >= threshold:
            found[copy] = found.get(original, original)
    return found


@pytest.mark.parametrize("threshold", [0.5, 0.0, 0.3, 0.9, 1.0])
def test_same_duplicates_as_checking_every_candidate(threshold):
    rng = random.Random(threshold)
    parts = [STORY, COPY, OTHER] + [s + "." for s in STORY.split(". ") + OTHER.split(", ")]
    for _ in range(20):
        items = []
        for n in range(rng.randint(1, 40)):
            if items and rng.random() < 0.3:
                words = rng.choice(items)[2].split()
                text = " ".join(words[rng.randint(0, len(words) // 2) :])
            else:
                text = " ".join(rng.sample(parts, rng.randint(0, 3)))
            items.append((f"a{n}", rng.choice([None, date(2024, 1, rng.randint(1, 28))]), text))
        assert find_duplicates(items, threshold) == _reference(items, threshold)
