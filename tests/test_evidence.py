"""Evidence: the effect a sentence reports, and which earlier commitment it bears on.

These tests pin the rules' own reading. The learned model's second reading of the effect
(``detente.effect_model``) is switched off here and tested in ``test_effect_model.py``.
"""

from dataclasses import replace
from datetime import date, timedelta

import pytest

from detente.commitments import Commitment
from detente.evidence import (
    side_objects,
    _single_act,
    promised_verb,
    EFFECTS,
    MAX_CANDIDATES,
    SUBJECTS,
    CommitmentIndex,
    EvidenceSentence,
    concepts,
    effect_of,
    link_evidence,
    names,
    sentence_actors,
)


@pytest.fixture(autouse=True)
def rules_only(monkeypatch):
    """The rules' reading alone: no second reading by the learned model."""
    monkeypatch.setattr("detente.evidence.read_effect", lambda action, text: None)


@pytest.mark.parametrize(
    "sentence, effect, strong",
    [
        ("The two militaries held talks in Hawaii.", "progress", False),
        ("China resumed military talks.", "progress", False),
        ("Police seized fentanyl precursor shipments.", "progress", False),
        ("The new rules took effect on Monday.", "fulfilled", False),
        ("Beijing fulfilled its pledge.", "fulfilled", False),
        ("Beijing suspended military talks.", "setback", True),
        ("Washington broke off the talks.", "setback", True),
        ("China has not done enough to curb fentanyl.", "setback", False),
        ("Talks stalled over Taiwan.", "setback", False),
        ("China failed to curb precursor exports.", "setback", False),
    ],
)
def test_effect_of(sentence, effect, strong):
    cue = effect_of(sentence)
    assert cue is not None
    assert (cue.effect, cue.strong) == (effect, strong)
    assert cue.effect in EFFECTS and cue.cue


@pytest.mark.parametrize("sentence", ["China never resumed the talks.", "Beijing never restored the hotline."])
def test_negated_progress_is_a_mild_setback(sentence):
    cue = effect_of(sentence)
    assert (cue.effect, cue.strong) == ("setback", False)


@pytest.mark.parametrize(
    "sentence",
    ["China could resume military talks.", "The officials may meet next month.", "Talks might be suspended.", "The weather was fine."],
)
def test_hedged_or_no_cue_is_no_evidence(sentence):
    assert effect_of(sentence) is None


COMMITTED = date(2024, 1, 10)


def commitment(id, actor, topic, action, when=COMMITTED):
    return Commitment(
        id=id, article_id="a", sentence_index=0, text=f"{action}.", actor=actor,
        action=action, topic=topic, topics=[topic], date=when,
    )


@pytest.fixture
def index():
    return CommitmentIndex(
        [
            commitment("c_military", "both", "military", "agreed to restore military communication"),
            commitment("c_fentanyl", "China", "counternarcotics", "agreed to curb fentanyl precursors"),
        ]
    )


def linked(index, text, when, topics):
    return [(c.id, record["effect"]) for c, record in link_evidence(index, EvidenceSentence("b", 3, text, when, topics))]


LATER = date(2024, 3, 1)


@pytest.mark.parametrize(
    "text, when, topics, expected",
    [
        ("The two sides held military talks in Hawaii.", LATER, ["military", "diplomacy"], [("c_military", "progress")]),
        ("China seized fentanyl precursor shipments.", LATER, ["counternarcotics"], [("c_fentanyl", "progress")]),
        ("Beijing suspended the military hotline.", LATER, ["military"], [("c_military", "setback")]),
        pytest.param("The two sides held military talks in Hawaii.", date(2023, 12, 1), ["military"], [], id="earlier"),
        pytest.param("The two sides held military talks in Hawaii.", COMMITTED, ["military"], [], id="same-day"),
        pytest.param("Officials held trade talks on tariffs.", LATER, ["trade", "diplomacy"], [], id="other-topic"),
        pytest.param("Washington seized fentanyl precursor shipments.", LATER, ["counternarcotics"], [], id="other-side"),
        pytest.param("Officials discussed fentanyl precursors.", LATER, ["counternarcotics"], [], id="no-effect-cue"),
    ],
)
def test_link_evidence(index, text, when, topics, expected):
    assert linked(index, text, when, topics) == expected


def test_evidence_record():
    index = CommitmentIndex([commitment("c_fentanyl", "China", "counternarcotics", "agreed to curb fentanyl precursors")])
    sentence = EvidenceSentence("b", 3, "China seized fentanyl precursor shipments.", LATER, ["counternarcotics"], "Sample Wire")
    ((found, record),) = link_evidence(index, sentence)
    assert record == {
        "article_id": "b", "sentence_index": 3, "text": sentence.text, "date": LATER,
        "effect": "progress", "cue": "seized", "strong": False, "source": "Sample Wire", "shared": 1, "generic": False,
        "reading": None,
    }


def test_call_and_communication_are_one_concept():
    assert concepts("military communication") & concepts("a call")


@pytest.mark.parametrize(
    "promise, report",
    [
        ("will deliver the drums to Mexico", "the drums were shipped on Tuesday"),
        ("will hand over the records", "a delivery of the records reached the ministry"),
        ("will publish the list", "the list was posted on its website"),
        ("will issue the guidance", "the guidance was published on Monday"),
    ],
)
def test_words_for_one_kind_of_act_are_one_concept(promise, report):
    assert {"deliver", "publish"} & concepts(promise) & concepts(report)


def test_kinds_of_act_are_not_subjects():
    # what was done says nothing of what it is about: a shipment of drums is no news of a list
    assert not concepts("will publish the list") & concepts("the drums were shipped")
    assert "deliver" not in SUBJECTS and "publish" not in SUBJECTS


def test_call_is_evidence_for_restoring_communication(index):
    assert linked(index, "The defense chiefs held a video call.", LATER, ["military", "diplomacy"]) == [("c_military", "progress")]


def test_split_commitment_takes_no_evidence_from_its_sibling_topic():
    fentanyl = commitment("c_fentanyl", "both", "counternarcotics", "agreed to take steps to reduce fentanyl production")
    fentanyl.text = "Biden and Xi agreed to take steps to reduce fentanyl production and restore military communication."
    fentanyl.topics = ["counternarcotics", "diplomacy", "military"]
    assert linked(CommitmentIndex([fentanyl]), "China's military began large-scale drills.", LATER, ["military"]) == []


def test_undated_commitment_not_indexed():
    index = CommitmentIndex([commitment("c_x", "China", "counternarcotics", "agreed to curb fentanyl", when=None)])
    assert index.postings == {}


def test_candidates_capped_newest_first():
    many = [
        commitment(f"c_{n:03d}", "China", "counternarcotics", "agreed to curb fentanyl", COMMITTED + timedelta(days=n))
        for n in range(MAX_CANDIDATES * 2)
    ]
    index = CommitmentIndex(many)
    sentence = EvidenceSentence("b", 0, "Police seized fentanyl.", COMMITTED + timedelta(days=1000), ["counternarcotics"])
    found = index.candidates(sentence, {"fentanyl"})
    assert len(found) == MAX_CANDIDATES
    assert set(found) == {c.id for c in many[-MAX_CANDIDATES:]}


def test_candidates_only_before_the_sentence():
    many = [
        commitment(f"c_{n:03d}", "China", "counternarcotics", "agreed to curb fentanyl", COMMITTED + timedelta(days=n))
        for n in range(10)
    ]
    sentence = EvidenceSentence("b", 0, "Police seized fentanyl.", COMMITTED + timedelta(days=5), ["counternarcotics"])
    assert sorted(CommitmentIndex(many).candidates(sentence, {"fentanyl"})) == [f"c_{n:03d}" for n in range(5)]


def test_more_of_a_gradual_promise_is_progress_without_a_cue():
    flights = commitment("c_flights", "both", "diplomacy", "agreed to significantly increase scheduled passenger flights")
    index = CommitmentIndex([flights])
    sentence = "The Transportation Department raised the number of weekly passenger flights Chinese airlines may operate to 50."
    assert linked(index, sentence, LATER, ["diplomacy"]) == [("c_flights", "progress")]


def test_gradual_verb_alone_does_not_link_an_unrelated_commitment():
    flights = commitment("c_flights", "both", "diplomacy", "agreed to significantly increase scheduled passenger flights")
    assert linked(CommitmentIndex([flights]), "The United States raised tariffs on Chinese steel.", LATER, ["trade"]) == []


def test_gradual_verb_must_be_the_promised_one():
    curb = commitment("c_curb", "China", "counternarcotics", "agreed to curb fentanyl precursor exports")
    assert linked(CommitmentIndex([curb]), "China increased fentanyl precursor exports.", LATER, ["counternarcotics"]) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "A day after President Joe Biden and President Xi Jinping met for four hours, officials briefed reporters.",
        "It was the first conversation since Beijing broke off military channels in 2022.",
        "Mr. Lai called on Beijing to stop its military intimidation.",
        "Maj. Gen. Song, deputy director of the Office for International Military Cooperation, led the delegation.",
        "Officials had complained for more than a year about the silence.",
    ],
    ids=["after-clause", "since-clause", "called-on", "name", "pluperfect"],
)
def test_background_and_names_are_not_evidence(sentence):
    assert effect_of(sentence) is None


def test_past_perfect_negation_is_still_a_setback():
    cue = effect_of("Washington said Beijing had not done enough to stop the flow of precursors.")
    assert cue is not None and cue.effect == "setback"


def test_military_alone_does_not_link_drills_to_a_communication_pledge():
    channels = commitment("c_mil", "both", "military", "agreed to restore military communication")
    assert linked(CommitmentIndex([channels]), "China's military began large-scale drills around Taiwan.", LATER, ["military", "taiwan"]) == []


def test_promised_suspension_reported_done_is_fulfilment():
    pause = commitment("c_rule", "US", "trade", "will suspend for a year the affiliates rule")
    sentence = "The Commerce Department formally suspended the affiliates rule on Monday."
    assert linked(CommitmentIndex([pause]), sentence, LATER, ["trade"]) == [("c_rule", "fulfilled")]


def test_suspension_of_something_not_promised_stays_a_setback():
    talks = commitment("c_talks", "both", "military", "agreed to hold regular military talks")
    assert linked(CommitmentIndex([talks]), "Beijing suspended the military talks.", LATER, ["military"]) == [("c_talks", "setback")]


def test_hyphenated_word_carries_its_parts_concepts():
    assert "fentanyl" in concepts("the fentanyl-related tariff")


def test_reported_past_perfect_is_news():
    cue = effect_of("The ministry said it had suspended the export measures until next year.")
    assert cue is not None and cue.effect == "setback"


def test_a_demand_is_not_a_report_that_it_happened():
    assert effect_of("Members of Congress have urged the administration to hold China to results, such as arrests and seizures.") is None
    assert effect_of("Washington pressed Beijing to approve more licences.") is None
    # a demand in an earlier statement of the sentence does not reach the report after it
    cue = effect_of("Washington called on China to do more, and Beijing later arrested three traffickers.")
    assert cue is not None and cue.effect == "progress"


def test_a_clause_in_the_past_perfect_is_background_but_had_not_still_counts():
    assert effect_of("Beijing had suspended counternarcotics cooperation with Washington in August 2022.") is None
    assert effect_of("China had not done enough to curb exports, officials said.").effect == "setback"
    assert effect_of("China said it had completed the listing of the chemicals.").effect == "fulfilled"


def test_a_side_named_as_where_goods_come_from_is_not_an_actor():
    assert sentence_actors("A 10% tariff on all imports from China took effect after President Donald Trump invoked emergency powers.") == {"US"}
    assert sentence_actors("China lifted the rule on imports from the United States.") == {"China"}


def test_what_took_effect_must_be_what_was_promised():
    pledges = CommitmentIndex(
        [
            commitment("c_fentanyl", "both", "counternarcotics", "agreed to curb fentanyl precursors"),
            commitment("c_tariff", "both", "trade", "agreed to cut tariffs on fentanyl-linked goods"),
        ]
    )
    text = "A new tariff took effect on Tuesday over the flow of fentanyl precursors."
    assert linked(pledges, text, LATER, ["trade", "counternarcotics"]) == [("c_tariff", "fulfilled")]


def test_a_split_commitment_keeps_only_its_own_concepts():
    both = "agreed to curb fentanyl precursors and restore military communication"
    pledges = CommitmentIndex(
        [
            Commitment(id="c_f", article_id="a", sentence_index=0, text=f"{both}.", actor="both", action="agreed to curb fentanyl precursors",
                       topic="counternarcotics", topics=["counternarcotics", "military"], date=COMMITTED),
            Commitment(id="c_m", article_id="a", sentence_index=0, text=f"{both}.", actor="both", action="agreed … restore military communication",
                       topic="military", topics=["counternarcotics", "military"], date=COMMITTED),
        ]
    )
    assert "restore" not in pledges.concepts["c_f"] and "communication" not in pledges.concepts["c_f"]
    assert "fentanyl" not in pledges.concepts["c_m"]


def test_news_about_another_subject_is_not_evidence():
    pledges = CommitmentIndex([commitment("c_ai", "both", "technology", "agreed to hold talks on the risks of artificial intelligence")])
    assert linked(pledges, "Beijing suspended the arms-control consultations and chip export controls.", LATER, ["technology"]) == []
    assert linked(pledges, "Beijing suspended the talks on artificial intelligence.", LATER, ["technology"]) == [("c_ai", "setback")]
    # a sentence naming no subject at all may still bear on it
    assert linked(pledges, "The two sides held their first talks on the risks in Geneva.", LATER, ["technology"]) == [("c_ai", "progress")]


@pytest.mark.parametrize(
    "text",
    [
        "The Pentagon declined to say when the next round might take place.",
        "China's emissions edged down as clean power met most new demand.",
        "A satellite launched by an American nonprofit last year maps methane plumes.",
    ],
)
def test_no_event_is_reported(text):
    """A non-answer, "met" as "satisfied", a participle that describes a thing: no evidence."""
    from detente.evidence import effect_of

    assert effect_of(text) is None


def test_a_launch_is_still_reported_in_the_passive():
    from detente.evidence import effect_of

    assert effect_of("The hotline was launched by the two militaries on Monday.").effect == "progress"


@pytest.mark.parametrize(
    "text, effect",
    [
        ("Beijing has dragged its feet on the refinery probe.", "setback"),
        ("Purchases are running well behind the pace needed.", "setback"),
        ("Beijing has missed the 60-day deadline to report back.", "setback"),
        ("Officials handed over the first set of methane readings last week.", "progress"),
    ],
)
def test_more_ways_of_reporting(text, effect):
    from detente.evidence import effect_of

    assert effect_of(text).effect == effect


def test_holding_the_one_promised_event_fulfils_it():
    one = commitment("c_round", "both", "military", "would hold a round of maritime safety talks")
    sentence = "U.S. and Chinese naval officers convened in Honolulu and held maritime safety talks."
    assert linked(CommitmentIndex([one]), sentence, LATER, ["military"]) == [("c_round", "fulfilled")]
    channel = commitment("c_channel", "both", "military", "agreed to hold maritime safety talks")
    regular = commitment("c_regular", "both", "military", "agreed to hold a regular round of maritime safety talks")
    for open_ended in (channel, regular):
        assert linked(CommitmentIndex([open_ended]), sentence, LATER, ["military"]) == [(open_ended.id, "progress")]


