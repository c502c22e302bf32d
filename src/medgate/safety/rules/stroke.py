"""Stroke: any one BE-FAST sign (American Stroke Association), or a thunderclap headache."""

from __future__ import annotations

from typing import Final

from medgate.safety.rules.base import G2, G3, G5, POSSESSIVE, SIDE, Category, Concept, Rule, gap

# (one side *of the face* is the face's own concept below; one side of the chest, back or belly is
# a band on the trunk, a dermatome as in shingles (NICE CKS), not half the body)
_SIDE_NOT_FACE: Final = (r"side(?! of (?:(?:my|his|her|their|the) )?(?:face|chest|back|ribs?|rib ?cage|trunk|torso|abdomen"
                         r"|tummy|belly|stomach|waist|flank)\b)")
_FACE_SIDE: Final = rf"(?:{SIDE} side of (?:(?:my|his|her|their|the) )?face|{SIDE}(?:[- ]sided?)? face)"
_LIMB: Final = rf"(?:arms?|legs?|hands?|foot|feet|{_SIDE_NOT_FACE}|body|hemibody)"
_ARM: Final = r"(?:arms?|hands?)"
_LEG: Final = r"(?:legs?|foot|feet)"
_SIDE_OR_BODY: Final = rf"(?:{_SIDE_NOT_FACE}|body|hemibody)"
_MOTOR: Final = (
    # ("limp" the adjective, a limb gone floppy; not the noun of a gait, "a limp on his right leg",
    # which is the limping child's or the injured walker's: NICE CKS "Limping child")
    r"(?:weak\w*|paraly\w*|(?<!\ba )limp(?! on\b)|(?<=\ba )limp(?= (?:left|right)\b)|heavy|floppy|clumsy|useless|(?:went|gone|has gone) dead"
    r"|(?:can['’]?t|cannot|can not|cannae|unable to) (?:move|lift|feel|use|grip|hold)"
    r"|won['’]?t (?:work|move)|(?:is |are )?dragging)"
)
_CHEST_PAIN: Final = (
    r"(?:pains?|pressure|tight\w*|heav\w*|hurts?|discomfort|ach(?:e|es|ing)|squeez\w*)"
)
_CANT: Final = r"(?:can['’]?t|cannot|can not|cannae|unable to)"  # (Scots "cannae")
_SENSORY: Final = r"(?:numb\w*|tingl\w*|pins and needles)"
# Slurring the writer puts down to the mouth itself ("slight slurring from lip weakness" of a Bell's
# palsy, "talking funny because my lip is numb" after a dental block) is articulation, not the
# dysarthria of a stroke; a stroke's droop, limb or vision signs still fire on their own.
_LOCAL_CAUSE: Final = (
    r"(?! (?:\w+ ){0,2}(?:from|because(?: of)?|due to|caused by|cos|as) (?:(?:the|my|his|her|their|a|that) )?(?:\w+ )?"
    r"(?:lips?|mouth|face|facial|tongue|jaw|cheek|gums?|numbness|anaesthetic|anesthetic|injection|dentist|dental)\b)"
)


def _one_sided(deficit: str, limb: str) -> tuple[str, ...]:
    """`deficit` on one side of `limb`, in the three word orders people use."""
    return (
        rf"{deficit}{G3}{SIDE}(?:[- ]sided?)?(?: \w+)? {limb}",
        rf"{SIDE}[- ](?:sided? )?{limb}(?: \w+){{0,4}} {deficit}",
        rf"{POSSESSIVE} {SIDE} {limb}(?: \w+){{0,3}} {deficit}",
    )


_ONE_LIMB: Final = r"(?:arm|leg|hand|foot)"
_GAVE_OUT: Final = r"(?:weak\w*|numb|limp|heavy|dead|paraly\w*|gave (?:out|way)|floppy)"
# NICE CKS "Bell's palsy": a facial weakness that takes in the forehead (cannot raise the brow or
# wrinkle the forehead, or the forehead itself does not move) is of the lower motor neurone
FOREHEAD_WEAK: Final = (
    # (the side may stand between verb and brow: "cannot wrinkle the left side of his forehead")
    rf"{_CANT}(?: \w+){{0,6}} (?:raise|wrinkle|lift|furrow|frown with|move) (?:\w+ ){{0,2}}"
    r"(?:(?:left|right) (?:side|half) of (?:\w+ ){0,2})?(?:forehead|brow|eyebrows?)\b",
    # (the forehead as the subject of its own negated verb: "the forehead does not wrinkle", "brow won't lift")
    r"(?:forehead|brow|eyebrow) (?:is |was )?(?:also )?(?:weak\w*|involved|affected|involvement|flat|not moving"
    r"|(?:won['’]?t|will not|doesn['’]?t|does not|didn['’]?t|did not|can['’]?t|cannot|isn['’]?t) (?:move|moving"
    r"|wrinkl\w*|lift\w*|rais\w*|rise|furrow\w*|crease))|bell['’]?s palsy",
)

