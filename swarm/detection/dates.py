"""Find day references in folded text and resolve them to UTC dates (docs/labels.md).

- Explicit dates ("March 20", "20th March 2026", "2026-03-20", "3/20") give that day; a missing
  year is the one that puts the day nearest to publication.
- "tomorrow" +1, "yesterday" -1, a weekday name or "next <weekday>" the next such day after
  publication, "in two weeks" +14, "in 3 days" +3.
- "today", "tonight", "now" give the publication day.
- A time with a zone near a day ("23:00 KST", "9am ET", "UTC+9") converts it to UTC.
- Vague references ("Q3", "in September", "soon", "next week") are hits with no date.
- Days and clocks in other languages: "26 de mayo", "17. Februar", "1 сентября", "4月2日",
  "2026년 3월 11일", "ngày 2/4" (day first); "23時（日本時間）", "16 Uhr MESZ" in local time.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from operator import attrgetter
from typing import NamedTuple

from swarm.detection.folding import has_any
from swarm.detection.gates import Branches

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
WEEKDAYS = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
NUMBERS = {
    "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10,
}  # fmt: skip
# Fixed offsets in hours; "et"/"pt" follow US daylight saving (see _us_offset).
ZONES = {
    "utc": 0.0, "gmt": 0.0, "z": 0.0, "kst": 9.0, "jst": 9.0, "sgt": 8.0, "hkt": 8.0,
    "cet": 1.0, "cest": 2.0, "bst": 1.0, "ist": 5.5, "msk": 3.0, "wib": 7.0, "ict": 7.0,
    "wita": 8.0,  # central Indonesia (Bali, Makassar)
    "aest": 10.0, "aedt": 11.0, "acst": 9.5, "acdt": 10.5, "awst": 8.0, "nzst": 12.0,
    "nzdt": 13.0, "est": -5.0, "edt": -4.0, "cdt": -5.0, "pst": -8.0, "pdt": -7.0,
    "mst": -7.0, "mdt": -6.0,
    # Turkey (TSİ, Türkiye saati; TRT) and Brasília (BRT) keep no daylight saving
    "tsi": 3.0, "trt": 3.0, "brt": -3.0,
    # the Gulf (GST) and eastern Europe
    "gst": 4.0, "eet": 2.0, "eest": 3.0,
    # West and East Africa, the Philippines
    "wat": 1.0, "eat": 3.0, "pht": 8.0,
}  # fmt: skip
US_STANDARD = {"et": -5.0, "pt": -8.0, "ct": -6.0}
ZONE_NAMES = {"eastern": "et", "pacific": "pt"}  # "8 p.m. Eastern"
FEW = {"a few": 3, "a couple of": 2}  # "in a few hours"
HALF_YEAR_DAYS = 183
MAX_HITS = 256  # day references kept per text (bounds the work on pathological texts)
WEEKDAY_GAP = 3  # a weekday this close before an explicit date is part of it
# a day written with its weekday before it: "Wednesday, April 8", "Wed. 8 April"
_WEEKDAY_BEFORE = re.compile(r"\b(?P<wd>mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+(?:the\s+)?$")

# the same days in Chinese, Japanese, Korean and Thai: "今晚上线", "明日開始", "오늘 오후 3시"
CJK_DAY_WORDS = {
    "今日": "today", "今天": "today", "本日": "today", "今晚": "tonight", "明日": "tomorrow",
    "明天": "tomorrow", "昨日": "yesterday", "昨天": "yesterday", "오늘": "today",
    "내일": "tomorrow", "어제": "yesterday",
    # ... and Thai, also written without spaces between words: "ตั้งแต่เวลา 21:00 น. ... วันนี้"
    "วันนี้": "today", "คืนนี้": "tonight", "พรุ่งนี้": "tomorrow", "เมื่อวาน": "yesterday",
}  # fmt: skip
# ... and in the other languages of the crypto press ("mañana", "amanhã", "morgen", "yarın",
# "ngày mai"): whole words, read by the pattern of its own (_RELATIVE_INTL)
FOREIGN_DAY_WORDS = {
    "mañana": "tomorrow", "amanhã": "tomorrow", "morgen": "tomorrow", "demain": "tomorrow",
    "domani": "tomorrow", "yarın": "tomorrow", "ngày mai": "tomorrow", "завтра": "tomorrow",
    "hoy": "today", "hoje": "today", "heute": "today", "aujourd'hui": "today", "oggi": "today",
    "bugün": "today", "hôm nay": "today", "сегодня": "today", "besok": "tomorrow",
    "hari ini": "today", "kemarin": "yesterday",
    "tối nay": "tonight", "đêm nay": "tonight", "esta noche": "tonight", "esta noite": "tonight",
    "ce soir": "tonight", "heute abend": "tonight", "stasera": "tonight", "bu akşam": "tonight",
    "malam ini": "tonight",
    "ayer": "yesterday", "ontem": "yesterday", "gestern": "yesterday", "hier": "yesterday",
    "ieri": "yesterday", "dün": "yesterday", "hôm qua": "yesterday", "вчера": "yesterday",
    # ... Arabic, Ukrainian, Polish, Dutch ("انطلق أمس البيع العام": the public sale began
    # yesterday)
    "أمس": "yesterday", "اليوم": "today", "غدا": "tomorrow", "غداً": "tomorrow",
    "вчора": "yesterday", "сьогодні": "today", "wczoraj": "yesterday", "dzisiaj": "today",
    "jutro": "tomorrow", "gisteren": "yesterday", "vandaag": "today", "dziś": "today",
    # ... Hebrew, Greek, Persian, Czech, Romanian, Hungarian, Bengali, Malay, Swahili ("VOYG
    # יהפוך לניתן להעברה מחר": becomes transferable tomorrow)
    "מחר": "tomorrow", "היום": "today", "אתמול": "yesterday", "הערב": "tonight",
    "αύριο": "tomorrow", "σήμερα": "today", "χθες": "yesterday", "απόψε": "tonight",
    "فردا": "tomorrow", "امروز": "today", "دیروز": "yesterday", "امشب": "tonight",
    "zítra": "tomorrow", "dnes": "today", "včera": "yesterday",
    "mâine": "tomorrow", "astăzi": "today", "holnap": "tomorrow", "tegnap": "yesterday",
    "আগামীকাল": "tomorrow", "গতকাল": "yesterday", "esok": "tomorrow", "kesho": "tomorrow",
    # ... and more of them: Finnish, Estonian, Latvian, Lithuanian, Bulgarian, Serbian, Croatian,
    # Slovenian, Slovak, Danish, Norwegian, Georgian, Uzbek, Azerbaijani, Urdu, Tamil
    "huomenna": "tomorrow", "tänään": "today", "täna": "today",
    "rīt": "tomorrow", "šodien": "today", "rytoj": "tomorrow", "šiandien": "today",
    "утре": "tomorrow", "днес": "today", "danas": "today", "jutri": "tomorrow",
    "zajtra": "tomorrow", "i morgen": "tomorrow", "i dag": "today",
    "ხვალ": "tomorrow", "დღეს": "today", "ertaga": "tomorrow", "bugun": "today",
    "bu gün": "today", "آج": "today", "நாளை": "tomorrow",
    # ... Tagalog: "Binuksan na ngayong araw ... ang pag-claim" (opened today), "ngayong gabi"
    # (tonight), "kahapon" (yesterday); not "bukas", also "open"
    "ngayong araw": "today", "ngayong gabi": "tonight", "kahapon": "yesterday",
    # ... Nepali, Sinhala, Burmese: "हिजो मंगलबार" (yesterday, Tuesday), "भोलि", "හෙට",
    # "မနက်ဖြန်" (tomorrow); not Hindi's and Nepali's "आज" (today), which as often dates a step
    # ("डिपॉज़िट आज से खुले हैं": deposits open from today)
    "हिजो": "yesterday", "भोलि": "tomorrow", "पर्सि": "overmorrow",
    # ... Hausa, Kazakh, Estonian, Croatian and Serbian, Armenian, Mongolian, Malay, Finnish,
    # Lithuanian, Latvian, Georgian, Persian, Swahili ("gobe" tomorrow, "jibi" the day after,
    # "jiya", Swahili "jana" and Azerbaijani "dünən" yesterday; not Azerbaijani "sabah", also
    # Turkish "morning", nor Estonian "homme" and Malay "lusa", also French "man" and the
    # Portuguese news agency)
    "gobe": "tomorrow", "jibi": "overmorrow", "jana": "yesterday", "jiya": "yesterday",
    "dünən": "yesterday",
    "ертең": "tomorrow", "бүгін": "today",
    "ülehomme": "overmorrow", "sutra": "tomorrow",
    "prekosutra": "overmorrow", "сутра": "tomorrow", "վաղը": "tomorrow", "маргааш": "tomorrow",
    "ylihuomenna": "overmorrow", "poryt": "overmorrow",
    "parīt": "overmorrow", "ზეგ": "overmorrow", "پس‌فردا": "overmorrow",
    "හෙට": "tomorrow", "අද": "today", "ඊයේ": "yesterday", "မနက်ဖြန်": "tomorrow",
    "ថ្ងៃស្អែក": "tomorrow",  # (Khmer)
    # ... Albanian and Icelandic ("nesër", "á morgun" tomorrow; "í kvöld" tonight; "í gær"
    # yesterday; not Albanian "sot", also French "foolish")
    "nesër": "tomorrow", "pasnesër": "overmorrow", "á morgun": "tomorrow", "í dag": "today",
    "í kvöld": "tonight", "í gær": "yesterday",
    # two days and one or two weeks on ("pasado mañana", "через неделю", "in zwei Wochen")
    "pasado mañana": "overmorrow", "depois de amanhã": "overmorrow", "après-demain": "overmorrow",
    "übermorgen": "overmorrow", "dopodomani": "overmorrow", "öbür gün": "overmorrow",
    "послезавтра": "overmorrow",
    # ... and in Greek, Tamil, Bengali, Czech, Romanian, Hungarian, Swahili and Hebrew
    # ("ανοίγει μεθαύριο, Τετάρτη", "நாளை மறுநாள், வெள்ளிக்கிழமை"; not Urdu "پرسوں" or Hindi
    # "परसों": the day after tomorrow and the day before yesterday alike)
    "μεθαύριο": "overmorrow", "நாளை மறுநாள்": "overmorrow", "পরশু": "overmorrow",
    "pozítří": "overmorrow", "poimâine": "overmorrow", "holnapután": "overmorrow",
    "kesho kutwa": "overmorrow", "מחרתיים": "overmorrow",
    "en una semana": "in a week", "dentro de una semana": "in a week",
    "em uma semana": "in a week", "daqui a uma semana": "in a week",
    "dans une semaine": "in a week", "in einer woche": "in a week",
    "tra una settimana": "in a week", "fra una settimana": "in a week",
    "bir hafta sonra": "in a week", "через неделю": "in a week",
    "en dos semanas": "in two weeks", "dentro de dos semanas": "in two weeks",
    "em duas semanas": "in two weeks", "daqui a duas semanas": "in two weeks",
    "dans deux semaines": "in two weeks", "in zwei wochen": "in two weeks",
    "tra due settimane": "in two weeks", "iki hafta sonra": "in two weeks",
    "через две недели": "in two weeks",
}  # fmt: skip
# ... and weekday names, Monday first: Spanish, Portuguese, French, German, Italian, Turkish,
# Russian (the accusative of "в среду", since "среда" is also "environment"), Indonesian (not
# "minggu", also "week"), Vietnamese; Turkish "pazar" (also "market") only as "pazar günü"
WEEKDAY_NAMES: dict[str, tuple[str, ...]] = {  # language -> Monday..Sunday, "/" between forms
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
    "pt": (
        "segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado",
        "domingo",
    ),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "de": ("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"),
    "it": ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"),
    "tr": ("pazartesi", "salı", "çarşamba", "perşembe", "cuma", "cumartesi", "pazar günü"),
    "ru": (
        "понедельник", "вторник", "среду", "четверг", "пятницу/пятница", "субботу/суббота",
        "воскресенье",
    ),
    "id": ("senin", "selasa", "rabu", "kamis", "jumat", "sabtu", ""),
    "vi": ("thứ hai", "thứ ba", "thứ tư", "thứ năm", "thứ sáu", "thứ bảy", "chủ nhật"),
    # ... Polish and Ukrainian (the accusative after "w", "у": "w czwartek", "у п'ятницю"; Dutch
    # and Tagalog weekdays dated coarse plans by the day a thing was said, and stay out)
    "pl": (
        "poniedziałek", "wtorek", "środę/środa", "czwartek", "piątek", "sobotę/sobota",
        "niedzielę/niedziela",
    ),
    "uk": ("понеділок", "вівторок", "середу", "четвер", "п'ятницю/п’ятницю", "суботу", "неділю"),
}  # fmt: skip
# ... and the weekdays of more languages, whose tenses are read for a few (FOREIGN_TENSES; a
# weekday of the others is the next such day): Hebrew (with "יום", not "שני", also "second"),
# Greek (not "τρίτη", "τετάρτη", "πέμπτη" alone, also "third", "fourth", "fifth"), Finnish and
# Estonian (the forms for "on": "tiistaina", "esmaspäeval"), Croatian, Serbian, Czech, Slovak,
# Romanian (not "luni", also "months"), Lithuanian, Latvian, Georgian (the dative:
# "ორშაბათს"), Armenian (not "շաբաթ", also "week"), Kazakh, Uzbek, Azerbaijani (not "bazar",
# also "market"), Persian and Pashto, Malay, Hausa, Swahili, Hindi
MORE_WEEKDAY_NAMES: dict[str, tuple[str, ...]] = {
    "he": ("ביום שני/יום שני", "ביום שלישי/יום שלישי", "ביום רביעי/יום רביעי",
           "ביום חמישי/יום חמישי", "ביום שישי/יום שישי", "בשבת", "ביום ראשון/יום ראשון"),
    "el": ("δευτέρα", "την τρίτη", "την τετάρτη", "την πέμπτη", "παρασκευή", "σάββατο",
           "κυριακή"),
    "fi": ("maanantaina/maanantai", "tiistaina/tiistai", "keskiviikkona/keskiviikko",
           "torstaina/torstai", "perjantaina/perjantai", "lauantaina/lauantai",
           "sunnuntaina/sunnuntai"),
    "et": ("esmaspäeval/esmaspäev", "teisipäeval/teisipäev", "kolmapäeval/kolmapäev",
           "neljapäeval/neljapäev", "reedel/reede", "laupäeval/laupäev", "pühapäeval/pühapäev"),
    "hr": ("ponedjeljak/ponedeljak", "utorak", "srijedu/srijeda/sredu/sreda", "četvrtak",
           "petak", "subotu/subota", "nedjelju/nedelju/nedjelja/nedelja"),
    "sr": ("понедељак", "уторак", "среду", "четвртак", "петак", "суботу", "недељу"),
    "cs": ("pondělí/pondelok", "úterý/utorok", "středu/stredu", "čtvrtek/štvrtok",
           "pátek/piatok", "sobotu", "neděli/nedeľu"),
    "ro": ("", "marți", "miercuri", "joi", "vineri", "sâmbătă", "duminică"),
    "lt": ("pirmadienį/pirmadienis", "antradienį/antradienis", "trečiadienį/trečiadienis",
           "ketvirtadienį/ketvirtadienis", "penktadienį/penktadienis", "šeštadienį/šeštadienis",
           "sekmadienį/sekmadienis"),
    "lv": ("pirmdien", "otrdien", "trešdien", "ceturtdien", "piektdien", "sestdien",
           "svētdien"),
    "ka": ("ორშაბათს", "სამშაბათს", "ოთხშაბათს", "ხუთშაბათს", "პარასკევს", "შაბათს", "კვირას"),
    "hy": ("երկուշաբթի", "երեքշաբթի", "չորեքշաբթի", "հինգշաբթի", "ուրբաթ", "", "կիրակի"),
    "kk": ("дүйсенбі", "сейсенбі", "сәрсенбі", "бейсенбі", "жұма", "сенбі", "жексенбі"),
    "uz": ("dushanba", "seshanba", "chorshanba", "payshanba", "juma", "shanba", "yakshanba"),
    "az": ("bazar ertəsi", "çərşənbə axşamı", "çərşənbə", "cümə axşamı", "cümə", "şənbə", ""),
    "fa": ("دوشنبه", "سه‌شنبه/سه شنبه", "چهارشنبه", "پنجشنبه/پنج‌شنبه", "جمعه", "شنبه",
           "یکشنبه/یک‌شنبه"),
    "ms": ("isnin", "", "", "khamis", "jumaat", "", "ahad"),
    "ha": ("litinin", "talata", "laraba", "alhamis", "juma'a", "asabar", "lahadi"),
    "sw": ("jumatatu", "jumanne", "jumatano", "alhamisi", "ijumaa", "jumamosi", "jumapili"),
    "hu": ("hétfőn/hétfő", "kedden/kedd", "szerdán/szerda", "csütörtökön/csütörtök",
           "pénteken/péntek", "szombaton/szombat", "vasárnap"),
    "sq": ("të hënën/e hënë", "të martën/e martë", "të mërkurën/e mërkurë", "të enjten/e enjte",
           "të premten/e premte", "të shtunën/e shtunë", "të dielën/e diel"),
    "is": ("mánudaginn/mánudag/mánudagur", "þriðjudaginn/þriðjudag/þriðjudagur",
           "miðvikudaginn/miðvikudag/miðvikudagur", "fimmtudaginn/fimmtudag/fimmtudagur",
           "föstudaginn/föstudag/föstudagur", "laugardaginn/laugardag/laugardagur",
           "sunnudaginn/sunnudag/sunnudagur"),
    # (Hindi; Urdu's gave a watched host the date of an app's airdrop built on it, and stays out)
    "hi": ("सोमवार", "मंगलवार", "बुधवार", "गुरुवार/बृहस्पतिवार", "शुक्रवार", "शनिवार", "रविवार"),
    # (Swedish, Danish and Norwegian, Dutch, with their tenses below)
    "sv": ("måndag/måndagen", "tisdag/tisdagen", "onsdag/onsdagen", "torsdag/torsdagen",
           "fredag/fredagen", "lördag/lördagen", "söndag/söndagen"),
    "da": ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"),
    "nl": ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
    # (Arabic, with its article: "تُفتح يوم الثلاثاء" (opens on Tuesday); tenses below)
    "ar": ("الاثنين/الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"),
}  # fmt: skip
FOREIGN_WEEKDAYS: dict[str, int] = {}
WEEKDAY_LANGUAGE: dict[str, str] = {}  # the language each is written in
for _language, _days in [*WEEKDAY_NAMES.items(), *MORE_WEEKDAY_NAMES.items()]:
    for _index, _forms in enumerate(_days):
        for _word in filter(None, _forms.split("/")):
            FOREIGN_WEEKDAYS[_word] = _index
            # a name two languages share ("domingo", "sábado": Spanish and Portuguese) is read
            # with the tenses of both ("es+pt")
            _known = WEEKDAY_LANGUAGE.get(_word)
            WEEKDAY_LANGUAGE[_word] = f"{_known}+{_language}" if _known else _language
# ... the Portuguese short forms after "na"/"nesta" ("abriu na segunda", not "a segunda rodada")
# and the German compounds with the time of day ("bis Donnerstagabend")
for _index, _short in enumerate(("segunda", "terça", "quarta", "quinta", "sexta")):
    for _before in ("na", "nesta", "desta", "até", "até a"):
        FOREIGN_WEEKDAYS[f"{_before} {_short}"] = _index
        WEEKDAY_LANGUAGE[f"{_before} {_short}"] = "pt"
for _day, _index in [(w, i) for w, i in FOREIGN_WEEKDAYS.items() if w.endswith("tag")]:
    for _part in ("abend", "morgen", "nachmittag", "mittag", "nacht"):
        FOREIGN_WEEKDAYS[_day + _part] = _index
        WEEKDAY_LANGUAGE[_day + _part] = "de"
# ... right before a numeric date, in brackets or not: "Kamis (5/3)", "jueves 5/3"
_FOREIGN_WEEKDAY_BEFORE = re.compile(
    r"(?<!\w)(?P<wd>" + "|".join(sorted(map(re.escape, FOREIGN_WEEKDAYS), key=len, reverse=True))
    + r")\.?,?\s*\(?\s*$"
)
FOREIGN_WEEKDAYS["mittwochabend"] = FOREIGN_WEEKDAYS["mittwoch"]
WEEKDAY_LANGUAGE["mittwochabend"] = "de"
# ... and in Japanese, Chinese, Korean (written without spaces)
CJK_WEEKDAYS: dict[str, int] = {
    _word: _index
    for _index, _words in enumerate(
        (
            "月曜日 月曜 周一 星期一 월요일",
            "火曜日 火曜 周二 星期二 화요일",
            "水曜日 水曜 周三 星期三 수요일",
            "木曜日 木曜 周四 星期四 목요일",
            "金曜日 金曜 周五 星期五 금요일",
            "土曜日 土曜 周六 星期六 토요일",
            "日曜日 日曜 周日 星期日 星期天 일요일",
        )
    )
    for _word in _words.split()
}
# Month names of the other languages the crypto press writes most (Spanish, Portuguese, French,
# German, Italian, Dutch, Indonesian, Turkish, Russian, Ukrainian, Polish, Hindi, Arabic, Malay,
# Swahili, Urdu, Persian, Greek, Romanian, Czech, Hungarian, Bengali, Tagalog, Finnish,
# Estonian, Latvian, Lithuanian, Bulgarian, Serbian, Croatian, Slovenian, Slovak, Georgian,
# Armenian, Kazakh, Uzbek, Azerbaijani, Hebrew, also with its prefix "in": "בדצמבר", Thai, with
# its abbreviations "18 พ.ย."; the genitive where a day comes first, and the Russian, Ukrainian
# and Polish month after "в" / "у" / "w": "в сентябре", "у вересні", "we wrześniu"), as folded.
FOREIGN_MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        "enero janeiro janvier januar jänner gennaio januari ocak января январе січня stycznia"
        " styczniu"
        " जनवरी يناير มกราคม ม.ค. січні جنوری ינואר בינואר ژانویه ιανουαρίου ιανουάριο"
        " ianuarie ledna január জানুয়ারি"
        " tammikuuta jaanuaril janvārī sausio января"
        " януари januara januarja januára siječnja იანვარს yanvar"
        " қаңтарда հունվարի",
        "febrero fevereiro février februar febbraio"
        " februari şubat февраля феврале лютого lutego"
        " lutym"
        " फ़रवरी फरवरी فبراير กุมภาพันธ์ ก.พ. лютому فروری פברואר בפברואר فوریه"
        " φεβρουαρίου φεβρουάριο"
        " februarie února február ফেব্রুয়ারি pebrero"
        " helmikuuta veebruaril februārī vasario февруари"
        " februara februarja februára veljače თებერვალს fevral"
        " ақпанда փետրվարի",
        "marzo março mars märz maart maret mart марта марте березня marca marcu"
        " मार्च مارس มีนาคม มี.ค. березні machi mac مارچ מרץ במרץ μαρτίου μάρτιο"
        " martie března március মার্চ marso"
        " maaliskuuta märtsil martā marca ožujka მარტს"
        " наурызда մարտի",
        "abril avril april aprile nisan апреля апреле квітня kwietnia kwietniu"
        " अप्रैल أبريل ابريل เมษายน เม.ย. квітні"
        " aprili اپریل אפריל באפריל آوریل απριλίου απρίλιο"
        " aprilie dubna április এপ্রিল"
        " huhtikuuta aprillil aprīlī balandžio aprila apríla travnja აპრილს"
        " сәуірде ապրիլի",
        "mayo maio mai maggio mei mayıs мая травня maja мае maju"
        " मई مايو พฤษภาคม พ.ค. травні مئی מאי במאי μαΐου μάιο"
        " května május"
        " toukokuuta maijā gegužės maja mája svibnja მაისს"
        " мамырда մայիսի",
        "junio junho juin juni giugno haziran июня июне червня czerwca czerwcu"
        " जून يونيو มิถุนายน มิ.ย. червні jun جون יוני ביוני ژوئن ιουνίου ιούνιο"
        " iunie června június জুন hunyo"
        " kesäkuuta juunil jūnijā birželio юни juna"
        " junija júna lipnja ივნისს iyun iyunda"
        " маусымда հունիսի",
        "julio julho juillet juli luglio temmuz июля июле липня lipca lipcu"
        " जुलाई يوليو julai กรกฎาคม ก.ค. липні جولائی יולי ביולי ژوئیه ιουλίου ιούλιο"
        " iulie července július জুলাই hulyo"
        " heinäkuuta juulil juulis jūlijā liepos юли"
        " jula julija júla srpnja ივლისს iyul iyulda"
        " шілдеде հուլիսի",
        "agosto août august augustus agustus ağustos августа августе серпня sierpnia sierpniu"
        " अगस्त أغسطس ogos สิงหาคม ส.ค. серпні"
        " agosti اگست אוגוסט באוגוסט اوت αυγούστου αύγουστο"
        " srpna augusztus আগস্ট"
        " elokuuta augustil augustā rugpjūčio avgusta augusta kolovoza აგვისტოს avqust"
        " тамызда օգոստոսի",
        "septiembre setiembre setembro septembre september settembre eylül сентября сентябре"
        " вересня września wrześniu"
        " सितंबर सितम्बर سبتمبر กันยายน ก.ย. вересні septemba ستمبر ספטמבר בספטמבר سپتامبر"
        " σεπτεμβρίου σεπτέμβριο"
        " septembrie září szeptember সেপ্টেম্বর setyembre"
        " syyskuuta septembril septembrī rugsėjo"
        " септември septembra rujna სექტემბერს sentyabr sentabr"
        " қыркүйекте սեպտեմբերի",
        "octubre outubro octobre oktober ottobre ekim октября октябре жовтня października"
        " październiku"
        " अक्टूबर أكتوبر اكتوبر ตุลาคม ต.ค. жовтні oktoba اکتوبر אוקטובר באוקטובר اکتبر"
        " οκτωβρίου οκτώβριο"
        " octombrie října október অক্টোবর oktubre"
        " lokakuuta oktoobril oktobrī spalio"
        " октомври oktobra októbra listopada ოქტომბერს oktyabr"
        " қазанда հոկտեմբերի",
        "noviembre novembro novembre november kasım"
        " ноября ноябре листопада listopada listopadzie"
        " नवंबर नवम्बर نوفمبر พฤศจิกายน พ.ย. листопаді novemba نومبر נובמבר בנובמבר نوامبر"
        " νοεμβρίου νοέμβριο"
        " noiembrie listopadu নভেম্বর nobyembre"
        " marraskuuta novembril novembrī lapkričio ноември novembra studenoga ნოემბერს noyabr"
        " қарашада նոյեմբերի",
        "diciembre dezembro décembre dezember dicembre"
        " december desember aralık декабря декабре"
        " грудня grudnia grudniu"
        " दिसंबर दिसम्बर ديسمبر disember ธันวาคม ธ.ค. грудні desemba دسمبر דצמבר בדצמבר دسامبر"
        " δεκεμβρίου δεκέμβριο"
        " decembrie prosince ডিসেম্বর disyembre"
        " joulukuuta detsembril decembrī gruodžio декември decembra prosinca დეკემბერს dekabr"
        " желтоқсанда դեկտեմբերի",
    ),
    start=1,
):
    FOREIGN_MONTHS.update(dict.fromkeys(_names.split(), _number))
# ... and the months of Lao (the day first: "ວັນອັງຄານ ທີ 8 ຕຸລາ"), Nepali, Burmese and Sinhala
# (the month first: "अक्टोबर १७", "အောက်တိုဘာ ၈ ရက်", "ඔක්තෝබර් 15"; :data:`MONTH_FIRST_NAMES`)
LAO_MONTHS = ("ມັງກອນ", "ກຸມພາ", "ມີນາ", "ເມສາ", "ພຶດສະພາ", "ມິຖຸນາ", "ກໍລະກົດ", "ສິງຫາ", "ກັນຍາ",
              "ຕຸລາ", "ພະຈິກ", "ທັນວາ")  # fmt: skip
NEPALI_MONTHS = ("जनवरी", "फेब्रुअरी", "मार्च", "अप्रिल", "मे", "जुन", "जुलाई", "अगस्ट", "सेप्टेम्बर",
                 "अक्टोबर", "नोभेम्बर", "डिसेम्बर")  # fmt: skip
BURMESE_MONTHS = ("ဇန်နဝါရီ", "ဖေဖော်ဝါရီ", "မတ်", "ဧပြီ", "မေ", "ဇွန်", "ဇူလိုင်", "ဩဂုတ်",
                  "စက်တင်ဘာ", "အောက်တိုဘာ", "နိုဝင်ဘာ", "ဒီဇင်ဘာ")  # fmt: skip
SINHALA_MONTHS = ("ජනවාරි", "පෙබරවාරි", "මාර්තු", "අප්‍රේල්", "මැයි", "ජූනි", "ජූලි", "අගෝස්තු",
                  "සැප්තැම්බර්", "ඔක්තෝබර්", "නොවැම්බර්", "දෙසැම්බර්")  # fmt: skip
# ... Kazakh, the day first: "6 шілде, сейсенбі" (6 July, Tuesday)
KAZAKH_MONTHS = ("қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз",
                 "қыркүйек", "қазан", "қараша", "желтоқсан")  # fmt: skip
KHMER_MONTHS = ("មករា", "កុម្ភៈ", "មីនា", "មេសា", "ឧសភា", "មិថុនា", "កក្កដា", "សីហា", "កញ្ញា",
                "តុលា", "វិច្ឆិកា", "ធ្នូ")  # fmt: skip
for _months in (LAO_MONTHS, NEPALI_MONTHS, BURMESE_MONTHS, SINHALA_MONTHS, KHMER_MONTHS,
                KAZAKH_MONTHS):
    for _number, _name in enumerate(_months, start=1):
        FOREIGN_MONTHS.setdefault(_name, _number)
# The months of the Ethiopian calendar, in which Amharic posts write their days ("ጥቅምት 19 ቀን
# 2023 ዓ.ም", the 19th of Tikimt 2023 of its era: 29 October 2030): twelve months of 30 days and
# Pagume, of five or six; its years run seven or eight behind (:func:`ethiopian_day`)
ETHIOPIAN_MONTHS = {
    "መስከረም": 1, "ጥቅምት": 2, "ኅዳር": 3, "ህዳር": 3, "ታኅሣሥ": 4, "ታህሳስ": 4, "ታኅሳስ": 4, "ጥር": 5,
    "የካቲት": 6, "መጋቢት": 7, "ሚያዝያ": 8, "ግንቦት": 9, "ሰኔ": 10, "ሐምሌ": 11, "ሀምሌ": 11, "ነሐሴ": 12,
    "ነሀሴ": 12, "ጳጉሜ": 13, "ጳጉሜን": 13,
}  # fmt: skip
# the offset of the count of Julian day numbers (1 Meskerem of year 1 is JDN 1724221)
ETHIOPIAN_EPOCH = 1723856
JDN_OF_ORDINAL_ONE = 1721426  # Julian day number of 1 January of year 1 (proleptic Gregorian)
# Local time named in the language of the post ("23時（日本時間）", "0시(한국시간)", "16 Uhr MESZ",
# "às 10h (horário de Brasília)"): fixed offsets only.
LOCAL_ZONES = {
    "日本時間": 9.0, "한국시간": 9.0, "한국 시간": 9.0, "北京时间": 8.0, "北京時間": 8.0,
    "giờ việt nam": 7.0, "horário de brasília": -3.0, "hora de brasília": -3.0,
    "de brasília": -3.0, "de brasilia": -3.0,  # "às 22h de Brasília"
    "hora de ciudad de méxico": -6.0, "hora del centro de méxico": -6.0,
    "hora de buenos aires": -3.0, "hora de argentina": -3.0, "hora argentina": -3.0,
    "по московскому времени": 3.0, "по москве": 3.0, "мск": 3.0, "mesz": 2.0, "mez": 1.0,
    # the zone's abbreviation after a clock written in the language: "오전 8시 30분 (KST)"
    "kst": 9.0, "jst": 9.0,
    "heure de singapour": 8.0, "hora de singapur": 8.0, "heure de séoul": 9.0,
    "heure de tokyo": 9.0,
    # central European time named by a country or city, with its summer time (EU_SUMMER)
    "heure de paris": 1.0, "heure française": 1.0, "heure de france": 1.0,
    "hora de madrid": 1.0, "hora peninsular": 1.0, "hora de españa": 1.0,
    "ora italiana": 1.0, "ora di roma": 1.0, "berliner zeit": 1.0, "deutscher zeit": 1.0,
    "hora de parís": 1.0,
    # ... and western European time, an hour behind it: "às 00h30 (hora de Lisboa)"
    "hora de lisboa": 0.0, "hora de portugal": 0.0, "hora portuguesa": 0.0,
    "hora de londres": 0.0, "heure de londres": 0.0,
    # Israel's and Greece's time, with a summer time close to the EU's: "בשעה 01:00 לפי שעון
    # ישראל", "στις 16:00 ώρα Ελλάδας"; Tehran's, without one: "ساعت ۱۸:۰۰ به وقت تهران"
    "לפי שעון ישראל": 2.0, "שעון ישראל": 2.0, "ώρα ελλάδας": 2.0, "به وقت تهران": 3.5,
    # ... eastern Europe's named by country or city, with its summer time: "klo 17 Suomen aikaa",
    # "kell 12.00 Eesti aja järgi", "plkst. 03.00 pēc Rīgas laika", "1 val. nakties Lietuvos
    # laiku", "в 01:00 ч. българско време"; and Georgia's, Armenia's, Pakistan's, without one
    "suomen aikaa": 2.0, "eesti aja järgi": 2.0, "pēc rīgas laika": 2.0, "lietuvos laiku": 2.0,
    "българско време": 2.0, "თბილისის დროით": 4.0, "երևանի ժամանակով": 4.0,
    "پاکستانی وقت": 5.0, "dansk tid": 1.0, "norsk tid": 1.0, "svensk tid": 1.0,
    # ... and Thailand's: "06:00 น. (เวลาประเทศไทย)", "15:00 น. ตามเวลาประเทศไทย"
    "ตามเวลาประเทศไทย": 7.0, "เวลาประเทศไทย": 7.0,
    # ... Mongolia's, Malaysia's and the Philippines': "06:00 цагт (Улаанбаатарын цагаар)", "jam
    # 8 malam waktu Malaysia", "12:00 AM oras sa Pilipinas"
    "улаанбаатарын цагаар": 8.0, "waktu malaysia": 8.0, "oras sa pilipinas": 8.0,
    # ... Czech summer and winter time ("v 1:00 SELČ", "SEČ"), the Gulf's and Bahrain's ("02:00
    # Gulf time", "الساعة 02:00 بتوقيت البحرين"), without daylight saving
    "selč": 2.0, "seč": 1.0, "gulf time": 4.0, "بتوقيت البحرين": 3.0, "بتوقيت الإمارات": 4.0,
    "بتوقيت السعودية": 3.0, "بتوقيت مكة": 3.0,
    # ... and Laos', Cambodia's, Myanmar's, Sri Lanka's, Nepal's and Bangladesh's: "6:00 ໂມງ
    # (ເວລາລາວ)", "(ម៉ោងកម្ពុជា)", "(မြန်မာစံတော်ချိန်)", "8:30ට (ශ්‍රී ලංකා වේලාව)", "९:४५ बजे
    # (नेपाली समय)", "(বাংলাদেশ সময়)"
    "ເວລາລາວ": 7.0, "ម៉ោងកម្ពុជា": 7.0, "မြန်မာစံတော်ချိန်": 6.5, "ශ්‍රී ලංකා වේලාව": 5.5,
    "नेपाली समय": 5.75, "বাংলাদেশ সময়": 6.0,
    # ... Croatia's and Serbia's ("u 16:00 po srednjoeuropskom ljetnom vremenu", "у 00:30 по
    # београдском времену"), Romania's ("la ora 01:00 (ora României)"), with their summer time
    # (EU_SUMMER; the summer's name is its own offset), Uzbekistan's, Azerbaijan's,
    # Kazakhstan's, Afghanistan's ("Toshkent vaqti bilan", "Bakı vaxtı ilə", "Астана
    # уақытымен", "د کابل په وخت") and Nigeria's ("agogon Najeriya")
    "po srednjoeuropskom ljetnom vremenu": 2.0, "po srednjoeuropskom vremenu": 1.0,
    "po beogradskom vremenu": 1.0, "по београдском времену": 1.0, "po zagrebačkom vremenu": 1.0,
    "ora româniei": 2.0, "toshkent vaqti": 5.0, "bakı vaxtı": 4.0, "астана уақытымен": 5.0,
    "د کابل په وخت": 4.5, "agogon najeriya": 1.0,
    # ... Saudi Arabia's, Greenwich's in Arabic, Turkey's, Taiwan's, Poland's (with its summer
    # time): "الساعة 2:00 بتوقيت الرياض", "15:00 بتوقيت غرينتش", "Türkiye saatiyle 02:00",
    # "台灣時間 11 月 28 日上午 6 點", "o 3:00 w nocy czasu polskiego"
    "بتوقيت الرياض": 3.0, "بتوقيت غرينتش": 0.0, "بتوقيت جرينتش": 0.0, "türkiye saatiyle": 3.0,
    "türkiye saati ile": 3.0, "台灣時間": 8.0, "台湾时间": 8.0, "czasu polskiego": 1.0,
    # ... Hungary's, Albania's (with their summer time) and Iceland's: "14 órakor (magyar idő
    # szerint)", "në orën 00:30 sipas orës së Tiranës", "klukkan 21:00 að íslenskum tíma"
    "magyar idő szerint": 1.0, "sipas orës së tiranës": 1.0, "sipas orës së shqipërisë": 1.0,
    "að íslenskum tíma": 0.0,
    # ... and Slovenia's, with its summer time: "ob 0.00 po slovenskem času"
    "po slovenskem času": 1.0, "po srednjeevropskem času": 1.0,
    # ... and Kyiv's: "о 17:00 за Києвом", "за київським часом"
    "за києвом": 2.0, "за київським часом": 2.0,
}  # fmt: skip
# the local zones written in plain ASCII ("16 Uhr MEZ", "a la 00:30, hora de Madrid")
LOCAL_ASCII_GATE = (
    "mez", "mesz", "hora ", "heure ", "ora ", " zeit", "horario", "de brasilia", "waktu ", "oras ",
    "gulf time",
)  # fmt: skip
# European cities and those of eastern Australia, by their standard offsets (CITY_ZONES), whose
# summer time EU_SUMMER and AU_SUMMER give
EU_CITY_ZONES = {
    "paris": 1.0, "berlin": 1.0, "madrid": 1.0, "rome": 1.0, "amsterdam": 1.0, "brussels": 1.0,
    "vienna": 1.0, "zurich": 1.0, "warsaw": 1.0, "prague": 1.0, "stockholm": 1.0, "london": 0.0,
    "lisbon": 0.0,
}  # fmt: skip
AU_CITY_ZONES = {"sydney": 10.0, "melbourne": 10.0, "canberra": 10.0}
EU_SUMMER = frozenset({
    "heure de paris", "heure française", "heure de france", "hora de madrid", "hora peninsular",
    "hora de españa", "ora italiana", "ora di roma", "berliner zeit", "deutscher zeit",
    "hora de parís", "hora de lisboa", "hora de portugal", "hora portuguesa", "hora de londres",
    "heure de londres", "לפי שעון ישראל", "שעון ישראל", "ώρα ελλάδας", "suomen aikaa",
    "eesti aja järgi", "pēc rīgas laika", "lietuvos laiku", "българско време", "dansk tid",
    "norsk tid", "svensk tid", "po srednjoeuropskom vremenu", "po beogradskom vremenu",
    "по београдском времену", "po zagrebačkom vremenu", "ora româniei", "czasu polskiego",
    "magyar idő szerint", "sipas orës së tiranës", "sipas orës së shqipërisë",
    "po slovenskem času", "po srednjeevropskem času", "за києвом", "за київським часом",
    *EU_CITY_ZONES,  # "00:30 Paris time"
})  # fmt: skip
# ... and the southern summer of eastern Australia (first Sunday of October to first Sunday of
# April): "8 a.m. Sydney time" is AEDT in December, AEST in June
AU_SUMMER = frozenset(AU_CITY_ZONES)
# the month names of the languages that write the month first (Hungarian, Armenian: "հունիսի
# 9-ին"; Tagalog's "Marso 9" stays out: its words for until, before and since are not read, and
# its days would pick the wrong one of several)
MONTH_FIRST_NAMES = (
    "január", "február", "március", "április", "május", "június", "július", "augusztus",
    "szeptember", "október", "november", "december", "հունվարի", "փետրվարի", "մարտի", "ապրիլի",
    "մայիսի", "հունիսի", "հուլիսի", "օգոստոսի", "սեպտեմբերի", "հոկտեմբերի", "նոյեմբերի",
    "դեկտեմբերի",
    # ... Nepali (its own spellings, not Hindi's: "अक्टोबर १७"), Burmese and Sinhala
    *(m for m in NEPALI_MONTHS if m not in ("जनवरी", "मार्च", "मे", "जुलाई")),
    *BURMESE_MONTHS, *SINHALA_MONTHS,
)  # fmt: skip
_FOREIGN_MONTH = (
    "(?P<fmon>" + "|".join(re.escape(m) for m in sorted(FOREIGN_MONTHS, key=len, reverse=True))
    + ")"
)
_LOCAL_ZONE = "|".join(re.escape(z) for z in sorted(LOCAL_ZONES, key=len, reverse=True))
_MONTH = (
    r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?:,?\s+(?P<year>20\d\d))?"
# Patterns open with a lookahead of the characters a match can start with: the regex engine then
# skips to those positions instead of trying every word boundary (same matches, 1.2-2x faster).
_MONTH_START = "(?=[jfmasond])"
# "6/7": month first where the first number can be a month (unless a weekday says otherwise)
# (not a thread's counter: "🧵 1/9", "1/9 🧵")
_MONTH_FIRST = re.compile(
    r"(?=\d)(?<![\d/.])(?<!\U0001f9f5)(?<!\U0001f9f5 )"
    r"(?P<mnum>[01]?\d)/(?P<day>[0-3]?\d)(?:/(?P<year>20\d\d))?(?![\d/])(?! ?\U0001f9f5)"
)
_EXPLICIT = [
    # Vietnamese writes the day first: "ngày 2/4", "vào 2/4", "ngày mai, 2/4" are April 2 (before
    # the month-first "2/4" below)
    re.compile(
        r"(?=\d)(?:(?<=\bngày )|(?<=\bvào )|(?<=\bngày mai, )|(?<=\bhôm nay, ))"
        r"(?P<day>[0-3]?\d)(?:/|\s+tháng\s+)(?P<mnum>[01]?\d)"
        r"(?:/(?P<year>20\d\d))?(?![\d/])"
    ),
    # ... and so does every bare "3/9" of a text that writes "ngày" ("phát hành token 3/9" in a
    # headline over "ngày 3/9" below is September 3), a Vietnamese weekday or clock ("thứ Hai
    # 10/8", "21:00 (giờ VN)"), or a clock the Portuguese, Spanish or German way ("terça-feira,
    # 02/06, às 21h", "el 02/06 a las 21:00", "02/06 um 21 Uhr")
    re.compile(
        r"(?=\d)(?<![\d/.])(?P<day>[0-3]?\d)/(?P<mnum>[01]?\d)(?:/(?P<year>20\d\d))?(?![\d/])"
    ),
    # (not a clock after the month: "3 June 14:00 UTC" is June 3)
    re.compile(rf"{_MONTH_START}\b{_MONTH}\s+{_DAY}\b(?![:.]\d){_YEAR}"),
    # a range of days names its first: "runs 22-24 Jan", "2 to 4 March"
    re.compile(
        rf"(?=\d)\b{_DAY}\s*(?:[-\u2013\u2014]|to)\s*[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}\b{_YEAR}"
    ),
    re.compile(rf"(?=\d)\b{_DAY}\s+(?:of\s+)?{_MONTH}\b{_YEAR}"),
    re.compile(r"(?=2)\b(?P<year>20\d\d)[-/.](?P<mnum>[01]?\d)[-/.](?P<day>[0-3]?\d)\b"),
    _MONTH_FIRST,
    # "on 17.03", "on 17.03.2026": day first, after "on" (not a price or a version)
    re.compile(
        r"(?=\d)(?<=\bon )(?P<day>[0-3]?\d)\.(?P<mnum>[01]?\d)(?:\.(?P<year>20\d\d))?(?![\d.,%x])"
    ),
    # "22.10 в 15:00", "7.04 o 18:00", "22.10. um 15:00", "23.06 · 13:00 UTC", Finnish "16.9.
    # klo 17.00", Slovenian "14.9. ob 15.00": day first, dotted, with the clock it is set at
    # after it (not a price or a version: no clock follows)
    re.compile(
        r"(?=\d)(?<![\w.,/$€£])(?P<day>[0-3]?\d)\.(?P<mnum>[01]?\d)(?!\d)\.?"
        r"(?=\s*[,·|–-]?\s+(?:(?:в|о|o|um|à|às|alle|at|saat|lúc|kl\.?|klo|ob)\s+)?"
        r"[0-2]?\d[:.][0-5]\d(?!\d))"
    ),
    # "Trading: 06-09 13:00 (UTC)": month first, dashed, as Asian exchanges write it, with its
    # clock after it (not a range of numbers: no clock follows those)
    re.compile(
        r"(?=\d)(?<![\w.,/$€£-])(?P<mnum>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])"
        r"(?=\s+[0-2]?\d:[0-5]\d)"
    ),
    # "am 2.3.", "ab dem 7.10." (German): day first, each number closed by a dot, after the
    # preposition that dates it (not a version "2.3."; not a deadline, "offen bis 16.11.")
    re.compile(
        r"(?=\d)(?:(?<=\bam )|(?<=\bab )|(?<=\bab dem )|(?<=\bvom )|(?<=\bzum )|(?<=\bseit dem )"
        # ... or after its weekday: "am Dienstag, 14.7."
        r"|(?<=montag, )|(?<=dienstag, )|(?<=mittwoch, )|(?<=donnerstag, )|(?<=freitag, )"
        r"|(?<=samstag, )|(?<=sonntag, )|(?<=montag )|(?<=dienstag )|(?<=mittwoch )"
        r"|(?<=donnerstag )|(?<=freitag )|(?<=samstag )|(?<=sonntag ))"
        r"(?P<day>[0-3]?\d)\.(?P<mnum>[01]?\d)\.(?!\d)"
    ),
    # "22.04.2026", "when: 08.04.2026, 14:00 CET": day first, dotted, with its four-digit year
    # (the year makes it a date wherever it stands; not a version "1.2.3")
    re.compile(
        r"(?=\d)(?<![\d.])(?P<day>[0-3]?\d)\.(?P<mnum>[01]?\d)\.(?P<year>20\d\d)(?![\d%x]|[.,]\d)"
    ),
    # "on 30/06", "from 18/6": day first, as most of the world writes it, where the first number
    # cannot be a month (an ambiguous "6/7" stays month first, above)
    re.compile(
        r"(?=[123])(?<![\d/.])(?P<day>1[3-9]|2\d|3[01])/(?P<mnum>0?[1-9]|1[0-2])"
        r"(?:/(?P<year>20\d\d))?(?![\d/])"
    ),
    # "on the 12th", "from the 27th", "Thursday the 15th", "Thursday 15th": a day of the month
    # named without it, the nearest such day to publication (not "the 12th of March", read
    # above, nor "the 3rd round")
    re.compile(
        r"(?=t|[0-3])(?:(?:(?<=\bon )|(?<=\bfrom )|(?<=\bby )|(?<=\buntil )|(?<=day )|(?<=day, ))"
        r"the |(?<=day )|(?<=day, ))(?P<day>[0-3]?\d)(?:st|nd|rd|th)\b"
        r"(?=\s*(?:$|[^\sa-z]|(?:at|from|to|until|and|with|through|via|in|for|on)\b))"
    ),
    # a range of days in other languages names its first: "vom 16. bis 20. November", "del 3 al
    # 7 de octubre", "de 3 a 7 de outubro", "du 3 au 7 octobre", "с 3 по 7 октября", "3–7 Oktober"
    re.compile(
        r"(?=\d)(?<![\w.,/])(?P<day>[0-3]?\d)(?:er|\.)?\s*(?:[-\u2013\u2014]|bis|al|a|au|até|по"
        r"|hingga|sampai)\s*(?:zum\s+)?[0-3]?\d(?:er|\.)?\s+(?:de\s+)?"
        + _FOREIGN_MONTH
        + r"(?!\w)(?:,?\s+(?:de\s+)?(?P<year>20\d\d))?"
    ),
    # other languages, after the English patterns (which read "7 April" and the range "5 to 7
    # April"): "26 de mayo", "17. Februar", "1er septembre", "24 Şubat'ta", "1 сентября", and
    # the first of a month as an ordinal: "1º de outubro" (folded "1o"), "1° giugno"
    re.compile(
        # (not the digits ending a name: "Huddle01 अक्टूबर में" is no 1 October)
        r"(?=\d)(?<![\w.,/])(?P<day>[0-3]?\d)(?:er|\.o|\.|(?<=1)o|°)?(?:\s+|-)(?:de\s+)?"
        + _FOREIGN_MONTH
        + r"(?!\w)(?:,?\s+(?:de\s+)?(?P<year>20\d\d))?"
    ),
    # "4月2日", "2026년 3월 11일"; last year's: "작년 7월 17일", "去年 7 月 17 日"
    re.compile(
        r"(?=[\d작지去昨])(?<!\d)(?:(?P<lastyear>작년|지난해|去年|昨年)\s*)?"
        r"(?:(?P<year>20\d\d)\s*[年년]\s*)?(?P<mnum>1[0-2]|0?[1-9])\s*[月월]\s*"
        r"(?P<day>3[01]|[12]\d|0?[1-9])\s*[日일号]"
    ),
    # "오는 18일" (the coming 18th): a day of the month named without it, the nearest such day
    re.compile(r"(?=\d)(?<=오는 )(?P<day>3[01]|[12]\d|0?[1-9])일"),
    # ... or with its hour after it: "거래 개시는 10일 오후 11시", "청구는 21일 오후 10시부터" (the
    # day a bare "10일" names without one is as often the day a statement was made)
    # (... its weekday in brackets between: "26일(목) 오전 9시(KST) 출시"; or the day in brackets
    # after its weekday, then a clock: "토요일(28일) 15:00 UTC에 마감됐습니다")
    re.compile(
        r"(?=\d)(?<![\d.,/~-])(?P<day>3[01]|[12]\d|0?[1-9])일"
        r"(?=\s*(?:\([월화수목금토일]\)|오전|오후|\d{1,2}시)"
        r"|(?:(?<=요일\(\d일)|(?<=요일\(\d\d일))\)\s*\d{1,2}:\d\d)"
    ),
    # ... and a Japanese or Chinese one with its weekday in brackets: "7日（火）に取引を開始", or
    # with its hour after it: "27日午後9時(日本時間)に発行", "8日夜10時から", "27日晚上8点"
    re.compile(
        r"(?=\d)(?<![\d.,/~-])(?P<day>3[01]|[12]\d|0?[1-9])日"
        r"(?=\s*(?:\([月火水木金土日]\)|午前|午後|夜|朝|正午|晚上|上午|下午|中午|凌晨"
        r"|\d{1,2}\s*(?:時|点|:)))"
    ),
    # a Portuguese weekday with its day of the month in brackets: "na quinta-feira (17)",
    # "no sábado (20)" (the nearest such day to publication)
    re.compile(
        r"(?=\()(?:(?<=-feira )|(?<=sábado )|(?<=domingo ))\((?P<day>[0-3]?\d)\)"
    ),
    # the month first in Hungarian and Armenian: "március 17-től" (from 17 March), "հունիսի 9-ին"
    re.compile(
        "(?=[" + "".join(sorted({m[0] for m in MONTH_FIRST_NAMES})) + r"])(?<!\w)(?P<fmon>"
        + "|".join(sorted(MONTH_FIRST_NAMES, key=len, reverse=True))
        + r")\s+(?P<day>[0-3]?\d)"
        r"(?:\.|-[a-záéíóöőúüű]+)?(?!\d)"
    ),
    # ... in Lithuanian, with its "d." (day): "rugsėjo 23 d." (March's "kovo" is a symbol too)
    re.compile(
        r"(?=[sbvglr])(?<!\w)(?P<fmon>sausio|vasario|balandžio|gegužės|birželio|liepos"
        r"|rugpjūčio|rugsėjo|spalio|lapkričio|gruodžio)\s+(?P<day>[0-3]?\d)\s?d\."
    ),
    # ... in Mongolian, the month by its number: "9-р сарын 16-ны" (the 16th of the 9th month)
    re.compile(
        r"(?=\d)(?<!\d)(?P<mnum>1[0-2]|0?[1-9])-р сарын (?P<day>3[01]|[12]\d|0?[1-9])(?!\d)"
    ),
    # ... in Khmer, the day glued to "ទី" (the ...th) and the month after "ខែ" (month): "ថ្ងៃពុធ
    # ទី១៦ ខែតុលា" (Wednesday the 16th of October; the digits folded)
    re.compile(
        r"(?=ទ)ទី\s?(?P<day>3[01]|[12]\d|0?[1-9])(?!\d)\s*ខែ\s?(?P<fmon>"
        + "|".join(KHMER_MONTHS) + ")"
    ),
    # ... in Amharic, a month of the Ethiopian calendar, its day and the year of its era: "ጥቅምት
    # 19 ቀን 2023 ዓ.ም" (:func:`ethiopian_day`)
    re.compile(
        "(?=[" + "".join(sorted({m[0] for m in ETHIOPIAN_MONTHS})) + r"])(?<!\w)(?P<emon>"
        + "|".join(sorted(ETHIOPIAN_MONTHS, key=len, reverse=True))
        + r")\s*(?P<day>3[01]|[12]\d|0?[1-9])(?!\d)(?:\s*ቀን)?(?:\s*(?P<eyear>20\d\d)(?!\d))?"
    ),
]
# the month groups of each pattern (none: a day of the month alone, "the 17th")
_MONTH_GROUPS = tuple(
    tuple(g for g in ("mon", "mnum", "fmon", "emon") if g in p.groupindex) for p in _EXPLICIT
)
# per pattern, families or literals one of which the text must contain (_needed)
_EXPLICIT_NEEDS: tuple[tuple[str, ...], ...] = (
    ("foreign",), ("ngày ", "às ", "a las ", " uhr", "thứ ", "giờ vn"), ("month",), ("month",),
    ("month",), ("20",),
    ("/",), ("on ",), (":", "klo ", " ob "), (":",),
    ("am ", "ab ", "vom ", "zum ", "seit dem ", "tag", "mittwoch"),
    ("20",),
    ("/",), ("the ", "day"),
    ("foreign",), ("foreign",), ("foreign",),
    ("오는 ",), ("일",), ("日",), ("(",), ("foreign",), ("foreign",), ("сарын",), ("ខែ",),
    ("foreign",),
)  # fmt: skip
# Probes: short patterns that every match of some explicit patterns contains a match of ("7.4"
# in "am 7.4.", "2/4" in "ngày 2/4"). They open with a digit or a literal, which the regex engine
# skips ahead to, so one quick search (done once per text, when a pattern needing it is due)
# spares the slower patterns on texts that cannot hold their dates.
_PROBES = (
    re.compile(r"\d\.\d"),  # day and month, dotted
    re.compile(r"\d/\d"),  # ... slashed
    re.compile(r"\d-\d"),  # ... dashed
    re.compile(r"\d(?:st|nd|rd|th)"),  # an ordinal day
    re.compile(r"\d(?:st|nd|rd|th)?\s*(?:[-\u2013\u2014]|to)\s*\d"),  # a range of days
    # a day before its month's name (every form of _MONTH opens with the three letters)
    re.compile(r"\d(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"),
    re.compile(r"20\d\d[-/.]\d"),  # a year first
    re.compile(r"\d\s*[月월]"),  # a month in Chinese, Japanese or Korean
    re.compile(r"(?:-feira|sábado|domingo) \(\d"),  # a Portuguese weekday, its day in brackets
)
NO_PROBE = -1
# per pattern, the index of the probe its every match contains a match of (or NO_PROBE)
_EXPLICIT_PROBES: tuple[int, ...] = (
    NO_PROBE, 1, NO_PROBE, 4, 5, 6,
    1, 0, 0, 2, 0,
    0,
    1, 3,
    NO_PROBE, NO_PROBE, 7,
    NO_PROBE, NO_PROBE, NO_PROBE, 8, NO_PROBE, NO_PROBE, NO_PROBE, NO_PROBE, NO_PROBE,
)  # fmt: skip
# Words each family of patterns needs (whole words). The detector's one automaton pass finds
# them and passes the families present to find_dates, which skips the patterns of the others.
DATE_WORDS: dict[str, tuple[str, ...]] = {
    "month": (
        "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june",
        "jul", "july", "aug", "august", "sep", "sept", "september", "oct", "october", "nov",
        "november", "dec", "december",
    ),
    "relative": (
        "tomorrow", "tmrw", "today", "tonight", "yesterday", "day", "days", "week", "weeks",
        "mon", "monday", "tue", "tuesday", "wed", "wednesday", "thu", "thursday", "fri", "friday",
        "sat", "saturday", "sun", "sunday", "minute", "minutes", "mins", "hour", "hours", "hrs",
    ),
    # day words and weekdays of the other languages: read by a pattern of their own
    "intl": (*CJK_DAY_WORDS, *FOREIGN_DAY_WORDS, *FOREIGN_WEEKDAYS, *CJK_WEEKDAYS),
    "vague": (
        "q1", "q2", "q3", "q4", "h1", "h2", "soon", "next week", "this week", "later this",
        "next weekend", "this weekend",
        "coming weeks", "this quarter", "this month", "next month", "date to follow", "tba", "tbd",
        "quarter", "end of", "year-end", "year end", "next year", "year is out", "this summer",
        "this autumn", "this fall", "this winter", "this spring", "few", "couple of", "several",
        "within", "in the days", "in the weeks", "in the months",
    ),
    "foreign": (
        *FOREIGN_MONTHS, "月", "월", "ngày", "tháng", "trimestre", "quartal", "quý", "季度", "분기",
        "四半期", "квартале", "kwartaal", "kwartale", "çeyrek", "kuartal", "кварталі", "الربع",
        "तिमाही", "ไตรมาส", *ETHIOPIAN_MONTHS,
    ),
}  # fmt: skip
ALL_FAMILIES = frozenset(DATE_WORDS)
_CLOCK_GATE = (":", "am", "pm", "a.m", "p.m", "utc", "gmt", " time)", " wib", " wita")
_H_CLOCK = re.compile(r"(?=\d)\dh(?:\b|[0-5]\d)")  # "21h", "22h30": a clock without a colon
_NAMED_HOURS = ("midnight", "noon")  # clocks without digits: "midnight Tokyo time"
# Zones named by a city ("18:00 Seoul time", "midnight Tokyo time"): fixed offsets only.
CITY_ZONES = {
    "tokyo": 9.0, "seoul": 9.0, "singapore": 8.0, "hong kong": 8.0, "beijing": 8.0,
    "shanghai": 8.0, "taipei": 8.0, "dubai": 4.0,
    # countries on one zone without daylight saving: "01:00 Korea time", "9am Japan time"
    "korea": 9.0, "korean": 9.0, "japan": 9.0, "japanese": 9.0, "china": 8.0, "chinese": 8.0,
    "taiwan": 8.0, "vietnam": 7.0, "vietnamese": 7.0, "hanoi": 7.0, "turkish": 3.0,
    "turkey": 3.0, "istanbul": 3.0, "brasilia": -3.0, "brasília": -3.0,
    # ... European cities, with their summer time (EU_SUMMER), and eastern Australia's (AU_SUMMER)
    **EU_CITY_ZONES, **AU_CITY_ZONES,
}  # fmt: skip
_DIGIT = re.compile(r"\d")
_MONTH_NAME = re.compile(
    r"\b(?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b"
)
_MONTH_ONLY = re.compile(
    rf"(?=[idbeflm])\b(?:in|during|by|for|early|late|mid|end of)[-\s]+(?:{_MONTH})\b"
)
# a month given as a label's value: "Community sale: June", "TGE: October." (not "Sale: June 5",
# a day; not "may", a verb)
# a month or quarter without a day, in other languages: "en septiembre", "em setembro", "en
# septembre", "im September", "pada bulan September", "vào tháng 9", "9月", "9월", "в сентябре",
# "tercer trimestre", "im dritten Quartal", "quý 3", "第三季度", "3분기", "в четвёртом квартале"
# the Devanagari names among the foreign months (Hindi)
_HINDI_MONTH = "|".join(
    re.escape(m)
    for m in sorted(FOREIGN_MONTHS, key=len, reverse=True)
    if "\u0900" <= m[0] <= "\u097f"
)
_FOREIGN_MONTH_ONLY = re.compile(
    r"\b(?:en|em|durante|para|au mois d[e']|au|im|ab|pada|bulan|dalam|a partir de|desde|в|w"
    r"|we|у|في|خلال|بحلول"
    # ... Swedish, Danish, Norwegian: "SPACE-tokenet lanseras i juni"
    r"|i"
    # ... or a part of the month: "no fim de março", "a finales de marzo", "début avril"
    r"|no (?:fim|final|início|inicio) de|em meados de|a (?:finales|principios|mediados) de"
    r"|fin|début|mi-)\s+"
    r"(?:(?:el mes de|o mês de|le mois de|mês de|mes de|bulan|شهر)\s+)?"
    + _FOREIGN_MONTH
    + r"\b(?![ \t]*\d)"
    # ... Hindi puts its postposition after the month: "सितंबर में" (in September)
    r"|(?<![\w\u0900-\u097f])(?:" + _HINDI_MONTH + r") (?:में|तक)(?![\u0900-\u097f])"
    r"|\b(?:vào|trong|cuối|đầu|giữa)\s+tháng\s+(?:1[0-2]|[1-9])\b(?![ \t]*[/\d])"
    r"|(?<![\d/.])(?:1[0-2]|[1-9])\s?(?:月|월)(?![ \t]*\d)"
    r"|\b(?:primer|segundo|tercer|cuarto|primeiro|terceiro|quarto|premier|deuxième|troisième"
    r"|quatrième|primo|secondo|terzo)\s+trimestre\b|\b(?:erste|zweite|dritte|vierte)n?\s+quartal\b"
    # ... Dutch, Polish, Turkish: "in het vierde kwartaal", "w czwartym kwartale", "dördüncü
    # çeyrekte"
    r"|\b(?:eerste|tweede|derde|vierde)\s+kwartaal\b"
    r"|\b(?:pierwszym|drugim|trzecim|czwartym)\s+kwartale\b"
    # ... Norwegian, Danish, Swedish: "i løpet av tredje kvartal", "i tredje kvartalet"
    r"|\b(?:første|andre|tredje|fjerde|första|andra|fjärde)\s+kvartal(?:et)?\b"
    r"|\b(?:ilk|ikinci|üçüncü|dördüncü|son)\s+çeyrek"
    # ... Indonesian: "pada kuartal ketiga"
    r"|\bkuartal\s+(?:pertama|kedua|ketiga|keempat|[1-4]|i{1,3}|iv)\b"
    r"|\bquý\s+(?:[1-4]|i{1,3}|iv)\b|第?[一二三四1-4]季度|(?<!\d)[1-4]\s?분기|第?[1-4]四半期"
    r"|\bво?\s+(?:первом|втором|третьем|четв[её]ртом)\s+квартале\b"
    # ... Ukrainian, Arabic, Hindi and Thai: "у другому кварталі", "الربع الرابع", "दूसरी
    # तिमाही", "ไตรมาส 3"
    r"|\bу\s+(?:першому|другому|третьому|четвертому)\s+кварталі\b"
    r"|\bالربع\s+(?:الأول|الثاني|الثالث|الرابع)\b"
    r"|(?:पहली|दूसरी|तीसरी|चौथी) तिमाही|ไตรมาส(?:ที่)?\s?[1-4]"
    # ... Turkish puts its postposition after the month: "Aralık ayında" (in December)
    r"|\b(?:ocak|şubat|mart|nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|aralık)"
    r" ay(?:ında|ı içinde)\b"
)
_FOREIGN_PERIOD_NUMBER = re.compile(r"(?<!\d)(\d{1,2})(?!\d)|\b(iv|i{1,3})\b|[一二三四]")
FOREIGN_QUARTER_WORDS = (
    "trimestre", "quartal", "quý", "季度", "분기", "四半期", "квартал", "kwartaal", "kwartale",
    "kvartal", "çeyrek", "kuartal", "кварталі", "الربع", "तिमाही", "ไตรมาส",
)  # fmt: skip
_FOREIGN_QUARTERS = {
    "primer": 1, "primeiro": 1, "premier": 1, "ersten": 1, "erste": 1, "一": 1, "i": 1,
    "segundo": 2, "deuxième": 2, "zweiten": 2, "zweite": 2, "二": 2, "ii": 2,
    "tercer": 3, "terceiro": 3, "troisième": 3, "dritten": 3, "dritte": 3, "三": 3, "iii": 3,
    "cuarto": 4, "quarto": 4, "quatrième": 4, "vierten": 4, "vierte": 4, "四": 4, "iv": 4,
    "первом": 1, "втором": 2, "третьем": 3, "четвёртом": 4, "четвертом": 4,
    "primo": 1, "secondo": 2, "terzo": 3, "eerste": 1, "tweede": 2, "derde": 3, "vierde": 4,
    "pierwszym": 1, "drugim": 2, "trzecim": 3, "czwartym": 4, "ikinci": 2, "üçüncü": 3,
    "dördüncü": 4, "pertama": 1, "kedua": 2, "ketiga": 3, "keempat": 4,
    "første": 1, "första": 1, "andre": 2, "andra": 2, "tredje": 3, "fjerde": 4, "fjärde": 4,
    "першому": 1, "другому": 2, "третьому": 3, "четвертому": 4, "الأول": 1, "الثاني": 2,
    "الثالث": 3, "الرابع": 4, "पहली": 1, "दूसरी": 2, "तीसरी": 3, "चौथी": 4,
}  # fmt: skip


SENTENCE_MARKS = (". ", "\n", "。", "! ", "? ")


def _sentence_around(folded: str, start: int, end: int) -> tuple[int, int]:
    """Start and end of the sentence holding ``start:end`` (marks of :data:`SENTENCE_MARKS`)."""
    begin = max(folded.rfind(mark, 0, start) for mark in SENTENCE_MARKS) + 1
    stops = [i for i in (folded.find(mark, end) for mark in SENTENCE_MARKS) if i >= 0]
    return begin, min(stops) if stops else len(folded)


def future_sentence(folded: str, start: int, end: int) -> bool:
    """The sentence around ``start:end`` holds a future verb of one of the other languages
    (:data:`_FOREIGN_FUTURE`): a coarse period written in them dates a plan only then ("sẽ ra
    mắt token vào tháng 9", "se lanzará en septiembre", "将于9月上线")."""
    return FOREIGN_FUTURE_BRANCHES.search(folded, *_sentence_around(folded, start, end))


def planned_in_sentence(folded: str, start: int, end: int) -> bool:
    """The sentence around ``start:end`` tells a plan: a future verb in English or one of the
    other languages ("will", "is set to", "vendra", "se lanzará", "将于")."""
    begin, stop = _sentence_around(folded, start, end)
    return (
        _FUTURE.search(folded, begin, stop) is not None
        or FOREIGN_FUTURE_BRANCHES.search(folded, begin, stop)
    )


def foreign_period(text: str) -> tuple[str, int] | None:
    """``("month", 9)`` or ``("quarter", 3)`` for a coarse period written in another language
    (a vague hit of :data:`_FOREIGN_MONTH_ONLY`: "en septiembre", "vào tháng 9", "9月", "tercer
    trimestre", "quý 3"), else ``None``."""
    for word in text.split():
        if word in FOREIGN_MONTHS:
            return ("month", FOREIGN_MONTHS[word])
    if has_any(text, FOREIGN_QUARTER_WORDS):
        for word in text.split():
            if word in _FOREIGN_QUARTERS and len(word) > 3:
                return ("quarter", _FOREIGN_QUARTERS[word])
        found = _FOREIGN_PERIOD_NUMBER.search(text)
        if found is None:
            return None
        value = found.group(1) or found.group(2) or found.group(0)
        number = int(value) if value.isdigit() else _FOREIGN_QUARTERS.get(value, 0)
        return ("quarter", number) if 1 <= number <= 4 else None
    if has_any(text, ("tháng", "月", "월")):
        found = _FOREIGN_PERIOD_NUMBER.search(text)
        if found is not None and found.group(1) and found.group(1).isdigit():
            number = int(found.group(1))
            return ("month", number) if 1 <= number <= 12 else None
    return None


# (not a year of the Ethiopian era: "2023 ዓ.ም")
PERIOD_YEAR = re.compile(r"(?=2)\b(20\d\d)\b(?!\s*ዓ)")  # (the lookahead skips to "2"s: 2x faster)
# a quarter ("q3", "third quarter", "3rd quarter") or a half ("h2": its own group) of a period
PERIOD_QUARTER = re.compile(
    r"\bq([1-4])\b|\b(first|second|third|fourth|1st|2nd|3rd|4th) quarter\b|\bh([12])\b"
)
QUARTER_NUMBERS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
                   "4th": 4}  # fmt: skip
