"""A quoted passage as a table shows it: whose words they are, and where cut.

A hand annotation's `quote` is exact text of the source, which may begin in
the middle of somebody's quotation or be the reporter's own sentence. Shown
bare and wrapped in new quotation marks, the two look alike, and a passage
ending on the source's closing mark shows an unbalanced one. So: the
speaker's words get their marks and an ellipsis where the passage cuts in or
out of a longer quotation; the reporter's words are shown as they stand.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..model.text import LOOSE_MARKS, QUOTE_PAIRS, closes, fold_space, paragraph_start


@dataclass(frozen=True)
class Excerpt:
    text: str
    speaker: bool  # True: the speaker's own words; False: the reporter's


def excerpt(body: str, start: int, end: int) -> Excerpt:
    """How to show `body[start:end]` out of its context."""
    before = body[paragraph_start(body, start):start]
    text = fold_space(body[start:end]).strip()
    open_before = _open_quotes(before)
    if open_before:
        cut_in = before.rstrip()[-1:] not in QUOTE_PAIRS
        text = open_before[-1] + ("… " if cut_in else "") + text
    still_open = _open_quotes(before + body[start:end])
    if still_open:
        closer = QUOTE_PAIRS[still_open[-1]][0]
        text += closer if body[end:].lstrip()[:1] == closer else " …" + closer
    return Excerpt(text, speaker=bool(open_before) or text[:1] in QUOTE_PAIRS)


def _open_quotes(text: str) -> list[str]:
    """The quotation marks still open at the end of `text`, outermost first.
    A closing mark that matches no open one closes the innermost anyway, so
    that scraped text's “mixed marks," still pair up."""
    stack: list[str] = []
    for i, char in enumerate(text):
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        if stack and closes(stack[-1], char) and not (char == "’" and after.isalpha()):
            stack.pop()
        elif char in QUOTE_PAIRS and (char not in LOOSE_MARKS or before.isspace()
                                      or before in "([—–"):
            stack.append(char)
        elif stack and char in '”»"':
            stack.pop()
    return stack
