"""The words of dates in each language the machine reads, as tables (the
grammar that reads them is `date_grammar.py`).

Month and weekday names come from CLDR through babel: English as Python's
`calendar` has always given them; Turkish (Ocak ... Aralık, Pazartesi ...)
and Russian in the forms CLDR keeps, the nominative ("декабрь", "среда")
and the genitive of a day's date ("23 августа"). Two Russian forms CLDR does
not keep are made by our rule from the nominative: the prepositional of a
month ("в декабре", "в мае") and the accusative of a weekday ("в среду",
"в пятницу"). Relative words ("geçen yıl", "в прошлом году") are our own
table: no library keeps them with their meaning.
"""

from __future__ import annotations

from ...model.vocabulary import Language

Step = tuple[str, int]  # ("year", -1): last year

# A part of a month counted from the report's is that month: "by the end of
# the month", "ay sonunda", "в начале месяца". Turkish puts the part last.
_MONTH_PARTS: dict[Language, tuple[list[str], dict[str, int]]] = {
    "en": (["end of", "beginning of", "start of", "middle of"],
           {"the month": 0, "this month": 0, "next month": 1, "last month": -1}),
    # ("iki ay sonunda" is "after two months": Turkish only with the genitive "ayın")
    "tr": (["sonu", "başı", "ortası"], {"ayın": 0, "bu ayın": 0, "gelecek ayın": 1,
                                        "önümüzdeki ayın": 1, "geçen ayın": -1}),
    "ru": (["в начале", "в конце", "в середине", "до конца", "к концу", "с начала"],
           {"месяца": 0, "этого месяца": 0, "текущего месяца": 0, "прошлого месяца": -1,
            "следующего месяца": 1}),
}


# "The month" with no word that counts it: after a month its sentence named,
# that month ("signed in March and delivered by the end of the month"); its
# unit says so.
_THE_MONTH: dict[Language, str] = {"en": "the month", "tr": "ayın", "ru": "месяца"}
OF_THE_MONTH = "month-of-the"


def _parts_of_month(language: Language) -> dict[str, Step]:
    parts, months = _MONTH_PARTS[language]
    return {(f"{month} {part}" if language == "tr" else f"{part} {month}"):
            (OF_THE_MONTH if month == _THE_MONTH[language] else "month", step)
            for part in parts for month, step in months.items()}


# Relative words: each phrase, in small letters, and what it counts from the report's date.
RELATIVE: dict[Language, dict[str, Step]] = {
    "en": {**{f"{rel} {unit}": (unit, step) for rel, step in (("last", -1), ("next", 1),
                                                              ("this", 0))
              for unit in ("year", "month", "week")},
           **{f"{rel} in the {unit}": (unit, 0) for rel in ("earlier", "later")
              for unit in ("year", "month")}, **_parts_of_month("en"),
           # the days of the report's week before it, or after it
           **{f"{rel} {the} week": (f"week-{rel}", 0) for rel in ("earlier", "later")
              for the in ("this", "in the")}},
    "tr": {**_parts_of_month("tr"), **{f"{rel} {unit}": (meaning, step)
           for rel, step in (("geçen", -1), ("geçtiğimiz", -1), ("gelecek", 1),
                             ("önümüzdeki", 1), ("bu", 0))
           for unit, meaning in (("yıl", "year"), ("sene", "year"), ("ay", "month"),
                                 ("hafta", "week"))}},
    "ru": {**_parts_of_month("ru"), **{f"в {rel} году": ("year", step) for rel, step in (
              ("прошлом", -1), ("следующем", 1), ("будущем", 1), ("этом", 0), ("текущем", 0))},
           **{f"в {rel} месяце": ("month", step) for rel, step in (
              ("прошлом", -1), ("следующем", 1), ("этом", 0))},
           **{f"на {rel} неделе": ("week", step) for rel, step in (
              ("прошлой", -1), ("следующей", 1), ("этой", 0))}},
}

