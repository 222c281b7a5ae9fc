"""Status of a commitment, inferred from its dated evidence (after PolitiFact's promise meters).

- ``unverified``: no evidence yet.
- ``fulfilled``: the latest evidence reports it done, or it was reported done and later reports
  only tell of more steps (a kept promise stays kept until a setback reverses it).
- ``in_progress``: the latest evidence reports a step towards it.
- ``broken``: the latest evidence is a setback that ends or reverses it (suspended, broke off, reneged).
- ``partial``: the latest evidence is a milder setback (not done enough, stalled) after earlier progress.
- ``stalled``: the latest evidence is a milder setback and nothing moved before it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

STATUSES = ("unverified", "in_progress", "stalled", "partial", "fulfilled", "broken")
STATUS_LABELS = {
    "unverified": "Unverified",
    "in_progress": "In progress",
    "stalled": "Stalled",
    "partial": "Partial",
    "fulfilled": "Fulfilled",
    "broken": "Broken",
}


@dataclass(frozen=True)
class InferredStatus:
    """The status and a one-line reason naming the evidence behind it."""

    status: str
    reason: str


def _read(evidence: dict) -> str:
    """The learned model's reading where it replaced the rules' (see ``detente.effect_model``)."""
    reading = evidence.get("reading")
    return f", {reading}" if reading else ""


def infer_status(evidence: list[dict]) -> InferredStatus:
    """Status from evidence records with ``date``, ``effect``, ``strong`` and ``cue``; order does not matter."""
    if not evidence:
        return InferredStatus("unverified", "No later report bears on it yet.")
    ordered = sorted(evidence, key=lambda e: (e["date"], e.get("sentence_index", 0)))
    latest = ordered[-1]
    when = latest["date"].isoformat() if isinstance(latest["date"], date) else str(latest["date"])
    said = f"latest evidence ({when}, “{latest.get('cue', '')}”{_read(latest)})"
    if latest["effect"] == "fulfilled":
        return InferredStatus("fulfilled", f"Fulfilled: {said} reports it done.")
    done = [i for i, e in enumerate(ordered) if e["effect"] == "fulfilled"]
    if latest["effect"] == "progress" and done and all(e["effect"] == "progress" for e in ordered[done[-1] + 1 :]):
        kept = ordered[done[-1]]
        kept_when = kept["date"].isoformat() if isinstance(kept["date"], date) else str(kept["date"])
        return InferredStatus(
            "fulfilled",
            f"Fulfilled: evidence of {kept_when} (“{kept.get('cue', '')}”{_read(kept)}) reports it done; "
            f"later reports, the latest {when} (“{latest.get('cue', '')}”{_read(latest)}), only tell of more steps.",
        )
    if latest["effect"] == "progress":
        return InferredStatus("in_progress", f"In progress: {said} reports a step towards it.")
    if latest.get("strong"):
        return InferredStatus("broken", f"Broken: {said} reports it ended or reversed.")
    moved = any(e["effect"] in ("progress", "fulfilled") for e in ordered[:-1])
    if moved:
        return InferredStatus("partial", f"Partial: {said} reports a setback after earlier progress.")
    return InferredStatus("stalled", f"Stalled: {said} reports a setback with no progress before it.")


def is_overdue(deadline: date | None, status: str, as_of: date | None) -> bool:
    """True when a stated deadline has passed by ``as_of`` and the commitment is not fulfilled."""
    return bool(deadline and as_of and deadline < as_of and status != "fulfilled")
