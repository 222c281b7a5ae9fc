"""Commitments: detection with actors, what is not a commitment, dates, deadlines, attribution, ids."""

from datetime import date
from pathlib import Path

import pytest

from detente.commitments import (
    dateline_side,
    referent_in,
    ACTORS,
    attribution,
    commitment_id,
    deadline,
    detect,
    event_date,
    find_actors,
    is_hostile,
    resolve_actor,
    split_by_topic,
)
from detente.sentences import article_sentences
from detente.topics import match_topics

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_8d3f540e1d07ad72.txt"


@pytest.fixture(scope="module")
def seed_sentences():
    return [s.text for s in article_sentences(SEED.read_text(encoding="utf-8")) if not s.boilerplate]


@pytest.mark.parametrize(
    "index, actor, words",
    [
        (0, "both", ["fentanyl", "restore military communication"]),
        (4, "China", ["go after companies", "chemical precursors"]),
        (6, "China", ["mechanisms", "military miscalculations"]),
    ],
)
def test_seed_commitments_detected_with_actors(seed_sentences, index, actor, words):
    found = detect(seed_sentences[index])
    assert found is not None
    assert found.actor == actor
    for word in words:
        assert word in found.action


def test_seed_has_no_other_commitments(seed_sentences):
    found = [i for i, text in enumerate(seed_sentences) if detect(text)]
    assert found == [0, 4, 6]


def test_seed_leaders_commitment_splits_into_fentanyl_and_military(seed_sentences):
    text = seed_sentences[0]
    found = detect(text)
    pairs = split_by_topic(found.action, found.verb, match_topics(text))
    assert [topic for topic, _ in pairs] == ["counternarcotics", "military"]
    assert "fentanyl" in pairs[0][1] and "military communication" in pairs[1][1]


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("Washington urged China to curb exports of fentanyl precursors.", id="demand"),
        pytest.param("Washington called on Beijing to curb fentanyl exports.", id="demand-called-on"),
        pytest.param("Washington will watch closely whether Beijing curbs fentanyl precursors.", id="monitoring"),
        pytest.param("For its part, the US will watch closely to see whether China will fulfill the commitments made during the meeting.", id="monitoring-seed"),
        pytest.param("China wanted to restore military talks.", id="desire"),
        pytest.param("China hopes to buy more American soybeans.", id="desire-hopes"),
        pytest.param("China did not agree to resume military talks.", id="negation"),
        pytest.param("China never agreed to curb fentanyl exports.", id="negation-never"),
        pytest.param("China refused to restore military communication.", id="negation-refused"),
        pytest.param("China could agree to resume military talks.", id="hypothetical"),
        pytest.param("China might agree to curb fentanyl exports.", id="hypothetical-might"),
        pytest.param(
            "If Washington lifts tariffs, Beijing will buy soybeans.",
            id="hypothetical-if"
        ),
        pytest.param("Will China agree to resume talks?", id="question"),
        pytest.param("Mr. Hegseth said he and Adm. Dong agreed that peace and stability are the best path.", id="shared-view"),
        pytest.param("Under the 2020 trade deal, China agreed to buy more American goods.", id="earlier-under-the-deal"),
        pytest.param("China vowed to retaliate against the new tariffs.", id="threat"),
        pytest.param("China vowed to take resolute countermeasures.", id="threat-countermeasures"),
        pytest.param("The United States said it would impose new tariffs on Chinese steel.", id="threat-hostile-measure"),
        pytest.param("Beijing fulfilled a pledge made last month to curb fentanyl exports.", id="earlier-pledge"),
        pytest.param("China had pledged to curb fentanyl exports.", id="earlier-had"),
        pytest.param("As agreed at the summit, China curbed fentanyl exports.", id="earlier-as-agreed"),
        pytest.param("The weather in Beijing was mild.", id="plain"),
        pytest.param("A Chinese veto would have sent the mission back to the drafting table.", id="counterfactual"),
    ],
)
def test_not_a_commitment(sentence):
    assert detect(sentence) is None


@pytest.mark.parametrize(
    "sentence, actor",
    [
        ("Xi pledged to curb fentanyl precursors.", "China"),
        ("Beijing agreed to buy American soybeans.", "China"),
        ("Washington agreed to remove the institute from its blacklist.", "US"),
        ("Biden promised to lift sanctions on the institute.", "US"),
        ("The two leaders agreed to resume military talks.", "both"),
        ("Xi and Biden agreed to resume military talks.", "both"),
        ("Beijing and Washington agreed to hold talks.", "both"),
        ("The two sides agreed to a 90-day tariff truce.", "both"),
        ("Trump will visit Beijing in April, and Xi agreed to buy American soybeans.", "both"),
    ],
)
def test_actor(sentence, actor):
    found = detect(sentence)
    assert found is not None and found.actor == actor


def test_pronoun_subject_takes_previous_actor():
    assert detect("It agreed to buy American soybeans.", previous_actor="China").actor == "China"


@pytest.mark.parametrize(
    "mentions, actor",
    [(["US", "China"], "both"), (["both", "US"], "both"), (["China", "China"], "China"), (["US"], "US"), ([], None)],
)
def test_resolve_actor(mentions, actor):
    assert resolve_actor(mentions) == actor


def test_find_actors_in_order():
    found = find_actors("Xi met Biden while Beijing and Washington watched; the two leaders spoke.")
    assert [actor for _, actor in found] == ["China", "US", "China", "US", "both"]
    assert {actor for _, actor in found} <= set(ACTORS)


THURSDAY = date(2023, 11, 16)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("They met on Wednesday.", date(2023, 11, 15)),
        ("during Wednesday’s summit", date(2023, 11, 15)),
        ("They met on Thursday.", THURSDAY),
        ("They met on Friday.", date(2023, 11, 10)),
        ("No weekday here.", THURSDAY),
    ],
)
def test_event_date(text, expected):
    assert event_date(text, THURSDAY) == expected


def test_event_date_undated_article():
    assert event_date("They met on Wednesday.", None) is None


PUBLISHED = date(2025, 5, 12)


@pytest.mark.parametrize(
    "text, due, words",
    [
        ("The two countries agreed to cut emissions by 2030.", date(2030, 12, 31), "by 2030"),
        ("China agreed to pause export controls for one year.", date(2026, 5, 12), "for one year"),
        ("The two sides agreed to a 90-day tariff truce.", date(2025, 8, 10), "90-day"),
        ("Officials will report by March 2026.", date(2026, 3, 31), "by March 2026"),
        ("Officials will report by March.", date(2026, 3, 31), "by March"),
        ("Beijing will buy soybeans by the end of the year.", date(2025, 12, 31), "by the end of the year"),
        ("Teams will meet within two weeks.", date(2025, 5, 26), "within two weeks"),
        ("China agreed to buy soybeans.", None, ""),
    ],
)
def test_deadline(text, due, words):
    assert deadline(text, PUBLISHED) == (due, words)


