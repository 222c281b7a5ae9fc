"""The dashboard's tables: filters, counts and shapes on the seed corpus, and safe output."""

import csv
import io
from datetime import date

import pandas as pd
import pytest

from detente import style, views
from detente.views import Filters


@pytest.fixture(scope="module")
def everything(seed_analysis):
    return views.make_view(seed_analysis, Filters())


def test_duplicates_are_left_out_and_counted(seed_analysis, everything):
    duplicates = seed_analysis.articles["duplicate_of"].notna().sum()
    assert duplicates >= 1
    assert len(everything.articles) == len(seed_analysis.articles) - duplicates
    listed = views.filter_articles(seed_analysis.articles, Filters(), include_duplicates=True)
    assert len(listed) == len(seed_analysis.articles)


def test_boilerplate_never_reaches_the_sentences_shown(everything):
    assert not everything.sentences["boilerplate"].any()
    assert everything.sentences["tension"].notna().all()


@pytest.mark.parametrize(
    "filters, check",
    [
        (Filters(include_samples=False), lambda a: not a["sample"].any()),
        (Filters(sources=("Sample Wire",)), lambda a: set(a["source"]) == {"Sample Wire"}),
        (Filters(start=date(2025, 1, 1)), lambda a: all(d >= date(2025, 1, 1) for d in a["date"])),
        (Filters(end=date(2024, 6, 30)), lambda a: all(d <= date(2024, 6, 30) for d in a["date"])),
        (Filters(topics=("climate",)), lambda a: all("climate" in t for t in a["topics"])),
    ],
)
def test_filters_narrow_the_articles(seed_analysis, everything, filters, check):
    view = views.make_view(seed_analysis, filters)
    assert 0 < len(view.articles) < len(everything.articles)
    assert check(view.articles)


def test_actor_filter_keeps_only_that_actors_commitments(seed_analysis):
    view = views.make_view(seed_analysis, Filters(actors=("China",)))
    assert len(view.commitments) > 0
    assert set(view.commitments["actor"]) == {"China"}
    assert set(view.evidence["actor"]) <= {"China"}


def test_topic_filter_keeps_sentences_on_that_topic(seed_analysis):
    view = views.make_view(seed_analysis, Filters(topics=("trade",)))
    assert view.sentences["topics"].map(lambda ts: "trade" in ts).all()
    shares = views.topic_shares(view.sentences, view.filters.topics)
    assert shares["topic"].tolist() == ["trade"]


def test_describe_names_the_filters_in_words():
    text = Filters(sources=("Sample Wire",), topics=("middle_east",), actors=("both",), include_samples=False).describe()
    assert "Sample Wire" in text and "Middle East" in text and "Both (joint)" in text and "sample articles excluded" in text
    assert Filters().describe() == "All sources · all topics"


def test_chart_text_states_count_span_and_samples(everything):
    text = everything.text("tension")
    assert f"{len(everything.articles)} articles" in text.subtitle
    assert "2023-11-15 to 2025-11-01" in text.subtitle
    assert text.footnote.startswith("Source: Détente analysis")
    assert "sample articles written for this project" in text.footnote


def test_corpus_counts_report_what_was_set_aside(seed_analysis, everything):
    counts = views.corpus_counts(seed_analysis, everything)
    assert counts["articles"] == len(everything.articles)
    assert counts["duplicates"] == 1
    assert counts["boilerplate"] > 0
    assert counts["sentences"] == len(everything.sentences)
    assert counts["span_short"] == "Nov 2023 – Nov 2025"
    assert counts["months"] == "25 months"


def test_topic_shares_are_shares_of_shown_sentences(everything):
    shares = views.topic_shares(everything.sentences)
    assert set(shares["topic"]) == set(style.TOPIC_COLORS)
    assert shares["share"].between(0, 1).all()
    top = shares.iloc[0]
    assert top["sentences"] == everything.sentences["topics"].map(lambda ts: top["topic"] in ts).sum()
    assert "middle_east" not in shares["label"].tolist()


@pytest.mark.parametrize("freq, weekday", [("week", 0), ("month", None), ("day", None)])
def test_topic_volume_periods(everything, freq, weekday):
    volume = views.topic_volume(everything.sentences, freq)
    assert volume["sentences"].sum() >= len(everything.sentences)
    if weekday is not None:
        assert (volume["period"].dt.day_of_week == weekday).all()
    if freq == "month":
        assert (volume["period"].dt.day == 1).all()


def test_topic_by_source_is_a_share_per_source(everything):
    matrix = views.topic_by_source(everything.sentences)
    assert set(matrix.index) == set(everything.articles["source"])
    assert ((matrix >= 0) & (matrix <= 1)).all().all()


def test_sentences_behind_a_mark(everything):
    volume = views.topic_volume(everything.sentences, "month")
    first = volume.iloc[0]
    rows = views.sentences_for(everything.sentences, topic=first["topic"], period=first["period"], freq="month")
    assert len(rows) == first["sentences"]
    assert {"sentence", "tension", "cues", "source"} <= set(rows.columns)


