"""Figure builders: every chart carries its title, subtitle, axis labels, footnote and palette."""

from datetime import date

import pandas as pd
import plotly.graph_objects as go
import pytest

from detente import charts, style, views
from detente.style import ChartText

TEXT = ChartText(subtitle="23 articles · 2023-11-15 to 2025-11-01 · All sources · all topics", footnote="Source: test corpus. Method.")


@pytest.fixture(scope="module")
def view(seed_analysis):
    return views.make_view(seed_analysis, views.Filters())


def built(seed_analysis, view):
    """Every chart the pages draw, built from the seed corpus."""
    wide = pd.DataFrame(
        [
            {"task": "tension direction", "method": "Détente tension index", "f1 (tuning)": 0.89, "f1 (set-aside)": 0.77},
            {"task": "tension direction", "method": "TextBlob polarity (baseline)", "f1 (tuning)": 0.35, "f1 (set-aside)": 0.28},
        ]
    )
    as_of = seed_analysis.as_of
    return {
        "topic_shares": charts.topic_shares(views.topic_shares(view.sentences), TEXT),
        "topic_volume": charts.topic_volume(views.topic_volume(view.sentences, "month"), "month", TEXT),
        "topic_source_heatmap": charts.topic_source_heatmap(views.topic_by_source(view.sentences), TEXT),
        "matched_terms": charts.matched_terms(views.matched_terms(view.sentences), "trade", TEXT),
        "emerging_terms": charts.emerging_terms(seed_analysis.emerging, TEXT),
        "tension_index": charts.tension_index(
            views.tension_periods(view.articles, "month"), views.event_markers(view.commitments, view.evidence), "month", TEXT
        ),
        "tension_by_topic": charts.tension_by_topic(views.tension_by_topic(view.sentences), TEXT),
        "polarity_vs_tension": charts.polarity_vs_tension(views.polarity_and_tension(view.articles, view.sentences, "month"), "month", TEXT),
        "status_board": charts.status_board(views.status_board(view.commitments), TEXT),
        "commitment_timeline": charts.commitment_timeline(views.timeline_rows(view.commitments, as_of), TEXT, as_of),
        "method_comparison": charts.method_comparison(wide, TEXT),
    }


@pytest.fixture(scope="module")
def figures(seed_analysis, view):
    return built(seed_analysis, view)


def test_every_chart_is_ready_for_a_slide(figures):
    for name, fig in figures.items():
        layout = fig.layout
        assert isinstance(fig, go.Figure), name
        assert layout.title.text.startswith("<b>") and len(layout.title.text) > 10, name
        assert "23 articles" in layout.title.subtitle.text, name
        footnotes = [a.text for a in layout.annotations if a.text and a.text.startswith("Source:")]
        assert footnotes, f"{name} has no source footnote"
        assert layout.meta["filename"].startswith("detente-"), name
        assert layout.meta["filename"].endswith("2023-11-15-to-2025-11-01"), name
        assert len(fig.data) > 0, name
        axis_titles = [layout[k].title.text for k in layout if k.startswith(("xaxis", "yaxis")) and layout[k].title.text]
        assert axis_titles, f"{name} has no axis label"


def test_axis_labels_say_what_is_measured(figures):
    assert "Share of analysed sentences" in figures["topic_shares"].layout.xaxis.title.text
    assert figures["topic_volume"].layout.yaxis.title.text == "Sentences mentioning the topic"
    assert "Tension" in figures["tension_index"].layout.yaxis.title.text
    assert figures["commitment_timeline"].layout.xaxis3.title.text == "Date"


def test_topic_charts_show_names_not_ids(figures):
    labels = list(figures["topic_shares"].data[0].y)
    assert "Middle East" in labels and "middle_east" not in labels
    heatmap = figures["topic_source_heatmap"].data[0]
    assert "Human rights" in (*heatmap.x, *heatmap.y)
    names = {trace.name for trace in figures["topic_volume"].data}
    assert "Counternarcotics" in names and "counternarcotics" not in names


