"""Plotly figures for the dashboard: plain functions from the tables in ``views`` to ``go.Figure``.

Every figure is finished by ``style.finish`` (title, subtitle, axis labels, footnote) and uses
the palette in ``style``. Marks that can be clicked carry ``customdata`` naming what they
stand for (a topic id, a period, a source), so a page can list the sentences behind them.
"""

from __future__ import annotations

import functools
import hashlib
import pickle
import threading
from collections import OrderedDict
from datetime import date, timedelta

import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from detente import style, views
from detente.style import ChartText

# Figures already built, by builder and arguments: building a Plotly figure trace by trace costs
# ten times more than rebuilding it from its dict, and a page rerun (a page switch, another
# widget) asks again for the same charts. Keys hash the pickled arguments, so equal data gives
# the same figure and any change of data gives a new one.
_FIGURES: OrderedDict[str, dict] = OrderedDict()
FIGURE_CACHE_SIZE = 64
_FIGURE_ARGS_LIMIT = 8_000_000  # bytes of pickled arguments above which a figure is not kept
_FIGURES_LOCK = threading.Lock()


def memoized(builder):
    """Keep ``builder``'s figures by argument content; every call returns a new ``go.Figure``."""

    @functools.wraps(builder)
    def build(*args, **kwargs):
        try:
            blob = pickle.dumps((builder.__qualname__, args, sorted(kwargs.items())), protocol=pickle.HIGHEST_PROTOCOL)
        except Exception:  # noqa: BLE001 - unpicklable arguments: build without the cache
            blob = None
        if blob is None or len(blob) > _FIGURE_ARGS_LIMIT:
            style.use_house_template()
            return builder(*args, **kwargs)
        key = hashlib.sha256(blob).hexdigest()
        with _FIGURES_LOCK:
            kept = _FIGURES.get(key)
            if kept is not None:
                _FIGURES.move_to_end(key)
        if kept is not None:
            return go.Figure(kept)
        style.use_house_template()
        fig = builder(*args, **kwargs)
        with _FIGURES_LOCK:
            _FIGURES[key] = fig.to_dict()
            while len(_FIGURES) > FIGURE_CACHE_SIZE:
                _FIGURES.popitem(last=False)
        return fig

    build.uncached = builder
    return build

PERIOD_WORD = {"day": "Day", "week": "Week (starting Monday)", "month": "Month"}
PERIOD_FORMAT = {"day": "%-d %b %Y", "week": "%-d %b %Y", "month": "%b %Y"}
PERIOD_DAYS = {"day": 1, "week": 7, "month": 30}
FEW_PERIODS = 12


def _percent(value: float) -> str:
    """A share as a whole percentage; a share too small to round to 1% says so rather than "0%"."""
    if 0 < value < 0.005:
        return "<1%"
    return f"{value * 100:.0f}%"


def _period_axis(fig: go.Figure, periods, freq: str, **where) -> None:
    """Date ticks that name periods ("Nov 2023"), never times of day: with few periods a tick on each
    (and a padded range, so one period is not stretched over the whole axis), else plotly's own ticks."""
    fmt = PERIOD_FORMAT.get(freq, "%-d %b %Y")
    stamps = sorted(pd.to_datetime(pd.Series(list(periods))).dropna().unique())
    fig.update_xaxes(tickformat=fmt, hoverformat=fmt, **where)
    if not stamps:
        return
    pad = pd.Timedelta(days=PERIOD_DAYS.get(freq, 30))
    first, last = pd.Timestamp(stamps[0]), pd.Timestamp(stamps[-1])
    if (last - first) / pad < FEW_PERIODS:
        fig.update_xaxes(tickvals=list(stamps), range=[first - pad, last + pad], **where)
    else:
        # Room for the first and last bars, which may be wider than their period (``_bar_days``).
        wide = pd.Timedelta(days=max(PERIOD_DAYS.get(freq, 30), _bar_days(freq, stamps)))
        fig.update_xaxes(range=[first - wide, last + wide], **where)


# A bar is never narrower than this share of the axis: a day's bar on a two-year axis would be a
# hairline that vanishes in a slide.
MIN_BAR_SHARE = 1 / 150


def _bar_days(freq: str, periods=()) -> float:
    """The days a bar stands for: its period, widened on a long axis to at least ``MIN_BAR_SHARE``
    of the axis span (hover still names the period)."""
    days = PERIOD_DAYS.get(freq, 30)
    stamps = pd.to_datetime(pd.Series(list(periods)), errors="coerce").dropna()
    if len(stamps) > 1:
        span = (stamps.max() - stamps.min()).days + 2 * days  # the axis is padded by a period each side
        days = max(days, span * MIN_BAR_SHARE / 0.8)
    return days