_MONTH_NAME = re.compile(r"\b" + _MONTH + r"(?![a-z])(?!\s*\d{1,2}\b)")  # a month, not a day


def period_begins_after(text: str, published: dt.date) -> bool:
    """The coarse period ``text`` names (an English month or quarter, with or without its
    year: "in December", "Q1 2030", "the first quarter of 2030") begins after the month or
    quarter of ``published``. False for what it cannot place ("later this year", "soon")."""
    year_m = PERIOD_YEAR.search(text)
    year = int(year_m.group(1)) if year_m else None
    quarter_m = PERIOD_QUARTER.search(text)
    if quarter_m is not None and not quarter_m.group(3):  # (a half is no quarter: not placed)
        quarter = int(quarter_m.group(1) or QUARTER_NUMBERS[quarter_m.group(2)])
        now = (published.month - 1) // 3 + 1
        if year is None:  # (the next two quarters; an earlier one is more likely gone by)
            return (quarter - now) % 4 in (1, 2)
        return (year, quarter) > (published.year, now)
    month_m = _MONTH_NAME.search(text)
    if month_m is None or (month_m["mon"] == "may" and year is None):
        return False  # ("may" alone is the verb as often as the month)
    month = MONTHS[month_m["mon"][:3]]
    if year is None:  # (the next six months; an earlier one is more likely gone by)
        return 1 <= (month - published.month) % 12 <= 6
    return (year, month) > (published.year, published.month)


