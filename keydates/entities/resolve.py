"""Merge the mentions of a whole timeline into entities with stable ids, and geocode places.

- Aliases come from the alias table (countries, demonyms, capitals, organizations) and from the
  text itself: acronyms defined in parentheses, and person names where a shorter mention is a
  contiguous part of exactly one longer name ("Saddam" = "Saddam Hussein", "Al Maliki" =
  "Nuri Al Maliki"), titles left out ("President George W. Bush" = "George W. Bush").
- An unnamed group mentioned by its head noun alone ("the coalition") is the latest group with
  that head noun ("US-led coalition").
- Places are looked up in the gazetteer preferring the countries the timeline talks about.
Entity ids are "ent:" + a slug of the canonical name: the same name always gives the same id.
"""

from __future__ import annotations

import math
from collections import Counter

from keydates.entities.data import fold, slug, tables
from keydates.entities.gazetteer import gazetteer
from keydates.entities.mentions import Mention
from keydates.model import Actor, Place

ROLE_RANK = {"agent": 0, "target": 1, "other": 2}
PARTICLES = {"al", "el", "bin", "ibn", "abu", "de", "van", "von", "der", "da", "di", "le", "la"}


def strip_titles(name: str) -> str:
    """"President George W. Bush" -> "George W. Bush"."""
    words = name.split()
    titles = tables().titles
    while len(words) > 1 and words[0].lower().rstrip(",") in titles:
        words.pop(0)
    return " ".join(words)