def _bar_width(freq: str, periods=()) -> float:
    """A bar's width in milliseconds: most of its period (plotly's own guess fails for a single bar)."""
    return _bar_days(freq, periods) * 0.8 * 86_400_000


def _count_axis(fig: go.Figure, top: float, axis: str = "x") -> None:
    """Whole-number ticks for counts (plotly would tick 0, 0.5, 1, 1.5 for a maximum of 2)."""
    if top <= 10:
        update = fig.update_xaxes if axis == "x" else fig.update_yaxes
        update(tick0=0, dtick=1 if top <= 6 else 2, tickformat="d")


# Topics


@memoized
def topic_shares(shares: pd.DataFrame, text: ChartText, title: str = "Share of sentences per topic") -> go.Figure:
    """Horizontal bars: share of analysed sentences that mention each topic (largest on top)."""
    if shares.empty or shares["sentences"].sum() == 0:
        return style.empty_figure(title, text)
    ordered = shares.iloc[::-1]
    fig = go.Figure(
        go.Bar(
            x=ordered["share"],
            y=ordered["label"],
            orientation="h",
            marker_color=[style.topic_color(t) for t in ordered["topic"]],
            text=[f"{_percent(s)} ({n})" for s, n in zip(ordered["share"], ordered["sentences"])],
            textposition="outside",
            cliponaxis=False,
            customdata=ordered[["topic"]].to_numpy(),
            hovertemplate="%{y}: %{x:.0%} of sentences (%{text})<extra></extra>",
        )
    )
    height = max(300, 150 + 34 * len(ordered) + 60)
    style.finish(fig, title, text, "Share of analysed sentences (a sentence can mention several topics)", None, height=height, legend=False, left=style.label_room(ordered["label"]))
    fig.update_xaxes(tickformat=".0%", range=[0, max(ordered["share"].max() * 1.25, 0.05)])
    return fig


@memoized
def topic_volume(volume: pd.DataFrame, freq: str, text: ChartText, title: str = "Topic volume over time") -> go.Figure:
    """Stacked bars: sentences per topic per period; each bar segment names its topic and period."""
    if volume.empty:
        return style.empty_figure(title, text)
    fig = go.Figure()
    order = volume.groupby("topic")["sentences"].sum().sort_values(ascending=False).index
    for topic in order:
        rows = volume[volume["topic"] == topic]
        fig.add_bar(
            x=rows["period"],
            y=rows["sentences"],
            name=style.topic_label(topic),
            marker_color=style.topic_color(topic),
            customdata=[[topic, p.isoformat()] for p in rows["period"]],
            width=_bar_width(freq, volume["period"]),
            hovertemplate=f"{style.topic_label(topic)}<br>%{{x|%Y-%m-%d}}: %{{y}} sentences<extra></extra>",
        )
    # The key goes under the subtitle: a legend at the right would take half the plot in a narrow window.
    key = style.key_lines([("■", style.topic_color(t), style.topic_label(t)) for t in order], width=text.width)
    style.finish(fig, title, text, PERIOD_WORD.get(freq, freq.capitalize()), "Sentences mentioning the topic", height=480, legend=False, key=key)
    fig.update_layout(barmode="stack", bargap=0.15)
    _period_axis(fig, volume["period"], freq)
    _count_axis(fig, volume.groupby("period")["sentences"].sum().max(), "y")
    return fig


@memoized
def topic_source_heatmap(matrix: pd.DataFrame, text: ChartText, title: str = "Topics by source") -> go.Figure:
    """Heatmap: share of each source's sentences that mention each topic.

    The longer list runs down the page: with fewer sources than topics (the usual case) topics
    are the rows and sources the columns, so a phone-width plot keeps cells wide enough to read;
    with many sources, sources are the rows.
    """
    if matrix.empty or matrix.to_numpy().sum() == 0:
        return style.empty_figure(title, text)
    topics_down = len(matrix.index) < len(matrix.columns)
    shown = matrix.T if topics_down else matrix
    row_labels = [style.topic_label(t) for t in shown.index] if topics_down else list(shown.index)
    column_labels = list(shown.columns) if topics_down else [style.topic_label(t) for t in shown.columns]
    values = shown.to_numpy()
    if topics_down:
        custom = [[[source, topic] for source in shown.columns] for topic in shown.index]
        hover = "%{x} · %{y}: %{z:.0%} of the source's sentences<extra></extra>"
    else:
        custom = [[[source, topic] for topic in shown.columns] for source in shown.index]
        hover = "%{y} · %{x}: %{z:.0%} of the source's sentences<extra></extra>"
    fig = go.Figure(
        go.Heatmap(
            z=values,
            x=column_labels,
            y=row_labels,
            colorscale=[[0, "#f5f7fa"], [1, style.ACTOR_COLORS["US"]]],
            zmin=0,
            text=[[_percent(v) for v in row] for row in values],
            texttemplate="%{text}",
            customdata=custom,
            hovertemplate=hover,
            colorbar={"title": {"text": "Share"}, "tickformat": ".0%", "thickness": 12},
            xgap=2,
            ygap=2,
        )
    )
    height = 270 + max(150, 40 * len(row_labels))  # a single row still gets a readable colour bar
    x_title, y_title = ("Source", "Topic") if topics_down else ("Topic", "Source")
    style.finish(fig, title, text, x_title, y_title, height=height + 30, legend=False, axis_space=110, left=style.label_room(row_labels, extra=22))
    fig.update_xaxes(showgrid=False, tickangle=-30, side="bottom")
    fig.update_yaxes(showgrid=False, autorange="reversed")
    return fig