_MONTH_LABEL = re.compile(rf":[ \t]*(?!may\b)(?:{_MONTH})\b(?![ \t,]*\d)")
_VAGUE = re.compile(
    r"(?=[qhsntlcdf1-4eyiw])\b(?:q[1-4]|h[12]|soon|(?:next|this) week(?:end)?"
    r"|later this (?:year|month)"
    r"|coming weeks|this (?:quarter|month)|next (?:month|quarter)|date to follow|tba|tbd"
    r"|(?:first|second|third|fourth|1st|2nd|3rd|4th|final|last) quarter"
    # the year's end and the seasons ahead: "before the end of the year", "by year-end", "before
    # the year is out", "this autumn", "early next year"
    r"|(?P<late>(?:the )?end of (?:the |this )?year|year[- ]end|the year is out|next year"
    r"|this (?:summer|autumn|fall|winter|spring))"
    # a few weeks or days ahead, no day named: "opens in a few weeks", "within weeks"
    r"|(?:in|within) (?:the next |the coming |a |the )?(?:few|couple of|several) (?:weeks|days)"
    r"|within (?:weeks|days)"
    # ... or counted from a step ahead: "becomes transferable in the weeks after mainnet"
    r"|(?P<after>in the (?:days|weeks|months) (?:after|following)))\b"
)
# The letters its branches can start with, then one shared word boundary (1.6x faster).
_RELATIVE = re.compile(
    r"(?=[cdfilmnpstwy0-9])\b(?:(?P<word>(?:the )?day after tomorrow|tomorrow|tmrw|today|tonight"
    r"|yesterday)\b"
    r"|(?P<next>next\s+|this\s+|coming\s+|last\s+|past\s+)?(?P<wd>mon|tue|wed|thu|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\b"
    # "in two weeks", "two weeks from today" (not a headline ending "... three weeks in" over a
    # text opening "Three weeks after ...": the line break parts them; not a count over a span:
    # "Seven TGEs in two weeks"; not what was done over a span: "63% has been claimed in 16 days")
    r"|(?P<in>(?<!tges )(?<!listings )(?<!claimed )(?<!sold )(?<!filled )(?<!raised )(?<!minted )"
    r"(?<!staked )(?<!bridged )(?<!sold out )in[ \t]+)?"
    r"(?P<n>\d+|a|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
    r"(?P<unit>days?|weeks?)\b(?(in)|\s+from\s+(?:today|now)\b)"
    # ... and "in 10 minutes", "48 hours from this post"
    r"|(?P<hin>in\s+)?(?P<hn>\d+|a few|a couple of|an?|one|two|three|four|five|six|seven|eight"
    r"|nine|ten)\s+(?P<hunit>minutes?|mins?|hours?|hrs?)\b"
    r"(?(hin)|\s+from\s+(?:now|this\s+(?:post|tweet|announcement))\b))"
)
# ... with the CJK and other languages' words as alternatives (a pattern of its own for texts
# that name one: the leading lookahead keeps the English one fast)
_RELATIVE_INTL = re.compile(
    "(?P<cjk>" + "|".join(CJK_DAY_WORDS) + r")|\b(?P<intl>"
    + "|".join(sorted(FOREIGN_DAY_WORDS, key=len, reverse=True)) + r")(?![\w'])|"
    + "(?P<cjkwd>" + "|".join(sorted(CJK_WEEKDAYS, key=len, reverse=True)) + r")|\b(?P<fwd>"
    + "|".join(sorted(FOREIGN_WEEKDAYS, key=len, reverse=True)) + r")(?![\w-])|"
    + _RELATIVE.pattern
)
# "in 48h", "in 2hrs": hours written short, glued to the number (the words of the relative
# family do not cover them)
_IN_SHORT_HOURS = re.compile(r"(?=i)\bin\s+(?P<hn>\d{1,3})\s?(?P<hunit>h|hr|hrs)\b")
# ... not a period a figure was measured over: "$84M volume in 24h", "up 30% in 24h"
MEASURED_BEFORE = re.compile(
    r"(?:\d[\d.,]*\s*(?:[kmb%]|bn|usd|usdt)?|\b(?:volume|volumes|trades|traded|raised|sold"
    r"|claimed|minted|bridged|deposits|users|wallets|holders|signups))\s+$"
)
MEASURED_REACH = 16
# "sells out in 11 minutes", "sale fills in 40 minutes": a headline's present tense for how long
# a sale took, not when
SELL_OUT_BEFORE = re.compile(r"\b(?:sells?\s+out|fills|filled|sold\s+out)\s+$")
SELL_OUT_REACH = 12  # characters before "in ..." searched
PAST_LOOKBACK = 64  # characters of the clause before a day checked for a past-tense verb
_PAST_VERB = re.compile(
    # (not the end of a compound adjective: "Telegram-focused", "VC-backed")
    # (nor the adjectives of the trade: "the token of the Acme decentralized exchange, on Monday")
    r"(?<!-)\b(?!(?:scheduled|planned|expected|slated|confirmed|announced|need|based|accepted"
    r"|(?:de)?centrali[sz]ed|tokeni[sz]ed|(?:over)?collaterali[sz]ed|permissioned|automated"
    r"|dedicated|regulated|licensed|unaudited|leveraged|gated)\b)"
    r"[a-z]{3,}ed\b"
    r"|\b(?:was|were|began|became|went|shut|sold|rose|fell|hit|saw|ran|took place|drew|won)\b"
)
_CLAUSE_END = re.compile(r"[.!?;\n]")
_PASSIVE_NOW = ("is ", "are ", "gets ", "get ", "be ")  # a participle in the present passive
_FUTURE = re.compile(
    r"\b(?:will|to be|set to|is set|scheduled|planned|expected|slated)\b"
    # a headline's infinitive: "Acme to launch ACME token on Friday"
    r"|\bto (?:launch|open|list|debut|start|begin|go live|airdrop|hold|sell|run|distribute)\b"
)
_PRESENT_BEFORE = re.compile(
    # (not "went live on Wednesday": the past)
    r"\b(?:open|opens|start|starts|begin|begins|launch|launches|(?<!went )(?<!was )(?<!were )live"
    r"|is|are|runs|run)\s+"
    r"(?:on\s+|this\s+|next\s+|from\s+)?$"
    # the day an event was moved to: "claims are rescheduled to Monday", "pushed back until Friday"
    r"|\b(?:rescheduled|postponed|moved|pushed(?: back)?|delayed|shifted|(?:brought|pulled)"
    r" forward)\s+(?:to|until|till)\s+(?:next\s+|this\s+)?$"
)
# a present-tense main verb after the clause's past one: "Acme, which raised funds last year,
# opens claims on Friday" (the past verb is in a clause describing the subject); not "is" or
# "are", which describe a state since the day ("listed Tuesday and is up 30% since Tuesday")
_PRESENT_VERB = re.compile(
    r"\b(?:can|opens|starts|begins|launches|runs|goes|lists|debuts|unlocks|kicks off"
    # ... or the event's end still ahead: "opened Sunday and closes Thursday", "opened Tuesday
    # and keeps taking orders until Sunday"
    r"|closes|ends|will close|will end|keeps|remains|stays)\b"
)
# Zone abbreviations and the cities whose "<city> time" names a zone (order kept: first wins).
_ZONE_ABBREVIATIONS = (
    "utc|gmt|kst|jst|sgt|hkt|cest|cet|bst|ist|msk|wita|wib|ict|aedt|aest|acdt|acst|awst|nzdt"
    "|nzst|est|edt|cdt|pst|pdt|mst|mdt"
    "|tsi|tsİ|trt|brt|gst|eest|eet"  # "TSİ" keeps its dotted capital when folded
    "|wat|eat|pht"
)
_ZONE_CITIES = "|".join(sorted(map(re.escape, CITY_ZONES), key=len, reverse=True))
_TIME = re.compile(
    # (a Turkish case ending glued to the clock: "17:00'de (TSİ)")
    # (or a dot before the minutes, as Indonesian, Thai and German write a clock, when an
    # unambiguous zone follows: "pukul 06.00 WIB", "14.00 UTC"; not "1.30 et ...")
    r"(?=\d)\b(?P<h>[0-2]?\d)(?::(?P<m>[0-5]\d)|(?P<hh>h)(?P<hm>[0-5]\d)?"
    r"|\.(?P<dm>[0-5]\d)(?=\s*\(?(?:utc|gmt|wib|wita|kst|jst|sgt|hkt|cet|cest|msk|ict)\b))?"
    r"(?:'[a-zçğıöşü]{1,3})?"
    r"\s*(?P<ampm>am|pm|a\.m\.|p\.m\.)?\s*(?:(?<=h),\s*)?\(?"
    rf"(?P<zone>{_ZONE_ABBREVIATIONS}|eastern|pacific|et|pt|ct"
    rf"|(?P<city>{_ZONE_CITIES})(?: standard)? time)"
    r"(?:\s*(?P<sign>[+-])\s*(?P<off>\d{1,2}))?\b"
)
# ... or the abbreviation before the clock: "15 Eylül Salı, TSİ 02:00", "UTC 14:00" (not one
# that is also a word before a clock: German "Start ist 03:00 Uhr", French "est")
_ZONE_THEN_TIME = re.compile(
    r"\b(?P<zone>utc|gmt|kst|jst|sgt|hkt|cest|cet|bst|msk|wita|wib|ict|aest|edt|cdt|pst|pdt"
    r"|mdt|tsi|tsİ|trt|brt|eest|eet)\s+(?P<h>[0-2]?\d):(?P<m>[0-5]\d)\b"
)
# a clock whose zone follows the day it sets, in brackets: "20:00 on March 17 (UTC+8)"
ZONE_AFTER_REACH = 40
# (also "22h", as Portuguese and French write a clock: "às 22h (horário de Brasília)")
# (its edges are no letter or digit of the Latin script: "9月29日07:00（UTC+8）" joins a clock to
# Chinese characters, which are word characters too)
_UNZONED = re.compile(
    r"(?=\d)(?<![0-9a-z])(?P<h>[01]?\d|2[0-3])(?::(?P<m>[0-5]\d)|h(?P<hm>[0-5]\d)?)(?![0-9a-z])"
)
_ZONE_AFTER = re.compile(
    r"\((?:(?:utc|gmt)\s*(?P<sign>[+-])\s*(?P<off>\d{1,2})"
    rf"|(?P<city>{_ZONE_CITIES}) time|(?P<local>{_LOCAL_ZONE}))\)"
)  # "(UTC+8)", "(Vietnam time)", "(giờ Việt Nam)"
# a clock in the local time of the post's language: "23時（日本時間）", "오후 3시(한국시간)",
# "16 Uhr MESZ", "às 10h (horário de Brasília)", "в 15:00 по московскому времени"
# (the half of the day before the hour, in Japanese, Korean and Chinese: "午後3時", "오후 3시",
# "下午3点", "上午7时")
# (... and the parts of the day of Sinhala, Nepali, Hindi and Bengali: "දහවල් 2:30ට" (2:30 in the
# afternoon), "साँझ ५:४५", "शाम 6:30", "সন্ধ্যা 7:00"; the night's hours after six are the
# evening's: "रात 9 बजे", not "रात 1:30")
_HALF = (
    r"(?P<half>午前|午後|오전|오후|上午|下午|晚上|凌晨|රාත්‍රී|සවස|දහවල්|උදේ|बेलुका|साँझ|राति"
    r"|बिहान|शाम|रात|सुबह|दोपहर|সন্ধ্যা|রাত|বিকাল|বিকেল|সকাল|رات|شام|صبح|دوپہر)"
)  # (... and Urdu's: "رات 2 بجے" (2 at night), "شام 7 بجے")
PM_HALVES = ("午後", "오후", "下午", "晚上", "සවස", "දහවල්", "बेलुका", "साँझ", "शाम", "दोपहर",
             "সন্ধ্যা", "বিকাল", "বিকেল", "شام", "دوپہر")  # fmt: skip
