"""The verification ledger on the Commitments page: an analyst's status decisions, evidence and notes
for one commitment, commitments added by hand, and export / import of the whole ledger.

Writes run in form callbacks (before the page redraws), each with the commitment version the
analyst's screen showed, so a write based on an old screen is refused (``StaleWriteError``).
Stored text is shown with ``st.text`` / ``st.dataframe`` or Markdown-escaped, never as HTML.
"""

from __future__ import annotations

import io
import zipfile
from datetime import date

import pandas as pd
import streamlit as st

import app_state
from detente import style
from detente.ledger import (
    ACTORS, EFFECTS, MAX_NOTE, MAX_REASON, MAX_SOURCE, MAX_TEXT, MAX_URL, STATUSES, TABLES, TOPICS,
    ImportReport, LedgerError, LedgerStore, LedgerValidationError, StaleWriteError,
)

STALE_MESSAGE = "This commitment was changed by someone else; reload to see the latest."
SEEN_KEY = "_ledger_seen"        # commitment id -> the version the last drawn screen was based on
FLASH_KEY = "_ledger_flash"      # form name -> (kind, message) from the last submit
REPORT_KEY = "_ledger_import_report"
ANALYST_KEY = "ledger_analyst"
EFFECT_LABELS = {"progress": "Progress", "fulfilled": "Fulfilled", "setback": "Setback"}


def _flash(form: str, kind: str, message: str) -> None:
    st.session_state.setdefault(FLASH_KEY, {})[form] = (kind, message)


def _show_flash(form: str) -> None:
    kind, message = st.session_state.get(FLASH_KEY, {}).pop(form, (None, None))
    if kind == "success":
        st.success(app_state.md_escape(message), icon=":material/check_circle:")
    elif kind == "warning":
        st.warning(message, icon=":material/sync_problem:")
    elif kind == "error":
        st.error(app_state.md_escape(message), icon=":material/error:")


def _write(form: str, action, done: str, clear: dict[str, object]) -> bool:
    """Run one ledger write; report the outcome under ``form``; on success reset the form's fields to ``clear``."""
    try:
        action()
    except StaleWriteError:
        _flash(form, "warning", STALE_MESSAGE)
        return False
    except LedgerValidationError as exc:
        _flash(form, "error", f"Not saved. {exc.field}: {exc.problem}")
        return False
    except LedgerError as exc:
        _flash(form, "error", f"Not saved: {exc}")
        return False
    _flash(form, "success", done)
    for key, empty in clear.items():
        st.session_state[key] = empty
    return True


def _analyst() -> str:
    return st.session_state.get(ANALYST_KEY, "") or ""


def _seen(cid: str) -> int:
    return st.session_state.get(SEEN_KEY, {}).get(cid, 0)


# Callbacks: they run before the rerun draws the page, with the form's values in session state.


def _on_change_status(store: LedgerStore, cid: str, inferred: str) -> None:
    keys = {name: f"lg-{name}-{cid}" for name in ("status", "reason", "refs")}
    state = st.session_state
    _write(
        f"status-{cid}",
        lambda: store.change_status(cid, state.get(keys["status"]), state.get(keys["reason"], ""), list(state.get(keys["refs"]) or []),
                                    _analyst(), expected_version=_seen(cid), inferred_status=inferred),
        f"Recorded: {style.status_label(state.get(keys['status']))}.",
        {keys["reason"]: "", keys["refs"]: []},
    )


def _on_add_evidence(store: LedgerStore, cid: str) -> None:
    keys = {name: f"lg-ev-{name}-{cid}" for name in ("date", "source", "url", "note", "effect")}
    state = st.session_state
    _write(
        f"evidence-{cid}",
        lambda: store.add_evidence(cid, state.get(keys["date"]), state.get(keys["source"], ""), state.get(keys["url"], ""),
                                   state.get(keys["note"], ""), state.get(keys["effect"]), _analyst(), expected_version=_seen(cid)),
        "Evidence added; it can now back a status decision.",
        {keys["source"]: "", keys["url"]: "", keys["note"]: ""},
    )


def _on_add_note(store: LedgerStore, cid: str) -> None:
    key = f"lg-note-{cid}"
    _write(f"note-{cid}", lambda: store.add_note(cid, st.session_state.get(key, ""), _analyst(), expected_version=_seen(cid)), "Note added.", {key: ""})


