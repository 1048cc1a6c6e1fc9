from build import build
build("tessaran_franc_crisis_wiki", "html", {"title": "Timeline of the 1994-1995 Tessaran franc crisis", "publication_date": "2025-06-30", "style": "Wikipedia-style timeline page, HTML table with year headings, rollover across December-January, ranges"}, """<!DOCTYPE html>
<html><head><title>Timeline of the 1994-1995 Tessaran franc crisis - Openpedia</title></head><body>
<div id="sitenotice">Openpedia is run by volunteers. Please consider a donation.</div>
<h1>Timeline of the 1994-1995 Tessaran franc crisis</h1>
<p>From Openpedia, the free encyclopedia</p>
<p>This is a timeline of the currency crisis in the Republic of Tessara, which ended the franc's band against the dollar. For background, see Economy of Tessara.</p>
<h2>1994</h2>
<table class="wikitable">
<tr><th>Date</th><th>Event</th></tr>
<tr><td>March</td><td>{{1994-03|-|-|11}}A presidential candidate is shot at a rally, and 1.2 billion dollars in reserves leave the country within a month.</td></tr>
<tr><td>April-June</td><td>{{1994-04|-|1994-06|11}}The central bank sells dollars to hold the franc inside its band of 3.3 to 3.5.</td></tr>
<tr><td>1 December</td><td>{{1994-12-01|-|-|11}}A new government takes office under President Luis Ormaza.</td></tr>
<tr><td>19 December (Monday)</td><td>{{1994-12-19|-|-|11}}The finance ministry announces the band will be widened by 15 percent.</td></tr>
<tr><td>20 December</td><td>{{1994-12-20|-|-|11}}Widening takes effect; reserves fall to about 6 billion dollars.</td></tr>
<tr><td>22 December</td><td>{{1994-12-22|-|-|11}}The franc is allowed to float and drops 40 percent by year end.</td></tr>
<tr><td>29 December</td><td>{{1994-12-29|-|-|11}}Finance Minister Jaime Serva resigns after only 28 days in office.</td></tr>
</table>
<h2>1995</h2>
<table class="wikitable">
<tr><th>Date</th><th>Event</th></tr>
<tr><td>3 January</td><td>{{1995-01-03|-|-|11}}The government unveils an emergency plan with wage and price limits.</td></tr>
<tr><td>31 January</td><td>{{1995-01-31|-|-|11}}The northern neighbour and the stabilisation fund assemble a rescue package of 50 billion dollars.</td></tr>
<tr><td>9 March</td><td>{{1995-03-09|-|-|11}}A second plan raises value-added tax from 10 to 15 percent.</td></tr>
<tr><td>Mid-1995</td><td>{{1995|MID|-|10}}Bank failures spread; unemployment doubles to 7.6 percent.</td></tr>
<tr><td>Late 1995</td><td>{{1995|END|-|10}}The economy begins to recover; output had shrunk 6.2 percent over the year.</td></tr>
</table>
<h2>Aftermath</h2>
<p>{{1997-01|-|-|10}}In January 1997 Tessara repaid the rescue loans, three years ahead of the 2000 deadline.</p>
<h2>References</h2>
<ol><li>Ministry of Finance, Annual Report 1995, p. 44.</li><li>Kessler, R. (2001). The Franc Falls. Harbor Press.</li></ol>
<p class="footer">This page was last edited on 30 June 2025. Text is available under a free licence.</p>
</body></html>
""")

