"""Writes the held-out files from the specs below (text + gold + meta). Written blind."""
import json, os
D = os.path.dirname(os.path.abspath(__file__))
N, Y = None, True
F = False
FILES = {}
def add(name, ext, title, pub, fmt, style, text, gold):
    FILES[name] = (ext, title, pub, fmt, style, text, gold)

add("afp_keydates_sudan", "txt", "Sudan: key dates since independence", "2023-04-17", "text", "agency Key dates factbox, en-dash headers by era, 'On Month D' entries with year carried", """Sudan: key dates since independence

KHARTOUM, April 17 (AFP) - Here are key dates in the history of Sudan, where fighting between the army and a paramilitary force entered its third day on Monday.

- Independence and coups -

On January 1, 1956, Sudan gains independence from Anglo-Egyptian rule.

In November 1958, General Ibrahim Abboud seizes power in a bloodless coup, the first of several.

On May 25, 1969, Colonel Jaafar Nimeiri takes power. A peace deal with southern rebels follows in 1972.

- Islamist era -

On June 30, 1989, Omar al-Bashir leads a coup backed by Islamists. He will rule for three decades.

In August 1993 Washington puts Sudan on its list of state sponsors of terrorism, a listing that lasts until 2020.

- South secedes -

On July 9, 2011, South Sudan becomes independent after a referendum held in January.

- Revolution -

Protests over the tripling of bread prices erupt on December 19, 2018 in the city of Atbara.

On April 11, 2019, the army removes Bashir after months of demonstrations.

On August 17, civilians and generals sign a power-sharing deal meant to last 39 months.

On October 25, 2021, army chief Abdel Fattah al-Burhan dissolves the transitional government.

- Fighting -

On Saturday, heavy clashes break out in Khartoum between the army and the Rapid Support Forces (RSF).

The World Health Organization says on Monday that at least 185 people have been killed.

burs-kir/1,500 words

Share this article
""", [
 ("On January 1, 1956, Sudan gains independence from Anglo-Egyptian rule.", "1956-01-01", N, Y, F),
 ("In November 1958, General Ibrahim Abboud seizes power in a", "1958-11", N, Y, F),
 ("On May 25, 1969, Colonel Jaafar Nimeiri takes power.", "1969-05-25", N, Y, F),
 ("A peace deal with southern rebels follows in 1972.", "1972", N, Y, F),
 ("On June 30, 1989, Omar al-Bashir leads a coup backed", "1989-06-30", N, Y, F),
 ("In August 1993 Washington puts Sudan on its list of", "1993-08", N, Y, F),
 ("On July 9, 2011, South Sudan becomes independent after a", "2011-07-09", N, Y, F),
 ("Protests over the tripling of bread prices erupt on December", "2018-12-19", N, Y, F),
 ("On April 11, 2019, the army removes Bashir after months", "2019-04-11", N, Y, F),
 ("On August 17, civilians and generals sign a power-sharing deal", "2019-08-17", N, Y, Y),
 ("On October 25, 2021, army chief Abdel Fattah al-Burhan dissolves", "2021-10-25", N, Y, F),
 ("On Saturday, heavy clashes break out in Khartoum between the", "2023-04-15", N, Y, Y),
 ("The World Health Organization says on Monday that at least", "2023-04-17", N, Y, Y),
])

