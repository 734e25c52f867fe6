"""The words around names in news text, in English, Turkish and Russian:
titles that precede a name, the adjectives and places that are capitalised
without being anyone, and the words that start sentences. Data only.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.casefold().split())


# The head of a title: a title ends with one of these, and a name follows it
# ("Turkish Defense Minister Fikri Isik", "Kremlin Sözcüsü Dmitriy Peskov").
TITLE_HEADS = _words(
    "minister secretary president director chief spokesman spokeswoman spokesperson "
    "ambassador chairman chairwoman chair commander head governor senator envoy adviser "
    "advisor ceo officer general admiral colonel lieutenant captain major deputy premier "
    "undersecretary representative mayor speaker king queen prince sheikh mr mrs ms dr "
    "bakanı bakan başkanı başkan sözcüsü müdürü cumhurbaşkanı büyükelçisi komutanı "
    "başbakan yardımcısı genelkurmay sayın "
    "министр президент директор глава гендиректор пресс-секретарь посол председатель "
    "генерал командующий замминистра премьер господин")
# Words of a title that are not its head: "Defense", "Foreign", "Prime", "Vice".
TITLE_WORDS = TITLE_HEADS | _words(
    "defense defence foreign interior prime vice executive press presidential general "
    "national state affairs industries industry security armed forces military "
    "milli savunma dışişleri içişleri sanayii genel devlet "
    "генеральный федеральный")
# Adjectives of nations and peoples, capitalised in English but no one.
DEMONYMS = _words(
    "turkish russian american u.s. us british french german chinese greek indian israeli "
    "iranian syrian ukrainian european western eastern soviet nato "
    "türk rus amerikan alman fransız yunan çin "
    "российский турецкий американский")
# Capitalised words that end a place's name: "Black Sea", "Eastern Mediterranean".
PLACE_ENDS = _words(
    "sea ocean gulf bay strait river lake mountains mountain island islands peninsula coast "
    "region province valley desert mediterranean airport base airbase square street "
    "denizi körfezi boğazı adası bölgesi havalimanı meydanı üssü "
    "море залив остров область")
# Capitalised words that end the name of a thing, not of anyone: a law, a
# programme, a forum ("Countering America's Adversaries Through Sanctions Act").
THING_ENDS = _words("act law treaty agreement program programme forum summit system systems "
                    "exercise exercises doctrine initiative")
# Words that are capitalised because a sentence starts with them.
SENTENCE_WORDS = _words(
    "the a an in on at as it he she we they i you but and or if so yet also this that these "
    "those there then when while after before since during despite however meanwhile "
    "earlier later furthermore moreover regardless therefore although though still soon "
    "any all some many most several both each every no not our their his her its "
    "update share published updated photo read related speaking asked according "
    "bu şu o ve ile ama ancak fakat da de ise bir her çünkü "
    "в на с по и но а это как что он она они мы об о для при после")
MONTHS_AND_DAYS = _words(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec "
    "monday tuesday wednesday thursday friday saturday sunday "
    "ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık "
    "pazartesi salı çarşamba perşembe cuma cumartesi pazar "
    "январь января февраль февраля март марта апрель апреля май мая июнь июня июль июля "
    "август августа сентябрь сентября октябрь октября ноябрь ноября декабрь декабря "
    "понедельник вторник среда четверг пятница суббота воскресенье")
# Words inside a name that join its parts: "Presidency of Defense Industries".
CONNECTORS = _words("of for and de da del van von bin al")
# Words that make a name an organisation's, so "X of Y" is not "a person of Y".
ORGANISATION_WORDS = _words(
    "ministry presidency department agency service office centre center institute council "
    "committee university bank company corporation group party union administration "
    "directorate command forces army navy force")
# What comes after an outlet or an organisation that speaks ("Xinhua reported",
# "the Kremlin said") and before one that is spoken to ("told Sputnik").
SPEECH_AFTER = _words(
    "said says told reported reports announced stated confirmed denied added noted quoted "
    "spokesman spokeswoman official officials dedi açıkladı bildirdi duyurdu "
    "сообщил сообщила сообщили сообщает заявил заявили заявила")
SPEECH_BEFORE = _words(
    "told cited quoted agency broadcaster newspaper channel outlet daily "
    "ajansı gazetesi kanalı агентство агентству агентства газета газете издание")
