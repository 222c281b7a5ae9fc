"""Status: the six statuses from dated evidence, and overdue deadlines."""

from datetime import date

import pytest

from detente.status import STATUS_LABELS, STATUSES, infer_status, is_overdue

JAN, FEB, MAR = date(2024, 1, 10), date(2024, 2, 10), date(2024, 3, 10)


def ev(when, effect, strong=False, cue="cue"):
    return {"date": when, "effect": effect, "strong": strong, "cue": cue}


@pytest.mark.parametrize(
    "evidence, status",
    [
        ([], "unverified"),
        ([ev(JAN, "progress")], "in_progress"),
        ([ev(JAN, "setback"), ev(FEB, "progress")], "in_progress"),
        ([ev(JAN, "progress"), ev(FEB, "fulfilled")], "fulfilled"),
        ([ev(JAN, "setback")], "stalled"),
        ([ev(JAN, "progress"), ev(FEB, "setback")], "partial"),
        ([ev(JAN, "fulfilled"), ev(FEB, "setback")], "partial"),
        ([ev(JAN, "progress"), ev(FEB, "setback", strong=True)], "broken"),
        ([ev(JAN, "setback", strong=True)], "broken"),
        ([ev(MAR, "setback", strong=True), ev(JAN, "progress"), ev(FEB, "fulfilled")], "broken"),
        ([ev(FEB, "fulfilled"), ev(JAN, "setback", strong=True)], "fulfilled"),
        # a kept promise stays kept while later reports only tell of more steps ...
        ([ev(JAN, "fulfilled"), ev(FEB, "progress")], "fulfilled"),
        ([ev(JAN, "progress"), ev(FEB, "fulfilled"), ev(MAR, "progress")], "fulfilled"),
        # ... until a setback reverses it; progress after that is a recovery under way
        ([ev(JAN, "fulfilled"), ev(FEB, "setback"), ev(MAR, "progress")], "in_progress"),
        ([ev(JAN, "fulfilled"), ev(FEB, "progress"), ev(MAR, "setback")], "partial"),
    ],
)
def test_infer_status(evidence, status):
    assert infer_status(evidence).status == status


def test_every_status_has_a_label():
    assert set(STATUSES) == set(STATUS_LABELS) and len(STATUSES) == 6


def test_reason_names_the_latest_evidence():
    reason = infer_status([ev(JAN, "progress"), ev(FEB, "setback", strong=True, cue="suspended")]).reason
    assert "2024-02-10" in reason and "suspended" in reason


def test_a_kept_promise_names_the_fulfilment_and_the_later_steps():
    reason = infer_status([ev(JAN, "fulfilled", cue="took effect"), ev(FEB, "progress", cue="began")]).reason
    assert "2024-01-10" in reason and "took effect" in reason and "2024-02-10" in reason and "began" in reason


def test_same_day_evidence_ordered_by_sentence():
    evidence = [dict(ev(JAN, "setback", strong=True), sentence_index=5), dict(ev(JAN, "progress"), sentence_index=2)]
    assert infer_status(evidence).status == "broken"


@pytest.mark.parametrize(
    "deadline, status, as_of, overdue",
    [
        (JAN, "in_progress", FEB, True),
        (JAN, "unverified", FEB, True),
        (JAN, "broken", FEB, True),
        (JAN, "fulfilled", FEB, False),
        (FEB, "in_progress", JAN, False),
        (FEB, "in_progress", FEB, False),
        (None, "in_progress", FEB, False),
        (JAN, "in_progress", None, False),
    ],
)
def test_is_overdue(deadline, status, as_of, overdue):
    assert is_overdue(deadline, status, as_of) is overdue
