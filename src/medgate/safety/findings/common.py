"""Phrase concepts shared by several findings groups: fever, vomiting, breathlessness, pain, who
the patient is (a baby, a child), and the course of the illness (sudden, worsening, chronic).

No discriminator lives here; the groups' files combine these with their own concepts.
"""

from __future__ import annotations

from typing import Final

from medgate.safety.findings.base import Group
from medgate.safety.rules.base import G2, G3, NOT_A_FEVER, Concept, gap

_CANT: Final = r"(?:can['’]?t|cannot|can not|unable to|could ?n['’]?t|could not|struggl\w* to|hard to)"
_WHO: Final = r"(?:my|his|her|their|our|the)"
_PAIN: Final = r"(?:pains?|aches?|aching|hurts?|hurting|cramps?|cramping|crampy|tender\w*|discomfort|agony|sore)"
_ABDO: Final = (
    r"(?:abdomen|abdominal|abdo|tummy|belly|stomach|epigastri\w*|pelvi\w*|groin|flank|loin"
    r"|iliac fossa|umbilicus|belly ?button|navel|(?-i:RIF|RLQ|LIF|LLQ)"
    # the clinical quarter named in full: "right lower quadrant pain" (not a breast's "upper outer quadrant")
    r"|(?:right|left) (?:lower|upper) quadrant)"
)

# A thunderclap told as a simile, not a word: pain "as if someone had struck her on the back of the
# head", "like being kicked in the head", "like something burst in my head" (NICE CG150 1.1.1:
# sudden onset reaching maximum within 5 minutes; SAH is classically told this way). It is the
# headache and its sudden onset at once; a real blow (no "like", "as if") is a head injury.
_BLOW: Final = r"(?:hit|struck|smacked|whacked|thumped|kicked|clubbed|punched|bashed|slapped|shot)"
_HEAD_BLOW_SIMILE: Final = (
    r"(?:like|as if|as though) (?:(?:someone|somebody|something|a \w+)(?: had| has|['’]d)?|(?:i|he|she|they)(?: had|['’]d"
    rf"| was| were)?(?: been)?|being|getting)(?: \w+)? {_BLOW}(?: (?:me|him|her|them))?(?: \w+){{0,4}} (?:on|in|over|across|at|to)"
    r" (?:the )?(?:back of (?:the |my |his |her |their )?)?(?:head|skull)\b"
    r"|(?:like|as if|as though) (?:something|a \w+)(?: had)? (?:burst|exploded|popped|snapped|gone off) (?:in|inside) (?:my|his|her"
    r"|their|the) head"
)

