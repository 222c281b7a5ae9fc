"""Streamlit glue shared by the dashboard and its pages: the cached analysis, the shared sidebar
filters mirrored in the URL, articles added in the session, and chart/table helpers.

Pages call ``page_context()`` and draw; nothing here analyses text (that is ``detente``).
"""

from __future__ import annotations

import hashlib
import html
import json
import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Callable

import pandas as pd
import streamlit as st

from detente import style, views
from detente.ledger import LedgerStore, default_url
from detente.loading import ARTICLE_SUFFIXES, load_bytes, load_paths, make_article
from detente.pipeline import Analysis, analyze
from detente.topics import TOPIC_IDS

ROOT = Path(__file__).resolve().parent
CORPUS_ENV = "DETENTE_CORPUS"
DATA_ENV = "DETENTE_DATA_DIR"
UPLOAD_TYPES = [s.lstrip(".") for s in ARTICLE_SUFFIXES]
CONTEXT_KEY = "_page_context"
ADDITIONS_KEY = "_additions"
URL_WRITTEN_KEY = "_url_written"
URL_PENDING_KEY = "_url_pending"
RESERVED_PARAMS = {"embed", "embed_options"}
KNOWN_PARAMS = {"from", "to", "source", "topic", "actor", "samples", "freq", "article", "q", "commitment"}


# The corpus and its analysis


def corpus_paths() -> tuple[str, ...]:
    """Folders and files of the base corpus: ``$DETENTE_CORPUS`` (os.pathsep-separated) or ``seeds/``."""
    given = os.environ.get(CORPUS_ENV, "").strip()
    return tuple(given.split(os.pathsep)) if given else (str(ROOT / "seeds"),)


def _files_under(paths: tuple[str, ...]) -> list[Path]:
    files: list[Path] = []
    for given in paths:
        root = Path(given)
        if root.is_dir():
            files.extend(sorted(p for p in root.rglob("*") if p.is_file() and (p.suffix.lower() in ARTICLE_SUFFIXES)))
        elif root.is_file():
            files.append(root)
    return files


def _code_files() -> list[Path]:
    package = ROOT / "detente"
    return sorted([*package.glob("*.py"), *(package / "data").glob("*")])


@st.cache_data(show_spinner=False, max_entries=16)
def _content_hash(signature: tuple) -> str:
    """Hash of the bytes behind a (path, size, mtime) signature; re-read only when a file changes."""
    digest = hashlib.sha256()
    for path, _size, _mtime in signature:
        digest.update(path.encode("utf-8", "replace"))
        try:
            digest.update(Path(path).read_bytes())
        except OSError:
            digest.update(b"<unreadable>")
    return digest.hexdigest()


def corpus_fingerprint(paths: tuple[str, ...]) -> str:
    """Content key of the corpus and of the analysis code: changes when any article or rule changes."""
    signature = []
    for path in [*_files_under(paths), *_code_files()]:
        try:
            stat = path.stat()
        except OSError:
            continue
        signature.append((str(path), stat.st_size, stat.st_mtime_ns))
    return _content_hash(tuple(signature))


def _analyze(articles: list, warnings: list[str], include_samples: bool) -> Analysis:
    """Analyse the articles; without samples, sample articles are left out before the analysis.

    Evidence and statuses then come from the remaining articles only (a commitment reported
    in real coverage is not shown as fulfilled because of a sample article).
    """
    if not include_samples:
        articles = [a for a in articles if not a.sample]
    return analyze(articles, warnings)


@st.cache_data(show_spinner="Analysing the corpus…", persist="disk", max_entries=4)
def _base_analysis(fingerprint: str, paths: tuple[str, ...], include_samples: bool = True) -> Analysis:
    """The analysis of the corpus on disk, kept across reruns and restarts (keyed by content)."""
    loaded = load_paths(list(paths))
    return _analyze(loaded.articles, loaded.warnings, include_samples)