def test_relative_deadline_needs_a_date():
    assert deadline("a 90-day truce", None) == (None, "90-day")


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("President Joe Biden and Chinese President Xi Jinping agreed to take steps, a senior US official told CNN.", "a senior US official told CNN"),
        ("China agreed to buy soybeans, according to the Commerce Ministry.", "according to the Commerce Ministry"),
        ("The White House said China agreed to buy soybeans.", "The White House said"),
        ("China agreed to buy soybeans.", ""),
    ],
)
def test_attribution(sentence, expected):
    found = attribution(sentence)
    assert expected in found if expected else found == ""


def test_commitment_id_stable():
    first = commitment_id("China", "counternarcotics", "agreed to curb fentanyl precursors")
    assert first == commitment_id("China", "counternarcotics", "agreed to curb fentanyl precursors")
    assert first.startswith("c_") and len(first) == 14


def test_commitment_id_ignores_word_order_and_endings():
    first = commitment_id("China", "counternarcotics", "agreed to curb fentanyl precursors")
    assert first == commitment_id("China", "counternarcotics", "pledged to curb precursor fentanyl")


@pytest.mark.parametrize(
    "actor, topic, action",
    [
        ("US", "counternarcotics", "agreed to curb fentanyl precursors"),
        ("China", "trade", "agreed to curb fentanyl precursors"),
        ("China", "counternarcotics", "agreed to buy soybeans"),
    ],
)
def test_commitment_id_differs(actor, topic, action):
    assert commitment_id(actor, topic, action) != commitment_id("China", "counternarcotics", "agreed to curb fentanyl precursors")


def test_agreed_that_with_a_future_action_is_a_commitment():
    found = detect("The leaders agreed that both sides would resume military talks.")
    assert found is not None and found.actor == "both"


def test_framework_named_after_the_verb_is_not_an_earlier_pledge():
    found = detect("The two sides agreed to hold talks under the Military Maritime Consultative Agreement.")
    assert found is not None and found.actor == "both" and "Military Maritime" in found.action


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("China agreed to act, a senior U.S. official told CNN.", "a senior U.S. official told CNN"),
        ("The dialogue has been delayed, two U.S. officials said.", "two U.S. officials said"),
        ("China agreed to curb exports, according to U.S. officials.", "according to U.S. officials"),
    ],
)
def test_attribution_spans_abbreviations_and_drops_the_full_stop(sentence, expected):
    assert attribution(sentence) == expected


def test_last_months_summit_is_an_earlier_pledge():
    sentence = ("The call puts into practice an outcome of last month's meeting in California, "
                "where the two leaders agreed to restore military-to-military communication.")
    assert detect(sentence) is None


def test_a_segment_on_two_topics_takes_the_one_with_more_terms():
    action = "pledged that their next emissions targets will cover all greenhouse gases in every trade-exposed industry"
    terms = match_topics(action)
    assert {"trade", "climate"} <= set(terms)
    assert split_by_topic(action, "pledged", terms) == [("climate", action)]


@pytest.mark.parametrize("sentence", ["The delegation will arrive in Washington on Monday.", "Xi will fly to Lima on Tuesday."])
def test_a_schedule_is_not_a_commitment(sentence):
    assert detect(sentence) is None


def test_sending_someone_to_attend_is_an_undertaking():
    # Every labelled set that has one files "will attend the forum" as a commitment (a side sends
    # its people); an arrival time is still logistics.
    found = detect("A Pentagon delegation will attend the Xiangshan Forum in Beijing from Sept. 12.")
    assert found is not None and found.actor == "US"


@pytest.mark.parametrize(
    "text, actor",
    [
        ("Beijing, for its part, agreed to let its airlines resume taking delivery of Boeing jets.", "China"),
        ("The Treasury, in turn, agreed to share shipping and payment records with Chinese regulators.", "US"),
    ],
)
def test_a_discourse_aside_keeps_the_subject(text, actor):
    found = detect(text)
    assert found is not None and found.actor == actor


def test_attribution_names_a_speaker_closing_the_sentence():
    from detente.commitments import attribution

    text = "Chinese purchases are running behind the pace, U.S. Trade Representative Jamieson Greer told senators on Thursday."
    assert attribution(text) == "U.S. Trade Representative Jamieson Greer told senators"
    assert attribution("The data arrived late, two U.S. experts involved in the exchange said.") == "two U.S. experts involved in the exchange said"
    assert attribution("Prices rose, and China said it would act.") == ""


@pytest.mark.parametrize(
    "text, actor",
    [
        ("Liu Zhenmin, China's climate envoy, promised to send a delegation to a methane meeting.", "China"),
        ("Xi accepted Mr. Trump's invitation and promised to make a state visit to Washington.", "China"),
        ("Mr. Trump's envoy and Xi agreed to resume talks.", "both"),
        ("China's commerce ministry agreed to suspend the controls.", "China"),
    ],
)
def test_appositives_and_owners(text, actor):
    """An appositive names the subject's side; a side named as an owner in the object is no subject."""
    found = detect(text)
    assert found is not None and found.actor == actor


def test_tracking_whether_is_monitoring():
    assert detect("The Commerce Department will track whether rare-earth licences are issued faster.") is None


def test_would_no_longer_is_no_undertaking():
    assert detect("Beijing said it would no longer answer what it called a tariff numbers game.") is None


@pytest.mark.parametrize(
    "sentence, actor",
    [
        ("Mr. Biden accepted an invitation from Mr. Xi to visit Beijing next spring.", "US"),
        ("Beijing, for the first time, committed to publishing its methane data.", "China"),
        ("Beijing, in a joint statement, agreed to expand student exchanges.", "China"),
    ],
)
def test_more_undertakings(sentence, actor):
    found = detect(sentence)
    assert found is not None and found.actor == actor


def test_accepting_an_invitation_needs_a_promised_act():
    assert detect("Mr. Biden accepted the invitation.") is None


def test_a_directive_is_not_an_attribution():
    assert attribution("China's internet regulator told the country's largest firms to stop buying the chip.") == ""
    assert attribution("A senior official told reporters the talks would resume.") != ""


def test_withdrawing_a_measure_is_an_undertaking_withdrawing_forces_is_not():
    assert detect("Beijing will withdraw the travel alert it issued for students in April.").actor == "China"
    assert detect("Beijing said it would withdraw from the agreement.") is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Beijing warned that it would take \"necessary measures\" if the sale went ahead.",
        "The two navies signed a memorandum on encounters at sea back in 2014.",
        "Soybean prices will drop sharply if the truce fails.",
    ],
)
def test_warnings_old_signings_and_market_moves_are_not_undertakings(sentence):
    assert detect(sentence) is None


def test_dropping_a_measure_is_an_undertaking():
    assert detect("Washington will drop its investigation into the chipmaker, officials said.").actor == "US"


@pytest.mark.parametrize(
    "sentence, actor",
    [
        ("It was agreed that the working group would meet every quarter, an official said.", "both"),
        ("Beijing gave an undertaking that its warships would keep a safe distance.", "China"),
        ("Beijing did not agree to cut its tariffs on American pork, but it pledged to clear a backlog of plant registrations.", "China"),
    ],
)
def test_readout_undertakings(sentence, actor):
    assert detect(sentence).actor == actor


@pytest.mark.parametrize(
    "sentence",
    [
        "Beijing gave no assurance that it would keep buying soybeans.",
        "Mr. Trump said Beijing would pay a very big price if it moved against Taiwan.",
        "Traders are pricing in a Chinese promise to buy more sorghum.",
    ],
)
def test_no_assurance_threats_and_promises_as_nouns(sentence):
    assert detect(sentence) is None


