"""Write articles/*.md and scenarios.json from the hand-written scenarios below.

All article text and all gold labels (commitments, evidence, effects,
statuses) are hand-written here; the script only writes files and draws the
seeded holdout split (random.Random(7)) over scenario ids.

Evidence "severity" (only on setbacks): "ends" = the setback ends or reverses
the commitment (suspended, broke off, cancelled, reneged, reimposed, withdrew,
halted, terminated); "mild" = has not done enough, stalled, delayed, fell
short, slowed.
"""
import json
import math
import random
from pathlib import Path

HERE = Path(__file__).parent

BOILER = {
    "Source: Devset Wire", "Source: Pacific Policy Review", "Advertisement",
    "Advertisement - Scroll to continue",
    "\u00a9 2024 Devset Wire. All rights reserved.",
    "Copyright 2024 Example News Group.",
    "Sign up for our weekly defense newsletter.",
    "Sign up for our technology newsletter.",
    "Subscribe now for unlimited access to our reporting.",
    "Share this article on social media",
    "Follow us on X for breaking updates.",
    "Photo credit: Devset Wire staff",
    "Reporting by Lin Wei", "Reporting by Lin Wei; Editing by Mark Adams",
    "Read more: What the soybean trade means for the Midwest",
    "Click here to read our full coverage of U.S.-China trade.",
    "Daniel Ortiz covers defense policy for the Asia desk and previously reported from Beijing.",
    "Daniel Ortiz covers technology policy for the Asia desk.",
    "Jane Holloway is a seasoned reporter with two decades of experience covering energy and climate.",
    "Jane Holloway is a seasoned reporter with two decades of experience covering Asia and the Pacific.",
    # furniture added with sc30-sc45
    "\u00a9 2025 Devset Wire. All rights reserved.",
    "Copyright 2025 Example News Group.",
    "Read more: Inside the fight over rare earth magnets",
    "Read more: How foreign correspondents cover China from afar",
    "Photo credit: Pool via Devset Wire",
    "Trade Desk Daily is published every weekday morning.",
    "Listen to this article",
    "Correction: An earlier version of this article misstated the day the talks ended.",
    "This article has been updated with comment from the Chinese embassy.",
    "Michael Chen is a former U.S. trade official who teaches at Georgetown University.",
    # furniture added with sc46-sc61
    "\u00a9 2026 Devset Wire. All rights reserved.",
    "Sign up for our climate newsletter.",
    # furniture added with sc62-sc81
    "Reporting by Ana Ruiz in Washington; additional reporting by Lin Wei in Beijing",
    "Farm Markets Weekly is compiled by our agriculture desk.",
    "Editor's note: This story has been updated to include a response from the Pentagon.",
    "Correction: An earlier version of this article misstated the number of plants.",
    "Watch: Inside the Gulf of Aden escort mission",
    "Related: How the fentanyl tariff was set",
    "The views expressed are the author's own.",
    "Read more: Why Chinese students are rethinking America",
    "Read more: The long search for America's missing airmen in China",
    "Sign up for our diplomacy newsletter.",
    "Gift this article",
    "Photo credit: Devset Wire / Hong Kong bureau",
    "Grace Liu directs the China program at a Washington think tank and was a Fulbright scholar in Nanjing.",
    # furniture added with sc82-sc101
    "Read more: What a delisting would mean for Chinese stocks",
    "Copyright 2026 Example News Group.",
    "Editor's note: Names of detainees have been withheld at their lawyers' request.",
    "Energy Markets Brief is compiled by our commodities desk.",
    "Read more: The crowded sky: who tracks the satellites?",
    "Photo credit: U.S. Navy handout",
    "This analysis is part of our series on the Red Sea crisis.",
    "Correction: An earlier version of this article misstated the number of pending applications.",
    "Box Office Briefing appears every Wednesday.",
    # furniture added with sc102-sc117
    "Reporting by Ana Ruiz; Editing by Mark Adams",
    "Correction: An earlier version of this article misstated the name of the pier.",
    "Drug Policy Monitor is compiled by our Washington bureau.",
    "This article has been updated with comment from the Department of Homeland Security.",
    "Read more: Who repairs the internet's undersea cables?",
    "Sign up for our energy newsletter.",
    "Follow our coverage of Congress and China.",
    "Photo credit: U.S. Coast Guard handout",
}

# Each article: (date, title, [sentences]); body = " ".join(sentences)
SCEN = [
  {
    "id": "sc01",
    "articles": [
      ("2023-11-16", "China agrees to target fentanyl precursor makers", [
        "President Biden and Xi Jinping met for four hours at the Filoli estate in Woodside, California, on Wednesday.",
        "China agreed to go after companies that manufacture and export the chemicals used to make fentanyl, a senior U.S. official told reporters.",
        "In return, Washington agreed to remove a Chinese police forensics institute from its trade blacklist.",
        "Fentanyl overdoses kill tens of thousands of Americans every year.",
        "The two leaders also discussed Taiwan and export controls without reaching any breakthrough.",
        "Chinese state media described the meeting as candid and in-depth.",
      ]),
      ("2024-01-31", "Counternarcotics working group meets in Beijing", [
        "U.S. and Chinese officials held the first meeting of a joint counternarcotics working group in Beijing on Tuesday, focusing on precursor chemicals.",
        "The Commerce Department formally removed the forensics institute from its entity list last week.",
        "Separately, the Commerce Department said it was reviewing new rules on chip exports.",
        "Taiwan's president-elect, Lai Ching-te, is due to take office in May.",
        "Overdose deaths in the United States have started to decline, according to preliminary federal data.",
      ]),
      ("2024-04-20", "Beijing moves against online chemical sellers", [
        "Chinese authorities warned domestic companies against selling precursor chemicals to traffickers and shut down hundreds of online listings, U.S. officials said.",
        "Some members of Congress said they remained skeptical of Beijing's intentions.",
        "Secretary of State Antony Blinken is due in Shanghai and Beijing next week.",
        "Prices of U.S. soybeans slipped on weaker export demand.",
        "Source: Devset Wire",
      ]),
    ],
    "commitments": [
      {"article": 1, "sentence": "China agreed to go after companies that manufacture and export the chemicals used to make fentanyl",
       "actor": "China", "topic": "counternarcotics",
       "evidence": [
         (2, "held the first meeting of a joint counternarcotics working group in Beijing on Tuesday", "progress"),
         (3, "warned domestic companies against selling precursor chemicals to traffickers and shut down hundreds of online listings", "progress"),
       ], "status": "in_progress"},
      {"article": 1, "sentence": "Washington agreed to remove a Chinese police forensics institute from its trade blacklist",
       "actor": "US", "topic": "counternarcotics",
       "evidence": [
         (2, "formally removed the forensics institute from its entity list last week", "fulfilled"),
       ], "status": "fulfilled"},
    ],
  },
  {
    "id": "sc02",
    "articles": [
      ("2023-11-17", "Leaders agree to restore military channels", [
        "The two presidents agreed to resume military-to-military communications at all levels, including calls between theater commanders.",
        "Beijing had cut off most military channels in August 2022 after then-Speaker Nancy Pelosi visited Taiwan.",
        "U.S. officials said the lack of contact raised the risk of an accident at sea or in the air.",
        "The meeting took place on the sidelines of the APEC forum in San Francisco.",
      ]),
      ("2023-12-22", "Top generals hold first call in over a year", [
        "Gen. Charles Q. Brown Jr., chairman of the Joint Chiefs of Staff, held a video call with Gen. Liu Zhenli of the People's Liberation Army on Thursday, the first such talks in more than a year.",
        "The Pentagon's annual report estimated that China has more than 500 operational nuclear warheads.",
        "Analysts said the call was welcome but warned that dialogue alone would not prevent incidents.",
        "Advertisement",
        "China's economy grew about 5% this year, according to official figures.",
      ]),
      ("2024-09-12", "Indo-Pacific commander speaks with Chinese counterpart", [
        "Adm. Samuel Paparo, head of U.S. Indo-Pacific Command, spoke by video with the commander of China's Southern Theater Command on Tuesday.",
        "Philippine and Chinese vessels collided near Sabina Shoal last month.",
        "The U.S. Navy has increased its presence in the region, officials said.",
        "Beijing has long objected to U.S. surveillance flights near its coast.",
        "Daniel Ortiz covers defense policy for the Asia desk and previously reported from Beijing.",
      ]),
      ("2024-11-30", "Military channels fully restored, Pentagon says", [
        "A Pentagon official said the United States and China have now fully restored every military channel that existed before 2022.",
        "The official spoke on condition of anonymity to discuss internal assessments.",
        "Chinese warships continued to operate near Japan's southwestern islands this week.",
        "Washington and Manila held talks on expanding U.S. access to Philippine bases.",
        "Sign up for our weekly defense newsletter.",
      ]),
    ],
    "commitments": [
      {"article": 1, "sentence": "The two presidents agreed to resume military-to-military communications at all levels",
       "actor": "both", "topic": "military",
       "evidence": [
         (2, "held a video call with Gen. Liu Zhenli of the People's Liberation Army on Thursday, the first such talks in more than a year", "progress"),
         (3, "spoke by video with the commander of China's Southern Theater Command on Tuesday", "progress"),
         (4, "have now fully restored every military channel that existed before 2022", "fulfilled"),
       ], "status": "fulfilled"},
    ],
  },
  {
    "id": "sc03",
    "articles": [
      ("2025-10-31", "China commits to soybean purchases after Busan talks", [
        "China committed to buy 12 million metric tons of U.S. soybeans by the end of the year, the Treasury secretary said on Thursday.",
        "Chinese buyers had not purchased any American soybeans from the new harvest before the meeting.",
        "Farmers in Iowa and Illinois welcomed the news after months of uncertainty.",
        "The announcement followed talks between Mr. Trump and Xi in Busan, South Korea.",
      ]),
      ("2025-11-20", "State trader books U.S. soybean cargoes", [
        "State-owned trader COFCO booked several cargoes of U.S. soybeans this week, the first large purchases from the new crop.",
        "Brazil is expected to harvest a record soybean crop early next year.",
        "A U.S. Navy destroyer sailed through the Taiwan Strait on Monday.",
        "Chicago soybean futures have risen about 10% since the summer.",
      ]),
      ("2025-12-31", "Soybean buying ends year below target", [
        "Chinese purchases of U.S. soybeans reached about 8 million tons by the end of December, falling short of the 12 million tons promised for the year.",
        "Some analysts said the target was always ambitious given the timing of the harvest.",
        "Beijing announced new export controls on some battery technologies.",
        "U.S. wheat exports to Asia rose in December.",
        "Read more: What the soybean trade means for the Midwest",
      ]),
    ],
    "commitments": [
      {"article": 1, "sentence": "China committed to buy 12 million metric tons of U.S. soybeans by the end of the year",
       "actor": "China", "topic": "trade",
       "evidence": [
         (2, "booked several cargoes of U.S. soybeans this week, the first large purchases from the new crop", "progress"),
         (3, "falling short of the 12 million tons promised for the year", "setback", "mild"),
       ], "status": "partial"},
    ],
  },
  {
    "id": "sc04",
    "articles": [
      ("2023-11-16", "U.S. and China to open talks on AI risks", [
        "The United States and China agreed to establish government talks on the risks of artificial intelligence, the White House said.",
        "The two leaders did not discuss any easing of chip export controls, officials said.",
        "China has criticized U.S. restrictions on advanced semiconductors as an attempt to hold back its development.",
        "Experts have warned that AI could be used to design cyberweapons.",
      ]),
      ("2024-05-15", "First AI dialogue held in Geneva", [
        "Officials from the two countries held their first intergovernmental dialogue on artificial intelligence in Geneva on Tuesday.",
        "Several U.S. technology companies released new AI models this month.",
        "The White House raised tariffs on Chinese electric vehicles to 100% on the same day.",
        "\u00a9 2024 Devset Wire. All rights reserved.",
      ]),
      ("2025-03-10", "Second round of AI talks cancelled", [
        "The new administration cancelled a planned second round of the AI dialogue, saying it saw little value in the talks.",
        "Chinese startup DeepSeek released a low-cost AI model in January that rattled U.S. technology stocks.",
        "Nvidia shares fell 3% on Monday.",
        "Lawmakers continue to debate how to regulate AI at home.",
      ]),
    ],
    "commitments": [
      {"article": 1, "sentence": "The United States and China agreed to establish government talks on the risks of artificial intelligence",
       "actor": "both", "topic": "technology",
       "evidence": [
         (2, "held their first intergovernmental dialogue on artificial intelligence in Geneva on Tuesday", "progress"),
         (3, "cancelled a planned second round of the AI dialogue", "setback", "ends"),
       ], "status": "broken"},
    ],
  },
  {
    "id": "sc05",
    "articles": [
      ("2023-11-15", "Sunnylands statement revives climate cooperation", [
        "Both countries committed to pursue efforts to triple global renewable energy capacity by 2030, according to the Sunnylands statement released on Wednesday.",
        "The two sides also agreed to set up a working group on enhancing climate action in the 2020s.",
        "The statement was negotiated by John Kerry and Xie Zhenhua over several days in California.",
        "Environmental groups said the document lacked firm language on coal.",
        "The two countries together produce about 40% of global greenhouse gas emissions.",
      ]),
      ("2024-05-09", "Climate working group meets for first time", [
        "The working group on enhancing climate action held its first meeting in Washington this week, with officials discussing methane and clean energy.",
        "Mr. Kerry stepped down as climate envoy earlier this year.",
        "U.S. tariffs on Chinese solar cells are set to rise in August.",
        "Delegates from more than 170 countries met in Ottawa for talks on a global plastics treaty.",
        "Jane Holloway is a seasoned reporter with two decades of experience covering energy and climate.",
      ]),
      ("2025-02-20", "Climate channel goes quiet", [
        "Work under the climate working group has stalled since the change of administration in Washington, with no meetings held this year.",
        "Global average temperatures in 2024 were the highest on record.",
        "Electric cars made up nearly half of new car sales in China last year.",
        "Coal consumption in India rose to a record last year.",
        "Advertisement",
      ]),
    ],
    "commitments": [
      {"article": 1, "sentence": "Both countries committed to pursue efforts to triple global renewable energy capacity by 2030",
       "actor": "both", "topic": "climate", "evidence": [], "status": "unverified"},
      {"article": 1, "sentence": "The two sides also agreed to set up a working group on enhancing climate action in the 2020s",
       "actor": "both", "topic": "climate",
       "evidence": [
         (2, "The working group on enhancing climate action held its first meeting in Washington this week", "progress"),
         (3, "Work under the climate working group has stalled since the change of administration in Washington", "setback", "mild"),
       ], "status": "partial"},
    ],
  },
  {
    "id": "sc06",
    "articles": [
      ("2024-08-29", "Beijing agrees to Taiwan Strait risk talks, Sullivan says", [
        "Chinese officials agreed to hold a dedicated dialogue with U.S. counterparts on reducing military risks in the Taiwan Strait, Jake Sullivan told reporters after his visit to Beijing.",
        "Mr. Sullivan met Wang Yi and Gen. Zhang Youxia, a vice chairman of the Central Military Commission.",
        "Beijing repeated that Taiwan is the first red line that must not be crossed.",
        "The visit was the first by a U.S. national security adviser to China since 2016.",
      ]),
      ("2024-11-06", "Chinese aircraft near Taiwan as Americans vote", [
        "Americans voted in a presidential election on Tuesday.",
        "Taiwan's defense ministry reported 20 Chinese military aircraft near the island over the past day.",
        "Taiwanese officials said they expected continuity in U.S. policy whoever won.",
        "Polls showed a close race in several swing states.",
        "Share this article on social media",
      ]),
      ("2025-01-15", "Taiwan Strait dialogue still without a date", [
        "The proposed Taiwan Strait risk dialogue has been delayed repeatedly, and no date has been set, two U.S. officials said.",
        "Taiwan's legislature passed a budget bill that cut some defense spending.",
        "China's foreign ministry criticized a U.S. congressional delegation's trip to Taipei.",
        "Scholars disagree about whether such talks would reduce the risk of conflict.",
      ]),
    ],
    "commitments": [
      {"article": 1, "sentence": "Chinese officials agreed to hold a dedicated dialogue with U.S. counterparts on reducing military risks in the Taiwan Strait",
       "actor": "China", "topic": "taiwan",
       "evidence": [
         (3, "The proposed Taiwan Strait risk dialogue has been delayed repeatedly, and no date has been set", "setback", "mild"),
       ], "status": "stalled"},
    ],
  },
  {
    "id": "sc07",
    "articles": [
      ("2024-06-25", "China to lift exit bans on two Americans", [
        "Beijing agreed to lift exit bans on two American citizens who had been barred from leaving China for years, the State Department said on Monday.",
        "The State Department says several other Americans remain wrongfully detained in China.",
        "Chinese authorities use exit bans to stop people from leaving while investigations or disputes are pending.",
        "The two Americans had been involved in commercial disputes with Chinese partners, according to their lawyers.",
        "Reporting by Lin Wei; Editing by Mark Adams",
      ]),
      ("2024-08-10", "First of two Americans leaves China", [
        "One of the two Americans crossed into Hong Kong and flew home on Friday, his family said.",
        "Beijing has sanctioned U.S. lawmakers who criticize its policies in Xinjiang.",
        "Rights groups urged the administration to press for the release of relatives of Uyghur Americans.",
        "Hong Kong's legislature passed a new national security ordinance earlier this year.",
      ]),
      ("2024-09-20", "Second American returns home", [
        "The second American left China this week, which means Beijing has delivered on its promise to lift both exit bans, a State Department spokesman said.",
        "Advocacy groups said other U.S. citizens still face travel restrictions in China.",
        "The spokesman declined to discuss other consular cases.",
        "China's Foreign Ministry said foreigners who obey Chinese law have nothing to fear.",
        "Subscribe now for unlimited access to our reporting.",
      ]),
    ],
    "commitments": [
      {"article": 1, "sentence": "Beijing agreed to lift exit bans on two American citizens who had been barred from leaving China for years",
       "actor": "China", "topic": "human_rights",
       "evidence": [
         (2, "One of the two Americans crossed into Hong Kong and flew home on Friday", "progress"),
         (3, "Beijing has delivered on its promise to lift both exit bans", "fulfilled"),
       ], "status": "fulfilled"},
    ],
  },
  {
    "id": "sc08",
    "articles": [
      ("2024-01-28", "Wang Yi promises to raise Red Sea attacks with Tehran", [
        "Wang Yi promised to urge Tehran to rein in Houthi attacks on commercial ships in the Red Sea, U.S. officials said after his meeting with Jake Sullivan in Bangkok.",
        "The Houthis have attacked more than two dozen merchant ships since November.",
        "Shipping companies have rerouted vessels around the Cape of Good Hope, raising costs.",
        "China's only overseas military base is in Djibouti, near the southern entrance of the Red Sea.",
      ]),
      ("2024-03-15", "U.S. sees little Chinese pressure on Iran", [
        "U.S. officials said Beijing has not done enough to press Iran over the Houthi attacks and that they had seen little sign of Chinese pressure.",
        "The Houthis fired missiles at a tanker in the Gulf of Aden on Thursday.",
        "China's crude imports rose in February, customs data showed.",
        "Insurance rates for ships crossing the Red Sea remain high.",
        "Follow us on X for breaking updates.",
      ]),
    ],
    "commitments": [
      {"article": 1, "sentence": "Wang Yi promised to urge Tehran to rein in Houthi attacks on commercial ships in the Red Sea",
       "actor": "China", "topic": "middle_east",
       "evidence": [
         (2, "Beijing has not done enough to press Iran over the Houthi attacks", "setback", "mild"),
       ], "status": "stalled"},
    ],
  },
  {
    "id": "sc09",
    "articles": [
      ("2025-11-01", "Tariff cuts follow Busan meeting", [
        "Washington will cut the tariff linked to fentanyl on Chinese goods to 10% from 20%, starting Nov. 10, the White House said.",
        "In return, Beijing will suspend the retaliatory tariffs it imposed in March on U.S. farm products, including pork and beef.",
        "The moves came after Mr. Trump met Xi in South Korea on Thursday.",
        "Markets in Asia rose on the news.",
        "Source: Devset Wire",
      ]),
      ("2025-11-11", "Lower tariffs take effect", [
        "The lower fentanyl tariff took effect on Monday, completing the cut announced after the summit.",
        "China's tariff commission said its suspension of the duties on U.S. farm products also took effect on Monday.",
        "Chinese exports to the United States fell sharply in October from a year earlier.",
        "Some economists said tariffs would remain high by historical standards.",
      ]),
      ("2025-12-19", "China reimposes farm tariffs", [
        "China reimposed its retaliatory tariffs on U.S. farm products on Friday, accusing Washington of new restrictions on Chinese technology firms.",
        "Analysts said the dispute could unravel the broader truce.",
        "Hog prices in the Midwest fell on the news.",
        "The White House did not immediately respond to a request for comment.",
        "Click here to read our full coverage of U.S.-China trade.",
      ]),
    ],
    "commitments": [
      {"article": 1, "sentence": "Washington will cut the tariff linked to fentanyl on Chinese goods to 10% from 20%, starting Nov. 10",
       "actor": "US", "topic": "trade",
       "evidence": [
         (2, "The lower fentanyl tariff took effect on Monday, completing the cut announced after the summit", "fulfilled"),
       ], "status": "fulfilled"},
      {"article": 1, "sentence": "Beijing will suspend the retaliatory tariffs it imposed in March on U.S. farm products",
       "actor": "China", "topic": "trade",
       "evidence": [
         (2, "its suspension of the duties on U.S. farm products also took effect on Monday", "fulfilled"),
         (3, "China reimposed its retaliatory tariffs on U.S. farm products on Friday", "setback", "ends"),
       ], "status": "broken"},
    ],
  },
  {
    "id": "sc10",
    "articles": [
      ("2025-11-02", "China to issue general licenses for critical minerals", [
        "China agreed to issue general licenses for exports of rare earths, gallium, germanium and graphite to U.S. end users, the White House said.",
        "Export licensing had slowed shipments of rare-earth magnets to U.S. automakers earlier in the year.",
        "China processes about 90% of the world's rare earths.",
        "Defense contractors rely on rare earths for missiles and fighter jets.",
      ]),
      ("2025-12-05", "First general licenses issued", [
        "Chinese regulators issued the first general licenses for rare-earth magnet exports to several U.S. automakers this week, industry officials said.",
        "Rare-earth prices in China fell 3% in November.",
        "The Defense Department has invested in a rare-earth magnet plant in Texas.",
        "Taiwan's president visited a navy base in the south of the island.",
        "Photo credit: Devset Wire staff",
      ]),
    ],
    "commitments": [
      {"article": 1, "sentence": "China agreed to issue general licenses for exports of rare earths, gallium, germanium and graphite to U.S. end users",
       "actor": "China", "topic": "technology",
       "evidence": [
         (2, "Chinese regulators issued the first general licenses for rare-earth magnet exports to several U.S. automakers this week", "progress"),
       ], "status": "in_progress"},
    ],
  },
  {
    "id": "sc11",
    "articles": [
      ("2024-05-31", "Defense chiefs meet in Singapore", [
        "Defense Secretary Lloyd Austin and Adm. Dong Jun agreed at the Shangri-La Dialogue to hold another in-person meeting before the end of the year.",
        "It was the first face-to-face meeting between the two defense chiefs in 18 months.",
        "Mr. Austin raised concerns about Chinese military activity around Taiwan.",
        "The talks lasted more than an hour, a Pentagon spokesman said.",
      ]),
      ("2024-07-20", "China and Russia hold naval drills", [
        "China and Russia began joint naval drills near the southern port of Zhanjiang on Sunday.",
        "The Pentagon said a Chinese fighter jet made an unsafe intercept of a U.S. surveillance plane over the South China Sea.",
        "NATO leaders called China a decisive enabler of Russia's war in Ukraine.",
        "Ukraine's foreign minister visited China this week for talks on ending the war.",
        "Advertisement",
      ]),
      ("2024-10-15", "PLA stages drills around Taiwan", [
        "The People's Liberation Army staged the Joint Sword-2024B exercise around Taiwan on Monday.",
        "Taiwan's coast guard said it tracked more than a dozen Chinese vessels.",
        "The State Department said it was seriously concerned by the drills.",
        "Taiwan's president had called on Beijing to stop threatening the island in a speech days earlier.",
        "Copyright 2024 Example News Group.",
      ]),
    ],
    "commitments": [
      {"article": 1, "sentence": "agreed at the Shangri-La Dialogue to hold another in-person meeting before the end of the year",
       "actor": "both", "topic": "military", "evidence": [], "status": "unverified"},
    ],
  },
  {
    "id": "sc12",
    "articles": [
      ("2023-11-08", "U.S. to host Chinese experts on methane", [
        "Washington promised to host Chinese experts for a joint workshop on methane monitoring in the first half of next year.",
        "Beijing released a national methane action plan this week but set no numerical goal.",
        "Methane has caused roughly 30% of global warming since the industrial revolution.",
        "U.S. officials had pressed China for years to address methane.",
      ]),
      ("2024-04-22", "Coal still dominates China's power mix", [
        "Coal still generates about 60% of China's electricity.",
        "A heat wave in southern China set temperature records this month.",
        "Scientists said atmospheric methane concentrations reached a new high last year.",
        "Environmental groups said the world needs to cut methane much faster.",
        "Source: Pacific Policy Review",
      ]),
    ],
    "commitments": [
      {"article": 1, "sentence": "Washington promised to host Chinese experts for a joint workshop on methane monitoring",
       "actor": "US", "topic": "climate", "evidence": [], "status": "unverified"},
    ],
  },
  {
    "id": "sc13",
    "articles": [
      ("2024-01-10", "Militaries agree to maritime talks and commander calls", [
        "The two militaries agreed to hold talks under the Military Maritime Consultative Agreement in the spring, the first since 2021.",
        "They also committed to setting up video calls between U.S. theater commanders and their Chinese counterparts.",
        "The agreement came at defense policy coordination talks at the Pentagon this week.",
        "Both sides described the talks as frank.",
      ]),
      ("2024-04-05", "Navies hold maritime safety talks", [
        "Officers from the two navies met in Qingdao this week for maritime safety talks under the consultative agreement.",
        "Japan and the Philippines held a joint coast guard exercise near Manila.",
        "China's defense budget is rising 7.2% this year.",
        "Analysts said such talks rarely produce headlines but can prevent accidents.",
      ]),
      ("2024-09-11", "Theater commanders speak", [
        "Adm. Samuel Paparo held a video call with Gen. Wu Yanan of China's Southern Theater Command on Tuesday, the first such theater-level talks.",
        "China launched a new aircraft carrier for sea trials.",
        "The Pentagon released satellite images of Chinese construction on a reef.",
        "Japan scrambled jets after a Chinese surveillance plane entered its airspace.",
        "Share this article on social media",
      ]),
      ("2024-12-28", "China suspends maritime talks over Taiwan arms sale", [
        "China suspended the maritime safety talks in protest at a new U.S. arms package for Taiwan, the Pentagon said.",
        "The package includes radar systems and spare parts for fighter jets.",
        "Taiwan's defense ministry thanked Washington for the sale.",
        "The Chinese foreign ministry said the United States was sending the wrong signals to separatist forces.",
      ]),
    ],
    "commitments": [
      {"article": 1, "sentence": "The two militaries agreed to hold talks under the Military Maritime Consultative Agreement in the spring",
       "actor": "both", "topic": "military",
       "evidence": [
         (2, "Officers from the two navies met in Qingdao this week for maritime safety talks under the consultative agreement", "progress"),
         (4, "China suspended the maritime safety talks in protest at a new U.S. arms package for Taiwan", "setback", "ends"),
       ], "status": "broken"},
      {"article": 1, "sentence": "They also committed to setting up video calls between U.S. theater commanders and their Chinese counterparts",
       "actor": "both", "topic": "military",
       "evidence": [
         (3, "Adm. Samuel Paparo held a video call with Gen. Wu Yanan of China's Southern Theater Command on Tuesday", "progress"),
       ], "status": "in_progress"},
    ],
  },
  {
    "id": "sc14",
    "articles": [
      ("2025-11-10", "Beijing to license precursor exports to North America", [
        "Beijing will require exporters of 13 precursor chemicals to obtain licenses for shipments to the United States, Mexico and Canada, the Commerce Ministry said.",
        "U.S. officials have long said Chinese chemicals are the main source of ingredients for illicit fentanyl.",
        "The chemicals can be used to make fentanyl and other synthetic opioids.",
        "Mexican cartels have increasingly sourced chemicals from India as well, experts say.",
      ]),
      ("2025-12-15", "Precursor licensing rule pushed back", [
        "The new licensing requirement has been delayed until next year because customs officials need more time to prepare, according to people familiar with the matter.",
        "Mexican authorities seized a record shipment of fentanyl pills in Sinaloa last week.",
        "Chinese diplomats said fentanyl was mainly a problem of U.S. demand.",
        "Overdose deaths fell again in the latest federal figures.",
        "Reporting by Lin Wei",
      ]),
    ],
    "commitments": [
      {"article": 1, "sentence": "Beijing will require exporters of 13 precursor chemicals to obtain licenses for shipments to the United States, Mexico and Canada",
       "actor": "China", "topic": "counternarcotics",
       "evidence": [
         (2, "The new licensing requirement has been delayed until next year", "setback", "mild"),
       ], "status": "stalled"},
    ],
  },
  {
    "id": "sc15",
    "articles": [
      ("2024-02-20", "China to restart human rights talks with U.S.", [
        "The Chinese government consented to restart a formal dialogue on human rights with the United States, which has not met since 2015.",
        "U.S. officials have long criticized China's treatment of Uyghurs in Xinjiang.",
        "The last round of the dialogue was held in Washington in August 2015.",
        "Rights groups said past rounds produced few concrete results.",
      ]),
      ("2024-07-18", "Beijing breaks off rights dialogue", [
        "Beijing broke off the planned human rights dialogue after Washington imposed sanctions on Hong Kong officials, the State Department said.",
        "A Hong Kong court convicted 14 pro-democracy activists of subversion in May.",
        "Rights groups said the talks would have been largely symbolic.",
        "Tibetan exile groups held a rally in Washington on Sunday.",
        "\u00a9 2024 Devset Wire. All rights reserved.",
      ]),
    ],
    "commitments": [
      {"article": 1, "sentence": "The Chinese government consented to restart a formal dialogue on human rights with the United States",
       "actor": "China", "topic": "human_rights",
       "evidence": [
         (2, "Beijing broke off the planned human rights dialogue after Washington imposed sanctions on Hong Kong officials", "setback", "ends"),
       ], "status": "broken"},
    ],
  },
  {
    "id": "sc16",
    "articles": [
      ("2023-09-23", "Treasury and Chinese ministry launch working groups", [
        "The U.S. Treasury and China's Ministry of Finance agreed to launch two working groups, one on the economy and one on finance, that will meet regularly.",
        "Each group is led by officials at the deputy minister level.",
        "Treasury Secretary Janet Yellen has said a full decoupling of the two economies would be disastrous.",
        "U.S. tariffs on Chinese goods remain in place.",
      ]),
      ("2023-10-25", "Economic working group holds first meeting", [
        "The economic working group held its first meeting by video on Tuesday.",
        "China's exports fell for a sixth straight month in September.",
        "The yuan weakened against the dollar.",
        "U.S. Treasury yields rose to their highest level since 2007.",
        "Jane Holloway is a seasoned reporter with two decades of experience covering Asia and the Pacific.",
      ]),
      ("2024-04-08", "Yellen wraps up Guangzhou and Beijing visit", [
        "The economic and financial working groups have now met four times, with the latest round held in Beijing during Ms. Yellen's visit.",
        "Ms. Yellen warned that Chinese overcapacity in electric vehicles and solar panels threatens American jobs.",
        "She also visited a Guangzhou restaurant that became popular with tourists after her previous trip.",
        "Chinese officials said Washington should not politicize trade.",
      ]),
      ("2025-03-12", "Economic channels slow down", [
        "Meetings of the working groups have slowed sharply this year, and no new session has been scheduled, a Treasury official said.",
        "New tariffs on Chinese imports took effect last week.",
        "Advertisement - Scroll to continue",
        "China's trade surplus hit a record last year.",
        "The yuan was little changed against the dollar this month.",
      ]),
    ],
    "commitments": [
      {"article": 1, "sentence": "agreed to launch two working groups, one on the economy and one on finance, that will meet regularly",
       "actor": "both", "topic": "trade",
       "evidence": [
         (2, "The economic working group held its first meeting by video on Tuesday", "progress"),
         (3, "The economic and financial working groups have now met four times", "progress"),
         (4, "Meetings of the working groups have slowed sharply this year", "setback", "mild"),
       ], "status": "partial"},
    ],
  },
  {
    "id": "sc17",
    "articles": [
      ("2025-09-16", "China to approve TikTok transfer", [
        "China agreed to approve the transfer of TikTok's U.S. operations to a group of American investors, the Treasury secretary said after talks in Madrid.",
        "A U.S. law requires ByteDance to sell TikTok's American business or face a ban.",
        "About 170 million Americans use the app, according to the company.",
        "The talks in Madrid also covered tariffs and export controls.",
      ]),
      ("2025-10-20", "Regulators review TikTok deal", [
        "Chinese regulators began reviewing the TikTok transaction this week, a Commerce Ministry spokesman said.",
        "U.S. lawmakers questioned whether the app's algorithm would remain under Chinese control.",
        "TikTok's rivals reported strong quarterly advertising revenue.",
        "The app added new shopping features in the United States this year.",
        "Sign up for our technology newsletter.",
      ]),
      ("2025-12-23", "Beijing signs off on TikTok sale", [
        "Beijing formally approved the sale of TikTok's U.S. business, clearing the last regulatory hurdle, ByteDance said.",
        "American investors hold a majority of the new joint venture.",
        "Critics said the deal still leaves ByteDance with a significant stake.",
        "Shares of the largest U.S. investor in the venture rose 4% on the news.",
        "Daniel Ortiz covers technology policy for the Asia desk.",
      ]),
    ],
    "commitments": [
      {"article": 1, "sentence": "China agreed to approve the transfer of TikTok's U.S. operations to a group of American investors",
       "actor": "China", "topic": "technology",
       "evidence": [
         (2, "Chinese regulators began reviewing the TikTok transaction this week", "progress"),
         (3, "Beijing formally approved the sale of TikTok's U.S. business, clearing the last regulatory hurdle", "fulfilled"),
       ], "status": "fulfilled"},
    ],
  },
  {
    "id": "sc18",
    "articles": [
      ("2024-03-20", "U.S. and China to coordinate Gaza aid", [
        "Washington and Beijing agreed to coordinate humanitarian aid deliveries to Gaza through United Nations agencies, the State Department said.",
        "More than a million people in Gaza face severe food shortages, according to aid agencies.",
        "China has called for an immediate ceasefire and a two-state solution.",
        "The two countries have sharply different positions on the war.",
      ]),
      ("2024-04-26", "Diplomats meet on Gaza aid", [
        "U.S. and Chinese diplomats held a first coordination meeting on Gaza aid with U.N. officials in New York on Thursday.",
        "Israel opened an additional crossing into northern Gaza this month.",
        "Students at several U.S. universities held protests over the war.",
        "Chinese state media criticized U.S. weapons deliveries to Israel.",
      ]),
    ],
    "commitments": [
      {"article": 1, "sentence": "Washington and Beijing agreed to coordinate humanitarian aid deliveries to Gaza through United Nations agencies",
       "actor": "both", "topic": "middle_east",
       "evidence": [
         (2, "held a first coordination meeting on Gaza aid with U.N. officials in New York on Thursday", "progress"),
       ], "status": "in_progress"},
    ],
  },
]

