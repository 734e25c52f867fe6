"""The words of news pages in the languages the dossier holds (English,
Turkish, Russian): months, weekdays, the labels around dates and bylines,
and the chrome that outlets print around an article. Data only; the rules
that use it live beside it.
"""

from __future__ import annotations

import re

from ...model.datelines import MONTH, MONTH_FORMS
from ...model.text import UP

__all__ = ["MONTH", "MONTH_FORMS"]  # the months are the dateline's: one table for both

def split_words(words: str) -> tuple[str, ...]:
    return tuple(words.split())


# Each month's stem in each language; Russian May ("мая", "май") has two letters.
_MONTH_STEMS = {stem: n for row in ("jan feb mar apr may jun jul aug sep oct nov dec",
                                    "oca şub mar nis may haz tem ağu eyl eki kas ara",
                                    "янв фев мар апр ма июн июл авг сен окт ноя дек")
                for n, stem in enumerate(row.split(), start=1)}


def month_number(word: str) -> int:
    """ "AUG", "августа", "Ağustos" -> 8."""
    lowered = word.lower().replace("i̇", "i")  # "NİSAN" lowers to a dotted i
    return _MONTH_STEMS.get(lowered[:3]) or _MONTH_STEMS[lowered[:2]]


WEEKDAYS = split_words(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mon Tue Tues Wed Thu Thur Thurs "
    "Fri Sat Sun Pazartesi Salı Çarşamba Perşembe Cuma Cumartesi Pazar "
    "понедельник вторник среда четверг пятница суббота воскресенье пн вт ср чт пт сб вс")
WEEKDAY = r"\b(?:" + "|".join(sorted(WEEKDAYS, key=len, reverse=True)) + r")\b\.?"

# Words that label a date or a credit rather than carry content.
LABEL_WORDS = frozenset(split_words(
    "published updated update posted last on at date source editor created modified by "
    "güncelleme güncellendi tarihi oluşturulma giriş yayınlanma yayın son kaynak "
    "обновлено опубликовано дата газета от стр выпуск источник issue page "
    "haber время публикации последнее обновление"))
# The time zones pages print after a time ("19:32 IST"): never a name's word.
TIME_ZONES = (r"(?:GMT|UTC|MSK|TSİ|TSI|EST|EDT|CET|CEST|BST|IST|PKT|GST|EET|EEST|AEST|AEDT|"
              r"PST|PDT)")
# A label that makes the date after it a revision, not the publication.
_UPDATED = r"updated?|modified|güncelle\w*|обновлен\w*"
UPDATE_LABEL = re.compile(_UPDATED, re.I)
# A label that makes the date after it the publication's: it wins over a
# date the page prints unlabelled (a site banner's "2 Ocak 2018 Salı").
_PUBLISHED = (r"published|posted|yayınlan\w*|yayın tarihi|(?:haber\s+)?giriş(?:\s+tarihi)?|"
              r"oluşturulma|опубликован\w*")
PUBLISHED_LABEL = re.compile(rf"{_PUBLISHED}|(?:дата|время) публикации", re.I)
# "Updated 4 years ago", "Published 2 hours ago": a stamp with no date in it.
RELATIVE_STAMP = re.compile(rf"^(?:{_UPDATED}|{_PUBLISHED})\b.*\b(?:ago|önce|назад)$", re.I)

# A credit for the text from an agency: "Kaynak: AA", "Source: Xinhua".
SOURCE_CREDIT = re.compile(r"^(?:kaynak|source|источник)\s*[:>]\s*(?P<agency>[^:|>]{1,40}?)\s*$",
                           re.I)  # "Source: Xinhua", "Source > Reuters - AFP"

# Lines that end the article and open the page's boxes of links: a box
# heading alone, or a list of tags on its line. Text after one is chrome
# unless the article plainly goes on (see layout.py).
BOX_HEADINGS = re.compile(
    r"^(?:read (?:also|more|next)|also read|read more about|related(?: news| stories| articles|"
    r" coverage)?|more (?:in|from|on) [\w ]{1,30}|more stories|recommended|you may also like|"
    r"most (?:read|viewed|popular)|top stories|(?:top )?trending(?: now| topics)?|"
    r"editor'?s choice|explore \w+|latest news|"
    r"check also|ilgili haberler|benzer haberler|(?:kategorinin\s+)?diğer haberler(?:i)?|"
    r"читайте также|новости по теме|другие новости раздела|лента новостей|"
    r"по теме|главное за день|watch now|video\s+\d{1,2}:\d\d)\s*:?$", re.I)
