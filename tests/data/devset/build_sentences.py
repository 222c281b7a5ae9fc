"""Build sentences.jsonl from the hand-written, hand-labelled list below.

Every sentence and label here was written by hand. This script only
(1) assigns ids, (2) draws the seeded holdout split (random.Random(7),
stratified by `kind` so each kind of sentence is ~25% holdout) over DATA
only, (3) appends ADDED (written later, always "tune", ids after DATA), and
(4) writes sentences.jsonl.

Tuple layout: (kind, text, topics, tension, actor)
  kind: commitment | negation | demand | monitoring | desire |
        earlier_pledge | threat | hedge | boilerplate | plain
  commitment = (kind == "commitment"); actor is None otherwise.
"""
import json
import random
from pathlib import Path

E, N, X = "easing", "neutral", "escalation"
CN, MIL, ME, TR, TE, TW, CL, DI, HR = (
    "counternarcotics", "military", "middle_east", "trade", "technology",
    "taiwan", "climate", "diplomacy", "human_rights")

DATA = [
    # ------------------------------------------------------------------
    # True commitments (kind = commitment)
    # ------------------------------------------------------------------
    ("commitment", "Beijing agreed to pursue Chinese companies that ship fentanyl precursor chemicals to Mexico, a senior U.S. official told reporters on Wednesday.", [CN], E, "China"),
    ("commitment", "The two presidents agreed to restore military-to-military communications, including talks between defense chiefs, at their meeting in California.", [MIL, DI], E, "both"),
    ("commitment", "Washington will lower the fentanyl-related tariff on Chinese goods to 10% from Nov. 10, the White House said.", [TR, CN], E, "US"),
    ("commitment", "China committed to purchase at least 12 million metric tons of U.S. soybeans before the end of the year, according to a White House fact sheet.", [TR], E, "China"),
    ("commitment", "Xi pledged that China would not interfere in the 2024 U.S. presidential election, Mr. Biden said.", [DI], E, "China"),
    ("commitment", "The United States and China agreed to set up an intergovernmental dialogue on artificial intelligence, which will hold its first session in the spring.", [TE, DI], E, "both"),
    ("commitment", "Both sides committed to pursuing efforts to triple global renewable energy capacity by 2030, according to the Sunnylands statement.", [CL], E, "both"),
    ("commitment", "China promised to include all greenhouse gases, including methane, in its next nationally determined contribution.", [CL], E, "China"),
    ("commitment", "The Chinese side undertook to suspend its new rare-earth export controls for one year, the Treasury secretary said on Sunday.", [TR, TE], E, "China"),
    ("commitment", "The U.S. will pause for one year a rule that extends export restrictions to subsidiaries of blacklisted Chinese firms, officials said.", [TE, TR], E, "US"),
    ("commitment", "Defense Secretary Lloyd Austin and Adm. Dong Jun agreed to keep lines of communication open and to meet again before the end of the year.", [MIL, DI], E, "both"),
    ("commitment", "The two countries agreed to cut their reciprocal tariffs by 115 percentage points for an initial 90 days under the deal struck in Geneva.", [TR], E, "both"),
    ("commitment", "Beijing will suspend its retaliatory tariffs on U.S. farm goods starting Nov. 10, the Commerce Ministry said in a statement.", [TR], E, "China"),
    ("commitment", "Mr. Trump said he would reduce the tariff on Chinese goods tied to fentanyl from 20% to 10% after his meeting with Xi in Busan.", [TR, CN, DI], E, "US"),
    ("commitment", "Chinese officials promised to tighten controls on the export of several precursor chemicals to North America.", [CN], E, "China"),
    ("commitment", "The two leaders agreed to maintain human control over any decision to use nuclear weapons, rather than leaving it to artificial intelligence.", [MIL, TE], E, "both"),
    ("commitment", "Washington and Beijing agreed to hold regular talks between theater commanders, a step U.S. officials had sought for years.", [MIL], E, "both"),
    ("commitment", "China pledged to release three detained American citizens as part of an exchange negotiated over several months.", [HR], E, "China"),
    ("commitment", "Beijing agreed to lift exit bans on two U.S. citizens, the State Department said on Friday.", [HR], E, "China"),
    ("commitment", "The two sides committed to resuming consultations on maritime military safety in the first half of next year.", [MIL], E, "both"),
    ("commitment", "The United States pledged to reduce methane emissions from its oil and gas operations under the joint working group set up at Sunnylands.", [CL], E, "US"),
    ("commitment", "Both governments will convene a working group on enhancing climate action in the 2020s, the joint statement said.", [CL, DI], E, "both"),
    ("commitment", "Wang Yi promised that China would press Iran to restrain Houthi attacks on shipping in the Red Sea, according to a U.S. readout.", [ME, DI], E, "China"),
    ("commitment", "China agreed to resume large purchases of U.S. sorghum and soybeans under the trade truce.", [TR], E, "China"),
    ("commitment", "The two presidents agreed to launch a counternarcotics working group, which will meet for the first time in January.", [CN, DI], E, "both"),
    ("commitment", "The U.S. side agreed to remove a Chinese forensic science institute from its trade blacklist in exchange for Beijing's help on fentanyl.", [CN, TR], E, "US"),
    ("commitment", "Beijing committed to adding 55 fentanyl-related substances to its list of controlled chemicals by the end of September.", [CN], E, "China"),
    ("commitment", "China will allow U.S. firms to apply for general licenses to import gallium, germanium and antimony, the Commerce Ministry said.", [TE, TR], E, "China"),
    ("commitment", "The two sides agreed to extend the tariff truce by another 90 days, to Nov. 10.", [TR], E, "both"),
    ("commitment", "Secretary of State Antony Blinken and Wang Yi agreed to expand people-to-people exchanges, including student and journalist visas.", [DI], E, "both"),
    ("commitment", "Both sides agreed to significantly increase scheduled passenger flights between the two countries early next year.", [DI], E, "both"),
    ("commitment", "China pledged to open its market further to U.S. financial firms and to speed up approvals of their licenses.", [TR], E, "China"),
    ("commitment", "The two militaries agreed to set up a hotline covering incidents in the Taiwan Strait and the South China Sea.", [TW, MIL], E, "both"),
    ("commitment", "Beijing undertook to notify Washington in advance of large-scale military exercises near Taiwan, according to two officials familiar with the talks.", [TW, MIL], E, "China"),
    ("commitment", "The Pentagon committed to sending a delegation to the Xiangshan Forum in Beijing in September.", [MIL, DI], E, "US"),
    ("commitment", "The two countries pledged to cooperate on reducing plastic pollution and halting deforestation, the joint statement said.", [CL], E, "both"),
    ("commitment", "Beijing promised to buy more U.S. liquefied natural gas starting next year.", [TR], E, "China"),
    ("commitment", "Mr. Trump will travel to Beijing in April, and Xi has agreed to make a state visit to the United States later in the year.", [DI], E, "both"),
    ("commitment", "The Chinese government consented to restart bilateral consultations on human rights, which have been suspended since 2015.", [HR, DI], E, "China"),
    ("commitment", "Both sides committed to investigating cyber intrusions reported by the other under a renewed law enforcement dialogue.", [TE], E, "both"),
    ("commitment", "China will crack down on the illicit export of pill presses used to make counterfeit fentanyl tablets, the Ministry of Public Security said on Tuesday.", [CN], E, "China"),
    ("commitment", "The U.S. Treasury agreed to share financial intelligence with Chinese counterparts on money laundering linked to drug cartels.", [CN], E, "US"),
    ("commitment", "Washington and Beijing agreed to coordinate humanitarian aid deliveries to Gaza through United Nations agencies.", [ME], E, "both"),
    ("commitment", "China pledged to use its influence with Tehran to support the ceasefire between Israel and Iran, a State Department spokesman said.", [ME], E, "China"),
    ("commitment", "Both sides agreed to keep discussing the Gaza crisis through their special envoys for the Middle East.", [ME, DI], E, "both"),
    ("commitment", "Under the Madrid framework, China agreed to approve the transfer of TikTok's U.S. operations to a group of American investors.", [TE], E, "China"),
    ("commitment", "The two presidents agreed to resume regular dialogue between their top diplomats, aides said.", [DI], E, "both"),
    ("commitment", "Ms. Yellen and Vice Premier He Lifeng agreed to launch working groups on the economy and finance that will meet every few months.", [TR, DI], E, "both"),
    ("commitment", "The Commerce Department will grant licenses for Nvidia to sell its H20 chips to Chinese customers, the company said.", [TE, TR], E, "US"),
    ("commitment", "Beijing promised to step up inspections of chemical companies that advertise precursors on e-commerce sites.", [CN], E, "China"),
    ("commitment", "The two sides pledged to hold the next round of trade talks in Stockholm within three weeks.", [TR, DI], E, "both"),
    ("commitment", "The two governments agreed to ease visa restrictions on each other's journalists, according to the State Department.", [DI], E, "both"),
    ("commitment", "Beijing will require exporters of 13 precursor chemicals to obtain licenses for shipments to the United States, Mexico and Canada, starting Nov. 10.", [CN, TR], E, "China"),
    ("commitment", "Xi vowed to deepen cooperation with Washington on fighting drug trafficking, Chinese state media reported.", [CN], E, "China"),
    ("commitment", "Both countries agreed to keep the Sunnylands climate working group running through 2025, the envoys said after their meeting in Beijing.", [CL], E, "both"),
    ("commitment", "The Department of Energy promised to fund joint research with Chinese scientists on carbon capture and storage.", [CL], E, "US"),
    ("commitment", "The Pentagon will invite PLA officers to observe a search-and-rescue drill off Hawaii next year, a senior defense official said.", [MIL], E, "US"),
    ("commitment", "Chinese officials agreed to review the cases of several Americans under exit bans, a U.S. diplomat said.", [HR], E, "China"),
    ("commitment", "The United States agreed to release a Chinese national convicted of spying as part of the prisoner swap.", [HR, DI], E, "US"),
    ("commitment", "Both sides pledged to avoid unsafe air intercepts and to follow agreed rules of conduct over the South China Sea.", [MIL], E, "both"),
    ("commitment", "Chinese officials agreed to hold a dedicated dialogue with U.S. counterparts on military risks in the Taiwan Strait, the Pentagon said.", [TW, MIL], E, "China"),
    ("commitment", "Mr. Biden assured Xi that the United States would not seek to change Taiwan's status or use Taiwan as a tool against China.", [TW, DI], E, "US"),
    ("commitment", "Washington will extend tariff exclusions on 178 Chinese products until Aug. 31, the trade representative's office announced.", [TR], E, "US"),
    ("commitment", "The two militaries will hold video talks between theater commanders every quarter under the new arrangement.", [MIL], E, "both"),

    # ------------------------------------------------------------------
    # Negations (commitment false)
    # ------------------------------------------------------------------
    ("negation", "China did not agree to resume talks on nuclear arms control, a U.S. official said after the meeting.", [MIL], N, None),
    ("negation", "Beijing refused to commit to a timetable for reopening the military hotlines.", [MIL], X, None),
    ("negation", "The two sides failed to reach agreement on extending the tariff truce beyond August.", [TR], X, None),
    ("negation", "Xi made no pledge to curb China's exports of dual-use goods to Russia, according to people briefed on the call.", [DI, TE], N, None),
    ("negation", "The White House has not agreed to lift any of the chip export controls, the spokeswoman said.", [TE], N, None),
    ("negation", "Chinese officials declined to promise further action on precursor chemicals during the talks in Beijing.", [CN], N, None),
    ("negation", "Washington would not commit to lowering its 100% tariff on Chinese electric vehicles.", [TR], N, None),
    ("negation", "The climate statement did not include any commitment to phase down coal.", [CL], N, None),
    ("negation", "Beijing has never agreed to join trilateral arms control negotiations with Washington and Moscow.", [MIL], N, None),
    ("negation", "Neither side agreed to release any detained citizens at Friday's meeting.", [HR], N, None),
    ("negation", "China rejected U.S. calls to pledge that it would not supply Iran with missile components.", [ME, MIL], X, None),
    ("negation", "The defense ministers did not agree to restore the maritime consultation mechanism, which has been dormant since 2022.", [MIL], N, None),
    ("negation", "Washington did not promise to halt arms sales to Taiwan, despite Beijing's demands.", [TW, MIL], N, None),

    # ------------------------------------------------------------------
    # Demands
    # ------------------------------------------------------------------
    ("demand", "Mr. Blinken urged China to stop supplying Russia's defense industry with machine tools and microelectronics.", [DI, TE], X, None),
    ("demand", "U.S. lawmakers called on Beijing to free the jailed Hong Kong publisher Jimmy Lai.", [HR], X, None),
    ("demand", "China demanded that Washington stop selling weapons to Taiwan and cancel the latest $1 billion package.", [TW, MIL], X, None),
    ("demand", "The Treasury secretary pressed Chinese officials to rein in industrial overcapacity that is flooding global markets with cheap goods.", [TR], X, None),
    ("demand", "Beijing urged the U.S. to lift sanctions on Chinese companies accused of helping Iran sell oil.", [ME, TR], X, None),
    ("demand", "The State Department urged China to use its influence with Iran to help stop Houthi attacks on ships in the Red Sea.", [ME], N, None),
    ("demand", "Washington called on China to do more to stop the flow of fentanyl precursors.", [CN], X, None),
    ("demand", "Chinese officials asked the United States to ease restrictions on the sale of advanced chips.", [TE], N, None),
    ("demand", "U.S. diplomats urged Beijing to lift exit bans on three American citizens.", [HR], N, None),
    ("demand", "China's Foreign Ministry demanded that the U.S. stop sending warships through the Taiwan Strait.", [TW, MIL], X, None),
    ("demand", "The U.S. climate envoy urged China to set an economy-wide target for cutting all greenhouse gases.", [CL], N, None),
    ("demand", "The Pentagon called on China to halt dangerous intercepts of American aircraft over the South China Sea.", [MIL], X, None),
    ("demand", "Beijing called on Washington to stop what it called the politicization of trade and technology issues.", [TR, TE], X, None),

    # ------------------------------------------------------------------
    # Monitoring
    # ------------------------------------------------------------------
    ("monitoring", "U.S. officials will watch closely to see whether China follows through on curbing precursor exports.", [CN], N, None),
    ("monitoring", "The administration will monitor whether Beijing actually buys the soybeans it promised.", [TR], N, None),
    ("monitoring", "Analysts said they would be watching whether the military hotline is used during the next crisis.", [MIL], N, None),
    ("monitoring", "The State Department said it would keep tracking the cases of Americans detained in China.", [HR], N, None),
    ("monitoring", "Washington will assess China's compliance with the rare-earth arrangement over the coming months, a Treasury official said.", [TR, TE], N, None),
    ("monitoring", "Climate advocates plan to scrutinize whether China's new targets cover methane.", [CL], N, None),
    ("monitoring", "The Pentagon is monitoring Chinese naval movements around Taiwan after the exercises.", [TW, MIL], N, None),
    ("monitoring", "U.S. intelligence agencies continue to track Chinese shipments of dual-use goods to Iran.", [ME], N, None),
    ("monitoring", "Officials will review within 90 days whether the fentanyl tariff cut should be made permanent.", [CN, TR], N, None),
    ("monitoring", "Trade officials said they would check monthly customs data to verify Chinese purchases of U.S. farm goods.", [TR], N, None),

    # ------------------------------------------------------------------
    # Desires
    # ------------------------------------------------------------------
    ("desire", "Mr. Biden said he wanted to stabilize the relationship and keep competition from veering into conflict.", [DI], E, None),
    ("desire", "Beijing hopes to see U.S. export controls on chips relaxed, a Commerce Ministry spokesman said.", [TE], N, None),
    ("desire", "The Pentagon would like to restart talks on nuclear risk reduction with the PLA.", [MIL], N, None),
    ("desire", "Xi said China wished to be a partner and friend of the United States.", [DI], E, None),
    ("desire", "U.S. farmers hope China will return as a major buyer of soybeans.", [TR], N, None),
    ("desire", "The climate envoy said he would like the two countries to work together on methane.", [CL], N, None),
    ("desire", "Mr. Trump said he wanted a trade deal with China that is fair to American workers.", [TR], N, None),
    ("desire", "Families of detained Americans want the administration to raise their cases at the summit.", [HR], N, None),
    ("desire", "Washington wants Beijing to play a more constructive role in ending the war in Gaza.", [ME], N, None),
    ("desire", "Taiwanese officials hope the United States will speed up delivery of F-16 fighter jets.", [TW, MIL], N, None),
    ("desire", "Chinese officials are keen to see counternarcotics cooperation lead to the removal of the fentanyl tariff.", [CN, TR], N, None),

    # ------------------------------------------------------------------
    # References to earlier pledges (not new commitments)
    # ------------------------------------------------------------------
    ("earlier_pledge", "China fulfilled a pledge made last month by adding 13 chemicals to its export control list.", [CN], E, None),
    ("earlier_pledge", "The commitments made at the Woodside summit have yet to be fully implemented, U.S. officials said.", [DI], N, None),
    ("earlier_pledge", "Beijing has largely honored its promise to resume military talks, with several rounds held since November.", [MIL], E, None),
    ("earlier_pledge", "The soybean purchases were part of the commitments China made during the Busan meeting.", [TR], N, None),
    ("earlier_pledge", "Critics noted that China made a similar promise to curb fentanyl exports in 2019.", [CN], N, None),
    ("earlier_pledge", "The Sunnylands statement, issued in November 2023, included a pledge to triple renewable energy capacity.", [CL], N, None),
    ("earlier_pledge", "Washington accused Beijing of backsliding on its 2023 promise to crack down on precursor suppliers.", [CN], X, None),
    ("earlier_pledge", "The two sides had agreed in Geneva last May to lower tariffs, and that deal has since been extended twice.", [TR], E, None),
    ("earlier_pledge", "The release of the three Americans followed a pledge Xi made to Mr. Biden in Lima.", [HR], E, None),
    ("earlier_pledge", "Under the 2015 agreement on cyber theft, each side had promised not to steal the other's trade secrets for commercial gain.", [TE], N, None),
    ("earlier_pledge", "A military hotline that the two sides had promised to maintain went unanswered during the balloon crisis in February 2023.", [MIL], X, None),
    ("earlier_pledge", "Beijing cited its earlier commitment to buy U.S. farm goods as proof of good faith.", [TR], N, None),
    ("earlier_pledge", "The administration says China has kept the pledge it made at Sunnylands to control methane emissions.", [CL], E, None),

    # ------------------------------------------------------------------
    # Threats (not commitments)
    # ------------------------------------------------------------------
    ("threat", "China vowed to retaliate if Washington adds more Chinese chipmakers to its export blacklist.", [TE], X, None),
    ("threat", "Mr. Trump threatened to impose an additional 100% tariff on Chinese imports from Nov. 1.", [TR], X, None),
    ("threat", "Beijing warned it would take resolute countermeasures against U.S. companies that sell arms to Taiwan.", [TW, MIL], X, None),
    ("threat", "The Commerce Ministry said China would fight to the end if the United States insists on raising tariffs.", [TR], X, None),
    ("threat", "The U.S. warned that Chinese banks helping Russia's military could face secondary sanctions.", [TR], X, None),
    ("threat", "Chinese state media said Beijing was ready to cut off rare-earth supplies to American defense contractors.", [TR, TE, MIL], X, None),
    ("threat", "China threatened to place U.S. drone makers on its unreliable entity list if the sales to Taiwan proceed.", [TW, TR, MIL], X, None),
    ("threat", "Washington vowed to respond forcefully to any further Chinese cyber intrusions into U.S. telecommunications networks.", [TE], X, None),
    ("threat", "Beijing warned that the PLA would crush any attempt at Taiwan independence.", [TW, MIL], X, None),
    ("threat", "U.S. lawmakers threatened to ban TikTok nationwide unless its Chinese owner sold the app.", [TE], X, None),
    ("threat", "China vowed to hit back after Washington sanctioned Chinese refineries for buying Iranian oil.", [ME, TR], X, None),
    ("threat", "The Pentagon warned it would defend U.S. allies if Chinese coast guard vessels kept harassing Philippine ships.", [MIL], X, None),

    # ------------------------------------------------------------------
    # Hedges / hypotheticals / reported expectations
    # ------------------------------------------------------------------
    ("hedge", "Beijing could agree to buy more U.S. soybeans if Washington lowers tariffs, analysts said.", [TR], N, None),
    ("hedge", "Xi may pledge to tighten fentanyl precursor controls at the summit, according to people familiar with the plans.", [CN], N, None),
    ("hedge", "If the two sides agree to resume military talks, the first meeting could take place in Hawaii.", [MIL], N, None),
    ("hedge", "The White House might extend the tariff truce for another 90 days, an aide suggested.", [TR], N, None),
    ("hedge", "Officials expect China to announce new rules on precursor exports within weeks.", [CN], N, None),
    ("hedge", "Both countries are likely to reaffirm their climate targets at the next round of talks, diplomats said.", [CL], N, None),
    ("hedge", "China would consider lifting exit bans only if Washington released Chinese nationals held in the U.S., a person briefed on the talks said.", [HR], N, None),
    ("hedge", "The leaders could potentially discuss a framework for AI safety if time allows.", [TE], N, None),
    ("hedge", "Mr. Trump may decide to cut the fentanyl tariff further if China shows progress, he told reporters on Air Force One.", [CN, TR], N, None),
    ("hedge", "A deal on TikTok might be finalized by the end of the year, both sides have suggested.", [TE], N, None),
    ("hedge", "Some analysts believe Beijing could offer to help mediate with Iran in exchange for concessions on tariffs.", [ME, TR], N, None),
    ("hedge", "Washington may allow limited sales of advanced chips to China if Beijing eases its rare-earth curbs.", [TE, TR], N, None),
    ("hedge", "Chinese officials are expected to propose a new round of talks on the Taiwan Strait at the meeting.", [TW], N, None),

    # ------------------------------------------------------------------
    # Boilerplate / page furniture
    # ------------------------------------------------------------------
    ("boilerplate", "Source: Devset Wire", [], N, None),
    ("boilerplate", "Advertisement", [], N, None),
    ("boilerplate", "Read more: How the tariff war reshaped soybean markets", [], N, None),
    ("boilerplate", "\u00a9 2024 Devset Wire. All rights reserved.", [], N, None),
    ("boilerplate", "Sign up for our weekly China briefing newsletter to get the latest news in your inbox.", [], N, None),
    ("boilerplate", "Jane Holloway is a seasoned reporter with two decades of experience covering Asia and the Pacific.", [], N, None),
    ("boilerplate", "Related: Five things to know about the Taiwan Strait", [], N, None),
    ("boilerplate", "Photo credit: Devset Wire staff", [], N, None),
    ("boilerplate", "Share this article on social media", [], N, None),
    ("boilerplate", "This article was updated on Nov. 16, 2023, to correct a date.", [], N, None),
    ("boilerplate", "Subscribe now for unlimited access to our reporting.", [], N, None),
    ("boilerplate", "Daniel Ortiz covers trade policy for the Asia desk and previously reported from Beijing.", [], N, None),
    ("boilerplate", "Copyright 2025 Example News Group.", [], N, None),
    ("boilerplate", "Click here to read our full coverage of the Xi-Trump summit.", [], N, None),
    ("boilerplate", "Reporting by Lin Wei; Editing by Mark Adams", [], N, None),
    ("boilerplate", "Advertisement - Scroll to continue", [], N, None),
    ("boilerplate", "Source: Pacific Policy Review, March 2025", [], N, None),
    ("boilerplate", "Follow us on X and LinkedIn for breaking updates on the military balance in Asia.", [], N, None),

    # ------------------------------------------------------------------
    # Plain sentences: escalation
    # ------------------------------------------------------------------
    ("plain", "A Chinese fighter jet flew within 10 feet of a U.S. Air Force B-52 bomber over the South China Sea last October, the Pentagon said.", [MIL], X, None),
    ("plain", "The U.S. military shot down a suspected Chinese surveillance balloon off the coast of South Carolina on Saturday.", [MIL], X, None),
    ("plain", "Beijing suspended military talks and climate cooperation with Washington after Speaker Nancy Pelosi visited Taipei in August 2022.", [MIL, CL, TW], X, None),
    ("plain", "The PLA launched large-scale drills around Taiwan days after Lai Ching-te was sworn in as president.", [TW, MIL], X, None),
    ("plain", "The Commerce Department added 140 Chinese entities to its export blacklist on Monday, targeting suppliers of chipmaking equipment.", [TE, TR], X, None),
    ("plain", "China banned exports of gallium, germanium and antimony to the United States in December.", [TE, TR], X, None),
    ("plain", "The United States raised tariffs on Chinese electric vehicles to 100% in May 2024.", [TR], X, None),
    ("plain", "Mr. Trump raised the tariff on most Chinese imports to 145% in April, prompting Beijing to respond with a 125% levy.", [TR], X, None),
    ("plain", "Microsoft said a Chinese state-backed hacking group had breached email accounts at the State Department.", [TE], X, None),
    ("plain", "U.S. officials accused Chinese hackers known as Salt Typhoon of penetrating major American telecommunications networks.", [TE], X, None),
    ("plain", "The Treasury sanctioned a Chinese refinery for processing Iranian crude, the first such move against an independent teapot refinery.", [ME, TR], X, None),
    ("plain", "Washington accused a Chinese satellite company of supplying imagery to the Houthis to help them target ships in the Red Sea.", [ME, TE], X, None),
    ("plain", "The State Department approved a $2 billion arms package for Taiwan that includes an advanced air-defense system.", [TW, MIL], X, None),
    ("plain", "China sanctioned nine U.S. defense firms over their arms sales to Taiwan.", [TW, MIL, TR], X, None),
    ("plain", "The Uyghur Forced Labor Prevention Act has led U.S. customs to detain billions of dollars' worth of goods linked to Xinjiang.", [HR, TR], X, None),
    ("plain", "The U.S. added more than two dozen Chinese companies to a forced-labor entity list over alleged ties to Xinjiang.", [HR, TR], X, None),
    ("plain", "Hong Kong authorities issued arrest warrants and bounties for overseas activists, including several living in the United States.", [HR], X, None),
    ("plain", "Washington imposed visa restrictions on Chinese officials it said were responsible for repression in Tibet.", [HR], X, None),
    ("plain", "Beijing sanctioned a former U.S. lawmaker over his criticism of China's treatment of Uyghurs.", [HR], X, None),
    ("plain", "The Justice Department charged several Chinese companies with selling fentanyl precursor chemicals to Mexican cartels.", [CN], X, None),
    ("plain", "Mr. Trump imposed a 10% tariff on all Chinese imports in February, citing Beijing's failure to stem the flow of fentanyl.", [TR, CN], X, None),
    ("plain", "Chinese officials called the fentanyl tariffs blackmail and said the drug crisis was America's own problem.", [CN, TR], X, None),
    ("plain", "A Chinese navy destroyer cut across the bow of a U.S. warship in the Taiwan Strait in June 2023.", [TW, MIL], X, None),
    ("plain", "China's coast guard fired water cannon at Philippine vessels near Second Thomas Shoal, drawing condemnation from Washington.", [MIL], X, None),
    ("plain", "Congress passed a law forcing ByteDance to sell TikTok or face a ban in the United States.", [TE], X, None),
    ("plain", "China opened an antitrust investigation into Nvidia, widely seen as retaliation for U.S. chip curbs.", [TE, TR], X, None),
    ("plain", "Beijing added export restrictions on rare-earth magnets in April, causing shortages at U.S. automakers.", [TR, TE], X, None),
    ("plain", "The U.S. restricted exports of advanced AI chips to China, saying they could be used to modernize the PLA.", [TE, MIL], X, None),
    ("plain", "China test-fired an intercontinental ballistic missile into the Pacific for the first time in decades, alarming Washington.", [MIL], X, None),
    ("plain", "The Pentagon estimated that China's nuclear arsenal had grown to more than 600 operational warheads.", [MIL], X, None),
    ("plain", "U.S. officials said Chinese firms continued to ship drone components to Russia in defiance of Western sanctions.", [TR, MIL], X, None),
    ("plain", "Beijing halted climate talks with Washington in protest at the congressional delegation's visit to Taipei.", [CL, TW], X, None),
    ("plain", "The U.S. Navy accused a Chinese research vessel of loitering near undersea cables without permission.", [MIL], X, None),
    ("plain", "China denounced a congressional resolution condemning its crackdown in Hong Kong as gross interference in its internal affairs.", [HR], X, None),
    ("plain", "Washington levied new tariffs on Chinese solar panels and batteries, angering Chinese clean-energy manufacturers.", [TR, CL], X, None),
    ("plain", "Beijing imposed port fees on U.S.-linked ships in retaliation for similar American fees on Chinese vessels.", [TR], X, None),
    ("plain", "China detained an employee of a U.S. pharmaceutical company in Beijing on espionage charges.", [HR], X, None),
    ("plain", "The FBI said Chinese hackers had planted malware in U.S. water and power systems that could be used in a conflict.", [TE], X, None),
    ("plain", "Chinese and Iranian navies held joint drills in the Gulf of Oman, prompting concern in Washington.", [ME, MIL], X, None),
    ("plain", "Beijing accused Washington of fueling the war in Gaza by supplying weapons to Israel.", [ME], X, None),
    ("plain", "U.S. lawmakers introduced a bill to ban imports of Chinese drones, citing security risks.", [TE, TR], X, None),
    ("plain", "Taiwan's president transited through Hawaii and Guam in December, and China responded by deploying dozens of warships in the region.", [TW, MIL], X, None),
    ("plain", "China's Ministry of State Security accused the NSA of carrying out cyberattacks during the Asian Winter Games in Harbin.", [TE], X, None),
    ("plain", "China stopped buying U.S. soybeans entirely over the summer, shifting its purchases to Brazil.", [TR], X, None),
    ("plain", "China's military flew a record 153 aircraft around Taiwan in a single day in October 2024, according to Taiwan's defense ministry.", [TW, MIL], X, None),
    ("plain", "The Justice Department indicted Chinese nationals accused of running a hacking-for-hire operation against U.S. agencies and dissidents.", [TE], X, None),
    ("plain", "The White House barred U.S. investment in Chinese companies working on AI and quantum computing under a new executive order.", [TE, TR], X, None),
    ("plain", "China's Foreign Ministry lodged a formal protest over a U.S. destroyer's transit of the Taiwan Strait on Thursday.", [TW, MIL], X, None),
    ("plain", "U.S. officials accused Chinese suppliers of mislabeling fentanyl precursors as other chemicals to evade inspections.", [CN], X, None),
    ("plain", "Relations deteriorated sharply after the balloon incident, and Mr. Blinken postponed a planned trip to Beijing.", [MIL, DI], X, None),
    ("plain", "Beijing sentenced a 78-year-old U.S. citizen to life in prison on espionage charges in 2023.", [HR], X, None),
    ("plain", "Washington sanctioned a Chinese port terminal operator it accused of handling Iranian oil shipments.", [ME, TR], X, None),
    ("plain", "China condemned the U.S. strikes on Iranian nuclear sites in June 2025 as a violation of international law.", [ME, MIL], X, None),
    ("plain", "Chinese hackers breached Treasury Department workstations in an intrusion disclosed in December 2024.", [TE], X, None),
    ("plain", "The Pentagon listed Tencent and battery maker CATL among companies it says work with the Chinese military.", [TE, MIL], X, None),
    ("plain", "Mr. Trump accused China of violating the Geneva trade deal just weeks after it was reached.", [TR], X, None),
    ("plain", "China accused Washington of hypocrisy after the United States announced it would again leave the Paris Agreement.", [CL], X, None),
    ("plain", "Washington blocked imports of polysilicon from Xinjiang, accusing Chinese solar suppliers of relying on forced labor.", [HR, TR, CL], X, None),
    ("plain", "China's U.N. envoy accused the United States of blocking a Security Council statement on the humanitarian crisis in Gaza.", [ME, DI], X, None),
    ("plain", "The FBI arrested two men accused of running a secret Chinese police station in New York to monitor dissidents.", [HR], X, None),
    ("plain", "U.S. officials accused Chinese solar makers of routing cheap panels through Southeast Asia to dodge tariffs.", [TR, CL], X, None),
    ("plain", "Chinese customs suspended imports of U.S. logs and poultry from several exporters in March 2025.", [TR], X, None),
    ("plain", "The Treasury sanctioned Chinese suppliers accused of providing drone engines to Iran's military.", [ME, MIL, TR], X, None),

    # ------------------------------------------------------------------
    # Plain sentences: neutral (background, scheduling, mixed)
    # ------------------------------------------------------------------
    ("plain", "The summit took place at the Filoli estate south of San Francisco on the sidelines of the APEC forum.", [DI], N, None),
    ("plain", "Mr. Trump and Xi met for about 100 minutes at an air base in Busan, South Korea.", [DI], N, None),
    ("plain", "China has long been the largest buyer of U.S. soybeans, taking roughly half of American exports in recent years.", [TR], N, None),
    ("plain", "Fentanyl is the leading cause of death for Americans between the ages of 18 and 45.", [CN], N, None),
    ("plain", "Most fentanyl sold in the United States is made in Mexico from chemicals sourced in China, according to the DEA.", [CN], N, None),
    ("plain", "The two countries together account for about 40% of global greenhouse gas emissions.", [CL], N, None),
    ("plain", "Xie Zhenhua, China's longtime climate envoy, retired in 2024 and was succeeded by Liu Zhenmin.", [CL], N, None),
    ("plain", "Taiwan held its presidential and legislative elections on Jan. 13, 2024.", [TW], N, None),
    ("plain", "Lai Ching-te of the Democratic Progressive Party won the presidential election with about 40% of the vote.", [TW], N, None),
    ("plain", "The Houthis have attacked dozens of merchant ships in the Red Sea since November 2023, saying they act in solidarity with Palestinians in Gaza.", [ME], N, None),
    ("plain", "China is the largest buyer of Iranian oil, much of it relabeled as Malaysian crude.", [ME, TR], N, None),
    ("plain", "China opened its first overseas military base in Djibouti, near the southern entrance of the Red Sea, in 2017.", [MIL, ME], N, None),
    ("plain", "Nvidia designed the H20 chip specifically to comply with U.S. export rules.", [TE], N, None),
    ("plain", "Huawei released a smartphone powered by an advanced 7-nanometer chip made by SMIC in August 2023.", [TE], N, None),
    ("plain", "TikTok has about 170 million users in the United States, according to the company.", [TE], N, None),
    ("plain", "The tariff truce is scheduled to expire on Nov. 10 unless it is extended.", [TR], N, None),
    ("plain", "The defense ministers are scheduled to meet on the sidelines of the Shangri-La Dialogue in Singapore next month.", [MIL, DI], N, None),
    ("plain", "Wang Yi is expected in Washington later this week for preparatory talks.", [DI], N, None),
    ("plain", "The meeting lasted nearly four hours, officials said.", [DI], N, None),
    ("plain", "Rare earths are used in magnets for electric vehicles, wind turbines and fighter jets.", [TE], N, None),
    ("plain", "China refines about 90% of the world's rare earths.", [TE, TR], N, None),
    ("plain", "Advocacy groups believe more than 200 Americans are wrongfully detained or barred from leaving China.", [HR], N, None),
    ("plain", "Xinjiang is home to about 12 million Uyghurs, a mostly Muslim ethnic group.", [HR], N, None),
    ("plain", "Beijing imposed a national security law on Hong Kong in 2020.", [HR], N, None),
    ("plain", "The Dalai Lama turned 90 in July 2025 and said his own office would recognize his successor.", [HR], N, None),
    ("plain", "The counternarcotics working group includes officials from the Justice Department, Treasury and Homeland Security.", [CN], N, None),
    ("plain", "The U.S. goods trade deficit with China was about $295 billion in 2024.", [TR], N, None),
    ("plain", "Both leaders were accompanied by their top economic and security officials.", [DI], N, None),
    ("plain", "Mr. Blinken spoke with reporters at the U.S. ambassador's residence in Beijing after the talks.", [DI], N, None),
    ("plain", "The Military Maritime Consultative Agreement was signed in 1998 to reduce the risk of incidents at sea.", [MIL], N, None),
    ("plain", "The two sides gave differing accounts of what was said about Taiwan during the call.", [TW, DI], N, None),
    ("plain", "Chinese exports to the United States fell 27% in October from a year earlier, customs data showed.", [TR], N, None),
    ("plain", "Mr. Lai's inauguration speech called for peace and the preservation of the status quo across the Taiwan Strait.", [TW], N, None),
    ("plain", "The climate envoys discussed methane, coal and deforestation, but the two readouts differed in emphasis.", [CL], N, None),
    ("plain", "The Israel-Iran war in June 2025 raised fears of disruption to oil shipments through the Strait of Hormuz, a key route for Chinese imports.", [ME], N, None),
    ("plain", "Saudi Arabia and Iran restored diplomatic ties in a deal brokered by Beijing in March 2023.", [ME, DI], N, None),
    ("plain", "The Chinese embassy in Washington did not respond to a request for comment.", [], N, None),
    ("plain", "Markets in Asia rose on Friday as investors awaited the outcome of the talks.", [TR], N, None),
    ("plain", "The report was based on interviews with more than 30 current and former officials.", [], N, None),
    ("plain", "Shares of U.S. soybean processors were little changed in afternoon trading.", [TR], N, None),
    ("plain", "China's emissions appear to have plateaued in 2024 as solar and wind installations surged, researchers said.", [CL], N, None),
    ("plain", "China installed more solar capacity in 2023 than the United States has in its entire history.", [CL], N, None),
    ("plain", "The two sides made progress on fentanyl but remained far apart on Taiwan and export controls, officials said.", [CN, TW, TE, DI], N, None),
    ("plain", "The weather in Busan was cool and clear on the day of the meeting.", [], N, None),
    ("plain", "The Chinese delegation was led by Vice Premier He Lifeng, while Treasury Secretary Scott Bessent headed the U.S. side.", [TR, DI], N, None),
    ("plain", "Mr. Trump's second term began on Jan. 20, 2025.", [], N, None),

    # ------------------------------------------------------------------
    # Plain sentences: easing
    # ------------------------------------------------------------------
    ("plain", "Xi and Mr. Biden shook hands and strolled through the gardens before their talks, a gesture aides described as warm.", [DI], E, None),
    ("plain", "U.S. and Chinese defense chiefs held their first video call in more than a year on Tuesday.", [MIL], E, None),
    ("plain", "The counternarcotics working group met for the first time in Beijing at the end of January.", [CN], E, None),
    ("plain", "China placed a range of precursor chemicals under control in regulations that took effect on Sept. 1.", [CN], E, None),
    ("plain", "Chinese police arrested suspects tied to a precursor trafficking network in a case worked jointly with U.S. agents.", [CN], E, None),
    ("plain", "The climate working group held its first meeting in Washington, focusing on methane and clean energy.", [CL], E, None),
    ("plain", "Chinese purchases of U.S. soybeans resumed in late October after a months-long pause.", [TR], E, None),
    ("plain", "U.S. and Chinese officials met in Geneva for their first formal talks on the risks of AI.", [TE, DI], E, None),
    ("plain", "Adm. Samuel Paparo, the head of U.S. Indo-Pacific Command, spoke by video with the commander of China's Southern Theater.", [MIL], E, None),
    ("plain", "China released an American pastor who had been imprisoned since 2006, the State Department said.", [HR], E, None),
    ("plain", "Three Americans returned home from China on Wednesday in a prisoner swap.", [HR], E, None),
    ("plain", "Beijing lifted its ban on exports of gallium and germanium to the United States in November.", [TE, TR], E, None),
    ("plain", "Washington removed a Chinese police forensics institute from its trade blacklist, clearing the way for counternarcotics cooperation.", [CN, TR], E, None),
    ("plain", "China co-sponsored a U.S.-led United Nations resolution on safe and trustworthy artificial intelligence in March 2024.", [TE], E, None),
    ("plain", "Beijing and Washington both voted for a U.N. Security Council resolution backing a ceasefire plan for Gaza.", [ME], E, None),
    ("plain", "The tariff truce has eased pressure on exporters and led to a rebound in trans-Pacific shipping.", [TR], E, None),
    ("plain", "Both governments described the talks in Kuala Lumpur as candid and constructive.", [TR, DI], E, None),
    ("plain", "American students are returning to Chinese universities in larger numbers after a push by both governments.", [DI], E, None),
    ("plain", "China's top climate envoy visited Washington for the first time in two years.", [CL, DI], E, None),
    ("plain", "U.S. and Chinese naval officers held maritime safety talks in Qingdao in April, the first under the mechanism since 2021.", [MIL], E, None),
    ("plain", "China allowed an American journalist to return to Beijing after a two-year visa freeze.", [DI], E, None),
]

