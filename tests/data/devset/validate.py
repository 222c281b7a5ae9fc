"""Validate the Détente dev set and print label counts.

Usage:  python3 validate.py            # validate, print summary
        python3 validate.py --markdown # also print count tables for README
Exits non-zero if any check fails.
"""
import collections
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).parent
TOPICS = ["counternarcotics", "military", "middle_east", "trade", "technology",
          "taiwan", "climate", "diplomacy", "human_rights"]
TENSIONS = ["escalation", "easing", "neutral"]
ACTORS = ["US", "China", "both"]
KINDS = ["commitment", "negation", "demand", "monitoring", "desire",
         "earlier_pledge", "threat", "hedge", "boilerplate", "plain"]
KIND_MIN = {"commitment": 50, "negation": 10, "demand": 10, "monitoring": 8,
            "desire": 8, "earlier_pledge": 10, "threat": 10, "hedge": 10,
            "boilerplate": 12}
LAST_DRAWN_SENTENCE = 297  # last DATA id; later sentence ids are tune-only additions
EFFECTS = ["progress", "fulfilled", "setback"]
STATUSES = ["unverified", "fulfilled", "in_progress", "broken", "partial", "stalled"]

errors = []


def check(cond, msg):
    if not cond:
        errors.append(msg)
    return cond


# ---------------------------------------------------------------- splitter
ABBR = {"u.s.", "u.n.", "u.k.", "mr.", "ms.", "mrs.", "dr.", "gen.", "adm.",
        "lt.", "col.", "capt.", "sen.", "rep.", "gov.", "jr.", "sr.", "st.",
        "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.",
        "sept.", "oct.", "nov.", "dec.", "no.", "vs.", "e.g.", "i.e.", "inc.",
        "corp.", "co.", "ltd."}


def split_sentences(body):
    """Split an article body into sentences (paragraph lines never join)."""
    out = []
    for para in re.split(r"\n\s*\n|\n", body):
        para = para.strip()
        if not para:
            continue
        start = 0
        for m in re.finditer(r"[.!?][\"\u201d\u2019)]?\s+(?=[A-Z0-9\"\u201c])", para):
            word = para[:m.start() + 1].split()[-1].lower()
            if word in ABBR or re.fullmatch(r"[a-z]\.", word):
                continue
            out.append(para[start:m.end()].strip())
            start = m.end()
        if para[start:].strip():
            out.append(para[start:].strip())
    return out


def read_article(path):
    text = path.read_text(encoding="utf-8")
    m = re.match(r"---\n(.*?)\n---\n(.*)", text, re.S)
    if not m:
        return None, None
    meta = {}
    for line in m.group(1).splitlines():
        k, _, v = line.partition(":")
        meta[k.strip()] = v.strip()
    return meta, m.group(2)


