"""How fast the dashboard answers, measured with Streamlit's AppTest on the seed corpus.

    python bench/app_speed.py [--repeat 3]

Prints: the first run in a fresh process with empty caches (what the first visitor of a newly
started server waits for: the app's imports, the analysis and the drawing), the first run of a
second session (analysis cached), then in one session the first visit of each page (its charts
built: figures are kept by content in ``detente.charts``, as a server keeps them across reruns)
and reruns after a filter change and after each page switch. Targets: first load under 3 s, a
filter change or page switch under 0.5 s.
(AppTest keeps caches in memory only, so the disk cache a real server adds is not measured.)
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGES = ["pages/overview.py", "pages/topics.py", "pages/tension.py", "pages/commitments.py", "pages/articles.py"]
TIMEOUT = 120


def timed(action) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def child() -> None:
    """First runs of two sessions in this fresh process (Streamlit loaded, as in a server); prints seconds."""
    import streamlit as st
    from streamlit.testing.v1 import AppTest

    st.cache_data.clear()
    st.cache_resource.clear()
    for _ in range(2):
        start = time.perf_counter()
        at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=TIMEOUT).run()
        assert not at.exception, at.exception
        print(f"{time.perf_counter() - start:.3f}")


def fresh_process() -> tuple[float, float]:
    out = subprocess.run([sys.executable, __file__, "--child"], cwd=ROOT, capture_output=True, text=True, check=True)
    first, second = (float(line) for line in out.stdout.strip().splitlines()[-2:])
    return first, second


def session_reruns(repeat: int) -> dict[str, list[float]]:
    """Reruns in one warm session: filter changes and page switches."""
    sys.path.insert(0, str(ROOT))
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=TIMEOUT).run()
    times: dict[str, list[float]] = {}
    # First visit of each page in this process: its figures are built (no figure kept yet).
    for page in PAGES[1:]:
        times[f"first visit: {Path(page).stem}"] = [timed(lambda: at.switch_page(page).run())]
    at.switch_page(PAGES[0]).run()
    for _ in range(repeat):
        times.setdefault("filter: samples off", []).append(timed(lambda: at.toggle(key="f_samples").set_value(False).run()))
        times.setdefault("filter: samples on", []).append(timed(lambda: at.toggle(key="f_samples").set_value(True).run()))
        times.setdefault("filter: topic Trade", []).append(timed(lambda: at.multiselect(key="f_topics").set_value(["trade"]).run()))
        times.setdefault("filter: all topics", []).append(timed(lambda: at.multiselect(key="f_topics").set_value([]).run()))
        for page in PAGES:
            times.setdefault(f"page switch: {Path(page).stem}", []).append(timed(lambda: at.switch_page(page).run()))
        at.switch_page(PAGES[0]).run()
        assert not at.exception, at.exception
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        sys.path.insert(0, str(ROOT))
        child()
        return 0

    runs = [fresh_process() for _ in range(args.repeat)]
    cold = statistics.median(r[0] for r in runs)
    second = statistics.median(r[1] for r in runs)
    print(f"{'first load, fresh server (imports + analysis + draw)':<55} {cold:7.2f} s   target < 3 s")
    print(f"{'first load, next session (analysis cached)':<55} {second:7.2f} s   target < 3 s")
    reruns = session_reruns(args.repeat)
    worst = 0.0
    for name, values in reruns.items():
        median = statistics.median(values)
        worst = max(worst, median)
        label = name if len(values) == 1 else f"{name}, median of {len(values)}"
        print(f"{label:<55} {median:7.3f} s")
    print(f"{'slowest rerun (median)':<55} {worst:7.3f} s   target < 0.5 s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
