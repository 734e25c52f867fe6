"""A quoted passage as a table shows it: whose words they are, and where cut.

A hand annotation's `quote` is exact text of the source, which may begin in
the middle of somebody's quotation or be the reporter's own sentence. Shown
bare and wrapped in new quotation marks, the two look alike, and a passage
ending on the source's closing mark shows an unbalanced one. So: the
speaker's words get their marks and an ellipsis where the passage cuts in or
out of a longer quotation; the reporter's words are shown as they stand.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

OPENING, CLOSING, STRAIGHT = "“«", "”»", '"'  # single marks double as apostrophes


@dataclass(frozen=True)
class Excerpt:
    text: str
    speaker: bool  # True: the speaker's own words; False: the reporter's


def excerpt(body: str, start: int, end: int) -> Excerpt:
    """How to show `body[start:end]` out of its context."""
    paragraph = body.rfind("\n\n", 0, start) + 1  # 0 when there is none
    before = body[paragraph:start]
    text = re.sub(r"\s+", " ", body[start:end]).strip()
    inside = _open_quotation(before)
    if inside:
        cut_in = before.rstrip()[-1:] not in OPENING + STRAIGHT
        text = "“" + ("… " if cut_in else "") + text
    if _open_quotation(before + body[start:end]):
        after = body[end:].lstrip()[:1]
        text += "”" if after and after in CLOSING + STRAIGHT else " …”"
    return Excerpt(text, speaker=inside or text[:1] in OPENING + STRAIGHT)


def _open_quotation(text: str) -> bool:
    """Whether `text` leaves a quotation open. A straight mark opens after a
    space and closes after a word, as typesetters read it, so that scraped
    text's “mixed marks," still pair up."""
    depth = 0
    for i, char in enumerate(text):
        if char in OPENING or (char == STRAIGHT and (i == 0 or text[i - 1].isspace()
                                                     or text[i - 1] in "([—–")):
            depth += 1
        elif char in CLOSING or char == STRAIGHT:
            depth = max(depth - 1, 0)
    return depth > 0
