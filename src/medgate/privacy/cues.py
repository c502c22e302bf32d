"""Closed-class context words the strict filter and the learned tagger read around a token.

These are grammar, not vocabulary: titles, kinship and care roles, credentials, the verbs and
prepositions that put a place after them, the nouns that end a facility's name, hospital unit
types, and the clinical words that make a slash-number a measurement rather than a date. Open
vocabularies (English, drugs, names, places) come from the lexicon (privacy/lexicon).
"""

from __future__ import annotations

from typing import Final


def _set(blob: str) -> frozenset[str]:
    return frozenset(blob.split())


# Before a name: "Dr Hale", "NP grace", "dtr laverne", "per K. Novak", "spoke with Rosa".
TITLES: Final = _set(
    "dr dr. mr mr. mrs mrs. ms ms. miss mx prof rev father sister brother pastor rabbi "
    "chaplain reverend np rn md ho hos intern resident fellow attending doc doctor nurse "
    "rrt cna lpn pt. sw"
    # a ward's senior nurse and a midwife by title ("Matron Dlamini", "Midwife Osei")
    " matron midwife"
)
KIN: Final = _set(
    "wife husband son sons dtr dtrs daughter daughters daughter-in-law son-in-law brother "
    "sister bro sis mother mom mum father dad parent parents niece nephew neice grandson "
    "granddaughter grandchild grandma grandpa grandmother grandfather aunt uncle cousin friend "
    "friends partner fiance fiancee boyfriend girlfriend spouse hcp proxy guardian sil dil "
    "neighbor neighbour caregiver carer stepson stepdaughter widow widower"
    " mam granda granddad hubby missus stepmum stepmom stepdad stepfather stepmother godmother godfather"
    # as tired hands type them ("grandaughter jordyn is poa", "daugther called")
    " grandaughter daugther"
)
# Kinship words of other languages before a name ("brat Tomek", "ukhti Mariam", "mama Wanjiru",
# "ammi", "lola", "oma"): closed-class, read by the strict filter only (not the tagger's features).
KIN_WORLD: Final = _set(
    "brat siostra babcia dziadek córka corka żona mąż wnuk wnuczka "
    "ukhti ukhtee akhi akhoya ummi jaddati jaddi zawji zawjati ibni binti "
    "ammi abbu ammu bhai behen bhabhi beti nani dadi chacha chachi khala khalu mamu "
    "mama baba dada kaka bibi babu mwanangu mke mume shangazi "
    "mãe irmão irmao irmã filho filha avó avô esposa marido "
    "hermano hermana hijo hija abuela abuelo mamá papá tía tío "
    # Italian wife, husband, daughter, son, sister, brother ("Saluti a sua moglie Tonina")
    "moglie marito figlia figlio sorella fratello "
    "frère frere sœur soeur mère père mamie papi "
    "lola lolo kuya tita tito oma opa broer zus bruder schwester tochter sohn mutter vater "
    # Korean, Japanese and Mandarin family words; the Tagalog personal article ("na si Jomar")
    "halmeoni harabeoji eomma omma appa oppa unni unnie noona nuna hyung imo gomo samchon "
    "obaachan ojiichan okaasan otousan oneesan oniisan nainai yeye laolao laoye si"
    # informal English and Māori ones, and the Tagalog "ate" (elder sister) before a name
    " daddy mommy mummy mammy nan nana nanna gran granny grandad grampa nanny poppa baby koro kuia ate"
    # people someone lives, works or studies with: "my colleague Tariq", "her roommate (Ines)"
    " colleague colleagues coworker workmate roommate flatmate housemate classmate"
    # aunts and friends as chats name them, and Bangla "abba"/"amma" (father, mother)
    " aunty auntie buddy cuz bestie abba amma"
    # "my boy Tunde", "her girl Ama": a son or daughter, said as parents say it
    " boy girl"
    # Egyptian Arabic in Latin letters (Franco-Arabic: "3" is ain): son, daughter, uncle, aunt, grandma, grandpa
    " ebno ebni ebnaha bent benti 3amo 3ammo 3amto 5alo 5alto khalo khalto tant teta gedo geddo"
    # Hindi/Urdu/Bengali elder sister and brother, aunts: "didi", "baji", "apa", "bhaiya", "mausi", "phuppo"
    " didi baji apa bhaiya bhaiyya mausi masi bua phuppo phupho chachu"
    # Turkish, Persian, Greek, Italian, Russian, Hebrew grandparents and parents
    " anneanne babaanne dede nene maman-bozorg yiayia giagia pappou nonna nonno zia zio babushka dedushka "
    "savta saba ima"
    # Zulu/Xhosa, Yoruba, Igbo, Swahili elders: "gogo", "mkhulu", "sisi", "bhuti", "iya", "nne", "mzee"
    " gogo mkhulu sisi bhuti iya nne nna mzee"
    # Māori aunt or mother and elder ("whaea", "matua"), the Hawaiian pastor ("kahu")
    " whaea matua kahu"
    # Tagalog aunts, uncles and elder siblings; Portuguese and Spanish aunt, uncle, grandma
    " manang manong tiya tiyo ninang ninong tia tio vovó vovô abuelita abuelito"
    # Sinhala father, elder brother and sister, younger brother and sister, grandmother, grandfather
    " thaththa aiya akka malli nangi aachchi seeya"
)  # (not "beta", "zona", "syn", "mae", "avo": clinical words and shorthand in English notes)
FORMAL_TITLES: Final = _set("dr dr. mr mr. mrs mrs. ms ms. miss mx prof rabbi rev sr sra dra")
# Chat introductions: "this is kez", "it's Babs", "named jaylen", "called Faith".
INTRO_WORDS: Final = _set("its it's im i'm named called call hi hey dear thanks thank ask")
INTRO_PAIRS: Final = frozenset({
    "this is", "name is", "i am", "am i", "name's", "known as", "calls him", "calls her", "call him",
    "call her", "pt is", "patient is", "name was", "mera naam", "mera nam", "tên là", "pangalan ko",
    "its me", "it's me", "ka naam", "ki naam", "ka nam", "my name", "call me",
    # whose name, without "is", as chat and patois write it ("nurse name faith, she nice")
    "her name", "his name", "nurse name", "doc name", "doctor name",
    # Pidgin "na me X" (it's me), Spanish, Portuguese, Tagalog, French introductions
    "na me", "me llamo", "me chamo", "ako si", "je m'appelle",
})  # fmt: skip
# Function words of other languages mixed into English chat: never the next part of a name
# ("mera naam rajesh kumar tiwari hai", "mais c'est", "yuko darasa")
FOREIGN_FUNCTION_WORDS: Final = _set(
    "hai hain tha ka ki ke ko se mein aur bhi nahi meri mera mere po ng mga ang sa "
    "est c'est mais et les des que por para con los las una uno yuko wako ni ya "
    "đang là của và có không meu minha mi mis su sus tu tiene tienen tem está esta es é fue ist jest "
    "haan han hanji accha acha achha theek thik"
)
# Honorifics of other languages before a name, read only by the strict filter ("ông nguyễn văn
# lộc", "dra. camila rezende", "encik ahmad"): lower case in chat as often as not
HONORIFICS_WORLD: Final = _set(
    "ông bà dra dra. sra srta encik puan tuan cik datuk hajjah sahab mang aling doña dona"
    # Egyptian Arabic pilgrims and teachers ("hagg mahmoud", "ostaz samir"), Amharic Mr and Mrs
    # ("ato girma", "weizero almaz"), Hausa and West African Muslim titles ("alhaji musa", "malam sani")
    " hagg hag hagga hajj hajja ostaz ostaza ustaz ustadh ato weizero woizero wzro alhaji alhaja hajia malam mallam"
    # Thai "khun" before anyone's given name or nickname ("Khun Golf", "khun mali")
    " khun"
)
# Vietnamese forms of address, before a capitalised given name only ("anh Tư", "chị Lan", "chú
# Bảy"; not "anh ấy", he, nor "bác sĩ", doctor)
VIETNAMESE_ADDRESS: Final = _set("anh chị chú bác cô")
# French, German, Spanish and Italian titles: before a capitalised name only ("Madame Colette", not
# "Madame, nos salutations"; "Herr Müller"; "dottoressa Sanna"; not the Nigerian Pidgin "don finish")
HONORIFICS_TITLED: Final = _set("madame monsieur mme mlle herr frau señor señora dottore dottoressa dottor signora signor")
# Junior doctors' grades written before or after a name on a ward list ("SpR Aoife / FY1 Hope", "Dr Ncube, SHO").
DOCTOR_GRADES: Final = _set("pgy1 pgy2 pgy3 fy1 fy2 ho mo sho spr reg rmo jmo cmo hmo ct1 ct2")
# Verbs and prepositions after which a name follows ("per Novak", "paged Falco", "by Dr X").
NAME_VERBS: Final = _set("per paged")
# After a name: "maria lopez rn", "TOM ORTIZ-KANE, RRT", "E. WELSH AWARE", "Hale notified".
CREDENTIALS: Final = _set(
    "rn md np pa-c rrt bsn msn lpn lvn cna crna phd pharmd dpt mph facp rph aprn cnm fnp dnp "
    "msw lcsw lsw otr otr/l cota slp ccc-slp rd cdn mbbs frcp mrcp"
)
AFTER_NAME: Final = _set("aware notified paged informed")
# Closing words before a signature at a message's end: "cheers, TW", "thanks, bec", "ta - jo".
SIGN_OFFS: Final = _set(
    "cheers thanks thx thankyou ta regards rgds best bw kr love xx x warmly sincerely "
    "faithfully yours"
    # other languages: Polish, Portuguese, Arabic, Spanish, French, German, Dutch, Swahili, Tagalog
    " dziękuję dziekuje dzięki dzieki pozdrawiam obrigada obrigado shukran shukriya gracias "
    "merci danke dank bedankt asante salamat"
)
# A message passed on to someone: "tell ade to", "ask femi if", "bleep kez re".
MESSAGE_VERBS: Final = _set("tell told ask asked text texted ring rang bleep bleeped page message messaged ping pinged")
MESSAGE_AFTER: Final = _set("to that about if re know for whether i we on")  # (+ "ring X on 021 ...")
# Where a colleague is from: "femi from renal says", "Jo from pharmacy".
DEPARTMENTS: Final = _set(
    "renal pharmacy cardiology cardio ortho orthopaedics orthopedics radiology icu itu hdu ccu ed ae a&e "
    "physio physiotherapy ot salt micro microbiology haem haematology hematology onc oncology surgery "
    "surgical medicine medical theatres theatre lab labs admin billing reception hr it finance legal "
    "accounts neuro neurology gastro respiratory resp paeds peds obs gynae endo endocrine derm "
    "dermatology psych psychiatry palliative pall anaesthetics anesthesia rehab outpatients clinic ward "
    "outpatient inpatient gynecology gynaecology obstetrics urology urgent plastics vascular"
)
# Before a place: "transferred to GH", "lives in rome", "works at Harford Memorial".
PLACE_VERBS: Final = _set(
    "transferred transfered tranfered transfer transferring transfers admitted readmitted "
    "went go going taken brought flighted med-flighted sent discharged returned return "
    "returning received recieved lives living lived live works working worked work moved "
    "visiting visited travelled traveled flew fly flying drove arrived arriving came coming "
    "back home born raised resides residing located"
)
PLACE_PREPS: Final = _set("to from at in near @")
# Bare prepositions: only a ward number or a short unknown upper-case name follows as a place.
BARE_PLACE_PREPS: Final = _set("to from at on in @")
NAME_PLACE_PREPS: Final = _set("to from at @")  # "at GH", "to VAMC" (not "in LLE")
# Before "to": a change of setting or dose, not of place ("weaned to CPAP", "changed to NRB").
CHANGE_VERBS: Final = _set(
    "wean weaned weaning changed change changing switched switch converted convert increased "
    "increase decreased decrease titrated titrate titrating up down advanced advance reduced "
    "tapered taper plan planning due able unable need needs needed trying try"
)
# Hospital areas named after people or places: "Kestrel ward", "Rowan unit", "Halloran wing".
NAMED_AREAS: Final = _set("ward wing unit pavilion building tower house lodge")
ADVERBS: Final = _set("alone here now still currently back home there together")
WORK_VERBS: Final = _set("works worked working employed retired business company employer job")
# Jobs before "for" / "at" an employer: "a bus driver for Lakeshore Transit", "analyst at Meridian"
JOB_WORDS: Final = _set(
    "driver teacher nurse engineer manager analyst accountant cleaner chef cook carer caregiver clerk "
    "consultant developer designer officer assistant technician mechanic labourer laborer electrician "
    "plumber builder receptionist secretary lawyer attorney solicitor pharmacist scientist researcher "
    "lecturer professor intern volunteer worker employee contractor director owner waitress waiter "
    "cashier barista server bartender programmer administrator coordinator supervisor foreman tester welder"
    " banker broker auditor underwriter"  # ("a banker with Zenith Bank")
)
# After a person's name at the start of a sentence or list item: "2. Summer reported", "Dmitri will ask"
REPORTING_VERBS: Final = _set(
    "reported said says asked asks opened closed agreed agrees proposed presented suggested explained "
    "confirmed noted raised thanked thanks welcomed will would chaired updated volunteered offered "
    "led leads joined replied wrote emailed called rang"
)
# Lower-case parts inside a name: "Pieter-Jan de Wit", "Mrs. de la Cruz", "Ahmad bin Hassan"
NAME_JOINERS: Final = _set(
    "de da das do dos du del della dello di la le van von der den ter ten bin binti bint ibn al el "
    "mac mc an ap ab ferch verch y e ó ní ua nic dela delos"
    # Malay "binti" and "bin" as written in notes: "Siti Aishah bt Rahman", "Ahmad bn Yusof"
    " bt bte bn"
)
# "the Lisbon office of Meridian Actuarial": a part of an employer before "of"
EMPLOYER_PARTS: Final = _set("office offices branch headquarters hq team division subsidiary")
# How someone works, between the verb and "for": "work remotely for", "worked part-time at"
WORK_MANNER: Final = _set(
    "remotely remote part-time full-time freelance fulltime parttime mostly "
    "nights days lates earlies weekends evenings shifts nightshift"
    " part full time"  # (written apart: "works part time at")
)
# The kind of workplace after its name in chat: "the amazon warehouse", "the fedex hub"
WORKPLACE_KINDS: Final = _set(
    "warehouse hub depot factory plant store shop supermarket mall market branch office site yard "
    "garage salon restaurant cafe bar hotel bank station"
)
EMPLOYER_PREPS: Final = _set("at for from with by")
# Words that belong to a facility's name ("Holy Cross", "Union Memorial", "University of X").
FACILITY_NAME_WORDS: Final = _set(
    "memorial general regional university univ college saint st st. sacred holy good mount mt "
    "mercy union community children's childrens county city state veterans"
)
# Nouns that end a facility's name: the words before them are the name.
FACILITY_HEADS: Final = _set(
    "hospital hospitals hosp hosp. hos medical med center centre clinic clinics rehab "
    "rehabilitation campus infirmary nursing home hospice va vamc sanitarium institute "
    "memorial general regional university college school church manor facility snf "
    "llc inc inc. ltd ltd. gmbh plc corp corp. pty"  # an employer's legal form ends its name
)
# Schools named before their kind: "Banksia Ridge Primary", "WILLOW CREEK ELEMENTARY" (kept apart
# from FACILITY_HEADS, which the learned tagger's features read as they were when it was trained).
SCHOOL_HEADS: Final = _set("elementary primary academy")
# Between a facility's name and its head: "Orchard Vale care home", "Larkspur Gardens skilled
# nursing facility".
# A clinic's specialty sits there too: "Tumaini family clinic", "Te Awa diabetes clinic".
FACILITY_KINDS: Final = _set(
    "care nursing skilled residential rest retirement group family diabetes fertility eye "
    "dental sexual memory wound foot pain secondary high grammar junior middle comprehensive heart cancer kidney"
)
# Small facilities named before their kind: "Castlegate Surgery", "Desert Sage Pharmacy",
# "little acorns nursery" (a GP surgery, not an operation: only with a name before it).
SMALL_FACILITIES: Final = _set(
    "surgery pharmacy chemist chemists nursery practice preschool kindergarten daycare creche crèche "
    "dental dentist dentists optician opticians"
)
# Facility words that come before the name (Dutch and German compounds end in them):
# "Huisartsenpraktijk De Linde", "Kreiskrankenhaus Celle", "Apotheek Zuid".
HEAD_FIRST_FACILITIES: Final = (
    "praktijk", "krankenhaus", "klinikum", "ziekenhuis", "kliniek", "klinik", "apotheke",
    "apotheek", "spital", "gezondheidscentrum",
    # Polish "szpital(u) św. Łukasza", French "l'école Les Capucines", Arabic "Masjid an-Nur"
    "szpital", "szpitalu", "szpitala", "przychodnia", "przychodni", "école", "ecole", "masjid",
)  # fmt: skip
# Inside a facility's name after its head word: a saint's abbreviation ("św. Łukasza") or an
# Arabic article joined by a hyphen ("an-Nur", "al-Falah").
NAME_PARTICLES: Final = _set("św sw sv sta sto são sao san santa im")
ARABIC_ARTICLES: Final = _set("al an ar as ash at ad az el ul")
# Bracketed employer after these: "my work (Harlan Freight)".
WORK_WORDS: Final = _set("work job employer company workplace boss")
# The labels of the numbers people pay to or identify with ("to IBAN GB82 ...", "UPI id"): words of
# their own, never a name or a place
CODE_LABELS: Final = _set("iban bic swift bsb upi ifsc acct pin vin ssn nhs mrn cvv cvc")
# Hospital areas and unit types: after "transferred to" these are not identifiers.
UNITS: Final = _set(
    "icu micu sicu ccu csru cvicu nicu picu tsicu ticu neuroicu pacu or er ed ew tcu ltac ltach "
    "snf floor floors unit units ward wards room home rehab cath lab lab ir ct mri us echo "
    "radiology dialysis hd endoscopy gi ob l&d nursery bed bedside chair commode bathroom osh "
    "hospital hosp facility service team stepdown step-down tele telemetry ob/gyn surgery "
    "the a an this his her their our bath shower operating procedure pre-op post-op"
)
# Bedside shorthand of ICU and ward notes that the dictionaries do not know as clinical words and
# that some lists hold as names ("Aline", "Levo", "Neo"): a name only after a title or an
# introduction, never on its own (general nursing abbreviations, not any one note's words).
SHORTHAND: Final = _set(
    "aline a-line art-line lytes nitro levo vanco vanc fent neo neosynephrine precedex trach peg "
    "picc ogt ngt dobhoff carevue careview perrla perla perl fick brady tachy sats abx dsg drsg gtt "
    "gtts diurese diuresed diuresing mae prbc prbcs ffp cvp ett sx suctioned bolus boluses pacer "
    "cordis contin simv cpap bipap hemodynamics hemodynamically afeb afebrile dopplerable thoracentesis "
    "lue rue lle rle ble bue"  # the limbs ("3/5 LUE", "MAE, weak RLE")
    " eval evals"  # an evaluation ("resident and fellow eval.")
    " wean weaned weaning extubate extubated reintubate reintubated"  # ventilation ("PLAN IS TO WEAN")
    " cumm"  # a count per cubic millimetre, as Indian lab reports write it ("WBC 11,200/cumm")
    " crrt cvvh cvvhd cvvhdf sled"  # continuous renal replacement ("no changes to CRRT")
    " dilt"  # diltiazem, as rate-control orders shorten it ("dilt 30 po q6", "dilt gtt")
    " bsl bgl"  # blood sugar / glucose level, as Australian and NZ notes write it ("BSL 9.2")
)
# What a possessive name owns that makes it a person's: "Ray's MRN", "mum's dob".
OWN_IDENTIFIERS: Final = _set("mrn dob nhs chi ssn phone number mobile cell cellphone address email birthday insurance")
# What only a person owns, after a capitalised first name that is also a word and its "'s":
# "Hope's health card", "Will's school", "Grace's inhaler", "Rose's appointment".
OWN_THINGS: Final = _set("card health school meds medication medications inhaler appointment appt teacher class"
    " passport visa medicare medicaid ohip nappy nappies bottle cot")
