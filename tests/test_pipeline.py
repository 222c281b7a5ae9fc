"""The pipeline end to end: the seed corpus (analysed once, in conftest) and tiny hand-made corpora."""

from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from detente.loading import Article, article_id
from detente.pipeline import _one_per_article, analyze
from detente.status import STATUSES
from detente.topics import TOPIC_IDS

SEED = "000_8d3f540e1d07ad72.txt"


def by_file(analysis, name):
    return analysis.articles[analysis.articles["path"].map(lambda p: Path(p).name) == name].iloc[0]


def test_seed_corpus_loads(seed_analysis):
    assert len(seed_analysis.articles) >= 16
    assert seed_analysis.warnings == []
    assert seed_analysis.as_of == max(seed_analysis.articles["date"])


def test_seed_article(seed_analysis):
    seed = by_file(seed_analysis, SEED)
    assert seed["date"] == date(2023, 11, 15)
    assert seed["source"] == "CNN Brasil"
    assert seed["tension"] < 0
    sentences = seed_analysis.sentences[seed_analysis.sentences["article_id"] == seed["id"]]
    last = sentences["paragraph"].max()
    assert list(sentences["boilerplate"]) == list(sentences["paragraph"] >= last - 1)
    assert sentences.loc[sentences["boilerplate"], "tension"].isna().all()
    assert sentences.loc[~sentences["boilerplate"], "tension"].notna().all()
    assert seed["scored_sentences"] == (~sentences["boilerplate"]).sum()


@pytest.mark.parametrize(
    "actor, topic, words",
    [
        ("both", "counternarcotics", "fentanyl"),
        ("both", "military", "restore military communication"),
        ("China", "counternarcotics", "chemical precursors"),
        ("China", "military", "military miscalculations"),
    ],
)
def test_seed_commitments(seed_analysis, actor, topic, words):
    seed = by_file(seed_analysis, SEED)
    mine = seed_analysis.commitments[seed_analysis.commitments["article_id"] == seed["id"]]
    assert len(mine) >= 3
    assert ((mine["actor"] == actor) & (mine["topic"] == topic) & mine["action"].str.contains(words)).any()
    assert (mine["date"] == date(2023, 11, 15)).all()


def test_syndicated_copy_is_a_duplicate_and_set_aside(seed_analysis):
    original = by_file(seed_analysis, "005_counternarcotics_working_group.md")
    copy = by_file(seed_analysis, "006_counternarcotics_working_group_syndicated.md")
    assert copy["duplicate_of"] == original["id"]
    assert pd.isna(original["duplicate_of"])
    assert seed_analysis.articles["duplicate_of"].notna().sum() == 1
    commitments = seed_analysis.commitments
    assert copy["id"] not in set(commitments["article_id"])
    assert copy["id"] not in set(seed_analysis.evidence["article_id"])
    assert all(r["article_id"] != copy["id"] for reports in commitments["reports"] for r in reports)


def test_seed_value_domains(seed_analysis):
    commitments = seed_analysis.commitments
    assert set(commitments["actor"]) <= {"US", "China", "both"}
    assert set(commitments["status"]) <= set(STATUSES)
    assert set(commitments["topic"]) <= set(TOPIC_IDS)
    assert set(seed_analysis.evidence["effect"]) <= {"progress", "fulfilled", "setback"}
    assert set(seed_analysis.sentences["tension_label"].dropna()) <= {"escalation", "easing", "neutral"}
    assert all(set(t) <= set(TOPIC_IDS) for t in seed_analysis.sentences["topics"])
    assert commitments["id"].is_unique


def test_seed_evidence_is_later_than_its_commitment(seed_analysis):
    for row in seed_analysis.commitments.itertuples():
        assert all(e["date"] > row.date for e in row.evidence)


def test_sentence_commitment_ids_point_at_commitments(seed_analysis):
    ids = set(seed_analysis.commitments["id"])
    linked = seed_analysis.sentences["commitment_id"].dropna()
    assert len(linked) >= 3 and set(linked) <= ids


def article(text, when, source="Sample Wire"):
    return Article(
        id=article_id(text), path=f"{text[:12]}.md", title=text[:30], date=when, source=source,
        author="", url="", sample=True, text=text,
    )


PLEDGE = "China agreed to curb fentanyl precursors, a senior US official said."
SEIZURE = "Chinese police seized fentanyl precursor shipments in Guangdong.\nSource: Sample Wire"


def test_later_report_is_evidence_and_sets_status():
    result = analyze([article(PLEDGE, date(2024, 1, 10)), article(SEIZURE, date(2024, 3, 1))])
    (row,) = result.commitments.to_dict("records")
    assert (row["actor"], row["topic"], row["status"]) == ("China", "counternarcotics", "in_progress")
    assert [e["effect"] for e in row["evidence"]] == ["progress"]
    assert len(result.evidence) == 1


def test_the_dateline_gives_a_side_to_a_body_named_nowhere_before():
    pledge = "The Security Bureau will publish guidance within a month on what counts as a state secret, a senior official said."
    filed = analyze([article("HONG KONG — " + pledge, date(2024, 3, 1))])
    assert filed.commitments[["actor", "topic"]].values.tolist()[0][0] == "China"
    assert analyze([article(pledge, date(2024, 3, 1))]).commitments.empty  # no dateline, no side


