"""Scope terminators (medspaCy TERMINATE) and present-time anchors: what ends every scope opened before it."""

from __future__ import annotations

from typing import Final

from medgate.safety.triggers.base import NOW_CLAUSE, TERM, Trigger

TERMINATORS: Final[tuple[Trigger, ...]] = (
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
    Trigger(NOW_CLAUSE, TERM),
    Trigger(r"presents? with|presenting with|complains? of|c/o|reports|states|endorses", TERM),
    # a current episode told with its length ends a history's scope: "with previous stones had two hours of pain"
    Trigger(r"(?:has |have )?had (?:\w+ )?(?:hours?|days?|minutes?|mins?) of|had an? (?:hour|day) of", TERM),
)
