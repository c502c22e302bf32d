"""Warning signs of suicide told without its words (AFSP / 988 Lifeline): a farewell, final
arrangements, talk of being a burden or not being around, hopelessness, means acquired, a sudden calm.
Any two different kinds together are an emergency (`RULES`); one alone is not."""

from __future__ import annotations

from typing import Final

from medgate.safety.rules.base import MEDICINE, Concept, Rule

_KEPT: Final = "|".join(f"(?<={v} )" for v in ("keep", "kept", "keeping", "keeps", "put", "putting", "puts", "set", "setting",
                                                "held", "holding"))

# Warning signs without the words (AFSP / 988 Lifeline "warning signs of suicide": saying goodbye,
# giving away possessions, putting affairs in order, talking of being a burden or having no
# reason to live, a sudden calm once the decision is made): any two different kinds together are
# an emergency.
_SIGNS: Final = ("farewell", "final_arrangements", "burden_or_end", "hopeless", "sudden_calm", "means_acquired")
CONCEPTS: Final = (
    Concept(
        "farewell",
        (
            r"(?:said|saying|say) (?:my |our |his |her )?goodbyes?|(?:sent|send|sending|written|wrote|writing|left)"
            r"(?: \w+){0,3} (?:goodbye|farewell) (?:message|text|letter|note)s?",
            # (a word may stand between: "his two children", "my grown-up kids")
            r"(?:written|wrote|writing|left|finished|finishing) (?:a )?(?:letter|note)s? (?:to|for) (?:everyone|everybody|each of (?:them|you|us)|(?:us|them|you) all"
            r"|(?:each of |all of )?(?:my|his|her|the)(?: [\w-]+)? (?:family|kids"
            r"|children|sons|daughters|grandchildren|grandkids|wife|husband|partner|parents|mum|mom|dad|sister|brother|friends))",
            # letters to the whole circle at once: "written everyone letters", "wrote each of the kids a note"
            r"(?:written|wrote|writing|left) (?:everyone|everybody|each of (?:them|you|(?:my|his|her|the) \w+)"
            r"|all of (?:them|you|us)|(?:us|them|you) all) (?:a )?(?:letters?|notes?)\b",
            # letters found, addressed to each of the family: "letters addressed to each family member"
            # ... or to one's own ("a handwritten letter addressed to his parents")
            r"(?:letters?|notes?|cards?) (?:addressed|written) to (?:(?:his|her|my|their) (?:family|parents|children|kids|wife"
            r"|husband|partner|mum|mom|dad|mother|father|sister|brother|friends)\b|"
            r"(?:each|every|all)(?: of)?(?: (?:the|his|her|my|their))?"
            r" (?:family(?: members?)?|members? of (?:the|his|her|my|their) family|of (?:us|them|you)|relatives?|friends?|children|grandchildren|kids|grandkids))\b",
            # ... or told without the letter: "written to everyone", "messaged everybody"
            r"(?:written|wrote|writing|messaged|texted|emailed) (?:to )?(?:everyone|everybody|all of them|each of them)\b",
            r"thank (?:you|u) for being (?:my|a) (?:friend|mum|mom|dad|sister|brother)|sorry for everything"
            # messages of thanks sent round ("sent long messages thanking people": AFSP, saying goodbye)
            r"|(?:sent|sending|send|wrote|writing|written|left)(?: \w+){0,2} (?:messages?|texts?|letters?|notes?|emails?)"
            r" thanking (?:people|everyone|everybody|all|them|friends|(?:his|her|my|their) (?:friends|family))\b"
            r"|(?:please )?look after (?:my|the) (?:cat|dog|kids|children|pets?|babies)(?: for me)?(?:,|\.| when| after| please)",
            # a charge handed over "for me" (AFSP: saying goodbye, arranging for others to care for dependants):
            # "keep an eye on the kids for me", "take care of my girls for me" (not "for me while I'm at work")
            r"(?:keep an eye on|keep an eye out for|take care of|watch over|look out for|look after) (?:my|the|our|his|her)"
            r" (?:\w+ )?(?:cat|dog|kids|children|boys|girls|sons|daughters|babies|pets?|family|wife|husband|mum|mom)"
            r" for me\b(?! (?:while|whilst|when|until|till|this|tonight|tomorrow|next|on|at|during)\b)",
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
            # ("sorted his affairs" told without "in order" is the same sign; with no second kind, a will
            # after a diagnosis, it is read as nothing)
            r"(?:put|putting|got|sorted|sorting|getting) (?:my|his|her) affairs in order"
            r"|(?:sorted|sorting|settled|settling) (?:out )?(?:my|his|her|their) affairs\b|(?:sorted|made|written|wrote|rewritten|rewrote"
            r"|updated|changed|change|changing|update|make|finished|finalised|finalized|drawn up|drew up) (?:out )?(?:my|his|her|the) will\b",
            r"cleared out (?:my|his|her) (?:flat|room|house|things|desk)|left instructions (?:for|about)"
            r"|cancel (?:all )?(?:my|his|her) (?:\w+ )?appointments?(?: \w+){0,8} (?:won['’]?t|will not) need",
            # affairs settled by selling and paying off (AFSP: putting affairs in order): "sold his boat",
            # "paid back all my debts", "sorted everything out for them"
            r"(?:sold|selling|sell) (?:off )?(?:his|her|my|their|all)(?: [\w'’-]+){0,2} (?:boat|car|truck|van|motor ?bike|bike"
            r"|guitar|tools|things|stuff|belongings|possessions|house|flat|horse|collection)s?\b"
            r"|(?:paid|paying|pay) (?:back|off) (?:all )?(?:(?:his|her|my|their|the) )?(?:\w+ )?(?:debts?|loans?)\b"
            # ... "paid back the money he owed his brother", "paying off what she'd borrowed"
            r"|(?:paid|paying|pay) (?:back|off) (?:all )?(?:the |what |everything )?(?:money |cash )?(?:that )?(?:he|she|i|they)"
            r"(?:['’]d| had)? (?:owed|owes|owe|borrowed)\b"
            r"|(?:sorted|sorting) (?:out )?(?:everything|it all|all (?:his|her|my) (?:things|stuff|affairs)) (?:so|for)\b",
            # told as done: "everything is in order now", "I've got everything in order" (AFSP: affairs in order)
            r"(?:got|has|have|put|putting|getting) (?:everything|it all|all of it) in order"
            # ... or "things in order" told with no purpose ("for the move", "before the trip" is a chore)
            r"|(?:got|has|have|put|putting|getting) (?:my |his |her |their )?things in order(?! (?:for|before|ahead of)\b)|everything(?:['’]s| is)? in order now",
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
            # ... or told as a store: "a bag of saved-up tablets", "her stockpiled pills"
            rf"(?:saved|hoarded|stockpiled|stashed)[- ](?:up[- ])?{MEDICINE}",
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
            # ... or gathered from several shops, a few at a time ("collected packets of tablets from several
            # pharmacies", "bought paracetamol at four different chemists": AFSP acquiring means; the UK sells
            # 32 tablets a time)
            rf"(?:collect|gather|bought|buy|buying|got|getting|pick)\w*(?: [\w'’-]+){{0,3}} {MEDICINE} (?:from|at|in)"
            r" (?:several|different|various|multiple|many|lots of|a few|a number of|\d+|two|three|four|five|six)(?: different)?"
            r" (?:pharmacies|chemists|drugstores|shops|stores|supermarkets)\b",
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
            # ... or told as a first: "calm for the first time in weeks", "seems at peace for the first time since"
            r"|(?:calm|calmer|at peace|peaceful|serene|relaxed|settled) for the first time\b"
            r"|(?:made|making) (?:my )?peace with (?:it|everything|everyone)"
            r"|(?:feel|feeling|felt) (?:so much |much |a lot )?(?:better|calmer|lighter) than (?:i have|i['’]?ve) (?:felt )?in"
            r" (?:months|years|ages|a long time)",
        ),
    ),
)

RULES: Final = tuple(Rule(f"{a}+{b}", (a, b)) for i, a in enumerate(_SIGNS) for b in _SIGNS[i + 1 :])
