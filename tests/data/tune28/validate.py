#!/usr/bin/env python3
"""Validator and counter for the tuning set tune28.

The checks are shared by the sets in this format (``../labelled_set_check.py``, taken from the
validator blind4's helper wrote); this file gives only this set's brief: its minimum counts and
its sentence ids. Nothing from the Détente package is imported.

Usage:
    python3 validate.py            # validate, print counts, exit 1 on any error
    python3 validate.py --markdown # same, but print the counts as Markdown tables
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from labelled_set_check import run  # noqa: E402

MINIMA = {
    "sentences": 130,
    "per_topic": 5,
    "boilerplate": 6,
    "commitments": 20,
    "hard_total": 32,
    "per_hard_case": 4,      # for each kind in REQUIRED_HARD
    "scenarios": 24,
    "part_b_commitments": 40,
    "per_status": 5,
}
REQUIRED_HARD = ["demand", "monitoring", "desire", "negated", "hypothetical",
                 "earlier_pledge", "expectation", "threat"]

if __name__ == "__main__":
    run(HERE, MINIMA, REQUIRED_HARD, r"yg\d{4}")
