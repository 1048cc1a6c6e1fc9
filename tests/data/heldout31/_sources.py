S = []
S.append(("agency_brexit_keydates", "txt", {"title": "Key dates in Britain's exit from the EU", "publication_date": "2020-01-31", "style": "wire-agency factbox (UK/EU), dash section heads, year in first entry of each block, 'on Friday' against publication date"},
"""Key dates in Britain's exit from the EU

LONDON, Jan 31 (Agency) - Britain leaves the European Union at 2300 GMT on Friday, ending 47 years of membership. Here are the main steps since the referendum.

- THE VOTE -

§2016-06-23|||10§On June 23, 2016, Britons vote by 51.9 percent to 48.1 percent to leave the bloc, a first since the 1975 referendum on membership.

§2016-06-24|||11§The next day Prime Minister David Cameron announces he will step down.

§2016-07-13|||11§Theresa May takes office on July 13.

- ARTICLE 50 -

§2017-01-17|||10§In a speech on January 17, 2017, May says Britain will leave the single market.

§2017-03-29|||10§On March 29, 2017, London formally triggers Article 50 of the Lisbon Treaty, starting a two-year countdown set to end on March 29, 2019.

§2017-06-08|||11§May loses her majority in a snap election on June 8. §2017-06-19|||11§Negotiations with Brussels open on June 19.

- DEAL AND DELAYS -

§2018-11-25|||10§EU leaders endorse the withdrawal agreement on November 25, 2018.

§2019-01-15|||11§On January 15 the following year, MPs reject the deal by 432 votes to 202, the heaviest government defeat in modern times.

§2019-03-29|||11§The original exit date of March 29 passes after MPs reject the deal for a third time that day.

§2019-04-10|||11§At a summit on April 10, the EU grants an extension until October 31.

§2019-07-24|||11§Boris Johnson succeeds May on July 24 after winning the Conservative leadership.

§2019-10-17|||11§A revised agreement is struck in Brussels on October 17, §2019-12-12|||11§and Johnson wins an 80-seat majority in an election on December 12.

§2020-01-23|||11§The withdrawal bill receives royal assent on January 23.

§2020-01-31|||11§Britain leaves on Friday; a transition period runs until December 31.

(Compiled by the London newsroom; editing by the Europe desk)

Our Standards: The Trust Principles.
"""))

S.append(("wiki_timeline_apollo", "md", {"title": "Timeline of the Apollo program", "publication_date": "2024-05-02", "style": "Wikipedia-style markdown, year section headings, month-day bullets without years, ranges, a 'See also' list and footnotes as furniture"},
"""# Timeline of the Apollo program

This is a timeline of the Apollo program of crewed lunar exploration run by NASA. Dates are given in UTC.

## 1961

- §1961-05-25|||11§May 25 – President John F. Kennedy asks Congress to commit to landing a man on the Moon before the decade is out.
- §1961-07|||11§July – NASA begins studying the lunar orbit rendezvous concept as an option.

## 1967

- §1967-01-27|||11§January 27 – A cabin fire during a launch rehearsal kills Gus Grissom, Ed White and Roger Chaffee.
- §1967-11-09|||11§November 9 – Apollo 4, the first uncrewed flight of the Saturn V, is launched.

## 1968

- §1968-10-11||1968-10-22|11§October 11–22 – Apollo 7 flies the first crewed Apollo mission in Earth orbit.
- §1968-12-21|||11§December 21 – Apollo 8 lifts off; §1968-12-24|||11§on December 24 its crew becomes the first to orbit the Moon.

## 1969

- §1969-07-16|||11§July 16 – Apollo 11 launches from Kennedy Space Center, Launch Complex 39A.
- §1969-07-20|||11§July 20 – Neil Armstrong and Buzz Aldrin land in the Sea of Tranquility.
- §1969-07-24|||11§July 24 – The crew splashes down in the Pacific Ocean.
- §1969-11-19|||11§November 19 – Apollo 12 makes a precision landing near Surveyor 3.

## 1970s

- §1970-04-13|||10§April 13, 1970 – An oxygen tank explodes aboard Apollo 13; the crew returns safely.
- §1971-07-31|||10§July 31, 1971 – Apollo 15 astronauts drive the first Lunar Roving Vehicle.
- §1972-12-14|||10§December 14, 1972 – Gene Cernan becomes the last person to leave the Moon's surface, a record unbroken since.

## See also

- Timeline of the Space Race (1957–1975)
- List of Apollo astronauts

## References

1. NASA History Office, Apollo chronology, 1978.
"""))

