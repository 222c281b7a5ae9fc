"""Measure the analysis on the labelled development set (``tests/data/devset``).

Every task is scored on the tuning part and on the set-aside part separately, with
TextBlob polarity and VADER compound scored on the same tension labels as baselines.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from detente.commitments import detect
from detente.loading import load_paths
from detente.pipeline import analyze
from detente.sentences import article_sentences
from detente.tension import polarity, score_sentence
from detente.topics import TOPIC_IDS, match_topics

DEFAULT_DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "devset"
SPLITS = ("tune", "holdout")
BASELINE_THRESHOLD = 0.05


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def macro_f1(gold: list[str], predicted: list[str], labels=("escalation", "easing", "neutral")) -> tuple[float, float, float]:
    """Macro-averaged (precision, recall, F1) over the labels."""
    scores = []
    for label in labels:
        c = Counts()
        for g, p in zip(gold, predicted):
            c.tp += g == label and p == label
            c.fp += g != label and p == label
            c.fn += g == label and p != label
        scores.append((c.precision, c.recall, c.f1))
    return tuple(sum(s[i] for s in scores) / len(scores) for i in range(3))


def _polarity_label(value: float) -> str:
    if value >= BASELINE_THRESHOLD:
        return "easing"
    if value <= -BASELINE_THRESHOLD:
        return "escalation"
    return "neutral"


def _vader():
    try:
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
    except ImportError:
        return None
    return SentimentIntensityAnalyzer()


def load_sentences(folder: Path) -> list[dict]:
    lines = (folder / "sentences.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def sentence_metrics(items: list[dict]) -> list[dict]:
    """Rows of (task, metric, value) for one split of the labelled sentences."""
    rows = []
    vader = _vader()
    scored = [i for i in items if not i["boilerplate"]]
    gold = [i["tension"] for i in scored]
    ours, blob, vad = [], [], []
    for item in scored:
        pol = polarity(item["text"])[0]
        ours.append(score_sentence(item["text"], pol, commitment=detect(item["text"])).label)
        blob.append(_polarity_label(pol))
        if vader:
            vad.append(_polarity_label(vader.polarity_scores(item["text"])["compound"]))
    for name, predicted in (("Détente tension index", ours), ("TextBlob polarity (baseline)", blob), ("VADER compound (baseline)", vad)):
        if predicted:
            p, r, f = macro_f1(gold, predicted)
            rows.append({"task": "tension direction", "method": name, "precision": p, "recall": r, "f1": f, "n": len(gold)})

    topics = Counts()
    for item in scored:
        predicted = set(match_topics(item["text"]))
        expected = set(item["topics"])
        topics.tp += len(predicted & expected)
        topics.fp += len(predicted - expected)
        topics.fn += len(expected - predicted)
    rows.append({"task": "topics (micro)", "method": "taxonomy", "precision": topics.precision, "recall": topics.recall, "f1": topics.f1, "n": len(scored)})

    found = Counts()
    actor_right = actor_total = 0
    for item in scored:
        detection = detect(item["text"])
        found.tp += bool(detection) and item["commitment"]
        found.fp += bool(detection) and not item["commitment"]
        found.fn += not detection and item["commitment"]
        if detection and item["commitment"]:
            actor_total += 1
            actor_right += detection.actor == item["actor"]
    rows.append({"task": "commitment detection", "method": "rules", "precision": found.precision, "recall": found.recall, "f1": found.f1, "n": len(scored)})
    rows.append({"task": "commitment actor", "method": "accuracy on found", "precision": None, "recall": None, "f1": actor_right / actor_total if actor_total else 0.0, "n": actor_total})

    flags = Counts()
    for item in items:
        flagged = all(s.boilerplate for s in article_sentences(item["text"]))
        flags.tp += flagged and item["boilerplate"]
        flags.fp += flagged and not item["boilerplate"]
        flags.fn += not flagged and item["boilerplate"]
    rows.append({"task": "boilerplate", "method": "rules", "precision": flags.precision, "recall": flags.recall, "f1": flags.f1, "n": len(items)})
    return rows


def find_rows(frame_rows: list[dict], article_ids: dict[str, str], article: str, snippet: str) -> list[dict]:
    """The rows (``article_id``, ``text``) of the named article file whose text holds ``snippet``."""
    aid = article_ids.get(article)
    return [r for r in frame_rows if r["article_id"] == aid and snippet in r["text"]]


def analysed_scenarios(folder: Path, scenarios: list[dict]):
    """Each scenario analysed as its own small corpus: (scenario, analysis, article id by file name)."""
    for scenario in scenarios:
        loaded = load_paths([folder / "articles" / name for name in scenario["articles"]])
        yield scenario, analyze(loaded.articles), {Path(a.path).name: a.id for a in loaded.articles}


def matched_commitment(predicted: list[dict], article_ids: dict[str, str], gold: dict) -> dict | None:
    """The predicted commitment that a gold one is: reported in the gold sentence, one of the gold
    topic first; None when no predicted commitment is."""
    aid = article_ids.get(gold["article"])
    candidates = [c for c in predicted if any(r["article_id"] == aid and gold["sentence"] in r["text"] for r in c["reports"])]
    candidates.sort(key=lambda c: c["topic"] != gold["topic"])
    return candidates[0] if candidates else None


def scenario_metrics(folder: Path, scenarios: list[dict]) -> list[dict]:
    """Evidence links and status, each scenario analysed as its own small corpus."""
    links = Counts()
    effects_right = effects_total = 0
    status_right = status_total = 0
    for scenario, analysis, article_ids in analysed_scenarios(folder, scenarios):
        predicted = analysis.commitments.to_dict("records")
        for gold in scenario["commitments"]:
            status_total += 1
            expected = {(article_ids.get(e["article"]), e["sentence"]): e["effect"] for e in gold["evidence"]}
            chosen = matched_commitment(predicted, article_ids, gold)
            if chosen is None:
                links.fn += len(expected)
                continue
            status_right += chosen["status"] == gold["status"]
            hit = set()
            for item in chosen["evidence"]:
                key = next((k for k in expected if k[0] == item["article_id"] and k[1] in item["text"]), None)
                if key is None:
                    links.fp += 1
                    continue
                links.tp += 1
                hit.add(key)
                effects_total += 1
                effects_right += item["effect"] == expected[key]
            links.fn += len(expected) - len(hit)
    return [
        {"task": "evidence links", "method": "linking", "precision": links.precision, "recall": links.recall, "f1": links.f1, "n": links.tp + links.fn},
        {"task": "evidence effect", "method": "accuracy on linked", "precision": None, "recall": None, "f1": effects_right / effects_total if effects_total else 0.0, "n": effects_total},
        {"task": "commitment status", "method": "accuracy", "precision": None, "recall": None, "f1": status_right / status_total if status_total else 0.0, "n": status_total},
    ]


def metrics_table(data: str | Path | None = None) -> pd.DataFrame:
    """Every task's precision, recall and F1 (accuracy for actor, effect and status) per split.

    Items without a ``split`` field (a blind set) form one split named after the folder.
    """
    folder = Path(data) if data else DEFAULT_DATA
    sentences = load_sentences(folder)
    scenarios = json.loads((folder / "scenarios.json").read_text(encoding="utf-8"))["scenarios"]
    default = folder.name
    splits = list(dict.fromkeys([s.get("split", default) for s in sentences] + [s.get("split", default) for s in scenarios]))
    splits.sort(key=lambda name: SPLITS.index(name) if name in SPLITS else len(SPLITS))
    rows = []
    for split in splits:
        part = [s for s in sentences if s.get("split", default) == split]
        chosen = [s for s in scenarios if s.get("split", default) == split]
        for row in sentence_metrics(part) + scenario_metrics(folder, chosen):
            rows.append({"split": split, **row})
    return pd.DataFrame(rows, columns=["split", "task", "method", "precision", "recall", "f1", "n"])


def format_table(table: pd.DataFrame) -> str:
    """The table as the CLI prints it: one line per task and method, each split's P, R and F1 side by side."""
    splits = list(dict.fromkeys(table["split"]))
    short = {"tune": "tune", "holdout": "hold"}
    head = f"{'task':<22} {'method':<30}"
    names = {split: short.get(split, split[:8]) for split in splits}
    # A column is as wide as its heading ("tune10 F1"), at least eight characters.
    widths = {split: max(8, len(name) + 3) for split, name in names.items()}
    for split in splits:
        name, w = names[split], widths[split]
        head += f" {name + ' P':>{w}} {name + ' R':>{w}} {name + ' F1':>{w}} {'n':>4}"
    lines = [head, "-" * len(head)]

    def fmt(value, w):
        return f"{value:{w}.3f}" if isinstance(value, float) and value == value else f"{'':>{w}}"

    for (task, method), group in table.groupby(["task", "method"], sort=False):
        line = f"{task:<22} {method:<30}"
        by_split = {row["split"]: row for row in group.to_dict("records")}
        for split in splits:
            row, w = by_split.get(split, {}), widths[split]
            line += f" {fmt(row.get('precision'), w)} {fmt(row.get('recall'), w)} {fmt(row.get('f1'), w)} {int(row.get('n', 0)):>4}"
        lines.append(line)
    lines.append("F1 column holds accuracy for 'commitment actor', 'evidence effect' and 'commitment status'.")
    return "\n".join(lines)