# Tags close an article: what follows them is the page's, never the text's.
TAG_HEADINGS = re.compile(r"^(?:tags|topics|keywords|filed under|explore more on these topics|"
                          r"more about|related topics|ilgili konular|"
                          r"etiketler|anahtar kelimeler|теги|метки|темы)\s*:?$", re.I)
TAG_LIST = re.compile(r"^(?:tags|topics|keywords|etiketler|теги)\s*:\s*\S", re.I)
# Reader comments: nothing after them is the article's.
COMMENTS = re.compile(
    r"^(?:\d+\s+comments?|comments?(?:\s*\(?\d+\)?)?|leave a (?:comment|reply)|view all comments|"
    r"add (?:a )?comment|share or comment on this article|"
    r"(?:show|hide|view|load) comments|"
    r"your comment|post comment|notify of|yorumlar(?:\s*\(\d+\))?|yorum yap\w*|"
    r"комментарии(?:\s*\(\d+\))?|обсудить|чтобы оставить комментарий.*)\s*:?$", re.I)

# A news list's time stamp alone ("вчера", "2 hours ago"): a feed's, beside
# its headlines, never the article's date; it ends the run of the headline.
FEED_TIME = re.compile(
    r"^(?:yesterday|today|\d+\s+(?:minutes?|mins?|hours?|hrs?|days?)\s+ago|an?\s+(?:hour|day)\s+ago|"
    r"dün|bugün|\d+\s+(?:dakika|saat|gün)\s+önce|вчера|сегодня|позавчера|"
    r"(?:\d+|один|два|три|четыре|пять)\s+(?:минут\w*|час\w*|дн\w*|день)\s+назад)$", re.I)