S.append(("profile_merkel", "md", {"title": "Profile: Angela Merkel", "publication_date": "2021-12-08", "style": "broadcaster profile page, bold year labels, age and phone-number traps, share/newsletter furniture"},
"""# Profile: Angela Merkel

*By the Europe desk* | Share on Facebook | Share on X

Angela Merkel led Germany for 16 years and four governments. A trained physicist, she was often described as the most powerful woman in the world.

## Timeline

**1954** §1954-07-17|||10§Born Angela Kasner in Hamburg on 17 July; the family moves to East Germany weeks later.

**1978** §1978|||10§Awarded a doctorate in quantum chemistry in East Berlin, aged 24.

**1990** §1990-12|||10§Elected to the Bundestag in the first all-German elections in December, two months after reunification.

**1991** §1991-01|||10§Named minister for women and youth by Helmut Kohl in January.

**1998** §1998-11|||10§Becomes general secretary of the CDU in November, after Kohl's defeat.

**1999** §1999-12-22|||10§Publishes a newspaper article on 22 December urging the party to break with Kohl over a funding scandal.

**2000** §2000-04-10|||10§Becomes leader of the Christian Democratic Union (CDU) on 10 April, the first woman in the post.

**2005** §2005-11-22|||10§Sworn in as chancellor on 22 November at the age of 51.

**2008-2010** §2008||2010|10§Steers Germany through the financial crisis and the euro debt storm.

**2015** §2015-08-31|||10§Says "We can do this" (Wir schaffen das) on 31 August as more than a million asylum seekers arrive over the year.

**2018** §2018-10-29|||10§Announces in late October she will not seek re-election as party leader; the announcement came on 29 October.

**2021** §2021-12-08|||11§Hands over to Olaf Scholz today, bringing down the curtain on her era.

Her legacy will be debated for years.

---

**Sign up for our morning newsletter.** Call the newsroom on 020 7946 0321.

Related: [Scholz sworn in (8 Dec 2021)](#) | [Merkel's last summit (22 Oct 2021)](#)
"""))

