from _build import build, E
M = lambda t, d, f, s: {"title": t, "publication_date": d, "format": f, "style": s}

# 1 agency factbox, ISO labels
build("harbour_bridge_isodates", "txt", M("Key dates: the Kessling harbour bridge saga", "2023-06-02", "txt", "agency factbox, ISO date labels, invented events"), [
 "Key dates: the Kessling harbour bridge saga", "",
 "KESSLING, June 2 (Northwire) - The following are key dates in the long dispute over the harbour bridge, which reopened on Friday.", "",
 E("2016-09-14 - City council votes 31-12 to replace the 1907 swing bridge with a fixed span.", "2016-09-14"),
 E("2017-02-01 - Contract worth 412 million crowns awarded to the Vestra consortium; completion is set for 2020.", "2017-02-01"),
 E("2017-06-12 - Protesters occupy the old bridge for 36 hours to save it.", "2017-06-12"),
 E("2017-10 - Heritage board rejects a bid to list the 1907 bridge.", "2017-10"),
 E("2018-03 - Divers find wartime munitions on the riverbed; work halts for eleven weeks.", "2018-03"),
 E("2019-11-30 - First steel section lifted into place by a 1,500-tonne crane.", "2019-11-30"),
 E("2020-04-06 - Construction paused under pandemic rules.", "2020-04-06"),
 E("The pause lasts until the end of June.", "2020-04-06", ex=False, hard=True),
 E("2021-08-19 - Inspectors report cracks in two welds; Vestra blames a supplier.", "2021-08-19"),
 E("2021-12-02 - Mayor Ellen Brask, 54, calls the project \"a national embarrassment\".", "2021-12-02"),
 E("2022-01-10 - Council sues Vestra, seeking 95 million crowns in damages.", "2022-01-10"),
 E("2022-09-27/28 - Load tests with 40 trucks, each weighing 32 tonnes.", "2022-09-27", end="2022-09-28"),
 E("2023-05-31 - Settlement signed two days before the reopening.", "2023-05-31"),
 E("Friday - Bridge reopens to traffic, carrying Route 66 buses for the first time since 2016.", "2023-06-02", hard=True),
 "", "(Compiled by Northwire's Kessling desk; editing by A. Morrow)",
 "For inquiries call +47 22 55 10 66.",
])

# 2 dotted numeric dates, German-style house style
build("rail_strike_dotted", "txt", M("Chronik: Der Tarifstreit bei der Nordbahn (English edition)", "2021-03-12", "txt", "regional paper, d.m.yyyy dates with full stops, invented"), [
 "Chronology: the Nordbahn pay dispute", "By our labour correspondent | 12.3.2021", "",
 E("4.3.2020: The train drivers' union demands a 6.5 per cent raise and a 35-hour week.", "2020-03-04"),
 E("17.6.2020: First round of talks ends after two hours without an offer.", "2020-06-17"),
 E("1.9.: Management offers 1.4 per cent over 30 months.", "2020-09-01", hard=True),
 E("28.10.: A four-hour warning strike stops 1,200 trains.", "2020-10-28", hard=True),
 E("Commuters on line S7 wait up to 90 minutes.", "2020-10-28", ex=False, hard=True),
 E("3.-4.12.2020: Second warning strike; freight trains also halted.", "2020-12-03", end="2020-12-04", hard=True),
 E("24.12.: Union suspends action for the holidays.", "2020-12-24", hard=True),
 E("9.1.2021: Arbitration fails; the arbitrator, 71, steps down.", "2021-01-09"),
 E("15.-18.2.2021: Three-day strike, the longest since 1992.", "2021-02-15", end="2021-02-18"),
 E("4.3.2021: Both sides return to the table, exactly a year after the first demand.", "2021-03-04"),
 E("Yesterday: Agreement reached on 3.2 per cent; the deal runs until 31.12.2023.", "2021-03-11", hard=True),
 E("Earlier this week, the union's 1,400 members approved the deal with 87 per cent.", "2021-W10", hard=True),
 "", "Share: Facebook | X | E-mail", "© 2021 Nordkurier Media. All rights reserved.",
])