@st.cache_data(show_spinner="Analysing the corpus with your articles…", max_entries=8)
def _analysis_with_additions(
    fingerprint: str, additions_key: str, paths: tuple[str, ...], _additions: tuple, include_samples: bool = True
) -> Analysis:
    """The corpus plus the session's uploads and pasted articles (kept in memory only, never on disk)."""
    loaded = load_paths(list(paths))
    for addition in _additions:
        if addition["kind"] == "file":
            result = load_bytes(addition["data"], addition["name"], path=f"upload: {addition['name']}")
            loaded.extend(result)
        else:
            article, warnings = make_article(dict(addition["record"]), f"pasted: {addition['name']}", addition["name"])
            loaded.warnings.extend(warnings)
            if article:
                loaded.articles.append(article)
    return _analyze(loaded.articles, loaded.warnings, include_samples)


def shown_path(path: str) -> str:
    """A corpus file's path relative to the app folder (the server's own folders stay private)."""
    try:
        return str(Path(path).resolve().relative_to(ROOT))
    except (ValueError, OSError):
        return str(path)


def additions() -> list[dict]:
    """Articles added in this session: ``{"kind": "file"|"pasted", "name", "digest", "data"|"record"}``."""
    return st.session_state.setdefault(ADDITIONS_KEY, [])


def get_analysis(include_samples: bool = True) -> Analysis:
    """The analysis every page shows: the corpus, plus whatever this session added (samples left out on request)."""
    paths = corpus_paths()
    fingerprint = corpus_fingerprint(paths)
    added = additions()
    if not added:
        return _base_analysis(fingerprint, paths, include_samples)
    key = hashlib.sha256("|".join(a["digest"] for a in added).encode()).hexdigest()
    return _analysis_with_additions(fingerprint, key, paths, tuple(added), include_samples)


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def add_file(name: str, data: bytes) -> tuple[int, list[str]]:
    """Check an uploaded file and add it to the session; return (articles found, warnings).

    A file with no usable article is not added; its warnings say why.
    """
    digest = _digest(name.encode() + b"\0" + data)
    if any(a["digest"] == digest for a in additions()):
        return 0, [f"{name}: already added in this session"]
    result = load_bytes(data, name, path=f"upload: {name}")
    if result.articles:
        additions().append({"kind": "file", "name": name, "digest": digest, "data": data})
    return len(result.articles), result.warnings


def add_pasted(record: dict) -> tuple[bool, list[str]]:
    """Check a pasted article (title, date, source, text) and add it to the session."""
    name = f"pasted article “{style.shorten(record.get('title') or 'untitled', 40)}”"
    article, warnings = make_article(record, f"pasted: {name}", name)
    if article is None:
        return False, warnings
    digest = _digest(json.dumps(record, sort_keys=True, default=str).encode())
    if any(a["digest"] == digest for a in additions()):
        return False, [f"{name}: already added in this session"]
    additions().append({"kind": "pasted", "name": name, "digest": digest, "record": tuple(sorted(record.items()))})
    return True, warnings


def clear_additions() -> None:
    st.session_state[ADDITIONS_KEY] = []


# The verification ledger (analysts' status decisions, evidence and notes; see docs/ledger.md)


def data_dir() -> Path:
    """Folder of the local ledger database: ``$DETENTE_DATA_DIR`` or ``data/`` beside the app."""
    given = os.environ.get(DATA_ENV, "").strip()
    return Path(given) if given else ROOT / "data"


def _ledger_configured() -> bool:
    """True when ``.streamlit/secrets.toml`` has a ``[connections.ledger]`` section."""
    try:
        return "ledger" in st.secrets.get("connections", {})
    except FileNotFoundError:  # no secrets file (StreamlitSecretNotFoundError is one)
        return False


@st.cache_resource(show_spinner=False)
def _open_ledger(configured: bool, folder: str) -> LedgerStore:
    if configured:
        connection = st.connection("ledger", type="sql")
    else:
        connection = st.connection("ledger", type="sql", url=default_url(folder))
    return LedgerStore(connection.engine)


def ledger() -> LedgerStore:
    """The ledger store: the ``[connections.ledger]`` secret if set, else SQLite in ``data_dir()`` (WAL)."""
    configured = _ledger_configured()
    return _open_ledger(configured, "" if configured else str(data_dir()))


@st.cache_resource(show_spinner=False)
def _synced() -> set:
    """(database, commitment ids) pairs already registered in the ledger by this server process."""
    return set()


def sync_ledger(store: LedgerStore, commitments: pd.DataFrame) -> None:
    """Register the analysis' commitments in the ledger once per set of ids (re-analysis keeps records)."""
    key = (str(store.engine.url), hashlib.sha256("|".join(sorted(commitments["id"])).encode()).hexdigest())
    if key in _synced():
        return
    store.sync_commitments(commitments[["id", "text", "actor", "topic", "date", "deadline"]].to_dict("records"))
    _synced().add(key)


