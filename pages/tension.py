"""Tension: the US–China tension index over time with the commitments made, verified and broken,
tension by topic, why a domain index beats general sentiment, the sentences and cues behind
every score, and how accurate the index measured on labelled sentences."""

import streamlit as st

import app_state
from detente import charts, style, views
from detente.tension import THRESHOLD

METHODOLOGY = """
**How a sentence is scored.** Each sentence is matched against a domain lexicon of escalation cues
(*sanctions*, *drills*, *suspended talks*, *tariff hikes*) and easing cues (*truce*, *resumed
military communication*, *agreed*), each with a weight. A negator in the words just before a cue
(*did not*, *refused to*) cancels it, a hedge (*could*, *if*) shrinks it, and a cue in a
background clause (*after*, *since*) counts half. A verb that ends a hostile measure turns it
into easing (*suspend its port fees*, *avoid escalation*: listed as *reversed*, the verb as
*spent*); a threat keeps its weight under its condition (*would retaliate if*); escalation words
inside a promised action count half (*committed*). A sentence that states a commitment, reports
the two sides meeting or talking (*the two presidents spoke by phone*), or reports some other act
done between them that no cue names (*shared act*), carries one more easing cue, listed in
brackets; a hostile undertaking (*will impose visa restrictions on ...*) earns none. Enforcement
is read by side: China seizing drug precursors eases, the US seizing Chinese goods escalates.
TextBlob polarity nudges the sum a little,
and the total is squashed into **−1 (easing) … +1 (escalation)**; above +{threshold} a sentence is labelled
escalation, below −{threshold} easing. The cues behind every score are listed in the table above.

**From sentences to the index.** An article's tension is the mean over its scored sentences;
boilerplate (bylines, *Read more*, copyright lines) is never scored and duplicate articles are
left out. A period's index is the mean tension of its articles; the line is a rolling mean over
the last periods that had articles. Periods without articles are left empty, not zero.

**Why not general sentiment?** News on export controls or military channels is written in a
flat register: a general-purpose lexicon such as TextBlob reads most of it as neutral. The chart
above shows the two side by side; the measured accuracy below puts numbers on it.
"""


def index_section(view: views.View, freq: str) -> None:
    periods = views.tension_periods(view.articles, freq)
    events = views.event_markers(view.commitments, view.evidence)
    text = view.text("tension", extra=f"per {freq}")
    app_state.chart(charts.tension_index(periods, events, freq, text), "tension-index")
    st.caption(
        "Bars: mean article tension of each period (orange escalation, teal easing); line: rolling mean. "
        "The strip below marks the periods in which commitments were made (●), verified by progress or "
        "fulfilment evidence (▲) or broken by setbacks (✕); hover for the items."
    )
    with st.expander("Index table"):
        app_state.table(
            periods,
            f"tension-index-{freq}",
            "periods",
            column_config={
                "period": st.column_config.DateColumn(format="YYYY-MM-DD"),
                "share_index": st.column_config.NumberColumn(help="Escalation share, 100 = the average over the whole span"),
                "net_index": st.column_config.NumberColumn(help="100 + (escalation share − easing share − its average) × 100"),
            },
        )


def topic_section(view: views.View) -> None:
    frame = views.tension_by_topic(view.sentences, view.filters.topics)
    app_state.chart(charts.tension_by_topic(frame, view.text("tension")), "tension-topic")


def polarity_section(view: views.View, freq: str) -> None:
    frame = views.polarity_and_tension(view.articles, view.sentences, freq)
    app_state.chart(charts.polarity_vs_tension(frame, freq, view.text("tension", extra=f"per {freq}")), "tension-polarity")
    blind = views.polarity_blind_spot(view.sentences)
    if blind["sentences"]:
        st.caption(
            f"TextBlob reads {blind['flat_share']:.0%} of the {blind['sentences']} analysed sentences as neutral "
            f"(|polarity| < 0.1); the domain index finds escalation or easing in {blind['flat_scored_share']:.0%} of those. "
            "Polarity is drawn reversed so that both lines rise with hostility."
        )


def sentence_section(view: views.View) -> None:
    app_state.restore("tension_labels")
    st.session_state.setdefault("tension_labels", ["escalation", "easing"])
    labels = st.multiselect("Show sentences labelled", list(style.TENSION_LABELS), format_func=style.TENSION_LABELS.get, key="tension_labels")
    app_state.remember("tension_labels", labels)
    rows = view.sentences[view.sentences["tension_label"].isin(labels or list(style.TENSION_LABELS))]
    rows = rows.assign(_strength=rows["tension"].abs()).sort_values("_strength", ascending=False)
    app_state.table(
        views.sentence_table(rows),
        "tension-sentences",
        "tension-sentences",
        column_config=app_state.SENTENCE_COLUMNS,
        height=420,
        caption="Strongest first. cues: the lexicon words behind each score, with their signed weights and modifiers.",
    )


def accuracy_section() -> None:
    """The measured accuracy from ``python -m detente evaluate``, computed on demand once per server."""
    if app_state.evaluation_module() is None:
        st.info("Run `python -m detente evaluate` for the measured accuracy (the evaluation module is not available here).")
        return
    metrics = app_state.evaluation_metrics(compute=False)
    if metrics is None:
        st.caption("Scoring the labelled development set takes a few seconds; it is done once per server.")
        if st.button("Measure accuracy now", key="run-evaluation", icon=":material/fact_check:"):
            metrics = app_state.evaluation_metrics(compute=True)
    if metrics is None:
        return
    wide = views.evaluation_wide(metrics)
    app_state.chart(charts.method_comparison(wide, views.evaluation_text(wide)), "tension-accuracy")
    app_state.table(
        wide,
        "measured-accuracy",
        "accuracy",
        column_config={c: st.column_config.NumberColumn(format="%.2f") for c in wide.columns if not c.startswith(("task", "method", "n "))},
        caption="F1 holds accuracy for commitment actor, evidence effect and commitment status. Same figures as `python -m detente evaluate`.",
    )


def main() -> None:
    context = app_state.page_context()
    view = context.view
    st.title("Tension")
    if view.dated.empty:
        st.warning("No dated article matches the filters. Widen the date range or clear a filter in the sidebar.")
        return
    freq = app_state.frequency_picker()
    index_section(view, freq)
    st.subheader("By topic")
    topic_section(view)
    st.subheader("Domain index vs. general sentiment")
    polarity_section(view, freq)
    st.subheader("Sentences and the cues behind their scores")
    sentence_section(view)
    st.subheader("Methodology")
    st.markdown(METHODOLOGY.format(threshold=f"{THRESHOLD:g}"))
    accuracy_section()


main()
