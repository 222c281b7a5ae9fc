"""The tables the dashboard pages show: the shared filters applied, and frames shaped for display.

Plain pandas, no Streamlit. Duplicates are left out of every aggregate and boilerplate out of
every score, count and chart; each function says what it counts.
"""

from __future__ import annotations

import html
import math
from dataclasses import dataclass, field
from datetime import date

import pandas as pd

from detente import style
from detente.csvsafe import escape_frame
from detente.status import is_overdue
from detente.tension import FREQUENCIES as PANDAS_FREQUENCIES
from detente.tension import period_index
from detente.topics import TOPIC_IDS

FREQUENCIES = ("day", "week", "month")
ROLLING = {"day": 7, "week": 4, "month": 3}
METHOD = {
    "topics": "Topics: sentences matching the Détente taxonomy terms; boilerplate and duplicate articles left out.",
    "tension": "Tension: domain lexicon of escalation/easing cues with negation and hedging, nudged by TextBlob polarity; "
    "article score = mean over its sentences in [-1, 1]; duplicates and boilerplate left out.",
    "commitments": "Commitments: pledges detected in the articles; status inferred from later dated evidence "
    "(progress, fulfilled, setback) in the same corpus.",
    "articles": "Articles: loaded corpus after duplicate detection.",
}


@dataclass(frozen=True)
class Filters:
    """The shared view: a date range (None = open), sources, topics and actors (empty = all), samples in or out."""

    start: date | None = None
    end: date | None = None
    sources: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()
    include_samples: bool = True

    @property
    def dated_only(self) -> bool:
        """A narrowed date range leaves undated articles out."""
        return self.start is not None or self.end is not None

    def describe(self) -> str:
        """The filters in one line for chart subtitles: "All sources · Trade, Military · US"."""
        parts = [
            ", ".join(self.sources) if self.sources else "All sources",
            ", ".join(style.topic_label(t) for t in self.topics) if self.topics else "all topics",
        ]
        if self.actors:
            parts.append("actors " + ", ".join(style.actor_label(a) for a in self.actors))
        if not self.include_samples:
            parts.append("sample articles excluded")
        return " · ".join(parts)


@dataclass
class View:
    """The analysis seen through the filters: the rows every page draws from."""

    filters: Filters
    articles: pd.DataFrame
    sentences: pd.DataFrame
    commitments: pd.DataFrame
    evidence: pd.DataFrame
    all_articles: pd.DataFrame = field(repr=False, default_factory=pd.DataFrame)

    @property
    def dated(self) -> pd.DataFrame:
        return self.articles[self.articles["date"].notna()]

    def span(self) -> tuple[date | None, date | None]:
        dates = self.dated["date"]
        return (min(dates), max(dates)) if len(dates) else (None, None)

    def span_text(self) -> str:
        first, last = self.span()
        if first is None:
            return "no dated articles"
        return f"{first.isoformat()} to {last.isoformat()}" if first != last else first.isoformat()

    def text(self, method: str, extra: str = "") -> style.ChartText:
        """Subtitle (filters, date span, article count) and footnote (source, method, samples) for a chart."""
        count = len(self.articles)
        subtitle = f"{count} article{'s' if count != 1 else ''} · {self.span_text()} · {self.filters.describe()}"
        if extra:
            subtitle += f" · {extra}"
        sources = self.articles["source"].nunique()
        samples = int(self.articles["sample"].sum()) if count else 0
        footnote = " ".join(
            part
            for part in (
                f"Source: Détente analysis of {count} news article{'s' if count != 1 else ''} from {sources} source{'s' if sources != 1 else ''}.",
                METHOD.get(method, method),
                style.sample_note(samples),
            )
            if part
        )
        return style.ChartText(subtitle=subtitle, footnote=footnote)


def originals(articles: pd.DataFrame) -> pd.DataFrame:
    """Articles that are not duplicates of another."""
    return articles[articles["duplicate_of"].isna()]


def filter_articles(articles: pd.DataFrame, filters: Filters, include_duplicates: bool = False) -> pd.DataFrame:
    """Non-duplicate articles inside the filters; an article matches topics when it mentions any of them.

    ``include_duplicates`` keeps duplicates too (the article list shows them, badged).
    """
    keep = pd.Series(True, index=articles.index) if include_duplicates else articles["duplicate_of"].isna()
    if not filters.include_samples:
        keep &= ~articles["sample"].astype(bool)
    if filters.sources:
        keep &= articles["source"].isin(filters.sources)
    if filters.dated_only:
        dates = articles["date"]
        keep &= dates.notna()
        if filters.start is not None:
            keep &= dates.map(lambda d: d is not None and not _missing(d) and d >= filters.start)
        if filters.end is not None:
            keep &= dates.map(lambda d: d is not None and not _missing(d) and d <= filters.end)
    if filters.topics:
        wanted = set(filters.topics)
        keep &= articles["topics"].map(lambda ts: bool(wanted.intersection(ts)))
    return articles[keep]


