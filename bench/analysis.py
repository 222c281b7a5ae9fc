"""How fast and how big the analysis is, on synthetic corpora recombined from the seed articles.

    python bench/analysis.py [--sizes 1000 10000] [--quick] [--distinct] [--seed 2025] [--trace-limit 900] [--profile]

For each size N, a corpus of N articles of about 15 sentences each is built by recombining
the non-boilerplate sentences of the seed articles (``seeds/``), with a title, a date between
2023-11-01 and 2025-11-30, one of four sample sources and ``sample=True`` (seeded random, so
the same seed gives the same corpus; the first N articles of a larger corpus are the N-article
corpus). Every measurement runs in a fresh child process, after a warm-up on a few seed articles
(lexicons compiled, TextBlob's lexicon loaded), so sizes do not share caches or memory:

* timing run (no tracemalloc): a bare ``TextBlob(sentence).sentiment`` loop over every sentence
  of the corpus, then ``detente.analyze(articles)``, both timed in the same process; resident
  memory is the process high-water mark from ``resource.getrusage(...).ru_maxrss``;
* memory run (separate, with tracemalloc): the peak of Python allocations traced from the
  start of the corpus build through ``detente.analyze`` (so it includes the input articles).
  tracemalloc slows the run down, so it is skipped for a size whose untraced pipeline took
  longer than ``--trace-limit`` seconds (the smallest size is always traced); the output says so.

Prints per size: articles per second, both memory figures, the pipeline / TextBlob-loop time
ratio; then cost linearity (time per article at the largest size / at the smallest), the
targets and a Markdown table for the README. Targets: ratio <= 1.5x, 10,000 articles < 60 s,
peak memory < 1 GB (checked on resident memory), linear cost (~1). Nothing is asserted.

``--distinct`` measures, after those corpora, the same corpora with every composed sentence made
unique (a neutral trailing clause, ", the Lyon desk noted in dispatch 1234", before its final
punctuation; see ``distinct_text``), so the pipeline's per-distinct-sentence sharing saves
nothing; the summary gives the targets and ratios of both kinds.

``--profile`` adds a cProfile of ``detente.analyze`` on the smallest corpus (the distinct one with
``--distinct``; top functions by cumulative and by own time), in its own child process.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import re
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DEFAULT_SIZES = [1000, 10000]
QUICK_SIZES = [200, 2000]
SOURCES = ["Sample Wire", "Sample Policy Review", "Sample Asia Desk", "Sample Markets Daily"]
FIRST_DAY, LAST_DAY = date(2023, 11, 1), date(2025, 11, 30)
SENTENCES_PER_ARTICLE = (12, 18)  # inclusive; mean 15
TARGET_RATIO = 1.5
TARGET_SECONDS_10K = 60.0
TARGET_MEMORY_MB = 1000.0  # 1 GB, MB = 10**6 bytes
LINEARITY_TOLERANCE = 0.2  # "~1": within 20 %
WARMUP_ARTICLES = 4
MB = 1e6


# --- corpus -------------------------------------------------------------------------------


def sentence_pool() -> tuple[list[str], int, int]:
    """Distinct non-boilerplate sentences of the seed articles, in file order; plus counts."""
    from detente.loading import load_paths
    from detente.sentences import article_sentences

    loaded = load_paths([str(SEEDS)])
    every = [s.text for a in loaded.articles for s in article_sentences(a.text) if not s.boilerplate]
    return list(dict.fromkeys(every)), len(every), len(loaded.articles)


# --distinct: every composed sentence gets a neutral trailing clause naming a wire desk and a
# dispatch number, so no two sentence texts are alike (the pipeline's per-distinct-text sharing
# then saves nothing). The clause goes before the sentence's final punctuation (a question stays
# a question), after a comma (a clause break for the commitment and tension rules, so verb
# phrases and cue scopes end where they did), and uses words that no lexicon, taxonomy term,
# actor alias or TextBlob sentiment entry knows: places far from the story, "desk", "noted",
# "dispatch", a number with no unit (no deadline), no weekday (no event date), no full stop.
DISTINCT_PLACES = (
    "Lyon", "Porto", "Nairobi", "Oslo", "Dakar", "Quito", "Perth", "Leeds", "Turin", "Bergen",
    "Cork", "Aarhus", "Ghent", "Graz", "Basel", "Malmo", "Tampere", "Lille", "Nantes", "Bremen",
    "Kassel", "Utrecht", "Leiden", "Bilbao", "Seville", "Braga", "Gdansk", "Brno", "Cluj", "Varna",
    "Riga", "Tartu", "Kaunas", "Poznan", "Leipzig", "Dundee", "Halifax", "Tucson", "Boise", "Omaha",
)
_ABBREVIATION_END = re.compile(r"\b(?:[A-Z]\.)+[A-Z]$")
_SENTENCE_END = re.compile(r"[.!?]*[\"”’')\]]*[.!?]*\s*$")


def distinct_text(sentence: str, number: int) -> str:
    """``sentence`` with a neutral clause unique to ``number`` before its final punctuation."""
    end = _SENTENCE_END.search(sentence).start()
    body, tail = sentence[:end], sentence[end:]
    if _ABBREVIATION_END.search(body) and tail.startswith("."):  # "for the U.S.": the stop is the abbreviation's too
        body += "."
    place = DISTINCT_PLACES[number % len(DISTINCT_PLACES)]
    return f"{body}, the {place} desk noted in dispatch {number + 1000}{tail}"


def build_corpus(size: int, pool: list[str], seed: int, distinct: bool = False) -> tuple[list, list[str]]:
    """``size`` synthetic Articles and the sentences they were composed from, in order.

    With ``distinct``, the same draws (same articles, dates, sources) with every sentence made
    unique by ``distinct_text``.
    """
    from detente.loading import Article, article_id

    rng = random.Random(seed)
    span = (LAST_DAY - FIRST_DAY).days
    articles, sentences = [], []
    for number in range(1, size + 1):
        picked = rng.sample(pool, rng.randint(*SENTENCES_PER_ARTICLE))
        if distinct:
            picked = [distinct_text(s, len(sentences) + i) for i, s in enumerate(picked)]
        paragraphs, start = [], 0
        while start < len(picked):
            length = rng.randint(1, 3)
            paragraphs.append(" ".join(picked[start : start + length]))
            start += length
        text = "\n\n".join(paragraphs) + "\n"
        words = picked[0].split()
        title = f"Synthetic report {number}: " + " ".join(words[:8]) + ("..." if len(words) > 8 else "")
        articles.append(
            Article(
                id=article_id(text, title),
                path=f"synthetic/{number:05d}.md",
                title=title,
                date=FIRST_DAY + timedelta(days=rng.randint(0, span)),
                source=rng.choice(SOURCES),
                author="Détente sample desk",
                url="",
                sample=True,
                text=text,
            )
        )
        sentences.extend(picked)
    return articles, sentences


def warm_up(pool: list[str]) -> None:
    """Compile lexicons and load TextBlob's lexicon so the timed runs pay no one-off costs."""
    import detente
    from detente.loading import load_paths
    from textblob import TextBlob

    detente.analyze(load_paths([str(SEEDS)]).articles[:WARMUP_ARTICLES])
    for sentence in pool[:50]:
        TextBlob(sentence).sentiment