def ledger_decisions(store: LedgerStore) -> tuple[dict[str, dict], list[dict]]:
    """The latest analyst decision per commitment id (status, analyst, changed_at, reason), and the
    commitments analysts added by hand; read fresh on every run, so other analysts' writes show."""
    records = store.list_commitments()
    decisions = {r["id"]: store.current_status(r["id"], None) for r in records if r["analyst_status"]}
    return decisions, [r for r in records if r["origin"] == "analyst"]


# The URL: every shared filter (and a page's own choices) mirrored in the query string


@dataclass(frozen=True)
class UrlParam:
    """A widget whose value lives in the URL: query parameter ``name`` <-> ``st.session_state[key]``.

    ``parse`` turns the URL's values into a widget value or raises ValueError with a plain
    reason; ``dump`` turns a value back into URL values ([] for the default, which keeps links short).
    """

    name: str
    key: str
    parse: Callable[[list[str]], Any]
    dump: Callable[[Any], list[str]]


def apply_url(param: UrlParam) -> str | None:
    """Copy the URL's value into the widget state when the link carries a new one; return a message if ignored.

    A parameter absent from the URL leaves the widget alone (page switches drop the query string).
    """
    values = st.query_params.get_all(param.name)
    written = st.session_state.setdefault(URL_WRITTEN_KEY, {})
    if not values or values == written.get(param.name):
        return None
    written[param.name] = values
    try:
        st.session_state[param.key] = param.parse(values)
    except ValueError as exc:
        return f"Ignored “{param.name}={', '.join(values)}” from the link: {exc}"
    return None


def publish(param: UrlParam, value: Any) -> None:
    """Queue the widget's value for the URL written at the end of the run."""
    st.session_state.setdefault(URL_PENDING_KEY, {})[param.name] = param.dump(value)


def write_url() -> None:
    """Make the address bar reproduce this view: the queued values replace the query string."""
    pending = st.session_state.pop(URL_PENDING_KEY, {})
    wanted = {name: values for name, values in pending.items() if values}
    current = {name: st.query_params.get_all(name) for name in st.query_params.keys() if name not in RESERVED_PARAMS}
    if current != wanted:
        st.query_params.from_dict({name: values if len(values) > 1 else values[0] for name, values in wanted.items()})
    st.session_state[URL_WRITTEN_KEY] = wanted


def unknown_params(known: set[str]) -> list[str]:
    """Query parameters no widget reads, for a plain message."""
    return sorted(set(st.query_params.keys()) - known - RESERVED_PARAMS)


def _choices(allowed: list[str], label: str, labels: Callable[[str], str] | None = None) -> Callable[[list[str]], list[str]]:
    """A parser for repeated parameters: keep known values, fail if none is known."""

    def parse(values: list[str]) -> list[str]:
        if values == [""]:
            return []
        lookup = {v.lower(): v for v in allowed}
        if labels:
            lookup.update({labels(v).lower(): v for v in allowed})
        known = [lookup[v.strip().lower()] for v in values if v.strip().lower() in lookup]
        unknown = [v for v in values if v.strip().lower() not in lookup]
        if unknown and not known:
            raise ValueError(f"no {label} called {', '.join(repr(u) for u in unknown)} in this corpus")
        if unknown:
            st.session_state.setdefault("_url_messages", []).append(
                f"Ignored unknown {label} {', '.join(repr(u) for u in unknown)} from the link."
            )
        return list(dict.fromkeys(known))

    return parse


def _parse_date(value: str) -> date:
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise ValueError(f"{value!r} is not a YYYY-MM-DD date") from None


def _parse_flag(values: list[str]) -> bool:
    value = values[-1].strip().lower()
    if value in {"1", "true", "yes", "on"}:
        return True
    if value in {"0", "false", "no", "off"}:
        return False
    raise ValueError(f"{values[-1]!r} is not 1/0 or true/false")


