"""Every page runs (on its own and through the dashboard), shows its key elements, follows the
shared filters, takes uploads, and reproduces a view from the query string."""

import json
import re
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parent.parent
PAGES = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "pages").glob("*.py"))
TIMEOUT = 90

GOOD_MD = b"""---
title: Uploaded test report on rare earth export controls
date: 2025-10-31
source: Upload Desk
---
China said it will suspend its new export controls on rare earths for one year. <script>alert("x")</script>

The United States agreed to cut the fentanyl-related tariff, officials said.
"""
BAD_JSON = b'{"articles": [ this is not json'


@pytest.fixture(autouse=True)
def ledger_dir(tmp_path, monkeypatch):
    """A fresh verification ledger per test, never the repository's ``data/``."""
    monkeypatch.setenv("DETENTE_DATA_DIR", str(tmp_path / "ledger-data"))


def app(script: str = "dashboard.py", **query) -> AppTest:
    at = AppTest.from_file(str(ROOT / script), default_timeout=TIMEOUT)
    at.query_params.update(query)
    return at


def no_errors(at: AppTest) -> None:
    assert not at.exception, [e.value for e in at.exception]
    assert not at.error, [e.value for e in at.error]


def plain(markdown: str) -> str:
    """Message text as shown: Markdown backslash escapes removed."""
    return re.sub(r"\\(.)", r"\1", markdown)


def charts(at: AppTest) -> list[dict]:
    """The figures on the page as plotly JSON."""
    return [json.loads(c.proto.spec) for c in at.get("plotly_chart")]


def chart_titles(at: AppTest) -> list[str]:
    return [fig["layout"]["title"]["text"] for fig in charts(at)]


def metric(at: AppTest, label: str) -> str:
    return next(m.value for m in at.metric if m.label == label)


def open_page(page: str, **query) -> AppTest:
    """Run the dashboard, then switch to ``page`` (query parameters set before the first run)."""
    at = app(**query).run()
    if page != "pages/overview.py":
        at.switch_page(page).run()
    return at


@pytest.mark.parametrize("script", ["dashboard.py", *PAGES])
def test_page_runs(script):
    at = app(script).run()
    no_errors(at)
    assert at.title, "every page has a title"
    assert at.sidebar.get("multiselect"), "the shared filters are drawn"


@pytest.mark.parametrize(
    "page, title, chart",
    [
        ("pages/overview.py", "Détente: US–China relations in the news", "Commitments by status"),
        ("pages/topics.py", "Topics", "Topic volume over time"),
        ("pages/tension.py", "Tension", "US–China tension index"),
        ("pages/commitments.py", "Commitments", "Commitment verification timeline"),
        ("pages/articles.py", "Articles", None),
    ],
)
def test_page_through_the_dashboard(page, title, chart):
    at = open_page(page)
    no_errors(at)
    assert at.title[0].value == title
    if chart:
        assert any(chart in t for t in chart_titles(at))
    assert at.get("download_button"), "every table can be downloaded"


def test_overview_counts_and_tension_metric():
    at = app().run()
    assert metric(at, "Articles") == "23"
    assert metric(at, "Duplicates set aside") == "1"
    assert int(metric(at, "Boilerplate set aside")) > 0
    tension = next(m for m in at.metric if m.label.startswith("Tension index"))
    assert tension.value.startswith(("+", "-"))
    assert "vs" in tension.proto.delta
    assert any("sample articles written for this project" in c.value for c in at.caption)


def test_topics_page_has_every_chart():
    at = open_page("pages/topics.py")
    titles = " | ".join(chart_titles(at))
    for expected in ("Share of sentences per topic", "Topic volume over time", "Topics by source", "Matched terms", "Emerging terms"):
        assert expected in titles
    at.segmented_control(key="freq").set_value("week").run()
    no_errors(at)
    assert "per week" in charts(at)[1]["layout"]["title"]["subtitle"]["text"]
    assert at.query_params.get("freq") == "week"


def test_tension_page_sentences_and_methodology():
    at = app("pages/tension.py").run()
    titles = " | ".join(chart_titles(at))
    assert "Tension by topic" in titles and "general sentiment" in titles
    assert any("cues" in df.value.columns for df in at.dataframe)
    assert any("Methodology" in s.value for s in at.subheader)
    button = [b for b in at.button if b.key == "run-evaluation"]
    if button:
        button[0].click().run(timeout=180)
        no_errors(at)
        assert "Tension direction: measured accuracy" in " | ".join(chart_titles(at))
        assert any("f1 (set-aside)" in df.value.columns for df in at.dataframe)


