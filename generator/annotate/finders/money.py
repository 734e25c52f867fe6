"""Automatic money annotations: "$2.5 billion" is USD 2,500,000,000.

The qualifier in front ("upwards of", "around", "about") is kept, since
"upwards of $2 billion" is not a price of $2 billion.
"""

from __future__ import annotations

import re
from decimal import Decimal

from ...model.annotations import Sum
from ...model.content import Source

_SYMBOLS = {"$": "USD", "US$": "USD", "€": "EUR", "£": "GBP", "₽": "RUB", "₺": "TRY"}
_WORDS = {"dollars": "USD", "dollar": "USD", "euros": "EUR", "euro": "EUR", "rubles": "RUB",
          "roubles": "RUB", "ruble": "RUB", "rouble": "RUB", "lira": "TRY", "liras": "TRY",
          "pounds": "GBP", "usd": "USD", "eur": "EUR", "rub": "RUB"}
_SCALES = {"thousand": 10**3, "k": 10**3, "million": 10**6, "mn": 10**6, "m": 10**6,
           "billion": 10**9, "bn": 10**9, "b": 10**9, "trillion": 10**12, "tn": 10**12}
_QUALIFIERS = ["upwards of", "more than", "less than", "up to", "at least", "at most",
               "nearly", "almost", "around", "about", "roughly", "some", "over", "under",
               "approximately", "an estimated"]

_NUMBER = r"(?P<number>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
_SCALE = r"(?:\s*(?P<scale>" + "|".join(sorted(_SCALES, key=len, reverse=True)) + r")\b)?"
# Looked for just before a sum, not at every position of the text.
_QUALIFIER = re.compile(r"\b(?P<qualifier>" + "|".join(_QUALIFIERS) + r")\s+$", re.IGNORECASE)
_PATTERNS = [  # "$2.5 billion", and "3 billion rubles"
    re.compile(r"(?P<symbol>US\$|[$€£₽₺])\s?" + _NUMBER + _SCALE, re.IGNORECASE),
    re.compile(r"\b" + _NUMBER + _SCALE + r"\s+(?P<word>" + "|".join(_WORDS) + r")\b",
               re.IGNORECASE),
]


def find(source: Source) -> list[Sum]:
    found = []
    matches = [m for pattern in _PATTERNS for m in pattern.finditer(source.body)]
    for match in sorted(matches, key=lambda m: m.start()):
        groups = match.groupdict()
        currency = _SYMBOLS.get(groups.get("symbol") or "") or \
            _WORDS.get((groups.get("word") or "").lower())
        if not currency:
            continue
        amount = Decimal(match.group("number").replace(",", ""))
        amount *= _SCALES.get((match.group("scale") or "").lower(), 1)
        start, end = match.span()
        before = _QUALIFIER.search(source.body, max(0, start - 20), start)
        if before:
            start = before.start()
        qualifier = before.group("qualifier").lower() if before else ""
        value = f"{currency} {int(amount)}" if amount == int(amount) else f"{currency} {amount}"
        found.append(Sum(
            source=source.id, start=start, end=end, quote=source.body[start:end], origin="auto",
            anchor=f"a-s-{start}", value=value, qualifier=qualifier,
            why=f"read as {Sum.words(value, qualifier)}"))
    return found

