from build import build
build("harrowgate_choir_history", "html", {"title": "Our history - Harrowgate Chamber Choir", "publication_date": "2025-11-21", "style": "society history page, <dl> list with years as terms, decades and seasons"}, """<!DOCTYPE html>
<html><head><title>Our history | Harrowgate Chamber Choir</title></head><body>
<header><a href="/">Harrowgate Chamber Choir</a> <a href="/concerts">Concerts</a> <a href="/join">Join us</a></header>
<h1>Our history</h1>
<p>From a church-hall group of eleven singers to a choir that tours Europe, here is how we got here.</p>
<dl>
<dt>1952</dt><dd>{{1952-10|-|-|10}}In October 1952 the organist Edwin Marle gathers eleven singers in St Anne's hall.</dd>
<dt>1950s</dt><dd>{{195X|-|-|10}}Through the 1950s the choir sings mostly at weddings and harvest festivals.</dd>
<dt>1961</dt><dd>{{1961-SP|-|-|11}}In the spring the choir gives its first public concert, Handel's Messiah, to 240 listeners.</dd>
<dt>1968</dt><dd>{{1968|-|-|01}}Marle retires aged 71; his pupil Agnes Kellow takes over as director.</dd>
<dt>1974-1975</dt><dd>{{1974|-|1975|01}}Rehearsals move to the Corn Exchange while St Anne's is restored, a move first planned in 1972.</dd>
<dt>1980s</dt><dd>{{198X|MID|-|10}}By the mid-1980s membership has grown to 38 and the choir records its first LP.</dd>
<dt>1993</dt><dd>{{1993-07-11|-|-|11}}On 11 July the choir wins the Northern Counties Choral Prize, scoring 92 out of 100.</dd>
<dd>{{1993|-|-|01}}A first overseas tour, to Bruges, follows the prize money.</dd>
<dt>2001</dt><dd>{{2001|END|-|11}}Late in the year Kellow hands over to Rupert Dane, director until 2019.</dd>
<dt>2012</dt><dd>{{2012-06-02|-|-|11}}Saturday 2 June: the choir sings at the town's jubilee service.</dd>
<dt>2020</dt><dd>{{2020-03|-|-|11}}In March rehearsals stop; the choir meets online for 14 months.</dd>
<dt>2025</dt><dd>{{2025-11-18|-|-|11}}On Tuesday we announced a spring 2026 tour to Leipzig with our new director, Hana Osei.</dd>
</dl>
<section class="news"><h3>Latest news</h3><ul><li>Christmas concert tickets on sale (12 Nov 2025)</li><li>Open rehearsal evening (4 Oct 2025)</li></ul></section>
<form class="comment"><p>Leave a comment</p><label>Name</label><input><label>Spam check: 73 + _ = 75</label><input><button>Post</button></form>
<footer>Registered charity no. 1021334. (c) 2025 Harrowgate Chamber Choir.</footer>
</body></html>
""")

build("hittite_timeline", "markdown", {"title": "Timeline of the Hittite kingdom", "publication_date": "2025-03-02", "style": "Wikipedia-style timeline, BC era said once in the lead, c./approximate dates and ranges"}, """# Timeline of the Hittite kingdom

This is a timeline of the Hittite kingdom of central Anatolia. All dates are BC and follow the middle chronology; many are approximate.

## Old Kingdom

* {{BC1650|APPROX|-|11}}c. 1650 - Hattusili I moves his seat to Hattusa and campaigns in northern Syria.
* {{BC1620|APPROX|-|11}}c. 1620 - Mursili I succeeds his grandfather Hattusili.
* {{BC1595|-|-|11}}1595 - Mursili I sacks Babylon, ending the First Dynasty of Babylon, then withdraws.
* {{BC1590|APPROX|-|11}}About 1590 - Mursili is murdered by his brother-in-law Hantili.
* {{BC1525|APPROX|-|11}}c. 1525 - Telipinu issues his edict on royal succession.

## Middle Kingdom

* {{BC1420|APPROX|-|11}}c. 1420 - The kingdom loses ground to the Kaska peoples of the north.

## New Kingdom

* {{BC1344|-|BC1322|11}}1344-1322 - Reign of Suppiluliuma I, who destroys the power of Mitanni.
* {{BC1322|-|-|11}}1322 - Plague carried by prisoners of war kills Suppiluliuma and his heir.
* {{BC1274|-|-|11}}1274 - Muwatalli II fights Ramesses II of Egypt at Kadesh on the Orontes.
* {{BC1259|-|-|11}}1259 - Hattusili III and Ramesses II conclude a peace treaty, one of the earliest known.
* {{BC1245|APPROX|-|11}}c. 1245 - A daughter of Hattusili III marries Ramesses II.
* {{BC1180|APPROX|-|11}}c. 1180 - Hattusa is abandoned and burned; the kingdom collapses.

## See also

* Neo-Hittite states
* Bronze Age collapse

[Edit this page](#) - Text is available under a free licence; additional terms may apply.
""")

build("peso_explainer", "markdown", {"title": "Explainer: why Valdoria's peso keeps falling", "publication_date": "2024-03-08", "style": "explainer relative to the publication date (last month, on Tuesday, two years ago)"}, """# Explainer: why Valdoria's peso keeps falling

*By Ana Vettori, Economics Correspondent | 8 March 2024 | 6 min read*

[Share](#) [Email](#)

The peso has lost nearly two thirds of its value against the dollar in a year. Here is what happened and what could come next.

**How did it start?**

{{2022|-|-|11}}Two years ago, the central bank began raising interest rates to fight inflation that had crept above 10 percent.

{{2023-02|-|-|11}}In February last year it gave up defending the 4.20 peg, which had held since 1998.

**What has the government done?**

{{2024-02|-|-|11}}Last month, parliament passed a law raising the fuel price by 40 percent from April 1.

{{2024-03-05|-|-|11}}On Tuesday, Finance Minister Teodor Lisk flew to Washington to ask for a faster loan payment.

{{2024-03-07|-|-|11}}Yesterday the stabilisation fund said it would delay its review by three weeks.

{{2024-03-08|-|-|11}}This morning the peso slid to 11.80 per dollar, its weakest level ever.

{{2024-01-26|-|-|11}}On January 26 the government also cut fuel subsidies in its budget.

**Who is hurt?**

{{-|-|-|00}}Savers with peso deposits and pensioners on fixed incomes lose the most when prices rise.

{{2023-07|-|-|11}}Last July the stabilisation fund lent 7.4 billion dollars, a loan that runs until 2026.

**What next?**

{{2024-03-04|-|-|11}}Earlier this week the central bank hinted at another rate rise, with its next meeting set for March 21.

> Newsletter: Get our Money Matters briefing every Monday. [Sign up](#)

**Read more**

- Valdoria's budget: the key numbers (26 January 2024)
- Queues at the banks: a photo essay (3 January 2023)
""")