@memoized
def matched_terms(terms: pd.DataFrame, topic: str, text: ChartText, top: int = 12) -> go.Figure:
    """Horizontal bars: the taxonomy terms that matched one topic, most frequent on top."""
    title = f"Matched terms: {style.topic_label(topic)}"
    rows = terms[terms["topic"] == topic].head(top)
    if rows.empty:
        return style.empty_figure(title, text)
    ordered = rows.iloc[::-1]
    fig = go.Figure(
        go.Bar(
            x=ordered["sentences"],
            y=ordered["term"],
            orientation="h",
            marker_color=style.topic_color(topic),
            text=ordered["sentences"],
            textposition="outside",
            cliponaxis=False,
            customdata=[[topic, t] for t in ordered["term"]],
            hovertemplate="“%{y}”: %{x} sentences<extra></extra>",
        )
    )
    style.finish(fig, title, text, "Sentences matching the term", None, height=max(300, 150 + 28 * len(ordered) + 60), legend=False, left=style.label_room(ordered["term"]))
    _count_axis(fig, ordered["sentences"].max())
    return fig


@memoized
def emerging_terms(emerging: pd.DataFrame, text: ChartText, top: int = 15, title: str = "Emerging terms outside the taxonomy") -> go.Figure:
    """Horizontal bars: frequent phrases the taxonomy does not cover, by number of articles."""
    if emerging.empty:
        return style.empty_figure(title, text, "No frequent phrases outside the taxonomy.")
    ordered = emerging.head(top).iloc[::-1]
    fig = go.Figure(
        go.Bar(
            x=ordered["articles"],
            y=ordered["term"],
            orientation="h",
            marker_color=style.MUTED,
            text=[f"{a} articles, {m} mentions" for a, m in zip(ordered["articles"], ordered["mentions"])],
            textposition="outside",
            cliponaxis=False,
            hovertemplate="“%{y}”: %{text}<extra></extra>",
        )
    )
    style.finish(fig, title, text, "Articles using the phrase", None, height=max(300, 150 + 26 * len(ordered) + 60), legend=False, left=style.label_room(ordered["term"]))
    fig.update_xaxes(range=[0, ordered["articles"].max() * 1.45])
    _count_axis(fig, ordered["articles"].max())
    return fig


# Tension

# The strip's rows: short names (they set the plot's left edge), spelled out in the chart's key.
EVENT_ROWS = {
    "made": ("Made", style.INK, "circle"),
    "verified": ("Verified", style.EFFECT_COLORS["fulfilled"], "triangle-up"),
    "broken": ("Broken", style.EFFECT_COLORS["setback"], "x"),
}
EVENT_KEY = {"made": ("●", "commitments made"), "verified": ("▲", "verified: progress or fulfilment"), "broken": ("✖", "broken: setbacks")}


def _event_summary(events: pd.DataFrame, freq: str) -> pd.DataFrame:
    """Events counted per period and kind, with the first few listed for the hover label."""
    if events.empty:
        return pd.DataFrame(columns=["period", "kind", "count", "hover"])
    frame = events.assign(period=views.period_start(events["date"], freq))
    rows = []
    for (period, kind), group in frame.groupby(["period", "kind"]):
        items = [f"• {style.actor_label(a)}: {style.shorten(t, 70)}" for a, t in zip(group["actor"], group["text"])]
        more = f"<br>… and {len(items) - 6} more" if len(items) > 6 else ""
        hover = "<br>".join(style.hover_text(i, 80) for i in items[:6]) + more
        rows.append({"period": period, "kind": kind, "count": len(group), "hover": hover})
    return pd.DataFrame(rows)


