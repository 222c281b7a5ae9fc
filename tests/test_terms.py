"""The term matcher: same matches as the plain alternation of term_regex sources, much faster."""

import re

import pytest

from detente.terms import (
    blank_month_may,
    _ASCII_FOLDS,
    candidate_scan,
    case_variants,
    compile_named,
    compile_terms,
    load_json,
    term_regex,
    terms_pattern,
)


def _plain(terms, flags=re.IGNORECASE):
    """The reference: one alternation of the term sources, longest term first."""
    ordered = sorted(set(terms), key=lambda t: (-len(t), t))
    return re.compile("|".join(f"(?P<t{i}>{term_regex(t)})" for i, t in enumerate(ordered)), flags), ordered


def _spans(pattern, names, text):
    return [(m.span(), names[int(m.lastgroup[1:])]) for m in pattern.finditer(text)]


TEXTS = [
    "Beijing imposed new tariffs on American soybeans, and Washington raised tariffs again.",
    "The tariff truce held; TARIFFS on chips were cut and the Tariff-Rate quota stayed.",
    "They suspended military talks, then suspended   high-level military-to-military talks.",
    "China's top diplomat and the U.S. envoy spoke of co-operation and de-escalation.",
    "The U.S.-China trade war ended in a trade deal, not a trade-war truce.",
    "Officials cut off all communication channels; the sides cut  off communications.",
    "anti-tariff campaigners and pre-tariff prices; tariffs-related talk; tariff-",
    "The ſanctions and the \u212aey talks in İstanbul (ıran) were noted.",
    "",
    "—tariffs—sanctions’ embargo’s",
]


@pytest.mark.parametrize(
    "terms",
    [
        ["tariff*", "tariffs", "tariff", "trade war", "trade war*", "trade", "trade deal", "tariff-rate quota"],
        ["suspend* ~ talks", "suspend* ~ military talks", "suspended", "talks", "military-to-military talks"],
        ["cut* off ~ communication*", "cut*", "cut off", "communication channel*"],
        ["u.s.", "us", "china's", "china", "co-operat*", "de-escalat*", "sanction*", "key", "iran", "istanbul"],
        ["embargo's", "embargo", "sanctions'", "sanction*"],
    ],
)
def test_same_matches_as_plain_alternation(terms):
    reference, ref_names = _plain(terms)
    fast, names = compile_named(terms)
    assert names == ref_names
    plain = compile_terms(terms)
    reference_plain = re.compile("|".join(term_regex(t) for t in names), re.IGNORECASE)
    for text in TEXTS:
        assert _spans(fast, names, text) == _spans(reference, ref_names, text), text
        assert plain.findall(text) == reference_plain.findall(text), text


def test_shipped_lexicons_match_like_plain_alternation():
    lexicon = load_json("tension_lexicon.json")
    cues = load_json("evidence_cues.json")
    taxonomy = load_json("taxonomy.json")
    lists = [list(lexicon["escalation"]) + list(lexicon["easing"]), lexicon["negators"], lexicon["hedges"]]
    lists.append([t for kind in ("fulfilled", "progress", "setback_strong", "setback") for t in cues[kind]])
    lists += [v["terms"] for k, v in taxonomy.items() if not k.startswith("_")]
    texts = TEXTS + [t.upper() for t in TEXTS] + [
        "Washington and Beijing agreed to curb the flow of fentanyl precursors.",
        "Chinese warships held live-fire drills near the Philippines after talks were suspended.",
        "The two countries pledged to cut methane emissions and resumed high-level climate talks.",
        "China did not agree to lift export controls on rare earth magnets, officials said.",
    ]
    for terms in lists:
        reference, names = _plain(terms)
        fast, fast_names = compile_named(terms)
        for text in texts:
            assert _spans(fast, fast_names, text) == _spans(reference, names, text)


def test_longest_term_wins_and_matches_do_not_overlap():
    pattern, names = compile_named(["trade", "trade war", "war"])
    assert _spans(pattern, names, "a trade war and a war") == [((2, 11), "trade war"), ((18, 21), "war")]


def test_word_edges_star_and_gap():
    pattern = compile_terms(["tariff*", "suspend* ~ talks"])
    assert pattern.findall("Tariffs, anti-tariff, tariff-rate") == ["Tariffs", "tariff-rate"]
    assert pattern.findall("suspended all high-level military talks") == ["suspended all high-level military talks"]
    assert pattern.findall("suspended one two three four five six seven talks") == []


def test_case_sensitive_terms():
    pattern = terms_pattern(["USA", "US"], ignorecase=False)
    assert pattern.findall("US and USA, not us or Us") == ["US", "USA"]
    reference = re.compile("|".join(term_regex(t) for t in ["USA", "US"]))
    text = "US-made, USA's, U.S., BUS, US-"
    assert pattern.findall(text) == reference.findall(text)


def test_empty_term_list_matches_nothing():
    assert compile_terms([]).findall("anything at all") == []


def test_case_variants_agree_with_ignorecase():
    """Every character re.IGNORECASE lets an ASCII letter match, and no other, is in its class."""
    every = "".join(map(chr, range(0x110000)))
    for letter in "abcdefghijklmnopqrstuvwxyz":
        found = set(re.findall(letter, every, re.IGNORECASE))
        assert found == case_variants(letter) == case_variants(letter.upper()), letter
    assert set(_ASCII_FOLDS) <= set("abcdefghijklmnopqrstuvwxyz")
    assert case_variants("-") == frozenset("-")
    assert case_variants("7") == frozenset("7")


