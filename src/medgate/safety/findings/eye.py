"""Eye emergencies: acute angle-closure glaucoma and the painful red eye.

Sources: NICE CKS "Glaucoma" and "Red eye" (2022): acute angle-closure glaucoma (a painful red
eye with blurred vision, haloes around lights, headache, nausea and vomiting) needs same-day
emergency ophthalmology; a contact-lens wearer with a painful red eye, or photophobia with a red
eye, needs same-day assessment (microbial keratitis, uveitis); British Society for Rheumatology
guideline on giant cell arteritis (Mackie SL et al., Rheumatology 2020;59:e1-e23): new temporal
headache or jaw claudication with visual disturbance needs same-day ophthalmology, without it a
fast-track assessment. Royal College of Ophthalmologists / NICE CKS "Eye - chemical injury": a
chemical (above all an alkali: oven or drain cleaner, cement, lime, bleach) in the eye is an
emergency: irrigate at once and go to an emergency department. NICE CKS "Cellulitis" / RCOphth
(periorbital and orbital cellulitis): a red, swollen eyelid with fever needs same-day assessment
(preseptal); with pain on moving the eye, reduced or double vision or a bulging eye (orbital
cellulitis), emergency admission. Royal College of Ophthalmologists (cataract surgery guidelines;
patient information after eye surgery): pain, redness and worse vision in the days or weeks after
an eye operation or injection are endophthalmitis until examined, the eye unit the same day.
"""

from __future__ import annotations

from typing import Final

from medgate.safety.findings.arteritis import CONCEPTS as ARTERITIS_CONCEPTS
from medgate.safety.findings.arteritis import DISCRIMINATORS as ARTERITIS_DISCRIMINATORS
from medgate.safety.findings.base import Discriminator, Group
from medgate.safety.rules.base import CAUSTIC, Concept

_CHEMICAL = (
    rf"{CAUSTIC}|acid|alkali\w*|cement|(?:quick)?lime"
    r"|chemicals?|chlorine|pool (?:shock|chemicals?)|hair (?:dye|relaxer)|dishwasher (?:tablet|liquid|pod)"
    r"|detergent|(?:laundry|washing) (?:pod|liquid)|battery acid|pepper spray"
)
# "upper and lower eyelid"; the bare "lids" only after a side ("upper and lower lids red and swollen shut")
_LID = (r"(?:(?:(?:upper|lower|top|bottom)(?: and (?:upper|lower|top|bottom))? )?eye ?lids?"
        r"|(?:upper|lower|top|bottom)(?: and (?:upper|lower|top|bottom))? lids?)")
