"""Finding exact quotes in a body with white space folded, and the nearest
passage when a quote is not there (W3C TextQuoteSelector semantics)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz

_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class Folded:
    """A text with every run of white space folded to one space.

    `index[i]` is the offset in the original text of folded character i, so a
    match in the folded text maps back to exact original offsets.
    """

    text: str
    index: tuple[int, ...]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original offsets of folded[start:end] (end excluded)."""
        if end <= start:
            return self.index[start], self.index[start]
        return self.index[start], self.index[end - 1] + 1


def fold(text: str) -> Folded:
    chars: list[str] = []
    index: list[int] = []
    for match in re.finditer(r"\s+|\S+", text):
        if match.group().isspace():
            chars.append(" ")
            index.append(match.start())
        else:
            chars.append(match.group())
            index.extend(range(match.start(), match.end()))
    return Folded("".join(chars), tuple(index))


def fold_plain(text: str) -> str:
    return _SPACE.sub(" ", text)


def occurrences(body: Folded, quote: str, prefix: str = "", suffix: str = ""
                ) -> list[tuple[int, int]]:
    """Original (start, end) of every match of `quote`, filtered by prefix and
    suffix. White space where they meet the quote does not matter: YAML drops
    a trailing space from `prefix: head of ` unless it is quoted."""
    needle = fold_plain(quote).strip()
    if not needle:
        return []
    prefix, suffix = fold_plain(prefix).rstrip(), fold_plain(suffix).lstrip()
    found = []
    at = body.text.find(needle)
    while at != -1:
        end = at + len(needle)
        before = body.text[max(0, at - len(prefix) - 1):at].rstrip()
        after = body.text[end:end + len(suffix) + 1].lstrip()
        if before.endswith(prefix) and after.startswith(suffix):
            found.append(body.span(at, end))
        at = body.text.find(needle, at + 1)
    return found


_LOOKALIKES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-",
                             "\u00a0": " "})


def lookalike_difference(body: str, quote: str) -> str:
    """When a quote is in the body but for curly quotes, apostrophes or dashes,
    the characters the body uses instead; else ""."""
    if fold_plain(quote.translate(_LOOKALIKES)).strip() not in \
            fold_plain(body.translate(_LOOKALIKES)):
        return ""
    used = sorted({c for c in body if c.translate(_LOOKALIKES) != c and c not in quote})
    return " ".join(used)


def nearest(body: Folded, quote: str) -> tuple[int, int, float] | None:
    """Original (start, end) of the passage most like `quote`, and its score."""
    needle = fold_plain(quote).strip()
    if not needle or not body.text:
        return None
    if len(needle) > len(body.text):
        return (*body.span(0, len(body.text)), fuzz.ratio(needle, body.text))
    found = fuzz.partial_ratio_alignment(needle, body.text)
    if found is None:
        return None
    start, end = found.dest_start, found.dest_end
    # Whole words, no white space at the edges: a window cut mid-word misleads.
    while start < end and body.text[start] == " ":
        start += 1
    while end > start and body.text[end - 1] == " ":
        end -= 1
    while start > 0 and body.text[start - 1].isalnum():
        start -= 1
    while end < len(body.text) and body.text[end].isalnum():
        end += 1
    return (*body.span(start, end), found.score)