def rss_mb() -> float:
    """This process's resident-memory high-water mark (ru_maxrss) in MB."""
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / MB if sys.platform == "darwin" else peak * 1024 / MB  # bytes on macOS, KiB on Linux


# --- child processes -------------------------------------------------------------------------


def child_time(size: int, seed: int, distinct: bool = False) -> dict:
    """Timing run: TextBlob loop and the pipeline on the same corpus, no tracemalloc."""
    import detente
    from textblob import TextBlob

    pool, _, _ = sentence_pool()
    warm_up(pool)
    start = time.perf_counter()
    articles, sentences = build_corpus(size, pool, seed, distinct)
    build = time.perf_counter() - start

    start = time.perf_counter()
    for sentence in sentences:
        TextBlob(sentence).sentiment
    textblob_seconds = time.perf_counter() - start

    rss_before = rss_mb()
    start = time.perf_counter()
    analysis = detente.analyze(articles)
    pipeline_seconds = time.perf_counter() - start
    return {
        "size": size,
        "build_seconds": build,
        "sentences": len(sentences),
        "distinct_sentences": len(set(sentences)),
        "pipeline_sentences": len(analysis.sentences),
        "pipeline_scored": int((~analysis.sentences["boilerplate"]).sum()),
        "duplicates": int(analysis.articles["duplicate_of"].notna().sum()),
        "commitments": len(analysis.commitments),
        "evidence": len(analysis.evidence),
        "textblob_seconds": textblob_seconds,
        "pipeline_seconds": pipeline_seconds,
        "rss_before_mb": rss_before,
        "rss_mb": rss_mb(),
    }


