"""Détente dashboard: routes between the pages and owns the shared sidebar filters.

Run with ``streamlit run dashboard.py``. Each page in ``pages/`` reads the cached analysis
through ``app_state.page_context()``, filters, draws and explains.
"""

import streamlit as st

import app_state

PAGES = [
    st.Page("pages/overview.py", title="Overview", icon=":material/dashboard:", default=True),
    st.Page("pages/topics.py", title="Topics", icon=":material/category:"),
    st.Page("pages/tension.py", title="Tension", icon=":material/show_chart:"),
    st.Page("pages/commitments.py", title="Commitments", icon=":material/handshake:"),
    st.Page("pages/articles.py", title="Articles", icon=":material/article:"),
]

st.set_page_config(page_title="Détente · US–China relations in the news", page_icon=":material/public:", layout="wide")
page = st.navigation(PAGES)
st.session_state["_navigation"] = True
st.session_state[app_state.PAGE_KEY] = page.url_path
app_state.setup()
page.run()
app_state.write_url()