add("wiki_timeline_rail", "md", "Timeline of the Channel Tunnel", "2024-05-06", "markdown", "Wikipedia-style Timeline page, ## decade/year sections, bullets 'Month D –', circa, ranges", """# Timeline of the Channel Tunnel

This is a timeline of the **Channel Tunnel** between England and France.

## 19th century

* c. 1802 – French engineer Albert Mathieu-Favier proposes a tunnel lit by oil lamps for horse-drawn coaches.
* 1881–1882 – Trial borings are dug from both coasts before British military fears halt the work.

## 1970s

* 1974 – A new attempt begins at Folkestone. Britain abandons it in January 1975 for budget reasons.

## 1980s

* 1986
  * 12 February – Margaret Thatcher and François Mitterrand sign the Treaty of Canterbury.
  * 29 July – The treaty is ratified; it takes effect the following year.
* 1988 – Tunnelling starts on the British side at Shakespeare Cliff.

## 1990s

* 1 December 1990 – Workers from the two sides meet in the service tunnel.
* 6 May 1994 – Queen Elizabeth II and President Mitterrand open the tunnel.
* 14 November – Eurostar passenger services begin between London and Paris and Brussels.
* 18 November 1996 – A fire on a freight shuttle closes part of the tunnel for months.

## 2000s

* Late 2001 – Thousands of migrants attempt to enter the tunnel from a camp at Sangatte.
* 14 November 2007 – Eurostar moves to London St Pancras; the high-speed line HS1 is complete.
* 18–20 December 2009 – Five trains break down in the cold, trapping over 2,000 passengers.

## See also
* List of tunnels (updated 2022)

## References
1. "Chunnel history". Retrieved 3 March 2021.
""", [
 ("c. 1802 – French engineer Albert Mathieu-Favier proposes a tunnel", "1802", "APPROX", Y, F),
 ("1881–1882 – Trial borings are dug from both coasts before", "1881", N, Y, F, "1882"),
 ("1974 – A new attempt begins at Folkestone.", "1974", N, Y, F),
 ("Britain abandons it in January 1975 for budget reasons.", "1975-01", N, Y, F),
 ("12 February – Margaret Thatcher and François Mitterrand sign the", "1986-02-12", N, Y, Y),
 ("29 July – The treaty is ratified; it takes effect", "1986-07-29", N, Y, Y),
 ("1988 – Tunnelling starts on the British side at Shakespeare", "1988", N, Y, F),
 ("1 December 1990 – Workers from the two sides meet", "1990-12-01", N, Y, F),
 ("6 May 1994 – Queen Elizabeth II and President Mitterrand", "1994-05-06", N, Y, F),
 ("14 November – Eurostar passenger services begin between London and", "1994-11-14", N, Y, Y),
 ("18 November 1996 – A fire on a freight shuttle", "1996-11-18", N, Y, F),
 ("Late 2001 – Thousands of migrants attempt to enter the", "2001", "END", Y, F),
 ("14 November 2007 – Eurostar moves to London St Pancras;", "2007-11-14", N, Y, F),
 ("18–20 December 2009 – Five trains break down in the", "2009-12-18", N, Y, F, "2009-12-20"),
])

add("bbc_profile_merkel", "txt", "Angela Merkel: Profile and timeline", "2021-12-08", "text", "broadcaster profile, bold-style bare year labels on own line, entries under them undated", """Angela Merkel: Profile and timeline

8 December 2021 | Europe

Share | Email | Print

A chronology of key events:

1954
Angela Kasner is born in Hamburg; weeks later the family moves to East Germany.

1978
She completes a doctorate in quantum chemistry in East Berlin, aged 24.

1989
Joins the Democratic Awakening movement after the fall of the Berlin Wall in November.

1991
Helmut Kohl makes her minister for women and youth.

2000
Elected leader of the Christian Democratic Union (CDU), the first woman in the post.

2005
Becomes Germany's first female chancellor in November, heading a grand coalition.

2015
Opens Germany's borders to refugees in late summer; more than 1 million arrive by the year's end.

2018
Announces in October that she will not seek re-election as chancellor in 2021.

2021
Her party loses the September election. Olaf Scholz succeeds her in December.

Today she leaves office after 16 years.

Related Internet Links
The BBC is not responsible for the content of external sites.
""", [
 ("Angela Kasner is born in Hamburg; weeks later the family", "1954", N, F, Y),
 ("She completes a doctorate in quantum chemistry in East Berlin,", "1978", N, F, Y),
 ("Joins the Democratic Awakening movement after the fall of the", "1989", N, F, Y),
 ("Helmut Kohl makes her minister for women and youth.", "1991", N, F, Y),
 ("Elected leader of the Christian Democratic Union (CDU), the first", "2000", N, F, Y),
 ("Becomes Germany's first female chancellor in November, heading a grand", "2005-11", N, Y, Y),
 ("Opens Germany's borders to refugees in late summer; more than", "2015-SU", "END", Y, Y),
 ("Announces in October that she will not seek re-election as", "2018-10", N, Y, Y),
 ("Her party loses the September election.", "2021-09", N, Y, Y),
 ("Olaf Scholz succeeds her in December.", "2021-12", N, Y, Y),
 ("Today she leaves office after 16 years.", "2021-12-08", N, Y, Y),
])

