"""Fever after travel to the tropics: malaria until proven otherwise.

Sources: Lalloo DG et al., UK malaria treatment guidelines 2016, J Infect 2016;72(6):635-649:
malaria must be excluded urgently (the same day) in any febrile traveller returning from an
endemic area; CDC Yellow Book, "Malaria": a febrile illness in a returned traveller is a medical
emergency until malaria is ruled out. Only a return already made counts ("back from Ghana",
"returned from a safari"), not a trip planned; an illness years ago is history.
"""

from __future__ import annotations

from typing import Final

from medgate.safety.findings import endemic_places
from medgate.safety.findings.base import Discriminator, Group
from medgate.safety.rules.base import Concept

_CITIES: Final = endemic_places.factored(endemic_places.load())
PLACE: Final = (
    r"(?:(?:sub-saharan |west |east |central |southern )?africa|nigeria|ghana|kenya|uganda|tanzania|malawi"
    r"|zambia|mozambique|cameroon|congo|(?-i:DRC)|sierra leone|liberia|guinea|senegal|gambia|mali|burkina"
    r"|ivory coast|c[oô]te d.ivoire|ethiopia|sudan|south sudan|somalia|zimbabwe|angola|benin|togo|niger"
    r"|chad|madagascar|rwanda|burundi|gabon|eritrea|zanzibar|the tropics|tropic\w*|india|pakistan"
    r"|bangladesh|nepal|sri lanka|myanmar|burma|cambodia|laos|vietnam|thailand|indonesia|papua new guinea"
    r"|solomon islands|vanuatu|philippines|malaysia|brazil|peru|colombia|venezuela|guyana|suriname"
    r"|ecuador|bolivia|the amazon|amazon\w*|haiti|honduras|guatemala|nicaragua|yemen|afghanistan"
    r"|(?:south ?east|south|central) (?:asia|america)|a safari|safari|the jungle|jungle|rainforest"
    # places travellers name instead of the country (malaria or dengue transmitted there)
    r"|bali|lombok|phuket|goa|kerala|mumbai|delhi|kolkata|chennai|lagos|abuja|accra|nairobi|kampala"
    r"|dar es salaam|mombasa|fiji|samoa|tonga|timor|the caribbean|caribbean|mexico|puerto rico"
    r"|dominican republic|jamaica|cuba|singapore|the pacific islands"
    # ... and any city of 250,000 or more in those countries, by its GeoNames name ("back from Kisumu")
    rf"|(?:{_CITIES})(?![\w'’-]))"
)

_SEVERE_MALARIA = ("new_confusion", "drowsy", "reduced_consciousness", "jaundice", "dyspnoea", "dyspnoea_severe",
                   "mucosal_bleeding", "shock_signs", "faint_dizzy", "collapse_breathing")

CONCEPTS: Final = (
    Concept(
        "returned_from_endemic",
        (
            rf"(?:back|returned|returning|came back|come back|got back|just back|home|flew back|arrived"
            rf" back|travelled back)(?: \w+){{0,3}} from(?: \w+){{0,3}} {PLACE}",
            rf"(?:recent(?:ly)?|last (?:week|month)|after (?:a|my|our)) (?:\w+ ){{0,2}}(?:trip|travel\w*"
            rf"|holiday|visit|been|stay)(?: \w+){{0,2}} (?:to|in) {PLACE}",
            rf"(?:was|were|went|have been|been|spent \w+ \w+|travelled|stayed) (?:to |in )"
            rf"{PLACE}(?: \w+){{0,3}} (?:last|until|for|and (?:got|came) back|recently|\d+ (?:days|weeks)"
            r" ago|a (?:week|month|fortnight) ago)",
        ),
    ),
    Concept("malaria_named", (r"malaria|dengue|typhoid",)),
    # where malaria is at home, a fever with no malaria test to hand ("the clinic has no malaria test", "couldn't get
    # tested for malaria", "the RDTs ran out"): its own "no" is the denial's (common.DENIAL_CONCEPTS)
    Concept("malaria_untested", (r"(?:no|without|(?:can['’]?t|cannot|could ?n['’]?t|could not|unable to|not able to) (?:get|find|do)"
                                 r"(?: (?:a|any|him|her|them|me|us))?|(?:has|have|had) no|(?:does|do|did) ?n['’]?t have(?: a| any)?)"
                                 r" (?:a |any )?(?:malaria (?:tests?|testing|rdts?|kits?|smears?|films?)|tests? for malaria|tested for malaria)"
                                 r"|(?:not|never|n['’]t been) (?:been )?tested for malaria"
                                 r"|malaria (?:tests?|rdts?|kits?)(?: \w+){0,2} (?:ran out|run out|out of stock|not available|unavailable)",)),
    # WHO dengue warning signs: mucosal bleeding, persistent vomiting, abdominal pain, a falling platelet count
    Concept("mucosal_bleeding", (r"bleeding gums|gums (?:are |were |have been |keep )?(?:bleed\w*|bled)|nose ?bleeds?|nose (?:is |keeps )?bleeding"
                                 r"|blood spots|petechi\w*|blood in (?:her|his|my) (?:vomit|urine|wee)",)),
    # the traveller told well in themselves: eating, up and about, alert (UKHSA malaria guidance: a
    # same-day film, urgent; only severe malaria's signs make it an emergency)
    Concept("traveller_well", (r"(?:eating|drinking|walking|getting) (?:about |around )?(?:fine|ok|okay|normally|well)|(?:is |was |she['’]s"
                               r" |he['’]s |i['’]m )?(?:alert|eating and drinking|eating|up and about|walking about"
                               r"|walking around)(?: (?:fine|normally|ok|and \w+))?[,.;]"
                               r"|(?:feel|feels|feeling) (?:ok|okay|fine|well|ok-ish|alright|all right)\b",)),
    # dengue named at home, no travel needed where it is endemic: Malay "denggi", "demam denggi", an NS1
    # antigen test told positive; a dengue vaccine or jab is no illness
    Concept("dengue_named", (r"dengue(?! (?:vaccin\w*|jabs?|shots?|injections?)\b)|denggi|demam berdarah"
                             r"|(?-i:NS1)(?: \w+){0,2} (?:positive|pos\b|\+)",)),
    # WHO 2009 dengue warning signs told in plain words: cold or clammy hands and feet, persistent vomiting
    # (three times or more, or kept up), and belly pain in Malay as a chat may mix it in ("sakit perut")
    Concept("dengue_warning_sign", (r"(?:hands?|feet|fingers|skin)(?: \w+){0,2} (?:cold|clammy|icy)"
                                    r"|vomit\w*(?: \w+){0,2} (?:[3-9]|1\d|three|four|five|six|many|several) times"
                                    r"|keeps? (?:on )?(?:vomiting|throwing up|being sick)|sakit perut|perut(?: \w+)? sakit",)),
    # the fever gone or falling after days of it ("the fever finally broke", "her temperature came down yesterday"):
    # WHO dengue guidelines (2009, 2012), the critical phase begins at defervescence, days 3-7
    Concept("fever_settled", (r"(?:fever|temperature|temp)\b(?:(?![.!?;](?:\s|$))[^\n]){0,60}?\b(?:finally |has |had |then |just )?"
                              r"(?:broke|broken|went down|came down|come down|settled|dropped|gone|is down|was down"
                              r"|back to normal|subsided)\b",)),
    Concept("low_platelets", (r"platelets?(?: count)?(?: (?:is|was|of|down to|now))?:? ?(?:[1-4]\d|\d)(?:\s*(?:x|×|k\b)|\b)(?![.,]?\d)",)),
)

