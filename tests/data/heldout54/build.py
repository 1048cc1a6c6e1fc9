"""Builds the held-out files from templates. Entries are written {{text||value mod end explicit hard}}
('-' = null/absent, explicit/hard as 1/0). Output: NAME.ext (markers removed), NAME.gold.jsonl."""
import json, re, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
MARK = re.compile(r"\{\{(.*?)\|\|(.*?)\}\}", re.S)

def build(name, ext, meta, template):
    text, gold, pos = "", [], 0
    out = []
    for m in MARK.finditer(template):
        out.append(template[pos:m.start()])
        body = m.group(1)
        out.append(body)
        value, mod, end, ex, hd = m.group(2).split()
        gold.append([body, value, mod, end, ex, hd])
        pos = m.end()
    out.append(template[pos:])
    text = "".join(out)
    rows = []
    for body, value, mod, end, ex, hd in gold:
        words = body.split()
        n = min(10, len(words))
        while True:
            q = " ".join(words[:n])
            if text.count(q) == 1 or n >= len(words):
                break
            n += 1
        assert text.count(q) == 1, (name, q)
        r = {"quote": q, "value": None if value == "null" else value,
             "mod": None if mod == "-" else mod}
        if end != "-":
            r["end"] = end
        r["explicit"] = ex == "1"
        r["hard"] = hd == "1"
        rows.append(r)
    with open(os.path.join(HERE, name + "." + ext), "w") as f:
        f.write(text.lstrip("\n"))
    with open(os.path.join(HERE, name + ".gold.jsonl"), "w") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    meta = dict(meta, format=ext)
    with open(os.path.join(HERE, name + ".meta.json"), "w") as f:
        json.dump(meta, f, indent=1, ensure_ascii=False); f.write("\n")
    print(name, len(rows))
    return len(rows)

DOCS = []

DOCS.append(("agency_brexit_keydates", "txt", {"title": "Brexit: key dates since the referendum", "publication_date": "2020-01-31", "style": "news agency factbox, dash section headers, 'On Month D' entries with years carried from the first entry, ends on the publication day (Friday)"}, r"""
Brexit: key dates since the referendum

LONDON, Jan 31 (AFP) - Britain leaves the European Union at 2300 GMT on Friday, three and a half years after voting to quit the bloc it joined in 1973. Here are the main dates.

– A shock vote –

{{On June 23, 2016, Britons vote by 52 percent to 48 percent to leave the EU, a margin of about 1.3 million votes.||2016-06-23 - - 1 0}}

{{The next day, Prime Minister David Cameron, who had campaigned to remain, announces he will step down.||2016-06-24 - - 1 1}}

{{On July 13, Theresa May, the former interior minister, takes over at Downing Street.||2016-07-13 - - 1 1}}

– Negotiations –

{{On March 29, 2017, London formally triggers Article 50 of the EU treaty, starting a two-year countdown set to end on March 29, 2019.||2017-03-29 - - 1 0}}

{{In a snap election on June 8, May loses her parliamentary majority.||2017-06-08 - - 1 1}} {{Negotiations with Brussels open eleven days later.||2017-06-19 - - 1 1}}

{{On November 25, 2018, EU leaders approve the withdrawal agreement at a summit lasting less than an hour.||2018-11-25 - - 1 0}}

{{On January 15, 2019, MPs reject the deal by 432 votes to 202, the heaviest government defeat since the 1920s.||2019-01-15 - - 1 0}}

{{MPs throw it out twice more, in March.||2019-03 - - 1 1}} {{The EU agrees in April to push Brexit day back to October 31.||2019-04 - - 1 1}}

– Johnson takes over –

{{Boris Johnson becomes prime minister on July 24, promising to leave "do or die".||2019-07-24 - - 1 1}}

{{On October 17, London and Brussels strike a revised deal that replaces the contested Irish "backstop".||2019-10-17 - - 1 1}}

{{Parliament is dissolved on November 6 for an early election.||2019-11-06 - - 1 1}}

{{Johnson's Conservatives win a majority of 80 seats in a general election on December 12, their best result since 1987.||2019-12-12 - - 1 1}}

{{The withdrawal agreement is signed in Brussels and London on January 24.||2020-01-24 - - 1 1}}

{{The European Parliament ratifies the text on Wednesday by 621 votes to 49.||2020-01-29 - - 1 1}}

{{On Friday, the Union flag is lowered outside EU institutions in Brussels.||2020-01-31 - - 1 1}} A transition period runs until December 31, during which little will change for citizens.

bur-jj/phv

© Agence France-Presse
"""))

