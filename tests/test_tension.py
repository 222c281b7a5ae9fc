"""Tension: labels from the domain lexicon, negation, hedging, TextBlob polarity, the period index."""

from datetime import date

import pandas as pd
import pytest
from textblob import TextBlob

from detente.tension import LABELS, joint_contact, label_for, period_index, polarity, score_sentence

ESCALATION = [
    "China imposed retaliatory tariffs on American farm goods.",
    "Beijing suspended talks with Washington on arms control.",
    "The United States slapped sanctions on Chinese firms.",
    "The ministry announced countermeasures against the new rules.",
    "The Pentagon said China cut off military communication.",
    "China firmly opposes the new tariffs.",
    "A court in Guangzhou sentenced the journalist to five years in prison for inciting subversion.",
]
EASING = [
    "Both countries agreed to lower tariffs under a 90-day truce.",
    "The two militaries resumed talks after a year-long pause.",
    "Washington and Beijing restored military communication channels.",
    "The sides reached a consensus on a joint statement.",
    "Officials lifted sanctions on the chemical institute.",
]
NEUTRAL = [
    "The ministry published its annual report on Tuesday.",
    "The delegation arrived in Beijing on Monday.",
    "Trade between the two countries was worth $600 billion last year.",
    "The minister spoke at a press conference in Geneva.",
    "This is a wonderful, excellent day.",
]
ALL = ESCALATION + EASING + NEUTRAL


@pytest.mark.parametrize(
    "sentence, label",
    [(s, "escalation") for s in ESCALATION] + [(s, "easing") for s in EASING] + [(s, "neutral") for s in NEUTRAL],
)
def test_label(sentence, label):
    assert score_sentence(sentence).label == label


@pytest.mark.parametrize(
    "sentence",
    ["China did not agree to resume talks.", "Beijing refused to restore military communication.", "China never lifted the sanctions."],
)
def test_negated_easing_is_not_easing(sentence):
    result = score_sentence(sentence)
    assert result.label != "easing"
    assert any(c.modifier.startswith("negated") for c in result.cues)


@pytest.mark.parametrize(
    "plain, hedged",
    [
        ("The sides lowered tariffs.", "The sides might lower tariffs."),
        ("China agreed to resume talks.", "China could agree to resume talks."),
        ("Beijing imposed tariffs on soybeans.", "Beijing may impose tariffs on soybeans."),
        ("Talks collapsed.", "If talks collapse, officials will meet again."),
    ],
)
def test_hedging_weakens(plain, hedged):
    strong, weak = score_sentence(plain), score_sentence(hedged)
    assert abs(weak.score) < abs(strong.score)
    assert any("hedged" in c.modifier for c in weak.cues)


def test_the_month_may_is_no_hedge():
    # "May" as a month or a name is not the modal: the cue keeps its weight
    for sentence in ("In May Beijing imposed tariffs on soybeans.", "Beijing in May imposed tariffs on soybeans."):
        assert not any("hedged" in c.modifier for c in score_sentence(sentence).cues)
    assert any("hedged" in c.modifier for c in score_sentence("Beijing may impose tariffs on soybeans.").cues)


def test_hedged_single_cue_is_neutral():
    assert score_sentence("The sides might lower tariffs.").label == "neutral"


def test_commitment_eases():
    sentence = "The ministry published its annual report."
    assert score_sentence(sentence, commitment=True).score < score_sentence(sentence).score


@pytest.mark.parametrize("sentence", ALL)
def test_score_in_range_with_label_and_cues(sentence):
    result = score_sentence(sentence)
    assert -1.0 <= result.score <= 1.0
    assert result.label in LABELS
    assert result.label == label_for(result.score)
    if result.label != "neutral":
        assert result.cues
        assert all(c.text and c.term for c in result.cues)


def test_cue_names_the_lexicon_term():
    (cue,) = score_sentence("Officials lifted sanctions on the chemical institute.").cues
    assert cue.term == "lift* ~ sanctions" and cue.weight < 0


@pytest.mark.parametrize(
    "sentence",
    ALL + ["The talks were a terrible failure.", "Officials were cautiously optimistic about the very productive meeting.", "Not a good sign."],
)
def test_polarity_is_textblob_sentiment(sentence):
    blob = TextBlob(sentence).sentiment
    assert polarity(sentence) == (blob.polarity, blob.subjectivity)


