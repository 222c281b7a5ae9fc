"""The ledger on a real PostgreSQL server started for this module.

The fixture runs ``initdb`` into a temporary folder and starts ``postgres`` on a
free localhost port with trust authentication (as the ``postgres`` user when
the tests run as root, since PostgreSQL refuses to run as root), creates one
database per test and stops the server with ``pg_ctl stop -m fast`` at the
end.  When no server can be started every test here is skipped and the reason
is shown.
"""
import glob
import os
import pwd
import shlex
import shutil
import socket
import subprocess
import tempfile
import threading
import uuid
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text as sql_text
from sqlalchemy.exc import DBAPIError

from detente.ledger import LedgerStore, StaleWriteError, default_url

try:
    from test_ledger import (FENTANYL, MIL, check_append_only, check_hammer, check_metacharacters,
                             check_round_trip, hammer, populate)
except ImportError:                       # tests/ imported as a package
    from tests.test_ledger import (FENTANYL, MIL, check_append_only, check_hammer,
                                   check_metacharacters, check_round_trip, hammer, populate)


def _pg_tool(name: str) -> str | None:
    """Newest Debian cluster binary first, then PATH."""
    for folder in sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(p.split("/")[-2])
                         if p.split("/")[-2].isdigit() else 0, reverse=True):
        if os.access(os.path.join(folder, name), os.X_OK):
            return os.path.join(folder, name)
    return shutil.which(name)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _as_server_user(cmd: list) -> list:
    """Run as ``postgres`` when we are root (runuser, else su)."""
    if os.geteuid() != 0:
        return cmd
    if shutil.which("runuser"):
        return ["runuser", "-u", "postgres", "--", *cmd]
    return ["su", "postgres", "-s", "/bin/sh", "-c", shlex.join(cmd)]


def _run(cmd: list, timeout: int = 60) -> subprocess.CompletedProcess:
    return subprocess.run(_as_server_user(cmd), capture_output=True, text=True, timeout=timeout)


def _new_db(pg_server) -> str:
    """Create an empty database; the name is generated here, never user input."""
    name = f"ledger_{uuid.uuid4().hex[:12]}"
    with pg_server["admin"].connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    return f"{pg_server['url']}/{name}"


@pytest.fixture(scope="module")
def pg_server():
    pytest.importorskip("psycopg", reason="psycopg (PostgreSQL driver) is not installed")
    initdb, pg_ctl = _pg_tool("initdb"), _pg_tool("pg_ctl")
    if not initdb or not pg_ctl:
        pytest.skip("PostgreSQL server binaries (initdb, pg_ctl) not found")
    base = Path(tempfile.mkdtemp(prefix="ledger_pg_"))
    if os.geteuid() == 0:
        try:
            user = pwd.getpwnam("postgres")
        except KeyError:
            shutil.rmtree(base)
            pytest.skip("running as root and there is no 'postgres' user to run the server as")
        os.chown(base, user.pw_uid, user.pw_gid)
    data, log, port = base / "data", base / "server.log", _free_port()
    started = False
    try:
        result = _run([initdb, "-D", str(data), "-U", "postgres", "-A", "trust", "-E", "UTF8",
                       "--locale=C", "--no-sync"], timeout=120)
        if result.returncode:
            pytest.skip(f"initdb failed: {(result.stderr or result.stdout)[-600:]}")
        options = f"-p {port} -k {base} -c listen_addresses=127.0.0.1 -c fsync=off"
        result = _run([pg_ctl, "-D", str(data), "-l", str(log), "-o", options, "-w", "-t", "60", "start"],
                      timeout=90)
        started = result.returncode == 0
        if not started:
            tail = log.read_text(errors="replace")[-600:] if log.exists() else result.stderr[-600:]
            pytest.skip(f"PostgreSQL did not start: {tail}")
        url = f"postgresql+psycopg://postgres@127.0.0.1:{port}"
        admin = create_engine(f"{url}/postgres", isolation_level="AUTOCOMMIT")
        yield {"url": url, "admin": admin}
        admin.dispose()
    finally:
        if started:
            _run([pg_ctl, "-D", str(data), "-m", "fast", "-w", "stop"])
        shutil.rmtree(base, ignore_errors=True)


