"""Loading: every file format, front matter, the seeds' manifest, and bad input as warnings."""

import json
from datetime import date
from pathlib import Path

import pytest

from detente.loading import MAX_BYTES, load_bytes, load_paths, parse_date

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
SEED = "000_8d3f540e1d07ad72.txt"

BODY = "China and the United States agreed to resume military talks. Officials met in Beijing."
FRONT = (
    "---\ntitle: Talks resume\ndate: 2024-01-09\nsource: Sample Wire\n"
    "author: Desk\nurl: https://example.com/a\nsample: true\n---\n" + BODY + "\n"
)


def load_one(data, name):
    result = load_bytes(data.encode("utf-8") if isinstance(data, str) else data, name)
    return result.articles, result.warnings


@pytest.mark.parametrize(
    "name, data, titles",
    [
        ("plain.txt", BODY, ["China and the United States agreed to resume military talks."]),
        ("front.txt", FRONT, ["Talks resume"]),
        ("front.md", FRONT, ["Talks resume"]),
        ("rows.csv", 'title,date,text\nA,2024-01-09,"First body."\nB,,Second body.\n', ["A", "B"]),
        ("list.json", json.dumps([{"title": "A", "text": "First body."}, {"title": "B", "text": "Second."}]), ["A", "B"]),
        ("wrapped.json", json.dumps({"articles": [{"title": "A", "text": "First body."}]}), ["A"]),
        ("single.json", json.dumps({"title": "A", "text": "First body."}), ["A"]),
        ("lines.jsonl", '{"title": "A", "text": "First."}\n\n{"title": "B", "text": "Second."}\n', ["A", "B"]),
    ],
)
def test_every_format_loads(name, data, titles):
    articles, warnings = load_one(data, name)
    assert [a.title for a in articles] == titles
    assert warnings == []


def test_front_matter_fields():
    (article,), warnings = load_one(FRONT, "front.md")
    assert warnings == []
    assert article.title == "Talks resume"
    assert article.date == date(2024, 1, 9)
    assert article.source == "Sample Wire"
    assert article.author == "Desk"
    assert article.url == "https://example.com/a"
    assert article.sample is True
    assert article.text.strip() == BODY


@pytest.mark.parametrize("value, expected", [("true", True), ("yes", True), ("false", False), ("", False)])
def test_sample_flag(value, expected):
    (article,), _ = load_one(f"---\ntitle: T\nsample: {value}\n---\nBody text.\n", "a.md")
    assert article.sample is expected


def test_rows_get_their_own_paths():
    articles, _ = load_one('{"text": "First."}\n{"text": "Second."}\n', "lines.jsonl")
    assert [a.path for a in articles] == ["lines.jsonl#1", "lines.jsonl#2"]


def test_no_front_matter_title_from_first_sentence_source_from_trailing_line():
    text = "President Biden spoke to Xi on Monday. They talked about fentanyl.\nSource: Reuters\n"
    (article,), warnings = load_one(text, "plain.txt")
    assert article.title == "President Biden spoke to Xi on Monday."
    assert article.date is None
    assert article.source == "Reuters"
    assert warnings == []


def test_manifest_applied_by_file_name():
    result = load_paths([SEEDS])
    seed = next(a for a in result.articles if Path(a.path).name == SEED)
    assert seed.date == date(2023, 11, 15)
    assert seed.source == "CNN Brasil"
    assert seed.title == "Biden and Xi agree on fentanyl and military communication"
    assert seed.sample is False


def test_manifest_applies_to_a_single_file_too():
    (seed,) = load_paths([SEEDS / SEED]).articles
    assert seed.date == date(2023, 11, 15)
    assert seed.source == "CNN Brasil"


def test_seed_folder_loads_every_article_and_not_readme_or_manifest():
    result = load_paths([SEEDS])
    names = {Path(a.path).name for a in result.articles}
    assert len(result.articles) == 24
    assert "README.md" not in names and "manifest.csv" not in names
    assert result.warnings == []


def test_readme_and_manifest_in_a_folder_are_not_articles(tmp_path):
    (tmp_path / "README.md").write_text("# About this folder\n\nNotes for people.\n")
    (tmp_path / "manifest.csv").write_text("file,source\na.txt,Sample Wire\n")
    (tmp_path / "a.txt").write_text(BODY)
    result = load_paths([tmp_path])
    assert [Path(a.path).name for a in result.articles] == ["a.txt"]
    assert result.articles[0].source == "Sample Wire"


@pytest.mark.parametrize(
    "name, data, problem",
    [
        ("empty.txt", b"  \n\n", "empty"),
        ("binary.txt", b"GIF89a\x00\x01\x02body", "binary"),
        ("undecodable.txt", b"\x81\x8d\x8f\x90\x9d", "not UTF-8 or cp1252"),
        ("open.md", b"---\ntitle: T\ndate: 2024-01-09\nBody text.\n", "no closing '---'"),
        ("bad.json", b'[{"text": "a"', "not valid JSON"),
        ("scalar.json", b'"just a string"', "not valid JSON"),
        ("notext.csv", b"title,body\nA,Some body.\n", "field 'text' is missing"),
        ("notes.pdf", b"%PDF-1.4", "unsupported file type"),
    ],
)
def test_bad_input_warns_and_does_not_raise(name, data, problem):
    result = load_bytes(data, name)
    assert any(w.startswith(name) and problem in w for w in result.warnings), result.warnings


