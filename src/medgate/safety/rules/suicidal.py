"""Suicidal ideation, direct or indirect, and plans or means (988 Lifeline, JMIR Ment Health 2026)."""

from __future__ import annotations

from typing import Final

from medgate.safety.rules.base import G2, MEDICINE, Category, Concept, Rule, gap
from medgate.safety.rules.suicide_means import CONCEPTS as MEANS_CONCEPTS
from medgate.safety.rules.suicide_means import RULES as MEANS_RULES

_SELF: Final = r"(?:myself|himself|herself|themselves|themself|yourself)"
_KEPT: Final = "|".join(f"(?<={v} )" for v in ("keep", "kept", "keeping", "keeps", "put", "putting", "puts", "set", "setting",
                                                "held", "holding"))
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
            rf"cutting {_SELF}|(?:hurt|harm|cut)\w* {_SELF} on purpose",
            rf"(?:us(?:e|es|ed|ing)|turn\w*|point\w*) (?:it|them|this|that|the \w+|a \w+) on {_SELF}",
            rf"(?:voices?|god|the devil|someone|they){gap(4)}(?:tell|command|order|instruct|say)"
            rf"\w*{gap(3)}(?:hurt|harm|cut|kill|end|poison|starve)\w* {_SELF}",
            r"(?<!\d)(?<!\d )kms|unaliv\w*|(?-i:SI)\b"
            # (a history denied is no self-harm: "has never self-harmed")
            r"|(?<!never )self[- ]harm\w*",
        ),
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
            r"(?:want(?:ed|s)?|wanna|ready|trying) to die(?! (?:of|from) (?:embarrassment|shame|boredom|laugh\w*|cringe)"
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
         r" (?:sister|brother|children|kids|son|daughter|mum|mom|dad|mother|father|family|partner|wife|husband|parents|dog|cat)",),
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

