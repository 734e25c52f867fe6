"""Who wrote a report, as the page prints it: "By X and Y", "Автор: X",
"X / AA" (a reporter for an agency), "Ankara - DHA", a bare name
beside the date ("Irina Volkova", "Dış Haberler Servisi"), a name before a
date ("Selin Karaca |26.11.2019"), "Reporting by X; Editing by Y", and
outlets' and agencies' names for the writers and the publisher.
"""

from __future__ import annotations

import re

from ...model.text import LOW, UP
from .words import TIME_ZONES

# A word of a name: "Volkova", "O'Neil", "McCarthy", "Jean-Luc", "D." (an initial).
# Not a word with a Turkish case ending ("Bursa'nın Sesi", a paper's motto),
# but "Sa'ad", "Dell'Anna".
_TURKISH_CASE = (r"(?:n?[ıiuü]n|y?[ae]|y?[ıiuü]|[dt][ae]n?|[dt][ae]ki|l[ae]|l[ae]r\w*|n[ae]|"
                 r"s[ıiuü])\b")
_NAME_WORD = (rf"(?:(?:Mc|Mac|O['’]|D['’])?[{UP}][{LOW}]+"
              rf"(?:-[{UP}]?[{LOW}]+|['’](?!{_TURKISH_CASE})[{UP}]?[{LOW}]+)*\.?|[{UP}]\.)")
_PARTICLE = r"(?:de|da|del|van|von|der|bin|al|el|ibn|la|le|Ó|Ní|Nic|Ua)"  # "Fergal Ó Briain"
# An agency's name alone on a line beside the date: the byline ("AFP").
_AGENCY = (r"(?:Agencies|Ajanslar|Агентства|AFP-JIJI|AFP|AP|Reuters|AA|DHA|İHA|IHA|ANKA|dpa|EFE|"
           r"PTI|Press Trust of India|IANS|ANI|AZERTAC|"
           r"ANSA|Kyodo|JIJI|(?:The )?Associated Press|(?:The )?Canadian Press|"
           r"Xinhua|TASS|ТАСС|Sputnik|"
           r"Interfax|Интерфакс|РИА Новости|RIA Novosti|"
           # national agencies: "APP", "WAM", "Bernama", "AzerTac", "Trend", "БелТА"
           r"APP|WAM|SPA|KUNA|QNA|MENA|TNN|UNI|NAN|Bernama|BERNAMA|Antara|ANTARA|AzerTac|"
           r"AZERTAC|Trend|APA|Kazinform|KazTAG|BelTA|БелТА|БЕЛТА|Ukrinform|Укринформ|UNIAN|УНИАН|"
           r"IRNA|ISNA|Yonhap|Armenpress|ARMENPRESS|Prensa Latina|Lusa|İLKHA|ILKHA|QHA|"
           # a Turkish paper's news desk: "Haber Merkezi", "Bloomberg HT Haber Merkezi"
           r"(?:(?!(?i:gündem|son|dakika|özel)\b)[A-ZÇĞİÖŞÜ][\w.&-]*\s+){0,3}Haber Merkezi)")
# Words in capitals that are never a name's ("WORLD NEWS", "SON DAKİKA").
_NOT_NAMES = (r"(?:NEW|YORK|HONG|KONG|NORTH|SOUTH|EAST|WEST|MIDDLE|WORLD|NEWS|BREAKING|LIVE|"
              r"EXCLUSIVE|OPINION|ANALYSIS|VIDEO|VİDEO|FOTO|PHOTO|GALER[İI]|CONTENT|YAYIN\w*|"
              r"ALAN\w*|MERKEZ\w*|ÖZEL|SON|DAKİKA|HABER\w*|GÜNDEM\w*|DÜNYA|НОВОСТ\w*|"
              r"МИР\w*|СРОЧНО|ЭКСКЛЮЗИВ|ТАКЖЕ|ТЕМ\w*|ВИДЕО|ФОТО)")
# Turkish and Russian sites print the surname in capitals ("Ayşe ÖRNEK", "Ольга
# ПРИМЕРОВА"); not a label's word ("Son DAKİKA") or an agency's ("Ankara DHA").
_SURNAME_CAPS = rf"(?!(?:{_AGENCY}|{_NOT_NAMES})\b)[{UP}]{{3,}}(?:-[{UP}]{{2,}})?"
_NAME = (rf"{_NAME_WORD}(?:\s+(?:{_PARTICLE}\s+)?{_NAME_WORD}){{0,2}}\s+(?:{_PARTICLE}\s+)?"
         rf"(?:{_NAME_WORD}|{_SURNAME_CAPS})")