def choice_param(name: str, key: str, options: list[str], default: str | None, what: str) -> UrlParam:
    """A single choice (a selectbox or segmented control) in the URL; the default is left out of it."""

    def parse(values: list[str]) -> str:
        value = values[-1].strip()
        if value not in options:
            raise ValueError(f"no {what} {value!r} here")
        return value

    return UrlParam(name, key, parse, lambda v: [] if v in (None, default) else [str(v)])


def text_param(name: str, key: str) -> UrlParam:
    """Free text (a search box) in the URL."""
    return UrlParam(name, key, lambda values: values[-1][:200], lambda v: [v] if v else [])


# Shared sidebar filters

FILTER_KEYS = {"dates": "f_dates", "sources": "f_sources", "topics": "f_topics", "actors": "f_actors", "samples": "f_samples"}


def _filter_params(sources: list[str]) -> dict[str, UrlParam]:
    """The filters other than the date range (which takes two parameters, ``from`` and ``to``)."""
    return {
        "sources": UrlParam("source", FILTER_KEYS["sources"], _choices(sources, "source"), list),
        "topics": UrlParam("topic", FILTER_KEYS["topics"], _choices(list(TOPIC_IDS), "topic", style.topic_label), list),
        "actors": UrlParam("actor", FILTER_KEYS["actors"], _choices(list(style.ACTORS), "actor"), list),
        "samples": UrlParam("samples", FILTER_KEYS["samples"], _parse_flag, lambda v: [] if v else ["0"]),
    }


def _apply_date_params(span: tuple[date, date] | None) -> str | None:
    """Read ``from``/``to`` from the link into the date range, clamped to the corpus span."""
    if span is None:
        return None
    values = {name: st.query_params.get_all(name) for name in ("from", "to")}
    written = st.session_state.setdefault(URL_WRITTEN_KEY, {})
    if not any(values.values()) or all(values[n] == written.get(n) for n in values if values[n]):
        return None
    for name in values:
        if values[name]:
            written[name] = values[name]
    try:
        start = _parse_date(values["from"][-1]) if values["from"] else span[0]
        end = _parse_date(values["to"][-1]) if values["to"] else span[1]
    except ValueError as exc:
        return f"Ignored the date range from the link: {exc}"
    if start > end:
        return f"Ignored the date range from the link: {start} is after {end}"
    clamped = (max(start, span[0]), min(end, span[1]))
    if clamped[0] > clamped[1]:
        return f"Ignored the date range from the link: {start} to {end} is outside the corpus ({span[0]} to {span[1]})"
    st.session_state[FILTER_KEYS["dates"]] = clamped
    if clamped != (start, end):
        return f"The link's date range was narrowed to the corpus: {clamped[0]} to {clamped[1]}."
    return None


def _corpus_span(articles: pd.DataFrame) -> tuple[date, date] | None:
    dates = articles.loc[articles["duplicate_of"].isna(), "date"].dropna()
    return (min(dates), max(dates)) if len(dates) else None


def _valid_dates(value: Any, span: tuple[date, date]) -> tuple[date, date]:
    """A stored date range that fits the corpus (the corpus may have grown or shrunk)."""
    if isinstance(value, (list, tuple)) and len(value) == 2 and all(isinstance(v, date) for v in value):
        start, end = max(value[0], span[0]), min(value[1], span[1])
        if start <= end:
            return (start, end)
    return span


def reset_filters() -> None:
    """Forget every shared filter (button callback)."""
    for key in FILTER_KEYS.values():
        st.session_state.pop(key, None)


