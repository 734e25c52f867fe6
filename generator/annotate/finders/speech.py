"""The words of reported speech in each language the machine reads: the
verbs that say someone spoke, the pronouns that stand for a speaker, the
words for a speaker's role ("the Kremlin spokesman", "Kremlin sözcüsü",
"глава компании"), and the words that introduce someone unnamed.

Our own tables: no library keeps speech verbs with their meaning. A
language the machine does not read gets none of them, and its quotations
no speaker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ...model.text import UP
from ...model.vocabulary import Language

SPEECH_VERBS: dict[Language, str] = {
    "en": r"said|says|say|told|tells|added|adds|stated|(?<!United\s)states|noted|notes|asked|"
          r"explained|"
          r"confirmed|mentioned|announced|warned|insisted|underlined|stressed|replied|"
          r"answered|quoted as saying|as saying|specified|wrote|writes|urged|calling|"
          r"described|describing|declared|argued|argues|tweeted|commented|pointed out|"
          r"emphasi[sz]ed|continued|concluded|saying|adding|noting|stressing|insisting|"
          r"reiterated|repeated|(?<!so-)called|warn|warns|warning|telling|condemned|condemning",
    "tr": r"dedi|demişti|dediğ\w*|deme[sy]\w*|diyerek|diyen|diye|söyle\w*|açıkla\w*|ifade\w*|"
          r"belirt\w*|kaydet\w*|vurgula\w*|konuş\w*|ekle\w*|bildir\w*|aktar\w*|dile getir\w*|"
          r"yanıt\w*|cevab\w*|cevap\w*|karşılığını ver\w*|yinele\w*|tekrarla\w*|öne sür\w*|"
          r"iddia et\w*|savundu\w*|savunuyor\w*|savunmuştu\w*|uyardı\w*|uyarmıştı\w*|uyarıyor\w*",
    "ru": r"сказал\w*|заявил\w*|заявля\w*|сообщил\w*|отметил\w*|подчеркнул\w*|добавил\w*|"
          r"пояснил\w*|указал\w*|назвал\w*|называл\w*|цитировал\w*|рассказал\w*|"
          r"уточнил\w*|считает|признал\w*|говорит|говорил\w*|ответил\w*|заметил\w*|"
          r"замечани\w*|заявив|отметив|добавив|подчеркнув|пояснив|сказав|повторя\w*|"
          r"повторил\w*|подчеркива\w*|отмечал\w*|сообщал\w*|указывал\w*|добавлял\w*|"
          r"предупредил\w*|предупрежда\w*|уверен\w*|отвечал\w*|утверждал\w*|настаивал\w*|"
          r"пообещал\w*|обещал\w*|говорится\s+в\s+(?:заявлении|сообщении|документе|письме)|"
          # "— приводит издание слова турецкого лидера", "— цитирует его агентство":
          # whose words, after "слова" or as the pronoun quoted
          r"(?:привод|цитиру)\w*\s+(?:\S+\s+){0,2}?слова|цитиру\w*(?=\s+(?:его|ее|её)(?!\w))",
}
# The word for a body that spoke ("— говорится в сообщении ведомства", "В
# американском военном ведомстве предупредили"): the body its paragraph, or
# the one before, names last; not one named there ("в сообщении компании
# «Алмаз-Антей»", "министерства обороны Индии") or another state's ("в турецком
# ведомстве"). (Not English: "the ministry" is often one the dossier has no file
# for, and the last body named another.)
BODY_WORD: dict[Language, str] = {  # with the adjectives before it, not a name after it
    "ru": r"(?<!\w)(?P<adj>(?:\w+(?:ом|ем|ой|ей|ого|его|ых|их|ые|ие|ий|ый|ая|яя)\s+){0,2})"
          r"(?:ведомств|министерств|компани|служб|корпораци|концерн|организаци)\w*+"
          r"(?!\s+(?:\w+\s+)?[«\"A-ZА-ЯЁ])"}
# A verb in the past tense, of any meaning: "Эрдоган обсуждал … и заявил" joins
# "заявил" to "обсуждал", not to a speech verb before it.
PAST: dict[Language, str] = {"ru": r"(?<!\w)\w{3,}(?:л|ла|ло|ли)(?!\w)"}
# Turkish "o" is also "that": a pronoun only as a subject set off by a comma.
# "him" and Russian "его" are a speaker only as the one quoted: "quoted him as
# saying", "цитировал его".
PRONOUNS: dict[Language, str] = {"en": r"he|she|(?:(?<=quoted )|(?<=cited ))(?:him|her)",
                                 "tr": r"o(?=,)", "ru": r"он|она|по его словам|"
                                 r"по ее словам|по её словам|"
                                 r"(?:(?<=цитировал\s)|(?<=цитирует\s))(?:его|её|ее)"}
# A speech verb that is a participle or gerund ("…, saying", "заявив") has
# the clause's subject for its speaker, not the name nearest it. (Turkish
# always takes the subject before the quotation: `Peskov, "…" diyerek`.)
PARTICIPLE: dict[Language, str] = {"en": r"(?<!as )\w+ing", "tr": r"(?!)", "ru": r"\w+в"}
# A relative clause opens: what it names is not the sentence's subject.
RELATIVE: dict[Language, str] = {"en": r",\s+(?:who|whom|whose|which)\b",
                                 "tr": r"(?!)", "ru": r",\s+(?:который|которая|которые|кото\w+)\b"}
# A state named as the owner of an institution the dossier has no file for
# ("Turkey's Foreign Ministry called", "В МИД Турции назвали", "Türkiye
# Dışişleri Bakanlığı"): the institution speaks, not the state.
_RU_BODIES = r"МИД|Минобороны|Минфин|[Пп]осольств\w*|[Пп]равительств\w*"  # with no file
INSTITUTION_BEFORE: dict[Language, str] = {
    "ru": rf"(?:{_RU_BODIES}|[Мм]инистерств\w*(?:\s+\w+){{0,2}}|[Вв]едомств\w*|"
          r"[Пп]арламент\w*)\s+$"}
# A body the dossier has no file for, named between the last one it has and its word:
# the word is that one's.
OTHER_BODY: dict[Language, str] = {"ru": rf"(?<!\w)(?:{_RU_BODIES}|[Мм]инистерств\w*)"}
INSTITUTION_AFTER: dict[Language, str] = {
    "en": r"['’]s\s+(?:\w+\s+)?(?i:ministry|department|office|embassy|presidency|"
          r"parliament|government|army|navy|air force|foreign ministry|defen[cs]e ministry)\b",
    "tr": rf"(?:['’]\w+)?\s+(?:[{UP}]\w+\s+)?(?:Bakanlığı|Büyükelçiliği|Hükümeti|"
          r"Meclisi|Genelkurmay)"}
# A Turkish verb in the passive ("belirtildi", "açıklandı": it was stated) has
# no speaker in its sentence: the statement it reports is someone's unnamed.
# ("savundu", argued, and "kullandı", used, only look like one: their roots end in n.)
PASSIVE: dict[Language, str] = {
    "tr": r"(?!(?:savun|kullan|yakın|seslen|övün)d)\w+(?:ıl|il|ul|ül|n)(?:dı|di|du|dü)"}
# A Turkish participle ends a clause that describes the noun after it ("ABD'nin
# tepkisine değinen Cumhurbaşkanı": the President, who spoke of the US's
# reaction): what the clause names does not qualify that noun.
# (Not an ablative, "ardından", "tarafından", nor an adverb, "yeniden".)
DESCRIBING_CLAUSE: dict[Language, str] = {
    "tr": r"(?<![\w'’])(?![a-zçğıöşü]*n(?:dan|den)(?!\w)|(?:yeniden|önceden|sonradan|aniden|"
          r"birden|gerçekten)(?!\w))[a-zçğıöşü]+y?[ae]n(?!\w)"}
# A Turkish clause ends in its verb ("… kınanmış, Washington da … öne
# sürmüştü"): one opening with a name that has no case ending has its own
# subject ("… görüşmüş, Türkiye'ye … söylemişti" goes on with the first's).
CLAUSE_END: dict[Language, str] = {
    "tr": rf"(?<!\w)\w+m[ıiuü]ş(?:t[ıiuü]r?|l[ae]r)?,(?=\s+[{UP}][^\s'’,]*\s)"}
# A pronoun of one sex is not someone the report titles as the other: "she
# said" after "Mr Erdogan" is not him.
FEMALE: dict[Language, str] = {"en": r"she|her", "ru": r"она|по ее словам|по её словам"}
TITLED: dict[str, str] = {"male": r"\b(?:Mr|Mister|Sir|Lord)\.?\s+$",
                          "female": r"\b(?:Mrs|Ms|Miss|Madam|Lady|Dame)\.?\s+$"}
# "A Pentagon spokesman", "bir Kremlin sözcüsü": someone unnamed, whoever
# holds the role.
INDEFINITE: dict[Language, str] = {"en": r"(?:a|an|one|another)\s", "tr": r"bir\s"}
# "according to X", "X'e göre", "по словам X": X spoke.
# ("по его словам": his words, he is a pronoun for the one named before.)
ACCORDING_AFTER: dict[Language, str] = {"en": r"according to",
                                        "ru": r"по\s+(?:его\s+|ее\s+|её\s+)?словам|по мнению"}
ACCORDING_BEFORE: dict[Language, str] = {"tr": r"['’]?\w*\s+göre"}
# Each role and its words. The English words are also what an actor's `role`
# field is searched for when the report itself does not say who holds it.
ROLES: dict[str, dict[Language, str]] = {
    # A deputy's title holds the role's word, and is not the holder's: found first.
    "deputy": {"en": r"(?:deputy|assistant|vice)[\s-]+(?:[\w-]+\s+){0,2}?(?:secretary|minister|"
                     r"president|director|head|chief)|under[\s-]?secretary",
               "tr": r"(?:bakan|başkan|müdür|sözcü)\w*\s+yardımcı\w*",
               "ru": r"заместител\w*|замминистр\w*|вице-\w+"},
    # So does a candidate's ("cumhurbaşkanı adayı", "кандидат в президенты").
    "candidate": {"en": r"(?:candidate|nominee)\s+for\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
                        r"(?:president\w*|minister|secretary)",
                  "tr": r"(?:cumhurbaşkan|başkan|bakan)\w*\s+aday\w*",
                  "ru": r"кандидат\w*(?:\s+(?:в\s+президент\w*|на\s+(?:пост|должность)\s+\w+))?"},
    "spokesman": {"en": r"spokes(?:man|woman|person)|press secretary",
                  "tr": r"sözcü\w*", "ru": r"пресс-секретар\w*|представител\w*"},
    "head": {"en": r"chief executive|chief|head|director general|general director|director|"
                   r"ceo|boss",
             "tr": r"genel müdür(?!l[üu][kğ])\w*|müdür(?!l[üu][kğ])\w*|başkanı|başkan",
             "ru": r"глав(?!\w*\s+(?:\w+\s+)?государств)\w*|гендиректор\w*|"
                   r"генеральн\w* директор\w*|директор\w*|руководител\w*"},
    # The head of a state is its president: "глава Российского государства".
    "president": {"en": r"president|leader",
                  "tr": r"cumhurbaşkan(?!l[ıi][kğ])\w*|lider\w*",
                  "ru": r"президент\w*|лидер\w*|глав\w*\s+(?:\w+\s+)?государства"},
    # Not the institution: "Bakanlığı" is the ministry, "Cumhurbaşkanlığı" the presidency.
    "minister": {"en": r"minister|secretary", "tr": r"bakan(?!l[ıi][kğ])\w*", "ru": r"министр\w*"},
    "official": {"en": r"official", "tr": r"yetkili\w*", "ru": r"чиновник\w*"},
    "expert": {"en": r"analyst|expert", "tr": r"uzman\w*|analist\w*",
               "ru": r"эксперт\w*|аналитик\w*"},
}
# Around a Russian role word, its description: from the adjectives before it
# ("турецкий лидер") up to a preposition ("глава компании в интервью").
ROLE_ADJECTIVES = re.compile(r"(?<!\w)(?:\w+(?:ий|ый|ой|ая|яя|ое|ее|ие|ые|ого|его|ому|ему|ым|им)"
                             r"\s+){1,2}$", re.IGNORECASE)
ROLE_ENDS_AT = re.compile(r"(?<!\w)(?:в|во|на|с|со|по|для|о|об|при|после|перед)\s", re.IGNORECASE)
# Whose aide, spokesman or office someone is ("помощник президента", "Spokesman
# for the President", "Cumhurbaşkanı Başdanışmanı"): the role word is not theirs.
AIDE_BEFORE = re.compile(r"(?<!\w)(?:помощник|советник|администраци|аппарат|канцеляри|офис|"
                         r"пресс-секретар|представител)\w*\s+$|\b(?:aide|adviser|advisor|office|"
                         r"spokes(?:man|woman|person)|press\s+secretary)\s+(?:to|of|for)\s+"
                         r"(?:the\s+)?$", re.IGNORECASE)
AIDE_AFTER = re.compile(r"\s+(?:Baş)?[Dd]anışman\w*")
# A minister's portfolio: "the defence secretary" is not the Secretary of State.
PORTFOLIOS: dict[str, dict[Language, str]] = {
    "defence": {"en": r"defen[cs]e", "tr": r"savunma", "ru": r"оборон\w*|минобороны"},
    "foreign": {"en": r"foreign|of\s+state|state\s+department", "tr": r"dışişleri",
                "ru": r"иностранных\s+дел|мид"},
    "finance": {"en": r"finance|treasury", "tr": r"maliye|hazine", "ru": r"финансов\w*|минфин\w*"},
}
# Someone unnamed brought in ("a Turkish official", "…, says one"): later "the
# official" is them, not the last name.
UNNAMED: dict[Language, str] = {
    "en": r"\b(?:a|an|one)\s+(?:[\w-]+\s+){0,4}(?:official|source|diplomat|analyst|expert)s?\b|"
          r"\b(?:says|said|adds|added)\s+(?:one|another)\b",
    "tr": r"\bbir\s+(?:\w+\s+){0,3}(?:yetkili|kaynak)\w*",
    # Russian has no article: "турецкий чиновник", "высокопоставленный дипломат".
    "ru": r"\b(?:источник|собеседник|сотрудник)\w*|"
          r"(?<!\w)\w+(?:ий|ый|ой)\s+(?:чиновник|дипломат)\w*|"
          r"(?<!\w)(?:один|одн(?:им|ого|ому|ой|а|у))\s+из\s+",  # "один из чиновников"
}
# In English and Turkish a role comes before the name it belongs to and the
# head word is last ("Kremlin spokesman Dmitry Peskov"); in Russian it is
# first ("пресс-секретарь президента РФ Дмитрий Песков").
HEAD_WORD_FIRST: frozenset[Language] = frozenset({"ru"})


@dataclass(frozen=True)
class Speech:
    """One language's speech words, compiled."""

    language: Language
    verbs: re.Pattern[str]
    pronouns: re.Pattern[str]
    according_after: re.Pattern[str] | None
    according_before: re.Pattern[str] | None
    roles: re.Pattern[str]  # each role word in a group named for its role
    unnamed: re.Pattern[str]
    participle: re.Pattern[str]
    indefinite: re.Pattern[str] | None
    relative: re.Pattern[str]
    female: re.Pattern[str] | None  # the pronouns of a woman
    portfolio_before_role: re.Pattern[str]  # between a demonym and its role: "Turkish Defence"
    institution_before: re.Pattern[str] | None
    institution_after: re.Pattern[str] | None
    passive: re.Pattern[str] | None
    describing_clause: re.Pattern[str] | None
    clause_end: re.Pattern[str] | None
    past: re.Pattern[str] | None
    body_word: re.Pattern[str] | None  # "ведомства": the body named before
    other_body: re.Pattern[str] | None  # "МИД": a body with no file named since

    def passive_verb(self, verb: re.Match[str]) -> bool:
        """ "belirtildi": it was stated, by no one named."""
        return bool(self.passive and self.passive.fullmatch(verb.group()))