add("live_quake", "html", "Live: Strong earthquake hits central Chile", "2024-03-14", "html", "live blog HTML, newest first, time-stamped posts, yesterday/today, site furniture", """<!DOCTYPE html>
<html><head><title>Live: Strong earthquake hits central Chile</title>
<meta property="article:published_time" content="2024-03-14T09:12:00Z"></head>
<body>
<nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/subscribe">Subscribe for $1 a week</a></nav>
<article>
<h1>Live: Strong earthquake hits central Chile</h1>
<p class="byline">By our Latin America staff · Updated 14 March 2024</p>
<div class="post"><time>11:40</time><p>Rescue teams from Argentina land in Santiago, the interior ministry says, bringing 120 specialists.</p></div>
<div class="post"><time>10:05</time><p>The death toll rises to 31, officials say at a briefing this morning.</p></div>
<div class="post"><time>08:30</time><p>Schools across the Valparaíso region will stay closed until Monday, the education minister announces.</p></div>
<div class="post"><h3>Wednesday 13 March</h3><time>23:15</time><p>A 6.1 aftershock shakes the coast shortly before midnight.</p></div>
<div class="post"><time>21:47</time><p>The magnitude 7.4 quake strikes 40 km off the coast at a depth of 25 km, the USGS says.</p></div>
<div class="post"><p>It is the strongest to hit the region since 2010, when an 8.8 quake killed more than 500 people.</p></div>
</article>
<aside><h4>Related</h4><ul><li><a href="/a">Chile fires: what we know (5 February 2024)</a></li><li><a href="/b">How earthquakes are measured</a></li></ul></aside>
<form class="newsletter"><p>Get our morning briefing. Sign up</p></form>
<footer>© 2024 Daily Globe. All rights reserved. Call 0800 123 4567</footer>
</body></html>
""", [
 ("Rescue teams from Argentina land in Santiago, the interior ministry", "2024-03-14", N, F, Y),
 ("The death toll rises to 31, officials say at a", "2024-03-14", N, Y, Y),
 ("Schools across the Valparaíso region will stay closed until Monday,", "2024-03-14", N, F, Y),
 ("A 6.1 aftershock shakes the coast shortly before midnight.", "2024-03-13", N, F, Y),
 ("The magnitude 7.4 quake strikes 40 km off the coast", "2024-03-13", N, F, Y),
 ("It is the strongest to hit the region since 2010,", None, N, F, F),
])

add("company_history", "html", "Our history | Nordvik Ferries", "2023-06-01", "html", "company history page, HTML table year|event among nav/footer, invented firm", """<html><head><title>Our history | Nordvik Ferries</title></head><body>
<header><a href="/">Nordvik Ferries</a> <a href="/book">Book now</a> <a href="/contact">Contact: +47 22 33 44 55</a></header>
<main><h1>Our history</h1>
<p>From a single wooden boat to a fleet of twelve ships, founded in 1907.</p>
<table>
<tr><th>Year</th><th>Milestone</th></tr>
<tr><td>1907</td><td>Fisherman Ole Nordvik starts carrying mail and passengers across the fjord.</td></tr>
<tr><td>1923</td><td>The first steam ferry, MS Solveig, enters service on Route 66 to Bergen.</td></tr>
<tr><td>1940–1945</td><td>Services are requisitioned during the occupation.</td></tr>
<tr><td>Spring 1956</td><td>Car ferries arrive; the company carries 1,500 vehicles in its first summer.</td></tr>
<tr><td>1970s</td><td>Nordvik expands to Denmark and Scotland.</td></tr>
<tr><td>March 1988</td><td>Listed on the Oslo Stock Exchange.</td></tr>
<tr><td>2004</td><td>The hybrid ship MS Fjordlys is launched, the first of its kind in Norway.</td></tr>
<tr><td>2019</td><td>Ordered four electric ferries under a contract set to expire in 2030.</td></tr>
<tr><td>Today</td><td>Nordvik employs 900 people and carries 3 million passengers a year.</td></tr>
</table></main>
<footer><p>Newsletter: get offers first!</p><p>© 1907–2023 Nordvik Ferries AS</p></footer>
</body></html>
""", [
 ("Fisherman Ole Nordvik starts carrying mail and passengers across the", "1907", N, Y, F),
 ("The first steam ferry, MS Solveig, enters service on Route", "1923", N, Y, F),
 ("Services are requisitioned during the occupation.", "1940", N, Y, F, "1945"),
 ("Car ferries arrive; the company carries 1,500 vehicles in its", "1956-SP", N, Y, F),
 ("Nordvik expands to Denmark and Scotland.", "197X", N, Y, F),
 ("Listed on the Oslo Stock Exchange.", "1988-03", N, Y, F),
 ("The hybrid ship MS Fjordlys is launched, the first of", "2004", N, Y, F),
 ("Ordered four electric ferries under a contract set to expire", "2019", N, Y, F),
 ("Nordvik employs 900 people and carries 3 million passengers a", "2023-06-01", N, Y, Y),
])

