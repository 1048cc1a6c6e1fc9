from build import build
build("coastal_fire_timeline", "text", {"title": "TIMELINE: The Solano Bluffs fire, from spark to return", "publication_date": "2026-01-09", "style": "wire 'TIMELINE:' factbox, newest first, dates without years rolling back across New Year, weekdays against the publication date"}, """TIMELINE: The Solano Bluffs fire, from spark to return

PORT ADELINE, Jan 9 (Harbor Press Agency) - Residents of the last evacuated neighborhoods were allowed home on Friday, 16 days after a wind-driven fire broke out in the coastal hills. Here is how the emergency unfolded, newest first.

* {{2026-01-09|-|-|11}}Friday - Final evacuation orders for Bluff Heights and Terrace Park are lifted.
* {{2026-01-06|-|-|11}}Jan. 6 - Fire officials declare the blaze 100 percent contained after rain of 1.4 inches.
* {{2026-01-04|-|-|11}}Jan. 4 - Highway 1 reopens between mile markers 42 and 57.
* {{2026-01-02|-|-|11}}Jan. 2 - Utility Coastline Power restores electricity to 18,000 customers.
* {{2026-01-01|-|-|11}}New Year's Day - Volunteers serve 2,500 meals at the Port Adeline shelter.
* {{2025-12-31|-|-|11}}Dec. 31 - The city cancels its fireworks show for the first time since 1988.
* {{2025-12-30|-|-|11}}Dec. 30 - Insurers say claims could top $900 million.
* {{2025-12-29|-|-|11}}Dec. 29 - The governor requests a federal disaster declaration.
* {{2025-12-29|-|-|01}}Officials confirm 312 structures destroyed and two deaths, a man aged 81 and a woman aged 77.
* {{2025-12-27|-|2025-12-28|11}}Dec. 27-28 - Winds ease; crews cut containment lines along Route 101.
* {{2025-12-26|-|-|11}}Dec. 26 - Mandatory orders cover 31,000 residents in five zones.
* {{2025-12-26|-|-|11}}Later that night, the Red Cross opens shelters at two high schools.
* {{2025-12-25|-|-|11}}Dec. 25 - Evacuation warnings are issued for Bluff Heights as smoke reaches the coast.
* {{2025-12-24|-|-|11}}Dec. 24 - The fire starts at about 11 p.m. near a power line on Solano Ridge.
* {{2025-12-23|-|-|11}}The day before, forecasters had warned of gusts up to 70 mph.
* {{2025-11|END|-|11}}Late November - Forecasters note the driest autumn on record, with 0.2 inches of rain.
* {{2025-09|-|-|11}}September - Coastline Power had told regulators it would bury lines on the ridge by 2028.
* {{2025-06-03|-|-|11}}June 3 - A county audit had flagged dead trees near the same line.

(Compiled by Rena Okafor; Editing by Paul Simms)
Related: Fire victims face long wait for rebuilding permits (Jan 8)
(c) 2026 Harbor Press Agency
""")
