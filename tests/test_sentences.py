"""Sentence splitting (abbreviations, initials, numbers) and boilerplate flags."""

from pathlib import Path

import pytest

from detente.sentences import article_sentences, is_boilerplate_paragraph, split_sentences

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_8d3f540e1d07ad72.txt"


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        ("The U.S. and China met. They agreed.", ["The U.S. and China met.", "They agreed."]),
        ("U.S. officials said the talks went well. Beijing agreed.", ["U.S. officials said the talks went well.", "Beijing agreed."]),
        ("He arrived in the U.S. The visit lasted two days.", ["He arrived in the U.S.", "The visit lasted two days."]),
        ("Gen. Brown met Adm. Paparo. Both spoke.", ["Gen. Brown met Adm. Paparo.", "Both spoke."]),
        ("Mr. Wang said growth was 2.5% last year. Exports rose.", ["Mr. Wang said growth was 2.5% last year.", "Exports rose."]),
        ("The deal is worth $1.2 billion. It was signed in Beijing.", ["The deal is worth $1.2 billion.", "It was signed in Beijing."]),
        (
            "Gen. Charles Q. Brown Jr. spoke with Gen. Liu Zhenli on Thursday. The call lasted an hour.",
            ["Gen. Charles Q. Brown Jr. spoke with Gen. Liu Zhenli on Thursday.", "The call lasted an hour."],
        ),
        ("Talks resumed! Did they succeed? Yes.", ["Talks resumed!", "Did they succeed?", "Yes."]),
        ('She said, "We agreed." Then she left.', ['She said, "We agreed."', "Then she left."]),
        ("One sentence without a stop", ["One sentence without a stop"]),
        ("   ", []),
    ],
)
def test_split_sentences(paragraph, expected):
    assert split_sentences(paragraph) == expected


@pytest.mark.parametrize(
    "paragraph",
    [
        "Source: CNN Brasil",
        "Sources: Reuters, AP",
        "Advertisement",
        "ADVERTISEMENT",
        "Read more: China's trade surplus widens",
        "See also: tariffs explained",
        "© 2024 Sample Wire",
        "Copyright 2024 Reuters. All rights reserved.",
        "Reporting by Jane Doe; Editing by Tom Lee",
        "Jane Doe is a senior correspondent covering Asia.",
        "John Smith writes about trade for the desk.",
        "Bruce Belcher is a seasoned author with over 5 years of experience in world news.",
    ],
)
def test_boilerplate_flagged(paragraph):
    assert is_boilerplate_paragraph(paragraph)


@pytest.mark.parametrize(
    "paragraph",
    [
        "The source of the dispute was a new round of tariffs.",
        "China read more into the statement than was there.",
        "Officials called the move an advertisement for cooperation.",
        "Xi Jinping has been the country's leader since 2012.",
        "Charles Q. Brown Jr. is the chairman of the Joint Chiefs of Staff.",
    ],
)
def test_news_not_flagged(paragraph):
    assert not is_boilerplate_paragraph(paragraph)


def test_quoted_analyst_not_flagged():
    assert not is_boilerplate_paragraph(
        "Bonnie Glaser is a senior analyst at the German Marshall Fund, and she said the talks had stalled."
    )


def test_seed_last_two_paragraphs_flagged_and_nothing_before():
    sentences = article_sentences(SEED.read_text(encoding="utf-8"))
    last = max(s.paragraph for s in sentences)
    for sentence in sentences:
        assert sentence.boilerplate == (sentence.paragraph >= last - 1), sentence.text
    assert sentences[-4].text == "Source: CNN Brasil"


def test_bio_after_source_line_is_flagged_too():
    text = "Beijing agreed to resume talks.\nSource: Sample Wire\nHe covers Asia from Hong Kong."
    flags = [s.boilerplate for s in article_sentences(text)]
    assert flags == [False, True, True]


