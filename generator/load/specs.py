"""A source's `annotations:` entries as typed hand annotations.

The kind follows from the keys: `actor` marks a mention, `claim` a stance,
`event` a report of an event, `quotation: true` a quotation (with `by` for
its speaker), `date` alone a date, `suppress: true` removes an automatic one.
A stance's `via` is the chain of outlets that carried the words, in order
from the speaker: one outlet's id (the first form, still read), or a list of
ids and `{outlet, date}` mappings.
An entry that names no kind, two kinds, or a key its kind does not take is
reported here; a value of the wrong type is the schema's to report, and such
an entry is left out so that the later stages never stumble on it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..model.annotations import Hop
from ..model.content import (
    KEY,
    DateSpec,
    EventSpec,
    HandSpec,
    MentionSpec,
    Place,
    QuotationSpec,
    Selector,
    StatementSpec,
    SuppressSpec,
)
from ..model.diagnostics import Diagnostic
from ..model.edtf import Edtf
from ..model.vocabulary import OWN_STANCES, STANCES, Stance

SELECTOR = {"quote", "prefix", "suffix", "occurrence", "all"}
KINDS = {  # kind -> the key that marks it, and the keys it may carry
    "mention": ("actor", {"actor"}),
    "stance": ("claim", {"claim", "by", "stance", "said", "via"}),
    "event": ("event", {"event", "date"}),
    "quotation": ("quotation", {"quotation", "by"}),
    "suppress": ("suppress", {"suppress"}),
    "date": ("date", {"date"}),  # only when no other kind's key is there
}
HINT = "give it one of: actor, claim (with by and stance), event, quotation, date, suppress"
_TEXT_KEYS = ("quote", "prefix", "suffix", "actor", "claim", "by", "stance", "event")

ReadDate = Callable[[tuple[Any, ...], Any], "Edtf | None"]


def kind_of(fields: dict[str, Any]) -> list[str]:
    """Every kind the keys ask for; one is right, none or two is a mistake."""
    kinds = [k for k, (key, _) in KINDS.items() if key in fields and k != "date"]
    return kinds or (["date"] if "date" in fields else [])


def well_typed(item: object) -> bool:
    """Whether the entry can be read at all: text where text belongs, flags
    that are true or false, an occurrence counted from 1."""
    if not isinstance(item, dict) or not isinstance(item.get("quote"), str):
        return False
    texts = all(isinstance(item[k], str) for k in _TEXT_KEYS if k in item)
    flags = all(isinstance(item[k], bool) for k in ("all", "suppress", "quotation") if k in item)
    occurrence = item.get("occurrence", 1)
    counted = isinstance(occurrence, int) and not isinstance(occurrence, bool) and occurrence >= 1
    return texts and flags and counted and ("via" not in item or _readable_chain(item["via"]))


def _readable_chain(via: object) -> bool:
    """One outlet's id, or a list of ids and mappings that name their `outlet`."""
    if isinstance(via, str):
        return True
    return isinstance(via, list) and all(
        isinstance(hop, str) or (isinstance(hop, dict) and isinstance(hop.get("outlet"), str))
        for hop in via)


def _chain(index: int, via: object, read_date: ReadDate) -> tuple[Hop, ...]:
    """The hops of a readable `via`, each with its date read where it is written."""
    hops = [via] if isinstance(via, str) else via if isinstance(via, list) else []
    chain = []
    for n, hop in enumerate(hops):
        if isinstance(hop, str):
            chain.append(Hop(hop))
        else:
            date = read_date(("annotations", index, "via", n, "date"), hop.get("date"))
            chain.append(Hop(hop["outlet"], date))
    return tuple(hop for hop in chain if hop.outlet)  # a blank one is the schema's to report


def hand_specs(items: list[Any], at: Place, read_date: ReadDate,
               problems: list[Diagnostic]) -> tuple[HandSpec, ...]:
    """Typed hand annotations of the entries that can be read; the reasons
    the others cannot go to `problems`."""
    specs = []
    for index, item in enumerate(items):
        if not well_typed(item):
            continue
        found = _kind_problems(index, item, at)
        problems += found
        dates = {key: read_date(("annotations", index, key), item[key])
                 for key in ("said", "date") if key in item}
        via = _chain(index, item.get("via"), read_date)
        if not found:
            specs.append(_spec(index, item, dates, via))
    return tuple(specs)


def _kind_problems(index: int, fields: dict[str, Any], at: Place) -> list[Diagnostic]:
    here = ("annotations", index)
    kinds = kind_of(fields)
    if not kinds:
        return [at.error(here, "annotation marks nothing", HINT)]
    if len(kinds) > 1:
        first, second = (KINDS[k][0] for k in kinds[:2])
        return [at.error(here, f"annotation has both '{first}' and '{second}'",
                         "write one annotation for each")]
    kind = kinds[0]
    problems = []
    for key in sorted(set(fields) - SELECTOR - KINDS[kind][1]):
        article = "an" if kind[0] in "aeiou" else "a"
        problems.append(at.error((*here, key, KEY),
                                 f"'{key}' does not apply to {article} {kind} annotation"))
    if kind == "stance":
        if "stance" not in fields:
            problems.append(at.error(here, "a claim annotation needs a 'stance'",
                                     "one of: " + ", ".join(STANCES)))
        if "by" not in fields and fields.get("stance") in OWN_STANCES:
            problems.append(at.error(here, "a claim annotation needs 'by'",
                                     "the id of the actor who takes the stance"))
    if kind == "date" and fields.get("date") is None:
        problems.append(at.error((*here, "date"), "a date annotation needs its date"))
    return problems


def _spec(index: int, f: dict[str, Any], dates: dict[str, Edtf | None],
          via: tuple[Hop, ...]) -> HandSpec:
    select = Selector(quote=f["quote"], prefix=f.get("prefix", ""), suffix=f.get("suffix", ""),
                      occurrence=f.get("occurrence"), every=f.get("all", False))
    kind = kind_of(f)[0]
    if kind == "mention":
        return MentionSpec(index=index, select=select, actor=f["actor"])
    if kind == "stance":
        # A stance not in the list was reported by the schema; "reports" stands
        # in for it so that the quote is still checked.
        stance: Stance = "reports"
        for known in STANCES:
            if known == f.get("stance"):
                stance = known
        return StatementSpec(index=index, select=select, claim=f["claim"], by=f.get("by", ""),
                             stance=stance, said=dates.get("said"), via=via)
    if kind == "event":
        return EventSpec(index=index, select=select, event=f["event"], date=dates.get("date"))
    if kind == "quotation":
        return QuotationSpec(index=index, select=select, by=f.get("by", ""))
    if kind == "date":
        return DateSpec(index=index, select=select, date=dates.get("date"))
    return SuppressSpec(index=index, select=select)