def _words(alternatives: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)


@cache
def speech(language: Language) -> Speech:
    after, before = ACCORDING_AFTER.get(language), ACCORDING_BEFORE.get(language)
    roles = "|".join(f"(?P<{role}>{words[language]})" for role, words in ROLES.items())
    return Speech(language, _words(SPEECH_VERBS[language]), _words(PRONOUNS[language]),
                  _words(after) if after else None,
                  re.compile(before, re.IGNORECASE) if before else None,
                  _words(roles), re.compile(UNNAMED[language], re.IGNORECASE),
                  re.compile(PARTICIPLE[language], re.IGNORECASE),
                  re.compile(INDEFINITE[language], re.IGNORECASE)
                  if language in INDEFINITE else None,
                  re.compile(RELATIVE[language], re.IGNORECASE),
                  _words(FEMALE[language]) if language in FEMALE else None,
                  _portfolio_before_role(language),
                  *(re.compile(table[language]) if language in table else None
                    for table in (INSTITUTION_BEFORE, INSTITUTION_AFTER, PASSIVE, DESCRIBING_CLAUSE,
                                  CLAUSE_END, PAST, BODY_WORD, OTHER_BODY)))


def _portfolio_before_role(language: Language) -> re.Pattern[str]:
    """ "Turkish Defence Minister", "Rus Devlet Başkanı": the words a role's
    demonym may stand apart from it by."""
    words = "|".join(w[language] for w in PORTFOLIOS.values())
    return re.compile(rf"\s+(?:(?:{words}|devlet)\s+)?", re.IGNORECASE)


