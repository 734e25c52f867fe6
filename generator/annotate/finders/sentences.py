"""A report's sentences and paragraphs, found by bisection, for the speaker
finder: which sentence holds a quotation, which paragraph comes before."""

from __future__ import annotations

import bisect
from dataclasses import dataclass


@dataclass
class Sentences:
    """A body with its sentence ends (quotations masked) and paragraph starts."""

    body: str
    ends: list[int]
    paragraphs: list[tuple[int, int]]

    def __post_init__(self) -> None:
        self.paragraph_starts = [s for s, _ in self.paragraphs]

    def paragraph(self, offset: int) -> int:
        return bisect.bisect_right(self.paragraph_starts, offset) - 1

    def paragraph_start(self, offset: int) -> int:
        """Where the paragraph holding `offset` starts."""
        return self.paragraphs[self.paragraph(offset)][0]

    def sentence(self, start: int, end: int) -> tuple[int, int]:
        """The sentence around body[start:end]; a quotation counts as one word."""
        i = bisect.bisect_right(self.ends, start) - 1
        j = bisect.bisect_left(self.ends, end)
        return (self.ends[i] if i >= 0 else 0), (self.ends[j] if j < len(self.ends)
                                                 else len(self.body))

    def sentence_before(self, start: int) -> int | None:
        """Where the sentence before the one starting at `start` starts; None
        at the text's start. (A step back over white space, not a copy of the
        text before: a long report costs its length.)"""
        last = start
        while last > 0 and self.body[last - 1].isspace():
            last -= 1
        return self.sentence(last - 1, last - 1)[0] if last > 0 else None

    def opens_paragraph(self, offset: int) -> bool:
        return not self.body[self.paragraph_start(offset):offset].strip()

    def paragraph_before(self, offset: int) -> tuple[int, int] | None:
        """(start, end) of the paragraph before the one at `offset`; None in the first."""
        index = self.paragraph(offset)
        return self.paragraphs[index - 1] if index > 0 else None
