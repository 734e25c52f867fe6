"""Lists that grow with the dossier, cut into pages of a bounded size.

A list on its owner's page (an actor's statements and mentions, a claim's
statements, an event's reports, a year of the timeline, a section's index)
shows every row while they are few. When they are many, the owner's page
shows how many there are and the latest rows, and the whole list runs over
pages of `PAGE_ROWS` rows, each linking to every other: whatever the size
of the dossier, a reader reaches any row in two clicks, and no page grows.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, ClassVar, Generic, TypeVar

from ..model import paths
from .rows import Ref

Row = TypeVar("Row")
WHOLE = 60  # a list this long or shorter is shown whole on its owner's page
PREVIEW = 20  # rows an owner's page shows of a longer one: the latest
PAGE_ROWS = 100  # rows on each page of a whole list


@dataclass(frozen=True)
class Listing(Generic[Row]):
    """A list as its owner's page shows it."""

    rows: Sequence[Row]  # every row, or the latest PREVIEW of a long list
    total: int
    parts: tuple[Ref, ...]  # the pages of the whole list; () when every row is shown

    @property
    def cut(self) -> bool:
        return bool(self.parts)


@dataclass(frozen=True)
class ListPage:
    """One page of a long list: its rows, and the way back and on."""

    TEMPLATE: ClassVar[str] = "list.md.j2"
    title: str  # "İsmail Demir: asserted, 101–200 of 412"
    owner: Ref  # the page the list belongs to
    kind: str  # which partial draws the rows: statements, mentions, reports, timeline, links
    rows: Sequence[Any]
    number: int  # from 1
    parts: tuple[Ref, ...]  # every page of this list, this one included
    columns: tuple[str, ...]  # for the partial: which columns it shows (statements)


Pages = list[tuple[str, ListPage]]


def listing(rows: Sequence[Row], owner: Ref, name: str, label: str, kind: str,
            columns: tuple[str, ...] = (), newest_first: bool = False,
            preview: int = PREVIEW) -> tuple[Listing[Row], Pages]:
    """The owner page's view of `rows` (in reading order: oldest first, or
    newest first), and, when they are more than WHOLE, the pages of the whole
    list: `<owner>/<name>-<n>.md`."""
    if len(rows) <= WHOLE:
        return Listing(rows, len(rows), ()), []
    chunks = [rows[at:at + PAGE_ROWS] for at in range(0, len(rows), PAGE_ROWS)]
    targets = [paths.part(owner.href, name, n) for n in range(1, len(chunks) + 1)]
    parts = tuple(Ref(_span(n, len(chunk), len(rows)), target)
                  for n, (chunk, target) in enumerate(zip(chunks, targets, strict=True), 1))
    pages = [(target, ListPage(f"{owner.text}: {label}, {part.text}", owner, kind, chunk, n,
                               parts, columns))
             for n, (chunk, target, part) in enumerate(zip(chunks, targets, parts, strict=True),
                                                       1)]
    latest = rows[:preview] if newest_first else rows[-preview:]
    return Listing(latest, len(rows), parts), pages


def _span(number: int, size: int, total: int) -> str:
    """ "101–200 of 412": which rows a page holds."""
    first = (number - 1) * PAGE_ROWS + 1
    return f"{first}–{first + size - 1} of {total}"