# "before the end of the year", "yıl sonuna kadar", "до конца года": that
# year, no more precise than the words.
YEAR_END: dict[Language, dict[str, int]] = {
    "en": {f"end of {rel} year": step for rel, step in (
        ("the", 0), ("this", 0), ("next", 1), ("last", -1))},
    "tr": {**dict.fromkeys(("yıl sonu", "yıl sonuna", "yıl sonunda", "yılın sonunda",
                            "yılın sonuna", "bu yılın sonunda", "bu yılın sonuna",
                            "bu yıl sonunda", "bu yıl sonuna"), 0),
           **dict.fromkeys(("gelecek yılın sonunda", "gelecek yıl sonunda"), 1),
           **dict.fromkeys(("geçen yılın sonunda", "geçen yıl sonunda"), -1)},
    "ru": {**dict.fromkeys(("конца года", "конце года", "концу года", "конца этого года",
                            "конце этого года", "концу этого года", "конца текущего года",
                            "конце текущего года", "концу текущего года"), 0),
           **dict.fromkeys(("конца следующего года", "конце следующего года",
                            "концу следующего года"), 1),
           **dict.fromkeys(("конце прошлого года",), -1)},
}
# Seasons with their year, as the months they span: "in the summer of 2019",
# "2019 yazında", "летом 2019 года". (Winter spans two years: left out.)
SEASONS: dict[Language, dict[str, tuple[int, int]]] = {
    "en": {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11)},
    "tr": {"ilkbahar": (3, 5), "bahar": (3, 5), "yaz": (6, 8), "sonbahar": (9, 11)},
    "ru": {"весной": (3, 5), "летом": (6, 8), "осенью": (9, 11)},
}
SEASON = {"en": r"\b(?P<season>{seasons})\s+(?:of\s+)?{year}",
          "tr": r"\b{year}\s+(?P<season>{seasons})ı(?:nda|ndan|na)?(?!\w)",
          "ru": r"(?<!\w)(?P<season>{seasons})\s+{year}"}
# A season of a year counted from the report's: "the summer of last year",
# "летом прошлого года"; "last autumn" is the last one that has ended.
SEASON_OF = {"en": r"\b(?:(?P<season2>{seasons})\s+of\s+(?P<srel>last|this|next)\s+year|"
                   r"(?P<srel4>last|this|next)\s+(?P<season4>{seasons}))\b(?!(?<=fall)\s+(?:in|of)\b)",
             "ru": r"(?<!\w)(?P<season2>{seasons})\s+(?P<srel>прошлого|этого|текущего|"
                   r"следующего)\s+года(?!\w)",
             # "bu yaz", "geçen sonbaharda"; not "bu yazı" (this article)
             "tr": r"(?<!\w)(?P<srel4>bu|geçen|geçtiğimiz|gelecek|önümüzdeki)\s+"
                   r"(?P<season4>{seasons})(?:ın|da|dan|a)?(?!\w)"}
# A Russian season alone is the latest one (its adverb is unambiguous: "летом");
# an English one only as "in the spring" (not "in the fall of Kabul").
SEASON_ALONE = {"ru": r"(?<!\w)(?P<season3>{seasons})(?!\s+(?:\d|прошлого|этого|текущего|"
                      r"следующего))(?!\w)",
                "en": r"\bin\s+the\s+(?P<season3>{seasons})\b(?!\s+(?:of|from)\b|\s+\d)"}
SEASON_STEPS = {"last": -1, "this": 0, "next": 1,
                "прошлого": -1, "этого": 0, "текущего": 0, "следующего": 1,
                "geçen": -1, "geçtiğimiz": -1, "bu": 0, "gelecek": 1, "önümüzdeki": 1}
# Days of one month: "between October 13 and 16", "с 13 по 16 октября",
# "13-16 Ekim".
DAY_RANGE = {"en": r"\b(?:between|from)\s+(?P<m8>{month})\.?\s+(?P<d8>[0-3]?\d)(?:st|nd|rd|th)?"
                   r"\s+(?:and|to|until|through)\s+(?P<d8b>[0-3]?\d)(?:st|nd|rd|th)?"
                   r"(?:,?\s+{year})?\b",
             "ru": r"(?<!\w)с\s+(?P<d8>[0-3]?\d)\s+по\s+(?P<d8b>[0-3]?\d)\s+(?P<m8>{month})"
                   r"(?:\s+{year})?(?!\w)",
             "tr": r"\b(?P<d8>[0-3]?\d)\s*(?:[-–]|\s+ile\s+)\s*(?P<d8b>[0-3]?\d)\s+(?P<m8>{month})"
                   r"(?:\s+{year})?(?!\w)"}