CONCEPTS: Final = (
    Concept(
        "face_droop",
        (
            rf"(?:face|facial|smile|mouth|lips?){G3}(?:droop\w*|asymmetr\w*|crooked|uneven"
            r"|lopsided|sagg\w*|paraly\w*|wonky|twisted|skew\w*|slanted|squint)",  # (Scots "squint": askew)
            # "mouth is turned to one side", "face has gone all wonky on one side"
            r"(?:face|mouth|smile|lips?)(?: \w+){0,3} (?:turned|pulled|twisted|slipped|dropped|fallen|gone|going|goes|went)"
            r"(?: \w+)? (?:to|on|down (?:on|to)) (?:one side|(?:the|his|her|my|their) (?:left|right)\b)",
            r"(?:droop\w*|crooked|lopsided|uneven) (?:face|smile|mouth)",
            # one corner of the mouth or face told as hanging or sitting lower than the other
            # (BE-FAST "Face": an uneven smile or one side drooping)
            r"(?:mouth|face|lip|smile)(?: [\w'’]+){0,5} (?:hang\w*|hung|sits?|sitting|dropped)(?: \w+){0,2} (?:lower|down)\b",
            r"facial (?:droop|asymmetry|palsy|weakness)",
        ),
    ),
    # NICE CKS "Bell's palsy": a facial weakness that takes in the forehead (cannot raise the brow
    # or wrinkle the forehead) is of the lower motor neurone; a stroke spares the forehead. Such a
    # droop alone is not a stroke sign (limb, speech or vision signs still fire on their own).
    Concept("forehead_weak", FOREHEAD_WEAK),
    # burning or tingling on one side with a blistering rash there is shingles in its dermatome, not a
    # stroke (NICE CKS shingles: the prodrome is one-sided pain or paraesthesia before the rash)
    Concept("shingles_rash", (r"shingles|(?:herpes )?zoster|blister\w*(?: \w+){0,2} rash|rash(?: \w+){0,4} blister\w*",)),
    Concept(
        "one_sided_weakness",
        (
            *_one_sided(_MOTOR, _LIMB),
            *_one_sided(_SENSORY, _SIDE_OR_BODY),
            r"hemi(?:pares\w*|pleg\w*|paretic|body numbness)|(?:left|right|l|r)[- ]sided weakness",
            r"(?:one side|half) of (?:my|his|her|the) body",
            rf"drop\w*{gap(4)}{SIDE} (?:hand|arm)|{SIDE} (?:hand|arm){G3}drop\w*",
        ),
    ),
    # the motor part of it alone: shingles explains one-sided burning or tingling, never weakness
    Concept(
        "one_sided_motor",
        (
            *_one_sided(_MOTOR, _LIMB),
            r"hemi(?:pares\w*|pleg\w*|paretic)|(?:left|right|l|r)[- ]sided weakness",
            rf"drop\w*{gap(4)}{SIDE} (?:hand|arm)|{SIDE} (?:hand|arm){G3}drop\w*",
        ),
    ),
    # weakness or numbness of one side of the face, in the words of a limb sign ("the left side of
    # her face is weak"): spared, like a droop, when the forehead is involved or a dental block explains it
    Concept(
        "face_one_side",
        (
            # (the three word orders of `_one_sided`, in two patterns)
            rf"{_FACE_SIDE}(?: \w+){{0,4}} (?:{_MOTOR}|{_SENSORY})|(?:{_MOTOR}|{_SENSORY}){G3}{_FACE_SIDE}",
            r"(?:one side|half) of (?:my|his|her|the) face",
        ),
    ),
    # A dental local anaesthetic (an inferior alveolar nerve block) can reach the facial nerve in the
    # parotid and droop that side of the mouth for the hours the lip stays numb; the patient is
    # reassured and the eye protected, no stroke referral (Jenyon T et al., "Transient facial nerve
    # palsy following dental local anaesthesia", BMJ Case Rep 2020;13:e234753). A droop on the side of
    # today's dental injection is the anaesthetic; one a day or more after it is not (no exemption).
    Concept(
        "dental_block",
        (
            r"(?:(?:dentist|dental)(?:,? [\w'’]+){0,5} (?:injections?|jabs?|ana?esthetic|numbing|block)"
            r"|(?:injections?|jabs?|ana?esthetic|numbing)(?: [\w'’]+){0,3} (?:at|from|by) the (?:dentist|dental)"
            r"|(?:had|having|getting|got|after) (?:a |my |his |her |the |two )?(?:fillings?|(?:tooth|teeth) (?:out|pulled|taken out)"
            r"|extraction|root canal)"
            # a dentist visit hours ago ("went to the dentist 2 hours ago for a filling"); "for a filling"
            r"|(?:went|been|got back|came back|back) (?:to|from) (?:the |my |his |her )?dentist(?:['’]s)?"
            r"(?: (?:\d+|an?|one|two|three|a few|a couple of) (?:hours?|hrs?) ago| this (?:morning|afternoon)| earlier| today)"
            r"|for (?:a |my |his |her |two )?(?:fillings?|(?:tooth|teeth) (?:out|pulled|taken out)|extraction|root canal))"
            r"(?!(?: [\w'’]+){0,3} (?:(?:\d+|a|two|three|four|five|six|several|few|couple of) (?:days?|weeks?|months?) ago"
            r"|yesterday|last (?:week|month)))",
        ),
    ),
    # Carpal tunnel syndrome (NICE CKS): tingling of the thumb, index and middle fingers that wakes the
    # person at night and goes on shaking or flicking the hand; a trapped nerve, not a stroke
    Concept(
        "carpal_tunnel",
        (
            r"carpal tunnel|(?:shak\w*|flick\w*) (?:it|them|(?:my|his|her|the|their) hands?)(?: out)?(?: [\w'’]+){0,5}"
            r" (?:goes|go|went|gone|better|eases?|settles?|helps?|back to normal)\b",
            r"(?:better|goes|go away|eases?|settles?|helps?)(?: \w+){0,2} (?:if|when|after|once) (?:i |she |he |they )?"
            r"(?:shak\w*|flick\w*) (?:it|them|(?:my|his|her|the|their) hands?)",
        ),
    ),
    # Numbness of one hand or arm after sleeping, lying or leaning on it is pressure on a nerve
    # (transient paraesthesia, NINDS "Paresthesia"; the radial nerve of "Saturday night palsy", the
    # ulnar at the elbow), not a stroke. A weak limb, a droop or a speech sign still fires on its own.
    Concept(
        "arm_compressed",
        (
            r"(?:slept|sleeping|fell asleep|falling asleep|dozed off|lying|lay|lain|leaning|leant|leaned)"
            r"(?: [\w'’]+){0,3} (?:on|over|across|under) (?:my|his|her|their|that|one|the) (?:\w+ )?(?:arm|hand|elbow|wrist)s?\b",
            r"(?:arm|hand|elbow|wrist) (?:\w+ )?(?:hooked|draped|hanging|hung|trapped|squashed|squished|pinned|folded|tucked)"
            r" (?:over|under|behind|across|round|around|beneath)",
            r"slept (?:funny|awkwardly|in (?:a|an) (?:funny|awkward|odd|weird) position)|(?:lying|lay|slept|sleeping) on (?:it|that arm"
            r"|that side)\b",
        ),
    ),
    # ... and a leg that "goes dead" or "falls asleep" after sitting long on the toilet, cross-legged
    # or kneeling is pressure on the sciatic or peroneal nerve (NINDS "Paresthesia"), gone within
    # minutes of standing. A fear of stroke named beside it is a question, not a sign; a droop, a
    # speech sign or a weak side still fires on its own.
    Concept(
        "leg_compressed",
        (
            r"(?:sat|sitting|sit) (?:[\w'’]+ ){0,4}(?:on|in) (?:the|a) (?:toilet|loo|lav|john|throne|floor|bath)\b"
            r"|(?:sat|sitting|kneeling|knelt|squatting) (?:[\w'’]+ ){0,3}(?:cross[- ]legged|on (?:my|his|her) (?:knees|heels|legs?|feet|foot))",
            r"(?:legs?|foot|feet)(?:['’]s)? (?:had |has |have |was |is )?(?:fell|fallen|gone|went|go(?:es)?|falling) (?:to sleep|asleep)",
            # kneeling, squatting or crouching a while, or legs crossed (a prayer, a puja, tiling a floor)
            r"(?:kneel(?:ing|s)?|knelt|squatt(?:ing|ed)|crouch(?:ing|ed)|cross[- ]legged)\b"
            r"|(?:with )?(?:my|his|her|their) legs (?:crossed|folded|tucked) under",
        ),
    ),
    # One numb arm on its own is also how anginal pain radiates: with chest pain it is left to
    # the cardiac category (which fires), so the screen does not report a stroke it cannot see.
    Concept("one_arm_numb", _one_sided(_SENSORY, _ARM)),
    # One numb or tingling leg or foot is a stroke sign too, but not after sitting cross-legged,
    # kneeling or squatting on it (`leg_compressed`); a weak leg, a numb side of the body, a droop
    # or a speech sign still fires on its own
    Concept("one_leg_numb", _one_sided(_SENSORY, _LEG)),
    Concept(
        "chest_pain",
        (
            rf"chest(?! wall){G3}{_CHEST_PAIN}|{_CHEST_PAIN}{G5}chest|(?-i:CP)\b",
            r"(?:sub|retro)sternal|angina",
        ),
    ),
    Concept(
        "speech",
        (
            rf"slurr(?!y)\w*{_LOCAL_CAUSE}|aphasi\w*|dysarthri\w*|garbled|gibberish|word salad",
            rf"(?:speech|words|talking|speaking){G2}(?:slurr\w*|garbled|jumbled|nonsens\w*|off|weird\w*"
            rf"|funny|strange\w*|odd\w*|wrong|drunk|mumbl\w*|mixed up){_LOCAL_CAUSE}",
            rf"(?:mix\w*|muddl\w*) up{G2}words|words (?:come|coming|came) out wrong",
            r"(?:mix\w*|muddl\w*|jumbl\w*) (?:up )?(?:(?:her|his|my|their|the) )?words(?: up)?",
            # expressive dysphasia told plainly (BE-FAST "Speech"): words that come out jumbled, the
            # wrong word for a thing ("says fork when he means spoon")
            # (with or without "out": "his words are coming all mixed up")
            r"words (?:are |were |keep |kept |started |starting |began |have been |has been )?(?:coming|come|came)(?: out)?(?: \w+){0,3} (?:jumbled|wrong|muddled|mixed up"
            r"|garbled|all over the place)",
            r"(?:says?|said|saying|calls?|calling|called)(?! (?:yes|no|sorry|fine|ok|okay|something|things|one thing|he|she"
            r"|they|i|it['’]?s|that)\b)(?: [\w'’]+){1,4}? (?:when|instead of(?: saying)?) (?:he|she|they|i|you)"
            r" (?:means?|meant|wants?|wanted)(?: (?:a|an|the))? \w+",
            r"(?:using|uses|says|saying|said|gets|getting|comes out with|coming out with) (?:the |all the )?wrong words?",
            rf"(?:can['’]?t|cannot|can not|unable to) (?:talk|speak)(?: right| properly| clearly)?|(?:can['’]?t|cannot|can not|unable to) (?:get|find){G2}words",
            r"(?:trouble|difficulty) (?:speaking|talking|finding (?:the )?words)",
            r"(?:words|speech)(?: \w+)? (?:wouldn['’]?t|won['’]?t|didn['’]?t|don['’]?t|can['’]?t) come out"
            r"(?: right| properly)?|(?:talking|speech|speaking) (?:is |was )?(?:not clear|unclear)",
            r"(?:talk|speak|sound)\w* like (?:he|she|i|they)['’]?(?:s|d|m|re)? (?:had|been drinking|drunk|on)"
            r"(?! (?:a|the) (?:phone|radio))",
        ),
    ),
    Concept(
        "one_hand_lost",  # "cannot hold the cup in her right hand", "his arm's gone floppy"
        (
            rf"{_CANT} (?:hold|grip|lift)\w*{G3}(?:in|with) {POSSESSIVE} {SIDE} (?:hand|arm)",
            # the side told first: "right hand, he is not able to hold the glass properly"
            rf"\b{SIDE} (?:hand|arm)(?:,? [\w'’]+){{0,4}},? (?:{_CANT}|not able to) (?:hold|grip|lift)\w*",
            r"(?:arm|leg|hand)['’]?s? (?:has |have |is )?(?:gone|went) (?:all )?(?:floppy|limp|useless)",
            # a new clumsiness of one hand told as fumbling or dropping things with it (BE-FAST "Arms")
            rf"(?:fumbl|dropp)\w*(?: [\w'’]+){{0,4}} (?:with|in|from) {POSSESSIVE} {SIDE} hand",
        ),
    ),
    Concept(
        "sudden_limb_weakness",
        (
            rf"(?:sudden\w*|all of a sudden){gap(6)}{_ONE_LIMB}{G2}{_GAVE_OUT}",
            rf"{_ONE_LIMB}{G2}{_GAVE_OUT}{gap(5)}(?:sudden\w*|all of a sudden)",
        ),
    ),
    Concept(
        "sudden_vision_loss",
        (
            rf"sudden\w*{G3}(?:vision loss|loss of (?:vision|sight)|blind\w*|(?:can['’]?t|cannot|can not|unable to) see|lost"
            r"(?: \w+)? (?:vision|sight))",
            rf"sudden\w*{G3}(?:double vision|seeing double)",
            rf"(?:went|gone|going) blind{G5}sudden|blind{G5}(?:all of a )?sudden",
            rf"(?:(?:can['’]?t|cannot|can not|unable to) see|lost (?:my |the )?(?:vision|sight)){G5}(?:all of a )?sudden",
        ),
    ),
    # BE-FAST "Eyes": loss of sight in one eye (amaurosis, retinal artery occlusion) or half
    # the field is an emergency whether or not the writer says "sudden".
    Concept(
        "monocular_vision_loss",
        (
            rf"(?:{_CANT}|could ?n['’]?t|could not) see (?:out of|from|with|through) "
            rf"{POSSESSIVE} (?:{SIDE} )?eye(?! (?:very |so |as )?(?:well|clearly|properly|good))",
            rf"(?:lost|losing|lose) (?:{POSSESSIVE} |all )?(?:vision|sight) (?:in|of) "
            rf"(?:{POSSESSIVE} |one )(?:{SIDE} )?eye",
            rf"(?:blind|dark|black) in (?:{POSSESSIVE} |one )(?:{SIDE} )?eye",
            rf"(?:curtain|shade|blind|veil|shadow){G3}(?:over|across|down (?:over|across)) "
            rf"(?:{POSSESSIVE} |one )(?:{SIDE} )?eye",
            rf"(?:{_CANT}|could ?n['’]?t|could not) see (?:properly |well )?(?:out of|on|to) (?:the|my|his|her) "
            r"(?:left|right) side",
            r"half (?:of )?(?:my |his |her |the )?(?:vision|sight|visual field) (?:is |has )?"
            r"(?:gone|missing|black|dark|blank)|amaurosis",
        ),
    ),
    # Sensory neglect: a limb that feels like someone else's
    Concept(
        "limb_neglect",
        (
            rf"{_LIMB}{G3}(?:like (?:it|they) (?:does ?n['’]?t|does not|do ?n['’]?t|do not) "
            r"belong|(?:is|are|feels?) (?:like )?(?:not (?:mine|my own)|someone else['’]?s)"
            r"|like (?:it['’]?s|it is|they['’]?re) (?:not (?:mine|my own)|someone else['’]?s))",
        ),
    ),
    # BE-FAST "Balance" and "Eyes" of the posterior circulation: vertigo, ataxia, diplopia
    Concept(
        "vertigo",
        (r"vertig\w*|(?:room|world|everything) (?:is |was |keeps )?spinning|dizz\w*",),
    ),
    Concept(
        "ataxia",
        (
            rf"{_CANT} (?:walk|stand|sit up)(?: up)?(?: straight| properly| without| unaided)?",
            r"(?:could ?n['’]?t|could not) (?:walk|stand)|ataxi\w*|stagger\w*|reeling",
            r"(?:veer\w*|fall\w*|fell|lean\w*|tilt\w*|drift\w*) (?:over )?to (?:one|the) "
            r"(?:side|left|right)|(?:lost|losing) (?:my |his |her )?balance|off balance",
            r"unsteady on (?:my|his|her|their) feet|walk\w* like (?:i|he|she)['’]?(?:m|s)? drunk",
        ),
    ),
    Concept(
        "diplopia",
        (r"double vision|seeing (?:double|two of everything)|diplopi\w*|everything doubled",),
    ),
    Concept(
        "thunderclap",
        (
            r"worst headache (?:of|in) (?:my|his|her|their) (?:life|lives)|thunderclap",
            r"worst headache (?:ever|i['’]?ve ever had|he['’]?s ever had|she['’]?s ever had)",
            r"sudden(?:ly)?,? (?:onset )?(?:severe|excruciating|explosive|terrible|intense) headache",
        ),
    ),
    # NICE NG128 (1.1.2-1.1.3): a suspected TIA whose symptoms have fully gone is referred for
    # specialist assessment within 24 hours, not to an emergency department; symptoms still present
    # are a stroke until shown otherwise. The episode must be dated two days or more ago and told as
    # completely over, with nothing told after it that recurs or persists (those stay emergent, as
    # do anticoagulants: NG128 images a suspected TIA on one at once, `anticoagulated` below).
    Concept(
        "tia_resolved",
        (
            r"(?:(?:(?:[2-9]|1\d|two|three|four|five|six|seven|eight|nine|ten|several|a few|a couple of) days"
            r"|(?:[1-9]|an?|one|two|three|four|a few|several|a couple of) weeks?|a fortnight) ago|last week)"
            r"(?=[^\n]{0,250}?\b(?:(?:cleared|resolved|settled|went away|gone|recovered|passed)(?: \w+){0,2}? (?:completely|fully|entirely)"
            r"|(?:completely|fully|entirely|totally) (?:cleared|resolved|recovered|settled|gone|better|back to normal)"
            r"|back to normal|(?:been|is|was|felt|feels?|fine|well|normal) (?:completely |totally |perfectly )?(?:fine|well|normal|ok|okay)?"
            r" ?(?:ever )?since\b|no (?:further|more) (?:symptoms|episodes))"
            r"(?![^\n]*\b(?:again|another (?:episode|one|attack|spell)|still|recurr\w*|came back|come back|returned"
            r"|keeps? (?:happening|coming)|this morning|tonight|right now|ongoing|persist\w*)\b))",
        ),
    ),
    # a deficit told as the lasting result of an old stroke and unchanged ("from his stroke in 2016 ... the same
    # as last week", "normal for her since her stroke"): a baseline, not a new stroke (NICE NG128 / FAST looks
    # for a sudden new sign; a care plan's known deficit is not one), unless anything new, worse or sudden follows
    Concept(
        "deficit_baseline",
        (
            r"(?:from|after|since|left by|due to|because of|caused by) (?:his|her|their|my|an?|the) (?:old |previous |earlier |last |first )?"
            r"(?:stroke|cva)(?: (?:in (?:19|20)\d\d|(?:\d+|two|three|four|five|many|some) years ago|last year|years back))?"
            r"(?=[^\n]{0,250}?\b(?:normal for (?:him|her|them)|(?:his|her|their) (?:usual|baseline|normal)\b|(?:exactly |just )?the same as"
            r" (?:yesterday|always|usual|ever|before|last (?:week|month))|unchanged|no (?:new )?change))"
            r"(?![^\n]*\b(?:new|newly|worse|worsen\w*|sudden\w*|today|this morning|tonight|different|more than (?:usual|before)"
            r"|can['’]?t|cannot)\b)",
            # ... or the baseline named first: "which is normal for him since his old stroke"
            r"(?:normal for (?:him|her|them)|(?:his|her|their) (?:usual|baseline)) (?:since|from|after) (?:his|her|their|an?|the)"
            r" (?:old |previous |earlier )?(?:stroke|cva)\b(?![^\n]*\b(?:new|newly|worse|worsen\w*|sudden\w*|today|this morning"
            r"|tonight|different|more than (?:usual|before)|can['’]?t|cannot)\b)",
            # ... or the stroke told years back and the signs since as they have always been: "had a stroke six years ago
            # ... same as it's been ever since, nothing new" ("nothing new" and "no new change" deny, not tell, a new sign)
            r"(?:had|has had|suffered) (?:a|an|her|his|their) (?:\w+ )?(?:stroke|cva) (?:(?:\d+|two|three|four|five|six|seven"
            r"|eight|nine|ten|many|some|several) years ago|in (?:19|20)\d\d|last year|years back)"
            r"(?=[^\n]{0,250}?\b(?:ever since|since then|unchanged|nothing new|no (?:new )?change|same as (?:always|ever|before"
            r"|usual)))(?![^\n]*\b(?<!nothing )(?<!no )(?:new|newly|worse|worsen\w*|sudden\w*|today|this morning|tonight"
            r"|different|more than (?:usual|before)|can['’]?t|cannot)\b)",
        ),
    ),
    # a sign told as there now or back again, wherever the TIA days ago is told
    Concept("deficit_now", (r"right now|at the moment|still|ongoing|persist\w*|again|came back|come back|coming back",)),
    Concept(
        "anticoagulated",
        (r"(?<!not )(?<!never )(?<!never been )anticoagul\w*|apixaban|eliquis|rivaroxaban|xarelto|edoxaban|dabigatran|pradaxa|warfarin|(?-i:DOACs?)"
         r"|blood thinners?",),
    ),
    Concept(
        "stroke_named",
        (
            r"(?:having|is having|be having|having had) a (?:stroke|cva|tia)",
            r"code stroke|stroke alert|stroke symptoms (?:right )?now",
        ),
    ),
    # FAST told normal, each in its own words (a worry word with face, speech and arms all normal is
    # not a stroke; any FAST sign itself fires through its own rule)
    Concept("face_normal", (r"fac(?:e|ial)(?: (?:moves?|movements? (?:are|is)|looks?|is|feels?|seems?))? (?:normal\w*|fine"
                            r"|ok(?:ay)?|symmetric\w*|equal|the same)\b|(?:can|could) (?:still )?smile\b",)),
    Concept("speech_normal", (r"(?:speech|talking|speaking|words)(?: (?:is|are|sounds?|seems?))? (?:normal\w*|fine|ok(?:ay)?"
                              r"|clear)\b|(?:can|could) (?:still )?(?:\w+ and )?(?:talk|speak)\b(?! (?:properly|right))",)),
    Concept("limbs_normal", (r"(?:arms?|legs?|limbs?|hands?)(?: (?:are|is|feel|feels|seem|work|move))? (?:fine|normal\w*"
                             r"|ok(?:ay)?|strong|equal)\b",)),
)

