"""Sepsis and serious infection told through findings: scores, risk criteria, infection courses.

Sources: RCP NEWS2 (2017): a score of 5 or more in known or suspected infection should prompt
the question "could this be sepsis?" and an urgent response; qSOFA >= 2 with suspected infection
(Sepsis-3, Singer M et al., JAMA 2016;315:801); NICE NG51 (2016, updated 2024) adult high-risk
criteria (refer for emergency care) and moderate-to-high-risk criteria (clinical judgement, same
day); NICE NG143 amber: fever for 5 days or more; NICE NG111 (pyelonephritis): antibiotics the
same day, refer if sepsis is suspected; NICE NG141 (cellulitis and erysipelas); NICE NG84 (sore
throat): quinsy is a suppurative complication needing hospital assessment; NICE NG141 and the
IDSA skin and soft-tissue guideline (Stevens DL et al., Clin Infect Dis 2014): pain out of
proportion to the signs, dusky or purple skin: suspect necrotising fasciitis, admit; NICE NG118
(Renal and ureteric stones, 2019) 1.1: renal colic with fever or signs of infection, refer
immediately; NICE NG240 (Meningitis (bacterial) and meningococcal disease, 2024): a non-blanching
rash with fever, or headache with photophobia and neck stiffness, needs emergency care (shingles: shingles.py).
"""

from __future__ import annotations

from typing import Final

from medgate.safety.findings.base import Discriminator, Group
from medgate.safety.findings.children import SICKLE_CELL
from medgate.safety.findings.toxic_shock import CONCEPTS as TOXIC_SHOCK_CONCEPTS
from medgate.safety.findings.toxic_shock import DISCRIMINATORS as TOXIC_SHOCK_DISCRIMINATORS
from medgate.safety.rules.base import G3, Concept, gap

_NG51 = "NICE NG51 (2016, updated 2024)"
# a glass pressed on the skin, read from the glass back ("put" and "hold" start too many clauses)
_PRESSED = "|".join(f"(?<={v} {d} )" for v in ("press", "pressed", "pressing", "push", "pushed", "roll", "rolled", "put",
                                               "held", "hold", "holding") for d in ("a", "the"))
# someone passing urine, in any register ("when she does a wee", "while he's peeing", "on passing urine")
_WHO_WEES = (r"(?:i |he |she |they |he['’]s |she['’]s |i['’]m )?(?:pees?|peeing|wees?|weeing|urinat\w*"
             r"|(?:does|do|did|has|have|had) (?:a |her |his )?(?:wee|pee)|pass(?:es|ed|ing)? (?:urine|water))\b")
# how much it hurts, told between the pain and the wee: "stings like mad when I wee"
_HOW_MUCH = (r"(?: (?:like (?:mad|hell|crazy|anything|fire)|so (?:much|bad(?:ly)?)|really bad(?:ly)?|badly|a lot"
             r"|terribly))?")
_SKIN_ADJ = r"(?:warm|hot|red|tender|swollen|painful|sore|angry|raised|shiny)"
_LYMPHANGITIS = (r"lymphangitis|red (?:lines?|streaks?|tracks?)(?: \w+){0,3} (?:going|spreading|running|tracking|creeping|moving"
                 r"|travel\w*|up|towards|toward)\b")
# red and warm (or hot) among a run of the skin's adjectives, in either order
_RED_WARM = (rf"(?:(?:warm|hot),? (?:and )?(?:{_SKIN_ADJ},? (?:and )?)*red|red,? (?:and )?"
             rf"(?:{_SKIN_ADJ},? (?:and )?)*(?:warm|hot))")