@memoized
def tension_index(periods: pd.DataFrame, events: pd.DataFrame, freq: str, text: ChartText, title: str = "US–China tension index") -> go.Figure:
    """Mean article tension per period (bars, coloured by direction) with a rolling mean, over a strip of
    commitments made, verified and broken in the same periods."""
    shown = periods[periods["articles"] > 0]
    if shown.empty:
        return style.empty_figure(title, text)
    fig = make_subplots(rows=2, cols=1, shared_xaxes=True, row_heights=[0.72, 0.28], vertical_spacing=0.06)
    for label, rows in (("escalation", shown[shown["mean_tension"] > 0]), ("easing", shown[shown["mean_tension"] <= 0])):
        fig.add_bar(
            x=rows["period"],
            y=rows["mean_tension"],
            width=_bar_width(freq, shown["period"]),
            marker_color=style.TENSION_COLORS[label],
            name=f"{style.TENSION_LABELS[label]} (mean {'above' if label == 'escalation' else 'below'} 0)",
            customdata=rows[["articles"]].to_numpy(),
            hovertemplate="%{x|%Y-%m-%d}: %{y:+.2f} (%{customdata[0]} articles)<extra></extra>",
            row=1,
            col=1,
        )
    window = views.ROLLING.get(freq, 3)
    fig.add_scatter(
        x=shown["period"],
        y=shown["rolling"],
        mode="lines+markers",  # a lone period still shows its point
        line={"color": style.INK, "width": 2.5},
        marker={"size": 5, "color": style.INK},
        name=f"Rolling mean ({window} {freq}s)",
        hovertemplate="%{x|%Y-%m-%d}: rolling mean %{y:+.2f}<extra></extra>",
        row=1,
        col=1,
    )
    fig.add_hline(y=0, line={"color": "#9aa5b1", "width": 1}, row=1, col=1)
    summary = _event_summary(events, freq)
    for kind, (label, color, symbol) in EVENT_ROWS.items():
        rows = summary[summary["kind"] == kind]
        fig.add_scatter(
            x=rows["period"],
            y=[label] * len(rows),
            mode="markers",
            marker={"color": color, "symbol": symbol, "size": [min(8 + 2 * c, 18) for c in rows["count"]], "line": {"width": 1, "color": "white"}},
            name=label,
            customdata=rows[["count", "hover"]].to_numpy() if len(rows) else None,
            hovertemplate=f"<b>{EVENT_KEY[kind][1].capitalize()}</b> %{{x|%Y-%m-%d}}: %{{customdata[0]}}<br>%{{customdata[1]}}<extra></extra>",
            showlegend=False,
            row=2,
            col=1,
        )
    # The key goes in the subtitle: a legend inside the plot would cover the bars of the latest periods.
    key = style.key_lines(
        [
            ("■", style.TENSION_COLORS["escalation"], "escalation (mean above 0)"),
            ("■", style.TENSION_COLORS["easing"], "easing (mean below 0)"),
            ("━", style.INK, f"rolling mean ({window} {freq}s)"),
            *((symbol, EVENT_ROWS[kind][1], label) for kind, (symbol, label) in EVENT_KEY.items()),
        ],
        width=text.width,
    )
    style.finish(fig, title, text, None, None, height=580, axis_space=50, legend=False, left=style.label_room([v[0] for v in EVENT_ROWS.values()]), key=key)
    fig.update_yaxes(title_text="Tension (−1 easing … +1 escalation)", range=[-1, 1], zeroline=False, row=1, col=1)
    fig.update_yaxes(categoryorder="array", categoryarray=[v[0] for v in reversed(list(EVENT_ROWS.values()))], range=[-0.6, 2.6], showgrid=False, row=2, col=1)
    fig.update_xaxes(title_text=PERIOD_WORD.get(freq, freq), row=2, col=1)
    _period_axis(fig, shown["period"], freq)
    fig.update_layout(bargap=0.2, barmode="relative")
    return fig


@memoized
def tension_by_topic(frame: pd.DataFrame, text: ChartText, title: str = "Tension by topic") -> go.Figure:
    """Diverging bars: mean sentence tension per topic, escalation to the right."""
    if frame.empty:
        return style.empty_figure(title, text)
    colors = [style.TENSION_COLORS["escalation"] if v > 0 else style.TENSION_COLORS["easing"] for v in frame["mean_tension"]]
    labels = [f"{label} ({n})" for label, n in zip(frame["label"], frame["sentences"])]
    fig = go.Figure(
        go.Bar(
            x=frame["mean_tension"],
            y=labels,
            orientation="h",
            marker_color=colors,
            text=[f"{v:+.2f}" for v in frame["mean_tension"]],
            textposition="outside",
            cliponaxis=False,
            customdata=frame[["topic", "escalation_share", "easing_share"]].to_numpy(),
            hovertemplate="%{y}: mean %{x:+.2f}<br>escalation %{customdata[1]:.0%}, easing %{customdata[2]:.0%}<extra></extra>",
        )
    )
    limit = max(0.5, float(frame["mean_tension"].abs().max()) * 1.5)
    style.finish(fig, title, text, "Mean sentence tension (−1 easing … +1 escalation); (n) = sentences", None, height=max(320, 160 + 34 * len(frame) + 60), legend=False, left=style.label_room(labels))
    fig.update_xaxes(range=[-limit, limit], zeroline=True, zerolinecolor="#9aa5b1")
    return fig


