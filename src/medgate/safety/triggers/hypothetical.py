"""Hypothetical, conditional and educational (medspaCy HYPOTHETICAL, widened to questions about medicine
rather than about the patient: teaching, leaflets, fiction, exams)."""

from __future__ import annotations

from typing import Final

from medgate.safety.triggers.base import BI, FAM, HYPO, PSEUDO, B, Trigger

_EDU_NOUN: Final = (
    r"(?:treatment|management|dos(?:e|age|ing)|symptoms?|signs?|causes?|criteria|risk factors?|"
    r"pathophysiology|definition|difference|approach|side effects?|mechanism|guidelines?|"
    r"prevention|complications?|differential|features?|red flags?|scor(?:e|ing))"
)

HYPOTHETICAL_TRIGGERS: Final[tuple[Trigger, ...]] = (
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
    # a question put to the patient ("when I asked if it was down below") leaves its own few words unasserted,
    # not the rest of the sentence: "... and he won't let me look" is told as fact
    Trigger(r"ask(?:ed|s)? (?:him|her|them|you)? ?(?:if|whether)", HYPO, max_words=5),
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
)