def test_tension_periods_and_current_value(everything):
    periods = views.tension_periods(everything.articles, "month")
    assert periods["mean_tension"].dropna().between(-1, 1).all()
    assert periods.loc[periods["articles"] == 0, "rolling"].isna().all()
    now = views.current_tension(everything.articles)
    assert now["period"] == pd.Timestamp("2025-11-01")
    assert now["delta"] is not None and -2 <= now["delta"] <= 2


def test_event_markers_cover_made_verified_and_broken(everything):
    events = views.event_markers(everything.commitments, everything.evidence)
    assert "made" in set(events["kind"]) and set(events["kind"]) <= {"made", "verified", "broken"}
    assert (events["kind"] != "made").sum() == len(everything.evidence.dropna(subset=["date"]))
    assert (events["kind"] == "made").sum() == everything.commitments["date"].notna().sum()


def test_sentence_table_shows_the_cues_behind_scores(everything):
    table = views.sentence_table(everything.sentences)
    cued = table[table["cues"] != ""]
    assert len(cued) > 0
    assert cued["cues"].str.contains(r"\([+-]\d\.\d\d").all()


def test_status_board_and_fulfilment_rates(everything):
    board = views.status_board(everything.commitments)
    assert board.to_numpy().sum() == len(everything.commitments)
    assert list(board.columns) == ["US", "China", "both"]
    rates = views.fulfilment_rates(everything.commitments).set_index("actor")
    for actor in ("US", "China"):
        mine = everything.commitments[everything.commitments["actor"] == actor]
        assert rates.loc[actor, "commitments"] == len(mine)
        assert rates.loc[actor, "rate"] == pytest.approx((mine["status"] == "fulfilled").mean())


def test_timeline_rows_are_grouped_by_actor_and_end_after_they_start(everything):
    rows = views.timeline_rows(everything.commitments, date(2025, 11, 1))
    assert rows["actor_order"].is_monotonic_increasing
    assert (rows["end"] >= rows["date"]).all()


def test_reports_and_evidence_tables_name_the_articles(seed_analysis, everything):
    commitment = everything.commitments[everything.commitments["evidence"].map(len) > 0].iloc[0]
    reports = views.reports_table(commitment, seed_analysis.articles)
    evidence = views.evidence_table(commitment, seed_analysis.articles)
    assert len(reports) == len(commitment["reports"]) and len(evidence) == len(commitment["evidence"])
    titles = set(views.article_names(seed_analysis.articles).values())
    assert set(reports["article"]) <= titles and set(evidence["article"]) <= titles
    assert evidence["article"].str.endswith("[Sample]").any()
    assert set(evidence["effect"]) <= set(style.EFFECT_LABELS.values())


def test_article_list_search_and_badges(seed_analysis):
    listed = views.article_list(views.filter_articles(seed_analysis.articles, Filters(), include_duplicates=True))
    assert listed["badges"].str.contains("Sample").sum() == seed_analysis.articles["sample"].sum()
    assert listed["badges"].str.contains("Duplicate").sum() == 1
    found = views.article_list(seed_analysis.articles, "fentanyl")
    assert 0 < len(found) < len(seed_analysis.articles)
    upper = views.article_list(seed_analysis.articles, "SAMPLE MARKETS DAILY")
    assert len(upper) == len(views.article_list(seed_analysis.articles, "sample markets daily")) > 0


def test_article_markup_escapes_article_text():
    sentences = pd.DataFrame(
        [
            {"index": 0, "paragraph": 0, "text": '<script>alert("x")</script> & <b>bold</b>', "boilerplate": False, "topics": ["trade"],
             "tension": 0.6, "tension_label": "escalation", "cues": [{"cue": "<img src=x>", "weight": 0.6, "modifier": ""}],
             "commitment_ids": ["c1"], "commitment_statuses": ["broken"]},
            {"index": 1, "paragraph": 1, "text": "Read more: <a href='javascript:x'>here</a>", "boilerplate": True, "topics": [],
             "tension": None, "tension_label": None, "cues": [], "commitment_ids": [], "commitment_statuses": []},
        ]
    )
    markup = views.article_markup(sentences)
    assert "<script>" not in markup and "<b>bold" not in markup and "<img" not in markup and "<a href" not in markup
    assert "&lt;script&gt;" in markup and "&amp;" in markup
    assert "dt-boiler" in markup and "dt-escalation" in markup and "commitment: Broken" in markup and ">Trade<" in markup


def test_csv_download_escapes_formulas_and_flattens_lists():
    frame = pd.DataFrame(
        {
            "text": ["=HYPERLINK(\"http://x\")", "+1", "-2 cmd", "@SUM(A1)", "plain"],
            "tension": [-0.5, 0.1, 0.0, 0.2, -1.0],
            "topics": [["trade", "military"], [], ["=x"], ["a"], ["b"]],
            "date": [date(2024, 1, 1)] * 5,
        }
    )
    rows = list(csv.DictReader(io.StringIO(views.csv_bytes(frame).decode("utf-8"))))
    assert [r["text"] for r in rows] == ["'=HYPERLINK(\"http://x\")", "'+1", "'-2 cmd", "'@SUM(A1)", "plain"]
    assert rows[0]["tension"] == "-0.5"
    assert rows[0]["topics"] == "trade; military" and rows[2]["topics"] == "'=x"
    assert rows[0]["date"] == "2024-01-01"