# 3 US weekly, Sept. / Thurs. abbreviations, newest first
build("school_board_newest_first", "txt", M("Timeline: Lakeview school board turmoil", "2019-10-04", "txt", "local news, newest-first, Sept./Thurs. abbreviations, invented"), [
 "TIMELINE: How the Lakeview school board fight unfolded", "Updated Fri., Oct. 4, 2019", "",
 E("Thurs., Oct. 3: Board votes 4-3 to suspend Superintendent Dana Whitfield.", "2019-10-03", hard=True),
 E("Sept. 24: About 300 parents pack the high school gym for a special meeting.", "2019-09-24", hard=True),
 E("Sept. 9: Audit finds $2.4 million missing from the building fund set up in 2015.", "2019-09-09", hard=True),
 E("Aug. 30: Treasurer resigns, citing health reasons.", "2019-08-30", hard=True),
 "2018",
 E("Dec. 11: Voters approve a $38 million bond for a new middle school.", "2018-12-11", hard=True),
 E("Nov. 6: Three newcomers win seats on the seven-member board.", "2018-11-06", hard=True),
 E("Early summer: Whitfield's contract is extended through 2022.", "2018-SU", mod="START", hard=True),
 E("Sept. 18: Whitfield opens the new Route 30 bus depot, built for $4.1 million.", "2018-09-18", hard=True),
 E("March 3: Teachers stage a one-day sickout over class sizes of 32.", "2018-03-03", hard=True),
 "2017",
 E("Nov. 14: Board approves a 2.5% raise for teachers.", "2017-11-14", hard=True),
 E("Feb. 2: Whitfield hired from Route 9 district in Millbrook.", "2017-02-02", hard=True),
 "", "Got a tip? Call 555-0142 or email news@lakeviewledger.example",
 "Related: Board candidates answer our questions (Oct. 2, 2018)",
])

# 4 Wikipedia-style two-level list
build("timeline_saltmarsh_observatory", "md", M("Timeline of the Saltmarsh Observatory", "2024-01-15", "md", "wiki-style, year bullets with month sub-bullets, invented"), [
 "# Timeline of the Saltmarsh Observatory", "",
 "This is a timeline of the Saltmarsh Observatory, a radio astronomy site founded in 1957.", "",
 "## 1950s", "",
 E("1957 – The university buys 40 hectares of marsh for a radio station.", "1957", pre="- "),
 "- 1959",
 E("March – First 25-metre dish completed.", "1959-03", hard=True, pre="  - "),
 E("November – Detection of hydrogen emission from the galactic centre.", "1959-11", hard=True, pre="  - "),
 "", "## 1960s–1980s", "",
 E("Mid-1960s – Interferometer of six small dishes built along the dyke.", "196X", mod="MID", pre="- "),
 E("1972 – Flood damages the control building; repairs take two years.", "1972", pre="- "),
 "- 1986",
 E("4 April – Observations of Halley's Comet broadcast live on national radio.", "1986-04-04", hard=True, pre="  - "),
 E("Autumn – New receiver cooled to 20 kelvin installed.", "1986-FA", hard=True, pre="  - "),
 "", "## 2000s", "",
 "- 2008",
 E("1 October – Observatory merges with the national astronomy institute.", "2008-10-01", hard=True, pre="  - "),
 E("The old dish is listed as a heritage monument.", "2008", ex=False, hard=True, pre="  - "),
 E("2014–2016 – Digital backend replaces the analog correlator.", "2014", end="2016", pre="- "),
 E("c. 2019 – Visitor centre opens, drawing about 20,000 visitors a year.", "2019", mod="APPROX", pre="- "),
 "- 2021",
 E("January – Dish painted white again after 30 years.", "2021-01", hard=True, pre="  - "),
 E("22 June – Observatory joins an international array for the first time since 1990.", "2021-06-22", hard=True, pre="  - "),
 E("Late 2022 – Funding cut by 15%; guided tours suspended.", "2022", mod="END", pre="- "),
 "", "## See also", "- List of radio telescopes", "", "## References", "1. Annual Report 2009, p. 4.",
])

