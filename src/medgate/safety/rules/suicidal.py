"""Suicidal ideation, direct or indirect, and plans or means (988 Lifeline, JMIR Ment Health 2026);
the warning signs told without its words are in suicide_signs.py, a firearm at hand in suicide_means.py."""

from __future__ import annotations

from typing import Final

from medgate.safety.rules.base import G2, MEDICINE, Category, Concept, Rule, gap
from medgate.safety.rules.suicide_means import CONCEPTS as MEANS_CONCEPTS
from medgate.safety.rules.suicide_means import RULES as MEANS_RULES
from medgate.safety.rules.suicide_signs import CONCEPTS as SIGNS_CONCEPTS
from medgate.safety.rules.suicide_signs import RULES as SIGNS_RULES

_SELF: Final = r"(?:myself|himself|herself|themselves|themself|yourself)"
_WANT: Final = (
    r"(?:want|going|gonna|plan|thinking about|think about|urges?|tempted|might|will)\w*(?: to)?"
)

_WORDS: Final = (
    Concept(
        "explicit",
        (
            rf"(?:kill|shoot|hang|drown|stab|off)(?:s|ed|ing)?{G2}{_SELF}",
            # (a plan denied is no wish: "has no plans to harm herself", "denies any plans to hurt himself")
            # (nor one told as a flat refusal, "I'm not going to hurt myself": NICE NG225 asks about intent,
            # and a denied intent with low mood is no emergency; "not going to lie, I want to ..." still fires)
            rf"(?<!no )(?<!any )(?<!i['’]m not )(?<!im not )(?<!i am not )(?<!i['’]m never )(?<!he['’]s not )(?<!she['’]s not )"
            rf"(?<!he is not )(?<!she is not )"
            rf"{_WANT}{G2}(?:hurt|harm|cut|poison|starve|kill)\w* {_SELF}",
            rf"(?:us(?:e|es|ed|ing)|turn\w*|point\w*) (?:it|them|this|that|the \w+|a \w+) on {_SELF}",
            rf"(?:voices?|god|the devil|someone|they){gap(4)}(?:tell|command|order|instruct|say)"
            rf"\w*{gap(3)}(?:hurt|harm|cut|kill|end|poison|starve)\w* {_SELF}",
            r"(?<!\d)(?<!\d )kms|unaliv\w*|(?-i:SI)\b",
        ),
    ),
    # self-harm done, with or without a wish to die (NICE NG225: any self-injury, whatever its motive);
    # "she cuts when stressed" says the act without "herself"
    Concept(
        "self_harm_act",
        (
            # (a history denied is no self-harm: "has never self-harmed")
            rf"(?<!never )self[- ]harm\w*|cutting {_SELF}|(?:hurt|harm|cut)\w* {_SELF} on purpose",
            r"\b(?:i|he|she|they) (?:(?:still |sometimes |often )?cuts?|(?:has|have|had) been cutting|started cutting)"
            rf"(?: {_SELF})? (?:when(?:ever)?|if|to)(?: [\w'’]+){{0,3}}? (?:stress\w*|upset|anxious|sad|angry|low|overwhelm\w*|down|depress\w*"
            r"|panick\w*|numb|cope|coping)\b",
        ),
    ),
    # a wish to die denied in words ("has no wish to die", "not suicidal"): self-harm without it is a
    # same-day psychosocial assessment (NICE NG225 1.4-1.6), not 999, unless a plan or means is told
    Concept(
        "death_wish_denied",
        (r"no (?:wish|desire|intent\w*|intention|thoughts?|plans?) (?:to|of) (?:die|dying|death|end\w* (?:her|his|my|their) life"
         r"|kill\w* (?:her|him|my|them)sel(?:f|ves))|(?:doesn['’]?t|does not|don['’]?t|do not) want to die"
         r"|not (?:trying|wanting) to (?:die|kill (?:her|him|my|them)sel(?:f|ves))",),
        # (not "denies suicidal ideation": a rule concept holding the "denies" would shield the word
        # "suicidal" from it, and the suicide-word rule would fire on a denial)
    ),
    # the word itself, which a topic studied also uses (below)
    Concept(
        "suicide_word",
        # ("suicide Tuesday" is the slang for the low days after ecstasy, a comedown, no wish to die)
        (r"suicid\w*(?! tuesdays?\b| prevention| awareness| hotline| (?:&|and) crisis| rates?| statistics| research| risk (?:assessment|screening))",),
    ),
    # information sought for study, and the writer saying it is not about them: "a school project on
    # suicide warning signs ... I'm doing ok myself" (NICE NG225 asks about the person; a topic is none)
    Concept(
        "study_topic",
        (r"(?:school|class|uni|university|college|psychology|health|a-level|gcse|nursing|sixth form) (?:project|assignment|essay"
         r"|presentation|homework|coursework|report|talk|poster)|assignments?|essays?|coursework|dissertation|thesis|homework"
         r"|research paper|literature review|awareness (?:week|day|month|campaign)",),
    ),
    Concept(
        "self_fine",
        # (read from the adjective back: "i'm" and "not" start too many clauses to dispatch on)
        (r"(?:(?<=i['’]m )|(?<=\bim )|(?<=i am )|(?<=i['’]m doing )|(?<=i am doing )|(?<=i['’]m feeling )|(?<=i am feeling ))"
         r"(?:ok|okay|fine|alright|all right|good|safe)\b|(?:(?<=not )|(?<=n['’]t ))(?:about|for) me\b",),
    ),
    Concept(
        "indirect",
        (
            r"end(?:ing)? (?:it all|my life|my own life|everything|it tonight)",
            r"tak(?:e|ing) my (?:own )?life",
            r"(?:to|wanna|gonna) end it(?! with| between| off)",
            # an intent to die told of someone else ("she intends to take her own life", "he plans to end
            # his life"): reported speech is the same statement (NICE NG225: ask about intent and plans)
            r"(?:intend\w*|intention|plan\w*|going|means|determined|decided|wants?|wanted) to (?:end|take)"
            r" (?:his|her|their) (?:own )?li(?:fe|ves)",
            r"no (?:reason|point) (?:to live|in living|to go on|in going on|living)",
            # safety told lost: "I can't keep myself safe tonight", "not sure she can keep herself safe" (NICE NG225:
            # a person who cannot keep themselves safe is assessed now, whatever plan or intent they deny)
            rf"(?:can['’]?t|cannot|can not|unable to|not able to|don['’]?t know if (?:i|he|she|they) can|not sure (?:i|he|she|they)"
            rf" can|(?:won['’]?t|wont) be able to) (?:keep|stay) (?:{_SELF} )?safe",
            r"(?:don['’]?t see (?:the|any)|what['’]?s the) point (?:of|in) (?:living|going on|life)",
            r"(?:better|happier) (?:off )?(?:if|when) i(?:['’]?m| was| were| am) (?:gone|dead)",
            r"lethal (?:dose|amount)|would be (?:lethal|fatal)|(?:fatal|lethal) overdose",
            r"nothing (?:left )?to live for|(?:can['’]?t|cannot|can not|unable to) go on (?:like this|anymore|any more|living)",
            # (not the wish denied: "doesn't want to die", "does not want to die")
            r"(?<!n['’]t )(?<!nt )(?<!not )(?<!never )(?:want(?:ed|s)?|wanna|ready|trying) to die(?! (?:of|from) (?:embarrassment|shame|boredom|laugh\w*|cringe)"
            r"| laughing"
            # hyperbole: "want to die" with a laugh or a crying emoji at once, then a change of subject to
            # an unrelated question ("... lol, anyway what helps hiccups"); the plain wish, or one with
            # a word of despair before the change of subject, still fires
            r"|,? ?(?:lol|lmao|haha\w*|😭|😂|🤣|💀)(?:(?!hate|alone|hopeless|worthless|nobody|no one|pills|tablets|kill"
            r"|end it|can['’]?t go on)[^\n]){0,160}?\b(?:anyway|anyways|actual question|unrelated|on another note)\b)"
            r"|ways? to (?:die|kill myself|end it)",  # (not "want to die of embarrassment")
            r"goodbye (?:letters?|notes?)|suicide note",
            r"jump(?:ing)? (?:off|from) (?:a |the )?(?:bridge|building|roof|cliff|balcony)",
            r"(?:jump|step)\w* in front of (?:a |the )?(?:train|bus|car|truck)",
        ),
    ),
    # thoughts of ending one's life told of someone else ("has been thinking about ending his life",
    # "talked of taking her own life"): active ideation (C-SSRS 2) as the first person's "ending my life"
    # is; with a plan denied it is a same-day assessment (NICE NG225 1.5), with a gun at hand never
    # (suicide_means.py). ("thoughts of" is left out: "no thoughts of ending her life" is a denial.)
    Concept(
        "life_ending_thoughts",
        # (a denial the negation cues miss is none: "has never thought about ending his life", "hasn't ever")
        (r"(?<!never )(?<!not )(?<!n['’]t )(?<!ever )(?:thinking|thought|thinks|considering|considered|contemplating|contemplated|talk(?:s|ed|ing)?|spoke|speaks"
         r"|speaking) (?:about |of )?(?:ending|taking) (?:his|her|their) (?:own )?li(?:fe|ves)\b",),
    ),
    # A passive wish to be dead or not to wake up (C-SSRS item 1), kept apart from the other indirect
    # words: told with plan and intent both denied, it is assessed the same day, not by 999 (NICE
    # NG225 1.5: assess risk and needs, do not rely on a tool; passive ideation without plan or intent)
    Concept(
        "passive_wish",
        (
            r"(?:don['’]?t|do not|no longer) want to wake up|not (?:to )?wake up|never wake up",
            r"(?:so|and) (?:that )?i (?:don['’]?t|won['’]?t|never) wake up",
            r"(?:wish|want)\w* (?:i was|i were|i['’]?d be|to be|i could be) dead|better off dead",
            # a burden's thought, "everyone would be better off without me" (C-SSRS 1, passive; NICE NG225 /
            # CG16: with no plan or intent and a protective factor, a same-day review, not 999)
            r"better off (?:without me|if i (?:was|were) gone)",
            # not wanting to be alive is the same wish (C-SSRS 1: "wish to be dead ... not alive anymore"),
            # told plainly or as a wish not to be here or never born
            # (not a home: "doesn't want to live in the care home", "don't want to live with them")
            r"(?:(?:don['’]?t|do not|no longer) want to|(?:doesn['’]?t|does not|no longer) wants? to) (?:live|be alive|exist)\b"
            r"(?! (?:in|at|near|on|there|here|alone|abroad|together|nearby|somewhere|anywhere|back|with (?:him|her|them|you|us))\b)"
            r"|(?:don['’]?t|do not|no longer) want to be here",
            r"wish(?:es|ed)? (?:i|he|she|they) (?:wasn['’]?t|weren['’]?t|was not|were not) (?:here|around|alive)\b"
            r"|wish(?:es|ed)? (?:i|he|she|they)(?:['’]d| had) never been born",
            r"(?:i['’]?d|i would|he['’]?d|she['’]?d) rather (?:be dead|not (?:be here|be alive|exist|wake up))",
        ),
    ),
    # hopelessness ("what's the point", "can't see a future"): no wish to die by itself, but with thoughts of
    # self-harm asked about and a plan denied it is a same-day review (NICE NG225 1.5 / NG222: hopelessness is a
    # risk factor; assess the same day), not 999
    Concept(
        "hopeless_thought",
        (r"what['’]?s the point(?: (?:of|in) (?:living|going on|carrying on|it all|anything|life|being here|trying))?"
         r"(?! (?:of|in|to)\b)|(?:feels?|feeling|felt) (?:so |completely |totally )?hopeless|no point (?:in )?(?:living"
         r"|going on|carrying on|anything)|can['’]?t see (?:a|any|the) (?:way out|future|point)"
         # "life is not worth it", "life isn't worth living any more" (PHQ-A item 9's passive end; NICE NG225:
         # with a plan denied, a same-day assessment)
         r"|(?:life|living)(?: (?:is|was|has|feels|felt|seems|just))?(?: not| no longer|n['’]t| isn['’]t| wasn['’]t| hasn['’]t)"
         r"(?: (?:really|been|felt|feel|feels|seemed|seem|seems))* worth (?:it|living|going on|the effort|anything)\b"
         r"|not worth living"
         # "life is pointless", "everything feels so pointless" (NICE NG225: hopelessness, asked about)
         r"|(?:life|living|everything|it all)(?: (?:is|was|feels|felt|seems|just))?(?: so| completely| totally| just)?"
         r" pointless\b",),
    ),
    # thoughts of "ending it", the act unsaid (C-SSRS 2: non-specific active thoughts): ideation only
    # with despair or a wish to die beside it ("ending it with him" is a relationship)
    Concept(
        "ending_it",
        (r"(?:thinking|thought|think|thinks|considering|considered|contemplating|contemplated) (?:about |of )?"
         r"ending it\b(?! (?:with|between|off)\b)",),
    ),
    # plan and intent both denied in one phrase ("no plans or intent", "denies any plan or intention")
    Concept(
        "no_plan_or_intent",
        (
            r"(?:no|denies|denied|denying|without|hasn['’]?t (?:got )?(?:any|a)) (?:any )?"
            r"(?:active |current )?(?:plans?|intent\w*)(?:,| or| and| nor|, or| and no| or any)"
            r" (?:any |no )?(?:active |current )?(?:plans?|intent\w*)\b",
        ),
    ),
    # a plan denied on its own ("he has no plans, and his children would stop him"): with a passive
    # wish, no plan, intent or means, and a protective factor told, NICE NG225 asks for a same-day
    # assessment, not 999 (not "no plans yet", "no plan for now": a plan still in the making)
    Concept(
        "no_plan",
        (r"(?:no|denies|denied|denying|without|(?:has|have)(?:n['’]?t| not) (?:got |made )?(?:any|a)|never made (?:any|a)"
         r"|(?:do|does|did)(?: not|n['’]?t) have (?:any|a)) (?:any )?(?:active |current |specific )?"
         r"plans?\b(?! yet| for now| at the moment| right now| to (?:stop|change|go|get|see|visit|eat)"
         r"| for (?:the|this|next|that|tonight|today|tomorrow|a|an|my|his|her|their|christmas|easter|\w+day|holidays?)\b)",),
    ),
    # what holds someone back (NICE NG225 1.5: ask about protective factors): people who would stop
    # them, no self-harm ever, a plain refusal to act, support close by
    Concept(
        "protective",
        (r"(?:children|kids|family|partner|wife|husband|son|daughter|mum|mom|dad|faith|dog|cat)(?: \w+){0,2} (?:would|will)"
         r" stop (?:me|him|her|them)|(?:keep|keeps) (?:me|him|her|them) going|never (?:harmed|hurt|cut) (?:myself|himself|herself"
         r"|themselves)|(?:has|have|had) never self[- ]harmed|(?:i|he|she|they)(?:['’]d| would) never (?:do|act on) (?:it|that|anything)"
         r"|(?:i|he|she|they)(?:['’]d| would) never act on (?:them|those thoughts|these thoughts|the thoughts)"
         r"|(?:supportive|close to (?:my|his|her|their)) (?:partner|family|wife|husband|sister|brother|friends|parents|mum|mom|dad)"
         r"|(?:partner|family|wife|husband|sister|brother|friends|parents|mum|mom|dad) (?:is|are|has been|have been)"
         r" (?:very |really |so |always )?supportive"
         r"|protective factors?"
         # self-harm denied, or someone named as the reason not to act: "has not harmed herself", "would not
         # because of her little brother" (NICE NG225 1.5: protective factors)
         r"|(?:has|have)(?: not|n['’]t| never) (?:ever )?(?:harmed|hurt|cut) (?:myself|himself|herself|themselves)"
         r"|(?:would|will|could)(?:n['’]t| not| never)(?: do (?:it|that|anything))? because of (?:my|his|her|their)(?: [\w-]+)?"
         r" (?:sister|brother|children|kids|son|daughter|mum|mom|dad|mother|father|family|partner|wife|husband|parents|dog|cat)"
         # ... or told as what they could never do to someone, or as nothing done: "could never do that to his mum",
         # "has done nothing to harm herself" (NICE NG225 1.5: protective factors)
         r"|(?:could|would)(?:n['’]t| not| never) do (?:it|that|this) to (?:my|his|her|their)(?: [\w-]+)?"
         r" (?:sister|brother|children|kids|son|daughter|mum|mom|dad|mother|father|family|partner|wife|husband|parents)\b"
         r"|(?:has|have|had) done nothing to (?:harm|hurt) (?:myself|himself|herself|themselves)"
         r"|supportive (?:housemates|flatmates|roommates|room-mates|friends)",),
    ),
    # a plan or the means told as had, without saying what for: "I have a plan and the pills ready".
    # With a wish to die or hopelessness beside it, ideation with a plan (NICE NG225 1.5: ask about
    # plans and means; the Columbia scale's ideation with a plan is its highest risk); alone, nothing
    # ("we have a plan for his physio", "the tablets are ready to collect")
    Concept(
        "plan_told",
        (
            # (said by its subject, so "I don't have a plan" is no plan told)
            r"\b(?:i|we|he|she|they)(?:['’]ve got|['’]ve made|['’]ve worked out| have got| have made| have| has| got"
            r"| made| worked out)(?: (?:already|now|also|even))? a plan\b(?! (?:for|with|from|in place|of care|b\b"
            r"|to (?:stop|see|get|go|visit|change|eat|cut|ring|call|talk)))",
            r"(?:pills|tablets|meds|painkillers)(?: (?:all|are|is|ready|sitting|here|now)){0,2} ready\b(?! (?:to|for) collect\w*)",
        ),
    ),
    Concept(
        "plan_or_means",
        (
            r"sav(?:e|ed|ing) up (?:all )?(?:my |the )?(?:pills|meds|medications?|tablets)",
            # medicines kept back to take together, named or not ("saving up my sertraline and the
            # codeine", "hoarding her zopiclone"); saving up *for* something is money, and bottle caps,
            # browser tabs and a steam iron are no medicine
            rf"(?:sav(?:e|ed|ing) up(?! for\b| to\b)|hoard(?:s|ed|ing)){gap(5)}(?!(?:caps|tabs|iron)\b){MEDICINE}",
            # told after the tablets: "a bag of his sleeping tablets he's been saving up"
            r"(?:pills|meds|medications?|tablets|painkillers)(?: [\w'’]+){0,4} (?:been |was |were )?(?:sav(?:ed|ing) up"
            r"|stockpil\w*|hoard(?:ed|ing)|squirrel\w* away|stash\w*)",
            r"(?:pills|tablets|meds)(?: \w+){0,2} (?:lined up|counted out|all ready|ready to (?:go|take))",
            r"(?:intend|intends|intending|going|gonna) to take (?:them|it|the \w+|all (?:of )?(?:them|it))(?: all)?"
            r" (?:tonight|today|later|when)",
            r"(?:doing|do) it tonight(?! at| with| for| in the)",
            r"stockpil\w*|take them all at once|(?:take|swallow) (?:all|the whole bottle)",
            r"(?:plan|planning|plans) to (?:overdose|die|jump|end (?:it|my life))",
            r"(?:plan|planning|plans) to (?:hang|shoot|kill|poison) (?:myself|himself|herself)",
            r"noose|(?:take|taking|swallow\w*) all (?:of )?my",
            # how long an overdose amount (ten or more of a medicine) would take "to work": a means weighed
            # (NICE NG225: ask about plans and means; ten tablets is no dose of any one medicine)
            r"how long (?:does|would|will|do|did)(?: it)? (?:it )?take (?:for )?(?:about |around |like |roughly )?"
            r"(?:[1-9]\d+|ten|twenty|thirty|forty|fifty|sixty|a hundred)(?! ?(?:mg|mcg|ml|g|milligrams?|micrograms?"
            r"|days?|weeks?|months?|years?|hours?|minutes?|mins?)\b) (?:of )?(?:my |the |his |her |these |those |them )?"
            rf"(?:[\w'’-]+ )?{MEDICINE}(?: [\w'’]+){{0,8}} to (?:work|kick in|take effect|kill|do it|finish)",
            # means acquired, and intent aimed at oneself
            rf"(?:bought|got|buy|get|getting|found|have|keep|kept|hid|hidden|hiding)\w*"
            rf"{G2}(?:gun|rifle|pistol|handgun|shotgun|rope|noose){gap(10)}"
            rf"(?:on|to|at|against) {_SELF}",
        ),
    ),
)