@pytest.mark.parametrize("score, label", [(0.9, "escalation"), (0.31, "escalation"), (0.3, "neutral"), (0.0, "neutral"), (-0.3, "neutral"), (-0.5, "easing")])
def test_label_for(score, label):
    assert label_for(score) == label


def articles_frame():
    return pd.DataFrame(
        [
            {"date": date(2024, 1, 5), "tension": 0.5, "escalation_sentences": 3, "easing_sentences": 1},
            {"date": date(2024, 1, 20), "tension": -0.5, "escalation_sentences": 0, "easing_sentences": 2},
            {"date": date(2024, 3, 2), "tension": 0.2, "escalation_sentences": 2, "easing_sentences": 0},
            {"date": None, "tension": 0.9, "escalation_sentences": 5, "easing_sentences": 0},
        ]
    )


def test_period_index_months_without_articles_present():
    index = period_index(articles_frame())
    assert list(index["period"].dt.strftime("%Y-%m")) == ["2024-01", "2024-02", "2024-03"]
    assert list(index["articles"]) == [2, 0, 1]


def test_period_index_undated_excluded():
    assert period_index(articles_frame())["articles"].sum() == 3


def test_period_index_share_index_averages_100():
    index = period_index(articles_frame())
    assert index["share_index"].mean() == pytest.approx(100)
    assert index["share_index"].iloc[2] > 100 > index["share_index"].iloc[0]


def test_period_index_base_period():
    index = period_index(articles_frame(), base=("2024-01-01", "2024-01-31"))
    assert index["share_index"].iloc[0] == pytest.approx(100)


def test_period_index_weekly():
    index = period_index(articles_frame(), freq="week")
    assert index["articles"].sum() == 3
    assert (index["period"].dt.day_of_week == 0).all()


def test_period_index_without_dates_is_empty():
    index = period_index(articles_frame().iloc[3:])
    assert index.empty and "share_index" in index.columns


def _run_fresh(code: str) -> None:
    """Run ``code`` in a fresh interpreter (nothing imported yet); it must print "ok"."""
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert out.returncode == 0 and out.stdout.strip() == "ok", out.stderr


def test_pattern_sentiment_loads_without_nltk_and_textblob_still_imports():
    """The cold start skips NLTK (and SciPy); a later ``import textblob`` is the real package."""
    _run_fresh(
        "import sys\n"
        "import detente.pipeline\n"
        "from detente.tension import polarity\n"
        "assert 'nltk' not in sys.modules, 'nltk imported'\n"
        "assert 'textblob' not in sys.modules\n"
        "p = polarity('The talks were a terrible failure.')\n"
        "from textblob import TextBlob\n"
        "b = TextBlob('The talks were a terrible failure.').sentiment\n"
        "assert p == (b.polarity, b.subjectivity), (p, b)\n"
        "print('ok')\n"
    )


@pytest.mark.parametrize(
    "sentence, label",
    [
        ("China recalled its ambassador for consultations.", "escalation"),
        ("The talks put the relationship on a steadier footing.", "easing"),
        ("The climate envoys announced a joint working group on methane.", "easing"),
    ],
)
def test_diplomatic_signals_outside_the_development_set(sentence, label):
    assert score_sentence(sentence, polarity(sentence)[0]).label == label


def test_pattern_sentiment_when_textblob_is_already_imported():
    """Imported after TextBlob, the analyser is TextBlob's own and the package stays intact."""
    _run_fresh(
        "import sys\n"
        "import textblob\n"
        "from detente.tension import polarity\n"
        "assert sys.modules['textblob'] is textblob and hasattr(textblob, 'TextBlob')\n"
        "b = textblob.TextBlob('A terrible failure.').sentiment\n"
        "assert polarity('A terrible failure.') == (b.polarity, b.subjectivity)\n"
        "print('ok')\n"
    )


def test_a_verb_that_ends_a_hostile_measure_eases():
    """"suspend its port fees", "terminate its antitrust, anti-dumping ... investigations": the pair eases."""
    from detente.tension import find_cues, score_sentence

    assert score_sentence("The United States will suspend its port fees on Chinese-built ships for one year.").label == "easing"
    listed = score_sentence("China will terminate its antitrust, anti-dumping and anti-discrimination investigations of U.S. chipmakers.")
    assert listed.label == "easing"
    assert any(c.modifier == "spent" for c in listed.cues)
    # ... but "suspend talks" escalates, and a negated or demanded reversal is no easing
    assert score_sentence("Beijing suspended talks on climate change.").label == "escalation"
    assert score_sentence("The White House has not agreed to lift any of the chip export controls.").label != "easing"
    protest = find_cues("The Pentagon called on China to halt dangerous intercepts of American aircraft.")
    assert not any(c.modifier.startswith("reversed") for c in protest)
    # a word of a longer cue is no reversing verb: "fight to the end"
    assert not any(c.modifier.startswith("reversed") for c in find_cues("China would fight to the end if Washington keeps raising tariffs."))