def _on_add_commitment(store: LedgerStore) -> None:
    keys = {name: f"lg-new-{name}" for name in ("text", "actor", "topic", "made", "deadline")}
    state = st.session_state
    added: list[str] = []

    def add() -> None:
        added.append(store.add_commitment(state.get(keys["text"], ""), state.get(keys["actor"]), state.get(keys["topic"]),
                                          state.get(keys["made"]), _analyst(), deadline=state.get(keys["deadline"])))

    if _write("new", add, "", {keys["text"]: "", keys["deadline"]: None}):
        _flash("new", "success", f"Added as {added[0]}; it is selected above when the filters include it.")
        state["commitment"] = added[0]


def _on_import(store: LedgerStore) -> None:
    upload = st.session_state.get("lg-import-file")
    if upload is None:
        _flash("import", "error", "Choose a JSON, CSV or ZIP file exported from the ledger first.")
        return
    try:
        st.session_state[REPORT_KEY] = (upload.name, import_file(store, upload.name, upload.getvalue()))
    except LedgerError as exc:
        _flash("import", "error", f"Import failed: {exc}")


# Export and import


def export_json(store: LedgerStore) -> bytes:
    """The whole ledger as JSON (``detente-ledger`` format 1)."""
    return store.export_json().encode("utf-8")


def export_csv_zip(store: LedgerStore) -> bytes:
    """The whole ledger as one CSV per table in a ZIP; cells are spreadsheet-safe (``detente.csvsafe``)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in store.export_csv().items():
            archive.writestr(f"{name}.csv", text)
    return buffer.getvalue()


def _csv_table(filename: str) -> str | None:
    """The ledger table a CSV file holds, from its name (``evidence.csv``, ``detente-ledger-notes.csv``)."""
    stem = filename.rsplit("/", 1)[-1].lower().removesuffix(".csv")
    return next((t for t in sorted(TABLES, key=len, reverse=True) if stem == t or stem.endswith(("-" + t, "_" + t))), None)


def import_file(store: LedgerStore, filename: str, data: bytes) -> ImportReport:
    """Import a JSON export, a ZIP of CSVs, or one table's CSV (named after the table)."""
    lower = filename.lower()
    if lower.endswith(".json"):
        return store.import_json(data.decode("utf-8-sig", errors="replace"))
    if lower.endswith(".zip"):
        files: dict[str, str] = {}
        report = ImportReport()
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                for info in archive.infolist()[:20]:
                    table = _csv_table(info.filename)
                    if table is None or info.file_size > 20_000_000:
                        report.errors.append((info.filename[:60], 0, "not a ledger table CSV (commitments, evidence, notes, status_changes)"))
                        continue
                    files[table] = archive.read(info).decode("utf-8-sig", errors="replace")
        except zipfile.BadZipFile:
            report.errors.append(("file", 0, "not a readable ZIP file"))
            return report
        result = store.import_csv(files)
        result.errors[:0] = report.errors
        return result
    table = _csv_table(lower)
    if table is None:
        report = ImportReport()
        report.errors.append(("file", 0, "name a CSV after its table (commitments.csv, evidence.csv, notes.csv, status_changes.csv)"))
        return report
    return store.import_csv({table: data.decode("utf-8-sig", errors="replace")})


def _show_report(filename: str, report: ImportReport) -> None:
    counts = ", ".join(f"{report.imported[t]} {t.replace('_', ' ')}" for t in TABLES if report.imported[t]) or "nothing"
    skipped = sum(report.skipped.values())
    message = f"{filename}: imported {counts}; {skipped} row{'s' if skipped != 1 else ''} already present (skipped)."
    if report.errors:
        st.warning(app_state.md_escape(f"{message} {len(report.errors)} bad row{'s' if len(report.errors) != 1 else ''} left out:"))
        st.dataframe(pd.DataFrame(report.errors, columns=["table", "line", "reason"]), hide_index=True, key="lg-import-errors")
    else:
        st.success(app_state.md_escape(message), icon=":material/check_circle:")


# Drawing


def _when(value) -> str:
    return value.strftime("%Y-%m-%d %H:%M UTC") if value else ""


def status_facts(commitment: dict) -> list[tuple[str, str]]:
    """Facts rows for the current status, last row the status itself (who, when and why for a decision)."""
    label = style.status_label(commitment["status"])
    if commitment.get("status_source") == "analyst":
        return [
            ("Inferred", commitment["inferred_reason"]),
            ("Status", f"{label} (analyst decision) · {commitment['status_reason']}"),
        ]
    return [("Status", f"{label} (inferred by the analysis) · {commitment['status_reason']}")]