def test_a_plural_in_ies_is_its_singular():
    probe = commitment("c_probe", "China", "middle_east", "promised to investigate refineries that bought Iranian oil")
    sentence = "Beijing has dragged its feet on the refinery probe."
    assert linked(CommitmentIndex([probe]), sentence, LATER, ["middle_east"]) == [("c_probe", "setback")]


def test_an_accusation_alone_is_no_evidence_and_softens_what_it_alleges():
    from detente.evidence import effect_of

    assert effect_of("Beijing and Washington have each accused the other of treating journalists as spies.") is None
    alleged = effect_of("Mr. Trump accused China of violating the Geneva agreement.")
    assert alleged.effect == "setback" and not alleged.strong
    assert effect_of("China violated the Geneva agreement, officials said.").strong


def test_an_aside_is_not_what_took_effect():
    pledge = commitment("c_files", "both", "counternarcotics", "would exchange case files on fentanyl traffickers")
    sentence = "Washington's new tariff, which the White House justified by pointing to the fentanyl trade, took effect on Feb. 4."
    assert linked(CommitmentIndex([pledge]), sentence, LATER, ["trade", "counternarcotics"]) == []


def test_what_one_side_lets_the_other_do_is_evidence_from_the_other_side():
    visits = commitment("c_visits", "China", "human_rights", "agreed to allow U.S. consular officers monthly visits to a detained businessman")
    sentence = "A U.S. consular officer visited the detained businessman on Tuesday."
    assert linked(CommitmentIndex([visits]), sentence, LATER, ["human_rights"]) == [("c_visits", "progress")]


def test_letting_the_other_side_act_is_decided_per_commitment_not_per_actor():
    """The fit was cached by actor: a China pledge to allow U.S. visits and a China pledge to visit
    shared one answer, whichever came first."""
    visits = commitment("c_visits", "China", "human_rights", "agreed to allow U.S. consular officers monthly visits to a detained businessman")
    own = commitment("c_own", "China", "human_rights", "agreed to arrange visits to the detained businessman by its own envoys")
    sentence = "A U.S. consular officer visited the detained businessman on Tuesday."
    for order in ([visits, own], [own, visits]):
        assert linked(CommitmentIndex(order), sentence, LATER, ["human_rights"]) == [("c_visits", "progress")]


def test_an_accusation_after_the_act_does_not_soften_it():
    from detente.evidence import effect_of

    cue = effect_of("China reimposed its retaliatory tariffs on Friday, accusing Washington of new restrictions.")
    assert cue.effect == "setback" and cue.strong


def test_what_a_commitment_is_about_comes_from_its_action():
    """The H20 pledge's sentence also named the rare-earth half of the deal, so news of magnet
    shipments was linked to the chip licences."""
    chips = Commitment(
        id="c_chips", article_id="a", sentence_index=0, actor="US", topic="technology", topics=["technology", "trade"], date=COMMITTED,
        action="will issue licences allowing Nvidia to sell its H20 chip to Chinese customers",
        text="Washington will issue licences allowing Nvidia to sell its H20 chip to Chinese customers, "
        "describing the move as part of the deal on rare earth magnets.",
    )
    sentence = "Shipments of rare earth magnets to U.S. buyers resumed in June, Chinese customs data showed."
    assert linked(CommitmentIndex([chips]), sentence, LATER, ["trade", "technology"]) == []
    assert linked(CommitmentIndex([chips]), "Washington approved the first licences for H20 chip sales.", LATER, ["technology"]) == [("c_chips", "progress")]


def test_restoring_one_thing_is_done_at_once_but_a_broad_restoration_in_steps():
    licences = commitment("c_lic", "US", "trade", "will restore export licences for jet engines bound for COMAC")
    sentence = "The Commerce Department reinstated the export licences for jet engines on Wednesday."
    assert linked(CommitmentIndex([licences]), sentence, LATER, ["trade"]) == [("c_lic", "fulfilled")]
    broad = commitment("c_mil", "both", "military", "agreed to resume military communications at all levels")
    assert linked(CommitmentIndex([broad]), "The two militaries resumed communications between theater commanders.", LATER, ["military"]) == [("c_mil", "progress")]


def test_by_video_is_how_they_spoke_not_who_did_it():
    from detente.evidence import effect_of

    assert effect_of("Adm. Paparo spoke by video with the commander of China's Southern Theater Command.").effect == "progress"
    assert effect_of("The two envoys talked by phone on Monday.").effect == "progress"


def test_the_side_that_acts_is_the_clause_subject():
    """"Washington added 14 Chinese toolmakers to its entity list" names China, but the US acts."""
    probes = commitment("c_probes", "China", "trade", "will terminate its investigations of U.S. chip firms and lift the entity list curbs")
    assert linked(CommitmentIndex([probes]), "Washington added 14 Chinese chip toolmakers to its entity list on Monday.", LATER, ["trade"]) == []
    logs = commitment("c_logs", "China", "trade", "will lift the suspension on imports of U.S. hardwood logs")
    passive = "The ban on U.S. hardwood logs was lifted by China's customs administration on Monday."
    assert linked(CommitmentIndex([logs]), passive, LATER, ["trade"]) == [("c_logs", "fulfilled")]


def test_what_was_to_end_coming_back_ends_the_commitment():
    probes = commitment("c_probes", "China", "technology", "will terminate its anti-dumping investigations of U.S. chip firms")
    done = "China said its anti-dumping investigations of U.S. chip firms have all been terminated."
    back = "China's commerce ministry reopened its anti-dumping investigation into U.S. chip firms on Wednesday."
    assert linked(CommitmentIndex([probes]), done, LATER, ["technology"]) == [("c_probes", "fulfilled")]
    record = link_evidence(CommitmentIndex([probes]), EvidenceSentence("b", 3, back, LATER, ["technology"]))[0][1]
    assert (record["effect"], record["strong"]) == ("setback", True)


@pytest.mark.parametrize(
    "text",
    [
        "The administration has not said whether the trip will go ahead.",
        "Soybean futures slipped on Friday as traders waited for orders.",
        "Traders said they expect Chinese buyers to return to the market.",
    ],
)
def test_no_answer_markets_and_forecasts_are_no_evidence(text):
    from detente.evidence import effect_of

    assert effect_of(text) is None


def test_has_since_been_postponed_is_news():
    from detente.evidence import effect_of

    assert effect_of("The Lhasa trip has since been postponed a second time.").effect == "setback"
    assert effect_of("Officials said the working group has been pushed back to the autumn.").effect == "setback"


def test_a_commitment_with_no_specific_topic_takes_evidence_on_two_shared_concepts():
    tabletop = commitment("c_table", "both", "diplomacy", "agreed that their Pacific commands would plan a joint tabletop exercise on disaster relief")
    report = "Planners from the two Pacific commands held their first tabletop exercise session in Honolulu."
    assert linked(CommitmentIndex([tabletop]), report, LATER, ["military"]) == [("c_table", "progress")]
    assert linked(CommitmentIndex([tabletop]), "The two navies held drills near Guam.", LATER, ["military"]) == []


def test_an_agency_named_on_both_sides_is_no_shared_subject():
    visits = commitment("c_acad", "both", "military", "The Pentagon agreed to restart visits between military academies")
    report = "A Pentagon spokesman said planners held their first session on disaster relief."
    assert linked(CommitmentIndex([visits]), report, LATER, ["military"]) == []


def test_reported_past_perfect_counts_even_far_from_the_verb_of_saying():
    from detente.evidence import effect_of

    text = "The drill was not affected, a spokesman said, adding that planners from the two commands had held their first session in December."
    assert effect_of(text).effect == "progress"


def test_promised_act_reported_without_a_cue_fulfils_it():
    index = CommitmentIndex([commitment("c_list", "US", "trade", "will remove the two shipping firms from the export blacklist")])
    text = "The Commerce Department removed the two shipping firms from its export blacklist on Friday."
    assert effect_of(text) is None
    assert linked(index, text, LATER, ["trade"]) == [("c_list", "fulfilled")]
    other = CommitmentIndex([commitment("c_other", "US", "trade", "will review the export blacklist of shipping firms")])
    # removing is not the act promised; sharing much with it, it is some other reported act, a step
    ((_, record),) = link_evidence(other, EvidenceSentence("b", 3, text, LATER, ["trade"]))
    assert (record["effect"], record["generic"]) == ("progress", True)


def test_negated_promised_act_is_no_fulfilment():
    index = CommitmentIndex([commitment("c_list", "US", "trade", "will remove the two shipping firms from the export blacklist")])
    assert linked(index, "The Commerce Department has not removed the two shipping firms from its export blacklist.", LATER, ["trade"]) == [("c_list", "setback")]


def test_non_prefix_is_not_the_concept():
    assert "tariff" not in concepts("non-tariff barriers")
    assert "fentanyl" in concepts("fentanyl-related chemicals")


@pytest.mark.parametrize(
    "sentence, effect",
    [
        ("Beijing has met the purchase target for the year.", "fulfilled"),
        ("Xi called Biden on Tuesday to discuss trade.", "progress"),
        ("The administration disbanded the joint task force.", "setback"),
        ("The ministry ordered chemical makers to stop selling the precursors.", "progress"),
    ],
)
def test_more_effect_cues(sentence, effect):
    assert effect_of(sentence).effect == effect


@pytest.mark.parametrize(
    "sentence",
    [
        "Beijing has pledged to buy more grain next year.",  # a promise, not a purchase
        "Analysts called the plan too modest.",  # naming, not a phone call
        "The case, agreed last autumn, was meant to show goodwill.",  # dated well before the report
        "The regulator told local firms to cancel their orders.",  # a directive to others
    ],
)
def test_not_evidence_of_an_act(sentence):
    assert effect_of(sentence) is None


def test_participle_after_a_directive_is_a_new_statement():
    cue = effect_of("Airlines were told to stop taking the jets, reversing the decision made in June.")
    assert (cue.effect, cue.strong) == ("setback", True)


def test_doing_what_was_forsworn_breaks_the_promise():
    index = CommitmentIndex([commitment("c_hold", "US", "middle_east", "agreed to hold off on new sanctions against Chinese refiners")])
    ((found, record),) = link_evidence(index, EvidenceSentence("b", 1, "The Treasury sanctioned two more Chinese refiners on Monday.", LATER, ["middle_east"]))
    assert (record["effect"], record["strong"]) == ("setback", True)


def test_signed_order_doing_a_one_off_act_fulfils_it():
    index = CommitmentIndex([commitment("c_extend", "US", "technology", "will extend the deadline for the app's sale by 90 days")])
    text = "Mr. Trump signed an executive order on Friday pushing the deadline for the app's sale into next year."
    assert linked(index, text, LATER, ["technology"]) == [("c_extend", "fulfilled")]


def test_putting_on_hold_is_done_by_any_word_for_stopping():
    index = CommitmentIndex([commitment("c_fees", "US", "trade", "will put the port fees on Chinese-built ships on hold for a year")])
    assert linked(index, "U.S. ports stopped collecting the fees on Chinese-built ships on Monday.", LATER, ["trade"]) == [("c_fees", "fulfilled")]


@pytest.mark.parametrize("sentence", ["Rare earth shipments are flowing again.", "The delegation arrived in Beijing on Sunday."])
def test_resumption_and_arrival_are_progress(sentence):
    assert effect_of(sentence).effect == "progress"


def test_doing_the_forsworn_act_with_no_cue_breaks_the_promise():
    index = CommitmentIndex([commitment("c_list", "US", "technology", "agreed not to add Chinese memory chipmakers to its entity list for a year")])
    text = "The Commerce Department added a Chinese memory chipmaker and four of its many subsidiaries and suppliers to the entity list."
    ((found, record),) = link_evidence(index, EvidenceSentence("b", 1, text, LATER, ["technology"]))
    assert (record["effect"], record["strong"]) == ("setback", True)


def test_doing_away_with_a_measure_in_any_words_fulfils_it_and_in_part_is_a_step():
    index = CommitmentIndex([commitment("c_rules", "both", "diplomacy", "agreed to scrap the rules that force diplomats to give notice of meetings")])
    assert linked(index, "The two governments lifted the rules that force diplomats to give notice of meetings.", LATER, ["diplomacy"]) == [("c_rules", "fulfilled")]
    assert linked(index, "The two governments lifted part of the rules that force diplomats to give notice of meetings.", LATER, ["diplomacy"]) == [("c_rules", "progress")]


def test_a_document_doing_the_act_does_it():
    index = CommitmentIndex([commitment("c_ex", "US", "trade", "will extend the tariff exclusions for machinery imports from China")])
    text = "A notice extending the tariff exclusions for machinery imports from China was published on Tuesday."
    assert linked(index, text, LATER, ["trade"]) == [("c_ex", "fulfilled")]


def test_a_duration_is_not_background():
    assert effect_of("The observer left after ten days and missed the last two port calls.").effect == "setback"
    assert effect_of("A day after the leaders met, Beijing resumed soybean purchases.") is not None


def test_letting_a_private_person_act_keeps_the_actor_as_the_side():
    index = CommitmentIndex([
        commitment("c_let_us", "China", "trade", "agreed to allow U.S. consular officers to visit detained fishermen"),
        commitment("c_let_person", "China", "human_rights", "agreed to allow the activist's elderly mother to leave the country"),
    ])
    assert index.sides == {"c_let_us": "both", "c_let_person": "China"}


def test_a_joint_subject_is_done_by_both_sides():
    index = CommitmentIndex([commitment("c_site", "China", "military", "agreed to let recovery teams resume work at the crash site in Yunnan")])
    text = "Chinese and American specialists resumed work at the Yunnan crash site in September."
    assert linked(index, text, LATER, ["military"]) == [("c_site", "progress")]


def test_negotiations_are_talks():
    assert concepts("the consulate negotiations") & concepts("open talks on the consulates") >= {"communication"} | concepts("consulate")


@pytest.mark.parametrize("sentence", ["Chinese customs said it seized 300 tons of precursors last year.", "Border officers seized fewer pills the year before."])
def test_an_act_dated_last_year_is_background(sentence):
    assert effect_of(sentence) is None


def test_a_statistic_is_not_an_act():
    assert effect_of("Fentanyl seizures at the southern border fell by half this spring.") is None
    assert effect_of("Chinese police made fentanyl seizures in three provinces.").effect == "progress"


@pytest.mark.parametrize("sentence", ["The promised data transfer has sat in review for ten months.", "The training course has still not been held."])
def test_more_mild_setbacks(sentence):
    cue = effect_of(sentence)
    assert (cue.effect, cue.strong) == ("setback", False)


def test_abstaining_keeps_a_promise_not_to_veto():
    index = CommitmentIndex([commitment("c_veto", "China", "middle_east", "would not veto the Security Council resolution on Syria sanctions")])
    text = "The Security Council resolution on Syria sanctions passed with China abstaining."
    assert linked(index, text, LATER, ["middle_east"]) == [("c_veto", "fulfilled")]