def sidebar_filters(analysis: Analysis) -> views.Filters:
    """Draw the shared filters in the sidebar (keys keep them across pages) and return them."""
    articles = analysis.articles
    sources = sorted(articles.loc[articles["duplicate_of"].isna(), "source"].dropna().unique().tolist())
    span = _corpus_span(articles)
    params = _filter_params(sources)
    messages = [m for m in (_apply_date_params(span), *(apply_url(p) for p in params.values())) if m]
    messages += st.session_state.pop("_url_messages", [])
    messages += [f"Ignored “{name}” in the link: this dashboard has no such setting." for name in unknown_params(KNOWN_PARAMS)]
    state = st.session_state
    state.setdefault(FILTER_KEYS["samples"], True)
    for name in ("sources", "topics", "actors"):
        allowed = {"sources": sources, "topics": TOPIC_IDS, "actors": style.ACTORS}[name]
        state[FILTER_KEYS[name]] = [v for v in state.get(FILTER_KEYS[name], []) if v in allowed]

    with st.sidebar:
        st.header("Filters")
        for message in messages:
            st.warning(md_escape(message), icon=":material/link_off:")
        start = end = None
        if span:
            if tuple(state.get(FILTER_KEYS["dates"]) or ()) == state.get("_dates_span"):
                state[FILTER_KEYS["dates"]] = span  # an untouched full range follows the corpus as it grows
            state[FILTER_KEYS["dates"]] = _valid_dates(state.get(FILTER_KEYS["dates"]), span)
            state["_dates_span"] = span
            picked = st.date_input("Date range", min_value=span[0], max_value=span[1], key=FILTER_KEYS["dates"], format="YYYY-MM-DD")
            if isinstance(picked, (list, tuple)) and len(picked) == 2 and tuple(picked) != span:
                start, end = picked
            elif isinstance(picked, (list, tuple)) and len(picked) == 1:
                st.caption("Pick an end date too; the full range is shown meanwhile.")
        else:
            st.caption("No dated articles: the date filter is off.")
        chosen_sources = st.multiselect("Sources", sources, key=FILTER_KEYS["sources"], placeholder="All sources")
        chosen_topics = st.multiselect("Topics", list(TOPIC_IDS), key=FILTER_KEYS["topics"], format_func=style.topic_label, placeholder="All topics")
        chosen_actors = st.multiselect(
            "Actors (commitments)", list(style.ACTORS), key=FILTER_KEYS["actors"], format_func=style.actor_label, placeholder="US, China and both"
        )
        samples = st.toggle("Include sample articles", key=FILTER_KEYS["samples"], help="The demo corpus is mostly sample articles written for this project; they are labelled “Sample” wherever shown.")
        filters = views.Filters(
            start=start,
            end=end,
            sources=tuple(chosen_sources),
            topics=tuple(chosen_topics),
            actors=tuple(chosen_actors),
            include_samples=bool(samples),
        )
        shown = views.filter_articles(articles, filters)
        st.caption(
            f"{len(shown)} of {int(articles['duplicate_of'].isna().sum())} articles shown "
            f"({int(shown['sample'].sum())} sample{'s' if int(shown['sample'].sum()) != 1 else ''}). "
            "The address bar link reproduces this view."
        )
        st.button("Reset filters", on_click=reset_filters, icon=":material/restart_alt:", key="f_reset")

    if span and (start, end) != (None, None):
        st.session_state.setdefault(URL_PENDING_KEY, {}).update({"from": [start.isoformat()], "to": [end.isoformat()]})
    for name, param in params.items():
        publish(param, {"sources": chosen_sources, "topics": chosen_topics, "actors": chosen_actors, "samples": samples}[name])
    return filters


KEPT_KEY = "_kept_choices"
PAGE_KEY = "_page"


def restore(key: str) -> None:
    """Give a page's own widget the value it had when the analyst left it (call before drawing it).

    A widget in a page belongs to that page: Streamlit forgets its state when a run does not
    draw it, and the same key on another page (the period on Topics and Tension) starts afresh.
    A page switch used to reset the period, the search and the article or commitment being
    read. A link's value (``apply_url``, called after this) still wins.
    """
    kept = st.session_state.setdefault(KEPT_KEY, {})
    if key in kept:
        page, value = kept[key]
        if key not in st.session_state or page != st.session_state.get(PAGE_KEY, ""):
            st.session_state[key] = value


def remember(key: str, value: Any) -> None:
    """Keep a page widget's value, and the page it was drawn on, for ``restore``."""
    st.session_state.setdefault(KEPT_KEY, {})[key] = (st.session_state.get(PAGE_KEY, ""), value)


def keep_valid(key: str, options: list) -> None:
    """Forget a remembered choice that the current filters no longer offer (before drawing its widget)."""
    if key in st.session_state and st.session_state[key] is not None and st.session_state[key] not in options:
        del st.session_state[key]


def frequency_picker() -> str:
    """Day / week / month for time charts, mirrored in the URL as ``freq``."""
    param = choice_param("freq", "freq", list(views.FREQUENCIES), "month", "period")
    restore("freq")
    message = apply_url(param)
    if message:
        st.warning(md_escape(message))
    st.session_state.setdefault("freq", "month")
    freq = st.segmented_control("Period", list(views.FREQUENCIES), key="freq", format_func=str.capitalize, required=True)
    remember("freq", freq)
    publish(param, freq)
    return freq or "month"