_PUFFY = r"(?:red|swollen|puffy|puffed up|tender|hot|warm)"
CONCEPTS: Final = (
    Concept(
        "penetrating_eye",
        (r"penetrating (?:eye )?injur\w*|(?:globe|eye) (?:rupture|perforation)|teardrop[- ]shaped pupil"
         r"|(?:something|a (?:bit|piece|fragment|shard|splinter) of (?:metal|glass|wood))(?: \w+){0,3} (?:hit|struck|flew into|went into|went in|stuck in|in) "
         r"(?:my|his|her|the) (?:\w+ )?eye",),
    ),
    # the signs of an open globe (RCOphth / NICE CKS eye trauma): a pupil peaked or drawn to a wound, a shallow
    # anterior chamber, a prolapsed iris, a positive Seidel test; told plainly, a pupil "not round" or "a teardrop"
    Concept(
        "open_globe_sign",
        (r"(?:peaked|irregular|distorted|misshapen|pear[- ]shaped|tear-?drop(?:[- ]shaped)?|oval|pointed) pupil"
         r"|pupil (?:is |looks |was |has )?(?:\w+ )?(?:peaked|drawn|pulled|pointing|distorted|misshapen|irregular|not round"
         r"|a (?:funny|odd|weird|strange) shape|(?:shaped )?like a (?:tear ?drop|pear))"
         r"|(?:shallow|flat)(?:ed)? anterior chambers?|anterior chambers? (?:is |was |looks )?(?:\w+ )?(?:shallow\w*|flat)"
         r"|seidel(?:['’]s)? (?:test )?(?:is )?positive|positive seidel|(?:iris|uveal) prolapse|prolapsed iris",),
    ),
    Concept(
        "chemical_in_eye",
        (
            rf"(?:{_CHEMICAL})(?: [\w'’]+){{0,4}} (?:in|into|on) (?:my|his|her|their|the|both|one|her left|her right"
            r"|my left|my right|his left|his right) (?:\w+ )?eyes?\b",
            # a record's side without a possessive: "splashed oven cleaner into R eye", "bleach in left eye"
            rf"(?:{_CHEMICAL})(?: [\w'’]+){{0,3}} (?:in|into|to) (?:(?:the )?(?:r|l|rt|lt|right|left|both|one) )eyes?\b",
            rf"(?:splash\w*|spray\w*|squirt\w*|got|flicked|spat) (?:\w+ ){{0,2}}(?:in|into) (?:my|his|her|the) eyes?"
            rf"(?: [\w'’]+){{0,3}} (?:{_CHEMICAL})",
            # "cleaning the oven and the spray foam splashed right into my eye"
            rf"(?:{_CHEMICAL}|oven|spray foam)[^.!?\n]{{0,60}}?(?:splash\w*|spray\w*|squirt\w*|went|got)"
            r" (?:\w+ ){0,2}(?:in|into) (?:my|his|her|their|the) (?:\w+ )?eyes?\b",
        ),
    ),
    Concept(
        "red_painful_eye",
        (
            # (up to two more adjectives, a watering one among them: "a red, painful, watering left eye")
            r"(?:red|painful|sore|aching|bloodshot|inflamed)(?:,? (?:and )?(?:red|painful|sore|swollen|watering|watery|streaming"
            r"|gritty)){0,2} (?:left |right |l |r )?eyes?\b",
            # a record's noun phrase: "R eye pain and redness", "eye redness and pain" (NICE CKS red eye)
            r"eyes? (?:pain|redness|ache)(?: and (?:pain|redness|ache))?",
            # (a denial in the gap is no red eye: "eyes not red")
            r"eyes?\b(?: (?!(?:not|no|never|nor)\b)\w+){0,3} (?:is |are |has been |feels? |began to |started to )?(?:really |very |so )?(?:red|painful|sore|aching|ache|paining"
            r"|hurting)",
            # the pain placed round or in one eye (not "behind", a headache's place) ("a severe ache around her right eye")
            r"(?:pain|ache|aching|throbbing)(?: \w+){0,2} (?:around|round|in) (?:my|his|her|their|the|one) (?:left |right )?eye\b",
        ),
    ),
    Concept("haloes", (r"halo\w*|rainbow (?:circles?|rings?|colou?rs)|(?:circles|rings) (?:round|around) (?:the )?lights"
                       # "coloured rings around the streetlights", "the lamps had rainbow circles round them"
                       r"|colou?red (?:rings?|circles?) (?:round|around)|(?:rings?|circles?) (?:round|around) (?:the )?(?:street ?|car |head ?)lights"
                       # "colour rings around the lamp", "rainbows round the bulbs" (NICE CKS red eye: haloes)
                       r"|(?:colou?r|rainbow)s?(?: colou?rs?)?(?: rings?| circles?)? (?:round|around) (?:the |a |every )?(?:tube |street |strip )?"
                       r"(?:lamps?|lights?|bulbs?|candles?|street ?lights?)"
                       r"|(?:rings?|circles?) (?:round|around) (?:the |a |every )?(?:lamps?|bulbs?|candles?)",)),
    # the examination of acute angle closure (RCOphth / NICE CKS glaucoma): a hazy, oedematous cornea
    # and a fixed or sluggish mid-dilated pupil in a red eye
    # ... and the eye felt hard through the lid, the raised pressure a patient can feel ("eye feels hard like stone")
    Concept("angle_closure_sign", (r"(?:hazy|cloudy|steamy|o?edematous) cornea\w*|corneal (?:o?edema|haze|clouding)"
                                   r"|(?:eye|eyeball|globe) (?:feels?|felt|is|was) (?:very |really |rock[- ])?(?:hard|stony)"
                                   r"(?: like (?:a )?(?:stone|rock|marble))?\b|(?:eye|eyeball|globe) (?:feels?|felt) like (?:a )?(?:stone|rock|marble)\b"
                                   # the record's order: "cornea hazy", "cornea looks cloudy"
                                   r"|cornea (?:is |looks |was |appears )?(?:hazy|cloudy|steamy|o?edematous)"
                                   r"|(?:mid|semi)[- ]?dilated",)),
    Concept(
        "blurred_vision",
        (r"blurr\w*|everything (?:is |looks )?(?:blurry|misty|foggy|cloudy)|misty vision|cloudy vision"
         # "blur" as the adjective, as Indian and Asian English say it: "vision is blur", "blur vision"
         r"|(?:vision|sight|eyes?) (?:is |are |was |went |gone |became |becomes |looks? )?(?:a bit |little |very |so )?blur\b"
         r"|blur (?:vision|sight)"
         # (a quoted word: "vision 'slightly misty'")
         r"|(?:vision|sight) (?:is |has gone |went |looks |has |gone )?['‘\"“]?(?:a bit |a little |\w+ )?(?:blurr\w*|misty|foggy|cloudy|hazy"
         r"|smeary|smeared|smudg\w*)"
         # a simile: "the vision is like fog", "like looking through steam" (NICE CKS red eye: blurred vision)
         r"|(?:vision|sight|eye) (?:is |was |feels |looks )?(?:like|as if)(?: \w+){0,3} (?:fog|mist|smoke|steam|frosted glass)"
         r"|(?<=like )(?:looking|seeing) through (?:a )?(?:fog|mist|smoke|steam|frosted glass|milk|net curtains?)",),
    ),
    Concept(
        "photophobia",
        (r"photophobi\w*|(?:the )?(?:bright )?lights? (?:really |so |even )?(?:hurts?|is painful|bothers?)"
         r"|sensitive to (?:the )?light|light sensitivity|sensitivity to (?:the )?light"  # (not "photosensitivity", a skin reaction)
         # the eye cannot face the light: "can barely look at the light", "can hardly open it in daylight"
         r"|(?:can|could) (?:barely|hardly|scarcely|only just) (?:look at|face|stand|bear|open (?:it|my eyes?|his eyes?|her eyes?) in)"
         r" (?:the )?(?:bright |day)?lights?\b|(?:can['’]?t|cannot) (?:stand|bear|tolerate) (?:the )?light"
         # discomfort from light, the word clinicians use: "finds the light uncomfortable"
         # the eye sore in light: "sore in bright light", "it hurts in the light"
         r"|(?:sore|painful|hurts?|hurting|aching|worse) in (?:the )?(?:bright )?(?:sun)?lights?\b"
         r"|(?:finds?|found|finding) (?:the )?(?:bright )?lights? (?:\w+ )?(?:uncomfortable|painful|unbearable|too bright"
         r"|hard to (?:bear|look at))|(?:bright )?lights? (?:is|are|feels?|seems?) (?:really |so |very )?(?:uncomfortable|unbearable)",),
    ),
    # NICE CKS "Corneal superficial injury": a foreign body in the eye after grinding, drilling or
    # hammering metal may be high-velocity (intraocular) or a rust ring: same-day eye assessment
    Concept("eye_fb", (r"(?:something|bits?|specks?|pieces?|flecks?|particles?|grit|sand|dust|metal|spark)(?: [\w'’]+){0,4}"
                       r" (?:in|into|under) (?:my|his|her|the) (?:\w+ )?(?:eye|eyelid|lid)\b|foreign body",)),
    # a foreign body seen on the cornea itself (not washed out): NICE CKS corneal superficial injury, removal
    # and a check for a rust ring or abrasion the same day
    Concept("corneal_fb", (r"(?:foreign body|speck|fleck|particle|grit|bit of \w+|piece of \w+)(?: [\w'’-]+){0,4}"
                           r" (?:on|in|embedded in|stuck (?:on|to)) (?:the |his |her |my )?(?:\w+ )?cornea\b"
                           r"|corneal foreign body",)),
    # a white or cream spot on the cornea of a sore red eye (RCOphth / NICE CKS red eye: a corneal ulcer, microbial
    # keratitis until seen, above all in a contact-lens wearer)
    Concept("corneal_spot", (r"(?:white|whitish|gr[ae]y(?:ish)?|cream\w*|yellow\w*) (?:spot|patch|dot|area|mark|ulcer|opacity"
                             r"|infiltrate|smudge|blob)(?: [\w'’-]+){0,3} (?:on|in|over) (?:the |his |her |my )?(?:\w+ )?cornea\b"
                             r"|corneal (?:ulcer\w*|infiltrates?|opacit\w*|abscess)|(?:ulcer|infiltrate) on (?:the |his |her |my )?cornea",)),
    Concept("high_velocity_work", (r"grinding(?! (?:my|his|her|their) teeth)|grinder|drilling|hammering|chisell?ing|strimm\w*"
                                   r"|welding|cutting (?:metal|steel|tiles?)",)),
    # (the lenses told as "contacts" by their wear: "I wear monthly contacts", "slept in my contacts")
    Concept("contact_lens", (r"contact lens\w*|contacts in|(?:daily|monthly|fortnightly|weekly|soft|hard|extended[- ]wear"
                             r"|colou?red) contacts\b|(?:wear|wears|wearing|wore|slept in|sleeps? in|sleeping in)"
                             r" (?:my |his |her |their |the )?contacts\b",)),
    Concept(
        "jaw_claudication",
        (
            r"jaw(?: \w+){0,3} (?:pain\w*|ach(?:e|es|ed|ing)|hurts?|tired|sore)(?: \w+){0,3} (?:when|while|on|after) (?:she |he "
            r"|i )?(?:chew\w*|eat\w*|talk\w*)|(?:chewing|eating) (?:makes|hurts) (?:my |her |his )?jaw|jaw claudication",
            # the ache told first: "aching in the jaw when chewing" (BSR 2020: jaw claudication)
            r"(?:ach\w*|pain\w*|sore\w*|cramp\w*|tired\w*) (?:in|of) (?:the |her |his |my )?jaw(?: \w+){0,2} (?:when|while|on"
            r"|after) (?:she |he |i )?(?:chew\w*|eat\w*)",
        ),
    ),
    Concept(
        "temporal_headache",
        (
            r"(?:temple|temporal)(?: \w+){0,3} (?:headache|pain|tender\w*|sore)|headache(?: \w+){0,4} (?:temple|temples)"
            r"|(?:scalp|head) (?:is )?(?:tender|sore) (?:when|to) (?:comb|brush|touch)\w*|(?:tender|sore) scalp",
        ),
    ),
    # NICE CKS retinal detachment: new floaters or flashes with a shadow or curtain over the vision
    # need same-day, immediate referral; floaters and flashes alone within 24 hours
    # (a swarm of little dots is a shower of floaters; Spanish mixed into a chat: "flashes de luz",
    # "destellos", "moscas volantes" (floaters))
    Concept("floaters_flashes", (r"floaters?|flash\w* (?:of light|de luz|in (?:my|his|her|the) (?:eye|vision))|photopsi\w*"
                                 r"|(?:shower|lots|loads) of (?:new )?(?:black )?(?:spots|specks|floaters)"
                                 r"|swarm of (?:new )?(?:little |tiny |small )?(?:black |dark |grey |gray )?(?:spots|specks|dots)"
                                 r"|moscas volantes|destellos(?: de luz)?"
                                 # told by likeness: "a cobweb thing floating about in my eye", "a flash at the side like a
                                 # camera going off" (NICE CKS retinal detachment: new floaters or flashes, same-day check)
                                 r"|(?:cobweb|spider ?web|hair|thread|string|squiggle|tadpole|fly|flies|speck|blob)s?(?: [\w'’]+){0,2}"
                                 r" (?:float\w*|drift\w*)(?: about| around)? (?:in|across) (?:my|his|her|the|their) (?:left |right )?"
                                 r"(?:eye|vision|sight)|flash\w*(?: [\w'’]+){0,5} like (?:a |an )?(?:camera|flashbulb|strobe)"
                                 r"|flash\w* (?:at|in|on|to) the (?:side|edge|corner) of (?:my|his|her|the|their) (?:eye|vision|sight)",)),
    Concept("visual_curtain", (r"(?:shadow|curtain|veil|shade|cloud)(?: \w+){0,6} (?:over|across|coming|spreading|moving"
                               r"|from|in)(?: \w+){0,6} (?:vision|sight|eye|side)",)),
    Concept(
        "visual_disturbance",
        (r"double vision|loss of vision|lost (?:\w+ )?(?:vision|sight)|vision (?:\w+ )?(?:went|going|gone|changed)"
         # double vision and a loss of colour told plainly (RCOphth orbital cellulitis: diplopia, reduced colour
         # vision): "she sees two of everything", "reds look washed out in that eye"
         r"|(?:sees?|seeing|saw|seen) (?:two of everything|everything double|double)\b"
         r"|(?:colou?rs?|reds?)(?: \w+){0,2} (?:looks?|seems?|appears?|are|is) ['‘\"“]?(?:washed[- ]out|faded|dull(?:er)?|greyish)",),
    ),
    Concept(
        "vision_loss",
        # (a field "gone grey" or dim, and acuity told as counting fingers, hand movements or light only)
        (r"(?:vision|sight)(?: in (?:his|her|my|the|one) (?:left |right )?eye)?(?: was| is| has| had)? ['‘\"“]?(?:suddenly |almost"
         r" |nearly |completely |all but )*(?:(?:went|gone|turned) (?:black|dark|gr[ae]y|blank|dim)|gone|lost|black|disappeared)"
         r"|can only (?:count fingers|see light)|(?:can|could|able to) count fingers only"
         r"|(?:counting fingers|hand movements?|light perception|perception of light|perceives? light)(?: vision)? only"
         r"|(?:lost|loss of) (?:the )?(?:vision|sight) in (?:his|her|my|the|one)"
         r"|(?:can['’]?t|cannot|could ?n['’]?t) see (?:anything )?(?:out of|with) (?:my|his|her|the|one)"
         # one eye nearly blind: "can barely see out of her right eye"
         r"|(?:can|could) (?:barely|hardly|scarcely|only just) see (?:anything )?(?:out of|with|from) (?:my|his|her|the|one)",),
    ),
    # a loss found on waking is as sudden as one seen happen (RCOphth: retinal artery or vein occlusion
    # is often noticed on waking)
    Concept("found_on_waking", (r"(?:on|when|after|upon) (?:waking|wakening|getting up)|woke (?:up )?(?:to find|with|and)",)),
    Concept("swollen_eyelid", (rf"{_PUFFY}(?:,? (?:and )?{_PUFFY})* (?:left |right )?{_LID}"
                               # ("eyelid is red and swollen"; a denial in the gap is none: "eyelid is not swollen")
                               rf"|{_LID}(?: (?!(?:not|no|never|nor)\b)\w+){{0,3}} (?:is |are |has |have |gone |got |looks? |became )?(?:all |very |really )?"
                               rf"(?:swollen|puffy|puffed up|swelled)|(?:peri-?orbital|pre-?septal) (?:cellulitis|swelling)"
                               r"|(?:swelling|redness) (?:around|of) (?:his|her|my|the|their) (?:left |right )?eye"
                               # "swelling and redness of the left upper and lower lids" (a record's noun phrase)
                               rf"|(?:swelling|redness)(?: and (?:swelling|redness))? (?:around|of) (?:his |her |my |the |their |both )?"
                               rf"(?:left |right )?{_LID}",)),
    # the vision greying or going dark as the warning of a faint, told before it (NICE CG109: a reflex faint's
    # prodrome, with feeling hot, sweaty or sick): "beforehand she felt hot and her vision went grey", "my sight went
    # dark and then I fainted"; no loss of vision of the eye
    Concept("vision_dims_before_faint", (
        r"(?:before(?:hand)?|just before|first)\b[^.!?\n]{0,60}?\b(?:vision|sight)(?: \w+){0,2} (?:went|turned|going|goes|go)"
        r" (?:all )?(?:gr[ae]y|dark|black|fuzzy|blurry)\b"
        r"|(?:vision|sight)(?: \w+){0,2} (?:went|turned) (?:all )?(?:gr[ae]y|dark|black|fuzzy|blurry)(?: \w+){0,3},? (?:and )?"
        r"(?:then|before) (?:she|he|i|they) (?:fainted|passed out|blacked out|keeled over)",
        # ... or greying out on standing up, gone in seconds: postural, a faint's warning and no eye's loss (NICE
        # CG109 transient loss of consciousness: orthostatic symptoms), either order: "her vision went grey for a few
        # seconds when she got up from bed", "stood up too fast and my sight went dark"
        r"(?:vision|sight|eyes?)(?: \w+){0,2} (?:went|turned|go|goes|going|gone) (?:all )?(?:gr[ae]y|dark|black|fuzzy|blurry)"
        r"\b[^.!?\n]{0,40}?\b(?:when|as|after|on) (?:(?:she|he|i|they|you) )?(?:stood|stand\w*|got up|gets up|getting up|sat up)",
        r"(?:stood|stand\w*|got up|gets up|getting up)(?: [\w'’]+){0,5},? (?:and )?(?:her |his |my |their )?(?:vision|sight|eyes?)"
        r"(?: \w+){0,2} (?:went|turned|go|goes|going|gone) (?:all )?(?:gr[ae]y|dark|black|fuzzy|blurry)",)),
    # an operation on the eye or an injection into it (RCOphth: endophthalmitis follows either)
    Concept("eye_surgery", (r"(?:cataract|eye|retina\w*|glaucoma|squint|cornea\w*|lens) (?:surgery|operation|op|procedure)"
                            r"|(?:intravitreal|eye) injections?|vitrectomy|trabeculectomy"
                            r"|cataracts? (?:done|removed|taken out|operated)",)),
    Concept("orbital_signs", (r"(?:pain\w*|hurts?|sore)(?: \w+){0,2} (?:on |when |to )?(?:moving|move|moves|looking|look) "
                              r"(?:his |her |my |the |their )?(?:eyes?|around|up|sideways)|(?:can['’]?t|cannot|unable to) (?:move|open)"
                              r" (?:his|her|my|the|their) eye|(?:eye|eyeball) (?:is )?(?:bulging|pushed (?:out|forward)|sticking out)"
                              r"|(?:eye|eyeball) (?:sits|sitting|is|looks) (?:(?:slightly|a bit|a little|further|more) )+forward\b"
                              r"|proptosis|eye movements? (?:are |is )?(?:painful|restricted|reduced|limited)|orbital cellulitis",)),
)

