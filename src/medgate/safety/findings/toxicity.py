"""Medicine toxicity that needs an emergency department: neuroleptic malignant syndrome, serotonin
toxicity, lithium toxicity, and a small child who may have taken a medicine of which one pill can kill.

Sources: NMS: rigidity and hyperthermia with altered consciousness after starting or raising an
antipsychotic (DSM-5-TR; BNF "antipsychotic drugs": stop and seek urgent medical care). Serotonin
toxicity: the Hunter criteria (Dunkley et al., QJM 2003): with a serotonergic drug, clonus,
hyperreflexia or tremor with agitation, sweating or fever. Lithium: MHRA / NICE CKS: vomiting,
diarrhoea, coarse tremor, unsteadiness or confusion on lithium need an urgent level and review.
Organophosphate and carbamate pesticides: the cholinergic toxidrome (salivation, sweating, small
pupils, twitching, a slow heart, vomiting) after exposure is a poisoning for an emergency
department (WHO / TOXBASE; Eddleston et al., Lancet 2008;371:597-607). Paracetamol taken over days
above the adult daily maximum (TOXBASE paracetamol, staggered overdose and therapeutic excess; MHRA
2012): more than 4 g a day on two or more days, with nausea, vomiting, right upper quadrant pain or
jaundice, or with a risk factor for liver injury (heavy drinking, low body weight), needs an
emergency department (paracetamol level and liver tests); without them, assessment the same day.
"""

from __future__ import annotations

from typing import Final

from medgate.safety.findings.base import Discriminator, Group
from medgate.safety.findings.herbicide import CONCEPTS as HERBICIDE_CONCEPTS
from medgate.safety.findings.herbicide import DISCRIMINATORS as HERBICIDE_DISCRIMINATORS
from medgate.safety.findings.lithium_tremor import CONCEPTS as LITHIUM_CONCEPTS
from medgate.safety.findings.lithium_tremor import DISCRIMINATORS as LITHIUM_DISCRIMINATORS
from medgate.safety.rules.base import Concept

