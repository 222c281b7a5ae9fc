"""The analysis, top to bottom: articles in, tables out. The CLI and the app both call ``analyze``."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pandas as pd

from detente import commitments as cm
from detente.duplicates import find_duplicates
from detente.evidence import SAME_STORY_SHARED, CommitmentIndex, EvidenceSentence, concept_set, link_evidence, promised_verb
from detente.loading import Article, load_paths
from detente.sentences import article_sentences
from detente.status import infer_status, is_overdue
from detente.tension import article_score, polarity, score_sentence
from detente.topics import emerging_terms, linking_topics, match_topics_with_spans

DEDUPE_DAYS = 14
DEDUPE_OVERLAP = 0.5


@dataclass
class Analysis:
    """Every table the app and the CLI show. Dates are ``datetime.date`` or None."""

    articles: pd.DataFrame
    sentences: pd.DataFrame
    commitments: pd.DataFrame
    evidence: pd.DataFrame
    emerging: pd.DataFrame
    warnings: list[str] = field(default_factory=list)

    @property
    def as_of(self) -> date | None:
        dates = self.articles["date"].dropna()
        return max(dates) if len(dates) else None


def _unique_ids(articles: list[Article]) -> dict[str, str]:
    """Give exact copies distinct ids; return copy id -> original id."""
    seen: dict[str, str] = {}
    copies = {}
    for article in articles:
        base = article.id
        if base in seen:
            article.id = f"{base}-{sum(1 for a in seen if a.startswith(base))}"
            copies[article.id] = base
        seen[article.id] = article.id
    return copies


def _normal_text(text: str) -> str:
    """A sentence compared for sameness: lower case, straight quotes, single spaces."""
    return " ".join(text.lower().replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"').split())


def _same_commitment(a: cm.Commitment, b: cm.Commitment) -> bool:
    if a.actor != b.actor or a.topic != b.topic:
        return False
    if a.date and b.date and abs((a.date - b.date).days) > DEDUPE_DAYS:
        return False
    wa, wb = concept_set(a.action), concept_set(b.action)
    if not (wa and wb) or len(wa & wb) / min(len(wa), len(wb)) < DEDUPE_OVERLAP:
        return False
    # "allow consular visits to Mr. Mercer" and "move Mr. Mercer to a prison hospital" share their
    # object but promise different acts: a restatement promises the same act.
    va, vb = promised_verb(a.action), promised_verb(b.action)
    return va is None or vb is None or va == vb or bool(concept_set(va) & concept_set(vb))


def _find_commitments(
    ordered: list[Article], sentences: dict[str, list], topic_terms: dict, detections: dict
) -> list[cm.Commitment]:
    """Commitments in date order; a later report of the same one joins its reports."""
    found: list[cm.Commitment] = []
    by_key: dict[tuple[str, str], list[cm.Commitment]] = {}
    for article in ordered:
        for sentence in sentences[article.id]:
            detection = detections.get((article.id, sentence.index))
            if detection is None:
                continue
            terms = topic_terms[(article.id, sentence.index)]
            when = cm.event_date(sentence.text, article.date)
            due, due_text = cm.deadline(sentence.text, article.date)
            report = {
                "article_id": article.id,
                "sentence_index": sentence.index,
                "date": when,
                "source": article.source,
                "text": sentence.text,
            }
            for topic, action in cm.split_by_topic(detection.action, detection.verb, terms):
                candidate = cm.Commitment(
                    id=cm.commitment_id(detection.actor, topic, action),
                    article_id=article.id,
                    sentence_index=sentence.index,
                    text=sentence.text,
                    actor=detection.actor,
                    action=action,
                    topic=topic,
                    topics=sorted(terms) or ["diplomacy"],
                    date=when,
                    published=article.date,
                    deadline=due,
                    deadline_text=due_text,
                    attribution=cm.attribution(sentence.text),
                    reports=[report],
                )
                same = by_key.setdefault((candidate.actor, candidate.topic), [])
                match = next((c for c in reversed(same[-20:]) if _same_commitment(c, candidate)), None)
                if match is not None:
                    if all(r["article_id"] != article.id for r in match.reports):
                        match.reports.append(report)
                    continue
                same.append(candidate)
                found.append(candidate)
    ids: dict[str, int] = {}
    for commitment in found:
        if commitment.id in ids:
            ids[commitment.id] += 1
            commitment.id = f"{commitment.id}-{ids[commitment.id]}"
        else:
            ids[commitment.id] = 1
    return found


def _rank(item: dict) -> tuple:
    # Beyond three shared concepts a later sentence is no likelier to be the news: the earlier wins.
    # An act reported without a cue counts as one with a cue when it tells the same story
    # (``evidence.SAME_STORY_SHARED`` shared concepts): "Police chained the doors of all four workshops".
    return (not item.get("generic") or item["shared"] >= SAME_STORY_SHARED, min(item["shared"], 3), -item["sentence_index"])


def _one_per_article(items: list[dict]) -> list[dict]:
    """One piece of evidence per commitment per article: the sentence sharing most concepts with
    the commitment (up to three: more says no more), the earlier on a tie (a report's lede carries
    its news; a later sentence of the same report that also fits is mostly background or an aside)."""
    best: dict[str, dict] = {}
    for item in items:
        held = best.get(item["article_id"])
        # A sentence with an evidence cue beats one that only reports some act (``evidence.GENERIC_SHARED``).
        if held is None or _rank(item) > _rank(held):
            best[item["article_id"]] = item
    return list(best.values()) if len(best) < len(items) else items


def analyze(articles: list[Article], warnings: list[str] | None = None) -> Analysis:
    """Analyse articles: sentences, topics, tension, commitments, evidence and status."""
    exact = _unique_ids(articles)
    sentences = {a.id: article_sentences(a.text, a.author) for a in articles}
    duplicates = find_duplicates(
        [(a.id, a.date, "\n".join(s.text for s in sentences[a.id] if not s.boilerplate)) for a in articles]
    )
    duplicates.update(exact)
    for article in articles:
        article.duplicate_of = duplicates.get(article.id)

    # Sentence table built column by column (no dict per row).
    columns: dict[str, list] = {name: [] for name in SENTENCE_COLUMNS}
    col_article, col_index, col_paragraph = columns["article_id"], columns["index"], columns["paragraph"]
    col_text, col_boilerplate, col_topics, col_terms = columns["text"], columns["boilerplate"], columns["topics"], columns["topic_terms"]
    col_polarity, col_subjectivity, col_tension = columns["polarity"], columns["subjectivity"], columns["tension"]
    col_label, col_cues = columns["tension_label"], columns["cues"]
    topic_terms: dict[tuple[str, int], dict] = {}
    article_rows: list[dict] = []
    detections: dict[tuple[str, int], cm.Detection] = {}
    # Per distinct sentence text: what does not depend on its neighbours (syndicated copies and
    # stock phrases repeat sentences). Rows of the same text share these (read-only) values.
    seen: dict[str, tuple] = {}
    term_spans: dict[str, tuple[int, ...]] = {}  # text -> where its taxonomy terms stand, for emerging terms
    scored: dict[tuple[str, bool], tuple] = {}
    # (text, previous actor) -> the detection and the definite subjects it resolved, with their sides
    detected: dict[tuple[str, str | None], tuple[cm.Detection | None, tuple[tuple[str, str | None], ...]]] = {}
    for article in articles:
        scores, polarities, escalation, easing, topics_seen = [], [], 0, 0, set()
        previous_actor = None
        previous_texts: list[str] = []
        first = next((s.text for s in sentences[article.id] if not s.boilerplate), "")
        dateline = cm.dateline_side(first)
        for sentence in sentences[article.id]:
            col_article.append(article.id)
            col_index.append(sentence.index)
            col_paragraph.append(sentence.paragraph)
            col_text.append(sentence.text)
            col_boilerplate.append(sentence.boilerplate)
            if sentence.boilerplate:
                col_topics.append([])
                col_terms.append({})
                col_polarity.append(None)
                col_subjectivity.append(None)
                col_tension.append(None)
                col_label.append(None)
                col_cues.append([])
            else:
                text = sentence.text
                known = seen.get(text)
                if known is None:
                    terms, term_spans[text] = match_topics_with_spans(text)
                    pol, subj = polarity(text)
                    actors = cm.find_actors(text)
                    known = seen[text] = (terms, sorted(terms), pol, subj, actors[-1][1] if actors else None)
                terms, topic_list, pol, subj, last_actor = known
                key = (text, previous_actor, dateline)
                known_detection = detected.get(key)
                if known_detection is not None and all(cm.referent_in(previous_texts, head, dateline) == side for head, side in known_detection[1]):
                    detection = known_detection[0]
                else:
                    # A definite subject ("The ministry also pledged") takes its side from the article's
                    # earlier sentences: a copy elsewhere reuses the result only where they name the same side.
                    consulted: list[tuple[str, str | None]] = []

                    def referent(head: str, _previous: list[str] = previous_texts, _consulted: list = consulted) -> str | None:
                        side = cm.referent_in(_previous, head, dateline)
                        _consulted.append((head, side))
                        return side

                    detection = cm.detect(text, previous_actor, referent)
                    detected[key] = (detection, tuple(consulted))
                previous_texts.append(text)
                if last_actor is not None:
                    previous_actor = last_actor
                if detection:
                    detections[(article.id, sentence.index)] = detection
                score_key = (text, detection is not None)
                result = scored.get(score_key)
                if result is None:
                    tension = score_sentence(text, pol, commitment=detection)
                    cues = [{"cue": c.text, "term": c.term, "weight": c.weight, "modifier": c.modifier} for c in tension.cues]
                    result = scored[score_key] = (tension, cues)
                tension, cues = result
                col_topics.append(topic_list)
                col_terms.append(terms)
                col_polarity.append(round(pol, 4))
                col_subjectivity.append(round(subj, 4))
                col_tension.append(tension.score)
                col_label.append(tension.label)
                col_cues.append(cues)
                topic_terms[(article.id, sentence.index)] = terms
                scores.append(tension.score)
                polarities.append(pol)
                escalation += tension.label == "escalation"
                easing += tension.label == "easing"
                topics_seen.update(terms)
        article_rows.append(
            {
                "id": article.id,
                "path": article.path,
                "title": article.title,
                "date": article.date,
                "source": article.source,
                "author": article.author,
                "url": article.url,
                "sample": article.sample,
                "duplicate_of": article.duplicate_of,
                "tension": article_score(scores),
                "polarity": round(sum(polarities) / len(polarities), 4) if polarities else 0.0,
                "sentences": len(sentences[article.id]),
                "scored_sentences": len(scores),
                "escalation_sentences": escalation,
                "easing_sentences": easing,
                "topics": sorted(topics_seen),
                "text": article.text,
            }
        )

    del seen, scored, detected
    originals = [a for a in articles if a.duplicate_of is None]
    ordered = sorted(originals, key=lambda a: (a.date or date.max, a.path))
    commitments = _find_commitments(ordered, sentences, topic_terms, detections)

    index = CommitmentIndex(commitments)
    evidence_of: dict[str, list[dict]] = {c.id: [] for c in commitments}
    reported = {(r["article_id"], r["sentence_index"], c.id) for c in commitments for r in c.reports}
    linked: set[tuple[str, str]] = set()
    for article in ordered:
        if article.date is None:
            continue
        for sentence in sentences[article.id]:
            if sentence.boilerplate:
                continue
            terms = topic_terms.get((article.id, sentence.index), {})
            candidate = EvidenceSentence(article.id, sentence.index, sentence.text, article.date, linking_topics(sentence.text, sorted(terms)), article.source)
            normal = None
            for commitment, record in link_evidence(index, candidate):
                if (article.id, sentence.index, commitment.id) in reported:
                    continue
                # The same evidence sentence (syndicated, repeated) counts once per commitment: the earliest.
                if normal is None:
                    normal = _normal_text(sentence.text)
                key = (commitment.id, normal)
                if key in linked:
                    continue
                linked.add(key)
                evidence_of[commitment.id].append(record)

    for cid, items in evidence_of.items():
        if len(items) > 1:
            evidence_of[cid] = _one_per_article(items)
    as_of = max((a.date for a in articles if a.date), default=None)
    commitment_rows = []
    # Evidence as columns: one list per field, not one more dict per link (a large corpus has
    # hundreds of thousands of links, each already a record in its commitment's list).
    evidence_columns: dict[str, list] = {name: [] for name in EVIDENCE_COLUMNS}
    by_sentence: dict[tuple[str, int], list[str]] = {}
    for commitment in commitments:
        evidence = sorted(evidence_of[commitment.id], key=lambda e: (e["date"], e["sentence_index"]))
        inferred = infer_status(evidence)
        for report in commitment.reports:
            by_sentence.setdefault((report["article_id"], report["sentence_index"]), []).append(commitment.id)
        commitment_rows.append(
            {
                "id": commitment.id,
                "article_id": commitment.article_id,
                "sentence_index": commitment.sentence_index,
                "text": commitment.text,
                "actor": commitment.actor,
                "action": commitment.action,
                "topic": commitment.topic,
                "topics": commitment.topics,
                "date": commitment.date,
                "deadline": commitment.deadline,
                "deadline_text": commitment.deadline_text,
                "attribution": commitment.attribution,
                "reports": commitment.reports,
                "status": inferred.status,
                "status_reason": inferred.reason,
                "overdue": is_overdue(commitment.deadline, inferred.status, as_of),
                "evidence": evidence,
            }
        )
        evidence_columns["commitment_id"].extend([commitment.id] * len(evidence))
        for name in EVIDENCE_COLUMNS[1:]:
            evidence_columns[name].extend(e.get(name) for e in evidence)
    all_ids = [by_sentence.get(key, []) for key in zip(col_article, col_index)]
    columns["commitment_ids"] = all_ids
    columns["commitment_id"] = [ids[0] if ids else None for ids in all_ids]

    emerging = emerging_terms(
        ((article_id, text) for article_id, text, boilerplate in zip(col_article, col_text, col_boilerplate) if not boilerplate and article_id not in duplicates),
        term_spans=term_spans,
    )
    del term_spans
    return Analysis(
        articles=pd.DataFrame(article_rows, columns=ARTICLE_COLUMNS),
        sentences=pd.DataFrame(columns if col_article else [], columns=SENTENCE_COLUMNS),
        commitments=pd.DataFrame(commitment_rows, columns=COMMITMENT_COLUMNS),
        evidence=pd.DataFrame(evidence_columns, columns=EVIDENCE_COLUMNS),
        emerging=pd.DataFrame(emerging, columns=["term", "articles", "mentions"]),
        warnings=list(warnings or []),
    )


ARTICLE_COLUMNS = [
    "id", "path", "title", "date", "source", "author", "url", "sample", "duplicate_of", "tension", "polarity",
    "sentences", "scored_sentences", "escalation_sentences", "easing_sentences", "topics", "text",
]
SENTENCE_COLUMNS = [
    "article_id", "index", "paragraph", "text", "boilerplate", "topics", "topic_terms", "polarity", "subjectivity",
    "tension", "tension_label", "cues", "commitment_id", "commitment_ids",
]
COMMITMENT_COLUMNS = [
    "id", "article_id", "sentence_index", "text", "actor", "action", "topic", "topics", "date", "deadline",
    "deadline_text", "attribution", "reports", "status", "status_reason", "overdue", "evidence",
]
EVIDENCE_COLUMNS = ["commitment_id", "article_id", "sentence_index", "text", "date", "effect", "cue", "strong", "source", "generic", "reading"]


def analyze_paths(paths: list[str | Path]) -> Analysis:
    """Load files and folders, then analyse them; load warnings travel with the analysis."""
    loaded = load_paths(paths)
    return analyze(loaded.articles, loaded.warnings)
