"""Altered consciousness: new confusion, a level of consciousness below alert, a low GCS.

Sources: RCP NEWS2 (2017): new-onset confusion, disorientation or agitation scores 3, the most
any single parameter scores, as do V, P and U on the ACVPU scale; Manchester Triage System
discriminator "altered conscious level"; NICE NG51 high-risk criterion "objective evidence of
new altered mental state"; NICE NG232 (head injury, 2023): GCS below 15 needs emergency
assessment. Confusion that is someone's usual state (dementia "as always", "sundowning") is not
new; a change in it ("much more confused since this morning") is.
"""

from __future__ import annotations

from typing import Final

from medgate.safety.findings.base import Discriminator, Group
from medgate.safety.findings.syncope import FLOPPY, FOR_SECONDS
from medgate.safety.rules.base import OUT_OF_IT, Concept

_WHO = r"(?:who|where|what|me|us|her|him|them|anyone|anybody|his own|her own|their own|my)"
_NOT = (
    r"(?:doesn['’]?t|does not|didn['’]?t|did not|don['’]?t|do not|can['’]?t|cannot|couldn['’]?t|not"
    r"|no longer)"
)

# waking or coming round between two seizures, as a verb and as what is missing ("without waking in between")
_WAKE = r"(?:wake|woken|woke|come (?:round|around|to)|came (?:round|around|to)|regain\w* consciousness|recover\w*)"
_NO_WAKING = (
    r"(?:waking|wakening|coming (?:round|around|to)|regaining (?:full )?consciousness|recovering|recovery"
    r"|coming back to (?:himself|herself|themselves))(?: up| fully| properly)? (?:in )?between"
)