# ---------------------------------------------------------------- Part A
def validate_sentences():
    rows = []
    path = HERE / "sentences.jsonl"
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as e:
            errors.append(f"sentences.jsonl line {n}: bad JSON ({e})")
    ids = [r.get("id") for r in rows]
    check(len(ids) == len(set(ids)), "duplicate sentence ids")
    texts = [r.get("text") for r in rows]
    check(len(texts) == len(set(texts)), "duplicate sentence texts")
    check(len(rows) >= 240, f"only {len(rows)} sentences (<240)")
    for r in rows:
        rid = r.get("id")
        check(re.fullmatch(r"s\d{4}", str(rid)) is not None, f"{rid}: bad id")
        check(r.get("split") in ("tune", "holdout"), f"{rid}: bad split")
        check(isinstance(r.get("text"), str) and r["text"].strip(), f"{rid}: empty text")
        check(isinstance(r.get("topics"), list) and all(t in TOPICS for t in r["topics"])
              and len(set(r["topics"])) == len(r["topics"]), f"{rid}: bad topics {r.get('topics')}")
        check(r.get("tension") in TENSIONS, f"{rid}: bad tension")
        check(isinstance(r.get("boilerplate"), bool), f"{rid}: boilerplate not bool")
        check(isinstance(r.get("commitment"), bool), f"{rid}: commitment not bool")
        check(r.get("kind") in KINDS, f"{rid}: bad kind")
        if r.get("boilerplate"):
            check(r["topics"] == [] and r["tension"] == "neutral" and r["commitment"] is False
                  and r["actor"] is None, f"{rid}: boilerplate must be [], neutral, no commitment")
        if r.get("commitment"):
            check(r.get("actor") in ACTORS, f"{rid}: commitment needs actor")
        else:
            check(r.get("actor") is None, f"{rid}: actor must be null without commitment")
        check(r.get("commitment") == (r.get("kind") == "commitment"), f"{rid}: kind/commitment mismatch")
        check(r.get("boilerplate") == (r.get("kind") == "boilerplate"), f"{rid}: kind/boilerplate mismatch")
    C = collections.Counter
    topic_c = C(t for r in rows for t in r["topics"])
    for t in TOPICS:
        check(topic_c[t] >= 15, f"topic {t}: only {topic_c[t]} sentences")
    kind_c = C(r["kind"] for r in rows)
    for k, mn in KIND_MIN.items():
        check(kind_c[k] >= mn, f"kind {k}: only {kind_c[k]} (< {mn})")
    ten_c = C(r["tension"] for r in rows)
    for t in TENSIONS:
        share = ten_c[t] / len(rows)
        check(0.25 <= share <= 0.45, f"tension {t}: share {share:.2f} outside 0.25-0.45")
    # The holdout was drawn over the original rows (s0001-s0297, DATA in
    # build_sentences.py); rows added later for tuning (ADDED) are all "tune".
    def drawn_row(r):
        m = re.fullmatch(r"s(\d{4})", str(r.get("id")))
        return not m or int(m.group(1)) <= LAST_DRAWN_SENTENCE
    drawn = [r for r in rows if drawn_row(r)]
    check(all(r["split"] == "tune" for r in rows if not drawn_row(r)), "a sentence added after the split is in the holdout")
    hold = sum(r["split"] == "holdout" for r in drawn) / len(drawn)
    check(0.20 <= hold <= 0.30, f"sentence holdout share {hold:.2f}")
    for k in KINDS:
        grp = [r for r in rows if r["kind"] == k]
        hk = sum(r["split"] == "holdout" for r in grp)
        check(hk >= 1, f"kind {k}: no holdout items")
    # attribution / dates / deadlines present
    attr = sum(bool(re.search(r"\b(said|told reporters|according to|reported)\b", r["text"])) for r in rows)
    dates = sum(bool(re.search(r"\bon (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\b(Jan|Feb|Aug|Sept|Oct|Nov|Dec)\. \d|\b(January|March|April|May|June|July|September|October|November|December) \d{4}\b|\bin \d{4}\b", r["text"])) for r in rows)
    deadl = sum(bool(re.search(r"\bby (2030|the end of)|\bfor one year\b|\bwithin \d+ (days|weeks)|\bwithin (three|two) weeks|\buntil \w+\.? \d|\bfor an initial \d+ days|\bstarting (Nov|next)|\bfrom Nov\.", r["text"])) for r in rows)
    check(attr >= 20 and dates >= 20 and deadl >= 8, f"attribution/date/deadline coverage low: {attr}/{dates}/{deadl}")
    return rows, dict(attr=attr, dates=dates, deadlines=deadl)


# ---------------------------------------------------------------- Part B
def status_from(evidence_sorted):
    if not evidence_sorted:
        return "unverified"
    last = evidence_sorted[-1]
    if last["effect"] == "fulfilled":
        return "fulfilled"
    if last["effect"] == "progress":
        return "in_progress"
    if last.get("severity") == "ends":
        return "broken"
    earlier_pos = any(e["effect"] in ("progress", "fulfilled") for e in evidence_sorted[:-1])
    return "partial" if earlier_pos else "stalled"