DISCRIMINATORS: Final = (
    # dengue named (confirmed or suspected) in someone who lives where it is endemic: a warning sign means
    # the critical phase's plasma leak; fever and aches alone do not
    Discriminator("dengue warning signs", "emergent", ("dengue_named",),
                  any_of=("mucosal_bleeding", "low_platelets", "dengue_warning_sign", "abdominal_pain", "clammy",
                          "drowsy", "shock_signs"),
                  source="WHO dengue guidelines (2009): warning signs (abdominal pain, persistent vomiting, mucosal"
                         " bleeding, lethargy, cold extremities), admit"),
    Discriminator("dengue warning signs after travel", "emergent", ("returned_from_endemic",),
                  any_of=("mucosal_bleeding", "low_platelets"),
                  source="WHO dengue guidelines (2009): warning signs (mucosal bleeding, falling platelets), admit"),
    # dengue's critical phase told as good news: the fever settled after days, then bleeding from the gums or nose or
    # vomiting kept up, in a traveller (away now or back) or where dengue is named; the plasma leak starts as the
    # fever falls (WHO dengue guidelines 2009 / 2012: warning signs at defervescence, admit)
    *(Discriminator("dengue warning signs as the fever settles", "emergent", (place, "fever_settled"),
                    any_of=("mucosal_bleeding", "dengue_warning_sign"),
                    source="WHO dengue guidelines (2009, 2012): warning signs in the critical phase, as the fever falls"
                           " (persistent vomiting, mucosal bleeding), admit")
      for place in ("abroad", "returned_from_endemic")),
    Discriminator(
        "fever after travel to the tropics", "emergent", ("returned_from_endemic",),
        any_of=("fever", "rigors", "malaria_named"), none_of=("traveller_well",),
        source="UK malaria guidelines (Lalloo et al., J Infect 2016); CDC Yellow Book: exclude malaria the same day",
    ),
    # a febrile traveller told well (eating, drinking) is emergent again with a WHO dengue warning sign: belly pain,
    # vomiting kept up, cold or clammy hands and feet, lethargy
    Discriminator("fever after travel with a dengue warning sign", "emergent", ("returned_from_endemic", "fever"),
                  any_of=("dengue_warning_sign", "abdominal_pain", "clammy", "drowsy"),
                  source="WHO dengue guidelines (2009): warning signs (abdominal pain, persistent vomiting, cold"
                         " extremities, lethargy), admit"),
    # fever where malaria is transmitted needs a parasitological test the same day, and without one a clinician
    # (WHO guidelines for malaria 2023: test every suspected case before treatment; WHO IMCI: a child's fever in a
    # malaria area, test or refer); severe malaria's signs stay emergent (above)
    Discriminator("fever with no malaria test to hand", "urgent", ("fever", "malaria_untested"),
                  source="WHO guidelines for malaria (2023) / WHO IMCI: fever in a malaria area, a same-day test"),
    # well in themselves: a malaria film the same day, urgent (UKHSA / Lalloo 2016); emergent again with
    # a sign of severe malaria (confusion or drowsiness, jaundice, breathlessness, bleeding, collapse, shock)
    Discriminator(
        "fever after travel to the tropics, well in themselves", "urgent", ("returned_from_endemic", "traveller_well"),
        any_of=("fever", "rigors", "malaria_named"),
        source="UKHSA malaria guidance; UK malaria guidelines (Lalloo et al. 2016): same-day malaria test",
    ),
    *(Discriminator(
        "fever after travel to the tropics with a sign of severe malaria", "emergent", ("returned_from_endemic", told),
        any_of=_SEVERE_MALARIA,
        source="UK malaria guidelines (Lalloo et al., J Infect 2016): severe malaria's signs, admit",
    ) for told in ("fever", "rigors", "malaria_named")),
)

GROUP: Final = Group("returned_traveller_fever", CONCEPTS, DISCRIMINATORS)