def test_early_furniture_does_not_swallow_the_body():
    text = "Advertisement\nBeijing agreed to resume talks.\nThe talks begin in May.\nOfficials welcomed it.\nMore detail."
    flags = [s.boilerplate for s in article_sentences(text)]
    assert flags == [True, False, False, False, False]


def test_indexes_count_every_sentence_and_paragraph():
    sentences = article_sentences("First one. Second one.\n\nThird one.\nSource: X")
    assert [(s.index, s.paragraph) for s in sentences] == [(0, 0), (1, 0), (2, 1), (3, 2)]


def test_bio_shape_in_the_middle_of_an_article_is_body_text():
    body = "\n".join(
        [
            "China and the US held talks.",
            "Jane Doe is a veteran correspondent who covered the summit.",
            "The talks ran for two days.",
            "Officials expect another round.",
            "A third paragraph from the end.",
            "Source: Example Wire",
        ]
    )
    flags = {s.text: s.boilerplate for s in article_sentences(body)}
    assert flags["Jane Doe is a veteran correspondent who covered the summit."] is False
    assert flags["Source: Example Wire"] is True


def test_a_closing_paragraph_about_the_bylined_author_is_a_bio():
    body = (
        "Officials met in Geneva on Tuesday.\n\n"
        "They agreed to meet again.\n\n"
        "The Example Wire desk prepares reports on trade policy for member papers. It is based in Geneva.\n"
    )
    flags = {s.text: s.boilerplate for s in article_sentences(body, author="Example Wire desk")}
    assert flags["The Example Wire desk prepares reports on trade policy for member papers."]
    assert flags["It is based in Geneva."]
    assert not flags["Officials met in Geneva on Tuesday."]
    # Without the byline the same paragraph reads as news.
    assert not any(s.boilerplate for s in article_sentences(body))


def test_a_bylined_surname_opens_a_bio_only_in_the_closing_paragraphs():
    body = (
        "Doe reported on the talks.\n\nTalks went on.\n\nMore talks.\n\nThe end came.\n\n"
        "Doe has covered China since 2010.\n"
    )
    flags = [s.boilerplate for s in article_sentences(body, author="Jane Doe")]
    assert flags == [False, False, False, False, True]


@pytest.mark.parametrize(
    "line",
    [
        "Photo: A container ship is unloaded at the Port of Long Beach. (Sample Wire/Staff)",
        "By Maria Chen and Tom Becker, Washington and Beijing",
        "Get our free Trade Brief newsletter in your inbox every Tuesday.",
        "Correction: An earlier version of this article misstated the date of the meeting.",
        "Listen to this article · 4 min",
        "Editor's note: Opinions expressed in this op-ed are the author's own.",
        "Updated 6:42 p.m. ET, Oct. 30, 2025",
    ],
)
def test_more_page_furniture(line):
    from detente.sentences import is_boilerplate_paragraph

    assert is_boilerplate_paragraph(line, tail=False)


def test_a_sentence_that_opens_with_by_is_news():
    from detente.sentences import is_boilerplate_paragraph

    assert not is_boilerplate_paragraph("By March China had agreed to buy more soybeans.", tail=False)
    assert not is_boilerplate_paragraph("By imposing tariffs, Washington raised pressure.", tail=False)


@pytest.mark.parametrize(
    "line",
    [
        "Already a subscriber? Log in to keep reading.",
        "About the author: Mei Tan covers energy from Singapore.",
        "Update, 9:15 a.m.: adds comment from the embassy.",
    ],
)
def test_more_page_furniture(line):
    assert all(s.boilerplate for s in article_sentences(line))


@pytest.mark.parametrize(
    "line",
    [
        "Have a tip about the trade talks? Contact our reporters securely.",
        "Sponsored content: Navigate tariff changes with our software.",
        "Also in this issue: port fees and licence approvals",
        "This op-ed is part of our series on the Pacific.",
        "The author is a senior fellow at a Washington think tank.",
        "Wen Lu, the Sample Wire's Asia bureau chief, has reported from Hong Kong since 2019.",
    ],
)
def test_even_more_page_furniture(line):
    assert all(s.boilerplate for s in article_sentences(line))