def validate_scenarios():
    data = json.loads((HERE / "scenarios.json").read_text(encoding="utf-8"))
    scen = data["scenarios"]
    ids = [s["id"] for s in scen]
    check(len(ids) == len(set(ids)), "duplicate scenario ids")
    check(len(scen) >= 16, f"only {len(scen)} scenarios")
    # The holdout was drawn over the original scenarios; those added later for tuning are all "tune".
    drawn = [s for s in scen if not s.get("added_after_split")]
    check(all(s["split"] == "tune" for s in scen if s.get("added_after_split")), "a scenario added after the split is in the holdout")
    nh = sum(s["split"] == "holdout" for s in drawn)
    check(nh >= 4 and 0.20 <= nh / len(drawn) <= 0.30, f"scenario holdout {nh}/{len(drawn)}")
    art_dir = HERE / "articles"
    used_files = set()
    n_articles = 0
    n_art_sents = []
    comm_rows = []
    for s in scen:
        sid = s["id"]
        check(s["split"] in ("tune", "holdout"), f"{sid}: bad split")
        check(2 <= len(s["articles"]) <= 4, f"{sid}: needs 2-4 articles")
        sents, dates = {}, {}
        prev = None
        for name in s["articles"]:
            check(name.startswith(sid + "_"), f"{sid}: article {name} not named for scenario")
            p = art_dir / name
            if not check(p.exists(), f"{sid}: missing {name}"):
                continue
            used_files.add(name)
            n_articles += 1
            meta, body = read_article(p)
            if not check(meta is not None, f"{name}: no front matter"):
                continue
            for k in ("title", "date", "source", "sample"):
                check(k in meta and meta[k], f"{name}: front matter lacks {k}")
            check(meta.get("sample") == "true", f"{name}: sample must be true")
            check(re.fullmatch(r"\d{4}-\d{2}-\d{2}", meta.get("date", "")) is not None, f"{name}: bad date")
            dates[name] = meta.get("date", "")
            if prev:
                check(dates[name] > prev, f"{sid}: article dates not increasing at {name}")
            prev = dates[name]
            sents[name] = split_sentences(body)
            n_art_sents.append(len(sents[name]))
            check(4 <= len(sents[name]) <= 8, f"{name}: {len(sents[name])} sentences (need 4-8)")

        def locate(name, sub):
            hits = [i for i, t in enumerate(sents.get(name, [])) if sub in t]
            return hits

        first = s["articles"][0]
        for c in s["commitments"]:
            tag = f"{sid}/{c['sentence'][:40]}"
            check(c["article"] == first, f"{tag}: commitment not in first article")
            check(len(c["sentence"]) >= 30, f"{tag}: commitment substring < 30 chars")
            check(len(locate(c["article"], c["sentence"])) == 1, f"{tag}: commitment substring not in exactly one sentence")
            check(c["actor"] in ACTORS, f"{tag}: bad actor")
            check(c["topic"] in TOPICS, f"{tag}: bad topic")
            check(c["status"] in STATUSES, f"{tag}: bad status")
            evs = []
            for e in c["evidence"]:
                check(e["effect"] in EFFECTS, f"{tag}: bad effect {e['effect']}")
                if e["effect"] == "setback":
                    check(e.get("severity") in ("ends", "mild"), f"{tag}: setback needs severity")
                else:
                    check("severity" not in e, f"{tag}: severity only on setbacks")
                check(e["article"] in s["articles"] and e["article"] != first,
                      f"{tag}: evidence must be in a later article")
                hits = locate(e["article"], e["sentence"])
                check(len(hits) == 1, f"{tag}: evidence substring not in exactly one sentence: {e['sentence'][:50]}")
                evs.append((dates.get(e["article"], ""), hits[0] if hits else -1, e))
            evs.sort(key=lambda x: (x[0], x[1]))
            calc = status_from([x[2] for x in evs])
            check(calc == c["status"], f"{tag}: status {c['status']} but rules give {calc}")
            comm_rows.append((s, c))
    extra = {p.name for p in art_dir.glob("*.md")} - used_files
    check(not extra, f"unreferenced article files: {sorted(extra)}")
    st = collections.Counter(c["status"] for _, c in comm_rows)
    for k in STATUSES:
        check(st[k] >= 2, f"status {k}: only {st[k]}")
    unv = sum(all(c["status"] == "unverified" for c in s["commitments"]) for s in scen)
    check(unv >= 2, f"only {unv} all-unverified scenarios")
    return scen, comm_rows, n_articles, n_art_sents


# ---------------------------------------------------------------- report
def table(header, rows):
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(str(x) for x in r) + " |" for r in rows]
    return "\n".join(lines)


