"""Source-page decorations: a quotation's chip names its speaker only where the
text does not, right beside it."""

import dataclasses
from pathlib import Path

from generator.pages import decorate
from generator.pipeline import check

MINI = Path(__file__).parent / "fixtures" / "mini" / "content"


def _quotation_with(body: str, quote: str, name: str) -> str:
    dossier, _ = check(MINI)
    assert dossier is not None
    source = next(iter(dossier.sources.values()))
    source.body = body
    start = body.index(quote)
    quotation = next(a for a in dossier.all_annotations() if a.kind == "quotation")
    quotation = dataclasses.replace(quotation, start=start, end=start + len(quote),
                                    quote=quote, by="mevlut-cavusoglu")
    mentions = [dataclasses.replace(quotation, kind="mention", actor="mevlut-cavusoglu",
                                    start=i, end=i + len(name), quote=name, by="")
                for i in [body.find(name)] if i >= 0]
    dossier.annotations[source.id] = [quotation, *mentions]
    return decorate(dossier, quotation).chip


def test_no_chip_where_the_speaker_is_named_beside_the_quotation() -> None:
    body = "“We will wait and see,” Cavusoglu said on Monday."
    assert _quotation_with(body, "“We will wait and see,”", "Cavusoglu") == ""


def test_a_chip_where_the_text_says_only_he() -> None:
    body = ("Cavusoglu spoke at length about the many other matters on the agenda that day.\n\n"
            "“We will wait and see,” he said.")
    assert _quotation_with(body, "“We will wait and see,”", "Cavusoglu") == "— Mevlüt Çavuşoğlu"
