"""The verification ledger on the Commitments page: status decisions, evidence, notes, hand-added
commitments, stale writes, bad input and export / import, driven through the forms with AppTest.
Every test gets its own ledger database (``DETENTE_DATA_DIR`` in a temporary folder)."""

import io
import json
import re
import zipfile
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

import ledger_panel
from detente.ledger import LedgerStore, default_url

ROOT = Path(__file__).resolve().parent.parent
TIMEOUT = 90
PAGE = "pages/commitments.py"


@pytest.fixture(autouse=True)
def ledger_dir(tmp_path, monkeypatch):
    folder = tmp_path / "ledger-data"
    monkeypatch.setenv("DETENTE_DATA_DIR", str(folder))
    return folder


def store_in(folder: Path) -> LedgerStore:
    """A second store on the same database, like another analyst's app process."""
    return LedgerStore(default_url(folder))


def plain(markdown: str) -> str:
    return re.sub(r"\\(.)", r"\1", markdown)


def messages(elements) -> list[str]:
    return [plain(e.value) for e in elements]


def open_page(analyst: str = "ann") -> tuple[AppTest, str]:
    at = AppTest.from_file(str(ROOT / PAGE), default_timeout=TIMEOUT).run()
    assert not at.exception, [e.value for e in at.exception]
    if analyst:
        at.text_input(key="ledger_analyst").input(analyst).run()
    return at, at.selectbox(key="commitment").value


def first_ref(at: AppTest, cid: str) -> str:
    return at.multiselect(key=f"lg-refs-{cid}").options[0]


def decide(at: AppTest, cid: str, status: str = "partial", reason: str = "Firms charged; precursors still shipped", refs: int = 1) -> AppTest:
    at.selectbox(key=f"lg-status-{cid}").set_value(status)
    at.text_area(key=f"lg-reason-{cid}").input(reason)
    picker = at.multiselect(key=f"lg-refs-{cid}")
    for option in picker.options[:refs]:
        picker.select(option)
    return at.button(key=f"lg-status-submit-{cid}").click().run()


def history(at: AppTest, cid: str):
    return next(d.value for d in at.dataframe if "reason" in d.value.columns and "from" in d.value.columns)


def timeline(at: AppTest) -> dict:
    figures = [json.loads(c.proto.spec) for c in at.get("plotly_chart")]
    return next(f for f in figures if "timeline" in f["layout"]["title"]["text"])


def test_ledger_section_is_drawn():
    at, cid = open_page(analyst="")
    assert not at.error
    assert "Verification ledger" in [s.value for s in at.subheader]
    labels = {b.label for b in at.button}
    assert {"Record decision", "Add evidence", "Add note", "Add commitment", "Import"} <= labels
    assert {d.label for d in at.get("download_button")} >= {"Export JSON", "Export CSV (ZIP)"}
    assert store_in(Path(ledger_panel.app_state.data_dir())).get(cid) is not None, "the analysis' commitments are registered"


def test_change_status_appends_history_and_overrides_the_inferred_status(ledger_dir):
    at, cid = open_page()
    inferred = store_in(ledger_dir).get(cid)
    assert inferred["version"] == 0
    at = decide(at, cid, "broken", "Talks suspended again")
    assert not at.exception and not at.error, messages(at.error)
    assert any("Recorded: Broken" in m for m in messages(at.success))
    rows = history(at, cid)
    assert rows["to"].tolist() == ["Broken"] and rows["analyst"].tolist() == ["ann"]
    assert rows["reason"].tolist() == ["Talks suspended again"]
    assert at.selectbox(key="commitment").value == cid
    assert at.selectbox(key="commitment").value == cid, "the picker keeps the commitment after a decision"
    fig = timeline(at)
    assert any(t.get("name") == "Analyst decision" for t in fig["data"]), "analyst decisions have their own mark"
    assert "analyst decision" in fig["layout"]["title"]["subtitle"]["text"]
    table = next(d.value for d in at.dataframe if "decided by" in d.value.columns)
    assert table.loc[table["id"] == cid, "decided by"].tolist() == ["analyst"]
    assert table.loc[table["id"] == cid, "status"].tolist() == ["Broken"]
    # a second decision appends; the first stays
    at = decide(at, cid, "fulfilled", "Channel restored and used")
    assert history(at, cid)["to"].tolist() == ["Broken", "Fulfilled"]
    assert history(at, cid)["from"].tolist()[1] == "Broken"