@memoized
def polarity_vs_tension(frame: pd.DataFrame, freq: str, text: ChartText, title: str = "Domain tension index vs. general sentiment") -> go.Figure:
    """Two lines per period: the tension index and TextBlob polarity (sign flipped so both rise with hostility)."""
    if frame.empty:
        return style.empty_figure(title, text)
    fig = go.Figure()
    fig.add_scatter(
        x=frame["period"],
        y=frame["tension"],
        mode="lines+markers",
        name="Tension index (domain lexicon)",
        line={"color": style.TENSION_COLORS["escalation"], "width": 2.5},
        hovertemplate="%{x|%Y-%m-%d}: tension %{y:+.2f}<extra></extra>",
    )
    fig.add_scatter(
        x=frame["period"],
        y=-frame["polarity"],
        mode="lines+markers",
        name="TextBlob polarity, reversed (−polarity)",
        line={"color": style.POLARITY_COLOR, "width": 2, "dash": "dash"},
        hovertemplate="%{x|%Y-%m-%d}: −polarity %{y:+.2f}<extra></extra>",
    )
    key = style.key_lines(
        [("━", style.TENSION_COLORS["escalation"], "tension index (domain lexicon)"), ("╍", style.POLARITY_COLOR, "TextBlob polarity, reversed (−polarity)")],
        width=text.width,
    )
    style.finish(fig, title, text, PERIOD_WORD.get(freq, freq), "Mean score (−1 … +1)", height=440, legend=False, key=key)
    fig.update_yaxes(range=[-1, 1])
    _period_axis(fig, frame["period"], freq)
    fig.add_hline(y=0, line={"color": "#9aa5b1", "width": 1})
    return fig


# Commitments


@memoized
def status_board(board: pd.DataFrame, text: ChartText, title: str = "Commitments by status") -> go.Figure:
    """Stacked horizontal bars: each actor's commitments split by status, US and China side by side."""
    if board.empty or board.to_numpy().sum() == 0:
        return style.empty_figure(title, text, "No commitments for these filters.")
    actors = [a for a in board.columns if board[a].sum() > 0] or list(board.columns)
    labels = [f"{style.actor_label(a)} ({int(board[a].sum())})" for a in actors]
    fig = go.Figure()
    for status in board.index:
        counts = [int(board.loc[status, a]) for a in actors]
        if not any(counts):
            continue
        fig.add_bar(
            x=counts,
            y=labels,
            orientation="h",
            name=style.status_label(status),
            marker_color=style.STATUS_COLORS.get(status, style.MUTED),
            text=[c if c else "" for c in counts],
            textposition="inside",
            insidetextanchor="middle",
            textfont={"color": "white"},
            customdata=[[status, a] for a in actors],
            hovertemplate=f"%{{y}}: %{{x}} {style.status_label(status).lower()}<extra></extra>",
        )
    style.finish(fig, title, text, "Commitments", None, height=170 + 55 * len(actors) + 60, left=style.label_room(labels))
    fig.update_layout(barmode="stack", bargap=0.35)
    _count_axis(fig, max(int(board[a].sum()) for a in actors))
    fig.update_yaxes(autorange="reversed", showgrid=False)
    return fig


def _timeline_hover(c) -> str:
    deadline = f"<br>Deadline: {c['deadline']} ({c['deadline_text']})" if c["deadline"] else ""
    overdue = " · <b>OVERDUE</b>" if c["overdue"] else ""
    attribution = f"<br><i>{style.hover_text(c['attribution'], 80)}</i>" if c["attribution"] else ""
    return (
        f"<b>{style.actor_label(c['actor'])} · {style.topic_label(c['topic'])}</b> made {c['date']}<br>"
        f"{style.hover_text(c['text'], 80)}{attribution}<br>"
        f"Status: <b>{style.status_label(c['status'])}</b>{overdue}{deadline}<br>{style.hover_text(c['status_reason'], 80)}"
    )


def _row_label(c) -> str:
    """A timeline row's name: topic and action, with overdue commitments flagged in red."""
    label = style.hover_text(f"{style.topic_label(c['topic'])}: {style.shorten(c['action'], 70)}", 300)
    if c["overdue"]:
        return f'<span style="color:{style.EFFECT_COLORS["setback"]}"><b>OVERDUE</b></span> {label}'
    return label


ROW_PX = 36
LEGEND_RANK = {"status": 100, "decision": 150, "made": 200, "effect": 300, "deadline": 400}