S.append(("live_storm_ciara", "html", {"title": "Live: Storm batters northern coast - latest updates", "publication_date": "2023-11-03", "style": "HTML live blog, newest first, clock-time posts without dates, 'yesterday'/'this morning' relative to publication date, furniture: nav, share, comment form with captcha"},
"""<!DOCTYPE html>
<html><head><title>Live: Storm batters northern coast</title></head>
<body>
<nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/weather">Weather</a></nav>
<h1>Live: Storm batters northern coast - latest updates</h1>
<p class="byline">Updated Friday 3 November 2023 | By our live team</p>
<div class="live">
<div class="post"><span class="time">17:55</span><p>§2023-11-03|||01§The Prime Minister says she will visit the worst-hit areas on Saturday.</p></div>
<div class="post"><span class="time">16:40</span><p>§2023-11-03|||01§Rail operator says services on the coastal line will resume on Monday at the earliest.</p></div>
<div class="post"><span class="time">14:05</span><p>§2023-11-03|||01§Police confirm a second death: a man in his 60s was hit by a falling tree on Route 66 near Kelby.</p></div>
<div class="post"><span class="time">11:20</span><p>§2023-11-03|||01§About 1,500 homes remain without power, the grid operator says. Call 0800 555 0199 to report outages.</p></div>
<div class="post"><span class="time">09:00</span><p>§2023-11-03|||11§Schools across the county have been closed this morning.</p></div>
<div class="post"><span class="time">07:30</span><p>§null|||00§Analysis: our weather editor says storms like this will be more common by 2050.</p></div>
<div class="post"><span class="time">Thursday 22:15</span><p>§2023-11-02|||11§The Met Office upgraded its warning to red late on Thursday.</p></div>
<div class="post"><span class="time">Yesterday 18:00</span><p>§2023-11-02|||11§Ferries to the islands were cancelled yesterday evening.</p></div>
<div class="post"><span class="time">Thursday 15:10</span><p>§2023-11-02|||11§The harbour wall at Sennet was breached on Thursday afternoon, flooding 30 homes.</p></div>
<div class="post"><span class="time">Thursday 12:00</span><p>§2023-11-02|||01§The county council opened two rest centres for evacuated residents.</p></div>
<div class="post"><span class="time">Wed 1 Nov</span><p>§2023-11-01|||11§The storm was named on 1 November, the third of the season.</p></div>
<div class="post"><span class="time">Tue 31 Oct</span><p>§2023-10-31|||11§Forecasters first warned of a deep low on Tuesday, issuing a yellow alert until 2 November.</p></div>
</div>
<aside><h3>Related</h3><ul><li><a href="#">Floods hit valley (12 Oct 2023)</a></li><li><a href="#">Record rainfall in 2020</a></li></ul></aside>
<form class="comments"><label>Leave a comment</label><textarea></textarea><label>4 + _ = 11</label><input name="captcha"></form>
<footer>&copy; 2023 Northern News Ltd. All rights reserved.</footer>
</body></html>
"""))

S.append(("yearreview_harwick", "txt", {"title": "Harwick 2023: the year in review", "publication_date": "2023-12-29", "style": "local-news year in review, month headings without year, year only in title, seasons, scores, commentary lines"},
"""HARWICK 2023: THE YEAR IN REVIEW
By Claire Donnelly, Harwick Gazette | December 29, 2023

What a year it has been for our town. Here is a look back, month by month.

JANUARY
§2023-01|||01§The new library on Mill Street opened its doors, five years after the old one closed in 2018.

FEBRUARY
§2023-02|||01§Harwick Rovers beat Eastfield 2-1 in the county cup, their first cup win since 1990.

MARCH
§2023-03-14|||11§On the 14th, the council approved a 3.2% rise in council tax.

APRIL
§2023-04|||01§Flooding on the River Leen forced 40 families from their homes. Many had still not returned by summer.

SUMMER
§2023-SU|||01§The heatwave brought record crowds to the lido, which celebrated its 90th birthday (it was founded in 1933).

JULY
§2023-07-22|||11§Saturday the 22nd saw 12,000 people at the Harwick Festival.

AUGUST
§2023-08|MID||11§In mid-August, a fire destroyed the old cinema on Bridge Road, empty since 2009.

SEPTEMBER
§2023-09-04|||11§Pupils moved into the rebuilt St Anne's primary on Monday 4 September.

OCTOBER
§2023-10|END||11§In late October, the bypass finally opened to traffic, 14 months behind schedule.

NOVEMBER
§2023-11-19|||11§Long-serving mayor Peter Hale died on November 19, aged 81. §2023-11-26|||11§A week later, hundreds lined the streets for his funeral.

DECEMBER
§2023-12-02|||11§The Christmas lights were switched on on the first Saturday of the month.
§2023-12|||01§The food bank reported its busiest fortnight ever.

We wish all our readers a happy new year.

Got a story? Email news@harwickgazette.example or call 01632 960 455.
(c) 2023 Harwick Gazette
"""))

