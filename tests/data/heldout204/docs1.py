from build import build
build("peso_crisis_factbox", "text", {"title": "Key dates in Valdoria's peso crisis", "publication_date": "2024-03-08", "style": "wire-agency factbox, ascending, year carried and rolled over"}, """Key dates in Valdoria's peso crisis

MERIDA CITY, March 8 (Northline Wire) - The Valdorian peso hit a record low on Friday. Here are key dates in the crisis that began two years ago.

2022

{{2022-04-12|-|-|10}}April 12, 2022 - The central bank raises its benchmark rate to 9.5 percent, the first increase since 2019, as inflation reaches 14 percent.

{{2022-06|-|-|11}}June - Finance Minister Aurelio Benct says the peg of 4.20 pesos per dollar, in force since 1998, "will not be touched."

{{2022-09-30|-|-|11}}Sept. 30 - Ratings agency Corvex cuts Valdoria to B-minus, citing $11 billion in short-term debt due by 2025.

{{2022-11-14|-|2022-11-18|11}}Nov. 14-18 - Depositors withdraw about 6 percent of dollar savings in a single week.

{{2022-12-31|-|-|11}}Dec. 31 - The government announces capital controls limiting transfers abroad to $2,000 a month.

2023

{{2023-01-03|-|-|11}}Jan. 3 - Banks reopen after the holiday with long queues outside branches on Route 9 in the capital.

{{2023-02-20|-|-|11}}Feb. 20 - The central bank abandons the peg. The peso falls 31 percent on the day, to 6.05 per dollar.

{{2023-02-21|-|-|11}}The next day, President Ilse Moravec goes on television to ask Valdorians to "keep faith in the peso."

{{2023-05|START|-|11}}Early May - Talks open with the International Stabilisation Fund on a loan programme.

{{2023-07-19|-|-|11}}July 19 - The fund approves a $7.4 billion, 36-month loan; the first tranche is set for Sept. 1.

{{2023-SU|-|-|11}}Summer - Inflation peaks at 61 percent, the highest since the 1980s.

{{2023-11-05|-|-|11}}Nov. 5 - Benct resigns after street protests in three cities. He is replaced by former banker Teodor Lisk.

2024

{{2024-01-26|-|-|11}}Jan. 26 - Lisk unveils a budget cutting fuel subsidies by 40 percent.

{{2024-03-08|-|-|11}}Friday - The peso trades at 11.80 per dollar, a record low, after the fund delays a review.

(Reporting by Tomas Hrebik; Editing by Jane Ollery)
(c) Northline Wire 2024. All rights reserved. Republication is expressly prohibited.
""")

build("rimfire_live", "html", {"title": "Live: Cedar Basin fire forces thousands from their homes", "publication_date": "2025-08-14", "style": "broadcaster live page, newest first, time stamps and day headings without years"}, """<!DOCTYPE html>
<html><head><title>Live: Cedar Basin fire forces evacuations | KVRN News</title></head>
<body>
<div class="cookie">We use cookies to improve your experience. <button>Accept all</button> <button>Manage</button></div>
<nav><a href="/">KVRN News</a> | <a href="/weather">Weather</a> | <a href="/traffic">Traffic</a></nav>
<h1>Live: Cedar Basin fire forces thousands from their homes</h1>
<p class="byline">By Marisol Quent and Dev Arland, KVRN News. Last updated 14 August 2025, 18:05</p>
<p class="share">Share on Facebook | Share on X | Copy link</p>
<h2>Thursday 14 August</h2>
<article><p class="time">17:40</p><p>{{2025-08-14|-|-|01}}Evacuation orders for Pine Hollow and Stoke Ridge have been lifted, the county sheriff says. Residents can return from 8 p.m. but Highway 38 stays closed.</p></article>
<article><p class="time">14:15</p><p>{{2025-08-14|-|-|01}}Fire officials say the blaze is now 45 percent contained after crews held the line overnight near Miller Gap.</p></article>
<article><p class="time">09:02</p><p>{{2025-08-14|-|-|01}}Our reporter at the Fairview High School shelter says about 300 people slept there last night. Anyone needing a bed can call 555-0142.</p></article>
<h2>Wednesday 13 August</h2>
<article><p class="time">21:30</p><p>{{2025-08-13|-|-|01}}The governor has declared a state of emergency for Larch County, freeing state funds. She said a 2019 law allows the National Guard to help.</p></article>
<article><p class="time">16:10</p><p>{{2025-08-13|-|-|11}}Winds gusting to 50 mph pushed the fire across Route 12 this afternoon, officials said, prompting new orders.</p>
<p>{{2025-08-13|-|-|01}}Residents of Stoke Ridge were told to leave immediately. About 4,200 homes are in the zone.</p></article>
<article><p class="time">07:45</p><p>{{2025-08-13|-|-|01}}The fire has now burned 18,000 acres, double the figure given at dusk yesterday.</p></article>
<aside class="newsletter"><p>Get the KVRN morning briefing in your inbox. <a href="/signup">Sign up</a></p></aside>
<article><p class="time">06:50</p><p>{{2025-08-13|-|-|01}}Schools in the Larch Valley district will stay closed until further notice, the superintendent said.</p></article>
<h2>Tuesday 12 August</h2>
<article><p class="time">22:10</p><p>{{2025-08-12|-|-|01}}Red Cross volunteers have opened a second shelter at the county fairgrounds, which can take 500 people and pets.</p></article>
<article><p class="time">19:20</p><p>{{2025-08-12|-|-|01}}The first mandatory evacuation order was issued for Pine Hollow, a community of about 1,100 people.</p></article>
<article><p class="time">13:05</p><p>{{2025-08-12|-|-|01}}Fire crews from three counties have been sent to the scene. Cal-Tri Air tankers are dropping retardant.</p></article>
<article><p class="time">08:30</p><p>{{2025-08-11|-|-|11}}The fire was first reported on Monday afternoon by a hiker near the Cedar Basin trailhead, the forest service says. The cause is under investigation.</p></article>
<section class="related"><h3>Related stories</h3><ul>
<li><a href="/a1">Larch County fire season: how 2021 changed the rules</a> (3 June 2025)</li>
<li><a href="/a2">What to pack if you are told to evacuate</a> (29 July 2025)</li></ul></section>
<footer><p>Copyright 2025 KVRN Broadcasting. All rights reserved.</p></footer>
</body></html>
""")
