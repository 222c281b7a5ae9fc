"""Verification ledger: the analysts' own record of commitments and their status.

The analysis infers commitments (e.g. "China agreed to go after fentanyl
precursor makers") and a status for each.  Analysts record their judgement
here: status changes (append-only), evidence and notes.  The store runs on
SQLite (default, ``data/ledger.db``) or PostgreSQL through SQLAlchemy Core,
with parameterised SQL only.

Concurrency: every write names the ``expected_version`` of the commitment it
was based on.  In one transaction the store runs
``UPDATE commitments SET version = version + 1 WHERE id = :id AND version =
:expected``; if no row changes, :class:`StaleWriteError` is raised and nothing
is written.  The child row stores the version it produced, so a commitment's
writes are numbered 1, 2, 3, ... without gaps.

Value ranges (enforced by :class:`LedgerValidationError`):

* actor: ``US`` | ``China`` | ``both``; topic: one of :data:`TOPICS`;
  status: one of :data:`STATUSES`; effect: one of :data:`EFFECTS`.
* dates: ISO ``YYYY-MM-DD`` (or :class:`datetime.date`), years 1990-2100;
  a deadline may not precede the date the commitment was made.  ``made_on``
  is required except for inferred commitments from undated articles.
* commitment text <= 1,000 chars, reason <= 2,000, note <= 5,000,
  evidence source <= 200, URL <= 2,000 and http(s) or empty,
  analyst name 1-100 chars.  Text is stored as given (HTML included);
  views escape it with :func:`escape_for_display`.
"""
from __future__ import annotations

import csv
import hashlib
import html
import io
import json
import re
import unicodedata
import uuid
import weakref
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any, Iterable, Mapping
from urllib.parse import urlsplit

from sqlalchemy import (
    CheckConstraint, Column, Date, DateTime, ForeignKey, Integer, MetaData, String,
    Table, Text, UniqueConstraint, and_, create_engine, event, func, insert, select,
    text as sql_text, update,
)
from sqlalchemy.engine import URL, Engine
from sqlalchemy.exc import IntegrityError

from .csvsafe import escape_cell, unescape_cell

# --------------------------------------------------------------------------- vocabulary
STATUSES = ("unverified", "in_progress", "stalled", "partial", "fulfilled", "broken")
EFFECTS = ("progress", "fulfilled", "setback")
ACTORS = ("US", "China", "both")
TOPICS = ("counternarcotics", "military", "middle_east", "trade", "technology",
          "taiwan", "climate", "diplomacy", "human_rights")
ORIGINS = ("inferred", "analyst")

MAX_TEXT, MAX_REASON, MAX_NOTE = 1_000, 2_000, 5_000
MAX_ANALYST, MAX_SOURCE, MAX_URL, MAX_REFS = 100, 200, 2_000, 20
YEAR_MIN, YEAR_MAX = 1990, 2100
INFERRED_BY = "analysis"          # created_by of commitments registered by sync

_ID_RE = re.compile(r"^[A-Za-z0-9_.:-]{1,64}\Z")             # commitment ids
_CHILD_ID_RE = {"s": re.compile(r"^s_[0-9a-f]{16}\Z"),       # status change
                "e": re.compile(r"^e_[0-9a-f]{16}\Z"),       # ledger evidence
                "n": re.compile(r"^n_[0-9a-f]{16}\Z")}       # note
_ANALYSIS_REF_RE = re.compile(r"^[A-Za-z0-9_-]{1,64}:[0-9]{1,6}\Z")  # article:sentence
_DATE_RE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}\Z")
_BAD_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

# --------------------------------------------------------------------------- errors


class LedgerError(Exception):
    """Base class of ledger errors."""


class LedgerValidationError(LedgerError, ValueError):
    """Bad input; ``field`` names the offending field, ``problem`` says why."""

    def __init__(self, field: str, problem: str):
        self.field, self.problem = field, problem
        super().__init__(f"{field}: {problem}")


class StaleWriteError(LedgerError):
    """The commitment changed since the caller read it (optimistic lock failed)."""

    def __init__(self, commitment_id: str, expected_version: int, actual_version: int):
        self.commitment_id = commitment_id
        self.expected_version, self.actual_version = expected_version, actual_version
        super().__init__(
            f"Commitment {commitment_id} was changed by someone else, reload "
            f"(you had version {expected_version}, it is now {actual_version}).")


# --------------------------------------------------------------------------- schema
metadata = MetaData()


def _one_of(column: str, values: Iterable[str]) -> str:
    """CHECK expression for a fixed vocabulary (constants only, never user data)."""
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