DOCS.append(("wiki_timeline_internet", "md", {"title": "Timeline of the early Internet", "publication_date": "2024-03-02", "style": "encyclopedia 'Timeline of' page in Markdown: decade sections, 'YEAR – text' bullets, month-day entries under a year, approximate and range entries, See also / References furniture"}, r"""
# Timeline of the early Internet

This is a timeline of the development of computer networking up to the launch of the public web. For later events, see the timeline of the World Wide Web.

## 1960s

- {{1961 – Leonard Kleinrock publishes early work on queueing theory for data networks.||1961 - - 1 0}}
- {{c. 1964 – Paul Baran describes distributed packet-switched communication in a series of RAND memoranda.||1964 APPROX - 1 0}}
- {{1965 – Donald Davies at the National Physical Laboratory coins the term "packet".||1965 - - 1 0}}
- 1969
  - {{October 29 – The first message is sent between UCLA and the Stanford Research Institute; the system crashes after two letters.||1969-10-29 - - 1 1}}
  - {{December 5 – Four nodes of the ARPANET are connected.||1969-12-05 - - 1 1}}

## 1970s

- {{1971 – Ray Tomlinson sends the first networked email, choosing the @ sign to separate user and host.||1971 - - 1 0}}
- {{1972 – ARPANET is demonstrated publicly at a conference in Washington in October.||1972-10 - - 1 0}}
- {{1973–1974 – Vint Cerf and Bob Kahn design the Transmission Control Program, published in May 1974.||1973 - 1974 1 0}}
- {{Late 1970s – Usenet and bulletin-board systems spread among universities and hobbyists.||197X END - 1 0}}

## 1980s

- {{1 January 1983 – ARPANET switches to TCP/IP in a so-called flag day.||1983-01-01 - - 1 0}}
- {{1984 – The Domain Name System is introduced; the number of hosts passes 1,000.||1984 - - 1 0}}
- {{1986 – NSFNET links five supercomputer centres at 56 kbit/s.||1986 - - 1 0}}
- {{March 1989 – Tim Berners-Lee submits his proposal "Information Management" at CERN.||1989-03 - - 1 0}}

## 1990s

- {{1990 – ARPANET is decommissioned.||1990 - - 1 0}} {{In December, the first web server goes online at CERN.||1990-12 - - 1 1}}
- {{6 August 1991 – The World Wide Web project is announced on a public newsgroup.||1991-08-06 - - 1 0}}
- {{30 April 1993 – CERN puts the web software in the public domain.||1993-04-30 - - 1 0}}

## See also

- Timeline of the World Wide Web
- History of email

## References

1. Hafner, K. (1996). *Where Wizards Stay Up Late*. Retrieved 12 May 2023.
2. "A short history of the Internet" (2001). Archived from the original on 3 June 2019.

This page was last edited on 2 March 2024, at 10:14 (UTC).
"""))

DOCS.append(("profile_merkel", "md", {"title": "Angela Merkel: a profile", "publication_date": "2021-12-08", "style": "broadcaster profile/timeline: bold year labels on their own line, entries below without years, ages and numbers as distractors, share links and related list"}, r"""
# Angela Merkel: a profile

*8 December 2021 · Europe · Share on Facebook · Share on X*

Germany's first female chancellor leaves office after 16 years. Here are the milestones of her life and career.

**1954**

{{Born Angela Dorothea Kasner in Hamburg on 17 July, the daughter of a Lutheran pastor.||1954-07-17 - - 1 1}} {{Weeks later the family moves to Brandenburg in East Germany.||1954 - - 1 1}}

**1978**

{{Completes a doctorate in quantum chemistry at the Academy of Sciences in East Berlin, aged 24.||1978 - - 0 1}}

**1989**

{{Joins the new party Democratic Awakening as the Berlin Wall falls.||1989 - - 0 1}} {{In December 1990 she wins a seat in the first all-German Bundestag.||1990-12 - - 1 0}}

**1991**

{{Helmut Kohl appoints her minister for women and youth, at 36 the youngest member of his cabinet.||1991 - - 0 1}}

**2000**

{{Elected leader of the Christian Democratic Union in April, the first woman and first Protestant from the East to hold the post.||2000-04 - - 1 1}}

**2005**

{{Sworn in as chancellor on 22 November, at the head of a grand coalition.||2005-11-22 - - 1 1}}

**2009 and 2013**

{{Re-elected twice, in 2009 and 2013, each time as head of a different coalition.||2009 - 2013 1 0}}

**2015**

{{Keeps Germany's borders open in late summer as hundreds of thousands of refugees arrive, saying "We can do this".||2015-SU END - 1 1}}

**2018**

{{Announces in October that she will not seek another term.||2018-10 - - 1 1}}

**2021**

{{Leaves office on 8 December, handing over to Olaf Scholz.||2021-12-08 - - 1 1}}

Her 5,860 days in office fall just short of Kohl's record.

**Related**

- Scholz elected chancellor (8 December 2021)
- How Germany voted in 2021
"""))