def test_samples_toggle_changes_what_is_shown():
    at = app().run()
    assert metric(at, "Articles") == "23"
    at.toggle(key="f_samples").set_value(False).run()
    no_errors(at)
    assert metric(at, "Articles") == "1"
    assert at.query_params.get("samples") == "0"


def test_topic_filter_reaches_chart_subtitles():
    at = open_page("pages/topics.py")
    at.multiselect(key="f_topics").set_value(["trade"]).run()
    no_errors(at)
    subtitle = charts(at)[0]["layout"]["title"]["subtitle"]["text"]
    assert "Trade" in subtitle
    assert charts(at)[0]["data"][0]["y"] == ["Trade"]


def test_actor_filter_narrows_commitments():
    at = open_page("pages/commitments.py")
    before = len(at.selectbox(key="commitment").options)
    at.multiselect(key="f_actors").set_value(["China"]).run()
    no_errors(at)
    options = at.selectbox(key="commitment").options
    assert 0 < len(options) < before
    assert all("China ·" in option for option in options)


def test_filters_survive_a_page_switch():
    at = app().run()
    at.multiselect(key="f_sources").set_value(["Sample Wire"]).run()
    at.switch_page("pages/tension.py").run()
    no_errors(at)
    assert at.multiselect(key="f_sources").value == ["Sample Wire"]
    assert "Sample Wire" in charts(at)[0]["layout"]["title"]["subtitle"]["text"]


def test_query_string_reproduces_the_view():
    query = {"source": ["Sample Wire", "Sample Asia Desk"], "topic": "military", "actor": "China", "samples": "1", "from": "2024-01-01", "to": "2025-06-30"}
    at = open_page("pages/tension.py", **query)
    no_errors(at)
    assert at.multiselect(key="f_sources").value == ["Sample Wire", "Sample Asia Desk"]
    assert at.multiselect(key="f_topics").value == ["military"]
    assert at.multiselect(key="f_actors").value == ["China"]
    assert [d.isoformat() for d in at.date_input(key="f_dates").value] == ["2024-01-01", "2025-06-30"]
    written = at.query_params
    assert written["source"] == ["Sample Wire", "Sample Asia Desk"] and written["topic"] == "military" and written["actor"] == "China"
    assert written["from"] == "2024-01-01" and written["to"] == "2025-06-30"
    assert "samples" not in written, "defaults stay out of the link"
    again = open_page("pages/tension.py", **written)
    assert again.multiselect(key="f_sources").value == at.multiselect(key="f_sources").value
    assert charts(again)[0]["layout"]["title"]["subtitle"]["text"] == charts(at)[0]["layout"]["title"]["subtitle"]["text"]


def test_bad_query_parameters_are_ignored_with_a_message():
    at = app(**{"from": "yesterday", "topic": "unicorns", "actor": ["China", "Mars"], "samples": "maybe", "colour": "red"}).run()
    no_errors(at)
    warnings = " ".join(plain(w.value) for w in at.sidebar.warning)
    for fragment in ("yesterday", "unicorns", "'Mars'", "maybe", "colour"):
        assert fragment in warnings
    assert at.multiselect(key="f_actors").value == ["China"]
    assert at.multiselect(key="f_topics").value == []
    assert metric(at, "Articles") == "23"
    assert "colour" not in at.query_params and "topic" not in at.query_params


def test_upload_adds_good_files_and_names_the_bad_one():
    at = open_page("pages/articles.py")
    at.file_uploader(key="uploads").set_value([("report.md", GOOD_MD, "text/markdown"), ("broken.json", BAD_JSON, "application/json")]).run()
    no_errors_but_expected = [plain(e.value) for e in at.error]
    assert not at.exception
    assert len(no_errors_but_expected) == 1 and "broken.json" in no_errors_but_expected[0] and "not valid JSON" in no_errors_but_expected[0]
    assert any("report.md: 1 article added" in plain(s.value) for s in at.success)
    listed = at.dataframe[0].value
    assert "Uploaded test report on rare earth export controls" in listed["title"].tolist()
    uploaded = listed.loc[listed["title"] == "Uploaded test report on rare earth export controls", "id"].iloc[0]
    at.selectbox(key="article").set_value(uploaded).run()
    markup = " ".join(h.proto.body for h in at.get("html"))
    assert "&lt;script&gt;" in markup and "<script>" not in markup, "article text is escaped before it reaches HTML"
    at.switch_page("pages/overview.py").run()
    assert metric(at, "Articles") == "24"
    assert metric(at, "Sources") == "6"


