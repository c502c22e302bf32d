"""Overdose and poisoning: excess or toxic ingestion, or unresponsiveness after drugs (Poison Help)."""

from __future__ import annotations

from typing import Final

from medgate.safety.paracetamol_day import PARA_COUNT_OVER_PERIOD
from medgate.safety.rules.base import (
    CAUSTIC,
    G2,
    G3,
    G5,
    MEDICINE,
    OUT_OF_IT,
    Category,
    Concept,
    Rule,
    gap,
)
from medgate.safety.rules.caffeine import CAFFEINE_CONCEPTS, CAFFEINE_KEEPS
from medgate.safety.rules.ibuprofen_dose import IBUPROFEN_TAKEN
from medgate.safety.rules.low_risk_doses import LOW_RISK_DOSE_TWICE
from medgate.safety.rules.overdose_intent import CONCEPTS as INTENT_CONCEPTS
from medgate.safety.rules.overdose_intent import RULES as INTENT_RULES
from medgate.safety.rules.poison_symptoms import CONCEPTS as POISON_SYMPTOM_CONCEPTS
from medgate.safety.rules.poison_symptoms import RULES as POISON_SYMPTOM_RULES

_INGEST: Final = (
    r"(?:took|taken|swallow\w*|ate|eaten|drank|drunk|ingest\w*|chugged|popped|bit into|got into"
    r"|downed|overdosed on)"
)
# a medicine, or a drink or edible taken in excess
_DRUG: Final = (
    rf"(?:{MEDICINE}|gummies|edibles|vodka|alcohol|whiskey|booze|wine|beer|rum|gin|tequila|spirits)"
)
# recreational or unknown substances (a toxidrome with any of these is a poisoning)
_STREET: Final = (
    r"(?:mdma|molly|ecstasy|pingers|cocaine|crack|meth|methamphetamine|amphetamines?|spice"
    r"|k2|bath salts|lsd|ketamine|ghb|party drugs?|designer drugs?|research chemicals?"
    r"|(?:an? |some )?(?:unknown|random|mystery|strange|dodgy) (?:pills?|drugs?|powder|substance))"
)
_TOXIN: Final = (
    rf"(?:{CAUSTIC}|antifreeze|anti-freeze|(?:dishwasher |laundry |detergent )?pods?|detergent"
    r"|cleaner|rat poison|pesticide|weed ?killer|methanol"
    r"|windshield (?:washer )?fluid|lighter fluid|button batter(?:y|ies)|batter(?:y|ies)"
    r"|mushrooms|poison|cleaning (?:fluid|liquid|product|spray)|chemicals?|mouthwash"
    r"|(?:stuff|liquid|something|bottle) (?:from )?under the (?:kitchen |bathroom )?sink"
    r"|nail polish remover|gasoline|kerosene|paint thinner|hand sanitizer)"
)
_MANY: Final = (
    r"(?:too many|(?:a |the )?(?:whole|full|entire) (?:bottle|pack\w*|box|strip)|a bunch"
    r"|a handful|all|many|lots of|loads of|a lot of|half (?:a|the) bottle"
    # British colloquial amounts ("took a load of paracetamol", "a pile of her tablets"): any
    # intentional overdose is assessed now, however well the person seems (NICE CG16; TOXBASE)
    r"|a (?:load|pile|heap|stack|fistful) of"
    # packs counted in the plural, quoted or not ("took 'two boxes' of paracetamol", "3 packets of
    # co-codamol"): two packs of the smallest UK paracetamol box (16 x 500 mg) are 16 g, far over TOXBASE's
    # 75 mg/kg line; a quote round an amount is still the amount
    r"|(?:two|three|four|five|six|several|a few|a couple of|[2-9]|\d\d) (?:boxes|packs|packets|strips|blister packs)"
    r"['‘’\"“”]?(?= of\b)"
    r"|(?:lots|loads|a lot|a load)['‘’\"“”] of"
    # (a number in milligrams or micrograms is a strength, not a count: "took 20 mg of citalopram
    # last night", "an extra 400 mg ibuprofen" are one tablet, far under any toxic line (TOXBASE);
    # ten or more tablets told by strength are read below; ten grams or more is an excess); nor is one in
    # international units, a vitamin D or E strength: 'took my 1000 IU tablet' is one tablet (TOXBASE: acute
    # vitamin D ingestion is of low toxicity)
    r"|(?:about |~|around |like )?(?:[1-9]\d+\b(?! ?(?:(?:mg|milligrams?|mcg|micrograms?|µg|ug|international units?)\b|i\.?u\b))"
    r"|ten|twenty|thirty|forty|fifty)\b"
    # (paracetamol counted over a period is read as an amount a day by the findings, not as a total:
    # "15 paracetamol over the past 5 days" is 1.5 g a day, a therapeutic dose; safety/paracetamol_day.py)
    rf"(?!{PARA_COUNT_OVER_PERIOD}))"
)
# SSRIs: a second dose taken by mistake is far below any toxic amount (TOXBASE: citalopram and
# escitalopram toxicity, QT prolongation, from several times the daily dose); self-care if well
_SSRI: Final = r"(?:citalopram|escitalopram|sertraline|fluoxetine|paroxetine|fluvoxamine|cipramil|lexapro|zoloft|prozac|seroxat)"
# a medicine's form, not its name: the words MEDICINE opens with
_FORM: Final = r"(?:pills?|tablets?|tabs|capsules|caps|meds|medications?|medicines?)"
_HARD_DRUG: Final = r"fentanyl|heroin|opioids?|oxy(?:codone|contin|s)|xanax|benzos?|ghb|ketamine"
# paraphernalia found with the person ("there are needles next to him", "a syringe on the floor"),
# not the needle of a blood test or jab ("I go funny with needles") nor pins and needles
_PARAPHERNALIA: Final = (
    r"(?:needles?|syringes?)(?: [\w'’]+){0,2} (?:next to|beside|by|near|around|on the (?:floor|bed|table|side)"
    r"|in (?:his|her|their|the) (?:arm|hand|room|bathroom|bedroom|bed|car))"
    r"|(?:found|finding|there (?:are|were|was|is)|saw|used|dirty|a used) (?:(?:a|some|the|his|her) )?(?:used |dirty )?"
    r"(?:needles?|syringes?)|needle (?:marks|still in)|track marks|empty (?:pill )?bottles?"
)
_TRICYCLIC: Final = r"(?:amitriptyline|nortriptyline|dosulepin|dothiepin|imipramine|clomipramine|doxepin|lofepramine|trimipramine)"
_CHILD: Final = (
    r"(?:toddler|child|kid|baby|infant|son|daughter|grandson|granddaughter"
    r"|\d+[- ]?(?:year|yr|month|mo)s?[- ]?old|\d+ ?yo)"
)