CONCEPTS: Final = (
    # a small child who may have eaten tablets: "maybe he ate 2 or 3 tablets"
    Concept("ate_tablets", (r"(?:he|she|they|baby|toddler|child|son|daughter) (?:may |might |must |could )?(?:have |has |had )?"
                            r"(?:ate|eaten|swallowed|chewed) (?:\w+ ){0,4}(?:tablets?|pills?|capsules?|tabs)\b",)),
    # "One pill can kill" (Bar-Oz, Levichek, Koren, Pediatr Drugs 2004; TOXBASE; NPIS): medicines of
    # which one or two adult doses can kill a toddler: calcium-channel blockers (modified-release
    # above all), beta-blockers, sulfonylureas, opioids, tricyclics, clonidine, flecainide and other
    # class I antiarrhythmics, (hydroxy)chloroquine, quinine, phenothiazines, theophylline,
    # diphenoxylate, camphor and methyl salicylate
    # (stems, so the names as Portuguese, Spanish and Polish write and decline them read too:
    # amlodipina, amlodipino, metoprololu, metadona, klonidyna: a message names the box in its language)
    Concept(
        "one_pill_drug",
        (r"(?:verapamil|diltiazem|(?:nife|amlo|felo|lercani|laci|nicar|isra|nimo)d[iy]pin|propranolol|labetalol"
         r"|metoprolol|atenolol|gli[ck]lazyd|gliclazid|glibenclamid|glyburid|glipizid|glimepir[iy]d|tolbutamid"
         r"|m[e]th?adon|bupren?or(?:ph|f)in|oxycodon|oxicodon|oksykodon|morphin|morfin|fentan[iy]l|tramadol"
         r"|codein|code[ií]n|kodein|dihydrocodein|tapentadol|hydromorphon|amitr[iy]pt[iy]lin|nortr[iy]pt[iy]lin"
         r"|imipramin|clomipramin|dosulepin|dothiepin|doxepin|lofepramin|trimipramin|clonidin|klonidyn"
         r"|flecainid|flekainid|propafenon|disopyramid|chloroquin|cloroquin|hydroxychloroquin|hidroxicloroquin"
         r"|quinin|chlorpromazin|thioridazin|theophyllin|teofilin|aminophyllin)\w{0,3}"
         r"|calcium[- ]channel blockers?|beta[- ]?blo(?:ck|qu)\w*|betabloquea\w*|sulfonylureas?|sulphonylureas?"
         r"|sulfonilure\w*|subutex|suboxone|oxycontin|co-codamol|opioids?|opi[oó]ides?|opioidy|opiates?"
         r"|tricyclics?|tric[ií]clicos?|lomotil|diphenoxylate|camphor|methyl salicylate|oil of wintergreen",),
    ),
    # a small child and medicine that may have gone into the mouth: missing or unaccounted-for
    # tablets, an open box or bottle, or a chewed or swallowed one (NHS / TOXBASE: assume the worst)
    Concept(
        "possible_ingestion",
        (r"(?:tablets?|pills?|capsules?|caps|patch\w*)(?: [\w'’]+){0,3} (?:are |is |were |was )?(?:missing|unaccounted"
         r" for|not accounted for|gone from)|(?:missing|unaccounted[- ]for) (?:\w+ ){0,2}(?:tablets?|pills?|capsules?)"
         r"|(?:box|bottle|packet|pack|blister\w*|dosette|pill ?box|organi[sz]er|pot|tub|compartments?|slots?)(?: \w+)?"
         r" (?:was |is |are |were |now |left )?(?:open|opened|chewed|empty|emptied)|(?:swallow\w*|ate|eaten|chew\w*|sucked|sucking|mouthed|mouthing|licked|bitten|bit into)"
         r"(?: [\w'’]+){0,4} (?:tablets?|pills?|capsules?|caps|patch\w*|one|some|a couple|two)\b"
         # a taste of a liquid medicine ("drank a sip of his methadone"), and the verbs in Portuguese,
         # Spanish and Polish (comeu, engoliu, mastigou; se comió, tragó; połknął, zjadła)
         r"|(?:drank|drunk|sipped|swigged|had|took|tasted) (?:a |some |one )?(?:sip|mouthful|swig|gulp|taste|spoonful|capful)"
         r"|(?:comeu|engoliu|mastigou|chupou|comi[oó]|trag[oó]|mastic[oó]|chup[oó]|połkn\w+|zjad\w+|pogryz\w+)\b"
         # a count short from the pack: "the strip is missing 6", "three gone from the blister"
         r"|(?:strip|blister|packet|pack|box|bottle|sheet)s?(?: [\w'’]+){0,4} (?:is |was |are |were )?(?:missing|short(?: of)?)"
         r" (?:\d+|one|two|three"
         r"|four|five|six|seven|eight|nine|ten|a few|several|some)\b|(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten"
         r"|a few|several) (?:are |were |is |was )?(?:missing|gone) (?:from|out of) (?:the|his|her|my|a) (?:strip|blister|packet"
         r"|pack|box|bottle|sheet)"
         # a child found with the tablets in hand: "found her with my mother's tablets"
         r"|found (?:him|her|them|the baby|the child) (?:\w+ )?with (?:[\w'’]+ ){0,3}(?:tablets?|pills?|capsules?|medicines?|meds"
         r"|(?:[\w-]+ )?(?:bottle|box|packet|pack|strip|blister|tub|pot))\b",),
    ),
    # Methotrexate marrow toxicity (MHRA Drug Safety Update 2020, BNF): a daily dose taken in place of
    # the weekly one, or trimethoprim / co-trimoxazole with it, then mouth ulcers, fever, bruising or
    # a low count is life-threatening: stop it and send to hospital
    Concept("methotrexate", (r"methotrexate|metoject|maxtrex",)),
    Concept(
        "methotrexate_risk",
        (r"trimethoprim|co-?trimoxazole|septrin|bactrim",
         r"(?:tak\w*|took|giv\w*|gave|had|using)(?: (?!folic)[\w'’]+){0,4} (?:every day|each day|daily|once a day|every"
         r" (?:morning|night))|daily instead of (?:once )?(?:a |per )?week\w*|instead of (?:once )?(?:a |per |every )?week\w*",),
    ),
    # a weekly dose taken twice, or a double dose (NHS / BNF methotrexate: more than the prescribed dose,
    # medical advice at once; TOXBASE: blood count and folinic acid considered, seen the same day)
    Concept("extra_dose", (r"(?:took|taken|given|gave|swallowed)(?: [\w'’]+){0,6} (?:again|twice|a second (?:dose|time)"
                           r"|two doses|a double dose|an extra (?:dose|one))\b|(?:double|extra|second) dose\b"
                           r"|(?:by|in) (?:mistake|error)|accidentally (?:took|taken|had|given|gave|swallowed)",)),
    Concept(
        "marrow_failure_sign",
        (r"bruis\w*|bleeding gums|nosebleeds?|sore throat|(?:low|very low) (?:white"
         r" (?:cell )?count|neutrophils|platelets)|neutropeni\w*|(?:neutrophils?|platelets|(?-i:WCC|WBC))(?: count)?"
         r"(?: (?:of|is|was|now))?:? ?(?:0(?:\.\d+)?|\.\d+|1(?:\.\d)?)(?! ?\d)(?!\.\d)",),
    ),
    # BAD guidelines (SJS/TEN, 2016): a blistering or peeling rash with sore mouth, lips or eyes
    Concept("skin_peeling", (r"(?:skin|it)(?: \w+){0,3} (?:peel\w*|coming off|came off|slough\w*|shedding)"
                             r"|blister\w* (?:rash|skin)|areas? of blister\w*|blistering|skin peeling|target[- ]?like|targetoid"
                             # blisters that break easily on dusky skin (BAD 2016: the epidermal detachment of SJS/TEN)
                             r"|blisters? (?:that |which )?(?:break|burst|pop|peel)\w*(?: (?:easily|open|off))?"
                             r"|dusky (?:red |purple |grey )?(?:patches|spots|areas|skin|rash|lesions)(?: [\w'’]+){0,5} blisters?",)),
    # the drugs that most often cause SJS/TEN, started in the last eight weeks (BAD 2016; MHRA lamotrigine)
    Concept("sjs_culprit_drug", (r"lamotrigine|lamictal|carbamazepine|tegretol|allopurinol|phenytoin|phenobarbit\w*"
                                 r"|co-?trimoxazole|septrin|sulfasalazine|sulphasalazine|sulfamethoxazole|sulfonamides?"
                                 r"|sulpha drugs?|nevirapine|oxcarbazepine",)),
    Concept("mucosal_sores", (r"(?:sore|eroded|ulcerated|blistered|raw|crusted|crusty|cracked|bleeding)(?:,? (?:\w+ )?(?:and|or) \w+)?"
                              r" (?:lips|mouth|eyes|genitals)|(?:mouth|lip) (?:ulcers|sores)|gritty (?:red )?eyes"
                              r"|(?:lips|mouth)(?: \w+){0,2} (?:blistered|peeling|raw|crusted|bleeding)"
                              r"|(?:ulcers|sores|blisters) (?:in|on|inside|around) (?:my|his|her|their|the) (?:mouth|lips|gums)",)),
    Concept(
        "pesticide_exposure",
        (r"organophosphate\w*|carbamate\w*|insecticides?|pesticides?|sheep dip|nerve agents?|weed ?killers?"
         r"|(?:crop|fly|bug) spray|spray\w* (?:\w+ ){0,3}(?:crops|fields|orchard|greenhouse)"
         # an organophosphate or carbamate by its agent's name, as the can gives it (the agents WHO and TOXBASE
         # name most in poisonings)
         r"|chlorpyrifos|diazinon|malathion|parathion|fenthion|profenofos|terbufos|methamidophos|monocrotophos"
         r"|quinalphos|dimethoate|dichlorvos|acephate|phorate|aldicarb|carbofuran|methomyl|carbaryl",),
    ),
    Concept(
        "cholinergic_signs",
        (r"salivat\w*|drool\w*|(?:pinpoint|tiny|pin[- ]?prick) pupils"
         r"|pupils (?:are |were |look |looks |looking |have gone |gone |went |have become |became )?(?:really |very )?(?:pinpoint|tiny|small)"
         # the cholinergic toxidrome in lay words: spit running from the mouth, sweat "like mad", muscles
         # jumping by themselves (WHO / TOXBASE: salivation, sweating, fasciculations)
         r"|(?:spit|saliva|dribble)(?: \w+){0,2} (?:running|pouring|dripping|coming|drooling) (?:out|from)"
         r"|(?:muscles?|arms?|legs?)(?: \w+){0,2} (?:jumping|flickering|twitching) (?:by (?:themselves|itself)|on (?:their|its) own)"
         r"|twitch\w*|fasciculat\w*|sweating (?:profusely|buckets|heavily|a lot|like mad|like crazy)|pouring (?:with )?sweat"
         r"|(?:heart ?rate|pulse|hr) (?:is |of |was )?(?:[2-4]\d|5[0-4])\b",),
    ),
    # a crop sprayed, the pesticide unnamed ("spraying the cotton field", "sprayed the paddy"): the commonest
    # organophosphate exposure in farm workers (WHO / Eddleston 2008); weaker than a named pesticide, so it counts
    # only with two or more of the toxidrome's separate signs (below)
    Concept("crop_sprayed", (r"spray\w*(?: [\w'’]+){0,4} (?:fields?|crops?|paddy|paddies|farm|plantation|orchards?"
                             r"|vineyards?|vines|greenhouses?|polytunnels?|cotton|rice|maize|corn|wheat|vegetables?|chill?i"
                             r"|tomato\w*|potato\w*|bananas?|tea|coffee|sugar ?cane|tobacco|fruit trees)\b"
                             r"|(?:knapsack|backpack|crop) sprayer"
                             # any crop or the sprayer itself: "spraying the canola", "sprayed the lucerne", "the
                             # hose on the sprayer split" (an unnamed crop is as likely sprayed with an organophosphate)
                             r"|spray(?:ing|ed) (?:the|our|his|her|my|their) (?!(?:\w+ )?(?:paint|hair|perfume|deodorant)\b)[\w'’-]+"
                             r"|(?:the|a|his|her|my|our|their) (?:\w+ )?sprayer\b(?<!paint sprayer)",)),
    # the cholinergic toxidrome's signs one by one, to be counted (WHO / TOXBASE: SLUDGE, miosis, fasciculations)
    Concept("ach_saliva", (r"salivat\w*|drool\w*|frothing|froth\w* at the mouth|(?:spit|saliva|dribble)(?: \w+){0,2}"
                           r" (?:running|pouring|dripping|coming|drooling) (?:out|from)",)),
    Concept("ach_pupils", (r"(?:pinpoint|tiny|pin[- ]?prick) pupils|pupils (?:are |were |look |looks |looking |have gone |gone"
                           r" |went |have become |became )?(?:really |very )?(?:pinpoint|tiny|small)"
                           # the pupils likened to a pin's prick or head: "his pupils are like pinpricks"
                           r"|pupils (?:are |were |look |looks |looking )?like (?:pin[- ]?pricks?|pin ?heads?|pinpoints|dots)",)),
    Concept("ach_twitch", (r"twitch\w*|fasciculat\w*|(?:muscles?|arms?|legs?)(?: \w+){0,2} (?:jumping|flickering)",)),
    Concept("ach_sweat", (r"sweating (?:profusely|buckets|heavily|a lot|like mad|like crazy|too much|so much)"
                          r"|pouring (?:with )?sweat|drenched in sweat",)),
    Concept(
        "antipsychotic",
        (r"antipsychotics?|haloperidol|haldol|risperidone|olanzapine|quetiapine|aripiprazole|clozapine|chlorpromazine"
         r"|zuclopenthixol|flupentixol|depot injection",),
    ),
    Concept(
        "serotonergic",
        (r"sertraline|fluoxetine|citalopram|escitalopram|paroxetine|venlafaxine|duloxetine|mirtazapine|tramadol"
         r"|linezolid|phenelzine|moclobemide|triptans?|sumatriptan|st\.? john['’]?s wort|mdma|ecstasy|(?-i:SSRIs?|SNRIs?"
         r"|MAOIs?)",),
    ),
    Concept("lithium", (r"lithium|priadel|camcolit",)),
    Concept(
        "rigidity",
        (r"rigid\w*|lead[- ]pipe|stiff as a board|(?:muscles?|body|arms|legs)(?: \w+){0,2} (?:gone |are |is |went )?"
         r"(?:stiff|rigid|locked)",),
    ),
    Concept("clonus", (r"clonus|hyperreflexi\w*|myoclon\w*|(?:twitch|jerk)\w*|tremor\w*|tremul\w*",)),
    Concept("agitation", (r"agitat\w*|restless\w*|can['’]?t keep still|hyperactive",)),
    Concept("sweating", (r"sweat\w*|diaphore\w*|drenched",)),
    Concept("coarse_tremor", (r"coarse tremor|(?:hands?|arms?)(?: \w+){0,2} (?:shaking|trembling) (?:badly|a lot|loads)"
                              r"|shaking (?:all over|badly)|tremor\w*|(?:really|very|so) (?:shaky|trembly)",)),
    Concept("unsteady", (r"unsteady|stagger\w*|ataxi\w*|walk\w* (?:like|as if|as though) (?:he|she|i|they)(?:['’]?(?:s|m|re)| is| was| am| are| were)? drunk"
                         r"|(?:can['’]?t|cannot|could ?n['’]?t) walk straight|(?:slurr\w*|slurred) speech",)),
    # paracetamol by any name, or a remedy that holds it ("cold-and-flu powder", co-codamol)
    Concept("paracetamol_product", (r"paracetamol|acetaminophen|tylenol|panadol|calpol|co-?codamol|co-?dydramol"
                                    r"|cold[- ](?:and|&)[- ]flu|lemsip|beechams|night ?nurse|nyquil|dayquil|theraflu"
                                    r"|solpadeine|excedrin|percocet|vicodin|norco",)),
    # a day's amount above 4 g ("5 g a day", "8 to 10 grams daily", "6000 mg per day"): the upper figure
    # of a range counts (BNF: 4 g in 24 hours is an adult's maximum)
    Concept("over_4g_a_day", (
        r"(?<![\d.,])(?:\d{1,2}(?:\.\d+)? ?(?:-|–|to|or) ?)?(?:4\.\d*[1-9]|[5-9](?:\.\d+)?|[12]\d(?:\.\d+)?) ?(?:g|grams?|gm)"
        r"(?:\b(?: [\w'’-]+){0,4} (?:(?:a|per|each|every) day|daily)\b| ?/ ?(?:day|d|24 ?h)\b)",
        r"(?<![\d.,])(?:[5-9],?\d{3}|1\d,?\d{3}) ?mg(?:\b(?: [\w'’-]+){0,4} (?:(?:a|per|each|every) day|daily)\b"
        r"| ?/ ?(?:day|d|24 ?h)\b)",)),
    # taken on two days or more: "for three days", "over the last week", "since Monday"
    Concept("course_of_days", (
        r"(?:(?:the )?(?:last|past)|for|over(?: the)?(?: last| past)?) (?:\d|two|three|four|five|six|several|few|a few"
        r"|couple of|a couple of) (?:days|weeks)\b|(?:(?:the )?(?:last|past)|for (?:a|one|the (?:last|past))|over (?:a|the"
        r"(?: last| past)?)) (?:week|fortnight)\b|since (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
        r"|the weekend)\b",)),
    Concept("nauseated", (r"nause\w*|queasy|feel(?:s|ing)? (?:\w+ )?sick\b",)),
    # digoxin and the drugs that slow the heart with it (BNF: beta-blockers, rate-limiting calcium-channel
    # blockers); amiodarone, clarithromycin and others raise the digoxin level
    Concept("digoxin", (r"digox\w*|lanoxin|digitalis",)),
    Concept("rate_limiting_drug", (r"digox\w*|lanoxin|verapamil|diltiazem|(?:bisopro|metopro|proprano|ateno|carvedi|nebivo|sota|labeta)"
                                   r"lol\w*|beta[- ]?blockers?|ivabradine",)),
    # visual colour change, the sign of digoxin toxicity: things tinged yellow or green (xanthopsia)
    Concept("colour_vision_change", (r"xanthopsia|(?:yellow|green)(?:ish|y)?[- ](?:tinge\w*|tint\w*|haze|hue|glow)"
                                     r"|(?:everything|things|vision|sight|the world|colou?rs|faces|the tv|my eyes)(?: [\w'’-]+){0,4}"
                                     r" (?:yellow|green)(?:ish|y|-ish)?\b|seeing (?:\w+ )?(?:yellow|green)\b",)),
    # a pulse read by a watch or an oximeter, which count fewer beats than the heart in atrial
    # fibrillation (a pulse deficit): only a rate under 40 is trusted there
    Concept("wearable", (r"(?:apple |smart ?|garmin |fitness )?watch\w*|fitbit|garmin|oximeter|pulse ?ox\w*|wearable"
                         r"|(?:oura )?ring says",)),
    # a near-faint, not a plain dizziness: "nearly passed out", "went all swimmy", "had to sit down or I'd have fallen"
    # (begun at the rarer word: "feel faint" read back from "faint")
    Concept("near_faint", (r"(?:nearly|almost) (?:fainted|faint|passed out|pass out|blacked out|black out|collapsed"
                           r"|went down|keeled over)|(?:(?<=feel )|(?<=felt )|(?<=feeling )|(?<=went )|(?<=going ))faint\b"
                           r"|swimmy|woozy|light[- ]?headed|(?:grey|gray)(?:ed|ing)? out|had to (?:sit|lie) down (?:or|before)\b",)),
    # a button (coin-cell) battery by name, code or look: "button battery", "CR2032", "a small flat round battery"
    Concept("button_battery", (r"(?:button|coin|disc|disk)[- ]?(?:cell|batter(?:y|ies))|lithium (?:coin|button|disc)"
                               r"|(?:watch|hearing[- ]aid|key ?fob|car key|calculator|thermometer|bathroom scales?|tea ?light)"
                               r" batter(?:y|ies)|(?:flat|small|tiny|little)(?:,? (?:round|silver|disc|shiny|flat))+ batter(?:y|ies)"
                               r"|(?-i:CR ?(?:1[0-9]|2[0-9])\d\d|LR ?4[134]|AG ?1?\d|SR ?[4-9]\d)\b",)),
    # ... swallowed, or perhaps: in the mouth, up the nose, or one missing
    Concept("battery_ingestion", (r"swallow\w*|\bate\b|eaten|chew\w*|sucking|sucked|mouthing|mouthed"
                                  r"|(?:put|had|popped|stuck|shoved)(?: \w+){0,3} (?:in|into|up) (?:his|her|their|the|my) (?:mouth|nose|ear)"
                                  r"|missing|unaccounted for|(?:can['’]?t|cannot|couldn['’]?t) find",)),
    # risk factors for liver injury from paracetamol (TOXBASE; MHRA 2012): heavy drinking, low weight
    Concept("liver_risk", (r"(?<![\d.])(?:1[5-9]|[2-9]\d|1\d\d) units(?: of alcohol)?(?: a| per| each) week|drinks? (?:heavily"
                           r"|a lot|too much)|heavy drink\w*|alcoholi[cs]\w*|alcohol (?:dependen\w*|excess|misuse|abuse)"
                           r"|underweight|low (?:body )?weight|anorexia nervosa|malnourish\w*",)),
    # wild mushrooms picked and eaten, and sickness that began only hours later: amatoxin (death cap) until
    # shown otherwise (TOXBASE mushrooms: a latent period of 6 hours or more before vomiting and diarrhoea)
    Concept("foraged_mushrooms", (r"(?:wild|foraged|forag\w*|picked|collected|gathered|found)(?: [\w'’]+){0,3} (?:mushrooms?|fungi"
                                  r"|toadstools?)|(?:mushrooms?|fungi)(?: [\w'’]+){0,3} (?:we|i|he|she|they) (?:picked|foraged"
                                  r"|gathered|found|collected)|mushroom (?:picking|hunting|foraging)|pilze|setas|death caps?"
                                  r"|destroying angels?|amanita",)),
    Concept("late_after_meal", (r"(?:felt|was|were) (?:\w+ )?(?:fine|well|ok|okay|normal) for (?:hours|\d+ hours|the (?:evening|night))"
                                r"|(?:[6-9]|1\d|six|seven|eight|nine|ten|twelve) (?:hours|hrs) (?:after|later)|the next (?:morning|day)"
                                r"|(?:woke|waking) (?:\w+ )?(?:in the night|next morning)",)),
    # (South Asian English says "loose motions")
    Concept("diarrhoea_word", (r"diarrh?o?ea\w*|diarrhea|the runs|loose (?:stools?|poos?|motions?)|watery (?:stools?|poos?)",)),
    # paracetamol taken every few hours round the clock for days: more than 4 g a day, a staggered overdose
    # (TOXBASE paracetamol: staggered ingestion over 4 g / 75 mg/kg in 24 h needs assessment and levels now)
    Concept("every_few_hours", (r"every (?:2|3|4|two|three|four|couple of|few)(?:(?: or |-|–| to )(?:3|4|three|four))? ?(?:hours|hrs|h)\b",)),
    Concept("round_the_clock", (r"day and night|night and day|round the clock|around the clock|24/7|all night"
                                r"|(?:through|in) the night too",)),
)

