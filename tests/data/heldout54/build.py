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

**1989–1990**

{{Joins the new party Democratic Awakening as the Berlin Wall falls.||1989 - 1990 0 1}} {{In December 1990 she wins a seat in the first all-German Bundestag.||1990-12 - - 1 0}}

**1991**

{{Helmut Kohl appoints her minister for women and youth, at 36 the youngest member of his cabinet.||1991 - - 0 1}}

**2000**

{{Elected leader of the Christian Democratic Union in April, the first woman and first Protestant from the East to hold the post.||2000-04 - - 1 1}}

**2005**

{{Sworn in as chancellor on 22 November, at the head of a grand coalition.||2005-11-22 - - 1 1}}

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
<div class="post"><span class="time">15:10</span>
<p>{{Council leader Rita Osei says 140 people have spent the day at the emergency shelter in the Corn Exchange.||2026-03-12 - - 0 1}}</p></div>
<div class="post"><span class="time">13:55</span>
<p>{{Police have closed Route 9 in both directions after a lorry became stranded near junction 4.||2026-03-12 - - 0 1}} Drivers are asked to use the A21 instead.</p></div>
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

### July

{{The summer fair returns to Priory Park on 19–20 July after a five-year break, drawing an estimated 12,000 visitors.||2025-07-19 - 2025-07-20 1 1}}

### September

{{Early in the month, the 1907 Carnegie library reopens after a two-year refurbishment.||2025-09 START - 1 1}}

{{Bus route 66 is withdrawn on the 28th, despite a petition signed by 3,400 residents.||2025-09-28 - - 1 1}}

### November

{{Flood defences on the Kel are completed in mid-November, a year ahead of schedule.||2025-11 MID - 1 1}}

### December

{{The Christmas lights are switched on by 101-year-old Doris Hale on the 6th.||2025-12-06 - - 1 1}}

Coming up: work on the bypass is due to start on January 12th. Got a story? Call the newsroom on 01632 960 455.

---

**Get the Gazette newsletter.** Local news every Friday. [Sign up](#)

© 2025 Kelsby Gazette
"""))

if __name__ == "__main__":
    total = sum(build(*d) for d in DOCS)
    print("total", total)
