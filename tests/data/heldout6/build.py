"""Builds the heldout6 files from the hand-written specs below (text + gold written together)."""
import json, pathlib
D = pathlib.Path(__file__).parent
def E(t, v, mod=None, ex=True, hard=False, end=None): return (t, v, mod, ex, hard, end)
def q(t):
    w = t.split()
    return " ".join(w[:10])
DOCS = {}
DOCS["agency_chile_quake"] = ("Key dates: Chile's history of great earthquakes", "2010-03-01", "txt", "agency factbox, dashes, day-month with year first only, seasons", [
"Key dates: Chile's history of great earthquakes", "", "SANTIAGO, March 1 (Agency) - Main seismic disasters in Chile since the 1960 Valdivia earthquake, the strongest ever recorded.", "",
("- ", [E("22 May 1960: a magnitude 9.5 quake strikes near Valdivia, killing around 1,650 people.", "1960-05-22")], ""),
("- ", [E("The resulting tsunami crosses the Pacific and hits Hilo, Hawaii, the next day.", "1960-05-23", hard=True)], ""),
("- ", [E("28 March 1965: a quake destroys the El Cobre tailings dam, burying a mining village.", "1965-03-28")], ""),
("- ", [E("Aftershocks continue for weeks; the last strong one is felt in mid-June.", "1960-06", mod="MID", hard=True)], ""),
("- ", [E("8 July 1971: a 7.8 quake shakes Valparaiso, killing about 90.", "1971-07-08")], ""),
("- ", [E("3 March 1985: a magnitude 8.0 quake hits the central coast, leaving 177 dead.", "1985-03-03")], ""),
("- ", [E("Winter 1985: reconstruction of Route 68 between Santiago and the coast begins.", "1985-WI")], ""),
("- ", [E("30 July 1995: a 8.0 quake off Antofagasta kills three.", "1995-07-30")], ""),
("- ", [E("13 June 2005: a quake in Tarapaca kills 11; a 2007 building code follows.", "2005-06-13")], ""),
("- ", [E("14 November 2007: a 7.7 quake hits Tocopilla, leaving 15,000 homeless.", "2007-11-14")], ""),
("- ", [E("Early 2008: parliament debates a seismic code set to take effect in 2011.", "2008", mod="START")], ""),
("- ", [E("27 February 2010: a magnitude 8.8 quake and tsunami devastate Maule and Biobio.", "2010-02-27")], ""),
("- ", [E("On Sunday, President Bachelet declares a state of catastrophe in six regions.", "2010-02-28", hard=True)], ""),
("- ", [E("Two days later looting breaks out in Concepcion; 10,000 troops are deployed.", "2010-03-01", hard=True)], ""),
("- ", [E("Today the death toll stands at more than 700, officials say.", "2010-03-01", hard=True)], ""),
"", "(c) 2010 Agency. All rights reserved. Redistribution prohibited.",
])
DOCS["wiki_timeline_vinyl"] = ("Timeline of sound recording formats", "2024-05-10", "md", "Wikipedia-style timeline: decade headings, bullets, month-day, circa, ranges", [
"# Timeline of sound recording formats", "", "This is a timeline of the main formats used to record and sell sound.", "", "## 1850s-1880s", "",
("* ", [E("c. 1857 - Édouard-Léon Scott de Martinville patents the phonautograph, which traces sound but cannot play it back.", "1857", mod="APPROX")], ""),
("* ", [E("December 1877 - Thomas Edison demonstrates his tinfoil phonograph to the editors of a scientific weekly.", "1877-12")], ""),
("* ", [E("1887 - Emile Berliner files for a patent on the flat disc gramophone.", "1887")], ""),
"", "## 1890s-1940s", "",
("* ", [E("1898-1902 - Several labels compete over the 7-inch and 10-inch disc sizes.", "1898", end="1902")], ""),
("* ", [E("1925 - Electrical recording with microphones replaces the acoustic horn.", "1925")], ""),
("* ", [E("June 21, 1948 - Columbia presents the 33⅓ rpm long-playing record in New York.", "1948-06-21")], ""),
("* ", [E("March 31, 1949 - RCA Victor answers with the 45 rpm single.", "1949-03-31")], ""),
"", "## 1950s-1970s", "",
("* ", [E("Late 1950s - Stereo records reach the mass market.", "195X", mod="END")], ""),
("* ", [E("August 30, 1963 - Philips shows the Compact Cassette at the Berlin radio show.", "1963-08-30")], ""),
("* ", [E("The 8-track cartridge is popular in American cars during the 1970s.", "197X")], ""),
"", "## 1980s-present", "",
("* ", [E("October 1, 1982 - The compact disc goes on sale in Japan.", "1982-10-01")], ""),
("* ", [E("In 1988, CD sales overtake vinyl in the US for the first time.", "1988")], ""),
("* ", [E("Mid-2000s - Vinyl sales begin a slow revival.", "200X", mod="MID")], ""),
("* ", [E("Between 2015 and 2019 streaming becomes the largest source of music revenue.", "2015", end="2019")], ""),
("* ", [E("2022 - Vinyl outsells CDs in the United States, the first time since 1987.", "2022")], ""),
"", "## See also", "", "* Timeline of audio formats (1990-2020)", "* History of the phonograph",
])
DOCS["longread_harbour"] = ("The long fall and rise of Port Merrow", "2023-09-17", "txt", "newspaper long read, dated subheadings, undated continuations, relative dates, byline/newsletter furniture", [
"The long fall and rise of Port Merrow", "By Aisling Carver, Sunday 17 September 2023", "Share on Facebook | Share on X | Email", "",
"How a fishing town lost its harbour, then bought it back.", "", "1974: The last trawler", "",
("", [E("In the spring of 1974 the Merrow Star, the last deep-sea trawler of the town, was sold to a company in Hull.", "1974-SP")], ""),
("", [E("Forty-two men lost their jobs within a month. The harbour master, then 61, kept a ledger of every boat that left.", "1974-SP", ex=False, hard=True)], ""),
"", "1981-1989: Decline", "",
("", [E("The council closed the fish market in 1981, the first closure since it opened in 1907.", "1981")], ""),
("", [E("By 1989 the population had fallen to 3,100, down from 5,400 at the 1971 census.", "1989", mod="ON_OR_BEFORE")], ""),
"", "Sign up to our weekly newsletter. Enter your email: ____ Subscribe", "", "2003: The buyout", "",
("", [E("On 4 March 2003 residents voted 1,212 to 388 to form a community trust.", "2003-03-04")], ""),
("", [E("A week later the trust offered £1.5m for the harbour.", "2003-03-11", hard=True), E("The owners accepted in mid-June.", "2003-06", mod="MID", hard=True)], ""),
("", [E("That autumn the first new moorings were laid.", "2003-FA", hard=True)], ""),
"", "2010s: Return of the boats", "",
("", [E("In 1998 a plan for a marina, backed by a developer from Leeds, collapsed.", "1998")], ""),
("", [E("In 2012 a shellfish cooperative landed its first catch.", "2012")], ""),
("", [E("On 9 August 2012 the Princess Royal opened the new fish quay.", "2012-08-09")], ""),
("", [E("Two years later the trust reopened the market under a lease that runs to 2039.", "2014", hard=True)], ""),
("", [E("This summer the town held its first regatta since 1972.", "2023-SU", hard=True)], ""),
("", [E("Some residents still think the town gave up too much to outsiders.", None, ex=False)], ""),
"", "Related", "- Harbour trust wins award (12 May 2019)", "- Storm damages pier (3 Jan 2021)",
])
DOCS["bbc_profile_lithuania"] = ("Lithuania profile - Timeline", "2021-02-16", "txt", "broadcaster profile, bold year labels on own line, day-month entries under year", [
"Lithuania profile - Timeline", "", "A chronology of key events:", "",
("", [E("1253 - Mindaugas is crowned King of Lithuania.", "1253")], ""),
("", [E("1386 - Grand Duke Jogaila marries Queen Jadwiga of Poland, joining the two crowns.", "1386")], ""),
("", [E("1569 - The Union of Lublin creates the Polish-Lithuanian Commonwealth.", "1569")], ""),
("", [E("1795 - Most of Lithuania is absorbed by the Russian Empire in the third partition.", "1795")], ""),
("", [E("1918 16 February - The Council of Lithuania declares independence.", "1918-02-16")], ""),
("", [E("1940 June - Soviet troops occupy the country; annexation follows in August.", "1940-06")], ""),
"", "**1941-44**", "",
("", [E("German occupation. Most of Lithuania's Jews are murdered.", "1941", end="1944", ex=False, hard=True)], ""),
"", "**1990**", "",
("", [E("11 March - Lithuania becomes the first Soviet republic to declare independence.", "1990-03-11", hard=True)], ""),
"", "**1991**", "",
("", [E("January - Soviet troops storm the Vilnius TV tower; 14 civilians are killed.", "1991-01", hard=True)], ""),
("", [E("September - Moscow recognises Lithuanian independence.", "1991-09", hard=True)], ""),
"", "**2004**", "",
("", [E("29 March - Lithuania joins Nato.", "2004-03-29", hard=True)], ""),
("", [E("1 May - Lithuania joins the European Union, with nine other states.", "2004-05-01", hard=True)], ""),
("", [E("2009 - Dalia Grybauskaite becomes the first woman president.", "2009")], ""),
("", [E("2015 January - Lithuania adopts the euro.", "2015-01")], ""),
"", "Related Topics: Europe | Baltic states",
])
DOCS["live_flood"] = ("Live: River Aln floods - latest updates", "2022-11-08", "html", "live blog, clock times, reverse order, weekday/yesterday relative to publication, html furniture", [
"<html><head><title>Live: River Aln floods</title></head><body>", "<nav>Home | News | Weather | Sport</nav>", "<h1>River Aln floods: latest updates</h1>", "<p class=\"byline\">Updated Tuesday 8 November 2022</p>", "<ul class=\"live\">",
("<li><b>17:40</b> ", [E("The Environment Agency lifts two of its six severe warnings.", "2022-11-08", ex=False, hard=True)], "</li>"),
("<li><b>16:05</b> ", [E("Rail services between Alnmouth and Berwick will resume on Thursday, the operator says.", "2022-11-08", ex=False, hard=True)], "</li>"),
("<li><b>14:30</b> ", [E("Police confirm a man aged 74 was rescued from his car on the B6341.", "2022-11-08", ex=False, hard=True)], "</li>"),
("<li><b>12:10</b> ", [E("Rainfall since Saturday has reached 140mm at Alnwick, more than a normal month.", "2022-11-08", ex=False, hard=True)], "</li>"),
("<li><b>10:50</b> ", [E("Northumberland County Council opens a rest centre at the Willowburn leisure centre.", "2022-11-08", ex=False, hard=True)], "</li>"),
("<li><b>09:15</b> ", [E("Yesterday evening about 300 homes were evacuated in Warkworth.", "2022-11-07", hard=True)], "</li>"),
("<li><b>08:00</b> ", [E("Good morning and welcome to our live coverage of the flooding in Northumberland.", None, ex=False)], "</li>"),
"</ul>", "<h2>How we got here</h2>", "<ul>",
("<li>", [E("On Saturday the Met Office issued an amber rain warning.", "2022-11-05", hard=True)], "</li>"),
("<li>", [E("On Sunday night the river burst its banks at Lesbury.", "2022-11-06", hard=True)], "</li>"),
("<li>", [E("In the early hours of Monday, 40 people were taken from homes by boat.", "2022-11-07", hard=True)], "</li>"),
("<li>", [E("The last comparable flood, in September 2008, damaged 180 homes.", "2008-09")], "</li>"),
"</ul>", "<aside>Call the floodline on 0345 988 1188. Share this page.</aside>", "<footer>&copy; 2022 Northern Echo Digital</footer></body></html>",
])
DOCS["university_history"] = ("Our history - Kellbrook University", "2019-06-01", "html", "institution history page as an HTML table (year | event) with site furniture", [
"<html><body><div class=\"menu\">Study | Research | About us | Contact</div>", "<h1>Our history</h1>", "<p>From a mechanics' institute to a research university.</p>", "<table>", "<tr><th>Year</th><th>Event</th></tr>",
("<tr><td>1846</td><td>", [E("Founded as the Kellbrook Mechanics' Institute by local mill owners.", "1846", ex=False, hard=True)], "</td></tr>"),
("<tr><td>c. 1860</td><td>", [E("The institute moves to a larger hall on Bridge Street.", "1860", mod="APPROX", ex=False, hard=True)], "</td></tr>"),
("<tr><td>1872</td><td>", [E("Evening classes in chemistry open, with 64 students enrolled.", "1872", ex=False, hard=True)], "</td></tr>"),
("<tr><td>1903</td><td>", [E("Renamed Kellbrook Technical College.", "1903", ex=False, hard=True)], "</td></tr>"),
("<tr><td>1939-1945</td><td>", [E("The college trains radio operators for the armed forces.", "1939", end="1945", ex=False, hard=True)], "</td></tr>"),
("<tr><td>1966</td><td>", [E("Granted a royal charter on 12 October as Kellbrook University.", "1966-10-12", hard=True)], "</td></tr>"),
("<tr><td>1971</td><td>", [E("The first students graduate from the new Hallam Road campus.", "1971", ex=False, hard=True)], "</td></tr>"),
("<tr><td>1980s</td><td>", [E("Student numbers double to more than 8,000.", "198X", ex=False, hard=True)], "</td></tr>"),
("<tr><td>1992</td><td>", [E("Merger with St Aidan's College of Education.", "1992", ex=False, hard=True)], "</td></tr>"),
("<tr><td>2008</td><td>", [E("The Faraday Building opens; it houses 1,200 researchers.", "2008", ex=False, hard=True)], "</td></tr>"),
("<tr><td>2017</td><td>", [E("Ranked in the top 200 worldwide for engineering for the first time since 2009.", "2017", ex=False, hard=True)], "</td></tr>"),
("<tr><td>2018</td><td>", [E("Plans announced for a new medical school, due to open in autumn 2020.", "2018", ex=False, hard=True)], "</td></tr>"),
"</table>", "<p>Contact: +44 113 496 0000 | Admissions open for 2020 entry</p>", "<footer>&copy; 2019 Kellbrook University</footer></body></html>",
])
DOCS["space_probe"] = ("Mission timeline: the Cassini-Huygens journey", "2017-09-15", "txt", "science mission timeline, month-abbrev day year, numeric dates, distances as numbers", [
"Mission timeline: the Cassini-Huygens journey", "", "Launch to Grand Finale", "",
("", [E("Oct. 15, 1997 - Cassini launches on a Titan IVB/Centaur from Cape Canaveral.", "1997-10-15")], ""),
("", [E("Apr. 26, 1998 - First Venus flyby, at 284 km.", "1998-04-26")], ""),
("", [E("Jun. 24, 1999 - Second Venus flyby.", "1999-06-24")], ""),
("", [E("Aug. 18, 1999 - Earth flyby, at 1,171 km.", "1999-08-18")], ""),
("", [E("Dec. 30, 2000 - Closest approach to Jupiter, 9.7 million km.", "2000-12-30")], ""),
("", [E("Jul. 1, 2004 - Saturn Orbit Insertion; the engine burns for 96 minutes.", "2004-07-01")], ""),
("", [E("Dec. 24, 2004 - The Huygens probe separates from the orbiter.", "2004-12-24")], ""),
("", [E("Jan. 14, 2005 - Huygens lands on Titan and transmits for 72 minutes.", "2005-01-14")], ""),
("", [E("2005-07-14 - Cassini finds jets of water ice near Enceladus' south pole.", "2005-07-14")], ""),
("", [E("Mar. 12, 2008 - Cassini flies through an Enceladus plume at 50 km.", "2008-03-12")], ""),
("", [E("Jun. 2008 - The prime mission ends; the Equinox Mission begins.", "2008-06")], ""),
("", [E("Sep. 27, 2010 - The Solstice Mission begins, extended to 2017.", "2010-09-27")], ""),
("", [E("Apr. 22, 2017 - Final Titan flyby sends Cassini into the Grand Finale orbits.", "2017-04-22")], ""),
("", [E("Apr. 26 - First of 22 dives between Saturn and its rings.", "2017-04-26", hard=True)], ""),
("", [E("Sep. 11 - A last distant Titan flyby nudges the orbit.", "2017-09-11", hard=True)], ""),
("", [E("Sep. 15 - Cassini plunges into Saturn's atmosphere, ending the mission.", "2017-09-15", hard=True)], ""),
"", "Image credit: NASA/JPL-Caltech", "Tags: Saturn, Titan, Enceladus",
])
DOCS["football_season"] = ("Season review: Ardmore Rovers 2018-19", "2019-05-20", "txt", "sports season recap, scores as numbers, ordinals, year rollover across season", [
"Season review: Ardmore Rovers 2018-19", "", "Posted by the club media team", "",
("", [E("August 4th: Rovers open the season with a 2-1 win at home to Dunmore.", "2018-08-04")], ""),
("", [E("August 25th: A 0-3 defeat at Castlebar ends an unbeaten start.", "2018-08-25", hard=True)], ""),
("", [E("September 15th: Striker Ciaran Doyle, 19, scores a hat-trick in a 4-0 win.", "2018-09-15", hard=True)], ""),
("", [E("October 2nd: Manager Pat Rooney signs a contract to 2022.", "2018-10-02", hard=True)], ""),
("", [E("November 17th: Rovers go top of the table for the first time since 1998.", "2018-11-17", hard=True)], ""),
("", [E("December 26th: 4,200 fans see the derby end 1-1.", "2018-12-26", hard=True)], ""),
("", [E("New Year's Day: Rovers win 3-0 at Ballina.", "2019-01-01", hard=True)], ""),
("", [E("January 5th: Rovers lose 2-3 in the cup third round.", "2019-01-05", hard=True)], ""),
("", [E("Mid-February: Doyle is injured and misses six weeks.", "2019-02", mod="MID", hard=True)], ""),
("", [E("March 9th: A 5-2 win at Westport restores the lead.", "2019-03-09", hard=True)], ""),
("", [E("April 27th: Rovers clinch the title with a game to spare.", "2019-04-27", hard=True)], ""),
("", [E("The following Saturday the trophy is presented after a 2-2 draw.", "2019-05-04", hard=True)], ""),
("", [E("Doyle, with 24 goals, is named player of the season a week later.", "2019-05-11", hard=True)], ""),
"", "Comments (3)", "Leave a comment. What is 4 + _ = 11? [  ]", "Submit",
])
DOCS["ancient_egypt"] = ("Ancient Egypt: a timeline of the Pharaohs", "2020-01-20", "txt", "ancient history list, BC era stated once then carried, circa, ranges, AD switch", [
"Ancient Egypt: a timeline of the Pharaohs", "", "All dates are approximate.", "",
("", [E("c. 3100 BC - Narmer unites Upper and Lower Egypt.", "BC3100", mod="APPROX")], ""),
("", [E("c. 2560 - The Great Pyramid of Giza is completed for Khufu.", "BC2560", mod="APPROX", hard=True)], ""),
("", [E("2181-2055 - The First Intermediate Period: central power collapses.", "BC2181", end="BC2055", hard=True)], ""),
("", [E("c. 1550 - Ahmose I expels the Hyksos and founds the New Kingdom.", "BC1550", mod="APPROX", hard=True)], ""),
("", [E("1353 - Akhenaten takes the throne and promotes the cult of the Aten.", "BC1353", hard=True)], ""),
("", [E("1323 - Tutankhamun dies at about 19.", "BC1323", hard=True)], ""),
("", [E("1274 - Ramesses II fights the Hittites at Kadesh.", "BC1274", hard=True)], ""),
("", [E("Around 1259 the two powers sign the first known peace treaty.", "BC1259", mod="APPROX", hard=True)], ""),
("", [E("525 - The Persians conquer Egypt.", "BC0525", hard=True)], ""),
("", [E("Mid-7th century - Assyrian kings briefly rule Egypt.", "BC06XX", mod="MID", hard=True)], ""),
("", [E("332 - Alexander the Great enters Egypt without a fight.", "BC0332", hard=True)], ""),
("", [E("30 BC - Cleopatra VII dies and Egypt becomes a Roman province.", "BC0030")], ""),
("", [E("AD 391 - Emperor Theodosius orders the pagan temples closed.", "0391")], ""),
("", [E("AD 641 - Arab armies take Alexandria.", "0641")], ""),
"", "Further reading: The Oxford History of Ancient Egypt (2000).",
])
DOCS["local_year_review"] = ("2021 in review: Millbridge", "2021-12-30", "txt", "local news year in review, month headings without year, paragraphs with two dated sentences", [
"2021 in review: Millbridge", "", "Our look back at a busy year in town.", "", "JANUARY", "",
("", [E("Snow closed all 14 schools on the 8th.", "2021-01-08", hard=True), E("By the 12th the council had run out of grit.", "2021-01-12", mod="ON_OR_BEFORE", hard=True)], ""),
"", "MARCH", "",
("", [E("The Route 9 bypass finally opened on March 22, eleven years late.", "2021-03-22", hard=True)], ""),
"", "MAY", "",
("", [E("Voters elected Sandra Okafor as the town's first woman mayor.", "2021-05", ex=False, hard=True)], ""),
("", [E("On the 15th the library celebrated 100 years since it opened in 1921.", "2021-05-15", hard=True)], ""),
("", [E("Late in the month the old cinema was listed by Historic England.", "2021-05", mod="END", hard=True)], ""),
"", "JULY", "",
("", [E("A heatwave pushed temperatures to 33C on July 19, a local record.", "2021-07-19", hard=True)], ""),
("", [E("Three days later the paddling pool reopened after a 2017 closure.", "2021-07-22", hard=True)], ""),
"", "SEPTEMBER", "",
("", [E("The Millbridge Show returned from September 10 to 12 after two cancelled years.", "2021-09-10", end="2021-09-12", hard=True)], ""),
"", "OCTOBER", "",
("", [E("Nothing much happened, unless you count the new parking charges.", "2021-10", ex=False, hard=True)], ""),
"", "NOVEMBER", "",
("", [E("Storm Arwen brought down 60 trees on the night of Nov. 26.", "2021-11-26", hard=True)], ""),
("", [E("Power was restored to the last homes on 3 December.", "2021-12-03", hard=True)], ""),
("", [E("Whatever next year brings, we will be here to report it.", None, ex=False)], ""),
"", "Copyright 2021 Millbridge Gazette. Letters: editor@millbridgegazette.example",
])
DOCS["explainer_relative"] = ("Explainer: how the Harlow water dispute unfolded", "2024-03-14", "md", "explainer with relative dates against publication date, weeks, weekend, vague dates", [
"# Explainer: how the Harlow water dispute unfolded", "", "*Published Thursday 14 March 2024*", "",
"The row over the town's water supply has run for months. Here is what happened.", "",
("", [E("Last summer residents first complained of a metallic taste in tap water.", "2023-SU", hard=True)], ""),
("", [E("In October 2023 tests found lead above the 10 micrograms limit set by a 2015 rule.", "2023-10")], ""),
("", [E("In mid-December the utility sent letters to 9,400 homes.", "2023-12", mod="MID", hard=True)], ""),
("", [E("In early January the utility blamed old pipes laid in the 1950s.", "2024-01", mod="START", hard=True)], ""),
("", [E("Last month the regulator opened an inquiry.", "2024-02", hard=True)], ""),
("", [E("Two weeks ago, more than 500 people marched to the town hall.", "2024-W09", hard=True)], ""),
("", [E("Last weekend the utility handed out 20,000 bottles of water.", "2024-W10-WE", hard=True)], ""),
("", [E("On Monday the chief executive apologised at a public meeting.", "2024-03-11", hard=True)], ""),
("", [E("Yesterday the council voted to seek damages.", "2024-03-13", hard=True)], ""),
("", [E("A resident, 82, told us the water had tasted odd for years.", None, ex=False)], ""),
("", [E("Today the regulator said it would report by the end of June.", "2024-03-14", hard=True)], ""),
"", "**Read more:** [Is my tap water safe? (2 Feb 2024)](#)",
])
DOCS["medieval_list"] = ("Timeline of the Norman conquest of England", "2016-10-14", "md", "medieval list, day-month-year with weekdays, month ranges, before/after mods", [
"## Timeline of the Norman conquest of England", "", "The 950th anniversary of the battle of Hastings falls today.", "",
("1. ", [E("5 January 1066: Edward the Confessor dies without a clear heir.", "1066-01-05")], ""),
("1b. ", [E("The same day the Witan meets to choose a successor.", "1066-01-05", hard=True)], ""),
("2. ", [E("6 January: Harold Godwinson is crowned king in Westminster.", "1066-01-06", hard=True)], ""),
("3. ", [E("From May to July, Harold's fleet waits for an invasion that does not come.", "1066-05", end="1066-07", hard=True)], ""),
("4. ", [E("20 September: Harald Hardrada defeats the northern earls at Fulford.", "1066-09-20", hard=True)], ""),
("5. ", [E("25 September: Harold wins at Stamford Bridge.", "1066-09-25", hard=True)], ""),
("6. ", [E("Three days later, William lands at Pevensey.", "1066-09-28", hard=True)], ""),
("7. ", [E("14 October: William defeats Harold at Hastings.", "1066-10-14", hard=True)], ""),
("8. ", [E("Christmas Day: William is crowned in Westminster Abbey.", "1066-12-25", hard=True)], ""),
("9. ", [E("Winter of 1069: the Harrying of the North lays waste to Yorkshire.", "1069-WI")], ""),
("10. ", [E("Before 1086 a great survey, later called Domesday Book, is ordered.", "1086", mod="BEFORE")], ""),
("10b. ", [E("In 1085 William orders a survey of landholding, completed within a year.", "1085")], ""),
("11. ", [E("9 September 1087: William dies at Rouen.", "1087-09-09")], ""),
"", "Share: Facebook | Twitter", "(c) 2016 History Hub",
])
total = 0
for name, (title, pub, fmt, style, items) in DOCS.items():
    lines, gold = [], []
    for it in items:
        if isinstance(it, str): lines.append(it); continue
        pre, clauses, suf = it
        lines.append(pre + " ".join(c[0] for c in clauses) + suf)
        if fmt != "html": lines.append("")
        for t, v, mod, ex, hard, end in clauses:
            g = {"quote": q(t), "value": v, "mod": mod}
            if end is not None: g["end"] = end
            g.update(explicit=ex, hard=hard); gold.append(g)
    ext = {"txt": "txt", "md": "md", "html": "html"}[fmt]
    (D / f"{name}.{ext}").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (D / f"{name}.gold.jsonl").write_text("".join(json.dumps(g, ensure_ascii=False) + "\n" for g in gold), encoding="utf-8")
    (D / f"{name}.meta.json").write_text(json.dumps({"title": title, "publication_date": pub, "format": fmt, "style": style}, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    total += len(gold); print(name, len(gold))
print("total", total)
