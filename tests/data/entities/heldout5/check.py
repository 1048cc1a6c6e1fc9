"""Validate the heldout5 annotated entity files (standard library only).

Checks: top-level keys and types, non-empty paragraphs, every gold name occurs verbatim (whole word) in
the text, no duplicate names, coordinates in range (or both null).
Usage: python tests/data/entities/heldout5/check.py
"""
import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent


def occurs(name, text):
    """Whole-word, case-sensitive occurrence of name in text."""
    return re.search(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text) is not None


def check_file(path):
    errors = []
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        return [f"cannot read JSON: {exc}"]
    if not isinstance(data, dict) or set(data) != {"text", "actors", "places"}:
        return [f"keys must be exactly text/actors/places, got {sorted(data) if isinstance(data, dict) else type(data)}"]
    text, actors, places = data["text"], data["actors"], data["places"]
    if not isinstance(text, str) or not text.strip():
        errors.append("text must be a non-empty string")
        return errors
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    if not 4 <= len(paragraphs) <= 7:
        errors.append(f"expected 4-7 paragraphs, got {len(paragraphs)}")
    if not isinstance(actors, list) or not actors:
        errors.append("actors must be a non-empty list")
        actors = []
    seen = set()
    for i, entry in enumerate(actors):
        if not isinstance(entry, list) or not entry or not all(isinstance(n, str) and n.strip() for n in entry):
            errors.append(f"actor {i}: must be a non-empty list of non-empty strings")
            continue
        for name in entry:
            if not occurs(name, text):
                errors.append(f"actor {i}: name {name!r} not in text")
        if entry[0] in seen:
            errors.append(f"actor {i}: duplicate canonical name {entry[0]!r}")
        seen.add(entry[0])
    if not isinstance(places, list):
        errors.append("places must be a list")
        places = []
    seen = set()
    for i, place in enumerate(places):
        if not isinstance(place, dict) or set(place) != {"names", "lat", "lon"}:
            errors.append(f"place {i}: keys must be exactly names/lat/lon")
            continue
        names = place["names"]
        if not isinstance(names, list) or not names or not all(isinstance(n, str) and n.strip() for n in names):
            errors.append(f"place {i}: names must be a non-empty list of non-empty strings")
            continue
        for name in names:
            if not occurs(name, text):
                errors.append(f"place {i}: name {name!r} not in text")
        if names[0] in seen:
            errors.append(f"place {i}: duplicate canonical name {names[0]!r}")
        seen.add(names[0])
        lat, lon = place["lat"], place["lon"]
        if (lat is None) != (lon is None):
            errors.append(f"place {i} ({names[0]}): lat and lon must be both null or both numbers")
        elif lat is not None:
            ok = all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in (lat, lon))
            if not ok:
                errors.append(f"place {i} ({names[0]}): lat/lon must be numbers")
            elif not (-90 <= lat <= 90 and -180 <= lon <= 180):
                errors.append(f"place {i} ({names[0]}): coordinates out of range ({lat}, {lon})")
    return errors


def main():
    files = sorted(HERE.glob("*.json"))
    failed = 0
    n_actors = n_places = 0
    for path in files:
        errors = check_file(path)
        if errors:
            failed += 1
            for err in errors:
                print(f"{path.name}: {err}")
        else:
            data = json.loads(path.read_text(encoding="utf-8"))
            n_actors += len(data["actors"])
            n_places += len(data["places"])
    if not files:
        print("no JSON files found")
        return 1
    print(f"{len(files)} files, {failed} failed, {n_actors} actors, {n_places} places")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