# Page context


@dataclass
class PageContext:
    """What a page draws from: the analysis, the shared filters and the filtered view."""

    analysis: Analysis
    filters: views.Filters
    view: views.View


def setup() -> PageContext:
    """Load the analysis, draw the shared filters, and hand the result to the page about to run."""
    st.session_state[URL_PENDING_KEY] = {}
    analysis = get_analysis()
    filters = sidebar_filters(analysis)
    if not filters.include_samples and analysis.articles["sample"].any():
        # Evidence and statuses from real coverage only: the corpus is analysed again without samples.
        analysis = get_analysis(include_samples=False)
    context = PageContext(analysis, filters, views.make_view(analysis, filters))
    st.session_state[CONTEXT_KEY] = context
    return context


def _leave_pages_directory_mode() -> None:
    """Rerun through ``dashboard.py`` when a deep link reached a page in the old ``pages/`` mode.

    Until some session has called ``st.navigation``, Streamlit treats a ``pages/`` folder as an
    old-style multipage app: the first visitor of ``/commitments`` on a fresh server would get
    that page alone, with file names as navigation. ``st.navigation`` switches the mode off
    for the whole server; this does the same and reruns, so the page comes back through the
    dashboard (page hashes come from the URL path, so the same page is shown).
    """
    try:
        from streamlit.runtime.pages_manager import PagesManager
    except ImportError:
        return
    if PagesManager.uses_pages_directory:
        PagesManager.uses_pages_directory = False
        st.rerun()


def page_context() -> PageContext:
    """The context ``dashboard.py`` prepared for this run; a page run on its own (tests) prepares its own."""
    context = st.session_state.pop(CONTEXT_KEY, None)
    if context is None:
        _leave_pages_directory_mode()
        context = setup()
        st.session_state.pop(CONTEXT_KEY, None)
    return context


def standalone() -> bool:
    """True when a page runs without ``dashboard.py`` (AppTest of a single page): no navigation to link to."""
    return not st.session_state.get("_navigation", False)


# Measured accuracy (``python -m detente evaluate``)


def evaluation_module():
    """``detente.evaluate`` when it provides ``metrics_table()``, else None."""
    try:
        from detente import evaluate
    except ImportError:
        return None
    return evaluate if callable(getattr(evaluate, "metrics_table", None)) else None


@st.cache_data(show_spinner="Scoring the labelled development set…", persist="disk", max_entries=2)
def _evaluation(fingerprint: str) -> pd.DataFrame:
    return evaluation_module().metrics_table()


@st.cache_resource
def _evaluated() -> set:
    """Fingerprints already scored in this server process (so a page never blocks on a cold evaluation)."""
    return set()


def _evaluation_fingerprint() -> str:
    module = evaluation_module()
    folder = getattr(module, "DEFAULT_DATA", ROOT / "tests" / "data" / "devset")
    return corpus_fingerprint((str(folder),))


def evaluation_metrics(compute: bool) -> pd.DataFrame | None:
    """The metrics table if already measured (or ``compute`` asks for it now), else None."""
    if evaluation_module() is None:
        return None
    fingerprint = _evaluation_fingerprint()
    if fingerprint not in _evaluated() and not compute:
        return None
    table = _evaluation(fingerprint)
    _evaluated().add(fingerprint)
    return table


# Drawing helpers


def chart(fig, key: str, select: bool = False):
    """Draw a finished figure full width with the house theme and PNG download; return the selection if ``select``."""
    meta = fig.layout.meta
    name = meta.get("filename", "detente-chart") if isinstance(meta, dict) else "detente-chart"
    event = st.plotly_chart(
        fig,
        width="stretch",
        theme=None,
        key=key,
        config=style.modebar_config(name),
        on_select="rerun" if select else "ignore",
        selection_mode="points",
    )
    if not select:
        return []
    try:
        return list(event.selection.points)
    except AttributeError:
        return []


