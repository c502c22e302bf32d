"""Severe bleeding: uncontrolled or large-volume bleeding, GI or airway bleeding (CDC, ACEP)."""

from __future__ import annotations

from typing import Final

from medgate.safety.rules.base import G2, G5, Category, Concept, Rule, gap

_BLOOD: Final = r"(?:blood|bleed\w*|nosebleed|hemorrhag\w*|haemorrhag\w*)"

# an hour or less between pads ("every hour", "every 20 minutes", "every half an hour")
_EVERY_HOUR: Final = r"(?:hour|half (?:an )?hour|(?:\d{1,2}|ten|fifteen|twenty|thirty|forty) min\w*)\b"

CONCEPTS: Final = (
    Concept(
        "uncontrolled",
        (
            rf"{_BLOOD}{gap(6)}(?:won['’]?t|will not|doesn['’]?t|does not|hasn['’]?t|has not|"
            r"isn['’]?t|(?:can['’]?t|cannot|can not|unable to)|cannot|not) (?:stop\w*|slow\w*)",
            r"pump\w* (?:out|blood)|(?:it['’]?s|is) pumping",
            rf"(?:won['’]?t|will not|doesn['’]?t|does not|(?:can['’]?t|cannot|can not|unable to)|cannot|not) stop{G2}bleed\w*",
            r"spurt\w*|gush\w*|pouring|pulsing blood|squirt\w*(?: \w+){0,3} (?:with|in time with) (?:my|his|her|the)"
            r" (?:heart ?beat|pulse)",
            r"(?:towel|cloth|tea towel|t-shirt|shirt|bandage|dressing)['’]?s? (?:is |are |has |have )?(?:soaked|soaking)"
            r"(?: right)? through",
            r"bleed\w* through",
            r"massive (?:blood|bleed\w*|hem\w*)",
            r"soak\w* (?:through )?(?:a |every |one |my )?(?:\w+ )?(?:pad|pads|towels?|gauze)|large clots",
            # a pad an hour or faster (NHS / ACOG: soaking a pad every hour or less is heavy bleeding)
            r"(?:fill\w*|soak\w*|chang\w*|go(?:ing)? through) (?:a |one |my )?(?:\w+ )?pads? (?:every|in|within)"
            r" (?:(?:\d{1,2}|ten|fifteen|twenty|thirty|forty) ?min\w*|half (?:an? )?hour|(?:an?|one|1) ?h(?:ou)?r)\b",
            r"(?:towel|pad|dressing|bandage) after (?:towel|pad|dressing|bandage)",
            r"(?:still |keeps? )?coming through (?:the |a |my )?(?:towel|bandage|dressing|cloth|gauze)",
            r"(?:gone|going|went|been|get|got|getting) through (?:\d+|two|three|four|five|six|several|a few"
            r"|a couple of|lots of|loads of) (?:\w+ )?(?:towels|pads|dressings|bandages|cloths)",
            # (a small one seen on examination, on an eardrum or under the nail, is not a bleed to stop)
            r"(?<!small )(?<!tiny )(?<!minor )(?<!splinter )(?<!dot )(?<!subconjunctival )(?:hemorrhag|haemorrhag)\w*",
        ),
    ),
    # how much blood was seen, not whether it still flows: a small cut bleeds "everywhere" and stops with
    # pressure (NHS cuts and grazes: 999 only when the bleeding will not stop with pressure)
    Concept(
        "profuse",
        (r"blood everywhere|bleed\w* (?:profusely|everywhere)|(?:lost|losing) (?:a lot of|so much|lots of) blood",),
    ),
    Concept(
        "hematemesis",
        (
            rf"(?:vomit\w*|throw\w* up|threw up|puk\w*){G5}(?:blood|coffee[- ]grounds?)",
            r"blood in (?:my |his |her )?(?:vomit|sick)|ha?ematemesis|coffee[- ]ground emesis",
            rf"(?:bring\w*|brought|sick\w*) up{G5}(?:blood|coffee[- ]grounds?)",
            # "been sick 3 times and it looks like coffee grounds"
            r"(?:been |being |was )?sick(?: \w+){0,6} (?:looks?|looked|like) (?:like )?coffee[- ]grounds?",
        ),
    ),
    Concept(
        "hemoptysis",
        (
            rf"cough\w*{G2}blood|ha?emoptysis|(?:spit\w*|hack\w*) up{G2}blood",
            rf"blood{G5}(?:when|while|as) (?:i|he|she|they) cough",
        ),
    ),
    Concept(
        "heavy",
        (
            r"bleed\w* (?:heavily|a lot|badly|so much|like crazy|non-?stop|loads|lots)|heavy (?:vaginal )?bleed\w*",
            r"(?:lots of|a lot of|so much|tons of|loads of|large amounts? of|cups? of) blood",
            # heavy vaginal bleeding told by the pads (RCOG / NICE NG126: soaking a pad an hour, or clots the size
            # of a lemon, is heavy): changed or full "every 20 minutes", pads "soaked", not a breast or
            # incontinence pad's milk or urine
            rf"(?:chang\w*|replac\w*|soak\w*|fill\w*|go\w* through|gone through|went through)(?: through)? (?:[\w'’]+ ){{0,3}}"
            rf"pads? (?:[\w'’,]+ ){{0,3}}every {_EVERY_HOUR}|pads? (?:[\w'’]+ ){{0,3}}(?:full|soaked|soaking) every {_EVERY_HOUR}",
            r"(?<!breast )(?<!nursing )(?<!incontinence )pads? (?:are |is |were |was |all |have been |keep getting )?"
            r"(?:soaked|soaking|drenched|saturated)\b(?! (?:with|in) (?:urine|wee|pee|milk))",
            r"clots? (?:[\w'’]+ ){0,2}(?:(?:as )?(?:big|large) (?:as|like)|the size of|size of) (?:a |an )?(?:lemon|golf ?ball|plum"
            r"|egg|orange|fist|satsuma|tangerine)",
        ),
    ),
    Concept(
        "injury",
        (
            r"stab\w*|shot|gunshot|(?-i:GSW)|cut|cuts|lacerat\w*|wound\w*|crash\w*|accident",
            r"impaled|knife|glass|chainsaw|machete|amputat\w*|slash\w*|gash\w*",
        ),
    ),
    Concept(
        "pregnancy",
        (
            r"pregnan\w*|postpartum|post-partum|just (?:had|delivered) (?:a|the|my) baby",
            r"(?:had|delivered) (?:a|the|my|our) (?:\w+ )?baby (?:yesterday|today|last (?:night|week)"
            r"|this (?:morning|week)|\d+ (?:hours|days) ago)|after (?:giving birth|the birth|delivery|delivering)",
        ),
    ),
    Concept(
        "melena",
        (
            r"black(?:,| and)? tarry|tarry stools?|mela?ena|black (?:sticky |tarry )?(?:stools?|poop)",
            # "black, sticky stools", "black and sticky poo"
            r"black(?:,? (?:and )?(?:sticky|tarry|shiny|loose|runny|smelly|foul[- ]smelling|tar[- ]like)){1,3},?"
            r" (?:stools?|poo\w*|motions?|bowel motions?)",
            r"pooping black|black sticky stuff|black tar\w*|tar[- ]like|like tar",
            r"(?:poo|poop|stools?|bowel motions?)(?: \w+){0,2} (?:is |are |was |were |gone |turned )?black"
            r"(?:,| and)? (?:sticky|tarry|like tar)",
        ),
    ),
    Concept(
        "rectal_bleeding",
        (
            r"blood (?:per rectum|from (?:my|his|her) (?:rectum|bottom|butt))|brbpr|hematochezia",
            r"(?:poop\w*|pooing|shit\w*|stools?|bowel movements?)(?: \w+){0,3} blood",
            r"passing (?:\w+ )?(?:dark |bright )?(?:red )?(?:blood|clots)|(?:dark|bright) red clots",
            r"blood in (?:my |his |her |the )?(?:stool|poo|poop|toilet)",
            r"maroon (?:\w+ )?(?:stools?|poo|poop)|(?:stools?|poo|poop)(?: \w+){0,2} (?:is |are |was |were )?maroon",
            r"toilet(?: bowl)?(?: is)? (?:full of|filled with) (?:\w+ )?(?:blood|red)",
            r"bleed\w* from (?:my|his|her|the) (?:bottom|rectum|butt|back passage)",
        ),
    ),
    # NICE / ENT UK: any bleeding after a tonsillectomy (days 5-10 most of all) needs the emergency department
    Concept(
        "post_tonsillectomy",
        (r"tonsils? (?:\w+ )?(?:out|removed|taken out)|tonsillectomy|(?:tonsil|throat) (?:operation|op|surgery)",),
    ),
    # (clots told by their look, and blood told by its colour as a parent sees it in the sink: "some little dark
    # clots", "spitting a bit of pinky-red"; ENT UK: any bleeding or clots after a tonsillectomy, hospital now)
    Concept("fresh_blood", (r"(?:bright|fresh) red blood|(?:bright red|fresh|blood) clots|clots of (?:fresh )?blood"
                            r"|(?:dark|red|little|small|big|jelly|jelly-like) clots"
                            r"|(?:spit\w*|spat|cough\w*|dribbl\w*|drool\w*) (?:up |out )?(?:\w+ ){0,3}(?:pinky?[- ]?red|bright red|pink(?:ish)?"
                            r"|red(?:dish)?)\b(?! (?:ice|lolly|lollies|jelly|juice|drink|squash|sweets?|medicine|syrup))",)),
    # a dialysis fistula or graft that keeps bleeding (UK Kidney Association / kidney units: 999)
    Concept("fistula_bleed", (r"(?:fistula|graft|dialysis line|tunnell?ed line)(?: [\w'’]+){0,5} (?:bleed\w*|is bleeding)",)),
    # ('spat out "a few teaspoons" of bright red blood': a quoted amount is words too)
    Concept("blood_from_mouth", (r"(?:spit\w*|spat|cough\w*|bring\w*|brought) (?:['‘’\"“”]?\w+['‘’\"“”]? ){0,4}(?:fresh |bright )?(?:red )?blood"
                                 r"|blood (?:\w+ ){0,4}(?:out of|from|in) (?:my|his|her) (?:mouth|throat)",)),
    # NICE CKS epistaxis: a nosebleed that stopped with 10-15 minutes' pressure needs no emergency care
    # unless it restarts or the person takes an anticoagulant
    Concept("nosebleed", (r"nose ?bleed\w*|epistaxis|(?:nose|nostril) (?:is |was |started |kept )?bleed\w*"
                          r"|bleed\w* (?:from|out of) (?:the|his|her|my|their) nose",)),
    Concept("bleed_stopped", (r"(?<!n['’]t )(?<!not )(?<!never )stopped(?: bleeding)? (?:after|within|in|with)"
                              r" (?:about |around |roughly |maybe |only |like )?(?:\d{1,2}|five|ten|fifteen|twenty|a few)"
                              r" min\w*|(?<!n['’]t )(?<!not )(?<!never )stopped(?: bleeding)? with (?:pressure|pinching)",
                              # the pressure told first, then its result: "pressed with a cloth for 10 minutes and it
                              # has stopped", "held a towel on it, the bleeding's stopped now", with how long it took
                              # between ("pinched it and leant her forward and after about 10 min it stopped")
                              r"(?:press\w*|pressure|held|holding|hold|pinch\w*|squeez\w*)(?: [\w'’]+){0,14}?(?:,? and|,? then|,)"
                              r" (?:(?:after|within|in) (?:about |around |roughly |maybe |only |like )?(?:\d{1,2}|five|ten"
                              r"|fifteen|twenty|a few) min\w*,? )?(?:now |finally )?(?:it|the bleeding|bleeding|that)(?:['’]s| has| had)? (?:now |finally |since )?"
                              r"stopped\b(?! (?:and|then) (?:start\w*|came|restart\w*))",)),
    # a wound that went deep, not the slip of a kitchen knife ("cutting onions with a sharp knife")
    Concept("penetrating", (r"stab\w*|(?<!tetanus )(?<!booster )(?<!flu )(?<!covid )\bshot\b|gunshot|(?-i:GSW)|impaled|machete|chainsaw|amputat\w*"
                           r"|(?:knife|blade|glass)(?: \w+){0,2} (?:went |go |gone |sank |stuck )?(?:in|into|through|deep)\b",)),
    Concept("bleed_restarted", (r"start\w* (?:up )?again|(?:came|comes|keeps? coming) back|restart\w*",)),
    Concept("anticoagulated", (r"warfarin|apixaban|rivaroxaban|edoxaban|dabigatran|blood[- ]thinn\w*|anticoagula\w*",)),
    Concept(
        "instability",
        (
            r"dizz\w*|light[- ]?headed|faint\w*|pass(?:ed|ing) out|syncop\w*|slump\w*|(?:go|goes|went|gone) (?:grey"
            r"|gray|white) when",
            r"(?:s?bp|blood pressure)(?: is| of| was)?:? ?(?:[4-8]\d|90)(?:/\d+)?|hypotens\w*",
            r"(?-i:HR):? ?1[0-9]\d|tachycard\w*|large(?:[- ]volume| amount)",
            # shock and syncope told in lay words (Glasgow-Blatchford score: syncope; NICE CG141: signs of shock):
            # "went grey and sweaty", "pale and clammy", "slid down the wall", "came round after a few seconds"
            r"(?:gr[ae]y|pale|white|ashen)(?:,| and|, and) (?:sweaty|clammy)|clamm(?:y|iness)|cold sweats?"
            r"|collaps\w*|keel\w* over|(?:slid|slumped|sank|crumpled) (?:down )?(?:the wall|to the (?:floor|ground))"
            r"|(?:he|she|i|they) came (?:round|to)\b(?! (?:to|for|with) )",
        ),
    ),
    # what else turns a stool black (NICE CKS: iron, bismuth): told as taken, not as denied; and a newborn's
    # meconium, black and sticky, turning green then yellow over the first days (NHS: your baby's first poos)
    # the waters told as what came ("my waters broke", "a pop and a gush of clear fluid", "leaking watery fluid")
    Concept("waters_fluid", (r"waters?\b(?: \w+){0,2} (?:broke|broken|gone|went|burst|breaking|released|popped)"
                             r"|(?:broke|broken|burst) (?:my|her) waters|amniotic fluid|(?:rupture[sd]?|ruptured) (?:of )?(?:the )?membranes"
                             r"|(?:clear|watery|straw[- ]colou?red|pinkish)(?:,? (?:clear|watery))? fluid|leak\w* (?:\w+ )?(?:water|fluid)",)),
    Concept("blood_named", (r"blood(?! (?:pressure|sugars?|glucose|tests?|results?|group|type|count))\w*|bleed\w*|clots?",)),
    Concept("black_stool_cause", (r"iron (?:tablets?|pills?|supplements?)|ferrous \w+|bismuth|pepto[- ]?bismol"
                                  r"|liquorice|licorice|blueberr\w*|meconium",
                                  r"black (?:stools?|poo\w*)(?: \w+){0,2} (?:is |are |was )?(?:now )?(?:turning|changing|going)"
                                  r" (?:to )?(?:a )?(?:dark )?(?:green|greenish|yellow|mustard)",)),
)