CONCEPTS: Final = (
    Concept(
        "new_confusion",
        (
            # (a usual state told as one: "baseline muddled", "usually confused" is no new confusion, NICE CG103)
            r"(?<!baseline )(?<!baseline: )(?<!usually )(?<!normally )(?<!always )(?<!at baseline )"
            r"(?:confus(?:ed|ion)(?! (?:about|by|over (?!the (?:last|past)|(?:a |the )?(?:few|couple|\d|several))|as to"
            r"|with|why|what|whether|if|how|regarding|between|because|on|at))|disorient\w*|muddled|delirium|delirious|befuddled)",
            # (not an opinion of what someone says about a subject: "talks rubbish about football")
            r"talking (?:absolute |complete |total |utter |pure )?(?:nonsense|gibberish|rubbish|nonsensically)"
            r"(?! (?:about|on|regarding)\b)"
            r"|not? making (?:any )?sense|talks? (?:\w+ )?no sense"
            r"|(?:acting|behaving) (?:very |really )?(?:strange\w*|odd\w*|weird\w*|oddly|out of character)",
            # (not "don't know what to do", "who to call": a question of what to do, not disorientation; nor a date
            # not recalled, "can't remember my last tetanus jab", "doesn't remember her last period": a record's gap)
            rf"{_NOT} (?:knows?|recogni[sz]es?|remembers?) {_WHO}(?! to\b)(?! (?:last|previous|most recent|next|first)\b)"
            r"(?: (?:is|am|are|was|were|day|year|we|she|he))?",
            r"picking at (?:the )?(?:sheets|bedclothes|covers|air|clothes)|pulling at (?:her|his|their) clothes"
            r"|seeing things (?:that )?(?:aren['’]?t|are not) there",
            r"not (?:with it|all there|making sense)|altered mental (?:state|status)|(?-i:AMS)\b"
            r"|newly confused|acute(?:ly)? confus\w*|agitated and confused",
            # asking the same question again and again (new memory loss: NEWS2 "new confusion")
            r"(?:ask\w*|repeat\w*) (?:me |us |her |him )?the same (?:question|thing)s?(?: \w+){0,2} (?:over and over|again and again"
            r"|repeatedly|several times|many times|\d+ times|a few times|a couple of times|three times|four times)"
            r"|keeps? (?:asking|repeating) (?:me |us |her |him )?the same (?:question|thing)s?(?! (?:about|on|of|why|like))",
        ),
    ),
    Concept(
        "reduced_consciousness",
        (
            # (not for seconds: a faint's transient loss, read by findings/syncope.py, ESC 2018 T-LOC)
            rf"(?:hard|difficult|impossible) to (?:wake|rouse|arouse)|unrousable|unresponsive(?!{FOR_SECONDS})"
            rf"|unconscious(?! bias|{FOR_SECONDS})|not responding(?!{FOR_SECONDS})|barely (?:awake|conscious|responsive)",
            r"(?:keeps?|keeping) (?:nodding|dozing|drifting) off|(?:can['’]?t|cannot|won['’]?t|doesn['’]?t)"
            r" (?:keep|stay) (?:his |her |their )?eyes open|(?:can['’]?t|cannot|won['’]?t|doesn['’]?t)"
            r" stay awake",
            r"(?:only )?respond\w* (?:only )?to (?:voice|pain|his name|her name|shouting)"
            r"|(?-i:AVPU)[:\s]+(?-i:[VPU])\b|(?:responds to|to) (?:painful )?stimul\w*",
            r"mumbl\w*|not (?:answering|responding|talking)(?: \w+)? properly"
            r"|slow(?:er)? (?:than (?:usual|normal) )?to (?:answer|respond|reply|react)",
            r"(?:can['’]?t|cannot|can not|unable to|could ?n['’]?t|could not) (?:wake|rouse) (?:him|her|them|it)"
            r"(?: up)?(?: properly| fully)?",
            # kept awake only with effort ("we can barely keep him awake", "struggling to keep her awake"):
            # the V of ACVPU told by the one keeping them up
            r"(?:barely|hardly|only just|scarcely|struggl\w* to|trouble|difficulty) (?:keep\w*|wak\w*) (?:him|her|them)"
            r" (?:awake|up)\b",
        ),
    ),
    Concept(
        "drowsy",
        (
            # (a carer's "awful sleepy", "sleepier than usual": the NICE NG143 amber "decreased activity",
            # a red feature with a rash or a head injury)
            r"drowsy|drowsiness|(?:very|really|so|extremely|unusually|awful|awfully|terribly|ever so) (?:sleepy|tired and floppy)"
            r"|sleepier than (?:(?:her|his|their) )?(?:usual|normal|he|she|they)"
            rf"|lethargic|{FLOPPY}|listless|{OUT_OF_IT}|zoned out",
        ),
    ),
    # Resuscitation Council UK: unresponsive and not breathing normally, or no pulse: call 999, CPR
    Concept(
        "arrest_sign",
        (r"(?:he|she|they|hes|shes|he['’]s|she['’]s|they['’]re|baby|is|isn['’]?t|are|aren['’]?t) (?:is |are )?not breathing"
         r"(?! (?:properly|right|well|through|normally))|(?:can['’]?t|cannot|couldn['’]?t|can not) (?:feel|find|get) (?:a |his |her |any )?pulse"
         r"|no pulse|no heart ?beat",),
    ),
    # a seizure with a blue colour, or someone's first (NHS: call 999 for a first seizure)
    Concept("seizure_blue", (r"(?:seiz\w*|fit\b|fitting|convuls\w*|jerking)[^.!?\n]{0,80}?(?:gone|going|turned|turning|looks?) "
                             r"(?:a bit |very |quite )?blue",)),
    Concept("first_seizure", (r"(?:doesn['’]?t|does not|don['’]?t|has never|never) (?:have|had) (?:epilepsy|seizures|fits)"
                              r"|first (?:ever )?(?:seizure|fit)|never had (?:a )?(?:seizure|fit) before",)),
    # known epilepsy: its own seizures have a plan ("his usual seizures", "her epilepsy", "care plan");
    # "an epileptic fit" is only a name for a seizure, "doesn't have epilepsy" a first one. (Each
    # pattern starts at its rare word, the common word before it in a lookbehind: the screen tries
    # a pattern only where its first characters are.)
    Concept(
        "known_epilepsy",
        (
            r"(?:(?<=has )|(?<=have )|(?<=had )|(?<=with )|(?<=known )|(?<=his )|(?<=her )|(?<=their )|(?<=my )|(?<=your ))"
            r"(?<![nN]['’]t have )(?<!not have )(?<![nN]['’]t had )(?<!not had )(?<!never had )"
            r"(?<!never been diagnosed with )(?<!not been diagnosed with )(?<![nN]['’]t been diagnosed with )epilep\w*"
            r"|epileptic(?! (?:fit|seizure|attack|episode|convulsion)s?\b)",
            r"(?:usual|typical|normal|regular|same old) (?:seizures?|fits?|absences?)|(?:seizure|epilepsy|care|rescue) plan"
            r"|seizure diary|levetiracetam|keppra|lamotrigine|lamictal|(?:sodium )?valproate|epilim|carbamazepine|tegretol"
            r"|buccal midazolam",
        ),
    ),
    # back to their own self after a seizure (not "hasn't come back to herself", "he's not back to normal")
    Concept(
        "seizure_recovered",
        (
            r"(?<!not )(?<![nN]['’]t )(?<!never )(?<!yet )(?<![nN]['’]t come )(?<!not come )(?<![nN]['’]t got )(?<!not got )"
            r"(?<![nN]['’]t been )(?<!not been )(?<![nN]['’]t gone )(?<!not gone )back to (?:himself|herself|themselves|themself"
            r"|normal|(?:his|her|their) (?:normal|usual|old) self)"
            r"|(?<!not )(?<![nN]['’]t )(?:fully|completely) recovered|(?:(?<=is )|(?<=was )|(?<=['’]s )|(?<=seems )|(?<=seemed )"
            r"|(?<=and )|(?<=now ))(?:totally|completely|perfectly|entirely) (?:normal|fine|himself|herself)",
        ),
    ),
    # (and a confusion "more than usual": a known impairment made worse, NICE CG103's delirium in dementia)
    Concept("dementia", (r"dementia|alzheimer\w*|sundown\w*|memory (?:problems|loss)"
                         r"|(?:more|even more|a lot more|much more) (?:muddled|confused|forgetful|disoriented) than (?:usual|normal"
                         r"|(?:his|her|their) usual|(?:he|she|they) (?:usually|normally) (?:is|are))",)),
    Concept(
        "prolonged_seizure",
        (
            r"(?:fit|fits|fitting|seiz\w*|convuls\w*)(?:,? [\w'’]+){0,8}? (?:(?:for|over|more than|longer than|past|"
            r"going(?: on)?(?: for)?(?: over)?|gone on(?: for)?|lasting|lasted|started) )?(?:[5-9]|[1-9]\d|five|ten|fifteen"
            r"|twenty) ?(?:min|mins|minutes)\b(?! ago)",
            r"(?:fit|fits|fitting|seiz\w*|convuls\w*)(?: \w+){0,6} (?:(?:is |are )?not stopping|won['’]?t stop"
            r"|(?:is |are )?still (?:going|continuing|happening)|and (?:is )?still continuing|one after (?:the )?(?:another|other)"
            r"|back to back)",
            r"still (?:fitting|seizing|convulsing|having (?:the |a )?(?:fit|seizure))|status epilepticus",
            r"(?:fit|seizure|convulsion)s? after (?:the |an)?(?:other|fit|seizure|convulsion)",
            # seizures with no waking between them, told with the absence inside the finding (so its "without" or
            # "didn't" negates nothing): "a second seizure without waking in between", "hasn't come round
            # between the fits" (NICE NG217 / CG137: repeated seizures without recovery between, status epilepticus)
            rf"(?:fit|fits|seiz\w*|convuls\w*)(?: [\w'’-]+){{0,6}}? (?:without|with no|no) {_NO_WAKING}",
            rf"(?:did ?n['’]?t|did not|has ?n['’]?t|has not|had ?n['’]?t|had not|never) {_WAKE}"
            r"(?: up| fully| properly)? (?:in )?between (?:the |her |his |their )?(?:fits|seizures|convulsions)",
        ),
    ),
    # the shaking of a seizure named elsewhere, told as lasting 5 minutes or more or not stopping ("having a
    # seizure ... shaking for about 7 minutes now and it's not stopping"): shaking alone may be a rigor, so
    # the discriminator needs the seizure too (NICE NG217 7.1, known epilepsy or not)
    Concept("shaking_prolonged", (
        r"(?:shaking|jerking|twitching|convulsing|fitting)(?: \w+){0,3}? (?:for|over|more than|longer than)"
        r"(?: (?:about|around|nearly|almost|over|at least|roughly|a good))? (?:[5-9]|[1-9]\d|five|six|seven|eight|nine|ten"
        r"|fifteen|twenty) ?(?:min|mins|minutes)\b(?! ago)",
        r"(?:shaking|jerking|convulsing|fitting)(?: [\w'’]+){0,8}? (?:(?:is |are )?not stopping|won['’]?t stop"
        r"|has ?n['’]?t stopped|has not stopped)",)),
    # ... or the second told as "another one" (a seizure named elsewhere: "another one" may be a feed)
    Concept("another_without_waking", (rf"(?:(?<=another )|(?<=a second )|(?<=a third ))one(?: [\w'’-]+){{0,4}}?"
                                       rf" (?:without|with no|no) {_NO_WAKING}",)),
    # a course told over days ("last 2 days", "for a few days", "since the weekend"): a change that came
    # on over days, whatever else is timed today ("temp 37.8 this morning")
    Concept("days_course", (
        r"(?:(?:the )?(?:last|past)|for|over(?: the)?(?: last| past)?) (?:\d|two|three|four|five|six|several|few|a few"
        r"|couple of|a couple of) days\b|since (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend)\b",)),
)