CONCEPTS: Final = (
    Concept(
        "non_blanching_rash",
        (
            r"non[- ]?blanching|purpur\w*|petechia\w*|(?:small |tiny |little )?pin ?(?:point|prick)(?: \w+)? spots"
            r"|(?:little |tiny |small )?(?:purpl(?:e|ish|y)|dark (?:red|purple))"
            r" (?:spots|dots|blotches|marks|patches|rash|bruis\w*)",
            r"(?:rash|spots|dots|marks|blotches)(?: \w+){0,6} (?:doesn['’]?t|does not|don['’]?t|do not|won['’]?t|didn['’]?t|did not)"
            r" (?:fade|go away|disappear|blanch)(?: \w+){0,4} (?:press\w*|glass|tumbler)",
            # the glass test told first: "did the glass test and they don't go away" (NICE NG143 / NG240)
            rf"(?:(?:glass|tumbler) test|(?:{_PRESSED})(?:glass|tumbler))"
            r"[^.!?\n]{0,60}? (?:doesn['’]?t|does not|don['’]?t|do not|won['’]?t|didn['’]?t|did not)"
            r" (?:fade|go away|disappear|blanch)",
            # ... or the spots still seen through it: "pressed a glass on them and you can still see them"
            rf"(?:(?:glass|tumbler) test|(?:{_PRESSED})(?:glass|tumbler))[^.!?\n]{{0,60}}?"
            r" (?:still (?:there|visible|showing)|(?:can|could) still see)",
            # Spanish: "manchitas moradas", "puntitos rojos que no desaparecen (con el vaso)"
            r"(?:manch\w*|punt\w*|pintit\w*) (?:\w+ )?(?:morad\w*|violeta\w*|p[uú]rpura\w*)"
            r"|(?:manch\w*|punt\w*|pintit\w*|sarpullido|erupci[oó]n)(?: \w+){0,4} (?:que )?no (?:desaparec\w*|se (?:van|quitan|borran))",
        ),
    ),
    Concept(
        "no_urine",
        (
            r"(?:not|hasn['’]?t|has not|haven['’]?t|have not|hadn['’]?t|had not)(?: \w+)? (?:passed"
            r" (?:urine|water)|peed|weed|had a wee|been to the toilet)",
            r"no (?:wet )?(?:nappy|nappies|diaper|urine|wee)(?: \w+){0,3} (?:for|since|in) ",
        ),
    ),
    # chemotherapy told by its cycle, regimen or service ("day 9 of cycle 3 of FEC-T for breast cancer", "acute
    # oncology hotline"; UKONS 24-hour triage tool: fever >= 38 on systemic anticancer treatment is an emergency)
    Concept("immunosuppressed", (r"chemo\w*|immuno(?:compromis|suppress)\w*|neutropeni\w*|on steroids|transplant\w*"
                                 r"|cycle \d{1,2} of [\w-]+(?: [\w-]+){0,2} for (?:\w+ )?(?:cancer|lymphoma|leuka?emia|myeloma|sarcoma|tumou?r)"
                                 r"|acute oncology|oncology (?:hotline|helpline|triage|advice line)"
                                 r"|(?-i:FEC-T|FEC|R-CHOP|CHOP|ABVD|FOLFOX|FOLFIRI|FOLFIRINOX|CAPOX|BEP|TAC|EC-T)\b"
                                 r"|docetaxel|paclitaxel|carboplatin|cisplatin|oxaliplatin|cyclophosphamide|doxorubicin|epirubicin"
                                 r"|tacrolimus|mycophenolate|ciclosporin|cyclosporine|sirolimus"
                                 rf"|{SICKLE_CELL}|asplen\w*|no spleen"
                                 # (its "years ago" inside the finding: no spleen is for life)
                                 r"|splenectom\w*(?:[^.;\n]{0,60}?\b(?:years?|yrs?|months?) ago)?"
                                 # advanced HIV: a CD4 count under 200, or antiretrovirals stopped
                                 r"|cd4(?: count)?(?: (?:of|was|is|only))? (?:1\d\d|\d\d?)\b|\baids\b"
                                 r"|stopped (?:\w+ )?(?:antiretroviral|arvs?\b|hiv (?:meds|medication|treatment))"
                                 # a neutrophil count under 0.5 x 10^9/L (NICE NG151: neutropenic sepsis)
                                 r"|(?:neutrophils?|neuts|(?-i:ANC))(?: count)?(?: (?:of|is|was|now|only))?:? ?(?:0(?:\.[0-4]\d?)?|\.[0-4]\d?)"
                                 r"(?! ?\d)(?!\.\d)",)),
    # a grown man, told by his age or by a relative's word for him (NICE NG109: a man's lower UTI)
    Concept("adult_man", (r"(?:(?:[2-9]\d|1[0-1]\d)[- ]?(?:year[- ]old|yr[- ]old|yo|y/o|y\.o\.)|elderly|older|retired|middle-aged)"
                          r" (?:man|male|gentleman|gent|farmer|builder)\b|(?:man|male|gentleman),? (?:aged )?(?:[2-9]\d|1[0-1]\d)\b"
                          r"|(?:my|his|her|our) (?:husband|dad|father|grandad|granddad|grandfather|father-in-law|partner's dad)\b",)),
    # a discharge from the penis or urethra, or sex with a new partner: urethritis, an STI clinic's, not a UTI
    # (BASHH / NICE CKS urethritis in men)
    Concept("urethritis_cue", (r"(?:urethral|penile|penis|from (?:the|his|my) (?:penis|urethra|willy)) discharge|discharge from"
                               r" (?:the|his|my) (?:penis|urethra|willy|tip)|unprotected (?:sex|intercourse)|new (?:sexual )?partner",)),
    Concept(
        "uti_symptoms",
        (
            # ("burning when she wees", "stings while he's peeing"; a small child's dysuria told as crying
            # when she does a wee: NICE NG224 / CG54, UTI in under 16s)
            rf"(?:burn\w*|sting\w*|pain\w*|hurts?|cry\w*|cries|scream\w*){_HOW_MUCH} (?:when|on|while) {_WHO_WEES}",
            r"dysuria|cystitis|(?:urin\w*|water|bladder) infection|(?-i:UTI)\b"
            r"|(?:burn\w*|sting\w*|pain|discomfort) (?:on|with) micturition"
            # the British record's "burning passing urine", "stinging passing water" (no "when")
            r"|(?:burn\w*|sting\w*|pain|discomfort) pass(?:ing)? (?:urine|water)"
            # a urine dipstick positive for nitrites (NICE NG224 / CG54: nitrite positive, treat as a UTI)
            r"|nitrites? (?:\+|pos\w*)|positive (?:for )?nitrites?"
            # a chat's lower case names them too: "had uti symptoms", "uti-type symptoms"
            r"|uti(?:[- ](?:like|type))? symptoms",
        ),
    ),
    # the symptoms themselves, not a named diagnosis ("with a water infection" may be one already
    # treated): in the very old a lower UTI is diagnosed on new symptoms (UKHSA over-65s, 2020)
    Concept(
        "urinary_symptoms",
        (
            rf"(?:burn\w*|sting\w*|pain\w*|hurts?|cry\w*|cries|scream\w*){_HOW_MUCH} (?:when|on|while) {_WHO_WEES}"
            r"|(?:burn\w*|sting\w*|pain|discomfort) pass(?:ing)? (?:urine|water)"
            r"|dysuria|(?:urinary )?frequency(?: and|,) urgency"
            r"|(?:going|needs? to go|needing to (?:go|pee|wee))(?: to the (?:toilet|loo|bathroom))? (?:every|all the time)"
            # told by carers: new wetting or frequency (UKHSA over-65s: new incontinence is a sign)
            r"|urinary frequency|new (?:urinary )?incontinence|(?:started|begun|began) (?:wetting|being incontinent)",
        ),
    ),
    Concept(
        "loin_pain",
        (
            r"(?:loin|flank|kidney)(?: \w+)? (?:pain|ache|tender\w*)|(?:pain|ache)(?: \w+){0,3} "
            r"(?:in|of) (?:my|his|her) (?:loin|flank|side of (?:my|his|her) back|back on one side)",
            rf"(?:ache|pain){G3}(?:right|left) (?:side )?(?:of )?(?:my |his |her )?back",
            # the side told first and the ache after it: "the right side of my back is achy under the ribs"
            r"(?:right|left) side of (?:my|his|her|the) (?:lower |upper )?back (?:is |feels |has been )?(?:a bit |really |very )?"
            r"(?:achy|aching|sore|painful|tender|hurting)\b",
        ),
    ),
    Concept(
        "cellulitis_signs",
        (
            # (Hinglish too: "red patch hai ... garam hai" hot, "phail gaya" spread, "bada ho raha" getting bigger)
            rf"cellulitis|red(?:dened)? (?:patch|area|skin|streaks?){gap(8)}(?:warm|hot|spreading"
            r"|bigger|growing|tender|(?:garam|phail\w*|phel\w*|bad[ah]a? ho)(?! (?:nahi|nahin|nai|na)\b))",
            r"(?:warm|hot),? red (?:patch|area|skin)|(?:patch|area) of (?:red|hot|warm),? (?:red |hot |warm )?skin",
            # warmth and redness among a patch's adjectives, in any order ("warm, red, tender patch", "red hot
            # patch", "red, swollen and warm area") or as nouns ("erythema, warmth and tenderness"): NICE NG141.
            # (A patch or area: "red, warm, tender skin on her shoulders" after the beach is sunburn.)
            rf"{_RED_WARM}(?:,? (?:and )?{_SKIN_ADJ})* (?:patch|area)"
            # ... or after it: "an area of red, warm, tender skin", and the skin round a wound turned red and
            # hot ("the skin round the graze is red, hot and swollen")
            rf"|(?:patch|area) of {_RED_WARM}(?:,? (?:and )?{_SKIN_ADJ})* skin"
            rf"|skin (?:round|around|near|by) (?:it|the \w+)(?: \w+)? (?:is|was|looks|has gone|gone|went|turned) {_RED_WARM}"
            r"|(?:erythema|redness)(?:,? (?:and )?\w+)?,? (?:and )?warmth|warmth(?:,? (?:and )?\w+)?,? (?:and )?(?:erythema|redness)",
            # warmth as the redness's adjective ("warm, tender redness"), or a red area that spreads over
            # days ("an area of redness on his calf, spreading since Monday"): NICE NG141
            # ... or told of the limb's skin itself, red, hot and swollen or tender: "his left shin is red, hot and swollen"
            # (not a joint's, which joints.py reads, nor a calf's, which may be a clot's)
            r"(?:shin|forearm|thigh|upper arm)s? (?:is |are |was |were |looks |has gone |went |became |got )?(?:all |very |really )?"
            r"(?:red,? (?:and )?(?:hot|warm)|(?:hot|warm),? (?:and )?red),? (?:and )?(?:swollen|tender|shiny|painful|sore)\b|"
            r"(?:warm|hot)(?:,? (?:and )?\w+)?,? (?:and )?(?:redness|erythema)\b"
            r"|(?:patch|area) of (?:[\w-]+,? (?:and )?){0,3}(?:redness|erythema)(?: [\w'’,]+){0,10} (?<!not )(?<!n['’]t )(?<!no )(?:spreading|spread|getting"
            r" bigger|growing)\b",
            rf"red(?:ness)?{gap(4)}(?:has |is |keeps )?(?:spread\w*|grow\w*|got bigger|getting bigger)",
            # skin turned red and hot and spreading later in the sentence ("has gone red and hot, about the size of
            # my hand now and it's spreading up since yesterday"): NICE NG141
            rf"(?:gone|turned|went|going|is|looks?) {_RED_WARM}\b[^.!?\n]{{0,80}}?(?<!not )(?<!n['’]t )(?<!no )"
            r"(?:spreading|spread|getting bigger|growing)\b"
            # ... or the red itself told moving up the limb past a landmark ("it's red and hot, the redness is
            # creeping up past his knee"; a heart rate going up past a target is no red)
            rf"|(?:gone|turned|went|going|is|it['’]s|looks?) {_RED_WARM}\b[^.!?\n]{{0,80}}?\b(?:red(?:ness)?|it)(?:['’]s| is| has| keeps)?"
            r" (?:going|moving|creeping|tracking|travel\w*|climbing|running|spreading) (?:up )?(?:past|beyond|above|towards?)"
            r" (?:my|his|her|their|the)\b",
            # lymphangitis, a red line tracking up the limb from the wound (NICE CKS cellulitis: same day)
            _LYMPHANGITIS,
        ),
    ),
    # an insect's sting or bite, and itch: a red, warm, itchy swelling round a sting within a day or two is a
    # large local reaction, not cellulitis (NICE CKS Insect bites and stings: itch suggests an allergic
    # reaction, infection shows as pus, fever or a tracking line)
    Concept("insect_sting", (r"stung|(?:bee|wasp|hornet|insect)(?:['’]s)? stings?|stings? (?:from|by) (?:a |an )?(?:bee|wasp|hornet)"
                             r"|(?:insect|mosquito|horse ?fly|midge|gnat)(?:['’]s)? bites?|bitten by (?:a |an |some )?(?:insects?"
                             r"|mosquito\w*|horse ?fl(?:y|ies)|midges?|gnats?)",)),
    Concept("itchy", (r"itch\w*",)),
    Concept("tracking_line", (_LYMPHANGITIS,)),
    Concept(
        "quinsy_signs",
        (
            rf"(?:can['’]?t|cannot|struggl\w* to|unable to) (?:fully )?open{G3}mouth|trismus",
            r"(?:worse|swollen|pain\w*) on one side(?: of (?:my|the) throat)?|muffled voice|hot potato voice",
            # one side told by name ("only the right side is very swollen"), a mouth that opens only a little
            # ("can only open my mouth small"), a voice as if something hot were in the mouth
            r"only (?:the |my )?(?:right|left|one) side(?: of (?:my|the|his|her) throat)? is (?:very |really |so |more )?"
            r"(?:swollen|puffy|bigger)",
            rf"(?:can|could) only open{G3}mouth\b",
            r"voice(?: [\w'’]+){0,4} like (?:i|he|she) (?:have|has|had|got) (?:a |an |some )?hot (?:potato|yam|\w+) in",
            # a dental infection spreading to the floor of the mouth and neck (Ludwig's angina)
            r"tongue (?:feels |is |was )?(?:pushed|raised|lifted|forced) up|floor of (?:the|my|his|her) mouth"
            # (a denial in the gap is no spread: "the swelling isn't near my eye or down my neck")
            r"|(?:swelling|swollen|hard)(?: (?!(?:not|no|nor|never|nowhere|isn['’]?t|hasn['’]?t|doesn['’]?t|without)\b)[\w'’]+){0,6}"
            r" (?:going |spreading |moving )?(?:down|into|to) (?:my|his|her|the) neck"
            r"|(?:hard|difficult|struggling) to (?:swallow|breathe)(?: and (?:talk|speak|breathe))?",
        ),
    ),
    # a fever's day told by its ordinal, the fifth or later ("the 6th day of fevers", "day 6 of her temperature", "the
    # fever is into its fifth day"): NICE NG143 amber, fever for 5 days or more (facts.fever_5_days)
    Concept("fever_day_5", (r"(?:[5-9]th|1\d(?:st|nd|rd|th)|fifth|sixth|seventh|eighth|ninth|tenth) day (?:of|with) (?:(?:a|the|his|her"
                            r"|their|my|this|high) )?(?:fevers?|temperatures?|temps?|pyrexia)\b|day (?:[5-9]|1\d|five|six|seven|eight"
                            r"|nine|ten) of (?:(?:a|the|his|her|their|my|this|high) )?(?:fevers?|temperatures?|temps?|pyrexia)\b"
                            r"|(?:fevers?|temperatures?|temps?)(?: (?:is|has been|now|still))* (?:into|on) (?:its|the|day) "
                            r"(?:[5-9]th|fifth|sixth|seventh|eighth)(?: day)?\b",)),
    # drooling, its own sign: a baby cutting teeth drools too
    Concept("drool_word", (r"drool\w*",)),
    Concept("sore_throat", (r"sore throat|throat(?: \w+){0,3} (?:pain\w*|sore|killing|hurts?)|tonsil\w*",)),
    # (the swelling denied between: "face not swollen", "cheek isn't puffy")
    # (a chat's contraction too: "my cheek's swollen on that side")
    Concept("facial_swelling", (r"(?:cheek|face|jaw)(?:['’]s)?(?: (?!not\b|isn|is not|no\b|never\b)[\w'’]+){0,3} (?:swell\w*|swollen|puff\w*)"
                                r"|swollen (?:cheek|face|jaw)",)),
    # a swollen gum is an abscess's sign in a grown tooth, and teething's over one coming through (NICE CKS Teething)
    Concept("gum_swelling", (r"gums?(?: \w+){0,3} (?:swell\w*|swollen|puff\w*)|swollen gums?",)),
    Concept("dental", (r"tooth\w*|teeth|dental|molar|gum",)),
    # a baby's tooth coming through: drooling is teething, not an abscess reaching the airway
    # ("a tooth is about to come through", "teeth starting to break through", "a tooth cutting through")
    Concept("teething", (r"teething|cutting (?:a |his |her )?(?:tooth|teeth)|(?:tooth|teeth) (?:\w+ ){0,3}(?:(?:coming|come|comes"
                         r"|breaking|break|cutting|pushing|poking) through|visible under|through the gum|erupting|under the gum)",)),
    Concept(
        "pain_out_of_proportion",
        (
            r"(?:far |much |way |a lot )?(?:worse|more painful) than (?:the )?(?:it looks|(?:cut|wound|redness|rash|skin"
            r"|swelling|graze|bite) (?:looks|suggests|would suggest))|out of proportion",
            # the pain told as more than the look, without "worse": "he says the pain is very much, more than it looks"
            r"(?:pain\w*|hurts?|hurting)(?: [\w'’]+){0,4},? (?:much |far |way |a lot |so )?more than (?:it|the (?:skin|swelling"
            r"|redness|wound|cut|rash)) looks",
        ),
    ),
    Concept(
        "skin_necrosis",
        (
            # (its change told as "become", its colour with "-ish": "one part of the skin has become blackish")
            r"(?:skin|it|area|wound|leg|arm|cut)(?: \w+){0,3} (?:going|turning|gone|turned|is|looks|(?:has |have )?become"
            r"|becoming) (?:\w+ )?(?:purple"
            r"|black|dusky|grey|gray|blue|bluish|purplish)(?:ish)?|(?:blood|dark)[- ](?:filled )?blisters?|crackl\w* (?:\w+ ){0,2}under the skin"
            r"|crepitus|(?:skin|scrotum|scrotal skin)(?: \w+){0,3} (?:is |looks )?(?:\w+ and )?(?:dusky|purple|black)",
        ),
    ),
    Concept("wound", (r"cuts?\b|graze\w*|scratch\w*|wounds?|(?:insect |dog |cat )?bites?|splinters?|punctures?",)),
    Concept(
        "renal_colic",
        (
            r"renal (?:colic|calcul\w*)|kidney stones?|ureteric (?:stone|calcul\w*)",
            r"pain(?: \w+){0,6} in waves(?: \w+){0,6} groin",
            r"(?:loin|flank)[- ]to[- ]groin",
            # (the flank, not "the side of my lower tummy": a pull there in pregnancy is the round ligament)
            r"(?:loin|flank|back|side(?! of (?:my|the|his|her|their) (?:lower |low )?(?:tummy|belly|abdomen|stomach|bump)))"
            r"(?: \w+){0,5} (?:to|into|down to|round to|radiating to|going to|spreading to"
            r"|radiating into) (?:my |the |his |her )?groin",
        ),
    ),
    Concept(
        "abscess",
        (
            r"abscess\w*|boils?\b|carbuncle",
            r"(?:painful|tender|red|hot|swollen) (?:\w+ ){0,2}(?:lump|swelling)(?: \w+){0,3} (?:next to|beside|near)"
            r" (?:my|his|her|the) (?:bum|anus|bottom|back passage)|(?:lump|swelling)(?: \w+){0,3} (?:next to|beside"
            r"|near) (?:my|his|her|the) (?:bum|anus|bottom|back passage)",
            # a painful lump in the cleft of the buttocks: a pilonidal abscess (NICE CKS pilonidal sinus: an
            # acute abscess is referred the same day for drainage)
            r"pilonidal (?:abscess|sinus|cyst)|(?:painful|tender|red|hot|swollen|sore|throbbing) (?:\w+ ){0,2}(?:lump|swelling"
            r"|boil)(?: [\w'’]+){0,3} (?:at |in |on )?(?:the )?(?:top of )?(?:the |my |his |her )?(?:buttock|bum|butt|natal"
            r"|gluteal|bottom) (?:crease|cleft)|(?:lump|swelling)(?: [\w'’]+){0,3} (?:at |in |on )(?:the )?(?:top of )?"
            r"(?:the |my |his |her )?(?:buttock|bum|butt|natal|gluteal|bottom) (?:crease|cleft)(?: [\w'’]+){0,6} (?:painful|sore"
            r"|tender|getting bigger|growing|throbbing)",
        ),
    ),
)

