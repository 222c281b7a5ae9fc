#!/usr/bin/env python3
"""Shared checks and counts for the labelled sets written in the blind format (blind3, blind4,
blind5, tune6, tune7): each set's ``validate.py`` gives its minimum counts and sentence-id
pattern and calls ``run``. Taken from ``blind4/validate.py`` as its helper wrote it; it imports
nothing from the Détente package, so a set stays independent of the tool it measures.

Usage (from a set's folder script): ``run(here, minima, required_hard, id_pattern)``;
``--markdown`` prints the counts as Markdown tables. Exits 1 on any error.
"""
import collections
import datetime as dt
import json
import os
import re
import sys

HERE = ""  # the set's folder, set by run()
ID_PATTERN = r"[a-z]\d{4}"  # the set's sentence ids, set by run()
TOPICS = ["counternarcotics", "military", "middle_east", "trade", "technology",
          "taiwan", "climate", "diplomacy", "human_rights"]
TENSIONS = ["escalation", "easing", "neutral"]
ACTORS = ["US", "China", "both"]
HARD_CASES = ["demand", "monitoring", "desire", "negated", "hypothetical",
              "earlier_pledge", "expectation", "threat"]
EFFECTS = ["progress", "fulfilled", "setback"]
SEVERITIES = ["ends", "mild"]
STATUSES = ["unverified", "fulfilled", "in_progress", "broken", "partial", "stalled"]
KEYS = {"id", "text", "topics", "tension", "boilerplate", "commitment", "actor"}

# minimum counts and required hard-negative kinds: each set's brief, set by run()
MINIMA: dict = {}
REQUIRED_HARD: list = []

# The briefs most sets were written to (a set's validate.py names one, or spells out its own).
HARD_CASES = ["demand", "monitoring", "desire", "negated", "hypothetical", "earlier_pledge", "expectation", "threat"]
# tune8 ... tune20, blind6, blind7
BRIEF_100 = {
    "sentences": 100, "per_topic": 5, "boilerplate": 6, "commitments": 20, "hard_total": 24,
    "per_hard_case": 3, "scenarios": 24, "part_b_commitments": 36, "per_status": 5,
}
# blind8 ... blind12, tune21 ... tune28
BRIEF_130 = {**BRIEF_100, "sentences": 130, "hard_total": 32, "per_hard_case": 4, "part_b_commitments": 40}

errors = []


def err(msg):
    errors.append(msg)


# ----------------------------------------------------------------------------- splitting
ABBREV = {
    "mr", "mrs", "ms", "dr", "gen", "adm", "lt", "col", "sgt", "capt", "sen", "rep", "gov",
    "no", "st", "jr", "sr", "inc", "corp", "co", "ltd", "vs", "etc", "calif", "wash", "fla",
    "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec", "a.m", "p.m",
}
CLOSERS = "\"'”’)]"


def is_abbrev(token):
    core = token.rstrip(CLOSERS)
    if not core.endswith("."):
        return False
    core = core[:-1].lstrip("(\"'“‘")
    low = core.lower()
    if low in ABBREV:
        return True
    if re.fullmatch(r"[A-Za-z]", core):                 # initials: "Q."
        return True
    if re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]", core):  # U.S., U.N., a.m.
        return True
    return False


def split_sentences(text):
    """Conservative, abbreviation-aware splitter; returns (start, end) spans."""
    spans, start = [], 0
    for m in re.finditer(r"\S+", text):
        tok = m.group()
        core = tok.rstrip(CLOSERS)
        if not core or core[-1] not in ".!?":
            continue
        nxt = re.match(r"\s+(\S)", text[m.end():])
        if not nxt:
            continue
        if not (nxt.group(1).isupper() or nxt.group(1).isdigit() or nxt.group(1) in "\"“‘'("):
            continue
        if core[-1] == "." and is_abbrev(tok):
            continue
        spans.append((start, m.end()))
        start = m.end() + len(nxt.group(0)) - 1
    if text[start:].strip():
        spans.append((start, len(text.rstrip())))
    return spans