def child_memory(size: int, seed: int, distinct: bool = False) -> dict:
    """Memory run: tracemalloc peak from the corpus build through the pipeline."""
    import tracemalloc

    import detente

    pool, _, _ = sentence_pool()
    warm_up(pool)
    tracemalloc.start()
    start = time.perf_counter()
    articles, _ = build_corpus(size, pool, seed, distinct)
    corpus_bytes = tracemalloc.get_traced_memory()[0]
    detente.analyze(articles)
    seconds = time.perf_counter() - start
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return {"size": size, "corpus_mb": corpus_bytes / MB, "peak_mb": peak / MB, "traced_seconds": seconds, "rss_mb": rss_mb()}


def child_profile(size: int, seed: int, top: int, distinct: bool = False) -> None:
    """cProfile of the pipeline on one corpus; prints the top functions two ways."""
    import cProfile
    import pstats

    import detente

    pool, _, _ = sentence_pool()
    warm_up(pool)
    articles, _ = build_corpus(size, pool, seed, distinct)
    profiler = cProfile.Profile()
    profiler.runcall(detente.analyze, articles)
    stats = pstats.Stats(profiler, stream=sys.stdout)
    for key in ("cumulative", "tottime"):
        corpus = "distinct" if distinct else "recombined"
        print(f"\n--- cProfile of detente.analyze on {size:,} {corpus} articles, sorted by {key} (top {top}) ---")
        stats.sort_stats(key).print_stats(top)


def run_child(mode: str, size: int, seed: int, distinct: bool = False) -> dict:
    command = [sys.executable, str(Path(__file__).resolve()), f"--child-{mode}", str(size), "--seed", str(seed)]
    command += ["--distinct"] if distinct else []
    out = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    if out.returncode != 0:
        sys.stderr.write(out.stderr)
        raise SystemExit(f"{mode} run for {size} articles failed (exit {out.returncode})")
    return json.loads(out.stdout.strip().splitlines()[-1])


# --- report ------------------------------------------------------------------------------------


def seconds_text(value: float) -> str:
    return f"{value:.1f} s" if value >= 10 else f"{value:.2f} s"


def verdict(ok: bool | None) -> str:
    return "n/a" if ok is None else ("met" if ok else "NOT met")