@pytest.mark.parametrize(
    "sentence, actor",
    [
        # a second verb of the first clause's subject, after a that-clause
        ("The two defence chiefs noted that accidents at sea can spiral, and promised to share ship-tracking data monthly.", "both"),
        # an owner's name with a full stop before "invitation"
        ("Premier Li Qiang accepted Mr. Lutnick's invitation to tour a chip plant in Ohio, his office said.", "China"),
        # talks in a place are where the pledge was made, not an earlier pledge
        ("Chinese and American port officials agreed at talks in Shanghai to inspect container scanners jointly before June.", "both"),
    ],
)
def test_commitment_subjects_across_clauses_and_places(sentence, actor):
    found = detect(sentence)
    assert found is not None and found.actor == actor


@pytest.mark.parametrize(
    "sentence",
    [
        "Beijing would resume the dialogue only if Washington first dropped the new chip rules, an official said.",
        "The embassy will follow the appeal of the jailed pastor closely, a spokesman said.",
        "Aides said it was likely that the Treasury would extend the waiver again.",
        'The Commerce Ministry vowed "firm countermeasures" if new listings followed.',
    ],
)
def test_conditions_monitoring_hedges_and_quoted_threats_are_not_commitments(sentence):
    assert detect(sentence) is None


def test_a_hostile_undertaking_is_a_commitment_a_threat_is_not():
    from detente.commitments import is_hostile

    found = detect("The Treasury will impose sanctions on the three Hong Kong prosecutors named in the report, officials said.")
    assert found is not None and found.actor == "US" and is_hostile(found.action)
    assert detect("Beijing said it would sanction any American firm that arms Taiwan.") is None
    assert detect("The ministry announced it would leave the fisheries pact.") is None


def test_people_of_unnamed_sides_take_the_sides_the_sentence_names():
    found = detect("Negotiators agreed in Geneva to cut the U.S. and Chinese tariffs by 115 percentage points for 90 days.")
    assert found is not None and found.actor == "both"


def test_written_assurances_co_subjects_and_hostile_listings():
    from detente.commitments import is_hostile

    assert detect("China's veterans ministry gave a written assurance that a U.S. team may dig at the crash site from April.").actor == "China"
    assert detect("The Treasury and China's finance ministry will jointly chair a working group on debt relief.").actor == "both"
    found = detect("China's commerce ministry will put six American drone makers on its export-control list from Monday.")
    assert found is not None and is_hostile(found.action)
    assert not is_hostile(detect("China will put the United States back on its list of group-tour destinations.").action)


def test_a_pledge_named_by_where_it_was_made_is_no_commitment():
    assert detect("China has still not released the figures it promised in Baku; the ministry says the work continues.") is None


def test_a_passive_undertaking_takes_its_agent_as_actor():
    found = detect("Residence permits for the American correspondents will be renewed by the Beijing Exit-Entry Administration before Nov. 30.")
    assert found is not None and found.actor == "China"
    assert detect("The extra costs will be paid by American importers.") is None


@pytest.mark.parametrize(
    "sentence, actor",
    [
        ("Beijing's pledge to buy 100 Boeing jets over three years was the centrepiece of the package unveiled on Thursday.", "China"),
        ("Under the sister-state agreement, Washington state and Sichuan province will each send a trade mission to the other.", "both"),
        ("The Port of Los Angeles promised to have shore-power berths ready for Chinese container ships by 2027.", "US"),
    ],
)
def test_nominal_pledges_provinces_and_ports(sentence, actor):
    found = detect(sentence)
    assert found is not None and found.actor == actor


@pytest.mark.parametrize(
    "sentence",
    [
        "Beijing's pledge to buy more soybeans has gone unfulfilled.",
        "Space Command said it would keep following the core stage's decay every six hours.",
        "Were the Navy to publish its schedules, Chinese warships would have less reason to shadow them.",
    ],
)
def test_a_pledge_referred_to_monitoring_and_an_inverted_condition_are_not_commitments(sentence):
    assert detect(sentence) is None


def test_a_standing_vow_to_protect_interests_is_not_an_undertaking():
    assert detect("Hegseth told Dong that the United States has vital interests in the region and will resolutely protect them.") is None


@pytest.mark.parametrize(
    "sentence",
    [
        "In 2023 Beijing promised to curb exports of fentanyl precursors, a pledge officials say it kept only in part.",
        "At Woodside in 2023, China agreed to go after pill-press sellers.",
        "In the January 2020 trade deal China agreed to buy $200 billion more in U.S. goods.",
        "Chinese customs will keep testing every cargo of U.S. logs for beetles at the port of arrival.",
        "The DEA's laboratory will go on testing seized pills for xylazine.",
        "Beijing's pledge to buy soybeans has gone unfulfilled.",
    ],
)
def test_earlier_dated_pledges_and_continued_checks_are_not_commitments(sentence):
    assert detect(sentence) is None


@pytest.mark.parametrize(
    "sentence, actor",
    [
        ("Under the deal, the Pentagon and the PLA will each name a two-star officer to answer the hotline.", "both"),
        ("Under the agreement, Chinese customs will test every outbound parcel of precursors that U.S. agents flag.", "China"),
        ("Beijing's pledge to buy 2 million tonnes of U.S. wheat before the end of May was welcomed by growers in Kansas.", "China"),
        ("Beijing's pledge to buy $5 billion of U.S. cotton over two years drew cautious praise from farm groups.", "China"),
        ("Commerce Secretary Howard Lutnick said the department would clear the backlog of licence applications by May.", "US"),
    ],
)
def test_terms_of_a_new_deal_pledges_greeted_as_news_and_an_office_named_by_its_speaker(sentence, actor):
    found = detect(sentence)
    assert found is not None and found.actor == actor


def test_an_act_under_an_earlier_pledge_is_still_not_a_new_commitment():
    assert detect("Under the pledge, China has added 13 chemicals to its control list.") is None
    assert detect("In a call on Tuesday, Xi agreed to resume military talks.").actor == "China"


def test_what_something_will_be_is_no_undertaking():
    assert detect("Washington said the group will serve as a platform for regular coordination on drug enforcement.") is None


def test_a_nominal_pledge_keeps_a_figure_with_a_thousands_comma():
    found = detect("Beijing's pledge to buy 500,000 tonnes of U.S. cotton by next July was confirmed on Thursday by the Agriculture Department.")
    assert found is not None and "500,000 tonnes" in found.action


@pytest.mark.parametrize(
    "sentence",
    [
        "Should the truce collapse, the higher tariffs on Chinese goods would snap back automatically.",
        "When it scheduled all fentanyl-related substances as a class in 2019, China undertook to treat new analogues as controlled drugs.",
    ],
)
def test_a_long_condition_and_a_pledge_dated_by_a_when_clause_are_not_commitments(sentence):
    assert detect(sentence) is None


def test_hong_kong_customs_acts_for_china():
    found = detect("Hong Kong customs will share the shipping records for 40 seized drums of precursor chemicals with U.S. investigators.")
    assert found is not None and found.actor == "China"