def test_a_habit_is_not_news():
    assert effect_of("Every few months the White House grants another reprieve, and every few months the sale fails to happen.") is None
    assert effect_of("Every few months, officials said, the envoys met in Geneva.") is not None


def test_names_leave_out_sides_leaders_titles_and_days():
    assert names("Mr. Perdue met Xi in Kashgar on Monday, the State Department said.") == {"perdue", "kashgar"}


def test_a_shared_name_counts_double_and_hosting_the_other_side_takes_its_acts():
    index = CommitmentIndex([commitment("c_visit", "China", "human_rights", "agreed to arrange a visit to Xinjiang for U.S. Ambassador David Perdue")])
    assert index.sides["c_visit"] == "both"
    text = "Mr. Perdue toured Urumqi last week, meeting local officials."
    assert linked(index, text, LATER, ["diplomacy"]) == [("c_visit", "progress")]


@pytest.mark.parametrize(
    "sentence, effect",
    [
        ("When the deadline ran out in July, 17 applications were still pending.", "setback"),
        ("Only 60 of the 100 engineers had reached Lebanon by the end of March.", "setback"),
        ("The first 40 of the engineers landed in Beirut last week.", "progress"),
        ("Beijing put all 12 companies back under sanctions on Monday.", "setback"),
        ("Consular officers were turned away at the door of the court.", "setback"),
    ],
)
def test_counts_deadlines_and_reversals(sentence, effect):
    assert effect_of(sentence).effect == effect


@pytest.mark.parametrize(
    "sentence",
    [
        "Experts say there are no agreed rules on how navies treat each other's drones.",
        "The merger, which Beijing cleared in July, is not affected, the company said.",
        "Overdose deaths declined for a third straight year.",
        "China installed more solar capacity in the first half of the year than anyone.",
    ],
)
def test_named_asides_and_statistics_are_no_evidence(sentence):
    assert effect_of(sentence) is None


def test_the_first_months_are_a_time_not_a_count():
    assert effect_of("Fentanyl seizures at the border fell by half in the first four months of the year.") is None


def test_reopening_something_else_does_not_bring_back_what_was_ended():
    index = CommitmentIndex([commitment("c_list", "China", "trade", "will remove the clothing firm from its unreliable entity list")])
    assert linked(index, "The clothing firm reopened talks with cotton suppliers in China after leaving the entity list.", LATER, ["trade"]) != [("c_list", "setback")]
    ((found, record),) = link_evidence(index, EvidenceSentence("b", 2, "Beijing put the clothing firm back on its unreliable entity list on Tuesday.", LATER, ["trade"]))
    assert (record["effect"], record["strong"]) == ("setback", True)


def test_an_event_with_a_date_is_done_when_held():
    index = CommitmentIndex([commitment("c_talks", "both", "diplomacy", "agreed to hold consultations on Asia-Pacific affairs before the end of April")])
    text = "Diplomats from both governments held consultations on Asia-Pacific affairs in Washington on Thursday."
    assert linked(index, text, LATER, ["diplomacy"]) == [("c_talks", "fulfilled")]


def test_an_act_still_to_come_is_no_evidence():
    assert effect_of("In return, the United States will suspend for a year a new rule on subsidiaries.") is None
    assert effect_of("The United States suspended for a year a new rule on subsidiaries.") is not None


@pytest.mark.parametrize(
    "actor, topic, action, text, topics, expected",
    [
        # a restrictive pledge is carried out by refusing and seizing
        ("China", "counternarcotics", "undertook to require export licences for nine fentanyl precursors",
         "Chinese customs has rejected dozens of precursor shipments since the licences came in.", ["counternarcotics"], [("c", "progress")]),
        # one of two promised acts done is a step
        ("China", "trade", "agreed to halt its port charges on U.S. ships and to lift its sanctions on two shipyards",
         "China's transport ministry halted the port charges on U.S. ships on Monday.", ["trade"], [("c", "progress")]),
        # the promised figure reached is the pledge done
        ("US", "trade", "agreed to cut the tariff on Chinese fentanyl-linked goods to 10%",
         "Under an order Mr. Trump signed on Friday, the fentanyl-linked tariff on Chinese goods fell to 10% on Monday.", ["trade"], [("c", "fulfilled")]),
        # the reporter who goes on with what it will do is the actor
        ("China", "military", "agreed to give advance notice of missile tests",
         "Chinese officials have told the Pentagon they will no longer give advance notice of missile tests.", ["military"], [("c", "setback")]),
        # a delay "until" is a setback, however the clause began
        ("US", "taiwan", "promised Taipei that all 40 radar sets would be delivered by the end of 2026",
         "Most of the radar sets promised by the end of 2026 will not arrive until 2029.", ["taiwan", "military"], [("c", "setback")]),
        # a third country acting is not the pledging side
        ("China", "military", "agreed to take U.S. officers aboard its cutters for a fisheries patrol",
         "Japan's coast guard boarded a trawler during a fisheries patrol.", ["military"], []),
        # an act towards a third country is not the act promised towards the other side
        ("China", "military", "agreed to take U.S. officers aboard its cutters for a fisheries patrol",
         "China's coast guard boarded two Vietnamese boats during a fisheries patrol.", ["military"], []),
        # "put ... on hold" suspends
        ("US", "trade", "will suspend the docking fees on Chinese-built ships for a year",
         "The U.S. notice put the docking fees on Chinese-built ships on hold from Monday.", ["trade"], [("c", "fulfilled")]),
    ],
)
def test_enforcement_part_acts_targets_reneging_delays_and_third_parties(actor, topic, action, text, topics, expected):
    index = CommitmentIndex([commitment("c", actor, topic, action)])
    assert linked(index, text, LATER, topics) == expected


def test_another_governments_ministry_is_not_chinas():
    from detente.commitments import find_actors

    assert find_actors("Taiwan's defense ministry said the launchers had arrived.") == []
    assert find_actors("China's Defense Ministry said the drills had ended.")[0][1] == "China"


def test_an_act_without_a_cue_needs_much_in_common_with_the_promise():
    index = CommitmentIndex([commitment("c", "China", "climate", "agreed to send methane inspectors to the Permian basin in Texas")])
    # no evidence cue, but a reported act sharing inspectors, methane, Permian and Texas with the
    # promise; sending them is one act, so their tour is the act done
    assert linked(index, "Chinese methane inspectors toured Permian basin wells in West Texas last week.", LATER, ["climate"]) == [("c", "fulfilled")]
    # a past form in a relative clause, a state or a participle before its noun is no act
    assert linked(index, "Inspectors who studied methane in the Permian basin of Texas would like more access.", LATER, ["climate"]) == []
    # too little in common
    assert linked(index, "Chinese inspectors wrote a report on a steel plant last week.", LATER, ["climate"]) == []


def test_a_shared_name_finds_a_commitment_filed_under_another_topic():
    index = CommitmentIndex([commitment("c", "US", "taiwan", "assured Taipei that President Lai may stop over in Houston and Denver")])
    text = "Washington has withdrawn its approval for Mr. Lai's stopovers in Houston and Denver ahead of trade talks."
    assert linked(index, text, LATER, ["diplomacy", "trade"]) == [("c", "setback")]
    # one shared name alone is not enough
    assert linked(index, "Mr. Lai has withdrawn from a trade forum in Singapore.", LATER, ["trade"]) == []


@pytest.mark.parametrize(
    "text, effect",
    [
        ("The joint survey has gone nowhere since the spring.", "setback"),
        ("The exchange programme was quietly axed in the budget.", "setback"),
        ("The first flights under the new schedule got under way on Monday.", "progress"),
        ("The last of the promised cargoes was delivered in full by June.", "fulfilled"),
        # a participle describing a noun is no report: "the lapsed permits" (the restoring is the news)
        ("Customs restored 40 of the 90 lapsed permits.", "progress"),
    ],
)
def test_plain_english_for_delay_cancellation_start_and_completion(text, effect):
    assert effect_of(text).effect == effect


def test_a_promised_amount_reported_in_full_is_the_act_done():
    index = CommitmentIndex([commitment("c", "China", "trade", "agreed to buy 3 million tons of U.S. sorghum")])
    assert linked(index, "Chinese buyers have bought 3 million tons of U.S. sorghum since the deal.", LATER, ["trade"]) == [("c", "fulfilled")]
    # a share of it is a step
    assert linked(index, "Chinese buyers have bought 1 million of the 3 million tons of U.S. sorghum.", LATER, ["trade"]) == [("c", "progress")]


def test_an_ending_act_reported_without_a_cue_is_a_setback_that_ends():
    from detente.evidence import reported_act

    found = reported_act("Officials barred the visiting delegation from the port.")
    assert (found.effect, found.cue, found.strong) == ("setback", "barred", True)
    assert reported_act("Officials toured the port.").effect == "progress"


@pytest.mark.parametrize(
    "actor, topic, action, text, topics, expected",
    [
        # arrival fulfils a promise to send
        ("China", "diplomacy", "will send two giant pandas to the National Zoo before the end of the year",
         "A chartered jet touched down at Dulles with the two giant pandas for the National Zoo on board.", ["diplomacy"], [("c", "fulfilled")]),
        # a completion marker: all of them
        ("US", "technology", "will license American toolmakers to service tools in Chinese fabs",
         "With the last permit granted, all three American toolmakers now hold licences to service tools in Chinese fabs.", ["technology"], [("c", "fulfilled")]),
        # N of M done is a step
        ("China", "counternarcotics", "agreed to shut down 40 online storefronts selling fentanyl precursors",
         "Twenty-three of the 40 precursor storefronts had gone dark by mid-February.", ["counternarcotics"], [("c", "progress")]),
        # doing again what a pledge to stop ended breaks it
        ("China", "military", "assured the delegation that its coast guard would stop boarding Kinmen tour boats",
         "Coast guard officers boarded a Kinmen tour boat on Sunday.", ["military", "taiwan"], [("c", "setback")]),
        # a pledge struck from the calendar ends
        ("both", "military", "committed to stage a joint oil-spill drill near Saipan in June",
         "The Saipan oil-spill drill has been struck from the calendar.", ["military"], [("c", "setback")]),
    ],
)
def test_arrivals_completion_shares_repeats_and_cancellations(actor, topic, action, text, topics, expected):
    index = CommitmentIndex([commitment("c", actor, topic, action)])
    assert linked(index, text, LATER, topics) == expected


def test_every_done_form_is_a_whole_alternative():
    # forms are split on "|" to build one pattern: an alternation inside a group would break it
    from detente.evidence import GRADUAL, ONE_OFF

    for forms in ONE_OFF.values():
        for form in forms.split("|"):
            assert form.count("(") == form.count(")"), form
    assert all("|" not in forms for forms in GRADUAL.values())


@pytest.mark.parametrize(
    "actor, topic, action, text, topics, expected",
    [
        ("US", "trade", "will put off by one year the 25% tariff on Chinese graphite",
         "A Federal Register notice pushed back the 25% tariff on Chinese graphite by one year.", ["trade"], [("c", "fulfilled")]),
        ("China", "diplomacy", "agreed to close the Confucius Institute at a Michigan college by December",
         "The Confucius Institute at the Michigan college held its last class on Tuesday.", ["diplomacy"], [("c", "fulfilled")]),
        ("China", "middle_east", "will travel to Tehran before the end of the month",
         "China's special envoy spent two days in Tehran last week.", ["middle_east", "diplomacy"], [("c", "fulfilled")]),
        # someone else's act is no evidence
        ("China", "trade", "agreed to let the robot maker list its shares in New York",
         "Another Chinese firm, a drone maker, shelved its planned share listing in New York.", ["trade"], []),
        # a partner named beside a side keeps the side
        ("China", "diplomacy", "agreed to take back the enriched uranium fuel from the reactor",
         "Chinese engineers and IAEA inspectors unloaded the reactor fuel and sealed the enriched uranium.", ["diplomacy"], [("c", "progress")]),
    ],
)
def test_postponements_closures_trips_other_firms_and_partners(actor, topic, action, text, topics, expected):
    index = CommitmentIndex([commitment("c", actor, topic, action)])
    assert linked(index, text, LATER, topics) == expected


def test_a_sentence_dated_to_an_earlier_year_is_background():
    index = CommitmentIndex([commitment("c", "US", "trade", "will lift the withhold release order on the squid vessel")])
    assert linked(index, "In 2023, CBP lifted a withhold release order on a squid vessel from Fiji.", LATER, ["trade"]) == []
    assert linked(index, "In March, CBP lifted the withhold release order on the squid vessel.", LATER, ["trade"]) == [("c", "fulfilled")]


def test_a_joint_act_with_a_third_country_is_not_the_two_sides_joint_act():
    index = CommitmentIndex([commitment("c", "both", "counternarcotics", "will run a joint course for frontline customs officers in Kunming")])
    assert linked(index, "Vietnam and the United States held a joint course for frontline customs officers in Hanoi.", LATER, ["counternarcotics"]) == []


def test_two_letter_surnames_are_names_with_a_title_or_given_name():
    assert "xu" in names("Beijing will let Xu Lan leave with her son.")
    assert "xu" in names("Officers stopped Ms. Xu at the gate.")
    assert "an" not in names("An official said so.")


def test_a_third_country_in_another_clause_does_not_take_the_evidence_away():
    index = CommitmentIndex([commitment("c", "US", "diplomacy", "will host 20 Chinese nuclear-safety inspectors for a course at the Idaho lab")])
    text = "The Idaho course for the Chinese inspectors vanished from the lab's calendar, and the classrooms went to a NATO drill instead."
    assert linked(index, text, LATER, ["diplomacy"]) == [("c", "setback")]


def test_an_act_dated_to_an_earlier_year_in_its_clause_is_background():
    index = CommitmentIndex([commitment("c", "China", "human_rights", "will let the lawyer's wife leave China and lift her exit ban")])
    assert linked(index, "The lawyer's sister had her own exit ban lifted in 2023.", LATER, ["human_rights"]) == []
    # a year in a relative clause dates something else
    site = CommitmentIndex([commitment("c", "China", "military", "agreed to let a U.S. team excavate the B-24 crash site in Guangxi")])
    assert linked(site, "A U.S. team began digging last week at the Guangxi site where a B-24 crashed in 1944.", LATER, ["military"]) == [("c", "progress")]


def test_a_figure_is_a_concept_but_a_year_or_a_day_is_not():
    assert "#30" in concepts("agreed to freeze 30 cryptocurrency wallets")
    assert "#30" in concepts("Balances in 11 of the 30 addresses have not moved.")
    assert "#2000" in concepts("records for 1,300 of the 2,000 parcels")
    assert not {c for c in concepts("On Nov. 24, 2025, at 10:30, prices rose 3.5 percent.") if c.startswith("#")}


def test_a_sentence_is_no_evidence_for_the_commitment_it_carries_itself():
    pledge = commitment("c_old", "China", "counternarcotics", "agreed to curb fentanyl precursors")
    restated = commitment("c_new", "China", "counternarcotics", "agreed to curb fentanyl precursor exports", when=LATER)
    restated.article_id, restated.sentence_index = "b", 3
    restated.reports = [{"article_id": "b", "sentence_index": 3}]
    index = CommitmentIndex([pledge, restated])
    text = "China seized fentanyl precursor exports and agreed to curb fentanyl precursor exports."
    found = link_evidence(index, EvidenceSentence("b", 3, text, LATER + timedelta(days=1), ["counternarcotics"]))
    assert [c.id for c, _ in found] == ["c_old"]