# ----------------------------------------------------------------------------- part A
def check_sentences():
    path = os.path.join(HERE, "sentences.jsonl")
    rows, ids, texts = [], set(), set()
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                r = json.loads(line)
            except json.JSONDecodeError as e:
                err(f"sentences.jsonl:{n}: bad JSON ({e})")
                continue
            rows.append(r)
            where = f"sentences.jsonl:{n} ({r.get('id')})"
            if set(r) != KEYS:
                err(f"{where}: keys {sorted(r)} != {sorted(KEYS)}")
                continue
            if not re.fullmatch(ID_PATTERN, r["id"]) or r["id"] in ids:
                err(f"{where}: bad or duplicate id")
            ids.add(r["id"])
            if not isinstance(r["text"], str) or not r["text"].strip() or r["text"] in texts:
                err(f"{where}: empty or duplicate text")
            texts.add(r["text"])
            if not isinstance(r["topics"], list) or len(set(r["topics"])) != len(r["topics"]) \
                    or any(t not in TOPICS for t in r["topics"]):
                err(f"{where}: bad topics {r['topics']}")
            if r["tension"] not in TENSIONS:
                err(f"{where}: bad tension {r['tension']}")
            if not isinstance(r["boilerplate"], bool) or not isinstance(r["commitment"], bool):
                err(f"{where}: boilerplate/commitment must be booleans")
            if r["commitment"] and r["actor"] not in ACTORS:
                err(f"{where}: commitment needs actor in {ACTORS}")
            if not r["commitment"] and r["actor"] is not None:
                err(f"{where}: non-commitment must have actor null")
            if r["boilerplate"] and (r["topics"] or r["commitment"] or r["tension"] != "neutral"):
                err(f"{where}: boilerplate must have no topics, no commitment, neutral tension")
    cases_path = os.path.join(HERE, "sentence_cases.json")
    cases = json.load(open(cases_path, encoding="utf-8"))["cases"]
    by_id = {r["id"]: r for r in rows}
    for rid, case in cases.items():
        if rid not in by_id:
            err(f"sentence_cases.json: unknown id {rid}")
        elif case == "boilerplate":
            if not by_id[rid]["boilerplate"]:
                err(f"sentence_cases.json: {rid} tagged boilerplate but label is false")
        elif case in HARD_CASES:
            if by_id[rid]["commitment"]:
                err(f"sentence_cases.json: hard negative {rid} is labelled as a commitment")
        else:
            err(f"sentence_cases.json: unknown case {case}")

    # thresholds from the brief
    topic_counts = collections.Counter(t for r in rows for t in r["topics"])
    tension_counts = collections.Counter(r["tension"] for r in rows)
    actor_counts = collections.Counter(r["actor"] for r in rows if r["commitment"])
    case_counts = collections.Counter(cases.values())
    n = len(rows)
    if n < MINIMA["sentences"]:
        err(f"only {n} sentences (< {MINIMA['sentences']})")
    for t in TOPICS:
        if topic_counts[t] < MINIMA["per_topic"]:
            err(f"topic {t}: only {topic_counts[t]} sentences (< {MINIMA['per_topic']})")
    for t in TENSIONS:
        share = tension_counts[t] / n
        if not 0.25 <= share <= 0.42:
            err(f"tension {t}: share {share:.0%} is not roughly a third")
    if sum(r["boilerplate"] for r in rows) < MINIMA["boilerplate"]:
        err(f"fewer than {MINIMA['boilerplate']} boilerplate sentences")
    if sum(r["commitment"] for r in rows) < MINIMA["commitments"]:
        err(f"fewer than {MINIMA['commitments']} commitments")
    for c in REQUIRED_HARD:
        if case_counts[c] < MINIMA["per_hard_case"]:
            err(f"hard case {c}: only {case_counts[c]} (< {MINIMA['per_hard_case']})")
    hard_total = sum(case_counts[c] for c in HARD_CASES)
    if hard_total < MINIMA["hard_total"]:
        err(f"only {hard_total} hard negatives (< {MINIMA['hard_total']})")
    return dict(n=n, topics=topic_counts, tension=tension_counts, actors=actor_counts,
                cases=case_counts, boilerplate=sum(r["boilerplate"] for r in rows),
                commitments=sum(r["commitment"] for r in rows),
                no_topic=sum(1 for r in rows if not r["topics"]),
                multi_topic=sum(1 for r in rows if len(r["topics"]) > 1))


# ----------------------------------------------------------------------------- part B
def read_article(name):
    path = os.path.join(HERE, "articles", name)
    if not os.path.exists(path):
        err(f"missing article {name}")
        return None
    raw = open(path, encoding="utf-8").read()
    m = re.match(r"---\n(.*?)\n---\n(.*)\Z", raw, re.S)
    if not m:
        err(f"{name}: no front matter")
        return None
    meta = {}
    for line in m.group(1).splitlines():
        k, _, v = line.partition(":")
        meta[k.strip()] = v.strip()
    for k in ("title", "date", "source", "sample"):
        if not meta.get(k):
            err(f"{name}: front matter lacks {k}")
    if meta.get("sample") != "true":
        err(f"{name}: sample must be true")
    try:
        date = dt.date.fromisoformat(meta.get("date", ""))
    except ValueError:
        err(f"{name}: bad date {meta.get('date')}")
        date = dt.date.min
    if not dt.date(2023, 1, 1) <= date <= dt.date(2026, 12, 31):
        err(f"{name}: date {date} outside 2023-2026")
    body = m.group(2).strip()
    spans = split_sentences(body)
    if not 4 <= len(spans) <= 8:
        err(f"{name}: {len(spans)} sentences (need 4-8)")
    return dict(name=name, date=date, body=body, spans=spans, meta=meta)


