"""Injuries that need an emergency department however the person seems: serious burns and
scalds, an electric shock with a warning feature, and breathing trouble after a submersion.

Sources: NHS "Burns and scalds" (2023): go to A&E for a large or deep burn (bigger than the
injured person's hand), white or charred skin, blisters on the face, hands, arms, feet, legs or
genitals, a chemical or electrical burn, or smoke breathed in; British Burn Association national
referral guidance (2012). NHS "Electric shock" first aid / St John Ambulance: after a mains shock,
burns, palpitations, chest pain, breathlessness or a loss of consciousness need emergency care.
Resuscitation Council UK / WHO on drowning: anyone rescued from the water who coughs persistently,
breathes fast or with effort, or is drowsy or confused needs hospital assessment (symptoms can
start hours later). Ottawa ankle rules (Stiell IG et al., JAMA 1993; NICE CKS sprains and strains):
after an ankle injury, bone tenderness at the tip or posterior edge of either malleolus, at the base
of the fifth metatarsal or the navicular, or not bearing weight for four steps, needs an X-ray.
"""

from __future__ import annotations

from typing import Final

from medgate.safety.findings.base import Discriminator, Group
from medgate.safety.findings.knee_dislocation import CONCEPTS as KNEE_CONCEPTS
from medgate.safety.findings.knee_dislocation import DISCRIMINATORS as KNEE_DISCRIMINATORS
from medgate.safety.findings.strangulation import CONCEPTS as STRANGULATION_CONCEPTS
from medgate.safety.findings.strangulation import DISCRIMINATORS as STRANGULATION_DISCRIMINATORS
from medgate.safety.rules.base import CAUSTIC, Concept

_WHOSE = r"(?:his|her|my|their|your|the)"
_BODY = r"(?:chest|back|face|tummy|belly|body|neck|legs?|arms?|hands?|feet|foot|bum|bottom|genitals)"

# the two signs of a hip fracture as a bystander tells them (NICE CG124): a shorter leg, a foot turned out
# (a denial between is no sign: "leg not shortened or rotated", "the leg isn't shorter")
_NOT_DENIED: Final = r"(?!not\b|isn|is not|no\b|never\b|neither\b|nor\b)"
_SHORTER: Final = rf"(?: {_NOT_DENIED}\w+){{0,3}} (?:is |looks |seems )?(?:shortened|shorter)"
_TURNED_OUT: Final = (r"(?:foot|feet|toes?|leg|knee)(?:['’]s| is| are)? (?:\w+ )?(?:turned|turning|pointing|rolled|rolling"
                      r"|flopped|flopping|twisted|sticking)(?: \w+)? (?:out|outwards?|sideways|to the side)\b")