def table(frame: pd.DataFrame, name: str, key: str, column_config: dict | None = None, height: int | str = "auto", caption: str | None = None) -> None:
    """Show a table with a spreadsheet-safe CSV download beside it."""
    st.dataframe(frame, hide_index=True, column_config=column_config, key=f"tbl-{key}", height=height)
    left, right = st.columns([3, 1], vertical_alignment="center")
    if caption:
        left.caption(caption)
    right.download_button(
        "Download CSV",
        views.csv_bytes(frame),
        file_name=f"detente-{name}.csv",
        mime="text/csv",
        key=f"dl-{key}",
        icon=":material/download:",
        on_click="ignore",
        width="stretch",
    )


def article_link(article_id: str, label: str) -> None:
    """A link that opens an article on the Articles page (``?article=<id>``), keeping the filters."""
    if standalone():
        st.caption(md_escape(f"{label}: article {article_id}"))
        return
    params = {name: values if len(values) > 1 else values[0] for name, values in st.session_state.get(URL_WRITTEN_KEY, {}).items() if values}
    params.update({name: values if len(values) > 1 else values[0] for name, values in st.session_state.get(URL_PENDING_KEY, {}).items() if values})
    params = {k: v for k, v in params.items() if k not in ("commitment", "article", "q", "freq", "measure", "topic_focus")}
    params["article"] = article_id
    st.page_link("pages/articles.py", label=md_escape(label), query_params=params, icon=":material/article:")


def md_escape(text: str) -> str:
    """Text safe to put in a Markdown label: every Markdown punctuation mark backslash-escaped."""
    return "".join("\\" + ch if ch in "\\`*_{}[]()<>#+-.!|~:$=" else ch for ch in str(text))


def quote(text: str, attribution: str = "") -> None:
    """A sentence from an article, shown as a quote (every piece HTML-escaped)."""
    footer = f'<div style="color:{style.MUTED};font-size:0.85rem;margin-top:0.3rem">{html.escape(attribution)}</div>' if attribution else ""
    st.html(
        f'<blockquote style="border-left:4px solid {style.ACTOR_COLORS["US"]};margin:0.2rem 0 0.6rem 0;padding:0.4rem 0.9rem;'
        f'background:#f5f7fa;font-size:1.02rem;line-height:1.5">{html.escape(text)}{footer}</blockquote>'
    )


def facts(pairs: list[tuple[str, str]], color: str | None = None) -> None:
    """Label / value rows (every value HTML-escaped); ``color`` marks the last row (the status)."""
    rows = []
    for i, (label, value) in enumerate(pairs):
        mark = f"border-left:4px solid {color};padding-left:6px;" if color and i == len(pairs) - 1 else ""
        rows.append(
            f'<tr><th style="text-align:left;padding:2px 14px 2px 0;color:{style.MUTED};font-weight:600;vertical-align:top;white-space:nowrap">{html.escape(label)}</th>'
            f'<td style="padding:2px 0;{mark}">{html.escape(value)}</td></tr>'
        )
    st.html(f'<table style="border-collapse:collapse;font-size:0.95rem;margin-bottom:0.5rem">{"".join(rows)}</table>')


DATE_COLUMN = st.column_config.DateColumn(format="YYYY-MM-DD")
SENTENCE_COLUMNS = {
    "date": DATE_COLUMN,
    "sentence": st.column_config.TextColumn("sentence", width="large"),
    "tension": st.column_config.NumberColumn("tension", format="%+.2f", help="−1 easing … +1 escalation"),
    "polarity": st.column_config.NumberColumn("polarity", format="%+.2f", help="TextBlob polarity"),
    "cues": st.column_config.TextColumn("cues", help="The lexicon words behind the score, with their weights", width="medium"),
    "article_id": None,
}


def commitments_with_ledger(context: PageContext) -> tuple[LedgerStore | None, pd.DataFrame]:
    """The ledger store (None if it cannot be opened) and the shown commitments with their current status."""
    try:
        store = ledger()
        sync_ledger(store, context.analysis.commitments)
        decisions, hand_added = ledger_decisions(store)
        by_hand = store.all_evidence()
    except Exception as exc:  # a misconfigured database must not take the page down
        st.error(md_escape(f"The verification ledger could not be opened ({type(exc).__name__}: {exc}). The statuses shown are the inferred ones."))
        return None, views.with_ledger(context.view.commitments, {}, [], context.filters, context.analysis.as_of)
    return store, views.with_ledger(context.view.commitments, decisions, hand_added, context.filters, context.analysis.as_of, by_hand)
