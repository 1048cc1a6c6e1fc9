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

In 2017 the United States lifts most of its economic sanctions, imposed in 1997.


Protests over the tripling of bread prices erupt on December 19, 2018 in the city of Atbara.

On April 11, 2019, the army removes Bashir after months of demonstrations.

On August 17, civilians and generals sign a power-sharing deal meant to last 39 months.

On October 25, 2021, army chief Abdel Fattah al-Burhan dissolves the transitional government.

- Fighting -

In mid-April 2023, talks on folding the RSF into the army break down.


On Saturday, heavy clashes break out in Khartoum between the army and the Rapid Support Forces (RSF).

The World Health Organization says on Monday that at least 185 people have been killed.

A day earlier, the two sides agreed to a three-hour humanitarian pause.

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
 ("In 2017 the United States lifts most of its economic", "2017", N, Y, F),
 ("Protests over the tripling of bread prices erupt on December", "2018-12-19", N, Y, F),
 ("On April 11, 2019, the army removes Bashir after months", "2019-04-11", N, Y, F),
 ("On August 17, civilians and generals sign a power-sharing deal", "2019-08-17", N, Y, Y),
 ("On October 25, 2021, army chief Abdel Fattah al-Burhan dissolves", "2021-10-25", N, Y, F),
 ("In mid-April 2023, talks on folding the RSF into the", "2023-04", "MID", Y, F),
 ("On Saturday, heavy clashes break out in Khartoum between the", "2023-04-15", N, Y, Y),
 ("The World Health Organization says on Monday that at least", "2023-04-17", N, Y, Y),
 ("A day earlier, the two sides agreed to a three-hour", "2023-04-16", N, Y, Y),
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

## 2010s

* 2014 – Eurostar carries its 150 millionth passenger.
* March 2016–2018 – A 1 km wall is built along the Calais approach road.
* 31 January 2020 – The UK leaves the EU; border checks remain.

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
 ("2014 – Eurostar carries its 150 millionth passenger.", "2014", N, Y, F),
 ("March 2016–2018 – A 1 km wall is built along", "2016-03", N, Y, F, "2018"),
 ("31 January 2020 – The UK leaves the EU; border", "2020-01-31", N, Y, F),
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

1990
Elected to the first all-German Bundestag in December.

1991
Helmut Kohl makes her minister for women and youth.

2000
Elected leader of the Christian Democratic Union (CDU), the first woman in the post.

2005
Becomes Germany's first female chancellor in November, heading a grand coalition.

2011
Orders Germany's nuclear plants shut by 2022 after the Fukushima disaster in March.

2015
Opens Germany's borders to refugees in late summer; more than 1 million arrive by the year's end.

2017
Wins a fourth term in September.

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
 ("Elected to the first all-German Bundestag in December.", "1990-12", N, Y, Y),
 ("Helmut Kohl makes her minister for women and youth.", "1991", N, F, Y),
 ("Elected leader of the Christian Democratic Union (CDU), the first", "2000", N, F, Y),
 ("Becomes Germany's first female chancellor in November, heading a grand", "2005-11", N, Y, Y),
 ("Orders Germany's nuclear plants shut by 2022 after the Fukushima", "2011", N, F, Y),
 ("Opens Germany's borders to refugees in late summer; more than", "2015-SU", "END", Y, Y),
 ("Wins a fourth term in September.", "2017-09", N, Y, Y),
 ("Announces in October that she will not seek re-election as", "2018-10", N, Y, Y),
 ("Her party loses the September election.", "2021-09", N, Y, Y),
 ("Olaf Scholz succeeds her in December.", "2021-12", N, Y, Y),
 ("Today she leaves office after 16 years.", "2021-12-08", N, Y, Y),
])

