"""Children: NICE traffic-light red and amber features, and signs of a surgical emergency.

Sources: NICE NG143 (Fever in under 5s, 2013, updated 2021) table 1: red features (age under 3
months with temperature >= 38 °C; mottled, ashen or blue; no response to social cues, does not
wake or stay awake; weak, high-pitched or continuous cry; grunting; RR > 60; moderate or severe
chest indrawing; reduced skin turgor; non-blanching rash; bulging fontanelle; neck stiffness;
status epilepticus, focal seizures) and amber features (age 3-6 months with >= 39 °C; pallor;
nasal flaring; RR and HR over the age limits; SpO2 <= 95 %; poor feeding; reduced urine output;
dry mucous membranes; rigors; swelling of a limb or joint; not weight bearing; decreased
activity); NICE CG84 (Diarrhoea and vomiting in under 5s, 2009): bile-stained (green) vomit and
blood in the stool suggest a diagnosis other than gastroenteritis, and its "red flag" signs of
dehydration and shock; Manchester Triage System: "severe pain" and "vomiting blood"; NHS advice on
febrile seizures: call 999 for a child's first fit; AHA scientific statement on Kawasaki disease
(McCrindle BW et al., Circulation 2017;135:e927): fever for 5 days or more with principal
features (red cracked lips or strawberry tongue, non-purulent red eyes, swollen or red hands and
feet, rash, neck nodes), two or three of which already call for urgent evaluation; NICE CKS
"Septic arthritis" and the Kocher criteria (J Bone Joint Surg Am 1999;81:1662): a febrile child
who will not bear weight needs same-day assessment for septic arthritis.
"""

from __future__ import annotations

from typing import Final

from medgate.safety.findings.base import Discriminator, Group
from medgate.safety.findings.syncope import FLOPPY
from medgate.safety.rules.base import BLOTCHY_SKIN, G3, NOT_A_LESION, Concept

_NG143_RED = "NICE NG143 red feature"
_NG143_AMBER = "NICE NG143 amber feature"

# a stool passed, or its passing (the infant dyschezia reading below)
_STOOL: Final = r"(?:poo\w*|poop\w*|stools?|motions?|bowel movements?|number twos?|(?:do|doing|have|having|pass|passing) (?:a |his |her )?(?:poo|poop|stool|motion))"

# sickle cell disease by its name, genotype or the short "has SS" of families who live with it (not the trait,
# which is a carrier state: NICE CKS sickle cell disease)
SICKLE_CELL: Final = (r"sickle[- ]cell(?! trait)|(?-i:Hb ?SS|Hb ?SC)\b|(?-i:SS) disease|sickler\b"
                      r"|(?:(?<=has )|(?<=have )|(?<=with )|(?<=got ))(?-i:SS)\b")