CONCEPTS: Final = (*_WORDS, *SIGNS_CONCEPTS)

RULES: Final = (
    *SIGNS_RULES,
    Rule("explicit", ("explicit",)),
    Rule("self-harm", ("self_harm_act",), none_of=("death_wish_denied",)),
    Rule("self-harm, wish to die denied", ("self_harm_act", "death_wish_denied"), level="urgent"),
    Rule("explicit", ("suicide_word",), none_of=("study_topic",)),
    Rule("explicit", ("suicide_word", "study_topic"), none_of=("self_fine",)),
    Rule("indirect", ("indirect",)),
    Rule("thoughts of ending one's life", ("life_ending_thoughts",), none_of=("no_plan_or_intent", "no_plan")),
    Rule("thoughts of ending one's life, no plan", ("life_ending_thoughts", "no_plan"), level="urgent"),
    Rule("thoughts of ending one's life, no plan or intent", ("life_ending_thoughts", "no_plan_or_intent"),
         level="urgent"),
    Rule("passive", ("passive_wish",), none_of=("no_plan_or_intent", "no_plan")),
    Rule("passive", ("passive_wish", "no_plan"), none_of=("no_plan_or_intent", "protective")),
    Rule("passive, no plan, protective factors", ("passive_wish", "no_plan", "protective"), level="urgent"),
    Rule("passive, no plan or intent", ("passive_wish", "no_plan_or_intent"), level="urgent"),
    Rule("plan_or_means", ("plan_or_means",)),
    Rule("passive wish with a plan", ("passive_wish", "plan_told"), none_of=("no_plan_or_intent", "no_plan")),
    Rule("hopelessness with a plan", ("hopeless_thought", "plan_told"), none_of=("no_plan_or_intent", "no_plan")),
    Rule("hopelessness, no plan", ("hopeless_thought", "no_plan"), level="urgent"),
    Rule("hopelessness with thoughts of ending it", ("hopeless_thought", "ending_it")),
    Rule("wish to die with thoughts of ending it", ("passive_wish", "ending_it")),
    Rule("hopelessness, no plan or intent", ("hopeless_thought", "no_plan_or_intent"), level="urgent"),
)

CATEGORY: Final = Category("suicidal_ideation", CONCEPTS + MEANS_CONCEPTS, RULES + MEANS_RULES, resources=("crisis",))
