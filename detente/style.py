"""One place for the look of every chart: palette, labels, layout, footnote and PNG export.

Charts go straight into briefing slides, so every figure carries its own title, a subtitle
with the filters, date span and article count, labelled axes, and a source-and-method
footnote inside the figure (a screenshot or PNG keeps them). Plain Python: no Streamlit.
"""

from __future__ import annotations

import re
import textwrap
from dataclasses import dataclass

import plotly.graph_objects as go
import plotly.io as pio

from detente.status import STATUS_LABELS, STATUSES
from detente.topics import TOPIC_IDS, default_taxonomy

FONT = "Inter, 'Segoe UI', 'Helvetica Neue', Arial, sans-serif"
INK = "#1f2933"
MUTED = "#616e7c"
GRID = "#e4e7eb"
BACKGROUND = "#ffffff"

ACTORS = ("US", "China", "both")
ACTOR_LABELS = {"US": "United States", "China": "China", "both": "Both (joint)"}
ACTOR_COLORS = {"US": "#1f4e8c", "China": "#c0392b", "both": "#7d5ba6"}

TENSION_LABELS = {"escalation": "Escalation", "easing": "Easing", "neutral": "Neutral"}
TENSION_COLORS = {"escalation": "#e07b39", "easing": "#2a9d8f", "neutral": "#9aa5b1"}
POLARITY_COLOR = "#616e7c"

STATUS_COLORS = {
    "unverified": "#9aa5b1",
    "in_progress": "#4c9be8",
    "stalled": "#e9b949",
    "partial": "#b07cc6",
    "fulfilled": "#2e8540",
    "broken": "#8b1e3f",
}
EFFECTS = ("progress", "fulfilled", "setback")
EFFECT_LABELS = {"progress": "Progress", "fulfilled": "Fulfilled", "setback": "Setback"}
EFFECT_COLORS = {"progress": STATUS_COLORS["in_progress"], "fulfilled": STATUS_COLORS["fulfilled"], "setback": STATUS_COLORS["broken"]}
EFFECT_SYMBOLS = {"progress": "triangle-up", "fulfilled": "star", "setback": "x"}

TOPIC_COLORS = dict(
    zip(
        TOPIC_IDS,
        ("#8c564b", "#3d5a80", "#e0a458", "#2a9d8f", "#6a4c93", "#d1495b", "#7cb518", "#4c9be8", "#b5838d"),
    )
)

PNG_SCALE = 3
SAMPLE_NOTE = "Corpus includes {n} sample article{s} written for this project."


def topic_label(topic_id: str) -> str:
    """The analyst's name of a topic ("middle_east" -> "Middle East")."""
    return default_taxonomy().labels.get(topic_id, str(topic_id).replace("_", " ").capitalize())


def topic_color(topic_id: str) -> str:
    return TOPIC_COLORS.get(topic_id, MUTED)


def status_label(status: str) -> str:
    return STATUS_LABELS.get(status, str(status).replace("_", " ").capitalize())


def actor_label(actor: str) -> str:
    return ACTOR_LABELS.get(actor, str(actor))


def ordered_statuses() -> tuple[str, ...]:
    """Statuses in board order: from no news to done, setbacks last."""
    order = ("unverified", "in_progress", "partial", "fulfilled", "stalled", "broken")
    return tuple(s for s in order if s in STATUSES) + tuple(s for s in STATUSES if s not in order)


@dataclass(frozen=True)
class ChartText:
    """What every chart states besides its title: the view it shows and where its numbers come from.

    ``subtitle`` names the filters, date span and article count; ``footnote`` the source and
    method (and the sample-article note); ``width`` is the characters per line they wrap at
    (plotly never wraps, and a line wider than the chart is cut off: the default fits a chart in a
    480 px wide window, the footnote's smaller type taking ``width`` + 10).
    """

    subtitle: str
    footnote: str
    width: int = 70


def wrap(text: str, width: int) -> str:
    """Wrap plain text into plotly's ``<br>`` lines (plotly never wraps on its own)."""
    return "<br>".join(textwrap.wrap(text, width=width, break_long_words=True)) if text else ""


