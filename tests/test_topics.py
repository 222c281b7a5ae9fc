"""Topics: the fixed taxonomy ids, one sentence per topic, multi-label, emerging terms."""

import pytest

from detente.topics import TOPIC_IDS, build_taxonomy, default_taxonomy, emerging_terms, linking_topics, match_topics

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
        # votes at the United Nations, joint workshops, coast-guard cutters, farm trade in fruit
        ("China abstained rather than voting against the mission.", "diplomacy", "abstained"),
        ("Russia vetoed the text.", "diplomacy", "vetoed"),
        ("The two academies will hold a joint workshop on wildfire smoke in Kunming.", "diplomacy", "joint workshop"),
        ("The cutter Oliver Henry towed the disabled boat to safety.", "military", "cutter"),
        ("Customs will check fruit from California for live pests.", "trade", "fruit"),
        # networks and their regulator are technology; sanctions lists and the oil they police, trade
        ("The FCC voted to bar Chinese-owned laboratories from testing American routers.", "technology", "fcc"),
        ("The Treasury added a Hong Kong trading company to its sanctions list for moving Iranian oil.", "trade", "sanctions list"),
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
        ("a", "The orchid seed bank returned to the San Diego garden."),
        ("b", "Officials praised the orchid seed bank at the garden."),
        ("a", "New tariff rates on steel took effect."),
        ("b", "The tariff rates on steel rose again."),
    ]
    terms = [t["term"] for t in emerging_terms(sentences)]
    assert any("orchid" in t for t in terms)
    assert not any("tariff" in t for t in terms)


def test_emerging_terms_needs_two_articles():
    sentences = [("a", "The orchid seed bank returned."), ("a", "The orchid seed bank again.")]
    assert emerging_terms(sentences) == []


def test_emerging_terms_counts():
    sentences = [("a", "A orchid seed bank."), ("b", "Another orchid seed bank."), ("b", "The orchid seed bank.")]
    row = next(t for t in emerging_terms(sentences) if t["term"] == "orchid seed bank")
    assert (row["articles"], row["mentions"]) == (2, 3)


def _terms(sentences):
    return [t["term"] for t in emerging_terms(sentences)]


def test_emerging_terms_leave_no_fragments_of_a_taxonomy_term():
    # "South China Sea" is a taxonomy term: its pieces are not emerging terms either.
    sentences = [
        ("a", "Ships collided in the South China Sea near a disputed reef on Monday."),
        ("b", "Coast guard ships shadowed patrols in the South China Sea again."),
    ]
    terms = _terms(sentences)
    assert not any("south china" in t or "china sea" in t for t in terms), terms


def test_emerging_terms_skip_the_actors_names_and_titles():
    sentences = [
        ("a", "President Xi Jinping met President Joe Biden and the White House praised the orchid seed bank."),
        ("b", "President Joe Biden thanked President Xi Jinping; the White House welcomed the orchid seed bank."),
    ]
    terms = _terms(sentences)
    assert "orchid seed bank" in terms
    for name in ("jinping", "joe", "biden", "white house", "president"):
        assert not any(name in t for t in terms), (name, terms)


def test_emerging_terms_keep_of_and_and_but_no_other_function_word_in_the_middle():
    sentences = [
        ("a", "They stressed freedom of navigation and support for Manila's claims."),
        ("b", "Officials defended freedom of navigation and support for Manila's fishermen."),
    ]
    terms = _terms(sentences)
    assert "freedom of navigation" in terms
    assert not any(t.startswith("support for") for t in terms), terms


def test_emerging_terms_prefer_the_longer_phrase_that_holds_a_shorter_one():
    sentences = [
        ("a", "The defense industrial base expanded."),
        ("b", "Its defense industrial base grew."),
        ("c", "A defense industrial base was cited."),
    ]
    terms = _terms(sentences)
    assert "defense industrial base" in terms
    assert "defense industrial" not in terms and "industrial base" not in terms


def test_emerging_terms_show_a_four_word_phrase_not_its_fragments():
    """A phrase longer than three words showed as fragments ("issues of common" beside "common concern")."""
    sentences = [
        ("a", "Both sides discussed issues of common concern at length."),
        ("b", "They exchanged views on issues of common concern."),
        ("c", "The envoys raised issues of common concern again."),
    ]
    terms = _terms(sentences)
    assert "issues of common concern" in terms
    assert not {"issues of common", "common concern"} & set(terms), terms


def test_emerging_terms_hold_one_glue_word_at_most():
    sentences = [(k, "The freedom of navigation and of overflight was cited.") for k in "ab"]
    assert not any(t.count(" of ") + t.count(" and ") > 1 for t in _terms(sentences))


def test_emerging_terms_read_accented_words_whole():
    sentences = [("a", "The Détente prize money was paid."), ("b", "Another Détente prize money award.")]
    terms = _terms(sentences)
    assert any(t.lower().startswith("détente prize") for t in terms) and not any(t.lower().startswith("tente") for t in terms), terms


