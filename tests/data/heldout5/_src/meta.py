import json
M={
'gov_negotiations':('Chronology of the negotiations on the Northern Waters Fisheries Agreement','2019-10-18','txt','government press office chronology; British ordinals, Background section, weekday relative to publication'),
'museum_label':('The Hartwell Longcase Clock: timeline of the object','2022-05-10','txt','museum object label; c., fl., before/after, decades, ranges'),
'product_history':('Lumen Notes: a product history','2024-02-12','md','tech company blog; quarters, halves, fiscal year, last month/today'),
'athlete_profile':('Marta Okonkwo: the long road to the podium','2023-09-09','txt','athlete career profile in prose; ages, seasons, relative dates'),
'disaster_report':('Report of the independent review: the Kelmarsh River flood','2022-09-30','txt','official review prose; parts of days over three days, relative days'),
'election_calendar':('Regional Assembly election 2025: the calendar','2025-03-03','html','HTML table election calendar with rowspan, multi-line cells, future scheduled steps, comment form with captcha'),
'trial_timeline':('The VIRA-2 malaria vaccine project: timeline','2024-06-30','md','science project page; phases with year ranges as headings, carried years'),
'war_history':('The Great War on the Eastern Front: a short chronology','2018-11-11','txt','history series list; 1914-18, months, seasons, winter of 1916-17'),
'anniversary':('Ten years on: the night the Riverside Bridge fell','2024-03-14','txt','anniversary news article; ten years ago this week, last year, yesterday'),
'forum_recap':('[RECAP] The whole Millbrook light rail saga so far','2024-12-28','txt','Reddit-style numbered recap; US numeric M/D/YY dates, stated as US'),
'changelog_timeline':('Timeline of the OpenTide tide-prediction library','2023-11-30','md','Markdown wiki timeline; ISO dates, YYYY-MM months, ISO range'),
'ancient_bio':('Hanno of Carthage: a life in outline','2021-05-04','txt','popular-history biography; BC years carried down, approximations, centuries AD'),
}
for k,(t,d,f,s) in M.items():
    json.dump({'title':t,'publication_date':d,'format':f,'style':s},open(f'/work/main/tests/data/heldout5/{k}.meta.json','w'),ensure_ascii=False)