S.append(("university_history_table", "html", {"title": "Our history - Northvale University", "publication_date": "2024-09-01", "style": "institutional history page, HTML table year|event among nav, cookie banner, footer; decades, c. dates, ranges"},
"""<html><head><title>Our history | Northvale University</title></head><body>
<div class="cookie">We use cookies. <a href="#">Accept</a> <a href="#">Settings</a></div>
<nav><a href="/">Home</a> <a href="/study">Study</a> <a href="/research">Research</a> <a href="/about">About</a></nav>
<h1>Our history</h1>
<p>From a small school of mines to a university of 21,000 students, Northvale has grown with its region.</p>
<table class="history">
<tr><th>Year</th><th>Milestone</th></tr>
<tr><td>c. 1851</td><td>§1851|APPROX||10§Mining engineers begin evening classes above a chemist's shop on Market Street.</td></tr>
<tr><td>1872</td><td>§1872|||10§The Northvale School of Mines receives its royal charter.</td></tr>
<tr><td>1890s</td><td>§189X|||10§New laboratories are built on the hill site, still in use today.</td></tr>
<tr><td>1914–1918</td><td>§1914||1918|10§Around 300 students and staff serve in the First World War.</td></tr>
<tr><td>1921</td><td>§1921|||10§The first women are admitted to degree courses.</td></tr>
<tr><td>1948</td><td>§1948|||10§Merges with the Northvale Technical College, founded in 1907.</td></tr>
<tr><td>1966</td><td>§1966|||10§University status is granted; the first chancellor is installed in October.</td></tr>
<tr><td>Early 1980s</td><td>§198X|START||10§Funding cuts force the closure of the mining department.</td></tr>
<tr><td>1969</td><td>§1969-11-20|||10§Students occupy the administration building on 20 November for 11 days.</td></tr>
<tr><td>1995</td><td>§1995|||10§The medical school opens with 120 students.</td></tr>
<tr><td>2012–2016</td><td>§2012||2016|10§A £200m campus redevelopment adds the Riverside Library.</td></tr>
<tr><td>2020</td><td>§2020-03|||10§Teaching moves online in March as campuses close.</td></tr>
<tr><td>2022</td><td>§2022-09|||10§The Centre for Clean Energy opens in September.</td></tr>
<tr><td>2024</td><td>§2024|||10§Ranked in the global top 200 for the first time.</td></tr>
</table>
<p>Northvale remains proud of its mining roots.</p>
<aside><h3>News</h3><ul><li><a href="#">Graduation 2024: dates announced (15 July 2024)</a></li><li><a href="#">New vice-chancellor appointed (3 June 2024)</a></li></ul></aside>
<footer>Northvale University, Registered charity no. 1150238 | Tel +44 113 496 0722 | &copy; 2024</footer>
</body></html>
"""))

S.append(("ancient_rome_republic", "md", {"title": "The Roman Republic: a chronology", "publication_date": "2022-03-10", "style": "history-blog list, ascending BC years with 'BC' stated on some lines, slash years, c. dates, centuries, then AD"},
"""# The Roman Republic: a chronology

*A study guide for our ancient history readers.* Dates before the first century BC are traditional and uncertain.

- §BC0509|APPROX||10§c. 509 BC: The last king, Tarquin the Proud, is expelled and the Republic is founded.
- §BC0494|||10§494 BC: First secession of the plebs; the tribunes are created.
- §BC0451||BC0450|11§451/450: The Twelve Tables are drawn up.
- §BC0390|||10§390 BC (or 387): Gauls under Brennus sack Rome.
- §BC0264||BC0241|11§264–241: First Punic War against Carthage.
- §BC0216|||10§216 BC: Hannibal crushes the Romans at Cannae; some 50,000 are said to have died.
- §BC0146|||11§146: Carthage and Corinth are destroyed in the same year.
- §BC0133|||11§133: Tiberius Gracchus is killed as tribune.
- §BC0088||BC0082|10§88–82 BC: civil war between Marius and Sulla.
- §BC0073||BC0071|10§73–71 BC: The slave revolt led by Spartacus.
- §BC0063|||11§63: Cicero, as consul, exposes the Catiline conspiracy.
- §BC0049-01-10|||11§10 January 49: Caesar crosses the Rubicon.
- §BC0044-03-15|||10§On the Ides of March, 44 BC, Caesar is assassinated in the Senate.
- §BC0031-09-02|||11§2 September 31: Octavian defeats Antony and Cleopatra at Actium.
- §BC0027|||10§27 BC: Octavian takes the name Augustus; historians date the end of the Republic here.
- §0014-08-19|||10§AD 14, 19 August: Augustus dies at Nola, aged 75.

The Republic's institutions lived on in name for centuries.

*Further reading: Mary Beard, SPQR (2015).*
"""))