def test_palette_is_the_one_in_style(figures):
    board = figures["status_board"]
    colors = {trace.name: trace.marker.color for trace in board.data}
    assert colors, "one trace per status present"
    for status, color in style.STATUS_COLORS.items():
        if style.status_label(status) in colors:
            assert colors[style.status_label(status)] == color
    made = [t for t in figures["commitment_timeline"].data if t.name == "Commitment made"]
    assert {t.marker.color for t in made} == {style.ACTOR_COLORS[a] for a in ("US", "China", "both")}
    effects = {t.name: t.marker.color for t in figures["commitment_timeline"].data if t.name and t.name.startswith("Evidence")}
    assert effects["Evidence: setback"] == style.EFFECT_COLORS["setback"]
    bars = {t.name: t.marker.color for t in figures["tension_index"].data if t.type == "bar"}
    assert style.TENSION_COLORS["escalation"] in bars.values() and style.TENSION_COLORS["easing"] in bars.values()


def test_timeline_has_a_row_per_commitment_grouped_by_actor(figures, view):
    fig = figures["commitment_timeline"]
    rows = sum(len(fig.layout[f"yaxis{'' if i == 1 else i}"].tickvals) for i in (1, 2, 3))
    assert rows == view.commitments["date"].notna().sum()
    labels = [label for t in fig.data if t.mode == "text" for label in t.text]
    assert len(labels) == rows and all(":" in label for label in labels)
    titles = [a.text for a in fig.layout.annotations if a.text and "commitment" in a.text]
    assert any("United States" in t for t in titles) and any("China" in t for t in titles) and any("Both" in t for t in titles)
    hovers = " ".join(str(c[0]) for t in fig.data if t.name == "Commitment made" for c in t.customdata)
    assert "Status:" in hovers and "Xi" in hovers
    evidence_hover = " ".join(str(c[0]) for t in fig.data if t.name and t.name.startswith("Evidence") for c in t.customdata)
    assert "cue" in evidence_hover


def test_timeline_flags_overdue_deadlines():
    as_of = date(2025, 11, 1)
    commitment = {
        "id": "c1", "article_id": "a", "sentence_index": 0, "text": "The US will <cut> tariffs within 90 days.", "actor": "US",
        "action": "will cut tariffs", "topic": "trade", "topics": ["trade"], "date": date(2025, 5, 1), "deadline": date(2025, 8, 1),
        "deadline_text": "within 90 days", "attribution": "", "reports": [], "status": "stalled", "status_reason": "No move.",
        "overdue": True,
        "evidence": [{"article_id": "b", "sentence_index": 1, "text": "Talks stalled.", "date": date(2025, 7, 1), "effect": "setback", "cue": "stalled", "strong": False, "source": "S"}],
    }
    rows = views.timeline_rows(pd.DataFrame([commitment]), as_of)
    fig = charts.commitment_timeline(rows, TEXT, as_of)
    labels = next(t for t in fig.data if t.mode == "text")
    assert "OVERDUE" in labels.text[0] and "Trade: will cut tariffs" in labels.text[0]
    assert any(t.name == "Deadline passed (overdue)" for t in fig.data)
    hovers = " ".join(str(c) for t in fig.data if t.customdata is not None for c in t.customdata)
    assert "‹cut›" in hovers and "<cut>" not in hovers


def test_empty_inputs_give_a_titled_explanation_not_a_blank_frame():
    empty = pd.DataFrame(columns=["topic", "label", "sentences", "share"])
    fig = charts.topic_shares(empty, TEXT)
    texts = [a.text for a in fig.layout.annotations]
    assert "Nothing to show for these filters." in texts and any(t.startswith("Source:") for t in texts)
    assert "Share of sentences per topic" in fig.layout.title.text
    timeline = charts.commitment_timeline(views.timeline_rows(pd.DataFrame(columns=["id", "date", "actor", "status", "evidence"]), None), TEXT, None)
    assert any("No dated commitments" in a.text for a in timeline.layout.annotations)


