"""Tests of the verification ledger (detente.ledger) on real SQLite files.

Helpers without a ``test`` prefix (populate, hammer, check_*) are reused by
tests/test_ledger_postgres.py so both databases meet the same contract.
"""
import json
import os
import random
import re
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text as sql_text
from sqlalchemy.exc import DBAPIError

from detente import csvsafe
from detente.ledger import (
    MAX_NOTE, MAX_REASON, MAX_TEXT, STATUSES, LedgerStore, LedgerValidationError,
    StaleWriteError, commitment_id, default_url, escape_for_display,
)

WRITER = Path(__file__).with_name("ledger_crash_writer.py")

FENTANYL = {"id": "c_1a2b3c4d5e6f", "text": "China agreed to go after fentanyl precursor makers",
            "actor": "China", "topic": "counternarcotics", "date": "2023-11-15", "deadline": None}
MIL = {"id": "c_aaaaaaaaaaaa", "text": "Resume military-to-military communication",
       "actor": "both", "topic": "military", "date": "2023-11-15", "deadline": "2024-06-30"}

TRICKY = [
    "Robert'); DROP TABLE commitments;--",
    '" OR 1=1 --',
    "; DROP TABLE status_changes; SELECT '",
    "back\\slash %s %(x)s :name ? $1 _%",
    "=HYPERLINK(\"http://evil\",\"x\")",
    "+SUM(A1)", "-2+3", "@cmd", "\tTAB", "\rCR", "'=already quoted", "'plain quote'",
    "<script>alert('x')</script> & <b>bold</b>",
    "line one\r\nline two\nline three, with \"quotes\"",
    "中美关系 — Détente ✓ 🇺🇸🇨🇳",
]


# ----------------------------------------------------------------- fixtures and shared helpers
@pytest.fixture
def store(tmp_path):
    s = LedgerStore(default_url(tmp_path / "data"))
    yield s
    s.engine.dispose()


@pytest.fixture
def cid(store):
    store.sync_commitments([FENTANYL])
    return FENTANYL["id"]


def populate(store) -> list:
    """Fill a store with every kind of row, including awkward text; returns commitment ids."""
    store.sync_commitments([FENTANYL, MIL])
    hand = store.add_commitment("US to ease tariffs on =SUM(A1) goods", "US", "trade",
                                date(2024, 1, 2), "Ann O'Neil")
    for i, tricky in enumerate(TRICKY):
        target = [FENTANYL["id"], MIL["id"], hand][i % 3]
        version = store.get(target)["version"]
        ev = store.add_evidence(target, "2024-02-0%d" % (i % 9 + 1), tricky[:200], "https://example.org/a?b='c'",
                                tricky, ["progress", "fulfilled", "setback"][i % 3], "Ann O'Neil", version)
        store.add_note(target, tricky, "Bob; DROP", version + 1)
        store.change_status(target, STATUSES[i % len(STATUSES)], tricky, [ev, f"art{i}:{i}"],
                            "Chen \"Q\"", version + 2)
    return [FENTANYL["id"], MIL["id"], hand]


def hammer(stores, cid, threads=8, writes=25) -> dict:
    """``threads`` workers each make ``writes`` writes (4 status changes : 1 note),
    each a read-version-then-write retried on StaleWriteError.  Returns counts."""
    barrier, lock = threading.Barrier(threads), threading.Lock()
    stats = {"ok": 0, "stale": 0}

    def worker(n):
        store = stores[n % len(stores)]
        barrier.wait()
        for i in range(writes):
            for _ in range(10_000):
                version = store.get(cid)["version"]
                try:
                    if i % 5 == 4:
                        store.add_note(cid, f"t{n} w{i}", f"analyst{n}", version)
                    else:
                        store.change_status(cid, STATUSES[(n + i) % len(STATUSES)], f"t{n} w{i}",
                                            [f"art{n}:{i}"], f"analyst{n}", version)
                    with lock:
                        stats["ok"] += 1
                    break
                except StaleWriteError as exc:
                    assert "changed by someone else, reload" in str(exc) and cid in str(exc)
                    with lock:
                        stats["stale"] += 1
            else:
                raise AssertionError("a writer never got through")

    started = time.perf_counter()
    with ThreadPoolExecutor(threads) as pool:
        for future in [pool.submit(worker, n) for n in range(threads)]:
            future.result()
    stats["seconds"] = round(time.perf_counter() - started, 2)
    return stats