S.append(("explainer_rail_strike", "txt", {"title": "Rail strike explained: how we got here", "publication_date": "2024-02-14", "style": "explainer written against the publication date (Wednesday 14 Feb 2024): 'last week', 'on Monday', 'last year', 'two years ago'; distractor future dates"},
"""Rail strike explained: how we got here
Wednesday 14 February 2024 | 5 min read | Share

Trains across the country are standing still today for the third time this winter. Here's how the dispute developed.

§2022|||11§Two years ago, the union first balloted its members over pay, after a 2019 deal expired.

§2023-SP|||11§Last spring, talks collapsed when operators tabled a 4% offer covering 2023-2025.

§2023-09-07|||11§On September 7 the government imposed a 5% deal, which the union rejected within hours.

§2023-11|||11§In November, members voted 9 to 1 for strikes lasting up to six months.

§2023-12-12|||11§The first walkout followed on December 12, §2024-01-18|||11§and a second on January 18.

§2024-W06|||11§Last week, ministers proposed a law on minimum service levels, set to take effect in 2026.

§2024-02-09|||11§Last Friday, the transport secretary refused to meet union leaders.

§2024-02-12|||11§On Monday, last-ditch talks at the conciliation service broke down after nine hours.

§2024-02-14|||11§Today's strike is the biggest yet, with 80% of services cancelled.

§2024-02-14|||11§This morning the union said its executive will set further dates tomorrow.

§null|||00§Passengers have little sympathy left for either side, polls suggest.

Read more: Strike dates calendar | What are my refund rights?
"""))

S.append(("space_jwst_timeline", "html", {"title": "James Webb Space Telescope: mission timeline", "publication_date": "2022-07-12", "style": "science-site HTML list with <strong> dates, numeric and abbreviated dates, 'L+30 days' style relative lines, newsletter box"},
"""<html><body>
<header><a href="/">SpaceWire</a> <a href="/missions">Missions</a> <a href="/subscribe">Subscribe</a></header>
<article>
<h1>James Webb Space Telescope: mission timeline</h1>
<p class="byline">By the SpaceWire staff &middot; 12 July 2022</p>
<p>The $10bn observatory was first proposed in 1996 and was once meant to fly in 2007.</p>
<h2>Development</h2>
<ul>
<li><strong>Sept. 2002</strong> &ndash; §2002-09|||10§NASA picks the prime contractor and names the telescope after a former administrator.</li>
<li><strong>2004</strong> &ndash; §2004|||10§Construction of flight hardware begins.</li>
<li><strong>July 2011</strong> &ndash; §2011-07|||10§A House committee proposes cancelling the project over cost overruns.</li>
<li><strong>27.03.2018</strong> &ndash; §2018-03-27|||10§Launch slips again, to 2020, after a review finds problems with the sunshield.</li>
</ul>
<h2>Launch and commissioning</h2>
<ul>
<li><strong>22/12/2021</strong> &ndash; §2021-12-22|||10§Launch is pushed back by three days because of high winds in Kourou.</li>
<li><strong>Dec. 25, 2021</strong> &ndash; §2021-12-25|||10§Lift-off on an Ariane 5 from Kourou, French Guiana.</li>
<li><strong>Jan. 4</strong> &ndash; §2022-01-04|||11§The five-layer sunshield is fully tensioned.</li>
<li><strong>Jan. 8</strong> &ndash; §2022-01-08|||11§The primary mirror finishes unfolding.</li>
<li><strong>Thirty days after launch</strong> &ndash; §2022-01-24|||11§Webb arrives at its orbit around the second Lagrange point, 1.5 million km from Earth.</li>
<li><strong>Mid-February</strong> &ndash; §2022-02|MID||11§Mirror alignment begins; the first image of a single star is released.</li>
<li><strong>Early June</strong> &ndash; §2022-06|START||10§A micrometeoroid strikes one of the mirror segments, causing minor damage.</li>
<li><strong>A week ago</strong> &ndash; §2022-07-05|||11§NASA publishes the list of the first five targets.</li>
<li><strong>Yesterday</strong> &ndash; §2022-07-11|||11§President Joe Biden unveils the first full-colour image, the deep field SMACS 0723.</li>
<li><strong>Today</strong> &ndash; §2022-07-12|||11§The full set of first images is published.</li>
</ul>
<p>Fuel on board should last for more than 20 years.</p>
</article>
<div class="newsletter"><h3>Get the SpaceWire weekly</h3><p>Every Friday in your inbox.</p><input type="email"></div>
<footer>&copy; 2022 SpaceWire Media. Launch schedule correct as of 1 July 2022.</footer>
</body></html>
"""))