DISCRIMINATORS: Final = (
    Discriminator("paracetamol every few hours round the clock", "emergent",
                  ("paracetamol_product", "every_few_hours", "round_the_clock"),
                  source="TOXBASE paracetamol: a staggered overdose (over 4 g in 24 h), assess and take levels now"),
    Discriminator("sickness hours after eating wild mushrooms", "emergent", ("foraged_mushrooms", "late_after_meal"),
                  any_of=("vomiting", "diarrhoea_word"),
                  source="TOXBASE mushrooms: symptoms after a latent period of 6 h or more suggest amatoxin, hospital now"),
    Discriminator("a blistering rash with sore mouth or eyes", "emergent", ("skin_peeling", "mucosal_sores"),
                  source="BAD guidelines 2016: suspected Stevens-Johnson syndrome / TEN, emergency admission"),
    # a culprit drug with fever and sore mouth, lips or eyes: SJS/TEN's prodrome, before the skin blisters
    # (BAD 2016; MHRA lamotrigine: rash or fever with mucosal signs, stop and seek care now)
    Discriminator("fever with sore mouth or eyes on a drug that causes SJS", "emergent", ("sjs_culprit_drug", "mucosal_sores"),
                  any_of=("fever", "skin_peeling"), none_of=("chronic_only",),
                  source="BAD guidelines 2016: suspected Stevens-Johnson syndrome / TEN, emergency admission"),
    Discriminator("a small child who may have eaten tablets", "emergent", ("child_under_5", "ate_tablets"),
                  source="NHS / TOXBASE: a child who may have swallowed medicine, A&E even if well"),
    Discriminator("a small child and a one-pill-can-kill medicine", "emergent",
                  ("child_under_5", "one_pill_drug", "possible_ingestion"),
                  source="TOXBASE / 'one pill can kill' (Pediatr Drugs 2004): emergency department even if well"),
    # a button battery swallowed (or perhaps, or one missing) burns the oesophagus within two hours while the
    # child looks well: an emergency department now for an X-ray, whatever the symptoms (NPIS / RCEM / BAPS
    # button battery safety alert 2019; a coin is not this)
    Discriminator("a button battery possibly swallowed", "emergent", ("button_battery", "battery_ingestion"),
                  source="NPIS / RCEM / BAPS 2019: suspected button battery ingestion, emergency X-ray even if well"),
    # ... or pushed up a nostril: it burns the septum within hours (findings/same_day.py reads the nose)
    Discriminator("a button battery in the nose", "emergent", ("button_battery", "nose_fb"),
                  source="NICE CKS foreign body in the nose / BAPO: a button battery needs removal at once"),
    Discriminator("methotrexate toxicity signs", "emergent", ("methotrexate", "methotrexate_risk"),
                  any_of=("mucosal_sores", "fever", "marrow_failure_sign"),
                  source="MHRA Drug Safety Update 2020 / BNF methotrexate: daily dosing or trimethoprim, marrow toxicity"),
    Discriminator("an extra dose of methotrexate", "urgent", ("methotrexate", "extra_dose"),
                  source="BNF / NHS methotrexate: more than the weekly dose, medical advice the same day (TOXBASE:"
                         " full blood count, folinic acid)"),
    Discriminator("cholinergic signs after a pesticide", "emergent", ("pesticide_exposure", "cholinergic_signs"),
                  source="WHO / TOXBASE: organophosphate poisoning, emergency department"),
    Discriminator("cholinergic signs after spraying a crop", "emergent", ("crop_sprayed",),
                  any_of=("ach_saliva", "ach_pupils", "ach_twitch", "ach_sweat", "diarrhoea_word"), at_least=2,
                  source="WHO / TOXBASE: organophosphate poisoning, emergency department"),
    Discriminator(
        "rigidity and fever on an antipsychotic", "emergent", ("antipsychotic", "rigidity"),
        any_of=("fever", "temp_ge_39", "not_alert", "new_confusion", "drowsy", "sweating"),
        source="Neuroleptic malignant syndrome (DSM-5-TR; BNF antipsychotics): emergency care",
    ),
    Discriminator(
        "clonus with a serotonergic drug", "emergent", ("serotonergic", "clonus"),
        any_of=("agitation", "sweating", "fever", "temp_ge_39", "hr_high_risk", "new_confusion"),
        source="Hunter serotonin toxicity criteria (QJM 2003)",
    ),
    # NICE CKS lithium: neurological signs (coarse tremor, unsteadiness, confusion, drowsiness) are toxicity,
    # for hospital now; vomiting or diarrhoea alone (a stomach bug) risks it through dehydration and
    # needs a lithium level and review the same day
    Discriminator(
        "toxicity signs on lithium", "emergent", ("lithium",),
        any_of=("unsteady", "new_confusion", "drowsy"),  # (a tremor: lithium_tremor)
        source="MHRA / NICE CKS lithium: signs of toxicity need urgent assessment",
    ),
    Discriminator(
        "vomiting on lithium", "urgent", ("lithium",), any_of=("vomiting", "diarrhoea_word"),
        source="NICE CKS lithium: vomiting or diarrhoea risks toxicity, same-day level and review",
    ),
    # NICE CKS / BNF digoxin: toxicity (nausea, anorexia, visual colour change, dizziness, confusion)
    # with a slow pulse is an emergency (Resuscitation Council UK 2021: bradycardia with adverse features);
    # a watch or oximeter undercounts in AF, so there only a rate under 40 counts
    *(Discriminator("slow pulse with signs of digoxin toxicity", "emergent", ("digoxin", slow),
                    any_of=("nauseated", "vomiting", "anorexia", "colour_vision_change", "haloes", "faint_dizzy",
                            "near_faint", "new_confusion", "syncope"), none_of=unless,
                    source="NICE CKS / BNF digoxin toxicity; RCUK 2021 bradycardia with adverse features")
      for slow, unless in (("hr_lt_50", ("wearable",)), ("hr_le_40", ()))),
    Discriminator("visual colour change or vomiting on digoxin", "urgent", ("digoxin",),
                  any_of=("colour_vision_change", "vomiting"),
                  source="NICE CKS / BNF digoxin: suspected toxicity, same-day digoxin level and review"),
    # nausea or a lost appetite are digoxin toxicity's first signs, the commoner for a diuretic raised or the kidneys
    # failing (hypokalaemia, a higher level): a same-day level, potassium and renal function (NICE CKS / BNF digoxin)
    Discriminator("nausea or a lost appetite on digoxin", "urgent", ("digoxin",), any_of=("nauseated", "anorexia"),
                  none_of=("chronic_only",),
                  source="NICE CKS / BNF digoxin: nausea or anorexia, suspected toxicity, same-day level and review"),
    # RCUK 2021 bradycardia algorithm: syncope is an adverse feature; on a rate-limiting drug a slow pulse
    # with a faint or near-faint is symptomatic bradycardia (BNF: beta-blocker, verapamil, diltiazem)
    Discriminator("slow pulse with a faint on a rate-limiting drug", "emergent", ("rate_limiting_drug", "hr_lt_50"),
                  any_of=("syncope", "near_faint"), none_of=("chronic_only",),
                  source="RCUK 2021 adult bradycardia algorithm: syncope or presyncope as an adverse feature"),
    # a count over a period read as an amount a day (paracetamol.py): over the maximum in 24 hours
    Discriminator("paracetamol counted over the daily maximum", "emergent", ("paracetamol_over_daily_max",),
                  source="TOXBASE paracetamol / NICE CKS poisoning: over 4 g (or 75 mg/kg) in 24 hours, or a staggered"
                         " overdose, needs assessment and a paracetamol level now"),
    Discriminator(
        "paracetamol over 4 g a day for days, with symptoms or a risk factor", "emergent",
        ("paracetamol_product", "over_4g_a_day", "course_of_days"),
        any_of=("nauseated", "vomiting", "upper_abdo_pain", "jaundice", "liver_risk"),
        source="TOXBASE paracetamol (staggered overdose, therapeutic excess) / MHRA 2012: emergency department",
    ),
    Discriminator(
        "paracetamol over 4 g a day for days", "urgent", ("paracetamol_product", "over_4g_a_day", "course_of_days"),
        source="TOXBASE paracetamol / MHRA 2012: therapeutic excess, paracetamol level and liver tests the same day",
    ),
)

GROUP: Final = Group("medicine_toxicity", (*CONCEPTS, *LITHIUM_CONCEPTS, *HERBICIDE_CONCEPTS),
                     (*DISCRIMINATORS, *LITHIUM_DISCRIMINATORS, *HERBICIDE_DISCRIMINATORS),
                     resources=("poison",))