CONCEPTS: Final = (
    Concept(
        "burn",
        (
            # not heartburn or sunburn, not "burning when I pee", not the toast
            r"(?<!heart)(?<!sun)(?:burn(?:t|ed|s)?)\b(?! (?:when|while|if|to|a bit|the (?:toast|food|dinner|rice|pan)))"
            r"|scald\w*|(?:caught|catching|set) (?:on )?fire",
            rf"(?:boiling|hot) (?:water|oil|fat|tea|coffee|soup|milk)(?:,? \w+){{0,4}} (?:over|on|down|onto) {_WHOSE}",
            rf"kettle(?:,? \w+){{0,6}} (?:over|on|down|onto) {_WHOSE}|(?:pulled|knocked|tipped) (?:\w+ ){{0,3}}kettle",
            rf"(?:acid|{CAUSTIC})(?: \w+){{0,3}} (?:on|in|over|into) {_WHOSE}"
            r" (?:skin|face|eyes?|hands?|arms?|legs?)",
        ),
    ),
    # a blow to the belly with a mechanism that ruptures a spleen, liver or bowel however well the child
    # walks: a kick from a horse or cow, a bicycle's handlebar (ATLS 10th ed.; NICE NG39 major trauma)
    Concept("abdominal_blow", (r"kicked (?:\w+ ){0,8}by (?:a |the |his |her |their |my )?(?:horse|pony|cow|bull|donkey|mule|heifer)"
                               r"|(?:horse|pony|cow|bull|donkey|mule|heifer)(?: \w+){0,2} (?:kicked|trampled|butted)"
                               r"|handlebars?(?: \w+){0,5} (?:into|in|to|on) (?:the |his |her |my |their )?(?:tummy|belly|stomach|abdomen|side)"
                               r"|(?:hit|fell on|landed on|went into)(?: \w+){0,2} (?:the )?handlebars?",)),
    # a fall on an outstretched hand (FOOSH) and a sign over the wrist's bones: a distal radius or
    # scaphoid fracture until an X-ray says not (NICE NG38 non-complex fractures; NICE CKS / BSSH:
    # snuffbox tenderness after a fall on the hand, X-ray the same day)
    Concept("outstretched_hand_fall", (r"(?:fell|fallen|falls|fall|falling|landed|landing|tripped)(?: [\w'’]+){0,8} (?:on|onto)"
                                       r" (?:an? |his |her |my |their |the |both )?out-?stretched (?:hands?|arms?)"
                                       # ... or "fell off his bike onto his hand", "landed on her hands" (the same fall)
                                       r"|(?:fell|fallen|landed|landing)(?: [\w'’]+){0,8} (?:on|onto) (?:his|her|my|their|both)"
                                       r" (?:hands?|palms?)\b"
                                       r"|(?-i:FOOSH)|(?:put|stuck|threw) (?:his|her|my|their|a) (?:hand|arm)s? out to (?:break|stop|save)",)),
    Concept("wrist_bony_sign", (r"(?:tender\w*|pain\w*|sore)(?: \w+){0,2} (?:over|at|of|on) (?:the |his |her |my )?(?:dorsal |distal |volar |lower )*"
                                r"(?:radius|ulna|scaphoid|(?:anatomical )?snuff ?box|wrist ?bones?)"
                                # ("her wrist is sore and a little swollen": two signs told together)
                                r"|(?:wrist|forearm)(?: (?!not\b|never\b|no\b)\w+){0,5}? (?:swollen|swelling|deformed|bent|misshapen|crooked)"
                                # a record's adjective first and the scaphoid's own tests: "tender anatomical
                                # snuffbox", "pain on thumb telescoping" (NICE CKS scaphoid fracture)
                                r"|(?:tender|painful|sore) (?:anatomical )?(?:snuff ?box|scaphoid)|(?:snuff ?box|scaphoid)"
                                r" (?:tubercle )?(?:tenderness|tender|pain)|(?:pain\w*|tender\w*) (?:on|with) (?:thumb|axial)"
                                r" (?:telescoping|compression|loading)"
                                r"|swollen (?:wrist|forearm)|(?:can['’]?t|cannot|won['’]?t|unable to) (?:move|use|bend) (?:his|her|my|their|the) wrist",)),
    # NICE CG124 hip fracture; a long lie (on the floor for hours): both for the emergency department
    Concept("hip_fracture_signs", (rf"(?:leg|foot|hip)(?: {_NOT_DENIED}\w+){{0,3}} (?:is |looks )?(?:shortened|shorter)(?: and| ,)? (?:\w+ )?"
                                   r"(?:externally |outward(?:ly)? )?rotated|externally rotated|turned out(?:wards)? and short\w*",
                                   # told in lay words across a clause, either sign first: "her left leg looks shorter and
                                   # the foot's turned right out", "his foot is pointing outwards and that leg is shorter" (NICE CG124)
                                   rf"(?:leg|foot|hip){_SHORTER}[^.!?\n]{{0,40}}? {_TURNED_OUT}",
                                   rf"{_TURNED_OUT}[^.!?\n]{{0,40}}? (?:leg|foot|hip|one){_SHORTER}\b",)),
    Concept("long_lie", (r"(?:found|lying|been|was) (?:\w+ ){0,5}on the (?:\w+ )?floor(?:[^.!?\n]{0,40}?)"
                         r" (?:since (?:last night|the (?:previous )?(?:evening|night)|yesterday)|overnight|all night|for (?:hours|\d+ ?h))"
                         r"|long lie",
                         # unable to get up after a fall in the night, lying there since: a long lie told
                         # plainly ("couldn't get herself up so she's been lying there since")
                         r"(?:could ?n['’]?t|could not|can['’]?t|cannot|unable to|not able to) get (?:\w+self |\w+selves )?up"
                         r"[^.!?\n]{0,60}? (?:lying|lay|laid|been) (?:there|on the (?:\w+ )?(?:floor|ground))"
                         r" (?:since\b(?= ?[.!?,;\n]|$)|since (?:then|the night|last night|yesterday)|all night|overnight"
                         r"|for (?:hours|\d+ ?h\w*))",)),
    # (a side told too, "rolled her right ankle"; the foot landed on badly, "went over on his left foot")
    Concept("ankle_injury", (r"(?:rolled|twisted|turned|sprained|went over on|gone over on|going over on|went over|inverted"
                             r"|landed (?:awkwardly|badly|funny) on) (?:my |his |her |their |the )?(?:left |right )?ankle"
                             r"|(?:went|gone|going) over on (?:my |his |her |their )?(?:left |right )?foot"
                             r"|ankle (?:injury|sprain|gave way|went from under)|sprained ankle|inversion injury",)),
    Concept(
        "ottawa_sign",
        (
            r"tender\w*(?: \w+){0,4} (?:tip|posterior edge|back edge|back) of (?:the |his |her |my )?(?:lateral |medial |outer |inner )?"
            r"(?:malleol\w*|ankle ?bone)|malleol\w*(?: \w+){0,3} (?:is |was |are )?(?:\w+ )?tender",
            r"(?:ankle )?bone on the (?:outside|inside)(?: \w+){0,4} (?:is |was )?(?:really |very |quite )?tender"
            # the malleolus in lay words: "the bony bit on the outside is really tender", "sore when I press on the bony bump"
            r"|bony (?:bit|bump|lump|knob|part)s?(?: [\w'’]+){0,4} (?:is |was |are )?(?:really |very |quite |so )?(?:tender|sore)"
            r"|(?:tender|sore|hurts?|painful)(?: [\w'’]+){0,5} (?:on|over|at) (?:the |that )?bony (?:bit|bump|lump|knob|part)"
            r"|tender\w*(?: \w+){0,3} (?:base of (?:the )?(?:fifth|5th) metatarsal|navicular)",
            # the bone at the back edge or tip told in lay words: "the bone at the back of the outer ankle is very
            # painful to press", "the bone at the tip of my inner ankle hurts when pressed"
            r"bone (?:at|on|along) (?:the )?(?:back|back edge|rear|tip|bottom) of (?:the |my |his |her |their )?"
            r"(?:outer |inner |outside |inside |lateral |medial )?ankle(?: \w+){0,2} (?:is |was |are )?(?:really |very |quite |so )?"
            r"(?:tender|sore|painful|hurts)",
            r"(?:can['’]?t|cannot|unable to|could ?n['’]?t|could not) (?:bear|take|put) (?:any )?weight"
            # the Ottawa rules' own test, four steps not managed: "I cannot walk even 4 steps", "couldn't take four steps"
            r"|(?:can['’]?t|cannot|unable to|could ?n['’]?t|could not) (?:walk|take|manage|do)(?: even| more than)?"
            r" (?:4|four|3|three|2|two) (?:steps|paces)"
            r"|(?:only|barely) (?:hobble|manage|take|walk|limp)\w* (?:a couple of|one or two|two|three|a few) (?:steps|paces)",
        ),
    ),
    Concept("blisters", (r"(?<!small )(?<!tiny )(?<!little )blister\w*",)),
    Concept(
        "burn_serious",
        (
            r"skin(?: \w+){0,5} (?:peel\w*|coming off|came off|hanging|white|charred|black|leathery|waxy)"
            r"|(?:white|charred|leathery|waxy) (?:skin|patch|area)",
            rf"(?:big|large|huge|wide) (?:area|patch)|bigger than {_WHOSE} (?:hand|palm)|all (?:over|down) {_WHOSE} {_BODY}",
            r"breath\w* in (?:the |a lot of |lots of )?(?:smoke|fumes)|smoke inhal\w*|(?:chemical|electrical) burn",
        ),
    ),
    Concept(
        "electric_shock",
        (
            r"electrocut\w*|electric(?:al)? (?:shock|injur\w*)|struck by lightning|lightning strike",
            r"(?:got|had|took|get|gets) (?:a |an )?(?:\w+ )?(?:electric )?shock (?:off|from) (?:the |a )?"
            r"(?:mains|socket|plug|wire|wiring|cable|fence|power|light switch|appliance|electrics)"
            r"|(?:touched|grabbed|held) (?:a |the )?live wire",
        ),
    ),
    Concept(
        "palpitations",
        (
            # (told in the past too: "my heart suddenly raced and then I passed out")
            r"palpitat\w*|heart (?:is |was |keeps |kept |started |starts |began )?(?:suddenly )?(?:racing|raced|pounding|pounded"
            r"|fluttering|fluttered|skipping|jumping|thumping|thumped|all over the place)"
            r"|heart (?:feels|felt) (?:like (?:it['’]?s|its) )?(?:racing|pounding|fluttering|skipping|jumping)",
        ),
    ),
    Concept(
        "heat_exposure",
        (r"heat ?(?:stroke|exhaustion|wave)|(?:in|out in) the (?:sun|heat)|(?:3[5-9]|4\d) ?(?:degrees?|°c?)(?! ?f)"
         r"|hot (?:day|weather|car|sun)|sauna|working outside|construction site",),
    ),
    Concept("not_sweating", (r"(?:stopped|stop|not|isn['’]?t|no longer|can['’]?t|doesn['’]?t) sweat\w*|(?:hot|red),? (?:and )?dry"
                             r" skin|skin(?: \w+){0,3} (?:hot|red) and dry",)),
    Concept("snake_bite", (r"snake ?bite|bit(?:ten)?(?:,? [\w'’]+){0,10} (?:snake|adder|viper|cobra|rattle ?snake|rattler|taipan"
                           r"|mamba|krait|copperhead|cottonmouth|boomslang|eastern brown|tiger snake|python|boa)|(?:adder|viper"
                           r"|rattle ?snake|cobra|taipan|mamba|snake|python|boa) (?:bit|has bitten|got)",
                           # "felt a sting on my ankle, saw a brownish snake go under the pile" (a bite denied is none:
                           # "a snake on the path, it didn't bite me")
                           r"(?:bit|bite|sting|stung|fang|scratch\w*|puncture\w*)[^.!?\n]{0,80}?\bsnake"
                           r"|snake[^.!?\n]{0,80}?\b(?<!n['’]t )(?<!not )(?<!never )(?<!no )(?<!without )"
                           r"(?:bit|bite|sting|stung|fang|scratch\w*|puncture\w*)",
                           # the snake named by its kind alone after a bite ("bitten on the ankle, pretty sure it was
                           # a brown, it shot off"): a colour or a kind told as the animal, no noun after it
                           r"(?:bitten|bit (?:me|him|her|them|my|his|on)|bite|fang\w*)[^.!?\n]{0,80}?\b(?:was|were|like|saw|reckon|think|probably|maybe)"
                           r" (?:it was )?an? (?:eastern |western |king |mulga |common |dugite |red[- ]bellied )?(?:brown|tiger|taipan"
                           r"|black|dugite|death adder|copperhead|adder|rattler|viper|krait|mamba)\b(?=\s*(?:[,.;!?)]|$| (?:and|it"
                           r"|that|which|or|i|we|he|she)\b))",)),
    # a bite felt but not seen, with a snake seen in the next breath: "something got my ankle in the long grass,
    # saw a snake slide off. two puncture marks" (Australian Resuscitation Council guideline 9.4.1: treat any
    # suspected snake bite as venomous, pressure immobilisation and call 000, whatever the pain)
    Concept("snake_seen", (r"(?<!no )(?<!not a )snakes?\b(?! (?:plant|charmer|oil|eyes|skin (?:boots|bag|print)|and ladders))",)),
    Concept("unseen_bite", (r"(?:something|somethin|smth|it|a thing) (?:got|bit|nipped|stung|struck|caught|grabbed|scratched)"
                            r" (?:me|my|him|his|her|them|their)\b"
                            r"|(?:two |2 |a pair of |twin )?(?:little |small |tiny )?(?:puncture|fang|bite) (?:marks?|wounds?|holes?)"
                            # ... or the marks alone, by their pair, or a prick felt: "two small marks", "felt a sharp prick"
                            r"|(?:two|2|a pair of|twin) (?:little |small |tiny |red )?(?:marks|holes|dots|punctures)"
                            r"|felt (?:a |something )?(?:sharp |sudden )?(?:prick|sting|nip|jab|scratch)\b",)),
    # drooping eyelids, an early sign of a neurotoxic snake's venom (WHO snakebite guidance 2016)
    Concept("ptosis", (r"ptosis|(?:eye)?lids? (?:are |is |keep |started )?(?:droop\w*|heavy|falling|closing by themselves)"
                       r"|droop\w* (?:eye)?lids?|(?:can['’]?t|cannot) keep (?:my|his|her|their) eyes open",)),
    # a snake kept as a pet of a harmless kind, or told non-venomous (urgent at most: the wound's care)
    # (the kinds no one mistakes are named alone: "picked up a garter snake"; a python or boa only as someone's)
    Concept("harmless_snake", (r"non-?venomous|not venomous|harmless snake|(?:corn|garter|grass|king|milk|rat) ?snakes?\b"
                               r"|(?:pet|my|our|his|her|their|son['’]s|daughter['’]s|friend['’]s|mate['’]s) (?:\w+ )?(?:python|boa)\b",)),
    # "a dry bite" is a snake's bite without venom, a hope no one may assume (Australian Resuscitation
    # Council guideline 9.4.1 / WHO snakebite: pressure immobilisation and an ambulance for any suspected
    # snake bite); a spider's is left to the spider
    Concept("dry_bite", (r"\bdry bite",)),
    # a bite or sting felt on a limb, the biter unseen or unnamed ("got nipped on the ankle grabbing firewood", "something
    # bit my calf", "stung on the hand in the shed"): with a neurotoxic sign it is envenomation (below)
    Concept("bite_felt", (r"(?:nipped|bitten|(?:got|get|been|was|were) bit|stung)(?: [\w'’]+){0,3}? (?:on|in|at) (?:the |my |his |her |their |its )?"
                          r"(?:(?:left|right|lower|upper|back of (?:the |my |his |her )?|inner|outer) )?(?:ankle|foot|feet|heel|leg|calf|shin"
                          r"|toe|hand|finger|thumb|arm|wrist|knee|thigh|neck)s?\b"
                          r"|(?:did ?n['’]?t|did not|never|could ?n['’]?t|could not) (?:see|get a look at|spot) what (?:it was|bit|got|stung)",)),
    # what venom does to the nerves, told in lay words: drooping eyelids, seeing double, trouble swallowing or speaking
    # (WHO snakebite guidance 2016: descending paralysis starts with ptosis and diplopia)
    Concept("bite_neuro_sign", (r"(?:eye)?lids?(?: \w+){0,2} (?:droop\w*)|droop\w* (?:eye)?lids?|ptosis"
                                r"|seeing (?:a bit |a little |kind of |kinda |sort of |sorta )?double|double vision|diplopi\w*"
                                r"|(?:trouble|difficulty|hard|struggl\w*|problems?) (?:to |with |in )?(?:swallow\w*|speak\w*|talk\w*)"
                                r"|(?:can['’]?t|cannot|unable to) (?:swallow|speak|talk) (?:properly|right|clearly|well)"
                                r"|slurr\w*|jaw (?:feels |is |going )?(?:heavy|weak|stiff)",)),
    # the small biters whose bites carry no neurotoxin (NHS insect bites: itchy lumps, self-care)
    Concept("trivial_biter", (r"mosquito\w*|mozzie\w*|midges?\b|gnats?\b|fleas?\b|bed ?bugs?|sand ?fl(?:y|ies)|horse ?fl(?:y|ies)",)),
    Concept("spider", (r"spiders?\b|redback|red[- ]back|funnel[- ]web|black widow|recluse|white[- ]tail",)),
    Concept(
        "collapse_breathing",
        (r"collaps\w*(?:,? [\w'’]+){0,6},? (?:not breathing (?:right|properly|normally)|gasping|breathing (?:funny|weird|strange\w*|oddly)"
         r"|snoring|(?:not|isn['’]?t|won['’]?t) (?:respond\w*|waking|wake))|(?:not breathing (?:right|properly|normally)|gasping)"
         r"(?: \w+){0,4} (?:after|since) (?:\w+ )?collaps\w*",),
    ),
    Concept(
        "submersion",
        (
            r"(?:near[- ])?drown\w*|(?:pulled|dragged|fished|lifted|got) (?:\w+ ){0,3}out of (?:the )?(?:pool|water|sea"
            r"|river|lake|bath|canal|pond)",
            r"(?:went|was|been|were) under(?:water| the water)?(?: \w+){0,3} (?:for )?(?:a|\d+|maybe|about|nearly|over)"
            r"|found (?:\w+ ){0,2}(?:face down )?in (?:the )?(?:pool|bath|pond|water)",
        ),
    ),
)

