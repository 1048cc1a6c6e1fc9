"""Precision and recall of actors and places on an annotated set (tests/data/entities/*.json).

    .venv/bin/python -m keydates.entities.evaluate [DIR] [--errors] [--lead]

Each file holds a text (paragraphs are events), gold actors (lists of acceptable names) and gold
places (names and true coordinates). Scored at document level: a system entity is right when its
canonical name or one of its mentions is an acceptable name of a gold entity not matched yet.
Generic actors ("protesters") and relative places ("the north of the country") are not scored.
Coordinates are checked for places the system resolves to a city: within 25 km of the gold point.
"""

from __future__ import annotations

import json
import math
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from keydates.entities.data import fold
from keydates.entities.pipeline import enrich_many
from keydates.model import Document, Event, EventDate, Timeline

DEFAULT_DIR = Path(__file__).resolve().parents[2] / "tests" / "data" / "entities"


@dataclass(slots=True)
class Score:
    """Counts of one category."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


def timeline_of(text: str, source: str = "-") -> Timeline:
    """A timeline whose events are the paragraphs of `text` (blank-line separated)."""
    events = [Event(m.start(), m.end(), m.group(), None, EventDate(None))
              for m in re.finditer(r"[^\n]+(?:\n[^\n]+)*", text) if m.group().strip()]
    return Timeline(Document(text=text, source=source), events)


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(a))


_AREA = re.compile(r"\s+(district|province|region|governorate|state|county|city)$")


def _norm(name: str) -> str:
    """Folded name without a trailing area word ("Gemmayzeh district" = "Gemmayzeh")."""
    return _AREA.sub("", fold(name))


def _match(names: set[str], gold: list[list[str]], used: set[int]) -> int | None:
    names = {_norm(n) for n in names}
    for i, alts in enumerate(gold):
        if i not in used and names & {_norm(a) for a in alts}:
            return i
    return None


def score_dir(directory: Path = DEFAULT_DIR, scope: str = "event") -> dict[str, Score]:
    """Actor, place and coordinate scores over every annotated file of `directory`."""
    files = sorted(directory.glob("*.json"))
    golds = [json.loads(f.read_text(encoding="utf-8")) for f in files]
    tls = enrich_many([timeline_of(g["text"], f.name) for f, g in zip(files, golds)], scope=scope)
    scores = {"actors": Score(), "places": Score(), "coordinates": Score()}
    for f, g, tl in zip(files, golds, tls):
        ents: dict[str, set[str]] = {}
        for ev in tl.events:
            for a in ev.actors:
                if not a.generic:
                    ents.setdefault(a.name, {fold(a.name)}).add(fold(a.mention))
        used: set[int] = set()
        s = scores["actors"]
        for name, names in ents.items():
            i = _match(names, g["actors"], used)
            if i is None:
                s.fp += 1
                s.errors.append(f"{f.stem}: extra actor {name!r}")
            else:
                used.add(i)
                s.tp += 1
        for i, alts in enumerate(g["actors"]):
            if i not in used:
                s.fn += 1
                s.errors.append(f"{f.stem}: missed actor {alts[0]!r}")
        places: dict[str, tuple[set[str], object]] = {}
        for ev in tl.events:
            for p in ev.places:
                if p.precision != "relative":
                    places.setdefault(p.name, ({fold(p.name)}, p))[0].add(fold(p.mention))
        used = set()
        s, c = scores["places"], scores["coordinates"]
        gold_names = [pl["names"] for pl in g["places"]]
        for name, (names, p) in places.items():
            i = _match(names, gold_names, used)
            if i is None:
                s.fp += 1
                s.errors.append(f"{f.stem}: extra place {name!r}")
                continue
            used.add(i)
            s.tp += 1
            gp = g["places"][i]
            if p.precision == "city" and gp.get("lat") is not None and p.lat is not None:  # type: ignore[attr-defined]
                d = km(gp["lat"], gp["lon"], p.lat, p.lon)  # type: ignore[attr-defined]
                if d <= 25:
                    c.tp += 1
                else:
                    c.fp += 1
                    c.errors.append(f"{f.stem}: {name!r} is {d:.0f} km off")
        for i, alts in enumerate(gold_names):
            if i not in used:
                s.fn += 1
                s.errors.append(f"{f.stem}: missed place {alts[0]!r}")
    return scores


def main(argv: list[str] | None = None) -> int:
    """Print the scores (and with --errors every miss and extra)."""
    args = list(sys.argv[1:] if argv is None else argv)
    show = "--errors" in args
    scope = "lead" if "--lead" in args else "event"
    args = [a for a in args if a not in ("--errors", "--lead")]
    scores = score_dir(Path(args[0]) if args else DEFAULT_DIR, scope)
    for name, s in scores.items():
        if name == "coordinates":
            print(f"{name:12s} within 25 km {s.tp}/{s.tp + s.fp}")
        else:
            print(f"{name:12s} P={s.precision:.3f} R={s.recall:.3f}  (tp={s.tp} fp={s.fp} fn={s.fn})")
    if show:
        for s in scores.values():
            for e in s.errors:
                print("  " + e)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