# ----------------------------------------------------------------------
# ADDED: sentences written later, as fresh tuning material, without
# opening the analysis code. They get ids after the last DATA id and are
# always split "tune"; the holdout draw in main() runs over DATA only.
# ----------------------------------------------------------------------
ADDED = [
    # ------------------------------------------------------------------
    # True commitments (kind = commitment)
    # ------------------------------------------------------------------
    ("commitment", "Chinese Commerce Minister Wang Wentao pledged to speed up approvals of rare-earth export licenses for American automakers, according to a Commerce Department readout.", [TR, TE], E, "China"),
    ("commitment", "China's Ministry of Public Security vowed to deepen joint investigations with the DEA into money-laundering networks that move cartel profits through Chinese banks.", [CN], E, "China"),
    ("commitment", "Washington agreed to share intelligence leads on suspect precursor shipments with Chinese customs officers through the counternarcotics working group, a DEA spokesperson said.", [CN], E, "US"),
    ("commitment", "The two governments committed to holding a second meeting of the counternarcotics working group in Washington before the summer.", [CN, DI], E, "both"),
    ("commitment", "Chinese regulators promised to shut down online storefronts that sell pill presses and fentanyl analogues to buyers in the United States.", [CN], E, "China"),
    ("commitment", "Defense Secretary Pete Hegseth and Adm. Dong Jun agreed in Kuala Lumpur to set up military-to-military channels to deconflict and de-escalate incidents at sea and in the air.", [MIL, DI], E, "both"),
    ("commitment", "The PLA Navy will send observers to a search-and-rescue exercise hosted by the U.S. Pacific Fleet next summer, under an arrangement reached in talks last week, the Pentagon said.", [MIL], E, "China"),
    ("commitment", "Both militaries pledged to notify each other in advance of ballistic missile launches, a guardrail U.S. officials had sought since 2023.", [MIL], E, "both"),
    ("commitment", "The Pentagon promised to host the next round of Defense Policy Coordination Talks in Washington in the spring, a spokesman said on Friday.", [MIL, DI], E, "US"),
    ("commitment", "Secretary of State Marco Rubio assured Wang Yi that Washington would stand by its one-China policy and would not support Taiwan independence.", [TW, DI], E, "US"),
    ("commitment", "Chinese officials agreed to press Tehran to let U.N. nuclear inspectors back into its enrichment sites, a senior State Department official said.", [ME, DI], E, "China"),
    ("commitment", "Washington and Beijing pledged to work together on a Security Council resolution to protect commercial shipping in the Red Sea.", [ME], E, "both"),
    ("commitment", "China promised to tighten export checks on drone engines that U.S. investigators have found inside Iranian-made drones, according to two officials.", [ME, MIL], E, "China"),
    ("commitment", "Beijing will buy 25 million metric tons of U.S. soybeans a year in 2026, 2027 and 2028, Treasury Secretary Scott Bessent said in a television interview.", [TR], E, "China"),
    ("commitment", "The United States will suspend its port fees on Chinese-built ships for one year, and China will lift its matching charges on American vessels over the same period, both governments said.", [TR], E, "both"),
    ("commitment", "China agreed to terminate its antitrust, anti-dumping and anti-discrimination investigations targeting U.S. chipmakers, the White House said in a fact sheet.", [TE, TR], E, "China"),
    ("commitment", "Negotiators agreed in London on a framework to put the Geneva consensus into effect, with China to speed up rare-earth shipments and the U.S. to ease some of its export curbs.", [TR, TE], E, "both"),
    ("commitment", "Vice Premier He Lifeng pledged to lift the freeze on Boeing deliveries that Beijing had imposed at the height of the tariff standoff.", [TR], E, "China"),
    ("commitment", "Mr. Trump said he would allow Nvidia to ship its H200 chips to approved customers in China, with 25% of the proceeds going to the U.S. government.", [TE, TR], E, "US"),
    ("commitment", "Beijing agreed to let Nexperia's Chinese factory resume exports of chips to carmakers in the United States and Europe, the White House said.", [TE, TR], E, "China"),
    ("commitment", "The envoys agreed to convene the AI dialogue again within six months and to exchange lists of the risks each side considers most serious.", [TE, DI], E, "both"),
    ("commitment", "The Justice Department pledged to share evidence with Chinese police about a ransomware gang that had targeted hospitals in both countries.", [TE], E, "US"),
    ("commitment", "Under the TikTok framework, the United States agreed to let ByteDance keep a stake of less than 20% in the new American joint venture.", [TE], E, "US"),
    ("commitment", "Washington and Beijing pledged to announce economy-wide 2035 emission targets covering all greenhouse gases, according to their joint statement at Sunnylands.", [CL], E, "both"),
    ("commitment", "Liu Zhenmin, China's climate envoy, promised to send a delegation to a U.S.-hosted meeting on methane and other non-CO2 gases, the State Department said.", [CL], E, "China"),
    ("commitment", "The two countries committed to reviving their subnational climate summit, which brings together governors, mayors and provincial leaders.", [CL, DI], E, "both"),
    ("commitment", "Xi accepted Mr. Trump's invitation and promised to make a state visit to Washington later in 2026, the White House said.", [DI], E, "China"),
    ("commitment", "The two foreign ministers agreed to reopen the consulates in Houston and Chengdu, which were shut in tit-for-tat moves in 2020, according to a joint press release.", [DI], E, "both"),
    ("commitment", "Mr. Trump said the United States would allow 600,000 Chinese students to study at American universities, calling them good for the country.", [DI], E, "US"),
    ("commitment", "China agreed to let the families of two detained Americans visit them in prison before the end of the year, a State Department official said.", [HR], E, "China"),

    # ------------------------------------------------------------------
    # Negations
    # ------------------------------------------------------------------
    ("negation", "Mr. Hegseth stopped short of committing to a new round of maritime safety talks, saying only that the Pentagon remained open to dialogue.", [MIL], N, None),
    ("negation", "Beijing refused to give any undertaking on curbing purchases of sanctioned Iranian oil, telling U.S. officials that its energy trade was legitimate.", [ME, TR], X, None),
    ("negation", "The climate envoys met for six hours in Beijing but made no new pledges on coal, and no joint statement was issued.", [CL], N, None),
    ("negation", "China flatly refused to lift the exit ban on an American banker stranded in Shanghai, accusing Washington of politicizing a routine legal matter.", [HR], X, None),
    ("negation", "Mr. Trump did not agree to ease chip export restrictions at the Busan meeting and said Nvidia's most advanced Blackwell processors had not been discussed.", [TE, DI], N, None),
    ("negation", "The defense chiefs failed to agree on rules for close encounters between warships, and their meeting broke up after less than an hour.", [MIL], X, None),

    # ------------------------------------------------------------------
    # Demands
    # ------------------------------------------------------------------
    ("demand", "The State Department demanded that Beijing immediately free a U.S. citizen detained in Guangzhou on what it called baseless espionage charges.", [HR], X, None),
    ("demand", "China's Foreign Ministry called on Washington to revoke the entity list additions and stop abusing the concept of national security.", [TE, TR], X, None),
    ("demand", "Mr. Rubio pressed Wang Yi to rein in China's coast guard, whose ships have repeatedly turned water cannon on Philippine supply boats.", [MIL, DI], X, None),
    ("demand", "Beijing insisted that Washington scrap its port fees on Chinese ships before any further talks on maritime trade.", [TR], X, None),
    ("demand", "U.S. officials asked their Chinese counterparts to share more data on seizures of precursor chemicals at Chinese ports.", [CN], N, None),
    ("demand", "Washington urged Beijing to join it in pressing the Houthis to free the crew of a seized cargo ship.", [ME], N, None),

    # ------------------------------------------------------------------
    # Monitoring
    # ------------------------------------------------------------------
    ("monitoring", "The Commerce Department will track whether Chinese rare-earth export licenses are actually being issued faster, an official said on Thursday.", [TR, TE], N, None),
    ("monitoring", "Taiwan's defense ministry said it was keeping a close eye on two Chinese carrier groups operating east of the island.", [TW, MIL], N, None),
    ("monitoring", "Congressional staff plan to check every quarter whether Beijing is meeting its soybean purchase targets.", [TR], N, None),
    ("monitoring", "The DEA will monitor shipping records to see whether China's new licensing rules actually reduce precursor flows to Mexico.", [CN], N, None),
    ("monitoring", "CISA said it would keep watching for signs that Volt Typhoon operators had regained access to U.S. utility networks.", [TE], N, None),

    # ------------------------------------------------------------------
    # Desires
    # ------------------------------------------------------------------
    ("desire", "Xi told Mr. Trump that China hoped the two countries could be partners rather than rivals, Xinhua reported.", [DI], E, None),
    ("desire", "Mr. Bessent said he wanted to put a floor under the relationship and avoid another round of escalation.", [TR, DI], E, None),
    ("desire", "Beijing would like Washington to relax its visa screening of Chinese students in science and engineering, a Foreign Ministry spokesperson said.", [DI], N, None),
    ("desire", "American chip designers hope the administration will let them sell more advanced processors in China.", [TE], N, None),
    ("desire", "Shipping companies want Beijing and Washington to coordinate naval escorts in the Red Sea.", [ME, MIL], N, None),

    # ------------------------------------------------------------------
    # References to earlier pledges
    # ------------------------------------------------------------------
    ("earlier_pledge", "China made good on its Busan promise by booking its first cargoes of American soybeans in months, traders said.", [TR], E, None),
    ("earlier_pledge", "The tariff cuts promised at Busan took effect on Monday, lowering the average U.S. levy on Chinese goods by about 10 percentage points.", [TR], E, None),
    ("earlier_pledge", "U.S. lawmakers accused China of reneging on Xi's 2015 pledge not to militarize the Spratly Islands.", [MIL], X, None),
    ("earlier_pledge", "Washington said Beijing had gone back on its promise to approve rare-earth licenses quickly, leaving Detroit automakers short of magnets.", [TR, TE], X, None),
    ("earlier_pledge", "The fentanyl tariff cut was one of several commitments the White House listed after the Busan meeting.", [TR, CN], N, None),
    ("earlier_pledge", "The pledge Biden and Xi made in Lima in November 2024 on human control of nuclear weapons went unmentioned in both readouts of the Trump-Xi call.", [MIL, TE, DI], N, None),

    # ------------------------------------------------------------------
    # Threats
    # ------------------------------------------------------------------
    ("threat", "Mr. Trump did not rule out new tariffs on Chinese goods if Beijing slowed its soybean purchases, telling reporters that everything was on the table.", [TR], X, None),
    ("threat", "China's Commerce Ministry warned that it would add more American firms to the unreliable entity list if Washington kept expanding export controls.", [TE, TR], X, None),
    ("threat", "Beijing vowed firm countermeasures after a U.S. carrier strike group transited the Taiwan Strait.", [TW, MIL], X, None),
    ("threat", "The Treasury threatened sanctions on any Chinese port operator that unloads tankers carrying Iranian crude.", [ME, TR], X, None),
    ("threat", "A senior Chinese general warned that the PLA would not stand idly by if U.S. forces deployed intermediate-range missiles to the Philippines.", [MIL], X, None),
    ("threat", "Mr. Trump warned that the remaining fentanyl tariff would go back up if overdose deaths linked to Chinese chemicals did not fall.", [CN, TR], X, None),

    # ------------------------------------------------------------------
    # Hedges / hypotheticals / reported expectations
    # ------------------------------------------------------------------
    ("hedge", "Beijing could agree to buy Boeing jets worth tens of billions of dollars if Mr. Trump's visit goes smoothly, people familiar with the talks said.", [TR], N, None),
    ("hedge", "The two sides may announce an understanding on keeping AI out of nuclear command systems during the April visit, according to a U.S. official.", [MIL, TE], N, None),
    ("hedge", "If the truce holds, tariffs on most Chinese goods would stay at around 47% until November 2026.", [TR], N, None),
    ("hedge", "Washington is expected to ease curbs on chipmaking equipment for Chinese memory makers, analysts said, though no decision has been announced.", [TE], N, None),
    ("hedge", "Chinese officials are likely to offer a goodwill gesture, such as releasing a detained American, ahead of the summit, diplomats said.", [HR, DI], N, None),
    ("hedge", "A broader détente on Taiwan is unlikely, but the two militaries might agree on a narrower set of safety rules, a former Pentagon official said.", [TW, MIL], N, None),

    # ------------------------------------------------------------------
    # Boilerplate / page furniture
    # ------------------------------------------------------------------
    ("boilerplate", "This story has been updated with comment from China's Commerce Ministry.", [], N, None),
    ("boilerplate", "Photo: A container ship is unloaded at the Port of Long Beach. (Devset Wire/Staff)", [], N, None),
    ("boilerplate", "By Maria Chen and Tom Becker, Washington and Beijing", [], N, None),
    ("boilerplate", "Get our free Trade Brief newsletter in your inbox every Tuesday.", [], N, None),
    ("boilerplate", "Correction: An earlier version of this article misstated the date of the defense ministers' meeting.", [], N, None),
    ("boilerplate", "Listen to this article \u00b7 4 min", [], N, None),
    ("boilerplate", "Editor's note: Opinions expressed in this op-ed are the author's own and do not reflect those of the editorial board.", [], N, None),
    ("boilerplate", "More from our Taiwan Strait tracker: the latest ADIZ incursion data, updated daily", [], N, None),
    ("boilerplate", "Updated 6:42 p.m. ET, Oct. 30, 2025", [], N, None),
    ("boilerplate", "Copyright 2026 Devset Media. This material may not be published, broadcast, rewritten or redistributed.", [], N, None),

    # ------------------------------------------------------------------
    # Plain sentences: escalation
    # ------------------------------------------------------------------
    ("plain", "The Commerce Department added 23 Chinese entities to the entity list on Tuesday, accusing them of helping the PLA acquire advanced computing chips.", [TE, TR, MIL], X, None),
    ("plain", "China put Skydio, the largest U.S. drone maker, under sanctions in October 2024 over its sales to Taiwan, cutting off the company's battery supply.", [TW, TR, MIL], X, None),
    ("plain", "Beijing added the American genomics company Illumina to its unreliable entity list in February 2025, hours after new U.S. tariffs took effect.", [TR], X, None),
    ("plain", "Washington imposed visa bans on Chinese officials it said had kept American diplomats, journalists and tourists out of Tibet.", [HR], X, None),
    ("plain", "China expelled a U.S. consular officer from Shanghai, accusing him of meddling in a dissident's case, and Washington answered by ordering a Chinese diplomat to leave.", [DI, HR], X, None),
    ("plain", "Chinese state-sponsored hackers had been inside the network of a U.S. Army National Guard unit for nearly a year, according to a Pentagon memo.", [TE, MIL], X, None),
    ("plain", "A China-linked cyber intrusion reached the systems that U.S. telecom carriers use to handle court-authorized wiretaps, officials said on Friday.", [TE], X, None),
    ("plain", "A Chinese coast guard ship blasted a Philippine fisheries vessel with water cannon near Scarborough Shoal, and the State Department called the move reckless and dangerous.", [MIL], X, None),
    ("plain", "Taiwan tracked 45 Chinese military aircraft that crossed the median line and entered its air defense identification zone on Wednesday.", [TW, MIL], X, None),
    ("plain", "The ADIZ incursions came in waves throughout the day, a pattern Taiwanese officials said was meant to wear down their pilots.", [TW, MIL], X, None),
    ("plain", "The carrier USS Nimitz sailed through contested waters of the South China Sea, a transit Beijing denounced as a provocation designed to stir up trouble.", [MIL], X, None),
    ("plain", "A U.S. destroyer and a British patrol ship transited the Taiwan Strait, and the PLA's Eastern Theater Command said it had tracked and warned them throughout.", [TW, MIL], X, None),
    ("plain", "Acting on a CFIUS review, Mr. Biden ordered a Chinese-backed cryptocurrency miner to sell land near a Wyoming nuclear missile base in May 2024.", [TR, MIL], X, None),
    ("plain", "China opened an anti-dumping probe into analog chips imported from the United States, a move aimed squarely at Texas Instruments and other American suppliers.", [TE, TR], X, None),
    ("plain", "The Commerce Department set preliminary anti-dumping duties of more than 90% on Chinese graphite used in electric-vehicle batteries.", [TR, TE], X, None),
    ("plain", "In retaliation for U.S. port fees, Beijing sanctioned five American subsidiaries of the South Korean shipbuilder Hanwha Ocean.", [TR], X, None),
    ("plain", "Relations turned frosty after the Pentagon's annual China report accused the PLA of rehearsing a blockade of Taiwan.", [DI, MIL, TW], X, None),
    ("plain", "Wang Yi and Mr. Rubio held a testy 90-minute call in which each accused the other's government of undermining the truce, according to people briefed on it.", [DI, TR], X, None),
    ("plain", "China snubbed an invitation for its defense minister to attend the Shangri-La Dialogue, sending a low-level academic delegation instead and leaving Mr. Hegseth without a counterpart.", [MIL, DI], X, None),
    ("plain", "Chinese delegates walked out of a U.N. Human Rights Council side event on Xinjiang co-hosted by the United States.", [HR, DI], X, None),
    ("plain", "Washington sanctioned six Hong Kong and mainland officials it accused of using the national security law to hunt down activists abroad.", [HR], X, None),
    ("plain", "Beijing imposed entry bans on four U.S. lawmakers and the heads of two American NGOs over what it called interference in Hong Kong.", [HR], X, None),
    ("plain", "A Hong Kong court convicted the publisher Jimmy Lai of collusion with foreign forces, and the State Department condemned the verdict.", [HR], X, None),
    ("plain", "China's Ministry of State Security accused the NSA of hacking the National Time Service Center, which keeps the country's standard time, in a campaign it said lasted years.", [TE], X, None),
    ("plain", "China widened its rare-earth export controls on Oct. 9, requiring foreign firms to obtain permission to ship products containing even trace amounts of Chinese rare earths.", [TR, TE], X, None),
    ("plain", "In May, the Commerce Department ordered chip design software vendors to stop shipping to Chinese customers, cutting off sales by Synopsys and Cadence.", [TE, TR], X, None),
    ("plain", "Beijing told its airlines to stop taking delivery of Boeing jets in April, widening the tariff fight into aviation.", [TR], X, None),
    ("plain", "China's cyberspace regulator summoned Nvidia over alleged security risks in its H20 chips, and state media told domestic firms to steer clear of them.", [TE], X, None),
    ("plain", "Regulators in Beijing opened an antitrust probe into Qualcomm in October, days before a new round of trade talks, saying it had failed to report an acquisition.", [TE, TR], X, None),
    ("plain", "The Treasury's sanctions designations on Thursday targeted a network of Hong Kong front companies accused of routing American-made electronics to Iran's drone program.", [ME, TR, MIL], X, None),
    ("plain", "China accused the United States of bullying after Washington blacklisted Chinese firms it said had supplied parts for Houthi missiles.", [ME, TR], X, None),
    ("plain", "The PLA's Strait Thunder-2025A exercise simulated strikes on ports and energy facilities in Taiwan, the Eastern Theater Command said.", [TW, MIL], X, None),
    ("plain", "Beijing staged live-fire drills around Taiwan in late December 2025, days after Washington approved an arms package worth more than $11 billion.", [TW, MIL], X, None),
    ("plain", "The State Department began revoking visas of Chinese students with ties to the Communist Party, a step Beijing called discriminatory and political.", [DI], X, None),
    ("plain", "Chinese customs halted imports from several U.S. beef plants after their registrations lapsed, a move American exporters saw as retaliation.", [TR], X, None),
    ("plain", "China placed 15 U.S. defense contractors on its export control list, barring them from receiving dual-use items such as rare earths.", [TR, MIL, TE], X, None),
    ("plain", "Mr. Trump raised the so-called reciprocal tariff on Chinese goods to 125%, and Beijing said it would no longer answer what it called a tariff numbers game.", [TR], X, None),
    ("plain", "Washington accused Beijing of weaponizing its grip on critical minerals, calling the October controls an act of economic coercion against the whole world.", [TR, TE], X, None),
    ("plain", "The Chinese embassy lodged stern representations after a U.S. congressional delegation met Taiwan's president in Taipei.", [TW, DI], X, None),
    ("plain", "Beijing called off a scheduled round of maritime safety consultations, citing the latest U.S. arms sale to Taiwan.", [MIL, TW], X, None),
    ("plain", "China froze the work of the counternarcotics working group after Washington's first fentanyl tariffs took effect, according to U.S. officials.", [CN, TR], X, None),
    ("plain", "The DEA said Chinese money brokers launder billions of dollars a year for Mexican cartels and accused Beijing of turning a blind eye.", [CN], X, None),
    ("plain", "The Treasury sanctioned a Chinese chemical supplier and two of its executives for selling nitazene precursors to buyers in the United States.", [CN, TR], X, None),
    ("plain", "China condemned U.S. strikes on Houthi targets in Yemen and refused to join the American-led naval coalition protecting Red Sea shipping.", [ME, MIL], X, None),
    ("plain", "Washington accused Chinese suppliers of shipping sodium perchlorate, a missile propellant ingredient, to Iran in early 2025.", [ME, MIL], X, None),
    ("plain", "Chinese officials said the Sunnylands working group had gone dormant, blaming Washington's decision to shut its climate envoy's office.", [CL], X, None),
    ("plain", "Washington raised tariffs on Chinese lithium-ion batteries for electric vehicles to 25%, widening the dispute over China's clean-technology exports.", [TR, CL], X, None),
    ("plain", "Writing in a state-run newspaper, a former Chinese ambassador argued that Washington's latest entity list additions had poisoned the atmosphere ahead of the summit.", [TE, TR, DI], X, None),
    ("plain", "With no high-level contact for nearly three months, the relationship sank to its lowest point since the balloon crisis.", [DI], X, None),
    ("plain", "Mr. Trump said there no longer seemed to be any reason to meet Xi, a day after Beijing unveiled its sweeping rare-earth controls.", [DI, TR, TE], X, None),
    ("plain", "The cordial tone of the spring had soured by August, when Washington added more Chinese firms to the entity list and Beijing retaliated with investigations into U.S. chipmakers.", [TE, TR], X, None),
    ("plain", "A U.S. destroyer sailed within 12 nautical miles of Mischief Reef in a freedom-of-navigation operation, and China said it had expelled the ship.", [MIL], X, None),
    ("plain", "China's Commerce Ministry said any sale of TikTok's recommendation algorithm would require an export license, signalling it could block a deal.", [TE], X, None),
    ("plain", "A senior State Department official accused the Chinese AI lab DeepSeek of supporting the PLA and using smuggled Nvidia chips to evade export controls.", [TE, MIL], X, None),
    ("plain", "The Army deployed a Typhon missile launcher to Japan for an exercise, and Beijing said the move threatened regional peace and stability.", [MIL], X, None),

    # ------------------------------------------------------------------
    # Plain sentences: easing
    # ------------------------------------------------------------------
    ("plain", "Mr. Trump rated the Busan meeting a 12 on a scale of zero to 10 and called Xi a great leader of a powerful country.", [DI], E, None),
    ("plain", "Yellen's icebreaking trip to Beijing in July 2023 was followed within weeks by visits from the commerce secretary and the climate envoy.", [DI], E, None),
    ("plain", "Analysts described the Woodside summit as the start of a cautious détente after a year of frosty relations.", [DI], E, None),
    ("plain", "In a goodwill gesture before the talks, Beijing renewed the export registrations of several U.S. beef plants that had lapsed in March.", [TR], E, None),
    ("plain", "China's customs agency lifted its suspension of soybean shipments from three U.S. exporters, a step traders read as a sign of the thaw.", [TR], E, None),
    ("plain", "U.S. and Chinese drug enforcement officials met in Beijing for the first time in more than a year, in talks both sides called productive.", [CN], E, None),
    ("plain", "Chinese authorities destroyed a stockpile of seized precursor chemicals in Guangdong in a ceremony attended by DEA officers.", [CN], E, None),
    ("plain", "Mr. Hegseth described his first face-to-face meeting with Adm. Dong Jun as good and constructive.", [MIL, DI], E, None),
    ("plain", "The military hotline worked as intended during a close encounter near the Paracel Islands in March, with commanders on both sides speaking within hours, officials said.", [MIL], E, None),
    ("plain", "The rapprochement gathered pace when PLA officers came to the Pentagon for Defense Policy Coordination Talks in January 2024, the first in years.", [MIL, DI], E, None),
    ("plain", "A delegation of U.S. senators met China's top legislator in Beijing, the first such visit in years, and both sides spoke of rebuilding trust.", [DI], E, None),
    ("plain", "The two climate envoys held talks on the sidelines of COP28 in Dubai and helped broker the summit's final text on moving away from fossil fuels.", [CL], E, None),
    ("plain", "China issued its first national methane control plan, which U.S. climate officials welcomed as a fruit of the Sunnylands talks.", [CL], E, None),
    ("plain", "Washington and Beijing renewed their decades-old Science and Technology Agreement in December 2024 after more than a year of negotiation.", [DI, TE], E, None),
    ("plain", "The prisoner exchange in November 2024 freed three Americans, including Mark Swidan, who had spent 12 years in Chinese custody.", [HR], E, None),
    ("plain", "China lifted the exit ban on a U.S. Commerce Department employee after weeks of quiet diplomacy, letting him fly home.", [HR], E, None),
    ("plain", "Nvidia resumed H20 shipments to China after the Commerce Department began issuing export licenses in August.", [TE, TR], E, None),
    ("plain", "Beijing approved the first rare-earth magnet export licenses for U.S. automakers since April, easing shortages at parts suppliers in Michigan.", [TR, TE], E, None),
    ("plain", "U.S. tariffs on most Chinese goods dropped to about 30% from 145% when the Geneva de-escalation took effect on May 14.", [TR], E, None),
    ("plain", "Stocks rallied on signs of a thaw, with both the Shanghai Composite and the S&P 500 rising more than 1% on Monday.", [TR], E, None),
    ("plain", "Direct flights between the two countries have roughly doubled since 2023, and U.S. student visa approvals for Chinese applicants have begun to recover.", [DI], E, None),
    ("plain", "Taiwan reported no Chinese warships near the median line during the summit week, the first such lull in months.", [TW, MIL], E, None),
    ("plain", "Chinese and American envoys met in Riyadh to discuss Red Sea shipping security, a meeting both described as productive.", [ME, DI], E, None),
    ("plain", "China's foreign ministry welcomed the ceasefire between Israel and Iran that Washington helped broker, calling it conducive to regional stability.", [ME], E, None),
    ("plain", "Xi's loan of two giant pandas to the San Diego Zoo was widely seen as a goodwill gesture following the Woodside summit.", [DI], E, None),
    ("plain", "Chinese police shut down 30 websites selling fentanyl precursors after a tip-off from U.S. investigators, the Ministry of Public Security said.", [CN], E, None),

    # ------------------------------------------------------------------
    # Plain sentences: neutral (background, scheduling, mixed, loaded
    # words without direction)
    # ------------------------------------------------------------------
    ("plain", "The tariff schedule annexed to the executive order runs to more than 300 pages.", [TR], N, None),
    ("plain", "The entity list was created in 1997 to track buyers suspected of diverting goods to weapons programs.", [TE, TR], N, None),
    ("plain", "Taiwan's air defense identification zone extends well beyond its territorial airspace and covers part of the Chinese coast.", [TW, MIL], N, None),
    ("plain", "Water cannon are standard equipment on China's larger coast guard cutters, the biggest of which displace more than 10,000 tons.", [MIL], N, None),
    ("plain", "The word détente, borrowed from French, became common currency during the U.S.-Soviet thaw of the 1970s.", [], N, None),
    ("plain", "Port fees under the Section 301 action are charged per net ton and were set to rise every year until 2028.", [TR], N, None),
    ("plain", "China's Commerce Ministry set up the unreliable entity list in 2020, and the list has since grown to include dozens of U.S. firms.", [TR], N, None),
    ("plain", "The Shangri-La Dialogue is held each year at a hotel in Singapore and draws defense officials from across Asia and beyond.", [MIL, DI], N, None),
    ("plain", "Mr. Trump's trip to Beijing is scheduled for April 2026, the White House said.", [DI], N, None),
    ("plain", "Fentanyl overdose deaths in the United States fell by about a quarter in 2024, according to CDC data.", [CN], N, None),
    ("plain", "Hong Kong's legislature passed a second national security law under Article 23 of the city's mini-constitution in March 2024.", [HR], N, None),
    ("plain", "China's emissions fell slightly in the first half of 2025, the first decline driven by clean power rather than an economic slowdown, analysts said.", [CL], N, None),
    ("plain", "Both readouts were published within an hour of the call, and neither mentioned Taiwan.", [DI, TW], N, None),
    ("plain", "Analysts were divided on whether the truce amounted to a lasting détente or merely a pause in the trade war.", [TR], N, None),
    ("plain", "The talks were cordial but produced no breakthrough on export controls, officials from both sides said.", [TE, DI], N, None),
    ("plain", "Xi's remarks paired conciliatory language on trade with a stern warning over Taiwan.", [TR, TW, DI], N, None),
    ("plain", "China accounts for nearly a third of global carbon dioxide emissions, the United States for about an eighth.", [CL], N, None),
    ("plain", "Red Sea container traffic stayed well below 2023 levels through 2025, as most carriers kept routing ships around Africa.", [ME], N, None),
    ("plain", "The guardrails Washington talks about are a mix of hotlines, regular meetings and agreed rules of conduct at sea and in the air.", [MIL, DI], N, None),

    # ==================================================================
    # Second batch of ADDED sentences (s0478 onwards), written later as
    # fresh tune-only material, without opening the tool's code, and
    # labelled by meaning with the README conventions. They favour
    # concrete acts over stock words, passive voice, quotes, long
    # sentences, mixed sentences and background that mentions conflict.
    # ==================================================================

    # ------------------------------------------------------------------
    # True commitments (kind = commitment)
    # ------------------------------------------------------------------
    ("commitment", "Under the arrangement reached in Kuala Lumpur, Chinese customs officers will sample every outbound shipment of the 13 listed precursors bound for Mexico and pass the results to the DEA each month.", [CN], E, "China"),
    ("commitment", "It was agreed that the counternarcotics working group would meet every quarter, alternating between Washington and Beijing, a Justice Department official said.", [CN, DI], E, "both"),
    ("commitment", "The Homeland Security Department said it would post two liaison officers to Beijing from January to work alongside Chinese narcotics police on precursor cases.", [CN], E, "US"),
    ("commitment", "Xi told Mr. Trump on the call that China would send its top narcotics official to Washington to work out a joint enforcement plan, according to the White House readout.", [CN, DI], E, "China"),
    ("commitment", "A link between Indo-Pacific Command and the PLA's Southern Theater Command will be switched back on next month under terms the two militaries settled in Honolulu.", [MIL], E, "both"),
    ("commitment", "Beijing gave an undertaking that its warships would keep a safe distance from U.S. vessels in international waters and use standard radio calls during encounters.", [MIL], E, "China"),
    ("commitment", "The two armed forces signed off on a set of procedures for unplanned encounters between their aircraft, which both will start applying in the new year.", [MIL], E, "both"),
    ("commitment", "The Pentagon said it would send its top Asia policy official to Beijing in March for the first round of Defense Policy Coordination Talks held in China since 2019.", [MIL, DI], E, "US"),
    ("commitment", "Washington told Beijing that no cabinet-level official would travel to Taipei during the coming year, according to two people familiar with the exchange.", [TW, DI], E, "US"),
    ("commitment", "Chinese officials assured their American counterparts that the PLA's summer exercises near Taiwan would involve no live fire in the waters east of the island.", [TW, MIL], E, "China"),
    ("commitment", "Chinese officials agreed to pass a U.S. message to Tehran urging restraint and to report back on Iran's response within days, a State Department official said.", [ME, DI], E, "China"),
    ("commitment", "The U.S. and Chinese navies will share position reports for the merchant convoys they escort through the Gulf of Aden, under a plan their task force commanders drew up.", [ME, MIL], E, "both"),
    ("commitment", "Starting Nov. 10, the extra 24% levy on American goods will stay suspended for another year, Beijing's tariff commission announced.", [TR], E, "China"),
    ("commitment", "USTR will reopen the exclusion process for Chinese-made industrial machinery and give importers until March to apply, the office said in a Federal Register notice.", [TR], E, "US"),
    ("commitment", "Beijing's negotiators put their names to a purchase schedule covering American sorghum, wheat and poultry through 2027, Agriculture Secretary Brooke Rollins said.", [TR], E, "China"),
    ("commitment", "Beijing did not agree to cut its remaining tariffs on American pork, but it pledged to clear a backlog of meat-plant registrations within 60 days.", [TR], E, "China"),
    ("commitment", "The Commerce Department will restore the licenses that let American suppliers service the engines on COMAC's C919 airliners, reversing a suspension ordered in June, an official said.", [TR, TE], E, "US"),
    ("commitment", "Beijing will waive the October licensing requirement for graphite anodes shipped to U.S. battery makers until the end of 2026, according to the fact sheet.", [TR, TE], E, "China"),
    ("commitment", "American and Chinese cybersecurity agencies will exchange technical indicators on ransomware attacks against hospitals, under a memorandum the two sides signed in Beijing.", [TE], E, "both"),
    ("commitment", "Washington and Beijing will co-host a summit on methane and other non-CO2 gases at COP29 in Baku, the two climate envoys announced.", [CL], E, "both"),
    ("commitment", "The Energy Department and China's National Energy Administration agreed to keep their joint clean-energy research center open for five more years, with each side putting up $50 million.", [CL], E, "both"),
    ("commitment", "China's civil aviation regulator said it would allow U.S. carriers 30 more weekly round trips from the end of March.", [DI], E, "China"),
    ("commitment", "Mr. Rubio accepted an invitation to visit Beijing before the leaders' summit, and Wang Yi promised to travel to Washington in the autumn.", [DI], E, "both"),
    ("commitment", "The two embassies will resume issuing journalist visas on a one-for-one basis, starting with ten reporters on each side.", [DI], E, "both"),
    ("commitment", "Chinese authorities agreed to allow U.S. consular officers to visit an American businessman held in Dalian once a month, the embassy said.", [HR], E, "China"),
    ("commitment", "The Justice Department agreed to drop charges against a Chinese student accused of photographing a naval base so that he could return to his family in Shanghai.", [HR], E, "US"),
    ("commitment", "China said it would lift the exit bans on a Wells Fargo banker and two other Americans as part of the goodwill package announced before the summit.", [HR], E, "China"),
    ("commitment", "After three hours of talks at Zhongnanhai that both delegations described as frank, the Chinese side said it would host a vice-ministerial meeting on consular issues, including detention cases, before the end of June.", [DI, HR], E, "China"),

    # ------------------------------------------------------------------
    # Negations
    # ------------------------------------------------------------------
    ("negation", "No date was set for the next round of military talks, and the Chinese readout did not mention them at all.", [MIL, DI], N, None),
    ("negation", "Beijing gave no assurance that it would keep buying American soybeans once the Brazilian harvest comes in, traders said.", [TR], N, None),
    ("negation", "Washington refused to lift the steel tariffs, which a Commerce Ministry spokesman called naked protectionism.", [TR], X, None),
    ("negation", "Contrary to earlier reports, Xi made no promise to visit the United States this year, Chinese officials said.", [DI], N, None),
    ("negation", "China stayed out of the U.S.-backed pledge to triple nuclear energy capacity by 2050, which more than 20 countries signed at COP28.", [CL], N, None),
    ("negation", "Chinese negotiators would not say whether Beijing was prepared to drop its probe into Qualcomm, leaving the issue unresolved.", [TE, TR], N, None),
    ("negation", "The Pentagon refused to give any guarantee that the Typhon launcher would be withdrawn from the Philippines, brushing aside Beijing's repeated protests.", [MIL], X, None),

    # ------------------------------------------------------------------
    # Demands
    # ------------------------------------------------------------------
    ("demand", "Beijing told Washington it must stop treating Chinese students as suspects before there could be any further talk of people-to-people exchanges.", [DI], X, None),
    ("demand", "U.S. negotiators pressed for a full accounting of precursor seizures at Chinese ports, a request Beijing said it would consider.", [CN], N, None),
    ("demand", "Mr. Bessent made clear that Beijing would have to stop subsidizing its steelmakers if it wanted any relief from the Section 232 duties.", [TR], X, None),
    ("demand", "The envoy asked Chinese officials to use their ties with Tehran to win the release of the crew held aboard a seized tanker.", [ME], N, None),
    ("demand", "China insisted that the U.S. Navy halt its surveillance flights along the Chinese coast, calling them the root cause of dangerous encounters.", [MIL], X, None),

    # ------------------------------------------------------------------
    # Monitoring
    # ------------------------------------------------------------------
    ("monitoring", "Customs brokers will be watching whether the lower rates actually show up on entries filed after midnight.", [TR], N, None),
    ("monitoring", "Analysts at the institute said they would be going through satellite images of the Fujian coast for signs of an amphibious buildup after the drills.", [TW, MIL], N, None),
    ("monitoring", "The embassy is keeping in close touch with the family and checking on the detained engineer's health at every consular visit.", [HR], N, None),
    ("monitoring", "A Senate amendment would require the State Department to report every six months on whether China is living up to its methane commitments.", [CL], N, None),
    ("monitoring", "The Treasury said it would audit whether Chinese banks are flagging cartel-linked transfers under the new reporting arrangement.", [CN], N, None),
    ("monitoring", "Researchers plan to compare ship-tracking data with Iranian export figures to test whether Chinese teapot refineries have really cut back.", [ME, TR], N, None),

    # ------------------------------------------------------------------
    # Desires
    # ------------------------------------------------------------------
    ("desire", "Chinese officials are eager to put a floor under ties before the midterm campaign heats up, according to diplomats in Beijing.", [DI], E, None),
    ("desire", "American airlines would welcome permission to fly more routes to Shanghai and Beijing, though they say demand has been slow to recover.", [DI], N, None),
    ("desire", "Xi said he looked forward to a relationship in which the two countries help each other succeed.", [DI], E, None),
    ("desire", "The Pentagon hopes to get Chinese officers to the table on space debris and satellite safety, a senior official told a think tank audience.", [MIL], N, None),

    # ------------------------------------------------------------------
    # References to earlier pledges
    # ------------------------------------------------------------------
    ("earlier_pledge", "In keeping with what Xi promised at Woodside, China's public security ministry has since opened more than 150 precursor cases, a Chinese diplomat wrote.", [CN], E, None),
    ("earlier_pledge", "U.S. officials said Beijing had ignored its undertaking to give notice of missile launches when a rocket force unit fired two missiles into the East China Sea without warning.", [MIL], X, None),
    ("earlier_pledge", "Last year's agreement to restore student exchanges remains largely on paper, with only a few hundred Americans studying in China.", [DI], N, None),
    ("earlier_pledge", "The soybean figures were measured against the 12 million tons China said it would buy by the end of the year.", [TR], N, None),
    ("earlier_pledge", "Beijing pointed to its 2023 pledge to cover all greenhouse gases as proof that it was doing its part, even as U.S. officials questioned its new coal approvals.", [CL], N, None),
    ("earlier_pledge", "The three Americans flew home on Thursday, making good on an undertaking that Chinese officials gave during Mr. Rubio's visit.", [HR], E, None),
    ("earlier_pledge", "China's 2035 climate target, released in September 2025, promised to cut net emissions by 7% to 10% from their peak.", [CL], N, None),

    # ------------------------------------------------------------------
    # Threats
    # ------------------------------------------------------------------
    ("threat", "If Washington goes ahead with the new chip rules, Beijing will respond in kind, the Commerce Ministry said, without saying how.", [TE], X, None),
    ("threat", "A PLA spokesman said the military reserved the right to take all necessary measures against what he called provocative U.S. reconnaissance flights.", [MIL], X, None),
    ("threat", "Mr. Trump said Beijing would pay a very big price if it moved against Taiwan while he was in office.", [TW], X, None),
    ("threat", "The Chinese embassy cautioned that any U.S. penalties on its refiners over Iranian oil would not go unanswered.", [ME, TR], X, None),
    ("threat", "U.S. officials signalled that visa bans on Hong Kong prosecutors could be next if Jimmy Lai's sentence was not commuted.", [HR], X, None),

    # ------------------------------------------------------------------
    # Hedges / hypotheticals / reported expectations
    # ------------------------------------------------------------------
    ("hedge", "Were Beijing to restore the maritime consultations, U.S. officials said, the first session would probably be held in Qingdao.", [MIL], N, None),
    ("hedge", "A deal to let TikTok's U.S. arm license the recommendation algorithm is said to be close, but neither side has confirmed it.", [TE], N, None),
    ("hedge", "Traders are pricing in a Chinese promise to buy more sorghum at next week's talks, though officials have not confirmed any agenda.", [TR], N, None),
    ("hedge", "Should the climate working group meet again, methane from coal mines would likely top the agenda, a former negotiator said.", [CL], N, None),
    ("hedge", "People close to the Chinese delegation said Beijing might be willing to lift sanctions on two U.S. drone makers in return for a pause in arms sales to Taiwan.", [TW, TR, MIL], N, None),
    ("hedge", "The release of a detained pastor is seen as a possible gesture before the state visit, though his family said they had heard nothing.", [HR, DI], N, None),
    ("hedge", "Diplomats expect Washington and Beijing to back a U.N. statement on Red Sea shipping later this month.", [ME], N, None),
    ("hedge", "Any decision to cut the fentanyl levy further would depend on data showing fewer seizures of Chinese-made precursors, officials said.", [CN, TR], N, None),

    # ------------------------------------------------------------------
    # Boilerplate / page furniture
    # ------------------------------------------------------------------
    ("boilerplate", "Trade Desk Daily is published every weekday except U.S. federal holidays.", [], N, None),
    ("boilerplate", "Additional reporting by Chen Yu in Shanghai and Priya Nair in Washington", [], N, None),
    ("boilerplate", "Have a tip about U.S.-China trade? Contact our reporters securely on Signal.", [], N, None),
    ("boilerplate", "This op-ed is part of our series on the future of the Taiwan Strait.", [], N, None),
    ("boilerplate", "Sponsored content: Navigate tariff changes with our customs compliance software.", [], N, None),
    ("boilerplate", "Image: A U.S. Navy destroyer in the South China Sea, June 2024. (U.S. Navy via Devset Wire)", [], N, None),
    ("boilerplate", "Li Ming, Devset Wire's China bureau chief, has reported from Beijing since 2018.", [], N, None),
    ("boilerplate", "Print this page | Email a colleague | Save to reading list", [], N, None),
    ("boilerplate", "Also in this issue: soybean basis levels, our port-fee tracker and the week's export license approvals", [], N, None),
    ("boilerplate", "The author is a senior fellow at the Pacific Security Institute and served on the National Security Council staff from 2021 to 2023.", [], N, None),

    # ------------------------------------------------------------------
    # Plain sentences: escalation
    # ------------------------------------------------------------------
    ("plain", "A Chinese frigate shadowed the destroyer USS Ralph Johnson for more than 200 miles after it left the Taiwan Strait, staying within two nautical miles the whole way.", [TW, MIL], X, None),
    ("plain", "Chinese consulates stopped issuing visas to staff of two American NGOs that had published reports on detention camps in Xinjiang.", [HR], X, None),
    ("plain", "Officers from China's Ministry of State Security questioned a visiting U.S. academic for six hours and kept his laptop before letting him board his flight.", [HR], X, None),
    ("plain", "The State Department declined to renew the visas of the last Chinese graduate students in a Purdue nuclear engineering lab, the university confirmed.", [DI], X, None),
    ("plain", "A PLA Navy J-15 came within 50 feet of a U.S. Navy P-8A and then released flares in its path, according to a Pentagon video released on Tuesday.", [MIL], X, None),
    ("plain", "Chinese warships took up positions east of Taiwan's Hualien port in what Taipei described as a rehearsal for cutting off the island's energy imports.", [TW, MIL], X, None),
    ("plain", "Beijing's customs service turned back two cargoes of American sorghum on Friday, citing pests that U.S. inspectors said they could not find.", [TR], X, None),
    ("plain", "Two U.S. Navy sailors were charged with passing ship specifications to a Chinese intelligence officer who posed as a naval history enthusiast.", [MIL], X, None),
    ("plain", "China's ambassador skipped the Fourth of July reception at the U.S. embassy for the first time in years, an absence diplomats in the city noticed at once.", [DI], X, None),
    ("plain", "The Federal Communications Commission moved to strip China Mobile, China Telecom and China Unicom of their remaining authority to operate data centers in the United States.", [TE], X, None),
    ("plain", "Hackers working for China's security services sat inside the email system of the House select committee on China for months, the committee's chairman said.", [TE], X, None),
    ("plain", "Two Chinese coast guard cutters trailed a U.S.-chartered survey ship for three days near Scarborough Shoal, hailing it over the radio every few hours.", [MIL], X, None),
    ("plain", "Taiwan's navy counted 11 Chinese ships lingering off its southwestern coast after the American transit, the most since the spring.", [TW, MIL], X, None),
    ("plain", "Washington pulled the visas of dozens of Chinese officials tied to a Xinjiang factory that supplies polysilicon to the solar industry.", [HR], X, None),
    ("plain", "Hong Kong police put a HK$1 million bounty on a Washington-based activist and raided the homes of his relatives in the city.", [HR], X, None),
    ("plain", "U.S. Central Command said a Chinese-made radar found at a Houthi launch site had reached Yemen within the past six months, and the State Department summoned China's deputy chief of mission.", [ME, MIL], X, None),
    ("plain", "Beijing's special envoy spent the week in Tehran and Riyadh without stopping in Washington, and in public he blamed American weapons for prolonging the war in Gaza.", [ME, DI], X, None),
    ("plain", "U.S. sailors boarded and seized a tanker carrying Iranian crude to a refinery in Shandong, the first such action in the Indian Ocean.", [ME, MIL, TR], X, None),
    ("plain", "Chinese customs officers began opening every crate of American cherries arriving in Shanghai, and importers said the delays were spoiling whole shipments.", [TR], X, None),
    ("plain", "Police in Guangzhou detained a DEA informant who had helped U.S. agents track precursor shipments, accusing him of spying for a foreign power.", [CN, HR], X, None),
    ("plain", "China's public security ministry stopped answering the DEA's requests for information on chemical suppliers, according to a congressional report.", [CN], X, None),
    ("plain", "Mexican marines seized a ship carrying 2 tons of precursor chemicals loaded in Shanghai, and Washington held up the seizure as proof that China's controls were failing.", [CN], X, None),
    ("plain", "Washington barred Chinese-made connected-car software from American roads, giving automakers until 2027 to strip it out.", [TE, TR], X, None),
    ("plain", "The climate envoys' offices have not spoken since January, and Beijing quietly took the joint methane work plan off its ministry website.", [CL], X, None),
    ("plain", "Chinese solar exporters were hit with duties of up to 3,500% on panels routed through four Southeast Asian countries after a Commerce Department ruling.", [TR, CL], X, None),
    ("plain", "Beijing pulled its delegation out of a planned climate workshop in Washington a day before it was due to start, giving no reason.", [CL], X, None),
    ("plain", "The House passed a bill that would block Chinese-owned companies from buying farmland within 50 miles of military bases.", [TR, MIL], X, None),
    ("plain", "Taiwan's president thanked Congress for $2 billion in military financing, and a spokesman for China's Taiwan Affairs Office called him a parasite.", [TW, MIL], X, None),
    ("plain", "The Coast Guard cutter Stratton sailed through the Taiwan Strait with a Canadian frigate, and PLA aircraft circled overhead for much of the passage.", [TW, MIL], X, None),
    ("plain", "An American delegation was kept waiting for three hours at a Beijing ministry before being told that the vice minister was no longer available to see them.", [DI], X, None),
    ("plain", "China's internet regulator told the country's biggest tech firms to cancel their orders for Nvidia's RTX Pro 6000D chips, according to people familiar with the instruction.", [TE], X, None),
    ("plain", "Licenses that had let Intel and Qualcomm sell chips to Huawei were revoked late on a Friday, without any public announcement.", [TE, TR], X, None),
    ("plain", "A long commentary in the PLA Daily argued that the United States was preparing the ground for war by stationing missiles along the first island chain.", [MIL], X, None),
    ("plain", "Refuelling stops in New York by Taiwan's vice president, which officials on both sides of the Pacific had for years treated as routine, were answered this time with two days of drills near the Penghu islands.", [TW, MIL], X, None),
    ("plain", "As one former official put it, \u201cEvery channel we built in 2023 has gone quiet, and nobody in Beijing is picking up the phone.\u201d", [DI], X, None),
    ("plain", "\u201cWe will not be bullied,\u201d the spokeswoman said, minutes after Washington announced sanctions on three Chinese banks.", [TR], X, None),
    ("plain", "Heads up for forwarders: CBP is now holding aluminum goods from China for forced-labor documentation, with detentions averaging close to 40 days.", [HR, TR], X, None),
    ("plain", "BEIJING, Oct. 14 (Devset Wire) - China began charging special port fees on U.S.-owned and U.S.-flagged ships on Tuesday, the same day Washington's fees on Chinese vessels took effect.", [TR], X, None),

    # ------------------------------------------------------------------
    # Plain sentences: easing
    # ------------------------------------------------------------------
    ("plain", "Wang Yi was met on the tarmac by the deputy secretary of state and driven to a private dinner at Blair House, courtesies that Chinese officials remarked on approvingly.", [DI], E, None),
    ("plain", "United Airlines added a daily flight between San Francisco and Shanghai in the spring, and Air China brought back its Beijing-Washington route for the first time since 2020.", [DI], E, None),
    ("plain", "After four years barred from leaving China, the Dallas engineer landed in Los Angeles on Saturday and was met at the gate by his wife and two daughters.", [HR], E, None),
    ("plain", "The PLA's Eastern Theater Command quietly dropped a large exercise it had scheduled for the week of the summit, according to Taiwanese security officials.", [TW, MIL], E, None),
    ("plain", "Chinese and American drug investigators traded case files on a Sinaloa-linked money broker in Guangzhou, and his arrest followed within days.", [CN], E, None),
    ("plain", "A joint operation by Chinese police and Homeland Security Investigations took apart a ring that shipped pill presses from Zhejiang to Arizona.", [CN], E, None),
    ("plain", "The two coast guards worked side by side in the North Pacific to board a stateless vessel fishing illegally with drift nets.", [MIL], E, None),
    ("plain", "A U.S. Navy ship made a port call in Hong Kong for the first time in years, and its sailors were allowed ashore.", [MIL], E, None),
    ("plain", "Soybean loadings for Chinese buyers at Gulf ports picked up sharply in December, with 14 cargoes booked in a single week.", [TR], E, None),
    ("plain", "China's commerce ministry took three American defense-related firms off its export control list, a change first noticed by trade lawyers.", [TR, MIL], E, None),
    ("plain", "Nvidia's chief executive was received by Vice Premier He Lifeng in Beijing a week after Washington cleared H20 sales, and the two talked about further investment.", [TE, TR], E, None),
    ("plain", "Chinese and U.S. researchers published a joint dataset on methane leaks from coal mines, the first product of the working group set up at Sunnylands.", [CL], E, None),
    ("plain", "Liu Zhenmin toured a carbon-capture plant in Texas and a solar farm in California during a week-long visit hosted by the State Department in 2024.", [CL, DI], E, None),
    ("plain", "China abstained rather than using its veto, allowing the U.S.-drafted Security Council resolution on a stabilization force for Gaza to pass.", [ME], E, None),
    ("plain", "Chinese and American naval officers exchanged contact details and radio frequencies for their Red Sea escort flotillas at a meeting in Djibouti.", [ME, MIL], E, None),
    ("plain", "The Chinese consulate in Los Angeles began taking walk-in visa applications from American tourists, and waiting times fell from weeks to days.", [DI], E, None),
    ("plain", "U.S. and Chinese officials held a second session of their AI dialogue in Beijing and spent most of the day on how to test models for biological-weapons risks.", [TE, DI], E, None),
    ("plain", "Prosecutors in Shanghai dropped the case against a Chinese-American businessman, and he was on a flight to New York the same week.", [HR], E, None),
    ("plain", "The first Boeing 737 Max bound for a Chinese airline in eight months left the Zhoushan delivery center on Monday.", [TR], E, None),
    ("plain", "\u201cIt was the most relaxed I have seen the Chinese side in years,\u201d one American participant said after the dinner.", [DI], E, None),
    ("plain", "Restrictions on poultry from Kentucky, Georgia and Arkansas were lifted by China's customs administration after U.S. inspectors supplied new bird flu data.", [TR], E, None),

    # ------------------------------------------------------------------
    # Plain sentences: neutral (background that mentions conflict,
    # mixed sentences, scheduling, market data, analysis)
    # ------------------------------------------------------------------
    ("plain", "The Taiwan Relations Act, passed in 1979, obliges Washington to provide the island with arms of a defensive character.", [TW, MIL], N, None),
    ("plain", "The 2001 Hainan Island incident, in which a U.S. spy plane collided with a Chinese fighter, remains the template for how both militaries think about a crisis in the air.", [MIL], N, None),
    ("plain", "The tariffs that the first Trump administration imposed on Chinese goods in 2018 and 2019 were kept in place by Mr. Biden.", [TR], N, None),
    ("plain", "Xinjiang grows most of China's cotton, and the region has been at the center of forced-labor allegations since 2018.", [HR, TR], N, None),
    ("plain", "Washington announced new curbs on chipmaking tools on the same day that Beijing approved a batch of rare-earth licenses, leaving analysts unsure which way the relationship was heading.", [TE, TR], N, None),
    ("plain", "A week that began with a warm phone call between the presidents ended with a new round of penalties on Chinese refiners that buy Iranian oil.", [DI, ME, TR], N, None),
    ("plain", "China's special envoy for the Middle East has visited the region four times since October 2023, most recently in February.", [ME, DI], N, None),
    ("plain", "Soybean futures in Chicago ended the session little changed as traders waited for weekly export sales data from the Agriculture Department.", [TR], N, None),
    ("plain", "Fentanyl precursors are cheap to make, easy to disguise and often shipped in small parcels, which makes them hard to intercept at any border.", [CN], N, None),
    ("plain", "The Pentagon's annual report on Chinese military power is required by Congress and has been published every year since 2000.", [MIL], N, None),
    ("plain", "Beijing's approach to the Houthis has been to condemn attacks on shipping in general terms while avoiding any step that would put its own vessels at risk.", [ME], N, None),
    ("plain", "Whether the truce survives into 2027 may depend less on tariffs than on how each side handles the next crisis over Taiwan, in the view of several former negotiators.", [TR, TW], N, None),
    ("plain", "The cases of the detained Americans differ widely, from alleged espionage to commercial disputes that turned into criminal charges.", [HR], N, None),
    ("plain", "Officials described the AI session as a chance to lay out positions, and neither side went in expecting concrete outcomes.", [TE, DI], N, None),
    ("plain", "Taiwan's opposition-controlled legislature has cut or frozen parts of the island's defense budget twice since 2024.", [TW, MIL], N, None),
    ("plain", "The Chinese readout ran to 1,200 words, four times the length of the American one, and gave a whole paragraph to Taiwan.", [DI, TW], N, None),
    ("plain", "Importers note: 164 Section 301 exclusions lapse on May 31 absent USTR action, and renewal comments are due by April 15.", [TR], N, None),
    ("plain", "Huawei's Ascend AI chips are made largely by SMIC, which has been on the entity list since 2020.", [TE], N, None),
    ("plain", "It would be a mistake to read too much into one cordial dinner, because the structural rivalry between the two powers has not gone anywhere.", [DI], N, None),
    ("plain", "Methane is responsible for roughly a third of the warming since the industrial revolution, according to the U.N. Environment Programme.", [CL], N, None),
    ("plain", "The ceasefire between Israel and Hamas was brokered with help from Egypt, Qatar and Turkey and gives no formal role to China.", [ME], N, None),
]