DOCS.append(("longread_chernobyl", "html", {"title": "Chernobyl: the night and the years after", "publication_date": "2016-04-25", "style": "newspaper long read in HTML: dated subheadings (h2) carrying day and year, paragraphs with clock times and relative days, undated continuations, byline, share bar, newsletter box, related links with dates, copyright"}, r"""
<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Chernobyl: the night and the years after | The Morning Ledger</title>
<meta property="article:published_time" content="2016-04-25T06:00:00Z"></head>
<body>
<header><nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/science">Science</a> | <a href="/subscribe">Subscribe</a></nav></header>
<article>
<h1>Chernobyl: the night and the years after</h1>
<p class="byline">By Ilse Marten · 25 April 2016 · 12 min read</p>
<div class="share"><a href="#">Share</a> <a href="#">Tweet</a> <a href="#">Email</a></div>
<p>Thirty years ago a safety test went wrong in a reactor hall in Soviet Ukraine. This is how the disaster unfolded, and what came after.</p>
<h2>25 April 1986</h2>
<p>{{The operators of reactor No. 4 begin lowering its power in the afternoon for a test of the turbine generators.||1986-04-25 - - 1 1}} {{The grid controller in Kiev asks them to wait, and the test is postponed by nearly ten hours.||1986-04-25 - - 0 1}}</p>
<h2>26 April 1986</h2>
<p>{{At 1.23am a power surge ruptures the core and two explosions blow the 1,000-tonne lid off the reactor.||1986-04-26 - - 1 1}}</p>
<p>{{Firefighters from the plant and from Pripyat, a town of 49,000, arrive within minutes without protective gear.||1986-04-26 - - 0 1}}</p>
<h2>27 April 1986</h2>
<p>{{About 36 hours after the explosion, Pripyat is evacuated in some 1,200 buses; residents are told to pack for three days.||1986-04-27 - - 1 1}}</p>
<aside class="newsletter"><h3>Sign up to Morning Briefing</h3><p>Our best stories, every weekday at 7am. Free until 30 June.</p><button>Sign up</button></aside>
<h2>28 April 1986</h2>
<p>{{Radiation alarms go off at the Forsmark nuclear plant in Sweden, more than 1,000km away.||1986-04-28 - - 1 1}} {{That evening Soviet television reads a 20-second statement acknowledging an accident.||1986-04-28 - - 1 1}}</p>
<h2>May to November 1986</h2>
<p>{{Four days later, on 2 May, Soviet leaders visit the zone and order a 30km exclusion area.||1986-05-02 - - 1 1}}</p>
<p>{{Helicopters drop about 5,000 tonnes of sand, lead and boron onto the burning reactor in the first two weeks.||1986-05 START - 1 1}}</p>
<p>{{Engineers and soldiers then build a concrete and steel shelter around the ruin, finished in November.||1986-11 - - 1 1}}</p>
<h2>1991 and after</h2>
<p>{{The Soviet Union dissolves in December 1991, leaving independent Ukraine in charge of the site.||1991-12 - - 1 0}}</p>
<p>{{The last working reactor at Chernobyl is shut down on 15 December 2000.||2000-12-15 - - 1 0}}</p>
<p>{{Construction of a new arch-shaped enclosure began in 2010 and is due to be finished next year.||2010 - - 1 0}}</p>
<p>Scientists still argue about the eventual death toll, with estimates ranging from a few thousand to tens of thousands.</p>
</article>
<section class="related"><h3>Related</h3><ul>
<li><a href="/a1">Fukushima five years on (11 March 2016)</a></li>
<li><a href="/a2">Inside the exclusion zone, 1996</a></li></ul></section>
<footer><p>© 2016 The Morning Ledger Ltd. All rights reserved. Registered in England No. 908822.</p></footer>
</body></html>
"""))