def test_earlier_report_is_not_evidence():
    result = analyze([article(PLEDGE, date(2024, 3, 1)), article(SEIZURE, date(2024, 1, 10))])
    (row,) = result.commitments.to_dict("records")
    assert row["status"] == "unverified" and row["evidence"] == []


def test_same_commitment_in_another_article_joins_its_reports():
    again = article("Beijing pledged to curb fentanyl precursors, officials said.", date(2024, 1, 12), "Other Wire")
    result = analyze([article(PLEDGE, date(2024, 1, 10)), again])
    (row,) = result.commitments.to_dict("records")
    assert [r["source"] for r in row["reports"]] == ["Sample Wire", "Other Wire"]


def test_military_news_is_not_evidence_for_the_fentanyl_pledge():
    pledge = "Biden and Xi agreed to take steps to reduce fentanyl production and restore military communication."
    result = analyze([article(pledge, date(2024, 1, 10)), article("China's military began large-scale drills.", date(2024, 3, 1))])
    fentanyl = result.commitments[result.commitments["topic"] == "counternarcotics"].iloc[0]
    assert fentanyl["evidence"] == []


def test_exact_copies_get_distinct_ids():
    result = analyze([article(SEIZURE, date(2024, 3, 1)), article(SEIZURE, date(2024, 3, 1))])
    first, second = result.articles.to_dict("records")
    assert first["id"] != second["id"]
    assert second["duplicate_of"] == first["id"]


def test_undated_article_commitment_has_no_date():
    result = analyze([article("China agreed to buy American soybeans.", None)])
    (row,) = result.commitments.to_dict("records")
    assert row["date"] is None and row["status"] == "unverified"
    assert result.as_of is None


def test_nothing_in_nothing_out():
    result = analyze([])
    assert result.articles.empty and result.commitments.empty and result.as_of is None


def test_analysis_is_repeatable():
    first = analyze([article(PLEDGE, date(2024, 1, 10)), article(SEIZURE, date(2024, 3, 1))])
    second = analyze([article(PLEDGE, date(2024, 1, 10)), article(SEIZURE, date(2024, 3, 1))])
    assert list(first.commitments["id"]) == list(second.commitments["id"])
    assert first.sentences["tension"].equals(second.sentences["tension"])


def test_one_piece_of_evidence_per_article_the_best_fitting():
    later = (
        "Chinese police seized fentanyl precursor shipments in Guangdong. "
        "Beijing also launched a campaign against fentanyl."
    )
    result = analyze([article(PLEDGE, date(2024, 1, 10)), article(later, date(2024, 3, 1))])
    (row,) = result.commitments.to_dict("records")
    assert [e["cue"] for e in row["evidence"]] == ["seized"]  # equally fitting: the earlier sentence
    assert len(result.evidence) == 1
    sharper = (
        "Beijing also launched a campaign against fentanyl. "
        "Chinese police seized fentanyl shipments bound for Mexico, curbing the trade in fentanyl precursors."
    )
    result = analyze([article("China agreed to curb fentanyl trade with Mexico.", date(2024, 1, 10)), article(sharper, date(2024, 3, 1))])
    (row,) = result.commitments.to_dict("records")
    assert [e["cue"] for e in row["evidence"]] == ["seized"]  # shares more with the pledge than the earlier sentence


def test_two_pledges_about_one_person_in_one_article_stay_two():
    from detente.loading import Article
    from detente.pipeline import analyze

    text = (
        "China will allow American consular officers to visit Travis Reed, a detained veteran, once a month, officials said.\n\n"
        "The Chinese side also agreed to move Mr. Reed to the prison hospital ward in Shenyang while his appeal is heard.\n"
    )
    article = Article(id="a1", path="a1.md", title="Sample", date=__import__("datetime").date(2025, 1, 6), source="Wire (sample)", author="", url="", sample=True, text=text)
    actions = [c for c in analyze([article]).commitments["action"]]
    assert any("visit" in a for a in actions) and any("move" in a for a in actions)


def test_a_definite_subject_is_resolved_within_its_article_only():
    # "The ministry" is China's in the first article and Taiwan's in the second: the copy of the
    # sentence must not take its side from the other article.
    first = article("China's commerce ministry banned exports of two chemicals. The ministry also pledged to inspect all 31 sellers by June.", date(2025, 3, 1))
    second = article("Taiwan's defense ministry tracked the ships. The ministry also pledged to inspect all 31 sellers by June.", date(2025, 3, 2), source="Other Wire (sample)")
    result = analyze([first, second])
    found = result.commitments
    assert list(found["actor"]) == ["China"]
    assert list(found["article_id"]) == [first.id]


def test_one_piece_of_evidence_per_article_prefers_the_lede_once_three_concepts_are_shared():
    def item(index, shared, generic=False):
        return {"article_id": "b", "sentence_index": index, "shared": shared, "generic": generic}

    # beyond three shared concepts, the earlier sentence (the report's lede) is the news
    assert _one_per_article([item(1, 3), item(4, 6)]) == [item(1, 3)]
    # below that, more shared concepts still win
    assert _one_per_article([item(1, 2), item(4, 3)]) == [item(4, 3)]
    # and a sentence with an evidence cue beats one that only reports some act ...
    assert _one_per_article([item(1, 4, generic=True), item(4, 2)]) == [item(4, 2)]
    # ... unless that act tells the same story (five shared concepts): then it is read as one with a cue
    assert _one_per_article([item(1, 5, generic=True), item(4, 2)]) == [item(1, 5, generic=True)]