def test_png_download_is_large_and_named():
    config = style.modebar_config("detente-tension-index-2023-11-15-to-2025-11-01")
    options = config["toImageButtonOptions"]
    assert options["format"] == "png" and options["scale"] >= 2
    assert options["filename"] == "detente-tension-index-2023-11-15-to-2025-11-01"
    assert config["displaylogo"] is False


def test_file_name_comes_from_title_and_span():
    assert style.filename("US–China tension index", TEXT.subtitle) == "detente-us-china-tension-index-2023-11-15-to-2025-11-01"


def test_long_footnotes_wrap_into_lines():
    text = ChartText(subtitle="s", footnote="word " * 80, width=60)
    fig = charts.topic_shares(pd.DataFrame([{"topic": "trade", "label": "Trade", "sentences": 3, "share": 0.5}]), text)
    footnote = next(a.text for a in fig.layout.annotations if a.text.startswith("word"))
    assert footnote.count("<br>") >= 3


def test_memoized_figures_are_equal_new_objects_and_follow_the_data(seed_analysis):
    import json

    rows = views.timeline_rows(seed_analysis.commitments, seed_analysis.as_of)
    first = charts.commitment_timeline(rows, TEXT, seed_analysis.as_of)
    again = charts.commitment_timeline(rows, TEXT, seed_analysis.as_of)
    fresh = charts.commitment_timeline.uncached(rows, TEXT, seed_analysis.as_of)
    assert again is not first, "every call returns its own figure (callers may change it)"
    assert json.loads(again.to_json()) == json.loads(fresh.to_json()) == json.loads(first.to_json())
    again.update_layout(title_text="changed by a caller")
    assert charts.commitment_timeline(rows, TEXT, seed_analysis.as_of).layout.title.text != "changed by a caller"
    fewer = charts.commitment_timeline(rows.iloc[:3], TEXT, seed_analysis.as_of)
    assert json.loads(fewer.to_json()) == json.loads(charts.commitment_timeline.uncached(rows.iloc[:3], TEXT, seed_analysis.as_of).to_json())
    assert json.loads(fewer.to_json()) != json.loads(first.to_json()), "other data, another figure"


def test_memoized_builds_unpicklable_arguments_without_the_cache():
    calls = []

    @charts.memoized
    def build(thing):
        calls.append(thing)
        return go.Figure()

    build(lambda: None)
    build(lambda: None)
    assert len(calls) == 2
    build(1)
    build(1)
    assert len(calls) == 3


def _visible_lines(markup: str) -> list[str]:
    import re

    return [re.sub(r"<[^>]+>", "", line) for line in markup.split("<br>")]


def test_subtitles_footnotes_and_axis_titles_fit_a_phone_window(seed_analysis, figures):
    """Plotly never wraps and cuts a line wider than the chart: at 480 px a chart holds about 70
    characters of subtitle, 80 of footnote and 46 of an x-axis title (centred on the plot)."""
    filtered = views.make_view(seed_analysis, views.Filters(sources=("Sample Wire", "Sample Asia Desk"), topics=("trade", "military"), actors=("US",)))
    text = filtered.text("tension", extra="per month")
    fig = charts.tension_by_topic(views.tension_by_topic(filtered.sentences), text)
    assert all(len(line) <= 72 for line in _visible_lines(fig.layout.title.subtitle.text)), fig.layout.title.subtitle.text
    footnote = next(a for a in fig.layout.annotations if a.text.startswith("Source:"))
    assert all(len(line) <= 82 for line in _visible_lines(footnote.text)), footnote.text
    for name, built_fig in figures.items():
        for key in built_fig.layout:
            if key.startswith("xaxis") and built_fig.layout[key].title.text:
                assert all(len(line) <= 48 for line in _visible_lines(built_fig.layout[key].title.text)), (name, built_fig.layout[key].title.text)