@pytest.mark.parametrize(
    "sentence, actor",
    [
        ("The National Science Foundation committed to reopening observing time at its Green Bank Observatory to Chinese astronomers.", "US"),
        ("The Fish and Wildlife Service agreed to share its records of elver shipments seized at U.S. airports.", "US"),
        ("China's National Disease Control and Prevention Administration agreed to let a CDC team visit Foshan.", "China"),
    ],
)
def test_more_agencies_act_for_their_side(sentence, actor):
    found = detect(sentence)
    assert found is not None and found.actor == actor


@pytest.mark.parametrize(
    "sentence, actor",
    [
        ("The U.S. Navy will fly the 18 Chinese crew members of the seized tanker to Bahrain.", "US"),
        ("China's foreign ministry said it would add General Dynamics Land Systems to its unreliable entity list from Nov. 1.", "China"),
    ],
)
def test_flying_people_and_a_measure_announced_with_its_start_are_undertakings(sentence, actor):
    found = detect(sentence)
    assert found is not None and found.actor == actor


@pytest.mark.parametrize("sentence", ["Xi will fly to Lima on Tuesday.", "Beijing warned it would impose sanctions from Monday if the sale goes ahead."])
def test_a_trip_and_a_warning_are_not(sentence):
    assert detect(sentence) is None


@pytest.mark.parametrize(
    "previous, sentence, actor",
    [
        (["China's commerce ministry banned exports of two chemicals on Monday."], "The ministry also pledged to inspect all 31 sellers by June.", "China"),
        (["The U.S. Fish and Wildlife Service met Chinese officials.", "The service said the talks went well."], "The service also undertook to share its tag records.", "US"),
        (["Officials from the U.S. Fish and Wildlife Service met Chinese police."], "The service will hand them the seized turtles.", "US"),
        (["A Chinese engineering battalion has served in Lebanon since 2006."], "The battalion, based at Hinniyah, will clear the minefields by June.", "China"),
    ],
)
def test_a_definite_subject_takes_the_side_named_earlier_in_the_article(previous, sentence, actor):
    assert detect(sentence) is None  # alone, "the ministry" names no side
    found = detect(sentence, referent=lambda head: referent_in(previous, head))
    assert found is not None and found.actor == actor


def test_a_definite_subject_owned_by_a_third_government_is_no_side():
    previous = ["Taiwan's defense ministry said the ship was Chinese."]
    assert detect("The ministry will publish the photographs.", referent=lambda head: referent_in(previous, head)) is None
    assert referent_in(["China's trade deal with Peru took effect."], "deal") is None


@pytest.mark.parametrize(
    "lead, side",
    [
        ("HONG KONG — The Security Bureau will publish guidance.", "China"),
        ("SAN DIEGO — TuSimple will keep its software out of China.", "US"),
        ("WASHINGTON — The department said on Monday.", "US"),
        ("BEIJING, China — The ministry said.", "China"),
        ("TAIPEI — The Senate committee will vote.", None),  # a third party's place
        ("The Security Bureau will publish guidance.", None),  # no dateline
        ("HONG KONG officials said the bureau would publish guidance.", None),
    ],
)
def test_dateline_side(lead, side):
    assert dateline_side(lead) == side


def test_a_subject_named_nowhere_before_is_of_the_datelines_side():
    sentence = "HONG KONG — The Security Bureau will publish guidance within a month on what counts as a state secret."
    assert detect(sentence, referent=lambda head: referent_in([], head)) is None
    found = detect(sentence, referent=lambda head: referent_in([], head, dateline_side(sentence)))
    assert found is not None and found.actor == "China"
    # a mention earlier in the article still decides, and one that names a third side still ends the search
    assert referent_in(["The U.S. Fish and Wildlife Service said so."], "service", "China") == "US"
    assert referent_in(["Taiwan's defense ministry said the ship was Chinese."], "ministry", "China") is None
    assert referent_in([], "deal", "China") is None


def test_a_closing_speaker_who_names_no_side_is_the_one_named_before():
    assert detect("Licences for indium will again be granted to U.S. buyers, the officials added.") is None
    found = detect("Licences for indium will again be granted to U.S. buyers, the officials added.", previous_actor="China")
    assert found is not None and found.actor == "China"
    assert detect("Soybean prices will rise on Monday, analysts said.", previous_actor="China") is None


def test_a_date_set_off_by_commas_stays_inside_the_action():
    found = detect("The United States and China will both scrap, from Jan. 1, the rules that oblige diplomats to give notice.")
    assert found is not None and "the rules that oblige diplomats" in found.action


def test_a_relative_clause_with_announced_is_no_speaker():
    assert attribution("The Justice Department has issued seven licences of the kind it announced in October, covering trials.") == ""
    assert attribution("China's commerce ministry said on Monday it would act.") == "China's commerce ministry said"


def test_a_states_own_bodies_act_for_the_us():
    found = detect("The California Air Resources Board will host a delegation from China's ecology ministry next spring.")
    assert found is not None and found.actor == "US"
    assert find_actors("Iowa farmers sold soybeans.") == []


def test_raising_an_issue_with_the_other_side_is_no_rise():
    found = detect("The U.S. Trade Representative's office said it would raise China's restrictions on car data at the next round of talks.")
    assert found is not None and found.actor == "US"
    assert detect("Washington said it would raise tariffs on Chinese steel.") is None


def test_an_embassy_in_the_other_sides_capital_belongs_to_the_other_side():
    found = detect("The embassy in Beijing will again issue ten-year business visas to Chinese executives from Monday.")
    assert found is not None and found.actor == "US"
    assert [a for _, a in find_actors("The Chinese embassy in Washington said")] == ["China", "US"]


