"""Small inline dossiers for the annotators in three languages: a few actors
and a body, annotated as the build does."""

from __future__ import annotations

import dataclasses
from types import MappingProxyType

from generator.annotate import Machine, annotate_source
from generator.model import edtf
from generator.model.annotations import Annotation, DateMark, Mention, Quotation
from generator.model.content import Actor, Corpus, Home, Place

from .conftest import plain_source


def actor(id: str, name: str, kind: str = "person", aliases: tuple[str, ...] = (),
          role: str = "", affiliations: tuple[str, ...] = ()) -> Actor:
    return Actor(id=id, name=name, kind=kind, aliases=aliases,  # type: ignore[arg-type]
                 affiliations=affiliations, role=role, wikidata="", note="",
                 at=Place(f"content/actors/{id}.md"))


# The cast of the S-400 story, as the dev set's actor files register them:
# people and media in Latin letters only, states with their other names.
CAST = (
    actor("dmitry-peskov", "Dmitry Peskov", aliases=("Peskov",),
          role="Spokesman of the Russian President", affiliations=("russia",)),
    actor("alexander-mikheev", "Alexander Mikheev", aliases=("Mikheev", "Alexander Mikheyev"),
          role="General Director of Rosoboronexport", affiliations=("rosoboronexport", "russia")),
    actor("dmitry-shugaev", "Dmitry Shugaev", aliases=("Shugaev", "Shugayev"),
          role="Director of the Federal Service for Military-Technical Cooperation"),
    actor("vladimir-putin", "Vladimir Putin", aliases=("Putin",), role="President of Russia"),
    actor("ismail-demir", "Ismail Demir", aliases=("Demir",)),
    actor("hulusi-akar", "Hulusi Akar", aliases=("Akar",), role="Defence Minister of Turkey"),
    actor("ibrahim-kalin", "Ibrahim Kalin", aliases=("Kalin",)),
    actor("recep-tayyip-erdogan", "Recep Tayyip Erdoğan", aliases=("Erdogan",),
          role="President of Turkey"),
    actor("tass", "TASS", "media"),
    actor("anadolu-agency", "Anadolu Agency", "media", aliases=("AA",)),
    actor("rosoboronexport", "Rosoboronexport", "organization", aliases=("Рособоронэкспорт",)),
    actor("kremlin", "Kremlin", "organization", aliases=("Кремль",)),
    actor("russia", "Russia", "state", aliases=("Moscow", "Rusya", "Moskova", "Россия",
                                               "Москва")),
    actor("turkey", "Turkey", "state", aliases=("Ankara", "Türkiye", "Турция", "Анкара")),
    actor("united-states", "United States", "state", aliases=("US", "U.S.", "ABD", "США")),
)


def machine(*actors: Actor) -> Machine:
    cast = actors or CAST
    corpus = Corpus(sources=MappingProxyType({}), actors=MappingProxyType({a.id: a for a in cast}),
                    claims=MappingProxyType({}), events=MappingProxyType({}), home=Home())
    return Machine.for_corpus(corpus)


def annotate(body: str, language: str = "en", published: str = "2021-08-25",
             actors: tuple[Actor, ...] = ()) -> tuple[Annotation, ...]:
    source = dataclasses.replace(plain_source(body, published), language=language)
    found, _ = annotate_source(source, machine(*actors))
    return found


def names(body: str, language: str = "en", actors: tuple[Actor, ...] = ()
          ) -> list[tuple[str, str]]:
    return [(a.quote, a.actor) for a in annotate(body, language, actors=actors)
            if isinstance(a, Mention)]


def dates(body: str, language: str, published: str) -> list[tuple[str, str]]:
    return [(a.quote, a.date.text) for a in annotate(body, language, published)
            if isinstance(a, DateMark)]


def speakers(body: str, language: str = "en", actors: tuple[Actor, ...] = ()
             ) -> list[tuple[str, str]]:
    return [(a.quote, a.by) for a in annotate(body, language, actors=actors)
            if isinstance(a, Quotation)]


__all__ = ["CAST", "actor", "annotate", "dates", "edtf", "machine", "names", "speakers"]