def test_two_shared_names_outweigh_a_different_subject_word():
    delegation = commitment("c_trip", "China", "trade", "will send a trade delegation of officials and executives to Seattle next spring")
    delegation.text = "Under the renewed pact, Sichuan's provincial government will send a trade delegation of officials and executives to Seattle next spring."
    text = "Twenty-three Sichuan officials and executives toured a Seattle port terminal and signed letters of intent to buy hay."
    assert [c.id for c, _ in link_evidence(CommitmentIndex([delegation]), EvidenceSentence("b", 1, text, LATER, ["trade"]))] == ["c_trip"]


def test_a_province_acts_for_china_through_its_offices_not_as_a_bare_name():
    assert sentence_actors("Sichuan officials toured the port.") == {"China"}
    assert sentence_actors("Fujian province opened a ferry route.") == {"China"}
    assert sentence_actors("Shandong seafood processors were listed.") == set()


def test_a_two_word_act_of_enforcement_is_a_restrictive_pledge_at_work():
    index = CommitmentIndex([commitment("c", "China", "counternarcotics", "agreed to tighten controls on fentanyl precursor exports")])
    assert linked(index, "Chinese customs held up 40 fentanyl precursor shipments.", LATER, ["counternarcotics"]) == [("c", "progress")]
    assert linked(index, "Chinese customs have not tightened controls on fentanyl precursor exports.", LATER, ["counternarcotics"]) == [("c", "setback")]


@pytest.mark.parametrize(
    "action, topic, text, expected",
    [
        ("agreed to lift the countermeasures on Skydio", "technology", "Skydio's name disappeared from the countermeasures list on Tuesday.", "fulfilled"),
        ("agreed to give Chinese investigators the chat logs", "counternarcotics", "The FBI handed the chat logs to Chinese investigators on Nov. 3.", "fulfilled"),
        ("agreed to freeze the accounts of six shell companies", "counternarcotics", "The accounts of four of the six shell companies were frozen in August.", "progress"),
        ("agreed to register 12 more growers as approved exporters", "trade", "Seven of the twelve growers were listed by Chinese customs as approved exporters.", "progress"),
    ],
)
def test_acts_reported_in_other_words_and_in_part(action, topic, text, expected):
    actor = "US" if "FBI" in text else "China"
    index = CommitmentIndex([commitment("c", actor, topic, action)])
    assert linked(index, text, LATER, [topic]) == [("c", expected)]


def test_releasing_data_is_not_about_detainees():
    inspect = commitment("c", "China", "climate", "will inspect every foam plant in Hebei and publish its findings by the end of the year")
    text = "The ministry's report on the foam plant inspections had not been published, and it has released no figures for Hebei."
    assert linked(CommitmentIndex([inspect]), text, LATER, ["climate"]) == [("c", "setback")]


def test_a_passive_act_received_by_the_other_side_fits_a_promise_made_to_it():
    relics = commitment("c", "US", "diplomacy", "agreed to hand over 41 Chinese cultural relics seized in New York")
    text = "Twenty of the 41 relics were handed to Chinese officials at the consulate in New York on Monday."
    assert linked(CommitmentIndex([relics]), text, LATER, ["diplomacy"]) == [("c", "progress")]
    assert linked(CommitmentIndex([relics]), "Chinese officials handed over 20 relics in New York.", LATER, ["diplomacy"]) == []


def test_a_count_of_the_promised_number_is_a_step_without_a_cue():
    floats = commitment("c", "China", "climate", "will post readings from its 400 Argo ocean floats within 24 hours")
    text = "By February, 310 of China's 400 floats were reporting on time, the Argo team said."
    assert linked(CommitmentIndex([floats]), text, LATER, ["climate"]) == [("c", "progress")]
    assert linked(CommitmentIndex([floats]), "By February, 310 of China's 500 floats were reporting on time.", LATER, ["climate"]) == []


def test_receiving_what_was_to_be_granted_is_a_step():
    licences = commitment("c", "US", "technology", "will grant SK Hynix's Wuxi and Dalian plants annual licences for tool shipments")
    text = "SK Hynix said on Tuesday that it had received a U.S. licence covering tool shipments to its Wuxi and Dalian plants."
    assert linked(CommitmentIndex([licences]), text, LATER, ["technology"]) == [("c", "progress")]


def test_a_year_set_off_after_the_subject_dates_the_sentence():
    exchange = commitment("c", "both", "military", "will hold a disaster-management exchange in Kunming")
    assert linked(CommitmentIndex([exchange]), "The last exchange, in 2019, was held in Hawaii.", LATER, ["military"]) == []


def test_the_source_of_a_report_does_not_tie_it_to_a_pledge_about_that_source():
    results = commitment("c_results", "China", "climate", "will send the Fish and Wildlife Service test results for every seizure")
    course = commitment("c_course", "both", "climate", "agreed to hold a joint training course in Guangzhou")
    text = "The Guangzhou training course was dropped and will not be rescheduled, a Fish and Wildlife Service spokesman said."
    assert [c for c, _ in linked(CommitmentIndex([results, course]), text, LATER, ["climate"])] == ["c_course"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The two leaders are to meet at the Great Hall of the People on Wednesday morning.",
        "The DEA said seizures of finished fentanyl at the border fell for a fifth straight month.",
    ],
)
def test_a_schedule_and_a_participle_describing_goods_report_no_act(sentence):
    assert effect_of(sentence) is None or effect_of(sentence).cue not in ("meet", "finished")


@pytest.mark.parametrize(
    "action, text, expected",
    [
        ("would renew their Science and Technology Agreement for five years", "The two governments signed a protocol in Beijing that extends their Science and Technology Agreement.", "fulfilled"),
        ("agreed to hold their next round of defence policy talks in Beijing", "The defence policy talks opened in Beijing on Thursday for the 18th round.", "fulfilled"),
        ("agreed to hold regular defence policy talks in Beijing", "The defence policy talks opened in Beijing on Thursday for the 18th round.", "progress"),
        ("would renew their Science and Technology Agreement for five years", "Negotiators began talks in Beijing on renewing the Science and Technology Agreement.", "progress"),
    ],
)
def test_a_step_on_a_promise_of_one_act_is_the_act_done_unless_it_is_only_a_start(action, text, expected):
    index = CommitmentIndex([commitment("c", "both", "technology", action)])
    assert linked(index, text, LATER, ["technology", "military", "diplomacy"]) == [("c", expected)]


def test_a_clause_dated_to_an_earlier_year_is_background():
    truce = commitment("c", "both", "trade", "will cut its additional tariffs on Chinese goods to 30%", when=date(2025, 5, 12))
    text = "Analysts noted that China fell short of the purchase targets in the 2020 Phase One deal on tariffs."
    assert linked(CommitmentIndex([truce]), text, date(2025, 10, 30), ["trade"]) == []


def test_a_third_party_the_commitment_lets_act_gives_its_evidence():
    resupply = commitment("c", "China", "military", "will allow Philippine boats to deliver food and water to the Sierra Madre outpost")
    text = "A Philippine navy boat unloaded food and water at the Sierra Madre outpost on Saturday."
    assert linked(CommitmentIndex([resupply]), text, LATER, ["military"]) == [("c", "progress")]
    text = "A Vietnamese navy boat unloaded food and water at the Sierra Madre outpost on Saturday."
    assert linked(CommitmentIndex([resupply]), text, LATER, ["military"]) == []


def test_the_people_a_commitment_trains_give_its_evidence():
    training = commitment("c", "US", "taiwan", "will train 24 Taiwanese F-16 pilots at Morris Air National Guard Base in 2025")
    text = "Twelve Taiwanese pilots finished the F-16 course at Morris on Friday, the wing said."
    assert [c for c, _ in linked(CommitmentIndex([training]), text, LATER, ["taiwan", "military"])] == ["c"]
    # a third party the promise does not train acting is no evidence
    text = "Twelve Japanese pilots finished the F-16 course at Morris on Friday, the wing said."
    assert linked(CommitmentIndex([training]), text, LATER, ["taiwan", "military"]) == []


def test_a_compound_word_after_a_side_names_people_not_goods():
    # "Chinese ports" are a market; "Chinese port-security officials" are the other side's people
    assert sentence_actors("Chinese ports handled more cargo.") == set()
    assert sentence_actors("will host Chinese port-security officials at the Port of Houston") == {"China"}
    host = commitment("c", "US", "diplomacy", "will host Chinese port-security officials at the Port of Houston")
    text = "The Coast Guard's Houston sector hosted a delegation of Mexican port officials in April."
    assert linked(CommitmentIndex([host]), text, LATER, ["diplomacy"]) == []


def test_a_capital_is_its_country_and_each_country_has_one_key():
    from detente.evidence import _third_parties

    assert _third_parties("travelled to Tokyo") == _third_parties("a Japanese delegation")
    assert _third_parties("Britain") == _third_parties("British officials")
    assert _third_parties("Iran") == _third_parties("Iranian oil")
    assert not _third_parties("China submitted its plan under the Paris Agreement")  # a treaty, not a trip to France
    trip = commitment("c", "US", "diplomacy", "would bring a larger group of senators back to China in the spring")
    text = "Mr. Daines travelled to Tokyo in October for talks with a larger group of senators."
    assert linked(CommitmentIndex([trip]), text, LATER, ["diplomacy"]) == []


def test_a_side_announcing_its_own_act_is_its_doer():
    suspend = commitment("c", "China", "technology", "will suspend for one year the ban on importing Illumina sequencers")
    text = "China's commerce ministry said on Tuesday that the ban on importing Illumina sequencers for U.S. buyers had been reinstated."
    assert [c for c, _ in linked(CommitmentIndex([suspend]), text, LATER, ["technology"])] == ["c"]


def test_a_counted_noun_is_no_verb_cue():
    assert effect_of("Customs officers searched 14 dried-seafood stalls in Guangzhou.") is None or effect_of("Customs officers searched 14 dried-seafood stalls in Guangzhou.").cue != "stalls"


def test_an_empty_seat_and_a_deadline_passing_are_setbacks():
    assert effect_of("The table reserved for the PLA delegation stayed empty at the symposium.").effect == "setback"
    assert effect_of("The end-of-March date came and went without any rule being published.").effect == "setback"


def test_a_sentence_telling_a_pledges_story_under_another_topic_still_links():
    register = commitment("c", "China", "counternarcotics", "pledged to require sellers of tablet presses to record each buyer's identity")
    text = "The date for a buyer register for tablet presses came and went without sellers recording any buyer identity."
    assert linked(CommitmentIndex([register]), text, LATER, ["trade"]) == [("c", "setback")]
    assert linked(CommitmentIndex([register]), "Sellers of tablet presses came and went.", LATER, ["trade"]) == []


@pytest.mark.parametrize(
    "actor, action, text",
    [
        ("both", "agreed that each would notify the other's consulate within four days of a detention", "Police in Shenzhen told the U.S. consulate within two days of detaining an American businessman."),
        ("US", "will strip Hong Kong's three trade offices in the United States of their diplomatic status", "The Hong Kong trade office in Washington lost its diplomatic status on Monday."),
        ("China", "will add 20 U.S. defence companies to its export-control list", "The control list published by the commerce ministry on Thursday names 12 U.S. defence companies."),
    ],
)
def test_acts_told_in_their_everyday_words(actor, action, text):
    index = CommitmentIndex([commitment("c", actor, "diplomacy", action)])
    assert [c for c, _ in linked(index, text, LATER, ["diplomacy"])] == ["c"]


@pytest.mark.parametrize(
    "action, text, expected",
    [
        ("will grant U.S.-led teams at least 200 hours on the FAST telescope", "Three U.S.-led teams have now completed about 80 hours of observations on the FAST telescope.", "progress"),
        ("will inspect the 14 chemical suppliers named by the FDA", "Inspections at 11 of the 14 chemical suppliers are now complete.", "progress"),
        ("will buy 12 million metric tons of U.S. soybeans by the end of this year", "China has bought 12 million metric tons of U.S. soybeans, meeting the target for the end of 2025.", "fulfilled"),
    ],
)
def test_a_completion_short_of_the_promised_count_is_a_step(action, text, expected):
    index = CommitmentIndex([commitment("c", "China", "trade", action)])
    assert linked(index, text, LATER, ["trade", "technology", "human_rights"]) == [("c", expected)]


@pytest.mark.parametrize(
    "sentence, effect",
    [
        ("Twenty Chinese naval cadets sat in on a navigation class at the Naval Academy on Tuesday.", "progress"),
        ("Data from the Chinese stations still reach U.S. servers three to five days late.", "setback"),
        ("The United States sent no one to the third senior officials' meeting in Xiamen.", "setback"),
    ],
)
def test_sitting_in_lateness_and_sending_no_one(sentence, effect):
    assert effect_of(sentence).effect == effect


def test_a_year_that_closed_shuts_nothing():
    cue = effect_of("The ministry closed 2025 having inspected 20 of the 31 sellers on its list.")
    assert cue is None or cue.cue.lower() != "closed"


def test_a_sentence_naming_no_side_but_a_third_country_is_about_that_country():
    train = commitment("c", "US", "diplomacy", "will train 30 Chinese customs officers in wood identification at its laboratory")
    text = "The laboratory has trained customs officers from Vietnam and Indonesia in wood identification."
    assert linked(CommitmentIndex([train]), text, LATER, ["diplomacy"]) == []


def test_a_pledge_with_a_thousands_figure_takes_a_later_count():
    cotton = commitment("c", "China", "trade", "pledge to buy 500,000 tonnes of U.S. cotton by the end of the marketing year")
    text = "Shipments of U.S. cotton to Chinese mills since August passed 320,000 tonnes by the end of the month."
    assert linked(CommitmentIndex([cotton]), text, LATER, ["trade"]) == [("c", "progress")]


def test_a_rate_held_where_the_promise_put_it_is_the_promise_kept():
    cut = commitment("c", "US", "trade", "will cut its additional tariffs on Chinese goods to 30% from 145%")
    text = "The order keeps the additional U.S. tariff on most Chinese goods at 30% until Nov. 10."
    assert linked(CommitmentIndex([cut]), text, LATER, ["trade"]) == [("c", "fulfilled")]
    assert linked(CommitmentIndex([cut]), "The order keeps the additional U.S. tariff on most Chinese goods at 35% until Nov. 10.", LATER, ["trade"]) == []


def test_a_clause_describing_the_object_of_an_act_to_come_is_no_news():
    cue = effect_of("The United States will suspend for a year a new rule that extended its export blacklist to subsidiaries.")
    assert cue is None or cue.cue != "extended"
    assert effect_of("Trump signed an order that walked away from the Paris agreement.").effect == "setback"