class Resolver:
    """Entities of one timeline, built from the mentions of all its events."""

    def __init__(self, events: list[list[Mention]]) -> None:
        self.t = tables()
        self.alias: dict[str, tuple[str, str]] = {}  # folded name -> (canonical, type)
        self._acronyms(events)
        self._places_everywhere(events)
        self._persons(events)
        self.countries: Counter[str] = Counter()  # countries the timeline talks about
        self.place_countries: Counter[str] = Counter()  # ... as places ("the country")
        for ms in events:
            for m in ms:
                iso = m.iso2 or (self.t.country_names.get(fold(m.key)) if m.place else None)
                if iso is None and m.place and not m.actor:  # "in Buenos Aires": Argentina is a country of the text
                    iso = self.t.capitals.get(fold(m.key))
                if iso:
                    self.countries[iso] += 1
                    if m.place:
                        self.place_countries[iso] += 1
        self._groups: list[str] = []
        self._names: dict[str, str] = {}
        self._place_keys = {fold(m.key) for ms in events for m in ms if m.place}
        self._seats = {fold(k): v for k, v in self.t.raw_aliases.get("capitals", {}).get("seats", {}).items()}
        self._orgs_named = {self.t.orgs[fold(m.key)][0] for ms in events for m in ms
                            if m.actor and fold(m.key) in self.t.orgs} if self._seats else set()

    # -- aliases -------------------------------------------------------------------------------
    def _known(self, name: str) -> tuple[str, str] | None:
        key = fold(name)
        if key in self.t.orgs:
            return self.t.orgs[key]
        if key in self.t.country_names:
            return self.t.countries[self.t.country_names[key]].name, "country"
        return self.alias.get(key)

    def _acronyms(self, events: list[list[Mention]]) -> None:
        self._acronym_forms = {n for e in self.t.raw_aliases.get("organization", [])
                               for n in (e["canonical"], *e.get("names", [])) if n.isupper()}
        for ms in events:
            for m in ms:
                for acr in m.aliases:
                    known = self._known(acr) or self._known(m.key)
                    canon = known or (m.key, m.type)
                    self.alias[fold(m.key)] = canon
                    self.alias[fold(acr)] = canon
                    self._acronym_forms.add(acr)
        self._org_names = [fold(m.key).split() for ms in events for m in ms
                           if m.actor and m.label in ("ACRONYM", "ORG") and len(m.key.split()) > 2]

    def org_part(self, name: str) -> tuple[str, str] | None:
        """The organization whose longer name ends with `name` ("the Trinamool Congress" = "All
        India Trinamool Congress (TMC)"), when exactly one such name exists and `name` has two words
        or more."""
        words = fold(name).split()
        if len(words) < 2:
            return None
        hits = {" ".join(f) for f in self._org_names if len(f) > len(words) and f[-len(words):] == words}
        if len(hits) != 1:
            return None
        return self.alias.get(hits.pop())

    def _persons(self, events: list[list[Mention]]) -> None:
        names = {strip_titles(m.key) for ms in events for m in ms if m.actor and m.type == "person"
                 and fold(m.key) not in self.t.orgs and fold(m.key) not in self.t.country_names}
        full: list[list[str]] = []
        self._strict: dict[str, list[str]] = {}  # folded full name -> its words with hyphens kept
        for name in sorted(names, key=lambda n: (-len(n.split()), n)):
            words = fold(name).split()
            if not words:
                continue
            hits = self._unhyphenated([f for f in full if _contiguous(words, f)], words)
            if len(hits) == 1 and any(w not in PARTICLES for w in words):
                self.alias[fold(name)] = self.alias[" ".join(hits[0])]
            elif not hits:
                full.append(words)
                self.alias[" ".join(words)] = (name, "person")
                self._strict[" ".join(words)] = [fold(w).replace(" ", "-") for w in name.split()]
        self._full_names = full

    def _unhyphenated(self, hits: list[list[str]], words: list[str]) -> list[list[str]]:
        """Among several names containing `words`, those where they are whole words, not part of
        a hyphenated double name: "Zuma" is Jacob Zuma, not Duduzile Zuma-Sambudla."""
        if len(hits) < 2:
            return hits
        strict = [f for f in hits if _contiguous(words, self._strict.get(" ".join(f), f))
                  or self._strict.get(" ".join(f), f) == words]
        return strict or hits

    def _places_everywhere(self, events: list[list[Mention]]) -> None:
        """A name the timeline uses as a place the gazetteer lacks ("clashes in Tarkovo") is a place
        where the model tags it again as a person or organization without it acting ("aid reaches
        Tarkovo and Lesno" tagged ORG): one name, one reading per text."""
        places = {fold(m.key) for ms in events for m in ms if m.place and not m.actor
                  and not m.key.isupper()
                  and m.label in ("GPE?", "GPE") and not gazetteer().knows(m.key)}
        if not places:
            return
        longer = [fold(m.key).split() for ms in events for m in ms if m.actor and m.type == "person"]
        for ms in events:
            for m in ms:
                if m.actor and m.label in ("PERSON", "ORG") and m.role != "agent" and fold(m.key) in places \
                        and (m.label == "ORG" or " " not in m.key.strip()) \
                        and not any(_contiguous(fold(m.key).split(), w) for w in longer):
                    m.actor, m.place, m.label = False, True, "GPE?"

    def person_part(self, name: str) -> tuple[str, str] | None:
        """The person whose name contains `name` ("Soleimani" tagged as a place)."""
        words = fold(name).split()
        hits = self._unhyphenated([f for f in self._full_names if _contiguous(words, f)], words)
        if len(hits) == 1 and any(w not in PARTICLES for w in words):
            return self.alias[" ".join(hits[0])]
        return None

    # -- actors --------------------------------------------------------------------------------
    def actor(self, m: Mention) -> Actor | None:
        """The merged entity of an actor mention (None for an unknown bare acronym)."""
        if m.label == "NAME?":
            known = self.person_part(m.key) if m.key not in self.t.titles else None
            if known is None or fold(m.key) in self.t.country_names or fold(m.key) in self.t.demonyms:
                return None
            return Actor(known[0], f"ent:{slug(known[0])}", known[1], m.role, m.text)
        if m.label == "ACRONYM?":
            known = self.alias.get(fold(m.key)) or self.t.orgs.get(fold(m.key))
            if known is None or m.key not in self._acronym_forms:
                return None
            return Actor(known[0], f"ent:{slug(known[0])}", known[1], m.role, m.text)
        seat = self._seats.get(fold(m.key)) if m.iso2 else None
        if seat is not None and seat in self._orgs_named:  # "Brussels freezes the talks" in a story on the EU
            return Actor(seat, f"ent:{slug(seat)}", self.t.orgs[fold(seat)][1], m.role, m.text)
        if m.iso2:
            c = self.t.countries[m.iso2]
            name, typ = c.name, "country"
        elif fold(m.key) in self.t.orgs and not m.generic:  # the alias table ("Taleban" = "Taliban")
            name, typ = self.t.orgs[fold(m.key)]
        elif m.label == "NORP" and not m.generic and fold(m.key) in self.alias:  # "the AU names ..."
            name, typ = self.alias[fold(m.key)]
        elif m.generic or (m.type == "group" and m.label == "NORP"):
            name, typ = self._group(m.key), "group"
        else:
            key = strip_titles(m.key) if m.type == "person" else m.key
            known = self.alias.get(fold(key)) or self._known(key)
            if known is None and m.type != "person":
                known = self.person_part(key)  # "impeaches Trump" tagged as an organization
            if known is None and m.label == "ORG":
                known = self.org_part(key)
            name, typ = known if known else (key, m.type)
        if typ != "person":  # "the Houthis" = "Houthi": one entity whatever the number
            name = self._names.setdefault(fold(name).rstrip("s"), name)
        return Actor(name, f"ent:{slug(name)}", typ, m.role, m.text, m.generic)

    def _group(self, key: str) -> str:
        for g in self._groups:  # "Houthi" = "Houthis"
            if fold(g).rstrip("s") == fold(key).rstrip("s"):
                return g
        head = key.split()[-1].lower()
        if " " not in key:  # "the coalition" = the latest "... coalition"
            for g in reversed(self._groups):
                if g.split()[-1].lower() == head:
                    return g
        self._groups.append(key)
        return key

    def place_as_actor(self, m: Mention) -> Actor | None:
        """A place mention the gazetteer does not know but that names an actor ("from ISIL")."""
        if (m.label == "GPE?" or not gazetteer().knows_main(m.key)) and self.person_part(m.key):
            # "Soleimani" = "Qasem Soleimani"; "loses to Adhikari" = "Suvendu Adhikari" although
            # "Adhikari" is an alternate name of a town
            known = self.person_part(m.key)
            return Actor(known[0], f"ent:{slug(known[0])}", known[1], m.role, m.text)  # type: ignore[index]
        if gazetteer().knows_main(m.key):
            return None  # a name the gazetteer has only as an alternate ("BJP") may still be an acronym of the text
        known = self.alias.get(fold(m.key)) or self.t.orgs.get(fold(m.key)) or self.person_part(m.key)
        if known is None:
            return None
        return Actor(known[0], f"ent:{slug(known[0])}", known[1], m.role, m.text)

    # -- places --------------------------------------------------------------------------------
    def place(self, m: Mention) -> Place | None:
        """Geocode a place mention; relative areas keep their text."""
        if m.label == "RELATIVE":
            code = None
            if m.key:
                found = gazetteer().lookup(m.key, self.countries)
                code = found.country_code if found else None
            elif self.place_countries or self.countries:
                code = (self.place_countries or self.countries).most_common(1)[0][0]
            return Place(m.text, None, None, code, "relative", m.text, None, m.relative)
        found = gazetteer().lookup(m.key, self.countries)
        natural = m.key.split()[-1] in self.t.feature_words if m.key.split() else False
        if found is None and m.label == "FAC" and not natural:  # "Baghdad International Airport": its city
            base = m.key
            for fw in self.t.facility_words:  # look for the city in the name, not in "Airport"
                if base.endswith(" " + fw):
                    base = base[: -len(fw) - 1]
                    break
            for word in _ngrams(base):
                found = gazetteer().lookup(word, self.countries, primary=True)
                if found is not None and found.precision == "city" and \
                        (self.place_countries or self.countries).get(found.country_code or ""):
                    # the city must be in a country where the text places events when it places any:
                    # "the San Marcos university" in a Peruvian story is not in San Marcos, Mexico,
                    # because Mexico only grants asylum there
                    found = Place(m.key, found.lat, found.lon, found.country_code, "city", m.text,
                                  found.geonameid)
                    break
            else:
                found = None
        if found is None:
            words = m.key.split()
            if len(words) > 1 and words[-1] in self.t.area_words and fold(" ".join(words[:-1])) in self._place_keys:
                # "Cabo Verde province" and "to Cabo Verde" in one text: one place, named as the text
                # names it alone
                return Place(" ".join(words[:-1]), None, None, None, "unknown", m.text, None, m.relative)
            return Place(m.key, None, None, None, "unknown", m.text, None, m.relative)
        found.mention = m.text
        found.relative = m.relative
        return found


