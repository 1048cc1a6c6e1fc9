from _build import build, E
M = lambda t, d, f, s: {"title": t, "publication_date": d, "format": f, "style": s}

# 7 HTML table among site furniture
build("html_table_ferry_disaster", "html", M("The Marlowe ferry disaster: a timeline", "2018-04-20", "html", "news site HTML, table rows among nav, related links, comment captcha; invented"), [
 "<html><head><title>The Marlowe ferry disaster: a timeline | Coastal Herald</title></head><body>",
 "<nav><a href='/'>Home</a> | <a href='/news'>News</a> | <a href='/sport'>Sport</a></nav>",
 "<p class='byline'>By Ruth Ellery, 20 April 2018, 08:15</p>",
 "<h1>The Marlowe ferry disaster: a timeline</h1>",
 "<table><tr><th>Date</th><th>Event</th></tr>",
 E("12 January 2017</td><td>The ferry Marlowe capsizes off Gull Point with 214 people aboard.</td></tr>", "2017-01-12", pre="<tr><td>"),
 E("13 January</td><td>Rescuers recover 41 bodies; 163 survivors are taken to hospital.</td></tr>", "2017-01-13", hard=True, pre="<tr><td>"),
 E("The next day</td><td>Shipping minister orders all 12 ferries of the line inspected.</td></tr>", "2017-01-14", ex=True, hard=True, pre="<tr><td>"),
 E("February</td><td>Divers find the bow door was left open; a 2009 rule had required alarms.</td></tr>", "2017-02", hard=True, pre="<tr><td>"),
 E("March–May 2017</td><td>Public inquiry hears 96 witnesses.</td></tr>", "2017-03", end="2017-05", pre="<tr><td>"),
 E("Late 2017</td><td>Operator Seaway Lines files for bankruptcy.</td></tr>", "2017", mod="END", pre="<tr><td>"),
 E("8 February 2018</td><td>Inquiry report blames crew fatigue and lax oversight.</td></tr>", "2018-02-08", pre="<tr><td>"),
 E("Last Tuesday</td><td>Captain, 58, charged with manslaughter.</td></tr>", "2018-04-17", hard=True, pre="<tr><td>"),
 E("19 April 2018</td><td>Families hold vigil at Gull Point; 2,000 attend.</td></tr>", "2018-04-19", pre="<tr><td>"),
 "</table>",
 "<aside><h3>Related</h3><ul><li><a href='/a1'>Survivors remember, one year on (12 Jan 2018)</a></li><li><a href='/a2'>Ferry safety rules to change in 2020</a></li></ul></aside>",
 "<div class='newsletter'>Sign up for our morning briefing. Delivered at 7am daily.</div>",
 "<form><h3>Leave a Reply</h3><label>Name</label><input><label>4 + _ = 11</label><input><button>Post Comment</button></form>",
 "<footer>© 2018 Coastal Herald Ltd. Registered in 1923.</footer></body></html>",
])

# 8 live page
build("live_storm_blog", "txt", M("Storm Imke live: power cuts and flooding", "2022-02-17", "txt", "live blog, newest first, clock times, weekday references; invented"), [
 "Storm Imke live: thousands without power as river bursts banks", "Live updates. Thursday 17 February 2022", "",
 E("17:42 The national grid says 86,000 homes are still without electricity.", "2022-02-17", hard=True),
 E("16:05 A 64-year-old man has died after a tree fell on his car near Route 12.", "2022-02-17", hard=True),
 "Refresh for the latest. Share this post",
 E("14:30 The river Wendel burst its banks at noon, the first time since 1998.", "2022-02-17", hard=True),
 E("11:15 Rail operator cancels all services until Saturday.", "2022-02-17", hard=True),
 E("09:00 Good morning. The storm made landfall overnight with gusts of 140km/h.", "2022-02-17", hard=True),
 E("08:20 Schools in three counties will stay closed today and tomorrow.", "2022-02-17", hard=True),
 E("07:45 Overnight, a lorry overturned on the Kessel bridge; its driver, 41, is unhurt.", "2022-02-17", hard=True),
 E("Yesterday the weather service issued its highest red warning.", "2022-02-16", hard=True),
 "Emergency number: 112. Flood line: 0800 555 0199.",
 "Catch up on Wednesday's live coverage here.",
])

# 9 long read with dated subheadings and paragraphs with several dated sentences
build("longread_mill_town", "md", M("The last shift: how Ashcombe lost its mill", "2015-11-28", "md", "newspaper long read, dated subheadings, multi-date paragraphs, flashbacks; invented"), [
 "# The last shift: how Ashcombe lost its mill", "*By Tom Hearne. Saturday 28 November 2015*", "",
 "For a century the chimney of the Ashcombe paper mill was the first thing visitors saw. Today it is gone.", "",
 "## Spring 2008: the first warning", "",
 E("In April 2008 the Finnish owners announced that 300 of the 900 jobs would go.", "2008-04"),
 [E("Union leader Mary Doyle called a meeting that night. ", "2008-04", ex=True, hard=True),
  E("A week later the workers voted to accept voluntary redundancies.", "2008-04", ex=True, hard=True)],
 "",
 "## 1908–1970: the boom years", "",
 [E("The mill had opened in 1908, founded by the Garside brothers. ", "1908"),
  E("By 1950 it employed 2,100 people, one in three adults in the town.", "1950", mod="ON_OR_BEFORE")],
 "",
 "## 14 September 2012: the sale", "",
 E("The mill was sold to an investment fund on 14 September 2012 for £1.", "2012-09-14"),
 E("The new owners promised investment, and nobody believed them.", "2012-09-14", ex=False, hard=True),
 "## Winter 2013: the fire", "",
 [E("On the night of 3 December 2013 a fire gutted the pulp store. ", "2013-12-03"),
  E("Insurers paid out in March, three months later.", "2014-03", hard=True)],
 E("Doyle, now 67, remembers standing in the car park in her slippers.", "2013-12-03", ex=False, hard=True),
 "", "## The end", "",
 [E("Production stopped on 30 January 2015. ", "2015-01-30"),
  E("The chimney was demolished the following spring.", "2015-SP", hard=True)],
 "",
 "What Ashcombe does next is an open question.",
 "",
 "*This article was amended on 29 November 2015 to correct the spelling of a name.*",
])

