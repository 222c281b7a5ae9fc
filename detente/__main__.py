"""Command line: ``python -m detente analyze PATH ... [--json]`` and ``python -m detente evaluate``."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date

from detente.pipeline import Analysis, analyze_paths


def _plain(value):
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if value is None or isinstance(value, (str, bool, int)):
        return value
    if isinstance(value, float):
        return None if value != value else value
    if hasattr(value, "item"):
        return _plain(value.item())
    return value


def _records(frame, columns):
    return [{c: _plain(row[c]) for c in columns} for row in frame.to_dict("records")]


def to_json(analysis: Analysis) -> dict:
    """The public JSON document: articles, sentences and commitments (see README)."""
    articles = _records(
        analysis.articles,
        ["id", "path", "title", "date", "source", "author", "url", "sample", "duplicate_of", "tension", "polarity",
         "sentences", "escalation_sentences", "easing_sentences", "topics"],
    )
    sentences = _records(
        analysis.sentences,
        ["article_id", "index", "text", "boilerplate", "topics", "polarity", "subjectivity", "tension",
         "tension_label", "commitment_id", "commitment_ids", "topic_terms", "cues"],
    )
    commitments = _records(
        analysis.commitments,
        ["id", "article_id", "sentence_index", "text", "actor", "action", "topic", "date", "status", "evidence",
         "status_reason", "deadline", "deadline_text", "attribution", "overdue", "reports"],
    )
    for commitment in commitments:
        for item in commitment["evidence"]:
            item.pop("source", None)
    return {"articles": articles, "sentences": sentences, "commitments": commitments, "warnings": analysis.warnings}


def summary(analysis: Analysis) -> str:
    arts = analysis.articles
    lines = [
        f"{len(arts)} articles ({int(arts['duplicate_of'].notna().sum())} duplicates set aside), "
        f"{int(arts['sample'].sum())} samples, {arts['source'].nunique()} sources",
    ]
    dates = arts["date"].dropna()
    if len(dates):
        lines.append(f"dates {min(dates)} to {max(dates)}; {int(arts['date'].isna().sum())} undated")
    sents = analysis.sentences
    lines.append(f"{len(sents)} sentences, {int(sents['boilerplate'].sum())} boilerplate")
    labels = sents["tension_label"].value_counts()
    lines.append("tension: " + ", ".join(f"{k} {int(labels.get(k, 0))}" for k in ("escalation", "easing", "neutral")))
    lines.append(f"{len(analysis.commitments)} commitments:")
    for row in analysis.commitments.itertuples():
        lines.append(f"  [{row.status}] {row.actor} / {row.topic}: {row.action} ({row.date}, {len(row.evidence)} evidence)")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m detente", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("analyze", help="analyse article files and folders")
    run.add_argument("paths", nargs="+", help="files (.txt .md .csv .json .jsonl) or folders")
    run.add_argument("--json", action="store_true", help="print one JSON document on stdout")
    check = commands.add_parser("evaluate", help="score the analysis on the labelled development set")
    check.add_argument("--data", default=None, help="development set folder (default tests/data/devset)")
    check.add_argument(
        "--agreement", action="store_true",
        help="instead, compare the folder's second_annotator.json with its gold (the ceiling a careful reader sets)",
    )
    learn = commands.add_parser("train-effects", help="make data/effect_model.json again from the tuning sets")
    learn.add_argument("--data", default="tests/data", help="folder of labelled sets (default tests/data)")
    learn.add_argument("--out", default=None, help="where to write the model (default detente/data/effect_model.json)")
    args = parser.parse_args(argv)

    if args.command == "train-effects":
        from pathlib import Path

        from detente.effect_model import main as train_main

        return train_main(Path(args.data), Path(args.out) if args.out else None)
    if args.command == "evaluate":
        from detente.evaluate import main as evaluate_main

        return evaluate_main(args.data, agreement=args.agreement)

    analysis = analyze_paths(args.paths)
    for warning in analysis.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    if analysis.articles.empty:
        print("error: no article could be loaded", file=sys.stderr)
        return 1
    if args.json:
        json.dump(to_json(analysis), sys.stdout, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        print(summary(analysis))
    return 0


if __name__ == "__main__":
    sys.exit(main())
