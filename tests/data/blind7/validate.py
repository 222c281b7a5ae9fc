#!/usr/bin/env python3
"""Validator and counter for the blind test set blind7 (never used to develop or tune Détente's rules).

The checks are shared by the sets in this format (``../labelled_set_check.py``, taken from the
validator blind4's helper wrote); this file names this set's brief (its minimum counts) and
gives its sentence ids. Nothing from the Détente package is imported.

Usage:
    python3 validate.py            # validate, print counts, exit 1 on any error
    python3 validate.py --markdown # same, but print the counts as Markdown tables
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from labelled_set_check import BRIEF_100, HARD_CASES, run  # noqa: E402

if __name__ == "__main__":
    run(HERE, BRIEF_100, HARD_CASES, r"n\d{4}")