def check_hammer(store, cid, stats, threads=8, writes=25) -> None:
    """Nothing lost: every success is in the ledger once, versions 1..N without gaps,
    and each status change's old_status is the previous change's new_status."""
    total = threads * writes
    history, notes = store.history(cid), store.notes(cid)
    assert stats["ok"] == total == len(history) + len(notes)
    assert sorted(r["version"] for r in history + notes) == list(range(1, total + 1))
    assert store.get(cid)["version"] == total
    assert sorted(r["reason"] for r in history) + sorted(r["text"] for r in notes) == sorted(
        f"t{n} w{i}" for n in range(threads) for i in range(writes) if i % 5 != 4) + sorted(
        f"t{n} w{i}" for n in range(threads) for i in range(writes) if i % 5 == 4)
    previous = "unverified"
    for change in history:
        assert change["old_status"] == previous
        previous = change["new_status"]


def check_append_only(store, cid) -> None:
    """The database itself refuses UPDATE and DELETE on status_changes."""
    store.change_status(cid, "stalled", "no raids reported", ["a1b2c3:4"], "ann", store.get(cid)["version"])
    for statement in ("UPDATE status_changes SET reason = 'rewritten'",
                      "UPDATE status_changes SET new_status = 'fulfilled' WHERE commitment_id = :cid",
                      "DELETE FROM status_changes",
                      "DELETE FROM status_changes WHERE commitment_id = :cid"):
        with pytest.raises(DBAPIError, match="append-only"):
            with store.engine.begin() as conn:
                conn.execute(sql_text(statement), {"cid": cid})
    assert [h["reason"] for h in store.history(cid)] == ["no raids reported"]
    assert not [name for name in dir(store) if re.match(r"(update|delete|remove|edit)", name)]


def check_metacharacters(store) -> None:
    """Quotes, ``; DROP TABLE``, placeholders and HTML round-trip unchanged."""
    for i, tricky in enumerate(TRICKY):
        new = store.add_commitment(f"{tricky} #{i}", "US", "trade", "2024-01-01", f"an{i}")
        assert store.get(new)["text"] == f"{tricky} #{i}"
        store.add_note(new, tricky, "o'brien", 0)
        ev = store.add_evidence(new, "2024-01-02", tricky[:200], "", tricky, "setback", "x", 1)
        store.change_status(new, "broken", tricky, [ev], "x", 2)
        assert store.notes(new)[0]["text"] == tricky
        assert store.evidence(new)[0]["note"] == tricky
        assert store.history(new)[0]["reason"] == tricky
    assert len(store.list_commitments()) == len(TRICKY)
    for bad_id in ("x' OR '1'='1", "c_1\n", ""):
        with pytest.raises(LedgerValidationError, match="commitment_id"):
            store.get(bad_id)


def check_round_trip(source, make_store) -> None:
    """export -> import into an empty store -> export again gives the same ledger."""
    first_json, first_csv = source.export_json(), source.export_csv()
    via_json, via_csv = make_store("via_json"), make_store("via_csv")
    report = via_json.import_json(first_json)
    assert report.errors == [] and report.rows_imported == sum(
        len(rows) for rows in json.loads(first_json)["tables"].values())
    assert via_json.export_json() == first_json
    assert via_csv.import_csv(first_csv).errors == []
    assert via_csv.export_csv() == first_csv
    assert via_csv.export_json() == first_json
    again = via_json.import_json(first_json)        # importing twice duplicates nothing
    assert again.rows_imported == 0 and again.errors == []
    assert via_json.export_json() == first_json
    assert via_csv.import_csv(first_csv).rows_imported == 0
    assert via_csv.export_json() == first_json


# ----------------------------------------------------------------- set-up and schema
def test_default_url_creates_folder(tmp_path):
    url = default_url(tmp_path / "new" / "data")
    assert (tmp_path / "new" / "data").is_dir()
    assert url.startswith("sqlite:///") and url.endswith("/data/ledger.db")