def test_a_stale_write_is_refused_with_a_reload_message(ledger_dir):
    at, cid = open_page()
    other = store_in(ledger_dir)
    other.add_note(cid, "bob was here first", "bob", expected_version=other.get(cid)["version"])
    at = decide(at, cid)
    assert not at.exception
    assert any("changed by someone else; reload" in w for w in messages(at.warning)), messages(at.warning)
    assert other.history(cid) == [], "nothing was written"
    # the page has reloaded the record: submitting again now works
    at = decide(at, cid)
    assert any("Recorded" in m for m in messages(at.success))
    assert len(other.history(cid)) == 1


@pytest.mark.parametrize(
    "reason, refs, analyst, field",
    [
        ("", 1, "ann", "reason"),
        ("   ", 1, "ann", "reason"),
        ("No evidence picked", 0, "ann", "evidence_refs"),
        ("Fine reason", 1, "", "analyst"),
    ],
)
def test_a_decision_needs_reason_evidence_and_name(ledger_dir, reason, refs, analyst, field):
    at, cid = open_page(analyst=analyst)
    at = decide(at, cid, reason=reason, refs=refs)
    assert not at.exception
    errors = messages(at.error)
    assert any(f"{field}:" in e for e in errors), errors
    assert store_in(ledger_dir).history(cid) == []


def test_evidence_added_by_hand_can_back_a_decision(ledger_dir):
    at, cid = open_page()
    at.text_input(key=f"lg-ev-source-{cid}").input("DOJ press release")
    at.text_input(key=f"lg-ev-url-{cid}").input("javascript:alert(1)")
    at.button(key=f"lg-ev-submit-{cid}").click().run()
    assert any("url:" in e for e in messages(at.error)), "a non-http URL is refused, naming the field"
    at.text_input(key=f"lg-ev-url-{cid}").input("https://www.justice.gov/example")
    at.text_area(key=f"lg-ev-note-{cid}").input("=HYPERLINK(\"http://x\")")
    at.selectbox(key=f"lg-ev-effect-{cid}").set_value("setback")
    at.button(key=f"lg-ev-submit-{cid}").click().run()
    assert any("Evidence added" in m for m in messages(at.success)), messages(at.error)
    evidence = store_in(ledger_dir).evidence(cid)
    assert len(evidence) == 1 and evidence[0]["source"] == "DOJ press release"
    assert first_ref(at, cid).startswith("Ledger ") and "DOJ press release" in first_ref(at, cid), "ledger evidence is offered first"
    at = decide(at, cid, "stalled", "DOJ says shipments continue")
    assert store_in(ledger_dir).history(cid)[0]["evidence_refs"] == [evidence[0]["id"]]
    hand = [t for t in timeline(at)["data"] if t.get("name") == "Evidence added by an analyst"]
    assert len(hand) == 1 and len(hand[0]["x"]) == 1, "the hand-added evidence is drawn on the timeline"
    assert "DOJ press release" in hand[0]["customdata"][0][0] and "added by ann" in hand[0]["customdata"][0][0]


def test_html_in_a_note_is_shown_as_text(ledger_dir):
    at, cid = open_page()
    note = "<script>alert('x')</script><b>bold</b> & more"
    at.text_area(key=f"lg-note-{cid}").input(note)
    at.button(key=f"lg-note-submit-{cid}").click().run()
    assert not at.exception and not at.error, messages(at.error)
    assert store_in(ledger_dir).notes(cid)[0]["text"] == note, "stored as entered"
    assert note in [t.value for t in at.text], "shown literally"
    rendered = [m.value for m in at.markdown] + [c.value for c in at.caption] + [h.proto.body for h in at.get("html")]
    assert not any("<script>" in r for r in rendered)