NIGHT_HALVES = ("රාත්‍රී", "राति", "रात", "রাত", "رات")
_LOCAL_TIME = re.compile(
    rf"(?<![\d/.:]){_HALF}?\s*(?P<h>[0-2]?\d)(?::(?P<m>[0-5]\d)(?:\s*uhr)?"
    r"|h(?P<hm>[0-5]\d)?|\.(?P<dm>[0-5]\d)"  # (a dot before the minutes: "ob 0.00")
    # (the Hindi and Urdu o'clock: "रात 2 बजे", "رات 2 بجے")
    r"|\s*(?:時|时|点|시|uhr|órakor|h|बजे|بجے)(?:\s*(?P<mm>[0-5]?\d)\s*[分분])?)"
    r"(?:'[a-zçğıöşü]{1,3})?"
    # ("du matin": "à 1 h du matin, heure de Paris")
    rf"(?:\s+du matin|\s+صباحًا|\s+صباحاً|\s+صباحا)?(?:\s*(?:น|ч)\.)?"
    # (... or the word for o'clock after it: "6:00 ໂມງ", "8:30ට", "10টায়")
    r"(?:\s*(?:ໂມງ|ට|টায়|টা))?"
    rf"\s*[(,]?\s*(?:no\s+|pelo\s+|en\s+)?(?P<local>{_LOCAL_ZONE})"
)  # ("às 21h no horário de Brasília")
# ... or the zone named first, then the day and the clock: "日本時間10月15日（木）午前1時",
# "한국시간 7월 9일 오전 8시", "北京时间 10 月 23 日 00:30" (the clock attaches to the nearest day
# as any other)
_ZONE_FIRST_TIME = re.compile(
    rf"(?P<local>{_LOCAL_ZONE})[^。.\n]{{0,24}}?(?:{_HALF}\s*)?(?P<h>[0-2]?\d)\s*"
    r"(?:(?:時|时|点|시)(?:\s*(?P<mm>[0-5]?\d)\s*[分분])?|:(?P<m>[0-5]\d)\b)"
)
# one zone declared for every clock of the item: "all times are in UTC", "(모든 시간은 한국 시간
# 기준)", "KST 기준"
_ALL_TIMES_GATE = ("all times", "기준")
_ALL_TIMES = re.compile(
    rf"\ball times (?:are |shown |listed |below )?(?:in )?(?P<zone>{_ZONE_ABBREVIATIONS})\b"
    rf"|(?P<local>{_LOCAL_ZONE})\s*기준"
)
_NAMED_TIME = re.compile(
    r"\b(?P<named>midnight|noon)\s*\(?(?:in\s+)?"
    rf"(?P<zone>{_ZONE_ABBREVIATIONS}|et|pt|ct|(?P<city>{_ZONE_CITIES})(?: time)?)"
    r"(?:\s*(?P<sign>[+-])\s*(?P<off>\d{1,2}))?\b"
)