def test_pasted_article_is_analysed_and_joins_the_corpus():
    at = app("pages/articles.py").run()
    at.text_input(key="paste_title").input("Pasted: Beijing suspends military talks")
    at.text_input(key="paste_source").input("Paste Desk")
    at.text_area(key="paste_text").input("China suspended military talks with the United States on Friday after new arms sales to Taiwan.")
    at.button(key="paste_submit").click().run()
    no_errors(at)
    assert any("added and analysed" in s.value for s in at.success)
    listed = at.dataframe[0].value
    pasted = listed[listed["title"] == "Pasted: Beijing suspends military talks"]
    assert len(pasted) == 1 and "Undated" in pasted["badges"].iloc[0] and pasted["source"].iloc[0] == "Paste Desk"


def test_empty_paste_is_refused_with_a_reason():
    at = app("pages/articles.py").run()
    at.button(key="paste_submit").click().run()
    assert not at.exception
    assert any("could not be added" in plain(e.value) and "'text'" in plain(e.value) for e in at.error)


def test_article_link_opens_that_article():
    at = open_page("pages/commitments.py")
    links = at.get("page_link")
    assert links and all(link.proto.page == "articles" for link in links)
    target = links[0].proto.query_string.split("article=")[1].split("&")[0]
    opened = app().run()
    opened.query_params["article"] = target  # what following the link does: the Articles page with ?article=
    opened.switch_page("pages/articles.py").run()
    no_errors(opened)
    assert opened.selectbox(key="article").value == target
    markup = " ".join(h.proto.body for h in opened.get("html"))
    assert "dt-article" in markup and "dt-boiler" in markup
    assert opened.query_params.get("article") == target


def test_article_search_narrows_the_list():
    at = open_page("pages/articles.py")
    everything = len(at.dataframe[0].value)
    at.text_input(key="q").input("fentanyl").run()
    no_errors(at)
    assert 0 < len(at.dataframe[0].value) < everything
    assert at.query_params.get("q") == "fentanyl"
    assert any("Sample" in b for b in at.dataframe[0].value["badges"])


def test_an_older_upload_widens_an_untouched_date_range():
    at = app("pages/articles.py").run()
    old = b"---\ntitle: Old report\ndate: 2020-01-02\nsource: Old Desk\n---\nChina and the United States agreed to resume talks.\n"
    at.file_uploader(key="uploads").set_value([("old.md", old, "text/markdown")]).run()
    no_errors(at)
    assert at.date_input(key="f_dates").value[0].isoformat() == "2020-01-02"
    assert "Old report" in at.dataframe[0].value["title"].tolist()


def test_fulfilment_captions_count_every_commitment():
    at = open_page("pages/commitments.py")
    no_errors(at)
    captions = [plain(c.value) for c in at.caption if " of " in c.value and "fulfilled" in c.value]
    assert len(captions) == 3, captions
    for caption in captions:
        counted, total = caption.split(" of ")
        assert sum(int(n) for n in re.findall(r"\d+", counted)) == int(re.match(r"\d+", total).group()), caption


def test_status_board_says_how_far_an_inferred_status_can_be_trusted():
    at = open_page("pages/commitments.py")
    no_errors(at)
    warning = [c.value for c in at.caption if "lead, not a finding" in c.value]
    assert len(warning) == 1 and "never seen" in warning[0] and "ledger" in warning[0] and "second careful reader" in warning[0]


def test_overview_duplicates_follow_the_samples_filter():
    at = app(samples="0").run()
    no_errors(at)
    assert metric(at, "Articles") == "1"
    assert metric(at, "Duplicates set aside") == "0"


def test_a_single_month_draws_no_trend():
    """One month of articles drew a one-bar 'trend' and 'the last 1 months'."""
    at = app(samples="0").run()
    no_errors(at)
    tension = next(m for m in at.metric if m.label.startswith("Tension index"))
    assert not tension.proto.chart_data
    assert not any("last 1 months" in c.value for c in at.caption)
    assert any("No earlier month" in c.value for c in at.caption)


