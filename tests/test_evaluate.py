"""Evaluation: macro F1 by hand, and the metrics table on a tiny development set."""

import json

import pytest

from detente.evaluate import Counts, annotator_agreement, format_table, macro_f1, metrics_table


def test_macro_f1_by_hand():
    gold = ["escalation", "escalation", "easing", "neutral"]
    predicted = ["escalation", "easing", "easing", "neutral"]
    # escalation P 1, R 1/2; easing P 1/2, R 1; neutral P 1, R 1
    precision, recall, f1 = macro_f1(gold, predicted)
    assert precision == pytest.approx(5 / 6)
    assert recall == pytest.approx(5 / 6)
    assert f1 == pytest.approx(7 / 9)


def test_macro_f1_perfect_and_empty_label():
    assert macro_f1(["easing", "easing"], ["easing", "easing"], labels=("easing",)) == (1.0, 1.0, 1.0)
    assert macro_f1(["easing"], ["neutral"], labels=("escalation",)) == (0.0, 0.0, 0.0)


def test_counts():
    counts = Counts(tp=2, fp=2, fn=0)
    assert (counts.precision, counts.recall, counts.f1) == (0.5, 1.0, pytest.approx(2 / 3))
    assert Counts().f1 == 0.0


SENTENCES = [
    {"split": split, "text": text, "topics": topics, "tension": tension, "boilerplate": False,
     "commitment": commitment, "actor": actor}
    for split in ("tune", "holdout")
    for text, topics, tension, commitment, actor in [
        ("China agreed to curb fentanyl precursors.", ["counternarcotics"], "easing", True, "China"),
        ("Beijing imposed retaliatory tariffs on soybeans.", ["trade"], "escalation", False, None),
        ("The delegation arrived in Geneva on Monday.", [], "neutral", False, None),
    ]
] + [{"split": split, "text": "Source: Sample Wire", "topics": [], "tension": "neutral", "boilerplate": True,
      "commitment": False, "actor": None} for split in ("tune", "holdout")]

PLEDGE = "---\ntitle: Pledge\ndate: 2024-01-10\nsource: Sample Wire\n---\nChina agreed to curb fentanyl precursors.\n"
SEIZURE = "---\ntitle: Seizure\ndate: 2024-03-01\nsource: Sample Wire\n---\nChinese police seized fentanyl precursor shipments.\n"


@pytest.fixture
def devset(tmp_path):
    (tmp_path / "sentences.jsonl").write_text("\n".join(json.dumps(s) for s in SENTENCES) + "\n")
    (tmp_path / "articles").mkdir()
    scenarios = []
    for split in ("tune", "holdout"):
        (tmp_path / "articles" / f"{split}_1.md").write_text(PLEDGE)
        (tmp_path / "articles" / f"{split}_2.md").write_text(SEIZURE)
        scenarios.append(
            {
                "id": split, "split": split, "articles": [f"{split}_1.md", f"{split}_2.md"],
                "commitments": [
                    {
                        "article": f"{split}_1.md", "sentence": "China agreed to curb fentanyl", "actor": "China",
                        "topic": "counternarcotics", "status": "in_progress",
                        "evidence": [{"article": f"{split}_2.md", "sentence": "seized fentanyl", "effect": "progress"}],
                    }
                ],
            }
        )
    (tmp_path / "scenarios.json").write_text(json.dumps({"scenarios": scenarios}))
    return tmp_path


def test_metrics_table_has_both_splits_and_baselines(devset):
    table = metrics_table(devset)
    assert set(table["split"]) == {"tune", "holdout"}
    methods = set(table.loc[table["task"] == "tension direction", "method"])
    assert "Détente tension index" in methods
    assert any("TextBlob" in m for m in methods) and any("VADER" in m for m in methods)
    tasks = set(table["task"])
    assert {"topics (micro)", "commitment detection", "commitment actor", "boilerplate",
            "evidence links", "evidence effect", "commitment status"} <= tasks
    assert table.groupby("task")["split"].nunique().eq(2).all()


def test_metrics_table_scores_the_tiny_set(devset):
    table = metrics_table(devset).set_index(["split", "task", "method"])
    for split in ("tune", "holdout"):
        assert table.loc[(split, "tension direction", "Détente tension index"), "f1"] == 1.0
        assert table.loc[(split, "commitment detection", "rules"), "f1"] == 1.0
        assert table.loc[(split, "commitment status", "accuracy"), "f1"] == 1.0
        assert table.loc[(split, "evidence links", "linking"), "f1"] == 1.0


def test_format_table(devset):
    header, rule, *rows = format_table(metrics_table(devset)).splitlines()
    assert "tune F1" in header and "hold F1" in header
    assert set(rule) == {"-"}
    assert any(r.startswith("tension direction") for r in rows)


@pytest.mark.parametrize("folder", ["devset", "blind", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8", "blind9", "blind10", "blind11", "blind12", "tune6", "tune7", "tune8", "tune9", "tune10", "tune11", "tune12", "tune13", "tune14", "tune15", "tune16", "tune17", "tune18", "tune19", "tune20", "tune21", "tune22", "tune23", "tune24", "tune25", "tune26", "tune27", "tune28"])
def test_labelled_sets_pass_their_validators(folder):
    import subprocess
    import sys
    from pathlib import Path

    script = Path(__file__).parent / "data" / folder / "validate.py"
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stdout + done.stderr


def test_annotator_agreement_counts_statuses_links_and_effects(tmp_path):
    gold = {"scenarios": [{"id": "s01", "articles": ["s01_1.md", "s01_2.md"], "commitments": [
        {"article": "s01_1.md", "sentence": "will hold talks", "actor": "both", "topic": "diplomacy", "status": "fulfilled",
         "evidence": [{"article": "s01_2.md", "sentence": "held talks in Geneva", "effect": "fulfilled"}]},
        {"article": "s01_1.md", "sentence": "will lift the ban", "actor": "China", "topic": "trade", "status": "stalled",
         "evidence": [{"article": "s01_2.md", "sentence": "the ban is still in force", "effect": "setback", "severity": "mild"}]},
    ]}]}
    second = [
        {"id": "s01-1", "status": "fulfilled", "evidence": [{"article": "s01_2.md", "sentence": "The envoys held talks in Geneva on Monday", "effect": "fulfilled"}]},
        {"id": "s01-2", "status": "broken", "evidence": [
            {"article": "s01_2.md", "sentence": "the ban is still in force", "effect": "setback", "severity": "ends"},
            {"article": "s01_2.md", "sentence": "a distractor", "effect": "progress"},
        ]},
    ]
    (tmp_path / "scenarios.json").write_text(json.dumps(gold))
    (tmp_path / "second_annotator.json").write_text(json.dumps(second))
    figures = annotator_agreement(tmp_path)
    assert figures == {"commitments": 2, "status agreement": 0.5, "link precision": 2 / 3, "link recall": 1.0, "effect agreement": 0.5}
