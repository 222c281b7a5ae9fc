"""Articles: search the corpus, read an article with every sentence marked by topic, tension and
commitment (boilerplate greyed out), and add articles for this session by upload or by pasting."""

import hashlib
from datetime import date

import streamlit as st

import app_state
from detente import style, views

FLASH_KEY = "_articles_flash"
LISTING_KEY = "_articles_listed"  # a hash of the listed article ids in the last run
OUTCOMES_KEY = "_upload_outcomes"


def flash(kind: str, message: str) -> None:
    """Keep a message for the run after the next ``st.rerun``."""
    st.session_state.setdefault(FLASH_KEY, []).append((kind, message))


def show_flash() -> None:
    for kind, message in st.session_state.pop(FLASH_KEY, []):
        getattr(st, kind)(app_state.md_escape(message))


def upload_files() -> None:
    """Each new file is checked on its own: a bad one gets an error naming it, the others load."""
    files = st.file_uploader(
        "Article files (.txt, .md, .csv, .json, .jsonl; up to 5 MB each)",
        type=app_state.UPLOAD_TYPES,
        accept_multiple_files=True,
        key="uploads",
        help="Text and Markdown files may start with front matter (title, date, source, sample). CSV, JSON and JSON Lines need a 'text' field per article.",
    )
    outcomes = st.session_state.setdefault(OUTCOMES_KEY, {})
    added = False
    for file in files or []:
        if file.file_id not in outcomes:
            count, warnings = app_state.add_file(file.name, file.getvalue())
            outcomes[file.file_id] = (file.name, count, warnings)
            added |= count > 0
    if added:
        st.rerun()
    for file in files or []:
        name, count, warnings = outcomes[file.file_id]
        if count:
            st.success(app_state.md_escape(f"{name}: {count} article{'s' if count != 1 else ''} added and analysed."), icon=":material/check_circle:")
            for warning in warnings:
                st.warning(app_state.md_escape(warning))
        else:
            reason = "; ".join(w.removeprefix(f"{name}: ") for w in warnings) or "no article with text was found"
            st.error(app_state.md_escape(f"{name} could not be added: {reason}"), icon=":material/error:")


def paste_article() -> None:
    """A pasted article: title, date, source and text; analysed as soon as it is added."""
    with st.form("paste", clear_on_submit=True):
        title = st.text_input("Title", key="paste_title")
        left, right = st.columns(2)
        when = left.date_input("Date", value=None, min_value=date(1970, 1, 1), max_value=date.today(), format="YYYY-MM-DD", key="paste_date")
        source = right.text_input("Source", placeholder="e.g. Reuters", key="paste_source")
        text = st.text_area("Text", height=180, placeholder="Paste the article text here.", key="paste_text")
        sample = st.checkbox("I wrote this as a sample (label it “Sample”)", key="paste_sample")
        submitted = st.form_submit_button("Analyse and add", icon=":material/add:", key="paste_submit")
    if not submitted:
        return
    record = {"title": title, "date": when.isoformat() if when else None, "source": source, "text": text, "sample": sample}
    ok, warnings = app_state.add_pasted(record)
    if ok:
        flash("success", f"Pasted article “{style.shorten(title or 'untitled', 60)}” added and analysed.")
        for warning in warnings:
            flash("warning", warning)
        st.rerun()
    st.error(app_state.md_escape("The pasted article could not be added: " + ("; ".join(warnings) or "it has no text")), icon=":material/error:")


def add_section() -> None:
    added = app_state.additions()
    with st.expander(f"Add articles for this session ({len(added)} added)" if added else "Add articles for this session", expanded=bool(added)):
        st.caption("Added articles are analysed with the corpus at once and appear on every page until you close the tab. Nothing is stored on the server.")
        upload_tab, paste_tab = st.tabs(["Upload files", "Paste text"])
        with upload_tab:
            upload_files()
        with paste_tab:
            paste_article()
        if added:
            st.markdown("**Added so far:** " + ", ".join(app_state.md_escape(a["name"]) for a in added))
            if st.button("Remove the added articles", key="clear-additions", icon=":material/delete:"):
                app_state.clear_additions()
                st.session_state.pop(OUTCOMES_KEY, None)
                st.rerun()


def search_box() -> str:
    """Search text, mirrored in the URL as ``q``."""
    param = app_state.text_param("q", "q")
    app_state.restore("q")
    app_state.apply_url(param)
    query = st.text_input("Search title, source or text", key="q", placeholder="e.g. fentanyl, Sample Wire, rare earth", icon=":material/search:")
    app_state.remember("q", query)
    app_state.publish(param, query)
    return query or ""