@pytest.fixture
def pg_url(pg_server):
    """A fresh, empty database for each test."""
    return _new_db(pg_server)


@pytest.fixture
def pg_store(pg_url):
    store = LedgerStore(pg_url)
    yield store
    store.engine.dispose()


def test_schema_and_triggers_are_created_idempotently(pg_url):
    first = LedgerStore(pg_url)
    second = LedgerStore(create_engine(pg_url))        # a separate engine re-runs the set-up
    with second.engine.connect() as conn:
        tables = conn.execute(sql_text("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")).scalars()
        triggers = conn.execute(sql_text("SELECT tgname FROM pg_trigger WHERE NOT tgisinternal")).scalars()
        assert sorted(tables) == ["commitments", "evidence", "notes", "status_changes"]
        assert sorted(triggers) == ["status_changes_append_only", "status_changes_no_truncate"]
    first.engine.dispose()
    second.engine.dispose()


def test_concurrent_schema_creation(pg_url):
    errors = []

    def boot():
        try:
            LedgerStore(create_engine(pg_url)).engine.dispose()
        except Exception as exc:            # noqa: BLE001 - collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=boot) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []


def test_status_flow_and_stale_write(pg_store):
    pg_store.sync_commitments([FENTANYL, MIL])
    cid = FENTANYL["id"]
    ev = pg_store.add_evidence(cid, "2024-03-01", "DOJ", "https://justice.gov/x", "charges", "progress", "ann", 0)
    pg_store.change_status(cid, "partial", "firms charged", [ev, "a1b2c3:4"], "ann", 1,
                           inferred_status="in_progress")
    with pytest.raises(StaleWriteError, match="changed by someone else, reload"):
        pg_store.add_note(cid, "late", "bob", 1)
    assert [(h["old_status"], h["new_status"]) for h in pg_store.history(cid)] == [("in_progress", "partial")]
    assert pg_store.current_status(cid, "in_progress")["source"] == "analyst"
    assert pg_store.get(cid)["version"] == 2
    assert pg_store.sync_commitments([FENTANYL, MIL])["inserted"] == 0


def test_append_only_including_truncate(pg_store):
    pg_store.sync_commitments([FENTANYL])
    check_append_only(pg_store, FENTANYL["id"])
    with pytest.raises(DBAPIError, match="append-only"):
        with pg_store.engine.begin() as conn:
            conn.exec_driver_sql("TRUNCATE status_changes CASCADE")
    assert len(pg_store.history(FENTANYL["id"])) == 1


def test_sql_metacharacters_round_trip(pg_store):
    check_metacharacters(pg_store)


def test_concurrent_writers_lose_nothing_postgres(pg_url, pg_store):
    pg_store.sync_commitments([FENTANYL])
    other = LedgerStore(create_engine(pg_url))        # second "app server"
    stats = hammer([pg_store, other], FENTANYL["id"])
    check_hammer(pg_store, FENTANYL["id"], stats)
    print(f"\nPostgreSQL concurrency: {stats}")
    other.engine.dispose()


def test_concurrent_sync_of_the_same_commitments(pg_store):
    rows = [dict(FENTANYL, id=f"c_{i:012x}", text=f"commitment {i}") for i in range(300)]
    reports, barrier = [], threading.Barrier(4)

    def sync():
        barrier.wait()
        reports.append(pg_store.sync_commitments(rows))

    threads = [threading.Thread(target=sync) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(reports) == 4 and len(pg_store.list_commitments()) == 300


def test_export_import_round_trip(pg_server, pg_store):
    populate(pg_store)

    check_round_trip(pg_store, lambda _name: LedgerStore(_new_db(pg_server)))


def test_sqlite_ledger_moves_to_postgres_unchanged(tmp_path, pg_store):
    sqlite_store = LedgerStore(default_url(tmp_path))
    populate(sqlite_store)
    exported = sqlite_store.export_json()
    assert pg_store.import_json(exported).errors == []
    assert pg_store.export_json() == exported
    assert pg_store.export_csv() == sqlite_store.export_csv()