def _contiguous(part: list[str], whole: list[str]) -> bool:
    n = len(part)
    return n < len(whole) and any(whole[i:i + n] == part for i in range(len(whole) - n + 1))


def _ngrams(name: str) -> list[str]:
    words = name.split()
    return [" ".join(words[i:i + n]) for n in (3, 2, 1) for i in range(len(words) - n + 1)
            if words[i][:1].isupper()]


def merge_actors(actors: list[Actor]) -> list[Actor]:
    """One actor per entity, keeping the strongest role (agent > target > other)."""
    best: dict[str, Actor] = {}
    for a in actors:
        cur = best.get(a.entity_id)
        if cur is None or ROLE_RANK[a.role] < ROLE_RANK[cur.role]:
            best[a.entity_id] = a
    return list(best.values())


def merge_places(places: list[Place]) -> list[Place]:
    """One place per gazetteer entry (or name)."""
    seen: dict[tuple, Place] = {}
    for p in places:
        key = (p.geonameid, p.name, p.precision)
        seen.setdefault(key, p)
    return list(seen.values())


FAR_KM = 5000.0  # farther than this from every place of the text's main country: another continent
SMALL = 50_000  # a town this small abroad, in a country the text never names, is a namesake


def drop_far_namesakes(places: list[list[Place]], countries: Counter[str]) -> None:
    """Far namesakes, in place: the country holding most of the text's located places (two or
    more, more than any other country) is its main country; a city in another country that the
    text never names, more than 5,000 km from every located place of the main country, keeps its
    name but loses its point; so does a town under 50,000 inhabitants in such a country, however
    near ("El Alto" in a Bolivian story is not El Alto, Peru). "Palma" in a story whose places are in Mozambique is not Palma de
    Mallorca; "Phoenix, a township north of Durban" is not Phoenix, Arizona; "Birmingham" in a
    story on Atlanta and Buffalo is not Birmingham, England. National capitals are kept ("talks
    in Vienna" in any story); a text without a main country is left alone."""
    located = [p for ps in places for p in ps if p.lat is not None and p.lon is not None]
    by_country = Counter(p.country_code for p in located if p.country_code)
    ranked = by_country.most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return
    main = ranked[0][0]
    anchors = [p for p in located if p.country_code == main]
    capitals = gazetteer()._capitals
    for ps in places:
        for i, p in enumerate(ps):
            if p.precision != "city" or p.lat is None or p.lon is None or p.country_code == main \
                    or countries.get(p.country_code or "") or p.geonameid in capitals:
                continue
            if all(_km(p, q) > FAR_KM for q in anchors) or (
                    p.geonameid is not None and gazetteer().population(p.geonameid) < SMALL):
                ps[i] = Place(p.mention or p.name, None, None, None, "unknown", p.mention, None, p.relative)


def _km(a: Place, b: Place) -> float:
    """Great-circle distance between two located places."""
    la1, lo1, la2, lo2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))  # type: ignore[arg-type]
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 12742.0 * math.asin(min(1.0, math.sqrt(h)))