# Sentence shapes met in the fifth session's tuning sets, one table each way: the side that
# undertakes (with the side named in the sentence before, where the sentence needs it), and
# sentences that undertake nothing.
UNDERTAKINGS = [
    # a new agreement reported with "had both agreed"
    ('Indonesian planners said the U.S. and Chinese navies had both agreed to sail in one formation on the last day.', 'both', None),
    # "for as long as" is a duration, not a condition; a post's speaker is its owner
    ("China's Eastern Theater Command responded that it would organise combat readiness patrols around the island for as long as the exercise lasts.", 'China', None),
    ('The Chinese embassy in Washington said a consular officer would attend every hearing in his case.', 'China', None),
    # a place's office or agency; the speaker's own ships or staff; a closing speaker after a rate, with an
    # aside; "she said" after a side's sentence; an owner's own things moved
    ("Xinjiang's regional information office has undertaken to take six U.S. news organisations on a reporting trip.", 'China', None),
    ("Michigan's economic development agency will publish a progress report on the plant every six months.", 'US', None),
    ("China's navy said the destroyer Jiaozuo of its 46th escort task force would shepherd the tanker to Djibouti.", 'China', None),
    ('The tariff on electric vehicles made in China will rise to 100 percent on Aug. 1, the U.S. Trade Representative said, in a package covering $18 billion of imports.', 'US', None),
    ('All Huawei and ZTE equipment in the rural networks will be removed within a year, she said.', 'US', 'US'),
    ("The Marine Corps' two launchers on Batan Island will be flown out when the exercise ends on May 9.", 'US', None),
    # a post's named owner undertakes, not the city it is in; China's state grain buyer acts for China
    ('The U.S. embassy in Beijing will open extra weekend interview slots for student-visa applicants until July.', 'US', None),
    ('Under the arrangement reached in Kuala Lumpur, Sinograin is to buy 2 million tonnes of U.S. soybeans before the Lunar New Year.', 'China', None),
    # "fighters" is no "fight"; each ministry undertaking for itself is both sides; the opening names the deal
    ("According to a readout, China's defence ministry pledged that its fighters would stay a kilometre away from American aircraft.", 'China', None),
    ('Under the arrangement reached in Kuala Lumpur, each defence ministry will name a duty officer for the hotline by June.', 'both', None),
    ('Under a plan both sides signed in March, the DEA will station a second chemist at the embassy in Beijing.', 'US', None),
    ("Beijing's undertaking to control nitazene analogues as a class takes effect on the first of next month, officials confirmed.", 'China', None),
    # the subject before a relative clause set off by commas
    ('The NTSB, which joins the inquiry because the jet was built in the United States, is in turn to send two specialists to Beijing in May.', 'US', None),
    # "told X it would": the pronoun is the teller
    ("China's Ministry of Public Security told U.S. counterparts it would hand over the records seized in Fujian.", 'China', None),
    # a measure naming its target, with "any" further on; a passive told by a side; a rule by guidance;
    # a closing speaker followed by an aside on when
    ('The Pentagon will also bar engineers based in China from supporting any of its cloud contracts.', 'US', None),
    ("Importers have been told by China's customs tariff commission that U.S. crude shipped in March is to be exempted from the 10 percent duty.", 'China', None),
    ('New data-centre projects that receive state money will have to use only Chinese-made chips, according to guidance from Chinese regulators.', 'China', None),
    ('Readings from the monitors will be published again by July 1, a State Department spokesperson said on Wednesday, days after the feeds went dark.', 'US', None),
    # told that its own service would restrain itself: the teller's; posts in both sides' cities: both
    ('Beijing told American envoys that its coast guard would stop boarding Taiwanese fishing boats near Kinmen.', 'China', None),
    ('The consulates in Houston and Chengdu will reopen within a year under the joint statement.', 'both', None),
    # a pledge found in the text released now
    ("Beijing's pledge to cut HFC-23 emissions by two-thirds before 2030 appears in the joint statement released on Friday.", 'China', None),
    # a scheduled passive act: the agent's, else the announcer's, else (not done against it) its subject's side
    ('Twelve Patriot interceptors for Taiwan are to be delivered by the Army before June, the Pentagon told Congress.', 'US', None),
    ('Three Chinese shipping firms that carried Iranian crude are to be placed under U.S. sanctions on Friday, Treasury officials said.', 'US', None),
    ('Two FBI agents are to be posted to the Chinese police liaison office in Guangzhou for a year under the new arrangement.', 'US', None),
    # a rule binding a whole class, announced or issued by one side
    ('Any Chinese firm exporting nitazene precursors will have to record each buyer with customs from March, the Ministry of Commerce said.', 'China', None),
    # keeping away, assured to the other side, by the teller's own ships
    ("China's maritime agency has informed the U.S. Navy that its survey ships working near Guam and the Northern Mariana Islands this summer would keep out of American territorial waters.", 'China', None),
    # a passive undertaking reported at length after who told it
    ("China's civil aviation regulator has told the Federal Aviation Administration's accident investigators that a draft of the final report on the crash of the Boeing jet in Guangxi will be shared with Washington before March.", 'China', None),
    # an institution of a place on one side, or the place itself, names no side yet acts for one
    ("Xi'an Jiaotong University agreed to return the lab notebooks to its American partner by June.", 'China', None),
    ('Zhejiang, for its part, pledged to publish a methane target for its coal mines by the end of 2025.', 'China', None),
    ('The port of Seattle will stop using the Chinese-made cranes by the end of the year.', 'US', None),
    ("China's foreign ministry said visas for U.S. delegates would be issued within five working days.", 'China', None),
    ('Beijing also said Mr. Fang would be allowed to meet a lawyer within a month.', 'China', None),
    ('Chinese officials told the Agriculture Department that state buyers would purchase 2 million tonnes of wheat.', 'China', None),
    ('Under the same agreement, signed in Beijing, the National Science Foundation will fund two students.', 'US', None),
    ("China's Ministry of Veterans Affairs agreed last week to let a U.S. team excavate the site.", 'China', None),
    ('The State Department said the United States would add $6 million to the fund by September.', 'US', None),
    ("China's national computer emergency response team, CNCERT, agreed to take down 40 servers.", 'China', None),
    ('Beijing has undertaken to let three U.S. consular officers sit in the public gallery.', 'China', None),
    ("The last four drones on Taiwan's order will be handed over by the U.S. Air Force before the end of March.", 'US', None),
    ('Chinese officials told the embassy that a U.S. diplomat would be admitted to the prison.', 'China', None),
    ('Beijing said its warships escorting convoys in the Gulf of Aden would answer U.S. Navy calls at all hours.', 'China', None),
    ("Reporters from four U.S. outlets will be let into Shanghai without press visas, China's foreign ministry said.", 'China', None),
    ('Visas for the 40 Chinese mayors will be issued by the consulate in Shanghai before the month is out, the State Department said.', 'US', None),
    ("Hong Kong's government undertook to let an American consular officer attend the trial.", 'China', None),
    ("Exports of the sedative medetomidine will need a licence from China's commerce ministry from Feb. 1.", 'China', None),
    ('The Section 301 tariff on Chinese batteries will rise to 25 percent on Jan. 1, the Office of the U.S. Trade Representative told importers.', 'US', None),
    ("Tariffs on U.S. cotton linters will drop to zero from Monday, China's tariff commission announced.", 'China', None),
    ('The Treasury said it would see to it that every server was gone within 90 days.', 'US', None),
    ('APHIS, for its part, is to send Chinese customs a revised health certificate by Dec. 15.', 'US', None),
    ("China's foreign ministry said on Thursday that it would impose countermeasures on the Reagan Library and the Hudson Institute.", 'China', None),
    ("China, Vanuatu's largest bilateral lender, has promised to hand over the finance ministry complex before July 30.", 'China', None),
    ("Beijing's special envoy for Pacific island affairs, Qian Bo, is also to travel to the Solomon Islands.", 'China', None),
    ('The remaining 18 HIMARS launchers will be delivered by the U.S. Army during 2026.', 'US', None),
    ('The hospital ship USNS Mercy will call at Port Vila in June, the U.S. Navy said.', 'US', None),
    ('They also said Ms. Shen would be released on bail once she had signed a statement.', 'China', 'China'),
    ("China's health commission has said that Taiwanese experts will be able to take part in the WHO's technical meetings.", 'China', None),
    ("China's nuclear safety agency has in turn agreed that a U.S. Energy Department team may carry out an end-use check.", 'China', None),
    ('The Navy will send a second destroyer through the Taiwan Strait before the end of the month.', 'US', None),
    ("Once the two fishermen have been questioned, the Coast Guard will hand them to China's consulate.", 'US', None),
    ('The China Coast Guard will send four officers to sail aboard a cutter.', 'China', None),
    ("China's navy said the Peace Ark would treat patients in Tonga.", 'China', None),
    ('Officials in Washington said Beijing had agreed that he could be brought out through Chinese territory.', 'China', None),
    ("Prosecutors said Chinese police had also agreed, through the FBI's legal attaché in Beijing, to question the boyfriend.", 'China', None),
    ("China's commerce ministry, which received the same evidence in August, has promised to look into both firms' exports.", 'China', None),
    ('A Chinese researcher will be sent back to China once she is sentenced, federal prosecutors said.', 'US', None),
    ("X-ray images of the pill presses seized at Long Beach will be shared with China's anti-smuggling bureau, Customs and Border Protection said.", 'US', None),
    ('A U.S. trade official said Washington would leave the 25 percent tariff on Chinese solar wafers where it is through 2026.', 'US', None),
    ("China's embassy said Beijing would file written answers to the agency's questions before the hearing.", 'China', None),
    ('Chinese diplomats in Vienna told their American counterparts that China would not vote against the draft resolution.', 'China', None),
    ('Beijing assured Washington that its coast guard would not board the survey ship.', 'China', None),
    ('The Section 301 duty on Chinese-built harbour tugs will stay at zero for a further six months, USTR said in a notice posted on Tuesday.', 'US', None),
    ('The NTSB, which takes part in the inquiry, is in turn to send one of its specialists to Beijing in May.', 'US', None),
    ('Washington will extend for another year the tariff exclusions on Chinese gloves that were due to lapse on May 31.', 'US', None),
]
NOT_UNDERTAKINGS = [
    'The Coast Guard said its cutters would keep shadowing the Chinese research vessel for as long as it stays off the Aleutians.',
    'Beijing would lift the tariffs as long as Washington dropped its chip controls.',
    "China's commerce ministry did not say whether the gallium export licences that run out in November would be renewed.",
    'Chinese customs officials said moisture readings on U.S. soybean cargoes would stay under close watch.',
    'The administration gave no undertaking that Chinese students in engineering programmes would keep their visas.',
    'The two governments pledged in their 2023 Sunnylands statement to pursue a tripling of renewable capacity by 2030.',
    'A Chinese ban on exports of lithium-refining equipment would hit three American refineries under construction.',
    'Should Tehran close the Strait of Hormuz for a month, Chinese refiners would lose close to half of their crude supply.',
    'Customs officers at the port will go on scanning every container shipped by the three Shenzhen exporters.',
    'The Commerce Department intends to keep an eye on chip shipments routed through Singapore.',
    # an obligation on no whole class, and a passive with no side behind it
    'American soybean farmers will have to wait for the next season, the Agriculture Department said.',
    'The talks are to be held in Geneva next month.',
    'U.S. officials said the tariffs would be raised next month.',
    'Officials said it was possible that visas would be issued soon.',
    'Chinese officials said talks would not be held this year.',
    'The Commerce Department said it would add 12 Chinese firms to the Entity List.',
    'Under the agreement, China has added 12 chemicals to its list.',
    'Chinese customs officers will still test every cargo of U.S. logs for bark beetles, a spokesman said.',
    "In the event that Taiwan's president stops in Honolulu, China would answer with drills near Kinmen.",
    'Chinese airlines caught carrying drone parts would lose their U.S. landing rights, the Transportation Department warned.',
    'Back in 2019, Beijing told Washington it would treat every fentanyl-related substance as a controlled drug.',
    "Visas will be issued by Japan's consulate in Shanghai, the State Department said.",
    'China said it would impose tariffs on U.S. goods if Washington went ahead.',
    'Beijing said it would sanction any company that sells arms to Taiwan.',
    "Climate analysts anticipate that China's carbon emissions will peak well before 2030.",
    'The Pentagon estimates that China has 600 warheads and will have over 1,000 by 2030.',
    'Farm groups complain that China bought only a fraction of the goods it promised to purchase under the 2020 deal.',
    'China had agreed in 2019 to curb fentanyl.',
    'Beijing had promised to buy more soybeans.',
    'Beijing said it would leave the WHO.',
    'The Treasury secretary told reporters his hope was that Chinese orders for Boeing jets would run into the hundreds.',
    'The Pentagon stopped short of saying that U.S. warships would call at Hong Kong again this year.',
    'U.S. officials will keep a close eye on whether Chinese banks go on processing payments.',
    'The Coast Guard said its cutters would keep tabs on the Chinese squid fleet.',
    'Beijing undertook in the 2020 trade deal to open its market to U.S. credit-rating agencies.',
    "The PLA's Eastern Theater Command said it would 'resolutely counter' any foreign warship that sailed through.",
    'China said it would file a complaint with the WTO.',
    'Xi told Barack Obama in 2015 that China would not conduct cyber theft of commercial secrets.',
    'Beijing told Washington it would not tolerate any interference.',
    'China will not attend the summit.',
    'Chinese sports officials said nothing would please them more than an American team competing in Shenzhen.',
    "China's commerce ministry said it would stay attentive to the U.S. review of export exemptions.",
    "China's commerce ministry said more U.S. drone makers would find themselves on its list were Washington to press ahead with new arms sales.",
    'Traders in Chicago reckon Chinese buyers will book more U.S. wheat once prices come down.',
    'USDA economists plan to check, week by week, whether Chinese buyers take delivery.',
    'Officials in Taipei said they would log every inspection Chinese customs carries out.',
]