def locate(art, sub, what):
    """Return the index of the single sentence containing sub, or None."""
    if art is None:
        return None
    if art["body"].count(sub) != 1:
        err(f"{what}: substring found {art['body'].count(sub)} times in {art['name']}: {sub!r}")
        return None
    pos = art["body"].index(sub)
    for i, (a, b) in enumerate(art["spans"]):
        if a <= pos and pos + len(sub) <= b:
            return i
    err(f"{what}: substring crosses a sentence boundary in {art['name']}: {sub!r}")
    return None


def derive_status(evidence):
    if not evidence:
        return "unverified"
    last = evidence[-1]
    if last["effect"] == "fulfilled":
        return "fulfilled"
    if last["effect"] == "progress":
        return "in_progress"
    if last.get("severity") == "ends":
        return "broken"
    earlier_positive = any(e["effect"] in ("progress", "fulfilled") for e in evidence[:-1])
    return "partial" if earlier_positive else "stalled"


def check_scenarios():
    data = json.load(open(os.path.join(HERE, "scenarios.json"), encoding="utf-8"))
    scen = data["scenarios"]
    stats = collections.Counter()
    status_counts = collections.Counter()
    effect_counts = collections.Counter()
    actor_counts = collections.Counter()
    topic_counts = collections.Counter()
    seen_ids, seen_articles = set(), set()
    listed = set()
    if len(scen) < MINIMA["scenarios"]:
        err(f"only {len(scen)} scenarios (< {MINIMA['scenarios']})")
    for sc in scen:
        sid = sc.get("id")
        if sid in seen_ids:
            err(f"duplicate scenario id {sid}")
        seen_ids.add(sid)
        names = sc.get("articles", [])
        if not 2 <= len(names) <= 4:
            err(f"{sid}: {len(names)} articles (need 2-4)")
        arts = {}
        for nme in names:
            if nme in seen_articles:
                err(f"{sid}: article {nme} listed twice")
            seen_articles.add(nme)
            listed.add(nme)
            if not nme.startswith(sid + "_"):
                err(f"{sid}: article {nme} not named after scenario")
            arts[nme] = read_article(nme)
        stats["articles"] += len(names)
        stats["article_sentences"] += sum(len(a["spans"]) for a in arts.values() if a)
        dated = sorted((a["date"], n) for n, a in arts.items() if a)
        first = dated[0][1] if dated else None
        if len(dated) > 1 and dated[0][0] == dated[1][0]:
            err(f"{sid}: first article date is not unique")
        commits = sc.get("commitments", [])
        if not 1 <= len(commits) <= 2:
            err(f"{sid}: {len(commits)} commitments (need 1-2)")
        evidence_sentences = collections.defaultdict(set)
        for k, c in enumerate(commits):
            what = f"{sid}.c{k}"
            if c.get("article") != first:
                err(f"{what}: commitment must be in the first-dated article {first}")
            if len(c.get("sentence", "")) < 30:
                err(f"{what}: commitment substring shorter than 30 chars")
            if c.get("actor") not in ACTORS:
                err(f"{what}: bad actor {c.get('actor')}")
            if c.get("topic") not in TOPICS:
                err(f"{what}: bad topic {c.get('topic')}")
            cidx = locate(arts.get(c.get("article")), c.get("sentence", ""), what)
            ordered = []
            for j, e in enumerate(c.get("evidence", [])):
                ew = f"{what}.e{j}"
                if e.get("article") not in arts:
                    err(f"{ew}: article {e.get('article')} not in scenario")
                    continue
                art = arts[e["article"]]
                if art and arts.get(c.get("article")) and art["date"] <= arts[c["article"]]["date"]:
                    err(f"{ew}: evidence must be dated after the commitment article")
                if e.get("effect") not in EFFECTS:
                    err(f"{ew}: bad effect {e.get('effect')}")
                if e.get("effect") == "setback":
                    if e.get("severity") not in SEVERITIES:
                        err(f"{ew}: setback needs severity in {SEVERITIES}")
                elif "severity" in e:
                    err(f"{ew}: severity only allowed on setbacks")
                if set(e) - {"article", "sentence", "effect", "severity"}:
                    err(f"{ew}: unexpected keys {set(e)}")
                idx = locate(art, e.get("sentence", ""), ew)
                if idx is not None:
                    evidence_sentences[e["article"]].add(idx)
                    ordered.append(((art["date"], idx), e))
                effect_counts[e.get("effect") + ("/" + e["severity"] if "severity" in e else "")] += 1
            keys = [o[0] for o in ordered]
            if keys != sorted(keys):
                err(f"{what}: evidence not listed in date order")
            derived = derive_status([o[1] for o in sorted(ordered, key=lambda o: o[0])])
            if c.get("status") != derived:
                err(f"{what}: status {c.get('status')} but rules give {derived}")
            status_counts[c.get("status")] += 1
            actor_counts[c.get("actor")] += 1
            topic_counts[c.get("topic")] += 1
            stats["commitments"] += 1
            stats["evidence"] += len(c.get("evidence", []))
        # every later article should carry at least one distractor sentence
        for nme, a in arts.items():
            if a and nme != first:
                used = evidence_sentences.get(nme, set())
                distractors = len(a["spans"]) - len(used)
                stats["distractors"] += distractors
                if distractors < 1:
                    err(f"{sid}: {nme} has no distractor sentences")
    for s in STATUSES:
        if status_counts[s] < MINIMA["per_status"]:
            err(f"status {s}: only {status_counts[s]} commitments (< {MINIMA['per_status']})")
    if stats["commitments"] < MINIMA["part_b_commitments"]:
        err(f"only {stats['commitments']} Part B commitments (< {MINIMA['part_b_commitments']})")
    on_disk = set(os.listdir(os.path.join(HERE, "articles")))
    if on_disk != listed:
        err(f"articles on disk not listed in scenarios.json: {sorted(on_disk - listed)}; "
            f"listed but missing: {sorted(listed - on_disk)}")
    stats["scenarios"] = len(scen)
    return dict(stats=stats, status=status_counts, effects=effect_counts,
                actors=actor_counts, topics=topic_counts)


