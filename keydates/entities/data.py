"""Data files of the entity pass (aliases, regions, countries, kinds), loaded once and cached."""

from __future__ import annotations

import csv
import re
import tomllib
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

DATA = Path(__file__).with_name("data")


@lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """Lower-case, accent-free, hyphen/apostrophe-insensitive key for name lookups (cached: the
    same names come back in every event; ~5% of the entity rules' time)."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    text = re.sub(r"[\u2019'`]s\b", "", text)  # possessive
    text = re.sub(r"[-\u2010-\u2015_.,'`\u2019]", " ", text.lower())
    text = re.sub(r"^the\s+", "", text.strip())
    return re.sub(r"\s+", " ", text).strip()


def slug(text: str) -> str:
    """Stable id fragment: "Saddam Hussein" -> "saddam-hussein"."""
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-") or "x"


@dataclass(frozen=True, slots=True)
class Country:
    """One country of countries.tsv, with the names prose uses for it."""

    iso2: str
    name: str
    lat: float
    lon: float
    demonym: str
    capital: str
    names: tuple[str, ...]
    demonyms: tuple[str, ...]


@dataclass(slots=True)
class Tables:
    """Every lookup table of the entity pass, keyed by `fold`ed names."""

    countries: dict[str, Country] = field(default_factory=dict)  # iso2 -> Country
    country_names: dict[str, str] = field(default_factory=dict)  # name -> iso2
    demonyms: dict[str, str] = field(default_factory=dict)  # demonym -> iso2
    capitals: dict[str, str] = field(default_factory=dict)  # metonymic capital -> iso2
    orgs: dict[str, tuple[str, str]] = field(default_factory=dict)  # name -> (canonical, type)
    state_nouns: frozenset[str] = frozenset()
    group_nouns: frozenset[str] = frozenset()
    titles: frozenset[str] = frozenset()
    undergoer_verbs: frozenset[str] = frozenset()
    facility_words: tuple[str, ...] = ()
    facility_lower: frozenset[str] = frozenset()
    facility_kinds: frozenset[str] = frozenset()
    street_words: frozenset[str] = frozenset()  # "Kestrel Avenue": a street  # "the Karoo refinery": a lower-case kind after a name
    non_actor_prefixes: tuple[str, ...] = ()
    area_words: tuple[str, ...] = ()
    document_suffixes: frozenset[str] = frozenset()  # "... Accord", "... Charter": no actor, no place
    vessel_nouns: frozenset[str] = frozenset()  # "the icebreaker Northern Star": a ship
    feature_words: frozenset[str] = frozenset()  # "Cambridge Bay": a place of its own
    org_words: frozenset[str] = frozenset()  # "... Holdings", "... Party": an organization's name
    locative_preps: frozenset[str] = frozenset()  # "clashes in Tarkovo"
    setting_nouns: frozenset[str] = frozenset()  # "a UN conference": the organization is a setting
    personnel_nouns: frozenset[str] = frozenset()  # "Oxfam aid workers"
    entry_verbs: frozenset[str] = frozenset()  # "troops enter Lebanon": the country is also a place
    publication_verbs: frozenset[str] = frozenset()  # "wrote in X": X is a publication
    workplace_nouns: frozenset[str] = frozenset()  # "an analyst at X": X is an organization
    org_heads: frozenset[str] = frozenset()  # "the Serb List party": a common noun after the name
    address_verbs: frozenset[str] = frozenset()  # "urges Belgrade to ...": the capital is the government
    raw_aliases: dict[str, Any] = field(default_factory=dict)


def _plural_demonym(demonym: str) -> list[str]:
    """Demonyms ending in -an/-i/-ese/-ch/-sh: "Iraqi" -> "Iraqis"; "British" has no plural."""
    if re.search(r"(an|i)$", demonym):
        return [demonym + "s"]
    return []


@lru_cache(maxsize=1)
def tables() -> Tables:
    """Load countries.tsv and aliases.toml into lookup tables (cached)."""
    t = Tables()
    with (DATA / "countries.tsv").open(encoding="utf-8") as fh:
        rows = csv.DictReader((line for line in fh if not line.startswith("#")), delimiter="\t")
        for row in rows:
            alts = tuple(a for a in row["alternatives"].split(";") if a)
            dem = row["demonym"]
            t.countries[row["iso2"]] = Country(
                row["iso2"], row["name"], float(row["lat"]), float(row["lon"]), dem,
                row["capital"], (row["name"], *alts), tuple([dem, *_plural_demonym(dem)] if dem else []),
            )
    raw = tomllib.loads((DATA / "aliases.toml").read_text(encoding="utf-8"))
    t.raw_aliases = raw
    for entry in raw.get("country", []):
        if entry["iso2"] not in t.countries:  # a country countryinfo lacks (Kosovo)
            t.countries[entry["iso2"]] = Country(
                entry["iso2"], entry["canonical"], entry["lat"], entry["lon"], entry["demonyms"][0],
                entry.get("capital", ""), (entry["canonical"],), (),
            )
        c = t.countries[entry["iso2"]]
        t.countries[c.iso2] = Country(
            c.iso2, entry.get("canonical", c.name), c.lat, c.lon, c.demonym, c.capital,
            (*c.names, *entry.get("names", [])), (*c.demonyms, *entry.get("demonyms", [])),
        )
    for c in t.countries.values():
        for n in (*c.names, c.name):
            t.country_names.setdefault(fold(n), c.iso2)
        for d in c.demonyms:
            t.demonyms.setdefault(fold(d), c.iso2)
    # Explicit aliases win over generated ones ("US" the name beats any demonym clash).
    for entry in raw.get("country", []):
        for n in entry.get("names", []):
            t.country_names[fold(n)] = entry["iso2"]
        for d in entry.get("demonyms", []):  # "American" is the US, not the Northern Marianas
            t.demonyms[fold(d)] = entry["iso2"]
    capital_to_iso = {fold(c.capital): c.iso2 for c in t.countries.values() if c.capital}
    capital_to_iso.update({"washington": "US", "new delhi": "IN", "delhi": "IN", "kiev": "UA"})
    # every national capital may stand for its government when it acts ("Madrid takes control");
    # the list in aliases.toml adds other forms ("Washington", "Kiev")
    t.capitals.update({k: v for k, v in capital_to_iso.items() if k})
    for cap in raw.get("capitals", {}).get("metonymy", []):
        if fold(cap) in capital_to_iso:
            t.capitals[fold(cap)] = capital_to_iso[fold(cap)]
    for entry in raw.get("organization", []):
        for n in (entry["canonical"], *entry.get("names", [])):
            t.orgs[fold(n)] = (entry["canonical"], entry.get("type", "organization"))
    gen = raw.get("generic", {})
    t.state_nouns = frozenset(gen.get("state", []))
    t.group_nouns = frozenset(gen.get("groups", []))
    t.titles = frozenset(w.lower() for w in raw.get("titles", {}).get("words", []))
    t.undergoer_verbs = frozenset(raw.get("titles", {}).get("undergoer_verbs", []))
    fac = raw.get("facilities", {})
    t.facility_words = tuple(sorted([*fac.get("words", []), *fac.get("street_words", [])], key=len, reverse=True))
    t.facility_kinds = frozenset(fac.get("kind_heads", []))
    t.street_words = frozenset(fac.get("street_words", []))
    t.facility_lower = frozenset(w.split()[-1].lower() for w in t.facility_words)
    t.non_actor_prefixes = tuple(fac.get("non_actor_prefixes", []))
    t.area_words = tuple(fac.get("area_words", []))
    names = raw.get("names", {})
    t.document_suffixes = frozenset([*names.get("document_suffixes", []), *names.get("award_suffixes", [])])
    t.vessel_nouns = frozenset(names.get("vessel_nouns", []))
    t.feature_words = frozenset(names.get("feature_words", []))
    t.org_words = frozenset(names.get("org_words", []))
    t.locative_preps = frozenset(names.get("locative_preps", []))
    t.setting_nouns = frozenset(names.get("setting_nouns", []))
    t.personnel_nouns = frozenset(names.get("personnel_nouns", []))
    t.entry_verbs = frozenset(names.get("entry_verbs", []))
    t.org_heads = frozenset(names.get("org_heads", []))
    t.workplace_nouns = frozenset(names.get("workplace_nouns", []))
    t.publication_verbs = frozenset(names.get("publication_verbs", []))
    t.address_verbs = frozenset(names.get("address_verbs", []))
    return t


@lru_cache(maxsize=1)
def regions() -> list[dict[str, Any]]:
    """Regions of regions.toml (name, country, lat, lon, names, example)."""
    return tomllib.loads((DATA / "regions.toml").read_text(encoding="utf-8"))["region"]


@lru_cache(maxsize=1)
def kinds_data() -> dict[str, Any]:
    """The event-kind taxonomy with its triggers (kinds.toml)."""
    return tomllib.loads((DATA / "kinds.toml").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def casualty_data() -> dict[str, Any]:
    """Victim nouns, qualifiers and vague number words (casualties.toml)."""
    return tomllib.loads((DATA / "casualties.toml").read_text(encoding="utf-8"))


def inflections(word: str, irregular: dict[str, list[str]]) -> list[str]:
    """Surface forms of a base word: "invade" -> invade, invades, invaded, invading."""
    w = word.lower()
    forms = {w, *irregular.get(w, [])}
    if w.endswith("e") and not w.endswith("ee"):
        forms |= {w + "s", w + "d", w[:-1] + "ing"}
    elif w.endswith("y") and len(w) > 2 and w[-2] not in "aeiou":
        forms |= {w[:-1] + "ies", w[:-1] + "ied", w + "ing"}
    elif re.search(r"(s|x|z|ch|sh)$", w):
        forms |= {w + "es", w + "ed", w + "ing"}
    else:
        forms |= {w + "s", w + "ed", w + "ing"}
        if re.search(r"[^aeiou][aeiou][bdgmnprt]$", w) and len(w) <= 4:  # stop -> stopped
            forms |= {w + w[-1] + "ed", w + w[-1] + "ing"}
    return sorted(forms)