CONCEPTS: Final = (
    # sickle cell disease: an enlarging spleen or a sudden fall in haemoglobin is splenic
    # sequestration (NICE CG143 / BSH sickle cell guidance: emergency)
    Concept("sickle_cell_disease", (SICKLE_CELL,)),
    # a painful crisis, named or told as the usual limb or back pain (NICE CG143: a sickle cell pain
    # episode not settled by home analgesia is assessed in hospital, analgesia within 30 minutes)
    Concept("sickle_pain", (r"(?:pain(?:ful)?|sickle|vaso-?occlusive) (?:crisis|crises|episodes?)|(?:usual|typical|my) cris[ie]s"
                            r"|(?:aching|ache|aches|pains?)(?: \w+){0,2} (?:in|across|down) (?:both |my |his |her |the )?(?:\w+ )?"
                            r"(?:thighs?|legs?|back|arms?|hips?|joints?|bones?|knees?|ribs)",)),
    # ... not settled by the home painkillers (NHS sickle cell: hospital if the usual painkillers do not work)
    Concept("pain_uncontrolled", (r"partial(?:ly)? (?:reli\w*|help\w*|work\w*|settl\w*)|(?:only )?tak\w* the edge off"
                                  r"|(?:little|no|not much) relief|(?:not|n['’]t) (?:help\w*|work\w*|touch\w*|shift\w*|settl\w*"
                                  r"|controll\w*|easing|improving)|(?:[5-9]|10) ?/ ?10|getting worse",)),
    Concept("spleen_enlarging", (r"spleen(?: \w+){0,3} (?:bigger|enlarg\w*|swollen|growing)|(?:enlarg\w*|big|swollen) spleen"
                                 r"|(?:abdomen|tummy|belly|stomach)(?: \w+){0,3} (?:fuller|swollen|bigger) on the left"
                                 r"|(?:firm |hard )?(?:mass|lump) (?:\w+ ){0,3}on the left",)),
    Concept("hb_very_low", (r"(?:ha?emoglobin|hb|hgb)(?: (?:is|was|of|now|down to))?:? ?(?:[1-5](?:\.\d)?|6\.[0-4]) ?g/dl",)),
    # (blue lips or tongue: breathing.py's blue_mouth, told apart from a mouth stained blue)
    Concept("child_colour_red", (rf"mottl\w*|ashen|{BLOTCHY_SKIN}|(?:face|skin)(?: \w+){{0,2}} (?:blue|grey|gray|dusky)"
                                 rf"{NOT_A_LESION}|(?:lips|tongue)(?: \w+){{0,2}} (?:grey|gray|dusky){NOT_A_LESION}",)),
    Concept(
        "child_unrousable",
        (
            rf"(?:won['’]?t|doesn['’]?t|does not|can['’]?t|cannot) (?:wake|stay awake)|hard to wake|{FLOPPY}"
            r"|(?:no|not) (?:respon\w*|react\w*) to (?:me|us|anything|social)"
            r"|not waking (?:up )?(?:well|properly|for (?:his |her )?feeds?|to feed)",
            # roused, but asleep again at once (NICE NG143 red: "does not wake or if roused does not stay
            # awake"): "when I wake her she just looks at me and sleeps again"
            r"(?:wake|rouse|woke|roused) (?:him|her|them)(?: up)?,? (?:[\w'’]+ ){0,7}?(?:sleeps again|(?:fall|drop|drift|doze)\w*"
            r" (?:straight |right )?(?:back )?(?:off|asleep) again|goes (?:straight|right) back to sleep"
            r"|goes back to sleep (?:again|straight away|at once|immediately))",
        ),
    ),
    Concept("child_cry", (r"(?:weak|high[- ]pitched|continuous|strange|moaning|whimper\w*) cry\w*|cry\w* (?:weakly|continuously|non-?stop)",)),
    Concept("grunting", (r"grunt\w*",)),
    # a young baby grunting, straining and going red while passing a soft stool, well in between, has
    # infant dyschezia (Rome IV, Benninga 2016; NHS: normal), not the grunting of respiratory distress
    # the little grunts, snuffles and sneezes of a newborn's sleep (NHS "Your newborn baby's breathing": noisy,
    # irregular breathing in sleep is normal in a well baby), not the grunting of every breath
    Concept("sleep_noises", (r"(?:little|small|soft|tiny) grunts?\b(?! (?:with|on|at) (?:each|every))"
                             r"|grunts? and (?:sneezes|snuffles|squeaks)|(?:sneezes|snuffles|squeaks) and (?:little )?grunts?\b",)),
    Concept("stool_grunting", (rf"grunt\w*(?: (?:and |& )?[\w'’]+){{0,6}} (?:when|while|as|before|to) (?:[\w'’]+ ){{0,4}}?{_STOOL}\b"
                               rf"|(?:when|while|as|before) (?:[\w'’]+ ){{0,4}}?{_STOOL}\b(?: [\w'’]+){{0,3}},? (?:[\w'’]+ ){{0,2}}grunt\w*",)),
    Concept(
        "chest_indrawing",
        (
            r"(?:ribs?|chest|tummy|belly|neck)(?: \w+){0,2} (?:sucking|sucked|pulling|drawing|caving) in"
            # "the skin between the ribs pulls in", "skin under his ribs sucks in"
            r"|skin (?:between|under|below) (?:the |his |her )?ribs (?:pulls?|pulling|sucks?|sucking|sinks?|sinking|draws?) in"
            # (NICE NG143 red is "moderate or severe chest indrawing": a mild one is amber, below)
            r"|(?<!mild )(?<!slight )(?<!minimal )(?<!minor )(?<!a little )(?<!a bit of )"
            r"(?:chest|rib|subcostal|intercostal|sternal) (?:indrawing|recession|retractions?)",
            r"nostrils? flar\w*|nasal flaring|head bobbing",
        ),
    ),
    # bulging or tense (NICE NG143 red: bulging fontanelle; NICE NG232 1.4: a tense fontanelle after a head
    # injury in a baby, CT within an hour); a denial in the gap is none ("soft spot not bulging")
    Concept("bulging_fontanelle", (r"(?:bulging|tense|full and tense)(?: anterior)? (?:fontanel\w*|soft spot)"
                                   r"|(?:fontanel\w*|soft spot)(?: (?!(?:not|no|never|nor)\b)\w+){0,2}"
                                   r" (?:bulg\w*|tense|full and tense|raised and tense)\b",)),
    Concept("stiff_neck", (r"stiff neck|neck (?:is |feels )?stiff|neck stiffness|(?:can['’]?t|won['’]?t) (?:bend|move) (?:his|her|their) neck",)),
    Concept(
        "seizure",
        (
            r"seizures?|seizing|convuls\w*|(?:a|having a|first|febrile|another|epileptic) fit\b"
            r"|fitting\b(?! in)|jerking (?:all over|arms|legs)",
        ),
    ),
    Concept(
        "dehydration_signs",
        (
            r"sunken (?:eyes|fontanel\w*|soft spot)|(?:eyes|fontanel\w*|soft spot)(?: \w+){0,3} sunken"
            r"|no tears|dry (?:lips|mouth|tongue)|reduced skin turgor",
            r"no (?:wet )?(?:nappy|nappies|diapers?|wee)(?: \w+){0,3} (?:for|since|in|all day|today)|(?:hasn['’]?t|has not"
            r"|not) (?:had a wet (?:nappy|diaper)|weed|peed)|dry (?:nappy|nappies|diapers?)",
            # (a nappy told in Italian, Spanish, French or Portuguese: "only 1 wet pannolino", "solo un pañal mojado")
            r"(?:only|solo|s[oó]lo|solamente|seulement|s[oó]) (?:one|1|a single|un|uno|una|une|um|uma) (?:\w+ )?(?:wet )?"
            r"(?:nappy|diaper|pannolin[oi]|pa[nñ]al|couche|fralda)|(?:soft spot|soft part of (?:his|her|the) head)"
            r"(?: \w+){0,2} (?:sunk|sunken|dipped|sinking)",
        ),
    ),
    Concept(
        "child_amber_sign",
        (
            r"pale|pallor|(?:off|not|won['’]?t|refus\w*|poor|less|reduced) (?:his |her |their )?"
            r"(?:feeds?|feeding|milk|bottles?)|(?:fed|feeding) (?:a little |much |a lot )?less"
            # NG143 amber "poor feeding": a small child eating or feeding next to nothing
            r"|(?:eating|feeding|eaten|fed) (?:barely|hardly|next to|almost) (?:anything|nothing)"
            r"|(?:barely|hardly) (?:eating|feeding|eaten|fed)\b",
            r"(?:won['’]?t|can['’]?t|cannot|refus\w*|not|doesn['’]?t|isn['’]?t)(?: to)? (?:walk|stand|bear weight"
            r"|put (?:any )?weight|use (?:his|her|their) (?:arm|leg))|not (?:smiling|interested|playing)",
            r"(?:swollen|swelling) (?:knee|joint|ankle|elbow|hip|leg|arm)",
            # mild chest indrawing: respiratory distress short of NG143's red "moderate or severe" (NICE NG9
            # bronchiolitis: assess the same day)
            r"(?:mild|slight|minimal|minor|a little|a bit of) (?:chest|rib|subcostal|intercostal|sternal)"
            r" (?:indrawing|recession|retractions?)",
            # NG143 amber "reduced urine output" (CG84: "decreased urine output" in dehydration): fewer or
            # drier nappies or wees than usual, or the last one longer ago than usual. (Not a Scots "wee
            # girl": the noun "wee" counts only as a child's wee, "his last wee".)
            # ("only 2 wet nappies today": a count told with "only" is fewer than the day's usual)
            r"only (?:had |been )?(?:[2-4]|two|three|four|a couple of|a few) (?:\w+ )?wet (?:nappies|diapers)"
            r"|(?:fewer|less|not as many|not so many|hardly any|very few)(?: wet)? (?:nappies|diapers|wees|pees)"
            r"|(?:weeing|peeing|urinating|passing (?:urine|water)|wees|pees)(?: \w+){0,2} (?:a lot |much |far )?less\b",
            r"(?:wet (?:nappy|nappies|diapers?)|nappies|diapers|weeing|peeing|wees|(?:his|her|their|the|last|a) (?:wee|pee))"
            r"(?:(?!\b(?:and|but|or|while|though|although)\b)[^.!?\n,;]){0,60}?\b(?:fewer|less|drier|dryer|longer(?: ago)?) than"
            r" (?:normal|usual)",
            # NG143 amber "poor feeding in infants" told as a share of the usual milk (NICE NG9: 50-75 % of
            # the usual intake), and a day's wet nappies told against the usual count ("3 today, normally 6")
            r"(?:half|a third|one third|two[- ]thirds|(?:[1-6]\d|70|75) ?%|(?:[1-6]\d|70|75) per ?cent)(?: of)?"
            r" (?:his |her |their |the )?(?:usual |normal )?(?:milk|feeds?|bottles?|breast ?feeds?|formula|intake)\b",
            r"wet (?:nappies|diapers)(?: [\w'’]+){0,4}[ ,(]+(?<!as )(?:usually|normally|down from|instead of)\b",
        ),
    ),
    Concept(
        "blood_stool_or_vomit",
        (
            r"blood(?:y)?(?: \w+){0,2} (?:in|with|on) (?:his |her |their |the )?(?:poo\w*|stool|nappy"
            r"|diaper|vomit|sick|bottom)|bloody (?:poo\w*|stool|diarrh\w*|nappy|diaper|vomit)",
            r"(?:poo\w*|stool|nappy|diaper|vomit|sick)(?: \w+){0,4} (?:blood|red jelly|redcurrant jelly"
            r"|currant jelly|jelly[- ]like)|red(?:currant)? jelly|vomit\w* (?:up )?blood",
        ),
    ),
    # Physiological vaginal bleeding of a newborn girl (withdrawal of the mother's oestrogen in the
    # first weeks; NHS "Your newborn baby's health"): blood from the vagina, not from the bowel
    Concept(
        "vaginal_source",
        (r"(?:from|out of|in) (?:her|the) (?:vagina\w*|vulva\w*|labia|front(?: private)? (?:area|bit|part|passage))"
         # a girl's "private part" is her vulva to a parent ("coming from her private part"; a boy's is not a
         # withdrawal bleed, so only "her")
         r"|(?:from|out of) her private (?:parts?|area|bits?|place)"
         r"|(?:vagina\w*|vulva\w*) (?:blood|bleed\w*)|pseudo-?mens\w*|(?:like )?a (?:mini|little|tiny) period",
         # "from her front, not her bottom": the front told against the back passage
         r"(?:came|coming|comes|come) from (?:the|her) front\b|from (?:the|her) front,? (?:and )?not (?:from )?(?:the|her)"
         r" (?:bum|bottom|back passage|anus)|(?:mum|mom|mother)['’]?s hormones|maternal (?:hormones|oestrogen"
         r"|estrogen)",),
    ),
    Concept(
        "bilious_vomit",
        # (a child who "went green" before vomiting is pale with nausea, not bringing up bile: NICE CG84;
        # green in a carer's own language too: Spanish, Portuguese and Italian "verde", French "vert")
        (r"(?<!went )(?<!turned )(?<!goes )(?<!looked )(?<!looking )(?<!gone )(?<!going )(?<!go )"
         r"(?:green|bile|bilious|bile[- ]stained|dark green|yellow[- ]green)(?: \w+)? (?:vomit\w*|sick)|vomit\w* (?:bright |dark )?(?:green|bile)",
         # "the sick is bright green like grass", "threw up green stuff"
         r"(?:vomi|v[oó]mito|sick|puke)\w*(?: [\w'’]+){0,3} (?:is|was|looks|looked|came up|comes up|coming up|es|est)"
         r" (?:bright |dark |all |very |kind of )?(?:green|bile|bilious|verde|vert|verte)\b"
         r"|(?:threw|throw\w*|brought|bring\w*|sicked) up (?:\w+ ){0,2}(?:green|bile)\b",
         # green told later in the vomiting sentence: "vomited 3 times, the last two were bright green"
         r"(?:vomit\w*|sick|threw up|thrown up|throwing up|puk\w*)"
         r"(?:(?!snot|phlegm|mucus|poo|stool|nappy|nose|eyes?\b|discharge|urine|wee\b)[^.!?\n]){0,60}?\b(?:were|was|is|are|looked|looks|came up)"
         r" (?:all |bright |dark |very |kind of )?(?:green|bile|bilious|verde|vert|verte)\b(?! (?:phlegm|snot|mucus|poo|stool|nappy))",
         # ... or counted without a verb: "three vomits since midnight, the last two dark green"
         r"(?:vomit\w*|sick|threw up|throwing up|puk\w*)(?:(?!snot|phlegm|mucus|poo|stool|nappy|nose|eyes?\b)[^.!?\n]){0,40}?"
         r"\b(?:the )?(?:last|latest|most recent|later|second|third|next) (?:one|two|three|few|couple|\d)?(?: \w+)?"
         r" (?:bright |dark |all )?(?:green|bile|bilious)\b(?! (?:phlegm|snot|mucus|poo|stool|nappy))",
         # green told by a likeness, in or out of quotes: "the vomits were 'the colour of fresh leaves', dark green",
         # "sick the colour of grass" (NICE CG84 / NG143: bile-stained vomiting)
         # (a baby "bringing up" after feeds is a baby vomiting: NICE CG84 / NG143)
         r"(?:vomit\w*|sick|threw up|throwing up|puk\w*|bringing (?:it |milk |feeds? )?up|brought (?:it |milk |feeds? )?up)"
         r"(?:(?!snot|phlegm|mucus|poo|stool|nappy|nose|eyes?\b)[^.!?\n]){0,60}?"
         r"\b(?:colou?r of (?:fresh |new |green |spring )?(?:leaves|grass|spinach|peas|lime)|(?:dark|bright|deep|bottle|grass)[ -]green)"
         r"\b(?! (?:phlegm|snot|mucus|poo|stool|nappy))",),
    ),
    # vomiting that shoots out, after every feed, in a baby still hungry after it (NICE CKS: suspected pyloric
    # stenosis, projectile non-bilious vomiting at 2-8 weeks, same-day paediatric referral)
    Concept("projectile_vomit", (r"(?:projectile|forceful|forcefully|violent)(?: \w+){0,2} (?:vomit\w*|sick|puk\w*)"
                                 r"|(?:vomit\w*|sick|puk\w*)(?: \w+){0,3} (?:shoots?|shot|flies|flew) (?:out|across)"
                                 r"|(?:vomit\w*|sick|puk\w*)(?: \w+){0,2} (?:projectile|forcefully|across the room)",)),
    Concept(
        "colic_episodes",
        (rf"(?:draw\w*|pull\w*|bring\w*){G3}(?:legs|knees) up|(?:inconsolabl\w*|scream\w*) (?:cry\w*|episodes|on and off)",),
    ),
    Concept(
        "kawasaki_lips",
        (r"(?:red|cracked|dry|peeling|bleeding)(?:,? (?:and )?(?:red|cracked|dry|peeling|swollen))* lips|lips(?: \w+){0,2}"
         r" (?:red|cracked|peeling)(?: and (?:red|cracked|peeling|dry))?|strawberry tongue",),
    ),
    Concept(
        "kawasaki_eyes",
        (r"(?:bloodshot|red|pink) eyes(?! (?:and|with) (?:discharge|sticky|gunk|pus|crust))|eyes(?: \w+){0,2} (?:bloodshot"
         r"|red)(?! (?:and|with) (?:discharge|sticky|gunk|pus|crust))",),
    ),
    Concept(
        "kawasaki_extremities",
        (r"(?:swollen|puffy|red)(?: and (?:swollen|puffy|red))? (?:hands and feet|hands|feet|fingers|toes)|(?:hands|feet)"
         r"(?: and (?:hands|feet))?(?: \w+){0,3} (?:swollen|puffy|peeling)|peeling (?:skin on (?:his|her|the) )?(?:fingers"
         r"|toes|hands|feet)",),
    ),
    # a febrile child told well in NICE NG143's own terms: drinking, usual wet nappies, breathing comfortably,
    # capillary refill under 2 seconds (not "not drinking well": a denial's words are no reassurance)
    Concept("child_well_told", (r"(?<!not )(?<!n['’]t )(?<!nt )drinking(?: (?:well|normally|fine|ok(?:ay)?|plenty|lots|enough))?"
                                r"(?=\s*[,.;]|\s+and\b)|(?:normal|usual|plenty of|good|lots of) (?:number of )?wet nappies"
                                r"|(?:weeing|peeing|passing urine) normally|well[- ]hydrated|breathing comfortably"
                                r"|(?:capillary refill|(?-i:CRT))(?: time)? (?:under|<|less than) ?(?:2|two)\b",)),
    # an infant's apnoea: breathing stopped for 20 seconds or more (AAP 2016 BRUE guideline; NHS: call 999 if a
    # baby stops breathing), or a shorter pause with colour change or limpness; a newborn's periodic breathing,
    # pauses under 10 seconds with no colour change, is normal
    Concept("breathing_pause", (r"(?:stop(?:s|ped|ping)?|paus(?:es|ed|ing)) (?:his |her |their |the )?breath\w*"
                                r"|(?:pauses?|gaps?|stops?) in (?:his |her |their |the )?breathing|apno\w*|apne\w*",)),
    Concept("breathing_pause_long", (r"(?:(?:stop(?:s|ped|ping)?|paus(?:es|ed|ing)) (?:his |her |their |the )?breath\w*"
                                     r"|(?:pauses?|gaps?|stops?) in (?:his |her |their |the )?breathing)(?: [\w'’]+){0,5} (?:for )?"
                                     r"(?:about |around |over |more than |at least |nearly |almost )?(?:(?:[2-9]\d|1\d\d) ?(?:s|secs?"
                                     r"|seconds)\b|(?:twenty|thirty|forty) seconds|half a minute|a (?:whole |full )?minute)",)),
    Concept("kawasaki_rash", (r"rash (?:all )?over (?:his|her|their) (?:body|trunk|tummy|chest)|body rash",)),
    # NICE CKS scarlet fever: a fine, rough "sandpaper" rash, a red bumpy ("strawberry") tongue, with a
    # sore throat or fever: see a GP the same day for antibiotics (a notifiable disease)
    Concept("scarlet_sign", (r"scarlet fever|scarlatina|(?:(?<=like )|(?<=as )|(?<=of )|(?<=like a )|(?<=as a ))sand ?paper|sand ?paper(?:[- ]?like| rash| texture| feel)|strawberry tongue"
                             r"|tongue (?:is |looks |was |has gone |gone |went )?(?:very |bright )?(?:red,? (?:and )?)?(?:bumpy|spotty)"
                             r"|rash (?:\w+ ){0,3}(?:feels|is|was|felt) (?:very |really |all )?rough",)),
    # the well child with a limp after a virus (NICE CKS acute childhood limp: transient synovitis in a
    # child over 3, afebrile, bearing weight, well): the limp follows a cold and the hip moves fully;
    # night pain or not bearing weight are red flags for another cause
    Concept("post_viral", (r"(?:after|since|following) (?:a|an|his|her|their|the) (?:\w+ )?(?:cold|virus|viral (?:illness|infection)"
                           r"|cough|sore throat|flu|chest infection|tummy bug|ear infection)\b",)),
    # (a hip restricted on rotation, however happily the child plays, is seen the same day)
    Concept("limp_reassuring", (r"full (?:range|movement)|moves? (?:it|(?:the|his|her|their) (?:hip|leg|knee)) (?:freely|fully|normally)"
                                r"|(?:hip|leg|knee) (?:moves|movement is|movements are) (?:freely|fully|normal)",)),
    Concept("limp_red_flag", (r"(?:won['’]?t|can['’]?t|cannot|refus\w*|unable to|not|doesn['’]?t)(?: to)? (?:walk|stand|bear (?:any )?weight"
                              r"|put (?:any )?weight)|night pain|(?:pain|hurts?|aches?|wak\w*)(?: \w+){0,4} (?:at|in the|during the)"
                              r" night",)),
    Concept(
        "limb_not_used",
        (
            r"(?:won['’]?t|can['’]?t|cannot|refus\w*|not|doesn['’]?t|isn['’]?t)(?: to)? (?:walk|stand|bear weight"
            r"|put (?:any )?weight|use (?:his|her|their) (?:arm|leg))|limp\w*|(?:hip|knee|leg) (?:is )?held still",
            r"screams? (?:if|when) (?:we|i|you|anyone) (?:move|moves|touch|touches) (?:his|her|their) (?:hip|leg|knee"
            r"|arm|ankle)",
        ),
    ),
    Concept(
        "reduced_intake",
        (
            r"(?:only|barely) (?:had|taken|taking|drunk|drinking) (?:a few )?sips|not drinking|(?:won['’]?t|refus\w*)"
            r" (?:to )?drink|(?:can['’]?t|cannot) keep (?:anything|fluids|water|milk) down",
            r"(?:vomit\w*|sick|throwing up) (?:all day|all night|everything|non-?stop|constantly|every time)",
        ),
    ),
    # a fit already assessed in hospital and the child sent home (NICE CKS febrile seizure: a simple
    # febrile seizure, assessed, recovered and discharged, is safety-netted, not re-admitted)
    # (read from "home" and the fit back: "sent", "let", "new" start too many clauses to dispatch on)
    Concept("seizure_discharged", ("discharged|" + "|".join(
        f"(?<={w} )home" for w in ("sent", "sent us", "sent him", "sent her", "sent them", "allowed", "allowed to go",
                                   "let us go", "let him go", "let her go", "let them go")),)),
    # a baby's startle (Moro) reflex called "a fit": set off by a loud noise or a startle and settled by being
    # held (a seizure is not stopped by holding; NHS "Newborn reflexes"); a denied settling ("didn't stop when I
    # held him") is no startle
    Concept("startle_settled", (r"(?:loud (?:noise|sound|bang|clap)|startl\w*)[^?!]{0,200}?(?<!n['’]t )(?<!not )(?<!nae )"
                                r"(?:calms?|settles?|stops?|relax\w*)(?: \w+){0,2} (?:when|once|as soon as) (?:i|we|you|mum|dad"
                                r"|she|he|they) (?:hold|held|pick|picked|cuddl)\w*",)),
    Concept("seizure_again", (r"(?:(?<=another )|(?<=a second )|(?<=a new ))(?:fit|seizure|convulsion)s?\b"
                              r"|(?:fitting|seizing|convulsing) again|(?:fit|seizure|convulsion)s? again",)),
)