def shorten(text: str, width: int) -> str:
    """One line of at most ``width`` characters, with an ellipsis when cut."""
    text = " ".join(str(text).split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def hover_text(text: str, width: int = 70) -> str:
    """A sentence wrapped for a hover label, with plotly's markup characters neutralised."""
    safe = str(text).replace("<", "‹").replace(">", "›")
    return wrap(safe, width)


def filename(title: str, subtitle: str = "") -> str:
    """A PNG file name from a chart title: ``detente-tension-index-2023-11-15-to-2025-11-01``."""
    dates = re.findall(r"\d{4}-\d{2}-\d{2}", subtitle)
    stem = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:60]
    span = f"-{dates[0]}-to-{dates[-1]}" if len(dates) >= 2 else ""
    return f"detente-{stem}{span}"


def modebar_config(name: str) -> dict:
    """Plotly config: PNG download at scale 3 with a meaningful file name, no plotly logo."""
    return {
        "displaylogo": False,
        "toImageButtonOptions": {"format": "png", "scale": PNG_SCALE, "filename": name},
        "modeBarButtonsToRemove": ["lasso2d", "autoScale2d"],
    }


# Every figure starts on the light template, as plotly's default rather than assigned per figure
# (assigning a template to a figure's layout validates all of it again, about 20 ms a chart).
# Streamlit sets its own default ("streamlit", placeholder colours) when its Plotly element is first
# imported, so the chart builders set ours again before they draw (``use_house_template``).
HOUSE_TEMPLATE = "plotly_white"


def use_house_template() -> None:
    """Make the light template plotly's default again if something else changed it."""
    if pio.templates.default != HOUSE_TEMPLATE:
        pio.templates.default = HOUSE_TEMPLATE


use_house_template()


def base_layout() -> dict:
    """The clean light look shared by every chart."""
    axis = {
        "showgrid": True,
        "gridcolor": GRID,
        "zeroline": False,
        "linecolor": "#9aa5b1",
        "ticks": "outside",
        "tickcolor": "#9aa5b1",
        "title": {"font": {"size": 13, "color": MUTED}},
        "automargin": True,
    }
    return {
        "font": {"family": FONT, "size": 13, "color": INK},
        "paper_bgcolor": BACKGROUND,
        "plot_bgcolor": BACKGROUND,
        "xaxis": axis,
        "yaxis": axis,
        "hoverlabel": {"font": {"family": FONT, "size": 12}, "align": "left"},
        "legend": {"font": {"size": 12}, "title": {"font": {"size": 12, "color": MUTED}}},
    }


TITLE_PX = 62
SUBTITLE_LINE = 17
FOOTNOTE_LINE = 15
AXIS_TITLE_WIDTH = 46  # characters of an x-axis title per line: it is centred on the plot, which is narrow in a phone window
AXIS_TITLE_LINE = 16


def key_lines(items: list[tuple[str, str, str]], width: int = 62) -> str:
    """A chart key as subtitle lines: ``(symbol, colour, label)`` items, ``width`` visible characters a line.

    Unlike a plotly legend, a key in the subtitle never eats the plot's width in a narrow window.
    """
    lines: list[list[str]] = [[]]
    used = 0
    for symbol, color, label in items:
        size = len(symbol) + len(label) + 4
        if lines[-1] and used + size > width:
            lines.append([])
            used = 0
        lines[-1].append(f'<span style="color:{color}"><b>{symbol}</b></span> {label}')
        used += size
    return "<br>".join("   ".join(line) for line in lines)