def main():
    rows, cov = validate_sentences()
    scen, comm_rows, n_articles, n_art_sents = validate_scenarios()
    C = collections.Counter
    md = []
    splits = ["tune", "holdout"]

    def by_split(pred_rows, keyfn, keys):
        out = []
        for k in keys:
            t = sum(1 for r in pred_rows if keyfn(r, k) and r["split"] == "tune")
            h = sum(1 for r in pred_rows if keyfn(r, k) and r["split"] == "holdout")
            out.append((k, t, h, t + h))
        return out

    md.append("### Part A: sentences.jsonl\n")
    md.append(table(["", "tune", "holdout", "total"],
                    [("sentences",) + tuple(sum(r["split"] == s for r in rows) for s in splits) + (len(rows),)]))
    md.append("\n**Topics** (multi-label; a sentence can count for several)\n")
    md.append(table(["topic", "tune", "holdout", "total"],
                    by_split(rows, lambda r, k: k in r["topics"], TOPICS)
                    + by_split(rows, lambda r, k: not r["topics"], ["(no topic)"])))
    md.append("\n**Tension**\n")
    md.append(table(["tension", "tune", "holdout", "total"],
                    by_split(rows, lambda r, k: r["tension"] == k, TENSIONS)))
    md.append("\n**Boilerplate / commitment / actor**\n")
    md.append(table(["label", "tune", "holdout", "total"],
                    by_split(rows, lambda r, k: r["boilerplate"], ["boilerplate=true"])
                    + by_split(rows, lambda r, k: r["commitment"], ["commitment=true"])
                    + by_split(rows, lambda r, k: r["actor"] == k.split("=")[1],
                               ["actor=US", "actor=China", "actor=both"])))
    md.append("\n**Sentence kinds** (`kind` field: what sort of sentence it is, used for stratified splitting and error analysis)\n")
    md.append(table(["kind", "tune", "holdout", "total"],
                    by_split(rows, lambda r, k: r["kind"] == k, KINDS)))
    md.append("\n**Tension by kind**\n")
    md.append(table(["kind"] + TENSIONS,
                    [(k,) + tuple(sum(1 for r in rows if r["kind"] == k and r["tension"] == t) for t in TENSIONS)
                     for k in KINDS]))
    md.append(f"\nSentences with attribution (said / told reporters / according to / reported): {cov['attr']}; "
              f"with an event date: {cov['dates']}; with a deadline or time window: {cov['deadlines']}.\n")

    md.append("\n### Part B: scenarios.json + articles/\n")
    ev_all = [(s, c, e) for s, c in comm_rows for e in c["evidence"]]
    md.append(table(["", "tune", "holdout", "total"], [
        ("scenarios",) + tuple(sum(s["split"] == sp for s in scen) for sp in splits) + (len(scen),),
        ("articles",) + tuple(sum(len(s["articles"]) for s in scen if s["split"] == sp) for sp in splits) + (n_articles,),
        ("commitments",) + tuple(sum(1 for s, c in comm_rows if s["split"] == sp) for sp in splits) + (len(comm_rows),),
        ("evidence links",) + tuple(sum(1 for s, c, e in ev_all if s["split"] == sp) for sp in splits) + (len(ev_all),),
    ]))
    md.append(f"\nArticle length: {min(n_art_sents)}-{max(n_art_sents)} sentences (mean {sum(n_art_sents)/len(n_art_sents):.1f}).\n")
    md.append("\n**Commitment status**\n")
    md.append(table(["status", "tune", "holdout", "total"], [
        (k,) + tuple(sum(1 for s, c in comm_rows if c["status"] == k and s["split"] == sp) for sp in splits)
        + (sum(1 for s, c in comm_rows if c["status"] == k),) for k in STATUSES]))
    md.append("\n**Evidence effect**\n")
    eff_keys = ["progress", "fulfilled", "setback (ends)", "setback (mild)"]

    def eff_of(e):
        return e["effect"] if e["effect"] != "setback" else f"setback ({e['severity']})"
    md.append(table(["effect", "tune", "holdout", "total"], [
        (k,) + tuple(sum(1 for s, c, e in ev_all if eff_of(e) == k and s["split"] == sp) for sp in splits)
        + (sum(1 for s, c, e in ev_all if eff_of(e) == k),) for k in eff_keys]))
    md.append("\n**Commitment topic / actor**\n")
    md.append(table(["topic", "commitments"],
                    sorted(C(c["topic"] for _, c in comm_rows).items())))
    md.append("")
    md.append(table(["actor", "commitments"], sorted(C(c["actor"] for _, c in comm_rows).items())))
    md.append("\n**Scenarios**\n")
    md.append(table(["id", "split", "articles", "topic(s)", "status(es)"], [
        (s["id"], s["split"], len(s["articles"]),
         ", ".join(sorted({c["topic"] for c in s["commitments"]})),
         ", ".join(c["status"] for c in s["commitments"])) for s in scen]))

    if "--markdown" in sys.argv:
        print("\n".join(md))
    else:
        print(f"sentences: {len(rows)}  scenarios: {len(scen)}  commitments: {len(comm_rows)}")
    if errors:
        print("\nFAILED CHECKS:")
        for e in errors:
            print("  -", e)
        sys.exit(1)
    print("\nall checks passed")


if __name__ == "__main__":
    main()