_JOIN = r"(?:\s*,\s*(?:and\s+)?|\s+(?:and|&|ve|и)\s+)"
# After "By", an agency's one word ("By Reuters") or names in capitals will do.
# (Atomic: a name that both alternatives read, "Ayşe ÖRNEK", is tried once, not 2ⁿ times.)
_WRITER = rf"(?>{_NAME}|[{UP}][\w./&]+(?:\s+(?!FOR\b|{_AGENCY}\b)[{UP}][{UP}.'’-]+){{0,3}})"
# "By KARL EXAMPLE | STARS AND STRIPES", "By NAME FOR MAILONLINE": the outlet is not a writer.
_BY = re.compile(rf"^(?:(?:(?:[Ww]ritten|[Pp]osted|[Ss]tory|[Rr]eported|[Ww]ords|[Tt]ext)\s+)?"
                 r"(?:[Bb]y|BY):?|Author[:,]?|Yazan,?|Yazar:|Haber:|Muhabir:|Hazırlayan:|Türkçesi:|"
                 rf"Автор(?:\s+(?:материала|текста))?[:,]?|Текст:)\s+"
                 rf"(?P<names>{_WRITER}(?:{_JOIN}{_WRITER})*(?:\s+[-–/]\s+[{UP}]{{2,6}})?)"
                 rf"(?:\s*\|\s*[{UP}][{UP}&. ]{{1,40}}|\s+{_AGENCY}|"
                 # "By Dana Example - The Washington Times": the outlet after a dash or bar
                 rf"\s*(?:\s[-–—]|\|)\s+(?:The\s+)?[{UP}][\w&.]*(?:\s+[{UP}][\w&.]*){{0,3}}|"
                 rf"\s+(?:FOR|for)\s+[{UP}][\w&. ]{{1,30}})?\s*:?\s*$")  # "By X – Trend:"
# The label an element of the writer's name may start with ("Автор Name").
# ("Yazan" is also a given name: only with its colon.)
LABEL = re.compile(r"^(?:(?:by|author|автор|текст)\b\s*[:,]?|(?:yazar|yazan)\s*[:,])\s*",
                   re.IGNORECASE)
# "Selin Example - Habertürk Washington Temsilcisi": a writer and their post.
ROLE_WORDS = (r"correspondent|reporter|editor|staff writer|columnist|temsilcisi|muhabiri|"
              r"editörü|yazarı|корреспондент\w*|обозревател\w*|редактор\w*")
_WITH_ROLE = re.compile(rf"^(?P<names>{_NAME})\s*[-–—|,]\s*.{{0,60}}\b(?:{ROLE_WORDS})\s*$",
                        re.IGNORECASE)
AGENCY_NAMES = _AGENCY
AGENCIES = re.compile(rf"^{_AGENCY}$")
# "Berna Aydın / AA", "MA / Rojda Aslan": a reporter for an agency, as Turkish sites
# credit them, kept as printed.
_FOR_AGENCY = re.compile(rf"^(?P<names>{_NAME}(?:{_JOIN}{_NAME})*\s*/\s*(?:[{UP}]{{2,4}}|"
                         rf"{_AGENCY})|(?:[{UP}]{{2,4}}|{_AGENCY})\s*/\s*{_NAME})\s*$")
