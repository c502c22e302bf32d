"""Stroke: any one BE-FAST sign (American Stroke Association), or a thunderclap headache."""

from __future__ import annotations

from typing import Final

from medgate.safety.rules.base import G2, G3, G5, POSSESSIVE, SIDE, Category, Concept, Rule, gap
from medgate.safety.rules.stroke_mimics import CONCEPTS as MIMICS

# (one side *of the face* is the face's own concept below; one side of the chest, back or belly is
# a band on the trunk, a dermatome as in shingles (NICE CKS), not half the body; one side of a finger, a toe or
# a joint is a digital nerve's or a joint's, not half the body: "pins and needles down one side of the finger")
_SIDE_NOT_FACE: Final = (r"side(?! of (?:(?:my|his|her|their|the|that|this) )?(?:(?:left |right )?(?:index |middle |ring |little |big )?"
                         r"(?:face|chest|back|ribs?|rib ?cage|trunk|torso|abdomen"
                         r"|tummy|belly|stomach|waist|flank|fingers?|thumbs?|toes?|(?:finger|toe)?nails?|knuckles?|wrists?"
                         r"|ankles?|knees?|elbows?|heels?|soles?|palms?))\b)")
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
_CANT: Final = r"(?:can['’]?t|cannot|can not|cannae|unable to)"  # (Scots "cannae")
_SENSORY: Final = r"(?:numb\w*|tingl\w*|pins and needles)"
# Slurring the writer puts down to the mouth itself ("slight slurring from lip weakness" of a Bell's
# palsy, "talking funny because my lip is numb" after a dental block) is articulation, not the
# dysarthria of a stroke; a stroke's droop, limb or vision signs still fire on their own.
_LOCAL_CAUSE: Final = (
    r"(?! (?:\w+ ){0,2}(?:from|because(?: of)?|due to|caused by|cos|as) (?:(?:the|my|his|her|their|a|that) )?(?:\w+ )?"
    r"(?:lips?|mouth|face|facial|tongue|jaw|cheek|gums?|numbness|anaesthetic|anesthetic|injection|dentist|dental)\b)"
    # ... or told after a dental procedure ("words all mushed after the dentist's numbing injection"); "after"
    # only with the dentist's own nouns, so "slurred after her fall" still fires
    r"(?! (?:\w+ ){0,2}(?:after|since) (?:(?:the|my|his|her|their|a|an|that) )?(?:[\w'’]+ ){0,2}"
    r"(?:ana?esthetic|injection|jab|numbing|dentist|dental|filling|extraction|root canal)\b)"
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
    # (a list between them, told with commas: "cannot fully close the left eye, wrinkle the left forehead or whistle")
    rf"{_CANT}(?: [\w,]+){{0,6}} (?:raise|wrinkle|lift|furrow|frown with|move) (?:\w+ ){{0,2}}"
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
            # the droop word told before the face's side, in dialect or plain words ("gone a bit squint on the
            # left side of her face", "drooping down one side of his face", "crooked on the right side of the face")
            rf"(?:droop\w*|crooked|lopsided|wonky|squint|skew\w*|slanted|sagg\w*|twisted|uneven)(?: (?:on|down|at|to))?"
            rf" (?:the |one )?(?:(?:left|right) )?(?:side|half) of {POSSESSIVE} face",
        ),
    ),
    # NICE CKS "Bell's palsy": a facial weakness that takes in the forehead (cannot raise the brow
    # or wrinkle the forehead) is of the lower motor neurone; a stroke spares the forehead. Such a
    # droop alone is not a stroke sign (limb, speech or vision signs still fire on their own).
    Concept("forehead_weak", FOREHEAD_WEAK),
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
    # One numb arm on its own is also how anginal pain radiates: with chest pain it is left to
    # the cardiac category (which fires), so the screen does not report a stroke it cannot see.
    Concept("one_arm_numb", _one_sided(_SENSORY, _ARM)),
    # One numb or tingling leg or foot is a stroke sign too, but not after sitting cross-legged,
    # kneeling or squatting on it (`leg_compressed`); a weak leg, a numb side of the body, a droop
    # or a speech sign still fires on its own
    Concept("one_leg_numb", _one_sided(_SENSORY, _LEG)),
    Concept(
        "speech",
        (
            rf"slurr(?!y)\w*{_LOCAL_CAUSE}|aphasi\w*|dysarthri\w*|garbled|gibberish|word salad",
            rf"(?:speech|words|talking|speaking){G2}(?:slurr\w*|garbled|jumbled|nonsens\w*|off|weird\w*"
            rf"|funny|strange\w*|odd\w*|wrong|drunk|mumbl\w*|mixed up|mush(?:ed|y)?){_LOCAL_CAUSE}",
            rf"(?:mix\w*|muddl\w*) up{G2}words|words (?:come|coming|came) out wrong",
            r"(?:mix\w*|muddl\w*|jumbl\w*) (?:up )?(?:(?:her|his|my|their|the) )?words(?: up)?",
            # expressive dysphasia told plainly (BE-FAST "Speech"): words that come out jumbled, the
            # wrong word for a thing ("says fork when he means spoon")
            # (with or without "out": "his words are coming all mixed up")
            r"words (?:are |were |keep |kept |started |starting |began |have been |has been )?(?:coming|come|came)(?: out)?(?: \w+){0,3} (?:jumbled|wrong|muddled|mixed up"
            rf"|garbled|all over the place|mush(?:ed|y)?|slurr\w*){_LOCAL_CAUSE}",  # ("all mushed": slurred, in plain words)
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
            # ... or the side of the body: "cannae grip the cup on her left side", "can't hold things on the right"
            rf"{_CANT} (?:hold|grip|lift)\w*{G3}on {POSSESSIVE} (?:left|right)(?: side)?\b",
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
    *MIMICS,  # look-alike causes and the course of a sign: rules/stroke_mimics.py
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