def _evidence_options(commitment: dict, ledger_evidence: list[dict]) -> dict[str, str]:
    """Evidence a decision can cite: the ledger's own items first, then the analysis' sentences."""
    options = {
        e["id"]: f"Ledger {e['date']} · {EFFECT_LABELS.get(e['effect'], e['effect'])} · {style.shorten(e['source'], 40)}"
        + (f" — {style.shorten(e['note'], 60)}" if e["note"] else "")
        for e in reversed(ledger_evidence)
    }
    for e in sorted(commitment.get("evidence") or [], key=lambda e: (e.get("date") or date.min), reverse=True):
        ref = f"{e['article_id']}:{e['sentence_index']}"
        options.setdefault(ref, f"Article {e.get('date') or 'undated'} · {EFFECT_LABELS.get(e.get('effect'), e.get('effect'))} · "
                                f"{style.shorten(e.get('source') or '', 30)} — {style.shorten(e.get('text') or '', 70)}")
    return options


def analyst_name() -> None:
    st.text_input("Your name", key=ANALYST_KEY, max_chars=100, placeholder="Recorded with every change",
                  help="Stored with each status decision, evidence item, note and hand-added commitment.")


def commitment_ledger(store: LedgerStore, commitment: dict) -> None:
    """The ledger of one commitment: decide a status, add evidence or a note, read the history."""
    cid = commitment["id"]
    record = store.get(cid)
    if record is None:
        st.info("This commitment is not in the ledger yet; reload the page.")
        return
    st.session_state.setdefault(SEEN_KEY, {})[cid] = record["version"]
    history, ledger_evidence, notes = store.history(cid), store.evidence(cid), store.notes(cid)
    inferred = commitment.get("inferred_status", commitment["status"])
    analyst_name()
    st.session_state["_ledger_name_drawn"] = True
    labels = ["Change status", f"Add evidence ({len(ledger_evidence)})", f"Notes ({len(notes)})", f"History ({len(history)})"]
    # A write changes a tab's count, so the tabs are drawn anew: open the one whose form was just
    # submitted, where its message shows, rather than falling back to the first.
    pending = st.session_state.get(FLASH_KEY, {})
    opened = next((label for form, label in ((f"evidence-{cid}", labels[1]), (f"note-{cid}", labels[2])) if form in pending), None)
    decide, add_evidence, add_note, past = st.tabs(labels, default=opened)
    with decide:
        _show_flash(f"status-{cid}")
        options = _evidence_options(commitment, ledger_evidence)
        with st.form(f"lg-status-form-{cid}", border=True):
            st.selectbox("New status", list(STATUSES), index=list(STATUSES).index(commitment["status"]) if commitment["status"] in STATUSES else 0,
                         format_func=style.status_label, key=f"lg-status-{cid}")
            st.text_area("Reason (required)", key=f"lg-reason-{cid}", max_chars=MAX_REASON, height=90)
            st.multiselect("Evidence (at least one)", list(options), format_func=lambda ref: options.get(ref, ref), key=f"lg-refs-{cid}",
                           placeholder="Pick the analysis' sentences or ledger evidence behind the decision", max_selections=20)
            st.form_submit_button("Record decision", key=f"lg-status-submit-{cid}", icon=":material/gavel:", on_click=_on_change_status, args=(store, cid, inferred))
        st.caption("Decisions are never edited or deleted: a new one is appended and becomes the current status.")
    with add_evidence:
        _show_flash(f"evidence-{cid}")
        with st.form(f"lg-evidence-form-{cid}", border=True):
            left, right = st.columns(2)
            left.date_input("Date", key=f"lg-ev-date-{cid}", value=date.today(), min_value=date(1990, 1, 1), max_value=date(2100, 12, 31), format="YYYY-MM-DD")
            right.selectbox("Effect", list(EFFECTS), format_func=EFFECT_LABELS.get, key=f"lg-ev-effect-{cid}")
            st.text_input("Source", key=f"lg-ev-source-{cid}", max_chars=MAX_SOURCE, placeholder="e.g. DOJ press release")
            st.text_input("URL (optional)", key=f"lg-ev-url-{cid}", max_chars=MAX_URL, placeholder="https://…")
            st.text_area("Note (optional)", key=f"lg-ev-note-{cid}", max_chars=MAX_NOTE, height=80)
            st.form_submit_button("Add evidence", key=f"lg-ev-submit-{cid}", icon=":material/add_link:", on_click=_on_add_evidence, args=(store, cid))
        if ledger_evidence:
            frame = pd.DataFrame(ledger_evidence)[["date", "effect", "source", "url", "note", "analyst", "created_at", "id"]]
            frame["effect"] = frame["effect"].map(EFFECT_LABELS)
            st.dataframe(frame, hide_index=True, key=f"lg-evidence-table-{cid}",
                         column_config={"date": app_state.DATE_COLUMN, "url": st.column_config.LinkColumn(), "created_at": st.column_config.DatetimeColumn("added", format="YYYY-MM-DD HH:mm")})
    with add_note:
        _show_flash(f"note-{cid}")
        with st.form(f"lg-note-form-{cid}", border=True):
            st.text_area("Note", key=f"lg-note-{cid}", max_chars=MAX_NOTE, height=80)
            st.form_submit_button("Add note", key=f"lg-note-submit-{cid}", icon=":material/note_add:", on_click=_on_add_note, args=(store, cid))
        for note in reversed(notes):
            st.caption(app_state.md_escape(f"{_when(note['created_at'])} · {note['analyst']}"))
            st.text(note["text"])
    with past:
        if not history:
            st.caption(f"No analyst decision yet: the status shown is the one inferred by the analysis ({style.status_label(inferred)}).")
        else:
            frame = pd.DataFrame(
                {
                    "changed": [_when(h["changed_at"]) for h in history],
                    "from": [style.status_label(h["old_status"]) for h in history],
                    "to": [style.status_label(h["new_status"]) for h in history],
                    "reason": [h["reason"] for h in history],
                    "evidence": [", ".join(h["evidence_refs"]) for h in history],
                    "analyst": [h["analyst"] for h in history],
                    "version": [h["version"] for h in history],
                }
            )
            st.dataframe(frame, hide_index=True, key=f"lg-history-{cid}", column_config={"reason": st.column_config.TextColumn(width="large")})
            st.caption("Oldest first. The ledger only appends; the latest decision is the current status.")