KINDS = {"commitment", "negation", "demand", "monitoring", "desire",
         "earlier_pledge", "threat", "hedge", "boilerplate", "plain"}


def make_row(i, kind, text, topics, tension, actor):
    assert kind in KINDS, kind
    return {
        "id": f"s{i:04d}",
        "split": "tune",
        "text": text,
        "topics": topics,
        "tension": tension,
        "boilerplate": kind == "boilerplate",
        "commitment": kind == "commitment",
        "actor": actor if kind == "commitment" else None,
        "kind": kind,
    }


def main():
    rows = [make_row(i, *t) for i, t in enumerate(DATA, 1)]
    # Seeded, stratified holdout draw (random.Random(7)). Strata are
    # (kind, tension, first topic); items are shuffled within each stratum,
    # the strata are laid end to end in sorted order, and every 4th item
    # (from a random offset) goes to holdout. This gives exactly ~25% and
    # spreads the holdout over kinds, tension values and topics.
    rng = random.Random(7)
    strata = {}
    for r in rows:
        key = (r["kind"], r["tension"], r["topics"][0] if r["topics"] else "")
        strata.setdefault(key, []).append(r)
    ordered = []
    for key in sorted(strata):
        group = strata[key][:]
        rng.shuffle(group)
        ordered.extend(group)
    offset = rng.randrange(4)
    for i, r in enumerate(ordered):
        if (i + offset) % 4 == 0:
            r["split"] = "holdout"
    # ADDED rows come after the draw: ids continue after DATA, always "tune".
    rows += [make_row(i, *t) for i, t in enumerate(ADDED, len(DATA) + 1)]
    out = Path(__file__).with_name("sentences.jsonl")
    with out.open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} sentences to {out}")


if __name__ == "__main__":
    main()