# Scenarios added after the holdout was drawn: always in the tuning split, so the
# original set-aside quarter stays exactly as it was.
ADDED = [
  {
    "id": "sc19",
    "articles": [
      ("2024-11-17", "Biden and Xi agree humans must control nuclear launch decisions", [
        "President Biden and Xi Jinping agreed on Saturday that humans, not artificial intelligence, should keep control over any decision to use nuclear weapons, the White House said.",
        "The two leaders met on the sidelines of the Asia-Pacific Economic Cooperation summit in Lima, Peru.",
        "It was expected to be their last meeting before Biden leaves office in January.",
        "Xi warned that Beijing would not tolerate any challenge to its red lines on Taiwan.",
      ]),
      ("2025-01-10", "Pentagon expands AI in logistics", [
        "The Pentagon said it was expanding its use of artificial intelligence in logistics and maintenance planning.",
        "Congress is weighing new limits on Chinese-made drones.",
        "A bipartisan group of senators called for tighter scrutiny of Chinese investment in U.S. farmland.",
        "Advertisement",
      ]),
    ],
    "commitments": [
      {"article": 1, "sentence": "agreed on Saturday that humans, not artificial intelligence, should keep control over any decision to use nuclear weapons",
       "actor": "both", "topic": "technology", "evidence": [], "status": "unverified"},
    ],
  },
  {
    "id": "sc20",
    "articles": [
      ("2025-05-12", "US and China agree to slash tariffs for 90 days", [
        "The United States and China agreed on Monday to slash the tariffs they imposed on each other's goods for 90 days, after weekend talks in Geneva.",
        "China also agreed to suspend or remove the non-tariff countermeasures it had taken against the United States since early April.",
        "Stock markets rallied on the news.",
        "Treasury Secretary Scott Bessent said neither side wanted a decoupling.",
      ]),
      ("2025-05-15", "Lower tariffs take effect", [
        "The lower tariffs took effect on Wednesday, with U.S. duties on most Chinese imports falling to 30% and Chinese duties on American goods to 10%.",
        "Shipping companies reported a surge in bookings from Chinese ports.",
        "Retailers said prices would take months to come down.",
        "Analysts expected further negotiations over the summer.",
      ]),
      ("2025-05-31", "Trump accuses China of violating Geneva deal", [
        "Trump accused China of violating the Geneva agreement, saying Beijing had been slow to approve exports of rare earth magnets.",
        "Chinese officials rejected the accusation and blamed new U.S. chip restrictions.",
        "Markets in Asia closed lower on Friday.",
        "Source: Devset Wire",
      ]),
      ("2025-06-20", "China speeds rare earth licences after London talks", [
        "Chinese authorities began approving more export licences for rare earth magnets after two days of talks in London, U.S. officials said.",
        "Carmakers in Europe said shortages of the magnets had forced some production lines to pause.",
        "The Commerce Department said it was reviewing its own export rules.",
        "Negotiators are due to meet again in Stockholm next month.",
      ]),
    ],
    "commitments": [
      {"article": 1, "sentence": "agreed on Monday to slash the tariffs they imposed on each other's goods for 90 days",
       "actor": "both", "topic": "trade",
       "evidence": [
         (2, "The lower tariffs took effect on Wednesday", "fulfilled"),
       ], "status": "fulfilled"},
      {"article": 1, "sentence": "China also agreed to suspend or remove the non-tariff countermeasures",
       "actor": "China", "topic": "trade",
       "evidence": [
         (3, "Trump accused China of violating the Geneva agreement", "setback", "mild"),
         (4, "began approving more export licences for rare earth magnets", "progress"),
       ], "status": "in_progress"},
    ],
  },
  {
    "id": "sc21",
    "articles": [
      ("2023-11-16", "Beijing pledges tighter fentanyl precursor controls", [
        "Beijing pledged to tighten controls on the chemicals used to make fentanyl, U.S. officials said after the summit in Woodside.",
        "The White House described the agreement as a first step.",
        "Chinese officials said drug control was a shared responsibility.",
        "The summit lasted about four hours.",
      ]),
      ("2024-08-30", "China schedules three fentanyl precursors", [
        "China added three fentanyl precursor chemicals to its list of controlled substances, with the rules taking effect on Sunday.",
        "The Drug Enforcement Administration welcomed the move.",
        "Separately, Chinese and Philippine vessels clashed again near Second Thomas Shoal.",
        "Overdose deaths in the United States fell sharply last year, federal data showed.",
      ]),
      ("2025-03-05", "Trump doubles fentanyl tariff on China", [
        "The Trump administration doubled its fentanyl-related tariff on Chinese goods, saying Beijing had not done enough to stop the flow of the drug's ingredients.",
        "China's commerce ministry called the tariff increase blackmail.",
        "Farm groups warned of lost soybean sales.",
        "The tariff comes on top of duties imposed in Trump's first term.",
      ]),
    ],
    "commitments": [
      {"article": 1, "sentence": "Beijing pledged to tighten controls on the chemicals used to make fentanyl",
       "actor": "China", "topic": "counternarcotics",
       "evidence": [
         (2, "added three fentanyl precursor chemicals to its list of controlled substances", "progress"),
         (3, "saying Beijing had not done enough to stop the flow of the drug's ingredients", "setback", "mild"),
       ], "status": "partial"},
    ],
  },
  {
    "id": "sc22",
    "articles": [
      ("2023-11-16", "Militaries to hold maritime safety talks", [
        "The two sides agreed to hold talks under the Military Maritime Consultative Agreement, a channel for avoiding accidents at sea.",
        "The Pentagon said the talks would be held at the working level.",
        "Chinese jets have made dozens of risky intercepts of U.S. aircraft in the past two years, officials said.",
        "The agreement dates back to 1998.",
      ]),
      ("2024-04-05", "US and Chinese officers meet in Honolulu", [
        "U.S. and Chinese military officials held talks under the Military Maritime Consultative Agreement in Honolulu this week, the first such meeting since 2021.",
        "The Philippine coast guard reported another confrontation near a disputed reef.",
        "The delegations also toured a naval facility.",
        "Daniel Ortiz covers defense policy for the Asia desk and previously reported from Beijing.",
      ]),
      ("2025-04-04", "Maritime safety talks in Shanghai", [
        "Naval officers from both countries met in Shanghai for another round of maritime safety talks, the U.S. Indo-Pacific Command said.",
        "Beijing criticised the deployment of a U.S. missile system in the Philippines.",
        "The talks were described as frank and constructive.",
        "No joint statement was issued.",
      ]),
    ],
    "commitments": [
      {"article": 1, "sentence": "agreed to hold talks under the Military Maritime Consultative Agreement",
       "actor": "both", "topic": "military",
       "evidence": [
         (2, "held talks under the Military Maritime Consultative Agreement in Honolulu this week", "progress"),
         (3, "met in Shanghai for another round of maritime safety talks", "progress"),
       ], "status": "in_progress"},
    ],
  },
  {
    "id": "sc23",
    "articles": [
      ("2023-11-07", "US and China hold rare arms control consultations", [
        "U.S. and Chinese officials agreed to continue consultations on arms control and nonproliferation after talks in Washington on Monday.",
        "The meeting was the first of its kind in several years.",
        "Beijing has rapidly expanded its nuclear arsenal, according to U.S. estimates.",
        "The State Department led the U.S. delegation.",
      ]),
      ("2024-07-18", "China suspends arms control talks over Taiwan arms sales", [
        "China said it was suspending talks with the United States on arms control and nonproliferation, citing continued U.S. arms sales to Taiwan.",
        "The State Department said the decision undermined strategic stability.",
        "Chinese officials said Washington bore full responsibility.",
        "Copyright 2024 Example News Group.",
      ]),
    ],
    "commitments": [
      {"article": 1, "sentence": "agreed to continue consultations on arms control and nonproliferation",
       "actor": "both", "topic": "military",
       "evidence": [
         (2, "China said it was suspending talks with the United States on arms control and nonproliferation", "setback", "ends"),
       ], "status": "broken"},
    ],
  },
  {
    "id": "sc24",
    "articles": [
      ("2023-11-16", "More flights between the US and China", [
        "Both leaders agreed to significantly increase scheduled passenger flights between the two countries early next year.",
        "Flights remain far below the roughly 150 weekly round trips flown before the pandemic.",
        "The leaders also discussed student exchanges and journalists' visas.",
        "Airline executives welcomed the news.",
      ]),
      ("2024-02-24", "Washington allows more Chinese flights", [
        "The Transportation Department raised the number of weekly round-trip flights Chinese airlines may operate to the United States to 50, up from 35.",
        "U.S. carriers will be allowed the same number of flights to China.",
        "Airlines said demand for business travel was still recovering.",
        "The new schedule begins in April.",
      ]),
    ],
    "commitments": [
      {"article": 1, "sentence": "Both leaders agreed to significantly increase scheduled passenger flights",
       "actor": "both", "topic": "diplomacy",
       "evidence": [
         (2, "raised the number of weekly round-trip flights Chinese airlines may operate to the United States to 50", "progress"),
       ], "status": "in_progress"},
    ],
  },
  {
    "id": "sc25",
    "articles": [
      ("2023-11-17", "Xi invites 50,000 young Americans", [
        "Xi said China was ready to invite 50,000 young Americans to China on exchange and study programs over the next five years.",
        "He made the offer at a dinner with business leaders in San Francisco.",
        "The number of American students in China has fallen to a few hundred.",
        "Chinese officials later said details would be announced by the education ministry.",
      ]),
      ("2024-12-10", "Youth exchange numbers rise", [
        "About 15,000 young Americans have visited China on exchange programs under the initiative so far, Chinese officials said.",
        "The State Department still advises Americans to reconsider travel to China.",
        "Exchange organisers said most visitors were high school and college students.",
        "Reporting by Lin Wei",
      ]),
    ],
    "commitments": [
      {"article": 1, "sentence": "China was ready to invite 50,000 young Americans to China on exchange and study programs",
       "actor": "China", "topic": "diplomacy",
       "evidence": [
         (2, "About 15,000 young Americans have visited China on exchange programs under the initiative so far", "progress"),
       ], "status": "in_progress"},
    ],
  },
  {
    "id": "sc26",
    "articles": [
      ("2025-10-31", "Busan meeting yields tariff and rare earth pledges", [
        "Beijing will suspend for one year the export controls on rare earths that it announced on Oct. 9, the White House said after the meeting in Busan.",
        "Trump said Washington would cut the fentanyl-related tariff on Chinese goods to 10% from 20%.",
        "The two leaders met for about 100 minutes at an air base near the city.",
        "Markets in Asia were little changed after the meeting.",
      ]),
      ("2025-11-10", "Tariff cut and rare earth pause take effect", [
        "The lower fentanyl-related tariff on Chinese goods took effect on Monday, according to a notice from the White House.",
        "China's commerce ministry said it had suspended the October rare earth export measures until November 2026.",
        "Carmakers said supplies of magnets had started to improve.",
        "Some analysts warned that Beijing kept its earlier licensing system in place.",
      ]),
    ],
    "commitments": [
      {"article": 1, "sentence": "Beijing will suspend for one year the export controls on rare earths",
       "actor": "China", "topic": "trade",
       "evidence": [
         (2, "said it had suspended the October rare earth export measures until November 2026", "fulfilled"),
       ], "status": "fulfilled"},
      {"article": 1, "sentence": "Washington would cut the fentanyl-related tariff on Chinese goods to 10% from 20%",
       "actor": "US", "topic": "counternarcotics",
       "evidence": [
         (2, "The lower fentanyl-related tariff on Chinese goods took effect on Monday", "fulfilled"),
       ], "status": "fulfilled"},
    ],
  },
  {
    "id": "sc27",
    "articles": [
      ("2025-10-30", "China to buy US soybeans again", [
        "China will buy 12 million metric tons of American soybeans by the end of the year, Treasury Secretary Scott Bessent said.",
        "Chinese buyers had shunned U.S. soybeans for months during the trade war.",
        "Farm groups in the Midwest welcomed the announcement.",
        "Brazil has become China's main supplier of the crop.",
      ]),
      ("2025-11-14", "Chinese state buyers book US soybean cargoes", [
        "Chinese state buyers bought at least 10 cargoes of U.S. soybeans this week, traders said.",
        "Soybean futures in Chicago rose to their highest level in more than a year.",
        "Private Chinese crushers have so far stayed out of the market.",
        "Shipping rates across the Pacific were steady.",
      ]),
    ],
    "commitments": [
      {"article": 1, "sentence": "China will buy 12 million metric tons of American soybeans by the end of the year",
       "actor": "China", "topic": "trade",
       "evidence": [
         (2, "Chinese state buyers bought at least 10 cargoes of U.S. soybeans this week", "progress"),
       ], "status": "in_progress"},
    ],
  },
  {
    "id": "sc28",
    "articles": [
      ("2025-09-15", "Framework deal reached on TikTok", [
        "U.S. and Chinese negotiators reached a framework agreement in Madrid to transfer TikTok's U.S. operations to American owners, Bessent said.",
        "The talks also covered tariffs and export controls.",
        "Chinese officials said the deal would respect the interests of Chinese companies.",
        "TikTok has about 170 million users in the United States.",
      ]),
      ("2025-09-26", "Trump signs order on TikTok deal", [
        "Trump signed an executive order on Thursday approving the framework agreement for TikTok's U.S. operations.",
        "The order gives the parties 120 days to complete the transaction.",
        "Lawmakers asked for details of how the app's algorithm would be handled.",
        "Advertisement",
      ]),
    ],
    "commitments": [
      {"article": 1, "sentence": "reached a framework agreement in Madrid to transfer TikTok's U.S. operations to American owners",
       "actor": "both", "topic": "technology",
       "evidence": [
         (2, "Trump signed an executive order on Thursday approving the framework agreement for TikTok's U.S. operations", "progress"),
       ], "status": "in_progress"},
    ],
  },
  {
    "id": "sc29",
    "articles": [
      ("2025-10-31", "Washington to pause export blacklist expansion", [
        "The United States will suspend for a year a rule that extended its export blacklist to companies majority-owned by listed firms, officials said.",
        "The rule, issued in late September, had angered Beijing.",
        "Chipmakers had warned that the rule would be hard to apply.",
        "The Commerce Department oversees the entity list.",
      ]),
      ("2025-11-11", "Commerce suspends affiliates rule", [
        "The Commerce Department formally suspended the rule on majority-owned affiliates on Monday, according to a notice published in the Federal Register.",
        "Chinese officials said they would watch how the suspension is applied.",
        "Shares of several Chinese chip firms rose in Hong Kong.",
        "Reporting by Lin Wei",
      ]),
    ],
    "commitments": [
      {"article": 1, "sentence": "will suspend for a year a rule that extended its export blacklist",
       "actor": "US", "topic": "trade",
       "evidence": [
         (2, "formally suspended the rule on majority-owned affiliates on Monday", "fulfilled"),
       ], "status": "fulfilled"},
    ],
  },
  # ---- sc30-sc45: added later as tune-only material, written by hand without
  # opening the analysis code (detente/) or running it.
  {
    "id": "sc30",
    "articles": [
      ("2024-07-31", "Drug working group agrees to swap case files", [
        "Meeting in Washington for its second plenary session, the counternarcotics working group agreed that U.S. and Chinese police would exchange case information on precursor traffickers every quarter, the State Department said on Tuesday.",
        "The U.S. side also undertook to send Chinese forensic laboratories reference samples of newly emerging synthetic opioids, such as nitazenes, so that they can be identified at the border.",
        "The working group was set up after Mr. Biden and Xi Jinping met in Woodside, California, last November.",
        "Chinese officials, as they often do, described fentanyl abuse as a problem rooted in American demand.",
        "Source: Devset Wire",
      ]),
      ("2024-10-22", "First case swap leads to arrests in Hubei", [
        "The first batch of case files was traded in September between the Drug Enforcement Administration and China's Ministry of Public Security, and it has already led to the arrest of two chemical brokers in Hubei province, officials in both capitals said.",
        "A DEA official said the agency would watch closely whether the arrests lead to prosecutions.",
        "Overdose deaths in the United States fell by roughly 10% in the year to June, according to provisional federal data.",
        "In a separate incident, the Philippines accused Chinese coast guard ships of ramming a government vessel near Sabina Shoal.",
        "Reporting by Lin Wei; Editing by Mark Adams",
      ]),
      ("2025-02-18", "Analysis: Drug cooperation drifts as the fentanyl tariff bites", [
        "When the working group met last summer, both sides hailed the quarterly case swaps as the most concrete result of the Woodside summit.",
        "Since then, however, the exchange has slipped well behind schedule: no batch of case files has been handed over since October, according to two people familiar with the working group.",
        "Washington's new 10% tariff on Chinese goods, which the White House justified by pointing to the fentanyl trade, took effect on Feb. 4.",
        "Beijing called the tariff a blatant act of coercion and filed a complaint at the World Trade Organization.",
        "Critics in Congress argue that China could do far more to police its chemical industry if it chose to.",
        "Advertisement",
      ]),
    ],
    "commitments": [
      {"article": 1, "sentence": "agreed that U.S. and Chinese police would exchange case information on precursor traffickers every quarter",
       "actor": "both", "topic": "counternarcotics",
       "evidence": [
         (2, "The first batch of case files was traded in September between the Drug Enforcement Administration and China's Ministry of Public Security", "progress"),
         (3, "no batch of case files has been handed over since October", "setback", "mild"),
       ], "status": "partial"},
      {"article": 1, "sentence": "undertook to send Chinese forensic laboratories reference samples of newly emerging synthetic opioids",
       "actor": "US", "topic": "counternarcotics", "evidence": [], "status": "unverified"},
    ],
  },
  {
    "id": "sc31",
    "articles": [
      ("2025-09-10", "Hegseth and Dong hold first call, agree on maritime talks", [
        "Defense Secretary Pete Hegseth and Adm. Dong Jun agreed during a video call on Tuesday that the two militaries would hold a round of maritime safety talks under the Military Maritime Consultative Agreement before the end of the year.",
        "Mr. Hegseth told his counterpart that Washington did not seek conflict with China, according to a Pentagon readout.",
        "China's defense ministry said the U.S. side should stop sending warships and aircraft to provoke China near its islands and reefs.",
        "It was the first conversation between the two men since Mr. Hegseth took office in January.",
      ]),
      ("2025-11-21", "Maritime safety talks wrap up in Honolulu", [
        "Officers from the U.S. Pacific Fleet and the PLA Navy convened in Honolulu on Tuesday and wrapped up three days of talks under the Military Maritime Consultative Agreement on Thursday, U.S. Indo-Pacific Command said.",
        "A Chinese fighter fired flares near an Australian patrol aircraft over the South China Sea last month, Canberra said.",
        "The Pentagon declined to say when the next round might take place.",
        "Analysts said working-level channels like this one rarely make headlines but can keep a close encounter from turning into a crisis.",
        "Correction: An earlier version of this article misstated the day the talks ended.",
        "Sign up for our weekly defense newsletter.",
      ]),
    ],
    "commitments": [
      {"article": 1, "sentence": "agreed during a video call on Tuesday that the two militaries would hold a round of maritime safety talks",
       "actor": "both", "topic": "military",
       "evidence": [
         (2, "wrapped up three days of talks under the Military Maritime Consultative Agreement on Thursday", "fulfilled"),
       ], "status": "fulfilled"},
    ],
  },
  {
    "id": "sc32",
    "articles": [
      ("2025-06-13", "Aerospace Brief: what the London framework means for planemakers", [
        "Under the framework struck in London this week, Washington will restore export licences for jet engines and parts bound for COMAC, China's state planemaker, which the Commerce Department suspended late last month, a U.S. official said.",
        "Beijing, for its part, agreed to let its airlines resume taking delivery of Boeing jets, a practice frozen in April at the height of the tariff fight.",
        "Boeing had expected to hand about 50 aircraft to Chinese customers this year before the freeze.",
        "COMAC's C919 relies on the LEAP-1C engine built by CFM International, a joint venture of GE Aerospace and Safran.",
        "Subscribe now for unlimited access to our reporting.",
      ]),
      ("2025-07-04", "Engine licences back as Boeing hands over first jet since April", [
        "The Commerce Department reinstated the licences on Wednesday, notifying GE Aerospace that it may resume shipping engines and parts for the C919, the company said.",
        "A day later, deliveries to China resumed when Boeing completed delivery of a 737 MAX 8 to Air China, the first handover to a Chinese carrier since the April freeze.",
        "Industry analysts said COMAC's production targets for the year still looked ambitious.",
        "Separately, Washington and Hanoi announced a trade agreement that sets a 20% tariff on Vietnamese goods.",
      ]),
      ("2025-10-17", "Boeing handovers to China halted again as export-control spat flares", [
        "Chinese airlines have been instructed to stop accepting Boeing aircraft, reversing the resumption of deliveries that Beijing agreed to in June, according to three people briefed on the instruction.",
        "Mr. Trump threatened last week to impose export controls on critical software and suggested that aircraft parts could be next.",
        "China's commerce ministry accused Washington of double standards, saying its new rare earth rules were a legitimate export-control measure.",
        "Boeing shares fell 2% in New York trading.",
        "Reporting by Lin Wei; Editing by Mark Adams",
      ]),
    ],
    "commitments": [
      {"article": 1, "sentence": "Washington will restore export licences for jet engines and parts bound for COMAC",
       "actor": "US", "topic": "technology",
       "evidence": [
         (2, "The Commerce Department reinstated the licences on Wednesday", "fulfilled"),
       ], "status": "fulfilled"},
      {"article": 1, "sentence": "agreed to let its airlines resume taking delivery of Boeing jets",
       "actor": "China", "topic": "trade",
       "evidence": [
         (2, "deliveries to China resumed when Boeing completed delivery of a 737 MAX 8 to Air China", "fulfilled"),
         (3, "Chinese airlines have been instructed to stop accepting Boeing aircraft", "setback", "ends"),
       ], "status": "broken"},
    ],
  },
  {
    "id": "sc33",
    "articles": [
      ("2025-07-16", "Washington to allow Nvidia H20 sales as part of magnet deal", [
        "Washington will issue licences allowing Nvidia to sell its H20 artificial intelligence chip to Chinese customers, Commerce Secretary Howard Lutnick said on Tuesday, describing the move as part of the deal on rare earth magnets.",
        "Beijing, in turn, has agreed to speed up approvals of rare earth magnet exports to American manufacturers, he said.",
        "The H20 was designed to comply with earlier U.S. restrictions and was effectively banned in April when the administration imposed a licence requirement.",
        "China hawks in Congress said the decision would hand Beijing's military a valuable tool.",
        "Daniel Ortiz covers technology policy for the Asia desk.",
      ]),
      ("2025-08-12", "Commerce approves first H20 licences as magnet shipments climb", [
        "The Commerce Department approved the first licences for H20 shipments to China late last week, under an unusual arrangement that gives the government a share of the revenue, people familiar with the matter said.",
        "Shipments of rare earth magnets to U.S. buyers resumed in earnest in June and rose again in July, Chinese customs data showed.",
        "Legal scholars questioned whether the revenue-sharing arrangement is constitutional, since the Constitution bars taxes on exports.",
        "Nvidia's market value passed $4 trillion last month.",
        "Sign up for our technology newsletter.",
      ]),
      ("2025-09-18", "Beijing cools on Nvidia as magnet licences lag", [
        "China's internet regulator told the country's biggest technology firms this week to stop buying Nvidia's RTX Pro 6000D and to cancel existing orders, according to people familiar with the instruction.",
        "Days earlier, the market regulator said a preliminary review found that Nvidia had violated China's antimonopoly law.",
        "American and European manufacturers say China's commerce ministry is still sitting on hundreds of magnet licence applications, and many of the approvals it does grant are valid for only six months.",
        "Nvidia's chief executive said he was disappointed by the reports.",
        "Read more: Inside the fight over rare earth magnets",
      ]),
    ],
    "commitments": [
      {"article": 1, "sentence": "Washington will issue licences allowing Nvidia to sell its H20 artificial intelligence chip to Chinese customers",
       "actor": "US", "topic": "technology",
       "evidence": [
         (2, "approved the first licences for H20 shipments to China late last week", "progress"),
       ], "status": "in_progress"},
      {"article": 1, "sentence": "has agreed to speed up approvals of rare earth magnet exports to American manufacturers",
       "actor": "China", "topic": "technology",
       "evidence": [
         (2, "Shipments of rare earth magnets to U.S. buyers resumed in earnest in June and rose again in July", "progress"),
         (3, "China's commerce ministry is still sitting on hundreds of magnet licence applications", "setback", "mild"),
       ], "status": "partial"},
    ],
  },
  {
    "id": "sc34",
    "articles": [
      ("2025-06-18", "Trump to extend TikTok deadline a third time", [
        "President Trump will sign an executive order this week giving TikTok's Chinese owner, ByteDance, another 90 days to find a non-Chinese buyer for the app's U.S. operations, the White House press secretary said on Tuesday.",
        "A law passed by Congress with bipartisan support required the app to be sold or banned by January.",
        "A deal to spin off TikTok's American business fell apart in April after Beijing signaled it would not approve it following Mr. Trump's tariff announcement.",
        "Some senators have questioned whether the president has the authority to keep extending the deadline.",
      ]),
      ("2025-06-20", "Trump extends TikTok deadline to September", [
        "Mr. Trump signed the order on Thursday, pushing the deadline back to Sept. 17.",
        "TikTok said in a statement that it was grateful for the president's support.",
        "Commerce Secretary Howard Lutnick said any sale would still need China's approval.",
        "A Chinese foreign ministry spokesman said Beijing's position on TikTok had been consistent and clear.",
        "Advertisement - Scroll to continue",
      ]),
      ("2025-07-10", "Opinion: The TikTok deadline has become a ritual", [
        "Every few months the White House announces another reprieve for TikTok, and every few months the promised sale fails to materialize.",
        "Critics argue that the repeated extensions make a mockery of a law that the Supreme Court upheld unanimously in January.",
        "Meanwhile, millions of American small businesses have come to depend on the app for sales.",
        "Whatever one thinks of the app, Congress should decide its fate, not the calendar.",
        "Michael Chen is a former U.S. trade official who teaches at Georgetown University.",
      ]),
    ],
    "commitments": [
      {"article": 1, "sentence": "will sign an executive order this week giving TikTok's Chinese owner, ByteDance, another 90 days",
       "actor": "US", "topic": "technology",
       "evidence": [
         (2, "signed the order on Thursday, pushing the deadline back to Sept. 17", "fulfilled"),
       ], "status": "fulfilled"},
    ],
  },
  {
    "id": "sc35",
    "articles": [
      ("2023-11-15", "Sunnylands: a methane summit now, a broader climate plan later", [
        "The two countries agreed to co-host a summit on methane and other non-carbon-dioxide greenhouse gases at the COP28 climate conference in Dubai next month, according to the Sunnylands statement.",
        "Beijing also committed that its next national climate plan, due in 2025, would cover the whole economy and all greenhouse gases, not just carbon dioxide.",
        "The statement was hammered out by the veteran envoys John Kerry and Xie Zhenhua during several days of talks at the Sunnylands estate.",
        "Environmental groups said it was silent on phasing out coal.",
        "Jane Holloway is a seasoned reporter with two decades of experience covering energy and climate.",
      ]),
      ("2023-12-03", "U.S. and China hold methane summit in Dubai", [
        "On the sidelines of COP28, U.S. and Chinese envoys co-hosted a summit on methane and other non-CO2 gases on Saturday, joined by the United Arab Emirates, the State Department said.",
        "Mr. Kerry announced roughly $1 billion in new grant funding for methane reduction projects worldwide.",
        "Delegates were still arguing over language on fossil fuels in the conference's main text.",
        "Advertisement",
      ]),
      ("2025-09-25", "Xi sets China's first absolute emissions goal", [
        "China's new national climate plan, announced by Mr. Xi at a United Nations event on Wednesday, covers the whole economy and all greenhouse gases, with a 2035 goal of cutting net emissions 7% to 10% from their peak.",
        "Climate scientists said the goal was far too modest to keep warming well below 2 degrees Celsius.",
        "The United States, which is withdrawing from the Paris Agreement for a second time, sent no senior official to the event.",
        "Solar and wind installations in China hit another record in the first half of the year, industry data show.",
        "\u00a9 2025 Devset Wire. All rights reserved.",
      ]),
    ],
    "commitments": [
      {"article": 1, "sentence": "agreed to co-host a summit on methane and other non-carbon-dioxide greenhouse gases at the COP28 climate conference",
       "actor": "both", "topic": "climate",
       "evidence": [
         (2, "U.S. and Chinese envoys co-hosted a summit on methane and other non-CO2 gases on Saturday", "fulfilled"),
       ], "status": "fulfilled"},
      {"article": 1, "sentence": "committed that its next national climate plan, due in 2025, would cover the whole economy and all greenhouse gases",
       "actor": "China", "topic": "climate",
       "evidence": [
         (3, "covers the whole economy and all greenhouse gases, with a 2035 goal", "fulfilled"),
       ], "status": "fulfilled"},
    ],
  },
  {
    "id": "sc36",
    "articles": [
      ("2024-04-27", "Blinken raises detained Americans with Wang", [
        "Wang Yi told Secretary of State Antony Blinken that Beijing would review the cases of three Americans whom Washington considers wrongfully detained, a senior State Department official said on Friday.",
        "In return, U.S. officials agreed to set up a regular channel through which Chinese diplomats can raise the cases of Chinese nationals held in American prisons.",
        "Mr. Blinken spent more than five hours with Mr. Wang and also met Xi Jinping.",
        "The State Department advises Americans to reconsider travel to China because of the risk of arbitrary detention and exit bans.",
      ]),
      ("2024-09-27", "No word from Beijing on detained Americans", [
        "Five months after the meeting, Beijing has yet to respond substantively on any of the three cases, a State Department spokesman said, adding that the families had heard nothing new.",
        "Relatives of one of the men, who has been held since 2012, urged the White House to raise his case directly with Xi.",
        "Separately, a Hong Kong court on Thursday jailed a former editor of the shuttered Stand News for sedition.",
        "Rights groups said a growing number of foreign business executives had been detained or barred from leaving China.",
        "Follow us on X for breaking updates.",
      ]),
      ("2024-10-30", "Lawmakers seek exit-ban reporting", [
        "China's foreign ministry said on Tuesday that the rights of foreigners in China were protected in accordance with the law.",
        "A bipartisan group of lawmakers introduced a bill that would require the State Department to report every year on Americans under exit bans in China.",
        "The State Department has not said how many Americans are currently barred from leaving the country.",
        "Relations have steadied since the Woodside summit, but mistrust runs deep on both sides.",
        "Copyright 2024 Example News Group.",
      ]),
    ],
    "commitments": [
      {"article": 1, "sentence": "Beijing would review the cases of three Americans whom Washington considers wrongfully detained",
       "actor": "China", "topic": "human_rights",
       "evidence": [
         (2, "Beijing has yet to respond substantively on any of the three cases", "setback", "mild"),
       ], "status": "stalled"},
      {"article": 1, "sentence": "agreed to set up a regular channel through which Chinese diplomats can raise the cases of Chinese nationals",
       "actor": "US", "topic": "human_rights", "evidence": [], "status": "unverified"},
    ],
  },
  {
    "id": "sc37",
    "articles": [
      ("2024-02-02", "Sides agree to ease journalist visa logjam", [
        "Washington and Beijing agreed to issue more visas to each other's journalists, easing a standoff that has left only a handful of American reporters in mainland China, officials from both sides said.",
        "At the height of the dispute in 2020, China expelled more than a dozen correspondents from three American newspapers after Washington capped the number of Chinese state media employees in the United States.",
        "Press freedom groups welcomed the news but said visas were only one of many obstacles.",
        "The understanding was reached in talks between mid-level diplomats in Washington.",
      ]),
      ("2024-06-20", "Two American reporters accredited in Beijing", [
        "China's foreign ministry issued press cards to two American correspondents this month, the first new U.S. reporters accredited in the country in more than a year, according to the Foreign Correspondents' Club of China.",
        "The club said in its annual survey that foreign reporters still face surveillance and harassment when covering Xinjiang and Tibet.",
        "The State Department said it was monitoring how the arrangement works in practice.",
        "Beijing and Washington have each accused the other of treating journalists as spies.",
        "Photo credit: Devset Wire staff",
      ]),
      ("2024-12-05", "More U.S. journalists return to China", [
        "Three more American journalists received residence visas in the autumn, and the State Department approved a similar number of visas for Chinese reporters posted to New York and Washington, a U.S. official said.",
        "Several American outlets now cover China from Taipei, Singapore or Seoul.",
        "A Beijing court sentenced a former state media journalist to seven years in prison on espionage charges last week.",
        "Read more: How foreign correspondents cover China from afar",
      ]),
    ],
    "commitments": [
      {"article": 1, "sentence": "Washington and Beijing agreed to issue more visas to each other's journalists",
       "actor": "both", "topic": "diplomacy",
       "evidence": [
         (2, "issued press cards to two American correspondents this month, the first new U.S. reporters accredited in the country in more than a year", "progress"),
         (3, "Three more American journalists received residence visas in the autumn", "progress"),
       ], "status": "in_progress"},
    ],
  },
  {
    "id": "sc38",
    "articles": [
      ("2024-05-30", "Pandas to return to Washington's National Zoo", [
        "China will send two giant pandas to the Smithsonian's National Zoo in Washington by the end of the year, under a new agreement with the China Wildlife Conservation Association, the zoo said on Wednesday.",
        "The zoo's previous pandas went back to China last November when their loan expired, leaving the capital without pandas for the first time in decades.",
        "Panda diplomacy has long served as a barometer of relations between Beijing and Washington.",
        "The San Diego Zoo announced a separate panda loan in February.",
      ]),
      ("2024-09-12", "Washington-bound pandas begin quarantine", [
        "The two pandas chosen for the National Zoo, a male named Bao Li and a female named Qing Bao, have begun a quarantine period at a breeding base in Sichuan ahead of their flight, Chinese officials said.",
        "In San Diego, the pandas Yun Chuan and Xin Bao made their public debut in August and drew long lines.",
        "Workers in Washington have been renovating the panda habitat since the spring.",
        "Photo credit: Pool via Devset Wire",
      ]),
      ("2024-10-08", "Panda pair cleared for export", [
        "Chinese customs cleared export papers for Bao Li and Qing Bao on Monday after the pair completed quarantine, zoo officials said.",
        "Admission to the National Zoo remains free.",
        "China has loaned pandas to zoos in more than 20 countries.",
        "Some critics call panda loans a soft-power tool that distracts attention from human rights abuses.",
        "Share this article on social media",
      ]),
    ],
    "commitments": [
      {"article": 1, "sentence": "China will send two giant pandas to the Smithsonian's National Zoo in Washington by the end of the year",
       "actor": "China", "topic": "diplomacy",
       "evidence": [
         (2, "have begun a quarantine period at a breeding base in Sichuan ahead of their flight", "progress"),
         (3, "Chinese customs cleared export papers for Bao Li and Qing Bao on Monday", "progress"),
       ], "status": "in_progress"},
    ],
  },
  {
    "id": "sc39",
    "articles": [
      ("2024-04-03", "Biden and Xi speak by phone", [
        "Mr. Biden assured Xi during a call on Tuesday that the United States would not support Taiwan independence, the White House said.",
        "Xi warned that Beijing would not sit idly by in the face of separatist activities.",
        "The call was the first between the leaders since their meeting in Woodside in November.",
        "Taiwan's president-elect, Lai Ching-te, takes office on May 20.",
      ]),
      ("2024-05-21", "Lai sworn in as Beijing warns", [
        "Lai Ching-te was sworn in as Taiwan's president on Monday and called on Beijing to stop its intimidation of the island.",
        "Secretary of State Antony Blinken issued a statement congratulating Mr. Lai.",
        "China's Taiwan Affairs Office called Mr. Lai's speech a confession of independence.",
        "A delegation of former U.S. officials attended the ceremony in Taipei.",
        "Source: Pacific Policy Review",
      ]),
      ("2024-05-25", "PLA stages Joint Sword drills around Taiwan", [
        "The PLA's Eastern Theater Command staged two days of drills around Taiwan, dubbed Joint Sword-2024A, which it called punishment for separatist acts.",
        "The Pentagon urged Beijing to act with restraint.",
        "Analysts said the exercise was larger than last year's drills but shorter.",
        "A U.S. official said Washington would keep a close eye on Chinese military activity near the island.",
        "Advertisement",
      ]),
    ],
    "commitments": [
      {"article": 1, "sentence": "assured Xi during a call on Tuesday that the United States would not support Taiwan independence",
       "actor": "US", "topic": "taiwan", "evidence": [], "status": "unverified"},
    ],
  },
  {
    "id": "sc40",
    "articles": [
      ("2025-05-20", "Beijing promises probe of refiners buying Iranian oil, U.S. says", [
        "Chinese officials promised to investigate independent refineries in Shandong province that the Treasury says have processed Iranian crude in breach of U.S. sanctions, and to report their findings within 60 days, a senior U.S. official said.",
        "The Treasury, in turn, agreed to share with Chinese regulators the shipping and payment records behind its sanctions designations.",
        "China buys about 90% of Iran's oil exports, much of it labelled as crude from Malaysia, according to ship-tracking firms.",
        "Beijing has long said it does not recognize unilateral U.S. sanctions.",
        "Reporting by Lin Wei",
      ]),
      ("2025-07-25", "Treasury hands over tanker records; Chinese probe overdue", [
        "Treasury officials sent a first batch of tanker-tracking and payment records to China's commerce ministry in June, a department spokesperson said.",
        "But Beijing has missed the 60-day deadline to report back and has yet to say whether any refinery is under investigation, the spokesperson added.",
        "A ceasefire between Israel and Iran has held since late June, after 12 days of war.",
        "Oil prices have eased since the fighting ended.",
      ]),
      ("2025-10-02", "Analysis: The Iran oil probe that never was", [
        "More than four months on, U.S. officials privately say Beijing has dragged its feet on the refinery probe, treating it as a bargaining chip in the wider trade talks.",
        "The Treasury sanctioned another Shandong refinery and a port terminal operator in Dalian last week for handling Iranian oil.",
        "U.N. sanctions on Iran were reimposed at the end of September under the snapback mechanism triggered by Britain, France and Germany.",
        "China's foreign ministry called the snapback illegitimate.",
        "This article has been updated with comment from the Chinese embassy.",
        "Advertisement - Scroll to continue",
      ]),
    ],
    "commitments": [
      {"article": 1, "sentence": "promised to investigate independent refineries in Shandong province",
       "actor": "China", "topic": "middle_east",
       "evidence": [
         (2, "Beijing has missed the 60-day deadline to report back", "setback", "mild"),
         (3, "Beijing has dragged its feet on the refinery probe", "setback", "mild"),
       ], "status": "stalled"},
      {"article": 1, "sentence": "agreed to share with Chinese regulators the shipping and payment records behind its sanctions designations",
       "actor": "US", "topic": "middle_east",
       "evidence": [
         (2, "sent a first batch of tanker-tracking and payment records to China's commerce ministry in June", "progress"),
       ], "status": "in_progress"},
    ],
  },
  {
    "id": "sc41",
    "articles": [
      ("2025-11-01", "Hegseth says militaries will set up new channels", [
        "Meeting in Kuala Lumpur on Friday, Defense Secretary Pete Hegseth and Adm. Dong Jun agreed to establish new military-to-military channels to deconflict and de-escalate, Mr. Hegseth said on social media.",
        "The meeting came a day after Mr. Trump and Xi Jinping met in Busan.",
        "Mr. Hegseth also raised concerns about China's activities in the South China Sea and around Taiwan.",
        "China's defense ministry said the two militaries should strengthen policy communication.",
      ]),
      ("2025-12-10", "Militaries open theater-level video link", [
        "The two militaries opened the first of the new channels on Tuesday, a video link between the commander of the U.S. Pacific Fleet and his counterpart at the PLA's Eastern Theater Command, according to a Pentagon statement.",
        "Japan protested after Chinese carrier-based jets locked fire-control radar on Japanese fighters near Okinawa.",
        "A Pentagon official said the department would judge the channel by whether the PLA actually answers the phone in a crisis.",
        "Sign up for our weekly defense newsletter.",
      ]),
      ("2026-01-05", "China calls off defense talks over Taiwan arms sale", [
        "Beijing called off a planned round of working-level talks under the new military channels after Washington approved an $11 billion arms package for Taiwan, two U.S. officials said.",
        "The PLA staged large-scale drills around Taiwan at the end of December, simulating a blockade of the island's main ports.",
        "China's foreign ministry also sanctioned 20 U.S. defense firms and 10 of their executives.",
        "Taiwan's presidential office said the drills undermined regional peace.",
        "Daniel Ortiz covers defense policy for the Asia desk and previously reported from Beijing.",
      ]),
    ],
    "commitments": [
      {"article": 1, "sentence": "agreed to establish new military-to-military channels to deconflict and de-escalate",
       "actor": "both", "topic": "military",
       "evidence": [
         (2, "The two militaries opened the first of the new channels on Tuesday", "progress"),
         (3, "Beijing called off a planned round of working-level talks under the new military channels", "setback", "ends"),
       ], "status": "broken"},
    ],
  },
  {
    "id": "sc42",
    "articles": [
      ("2024-11-14", "In Baku, U.S. and China keep the climate door open", [
        "Meeting on the sidelines of the COP29 talks in Baku, the U.S. and Chinese climate envoys agreed to keep working together on their next national climate plans under the Paris Agreement, the State Department said.",
        "They also agreed that the working group on enhancing climate action would meet again in the first quarter of 2025.",
        "The envoys, John Podesta and Liu Zhenmin, co-hosted an event on methane with Azerbaijan's COP presidency.",
        "Donald Trump, who won the presidential election last week, pulled the United States out of the Paris Agreement during his first term.",
        "Jane Holloway is a seasoned reporter with two decades of experience covering energy and climate.",
      ]),
      ("2025-01-21", "Trump walks away from Paris deal again", [
        "Hours after his inauguration on Monday, Mr. Trump signed an order that walked away from the Paris Agreement for the second time.",
        "China's foreign ministry said it was concerned by the decision and that climate change was a common challenge for humanity.",
        "The withdrawal takes effect one year after the United Nations is notified.",
        "Wildfires continued to burn across Los Angeles County.",
        "Advertisement",
      ]),
      ("2025-04-03", "Climate working group misses its date", [
        "The climate working group did not meet in the first quarter as planned, and no new date has been set, officials in Beijing and Washington confirmed.",
        "China's emissions edged down over the past year as clean power met most new demand, an independent analysis found.",
        "European officials have stepped up their climate contacts with Beijing.",
        "New U.S. tariffs on Chinese goods took effect in February and March.",
        "Copyright 2025 Example News Group.",
      ]),
    ],
    "commitments": [
      {"article": 1, "sentence": "agreed to keep working together on their next national climate plans under the Paris Agreement",
       "actor": "both", "topic": "climate",
       "evidence": [
         (2, "Mr. Trump signed an order that walked away from the Paris Agreement for the second time", "setback", "ends"),
       ], "status": "broken"},
      {"article": 1, "sentence": "agreed that the working group on enhancing climate action would meet again in the first quarter of 2025",
       "actor": "both", "topic": "climate",
       "evidence": [
         (3, "The climate working group did not meet in the first quarter as planned, and no new date has been set", "setback", "mild"),
       ], "status": "stalled"},
    ],
  },
  {
    "id": "sc43",
    "articles": [
      ("2023-12-08", "China to allow consular visits to detained American", [
        "Chinese authorities agreed to allow U.S. consular officers monthly visits to an American businessman held in a Shanghai detention center since March, the State Department said on Thursday.",
        "Under a 1980 consular convention, China is obliged to notify the United States when it detains an American citizen and to permit visits.",
        "The man's family said he had been held without charge and denied access to a lawyer of his choosing.",
        "Beijing says the case involves suspected violations of Chinese law and has given no further details.",
        "Reporting by Lin Wei",
      ]),
      ("2024-01-19", "Consul sees detained American for first time", [
        "A U.S. consular officer visited the businessman on Tuesday, the first such visit since his detention, and found him in reasonable health, a State Department spokesperson said.",
        "His family urged the administration to push for his release, not just for visits.",
        "Taiwan elected Lai Ching-te as its next president last Saturday.",
        "Share this article on social media",
      ]),
      ("2024-05-30", "China scraps consular visits to detained American", [
        "Chinese authorities scrapped the monthly consular visits after the businessman's case was handed to the state security ministry in April, and U.S. diplomats have not seen him since, the State Department said.",
        "A State Department spokesperson demanded that Beijing restore access immediately.",
        "China's foreign ministry said the case was being handled in accordance with the law and that the man's lawful rights were protected.",
        "A bipartisan group of senators called for the businessman to be designated as wrongfully detained.",
        "\u00a9 2024 Devset Wire. All rights reserved.",
      ]),
    ],
    "commitments": [
      {"article": 1, "sentence": "agreed to allow U.S. consular officers monthly visits to an American businessman held in a Shanghai detention center",
       "actor": "China", "topic": "human_rights",
       "evidence": [
         (2, "A U.S. consular officer visited the businessman on Tuesday, the first such visit since his detention", "progress"),
         (3, "Chinese authorities scrapped the monthly consular visits", "setback", "ends"),
       ], "status": "broken"},
    ],
  },
  {
    "id": "sc44",
    "articles": [
      ("2025-11-03", "Farm Markets Weekly: the fine print of the Busan deal", [
        "According to a White House fact sheet, China will buy at least 25 million metric tons of U.S. soybeans in each of 2026, 2027 and 2028.",
        "Beijing also agreed to restore the export registrations of U.S. beef plants, which lapsed in March when Chinese customs declined to renew them.",
        "Before the trade war, China bought roughly 25 million to 30 million tons of American soybeans a year.",
        "Brazilian exporters said they expected to keep most of their market share.",
        "Read more: What the soybean trade means for the Midwest",
      ]),
      ("2026-01-22", "Chinese buyers book new-year soybean cargoes", [
        "Chinese state buyers booked roughly 2 million tons of U.S. soybeans for shipment in the first quarter of 2026, exporters said, a brisk start to the multi-year purchase plan.",
        "Soybean futures in Chicago eased on expectations of a large South American harvest.",
        "Farmers said high fertilizer costs were squeezing margins regardless of Chinese demand.",
        "Trade Desk Daily is published every weekday morning.",
      ]),
      ("2026-03-27", "USTR says China lagging on farm purchases", [
        "Chinese soybean purchases are running well behind the pace needed to reach 25 million tons this year, U.S. Trade Representative Jamieson Greer told senators on Thursday.",
        "Mr. Greer added that Chinese customs has yet to renew registrations for any U.S. beef plant, leaving American beef effectively shut out of the Chinese market.",
        "Senators from farm states urged USTR to hold Beijing to its promises.",
        "Chinese officials said purchases were a commercial matter for companies to decide.",
        "Click here to read our full coverage of U.S.-China trade.",
      ]),
    ],
    "commitments": [
      {"article": 1, "sentence": "China will buy at least 25 million metric tons of U.S. soybeans in each of 2026, 2027 and 2028",
       "actor": "China", "topic": "trade",
       "evidence": [
         (2, "Chinese state buyers booked roughly 2 million tons of U.S. soybeans for shipment in the first quarter of 2026", "progress"),
         (3, "Chinese soybean purchases are running well behind the pace needed to reach 25 million tons this year", "setback", "mild"),
       ], "status": "partial"},
      {"article": 1, "sentence": "agreed to restore the export registrations of U.S. beef plants",
       "actor": "China", "topic": "trade",
       "evidence": [
         (3, "Chinese customs has yet to renew registrations for any U.S. beef plant", "setback", "mild"),
       ], "status": "stalled"},
    ],
  },
  {
    "id": "sc45",
    "articles": [
      ("2024-05-10", "Coal-mine methane data to be shared", [
        "China agreed to share methane emissions data from its largest coal mines with U.S. experts twice a year, beginning this summer, under an arrangement reached by the climate working group.",
        "The U.S. side committed to helping train Chinese inspectors in satellite-based leak detection.",
        "Coal mines are China's biggest source of methane, a greenhouse gas far more potent than carbon dioxide over short periods.",
        "Independent researchers have found that official Chinese figures understate emissions from some mining regions.",
      ]),
      ("2024-08-29", "First batch of coal-mine methane data handed over", [
        "Chinese officials handed over the first set of coal-mine methane readings at a technical meeting in Beijing last week, U.S. participants said.",
        "Shanxi province produces about a quarter of China's coal.",
        "Heavy rain caused flooding in several mining areas of northern China in July.",
        "Photo credit: Devset Wire staff",
      ]),
      ("2025-03-20", "Methane data flow slows to a trickle", [
        "The second data set, due in February, arrived more than a month late and covered only a fraction of the mines, two U.S. experts involved in the exchange said.",
        "A satellite launched by an American nonprofit last year has begun mapping methane plumes over China's coal basins.",
        "Global methane concentrations continued to rise last year, scientists said.",
        "China's coal output hit another record in 2024.",
        "Listen to this article",
      ]),
    ],
    "commitments": [
      {"article": 1, "sentence": "China agreed to share methane emissions data from its largest coal mines with U.S. experts twice a year",
       "actor": "China", "topic": "climate",
       "evidence": [
         (2, "handed over the first set of coal-mine methane readings at a technical meeting in Beijing last week", "progress"),
         (3, "The second data set, due in February, arrived more than a month late and covered only a fraction of the mines", "setback", "mild"),
       ], "status": "partial"},
      {"article": 1, "sentence": "committed to helping train Chinese inspectors in satellite-based leak detection",
       "actor": "US", "topic": "climate", "evidence": [], "status": "unverified"},
    ],
  },
  # ---- sc46-sc61: added later still as tune-only material, written by hand
  # without opening the analysis code (detente/) or running it. They stress
  # paraphrased evidence, same-topic pairs, passing mentions of finished
  # pledges, fulfilled-then-reversed pledges and mentions that report nothing.
  {
    "id": "sc46",
    "articles": [
      ("2026-01-22", "Pacific commands agree on a direct line for close encounters", [
        "Duty officers at U.S. Indo-Pacific Command and the PLA's Southern Theater Command will call each other directly whenever warships or military aircraft from the two sides come within close range in the South China Sea, under an arrangement both militaries agreed to in Hawaii this week, a Pentagon spokesman said.",
        "U.S. commanders have long complained that their Chinese counterparts rarely return calls during incidents.",
        "In 2023 a Chinese J-11 fighter flew within 10 feet of a U.S. B-52 bomber over the South China Sea at night, according to the Pentagon.",
        "Beijing says U.S. surveillance flights near its coast are the root cause of such encounters.",
        "Sign up for our weekly defense newsletter.",
      ]),
      ("2026-03-05", "A first call on the new Pacific line", [
        "The line rang for the first time in late February, when a Chinese duty officer called Hawaii to warn that a U.S. destroyer was nearing a PLA live-fire zone off the Paracel Islands, two U.S. officials said.",
        "Officials said the two commands would review how the arrangement is working at a meeting next month.",
        "The Philippines accused Chinese coast guard ships of firing water cannon at one of its supply boats near Second Thomas Shoal.",
        "A retired U.S. admiral said a hotline is only as good as the officers willing to answer it.",
        "Listen to this article",
      ]),
      ("2026-06-10", "Pacific hotline goes quiet", [
        "No officer from either side has picked up the phone since March, even though Chinese and American ships passed within a few hundred meters of each other at least twice in May, a Pentagon official said.",
        "The official said the line itself still works and that neither side has formally closed it.",
        "China's defense ministry said the United States should stop sending warships to stir up trouble in the region.",
        "U.S. and Philippine forces held their annual Balikatan exercises in April and May.",
        "Daniel Ortiz covers defense policy for the Asia desk and previously reported from Beijing.",
      ]),
    ],
    "commitments": [
      {"article": 1, "sentence": "will call each other directly whenever warships or military aircraft from the two sides come within close range in the South China Sea",
       "actor": "both", "topic": "military",
       "evidence": [
         (2, "The line rang for the first time in late February", "progress"),
         (3, "No officer from either side has picked up the phone since March", "setback", "mild"),
       ], "status": "partial"},
    ],
  },
  {
    "id": "sc47",
    "articles": [
      ("2025-11-03", "Busan deal puts logs and sorghum back on China's list", [
        "China will lift the suspension it placed in March on imports of U.S. hardwood logs, according to a White House fact sheet on the agreement.",
        "Beijing also agreed to resume purchases of U.S. sorghum, which Chinese buyers stopped booking after tariffs rose in the spring.",
        "Before the trade war, China took most of the American sorghum crop, much of it grown in Kansas and Texas.",
        "Lumber exporters in the Southeast had been sending logs to Vietnam instead.",
        "Trade Desk Daily is published every weekday morning.",
      ]),
      ("2025-11-24", "Customs notice reopens door to U.S. logs", [
        "The ban on U.S. hardwood logs was lifted by China's General Administration of Customs in a notice dated Nov. 10, and the first containers of American oak have since cleared inspection in Shanghai.",
        "Grain traders said they expect Chinese buyers to return to the sorghum market after the Lunar New Year, when feed demand picks up.",
        "Kansas farmers planted less sorghum this year than last, according to the Agriculture Department.",
        "Soybean futures slipped on Friday as traders waited for fresh Chinese orders.",
        "Click here to read our full coverage of U.S.-China trade.",
      ]),
      ("2026-02-20", "Sorghum growers still waiting on Beijing", [
        "Three months after the deal, sorghum sales to China remain a trickle, far slower than Beijing promised, according to the U.S. Grains Council.",
        "Hardwood exporters, who regained access to China in November, said log prices had recovered to last year's level.",
        "Economists said purchase promises of this kind are hard to verify without monthly Chinese data.",
        "Senators from Kansas urged the administration to press Beijing on sorghum.",
        "Read more: What the soybean trade means for the Midwest",
      ]),
    ],
    "commitments": [
      {"article": 1, "sentence": "China will lift the suspension it placed in March on imports of U.S. hardwood logs",
       "actor": "China", "topic": "trade",
       "evidence": [
         (2, "The ban on U.S. hardwood logs was lifted by China's General Administration of Customs in a notice dated Nov. 10", "fulfilled"),
       ], "status": "fulfilled"},
      {"article": 1, "sentence": "Beijing also agreed to resume purchases of U.S. sorghum",
       "actor": "China", "topic": "trade",
       "evidence": [
         (3, "sorghum sales to China remain a trickle, far slower than Beijing promised", "setback", "mild"),
       ], "status": "stalled"},
    ],
  },
  {
    "id": "sc48",
    "articles": [
      ("2025-11-02", "Beijing to drop its probes into U.S. chipmakers", [
        "China will terminate its antitrust, anti-dumping and anti-discrimination investigations targeting U.S. semiconductor companies, the White House said in a fact sheet on Saturday.",
        "The anti-dumping case, opened in September, covers analog chips made by American firms such as Texas Instruments.",
        "China's market regulator had also found in September that Nvidia broke antitrust law when it bought Mellanox in 2020.",
        "Chinese officials did not confirm the details of the U.S. fact sheet.",
        "Sign up for our technology newsletter.",
      ]),
      ("2025-12-04", "China closes chip investigations", [
        "\"The relevant investigations into U.S. chip firms have all been terminated,\" a commerce ministry spokesman said at a regular briefing on Thursday.",
        "Shares of American analog chipmakers rose modestly on the news.",
        "Some U.S. lawmakers questioned whether Beijing would keep other tools, such as its unreliable entity list, in reserve.",
        "Nvidia still cannot sell its most advanced chips in China under U.S. rules.",
        "\u00a9 2025 Devset Wire. All rights reserved.",
      ]),
      ("2026-03-18", "Beijing revives analog chip case after new U.S. curbs", [
        "Washington added 14 Chinese chip toolmakers to its entity list on Monday, citing their work for the Chinese military.",
        "In response, China's commerce ministry reopened its anti-dumping investigation into U.S. analog chips on Wednesday and said other closed cases could follow.",
        "Analysts said the move showed how quickly concessions in last year's deal could be undone.",
        "The Semiconductor Industry Association said it was studying the new rules.",
        "Photo credit: Pool via Devset Wire",
      ]),
    ],
    "commitments": [
      {"article": 1, "sentence": "China will terminate its antitrust, anti-dumping and anti-discrimination investigations targeting U.S. semiconductor companies",
       "actor": "China", "topic": "technology",
       "evidence": [
         (2, "The relevant investigations into U.S. chip firms have all been terminated", "fulfilled"),
         (3, "reopened its anti-dumping investigation into U.S. analog chips on Wednesday", "setback", "ends"),
       ], "status": "broken"},
    ],
  },
  {
    "id": "sc49",
    "articles": [
      ("2024-10-16", "Coast guards to set up a Taiwan Strait channel", [
        "The U.S. Coast Guard and the China Coast Guard agreed to set up a direct channel for handling encounters between their cutters in and near the Taiwan Strait, a U.S. official said after talks in Beijing on Tuesday.",
        "A U.S. Coast Guard cutter sailed through the strait earlier this year, drawing a protest from Beijing.",
        "China's coast guard has stepped up patrols around Taiwan's Kinmen islands since February, when two Chinese fishermen died while fleeing a Taiwanese patrol boat.",
        "Taipei was not a party to the talks.",
      ]),
      ("2025-01-20", "Analysis: Can a coast guard hotline keep the Taiwan Strait calm?", [
        "Supporters of the coast guard channel say it could defuse the kind of standoff that turned deadly near Kinmen last year.",
        "Skeptics note that China's coast guard belongs to the People's Armed Police, which answers to the same military commission that runs the drills around Taiwan.",
        "U.S. officials said they hoped the first call on the channel could take place before the summer.",
        "The incoming administration has not said what it thinks of the arrangement.",
        "Jane Holloway is a seasoned reporter with two decades of experience covering Asia and the Pacific.",
      ]),
      ("2025-04-08", "Chinese coast guard joins drills around Taiwan", [
        "China's coast guard took part in the PLA's Strait Thunder drills around Taiwan last week, practicing inspections of ships bound for the island.",
        "A State Department spokeswoman demanded that Beijing stop its military pressure on Taiwan.",
        "Coast guard officials from the two countries will review progress on the channel at a meeting next month, according to a U.S. official.",
        "Taiwan's coast guard said it had shadowed several Chinese cutters near its outlying islands.",
        "Follow us on X for breaking updates.",
      ]),
    ],
    "commitments": [
      {"article": 1, "sentence": "agreed to set up a direct channel for handling encounters between their cutters in and near the Taiwan Strait",
       "actor": "both", "topic": "taiwan", "evidence": [], "status": "unverified"},
    ],
  },
  {
    "id": "sc50",
    "articles": [
      ("2024-06-20", "Climate envoys plan coolant workshop and methane visits", [
        "Meeting by video on Wednesday, the U.S. and Chinese climate envoys agreed to hold a joint workshop in Beijing this autumn on catching illegal trade in hydrofluorocarbons, the coolant gases being phased down under the Kigali Amendment.",
        "They also agreed to exchange teams of methane-monitoring experts, with Chinese inspectors visiting U.S. oil and gas fields and American specialists visiting Chinese coal mines.",
        "HFCs are used in air conditioners and refrigerators and can warm the planet thousands of times more than carbon dioxide.",
        "Smuggling of HFCs has grown as quotas tighten in the United States and Europe, according to environmental groups.",
        "Jane Holloway is a seasoned reporter with two decades of experience covering energy and climate.",
      ]),
      ("2024-10-24", "Coolant smuggling on the agenda in Beijing", [
        "Customs officers and refrigerant regulators from both countries spent three days in Beijing last week swapping methods for spotting mislabeled cylinders of coolant gas, the Environmental Protection Agency said.",
        "The agency declined to say which companies had been discussed.",
        "U.S. officials said they hoped the methane teams could start travelling early next year.",
        "An independent analysis suggested China's emissions could fall this year for the first time since the pandemic.",
        "Source: Devset Wire",
      ]),
      ("2025-01-09", "Chinese inspectors fly over the Permian", [
        "A team of inspectors from China's Ministry of Ecology and Environment is in West Texas this week, flying with state regulators on aerial surveys of leaking wells and pipelines.",
        "The trip follows the coolant-smuggling workshop in Beijing in October, one of the few climate projects the two governments finished last year.",
        "American specialists are due in Shanxi's coal country in the spring, though the incoming administration has not said whether that trip will go ahead.",
        "During his first term, President-elect Trump took the United States out of the Paris Agreement.",
        "Photo credit: Devset Wire staff",
      ]),
    ],
    "commitments": [
      {"article": 1, "sentence": "agreed to hold a joint workshop in Beijing this autumn on catching illegal trade in hydrofluorocarbons",
       "actor": "both", "topic": "climate",
       "evidence": [
         (2, "spent three days in Beijing last week swapping methods for spotting mislabeled cylinders of coolant gas", "fulfilled"),
       ], "status": "fulfilled"},
      {"article": 1, "sentence": "They also agreed to exchange teams of methane-monitoring experts",
       "actor": "both", "topic": "climate",
       "evidence": [
         (3, "A team of inspectors from China's Ministry of Ecology and Environment is in West Texas this week", "progress"),
       ], "status": "in_progress"},
    ],
  },
  {
    "id": "sc51",
    "articles": [
      ("2025-11-12", "U.S. and China to pay for Gaza desalination repairs", [
        "Meeting in Cairo on Tuesday, U.S. and Chinese envoys agreed to split the $100 million cost of repairing Gaza's largest desalination plant, with each government paying half through a U.N.-managed fund, Egypt's foreign ministry said.",
        "The plant has run at a fraction of its capacity since the war began in October 2023.",
        "A ceasefire between Israel and Hamas took effect in October under a U.S.-brokered plan.",
        "Aid groups say most of Gaza's two million people lack reliable access to clean water.",
        "Reporting by Lin Wei",
      ]),
      ("2025-12-18", "First money reaches Gaza water fund", [
        "A first payment of $20 million was made into the U.N. fund by China's international development agency this month, U.N. officials said.",
        "Engineers working for the U.N. said repairs could take a year once all the money arrives.",
        "More fuel trucks entered Gaza through the Kerem Shalom crossing this week, U.N. officials said.",
        "The Security Council approved a U.S.-drafted resolution on Gaza's postwar administration in November, with China abstaining.",
        "Advertisement",
      ]),
      ("2026-02-25", "Washington pulls out of Gaza water project", [
        "The United States has withdrawn its $50 million share of the desalination repair, the State Department said, adding that the money had been moved to reconstruction projects run by the Board of Peace.",
        "\"We still hope Washington will reconsider,\" a Chinese foreign ministry spokeswoman said.",
        "China's foreign ministry said the decision would hurt ordinary people in Gaza.",
        "No Houthi attacks on Red Sea shipping have been reported since the ceasefire, according to maritime security firms.",
        "\u00a9 2026 Devset Wire. All rights reserved.",
      ]),
    ],
    "commitments": [
      {"article": 1, "sentence": "agreed to split the $100 million cost of repairing Gaza's largest desalination plant",
       "actor": "both", "topic": "middle_east",
       "evidence": [
         (2, "A first payment of $20 million was made into the U.N. fund by China's international development agency this month", "progress"),
         (3, "The United States has withdrawn its $50 million share of the desalination repair", "setback", "ends"),
       ], "status": "broken"},
    ],
  },
  {
    "id": "sc52",
    "articles": [
      ("2024-09-13", "China agrees to a diplomats' trip to Lhasa", [
        "Chinese officials agreed to let U.S. diplomats from the embassy in Beijing visit Lhasa before the end of the year to look into American travelers' access to Tibet, the State Department said on Friday.",
        "Beijing also agreed to provide information on the health of a Tibetan-American tour operator detained in Shigatse since May.",
        "A 2018 U.S. law requires the State Department to report each year on whether American officials can enter Tibetan areas.",
        "Beijing says Tibet is open to visitors who follow Chinese law.",
        "Share this article on social media",
      ]),
      ("2024-12-19", "Diplomats' Tibet trip put off", [
        "A planned December visit to Lhasa by U.S. diplomats was pushed back at Beijing's request, with Chinese officials citing winter road conditions, a State Department spokesperson said.",
        "The detained tour operator's daughter urged Beijing to keep its word and tell the family how he is.",
        "Only a handful of U.S. diplomats have been allowed into Tibet since the protests in Lhasa in 2008.",
        "Reporting by Lin Wei; Editing by Mark Adams",
      ]),
      ("2025-04-30", "Tibet access report faults China", [
        "The Lhasa trip has since been postponed a second time and no new date has been offered, the department's annual report on access to Tibet said on Tuesday.",
        "The report listed the detained tour operator among the cases U.S. officials continue to raise with Beijing.",
        "China's foreign ministry said the report was full of lies and meddled in China's internal affairs.",
        "Tourist arrivals in Tibet reached a record last year, according to Chinese state media.",
        "This article has been updated with comment from the Chinese embassy.",
      ]),
    ],
    "commitments": [
      {"article": 1, "sentence": "agreed to let U.S. diplomats from the embassy in Beijing visit Lhasa before the end of the year",
       "actor": "China", "topic": "human_rights",
       "evidence": [
         (2, "A planned December visit to Lhasa by U.S. diplomats was pushed back at Beijing's request", "setback", "mild"),
         (3, "The Lhasa trip has since been postponed a second time and no new date has been offered", "setback", "mild"),
       ], "status": "stalled"},
      {"article": 1, "sentence": "agreed to provide information on the health of a Tibetan-American tour operator",
       "actor": "China", "topic": "human_rights", "evidence": [], "status": "unverified"},
    ],
  },
  {
    "id": "sc53",
    "articles": [
      ("2025-11-25", "Trump and Xi speak by phone; Xi to visit Washington", [
        "Xi agreed to make a state visit to the United States later in 2026, the White House said after the two leaders spoke by phone on Monday.",
        "The two foreign ministries also agreed to hold vice-ministerial consultations every six months to prepare leader meetings and handle disputes.",
        "The call covered Ukraine, trade and Taiwan, according to Chinese state media.",
        "Relations have steadied since the two leaders met in Busan, South Korea, last month.",
        "Source: Pacific Policy Review",
      ]),
      ("2026-01-16", "Vice foreign ministers meet in Washington", [
        "Deputy Secretary of State Christopher Landau hosted Executive Vice Foreign Minister Ma Zhaoxu at the State Department on Thursday for the first of the twice-yearly consultations, a department spokesperson said.",
        "Diplomats said the talks also touched on Xi's visit, which officials in both capitals expect in the autumn.",
        "Neither side reported any breakthrough on export controls.",
        "Advertisement - Scroll to continue",
      ]),
      ("2026-07-10", "Second round of vice-ministerial talks slips", [
        "The second round of consultations, which was due in July, has been pushed to the autumn because of scheduling conflicts, officials said.",
        "Commentators in Beijing have argued that Xi should not travel to Washington until U.S. chip controls are eased.",
        "\"We look forward to welcoming President Xi,\" a White House spokeswoman said.",
        "The White House did not give a date for the visit.",
        "Listen to this article",
      ]),
    ],
    "commitments": [
      {"article": 1, "sentence": "Xi agreed to make a state visit to the United States later in 2026",
       "actor": "China", "topic": "diplomacy", "evidence": [], "status": "unverified"},
      {"article": 1, "sentence": "agreed to hold vice-ministerial consultations every six months",
       "actor": "both", "topic": "diplomacy",
       "evidence": [
         (2, "hosted Executive Vice Foreign Minister Ma Zhaoxu at the State Department on Thursday for the first of the twice-yearly consultations", "progress"),
         (3, "The second round of consultations, which was due in July, has been pushed to the autumn", "setback", "mild"),
       ], "status": "partial"},
    ],
  },
  {
    "id": "sc54",
    "articles": [
      ("2025-11-01", "Washington to pause docking fees on Chinese ships", [
        "Washington will put on hold for a year the docking fees it began charging ships built or operated by Chinese companies in October, the U.S. Trade Representative's office said on Saturday.",
        "The fees came out of a Section 301 case meant to revive American shipbuilding.",
        "China answered them with charges on American-linked ships and sanctions on U.S. units of South Korea's Hanwha Ocean.",
        "Some shipping lines had begun moving vessels to other routes to avoid the charges.",
        "Trade Desk Daily is published every weekday morning.",
      ]),
      ("2025-11-12", "Ports stop charging Chinese vessels", [
        "U.S. ports stopped collecting the charges on Monday, and a Cosco container ship that docked in Long Beach that afternoon paid nothing extra, port officials said.",
        "China's suspension of its retaliatory shipping fees took effect the same day.",
        "Freight rates on trans-Pacific routes fell slightly last week.",
        "Click here to read our full coverage of U.S.-China trade.",
      ]),
      ("2026-03-04", "Shipbuilding push moves to Congress", [
        "With the port fees on hold since November, shipbuilding advocates are now pressing Congress for direct subsidies instead.",
        "Analysts said the fees could return in November if the truce frays.",
        "Hanwha Ocean bought the Philly Shipyard in 2024.",
        "China builds more than half of the world's merchant ships by tonnage.",
        "Michael Chen is a former U.S. trade official who teaches at Georgetown University.",
      ]),
    ],
    "commitments": [
      {"article": 1, "sentence": "Washington will put on hold for a year the docking fees it began charging ships built or operated by Chinese companies",
       "actor": "US", "topic": "trade",
       "evidence": [
         (2, "U.S. ports stopped collecting the charges on Monday", "fulfilled"),
       ], "status": "fulfilled"},
    ],
  },
  {
    "id": "sc55",
    "articles": [
      ("2025-12-09", "China and U.S. to work together on cartel money", [
        "China's central bank agreed to pass the Treasury leads on Chinese bank accounts suspected of laundering Mexican cartel proceeds, a senior Treasury official said on Monday.",
        "In return, the Treasury undertook to brief Chinese bank regulators on the methods cartels use to move fentanyl money through Chinese brokers.",
        "U.S. officials say Chinese money-laundering networks have become the main bankers for Mexican drug cartels.",
        "The Treasury's financial crimes unit warned American banks about such networks in an advisory last summer.",
        "Reporting by Lin Wei",
      ]),
      ("2026-02-17", "Treasury gets first cartel-money leads from China", [
        "\"We received the first batch of account information from the People's Bank of China two weeks ago, and it was useful,\" a Treasury official told reporters.",
        "The official declined to say how many accounts were involved.",
        "Provisional federal figures show overdose deaths falling for a second straight year.",
        "Mexico has sent dozens of cartel suspects to the United States over the past year.",
        "Advertisement",
      ]),
      ("2026-05-06", "Cartel-money cooperation cools", [
        "Since March the flow of account leads from China's central bank has dried up, two Treasury officials said.",
        "Treasury Secretary Scott Bessent told senators on Tuesday that cooperation with Beijing was \"a mixed picture,\" noting that his staff had walked a delegation of Chinese bank supervisors through how cartel brokers disguise drug money as trade payments in Washington last week.",
        "Lawmakers urged the Treasury to sanction Chinese banks that ignore its warnings.",
        "Reporting by Lin Wei; Editing by Mark Adams",
      ]),
    ],
    "commitments": [
      {"article": 1, "sentence": "agreed to pass the Treasury leads on Chinese bank accounts suspected of laundering Mexican cartel proceeds",
       "actor": "China", "topic": "counternarcotics",
       "evidence": [
         (2, "We received the first batch of account information from the People's Bank of China two weeks ago", "progress"),
         (3, "Since March the flow of account leads from China's central bank has dried up", "setback", "mild"),
       ], "status": "partial"},
      {"article": 1, "sentence": "undertook to brief Chinese bank regulators on the methods cartels use to move fentanyl money",
       "actor": "US", "topic": "counternarcotics",
       "evidence": [
         (3, "noting that his staff had walked a delegation of Chinese bank supervisors through how cartel brokers disguise drug money as trade payments", "progress"),
       ], "status": "in_progress"},
    ],
  },
  {
    "id": "sc56",
    "articles": [
      ("2024-08-29", "Militaries to revive academy visits and plan relief drill", [
        "The Pentagon and China's defense ministry agreed to restart visits between their military academies, which were frozen in 2022, a U.S. defense official said on Thursday.",
        "The two sides also agreed that their Pacific commands would plan a joint tabletop exercise on disaster relief.",
        "Such exchanges were routine in the 2010s, when Chinese navy ships even took part in the RIMPAC exercise off Hawaii.",
        "Beijing cut most military contacts after Nancy Pelosi, then the House speaker, visited Taiwan in August 2022.",
        "Sign up for our weekly defense newsletter.",
      ]),
      ("2024-11-20", "PLA officers tour Annapolis", [
        "Twenty officers and instructors from the PLA's Dalian Naval Academy toured the U.S. Naval Academy in Annapolis on Tuesday, the first such visit in more than two years.",
        "Officials said planning for the disaster-relief exercise would start once both commands had named their teams.",
        "A Chinese J-16 fighter released flares near an Australian patrol plane over the South China Sea last month.",
        "Photo credit: Devset Wire staff",
      ]),
      ("2025-01-08", "China freezes academy exchanges over Taiwan aid", [
        "Beijing called off a planned return visit by U.S. Naval Academy midshipmen to Dalian and suspended the academy exchanges indefinitely, citing a new $571 million U.S. military aid package for Taiwan.",
        "The disaster-relief tabletop exercise was not affected, a Pentagon spokesman said, adding that planners from the two Pacific commands had held their first session in Honolulu in December.",
        "China's defense ministry warned that Washington was \"playing with fire\" on Taiwan.",
        "Taiwan's defense ministry thanked the United States for its support.",
        "Daniel Ortiz covers defense policy for the Asia desk and previously reported from Beijing.",
      ]),
    ],
    "commitments": [
      {"article": 1, "sentence": "agreed to restart visits between their military academies",
       "actor": "both", "topic": "military",
       "evidence": [
         (2, "from the PLA's Dalian Naval Academy toured the U.S. Naval Academy in Annapolis on Tuesday", "progress"),
         (3, "Beijing called off a planned return visit by U.S. Naval Academy midshipmen to Dalian and suspended the academy exchanges indefinitely", "setback", "ends"),
       ], "status": "broken"},
      {"article": 1, "sentence": "agreed that their Pacific commands would plan a joint tabletop exercise on disaster relief",
       "actor": "both", "topic": "military",
       "evidence": [
         (3, "planners from the two Pacific commands had held their first session in Honolulu in December", "progress"),
       ], "status": "in_progress"},
    ],
  },
  {
    "id": "sc57",
    "articles": [
      ("2025-11-02", "China to let Nexperia chips flow again", [
        "China will take steps to let chip shipments resume from Nexperia's factory in Dongguan, the White House said in a fact sheet on the Busan agreement.",
        "Beijing blocked exports from the plant in early October after the Dutch government took control of Nexperia, which is owned by China's Wingtech.",
        "European carmakers warned that they could run short of basic chips within weeks.",
        "Nexperia makes simple chips used in car electronics such as window motors and airbag controls.",
        "Sign up for our technology newsletter.",
      ]),
      ("2025-11-20", "Trucks roll out of Dongguan", [
        "Chips are moving again.",
        "Trucks carrying chips left the Dongguan plant for customers in Europe last week after Chinese customs began granting case-by-case exemptions, two suppliers said.",
        "The Dutch government suspended its order taking control of Nexperia on Wednesday.",
        "Analysts at a Munich research firm said carmakers would review their chip stocks next month before deciding whether to restore full production.",
        "Listen to this article",
      ]),
      ("2026-01-14", "Nexperia's China unit ramps up as ownership fight lingers", [
        "Exemptions for civilian customers have been granted to most of the plant's buyers, and volumes are back to about two-thirds of their level before the ban, according to a person familiar with the exports.",
        "Nexperia's Dutch headquarters and its Chinese unit are still arguing over who controls the Dongguan factory.",
        "Some industry executives said the episode showed that Europe must build its own supply of basic chips.",
        "\u00a9 2026 Devset Wire. All rights reserved.",
      ]),
    ],
    "commitments": [
      {"article": 1, "sentence": "China will take steps to let chip shipments resume from Nexperia's factory in Dongguan",
       "actor": "China", "topic": "technology",
       "evidence": [
         (2, "Chips are moving again.", "progress"),
         (2, "Trucks carrying chips left the Dongguan plant for customers in Europe last week", "progress"),
         (3, "Exemptions for civilian customers have been granted to most of the plant's buyers", "progress"),
       ], "status": "in_progress"},
    ],
  },
  {
    "id": "sc58",
    "articles": [
      ("2024-03-14", "U.S. and China to revive clean energy research center", [
        "The Energy Department and China's National Energy Administration agreed to relaunch their joint clean energy research center, which lapsed in 2020, with a first round of projects on grid storage this year, officials said.",
        "The Chinese side also agreed to send a team of engineers to Argonne National Laboratory to work on battery fire safety.",
        "Under the earlier arrangement, researchers from the two countries worked together on cleaner coal, electric vehicles and efficient buildings.",
        "Republicans in Congress have criticized scientific cooperation with China as a security risk.",
        "Jane Holloway is a seasoned reporter with two decades of experience covering energy and climate.",
      ]),
      ("2024-07-18", "Chinese battery engineers arrive at Argonne", [
        "Six engineers from Chinese state power companies began work at the Argonne laboratory outside Chicago this month, the Energy Department said.",
        "Officials said they would review progress on the research center at a meeting of its steering committee next month.",
        "Solar installations in China hit a record in the first half of the year, an industry group said.",
        "Sign up for our climate newsletter.",
      ]),
      ("2024-12-12", "Clean energy research pact stuck; battery team cut in half", [
        "The relaunch of the research center has been held up for months by a dispute over who would own patents from joint work, and no projects have been funded, two officials said.",
        "Only half of the promised Chinese battery team is still at Argonne, after three engineers went home early in October when their visas were not renewed.",
        "House Republicans demanded that the Energy Department end the battery project.",
        "Copyright 2024 Example News Group.",
      ]),
    ],
    "commitments": [
      {"article": 1, "sentence": "agreed to relaunch their joint clean energy research center",
       "actor": "both", "topic": "climate",
       "evidence": [
         (3, "The relaunch of the research center has been held up for months by a dispute over who would own patents", "setback", "mild"),
       ], "status": "stalled"},
      {"article": 1, "sentence": "agreed to send a team of engineers to Argonne National Laboratory to work on battery fire safety",
       "actor": "China", "topic": "climate",
       "evidence": [
         (2, "Six engineers from Chinese state power companies began work at the Argonne laboratory outside Chicago this month", "progress"),
         (3, "Only half of the promised Chinese battery team is still at Argonne", "setback", "mild"),
       ], "status": "partial"},
    ],
  },
  {
    "id": "sc59",
    "articles": [
      ("2024-10-09", "China and DEA to pursue joint case on Hubei chemical seller", [
        "Chinese police agreed to open a joint investigation with the Drug Enforcement Administration into a Hubei chemical company that U.S. prosecutors say shipped fentanyl precursors to Mexico, the Justice Department said on Wednesday.",
        "The DEA, for its part, will give Chinese investigators the names of brokers who arranged the shipments.",
        "A federal grand jury indicted the company and two of its managers last year.",
        "China says it already has some of the world's strictest drug laws.",
        "Follow us on X for breaking updates.",
      ]),
      ("2025-01-15", "Joint fentanyl case has yet to start", [
        "Three months on, the joint case into the Hubei supplier has not opened, with Chinese police asking for more evidence first, U.S. officials said.",
        "\"We are ready to share what we have,\" a DEA spokeswoman said.",
        "Mexican authorities seized a record haul of fentanyl pills in Sinaloa in December.",
        "Advertisement",
      ]),
      ("2025-04-16", "Analysis: Tariffs overshadow police work on fentanyl", [
        "Mr. Trump raised tariffs on Chinese goods by 20 percentage points earlier this year, saying Beijing had done too little on fentanyl.",
        "The Hubei case, agreed last autumn, was meant to show that police cooperation could survive political tension.",
        "Former DEA officials said such cases often take a year or more to get going.",
        "Officials from the two countries will review the case at a working group meeting next month, a State Department spokesperson said.",
        "Read more: How foreign correspondents cover China from afar",
      ]),
    ],
    "commitments": [
      {"article": 1, "sentence": "agreed to open a joint investigation with the Drug Enforcement Administration into a Hubei chemical company",
       "actor": "China", "topic": "counternarcotics",
       "evidence": [
         (2, "the joint case into the Hubei supplier has not opened", "setback", "mild"),
       ], "status": "stalled"},
      {"article": 1, "sentence": "will give Chinese investigators the names of brokers who arranged the shipments",
       "actor": "US", "topic": "counternarcotics", "evidence": [], "status": "unverified"},
    ],
  },
  {
    "id": "sc60",
    "articles": [
      ("2025-07-22", "China to host U.S. ambassador in Xinjiang", [
        "Chinese officials agreed to arrange a visit to Xinjiang for U.S. Ambassador David Perdue before the end of the year, the U.S. embassy said on Tuesday.",
        "The United States has accused China of genocide against Uyghurs in the region, a charge Beijing rejects.",
        "A 2021 U.S. law bars imports of goods made in Xinjiang unless companies can prove they were not made with forced labor.",
        "Foreign diplomats who visit the region are usually taken on tightly managed tours.",
        "Source: Devset Wire",
      ]),
      ("2025-10-16", "Perdue tours Urumqi and Kashgar", [
        "Mr. Perdue spent three days in Urumqi and Kashgar last week, touring a cotton mill and meeting local officials, the embassy said.",
        "Rights groups said a guided tour could not show what conditions in the region are really like.",
        "China's foreign ministry said the trip showed that Xinjiang was open and stable.",
        "Photo credit: Pool via Devset Wire",
      ]),
      ("2026-01-27", "U.S. adds Chinese firms to forced labor list", [
        "Months after Mr. Perdue's trip to Xinjiang, U.S. customs added four more Chinese companies to its forced labor entity list on Monday.",
        "Critics in Congress said the ambassador's visit had done nothing to change conditions for Uyghurs.",
        "Beijing said the listings were based on lies and warned that it would take necessary measures.",
        "\u00a9 2026 Devset Wire. All rights reserved.",
      ]),
    ],
    "commitments": [
      {"article": 1, "sentence": "agreed to arrange a visit to Xinjiang for U.S. Ambassador David Perdue before the end of the year",
       "actor": "China", "topic": "human_rights",
       "evidence": [
         (2, "Mr. Perdue spent three days in Urumqi and Kashgar last week", "fulfilled"),
       ], "status": "fulfilled"},
    ],
  },
  {
    "id": "sc61",
    "articles": [
      ("2025-09-20", "Trump told Xi he would hold off on Taiwan arms, sources say", [
        "Mr. Trump told Xi during Friday's call that he would hold off on approving new arms sales to Taiwan while the two sides worked toward a trade agreement, two people briefed on the conversation said.",
        "The White House declined to comment on the account.",
        "Taiwan's government said it had received no sign of any change in U.S. policy.",
        "The Taiwan Relations Act of 1979 commits Washington to making defensive arms available to the island.",
        "Reporting by Lin Wei",
      ]),
      ("2025-11-14", "Taiwan watches for arms approvals after Busan", [
        "Taiwanese officials said they were watching closely whether Washington would keep delaying weapons approvals.",
        "A bipartisan group of senators urged the administration to move ahead with pending Taiwan arms sales.",
        "Arms sales to Taiwan have long been one of Beijing's chief grievances with Washington.",
        "Analysts said the pause could last well into next year.",
        "Source: Pacific Policy Review",
      ]),
      ("2025-12-19", "U.S. clears $11 billion in weapons for Taiwan", [
        "The pause is over.",
        "The State Department approved weapons sales to Taiwan worth about $11 billion on Wednesday, including rocket launchers and drones, after the White House scrapped the informal hold it had kept in place since the summer.",
        "China's foreign ministry said it had lodged stern protests and would take resolute measures.",
        "Taiwan's defense ministry thanked Washington for the sale.",
        "Advertisement - Scroll to continue",
      ]),
    ],
    "commitments": [
      {"article": 1, "sentence": "he would hold off on approving new arms sales to Taiwan while the two sides worked toward a trade agreement",
       "actor": "US", "topic": "taiwan",
       "evidence": [
         (3, "The pause is over.", "setback", "ends"),
         (3, "after the White House scrapped the informal hold it had kept in place since the summer", "setback", "ends"),
       ], "status": "broken"},
    ],
  },
  # ---- sc62-sc81: added later still as tune-only material, written by hand
  # without opening the analysis code (detente/) or running it.
  {
    "id": "sc62",
    "articles": [
      ("2025-11-14", "China to renew U.S. beef plant registrations", [
        "China's customs administration will renew the export registrations of American beef plants that it allowed to lapse in March, the Agriculture Department said on Thursday, as part of the trade arrangement reached in Busan.",
        "More than 390 U.S. beef facilities lost their eligibility to ship to China when their five-year registrations expired without renewal.",
        "China had been the third-largest market for American beef, taking about $1.6 billion worth in 2024.",
        "Cattle prices in the United States are near record highs because of a shrinking herd.",
        "Trade Desk Daily is published every weekday morning.",
      ]),
      ("2025-12-19", "First beef plants back on China's list", [
        "The General Administration of Customs of China restored the registrations of about 60 U.S. beef plants on its website this week, the first tranche since the lapse, according to the U.S. Meat Export Federation.",
        "Australian exporters, who filled much of the gap this year, said they expected stiffer competition in the new year.",
        "Beijing's tariffs on U.S. beef remain higher than those it charges on Australian beef.",
        "Separately, a U.S. Navy destroyer sailed through the Taiwan Strait on Tuesday, drawing a rebuke from Beijing.",
        "Copyright 2025 Example News Group.",
      ]),
      ("2026-03-02", "Farm Markets Weekly: beef is back, pork still waits", [
        "Good morning from Chicago, where the talk of the cash market this week is China.",
        "With the last of the lapsed registrations renewed in late February, every U.S. beef plant that was eligible a year ago can once again ship to China, the Agriculture Department confirmed on Friday.",
        "Pork exporters, by contrast, are still paying the retaliatory duties Beijing imposed last spring.",
        "Some traders want Washington to press China for a formal beef quota next.",
        "Farm Markets Weekly is compiled by our agriculture desk.",
      ]),
    ],
    "commitments": [
      {"article": 1, "sentence": "will renew the export registrations of American beef plants that it allowed to lapse in March",
       "actor": "China", "topic": "trade",
       "evidence": [
         (2, "restored the registrations of about 60 U.S. beef plants on its website this week", "progress"),
         (3, "every U.S. beef plant that was eligible a year ago can once again ship to China", "fulfilled"),
       ], "status": "fulfilled"},
    ],
  },
  {
    "id": "sc63",
    "articles": [
      ("2024-06-12", "China to let U.S. teams search for missing World War II airmen", [
        "China agreed to let recovery teams from the Defense POW/MIA Accounting Agency resume excavations at World War II aircraft crash sites in southern China, which were halted in 2020, a Pentagon spokesman said on Tuesday.",
        "The two militaries also agreed to exchange archival records on Americans still missing from the Korean War.",
        "More than 70,000 Americans remain unaccounted for from World War II, among them hundreds of airmen who flew supply routes over the Himalayas.",
        "Chinese villagers have helped find wreckage in Yunnan and Guangxi for decades.",
        "Sign up for our weekly defense newsletter.",
      ]),
      ("2024-10-23", "U.S. recovery team digs in Guangxi", [
        "A ten-member team from the agency began digging last week on a hillside in Guangxi where a B-24 bomber crashed in 1944, working alongside Chinese archaeologists, the agency said.",
        "Relatives of the bomber's crew said they hoped the remains could finally be brought home.",
        "DPAA officials said they would watch whether Chinese authorities grant access to a second site in Yunnan before winter.",
        "China's defense ministry separately protested the passage of a U.S. destroyer through the Taiwan Strait.",
        "Read more: The long search for America's missing airmen in China",
      ]),
      ("2025-04-16", "Yunnan crash-site dig put off until autumn", [
        "Work at the second site, a steep mountainside in Yunnan, was put off until the autumn after the Chinese side said local permits had not been processed, a DPAA spokeswoman said.",
        "Analysts said humanitarian cooperation of this kind has survived every downturn in military relations since the 1990s.",
        "The agency's laboratory in Hawaii identifies about 200 service members a year from all conflicts.",
        "U.S. tariffs on Chinese goods rose to 145% this month.",
        "Reporting by Lin Wei",
      ]),
      ("2025-09-30", "Americans and Chinese reopen Yunnan crash site", [
        "Chinese and American specialists reopened the Yunnan crash site in mid-September and by the end of the month had sifted through most of the wreckage field, the agency said in a statement.",
        "Families of Korean War missing have long pressed both governments to open more of their files.",
        "China marked the 80th anniversary of the end of the war with a military parade in Beijing on Sept. 3.",
        "Pentagon officials described the project as one of the few steady channels left with the People's Liberation Army.",
        "Editor's note: This story has been updated to include a response from the Pentagon.",
      ]),
    ],
    "commitments": [
      {"article": 1, "sentence": "agreed to let recovery teams from the Defense POW/MIA Accounting Agency resume excavations at World War II aircraft crash sites",
       "actor": "China", "topic": "military",
       "evidence": [
         (2, "began digging last week on a hillside in Guangxi where a B-24 bomber crashed in 1944", "progress"),
         (3, "was put off until the autumn after the Chinese side said local permits had not been processed", "setback", "mild"),
         (4, "Chinese and American specialists reopened the Yunnan crash site in mid-September", "progress"),
       ], "status": "in_progress"},
      {"article": 1, "sentence": "agreed to exchange archival records on Americans still missing from the Korean War",
       "actor": "both", "topic": "military", "evidence": [], "status": "unverified"},
    ],
  },
  {
    "id": "sc64",
    "articles": [
      ("2025-11-01", "USTR to extend tariff exclusions for 178 Chinese products", [
        "The U.S. Trade Representative's office will extend until November 2026 the exclusions that spare 178 kinds of Chinese products, including some solar manufacturing equipment and medical goods, from Section 301 tariffs, a USTR official said on Saturday.",
        "The exclusions were due to expire on Nov. 29.",
        "Importers had lobbied for months to keep them, arguing that no other supplier can make some of the items at scale.",
        "The Section 301 tariffs were first imposed in 2018, during Mr. Trump's first term.",
        "Listen to this article",
      ]),
      ("2025-11-26", "Exclusions notice published", [
        "A notice extending all 178 exclusions through Nov. 10, 2026, was published in the Federal Register on Tuesday, days before they would have lapsed.",
        "Customs brokers said the notice removed a year-end headache for medical device importers.",
        "A coalition of U.S. manufacturers urged USTR to drop the exclusions for solar equipment, saying they undercut domestic producers.",
        "China's commerce ministry said separately that it had suspended its ban on exports of gallium and germanium to the United States.",
        "Click here to read our full coverage of U.S.-China trade.",
      ]),
      ("2026-01-12", "Opinion: The tariff exclusions are a confession", [
        "The quiet renewal of the exclusions late last year tells you what tariff hawks will not: some Chinese inputs cannot be replaced quickly.",
        "Exporters of those goods in Jiangsu and Guangdong have done well since 2018.",
        "Washington should use the coming year to build alternatives rather than renew the list by reflex.",
        "Congress could help by paying for domestic production of critical medical supplies.",
        "The views expressed are the author's own.",
        "Michael Chen is a former U.S. trade official who teaches at Georgetown University.",
      ]),
    ],
    "commitments": [
      {"article": 1, "sentence": "will extend until November 2026 the exclusions that spare 178 kinds of Chinese products",
       "actor": "US", "topic": "trade",
       "evidence": [
         (2, "A notice extending all 178 exclusions through Nov. 10, 2026, was published in the Federal Register on Tuesday", "fulfilled"),
       ], "status": "fulfilled"},
    ],
  },
  {
    "id": "sc65",
    "articles": [
      ("2024-04-18", "China to curb super-potent HFC-23 at chemical plants", [
        "China's Ministry of Ecology and Environment committed to install equipment that destroys HFC-23, a by-product gas about 15,000 times as potent as carbon dioxide, at all 14 of its plants that make the refrigerant HCFC-22 by the end of 2024, the State Department's climate office said.",
        "In return, the Environmental Protection Agency undertook to share readings from its atmospheric monitoring stations that track the gas over East Asia.",
        "Scientists had traced unexpectedly high HFC-23 levels in the atmosphere to Chinese factories.",
        "The gas is covered by the Kigali Amendment to the Montreal Protocol, which China ratified in 2021.",
        "Sign up for our climate newsletter.",
      ]),
      ("2024-09-05", "Destruction units running at most Chinese HFC plants", [
        "Incinerators for HFC-23 are now running at nine of the 14 plants, Chinese officials told visiting American diplomats, according to a State Department summary seen by Devset Wire.",
        "The American station data has not been handed over, a Chinese official complained, while EPA officials said legal reviews were still under way.",
        "Global temperatures set a record in the 12 months to August.",
        "Environmental groups urged Beijing to publish plant-by-plant emissions figures.",
        "Jane Holloway is a seasoned reporter with two decades of experience covering energy and climate.",
      ]),
      ("2025-02-12", "China misses HFC-23 deadline at five plants", [
        "Five of the plants were still venting the gas when the year-end deadline passed, leaving China short of the goal it set in April, researchers who track the gas said.",
        "At the EPA, the promised data transfer has sat in review for ten months, and officials said the new administration had not decided whether to release it.",
        "The United States withdrew from the Paris Agreement last month.",
        "Scientists said emissions of other fluorinated gases were also rising.",
        "Correction: An earlier version of this article misstated the number of plants.",
      ]),
    ],
    "commitments": [
      {"article": 1, "sentence": "committed to install equipment that destroys HFC-23",
       "actor": "China", "topic": "climate",
       "evidence": [
         (2, "Incinerators for HFC-23 are now running at nine of the 14 plants", "progress"),
         (3, "Five of the plants were still venting the gas when the year-end deadline passed", "setback", "mild"),
       ], "status": "partial"},
      {"article": 1, "sentence": "undertook to share readings from its atmospheric monitoring stations",
       "actor": "US", "topic": "climate",
       "evidence": [
         (2, "The American station data has not been handed over", "setback", "mild"),
         (3, "the promised data transfer has sat in review for ten months", "setback", "mild"),
       ], "status": "stalled"},
    ],
  },
  {
    "id": "sc66",
    "articles": [
      ("2024-03-21", "China to let Uyghur activist's mother leave Xinjiang", [
        "Chinese authorities agreed to allow the 71-year-old mother of a Uyghur-American rights activist in Virginia to leave Xinjiang and join her daughter, the State Department said on Wednesday after talks in Beijing.",
        "The activist, who testified before Congress in 2022, says her mother has been barred from travelling ever since.",
        "Rights groups say Beijing uses relatives in Xinjiang to pressure Uyghurs abroad into silence.",
        "Beijing rejects accusations of abuses in Xinjiang and says its policies there fight terrorism.",
        "Source: Devset Wire",
      ]),
      ("2024-06-04", "Passport issued to activist's mother", [
        "Police in Urumqi issued the woman a passport last week, and she has bought a ticket for a flight to Istanbul and on to Washington, her daughter said.",
        "\"I will believe it when I see her at Dulles,\" the daughter told reporters.",
        "Several other Uyghur-Americans said they had asked the State Department to raise their own relatives' cases.",
        "The Department of Homeland Security added three more Chinese firms to its forced labor entity list on Monday.",
        "Reporting by Lin Wei",
      ]),
      ("2024-07-15", "Uyghur woman turned back at Urumqi airport", [
        "At Urumqi's airport on Friday, border officers confiscated the passport and sent her home, ending what U.S. officials had presented as a humanitarian gesture, her daughter said.",
        "China's foreign ministry said it was not aware of the case.",
        "The State Department said it was seeking an explanation from Beijing.",
        "Washington accuses China of genocide in the region, a charge Beijing rejects.",
        "Share this article on social media",
      ]),
    ],
    "commitments": [
      {"article": 1, "sentence": "agreed to allow the 71-year-old mother of a Uyghur-American rights activist in Virginia to leave Xinjiang",
       "actor": "China", "topic": "human_rights",
       "evidence": [
         (2, "Police in Urumqi issued the woman a passport last week", "progress"),
         (3, "border officers confiscated the passport and sent her home", "setback", "ends"),
       ], "status": "broken"},
    ],
  },
  {
    "id": "sc67",
    "articles": [
      ("2024-01-28", "U.S. and China to discuss reopening shuttered consulates", [
        "The State Department and China's foreign ministry agreed to open talks on reopening the consulates in Houston and Chengdu that were closed in 2020, officials said after a meeting in Bangkok.",
        "Both governments also agreed to scrap the rules that force each other's diplomats to give advance notice before meeting local officials or visiting universities.",
        "The Trump administration ordered the Houston consulate shut in July 2020, accusing it of espionage, and Beijing retaliated by closing the U.S. mission in Chengdu.",
        "National security adviser Jake Sullivan and Wang Yi met for some twelve hours over two days.",
        "Source: Pacific Policy Review",
      ]),
      ("2024-03-08", "Diplomats freed from notification rules", [
        "Washington and Beijing lifted the notification requirements on each other's diplomats on March 1, and a U.S. diplomat in Shanghai visited Fudan University the following week without asking permission, the embassy said.",
        "The former Chengdu consulate compound has been occupied by Chinese authorities since 2020.",
        "Some Republicans said the change gave Chinese diplomats too much freedom on American campuses.",
        "China's National People's Congress opened its annual session on Tuesday.",
        "Follow us on X for breaking updates.",
      ]),
      ("2024-08-22", "Analysis: The consulate talks that never start", [
        "Seven months after the Bangkok meeting, the talks on the Houston and Chengdu consulates have not begun, held up, according to two officials, by a quarrel over whether the Chengdu compound can be handed back in its original state.",
        "Diplomats on both sides say the end of the travel notices has made day-to-day work easier.",
        "Beijing has also complained about the questioning of Chinese students by border officers at U.S. airports.",
        "Mr. Sullivan is due to visit Beijing next week.",
        "Advertisement",
      ]),
      ("2025-01-14", "Consulate question left to next administration", [
        "With days left in the Biden administration, the consulate negotiations remain stuck at the planning stage, and officials said they expected the question to pass to the incoming team.",
        "Mr. Trump's nominee for ambassador to China, David Perdue, is awaiting Senate confirmation.",
        "A spokesman for the Chinese embassy said Beijing wanted relations to stay stable during the transition.",
        "The Treasury said last month that Chinese state hackers had broken into its systems.",
        "Reporting by Lin Wei; Editing by Mark Adams",
      ]),
    ],
    "commitments": [
      {"article": 1, "sentence": "agreed to open talks on reopening the consulates in Houston and Chengdu",
       "actor": "both", "topic": "diplomacy",
       "evidence": [
         (3, "the talks on the Houston and Chengdu consulates have not begun", "setback", "mild"),
         (4, "the consulate negotiations remain stuck at the planning stage", "setback", "mild"),
       ], "status": "stalled"},
      {"article": 1, "sentence": "agreed to scrap the rules that force each other's diplomats to give advance notice",
       "actor": "both", "topic": "diplomacy",
       "evidence": [
         (2, "lifted the notification requirements on each other's diplomats on March 1", "fulfilled"),
       ], "status": "fulfilled"},
    ],
  },
  {
    "id": "sc68",
    "articles": [
      ("2024-02-28", "Chinese navy to share positions with U.S.-led coalition", [
        "China's navy agreed to have its Gulf of Aden escort task force exchange daily position reports with the U.S.-led Combined Maritime Forces to avoid confusion during Houthi attacks, a U.S. Navy official in Bahrain said.",
        "The U.S. Navy, for its part, will relay warnings of incoming Houthi drones to Chinese-flagged merchant ships over a commercial radio channel.",
        "The Houthis have attacked dozens of ships since November, saying they are acting in support of Palestinians in Gaza.",
        "China has declined to join Operation Prosperity Guardian, the U.S.-led mission to protect Red Sea shipping.",
        "Daniel Ortiz covers defense policy for the Asia desk and previously reported from Beijing.",
      ]),
      ("2024-05-16", "Chinese escort group starts sending daily positions", [
        "The first position reports from the Chinese task force reached the coalition's headquarters in Bahrain in March, and they have arrived every day since, coalition officers said.",
        "A Houthi missile struck a Chinese-owned tanker in the Red Sea in March, despite the group's promise to spare Chinese ships.",
        "American and British warplanes struck Houthi targets in Yemen again this week.",
        "Analysts said Beijing wants to protect its trade without being seen to side with Washington.",
        "Watch: Inside the Gulf of Aden escort mission",
      ]),
      ("2024-09-26", "New Chinese task force keeps up reports", [
        "The 47th task force, which relieved its predecessor in August, has kept up the daily exchanges with the coalition, a Navy spokesman said.",
        "The U.S. Navy says it has shot down more than 100 Houthi drones since January.",
        "Lawmakers urged the Pentagon to press China to do more to restrain Iran, the Houthis' main backer.",
        "Traffic through the Suez Canal remains about half of its level before the attacks.",
        "Sign up for our weekly defense newsletter.",
      ]),
    ],
    "commitments": [
      {"article": 1, "sentence": "agreed to have its Gulf of Aden escort task force exchange daily position reports",
       "actor": "China", "topic": "middle_east",
       "evidence": [
         (2, "The first position reports from the Chinese task force reached the coalition's headquarters in Bahrain in March", "progress"),
         (3, "has kept up the daily exchanges with the coalition", "progress"),
       ], "status": "in_progress"},
      {"article": 1, "sentence": "will relay warnings of incoming Houthi drones to Chinese-flagged merchant ships",
       "actor": "US", "topic": "middle_east", "evidence": [], "status": "unverified"},
    ],
  },
  {
    "id": "sc69",
    "articles": [
      ("2025-12-03", "China to warn Washington before Taiwan Strait live-fire drills", [
        "China's defense ministry told the Pentagon that the PLA would notify the U.S. side at least 72 hours before live-fire exercises in the Taiwan Strait, a U.S. defense official said on Tuesday.",
        "The arrangement is meant to keep U.S. ships and aircraft out of harm's way, not to limit the drills, the official said.",
        "Taiwan's government said it had not been consulted.",
        "Beijing regards Taiwan as its own territory and has stepped up military activity around the island since 2022.",
        "Reporting by Ana Ruiz in Washington; additional reporting by Lin Wei in Beijing",
      ]),
      ("2026-02-10", "PLA flags Fujian live-fire drill to U.S. attache", [
        "Ahead of a two-day live-fire exercise off Fujian last week, the PLA's Eastern Theater Command passed a notice to the U.S. defense attache in Beijing three days in advance, two U.S. officials said.",
        "Taiwan scrambled jets and put missile units on alert during the drills.",
        "The State Department urged Beijing to stop its military pressure on Taiwan.",
        "A Japanese destroyer sailed through the strait the same week.",
        "Advertisement",
      ]),
      ("2026-04-22", "Analysis: A two-hour warning and a three-day promise", [
        "When the PLA opened its largest drills of the year around Taiwan on April 14, Washington received word barely two hours before the first shells were fired, far short of the three days Beijing had offered, according to a person briefed on the matter.",
        "The drills followed a stopover by Taiwan's president in Houston.",
        "Pentagon officials said they would watch whether the next notice comes on time.",
        "Some analysts argue that notification deals matter less than direct lines between commanders at sea.",
        "Listen to this article",
      ]),
    ],
    "commitments": [
      {"article": 1, "sentence": "would notify the U.S. side at least 72 hours before live-fire exercises in the Taiwan Strait",
       "actor": "China", "topic": "taiwan",
       "evidence": [
         (2, "passed a notice to the U.S. defense attache in Beijing three days in advance", "progress"),
         (3, "Washington received word barely two hours before the first shells were fired", "setback", "mild"),
       ], "status": "partial"},
    ],
  },
  {
    "id": "sc70",
    "articles": [
      ("2025-11-13", "China to track buyers of pill presses", [
        "China's Ministry of Public Security will require buyers of tablet presses and pill molds to register under their real names, the White House said on Wednesday, describing the step as part of the Busan arrangement.",
        "The Drug Enforcement Administration, in turn, will host Chinese narcotics officers for a training course at its academy in Quantico, Virginia.",
        "Traffickers in Mexico use presses bought online from Chinese suppliers to turn fentanyl powder into counterfeit pills.",
        "Fake pills made to look like oxycodone are behind many overdose deaths among teenagers.",
        "Related: How the fentanyl tariff was set",
      ]),
      ("2026-01-21", "Beijing drafts pill press rule; Quantico course slips", [
        "The ministry published a draft regulation on Friday that would oblige sellers of pill presses to record each buyer's identity card number, and it invited public comment until Feb. 20.",
        "The Quantico course, first pencilled in for January, has slipped to an unspecified date because the Chinese officers' visas have not been issued, a DEA spokesman said.",
        "Mexican authorities dismantled a pill-pressing lab in Culiacan this month.",
        "U.S. border officers seized fewer fentanyl pills last year than the year before.",
        "Photo credit: Devset Wire staff",
      ]),
      ("2026-04-08", "Real-name rule for pill presses now in force", [
        "Since April 1, every tablet press sold in China has had to be registered to a named buyer, under the final version of the regulation, Chinese state media reported.",
        "The training course in Virginia has still not been held, and officials gave no new date.",
        "U.S. officials said they would judge the pill press rule by how many cases it produces.",
        "Overdose deaths fell again in 2025, according to provisional data.",
        "Reporting by Lin Wei",
      ]),
    ],
    "commitments": [
      {"article": 1, "sentence": "will require buyers of tablet presses and pill molds to register under their real names",
       "actor": "China", "topic": "counternarcotics",
       "evidence": [
         (2, "published a draft regulation on Friday that would oblige sellers of pill presses to record each buyer's identity card number", "progress"),
         (3, "every tablet press sold in China has had to be registered to a named buyer", "fulfilled"),
       ], "status": "fulfilled"},
      {"article": 1, "sentence": "will host Chinese narcotics officers for a training course at its academy in Quantico",
       "actor": "US", "topic": "counternarcotics",
       "evidence": [
         (2, "The Quantico course, first pencilled in for January, has slipped to an unspecified date", "setback", "mild"),
         (3, "The training course in Virginia has still not been held", "setback", "mild"),
       ], "status": "stalled"},
    ],
  },
  {
    "id": "sc71",
    "articles": [
      ("2024-04-10", "China promises quick rulings on U.S. fund licences", [
        "China's securities regulator pledged to rule within six months on applications from two American asset managers to run wholly owned mutual fund businesses, Treasury Secretary Janet Yellen said at the end of her visit to Beijing.",
        "Ms. Yellen also pressed Chinese officials on what she called industrial overcapacity in electric vehicles and solar panels.",
        "A handful of global asset managers, including BlackRock and Fidelity, already hold such licences.",
        "Foreign firms still account for a small share of China's mutual fund market.",
        "Source: Devset Wire",
      ]),
      ("2024-08-27", "First of two U.S. fund applications approved", [
        "The China Securities Regulatory Commission signed off on the first of the two applications this month, clearing the way for the New York-based firm to launch funds in Shanghai, the firm said.",
        "Chinese stock markets have fallen for three straight months.",
        "American business groups said they wanted approvals to translate into real market access.",
        "The Treasury proposed new limits on U.S. investment in Chinese artificial intelligence firms.",
        "Trade Desk Daily is published every weekday morning.",
      ]),
      ("2024-11-05", "Second U.S. fund licence in limbo", [
        "The six-month window passed in October with no ruling on the second firm's application, which regulators have asked to be resubmitted with more documents, two people familiar with the matter said.",
        "Americans vote on Tuesday in a presidential election that could reshape trade policy.",
        "The American Chamber of Commerce in China called on Beijing to treat foreign applicants the same as domestic ones.",
        "A Chinese fund house won a licence for a new fund line in September after only eight weeks of review.",
        "Copyright 2024 Example News Group.",
      ]),
    ],
    "commitments": [
      {"article": 1, "sentence": "pledged to rule within six months on applications from two American asset managers",
       "actor": "China", "topic": "trade",
       "evidence": [
         (2, "signed off on the first of the two applications this month", "progress"),
         (3, "The six-month window passed in October with no ruling on the second firm's application", "setback", "mild"),
       ], "status": "partial"},
    ],
  },
  {
    "id": "sc72",
    "articles": [
      ("2025-06-12", "Student visas folded into London framework", [
        "The State Department will restore student visa interview appointments at the U.S. embassy and consulates in China to their normal levels by July, after cutting them in May, a department official said on Thursday.",
        "Beijing, for its part, will withdraw the study-abroad alert that its education ministry issued in April warning students about some U.S. states, the official said.",
        "\"Chinese students are welcome,\" Mr. Trump wrote on social media after the London talks.",
        "About 270,000 Chinese students were enrolled at American colleges last year, down from a peak of more than 370,000.",
        "Read more: Why Chinese students are rethinking America",
      ]),
      ("2025-08-05", "Visa calendars full again in Beijing and Shanghai", [
        "Appointment calendars for student visas at the embassy in Beijing and the four consulates were back to their usual summer volume by mid-July, according to education agents who book slots for applicants.",
        "Several universities said Chinese applications for the autumn term were still down.",
        "Some Republican senators urged the department to screen applicants from universities linked to the Chinese military more closely.",
        "Advocates said Chinese students arriving at some U.S. airports were still being pulled aside for questioning.",
        "Sign up for our diplomacy newsletter.",
      ]),
      ("2025-10-21", "Student visa interviews halted in Guangzhou and Shanghai", [
        "The consulates in Guangzhou and Shanghai cancelled all student visa interviews scheduled through December on Monday and stopped taking new bookings, citing a review of vetting procedures.",
        "Education agents said students were switching to Britain and Australia.",
        "The State Department said national security was its top priority.",
        "China's foreign ministry accused Washington of politicizing educational exchanges.",
        "Gift this article",
      ]),
    ],
    "commitments": [
      {"article": 1, "sentence": "will restore student visa interview appointments at the U.S. embassy and consulates in China to their normal levels by July",
       "actor": "US", "topic": "diplomacy",
       "evidence": [
         (2, "were back to their usual summer volume by mid-July", "fulfilled"),
         (3, "cancelled all student visa interviews scheduled through December on Monday and stopped taking new bookings", "setback", "ends"),
       ], "status": "broken"},
      {"article": 1, "sentence": "will withdraw the study-abroad alert that its education ministry issued in April",
       "actor": "China", "topic": "diplomacy", "evidence": [], "status": "unverified"},
    ],
  },
  {
    "id": "sc73",
    "articles": [
      ("2024-05-28", "Envoys agree on state-province climate forum", [
        "Climate envoys John Podesta and Liu Zhenmin agreed to hold a second U.S.-China subnational climate forum in September, bringing together governors, mayors and provincial leaders, the State Department said.",
        "They also agreed to set up a working group on recycling electric-vehicle batteries, with a first meeting this summer.",
        "The first such forum was held in Berkeley, California, last year.",
        "China installs more solar capacity each year than the rest of the world combined.",
        "Sign up for our climate newsletter.",
      ]),
      ("2024-09-20", "Governors and provincial leaders meet in Beijing", [
        "Governors from four U.S. states and officials from seven Chinese provinces wrapped up the two-day subnational climate forum in Beijing on Thursday.",
        "The battery group held its first session in Tianjin in July, officials said, looking at how to recover lithium and cobalt from used packs.",
        "Republican governors stayed away, calling the forum a propaganda exercise.",
        "Chinese exports of electric vehicles rose 20% in August.",
        "Jane Holloway is a seasoned reporter with two decades of experience covering energy and climate.",
      ]),
      ("2025-02-27", "Energy Department quits battery recycling group", [
        "The Energy Department has withdrawn from the battery recycling working group and recalled its representatives, an agency spokesman said, calling the group inconsistent with the administration's energy priorities.",
        "The administration has also ordered a review of all scientific agreements with China.",
        "Chinese officials said they regretted the decision and remained open to cooperation.",
        "Lithium prices have fallen by more than 80% since 2022.",
        "Copyright 2025 Example News Group.",
      ]),
    ],
    "commitments": [
      {"article": 1, "sentence": "agreed to hold a second U.S.-China subnational climate forum in September",
       "actor": "both", "topic": "climate",
       "evidence": [
         (2, "wrapped up the two-day subnational climate forum in Beijing on Thursday", "fulfilled"),
       ], "status": "fulfilled"},
      {"article": 1, "sentence": "agreed to set up a working group on recycling electric-vehicle batteries",
       "actor": "both", "topic": "climate",
       "evidence": [
         (2, "The battery group held its first session in Tianjin in July", "progress"),
         (3, "has withdrawn from the battery recycling working group and recalled its representatives", "setback", "ends"),
       ], "status": "broken"},
    ],
  },
  {
    "id": "sc74",
    "articles": [
      ("2024-08-30", "Beijing agrees to give notice of ICBM tests", [
        "China agreed to notify the United States in advance of intercontinental ballistic missile test launches, a senior U.S. official said at the end of national security adviser Jake Sullivan's visit to Beijing.",
        "Washington will likewise give Beijing advance word of its own Minuteman III test flights.",
        "The Pentagon estimates that China's nuclear arsenal will exceed 1,000 warheads by 2030.",
        "Arms control experts have long argued that launch notices reduce the risk that a test is mistaken for an attack.",
        "Mr. Sullivan also met Gen. Zhang Youxia, a vice chairman of the Central Military Commission.",
      ]),
      ("2024-09-27", "China fires ICBM into the Pacific after alerting U.S.", [
        "China gave the United States notice before it fired an intercontinental ballistic missile into the Pacific on Wednesday, its first such test over the open ocean in decades, U.S. officials said.",
        "Japan, Australia and New Zealand criticized the launch.",
        "The Pentagon described the test as a sign of China's rapid nuclear buildup.",
        "Minuteman III tests are usually announced by Air Force Global Strike Command after they take place.",
        "Editor's note: This story has been updated to include a response from the Pentagon.",
      ]),
      ("2025-03-12", "Analysis: Missile notices flow one way", [
        "When the Air Force launched an unarmed Minuteman III from Vandenberg Space Force Base in February, the Chinese embassy had been told the day before, a U.S. official said.",
        "No warning reached Washington, by contrast, before a Chinese intercontinental missile test last month, U.S. officials said, calling it a lapse rather than a breach.",
        "Analysts said the lapse might reflect confusion inside the PLA Rocket Force after a wave of purges.",
        "Russia suspended its participation in the New START treaty in 2023.",
        "Daniel Ortiz covers defense policy for the Asia desk and previously reported from Beijing.",
      ]),
    ],
    "commitments": [
      {"article": 1, "sentence": "agreed to notify the United States in advance of intercontinental ballistic missile test launches",
       "actor": "China", "topic": "military",
       "evidence": [
         (2, "China gave the United States notice before it fired an intercontinental ballistic missile into the Pacific on Wednesday", "progress"),
         (3, "No warning reached Washington, by contrast, before a Chinese intercontinental missile test last month", "setback", "mild"),
       ], "status": "partial"},
      {"article": 1, "sentence": "will likewise give Beijing advance word of its own Minuteman III test flights",
       "actor": "US", "topic": "military",
       "evidence": [
         (3, "the Chinese embassy had been told the day before", "progress"),
       ], "status": "in_progress"},
    ],
  },
  {
    "id": "sc75",
    "articles": [
      ("2026-04-03", "Trump visit brings visa-free travel and a Fulbright promise", [
        "China will let American passport holders enter without a visa for up to 30 days from May 1, the foreign ministry said on Thursday during Mr. Trump's visit to Beijing.",
        "The State Department, in turn, said it would restart the Fulbright exchange program in China, which was ended by executive order in 2020.",
        "China already waives visas for citizens of dozens of countries, including France and Japan.",
        "The number of Americans visiting China has not recovered to its level before the pandemic.",
        "Source: Devset Wire",
      ]),
      ("2026-05-06", "First Americans arrive under visa-free rules", [
        "The first Americans to travel under the new visa-free rules cleared passport control in Beijing and Shanghai on Friday, the National Immigration Administration said.",
        "Travel agencies in the United States reported a jump in bookings for summer tours of China.",
        "The State Department still advises Americans to reconsider travel to China because of the risk of exit bans.",
        "Washington has not changed its own visa rules for Chinese visitors.",
        "Follow us on X for breaking updates.",
      ]),
      ("2026-08-20", "Opinion: Tourism alone will not rebuild the bridge", [
        "Tourism alone will not rebuild the understanding that decades of academic exchanges created between the two countries.",
        "The two governments should fund joint research fellowships for young scientists, whatever the state of trade talks.",
        "Universities on both sides of the Pacific say they want more students to cross it.",
        "Chinese graduate students still face extra scrutiny at U.S. borders.",
        "Grace Liu directs the China program at a Washington think tank and was a Fulbright scholar in Nanjing.",
        "The views expressed are the author's own.",
      ]),
    ],
    "commitments": [
      {"article": 1, "sentence": "said it would restart the Fulbright exchange program in China",
       "actor": "US", "topic": "diplomacy", "evidence": [], "status": "unverified"},
      {"article": 1, "sentence": "will let American passport holders enter without a visa for up to 30 days from May 1",
       "actor": "China", "topic": "diplomacy",
       "evidence": [
         (2, "The first Americans to travel under the new visa-free rules cleared passport control in Beijing and Shanghai on Friday", "fulfilled"),
       ], "status": "fulfilled"},
    ],
  },
  {
    "id": "sc76",
    "articles": [
      ("2025-11-05", "Farm Markets Weekly: poultry and pears in the Busan fine print", [
        "China's customs agency will again accept poultry from U.S. states that have been free of bird flu for 90 days, according to an Agriculture Department summary of the Busan arrangement.",
        "The Agriculture Department, for its part, will complete its long-delayed risk assessment of Chinese fragrant pears, the first step toward letting them into the U.S. market.",
        "China has banned poultry from entire states during outbreaks, rather than from affected counties, since 2022.",
        "Chicken paws, which Americans rarely eat, are among the most valuable U.S. poultry exports to China.",
        "Farm Markets Weekly is compiled by our agriculture desk.",
      ]),
      ("2026-01-29", "Chicken paw exporters still shut out of China", [
        "Customs officials in Beijing have yet to publish the list of reopened states, and shipments of chicken paws from Georgia and Arkansas remain blocked, exporters said.",
        "A new bird flu outbreak hit farms in Pennsylvania this month.",
        "The National Chicken Council urged USTR to raise the issue at the next round of talks.",
        "Brazil remains China's largest supplier of chicken.",
        "Advertisement",
      ]),
      ("2026-03-25", "Pear assessment opens for comment", [
        "APHIS posted a draft pest risk assessment for fragrant pears from Xinjiang for public comment on Monday, a Federal Register notice shows.",
        "Pear growers in Washington state said the assessment played down the risk of fruit flies.",
        "Poultry exporters said they would watch whether Beijing acts before the peak summer season.",
        "China bought more U.S. wheat in February than in any month last year.",
        "Trade Desk Daily is published every weekday morning.",
      ]),
    ],
    "commitments": [
      {"article": 1, "sentence": "will again accept poultry from U.S. states that have been free of bird flu for 90 days",
       "actor": "China", "topic": "trade",
       "evidence": [
         (2, "Customs officials in Beijing have yet to publish the list of reopened states", "setback", "mild"),
       ], "status": "stalled"},
      {"article": 1, "sentence": "will complete its long-delayed risk assessment of Chinese fragrant pears",
       "actor": "US", "topic": "trade",
       "evidence": [
         (3, "posted a draft pest risk assessment for fragrant pears from Xinjiang for public comment on Monday", "progress"),
       ], "status": "in_progress"},
    ],
  },
  {
    "id": "sc77",
    "articles": [
      ("2025-11-20", "Beijing to ease Micron ban as Washington holds off on memory makers", [
        "The Cyberspace Administration of China will lift the 2023 ruling that barred operators of critical infrastructure from buying Micron Technology's chips, the Commerce Department said on Wednesday.",
        "Washington has agreed in return not to add Chinese memory chipmakers such as CXMT to its entity list for a year.",
        "Micron has said the ruling put at risk about an eighth of its revenue from China.",
        "Memory chip prices have soared this year because of demand from AI data centers.",
        "Daniel Ortiz covers technology policy for the Asia desk.",
      ]),
      ("2026-02-05", "Micron still waiting on Chinese regulator", [
        "Beijing has been slow to act: two months after the announcement, the cyberspace regulator has not formally withdrawn the ruling, people familiar with the matter said.",
        "Micron shares have more than doubled over the past year.",
        "Some analysts said Beijing wants to protect its own memory makers, which have gained market share since the ban.",
        "Samsung and SK Hynix both reported record quarterly profits.",
        "Share this article on social media",
      ]),
      ("2026-05-19", "China partly lifts Micron ban; U.S. blacklists CXMT", [
        "In a notice dated May 8, the Cyberspace Administration rescinded the part of its ruling that applied to data centers run by state banks, leaving the ban in place for telecom networks, according to a copy seen by Devset Wire.",
        "Separately, the Commerce Department added ChangXin Memory Technologies and two of its subsidiaries to the entity list last Tuesday, well before the year-long pause Washington had offered was due to end.",
        "China's commerce ministry said it firmly opposed the listing and would take necessary measures.",
        "Micron declined to comment.",
        "This article has been updated with comment from the Chinese embassy.",
      ]),
    ],
    "commitments": [
      {"article": 1, "sentence": "will lift the 2023 ruling that barred operators of critical infrastructure from buying Micron Technology's chips",
       "actor": "China", "topic": "technology",
       "evidence": [
         (2, "the cyberspace regulator has not formally withdrawn the ruling", "setback", "mild"),
         (3, "rescinded the part of its ruling that applied to data centers run by state banks", "progress"),
       ], "status": "in_progress"},
      {"article": 1, "sentence": "agreed in return not to add Chinese memory chipmakers such as CXMT to its entity list for a year",
       "actor": "US", "topic": "technology",
       "evidence": [
         (3, "added ChangXin Memory Technologies and two of its subsidiaries to the entity list last Tuesday", "setback", "ends"),
       ], "status": "broken"},
    ],
  },
  {
    "id": "sc78",
    "articles": [
      ("2024-10-10", "Hong Kong to let U.S. consul visit jailed American", [
        "Hong Kong authorities agreed to let the U.S. consul general visit an American citizen jailed under the city's national security law, the State Department said, after months of requests.",
        "They also agreed to allow the man, a 58-year-old former lawyer with heart problems, to be examined by a doctor of his family's choosing.",
        "Hong Kong does not recognize dual nationality and has at times denied consular access to dual citizens.",
        "The city passed a second security law, known as Article 23, in March.",
        "Photo credit: Devset Wire / Hong Kong bureau",
      ]),
      ("2024-12-03", "U.S. consul general sees jailed American at Stanley Prison", [
        "Consul General Gregory May spent an hour with the prisoner at Stanley Prison on Friday, the consulate said in a brief statement.",
        "Hong Kong's security bureau warned foreign governments against interfering in the city's judicial process.",
        "Democracy activists in exile urged Washington to sanction the judges who handle security cases.",
        "Forty-five activists were sentenced last month in the city's largest national security trial.",
        "Reporting by Lin Wei",
      ]),
      ("2025-03-18", "Congressional panel presses Hong Kong on prisoners", [
        "A U.S. congressional commission called on Hong Kong to free all political prisoners.",
        "The State Department's annual report on the city said its autonomy had eroded further.",
        "Doctors' groups in the city say the prison health service is badly stretched.",
        "Hong Kong police offered bounties for more activists living abroad.",
        "Copyright 2025 Example News Group.",
      ]),
    ],
    "commitments": [
      {"article": 1, "sentence": "agreed to let the U.S. consul general visit an American citizen jailed under the city's national security law",
       "actor": "China", "topic": "human_rights",
       "evidence": [
         (2, "spent an hour with the prisoner at Stanley Prison on Friday", "fulfilled"),
       ], "status": "fulfilled"},
      {"article": 1, "sentence": "agreed to allow the man, a 58-year-old former lawyer with heart problems, to be examined by a doctor",
       "actor": "China", "topic": "human_rights", "evidence": [], "status": "unverified"},
    ],
  },
  {
    "id": "sc79",
    "articles": [
      ("2024-11-21", "China to make couriers check chemical parcels", [
        "China's State Post Bureau will require courier companies to check the identity of anyone shipping controlled chemicals abroad, under an understanding reached at the counternarcotics working group in Beijing this week.",
        "The U.S. Postal Service agreed to pass Chinese police tracking data on parcels seized with fentanyl precursors.",
        "Traffickers often mislabel precursor shipments as dog food or cosmetics.",
        "The working group has met several times since it was set up in January.",
        "Follow us on X for breaking updates.",
      ]),
      ("2025-02-26", "Chinese courier rule shelved as tariffs bite", [
        "The State Post Bureau has shelved the identity-check rule indefinitely, a notice on its website said this month, days after Washington imposed a 10% tariff on Chinese goods over fentanyl.",
        "Beijing called the tariff an act of blackmail.",
        "Chinese customs said it seized more than 300 tons of precursor chemicals last year.",
        "Postal inspectors said seizures at international mail centers had fallen.",
        "Reporting by Ana Ruiz in Washington; additional reporting by Lin Wei in Beijing",
      ]),
      ("2025-06-11", "Postal Service sends first parcel data to China", [
        "\"Our inspectors handed over tracking records for 40 seized parcels in Guangzhou in May, and the Chinese side has asked for more,\" a Postal Service spokeswoman said.",
        "Fentanyl seizures at the southern border fell by half in the first four months of the year.",
        "Lawmakers pressed the Postal Service to stop accepting parcels from unverified Chinese shippers.",
        "Mexico extradited another group of cartel figures to the United States last week.",
        "Advertisement - Scroll to continue",
      ]),
    ],
    "commitments": [
      {"article": 1, "sentence": "will require courier companies to check the identity of anyone shipping controlled chemicals abroad",
       "actor": "China", "topic": "counternarcotics",
       "evidence": [
         (2, "has shelved the identity-check rule indefinitely", "setback", "ends"),
       ], "status": "broken"},
      {"article": 1, "sentence": "agreed to pass Chinese police tracking data on parcels seized with fentanyl precursors",
       "actor": "US", "topic": "counternarcotics",
       "evidence": [
         (3, "handed over tracking records for 40 seized parcels", "progress"),
       ], "status": "in_progress"},
    ],
  },
  {
    "id": "sc80",
    "articles": [
      ("2026-02-12", "Navies to hold rescue drill and swap observers", [
        "The U.S. Navy and the PLA Navy agreed to hold a joint search-and-rescue drill on the sidelines of the Western Pacific Naval Symposium in Malaysia in April, the two navies' chiefs said after a video call.",
        "The PLA Navy also agreed to send an observer to the Pacific Partnership humanitarian mission, which visits island nations every summer.",
        "The two navies last exercised together in 2016.",
        "Chinese and American warships regularly shadow each other in the South China Sea.",
        "Sign up for our weekly defense newsletter.",
      ]),
      ("2026-04-20", "China pulls frigate from rescue drill", [
        "Days before the symposium opened, Beijing withdrew its frigate from the rescue drill, citing a new U.S. arms package for Taiwan, and the exercise went ahead with other navies only.",
        "The Pentagon called the move regrettable.",
        "Chinese admirals still attended the symposium's plenary sessions, Malaysian organisers said.",
        "Malaysia's navy chief said the drill showed that regional navies could work together.",
        "Editor's note: This story has been updated to include a response from the Pentagon.",
      ]),
      ("2026-07-16", "Chinese officer joins U.S. hospital ship mission", [
        "A PLA Navy commander boarded the hospital ship USNS Mercy in Palau last week as the first Chinese observer in the mission's two-decade history, the Pacific Fleet said.",
        "Doctors aboard the Mercy treated more than 2,000 patients during the Palau stop.",
        "China has been expanding its own medical diplomacy in the Pacific with visits by its hospital ship Peace Ark.",
        "Photo credit: Pool via Devset Wire",
      ]),
      ("2026-08-27", "Chinese observer cut short Pacific mission", [
        "The Chinese observer left the Mercy after ten days and missed the stops in Papua New Guinea and Fiji, after Beijing called him home for what it described as scheduling reasons, two U.S. officers said.",
        "The Mercy returned to San Diego on Monday.",
        "U.S. officials said they hoped to invite a Chinese observer again next year.",
        "A Chinese aircraft carrier group sailed past Guam this month, Japanese officials said.",
        "Daniel Ortiz covers defense policy for the Asia desk and previously reported from Beijing.",
      ]),
    ],
    "commitments": [
      {"article": 1, "sentence": "agreed to hold a joint search-and-rescue drill on the sidelines of the Western Pacific Naval Symposium",
       "actor": "both", "topic": "military",
       "evidence": [
         (2, "Beijing withdrew its frigate from the rescue drill", "setback", "ends"),
       ], "status": "broken"},
      {"article": 1, "sentence": "agreed to send an observer to the Pacific Partnership humanitarian mission",
       "actor": "China", "topic": "military",
       "evidence": [
         (3, "boarded the hospital ship USNS Mercy in Palau last week as the first Chinese observer", "progress"),
         (4, "The Chinese observer left the Mercy after ten days and missed the stops in Papua New Guinea and Fiji", "setback", "mild"),
       ], "status": "partial"},
    ],
  },
  {
    "id": "sc81",
    "articles": [
      ("2025-10-29", "China signals it will not block Syria sanctions relief, U.S. says", [
        "Chinese diplomats assured their American counterparts that Beijing would not veto a U.S.-drafted Security Council resolution lifting U.N. sanctions on Syria's president, Ahmed al-Sharaa, a U.S. official said.",
        "The two sides also agreed to hold expert-level talks on foreign fighters in Syria, including Uyghur militants whom China regards as a terrorist threat.",
        "Mr. al-Sharaa led the rebel offensive that toppled Bashar al-Assad last December.",
        "Beijing has voiced concern that Uyghur fighters have been given posts in Syria's new army.",
        "Source: Pacific Policy Review",
      ]),
      ("2025-11-07", "Security Council lifts sanctions on Syria's leader", [
        "The resolution passed 14-0 on Thursday, with China abstaining rather than using its veto, clearing the way for Mr. al-Sharaa's visit to Washington next week.",
        "China's ambassador said Syria must fight all terrorist groups on its territory, including foreign fighters.",
        "Russia voted in favour of the text.",
        "Mr. Trump called the vote an important step for a new Syria.",
        "Advertisement",
      ]),
      ("2026-02-18", "Syria foreign-fighter talks go nowhere", [
        "More than three months later, the promised expert talks on foreign fighters have yet to get off the ground, and officials in Washington say Beijing has not named its delegation.",
        "Syria's government says foreign fighters who have joined its army will obey Syrian law.",
        "Israel carried out new air strikes near Damascus this month.",
        "Analysts said China was more interested in tracking the Uyghur fighters than in helping Syria recover.",
        "Listen to this article",
      ]),
    ],
    "commitments": [
      {"article": 1, "sentence": "assured their American counterparts that Beijing would not veto a U.S.-drafted Security Council resolution",
       "actor": "China", "topic": "middle_east",
       "evidence": [
         (2, "with China abstaining rather than using its veto", "fulfilled"),
       ], "status": "fulfilled"},
      {"article": 1, "sentence": "agreed to hold expert-level talks on foreign fighters in Syria",
       "actor": "both", "topic": "middle_east",
       "evidence": [
         (3, "the promised expert talks on foreign fighters have yet to get off the ground", "setback", "mild"),
       ], "status": "stalled"},
    ],
  },
  {
    "id": "sc82",
    "articles": [
      ("2025-11-18", "China to open audit files to U.S. inspectors for 2026", [
        "China's Ministry of Finance and the China Securities Regulatory Commission agreed to let inspectors from the Public Company Accounting Oversight Board review audit work papers at three mainland and Hong Kong firms in the first half of 2026, the board said on Monday.",
        "The Securities and Exchange Commission, for its part, will not begin delisting proceedings against Chinese companies listed in New York while the inspections run, an SEC official said.",
        "A 2020 law requires companies to be removed from American exchanges if U.S. regulators cannot inspect their auditors for two years in a row.",
        "More than 250 Chinese companies, with a combined market value of about $1 trillion, trade on U.S. exchanges.",
        "Trade Desk Daily is published every weekday morning.",
      ]),
      ("2026-03-10", "PCAOB team combs through audit files in Hong Kong", [
        "Eleven PCAOB inspectors spent most of February in Hong Kong combing through audit files at two of the three firms, the board's chairman said in a speech on Monday.",
        "In 2022, the board said for the first time that it had secured complete access to audit firms in mainland China and Hong Kong.",
        "Investors will watch whether the inspectors are allowed to keep copies of the documents they review.",
        "Several Chinese electric-vehicle makers are weighing New York listings later this year, bankers said.",
        "Hong Kong's stock exchange reported its busiest January for new listings since 2021.",
        "Read more: What a delisting would mean for Chinese stocks",
      ]),
      ("2026-06-24", "Third audit firm keeps U.S. inspectors waiting", [
        "The work papers of the third firm, a Shanghai affiliate of a global accounting network, have still not been handed to the inspectors, and the June 30 target will be missed, two people familiar with the matter said.",
        "Members of the House select committee on China called on the SEC to start delisting proceedings if full access is not granted by the autumn.",
        "The board finished inspections of two Indian audit firms this spring.",
        "Shares of Chinese companies listed in New York slipped about 2% on the report.",
        "Copyright 2026 Example News Group.",
      ]),
    ],
    "commitments": [
      {"article": 1, "sentence": "agreed to let inspectors from the Public Company Accounting Oversight Board review audit work papers at three mainland and Hong Kong firms",
       "actor": "China", "topic": "trade",
       "evidence": [
         (2, "spent most of February in Hong Kong combing through audit files at two of the three firms", "progress"),
         (3, "have still not been handed to the inspectors, and the June 30 target will be missed", "setback", "mild"),
       ], "status": "partial"},
      {"article": 1, "sentence": "will not begin delisting proceedings against Chinese companies listed in New York while the inspections run",
       "actor": "US", "topic": "trade", "evidence": [], "status": "unverified"},
    ],
  },
  {
    "id": "sc83",
    "articles": [
      ("2024-04-18", "Beijing agrees to take back migrants on charter flights", [
        "China agreed to accept regular charter flights carrying Chinese nationals ordered deported from the United States, the Department of Homeland Security said on Wednesday, after years in which Beijing turned most such requests down.",
        "Chinese officials also undertook to verify the identities of deportees and issue their travel documents within 30 days of a U.S. request.",
        "More than 37,000 Chinese citizens were caught crossing the southern border without authorization last year, many of them after flying to Ecuador.",
        "Chinese migrants have become one of the fastest-growing groups making the journey through the Darien Gap.",
        "Reporting by Ana Ruiz in Washington; additional reporting by Lin Wei in Beijing",
      ]),
      ("2024-06-20", "First removal flight in six years lands in Guangzhou", [
        "A chartered plane carrying 116 Chinese adults touched down in Guangzhou on Saturday, the first such removal flight since 2018, Homeland Security officials said.",
        "Immigration lawyers said some of those on board still had asylum claims pending.",
        "Homeland Security Secretary Alejandro Mayorkas said he hoped the cooperation would deepen.",
        "Beijing opened an anti-dumping investigation into European pork the same week.",
        "Photo credit: Devset Wire staff",
      ]),
      ("2024-11-14", "Slow paperwork holds up deportations to China", [
        "Chinese consulates are taking three to four months to confirm the nationality of people in U.S. immigration custody, far longer than the month Beijing had promised, according to an internal ICE memo seen by Devset Wire.",
        "A fourth charter, with 131 people on board, left Los Angeles for Shanghai last week, ICE said.",
        "President-elect Trump campaigned on deporting millions of people who are in the country illegally.",
        "Border Patrol arrests of Chinese nationals fell by nearly half between January and September.",
        "Advertisement",
      ]),
      ("2025-04-24", "China turns away U.S. deportation charters", [
        "Beijing has refused landing permission for the two removal charters scheduled this month and told U.S. officials it will take no more flights while the tariff dispute lasts, according to two Homeland Security officials.",
        "Washington has raised tariffs on most Chinese goods to 145% since January.",
        "The White House urged China to honor its obligation to take back its own citizens.",
        "Colombia, Guatemala and Venezuela have all accepted U.S. deportation flights this year.",
        "Editor's note: Names of detainees have been withheld at their lawyers' request.",
      ]),
    ],
    "commitments": [
      {"article": 1, "sentence": "agreed to accept regular charter flights carrying Chinese nationals ordered deported from the United States",
       "actor": "China", "topic": "diplomacy",
       "evidence": [
         (2, "A chartered plane carrying 116 Chinese adults touched down in Guangzhou on Saturday", "progress"),
         (3, "A fourth charter, with 131 people on board, left Los Angeles for Shanghai last week", "progress"),
         (4, "has refused landing permission for the two removal charters scheduled this month", "setback", "ends"),
       ], "status": "broken"},
      {"article": 1, "sentence": "undertook to verify the identities of deportees and issue their travel documents within 30 days",
       "actor": "China", "topic": "diplomacy",
       "evidence": [
         (3, "are taking three to four months to confirm the nationality of people in U.S. immigration custody", "setback", "mild"),
       ], "status": "stalled"},
    ],
  },
  {
    "id": "sc84",
    "articles": [
      ("2024-07-09", "Ocean carbon cruise and methane data on climate envoys' list", [
        "NOAA and China's Ministry of Natural Resources agreed to mount a joint research cruise in the North Pacific in 2025 to measure how much carbon the ocean is soaking up, the State Department said after the two climate envoys met in Beijing.",
        "China also pledged to publish its first national inventory of methane emissions, broken down by sector, by the end of 2025.",
        "The ocean absorbs roughly a quarter of the carbon dioxide that people emit each year.",
        "U.S. climate envoy John Podesta described the talks as \"constructive but not easy.\"",
        "Sign up for our climate newsletter.",
      ]),
      ("2025-03-26", "Pacific carbon cruise pushed back a year", [
        "The joint cruise has been pushed into 2026 at the earliest after NOAA lost the use of the research vessel that was to carry the Chinese scientists, an agency official said.",
        "The administration has taken the United States out of the Paris Agreement and dismissed hundreds of NOAA employees.",
        "Chinese oceanographers completed their own carbon survey of the South China Sea last autumn.",
        "Satellite readings suggest China's coal mines leak more methane than official estimates show, researchers say.",
        "Jane Holloway is a seasoned reporter with two decades of experience covering energy and climate.",
      ]),
      ("2026-01-13", "China puts numbers on its methane emissions", [
        "The Ministry of Ecology and Environment made public China's first sector-by-sector methane inventory on Dec. 29, putting national emissions at about 65 million tons in 2023, with coal mines responsible for nearly 40%.",
        "No ship has yet been assigned to the Pacific cruise, and NOAA has left it off its 2026 schedule, a spokeswoman said.",
        "Analysts said the inventory's figures for oil and gas leaks were lower than independent estimates.",
        "China's emissions fell slightly in 2025 as solar and wind output surged, according to a Helsinki-based research group.",
        "\u00a9 2026 Devset Wire. All rights reserved.",
      ]),
    ],
    "commitments": [
      {"article": 1, "sentence": "agreed to mount a joint research cruise in the North Pacific in 2025",
       "actor": "both", "topic": "climate",
       "evidence": [
         (2, "The joint cruise has been pushed into 2026 at the earliest", "setback", "mild"),
         (3, "No ship has yet been assigned to the Pacific cruise, and NOAA has left it off its 2026 schedule", "setback", "mild"),
       ], "status": "stalled"},
      {"article": 1, "sentence": "pledged to publish its first national inventory of methane emissions, broken down by sector",
       "actor": "China", "topic": "climate",
       "evidence": [
         (3, "made public China's first sector-by-sector methane inventory on Dec. 29", "fulfilled"),
       ], "status": "fulfilled"},
    ],
  },
  {
    "id": "sc85",
    "articles": [
      ("2024-02-22", "FBI and Chinese police to go after ransomware servers", [
        "China's Ministry of Public Security agreed to investigate Chinese hosting companies whose servers are used by ransomware gangs to attack American hospitals and schools, the FBI said after two days of talks in Beijing.",
        "The bureau, in turn, will hand Chinese investigators a list of the servers and the attacks linked to each of them.",
        "Ransomware gangs extorted more than $1 billion from victims around the world last year, according to a blockchain analysis firm.",
        "Washington separately accuses hackers backed by the Chinese state of planting malware in American water and power systems.",
        "Sign up for our technology newsletter.",
      ]),
      ("2024-06-05", "FBI passes ransomware server list to Chinese police", [
        "The handover of the list, which covers 214 internet addresses tied to 38 attacks, took place in April at the Chinese embassy in Washington, an FBI spokesman said.",
        "The Justice Department charged seven Chinese nationals last month with hacking American companies on behalf of the Ministry of State Security.",
        "FBI officials said they would judge the exercise by whether the servers go dark.",
        "Electric carmaker BYD outsold Tesla worldwide in the last quarter of 2023.",
        "Daniel Ortiz covers technology policy for the Asia desk.",
      ]),
      ("2024-10-30", "Chinese police knock out servers used in hospital attacks", [
        "Police in Zhejiang and Guangdong have taken down 61 of the servers and questioned staff at three hosting firms, China's public security ministry told U.S. officials this month, according to a person briefed on the exchange.",
        "A ransomware attack on a Texas hospital chain in September was traced to servers in Eastern Europe, investigators said.",
        "Microsoft said a group linked to the Chinese state had broken into email accounts at two federal agencies.",
        "Cybersecurity experts said they would like to see arrests, not just takedowns.",
        "Share this article on social media",
      ]),
    ],
    "commitments": [
      {"article": 1, "sentence": "agreed to investigate Chinese hosting companies whose servers are used by ransomware gangs",
       "actor": "China", "topic": "technology",
       "evidence": [
         (3, "have taken down 61 of the servers and questioned staff at three hosting firms", "progress"),
       ], "status": "in_progress"},
      {"article": 1, "sentence": "will hand Chinese investigators a list of the servers and the attacks linked to each of them",
       "actor": "US", "topic": "technology",
       "evidence": [
         (2, "The handover of the list, which covers 214 internet addresses tied to 38 attacks", "fulfilled"),
       ], "status": "fulfilled"},
    ],
  },
  {
    "id": "sc86",
    "articles": [
      ("2025-11-04", "China to buy U.S. LNG again after Busan", [
        "China's state-owned energy companies will buy at least 40 cargoes of American liquefied natural gas in 2026, Energy Secretary Chris Wright said on Monday, describing it as part of the arrangement reached in Busan.",
        "China was the largest buyer of U.S. LNG as recently as 2021.",
        "Beijing imposed a 15% tariff on American LNG in February in response to U.S. duties, and imports stopped soon after.",
        "Europe now takes about two-thirds of U.S. LNG exports.",
        "Trade Desk Daily is published every weekday morning.",
      ]),
      ("2026-01-08", "American LNG reaches China for first time in eleven months", [
        "For the first time since February, a cargo of American LNG was unloaded in China on Monday, at a Sinopec terminal in Tianjin, ship-tracking data showed.",
        "Asian spot LNG prices fell to their lowest level in 18 months.",
        "Qatar signed a 27-year supply deal with another Chinese buyer in December.",
        "Industry analysts said a single cargo proved little.",
        "Energy Markets Brief is compiled by our commodities desk.",
      ]),
      ("2026-04-15", "Chinese buyers keep taking U.S. gas", [
        "By the end of March, Chinese buyers had taken 11 American cargoes, roughly on pace for the full-year figure, according to ship-tracking firm Kpler.",
        "The Energy Department approved a new export terminal in Louisiana last week.",
        "Mr. Wright urged Beijing to sign long-term contracts as well.",
        "Henry Hub natural gas futures rose 4% on Tuesday.",
        "Gift this article",
      ]),
    ],
    "commitments": [
      {"article": 1, "sentence": "will buy at least 40 cargoes of American liquefied natural gas in 2026",
       "actor": "China", "topic": "trade",
       "evidence": [
         (2, "a cargo of American LNG was unloaded in China on Monday", "progress"),
         (3, "Chinese buyers had taken 11 American cargoes", "progress"),
       ], "status": "in_progress"},
    ],
  },
  {
    "id": "sc87",
    "articles": [
      ("2024-04-30", "China promises rulings on U.S. biotech crops", [
        "China's agriculture ministry promised to complete its safety reviews of nine genetically modified corn and soybean varieties developed by American seed companies by the end of the year, the U.S. Department of Agriculture said on Monday.",
        "Some of the applications have been pending for more than six years.",
        "U.S. farm groups say slow approvals keep new seeds off American fields because growers fear Chinese buyers will reject the harvest.",
        "China has been widening trials of its own gene-edited crops.",
        "Farm Markets Weekly is compiled by our agriculture desk.",
      ]),
      ("2024-09-12", "Beijing issues safety certificates for five U.S. traits", [
        "Five of the nine varieties received safety certificates in a list posted by the Ministry of Agriculture and Rural Affairs on Tuesday, including traits from Corteva and from Bayer's St. Louis-based crop science unit.",
        "China's soybean imports from Brazil hit a monthly record in August.",
        "The European Commission authorised two genetically modified maize varieties the same week.",
        "Seed companies said they would wait to see whether import permits follow the certificates.",
        "Farm Markets Weekly is compiled by our agriculture desk.",
      ]),
      ("2025-01-09", "Four biotech traits miss China's year-end target", [
        "The remaining four applications were not ruled on before the year-end deadline, and the ministry has asked for more field data on two of them, USDA said in a report on Wednesday.",
        "Chinese officials say food security remains the country's top priority.",
        "Corn futures in Chicago climbed to a two-month high.",
        "Farm-state senators called on the incoming administration to put biotech approvals at the top of its trade agenda.",
        "Copyright 2025 Example News Group.",
      ]),
    ],
    "commitments": [
      {"article": 1, "sentence": "promised to complete its safety reviews of nine genetically modified corn and soybean varieties",
       "actor": "China", "topic": "trade",
       "evidence": [
         (2, "Five of the nine varieties received safety certificates", "progress"),
         (3, "The remaining four applications were not ruled on before the year-end deadline", "setback", "mild"),
       ], "status": "partial"},
    ],
  },
  {
    "id": "sc88",
    "articles": [
      ("2025-06-13", "London framework covers chip design software and a merger", [
        "The Commerce Department will lift the licence requirements it imposed in May on sales of chip design software to Chinese customers, a U.S. official said on Thursday, describing the step as part of the London framework.",
        "China's State Administration for Market Regulation, for its part, agreed to finish its long-delayed review of Synopsys's $35 billion purchase of the engineering software maker Ansys.",
        "Synopsys, Cadence and Siemens dominate the market for the software used to lay out chips.",
        "Chinese chip designers had stockpiled licences in anticipation of the curbs.",
        "Listen to this article",
      ]),
      ("2025-07-18", "Chip design tools flow to China again; Ansys deal cleared", [
        "Letters from the Commerce Department voiding the licence requirement reached Synopsys, Cadence and Siemens on July 2, and the companies restored full service to Chinese customers within days.",
        "China's market regulator cleared the Ansys acquisition on Monday, subject to conditions requiring Synopsys to keep supplying Chinese customers on fair terms, allowing the deal to close.",
        "Some Republicans in Congress criticised the reversal on chip software as a gift to Beijing.",
        "Chinese chipmaker SMIC said its second-quarter revenue would rise as much as 9%.",
        "Reporting by Lin Wei",
      ]),
      ("2025-10-16", "Washington puts chip software curbs back after rare earth move", [
        "In a rule issued on Tuesday, the Commerce Department put chip design software back under licence for all Chinese buyers, in answer to Beijing's sweeping new controls on rare earth exports.",
        "China's commerce ministry said its rare earth rules were a legitimate step to safeguard national security.",
        "The Ansys merger, which Beijing cleared in July, is not affected, Synopsys said.",
        "Synopsys shares fell 6% in New York.",
        "This article has been updated with comment from the Chinese embassy.",
      ]),
    ],
    "commitments": [
      {"article": 1, "sentence": "will lift the licence requirements it imposed in May on sales of chip design software to Chinese customers",
       "actor": "US", "topic": "technology",
       "evidence": [
         (2, "Letters from the Commerce Department voiding the licence requirement reached Synopsys, Cadence and Siemens on July 2", "fulfilled"),
         (3, "put chip design software back under licence for all Chinese buyers", "setback", "ends"),
       ], "status": "broken"},
      {"article": 1, "sentence": "agreed to finish its long-delayed review of Synopsys's $35 billion purchase",
       "actor": "China", "topic": "technology",
       "evidence": [
         (2, "cleared the Ansys acquisition on Monday, subject to conditions", "fulfilled"),
       ], "status": "fulfilled"},
    ],
  },
  {
    "id": "sc89",
    "articles": [
      ("2023-08-29", "Science pact gets a short reprieve while talks begin", [
        "The United States and China have extended their 1979 science and technology agreement for six months, the State Department said on Monday.",
        "During that time the two governments will negotiate a revised text with stronger safeguards for researchers' safety and intellectual property, a department spokesman said.",
        "Republican lawmakers have urged the administration to let the pact lapse, saying it helps China's military.",
        "The agreement, signed by Deng Xiaoping and Jimmy Carter, has covered joint work on everything from earthquakes to influenza.",
        "Reporting by Lin Wei; Editing by Mark Adams",
      ]),
      ("2024-03-05", "Science pact negotiators meet again in Beijing", [
        "Negotiators met in Beijing in January for a second round of talks on the revised text, officials on both sides said.",
        "A House committee report said Chinese researchers had used American collaborations to advance hypersonic weapons.",
        "China's science ministry announced a new fund for basic research in quantum physics.",
        "NASA is barred by law from most bilateral work with China.",
        "Advertisement",
      ]),
      ("2024-12-16", "Revised U.S.-China science agreement signed", [
        "The amended agreement was signed in Beijing on Friday, renewing it for five years with a narrower scope that leaves out critical and emerging technologies and adds rules on data and researcher safety.",
        "Critics said even the narrower pact carried risks for American research.",
        "The Commerce Department added 140 Chinese entities to its trade blacklist this month.",
        "China's exports grew 6.7% in November from a year earlier.",
        "\u00a9 2024 Devset Wire. All rights reserved.",
      ]),
    ],
    "commitments": [
      {"article": 1, "sentence": "will negotiate a revised text with stronger safeguards for researchers' safety and intellectual property",
       "actor": "both", "topic": "technology",
       "evidence": [
         (2, "met in Beijing in January for a second round of talks on the revised text", "progress"),
         (3, "The amended agreement was signed in Beijing on Friday", "fulfilled"),
       ], "status": "fulfilled"},
    ],
  },
  {
    "id": "sc90",
    "articles": [
      ("2025-09-24", "China to answer U.S. satellite collision warnings", [
        "China's space agency will staff a round-the-clock contact point to receive and acknowledge collision warnings from U.S. Space Command, a Pentagon official said on Tuesday after talks in Vienna on the margins of a U.N. space meeting.",
        "Space Command agreed to provide more precise tracking data whenever Chinese crewed spacecraft are involved.",
        "More than 11,000 active satellites now circle the Earth, most of them launched by SpaceX.",
        "China's Tiangong space station has had to dodge debris several times.",
        "Sign up for our weekly defense newsletter.",
      ]),
      ("2026-01-20", "Beijing answers a U.S. space warning within hours", [
        "When a defunct American weather satellite came within 200 meters of a Chinese Yaogan satellite on Jan. 6, the CNSA contact point acknowledged Space Command's warning within three hours, the first reply Washington has ever received, a U.S. officer said.",
        "China launched 92 rockets in 2025, a national record.",
        "The Pentagon's top space officer warned that China is testing satellites that can grab other spacecraft.",
        "Russia has declined to set up a similar channel.",
        "Photo credit: Pool via Devset Wire",
      ]),
      ("2026-05-27", "Space warnings to China go unanswered again", [
        "Three of the last five warnings sent to the Chinese contact point went unanswered for more than two days, including one involving a spent rocket stage, according to a Space Force briefing.",
        "A Chinese upper stage broke apart in low orbit in April, scattering hundreds of pieces of debris.",
        "Lawmakers asked the Space Force to report twice a year on how often China responds.",
        "SpaceX said its satellites made more than 50,000 collision-avoidance maneuvers in six months.",
        "Read more: The crowded sky: who tracks the satellites?",
      ]),
    ],
    "commitments": [
      {"article": 1, "sentence": "will staff a round-the-clock contact point to receive and acknowledge collision warnings",
       "actor": "China", "topic": "military",
       "evidence": [
         (2, "the CNSA contact point acknowledged Space Command's warning within three hours", "progress"),
         (3, "Three of the last five warnings sent to the Chinese contact point went unanswered for more than two days", "setback", "mild"),
       ], "status": "partial"},
      {"article": 1, "sentence": "agreed to provide more precise tracking data whenever Chinese crewed spacecraft are involved",
       "actor": "US", "topic": "military", "evidence": [], "status": "unverified"},
    ],
  },
  {
    "id": "sc91",
    "articles": [
      ("2024-04-17", "China to outlaw nitazenes as a class", [
        "Chinese narcotics officials pledged to bring the whole family of synthetic opioids known as nitazenes under national control, rather than listing them one compound at a time, at a meeting of the bilateral counternarcotics working group in Washington this week.",
        "The Drug Enforcement Administration agreed to send Chinese forensic laboratories reference samples of newly seized nitazenes to help them identify the drugs.",
        "Nitazenes can be many times stronger than fentanyl and have turned up in counterfeit pills in several U.S. states.",
        "Chinese officials said the country has no significant nitazene abuse problem of its own.",
        "Follow us on X for breaking updates.",
      ]),
      ("2024-07-03", "Nitazene class placed under control in China", [
        "A notice from the National Narcotics Control Commission placed the entire nitazene class under control from July 1, making it illegal to make or sell any compound built on the drugs' core structure.",
        "U.S. officials praised the step but noted that chemists are quick to design new compounds.",
        "British authorities linked nitazenes to more than 200 deaths over the past year.",
        "The DEA issued a warning to police departments about counterfeit pills laced with nitazenes.",
        "Reporting by Lin Wei",
      ]),
      ("2024-10-23", "DEA samples for Chinese labs held up", [
        "The reference samples meant for Chinese laboratories are still sitting in a DEA vault in Virginia because the agency has not obtained the export permits it needs, an official said.",
        "Australian police seized nitazene tablets at Sydney airport last week.",
        "Members of Congress urged the DEA to move faster on its side of the bargain.",
        "Fentanyl is still involved in about two-thirds of U.S. overdose deaths.",
        "Share this article on social media",
      ]),
      ("2025-03-12", "Drug lab cooperation stuck in paperwork", [
        "Five months on, the samples have still not been shipped, with the export paperwork lost somewhere between two federal agencies, DEA officials say.",
        "Washington raised its fentanyl-related tariff on Chinese goods to 20% this month.",
        "China's foreign ministry said the nitazene ban showed Beijing's sincerity in fighting drugs.",
        "Seizures of counterfeit pills at the southern border fell in February.",
        "Advertisement - Scroll to continue",
      ]),
    ],
    "commitments": [
      {"article": 1, "sentence": "pledged to bring the whole family of synthetic opioids known as nitazenes under national control",
       "actor": "China", "topic": "counternarcotics",
       "evidence": [
         (2, "placed the entire nitazene class under control from July 1", "fulfilled"),
       ], "status": "fulfilled"},
      {"article": 1, "sentence": "agreed to send Chinese forensic laboratories reference samples of newly seized nitazenes",
       "actor": "US", "topic": "counternarcotics",
       "evidence": [
         (3, "are still sitting in a DEA vault in Virginia", "setback", "mild"),
         (4, "the samples have still not been shipped", "setback", "mild"),
       ], "status": "stalled"},
    ],
  },
  {
    "id": "sc92",
    "articles": [
      ("2026-04-03", "Beijing to lift sanctions on U.S. arms makers", [
        "China's commerce and foreign ministries will lift the sanctions they imposed in December on 20 American defense companies over weapons sales to Taiwan, a senior U.S. official said on Thursday after Mr. Trump's talks in Beijing.",
        "The companies, which include drone makers and a unit of Boeing, had been barred from doing business in China, and their executives from entering the country.",
        "Taiwan's foreign ministry said it was seeking clarification from Washington.",
        "Beijing says arms sales to Taiwan violate the one-China principle.",
        "Source: Pacific Policy Review",
      ]),
      ("2026-05-21", "China drops penalties on 12 U.S. defense firms", [
        "An announcement posted on the commerce ministry's website on Tuesday struck 12 of the 20 companies off its unreliable entity list and unfroze their assets in China.",
        "Taiwan's defense ministry said it tracked 31 Chinese military aircraft around the island on Monday.",
        "Some Republican senators called on the administration not to trade away Taiwan's security for commercial gains.",
        "Shares of U.S. defense contractors were little changed.",
        "Advertisement",
      ]),
      ("2026-09-09", "China reinstates sanctions on U.S. arms makers after Taiwan sale", [
        "Beijing put all 12 companies back under sanctions on Monday and added three more, days after the State Department approved a $2 billion air-defense package for Taiwan.",
        "The package includes three NASAMS air-defense batteries and spare parts for F-16 fighters.",
        "China's Taiwan Affairs Office warned that the island's leaders were \"playing with fire.\"",
        "Taiwan's president thanked Washington for its support.",
        "Sign up for our diplomacy newsletter.",
      ]),
    ],
    "commitments": [
      {"article": 1, "sentence": "will lift the sanctions they imposed in December on 20 American defense companies over weapons sales to Taiwan",
       "actor": "China", "topic": "taiwan",
       "evidence": [
         (2, "struck 12 of the 20 companies off its unreliable entity list", "progress"),
         (3, "put all 12 companies back under sanctions on Monday", "setback", "ends"),
       ], "status": "broken"},
    ],
  },
  {
    "id": "sc93",
    "articles": [
      ("2025-08-27", "China to return U.S. Navy ocean glider", [
        "China agreed to hand back an unmanned U.S. Navy ocean glider that a Chinese survey ship hauled aboard in the South China Sea this month, the Pentagon said on Tuesday.",
        "The two militaries also agreed to discuss rules for dealing with each other's unmanned vessels at their next round of maritime safety talks.",
        "The glider, which measures water temperature and salinity, was operating about 60 nautical miles west of the Philippine island of Palawan.",
        "A similar seizure in 2016 was resolved after several days of talks.",
        "Sign up for our weekly defense newsletter.",
      ]),
      ("2025-09-04", "Navy glider back in American hands", [
        "\"The glider is back in our hands and appears undamaged,\" a Seventh Fleet spokesman said on Wednesday after a PLA Navy boat passed it to the destroyer USS Dewey off Scarborough Shoal.",
        "Chinese state media said the device had posed a hazard to navigation.",
        "Philippine and Chinese coast guard ships collided near the shoal last month.",
        "Navy technicians are examining the glider for signs of tampering.",
        "Photo credit: U.S. Navy handout",
      ]),
      ("2025-12-10", "Navy to triple its glider fleet in the Pacific", [
        "The Navy plans to triple the number of ocean gliders it operates in the western Pacific by 2028, budget documents show.",
        "Chinese survey ships have become a common sight in waters near U.S. allies, analysts said.",
        "Beijing protested a U.S. destroyer's passage through the Taiwan Strait last week.",
        "Experts say there are no agreed international rules on how navies should treat each other's drones.",
        "Daniel Ortiz covers defense policy for the Asia desk and previously reported from Beijing.",
      ]),
    ],
    "commitments": [
      {"article": 1, "sentence": "agreed to hand back an unmanned U.S. Navy ocean glider that a Chinese survey ship hauled aboard",
       "actor": "China", "topic": "military",
       "evidence": [
         (2, "after a PLA Navy boat passed it to the destroyer USS Dewey off Scarborough Shoal", "fulfilled"),
       ], "status": "fulfilled"},
      {"article": 1, "sentence": "agreed to discuss rules for dealing with each other's unmanned vessels at their next round of maritime safety talks",
       "actor": "both", "topic": "military", "evidence": [], "status": "unverified"},
    ],
  },
  {
    "id": "sc94",
    "articles": [
      ("2024-10-02", "China to free ailing American for treatment; diplomats to attend appeal", [
        "Chinese authorities agreed to release a 71-year-old American businessman serving a fraud sentence in Shenzhen on medical parole so that he can be treated for cancer, the State Department said.",
        "They also agreed to let U.S. consular officers sit in on the appeal hearing of a second American, a former teacher convicted of espionage in Dalian.",
        "Both men's families say the charges were fabricated.",
        "The department lists China among the countries where Americans face a high risk of wrongful detention.",
        "Gift this article",
      ]),
      ("2024-12-11", "Parole for ailing American slips; diplomats barred from appeal", [
        "A parole hearing for the businessman, first set for November, was put back by the Shenzhen court without explanation, his lawyer said.",
        "When the Dalian court heard the teacher's appeal on Dec. 5, consular officers were turned away at the door, and the court upheld his 12-year sentence the same day.",
        "Three other Americans came home last month in a prisoner exchange.",
        "The State Department called the court's ruling deeply disappointing.",
        "Reporting by Ana Ruiz in Washington; additional reporting by Lin Wei in Beijing",
      ]),
      ("2025-02-19", "Ailing American moved from prison to hospital", [
        "The businessman was transferred last week from prison to a cancer ward at Shenzhen People's Hospital, where he remains under guard while his parole papers are processed, his daughter said.",
        "Rights groups urged Beijing to free him outright and let him fly home.",
        "Chinese courts convicted a record number of people of espionage last year, according to a Hong Kong-based rights group.",
        "The Senate has not yet confirmed a new U.S. ambassador to China.",
        "Photo credit: Devset Wire staff",
      ]),
    ],
    "commitments": [
      {"article": 1, "sentence": "agreed to release a 71-year-old American businessman serving a fraud sentence in Shenzhen on medical parole",
       "actor": "China", "topic": "human_rights",
       "evidence": [
         (2, "was put back by the Shenzhen court without explanation", "setback", "mild"),
         (3, "was transferred last week from prison to a cancer ward", "progress"),
       ], "status": "in_progress"},
      {"article": 1, "sentence": "agreed to let U.S. consular officers sit in on the appeal hearing of a second American",
       "actor": "China", "topic": "human_rights",
       "evidence": [
         (2, "consular officers were turned away at the door", "setback", "ends"),
       ], "status": "broken"},
    ],
  },
  {
    "id": "sc95",
    "articles": [
      ("2024-12-12", "U.S. money and Chinese engineers for Lebanon mine clearance", [
        "The State Department will give $20 million to the U.N. Mine Action Service to pay for clearing unexploded bombs in southern Lebanon, including work done by Chinese peacekeepers, a department official said on Wednesday.",
        "China's defense ministry, in turn, pledged to add 100 engineers to its peacekeeping contingent in Lebanon by the end of March.",
        "The ceasefire between Israel and Hezbollah took effect on Nov. 27.",
        "Chinese engineers have cleared mines along the Blue Line since 2006.",
        "Source: Devset Wire",
      ]),
      ("2025-03-06", "First U.S. demining funds reach Lebanon", [
        "A first tranche of $8 million from Washington arrived at the U.N. Mine Action Service in February, allowing teams to start work in 14 villages near the border, a U.N. spokesman said.",
        "The first 40 of the extra Chinese engineers landed in Beirut last week with armored bulldozers and mine detectors.",
        "The administration has ordered a review of most foreign aid programs since taking office in January.",
        "Israeli troops remain at five hilltop positions inside Lebanon.",
        "Lebanon's army has sent thousands of soldiers to the south.",
        "Photo credit: Pool via Devset Wire",
      ]),
      ("2025-05-14", "Chinese deminers fall short of promised numbers", [
        "Washington released a second payment of $7 million in April, bringing its contribution so far to $15 million, the department said.",
        "By the end of March, only 60 of the 100 additional Chinese engineers had reached Lebanon, and Beijing has given no date for the rest, U.N. officials said.",
        "An Israeli drone strike killed two people near Tyre on Tuesday.",
        "Mine clearance experts said the job could take a decade.",
        "Copyright 2025 Example News Group.",
      ]),
    ],
    "commitments": [
      {"article": 1, "sentence": "will give $20 million to the U.N. Mine Action Service to pay for clearing unexploded bombs in southern Lebanon",
       "actor": "US", "topic": "middle_east",
       "evidence": [
         (2, "A first tranche of $8 million from Washington arrived at the U.N. Mine Action Service in February", "progress"),
         (3, "released a second payment of $7 million in April", "progress"),
       ], "status": "in_progress"},
      {"article": 1, "sentence": "pledged to add 100 engineers to its peacekeeping contingent in Lebanon by the end of March",
       "actor": "China", "topic": "middle_east",
       "evidence": [
         (2, "The first 40 of the extra Chinese engineers landed in Beirut last week", "progress"),
         (3, "only 60 of the 100 additional Chinese engineers had reached Lebanon", "setback", "mild"),
       ], "status": "partial"},
    ],
  },
  {
    "id": "sc96",
    "articles": [
      ("2025-06-16", "China agrees to look into satellite images sold to Houthis", [
        "Chinese officials agreed to investigate U.S. evidence that a satellite company in Jilin province has sold imagery of American warships in the Red Sea to the Houthis, a State Department spokeswoman said after talks in London.",
        "Washington accused Chang Guang Satellite Technology in April of directly supporting Houthi attacks, a charge the company denied.",
        "The Houthis stopped firing at U.S. ships under a truce brokered by Oman in May.",
        "Chinese officials say their companies abide by U.N. resolutions.",
        "Share this article on social media",
      ]),
      ("2025-08-20", "No word from Beijing on satellite inquiry", [
        "Two months after the London talks, Beijing has not replied to the dossier of satellite images and payment records that U.S. officials handed over, a State Department official said.",
        "Houthi forces sank two Greek-owned bulk carriers in July.",
        "The Treasury sanctioned a Hong Kong company it said had shipped drone parts to the Houthis.",
        "Several lawmakers called for sanctions on the satellite company.",
        "Follow us on X for breaking updates.",
      ]),
      ("2025-11-26", "Analysis: The satellite inquiry Beijing never opened", [
        "The inquiry Beijing promised shows no sign of having started, U.S. officials say, and the company's pictures are still on sale through resellers in the Gulf.",
        "The Houthis have threatened to resume attacks on American ships if fighting in Gaza flares again.",
        "Some analysts argue that Beijing has little appetite for policing its commercial space firms.",
        "Container rates from Shanghai to Rotterdam fell 8% this month.",
        "This analysis is part of our series on the Red Sea crisis.",
      ]),
    ],
    "commitments": [
      {"article": 1, "sentence": "agreed to investigate U.S. evidence that a satellite company in Jilin province has sold imagery",
       "actor": "China", "topic": "middle_east",
       "evidence": [
         (2, "Beijing has not replied to the dossier of satellite images and payment records", "setback", "mild"),
         (3, "The inquiry Beijing promised shows no sign of having started", "setback", "mild"),
       ], "status": "stalled"},
    ],
  },
  {
    "id": "sc97",
    "articles": [
      ("2024-06-26", "China to check timber imports for illegal logging", [
        "China's National Forestry and Grassland Administration will require timber importers to show that their wood was legally harvested, starting with logs from Southeast Asia and Africa, the two countries said in a joint statement on Tuesday.",
        "The U.S. Forest Service agreed to share satellite alerts of illegal logging in tropical forests with Chinese customs officers every month.",
        "China is the world's largest importer of timber.",
        "Deforestation accounts for roughly a tenth of global greenhouse gas emissions.",
        "Sign up for our climate newsletter.",
      ]),
      ("2024-11-20", "Chinese timber legality rules out for comment", [
        "Draft rules issued by the forestry administration on Monday would oblige large importers to keep records tracing each shipment back to a licensed concession.",
        "The European Union has put off its own deforestation law by a year.",
        "Brazil reported the lowest rate of Amazon deforestation in nine years.",
        "U.S. officials said the monthly alerts agreed in June would help customs officers single out suspect cargoes.",
        "Jane Holloway is a seasoned reporter with two decades of experience covering energy and climate.",
      ]),
      ("2025-04-09", "Forest Service office behind China alerts shut down", [
        "The Forest Service's international programs office, which prepared the alerts, was closed in March as part of the administration's spending cuts, ending the exchange with Chinese customs, a former official said.",
        "Indonesian police broke up a timber smuggling ring in Papua last month.",
        "Environmental groups said the closure would make it harder to trace illegal wood.",
        "U.S. hardwood exports to China fell by a fifth in the first quarter.",
        "Advertisement",
      ]),
      ("2025-08-13", "China's timber legality rule takes final shape", [
        "The forestry administration finalised the legality rule in July, and it will apply to large importers from next January, the agency said.",
        "Log prices at Zhangjiagang, China's biggest timber hub, fell 5% in the second quarter.",
        "Conservation groups said they wanted the rule to cover furniture and paper as well.",
        "Heavy rain has slowed logging in parts of Central Africa.",
        "Sign up for our climate newsletter.",
      ]),
    ],
    "commitments": [
      {"article": 1, "sentence": "will require timber importers to show that their wood was legally harvested",
       "actor": "China", "topic": "climate",
       "evidence": [
         (2, "Draft rules issued by the forestry administration on Monday", "progress"),
         (4, "finalised the legality rule in July", "progress"),
       ], "status": "in_progress"},
      {"article": 1, "sentence": "agreed to share satellite alerts of illegal logging in tropical forests with Chinese customs officers",
       "actor": "US", "topic": "climate",
       "evidence": [
         (3, "was closed in March as part of the administration's spending cuts, ending the exchange with Chinese customs", "setback", "ends"),
       ], "status": "broken"},
    ],
  },
  {
    "id": "sc98",
    "articles": [
      ("2024-05-16", "U.S. and China to clear diplomatic visa backlog", [
        "The United States and China agreed to clear within 60 days the backlog of visa applications for each other's diplomats and embassy support staff, which has left missions in both countries short-handed, the State Department said.",
        "About 40 American and 30 Chinese applications had been pending for more than six months, officials said.",
        "The U.S. consulate in Shenyang has been running with fewer than half its normal staff.",
        "Visa disputes have dogged the relationship since both sides expelled journalists in 2020.",
        "Sign up for our diplomacy newsletter.",
      ]),
      ("2024-06-27", "Diplomatic visas start to move", [
        "\"Thirty-one American colleagues have received their visas since mid-May, and more are in the pipeline,\" a spokesman for the U.S. embassy in Beijing said on Wednesday.",
        "Beijing also accredited two more American journalists this month.",
        "The U.S. ambassador said he hoped the step would help rebuild trust.",
        "Chinese student visa applications rose 5% this spring.",
        "Advertisement",
      ]),
      ("2024-08-22", "Visa deadline passes with 17 diplomats still waiting", [
        "When the 60-day deadline ran out in mid-July, 17 applications were still pending, most of them for security guards and technicians at U.S. consulates, officials said.",
        "Secretary of State Antony Blinken and Wang Yi spoke by phone on Monday about the war in Ukraine.",
        "Beijing accused Washington of harassing Chinese students at U.S. airports.",
        "The State Department is also reviewing security rules for staff at its posts in China.",
        "Correction: An earlier version of this article misstated the number of pending applications.",
      ]),
    ],
    "commitments": [
      {"article": 1, "sentence": "agreed to clear within 60 days the backlog of visa applications for each other's diplomats",
       "actor": "both", "topic": "diplomacy",
       "evidence": [
         (2, "Thirty-one American colleagues have received their visas since mid-May", "progress"),
         (3, "When the 60-day deadline ran out in mid-July, 17 applications were still pending", "setback", "mild"),
       ], "status": "partial"},
    ],
  },
  {
    "id": "sc99",
    "articles": [
      ("2025-11-19", "China to send U.S. advance data on express parcels", [
        "China's General Administration of Customs will send U.S. Customs and Border Protection advance electronic data on express parcels bound for the United States from its three largest courier hubs, a CBP official said, as part of the fentanyl understanding reached in Busan.",
        "CBP agreed to report back each month on which of those parcels it seized and why.",
        "The end of the de minimis exemption in August has already cut the number of small parcels arriving from China.",
        "Traffickers still use express couriers to ship pill presses and precursor chemicals.",
        "Related: How the fentanyl tariff was set",
      ]),
      ("2026-02-04", "Parcel data link slips past start date", [
        "The data link, meant to go live on Jan. 1, has been held up by disagreements over which fields Chinese customs will share, two CBP officials said.",
        "CBP seized about 1,200 pounds of fentanyl at the southern border in January.",
        "Chinese police arrested 15 people in Hebei for selling precursor chemicals online, state media reported.",
        "CBP officials said they would watch how complete the data is once it starts flowing.",
        "Reporting by Lin Wei",
      ]),
      ("2026-04-29", "Chinese parcel data starts reaching U.S. customs", [
        "Manifest data from Shenzhen's express hub has reached CBP's targeting center in Virginia since March 16, with Guangzhou and Shanghai due to follow by summer, the agency said.",
        "Lawmakers pressed the agency to extend the system to ocean freight.",
        "Express carriers said the checks had not slowed deliveries.",
        "Overdose deaths declined for a third straight year in 2025, according to provisional CDC figures.",
        "Copyright 2026 Example News Group.",
      ]),
    ],
    "commitments": [
      {"article": 1, "sentence": "will send U.S. Customs and Border Protection advance electronic data on express parcels",
       "actor": "China", "topic": "counternarcotics",
       "evidence": [
         (2, "The data link, meant to go live on Jan. 1, has been held up", "setback", "mild"),
         (3, "Manifest data from Shenzhen's express hub has reached CBP's targeting center in Virginia since March 16", "progress"),
       ], "status": "in_progress"},
      {"article": 1, "sentence": "agreed to report back each month on which of those parcels it seized and why",
       "actor": "US", "topic": "counternarcotics", "evidence": [], "status": "unverified"},
    ],
  },
  {
    "id": "sc100",
    "articles": [
      ("2025-11-06", "China to let more Hollywood films into cinemas", [
        "China will restore the number of American films approved for its cinemas to about 30 a year, the level before it cut them in April in retaliation for U.S. tariffs, USTR said in a summary of the Busan arrangement.",
        "American films took less than 5% of China's box office last year, down from more than a third a decade ago.",
        "Domestic blockbusters such as the animated hit Ne Zha 2 have dominated Chinese screens.",
        "Mr. Trump has threatened a 100% tariff on films made abroad.",
        "Source: Devset Wire",
      ]),
      ("2026-01-14", "Hollywood titles cleared for Chinese release", [
        "The China Film Administration cleared six Hollywood titles for release between December and February, the most in any three-month period since 2023, distributors said.",
        "A Chinese animated film topped the North American box office for one weekend in December.",
        "Studio executives said they hoped China would also allow longer release windows.",
        "Disney shares rose 2% in New York.",
        "Box Office Briefing appears every Wednesday.",
      ]),
      ("2026-04-22", "Hollywood's China pipeline narrows again", [
        "Only two American films have been approved since February, leaving the pace well below the 30 a year that Beijing promised, according to a tally by a Beijing-based consultancy.",
        "China's box office takings fell 12% in the first quarter.",
        "The Motion Picture Association urged USTR to raise the issue at the next round of trade talks.",
        "The two sides are due to review the Busan arrangement in May.",
        "Box Office Briefing appears every Wednesday.",
      ]),
    ],
    "commitments": [
      {"article": 1, "sentence": "will restore the number of American films approved for its cinemas to about 30 a year",
       "actor": "China", "topic": "trade",
       "evidence": [
         (2, "cleared six Hollywood titles for release between December and February", "progress"),
         (3, "Only two American films have been approved since February", "setback", "mild"),
       ], "status": "partial"},
    ],
  },
  {
    "id": "sc101",
    "articles": [
      ("2026-01-28", "Hegseth to visit China in first half of the year", [
        "Defense Secretary Pete Hegseth accepted an invitation from Adm. Dong Jun to visit China in the first half of 2026, the Pentagon said after the two men spoke by video on Tuesday.",
        "The two defense chiefs also agreed to speak by video at least once every quarter.",
        "No U.S. defense secretary has visited China since Jim Mattis in 2018.",
        "China's defense ministry described the call as candid and pragmatic.",
        "Advertisement",
      ]),
      ("2026-05-13", "Hegseth's China trip slides toward autumn", [
        "The Pentagon has told Chinese officials that the trip cannot happen before the autumn because of the secretary's schedule, two defense officials said.",
        "China is again sending a lower-level delegation to the Shangri-La Dialogue in Singapore this month, organisers said.",
        "Chinese warships shadowed an American carrier group east of the Philippines last week.",
        "Some Asia hands in Congress said a visit would reward Beijing without any gains for Washington.",
        "Sign up for our weekly defense newsletter.",
      ]),
      ("2026-07-22", "Hegseth visit to China still has no date", [
        "With the first half of the year gone, Mr. Hegseth's visit to China has no date, and the Pentagon referred questions to the White House.",
        "Commanders of U.S. Indo-Pacific Command and China's Southern Theater Command spoke by video in June, their third call this year.",
        "The PLA held large drills near Taiwan's east coast this month.",
        "Analysts said the administration was wary of upsetting trade talks.",
        "Editor's note: This story has been updated to include a response from the Pentagon.",
      ]),
    ],
    "commitments": [
      {"article": 1, "sentence": "accepted an invitation from Adm. Dong Jun to visit China in the first half of 2026",
       "actor": "US", "topic": "military",
       "evidence": [
         (2, "the trip cannot happen before the autumn", "setback", "mild"),
         (3, "Mr. Hegseth's visit to China has no date", "setback", "mild"),
       ], "status": "stalled"},
      {"article": 1, "sentence": "The two defense chiefs also agreed to speak by video at least once every quarter",
       "actor": "both", "topic": "military", "evidence": [], "status": "unverified"},
    ],
  },
  {
    "id": "sc102",
    "articles": [
      ("2026-01-13", "China to drop penalties on PVH and Illumina", [
        "China will remove PVH Corp., the owner of Calvin Klein and Tommy Hilfiger, from its unreliable entity list by the end of January, the commerce ministry said on Tuesday after a video call between Vice Premier He Lifeng and Treasury Secretary Scott Bessent.",
        "The ministry also said it would lift the ban on imports of gene sequencers made by Illumina, the San Diego company it put on the same list in February 2025.",
        "Beijing blacklisted both companies hours after Mr. Trump's first round of tariffs on Chinese goods took effect last year.",
        "Chinese regulators had accused PVH of boycotting cotton from Xinjiang without justification.",
        "Illumina has said China accounted for about 7% of its revenue before the ban.",
        "Trade Desk Daily is published every weekday morning.",
      ]),
      ("2026-02-05", "PVH off China's blacklist as first Illumina machines clear customs", [
        "A notice on the commerce ministry's website on Jan. 29 took PVH off the unreliable entity list with immediate effect, ending the limits on its trade and investment in China.",
        "Customs officers in Shanghai cleared the first Illumina sequencers to enter China in almost a year last week, a hospital supplier in the city said.",
        "PVH shares rose 4% in New York on the news.",
        "Chinese sequencer maker MGI Tech said its domestic sales grew by nearly a third last year, helped by the ban on its American rival.",
        "Some China hawks in Congress said Washington had paid too high a price for the concessions.",
        "Share this article on social media",
      ]),
      ("2026-04-15", "Illumina still waits for Beijing's full go-ahead", [
        "Three months after Beijing's announcement, only about 40 Illumina sequencers have reached Chinese customers, and the commerce ministry has yet to formally revoke the March 2025 import order, according to the company's distributor in China.",
        "PVH said in its annual report that it had reopened talks with Chinese cotton suppliers after its removal from the list.",
        "Illumina's chief executive said he wanted to \"get back to serving Chinese scientists fully.\"",
        "China's market regulator separately opened an antitrust review of an American medical-device maker's purchase of a Chinese supplier.",
        "The U.S. Trade Representative's office said it would monitor whether Beijing lifts the remaining restrictions.",
        "Copyright 2026 Example News Group.",
      ]),
      ("2026-06-10", "China puts PVH back on blacklist after new Xinjiang import bans", [
        "China's commerce ministry put PVH back on its unreliable entity list on Tuesday, days after Washington barred imports from four more Xinjiang textile makers.",
        "The Department of Homeland Security added the four companies to its forced-labor entity list last week.",
        "A ministry spokesman accused PVH of once again treating Chinese cotton suppliers unfairly.",
        "Illumina was not named in the announcement.",
        "Shares of PVH fell 6% in New York.",
        "Reporting by Ana Ruiz; Editing by Mark Adams",
      ]),
    ],
    "commitments": [
      {"article": 1, "sentence": "will remove PVH Corp., the owner of Calvin Klein and Tommy Hilfiger, from its unreliable entity list",
       "actor": "China", "topic": "trade",
       "evidence": [
         (2, "took PVH off the unreliable entity list with immediate effect", "fulfilled"),
         (4, "put PVH back on its unreliable entity list on Tuesday", "setback", "ends"),
       ], "status": "broken"},
      {"article": 1, "sentence": "would lift the ban on imports of gene sequencers made by Illumina",
       "actor": "China", "topic": "trade",
       "evidence": [
         (2, "cleared the first Illumina sequencers to enter China in almost a year last week", "progress"),
         (3, "only about 40 Illumina sequencers have reached Chinese customers, and the commerce ministry has yet to formally revoke the March 2025 import order", "setback", "mild"),
       ], "status": "partial"},
    ],
  },
  {
    "id": "sc103",
    "articles": [
      ("2026-05-20", "China to allow U.S. Navy port call in Hong Kong", [
        "China will allow the command ship USS Blue Ridge to make a port call in Hong Kong in July, the first visit by a U.S. Navy ship to the city since 2023, the Pentagon said on Tuesday.",
        "In return, the Navy will invite a PLA Navy ship to call at Pearl Harbor later in the year, defense officials said.",
        "The announcement followed two days of talks between defense policy officials from both countries in Beijing.",
        "Beijing turned down several U.S. requests for Hong Kong port visits after the 2019 protests in the city.",
        "Port calls were once a routine part of military ties, with American carriers stopping in Hong Kong several times a year.",
        "Sign up for our weekly defense newsletter.",
      ]),
      ("2026-06-25", "Blue Ridge visit to Hong Kong gets formal approval", [
        "The Chinese foreign ministry's office in Hong Kong gave formal approval for the Blue Ridge to berth in the city from July 14 to 18, a U.S. consulate spokesman said on Wednesday.",
        "Two Chinese destroyers shadowed a U.S. carrier strike group in the Philippine Sea last week, the Navy said.",
        "Bar owners in Wan Chai said they hoped the visit would bring back the sailors who once filled their venues.",
        "Some Republican lawmakers urged the Pentagon not to open Pearl Harbor to Chinese warships.",
        "Photo credit: U.S. Navy handout",
      ]),
      ("2026-07-10", "China cancels Blue Ridge's Hong Kong visit over Taiwan arms", [
        "China withdrew permission for the Blue Ridge to call at Hong Kong four days before the ship was due, citing the State Department's approval of a new arms package for Taiwan, U.S. officials said.",
        "The $2.2 billion package includes air-defense missiles and spare parts for F-16 fighters.",
        "The ship sailed instead to Manila for a three-day visit, the Seventh Fleet said.",
        "A foreign ministry spokeswoman said the United States \"cannot sell weapons to Taiwan and expect a warm welcome in Hong Kong.\"",
        "The Pearl Harbor invitation announced in May was meant to show that port visits could run both ways, officials said at the time.",
        "Correction: An earlier version of this article misstated the name of the pier.",
      ]),
    ],
    "commitments": [
      {"article": 1, "sentence": "will allow the command ship USS Blue Ridge to make a port call in Hong Kong in July",
       "actor": "China", "topic": "military",
       "evidence": [
         (2, "gave formal approval for the Blue Ridge to berth in the city from July 14 to 18", "progress"),
         (3, "withdrew permission for the Blue Ridge to call at Hong Kong four days before the ship was due", "setback", "ends"),
       ], "status": "broken"},
      {"article": 1, "sentence": "the Navy will invite a PLA Navy ship to call at Pearl Harbor later in the year",
       "actor": "US", "topic": "military", "evidence": [], "status": "unverified"},
    ],
  },
  {
    "id": "sc104",
    "articles": [
      ("2025-12-10", "China to license xylazine exports as DEA moves on controls", [
        "China said it would require exporters of xylazine, a veterinary sedative increasingly mixed into fentanyl sold on American streets, to obtain a licence for each shipment from the first quarter of 2026, after a meeting of the two countries' counternarcotics working group in Beijing.",
        "The Drug Enforcement Administration, for its part, will bring xylazine under federal drug controls, a U.S. official said.",
        "Xylazine, known on the street as \"tranq,\" can cause severe wounds that sometimes lead to amputation.",
        "The White House declared fentanyl mixed with xylazine an emerging threat in April 2023.",
        "Much of the xylazine seized in the United States was made in China, according to U.S. officials.",
        "Drug Policy Monitor is compiled by our Washington bureau.",
      ]),
      ("2026-04-08", "China's xylazine licences slip as DEA publishes draft rule", [
        "The licensing requirement, which Chinese officials had said would be in place by the end of March, has not been issued, according to a report by a U.S. research group that found sellers in Hebei still advertising xylazine powder online.",
        "The DEA published a proposed rule on Monday that would place xylazine in Schedule III, with an exemption for veterinarians.",
        "Overdose deaths involving xylazine fell by about a fifth last year, according to federal data.",
        "Members of the House China committee called on the administration to raise the delay at the working group's next meeting.",
        "Police in Guangdong arrested 12 people accused of selling fentanyl precursors to Mexican cartels, state media reported.",
        "Drug Policy Monitor is compiled by our Washington bureau.",
      ]),
      ("2026-07-01", "Beijing pushes xylazine rule to year-end", [
        "China's commerce ministry told U.S. officials last month that the xylazine licensing rule would not be ready before the end of the year because of objections from veterinary drug makers, two people familiar with the talks said.",
        "Veterinary groups have asked the DEA to make sure its rule does not make it harder to sedate horses and cattle.",
        "Mr. Trump said in a speech on Monday that China \"has to do much more\" on fentanyl.",
        "Analysts said Beijing was wary of burdening a legal industry that sells to more than 60 countries.",
        "Advertisement",
      ]),
    ],
    "commitments": [
      {"article": 1, "sentence": "would require exporters of xylazine, a veterinary sedative increasingly mixed into fentanyl sold on American streets, to obtain a licence for each shipment",
       "actor": "China", "topic": "counternarcotics",
       "evidence": [
         (2, "The licensing requirement, which Chinese officials had said would be in place by the end of March, has not been issued", "setback", "mild"),
         (3, "the xylazine licensing rule would not be ready before the end of the year", "setback", "mild"),
       ], "status": "stalled"},
      {"article": 1, "sentence": "will bring xylazine under federal drug controls",
       "actor": "US", "topic": "counternarcotics",
       "evidence": [
         (2, "published a proposed rule on Monday that would place xylazine in Schedule III", "progress"),
       ], "status": "in_progress"},
    ],
  },
  {
    "id": "sc105",
    "articles": [
      ("2025-05-14", "China to stop missile-fuel chemical reaching Iran, U.S. says", [
        "China agreed to stop shipments of sodium perchlorate, a chemical used to make solid fuel for ballistic missiles, from reaching Iran, the State Department said on Tuesday, after U.S. officials raised two cargoes that sailed from Chinese ports this year.",
        "The Treasury will give Chinese officials the names of the trading companies and ships that U.S. intelligence has linked to the shipments, a department spokesman said.",
        "Two Iranian-flagged cargo ships carried more than 1,000 tons of the chemical from China to the port of Bandar Abbas in February and March, according to ship-tracking data.",
        "China says it controls exports of dual-use goods strictly under its laws.",
        "Iran fired solid-fuel missiles at Israel in April and October last year.",
        "Reporting by Ana Ruiz in Washington; additional reporting by Lin Wei in Beijing",
      ]),
      ("2025-07-16", "Beijing puts missile-fuel chemical under export licence", [
        "China's commerce ministry placed sodium perchlorate on its list of controlled dual-use items on July 1, so that every export now needs a licence, a notice on the ministry's website showed.",
        "The Treasury's list, covering nine trading firms and four ships, was handed to Chinese diplomats in Washington in June, a Treasury official said.",
        "Israel and the United States struck Iranian nuclear sites in June, and a ceasefire has held since June 24.",
        "Iran's foreign minister visited Beijing last week and met Wang Yi.",
        "Analysts said the real test would be whether Chinese ports stop loading the chemical onto Iranian ships.",
        "Advertisement",
      ]),
      ("2025-10-22", "Missile-fuel chemical still reaching Iran, shipping data show", [
        "A ship carrying about 2,000 tons of sodium perchlorate loaded in Zhuhai docked at Bandar Abbas this month, the third such cargo since the licensing rule took effect, according to ship-tracking data and a U.S. official.",
        "The Treasury imposed sanctions on Tuesday on six Hong Kong and mainland companies it accused of supplying Iran's missile program.",
        "China's foreign ministry said it opposed \"illegal unilateral sanctions\" and that its exports complied with the law.",
        "U.N. sanctions on Iran were restored in September under the snapback mechanism of the 2015 nuclear deal.",
        "Gift this article",
      ]),
    ],
    "commitments": [
      {"article": 1, "sentence": "agreed to stop shipments of sodium perchlorate, a chemical used to make solid fuel for ballistic missiles, from reaching Iran",
       "actor": "China", "topic": "middle_east",
       "evidence": [
         (2, "placed sodium perchlorate on its list of controlled dual-use items on July 1", "progress"),
         (3, "A ship carrying about 2,000 tons of sodium perchlorate loaded in Zhuhai docked at Bandar Abbas this month", "setback", "mild"),
       ], "status": "partial"},
      {"article": 1, "sentence": "will give Chinese officials the names of the trading companies and ships",
       "actor": "US", "topic": "middle_east",
       "evidence": [
         (2, "was handed to Chinese diplomats in Washington in June", "fulfilled"),
       ], "status": "fulfilled"},
    ],
  },
  {
    "id": "sc106",
    "articles": [
      ("2024-09-12", "Climate envoys agree on carbon storage data swap and Houston workshop", [
        "The United States and China agreed to exchange monitoring data from two carbon-storage sites, Sinopec's Qilu-Shengli oilfield project in Shandong and an ethanol plant's injection well in Decatur, Illinois, so that scientists on both sides can check for leaks, the State Department said on Thursday.",
        "The two sides will also hold a technical workshop on carbon capture in Houston next spring, with engineers from Chinese power companies and American oil firms, officials said.",
        "The agreement came at a meeting of the climate envoys, John Podesta and Liu Zhenmin, in Beijing.",
        "Carbon capture projects worldwide trap less than 0.1% of global emissions, according to the International Energy Agency.",
        "Environmental groups say the technology mainly serves to prolong the use of fossil fuels.",
        "Sign up for our climate newsletter.",
      ]),
      ("2025-01-08", "Houston workshop dates set; storage data swap held up", [
        "The carbon capture workshop has been set for April 22-24 at Rice University, and China's National Energy Administration has named a 14-member delegation, a State Department official said.",
        "The first exchange of storage data, planned for December, was put off after regulators ordered the Illinois operator to stop injecting while it investigated a leak, the official said.",
        "The Environmental Protection Agency found last year that carbon dioxide had migrated out of the approved zone at the Illinois site.",
        "President-elect Trump has called climate change a hoax and is expected to take the United States out of the Paris Agreement again.",
        "Some analysts say China's emissions may already have peaked.",
        "Jane Holloway is a seasoned reporter with two decades of experience covering energy and climate.",
      ]),
      ("2025-04-02", "Energy Department cancels U.S.-China carbon capture workshop", [
        "The Energy Department has cancelled the Houston workshop, telling Chinese participants in a letter last week that it would \"not be proceeding with bilateral climate events\" under the new administration.",
        "Scientists at the Illinois and Shandong sites nonetheless swapped their first sets of pressure and seismic readings in March, using a channel set up by two universities, participants said.",
        "Sinopec said its Shandong project had stored more than 1 million tons of carbon dioxide since 2022.",
        "The administration has also frozen grants for several American carbon capture hubs.",
        "Chinese climate envoy Liu Zhenmin said Beijing remained open to working with American states and companies.",
        "\u00a9 2025 Devset Wire. All rights reserved.",
      ]),
    ],
    "commitments": [
      {"article": 1, "sentence": "agreed to exchange monitoring data from two carbon-storage sites",
       "actor": "both", "topic": "climate",
       "evidence": [
         (2, "The first exchange of storage data, planned for December, was put off", "setback", "mild"),
         (3, "swapped their first sets of pressure and seismic readings in March", "progress"),
       ], "status": "in_progress"},
      {"article": 1, "sentence": "will also hold a technical workshop on carbon capture in Houston next spring",
       "actor": "both", "topic": "climate",
       "evidence": [
         (2, "The carbon capture workshop has been set for April 22-24 at Rice University", "progress"),
         (3, "The Energy Department has cancelled the Houston workshop", "setback", "ends"),
       ], "status": "broken"},
    ],
  },
  {
    "id": "sc107",
    "articles": [
      ("2024-03-27", "China to open seafood plants to U.S. forced-labor checks", [
        "China agreed to let U.S. customs officials visit four seafood processing plants in Shandong province that American importers have been warned may use forced labor from Xinjiang, the Department of Homeland Security said on Tuesday.",
        "Washington, in turn, will hold off on adding the four companies to its forced-labor entity list while the visits are arranged, a DHS official said.",
        "A report last year by an American nonprofit said hundreds of Uyghur workers had been sent to fish-processing plants in Shandong.",
        "China denies using forced labor and says workers from Xinjiang move voluntarily for better-paid jobs.",
        "The United States imported about $1 billion worth of Chinese seafood in 2023.",
        "This article has been updated with comment from the Department of Homeland Security.",
      ]),
      ("2024-07-18", "Shandong seafood plant visits yet to be scheduled", [
        "Nearly four months on, Chinese officials have not proposed any dates for the visits, and U.S. customs staff in Beijing have been told only that the plants are \"busy with the summer season,\" according to an internal DHS email.",
        "Seafood importers have asked Customs and Border Protection to say which Chinese plants they can safely buy from.",
        "A Senate committee held a hearing on forced labor in the seafood trade on Tuesday.",
        "Shandong's provincial government said local plants follow Chinese labor law.",
        "Chinese exports of frozen fish fell 6% in the first half of the year.",
        "Advertisement",
      ]),
      ("2024-11-20", "DHS blacklists four Chinese seafood processors", [
        "The Department of Homeland Security added the four Shandong seafood processors to its forced-labor entity list on Monday, barring their products from entering the United States.",
        "Eight months after Beijing's promise, no U.S. official has been inside any of the plants, DHS said.",
        "China's commerce ministry called the listing \"a blatant abuse of so-called human rights issues\" and said it would take necessary measures in response.",
        "Alaska fishing groups welcomed the decision.",
        "The list now covers more than 100 Chinese companies.",
        "Photo credit: Devset Wire staff",
      ]),
    ],
    "commitments": [
      {"article": 1, "sentence": "agreed to let U.S. customs officials visit four seafood processing plants in Shandong province",
       "actor": "China", "topic": "human_rights",
       "evidence": [
         (2, "Chinese officials have not proposed any dates for the visits", "setback", "mild"),
         (3, "no U.S. official has been inside any of the plants", "setback", "mild"),
       ], "status": "stalled"},
      {"article": 1, "sentence": "will hold off on adding the four companies to its forced-labor entity list",
       "actor": "US", "topic": "human_rights",
       "evidence": [
         (3, "added the four Shandong seafood processors to its forced-labor entity list on Monday", "setback", "ends"),
       ], "status": "broken"},
    ],
  },
  {
    "id": "sc108",
    "articles": [
      ("2026-02-16", "Rubio and Wang agree to revive regional talks", [
        "Secretary of State Marco Rubio and Foreign Minister Wang Yi agreed to hold consultations on Asia-Pacific affairs before the end of April, the first since 2024, the State Department said after the two met in Munich on Saturday.",
        "They also agreed that officials from both foreign ministries would meet in the second half of the year to discuss maritime issues, including the South China Sea.",
        "The meeting lasted about an hour and also covered Ukraine and trade, officials said.",
        "Mr. Rubio remains under Chinese sanctions imposed in 2020, when he was a senator.",
        "Wang told Mr. Rubio that Taiwan was \"the first red line\" that must not be crossed, according to a Chinese readout.",
        "Sign up for our diplomacy newsletter.",
      ]),
      ("2026-04-24", "U.S. and Chinese diplomats hold Asia-Pacific talks in Washington", [
        "Officials from the State Department and China's foreign ministry held consultations on Asia-Pacific affairs in Washington on Thursday, discussing North Korea, Myanmar and the Pacific Islands, both sides said.",
        "The Chinese delegation was led by Liu Jinsong, the foreign ministry's director-general for Asian affairs.",
        "A Chinese coast guard ship fired water cannon at a Philippine vessel near Scarborough Shoal on Monday.",
        "The State Department urged Beijing to stop what it called dangerous maneuvers in the South China Sea.",
        "North Korea test-fired two short-range missiles the same day.",
        "Listen to this article",
      ]),
      ("2026-06-30", "Analysis: Regional talks are back, but the sea is the harder part", [
        "The April talks on Asia-Pacific affairs were the first sign that the Munich meeting had produced something concrete, diplomats said.",
        "Beijing and Manila traded accusations again this month after a collision near Second Thomas Shoal.",
        "Some former officials said they doubted that talks on maritime issues would change Chinese behavior at sea.",
        "The Philippines wants the United States to raise the shoal with China at every opportunity.",
        "The State Department will watch whether Chinese ships keep their distance from Philippine resupply missions, a spokesman said.",
        "The views expressed are the author's own.",
      ]),
    ],
    "commitments": [
      {"article": 1, "sentence": "agreed to hold consultations on Asia-Pacific affairs before the end of April",
       "actor": "both", "topic": "diplomacy",
       "evidence": [
         (2, "held consultations on Asia-Pacific affairs in Washington on Thursday", "fulfilled"),
       ], "status": "fulfilled"},
      {"article": 1, "sentence": "would meet in the second half of the year to discuss maritime issues",
       "actor": "both", "topic": "diplomacy", "evidence": [], "status": "unverified"},
    ],
  },
  {
    "id": "sc109",
    "articles": [
      ("2025-12-03", "China to speed permits for undersea cable repairs", [
        "China agreed to decide within 10 working days on permits for foreign ships to repair damaged undersea internet cables in its waters, the State Department said on Tuesday, after American cable owners complained that repairs were taking months.",
        "Several cables carrying traffic between Asia and the United States pass through waters claimed by China in the South China Sea.",
        "Approval for a repair off Hainan last year took more than three months, according to industry officials.",
        "U.S. officials have also raised concerns that Chinese repair ships could tamper with cables, a charge Beijing rejects.",
        "Google and Meta are among the owners of cables crossing the region.",
        "Sign up for our technology newsletter.",
      ]),
      ("2026-02-11", "Cable repair ship wins quick approval from Beijing", [
        "A permit for a repair ship to fix a break in a cable off Guangdong that links Singapore, Hong Kong and Japan was granted in eight working days last month, the cable's owners said, the fastest approval they could remember.",
        "Taiwan said a Chinese-crewed freighter had dragged its anchor across a cable near Penghu in January.",
        "The Federal Communications Commission voted to bar new cables landing in the United States from using Chinese equipment.",
        "An industry group said it hoped the faster approvals would last.",
        "Undersea cables carry about 99% of international internet traffic.",
        "Read more: Who repairs the internet's undersea cables?",
      ]),
      ("2026-05-20", "Cable repairs slow again in Chinese waters", [
        "Two applications filed in March to repair cables near the Paracel Islands were still awaiting approval after seven weeks, according to the International Cable Protection Committee.",
        "China's foreign ministry said foreign ships operating near the Paracels must respect Chinese sovereignty.",
        "Vietnam, which also claims the Paracels, has asked cable owners to seek its permission too.",
        "The State Department called on China to keep to the timetable.",
        "Traffic on the damaged cables has been rerouted through Japan and Singapore.",
        "Sign up for our technology newsletter.",
      ]),
    ],
    "commitments": [
      {"article": 1, "sentence": "agreed to decide within 10 working days on permits for foreign ships to repair damaged undersea internet cables",
       "actor": "China", "topic": "technology",
       "evidence": [
         (2, "was granted in eight working days last month", "progress"),
         (3, "were still awaiting approval after seven weeks", "setback", "mild"),
       ], "status": "partial"},
    ],
  },
  {
    "id": "sc110",
    "articles": [
      ("2024-09-18", "U.S. and Chinese cyber agencies to swap infrastructure alerts", [
        "The Cybersecurity and Infrastructure Security Agency and China's national computer emergency response team, CNCERT, agreed to exchange alerts about malicious software found in power grids, water systems and other critical infrastructure, U.S. officials said on Tuesday.",
        "CNCERT also undertook to answer each U.S. alert within 72 hours, saying whether it had found the servers involved in China and what it had done about them.",
        "The arrangement was worked out during two days of talks in Singapore.",
        "U.S. officials have accused a Chinese state-backed group known as Volt Typhoon of hiding malware in American infrastructure for use in a crisis.",
        "Beijing denies the charge and says the United States is the world's biggest hacking power.",
        "Daniel Ortiz covers technology policy for the Asia desk.",
      ]),
      ("2024-12-11", "First cyber alerts pass between Washington and Beijing", [
        "CISA sent its first two alerts to CNCERT in October, covering servers that had been used to scan American water utilities, and received one of its own about attacks on a Chinese port operator, an agency official said.",
        "CNCERT took 19 days to respond to the first U.S. alert and has not yet answered the second, the official said.",
        "A hacking group called Salt Typhoon has given Chinese intelligence access to the phone records of senior U.S. politicians, officials said.",
        "Lawmakers urged the administration to ban sales of Chinese-made home routers.",
        "Sign up for our technology newsletter.",
      ]),
      ("2025-03-12", "Cyber alert channel survives the change of administration", [
        "The two agencies exchanged five more alerts between January and March, according to a person familiar with the channel.",
        "CNCERT's replies still arrive weeks late, that person said.",
        "The Justice Department charged 12 Chinese contract hackers last week with breaking into U.S. agencies.",
        "China's foreign ministry accused Washington of smearing Chinese companies.",
        "Cybersecurity analysts will watch whether the channel survives staff cuts at CISA.",
        "Advertisement",
      ]),
    ],
    "commitments": [
      {"article": 1, "sentence": "agreed to exchange alerts about malicious software found in power grids, water systems and other critical infrastructure",
       "actor": "both", "topic": "technology",
       "evidence": [
         (2, "CISA sent its first two alerts to CNCERT in October", "progress"),
         (3, "The two agencies exchanged five more alerts between January and March", "progress"),
       ], "status": "in_progress"},
      {"article": 1, "sentence": "undertook to answer each U.S. alert within 72 hours",
       "actor": "China", "topic": "technology",
       "evidence": [
         (2, "CNCERT took 19 days to respond to the first U.S. alert", "setback", "mild"),
         (3, "CNCERT's replies still arrive weeks late", "setback", "mild"),
       ], "status": "stalled"},
    ],
  },
  {
    "id": "sc111",
    "articles": [
      ("2025-06-27", "U.S. to lift licence rule on ethane sales to China", [
        "The Commerce Department will lift the licence requirement it imposed last month on shipments of ethane to China, a department spokesman said on Friday, as part of the framework agreed in London.",
        "Ethane, a component of natural gas, is used by Chinese petrochemical plants to make plastics.",
        "China buys about half of all U.S. ethane exports.",
        "Several tankers loaded with ethane have been left waiting off the Texas coast since the rule took effect.",
        "Energy Markets Brief is compiled by our commodities desk.",
      ]),
      ("2025-07-09", "Ethane tankers sail for China again", [
        "Enterprise Products Partners said on Wednesday that the Commerce Department had rescinded the licence requirement, and the first tanker loaded at its Houston terminal set sail for China the next day.",
        "Chinese petrochemical makers had switched to naphtha while the cargoes were held up, traders said.",
        "Beijing resumed approving rare earth export licences for some American automakers in June.",
        "Natural gas prices at the Henry Hub slipped 2% on the week.",
        "Energy Markets Brief is compiled by our commodities desk.",
      ]),
      ("2025-09-24", "Ethane flows to China hit a record", [
        "U.S. ethane exports to China reached a record 300,000 barrels a day in August, according to government data.",
        "The removal of the licence rule in July was one of the few parts of the London framework to go smoothly, traders said.",
        "China's extra tariffs on American liquefied natural gas remain in place.",
        "Analysts said Chinese buyers may sign longer contracts if tensions ease.",
        "Sign up for our energy newsletter.",
      ]),
    ],
    "commitments": [
      {"article": 1, "sentence": "will lift the licence requirement it imposed last month on shipments of ethane to China",
       "actor": "US", "topic": "trade",
       "evidence": [
         (2, "the Commerce Department had rescinded the licence requirement", "fulfilled"),
       ], "status": "fulfilled"},
    ],
  },
  {
    "id": "sc112",
    "articles": [
      ("2025-09-11", "China to take back bomb-grade uranium from Syrian reactor", [
        "China agreed to take back the highly enriched uranium fuel from a Chinese-built research reactor near Damascus, the State Department said on Thursday, after talks with Chinese officials and the International Atomic Energy Agency in Vienna.",
        "The Energy Department will pay to convert the reactor to run on low-enriched uranium, which cannot be used in a weapon, officials said.",
        "The reactor holds a little under one kilogram of weapons-grade uranium, far less than is needed for a bomb but enough to worry nonproliferation experts.",
        "The United States and China jointly converted a similar Chinese-built reactor in Ghana in 2017.",
        "Syria's new government has let IAEA inspectors visit several sites since the fall of Bashar al-Assad.",
        "Advertisement",
      ]),
      ("2025-12-17", "Syrian reactor fuel sealed for removal", [
        "Chinese engineers and IAEA inspectors unloaded the reactor's core and sealed the fuel in a transport cask at the site last week, the agency said.",
        "An Israeli airstrike hit a military depot south of Damascus on Sunday.",
        "The IAEA's director general said he hoped the fuel would leave Syria \"within weeks.\"",
        "Many of Syria's nuclear scientists fled the country during the civil war.",
        "Photo credit: Pool via Devset Wire",
      ]),
      ("2026-02-04", "Syria's highly enriched uranium flown to China", [
        "The highly enriched uranium was flown from Damascus to China on a Chinese military cargo plane on Jan. 27, completing the removal, the IAEA and the China Atomic Energy Authority said.",
        "The National Nuclear Security Administration has signed a contract with a Chinese reactor maker to supply low-enriched fuel for the converted reactor, an Energy Department spokeswoman said.",
        "Secretary of State Marco Rubio called the operation \"a model of what our two countries can do together.\"",
        "Iran has refused to let inspectors return to its bombed enrichment sites.",
        "Gift this article",
      ]),
    ],
    "commitments": [
      {"article": 1, "sentence": "agreed to take back the highly enriched uranium fuel from a Chinese-built research reactor near Damascus",
       "actor": "China", "topic": "middle_east",
       "evidence": [
         (2, "unloaded the reactor's core and sealed the fuel in a transport cask", "progress"),
         (3, "was flown from Damascus to China on a Chinese military cargo plane on Jan. 27", "fulfilled"),
       ], "status": "fulfilled"},
      {"article": 1, "sentence": "will pay to convert the reactor to run on low-enriched uranium",
       "actor": "US", "topic": "middle_east",
       "evidence": [
         (3, "has signed a contract with a Chinese reactor maker to supply low-enriched fuel for the converted reactor", "progress"),
       ], "status": "in_progress"},
    ],
  },
  {
    "id": "sc113",
    "articles": [
      ("2026-02-25", "China to host House panel; Chinese lawmakers invited to Washington", [
        "China will receive a bipartisan delegation from the House Foreign Affairs Committee in Beijing and Shanghai in April, the first visit by the committee since 2019, its chairman said on Tuesday.",
        "House leaders, in turn, will host members of the National People's Congress's foreign affairs committee in Washington before the end of June, he said.",
        "Contacts between the two legislatures dwindled after 2019 amid disputes over Hong Kong, Xinjiang and the pandemic.",
        "The Chinese embassy said the exchange would help \"enhance mutual understanding.\"",
        "Several members of the committee are under Chinese sanctions.",
        "Follow our coverage of Congress and China.",
      ]),
      ("2026-04-17", "House delegation meets Premier Li in Beijing", [
        "Eight members of the House Foreign Affairs Committee met Premier Li Qiang in Beijing on Thursday at the start of a five-day visit that also takes them to Shanghai.",
        "The lawmakers raised the cases of Americans barred from leaving China and pressed for tougher action on fentanyl.",
        "Mr. Li said China hoped Congress would \"see China as it really is.\"",
        "China's exports to the United States fell 20% in the first quarter from a year earlier.",
        "Photo credit: Pool via Devset Wire",
      ]),
      ("2026-07-08", "Chinese lawmakers' U.S. trip slips to autumn", [
        "The visit by Chinese lawmakers has been pushed back to the autumn at the earliest because the House calendar was full, a committee aide said.",
        "Chinese officials said they were disappointed but still wanted the trip to happen.",
        "The Senate passed a bill last week restricting Chinese purchases of farmland near military bases.",
        "Members of the April delegation called their visit \"frank and useful.\"",
        "Follow our coverage of Congress and China.",
      ]),
    ],
    "commitments": [
      {"article": 1, "sentence": "will receive a bipartisan delegation from the House Foreign Affairs Committee in Beijing and Shanghai in April",
       "actor": "China", "topic": "diplomacy",
       "evidence": [
         (2, "met Premier Li Qiang in Beijing on Thursday at the start of a five-day visit", "fulfilled"),
       ], "status": "fulfilled"},
      {"article": 1, "sentence": "will host members of the National People's Congress's foreign affairs committee in Washington",
       "actor": "US", "topic": "diplomacy",
       "evidence": [
         (3, "has been pushed back to the autumn at the earliest", "setback", "mild"),
       ], "status": "stalled"},
    ],
  },
  {
    "id": "sc114",
    "articles": [
      ("2024-10-16", "U.S. and Chinese aviation regulators team up on green jet fuel", [
        "The Federal Aviation Administration and the Civil Aviation Administration of China agreed to run a joint trial of sustainable aviation fuel on passenger flights between Los Angeles and Shanghai in 2025, the Transportation Department said on Wednesday.",
        "China's aviation regulator also committed to issuing rules for certifying such fuels made from used cooking oil, which Chinese refiners export in large volumes.",
        "Aviation accounts for about 2.5% of global carbon dioxide emissions.",
        "China is the world's largest exporter of used cooking oil, much of which goes to American biofuel makers.",
        "Sign up for our climate newsletter.",
      ]),
      ("2025-03-19", "China drafts certification rules for green jet fuel", [
        "The Civil Aviation Administration of China published draft rules on certifying sustainable aviation fuel made from waste oils on Monday and invited comments until April 30.",
        "The administration has frozen several clean-fuel grants pending review.",
        "United Airlines said it would like to buy more Chinese-made fuel if the certificates are recognized in the United States.",
        "China's used cooking oil exports to the United States fell sharply after Washington tightened rules for biofuel tax credits.",
        "Farm groups have urged Washington to limit imports of used cooking oil.",
        "Sign up for our climate newsletter.",
      ]),
      ("2025-08-20", "China becomes a green jet fuel heavyweight", [
        "China became the largest supplier of sustainable aviation fuel to Europe in the first half of the year, according to an industry tracker.",
        "Cathay Pacific began using blended fuel on some flights from Hong Kong in June.",
        "European regulators opened an inquiry into whether some Chinese biodiesel was made from fresh palm oil labelled as waste.",
        "Industry groups said a joint U.S.-China fuel trial would help build trust in certification.",
        "American airlines burned about 17 billion gallons of jet fuel last year.",
        "\u00a9 2025 Devset Wire. All rights reserved.",
      ]),
    ],
    "commitments": [
      {"article": 1, "sentence": "agreed to run a joint trial of sustainable aviation fuel on passenger flights between Los Angeles and Shanghai",
       "actor": "both", "topic": "climate", "evidence": [], "status": "unverified"},
      {"article": 1, "sentence": "committed to issuing rules for certifying such fuels made from used cooking oil",
       "actor": "China", "topic": "climate",
       "evidence": [
         (2, "published draft rules on certifying sustainable aviation fuel made from waste oils on Monday", "progress"),
       ], "status": "in_progress"},
    ],
  },
  {
    "id": "sc115",
    "articles": [
      ("2026-04-08", "U.S. to drop China from drug 'majors' list; Beijing to post police liaison", [
        "Washington agreed to drop China from its annual list of major drug-transit and drug-producing countries when the list is next issued in September, U.S. officials said on Tuesday, a step Beijing has long sought.",
        "China's Ministry of Public Security, for its part, will post a narcotics liaison officer at its embassy in Washington by the summer to work with the DEA.",
        "President Biden put China on the list for the first time in September 2023, saying Chinese chemicals fueled the fentanyl crisis.",
        "Beijing has called the listing an insult and points to its own strict drug laws.",
        "The DEA has kept agents in China for decades.",
        "Drug Policy Monitor is compiled by our Washington bureau.",
      ]),
      ("2026-07-15", "Chinese police liaison takes up post in Washington", [
        "A deputy director of the Ministry of Public Security's narcotics bureau took up the post of liaison officer at the Chinese embassy in Washington this month, the DEA said.",
        "The DEA's administrator said he hoped the officer would speed up requests for the records of Chinese chemical companies.",
        "Mexican authorities seized 1.5 tons of fentanyl precursors at the port of Manzanillo in June.",
        "Overdose deaths fell for a second straight year in 2025, according to preliminary federal figures.",
        "Advertisement",
      ]),
      ("2026-09-17", "China stays on U.S. drug 'majors' list", [
        "The presidential determination sent to Congress on Monday kept China on the list of major drug-transit and drug-producing countries, and a State Department spokesman said the decision reflected \"continuing concerns.\"",
        "China's foreign ministry said Washington had gone back on its word and would bear responsibility for the consequences.",
        "The liaison post in Washington was one of the few concrete results of the April talks, officials said.",
        "Afghanistan, Myanmar and Mexico were also on the list.",
        "Drug Policy Monitor is compiled by our Washington bureau.",
      ]),
    ],
    "commitments": [
      {"article": 1, "sentence": "agreed to drop China from its annual list of major drug-transit and drug-producing countries",
       "actor": "US", "topic": "counternarcotics",
       "evidence": [
         (3, "kept China on the list of major drug-transit and drug-producing countries", "setback", "ends"),
       ], "status": "broken"},
      {"article": 1, "sentence": "will post a narcotics liaison officer at its embassy in Washington",
       "actor": "China", "topic": "counternarcotics",
       "evidence": [
         (2, "took up the post of liaison officer at the Chinese embassy in Washington this month", "fulfilled"),
       ], "status": "fulfilled"},
    ],
  },
  {
    "id": "sc116",
    "articles": [
      ("2024-05-22", "China says its police offices in U.S. cities will close", [
        "China's Ministry of Public Security assured U.S. officials that the so-called overseas police service stations run by Chinese provincial police forces in American cities would all be closed by the end of the year, the State Department said on Tuesday.",
        "Human rights groups say the offices have been used to pressure Chinese dissidents abroad into returning home.",
        "Two men were arrested in April 2023 on charges of running such an office from a building in Manhattan's Chinatown.",
        "China says the offices only helped citizens renew driving licences and other paperwork.",
        "One advocacy group counted at least seven of the offices in the United States.",
        "Reporting by Lin Wei",
      ]),
      ("2024-09-25", "Several Chinese police offices in U.S. shut their doors", [
        "Offices in Los Angeles, Houston and San Francisco linked to police in Fujian and Zhejiang have closed their doors since June, according to the FBI and community groups.",
        "A man pleaded guilty in Brooklyn to acting as an unregistered agent of China.",
        "Activists said they would keep watching for new fronts set up under other names.",
        "Prosecutors charged a former aide to New York's governor with secretly working for Beijing.",
        "Share this article on social media",
      ]),
      ("2025-01-22", "Chinese police offices still open in two U.S. cities", [
        "At least two of the offices, in Queens and in Boston's Chinatown, were still operating in January, weeks after the year-end deadline, according to the FBI.",
        "The State Department urged Beijing to shut the remaining offices \"without delay.\"",
        "A Chinese embassy spokesman called the reports groundless.",
        "Canada and the Netherlands have also closed Chinese police offices.",
        "Hong Kong police offered new bounties last month for overseas activists, including two living in the United States.",
        "Advertisement",
      ]),
    ],
    "commitments": [
      {"article": 1, "sentence": "assured U.S. officials that the so-called overseas police service stations run by Chinese provincial police forces in American cities would all be closed",
       "actor": "China", "topic": "human_rights",
       "evidence": [
         (2, "have closed their doors since June", "progress"),
         (3, "were still operating in January, weeks after the year-end deadline", "setback", "mild"),
       ], "status": "partial"},
    ],
  },
  {
    "id": "sc117",
    "articles": [
      ("2024-04-22", "Chinese coast guard officers to join U.S. drift-net patrol", [
        "The China Coast Guard will send four officers to sail aboard a U.S. Coast Guard cutter during this summer's patrols against illegal drift-net fishing in the North Pacific, the first time since 2019, the U.S. Coast Guard said on Monday.",
        "The U.S. Coast Guard, for its part, will hand over to Chinese authorities any Chinese-flagged fishing boats it catches using drift nets, so that they can be prosecuted in China.",
        "Drift nets longer than 2.5 kilometers have been banned on the high seas under a United Nations moratorium since 1992.",
        "The two coast guards have cooperated on fisheries patrols since the 1990s despite tensions elsewhere.",
        "Chinese coast guard ships have repeatedly clashed with Philippine vessels in the South China Sea this year.",
        "Photo credit: U.S. Coast Guard handout",
      ]),
      ("2024-07-10", "Chinese officers board U.S. cutter in Alaska", [
        "Four China Coast Guard officers boarded the cutter Munro in Kodiak, Alaska, on July 8 for a 60-day patrol, Coast Guard officials said.",
        "The Munro has also been tracking Russian and Chinese warships operating together near the Aleutian Islands.",
        "Alaska's congressional delegation said it wanted the cutter to focus on protecting American fishermen.",
        "Chinese fishing boats make up about a third of the vessels on the North Pacific high seas, according to a monitoring group.",
        "Photo credit: U.S. Coast Guard handout",
      ]),
      ("2024-09-12", "Two Chinese officers leave U.S. patrol early", [
        "Two of the four Chinese officers were recalled to China after three weeks at sea, halfway through the patrol, U.S. officials said.",
        "China's coast guard said the officers were needed for a typhoon rescue operation.",
        "The Munro did not find any drift-net vessels during the patrol, the Coast Guard said.",
        "A U.S. Navy P-8 patrol plane was intercepted by a Chinese fighter over the South China Sea last month.",
        "Sign up for our weekly defense newsletter.",
      ]),
    ],
    "commitments": [
      {"article": 1, "sentence": "will send four officers to sail aboard a U.S. Coast Guard cutter",
       "actor": "China", "topic": "military",
       "evidence": [
         (2, "boarded the cutter Munro in Kodiak, Alaska, on July 8", "progress"),
         (3, "Two of the four Chinese officers were recalled to China after three weeks at sea", "setback", "mild"),
       ], "status": "partial"},
      {"article": 1, "sentence": "will hand over to Chinese authorities any Chinese-flagged fishing boats it catches using drift nets",
       "actor": "US", "topic": "military", "evidence": [], "status": "unverified"},
    ],
  },
]

