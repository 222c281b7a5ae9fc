"""Overview: the corpus in numbers, where tension stands, what the news talks about, the commitments
by status for the US and China, and what changed most recently."""

import streamlit as st

import app_state
from detente import charts, style, views


def corpus_metrics(counts: dict) -> None:
    """What is shown, and what was set aside before any score was computed."""
    row = st.columns(4)
    row[0].metric("Articles", counts["articles"], help=f"{counts['samples']} of them are sample articles written for this project.")
    row[1].metric("Sources", counts["sources"])
    row[2].metric(
        "Date span",
        counts["months"],
        delta=counts["span_short"],
        delta_color="off",
        delta_arrow="off",
        help=f"{counts['span']}. {counts['undated']} undated articles are listed but left out of time charts.",
    )
    row[3].metric("Sentences analysed", counts["sentences"])
    row = st.columns(4)
    row[0].metric("Duplicates set aside", counts["duplicates"], help="Near-copies of another article: shown on the Articles page, left out of every count and chart.")
    row[1].metric("Boilerplate set aside", counts["boilerplate"], help="Sentences such as 'Read more', bylines and copyright lines: never scored.")
    row[2].metric("Commitments", counts["commitments"])
    row[3].metric("Evidence items", counts["evidence"], help="Later sentences that report progress on, fulfilment of, or a setback to a commitment.")
    if counts["samples"]:
        st.caption(f":material/info: {style.sample_note(counts['samples'])} They are labelled “Sample” wherever shown.")


def tension_now(view: views.View) -> None:
    """The latest month's tension index and its change from the previous month with articles."""
    now = views.current_tension(view.articles, "month")
    if now is None:
        st.info("No dated articles match the filters, so there is no tension index to show.")
        return
    month = now["period"].strftime("%b %Y")
    delta = None
    if now["delta"] is not None:
        delta = f"{now['delta']:+.2f} vs {now['previous_period'].strftime('%b %Y')}"
    st.metric(
        f"Tension index, {month}",
        f"{now['value']:+.2f}",
        delta=delta,
        delta_color="inverse",
        help="Mean article tension of the month: −1 easing … +1 escalation. Rising tension shows in red.",
        chart_data=now["trend"] if len(now["trend"]) > 1 else None,  # one bar is no trend
        chart_type="bar",
        border=True,
    )
    months = len(now["trend"])
    trend = f" Trend: the last {months} months with articles." if months > 1 else " No earlier month with articles to compare."
    st.caption(f"{now['articles']} article{'s' if now['articles'] != 1 else ''} that month.{trend}")


def main() -> None:
    context = app_state.page_context()
    view = context.view
    st.title("Détente: US–China relations in the news")
    st.caption(app_state.md_escape(f"Filters: {view.filters.describe()}."))
    if view.articles.empty:
        st.warning("No article matches the filters. Widen the date range or clear a filter in the sidebar.")
        return
    corpus_metrics(views.corpus_counts(context.analysis, view))

    left, right = st.columns([1, 2])
    with left:
        st.subheader("Where tension stands")
        tension_now(view)
    with right:
        st.subheader("Commitments")
        _, commitments = app_state.commitments_with_ledger(context)
        app_state.chart(charts.status_board(views.status_board(commitments), view.text("commitments")), "overview-status")
        if (commitments["status_source"] == "analyst").any():
            st.caption("Statuses include analysts' decisions from the verification ledger, which override the inferred ones.")

    st.subheader("What the news talks about")
    shares = views.topic_shares(view.sentences, view.filters.topics)
    app_state.chart(charts.topic_shares(shares, view.text("topics")), "overview-topics")

    st.subheader("What changed: the newest evidence")
    newest = views.newest_evidence(view.evidence, context.analysis.articles, limit=10)
    if newest.empty:
        st.info("No evidence on any commitment for these filters yet.")
    else:
        app_state.table(
            newest,
            "newest-evidence",
            "overview-newest",
            column_config={"date": app_state.DATE_COLUMN, "sentence": st.column_config.TextColumn(width="large"), "article_id": None},
            caption="Open a commitment on the Commitments page for all its evidence and the articles behind it.",
        )


main()