# a clock that says since when something holds ("open as of 10:00 UTC", "live since 09:00")
SINCE_BEFORE = re.compile(
    r"\b(?:as of|since|desde(?: el| la| o| a)?|depuis|seit|sejak|dal|dalla)\s+"
    # ... or counted from an event on that day: "held 0.08 since the TGE on Tuesday"
    r"(?:(?<=since )(?:the|its|their)\s+(?:[\w.$-]+\s+)?(?:tge|launch|listing|debut|claim|sale)"
    r"\s+(?:on\s+|last\s+)?)?$"
    # ... Vietnamese "đã mở từ tối thứ Năm" (open since Thursday evening)
    r"|(?:\bkể |\bđã mở |\bmở )từ\s+(?:(?:tối|sáng|chiều|trưa|đêm)\s+)?$"
)
SINCE_REACH = 36
# the day of something told in the past right after it: "on Wednesday was among the calmest",
# "on Tuesday went smoothly" (not "Tuesday was picked as the day")
WAS_AFTER = re.compile(r",? (?:was|were|went|saw|drew|brought) (?!(?:picked|chosen|set)\b)")
# a clock this close before publication is today's, reached: "GRNG transfers are on ... open from
# 10:00 UTC" posted at 10:02 (a day's post about tomorrow names the day)
JUST_PASSED_HOURS = 3
# a Turkish sentence ending in a past-tense verb, with no future participle in it: "pazartesi
# günü yüzde 14 değer kaybederek ... geriledi" (a day gone by; "açacağını duyurdu", "announced
# it will open", is ahead)
# A weekday of another language told of in the past tense (the previous such day, as "closed on
# Monday" is in English), by language: (past-tense marks, future marks) searched in the
# weekday's sentence; "sejak"/"desde"/"seit" are read as "since" above. Turkish, German,
# Japanese, Korean put the verb last: "pazartesi günü ... geriledi", "木曜日に開始した".
# a tense mark that never matches: a language whose tenses are not read
_NEVER = re.compile(r"(?!)")
FOREIGN_TENSES: dict[str, tuple[re.Pattern[str], re.Pattern[str]]] = {
    "es": (
        # (... and the passive: "la ventana fue cerrada el martes")
        re.compile(r"\b\w{2,}(?:ó|aron|ieron)\b|\bpasad[oa]\b|\bfuer?(?:on)? \w+d[oa]s?\b"),
        re.compile(r"\b\w+(?:rá|rán)\b|\bvan? a\b"),
    ),
    "pt": (
        # (... and the passive: "a janela de resgate foi encerrada na terça-feira")
        re.compile(r"\b\w{3,}(?:ou|iu|aram|eram|iram)\b|\bpassad[oa]\b|\bfo(?:i|ram) \w+d[oa]s?\b"),
        re.compile(r"\b\w+(?:rá|rão)\b|\b(?:vai|vão)\b"),
    ),
    "fr": (
        re.compile(
            r"\b(?:a|ont|est|sont|s'est|se sont)\s+(?:été\s+)?"
            r"\w+(?:é|ée|és|ées|i|is|u|ue|ert|erte)\b"
            # ... and the participle alone, as a lede writes it: "La vente publique, ouverte lundi
            # à 19 h, se poursuit jusqu'à mercredi" (opened on Monday)
            r"|\b(?:ouverte?s?|lancée?s?|démarrée?s?|entamée?s?)\b"
        ),
        re.compile(r"\b\w+(?:ra|ront)\b|\b(?:va|vont)\b"),
    ),
    "de": (
        re.compile(
            r"\b(?:hat|haben|hatte|hatten|wurde|wurden|war|waren)\b"
            r"|\b(?:ist|sind)\s+(?:\S+\s+){0,8}?ge\w+(?:en|t)\b"  # "ist ... zu Ende gegangen"
            # ... and the simple past of ending, starting, opening: "endete am Donnerstag"
            r"|\b(?:endete|endeten|begann|begannen|startete|starteten|schloss|schlossen"
            r"|öffnete|öffneten|lief|liefen|ging|gingen)\b"  # ("ging ... an den Start")
        ),
        re.compile(r"\b(?:wird|werden|soll|sollen)\b"),
    ),
    "it": (
        re.compile(
            r"\b(?:ha|hanno|è|sono)\s+(?:stat[oaie]\s+)?\w+(?:ato|ata|uto|ita|ito|ati|ite)\b"
            # ... and the irregular participles of closing and opening: "si è chiusa giovedì"
            r"|\b(?:è|sono)\s+(?:chius|apert|conclus)[oaie]\b"
            # ... and the participle alone, as a lede writes it: "la vendita pubblica ...,
            # partita lunedì" (started on Monday)
            r"|\b(?:partit|iniziat|cominciat|avviat)[oaie]\b"
        ),
        re.compile(r"\b\w+(?:rà|ranno)\b"),
    ),
    "tr": (
        re.compile(r"\w(?:dı|di|du|dü|tı|ti|tu|tü)(?:\.|$)"),
        re.compile(r"(?:acak|ecek|acağ|eceğ)"),
    ),
    "ru": (
        re.compile(r"\b\w{3,}(?:лся|лась|лось|лись|ла|ли)\b|\b(?:стартовал|открыл|запустил|прошел|прошёл)\b"),
        re.compile(r"\b(?:будет|будут|станет|откроется|стартует|пройдет|пройдёт)\b"),
    ),
    "id": (re.compile(r"\b(?:telah|sudah|lalu|kemarin)\b"), re.compile(r"\bakan\b")),
    # (Vietnamese "hôm thứ Hai" is a Monday gone: "chính thức ra mắt hôm thứ Hai" (launched on
    # Monday); "thứ Hai tới" one ahead)
    "vi": (
        re.compile(r"\b(?:đã|hôm qua|tuần trước)\b|\bhôm (?:thứ|chủ nhật)"),
        re.compile(r"\b(?:sẽ|tới|sắp)\b"),
    ),
    # Arabic: a day gone ("الماضي", last) or ahead ("المقبل", next; "سوف", "ستُفتح": will open)
    "ar": (
        re.compile(r"\b(?:الماضي|الماضية|الفائت|الفائتة)\b"),
        re.compile(r"\b(?:المقبل|المقبلة|القادم|القادمة|سوف|سيتم|ستبدأ|ستفتح|ستُفتح|سيبدأ)\b"),
    ),
    # Persian: "پنجره مطالبه جمعه گذشته بسته شد" (the claim window closed last Friday); the future's
    # "خواهد", the present that tells it ("باز می‌شود") and "آینده" (next)
    "fa": (
        re.compile(r"گذشته|\b(?:شد|شدند|بود|بودند)\b"),
        re.compile(r"\b(?:خواهد|خواهند|آینده)\b|\bمی\u200c?(?:شود|شوند|کند|کنند)\b"),
    ),
    "pl": (
        # (the past of verbs: "uruchomił", "zakończyła", "otworzyli"; not "protokół", a noun)
        re.compile(r"\b\w{2,}(?:ał|ił|ył|ęł|ała|iła|yła|ęła|ało|iło|yło|ali|ili|yli|ały|iły|yły)\b"),
        re.compile(r"\b(?:będzie|będą|zostanie|zostaną|ruszy|ruszą|otworzy|wystartuje|odbędzie)\b"),
    ),
    "uk": (
        # (not "-ів" but in "вів" (led, held: "провів"), the genitive plural of nouns: "для
        # учасників тестнету")
        # (... and the reflexive past: "Клейм ... відкрився в четвер" (opened on Thursday))
        re.compile(r"\b\w{3,}(?:ла|ло|ли|ав|ив|вся|лася|лося|лися)\b|\b\w*вів\b"),
        re.compile(r"\b(?:буде|будуть|стартує|відкриє|відбудеться|розпочнеться)\b"),
    ),
    "cjk": (
        re.compile(
            r"(?:した|ました|だった|された|った|已|了|했다|됐다|었다|았다|였다|했습니다|되었습니다)"
        ),
        re.compile(r"(?:する|します|予定|将|会|할|한다|합니다|예정)"),
    ),
    # ... and the tenses of some of the languages of MORE_WEEKDAY_NAMES: Czech and Slovak ("v
    # neděli uzavřel", "zatvorilo sa v pondelok"; "bude", "začne"), Croatian and Serbian ("završila
    # je u srijedu"; "će"), Romanian ("s-a încheiat marți"; "va", "vor"), Greek ("κυκλοφόρησε την
    # Παρασκευή", "πήγε"; "θα"), Swahili (the past's "-li-" and the future's "-ta-" after the
    # subject: "lilifunguliwa", "itafunguliwa"), Estonian (the participles: "reedel avatud"),
    # Lithuanian ("baigėsi sekmadienį"; "atsidarys"), Azerbaijani ("açdı";
    # "açacaq", "açır"), Hungarian and Hindi (below); a weekday of the others is the next such
    # day
    "cs": (
        re.compile(r"\b\w{3,}(?:el|il|al|ul|la|lo|li|ly)\b(?<!\bmodel)(?<!\bcíl)"),
        re.compile(r"\b(?:bude|budou|začne|začnú|spustí|otevře|otvorí|otevírá|otvára)\b"),
    ),
    "hr": (
        re.compile(r"\b\w{2,}(?:io|ila|ilo|ili|ao|ala|alo|ali|la|lo|li)\s+je\b"
                   r"|\bje\s+\w{2,}(?:io|ila|ilo|ili|ao|ala|alo|ali|eo|ela|elo|eli)\b"),
        re.compile(r"\b(?:će|ću|ćemo|ćete|otvara|počinje|kreće)\b"),
    ),
    "sr": (
        re.compile(r"\b\w{2,}(?:ио|ила|ило|или|ао|ала|ало|али|ео|ела|ело|ели)\b"),
        re.compile(r"\b(?:ће|отвара|почиње)\b"),
    ),
    "ro": (
        re.compile(r"\b(?:a|au|s-a|s-au)\s+\w{2,}(?:at|it|ut|ât)\b"),
        re.compile(r"\b(?:va|vor|o să|se deschide|începe|se listează)\b"),
    ),
    "el": (
        re.compile(r"\b\w{2,}(?:ε|αν)\b"),
        re.compile(r"\bθα\b|\bανοίγει\b|\bξεκινά\b"),
    ),
    "sw": (
        re.compile(r"\b(?:a|wa|i|zi|li|ya|ki|vi|u|ku)li\w{4,}\b|\bjana\b"),
        re.compile(r"\b(?:a|wa|i|zi|li|ya|ki|vi|u|ku)ta\w{4,}\b"),
    ),
    "et": (re.compile(r"\b\w{2,}(?:nud|tud|dud)\b"), _NEVER),
    "lt": (
        re.compile(r"\b\w{3,}(?:ėsi|osi|ė|o)\b"),
        re.compile(r"\b\w{3,}(?:ys|ės|sis)\b|\bbus\b"),
    ),
    "az": (
        re.compile(r"\b\w{2,}(?:dı|di|du|dü|tı|ti|tu|tü)\b"),
        re.compile(r"\b\w{2,}(?:acaq|əcək|ır|ir|ur|ür)\b"),
    ),
    # Hungarian: the past's "-t"/"-tt" ("a vasárnap délben zárult kör", "kedden indult"), not the
    # postpositions that end alike ("mellett", "között"); the present tells the future ("indul",
    # "nyílik"), as "fog" and "lesz" do
    "hu": (
        re.compile(
            r"\b(?!(?:mellett|helyett|között|felett|fölött|mögött|együtt|előtt)\b)"
            r"\w{2,}(?:ult|ült|ott|ett|ött|adt|edt)\b|\b(?:volt|voltak|elkelt)\b"
        ),
        re.compile(r"\b(?:fog|fogja|fogják|lesz|lesznek|indul|indítja|nyílik|kezdődik)\b"),
    ),
    # Swedish, Danish and Norwegian, Dutch: the past's "-ade", "-ede", "var", "geopend" ("öppnade
    # i tisdags", "åbnede mandag", "is dinsdag geopend"), the future's "kommer att", "ska", "vil",
    # "zal" and the present that tells it ("öppnar på onsdag", "opent dinsdag")
    "sv": (
        re.compile(r"\b\w{3,}(?:ade|ades|dde|tte)\b|\b(?:var|hade|stängde)\b"),
        re.compile(r"\b(?:kommer att|ska|skall|öppnar|startar|lanseras|börjar|inleds)\b"),
    ),
    "da": (
        re.compile(r"\b\w{3,}ede\b|\b(?:var|havde|hadde|åpnet|startet|lukket|lansert)\b"),
        re.compile(r"\b(?:vil|skal|åbner|åpner|starter|lanceres|lanseres|begynder)\b"),
    ),
    "nl": (
        re.compile(
            r"\b(?:was|waren|had|hadden|kwam|kwamen|ging|gingen|opende|openden|startte|startten"
            r"|sloot|sloten|begon|begonnen)\b|\bge\w{3,}(?:d|t)\b"
        ),
        re.compile(r"\b(?:zal|zullen|gaat|gaan|opent|start|begint|volgt)\b"),
    ),
    # Hindi: the past's "गया", "था", "हुआ" ("शुक्रवार को बंद हो गया" (closed on Friday)), the
    # future's "-गा" ("होगा", "खुलेगा"; a vowel sign ends no word for \b)
    "hi": (
        re.compile(r"(?:गया|गई|गए|गयी|था|थी|थे|हुआ|हुई|हुए|चुका|चुकी|चुके)(?=[\s।,.!?]|$)"),
        re.compile(r"(?:गा|गी|गे)(?=[\s।,.!?]|$)"),
    ),
}