def main():
    art_dir = HERE / "articles"
    art_dir.mkdir(exist_ok=True)
    for old in art_dir.glob("sc*.md"):
        old.unlink()
    ids = [s["id"] for s in SCEN]  # the holdout is drawn over these only
    n_hold = max(4, math.ceil(len(ids) * 0.25))
    holdout = set(random.Random(7).sample(sorted(ids), n_hold))
    out = []
    for s in SCEN + ADDED:
        names = []
        for n, (date, title, sents) in enumerate(s["articles"], 1):
            name = f"{s['id']}_{n}.md"
            names.append(name)
            # Page furniture goes on its own line; other sentences are
            # joined with a space into paragraphs.
            paras, cur = [], []
            for t in sents:
                if t in BOILER:
                    if cur:
                        paras.append(" ".join(cur))
                        cur = []
                    paras.append(t)
                else:
                    cur.append(t)
            if cur:
                paras.append(" ".join(cur))
            body = "\n\n".join(paras)
            (art_dir / name).write_text(
                "---\n"
                f"title: {title}\n"
                f"date: {date}\n"
                "source: Devset Wire\n"
                "sample: true\n"
                "---\n"
                f"{body}\n", encoding="utf-8")
        comms = []
        for c in s["commitments"]:
            ev = []
            for e in c["evidence"]:
                d = {"article": names[e[0] - 1], "sentence": e[1], "effect": e[2]}
                if e[2] == "setback":
                    d["severity"] = e[3]
                ev.append(d)
            comms.append({"article": names[c["article"] - 1], "sentence": c["sentence"],
                          "actor": c["actor"], "topic": c["topic"],
                          "evidence": ev, "status": c["status"]})
        entry = {"id": s["id"], "split": "holdout" if s["id"] in holdout else "tune",
                 "articles": names, "commitments": comms}
        if s["id"] not in ids:
            entry["added_after_split"] = True
        out.append(entry)
    (HERE / "scenarios.json").write_text(
        json.dumps({"scenarios": out}, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {len(out)} scenarios; holdout = {sorted(holdout)}")


if __name__ == "__main__":
    main()
