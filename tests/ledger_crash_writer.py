"""Helper for the SIGKILL crash test: writes to a ledger until killed.

Usage: python tests/ledger_crash_writer.py DB_PATH COMMITMENT_ID [MAX_WRITES]

Each write runs in its own transaction; only after the commit returns does the
script print ``ACK <table> <row id>`` (flushed), so every acknowledged row
must survive a SIGKILL.  It cycles through notes, evidence and status changes,
resuming from the commitment's current version (so it can be restarted on the
same database).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from detente.ledger import STATUSES, LedgerStore  # noqa: E402


def main() -> None:
    db_path, cid = sys.argv[1], sys.argv[2]
    max_writes = int(sys.argv[3]) if len(sys.argv) > 3 else 100_000
    store = LedgerStore(f"sqlite:///{db_path}")
    version = store.get(cid)["version"]
    print("READY", flush=True)
    for i in range(max_writes):
        kind = i % 3
        if kind == 0:
            table, row_id = "notes", store.add_note(cid, f"note {version} ' \"; DROP TABLE notes;--", "crash", version)
        elif kind == 1:
            table, row_id = "evidence", store.add_evidence(
                cid, "2024-01-09", "wire", "https://example.org/x", f"ev {version}", "progress", "crash", version)
        else:
            table, row_id = "status_changes", store.change_status(
                cid, STATUSES[version % len(STATUSES)], f"step {version}", ["art1:2"], "crash", version)
        version += 1
        print(f"ACK {table} {row_id} {version}", flush=True)


if __name__ == "__main__":
    main()