class DateHit(NamedTuple):
    """A day reference: ``kind`` is ``explicit``, ``relative``, ``now`` or ``vague``.

    (A named tuple, not a frozen dataclass: cheaper to build on the hot path.)
    """

    start: int
    end: int
    date: dt.date | None
    kind: str


NEXT_DAY_WORDS = ("tomorrow", "tmrw")


def _sunday_from(year: int, month: int, day: int) -> dt.date:
    """The first Sunday on or after the given day."""
    start = dt.date(year, month, day)
    return start + dt.timedelta(days=(6 - start.weekday()) % 7)


def _us_offset(zone: str, day: dt.date) -> float:
    """US Eastern/Pacific/Central offset with daylight saving (2nd Sun Mar - 1st Sun Nov)."""
    dst_start, dst_end = _sunday_from(day.year, 3, 8), _sunday_from(day.year, 11, 1)
    return US_STANDARD[zone] + (1.0 if dst_start <= day < dst_end else 0.0)


class _Clock(NamedTuple):
    hour: int
    minute: int
    zone: str
    extra: float
    start: int
    end: int = -1

    def offset(self, day: dt.date) -> float:
        return _zone_offset(self.zone, self.extra, day)

    def to_utc(self, local_day: dt.date) -> dt.date:
        return _utc_day(self.hour, self.minute, self.zone, self.extra, local_day)


def _eu_summer(day: dt.date) -> bool:
    """European summer time: last Sunday of March to last Sunday of October."""
    march = dt.date(day.year, 3, 31)
    start = march - dt.timedelta(days=(march.weekday() + 1) % 7)
    october = dt.date(day.year, 10, 31)
    end = october - dt.timedelta(days=(october.weekday() + 1) % 7)
    return start <= day < end


def _au_summer(day: dt.date) -> bool:
    """Eastern Australia's summer time: first Sunday of October to first Sunday of April."""
    return day >= _sunday_from(day.year, 10, 1) or day < _sunday_from(day.year, 4, 1)


def _zone_offset(zone: str, extra: float, day: dt.date) -> float:
    if zone in US_STANDARD:
        base = _us_offset(zone, day)
    elif zone in EU_SUMMER:
        standard = LOCAL_ZONES[zone] if zone in LOCAL_ZONES else CITY_ZONES[zone]
        base = standard + (1.0 if _eu_summer(day) else 0.0)
    elif zone in AU_SUMMER:
        base = CITY_ZONES[zone] + (1.0 if _au_summer(day) else 0.0)
    else:
        base = (
            ZONES[zone] if zone in ZONES
            else CITY_ZONES[zone] if zone in CITY_ZONES
            else LOCAL_ZONES[zone]
        )  # fmt: skip
    return base + extra


@lru_cache(maxsize=4096)  # a pure function of few distinct values: "14:00 UTC" on a few days
def _utc_day(hour: int, minute: int, zone: str, extra: float, local_day: dt.date) -> dt.date:
    """The UTC day of ``hour:minute`` in ``zone`` (plus ``extra`` hours) on ``local_day``."""
    # (hour 24 is the end of the day: "8月12日24時" is midnight into the 13th)
    local = dt.datetime.combine(local_day, dt.time(0, minute)) + dt.timedelta(hours=hour)
    return (local - dt.timedelta(hours=_zone_offset(zone, extra, local_day))).date()


def _zone_key(zone: str) -> str:
    """A zone abbreviation or name as the offset tables key it ("eastern" is "et"; "TSİ" keeps
    its dotted capital when folded)."""
    zone = ZONE_NAMES.get(zone, zone)
    return "tsi" if zone == "tsİ" else zone


def _clocks(folded: str) -> list[_Clock]:
    clocks = []
    for m in _TIME.finditer(folded):
        hour = int(m["h"])
        ampm = (m["ampm"] or "").replace(".", "")
        if (
            not m["m"] and not m["dm"] and not m["hh"] and not ampm
            and (not m["off"] or "(" in m[0])
        ):  # fmt: skip
            continue  # "2 et" is not a time; need "2:00", "2pm" or "utc+2" ("10 (utc+8)": a day)
        if hour > 24 or (ampm and hour > 12):
            continue
        if ampm == "pm" and hour < 12:
            hour += 12
        elif ampm == "am" and hour == 12:
            hour = 0
        extra = _extra_hours(m)
        zone = m["city"] or _zone_key(m["zone"])
        minute = int(m["m"] or m["dm"] or m["hm"] or 0)
        clocks.append(_Clock(hour, minute, zone, extra, m.start(), m.end()))
    zoned_first = False
    for m in _ZONE_THEN_TIME.finditer(folded) if ":" in folded else ():  # (its clock has one)
        if int(m["h"]) <= 24 and not any(c.start < m.end() and m.start() < c.end for c in clocks):
            zone = _zone_key(m["zone"])
            clocks.append(_Clock(int(m["h"]), int(m["m"]), zone, 0.0, m.start(), m.end()))
            zoned_first = True
    if zoned_first:
        clocks.sort(key=_START)
    plain = folded.isascii()  # no local time of another language can be named
    if (
        "(utc" in folded or "(gmt" in folded or " time)" in folded or not plain
    ):  # "06:00 on 30/7 (Vietnam time)", "6:00 sáng 7/7 (giờ Việt Nam)"
        for m in _UNZONED.finditer(folded):
            if any(c.start <= m.start() < c.end for c in clocks):
                continue
            zone = _ZONE_AFTER.search(folded, m.end(), m.end() + ZONE_AFTER_REACH)
            if zone is None or ":" in folded[m.end() : zone.start()]:
                continue
            extra = _extra_hours(zone)
            name = zone["city"] or zone["local"] or "utc"
            minute = int(m["m"] or m["hm"] or 0)
            clocks.append(_Clock(int(m["h"]), minute, name, extra, m.start(), m.end()))
        clocks.sort(key=_START)
    if not plain or has_any(folded, LOCAL_ASCII_GATE):
        for m in _LOCAL_TIME.finditer(folded):
            minute = int(m["m"] or m["hm"] or m["dm"] or m["mm"] or 0)
            _add_local_clock(clocks, m, m.start(), minute)
        for m in _ZONE_FIRST_TIME.finditer(folded) if not plain else ():
            at = m.start("half") if m["half"] else m.start("h")
            _add_local_clock(clocks, m, at, int(m["mm"] or m["m"] or 0))
        clocks.sort(key=_START)
    if has_any(folded, _PART_OF_DAY_GATE):
        _part_of_day_clocks(clocks, folded)
        clocks.sort(key=_START)
    declared = _ALL_TIMES.search(folded) if has_any(folded, _ALL_TIMES_GATE) else None
    if declared is not None:  # "(all times KST)": every clock without a zone is in it
        zone = declared["zone"] or declared["local"]
        for m in _UNZONED.finditer(folded):
            if not any(c.start <= m.start() < c.end for c in clocks):
                minute = int(m["m"] or m["hm"] or 0)
                clocks.append(_Clock(int(m["h"]), minute, zone, 0.0, m.start(), m.end()))
        clocks.sort(key=_START)
    if not plain and declared is None:
        # a clock without a zone in a Japanese or Korean notice is in the local time of its
        # language: "2026 年 4 月 17 日（金）00:30 より", "10월 28일 00:30", "午前8時より"
        local = "jst" if _KANA.search(folded) else "kst" if _HANGUL.search(folded) else ""
        if local:
            for m in _UNZONED.finditer(folded):
                _add_local_clock(clocks, m, m.start(), int(m["m"] or m["hm"] or 0), local)
            for m in _BARE_LOCAL.finditer(folded):
                _add_local_clock(clocks, m, m.start(), int(m["mm"] or 0), local)
            clocks.sort(key=_START)
    if any(map(folded.__contains__, _NAMED_HOURS)):
        for m in _NAMED_TIME.finditer(folded):
            extra = _extra_hours(m)
            hour = 0 if m["named"] == "midnight" else 12
            clocks.append(_Clock(hour, 0, m["city"] or m["zone"], extra, m.start(), m.end()))
        clocks.sort(key=_START)
    return clocks


# an hour with the part of the day after it, as Vietnamese, Malay and Indonesian, Spanish,
# Portuguese and Italian write it, read when a zone follows within ZONE_AFTER_REACH: "lúc 2 giờ
# sáng thứ Bảy, 16/11 (giờ Việt Nam)", "jam 7 pagi waktu Malaysia", "a las 8 de la noche (hora
# de Madrid)", "alle 9 di sera, ora italiana"
_PART_OF_DAY_GATE = (
    "giờ", "pagi", "siang", "sore", "petang", "malam", "mañana", "madrugada", "tarde", "noche",
    "manhã", "noite", "mattin", "pomeriggio", "sera", "notte",
)  # fmt: skip
_PART_OF_DAY = re.compile(
    r"(?<![\d:.])(?P<h>[0-2]?\d)(?:[:.h](?P<m>[0-5]\d)|h)?(?:\s*giờ(?:\s*(?P<vm>[0-5]?\d))?)?"
    r"\s*(?:(?:de la|de|da|del|di)\s+)?"
    r"(?P<part>sáng|trưa|chiều|tối|đêm|pagi|siang|sore|petang|malam|mañana|madrugada|tarde"
    r"|noche|manhã|noite|mattina|mattino|pomeriggio|sera|notte)\b"
)
# the parts of the day whose hours are the afternoon's or evening's ("3 giờ chiều", "jam 8
# malam"), those whose early hours are after noon ("jam 1 siang", "12 giờ trưa") and those of
# the night, whose hours from six are the evening's ("11 giờ đêm", "a las 2 de la madrugada")
PM_PARTS = frozenset({"chiều", "tối", "sore", "petang", "tarde", "pomeriggio", "sera"})
NOON_PARTS = frozenset({"trưa", "siang"})
NIGHT_PARTS = frozenset({"đêm", "malam", "noche", "noite", "notte"})
_ZONE_NEAR = re.compile(
    rf"(?P<local>{_LOCAL_ZONE})|\b(?P<zone>{_ZONE_ABBREVIATIONS})\b"
    r"(?:\s*(?P<sign>[+-])\s*(?P<off>\d{1,2})\b)?"
    rf"|\b(?P<city>{_ZONE_CITIES}) time\b"
)


def _part_of_day_clocks(clocks: list[_Clock], folded: str) -> None:
    """Add the clocks written with the part of the day after the hour whose zone follows."""
    for m in _PART_OF_DAY.finditer(folded):
        hour, part = int(m["h"]), m["part"]
        if hour > 12 or any(c.start <= m.start() < c.end for c in clocks):
            continue
        zone = _ZONE_NEAR.search(folded, m.end(), m.end() + ZONE_AFTER_REACH)
        if zone is None or any(m.end() <= c.start < zone.start() for c in clocks):
            continue
        if (
            (part in PM_PARTS and hour < 12)
            or (part in NOON_PARTS and hour < 6)
            or (part in NIGHT_PARTS and (6 <= hour < 12 or hour == 12))
        ):
            hour += 12
        name = zone["local"] or zone["city"] or _zone_key(zone["zone"])
        minute = int(m["m"] or m["vm"] or 0)
        clocks.append(_Clock(hour, minute, name, _extra_hours(zone), m.start(), m.end()))


_KANA = re.compile(r"[\u3040-\u30ff]")
_HANGUL = re.compile(r"[\uac00-\ud7a3]")
# an hour written the Japanese or Korean way with no zone: "午前8時", "오전 8시 30분"
_BARE_LOCAL = re.compile(
    rf"{_HALF}?\s*(?<![\d:])(?P<h>[0-2]?\d)\s*(?:時|시)(?![間간])(?:\s*(?P<mm>[0-5]?\d)\s*[分분])?"
)


def _add_local_clock(
    clocks: list[_Clock], m: re.Match[str], at: int, minute: int, zone: str = ""
) -> None:
    """The clock of a local-time match starting at ``at`` ("午後3時", "오전 8시"), in the zone it
    names (or ``zone``), unless a clock found already covers it or its hour is no hour."""
    if any(c.start <= at < c.end for c in clocks):
        return
    if zone and any(at <= c.start < m.end() for c in clocks):
        return  # (a bare match reaching over a clock found already)
    hour = int(m["h"])
    if hour > 24:
        return
    if "half" in m.re.groupindex and hour < 12 and (
        m["half"] in PM_HALVES or (m["half"] in NIGHT_HALVES and hour >= 6)
    ):
        hour += 12
    clocks.append(_Clock(hour, minute, zone or m["local"], 0.0, at, m.end()))


# a day's weekday in brackets right after it, as much of the world's press writes dates: "18 May
# (Monday)", "on the 5th (Thu)"
WEEKDAY_IN_BRACKETS = (
    r"\((?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?|[月火水木金土日]|[월화수목금토일])\)"
)  # "(Mon)", and Japanese and Korean "(水)", "(수)"
# ... between the day and its clock: "18 May (Monday) at 00:30 TSİ"
WEEKDAY_ASIDE = re.compile(r"\s*" + WEEKDAY_IN_BRACKETS + r"\s*(?:at\s+|,\s*)?")
SENTENCE_COST = 20  # a weekday's clock in another sentence is farther than it looks
ASIDE_COST = 50  # a clock in brackets after a day ("(16:00 UTC, Sept 8)") belongs to its own day


def _extra_hours(m: re.Match[str]) -> float:
    """The signed offset written after a zone ("utc+8", "(utc-3)"), 0 when none is."""
    return float(m["off"] or 0) * (-1 if m["sign"] == "-" else 1)


def _nearest_clock(
    clocks: list[_Clock], start: int, end: int, window: int, folded: str = "", text: str = ""
) -> _Clock | None:
    """The clock nearest the day at ``start:end`` within ``window`` characters (``folded``: a
    bracket between them costs more; ``text``: so does the end of a sentence, "Tue 21: claims
    at 12:00 UTC. Thu 23: SPACE goes live at 8:00 PM ET")."""
    best, best_gap = None, window + 1
    for clock in clocks:
        # a clock before the day counts from its end ("00:00 JST on July 21")
        gap = clock.start - end if clock.start >= end else start - max(clock.start, clock.end)
        if (
            clock.start >= end
            and "(" in folded[end : clock.start]
            and not WEEKDAY_ASIDE.match(folded, end, clock.start)  # "18 May (Mon) at 09:00"
        ):
            gap += ASIDE_COST
        if text:
            a, b = (end, clock.start) if clock.start >= end else (clock.end, start)
            if text.find(". ", a, b) >= 0:
                gap += SENTENCE_COST
        if gap <= window and gap < best_gap:
            best, best_gap = clock, gap
    return best