RULES: Final = (
    Rule("uncontrolled", ("uncontrolled",), none_of=("bleed_stopped", "waters_fluid")),
    Rule("uncontrolled", ("uncontrolled", "bleed_stopped"), none_of=("nosebleed", "waters_fluid")),
    # a gush that soaks pads is the waters when it is told as fluid with no blood named (NICE NG235 1.4:
    # prelabour rupture of membranes at term, assessed the same day); blood named with it is a bleed still
    Rule("uncontrolled", ("uncontrolled", "waters_fluid", "blood_named"), none_of=("bleed_stopped",)),
    *(Rule("uncontrolled", ("uncontrolled", "bleed_stopped", also)) for also in ("bleed_restarted", "anticoagulated")),
    # a lot of blood seen is uncontrolled bleeding until it is told stopped with pressure (NHS cuts and grazes /
    # NICE CKS lacerations); a stab, a shot, a blood thinner, a restart or a faint still fire
    Rule("uncontrolled", ("profuse",), none_of=("bleed_stopped",)),
    *(Rule("uncontrolled", ("profuse", "bleed_stopped", also))
      for also in ("penetrating", "anticoagulated", "bleed_restarted", "instability")),
    Rule("hematemesis", ("hematemesis",)),
    Rule("hemoptysis", ("hemoptysis",)),
    Rule("melena+instability", ("melena", "instability")),
    # melaena alone is a suspected upper GI bleed to be seen the same day (NICE CG141), not an ambulance
    Rule("melena", ("melena",), none_of=("black_stool_cause",), level="urgent"),
    Rule("heavy+instability", ("heavy", "instability")),
    Rule("heavy+pregnancy", ("heavy", "pregnancy")),
    # a heavy bleed from a small cut that stopped with pressure in minutes is controlled (NHS cuts and grazes /
    # NICE CKS lacerations: 999 when bleeding will not stop with pressure); a stab, a shot, a blade driven in or
    # a blood thinner still fires however it looks now
    Rule("heavy+injury", ("heavy", "injury"), none_of=("bleed_stopped",)),
    *(Rule("heavy+injury", ("heavy", "injury", "bleed_stopped", also))
      for also in ("penetrating", "anticoagulated", "bleed_restarted", "instability")),
    Rule("rectal+instability", ("rectal_bleeding", "instability")),
    Rule("post_tonsillectomy+blood", ("post_tonsillectomy", "blood_from_mouth")),
    # ENT UK: any fresh bleeding or clots after a tonsillectomy goes to hospital now, even if it has stopped
    Rule("post_tonsillectomy+blood", ("post_tonsillectomy", "fresh_blood")),
    Rule("fistula_bleed", ("fistula_bleed",)),
)

CATEGORY: Final = Category("severe_bleeding", CONCEPTS, RULES)
