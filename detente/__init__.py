"""Détente: reading US–China relations through the news.

``analyze`` turns articles into the tables every view shows; ``analyze_paths`` loads
files and folders first. Plain Python: nothing here imports Streamlit.
"""

from detente.pipeline import Analysis, analyze, analyze_paths

__all__ = ["Analysis", "analyze", "analyze_paths"]