def test_emerging_terms_keep_the_capitals_of_names():
    sentences = [
        ("a", "Nancy Pelosi visited North Korea watchers. Orchid seed program resumed."),
        ("b", "A trip by Nancy Pelosi angered Beijing. The orchid seed program was back."),
        ("c", "Nancy Pelosi spoke. Orchid seed program grew."),
    ]
    terms = [t["term"] for t in emerging_terms([(a, s) for a, text in sentences for s in text.split(". ")])]
    assert "Nancy Pelosi" in terms
    assert "orchid seed program" in terms, "a capital that only starts a sentence is not kept"


def test_a_topic_term_inside_a_hyphenated_word_counts():
    assert "counternarcotics" in match_topics("Beijing added 55 fentanyl-related substances to its list.")
    assert "trade" in match_topics("China will suspend its non-tariff countermeasures.")


@pytest.mark.parametrize(
    "sentence", ["Beijing treats the probe as a bargaining chip.", "Blue-chip stocks rallied in Shanghai.", "Allies chipped in for the fund."]
)
def test_idioms_are_not_technology(sentence):
    assert "technology" not in match_topics(sentence)


@pytest.mark.parametrize(
    "sentence, topic",
    [
        ("Treasury sanctioned brokers who laundered cartel drug money.", "counternarcotics"),
        ("China released an American pastor who spent years in prison.", "human_rights"),
        ("Beijing demanded an end to close-in reconnaissance flights.", "military"),
    ],
)
def test_more_topic_terms(sentence, topic):
    assert topic in match_topics(sentence)


def test_a_border_crossing_term_gives_way_to_the_goods_topic():
    # "exports" alone says trade; with chips named, export controls are technology
    assert set(match_topics("Washington tightened exports of advanced chips to Chinese data centres.")) == {"technology"}
    assert "trade" in match_topics("China's exports of furniture fell in May.")


def test_the_export_control_entity_list_is_technology_but_other_entity_lists_are_not():
    assert "technology" in match_topics("The Commerce Department added 14 Chinese firms to the Entity List on Tuesday.")
    assert "technology" not in match_topics("China added six American defence firms to its unreliable entity list.")
    assert "technology" not in match_topics("DHS added two seafood processors to the forced-labor entity list.")


def test_a_topic_that_gave_way_still_links_evidence():
    text = "Commerce removed three chip toolmakers from the Entity List."
    labels = sorted(match_topics(text))
    assert labels == ["technology"]
    assert linking_topics(text, labels) == ["technology", "trade"]
    assert linking_topics("China resumed military talks.", ["diplomacy", "military"]) == ["diplomacy", "military"]


def test_antarctic_and_environment_ministries_are_climate_and_the_unverified_list_technology():
    assert "climate" in match_topics("China's environment ministry said it would send five delegates to a landfill gas workshop.")
    assert "climate" in match_topics("Beijing admitted U.S. inspectors to its Antarctic station.")
    assert "technology" in match_topics("The Commerce Department took eight Chinese universities off its Unverified List.")


@pytest.mark.parametrize(
    "sentence, topics",
    [
        ("Officials expect China to announce new rules on fentanyl precursor exports within weeks.", ["counternarcotics"]),
        ("The U.S. climate envoy urged China to set a methane target.", ["climate"]),
        ("China's envoy met his counterparts in Washington on Monday.", ["diplomacy"]),
        ("Exports of American soybeans to China rose in May.", ["trade"]),
    ],
)
def test_a_general_term_gives_way_to_the_topic_that_says_what_it_is_about(sentence, topics):
    assert sorted(match_topics(sentence)) == topics


def test_a_topic_that_gave_way_still_links_evidence():
    text = "Beijing will require exporters of 13 fentanyl precursor chemicals to obtain licences."
    assert "trade" not in match_topics(text)
    assert "trade" in linking_topics(text, sorted(match_topics(text)))


def test_a_place_named_after_a_people_is_not_their_rights():
    assert "human_rights" not in match_topics("Scientists published a joint study of black-carbon soot over the Tibetan Plateau.")
    assert "human_rights" in match_topics("Washington put visa bans on officials who closed Tibetan schools.")


def test_hong_kong_as_a_place_of_trade_or_finance_is_no_rights_story():
    assert "human_rights" not in match_topics("The Treasury sanctioned six Hong Kong shell companies that moved money for Iranian drone purchases.")
    assert "human_rights" not in match_topics("Hongkong Post will resume accepting parcels of goods for the United States.")
    assert "human_rights" in match_topics("Hong Kong police arrested four activists under the national security law.")


@pytest.mark.parametrize(
    "sentence, topic",
    [
        ("Two Chinese weather satellites stopped relaying data to NOAA in March.", "technology"),
        ("The two countries renewed their science agreement for five more years.", "technology"),
        ("Taiwan's president will make a stopover in Honolulu on his way to Paraguay.", "diplomacy"),
        ("Passenger flights between the two countries rose to 50 a week.", "diplomacy"),
        ("China resumed processing adoptions by American families.", "diplomacy"),
        ("China's defence ministry said the drills would go on.", "military"),
        ("The FBI said the men ran an undeclared police post in a Manhattan office.", "human_rights"),
    ],
)
def test_terms_the_tuning_sets_showed_missing(sentence, topic):
    assert topic in match_topics(sentence)
