"""Pregnancy: ectopic pregnancy, pre-eclampsia, severe hypertension, reduced fetal movements.

Sources: NICE NG126 (Ectopic pregnancy and miscarriage, 2019, updated 2023): pain with a
positive test or missed period, shoulder-tip pain, dizziness or fainting, or bleeding needs
immediate assessment; NICE NG133 (Hypertension in pregnancy, 2019, updated 2023): advise
pregnant women to seek advice immediately for severe headache, problems with vision (blurring,
flashing), severe pain just below the ribs, vomiting or sudden swelling of face, hands or feet,
and admit at BP >= 160/110; RCOG Green-top guideline 57 (reduced fetal movements, 2011): contact
the maternity unit straight away; RCOG Green-top guideline 63 (antepartum haemorrhage, 2011):
bleeding after 20 weeks needs hospital assessment, and constant pain with a hard, tender uterus
suggests placental abruption; RCOG Green-top guideline 52 (postpartum haemorrhage, 2016): heavy
bleeding after birth, or bleeding with faintness; NICE NG126: bleeding in early pregnancy, early
pregnancy assessment service.
"""

from __future__ import annotations

from typing import Final

from medgate.safety.findings.base import Discriminator, Group
from medgate.safety.rules.base import Concept, gap

CONCEPTS: Final = (
    Concept("pregnancy_itch", (r"itch\w*[\w ,;]{0,30}?\b(?:palms|soles|hands and feet|feet and hands)\b"
                               r"|(?:palms|soles|hands and feet|feet and hands)[\w ,]{0,30}?\bitch\w*",)),
    Concept("pregnant", (r"pregnan(?:t|cy)|expecting (?:a baby|twins)|(?:my )?midwife|antenatal|trimester"
                         r"|embarazada|embarazo|gr[aá]vida|gravidez|gestante|w ciąży",)),  # Spanish, Portuguese, Polish
    Concept(
        "pregnancy_possible",
        (
            r"(?:missed|late|no) (?:my |a |her )?period|amenorrh\w*|periods?(?:['’]s| is| are| was| were| is now)(?: \w+(?:\.\d+)?){0,3} (?:late|overdue)"  # ("2.5 weeks late", "periods are late")
            r"|positive (?:home |pregnancy |urine |clearblue |hcg )*tests?|(?:pregnancy|home) tests? (?:was |came back |is |came up )?positive"
            r"|(?:clearblue|first response|(?-i:hCG))(?:,? [\w'’]+){0,4} positive"
            # a gestation told by dates or scan ("8 weeks by dates")
            r"|weeks? (?:by dates|by (?:my |her )?(?-i:LMP)|by scan|gestation|gestational)"
            r"|(?-i:LMP)\b|last (?:menstrual )?period (?:was )?(?:\d+|two|three|four|five|six|seven|eight) weeks ago",
            # a period late told of the woman, the period named just before: "my periods are regular but
            # I'm 10 days late" (NICE NG126: a possible pregnancy in anyone who could be pregnant)
            r"periods?(?: [\w'’]+){0,8} (?:i['’]?m|i am|she['’]?s|she is) (?:now )?(?:\d+|a|one|two|three|four|five|six|ten|few)"
            r" (?:days?|weeks?) (?:late|overdue)|(?:days?|weeks?) late (?:for|with) (?:my|her) period",
            # a period "delayed", as Indian and Philippine English and Taglish tell it: "delayed period", "7 weeks
            # delayed na mens ko", "delay ang regla" (mens, menses, regla: the period); "hindi pa dinadatnan"
            # (has not had her period yet)
            r"(?:delayed|delay)(?: na| ang| yung| ng| in)? (?:my |her |ang |yung )?(?:period|menses|mens|menstruation|regla)\b"
            r"|(?:period|menses|mens|regla)(?: ko| niya| nya)?(?: is| ay| are)? (?:delayed|delay)\b|(?:hindi|di) pa (?:ako |siya |sya )?dinadatnan",
        ),
    ),
    Concept("third_trimester", (r"third trimester|(?:3rd|third) tri\b|(?:[7-9]|seven|eight|nine) months (?:pregnant|along)",)),
    Concept("late_pregnancy", (r"third trimester|(?:[5-9]|five|six|seven|eight|nine) months pregnant|due (?:date )?(?:in|next)",)),
    # (Taglish "tip ng shoulder ko", Tagalog "dulo ng balikat": the tip of the shoulder)
    Concept("shoulder_tip_pain", (r"shoulder[- ]tip|tip (?:of|ng) (?:(?:my|her|the|yung|ang) )?(?:left |right )?shoulder"
                                  r"|dulo ng (?:\w+ )?balikat",)),
    Concept(
        "vaginal_bleeding",
        (
            # (skin scratched "till they bleed" is no vaginal bleeding: RCOG Green-top 43's itch of cholestasis)
            # (nor is bleeding named as what a sign might mean: "google says black poo = bleeding?")
            r"(?<!= )(?<!means )(?<!mean )(?<!till )(?<!until )(?<!till they )(?<!until they )(?<!till it )(?<!until it )(?<!till i )(?<!until i )"
            # (nor are the gums or the nose, which bleed more in pregnancy: "gums are bleeding when I brush",
            # "bleeding gums", "bleeding from her nose"; NHS: gum disease in pregnancy, see a dentist)
            r"(?<!till she )(?<!until she )(?<!gums )(?<!gum )(?<!gums are )(?<!gums were )(?<!gums keep )(?<!gums have been )"
            r"(?<!gums started )(?<!nose is )(?<!nose keeps )(?:vaginal )?bleed\w*"
            r"(?! gums| from (?:my |her |the )?(?:gums|nose|mouth|teeth))|spotting|blood (?:when i wipe|in (?:my|her) (?:pants|knickers)|down there)",
            # Spanish: "sangrado", "sangrando" (bleeding), "un poco de sangre" (some blood)
            r"sangrad[oa]s?|sangrando|(?:un poco de|poca|mucha|algo de) sangre|sangre (?:vaginal|abajo|por (?:abajo|la vagina))",
            r"(?:dark|fresh|bright red|red|brown|some|a bit of|a little|a lot of) (?:\w+ )?blood(?! (?:pressure|tests?"
            r"|sugars?|results?|count|group|type|cells?|donation))",
        ),
    ),
    Concept(
        "preeclampsia_symptom",
        (
            r"(?:severe|terrible|awful|horrible|horrendous|bad|pounding|splitting|worst) headache|headache(?: [\w'’-]+){0,6}?"
            r" (?:won['’]?t go|wont go|won['’]?t touch|wont touch|not (?:going|touched|touching|helped|helping)"
            r"|hasn['’]?t (?:touched|helped)|didn['’]?t (?:touch|help)|doesn['’]?t (?:touch|help|shift)|does not (?:touch|help)"
            r"|isn['’]?t (?:touching|helping|shifting|shifting it|going)|is not (?:touching|helping))",
            r"flashing lights|(?:seeing )?(?:spots|stars|sparkl\w*|zigzags?)(?: lights)?|blurr\w* vision|visual disturbance"
            # lights that are not there: "seeing little lights", "tiny lights in front of my eyes"
            # (or flickering ones, at the edge of sight: "little flickery lights at the side of her vision")
            r"|(?:seeing|sees?|saw) (?:(?:little|small|tiny|bright|white|flicker\w*|shimmer\w*|sparkl\w*|shin\w*|twinkl\w*"
            r"|glitter\w*) ){0,2}(?:lights|flashes)"
            r"|(?:little|small|tiny|bright|flicker\w*|shimmer\w*) (?:lights|flashes)"
            r" (?:in front of|before|in|at the (?:edge|side)s? of) (?:my|her) (?:eyes|vision|sight)"
            r"|vision (?:is )?(?:blurr\w*"
            r"|funny|going)|(?:pain|ache) (?:just )?(?:below|under) (?:my|the|her) ribs|epigastric pain",
            # NG133 symptoms in Portuguese and Spanish: "dor de cabeça muito forte", "dolor de cabeza fuerte",
            # "mãos muito inchadas", "cara hinchada"
            r"(?:dor de cabe[cç]a|dolor de cabeza)(?: muito| muy| bem)? (?:forte|fuerte|intens[ao]|terr[ií]vel|horr[ií]vel)"
            # ... and sight: "visión borrosa", "visão embaçada", "veo lucecitas", "vejo pontinhos brilhantes"
            r"|visi[oó]n borrosa|vis[aã]o (?:emba[cç]ada|turva)|(?:veo|ve|vejo|v[eê]) (?:como |uns |unas )?(?:borroso"
            r"|lucecitas|luces|destellos|puntitos|chispitas|estrellitas|pontinhos|luzinhas|estrelinhas|flashes)"
            r"|(?:face|hands|feet|fingers|rosto|cara|m[aã]os|manos|p[eé]s|pies)(?: [\w'’]+){0,3} (?:muito |muy |very |so )?"
            r"(?:inchad|hinchad)[oa]s?\b",
            r"sudden(?:ly)? swell\w*|(?:face|hands|feet|fingers)(?: and (?:face|hands|feet|fingers))? (?:have |has )?"
            r"(?:suddenly )?(?:swollen|swelled|puffed|blown up|ballooned)",
            # the face or hands told swollen in the present, or rings that no longer fit (NICE NG133: swelling of
            # the face or hands; feet alone are common in late pregnancy and are not named here)
            r"(?:face|hands|fingers)(?: and (?:face|hands|feet|fingers))? (?:are|is|look|looks|got|have got) (?:all |so |very |really )?"
            r"(?:swollen|puffy|puffed up)|rings? (?:do(?:es)? not|don['’]?t|won['’]?t|no longer|doesn['’]?t) (?:fit|go on|come off)",
        ),
    ),
    # the show: mucus streaked pink or brown (NHS "Signs that labour has begun"; NICE NG235: a show at term is
    # no reason to come in); a bleed like a period or fresh red blood is no show (RCOG Green-top 63)
    Concept("show_mucus", (r"(?:mucus|mucous|jelly|plug|discharge|gloop|goo)(?: [\w'’-]+){0,6}? (?:streak\w*|tinged|stained|specks?"
                           r"|traces?|tinge|flecks?)(?: [\w'’-]+){0,3}? (?:pink\w*|brown\w*|blood)"
                           r"|(?:pink|brown|blood)[- ]?(?:streaked|tinged|stained) (?:mucus|jelly|discharge|plug)"
                           r"|(?:mucus|mucous) plug|bloody show|(?:had|having|lost|losing|passed|this is|is this|is it)"
                           r" (?:a |the |my )show\b",)),
    Concept("fresh_red_bleeding", (r"(?:bright|fresh)(?: red)? (?:blood|bleed\w*)|bright red|(?:heavy|heavier|lots of|a lot of|more)"
                                   r" (?:\w+ )?(?:bleed\w*|blood)|period[- ]like (?:bleed\w*|blood)|clots?\b",)),
    # the waters broken (NICE NG235 1.4 prelabour rupture of membranes at term: assess, offer induction; NICE NG25
    # preterm: assess in hospital); a cord felt, green waters or fresh bleeding keep their own rules
    Concept("waters_broken", (r"waters?\b(?: \w+){0,2} (?:broke|broken|gone|went|burst|breaking|released|popped)"
                              r"|(?:broke|broken|burst) (?:my|her) waters|(?:rupture[sd]?|ruptured) (?:of )?(?:the )?membranes"
                              r"|(?:pop|gush)(?: [\w'’]+){0,8} (?:clear |watery )+fluid|leak\w* (?:\w+ ){0,2}(?:clear |watery )+fluid"
                              r"|(?:clear|watery) fluid (?:\w+ )?(?:leak\w*|trickl\w*|dripping|coming)",)),
    # RCOG Green-top 50: a cord felt or seen at the vagina after the waters break is an obstetric emergency
    Concept("cord_prolapse", (r"cord (?:is )?(?:coming out|hanging|visible|prolapse\w*)|feel (?:something )?(?:soft and )?"
                              r"(?:pulsat\w*|throbbing) (?:\w+ ){0,3}(?:vagina\w*|down there|entrance)",)),
    Concept(
        "psychotic_features",
        (r"(?:tv|television|radio|phone)(?: [\w'’]+){0,3} (?:is )?(?:sending|giving|talking to) (?:her|him|me) (?:\w+ )?"
         r"(?:messages|signals)|hearing voices|(?:baby|child)(?: [\w'’]+){0,3} (?:isn['’]?t|is not|was) (?:ours|mine|hers"
         r"|swapped|switched)|(?:been )?swapped at birth|delusion\w*|hallucinat\w*",
         # a false belief about the baby, however quoted: "the baby was 'swapped' at the hospital", "believes
         # he is not her real son", "thinks the baby is evil" (NICE CG192; RCPsych postpartum psychosis)
         r"(?:baby|child|son|daughter|this one)(?: [\w'’]+){0,3} (?:is|was|has been|had been|got|were)(?: not| an?)? ['‘\"]?"
         r"(?:swapped|switched|replaced|an? (?:imposter|impostor|changeling|fake|robot|devil)|evil|possessed|cursed"
         r"|poisoned|not (?:real|hers|his|ours|mine|theirs))\b"
         r"|(?:believes?|thinks?|convinced|insists?|certain|sure|says|said|told \w+)(?: that)? (?:the |her |my |our |his )?"
         r"(?:baby|child|son|daughter)(?: [\w'’]+){0,2} (?:isn['’]?t|is not|was not|wasn['’]?t) (?:really )?(?:hers|mine|ours|theirs|real)"
         # ... or told with whoever she believes did it: "convinced the nurses swapped the baby", "sure someone
         # has switched her son"
         r"|(?:believes?|thinks?|convinced|insists?|certain|sure|says|said)(?: that)? (?:the |some|a |her |my )?[\w'’]+"
         r" (?:have |has |had )?(?:swapped|switched|replaced|stole|stolen|taken) (?:the|her|my|our|his|their) (?:real )?"
         r"(?:baby|child|son|daughter)\b",),
    ),
    # the mania of a postpartum psychosis: nights without sleep with pacing, agitation, racing speech or
    # odd laughter (NICE CG192 1.10.x: a rapidly changing mental state after birth; RCPsych: no sleep,
    # restless, talking fast, not making sense): a mother up with a feeding baby is tired, not this
    Concept(
        "sleepless_nights",
        (r"(?:slept|sleeping|sleeps)(?: \w+)? (?:under|less than|barely|only|no more than|at most) (?:an?|one|two|1|2)"
         r"(?: \w+)? hours?(?: a| each| per) night|(?:not|hasn['’]?t|has not|hardly|barely) slept (?:at all )?(?:for|in)"
         r" (?:\d|two|three|four|five|several|a few) (?:nights|days)|no sleep (?:for|in) (?:\d|two|three|four|five|several"
         r"|a few) (?:nights|days)|(?:doesn['’]?t|does not|says she doesn['’]?t) need (?:any )?sleep",),
    ),
    Concept(
        "manic_signs",
        # (pacing with the baby, or up at 3 a.m., is a feed or a settling: not named here)
        (r"pacing(?! (?:[\w'’]+ ){0,3}with (?:her|him|them|the baby|my baby|our baby))|racing thoughts|talk\w* (?:very )?(?:fast|non-?stop|constantly|over everyone)|pressured speech"
         # ... or told in other words: "talks rapidly and jumps between topics", "flits from subject to subject"
         r"|(?:talk|speak)\w* (?:very |so |really )?(?:rapidly|quickly|a mile a minute)|flight of ideas"
         r"|(?:jump|flit|leap|hop)\w* (?:from (?:topic|subject|one (?:topic|subject|thing)) to (?:topic|subject|another|the next)|between (?:topics|subjects))"
         r"|laugh\w* (?:at odd (?:moments|times)|inappropriately|at nothing|for no reason)|distractible|grandios\w*"
         r"|(?:cleaning|scrubbing|tidying|reorganis\w*|reorganiz\w*)(?: \w+){0,2} at (?:[1-5]|two|three|four|five) ?(?:a\.?m\.?|in the morning)"
         r"|not making sense|(?:acting|behaving) (?:strangely|oddly|bizarrely|out of character)",),
    ),
    Concept(
        "reduced_fetal_movements",
        (r"(?:baby|babies)(?: \w+){0,3} (?:moving|kicking|movements?)(?: \w+){0,2} (?:less|fewer|not as much|stopped)"
         r"|(?:reduced|fewer|less|no) (?:fetal |foetal |baby )?(?:movements|kicks)"
         r"|(?:movements?|kicks) (?:are |have been |have got |got )?(?:much )?(?:weaker|slower|fewer|reduced|less)\b"
         r"|(?:haven['’]?t|hasn['’]?t|not|didn['’]?t) felt (?:her|him|the baby|baby|them) (?:kick|move)",),
    ),
    # movements counted in a handful over a day, or none for hours: "only 2 little kicks since
    # breakfast", "since 3 pm nothing", "hasn't moved for 4 hours" (RCOG GTG 57: assess now)
    Concept(
        "movements_scant",
        (r"(?:only|just) (?:felt |counted |count )?(?:\d|one|two|three|four|a few|a couple of) (?:small |little |tiny |weak |faint )?"
         r"(?:movements?|kicks?|wriggles?)\b|(?:since|from) (?:\d{1,2}(?:[.:]\d\d)? ?(?:am|pm|o['’]?clock)|this morning|breakfast"
         r"|lunch(?:time)?|last night|midday|noon) (?:there (?:has been|was|is) )?(?:nothing|no (?:movements?|kicks?)|not (?:a|one)"
         r" (?:kick|movement))(?: at all)?(?: from (?:the |my |our )?(?:baby|bump|her|him))?(?=\s*(?:[.,;!?]|$))|no (?:movements?|kicks?) (?:for|in) (?:the (?:last|past) )?"
         r"(?:\d{1,2}|two|three|four|five|six|several|a few|many) hours|(?:hasn['’]?t|has not|not|havent|haven['’]?t) (?:moved"
         r"|kicked|felt (?:her|him|it|the baby|baby) (?:move|kick)) (?:at all )?(?:for|in) (?:the (?:last|past) )?"
         r"(?:\d{1,2}|two|three|four|five|six|several|a few|many) hours",),
    ),
    # movements felt again after a quiet spell (RCOG GTG 57: then advice, not an admission)
    Concept(
        "movements_returned",
        (r"(?:she|he|baby|it|they|but|then) (?:then |has |have )?(?:kicked|moved|wriggled|started (?:kicking|moving))"
         r"(?: (?:again|after|once|when|normally|lots|loads|a lot))|(?:kicking|moving|kicks|movements) (?:are )?"
         r"(?:again|back to normal|normal again|as usual (?:again|now))",),
    ),
    Concept(
        "absent_fetal_movements",
        (r"(?:haven['’]?t|hasn['’]?t|not|didn['’]?t|havent|hasnt) (?:felt|feel) (?:her|him|the baby|baby|them) (?:kick|move)\w*"
         r" (?:at all|since|all (?:day|night|morning|evening))|(?:baby|babies) (?:has |have )?stopped (?:moving|kicking)"
         r"|no (?:fetal |foetal |baby )?(?:movements?|kicks) (?:at all|since|all (?:day|night))",),
    ),
    # pain under the right ribs or in the epigastrium, which women often call indigestion (NICE NG133:
    # with pre-eclampsia it is a sign of severe disease / HELLP syndrome, admit)
    Concept(
        "upper_abdo_pain",
        (r"(?:indigestion|heartburn|pain|ache|aching|discomfort|tender\w*)['’]?(?: \w+){0,3} (?:under|below|beneath)"
         r" (?:my|her|the) (?:right )?(?:ribs|rib ?cage)|right upper quadrant|(?-i:RUQ)\b|epigastri\w*"
         r"|upper (?:abdominal|abdomen|tummy|stomach|belly) (?:pain|ache|discomfort|tenderness)"
         r"|(?:pain|ache|discomfort) (?:in|at) (?:the|my|her) upper (?:abdomen|tummy|stomach|belly)",),
    ),
    Concept(
        "proteinuria",
        (r"proteinuria|protein(?:uria)?(?: in (?:the|her|my) (?:urine|wee))?(?: \w+){0,2} (?:\+{1,3}|[1-4] ?\+|positive)"
         r"|(?:urine|dip\w*)(?: \w+){0,3} protein(?! negative| nil| none)",),
    ),
    Concept("bp_high_word", (r"(?:bp|blood pressure)(?: \w+){0,3} (?:was |is |been )?(?:high|raised|up)|pre-?eclampsia",)),
    Concept(
        "bump_pain",
        (
            rf"(?:bump|womb|uterus){gap(6)}(?:is |feels |went |gone )?(?:rock[- ]hard|hard|tender|tight|painful)",
            r"(?:belly|tummy|stomach|bump)(?: \w+){0,3} (?:gone |is |went |feels |turned |get |gets |got )?(?:hard(?: hard)?"
            r" (?:as|like) a (?:board|rock)"
            r"|rock[- ]hard|rigid|board[- ]like)",
            r"(?:pain|tightening|cramp)\w*(?: \w+){0,3} (?:in|across|around) (?:my|her|the) (?:bump|womb|uterus)",
            r"(?:hard|tender|rigid)(?:,? (?:and )?(?:hard|tender|rigid))? (?:uterus|womb|bump)",
        ),
    ),
    # a womb hard and sore at once, or not relaxing between contractions (RCOG GTG 63: a hypertonic, tender
    # uterus is placental abruption until shown otherwise, whatever the bleeding seen)
    Concept(
        "womb_tense",
        (r"(?:belly|tummy|stomach|bump|womb|uterus)(?: \w+){0,2} (?:gone|went|is|feels|stays?|staying|turned|has gone) hard"
         r"(?:,| and)(?: \w+){0,2} (?:sore|tender|painful)",
         r"(?:sore|tender|painful|pain|hard|tight)(?: \w+){0,2} (?:between|in between) (?:the )?(?:tightenings|contractions)",
         r"(?:doesn['’]?t|does not|never|won['’]?t|not) (?:relax|soften)\w*(?: \w+){0,2} between (?:the )?(?:tightenings|contractions)",),
    ),
    Concept(
        "postpartum",
        (
            r"postpartum|post-partum|puerper\w*",
            r"(?:(?:had|delivered) (?:a|the|my|our|her) (?:\w+ )?baby|gave birth|(?:was|were) (?:born|delivered)"
            r"|my (?:c-section|caesarean|cesarean) was)(?: \w+){0,2} (?:yesterday|today|last (?:night|week)"
            r"|this (?:morning|week)|(?:\d+|a few|an?|two|three|four|five|six) (?:hours?|hrs?|days?|weeks?) ago)",
            r"(?:\d+|a few|two|three) (?:hours|days|weeks) after (?:giving birth|the birth|delivery|delivering"
            r"|(?:my|her|a) (?:c-section|caesarean|cesarean))|after (?:delivering|giving birth to) (?:my|her|our|a)"
            r"|since (?:(?:she|i) gave birth|giving birth|the birth|(?:the|our|my|her) baby (?:was born|arrived|came))",
            # "8 days since my c-section", "a fortnight after her delivery" (within the six weeks of NG133)
            r"(?:(?:[1-9]|[1-3]\d|a few|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) days?|(?:[1-6]|one|two"
            r"|three|four|five|six|a few|a couple of) weeks?|a (?:week|fortnight)) (?:since|after|post) (?:my |her |the |a )?"
            r"(?:c-?section|c section|caesarean(?: section)?|cesarean(?: section)?|delivery|birth|emergency section)",
            # the baby's birth told instead of the mother's: "baby boy born 6 days ago", "our twins were born
            # last week" (NICE NG133: pre-eclampsia up to six weeks after the birth)
            r"(?:baby|babies|son|daughter|boy|girl|twins|little one|bub|bubba)(?: \w+){0,2} (?:was |were )?born (?:yesterday|last (?:night|week)"
            r"|this (?:morning|week)|(?:[1-9]|[1-3]\d|a few|a couple of|two|three|four|five|six|seven|eight|nine|ten) days? ago"
            r"|(?:[1-6]|an?|one|two|three|four|five|six|a few|a couple of) weeks? ago)",
            # the birth told as having the child, the time straight after it: "had my little girl 9 days ago", "we
            # had our son last week" ("had my son over last week" is a visit: no word may come between); the
            # Australian "bub" needs no article ("had bub 6 days ago")
            r"(?:(?:had|delivered) (?:my|our|her|a|the) (?:(?:little|baby|new|first|second|third|fourth) )?(?:girl|boy|son"
            r"|daughter|twins|little one|bub|bubba)|(?:had|delivered) (?:bub|bubba)) (?:yesterday|last (?:night|week)"
            r"|this (?:morning|week)|(?:[1-9]|[1-3]\d|a few|a couple of|two|three|four|five|six|seven|eight|nine|ten) days? ago"
            r"|(?:[1-6]|an?|one|two|three|four|five|six|a few|a couple of) weeks? ago)",
            # a record's day count: "day 6 after emergency caesarean", "day 4 post LSCS", "3/7 post-partum"
            # the birth's kind may come first, up to two words: "day 6 after an uncomplicated vaginal birth",
            # "4 days after a normal home delivery" (NICE NG133 holds for every kind of birth)
            r"(?:day (?:[1-9]|[1-3]\d)|(?:[1-9]|[1-3]\d) ?days?|[1-6]/7) (?:after|post|following|since)[- ]?(?:an? |my |her |the )?"
            r"(?:(?:emergency|elective|planned|urgent|uncomplicated|normal|vaginal|straightforward|spontaneous|natural|home"
            r"|water|hospital|assisted|instrumental|forceps|ventouse|quick|long|difficult|traumatic|premature|early|term)"
            r" ){0,2}(?:c-?section|c section|caesarean(?: section)?|cesarean(?: section)?"
            r"|section|delivery|birth|(?-i:LSCS|CS|SVD)\b|partum|natal)|postnatal day (?:[1-9]|[1-3]\d)",
            # ... or after the baby itself: "day 6 after their first baby", "five days after having her baby"
            r"(?:day (?:[1-9]|[1-3]\d)|(?:[1-9]|[1-3]\d|a few|two|three|four|five|six|seven|eight|nine|ten) days?|(?:[1-6]|one|two"
            r"|three|four|five|six|a few|a couple of) weeks?|a (?:week|fortnight)) (?:after|since) (?:having )?(?:my|her|their|our"
            r"|the|a) (?:(?:first|second|third|fourth|new|new-?born|baby) )?(?:baby|babies|twins|son|daughter|boy|girl)\b(?!['’])",
            # the birth told with where it happened and "back" for "ago" (South Asian English): "delivered at home
            # with the midwife 5 days back", "gave birth in the district hospital two weeks ago" (RCOG Green-top 52:
            # a secondary haemorrhage comes from a day to twelve weeks after any birth, a home birth included)
            r"(?:delivered|gave birth) (?:at|in) (?:home|(?:the |a )?(?:\w+ )?(?:hospital|clinic|health cent(?:re|er)|maternity"
            r"|birth(?:ing)? cent(?:re|er)))(?: [\w'’]+){0,4} (?:(?:[1-9]|[1-3]\d|a few|two|three|four|five|six|seven|eight|nine"
            r"|ten) days?|(?:[1-6]|one|two|three|four|five|six|a few|a couple of) weeks?) (?:ago|back)\b",
            # Spanish / Portuguese: "8 días después de la cesárea", "duas semanas depois do parto"
            r"(?:d[ií]as|semanas) (?:despu[eé]s de|desde|ap[oó]s|depois d[aeo]) (?:la |el |mi |a |o |minha |meu )?(?:ces[aá]rea|parto)",
        ),
    ),
    # the birth told by the baby's age ("baby is 9 days old", "our son's 3 weeks old"): with a blood pressure
    # of 160/110 or more (never a baby's) it is the mother's, within NICE NG133's six weeks after the birth
    Concept(
        "baby_weeks_old",
        (r"(?:baby|son|daughter|boy|girl|twins|little one|bub|bubba)(?:['’]s| is| are)(?: only| just)? (?:(?:[1-9]|[1-3]\d|one|two|three"
         r"|four|five|six|seven|eight|nine|ten) days?|(?:[1-6]|one|two|three|four|five|six) weeks?) old",),
    ),
    # offensive lochia or vaginal discharge after birth (RCOG Green-top 64b; UKOSS red flags of maternal sepsis)
    Concept(
        "offensive_lochia",
        (
            r"(?:lochia|(?:vaginal )?discharge|loss(?:es)?|bleeding|blood)(?: [\w'’]+){0,3} (?:smell\w*|stink\w*|reek\w*)"
            r"(?: \w+)? (?:offensive|foul|bad|off|awful|horrible|rotten|fishy|nasty|disgusting)?"
            r"|(?:offensive|foul(?:[- ]smelling)?|smelly|stinking|malodorous)(?: \w+)? (?:lochia|discharge|loss(?:es)?|bleeding|blood)",
        ),
    ),
    Concept(
        "heavy_bleeding",
        (
            r"bleed\w* (?:heavily|a lot|loads|lots|so much|non-?stop)|heavy (?:vaginal )?bleed\w*|(?:large|big|huge) (?:blood )?clots"
            # clots told by their likeness to liver (the lay picture of a large clot)
            r"|clots(?: \w+){0,2} like (?:a )?(?:pieces? of )?liver"
            r"|clots (?:the size of|as big as|bigger than|larger than)",
            # "soaked through 3 maternity pads in the last half hour"
            r"(?:soak\w*|fill\w*|going through|gone through|chang\w*)(?: through)? (?:\d|two|three|four|several) (?:\w+ )?"
            r"(?:pads|towels)(?: \w+){0,3} (?:in|within) (?:the last |an? |the )?(?:\d+ ?min\w*|half (?:an? )?hour|hour)",
            # the pad may be a cloth or rag where pads are not to hand ("changing the cloth every hour")
            r"(?:soak\w*|fill\w*|going through|gone through|chang\w*) (?:a |one |my )?(?:\w+ )?(?:pads?|towels?|cloths?|rags?)"
            r"(?: \w+){0,3} (?:every|in|within) (?:(?:\d{1,2}|ten|fifteen|twenty|thirty|forty) ?min\w*|half (?:an? )?hour"
            r"|(?:(?:an?|one|1) ?)?h(?:ou)?r)\b",
        ),
    ),
)

