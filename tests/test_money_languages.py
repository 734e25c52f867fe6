"""Sums in Turkish and Russian: the decimal comma, their scale and currency words."""

import dataclasses

import pytest

from generator.annotate.finders import money

from .conftest import plain_source


def sums(text: str, language: str) -> list[tuple[str, str]]:
    source = dataclasses.replace(plain_source(text), language=language)
    return [(a.quote, a.value) for a in money.find(source)]


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("yaklaşık 2,5 milyar dolar ödemişti", "tr", [("2,5 milyar dolar", "USD 2500000000")]),
    ("2,5 milyar dolarlık anlaşma", "tr", [("2,5 milyar dolarlık", "USD 2500000000")]),
    ("1,4 milyar doları", "tr", [("1,4 milyar doları", "USD 1400000000")]),
    ("сумма сделки составила $2,5 млрд.", "ru", [("$2,5 млрд.", "USD 2500000000")]),
    ("около 2,5 млрд долларов", "ru", [("2,5 млрд долларов", "USD 2500000000")]),
    ("2,5 миллиарда долларов", "ru", [("2,5 миллиарда долларов", "USD 2500000000")]),
    ("1.400 milyon avro", "tr", [("1.400 milyon avro", "EUR 1400000000")]),
    ("worth 2.5 billion U.S. dollars", "en", [("2.5 billion U.S. dollars", "USD 2500000000")]),
    ("S-400 ve 4 batarya", "tr", []),
    ("The $2.5-billion (€2.1-billion) deal", "en", [("$2.5-billion", "USD 2500000000"),
                                                    ("€2.1-billion", "EUR 2100000000")]),
    # A sum in two scales: one sum, not the smaller part alone.
    ("2 milyar 40 milyon dolara ulaştı", "tr", [("2 milyar 40 milyon dolara", "USD 2040000000")]),
    ("2 млрд 500 млн долларов", "ru", [("2 млрд 500 млн долларов", "USD 2500000000")]),
    ("кредит на 1,4 млрд долл.", "ru", [("1,4 млрд долл.", "USD 1400000000")]),
    ("a deal worth ₹40,000 crore", "en", [("₹40,000 crore", "INR 400000000000")]),
    ("a 2.5 Billion Dollars deal", "en", [("2.5 Billion Dollars", "USD 2500000000")]),
    ("worth Rs 40,000 crore", "en", [("Rs 40,000 crore", "INR 400000000000")]),
    ("rs 40 is no sum, Mrs 5 neither", "en", []),
    ("2,5 milyar ABD doları ödendi", "tr", [("2,5 milyar ABD doları", "USD 2500000000")]),
    ("a USD2.5 billion deal", "en", [("USD2.5 billion", "USD 2500000000")]),
    ("a S$3.37 billion contract", "en", [("S$3.37 billion", "SGD 3370000000")]),
    # A decimal point in a text of decimal commas: 2.5, not 5; a thousands point stays one.
    ("2.5 milyar dolar ödendi, 1.500 dolar da", "tr", [("2.5 milyar dolar", "USD 2500000000"),
                                                      ("1.500 dolar", "USD 1500")]),
])
def test_sums_in_each_language(text: str, language: str, expected: list) -> None:
    assert sums(text, language) == expected