add("ancient_rome", "txt", "Ancient Rome: a timeline", "2022-02-10", "text", "encyclopedia-style BC/AD list, BC stated once then carried, c., centuries", """Ancient Rome: a timeline

All dates BC unless noted.

753 - Traditional founding of Rome by Romulus.
509 - The last king, Tarquin the Proud, is expelled and the Republic founded.
c. 450 - The Twelve Tables, Rome's first written laws, are published.
390 - Gauls sack the city.
264-241 - First Punic War against Carthage.
218 - Hannibal crosses the Alps with elephants.
146 - Carthage and Corinth are destroyed.
44 - Julius Caesar is murdered in the Senate house.
27 - Octavian takes the title Augustus; the Empire begins.

AD 79 - Mount Vesuvius buries Pompeii and Herculaneum.
117 - The Empire reaches its greatest extent under Trajan.
3rd century - A long crisis of civil wars and invasions.
410 - Visigoths under Alaric sack Rome.
476 - The last western emperor, Romulus Augustulus, is deposed.

Further reading: see our 2019 guide to the Colosseum.
""", [
 ("753 - Traditional founding of Rome by Romulus.", "BC0753", N, Y, Y),
 ("509 - The last king, Tarquin the Proud, is expelled", "BC0509", N, Y, Y),
 ("c. 450 - The Twelve Tables, Rome's first written laws,", "BC0450", "APPROX", Y, Y),
 ("390 - Gauls sack the city.", "BC0390", N, Y, Y),
 ("264-241 - First Punic War against Carthage.", "BC0264", N, Y, Y, "BC0241"),
 ("218 - Hannibal crosses the Alps with elephants.", "BC0218", N, Y, Y),
 ("146 - Carthage and Corinth are destroyed.", "BC0146", N, Y, Y),
 ("44 - Julius Caesar is murdered in the Senate house.", "BC0044", N, Y, Y),
 ("27 - Octavian takes the title Augustus; the Empire begins.", "BC0027", N, Y, Y),
 ("AD 79 - Mount Vesuvius buries Pompeii and Herculaneum.", "0079", N, Y, F),
 ("117 - The Empire reaches its greatest extent under Trajan.", "0117", N, Y, Y),
 ("3rd century - A long crisis of civil wars and invasions.", "02XX", N, Y, Y),
 ("410 - Visigoths under Alaric sack Rome.", "0410", N, Y, Y),
 ("476 - The last western emperor, Romulus Augustulus, is deposed.", "0476", N, Y, Y),
])

add("reuters_timeline_boeing", "txt", "TIMELINE-Boeing 737 MAX: from crashes to return", "2020-11-18", "text", "wire 'TIMELINE-' with 'Month D, YYYY -' lines, abbreviated months, year carried", """TIMELINE-Boeing 737 MAX: from crashes to return

Nov 18 (Reuters) - U.S. regulators on Wednesday lifted a 20-month grounding of the Boeing 737 MAX. Here is a timeline of events:

Oct. 29, 2018 - Lion Air Flight 610 crashes into the Java Sea 13 minutes after takeoff, killing all 189 on board.

Nov. 7 - The FAA issues an emergency directive on erroneous sensor readings.

March 10, 2019 - Ethiopian Airlines Flight 302 crashes near Addis Ababa, killing 157.

March 11 - China orders its airlines to ground the plane, the first country to do so.

March 13 - President Donald Trump announces U.S. grounding.

Dec. 16 - Boeing says it will suspend production in January.

Dec. 23 - Chief Executive Dennis Muilenburg is fired. Dave Calhoun, 62, takes over on Jan. 13.

Jan. 9, 2020 - Boeing releases internal messages in which an employee says the plane was "designed by clowns."

June 29-July 1 - FAA pilots conduct certification test flights.

Sept. 16 - A House committee report faults Boeing and the FAA.

Wednesday - The FAA clears the plane to fly again.

(Reporting by David Shepardson; Editing by Chris Reese)
""", [
 ("Oct. 29, 2018 - Lion Air Flight 610 crashes into", "2018-10-29", N, Y, F),
 ("Nov. 7 - The FAA issues an emergency directive on", "2018-11-07", N, Y, Y),
 ("March 10, 2019 - Ethiopian Airlines Flight 302 crashes near", "2019-03-10", N, Y, F),
 ("March 11 - China orders its airlines to ground the", "2019-03-11", N, Y, Y),
 ("March 13 - President Donald Trump announces U.S. grounding.", "2019-03-13", N, Y, Y),
 ("Dec. 16 - Boeing says it will suspend production in", "2019-12-16", N, Y, Y),
 ("Dec. 23 - Chief Executive Dennis Muilenburg is fired.", "2019-12-23", N, Y, Y),
 ("Dave Calhoun, 62, takes over on Jan. 13.", "2020-01-13", N, Y, Y),
 ("Jan. 9, 2020 - Boeing releases internal messages in which", "2020-01-09", N, Y, F),
 ("June 29-July 1 - FAA pilots conduct certification test flights.", "2020-06-29", N, Y, Y, "2020-07-01"),
 ("Sept. 16 - A House committee report faults Boeing and", "2020-09-16", N, Y, Y),
 ("Wednesday - The FAA clears the plane to fly again.", "2020-11-18", N, Y, Y),
])