CONCEPTS: Final = (
    Concept(
        "fever_word",
        (
            rf"{NOT_A_FEVER}(?:fevers?|feverish)|febrile|pyrexi\w*|burning up|high temp\w*"
            r"|fi[eè]vre|fiebre|febre"  # French, Spanish, Portuguese
            r"|hot to (?:the )?touch",
            r"(?:has|had|got|with|running|runs|run|developed|develop|having|have) (?:a |high )?"
            r"temp(?:erature)?s?\b",
            # (a limb, joint or wound that "is warm" is local warmth, not a fever: "arm is warm and pink")
            r"(?<!arm )(?<!arms )(?<!leg )(?<!legs )(?<!hand )(?<!hands )(?<!foot )(?<!feet )(?<!knee )(?<!calf )(?<!skin )"
            r"(?<!wound )(?<!area )(?<!joint )(?<!ankle )(?<!wrist )(?<!toe )(?<!finger )(?<!fingers )(?<!fistula )(?<!site )"
            r"(?<!scar )(?<!breast )(?<!patch )(?<!tattoo )(?<!piercing )(?<!bite )(?<!cut )(?<!stump )"
            # (a carer's "he's been hot since teatime" too; not the weather's "it's been hot"; nor a trunk that
            # "is warm" told against cold or blue hands and feet: perfusion, NICE NG143's reassuring colour)
            r"(?:(?<!body )(?<!tummy )(?<!chest )(?<!trunk )(?<!torso )|(?!(?:is|was) warm\b))"
            r"(?<!it['’]s )(?<!its )(?<!it has )(?:felt|feels?|feeling|is|was|been) (?:very |really |so )?(?:hot|warm)(?! (?:flush\w*|weather"
            r"|day|room|bath|shower|water|climate|outside))",
            r"temp(?:erature)?s? (?:on and off|up and down|keeps? (?:coming|going) (?:back|up)"
            r"|spik\w*)",
        ),
    ),
    Concept(
        "rigors",
        (
            r"rigou?rs|shaking chills|chills|shivers|shivery|shivering|teeth chattering",
            r"(?:shiver\w*|shak\w*|trembl\w*)(?: \w+){0,2} (?:uncontrollabl\w*|all over|fits?"
            r"|attacks?|every (?:evening|night|afternoon))",
        ),
    ),
    Concept(
        "infection",
        (
            r"pneumonia|chest infection|(?-i:UTI|LRTI|URTI)\b|(?:urin\w*|water|bladder|kidney)"
            r" infection|pyelo\w*|cellulitis|infected|infection|abscess|pus\b"
            # (a flu or covid jab is a vaccine, not an infection, named alone or with another: "flu and COVID boosters")
            r"|(?>covid\w*(?:-19)?|flu\b|influenza)(?!(?: (?:and|&|\+|or) (?:covid\w*(?:-19)?|flu|influenza|pneumonia|pneumococcal"
            r"|shingles|rsv|whooping cough))? (?:jabs?|vaccin\w*|shots?|injections?|boosters?|clinic)\b)"
            r"|tonsillitis|strep throat|meningitis|catheter",
            r"(?:productive )?cough\w*|phlegm|sputum|foul[- ]smelling (?:urine|wee|discharge)"
            r"|urine (?:smells|is cloudy|is foul)",
        ),
    ),
    Concept(
        "vomiting",
        (
            r"vomit\w*|throw\w* up|threw up|puk\w*|retch\w*|chuck\w* up|(?-i:N/V|N&V)\b",
            r"(?:been|being|was|is|keeps? being|got) sick\b(?! (?:of|and tired|note|day|leave|pay))",
            rf"{_CANT} keep (?:anything|fluids|food|water|drinks?|it) down",
        ),
    ),
    Concept(
        "dyspnoea",
        (
            r"short(?:ness)? of breath|(?-i:SOB)\b|breathless\w*|dyspn\w*|out of breath"
            r"|puffed(?: out)?|out of puff|winded|gasping|air hunger|wheez\w*",
            rf"{_CANT} (?:breathe|catch {_WHO} breath|get {_WHO} breath)",
            r"(?:difficulty|trouble|struggling|labou?red|heavy|hard|fast|rapid|noisy|quick)"
            r" breathing",
            r"breathing (?:is |has been |has got |got |getting |gets )?(?:really |very |so |a lot )?"
            r"(?:hard|difficult|laboured|labored|fast|rapid|worse|heavy|noisy|quick)",
        ),
    ),
    Concept(
        "chest_pain",
        (
            rf"chest(?! wall| infection| x-?ray)(?: \w+){{0,3}} (?:{_PAIN}|tight\w*|pressure|heavy)",
            rf"(?:{_PAIN}|tightness|pressure) (?:in|across|around) {_WHO} chest|(?-i:CP)\b|pleuritic",
        ),
    ),
    Concept(
        "abdominal_pain",
        (
            rf"{_ABDO}(?: \w+){{0,2}} {_PAIN}",
            rf"{_PAIN}{G3}(?:(?:in|of|round|around) )?(?:{_WHO} )?{_ABDO}",
            rf"{_PAIN}(?: \w+){{0,4}} (?:lower (?:right|left)|right (?:lower|side)|left (?:lower|side)"
            r"|low down|low (?:on|in) the (?:left|right))",
            rf"{_ABDO}{gap(8)}(?:hurts?|hurting|pain\w*|sore|(?<!non-)(?<!non)tender\w*|agony)",
            r"tummy ?ache|stomach ?ache|belly ?ache|colicky",
            # Spanish, as a chat may mix it in: "dolor" (pain) in the belly or low on one side
            r"dolor(?: \w+){0,5} (?:barriga|vientre|est[oó]mago|abdomen|abdominal|panza|tripa|lado (?:derecho|izquierdo)|abajo)",
            # Tagalog / Taglish: "masakit right side ng puson ko" (puson: the lower belly; tiyan: the belly;
            # masakit / sumasakit: hurts), "sakit ng tiyan", "puson ko masakit"
            r"(?:masakit|sumasakit|sakit)(?: \w+){0,4} (?:puson|tiyan)\b|(?:puson|tiyan)(?: ko| niya| nya)? (?:masakit|sumasakit)",
        ),
    ),
    # (a "back tooth" or "back molar" is a tooth: "pain in my back tooth" is a toothache)
    Concept("back_pain", (rf"back(?: \w+){{0,2}} {_PAIN}|{_PAIN}{G2}{_WHO} back(?! (?:tooth|teeth|molars?)\b)|bad back|backache"
                          # "his middle back has been much worse", "lower back is killing me"
                          r"|(?:middle|mid|lower|upper) back (?:has been |is |was |got |getting )?(?:\w+ )?(?:worse|sore|agony|killing)"
                          r"|(?:pain|ache|through|went|goes|going)(?: \w+){0,4} between (?:my|his|her|the) shoulder ?blades",)),
    Concept(
        "headache",
        (r"headaches?|head (?:is )?(?:pounding|hurts|hurting|splitting|aching)|migraine", _HEAD_BLOW_SIMILE,
         # a pain told by where in the head it is ("a pain at the back of her head", "pain over the top of
         # my head", "a bursting pain in his head"): a headache in other words
         rf"{_PAIN}(?: (?:at|in|over|across|around) (?:the )?(?:back|top|front|side|base)s? of| in| inside) {_WHO} (?:head|skull)\b"),
    ),
    Concept(
        "severe_pain",
        (
            r"(?:severe|excruciating|unbearable|agoni[sz]ing|intense|extreme|horrendous|horrific"
            r"|terrible|awful|crippling|really bad|very bad|so bad|worst|killing),?(?: \w+){0,2}"
            r" (?:pains?|aches?|cramps?|headache|tummy ache|stomach ?ache|toothache|agony)",
            r"in agony|agony|(?:screaming|crying|writhing|doubled (?:over|up)) (?:in|with|from) pain"
            r"|doubled (?:over|up)|(?:is|been|are|keeps?) killing (?:me|him|her)|worst pain"
            # "the worst ever", "worst of her life" told of the pain without its noun (MTS: severe pain); "not the
            # worst ever" is a denial
            r"|(?<!not the )(?<!n't the )(?<!n’t the )(?<!near the )(?<!not )worst (?:\w+ )?(?:ever|of (?:my|his|her|their) li(?:fe|ves))(?! (?:cold|flu|hangover|cough|day|week|year|month"
            r"|period|exam|date|film|movie|game|job|holiday|night))",
            r"\b(?:10|[89])(?:/| out of )10",
            r"dolor (?:muy )?(?:fuerte|intenso|severo|insoportable|terrible)|mucho dolor",  # Spanish: severe pain
            r"(?:won['’]?t|will not|doesn['’]?t|does not|didn['’]?t) let (?:anyone|anybody|me|us"
            r"|the doctor|her|him) touch",
        ),
    ),
    Concept(
        "faint_dizzy",
        (
            # (not "faint" describing what is seen, heard or smelt: "a faint blanching rash", "a faint murmur")
            r"faint(?:ed|ing|s|ness)?\b(?! (?:(?!(?:and|or|but|with|then|her|his|my|the|a|an|when|after|on)\b)[\w-]+ ){0,2}"
            r"(?:rash\w*|spots?|blush|lines?|marks?|smell|odou?r|taste|murmur|wheeze|crackles|tinge|bruis\w*|stain\w*"
            r"|patch\w*|redness|outline|glow|sounds?|noise|scar)\b)"
            r"|pass(?:ed|ing)? out|blacked out|black(?:ing)? out|collaps\w*|syncop\w*"
            # Tagalog / Taglish: "nahimatay" (fainted), "nahilo" (got dizzy), "nag-blackout" (a blackout had)
            r"|nahimatay|hinimatay|nahilo|nahihilo|nag-? ?blackout",
            r"dizz\w*|light[- ]?headed|(?:going|gonna) to pass out|keel\w* over|woozy|(?:nearly|almost) (?:went down"
            r"|fell|collapsed|passed out|fainted)|(?:go|goes|going|went|gone) (?:all )?(?:grey|gray|white) (?:and \w+ )?when",
            # presyncope told as the sight greying out: "everything went grey", "vision went black"
            r"(?:everything|vision|sight|world|eyes) (?:went|goes|going|gone|turned|turning) (?:all )?(?:grey|gray|black|dark)\b",
            # ... or as "greying out", "greyed out" (a near-faint); Spanish "mareo", "mareada" (dizzy), "desmayo" (faint)
            r"gr[ae]y(?:ing|ed|s)? out\b|gr[ae]y[- ]?outs?\b|mare(?:o|os|ad[oa]s?)\b|desmay\w*",
            # presyncope on standing, told by a carer: "when she stands up she becomes grey and sweaty", "goes white
            # as soon as he gets up" (RCUK bradycardia algorithm: syncope or presyncope is an adverse feature)
            r"(?:when|as soon as|every time|whenever) (?:she|he|i|they|mum|mom|dad) (?:stands?|stood|gets? up|got up|sits? up)"
            r"(?: up)?,? (?:she|he|i|they)? ?(?:becomes?|became|goes|went|turns?|turned|gets?|got) (?:all |very |really )?"
            r"(?:gr[ae]y|white|pale|ashen|clammy|sweaty|faint|dizzy)",
        ),
    ),
    # who the patient is
    Concept(
        "small_child_word",
        (
            r"bab(?:y|ies)|infants?|toddlers?|little (?:one|boy|girl|man|lad)|newborn|nappy|nappies"
            r"|diapers?",
        ),
    ),
    Concept(
        "child_word",
        (
            r"(?:my|our|her|his|their) (?:son|daughter|boy|girl|kid|child|grandson|granddaughter"
            r"|nephew|niece)\b|children|schoolboy|schoolgirl",
        ),
    ),
    Concept(
        "newborn",
        (
            r"new[- ]?born|neonat\w*|(?:\d|one|two|three|four|five|six|a few) days? old"
            r"|just (?:been )?born|born (?:yesterday|last night|this morning|\d+ days ago)",
        ),
    ),
    # the course of the illness
    Concept(
        "onset_sudden",
        (
            r"sudden\w*|all of a sudden|out of (?:the )?(?:blue|nowhere)|abrupt\w*|thunderclap|instant(?:ly|aneous\w*)"
            r"|(?:from )?0 to 10 (?:in|instantly)|like (?:being )?(?:hit|struck|smacked) (?:with|by|over the head)",
            _HEAD_BLOW_SIMILE,
            r"came on (?:fast|quickly|instantly|in seconds|all at once|like)|within (?:seconds"
            r"|minutes|a minute)",
        ),
    ),
    Concept(
        "worsening",
        (
            r"(?:getting|got|gotten|gets|grown|become|becoming|growing|going|gone) (?:a lot |much "
            r"|steadily |progressively |even |a bit |slowly |gradually )?(?:worse|bigger|weaker"
            r"|more (?:swollen|painful|breathless|confused|muddled|drowsy|sleepy|short of breath))",
            r"worse and worse|worsen\w*|deteriorat\w*|progressive\w*|increasing\w*|more and more",
            r"worse (?:each|every|by the) (?:day|hour|minute)|(?:each|every) day (?:it['’]?s |is )?"
            r"(?:worse|harder)|keeps? (?:getting|going) (?:worse|up)",
            r"(?:more|worse|bigger|weaker|higher|less|fewer)(?: \w+){0,4} than (?:(?:my|his|her|their) )?(?:usual|normal|normally"
            r"|before|yesterday|this morning|it was)",
        ),
    ),
    Concept(
        "recent_hours",
        (
            r"(?:since|from) (?:early )?this (?:morning|afternoon|evening)|this (?:morning|afternoon"
            r"|evening)|tonight|today|overnight|just now",
            r"(?:over|during|since|in) the (?:course of the )?(?:morning|afternoon|evening|night|day)",
            r"since (?:last night|lunch\w*|breakfast|dinner|tea(?:time)?|earlier(?: today)?|yesterday"
            r"|the (?:early )?hours|bedtime|i woke|waking|midnight)",
            r"(?:in|over|for) the (?:last|past) (?:few |couple of |\d+ |two |three |several )?"
            r"(?:hours?|minutes?|mins?)|(?:an?|one|two|three|few|couple of|\d+) (?:hours?|minutes?"
            r"|mins?|hrs?) ago|(?:last|past) (?:hour|night)",
            r"(?:started|began|came on|woke up with|developed)(?: \w+){0,2} (?:yesterday|last night"
            r"|today|this morning)",
        ),
    ),
    Concept(
        "chronic",
        (
            # ("for about 5 years": an approximate count is as long)
            r"for (?:about |around |roughly |nearly |almost |over |more than )?(?:many |several |a few |some |\d+ )?(?:years|decades)"
            r"|for ages|ever since"
            # (a share of the usual, "half of her usual milk", compares like "than usual": no chronic course)
            r"|(?<!than )(?<!than my )(?<!of )(?<!of his )(?<!of her )(?<!of their )(?<!of my )(?:usual(?! self)|as always|same as always|like always|my normal"
            r"|(?:her|his) normal|normal for (?:me|him|her))",
            r"(?:has|have|had|i['’]?ve|he['’]?s|she['’]?s|i) (?:always|forever)\b|long[- ]?(?:standing"
            r"|term)|chronic\w*|on and off for (?:months|years|ages)",
            r"every (?:winter|summer|spring|autumn|year|month|may|june|period|cycle|time)"
            r"|since (?:i|she|he) was (?:a )?(?:kid|child|teen\w*|young|little|baby)|since childhood",
            r"nothing (?:has )?(?:changed|new|different)|(?:it['’]?s|is|are|has been|been) (?:the same"
            r"|no different) (?:as|from|than)|unchanged|stable|well[- ]controlled|under control",
        ),
    ),
    Concept(
        "weeks_ago",
        (r"(?:\d+|two|three|four|five|six|a few|several|a couple of) weeks ago|last (?:week|month)|a (?:fortnight|month) ago",),
    ),
    Concept(
        "resolved",
        (
            r"(?:been|is|are|was|were|seems?|feels?|felt|am|i['’]?m|she['’]?s|he['’]?s) (?:completely "
            r"|totally |absolutely |perfectly |fully )?(?:fine|well|better|okay|ok|back to normal)"
            r"(?: again)? (?:since|now|again|for (?:\d+|a few|two|three|four|several) days)",
            r"(?:all )?(?:the )?(?:tests|bloods|results) (?:were |came back |are )?(?:all )?(?:clear"
            r"|normal|fine)|back to (?:her|him|my|them)sel(?:f|ves)",
        ),
    ),
)

# Concepts that say when, not what ("today", "last month", "fine since"): they share words with
# ConText's triggers and terminators, and unlike a finding ("no wet nappy") they must not swallow
# them, or "history of stroke, today slurred speech" would lose the "today" that ends the history.
TIME_CONCEPTS: Final = frozenset(
    {"onset_sudden", "worsening", "recent_hours", "chronic", "resolved", "weeks_ago"}
)
# Concepts that are a denial in their own words ("not sweating": anhidrosis in heat stroke): they must
# not swallow the "not" either, or "chest hurts, not sweaty" would assert the sweating it denies.
DENIAL_CONCEPTS: Final = frozenset({"not_sweating", "pe_symptoms_denied", "pain_gone",  # (clot.py: "no breathlessness")
                                    "dental_spread_denied",  # (pain.py: "face not swollen", "can open my mouth")
                                    "no_broken_skin",  # (same_day.py: "no broken skin, spreading redness or ...")
                                    "malaria_untested"})  # (travel.py: "no malaria test")
UNSHIELDED_CONCEPTS: Final = TIME_CONCEPTS | DENIAL_CONCEPTS

GROUP: Final = Group("common", CONCEPTS, ())