def ledger_section(store: LedgerStore) -> None:
    """Add a commitment by hand; export or import the whole ledger."""
    if not st.session_state.pop("_ledger_name_drawn", False):
        analyst_name()
    add, transfer = st.columns(2, gap="large")
    with add:
        st.markdown("**Add a commitment by hand**")
        _show_flash("new")
        with st.form("lg-new-form", border=True):
            st.text_area("Commitment", key="lg-new-text", max_chars=MAX_TEXT, height=80, placeholder="What was pledged, by whom")
            left, right = st.columns(2)
            left.selectbox("Actor", list(ACTORS), format_func=style.actor_label, key="lg-new-actor")
            right.selectbox("Topic", list(TOPICS), format_func=style.topic_label, key="lg-new-topic")
            left.date_input("Made on", key="lg-new-made", value=date.today(), min_value=date(1990, 1, 1), max_value=date(2100, 12, 31), format="YYYY-MM-DD")
            right.date_input("Deadline (optional)", key="lg-new-deadline", value=None, min_value=date(1990, 1, 1), max_value=date(2100, 12, 31), format="YYYY-MM-DD")
            st.form_submit_button("Add commitment", key="lg-new-submit", icon=":material/add:", on_click=_on_add_commitment, args=(store,))
        st.caption("Recorded under “Your name” above; a commitment with the same actor, topic and text is refused.")
    with transfer:
        st.markdown("**Export or import the whole ledger**")
        left, right = st.columns(2)
        left.download_button("Export JSON", lambda: export_json(store), file_name="detente-ledger.json", mime="application/json",
                             key="lg-export-json", icon=":material/download:", on_click="ignore", width="stretch")
        right.download_button("Export CSV (ZIP)", lambda: export_csv_zip(store), file_name="detente-ledger-csv.zip", mime="application/zip",
                              key="lg-export-csv", icon=":material/download:", on_click="ignore", width="stretch")
        _show_flash("import")
        with st.form("lg-import-form", border=True, clear_on_submit=True):
            st.file_uploader("Import a ledger export", type=["json", "csv", "zip"], key="lg-import-file",
                             help="JSON export, the CSV ZIP, or one table's CSV named after it (e.g. evidence.csv). Good rows are kept, bad rows are listed.")
            st.form_submit_button("Import", key="lg-import-submit", icon=":material/upload:", on_click=_on_import, args=(store,))
        shown = st.session_state.pop(REPORT_KEY, None)
        if shown:
            _show_report(*shown)
        st.caption("Import keeps ids and never overwrites a record; importing the same file twice adds nothing.")