# How often a drug is given, as prescriptions abbreviate it ("nitrofurantoin 100mg MR BD")
DOSE_FREQUENCIES: Final = _set("od bd bid tds tid qds qid qd qh hs nocte mane prn stat sos")
# Words near a slash-number that make it a measurement, score or dose, not a month/day.
MEASURE_WORDS: Final = _set(
    "bp sbp dbp map pap paps pa cvp pcwp wedge abp nbp art a-line strength motor power pain "
    "murmur murmurs grade ps psv peep cpap bipap fio2 vent ac simv tv vt rr rate ratio scale "
    "score gcs tab tabs tablet tablets pill pills cap caps dose doses mg mcg ml cc units u "
    "unit mmhg cmh2o h2o sats spo2 hr pulse vision iop gtt drip abg vbg ph apgar "
    "gravida para reflexes dtr dtrs tid bid qid q prn lue rue lle rle ble bue "
    "apgars quads quadriceps hamstrings grip va acuity bottles bottle cultures moca mmse nrs vas epds tof"
    " amts"  # the abbreviated mental test, out of 10 in UK and Irish notes ("AMTS 7/10")
    " bpp"  # the biophysical profile, out of 8 or 10 in obstetric notes ("BPP 8/8", "bpp 6/10")
)
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
# (with the possessives of texting: "come to ur clinic", "yr pharmacy")
DETERMINERS: Final = _set("the a an my his her our their your this that its ur yr yer yur")
# Words before a number that make it an age ("turned 90", "she'll be 96", "aged 91").
AGE_BEFORE: Final = _set("turned turning turns be aged age is was shes hes she's he's now almost")
AGE_AFTER: Final = _set("yo y/o yrs yr years year yoa tuổi ans años anos lat jahre f m yof yom"
    # Turkish: "yaşında" (aged), "yaşındaki" (who is aged), "yaşındayken" (when aged), "yaş" (years of age)
    " yaş yaşında yaşındaki yaşındayken")
