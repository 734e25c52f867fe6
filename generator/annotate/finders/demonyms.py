"""The adjectives of a state's people ("Russian", "Türk", "российский"): in
a speaker's description they say whose role it is ("the Russian president",
"Rus lider", "российский президент"), though they name no state (they are
no mention). CLDR keeps countries' names, not these: our own table, by the
country's ISO code. English and Turkish write them capitalised; Russian
declines them in small letters."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from ...model.annotations import Mention
from ...model.content import Actor
from ...model.vocabulary import LANGUAGES, Language
from .places import country_code
from .referents import Spans
from .speech import Speech

DEMONYMS: dict[str, dict[Language, str]] = {
    "RU": {"en": "Russian", "tr": "Rus", "ru": r"российск\w*|русск\w*"},
    "TR": {"en": "Turkish", "tr": "Türk", "ru": r"турецк\w*"},
    "US": {"en": "American", "tr": "Amerikan|Amerikalı", "ru": r"американск\w*"},
    "UA": {"en": "Ukrainian", "tr": "Ukraynalı", "ru": r"украинск\w*"},
    "IN": {"en": "Indian", "tr": "Hint|Hindistanlı", "ru": r"индийск\w*"},
    "SA": {"en": "Saudi", "tr": "Suudi", "ru": r"саудовск\w*"},
    "AE": {"en": "Emirati", "tr": "Emirlikli|BAE'li", "ru": r"эмиратск\w*"},
    "RS": {"en": "Serbian", "tr": "Sırp", "ru": r"сербск\w*"},
    "GR": {"en": "Greek", "tr": "Yunan", "ru": r"греческ\w*"},
    "CN": {"en": "Chinese", "tr": "Çinli", "ru": r"китайск\w*"},
    "IR": {"en": "Iranian", "tr": "İranlı", "ru": r"иранск\w*"},
}

Table = Mapping[Language, tuple[tuple[str, re.Pattern[str]], ...]]  # (state id, its words)


def table(actors: Iterable[Actor]) -> Table:
    """Each state actor's demonyms in each language the machine reads."""
    states = [(a.id, code) for a in actors if a.kind == "state"
              and (code := country_code(a)) in DEMONYMS]
    return {language: tuple((id, re.compile(rf"(?<!\w)(?:{DEMONYMS[code][language]})(?!\w)",
                                            re.IGNORECASE if language == "ru" else 0))
                            for id, code in states)
            for language in LANGUAGES}


def find(source_id: str, body: str, words: Iterable[tuple[str, re.Pattern[str]]],
         mentions: list[Mention], speech: Speech) -> list[Mention]:
    """The demonyms in `body` that qualify a role, each as its state: right
    before the role word or its portfolio ("the Russian president", "Türk
    Savunma Bakanı"), where no mention is; not "the Turkish opposition
    leader", nor a former one's ("бывший турецкий президент")."""
    named = Spans(mentions)
    return [Mention(source=source_id, start=m.start(), end=m.end(), quote=m.group(),
                    origin="auto", anchor=f"a-d-{m.start()}", actor=id,
                    why=f"the demonym '{m.group()}'")
            for id, pattern in words for m in pattern.finditer(body)
            if _before_a_role(body, m, speech) and not named.overlaps(m.start(), m.end())]


def _before_a_role(body: str, demonym: re.Match[str], speech: Speech) -> bool:
    if _FORMER.search(body, max(0, demonym.start() - 12), demonym.start()):
        return False
    between = speech.portfolio_before_role.match(body, demonym.end())
    return bool(between and speech.roles.match(body, between.end()))


_FORMER = re.compile(r"(?:former|ex-|eski|бывш\w*|экс-)\s*$", re.IGNORECASE)
