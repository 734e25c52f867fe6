"""How an annotation is drawn: a quotation's speaker chip, left out where
the report names the speaker right beside it."""

from typing import Any

import pytest

from generator.model.annotations import DateMark, Mention, Quotation, Statement, Sum
from generator.model.edtf import parse
from generator.render.body import Decoration
from generator.render.decorate import _named_beside, decorate

from .conftest import mini_dossier, replace, with_body

QUOTE = '"We go on"'


def _beside(body: str, reach: int = 10) -> bool:
    """Whether the speaker of the one quotation in `body` is named beside it."""
    dossier, source = with_body(mini_dossier(), body)
    start = body.index(QUOTE)
    quotation = Quotation(source=source.id, start=start, end=start + len(QUOTE), quote=QUOTE,
                          origin="auto", anchor="q", by="turkey")
    at = body.index("Turkey")
    mention = Mention(source=source.id, start=at, end=at + 6, quote="Turkey", origin="auto",
                      anchor="m", actor="turkey")
    dossier = replace(dossier, annotations={**dossier.annotations,
                                            source.id: (quotation, mention)})
    return _named_beside(dossier, quotation, reach)


@pytest.mark.parametrize(("body", "beside"), [
    ('"We go on"Turkey said.', True),  # right after it
    ('"We go on" 1234567 Turkey said.', True),  # 9 characters between: within reach
    ('"We go on" 12345678 Turkey said.', False),  # 10: one past it
    ('"We go on"\n\nTurkey said.', False),  # in the next paragraph
    ('Turkey"We go on"', True),  # right before it
    ('Turkey 1234567 "We go on"', True),
    ('Turkey 12345678 "We go on"', False),
    ('Turkey\n\n"We go on"', False),
])
def test_the_speaker_is_named_beside_a_quotation_within_reach_in_its_paragraph(
        body: str, beside: bool) -> None:
    assert _beside(body) is beside


def _span(kind: type, **fields: object) -> Any:
    return kind(source="forum-report", start=0, end=5, quote="Xxxxx", origin="auto",
                anchor="a", why="a rule", **fields)


def test_what_each_kind_links_to_and_says() -> None:
    dossier, _ = with_body(mini_dossier(), "Xxxxx, then nothing said by anyone.")
    dossier = replace(dossier, annotations={**dossier.annotations, "forum-report": ()})
    found = "found automatically: a rule"
    date = decorate(dossier, _span(DateMark, date=parse("2019-12-05")))
    assert date == Decoration("", f"Date: 5 Dec 2019 (2019-12-05) ({found})")
    assert decorate(dossier, _span(Sum, value="USD 2500000000")) == Decoration(
        "", f"Sum: USD 2,500,000,000 ({found})")
    assert decorate(dossier, _span(Quotation)) == Decoration(
        "", f"Quotation, speaker not named ({found})")
    assert decorate(dossier, _span(Quotation, by="mevlut-cavusoglu")) == Decoration(
        "", f"Quotation of Mevlüt Çavuşoğlu ({found})", "— Mevlüt Çavuşoğlu",
        chip_href="../actors/mevlut-cavusoglu.html")
    statement = _span(Statement, claim="nato-said-nothing", by="", stance="asserts", said=None)
    assert decorate(dossier, statement).tooltip.startswith("This report asserts: ")
