"""Source-page decorations: a quotation's chip names its speaker only where the
text does not, right beside it."""

import dataclasses

from generator.pages import decorate

from .conftest import mini_dossier, with_body


def _quotation_with(body: str, quote: str, name: str) -> str:
    dossier = mini_dossier()
    source = with_body(dossier, body)
    start = body.index(quote)
    quotation = next(a for a in dossier.all_annotations() if a.kind == "quotation")
    quotation = dataclasses.replace(quotation, source=source.id, start=start,
                                    end=start + len(quote), quote=quote, by="mevlut-cavusoglu")
    mentions = [dataclasses.replace(quotation, kind="mention", actor="mevlut-cavusoglu",
                                    start=i, end=i + len(name), quote=name, by="")
                for i in [body.find(name)] if i >= 0]
    dossier.annotations[source.id] = [quotation, *mentions]
    return decorate(dossier, quotation).chip


QUOTE = "“We will wait and see,”"
CHIP = "— Mevlüt Çavuşoğlu"


def test_no_chip_where_the_speaker_is_named_beside_the_quotation() -> None:
    assert _quotation_with(f"{QUOTE} Cavusoglu said on Monday.", QUOTE, "Cavusoglu") == ""
    assert _quotation_with(f"Cavusoglu said: {QUOTE}", QUOTE, "Cavusoglu") == ""


def test_a_chip_where_the_name_is_in_another_paragraph_or_far_away() -> None:
    assert _quotation_with(f"Cavusoglu spoke.\n\n{QUOTE} he said.", QUOTE, "Cavusoglu") == CHIP
    far = f"Cavusoglu spoke at length about the many other matters of the day. {QUOTE} he said."
    assert _quotation_with(far, QUOTE, "Cavusoglu") == CHIP
