"""The ConText trigger vocabulary the screen uses: what negates, makes historical, familial or
hypothetical the findings in its scope, in patients' and clinicians' words (`context.py` applies it)."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Final


class Modifier(enum.Enum):
    """What a trigger says about the findings in its scope."""

    NEGATED = "negated"
    HISTORICAL = "historical"
    FAMILY = "family"
    HYPOTHETICAL = "hypothetical"
    PSEUDO = "pseudo"  # blocks other triggers it overlaps; modifies nothing
    TERMINATE = "terminate"  # ends scopes; modifies nothing


class Direction(enum.Enum):
    FORWARD = "forward"
    BACKWARD = "backward"
    BIDIRECTIONAL = "bidirectional"
    NONE = "none"


@dataclass(frozen=True)
class Trigger:
    """One ConText rule: a regex (no capturing groups), its category and its direction."""

    pattern: str
    modifier: Modifier
    direction: Direction = Direction.FORWARD
    max_words: int | None = None  # scope limit in words (either way); None = to the sentence end
    clause: bool = False  # the scope also ends at a comma or colon ("stopped sweating, talking rubbish")


F, B, BI, NO = Direction.FORWARD, Direction.BACKWARD, Direction.BIDIRECTIONAL, Direction.NONE
NEG, HIST, FAM, HYPO = Modifier.NEGATED, Modifier.HISTORICAL, Modifier.FAMILY, Modifier.HYPOTHETICAL
PSEUDO, TERM = Modifier.PSEUDO, Modifier.TERMINATE

_RELATIVE: Final = (
    r"(?:mother|mom|mum|father|dad|brother|sister|sibling|grand(?:mother|father|ma|pa)|"
    r"aunt|uncle|cousin|parent|son|daughter)s?"
)
# a present-tense clause about someone else, after a comma or "and": "..., he's grey", "and she is
# not making sense". Its tense says now: a relative told this way is the patient, not a family history;
# what settles them ("he's fine", "she's on statins", "he's 70", "she's had it before") is left out
_NOW_CLAUSE: Final = (
    r"(?:,|,? and)(?: now)? (?:he|she|they)(?:['’]s|['’]re| is| are| looks| seems| can['’]?t| cannot| isn['’]t| won['’]t"
    r"| keeps| has gone| has turned)"
    r"(?! (?:now )?(?:had|been|got|always|never|still|fine|ok|okay|well|good|better|alright|all right|doing|on|taking"
    r"|in|at|home|back|retired|recovered|recovering|worried|scared|asking|wondering|aware|alive|a|an|the|my|his|her"
    r"|their|\d+)\b)"
)
_EDU_NOUN: Final = (
    r"(?:treatment|management|dos(?:e|age|ing)|symptoms?|signs?|causes?|criteria|risk factors?|"
    r"pathophysiology|definition|difference|approach|side effects?|mechanism|guidelines?|"
    r"prevention|complications?|differential|features?|red flags?|scor(?:e|ing))"
)

# "is not" negates a few words ahead, but not a present-tense verb ("he is not breathing") nor
# how someone feels ("I'm not okay, I want to die"), nor a carer's "she isn't herself" (unwell: it denies
# nothing that follows, "isn't herself, shivering")
_NOT_NEGATING: Final = (
    r"(?! (?:breathing|responding|waking|feeding|eating|drinking|stopping|moving|making|talking"
    r"|speaking|acting|able|sure|improving|getting|going|answering|ok|okay|fine|alright"
    r"|all right|well|good|coping|safe|happy|myself|sleeping|(?:quite |really |at all )?(?:himself|herself|themselves))\b)"
)

# A past time told after the event it dates: each read twice, after a comma and within its own clause
_AGO: Final = r"(?:(?:\d+|a few|several|many|two|three|some) ?)?(?:years?|yrs?|months?|mths?|decades?) ago"
# ("back in February" dates the event months past as "last month" does: "had shingles back in February")
_LAST: Final = (r"last (?:year|month)|back in (?:january|february|march|april|may|june|july|august|september|october"
                r"|november|december|the (?:spring|summer|autumn|fall|winter))")

DEFAULT_TRIGGERS: Final[tuple[Trigger, ...]] = (
    # -- pseudo: look like triggers, are not
    Trigger(
        r"no longer|not only|no change|no improvement|no relief|not relieved|no better", PSEUDO
    ),
    Trigger(
        r"no one(?! (?:else )?in (?:the|my|our|his|her|their) family)|nobody(?! (?:else )?in (?:the|my|our|his|her|their)"
        r" family)|no matter|not sure|no idea|not certain|without (?:any )?warning", PSEUDO
    ),
    Trigger(r"gram[- ]negative|no response to|not responding|not making sense", PSEUDO),
    # Scots and Northern English "no" for "not" before a verb: "she's no making sense", "he's no
    # eating" (a present-tense verb, as "is not breathing" above, is the finding, not its denial)
    # (and in its perfect: "she's no been herself since yesterday", "he's no been right")
    Trigger(r"(?:she|he|they|i|you|we|it)(?:['’]s|['’]m|['’]re| is| are| was| were| am| has| have) no (?:been )?(?:making|talking|breathing"
            r"|responding|waking|moving|eating|drinking|feeding|speaking|answering|right|well|himself|herself)\b", PSEUDO),
    # a worry about what may happen, not what has: "I worry one of them will overdose"
    Trigger(r"(?:worr(?:y|ied|ies)|scared|afraid|frightened|terrified|petrified|in case)(?: that)?(?: [\w'’]+){0,4}"
            r" (?:will|might|could|may|would)", HYPO, max_words=4),
    # ... told with a contracted "will": "terrified she'll have a fit" (to the clause's end only)
    Trigger(r"(?:worr(?:y|ied|ies)|scared|afraid|frightened|terrified|petrified)(?: that)?(?: [\w'’]+){0,3}"
            r" (?:she|he|they|it|i|you|we)['’]ll", HYPO, max_words=4, clause=True),
    # nobody in the family has it: a family history, and a negative one
    Trigger(r"(?:no one|nobody) (?:else )?in (?:the|my|our|his|her|their) family", NEG, max_words=3),
    # a product's warning or leaflet names a risk, not an event: "the game has a warning about
    # seizures", "the leaflet warns of liver damage"
    Trigger(r"(?:warnings?|warns|labels?|leaflets?|disclaimers?) (?:about|of|for|against|on)", HYPO, max_words=4),
    # a general claim about what can happen to people, not a report about the patient: "my sister
    # said babies can have seizures", "people can get clots on long flights"
    Trigger(r"(?<!my )(?<!our )(?:babies|infants|kids|children|people|women|men|adults|anyone|some people)"
            r" (?:can|could|may|might|sometimes) (?:have|get|develop|go into|suffer)", HYPO, max_words=5),
    # a duration is the present illness: "a 6-hour history of high fever", "3 days' history of"
    Trigger(
        r"(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|several|few)[- ]?(?:minutes?|hours?"
        r"|hrs?|days?|weeks?|wks?|months?)['’]?(?:[- ]long)? (?:history|hx) of|(?:hours?|days?|weeks?|months?)['’]"
        r" (?:history|hx) of",
        PSEUDO,
    ),
    # an age is not a history: the "old" of "60-year-old" or "6 weeks old" starts no scope
    Trigger(
        r"(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[- ]?"
        r"(?:years?|yrs?|months?|mos?|weeks?|wks?|days?)[- ]old",
        PSEUDO,
    ),
    # ... and phrases of speech, so "without going into detail, I plan to end it" or "if I'm
    # honest I want to die" late in a message are not negated or made hypothetical
    Trigger(r"without (?:going into|getting into|wanting to|meaning to|a doubt|question)", PSEUDO),
    # a manner of telling, not an absence: "he mentions, without much expression, that ..." negates nothing
    Trigger(r"without (?:much |any |a trace of |visible |obvious )?(?:expression|emotion|feeling|fuss|hesitation|affect)", PSEUDO),
    # a question about an act already done, not a hypothetical: "is it bad if i took 20 of them last night"
    Trigger(r"(?:is|was|would) (?:it|that|this) (?:\w+ )?(?:bad|ok|okay|alright|all right|dangerous|serious|safe|normal|harmful"
            r"|a problem|an issue|a worry) if(?= (?:i|he|she|they|we|my \w+|our \w+)(?: just| already| accidentally)?"
            r" (?:took|swallowed|ate|drank|downed|necked|popped|overdosed|(?:have|has|['’]ve) (?:taken|swallowed|had))\b)", PSEUDO),
    Trigger(
        r"if i['’]?m (?:being )?(?:honest|truthful)|if (?:i|you) (?:must|have to) know|"
        r"if that makes sense|if anything|as if|even if|if i['’]?m being real",
        PSEUDO,
    ),
    # -- negation (medspaCy NEGATED_EXISTENCE)
    Trigger(r"no (?:known |prior |previous |past )?(?:history|hx) of", NEG),
    Trigger(r"no (?:evidence|signs?|symptoms?|complaints?|reports?) of", NEG),
    Trigger(r"negative for|neg for|free of|absence of|rules? out|ruled out for", NEG),
    Trigger(r"denie[sd]|deny(?:ing)?|denying|without|no|nor|never (?:had|experienced)", NEG),
    Trigger(r"(?:does|did|do)(?:n['’]t| not) (?:have|report|endorse|complain of)", NEG),
    # "none of the tablets are missing" (the few words it governs)
    Trigger(r"none of(?: the| his| her| my| their| our| them| these| those)?", NEG, max_words=4, clause=True),
    Trigger(r"not (?:having|experiencing|endorsing)|has not had|hasn['’]t had", NEG),
    # a faint denied over a life: "he has never fainted", "she's never passed out" (a bare "never" stays no
    # trigger: "never felt this bad" asserts)
    Trigger(r"never(?= (?:ever )?(?:fainted|passed out|blacked out|collapsed|lost consciousness)\b)", NEG),
    # a change denied as a habit or in the past: "stays pink, never goes blue or floppy", "never turned grey"
    # (a comparison is no denial: "never gone this floppy", "never looked so pale")
    Trigger(r"never (?:goes|gets|turns|went|got|turned|becomes|became)(?! (?:so|this|that|as|more|such)\b)", NEG,
            max_words=4, clause=True),
    # "he did not fall or hit his head", "didn't lose consciousness"
    Trigger(r"(?:did|does|do)(?:n['’]?t| not)(?= (?:fall|hit|bang|knock|lose|pass|black|faint|vomit|injure))", NEG, max_words=6),
    # ... or in the perfect: "has not vomited", "hasn't been sick or had a fit" (NICE NG232's list told back)
    Trigger(r"(?:has|have|had)(?:n['’]?t| not)(?= (?:vomited|been sick|thrown up|fallen|lost consciousness|passed out"
            r"|blacked out|fainted|had a (?:fit|seizure)))", NEG, max_words=6, clause=True),
    # a state denied outright: "not suicidal or anything like that", "not depressed, just tired"
    Trigger(r"not(?= (?:suicidal|depressed|in danger|at risk|self[- ]harming|pregnant)\b)", NEG, max_words=2),
    # ... or as an adjective's prefix: "a non-pregnant woman", "non-suicidal"
    Trigger(r"non(?=[- ]?(?:suicidal|pregnant)\b)", NEG, max_words=1),
    # a sign denied in an examination's list: "afebrile and not jaundiced", "alert, not pale or clammy",
    # "talking normally and not drooling"
    Trigger(r"not(?= (?:jaundiced|yellow|pale|clammy|sweaty|cyanosed|mottled|distressed|dehydrated|distended|tender"
            r"|confused|drowsy|floppy|lethargic|febrile|feverish|breathless|wheezy|tachycardic|hypotensive"
            r"|short of breath|out of breath|drooling|dribbling|grunting|wheezing|wheezy)\b)", NEG, max_words=3,
            clause=True),
    # a red flag's setting denied: "not worse lying down or on straining", "not worse in the mornings" (NICE
    # CG150's headache features, or any symptom's, told absent)
    Trigger(r"not(?= (?:any )?worse (?:when|if|on|with|lying|bending|straining|cough\w*|sneez\w*|in the|at|first)\b)", NEG,
            max_words=8, clause=True),
    # a symptom denied in a list without its verb: "eating normally and not vomiting", "not being sick", "not
    # been sick, totally himself" (the perfect with its "has" left out, as NICE NG232's checklist is told back)
    Trigger(r"not(?= (?:vomiting|being sick|throwing up|been sick|vomited|thrown up)\b)", NEG, max_words=3, clause=True),
    # a list of denials in a message: "no vomiting, not on any blood thinners"
    Trigger(r"not (?:on|taking|using)(?: any)?", NEG, max_words=2),  # (the medicine, not what follows)
    # a link denied: "not related to exertion", "unrelated to meals", "not brought on by walking"
    Trigger(r"(?:not|never|un)[- ]?related to|not (?:brought on|triggered|provoked|made worse) by"
            r"|not (?:associated|linked) with", NEG, max_words=4, clause=True),
    # ... or a setting denied: "never on exertion", "never when walking", "nothing on exertion", "never when
    # she's jogging" (exertional pain denied: NICE CG95 counts pain on exertion, not its absence)
    Trigger(r"(?:never|nothing) (?:on|with|during|when|while|after)(?: (?:i['’]?m|i am|he['’]?s|she['’]?s|they['’]?re"
            r"|he is|she is|they are|i['’]?ve been|doing|out))?(?= (?:exertion|exercis\w*|effort|walking|running|jogging|climbing"
            r"|activity|stairs|hills?|sport)\b)", NEG, max_words=3, clause=True),
    # ... or a setting the symptom never starts in: "it has never come on at rest or at night", "never happens
    # when sitting" (NICE CG95: pain at rest is what makes exertional angina unstable; its absence is no rest pain)
    Trigger(r"never (?:(?:yet|once|ever) )?(?:come|comes|came|happen(?:s|ed)?|occur(?:s|red)?|start(?:s|ed)?)(?: on)?"
            r"(?= (?:at|when|while|during|in)\b)", NEG, max_words=5, clause=True),
    Trigger(
        rf"(?:i['’]?m|i am|am|is|are|was|were|he['’]?s|she['’]?s|they['’]?re|you['’]?re) not"
        rf"{_NOT_NEGATING}",
        NEG,
        max_words=4,
    ),
    Trigger(rf"(?:is|are|was|were)n['’]?t{_NOT_NEGATING}", NEG, max_words=4),
    Trigger(r"(?:was |were |is |are |been )?ruled out|(?:has |have )?resolved|unlikely", NEG, B),
    # "... with paraesthesia and absent pulses": what is absent is next to it, not the whole sentence
    Trigger(r"(?:is |was |were )?(?:negative|absent|not present)|free", NEG, B, max_words=4, clause=True),
    # what stopped is the nearby finding: "hot to touch, stopped sweating, talking rubbish"; what "has
    # gone past the line" or "has gone up" has grown, not gone
    # ("has gone red", "has gone hard": a change of colour or feel, not a finding gone)
    Trigger(r"stopped|went away|has gone(?! (?:past|beyond|outside|over|up|into|through|across|(?:very |really |all |bright )?"
            r"(?:red|redder|pink|purple|blue|black|white|pale|gr[ae]y|yellow|green|dark|hot|warm|cold|numb|swollen|hard|tense"
            r"|tight|stiff|weak|floppy|sore|worse|angry|crusty|sticky|mushy|soft))\b)|subsided", NEG, BI,
            max_words=4, clause=True),
    # a screening questionnaire's answer after its item ("... hurting yourself: not at all")
    Trigger(r"(?:(?<=[:=] )|(?<=[:=]))(?:not at all|never|none|no|0)(?=\s*(?:[.,;)]|$))", NEG, B),
    # "'thoughts you would be better off dead' - no." (a form's item in quotes, then its answer)
    Trigger(r"(?<=['’\"] )[-–—:] ?(?:no|never|not at all|none)(?=\s*(?:[.,;)]|$))", NEG, B),
    # study, not a patient: "for my EMT exam: a 60 year old man with crushing chest pain ...", "role
    # play a patient having a stroke so I can practise for my paramedic exam" (either side of it)
    Trigger(
        r"(?:for|in|on) (?:my|an?|the|our|this) (?:\w+ ){0,2}(?:exam|test|quiz|assignment|essay|osce|case study"
        r"|scenario|practice question|revision|module|course(?:work)?|homework)s?\b|(?:exam|test|quiz|practice)"
        r" (?:question|q)\b|training scenario|case study|role[- ]?play\w*|most likely (?:dx|diagnosis)",
        HYPO,
        BI,
    ),
    # a first-aid or resuscitation course's practice case: "the practice scenario is an unconscious casualty",
    # "the mock casualty isn't breathing" (a manikin or role, not a patient; what follows it in its clause)
    Trigger(r"(?:practice|training|mock|simulated|simulation|exam|assessment|course) (?:scenarios?|casualt(?:y|ies)"
            r"|manikins?|mannequins?|dumm(?:y|ies))", HYPO, F, max_words=8, clause=True),
    # a questionnaire's item answered "no": "I put not at all for thoughts of being better off dead"
    Trigger(r"(?:answered|put|ticked|said|scored|marked|circled|chose|picked) ['‘\"]?(?:not at all|no|never|none"
            r"|zero|0)['’\"]?(?: to| for| on)?", NEG, BI),
    Trigger(r"(?:the )?(?:question|item)s? (?:about|on|asking(?: about)?)", HYPO, max_words=12),
    # ... but one's own question about one's own thing is no questionnaire: "quick question about my pacemaker"
    Trigger(r"(?:quick|small|simple|silly) questions? about (?:my|his|her|our)\b", PSEUDO),
    # a form's or a clinician's question, not an event: "the form asks 'has your child ever had a fit'"
    Trigger(r"(?:has|have|did|does|do) (?:your|the|this|their) (?:child|son|daughter|baby|patient|pupil|student)"
            r" ever", HYPO, max_words=8, clause=True),
    # a medicine's side effect, not a symptom: "which antihistamine doesnt make you drowsy"
    Trigger(r"(?:does|do|did|will|would|might|may|can|could)(?:n['’]?t| not)?(?: \w+){0,2} make (?:you|me|him|her"
            r"|them|people)",
            HYPO, max_words=3),
    # -- history (medspaCy HISTORICAL)
    Trigger(r"(?:past |prior |previous |remote )?(?:medical )?(?:history|hx) of|h/o|pmh:?", HIST),
    # (a person introduced "with a previous X:" has the X in the past and the colon opens the current episode:
    # "a man with a previous kidney stone: colicky loin pain since 5 am"; the history ends at the colon)
    Trigger(r"(?<=with )(?:a |an )?(?:prior|previous)(?=(?: [\w-]+){1,3}:)", HIST, clause=True),
    Trigger(r"(?:a |the )?(?:prior|previous(?!(?: [\w-]+){1,3}:)|previously|remote(?= (?:history|hx|past|mi|stroke|cva|surgery"
            r"|infarct|injury|fracture|episode)\b))|s/p|status post", HIST),
    # "old" dates only what it qualifies ("old MI"), not the rest: "since we put the old boiler on"
    Trigger(r"old", HIST, max_words=2),
    Trigger(r"(?:was )?admitted (?:for|with)|discharge summary|hospital course", HIST),
    Trigger(r"recovered from|survivor of", HIST),
    # asleep on purpose: a general anaesthetic or sedation for a procedure is no collapse ("under a general,
    # so I was unconscious for it", "put under for the op"); a sign told after "now" is still read
    # (the trigger stops before the operation's word: a trigger whose tail runs into a finding is dropped)
    Trigger(r"under(?= (?:a |the )?(?:general\b|(?-i:GA)\b|an(?:a)?esthe|sedation))"
            r"|(?:general )?an(?:a)?esthe(?:tic|sia)(?= for (?:the|my|his|her|their|an?) )|(?:put|knocked) (?:to sleep|under)(?= for )"
            r"|sedated(?= for )", HIST, F, max_words=8),
    Trigger(
        r"when (?:i|he|she|they|we) (?:was|were) (?:\d+|young|younger|little|a (?:kid|child|"
        r"teen\w*|student)|in (?:high school|college|school|my teens))",
        HIST,
        BI,
    ),
    Trigger(r"in (?:19|20)\d\d", HIST, B),
    # a single event at an age long past, told with none since: "one febrile seizure at 18 months and
    # nothing since" (what it dates is the few words before the age)
    Trigger(r"(?:at (?:the age of |age )?\d+ (?:months|years)|at (?:the age of |age )\d+)(?: old)?(?=[^.;!?\n]{0,60}\b(?:nothing|none|no (?:more|others?"
            r"|further)(?: \w+)?) since\b)", HIST, B, max_words=6),
    # "N years ago" dates the event told in its own clause ("arrived from Afghanistan 2 months ago"),
    # not a present state before a comma ("she is 34 weeks pregnant, first baby, arrived ... ago");
    # told on its own after a comma it dates what the comma follows ("had a stroke, 2 years ago")
    Trigger(rf"(?<=,) ?(?:about |around |roughly |over |nearly |almost |some )?{_AGO}", HIST, B),
    Trigger(_AGO, HIST, B, clause=True),
    Trigger(
        r"as a (?:child|kid|teen(?:ager)?)|in the past|years back", HIST, B
    ),
    # ... and so does "last month" ("new partner last month" dates the partner, not the ache before the comma)
    Trigger(rf"(?<=,) ?{_LAST}", HIST, B),
    Trigger(_LAST, HIST, B, clause=True),
    # ... and at a sentence's start they date what follows in the clause: "Last year in Accra he had a febrile
    # seizure and was admitted", "Two years ago she had a clot" (a "now" or "but" still ends the scope)
    Trigger(rf"(?<![^.!?;\n] )(?<![,:] )(?:{_LAST}|{_AGO})", HIST, F, clause=True),
    # -- experiencer: someone else, in the past (a relative who *is* ill now stays asserted)
    Trigger(r"family (?:history|hx)(?: of)?|fhx|fh:|runs in (?:my|the|our) family", FAM),
    Trigger(
        rf"(?:my |his |her |their |pt['’]?s |patient['’]?s )?{_RELATIVE} "
        r"(?:had|has had|died|passed away|was diagnosed|with a history|attempted|committed"
        r"|suffered)"
        # (nor a relative's device lent to take the patient's reading: "hubby's mum had a BP cuff and it says
        # 164/109" is the patient's pressure)
        r"(?! (?:an?|the|her|his|their|one of those) (?:[\w'’-]+ ){0,2}(?:cuff|machine|monitor|thermometer|oximeter|meter)s?\b)"
        # (not an event of days or hours ago: "my brother had his operation 5 days back" tells the
        # relative a carer asks about, now, not a family history)
        r"(?!(?: [\w'’]+){0,6} (?:(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a few|a couple of|several)"
        r" (?:days?|hours?|hrs?) (?:ago|back)|yesterday|last night|this morning)\b)"
        # (nor what a relative "has had" for minutes, hours or days, or since this morning: "my uncle has had an
        # ache down his left arm and jaw for an hour" is his heart now; "has had diabetes for 20 years" stays his history)
        r"(?!(?: [\w'’]+){0,10} (?:for (?:(?:about|around|over|nearly|almost) )?(?:an?|the (?:last|past)|\d+|one|two|three|four|five|six|a few|a couple of|several)"
        r" (?:minutes?|mins?|hours?|hrs?|days?)|since (?:this morning|last night|yesterday|lunch|breakfast|dinner))\b)"
        # (nor a relative the same sentence goes on to tell ill now: "my uncle has had a bad pain in his chest
        # and arm, he's grey"; "my dad had a heart attack at 50, he's on statins" stays a family history)
        rf"(?![^.!?;\n]{{0,120}}?{_NOW_CLAUSE})",
        FAM,
        max_words=10,
    ),
    # ... or an animal: a pet's own signs ("my cat Biscuit (12) has been unconscious all day", "our old
    # dog is collapsing") are the vet's, not the patient's (ConText experiencer: not the patient); a
    # pet that bites, scratches or knocks someone over leaves that person's signs asserted
    Trigger(r"(?:my|our|the|his|her|their)(?: (?:old|elderly|senior|little|young|new))? (?:cat|dog|kitten|puppy|pup|rabbit"
            r"|bunny|hamster|guinea pig|ferret|horse|pony|budgie|parrot|tortoise)(?: [\w'’]+)?(?: \(\d+[^)]{0,12}\))?"
            r"(?:['’]s| is| has| was| had| seems| looks| keeps)\b(?! (?:\w+ )?(?:bit|bitten|scratched|attacked|knocked|jumped|pushed"
            r"|licked|nipped))", FAM, max_words=5, clause=True),
    # -- hypothetical, conditional and educational (medspaCy HYPOTHETICAL, widened to questions
    #    about medicine rather than about the patient)
    Trigger(r"if|in case|whenever|should (?:you|they|he|she|i) ever|watch (?:out )?for", HYPO),
    # a dose taken "whenever" the pain returns is a habit that happened ("1 g whenever it aches",
    # "two tablets 'whenever it hurts'"), not a hypothetical: the amounts told after it count
    Trigger(r"(?:\d+(?:\.\d+)? ?(?:g|mg|grams?|ml|tablets?|pills?|caps(?:ules)?|sachets?)|tablets|pills|doses?)"
            r" ?['‘’\"“]?whenever", PSEUDO),
    # ... nor is a taking already dated by a clock time or a past day ("if someone took 20 paracetamol around
    # 11pm last night would they be ok now"): a real ingestion asked about at one remove, which TOXBASE
    # times from the hour it was taken (a staggered or late paracetamol overdose is assessed now)
    Trigger(r"if (?:someone|somebody|a (?:person|friend|mate)|my (?:friend|mate)|i|he|she|they|you) (?:took|had taken|swallowed|ate|drank)"
            r"(?: [\w()'’-]+){1,10}? (?:(?:at|around|about|before) (?:\d{1,2}(?:[.:]\d\d)? ?(?:am|pm)\b|midnight)"
            r"|last night|yesterday|this morning|(?:an?|\d+|two|three|four|five|six) hours? ago)", PSEUDO),
    Trigger(r"call 911 if|seek (?:care|help) if|return precautions", HYPO),
    # a diagnosis the writer only asks about ("could it be a seizure?") is a guess, not an event: the
    # signs told elsewhere decide (a witnessed fit, jerking, blue lips still fire on their own words)
    Trigger(r"(?:could|might|can|may) (?:it|this|that|these|those) (?:be|have been|just be)", HYPO, max_words=4),
    Trigger(rf"what (?:is|are|['’]s|were) (?:the )?(?:[\w-]+ ){{0,2}}{_EDU_NOUN}", HYPO),
    Trigger(
        r"what causes|how (?:do|does|is|are|can|should|would) [\w-]+ (?:\w+ )?"
        r"(?:treat|manage|diagnose|reverse|assess|recogni[sz]e|prevent|work)",
        HYPO,
    ),
    Trigger(
        rf"(?:the|about|on|regarding) (?:warning |early |main |common )?{_EDU_NOUN}"
        r"(?: and \w+)? (?:of|for)",
        HYPO,
    ),
    Trigger(r"explain|describe|define|summari[sz]e|teach(?: me)? about|list (?:the|a|some)", HYPO),
    Trigger(
        r"(?:write|create|draft|make|generate|design) (?:me )?(?:a |an |some )?"
        r"(?:\w+ )?(?:mcqs?|questions?|quiz|poster|handout|leaflet|template|lecture|"
        r"slides?|flashcards?|vignettes?)",
        HYPO,
    ),
    # health education: a topic taught to others, not an event ("safe ways to talk about suicide with
    # 14-year-olds", "a staff training session on self-harm"); a topic that is someone's own ("how to talk
    # to my son about his self-harm") is not one, and the scope is a few words of its clause
    Trigger(r"(?:ways?|how) to (?:talk|speak|teach|chat|discuss|cover|approach|address)(?: (?:to|with) (?:[\w-]+ ){1,3}?about"
            r"| about)?(?! (?:his|her|their|my|your|our|him|me|them|it)\b)", HYPO, max_words=4, clause=True),
    Trigger(r"(?:lesson|session|assembly|workshop|training|presentation|seminar|lecture|webinar|module)s?(?: plans?)?"
            r"(?: for (?:[\w-]+ ){1,3}?)? (?:on|about|covering)(?! (?:his|her|their|my|your|our|him|me|them|it)\b)",
            HYPO, max_words=4, clause=True),
    Trigger(r"stands for", HYPO, BI),
    # written information about a medicine: what a leaflet or label warns of is no event ("the leaflet talks about
    # suicidal thoughts when starting"; MHRA patient information leaflets list possible effects, not the reader's)
    Trigger(r"(?:leaflet|package insert|patient information|information sheet|label|packet|box)(?: \w+){0,2}"
            r" (?:talks? about|says|mentions?|warns? (?:about|of)|lists?|describes?)", HYPO, max_words=6, clause=True),
    Trigger(  # fiction: someone on screen or on the page
        r"(?:watch\w*|saw|seen|read\w*|in) (?:a|an|the|this|that) (?:movie|film|tv show|show|"
        r"series|novel|book|episode|documentary)",
        HYPO,
        max_words=12,
    ),
    Trigger(  # the news: someone the user read or heard about, not the user
        r"(?:saw|seen|read|heard|watched|was) (?:\w+ ){0,2}(?:on|in) the (?:news|paper|papers|radio|telly)"
        r"|(?:a|the|this|that) (?:news (?:story|report|item)|newspaper article|article) (?:about|on|said)",
        FAM,
        max_words=10,
        clause=True,
    ),
    Trigger(  # fiction: someone the user is writing
        r"(?:writ\w*|wrote|draft\w*|plott\w*|working on) (?:a|an|the|my|this|our|some) "
        r"(?:[\w-]+ )?(?:thriller|novel|story|stories|book|screenplay|script|play|fanfic\w*|"
        r"scene|chapter|mystery|poem|game|character|plot)"
        r"(?: (?:in which|where|about|that|whose|who))?",
        HYPO,
        max_words=25,
    ),
    Trigger(r"(?:my|the|a) (?:main )?(?:character|protagonist|villain|antagonist)", HYPO),
    Trigger(
        r"for (?:a |my |the |our )?(?:exam|class|boards|lecture|(?:medical |med )?students?)",
        HYPO,
        B,
    ),
    # -- scope terminators (medspaCy TERMINATE) and present-time anchors
    Trigger(
        r"but|however|although|though|yet|except|aside from|apart from|whereas|which|who", TERM
    ),
    # a new clause of what is present: "without malaria prophylaxis, with fever 39.4 C"
    Trigger(r"(?<=,)with|(?<=, )with|(?<=,  )with", TERM),
    # a list of denials turning to what is well: "no drooling, no stridor, breathing comfortably" (the
    # breathing and the swallowing are told, not denied). The words themselves are findings (a child told
    # well, rules/sepsis.py), so the terminator is the comma's space through the clause's own end.
    Trigger(r"(?<=,) (?:breathing (?:comfortabl[ey]|normally|easily|fine|well)|(?:managing|swallowing|drinking|taking)"
            r" (?:his |her |their |my )?(?:sips|fluids|drinks|saliva|water))[.,;]", TERM),
    # ... or to the pulses felt: "no blisters or black areas, and pedal pulses are present" (the pulses are told,
    # not denied; findings/surgical.py reads them)
    Trigger(r"(?<=,) (?:and )?(?:the )?(?:pedal|foot|distal|peripheral|ankle|radial) pulses (?:are |were )?(?:present|palpable"
            r"|normal|felt)[.,;]", TERM),
    # ... or to the recovery from a faint: "no jerking, came round at once" (the recovery is told, not
    # denied; the terminator runs through the clause's end, as the one above)
    Trigger(r"(?<=,) (?:came|comes) (?:round|around|to)\b[^.,;\n]{0,60}[.,;]", TERM),
    # ... or to a concussion's sign told with its length or its consequence: "no LOC, dazed a few seconds,
    # removed from play" (the daze and the removal are told, not denied)
    Trigger(r"(?<=,) (?:dazed|stunned|groggy|seeing stars|saw stars)(?: for)? (?:about |around |~ ?)?(?:a (?:few |couple (?:of )?)?"
            r"|\d+ ?(?:[-–]|to) ?\d+ |\d+ ?|one |two |few )(?:seconds?|secs?|s|moments?|minutes?|mins?)\b[^.,;\n]{0,40}[.,;]",
            TERM),
    Trigger(r"(?<=,) (?:removed|taken|subbed|came|went) (?:off|from)(?: (?:the|from))? (?:play|pitch|field|game|match|ice)\b"
            r"[^.,;\n]{0,40}[.,;]", TERM),
    Trigger(r"now|today|tonight|currently|right now|this (?:morning|afternoon|evening)", TERM),
    # ... and so does a present-tense clause about someone else: "my dad had chest pain and collapsed, he is not
    # breathing" (what follows is now, whatever scope the sentence opened)
    Trigger(_NOW_CLAUSE, TERM),
    Trigger(r"presents? with|presenting with|complains? of|c/o|reports|states|endorses", TERM),
    # a current episode told with its length ends a history's scope: "with previous stones had two hours of pain"
    Trigger(r"(?:has |have )?had (?:\w+ )?(?:hours?|days?|minutes?|mins?) of|had an? (?:hour|day) of", TERM),
)
