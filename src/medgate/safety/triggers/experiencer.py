"""Experiencer (medspaCy FAMILY): someone else than the patient, a relative in the past, a pet, someone in
the news; a relative told ill now stays asserted."""

from __future__ import annotations

from typing import Final

from medgate.safety.triggers.base import FAM, NOW_CLAUSE, Trigger

_RELATIVE: Final = (
    r"(?:mother|mom|mum|father|dad|brother|sister|sibling|grand(?:mother|father|ma|pa)|"
    r"aunt|uncle|cousin|parent|son|daughter)s?"
)

EXPERIENCER_TRIGGERS: Final[tuple[Trigger, ...]] = (
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
        rf"(?![^.!?;\n]{{0,120}}?{NOW_CLAUSE})",
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
)
