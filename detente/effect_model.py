"""A learned second reading of what an evidence sentence says about a commitment.

The rules in ``detente.evidence`` decide whether a sentence is evidence for a commitment and read its
effect from cues. Their effect reading fits the prose they were tuned on far better than prose they
have never seen: on the tuning sets' first contact (each set scored with the code as it stood before
any of its errors were read) they read 296 of 463 linked sentences right (0.639). A small
logistic model over the words of the evidence sentence and of the promised action, trained on the
labelled tuning sets' evidence links, reads the effect again; where it is at least ``CONFIDENCE``
sure of another effect in the same direction, or ``FLIP_CONFIDENCE`` sure of one in the other
direction, its reading stands. Scored the same way (each set read by a model trained on the other
sets; ``bench/effect_first_contact.py``), the effect was right for 336 of the 463, and the status
for 279 of 759 commitments instead of 246 (see the README).

Every reading the model changes names its class probability and the words that weighed most for
it, so an analyst sees why ("learned model: done, 0.81, from ‘arrived’, ‘all of’").

The weights live in ``data/effect_model.json``; ``python -m detente train-effects`` makes them
again from the tuning sets (never the set-aside part of the devset, never a blind set).
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from functools import lru_cache
from pathlib import Path
from typing import Iterable, NamedTuple

from detente.terms import DATA, load_json

MODEL_FILE = "effect_model.json"
# (effect, strong) of each class; "setback_ends" is a setback that ends or reverses the commitment.
CLASSES = ("progress", "fulfilled", "setback", "setback_ends")
_EFFECT_OF = {"progress": ("progress", False), "fulfilled": ("fulfilled", False), "setback": ("setback", False), "setback_ends": ("setback", True)}
_LABELS = {"progress": "a step", "fulfilled": "done", "setback": "a setback", "setback_ends": "ended or reversed"}
CONFIDENCE = 0.6
# A reading that turns the rules' step or fulfilment into a setback, or a setback into a step, must be
# surer: the rules read the direction from explicit cues, the model from words alone.
FLIP_CONFIDENCE = 0.85
C = 3.0  # inverse L2 strength
MIN_COUNT = 3  # a feature seen in fewer training rows is left out
ITERATIONS = 500
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?|\d[\d,]*")


class Reading(NamedTuple):
    """The model's reading of one evidence sentence for one promised action."""

    effect: str
    strong: bool
    probability: float
    words: tuple[str, ...]

    @property
    def note(self) -> str:
        label = _LABELS[class_of(self.effect, self.strong)]
        said = ", ".join(f"‘{w}’" for w in self.words)
        return f"learned model: {label}, {self.probability:.2f}" + (f", from {said}" if said else "")


def class_of(effect: str, strong: bool) -> str:
    """The model's class for an (effect, strong) pair."""
    return "setback_ends" if effect == "setback" and strong else effect


# Function words, which say nothing by themselves of what was done (negators, quantifiers, "will",
# "since", "before" are kept: "not", "all of", "will ... again" carry the effect).
_FUNCTION = frozenset(
    """a an the of to and or in on at by for with from as that this these those which who whom whose it its
    is are was were be been being has have had do does did would shall should can could may might must he
    she they them their his her we our us i you your there here than then so such also but if while when
    where about into over under between through during per via up down out off said says told say
    according""".split()
)


def features(action: str, text: str) -> set[str]:
    """Words of the evidence sentence (``e:``), its word pairs (``eb:``, unless both are function
    words) and the words of the promised action (``a:``); function words alone and figures are left
    out (figures tie a sentence to one story)."""
    return set(_text_features(text)) | set(_action_features(action))


def _text_features(text: str) -> tuple[str, ...]:
    words = _WORD.findall(text.lower())
    found = {"e:" + w for w in words if not w[0].isdigit() and w not in _FUNCTION}
    found.update("eb:" + a + "_" + b for a, b in zip(words, words[1:]) if not (a in _FUNCTION and b in _FUNCTION))
    return tuple(sorted(found))


def _action_features(action: str) -> tuple[str, ...]:
    return tuple(sorted({"a:" + w for w in _WORD.findall(action.lower()) if not w[0].isdigit() and w not in _FUNCTION}))


