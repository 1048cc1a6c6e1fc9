"""Validate the heldout3 annotated entity files (standard library only).

Checks, for every *.json next to this script:
- top-level keys are exactly text, actors, places;
- text is a non-empty string of 4-7 paragraphs separated by blank lines;
- actors is a list of non-empty lists of non-empty strings, no name in two entries;
- places is a list of objects with keys names (non-empty list of strings), lat, lon;
  lat/lon are both null or both numbers, lat in [-90, 90], lon in [-180, 180];
- every gold name (actors and places) occurs in the text as a whole word/phrase
  (case-sensitive, not glued to a letter or digit on either side).
Exit status 0 when everything passes, 1 otherwise.
"""
import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
EXPECTED_FILES = 12


def occurs(name, text):
    pat = r"(?<![0-9A-Za-z])" + re.escape(name) + r"(?![0-9A-Za-z])"
    return re.search(pat, text) is not None


def is_num(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def check_file(path):
    errs = []
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except Exception as e:  # noqa: BLE001
        return [f"invalid JSON: {e}"], 0, 0
    if not isinstance(doc, dict):
        return ["top level is not an object"], 0, 0
    if set(doc) != {"text", "actors", "places"}:
        errs.append(f"keys are {sorted(doc)}, expected ['actors', 'places', 'text']")
    text = doc.get("text")
    actors = doc.get("actors", [])
    places = doc.get("places", [])
    if not isinstance(text, str) or not text.strip():
        errs.append("text must be a non-empty string")
        text = ""
    else:
        paras = [p for p in text.split("\n\n") if p.strip()]
        if not 4 <= len(paras) <= 7:
            errs.append(f"text has {len(paras)} paragraphs, expected 4-7")
    if not isinstance(actors, list):
        errs.append("actors must be a list")
        actors = []
    seen = {}
    for i, ent in enumerate(actors):
        if not isinstance(ent, list) or not ent:
            errs.append(f"actors[{i}] must be a non-empty list")
            continue
        for name in ent:
            if not isinstance(name, str) or not name.strip() or name != name.strip():
                errs.append(f"actors[{i}] has a bad name {name!r}")
                continue
            if name in seen and seen[name] != i:
                errs.append(f"actor name {name!r} in entries {seen[name]} and {i}")
            seen[name] = i
            if not occurs(name, text):
                errs.append(f"actor name {name!r} not found in text")
    if not isinstance(places, list):
        errs.append("places must be a list")
        places = []
    seen = {}
    for i, pl in enumerate(places):
        if not isinstance(pl, dict) or set(pl) != {"names", "lat", "lon"}:
            errs.append(f"places[{i}] must be an object with keys names, lat, lon")
            continue
        names = pl["names"]
        if not isinstance(names, list) or not names:
            errs.append(f"places[{i}].names must be a non-empty list")
            names = []
        for name in names:
            if not isinstance(name, str) or not name.strip() or name != name.strip():
                errs.append(f"places[{i}] has a bad name {name!r}")
                continue
            if name in seen and seen[name] != i:
                errs.append(f"place name {name!r} in entries {seen[name]} and {i}")
            seen[name] = i
            if not occurs(name, text):
                errs.append(f"place name {name!r} not found in text")
        lat, lon = pl["lat"], pl["lon"]
        if lat is None and lon is None:
            continue
        if not (is_num(lat) and is_num(lon)):
            errs.append(f"places[{i}] lat/lon must both be numbers or both null: {lat!r}, {lon!r}")
            continue
        if not -90 <= lat <= 90:
            errs.append(f"places[{i}] lat {lat} out of range")
        if not -180 <= lon <= 180:
            errs.append(f"places[{i}] lon {lon} out of range")
    return errs, len(actors), len(places)


def main():
    files = sorted(HERE.glob("*.json"))
    bad = 0
    n_act = n_pl = 0
    if len(files) != EXPECTED_FILES:
        print(f"expected {EXPECTED_FILES} files, found {len(files)}")
        bad += 1
    for f in files:
        errs, a, p = check_file(f)
        n_act += a
        n_pl += p
        status = "ok" if not errs else "FAIL"
        print(f"{status:4} {f.name}: {a} actors, {p} places")
        for e in errs:
            print(f"     - {e}")
        bad += bool(errs)
    print(f"{len(files)} files, {n_act} actors, {n_pl} places")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