@pytest.mark.parametrize(
    "text",
    [
        "Mexico and China held their own talks on fentanyl precursors in Beijing.",
        "China separately seized fentanyl precursor shipments bound for Peru.",
        "Chinese police completed a similar crackdown on fentanyl precursors in Peru.",
        "Chinese police shut down the Commerce Ministry's own fentanyl precursor laboratories.",
    ],
)
def test_an_act_the_sentence_calls_another_one_is_no_evidence(index, text):
    assert linked(index, text, LATER, ["counternarcotics"]) == []
    plain = text.replace(" their own", "").replace("the Commerce Ministry's own ", "").replace(" separately", "").replace("a similar", "a").replace(" bound for Peru", "").replace(" in Peru", "")
    assert linked(index, plain, LATER, ["counternarcotics"]) != []


def test_an_act_still_to_come_is_no_evidence_but_one_called_off_is_a_setback():
    assert effect_of("The first joint report, due in May, will cover precursor routes for the first time.") is None
    assert effect_of("The agency will no longer share seizure data.").effect == "setback"


@pytest.mark.parametrize("word, base", [("issuing", "issue"), ("lifting", "lift"), ("stopping", "stop"), ("releasing", "release"), ("co-sponsoring", "co-sponsor")])
def test_a_gerund_promise_names_its_verb(word, base):
    assert promised_verb(f"committed to {word} the thing") == base


def test_one_thing_issued_is_one_act_many_are_a_course():
    assert _single_act("will issue an export licence for the battery technology")
    assert not _single_act("will issue visas within five working days")
    assert _single_act("will co-sponsor the resolution on AI capacity-building")


def test_what_one_side_received_is_the_other_sides_act():
    pledge = Commitment(
        id="c_visas", article_id="a", sentence_index=0, actor="China", topic="diplomacy", topics=["diplomacy"], date=COMMITTED,
        text="China's foreign ministry said visas for U.S. delegates would be issued within five working days.",
        action="would be issued within five working days",
    )
    got = [c.id for c, _ in link_evidence(CommitmentIndex([pledge]), EvidenceSentence(
        "b", 2, "A group of 40 American delegates said they had received their visas in four working days.", LATER, ["diplomacy"]))]
    assert got == ["c_visas"]




def test_a_third_country_named_as_a_place_does_not_make_the_act_its_own():
    pledge = Commitment(
        id="c_board", article_id="a", sentence_index=0, actor="China", topic="military", topics=["military"], date=COMMITTED,
        text="China said its squid vessels would accept boardings by U.S. Coast Guard inspectors.",
        action="would accept boardings by U.S. Coast Guard inspectors",
    )
    index = CommitmentIndex([pledge])
    at_sea = "Coast Guard inspectors boarded two Chinese squid vessels 900 miles west of Peru."
    assert [c.id for c, _ in link_evidence(index, EvidenceSentence("b", 2, at_sea, LATER, ["military"]))] == ["c_board"]
    towards = "Coast Guard inspectors boarded two Peruvian squid vessels."
    assert link_evidence(index, EvidenceSentence("b", 3, towards, LATER, ["military"])) == []


def test_a_threat_or_a_complaint_is_no_act_on_a_promise():
    from detente.evidence import reported_act
    assert reported_act("Mr. Trump threatened last week to impose export controls on critical software.") is None
    assert reported_act("Beijing protested the sale and blamed Washington.") is None
    assert reported_act("Chinese customs inspected the cargo last week.") is not None


@pytest.mark.parametrize(
    "action, text",
    [
        ("will add nine American rice mills to its list", "The register carries the names of six new American mills."),
        ("will add 20 U.S. defence companies to its export-control list", "The list names 12 U.S. defence contractors."),
        ("will freeze the accounts of six shell companies", "The fifth company's account was frozen in December."),
        ("will grant U.S. teams at least 200 hours on the telescope", "Teams have completed about 80 hours of observations."),
    ],
)
def test_a_count_short_of_the_promised_one_is_a_step(action, text):
    from detente.evidence import _short_of_target
    assert _short_of_target(action, text)


def test_a_count_of_something_else_or_the_whole_is_not_short():
    from detente.evidence import _short_of_target
    assert not _short_of_target("will add nine American rice mills to its list", "Six American ships docked.")
    assert not _short_of_target("will add nine American rice mills to its list", "All nine rice mills were added.")


def test_an_adverb_before_the_promised_verb_is_skipped():
    assert promised_verb("would again issue Chinese journalists one-year visas") == "issue"


def test_the_first_cargo_after_a_barrier_is_lifted_shows_it_lifted():
    from detente.evidence import _under_way
    assert not _under_way("will drop the licence requirement on ethane cargoes", "The carrier left on Monday, the first China-bound ethane cargo since May.")
    assert _under_way("will drop the licence requirement on ethane cargoes", "The first four of the cargoes left on Monday.")
    assert _under_way("will host 40 engineers", "The first engineers arrived on Monday.")


@pytest.mark.parametrize(
    "sentence",
    [
        "A week after the deadline there is still no list of companies of concern.",
        "The department let January go by without announcing anything.",
        "Seven requests have sat at USTR for three months.",
    ],
)
def test_more_ways_of_saying_nothing_happened(sentence):
    assert effect_of(sentence).effect == "setback"


def test_similar_acts_in_the_plural_are_other_acts(index):
    assert linked(index, "Mexico and Peru have carried out similar fentanyl precursor seizures for years.", LATER, ["counternarcotics"]) == []


def test_guests_named_before_a_passive_promise_to_host_them_make_their_acts_evidence():
    pledge = Commitment(
        id="c_forum", article_id="a", sentence_index=0, actor="China", topic="diplomacy", topics=["diplomacy"], date=COMMITTED,
        text="About 100 Americans will be hosted by the Fujian provincial government at a forum in Fuzhou.",
        action="will be hosted by the Fujian provincial government at a forum in Fuzhou",
    )
    index = CommitmentIndex([pledge])
    assert index.sides["c_forum"] == "both"


@pytest.mark.parametrize(
    "sentence",
    [
        # "May" as a name or a month is no hedge; a market regulator is an authority, not a price
        "Consul General Gregory May spent an hour with the prisoner at Stanley Prison on Friday.",
        "Readings for April and May arrived in early June.",
        "China's market regulator cleared the acquisition on Monday.",
        # a finite passive with its agent reports the act ("a satellite launched by a nonprofit" does not)
        "Wen Qiao was escorted by immigration officers onto a flight to Beijing on Tuesday.",
        "Seven Americans have been passed by Chinese police to U.S. consular staff since February.",
        # a number ending a name before a simple past ("the 300 seized plants" describes a noun)
        "The tug Donghai Jiu 111 came alongside on Feb. 14.",
        # a noun after its determiner hedges nothing ("will review" does)
        "The 90 days for the review of the proclamation ran out in September.",
        # words of speech or cause that are acts by what follows
        "Both additional CBP officers reported for duty at the inspection yard on April 21.",
        "The director-general led a delegation of six to the experts' meeting.",
    ],
)
def test_acts_reported_next_to_look_alike_words(sentence):
    from detente.evidence import reported_act
    assert reported_act(sentence) is not None


@pytest.mark.parametrize(
    "sentence",
    [
        "Insurance premiums for Red Sea transits have fallen by a quarter since January.",
        "A satellite launched by a nonprofit last year carries the sensor.",
        "Officials reported that the talks were useful.",
        "The shortage led to higher prices.",
    ],
)
def test_no_act_in_a_market_move_or_a_described_thing(sentence):
    from detente.evidence import reported_act
    assert reported_act(sentence) is None


def test_a_participle_after_of_describes_a_noun():
    from detente.evidence import reported_act
    found = reported_act("Forty containers of salted Texas hides left the bonded yard on Dec. 9.")
    assert found is not None and found.cue == "left"


@pytest.mark.parametrize(
    "sentence, cue",
    [
        ("The inventory that Beijing said would be out in March has not been posted.", "has not"),
        ("The guidance the Treasury said it would publish by year-end was still unpublished in January.", "still unpublished"),
        ("The list of participants published at the close of the plenary contained no Chinese official.", "contained no"),
    ],
)
def test_setbacks_told_around_other_cues(sentence, cue):
    from detente.evidence import effect_of
    found = effect_of(sentence)
    assert found is not None and found.effect == "setback" and found.cue == cue




def test_nothing_received_is_a_setback():
    from detente.evidence import reported_act
    assert reported_act("The laboratory has received no figures from the DEA since February.").effect == "setback"
    assert reported_act("The laboratory has received the figures from the DEA.").effect == "progress"


def test_an_act_done_without_the_promised_one_is_a_setback():
    from detente.evidence import _effect_for, _without_promised_act
    pledge = Commitment(
        id="c_inspect", article_id="a", sentence_index=0, actor="China", topic="trade", topics=["trade"], date=COMMITTED,
        text="China agreed that its maritime agency would inspect any of the named tankers.", action="would inspect any of the named tankers",
    )
    assert _without_promised_act(pledge, "Two of the named ships have since called at Zhoushan without any inspection.")
    assert not _without_promised_act(pledge, "Two of the named ships were inspected at Zhoushan.")


def test_a_noun_cue_after_a_past_verb_reports_the_act_done():
    from detente.evidence import _past_before
    assert _past_before("delivery", "A dealer in Harbin took delivery of two combines.")
    assert not _past_before("delivery", "A dealer in Harbin expects delivery of two combines.")


def test_more_of_an_open_ended_promise_is_a_step():
    from detente.evidence import _open_ended
    pledge = Commitment(
        id="c_hand", article_id="a", sentence_index=0, actor="China", topic="human_rights", topics=["human_rights"], date=COMMITTED,
        text="China agreed to hand over to U.S. consular officers at the Mae Sot crossing any American freed from the compounds.",
        action="agreed to hand over to U.S. consular officers",
    )
    assert _open_ended(pledge)
    one = Commitment(
        id="c_two", article_id="a", sentence_index=0, actor="both", topic="climate", topics=["climate"], date=COMMITTED,
        text="The delegations agreed to hold two joint workshops in 2025, one in each country.", action="agreed to hold two joint workshops in 2025",
    )
    assert not _open_ended(one)


def test_a_share_told_in_words_counts_for_the_promise_of_that_number():
    pledge = Commitment(
        id="c_traits", article_id="a", sentence_index=0, actor="China", topic="trade", topics=["trade"], date=COMMITTED,
        text="China will issue import safety certificates for six U.S. biotech corn traits.",
        action="will issue import safety certificates for six U.S. biotech corn traits",
    )
    got = link_evidence(CommitmentIndex([pledge]), EvidenceSentence("b", 2, "Four of the six U.S. traits appeared on the list of import safety certificates.", LATER, ["trade"]))
    assert [(c.id, r["effect"]) for c, r in got] == [("c_traits", "progress")]


@pytest.mark.parametrize(
    "sentence",
    [
        "No toxin report has gone to Beijing since the February batch.",
        "The CSRC has offered no account of any conversation with the shareholders.",
        "The docket still contains no written submission from Beijing.",
    ],
)
def test_nothing_done_said_in_many_ways_is_a_setback(sentence):
    assert effect_of(sentence).effect == "setback"


def test_a_list_that_no_longer_names_what_was_to_be_removed_shows_it_done():
    from detente.evidence import _effect_for, EvidenceCue
    pledge = Commitment(
        id="c_pvh", article_id="a", sentence_index=0, actor="China", topic="trade", topics=["trade"], date=COMMITTED,
        text="China will remove PVH from its unreliable entity list.", action="will remove PVH from its unreliable entity list",
    )
    text = "The list published on Monday no longer mentions PVH."
    cue = effect_of(text)
    assert cue is not None and cue.effect == "setback"
    assert _effect_for(pledge, cue, text, False, False, False, False, False, False)[0] == "fulfilled"


@pytest.mark.parametrize(
    "sentence",
    ["The exercise ended on March 7 with an amphibious landing.", "He said he had not known the pier was a military site."],
)
def test_an_event_running_its_course_and_not_knowing_are_no_setbacks(sentence):
    cue = effect_of(sentence)
    assert cue is None or cue.effect != "setback"


def test_an_event_that_ended_badly_is_still_a_setback():
    assert effect_of("The talks ended without an agreement.").effect == "setback"
    assert effect_of("The engineer is still being held.").effect == "setback"


@pytest.mark.parametrize(
    "action, verb",
    [("will be switched in the second half of 2024 to a new index", "switch"), ("will be hosted by the Fujian provincial government", "host"), ("will be released on bail", "release")],
)
def test_a_passive_promise_names_its_participles_verb(action, verb):
    assert promised_verb(action) == verb


def test_attending_or_designating_is_done_once():
    assert _single_act("will attend the Beijing Xiangshan Forum from Sept. 12 to 14")
    assert _single_act("will designate Xiamen Limbach Aircraft Engine Co. within weeks")


def test_a_week_after_a_deadline_nothing_is_still_a_setback_with_a_long_date():
    text = "A week after the June 30 deadline there is still no list of companies of concern, and a spokesperson said review was continuing."
    assert effect_of(text).effect == "setback"


def test_sending_no_one_is_never_the_promised_sending():
    from detente.evidence import _effect_for
    pledge = Commitment(
        id="c_send", article_id="a", sentence_index=0, actor="US", topic="diplomacy", topics=["diplomacy"], date=COMMITTED,
        text="The United States will send a delegation to each meeting.", action="will send a delegation to each meeting",
    )
    text = "The United States sent no one to the third meeting in Xiamen."
    cue = effect_of(text)
    assert _effect_for(pledge, cue, text, False, False, False, False, False, False)[0] == "setback"


@pytest.mark.parametrize("sentence", ["Mr. Brandt was taken back to prison on Nov. 25 after the court revoked his parole.", "The chair set aside for the PLA was taken away."])
def test_reversals_of_a_release_or_a_seat(sentence):
    cue = effect_of(sentence)
    assert cue.effect == "setback" and cue.strong


def test_a_side_named_only_as_where_something_goes_is_the_counterpart():
    pledge = Commitment(
        id="c_toxin", article_id="a", sentence_index=0, actor="US", topic="trade", topics=["trade"], date=COMMITTED,
        text="The state health department agreed to send Chinese customs the shellfish toxin results for every harvest.",
        action="agreed to send Chinese customs the shellfish toxin results for every harvest",
    )
    got = link_evidence(CommitmentIndex([pledge]), EvidenceSentence("b", 2, "No toxin report has gone to Beijing since the February batch, the health department said.", LATER, ["trade"]))
    assert [(c.id, r["effect"]) for c, r in got] == [("c_toxin", "setback")]


def test_no_sign_that_it_was_done_is_a_setback():
    assert effect_of("Diplomats say there is no sign that any official has raised the matter.").effect == "setback"


@pytest.mark.parametrize(
    "sentence, strong",
    [
        ("Forty-eight of the devices were still connected to clinic networks in May.", False),
        ("The other six applications have been pending for more than two months.", False),
        ("The video conference on Listeria control is off.", True),
        ("FSIS has taken the on-site audit out of its plan altogether.", True),
    ],
)
def test_things_still_in_place_pending_or_called_off(sentence, strong):
    cue = effect_of(sentence)
    assert cue is not None and cue.effect == "setback" and cue.strong == strong


