"""History (medspaCy HISTORICAL): what is past, and the dates that make it so."""

from __future__ import annotations

from typing import Final

from medgate.safety.triggers.base import BI, HIST, B, F, Trigger

_AGO: Final = r"(?:(?:\d+|a few|several|many|two|three|some) ?)?(?:years?|yrs?|months?|mths?|decades?) ago"
# ("back in February" dates the event months past as "last month" does: "had shingles back in February")
_LAST: Final = (r"last (?:year|month)|back in (?:january|february|march|april|may|june|july|august|september|october"
                r"|november|december|the (?:spring|summer|autumn|fall|winter))")

HISTORY_TRIGGERS: Final[tuple[Trigger, ...]] = (
    # -- history (medspaCy HISTORICAL)
    Trigger(r"(?:past |prior |previous |remote )?(?:medical )?(?:history|hx) of|h/o|pmh:?", HIST),
    # (a person introduced "with a previous X:" has the X in the past and the colon opens the current episode:
    # "a man with a previous kidney stone: colicky loin pain since 5 am"; the history ends at the colon)
    Trigger(r"(?<=with )(?:a |an )?(?:prior|previous)(?=(?: [\w-]+){1,3}:)", HIST, clause=True),
    # ("previously well" tells how the patient was before this illness, not that what follows is past: "a
    # 3-month-old, previously feeding well, has brought up green bile twice")
    Trigger(r"(?:a |the )?(?:prior|previous(?!(?: [\w-]+){1,3}:)|previously(?! (?:fit and |feeding |eating |thriving and )?"
            r"(?:well|healthy|fit|thriving|active)\b)|remote(?= (?:history|hx|past|mi|stroke|cva|surgery"
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
    # a reading dated weeks ago is a past reading, as the findings layer reads it (reading_context.PAST): "had a
    # temp of 38.4 three weeks ago, fine since" (weeks alone date only a number told just before, not "a fever
    # that started two weeks ago", which is still there)
    Trigger(r"(?:(?<=\d )|(?<=°C )|(?<=°F ))(?:\d+|two|three|four|five|six|several|a few|a couple of) weeks? ago", HIST, B,
            max_words=7, clause=True),  # ("had a temperature of 38.1": the decimal is two words)
    Trigger(
        r"as a (?:child|kid|teen(?:ager)?)|in the past|years back", HIST, B
    ),
    # ... and so does "last month" ("new partner last month" dates the partner, not the ache before the comma)
    Trigger(rf"(?<=,) ?{_LAST}", HIST, B),
    Trigger(_LAST, HIST, B, clause=True),
    # ... and at a sentence's start they date what follows in the clause: "Last year in Accra he had a febrile
    # seizure and was admitted", "Two years ago she had a clot" (a "now" or "but" still ends the scope)
    Trigger(rf"(?<![^.!?;\n] )(?<![,:] )(?:{_LAST}|{_AGO})", HIST, F, clause=True),
)