DOCS.append(("live_storm_harlow", "html", {"title": "Storm Brannagh live: flooding closes Route 9 as river peaks", "publication_date": "2026-03-12", "style": "live blog of an invented breaking story: newest first, clock-time stamps on the publication day, a 'yesterday' entry, weekday references, key points box, pinned post, refresh and comment furniture"}, r"""
<!DOCTYPE html>
<html><head><title>Storm Brannagh live: flooding closes Route 9 as river peaks</title>
<meta name="date" content="2026-03-12"></head>
<body>
<div class="topbar">Live · Updated 16:42 GMT, Thursday 12 March 2026 · <a href="#">Refresh</a></div>
<h1>Storm Brannagh live: flooding closes Route 9 as river peaks</h1>
<div class="keypoints"><h2>Key points</h2><ul>
<li>Route 9 closed between Harlow Bridge and Millford</li>
<li>About 2,300 homes without power</li>
<li>Flood helpline: 0800 555 0199</li></ul></div>
<div class="post pinned"><p>Welcome to our live coverage. Send your pictures to live@example-news.test.</p></div>
<div class="post"><span class="time">16:42</span>
<p>{{The river at Harlow Bridge peaked at 4.8 metres this afternoon, the highest level since records began in 1961, the Environment Agency says.||2026-03-12 - - 1 1}}</p></div>
<div class="post"><span class="time">15:48</span>
<p>{{Rail operator Southline has cancelled all trains between Harlow and Millford for the rest of the day.||2026-03-12 - - 1 1}}</p></div>
<div class="post"><span class="time">15:10</span>
<p>{{Council leader Rita Osei says 140 people have spent the day at the emergency shelter in the Corn Exchange.||2026-03-12 - - 0 1}}</p></div>
<div class="post"><span class="time">13:55</span>
<p>{{Police have closed Route 9 in both directions after a lorry became stranded near junction 4.||2026-03-12 - - 0 1}} Drivers are asked to use the A21 instead.</p></div>
<div class="post"><span class="time">12:35</span>
<p>{{A 71-year-old man was rescued from his car by firefighters on the B1140 near Eastleigh.||2026-03-12 - - 0 1}} He was unhurt.</p></div>
<div class="post"><span class="time">12:02</span>
<p>Here's a picture sent by reader Tom in Millford, where the high street is now under about 30cm of water. Share yours with us.</p></div>
<div class="post"><span class="time">11:20</span>
<p>{{The Met Office has upgraded its warning to amber until 06:00 on Friday.||2026-03-12 - - 0 1}}</p></div>
<div class="post"><span class="time">09:05</span>
<p>{{Schools in Millford and Eastleigh will stay closed today, the education authority confirms.||2026-03-12 - - 1 1}}</p></div>
<div class="post"><span class="time">07:30</span>
<p>{{The storm brought gusts of 78mph to the coast yesterday evening, toppling trees across the county.||2026-03-11 - - 1 1}} {{On Tuesday the county had already recorded its wettest February on record.||2026-03-10 - - 1 1}}</p></div>
<div class="post"><span class="time">07:00</span>
<p>Good morning and welcome to our live coverage of Storm Brannagh, the fourth named storm of the season.</p></div>
<div class="comments"><h3>Comments (38)</h3><p>Comments are closed on this live page.</p></div>
<footer>© 2026 Harlow Evening Courier · Terms · Privacy · Cookie settings</footer>
</body></html>
"""))