def errors(data: str | Path | None = None, split: str = "tune") -> dict[str, list]:
    """The tuning split's misses per task, for error analysis (never used on the holdout)."""
    folder = Path(data) if data else DEFAULT_DATA
    out: dict[str, list] = defaultdict(list)
    for item in load_sentences(folder):
        if item.get("split") != split or item["boilerplate"]:
            continue
        label = score_sentence(item["text"], commitment=detect(item["text"])).label
        if label != item["tension"]:
            out["tension"].append((item["tension"], label, item["text"]))
        predicted = set(match_topics(item["text"]))
        if predicted != set(item["topics"]):
            out["topics"].append((sorted(item["topics"]), sorted(predicted), item["text"]))
        detection = detect(item["text"])
        if bool(detection) != item["commitment"] or (detection and detection.actor != item["actor"]):
            out["commitment"].append((item["commitment"], item["actor"], detection, item["text"]))
    return out


SECOND_ANNOTATOR = "second_annotator.json"


def annotator_agreement(data: str | Path) -> dict[str, float | int]:
    """How often a second annotator, labelling the same scenarios blind to the first one's evidence
    and statuses, agrees with the set's gold: the ceiling a careful reader sets for the tool.

    ``second_annotator.json`` lists ``{"id": "<scenario>-<n>", "evidence": [...], "status": ...}``,
    the n-th commitment of the scenario, in the gold format. Two evidence sentences match when they
    come from the same article and one holds the other.
    """
    folder = Path(data)
    gold = {
        f"{scenario['id']}-{number}": commitment
        for scenario in json.loads((folder / "scenarios.json").read_text(encoding="utf-8"))["scenarios"]
        for number, commitment in enumerate(scenario["commitments"], start=1)
    }
    second = json.loads((folder / SECOND_ANNOTATOR).read_text(encoding="utf-8"))
    same_status = shared = same_effect = found = listed = 0
    for item in second:
        truth = gold[item["id"]]
        same_status += item["status"] == truth["status"]
        wanted = {(e["article"], e["sentence"]): e for e in truth["evidence"]}
        matched: set[tuple[str, str]] = set()
        for evidence in item["evidence"]:
            key = next(
                (k for k in wanted if k[0] == evidence["article"] and (k[1] in evidence["sentence"] or evidence["sentence"] in k[1])),
                None,
            )
            listed += 1
            if key is None or key in matched:
                continue
            matched.add(key)
            shared += 1
            same_effect += (evidence["effect"], evidence.get("severity")) == (wanted[key]["effect"], wanted[key].get("severity"))
        found += len(wanted)
    return {
        "commitments": len(second),
        "status agreement": same_status / len(second) if second else 0.0,
        "link precision": shared / listed if listed else 0.0,
        "link recall": shared / found if found else 0.0,
        "effect agreement": same_effect / shared if shared else 0.0,
    }


def format_agreement(figures: dict[str, float | int]) -> str:
    return "\n".join(f"{name:20} {value:.3f}" if isinstance(value, float) else f"{name:20} {value}" for name, value in figures.items())


def main(data: str | None = None, agreement: bool = False) -> int:
    if agreement:
        folder = Path(data) if data else DEFAULT_DATA
        if not (folder / SECOND_ANNOTATOR).exists():
            print(f"error: {folder} has no {SECOND_ANNOTATOR}")
            return 1
        print(format_agreement(annotator_agreement(folder)))
        return 0
    print(format_table(metrics_table(data)))
    return 0


__all__ = ["metrics_table", "format_table", "errors", "annotator_agreement", "TOPIC_IDS"]