@pytest.mark.parametrize(
    "sentence, strong",
    [
        ("The telephone conversation between the leaders that was promised in August never happened.", False),
        ("The quarterly meeting due in October was not held.", False),
        ("The coordinator post was still vacant.", False),
        ("The State Department said it would not appoint a coordinator after all.", True),
    ],
)
def test_things_that_never_happened_or_were_given_up(sentence, strong):
    cue = effect_of(sentence)
    assert cue is not None and cue.effect == "setback" and cue.strong == strong


@pytest.mark.parametrize(
    "action, text",
    [
        # a passive restraint is broken by the act done to what it protected
        ("assured Washington that ships flying the U.S. flag will not be inspected in the Spratlys",
         "Chinese maritime militia officers inspected the U.S.-flagged supply ship Ocean Grace near the Spratlys on Monday."),
        # a promise to keep away is broken by going in
        ("would keep its survey ships out of the waters around the Spratlys",
         "Two Chinese survey ships sailed into the waters around the Spratlys on Tuesday and stayed for a day."),
    ],
)
def test_a_passive_or_keep_away_restraint_is_broken_by_the_act(action, text):
    index = CommitmentIndex([commitment("c_keep", "China", "military", action)])
    ((found, record),) = link_evidence(index, EvidenceSentence("b", 1, text, LATER, ["military"]))
    assert (record["effect"], record["strong"]) == ("setback", True)


def test_an_act_towards_a_third_country_is_no_evidence_for_a_bilateral_promise():
    action = "will send auditors in the spring to the four pork plants in Shandong"
    text = f"The Food Safety and Inspection Service {action}, the first on-site review of China's inspection system since 2019."
    index = CommitmentIndex([replace(commitment("c_audit", "US", "trade", action), text=text)])
    third = "FSIS completed an on-site review of Mexico's inspection system in April."
    assert link_evidence(index, EvidenceSentence("b", 1, third, LATER, ["trade"])) == []
    own = "FSIS completed an on-site review of the four pork plants in Shandong in April."
    assert [c.id for c, _ in link_evidence(index, EvidenceSentence("b", 2, own, LATER, ["trade"]))] == ["c_audit"]


def test_what_reached_the_other_side_is_the_promisers_act():
    index = CommitmentIndex([commitment("c_notice", "China", "technology", "will send the Pentagon advance notice of every satellite launch from Hainan")])
    text = "The first advance notice of a satellite launch from Hainan reached the Pentagon's operations centre on Feb. 26."
    assert [c.id for c, _ in link_evidence(index, EvidenceSentence("b", 1, text, LATER, ["technology"]))] == ["c_notice"]


def test_suspending_the_promised_measure_itself_is_a_setback_not_enforcement():
    index = CommitmentIndex([commitment("c_req", "China", "trade", "will require sellers exporting toys to American buyers to file laboratory reports")])
    undone = "China's market regulator has suspended, for all sellers, the laboratory-report requirement for toy exports to American buyers."
    assert linked(index, undone, LATER, ["trade"]) == [("c_req", "setback")]
    enforced = "China's market regulator has suspended the export licences of two toy sellers that filed no laboratory reports for American buyers."
    assert linked(index, enforced, LATER, ["trade"]) == [("c_req", "progress")]


def test_a_first_batch_is_a_step_and_the_last_ones_finish_the_promise():
    index = CommitmentIndex([commitment("c_rec", "US", "counternarcotics", "will give China's police the bank records of the 40 fentanyl accounts")])
    first = "A first batch of the bank records on the fentanyl accounts was handed to China's police on Monday."
    assert linked(index, first, LATER, ["counternarcotics"]) == [("c_rec", "progress")]
    visas = CommitmentIndex([commitment("c_visa", "US", "diplomacy", "agreed to issue visas to the 20 students from Nanjing before July")])
    last = "The last six visas for the students from Nanjing were issued in Shanghai in the first days of July."
    assert linked(visas, last, LATER, ["diplomacy"]) == [("c_visa", "fulfilled")]


def test_no_longer_doing_something_is_a_setback_and_no_longer_listed_is_a_removal_done():
    assert effect_of("Customs officers no longer inspect the cargoes.").effect == "setback"
    index = CommitmentIndex([commitment("c_strike", "China", "trade", "will strike three mushroom growers in Jiangsu off its export register")])
    assert linked(index, "The three mushroom growers in Jiangsu no longer appear in the export register.", LATER, ["trade"]) == [("c_strike", "fulfilled")]
    assert linked(index, "Two of the three mushroom growers in Jiangsu no longer appear in the export register.", LATER, ["trade"]) == [("c_strike", "progress")]


def test_people_named_by_where_they_come_from_are_not_that_side_acting():
    index = CommitmentIndex([commitment("c_visas", "US", "diplomacy", "will resume processing visas for students admitted to Harvard")])
    text = "About 60 admitted students from China were still waiting for visas to study at Harvard."
    assert linked(index, text, LATER, ["diplomacy"]) == [("c_visas", "setback")]


@pytest.mark.parametrize(
    "sentence, effect",
    [
        ("The guidance was still unpublished in the first week of January.", "setback"),
        ("The hearing notices are still awaited by the importers.", "setback"),
    ],
)
def test_still_undone_is_a_setback(sentence, effect):
    assert effect_of(sentence).effect == effect


def test_a_share_of_a_named_owners_total_is_a_count_of_the_promise():
    index = CommitmentIndex([commitment("c_mon", "US", "technology", "will unplug all 260 of its Contec patient monitors from the network")])
    text = "Twelve of the VA's 260 Contec patient monitors had been unplugged from the network by June."
    assert linked(index, text, LATER, ["technology"]) == [("c_mon", "progress")]


def test_a_meeting_between_the_sides_is_either_sides_act():
    index = CommitmentIndex([commitment("c_brief", "US", "trade", "will hold closed briefings in Shanghai for Chinese banks on the sanctions rules")])
    text = "Compliance officers from 30 Chinese banks spent a morning with Treasury officials in Shanghai going through the sanctions rules."
    assert [c.id for c, _ in link_evidence(index, EvidenceSentence("b", 1, text, LATER, ["trade"]))] == ["c_brief"]


def test_a_reason_cited_is_not_the_subject_and_a_teller_who_acted_is_an_actor():
    assert "China" in sentence_actors("China's customs administration stopped sending manifests to CBP in April and told the agency that the pilot was over.")
    index = CommitmentIndex([commitment("c_man", "both", "counternarcotics", "will exchange advance manifests for precursor consignments on freighters")])
    text = "China's customs administration stopped sending manifests for precursor consignments to CBP in April, citing the American tariff increases."
    assert linked(index, text, LATER, ["counternarcotics"]) == [("c_man", "setback")]


def test_a_vote_on_record_casts_the_promised_vote_and_a_first_list_is_a_step():
    index = CommitmentIndex([commitment("c_vote", "China", "diplomacy", "will vote for the U.S. draft resolution on a ceasefire in Ukraine")])
    text = "The Security Council adopted the U.S. draft resolution on a ceasefire in Ukraine by 10 votes to none, with China among those in favour."
    assert linked(index, text, LATER, ["diplomacy"]) == [("c_vote", "fulfilled")]
    names = CommitmentIndex([commitment("c_names", "US", "trade", "will give Chinese officials the names of exporters shipping nitrocellulose to Russia")])
    first = "Treasury officials handed their Chinese counterparts a first list of exporters shipping nitrocellulose to Russia."
    assert linked(names, first, LATER, ["trade"]) == [("c_names", "progress")]


def test_the_side_acting_with_the_third_parties_it_promised_to_act_with_is_evidence():
    index = CommitmentIndex([commitment("c_cmte", "China", "middle_east", "will host the first meeting of a joint committee with Saudi Arabia and Iran in Beijing")])
    text = "Deputy foreign ministers of China, Saudi Arabia and Iran held the first meeting of their joint committee in Beijing on Friday."
    assert [c.id for c, _ in link_evidence(index, EvidenceSentence("b", 1, text, LATER, ["middle_east"]))] == ["c_cmte"]
    other = "Deputy foreign ministers of Saudi Arabia and Iran held the first meeting of their joint committee in Riyadh on Friday."
    assert link_evidence(index, EvidenceSentence("b", 2, other, LATER, ["middle_east"])) == []


@pytest.mark.parametrize(
    "sentence, effect, strong",
    [
        ("Over the ten days the Eastern Theater Command announced no patrols around the island.", "setback", False),
        ("The two sides held talks on Friday but announced no agreement on the hotline.", "progress", False),
        ("The second launcher is still parked at Basco airport.", "setback", False),
        ("The spending package bars any U.S. money for UNRWA until March 2025.", "setback", True),
    ],
)
def test_nothing_announced_still_parked_and_barred_money(sentence, effect, strong):
    cue = effect_of(sentence)
    assert (cue.effect, cue.strong) == (effect, strong)


def test_doing_what_was_promised_instead_breaks_the_promise():
    index = CommitmentIndex([commitment("c_exp", "China", "trade", "will let its duties on U.S. propanol expire in November instead of opening an expiry review")])
    text = "The commerce ministry opened an expiry review of the propanol duties in November."
    assert linked(index, text, LATER, ["trade"]) == [("c_exp", "setback")]


def test_the_other_sides_people_named_in_the_promise_are_its_evidence():
    promise = commitment("c_train", "US", "trade", "will train 40 Chinese customs officers in identifying protected hardwoods")
    index = CommitmentIndex([promise])
    text = "Fifteen Chinese customs officers finished a three-week course in identifying protected hardwoods at the lab in Oregon."
    assert [c.id for c, _ in link_evidence(index, EvidenceSentence("b", 1, text, LATER, ["trade"]))] == ["c_train"]
    # The other side doing something of its own on the subject is not the promised act.
    own = "Chinese police seized 300 logs of protected hardwoods at a port in Fujian."
    assert link_evidence(index, EvidenceSentence("b", 2, own, LATER, ["trade"])) == []


def test_side_objects_are_the_words_after_the_sides_adjective():
    assert side_objects("will train 40 Chinese customs officers", "China") == frozenset({"custom", "officer"})
    assert side_objects("will train 40 Chinese customs officers", "US") == frozenset()


@pytest.mark.parametrize(
    "action, single",
    [
        ("will notify Congress of the proposed sale of patrol boats", True),
        ("will put $20 million into the new adaptation fund", True),
        ("will require exporters of the chemical to register their buyers", True),
        ("will unseal the indictment on Monday", True),
        ("will exchange hourly weather observations from both stations", False),
        ("will let American passport holders enter without a visa", False),
        # an occasion with its own date is held once; without one it may recur
        ("will hold talks with the delegation in Beijing before Christmas", True),
        ("will be hosted by the provincial government at a forum in Fuzhou in late June", True),
        ("will hold talks with the delegation in Beijing", False),
        ("will hold talks with the delegation in Beijing every June", False),
    ],
)
def test_acts_done_once(action, single):
    assert _single_act(action) is single


def test_a_one_off_act_reported_done_fulfils_it():
    index = CommitmentIndex([commitment("c_fund", "US", "climate", "will put $20 million into the new adaptation fund")])
    text = "The fund's ledger shows $20 million received from the United States in March."
    assert linked(index, text, LATER, ["climate"]) == [("c_fund", "fulfilled")]


def test_an_act_not_done_is_no_fulfilment_of_it():
    index = CommitmentIndex([commitment("c_samples", "China", "trade", "undertook to send the laboratory samples of seized ivory")])
    text = "Four months on, no ivory samples have yet arrived at the laboratory."
    assert linked(index, text, LATER, ["trade"]) == [("c_samples", "setback")]


def test_an_act_done_elsewhere_than_promised_is_a_setback():
    index = CommitmentIndex([commitment("c_port", "US", "military", "will send the hospital ship to Suva and Apia in June")])
    went = "The hospital ship sailed to Suva and then to Nuku'alofa rather than Apia."
    assert linked(index, went, LATER, ["military"]) == [("c_port", "setback")]
    instead = "The hospital ship sailed to Suva and then to Apia instead of staying in Guam."
    assert linked(index, instead, LATER, ["military"]) != [("c_port", "setback")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The joint survey has been pushed into 2027 at the earliest.",
        "The envoy's trip to Beijing has been taken off his schedule.",
        "The visiting scholar was sent home from the airport.",
        "A third batch has gone six weeks without an export licence.",
    ],
)
def test_delays_and_refusals_are_setbacks(sentence):
    assert effect_of(sentence).effect == "setback"


def test_what_a_promise_to_prevent_something_prevents_not_happening_keeps_it():
    index = CommitmentIndex([commitment("c_bar", "China", "trade", "will bar tankers under U.S. sanctions from calling at its terminals in Dalian")])
    kept = "Port records show no tanker under U.S. sanctions has called at the Dalian terminals since March."
    assert linked(index, kept, LATER, ["trade"]) == [("c_bar", "progress")]
    index = CommitmentIndex([commitment("c_stop", "China", "counternarcotics", "agreed to stop shipments of the precursor chemicals to Mexico")])
    broken = "China has not stopped shipments of the precursor chemicals to Mexico."
    assert linked(index, broken, LATER, ["counternarcotics"]) == [("c_stop", "setback")]


@pytest.mark.parametrize(
    "sentence, strong",
    [
        ("The delegation never came, and the organisers gave its seats to others.", True),
        ("The embassy sent no one to the memorial service on Sunday.", True),
        ("The talks were left off the agenda of the consular meeting at Beijing's request.", True),
        ("The envoy's trip has been taken off his schedule.", True),
        ("The exchange of seizure data is over, officials said.", True),
        ("The two engineers' visas never came through before the meeting opened.", False),
        ("The second round of talks will not happen this year.", False),
    ],
)
def test_absences_and_cancellations_end_a_one_off_promise(sentence, strong):
    cue = effect_of(sentence)
    assert (cue.effect, cue.strong) == ("setback", strong)


def test_one_absence_does_not_end_a_recurring_promise():
    every = CommitmentIndex([commitment("c_each", "US", "diplomacy", "will send a delegation to each of the senior officials' meetings")])
    once = CommitmentIndex([commitment("c_once", "US", "diplomacy", "will send a delegation to the senior officials' meeting in Xiamen")])
    text = "The United States sent no one to the senior officials' meeting in Xiamen this week."
    assert [r["strong"] for _, r in link_evidence(every, EvidenceSentence("b", 1, text, LATER, ["diplomacy"]))] == [False]
    assert [r["strong"] for _, r in link_evidence(once, EvidenceSentence("b", 1, text, LATER, ["diplomacy"]))] == [True]


@pytest.mark.parametrize(
    "sentence, strong",
    [
        ("The two visiting scientists will not be coming after the security office declined to clear them.", True),
        ("The consulate's trade office will not be reopened, the department said.", True),
        ("The new wharf will not be finished until the middle of 2026.", False),
        ("The report will not be published before the summit, officials said.", False),
    ],
)
def test_what_will_not_be_done_at_all_ends_it(sentence, strong):
    cue = effect_of(sentence)
    assert cue is not None and cue.effect == "setback" and cue.strong is strong


