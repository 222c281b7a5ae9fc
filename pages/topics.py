"""Topics: what share of the coverage each topic takes, how that moves over time and across sources,
which taxonomy terms carry it, and which frequent phrases the taxonomy misses.
Click a bar or a segment (or pick a heatmap cell) to list the sentences behind it."""

import pandas as pd
import streamlit as st

import app_state
from detente import charts, style, views


def sentences_behind(view: views.View, label: str, key: str, **where) -> None:
    """The sentences behind a clicked mark, with a download."""
    rows = views.sentences_for(view.sentences, **where)
    st.markdown(f"**Sentences behind {app_state.md_escape(label)}** ({len(rows)})")
    app_state.table(rows, f"sentences-{key}", f"behind-{key}", column_config=app_state.SENTENCE_COLUMNS)


def first_point(points: list[dict]) -> list | None:
    """The ``customdata`` of the first clicked mark, or None."""
    for point in points:
        custom = point.get("customdata")
        if custom:
            return list(custom) if isinstance(custom, (list, tuple)) else [custom]
    return None


def shares_section(view: views.View) -> None:
    shares = views.topic_shares(view.sentences, view.filters.topics)
    picked = first_point(app_state.chart(charts.topic_shares(shares, view.text("topics")), "topic-shares", select=True))
    if picked:
        sentences_behind(view, style.topic_label(picked[0]), "share", topic=picked[0])


def volume_section(view: views.View, freq: str) -> None:
    volume = views.topic_volume(view.sentences, freq, view.filters.topics)
    fig = charts.topic_volume(volume, freq, view.text("topics", extra=f"per {freq}"))
    picked = first_point(app_state.chart(fig, "topic-volume", select=True))
    if picked and len(picked) >= 2:
        period = pd.Timestamp(picked[1])
        sentences_behind(view, f"{style.topic_label(picked[0])} in the {freq} of {period.date()}", "volume", topic=picked[0], period=period, freq=freq)


def source_section(view: views.View) -> None:
    """Heatmap cells cannot be clicked in Plotly, so two pickers list the sentences behind a cell."""
    matrix = views.topic_by_source(view.sentences, view.filters.topics)
    app_state.chart(charts.topic_source_heatmap(matrix, view.text("topics")), "topic-source")
    if matrix.empty:
        return
    app_state.keep_valid("cell_source", list(matrix.index))
    app_state.keep_valid("cell_topic", list(matrix.columns))
    left, right = st.columns(2)
    source = left.selectbox("Source", list(matrix.index), index=None, placeholder="Pick a source to list its sentences", key="cell_source")
    topic = right.selectbox("Topic", list(matrix.columns), format_func=style.topic_label, key="cell_topic")
    if source:
        sentences_behind(view, f"{style.topic_label(topic)} in {source}", "source", source=source, topic=topic)


def terms_section(view: views.View) -> None:
    terms = views.matched_terms(view.sentences, view.filters.topics)
    if terms.empty:
        st.info("No taxonomy term matched in these sentences.")
        return
    topics = list(dict.fromkeys(terms.sort_values("sentences", ascending=False)["topic"]))
    app_state.keep_valid("terms_topic", topics)
    topic = st.selectbox("Topic", topics, format_func=style.topic_label, key="terms_topic")
    picked = first_point(app_state.chart(charts.matched_terms(terms, topic, view.text("topics")), "topic-terms", select=True))
    if picked and len(picked) >= 2:
        sentences_behind(view, f"“{picked[1]}”", "term", topic=picked[0], term=picked[1])
    with st.expander("All matched terms"):
        app_state.table(terms.drop(columns="topic"), "matched-terms", "terms")


def emerging_section(context: app_state.PageContext) -> None:
    emerging = context.analysis.emerging
    whole_corpus = views.make_view(context.analysis, views.Filters())
    text = whole_corpus.text("Frequent phrases counted over the whole corpus, duplicates and boilerplate left out.", extra="whole corpus, filters not applied")
    app_state.chart(charts.emerging_terms(emerging, text), "emerging")
    st.caption("Candidates for the taxonomy (detente/data/taxonomy.json): frequent phrases no topic term covers, over the whole corpus.")
    with st.expander("All emerging terms"):
        app_state.table(emerging, "emerging-terms", "emerging")


def main() -> None:
    context = app_state.page_context()
    view = context.view
    st.title("Topics")
    st.caption("A sentence counts for every topic whose terms it contains. Click a bar or segment to list its sentences.")
    if view.sentences.empty:
        st.warning("No analysed sentence matches the filters. Widen the date range or clear a filter in the sidebar.")
        return
    shares_section(view)
    st.subheader("Over time")
    freq = app_state.frequency_picker()
    volume_section(view, freq)
    st.subheader("By source")
    source_section(view)
    st.subheader("Matched terms")
    terms_section(view)
    st.subheader("Emerging terms")
    emerging_section(context)


main()