DOCS.append(("year_review_kelsby_2025", "md", {"title": "Kelsby's 2025: the year in review", "publication_date": "2025-12-29", "style": "local-news year in review in Markdown: month headings without year (year only in title/intro), entries with day-only ordinals, an invented town, phone numbers and vote counts as distractors, a December-to-January mention, newsletter box"}, r"""
# Kelsby's 2025: the year in review

*By the Kelsby Gazette newsroom · Published 29 December 2025*

From the bypass vote to the return of the summer fair, here is how the year unfolded in our town.

### January

{{Storm damage closes the Old Mill footbridge on the 9th; it would stay shut for four months.||2025-01-09 - - 1 1}}

### March

{{Councillors approve the £14m northern bypass by 23 votes to 19 on March 4th.||2025-03-04 - - 1 1}}

{{Later that month, St Anne's Primary is rated "outstanding" for the first time since 2009.||2025-03 - - 1 1}}

### May

{{The footbridge reopens on the 12th after repairs costing £310,000.||2025-05-12 - - 1 1}}

{{Kelsby Town beat Harford 2-1 in the county cup final at Moor Lane.||2025-05 - - 0 1}}

### June

{{A 14-day heatwave from June 10 to June 23 dries out the Kel to its lowest level in decades.||2025-06-10 - 2025-06-23 1 1}}

### July

{{The summer fair returns to Priory Park on 19–20 July after a five-year break, drawing an estimated 12,000 visitors.||2025-07-19 - 2025-07-20 1 1}}

### September

{{Early in the month, the 1907 Carnegie library reopens after a two-year refurbishment.||2025-09 START - 1 1}}

{{Bus route 66 is withdrawn on the 28th, despite a petition signed by 3,400 residents.||2025-09-28 - - 1 1}}

### November

{{A 38-home estate on Ferry Lane gets planning approval on Tuesday the 4th.||2025-11-04 - - 1 1}}

{{Flood defences on the Kel are completed in mid-November, a year ahead of schedule.||2025-11 MID - 1 1}}

### October

{{The town's oldest pub, the Wheatsheaf (licensed since 1742), closes its doors at the end of October.||2025-10 END - 1 1}}

### December

{{The Christmas lights are switched on by 101-year-old Doris Hale on the 6th.||2025-12-06 - - 1 1}}

Coming up: work on the bypass is due to start on January 12th. Got a story? Call the newsroom on 01632 960 455.

---

**Get the Gazette newsletter.** Local news every Friday. [Sign up](#)

© 2025 Kelsby Gazette
"""))

DOCS.append(("university_history_table", "html", {"title": "Our history | Northmoor University", "publication_date": "2023-06-01", "style": "institution history page in HTML: a two-column table (date cell, description cell) among navigation, cookie banner, contact box with phone number and footer; dates as years, seasons, decades, ranges, c."}, r"""
<!DOCTYPE html>
<html><head><title>Our history | Northmoor University</title></head>
<body>
<div class="cookie">We use cookies to improve your experience. <button>Accept all</button></div>
<nav><a href="/">Study</a> <a href="/research">Research</a> <a href="/about">About</a> <a href="/alumni">Alumni</a></nav>
<main>
<h1>Our history</h1>
<p>From a night school for mill workers to a research university of 21,000 students: the milestones of Northmoor's first 136 years.</p>
<table class="history">
<tr><th>Date</th><th>Milestone</th></tr>
<tr><td>1887</td><td>{{The Northmoor Mechanics' Institute opens in two rented rooms above a draper's shop, with 64 students.||1887 - - 1 0}}</td></tr>
<tr><td>c. 1900</td><td>{{Evening classes in chemistry and dyeing are added for the textile trade.||1900 APPROX - 1 0}}</td></tr>
<tr><td>1919–1923</td><td>{{The Great Hall is built as a memorial to 212 former students killed in the war of 1914–18.||1919 - 1923 1 0}}</td></tr>
<tr><td>1950s</td><td>{{Enrolment triples as the college becomes a centre for engineering.||195X - - 1 0}}</td></tr>
<tr><td>Autumn 1966</td><td>{{Northmoor receives its royal charter and admits its first university students.||1966-FA - - 1 0}}</td></tr>
<tr><td>14 May 1971</td><td>{{The Hartley Library, named after founder Agnes Hartley (1841–1920), is opened.||1971-05-14 - - 1 0}}</td></tr>
<tr><td>Summer 1985</td><td>{{A fire destroys the west wing of the Great Hall; rebuilding takes until 1988.||1985-SU - - 1 0}}</td></tr>
<tr><td>1992</td><td>{{A merger with Dunmore College of Art adds a second campus.||1992 - - 1 0}}</td></tr>
<tr><td>2004</td><td>{{The Materials Research Centre opens; a 2015 extension doubles its size.||2004 - - 1 0}}</td></tr>
<tr><td>2009–2012</td><td>{{The Riverside campus is rebuilt at a cost of £96m.||2009 - 2012 1 0}}</td></tr>
<tr><td>March 2020</td><td>{{Teaching moves online within a week as the campus closes.||2020-03 - - 1 0}}</td></tr>
<tr><td>2022</td><td>{{Northmoor is named University of the Year by a national guide, the first time since its founding.||2022 - - 1 0}}</td></tr>
</table>
<p>The university archive in the Hartley Library is open to visitors by appointment.</p>
</main>
<aside class="contact"><h3>Contact the archive</h3><p>Tel: +44 1632 960 187 · Open Monday to Friday, 9am–5pm</p></aside>
<footer>© Northmoor University 2023 · Registered charity no. 1143082 · Accessibility · Freedom of information</footer>
</body></html>
"""))