def test_a_threat_is_not_hedged_by_its_condition():
    from detente.tension import score_sentence

    assert score_sentence("The ministry said China would fight to the end if the United States insists on raising tariffs.").label == "escalation"
    assert score_sentence("Analysts said China could buy more soybeans if tariffs fall.").label == "neutral"


def test_escalation_words_inside_a_promised_action_count_for_less():
    from detente.commitments import detect
    from detente.tension import score_sentence

    text = "China promised to tighten export checks on drone engines, according to two officials."
    found = detect(text)
    assert found is not None
    plain, committed = score_sentence(text, commitment=True), score_sentence(text, commitment=found)
    assert committed.score < plain.score
    assert committed.label == "easing"
    assert any("committed" in c.modifier for c in committed.cues)


def test_past_tense_tracking_is_a_report_not_monitoring():
    from detente.tension import score_sentence

    assert score_sentence("Taiwan tracked 45 Chinese military aircraft that crossed the median line on Wednesday.").label == "escalation"
    assert score_sentence("Officials will track whether the aircraft cross the median line.").label == "neutral"


def test_insisting_or_pressing_the_other_side_is_pressure():
    from detente.tension import score_sentence

    assert score_sentence("Beijing insisted that Washington scrap its port fees before any further talks.").label == "escalation"
    assert score_sentence("The Treasury secretary pressed Chinese officials to rein in industrial overcapacity.").label == "escalation"


@pytest.mark.parametrize(
    "sentence",
    [
        "U.S. and Chinese climate officials met in Bonn to compare methane data.",
        "The two presidents spoke by phone for 90 minutes on Friday.",
        "Blinken and Wang Yi held talks in Beijing on Tuesday.",
    ],
)
def test_the_two_sides_meeting_eases(sentence):
    result = score_sentence(sentence, 0.0)
    assert result.label == "easing"
    assert any(c.term == "joint contact" for c in result.cues)


@pytest.mark.parametrize(
    "sentence",
    [
        "The two presidents did not speak by phone.",
        "The two sides could meet in Geneva next month.",
        "U.S. officials met Taiwanese lawmakers in Taipei.",
    ],
)
def test_no_joint_contact(sentence):
    assert joint_contact(sentence) == ""


def test_briefing_the_other_side_is_contact_but_briefed_on_is_attribution():
    assert joint_contact("China's Middle East envoy briefed U.S. diplomats in Doha on Tuesday.") == "briefed"
    assert joint_contact("Beijing may lift the bans, a person briefed on the talks with Washington said.") == ""


@pytest.mark.parametrize(
    "sentence, label",
    [
        ("China turned down a meeting between the two defense chiefs.", "escalation"),
        ("A Chinese destroyer cut across the bow of a U.S. warship.", "escalation"),
        ("The State Department lowered its travel advisory for China.", "easing"),
    ],
)
def test_more_tension_cues(sentence, label):
    assert score_sentence(sentence, 0.0).label == label


@pytest.mark.parametrize(
    "sentence, label",
    [
        ("Restrictions on poultry from Kentucky, Georgia and Arkansas were lifted by China's customs.", "easing"),
        ("The tariffs have since been suspended for 90 days.", "easing"),
        ("The sanctions were not lifted.", "escalation"),
        ("The Pentagon refused to give any guarantee that the launcher would be withdrawn.", "escalation"),
    ],
)
def test_a_passive_that_ends_a_measure_reverses_it(sentence, label):
    assert score_sentence(sentence, 0.0).label == label


@pytest.mark.parametrize(
    "sentence, label",
    [
        ("Chinese consulates stopped issuing visas to staff of two American charities.", "escalation"),
        ("Beijing pulled its delegation out of the workshop a day before it began.", "escalation"),
        ("Chinese and American investigators traded case files on a money broker.", "easing"),
        ("The two coast guards worked side by side to board a stateless vessel.", "easing"),
    ],
)
def test_concrete_acts(sentence, label):
    assert score_sentence(sentence, 0.0).label == label