@lru_cache(maxsize=4096)  # a pure function of few distinct values: "March 20" published today
def _pick_year(month: int, day: int, published: dt.date) -> dt.date | None:
    best: dt.date | None = None
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            continue
        if best is None or abs((candidate - published).days) < abs((best - published).days):
            best = candidate
    if best is not None and abs((best - published).days) > HALF_YEAR_DAYS * 2:
        return None
    return best


def ethiopian_day(month: int, day: int, year: int | None, published: dt.date) -> dt.date | None:
    """The Gregorian day of ``day`` ``month`` of the Ethiopian calendar, in ``year`` of its era
    (else the year putting it nearest ``published``); ``None`` for a day it does not have."""
    if not (1 <= day <= (6 if month == 13 else 30)):
        return None
    years = (year,) if year is not None else (published.year - 8, published.year - 7)
    best: dt.date | None = None
    for y in years:
        jdn = ETHIOPIAN_EPOCH + 365 * y + y // 4 + 30 * month + day - 31
        candidate = dt.date.fromordinal(jdn - JDN_OF_ORDINAL_ONE + 1)
        if best is None or abs((candidate - published).days) < abs((best - published).days):
            best = candidate
    return best


def _explicit(m: re.Match[str], published: dt.date, months: tuple[str, ...]) -> dt.date | None:
    groups = m.groupdict()
    if _month_less(m, months):
        return _nearest_month_day(int(groups["day"]), published)
    if groups.get("emon"):
        year = groups.get("eyear")
        return ethiopian_day(
            ETHIOPIAN_MONTHS[groups["emon"]], int(groups["day"]), int(year) if year else None,
            published,
        )  # fmt: skip
    if groups.get("fmon"):
        month = FOREIGN_MONTHS[groups["fmon"]]
    else:
        month = MONTHS[groups["mon"][:3]] if groups.get("mon") else int(groups["mnum"])
    day = int(groups["day"])
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    if groups.get("year") or groups.get("lastyear"):
        year = int(groups["year"]) if groups.get("year") else published.year - 1
        try:
            return dt.date(year, month, day)
        except ValueError:
            return None
    return _pick_year(month, day, published)


def _month_less(m: re.Match[str], months: tuple[str, ...]) -> bool:
    """The match names a day of the month alone: "the 17th" (``months``: the month groups its
    pattern has)."""
    for group in months:  # noqa: SIM110 - a loop: a generator costs more than it checks
        if m[group]:
            return False
    return True


def _month_before(day: dt.date) -> dt.date:
    """The same day of the month before (the day itself when that month has no such day)."""
    year, month = divmod(day.year * 12 + day.month - 2, 12)
    try:
        return dt.date(year, month + 1, day.day)
    except ValueError:
        return day


# a span counted from the day: "six months after its April 22 token launch"
SPAN_AFTER_BEFORE = re.compile(
    r"\b(?:months?|years?|weeks?) (?:after|since) (?:its |the |their )?$"
)


def _year_before(day: dt.date) -> dt.date:
    """The same day of the year before (the day itself when that year has no such day)."""
    try:
        return day.replace(year=day.year - 1)
    except ValueError:
        return day


def _nearest_month_day(day: int, published: dt.date) -> dt.date | None:
    """The day ``day`` of the previous, current or next month nearest to ``published`` (the
    later one of two as near: news names days ahead more than days gone)."""
    best: dt.date | None = None
    for shift in (-1, 0, 1):
        year, month = divmod(published.year * 12 + published.month - 1 + shift, 12)
        try:
            candidate = dt.date(year, month + 1, day)
        except ValueError:
            continue
        if best is None or abs((candidate - published).days) <= abs((best - published).days):
            best = candidate
    return best


# verbs of saying in the past tense report the statement, not the event ("Presta confirmó que
# el claim abre el martes"): taken out of the sentence before its tense is read
# Verbs of saying in the past tense, as the press of other languages writes them (one list for
# the tense check below and for lead_event's announcement days)
FOREIGN_SAYING = (
    r"confirmó|anunció|dijo|informó|aseguró|explicó|indicó|afirmó|reveló|comunicó|publicó"
    r"|señaló|detalló|precisó|confirmou|anunciou|disse|informou|afirmou|divulgou|revelou"
    r"|comunicou|explicou"
    r"|a (?:confirmé|annoncé|indiqué|déclaré|précisé|expliqué|fait savoir|dévoilé|révélé|publié)"
    r"|ha (?:confermato|annunciato|comunicato|detto)"
    r"|сообщил\w*|заявил\w*|объявил\w*|подтвердил\w*|mengumumkan|menyatakan|mengatakan"
    # ... Polish and Ukrainian: "poinformowali w poniedziałek, że ...", "повідомила у вівторок"
    r"|poinformował\w*|ogłosił\w*|zapowiedział\w*|potwierdził\w*|przekazał\w*"
    r"|повідомил\w*|повідомив|оголосил\w*|оголосив|заявив|підтвердил\w*|підтвердив"
)
SAYING = re.compile(
    r"\b(?:" + FOREIGN_SAYING
    + r"|hat (?:\w+ )?(?:bestätigt|mitgeteilt|angekündigt|erklärt|bekanntgegeben)"
    r"|đã (?:xác nhận|thông báo|công bố))\b"
    r"|宣布了?|表示|発表した|밝혔다|발표했다"
)


# languages whose verb ends the sentence (the whole sentence is read), and the clause breaks of
# the others
VERB_LAST = frozenset({"tr", "de", "cjk"})
TR_CLAUSE = re.compile(r"\bve\b|;")
FOREIGN_CLAUSE = re.compile(
    r"[,;:]|\b(?:e|y|et|und|ed|и|а|dan|và|pero|mas|mais|aber|ma|mientras)\b"
)

# a plan's future, in the other languages: "sẽ ra mắt", "se lanzará", "vai lançar", "sera lancé",
# "wird starten", "akan diluncurkan", "将于", "예정", "予定" (tighter than FOREIGN_TENSES, whose
# endings catch words such as "para")
_FOREIGN_FUTURE = re.compile(
    r"\b\w{2,}(?:ará|erá|irá|arán|erán|irán|arão|erão|irão|erà|irà|eranno|iranno|eront|iront)\b"
    r"|\b(?:sera|será|serão|serán|seront|serait|seraient|aura|auront|lancera|ouvrira"
    r"|commencera|démarrera|débutera|organisera|proposera|distribuera|ajoutera|listera|vendra|mettra|déploiera)\b"
    r"|\b(?:va|van) a\b|\b(?:vai|vão|va|vont)\b"
    r"|\bprevist[oa]s? (?:para|per)\b|\bprévue?s? (?:pour|en|au|le)\b|\bprogramad[oa]s? para\b"
    r"|\b(?:wird|werden|soll|sollen|plant|geplant)\b|\b(?:akan|dijadwalkan|direncanakan)\b"
    # ... Dutch and Polish: "zal", "zegt ... uit te brengen", "trafi", "zostanie"
    r"|\b(?:zal|zullen|gaat|brengt|uit te brengen|trafi|zostanie|zostaną|będzie|wejdzie)\b"
    # (Dutch tells it in the present passive, Polish in the perfective: "wordt gelanceerd in het
    # derde kwartaal", "ruszy w sierpniu", "będą mogli odebrać")
    r"|\b(?:wordt|worden|volgt|ruszy|ruszą|będą)\b"
    # (... and in the Dutch present of launching: "lanceert CLIQUE-token in het derde
    # kwartaal")
    r"|\b(?:lanceert|lanceren)\b"
    # (... or as what is to happen: "co ma nastąpić w trzecim kwartale", "nastąpi", "doda")
    r"|\b(?:ma|mają) nastąpić\b|\b(?:nastąpi|doda|dodadzą|wprowadzi|odbędzie|odbędą)\b"
    # (... or as what the project confirms for the period: "potwierdza: airdrop SPACE odbędzie się
    # w pierwszym kwartale 2030", "conferma la seconda stagione ... per il primo trimestre 2030")
    r"|\b(?:potwierdza|potwierdził|potwierdziła|conferma|confermato|confermata|confirma"
    r"|confirmó|confirmou|confirme|bestätigt|xác nhận|onayladı|doğruladı)\b"
    # (German tells a plan in the present: "dass ihr ROBO-Token im Juni startet", "kommt im Juni")
    r"|\b(?:startet|kommt|erscheint|beginnt|kündigt|angekündigt|können|kann|verteilt)\b"
    # (... or as what the project means to do: "will ihren Mitgliedern im Dezember CTLD zuteilen")
    r"|\b(?:will|wollen|möchte|möchten)\b"
    # (... and the Nordic languages: "skal lansere", "vil lansere", "ska lansera", "kommer att")
    r"|\b(?:skal|ska|skall|vil|kommer att|kommer til å)\b"
    # (... or their present of launching, as Dutch: "lanserer egen token i tredje kvartal")
    r"|\b(?:lanserer|lanserar|lancerer)\b"
    r"|\b(?:sẽ|dự kiến)\b|(?:acak|ecek|acağ|eceğ|planlan)"
    # (... and Ukrainian: "у вересні відкриє отримання")
    r"|\b(?:відкриє|запустить|буде|будуть|роздасть|проведе|стартує)\b"
    r"|\b(?:будет|будут|станет|планирует|планируется|запустит|выпустит|пройдёт|пройдет"
    r"|состоится|стартует|начнётся|начнется|откроется|проведёт|проведет|раздаст|раздадут"
    r"|откроет|откроют)\b"
    r"|予定|将于|将在|将会|计划|預定|예정|계획"
    # (Japanese and Korean tell a plan in the present: "第4四半期に実施すると発表",
    # "10월에 진행한다고 발표")
    r"|すると|します|を行う|行います|한다고|할 것|진행한다|실시한다|시작한다|출시한다|개시한다"
    # (Hindi future endings: "लॉन्च करेगा", "होगी", "खुलेगा"; Arabic "سوف", "سيتم", "ستبدأ",
    # "من المقرر"; Persian "خواهد"; Thai "จะ"; more Ukrainian and Russian verbs)
    r"|ेगा|ेगी|ेंगे|ोगा|ोगी|ोंगे|एगा|एगी|एंगे"
    r"|\b(?:سوف|سيتم|ستتم|سيكون|ستكون|سيبدأ|ستبدأ|سيطلق|ستطلق|سيُطلق|ستُطلق|ستنطلق|سينطلق|ستطرح|سيطرح"
    r"|يُتوقع|خواهد|خواهند)\b|من المقرر|จะ"
    # (Persian tells a plan in the present: "عرضه توکن SPACE در نوامبر انجام می‌شود")
    r"|\bمی\u200c?(?:شود|شوند|کند|کنند|رسد)\b"
    # (Greek: "θα κυκλοφορήσει τη Δευτέρα" (will be released))
    r"|\bθα\b"
    # (Bengali: "স্থানান্তরযোগ্য হবে" (will be transferable), "লেনদেনযোগ্য হচ্ছে" (is becoming
    # tradable))
    r"|\s(?:হবে|হচ্ছে)"
    r"|\b(?:з'явиться|вийде|відбудеться|розпочнеться|появится|выйдет)"
    # (Urdu: "کھلے گا" (will open), "ہوگی")
    r"|\s(?:گا|گی|گے)\b|ہوگا|ہوگی"
)
FOREIGN_FUTURE_BRANCHES = Branches(_FOREIGN_FUTURE)  # (searched alternative by alternative)
for _language in MORE_WEEKDAY_NAMES:
    FOREIGN_TENSES.setdefault(_language, (_NEVER, _NEVER))
for _shared in {lang for lang in WEEKDAY_LANGUAGE.values() if "+" in lang}:
    _parts = [FOREIGN_TENSES[lang] for lang in _shared.split("+")]
    FOREIGN_TENSES[_shared] = (
        re.compile("|".join(f"(?:{past.pattern})" for past, _ in _parts)),
        re.compile("|".join(f"(?:{future.pattern})" for _, future in _parts)),
    )


def _foreign_past(m: re.Match[str], folded: str, start: int, end: int) -> bool:
    """A weekday of another language whose sentence is told in the past tense, with nothing
    ahead in it (FOREIGN_TENSES)."""
    if m.re is not _RELATIVE_INTL:
        return False
    language = WEEKDAY_LANGUAGE.get(m["fwd"]) if m["fwd"] else ("cjk" if m["cjkwd"] else None)
    if language is None:
        return False
    past, future = FOREIGN_TENSES[language]
    begin = max(folded.rfind(mark, 0, start) for mark in (".", "\n", "。"))
    stop = _CLAUSE_END.search(folded, end)
    cjk_stop = folded.find("。", end)
    finish = stop.end() if stop else len(folded)
    if 0 <= cjk_stop < finish:
        finish = cjk_stop + 1
    sentence = folded[begin + 1 : finish].rstrip()
    # the weekday's own clause: "abriu na segunda e fecha na quinta"; in Turkish, which puts
    # the verb last, between its "ve" (and): "salı günü başladı ve perşembe kapanacak"
    clause = (
        FOREIGN_CLAUSE if language not in VERB_LAST else TR_CLAUSE if language == "tr" else None
    )
    if clause is not None:
        at = start - begin - 1
        cuts = [c.end() for c in clause.finditer(sentence, 0, at)]
        after = clause.search(sentence, at + (end - start))
        sentence = sentence[cuts[-1] if cuts else 0 : after.start() if after else len(sentence)]
        sentence = sentence.rstrip()  # (Turkish's past is read at the clause's end)
    sentence = SAYING.sub(" ", sentence)
    return past.search(sentence) is not None and future.search(sentence) is None


def _past_tense_before(folded: str, start: int) -> bool:
    """The clause before ``start`` is in the past tense ("closed on Monday", "filled its cap
    within minutes of opening on Tuesday"), unless the verb right before the day is in the
    present ("... who were active in March, open on Friday") or a present-tense verb follows
    the last past one ("Acme, which raised funds last year, opens claims on Friday")."""
    clause = _CLAUSE_END.split(folded[max(0, start - PAST_LOOKBACK) : start])[-1]
    if _PRESENT_BEFORE.search(clause) or _FUTURE.search(clause):
        return False
    last = -1
    for m in _PAST_VERB.finditer(clause):
        if not clause.endswith(_PASSIVE_NOW, 0, m.start()):  # "JOKR is generated Monday"
            last = m.end()
    return last >= 0 and not _PRESENT_VERB.search(clause, last)


# the start an event's first hours are counted from: "traded $1.9 billion in its first 24 hours
# after going live on Thursday" (a day gone by when the sentence tells the past)
AFTER_START_BEFORE = re.compile(
    r"\bafter (?:going live|launching|opening|listing|debuting|its (?:launch|debut|tge|listing))"
    r" (?:on )?$"
)
AFTER_START_REACH = 40


def _after_past_start(folded: str, start: int) -> bool:
    if AFTER_START_BEFORE.search(folded, max(0, start - AFTER_START_REACH), start) is None:
        return False
    # (a sentence ends at a mark before a space, not inside "$1.9")
    begin = max(folded.rfind(mark, 0, start) for mark in (". ", "\n", "! ", "? ")) + 1
    sentence = folded[begin:start]
    return _FUTURE.search(sentence) is None and _PAST_VERB.search(sentence) is not None


def _past_tense_after(folded: str, end: int) -> bool:
    """The clause after ``end`` has a verb in the past tense: "in the weeks after its TGE, the
    price fell" (a time gone by, not a period ahead)."""
    clause = _CLAUSE_END.split(folded[end : end + PAST_LOOKBACK], 1)[0]
    if _FUTURE.search(clause):
        return False
    return any(
        not clause.endswith(_PASSIVE_NOW, 0, m.start()) for m in _PAST_VERB.finditer(clause)
    )


def _restated_weekdays(
    hits: list[DateHit],
    weekdays: list[int],
    folded: str,
    zoned: dict[dt.date, dt.date],
    rel_zoned: dict[dt.date, dt.date],
) -> None:
    """A weekday named in a headline and its day written out below, a week later than the
    weekday's next occurrence ("opens Saturday, 2 a.m. IST" above "from 02:00 IST on Saturday,
    Sept. 12"), or a week earlier when the day below is written with its weekday ("after
    Wednesday's launch" above "which opened on Wednesday, April 8", written on the Friday): the
    written day is the one meant. A written day with a clock in a local zone is compared as
    written ("ve čtvrtek" above "ve čtvrtek 21. října v 00:30 SELČ", Wednesday the 20th in
    UTC), and so is a weekday with one (``zoned`` and ``rel_zoned`` map the local days of the
    written days and of the weekdays to theirs in UTC)."""
    local_of = {utc: local for local, utc in zoned.items()}
    weekday_local_of = {utc: local for local, utc in rel_zoned.items()}
    written = [h for h in hits if h.kind == "explicit" and h.date is not None]
    days = [local_of.get(h.date, h.date) for h in written if h.date is not None]
    for index in weekdays:
        hit = hits[index]
        if hit.date is None or hit.date in days:
            continue  # (the weekday's own day is written out: it is the one meant)
        named = weekday_local_of.get(hit.date, hit.date)
        for other in written:
            assert other.date is not None
            day = local_of.get(other.date, other.date)
            if day.weekday() != named.weekday():
                continue
            gap = (day - named).days
            if 0 < gap <= 7 or (gap == -7 and _same_weekday_before(folded, hit, other)):
                hits[index] = DateHit(hit.start, hit.end, other.date, hit.kind)
                break


def _same_weekday_before(folded: str, hit: DateHit, other: DateHit) -> bool:
    """The written day ``other`` is preceded by the weekday that ``hit`` names: "Wednesday,
    April 8" for "Wednesday", or in another language the same word ("ouverte mercredi" above
    "ouverte mercredi 14 octobre", "tras arrancar el jueves" above "el jueves 10 de
    septiembre")."""
    before = folded[max(0, other.start - 16) : other.start]
    m = _WEEKDAY_BEFORE.search(before)
    if m is not None:
        return m["wd"] == folded[hit.start : hit.start + 3]
    words = folded[hit.start : hit.end].split()
    return bool(words) and before.rstrip(" ,.").endswith(words[-1])


def _past_possessive(folded: str, end: int) -> bool:
    """A weekday owning the event of a past-tense clause: "Monday's sale sold out in 11
    minutes" (the Monday before)."""
    if not folded.startswith(("'s ", "’s "), end):
        return False
    stop = _CLAUSE_END.search(folded, end)
    return _PAST_VERB.search(folded, end, stop.start() if stop else len(folded)) is not None


def _day_word(m: re.Match[str]) -> str:
    """"today", "tomorrow", ... as written in English or in a CJK word; "" for other matches."""
    if m["word"] or m.re is _RELATIVE:
        word = m["word"] or ""
        return "overmorrow" if word.endswith("after tomorrow") else word
    if m["cjk"]:
        return CJK_DAY_WORDS[m["cjk"]]
    return FOREIGN_DAY_WORDS[m["intl"]] if m["intl"] else ""


