"""Where a state's name is a place, not the state: the city of a dateline,
and a capital named as the place where something is.

"MOSCOW, August 23. /TASS/." says where the reporter filed from; "reporters
in Moscow", "Ankara semalarında" (in the skies over Ankara) and "под
Анкарой" (near Ankara) say where something happened. None of them is the
government acting, which "Moscow announced" and "с Анкарой" (with Ankara)
are. A country's own name stays a mention even as a place ("training in
Russia"): only a state's other names that are not country names (its
capital, as the press uses it for the government) are read as places.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import cache

from babel import Locale

from ...model import datelines
from ...model.annotations import Mention
from ...model.content import Actor
from ...model.text import UP, fold_name
from ...model.vocabulary import LANGUAGES, language_of
from .mentions import is_acronym

# Words that make a capital the place it is, per language.
_PLACE_BEFORE = {
    "en": re.compile(r"(?:\b(?:in|near|outside|(?:fl(?:ew|y|ies|ying|ights?)|jets?|skies|"
                     r"aircraft|planes?|circl\w+)(?:\s+[\w-]+){0,3}?\s+(?:over|above)|capital|"
                     r"city of|(?:residents|people|streets|outskirts|suburbs?|cent(?:re|er)|mayor|"
                     r"governor)\s+of|visit(?:ed|ing|s)?|"
                     r"visit to|trip to|flew to|arrived in)|(?:north|south|east|west)"
                     r"(?:-?(?:east|west))?\s+of)\s+$", re.IGNORECASE),
    "ru": re.compile(r"(?<!\w)(?:в|во|под|над|около|близ|возле)\s+$", re.IGNORECASE),
}
# In Russian, "в Анкаре" with a verb of speech or opinion a few words after it
# is the government speaking ("В Анкаре не комментировали", "в Москве считают",
# "В Анкаре интерес к сделке подтверждали", "в Вашингтоне, похоже, это
# понимают"; only such an aside between commas, not "в Москве, как сообщает
# ТАСС, прошли"); not past a relative clause ("в Анкаре, где заявили"). In
# English, a possessive before a common noun is the government's ("in
# Ankara's view"; not "in Moscow's Red Square").
_GOVERNMENT_AFTER = {"ru": re.compile(
    r"(?:,\s+(?:похоже|видимо|по-видимому|кажется|впрочем|однако),)?"
    r"(?:\s+(?!где|когда|котор)[^\s.,;:!?]+){0,4}?\s+(?:заяв|счита|комментир|отмет|ответи|"
    r"отвеча|назва|назыв|уверен|полага|подчеркн|сообщ|пообещ|предупре[дж]|осуди|осужда|приветств|"
    r"отказ|призва|призыв|возраз|рассчитыва|ожидают|надеют|опасают|настаива|требу|требова|говор|"
    r"соглас|отверг|подтвержда|подтверди[лв]|понима|поняли|призна(?:л|ю|[её]т)|допуска)\w*",
    re.IGNORECASE),
    "en": re.compile(r"['’]s\s+[a-z]")}
_PLACE_AFTER = {
    "en": re.compile(r"-based\b"),
    # The locative suffix ('da, 'daki: in Ankara), the dative before a verb of
    # coming and going ('ya gelerek: coming to Ankara), then "the skies of",
    # "the vicinity of", "around" after the name.
    "tr": re.compile(r"['’](?:d|t)[ae](?:ki)?\b|['’]y?[ae]\s+(?:gel|git|gid|var|ulaş|uç|dön)"
                     r"(?:d[iıuü]|t[iıuü]|erek|arak|en|an|ip|ıp|üp|up|ecek|acak)\w*"
                     r"|\s+(?:semalar|yakın|civar|çevre)\w*", re.IGNORECASE),
}
# A capital as part of an institution's name: "Ankara University", "Ankara
# Üniversitesi'nden", "Ankara Valiliği" (the province's governorate).
_NAME_AFTER = {"en": re.compile(r"\s+(?:(?:State\s+)?University|Governorate|Municipality|Post|"
                                r"Independent|Times)\b"),
               "tr": re.compile(r"\s+(?:Üniversitesi|Valiliği|Valisi|Büyükşehir|Belediye|"
                                r"Büyükelçi)")}
# A state's name inside a law's ("Countering America's Adversaries Through
# Sanctions Act", "ABD'nin Hasımlarına … Karşı Koyma Yasası") is the law's.
_LAW_AFTER = re.compile(rf"(?:['’]\w*)?(?!\s+(?:Must|Should|Will|Would|Can|Could|May|Might|To|"
                        rf"Did|Does|Do)\b)(?:\s+[{UP}][\w-]*){{0,6}}\s+(?:Act|Yasası|Kanunu)\b")
# "U.S." in "U.S. dollars", "ABD" in "ABD doları" is a currency's name.
_CURRENCY_AFTER = re.compile(r"\s+(?:dollars?|dolar\w*)\b", re.IGNORECASE)


_NOT_COUNTRIES = frozenset({"EU", "EZ", "UN", "QO", "ZZ"})  # CLDR's unions and unknowns


@cache
def _territories() -> dict[str, str]:
    """Every country's name in the languages the machine reads, folded, and
    its code (CLDR, through babel; not the regions: "Америка" is the Americas)."""
    return {fold_name(name): code for lang in LANGUAGES
            for code, name in Locale(lang).territories.items()
            if code.isalpha() and code not in _NOT_COUNTRIES}


@cache
def _country_names() -> frozenset[str]:
    return frozenset(_territories())


def country_names(actors: Iterable[Actor]) -> list[tuple[str, str]]:
    """(state id, name) for a state's name in each language the machine
    reads, as CLDR writes it ("Rusya", "Соединенные Штаты" for the state
    whose name or alias is a country's), that no actor already has."""
    actors = list(actors)
    taken = {fold_name(n) for a in actors for n in (a.name, *a.aliases)}
    found = []
    for a in (a for a in actors if a.kind == "state"):
        code = country_code(a)
        names = {Locale(lang).territories[code] for lang in LANGUAGES} if code else set()
        found += [(a.id, name) for name in names if fold_name(name) not in taken]
    return found


def country_code(state: Actor) -> str | None:
    """The ISO code of the country a state actor's name, or else its one
    country-named alias, is."""
    codes = {_territories().get(fold_name(n)) for n in (state.name, *state.aliases)} - {None}
    return _territories().get(fold_name(state.name)) or (codes.pop() if len(codes) == 1 else None)


def capitals(actors: Iterable[Actor]) -> frozenset[tuple[str, str]]:
    """(state id, alias) of each state's other names that are places: not its
    name, not an acronym ("ABD", "США"), not a country's name ("Rusya")."""
    return frozenset((a.id, alias) for a in actors if a.kind == "state" for alias in a.aliases
                     if fold_name(alias) not in _country_names() and not is_acronym(alias)
                     and fold_name(alias) != fold_name(a.name))


def not_places(body: str, language: str, found: list[Mention], kinds: Mapping[str, str],
               cities: frozenset[tuple[str, str]], aliases: Mapping[int, str]) -> list[Mention]:
    """`found` less the states named as places. `aliases`: the alias each
    mention was found by, by its start."""
    lang = language_of(language) or ""
    region = datelines.span(body)
    kept = []
    for m in found:
        if kinds.get(m.actor) == "state":
            if region and region[0] <= m.start and m.end <= region[1]:
                continue
            if _CURRENCY_AFTER.match(body, m.end) or _LAW_AFTER.match(body, m.end):
                continue
            if (m.actor, aliases.get(m.start, "")) in cities and (
                    _as_place(body, m, lang) or _in_a_name(body, m, lang)):
                continue
        kept.append(m)
    return kept


def _in_a_name(body: str, m: Mention, lang: str) -> bool:
    after = _NAME_AFTER.get(lang)
    return bool(after and after.match(body, m.end))


def _as_place(body: str, m: Mention, lang: str) -> bool:
    before, after = _PLACE_BEFORE.get(lang), _PLACE_AFTER.get(lang)
    government = _GOVERNMENT_AFTER.get(lang)
    return bool((before and before.search(body[max(0, m.start - 30):m.start])
                 and not (government and government.match(body, m.end)))
                or (after and after.match(body, m.end)))
