"""Validate the heldout4 entity files (standard library only).

Checks: keys and types, every gold name occurs in the text as a whole word
(not only inside a longer word), coordinates in range (or both null).
Usage: python tests/data/entities/heldout4/check.py
"""
import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent


def occurs(name, text):
    return re.search(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text) is not None


def check(path):
    errs = []
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or set(data) != {"text", "actors", "places"}:
        return [f"keys must be exactly text/actors/places, got {sorted(data) if isinstance(data, dict) else type(data)}"]
    text = data["text"]
    if not isinstance(text, str) or not text.strip():
        errs.append("text must be a non-empty string")
        text = ""
    paras = [p for p in text.split("\n\n") if p.strip()]
    if not 4 <= len(paras) <= 7:
        errs.append(f"{len(paras)} paragraphs, expected 4-7")
    seen = {}
    if not isinstance(data["actors"], list) or not data["actors"]:
        errs.append("actors must be a non-empty list")
    else:
        for i, names in enumerate(data["actors"]):
            if not isinstance(names, list) or not names or not all(isinstance(n, str) and n.strip() for n in names):
                errs.append(f"actor {i}: must be a non-empty list of non-empty strings")
                continue
            for n in names:
                if not occurs(n, text):
                    errs.append(f"actor name not in text: {n!r}")
                if ("a", n) in seen:
                    errs.append(f"actor name listed twice: {n!r}")
                seen[("a", n)] = i
    if not isinstance(data["places"], list) or not data["places"]:
        errs.append("places must be a non-empty list")
    else:
        for i, p in enumerate(data["places"]):
            if not isinstance(p, dict) or set(p) != {"names", "lat", "lon"}:
                errs.append(f"place {i}: keys must be names/lat/lon")
                continue
            names = p["names"]
            if not isinstance(names, list) or not names or not all(isinstance(n, str) and n.strip() for n in names):
                errs.append(f"place {i}: names must be a non-empty list of strings")
                continue
            for n in names:
                if not occurs(n, text):
                    errs.append(f"place name not in text: {n!r}")
                if ("p", n) in seen:
                    errs.append(f"place name listed twice: {n!r}")
                seen[("p", n)] = i
            lat, lon = p["lat"], p["lon"]
            if (lat is None) != (lon is None):
                errs.append(f"place {names[0]}: lat and lon must both be null or both numbers")
            elif lat is not None:
                if isinstance(lat, bool) or isinstance(lon, bool) or not isinstance(lat, (int, float)) or not isinstance(lon, (int, float)):
                    errs.append(f"place {names[0]}: lat/lon must be numbers")
                elif not (-90 <= lat <= 90 and -180 <= lon <= 180):
                    errs.append(f"place {names[0]}: coordinates out of range")
    return errs


def main():
    files = sorted(HERE.glob("*.json"))
    bad = 0
    na = npl = 0
    for f in files:
        errs = check(f)
        if errs:
            bad += 1
            for e in errs:
                print(f"{f.name}: {e}")
        else:
            d = json.loads(f.read_text(encoding="utf-8"))
            na += len(d["actors"])
            npl += len(d["places"])
    if len(files) != 12:
        print(f"expected 12 files, found {len(files)}")
        bad += 1
    print(f"{len(files)} files, {na} actors, {npl} places, {bad} with errors")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