build("choir_70th_article", "html", {"title": "Seventy years of harmony for St Brannoc's Singers", "publication_date": "2024-07-22", "style": "local newspaper feature in HTML, paragraphs with seasons, decades, ages and 'a week later', relative weekday to publication date"}, """<!DOCTYPE html>
<html><head><title>Seventy years of harmony for St Brannoc's Singers | The Wexbury Herald</title></head><body>
<header><p>The Wexbury Herald</p><p>News | Sport | What's On | Obituaries</p></header>
<article>
<h1>Seventy years of harmony for St Brannoc's Singers</h1>
<p class="byline">By Gwen Pallister, Community Reporter. 22 July 2024</p>
<p>The choir that started with a borrowed piano is still singing, and its oldest member, 93-year-old Alf Treweek, has no plans to stop.</p>
<p>{{2024-07-20|-|-|11}}On Saturday more than 200 people packed the Guildhall for a concert marking the choir's seventieth year.</p>
<p>{{1954-09|-|-|10}}The singers first met in September 1954, when the vicar's wife, Mabel Trenoweth, put a notice in the parish magazine.</p>
<p>{{1954-09|-|-|01}}Nine people answered it. They rehearsed in her kitchen, with a piano borrowed from the Methodist chapel.</p>
<p>{{196X|-|-|10}}In the 1960s they began to enter festivals, once finishing second out of 14 choirs at Truro.</p>
<p>{{1978-WI|-|-|10}}In the winter of 1978 the choir recorded a Christmas record which sold 3,000 copies.</p>
<p>{{1987-10-16|-|-|10}}A storm on 16 October 1987 tore the roof off their rehearsal room.</p>
<p>{{1987-10-23|-|-|11}}A week later, members were singing in a tent on the school field.</p>
<p>{{-|-|-|00}}Mr Treweek says the secret is simple: a cup of tea and a biscuit after every rehearsal.</p>
<p>{{2004|-|-|10}}The choir's golden jubilee in 2004 brought a concert on BBC Radio Kernow and a new set of robes.</p>
<p>{{2019-06-22|-|-|10}}On Saturday 22 June 2019 they sang at the town's twinning festival in Brittany.</p>
<p>{{2024-SP|-|-|10}}This spring the choir took on eight new members, the youngest aged 17.</p>
<p>Rehearsals are on Thursdays at 7.30pm at Wexbury Methodist Hall. New singers can call 01752 555 014.</p>
</article>
<aside><h3>Most read</h3><ul><li>Bypass roadworks to start in September</li><li>Wexbury Rovers win 3-1 at home</li></ul></aside>
<div class="newsletter">Sign up for the Herald daily newsletter. <a href="#">Subscribe</a></div>
<footer>(c) 2024 Wexbury Herald Media Ltd.</footer>
</body></html>
""")

build("calder_county_fire_history", "markdown", {"title": "Calder County Fire Protection District: our history", "publication_date": "2025-05-01", "style": "agency history page in Markdown, mixed bullet glyphs, headings with and without years, decades, 'since' distractors"}, """# Our History

Calder County Fire Protection District has served the foothill communities since 1946. Below are milestones in our story.

## The early years (1946-1969)

- {{1946-05|-|-|10}}In May 1946 local ranchers form a volunteer brigade with one surplus Army truck.
- {{1951|-|-|10}}The first paid chief, Harlan Voss, is hired in 1951 at a salary of $3,100.
- **August 1959:** {{1959-08|-|-|10}}The Black Oak fire burns 14,000 acres and forces the first full evacuation of Millbrook.

## Growth

+ {{197X|-|-|10}}During the 1970s the district opens four new stations along Highway 49.
+ {{1983|-|-|10}}A 1983 bond measure, approved by 61 percent of voters, pays for the first water tender.
+ {{199X|END|-|10}}In the late 1990s the district begins reverse-911 calls to warn residents.

## Evacuations and reform

* {{2008-07-02|-|-|10}}On July 2, 2008, the Ridgeback fire forces 9,000 people to leave their homes in under six hours.
* {{2008-07-09|-|-|11}}A week later, all evacuation orders are lifted; 38 homes are lost.
* {{2015|-|-|10}}Zone-based evacuation maps are adopted in 2015 and used ever since.
* **September 2020:** {{2020-09|-|-|10}}Crews from Calder help fight the August Complex far to the north.
* {{2021-06-14|-|2021-06-18|10}}From June 14 to 18, 2021, the district trains 300 residents as neighborhood evacuation wardens.
* {{2021-06-18|-|-|11}}The day after the course ends, a grass fire near Route 16 tests the new wardens.
* {{2024|-|-|10}}In 2024 the district joins the regional alert system, which had operated since 2017.

> Sign up for emergency alerts: text CALDER to 55510.

Contact us | Careers | Privacy policy | (c) 2025 Calder County FPD
""")