@pytest.mark.parametrize(
    "sentence, label",
    [
        ("U.S. tariffs on most Chinese goods dropped to about 30% when the deal took effect.", "easing"),
        ("Chinese military flights around Taiwan fell sharply after the summit.", "easing"),
        ("Chinese exports of drones fell short of the new sanctions threshold.", "escalation"),
    ],
)
def test_a_hostile_measure_that_falls_eases(sentence, label):
    assert score_sentence(sentence, 0.0).label == label


@pytest.mark.parametrize(
    "sentence, label",
    [
        # a pledge reported as made before is background
        ("Beijing had promised last spring to halt its probes of American chip firms, officials recalled.", "neutral"),
        # a condition over the whole sentence
        ("Were Washington to lift the chip curbs, Beijing might resume soybean purchases, traders said.", "neutral"),
        # a stated intention is not hedged by its "would"
        ("Washington said it would blacklist any Chinese bank that clears payments for the Russian military.", "escalation"),
        # China enforcing drug laws eases; the US enforcing its laws against Chinese targets escalates
        ("Chinese police arrested six men in Guangdong who ran a fentanyl precursor website.", "easing"),
        ("U.S. agents seized Chinese-made rifle scopes bound for Russia at the port of Baltimore.", "escalation"),
        # ... and China's courts sentencing Americans, or a federal judge ordering a Chinese firm to forfeit, escalate
        ("A court in Zhejiang sentenced an American pastor to seven years in prison for illegal business operations.", "escalation"),
        ("A federal judge ordered a Chinese chemical company to forfeit $6 million earned from selling pill presses.", "escalation"),
        # a US undertaking to arm Taiwan is not an undertaking between the two sides
        ("The Pentagon pledged to speed shipments of anti-ship missiles for Taiwan this year.", "escalation"),
        # ... nor is a passive one, which names Taiwan before its verb, or a passive sanction
        ("A batch of 18 launchers for Taiwan is to be shipped by the Army before June, the Pentagon said.", "neutral"),
        ("Two Chinese refiners that took Iranian crude are to be placed under U.S. sanctions on Friday, Treasury officials said.", "escalation"),
        # a call taken between the two militaries is contact
        ("China's Eastern Theater commander took a call from the head of Indo-Pacific Command on Monday.", "easing"),
    ],
)
def test_domain_readings_of_pledges_conditions_enforcement_and_contact(sentence, label):
    from detente.commitments import detect

    assert score_sentence(sentence, commitment=detect(sentence)).label == label


def test_an_act_done_without_telling_the_other_side_is_not_shared():
    from detente.tension import shared_act

    assert shared_act("A Chinese survey ship mapped the seabed near Guam for a week without notifying American authorities.") == ""
    assert score_sentence("U.S. destroyers will sail past the Paracels to challenge what Washington calls China's excessive maritime claims.").label == "escalation"


def test_an_act_done_between_the_two_sides_eases_when_no_cue_names_it():
    from detente.tension import shared_act

    assert shared_act("Chinese inspectors toured three Georgia poultry plants with U.S. agriculture officials last week.") == "toured"
    assert score_sentence("Chinese inspectors toured three Georgia poultry plants with U.S. agriculture officials last week.").label == "easing"
    # a modal, a comparison or a third party: no act between the sides
    assert shared_act("Chinese inspectors would tour U.S. poultry plants if invited.") == ""
    assert shared_act("China installed more solar panels than the United States did.") == ""
    assert shared_act("Taiwan's navy counted Chinese ships near a U.S. destroyer.") == ""


def test_a_hostile_undertaking_does_not_ease():
    from detente.commitments import detect

    text = "The Treasury will impose sanctions on the three Hong Kong prosecutors named in the report."
    assert score_sentence(text, commitment=detect(text)).label == "escalation"


@pytest.mark.parametrize(
    "sentence, label",
    [
        # a demand on a third country is not pressure between the two sides
        ("China's envoy flew to Tehran to urge Iranian leaders to readmit U.N. inspectors.", "neutral"),
        # a pledge recalled in the past perfect is background
        ("Officials recalled that Beijing had agreed in 2023 to resume the maritime talks.", "neutral"),
        # "were it ever held" governs the sentence
        ("A joint naval drill, were it ever held, would be the first between the two fleets.", "neutral"),
        # revoking a waiver escalates
        ("The Commerce Department revoked the waivers that let two Korean chipmakers ship American tools to China.", "escalation"),
    ],
)
def test_third_country_demands_recalled_pledges_inverted_conditions_and_revocations(sentence, label):
    from detente.commitments import detect

    assert score_sentence(sentence, commitment=detect(sentence)).label == label