def test_sqlite_pragmas_set_on_every_connection(store):
    with store.engine.connect() as conn:
        got = {p: conn.exec_driver_sql(f"PRAGMA {p}").scalar()
               for p in ("journal_mode", "synchronous", "foreign_keys", "busy_timeout")}
    assert got == {"journal_mode": "wal", "synchronous": 2, "foreign_keys": 1, "busy_timeout": 15000}


def test_schema_creation_is_idempotent_and_accepts_engine(tmp_path):
    from sqlalchemy import create_engine
    url = default_url(tmp_path)
    first = LedgerStore(url)
    first.sync_commitments([FENTANYL])
    engine = create_engine(url)
    for _ in range(2):                      # same engine twice, as a Streamlit rerun would
        second = LedgerStore(engine)
    assert second.get(FENTANYL["id"])["text"] == FENTANYL["text"]
    with engine.connect() as conn:
        triggers = conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='trigger'").scalars().all()
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    assert sorted(triggers) == ["status_changes_no_delete", "status_changes_no_update"]


def test_engine_in_autocommit_mode_is_refused(tmp_path):
    from sqlalchemy import create_engine
    from detente.ledger import LedgerError
    engine = create_engine(default_url(tmp_path)).execution_options(isolation_level="AUTOCOMMIT")
    with pytest.raises(LedgerError, match="autocommit"):
        LedgerStore(engine)
    with pytest.raises(TypeError):
        LedgerStore(42)


def test_foreign_keys_enforced(store):
    with pytest.raises(DBAPIError):
        with store.engine.begin() as conn:
            conn.exec_driver_sql("INSERT INTO notes (id, commitment_id, version, text, analyst, created_at) "
                                 "VALUES ('n_0000000000000000', 'c_nothere', 1, 'x', 'y', '2024-01-01')")


# ----------------------------------------------------------------- model
@pytest.mark.parametrize("a, b", [
    (("China", "counternarcotics", "Go after  precursor makers"),
     ("china", "COUNTERNARCOTICS", " go after precursor makers ")),
    (("US", "trade", "Ｔａｒｉｆｆ cut"), ("us", "trade", "tariff cut")),      # NFKC full-width
])
def test_commitment_id_is_content_derived_and_normalised(a, b):
    assert commitment_id(*a) == commitment_id(*b)
    assert re.fullmatch(r"c_[0-9a-f]{12}", commitment_id(*a))
    assert commitment_id("US", "trade", "x") != commitment_id("China", "trade", "x")


def test_sync_inserts_missing_and_never_overwrites(store):
    assert store.sync_commitments([FENTANYL]) == {"inserted": 1, "existing": 0, "rejected": []}
    store.change_status(FENTANYL["id"], "in_progress", "raids reported", ["a1b2c3:4"], "ann", 0)
    changed = dict(FENTANYL, text="rewritten by a later analysis", actor="US")
    bad = dict(MIL, actor="Russia")
    report = store.sync_commitments([changed, MIL, bad, "not a dict"])
    assert report["inserted"] == 1 and report["existing"] == 1
    assert [(i, r.split(":")[0]) for i, r in report["rejected"]] == [(2, "actor"), (3, "commitment")]
    record = store.get(FENTANYL["id"])
    assert (record["text"], record["actor"], record["version"], record["origin"]) == (
        FENTANYL["text"], "China", 1, "inferred")
    assert len(store.history(FENTANYL["id"])) == 1
    assert store.get(MIL["id"])["deadline"] == date(2024, 6, 30)


def test_sync_accepts_analysis_records_from_pandas(store):
    pd = pytest.importorskip("pandas")
    frame = pd.DataFrame([dict(FENTANYL, date=date(2023, 11, 15), status="partial", evidence=[]),
                          dict(MIL, date=None, deadline=None, status="unverified", evidence=[]),
                          dict(MIL, id="c_bbbbbbbbbbbb", date=pd.Timestamp("2024-01-02"), deadline=pd.NaT)])
    assert store.sync_commitments(frame.to_dict("records"))["inserted"] == 3
    undated = store.get(MIL["id"])
    assert (undated["made_on"], undated["deadline"], undated["origin"]) == (None, None, "inferred")
    assert store.get("c_bbbbbbbbbbbb")["made_on"] == date(2024, 1, 2)
    assert [c["id"] for c in store.list_commitments()][-1] == MIL["id"]       # undated last