add("space_mission", "md", "JWST: from launch to first images", "2022-07-20", "markdown", "science mission timeline, ### Month YYYY headings, 'Day N' and relative dates", """# JWST: from launch to first images

*A mission timeline by our science desk. 6 min read.*

### December 2021

**25 December** — The James Webb Space Telescope lifts off on an Ariane 5 from Kourou, French Guiana.

**Three days later** the sunshield deployment sequence begins.

**31 December** — The sunshield pallets are lowered into place.

### January 2022

**4 January** — All five layers of the sunshield are fully tensioned, the riskiest step.

**8 January** — The primary mirror's final wing locks into place. "Webb is fully deployed," NASA says.

**24 January** — A final burn places Webb in orbit around L2, 1.5 million km from Earth.

### Spring 2022

The 18 mirror segments are aligned over several weeks; in mid-March engineers release a test image of a star.

On 28 April the mirror alignment is declared complete.

### July 2022

**11 July** — President Joe Biden unveils the first full-colour image, a deep field of cluster SMACS 0723.

**The next day**, NASA releases four more images, including the Carina Nebula.

---
*Subscribe to our science newsletter. Comments (42)*
""", [
 ("The James Webb Space Telescope lifts off on an Ariane", "2021-12-25", N, Y, Y),
 ("the sunshield deployment sequence begins.", "2021-12-28", N, Y, Y),
 ("The sunshield pallets are lowered into place.", "2021-12-31", N, Y, Y),
 ("All five layers of the sunshield are fully tensioned, the", "2022-01-04", N, Y, Y),
 ("The primary mirror's final wing locks into place.", "2022-01-08", N, Y, Y),
 ("A final burn places Webb in orbit around L2, 1.5", "2022-01-24", N, Y, Y),
 ("The 18 mirror segments are aligned over several weeks;", "2022-SP", N, F, Y),
 ("in mid-March engineers release a test image of a star.", "2022-03", "MID", Y, Y),
 ("On 28 April the mirror alignment is declared complete.", "2022-04-28", N, Y, Y),
 ("President Joe Biden unveils the first full-colour image, a deep", "2022-07-11", N, Y, Y),
 ("NASA releases four more images, including the Carina Nebula.", "2022-07-12", N, Y, Y),
])