@pytest.mark.parametrize(
    "sentence, label",
    [
        ("The Pentagon put a planned arms package for Taiwan on hold ahead of the summit.", "easing"),
        ("Arms shipments bound for Taiwan were quietly put on hold ahead of the summit.", "easing"),
        ("China's extra tariff on U.S. LNG came off at midnight.", "easing"),
        ("The PLA sent 45 aircraft across the median line of the Taiwan Strait in a single day.", "escalation"),
        ("China's military said it had driven away a U.S. destroyer near the Paracel Islands.", "escalation"),
        ("A PLA Navy frigate answered a U.S. destroyer's radio call, and the two ships passed without incident.", "easing"),
        ("In the January 2020 trade deal China agreed to buy $200 billion more in U.S. goods.", "neutral"),
        ("Any deal letting Nvidia sell Blackwell chips in China would need to get past the hawks in Congress.", "neutral"),
        ("Beijing stopped short of committing to restore the Hollywood quota to its old level.", "escalation"),
        ("China declined to guarantee that the detainees would not be sent back.", "escalation"),
        ("The Treasury said any Chinese refinery taking Iranian crude would be cut off from the dollar system.", "escalation"),
        ("The two agencies swapped seasonal flu samples in Atlanta for the first time since 2019.", "easing"),
        ("U.S. agents and Chinese police arrested 12 members of a ring that shipped pill presses from Shenzhen to Sinaloa.", "easing"),
        ("A Chinese destroyer locked its fire-control radar on a U.S. Coast Guard cutter in the Taiwan Strait.", "escalation"),
        ("Chinese customs quietly stopped clearing cargoes of U.S. alfalfa hay at Zhanjiang last week.", "escalation"),
        ("China was supposed to buy $200 billion of extra U.S. goods under the 2020 Phase One deal, but fell well short.", "neutral"),
        ("The Commerce Department rescinded the licence requirement on exports of chip-design software to China.", "easing"),
        ("Chinese officials returned the remains of two U.S. airmen found at a wartime crash site in Guangxi.", "easing"),
        ("China abstained rather than vetoing the U.S.-drafted resolution on Gaza.", "easing"),
    ],
)
def test_holds_refusals_threats_firsts_goods_and_history(sentence, label):
    """Escalations put on hold or rescinded ease; refusing to commit, fire-control radar and halted
    clearances escalate; a past year's deal and an imagined one are history or hypothesis."""
    assert score_sentence(sentence).label == label


@pytest.mark.parametrize(
    "sentence, label",
    [
        ("A Chinese court sentenced an American pastor to 10 years in prison for organising unregistered gatherings.", "escalation"),
        ("U.S. agents and Chinese police arrested 12 members of a ring that shipped pill presses to Sinaloa.", "easing"),
        ("China imposed a 15 percent duty on American liquefied natural gas.", "escalation"),
        ("The Navy is weighing a second destroyer transit of the Taiwan Strait before the end of the month.", "neutral"),
        ("The Chinese embassy in Washington has about 200 accredited diplomats.", "neutral"),
    ],
)
def test_hostile_acts_joint_acts_states_and_deliberations(sentence, label):
    assert score_sentence(sentence).label == label


@pytest.mark.parametrize(
    "sentence, label",
    [
        ("A Chinese-American pastor walked out of a detention centre in Zhejiang after three years.", "easing"),
        ("Chinese authorities stopped an American shipping executive from leaving Shanghai while they investigate a tax case.", "escalation"),
        ("China vetoed a Security Council resolution on Gaza that Washington had drafted.", "escalation"),
        ("The Commerce Department will probably add more Chinese AI chip designers to the Entity List.", "neutral"),
    ],
)
def test_release_exit_bans_vetoes_and_probable_listings(sentence, label):
    assert score_sentence(sentence).label == label


@pytest.mark.parametrize(
    "sentence, label",
    [
        ("From Jan. 1, exports of antimony to any American end user with military ties will be barred, China's commerce ministry said.", "escalation"),
        ("Police in Chongqing took the passport of an American architect and told him he could not leave China.", "escalation"),
        ("Washington held back a $400 million arms package for Taiwan ahead of the talks.", "easing"),
        ("Treasury officials will be studying China's customs data for signs that dual-use goods still reach Russia.", "neutral"),
    ],
)
def test_end_users_exit_bans_withheld_arms_and_study(sentence, label):
    assert score_sentence(sentence).label == label