# 10 government press release chronology with reference numbers
build("agency_press_release_water", "txt", M("Chronology of enforcement action: Riverside Water Ltd", "2020-07-09", "txt", "government agency press release with reference numbers; invented"), [
 "ENVIRONMENT REGULATION AGENCY — PRESS RELEASE", "Ref: ERA/PR/2020/0417", "9 July 2020", "",
 "Chronology of enforcement action against Riverside Water Ltd (permit no. EPR/AB3391ZX)", "",
 E("On 3 February 2019, officers attended a sewage discharge at Outfall 27 following a public report (incident ref. 1873342).", "2019-02-03"),
 E("On 21 February 2019, a warning letter was issued under Regulation 38 of the 2016 Regulations.", "2019-02-21"),
 E("Between 5 and 9 August 2019, monitoring recorded 14 further unpermitted discharges.", "2019-08-05", end="2019-08-09"),
 E("On 2 October 2019, an enforcement notice (EN/19/044) was served with a compliance date of 31 March 2020.", "2019-10-02"),
 E("In early 2020 the company installed new storm tanks.", "2020", mod="START"),
 E("On 16 June 2020, the company pleaded guilty at Bristol Magistrates' Court to 3 offences.", "2020-06-16"),
 E("On 11 November 2019, officers interviewed the operations director under caution (interview ref. IV-2291).", "2019-11-11"),
 E("On 17 January 2020, the Agency refused a permit variation application (ref. VA/2019/118).", "2020-01-17"),
 E("On 30 April 2020, the ERA laid charges under Regulation 12.", "2020-04-30"),
 E("Yesterday (8 July 2020), the company was fined £540,000 and ordered to pay costs of £31,250.", "2020-07-08"),
 "", "ENDS", "Notes to editors: Media enquiries 0800 807060 (24 hours).", "Reference: ERA/PR/2020/0417",
])

# 11 profile with bold year labels and bold dates in prose
build("profile_runner_bold", "md", M("Profile: Amara Osei, the marathon queen", "2024-04-22", "md", "broadcaster profile, bold year labels, bold dates in prose, relative dates; invented athlete"), [
 "# Profile: Amara Osei", "Amara Osei, 33, won her third London title on Sunday. Here are the key moments of her career.", "",
 E("**1991**: Born in Kumasi, Ghana; the family moves to Leeds when she is six.", "1991"),
 E("**2009**: Wins the national junior 5,000m title in 15:58.", "2009"),
 E("**2012**: Misses the London Olympics with a stress fracture.", "2012"),
 E("**2016**: Finishes eighth in the Rio 10,000m, running 30:41.", "2016"),
 E("**2019**: Marathon debut in Berlin in **September**, finishing second in 2:21:03.", "2019-09"),
 [E("**2021**: Wins her first London Marathon on **3 October**. ", "2021-10-03"),
  E("Two months later she announces she is pregnant.", "2021-12", hard=True)],
 E("**2023**: Returns to win London again in **April**, 11 months after giving birth.", "2023-04"),
 E("**Sunday**: Third London win, by 2-1 margin of seconds over Kenya's Ruth Chebet.", "2024-04-21", hard=True),
 E("**2024**: Named BBC-style athlete of the year in **January**, a first for a marathoner since 1990.", "2024-01"),
 "", "She says she will race until 2028 at least.",
 "Follow us on Instagram and TikTok. Download our app.",
])

# 12 explainer relative to publication date
build("explainer_relative_dates", "txt", M("Explainer: why the Delmar dam talks keep stalling", "2025-03-14", "txt", "explainer with relative dates against publication date; invented"), [
 "Explainer: why the Delmar dam talks keep stalling", "Published Friday, March 14, 2025", "",
 "The dispute over the Delmar dam is older than most of the negotiators. Here is what has happened.", "",
 E("Ten years ago, the two provinces signed a water-sharing pact that is set to expire in 2030.", "2015", hard=True),
 E("Last spring, a drought cut the river's flow by 40 per cent.", "2024-SP", hard=True),
 E("In August, farmers blocked Highway 7 for 11 days.", "2024-08", hard=True),
 E("Last month, the federal mediator resigned after 18 months in the job.", "2025-02", hard=True),
 E("On Monday, the provinces agreed to resume talks.", "2025-03-10", hard=True),
 E("This week, engineers began a survey of the 1962 spillway.", "2025-W11", hard=True),
 E("In 2019, a court ruled that the pact's 1998 annex was void.", "2019"),
 E("Over the winter of 2022–23, three rounds of talks collapsed.", "2022-WI"),
 E("Two weeks ago, the upstream province published a study claiming the dam loses 9% of its water to leaks.", "2025-W09", hard=True),
 E("Yesterday, the mediator's replacement, a 61-year-old retired judge, was sworn in.", "2025-03-13", hard=True),
 E("Back in 1962, when the dam was finished, it was the largest in the country.", "1962"),
 "Talks are expected to resume in the summer, officials say.",
 "What do you think? Write to letters@example.org",
])
