"""A synthetic dossier: the seed dossier (the repo's content/) plus N generated
news reports, the same bytes for the same N and seed.

Each report is about 1 KB of text in 8 paragraphs, naming seed actors by
their names and aliases, with quoted passages, dates and sums of money, and
four hand annotations: three stances (an exact sentence of the body, a seed
claim, a seed actor) and one report of a seed event dated before the report.

    python benchmarks/synthetic.py OUT N [--seed 7]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

import phrases
import yaml

ROOT = Path(__file__).resolve().parent.parent
SEED_CONTENT = ROOT / "content"
STANCES = ["asserts"] * 5 + ["denies"] * 2 + ["doubts"] * 2 + ["reports"]
SPEAKER_KINDS = ("person", "state", "organization")
PARAGRAPHS = 8
_THE = re.compile(r"\b(?:United|of|for|and|Party|Service|Center|Centre)\b")


@dataclass(frozen=True)
class Actor:
    id: str
    kind: str
    names: tuple[str, ...]  # the name, then every alias


@dataclass(frozen=True)
class Seed:
    actors: tuple[Actor, ...]
    claims: tuple[str, ...]
    events: tuple[tuple[str, str, dt.date], ...]  # id, title, first day

    def named(self, *kinds: str) -> list[Actor]:
        return [a for a in self.actors if a.kind in kinds]


def front_matter(path: Path) -> dict[str, object]:
    text = path.read_text(encoding="utf-8")
    match = re.match(r"---\n(.*?)\n---\n", text, re.DOTALL)
    data = yaml.safe_load(match.group(1)) if match else None
    return data if isinstance(data, dict) else {}


def first_day(edtf: str) -> dt.date:
    """The first day an EDTF date like 2019-11, 2017-03~ or A/B names, unwidened."""
    parts = [int(p) for p in re.sub(r"[~?%]", "", edtf.split("/")[0]).split("-")]
    return dt.date(parts[0], *[*parts[1:], 1, 1][:2])


def read_seed(content: Path = SEED_CONTENT) -> Seed:
    actors = []
    for path in sorted((content / "actors").glob("*.md")):
        data = front_matter(path)
        aliases = data.get("aliases") or []
        names = [str(data["name"])] + [str(a) for a in aliases] \
            if isinstance(aliases, list) else [str(data["name"])]
        actors.append(Actor(path.stem, str(data["kind"]), tuple(names)))
    claims = tuple(p.stem for p in sorted((content / "claims").glob("*.md")))
    events = []
    for path in sorted((content / "events").glob("*.md")):
        data = front_matter(path)
        events.append((path.stem, str(data["title"]), first_day(str(data["date"]))))
    return Seed(tuple(actors), claims, tuple(events))


class Writer:
    """Writes one report at a time from one random generator."""

    def __init__(self, seed: Seed, rng: random.Random) -> None:
        self.seed, self.rng = seed, rng
        self.fillers: list[str] = []

    def filler(self) -> str:
        """A sentence of the reporter's, no template twice in a report if it can be helped."""
        if not self.fillers:
            self.fillers = self.rng.sample(phrases.FILLERS, len(phrases.FILLERS))
        return self.fill(self.fillers.pop())

    def name(self, *kinds: str, other: str = "") -> str:
        """A name or alias of an actor of one of `kinds`, not the actor named `other`."""
        actors = [a for a in self.seed.named(*kinds) if other not in a.names]
        return spoken(self.rng.choice(self.rng.choice(actors).names))

    def fill(self, template: str, **given: str) -> str:
        pick = self.rng.choice
        person, state = self.name("person"), self.name("state")
        slots = {
            "person": person, "person2": self.name("person", other=person),
            "state": state, "state2": self.name("state", other=state.removeprefix("the ")),
            "media": self.name("media"), "org": self.name("organization"),
            "topic": pick(phrases.TOPICS), "progress": pick(phrases.PROGRESS),
            "time": pick(phrases.TIMES), "money": pick(phrases.MONEY),
            "system": pick(phrases.SYSTEMS), "observers": pick(phrases.OBSERVERS),
        } | given
        slots["Progress"] = cap(slots["progress"])
        return cap(template.format(**slots))

    def published(self) -> tuple[str, dt.date]:
        """A date in 2017-2023 after the earliest seed event; a month only now and then."""
        earliest = min(day for _, _, day in self.seed.events)
        start, end = max(dt.date(2017, 1, 1), earliest), dt.date(2023, 12, 31)
        day = start + dt.timedelta(days=self.rng.randrange((end - start).days + 1))
        if self.rng.random() < 0.2:
            day = day.replace(day=1)
            return day.strftime("%Y-%m"), day
        return day.isoformat(), day

    def statement(self) -> tuple[str, dict[str, str]]:
        actor = self.rng.choice(self.seed.named(*SPEAKER_KINDS))
        speaker = spoken(self.rng.choice(actor.names))
        sentence = self.fill(self.rng.choice(phrases.STATEMENTS), speaker=speaker)
        return sentence, {"claim": self.rng.choice(self.seed.claims), "by": actor.id,
                          "stance": self.rng.choice(STANCES)}

    def event_report(self, published: dt.date) -> tuple[str, dict[str, str]]:
        event_id, title, _ = self.rng.choice(
            [e for e in self.seed.events if e[2] <= published])
        return self.fill(self.rng.choice(phrases.EVENT_REPORTS), event=title), \
            {"event": event_id}

    def paragraph(self, lead: str) -> str:
        sentences = [lead]
        target = self.rng.randrange(50, 125)
        while sum(len(s) + 1 for s in sentences) < target:
            sentences.append(self.filler())
        self.rng.shuffle(sentences)
        return " ".join(sentences)

    def report(self) -> tuple[dict[str, object], str]:
        """Front matter and body of one report, every quote once in the body."""
        while True:
            self.fillers = []
            published, day = self.published()
            marked = [self.statement() for _ in range(3)] + [self.event_report(day)]
            leads = [s for s, _ in marked] + \
                [self.filler() for _ in range(PARAGRAPHS - 4)]
            self.rng.shuffle(leads)
            body = "\n\n".join(self.paragraph(lead) for lead in leads) + "\n"
            if all(body.count(s) == 1 for s, _ in marked):
                break
        meta: dict[str, object] = {
            "title": self.fill(self.rng.choice(phrases.HEADLINES)),
            "publisher": self.rng.choice(
                [a.names[0] for a in self.seed.named("media")] + phrases.PUBLISHERS),
            "published": published,
            "annotations": [{"quote": s, **fields} for s, fields in marked],
        }
        return meta, body