def test_newest_evidence_is_newest_first_and_labels_samples(seed_analysis, everything):
    newest = views.newest_evidence(everything.evidence, seed_analysis.articles, limit=5)
    assert len(newest) == 5
    assert list(newest["date"]) == sorted(newest["date"], reverse=True)
    assert newest["date"].iloc[0] == max(everything.evidence["date"])
    assert newest["article"].str.endswith("[Sample]").all()


def test_sentence_tables_label_samples(everything):
    table = views.sentence_table(everything.sentences)
    assert table["article"].str.endswith("[Sample]").sum() == everything.sentences["sample"].sum()


def test_polarity_blind_spot_is_a_share(everything):
    blind = views.polarity_blind_spot(everything.sentences)
    assert blind["sentences"] == len(everything.sentences)
    assert 0 <= blind["flat_share"] <= 1 and 0 <= blind["flat_scored_share"] <= 1


def test_evaluation_table_puts_splits_side_by_side():
    metrics = pd.DataFrame(
        [
            {"split": s, "task": "tension direction", "method": m, "precision": f, "recall": f, "f1": f, "n": n}
            for s, n in (("tune", 209), ("holdout", 70), ("blind", 40))
            for m, f in (("Détente tension index", 0.9), ("TextBlob polarity (baseline)", 0.3))
        ]
    )
    wide = views.evaluation_wide(metrics)
    assert len(wide) == 2
    assert {"f1 (set-aside)", "f1 (tuning)", "f1 (blind)", "n (set-aside)"} <= set(wide.columns)
    assert "70 set-aside" in views.evaluation_text(wide).subtitle


def test_duplicates_set_aside_follow_the_filters(seed_analysis):
    """The one duplicate in the seeds is a sample's syndicated copy: with samples excluded none is set aside."""
    without_samples = views.make_view(seed_analysis, Filters(include_samples=False))
    assert views.corpus_counts(seed_analysis, without_samples)["duplicates"] == 0
    other_source = views.make_view(seed_analysis, Filters(sources=("CNN Brasil",)))
    assert views.corpus_counts(seed_analysis, other_source)["duplicates"] == 0


def test_status_counts_add_up_to_the_commitments(everything):
    """The caption under each fulfilment rate used to leave out unverified and stalled ones ("1 partial, 1 in progress … of 4")."""
    import re

    for rate in views.fulfilment_rates(everything.commitments).to_dict("records"):
        text = views.status_counts_text(rate)
        counted = text.split(" of ")[0]
        assert sum(int(n) for n in re.findall(r"\d+", counted)) == rate["commitments"], text
        assert text.startswith(f"{rate['fulfilled']} fulfilled")
    assert "unverified" in views.status_counts_text(views.fulfilment_rates(everything.commitments).set_index("actor").loc["US"].to_dict() | {"actor": "US"})


def test_a_link_without_an_evidence_cue_says_so():
    import pandas as pd

    from detente.views import evidence_table

    articles = pd.DataFrame([{"id": "a1", "title": "Inspectors tour plants", "sample": True, "source": "Wire (sample)", "date": None}])
    commitment = {"evidence": [{"article_id": "a1", "date": None, "effect": "progress", "cue": "toured", "strong": False, "source": "Wire (sample)", "text": "Inspectors toured ...", "generic": True}]}
    assert "no evidence cue" in evidence_table(commitment, articles)["cue"].iloc[0]


def test_the_newest_evidence_marks_a_link_without_an_evidence_cue():
    import pandas as pd

    from detente.views import newest_evidence

    evidence = pd.DataFrame([
        {"date": "2025-01-02", "sentence_index": 1, "actor": "China", "action": "agreed to send pandas", "effect": "progress",
         "cue": "toured", "generic": True, "source": "Wire (sample)", "text": "Inspectors toured ...", "article_id": "a1"},
    ])
    articles = pd.DataFrame([{"id": "a1", "title": "Pandas", "sample": True}])
    assert "no evidence cue" in newest_evidence(evidence, articles)["cue"].iloc[0]


def test_the_cue_names_the_learned_reading_only_where_there_is_one(seed_analysis, everything):
    """The evidence frame holds NaN where no reading replaced the rules': "first set · nan" was shown."""
    newest = views.newest_evidence(everything.evidence, seed_analysis.articles, limit=len(everything.evidence))
    assert not newest["cue"].str.contains("nan", regex=False).any()
    read = everything.evidence["reading"].map(lambda r: isinstance(r, str)).sum()
    assert read and newest["cue"].str.contains(" · learned model: ", regex=False).sum() == read
    assert views.cue_label("met", False, float("nan")) == "met" and views.cue_label("met", False, None) == "met"