def test_add_a_commitment_by_hand(ledger_dir):
    at, _ = open_page()
    text = "China will publish fentanyl seizure statistics every quarter"
    at.text_area(key="lg-new-text").input(text)
    at.selectbox(key="lg-new-actor").set_value("China")
    at.selectbox(key="lg-new-topic").set_value("counternarcotics")
    at.button(key="lg-new-submit").click().run()
    assert not at.exception and not at.error, messages(at.error)
    assert any("Added as c_" in m for m in messages(at.success))
    cid = at.selectbox(key="commitment").value
    record = store_in(ledger_dir).get(cid)
    assert record["text"] == text and record["origin"] == "analyst" and record["created_by"] == "ann"
    table = next(d.value for d in at.dataframe if "decided by" in d.value.columns)
    assert text in table["commitment"].tolist()
    # the same commitment twice is refused
    at.text_area(key="lg-new-text").input(text)
    at.selectbox(key="lg-new-actor").set_value("China")
    at.selectbox(key="lg-new-topic").set_value("counternarcotics")
    at.button(key="lg-new-submit").click().run()
    assert any("already recorded" in e for e in messages(at.error))
    # and its status can be decided like any other (a ledger evidence item first)
    at.text_input(key=f"lg-ev-source-{cid}").input("Ministry of Public Security")
    at.button(key=f"lg-ev-submit-{cid}").click().run()
    at = decide(at, cid, "in_progress", "First quarterly figures out")
    assert history(at, cid)["to"].tolist() == ["In progress"]


def test_export_then_import_round_trip(tmp_path, ledger_dir, monkeypatch):
    at, cid = open_page()
    at = decide(at, cid, "partial", "Half done")
    at.text_area(key=f"lg-note-{cid}").input("check with the desk")
    at.button(key=f"lg-note-submit-{cid}").click().run()
    source = store_in(ledger_dir)
    exported_json = ledger_panel.export_json(source)
    exported_zip = ledger_panel.export_csv_zip(source)

    monkeypatch.setenv("DETENTE_DATA_DIR", str(tmp_path / "restored"))
    at, _ = open_page()
    at.file_uploader(key="lg-import-file").set_value([("detente-ledger.json", exported_json, "application/json")])
    at.button(key="lg-import-submit").click().run()
    assert not at.exception and not at.error, messages(at.error)
    assert any("1 status changes" in m and "1 notes" in m for m in messages(at.success)), messages(at.success) + messages(at.warning)
    restored = json.loads(store_in(tmp_path / "restored").export_json())["tables"]
    original = json.loads(source.export_json())["tables"]
    for table in ("status_changes", "notes", "evidence"):
        assert restored[table] == original[table]
    # the page registered the analysis' commitments before the import, so those keep their own created_at
    assert [c["id"] for c in restored["commitments"]] == [c["id"] for c in original["commitments"]]
    at.selectbox(key="commitment").set_value(cid).run()
    assert history(at, cid)["reason"].tolist() == ["Half done"]
    assert any("(analyst decision)" in h.proto.body for h in at.get("html"))

    # the CSV export into a third ledger, with one bad row: the good ones are kept, the bad one named by line
    with zipfile.ZipFile(io.BytesIO(exported_zip)) as archive:
        files = {name: archive.read(name).decode() for name in archive.namelist()}
    files["notes.csv"] += "n_0123456789abcdef,c_nope,1,orphan,ann,2025-01-01T00:00:00+00:00\r\n"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, text in files.items():
            archive.writestr(name, text)
    monkeypatch.setenv("DETENTE_DATA_DIR", str(tmp_path / "third"))
    at, _ = open_page()
    at.file_uploader(key="lg-import-file").set_value([("ledger.zip", buffer.getvalue(), "application/zip")])
    at.button(key="lg-import-submit").click().run()
    assert any("1 bad row" in w for w in messages(at.warning)), messages(at.warning)
    errors = next(d.value for d in at.dataframe if list(d.value.columns) == ["table", "line", "reason"])
    assert errors.to_dict("records") == [{"table": "notes", "line": 3, "reason": "commitment_id: no commitment with id 'c_nope'"}]
    assert store_in(tmp_path / "third").history(cid)[0]["reason"] == "Half done"