def test_sync_is_fast_for_hundreds(store):
    rows = [dict(FENTANYL, id=f"c_{i:012x}", text=f"commitment {i}") for i in range(600)]
    started = time.perf_counter()
    assert store.sync_commitments(rows)["inserted"] == 600
    assert store.sync_commitments(rows) == {"inserted": 0, "existing": 600, "rejected": []}
    assert time.perf_counter() - started < 3
    assert len(store.list_commitments()) == 600


def test_add_commitment_by_hand(store):
    new = store.add_commitment("Restore counternarcotics working group", "both", "counternarcotics",
                               "2023-11-15", " ann ", deadline=date(2024, 1, 31))
    assert new == commitment_id("both", "counternarcotics", "Restore counternarcotics working group")
    record = store.get(new)
    assert (record["origin"], record["created_by"], record["version"], record["deadline"]) == (
        "analyst", "ann", 0, date(2024, 1, 31))
    assert record["created_at"].tzinfo is not None
    with pytest.raises(LedgerValidationError, match="already recorded"):
        store.add_commitment("restore  counternarcotics working group", "both", "counternarcotics",
                             "2023-11-16", "bob")
    assert store.get("c_000000000000") is None


def test_status_history_and_current_status(store, cid):
    assert store.current_status(cid, "in_progress") == {
        "status": "in_progress", "source": "inferred", "analyst": None, "changed_at": None, "reason": None}
    store.change_status(cid, "stalled", "no arrests", "a1b2c3:4", "ann", 0, inferred_status="in_progress")
    ev = store.add_evidence(cid, "2024-03-01", "DOJ", "https://www.justice.gov/x", "indictments",
                            "progress", "bob", 1)
    store.change_status(cid, "partial", "some firms charged", [ev, "d4e5f6:0", ev], "bob", 2)
    history = store.history(cid)
    assert [(h["old_status"], h["new_status"], h["version"]) for h in history] == [
        ("in_progress", "stalled", 1), ("stalled", "partial", 3)]
    assert history[1]["evidence_refs"] == [ev, "d4e5f6:0"]
    assert history[0]["changed_at"] <= history[1]["changed_at"]
    now = store.current_status(cid, "in_progress")
    assert (now["status"], now["source"], now["analyst"], now["reason"]) == (
        "partial", "analyst", "bob", "some firms charged")
    assert [c["analyst_status"] for c in store.list_commitments()] == ["partial"]


def test_evidence_and_notes_oldest_first(store, cid):
    first = store.add_evidence(cid, date(2024, 1, 5), "Reuters", "", "", "setback", "ann", 0)
    store.add_note(cid, "call the desk", "ann", 1)
    second = store.add_evidence(cid, "2024-02-05", "AP", "http://apnews.com/a", "ok", "fulfilled", "bob", 2)
    assert [e["id"] for e in store.evidence(cid)] == [first, second]
    assert store.evidence(cid)[0]["date"] == date(2024, 1, 5)
    assert [(n["text"], n["version"]) for n in store.notes(cid)] == [("call the desk", 2)]
    assert store.get(cid)["version"] == 3
    everything = store.all_evidence()
    assert list(everything) == [cid] and [e["id"] for e in everything[cid]] == [first, second]


def test_all_evidence_groups_by_commitment(store):
    assert store.all_evidence() == {}
    store.sync_commitments([FENTANYL, MIL])
    mil = store.add_evidence(MIL["id"], "2024-03-01", "Xinhua", "", "", "progress", "ann", 0)
    fen = store.add_evidence(FENTANYL["id"], "2024-01-01", "AP", "", "", "setback", "bob", 0)
    grouped = store.all_evidence()
    assert {k: [e["id"] for e in v] for k, v in grouped.items()} == {MIL["id"]: [mil], FENTANYL["id"]: [fen]}
    assert grouped[MIL["id"]][0]["date"] == date(2024, 3, 1)