add("sports_season", "txt", "Season review: how Riverside United won the title", "2024-05-20", "text", "sports season recap, prose with dated sentences, scores, weekday-less dates, relative dates", """Season review: how Riverside United won the title

By Tom Hale, Chief Football Writer

Riverside United were crowned champions on Sunday for the first time since 1990. Here is how the season unfolded.

August 2023: United open with a 2-1 win at Castle Town, with 17-year-old Leo Brandt scoring on his debut.

September 16: A 0-3 home defeat by Northgate leaves them ninth. A week later they beat the leaders 4-0.

October: Striker Mo Kante signs a contract extension to 2028.

Early November: Captain Sam Ortiz breaks his ankle and is ruled out for three months.

December 26: The Boxing Day win over Eastbridge takes United top for the first time.

January 2024: The club signs goalkeeper Petr Novak for a reported £12 million.

February 3-10: Three games in eight days bring three wins and no goals conceded.

March: A run of four draws lets Northgate back into the race.

April 14: Kante's hat-trick seals a 3-2 comeback at Northgate.

The following Saturday, United lose 1-0 at bottom club Westham.

May 19: A 2-0 win over Castle Town clinches the title in front of 41,000 fans.

Read more: United's 1990 champions, where are they now?

Follow us on X @RiversideSport | Share | Comments
""", [
 ("Riverside United were crowned champions on Sunday for the first", "2024-05-19", N, Y, Y),
 ("August 2023: United open with a 2-1 win at", "2023-08", N, Y, F),
 ("September 16: A 0-3 home defeat by Northgate leaves them", "2023-09-16", N, Y, Y),
 ("A week later they beat the leaders 4-0.", "2023-09-23", N, Y, Y),
 ("October: Striker Mo Kante signs a contract extension to 2028.", "2023-10", N, Y, Y),
 ("Early November: Captain Sam Ortiz breaks his ankle and is", "2023-11", "START", Y, Y),
 ("December 26: The Boxing Day win over Eastbridge takes United", "2023-12-26", N, Y, Y),
 ("January 2024: The club signs goalkeeper Petr Novak for a", "2024-01", N, Y, F),
 ("February 3-10: Three games in eight days bring three wins", "2024-02-03", N, Y, Y, "2024-02-10"),
 ("March: A run of four draws lets Northgate back into", "2024-03", N, Y, Y),
 ("April 14: Kante's hat-trick seals a 3-2 comeback at Northgate.", "2024-04-14", N, Y, Y),
 ("The following Saturday, United lose 1-0 at bottom club Westham.", "2024-04-20", N, Y, Y),
 ("May 19: A 2-0 win over Castle Town clinches the", "2024-05-19", N, Y, Y),
])

add("local_year_review", "html", "2022 in review: the year in Millbrook", "2022-12-30", "html", "local-news year in review, month h2 sections, paragraphs with day-only or undated items, comment form with captcha", """<html><head><title>2022 in review: the year in Millbrook</title></head><body>
<div class="top">Millbrook Gazette · Weather: 4°C · Log in</div>
<article><h1>2022 in review: the year in Millbrook</h1>
<p class="byline">By Anna Reyes | December 30, 2022 | 5 min read</p>
<p>It was a year of floods, a new library and a long-awaited bypass. Here is how it went.</p>
<h2>January</h2>
<p>On the 12th, the River Mill burst its banks, flooding 60 homes on Route 9.</p>
<p>Volunteers set up a relief centre at St Mary's Hall the same week.</p>
<h2>March</h2>
<p>The town council approved the $4.2 million bypass on March 8 after a 7-2 vote.</p>
<h2>Summer</h2>
<p>The new Carnegie Library, replacing the 1911 building, opened its doors on June 25.</p>
<p>In late July a heatwave pushed temperatures to a record 39°C.</p>
<h2>October</h2>
<p>Mayor Dana Holt, 58, announced on the 3rd that she will not run again in 2024.</p>
<p>Two weeks later, the high school football team won its first state title since 1998.</p>
<h2>December</h2>
<p>Work on the bypass finally began on Monday.</p>
</article>
<section class="comments"><h3>Leave a Reply</h3><p>Your email address will not be published.</p><p>4 + _ = 11</p><button>Post Comment</button></section>
<footer>© 2022 Millbrook Gazette. Tip line: 555-0142</footer>
</body></html>
""", [
 ("On the 12th, the River Mill burst its banks, flooding", "2022-01-12", N, Y, Y),
 ("Volunteers set up a relief centre at St Mary's Hall", "2022-01", N, Y, Y),
 ("The town council approved the $4.2 million bypass on March", "2022-03-08", N, Y, Y),
 ("The new Carnegie Library, replacing the 1911 building, opened its", "2022-06-25", N, Y, Y),
 ("In late July a heatwave pushed temperatures to a record", "2022-07", "END", Y, Y),
 ("Mayor Dana Holt, 58, announced on the 3rd that she", "2022-10-03", N, Y, Y),
 ("Two weeks later, the high school football team won its", "2022-10-17", N, Y, Y),
 ("Work on the bypass finally began on Monday.", "2022-12-26", N, Y, Y),
])