def _legend(fig_state: set, key: str) -> bool:
    """Show a legend entry the first time a kind of mark appears (the subplots repeat them)."""
    first = key not in fig_state
    fig_state.add(key)
    return first


def _timeline_status_lines(fig, mine, row, shown) -> None:
    """The line from when a commitment was made to where it stands, coloured by its status, with an end square."""
    for rank, status in enumerate(style.ordered_statuses()):
        sel = mine[mine["status"] == status]
        if sel.empty:
            continue
        xs, ys = [], []
        for i, c in sel.iterrows():
            xs += [c["date"], c["end"], None]
            ys += [i, i, None]
        group = f"status-{status}"
        fig.add_scatter(
            x=xs, y=ys, mode="lines", line={"color": style.STATUS_COLORS[status], "width": 5},
            name=f"Status: {style.status_label(status)}", legendgroup=group, legendrank=LEGEND_RANK["status"] + rank,
            showlegend=_legend(shown, group), hoverinfo="skip", row=row, col=1,
        )
        fig.add_scatter(
            x=sel["end"], y=list(sel.index), mode="markers",
            marker={"symbol": "square", "size": 9, "color": style.STATUS_COLORS[status], "line": {"width": 1, "color": "white"}},
            legendgroup=group, showlegend=False, customdata=[[_timeline_hover(c), c["id"]] for _, c in sel.iterrows()],
            hovertemplate="%{customdata[0]}<extra></extra>", row=row, col=1,
        )


def _decision_hover(c) -> str:
    return (
        f"<b>Analyst decision: {style.status_label(c['status'])}</b><br>{style.hover_text(c['status_reason'], 80)}<br>"
        f"<i>Inferred: {style.status_label(c['inferred_status'])}. {style.hover_text(c['inferred_reason'], 80)}</i><br>"
        f"{style.hover_text(c['action'], 80)}"
    )


def _timeline_decisions(fig, mine, row, shown) -> None:
    """Analyst decisions from the verification ledger: a hexagon in the status colour over the line's end square."""
    if "status_source" not in mine:
        return
    sel = mine[mine["status_source"] == "analyst"]
    if sel.empty:
        return
    fig.add_scatter(
        x=sel["end"], y=list(sel.index), mode="markers",
        marker={"symbol": "hexagon", "size": 16, "color": [style.STATUS_COLORS.get(s, style.MUTED) for s in sel["status"]], "line": {"width": 2, "color": style.INK}},
        name="Analyst decision", legendgroup="decision", legendrank=LEGEND_RANK["decision"], showlegend=_legend(shown, "decision"),
        customdata=[[_decision_hover(c), c["id"]] for _, c in sel.iterrows()], hovertemplate="%{customdata[0]}<extra></extra>", row=row, col=1,
    )


def _timeline_hand_evidence(fig, mine, row, shown) -> None:
    """Evidence an analyst added in the ledger: the effect's marker, larger, outlined in ink."""
    if "ledger_evidence" not in mine:
        return
    xs, ys, symbols, colors, custom = [], [], [], [], []
    for i, c in mine.iterrows():
        for e in c["ledger_evidence"] or []:
            effect = e.get("effect")
            if effect not in style.EFFECT_COLORS or not e.get("date"):
                continue
            xs.append(e["date"])
            ys.append(i)
            symbols.append(style.EFFECT_SYMBOLS[effect])
            colors.append(style.EFFECT_COLORS[effect])
            custom.append([
                f"<b>{style.EFFECT_LABELS[effect]}</b> {e['date']} · added by {style.hover_text(e.get('analyst') or '', 40)} in the ledger"
                f" · {style.hover_text(e.get('source') or '', 60)}<br>{style.hover_text(e.get('note') or '', 80)}"
                f"<br><i>on: {style.hover_text(style.shorten(c['action'], 80), 80)}</i>",
                c["id"],
            ])
    if not xs:
        return
    fig.add_scatter(
        x=xs, y=ys, mode="markers",
        marker={"symbol": symbols, "size": 14, "color": colors, "line": {"width": 2, "color": style.INK}},
        name="Evidence added by an analyst", legendgroup="hand-evidence", legendrank=LEGEND_RANK["effect"] + 50,
        showlegend=_legend(shown, "hand-evidence"), customdata=custom, hovertemplate="%{customdata[0]}<extra></extra>", row=row, col=1,
    )