def test_news_about_authors_and_sponsors_is_not_furniture():
    assert not any(s.boilerplate for s in article_sentences("The author of the sanctions bill said Beijing had sponsored the hackers."))


@pytest.mark.parametrize(
    "line",
    [
        "Share on Telegram · Copy link · Print",
        "Facebook | X | LinkedIn | Email",
        "Sign up for our Pacific Evening Note, delivered every weekday.",
        "Tom Alder covers energy and shipping from Hong Kong. Follow him on Bluesky.",
    ],
)
def test_share_bars_newsletter_prompts_and_social_bios_are_furniture(line):
    assert is_boilerplate_paragraph(line)


def test_paywall_prompts_are_furniture_but_a_news_paragraph_ending_in_one_is_not():
    assert is_boilerplate_paragraph("Subscribers only: log in to keep reading.")
    assert is_boilerplate_paragraph("The Trade Bulletin is available to subscribers only.")
    assert not is_boilerplate_paragraph("A tanker left Zhuhai for Bandar Abbas in May, a tracking firm said. Register for free to keep reading.")


def test_a_publisher_line_is_furniture():
    assert is_boilerplate_paragraph("Harbor & Trade Wire is published by a nonprofit newsroom.")
    assert not is_boilerplate_paragraph("The report is published by the ministry every spring, officials said, and it covers fentanyl seizures.")


@pytest.mark.parametrize(
    "paragraph",
    ["You have two free articles left this month. Log in or subscribe to keep reading.", "Subscribe to continue reading."],
)
def test_paywall_meters_are_boilerplate(paragraph):
    assert is_boilerplate_paragraph(paragraph)


def test_a_publishing_schedule_and_a_forwarding_prompt_are_furniture():
    assert is_boilerplate_paragraph("Gulf Maritime Wire is published daily; forward it to a colleague.")
    assert is_boilerplate_paragraph("Forward this newsletter to a friend.")
    assert not is_boilerplate_paragraph("The ministry published the list on Monday and said it would forward the request to a colleague agency.")


def test_free_trade_is_not_a_paywall():
    assert not is_boilerplate_paragraph("The two sides discussed a free trade area and subscribe to the same rules.")


@pytest.mark.parametrize("paragraph", ["You have reached your limit of free articles this month.", "Photograph by Dana Kim for Pacific Ledger"])
def test_paywall_limits_and_photo_credits_are_boilerplate(paragraph):
    assert is_boilerplate_paragraph(paragraph)


@pytest.mark.parametrize(
    "line",
    [
        "Photograph: U.S. Navy handout.",
        "Sign in or create a free account to keep reading this story.",
        "Get the morning China briefing delivered to your inbox before 7 a.m. Eastern.",
        "This letter is published by Formosa Health Media (sample); republication requires permission.",
    ],
)
def test_more_page_furniture(line):
    assert all(s.boilerplate for s in article_sentences(line))


def test_furniture_at_the_end_of_a_news_paragraph_takes_only_itself():
    text = "Police in Xiamen said the American would be released on Friday. They also agreed to let a consul attend. The Review is published every Tuesday."
    flags = [s.boilerplate for s in article_sentences(text)]
    assert flags == [False, False, True]


def test_what_subscribers_can_download_is_furniture():
    assert is_boilerplate_paragraph("Members can download the full briefing as a PDF.")
    assert not is_boilerplate_paragraph("Members of Congress can read the classified annex, aides said.")


def test_follow_our_desk_is_furniture():
    assert is_boilerplate_paragraph("Follow our Asia desk on social media for live updates.")
    assert not is_boilerplate_paragraph("Investigators said they would follow the money on the trail of the fentanyl trade.")