def _findall_by_scan(groups, text, parts=False):
    """Each group's compile_terms(terms, parts).findall(text), found the way topics.match_topics does."""
    anywhere, by_two, by_one = candidate_scan(groups, parts=parts)
    patterns = {g: compile_terms(terms, parts=parts) for g, terms in groups.items()}
    found = {g: [] for g in groups}
    ends = {g: 0 for g in groups}
    for m in anywhere.finditer(text):
        place = m.start()
        names = by_two.get(text[place : place + 2])
        for group in names if names is not None else by_one.get(text[place], ()):
            if ends[group] <= place and (match := patterns[group].match(text, place)):
                found[group].append(match.group(0))
                ends[group] = match.end()
    return found


@pytest.mark.parametrize(
    "groups",
    [
        {"a": ["tariff*", "trade war", "trade"], "b": ["trade deal", "war", "tariff-rate quota"], "c": ["deal"]},
        {"a": ["suspend* ~ talks", "military"], "b": ["military talks", "talks", "suspended"], "c": ["cut* off ~ communication*"]},
        {"a": ["u.s.", "us", "china's"], "b": ["s", "i", "k*"], "c": ["co-operat*", "'s", "sanctions'"], "d": ["iran", "key"]},
        {"a": [" tariffs", "*x", "t*ade"], "b": ["~ talks", "talks"], "c": ["e"]},
    ],
)
def test_candidate_scan_finds_what_each_group_finds(groups):
    """Overlapping terms of different groups, one-letter terms, quotes and case folds."""
    texts = TEXTS + [t.upper() for t in TEXTS] + ["s i k kS war deal trade deal military talks 's"]
    for text in texts:
        expected = {g: compile_terms(terms).findall(text) for g, terms in groups.items()}
        assert _findall_by_scan(groups, text) == expected, text


def test_candidate_scan_of_no_terms_matches_nothing():
    anywhere, by_two, by_one = candidate_scan({"a": []})
    assert anywhere.search("anything") is None and by_two == {} and by_one == {}


@pytest.mark.parametrize(
    "terms",
    [
        ["tariff*", "tariffs", "tariff", "trade war", "trade", "trade deal", "tariff-rate quota"],
        ["suspend* ~ talks", "military-to-military talks", "talks", "military"],
        ["u.s.", "us", "china's", "co-operat*", "de-escalat*", "sanction*", "fentanyl"],
    ],
)
def test_parts_match_like_plain_alternation_of_part_sources(terms):
    """With ``parts`` the fast pattern still equals the alternation of ``term_regex(t, parts=True)``."""
    ordered = sorted(set(terms), key=lambda t: (-len(t), t))
    reference = re.compile("|".join(term_regex(t, parts=True) for t in ordered), re.IGNORECASE)
    fast = compile_terms(terms, parts=True)
    texts = TEXTS + ["non-tariff barriers, fentanyl-related drugs, anti-sanctions law, pre-trade-war prices"]
    for text in texts:
        assert fast.findall(text) == reference.findall(text), text


def test_parts_find_a_term_inside_a_hyphenated_word_and_only_there():
    pattern = compile_terms(["tariff", "fentanyl"], parts=True)
    assert pattern.findall("non-tariff steps on fentanyl-related drugs") == ["tariff", "fentanyl"]
    assert pattern.findall("tariffs, Fentanyls, untariffed") == []
    assert compile_terms(["tariff", "fentanyl"]).findall("non-tariff steps on fentanyl-related drugs") == []


def test_candidate_scan_with_parts_finds_what_each_group_finds():
    groups = {"a": ["tariff*", "trade"], "b": ["fentanyl", "drug*"], "c": ["military-to-military", "military"]}
    text = "non-tariff and anti-drug steps on fentanyl-related trade; military-to-military talks"
    found = _findall_by_scan(groups, text, parts=True)
    assert found == {g: compile_terms(t, parts=True).findall(text) for g, t in groups.items()}
    assert found == {"a": ["tariff", "trade"], "b": ["drug", "fentanyl"], "c": ["military-to-military"]}


def test_parts_leave_out_a_scope_compound():
    pattern = compile_terms(["economy", "fentanyl"], parts=True)
    assert pattern.findall("economy-wide targets, fentanyl-related drugs, the economy") == ["fentanyl", "economy"]


def test_parts_leave_out_a_particle_compound():
    pattern = compile_terms(["trade", "tariff"], parts=True)
    text = "a trade-off, two trade-offs, a trade-in scheme, non-tariff barriers, trade-related rules"
    assert pattern.findall(text) == ["tariff", "trade"]


def test_a_space_in_a_phrase_also_matches_a_hyphen():
    pattern = compile_terms(["coast guard", "forced labour"])
    assert pattern.findall("a coast-guard cutter and forced-labour goods") == ["coast-guard", "forced-labour"]
    assert pattern.findall("a coast guard cutter") == ["coast guard"]


@pytest.mark.parametrize(
    "phrase, side",
    [
        ("Tianjin University", "China"),
        ("Shanghai's port authority", "China"),
        ("The Institute of Plasma Physics in Hefei", "China"),
        ("Jiangsu", "China"),
        ("The ports of Los Angeles and Long Beach separately", "US"),
        ("The University of Michigan", "US"),
        ("Georgia Tech", "US"),
        ("The consulates in Houston and Chengdu", "both"),
        ("The consulate in Chengdu", "US"),
        # firms named after a place and places of neither side are no side
        ("Shandong seafood processors", None),
        ("Osaka University", None),
        ("", None),
    ],
)
def test_an_institution_of_a_place_belongs_to_its_side(phrase, side):
    from detente.terms import place_owner

    assert place_owner(phrase) == side


def test_blank_month_may_keeps_the_modal_and_the_length():
    text = "Officials may meet in May, Gregory May said."
    blanked = blank_month_may(text)
    assert len(blanked) == len(text)
    assert "may meet" in blanked and "May" not in blanked
    assert blank_month_may("May I add one point?") == "May I add one point?"