def _resolvable(name: str, none_of: tuple[str, ...] = ()) -> tuple[Rule, ...]:
    """The rule of a deficit sign, told three ways: emergent; emergent with an anticoagulant or a
    sign told as present now, even after a TIA days ago; urgent when it is a TIA over days ago
    (`tia_resolved`, NICE NG128)."""
    return (
        Rule(name, (name,), none_of=(*none_of, "tia_resolved", "deficit_baseline")),
        Rule(name, (name, "anticoagulated"), none_of=(*none_of, "deficit_baseline")),
        Rule(name, (name, "deficit_now"), none_of=(*none_of, "deficit_baseline")),
        Rule(f"{name}, resolved TIA", (name, "tia_resolved"), none_of=none_of, level="urgent"),
    )


RULES: Final = (
    *_resolvable("one_arm_numb", ("chest_pain", "arm_compressed", "carpal_tunnel")),
    *_resolvable("one_leg_numb", ("leg_compressed",)),
    Rule("ataxia+diplopia", ("ataxia", "diplopia")),
    Rule("vertigo+diplopia", ("vertigo", "diplopia")),
    Rule("vertigo+ataxia", ("vertigo", "ataxia")),
    *_resolvable("face_droop", ("forehead_weak", "dental_block")),
    *_resolvable("face_one_side", ("forehead_weak", "dental_block")),
    *(Rule("stroke_named", ("stroke_named", *told), none_of=("leg_compressed", "arm_compressed", unless))
      for told, unless in (((), "face_normal"), (("face_normal",), "speech_normal"),
                           (("face_normal", "speech_normal"), "limbs_normal"))),
    *(
        rule
        for name in (
            "speech",
            "sudden_limb_weakness",
            "one_hand_lost",
            "sudden_vision_loss",
            "monocular_vision_loss",
            "limb_neglect",
        )
        for rule in _resolvable(name)
    ),
    *_resolvable("one_sided_weakness", none_of=("shingles_rash",)),
    *_resolvable("one_sided_motor"),
    Rule("thunderclap", ("thunderclap",)),
)

CATEGORY: Final = Category("stroke", CONCEPTS, RULES)