DOCS.append(("mission_cassini", "txt", {"title": "Cassini-Huygens: mission timeline", "publication_date": "2017-09-16", "style": "space-agency mission timeline: 'Mon. D, YYYY — text' line layout with abbreviated months, numeric dates, a range line, relative and mission-elapsed numbers, distractor distances and orbit counts"}, r"""
CASSINI-HUYGENS: MISSION TIMELINE

The joint NASA/ESA/ASI mission to Saturn ended on Sept. 15, 2017, after nearly 20 years in space. Key moments of the mission:

{{Oct. 15, 1997 — Launch from Cape Canaveral on a Titan IVB/Centaur rocket.||1997-10-15 - - 1 0}}
{{Apr. 26, 1998 — First flyby of Venus, at an altitude of 284 km.||1998-04-26 - - 1 0}}
{{June 24, 1999 — Second Venus flyby.||1999-06-24 - - 1 0}} {{An Earth flyby follows on Aug. 18, 1999, at 1,171 km.||1999-08-18 - - 1 0}}
{{Dec. 30, 2000 — Closest approach to Jupiter, 9.7 million km, in a joint campaign with Galileo.||2000-12-30 - - 1 0}}
{{July 1, 2004 — Saturn Orbit Insertion: the main engine burns for 96 minutes.||2004-07-01 - - 1 0}}
{{Dec. 24, 2004 — The Huygens probe separates from the orbiter.||2004-12-24 - - 1 0}}
{{Jan. 14, 2005 — Huygens descends through Titan's atmosphere for 2 hours 27 minutes and lands, the first landing in the outer solar system.||2005-01-14 - - 1 0}}
{{Mar. 9, 2006 — Images reveal geysers of water ice erupting from Enceladus.||2006-03-09 - - 1 0}}
{{2008–2010 — Equinox Mission: the first extension, named after Saturn's August 2009 equinox.||2008 - 2010 1 0}}
{{Dec. 2010 — A giant storm erupts in Saturn's northern hemisphere and lasts about 200 days.||2010-12 - - 1 0}}
{{2010–2017 — Solstice Mission: the second extension, covering a full season on Saturn.||2010 - 2017 1 0}}
{{22/04/2017 — Final flyby of Titan sends Cassini into its "Grand Finale" orbits.||2017-04-22 - - 1 0}}
{{Four days later, Cassini makes the first of 22 dives between the planet and its rings.||2017-04-26 - - 1 1}}
{{Sept. 11, 2017 — A last, distant flyby of Titan, nicknamed "the goodbye kiss", bends Cassini's course toward Saturn.||2017-09-11 - - 1 0}}
{{Sept. 15, 2017 — Cassini plunges into Saturn's atmosphere; the last signal reaches Earth at 11:55 UTC.||2017-09-15 - - 1 0}}

Cassini returned 635 GB of science data and produced 3,948 scientific papers by 2017.

Source: mission fact sheet. Updated 09/16/2017.
"""))

DOCS.append(("sports_season_rovers", "txt", {"title": "Ashby Rovers 2024-25: season review", "publication_date": "2025-05-20", "style": "sports season recap of an invented club: prose paragraphs, year only in title, dates from August to May with rollover into the next year, scores, squad numbers, ages, attendance, 'a week later' relative dates, a weekday"}, r"""
Ashby Rovers 2024-25: season review

It was the season Rovers finally came back up. Here is how they did it.

{{The campaign opened on Saturday 17 August with a 2-1 win at home to Castleford in front of 6,412 fans.||2024-08-17 - - 1 1}}

{{A week later, 19-year-old striker Leon Abara scored twice on his debut in a 3-0 win at Penbury.||2024-08-24 - - 1 1}}

{{Manager Sue Colley signed a new contract running until 2028 on 2 October.||2024-10-02 - - 1 1}}

{{Rovers then went nine games unbeaten through November, climbing to second.||2024-11 - - 1 1}}

{{Boxing Day brought a 4-4 draw at Wexley, the first league game at their new ground.||2024-12-26 - - 1 1}}

{{On 11 January, the club broke its transfer record, paying £850,000 for defender Tomás Ruiz, who wears the number 5.||2025-01-11 - - 1 1}}

{{February was miserable: four defeats in five matches.||2025-02 - - 1 1}} {{Captain Dan Mwangi was then ruled out for the season with a knee injury on the 22nd.||2025-02-22 - - 1 1}}

{{In mid-March, Rovers beat leaders Harlington 1-0 with a 90th-minute header.||2025-03 MID - 1 1}}

{{The 15th of April saw promotion rivals Dunmore held 2-2, keeping Rovers two points clear.||2025-04-15 - - 1 1}}

{{Promotion was sealed on the last day of the season, 3 May, with a 2-0 win at Farley.||2025-05-03 - - 1 1}} {{Two days later, thousands lined the High Street for an open-top bus parade.||2025-05-05 - - 1 1}}

Whatever happens next season, this squad has earned its place in the club's 140-year history.

Related: Rovers fixtures 2025-26 | Colley: "We're not finished" (18 May)

Share this article: Facebook · WhatsApp · Email
"""))