# ----------------------------------------------------------------------------- report
def table(title, counter, order=None):
    keys = order or sorted(counter, key=str)
    lines = [f"| {title} | count |", "|---|---:|"]
    lines += [f"| {k} | {counter.get(k, 0)} |" for k in keys]
    return "\n".join(lines)


def main():
    a = check_sentences()
    b = check_scenarios()
    md = "--markdown" in sys.argv
    if md:
        print("### Part A: sentences.jsonl\n")
        print(f"- sentences: {a['n']}")
        print(f"- boilerplate: {a['boilerplate']}")
        print(f"- commitments (true): {a['commitments']}")
        print(f"- sentences with no topic: {a['no_topic']}; with 2+ topics: {a['multi_topic']}\n")
        print(table("topic", a["topics"], TOPICS) + "\n")
        print(table("tension", a["tension"], TENSIONS) + "\n")
        print(table("commitment actor", a["actors"], ACTORS) + "\n")
        print(table("hard negative (commitment=false)", a["cases"], HARD_CASES) + "\n")
        print("### Part B: scenarios.json + articles/\n")
        for k in ("scenarios", "articles", "article_sentences", "commitments", "evidence", "distractors"):
            print(f"- {k.replace('_', ' ')}: {b['stats'][k]}")
        print()
        print(table("status", b["status"], STATUSES) + "\n")
        print(table("evidence effect", b["effects"]) + "\n")
        print(table("commitment actor", b["actors"], ACTORS) + "\n")
        print(table("commitment topic", b["topics"], TOPICS))
    else:
        print(f"Part A: {a['n']} sentences, {a['commitments']} commitments, {a['boilerplate']} boilerplate")
        print("  topics :", dict(a["topics"]))
        print("  tension:", dict(a["tension"]))
        print("  actors :", dict(a["actors"]))
        print("  hard   :", dict(a["cases"]))
        print(f"Part B: {dict(b['stats'])}")
        print("  status :", dict(b["status"]))
        print("  effects:", dict(b["effects"]))
    if errors:
        print(f"\n{len(errors)} ERROR(S):", file=sys.stderr)
        for e in errors:
            print("  -", e, file=sys.stderr)
        sys.exit(1)
    print("\nOK: all checks passed", file=sys.stderr)


def run(here, minima, required_hard, id_pattern):
    """Check and count the set in folder ``here`` against its brief."""
    global HERE, MINIMA, REQUIRED_HARD, ID_PATTERN
    HERE, MINIMA, REQUIRED_HARD, ID_PATTERN = here, dict(minima), list(required_hard), id_pattern
    main()