def _timeline_evidence(fig, mine, row, shown) -> None:
    """One marker per evidence item, coloured and shaped by its effect."""
    for rank, effect in enumerate(style.EFFECTS):
        xs, ys, custom = [], [], []
        for i, c in mine.iterrows():
            for e in c["evidence"]:
                if e.get("effect") != effect or not e.get("date"):
                    continue
                xs.append(e["date"])
                ys.append(i)
                custom.append([
                    f"<b>{style.EFFECT_LABELS[effect]}</b> {e['date']} · cue “{style.hover_text(e.get('cue', ''), 80)}”"
                    + (f" · {style.hover_text(e['reading'], 80)}" if e.get("reading") else "")
                    + f" · {style.hover_text(e.get('source', ''), 80)}<br>"
                    f"{style.hover_text(e.get('text', ''), 80)}<br><i>on: {style.hover_text(style.shorten(c['action'], 80), 80)}</i>",
                    c["id"],
                ])
        if not xs:
            continue
        group = f"effect-{effect}"
        fig.add_scatter(
            x=xs, y=ys, mode="markers",
            marker={"symbol": style.EFFECT_SYMBOLS[effect], "size": 11 if effect != "setback" else 10, "color": style.EFFECT_COLORS[effect],
                    "line": {"width": 1 if effect != "setback" else 0, "color": "white"}},
            name=f"Evidence: {style.EFFECT_LABELS[effect].lower()}", legendgroup=group, legendrank=LEGEND_RANK["effect"] + rank,
            showlegend=_legend(shown, group), customdata=custom, hovertemplate="%{customdata[0]}<extra></extra>", row=row, col=1,
        )


def _timeline_deadlines(fig, mine, row, shown, x_max) -> None:
    """Deadlines: open diamond, filled red when overdue, an arrow at the edge when after the chart's end."""
    due = mine[mine["deadline"].map(lambda d: d is not None and not pd.isna(d))]
    kinds = (
        ("deadline", "Deadline", style.INK, "diamond-open", lambda c: not c["overdue"] and c["deadline"] <= x_max),
        ("overdue", "Deadline passed (overdue)", style.EFFECT_COLORS["setback"], "diamond", lambda c: bool(c["overdue"])),
        ("later", "Deadline later (off the chart)", style.INK, "triangle-right-open", lambda c: not c["overdue"] and c["deadline"] > x_max),
    )
    for rank, (key, label, color, symbol, keep) in enumerate(kinds):
        sel = due[due.apply(keep, axis=1)] if len(due) else due
        if sel.empty:
            continue
        xs = [min(d, x_max - timedelta(days=8)) for d in sel["deadline"]]
        fig.add_scatter(
            x=xs, y=list(sel.index), mode="markers",
            marker={"symbol": symbol, "size": 11, "color": color, "line": {"width": 2, "color": color}},
            name=label, legendgroup=f"deadline-{key}", legendrank=LEGEND_RANK["deadline"] + rank, showlegend=_legend(shown, f"deadline-{key}"),
            customdata=[[f"<b>{label}</b>: {c['deadline']} ({style.hover_text(c['deadline_text'], 60)})<br>{style.hover_text(c['action'], 80)}"] for _, c in sel.iterrows()],
            hovertemplate="%{customdata[0]}<extra></extra>", row=row, col=1,
        )


def _timeline_key(rows: pd.DataFrame) -> str:
    """The timeline's key, in the subtitle: marks first, then the status colours present."""
    marks = [
        ("●", style.INK, "made"),
        ("▲", style.EFFECT_COLORS["progress"], "progress"),
        ("★", style.EFFECT_COLORS["fulfilled"], "fulfilled"),
        ("✖", style.EFFECT_COLORS["setback"], "setback"),
        ("◇", style.INK, "deadline"),
        ("◆", style.EFFECT_COLORS["setback"], "overdue"),
        ("▷", style.INK, "deadline later"),
    ]
    if "status_source" in rows and (rows["status_source"] == "analyst").any():
        marks.insert(1, ("⬢", style.INK, "analyst decision"))
    if "ledger_evidence" in rows and rows["ledger_evidence"].map(lambda items: bool(items)).any():
        marks.insert(len(marks) - 3, ("▣", style.INK, "evidence by an analyst (outlined)"))
    present = set(rows["status"])
    statuses = [("━", style.STATUS_COLORS[s], style.status_label(s)) for s in style.ordered_statuses() if s in present]
    return style.key_lines(marks, width=72) + "<br>" + style.key_lines([("Status:", style.MUTED, ""), *statuses], width=72)