CONCEPTS: Final = (
    Concept(
        "overdose_named", (r"(?<!is that an )(?<!is this an )(?<!is it an )(?<!count as an )"
                           # the same question asked of oneself: "did i overdose?" (the amounts decide)
                           r"(?<!did i )(?<!have i )(?<!could i have )(?<!did he )(?<!did she )overdos\w*"
                           # "overdosed on the chilli wings": a food eaten to excess is no poisoning (a
                           # medicine, caffeine or a street drug still is)
                           r"(?! on (?:[\w'’-]+ ){0,4}(?:food|wings|chill(?:i|ies|is)|peppers?|hot sauce|curry|curries|spice"
                           r"|sugar|sweets|candy|chocolates?|cake|pizza|carbs|junk food|snacks?|crisps|chips|ice cream"
                           # nor is a vitamin without iron (TOXBASE: vitamins C, B and multivitamins are of
                           # low acute toxicity; iron is not, and an amount still fires `excess_ingestion`)
                           r"|vit(?:amin)?s?[- ]?[bcde]\d*|(?:multi-?)?vitamins?(?! (?:\w+ )?with iron))\b)"
                           # nor a drink of coffee or tea (its caffeine far below a toxic dose; caffeine tablets
                           # or energy shots still fire), a drug or tablet named between still fires
                           r"(?! on (?:(?!and |with |\w*pills? |\w*tablets? |meds? )[\w'’-]+ ){0,3}(?:coffees?|tea|espressos?"
                           r"|lattes?|cappuccinos?|americanos?|cold brew|cola|coke|diet coke|soda|matcha|mate)\b)"
                           r"|(?-i:OD)(?:['’]?d)?\b|too many (?:pills|tablets|meds)",)
    ),
    # a vitamin without iron named as what was taken (TOXBASE: vitamin D, B, C, E of low acute toxicity)
    Concept("vitamin_only", (r"vit(?:amin)?s?[- ]?[bcde]\d*(?! (?:\w+ )?with iron)\b|(?:multi-?)?vitamins?(?! (?:\w+ )?with iron)\b",)),
    # another medicine taken beside the vitamin, by its name or class ("took 2 of my oxy as well"), not the
    # vitamin's own form: "swallowed 3 tablets" of vitamin B12 tells no other drug (TOXBASE vitamin D: low acute toxicity)
    Concept("other_drug_taken", (_HARD_DRUG, _PARAPHERNALIA,
                                 rf"(?:took|take|takes|taking|used|using|shot up|snorted|smoked|injected|swallowed){G3}"
                                 rf"(?!{_FORM}\b){MEDICINE}")),
    LOW_RISK_DOSE_TWICE,
    Concept(
        "ssri_dose_twice",
        (rf"(?:took|taken|had|swallowed){G3}(?:{_SSRI}{G2}\d{{1,3}} ?mg|\d{{1,3}} ?mg{G2}{_SSRI}){G3}"
         r"(?:twice|two times|again|a second time)(?! (?:a|per|each|every) (?:day|week|night|morning))",
         rf"(?:a double|doubled|two|a second|an extra) (?:dose|doses|tablet|pill)s? of (?:my |her |his |their )?{_SSRI}"
         rf"|{_SSRI}(?: \w+){{0,2}} (?:twice|two times) (?:by (?:mistake|accident)|today|this morning|tonight)",),
    ),
    Concept(
        "excess_ingestion",
        (
            # (glucose or dextrose tablets, 15-20 g, are a hypo's treatment: NICE NG17, Diabetes UK)
            rf"{_INGEST}{G2}{_MANY}{G5}(?<!glucose )(?<!dextrose )(?<!glucose-)(?<!dextrose-)(?<!sugar ){_DRUG}",
            # ten or more tablets told by their strength, the medicine unnamed ("swallowed 24 of the
            # 500 mg ones"): 10 x 500 mg is 5 g, over TOXBASE's 75 mg/kg line below 66 kg
            rf"{_INGEST}{G3}(?:[1-9]\d|twenty|thirty|forty|fifty)(?: ?(?:-|to|or) ?\d\d)? (?:of (?:the|my|his|her|their|those) )?"
            r"\d+ ?(?:mg|milligrams?)\b",
            # a total over the day told in grams, 5 g or more of a medicine (above paracetamol's 4 g a day,
            # and TOXBASE's 75 mg/kg for 66 kg or less): assessed now, however it was taken
            rf"{_INGEST}{gap(12)}(?:[5-9]|[1-9]\d)(?:\.\d+)? ?(?:g|grams?)\b(?: in total| total| altogether| in all"
            r"| over| in (?:the|a|one|24))"
            rf"|{_INGEST}{gap(12)}(?:[5-9]\d{{3}}|[1-9]\d{{4}}|[5-9],\d{{3}}|[1-9]\d,\d{{3}}) ?mg\b",
            # a tricyclic by its total, 250 mg or more at once ("took 750 mg amitriptyline"): TOXBASE
            # assesses any tricyclic ingestion over 4 mg/kg in an adult (about 280 mg at 70 kg)
            rf"{_INGEST}{G3}(?:[2-9]\d\d|[1-9]\d{{3,}}) ?(?:mg|milligrams?){G2}{_TRICYCLIC}",
            # the excess named second in a list of what was taken ("took 2 of my sleeping tablets and 30
            # paracetamol"): a mixed overdose is assessed by its worst part (TOXBASE). Not after "with" ("with
            # 30 tablets in the bottle still", "with 12 oz of water"), nor minutes, hours or days after "and"
            rf"{_INGEST}{gap(8)}(?:and|plus|as well as) {_MANY}"
            rf"(?! ?(?:-|to|or)? ?\d*\s*(?:min\w*|hours?|hrs?|days?|weeks?|years?|secs?|seconds?)\b){G3}"
            rf"(?<!glucose )(?<!dextrose )(?<!sugar ){_DRUG}(?! (?:are |is )?(?:left|remaining|still))",
            # a staggered overdose: ten or more tablets within a day or two ("20-22 pills since yesterday")
            rf"(?:[1-9]\d|twenty|thirty|forty)(?!{PARA_COUNT_OVER_PERIOD})(?: ?(?:-|to|or) ?\d\d)? (?:\w+ )?"
            r"(?:pills|tablets|caps(?:ules)?)"
            r"(?: [\w'’]+){0,3} (?:since|in|over) (?:yesterday|last night|the (?:last|past) (?:day|24|48|\d{2} hours|two days))",
        ),
    ),
    # ten or more taken, the medicine named elsewhere in the message ("can you take too many paracetamol?
    # I took about 20 last night"): a count already swallowed (TOXBASE: 10 x 500 mg is over 75 mg/kg
    # below 66 kg), not minutes, years or milligrams. Ten or more paracetamol, or "20 of them", is
    # tablets; a bare "took 50" of another medicine may be its milligrams ("on sertraline, took 50"),
    # so that counts only with a question of too many or an overdose (below)
    Concept(
        "counted_ingestion",
        (r"(?:took|taken|swallowed|popped|downed|necked)(?: (?:about|around|like|maybe|roughly|nearly|almost|over|at least))?"
         r" (?:[1-9]\d|twenty|thirty|forty|fifty)(?: ?(?:-|to|or) ?\d\d)?"
         r"(?=\s*(?:[.,;!?)]|$|and\b|last\b|yesterday|this (?:morning|afternoon|evening)|earlier|today|tonight|at once"
         r"|in one go|all at|together|after\b|when\b|before\b|over the))",),
    ),
    Concept(
        "counted_tablets",
        (r"(?:took|taken|swallowed|popped|downed|necked)(?: (?:about|around|like|maybe|roughly|nearly|almost|over|at least))?"
         r" (?:[1-9]\d|twenty|thirty|forty|fifty)(?: ?(?:-|to|or) ?\d\d)? of (?:them|those|these|the (?:tablets|pills|caps(?:ules)?))\b",),
    ),
    # ... or the count told later in the sentence, after the packs or the strength: "has taken nearly three
    # strips of her Panadol 500, about 30 tablets" (TOXBASE: 10 x 500 mg is over 75 mg/kg below 66 kg);
    # not a count kept, left or taken over days ("20 tablets left", "12 tablets over the last 4 days"; paracetamol
    # counted over a period is the findings' amount a day)
    Concept(
        "counted_tablets_later",
        (r"(?:took|taken|swallowed|popped|downed|necked)\b[^.!?\n]{0,60}?\b(?:about |around |like |maybe |roughly |nearly "
         r"|almost |over |at least )?(?:[1-9]\d|twenty|thirty|forty|fifty)(?: ?(?:-|to|or) ?\d\d)?"
         rf"(?!{PARA_COUNT_OVER_PERIOD}) (?:\w+ )?(?:tablets|pills"
         r"|caps(?:ules)?)\b(?! (?:left|remaining|in (?:the|a) (?:box|pack|packet|bottle)|(?:over|in|during) the (?:last|past)"
         r"|(?:a|per|each|every) (?:day|week))\b)",),
    ),
    Concept("contraceptive_pill", (r"(?:oral )?contraceptives?(?: pills?| tablets?)?|birth[- ]control pills?|mini[- ]pills?"
                                   r"|microgynon|rigevidon|yasmin|cerazette|loestrin|marvelon|levest",)),
    Concept("too_many_question", (r"too many|(?:can|could) (?:you|i|someone|a person) overdose|is it possible to overdose",)),
    # the medicines most often taken in overdose (TOXBASE), named anywhere in the message (no word
    # suffixes here: a class of its own is told with a verb in `drug_taken`)
    Concept(
        "medicine_named",
        (r"co-?codamol|co-?dydramol|solpadeine|ibuprofen|nurofen|naproxen|aspirin|codeine|tramadol|morphine|sertraline"
         r"|citalopram|fluoxetine|amitriptyline|mirtazapine|venlafaxine|diazepam|zopiclone|promethazine|phenergan"
         r"|antihistamines?|propranolol|quetiapine|sleeping (?:pills|tablets)|painkillers",),
    ),
    # a day's total of paracetamol told within an adult's licensed daily dose (4 g in 24 hours; BNF),
    # the word "overdose" said of it in jest: no overdose. More than 4 g, an intent, signs of toxicity, a
    # child or a course over days still fire (below; TOXBASE staggered overdose)
    Concept(
        "within_daily_dose",
        # (a total with no time is no more than 4 g over any time: within a day's dose too)
        (r"(?<![\d.,])(?:[1-3](?:\.\d+)?|4(?:\.0+)?) ?(?:g|grams?)(?:(?: in total| total| altogether| in all)(?: today| in (?:the|a|one) day"
         r"| in 24 ?h(?:ou)?rs| so far today)?| today| in (?:the|a|one) day| in 24 ?h(?:ou)?rs| so far today)\b"
         r"|(?<![\d.,])(?:[1-3],?\d{3}|4,?000) ?mg(?:(?: in total| total| altogether| in all)(?: today| in (?:the|a|one) day"
         r"| in 24 ?h(?:ou)?rs)?| today| in (?:the|a|one) day| in 24 ?h(?:ou)?rs)\b",),
    ),
    Concept(
        "deliberate",
        # (no pattern starts with a common word: each is tried at every word its first letters begin)
        (r"on purpose|deliberate(?:ly)?|intentional(?:ly)?|meant to|wanted to|(?:every|each) day|daily for"
         r"|(?:last|past) (?:two|three|four|five|six|seven|several|few|\d) days",),
    ),
    # a child (a licensed dose by weight, below an adult's 4 g): words only, not any age told
    # ("as a child" is a history trigger, left whole to ConText)
    Concept("child_patient", (r"(?:toddler|child|kid|baby|infant|son|daughter|grandson|granddaughter)(?<!as a child)(?<!as a kid)",)),
    # (and its brands abroad: Crocin and Dolo in India, Doliprane, Dafalgan and Efferalgan in Europe, Panado in
    # South Africa, Panamax in Australia)
    Concept("paracetamol", (r"paracetamol|acetaminophen|tylenol|panadol|calpol|crocin|dolo(?: ?650)?|doliprane|dafalgan"
                            r"|efferalgan|panado|panamax",)),
    Concept("toxic_ingestion", (rf"{_INGEST}{G3}{_TOXIN}",)),
    Concept(
        "child_ingestion",
        (
            rf"{_CHILD}{G3}(?:swallow\w*|ate|eaten|got into|drank|chewed){gap(7)}{_DRUG}",
            rf"{_CHILD}{G3}(?:swallow\w*|ate|eaten|got into|drank|chewed){gap(10)}{_TOXIN}",
            rf"{_CHILD}{gap(10)}(?:swallow\w*|ate|eaten|drank|chew\w*|bit|bitten){gap(7)}{_DRUG}",
            rf"{_CHILD}{G3}(?:swallow\w*|ate|eaten|got into|drank|chewed|bit|bitten){gap(10)}(?:tablets?|pills|meds"
            r"|medicines?|capsules|dishwasher|laundry|washing)",
            # a button battery missing near a small child is treated as swallowed (NHS, Child Accident Prevention Trust)
            # ("coin-sized", "button-cell", "disc-shaped"), or one missing from a device that holds them
            # (NPIS TOXBASE: remotes, car keys and fobs, scales, hearing aids, thermometers, toys, tea lights)
            r"(?:button|coin|round(?: flat)?|disc|disk|watch|lithium)(?:[- ](?:sized?|shaped|type|cell|like))?"
            r" (?:\w+ ){0,2}(?:batter(?:y|ies)|cells?)(?: \w+){0,4} (?:is |are |was )?"
            r"(?:missing|gone|swallowed|nowhere|unaccounted for|(?:can['’]?t|cannot|could ?n['’]?t|could not)(?: now)? be found)|(?:swallow\w*|ate|eaten|chew\w*)(?: \w+){0,4} (?:button|coin)[- ](?:\w+ )?batter(?:y|ies)",
            r"(?:remote|key ?fob|car key|scales|hearing aid|thermometer|calculator|tea ?lights?|toy|musical card|key ?ring)"
            r"(?:['’]s)?(?: [\w'’-]+){0,4} batter(?:y|ies)(?: \w+){0,3} (?:is |are |was |were )?(?:missing|gone|nowhere|unaccounted for)"
            r"|batter(?:y|ies) (?:is |are |was |were )?(?:missing|gone) (?:from|out of) (?:the|a|an|his|her|their|my|our) "
            r"(?:[\w'’-]+ ){0,2}(?:remote|key ?fob|car key|scales|hearing aid|thermometer|calculator|tea ?lights?|toy"
            r"|musical card|key ?ring)",
            # ... or one seen in a child's mouth (NPIS TOXBASE: a disc battery that may have been
            # swallowed is managed as swallowed; an X-ray, not a wait, tells)
            r"(?:button|coin|round(?: flat)?|disc|disk|watch|lithium)(?:[- ](?:sized?|shaped|type|cell|like))?"
            r" (?:\w+ ){0,2}batter(?:y|ies)(?: [\w'’-]+){0,5} in (?:his|her|their|the baby['’]s|the child['’]s) mouth",
            r"(?:swallow\w*|ate|eaten)(?: \w+){0,3} (?:magnets|magnetic balls)",
        ),
    ),
    # a reflex (vasovagal) faint: at the sight of a needle or blood, or at a jab, and come round within
    # seconds (NICE CG109: a typical vasovagal T-LoC with full recovery needs no emergency care)
    Concept("faint_trigger", (r"(?:saw|seeing|sight of|see|sees) (?:the |a |his |her |some )?(?:needle|blood|syringe|jab)"
                              r"|(?:blood test|injection|jab|vaccin\w*|immuni[sz]ation|blood (?:draw|sample))",)),
    Concept("quick_recovery", (r"(?:came|come|comes|coming) (?:round|around|to)(?: again)? (?:within|in|after) (?:(?:a (?:few|couple of)"
                               r"|\d{1,2}|few|ten|two|three|five|several) ?)?(?:sec\w*|moments?)|(?:came|come|comes|coming)"
                               r" (?:round|around|to) (?:straight away|immediately|right away|at once|almost immediately)",)),
    Concept(
        "drug_taken",
        (
            _HARD_DRUG,
            _PARAPHERNALIA,
            rf"(?:took|take|takes|taking|used|using|shot up|snorted|smoked|injected|drank|drink"
            rf"|drinks|drinking|mixed|mixing){G3}{_DRUG}",
        ),
    ),
    Concept(
        "street_drug",
        (
            rf"(?:took|taken|take|swallow\w*|snort\w*|smok\w*|drank|had|popped|given|gave|used"
            rf"|using|tried|dropped){G2}{_STREET}",
            r"something (?:someone|somebody|a friend|a guy|a stranger|they|he|she|some \w+) "
            r"(?:gave|brought|offered|sold|handed|slipped)",
            r"(?:something|a pill|pills|a drug|drugs) at (?:a|the) (?:party|club|festival|rave|gig)",
        ),
    ),
    # the stimulant / serotonin / anticholinergic picture: hot, agitated, shaking, confused
    Concept(
        "toxidrome",
        (
            r"burning (?:hot|up)|(?:very|really|so|extremely) hot|overheat\w*|hypertherm\w*",
            r"(?:temp\w*|fever) (?:of |is )?(?:39|4[0-3])\b|agitat\w*|hallucinat\w*|paranoi\w*",
            r"shaking (?:all over|uncontrollably|badly)|jerk\w*|twitch\w*|seiz\w*|fitting"
            r"|convuls\w*|rigid",
            rf"confus\w*|not (?:answering|responding|making sense)|{OUT_OF_IT}|delirious",
            r"(?:heart|pulse) (?:is )?(?:racing|pounding)|unresponsive|not breathing",
        ),
    ),
    # a doubled or repeated dose, then signs of toxicity (cardiac drugs: bradycardia, faint)
    Concept(
        "repeat_dose",
        (
            rf"(?:took|taken|had|given|gave|swallowed){G3}{_DRUG}{G3}(?:twice|three times"
            r"|two times|again|double|extra)(?! (?:a|per|each|every) (?:day|week|night|morning))",
            # one more tablet of a medicine than the dose ("an extra 400 mg ibuprofen"): with signs of
            # toxicity, as a doubled dose (below, `repeat_dose+toxic_signs`)
            rf"(?:an|one|a second) (?:extra|additional|more) (?:\d+ ?(?:mg|g|mcg) )?(?:of (?:my |his |her )?)?{_DRUG}",
            r"(?:a double|doubled|tripled|twice the|three times the|an extra) "
            r"(?:dose|doses|pills|tablets)",
        ),
    ),
    Concept(
        "toxic_signs",
        (
            r"bradycard\w*|(?:pulse|heart ?rate|(?-i:HR))(?: is| of| was)?:? ?(?:[2-4]\d)\b",
            r"(?:pulse|heart(?: ?rate)?|heartbeat) (?:is |feels )?(?:very |really |so )?slow",
            r"dizz\w*|light[- ]?headed|faint\w*|pass(?:ed|ing) out|collaps\w*|confus\w*",
            r"drows\w*|vomit\w*|seiz\w*|(?:very |really |so )?(?:slow|sleepy)",
        ),
    ),
    Concept(
        "unresponsive",
        (
            r"unresponsive|unconscious(?! bias)|passed out|not breathing|barely breathing",
            rf"(?:(?:can['’]?t|cannot|can not|unable to)|cannot|won['’]?t) (?:wake|rouse){G2}up|lips (?:are |turning |look )?blue",
            r"pinpoint pupils|(?-i:RR):? ?[0-8]\b|turning blue",
            r"(?:he|she|they|it|baby|friend|mum|mom|dad|son|daughter)(?:['’]?s)? (?:don['’]?t"
            r"|doesn['’]?t|does not|won['’]?t|will not|isn['’]?t|is not|not)(?: \w+)? "
            r"(?:wak\w*|respond\w*|breath(?:e|es|ing)\b)",  # (not "she is not breathless")
            r"(?:can['’]?t|cannot|can not|unable to|could ?n['’]?t|could not) (?:wake|rouse) "
            r"(?:him|her|them)",
            # roused by shaking only to a groan: responds to pain alone, P on AVPU (UK naloxone guidance)
            r"(?:shak\w*|shook) (?:him|her|them)(?: \w+){0,3} (?:just|only) (?:groans?|moans?|grunts?)"
            r"|(?:just|only) (?:groans?|moans?|grunts?) when (?:i |we )?(?:shake|shook|shaken)",
        ),
    ),
    *POISON_SYMPTOM_CONCEPTS,  # carbon monoxide, a spiked drink (poison_symptoms)
    *INTENT_CONCEPTS,
    IBUPROFEN_TAKEN,  # (read against TOXBASE's line by medgate.safety.dose)
    *CAFFEINE_CONCEPTS,  # an "overdose" of caffeine from drinks (caffeine.py)
)