add("live_quake", "html", "Live: Strong earthquake hits central Chile", "2024-03-15", "html", "live blog HTML, newest first, time-stamped posts, yesterday/today, site furniture", """<!DOCTYPE html>
<html><head><title>Live: Strong earthquake hits central Chile</title>
<meta property="article:published_time" content="2024-03-15T07:10:00Z"></head>
<body>
<nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/subscribe">Subscribe for $1 a week</a></nav>
<article>
<h1>Live: Strong earthquake hits central Chile</h1>
<p class="byline">By our Latin America staff · Updated 15 March 2024</p>
<div class="post"><h3>Friday 15 March</h3><time>07:10</time><p>A second aftershock of magnitude 5.8 is felt in Valparaíso overnight; no new damage is reported.</p></div>
<div class="post"><h3>Thursday 14 March</h3><time>12:55</time><p>Chile's president declares three days of national mourning.</p></div>
<div class="post"><time>12:20</time><p>Power has been restored to 80% of homes in Santiago, the grid operator says. Call the helpline on 600 360 7777.</p></div>
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
 ("A second aftershock of magnitude 5.8 is felt in Valparaíso", "2024-03-15", N, Y, Y),
 ("Chile's president declares three days of national mourning.", "2024-03-14", N, F, Y),
 ("Power has been restored to 80% of homes in Santiago,", "2024-03-14", N, F, Y),
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
<tr><td>1995</td><td>Acquires rival Vestlinjen for NOK 300 million.</td></tr>
<tr><td>Mid-1990s</td><td>The company introduces online booking.</td></tr>
<tr><td>June 12, 1999</td><td>MS Solveig II runs aground; all 212 passengers are rescued.</td></tr>
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
 ("Acquires rival Vestlinjen for NOK 300 million.", "1995", N, Y, F),
 ("The company introduces online booking.", "199X", "MID", Y, F),
 ("MS Solveig II runs aground; all 212 passengers are rescued.", "1999-06-12", N, Y, F),
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
330 - Constantine moves the capital to Constantinople.
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
 ("330 - Constantine moves the capital to Constantinople.", "0330", N, Y, Y),
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

Aug. 3 - The FAA proposes design changes, opening a 45-day comment period.

Sept. 16 - A House committee report faults Boeing and the FAA.

Wednesday - The FAA clears the plane to fly again.

Brazil's Gol is expected to be the first airline to resume flights, in December.

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
 ("Aug. 3 - The FAA proposes design changes, opening a", "2020-08-03", N, Y, Y),
 ("Sept. 16 - A House committee report faults Boeing and", "2020-09-16", N, Y, Y),
 ("Wednesday - The FAA clears the plane to fly again.", "2020-11-18", N, Y, Y),
 ("Brazil's Gol is expected to be the first airline to", "2020-11-18", N, F, Y),
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

In February the 18 mirror segments are aligned over several weeks; in mid-March engineers release a test image of a star.

On 28 April the mirror alignment is declared complete.

### June 2022

Between May 23 and 25 a micrometeoroid strikes mirror segment C3, NASA reveals on 8 June.

### July 2022

**11 July** — President Joe Biden unveils the first full-colour image, a deep field of cluster SMACS 0723.

**The next day**, NASA releases four more images, including the Carina Nebula.

The telescope is expected to operate for at least 20 years.

---
*Subscribe to our science newsletter. Comments (42)*
""", [
 ("The James Webb Space Telescope lifts off on an Ariane", "2021-12-25", N, Y, Y),
 ("the sunshield deployment sequence begins.", "2021-12-28", N, Y, Y),
 ("The sunshield pallets are lowered into place.", "2021-12-31", N, Y, Y),
 ("All five layers of the sunshield are fully tensioned, the", "2022-01-04", N, Y, Y),
 ("The primary mirror's final wing locks into place.", "2022-01-08", N, Y, Y),
 ("A final burn places Webb in orbit around L2, 1.5", "2022-01-24", N, Y, Y),
 ("In February the 18 mirror segments are aligned over several", "2022-02", N, Y, Y),
 ("in mid-March engineers release a test image of a star.", "2022-03", "MID", Y, Y),
 ("On 28 April the mirror alignment is declared complete.", "2022-04-28", N, Y, Y),
 ("Between May 23 and 25 a micrometeoroid strikes mirror segment", "2022-05-23", N, Y, Y, "2022-05-25"),
 ("President Joe Biden unveils the first full-colour image, a deep", "2022-07-11", N, Y, Y),
 ("NASA releases four more images, including the Carina Nebula.", "2022-07-12", N, Y, Y),
 ("The telescope is expected to operate for at least 20", None, N, F, F),
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
<h2>September</h2>
<p>Millbrook's oldest resident, Ruth Dale, celebrated her 105th birthday on Labor Day.</p>
<h2>October</h2>
<p>Mayor Dana Holt, 58, announced on the 3rd that she will not run again in 2024.</p>
<p>Two weeks later, the high school football team won its first state title since 1998.</p>
<h2>November</h2>
<p>Voters re-elected all five incumbents on the school board on November 8.</p>
<p>On Thanksgiving, the food bank served a record 2,300 meals.</p>
<h2>December</h2>
<p>Work on the bypass finally began on Monday.</p>
</article>
<section class="comments"><h3>Leave a Reply</h3><p>Your email address will not be published.</p><p>4 + _ = 11</p><button>Post Comment</button></section>
<footer>© 2022 Millbrook Gazette. Tip line: 555-0142</footer>
</body></html>
""", [
 ("On the 12th, the River Mill burst its banks, flooding", "2022-01-12", N, Y, Y),
 ("Volunteers set up a relief centre at St Mary's Hall", "2022-W02", N, Y, Y),
 ("The town council approved the $4.2 million bypass on March", "2022-03-08", N, Y, Y),
 ("The new Carnegie Library, replacing the 1911 building, opened its", "2022-06-25", N, Y, Y),
 ("In late July a heatwave pushed temperatures to a record", "2022-07", "END", Y, Y),
 ("Millbrook's oldest resident, Ruth Dale, celebrated her 105th birthday", "2022-09-05", N, Y, Y),
 ("Mayor Dana Holt, 58, announced on the 3rd that she", "2022-10-03", N, Y, Y),
 ("Two weeks later, the high school football team won its", "2022-10-17", N, Y, Y),
 ("Voters re-elected all five incumbents on the school board on", "2022-11-08", N, Y, Y),
 ("On Thanksgiving, the food bank served a record 2,300 meals.", "2022-11-24", N, Y, Y),
 ("Work on the bypass finally began on Monday.", "2022-12-26", N, Y, Y),
])

add("longread_wall", "txt", "The night the Wall fell: a chronicle", "2019-11-09", "text", "newspaper long read, dated subheadings (Weekday, Month D), prose with times, undated continuations, commentary", """The night the Wall fell: a chronicle

Thirty years ago today, a bungled press conference opened the Berlin Wall. We retrace the days that changed Europe.

By Klaus Werner | 9 November 2019

Summer 1989

Hungary began dismantling its border fence with Austria on May 2. Thousands of East Germans on holiday there saw a way out.

On August 19, some 600 of them crossed into Austria during a "Pan-European Picnic" near Sopron.

Monday, October 9

Seventy thousand people marched through Leipzig.

The security forces, ordered to stand ready, did not shoot.

Nobody who was there has forgotten the fear of that evening.

Wednesday, October 18

Erich Honecker, 77, who had led the country since 1971, was forced to resign.

Egon Krenz replaced him.

Saturday, November 4

Half a million people rallied on Alexanderplatz, the largest demonstration in the country's history.

Thursday, November 9

At 6:53 pm, Politburo spokesman Günter Schabowski read out new travel rules, adding that they applied "immediately, without delay."

By 11:30 pm the guards at Bornholmer Strasse gave up and opened the gate.

Crowds climbed on the Wall at the Brandenburg Gate through the night.

The days after

The next morning, East Germans queued for visas at police stations across the country.

On December 22, the Brandenburg Gate itself was opened.

Less than a year later, on October 3, 1990, Germany was reunified.

History rarely moves this fast. It may never do so again.

Klaus Werner was a correspondent in Berlin from 1987 to 1995.
""", [
 ("Hungary began dismantling its border fence with Austria on May", "1989-05-02", N, Y, Y),
 ("On August 19, some 600 of them crossed into Austria", "1989-08-19", N, Y, Y),
 ("Seventy thousand people marched through Leipzig.", "1989-10-09", N, F, Y),
 ("The security forces, ordered to stand ready, did not shoot.", "1989-10-09", N, F, Y),
 ("Nobody who was there has forgotten the fear of that", None, N, F, F),
 ("Erich Honecker, 77, who had led the country since 1971,", "1989-10-18", N, F, Y),
 ("Egon Krenz replaced him.", "1989-10-18", N, F, Y),
 ("Half a million people rallied on Alexanderplatz, the largest demonstration", "1989-11-04", N, F, Y),
 ("At 6:53 pm, Politburo spokesman Günter Schabowski read out new", "1989-11-09", N, F, Y),
 ("By 11:30 pm the guards at Bornholmer Strasse gave up", "1989-11-09", N, F, Y),
 ("Crowds climbed on the Wall at the Brandenburg Gate through", "1989-11-09", N, F, Y),
 ("The next morning, East Germans queued for visas at police", "1989-11-10", N, Y, Y),
 ("On December 22, the Brandenburg Gate itself was opened.", "1989-12-22", N, Y, Y),
 ("Less than a year later, on October 3, 1990, Germany", "1990-10-03", N, Y, F),
 ("History rarely moves this fast.", None, N, F, F),
])

add("explainer_strike", "md", "Explainer: why are the junior doctors striking again?", "2024-06-27", "markdown", "explainer with dates relative to publication (last week, yesterday, two years ago), Q&A headings, invented dispute", """# Explainer: why are the junior doctors striking again?

*Published 27 June 2024 · Health · Share on Facebook · Share on X*

Junior doctors in the fictional Republic of Westland walked out again **this morning**, the eleventh strike in the dispute. Here is what you need to know.

## How did it start?

The row began **two years ago**, when the health ministry froze pay under a 2015 law that caps public wages.

Last autumn the union's leader, Dr Rhys Patel, was re-elected with 71% of the vote.

In early 2023 the doctors' union balloted its 40,000 members; 98% voted for action.

The first walkout took place in April 2023 and lasted 72 hours.

## What has happened since?

Talks collapsed **last month** after the ministry offered a 3% rise.

**Last week** the union announced today's strike, saying talks had "gone nowhere".

**On Monday**, the health minister called the action "reckless".

**On Tuesday** evening, talks at the conciliation service ended without agreement.

**Yesterday**, hospitals cancelled 12,000 appointments.

## What happens next?

A further strike is planned for July 15-19 unless a deal is reached. An election is due in the autumn.

Hospitals say emergency care will continue as normal.

---
**Related:** [Nurses' pay deal (March 2023)](/nurses) · [How strikes are balloted](/ballots)

*Sign up for our Health Briefing newsletter.*
""", [
 ("Junior doctors in the fictional Republic of Westland walked out", "2024-06-27", N, Y, Y),
 ("The row began **two years ago**, when the health ministry", "2022", N, Y, Y),
 ("Last autumn the union's leader, Dr Rhys Patel, was re-elected", "2023-FA", N, Y, Y),
 ("In early 2023 the doctors' union balloted its 40,000 members;", "2023", "START", Y, F),
 ("The first walkout took place in April 2023 and lasted", "2023-04", N, Y, F),
 ("Talks collapsed **last month** after the ministry offered a 3%", "2024-05", N, Y, Y),
 ('the union announced today\'s strike, saying talks had "gone nowhere".', "2024-W25", N, Y, Y),
 ('the health minister called the action "reckless".', "2024-06-24", N, Y, Y),
 ("evening, talks at the conciliation service ended without agreement.", "2024-06-25", N, Y, Y),
 ("hospitals cancelled 12,000 appointments.", "2024-06-26", N, Y, Y),
 ("A further strike is planned for July 15-19 unless a", None, N, F, F),
])

for name, (ext, title, pub, fmt, style, text, gold) in FILES.items():
    with open(os.path.join(D, name + "." + ext), "w", encoding="utf-8") as f:
        f.write(text)
    with open(os.path.join(D, name + ".gold.jsonl"), "w", encoding="utf-8") as f:
        for g in gold:
            o = {"quote": g[0], "value": g[1], "mod": g[2]}
            if len(g) > 5:
                o["end"] = g[5]
            o["explicit"] = g[3]; o["hard"] = g[4]
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    with open(os.path.join(D, name + ".meta.json"), "w", encoding="utf-8") as f:
        json.dump({"title": title, "publication_date": pub, "format": fmt, "style": style}, f, ensure_ascii=False, indent=1)
print(sum(len(v[6]) for v in FILES.values()), {k: len(v[6]) for k, v in FILES.items()})
