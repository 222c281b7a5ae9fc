"""Topics: the fixed taxonomy ids, one sentence per topic, multi-label, emerging terms."""

import pytest

from detente.topics import TOPIC_IDS, build_taxonomy, default_taxonomy, emerging_terms, match_topics

NINE = {
    "counternarcotics", "military", "middle_east", "trade", "technology",
    "taiwan", "climate", "diplomacy", "human_rights",
}


def test_taxonomy_has_exactly_the_nine_ids():
    taxonomy = default_taxonomy()
    assert set(TOPIC_IDS) == NINE
    assert set(taxonomy.labels) == NINE
    assert all(taxonomy.terms[t] for t in NINE)


def test_unknown_topic_id_rejected():
    with pytest.raises(ValueError, match="unknown topic"):
        build_taxonomy({"space": {"label": "Space", "terms": ["satellite"]}})


@pytest.mark.parametrize(
    "sentence, topic, term",
    [
        ("Washington and Beijing agreed to curb the flow of fentanyl precursors.", "counternarcotics", "fentanyl"),
        ("Chinese warships held drills near the Philippines.", "military", "warships"),
        ("Iran and Israel traded strikes as the crisis deepened.", "middle_east", "iran"),
        ("Beijing imposed new tariffs on American soybeans.", "trade", "tariffs"),
        ("The Commerce Department tightened export controls on advanced semiconductors.", "technology", "semiconductors"),
        ("Taiwan reported Chinese aircraft near the island.", "taiwan", "taiwan"),
        ("The two countries pledged to cut methane emissions.", "climate", "methane"),
        ("Secretary Blinken held talks with Wang Yi in Beijing.", "diplomacy", "talks"),
        ("Washington criticized the treatment of Uyghurs in Xinjiang.", "human_rights", "xinjiang"),
    ],
)
def test_sentence_gets_its_topic_and_matched_terms(sentence, topic, term):
    found = match_topics(sentence)
    assert topic in found
    assert term in found[topic]


def test_multi_label():
    found = match_topics("The U.S. will cut tariffs on chips and restore military talks.")
    assert {"trade", "technology", "military"} <= set(found)


def test_matched_terms_lower_case_and_unique():
    found = match_topics("Tariffs, tariffs and more Tariffs.")
    assert found["trade"] == ["tariffs"]


def test_one_scan_matches_each_topic_pattern():
    """match_topics scans once for all topics; the result is each topic pattern's own findall."""
    taxonomy = default_taxonomy()
    every = [t.replace("*", "s") for terms in taxonomy.terms.values() for t in terms]
    texts = [
        "The U.S. will cut tariffs on chips and restore military talks.",
        "Military-to-military talks, military talks and the military resumed; fentanyl precursor chemicals.",
        "TARIFFS, Tariffs' and tariff-rate quotas on semiconductors, Taiwan Strait and the South China Sea.",
        " ".join(every),
        " ".join(every).upper(),
        ", ".join(reversed(every)),
    ]
    for text in texts:
        expected = {}
        for topic, pattern in taxonomy.patterns.items():
            hits = pattern.findall(text)
            if hits:
                expected[topic] = list(dict.fromkeys(h.lower() for h in hits))
        assert match_topics(text) == expected
        assert list(match_topics(text)) == list(expected)


def test_no_topic():
    assert match_topics("The weather was pleasant on Tuesday.") == {}


def test_emerging_terms_finds_a_repeated_phrase_the_taxonomy_misses():
    sentences = [
        ("a", "The giant panda loan returned to the San Diego zoo."),
        ("b", "Officials praised the giant panda loan at the zoo."),
        ("a", "New tariff rates on steel took effect."),
        ("b", "The tariff rates on steel rose again."),
    ]
    terms = [t["term"] for t in emerging_terms(sentences)]
    assert any("panda" in t for t in terms)
    assert not any("tariff" in t for t in terms)


def test_emerging_terms_needs_two_articles():
    sentences = [("a", "The giant panda loan returned."), ("a", "The giant panda loan again.")]
    assert emerging_terms(sentences) == []


def test_emerging_terms_counts():
    sentences = [("a", "A giant panda loan."), ("b", "Another giant panda loan."), ("b", "The giant panda loan.")]
    row = next(t for t in emerging_terms(sentences) if t["term"] == "giant panda loan")
    assert (row["articles"], row["mentions"]) == (2, 3)
