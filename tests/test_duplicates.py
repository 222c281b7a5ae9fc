"""Near duplicates: a syndicated copy points at the earlier original."""

from datetime import date

import pytest

from detente.duplicates import find_duplicates, shingles, similarity

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
