"""Shared fixtures: the repository on ``sys.path``, Streamlit caches cleared between AppTests,
and the seed corpus analysed once per session for the plain-Python view and chart tests."""

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


@pytest.fixture(autouse=True)
def clear_streamlit_caches():
    """Caches live in the process, so one AppTest would see another's results: start each test clean."""
    if "streamlit" in sys.modules:
        import streamlit as st

        st.cache_data.clear()
        st.cache_resource.clear()
    yield


@pytest.fixture(scope="session")
def seed_analysis():
    """The demo corpus (``seeds/``) analysed once."""
    from detente import analyze_paths

    return analyze_paths([ROOT / "seeds"])