def test_a_wrapped_axis_title_pushes_the_footnote_down(figures):
    fig = figures["tension_by_topic"]
    assert "<br>" in fig.layout.xaxis.title.text
    footnote = next(a for a in fig.layout.annotations if a.text.startswith("Source:"))
    assert footnote.yshift <= -(58 + 16), "the footnote sits below both lines of the axis title"


def test_time_charts_of_a_single_period_name_the_period(seed_analysis):
    """One month of articles used to give ticks such as '23:59:59.9996 Oct 31, 2023' and a bar as wide as the axis."""
    alone = views.make_view(seed_analysis, views.Filters(include_samples=False))
    periods = views.tension_periods(alone.articles, "month")
    assert (periods["articles"] > 0).sum() == 1
    index = charts.tension_index(periods, views.event_markers(alone.commitments, alone.evidence), "month", TEXT)
    volume = charts.topic_volume(views.topic_volume(alone.sentences, "month"), "month", TEXT)
    polarity = charts.polarity_vs_tension(views.polarity_and_tension(alone.articles, alone.sentences, "month"), "month", TEXT)
    for fig in (index, volume, polarity):
        axis = fig.layout.xaxis
        assert axis.tickformat == "%b %Y"
        assert len(axis.tickvals) == 1 and pd.Timestamp(axis.tickvals[0]) == pd.Timestamp("2023-11-01")
        low, high = (pd.Timestamp(v) for v in axis.range)
        assert pd.Timedelta(days=20) < high - low < pd.Timedelta(days=120)
    for fig in (index, volume):
        assert all(t.width and t.width > 20 * 86_400_000 for t in fig.data if t.type == "bar"), "a bar spans most of its month"
    rolling = next(t for t in index.data if t.name and t.name.startswith("Rolling"))
    assert "markers" in rolling.mode, "a lone period's rolling mean is still drawn"
    strip = index.layout.yaxis2
    assert list(strip.range) == [-0.6, 2.6], "all three event rows show, with or without events"


def test_day_bars_over_a_long_axis_are_wide_enough_to_see_and_fit_the_axis(seed_analysis):
    """Over two years a day's bar was a hairline that vanished in a slide, and the first bar was cut by the axis."""
    view = views.make_view(seed_analysis, views.Filters())
    periods = views.tension_periods(view.articles, "day")
    shown = periods[periods["articles"] > 0]
    span = (shown["period"].max() - shown["period"].min()).days
    assert span > 365
    index = charts.tension_index(periods, views.event_markers(view.commitments, view.evidence), "day", TEXT)
    volume = charts.topic_volume(views.topic_volume(view.sentences, "day"), "day", TEXT)
    for fig in (index, volume):
        bars = [t for t in fig.data if t.type == "bar"]
        assert bars and all(t.width >= span / 200 * 86_400_000 for t in bars), "a bar is a visible share of the axis"
        low, high = (pd.Timestamp(v) for v in fig.layout.xaxis.range)
        half = pd.Timedelta(milliseconds=bars[0].width / 2)
        assert low <= pd.Timestamp(shown["period"].min()) - half and high >= pd.Timestamp(shown["period"].max()) + half
    week = charts.tension_index(views.tension_periods(view.articles, "week"), views.event_markers(view.commitments, view.evidence), "week", TEXT)
    assert all(t.width == 7 * 0.8 * 86_400_000 for t in week.data if t.type == "bar"), "a week's bar is its week when that is wide enough"


def test_week_and_day_ticks_never_show_times():
    periods = pd.DataFrame({"period": pd.to_datetime(["2025-05-05", "2025-05-12"]), "topic": ["trade", "trade"], "label": ["Trade", "Trade"], "sentences": [3, 1]})
    fig = charts.topic_volume(periods, "week", TEXT)
    assert fig.layout.xaxis.tickformat == "%-d %b %Y"
    assert [pd.Timestamp(v) for v in fig.layout.xaxis.tickvals] == list(periods["period"])