def _weekday(m: re.Match[str]) -> int | None:
    """The weekday (Monday 0) a relative match names, in English or another language."""
    if m["wd"]:
        return WEEKDAYS[m["wd"]]
    if m.re is _RELATIVE_INTL:
        if m["fwd"]:
            return FOREIGN_WEEKDAYS[m["fwd"]]
        if m["cjkwd"]:
            return CJK_WEEKDAYS[m["cjkwd"]]
    return None


# a weekday of the week before: "Monday last week", Indonesian "Senin pekan lalu", French "lundi de
# la semaine dernière", Spanish "el lunes de la semana pasada"
LAST_WEEK_AFTER = re.compile(
    r",?\s+(?:of\s+)?(?:last week|the week before|pekan lalu|minggu lalu|de la semaine dernière"
    r"|de la semana pasada|da semana passada|der letzten woche|letzte woche|на прошлой неделе"
    r"|geçen hafta)\b"
)


# a weekday naming what a recap looks back on: "Monday recap:", "Tuesday's wrap-up"
RECAP_AFTER = re.compile(r"(?:'s)?\s+(?:recap|wrap-up|wrap up|roundup|round-up|review)\b")


def _relative(m: re.Match[str], base: dt.date, backwards: bool) -> tuple[dt.date, str]:
    word = _day_word(m)
    if word:
        offsets = {
            "tomorrow": 1, "tmrw": 1, "yesterday": -1, "overmorrow": 2, "in a week": 7,
            "in two weeks": 14,
        }  # fmt: skip
        return base + dt.timedelta(days=offsets.get(word, 0)), "now" if word in (
            "today",
            "tonight",
            "now",
        ) else "relative"
    weekday = _weekday(m)
    if weekday is not None and LAST_WEEK_AFTER.match(m.string, m.end()) is not None:
        # "on Monday last week", "pada Senin pekan lalu": that weekday of the week before
        return base - dt.timedelta(days=base.weekday() + 7 - weekday), "relative"
    if weekday is not None:
        qualifier = (m["next"] or "").strip()
        if qualifier in ("last", "past") or (backwards and not qualifier):
            back = (base.weekday() - weekday) % 7
            return base - dt.timedelta(days=back or (7 if qualifier else 0)), "relative"
        ahead = (weekday - base.weekday()) % 7
        if qualifier == "next" and not ahead:
            ahead = 7
        return base + dt.timedelta(days=ahead), "relative"
    count = NUMBERS.get(m["n"], 0) if not m["n"].isdigit() else int(m["n"])
    days = count * (7 if m["unit"].startswith("week") else 1)
    return base + dt.timedelta(days=days), "relative"


def _as_its_weekday(folded: str, m: re.Match[str], day: dt.date) -> dt.date:
    """"Mon 05/10" written in October, "Kamis (5/3)": the weekday before a numeric date picks
    the reading (day first) whose weekday it is, when the month-first one is not."""
    found = _WEEKDAY_BEFORE.search(folded, max(0, m.start() - 16), m.start())
    if found is not None:
        weekday = WEEKDAYS[found["wd"]]
    else:
        found = _FOREIGN_WEEKDAY_BEFORE.search(folded, max(0, m.start() - 24), m.start())
        if found is None:
            return day
        weekday = FOREIGN_WEEKDAYS[found["wd"]]
    if day.weekday() == weekday:
        return day
    try:
        other = dt.date(day.year, int(m["day"]), int(m["mnum"]))
    except ValueError:
        return day
    return other if other.weekday() == weekday else day


AMBIGUOUS_AHEAD_DAYS = 31  # how far ahead a day-first reading may lie to be preferred


def _day_first_ahead(m: re.Match[str], day: dt.date, published: dt.date) -> dt.date:
    """"Trading: 10/11, 14:00 UTC" written on November 10: when the month-first reading of a
    numeric date is gone by and the day-first one is the day of publication or a day of the
    month ahead, the day-first one (as most of the world writes a date)."""
    other = _pick_year(int(m["day"]), int(m["mnum"]), published) if int(m["day"]) <= 12 else None
    if other is not None and 0 <= (other - published).days <= AMBIGUOUS_AHEAD_DAYS:
        return other
    return day


# each explicit pattern with what it needs, its month groups and its probe
_EXPLICIT_RULES = tuple(
    zip(_EXPLICIT, _EXPLICIT_NEEDS, _MONTH_GROUPS, _EXPLICIT_PROBES, strict=True)
)


def _needed(need: tuple[str, ...], families: frozenset[str], folded: str) -> bool:
    """One of ``need`` is a family among ``families`` or a literal ``folded`` contains (a loop:
    compiled, no generator)."""
    for word in need:  # noqa: SIM110
        if word in families or word in folded:
            return True
    return False


def find_dates(
    folded: str,
    published: dt.datetime,
    clock_window: int = 40,
    families: frozenset[str] = ALL_FAMILIES,
) -> list[DateHit]:
    """Every day reference in ``folded``, in text order, resolved against ``published`` (UTC).

    ``families``: the :data:`DATE_WORDS` families whose words the text contains (default: all,
    which is always correct; fewer only skips patterns that cannot match).
    """
    pub_day = published.date()
    has_digit = _DIGIT.search(folded) is not None
    has_clock = (
        (
            has_digit
            and (any(map(folded.__contains__, _CLOCK_GATE)) or _H_CLOCK.search(folded) is not None)
        )
        or any(map(folded.__contains__, _NAMED_HOURS))
        or (has_digit and not folded.isascii())
    )
    clocks = _clocks(folded) if has_clock else []
    hits: list[DateHit] = []
    taken: list[tuple[int, int]] = []
    # the same day written again without a clock is the zoned day's UTC date
    zoned: dict[dt.date, dt.date] = {}
    unzoned: list[int] = []
    probed = [0] * len(_PROBES)  # per probe: 0 not searched yet, 1 found, 2 not found
    for pattern, need, months, probe in _EXPLICIT_RULES if has_digit else ():
        if not _needed(need, families, folded):
            continue
        if probe != NO_PROBE:
            if not probed[probe]:
                probed[probe] = 1 if _PROBES[probe].search(folded) is not None else 2
            if probed[probe] == 2:
                continue  # (no match of its probe: none of its own)
        for m in pattern.finditer(folded):
            start, end = m.span()
            if taken and not _free(taken, start, end):
                continue
            day = _explicit(m, pub_day, months)
            if day is None:
                continue
            if pattern is _MONTH_FIRST:
                day = _as_its_weekday(folded, m, day)
                if day < pub_day and not m["year"]:
                    day = _day_first_ahead(m, day, pub_day)
            if day > pub_day and _month_less(m, months) and _past_tense_before(folded, start):
                day = _month_before(day)  # "began trading on the 17th", written on April 2
            elif (
                day.year > pub_day.year
                and not m.groupdict().get("year")
                and (
                    _past_tense_before(folded, start)
                    or SPAN_AFTER_BEFORE.search(folded, max(0, start - 24), start) is not None
                )
            ):  # "which launched BKLT on March 3", "six months after its April 22 token
                # launch", written on September 3 and October 22: the day gone by
                day = _year_before(day)
            clock = _nearest_clock(clocks, start, end, clock_window, folded) if clocks else None
            if clock is not None:
                zoned[day] = utc = clock.to_utc(day)
                hits.append(DateHit(start, end, utc, "explicit"))
            else:
                unzoned.append(len(hits))
                hits.append(DateHit(start, end, day, "explicit"))
            taken.append((start, end))
    for index in unzoned if zoned else ():  # "July 14" in a headline, "8 p.m. ET July 14" below
        hit = hits[index]
        if hit.date in zoned:
            hits[index] = DateHit(hit.start, hit.end, zoned[hit.date], hit.kind)
    explicit_starts = [s for s, _ in taken]
    # a weekday or "tomorrow" written again without a clock is the zoned one's UTC day ("opens
    # Sunday evening ET" in a headline, "at 9 p.m. ET on Sunday" below; "claims open tomorrow"
    # in a headline, "tomorrow at 9 p.m. ET" below)
    rel_zoned: dict[dt.date, dt.date] = {}
    rel_unzoned: list[int] = []
    weekdays: list[int] = []  # the hits of weekday names
    relative = _RELATIVE_INTL if "intl" in families else _RELATIVE
    for m in relative.finditer(folded) if "relative" in families or "intl" in families else ():
        start, end = m.span()
        if taken and not _free(taken, start, end):
            continue
        weekday = _weekday(m)
        if weekday is not None and any(0 <= s - end <= WEEKDAY_GAP for s in explicit_starts):
            continue  # "Monday, April 27": the explicit date says it
        if weekday is not None and start and _day_before(m, folded, taken, start):
            continue  # "18 May (Monday)", "the 12th (Thu)": the weekday of the day before it
        if m["hunit"] and (
            _past_tense_before(folded, start)
            or SELL_OUT_BEFORE.search(folded, max(0, start - SELL_OUT_REACH), start)
        ):
            continue  # "sold out in 11 minutes", "sells out in 11 minutes": how long it took
        if m["hunit"]:  # "in 10 minutes", "in a few hours": that moment's day
            hits.append(DateHit(start, end, _in_hours(m, published), "relative"))
            taken.append((start, end))
            continue
        clock = _nearest_clock(clocks, start, end, clock_window, text=folded) if clocks else None
        base = pub_day
        word = _day_word(m)
        if clock is not None and word not in ("now", "today"):
            base = (published + dt.timedelta(hours=clock.offset(pub_day))).date()
        backwards = weekday is not None and (
            _foreign_past(m, folded, start, end)
            # (not a day something is set for: "Lined up for Monday: PLYB/USDC goes live")
            or (_past_tense_before(folded, start) and not folded.endswith(" for ", 0, start))
            or _past_possessive(folded, end)
            or SINCE_BEFORE.search(folded, max(0, start - SINCE_REACH), start) is not None
            or RECAP_AFTER.match(folded, end) is not None  # "Monday recap: FHE went live ..."
            # "Bouncer's token generation on Wednesday was among the calmest of the year"
            or WAS_AFTER.match(folded, end) is not None
            or _after_past_start(folded, start)
        )  # "claims have been open since Wednesday"
        day, kind = _relative(m, base, backwards)
        if clock is not None and (
            kind == "relative" or word == "tonight" or (m.re is _RELATIVE_INTL and m["intl"])
        ):  # (a day word of another language with its clock: "hoje ... às 21h")
            local = day
            day = clock.to_utc(day)  # "8 p.m. ET tonight" is past midnight UTC
            if weekday is not None or word in NEXT_DAY_WORDS:
                rel_zoned[local] = day
        elif weekday is not None or word in NEXT_DAY_WORDS or word == "today":
            rel_unzoned.append(len(hits))  # ("lança hoje" above "(18) às 21h" in Brasília)
        if weekday is not None:
            weekdays.append(len(hits))
        hits.append(DateHit(start, end, day, kind))
        taken.append((start, end))
    if weekdays and explicit_starts:
        _restated_weekdays(hits, weekdays, folded, zoned, rel_zoned)
    # across the two kinds too: a weekday in a headline and "9 p.m. ET on Sunday, June 7" below
    # (the weekday beside the date is the date's), or "June 7" above and "Sunday at 9 p.m. ET"
    for index in rel_unzoned if rel_zoned or zoned else ():
        hit = hits[index]
        if hit.date in rel_zoned:
            hits[index] = DateHit(hit.start, hit.end, rel_zoned[hit.date], hit.kind)
        elif hit.date in zoned:
            hits[index] = DateHit(hit.start, hit.end, zoned[hit.date], hit.kind)
    for index in unzoned if rel_zoned else ():
        hit = hits[index]
        if hit.date in rel_zoned and hit.date not in zoned:
            hits[index] = DateHit(hit.start, hit.end, rel_zoned[hit.date], hit.kind)
    if has_digit and "in " in folded:
        for m in _IN_SHORT_HOURS.finditer(folded):
            start, end = m.span()
            if (
                (not taken or _free(taken, start, end))
                and not _past_tense_before(folded, start)
                and not MEASURED_BEFORE.search(folded, max(0, start - MEASURED_REACH), start)
            ):
                hits.append(DateHit(start, end, _in_hours(m, published), "relative"))
                taken.append((start, end))
    if clocks and not _MONTH_NAME.search(folded):  # (a clock with no day near it)
        hits.extend(_bare_clocks(clocks, folded, published, hits))
    if hits and "same day" in folded:
        hits.extend(_same_days(folded, hits, taken))
    for pattern, family in (
        (_MONTH_ONLY, "month"), (_MONTH_LABEL, "month"), (_VAGUE, "vague"),
        (_FOREIGN_MONTH_ONLY, "foreign"),
    ):  # fmt: skip
        for m in pattern.finditer(folded) if family in families else ():
            start, end = m.span()
            if pattern is _FOREIGN_MONTH_ONLY and not future_sentence(folded, start, end):
                continue  # (a month of the past, a guess: "que había abierto en noviembre")
            if (
                pattern is _VAGUE
                and (m.group("late") or m.group("after"))
                and _past_tense_before(folded, start)
            ) or (pattern is _VAGUE and m.group("after") and _past_tense_after(folded, end)):
                continue  # (a season gone by: "landed in your wallet this spring")
            if not taken or _free(taken, start, end):
                hits.append(DateHit(start, end, None, "vague"))
                taken.append((start, end))
    if len(hits) > 1:
        hits.sort(key=_START)
        # a weekday that introduces the date after it is that date ("am Dienstag, dem 24. März",
        # "le mardi 24 mars" when read apart): not a day of its own
        hits = [
            h
            for i, h in enumerate(hits)
            if not (
                h.kind == "relative"
                and i + 1 < len(hits)
                and hits[i + 1].kind == "explicit"
                and hits[i + 1].start - h.end <= WEEKDAY_GAP
                and WEEKDAY_BEFORE_DATE.fullmatch(folded, h.end, hits[i + 1].start) is not None
                and WEEKDAY_WORD.fullmatch(folded, h.start, h.end) is not None
            )
        ]
    return hits[:MAX_HITS]



WEEKDAY_GAP = 8
WEEKDAY_BEFORE_DATE = re.compile(r",?\s*(?:(?:dem|den|der|le|el|o|il)\s+)?")
WEEKDAY_WORD = re.compile(
    r"(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|monday|tuesday|wednesday"
    r"|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
    r"|lunes|martes|miércoles|jueves|viernes|sábado|domingo|lunedì|martedì|mercoledì|giovedì"
    r"|venerdì|sabato|domenica)"
)


# a day named again by reference: "funding opens on June 30, and trading starts the same day"
_SAME_DAY = re.compile(r"\b(?:the|that) same day\b")


def _same_days(folded: str, hits: list[DateHit], taken: list[tuple[int, int]]) -> list[DateHit]:
    """"the same day": the day of the last day named before it."""
    found = []
    for m in _SAME_DAY.finditer(folded):
        start, end = m.span()
        before = [h for h in hits if h.end <= start and h.date is not None]
        if before and _free(taken, start, end):
            found.append(DateHit(start, end, max(before, key=_START).date, "relative"))
            taken.append((start, end))
    return found


def _in_hours(m: re.Match[str], published: dt.datetime) -> dt.date:
    word = m["hn"]
    count = int(word) if word.isdigit() else NUMBERS.get(word, FEW.get(word, 1))
    unit = dt.timedelta(hours=1) if m["hunit"].startswith("h") else dt.timedelta(minutes=1)
    return (published + count * unit).date()


def _bare_clocks(
    clocks: list[_Clock], folded: str, published: dt.datetime, hits: list[DateHit]
) -> list[DateHit]:
    """A clock with no day near it, when it is the only time named (no ``hits``: "claims open at
    12:00 UTC"), is its next occurrence after publication, unless it was reached just before
    (:data:`JUST_PASSED_HOURS`). In a past-tense clause ("went live at 14:00 UTC", "opened on
    Bybit at 12:00 UTC"), with no day named before it in its sentence, it is the day of
    publication when it was reached up to :data:`SAME_DAY_HOURS` before it (a same-day report),
    else no day."""
    found = []
    naive = published.replace(tzinfo=None)
    for clock in clocks:
        moment = dt.datetime.combine(published.date(), dt.time(clock.hour % 24, clock.minute))
        moment -= dt.timedelta(hours=clock.offset(published.date()))
        gone_by_today = dt.timedelta(0) <= naive - moment <= dt.timedelta(hours=SAME_DAY_HOURS)
        if hits and not gone_by_today:
            continue  # (with days named, only a clock gone by today can date a same-day report)
        if _past_tense_before(folded, clock.start):
            begin = _sentence_around(folded, clock.start, clock.end)[0]
            if (
                gone_by_today
                and WENT_ON.search(folded, begin, clock.start) is not None
                # ("went live at 14:00 UTC Thursday": the day named is read as written)
                and not any(begin <= h.start < clock.end + CLOCK_DAY_GAP for h in hits)
            ):
                found.append(DateHit(clock.start, clock.end, published.date(), "explicit"))
            continue
        if hits:
            continue
        # "open as of 10:00 UTC", "live since 09:00 UTC": a moment already reached, today's
        # (... or reached just before publication)
        reached = (
            SINCE_BEFORE.search(folded, max(0, clock.start - SINCE_REACH), clock.start) is not None
            or naive - moment < dt.timedelta(hours=JUST_PASSED_HOURS)
        )
        while moment < naive and not (reached and naive - moment < dt.timedelta(days=1)):
            moment += dt.timedelta(days=1)
        found.append(DateHit(clock.start, clock.end, moment.date(), "relative"))
    return found


SAME_DAY_HOURS = 12  # how long before publication a past-tense bare clock is the same day's
CLOCK_DAY_GAP = 16  # characters after the clock a day may follow it in ("at 14:00 UTC Thursday")
# the verbs of an event's start told in the past ("went live", "opened"): the start before a
# clock gone by today (not "the wallet you registered: ... sale, 15:00 UTC"); scoping reads a
# same-day report's past cue with them too
STARTED_WORDS = ("went live", "debuted", "began", "started", "launched", "listed", "opened",
                 "kicked off", "rolled out", "went out")  # fmt: skip
WENT_ON = re.compile(r"\b(?:" + "|".join(STARTED_WORDS) + r")\b")


def _day_before(
    m: re.Match[str], folded: str, taken: list[tuple[int, int]], start: int
) -> bool:
    """The weekday at ``start`` names the day written right before it: in brackets ("18 May
    (Monday)"), or after it in another language ("24 Şubat Salı günü")."""
    if folded[start - 1] in "(（":
        return _after_day(taken, start)
    return not m["wd"] and any(0 <= start - e <= 2 for _, e in taken)


def _after_day(taken: list[tuple[int, int]], start: int) -> bool:
    """A day of ``taken`` ends right before the bracket that opens at ``start - 1``."""
    for _, e in taken:  # noqa: SIM110 - a loop: a generator costs more than it checks
        if 0 <= start - 1 - e <= 1:
            return True
    return False


def _free(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    """``start:end`` overlaps no span of ``taken``."""
    for s, e in taken:  # noqa: SIM110 - a loop: a generator costs more than it checks
        if end > s and start < e:
            return False
    return True


_START = attrgetter("start")