# A line of four or more short labels: a page's categories ("Europe & Russia,
# News, Russia, Turkey, US"), not a headline.
_LABEL = rf"[{UP}][\w&'’ .-]{{0,24}}"
CATEGORIES = re.compile(rf"^{_LABEL}(?:,\s*{_LABEL}){{3,}}$")
# A banner of the whole site, with its own date: not the report's ("Today's
# Paper | November 15, 2021").
SITE_BANNER = re.compile(r"^(?:today['’]?s paper|e-paper|bugünkü gazete|свежий номер)\b", re.I)
# One whole line of chrome, and why it goes.
CHROME_LINES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("share widget", re.compile(
        r"^(?:(?:share(?: this(?: article| story| page| post)?| article)?(?: on \w+| via \w+)?|"
        r"social sharing|"
        r"tweet|e-?mail|"
        r"print|copy(?: link)?|link copied|facebook|twitter|x|whatsapp|telegram|linkedin|"
        r"reddit|flipboard|vk|вконтакте|одноклассники|поделиться|печать|(?:bu\s+)?(?:haberi\s+)?paylaş|"
        r"tweetle|save|count|"
        r"yazdır|e-posta|bağlantıyı kopyala|linki kopyala)\s*:?\s*[|·•]?\s*)+$", re.I)),
    ("key points box", re.compile(r"^(?:key points|key takeaways|highlights|in brief)$", re.I)),
    ("read-on prompt", re.compile(r"^(?:story continues(?: below)?|article continues below|"
                                  r"continue reading)$", re.I)),
    ("navigation", re.compile(
        r"^(?:(?:home|ana sayfa|главная)\s*[/›>»|].{1,60}|"
        r"skip to (?:the )?(?:main )?(?:content|navigation|site index)|menu|main menu|"
        r"search|sign in|log ?in|register|sign up|toggle navigation|back to top|close|home|"
        r"all news|latest|"
        r"trending|most popular|photo gallery|video|videos|"
        r"giriş yap|üye ol|ara|ana sayfa|son dakika|tüm haberler|daha fazla|öne çıkanlar|"
        r"(?:foto|video)?\s?galeri|"
        r"поиск|войти|главная|все новости|популярное|самое читаемое|видео|фотогалерея|"
        # possessive: a long menu line is read in one pass, not tried every way
        r"[\w ]{1,30}+(?:\s*+[/›>»|]\s*+[\w ]{1,30}+){2,}+|"
        r"[\w ]{1,30}+[›>]\s*+[\w ]{1,30}+)\s*$", re.I)),  # a breadcrumb: "Gazete > Dünya"
    ("reading time", re.compile(r"^[•·]?\s*\d+\s*(?:minutes?|mins?|dk|dakika)\.?\s*(?:read|okuma)"
                                r"(?:\s*süresi)?$|^время чтения", re.I)),
    ("view count", re.compile(r"^[•\s]*[\d,.]+(?:\s\d{3})*\s*"  # "1 614"
                              r"(?:views?|reads?|shares?|okunma|просмотр\w*)?\s*$", re.I)),
    ("donation widget", re.compile(r"^(?:[$€£]\s*[\d.,]+|[\d.,]+\s*[$€£])\s*$")),
    ("support box", re.compile(r"^(?:support|donate|donate to|become a patron|contribute)"
                               r"\b.{0,40}$|^continue$", re.I)),
    ("subscription prompt", re.compile(
        r"^(?:subscribe|sign up for|get our newsletter|get unlimited access|follow us on|"
        r"abone ol|google haberlere abone ol|bültenimize|bizi takip edin|google news'?te takip|"
        r"подписывайтесь|подпишитесь|читайте нас в)\b|"
        r"\bfor free$|\bin your inbox$", re.I)),
    ("advertisement", re.compile(r"^(?:advertisement|sponsored|ad|reklam|sponsorlu|реклама|"
                                 r"haberin devamı|continue reading(?: below)?|"
                                 r"scroll to continue with content)\s*$", re.I)),
    ("audio player", re.compile(r"^(?:listen to (?:this )?(?:article|story)|haberi dinle|"
                                r"слушать(?: новость| статью)?)\b.{0,20}$", re.I)),
    ("text size buttons", re.compile(r"^(?:a\s*[-+]?\s*){2,}$|^a\s*[-+]$|^(?:yazı boyutu|"
                                     r"metin boyutu|font size|text size|размер шрифта)\b",
                                     re.I)),
    # A weather widget in the site's header: "İzmir 16°C Parçalı Bulutlu".
    ("weather", re.compile(r"^(?:[A-ZÇĞİÖŞÜА-ЯЁ][\w'’-]*\s+){0,2}-?\d{1,2}\s?°\s?[CF]?\b"
                           r"[^\d°.]{0,30}$")),
    ("photo label", re.compile(r"^(?:image|photo|picture|görsel|fotoğraf|фото)\s*$", re.I)),
    # The notice Russian law makes a "foreign agent" outlet print above its reports.
    ("foreign agent notice", re.compile(r"^(?:(?:данное\s+)?сообщение\s+(?:подготовлено|создано)|"
                                        r"(?:настоящий|данный)\s+материал)\b.*"
                                        r"иностранн\w+\s+(?:агент|средств)", re.I)),
    ("related link", re.compile(
        r"^(?:(?:related|read more|more|по теме)\s*:|read also\b|also read\b|see also\b|"
        r"ayrıca (?:bakınız|okuyun)\b|ilgili haber\b|читайте также\b|см\. также\b)"
        r"\s*:?\s*\S.{0,150}$", re.I)),
    ("app or feed prompt", re.compile(r"\b(?:mobil uygulamas\w+|download (?:our|the) app|"
                                      r"в telegram)\b", re.I)),
    ("cookie notice", re.compile(
        r"\b(?:we use cookies|(?:site|website) uses cookies|используем (?:файлы )?cookie|"
        r"çerez\w*\s+(?:kullan|yer ver)|çerez politika)|^(?:accept(?: all)?(?: cookies)?|"
        r"got it|понятно|принять|kabul et(?:iyorum)?|tamam)\s*$", re.I)),
    ("follow button", re.compile(r"^(?:follow|takip et|подписаться)\s*$", re.I)),
    ("site links", re.compile(r"^(?:about(?: us)?|contact(?: us)?|privacy(?: policy)?|"
                              r"cookie policy|terms of (?:use|service)|advertise|careers|"
                              r"submit (?:a )?correction|view editorial guidelines|"
                              r"request reprint(?: & licensing)?|short url|short link|"
                              r"hakkımızda|iletişim|künye|gizlilik(?: politikası)?|"
                              r"çerez politikası|kullanım koşulları|о нас|контакты|"
                              r"политика конфиденциальности|пользовательское соглашение)\s*$",
                              re.I)),
    ("age label", re.compile(r"^this article is more than \d+ (?:years?|months?) old$", re.I)),
)