# 5 museum label sheet
build("museum_labels_bronze", "txt", M("Gallery 4 label sheet: Bronze Age to Iron Age", "2022-05-20", "txt", "museum label sheet, BC dates, approximations, invented objects with real-history framing"), [
 "GALLERY 4 — FROM BRONZE TO IRON", "Label sheet. Please do not remove from the gallery.", "",
 "Case 1", E("Bronze axe head, c. 2000 BC. Cast in a two-part stone mould.", "BC2000", mod="APPROX"),
 "Case 2", E("Gold lunula, about 2200-2000 BC. Found by a farmer ploughing in 1891.", "BC2200", mod="APPROX", end="BC2000"),
 "Case 3", E("Sword, late 9th century BC. Bent before deposit in a lake.", "BC08XX", mod="END"),
 "Case 4", E("Iron sickle, 7th century BC. One of the earliest iron tools from the region.", "BC06XX"),
 "Case 5", E("Coin of Cunobelin, minted between AD 10 and 40.", "0010", end="0040"),
 "Case 6", E("Roman brooch, 1st century AD. Donated by Mrs E. Hale in 1934.", "00XX"),
 "Case 7", E("Loom weights, c. 1500–1200 BC, from a settlement excavated 1968–1971.", "BC1500", mod="APPROX", end="BC1200"),
 "Case 8", E("Shield boss, early 5th century BC. Restored in 2003.", "BC04XX", mod="START"),
 "Case 9", E("Cauldron, made around 600 BC and repaired at least three times.", "BC0600", mod="APPROX"),
 "Case 10", E("Glass bead, 3rd–2nd century BC, one of 1,200 from the site.", "BC02XX", end="BC01XX"),
 "Case 11", E("Inscribed stone, AD 43, the year of the Roman invasion.", "0043"),
 "", "Object numbers 1934.112–1934.118. Gallery open 10:00–17:00.",
])

# 6 school worksheet
build("worksheet_industrial_revolution", "md", M("Year 8 history worksheet: the Industrial Revolution", "2023-09-11", "md", "school worksheet with timeline and exercises, real history in own words"), [
 "# Worksheet 3: Key dates of the Industrial Revolution", "Name: ________  Class: 8B  Date: ________", "",
 "Read the timeline, then answer questions 1-5.", "",
 E("1709 – Abraham Darby smelts iron using coke instead of charcoal at Coalbrookdale.", "1709", pre="1. "),
 E("1769 – James Watt patents his improved steam engine.", "1769", pre="2. "),
 E("1771 – Richard Arkwright opens his water-powered cotton mill at Cromford.", "1771", pre="3. "),
 E("1825 – The Stockton and Darlington Railway opens on 27 September.", "1825-09-27", pre="4. "),
 E("1830 – The Liverpool and Manchester Railway opens on 15 September.", "1830-09-15", pre="4b. "),
 E("1833 – The Factory Act bans work for children under nine in textile mills.", "1833", pre="5. "),
 E("The Act also creates the first factory inspectors.", "1833", ex=False, hard=True, pre="6. "),
 E("1842 – The Mines Act stops women and girls working underground.", "1842", pre="7. "),
 E("1847 – The Ten Hours Act limits the working day of women and young people.", "1847", pre="8. "),
 E("1851 – The Great Exhibition opens in Hyde Park on 1 May.", "1851-05-01", pre="9. "),
 E("About six million people visit it before it closes in October.", "1851-05-01", mod=None, ex=False, hard=True, pre="10. "),
 "", "## Questions",
 "1. How many years passed between Darby's furnace and Watt's patent? ____",
 "2. Put these in order: railway, mill, patent.",
 "3. 1825 + __ = 1833. Fill in the gap.", "", "Homework due Friday 15 September.",
])
