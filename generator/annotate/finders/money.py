"""Automatic money annotations: "$2.5 billion" is USD 2,500,000,000.

The qualifier in front ("upwards of", "around", "about") is kept, since
"upwards of $2 billion" is not a price of $2 billion. Turkish and Russian
write the decimal comma ("2,5 milyar dolar", "$2,5 млрд") and their own
words for the scale and the currency, in any case ending ("dolarlık",
"долларов").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from ...model.annotations import Sum
from ...model.content import Source
from ...model.vocabulary import Language, language_of

_SYMBOLS = {"$": "USD", "US$": "USD", "€": "EUR", "£": "GBP", "₽": "RUB", "₺": "TRY", "₹": "INR",
            "Rs": "INR", "Rs.": "INR", "USD": "USD", "EUR": "EUR", "S$": "SGD"}
_SCALE_WORDS = {"thousand": 10**3, "k": 10**3, "million": 10**6, "mn": 10**6, "m": 10**6,
                "billion": 10**9, "bn": 10**9, "b": 10**9, "trillion": 10**12, "tn": 10**12,
                "lakh": 10**5, "crore": 10**7}  # India's: ₹40,000 crore
# Each language's words: scales and currencies as regexes (a word may take a
# case ending), what they mean, and how a number is written.
SCALES: dict[Language, dict[str, int]] = {
    "en": {re.escape(w): v for w, v in _SCALE_WORDS.items()},
    "tr": {"bin": 10**3, r"milyon\w*": 10**6, r"milyar\w*": 10**9, r"trilyon\w*": 10**12},
    "ru": {r"тыс\.?": 10**3, r"тысяч\w*": 10**3, r"млн\.?": 10**6, r"миллион\w*": 10**6,
           r"млрд\.?": 10**9, r"миллиард\w*": 10**9, r"трлн\.?": 10**12},
}
CURRENCIES: dict[Language, dict[str, str]] = {
    "en": {r"(?:U\.S\.|US)\s+dollars?": "USD", "dollars?": "USD", "euros?": "EUR",
           "ro?ubles?": "RUB", "liras?": "TRY", "pounds": "GBP", "usd": "USD",
           "eur": "EUR", "rub": "RUB"},
    "tr": {r"(?:ABD\s+)?dolar\w*": "USD", r"avro\w*": "EUR", r"euro\w*": "EUR", r"ruble?\w*": "RUB",
           r"lira\w*": "TRY", "TL": "TRY"},
    "ru": {r"доллар\w*": "USD", r"долл\.?": "USD", "евро": "EUR", r"рубл\w*": "RUB",
           r"руб\.?": "RUB", r"лир\w*": "TRY"},
}
_QUALIFIERS = ["upwards of", "more than", "less than", "up to", "at least", "at most",
               "nearly", "almost", "around", "about", "roughly", "some", "over", "under",
               "approximately", "an estimated"]
# Looked for just before a sum, not at every position of the text.
_QUALIFIER = re.compile(r"\b(?P<qualifier>" + "|".join(_QUALIFIERS) + r")\s+$", re.IGNORECASE)


@dataclass(frozen=True)
class _Words:
    patterns: tuple[re.Pattern[str], ...]
    scales: dict[str, int]
    currencies: dict[str, str]
    decimal_comma: bool

    def value_of(self, table: dict[str, str] | dict[str, int], word: str) -> str | int | None:
        return next((v for w, v in table.items()
                     if re.fullmatch(w, word, re.IGNORECASE)), None)


@cache
def _words(language: Language) -> _Words:
    comma = language != "en"
    # With a decimal comma, "2.5" (one or two digits after the point) is still 2.5.
    number = (r"(?P<number>\d{1,3}(?:[. \u00a0]\d{3})+(?:,\d+)?|(?P<point>\d+\.\d{1,2})(?!\d)|"
              r"\d+(?:,\d+)?)" if comma else
              r"(?P<number>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)")
    scales = "|".join(sorted(SCALES[language], key=len, reverse=True))
    # "$2.5 billion", "$2.5-billion"; then "2 milyar 40 milyon dolar", "2 млрд 40 млн".
    scale = (rf"(?:(?:\s*|-)(?P<scale>{scales})(?!\w)"
             rf"(?:\s+(?P<number2>\d{{1,3}})\s+(?P<scale2>{scales})(?!\w))?)?")
    word = "|".join(sorted(CURRENCIES[language], key=len, reverse=True))
    return _Words((  # "$2.5 billion", and "3 billion rubles"
        re.compile(r"(?P<symbol>US\$|\bS\$|[$€£₽₺₹]|\bRs\.?|\bUSD|\bEUR)\s?" + number + scale),
        re.compile(r"\b" + number + scale + r"\s+(?P<word>" + word + r")(?!\w)", re.IGNORECASE),
    ), SCALES[language], CURRENCIES[language], comma)


def find(source: Source) -> list[Sum]:
    words = _words(language_of(source.language) or "en")
    found = []
    matches = [m for pattern in words.patterns for m in pattern.finditer(source.body)]
    for match in sorted(matches, key=lambda m: m.start()):
        groups = match.groupdict()
        currency = _SYMBOLS.get(groups.get("symbol") or "") or \
            words.value_of(words.currencies, groups.get("word") or "")
        if not isinstance(currency, str):
            continue
        comma = words.decimal_comma and not groups.get("point")
        amount = _amount(match.group("number"), comma) * \
            _scale(words, match.group("scale"))
        if match.group("number2"):
            amount += int(match.group("number2")) * _scale(words, match.group("scale2"))
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


def _scale(words: _Words, word: str | None) -> int:
    scale = words.value_of(words.scales, word or "")
    return scale if isinstance(scale, int) else 1


def _amount(number: str, decimal_comma: bool) -> Decimal:
    """ "1,400.5" or, with a decimal comma, "1.400,5" -> Decimal("1400.5")."""
    if decimal_comma:
        return Decimal(re.sub(r"[. \u00a0]", "", number).replace(",", "."))
    return Decimal(number.replace(",", ""))