@pytest.mark.parametrize("sentence, actor, previous", UNDERTAKINGS)
def test_undertakings_in_many_shapes(sentence, actor, previous):
    found = detect(sentence, previous_actor=previous)
    assert found is not None and found.actor == actor


@pytest.mark.parametrize("sentence", NOT_UNDERTAKINGS)
def test_statements_that_undertake_nothing(sentence):
    assert detect(sentence) is None


@pytest.mark.parametrize(
    "action, hostile",
    [
        ("are to be placed under U.S. sanctions on Thursday", True),
        ("will ship soybeans to Chinese buyers", False),
    ],
)
def test_passive_sanctions_are_hostile(action, hostile):
    assert is_hostile(action) is hostile


@pytest.mark.parametrize(
    "previous, side",
    [
        (["China's foreign minister, Wang Yi, met Secretary of State Marco Rubio in Kuala Lumpur."], "China"),
        (["Chinese Foreign Minister Wang Yi met Antony Blinken."], "China"),
        (["Wang Yi met Antony Blinken in Beijing."], None),
        (["Secretary of State Marco Rubio met Wang Yi."], None),
    ],
)
def test_a_titled_surname_takes_the_side_named_by_the_full_mention(previous, side):
    sentence = "Mr. Wang also undertook to make time for Antony Blinken at the U.N. General Assembly, a senior U.S. official said."
    found = detect(sentence, None, lambda head: referent_in(previous, head))
    assert (found.actor if found else None) == side