S.append(("sports_season_recap", "txt", {"title": "Season review: how Kestrel City won the league", "publication_date": "2025-05-26", "style": "sports blog recap, season straddling two years (rollover), scores, ages, weekdays, matchday numbers, comment box"},
"""SEASON REVIEW: HOW KESTREL CITY WON THE LEAGUE
Posted by terraceview | 26 May 2025 | 14 comments

Nobody tipped us in August. Here's how it happened.

§2024-08-17|||11§Aug 17 - We open with a 3-0 win at home to Dunmore, new signing Luca Ferri (21) scoring twice.

§2024-08-31|||11§Aug 31 - First defeat, 1-2 at Portside, after a red card in the 10th minute.

§2024-09-28|||11§Sep 28 - Derby day: 2-2 with Rovers in front of 31,400, our biggest crowd since 1998.

§2024-10|||11§October - Four straight wins take us top after matchday 10.

§2024-11-09|||11§Nov 9 - Captain Sam Okafor breaks his leg; he is out for five months.

§2024-11-16|||11§A week later we lose 0-4 at Ashford, the low point of the season.

§2024-12-26|||11§Boxing Day - A 5-1 demolition of Westbay puts us back on top.

§2025-01-01|||11§Jan 1 - Another win, 2-0 at Hollins, to start the new year.

§2025-01|END||11§Late January - Ferri signs a new deal, running until June 2029.

§2025-02-12|||11§12/2 - Midweek draw at Carrow; the manager calls it "two points dropped".

§2025-03-08|||11§Saturday 8 March - Okafor returns early, as a substitute in a 1-0 win.

§2025-04-21|||11§Easter Monday (April 21) - Rovers lose, opening a six-point gap.

§2025-05-03|||11§May 3 - The title is sealed with a 2-1 win at Dunmore; 5,000 fans travel.

§2025-05-25|||11§Last Sunday - The trophy is lifted after the final-day 3-3 draw.

What a ride. Same again next year?

LEAVE A COMMENT
Name: ______  Email: ______
Anti-spam: 3 + _ = 10
"""))

