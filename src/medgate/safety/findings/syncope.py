"""A faint (transient loss of consciousness) with a high-risk feature of the event.

Source: ESC 2018 Guidelines for the diagnosis and management of syncope (Brignole M et al., Eur
Heart J 2018;39:1883), table 5: major high-risk features of the event are syncope during exertion
or when lying down, sudden palpitations immediately followed by syncope, and new chest discomfort
or breathlessness, and of the history known structural or coronary heart disease; these need
emergency assessment. NICE CG109 (transient loss of consciousness, 2010, updated 2023) 1.1.4: one
without prodromal symptoms is assessed by a cardiovascular specialist within 24 hours. A faint with
the prodrome of a reflex syncope after a typical trigger (standing long in the heat, pain, fear, a
blood test) and a prompt recovery is low risk: no rule fires for it here, and "unresponsive for about
15 seconds" is its transient loss, not a reduced level of consciousness (consciousness.py). A head
struck in the fall is head_injury.py's.
"""

from __future__ import annotations

from typing import Final

from medgate.safety.findings.base import Discriminator, Group
from medgate.safety.rules.anaphylaxis import FAINT_TRIGGER, QUICK_RECOVERY
from medgate.safety.rules.base import Concept

# a stretch of seconds, as people time a faint: "for about 15 seconds", "for a few secs", "for 10-20 seconds"
_N = r"(?:\d+|few|several|two|three|four|five|ten|fifteen|twenty|thirty|forty)"
FOR_SECONDS: Final = (
    r" for (?:(?:about|around|roughly|approximately|maybe|perhaps|only|just|under|less than|no more than|up to) )?"
    rf"(?:a (?:few |couple (?:of )?)?|a few |{_N}(?: ?(?:[-–—]|to|or) ?{_N})? )?(?:seconds?|secs?|moments?)\b"
)

# gone floppy for seconds in a faint ("floppy ~10 s", "floppy for a few seconds") is its transient loss of
# consciousness, not the floppiness of a drowsy or septic person or child
# (not a heart's "flip floppy" beats)
# (nor a limb's, dead and floppy after being slept on: "my arm was dead and floppy", "a floppy hand"; a lookbehind is
# fixed-width, so one per limb and verb)
_LIMBS = ("arm", "hand", "leg", "wrist", "foot")
_NOT_A_LIMB: Final = "".join(f"(?<!{limb} {verb} )" for limb in _LIMBS for verb in ("went", "was", "is"))
FLOPPY: Final = (rf"(?<!flip )(?<!flip-)(?<!dead and )(?<!numb and )(?<!weak and )(?<!dead, )(?<!numb, ){_NOT_A_LIMB}"
                 rf"floppy(?! (?:{'|'.join(_LIMBS)}))(?!{FOR_SECONDS}| ?(?:~ ?|about |around |approx\.? )?\d+ ?(?:s|secs?|seconds?)\b)")

# during exertion (after it is the commoner, benign post-exercise faint): "mid-sprint", "while running"
_MID = r"mid[- ]?(?:run|race|match|game|workout|sprint|lap|set|rally|climb|swim|session|drill)\b"
_DURING = (
    r"(?:while|during|when|in the middle of|halfway through)(?: (?:i was|he was|she was|they were|we were))?"
    r" (?:running|jogging|sprinting|exercis\w*|training|swimming|cycling|(?:playing|doing) (?:\w+ )?(?:sports?|football"
    r"|rugby|netball|hockey|basketball|tennis|squash|a match|a game)|(?:a|the|my|his|her) (?:run|race|match|game"
    r"|workout|gym session|sprint|drills?|practice)|football|rugby|netball|hockey|basketball|(?:a |the )?(?:pe|gym)"
    r" (?:class|lesson)|drills|practice)\b"
)

