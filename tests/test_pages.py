"""Source-page decorations: a quotation's chip names its speaker only where the
text does not, right beside it."""

import dataclasses

from generator.model.annotations import Mention, Quotation
from generator.render.decorate import decorate
from generator.render.pages import _some

from .conftest import mini_dossier, replace, with_body


def _quotation_with(body: str, quote: str, name: str) -> str:
    dossier, report = with_body(mini_dossier(), body)
    start = body.index(quote)
    quotation = Quotation(source=report.id, start=start, end=start + len(quote), quote=quote,
                          origin="auto", anchor="q", by="mevlut-cavusoglu")
    mentions = [Mention(source=report.id, start=i, end=i + len(name), quote=name,
                        origin="auto", anchor="m", actor="mevlut-cavusoglu")
                for i in [body.find(name)] if i >= 0]
    dossier = replace(dossier, annotations={**dossier.annotations,
                                            report.id: (quotation, *mentions)})
    return decorate(dossier, quotation).chip


QUOTE = "“We will wait and see,”"
CHIP = "— Mevlüt Çavuşoğlu"


def test_no_chip_where_the_speaker_is_named_beside_the_quotation() -> None:
    assert _quotation_with(f"{QUOTE} Cavusoglu said on Monday.", QUOTE, "Cavusoglu") == ""
    assert _quotation_with(f"Cavusoglu said: {QUOTE}", QUOTE, "Cavusoglu") == ""


def test_a_chip_where_the_name_is_in_another_paragraph_or_far_away() -> None:
    assert _quotation_with(f"Cavusoglu spoke.\n\n{QUOTE} he said.", QUOTE, "Cavusoglu") == CHIP
    assert _quotation_with(f"Cavusoglu spoke.\n  \n{QUOTE} he said.", QUOTE, "Cavusoglu") == CHIP
    far = f"Cavusoglu spoke at length about the many other matters of the day. {QUOTE} he said."
    assert _quotation_with(far, QUOTE, "Cavusoglu") == CHIP


def test_a_decoration_links_from_the_source_page() -> None:
    dossier = mini_dossier()
    mention = next(a for a in dossier.all_annotations() if isinstance(a, Mention))
    assert decorate(dossier, mention).href == f"../actors/{mention.actor}.html"
    assert dataclasses.is_dataclass(decorate(dossier, mention))


def test_a_few_reasons_and_how_many_more() -> None:
    assert _some(["asserts A", "denies B", "doubts C", "asserts D"], "claims") == \
        "asserts A; denies B; and 2 more claims"
    assert _some(["asserts A", "denies B"], "claims") == "asserts A; denies B"