@memoized
def commitment_timeline(rows: pd.DataFrame, text: ChartText, as_of: date | None, title: str = "Commitment verification timeline") -> go.Figure:
    """One row per commitment, grouped by actor: made (●), evidence by effect (outlined in ink when an
    analyst added it in the ledger: the ``ledger_evidence`` column), current status as the
    line's colour and end square (a hexagon ⬢ when it is an analyst decision from the ledger, i.e. rows
    with ``status_source`` "analyst"), deadlines (◇, ◆ when overdue); each row is named just above its
    line (so the plot keeps its width in a narrow window) and hover shows the sentence."""
    if rows.empty:
        return style.empty_figure(title, text, "No dated commitments for these filters.")
    actors = [a for a in style.ACTORS if (rows["actor"] == a).any()]
    counts = [int((rows["actor"] == a).sum()) for a in actors]
    fig = make_subplots(
        rows=len(actors), cols=1, shared_xaxes=True, row_heights=[c + 0.6 for c in counts],
        vertical_spacing=0.08 / max(len(actors) - 1, 1) if len(actors) > 1 else 0,
        subplot_titles=[f"<b>{style.actor_label(a)}</b> · {c} commitment{'s' if c != 1 else ''}" for a, c in zip(actors, counts)],
    )
    first = min(rows["date"])
    last_seen = max([as_of or first, *rows["end"]])
    x_min, x_max = first - timedelta(days=25), last_seen + timedelta(days=75)
    shown: set[str] = set()
    for r, actor in enumerate(actors, start=1):
        mine = rows[rows["actor"] == actor].reset_index(drop=True)
        _timeline_status_lines(fig, mine, r, shown)
        fig.add_scatter(
            x=mine["date"], y=list(mine.index), mode="markers",
            marker={"symbol": "circle", "size": 10, "color": style.ACTOR_COLORS.get(actor, style.INK), "line": {"width": 1.5, "color": "white"}},
            name="Commitment made", legendgroup="made", legendrank=LEGEND_RANK["made"], showlegend=_legend(shown, "made"),
            customdata=[[_timeline_hover(c), c["id"]] for _, c in mine.iterrows()],
            hovertemplate="%{customdata[0]}<extra></extra>", row=r, col=1,
        )
        _timeline_evidence(fig, mine, r, shown)
        _timeline_deadlines(fig, mine, r, shown, x_max)
        _timeline_decisions(fig, mine, r, shown)
        _timeline_hand_evidence(fig, mine, r, shown)  # over the decision's hexagon when they share a date
        fig.add_scatter(
            x=[x_min + timedelta(days=4)] * len(mine), y=[i - 0.47 for i in mine.index], mode="text",
            text=[_row_label(c) for _, c in mine.iterrows()], textposition="middle right",
            textfont={"size": 11.5, "color": style.INK}, hoverinfo="skip", showlegend=False, row=r, col=1,
        )
        fig.update_yaxes(
            tickvals=list(mine.index), showticklabels=False, ticks="", range=[len(mine) - 0.45, -0.85], showgrid=False, zeroline=False, row=r, col=1,
        )
    if as_of:
        fig.add_vline(x=as_of, line={"color": style.MUTED, "dash": "dot", "width": 1})
        fig.add_annotation(
            x=as_of, y=1, xref="x", yref="paper", text=f"as of {as_of}", showarrow=False,
            yanchor="bottom", xanchor="right", xshift=-4, font={"size": 11, "color": style.MUTED},
        )
    height = 200 + ROW_PX * len(rows) + 60 * len(actors) + 40
    style.finish(fig, title, text, None, None, height=max(height, 440), axis_space=50, left=24, legend=False, key=_timeline_key(rows))
    fig.update_xaxes(range=[x_min, x_max], showgrid=True, gridcolor=style.GRID)
    fig.update_xaxes(title_text="Date", row=len(actors), col=1)
    fig.update_yaxes(ticks="", showline=False)
    for annotation in fig.layout.annotations:
        if annotation.text and annotation.text.startswith("<b>") and "commitment" in annotation.text:
            annotation.update(x=0, xanchor="left", font={"size": 13.5, "color": style.INK})
    return fig


@memoized
def method_comparison(wide: pd.DataFrame, text: ChartText, title: str = "Tension direction: measured accuracy") -> go.Figure:
    """Bars: macro F1 of the domain tension index and of the general-sentiment baselines, tuning and set-aside sentences."""
    rows = wide[wide["task"] == "tension direction"]
    if rows.empty:
        return style.empty_figure(title, text, "No tension-direction scores in the evaluation.")
    fig = go.Figure()
    for column, name, color in (("f1 (tuning)", "Tuning sentences", "#9aa5b1"), ("f1 (set-aside)", "Set-aside sentences", style.ACTOR_COLORS["US"])):
        if column not in rows:
            continue
        fig.add_bar(
            x=rows[column], y=rows["method"], orientation="h", name=name, marker_color=color,
            text=[f"{v:.2f}" for v in rows[column]], textposition="outside", cliponaxis=False,
            hovertemplate="%{y}: macro F1 %{x:.2f}<extra>" + name + "</extra>",
        )
    style.finish(fig, title, text, "Macro F1 over escalation / easing / neutral (1 = perfect)", None, height=340, left=style.label_room(rows["method"]))
    fig.update_layout(barmode="group")
    fig.update_xaxes(range=[0, 1.08])
    fig.update_yaxes(autorange="reversed", showgrid=False)
    return fig