def test_stale_write_is_refused_and_writes_nothing(store, cid):
    store.add_note(cid, "first", "ann", 0)
    for call in (lambda: store.add_note(cid, "late", "bob", 0),
                 lambda: store.add_evidence(cid, "2024-01-01", "x", "", "", "progress", "bob", 0),
                 lambda: store.change_status(cid, "broken", "r", ["a:1"], "bob", 0)):
        with pytest.raises(StaleWriteError, match=f"{cid} was changed by someone else, reload"):
            call()
    assert store.get(cid)["version"] == 1
    assert (len(store.notes(cid)), store.evidence(cid), store.history(cid)) == (1, [], [])


def test_failed_write_rolls_back_version_bump(store, cid):
    other = store.add_commitment("Other", "US", "trade", "2024-01-01", "ann")
    foreign = store.add_evidence(other, "2024-01-01", "x", "", "", "progress", "ann", 0)
    for refs in (["e_0123456789abcdef"], [foreign]):      # unknown / another commitment's evidence
        with pytest.raises(LedgerValidationError, match="evidence_refs"):
            store.change_status(cid, "fulfilled", "done", refs, "ann", 0)
    assert store.get(cid)["version"] == 0 and store.history(cid) == []


def test_unknown_commitment_is_a_validation_error(store):
    with pytest.raises(LedgerValidationError, match="commitment_id: no commitment"):
        store.add_note("c_000000000000", "x", "ann", 0)


# ----------------------------------------------------------------- validation
GOOD = {
    "add_commitment": dict(text="t", actor="US", topic="trade", made_on="2024-01-01", analyst="a"),
    "add_evidence": dict(date="2024-01-01", source="s", url="", note="", effect="progress",
                         analyst="a", expected_version=0),
    "add_note": dict(text="t", analyst="a", expected_version=0),
    "change_status": dict(new_status="stalled", reason="r", evidence_refs=["a1:1"], analyst="a",
                          expected_version=0),
}
BAD_INPUT = [
    ("add_commitment", "text", ""), ("add_commitment", "text", "   "),
    ("add_commitment", "text", "x" * (MAX_TEXT + 1)), ("add_commitment", "text", 42),
    ("add_commitment", "text", "nul\x00byte"), ("add_commitment", "actor", "Russia"),
    ("add_commitment", "actor", "us"), ("add_commitment", "topic", "sports"),
    ("add_commitment", "made_on", "2023-13-01"), ("add_commitment", "made_on", "2023-02-30"),
    ("add_commitment", "made_on", "1989-12-31"), ("add_commitment", "made_on", "2101-01-01"),
    ("add_commitment", "made_on", "15/11/2023"), ("add_commitment", "made_on", "20231115"),
    ("add_commitment", "made_on", None), ("add_commitment", "made_on", 20231115),
    ("add_commitment", "deadline", "2023-12-31"), ("add_commitment", "deadline", "soon"),
    ("add_commitment", "analyst", ""), ("add_commitment", "analyst", "a" * 101),
    ("add_commitment", "analyst", "two\nlines"), ("add_commitment", "analyst", None),
    ("add_evidence", "date", "yesterday"), ("add_evidence", "date", "0001-01-01"),
    ("add_evidence", "source", ""), ("add_evidence", "source", "s" * 201),
    ("add_evidence", "url", "javascript:alert(1)"), ("add_evidence", "url", "ftp://x.org/f"),
    ("add_evidence", "url", "http://"), ("add_evidence", "url", "https://a b.com"),
    ("add_evidence", "url", "www.example.com"), ("add_evidence", "note", "n" * (MAX_NOTE + 1)),
    ("add_evidence", "effect", "done"), ("add_evidence", "analyst", " "),
    ("add_evidence", "expected_version", -1), ("add_evidence", "expected_version", "abc"),
    ("add_evidence", "expected_version", True), ("add_evidence", "expected_version", None),
    ("add_note", "text", ""), ("add_note", "text", "n" * (MAX_NOTE + 1)), ("add_note", "text", None),
    ("add_note", "analyst", "x" * 101),
    ("change_status", "new_status", "done"), ("change_status", "new_status", "Fulfilled"),
    ("change_status", "reason", ""), ("change_status", "reason", "r" * (MAX_REASON + 1)),
    ("change_status", "evidence_refs", []), ("change_status", "evidence_refs", ""),
    ("change_status", "evidence_refs", ["not a ref"]), ("change_status", "evidence_refs", ["a1b2c3"]),
    ("change_status", "evidence_refs", ["'; DROP TABLE x:1"]), ("change_status", "evidence_refs", ["a1:2\n"]),
    ("change_status", "evidence_refs", [f"a:{i}" for i in range(21)]),
]


