"""Who a name belongs to: titles, kinship words, honorifics and grades before a name, credentials and
sign-offs after it, the verbs that pass a message to someone, a name's inner particles, and what a
person owns ("Ray's MRN")."""

from __future__ import annotations

from typing import Final

from medgate.privacy.cues._words import word_set as _set

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
# What a possessive name owns that makes it a person's: "Ray's MRN", "mum's dob".
OWN_IDENTIFIERS: Final = _set("mrn dob nhs chi ssn phone number mobile cell cellphone address email birthday insurance")
# What only a person owns, after a capitalised first name that is also a word and its "'s":
# "Hope's health card", "Will's school", "Grace's inhaler", "Rose's appointment".
OWN_THINGS: Final = _set("card health school meds medication medications inhaler appointment appt teacher class"
    " passport visa medicare medicaid ohip nappy nappies bottle cot")
# (with the possessives of texting: "come to ur clinic", "yr pharmacy")
DETERMINERS: Final = _set("the a an my his her our their your this that its ur yr yer yur")