def test_import_of_a_bad_file_is_reported():
    at, _ = open_page()
    at.file_uploader(key="lg-import-file").set_value([("ledger.json", b"{not json", "application/json")])
    at.button(key="lg-import-submit").click().run()
    assert not at.exception
    assert any("not valid JSON" in str(r) for d in at.dataframe for r in d.value.get("reason", []))


def test_overlong_reason_is_not_saved(ledger_dir):
    """The text area caps the reason at the ledger's limit; a longer value never reaches the store."""
    at, cid = open_page()
    assert at.text_area(key=f"lg-reason-{cid}").proto.max_chars == 2_000
    at = decide(at, cid, reason="x" * 2_001)
    assert not at.exception
    assert any(e.startswith("Not saved. reason:") for e in messages(at.error)), messages(at.error)
    assert store_in(ledger_dir).history(cid) == []


def test_import_names_each_bad_row_and_keeps_the_good_ones(ledger_dir):
    at, cid = open_page()
    at.text_input(key=f"lg-ev-source-{cid}").input("Wire")
    at.button(key=f"lg-ev-submit-{cid}").click().run()
    evidence = store_in(ledger_dir).evidence(cid)[0]
    header = "id,commitment_id,version,old_status,new_status,reason,evidence_ref,analyst,changed_at"
    rows = [
        f"s_{'1' * 16},{cid},2,unverified,partial,good row,{evidence['id']},ann,2025-01-01T00:00:00+00:00",
        f"s_{'2' * 16},{cid},3,partial,maybe,unknown status,{evidence['id']},ann,2025-01-02T00:00:00+00:00",
        f"s_{'3' * 16},{cid},4,partial,broken,bad date,{evidence['id']},ann,2025-13-40T00:00:00",
        f"s_{'4' * 16},{cid},5,partial,broken,{'y' * 2_001},{evidence['id']},ann,2025-01-03T00:00:00+00:00",
    ]
    data = ("\r\n".join([header, *rows]) + "\r\n").encode()
    at.file_uploader(key="lg-import-file").set_value([("status_changes.csv", data, "text/csv")])
    at.button(key="lg-import-submit").click().run()
    assert not at.exception
    errors = next(d.value for d in at.dataframe if list(d.value.columns) == ["table", "line", "reason"])
    assert errors["line"].tolist() == [3, 4, 5]
    assert errors["reason"].str.split(":").str[0].tolist() == ["new_status", "changed_at", "reason"]
    assert [h["reason"] for h in store_in(ledger_dir).history(cid)] == ["good row"]


def test_secrets_choose_the_ledger_database(tmp_path, ledger_dir, monkeypatch):
    """``[connections.ledger]`` in secrets.toml wins over the local default (``st.connection`` reads the
    process-wide secrets, which ``at.secrets`` does not reach, so they are set there)."""
    from streamlit.runtime.secrets import secrets_singleton

    target = tmp_path / "from-secrets.db"
    monkeypatch.setattr(secrets_singleton, "_secrets", {"connections": {"ledger": {"url": f"sqlite:///{target}"}}})
    at = AppTest.from_file(str(ROOT / PAGE), default_timeout=TIMEOUT)
    at.run()
    assert not at.exception and not at.error, messages(at.error)
    assert target.exists() and not (ledger_dir / "ledger.db").exists()
    import sqlite3

    with sqlite3.connect(target) as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert db.execute("SELECT count(*) FROM commitments").fetchone()[0] > 0