@pytest.mark.parametrize("method, field, value", BAD_INPUT)
def test_bad_input_is_rejected_naming_the_field(store, cid, method, field, value):
    kwargs = dict(GOOD[method], **{field: value})
    if method != "add_commitment":
        kwargs["commitment_id"] = cid
    with pytest.raises(LedgerValidationError) as info:
        getattr(store, method)(**kwargs)
    assert info.value.field == field and str(info.value).startswith(f"{field}: ")
    assert store.get(cid)["version"] == 0 and len(store.list_commitments()) == 1


@pytest.mark.parametrize("method, field, value", [
    ("add_commitment", "text", "x" * MAX_TEXT), ("add_commitment", "made_on", "1990-01-01"),
    ("add_commitment", "made_on", "2100-12-31"), ("add_commitment", "analyst", "a" * 100),
    ("add_commitment", "deadline", "2024-01-01"), ("add_evidence", "url", "HTTPS://Example.org/a?q=1#f"),
    ("add_evidence", "note", "n" * MAX_NOTE), ("add_note", "text", "n" * MAX_NOTE),
    ("change_status", "reason", "r" * MAX_REASON), ("change_status", "evidence_refs", "a1:1, b2:2"),
    ("change_status", "evidence_refs", [f"a:{i}" for i in range(20)]),
])
def test_boundary_values_are_accepted(store, cid, method, field, value):
    kwargs = dict(GOOD[method], **{field: value})
    if method != "add_commitment":
        kwargs["commitment_id"] = cid
    assert getattr(store, method)(**kwargs)


def test_html_is_stored_as_given_and_escaped_for_display(store, cid):
    payload = "<script>alert('x')</script><img src=x onerror=alert(1)>"
    store.add_note(cid, payload, "ann", 0)
    assert store.notes(cid)[0]["text"] == payload
    shown = escape_for_display(payload)
    assert "<" not in shown and "'" not in shown and shown.startswith("&lt;script&gt;")
    assert escape_for_display(None) == ""


def test_sql_metacharacters_round_trip_harmlessly(store):
    check_metacharacters(store)


def test_status_changes_are_append_only_in_the_database(store, cid):
    check_append_only(store, cid)


# ----------------------------------------------------------------- concurrency
def test_concurrent_writers_lose_nothing_sqlite(tmp_path, cid, store):
    # two engines on one file, like two Streamlit processes; 8 threads x 25 writes
    other = LedgerStore(store.engine.url.render_as_string(hide_password=False))
    stats = hammer([store, other], cid)
    check_hammer(store, cid, stats)
    print(f"\nSQLite concurrency: {stats}")
    other.engine.dispose()


# ----------------------------------------------------------------- export / import
def test_export_import_round_trip(store, tmp_path):
    populate(store)
    check_round_trip(store, lambda name: LedgerStore(default_url(tmp_path / name)))


def test_csv_export_escapes_formulas(store):
    populate(store)
    files = store.export_csv()
    assert set(files) == {"commitments", "status_changes", "evidence", "notes"}
    assert files["notes"].splitlines()[0] == "id,commitment_id,version,text,analyst,created_at"
    import csv
    import io
    cells = [c for text in files.values() for row in csv.reader(io.StringIO(text, newline="")) for c in row]
    assert "'=HYPERLINK(\"http://evil\",\"x\")" in cells and "'-2+3" in cells and "''=already quoted" in cells
    assert "'plain quote'" in cells
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r")]