def test_count_axes_tick_in_whole_numbers():
    board = pd.DataFrame({"US": [0, 2], "China": [1, 1], "both": [0, 0]}, index=pd.Index(["unverified", "in_progress"], name="status"))
    assert charts.status_board(board, TEXT).layout.xaxis.dtick == 1
    terms = pd.DataFrame([{"topic": "trade", "label": "Trade", "term": t, "sentences": n} for t, n in (("tariff", 2), ("soybeans", 1))])
    assert charts.matched_terms(terms, "trade", TEXT).layout.xaxis.dtick == 1
    volume = pd.DataFrame({"period": pd.to_datetime(["2025-05-01"]), "topic": ["trade"], "label": ["Trade"], "sentences": [2]})
    assert charts.topic_volume(volume, "month", TEXT).layout.yaxis.dtick == 1


def test_a_share_below_half_a_percent_reads_less_than_one_percent():
    shares = pd.DataFrame([{"topic": "trade", "label": "Trade", "sentences": 245, "share": 0.996}, {"topic": "middle_east", "label": "Middle East", "sentences": 1, "share": 0.004}])
    texts = list(charts.topic_shares(shares, TEXT).data[0].text)
    assert "<1% (1)" in texts and "0% (1)" not in texts


def test_keys_sit_under_the_subtitle_where_they_cover_no_data(figures):
    """A legend inside the plot covered the latest periods' bars; at the right it took half a phone-width plot."""
    for name, words in (("tension_index", ("escalation", "rolling mean", "commitments made", "broken")),
                        ("polarity_vs_tension", ("tension index", "TextBlob polarity")),
                        ("topic_volume", ("Diplomacy", "Trade"))):
        fig = figures[name]
        assert fig.layout.showlegend is False, name
        subtitle = fig.layout.title.subtitle.text
        assert all(word in subtitle for word in words), (name, subtitle)
    heatmap = figures["topic_source_heatmap"].layout
    assert {heatmap.xaxis.title.text, heatmap.yaxis.title.text} == {"Topic", "Source"}


def test_heatmap_runs_the_longer_list_down_the_page(seed_analysis):
    """Nine topic columns squeezed the cells to unreadable at phone width; with fewer sources
    than topics, topics are the rows. Many sources are the rows."""
    from detente import views as v

    matrix = v.topic_by_source(v.make_view(seed_analysis, v.Filters()).sentences)
    assert len(matrix.index) < len(matrix.columns)
    few = charts.topic_source_heatmap(matrix, TEXT)
    assert few.layout.yaxis.title.text == "Topic" and "Human rights" in few.data[0].y
    many = pd.concat([matrix] * 3)
    many.index = [f"Source {i}" for i in range(len(many))]
    wide = charts.topic_source_heatmap(many, TEXT)
    assert wide.layout.yaxis.title.text == "Source" and "Human rights" in wide.data[0].x


def test_every_chart_starts_on_the_light_template(seed_analysis):
    """The template is plotly's default (assigning it per figure cost ~20 ms a chart); Streamlit sets
    its own default ("streamlit", placeholder colours) when its Plotly element is imported, and the
    charts must not pick that up."""
    import plotly.io as pio

    pio.templates.default = "streamlit" if "streamlit" in pio.templates else "plotly_dark"
    charts._FIGURES.clear()
    view = views.make_view(seed_analysis, views.Filters())
    fig = charts.tension_index(views.tension_periods(view.articles, "month"), views.event_markers(view.commitments, view.evidence), "month", TEXT)
    assert fig.layout.template.layout.plot_bgcolor == "white"
    assert style.empty_figure("t", TEXT).layout.template.layout.plot_bgcolor == "white"