S.append(("longread_berlin_wall", "txt", {"title": "The night the Wall opened: a long read", "publication_date": "2019-11-09", "style": "newspaper long read with dated subheadings (weekday, day, month), year only in the intro, multi-paragraph sections with undated continuations, quotes and commentary"},
"""The night the Wall opened
Thirty years on, we retrace the autumn of 1989, day by day.

By Hanna Weiss, Berlin correspondent | Saturday 9 November 2019 | 18 min read

Few events of the 20th century came so suddenly. The Wall had stood since August 1961, and as late as January Erich Honecker predicted it would still be there in 50 or 100 years.

Monday 2 October

§1989-10-02|||01§Some 20,000 people march through the centre of Leipzig after prayers at the Nikolai church.

§1989-10-02|||01§Police watch but do not intervene. The marchers chant "We are staying".

Saturday 7 October

§1989-10-07|||01§East Germany celebrates its 40th anniversary with a parade; Mikhail Gorbachev is the guest of honour.

§1989-10-09|||11§Two days later, 70,000 march in Leipzig, and the feared crackdown never comes.

Wednesday 18 October

§1989-10-18|||01§Honecker is forced to resign after 18 years in power. Egon Krenz replaces him.

Saturday 4 November

§1989-11-04|||01§Half a million people rally on Alexanderplatz in East Berlin.

Thursday 9 November

§1989-11-09|||11§At a press conference that evening, Politburo spokesman Günter Schabowski reads out new travel rules.

§1989-11-09|||01§Asked when they apply, he shuffles his notes and says: "Immediately, without delay."

§1989-11-09|||11§By 23:30 the crowd at Bornholmer Strasse is so large that the guards open the gate.

Looking back, historians still argue over how much was chance.

Friday 10 November

§1989-11-10|||11§At dawn, people are chipping at the concrete with hammers.

§1989-11-10|||01§West Berlin's mayor Walter Momper welcomes the visitors at the Schöneberg town hall, where Helmut Kohl is booed.

Sunday 12 November

§1989-11-12|||01§A new crossing opens at Potsdamer Platz, the first breach in the Wall's central section.

§1989-12-22|||11§On December 22, the Brandenburg Gate reopens. §1990-10-03|||10§Germany is reunified on 3 October 1990.

This article is part of our series "1989: the year that changed Europe". Share this article | Print
"""))

S.append(("sidebar_notre_dame", "html", {"title": "Timeline: Notre-Dame de Paris from fire to reopening", "publication_date": "2024-12-07", "style": "French-outlet style news sidebar in HTML, day-month dates with '(AFP)'-style lead, <b> date labels with year only at year changes, 'Related' list with dates"},
"""<html><body>
<div class="top"><a href="/">Accueil</a> | <a href="/monde">World</a> | <a href="/culture">Culture</a> | EN | FR</div>
<main>
<h1>Timeline: Notre-Dame de Paris from fire to reopening</h1>
<p class="lead">PARIS - The cathedral reopens on Saturday, five years and eight months after the blaze. Key moments:</p>
<div class="timeline">
<p><b>15 April 2019</b> - §2019-04-15|||10§Fire breaks out in the roof at about 6:20 pm; the spire collapses an hour later.</p>
<p><b>16 April</b> - §2019-04-16|||11§President Emmanuel Macron vows to rebuild the cathedral "within five years".</p>
<p><b>29 July</b> - §2019-07-29|||11§Parliament passes a law on the restoration; nearly 1 billion euros have been pledged.</p>
<p><b>Summer 2019</b> - §2019-SU|||10§Lead decontamination works halt the site for several weeks.</p>
<p><b>24 Nov. 2020</b> - §2020-11-24|||10§The last of the scorched scaffolding, some 40,000 pieces, is removed.</p>
<p><b>July 2020</b> - §2020-07|||10§Macron decides the spire will be rebuilt identically to the 19th-century design.</p>
<p><b>Early 2022</b> - §2022|START||10§Excavations under the nave uncover a lead sarcophagus.</p>
<p><b>Dec. 2023</b> - §2023-12|||10§The new spire's oak frame rises above the roof.</p>
<p><b>15-16 Feb. 2024</b> - §2024-02-15||2024-02-16|10§The golden rooster is set back on top of the spire.</p>
<p><b>29 Nov.</b> - §2024-11-29|||11§Macron tours the restored interior, calling it "a jolt of hope".</p>
<p><b>Saturday</b> - §2024-12-07|||11§The reopening ceremony is held before some 40 heads of state.</p>
<p><b>Friday</b> - §2024-12-06|||11§Macron gives a televised address from the nave.</p>
<p><b>This morning</b> - §2024-12-07|||11§Heavy wind forces organisers to move the outdoor part of the ceremony inside.</p>
</div>
<p>Critics say the speed of the works came at a cost.</p>
</main>
<aside><h4>Related</h4><ul><li>Paris 2024: the Games in figures (11 Aug. 2024)</li><li>Louvre: record attendance in 2023</li></ul></aside>
<footer>&copy; 2024 All rights reserved. Tel. +33 1 23 45 67 89</footer>
</body></html>
"""))
SOURCES = S
