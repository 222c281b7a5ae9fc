"""Commitments: what the US and China pledged, and what later reporting says became of it.

Sections, top to bottom: the verification timeline, the status board with fulfilment rates,
one commitment in detail (its reports, evidence, the articles behind them and its verification
ledger), the full table, and the ledger's hand-added commitments and export / import.
Each section is one function taking the page context and the commitments with their current
status (an analyst decision in the ledger overrides the inferred one).
"""

import pandas as pd
import streamlit as st

import app_state
import ledger_panel
from detente import charts, style, views


def timeline_section(context: app_state.PageContext, commitments: pd.DataFrame) -> None:
    rows = views.timeline_rows(commitments, context.analysis.as_of)
    app_state.chart(charts.commitment_timeline(rows, context.view.text("commitments"), context.analysis.as_of), "commitment-timeline")
    undated = len(commitments) - len(rows)
    st.caption(
        "The line's colour and end square give the current status; a hexagon marks a status decided by an analyst in the ledger "
        "(it overrides the inferred one), and an outlined marker evidence an analyst added. The line runs to the latest article while the commitment is open, "
        "to its last evidence once fulfilled or broken. Hover a marker for its sentence." + (f" {undated} undated commitment(s) are listed in the table only." if undated else "")
    )


def fulfilment_rates(commitments) -> None:
    """US, China and joint pledges side by side: how many were fulfilled, partly kept or broken."""
    rates = views.fulfilment_rates(commitments)
    columns = st.columns(len(rates))
    for column, rate in zip(columns, rates.to_dict("records")):
        with column:
            value = f"{rate['rate']:.0%}" if pd.notna(rate["rate"]) else "–"  # the frame holds NaN for "no commitments"
            st.metric(f"{rate['label']}: fulfilled", value, help="Fulfilled commitments / all commitments of this actor shown.", border=True)
            st.caption(app_state.md_escape(views.status_counts_text(rate)))


def status_section(context: app_state.PageContext, commitments: pd.DataFrame) -> None:
    app_state.chart(charts.status_board(views.status_board(commitments), context.view.text("commitments")), "commitment-status")
    fulfilment_rates(commitments)
    with st.expander("Status board table"):
        board = views.status_board(commitments)
        board.index = [style.status_label(s) for s in board.index]
        board.columns = [style.actor_label(a) for a in board.columns]
        app_state.table(board.reset_index(names="status"), "status-board", "status-board")
    decided = int((commitments["status_source"] == "analyst").sum())
    st.caption(
        "Statuses are inferred from all dated evidence in the corpus, unless an analyst decided one in the verification ledger "
        f"({decided} shown here); the reason for each is shown with the commitment below. "
        "An inferred status is a lead, not a finding: on sample articles the project had never seen, it was right for "
        "fewer than half of the commitments, where a second careful reader agreed with the labels on 97 in 100 (README, “Measured quality”). "
        "Read the evidence before citing one, and record your verdict in the ledger."
    )


def pick_commitment(commitments) -> dict | None:
    """A commitment chosen in a selectbox, mirrored in the URL as ``commitment``."""
    ids = commitments["id"].tolist()
    param = app_state.choice_param("commitment", "commitment", ids, None, "commitment")
    app_state.restore("commitment")
    message = app_state.apply_url(param)
    if message:
        st.warning(app_state.md_escape(message + " (it may be outside the current filters)."))
    if st.session_state.get("commitment") not in ids:
        st.session_state["commitment"] = ids[0]
    by_id = commitments.set_index("id", drop=False)
    chosen = st.selectbox("Commitment", ids, key="commitment", format_func=lambda i: views.commitment_label(by_id.loc[i]))
    app_state.remember("commitment", chosen)
    app_state.publish(param, chosen)
    return by_id.loc[chosen].to_dict() if chosen else None


def open_links(frame) -> None:
    """A link per distinct article in a reports or evidence table."""
    seen = frame.drop_duplicates("article_id")
    for row in seen.itertuples():
        when = row.date.isoformat() if hasattr(row.date, "isoformat") else "undated"
        title, sample = row.article.removesuffix(" [Sample]"), row.article.endswith(" [Sample]")
        app_state.article_link(row.article_id, f"{when} · {row.source} · {style.shorten(title, 70)}" + (" [Sample]" if sample else ""))


def detail_section(context: app_state.PageContext, commitments: pd.DataFrame, store) -> None:
    commitments = commitments.sort_values(["date", "actor"], na_position="last")
    commitment = pick_commitment(commitments)
    if commitment is None:
        return
    app_state.quote(commitment["text"], commitment["attribution"])
    app_state.facts(
        [
            ("Actor", style.actor_label(commitment["actor"])),
            ("Topic", ", ".join(style.topic_label(t) for t in [commitment["topic"]] + [t for t in commitment["topics"] if t != commitment["topic"]])),
            ("Made", str(commitment["date"] or "undated")),
            ("Deadline", f"{commitment['deadline']} ({commitment['deadline_text']})" + (" · overdue" if commitment["overdue"] else "") if commitment["deadline"] else "none stated"),
            *ledger_panel.status_facts(commitment),
        ],
        color=style.STATUS_COLORS.get(commitment["status"]),
    )
    if store is not None:
        with st.container(border=True):
            st.markdown("**Verification ledger**")
            ledger_panel.commitment_ledger(store, commitment)
    reports = views.reports_table(commitment, context.analysis.articles)
    st.markdown(f"**Reported in {len(reports)} article{'s' if len(reports) != 1 else ''}**")
    app_state.table(reports, f"commitment-{commitment['id']}-reports", "reports", column_config={"date": app_state.DATE_COLUMN, "sentence": st.column_config.TextColumn(width="large"), "article_id": None})
    open_links(reports)
    evidence = views.evidence_table(commitment, context.analysis.articles)
    st.markdown(f"**Evidence ({len(evidence)})**")
    if evidence.empty:
        st.caption("No later report bears on this commitment yet.")
        return
    app_state.table(evidence, f"commitment-{commitment['id']}-evidence", "evidence", column_config={"date": app_state.DATE_COLUMN, "sentence": st.column_config.TextColumn(width="large"), "article_id": None})
    if any(e.get("reading") for e in commitment["evidence"]):
        st.caption(
            "“learned model: …” in the cue column: a word model trained on the labelled sets read the effect otherwise than the cue did, "
            "and was sure enough to replace it; the words named weighed most for its reading. They are word statistics, not reasons."
        )
    with st.expander(f"Open the articles behind the evidence ({evidence['article_id'].nunique()})"):
        open_links(evidence)


def table_section(context: app_state.PageContext, commitments: pd.DataFrame) -> None:
    app_state.table(
        views.commitment_table(commitments),
        "commitments",
        "commitments",
        column_config={"made": app_state.DATE_COLUMN, "deadline": app_state.DATE_COLUMN, "sentence": st.column_config.TextColumn(width="large"), "id": None},
    )


def main() -> None:
    context = app_state.page_context()
    st.title("Commitments")
    st.caption("Pledges by the US, China or both, and what later reporting in the corpus says about them.")
    store, commitments = app_state.commitments_with_ledger(context)
    if commitments.empty:
        st.warning("No commitment matches the filters. Clear the actor or topic filter, or widen the date range.")
    else:
        timeline_section(context, commitments)
        st.subheader("Status board")
        status_section(context, commitments)
        st.subheader("One commitment in detail")
        detail_section(context, commitments, store)
        st.subheader("All commitments")
        table_section(context, commitments)
    if store is not None:
        st.subheader("Verification ledger")
        ledger_panel.ledger_section(store)


main()
