"""Finding a hand annotation's exact quote in a body, white space folded
(W3C TextQuoteSelector semantics), and the nearest passage when it is not there."""

from __future__ import annotations

from rapidfuzz import fuzz

from ..model.text import Folded, fold_lookalikes, fold_space


def occurrences(body: Folded, quote: str, prefix: str = "", suffix: str = ""
                ) -> list[tuple[int, int]]:
    """Original (start, end) of every match of `quote`, filtered by prefix and
    suffix. White space where they meet the quote does not matter: YAML drops
    a trailing space from `prefix: head of ` unless it is quoted."""
    needle = fold_space(quote).strip()
    if not needle:
        return []
    prefix, suffix = fold_space(prefix).rstrip(), fold_space(suffix).lstrip()
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


def lookalike_difference(body: str, quote: str) -> str:
    """When a quote is in the body but for curly quotes, apostrophes or dashes,
    the characters the body uses instead; else ""."""
    if fold_space(fold_lookalikes(quote)).strip() not in fold_space(fold_lookalikes(body)):
        return ""
    used = sorted({c for c in body if fold_lookalikes(c) != c and c not in quote})
    return " ".join(used)


def nearest(body: Folded, quote: str) -> tuple[int, int, float] | None:
    """Original (start, end) of the passage most like `quote`, and its score."""
    needle = fold_space(quote).strip()
    if not needle or not body.text:
        return None
    if len(needle) > len(body.text):
        return (*body.span(0, len(body.text)), fuzz.ratio(needle, body.text))
    found = fuzz.partial_ratio_alignment(needle, body.text)
    if found is None or found.dest_end <= found.dest_start:
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