def _missing(value) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def filter_sentences(sentences: pd.DataFrame, articles: pd.DataFrame, filters: Filters) -> pd.DataFrame:
    """Scored (non-boilerplate) sentences of the kept articles, with the article's date, source and title.

    With a topic filter, only sentences that mention one of those topics are kept.
    """
    kept = sentences[sentences["article_id"].isin(articles["id"]) & ~sentences["boilerplate"].astype(bool)]
    if filters.topics:
        wanted = set(filters.topics)
        kept = kept[kept["topics"].map(lambda ts: bool(wanted.intersection(ts)))]
    meta = articles.set_index("id")[["date", "source", "title", "sample"]]
    return kept.join(meta, on="article_id")


def filter_commitments(commitments: pd.DataFrame, articles: pd.DataFrame, filters: Filters) -> pd.DataFrame:
    """Commitments carried by at least one kept article, by the chosen actors, on the chosen topics."""
    ids = set(articles["id"])
    keep = commitments["reports"].map(lambda reports: any(r["article_id"] in ids for r in reports))
    if filters.actors:
        keep &= commitments["actor"].isin(filters.actors)
    if filters.topics:
        wanted = set(filters.topics)
        keep &= commitments.apply(lambda c: c["topic"] in wanted or bool(wanted.intersection(c["topics"] or [])), axis=1)
    return commitments[keep]