# Months of one year: "July-September 2019", "between July and September
# 2019", "Temmuz-Eylül 2019", "в июле-сентябре 2019 года".
# (Not "from July to September 2019": a move from one month to another.)
MONTH_RANGE = {"en": r"\b(?:(?P<mgb>between)\s+)?(?P<mg1>{month})\.?"
                     r"(?(mgb)\s+and\s+|\s*[-–]\s*)(?P<mg2>{month})\.?,?\s+{year}",
               "tr": r"\b(?P<mg1>{month})\s*[-–]\s*(?P<mg2>{month})\s+{year}",
               "ru": r"(?<!\w)(?:(?:в|с)\s+)?(?P<mg1>{month})\s*[-–]\s*(?P<mg2>{month})\s+{year}"}
# A decade: "in the 1990s", "в 1990-е годы", "1990'larda".
DECADE = {"en": r"\b(?P<dec>(?:19|20)\d)0s\b",
          "ru": r"\b(?P<dec>(?:19|20)\d)0-(?:е|х)(?:\s+(?:годы|годах|годов))?(?!\w)",
          "tr": r"\b(?P<dec>(?:19|20)\d)0['’]l[ae]r\w*"}
# A quarter of a year, as the months it spans: "in the first quarter of 2020",
# "в первом квартале 2020 года", "2020'nin ilk çeyreğinde".
QUARTERS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
    "первом": 1, "втором": 2, "третьем": 3, "четвертом": 4, "четвёртом": 4,
    "ilk": 1, "birinci": 1, "ikinci": 2, "üçüncü": 3, "dördüncü": 4, "son": 4}
QUARTER = {"en": r"\b(?:the\s+)?(?P<qn>{quarters})\s+quarter\s+of\s+{year}",
           "ru": r"(?<!\w)в\s+(?P<qn>{quarters})\s+квартале\s+{year}",
           "tr": r"\b{year}['’]?\w*\s+(?P<qn>{quarters})\s+çeyre\w*"}
# A half of a year, as the months it spans: "the first half of 2020", "the
# second half of next year", "2020'nin ilk yarısında", "gelecek yılın ilk
# yarısında", "в первой половине 2020 года". A Russian "полугодие" (half-year)
# alone is read as a season alone ("в первом полугодии"); any other half
# alone may be a day's, a match's or a century's, so it wants its year.
HALVES: dict[str, int] = {
    "first": 1, "second": 2, "ilk": 1, "birinci": 1, "ikinci": 2,
    **dict.fromkeys(("первой", "первом", "первого", "первое"), 1),
    **dict.fromkeys(("второй", "втором", "второго", "второе"), 2)}
HALF = {"en": r"\b(?:the\s+)?(?P<hn>{halves})\s+half\s+of\s+(?:{year}|"
              r"(?P<hrel>(?:the|this|next|last)\s+year)\b)",
        "tr": r"(?<!\w)(?:{year}(?:['’]n?[ıiuü]n|n[ıi]n)|(?P<hrel>(?:bu|gelecek|önümüzdeki|geçen|"
              r"geçtiğimiz)\s+yılın))\s+(?P<hn>{halves})\s+yarı(?:s[ıi]\w*)?(?!\w)",
        "ru": r"(?<!\w)(?:(?:в|во|к|до|на|за)\s+)?(?P<hn>{halves})\s+(?:полугоди[еия]|половин[аеуы]"
              r"(?=\s+(?:(?:19|20)\d\d(?![\d-])|(?:прошлого|этого|текущего|следующего)\s+года)))"
              r"(?:\s+(?:{year}(?!-)|(?P<hrel>(?:прошлого|этого|текущего|следующего)\s+года)))?(?!\w)"}
# A half of a month, as the days it spans: "the first half of July", "Temmuz
# ayının ilk yarısında", "во второй половине марта 2019 года".
MONTH_HALF = {"en": r"\b(?:the\s+)?(?P<mhn>first|second)\s+half\s+of\s+(?P<mhm>{month})"
                    r"(?:,?\s+{year})?\b",
              "tr": r"\b(?P<mhm>{month})(?:\s+{year})?(?:\s+ayının|['’]n?[ıiuü]n)\s+"
                    r"(?P<mhn>ilk|birinci|ikinci)\s+yarı(?:s[ıi]\w*)?(?!\w)",
              "ru": r"(?<!\w)(?:(?:в|во|к|до)\s+)?(?P<mhn>первой|второй)\s+половин[аеуы]\s+"
                    r"(?P<mhm>{month})(?:\s+{year})?(?!\w)"}
# The weekend before the report: "over the weekend", "hafta sonu", "на выходных".
WEEKEND = {"en": r"\b(?:over|at|during|on)\s+the\s+weekend\b",
           "tr": r"(?<!\w)(?:geçen\s+)?hafta\s+sonu(?:nda)?(?!\w)",
           "ru": r"(?<!\w)(?:на|в)\s+(?:прошлых\s+)?выходных(?!\w)"}
