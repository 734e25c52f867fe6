import pytest

from generator.annotate.finders import money
from generator.model.annotations import Sum

from .conftest import plain_source


def found(body: str) -> list[tuple[str, str, str]]:
    source = plain_source(body)
    return [(a.quote, a.value, a.qualifier) for a in money.find(source)]


@pytest.mark.parametrize(("text", "expected"), [
    ("worth $2.5 billion", [("$2.5 billion", "USD 2500000000", "")]),
    ("paid upwards of $2 billion", [("upwards of $2 billion", "USD 2000000000", "upwards of")]),
    ("reportedly worth around $2.5 billion.",
     [("around $2.5 billion", "USD 2500000000", "around")]),
    ("a €1.2bn order", [("€1.2bn", "EUR 1200000000", "")]),
    ("3 billion rubles", [("3 billion rubles", "RUB 3000000000", "")]),
    ("$1,870 in all", [("$1,870", "USD 1870", "")]),
    ("400 missiles and the S-400", []),
])
def test_sums_are_normalised_with_their_qualifier(text: str, expected: list) -> None:
    assert found(text) == expected


def test_label_groups_thousands() -> None:
    assert Sum.words("USD 2500000000", "upwards of") == "upwards of USD 2,500,000,000"