# "Nurcan Example / ANKARA", "Serdar Example / Ankara": a reporter and the city
# they filed from (a word in capitals, or a city news is filed from: after a
# slash, another word is an outlet, as in a photo credit "Name / Ведомости").
_CITIES = (r"(?:Ankara|İstanbul|Istanbul|İzmir|Moskova|Moscow|Москва|Washington|Vaşington|"
           r"Brüksel|Brussels|Londra|London|Paris|Berlin|Kiev|Kyiv|Soçi|Sochi|New Delhi|"
           # and the bureaus news is filed from abroad
           r"Stockholm|Geneva|Vienna|Rome|Athens|Nicosia|Beirut|Cairo|Dubai|Doha|Tehran|"
           r"Baku|Tbilisi|Warsaw|Beijing|Tokyo|Jerusalem|Islamabad|Mumbai|New York|"
           # and Turkey's provinces, which Turkish bylines name ("Name / Sinop")
           r"Adana|Adıyaman|Afyonkarahisar|Ağrı|Aksaray|Amasya|Antalya|Ardahan|Artvin|Aydın|"
           r"Balıkesir|Bartın|Batman|Bayburt|Bilecik|Bingöl|Bitlis|Bolu|Burdur|Bursa|Çanakkale|"
           r"Çankırı|Çorum|Denizli|Diyarbakır|Düzce|Edirne|Elazığ|Erzincan|Erzurum|Eskişehir|"
           r"Gaziantep|Giresun|Gümüşhane|Hakkari|Hatay|Iğdır|Isparta|Kahramanmaraş|Karabük|"
           r"Karaman|Kars|Kastamonu|Kayseri|Kırıkkale|Kırklareli|Kırşehir|Kilis|Kocaeli|Konya|"
           r"Kütahya|Malatya|Manisa|Mardin|Mersin|Muğla|Muş|Nevşehir|Niğde|Ordu|Osmaniye|Rize|"
           r"Sakarya|Samsun|Siirt|Sinop|Sivas|Şanlıurfa|Şırnak|Tekirdağ|Tokat|Trabzon|Tunceli|"
           r"Uşak|Van|Yalova|Yozgat|Zonguldak)")
# A name in capitals, as some sites print the writer's beside the date ("KARAN
# SETHI"); not a city's, a time zone's or a section's ("NEW DELHI IST", "WORLD NEWS").
_CAPS_NAME = (rf"(?!(?i:{_CITIES})\b)(?!.*\b{TIME_ZONES}$)(?!.*\b{_NOT_NAMES}\b)"
              rf"[{UP}]{{2,}}(?:\s+[{UP}]{{2,}}){{1,2}}")
_BARE_NAME = re.compile(rf"^(?:{_NAME}|{_CAPS_NAME})$")
_FROM_CITY = re.compile(rf"^(?P<names>{_NAME}(?:{_JOIN}{_NAME})*)\s*/\s*"
                        rf"(?:[{UP}]{{5,}}|{_CITIES})\s*$")
# "AFP,Reuters,AA / ET,BÖ": the agencies, then the initials of the desk's
# writers (Deutsche Welle's credit), kept as printed.
_DESK_CREDIT = re.compile(rf"^(?P<names>{_AGENCY}(?:\s*,\s*{_AGENCY})*\s*/\s*"
                          rf"[{UP}]{{1,3}}(?:\s*,\s*[{UP}]{{1,3}})*)\s*$")
# "Dominic Example in Osaka", "Oliver Example, Istanbul": a correspondent
# where they filed from.
_FILED_FROM = re.compile(rf"^(?P<names>{_NAME}(?:{_JOIN}{_NAME})*)(?:(?:\s+in\s+|\s*,\s*)"
                         rf"[{UP}][{LOW}]+(?:\s[{UP}][{LOW}]+)?|\s+[-–—]\s+(?i:{_CITIES}))\s*$")
# "Ankara - Hamdi Example": the city filed from, then the correspondent
# (Asharq Al-Awsat's way); not a headline of two cities ("Ankara - Moskova Hattı").
_CITY_FIRST = re.compile(rf"^(?i:{_CITIES})\s+[-–—]\s+(?!.*\b(?i:{_CITIES})\b)"
                         rf"(?P<names>{_NAME}(?:{_JOIN}{_NAME})*)\s*$")