def test_page_choices_survive_a_page_switch():
    """Streamlit forgets a widget its run does not draw: the period, the search, the article and the
    commitment being read were reset by a visit to another page."""
    at = open_page("pages/topics.py")
    at.segmented_control(key="freq").set_value("week").run()
    at.switch_page("pages/tension.py").run()
    no_errors(at)
    assert at.segmented_control(key="freq").value == "week"
    at.multiselect(key="tension_labels").set_value(["escalation"]).run()
    at.switch_page("pages/commitments.py").run()
    second = at.selectbox(key="commitment").options[1]
    at.selectbox(key="commitment").select_index(1).run()
    at.switch_page("pages/articles.py").run()
    at.text_input(key="q").input("fentanyl").run()
    article = at.selectbox(key="article").options[-1]
    at.selectbox(key="article").select_index(len(at.selectbox(key="article").options) - 1).run()
    at.switch_page("pages/overview.py").run()
    at.switch_page("pages/articles.py").run()
    no_errors(at)
    assert at.text_input(key="q").value == "fentanyl"
    assert at.selectbox(key="article").format_func(at.selectbox(key="article").value) == article
    at.switch_page("pages/commitments.py").run()
    assert at.selectbox(key="commitment").format_func(at.selectbox(key="commitment").value) == second
    at.switch_page("pages/tension.py").run()
    assert at.multiselect(key="tension_labels").value == ["escalation"]


def test_a_new_search_opens_its_first_hit():
    """The article open before a search stayed open (the first article was pinned in the URL), so the
    reader showed an article the search had just excluded."""
    at = open_page("pages/articles.py")
    before = at.selectbox(key="article").value
    at.text_input(key="q").input("gallium").run()
    no_errors(at)
    listed = at.dataframe[0].value
    assert len(listed) == 1 and before not in listed["id"].tolist()
    assert at.selectbox(key="article").value == listed["id"].iloc[0]
    assert not any("outside the current filters" in c.value for c in at.caption)
    assert any("1 article matches the filters and search" in plain(c.value) for c in at.caption)
    at.text_input(key="q").input("no such words anywhere").run()
    assert any("No article matches" in i.value for i in at.info)


def test_without_samples_statuses_come_from_real_coverage_only():
    """With samples off, evidence and statuses used to come from the whole corpus, samples included.

    The one real seed article states commitments that only later sample articles report on, so
    without samples every commitment is unverified and no sample article is cited."""
    with_samples = open_page("pages/commitments.py")
    shown = " ".join(plain(c.value) for c in with_samples.caption)
    assert re.search(r"\d+ (fulfilled|in progress|partial|broken|stalled)", shown), shown
    at = open_page("pages/commitments.py", samples="0")
    no_errors(at)
    captions = [plain(c.value) for c in at.caption if " of " in c.value and "unverified" in c.value]
    assert captions, [c.value for c in at.caption]
    for caption in captions:
        counted, total = caption.split(" of ")
        counts = {name: int(n) for n, name in re.findall(r"(\d+) ([a-z ]+?)(?:,|$)", counted.strip())}
        assert counts["unverified"] == int(re.match(r"\d+", total).group()), caption
        assert sum(counts.values()) == counts["unverified"], caption
    assert not any("[Sample]" in link.proto.label for link in at.get("page_link"))
    rates = [m.value for m in at.metric if m.label.endswith(": fulfilled")]
    assert rates and "nan%" not in rates, rates  # an actor with no commitment showed "nan%"


def test_an_effect_the_learned_model_read_is_explained_where_the_evidence_is_shown():
    """A commitment whose evidence the word model read otherwise than the cue says so under its
    evidence table; one without such evidence does not."""
    at = open_page("pages/commitments.py")
    no_errors(at)
    box = at.selectbox(key="commitment")
    seen = {True: False, False: False}
    for i in range(len(box.options)):
        at.selectbox(key="commitment").select_index(i).run()
        no_errors(at)
        read = any("learned model:" in str(v) for t in at.dataframe for v in t.value.get("cue", []))
        explained = any("word model trained on the labelled sets" in c.value for c in at.caption)
        assert read == explained, at.selectbox(key="commitment").value
        seen[read] = True
    assert seen[True] and seen[False]