# A month of the year the report last named, or that year: "in July of that
# year", "later that year", "the same year", "aynı yılın Temmuz ayında", "aynı
# yıl", "в июле того же года", "в том же году".
THAT_YEAR = {"en": r"\b(?:(?P<mt>{month})\s+of\s+(?:that|the\s+same)\s+year|"
                   r"(?P<ty>(?:(?:later|earlier)\s+)?(?:that|the\s+same)\s+year))\b",
             "tr": r"(?<!\w)(?:aynı\s+yıl(?:ın)?\s+(?P<mt>{month})(?:\s+ay(?:ında|ı))?|"
                   r"(?P<ty>aynı\s+yıl)(?:da|ı|ın)?)(?!\w)",
             "ru": r"(?<!\w)(?:(?:в|во)\s+(?P<mt>{month})\s+того\s+же\s+года|"
                   r"(?P<ty>в\s+том\s+же\s+году))(?!\w)"}
# A part of a month is the month: "в конце сентября", "Eylül sonunda".
MONTH_PART = {"ru": r"(?<!\w)(?:в|к)\s+(?:начале|середине|конце)\s+",
              "tr": r"(?:['’]\w\w?\w?)?\s+(?:başında|ortasında|sonunda|sonuna)"}
# A year counted from the report's, after a month: "in July last year",
# "в декабре прошлого года".
YEAR_AFTER_MONTH: dict[Language, dict[str, int]] = {
    "en": {"last year": -1, "next year": 1, "this year": 0,
           "of last year": -1, "of next year": 1, "of this year": 0},
    "tr": {},
    "ru": {"прошлого года": -1, "следующего года": 1, "этого года": 0, "текущего года": 0},
}
# Russian "накануне" alone is the day before ("Трамп накануне назвал", "Накануне
# глава МИД"); before an occasion it is "on the eve of" it ("накануне визита",
# "накануне официальной встречи"), no date.
_EVE_OF = (r"(?:\w+(?:ого|его|ой|ей|ых|их)\s+)?(?:визит|встреч|саммит|переговор|выбор|праздник|"
           r"заседани|голосовани|поездк|форум|годовщин|открыти|начал|вступлени|подписани|"
           r"референдум|нового\s+года|дня)\w*")
YESTERDAY: dict[Language, str] = {
    "en": "yesterday", "tr": "dün", "ru": rf"вчера|накануне(?!\s+{_EVE_OF})"}
# The report's own day, where the word is not also a figure of speech or a
# name: English "today" is ("today's Turkey"), Russian "сегодня" too («Россия
# сегодня»); Turkish news writes "bugün" for the day (not "bugüne kadar").
TODAY: dict[Language, str] = {"tr": r"bugün|bu sabah|bu akşam"}
# Turkish puts a counted year before the month: "geçen yıl Aralık ayında".
YEAR_BEFORE_MONTH: dict[Language, dict[str, int]] = {
    "tr": {f"{rel} {year}": step for rel, step in (("geçen", -1), ("geçtiğimiz", -1), ("bu", 0),
                                                   ("gelecek", 1), ("önümüzdeki", 1))
           for year in ("yıl", "yılın")}}
# "three years ago", "üç yıl önce", "три года назад": a count of units before
# the report's date. Counts as digits or as words; the unit's forms by language.
AGO_COUNTS: dict[Language, dict[str, int]] = {
    "en": {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "eight": 8, "nine": 9, "ten": 10},
    "tr": {"bir": 1, "iki": 2, "üç": 3, "dört": 4, "beş": 5, "altı": 6, "yedi": 7, "sekiz": 8,
           "dokuz": 9, "on": 10},
    "ru": {"один": 1, "одна": 1, "два": 2, "две": 2, "три": 3, "четыре": 4, "пять": 5,
           "шесть": 6, "семь": 7, "восемь": 8, "девять": 9, "десять": 10},
}
AGO_UNITS: dict[Language, dict[str, str]] = {
    "en": {f"{unit}{s}": unit for unit in ("year", "month", "week", "day") for s in ("", "s")},
    "tr": {"yıl": "year", "sene": "year", "ay": "month", "hafta": "week", "gün": "day"},
    "ru": {**dict.fromkeys(("год", "года", "лет"), "year"),
           **dict.fromkeys(("месяц", "месяца", "месяцев"), "month"),
           **dict.fromkeys(("неделю", "недели", "недель"), "week"),
           **dict.fromkeys(("день", "дня", "дней"), "day")},
}
AGO = {"en": r"{count}\s+{unit}\s+ago", "tr": r"{count}\s+{unit}\s+önce",
       "ru": r"(?:{count}\s+)?{unit}\s+назад"}