def test_default_ledger_is_sqlite_in_wal_mode(ledger_dir):
    open_page(analyst="")
    import sqlite3

    with sqlite3.connect(ledger_dir / "ledger.db") as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_with_ledger_overrides_the_inferred_status_and_adds_hand_added(seed_analysis):
    from datetime import date, datetime, timezone

    from detente import charts, views

    commitments = seed_analysis.commitments
    first = commitments.iloc[0]
    decided = {first["id"]: {"status": "broken", "analyst": "ann", "changed_at": datetime(2025, 11, 2, 9, 30, tzinfo=timezone.utc), "reason": "talks off"}}
    hand = [{"id": "c_000000000001", "text": "China will publish seizure data", "actor": "China", "topic": "counternarcotics",
             "made_on": date(2025, 6, 1), "deadline": date(2025, 9, 1), "created_by": "bob", "origin": "analyst"}]
    shown = views.with_ledger(commitments, decided, hand, views.Filters(), seed_analysis.as_of)
    row = shown.set_index("id").loc[first["id"]]
    assert (row["status"], row["status_source"], row["inferred_status"]) == ("broken", "analyst", first["status"])
    assert row["status_reason"] == "Analyst decision by ann on 2025-11-02 09:30 UTC: talks off"
    added = shown.set_index("id").loc["c_000000000001"]
    assert (added["status"], added["origin"], bool(added["overdue"])) == ("unverified", "analyst", True)
    assert len(views.with_ledger(commitments, {}, hand, views.Filters(actors=("US",)), None)) == len(commitments)
    assert commitments.loc[commitments["id"] == first["id"], "status"].iloc[0] == first["status"], "the cached analysis is untouched"

    fig = charts.commitment_timeline(views.timeline_rows(shown, seed_analysis.as_of), style_text(), seed_analysis.as_of)
    decisions = [t for t in fig.data if t.name == "Analyst decision"]
    assert len(decisions) == 1 and len(decisions[0].x) == 1
    assert "Analyst decision: Broken" in decisions[0].customdata[0][0]
    assert "analyst decision" in fig.layout.title.subtitle.text
    assert not [t for t in fig.data if t.name == "Evidence added by an analyst"]

    by_hand = {first["id"]: [{"date": date(2025, 12, 20), "effect": "fulfilled", "source": "<b>Wire</b>", "url": "https://example.org",
                              "note": "Seizures published", "analyst": "ann", "id": "e_1", "version": 2}]}
    shown = views.with_ledger(commitments, decided, hand, views.Filters(), seed_analysis.as_of, by_hand)
    row = shown.set_index("id").loc[first["id"]]
    assert row["ledger_evidence"] == [{"date": date(2025, 12, 20), "effect": "fulfilled", "source": "<b>Wire</b>", "url": "https://example.org",
                                       "note": "Seizures published", "analyst": "ann"}]
    assert shown.set_index("id").loc["c_000000000001", "ledger_evidence"] == []
    rows = views.timeline_rows(shown, seed_analysis.as_of)
    assert rows.set_index("id").loc[first["id"], "end"] == date(2025, 12, 20), "a broken commitment's line runs to its last evidence, hand-added too"
    fig = charts.commitment_timeline(rows, style_text(), seed_analysis.as_of)
    (trace,) = [t for t in fig.data if t.name == "Evidence added by an analyst"]
    assert list(trace.x) == [date(2025, 12, 20)] and trace.marker.line.width == 2
    assert "<b>Wire" not in trace.customdata[0][0] and "‹b›Wire‹/b›" in trace.customdata[0][0], "ledger text cannot inject markup in hover"
    assert "evidence by an analyst" in fig.layout.title.subtitle.text


def style_text():
    from detente.style import ChartText

    return ChartText(subtitle="test", footnote="test")
