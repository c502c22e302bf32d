"""Cardiac chest pain: chest pain or pressure with a feature of acute coronary syndrome (CDC)."""

from __future__ import annotations

from typing import Final

from medgate.safety.rules.base import G2, G3, G5, Category, Concept, Rule, gap

_PAIN: Final = (
    r"(?:pains?|pressure|tight(?:ness)?|heav(?:y|iness)|discomfort|hurts?|hurting|ach(?:e|es|ing)"
    r"|squeez\w*|burning|crushing|weight|elephant)"
)

# The breastbone named for the chest: central chest pain is told as pain "in the middle of the
# breastbone" or "behind the sternum" (NICE CG95 chest pain of recent onset: central, retrosternal)
_CHEST: Final = r"(?:chest|breast[- ]?bone|sternum)"

# "like / as if / as though <someone> was ..." before a verb: a past episode told as a simile
_PAST_SIMILE: Final = "".join(
    rf"(?<!{lead} {who} {verb} )" for lead in ("like", "if", "though") for who in ("i", "he", "she", "we", "they")
    for verb in ("was", "were")
)

CONCEPTS: Final = (
    Concept(
        "chest_pain",
        (
            rf"chest(?! wall){G3}{_PAIN}",
            rf"(?:breast[- ]?bone|sternum){G3}{_PAIN}",
            rf"{_PAIN}{G5}{_CHEST}",
            rf"{_PAIN} (?:feeling|sensation|band){gap(6)}{_CHEST}",  # "squeezing feeling in the middle of her chest"
            r"(?-i:CP)",
            r"(?:sub|retro)sternal|precordial",
            rf"clutch\w*{G2}chest",
            # the chest named as the front of the body: "tight across the front of me like a strap", "a
            # pressure across his front" (NICE CG95: central chest pain, however the site is told)
            rf"{_PAIN}(?: \w+){{0,2}} across (?:the front of (?:me|him|her|them|(?:my|his|her|their) chest)|(?:my|his|her|their) front)\b",
            r"(?:unstable )?angina",
        ),
    ),
    Concept(
        "typical_quality",
        (r"crushing|squeezing|elephant|vise|vice[- ]like|like a weight", r"\d{1,2}/10"),
    ),
    Concept(
        "radiation",
        (
            rf"(?:radiat|spread|go|goes|going|mov|shoot|travel|extend)\w*{G5}"
            r"(?:arms?|shoulders?|jaw|neck|back)",
            r"(?:jaw|left arm|l arm) (?:pain|hurts|aches|is numb|numbness)",
            r"(?:jaw|left arm|l arm)(?: \w+)? (?:hurts|aches|numb\w*|tingl\w*)",
            # ... in the progressive, as a relative tells it: "his left arm is aching", "her jaw has been aching"
            # (NICE CG95 1.1.1: pain in the arm or jaw with sweating, told as indigestion or not)
            r"(?:jaw|left arm|l arm) (?:is |was |keeps |has been |had been |started |starting )?(?:aching|hurting)",
            # a heavy left arm is the arm pain of a coronary syndrome in other words ("left arm feels like
            # lead", "heaviness down my left arm"; NICE CG95 1.1.1: pain or heaviness spreading to the arm)
            r"(?:left|l) arm(?: (?:feels?|felt|feeling|is|has gone|gone|went|goes))?(?: all| really| very| so| a bit)?"
            r" (?:heavy|leaden|like (?:lead|a (?:dead )?weight|concrete|a brick))",
            r"heav(?:y|iness) (?:in|down|through) (?:my|his|her|the) left arm",
        ),
    ),
    # Cardiac risk told (NICE CG95 1.3.1: age, sex, diabetes, smoking, hypertension, hyperlipidaemia,
    # family history, known coronary disease): with it, exertional chest pain fires even when the
    # chest wall is tender (a tender chest wall does not exclude a coronary syndrome in those at risk)
    Concept(
        "cardiac_risk",
        (r"diabet\w*|(?<!non-)(?<!non )(?<!ex-)(?<!ex )smok(?:er|es|ing)\b|high (?:cholesterol|blood pressure)"
         r"|hypertensi\w*|hyperlipid\w*|(?:previous|prior|old|known|had a) (?:heart attack|(?-i:MI))|heart disease"
         r"|coronary|stents?\b|bypass|family history of (?:heart|early heart|(?-i:MI))",),
    ),
    Concept("diaphoresis", (r"diaphore\w*|sweat\w*|clamm(?:y|iness)|cold sweat|pale|gr[ae]y|ashen",)),
    Concept(
        "dyspnea",
        (
            r"short(?:ness)? of breath|(?-i:SOB)|dyspn\w*|breathless\w*|winded",
            rf"(?:can['’]?t|cannot|can not|unable to) (?:catch|get){G2}breath|(?:can['’]?t|cannot|can not|unable to) breathe|(?:trouble|difficulty) breathing",
        ),
    ),
    Concept(
        "nausea",
        (r"nause\w*|queas\w*|vomit\w*|throwing up|threw up|sick to (?:my|his|her) stomach"
         r"|(?:feel(?:s|ing)?|felt|and|so|really) sick\b(?! (?:of|note|leave|day|pay|bag))"
         r"|sick in (?:my|his|her|the) (?:stomach|tummy)",),
    ),
    # AHA/ACC 2021 chest pain guideline: the pain of a coronary syndrome may be pressure or a heavy
    # ache in the shoulders, arms, back, jaw or upper abdomen without any in the chest (women,
    # diabetes, older age); with sweating and nausea it is treated as cardiac
    Concept(
        "anginal_equivalent",
        (
            r"(?:heav(?:y|iness)|pressure|tight(?:ness)?|squeez\w*|crushing|ache|aching|achy|discomfort)(?: \w+){0,3}"
            r" (?:across|in|between|through|into) (?:my|his|her|their|the|both)(?: \w+)? (?:upper back|shoulders"
            r"|shoulder blades|jaw|arms|upper (?:tummy|stomach|abdomen|belly))",
            r"indigestion|heartburn|epigastric (?:pain|discomfort|pressure|heaviness)",  # with the rules' other features
            # (Indian English "my shoulder is paining")
            r"(?:jaw|shoulders?|upper back|shoulder blades?)(?: \w+){0,2} (?:aches?|aching|hurts?|pain(?:s|ing)?|heavy|tight)",
            # a record's noun phrase with the side and no preposition: "dull ache L lower jaw"
            r"(?:heav(?:y|iness)|pressure|tight(?:ness)?|ache|aching|discomfort|pain) (?:(?:l|r|left|right|lower|upper|both) ){1,2}"
            r"(?:jaw|arms?|shoulders?)\b",
        ),
    ),
    # NICE CG95 1.1.1: pain in the jaw and arms (the chest may be spared) with sweating, nausea or breathlessness
    # is an acute coronary syndrome until shown otherwise ("his jaw and both arms ache", "arms and jaw aching")
    Concept(
        "jaw_and_arms",
        (r"jaw (?:and|n|&|\+) (?:both |his |her |my |their |the |left |right )*arms?(?: \w+){0,2}"
         r" (?:aches?|aching|achy|hurts?|hurting|pain\w*|heavy|heaviness|sore)"
         r"|(?:both |his |her |my |their |the |left |right )*arms? (?:and|n|&|\+) (?:his |her |my |the )?jaw(?: \w+){0,2}"
         r" (?:aches?|aching|achy|hurts?|hurting|pain\w*|heavy|heaviness|sore)"
         r"|(?:ache|aching|pain|heaviness) in (?:his |her |my |their |the )?jaw (?:and|n|&) (?:both |his |her |my |the )*arms?"
         # the arm first, a Tagalog "sa" (in) for the preposition: "heaviness sa left arm and his jaw"
         r"|(?:ache|aching|pain|heaviness|heavy feeling|pressure|discomfort) (?:in|sa|down|through|on) (?:both |his |her |my"
         r" |their |the |left |right |l |r )*arms? (?:and|n|&|\+) (?:sa )?(?:his |her |my |their |the )?jaw\b",),
    ),
    # NICE CG95 1.1.1: pain spreading to the jaw or the left (or both) arms with sweating or greyness is an
    # acute coronary syndrome whatever word the writer finds for the site ("a heaviness in the middle that goes
    # up into his jaw"); a tooth or ear named as the source is not
    Concept(
        "pain_to_jaw_or_arm",
        (r"(?<!tooth )(?<!ear )(?<!neck )(?:heav(?:y|iness)|pressure|tight(?:ness)?|squeez\w*|crushing|ache|aching|pain"
         r"|discomfort|weight)(?: [\w'’]+){0,6}? (?:goes|going|went|spread\w*|radiat\w*|shoot\w*|travel\w*|extend\w*)"
         r"(?: (?:up|down|out|right|straight))?(?: (?:into|to|through|along|across|in|down|up))+ (?:his |her |my |their |the |both )?"
         r"(?:jaw|left arm|l arm|arms)\b",),
    ),
    Concept(
        "exertional",
        (
            # (not a climb told as done without trouble, "walked up the stairs no problem": exertion that
            # brings no pain provokes none, NICE CG95 / CKS palpitations, a reassuring sign after an episode)
            # (nor exercise told as carried on as usual, a statement of function, not a pain it brings on:
            # "exercising normally otherwise", "still exercising as usual")
            # (nor exercises done to calm down, "settled with breathing exercises": a panic attack's own remedy)
            r"exert\w*|(?<!breathing )(?<!relaxation )(?<!grounding )(?<!calming )(?<!breath )exercis\w*(?! (?:normally|as usual|as normal|fine|without (?:any )?(?:problem|trouble|pain)))"
            r"|(?:walk|climb)\w*(?: up)? (?:the |a )?(?:stairs|hills?|steps)(?!(?: (?:at|to|in|this|last|after) \w+)? (?:with )?(?:no (?:problem|problems"
            r"|bother|trouble|pain|issues?)(?! at rest)|fine|easily|without (?:any )?(?:problem|trouble|pain|difficulty|bother|issue)))"
            r"|uphill|up (?:a|the) hill",
            r"shovel\w*|mowing|running|jogging|carrying|lifting",
        ),
    ),
    Concept(
        "rest_pain",
        (
            # ("fine at rest", "settles at rest", "comfortable at rest": a pain absent at rest is no rest pain)
            r"(?<!never )(?<!not )(?<!fine )(?<!ok )(?<!okay )(?<!better )(?<!settles )(?<!eases )(?<!goes )(?<!gone )"
            # (nor "ECG at rest": a recording taken at rest, not a pain)
            r"(?<!disappears )(?<!comfortable )(?<!settled )(?<!easy )(?<!ecg )(?<!ecgs )(?<!ekg )at rest|while (?:resting|sitting|lying)|woke (?:me|him|her) (?:up )?(?:from sleep)?",
            r"(?:doesn['’]?t|does not|didn['’]?t|won['’]?t|not) (?:go(?:ne)? away|eas\w*|settl\w*)"
            r"|not (?:relieved|helped|helping|working)|(?:no|isn['’]?t|not) (?:helping|working)",
            r"(?:hasn['’]?t|has not|haven['’]?t|have not) (?:eased|settled|gone|helped|worked)",
        ),
    ),
    # NICE CG95 1.1.1: an exertional pain in the jaw, throat, arm or teeth told as another complaint
    # ("toothache", "indigestion" on the walk uphill) that now lasts longer than 15 minutes at rest is an
    # acute coronary syndrome; the site of the pain, whatever name the caller gives it
    Concept(
        "anginal_site_pain",
        (r"(?:ache|aching|achy|pain|heav(?:y|iness)|tight(?:ness)?|discomfort|pressure|burning)(?: [\w'’]+){0,4}"
         r" (?:jaw|throat|arms?|teeth|shoulders?)\b|toothache|indigestion|heartburn"
         r"|(?:jaw|throat|arms?|shoulders?)(?: \w+){0,2} (?:aches?|aching|achy|pain\w*|hurts?|heavy|tight)",),
    ),
    Concept(
        "rest_onset",
        # (not a denial: "it has never come on at rest")
        (r"(?<!never )(?<!not )(?<!n['’]t )(?<!ever )(?:came|comes|come|coming|started|starts|began|begun|happened|happening) on (?:while |whilst |when |as )?(?:i was |he was |she was )?"
         r"(?:sitting|lying|resting|asleep|in bed|watching|reading|at rest)",),
    ),
    # longer than 15 minutes now (NICE CG95 1.1.1: pain lasting longer than 15 minutes)
    Concept(
        "over_15_minutes",
        (r"(?:1[5-9]|[2-9]\d|\d{3}) ?min\w*(?: \w+){0,2}? (?:ongoing|now|so far|and counting|non-?stop|without (?:a )?break)"
         r"|(?:ongoing|going on|lasting|lasted|constant|non-?stop|still there)(?: for)? (?:over |more than |about |nearly |almost )?"
         r"(?:1[5-9]|[2-9]\d) ?min\w*|(?:for|over|more than) (?:the (?:last|past) )?(?:half an hour|an hour|(?:1[5-9]|[2-9]\d) ?min\w*)"
         r"(?: now)?",),
    ),
    Concept(
        "instability",
        (
            r"hypotens\w*|(?:S?BP|blood pressure)(?: is| of| was)?:? ?(?:[4-8]\d|90)(?:/\d+)?",
            r"(?-i:HR):? ?1[0-9]\d|tachycard\w*|dizz\w*|light[- ]?headed|faint\w*",
            r"pass(?:ed|ing)? out|going to pass out|collaps\w*",
        ),
    ),
    Concept(
        "ischemia",
        (
            # (a troponin told normal or negative is a test that ruled ischaemia out: "normal ECGs and troponins",
            # "troponin was negative x2"; NICE CG95: a normal high-sensitivity troponin rules out infarction)
            r"st[- ]elevation|(?-i:N?STEMI)|st depression|(?<!normal )(?<!negative )(?<!normal ecgs and )(?<!normal ecg and )"
            r"(?<!normal ecgs, )(?<!normal ecg, )troponin\w*(?!(?: (?:test|tests|level|levels|result|results))?(?: (?:done|checked|taken|repeated))?,?"
            r"(?: (?:was|were|is|are|came back|have been|both|all|x ?\d|twice))* (?:normal|negative|unremarkable|undetectable"
            r"|fine|ok|okay|clear)\b)"
            # ... or its verdict told later in the clause: "two troponin blood tests 3 hours apart and said all
            # normal" (no raised value between: "troponin was raised but the ECG was normal" still counts)
            r"(?!(?:(?!\b(?:but|raised|high|higher|up|elevated|positive|rising|rose)\b)[^.;!?\n]){0,60}?\b(?:said|were|was"
            r"|came back|both|all|to be)(?: (?:all|both|were|was|to be))* (?:normal|negative|fine|clear|ok|okay)\b)",
            r"(?:unstable|crescendo|new[- ]onset|worsening) angina|(?-i:ACS)\b",
        ),
    ),
    # a sense of impending doom with chest pain (NICE CG95: features of ACS; MTS chest pain)
    Concept("doom", (r"(?:sense|feeling) of (?:impending )?doom|impending doom|(?:feel\w*|felt|sure|convinced|terrified)"
                     r"(?: (?:that|like|as if|as though))? (?:i|he|she|they)(?:['’]m| am| is| was| were|['’]s|['’]re| are)?"
                     r" (?:going to|gonna|about to) die",)),
    # ... and the episodes already investigated and found normal: recurrent panic with normal ECGs and
    # troponins (NICE CG113 panic disorder: recurrent attacks, physical causes excluded)
    Concept("normal_cardiac_workup", (r"normal (?:ecgs?|troponins?|heart tests|cardiac (?:tests|work-?up|investigations))"
                                      r"|(?:ecgs?|troponins?|heart tests)(?: (?:and|&) (?:ecgs?|troponins?|bloods?))?(?: (?:were|was"
                                      r"|all|both|came back|have been|always))* (?:normal|negative|fine|clear)",)),
    # an ECG read as sinus with normal intervals or no acute change: a normal one told by its parts
    Concept("ecg_sinus_normal", (r"(?:ecg|ekg)s?:?(?: (?:shows?|showed|was|is|read as|with))? (?:normal )?sinus(?: rhythm)?,?"
                                 r" (?:with |and )?(?:normal (?:intervals|axis|st segments?|qtc?)|no (?:acute |st |ischa?emic )?"
                                 r"(?:changes|abnormalit\w*))",)),
    # the same attacks before ("three similar episodes this term", "had these before", "known panic
    # attacks"): with a normal ECG, a recurrent panic attack, not a first chest pain
    Concept("similar_before", (r"(?:similar|same|identical|previous|prior) (?:episodes?|attacks?|spells?)"
                               r"|(?:episodes?|attacks?) like (?:this|these|it) (?:before|previously)"
                               r"|(?:had|get|gets|have|has) (?:these|this|them) (?:before|often|regularly|lots)"
                               r"|(?:known|usual|recurrent|previous|history of|diagnosed) panic (?:attacks?|disorder)"
                               r"|panic attacks? (?:\w+ )?(?:before|previously|in the past)",)),
    # Chronic stable angina (exertional, brief, relieved by rest or GTN): exertion alone is its
    # expected pattern, not an emergency; any other feature still fires.
    Concept("stable_angina", (r"(?:stable|chronic|known|long[- ]?standing|usual|typical) angina",)),
    # an exertional pain settling with rest told as an established, unchanged pattern: stable angina
    # (NICE CG126), for the GP, not the same day; a change in it is crescendo angina, read below
    Concept("unchanged_pattern", (r"(?:unchanged|same|stable|predictable|usual|established) pattern"
                                  r"|pattern (?:is |has been |remains |stays )?(?:unchanged|stable|the same)",)),
    # ... and an exertional pain that settles with rest or GTN: stable angina's pattern, new or known;
    # new, it is seen in a rapid-access chest pain clinic (NICE CG95 1.3), an urgent rule below
    Concept(
        "settles_with_rest",
        (
            r"(?:goes|go|gone|went|settles?|settled|eases?|eased)(?: away| off)?"
            rf"{gap(4)}(?:with|after|when i (?:use|take)) (?:my |a |the )?"
            r"(?:(?-i:GTN)|nitro\w*|glyceryl trinitrate|spray|rest\w*)",
            r"relieved (?:by|with) (?:my |a |the )?(?:(?-i:GTN)|nitro\w*|spray|rest\w*)",
            # "settles within two minutes of stopping", "eases off a few minutes after I stop", a range typed
            # with a dash of any length, "within 1–2 minutes" (NICE CG95)
            r"(?:goes|go|gone|went|settles?|settled|settling|eases?|eased|easing|subsides?|subsided)(?: away| off| down)?"
            # ... or told loosely, "within a minute or two", "in 30 seconds" (minutes kept under ten: longer is no
            # settling with rest)
            r" (?:within|after|in) (?:(?:a (?:few|couple of)|an?|one|two|three|four|five|\d(?: ?(?:[-–—]|to|or) ?\d{1,2})?"
            r"|(?:one|two|three) (?:or|to) (?:two|three|four|five)) min\w*(?: or (?:two|so))?|(?:a few|\d{1,2}) sec\w*)"
            r" (?:of|after) (?:i |he |she |they )?(?:stop\w*|rest\w*|sitting down|slowing down|standing still"
            r"|stand(?:ing)? still)",
            # "eases as soon as I stand still", "goes off once he sits down"
            r"(?:goes|go|gone|went|settles?|settled|settling|eases?|eased|easing|subsides?|subsided)(?: away| off| down)?"
            r" (?:when|once|as soon as) (?:i |he |she |they )?(?:stop\w*|rest\w*|sit down|sits down|stand still"
            r"|stands still|slow down|slows down)",
        ),
    ),
    # an exertional pain coming more often, with less effort or getting worse is unstable, whatever
    # settles it (NICE CG95 / CG126: crescendo angina is an acute coronary syndrome, admit)
    Concept(
        "crescendo",
        (r"(?:getting|gets|got|becoming|grown) (?:worse|more frequent|more often|longer)|worse (?:each|every) (?:day|time)"
         r"|(?:less and less|less|smaller) (?:effort|exertion|walking|activity)|more (?:often|frequent) (?:now|lately|this week)"
         # "it's coming more often", "happening more frequently": a changed pattern, whatever came before
         r"|(?:coming|comes|come|happening|happens|getting it|having it|get it|have it) (?:on )?(?:a lot |much |far |even )?"
         r"more (?:often|frequently)",),
    ),
    # Chest-wall pain: pain reproduced by pressing on the spot or by moving the arm or trunk makes an
    # acute coronary syndrome less likely (AHA/ACC 2021 chest pain guideline, "reproducible with
    # palpation"; the Marburg Heart Score counts it against a coronary cause). It removes exertion
    # alone as a feature; sweating, breathlessness, radiation or rest pain still fire.
    Concept(
        "chest_wall",
        (
            r"(?:hurts?|pain\w*|sore|tender|worse|aches?)(?: \w+){0,2} (?:when|if) (?:i|he|she|you) (?:press|push|prod|poke|touch)"
            r"|tender (?:to (?:the )?touch|on (?:pressing|palpation))|reproduc\w* (?:on|by|with) (?:palpation|pressure|pressing)"
            r"|(?:hurts?|pain\w*|worse|aches?)(?: \w+){0,2} (?:when|if) (?:i|he|she|you) (?:twist|turn|reach|stretch|lift (?:my|his|her|your) arm)",
            # a sharp pain brought on by a twist or a press, by lifting the arm, or by pressing on the spot
            # ("sharp when I twist or press on it", "hurts raising my arm", "pressing on the rib makes it worse")
            r"(?:sharp|stabbing|twinges?|catch(?:es)?)(?: \w+){0,2} (?:when|if) (?:i|he|she|you) (?:press|push|prod|poke|touch|twist"
            r"|turn|reach|stretch|move|lift)(?:es|s|ing)?"
            r"|(?:hurts?|pain\w*|sore|sharp|worse) (?:\w+ )?(?:lifting|raising|moving|using) (?:my|his|her|your|the|both) arms?",
            # tender when the muscles are pressed ("tender pressing on the muscles", "sore to press on the pecs")
            r"(?:tender|sore|hurts?|painful) (?:when |on |to )?(?:pressing|press|pushing|prodding|touching|touch) (?:on )?"
            r"(?:the |my |his |her |those |them |it)(?:\w+ )?(?:muscles?|pecs?|ribs?|spot|area|chest wall|cartilage)?",
            r"(?:pressing|pushing|prodding|poking) (?:on )?(?:it|there|the (?:\w+ )?(?:spot|area|muscle|rib|ribs|cartilage|joint))"
            r" (?:hurts|makes it (?:worse|hurt)|brings it on|reproduces it)",
            # one spot the finger can find that brings the pain back exactly ("puts a finger on the tender
            # point between two ribs, which reproduces it"; point tenderness: AHA/ACC 2021, as above)
            r"(?:put|puts|putting|place[sd]?|placing|point\w*) (?:\w+ )?fingers? (?:on|to|at) (?:the|a|one) (?:\w+ ){0,2}(?:spot|point|place"
            r"|area)\b[^.!?\n]{0,60}?\b(?:reproduc\w*|brings? (?:it|the pain) on|sets? (?:it|the pain) off)"
            r"|(?:reproduc\w*|brings? (?:it|the pain) on) (?:\w+ ){0,3}(?:by|on|when|with) (?:\w+ ){0,2}(?:pressing|pressure"
            r"|pushing|touching|palpat\w*)|(?:point|focal|localised|localized) tenderness",
        ),
    ),
    # A pain that lasts only seconds is not ischaemic (AHA/ACC 2021 chest pain guideline: "fleeting,
    # lasting only a few seconds"): at rest in a young person it is a precordial catch. It removes rest
    # alone as a feature; exertion, sweating, breathlessness or radiation still fire. ("Within seconds"
    # tells an onset, not a duration.)
    Concept(
        "fleeting",
        (r"last\w* (?:only |just |about )?(?:a (?:few |couple of )?|one or two |\d{1,2} )?seconds?"
         r"|(?<!within )(?<!in )(?:for|only|just) (?:a (?:few |couple of )|one or two |\d{1,2} )seconds?"
         r"|an? (?:second|moment) or two|(?:a )?split[- ]second|momentary|fleeting",),
    ),
    # the tight chest of asthma: with wheeze or a reliever inhaler named, exertion alone is bronchospasm
    # (BTS/SIGN 158 grades its severity, in the findings layer), not an acute coronary syndrome
    Concept("wheezy_asthma", (r"wheez\w*|asthma\w*|(?:blue|reliever|salbutamol|ventolin) (?:inhaler|puffer|pump)",)),
    # an ECG's ST elevation is a STEMI until shown otherwise (ESC 2023 ACS guideline): with or without pain
    Concept("st_elevation", (r"\d(?:\.\d)? ?mm (?:of )?st[- ]elevation|st[- ]elevation in (?:leads|v\d|ii|aVL|I\b)|(?-i:STEMI)\b",)),
    # ESC 2015 pericardial diseases guideline: ST elevation that is widespread (concave, "saddle"), with
    # PR depression, in a pleuritic pain eased by sitting forward is acute pericarditis, seen the same
    # day, not a coronary occlusion; ST elevation in a territory ("in V1-V4", "STEMI") still fires
    Concept(
        "pericarditis_ecg",
        (r"(?:widespread|diffuse|global|generali[sz]ed|saddle[- ]shaped|concave)(?: \w+){0,2} st[- ]elevation"
         r"|(?-i:PR)[- ](?:segment )?depression",),
    ),
    Concept(
        "heart_attack",
        (
            # (not a past episode likened to one, "felt like I was having a heart attack": a panic attack's
            # words; a simile in the present, "feels like I'm having a heart attack", still fires)
            rf"{_PAST_SIMILE}(?:having|have|having had|is this|it['’]?s|think \w+['’]?m? (?:is )?having) "
            r"(?:a )?heart attack",
            r"heart attack (?:right )?now",
        ),
    ),
)

