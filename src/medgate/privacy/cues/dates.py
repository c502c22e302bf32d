"""When and how old: month and weekday names (English and the languages patients write in), the words
before a day or a dotted date, and the words around a number that make it an age."""

from __future__ import annotations

from typing import Final

from medgate.privacy.cues._words import word_set as _set

MONTHS: Final = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip
# Month words that are also ordinary words: a date only with a day or year beside them.
MONTH_WORDS: Final = _set("may march mar jan jun dec sep")
# Month names of other languages patients write in, only ever taken after a day number
# ("28 de abril", "2 lutego", "3 juillet").
FOREIGN_MONTHS: Final = _set(
    "enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre "
    "diciembre janvier février fevrier mars avril mai juin juillet août aout septembre octobre "
    "novembre décembre decembre januar februar märz maerz juni juli oktober dezember gennaio "
    "febbraio aprile maggio giugno luglio settembre ottobre dicembre janeiro fevereiro março "
    "marco maio junho julho setembro outubro dezembro stycznia lutego marca kwietnia maja "
    "czerwca lipca sierpnia września wrzesnia października pazdziernika listopada grudnia "
    # the Nepali (Bikram Sambat), Bengali and Hijri months people date by ("24 Asoj", "3 Ramadan")
    "baisakh baishakh jestha jeth asar asadh ashadh shrawan saun bhadra bhadau asoj ashwin kartik "
    "mangsir poush magh falgun fagun chaitra chait boishakh joishtho srabon bhadro ogrohayon choitro "
    "muharram rajab shaban ramadan ramzan shawwal "
    # Indonesian, Malay and Swahili ("03 Januari 1990", "12 Agustus", "5 Desemba")
    "januari februari maret machi aprili mei agustus ogos agosti septemba oktoba novemba desember desemba "
    "nopember disember "
    # Dutch and Romanian ("7 maart", "3 martie", "12 iulie") and the Persian solar months ("20 Mehr")
    "maart augustus ianuarie februarie martie aprilie iunie iulie septembrie octombrie noiembrie "
    "decembrie farvardin ordibehesht khordad mordad shahrivar mehr aban azar bahman esfand "
    # Cape Verdean Kriolu ("9 di julhu", "3 di marsu")
    "janeru fevereru marsu maiu junhu julhu agostu setembru otubru outubru novembru dezembru "
    # Turkish, with and without its letters ("5 Kasım", "12 Ocak 2024", "3 subat")
    "ocak şubat subat mart nisan mayıs mayis haziran temmuz ağustos agustos eylül eylul ekim kasım kasim "
    "aralık aralik"
)
# Months written before their day: Lithuanian, in the genitive a date takes ("kovo 18", "gegužės 3 d.")
MONTHS_BEFORE_DAY: Final = _set(
    "sausio vasario kovo balandžio balandzio gegužės geguzes birželio birzelio liepos rugpjūčio "
    "rugpjucio rugsėjo rugsejo spalio lapkričio lapkricio gruodžio gruodzio"
)
# Before an ordinal day: "the 28th", "tues 12th", "di 12th" (Dutch and German weekday shorthand).
DAY_WORDS: Final = _set(
    "the mon tue tues wed weds thu thur thurs fri sat sun monday tuesday wednesday thursday "
    "friday saturday sunday ma di wo do vr za zo mi fr sa so"
)
DAY_PREPS: Final = _set("on by til till until since before after for")
# Weekday names written before a date ("jueves 6 de marzo", "sabado 22", "piątek 14.04"): Spanish,
# Portuguese, French, Italian, German, Dutch, Polish, Malay, Tagalog, Indonesian. With the English
# names they let a date's span take its weekday in ("Sat 2/14", "tues the 9th", "saturday 22").
FOREIGN_WEEKDAYS: Final = _set(
    "lunes martes miércoles miercoles jueves viernes sábado sabado domingo "
    "segunda terça terca quarta quinta sexta segunda-feira terça-feira terca-feira quarta-feira "
    "quinta-feira sexta-feira feira "
    "lundi mardi mercredi jeudi vendredi samedi dimanche "
    "lunedì lunedi martedì martedi mercoledì mercoledi giovedì giovedi venerdì venerdi "
    "montag dienstag mittwoch donnerstag freitag samstag sonntag "
    "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag "
    "poniedziałek poniedzialek wtorek środa sroda czwartek piątek piatek sobota niedziela "
    "isnin selasa rabu khamis jumaat sabtu ahad senin kamis jumat minggu "
    "miyerkules huwebes biyernes sabado "
    "mandag tirsdag onsdag torsdag fredag lørdag søndag måndag tisdag lördag söndag "
    "luni marti marți miercuri joi vineri sambata sâmbătă duminica duminică"
)
# Polish weekdays as a schedule abbreviates them, with their dot ("czw. 12.12", "pt. 03.01"): some
# are English shorthand alone ("pt", "wt", "sr"), so they count only with the dot and a day.month
POLISH_WEEKDAY_ABBREVS: Final = _set("pon wt śr sr czw pt sob niedz nd")
# Before a German day and month without a year: "am 21.05.", "seit 14.03.", "since 02.11".
# (and the Nordic ones: "fra 30.10", "siden 02.11", "innen 21.11", "den 14.11")
DOTTED_DATE_CUES: Final = _set("am ab vom zum seit bis since until den fra från til till siden sedan efter etter innen inden på")
# Words before a number that make it an age ("turned 90", "she'll be 96", "aged 91").
AGE_BEFORE: Final = _set("turned turning turns be aged age is was shes hes she's he's now almost")
AGE_AFTER: Final = _set("yo y/o yrs yr years year yoa tuổi ans años anos lat jahre f m yof yom"
    # Turkish: "yaşında" (aged), "yaşındaki" (who is aged), "yaşındayken" (when aged), "yaş" (years of age)
    " yaş yaşında yaşındaki yaşındayken")
