from build import build
build("juniper_fire_longread", "text", {"title": "Nine days in September: how Juniper Flats emptied", "publication_date": "2023-10-02", "style": "newspaper long read with dated paragraphs, weekdays, 'the next day', undated continuation and commentary paragraphs"}, """THE VALLEY COURIER

Nine days in September: how Juniper Flats emptied

By Orrin Calloway | Published October 2, 2023 | Updated 11:20 a.m.

Share this article: Facebook  X  Email

Two years on, the people of Juniper Flats still argue about the order that came too late. This account is drawn from dispatch logs, interviews with 41 residents and the county's own review.

{{2021-09-04|-|-|10}}The first smoke was spotted on Saturday, Sept. 4, 2021, from the lookout on Gable Peak, about 14 miles east of town.

{{2021-09-04|-|-|01}}Crews thought it would be a one-day fire. It was burning in grass that had not seen rain since May.

{{2021-09-05|-|-|11}}The next day, a wind shift pushed it over the ridge and into timber.

{{2021-09-06|-|-|11}}On Monday, Sept. 6, which was Labor Day, the county issued a warning, not an order, for the 2,300 residents of Juniper Flats.

{{2021-09-07|-|-|11}}The evacuation order came at 3:40 a.m. on Tuesday. Sheriff's deputies drove the streets with sirens, and many residents left in the clothes they slept in.

{{2021-09-07|-|-|01}}State Route 17, the only paved way out, jammed within an hour. Some families waited four hours to cover six miles.

{{2021-09-10|-|-|11}}By Friday, the fire had burned 212 homes, the school and the post office, which had stood since 1934.

{{2021-09-12|-|-|11}}Two days later, rain arrived, and crews declared the fire 70 percent contained.

{{-|-|-|00}}Nobody I spoke to blames the firefighters. What they question is the gap between a warning and an order, and who decided to wait.

{{2022-03|-|-|10}}In March 2022, the county's review found that dispatchers had recommended an order 19 hours earlier than it was given.

{{2022-03|-|-|01}}The sheriff at the time, Dale Hoskins, has said he followed the rules then in force.

{{2023-05|-|-|10}}A state law passed in May 2023 now requires an order when a fire comes within five miles of a town with one exit road.

{{2023-09-30|-|-|11}}On Saturday, residents gathered at the rebuilt school to mark the second anniversary.

Read more: Rebuilding Juniper Flats, one permit at a time (June 14, 2023)

Comments (12)
Leave a Reply
Your email address will not be published. Required fields are marked *
Please solve: 73 + _ = 75

(c) 2023 The Valley Courier. All rights reserved.
""")

build("peso_crisis_table", "markdown", {"title": "Valdoria peso crisis: a timeline in figures", "publication_date": "2024-03-11", "style": "markdown pipe table, descending, dates without year in rows, year rolled back across rows"}, """# Valdoria peso crisis: a timeline in figures

*Data desk, The Meridian Ledger. Published 11 March 2024.*

Newest first. Exchange rates are pesos per US dollar at the close.

| Date | What happened | Rate |
|------|---------------|------|
| 8 Mar 2024 | {{2024-03-08|-|-|10}}Peso closes at a record low after the fund delays its review | 11.80 |
| 26 Jan | {{2024-01-26|-|-|11}}Budget cuts fuel subsidies by 40 percent, effective April 1 | 10.95 |
| 5 Nov | {{2023-11-05|-|-|11}}Finance minister resigns after protests in three cities | 9.70 |
| 19 Jul | {{2023-07-19|-|-|11}}Fund approves a 7.4 billion dollar, 36-month loan | 8.10 |
| Early May | {{2023-05|START|-|11}}Loan talks open with the stabilisation fund | 7.35 |
| 20 Feb | {{2023-02-20|-|-|11}}Central bank abandons the 4.20 peg held since 1998 | 6.05 |
| 3 Jan | {{2023-01-03|-|-|11}}Banks reopen to long queues after the holiday | 4.20 |
| 31 Dec 2022 | {{2022-12-31|-|-|10}}Capital controls cap transfers abroad at 2,000 dollars a month | 4.20 |
| 30 Sep | {{2022-09-30|-|-|11}}Rating cut to B-minus on 11 billion dollars of short-term debt | 4.20 |
| 12 Apr | {{2022-04-12|-|-|11}}First rate rise since 2019 takes the benchmark to 9.5 percent | 4.20 |

Source: central bank of Valdoria, Meridian Ledger reporting.

**Related:** [Explainer: why the peso keeps falling](#) (8 March 2024)

Copyright 2024 The Meridian Ledger.
""", nwords=10)

build("hittite_study_guide", "text", {"title": "Ancient Anatolia study guide: the Hittites, key dates", "publication_date": "2024-09-15", "style": "study-guide list, descending (latest first), BC era stated once at the top, ranges with slash and dash"}, """ANCIENT HISTORY 201 - UNIT 4 STUDY GUIDE
The Hittites: key dates to learn (latest first, all BC)

Ms. Verhoeven's class, revised September 2024. Quiz on Friday!

{{BC1180|APPROX|-|11}}1) c. 1180: Fall of Hattusa; the capital is burned and abandoned.
{{BC1190|APPROX|-|11}}1b) c. 1190: Ugarit writes to the Hittite king asking for grain during famine.
{{BC1207|-|-|11}}2) 1207: Suppiluliuma II fights a sea battle off Cyprus, the last recorded Hittite victory.
{{BC1237|-|BC1209|11}}3) 1237-1209: Reign of Tudhaliya IV, who builds the rock shrine at Yazilikaya.
{{BC1259|-|BC1258|11}}4) 1259/1258: Peace treaty with Egypt; copies survive in Hittite and Egyptian.
{{BC1274|-|-|11}}5) 1274: Battle of Kadesh against Ramesses II. Both sides claim victory.
{{BC1300|APPROX|-|11}}5b) c. 1300: Mursili II records his ten-year annals of campaigns.
{{BC1322|-|-|11}}6) 1322: Death of Suppiluliuma I in an epidemic.
{{BC1595|-|-|11}}7) 1595: Mursili I raids Babylon. Remember: about 1,200 miles from Hattusa!
{{BC1620|APPROX|-|11}}7b) c. 1620: Hattusili I dies; Mursili I, his grandson, takes the throne.
{{BC1650|APPROX|-|11}}8) c. 1650: Hattusili I founds the Old Kingdom at Hattusa.
{{BC1750|APPROX|-|11}}9) About 1750: Anitta of Kussara destroys Hattusa and curses the site.

Tip: 3 out of 10 quiz questions will be on dates. Study page 112 of the textbook.
""", nwords=10)