@pytest.mark.parametrize("name, data", [("empty.txt", b""), ("binary.txt", b"\x00\x00"), ("bad.json", b"{")])
def test_unreadable_files_give_no_article(name, data):
    assert load_bytes(data, name).articles == []


def test_cp1252_loads_with_a_warning():
    (article,), warnings = load_one("Caf\u00e9 talks \u2018resume\u2019 in Beijing.".encode("cp1252"), "old.txt")
    assert "Café" in article.text and "’" in article.text
    assert warnings == ["old.txt: not UTF-8, read as cp1252"]


def test_oversized_file_skipped(tmp_path):
    big = tmp_path / "big.txt"
    big.write_bytes(b"word " * (MAX_BYTES // 5 + 10))
    result = load_paths([big])
    assert result.articles == []
    assert any(str(big) in w and "5 MB" in w for w in result.warnings)
    assert any("5 MB" in w for w in load_bytes(big.read_bytes(), "big.txt").warnings)


def test_malformed_front_matter_is_read_as_text():
    (article,), warnings = load_one("---\ntitle: T\nBody text here.\n", "open.md")
    assert "Body text here." in article.text
    assert len(warnings) == 1 and "open.md" in warnings[0]


def test_malformed_front_matter_title_is_not_the_fence():
    (article,), _ = load_one("---\ntitle: T\nBody text here.\n", "open.md")
    assert article.title != "---"


def test_bad_date_loads_undated_with_warning():
    (article,), warnings = load_one("---\ntitle: T\ndate: 2024-13-45\n---\nBody text.\n", "a.md")
    assert article.date is None
    assert len(warnings) == 1
    assert warnings[0].startswith("a.md") and "date" in warnings[0] and "undated" in warnings[0]


@pytest.mark.parametrize(
    "value, expected",
    [("2024-01-09", date(2024, 1, 9)), ("2024-1-9", date(2024, 1, 9)), ("2024-01-09T10:00:00Z", date(2024, 1, 9)),
     ("", None), (None, None), ("undated", None)],
)
def test_parse_date(value, expected):
    assert parse_date(value) == expected


@pytest.mark.parametrize("value", ["2024-13-45", "09/01/2024", "January 9", "1850-01-01"])
def test_parse_date_rejects(value):
    with pytest.raises(ValueError):
        parse_date(value)


def test_jsonl_bad_line_skipped_others_load():
    data = '{"title": "A", "text": "First."}\n{not json\n{"title": "C", "text": "Third."}\n'
    articles, warnings = load_one(data, "lines.jsonl")
    assert [a.title for a in articles] == ["A", "C"]
    assert len(warnings) == 1 and warnings[0].startswith("lines.jsonl row 2") and "not valid JSON" in warnings[0]


def test_csv_row_without_text_skipped():
    articles, warnings = load_one("title,text\nA,\nB,Second body.\n", "rows.csv")
    assert [a.title for a in articles] == ["B"]
    assert warnings == ["rows.csv row 1: field 'text' is missing or empty, skipped"]


def test_json_row_that_is_not_an_object():
    articles, warnings = load_one(json.dumps([{"text": "First."}, "stray"]), "list.json")
    assert len(articles) == 1
    assert warnings == ["list.json row 2: not an object with article fields, skipped"]


def test_non_http_url_dropped_with_warning():
    (article,), warnings = load_one("---\nurl: javascript:alert(1)\n---\nBody text.\n", "a.md")
    assert article.url == ""
    assert any("url" in w for w in warnings)


def test_missing_path_warns():
    result = load_paths(["/no/such/folder"])
    assert result.articles == []
    assert result.warnings == ["/no/such/folder: no such file or folder"]


def test_folder_of_bad_files_names_each_file(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.md").write_bytes(b"\x00\x01")
    result = load_paths([tmp_path])
    assert result.articles == []
    assert any("empty.txt" in w and "empty" in w for w in result.warnings)
    assert any("binary.md" in w and "binary" in w for w in result.warnings)


def test_empty_folder_warns(tmp_path):
    result = load_paths([tmp_path])
    assert result.articles == [] and len(result.warnings) == 1


def test_article_id_is_stable_and_content_based():
    (a,), _ = load_one(FRONT, "one.md")
    (b,), _ = load_one(FRONT, "two.md")
    (c,), _ = load_one(FRONT.replace("Beijing", "Geneva"), "one.md")
    assert a.id == b.id != c.id
    assert len(a.id) == 12


def test_unclosed_front_matter_keeps_known_keys_and_warns():
    (article,), warnings = load_one("---\ntitle: Talks resume\ndate: 2024-01-09\nThe two militaries met.\n", "open.md")
    assert article.title == "Talks resume"
    assert article.date.isoformat() == "2024-01-09"
    assert "---" not in article.text and article.text.startswith("The two militaries met.")
    assert len(warnings) == 1 and warnings[0].startswith("open.md") and "closing '---'" in warnings[0]