DOCS.append(("explainer_lakeport_water", "txt", {"title": "Why is Lakeport running out of water? What we know", "publication_date": "2026-11-20", "style": "explainer of an invented story with dates relative to the publication date (Friday 20 Nov 2026): weekdays, yesterday, this morning, weeks ago, last summer, earlier this month, a future-vote distractor, one undated commentary entry"}, r"""
Why is Lakeport running out of water? What we know

Published Friday, Nov. 20, 2026 · 6 min read

Taps in parts of Lakeport could run dry within weeks. Here is how the city got here, and what happens next.

How did it start?

{{In 2019 the water utility shelved plans for a desalination plant, citing a cost of $1.2 billion.||2019 - - 1 0}} {{Two years later, auditors warned that leaking pipes were losing 18 percent of the supply.||2021 - - 1 1}}

{{Critics say the utility ignored repeated warnings from its own engineers.||null - - 0 0}}

{{Last summer brought the lowest rainfall in the region since 1976.||2026-SU - - 1 1}}

What has happened recently?

{{Levels in the Corrin reservoir fell below 30 percent three weeks ago, triggering stage-two restrictions.||2026-W44 - - 1 1}}

{{Earlier this month, a hosepipe ban came into force for all 310,000 residents.||2026-11 - - 1 1}}

{{On Monday, Governor Ana Reyes declared a state of emergency for Corrin County.||2026-11-16 - - 1 1}}

{{The utility announced on Wednesday that a vote on emergency rates is set for December 3.||2026-11-18 - - 1 1}}

{{Last week, two wells in the Eastside district were taken out of service.||2026-W46 - - 1 1}}

{{Yesterday, the city council approved $40 million for emergency pipe repairs.||2026-11-19 - - 1 1}}

{{This morning, the first tanker trucks began delivering water to the Eastside district.||2026-11-20 - - 1 1}}

What happens next?

Forecasters say significant rain is unlikely before mid-December. For updates, text WATER to 55123.

More explainers: What is a drought emergency? | Lakeport's water, 1950-2020
"""))

DOCS.append(("ancient_rome_list", "md", {"title": "Ancient Rome: a chronology for students", "publication_date": "2022-09-05", "style": "teacher's ancient history list in Markdown: a BC section stating the era once in its heading, bare years decreasing down the list, c., ranges, a Roman-calendar day, then an AD section with centuries and mid-century"}, r"""
# Ancient Rome: a chronology for students

A one-page revision list for Year 8. Traditional dates are given as the Romans reckoned them, even where historians doubt them.

## Before Christ (all years in this section are BC)

- {{753 – Romulus founds the city on the Palatine Hill, according to legend.||BC0753 - - 1 0}}
- {{509 – The last king, Tarquin the Proud, is expelled and the Republic is set up.||BC0509 - - 1 1}}
- {{c. 390 – Gauls under Brennus sack the city.||BC0390 APPROX - 1 1}}
- {{264–146 – Rome fights three Punic Wars against Carthage.||BC0264 - BC0146 1 1}}
- {{218 – Hannibal crosses the Alps with about 37 elephants.||BC0218 - - 1 1}}
- {{73–71 – Spartacus leads a slave revolt of up to 70,000 people.||BC0073 - BC0071 1 1}}
- {{49 – Julius Caesar crosses the Rubicon with the 13th Legion.||BC0049 - - 1 1}}
- {{44 – Caesar is stabbed to death in the Senate on the Ides of March (15 March).||BC0044-03-15 - - 1 1}}
- {{27 – The Senate grants Octavian the title Augustus.||BC0027 - - 1 1}}

## Anno Domini (AD)

- {{AD 64 – A great fire destroys much of Rome; Nero blames the Christians.||0064 - - 1 0}}
- {{AD 79 – Vesuvius erupts, burying Pompeii and Herculaneum.||0079 - - 1 0}}
- {{117 – Under Trajan the empire reaches its greatest extent.||0117 - - 1 0}}
- {{Mid-2nd century – The Antonine Plague kills millions across the empire.||01XX MID - 1 0}}
- {{3rd century – Civil wars, invasions and inflation bring the empire close to collapse.||02XX - - 1 0}}
- {{312 – Constantine wins the battle of the Milvian Bridge.||0312 - - 1 0}}
- {{410 – The Visigoths under Alaric sack Rome.||0410 - - 1 0}}
- {{476 – Romulus Augustulus, the last emperor in the West, is deposed.||0476 - - 1 0}}

*Worksheet: put these 17 events on the timeline on page 4. Homework due 12 September.*
"""))

