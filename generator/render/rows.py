"""Small, flat rows that templates print: one per statement, mention, report."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from ..model import paths
from ..model.annotations import EventReport, Mention, Statement
from ..model.dossier import Dossier
from ..model.text import fold_space
from .excerpt import excerpt


@dataclass(frozen=True)
class Ref:
    """A link to a page: its text and its target (see `paths`)."""

    text: str
    href: str


@dataclass(frozen=True)
class Quote(Ref):
    """A quoted passage (see `excerpt`), linked to its place in the source."""

    own_words: bool = True  # the speaker's words, not the reporter's


def actor_ref(d: Dossier, id: str) -> Ref:
    return Ref(d.actors[id].name, paths.actor(id)) if id in d.actors else Ref(id, "")


@dataclass(frozen=True)
class Copy:
    """The same words in one report: when it was published, their place
    there, and the outlets that report names."""

    published: str
    place: Ref  # the report's title, linked to the words' place in it
    via: tuple[Ref, ...] = ()
    here: bool = False  # the row's own report: its title and chain are shown already


@dataclass(frozen=True)
class StatementRow:
    """One stance: who said what about which claim, when, and where."""

    date: str
    actor: Ref | None
    stance: str
    claim: Ref
    quote: Quote
    source: Ref
    # Who carried the words: the speaker, then each outlet, with the date it
    # carried them ("" when undated); () when the report names no outlet.
    chain: tuple[tuple[Ref, str], ...]
    origin: str
    copies: tuple[Copy, ...] = ()  # every report with the same words, earliest first


def statement_rows(d: Dossier, stances: tuple[Statement, ...] | list[Statement]
                   ) -> list[StatementRow]:
    """Rows in the given order, one per statement, except that the copies of
    the same words in several reports (`Dossier.republications`) are one row,
    led by the earliest copy in the list, and listing every copy."""
    rows: list[StatementRow] = []
    present = {(a.source, a.anchor) for a in stances}
    shown: set[tuple[object, ...]] = set()
    for a in stances:
        copies = d.republications.get((a.source, a.anchor), ())
        lead = next((c for c in copies if (c.source, c.anchor) in present
                     and (c.stance, c.claim) == (a.stance, a.claim)), a)
        if (lead.source, lead.anchor) in shown:
            continue
        shown.add((lead.source, lead.anchor))
        rows.append(dataclasses.replace(statement_row(d, lead),
                                        copies=tuple(copy(d, c, c.anchor == lead.anchor
                                                          and c.source == lead.source)
                                                     for c in copies)))
    return rows


def copy(d: Dossier, a: Statement, here: bool = False) -> Copy:
    source = d.sources[a.source]
    return Copy(source.published.label(), Ref(source.title, paths.source(a.source, a.anchor)),
                tuple(actor_ref(d, outlet) for outlet in a.carriers), here)


def chain(d: Dossier, a: Statement) -> tuple[tuple[Ref, str], ...]:
    """The speaker and the outlets that carried their words; () without outlets."""
    if not a.via:
        return ()
    speaker = ((actor_ref(d, a.by), ""),) if a.by else ()  # the row gives when they said it
    return (*speaker, *((actor_ref(d, hop.outlet), hop.date.label() if hop.date else "")
                        for hop in a.via))


def when_said(d: Dossier, a: Statement) -> str:
    """A stance's date as a reader should take it: a speaker's words that the
    report does not date were said by the day it was published, no more."""
    if a.said or not a.by:
        return d.said(a).label()
    return f"by {d.sources[a.source].published.label()}"


def statement_row(d: Dossier, a: Statement) -> StatementRow:
    source = d.sources[a.source]
    return StatementRow(
        date=when_said(d, a),
        actor=actor_ref(d, a.by) if a.by else None,
        stance=a.stance,
        claim=Ref(d.claims[a.claim].statement, paths.claim(a.claim)),
        quote=quote(d, a),
        source=Ref(source.title, paths.source(a.source)),
        chain=chain(d, a),
        origin=a.origin,
    )


@dataclass(frozen=True)
class MentionRow:
    """A mention of an actor with the words around it."""

    before: str
    text: str
    after: str
    link: Ref  # to the mention's place in the source
    source: Ref
    origin: str


def mention_row(d: Dossier, a: Mention, width: int = 70) -> MentionRow:
    source = d.sources[a.source]
    body = source.body
    line_start = max(body.rfind("\n", 0, a.start) + 1, a.start - width)
    line_end = body.find("\n", a.end)
    line_end = min(len(body) if line_end == -1 else line_end, a.end + width)
    cut_before = line_start > 0 and body[line_start - 1] != "\n"
    # A window cut inside a line starts and ends on whole words.
    if cut_before:
        line_start = next((i + 1 for i in range(line_start, a.start) if body[i].isspace()),
                          line_start)
    if line_end < len(body) and body[line_end] != "\n":
        line_end = next((i for i in range(line_end, a.end, -1) if body[i].isspace()), line_end)
    before = fold_space(body[line_start:a.start])
    if not cut_before:  # the body's own Markdown markers ("## ", "> ") are not the report's
        before = _BLOCK_MARKER.sub("", before)
    after = fold_space(body[a.end:line_end])
    return MentionRow(
        before=("… " if cut_before else "") + before.lstrip(),
        text=fold_space(a.quote),
        after=after.rstrip() + (" …" if line_end < len(body) and body[line_end] != "\n" else ""),
        link=Ref(fold_space(a.quote), paths.source(a.source, a.anchor)),
        source=Ref(source.title, paths.source(a.source)),
        origin=a.origin,
    )


@dataclass(frozen=True)
class ReportRow:
    """A source's report of an event, with the date as that source gives it."""

    source: Ref
    published: str
    quote: Quote
    date: str  # as this report gives it, or "" when it gives none
    agrees: bool  # False when the report's date cannot be the event's date


def report_row(d: Dossier, a: EventReport) -> ReportRow:
    source = d.sources[a.source]
    event = d.events[a.event]
    return ReportRow(
        source=Ref(source.title, paths.source(a.source)),
        published=source.published.label(),
        quote=quote(d, a),
        date=a.date.label() if a.date else "",
        agrees=a.date is None or a.date.overlaps(event.date),
    )


_BLOCK_MARKER = re.compile(r"^\s*(?:#{1,6}\s+|>\s*|[-*+]\s+|\d+[.)]\s+)")


def quote(d: Dossier, a: Statement | EventReport) -> Quote:
    """An annotation's passage as a table shows it, linked to its place."""
    shown = excerpt(d.sources[a.source].body, a.start, a.end)
    return Quote(shown.text, paths.source(a.source, a.anchor), shown.speaker)
