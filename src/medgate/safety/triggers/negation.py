"""Negation (medspaCy NEGATED_EXISTENCE) in patients' and clinicians' words, with the pseudo-negations
and the few other triggers that must be tried beside them."""

from __future__ import annotations

from typing import Final

from medgate.safety.triggers.base import BI, HYPO, NEG, PSEUDO, B, F, Trigger

# "is not" negates a few words ahead, but not a present-tense verb ("he is not breathing") nor
# how someone feels ("I'm not okay, I want to die"), nor a carer's "she isn't herself" (unwell: it denies
# nothing that follows, "isn't herself, shivering")
_NOT_NEGATING: Final = (
    r"(?! (?:breathing|responding|waking|feeding|eating|drinking|stopping|moving|making|talking"
    r"|speaking|acting|able|sure|improving|getting|going|answering|ok|okay|fine|alright"
    r"|all right|well|good|coping|safe|happy|myself|sleeping|(?:quite |really |at all )?(?:himself|herself|themselves))\b)"
)


NEGATION_TRIGGERS: Final[tuple[Trigger, ...]] = (
    # -- negation (medspaCy NEGATED_EXISTENCE)
    Trigger(r"no (?:known |prior |previous |past )?(?:history|hx) of", NEG),
    Trigger(r"no (?:evidence|signs?|symptoms?|complaints?|reports?) of", NEG),
    Trigger(r"negative for|neg for|free of|absence of|rules? out|ruled out for", NEG),
    Trigger(r"denie[sd]|deny(?:ing)?|denying|without|no|nor|never (?:had|experienced)", NEG),
    # "without" in Portuguese, Spanish and French before a fever or a sign a carer lists: "sem febre", "sin fiebre",
    # "sans fièvre" (only before such a word: "sin" and "sans" are English words too)
    Trigger(r"(?:sem|sin|sans)(?= (?:febre|fiebre|fi[eè]vre|v[oô]mitos?|sangue|sangre|sang)\b)", NEG, max_words=2),
    Trigger(r"(?:does|did|do)(?:n['’]t| not) (?:have|report|endorse|complain of)", NEG),
    # Scots: "she disnae have a temperature", "he didnae complain of pain" (the same denial)
    Trigger(r"(?:disnae|didnae|dinnae|doesnae) (?:have|report|complain of)", NEG),
    # what one does not wear is absent: "he does not wear contact lenses", "doesn't wear contacts"
    Trigger(r"(?:does|did|do)(?:n['’]?t| not)(?= (?:wear|use) (?:contact )?(?:lens|lenses|contacts)\b)"
            r"|(?:disnae|didnae|dinnae|never)(?= (?:wear|use)s? (?:contact )?(?:lens|lenses|contacts)\b)", NEG, max_words=4),
    # "none of the tablets are missing" (the few words it governs)
    Trigger(r"none of(?: the| his| her| my| their| our| them| these| those)?", NEG, max_words=4, clause=True),
    Trigger(r"not (?:having|experiencing|endorsing)|has not had|hasn['’]t had|hasnae had", NEG),
    # a faint denied over a life: "he has never fainted", "she's never passed out" (a bare "never" stays no
    # trigger: "never felt this bad" asserts)
    Trigger(r"never(?= (?:ever )?(?:fainted|passed out|blacked out|collapsed|lost consciousness)\b)", NEG),
    # a change denied as a habit or in the past: "stays pink, never goes blue or floppy", "never turned grey"
    # (a comparison is no denial: "never gone this floppy", "never looked so pale")
    Trigger(r"never (?:goes|gets|turns|went|got|turned|becomes|became)(?! (?:so|this|that|as|more|such)\b)", NEG,
            max_words=4, clause=True),
    # ... or told with "does not": "doesn't go floppy", "did not turn blue" (only before a colour or tone: "doesn't
    # seem to wake" is no denial)
    Trigger(r"(?:does|did|do)(?:n['’]?t| not) (?:go|get|turn|become)(?= (?:all |very |a bit )?(?:floppy|limp|blue|grey"
            r"|gray|pale|white|purple|dusky|mottled|stiff|blotchy)\b)", NEG, max_words=4, clause=True),
    # "he did not fall or hit his head", "didn't lose consciousness"
    Trigger(r"(?:did|does|do)(?:n['’]?t| not)(?= (?:fall|hit|bang|knock|lose|pass|black|faint|vomit|injure))", NEG, max_words=6),
    # ... or in the perfect: "has not vomited", "hasn't been sick or had a fit" (NICE NG232's list told back)
    # ... or self-harm denied in the perfect: "has not self-harmed", "hasn't harmed herself" (a risk assessment's
    # answer, NICE NG225; the act told still fires)
    Trigger(r"(?:has|have|had)(?:n['’]?t|nae| not)(?: (?:ever|yet))?(?= (?:vomited|been sick|thrown up|fallen|lost consciousness|passed out"
            r"|blacked out|fainted|had a (?:fit|seizure)|self[- ]?harmed|(?:harmed|hurt|cut) (?:her|him|my|them|your)sel(?:f|ves)))",
            NEG, max_words=6, clause=True),
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
    Trigger(rf"(?:is|was)nae{_NOT_NEGATING}", NEG, max_words=4),  # (Scots "isnae", "wasnae")
    Trigger(r"(?:was |were |is |are |been )?ruled out|(?:has |have )?resolved|unlikely", NEG, B),
    # "... with paraesthesia and absent pulses": what is absent is next to it, not the whole sentence
    Trigger(r"(?:is |was |were )?(?:negative|absent|not present)|free", NEG, B, max_words=4, clause=True),
    # what stopped is the nearby finding: "hot to touch, stopped sweating, talking rubbish"; what "has
    # gone past the line" or "has gone up" has grown, not gone
    # ("has gone red", "has gone hard": a change of colour or feel, not a finding gone)
    # ("has gone a bit squint", "has gone all lopsided": a face's change, a droop in Scots or plain words)
    Trigger(r"stopped|went away|has gone(?! (?:past|beyond|outside|over|up|into|through|across|(?:(?:very|really|all|bright"
            r"|a bit|a little|slightly|kind of|sort of) )?"
            r"(?:red|redder|pink|purple|blue|black|white|pale|gr[ae]y|yellow|green|dark|hot|warm|cold|numb|swollen|hard|tense"
            r"|tight|stiff|weak|floppy|sore|worse|angry|crusty|sticky|mushy|soft|squint|crooked|lopsided|droopy|wonky"
            r"|twisted|slack|blurry|fuzzy|slurred))\b)|subsided", NEG, BI,
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
    # ... or its score of nil told before the item, with no verb: "EPDS 11 with 0 on the self-harm item", "zero for
    # the suicide question" (a 0 on EPDS item 10 / PHQ-9 item 9 is the answer "never"; any other score still fires)
    Trigger(r"(?<![\d.,/])(?:0|zero|nil)(?:/\d)? (?:on|for) the(?= [\w-]+(?: [\w-]+)? (?:item|question|subscale)\b)", NEG,
            max_words=3),
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
)