DISCRIMINATORS: Final = (
    Discriminator("swollen eyelid with orbital signs", "emergent", ("swollen_eyelid",),
                  any_of=("orbital_signs", "visual_disturbance", "vision_loss", "blurred_vision"),
                  source="NICE CKS cellulitis / RCOphth: suspected orbital cellulitis, emergency admission"),
    Discriminator("a painful red eye with worse vision after eye surgery", "emergent", ("eye_surgery", "red_painful_eye"),
                  any_of=("blurred_vision", "vision_loss", "visual_disturbance"), none_of=("chronic_only",),
                  source="RCOphth: suspected endophthalmitis after eye surgery, same-day emergency eye assessment"),
    Discriminator("a painful red eye after eye surgery", "urgent", ("eye_surgery", "red_painful_eye"),
                  none_of=("chronic_only",), source="RCOphth: a painful red eye after eye surgery, eye unit the same day"),
    Discriminator("red swollen eyelid with fever", "urgent", ("swollen_eyelid", "fever"),
                  source="NICE CKS cellulitis: periorbital (preseptal) cellulitis, same-day assessment"),
    Discriminator("sudden loss of vision", "emergent", ("vision_loss",), any_of=("onset_sudden", "recent_hours", "found_on_waking"),
                  none_of=("chronic_only", "vision_dims_before_faint"),
                  source="RCOphth / NICE CKS: sudden painless loss of vision (retinal artery occlusion), emergency"),
    Discriminator("a penetrating eye injury", "emergent", ("penetrating_eye",),
                  source="RCOphth: suspected penetrating eye injury, emergency eye assessment"),
    Discriminator("a sign of an open globe after a projectile or injury", "emergent", ("open_globe_sign",),
                  any_of=("eye_fb", "high_velocity_work", "corneal_fb"),
                  source="RCOphth / NICE CKS eye trauma: suspected penetrating eye injury (peaked pupil, shallow"
                         " anterior chamber), emergency eye assessment"),
    Discriminator("a chemical in the eye", "emergent", ("chemical_in_eye",),
                  source="RCOphth / NICE CKS: chemical eye injury, irrigate and attend an emergency department"),
    Discriminator("jaw claudication with visual symptoms", "emergent", ("jaw_claudication",),
                  any_of=("blurred_vision", "visual_disturbance"),
                  source="BSR GCA guideline 2020: same-day ophthalmology"),
    Discriminator("temporal headache over 50 with visual symptoms", "emergent", ("temporal_headache", "older_50"),
                  any_of=("blurred_vision", "visual_disturbance"), none_of=("chronic_only",),
                  source="BSR GCA guideline 2020: same-day ophthalmology"),
    Discriminator("jaw claudication", "urgent", ("jaw_claudication",),
                  source="BSR GCA guideline 2020: fast-track assessment"),
    Discriminator("red eye with haloes", "emergent", ("red_painful_eye", "haloes"),
                  source="NICE CKS glaucoma: acute angle closure"),
    Discriminator("red eye with a hazy cornea or mid-dilated pupil", "emergent", ("red_painful_eye", "angle_closure_sign"),
                  source="RCOphth / NICE CKS glaucoma: acute angle closure, same-hour emergency referral"),
    Discriminator("red eye, blurred vision and vomiting", "emergent", ("red_painful_eye", "blurred_vision"),
                  any_of=("vomiting", "headache"), none_of=("chronic_only",),
                  source="NICE CKS glaucoma: acute angle closure"),
    Discriminator("floaters or flashes with a shadow", "emergent", ("floaters_flashes", "visual_curtain"),
                  source="NICE CKS retinal detachment: immediate referral"),
    Discriminator("new floaters or flashes", "urgent", ("floaters_flashes",), none_of=("chronic_only",),
                  source="NICE CKS retinal detachment: same-day to 24-hour assessment"),
    Discriminator("a foreign body in the eye from grinding or hammering", "urgent", ("eye_fb", "high_velocity_work"),
                  source="NICE CKS corneal superficial injury: high-velocity foreign body, same-day eye assessment"),
    Discriminator("a foreign body on the cornea", "urgent", ("corneal_fb",),
                  source="NICE CKS corneal superficial injury: an embedded corneal foreign body, same-day removal"),
    Discriminator("a white spot on the cornea of a red or sore eye", "urgent", ("corneal_spot",),
                  any_of=("red_painful_eye", "contact_lens", "photophobia"),
                  source="RCOphth / NICE CKS red eye: suspected microbial keratitis (corneal ulcer), same-day eye casualty"),
    Discriminator("painful red eye", "urgent", ("red_painful_eye",),
                  any_of=("photophobia", "contact_lens", "blurred_vision"), none_of=("chronic_only",),
                  source="NICE CKS red eye: same-day assessment"),
)

GROUP: Final = Group("eye_emergency", CONCEPTS + ARTERITIS_CONCEPTS, DISCRIMINATORS + ARTERITIS_DISCRIMINATORS)