DOCS.append(("blog_berlin_wall", "html", {"title": "Ten days in November: how the Wall fell", "publication_date": "2019-11-09", "style": "personal history blog post in HTML: year only in intro, weekday+date subheadings, clock times, 'the next morning', undated continuation, later-year entries, tag list, related posts with dates, comment form with arithmetic captcha and a dated reader comment"}, r"""
<!DOCTYPE html>
<html><head><title>Ten days in November: how the Wall fell – Footnotes of History</title></head>
<body>
<header><h2 class="site-title">Footnotes of History</h2><p>A blog about the past, by a retired teacher</p></header>
<article>
<h1>Ten days in November: how the Wall fell</h1>
<p class="meta">Posted on November 9, 2019 by Greta W. · 7 Comments</p>
<p>Thirty years ago today, East Germans streamed through the Berlin Wall. I was 17 and living in Hamburg. Here is how that autumn of 1989 unfolded.</p>
<h3>Monday, 9 October</h3>
<p>{{About 70,000 people march around the ring road in Leipzig chanting "We are the people".||1989-10-09 - - 1 1}} {{The security forces, ordered to stand ready, do not intervene.||1989-10-09 - - 0 1}}</p>
<h3>Wednesday, 18 October</h3>
<p>{{Erich Honecker, in power since 1971, is forced out and replaced by Egon Krenz.||1989-10-18 - - 1 1}}</p>
<h3>Saturday, 4 November</h3>
<p>{{Half a million people gather on Alexanderplatz for the largest demonstration in the country's history.||1989-11-04 - - 1 1}}</p>
<h3>Thursday, 9 November</h3>
<p>{{At a press conference that evening, Politburo spokesman Günter Schabowski announces new travel rules.||1989-11-09 - - 1 1}} {{Asked when they apply, he shuffles his papers and says: "Immediately, without delay."||1989-11-09 - - 0 1}}</p>
<p>{{Shortly before midnight, the guards at Bornholmer Strasse give up and open the gate.||1989-11-09 - - 1 1}}</p>
<p>{{The next morning, queues of Trabants stretch across West Berlin.||1989-11-10 - - 1 1}}</p>
<h3>Afterwards</h3>
<p>{{The Brandenburg Gate reopens on 22 December, in the rain.||1989-12-22 - - 1 1}}</p>
<p>{{Official demolition of the Wall begins in June 1990.||1990-06 - - 1 0}} {{On 1 July the West German mark becomes the currency of the East.||1990-07-01 - - 1 1}} {{Germany is reunified on 3 October 1990, less than a year after that night.||1990-10-03 - - 1 0}}</p>
<p>I still have a small grey chunk of it on my bookshelf.</p>
<p class="tags">Tags: Berlin, Cold War, 1989, Germany</p>
</article>
<nav class="post-nav"><a href="#">« The Velvet Revolution, 17 November 1989</a> <a href="#">Lockerbie, 21 December 1988 »</a></nav>
<section id="comments"><h3>7 thoughts on "Ten days in November"</h3>
<div class="comment"><p class="author">Klaus R. · November 10, 2019 at 8:14 am</p><p>I crossed at Invalidenstrasse at 2am. Unforgettable.</p></div>
<h3>Leave a Reply</h3>
<p>Your email address will not be published. Required fields are marked *</p>
<form><label>Comment *</label><textarea></textarea><label>Name *</label><input><label>Email *</label><input>
<p>4 + _ = 11</p><button>Post Comment</button></form></section>
<footer>© 2019 Footnotes of History · Powered by WordPress</footer>
</body></html>
"""))

if __name__ == "__main__":
    total = sum(build(*d) for d in DOCS)
    print("total", total)