@pytest.mark.parametrize(
    "sentence",
    [
        "Customs bureaus in three ports no longer run the tests on waste oil, traders say.",
        "The consulate no longer issues the permits, applicants said.",
        "The lab no longer sends its monthly figures to Washington.",
    ],
)
def test_a_practice_no_longer_kept_ends_it(sentence):
    cue = effect_of(sentence)
    assert (cue.effect, cue.strong) == ("setback", True)


@pytest.mark.parametrize(
    "sentence",
    [
        "The agency has told exporters it will not publish the list of approved buyers after all.",
        "Beijing told U.S. officials it will take no more removal flights while the dispute lasts.",
    ],
)
def test_a_decision_not_to_do_it_is_reported_news(sentence):
    cue = effect_of(sentence)
    assert (cue.effect, cue.strong) == ("setback", True)


@pytest.mark.parametrize(
    "sentence",
    [
        "U.S. exporters said the move caught them with cargoes at sea.",
        "For the two ministers, the next scheduled encounter is in New York.",
    ],
)
def test_cargoes_and_a_schedule_are_no_evidence_by_themselves(sentence):
    assert effect_of(sentence) is None


def _effects(action, text, actor="both", topic="military"):
    index = CommitmentIndex([commitment("c_w", actor, topic, action)])
    return [(r["effect"], r["strong"]) for _, r in link_evidence(index, EvidenceSentence("b", 1, text, LATER, [topic]))]


@pytest.mark.parametrize(
    "action, text, expected",
    [
        # the occasion is over and the promised thing was missing from it: the one-off promise has ended
        ("are to stage a joint mine-clearing drill during the naval exercise", "The naval exercise ended on Friday without the joint mine-clearing drill.", [("setback", True)]),
        ("will hold a hearing for the exporters before the ruling", "The ministry issued its ruling on Monday without having held the hearing for the exporters.", [("setback", True)]),
        # a month running out is a delay, not an end
        ("are to stage a joint mine-clearing drill in June", "June ended without the joint mine-clearing drill, and officials offered no new date.", [("setback", False)]),
    ],
)
def test_an_occasion_over_without_the_promised_thing(action, text, expected):
    assert _effects(action, text) == expected


def test_an_occasion_over_without_something_else_says_nothing_of_the_promise():
    text = "The naval exercise ended on Friday without the planned parade of ships through the strait."
    assert _effects("are to stage a joint mine-clearing drill during the naval exercise", text) == []


def test_a_recurring_promise_is_not_ended_by_one_occasion_without_it():
    text = "The naval exercise ended on Friday without a joint mine-clearing drill."
    assert _effects("will stage a joint mine-clearing drill at every naval exercise", text) == [("setback", False)]


def test_a_name_on_the_published_list_adds_it():
    action = "will add four drone makers to the Entity List"
    text = "The four drone makers appear in the Federal Register notice published on Tuesday."
    assert _effects(action, text, actor="US", topic="technology") == [("fulfilled", False)]


@pytest.mark.parametrize(
    "text, effect",
    [
        ("The envoy ended 2025 having visited three of the five consulates.", "setback"),
        ("By the March 1 deadline, three of the five consulates had been visited.", "setback"),
        ("Three of the five consulates have been visited, and the other two still have no date.", "setback"),
        # a tally along the way is a step
        ("The envoy has now visited three of the five consulates.", "progress"),
    ],
)
def test_a_tally_short_of_the_promise_when_time_is_up_is_a_setback(text, effect):
    got = _effects("will visit each of the five consulates before the end of 2025", text, actor="US", topic="diplomacy")
    assert got == [(effect, False)]


@pytest.mark.parametrize(
    "action, text",
    [
        ("will let two consular officers attend the trial of the businessman", "The two consular officers sat in the public gallery throughout the trial of the businessman on Monday."),
        ("will let the envoy's staff watch the election count in Dili", "The envoy's staff spent the night at the election count in Dili."),
        ("will meet the Chinese trade negotiators in Geneva next month", "The U.S. team spent three hours with the Chinese trade negotiators in Geneva on Tuesday."),
    ],
)
def test_being_there_is_the_promised_attendance_or_meeting(action, text):
    assert _effects(action, text, actor="China" if "let" in action else "US", topic="diplomacy") == [("fulfilled", False)]


@pytest.mark.parametrize(
    "action, text, expected",
    [
        # a promise to change a state: the state still there is a setback
        ("will shut down the two data relay stations in Nevada", "The relay station outside Reno was still relaying signals this week, according to flight-tracking hobbyists.", [("setback", False)]),
        ("will return the seized research buoy to the navy", "The seized research buoy is still in a hangar at the port, according to two officials.", [("setback", False)]),
        # a promise to keep it: a step
        ("will keep the two data relay stations in Nevada open to inspectors", "The relay station outside Reno is still open to inspectors, according to flight-tracking hobbyists.", [("progress", False)]),
        # a promise about something else says nothing; nor does a state set against another
        ("will inspect the two data relay stations in Nevada", "The relay station outside Reno was still relaying signals this week, according to flight-tracking hobbyists.", []),
        ("will shut down the two data relay stations in Nevada", "The station in Utah, by contrast, is still relaying signals, according to flight-tracking hobbyists in Nevada.", []),
    ],
)
def test_a_state_still_there_is_news_of_a_promise_to_change_or_keep_it(action, text, expected):
    assert _effects(action, text, actor="US", topic="technology") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "never arrived" is the promised arrival not happening, not the act done (for "the other
        # three", only the rest of it: a setback that leaves what was done)
        ("The other three Chinese rangers never arrived at the park.", [("setback", False)]),
        ("The Chinese rangers never arrived at the park.", [("setback", True)]),
        # the promised act itself denied, for good
    ],
)
def test_the_promised_act_denied_is_no_fulfilment(text, expected):
    assert _effects("will send eight Chinese rangers to the park for the survey", text, actor="China", topic="climate") == expected


def test_the_promised_act_itself_denied_is_a_setback_whatever_else_the_sentence_reports():
    text = "The first rangers arrived in June, but the service said it would not post their names."
    assert _effects("will post the names of the rangers on its website", text, actor="US", topic="climate") == [("setback", False)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a visit told as time spent with the person
        ("Consular officers have sat with Mr. Okafor twice in the visiting room of the detention centre.", [("fulfilled", False)]),
        # things that sat with an office are idle
        ("The visa applications have sat with the exit-entry bureau for more than 40 working days.", [("setback", False)]),
    ],
)
def test_sitting_with_a_person_is_a_visit_and_with_an_office_is_a_delay(text, expected):
    got = _effects("will let U.S. consular officers visit Mr. Okafor at the detention centre and decide the visa applications", text, actor="China", topic="human_rights")
    assert got == expected


@pytest.mark.parametrize(
    "text",
    [
        "The remaining launchers are now not expected before April, after a fault was found at the plant.",
        "Two months on, the families have heard nothing from the ministry about the launchers.",
    ],
)
def test_delays_and_silence_told_in_other_words(text):
    cue = effect_of(text)
    assert cue is not None and (cue.effect, cue.strong) == ("setback", False)


def test_nothing_of_what_was_forsworn_keeps_the_promise():
    text = "The Eastern Theater Command announced no live-fire drills near the islands this week."
    assert _effects("would hold no live-fire drills near the islands during the talks", text, actor="China", topic="military") == [("progress", False)]


def test_no_one_from_the_side_there_is_an_absence():
    text = "The first session was held in Geneva on Monday, but no one from China's space agency was on the call."
    assert _effects("will send a space agency official to the first session in Geneva", text, actor="China", topic="technology") == [("setback", True)]
    assert _effects("will send a space agency official to every session in Geneva", text, actor="China", topic="technology") == [("setback", False)]


def test_ending_what_was_to_be_kept_ends_the_promise():
    text = "Letters sent to the engineers on Monday said the bureau would end its sponsorship of their work permits in June."
    assert _effects("will keep sponsoring the work permits of the Chinese engineers", text, actor="US", topic="diplomacy") == [("setback", True)]


def test_a_deal_finalised_is_done_when_its_papers_are_signed():
    text = "The grant papers for the Ohio plant were signed on Friday, the department said."
    assert _effects("will finalise the $2 billion grant for the Ohio plant before the end of the year", text, actor="US", topic="technology") == [("fulfilled", False)]


@pytest.mark.parametrize(
    "sentence, strong",
    [
        # a decision not to do it at all ends it ...
        ("The port-security visit to Tianjin will not happen, officials told the Coast Guard in July.", True),
        ("The ministry said it would not send a replacement for the liaison officer.", True),
        ("Beijing said the next day that it would not take part in the second meeting.", True),
        # ... a date put off only delays it
        ("The port-security visit to Tianjin will not happen until the autumn, officials said.", False),
        # "after April" dates the report; it is no background clause
        ("The service sent no list after April and has told Chinese officials that the exchange is over.", True),
    ],
)
def test_called_off_or_put_off(sentence, strong):
    cue = effect_of(sentence)
    assert cue is not None and (cue.effect, cue.strong) == ("setback", strong)


def test_a_call_missed_under_a_monthly_promise_does_not_end_it():
    text = "The prisoner's August call to his family never came, his sister said."
    assert _effects("will let the prisoner telephone his family once a month", text, actor="China", topic="human_rights") == [("setback", False)]


@pytest.mark.parametrize(
    "sentence, strong",
    [
        ("The inspectors have not been posted, the department citing a hiring freeze.", False),
        ("Beijing announced a freeze on the talks.", True),
    ],
)
def test_a_freeze_that_causes_a_delay_is_no_freeze_of_the_promise(sentence, strong):
    cue = effect_of(sentence)
    assert (cue.effect, cue.strong) == ("setback", strong)


@pytest.mark.parametrize(
    "action, text",
    [
        ("will let American passport holders enter without a visa for up to 30 days", "The first Americans to travel under the new visa-free rules cleared passport control in Beijing on Monday."),
        ("will require couriers to check the identity of every sender of precursor chemicals", "Couriers in Guangzhou began asking senders of precursor chemicals for identity cards this week."),
    ],
)
def test_a_rule_promised_is_kept_once_applied(action, text):
    assert _effects(action, text, actor="China", topic="diplomacy")[0][0] == "fulfilled"


def test_the_entire_class_placed_under_control_is_the_whole_promise():
    text = "The ministry placed the entire nitazene class under control from July 1."
    assert _effects("pledged to bring the whole family of nitazene opioids under control", text, actor="China", topic="counternarcotics") == [("fulfilled", False)]


def test_the_other_side_hearing_nothing_is_the_promisers_setback():
    text = "Two months on, U.S. officials say they have heard nothing from the ministry on the five flagged cases."
    assert _effects("will review the five fentanyl cases flagged by U.S. investigators", text, actor="China", topic="counternarcotics") == [("setback", False)]


def test_a_cue_holding_its_own_passive_is_done_to_its_subject_not_by_it():
    from detente.evidence import _doers
    text = "Sixty of the 110 Chinese applicants had been interviewed at U.S. consulates by the end of October."
    assert _doers(text, "had been interviewed") == set()
    assert _doers("The Chinese customs officers interviewed sixty applicants.", "interviewed") == {"China"}


def test_a_promise_to_do_it_every_month_is_not_done_by_once():
    from detente.commitments import Commitment as C
    pledge = C(
        id="c_brief", article_id="a", sentence_index=0, actor="US", topic="diplomacy", topics=["diplomacy"], date=COMMITTED,
        text="The U.S. mission will brief Chinese diplomats on the board's work every month, officials said.",
        action="will brief Chinese diplomats",
    )
    got = link_evidence(CommitmentIndex([pledge]), EvidenceSentence("b", 1, "A third briefing for Chinese diplomats on the board's work was held at the U.S. mission on Tuesday.", LATER, ["diplomacy"]))
    assert [r["effect"] for _, r in got] == ["progress"]


def test_a_year_in_a_relative_clause_does_not_date_the_news():
    text = "The office has not handed back the passports it took from the family in 2019, their lawyer said."
    assert _effects("will return the passports of the family", text, actor="China", topic="human_rights") == [("setback", False)]
    # a year dating the act itself still makes it background
    assert _effects("will return the passports of the family", "The office handed back the family's passports in 2019.", actor="China", topic="human_rights") == []


@pytest.mark.parametrize(
    "text, effect",
    [
        ("Commerce investigators visited the television maker's data centre in Virginia last week.", "progress"),
        ("The department ruled on Tuesday that data flows from the televisions pose an undue risk.", "fulfilled"),
        ("The order finding that data flows from the televisions pose an undue risk was signed on Tuesday.", "fulfilled"),
    ],
)
def test_a_promise_to_decide_is_kept_by_the_decision_only(text, effect):
    got = _effects("will decide by next July whether data flows from Chinese-made televisions pose an undue risk", text, actor="US", topic="technology")
    assert got and got[0][0] == effect


def test_a_part_counted_by_what_it_counts_is_a_step():
    text = "Customs agents handed over 40 of the fossils to Chinese diplomats on Friday."
    assert _effects("will hand 73 fossils smuggled out of China to Chinese diplomats", text, actor="US", topic="diplomacy") == [("progress", False)]


def test_a_flow_still_going_is_a_step_on_a_promise_of_that_flow():
    text = "The agency's aerosol output is still going to Beijing every day, a scientist said."
    assert _effects("will in turn share the output of its aerosol model with Beijing", text, actor="US", topic="climate") == [("progress", False)]
    from detente.evidence import promised_verb
    assert promised_verb("will in turn share the output") == "share"


def test_with_no_one_having_done_it_is_a_setback():
    cue = effect_of("The delegation left Fresno on Friday, with no Chinese inspector having set foot in a packing house.")
    assert cue is not None and cue.effect == "setback"


def test_an_act_dated_last_month_before_the_promise_is_no_evidence_of_it():
    pledge = commitment("c", "US", "military", "will give the theater command the cockpit video of the 15 intercepts", when=date(2024, 1, 10))
    index = CommitmentIndex([pledge])
    earlier = "The Pentagon released cockpit video of the 15 intercepts to reporters last October."
    later = "The Pentagon released cockpit video of the 15 intercepts to the theater command last February."
    assert linked(index, earlier, date(2024, 3, 1), ["military"]) == []
    assert linked(index, later, date(2024, 3, 1), ["military"]) != []


@pytest.mark.parametrize(
    "action, text",
    [
        ("would publish a white paper on arms control", "The information office released the white paper on Thursday, its first on arms control since 2005."),
        ("will appoint an independent monitor at the company", "A former FBI official began work as the independent monitor at the company on Dec. 1."),
    ],
)
def test_a_first_in_years_and_a_start_at_work_are_the_act_done(action, text):
    assert _effects(action, text, actor="US" if "FBI" in text else "China", topic="diplomacy")[0][0] == "fulfilled"


@pytest.mark.parametrize(
    "action, text, effect",
    [
        ("will add the two freight forwarders to the Entity List", "The rule published on Tuesday named 25 companies, but neither of the two freight forwarders was among them.", "setback"),
        ("will check the certificates of origin on crude cargoes declared as Malaysian", "Refiners say no crude cargo declared as Malaysian has been held for a check of its certificates of origin.", "setback"),
        ("will brief the crews of all 54 ships before the end of the year", "The briefings reached the crews of 44 of the 54 ships by Dec. 31.", "setback"),
    ],
)
def test_left_out_not_enforced_and_short_at_year_end(action, text, effect):
    got = _effects(action, text, actor="US" if "ships" in text or "forwarders" in text else "China", topic="trade")
    assert got and got[0][0] == effect


