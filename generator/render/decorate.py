"""What each annotation on a source page links to, and what its tooltip says."""

from __future__ import annotations

from ..model import paths
from ..model.annotations import (
    Annotation,
    DateMark,
    EventReport,
    Mention,
    Quotation,
    Statement,
    Sum,
)
from ..model.dossier import Dossier
from ..model.text import PARAGRAPH_BREAK
from .body import Decoration


def decorate(d: Dossier, a: Annotation) -> Decoration:
    page = paths.source(a.source)
    how = "marked by hand" if a.origin == "hand" else f"found automatically: {a.why}"
    match a:
        case Mention(actor=actor):
            name = d.actors[actor].name if actor in d.actors else actor
            return Decoration(paths.link(page, paths.actor(actor)), f"Mention of {name} ({how})")
        case Statement():
            who = d.actors[a.by].name if a.by in d.actors else "This report"
            statement = d.claims[a.claim].statement if a.claim in d.claims else a.claim
            return Decoration(paths.link(page, paths.claim(a.claim)),
                              f"{who} {a.stance}: {statement} ({how})", a.stance)
        case EventReport(event=event):
            title = d.events[event].title if event in d.events else event
            return Decoration(paths.link(page, paths.event(event)),
                              f"Report of the event: {title} ({how})", "event")
        case Quotation(by=by):
            speaker = d.actors.get(by)
            if speaker is None:
                return Decoration("", f"Quotation, speaker not named ({how})")
            # A chip names the speaker only where the text does not, right beside it.
            chip = "" if _named_beside(d, a) else f"— {speaker.name}"
            return Decoration("", f"Quotation of {speaker.name} ({how})", chip,
                              chip_href=paths.link(page, paths.actor(by)))
        case DateMark(date=date):
            shown = date.label()
            code = f" ({date.text})" if date.text != shown else ""  # the EDTF, when it differs
            return Decoration("", f"Date: {shown}{code} ({how})")
        case Sum():
            return Decoration("", f"Sum: {a.label} ({how})")
    raise TypeError(f"not an annotation: {a!r}")


def _named_beside(d: Dossier, a: Quotation, reach: int = 40) -> bool:
    """Whether the report names a quotation's speaker just before or after it,
    in the same paragraph ("…," Demir said), where a chip would say it twice."""
    body = d.sources[a.source].body
    for m in d.annotations[a.source]:
        if not isinstance(m, Mention) or m.actor != a.by:
            continue
        if a.end <= m.start < a.end + reach and not PARAGRAPH_BREAK.search(body, a.end, m.start):
            return True
        if a.start - reach < m.end <= a.start and not PARAGRAPH_BREAK.search(body, m.end, a.start):
            return True
    return False