def _shown(feature: str) -> str:
    kind, _, word = feature.partition(":")
    return word.replace("_", " ")


@lru_cache(maxsize=1)
def _model() -> tuple[dict[str, tuple[float, ...]], tuple[float, ...]] | None:
    if not (DATA / MODEL_FILE).exists():
        return None
    data = load_json(MODEL_FILE)
    if tuple(data["classes"]) != CLASSES:
        raise ValueError(f"{MODEL_FILE}: classes {data['classes']} differ from {CLASSES}")
    return {f: tuple(w) for f, w in data["weights"].items()}, tuple(data["bias"])


@lru_cache(maxsize=65536)
def read_effect(action: str, text: str, confidence: float = CONFIDENCE) -> Reading | None:
    """The shipped model's reading when it is at least ``confidence`` sure of one class, else None.
    A sentence's part of the score and a promise's part are each worked out once."""
    if _model() is None:
        return None
    text_scores, present = _text_part(text)
    return _reading(text_scores, _action_part(action), present, confidence)


def reading_of(weights: dict, bias, action: str, text: str, confidence: float = CONFIDENCE) -> Reading | None:
    """A model's reading (``weights``: feature -> one weight per class) when it is at least
    ``confidence`` sure of one class, else None."""
    text_present = [(f, weights[f]) for f in _text_features(text) if f in weights]
    action_weights = [weights[f] for f in _action_features(action) if f in weights]
    return _reading(_summed(bias, [w for _, w in text_present]), action_weights, text_present, confidence)


def _summed(start, vectors) -> tuple[float, ...]:
    scores = list(start)
    for w in vectors:
        for k in range(len(scores)):
            scores[k] += w[k]
    return tuple(scores)


def _reading(text_scores, action_weights, text_present, confidence: float) -> Reading | None:
    scores = _summed(text_scores, action_weights)
    top = max(scores)
    exp = [math.exp(s - top) for s in scores]
    best = max(range(len(CLASSES)), key=lambda k: scores[k])
    probability = exp[best] / sum(exp)
    if probability < confidence:
        return None
    # The sentence's words that weighed most for the class against the others (action words only
    # say what kind of promise it is, so they are not shown).
    others = len(CLASSES) - 1
    margin = [(w[best] - (sum(w) - w[best]) / others, f) for f, w in text_present]
    words = tuple(_shown(f) for m, f in sorted(margin, key=lambda x: (-x[0], x[1]))[:3] if m > 0)
    effect, strong = _EFFECT_OF[CLASSES[best]]
    return Reading(effect, strong, round(probability, 2), words)


@lru_cache(maxsize=16384)
def _text_part(text: str) -> tuple[tuple[float, ...], tuple]:
    """The shipped model's class scores from a sentence's own features (bias included), and those features."""
    weights, bias = _model()
    present = tuple((f, weights[f]) for f in _text_features(text) if f in weights)
    return _summed(bias, [w for _, w in present]), present


@lru_cache(maxsize=4096)
def _action_part(action: str) -> tuple:
    weights, _ = _model()
    return tuple(weights[f] for f in _action_features(action) if f in weights)


def replaces(effect: str, strong: bool, reading: Reading | None, same: float = CONFIDENCE, across: float = FLIP_CONFIDENCE) -> bool:
    """Whether the model's reading replaces the rules' (effect, strong): it reads otherwise, and is
    sure enough for the direction it takes (``same`` to stay a step or fulfilment, or a setback;
    ``across`` to turn a step or fulfilment into a setback or back)."""
    if reading is None or (reading.effect, reading.strong) == (effect, strong):
        return False
    flips = (reading.effect == "setback") != (effect == "setback")
    return reading.probability >= (across if flips else same)


# Training