def pick_article(context: app_state.PageContext, listed) -> str | None:
    """The article to read, mirrored in the URL as ``article`` (links from other pages set it)."""
    articles = context.analysis.articles.set_index("id", drop=False)
    param = app_state.choice_param("article", "article", articles.index.tolist(), None, "article")
    app_state.restore("article")
    linked = bool(st.query_params.get_all("article")) and st.query_params.get_all("article") != st.session_state.get(app_state.URL_WRITTEN_KEY, {}).get("article")
    message = app_state.apply_url(param)
    if message:
        st.warning(app_state.md_escape(message))
    options = listed["id"].tolist()
    listing = hashlib.sha256("|".join(options).encode()).hexdigest()
    searched = st.session_state.get(LISTING_KEY) not in (None, listing)
    st.session_state[LISTING_KEY] = listing
    chosen = st.session_state.get("article")
    # An article opened by a link stays open outside the list; a new search or filter opens its first hit.
    if chosen in articles.index and chosen not in options and not (searched and not linked):
        options = [chosen, *options]
    if not options:
        return None
    if chosen not in options:
        st.session_state["article"] = options[0]
    picked = st.selectbox("Read article", options, key="article", format_func=lambda i: views.article_label(articles.loc[i]))
    app_state.remember("article", picked)
    app_state.publish(param, picked)
    if picked not in listed["id"].tolist():
        st.caption("This article is outside the current filters or search.")
    return picked


def article_badges(article) -> None:
    colors = {"Sample": "orange", "Duplicate": "violet", "Undated": "gray"}
    tags = views.badges(article)
    if tags:
        with st.container(horizontal=True):
            for tag in tags:
                st.badge(tag, color=colors.get(tag, "gray"))


def article_detail(context: app_state.PageContext, article_id: str) -> None:
    article = context.analysis.articles.set_index("id").loc[article_id]
    article = article.to_dict() | {"id": article_id}
    st.subheader(app_state.md_escape(article["title"]))
    article_badges(article)
    rows = [
        ("Date", article["date"].isoformat() if hasattr(article["date"], "isoformat") else "undated"),
        ("Source", article["source"]),
        ("Author", article["author"] or "–"),
        ("Tension", f"{article['tension']:+.2f} over {article['scored_sentences']} scored sentences "
                    f"({article['escalation_sentences']} escalation, {article['easing_sentences']} easing)"),
        ("Topics", ", ".join(style.topic_label(t) for t in article["topics"]) or "–"),
        ("File", app_state.shown_path(article["path"])),
    ]
    if article["sample"]:
        rows.insert(0, ("Sample", "Written for this project in its own words about a real event; not real reporting."))
    if isinstance(article["duplicate_of"], str) and article["duplicate_of"]:
        rows.append(("Duplicate of", f"article {article['duplicate_of']} (left out of every count and chart)"))
    app_state.facts(rows)
    if article["url"]:
        st.link_button("Open the original", article["url"], icon=":material/open_in_new:")
    sentences = views.article_sentences(context.analysis, article_id)
    st.html(views.article_markup(sentences))
    with st.expander("Sentences, scores and cues"):
        app_state.table(views.article_sentence_table(sentences), f"article-{article_id}-sentences", "article-sentences",
                        column_config={"sentence": st.column_config.TextColumn(width="large"), "tension": st.column_config.NumberColumn(format="%+.2f")})


def main() -> None:
    context = app_state.page_context()
    st.title("Articles")
    show_flash()
    add_section()
    query = search_box()
    listed = views.article_list(views.filter_articles(context.analysis.articles, context.filters, include_duplicates=True), query)
    app_state.table(
        listed,
        "articles",
        "articles",
        column_config={
            "date": app_state.DATE_COLUMN,
            "title": st.column_config.TextColumn(width="large"),
            "badges": st.column_config.TextColumn(help="Sample: written for this project · Duplicate: a near-copy, left out of aggregates · Undated"),
            "tension": st.column_config.NumberColumn(format="%+.2f"),
            "url": st.column_config.LinkColumn(),
            "id": None,
        },
        height=300,
        caption=f"{len(listed)} article{'s match' if len(listed) != 1 else ' matches'} the filters{' and search' if query else ''}, duplicates included and badged.",
    )
    article_id = pick_article(context, listed)
    if article_id is None:
        st.info("No article matches the filters and search.")
        return
    article_detail(context, article_id)


main()