PHONE_WORDS: Final = _set(
    "pager page bleep beep beeper ext extension ext. tel phone cell mobile mob ph"
    # Nordic and Finnish ones: Danish/Norwegian/Faroese "tlf", "telefon", Icelandic "sími", Finnish "puh"
    " tlf tlfnr telefon telefonnr telefonnummer sími símanúmer puh puhelin"
)
# Where someone lives (strict/residence.py).
# A residence verb and the preposition after it, per language.
RESIDE_VERBS: Final = _set(
    "live lives living lived reside resides residing address residence "
    "mora moro moramos moram vivo vive vivimos viven mieszkam mieszkamy mieszka mieszkają "
    "nhà nakatira tinggal wohne wohnt wohnen habite habitons"
    # "we stay tanjung bungah", "staying at dansoman": where someone lives in Malaysian,
    # Singaporean, Indian and West African English
    " stay stays staying"
)
RESIDE_PREPS: Final = _set("at on in is na no em en w przy ở sa di")
# Words that open an address part without being part of it: "off ajose", "near the market"
ADDRESS_LEADS: Final = _set("off near behind opp opposite beside by next to the")
# Ordinary words that are also words of addresses: they do not end the address.
ADDRESS_WORDS: Final = _set(
    "road rd street st avenue ave lane ln drive dr close way court ct crescent place pl terrace "
    "grand main high old new upper lower little great park gardens garden hill view green island "
    "bridge cross zone colony nagar sector block blk lot phase flat apt apto unit suite house casa "
    "estate compound village east west north south extension ext no number purok "
    "barangay brgy stage layout society chawl rua avenida calle ul ulica"
)
# Words for a locality written before its name or number (the Philippines, Vietnam, Malaysia,
# Indonesia, South Asia): "brgy san isidro", "phường 13", "Seksyen 25", "KCN Tân Tạo".
LOCALITY_HEADS: Final = _set(
    "brgy barangay purok sitio phường phuong quận xã huyện seksyen taman kampung kampong jalan jln "
    "kcn kelurahan kecamatan desa mohalla"
)
# A practice's specialty after its name: "Kernwood Cardiology", "Ridgeview Behavioral Health",
# "at lakeshore endoscopy" (strict/places.py).
PRACTICE_HEADS: Final = _set(
    "cardiology ophthalmology dermatology endocrinology endocrine oncology orthopaedics orthopedics "
    "urology neurology gastroenterology rheumatology pediatrics paediatrics peds endoscopy behavioral "
    "behavioural psychiatry physiotherapy podiatry audiology imaging fertility obstetrics gynecology "
    "gynaecology ent optometry"
)

