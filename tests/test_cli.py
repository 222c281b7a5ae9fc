"""The command line: ``analyze --json`` keeps its documented contract, errors exit 1, ``evaluate`` prints both splits."""

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from detente.__main__ import main
from detente.topics import TOPIC_IDS

ROOT = Path(__file__).resolve().parent.parent
SEED = "000_8d3f540e1d07ad72.txt"
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

ARTICLE_KEYS = {"id", "path", "title", "date", "source", "author", "url", "sample", "duplicate_of", "tension", "polarity"}
SENTENCE_KEYS = {
    "article_id", "index", "text", "boilerplate", "topics", "polarity", "subjectivity", "tension", "tension_label",
    "commitment_id",
}
COMMITMENT_KEYS = {"id", "article_id", "sentence_index", "text", "actor", "action", "topic", "date", "status", "evidence"}
EVIDENCE_KEYS = {"article_id", "sentence_index", "text", "date", "effect"}


def run(*args):
    return subprocess.run(
        [sys.executable, "-m", "detente", *args], cwd=ROOT, capture_output=True, text=True, timeout=120
    )


@pytest.fixture(scope="module")
def seeds_json():
    done = run("analyze", "seeds", "--json")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def is_date(value):
    return value is None or bool(DATE.match(value))


def test_json_has_the_seed_corpus(seeds_json):
    assert {"articles", "sentences", "commitments"} <= set(seeds_json)
    assert len(seeds_json["articles"]) >= 16


def test_json_keys(seeds_json):
    assert all(ARTICLE_KEYS <= set(a) for a in seeds_json["articles"])
    assert all(SENTENCE_KEYS <= set(s) for s in seeds_json["sentences"])
    assert all(COMMITMENT_KEYS <= set(c) for c in seeds_json["commitments"])
    evidence = [e for c in seeds_json["commitments"] for e in c["evidence"]]
    assert evidence and all(EVIDENCE_KEYS <= set(e) for e in evidence)


def test_json_value_domains(seeds_json):
    articles, sentences, commitments = seeds_json["articles"], seeds_json["sentences"], seeds_json["commitments"]
    ids = {a["id"] for a in articles}
    assert all(is_date(a["date"]) and isinstance(a["sample"], bool) and -1 <= a["tension"] <= 1 for a in articles)
    assert all(a["duplicate_of"] is None or a["duplicate_of"] in ids for a in articles)
    assert {s["tension_label"] for s in sentences} <= {"escalation", "easing", "neutral", None}
    assert all(set(s["topics"]) <= set(TOPIC_IDS) for s in sentences)
    assert all(s["tension"] is None or -1 <= s["tension"] <= 1 for s in sentences)
    assert {c["actor"] for c in commitments} <= {"US", "China", "both"}
    assert {c["status"] for c in commitments} <= {"unverified", "in_progress", "stalled", "partial", "fulfilled", "broken"}
    assert {c["topic"] for c in commitments} <= set(TOPIC_IDS)
    assert all(is_date(c["date"]) for c in commitments)
    evidence = [e for c in commitments for e in c["evidence"]]
    assert {e["effect"] for e in evidence} <= {"progress", "fulfilled", "setback"}
    assert all(DATE.match(e["date"]) for e in evidence)
    commitment_ids = {c["id"] for c in commitments}
    assert all(s["commitment_id"] is None or s["commitment_id"] in commitment_ids for s in sentences)


def test_json_seed_article(seeds_json):
    seed = next(a for a in seeds_json["articles"] if Path(a["path"]).name == SEED)
    assert (seed["date"], seed["source"], seed["sample"]) == ("2023-11-15", "CNN Brasil", False)
    sentences = [s for s in seeds_json["sentences"] if s["article_id"] == seed["id"]]
    flags = [s["boilerplate"] for s in sentences]
    assert flags == [False] * (len(flags) - 4) + [True] * 4  # "Source:" line, then a three-sentence bio
    assert all(s["tension"] is None and s["tension_label"] is None for s in sentences if s["boilerplate"])
    assert all(s["tension_label"] is not None for s in sentences if not s["boilerplate"])
    mine = [c for c in seeds_json["commitments"] if c["article_id"] == seed["id"]]
    assert len(mine) >= 3
    assert {c["actor"] for c in mine} == {"both", "China"}