@pytest.mark.parametrize(
    "sentence, actor",
    [
        ("Voice of America's Tibetan service will stay on the air until the end of June, the U.S. Agency for Global Media told a Senate panel on Monday.", "US"),
        ("China's embassy in London said the waiver of visa fees for British students will stay in place through 2026.", "China"),
        # forecasts, conditions and third countries' things are not the speaker's undertaking
        ("Chinese exports of solar panels will grow by a fifth this year, the commerce ministry said.", None),
        ("Soybean prices will fall if the talks fail, U.S. officials said.", None),
        ("Japan's navy will join the drills next month, U.S. officials said.", None),
    ],
)
def test_what_a_sides_official_says_its_own_thing_will_do(sentence, actor):
    found = detect(sentence)
    assert (found.actor if found else None) == actor


@pytest.mark.parametrize(
    "sentence, actor",
    [
        ("The Commerce Department will review, case by case, the 120 pending licence applications from Chinese buyers and decide within 60 days.", "US"),
        ("China's customs administration will check every declared shipment of the two chemicals against a list of suspect buyers.", "China"),
        # watching whether something happens is monitoring, not an undertaking
        ("The State Department will review whether Beijing honours the deal.", None),
        ("Trade officials said they would check monthly customs data to verify Chinese purchases of U.S. soybeans.", None),
        ("U.S. officials will examine closely how China applies the new rules.", None),
    ],
)
def test_reviewing_named_cases_is_an_undertaking_watching_whether_is_not(sentence, actor):
    found = detect(sentence)
    assert (found.actor if found else None) == actor


def test_a_body_named_by_its_kind_is_the_one_the_report_named_last():
    fda = "The Food and Drug Administration will not let new trials proceed if they send cells to laboratories in China."
    assert referent_in([fda], "agency") == "US"
    gacc = "China's customs administration said it would clear the cargoes held since March."
    assert referent_in([gacc], "agency") == "China"
    assert referent_in(["Several cell therapies are made abroad."], "agency") is None
    # a word that names no body keeps no side
    assert referent_in([fda], "plan") is None


def test_what_an_event_will_be_about_is_no_undertaking():
    assert detect("U.S. officials said before the meeting that the talks would focus on risk and safety.") is None


@pytest.mark.parametrize(
    "sentence, previous, actor",
    [
        # a pledge passed on or posted now is news of it
        ("Washington's promise to return the seized research drone was relayed to Chinese diplomats on Friday.", None, "US"),
        ("The State Department's commitment to renew the journalists' visas within a month was posted on its website.", None, "US"),
        # a body named as owner is resolved as a subject is; a pledge with no owner is the report's side's
        ("Fudan University's promise to host 40 American graduate students this autumn was announced at the fair.", None, "China"),
        ("The pledge to reopen the market to U.S. cherries before the harvest was confirmed in a customs notice.", "China", "China"),
    ],
)
def test_a_pledge_named_as_a_noun_and_passed_on_now(sentence, previous, actor):
    found = detect(sentence, previous)
    assert found is not None and found.actor == actor


@pytest.mark.parametrize(
    "sentence",
    [
        "China's pledge to buy more soybeans has not been met.",
        "The pledge to reopen the market to U.S. cherries has gone unfulfilled for a year.",
    ],
)
def test_a_pledge_named_but_not_news_is_no_commitment(sentence):
    assert detect(sentence, "China") is None


@pytest.mark.parametrize(
    "sentence",
    [
        "The General Services Administration is to remove the last 400 surveillance cameras by Sept. 30, the agency told Congress.",
        "The Missouri Botanical Garden will reopen its Chinese garden in time for the sister-city visit.",
    ],
)
def test_federal_agencies_and_state_institutions_act_for_the_us(sentence):
    found = detect(sentence)
    assert found is not None and found.actor == "US"


def test_a_mayor_acts_for_the_side_of_the_city():
    found = detect("Nanjing's mayor will lead a 30-member delegation to St. Louis in October, the St. Louis mayor's office said.")
    assert found is not None and found.actor == "China"


def test_an_acronym_stands_for_the_body_named_in_full_before():
    from detente.commitments import referent_in

    previous = ["The Port Authority of New York and New Jersey will buy 12 cranes from the Chinese maker by 2026, officials said."]
    assert referent_in(previous, "PANYNJ") == "US"
    previous = ["The China National Intellectual Property Administration and the U.S. office will renew their pilot."]
    found = detect("CNIPA also undertook to send the U.S. office a list of rejected applications.", "both", lambda head: referent_in(previous, head))
    assert found is not None and found.actor == "China"
    # an acronym spelled out nowhere earlier stays unresolved
    assert referent_in(["The ministry said nothing."], "XYZ") is None


def test_a_second_noun_phrase_is_no_second_action():
    from detente.commitments import split_by_topic

    terms = {"counternarcotics": ["fentanyl"], "military": ["navy"], "diplomacy": []}
    one = split_by_topic("will give the ministry the fentanyl shipment's bill of lading and the navy's laboratory results", "will", terms)
    assert len(one) == 1 and "…" not in one[0][1]
    two = split_by_topic("agreed to curb fentanyl shipments and restore navy communication", "agreed", terms)
    assert [topic for topic, _ in two] == ["counternarcotics", "military"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Beijing would not lower its tariffs on American pork, Chinese officials said.",  # a refusal, not a restraint
        "Chinese officials would not say whether the ambassador will be allowed to visit Xinjiang.",
        "China will not veto the resolution.",  # nobody reported undertaking it
        "China said it would not accept any interference in its internal affairs.",  # a stance, not a restraint
        "Mr. Xi would not meet Mr. Biden at the summit, Chinese officials said.",  # a snub, not a restraint
        "A senior Chinese general warned that the PLA would not stand idly by, state media said.",
        # a forecast or a stance told to the other side is no restraint
        "China's defense ministry said Adm. Dong told Mr. Hegseth that attempts to contain or deter China would not succeed.",
        "Adm. Dong told Mr. Austin that Beijing would not compromise on Taiwan.",
    ],
)
def test_a_refusal_or_an_unreported_restraint_is_no_undertaking(sentence):
    assert detect(sentence) is None


def test_a_passive_undertaking_reported_by_a_body_of_a_place_is_its_sides():
    sentence = (
        "Police in Xiamen have told the U.S. consulate general in Guangzhou that an American tourist detained "
        "for flying a drone over a naval pier will be released as soon as he pays a fine."
    )
    found = detect(sentence)
    assert found is not None and found.actor == "China"
    # a speaker of no side's place undertakes nothing for either side
    assert detect(sentence.replace("Police in Xiamen", "Police in Manila")) is None


def test_an_agreement_whose_owner_is_unnamed_is_no_new_undertaking():
    assert detect("The agreement to cut tariffs was confirmed on Monday.") is None


@pytest.mark.parametrize(
    "text, sides",
    [
        ("Commerce will decide on the petition within 90 days.", ["US"]),
        ("The Senate Finance Committee will mark up the bill before the August recess.", ["US"]),
        ("House leaders will host members of the National People's Congress.", ["US", "China"]),
        ("Delegates to the 20th Party Congress met on Monday.", ["China"]),  # China's congresses are not Congress
        ("The Ministry of Commerce said so.", ["China"]),
        ("The Philippine Senate voted on Monday.", []),
        ("The Opera House in Sydney reopened.", []),
        ("Shoppers moved to e-Commerce sites.", []),
    ],
)
def test_commerce_the_senate_and_the_house_named_bare_are_american(text, sides):
    assert [actor for _, actor in find_actors(text)] == sides


