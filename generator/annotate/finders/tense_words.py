"""Words that say when a date's sentence speaks of it: as to come ("is due
to meet Putin on Wednesday", "Ekim sonunda bir araya gelmesi bekleniyor",
"встреча состоится в среду"), as a plan told in the past ("were due to be
flown in November", "teslim edilmesinin planlandığını"), or in a clause of
its own ("under a law passed by Congress in August"). `date_context.tense`
reads them.
"""

from __future__ import annotations

from ...model.text import UP
from ...model.vocabulary import Language

# Words that put a sentence's dates ahead of the report's: "is due to meet
# Putin on Wednesday", "has until 31 July", "could arrive in July" (not "could
# not be reached", "due to a fault"). English marks it before the date;
# Turkish and Russian on the verb (FUTURE_AFTER, in the date's sentence):
# "Ekim sonunda bir araya gelmesi bekleniyor", "встреча состоится в среду";
# a Russian plan (FUTURE) only before it: "рассчитываем подписать в среду".
_DUE = r"(?:due(?!\s+to\s+(?:a|an|the|its|their)\b)|expected|scheduled|set|going|planning)\s+to"
FUTURE: dict[Language, str] = {
    "en": rf"\b(?:will|shall|(?:is|are|'s|'re)\s+(?:(?:still|now|also)\s+)?{_DUE}|plans?\s+to|"
          r"(?:could|would|might)(?!\s+(?:not|have)\b)|until|deadline)\b|'ll\b",
    "ru": r"(?<!\w)(?:(?:рассчитыва|планиру)(?:ем|ет|ют)|намерен[аы]?)(?!\w)",
    # Turkish: a future participle right before the month it qualifies ("yeni
    # yönetimin göreve başlayacağı ocak ayında")
    "tr": r"\w+(?:acağı|eceği)\s+$"}
# A plan told in the past ("were due to be flown in November", "prepared to
# travel … on Wednesday"): the date it names is in the report's year (week,
# for a day), whether still to come or already gone ("were due to resume in
# March, but were postponed").
# Turkish says it after the date, in its sentence: "temmuz ayında teslim
# edilmesinin planlandığını açıklamıştı", "Mart'ta bekleniyordu".
PLANNED: dict[Language, str] = {
    "en": rf"\b(?:(?:was|were)\s+(?:(?:still|also)\s+)?(?:{_DUE}|supposed\s+to)|"
          r"prepar(?:ed|ing)\s+to)\b",
    # (not "beklenenden" than expected, "planlanmadığı" not planned, "öngörülemeyen")
    "tr": r"(?<!\w)(?:planland[ıi]ğ\w*|planlan(?:an|[ıi]yordu|m[ıi]şt[ıi])|öngörül(?:en|üyordu|"
          r"müştü)|bekleniyordu|beklenen|beklenmişti)(?!\w)"}
# A clause of its own in the past after the word of the future: a participle
# a few words before the date ("will face sanctions under a law passed by
# Congress in August", "the contract signed with Moscow in December"; not a
# verb's own: "will be delivered in", "as planned in", "will proceed on"), or
# a relative clause ("could help fight the invasion that began in February").
PAST_CLAUSE: dict[Language, str] = {"en": (
    r"(?<!\bbe)(?<!\bbeen)(?<!\bbeing)(?<!\bhave)(?<!\bas)(?<!\band)(?<!\bor)(?<!ly)"
    r"(?<!\bget)(?<!\bgot)(?<!\bthen)\s++(?!(?:proceed|succeed|exceed|need|feed|heed|speed)\b)"
    r"(?:\w+ed|struck|made|held|won|sold|bought|built|taken|given|sent|paid|begun|done|shown)"
    r"(?:\s++\S+){0,4}?\s++(?:(?:in|on|at)\s++)?$|"
    r"\b(?:that|which|who)\s+(?:\w+ed|began|came|took|went|was|were|had|made|won|broke|met|"
    r"said|told|gave|sent)\b")}
FUTURE_AFTER: dict[Language, str] = {  # Turkish: the verb that ends the sentence
    "tr": r"(?:\w+(?:ecek|acak)(?:tır|tir|lar|ler|ız|iz)?|bekleniyor|planlanıyor)\W*$",
    "ru": r"(?<!\w)(?:будет|будут|состоится|пройд[её]т|пройдут|планируется|ожидается)(?!\w)"}
# Turkish puts a date ahead in the words right after it, whatever verb ends
# the sentence: a future participle of its own clause ("ocak ayında göreve
# başlayacak yönetim ... konuşuluyor") or "until" ("31 Temmuz'a kadar süre
# verildi").
_NOT_BETWEEN = (r"[\w'’]*(?:[ae]n|d[ıiuü]|t[ıiuü]|m[ıi]ş|n?[ıiuü]n)\b|"  # participle, genitive
                rf"(?-i:[{UP}])\w*\b(?!['’])")  # a name with no case: a subject
FUTURE_NEXT: dict[Language, str] = {
    # with two words at most between ("Türkiye'ye gelmeye başlayacağını"), not a
    # participle of their own ("yapılan toplantıda alınacak"), a subject ("Erdoğan
    # sistemin kullanılacağını") or a noun in -ecek ("yiyecek"); "kadar" of a deadline
    "tr": r"['’]?\w*(?:\s+ay(?:ında|ı|ına))?(?:(?:\s+(?!" + _NOT_BETWEEN + r")[\w'’]+){0,2}?"
          r"\s+(?!(?:yiyecek|içecek|giyecek)\b)\w+(?:ecek|acak|eceğ|acağ)\w*"
          r"|['’]?y?[ae]\s+kadar\s+süre)(?!\w)"}
# A Russian verb after the date counts only up to a reported clause: "В
# сентябре он заявил, что Анкара не будет спрашивать" is said in September.
# So does a clause set against it: "согласовали в ноябре, а подписание ожидается".
REPORTED_CLAUSE: dict[Language, str] = {"ru": r",\s+(?:что|а|но)(?!\w)"}
