"""What stage 2 finds in each source body: spans, one type for each kind.

Every span is `body[start:end]` of its source (end excluded), made by the
hand (`origin="hand"`, from a `HandSpec`) or by the machine (`"auto"`, with
`why` it was found).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from .edtf import Edtf
from .vocabulary import AnnotationKind, Origin, Stance


@dataclass(frozen=True, kw_only=True, slots=True)
class Span:
    source: str
    start: int
    end: int
    quote: str  # body[start:end]
    origin: Origin
    anchor: str  # HTML id on the source page
    why: str = ""  # for automatic ones: what the machine matched
    kind: ClassVar[AnnotationKind]

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def inside(self, other: Span) -> bool:
        return other.start <= self.start and self.end <= other.end


@dataclass(frozen=True, kw_only=True, slots=True)
class Mention(Span):
    kind = "mention"
    actor: str


@dataclass(frozen=True, slots=True)
class Hop:
    """An outlet that carried words on their way to a report (an actor id),
    and when it did, if the report says."""

    outlet: str
    date: Edtf | None = None


@dataclass(frozen=True, kw_only=True, slots=True)
class Statement(Span):
    """A stance taken on a claim, in the report's words."""

    kind = "stance"
    claim: str
    by: str  # "" when the report speaks for itself
    stance: Stance
    said: Edtf | None  # None: the report does not date the words
    via: tuple[Hop, ...] = ()  # who carried the words, in order from the speaker

    @property
    def carriers(self) -> tuple[str, ...]:
        """The outlets of the chain, in order."""
        return tuple(hop.outlet for hop in self.via)

    @property
    def speaker(self) -> tuple[str, str]:
        """Who a stance is by: its actor, or the report itself when it names none."""
        return (self.by, "") if self.by else ("", self.source)


@dataclass(frozen=True, kw_only=True, slots=True)
class EventReport(Span):
    kind = "event"
    event: str
    date: Edtf | None  # as this report gives it


@dataclass(frozen=True, kw_only=True, slots=True)
class Quotation(Span):
    kind = "quotation"
    by: str = ""  # "" when no speaker is named


@dataclass(frozen=True, kw_only=True, slots=True)
class DateMark(Span):
    kind = "date"
    date: Edtf


@dataclass(frozen=True, kw_only=True, slots=True)
class Sum(Span):
    """A sum of money: `value` is "USD 2500000000"."""

    kind = "money"
    value: str
    qualifier: str = ""  # "upwards of", "around", ...

    @property
    def label(self) -> str:
        return self.words(self.value, self.qualifier)

    @staticmethod
    def words(value: str, qualifier: str = "") -> str:
        """ "USD 2500000000" -> "USD 2,500,000,000", qualifier first."""
        currency, _, amount = value.partition(" ")
        whole, dot, fraction = amount.partition(".")
        text = f"{currency} {int(whole):,}" + (dot + fraction if dot else "")
        return f"{qualifier} {text}" if qualifier else text


Annotation = Mention | Statement | EventReport | Quotation | DateMark | Sum
# Short spans drawn as links or marks; the rest are passages.
LEAVES = (Mention, DateMark, Sum)