RULES: Final = (
    Rule("named", ("overdose_named",), none_of=("within_daily_dose", "vitamin_only", "low_risk_dose_twice",
                                                 "contraceptive_pill", "caffeine_drinks")),
    # "I overdosed on caffeine" of coffee or energy drinks (TOXBASE: toxic from about 10 mg/kg): an alarm only
    # with a concentrated product, the heart, signs of toxicity, intent, a child or another drug (caffeine.py)
    *(Rule("named", ("overdose_named", "caffeine_drinks", keep), none_of=("within_daily_dose",))
      for keep in CAFFEINE_KEEPS),
    # "I overdosed on my pill" of a contraceptive pill taken twice (TOXBASE: oral contraceptives are of low
    # toxicity, at most sickness; FSRH: an extra pill by mistake needs no action): an alarm only with more
    *(Rule("named", ("overdose_named", "contraceptive_pill", keep), none_of=("within_daily_dose",))
      for keep in ("deliberate", "toxic_signs", "child_patient", "unresponsive", "medicine_named", "paracetamol",
                   "other_drug_taken")),
    # "I overdosed" of a statin, PPI or antihistamine taken twice (low_risk_doses): an alarm only with more
    *(Rule("named", ("overdose_named", "low_risk_dose_twice", keep), none_of=("within_daily_dose",))
      for keep in ("deliberate", "toxic_signs", "child_patient", "unresponsive", "paracetamol")),
    # an "overdose" of a vitamin without iron, told in another sentence ("I think I overdosed. took my vit D
    # twice (1000 IU each)"): of low acute toxicity (TOXBASE vitamin D, vitamins B, C, E); intent, signs of
    # toxicity or another medicine named still fire
    *(Rule("named", ("overdose_named", "vitamin_only", keep), none_of=("within_daily_dose",))
      for keep in ("deliberate", "toxic_signs", "medicine_named", "paracetamol", "other_drug_taken", "unresponsive")),
    Rule("named", ("overdose_named", "within_daily_dose"), none_of=("paracetamol",)),  # (4 g of another is no dose)
    *(Rule("named", ("overdose_named", "within_daily_dose", other))
      for other in ("deliberate", "child_patient", "toxic_signs")),
    Rule("excess_ingestion", ("excess_ingestion",), none_of=("ssri_dose_twice",)),
    # one SSRI dose taken twice: an alarm only with intent, signs of toxicity, a child or unresponsiveness
    *(Rule("excess_ingestion", ("excess_ingestion", "ssri_dose_twice", keep))
      for keep in ("deliberate", "toxic_signs", "child_patient", "unresponsive", "overdose_named")),
    *(Rule("excess_ingestion", (counted, named)) for counted, named in (
        ("counted_ingestion", "paracetamol"), ("counted_tablets", "paracetamol"), ("counted_tablets", "drug_taken"),
        ("counted_tablets", "medicine_named"), ("counted_tablets_later", "paracetamol"))),
    *(Rule("excess_ingestion", ("counted_ingestion", named, "too_many_question")) for named in ("drug_taken", "medicine_named")),
    Rule("toxic_ingestion", ("toxic_ingestion",)),
    Rule("child_ingestion", ("child_ingestion",), none_of=("contraceptive_pill",)),
    # a child's few contraceptive pills (TOXBASE: oral contraceptives are of low toxicity, at most sickness or a
    # girl's withdrawal bleed; no treatment): an alarm only with signs of toxicity or another medicine told
    *(Rule("child_ingestion", ("child_ingestion", "contraceptive_pill", keep))
      for keep in ("toxic_signs", "unresponsive", "medicine_named", "paracetamol", "deliberate", "overdose_named")),
    Rule("drug+unresponsive", ("drug_taken", "unresponsive"), none_of=("quick_recovery",)),
    Rule("drug+unresponsive", ("drug_taken", "unresponsive", "quick_recovery"), none_of=("faint_trigger",)),
    *POISON_SYMPTOM_RULES,
    Rule("street_drug+toxidrome", ("street_drug", "toxidrome")),
    Rule("repeat_dose+toxic_signs", ("repeat_dose", "toxic_signs")),
    *INTENT_RULES,  # paracetamol swallowed in distress (NICE CKS, TOXBASE)
)

CATEGORY: Final = Category("overdose", CONCEPTS, RULES, resources=("poison",))
