"""How the learned effect reading does on prose the rules had never seen (not a timed test).

Every tuning set whose README records its *first contact* (the commit at which it was first scored,
before any of its errors were read) is analysed again with the code of that commit, in a temporary
git worktree. The rules' evidence links and effects of that day are kept; each set is then read by a
model trained on the *other* tuning sets only (``detente.effect_model.train`` on their gold links),
and the status is inferred again with today's ``detente.status``. Printed: effects right on the
linked gold sentences and statuses right, for the rules of the day and with the model's reading,
per set and in all, at the shipped thresholds and at a few others.

    python bench/effect_first_contact.py            # needs the git history (a clone, not an archive)

It takes a few minutes (one old analysis per set, one model per set).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from detente import effect_model  # noqa: E402
from detente.effect_model import reading_of, replaces, train, training_rows, tuning_folders  # noqa: E402
from detente.status import infer_status  # noqa: E402

DATA = ROOT / "tests" / "data"
_FIRST = re.compile(r"First contact[^`]*`([0-9a-f]{7,40})`")

# Run inside the old worktree: its own detente, today's labelled files. (The loop over scenarios is
# written out rather than imported: the old code has no ``effect_model.training_rows``.)
_DUMP = r"""
import json, sys
from pathlib import Path
from detente.loading import load_paths
from detente.pipeline import analyze
folder = Path(sys.argv[1])
out = []
for sc in json.loads((folder / "scenarios.json").read_text(encoding="utf-8"))["scenarios"]:
    if sc.get("split") == "holdout":
        continue
    loaded = load_paths([folder / "articles" / n for n in sc["articles"]])
    an = analyze(loaded.articles)
    ids = {Path(a.path).name: a.id for a in loaded.articles}
    pred = an.commitments.to_dict("records")
    for g in sc["commitments"]:
        aid = ids.get(g["article"])
        cands = [c for c in pred if any(r["article_id"] == aid and g["sentence"] in r["text"] for r in c["reports"])]
        cands.sort(key=lambda c: c["topic"] != g["topic"])
        rec = {"gold": g["status"], "status": cands[0]["status"] if cands else None, "evidence": []}
        if cands:
            c = cands[0]
            for it in c["evidence"]:
                ge = [e for e in g["evidence"] if ids.get(e["article"]) == it["article_id"] and e["sentence"] in it["text"]]
                rec["evidence"].append({
                    "action": c["action"], "text": it["text"], "cue": it.get("cue", ""), "effect": it["effect"],
                    "strong": bool(it.get("strong")), "date": str(it["date"]), "sentence_index": int(it.get("sentence_index", 0)),
                    "gold": (ge[0]["effect"] if ge else None), "severity": (ge[0].get("severity") if ge else None),
                })
        out.append(rec)
print(json.dumps(out))
"""

SETTINGS = [  # (same-direction confidence, cross-direction confidence)
    (effect_model.CONFIDENCE, effect_model.FLIP_CONFIDENCE),
    (0.5, 0.5),
    (0.7, 0.7),
    (0.8, 0.8),
    (0.6, 1.01),
]


def first_contacts() -> dict[str, str]:
    found = {}
    for folder in tuning_folders(DATA):
        readme = folder / "README.md"
        match = _FIRST.search(readme.read_text(encoding="utf-8")) if readme.exists() else None
        if match:
            found[folder.name] = match.group(1)
    return found


def old_analysis(name: str, commit: str, where: Path) -> list[dict]:
    tree = where / commit
    if not tree.exists():
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", str(tree), commit], check=True, capture_output=True)
    done = subprocess.run(
        [sys.executable, "-c", _DUMP, str(DATA / name)], cwd=tree, env={"PYTHONPATH": str(tree), "PATH": "/usr/bin:/bin"},
        check=True, capture_output=True, text=True,
    )
    return json.loads(done.stdout)


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return date.min


def score(records: list[dict], model: dict | None, same: float, cross: float) -> tuple[int, int, int, int]:
    """(effects right, linked gold sentences, statuses right, commitments) for one set."""
    weights = {f: tuple(w) for f, w in model["weights"].items()} if model else None
    effects = linked = right = 0
    for rec in records:
        evidence = []
        for e in rec["evidence"]:
            effect, strong = e["effect"], e["strong"]
            if weights is not None:
                reading = reading_of(weights, model["bias"], e["action"], e["text"], min(same, cross))
                if replaces(effect, strong, reading, same, cross):
                    effect, strong = reading.effect, reading.strong
            if e["gold"]:
                linked += 1
                effects += effect == e["gold"] and (effect != "setback" or strong == (e["severity"] == "ends"))
            evidence.append({"date": _date(e["date"]), "sentence_index": e["sentence_index"], "effect": effect, "strong": strong, "cue": e["cue"]})
        status = infer_status(evidence).status if rec["status"] is not None else None
        right += status == rec["gold"]
    return effects, linked, right, len(records)


def main() -> int:
    contacts = first_contacts()
    if not contacts:
        print("no tuning set records a first contact")
        return 1
    rows = training_rows(tuning_folders(DATA))
    print(f"{len(contacts)} sets with a first contact; {len(rows)} gold links to learn from")
    with tempfile.TemporaryDirectory() as where:
        old = {name: old_analysis(name, commit, Path(where)) for name, commit in sorted(contacts.items())}
    # The temporary worktrees are gone now: forget them.
    subprocess.run(["git", "-C", str(ROOT), "worktree", "prune"], check=False, capture_output=True)
    models = {name: train([r for r in rows if r["set"] != name]) for name in old}
    print(f"{'set':8} {'commit':8} {'rules: effect':>14} {'status':>8} {'model: effect':>14} {'status':>8}")
    totals = {setting: [0, 0, 0, 0] for setting in [None] + SETTINGS}
    for name, records in old.items():
        base = score(records, None, 1.0, 1.0)
        shipped = score(records, models[name], *SETTINGS[0])
        for i in range(4):
            totals[None][i] += base[i]
        print(f"{name:8} {contacts[name][:8]:8} {base[0]:>6}/{base[1]:<7} {base[2]:>3}/{base[3]:<4} {shipped[0]:>6}/{shipped[1]:<7} {shipped[2]:>3}/{shipped[3]:<4}")
        for setting in SETTINGS:
            got = shipped if setting == SETTINGS[0] else score(records, models[name], *setting)
            for i in range(4):
                totals[setting][i] += got[i]
    e, n, s, m = totals[None]
    print(f"\nrules of the day:                 effects {e}/{n} ({e / n:.3f})  statuses {s}/{m} ({s / m:.3f})")
    for same, cross in SETTINGS:
        e, n, s, m = totals[(same, cross)]
        label = "shipped" if (same, cross) == SETTINGS[0] else "       "
        print(f"{label} model, {same:.2f} same / {cross:.2f} across: effects {e}/{n} ({e / n:.3f})  statuses {s}/{m} ({s / m:.3f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