RULES: Final = (
    Rule("chest_pain+exertional", ("chest_pain", "exertional"),
         none_of=("stable_angina", "settles_with_rest", "chest_wall", "wheezy_asthma")),
    Rule("chest_pain+exertional", ("chest_pain", "exertional", "wheezy_asthma", "cardiac_risk"),
         none_of=("stable_angina", "settles_with_rest", "chest_wall")),
    Rule("chest_pain+exertional", ("chest_pain", "exertional", "chest_wall", "cardiac_risk"),
         none_of=("stable_angina", "settles_with_rest")),
    # a new exertional pain settling with rest: a rapid-access chest pain clinic (NICE CG95 1.3)
    Rule("crescendo exertional pain", ("chest_pain", "exertional", "crescendo")),
    Rule("exertional pain settling with rest", ("chest_pain", "exertional", "settles_with_rest"),
         none_of=("stable_angina", "unchanged_pattern"), level="urgent"),
    *(
        Rule(f"chest_pain+{feature}", ("chest_pain", feature))
        for feature in (
            "typical_quality",
            "radiation",
            "diaphoresis",
            "dyspnea",
            "nausea",
            "instability",
        )
    ),
    Rule("chest_pain+rest_pain", ("chest_pain", "rest_pain"), none_of=("fleeting",)),
    Rule("chest_pain+ischemia", ("chest_pain", "ischemia"), none_of=("pericarditis_ecg",)),
    Rule("chest_pain+doom", ("chest_pain", "doom"), none_of=("normal_cardiac_workup", "ecg_sinus_normal")),
    # an ECG read normal by its parts calms it only in attacks told as the same before (a recurrent
    # panic attack); a first one still fires
    Rule("chest_pain+doom", ("chest_pain", "doom", "ecg_sinus_normal"), none_of=("normal_cardiac_workup", "similar_before")),
    Rule("anginal_equivalent+diaphoresis+nausea", ("anginal_equivalent", "diaphoresis", "nausea")),
    # (or breathlessness: AHA/ACC 2021 lists dyspnoea beside sweating as the pain's company, and a
    # diabetic woman's "gas" and jaw ache with sweating and breathlessness is such a pain)
    Rule("anginal_equivalent+diaphoresis+dyspnea", ("anginal_equivalent", "diaphoresis", "dyspnea")),
    Rule("anginal_equivalent+exertional+radiation", ("anginal_equivalent", "exertional", "radiation"),
         none_of=("stable_angina", "settles_with_rest")),
    Rule("anginal_equivalent+radiation+diaphoresis", ("anginal_equivalent", "radiation", "diaphoresis")),
    *(Rule("jaw_and_arms+" + feature, ("jaw_and_arms", feature)) for feature in ("diaphoresis", "nausea", "dyspnea")),
    Rule("pain_to_jaw_or_arm+diaphoresis", ("pain_to_jaw_or_arm", "diaphoresis")),
    # an exertional pain in the jaw, throat or arm now at rest for over 15 minutes with sweating or nausea:
    # an acute coronary syndrome told as another complaint (NICE CG95 1.1.1)
    *(Rule("exertional site pain now at rest", ("anginal_site_pain", "exertional", rest, "over_15_minutes", feature),
           none_of=("fleeting",))
      for rest in ("rest_pain", "rest_onset") for feature in ("diaphoresis", "nausea")),
    Rule("heart_attack", ("heart_attack",)),
    Rule("st_elevation", ("st_elevation",)),
)

CATEGORY: Final = Category("cardiac_chest_pain", CONCEPTS, RULES)