def test_import_reports_bad_rows_and_keeps_good_ones_json(store):
    good = {"id": "c_000000000001", "text": "ok", "actor": "US", "topic": "trade", "made_on": "2024-01-01",
            "deadline": None, "origin": "analyst", "created_by": "ann",
            "created_at": "2024-01-01T10:00:00+00:00", "version": 1}
    note = {"id": "n_00000000000000a1", "commitment_id": good["id"], "version": 1, "text": "fine",
            "analyst": "ann", "created_at": "2024-01-02T10:00:00Z"}
    doc = {"format": "detente-ledger", "format_version": 1, "tables": {
        "commitments": [good, dict(good, id="c_000000000002", actor="Russia"),
                        dict(good, id="c_000000000003", made_on="2024-02-30"), "not an object",
                        dict(good, id="bad id'; --")],
        "notes": [note, dict(note, id="n_00000000000000a2", commitment_id="c_missing0000"),
                  dict(note, id="n_00000000000000a3", version=1),                  # version taken
                  dict(note, id="n_00000000000000a4", version=2, text=""),
                  dict(note, id="n_00000000000000a5", version=2, created_at="tuesday")],
        "status_changes": [{"id": "s_00000000000000b1", "commitment_id": good["id"], "version": 2,
                            "old_status": "unverified", "new_status": "done", "reason": "r",
                            "evidence_ref": "a:1", "analyst": "x", "changed_at": "2024-01-03T00:00:00+00:00"}],
        "bogus": [],
    }}
    report = store.import_json(json.dumps(doc))
    assert report.imported == {"commitments": 1, "evidence": 0, "notes": 1, "status_changes": 0}
    assert [(t, n, r.split(":")[0]) for t, n, r in report.errors] == [
        ("bogus", 0, "unknown table or not a list of rows"),
        ("commitments", 2, "actor"), ("commitments", 3, "made_on"), ("commitments", 4, "row"),
        ("commitments", 5, "id"), ("notes", 2, "commitment_id"), ("notes", 3, "version"),
        ("notes", 4, "text"), ("notes", 5, "created_at"), ("status_changes", 1, "new_status")]
    assert [c["id"] for c in store.list_commitments()] == [good["id"]]
    assert store.notes(good["id"])[0]["text"] == "fine"
    for text in ("{not json", json.dumps({"tables": {}}), "[]",
                 json.dumps({"format": "detente-ledger", "format_version": 2, "tables": {}})):
        assert store.import_json(text).errors[0][:2] == ("file", 0)


def test_import_reports_bad_rows_with_csv_line_numbers(store):
    store.sync_commitments([FENTANYL])
    cid = FENTANYL["id"]
    ok = f"n_00000000000000a1,{cid},1,'=looks like a formula,ann,2024-01-02T10:00:00+00:00"
    notes_csv = "\r\n".join([
        "id,commitment_id,version,text,analyst,created_at",                          # line 1
        ok.replace(",ann,", ",,"),                                                    # 2: no analyst
        ok,                                                                           # 3: good
        "too,few,cells",                                                              # 4
        '"multi\nline id",x,1,t,a,2024-01-01T00:00:00+00:00',                         # 5-6: bad id
        ok,                                                                           # 7: duplicate
        f'n_00000000000000a2,{cid},2,"two\nlines",bob,2024-01-03T00:00:00+00:00',     # 8-9: good
        f"n_00000000000000a3,{cid},3,x,bob,03/01/2024",                               # 10: bad time
    ]) + "\r\n"
    report = store.import_csv({"notes": notes_csv, "bogus": "a,b\r\n1,2", "evidence": "wrong,header\r\n1,2"})
    assert sorted((t, n, r.split(":")[0]) for t, n, r in report.errors) == [
        ("bogus", 0, "unknown table or not CSV text"),
        ("evidence", 1, "header must be the columns id, commitment_id, version, date, source, url, note, "
                        "effect, analyst, created_at"),
        ("notes", 2, "analyst"), ("notes", 4, "expected 6 cells, got 3"), ("notes", 5, "id"),
        ("notes", 10, "created_at")]
    assert (report.imported["notes"], report.skipped["notes"], report.rows_imported) == (2, 1, 2)
    assert [n["text"] for n in store.notes(cid)] == ["=looks like a formula", "two\nlines"]
    assert store.get(cid)["version"] == 2