def finish(
    fig: go.Figure,
    title: str,
    text: ChartText,
    x_title: str | None,
    y_title: str | None,
    height: int = 420,
    legend: bool | str = True,
    legend_title: str | None = None,
    axis_space: int = 58,
    left: int = 80,
    key: str = "",
) -> go.Figure:
    """Give a figure the house style: title, subtitle, axis labels, legend at the right, footnote at the bottom.

    The footnote sits at the figure's bottom-left edge, below the room kept for the x ticks and
    axis title (``axis_space``), so it never collides with them; ``left`` is the room for the y
    labels (see ``label_room``). The legend sits at the right, where its length cannot push into
    the footnote, or ``legend="inside"`` in the top-right corner of the plot. ``key`` (see
    ``key_lines``) goes under the subtitle instead of a legend.
    """
    if fig.layout.template.layout.plot_bgcolor != "white":
        fig.update_layout(template=HOUSE_TEMPLATE)  # built under another default: the slow, sure way
    footnote = wrap(text.footnote, text.width + 10)
    foot_lines = footnote.count("<br>") + 1 if footnote else 0
    if x_title:
        x_title = wrap(x_title, AXIS_TITLE_WIDTH)
        axis_space += x_title.count("<br>") * AXIS_TITLE_LINE
    bottom = axis_space + foot_lines * FOOTNOTE_LINE + 12
    subtitle = wrap(text.subtitle, text.width) + (f"<br>{key}" if key else "")
    top = TITLE_PX + (subtitle.count("<br>") + 1) * SUBTITLE_LINE + 14
    layout = base_layout()
    axes = {name: layout.pop(name) for name in ("xaxis", "yaxis")}
    layout.update(
        height=height,
        margin={"t": top, "b": bottom, "l": left, "r": 30, "autoexpand": True},
        title={
            "text": f"<b>{title}</b>",
            "x": 0,
            "xanchor": "left",
            "xref": "container",
            "pad": {"l": 14, "t": 14},
            "y": 1,
            "yref": "container",
            "yanchor": "top",
            "font": {"size": 19, "color": INK},
            "subtitle": {"text": subtitle, "font": {"size": 12.5, "color": MUTED}},
            "automargin": False,
        },
        showlegend=bool(legend),
        meta={"filename": filename(title, text.subtitle)},
    )
    fig.update_layout(**layout)
    fig.update_xaxes(**axes["xaxis"])
    fig.update_yaxes(**axes["yaxis"])
    if legend:
        inside = legend == "inside"
        fig.update_layout(
            legend={
                "orientation": "v",
                "x": 0.995 if inside else 1.01,
                "xanchor": "right" if inside else "left",
                "y": 0.995 if inside else 1,
                "yanchor": "top",
                "title": {"text": legend_title or ""},
                "traceorder": "normal",
                "bgcolor": "rgba(255,255,255,0.85)" if inside else "rgba(255,255,255,0)",
            }
        )
    if x_title is not None:
        fig.update_xaxes(title_text=x_title)
    if y_title is not None:
        fig.update_yaxes(title_text=y_title)
    if footnote:
        fig.add_annotation(
            text=footnote,
            xref="paper",
            yref="paper",
            x=0,
            xshift=-(left - 14),
            y=0,
            yshift=-axis_space,
            xanchor="left",
            yanchor="top",
            align="left",
            showarrow=False,
            font={"size": 11, "color": MUTED},
        )
    return fig


def label_room(labels, font_px: float = 12.5, extra: int = 0) -> int:
    """Pixels of left margin that fit the longest y label (plus ``extra`` for an axis title)."""
    longest = max((len(re.sub(r"<[^>]+>", "", str(label))) for label in labels), default=4)
    return int(min(420, 24 + longest * font_px * 0.55 + extra))


def empty_figure(title: str, text: ChartText, message: str = "Nothing to show for these filters.") -> go.Figure:
    """A titled figure that says plainly why it is empty (never a blank frame in a slide)."""
    use_house_template()
    fig = go.Figure()
    fig.add_annotation(text=message, x=0.5, y=0.5, xref="paper", yref="paper", showarrow=False, font={"size": 15, "color": MUTED})
    finish(fig, title, text, None, None, height=300, legend=False)
    fig.update_xaxes(visible=False)
    fig.update_yaxes(visible=False)
    return fig


def sample_note(samples: int) -> str:
    """The footnote sentence that labels sample articles ("" when there are none)."""
    return SAMPLE_NOTE.format(n=samples, s="" if samples == 1 else "s") if samples else ""