def progress(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def print_size(t: dict, memory: dict | None, trace_limit: float) -> None:
    """The figures of one timing run (and its memory run, if any)."""
    size = t["size"]
    ratio = t["pipeline_seconds"] / t["textblob_seconds"]
    corpus = "distinct sentences" if t.get("distinct") else "recombined sentences"
    print(f"\n== {size:,} articles, {corpus} ==")
    sharing = (
        "every composed sentence is unique, so nothing is shared"
        if t.get("distinct")
        else "the pipeline analyses a repeated sentence once, so this corpus favours it"
    )
    print(
        f"  sentences: {t['sentences']:,} composed ({t['distinct_sentences']:,} distinct texts: {sharing}); "
        f"the pipeline split them into {t['pipeline_sentences']:,} "
        f"({t['pipeline_scored']:,} scored); {t['duplicates']} flagged duplicate, "
        f"{t['commitments']:,} commitments, {t['evidence']:,} evidence links"
    )
    print(f"  corpus build:               {seconds_text(t['build_seconds'])}")
    print(
        f"  TextBlob(s).sentiment loop: {seconds_text(t['textblob_seconds'])}  "
        f"({t['textblob_seconds'] / t['sentences'] * 1e6:,.0f} µs/sentence, {t['sentences']:,} sentences)"
    )
    print(
        f"  detente.analyze:            {seconds_text(t['pipeline_seconds'])}  "
        f"({size / t['pipeline_seconds']:,.1f} articles/s, {t['pipeline_seconds'] / size * 1e3:,.1f} ms/article)"
    )
    print(f"  ratio pipeline / TextBlob loop (same run): {ratio:.2f}x  (target <= {TARGET_RATIO}x)")
    if len(t.get("ratios", [])) > 1:
        print(f"  ratios of the {len(t['ratios'])} timing runs (the median run is the one shown): " + ", ".join(f"{r:.2f}x" for r in t["ratios"]))
    print(
        f"  resident memory, ru_maxrss high-water of the timing run's process: {t['rss_mb']:,.0f} MB "
        f"(before analyze: {t['rss_before_mb']:,.0f} MB)"
    )
    if memory:
        print(
            f"  tracemalloc peak, separate run (Python allocations from corpus build through analyze): "
            f"{memory['peak_mb']:,.0f} MB (corpus alone {memory['corpus_mb']:,.0f} MB; traced run took "
            f"{seconds_text(memory['traced_seconds'])}, {memory['traced_seconds'] / t['pipeline_seconds']:.2f}x "
            f"the untraced pipeline)"
        )
    else:
        print(
            f"  tracemalloc peak: not measured at this size -- the untraced pipeline took "
            f"{seconds_text(t['pipeline_seconds'])}, over --trace-limit {trace_limit:g} s; "
            f"resident memory above is the figure for this size"
        )


def print_targets(name: str, results: list[tuple[dict, dict | None]]) -> None:
    """Linearity and the targets for one corpus kind."""
    print(f"\n-- {name} --")
    first, last = results[0][0], results[-1][0]
    linearity = None
    if len(results) > 1:
        linearity = (last["pipeline_seconds"] / last["size"]) / (first["pipeline_seconds"] / first["size"])
        print(
            f"Cost linearity: time per article at {last['size']:,} / at {first['size']:,} = {linearity:.2f} "
            f"(~1 is linear; TextBlob loop: "
            f"{(last['textblob_seconds'] / last['sentences']) / (first['textblob_seconds'] / first['sentences']):.2f} "
            f"per sentence)"
        )
    else:
        print("Cost linearity: needs two sizes")

    ratios = ", ".join(f"{t['size']:,}: {t['pipeline_seconds'] / t['textblob_seconds']:.2f}x" for t, _ in results)
    worst_ratio = max(t["pipeline_seconds"] / t["textblob_seconds"] for t, _ in results)
    worst_rss = max(t["rss_mb"] for t, _ in results)
    at_10k = next((t for t, _ in results if t["size"] == 10000), None)
    projected = max(t["pipeline_seconds"] / t["size"] for t, _ in results) * 10000
    print("Targets:")
    print(
        f"  pipeline / TextBlob loop <= {TARGET_RATIO}x: {ratios}; worst {worst_ratio:.2f}x -> "
        f"{verdict(worst_ratio <= TARGET_RATIO)}"
    )
    if at_10k:
        print(
            f"  10,000 articles < {TARGET_SECONDS_10K:g} s: {seconds_text(at_10k['pipeline_seconds'])} -> "
            f"{verdict(at_10k['pipeline_seconds'] < TARGET_SECONDS_10K)}"
        )
    else:
        print(
            f"  10,000 articles < {TARGET_SECONDS_10K:g} s: not run; projected from the slowest size per article: "
            f"{seconds_text(projected)} -> {verdict(projected < TARGET_SECONDS_10K)} (projection)"
        )
    print(
        f"  peak memory < 1 GB: largest resident memory {worst_rss:,.0f} MB (ru_maxrss) -> "
        f"{verdict(worst_rss < TARGET_MEMORY_MB)}"
    )
    print(
        f"  linear cost (~1, within {LINEARITY_TOLERANCE:.0%}): "
        + (f"{linearity:.2f} -> {verdict(abs(linearity - 1) <= LINEARITY_TOLERANCE)}" if linearity else "n/a")
    )


def print_table(results: list[tuple[dict, dict | None]]) -> None:
    print(
        "| Articles | Sentences | `analyze` | Articles/s | TextBlob loop | Ratio | "
        "Peak RSS (ru_maxrss) | Peak tracemalloc |"
    )
    print("|---:|---:|---:|---:|---:|---:|---:|---:|")
    for t, memory in results:
        traced = f"{memory['peak_mb']:,.0f} MB" if memory else "not run"
        print(
            f"| {t['size']:,} | {t['sentences']:,} | {seconds_text(t['pipeline_seconds'])} | "
            f"{t['size'] / t['pipeline_seconds']:,.1f} | {seconds_text(t['textblob_seconds'])} | "
            f"{t['pipeline_seconds'] / t['textblob_seconds']:.2f}x | {t['rss_mb']:,.0f} MB | {traced} |"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=None, help="corpus sizes in articles (default 1000 10000)")
    parser.add_argument("--quick", action="store_true", help="sizes 200 2000")
    parser.add_argument("--seed", type=int, default=2025, help="random seed of the synthetic corpora (default 2025)")
    parser.add_argument(
        "--distinct",
        action="store_true",
        help="also measure corpora in which every sentence text is unique (a neutral trailing clause with a "
        "desk and a dispatch number), where the pipeline's per-distinct-sentence sharing saves nothing",
    )
    parser.add_argument(
        "--trace-limit",
        type=float,
        default=900.0,
        help="skip the tracemalloc run of a size whose untraced pipeline took longer than this many seconds "
        "(the smallest size is always traced; default 900)",
    )
    parser.add_argument(
        "--profile",
        action="store_true",
        help="also cProfile the pipeline on the smallest corpus (the distinct one with --distinct)",
    )
    parser.add_argument("--profile-top", type=int, default=25, help="functions shown per profile listing (default 25)")
    parser.add_argument(
        "--repeats",
        type=int,
        default=3,
        help="timing runs per size, each a fresh child process measuring the TextBlob loop and the pipeline; "
        "the run with the median ratio is reported (default 3: one run's ratio moves by a third on a busy machine)",
    )
    parser.add_argument("--child-time", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--child-memory", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--child-profile", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()

    sys.path.insert(0, str(ROOT))
    if args.child_time:
        print(json.dumps(child_time(args.child_time, args.seed, args.distinct) | {"distinct": args.distinct}))
        return 0
    if args.child_memory:
        print(json.dumps(child_memory(args.child_memory, args.seed, args.distinct)))
        return 0
    if args.child_profile:
        child_profile(args.child_profile, args.seed, args.profile_top, args.distinct)
        return 0

    if args.sizes and args.quick:
        parser.error("--sizes and --quick do not go together")
    sizes = sorted(set(QUICK_SIZES if args.quick else args.sizes or DEFAULT_SIZES))
    if any(size < 1 for size in sizes):
        parser.error("sizes must be positive")

    pool, pool_all, seed_articles = sentence_pool()
    print("Détente analysis benchmark")
    print(
        f"Python {platform.python_version()} on {platform.system()} {platform.machine()}, {os.cpu_count()} CPUs; "
        f"seed {args.seed}"
    )
    print(
        f"Sentence pool: {len(pool)} distinct non-boilerplate sentences ({pool_all} in all) from "
        f"{seed_articles} seed articles in seeds/; each synthetic article takes "
        f"{SENTENCES_PER_ARTICLE[0]}-{SENTENCES_PER_ARTICLE[1]} of them (mean 15) in paragraphs of 1-3, "
        f"dated {FIRST_DAY}..{LAST_DAY}, one of {len(SOURCES)} sample sources."
    )
    if args.distinct:
        print(
            "--distinct: the same corpora again with every composed sentence made unique by a neutral trailing "
            "clause before its final punctuation (\", the Lyon desk noted in dispatch 1234\"; 40 places, the "
            "sentence's running number), so the pipeline shares no per-sentence work."
        )
    print("Each run is a fresh child process, warmed up on a few seed articles first. Times: time.perf_counter.")

    kinds = [False, True] if args.distinct else [False]
    results: dict[bool, list[tuple[dict, dict | None]]] = {kind: [] for kind in kinds}
    for distinct in kinds:
        corpus = "distinct" if distinct else "recombined"
        for size in sizes:
            runs = []
            for number in range(max(1, args.repeats)):
                progress(f"timing run {number + 1} of {max(1, args.repeats)}, {size:,} {corpus} articles ...")
                runs.append(run_child("time", size, args.seed, distinct))
            runs.sort(key=lambda run: run["pipeline_seconds"] / run["textblob_seconds"])
            timing = runs[len(runs) // 2] | {"ratios": [run["pipeline_seconds"] / run["textblob_seconds"] for run in runs]}
            memory = None
            if size == sizes[0] or timing["pipeline_seconds"] <= args.trace_limit:
                progress(f"memory run (tracemalloc), {size:,} {corpus} articles ...")
                memory = run_child("memory", size, args.seed, distinct)
            results[distinct].append((timing, memory))
            print_size(timing, memory, args.trace_limit)

    print("\n== Summary ==")
    print_targets("recombined sample sentences (the issue's corpus; repeats favour the pipeline)", results[False])
    if args.distinct:
        print_targets("distinct sentences (--distinct; every sentence text unique)", results[True])
        print("\nRatio pipeline / TextBlob loop, recombined vs distinct:")
        for (plain, _), (unique, _) in zip(results[False], results[True]):
            print(
                f"  {plain['size']:>7,} articles: recombined {plain['pipeline_seconds'] / plain['textblob_seconds']:.2f}x, "
                f"distinct {unique['pipeline_seconds'] / unique['textblob_seconds']:.2f}x"
            )

    print("\nMarkdown table (for the README):\n")
    print_table(results[False])
    if args.distinct:
        print("\nDistinct sentences (`--distinct`):\n")
        print_table(results[True])
    first, last = results[False][0][0], results[False][-1][0]
    lin = (
        f"{(last['pipeline_seconds'] / last['size']) / (first['pipeline_seconds'] / first['size']):.2f}"
        if len(results[False]) > 1
        else "n/a"
    )
    print(
        f"\nTargets: ratio <= {TARGET_RATIO}x, 10,000 articles < {TARGET_SECONDS_10K:g} s, peak memory < 1 GB, "
        f"linear cost (time/article at {last['size']:,} / at {first['size']:,} = {lin}). "
        f"Python {platform.python_version()}, {os.cpu_count()} CPUs; `python bench/analysis.py"
        f"{' --distinct' if args.distinct else ''}`."
    )

    if args.profile:
        corpus = "distinct" if args.distinct else "recombined"
        progress(f"cProfile run, {sizes[0]:,} {corpus} articles ...")
        command = [
            sys.executable, str(Path(__file__).resolve()), "--child-profile", str(sizes[0]),
            "--seed", str(args.seed), "--profile-top", str(args.profile_top),
        ] + (["--distinct"] if args.distinct else [])
        subprocess.run(command, cwd=ROOT, check=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