def test_json_duplicate_set_aside(seeds_json):
    duplicates = [a for a in seeds_json["articles"] if a["duplicate_of"]]
    assert [Path(a["path"]).name for a in duplicates] == ["006_counternarcotics_working_group_syndicated.md"]
    copy = duplicates[0]["id"]
    assert all(c["article_id"] != copy for c in seeds_json["commitments"])
    assert all(e["article_id"] != copy for c in seeds_json["commitments"] for e in c["evidence"])


def test_empty_folder_exits_1_with_reason(tmp_path):
    done = run("analyze", str(tmp_path))
    assert done.returncode == 1
    assert str(tmp_path) in done.stderr and "no article could be loaded" in done.stderr
    assert done.stdout == ""


def test_bad_files_only_exit_1_naming_each(tmp_path, capsys):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.md").write_bytes(b"\x00\x01\x02")
    (tmp_path / "broken.json").write_text("{")
    assert main(["analyze", str(tmp_path), "--json"]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    for name in ("empty.txt", "binary.md", "broken.json"):
        assert name in err
    assert "no article could be loaded" in err


def test_missing_path_exits_1(capsys):
    assert main(["analyze", "/no/such/folder"]) == 1
    assert "/no/such/folder" in capsys.readouterr().err


def test_human_summary(capsys):
    assert main(["analyze", str(ROOT / "seeds" / SEED)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("1 articles")
    assert "2023-11-15" in out and "commitments:" in out and "tension:" in out
    assert "[unverified] both / counternarcotics" in out
    with pytest.raises(json.JSONDecodeError):
        json.loads(out)


def test_warnings_go_to_stderr_and_good_files_still_load(tmp_path, capsys):
    (tmp_path / "good.txt").write_text("China agreed to buy American soybeans.")
    (tmp_path / "empty.txt").write_bytes(b"")
    assert main(["analyze", str(tmp_path), "--json"]) == 0
    out, err = capsys.readouterr()
    document = json.loads(out)
    assert len(document["articles"]) == 1
    assert "empty.txt" in err and "empty.txt" in " ".join(document["warnings"])


def test_evaluate_prints_tune_and_holdout():
    done = run("evaluate")
    assert done.returncode == 0, done.stderr
    header, *rows = done.stdout.splitlines()
    assert "tune F1" in header and "hold F1" in header
    for task in ("tension direction", "topics", "commitment detection", "evidence links", "commitment status"):
        assert any(row.startswith(task) for row in rows), task
    assert any("TextBlob" in row for row in rows) and any("VADER" in row for row in rows)


def test_evaluate_agreement_compares_a_second_annotator(capsys):
    assert main(["evaluate", "--agreement", "--data", "tests/data/tune25"]) == 0
    lines = dict(line.rsplit(None, 1) for line in capsys.readouterr().out.splitlines())
    assert lines["commitments"] == "47" and float(lines["status agreement"]) > 0.9
    assert main(["evaluate", "--agreement", "--data", "tests/data/tune24"]) == 1  # no second annotator there
    assert "second_annotator.json" in capsys.readouterr().out


def cli_commands(capsys):
    with pytest.raises(SystemExit):
        main(["--help"])
    usage = capsys.readouterr().out
    return re.search(r"\{([\w,-]+)\}", usage).group(1).split(",")


def test_cli_commands_found(capsys):
    assert set(cli_commands(capsys)) >= {"analyze", "evaluate"}


def test_every_command_in_readme(capsys):
    readme = ROOT / "README.md"
    if not readme.exists():
        pytest.skip("README.md not written yet")
    text = readme.read_text(encoding="utf-8")
    for command in cli_commands(capsys):
        assert f"detente {command}" in text, f"README.md does not mention `python -m detente {command}`"