# Warning signs without the words (AFSP / 988 Lifeline "warning signs of suicide": saying goodbye,
# giving away possessions, putting affairs in order, talking of being a burden or having no
# reason to live, a sudden calm once the decision is made): any two different kinds together are
# an emergency.
_SIGNS: Final = ("farewell", "final_arrangements", "burden_or_end", "hopeless", "sudden_calm", "means_acquired")
CONCEPTS: Final = (
    *_WORDS,
    Concept(
        "farewell",
        (
            r"(?:said|saying|say) (?:my |our |his |her )?goodbyes?|(?:sent|send|sending|written|wrote|writing|left)"
            r"(?: \w+){0,3} (?:goodbye|farewell) (?:message|text|letter|note)s?",
            # (a word may stand between: "his two children", "my grown-up kids")
            r"(?:written|wrote|writing|left) (?:a )?(?:letter|note)s? (?:to|for) (?:everyone|everybody|each of (?:them|you|us)|(?:us|them|you) all"
            r"|(?:each of |all of )?(?:my|his|her|the)(?: [\w-]+)? (?:family|kids"
            r"|children|sons|daughters|grandchildren|grandkids|wife|husband|partner|parents|mum|mom|dad|sister|brother|friends))",
            # letters to the whole circle at once: "written everyone letters", "wrote each of the kids a note"
            r"(?:written|wrote|writing|left) (?:everyone|everybody|each of (?:them|you|(?:my|his|her|the) \w+)"
            r"|all of (?:them|you|us)|(?:us|them|you) all) (?:a )?(?:letters?|notes?)\b",
            # letters found, addressed to each of the family: "letters addressed to each family member"
            r"(?:letters?|notes?|cards?) (?:addressed|written) to (?:each|every|all)(?: of)?(?: (?:the|his|her|my|their))?"
            r" (?:family(?: members?)?|members? of (?:the|his|her|my|their) family|of (?:us|them|you)|relatives?|friends?|children|grandchildren|kids|grandkids)\b",
            # ... or told without the letter: "written to everyone", "messaged everybody"
            r"(?:written|wrote|writing|messaged|texted|emailed) (?:to )?(?:everyone|everybody|all of them|each of them)\b",
            r"thank (?:you|u) for being (?:my|a) (?:friend|mum|mom|dad|sister|brother)|sorry for everything"
            r"|(?:please )?look after (?:my|the) (?:cat|dog|kids|children|pets?|babies)(?: for me)?(?:,|\.| when| after| please)",
        ),
    ),
    Concept(
        "final_arrangements",
        (
            r"(?:gave|giving|given|give) away|(?:gave|giving|given|give) (?:(?:his|her|my|their|all|the|some of)"
            r"(?: [\w'’]+){0,3}) away|re-?hom\w* (?:the |his |her |my |their )?(?:old )?(?:dog|cat|pets?|budgie|bird|horse|rabbit)"
            # a pet's new home arranged ("sorted the dog out with my brother", "found the cat a home")
            r"|(?:sorted|sorting|arranged|arranging|found|finding) (?:out )?(?:a (?:new )?home for )?(?:the |his |her |my |their )?"
            r"(?:dog|cat|pets?|budgie|bird|horse|rabbit)s?(?: out)? (?:with|for|to go to|a (?:new )?home)"
            r"|(?:given|gave|giving) (?:my|his|her|the) (?:[\w'’]+ ){0,6}(?:to (?:\w+ )?friends|to my|to his"
            r"|to her|their things|to (?:a|the) (?:neighbou?r|friend|colleague))",
            r"(?:put|putting|got|sorted|sorting|getting) (?:my|his|her) affairs in order|(?:sorted|made|written|wrote|rewritten|rewrote"
            r"|updated|changed|change|changing|update|make|finished|finalised|finalized|drawn up|drew up) (?:out )?(?:my|his|her|the) will\b",
            r"cleared out (?:my|his|her) (?:flat|room|house|things|desk)|left instructions (?:for|about)"
            r"|cancel (?:all )?(?:my|his|her) (?:\w+ )?appointments?(?: \w+){0,8} (?:won['’]?t|will not) need",
            # affairs settled by selling and paying off (AFSP: putting affairs in order): "sold his boat",
            # "paid back all my debts", "sorted everything out for them"
            r"(?:sold|selling|sell) (?:off )?(?:his|her|my|their|all)(?: [\w'’-]+){0,2} (?:boat|car|truck|van|motor ?bike|bike"
            r"|guitar|tools|things|stuff|belongings|possessions|house|flat|horse|collection)s?\b"
            r"|(?:paid|paying|pay) (?:back|off) (?:all )?(?:(?:his|her|my|their|the) )?(?:\w+ )?(?:debts?|loans?)\b"
            r"|(?:sorted|sorting) (?:out )?(?:everything|it all|all (?:his|her|my) (?:things|stuff|affairs)) (?:so|for)\b",
            # told as done: "everything is in order now", "I've got everything in order" (AFSP: affairs in order)
            r"(?:got|has|have|put|putting|getting) (?:everything|it all|all of it) in order|everything(?:['’]s| is)? in order now",
            # access handed over, things borrowed given back (AFSP: putting affairs in order): "emailed her his bank
            # passwords", "gave me the PIN for her account", "returned all the tools he'd borrowed"
            r"(?:sent|send|sending|gave|given|giving|emailed|texted|written down|wrote down|told (?:me|her|him|us))(?: (?:me|her|him|us|them))?"
            r" (?:all )?(?:his|her|my|their) (?:bank(?:ing)? |online |email |account )?(?:passwords?|pin(?: numbers?)?|passcodes?"
            r"|log-?ins?|bank details|account details)\b"
            r"|(?:returned|returning|gave back|given back|giving back) (?:all )?(?:the |some )?(?:borrowed (?:\w+ )?\w+|(?:things|tools|books"
            r"|stuff|money) (?:he|she|i|they)(?:['’]d| had)? (?:borrowed|lent))",
        ),
    ),
    Concept(
        "burden_or_end",
        (
            r"(?:won['’]?t|will not|wont) be (?:a |an )?(?:problem|burden|nuisance|bother)(?: to| for| on)?(?: \w+)?"
            r" (?:(?:for )?much longer|for long|any ?more|after (?:this|tonight|today))",
            r"nobody (?:will|would|has to|will have to) (?:have to )?(?:deal with|miss|notice|worry about) me",
            # "so the family won't have to deal with me", "the kids will not need to look after me"
            # (told to the listener too: "you won't have to worry about me after Friday")
            r"(?:family|kids|children|wife|husband|partner|parents|they|she|he|you|no ?one)(?: \w+)? (?:won['’]?t|will not|wont|don['’]?t|do not"
            r"|doesn['’]?t|does not|never) (?:have|need|has) to (?:deal with|look after|worry about|bother with|sort out|care for) me\b",
            r"(?:not|won['’]?t|wont) (?:gonna |going to )?be (?:around|here) (?:tomorrow|tomoz|much longer|next week)",
            # a future without one's medicines or appointments after a date chosen, told sideways ("won't be
            # needing my pills after Friday"; AFSP: talking about not being around; NICE NG225: ask about plans)
            r"(?:won['’]?t|will not|wont|shan['’]?t) (?:be )?need(?:ing)? (?:the|my|his|her|their|any|a|another)(?: more| further| repeat"
            r"| follow-up| next)? (?:tablets|pills|medications?|meds|prescriptions?|appointments?|follow-ups?|check-?ups?|repeats?|inhalers?)"
            r"(?: \w+){0,2} (?:after|beyond|past|from) (?:the weekend|this week(?:end)?|next week|tomorrow|tonight|christmas"
            r"|(?:this |next )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b",
            r"tonight['’]?s the night|tonight is the night|(?:it['’]?ll|it will) all be (?:sorted|over) (?:by|after|soon)",
            # a time chosen for an act left unnamed: "tonight feels like the right time", "the time has come";
            # a time to do something named ("the right time to ask") is no such sign
            r"(?:tonight|today|now)(?:['’]s| is| feels| seems)?(?: like)? the (?:right|perfect) (?:time|night|day|moment)"
            r"(?! (?:to|for)\b)|the time has come(?! (?:to|for)\b)"
            # "he has picked a date", "I've chosen the day" (AFSP: making a plan), not "a date for the wedding"
            r"|(?:picked|chosen|chose|fixed|decided on) (?:a|the) (?:date|day)\b(?! (?:for|to|of|with|when|out|at|in)\b)",
            # ... or a time worked out when no one will be there: "worked out when the flat will be empty",
            # "picked a night when her parents are away" (AFSP: making a plan; NICE NG225: ask about plans)
            r"(?:worked out|figured out|planned|picked|chosen|chose)(?: (?:a|the) (?:day|night|time|weekend))? when"
            r" (?:the |my |his |her |their )?(?:flat|house|home|place|room|family|wife|husband|partner|parents|flatmates?"
            r"|everyone|everybody|kids)(?: \w+){0,2} (?:will be|is|are|['’]s|['’]ll be|would be|goes|go|will go)"
            r" (?:empty|away|out|gone)\b",
            r"(?:she|he|they|you)['’]?(?:ll| will) (?:all )?be better off|know how i (?:will|would|am going to|['’]?m"
            r" going to|['’]?ll) (?:finish|end|do) it|(?:i['’]?ve|i have) made up my mind",
            # being a burden, told now or of someone else (AFSP: "talking about being a burden to others"):
            # "I'm just a burden to everyone", "he feels like a burden on the family", "says we'd be better
            # off without him" (a sign with another, not alone: "a burden with my questions" is none)
            # (a scan starts at a word, so "I'm" is read from its "I", not its "'m")
            r"(?:am|is|are|i['’]?m|(?:he|she|it)['’]s|they['’]re|feel|feels|feeling|felt)(?: like)?"
            r" (?:just |such |nothing but |only |a real |a big )?"
            r"(?:a |an )?(?:burden|drain) (?:to|on|for) (?:everyone|everybody|(?:the|my|his|her|their|our) family"
            r"|(?:us|you|them)(?: all)?|all of (?:us|you|them))\b",
            r"(?:would|will|(?:we|they|you|i|everyone|everybody)['’]?(?:d|ll)) (?:all )?be better off without (?:him|her|them)\b",
        ),
    ),
    Concept(
        "hopeless",
        (
            r"no (?:meaning|point|reason) (?:(?:to|in) (?:live|living|going on|carry on|carrying on)|going on|carrying on)"
            r"|(?:see|sees) no point (?:in )?(?:going on|carrying on|living|anything)",
            r"done with (?:it all|everything|life)|(?:can['’]?t|cannot) do (?:this|it) any ?more"
            r"|(?:really|so|been) low since|nobody (?:will|would) miss me|give up on (?:life|everything)"
            # weary of living itself (AFSP: no reason to live), not of a task: "just tired of it all"
            # (of "it all" or "everything" only when the clause ends there: "tired of it all with the move" is a task)
            r"|(?:tired|sick|weary) of (?:living|life|being alive)\b|(?:tired|sick|weary) of (?:it all|everything)"
            r"(?=\s*['’\"”]?\s*(?:[.,;!?]|$))",
        ),
    ),
    # AFSP "acquiring means" (buying a rope or a hosepipe, getting a gun, collecting tablets): a warning
    # sign with any other (a farewell letter, a time chosen), not alone (a rope for the garden)
    Concept(
        "means_acquired",
        (
            r"(?:bought|buys|buying|got hold of|getting hold of|ordered|purchased|acquired|obtained)"
            r" (?:a |an |some |the |(?:a )?length of )?(?:new )?(?:rope|ropes|noose|hose ?pipe|ligature|gun|rifle|shotgun|handgun"
            r"|pistol|charcoal|helium)\b",
            # medicines kept back ("been saving his sertraline and her tramadol in a drawer")
            rf"(?:sav|collect|keep|hid|hidd|stor)(?:e|ed|es|ing|en)? (?:up )?(?:all )?(?:his|her|my|their)(?: [\w'’-]+)? {MEDICINE}",
            # ... several people's gathered together: "collected his own and his late wife's leftover tablets"
            rf"(?:collect|gather|hoard)(?:ed|s|ing)? (?:up )?(?:all )?(?:of )?(?:his|her|my|their)(?: [\w'’-]+){{1,6}}"
            rf" (?:leftover|left-over|old|spare|unused) {MEDICINE}",
            # ... or kept back "just in case": "keeping back tablets", "put some of her pills aside" (AFSP: collecting pills)
            # (the first form read from "back" or "aside": "keep" and "put" start too many clauses)
            rf"(?:{_KEPT})(?:back|aside) (?:some |a few |some of )?(?:(?:his|her|my|their|the) )?(?:[\w'’-]+ )?{MEDICINE}"
            rf"|(?:keep|kept|keeping|keeps|put|putting|puts|stash\w*) (?:some |a few |some of )?"
            rf"(?:(?:his|her|my|their|the) )?(?:[\w'’-]+ )?{MEDICINE} (?:back|aside)\b",
            # a dead person's medicines, or any kept back "just in case" (AFSP: acquiring means; MHRA / NHS:
            # return unused medicines, opioids above all, to a pharmacy)
            rf"(?:kept|keeping|keeps|held on to|holding on to|hung on to|hanging on to)(?: [\w'’-]+){{0,3}} {MEDICINE}"
            r"(?: [\w'’]+){0,2} ['‘\"“]?just in case"
            rf"|(?:kept|keeping|keeps|held on to|hung on to)(?: (?:his|her|my|their))? (?:late|dead|deceased) [\w-]+['’]s {MEDICINE}"
            # ... or another's leftovers: "kept his wife's leftover morphine" (MHRA: return unused medicines)
            rf"|(?:kept|keeping|keeps|held on to|hung on to)(?: (?:his|her|my|their))? [\w-]+['’]s (?:leftover|left-over|spare|unused) {MEDICINE}",
            # a way looked up (AFSP: "looking for a way to kill themselves, such as searching online"): "searched
            # how many of her sleeping tablets it would take"; not a dose looked up ("how many to take a day")
            r"(?:looked up|looking up|searched|searching|googled|googling|researched|researching)(?: online| on (?:his|her|my|the)"
            r" phone)? how many (?:[\w'’-]+ ){0,5}(?:it )?(?:would|will|it['’]?d|would it) (?:take|kill|be (?:enough|fatal|lethal))\b",
            # a lethal means kept at hand, found by family: "found paraquat from the shed in his car"
            r"(?:found|finds|keeps?|kept|hidden|hid|hiding|has got|got)(?: [\w'’]+){0,3} (?:paraquat|weed ?killer|pesticides?"
            r"|rat poison|gun|rifle|shotgun|pistol|rope|noose|hose ?pipe|charcoal)(?: [\w'’]+){0,5} (?:in|under|inside)"
            r" (?:his|her|their|my) (?:car|room|bag|bedroom|drawer|wardrobe|van|truck|locker|pocket|backpack)\b",
        ),
    ),
    # AFSP: "sudden calmness" or an unexplained lift in mood, told of the decision itself
    Concept(
        "sudden_calm",
        (
            r"(?:calm|at peace|peaceful|relieved|settled) (?:about|with) (?:it|this|that|my decision|the decision|everything)\b"
            # a calm that is not like the person (AFSP: "a sudden calm"): "really calm today, which is not like
            # her", "suddenly seems at peace"
            r"|(?:really|very|strangely|oddly|unusually|weirdly|eerily|so) (?:calm|peaceful|at peace|serene)(?: \w+){0,3},?"
            r" (?:which|and that|that)(?:['’]s| is)(?: not|n['’]t) like (?:him|her|them|me)\b"
            r"|suddenly (?:seems|seemed|is|was|looks|looked) (?:very |really |so )?(?:calm|at peace|peaceful|serene)\b"
            r"|(?:made|making) (?:my )?peace with (?:it|everything|everyone)"
            r"|(?:feel|feeling|felt) (?:so much |much |a lot )?(?:better|calmer|lighter) than (?:i have|i['’]?ve) (?:felt )?in"
            r" (?:months|years|ages|a long time)",
        ),
    ),
)

RULES: Final = (
    *(Rule(f"{a}+{b}", (a, b)) for i, a in enumerate(_SIGNS) for b in _SIGNS[i + 1 :]),
    Rule("explicit", ("explicit",)),
    Rule("explicit", ("suicide_word",), none_of=("study_topic",)),
    Rule("explicit", ("suicide_word", "study_topic"), none_of=("self_fine",)),
    Rule("indirect", ("indirect",)),
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