def role_of(match: re.Match[str]) -> str:
    """The role a match of `Speech.roles` names."""
    return next(role for role, word in match.groupdict().items() if word)


def roles_in(text: str) -> set[str]:
    """The roles an actor's `role` field names, in English words: its head,
    before "of", "to" ("Spokesman of the Russian President" is no president)."""
    head = re.split(r"\s+(?:of|to|for)\s+", text, maxsplit=1, flags=re.IGNORECASE)[0]
    found = {role for role, words in ROLES.items() if _words(words["en"]).search(head)}
    return {"deputy"} if "deputy" in found else found  # a vice president is no president


@dataclass(frozen=True)
class Person:
    """What the actor files say of a person: role words and affiliations."""

    roles: frozenset[str]
    affiliations: frozenset[str]
    portfolio: str = ""


NOBODY = Person(frozenset(), frozenset())


def person(role: str, affiliations: tuple[str, ...]) -> Person:
    return Person(frozenset(roles_in(role)), frozenset(affiliations), portfolio_of(role, "en"))


def portfolio_of(text: str, language: Language) -> str:
    """The portfolio the words in `text` name ("defence" for "Savunma Bakanı"),
    the nearest its role word ("after the defence talks, the foreign minister"), or ""."""
    found = [(m.start(), name) for name, words in _portfolios(language)
             for m in words.finditer(text)]
    nearest = min if language in HEAD_WORD_FIRST else max
    return nearest(found)[1] if found else ""


@cache
def _portfolios(language: Language) -> list[tuple[str, re.Pattern[str]]]:
    return [(name, _words(words[language])) for name, words in PORTFOLIOS.items()]


def portfolios_agree(one: str, other: str) -> bool:
    """Whether two roles may be one: unless both name a portfolio, and not the same."""
    return not one or not other or one == other