def filter_evidence(evidence: pd.DataFrame, commitments: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Evidence for the kept commitments that stands in a kept article, with the commitment's actor and action."""
    kept = evidence[evidence["commitment_id"].isin(commitments["id"]) & evidence["article_id"].isin(articles["id"])]
    info = commitments.set_index("id")[["actor", "action", "topic", "status"]]
    return kept.join(info, on="commitment_id")


def make_view(analysis, filters: Filters) -> View:
    """Apply the shared filters to an analysis."""
    articles = filter_articles(analysis.articles, filters)
    sentences = filter_sentences(analysis.sentences, articles, filters)
    commitments = filter_commitments(analysis.commitments, articles, filters)
    evidence = filter_evidence(analysis.evidence, commitments, articles)
    return View(filters, articles, sentences, commitments, evidence, all_articles=analysis.articles)


# Overview


def corpus_counts(analysis, view: View) -> dict[str, int | str]:
    """The corpus in numbers: what is shown, and what was set aside (duplicates, boilerplate)."""
    articles = analysis.articles
    shown_sentences = analysis.sentences[analysis.sentences["article_id"].isin(view.articles["id"])]
    with_duplicates = filter_articles(articles, view.filters, include_duplicates=True)
    return {
        "articles": len(view.articles),
        "samples": int(view.articles["sample"].sum()),
        "sources": int(view.articles["source"].nunique()),
        "span": view.span_text(),
        "span_short": _short_span(*view.span()),
        "months": _months(*view.span()),
        "undated": int(view.articles["date"].isna().sum()),
        "sentences": int((~shown_sentences["boilerplate"].astype(bool)).sum()),
        "duplicates": int(with_duplicates["duplicate_of"].notna().sum()),
        "boilerplate": int(shown_sentences["boilerplate"].astype(bool).sum()),
        "commitments": len(view.commitments),
        "evidence": len(view.evidence),
    }


def _short_span(first: date | None, last: date | None) -> str:
    """"Nov 2023 – Nov 2025": a date span short enough for a metric tile."""
    if first is None:
        return "undated"
    a, b = first.strftime("%b %Y"), last.strftime("%b %Y")
    return a if a == b else f"{a} – {b}"


def _months(first: date | None, last: date | None) -> str:
    """The span in calendar months, counting both ends: "25 months"."""
    if first is None:
        return "–"
    months = (last.year - first.year) * 12 + last.month - first.month + 1
    return f"{months} month{'s' if months != 1 else ''}"


def tension_periods(articles: pd.DataFrame, freq: str = "month") -> pd.DataFrame:
    """The tension index per period with a rolling mean (``rolling``) over the periods that have articles."""
    dated = articles[articles["date"].notna()]
    periods = period_index(dated, freq=freq)
    if periods.empty:
        return periods.assign(rolling=pd.Series(dtype=float))
    window = ROLLING[freq]
    periods["rolling"] = periods["mean_tension"].rolling(window, min_periods=1).mean()
    periods.loc[periods["articles"] == 0, "rolling"] = float("nan")
    return periods


def current_tension(articles: pd.DataFrame, freq: str = "month") -> dict | None:
    """The latest period's mean tension and its change from the previous period that had articles."""
    periods = tension_periods(articles, freq)
    periods = periods[periods["articles"] > 0]
    if periods.empty:
        return None
    last = periods.iloc[-1]
    previous = periods.iloc[-2] if len(periods) > 1 else None
    return {
        "period": last["period"],
        "value": float(last["mean_tension"]),
        "articles": int(last["articles"]),
        "delta": float(last["mean_tension"] - previous["mean_tension"]) if previous is not None else None,
        "previous_period": previous["period"] if previous is not None else None,
        "trend": [round(float(v), 3) for v in periods["mean_tension"].tail(12)],
    }


def article_names(articles: pd.DataFrame) -> dict[str, str]:
    """Article id -> title, with " [Sample]" after project-written samples (they are labelled wherever shown)."""
    return {a["id"]: f"{a['title']} [Sample]" if bool(a["sample"]) else a["title"] for a in articles[["id", "title", "sample"]].to_dict("records")}


def cue_label(cue: str | None, generic: bool | None, reading: str | None = None) -> str | None:
    """The words that made a sentence evidence; a link made without an evidence cue says so
    (see ``detente.evidence.GENERIC_SHARED``), and an effect the learned model read otherwise than
    the rules names the model's reading (see ``detente.effect_model``)."""
    label = f"{cue} (a reported act, no evidence cue)" if generic else cue
    # A frame column holds NaN, not None, where no reading replaced the rules'.
    return f"{label} · {reading}" if isinstance(reading, str) and reading and label is not None else label


def newest_evidence(evidence: pd.DataFrame, articles: pd.DataFrame, limit: int = 8) -> pd.DataFrame:
    """The latest evidence on the commitments, newest first: what changed."""
    if evidence.empty:
        return pd.DataFrame(columns=["date", "actor", "commitment", "effect", "cue", "source", "sentence", "article", "article_id"])
    names = article_names(articles)
    frame = evidence.sort_values(["date", "sentence_index"], ascending=False).head(limit)
    return pd.DataFrame(
        {
            "date": frame["date"],
            "actor": frame["actor"].map(style.actor_label),
            "commitment": frame["action"],
            "effect": frame["effect"].map(lambda e: style.EFFECT_LABELS.get(e, e)),
            "cue": [
                cue_label(c, g, r)
                for c, g, r in zip(frame["cue"], frame.get("generic", pd.Series(False, index=frame.index)), frame.get("reading", pd.Series(None, index=frame.index)))
            ],
            "source": frame["source"],
            "sentence": frame["text"],
            "article": frame["article_id"].map(lambda i: names.get(i, i)),
            "article_id": frame["article_id"],
        }
    ).reset_index(drop=True)


# Topics


def topic_shares(sentences: pd.DataFrame, topics: tuple[str, ...] = ()) -> pd.DataFrame:
    """Per topic: sentences that mention it and their share of all scored sentences shown (a sentence can count for several)."""
    total = len(sentences)
    counts = sentences["topics"].explode().value_counts()
    wanted = topics or TOPIC_IDS
    rows = [
        {"topic": t, "label": style.topic_label(t), "sentences": int(counts.get(t, 0)), "share": counts.get(t, 0) / total if total else 0.0}
        for t in wanted
    ]
    return pd.DataFrame(rows, columns=["topic", "label", "sentences", "share"]).sort_values("sentences", ascending=False).reset_index(drop=True)


def period_start(dates: pd.Series, freq: str) -> pd.Series:
    """The start of each date's day, week (Monday) or month, as ``tension.period_index`` counts them."""
    return pd.to_datetime(dates).dt.to_period(PANDAS_FREQUENCIES[freq][0]).dt.start_time


def topic_volume(sentences: pd.DataFrame, freq: str = "month", topics: tuple[str, ...] = ()) -> pd.DataFrame:
    """Sentences per topic per period (dated articles only); columns period, topic, label, sentences."""
    dated = sentences[sentences["date"].notna()]
    exploded = dated.assign(topic=dated["topics"]).explode("topic").dropna(subset=["topic"])
    if topics:
        exploded = exploded[exploded["topic"].isin(topics)]
    if exploded.empty:
        return pd.DataFrame(columns=["period", "topic", "label", "sentences"])
    exploded = exploded.assign(period=period_start(exploded["date"], freq))
    volume = exploded.groupby(["period", "topic"]).size().rename("sentences").reset_index()
    volume["label"] = volume["topic"].map(style.topic_label)
    return volume[["period", "topic", "label", "sentences"]]


def topic_by_source(sentences: pd.DataFrame, topics: tuple[str, ...] = ()) -> pd.DataFrame:
    """Share of each source's scored sentences that mention each topic: rows sources, columns topic ids."""
    if sentences.empty:
        return pd.DataFrame()
    totals = sentences.groupby("source").size()
    exploded = sentences.assign(topic=sentences["topics"]).explode("topic").dropna(subset=["topic"])
    counts = exploded.groupby(["source", "topic"]).size().unstack(fill_value=0)
    wanted = [t for t in (topics or TOPIC_IDS)]
    counts = counts.reindex(index=totals.index, columns=wanted, fill_value=0)
    return counts.div(totals, axis=0).fillna(0.0)


def matched_terms(sentences: pd.DataFrame, topics: tuple[str, ...] = ()) -> pd.DataFrame:
    """Taxonomy terms found per topic: topic, label, term, sentences (how many sentences matched it)."""
    rows = []
    for terms in sentences["topic_terms"]:
        for topic, found in (terms or {}).items():
            if topics and topic not in topics:
                continue
            rows.extend((topic, term) for term in found)
    frame = pd.DataFrame(rows, columns=["topic", "term"])
    if frame.empty:
        return pd.DataFrame(columns=["topic", "label", "term", "sentences"])
    counted = frame.value_counts().rename("sentences").reset_index()
    counted["label"] = counted["topic"].map(style.topic_label)
    return counted.sort_values(["topic", "sentences", "term"], ascending=[True, False, True])[["topic", "label", "term", "sentences"]]


def sentences_for(
    sentences: pd.DataFrame,
    topic: str | None = None,
    period: pd.Timestamp | None = None,
    freq: str = "month",
    source: str | None = None,
    term: str | None = None,
) -> pd.DataFrame:
    """The sentences behind a chart mark: a topic, optionally in one period, from one source, or with one term."""
    kept = sentences
    if topic:
        kept = kept[kept["topics"].map(lambda ts: topic in ts)]
    if period is not None:
        kept = kept[kept["date"].notna()]
        kept = kept[period_start(kept["date"], freq) == pd.Timestamp(period)]
    if source:
        kept = kept[kept["source"] == source]
    if term:
        kept = kept[kept["topic_terms"].map(lambda terms: any(term in found for found in (terms or {}).values()))]
    return sentence_table(kept)


# Tension


def tension_by_topic(sentences: pd.DataFrame, topics: tuple[str, ...] = ()) -> pd.DataFrame:
    """Mean sentence tension per topic, with escalation and easing shares and the sentence count."""
    exploded = sentences.assign(topic=sentences["topics"]).explode("topic").dropna(subset=["topic"])
    if topics:
        exploded = exploded[exploded["topic"].isin(topics)]
    if exploded.empty:
        return pd.DataFrame(columns=["topic", "label", "mean_tension", "escalation_share", "easing_share", "sentences"])
    grouped = exploded.groupby("topic").agg(
        mean_tension=("tension", "mean"),
        escalation_share=("tension_label", lambda s: (s == "escalation").mean()),
        easing_share=("tension_label", lambda s: (s == "easing").mean()),
        sentences=("tension", "size"),
    )
    grouped = grouped.reset_index()
    grouped["label"] = grouped["topic"].map(style.topic_label)
    return grouped.sort_values("mean_tension")[["topic", "label", "mean_tension", "escalation_share", "easing_share", "sentences"]]


def polarity_and_tension(articles: pd.DataFrame, sentences: pd.DataFrame, freq: str = "month") -> pd.DataFrame:
    """Per period: mean tension index and mean TextBlob polarity of the same sentences (polarity sign kept)."""
    dated = sentences[sentences["date"].notna() & sentences["tension"].notna()]
    if dated.empty:
        return pd.DataFrame(columns=["period", "tension", "polarity", "sentences"])
    frame = dated.assign(period=period_start(dated["date"], freq))
    grouped = frame.groupby("period").agg(tension=("tension", "mean"), polarity=("polarity", "mean"), sentences=("tension", "size"))
    return grouped.reset_index()


def polarity_blind_spot(sentences: pd.DataFrame, band: float = 0.1) -> dict:
    """How much general sentiment misses: sentences TextBlob reads as neutral (|polarity| < band)
    that the domain index scores as escalation or easing."""
    scored = sentences[sentences["tension"].notna()]
    if scored.empty:
        return {"sentences": 0, "flat": 0, "flat_share": 0.0, "flat_scored": 0, "flat_scored_share": 0.0}
    flat = scored[scored["polarity"].abs() < band]
    directional = flat["tension_label"].isin(["escalation", "easing"])
    return {
        "sentences": len(scored),
        "flat": len(flat),
        "flat_share": len(flat) / len(scored),
        "flat_scored": int(directional.sum()),
        "flat_scored_share": float(directional.mean()) if len(flat) else 0.0,
    }


SPLIT_NAMES = {"tune": "tuning", "holdout": "set-aside"}


def evaluation_wide(metrics: pd.DataFrame) -> pd.DataFrame:
    """``detente.evaluate.metrics_table()`` with the tuning and set-aside scores side by side."""
    if metrics.empty:
        return metrics
    wide = metrics.pivot_table(index=["task", "method"], columns="split", values=["precision", "recall", "f1", "n"], aggfunc="first", sort=False)
    out = pd.DataFrame(index=wide.index)
    splits = list(dict.fromkeys(metrics["split"]))
    ordered = [s for s in ("holdout", "tune") if s in splits] + [s for s in splits if s not in ("holdout", "tune")]
    for split in ordered:
        name = SPLIT_NAMES.get(split, split)
        for value in ("f1", "precision", "recall", "n"):
            if (value, split) in wide.columns:
                out[f"{value} ({name})"] = wide[(value, split)]
    return out.reset_index()


def evaluation_text(wide: pd.DataFrame) -> style.ChartText:
    """Subtitle and footnote for charts of the measured accuracy (the development set, not the corpus)."""
    rows = wide[wide["task"] == "tension direction"]
    tune = int(rows["n (tuning)"].max()) if "n (tuning)" in rows and len(rows) else 0
    held = int(rows["n (set-aside)"].max()) if "n (set-aside)" in rows and len(rows) else 0
    return style.ChartText(
        subtitle=f"Hand-labelled development set: {tune} tuning and {held} set-aside sentences",
        footnote="Source: python -m detente evaluate (tests/data/devset). Set-aside sentences were never used to tune the lexicon. "
        "Baselines read general sentiment: TextBlob polarity and VADER compound, thresholded.",
    )


def event_markers(commitments: pd.DataFrame, evidence: pd.DataFrame) -> pd.DataFrame:
    """Dated events for the tension chart: commitments made, verified (progress/fulfilled evidence) or broken (setback)."""
    rows = []
    for c in commitments.itertuples():
        if c.date is not None and not _missing(c.date):
            rows.append({"date": c.date, "kind": "made", "actor": c.actor, "text": c.action, "detail": c.text})
    for e in evidence.itertuples():
        if e.date is None or _missing(e.date):
            continue
        kind = "broken" if e.effect == "setback" else "verified"
        rows.append({"date": e.date, "kind": kind, "actor": e.actor, "text": e.action, "detail": f"{e.cue}: {e.text}"})
    return pd.DataFrame(rows, columns=["date", "kind", "actor", "text", "detail"])


def format_cues(cues: list[dict] | None) -> str:
    """The words behind a score: "tariff* (+0.6); talks (−0.4, negated)"."""
    parts = []
    for cue in cues or []:
        weight = cue.get("weight", 0.0)
        note = f", {cue['modifier']}" if cue.get("modifier") else ""
        parts.append(f"{cue.get('cue', '')} ({weight:+.2f}{note})")
    return "; ".join(parts)


def sentence_table(sentences: pd.DataFrame) -> pd.DataFrame:
    """Sentences for display and download: date, source, sentence, tension and the cues behind it, topics."""
    return pd.DataFrame(
        {
            "date": sentences["date"],
            "source": sentences["source"],
            "sentence": sentences["text"],
            "tension": sentences["tension"],
            "label": sentences["tension_label"].map(lambda v: style.TENSION_LABELS.get(v, "") if isinstance(v, str) else ""),
            "cues": sentences["cues"].map(format_cues),
            "polarity": sentences["polarity"],
            "topics": sentences["topics"].map(lambda ts: ", ".join(style.topic_label(t) for t in ts)),
            "article": [f"{t} [Sample]" if bool(s) else t for t, s in zip(sentences["title"], sentences["sample"])],
            "article_id": sentences["article_id"],
        }
    ).reset_index(drop=True)


# Commitments


def status_board(commitments: pd.DataFrame) -> pd.DataFrame:
    """Commitments per status per actor: rows statuses (board order), columns actors."""
    board = pd.crosstab(commitments["status"], commitments["actor"]) if len(commitments) else pd.DataFrame()
    board = board.reindex(index=list(style.ordered_statuses()), columns=list(style.ACTORS), fill_value=0).fillna(0).astype(int)
    board.index.name = "status"
    board.columns.name = "actor"
    return board


def fulfilment_rates(commitments: pd.DataFrame) -> pd.DataFrame:
    """Per actor: commitments, a count per status (``unverified`` … ``broken``, adding up to ``commitments``),
    overdue, and the fulfilment rate (fulfilled / commitments)."""
    rows = []
    for actor in style.ACTORS:
        mine = commitments[commitments["actor"] == actor]
        total = len(mine)
        counts = mine["status"].value_counts()
        rows.append(
            {
                "actor": actor,
                "label": style.actor_label(actor),
                "commitments": total,
                **{status: int(counts.get(status, 0)) for status in style.ordered_statuses()},
                "overdue": int(mine["overdue"].astype(bool).sum()) if total else 0,
                "rate": counts.get("fulfilled", 0) / total if total else None,
            }
        )
    return pd.DataFrame(rows)


def status_counts_text(rate: dict) -> str:
    """One actor's commitments by status in words, adding up to the total:
    "0 fulfilled, 1 partial, 1 in progress, 2 unverified of 4; 1 overdue" (statuses with none left out, but fulfilled)."""
    parts = [f"{rate[s]} {style.status_label(s).lower()}" for s in ("fulfilled", *(s for s in style.ordered_statuses() if s != "fulfilled")) if rate.get(s) or s == "fulfilled"]
    return f"{', '.join(parts)} of {rate['commitments']}" + (f"; {rate['overdue']} overdue" if rate.get("overdue") else "")


def commitment_label(commitment) -> str:
    """One line naming a commitment for pickers: "China · Trade — will double to 50% by 2025".

    No status in it: a picker's value is its label, and an analyst's decision must not change it.
    """
    return f"{style.actor_label(commitment['actor'])} · {style.topic_label(commitment['topic'])} — {style.shorten(commitment['action'], 90)}"


def commitment_table(commitments: pd.DataFrame) -> pd.DataFrame:
    """Commitments for display and download."""
    return pd.DataFrame(
        {
            "made": commitments["date"],
            "actor": commitments["actor"].map(style.actor_label),
            "topic": commitments["topic"].map(style.topic_label),
            "commitment": commitments["action"],
            "status": commitments["status"].map(style.status_label),
            "decided by": commitments["status_source"].map({"analyst": "analyst", "inferred": "analysis"}) if "status_source" in commitments else "analysis",
            "overdue": commitments["overdue"].astype(bool),
            "deadline": commitments["deadline"],
            "evidence": commitments["evidence"].map(len),
            "reports": commitments["reports"].map(len),
            "sentence": commitments["text"],
            "why": commitments["status_reason"],
            "id": commitments["id"],
        }
    ).reset_index(drop=True)


def _decision_reason(decision: dict) -> str:
    when = decision["changed_at"].strftime("%Y-%m-%d %H:%M UTC") if decision.get("changed_at") else "an unknown time"
    return f"Analyst decision by {decision['analyst']} on {when}: {decision['reason']}"


def _hand_added(record: dict, decision: dict | None, as_of: date | None) -> dict:
    """A commitment an analyst added by hand, shaped like the analysis' rows (no reports or evidence)."""
    status = decision["status"] if decision else "unverified"
    return {
        "id": record["id"], "article_id": None, "sentence_index": None, "text": record["text"], "actor": record["actor"],
        "action": record["text"], "topic": record["topic"], "topics": [record["topic"]], "date": record["made_on"],
        "deadline": record["deadline"], "deadline_text": "set by the analyst" if record["deadline"] else "",
        "attribution": f"Added by hand by {record['created_by']}", "reports": [], "status": status,
        "status_reason": _decision_reason(decision) if decision else "Added by hand; no status decision yet.",
        "overdue": is_overdue(record["deadline"], status, as_of), "evidence": [],
    }


def _hand_added_shown(record: dict, filters: Filters) -> bool:
    """The shared filters for a commitment without articles: actors, topics and dates apply; a source filter hides it."""
    made = record["made_on"]
    return (
        not filters.sources
        and (not filters.actors or record["actor"] in filters.actors)
        and (not filters.topics or record["topic"] in filters.topics)
        and (filters.start is None or (made is not None and made >= filters.start))
        and (filters.end is None or (made is not None and made <= filters.end))
    )


def with_ledger(
    commitments: pd.DataFrame,
    decisions: dict[str, dict],
    hand_added: list[dict],
    filters: Filters,
    as_of: date | None,
    ledger_evidence: dict[str, list[dict]] | None = None,
) -> pd.DataFrame:
    """Commitments with their current status from the verification ledger.

    ``decisions``: commitment id -> latest analyst decision ``{status, analyst, changed_at, reason}``.
    An analyst decision overrides the inferred status (``status_source`` "analyst", else "inferred");
    the inferred status and reason stay in ``inferred_status`` / ``inferred_reason``. Commitments
    added by hand (``hand_added``, ledger records) are appended when the filters allow them.
    ``ledger_evidence``: commitment id -> evidence analysts added by hand (ledger records), kept
    apart from the analysis' evidence in the ``ledger_evidence`` column (dicts with date, effect,
    source, url, note, analyst).
    """
    frame = commitments.copy()
    frame["inferred_status"] = frame["status"]
    frame["inferred_reason"] = frame["status_reason"]
    frame["status_source"] = "inferred"
    frame["origin"] = "inferred"
    extra = [_hand_added(r, decisions.get(r["id"]), as_of) | {"inferred_status": "unverified", "inferred_reason": "Added by hand: the analysis has no evidence for it.", "origin": "analyst"}
             for r in hand_added if r["id"] not in set(frame["id"]) and _hand_added_shown(r, filters)]
    if extra:
        frame = pd.concat([frame, pd.DataFrame(extra)], ignore_index=True)
    for i, cid in frame["id"].items():
        decision = decisions.get(cid)
        if decision:
            frame.at[i, "status"] = decision["status"]
            frame.at[i, "status_reason"] = _decision_reason(decision)
            frame.at[i, "status_source"] = "analyst"
            deadline = frame.at[i, "deadline"]
            frame.at[i, "overdue"] = is_overdue(None if deadline is None or pd.isna(deadline) else deadline, decision["status"], as_of)
    by_hand = ledger_evidence or {}
    frame["ledger_evidence"] = [
        [{k: e.get(k) for k in ("date", "effect", "source", "url", "note", "analyst")} for e in by_hand.get(cid, [])] for cid in frame["id"]
    ]
    return frame


def timeline_rows(commitments: pd.DataFrame, as_of: date | None) -> pd.DataFrame:
    """One row per dated commitment, grouped by actor and ordered by date, with where its line ends."""
    dated = commitments[commitments["date"].map(lambda d: not _missing(d))].copy()
    if dated.empty:
        return dated.assign(end=pd.Series(dtype=object), actor_order=pd.Series(dtype=int))
    dated["end"] = dated.apply(lambda c: _line_end(c, as_of), axis=1)
    dated["actor_order"] = dated["actor"].map({a: i for i, a in enumerate(style.ACTORS)}).fillna(len(style.ACTORS))
    return dated.sort_values(["actor_order", "date", "id"]).reset_index(drop=True)


def _line_end(commitment, as_of: date | None) -> date:
    """A commitment's line runs to the as-of date while open, to its last evidence once fulfilled or broken."""
    items = [*commitment["evidence"], *(commitment.get("ledger_evidence") or [])]
    last = max((e["date"] for e in items if e.get("date")), default=commitment["date"])
    if commitment["status"] in ("fulfilled", "broken"):
        return last
    return max(last, as_of or last)


def reports_table(commitment, articles: pd.DataFrame) -> pd.DataFrame:
    """The articles that carry a commitment: date, source, title (samples labelled), sentence, article id."""
    titles = article_names(articles)
    rows = [
        {
            "date": r.get("date"),
            "source": r.get("source"),
            "article": titles.get(r["article_id"], r["article_id"]),
            "sentence": r.get("text"),
            "article_id": r["article_id"],
        }
        for r in commitment["reports"]
    ]
    return pd.DataFrame(rows, columns=["date", "source", "article", "sentence", "article_id"])


def evidence_table(commitment, articles: pd.DataFrame) -> pd.DataFrame:
    """A commitment's evidence, oldest first: date, effect, cue, source, title (samples labelled), sentence, article id."""
    titles = article_names(articles)
    rows = [
        {
            "date": e.get("date"),
            "effect": style.EFFECT_LABELS.get(e.get("effect"), e.get("effect")),
            "cue": cue_label(e.get("cue"), e.get("generic"), e.get("reading")),
            "strong": bool(e.get("strong")),
            "source": e.get("source"),
            "article": titles.get(e["article_id"], e["article_id"]),
            "sentence": e.get("text"),
            "article_id": e["article_id"],
        }
        for e in commitment["evidence"]
    ]
    return pd.DataFrame(rows, columns=["date", "effect", "cue", "strong", "source", "article", "sentence", "article_id"])


# Articles


def badges(article) -> list[str]:
    """Labels an analyst must see next to an article: Sample, Duplicate, Undated."""
    found = []
    if bool(article["sample"]):
        found.append("Sample")
    if not _missing(article["duplicate_of"]) and article["duplicate_of"]:
        found.append("Duplicate")
    if _missing(article["date"]):
        found.append("Undated")
    return found


def article_list(articles: pd.DataFrame, query: str = "") -> pd.DataFrame:
    """Articles whose title, source or text contains ``query`` (case-insensitive), newest first, with badges."""
    frame = articles
    needle = query.strip().lower()
    if needle:
        haystack = frame["title"].fillna("") + "\n" + frame["source"].fillna("") + "\n" + frame["text"].fillna("")
        frame = frame[haystack.str.lower().str.contains(needle, regex=False)]
    table = pd.DataFrame(
        {
            "date": frame["date"],
            "title": frame["title"],
            "source": frame["source"],
            "badges": frame.apply(lambda a: " · ".join(badges(a)), axis=1) if len(frame) else pd.Series(dtype=str),
            "tension": frame["tension"],
            "sentences": frame["sentences"],
            "topics": frame["topics"].map(lambda ts: ", ".join(style.topic_label(t) for t in ts)),
            "author": frame["author"],
            "url": frame["url"],
            "id": frame["id"],
        }
    )
    order = table["date"].map(lambda d: d.toordinal() if not _missing(d) else -1)
    return table.assign(_order=order).sort_values(["_order", "title"], ascending=[False, True]).drop(columns="_order").reset_index(drop=True)


def article_label(article) -> str:
    """One line naming an article for pickers: "2024-05-14 · Sample Wire · Title [Sample]"."""
    when = article["date"].isoformat() if not _missing(article["date"]) else "undated"
    tags = badges(article)
    suffix = f"  [{', '.join(tags)}]" if tags else ""
    return f"{when} · {article['source']} · {style.shorten(article['title'], 80)}{suffix}"


def article_sentences(analysis, article_id: str) -> pd.DataFrame:
    """Every sentence of one article in order, boilerplate included, with commitments' statuses."""
    rows = analysis.sentences[analysis.sentences["article_id"] == article_id].sort_values("index")
    status = analysis.commitments.set_index("id")["status"].to_dict() if len(analysis.commitments) else {}
    return rows.assign(
        commitment_statuses=rows["commitment_ids"].map(lambda ids: [status.get(i, "unverified") for i in (ids or [])])
    )


def article_sentence_table(sentences: pd.DataFrame) -> pd.DataFrame:
    """One article's sentences for display and download, boilerplate marked."""
    return pd.DataFrame(
        {
            "#": sentences["index"],
            "sentence": sentences["text"],
            "boilerplate": sentences["boilerplate"].astype(bool),
            "topics": sentences["topics"].map(lambda ts: ", ".join(style.topic_label(t) for t in (ts or []))),
            "tension": sentences["tension"],
            "label": sentences["tension_label"].map(lambda v: style.TENSION_LABELS.get(v, "") if isinstance(v, str) else ""),
            "cues": sentences["cues"].map(format_cues),
            "commitments": sentences["commitment_ids"].map(lambda ids: len(ids or [])),
        }
    ).reset_index(drop=True)


# Downloads


def _cell_text(value):
    if isinstance(value, (list, tuple)):
        return "; ".join(str(_cell_text(v)) for v in value)
    if isinstance(value, dict):
        return "; ".join(f"{k}: {_cell_text(v)}" for k, v in value.items())
    if isinstance(value, date):
        return value.isoformat()
    return value


def csv_bytes(frame: pd.DataFrame) -> bytes:
    """A table as spreadsheet-safe UTF-8 CSV: lists flattened, cells starting with = + - @ escaped."""
    flat = frame.copy()
    for column in flat.columns:
        if flat[column].dtype == object or pd.api.types.is_string_dtype(flat[column]):
            flat[column] = flat[column].map(_cell_text)
    return escape_frame(flat).to_csv(index=False).encode("utf-8")


# Full text, marked up (every piece of article text HTML-escaped)

_E = html.escape
ARTICLE_CSS = f"""
<style>
.dt-article {{ font-size: 1.0rem; line-height: 1.75; max-width: 58rem; }}
.dt-article p {{ margin: 0 0 0.9rem 0; }}
.dt-s {{ padding: 1px 2px; border-radius: 3px; }}
.dt-escalation {{ background: {style.TENSION_COLORS['escalation']}26; border-bottom: 2px solid {style.TENSION_COLORS['escalation']}; }}
.dt-easing {{ background: {style.TENSION_COLORS['easing']}26; border-bottom: 2px solid {style.TENSION_COLORS['easing']}; }}
.dt-boiler {{ color: #9aa5b1; font-style: italic; }}
.dt-tag {{ font-size: 0.7rem; font-weight: 600; padding: 0 5px; margin-left: 3px; border-radius: 8px; white-space: nowrap;
           vertical-align: 2px; color: white; }}
.dt-score {{ font-size: 0.7rem; color: {style.MUTED}; margin-left: 3px; white-space: nowrap; vertical-align: 2px; }}
.dt-legend {{ font-size: 0.85rem; color: {style.MUTED}; margin-bottom: 0.8rem; }}
</style>
"""


def _sentence_markup(row) -> str:
    text = _E(str(row["text"]))
    if bool(row["boilerplate"]):
        return f'<span class="dt-s dt-boiler" title="Boilerplate: not scored">{text}</span>'
    label = row["tension_label"] if isinstance(row["tension_label"], str) else "neutral"
    cues = format_cues(row["cues"])
    tip = f"Tension {row['tension']:+.2f} ({label})" + (f" · cues: {cues}" if cues else "")
    tags = [
        f'<span class="dt-tag" style="background:{style.topic_color(t)}">{_E(style.topic_label(t))}</span>' for t in (row["topics"] or [])
    ]
    for status in row.get("commitment_statuses", []) or []:
        tags.append(f'<span class="dt-tag" style="background:{style.STATUS_COLORS.get(status, style.MUTED)}">◆ commitment: {_E(style.status_label(status))}</span>')
    score = f'<span class="dt-score">{row["tension"]:+.2f}</span>' if label != "neutral" else ""
    return f'<span class="dt-s dt-{_E(label)}" title="{_E(tip, quote=True)}">{text}</span>{score}{"".join(tags)}'


def article_markup(sentences: pd.DataFrame) -> str:
    """An article's full text as HTML: escalation and easing sentences tinted, topic and commitment tags,
    the score and cues on hover, boilerplate greyed out. All article text goes through ``html.escape``."""
    legend = (
        f'<div class="dt-legend"><span class="dt-s dt-escalation">escalation</span> · <span class="dt-s dt-easing">easing</span> · '
        '<span class="dt-s dt-boiler">boilerplate (not scored)</span> · coloured tags: topics and commitments · hover a sentence for its cues</div>'
    )
    paragraphs: dict[int, list[str]] = {}
    for _, row in sentences.iterrows():
        paragraphs.setdefault(int(row["paragraph"]), []).append(_sentence_markup(row))
    body = "".join(f"<p>{' '.join(parts)}</p>" for _, parts in sorted(paragraphs.items()))
    return f'{ARTICLE_CSS}<div class="dt-article">{legend}{body}</div>'