DISCRIMINATORS: Final = (
    Discriminator(
        "new confusion", "emergent", ("new_confusion",), none_of=("chronic_only", "dementia"),
        source="RCP NEWS2 (2017): new confusion scores 3; MTS: altered conscious level",
    ),
    Discriminator(
        "worse confusion", "emergent", ("new_confusion",),
        any_of=("worsening", "onset_sudden", "recent_hours"), none_of=("chronic_only", "dementia"),
        source="RCP NEWS2 (2017): new confusion; NICE CG103 delirium: an acute change",
    ),
    # In dementia a change within hours is still an emergency; one over days, with the observations
    # (read by NEWS2 and the sepsis criteria, which still fire) normal, is a delirium for a same-day
    # assessment of its cause (NICE CG103 1.6: assess the person, identify and treat the cause)
    Discriminator(
        "sudden confusion in dementia", "emergent", ("new_confusion", "dementia"),
        any_of=("onset_sudden", "recent_hours"), none_of=("chronic_only", "days_course"),
        source="RCP NEWS2 (2017): new confusion; NICE CG103 delirium: an acute change",
    ),
    Discriminator(
        "worse confusion in dementia", "urgent", ("new_confusion", "dementia", "worsening"), none_of=("chronic_only",),
        source="NICE CG103 (delirium) 1.6: same-day assessment of the cause",
    ),
    Discriminator(
        "reduced level of consciousness", "emergent", ("reduced_consciousness",),
        source="ACVPU below alert (NEWS2 3); MTS: altered conscious level",
    ),
    Discriminator("GCS<15", "emergent", ("gcs_lt_15",), source="NICE NG232: GCS < 15, emergency assessment"),
    Discriminator("unresponsive, not breathing or no pulse", "emergent", ("arrest_sign",),
                  source="Resuscitation Council UK (2021): not breathing normally or no pulse, call 999 and start CPR"),
    Discriminator("a seizure with blue colour or a first seizure", "emergent", ("seizure",),
                  any_of=("seizure_blue", "first_seizure"), none_of=("chronic_only",),
                  source="NICE NG217 / NHS: call 999 for a first seizure or if the person turns blue"),
    Discriminator(
        "prolonged or repeated seizure", "emergent", ("prolonged_seizure",), none_of=("chronic_only",),
        source="NICE NG217 (2022) 7.1: a convulsive seizure lasting 5 minutes or more, or repeated"
               " seizures, needs emergency treatment (call 999)",
    ),
    Discriminator(
        "prolonged or repeated seizure", "emergent", ("seizure", "shaking_prolonged"), none_of=("chronic_only",),
        source="NICE NG217 (2022) 7.1: a convulsive seizure lasting 5 minutes or more needs emergency treatment (call 999)",
    ),
    Discriminator(
        "prolonged or repeated seizure", "emergent", ("seizure", "another_without_waking"), none_of=("chronic_only",),
        source="NICE NG217 (2022) 7.1 / CG137: repeated seizures without recovery between, status epilepticus (call 999)",
    ),
    Discriminator(
        "drowsy", "urgent", ("drowsy",), none_of=("chronic_only",),
        source="ACVPU 'V' scores 3 in NEWS2: a single red parameter",
    ),
)

GROUP: Final = Group("altered_consciousness", CONCEPTS, DISCRIMINATORS)