DISCRIMINATORS: Final = (
    Discriminator("a sickle cell pain crisis", "urgent", ("sickle_cell_disease", "sickle_pain"),
                  any_of=("pain_uncontrolled", "severe_pain"), none_of=("resolved",),
                  source="NICE CG143 / NHS: a painful sickle cell episode not settled at home, hospital the same day"),
    Discriminator("splenic sequestration signs in sickle cell", "emergent", ("sickle_cell_disease",),
                  any_of=("spleen_enlarging", "hb_very_low"),
                  source="NICE CG143; BSH: acute splenic sequestration, emergency transfusion"),
    # (a nursing mother's inflamed breast makes the fever hers: mastitis, breast_and_foot.py)
    Discriminator("fever under 3 months", "emergent", ("infant_under_3m", "fever"),
                  none_of=("resolved_episode", "breast_inflamed"),
                  source=f"{_NG143_RED}: age < 3 months, temperature >= 38 C"),
    Discriminator(
        "red feature in a young child", "emergent", ("child_under_5",),
        any_of=("child_colour_red", "child_unrousable", "child_cry", "chest_indrawing",
                "bulging_fontanelle", "stiff_neck", "non_blanching_rash", "child_rr_red", "reduced_consciousness"),
        source=_NG143_RED,
    ),
    # grunting is a red feature of breathing (NG143), not a baby's grunt while straining at a soft stool
    Discriminator("grunting in a young child", "emergent", ("child_under_5", "grunting"), none_of=("stool_grunting", "sleep_noises"),
                  source=_NG143_RED),
    Discriminator("a long pause in a baby's breathing", "emergent", ("child_under_3", "breathing_pause_long"),
                  source="AAP 2016 BRUE / apnoea of 20 seconds or more; NHS: call 999 if a baby stops breathing"),
    Discriminator("a pause in a baby's breathing with colour change or limpness", "emergent",
                  ("child_under_3", "breathing_pause"),
                  any_of=("blue_mouth", "child_colour_red", "drowsy", "child_unrousable", "reduced_consciousness"),
                  source="AAP 2016 BRUE: apnoea with cyanosis, pallor or hypotonia; NICE NG143 red"),
    # (a faint at a jab, come round within a minute, is a reflex faint whose jerks are asked about: syncope.py)
    Discriminator("fit in a child", "emergent", ("child", "seizure"),
                  none_of=("known_epilepsy", "seizure_discharged", "startle_settled", "reflex_faint"),
                  source="NHS: call 999 for a child's first fit; NG143 red"),
    # sent home from hospital after the fit: an alarm again if not back to normal, or another fit
    Discriminator("fit in a child", "emergent", ("child", "seizure", "seizure_discharged"),
                  none_of=("known_epilepsy", "seizure_recovered"),
                  source="NHS: call 999 for a child's first fit; NG143 red"),
    Discriminator("fit in a child", "emergent", ("child", "seizure", "seizure_again"), none_of=("known_epilepsy",),
                  source="NHS / NICE CKS febrile seizure: a further seizure, call 999"),
    # A child with known epilepsy whose seizure stopped and who is back to themselves follows their
    # care plan (NICE NG217 2022: individualised plan; NHS "What to do if someone has a seizure": 999 for a
    # first seizure, one over 5 minutes, one after another, an injury or no full recovery); until they
    # are back to themselves it stays an emergency. Over 5 minutes fires as a prolonged seizure.
    Discriminator("fit in a child with epilepsy, not yet recovered", "emergent", ("child", "seizure", "known_epilepsy"),
                  none_of=("seizure_recovered",),
                  source="NICE NG217; NHS: 999 unless a known epilepsy's seizure has ended with full recovery"),
    Discriminator("fever with severe pain in a child", "emergent", ("child", "fever", "severe_pain"),
                  source="MTS 'severe pain' (very urgent); NICE NG143: appears ill"),
    Discriminator("blood in a young child's stool or vomit", "emergent", ("child_under_5", "blood_stool_or_vomit"),
                  none_of=("vaginal_source",),
                  source="NICE CG84: blood in stool suggests another diagnosis; MTS 'vomiting blood'"),
    Discriminator("green vomit in a child", "emergent", ("child", "bilious_vomit"),
                  source="NICE CG84: bile-stained vomit suggests another (surgical) diagnosis"),
    Discriminator("colic episodes with vomiting or pallor", "emergent", ("child_under_5", "colic_episodes"),
                  any_of=("vomiting", "child_amber_sign", "blood_stool_or_vomit"),
                  source="intussusception: episodic inconsolable crying with legs drawn up"),
    Discriminator("dehydration with drowsiness", "emergent", ("child_under_5", "dehydration_signs"),
                  any_of=("drowsy", "child_unrousable", "reduced_consciousness", "child_colour_red"),
                  source="NICE CG84 red flags: altered responsiveness with dehydration"),
    Discriminator("Kawasaki features", "emergent", ("child", "fever_5_days"),
                  any_of=("kawasaki_lips", "kawasaki_eyes", "kawasaki_extremities", "kawasaki_rash"), at_least=2,
                  none_of=("child_well_told",),
                  source="AHA 2017 Kawasaki disease statement: fever >= 5 days with principal features"),
    # told well (drinking, wet nappies, breathing comfortably), suspected Kawasaki disease is a same-day
    # paediatric assessment, not an ambulance (NICE NG143 1.3 / amber: fever for 5 days, assess for Kawasaki
    # disease; AHA 2017: urgent evaluation); a red feature told fires on its own (above)
    Discriminator("Kawasaki features in a child told well", "urgent", ("child", "fever_5_days", "child_well_told"),
                  any_of=("kawasaki_lips", "kawasaki_eyes", "kawasaki_extremities", "kawasaki_rash"), at_least=2,
                  source="NICE NG143: fever for 5 days, Kawasaki features, same-day paediatric assessment; AHA 2017"),
    Discriminator("febrile child not using a limb", "emergent", ("child", "fever", "limb_not_used"),
                  source="NICE CKS septic arthritis; Kocher criteria: fever and non-weight-bearing"),
    # NICE CKS "Acute childhood limp": a child with a new limp or who will not bear weight, even
    # afebrile and well, is assessed the same day (septic arthritis, an occult fracture, a slipped
    # epiphysis; transient synovitis only once those are excluded)
    Discriminator("a child with a new limp", "urgent", ("child", "limb_not_used"),
                  none_of=("chronic_only", "post_viral", "limp_reassuring"),
                  source="NICE CKS acute childhood limp: same-day assessment"),
    # a well, afebrile child of 3 or more who bears weight with a full range at the hip may be
    # watched at home with review (NICE CKS acute childhood limp); under 3, or with a red flag, same-day
    Discriminator("a child with a new limp", "urgent", ("child", "limb_not_used", "limp_reassuring"),
                  any_of=("child_under_3", "limp_red_flag"), none_of=("chronic_only", "post_viral"),
                  source="NICE CKS acute childhood limp: same-day assessment under 3 years or with a red flag"),
    # after a virus, an afebrile child who plays or moves the hip fully has transient synovitis: rest and
    # review; unless not bearing weight or pain at night (fever fires above)
    *(Discriminator("a child with a new limp", "urgent", ("child", "limb_not_used", "post_viral"), any_of=any_of,
                    none_of=("chronic_only", *none_of), source="NICE CKS acute childhood limp: same-day assessment")
      for any_of, none_of in (((), ("limp_reassuring",)), (("limp_red_flag",), ()))),
    Discriminator("scarlet fever features", "urgent", ("scarlet_sign",), any_of=("fever", "sore_throat"),
                  none_of=("chronic_only",),
                  source="NICE CKS scarlet fever: same-day GP assessment for antibiotics"),
    Discriminator("projectile vomiting in a young baby", "urgent", ("infant_under_6m", "projectile_vomit"),
                  none_of=("resolved",),
                  source="NICE CKS (vomiting in children; pyloric stenosis): projectile vomiting, same-day referral"),
    Discriminator("fever 39C+ at 3-6 months", "urgent", ("infant_3_to_6m", "temp_ge_39"),
                  source=f"{_NG143_AMBER}: age 3-6 months, temperature >= 39 C"),
    Discriminator(
        "amber feature in a young child", "urgent", ("child_under_5",),
        any_of=("child_amber_sign", "dehydration_signs", "child_hr_amber", "child_rr_amber", "child_spo2_amber",
                "rigors"),
        none_of=("chronic_only", "resolved"), source=_NG143_AMBER,
    ),
    Discriminator("vomiting child not drinking", "urgent", ("child", "reduced_intake"),
                  source="NICE CG84: at increased risk of dehydration"),
)

GROUP: Final = Group("paediatric_red_flags", CONCEPTS, DISCRIMINATORS)