DISCRIMINATORS: Final = (
    # RCOG Green-top 43: itching of the palms and soles in pregnancy, without a rash, is obstetric cholestasis
    # until bile acids and LFTs say otherwise: a same-day check
    Discriminator("itching of palms or soles in pregnancy", "urgent", ("pregnancy_itch",),
                  any_of=("pregnancy_ge_20w", "pregnant"),
                  source="RCOG Green-top 43 (2022): suspected intrahepatic cholestasis of pregnancy, same-day bile acids and LFTs"),
    Discriminator("ectopic pregnancy signs", "emergent", ("early_pregnancy", "abdominal_pain"),
                  any_of=("shoulder_tip_pain", "faint_dizzy", "vaginal_bleeding"),
                  source="NICE NG126: pain in early pregnancy with shoulder-tip pain, fainting or bleeding"),
    # NICE NG126 1.2: a possible pregnancy with haemodynamic instability (pale, clammy, collapse) and bleeding
    # or pain is a ruptured ectopic until shown otherwise: 999 / emergency department, whatever the pain is called
    Discriminator("early pregnancy with shock or collapse", "emergent", ("early_pregnancy", "shock_signs"),
                  any_of=("vaginal_bleeding", "abdominal_pain", "shoulder_tip_pain", "faint_dizzy"),
                  none_of=("newborn",),
                  source="NICE NG126: pain or bleeding in early pregnancy with haemodynamic instability, emergency"),
    Discriminator("early pregnancy with bleeding and a faint", "emergent", ("early_pregnancy", "vaginal_bleeding", "syncope"),
                  none_of=("newborn",),
                  source="NICE NG126: bleeding in early pregnancy with fainting or collapse, emergency assessment"),
    Discriminator("pre-eclampsia symptoms", "emergent", ("pregnancy_ge_20w", "preeclampsia_symptom"),
                  source="NICE NG133: symptoms of pre-eclampsia, seek advice immediately"),
    Discriminator("pre-eclampsia with upper abdominal pain", "emergent", ("pregnancy_ge_20w", "upper_abdo_pain"),
                  any_of=("bp_ge_140_90", "proteinuria", "bp_high_word"),
                  source="NICE NG133: pre-eclampsia with epigastric or right upper quadrant pain (HELLP), admit"),
    Discriminator("severe hypertension in pregnancy", "emergent", ("pregnancy_ge_20w", "bp_ge_160_110"),
                  source="NICE NG133: BP >= 160/110, admit"),
    Discriminator("bleeding after 20 weeks", "emergent", ("pregnancy_ge_20w", "vaginal_bleeding"), none_of=("show_at_term",),
                  source="RCOG Green-top 63: antepartum haemorrhage, hospital assessment"),
    Discriminator("waters broken in late pregnancy", "urgent", ("pregnancy_ge_20w", "waters_broken"),
                  source="NICE NG235 1.4 / NG25: rupture of membranes, maternity assessment the same day"),
    Discriminator("pain with a hard or tender uterus", "emergent", ("pregnancy_ge_20w", "bump_pain"),
                  any_of=("severe_pain", "vaginal_bleeding", "onset_sudden", "abdominal_pain", "back_pain",
                          "reduced_fetal_movements"),
                  source="RCOG Green-top 63: suspected placental abruption"),
    Discriminator("a womb hard and tender between contractions", "emergent", ("pregnancy_ge_20w", "womb_tense"),
                  source="RCOG Green-top 63: a hypertonic, tender uterus, suspected placental abruption"),
    # NICE NG133 1.7: pre-eclampsia can present up to six weeks after the birth
    Discriminator("severe hypertension after birth", "emergent", ("postpartum", "bp_ge_160_110"),
                  source="NICE NG133: BP >= 160/110 in the postnatal period, admit"),
    Discriminator("severe hypertension with a baby weeks old", "emergent", ("baby_weeks_old", "bp_ge_160_110"),
                  source="NICE NG133 1.7: pre-eclampsia up to six weeks after the birth; admit at BP >= 160/110"),
    Discriminator("pre-eclampsia symptoms after birth", "emergent", ("postpartum", "preeclampsia_symptom"),
                  any_of=("bp_ge_140_90", "bp_high_word", "headache", "facial_swelling"),
                  source="NICE NG133 / CG37: postnatal pre-eclampsia, symptoms with raised BP or a second symptom"),
    Discriminator("cord prolapse", "emergent", ("cord_prolapse",), source="RCOG Green-top 50: umbilical cord prolapse"),
    Discriminator("a fit in pregnancy or after birth", "emergent", ("seizure",), any_of=("pregnancy_ge_20w", "postpartum"),
                  source="NICE NG133: eclampsia; RCOG: a first seizure after birth (also venous sinus thrombosis)"),
    Discriminator("psychotic symptoms after birth", "emergent", ("postpartum", "psychotic_features"),
                  source="NICE CG192: suspected post-partum psychosis, same-day specialist assessment"),
    Discriminator("nights without sleep and mania after birth", "emergent", ("postpartum", "sleepless_nights"),
                  any_of=("manic_signs", "agitation", "new_confusion", "psychotic_features"),
                  source="NICE CG192: suspected post-partum psychosis (mania, confusion), same-day specialist assessment"),
    # maternal sepsis after a birth or caesarean: a fever with two of its red flags (RCOG Green-top 64b, bacterial
    # sepsis following pregnancy; UKOSS / MBRRACE: tachycardia over 100, breathlessness, abdominal pain or a tender
    # uterus, offensive lochia, rigors, vomiting or little urine) is an emergency (NICE NG51: within 6 weeks of a
    # birth or invasive gynaecological procedure)
    Discriminator("fever after birth with red flags of maternal sepsis", "emergent", ("postpartum", "fever"),
                  any_of=("hr_gt_100", "hr_high_risk", "rr_21_24", "rr_ge_25", "dyspnoea", "abdominal_pain",
                          "offensive_lochia", "rigors", "no_urine", "vomiting"),
                  at_least=2, none_of=("chronic_only",),
                  source="RCOG Green-top 64b (2012): sepsis following pregnancy, red flags; NICE NG51 (within 6 weeks of birth)"),
    Discriminator("heavy bleeding after birth", "emergent", ("postpartum", "heavy_bleeding"),
                  source="RCOG Green-top 52: postpartum haemorrhage"),
    Discriminator("bleeding after birth with faintness", "emergent", ("postpartum", "vaginal_bleeding", "faint_dizzy"),
                  source="RCOG Green-top 52: postpartum haemorrhage"),
    Discriminator("no fetal movements", "emergent", ("absent_fetal_movements",), none_of=("resolved", "pregnancy_lt_24w"),
                  source="NHS / RCOG Green-top 57: a baby not felt moving at all, go to the maternity unit now"),
    # RCOG GTG 57: from 28 weeks, movements down to a handful or none for hours need the maternity
    # unit now; "moving less" alone is a call to the unit the same day (below)
    Discriminator("few or no fetal movements for hours in the third trimester", "emergent",
                  ("movements_scant", "pregnancy_ge_28w"), none_of=("resolved", "movements_returned"),
                  source="RCOG Green-top 57: reduced fetal movements from 28 weeks, maternity assessment now"),
    Discriminator("few fetal movements", "urgent", ("movements_scant", "pregnancy_ge_20w"),
                  none_of=("resolved", "movements_returned"),
                  source="RCOG Green-top 57: contact the maternity unit straight away"),
    # (before 24 weeks a baby not yet felt, or felt less, is for the next antenatal visit: RCOG GTG 57)
    Discriminator("reduced fetal movements", "urgent", ("reduced_fetal_movements",),
                  none_of=("resolved", "pregnancy_lt_24w"),
                  source="RCOG Green-top 57: contact the maternity unit straight away"),
    Discriminator("urinary infection in pregnancy", "urgent", ("uti_symptoms",),
                  any_of=("pregnant", "early_pregnancy", "pregnancy_ge_20w"),
                  source="NICE NG109: lower UTI in pregnancy, antibiotic and urine culture the same day"),
    Discriminator("raised BP in pregnancy", "urgent", ("pregnancy_ge_20w", "bp_ge_140_90"),
                  source="NICE NG133: BP >= 140/90 after 20 weeks"),
    # (a midwife who visits a newborn is no pregnancy: a baby girl's bleeding is her own)
    Discriminator("bleeding in early pregnancy", "urgent", ("early_pregnancy", "vaginal_bleeding"),
                  none_of=("newborn",), source="NICE NG126: early pregnancy assessment"),
)

GROUP: Final = Group("pregnancy_emergency", CONCEPTS, DISCRIMINATORS)