def train(rows: Iterable[dict], c: float = C, min_count: int = MIN_COUNT, iterations: int = ITERATIONS) -> dict:
    """Weights of a multinomial logistic model (L2, full-batch gradient descent from zero, so the
    same rows give the same weights) over ``features``; rows hold ``action``, ``text`` and ``label``
    (one of ``CLASSES``)."""
    import numpy as np  # pandas brings it; only training needs it

    rows = list(rows)
    if not rows:
        raise ValueError("train: no rows")
    feats = [features(r["action"], r["text"]) for r in rows]
    counts = Counter(f for found in feats for f in found)
    names = sorted(f for f, n in counts.items() if n >= min_count)
    column = {f: i for i, f in enumerate(names)}
    x = np.zeros((len(rows), len(names) + 1))
    x[:, -1] = 1.0  # bias
    y = np.zeros((len(rows), len(CLASSES)))
    for i, (row, found) in enumerate(zip(rows, feats)):
        for f in found:
            if f in column:
                x[i, column[f]] = 1.0
        y[i, CLASSES.index(row["label"])] = 1.0
    w = np.zeros((len(names) + 1, len(CLASSES)))
    for _ in range(iterations):
        z = x @ w
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        w -= x.T @ (p - y) / len(rows) + w / (c * len(rows))
    return {
        "_about": "Effect model for detente.effect_model; made by `python -m detente train-effects` from the tuning sets' evidence links. Do not edit by hand.",
        "classes": list(CLASSES),
        "rows": len(rows),
        "label_counts": {k: int(v) for k, v in zip(CLASSES, y.sum(axis=0))},
        "c": c,
        "min_count": min_count,
        "iterations": iterations,
        "bias": [round(float(v), 5) for v in w[-1]],
        "weights": {f: [round(float(v), 5) for v in w[column[f]]] for f in names},
    }


def tuning_folders(data: Path) -> list[Path]:
    """The labelled sets the model may learn from: the devset (its set-aside scenarios are left out
    row by row) and every ``tune*`` set; never a blind set."""
    folders = [data / "devset"] if (data / "devset").is_dir() else []
    folders += sorted(p for p in data.glob("tune*") if p.is_dir() and (p / "scenarios.json").exists())
    return folders


def training_rows(folders: Iterable[Path]) -> list[dict]:
    """One row per gold evidence link of the sets' scenarios (set-aside scenarios left out): the
    promised action as the pipeline extracts it, the evidence sentence as the splitter cuts it,
    and the gold effect."""
    from detente.evaluate import analysed_scenarios, find_rows, matched_commitment  # evaluate imports the pipeline, which imports this module

    rows = []
    for folder in folders:
        scenarios = json.loads((folder / "scenarios.json").read_text(encoding="utf-8"))["scenarios"]
        tuning = [s for s in scenarios if s.get("split") != "holdout"]
        for scenario, analysis, ids in analysed_scenarios(folder, tuning):
            commitments = analysis.commitments.to_dict("records")
            sentences = analysis.sentences[["article_id", "text"]].to_dict("records")
            for gold in scenario["commitments"]:
                found = matched_commitment(commitments, ids, gold)
                if found is None:
                    continue
                for item in gold["evidence"]:
                    where = find_rows(sentences, ids, item["article"], item["sentence"])
                    if not where:
                        continue
                    label = "setback_ends" if item["effect"] == "setback" and item.get("severity") == "ends" else item["effect"]
                    rows.append({"set": folder.name, "action": found["action"], "text": where[0]["text"], "label": label})
    return rows


def dump(model: dict) -> str:
    """The model as JSON with one line per feature (readable diffs when it is made again)."""
    head = [f"{json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}" for k, v in sorted(model.items()) if k != "weights"]
    weights = [f"  {json.dumps(f, ensure_ascii=False)}: {json.dumps(w)}" for f, w in sorted(model["weights"].items())]
    return "{\n" + ",\n".join(head) + ',\n"weights": {\n' + ",\n".join(weights) + "\n}\n}\n"


def main(data: Path, out: Path | None = None) -> int:
    """Train on the tuning sets under ``data`` and write the model (``detente/data`` by default)."""
    rows = training_rows(tuning_folders(data))
    model = train(rows)
    target = out or DATA / MODEL_FILE
    target.write_text(dump(model), encoding="utf-8")
    print(f"{len(rows)} rows from {len({r['set'] for r in rows})} sets, {len(model['weights'])} features -> {target}")
    return 0