# Dates counted from the date the report gave before them, not from its own:
# "three days later", "the next day", "iki gün sonra", "ertesi gün", "через
# неделю", "на следующий день"; "that same month", "aynı ay", "в том же месяце";
# "later that day", "aynı gün", "в тот же день".
# "…, a day after Washington imposed sanctions": the day of what comes after
# "after", one before its sentence's date; "a week before the vote": one after.
LATER = {"en": r"\b(?:{count}\s+{unit}\s+(?P<latd>later|earlier|after|before)|"
               r"the\s+(?:next|following)\s+(?P<latday>day))\b",
         "tr": r"(?<!\w)(?:{count}\s+{unit}\s+sonra|ertesi\s+(?P<latday>gün)(?:ü)?)(?!\w)",
         "ru": r"(?<!\w)(?:через\s+(?:{count}\s+)?{unit}|на\s+следующий\s+(?P<latday>день))(?!\w)"}
COUNTS_BACK = ("earlier", "after")  # the words of LATER that count back from their date
BESIDE = ("after", "before")  # those that count from their own sentence's date
SAME_MONTH = {"en": r"\b(?:(?:that|the)\s+same|(?:later|earlier)\s+that|that)\s+month\b"
                    r"(?![\s-]+(?:after|long|by))",
              "tr": r"(?<!\w)aynı\s+ay(?:da|\s+içinde)?(?!\w)",
              "ru": r"(?<!\w)в\s+том\s+же\s+месяце(?!\w)"}
SAME_DAY = {"en": r"\b(?:(?:that|the)\s+same\s+day|(?:later|earlier)\s+(?:that|in\s+the)\s+"
                  r"(?:day|morning|afternoon|evening|night))\b",
            "tr": r"(?<!\w)aynı\s+gün(?:de|ün|ü)?(?!\w)",
            "ru": r"(?<!\w)в\s+тот\s+же\s+день(?!\w)"}
# "last Friday", "geçen cuma", "в прошлую пятницу": the one before the report's day.
LAST_WEEKDAY = {"en": r"last\s+", "tr": r"geçen\s+", "ru": r"в\s+прошл(?:ую|ый|ое)\s+"}
# Words before a weekday or month that make it a date, not another word.
WEEKDAY_BEFORE = {"ru": r"(?:в|во)\s+"}
WEEKDAY_AFTER = {"tr": r"(?:\s+(?:günü|sabahı|akşamı|gecesi|öğleden\s+sonra))?"}
# A month with its year, or alone where a word says it is the month: "Haziran
# ayında" (in the month of June), "haziranda" (in June), "в октябре".
MONTH_ALONE = {
    # "2015 yılının Kasım ayında", "2020 Nisan'ında": the year's month
    "tr": r"\b(?P<y9>(?:19|20)\d\d)(?:\s+yılı(?:nın)?\s+(?:(?P<d9>[0-3]?\d)\s+)?|\s+)"
          r"(?P<m6>{month})(?:\s+ay(?:ında|ı|ının)|['’]\w+)?(?!\w)|"
          r"\b(?P<m3>{month})(?:\s+{year}|(?=\s+ay(?:ında|ı|ının)\b|['’]?(?:da|de|ta|te)\b|"
          + MONTH_PART["tr"] + "))",
    "ru": r"(?:\b(?:в|во|к|до)\s+)?(?P<m3>{month})\s+{year}|"
          r"\b(?:в|во|к|до)\s+(?P<m4>(?-i:{month}))(?!\w)|"  # not "к Марте Ивановой"
          + MONTH_PART["ru"] + r"(?P<m5>{any_month})(?:\s+{year5})?(?!\w)",
}
YEAR_WORDS = {"tr": r"(?:\s+yılında|\s+yılı)?",
              "ru": r"(?:-(?:м|го|й|х))?(?:\s+(?:года|году|г\.))?", "en": ""}
# Turkish weekdays that are also common words (Friday prayers, the market):
# a date only with "günü" (day).
TURKISH_WEEKDAY_WORDS = frozenset({"cuma", "pazar"})