DISCRIMINATORS: Final = (
    Discriminator(
        "serious burn or scald", "emergent", ("burn", "burn_serious"),
        source="NHS Burns and scalds (2023): A&E for large or deep burns, white or charred skin, smoke breathed in",
    ),
    Discriminator(
        "blistering burn in a young child", "emergent", ("burn", "blisters", "child_under_5"),
        source="NHS Burns and scalds (2023): get medical help for burns in children under 5",
    ),
    Discriminator(
        "blistering burn", "urgent", ("burn", "blisters"),
        source="NHS Burns and scalds (2023): blisters on the face, hands, arms, feet, legs or genitals",
    ),
    Discriminator(
        "electric shock with a warning feature", "emergent", ("electric_shock",),
        any_of=("burn", "palpitations", "chest_pain", "dyspnoea", "loss_of_consciousness", "faint_dizzy",
                "reduced_consciousness", "new_confusion"),
        source="NHS / St John Ambulance: electric shock with burns, palpitations, chest pain or collapse",
    ),
    Discriminator(
        "heat stroke", "emergent", ("heat_exposure",), any_of=("new_confusion", "faint_dizzy", "not_sweating"),
        at_least=2,
        source="NHS heat exhaustion and heatstroke: call 999 if still unwell, confused, not sweating or collapsing",
    ),
    Discriminator("ankle injury meeting the Ottawa rules", "urgent", ("ankle_injury", "ottawa_sign"),
                  source="Ottawa ankle rules / NICE CKS sprains and strains: X-ray the same day"),
    Discriminator("a fall on the hand with a wrist fracture sign", "urgent", ("outstretched_hand_fall", "wrist_bony_sign"),
                  none_of=("chronic_only",),
                  source="NICE NG38 (2016) / NICE CKS scaphoid: suspected wrist fracture, X-ray the same day"),
    Discriminator("signs of a hip fracture", "emergent", ("hip_fracture_signs",),
                  source="NICE CG124: suspected hip fracture, emergency department"),
    Discriminator("a long lie on the floor", "emergent", ("long_lie",),
                  source="NICE CG161 falls / BGS: a long lie (rhabdomyolysis, pressure, hypothermia), assess urgently"),
    Discriminator("abdominal pain after a kick from a large animal or a handlebar", "emergent",
                  ("abdominal_blow",), any_of=("abdominal_pain", "upper_abdo_pain", "shoulder_tip_pain", "vomiting",
                                                "nauseated", "shock_signs", "faint_dizzy"),
                  source="NICE NG39 major trauma / ATLS 10th ed.: high-energy blunt abdominal trauma, solid-organ injury"),
    Discriminator("snake bite", "emergent", ("snake_bite",), none_of=("harmless_snake",),
                  source="WHO snakebite guidance / NHS: any bite from a venomous snake needs emergency care"),
    Discriminator("a bite felt with a snake seen", "emergent", ("snake_seen", "unseen_bite"),
                  none_of=("harmless_snake", "animal_bite", "spider"),
                  source="Australian Resuscitation Council guideline 9.4.1 (2021): any suspected snake bite,"
                         " pressure immobilisation and call 000"),
    # a pet's bite, told harmless: a puncture wound to clean and check (NICE NG184: antibiotics for a bite that broke
    # the skin, the same day), but envenomation's signs make it an emergency whatever the snake was said to be
    Discriminator("a bite from a snake told harmless", "urgent", ("snake_bite", "harmless_snake"),
                  source="NICE NG184 (2020): a bite that broke the skin, review the same day"),
    Discriminator("a snake bite with signs of envenomation", "emergent", ("snake_bite", "harmless_snake"),
                  any_of=("blurred_vision", "ptosis", "collapse_breathing", "shock_signs", "mucosal_bleeding", "new_confusion"),
                  source="WHO snakebite guidance (2016): ptosis, blurred vision, bleeding, collapse are envenomation"),
    # a bite or sting, the biter seen or not, then drooping lids, double vision or trouble swallowing or speaking:
    # a neurotoxic snake, a funnel-web, a paralysis tick (Australian Resuscitation Council guideline 9.4.1 (2021)
    # and WHO snakebite guidance (2016): pressure immobilisation, call an ambulance)
    Discriminator("a bite or sting with neurotoxic signs", "emergent", ("bite_neuro_sign",),
                  any_of=("bite_felt", "unseen_bite", "snake_bite"), none_of=("trivial_biter",),
                  source="Australian Resuscitation Council guideline 9.4.1 (2021) / WHO snakebite guidance (2016):"
                         " ptosis, diplopia, dysphagia after a bite are envenomation, call an ambulance"),
    Discriminator("a bite told as a snake's dry bite", "emergent", ("dry_bite",), none_of=("spider",),
                  source="Australian Resuscitation Council guideline 9.4.1 (2021): any suspected snake bite,"
                         " pressure immobilisation and call 000; a dry bite is never assumed"),
    Discriminator("collapse with abnormal breathing", "emergent", ("collapse_breathing",),
                  source="Resuscitation Council UK: unresponsive and not breathing normally, call 999 and start CPR"),
    Discriminator(
        "breathing or drowsiness after a submersion", "emergent", ("submersion",),
        any_of=("dyspnoea", "dyspnoea_severe", "drowsy", "reduced_consciousness", "new_confusion", "vomiting"),
        source="RCUK / WHO drowning: persistent cough, breathing difficulty or drowsiness after rescue",
    ),
)

GROUP: Final = Group("injury", CONCEPTS + STRANGULATION_CONCEPTS + KNEE_CONCEPTS,
                     DISCRIMINATORS + STRANGULATION_DISCRIMINATORS + KNEE_DISCRIMINATORS)