# "PTI, Washington,": an agency and the city it filed from, the agency credited.
# (Not a photo credit: "AFP, Getty Images", "Reuters, File", "AP, Pool".)
_NOT_A_CITY = (r"(?:File|Files|Photo|Pool|Getty|Images?|Twitter|Facebook|Handout|Updated|"
               r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_AGENCY_FROM = re.compile(rf"^(?P<names>{_AGENCY})\s*+[,|]\s*+(?!{_NOT_A_CITY})[{UP}][{LOW}]+"
                          rf"(?:\s[{UP}][{LOW}]+)?\s*+(?:,\s*+)?$")
# "Ankara - DHA", "Ankara / İHA": a city and the agency that filed from it, the
# agency credited; "DHA - Ankara", "Reuters/Washington" the other way round.
_CITY_AGENCY = re.compile(rf"^[{UP}][{LOW}]+(?:\s[{UP}][{LOW}]+)?(?:\s+[-–—]\s+"
                          rf"(?P<names>[{UP}]{{2,6}})|\s*/\s*(?P<listed>{_AGENCY}))\s*$|"
                          rf"^(?P<agency>{_AGENCY})\s*(?:\s[-–—]|/)\s*[{UP}][{LOW}]+\s*$")
_CREDIT_LABEL = re.compile(r"^(?:by|source)\b\s*:?\s*", re.I)  # "By X with Reuters", "Source: X"
# "Euronews ile AA", "Le Monde with AFP", "Al Jazeera and news agencies", "ABC/Wires": the
# outlet's desk with an agency, as printed.
_WITH_AGENCY = re.compile(rf"^(?P<names>[{UP}][\w.-]+(?:\s[{UP}][\w.-]+){{0,2}}(?:\s+"
                          rf"(?:ile|with|and|&)\s+(?:{_AGENCY}|(?:news\s+)?agencies)|"
                          rf"/(?:[Ww]ires|[Aa]gencies)))\s*$")
_BULLET = re.compile(r"^•\s*(?P<names>[^•\d]+?)\s*(?:•.*)?$")  # not "• 3 min read"
# "-- Jane Example", "- Reuters": signed off under the text
_SIGN_OFF = re.compile(rf"^(?:--\s*(?P<names>{_NAME}(?:{_JOIN}{_NAME})*)|"
                       rf"[-–—]\s*(?P<agency>{_AGENCY}))\s*$")
_LEGAL_FORM = re.compile(r"^(?:АО|ОАО|ЗАО|ООО|МИА)\s+|,?\s+(?:Inc|Ltd|LLC|A\.Ş|AŞ)\.?$")
_COPYRIGHT = re.compile(
    r"(?:copyright\s*(?:©|\(c\))?|©|\(c\))\s*(?:©\s*)?(?:\d{4}\s*[-–—]\s*)?(?:\d{4}\s*)?(?P<holder>[^.|,]*?)"
    r"(?:[,.]?\s*\d{4}(?:\s*[-–—]\s*\d{4})?)?(?:[.,|]|\s+all rights|\s+tüm|\s+her|$)", re.I)


_RIGHTS = re.compile(r"^(?:all rights reserved|tüm hakları saklıdır|все права защищены)", re.I)


# Words of a page's buttons and stamps, never of a name ("Last Updated", "Read More",
# "Son Dakika"); and of its sections, never of a writer's beside the headline
# ("Sponsor Message", "Google News", "Главное"), though a desk may be one ("Hürses Haber").
_BUTTONS = frozenset(("updated", "update", "published", "posted", "last", "read", "more",
                      "share", "follow", "print", "email", "comments", "listen", "watch", "play",
                      "menu", "navigation", "sponsor", "message", "live", "son", "dakika"))
_SECTIONS = frozenset(("news", "breaking", "exclusive", "interview", "analysis", "opinion",
                       "haber", "haberleri", "новости", "главное", "главные", "дня"))


_INTERFACE = _BUTTONS | _SECTIONS


def interface(text: str) -> bool:
    """Whether a line has a word of the page's interface in it."""
    return bool(_INTERFACE & set(text.lower().split()))


def is_bare_name(text: str) -> bool:
    """Two to four capitalised words (or two or three in capitals) and nothing
    else: a name on its own line; not a button or a stamp."""
    return bool(_BARE_NAME.match(text.strip())) and len(text) <= 40 and \
        not _BUTTONS & set(text.lower().split())


def names_list(text: str) -> str:
    """ "Алексей Рамм, Богдан Степовой", "Dana Example in Osaka": a line of
    names only (where a correspondent filed from is not a name, nor the
    writer's social handles: "Dana Example @DEXAMPLE"); "" if not one."""
    words = text.split()
    while words and words[-1].startswith("@"):  # by words: a pattern would be quadratic
        words.pop()
    text = " ".join(words)
    filed = _FILED_FROM.match(text)
    text = filed.group("names") if filed else text.strip()
    parts = re.split(_JOIN, text)
    return text if len(parts) <= 4 and all(map(is_bare_name, parts)) else ""


# "By Jane Doe and John Roe, CNN", "by: X, Associated Press": the outlet or agency the
# writers write for, not a writer.
_OUTLET_AFTER = re.compile(rf"(?<=[{LOW}])\s*,\s*(?:[{UP}]{{2,6}}|{_AGENCY})$")


# "Dana Example can be reached at …": how to reach the writer.
_CONTACT = re.compile(r"(?<!\s)\s+(?:can|may) be reached\b.*$", re.I)
# "Haber: X - Kamera: Y / ANKARA": the camera's credit after the writer's.
_CAMERA = re.compile(r"(?<!\s)\s+[-–—]\s+(?:Kamera|Foto(?:ğraf)?|Photo|Video|Фото|Видео)\s*:.*$",
                     re.I)
# "Military.com | By Jane Example": the site before the byline.
_OUTLET_BEFORE = re.compile(r"^[\w.&-]+(?:\s+[\w.&-]+){0,2}\s*\|\s*(?=(?:[Bb]y|BY)\s)")
# BBC's "Author, Name Role, BBC News": the writer's post after the name.
_ROLE_AFTER = re.compile(r"(?<!\s)\s+(?:Role|Должность|Görev|Unvan)\s*,.*$")
# "By Jane Example, Moscow correspondent", "Автор: Name, обозреватель": the post.
_POST_AFTER = re.compile(rf"(?<=[{LOW}])(?:,\s*[^,]{{0,40}}?\b|\s+)(?:{ROLE_WORDS})\s*$", re.I)


def by_line(text: str) -> str:
    """ "By Jane Doe and John Roe" -> "Jane Doe and John Roe"; "" if not a byline."""
    text = _OUTLET_BEFORE.sub("", text.strip())
    text = _CAMERA.sub("", _CONTACT.sub("", _ROLE_AFTER.sub("", text)))
    match = _BY.match(_POST_AFTER.sub("", text)) or _BULLET.match(text) or \
        _SIGN_OFF.match(text) or _FOR_AGENCY.match(text) or \
        _FROM_CITY.match(text) or _CITY_AGENCY.match(text) or _AGENCY_FROM.match(text) or \
        _CITY_FIRST.match(text) or \
        _WITH_ROLE.match(text) or \
        _DESK_CREDIT.match(text) or _with_agency(text)
    if not match:
        return ""
    found = match.groupdict()
    names = found.get("names") or found.get("listed") or found["agency"]
    return _OUTLET_AFTER.sub("", names.strip())


def _with_agency(text: str) -> re.Match[str] | None:
    """ "Le Monde with AFP", "By Euronews with Reuters"; not a label's words with
    an agency ("Exclusive Interview with Reuters")."""
    found = _WITH_AGENCY.match(_CREDIT_LABEL.sub("", text))
    return found if found and not interface(found.group("names").split(" ")[0]) else None


_A_CITY = re.compile(rf"(?i:{_CITIES})\b")


def name_before_date(leftover: list[str], line: str) -> str:
    """The name a date line starts with ("Selin Karaca |26.11.2019", "By Jane
    Doe on March 14, 2022"), if its words besides the date make one; not the
    place it was filed from ("Washington, United States ● Tue, …")."""
    name = " ".join(leftover)
    start = re.sub(r"^(?:by|yazan|автор:?)\s+", "", line.strip(), flags=re.I)
    return name if is_bare_name(name) and start.startswith(leftover[0]) and \
        not _A_CITY.match(name) else ""


def copyright_holder(line: str) -> str:
    """ "© TASS 2021" -> "TASS"; "© АО «Коммерсантъ», 1991–2022." -> "Коммерсантъ"."""
    match = _COPYRIGHT.search(line)
    if not match:
        return ""
    holder = _LEGAL_FORM.sub("", match.group("holder").strip(" ,.-–—"))
    holder = holder.strip("«»\"“” ")
    if _RIGHTS.match(holder):  # "© 2019 - Tüm hakları saklıdır": no holder named
        return ""
    return holder if 1 < len(holder) <= 40 and not holder[0].isdigit() else ""


def names_of(byline: str) -> frozenset[str]:
    """A byline as a set of names, case and punctuation folded: "Laura Keane
    and Omer Tan" and "Laura Keane; Omer Tan" are the same writers."""
    parts = re.split(r"\s*(?:,|;|&|\band\b|\bve\b|\bи\b)\s*", byline.casefold())
    return frozenset(re.sub(r"[^\w\s]", "", p).strip() for p in parts if re.sub(r"\W", "", p))