def test_import_keeps_versions_consistent_for_later_writes(store, tmp_path):
    ids = populate(store)
    fresh = LedgerStore(default_url(tmp_path / "fresh"))
    fresh.import_json(store.export_json())
    for cid in ids:
        version = fresh.get(cid)["version"]
        assert version == store.get(cid)["version"]
        fresh.add_note(cid, "after import", "ann", version)
        with pytest.raises(StaleWriteError):
            fresh.add_note(cid, "stale", "ann", version)


# ----------------------------------------------------------------- csvsafe
@pytest.mark.parametrize("raw, escaped", [
    ("=1+1", "'=1+1"), ("+1", "'+1"), ("-1", "'-1"), ("@SUM(A1)", "'@SUM(A1)"), ("\tx", "'\tx"),
    ("\rx", "'\rx"), ("'=x", "''=x"), ("''-x", "'''-x"), ("'quoted'", "'quoted'"), ("plain", "plain"),
    ("", ""), ("2024-01-01", "2024-01-01"), ("a=b", "a=b"), (5, 5), (-5, -5), (None, None),
])
def test_csv_cell_escaping_is_reversible(raw, escaped):
    assert csvsafe.escape_cell(raw) == escaped
    assert csvsafe.unescape_cell(escaped) == raw


def test_escape_frame():
    pd = pytest.importorskip("pandas")
    df = pd.DataFrame({"text": ["=cmd()", "fine", None], "n": [-1, 2, 3]})
    out = csvsafe.escape_frame(df)
    assert out["text"].tolist()[:2] == ["'=cmd()", "fine"] and out["n"].tolist() == [-1, 2, 3]
    assert df["text"].tolist()[0] == "=cmd()"                      # input untouched


# ----------------------------------------------------------------- crash safety
def _run_writer_and_kill(db: Path, cid: str, kill_after: int) -> list:
    """Start the writer, SIGKILL it after ``kill_after`` acknowledgements; return all ACKs."""
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[1]))
    proc = subprocess.Popen([sys.executable, str(WRITER), str(db), cid], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env)
    watchdog = threading.Timer(30, proc.kill)
    watchdog.start()
    acks = []
    try:
        for line in proc.stdout:
            if line.startswith("ACK"):
                acks.append(line.split())
                if len(acks) >= kill_after:
                    time.sleep(random.uniform(0, 0.02))     # land anywhere in a later write
                    os.kill(proc.pid, signal.SIGKILL)
                    break
        acks += [line.split() for line in proc.stdout if line.startswith("ACK") and line.endswith("\n")]
        proc.wait(10)
    finally:
        watchdog.cancel()
    assert proc.returncode == -signal.SIGKILL, proc.stderr.read()
    return acks


def test_sigkill_mid_stream_keeps_every_acknowledged_write(tmp_path):
    db = tmp_path / "crash.db"
    setup = LedgerStore(f"sqlite:///{db}")
    setup.sync_commitments([FENTANYL])
    setup.engine.dispose()
    acks = []
    for kill_after in (25, 40, 60):                # three crashes; each restart resumes the stream
        acks += _run_writer_and_kill(db, FENTANYL["id"], kill_after)
    raw = sqlite3.connect(db)
    try:
        assert raw.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        for _, table, row_id, _version in acks:
            assert table in ("notes", "evidence", "status_changes")
            assert raw.execute(f"SELECT count(*) FROM {table} WHERE id = ?", (row_id,)).fetchone() == (1,)
        version = raw.execute("SELECT version FROM commitments").fetchone()[0]
    finally:
        raw.close()
    assert version >= int(acks[-1][3]) and len(acks) >= 125
    after = LedgerStore(f"sqlite:///{db}")
    versions = sorted(r["version"] for r in after.history(FENTANYL["id"]) + after.notes(FENTANYL["id"])
                      + after.evidence(FENTANYL["id"]))
    assert versions == list(range(1, version + 1))
    print(f"\ncrash test: {len(acks)} acknowledged writes over 3 SIGKILLs, all present; final version {version}")
