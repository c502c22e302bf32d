"""What tells a stroke sign from something else, or from an old or passing one: the look-alike
causes of a one-sided sign (a dental block, carpal tunnel, an arm or leg lain on, shingles; chest
pain, with which a numb arm is the cardiac category's) and the course (a TIA resolved days ago, an
old stroke's unchanged deficit, a sign there now, an anticoagulant, FAST told normal). The stroke
category's rules (rules/stroke.py) read these beside its signs."""

from __future__ import annotations

from typing import Final

from medgate.safety.rules.base import G3, G5, Concept

_CHEST_PAIN: Final = (
    r"(?:pains?|pressure|tight\w*|heav\w*|hurts?|discomfort|ach(?:e|es|ing)|squeez\w*)"
)

CONCEPTS: Final = (
    # burning or tingling on one side with a blistering rash there is shingles in its dermatome, not a
    # stroke (NICE CKS shingles: the prodrome is one-sided pain or paraesthesia before the rash)
    Concept("shingles_rash", (r"shingles|(?:herpes )?zoster|blister\w*(?: \w+){0,2} rash|rash(?: \w+){0,4} blister\w*",)),
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
    Concept(
        "chest_pain",
        (
            rf"chest(?! wall){G3}{_CHEST_PAIN}|{_CHEST_PAIN}{G5}chest|(?-i:CP)\b",
            r"(?:sub|retro)sternal|angina",
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
