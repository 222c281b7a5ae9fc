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