def spoken(name: str) -> str:
    """ "the United States", "the Justice and Development Party", but "Saudi Arabia"."""
    return f"the {name}" if _THE.search(name) else name


def cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def as_yaml(meta: dict[str, object]) -> str:
    """Front matter with every string double-quoted (JSON strings are YAML)."""
    lines = []
    for key, value in meta.items():
        if isinstance(value, list):
            lines.append(f"{key}:")
            for item in value:
                pairs = [f"{k}: {json.dumps(v, ensure_ascii=False)}" for k, v in item.items()]
                lines.append("  - " + "\n    ".join(pairs))
        else:
            lines.append(f"{key}: {json.dumps(value, ensure_ascii=False)}")
    return "---\n" + "\n".join(lines) + "\n---\n"


def make_content(out: Path, sources: int, seed: int = 7,
                 base: Path = SEED_CONTENT) -> Path:
    """Copy `base` to `out` (replacing it) and add `sources` synthetic reports."""
    if out.exists():
        shutil.rmtree(out)
    shutil.copytree(base, out)
    writer = Writer(read_seed(base), random.Random(seed))
    for i in range(sources):
        meta, body = writer.report()
        path = out / "sources" / f"synthetic-{i:05d}.md"
        path.write_text(as_yaml(meta) + "\n" + body, encoding="utf-8")
    return out


def add_long_report(content: Path, kilobytes: int, seed: int = 7) -> Path:
    """One report of about `kilobytes` of synthetic paragraphs, none marked:
    what `dossier check` does with a long text."""
    writer = Writer(read_seed(content), random.Random(seed))
    paragraphs: list[str] = []
    while sum(len(p) + 2 for p in paragraphs) < kilobytes * 1024:
        paragraphs.append(writer.paragraph(writer.statement()[0]))
    path = content / "sources" / "synthetic-long.md"
    meta = {"title": "A long report", "published": "2021"}
    path.write_text(as_yaml(meta) + "\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="the content folder to write (replaced)")
    parser.add_argument("sources", type=int, help="how many synthetic sources to add")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    make_content(args.out, args.sources, args.seed)
    print(f"wrote {args.out}: the seed dossier and {args.sources} synthetic sources")


if __name__ == "__main__":
    main()