CONCEPTS: Final = (
    # lost consciousness, not a near-faint ("felt faint", "a faint positive" are not here)
    Concept(
        "syncope",
        (r"faint(?:ed|s)\b|fainting (?:episode|spell|fit)s?|(?:had|have) (?:a |another )?faint\b|pass(?:ed|es) out"
         r"|blacked out|collapsed(?! lung)|syncop\w*|lost consciousness|keeled over",
         # a loss of consciousness of seconds is a transient one (ESC 2018: T-LOC), not a reduced level
         rf"(?:unconscious|unresponsive|not responding|out cold){FOR_SECONDS}",
         # a sportsperson's collapse told as a drop ("dropped mid-sprint", "went down during the match"),
         # only with its setting or its suddenness, so that "dropped the ball" or "went down a size" is not one
         rf"(?:dropped|went down|hit the (?:deck|floor|ground))(?: to the (?:floor|ground|deck))?"
         rf" (?:{_MID}|{_DURING}|with(?:out| no) (?:any )?warning|like a stone)",
         # the recovery of a transient loss timed in seconds ("came round after ~20 s", "came to within
         # seconds"): "came round" alone is also a visit
         r"(?:came|come|comes|coming) (?:round|around|to) (?:after|within|in) (?:about |around |~ ?)?"
         r"(?:\d+|a few|few|several) ?(?:s|secs?|seconds?)\b",),
    ),
    Concept(
        "syncope_setting_high_risk",
        (
            rf"{_MID}|{_DURING}",
            # lying down or asleep
            r"(?:while|when) (?:(?:i was|he was|she was|they were) )?(?:lying (?:down|in bed|flat|on the sofa)|asleep|in bed)",
        ),
    ),
    # known structural or coronary heart disease (ESC 2018 table 5, a major high-risk feature of the
    # history; heart failure is same_day.py's heart_failure_known)
    Concept(
        "heart_disease_known",
        (r"cardiomyopath\w*|aortic stenosis|(?:heart )?valve (?:disease|problem|replacement)|congenital heart"
         r"|(?:known |a )?heart (?:condition|disease)|coronary (?:artery|heart) disease|ischa?emic heart|(?-i:IHD|HCM)\b"
         r"|(?:previous|past|old|prior|had a|had two) (?:heart attacks?|(?-i:MI)\b)|(?:coronary )?stents?\b|bypass surgery",),
    ),
    # an undiagnosed systolic murmur (ESC 2018 table 5, a major high-risk finding of the examination)
    Concept("systolic_murmur", (r"(?:systolic|ejection|new|loud|harsh) (?:\w+ )?murmur|murmur (?:\w+ ){0,3}(?:louder|worse)"
                                r" (?:on|when|with) (?:standing|valsalva|straining)",)),
    # a sudden or unexplained death young in the family (NICE CG109 1.1.4.3: within 24 hours; ESC 2018
    # table 5: high risk with a faint without warning)
    Concept("family_sudden_death", (r"(?:died|dead|death) (?:\w+ ){0,2}(?:suddenly|unexpectedly|in (?:his|her|their) sleep)"
                                    r"(?! (?:at|aged) (?:[4-9]\d|1\d\d))|sudden (?:cardiac |unexplained |unexpected )?death"
                                    r"|(?:died|dropped dead) (?:\w+ ){0,3}(?:at|aged) (?:[1-3]\d)\b(?! (?:weeks|days|months))",)),
    # a reflex faint: at a jab, a needle or blood, and come round within a minute; a few jerks while out are
    # its convulsive movements, not a seizure (NICE CG109 1.1.2: jerks in a typical vasovagal faint; Green Book
    # ch. 8: syncope after a vaccine, common in adolescents). facts.py's reflex_faint needs both with a faint.
    Concept("faint_at_needle", (FAINT_TRIGGER,)),
    Concept("faint_recovered_quickly", (QUICK_RECOVERY,)),
    # no warning before it (NICE CG109 1.1.4: T-LOC without prodromal symptoms, specialist cardiovascular
    # assessment within 24 hours)
    Concept(
        "no_prodrome",
        (r"(?:without|with no|no|not any|not a|n['’]t have any|n['’]t get any) (?:\w+ )?(?:warning|prodrome|prodromal symptoms)"
         r"|out of the blue|(?:just )?dropped like a stone",),
    ),
)

DISCRIMINATORS: Final = (
    Discriminator(
        "faint with a high-risk feature", "emergent", ("syncope",),
        any_of=("palpitations", "syncope_setting_high_risk", "chest_pain", "dyspnoea", "heart_disease_known",
                "heart_failure_known", "systolic_murmur"), none_of=("chronic_only",),
        source="ESC 2018 syncope guidelines: syncope on exertion or lying down, after sudden palpitations, with"
               " new chest pain or breathlessness, or in known structural heart disease, emergency assessment",
    ),
    Discriminator(
        "faint without warning and a young sudden death in the family", "emergent",
        ("syncope", "no_prodrome", "family_sudden_death"), none_of=("chronic_only",),
        source="ESC 2018 syncope guidelines table 5: no prodrome with a family history of sudden death young,"
               " high risk; NICE CG109 1.1.4.3",
    ),
    Discriminator(
        "faint without warning", "urgent", ("syncope", "no_prodrome"), none_of=("chronic_only",),
        source="NICE CG109 (2010, 2023) 1.1.4: transient loss of consciousness without prodromal symptoms,"
               " specialist cardiovascular assessment within 24 hours",
    ),
)

GROUP: Final = Group("syncope", CONCEPTS, DISCRIMINATORS)