@pytest.mark.parametrize(
    "action, text, effect",
    [
        ("will answer Coast Guard boarding requests within four hours", "When the cutter asked about the bulk carrier on Oct. 9, the reply came from Beijing in two hours.", "progress"),
        ("will answer the Coast Guard's request about the bulk carrier", "The reply came from Beijing the same evening, the Coast Guard said of the bulk carrier.", "fulfilled"),
        ("will answer Coast Guard boarding requests within four hours", "A second boarding request went unanswered for 13 hours, the Coast Guard said.", "setback"),
        ("would give the company its conclusions within a month", "Seven weeks on, the regulator has told the company nothing about its conclusions.", "setback"),
    ],
)
def test_answers_given_and_withheld(action, text, effect):
    got = _effects(action, text, actor="China", topic="military")
    assert got and got[0][0] == effect








def test_a_list_of_peoples_is_one_subject():
    from detente.evidence import _doers
    sentence = "Diplomats from the American, British, Australian and Canadian missions sat in the public gallery on Tuesday."
    assert _doers(sentence, "sat in") == {"US"}
    assert _doers("Diplomats from the British, Australian and Canadian missions sat in the public gallery.", "sat in") == {"third party"}


def test_a_promise_to_decide_whether_to_act_is_kept_by_the_act():
    from detente.evidence import _did_promised_act
    pledge = Commitment(
        id="c_debar", article_id="a", sentence_index=0, actor="US", topic="diplomacy", topics=["diplomacy"], date=COMMITTED,
        text="The department said it would decide within a year whether to debar the charity.",
        action="would decide within a year whether to debar the charity",
    )
    assert _did_promised_act(pledge, "The department formally debarred the charity for five years on Friday.")
    assert _did_promised_act(pledge, "The department decided not to debar the charity.")
    assert not _did_promised_act(pledge, "The department opened a review of the charity's grants.")


@pytest.mark.parametrize(
    "actor, topic, text, action, sentence, effect",
    [
        # the receiving side's report ("has yet to receive") is the other side's act
        pytest.param(
            "China", "diplomacy", "China's health commission will share its weekly counts of dengue admissions at 30 hospitals with the CDC.",
            "will share its weekly counts of dengue admissions at 30 hospitals with the CDC",
            "Three months on, American health officials have yet to receive a single week's count of dengue admissions.", "setback", id="yet-to-receive",
        ),
        # an earlier year's event is background, this year's is news
        pytest.param(
            "US", "diplomacy", "A U.S. delegation will attend the Pacific Islands Forum leaders' meeting in Honiara.",
            "will attend the Pacific Islands Forum leaders' meeting in Honiara",
            "Last year's forum in Tonga was attended by an American delegation of twelve.", None, id="last-years-event",
        ),
        pytest.param(
            "US", "diplomacy", "A U.S. delegation will attend the Pacific Islands Forum leaders' meeting in Honiara.",
            "will attend the Pacific Islands Forum leaders' meeting in Honiara",
            "This year's forum in Honiara was attended by an American delegation of twelve.", "fulfilled", id="this-years-event",
        ),
        # a decision still awaited sets back a promise to decide
        pytest.param(
            "China", "technology", "China's internet regulator will decide within 45 working days whether to register the phone maker's AI model.",
            "will decide within 45 working days whether to register the phone maker's AI model",
            "The Mate 70 went on sale in September without the maker's AI model, whose registration still awaits the internet regulator's approval.",
            "setback", id="decision-still-awaited",
        ),
        # goods still being shipped set back a promise to stop them
        pytest.param(
            "China", "counternarcotics", "China's customs agreed to stop the export to the United States of large flavoured nitrous oxide canisters.",
            "agreed to stop the export to the United States of large flavoured nitrous oxide canisters",
            "Large flavoured nitrous oxide canisters are still being cleared by Chinese customs for export to the United States.", "setback", id="still-being-shipped",
        ),
        # what was to end came back, named just after where the action was cut ("will terminate its antitrust, ... investigations")
        pytest.param(
            "China", "trade", "China will terminate its antitrust, anti-dumping and anti-discrimination investigations targeting U.S. chip firms.",
            "will terminate its antitrust",
            "China's commerce ministry reopened its anti-dumping investigation into U.S. analog chips on Wednesday.", "setback", id="came-back-after-the-cut",
        ),
        # a name both share ties an act without a cue to the promise; without the name, too little is shared
        pytest.param(
            "China", "human_rights",
            "Chinese officials assured the State Department that the jailed economist Nurmemet Tohti would be allowed to telephone his family in Indiana once a month.",
            "would be allowed to telephone his family in Indiana once a month",
            "The jailed economist Nurmemet Tohti chatted with his wife for nine minutes on March 3.", "progress", id="shared-name",
        ),
        pytest.param(
            "China", "human_rights",
            "Chinese officials assured the State Department that the jailed economist Nurmemet Tohti would be allowed to telephone his family in Indiana once a month.",
            "would be allowed to telephone his family in Indiana once a month",
            "A jailed economist chatted with his wife for nine minutes on March 3.", None, id="no-shared-name",
        ),
    ],
)
def test_evidence_told_in_other_forms(actor, topic, text, action, sentence, effect):
    pledge = Commitment(id="c", article_id="a", sentence_index=0, actor=actor, topic=topic, topics=[topic], date=COMMITTED, text=text, action=action)
    found = [(c.id, record["effect"]) for c, record in link_evidence(CommitmentIndex([pledge]), EvidenceSentence("b", 2, sentence, LATER, [topic]))]
    assert found == ([("c", effect)] if effect else [])


def test_a_decision_awaited_is_no_decision_made():
    from detente.evidence import _decision_pending
    pledge = Commitment(
        id="c", article_id="a", sentence_index=0, actor="China", topic="technology", topics=["technology"], date=COMMITTED,
        text="The regulator will decide within 45 working days whether to register the model.", action="will decide within 45 working days whether to register the model",
    )
    assert _decision_pending(pledge, "The model still awaits the regulator's approval.")
    assert not _decision_pending(pledge, "The regulator approved the model's registration on Monday.")


@pytest.mark.parametrize(
    "sentence, strong",
    [
        # an authorisation taken back, a service with no plans to restart it, a purpose given up
        ("The ministry has revoked the licence that let the shipper carry the reagents, citing a paperwork lapse.", True),
        ("The laboratory stopped sending the readings in March and says it has no plans to resume them.", True),
        ("The port authority said there were no plans to restart the joint inspections.", True),
        ("Officials said Beijing no longer saw any purpose in holding the dialogue.", True),
        # a one-off visit that did not come is over; a subject that did not come up is only missing
        ("The promised trade delegation did not come, the chamber said.", True),
        ("The observers did not arrive before the vote was counted.", True),
        ("Export controls did not come up at the meeting, officials conceded.", False),
    ],
)
def test_reversals_and_absences_that_end_a_promise(sentence, strong):
    cue = effect_of(sentence)
    assert (cue.effect, cue.strong) == ("setback", strong)


@pytest.mark.parametrize(
    "text, strong",
    [
        # the setback falls on what was left of the promise: the part done before it stands
        ("The other four inspectors never arrived, and the two who came left in May.", False),
        ("The remaining 12 inspectors never arrived, the agency said.", False),
        ("The rest of the inspectors never arrived, the agency said.", False),
        # the whole promise, or another group named only after the cue
        ("The inspectors never arrived, the agency said.", True),
        ("The inspectors never arrived, unlike the other four teams.", True),
    ],
)
def test_a_setback_to_the_remainder_leaves_what_was_done(text, strong):
    assert _effects("will send six customs inspectors to the port of Long Beach", text.replace("inspectors", "customs inspectors"), actor="China", topic="trade") == [("setback", strong)]


def test_a_setback_to_the_remainder_after_progress_is_partial():
    from detente.status import infer_status
    index = CommitmentIndex([commitment("c_six", "China", "trade", "will send six customs inspectors to the port of Long Beach")])
    first = EvidenceSentence("b", 1, "Two Chinese customs inspectors arrived at the port of Long Beach on Monday.", LATER, ["trade"])
    rest = EvidenceSentence("c", 1, "The other four customs inspectors never arrived at Long Beach, the port said.", LATER + timedelta(days=30), ["trade"])
    records = [r for s in (first, rest) for _, r in link_evidence(index, s)]
    assert [(r["effect"], r["strong"]) for r in records] == [("progress", False), ("setback", False)]
    assert infer_status(records).status == "partial"


@pytest.mark.parametrize(
    "action, text",
    [
        # goods paying only the ordinary duty show the promised tariff relief applied
        ("will exempt U.S. almonds from the retaliatory tariffs", "The first container of California almonds cleared customs in Tianjin on Monday at the ordinary 10 percent duty and nothing more, the importer said."),
        ("will stop charging its extra duty on U.S. pecans", "A truckload of Georgia pecans cleared customs in Qingdao last week with only the ordinary duty to pay, a broker said."),
    ],
)
def test_goods_paying_only_the_ordinary_duty_fulfil_tariff_relief(action, text):
    assert _effects(action, text, actor="China", topic="trade") == [("fulfilled", False)]


def test_the_ordinary_duty_says_nothing_of_a_promise_that_is_no_tariff_relief():
    text = "The first container of California almonds cleared customs in Tianjin on Monday at the ordinary 10 percent duty and nothing more, the importer said."
    assert _effects("will inspect U.S. almonds at the border", text, actor="China", topic="trade") != [("fulfilled", False)]


def test_a_year_is_no_count_and_a_weekday_no_verb():
    from detente.evidence import _counts_of, _verb_of
    assert _counts_of("will publish its final 2025 critical minerals list") == ()
    assert _counts_of("will add 14 companies to the list")[0][0] == 14
    assert _verb_of("will on Monday unseal an indictment charging seven men") == "unseal"
    assert _verb_of("will this Friday publish the list") == "publish"


def test_a_word_the_promise_uses_is_no_sign_of_a_start():
    from detente.evidence import _under_way
    text = "The ministry made public its first methane inventory on Dec. 29."
    assert not _under_way("pledged to publish its first national methane inventory", text)
    assert _under_way("pledged to publish a national methane inventory", text)


@pytest.mark.parametrize(
    "action, single",
    [
        # one thing named with its, the or their, its noun singular, is one act
        ("will issue its preliminary finding in the circumvention inquiry", True),
        ("will open the W121 connecting route, which links M503 to Xiamen", True),
        ("will file its formal request for the extradition of the engineer", True),
        # plural objects, however introduced, are many
        ("will issue the visas within a week", False),
        ("will issue visas to journalists", False),
        ("will open their markets to U.S. beef", False),
    ],
)
def test_one_object_named_by_a_determiner_is_one_act(action, single):
    from detente.evidence import _single_act
    assert _single_act(action) is single


@pytest.mark.parametrize(
    "text, effect",
    [
        # the rest still to come: a step, however done the first part sounds
        ("The first $2 million of the restored grant reached the university last week, with the rest to follow in quarterly payments.", "progress"),
        ("The restored grant money reached the university last week, with the second half due later.", "progress"),
        ("The restored grant money reached the university last week in full.", "fulfilled"),
    ],
)
def test_the_rest_still_to_come_is_a_step(text, effect):
    assert [e for e, _ in _effects("will restore the university's language grant", text, actor="US", topic="education")] == [effect]


def test_things_still_where_they_were_are_not_sent():
    # a promise to send or deliver, and what was to go still where it was: a setback; still flowing: a step
    assert _effects("will send 12 alligators bred at American zoos to the reserve in Anhui", "The four alligators from a Florida zoo are still in their pens there.", actor="US", topic="climate") == [("setback", False)]
    assert _effects("will send its daily forecasts to the weather service", "The daily forecasts are still arriving at the weather service every morning.", actor="China", topic="climate") == [("progress", False)]


def test_the_side_told_is_not_the_doer_of_what_the_teller_will_do():
    # "Beijing has refused ... and told U.S. officials it will take no more": Beijing's act, not Washington's
    from detente.evidence import _doers
    text = "Beijing has refused landing permission for the two charters and told U.S. officials it will take no more flights this year."
    assert _doers(text, "take no more") == {"China"}
    assert _doers("Chinese officials have told the Pentagon they will no longer send observers.", "no longer send") == {"China"}


def test_a_passive_agent_ends_where_the_destination_begins():
    from detente.evidence import _doers
    text = "The sailor was taken by the destroyer's small boat to the Chinese frigate Hengshui on Saturday."
    assert "China" not in _doers(text, "was taken")
    assert _doers("The ban was lifted by China's customs administration on Monday.", "was lifted") == {"China"}


def test_the_doer_counts_among_the_sentences_sides():
    from detente.evidence import _doers, _parties
    text = "The Seventh Fleet told the PLA Navy's Southern Theater Command on Nov. 21 that the Salvor would begin work on Nov. 24."
    doers = _doers(text, "told")
    assert doers and doers <= _parties(text, "told", text).actors


@pytest.mark.parametrize(
    "text, cue",
    [
        # who saw or said it is no doer of what the cue reports
        ("U.S. officials said they had seen no sign of Chinese uniformed personnel at the sites.", "no sign of"),
        ("Two months on, U.S. officials say they have found no trace of the missiles leaving port.", "found no"),
        ("The trial ended, and the State Department said no date had been fixed for the visit.", "no date"),
    ],
)
def test_observers_and_speakers_are_no_doers(text, cue):
    from detente.evidence import _doers
    assert _doers(text, cue) == set()


def test_in_a_vote_other_countries_are_fellow_voters():
    # "with China and Russia abstaining": Russia votes beside China, it is no third party acting instead
    text = "The Security Council endorsed the monitoring mission on Monday by 13 votes to none, with China and Russia abstaining."
    assert _effects("will not veto the U.S. draft resolution endorsing the monitoring mission", text, actor="China", topic="diplomacy") == [("fulfilled", False)]


def test_what_was_to_end_no_longer_in_force_is_ended():
    text = "The inquiry is no longer on the list of open investigations on the regulator's website."
    assert _effects("will close the antitrust inquiry into the chipmaker", text, actor="China", topic="trade") == [("fulfilled", False)]


@pytest.mark.parametrize(
    "sentence, effect",
    [
        # seated at an occasion is attendance; sitting idle is a setback; dropping anchor is arriving
        ("Two consular officers sat in the public gallery on Tuesday as the verdict was read.", "progress"),
        ("The applications have sat in a queue at the ministry for 40 days.", "setback"),
        ("The frigate dropped anchor in the Djibouti roads on Wednesday evening.", "progress"),
    ],
)
def test_sitting_and_dropping_anchor(sentence, effect):
    from detente.evidence import _reading
    assert _reading(sentence).cue.effect == effect


def test_none_done_is_a_setback():
    cue = effect_of("Of the 37 exclusion requests hospitals filed in December, none has received a decision.")
    assert cue is not None and (cue.effect, cue.strong) == ("setback", False)
