"""The learned second reading of an evidence sentence's effect (``detente.effect_model``)."""

import json
from datetime import date
from pathlib import Path

import pytest

from detente import effect_model
from detente.commitments import Commitment
from detente.effect_model import CLASSES, Reading, dump, features, read_effect, train, training_rows, tuning_folders
from detente.evidence import CommitmentIndex, EvidenceSentence, link_evidence
from detente.status import infer_status
from detente.terms import DATA

DATA_SETS = Path(__file__).parent / "data"


def test_features_are_sentence_words_pairs_and_action_words_without_figures():
    found = features("will return 2,700 plants", "Twelve hundred of the plants came back in 2025, not all of them.")
    assert {"e:twelve", "e:plants", "eb:came_back", "eb:the_plants", "a:return", "a:plants", "e:not", "e:all", "a:will"} <= found
    assert "e:of" not in found and "e:the" not in found and "eb:of_the" not in found  # function words alone say nothing
    assert not any(f.endswith(("2025", "2,700")) for f in found if not f.startswith("eb:"))
    assert "a:2,700" not in found and "e:2025" not in found


def _toy_rows():
    done = ["All of the officers finished the course.", "Every parcel was delivered in full.", "The last team finished its work."]
    step = ["The first officers began the course.", "Some parcels were delivered.", "A first team began its work."]
    back = ["The talks were called off.", "The ministry revoked the licences.", "Beijing cancelled the visit."]
    rows = [{"action": "will train the officers", "text": t, "label": "fulfilled"} for t in done]
    rows += [{"action": "will train the officers", "text": t, "label": "progress"} for t in step]
    rows += [{"action": "will train the officers", "text": t, "label": "setback_ends"} for t in back]
    return rows * 3


def test_training_is_deterministic_and_learns_the_rows():
    rows = _toy_rows()
    model = train(rows, min_count=2, iterations=300)
    assert model == train(rows, min_count=2, iterations=300)
    assert model["classes"] == list(CLASSES) and model["rows"] == len(rows)
    assert model["label_counts"] == {"progress": 9, "fulfilled": 9, "setback": 0, "setback_ends": 9}
    assert json.loads(dump(model)) == model


def test_train_refuses_no_rows():
    with pytest.raises(ValueError, match="no rows"):
        train([])


@pytest.fixture
def toy_model(monkeypatch):
    model = train(_toy_rows(), min_count=2, iterations=300)
    weights = {f: tuple(w) for f, w in model["weights"].items()}
    monkeypatch.setattr(effect_model, "_model", lambda: (weights, tuple(model["bias"])))
    read_effect.cache_clear()
    yield model
    read_effect.cache_clear()


def test_a_reading_names_its_class_probability_and_the_words_behind_it(toy_model):
    reading = read_effect("will train the officers", "All of the officers finished the course.")
    assert isinstance(reading, Reading)
    assert (reading.effect, reading.strong) == ("fulfilled", False)
    assert reading.probability >= effect_model.CONFIDENCE
    assert reading.words and all(w in "all of the officers finished the course" for w in reading.words)
    assert reading.note.startswith("learned model: done, ") and ", from ‘" in reading.note
    ended = read_effect("will train the officers", "The ministry revoked the visit.")
    assert (ended.effect, ended.strong) == ("setback", True) and ended.note.startswith("learned model: ended or reversed, ")


def test_no_reading_below_the_confidence(toy_model):
    assert read_effect("will train the officers", "All of the officers finished the course.", confidence=1.0) is None
    assert read_effect("will train the officers", "Nothing known here.") is None  # no feature: the prior alone is not sure


def _link(text):
    promise = Commitment(
        id="c1", article_id="a", sentence_index=0, text="China will train the customs officers.", actor="China",
        action="will train the officers", topic="counternarcotics", topics=["counternarcotics"], date=date(2025, 1, 1),
    )
    sentence = EvidenceSentence("b", 2, text, date(2025, 6, 1), ["counternarcotics"], "Sample Wire")
    return link_evidence(CommitmentIndex([promise]), sentence)


def test_the_model_reading_replaces_the_rules_only_where_they_differ_and_says_so(monkeypatch):
    text = "China trained the customs officers on fentanyl precursors."
    monkeypatch.setattr("detente.evidence.read_effect", lambda action, text: None)
    ((_, rules),) = _link(text)
    assert rules["reading"] is None
    sure = Reading("setback", True, 0.91, ("revoked",))
    monkeypatch.setattr("detente.evidence.read_effect", lambda action, text: sure)
    ((_, record),) = _link(text)
    assert (record["effect"], record["strong"], record["reading"]) == ("setback", True, sure.note)
    status = infer_status([record])
    assert status.status == "broken" and "learned model: ended or reversed, 0.91, from ‘revoked’" in status.reason
    unsure_flip = Reading("setback", True, 0.8, ("revoked",))
    monkeypatch.setattr("detente.evidence.read_effect", lambda action, text: unsure_flip)
    ((_, kept),) = _link(text)
    assert kept["reading"] is None and kept["effect"] == rules["effect"]  # a step turned setback needs FLIP_CONFIDENCE
    other = "fulfilled" if rules["effect"] == "progress" else "progress"
    refined = Reading(other, False, 0.62, ("all",))
    monkeypatch.setattr("detente.evidence.read_effect", lambda action, text: refined)
    ((_, done),) = _link(text)
    assert (done["effect"], done["reading"]) == (other, refined.note)  # the same direction needs CONFIDENCE only
    agrees = Reading(rules["effect"], rules["strong"], 0.9, ("trained",))
    monkeypatch.setattr("detente.evidence.read_effect", lambda action, text: agrees)
    ((_, same),) = _link(text)
    assert same["reading"] is None and same["effect"] == rules["effect"]


def test_tuning_folders_never_hold_a_blind_set():
    folders = tuning_folders(DATA_SETS)
    assert folders[0].name == "devset" and len(folders) > 20
    assert not any(f.name.startswith("blind") for f in folders)


def test_training_rows_leave_out_the_set_aside_scenarios():
    devset = DATA_SETS / "devset"
    scenarios = json.loads((devset / "scenarios.json").read_text(encoding="utf-8"))["scenarios"]
    held = [s for s in scenarios if s.get("split") == "holdout"]
    assert held
    rows = training_rows([devset])
    held_sentences = {e["sentence"] for s in held for c in s["commitments"] for e in c["evidence"]}
    assert rows and not any(h in r["text"] for r in rows for h in held_sentences)
    assert {r["label"] for r in rows} <= set(CLASSES)


def test_the_shipped_model_is_what_training_on_the_tuning_sets_makes():
    shipped = json.loads((DATA / effect_model.MODEL_FILE).read_text(encoding="utf-8"))
    made = train(training_rows(tuning_folders(DATA_SETS)))
    assert made["rows"] == shipped["rows"] and made["label_counts"] == shipped["label_counts"]
    assert set(made["weights"]) == set(shipped["weights"])
    worst = max(abs(a - b) for f in made["weights"] for a, b in zip(made["weights"][f], shipped["weights"][f]))
    assert worst < 1e-3


def test_replacing_needs_the_threshold_of_the_direction_taken():
    from detente.effect_model import replaces

    done = Reading("fulfilled", False, 0.65, ())
    ended = Reading("setback", True, 0.8, ())
    assert replaces("progress", False, done) and not replaces("progress", False, done, same=0.7)
    assert not replaces("progress", False, ended) and replaces("progress", False, ended, across=0.75)
    assert replaces("setback", False, ended)  # a setback read as ending it stays a setback
    assert not replaces("fulfilled", False, done) and not replaces("progress", False, None)