@pytest.mark.parametrize(
    "sentence, actor",
    [
        # an act against others forsworn and reported; a pledge or a side's agreement named as a noun
        # and handed over now; an agreement reported in the past perfect, which is news
        pytest.param("China will not veto the U.S. draft resolution on Gaza, China's ambassador told U.S. counterparts on Friday.", "China", id="forsworn-and-reported-1"),
        pytest.param("The Department of Homeland Security will not deport any of the Chinese journalists while their claims are pending, a DHS lawyer told the court.", "US", id="forsworn-and-reported-2"),
        pytest.param("Chinese prosecutors will not seek a prison term for the American teacher, his lawyer said on Monday.", "China", id="forsworn-and-reported-3"),
        pytest.param("Treasury officials said the administration would not put secondary tariffs on Chinese goods while the talks continue.", "US", id="forsworn-and-reported-4"),
        pytest.param("NIH will not fund new subawards to foreign institutions from June 1, according to a notice the agency sent to grantees.", "US", id="forsworn-and-reported-5"),
        pytest.param("China's pledge to pay its regular-budget assessment in full by the end of March was delivered to the Fifth Committee on Tuesday.", "China", id="pledge-named-as-a-noun-1"),
        pytest.param("The PLA's agreement to host a dozen West Point cadets at its Army Command College in May was confirmed by Pentagon officials on Tuesday.", "China", id="pledge-named-as-a-noun-2"),
        pytest.param("Mr. Trump wrote afterwards that Mr. Xi had agreed to set up a strategic communication channel.", "China", id="past-perfect-news-1"),
        pytest.param("The embassy added that the Chinese foreign ministry and the State Department had agreed to hold a joint symposium in Beijing next spring.", "both", id="past-perfect-news-2"),
        # bodies of a place, state firms, a closing participle after the announcer, a day between "said" and the pronoun
        pytest.param("Hong Kong prosecutors will not seek a prison term for the American teacher, the Justice Department said on Monday.", "China", id="place-prosecutors"),
        pytest.param("Shanghai regulators will approve the two licences within a month, the company said.", "China", id="place-regulators"),
        pytest.param("Texas lawmakers will vote on the land-purchase bill in March, the governor's office said.", "US", id="place-lawmakers"),
        pytest.param("COSCO also agreed to let officers from the U.S. embassy tour the terminal, the official added.", "China", id="state-firm-cosco"),
        pytest.param("Sinopec will buy 20 more cargoes of American ethane this year.", "China", id="state-firm-sinopec"),
        pytest.param("Guangdong's provincial disease-control centre will share its daily counts of heat-illness admissions.", "China", id="place-centre"),
        pytest.param(
            "The tariff on Chinese rubber gloves will rise from 50 percent to 100 percent on Jan. 1, the U.S. trade representative's office "
            "confirmed on Wednesday, completing the increases announced after the review.", "US", id="closing-participle",
        ),
        pytest.param("China's commerce ministry said on Thursday it would take PVH off its unreliable entity list within 30 days.", "China", id="said-on-a-day-1"),
        pytest.param("China's commerce ministry said Thursday it would take PVH off its list within 30 days.", "China", id="said-on-a-day-2"),
        pytest.param("The Chinese embassy said in a statement it would issue visas to the 80 students within a month.", "China", id="said-in-a-statement"),
        pytest.param("China said it would have the ban lifted by June.", "China", id="causative-have"),
        pytest.param("OFAC is to add a Dalian ship manager to the sanctions list this week, a Treasury official said.", "US", id="scheduled-measure"),
        pytest.param("Guangdong's Correctional Services Department told the consulate it would let the man's mother visit him within a month.", "China", id="place-body-told-it-would"),
        # a measure named by the goods it falls on is the other side's
        pytest.param("The duty on Chinese steel wheels will double to 50 percent by 2026.", "US", id="measure-on-goods-1"),
        pytest.param("Sanctions on American drone makers will be lifted within 30 days, the commerce ministry said.", "China", id="measure-on-goods-2"),
    ],
)
def test_undertakings_told_in_other_forms(sentence, actor):
    found = detect(sentence)
    assert found is not None and found.actor == actor


def test_a_definite_owner_gives_its_side_to_what_it_owns():
    previous = ["WASHINGTON — The State Department said on Tuesday that the secretary would meet Wang Yi."]
    sentence = "The department's senior official for East Asian affairs will travel to Beijing within two months."
    found = detect(sentence, referent=lambda head: referent_in(previous, head))
    assert found is not None and found.actor == "US"
    assert detect(sentence, referent=lambda head: referent_in([], head)) is None  # an owner named nowhere: no side


def test_a_services_people_named_bare_are_american():
    assert [a for _, a in find_actors("Navy officials added that the visit would go ahead.")] == ["US"]
    assert [a for _, a in find_actors("Royal Navy officers said so.")] == []
    found = detect("Navy officials added that the ship's cadets would be given two days of shore leave in Manhattan.")
    assert found is not None and found.actor == "US"


def test_a_plural_noun_after_and_is_no_second_action():
    action = "will require an export licence for tablet punches and dies engraved with the markings of prescription opioids"
    terms = {"trade": ["export licence"], "counternarcotics": ["opioids"]}
    assert len(split_by_topic(action, "will", terms)) == 1
    two = "agreed to curb exports of opioids and restore the export licence"
    assert [topic for topic, _ in split_by_topic(two, "agreed", terms)] == ["counternarcotics", "trade"]


@pytest.mark.parametrize(
    "sentence, actor",
    [
        # what others will get, keep or may do, announced by a side, is the announcer's undertaking
        ("Visa applicants sent for extra screening will get an answer within 45 days, the State Department said.", "US"),
        ("Exporters on the current register will not have to register again, China's customs administration said.", "China"),
        ("Fishing crews detained at the port will be able to call their families, the Chinese embassy said.", "China"),
        # a trailing speaker who told someone over a call, with a closing "according to"
        ("The 12 citrus packers will be restored to the approved list by the end of May, Chinese customs officials told state officials on a video call on Monday, according to the state.", "China"),
    ],
)
def test_entitlements_and_late_speakers_give_the_announcers_side(sentence, actor):
    found = detect(sentence)
    assert found is not None and found.actor == actor


@pytest.mark.parametrize(
    "sentence",
    [
        # a trend or a forecaster's view is no undertaking
        "Farmers will get lower prices this year, USDA economists said.",
        "Imports will get cheaper, the U.S. Commerce Department said.",
        # with no side to announce it, nothing is undertaken
        "Visa applicants will get an answer within 45 days, the lawyers said.",
    ],
)
def test_entitlements_without_a_side_or_as_a_forecast_are_no_undertaking(sentence):
    assert detect(sentence) is None


def test_a_pledge_named_by_whom_it_was_made_to_is_no_new_undertaking():
    assert detect("Diplomats say the weekly logs promised to them in January have not reached their mission.") is None
    found = detect("The State Department promised to them that it would share the logs every week.")
    assert found is not None and found.actor == "US"