# A copyright notice: a year, or the words that reserve the rights.
COPYRIGHT = re.compile(
    r"^(?:©|\(c\)\s|copyright\b).*\b(?:19|20)\d\d\b|all rights reserved|tüm hakları saklıdır|"
    r"her hakkı saklıdır|все права защищены|без письменного разрешения", re.I)

# The agencies a photo is credited to "via" or after a slash.
_PHOTO_AGENCY = (r"(?:Associated\s+Press|Canadian\s+Press|AP|AFP|Reuters|EPA|Getty\s+Images|TASS|"
                 r"Sputnik|AA|DHA|İHA)")
# Photo credits, as a line of their own or at the end of a caption.
CREDIT_LINE = re.compile(
    r"^(?:©\s*\S|photo\s*:|photos\s*:|image\s*:|picture\s*:|credit\s*(?::|\.\.\.|…)|"
    r"image credit\s*:|telif hakkı\s|"
    r"file photo\b|fotoğraf\s*:|foto\s*:|фото\s*:|источник фото|click to (?:see|enlarge)|"
    r"in this (?:\w+ )?(?:photo|image|picture)\b|"
    r"[A-Z]{2,5} PHOTO\b|#+\s*\*\*[^*]{0,40}\*\*\s*$)", re.I)
CREDIT_END = re.compile(
    r"(?:\((?:[^()]*\bvia\s+\w+|[^()]*\bphoto\b[^()]*|fotoğraf\s*:[^()]*|фото\s*:[^()]*|"
    r"[A-Z]{2,6} Photo|arşiv|архив|file(?: photo)?|representational(?: image)?)\)|"
    r"\b(?:REUTERS|AFP|EPA|AP|TASS|ТАСС|Sputnik|AA)/[^\s/]+(?:\s[^\s/]+)?(?:/[^/]+)?|"
    r"/\s?(?:TASS|ТАСС|Reuters|AFP|AP|EPA|Sputnik|AA|DHA)\)?|/\s?«[^»]{2,40}»|"
    r"\b(?:\w+\s)?photo/[^\s/]+(?:\s[^\s/]+)?|getty images\)?|©\s*[^©]{1,60}|"
    r"\.\s+(?:[\w-]+\.(?:ru|com|org|net|tr|gov)|архивное фото|arşiv)|"
    r"\|\s*(?:AFP|Reuters|AP|EPA|Kyodo|JIJI|Bloomberg|Getty)(?:-\w+)?|"
    rf"\bvia\s+{_PHOTO_AGENCY}|"
    r"\b(?:hide|toggle|show)\s+caption|"  # "Defense Ministry via AP hide caption"
    # "… image. Credit: Reuters Photo", "| Credit: U.S. Navy", "(Credit: Kremlin.ru)"
    r"(?:\.\s+|[|(]\s*)(?:image\s+|photo\s+)?credits?\s*:\s*(?-i:[A-Z])[^:()]{1,40}\)?|"
    rf"\([^()/]{{2,60}}/(?:The\s+)?{_PHOTO_AGENCY}\)|"  # "(Ministry/The AP)"
    rf"\({_PHOTO_AGENCY}\s*:\s*[^():]{{2,40}}\))\s*$", re.I)  # "(Reuters: Photographer)"

# Credits at the foot of an article: meta, not text.
CREDITS = re.compile(
    r"^(?:reporting by|additional reporting by|writing by|editing by|compiled by|"
    r"haber(?:i)?\s*:|editör\s*:|автор\s*:|текст\s*:)|"
    r"\bcontributed to this report\.?$|^[\w .'’-]{1,40} reported from [\w ]{1,30}\.$", re.I)
REPORTING_BY = re.compile(r"^(?:additional )?reporting by\s+(?P<names>[^;]+)", re.I)