DISCRIMINATORS: Final = (
    # NICE NG51 1.2 / 1.3: over 75, or with dementia, an infection is at higher risk of sepsis and needs a
    # face-to-face assessment the same day even with normal observations (NEWS2 still reads them)
    Discriminator(
        "infection over 75 with a fever or dementia", "urgent", ("suspected_infection", "older_75"),
        any_of=("fever", "dementia", "temp_ge_37_5"), none_of=("chronic_only",),
        source="NICE NG51 (2016, 2024) 1.2: age over 75 or cognitive impairment, higher risk of sepsis; same-day assessment",
    ),
    Discriminator(
        "NEWS2>=5 with suspected infection", "emergent", ("news2_ge_5", "suspected_infection"),
        source="RCP NEWS2 (2017): 5+ in suspected infection, think sepsis",
    ),
    Discriminator(
        "qSOFA>=2 with suspected infection", "emergent", ("qsofa_2", "suspected_infection"),
        source="Sepsis-3 (JAMA 2016): qSOFA >= 2",
    ),
    Discriminator(
        "infection with a high-risk criterion", "emergent", ("suspected_infection",),
        any_of=("rr_ge_25", "hr_high_risk", "sbp_le_90", "not_alert", "shock_signs", "non_blanching_rash",
                "no_urine"),
        source=f"{_NG51}: high-risk criteria, refer for emergency care",
    ),
    Discriminator(
        "fever while immunosuppressed", "emergent", ("fever", "immunosuppressed"),
        source="NICE CG151 (neutropenic sepsis, 2012): fever on chemotherapy is an emergency",
    ),
    Discriminator("dusky skin or crepitus with fever", "emergent", ("skin_necrosis",),
                  any_of=("fever", "rigors", "hr_high_risk", "sbp_le_90"),
                  source="NICE NG141; IDSA 2014: suspected necrotising soft-tissue infection (Fournier's)"),
    Discriminator(
        "pain out of proportion or dusky skin", "emergent", ("pain_out_of_proportion",),
        any_of=("wound", "infection", "fever", "rigors", "skin_necrosis", "cellulitis_signs"),
        source="NICE NG141; IDSA 2014: suspected necrotising fasciitis",
    ),
    Discriminator(
        "dusky skin around a wound with fever", "emergent", ("skin_necrosis",),
        any_of=("fever", "rigors", "hr_high_risk"), source="IDSA 2014: suspected necrotising soft-tissue infection",
    ),
    Discriminator("renal colic with fever", "emergent", ("renal_colic",), any_of=("fever", "rigors"),
                  source="NICE NG118 1.1: renal colic with fever, refer immediately"),
    Discriminator(
        "non-blanching rash when unwell", "emergent", ("non_blanching_rash",),
        any_of=("fever", "headache", "drowsy", "vomiting", "photophobia", "not_alert"),
        source="NICE NG240 (2024): non-blanching rash, meningococcal disease",
    ),
    Discriminator(
        "headache with light sensitivity and meningism", "emergent", ("headache", "photophobia"),
        any_of=("stiff_neck", "fever", "non_blanching_rash", "not_alert"), none_of=("chronic_only",),
        source="NICE NG240 (2024): suspected bacterial meningitis",
    ),
    Discriminator(
        "infection with a moderate-risk criterion", "urgent", ("suspected_infection",),
        any_of=("rr_21_24", "hr_91_130", "sbp_91_100", "temp_lt_36", "rigors"),
        source=f"{_NG51}: moderate-to-high-risk criteria, assess the same day",
    ),
    # an infection below the fever line on immunosuppressants or after a transplant: the signs are
    # blunted, so it is seen the same day (NICE NG51 1.1: immunosuppression raises the risk of sepsis;
    # transplant units ask for same-day contact with any infection)
    Discriminator("infection while immunosuppressed", "urgent", ("immunosuppressed",),
                  any_of=("uti_symptoms", "urinary_symptoms", "suspected_infection", "rigors"),
                  source="NICE NG51 1.1: immunosuppression as a sepsis risk, same-day assessment"),
    Discriminator("fever for 5 days or more", "urgent", ("fever_5_days",), source="NICE NG143 amber: fever >= 5 days"),
    Discriminator(
        "urinary infection with fever or loin pain", "urgent", ("uti_symptoms",),
        any_of=("fever", "loin_pain", "rigors"), source="NICE NG111: acute pyelonephritis",
    ),
    # in the very old a lower urinary infection is treated the same day even without fever: it is
    # diagnosed on symptoms alone, and delirium, falls and urosepsis follow fast (NICE NG109; UKHSA
    # diagnosis of UTI in adults over 65, 2020)
    # a man's lower urinary infection is never self-care: a urine culture and antibiotics from a clinician the same
    # day, prostatitis and retention looked for (NICE NG109: men with lower UTI, send a sample, treat for 7 days)
    Discriminator("urinary infection in a man", "urgent", ("uti_symptoms", "adult_man"), none_of=("urethritis_cue",),
                  source="NICE NG109: lower UTI in men, a urine culture and immediate antibiotics, the same day"),
    Discriminator("urinary infection at 80 or over", "urgent", ("urinary_symptoms", "older_80"),
                  source="NICE NG109 / UKHSA UTI over 65s: treat on symptoms, the same day"),
    # a diabetic foot's sore gone red, hot or swollen with a fever (its same-day form is breast_and_foot.py's)
    Discriminator("a diabetic foot's infected sore with a fever", "emergent", ("foot_wound", "foot_inflamed", "fever"),
                  any_of=("diabetic", "hyperglycaemia"),
                  source="NICE NG19 1.3.3: ulceration with fever or signs of sepsis, immediate referral"),
    Discriminator("spreading skin infection", "urgent", ("cellulitis_signs",), none_of=("chronic_only", "insect_sting"),
                  source="NICE NG141: cellulitis"),
    # round a sting or insect bite, an itchy red swelling is a large local reaction (routine) unless it shows
    # infection: pus, a fever, shivers or a line tracking up the limb (NICE CKS Insect bites and stings)
    Discriminator("spreading skin infection", "urgent", ("cellulitis_signs", "insect_sting"),
                  none_of=("chronic_only", "itchy"), source="NICE NG141: cellulitis"),
    Discriminator("spreading skin infection", "urgent", ("cellulitis_signs", "insect_sting", "itchy"),
                  any_of=("fever", "rigors", "infected_discharge", "tracking_line"), none_of=("chronic_only",),
                  source="NICE NG141: cellulitis; NICE CKS Insect bites and stings: signs of infection"),
    Discriminator("sore throat with quinsy signs", "urgent", ("sore_throat",), any_of=("quinsy_signs", "drool_word"),
                  source="NICE NG84: quinsy, hospital assessment"),
    Discriminator("dental infection reaching the airway", "emergent", ("dental", "quinsy_signs"), none_of=("teething",),
                  source="NICE CKS dental abscess: admit for trismus, drooling or swelling spreading to the neck"
                         " (Ludwig's angina)"),
    # Drooling with teeth or gums under 3 is teething (NICE CKS Teething: drooling, gum rubbing and
    # chewing, flushed cheeks, a temperature under 38 C), not an abscess reaching the floor of the
    # mouth: it takes a sign beyond drooling above (trismus, a swelling into the neck, unable to
    # swallow), or an airway sign in breathing.py (stridor, drooling with fever, sitting forward).
    Discriminator("dental infection with drooling", "emergent", ("dental", "drool_word"),
                  none_of=("teething", "teething_age"),
                  source="NICE CKS dental abscess: admit for drooling (Ludwig's angina); NICE CKS Teething"),
    Discriminator("dental infection with facial swelling", "urgent", ("dental", "facial_swelling"),
                  source="spreading odontogenic infection: same-day dental or medical care"),
    Discriminator("dental infection with a swollen gum", "urgent", ("dental", "gum_swelling"), none_of=("teething",),
                  source="NICE CKS Dental abscess: same-day dental care; NICE CKS Teething: swollen gums over an"
                         " erupting tooth are teething"),
    Discriminator("abscess", "urgent", ("abscess",), none_of=("chronic_only",),
                  source="NICE CKS boils, carbuncles: drainage of an abscess"),
)

# Not "sepsis": that is the red-flag rules' category; this one is what the scores and risk
# criteria suggest, and is reported beside it.
GROUP: Final = Group("suspected_sepsis", CONCEPTS + TOXIC_SHOCK_CONCEPTS, DISCRIMINATORS + TOXIC_SHOCK_DISCRIMINATORS)