commitments = Table(
    "commitments", metadata,
    Column("id", String(64), primary_key=True),
    Column("text", Text, nullable=False),
    Column("actor", String(8), nullable=False),
    Column("topic", String(32), nullable=False),
    Column("made_on", Date, nullable=True),       # None only for undated inferred ones
    Column("deadline", Date, nullable=True),
    Column("origin", String(16), nullable=False),
    Column("created_by", String(MAX_ANALYST), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("version", Integer, nullable=False, default=0),
    CheckConstraint(_one_of("actor", ACTORS), name="ck_commitments_actor"),
    CheckConstraint(_one_of("topic", TOPICS), name="ck_commitments_topic"),
    CheckConstraint(_one_of("origin", ORIGINS), name="ck_commitments_origin"),
    CheckConstraint("version >= 0", name="ck_commitments_version"),
)

status_changes = Table(
    "status_changes", metadata,
    Column("id", String(20), primary_key=True),
    Column("commitment_id", String(64), ForeignKey("commitments.id"), nullable=False),
    Column("version", Integer, nullable=False),
    Column("old_status", String(16), nullable=False),
    Column("new_status", String(16), nullable=False),
    Column("reason", Text, nullable=False),
    Column("evidence_ref", Text, nullable=False),
    Column("analyst", String(MAX_ANALYST), nullable=False),
    Column("changed_at", DateTime(timezone=True), nullable=False),
    UniqueConstraint("commitment_id", "version", name="uq_status_changes_version"),
    CheckConstraint(_one_of("old_status", STATUSES), name="ck_status_changes_old"),
    CheckConstraint(_one_of("new_status", STATUSES), name="ck_status_changes_new"),
)

evidence = Table(
    "evidence", metadata,
    Column("id", String(20), primary_key=True),
    Column("commitment_id", String(64), ForeignKey("commitments.id"), nullable=False),
    Column("version", Integer, nullable=False),
    Column("date", Date, nullable=False),
    Column("source", String(MAX_SOURCE), nullable=False),
    Column("url", Text, nullable=False),
    Column("note", Text, nullable=False),
    Column("effect", String(16), nullable=False),
    Column("analyst", String(MAX_ANALYST), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    UniqueConstraint("commitment_id", "version", name="uq_evidence_version"),
    CheckConstraint(_one_of("effect", EFFECTS), name="ck_evidence_effect"),
)

notes = Table(
    "notes", metadata,
    Column("id", String(20), primary_key=True),
    Column("commitment_id", String(64), ForeignKey("commitments.id"), nullable=False),
    Column("version", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("analyst", String(MAX_ANALYST), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    UniqueConstraint("commitment_id", "version", name="uq_notes_version"),
)

TABLES = {"commitments": commitments, "evidence": evidence,
          "notes": notes, "status_changes": status_changes}   # import order (parents first)
CHILD_TABLES = {"status_changes": status_changes, "evidence": evidence, "notes": notes}

_APPEND_ONLY_MESSAGE = "status_changes is append-only"
_SQLITE_TRIGGERS = [
    f"CREATE TRIGGER IF NOT EXISTS status_changes_no_{op.lower()} BEFORE {op} ON "
    f"status_changes BEGIN SELECT RAISE(ABORT, '{_APPEND_ONLY_MESSAGE}'); END"
    for op in ("UPDATE", "DELETE")
]
_PG_FUNCTION = (
    "CREATE OR REPLACE FUNCTION ledger_refuse_change() RETURNS trigger "
    "LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION USING MESSAGE = "
    f"'{_APPEND_ONLY_MESSAGE}: ' || TG_OP || ' refused'; END $$"
)
_PG_TRIGGERS = {
    "status_changes_append_only": "CREATE TRIGGER status_changes_append_only BEFORE UPDATE "
    "OR DELETE ON status_changes FOR EACH ROW EXECUTE FUNCTION ledger_refuse_change()",
    "status_changes_no_truncate": "CREATE TRIGGER status_changes_no_truncate BEFORE TRUNCATE "
    "ON status_changes FOR EACH STATEMENT EXECUTE FUNCTION ledger_refuse_change()",
}
_PG_SCHEMA_LOCK, _PG_IMPORT_LOCK = 0x6C656467, 0x6C656468   # advisory lock keys

_READY: "weakref.WeakSet[Engine]" = weakref.WeakSet()          # engines with schema checked


def _sqlite_on_connect(dbapi_connection, _record) -> None:
    """Per-connection SQLite settings: WAL, fsync on every commit, FKs, 15 s busy wait."""
    cur = dbapi_connection.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=15000")
    cur.close()


def _ensure_schema(engine: Engine) -> None:
    """Create tables and append-only triggers if missing (idempotent, race-safe)."""
    if engine in _READY:
        return
    with engine.begin() as conn:
        if engine.dialect.name == "postgresql":
            conn.execute(select(func.pg_advisory_xact_lock(_PG_SCHEMA_LOCK)))
        metadata.create_all(conn)
        if engine.dialect.name == "sqlite":
            for ddl in _SQLITE_TRIGGERS:
                conn.exec_driver_sql(ddl)
        else:
            conn.exec_driver_sql(_PG_FUNCTION)
            for name, ddl in _PG_TRIGGERS.items():
                found = conn.execute(sql_text(
                    "SELECT 1 FROM pg_trigger WHERE tgname = :name "
                    "AND tgrelid = 'status_changes'::regclass"), {"name": name}).first()
                if found is None:
                    conn.exec_driver_sql(ddl)
    _READY.add(engine)


# --------------------------------------------------------------------------- helpers


def default_url(data_dir: str | Path = "data") -> str:
    """SQLite URL of ``<data_dir>/ledger.db`` (absolute path); creates the folder."""
    folder = Path(data_dir).resolve()
    folder.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{(folder / 'ledger.db').as_posix()}"


def _normalise(value: str) -> str:
    """NFKC, case-folded, whitespace collapsed: the form ids are hashed from."""
    return " ".join(unicodedata.normalize("NFKC", str(value)).casefold().split())


def commitment_id(actor: str, topic: str, text: str) -> str:
    """Stable id from content: ``"c_" + sha1("actor|topic|text")[:12]`` (normalised)."""
    key = "|".join(_normalise(part) for part in (actor, topic, text))
    return "c_" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


def escape_for_display(text: Any) -> str:
    """HTML-escape stored text for views (None -> "")."""
    return "" if text is None else html.escape(str(text), quote=True)


def _new_id(prefix: str) -> str:
    return f"{prefix}_{uuid.uuid4().hex[:16]}"


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _utc(value: datetime | None) -> datetime | None:
    """Database datetimes as aware UTC (SQLite hands back naive UTC)."""
    if value is None:
        return None
    return value.replace(tzinfo=timezone.utc) if value.tzinfo is None else value.astimezone(timezone.utc)


# --------------------------------------------------------------------------- validators


def _text(name: str, value: Any, max_len: int, *, required: bool = True) -> str:
    """A string of at most ``max_len`` chars; blank only when not required."""
    if value is None and not required:
        return ""
    if not isinstance(value, str):
        raise LedgerValidationError(name, f"must be text, got {type(value).__name__}")
    if required and not value.strip():
        raise LedgerValidationError(name, "is required and may not be blank")
    if len(value) > max_len:
        raise LedgerValidationError(name, f"is {len(value)} characters long; the limit is {max_len}")
    if _BAD_CONTROL_RE.search(value):
        raise LedgerValidationError(name, "contains control characters (NUL etc.)")
    return value


def _analyst(value: Any, name: str = "analyst") -> str:
    """Analyst name: 1-100 chars after trimming, one line."""
    value = _text(name, value, MAX_ANALYST).strip()
    if "\n" in value or "\r" in value or "\t" in value:
        raise LedgerValidationError(name, "must be a single line")
    return value


def _choice(name: str, value: Any, allowed: tuple[str, ...]) -> str:
    if not isinstance(value, str) or value not in allowed:
        raise LedgerValidationError(name, f"{value!r} is not one of {', '.join(allowed)}")
    return value


def _date(name: str, value: Any, *, required: bool = True) -> date | None:
    """ISO date ``YYYY-MM-DD`` or a date object, year 1990-2100."""
    if value is None or value == "" or (not isinstance(value, str) and value != value):  # NaN/NaT
        if required:
            raise LedgerValidationError(name, "is required (ISO date YYYY-MM-DD)")
        return None
    if isinstance(value, datetime):
        value = value.date()
    elif isinstance(value, str):
        if not _DATE_RE.match(value):
            raise LedgerValidationError(name, f"{value[:40]!r} is not an ISO date YYYY-MM-DD")
        try:
            value = date.fromisoformat(value)
        except ValueError:
            raise LedgerValidationError(name, f"{value!r} is not a valid calendar date") from None
    elif not isinstance(value, date):
        raise LedgerValidationError(name, f"must be an ISO date, got {type(value).__name__}")
    if not YEAR_MIN <= value.year <= YEAR_MAX:
        raise LedgerValidationError(name, f"year {value.year} is outside {YEAR_MIN}-{YEAR_MAX}")
    return value


def _timestamp(name: str, value: Any) -> datetime:
    """ISO-8601 timestamp or datetime; naive means UTC; years 1990-2100."""
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value)
        except ValueError:
            raise LedgerValidationError(name, f"{value[:40]!r} is not an ISO timestamp") from None
    if not isinstance(value, datetime):
        raise LedgerValidationError(name, "is required (ISO timestamp)")
    value = _utc(value)
    if not YEAR_MIN <= value.year <= YEAR_MAX:
        raise LedgerValidationError(name, f"year {value.year} is outside {YEAR_MIN}-{YEAR_MAX}")
    return value


def _int(name: str, value: Any, minimum: int) -> int:
    """Integer >= minimum (digit strings accepted, booleans not)."""
    if isinstance(value, str) and re.fullmatch(r"[0-9]{1,9}", value.strip()):
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
        raise LedgerValidationError(name, f"must be an integer >= {minimum}, got {value!r}")
    return value


def _ident(name: str, value: Any, pattern: re.Pattern = _ID_RE) -> str:
    if not isinstance(value, str) or not pattern.match(value):
        raise LedgerValidationError(name, f"{str(value)[:70]!r} is not a valid id")
    return value


def _url(value: Any) -> str:
    """Empty, or an absolute http(s) URL of at most 2,000 chars without spaces."""
    value = _text("url", value, MAX_URL, required=False).strip()
    if not value:
        return ""
    parts = urlsplit(value)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc or re.search(r"\s", value):
        raise LedgerValidationError("url", "must be an http:// or https:// address (or empty)")
    return value


def _refs(value: Any) -> list[str]:
    """1-20 evidence references: ledger evidence ids (``e_...``) or ``article:sentence``."""
    if isinstance(value, str):
        value = [part for part in re.split(r"[,\s]+", value) if part]
    if not isinstance(value, (list, tuple)) or not value:
        raise LedgerValidationError("evidence_refs", "at least one evidence reference is required")
    refs: list[str] = []
    for ref in value:
        if not isinstance(ref, str) or not (_CHILD_ID_RE["e"].match(ref) or _ANALYSIS_REF_RE.match(ref)):
            raise LedgerValidationError(
                "evidence_refs", f"{str(ref)[:70]!r} is neither a ledger evidence id (e_...) "
                "nor an analysis reference like 'a1b2c3:4'")
        if ref not in refs:
            refs.append(ref)
    if len(refs) > MAX_REFS:
        raise LedgerValidationError("evidence_refs", f"at most {MAX_REFS} references")
    return refs


def _commitment_fields(raw: Mapping[str, Any], *, dated: bool = True) -> dict:
    """Validate the content fields shared by sync, add and import.  ``dated``:
    made_on is required (an inferred commitment from an undated article has none)."""
    row = {
        "text": _text("text", raw.get("text"), MAX_TEXT),
        "actor": _choice("actor", raw.get("actor"), ACTORS),
        "topic": _choice("topic", raw.get("topic"), TOPICS),
        "made_on": _date("made_on", raw.get("made_on", raw.get("date")), required=dated),
        "deadline": _date("deadline", raw.get("deadline"), required=False),
    }
    if row["made_on"] and row["deadline"] and row["deadline"] < row["made_on"]:
        raise LedgerValidationError("deadline", "is before the date the commitment was made")
    return row


# --------------------------------------------------------------------------- import rows


def _clean_commitment_row(raw: Mapping[str, Any]) -> dict:
    origin = _choice("origin", raw.get("origin"), ORIGINS)
    row = _commitment_fields(raw, dated=origin == "analyst")
    row.update(id=_ident("id", raw.get("id")), origin=origin,
               created_by=_analyst(raw.get("created_by"), "created_by"),
               created_at=_timestamp("created_at", raw.get("created_at")),
               version=_int("version", raw.get("version"), 0))
    return row


def _child_base(raw: Mapping[str, Any], prefix: str) -> dict:
    return {"id": _ident("id", raw.get("id"), _CHILD_ID_RE[prefix]),
            "commitment_id": _ident("commitment_id", raw.get("commitment_id")),
            "version": _int("version", raw.get("version"), 1),
            "analyst": _analyst(raw.get("analyst"))}


def _clean_status_row(raw: Mapping[str, Any]) -> dict:
    row = _child_base(raw, "s")
    row.update(old_status=_choice("old_status", raw.get("old_status"), STATUSES),
               new_status=_choice("new_status", raw.get("new_status"), STATUSES),
               reason=_text("reason", raw.get("reason"), MAX_REASON),
               evidence_ref=",".join(_refs(raw.get("evidence_ref"))),
               changed_at=_timestamp("changed_at", raw.get("changed_at")))
    return row


def _clean_evidence_row(raw: Mapping[str, Any]) -> dict:
    row = _child_base(raw, "e")
    row.update(date=_date("date", raw.get("date")),
               source=_text("source", raw.get("source"), MAX_SOURCE),
               url=_url(raw.get("url")),
               note=_text("note", raw.get("note"), MAX_NOTE, required=False),
               effect=_choice("effect", raw.get("effect"), EFFECTS),
               created_at=_timestamp("created_at", raw.get("created_at")))
    return row


def _clean_note_row(raw: Mapping[str, Any]) -> dict:
    row = _child_base(raw, "n")
    row.update(text=_text("text", raw.get("text"), MAX_NOTE),
               created_at=_timestamp("created_at", raw.get("created_at")))
    return row


_CLEANERS = {"commitments": _clean_commitment_row, "evidence": _clean_evidence_row,
             "notes": _clean_note_row, "status_changes": _clean_status_row}


@dataclass
class ImportReport:
    """Outcome of an import.

    ``imported`` / ``skipped`` count rows per table (skipped = already present
    with identical content).  ``errors`` lists ``(table, row_number, reason)``:
    for CSV the line number in that table's file (header = line 1), for JSON
    the 1-based position in that table's list; row 0 = the whole file/table.
    """

    imported: dict[str, int] = field(default_factory=lambda: {t: 0 for t in TABLES})
    skipped: dict[str, int] = field(default_factory=lambda: {t: 0 for t in TABLES})
    errors: list[tuple[str, int, str]] = field(default_factory=list)

    @property
    def rows_imported(self) -> int:
        return sum(self.imported.values())


def _export_value(value: Any) -> Any:
    if isinstance(value, datetime):
        return _utc(value).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value


# --------------------------------------------------------------------------- store


class LedgerStore:
    """The ledger on one database (SQLite or PostgreSQL).

    ``engine_or_url``: an SQLAlchemy Engine (e.g. ``st.connection("ledger",
    type="sql").engine``) or a URL string such as :func:`default_url`.
    """

    def __init__(self, engine_or_url: Engine | str | URL):
        if isinstance(engine_or_url, Engine):
            engine = engine_or_url
        elif isinstance(engine_or_url, (str, URL)):
            engine = create_engine(engine_or_url)
        else:
            raise TypeError("LedgerStore needs an SQLAlchemy Engine or a database URL")
        if engine.dialect.name not in ("sqlite", "postgresql"):
            raise LedgerError(f"unsupported database {engine.dialect.name!r}: use SQLite or PostgreSQL")
        if engine.get_execution_options().get("isolation_level") == "AUTOCOMMIT":
            raise LedgerError("the ledger needs transactions: pass an engine without autocommit")
        if engine.dialect.name == "sqlite":
            database = engine.url.database
            if database and database != ":memory:" and not database.startswith("file:"):
                Path(database).parent.mkdir(parents=True, exist_ok=True)
            if not event.contains(engine, "connect", _sqlite_on_connect):
                event.listen(engine, "connect", _sqlite_on_connect)
                engine.dispose()   # pooled connections were opened without the pragmas
        self.engine = engine
        _ensure_schema(engine)

    # ------------------------------------------------------------------ internals
    def _write_lock(self, conn) -> None:
        """Take SQLite's write lock first, so a read-then-write transaction waits
        for other writers instead of failing on a stale WAL snapshot."""
        if self.engine.dialect.name == "sqlite":
            conn.execute(update(commitments).where(sql_text("0 = 1")).values(version=commitments.c.version))

    @staticmethod
    def _bump_version(conn, cid: str, expected: int) -> int:
        """Optimistic lock: version+1 iff still ``expected``; returns the new version."""
        result = conn.execute(
            update(commitments)
            .where(commitments.c.id == cid, commitments.c.version == expected)
            .values(version=commitments.c.version + 1))
        if result.rowcount != 1:
            actual = conn.execute(select(commitments.c.version).where(commitments.c.id == cid)).scalar()
            if actual is None:
                raise LedgerValidationError("commitment_id", f"no commitment with id {cid!r}")
            raise StaleWriteError(cid, expected, actual)
        return expected + 1

    @staticmethod
    def _check_ledger_refs(conn, cid: str, refs: list[str]) -> None:
        wanted = [r for r in refs if _CHILD_ID_RE["e"].match(r)]
        if not wanted:
            return
        found = set(conn.execute(select(evidence.c.id).where(
            evidence.c.id.in_(wanted), evidence.c.commitment_id == cid)).scalars())
        missing = [r for r in wanted if r not in found]
        if missing:
            raise LedgerValidationError("evidence_refs", f"no ledger evidence {', '.join(missing)} "
                                        f"for commitment {cid}")

    @staticmethod
    def _latest_change(conn, cid: str):
        return conn.execute(select(status_changes).where(status_changes.c.commitment_id == cid)
                            .order_by(status_changes.c.version.desc()).limit(1)).mappings().first()

    @staticmethod
    def _as_dict(row) -> dict:
        out = {k: (_utc(v) if isinstance(v, datetime) else v) for k, v in dict(row).items()}
        if "evidence_ref" in out:
            out["evidence_refs"] = out["evidence_ref"].split(",") if out["evidence_ref"] else []
        return out

    def _children(self, table: Table, cid: str) -> list[dict]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(table).where(table.c.commitment_id == _ident("commitment_id", cid))
                                .order_by(table.c.version, table.c.id)).mappings().all()
        return [self._as_dict(r) for r in rows]

    # ------------------------------------------------------------------ commitments
    def sync_commitments(self, items: Iterable[Mapping[str, Any]]) -> dict:
        """Register inferred commitments (dicts with id, text, actor, topic, date,
        deadline; ``date`` may be None/NaT for an undated article; extra keys such
        as the analysis' status are ignored, so ``analysis.commitments.to_dict
        ("records")`` can be passed as it is).  Inserts the missing ones in one statement; existing records
        (and all analyst data) are never touched.  Returns
        ``{"inserted": n, "existing": n, "rejected": [(index, reason), ...]}``."""
        rejected, rows = [], {}
        now = _now()
        for index, raw in enumerate(items):
            try:
                if not isinstance(raw, Mapping):
                    raise LedgerValidationError("commitment", "must be a mapping")
                row = _commitment_fields(raw, dated=False)
                row.update(id=_ident("id", raw.get("id")), origin="inferred",
                           created_by=INFERRED_BY, created_at=now, version=0)
                rows.setdefault(row["id"], row)
            except LedgerValidationError as exc:
                rejected.append((index, str(exc)))
        existing: set[str] = set()
        with self.engine.begin() as conn:
            self._write_lock(conn)
            ids = list(rows)
            for start in range(0, len(ids), 500):
                existing.update(conn.execute(select(commitments.c.id).where(
                    commitments.c.id.in_(ids[start:start + 500]))).scalars())
            missing = [row for cid, row in rows.items() if cid not in existing]
            if missing:
                conn.execute(self._insert_ignore(commitments), missing)
        return {"inserted": len(missing), "existing": len(existing), "rejected": rejected}

    def _insert_ignore(self, table: Table):
        """INSERT ... ON CONFLICT DO NOTHING for the current dialect."""
        if self.engine.dialect.name == "postgresql":
            from sqlalchemy.dialects.postgresql import insert as dialect_insert
        else:
            from sqlalchemy.dialects.sqlite import insert as dialect_insert
        return dialect_insert(table).on_conflict_do_nothing(index_elements=["id"])

    def add_commitment(self, text: str, actor: str, topic: str, made_on: date | str,
                       analyst: str, deadline: date | str | None = None) -> str:
        """Record a commitment by hand (origin "analyst"); returns its content-derived id."""
        row = _commitment_fields({"text": text, "actor": actor, "topic": topic,
                                  "made_on": made_on, "deadline": deadline})
        row.update(id=commitment_id(actor, topic, text), origin="analyst",
                   created_by=_analyst(analyst), created_at=_now(), version=0)
        try:
            with self.engine.begin() as conn:
                conn.execute(insert(commitments), row)
        except IntegrityError:
            raise LedgerValidationError("text", f"this commitment is already recorded as {row['id']}") from None
        return row["id"]

    def get(self, commitment_id: str) -> dict | None:
        """The commitment record (with ``version``), or None if unknown."""
        with self.engine.connect() as conn:
            row = conn.execute(select(commitments).where(
                commitments.c.id == _ident("commitment_id", commitment_id))).mappings().first()
        return None if row is None else self._as_dict(row)

    def list_commitments(self) -> list[dict]:
        """All commitments, newest first (undated last), each with ``analyst_status``
        (the latest analyst decision, or None)."""
        latest = (select(status_changes.c.commitment_id, func.max(status_changes.c.version).label("v"))
                  .group_by(status_changes.c.commitment_id).subquery())
        joined = commitments.outerjoin(latest, latest.c.commitment_id == commitments.c.id).outerjoin(
            status_changes, and_(status_changes.c.commitment_id == latest.c.commitment_id,
                                 status_changes.c.version == latest.c.v))
        query = (select(commitments, status_changes.c.new_status.label("analyst_status"))
                 .select_from(joined).order_by(commitments.c.made_on.desc().nulls_last(), commitments.c.id))
        with self.engine.connect() as conn:
            return [self._as_dict(r) for r in conn.execute(query).mappings()]

    def history(self, commitment_id: str) -> list[dict]:
        """Status changes, oldest first (by version)."""
        return self._children(status_changes, commitment_id)

    def evidence(self, commitment_id: str) -> list[dict]:
        """Ledger evidence, oldest first."""
        return self._children(evidence, commitment_id)

    def all_evidence(self) -> dict[str, list[dict]]:
        """Ledger evidence of every commitment in one query: commitment id -> items, oldest first."""
        with self.engine.connect() as conn:
            rows = conn.execute(select(evidence).order_by(evidence.c.commitment_id, evidence.c.version, evidence.c.id)).mappings().all()
        out: dict[str, list[dict]] = {}
        for row in rows:
            item = self._as_dict(row)
            out.setdefault(item["commitment_id"], []).append(item)
        return out

    def notes(self, commitment_id: str) -> list[dict]:
        """Notes, oldest first."""
        return self._children(notes, commitment_id)

    # ------------------------------------------------------------------ writes
    def add_evidence(self, commitment_id: str, date: date | str, source: str, url: str,
                     note: str, effect: str, analyst: str, expected_version: int) -> str:
        """Attach evidence; returns its id (``e_`` + 16 hex).  Raises StaleWriteError."""
        cid = _ident("commitment_id", commitment_id)
        row = {"date": _date("date", date), "source": _text("source", source, MAX_SOURCE),
               "url": _url(url), "note": _text("note", note, MAX_NOTE, required=False),
               "effect": _choice("effect", effect, EFFECTS), "analyst": _analyst(analyst)}
        expected = _int("expected_version", expected_version, 0)
        with self.engine.begin() as conn:
            row.update(id=_new_id("e"), commitment_id=cid, created_at=_now(),
                       version=self._bump_version(conn, cid, expected))
            conn.execute(insert(evidence), row)
        return row["id"]

    def add_note(self, commitment_id: str, text: str, analyst: str, expected_version: int) -> str:
        """Attach a note (<= 5,000 chars, stored as given); returns its id."""
        cid = _ident("commitment_id", commitment_id)
        row = {"text": _text("text", text, MAX_NOTE), "analyst": _analyst(analyst)}
        expected = _int("expected_version", expected_version, 0)
        with self.engine.begin() as conn:
            row.update(id=_new_id("n"), commitment_id=cid, created_at=_now(),
                       version=self._bump_version(conn, cid, expected))
            conn.execute(insert(notes), row)
        return row["id"]

    def change_status(self, commitment_id: str, new_status: str, reason: str,
                      evidence_refs: list[str] | str, analyst: str, expected_version: int,
                      *, inferred_status: str | None = None) -> str:
        """Record an analyst status decision; returns the change id.

        ``old_status`` is the latest analyst status, else ``inferred_status``
        (default "unverified").  ``evidence_refs``: ledger evidence ids of this
        commitment and/or analysis references ``"<article id>:<sentence index>"``.
        """
        cid = _ident("commitment_id", commitment_id)
        row = {"new_status": _choice("new_status", new_status, STATUSES),
               "reason": _text("reason", reason, MAX_REASON), "analyst": _analyst(analyst)}
        refs = _refs(evidence_refs)
        fallback = _choice("inferred_status", inferred_status or "unverified", STATUSES)
        expected = _int("expected_version", expected_version, 0)
        with self.engine.begin() as conn:
            version = self._bump_version(conn, cid, expected)   # locks the commitment row
            self._check_ledger_refs(conn, cid, refs)
            latest = self._latest_change(conn, cid)
            row.update(id=_new_id("s"), commitment_id=cid, version=version,
                       old_status=latest["new_status"] if latest else fallback,
                       evidence_ref=",".join(refs), changed_at=_now())
            conn.execute(insert(status_changes), row)
        return row["id"]

    def current_status(self, commitment_id: str, inferred_status: str | None) -> dict:
        """``{status, source, analyst, changed_at, reason}``: the latest analyst
        decision (source "analyst"), else the inferred status (source "inferred")."""
        with self.engine.connect() as conn:
            latest = self._latest_change(conn, _ident("commitment_id", commitment_id))
        if latest is None:
            return {"status": inferred_status or "unverified", "source": "inferred",
                    "analyst": None, "changed_at": None, "reason": None}
        return {"status": latest["new_status"], "source": "analyst", "analyst": latest["analyst"],
                "changed_at": _utc(latest["changed_at"]), "reason": latest["reason"]}

    # ------------------------------------------------------------------ export / import
    def _export_rows(self) -> dict[str, list[dict]]:
        """All rows, ISO strings for dates; children read before their parents so
        a concurrent write never leaves a child without its commitment."""
        order = {"status_changes": status_changes, "evidence": evidence, "notes": notes,
                 "commitments": commitments}
        out = {}
        options = {"isolation_level": "REPEATABLE READ"} if self.engine.dialect.name == "postgresql" else {}
        with self.engine.connect().execution_options(**options) as conn:
            for name, table in order.items():
                sort = [table.c.id] if name == "commitments" else [table.c.commitment_id, table.c.version]
                rows = conn.execute(select(table).order_by(*sort)).mappings()
                out[name] = [{k: _export_value(v) for k, v in r.items()} for r in rows]
        return {name: out[name] for name in TABLES}

    def export_json(self) -> str:
        """``{"format": "detente-ledger", "format_version": 1, "tables": {name: [rows]}}``."""
        return json.dumps({"format": "detente-ledger", "format_version": 1,
                           "tables": self._export_rows()}, ensure_ascii=False, indent=1)

    def export_csv(self) -> dict[str, str]:
        """One CSV text per table (header row first), formula-escaped cells."""
        files = {}
        for name, rows in self._export_rows().items():
            buf = io.StringIO(newline="")
            writer = csv.writer(buf)
            columns = [c.name for c in TABLES[name].columns]
            writer.writerow(columns)
            for row in rows:
                writer.writerow(["" if row[c] is None else escape_cell(row[c]) for c in columns])
            files[name] = buf.getvalue()
        return files

    def import_json(self, text: str) -> ImportReport:
        """Import an :meth:`export_json` document; bad rows are reported, good rows kept."""
        report = ImportReport()
        try:
            doc = json.loads(text)
        except (TypeError, ValueError) as exc:
            report.errors.append(("file", 0, f"not valid JSON: {exc}"))
            return report
        tables = doc.get("tables") if isinstance(doc, dict) else None
        if (not isinstance(doc, dict) or doc.get("format") != "detente-ledger"
                or doc.get("format_version") != 1 or not isinstance(tables, dict)):
            report.errors.append(("file", 0, "not a detente-ledger export, format_version 1"))
            return report
        parsed = {}
        for name, rows in tables.items():
            if name not in TABLES or not isinstance(rows, list):
                report.errors.append((str(name)[:40], 0, "unknown table or not a list of rows"))
                continue
            parsed[name] = [(i, row) for i, row in enumerate(rows, start=1)]
        return self._import(parsed, report)

    def import_csv(self, files: Mapping[str, str]) -> ImportReport:
        """Import ``{table name: CSV text}`` as written by :meth:`export_csv`
        (cells are formula-unescaped; an empty deadline means none)."""
        report, parsed = ImportReport(), {}
        for name, content in files.items():
            if name not in TABLES or not isinstance(content, str):
                report.errors.append((str(name)[:40], 0, "unknown table or not CSV text"))
                continue
            reader = csv.reader(io.StringIO(content.lstrip("\ufeff"), newline=""))
            header = [unescape_cell(h).strip() for h in next(reader, [])]
            expected = [c.name for c in TABLES[name].columns]
            if sorted(header) != sorted(expected):
                report.errors.append((name, 1, f"header must be the columns {', '.join(expected)}"))
                continue
            rows, line = [], reader.line_num
            for cells in reader:
                if cells:
                    if len(cells) != len(header):
                        report.errors.append((name, line + 1, f"expected {len(header)} cells, got {len(cells)}"))
                    else:
                        rows.append((line + 1, {h: unescape_cell(v) for h, v in zip(header, cells)}))
                line = reader.line_num
            parsed[name] = rows
        return self._import(parsed, report)

    def _import(self, parsed: dict[str, list[tuple[int, Any]]], report: ImportReport) -> ImportReport:
        """Validate and insert rows in one transaction, parents first.  Rows whose
        id exists with identical content are skipped (re-import is harmless)."""
        touched: dict[str, int] = {}
        with self.engine.begin() as conn:
            if self.engine.dialect.name == "postgresql":
                conn.execute(select(func.pg_advisory_xact_lock(_PG_IMPORT_LOCK)))
            self._write_lock(conn)
            for name in TABLES:
                for number, raw in parsed.get(name, []):
                    try:
                        if not isinstance(raw, Mapping):
                            raise LedgerValidationError("row", "must be an object of column values")
                        outcome = self._import_row(conn, name, _CLEANERS[name](raw), touched)
                        (report.imported if outcome == "imported" else report.skipped)[name] += 1
                    except LedgerValidationError as exc:
                        report.errors.append((name, number, str(exc)))
            for cid, version in touched.items():   # keep optimistic locking consistent
                conn.execute(update(commitments).where(commitments.c.id == cid,
                                                       commitments.c.version < version)
                             .values(version=version))
        return report

    def _import_row(self, conn, name: str, row: dict, touched: dict[str, int]) -> str:
        table = TABLES[name]
        existing = conn.execute(select(table).where(table.c.id == row["id"])).mappings().first()
        if name == "commitments":
            if existing is not None:
                return "skipped"                       # never overwrite a live record
            conn.execute(insert(table), row)
            return "imported"
        if existing is not None:
            if {k: _utc(v) if isinstance(v, datetime) else v for k, v in existing.items()} == row:
                return "skipped"
            raise LedgerValidationError("id", f"{row['id']} already exists with different content")
        cid = row["commitment_id"]
        if conn.execute(select(commitments.c.id).where(commitments.c.id == cid)).first() is None:
            raise LedgerValidationError("commitment_id", f"no commitment with id {cid!r}")
        clash = conn.execute(select(table.c.id).where(table.c.commitment_id == cid,
                                                      table.c.version == row["version"])).first()
        if clash is not None:
            raise LedgerValidationError("version", f"version {row['version']} of {cid} is already "
                                        f"taken by {clash[0]}")
        if name == "status_changes":
            self._check_ledger_refs(conn, cid, row["evidence_ref"].split(","))
        conn.execute(insert(table), row)
        touched[cid] = max(touched.get(cid, 0), row["version"])
        return "imported"
