"""The reading table: each shape of number a message reports (name, regex, converter; the converters
are in measure_convert.py). `measures.MeasureExtractor` compiles and scans it."""

from __future__ import annotations

import re
from typing import Final

from medgate.safety.findings.measure_convert import (
    Convert,
    age,
    blood_pressure,
    dose,
    glucose,
    hours,
    ranged,
    temperature,
    weight,
)

# Up to five words may sit between a vital's name and its number ("heart rate on my watch has
# been 180"), none of them a word that starts another measurement, a time span or a verdict.
_STOP: Final = (
    r"(?:but|and|or|temp\w*|bp|sats?|oxygen|pulse|heart|rr|breath\w*|fever|since|ago|x|days?"
    r"|hours?|weeks?|months?|years?|normal|fine|ok|okay|good|sugars?|glucose|blood|pressure|aged?"
    r"|when|after|before|while|if|weighs?|weight|bmi|target|goal|aim"
    # (nor an age told after it: "borrowed a glucose meter to check myself, I'm 32")
    r"|i['’]?m(?= (?:\d{1,3}(?![.,]?\d)(?! ?(?:mmol|mg))|aged?\b)))"
)
# ... and the reading told after "and it was" ("took my blood pressure and it was 164/112", "checked his
# temp and it read 39.4"): "and" stops the words above, so a list's next vital is not read as this one's
_AND_IT_WAS: Final = (
    r"(?:[\s,]+and[\s]+(?:it|that)(?:['’]s|[\s]+(?:was|is|read|reads|said|says|showed|shows"
    r"|came[\s]+(?:back|out)(?:[\s]+(?:at|as))?)))?"
)
_FILLER: Final = rf"(?:[\s:=,~-]+(?!{_STOP}\b)[a-z'’]+){{0,5}}?{_AND_IT_WAS}[\s:=,~(-]*"
# a number that is a count of something else ("3 days", "10 puffs", "2 tablets") is no vital
_NOT_COUNT: Final = (
    r"(?![.,]?\d)(?!\s*(?:-\s*)?(?:days?|d\b|hours?|hrs?|h\b|weeks?|wks?|months?|mos?\b|years?"
    r"|yrs?|y/?o|yo\b|minutes?|mins?|mg|mcg|ml|kg|lbs?|g\b|puffs?|tablets?|pills?|times? (?:a|per)"
    r" (?:day|week)|x\b|/7|/52|/12|percent of|% of|ft\b|foot|feet|stone|cm|flights?|floors?|steps))"
)


def _later(name: str) -> str:
    """A later value in the same clause replaces the first ("dropped to 91% once, then 98%")."""
    return (
        r"(?:[^.;!?\n]{0,60}?\b(?:then|now|and now|but now|but (?:it['’]?s|it is|is)|(?:comes?|came|goes|went|going|coming)"
        r" (?:back )?(?:down|up) to|back (?:down |up )?to|settle[sd]? (?:at|to)|drop(?:s|ped)? to)\s+"
        rf"(?P<{name}>\d{{2,3}})\b(?:\s*%)?)?"
    )


# a reading taken again after fixing a cause of a falsely low one
_RECHECK: Final = (
    r"(?:re-?check\w*|re-?took|re-?test\w*|re-?measur\w*|re-?did|redid|checked (?:it |them )?again"
    r"|tried (?:it )?(?:again|once more)|(?:another|different|other) finger|warm\w* (?:\w+ ){0,3}up"
    r"|(?:polish|varnish|gel|acrylics?|nails?) (?:\w+ ){0,2}(?:off|removed)|remov\w* (?:the |my |her |his )?"
    r"(?:nail )?(?:polish|varnish|gel))"
)

RECHECKED: Final = re.compile(_RECHECK, re.I)  # facts.py: a recheck does not calm a low reading told with symptoms

_WEEKDAY: Final = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?"


_ML: Final = r"(?:ml|mls|millilit(?:re|er)s?)\b"
# "10 mL of paracetamol suspension 120 mg/5 mL", or the strength first: "250 mg/5 mL ... about 20 mL"
_LIQUID: Final = (
    rf"\b(?P<lv>\d{{1,3}}(?:[.,]\d+)?)\s*{_ML}(?: [\w'’-]+){{0,5}}? (?P<lc>\d{{2,4}})\s*mg\s*(?:/|per|in|in each)\s*"
    rf"(?:(?P<lp>\d{{1,2}}(?:[.,]\d)?)\s*)?{_ML}"
    rf"|\b(?P<lc2>\d{{2,4}})\s*mg\s*(?:/|per|in|in each)\s*(?:(?P<lp2>\d{{1,2}}(?:[.,]\d)?)\s*)?{_ML}[^.!?\n\d]{{0,60}}?"
    rf"\b(?P<lv2>\d{{1,3}}(?:[.,]\d+)?)\s*{_ML}"
)
_COUNT: Final = r"\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|half an?|a couple of"
_TAB: Final = r"(?:tablets?|tabs?|pills?|caplets?|capsules?)"
_PARA: Final = r"(?:paracetamol|calpol|tylenol|panadol|acetaminophen) "
# "two 500 mg tablets", "3 x 500mg paracetamol tablets", "2 of the 500 mg ones", "two tablets of 500 mg"
# (a count is never the first digit of a strength: "500mg" is no "5 x 00 mg")
_TABLETS: Final = (
    rf"\b(?P<tn>{_COUNT})(?!\d)\s*(?:x\s*|of (?:the |her |his |my |their |your )?|{_PARA})?(?P<tmg>\d{{2,4}})\s*mg\s*"
    rf"(?:{_PARA})?(?:{_TAB}|ones?)\b"
    rf"|\b(?P<tn2>{_COUNT}) (?:{_PARA})?{_TAB} (?:of |each |at )?(?P<tmg2>\d{{2,4}})\s*mg\b"
    # the medicine named between the count and its strength: "24 of her paracetamol (500 mg ones)"
    rf"|\b(?P<tn3>\d{{1,3}}) (?:of (?:the |her |his |my |their |your )?)?{_PARA}(?:{_TAB} )?\(?(?P<tmg3>\d{{3,4}})\s*mg\b"
    # the strength on the bottle first, the count eaten after: "chewable Tylenol 160mg and ate 3 of them"
    rf"|\b(?P<tmg4>\d{{2,4}})\s*mg\b[^.!?\n\d]{{0,40}}?\b(?:ate|eaten|swallowed|chewed|took|taken|had) (?P<tn4>{_COUNT})(?!\d)"
    rf"(?: (?:of (?:them|those|these|the (?:tablets|pills|chewables))|{_TAB}|chewables)\b)"
)

# (name, regex, converter). Group names are unique across the table; at one position the first
# spec that matches wins, so the more specific shapes come first.
SPECS: Final[tuple[tuple[str, str, Convert], ...]] = (
    (
        "blood pressure",
        rf"\b(?:bp|b/p|nibp|blood pressure|pressure|cuff|press[aã]o|presi[oó]n|tens[aã]o|tensi[oó]n|ci[sś]nienie)\b{_FILLER}(?P<s1>\d{{2,3}})\s*(?:/|over)\s*"
        r"(?P<d1>\d{2,3})\b(?:\s*mm ?hg)?"
        # a repeat reading in the same clause is the one to act on ("158/104, repeated later 162/106")
        r"(?:[^.;!?\n/]{0,40}?\b(?:then|later|again|repeat\w*|recheck\w*|second (?:reading|one))\b(?: [a-z'’]+){0,3}?"
        r"[\s:,-]+(?P<s4>\d{2,3})\s*/\s*(?P<d4>\d{2,3})\b)?"
        r"|\b(?P<s2>\d{2,3}) ?/ ?(?P<d2>\d{2,3}) ?mm ?hg\b|\b(?P<s3>\d{2,3}) over (?P<d3>\d{2,3})\b"
        # a home monitor's reading told without the pressure's name: "the machine says 82/50", "reading is 85/55",
        # "left a bp machine and it says 158/104", "borrowed a BP cuff and it says 164/109"
        r"|\b(?:machine|monitor|reading|cuff)s?(?:,? (?:and |but )?it)? (?:is |was |says |said |shows |showed |reads |read |gave |of )?(?:it['’]?s |me |her |him )?"
        r"(?P<s5>\d{2,3}) ?/ ?(?P<d5>\d{2,3})\b(?! ?(?:vision|\d))",
        blood_pressure,
    ),
    (
        "systolic",
        rf"\b(?:sbp|systolic(?: bp| blood pressure| pressure)?)\b{_FILLER}(?P<sv>\d{{2,3}})\b",
        ranged("sbp", 40, 300, "sv"),
    ),
    (
        "oxygen saturation",
        r"\b(?:sp ?o2|sa ?o2|o2 sat\w*|oxygen(?: sat\w*| levels?| readings?)?|sats?|saturations?"
        rf"|saturating|sating|pulse ?ox\w*(?: reading)?|oximeter(?: reading)?|o2(?: level)?)\b"
        rf"{_FILLER}(?P<ov>\d{{2,3}})\b{_NOT_COUNT}(?:\s*(?:%|percent|per cent))?{_later('ol')}"
        r"(?P<oxy>\s*(?:on|with|via)\s+(?:\d+\s*(?:l|lpm|litres?|liters?)\b|oxygen|o2|nasal|a mask"
        r"|\d+\s*%|high[- ]flow|nc\b|nrb\b))?"
        # a recheck's percentage, after warming the hands or taking the nail polish off: the later
        # reading is the one that counts (BTS oximetry guidance; MHRA: nail varnish and cold fingers
        # read falsely low); a low recheck stays low
        rf"|\b{_RECHECK}[^.!?\n\d]{{0,40}}?(?P<ov2>\d{{2,3}})\s*(?:%|percent|per cent)"
        r"|\b(?P<bv>\d{2,3})\s*%\s*(?:on\s+|in\s+)?(?:room air|ra\b|air\b)",
        ranged("spo2", 50, 100, "ol", "ov", "ov2", "bv"),
    ),
    (
        "temperature",
        # (a bare T, not a person's initial after a title: "Mrs K, 88" is her age)
        r"\b(?:temp\w*|(?<!\bmr )(?<!\bmrs )(?<!\bms )(?<!\bmx )(?<!\bdr )(?<!\bmiss )(?<!\bmr\. )(?<!\bmrs\. )(?<!\bdr\. )(?-i:T)|tmax|fever|febrile|pyrexi\w*|running|thermometer(?: \w+)?|spik\w*"
        rf"|peak\w*)\b{_FILLER}(?P<tv>\d{{2,3}}(?:[.,]\d{{1,2}})?)\s*(?P<tu>°\s*[cf]|º\s*[cf]"
        r"|degrees?(?: [cf]\b| celsius| fahrenheit| centigrade)?|deg\b|c\b|f\b|°)?"
        r"|(?<!\bin )(?<!it['’]s )(?<!\bits )(?<!it is )(?<!it was )(?<!\bbe )\b(?P<tv2>\d{2,3}(?:[.,]\d)?)\s*(?P<tu2>°\s*[cf]?|º\s*[cf]?"
        r"|degrees? (?:c|f|celsius|fahrenheit)\b|c\b|(?-i:F)\b)"
        # the weather, not a body: "in 30°C heat", "35 degrees outside", "it's 40C today"
        r"(?!\s*(?:[cf]\b\s*)?(?:heat|weather|sun\w*|outside|out there|today|all week|this week|days?|water|bath|shower|oven|room))"
        # a decimal Fahrenheit value in a body's range after "it was" ("took a rectal temp and it was 99.3 F"):
        # the weather is not given to a tenth of a degree
        r"|\b(?P<tv4>(?:9[3-9]|10\d)[.,]\d)\s*(?P<tu4>°\s*f|º\s*f|degrees? f(?:ahrenheit)?\b|(?-i:F)\b)"
        r"(?!\s*(?:heat|weather|sun\w*|outside|out there|today|all week|this week|days?|water|bath|shower|oven|room))"
        r"|(?<!bmi )(?<!bmi: )(?<!bmi of )(?<!weighs )(?<!weight )(?<!\d[.,])\b"
        r"(?P<tv3>3[5-9][.,]\d|4[0-2][.,]\d)\b(?!\s*(?:kg|lbs?|%|cm|mm|mmol|mg|weeks?|wks?))",
        temperature,
    ),
    (
        "heart rate",
        # (a rate told by its decade over 100, "HR 120s-130s" on a watch, is read as its floor)
        rf"\b(?:hr|heart ?rate|pulse(?: rate)?|pulso|heartbeat|heart|(?-i:P))\b{_FILLER}(?P<hv>\d{{2,3}})(?:(?<=[12]\d0)s)?\b"
        rf"{_NOT_COUNT}(?:\s*(?:bpm|beats))?{_later('hl')}"
        r"|\b(?P<hv2>\d{2,3})\s*(?:bpm|beats (?:a|per) min\w*)\b"
        # the heart told in an idiom with a wearable's figure in brackets ("my heart is going like the
        # clappers (watch says 132)"): the bracket's device names what the number counts
        r"|\b(?:heart|pulse)\b[^.;!?\n()]{0,50}\(\s*(?:(?:my|the|his|her|apple|smart)\s+)?"
        r"(?:watch|fitbit|garmin|tracker|oximeter|pulse ?ox|monitor)\s*(?:says|said|shows|showed|reads|read|is|was|on|at|:)?"
        r"\s*(?P<hv3>\d{2,3})\b(?!\s*(?:steps|%|/|mmhg))",
        ranged("hr", 20, 250, "hl", "hv", "hv2", "hv3"),
    ),
    (
        "respiratory rate",
        # ("short of breath, did 4 flights": a breath after "of" names no rate, a flight is counted)
        # (not a team's or a clinic's target: "the respiratory team's range is 88-92%")
        r"\b(?:rr|resp(?:iratory|irations?)?(?: rate)?|breathing(?: rate)?|(?<!\bof )breaths?|respirations?)\b"
        r"(?!['’]?s? (?:team|nurses?|physicians?|doctors?|consultants?|clinic|service|ward|unit|specialists?)\b)"
        rf"{_FILLER}(?P<rv>\d{{1,2}})\b{_NOT_COUNT}(?:\s*(?:breaths|times)?\s*(?:a|per|/)\s*min\w*)?"
        r"|\b(?P<rv2>\d{1,2})\s*(?:breaths|times)\s*(?:a|per|/|each)\s*min\w*"
        # a rate told with the verb: "breathes at 64 per minute", "breathing at 70 a minute"
        r"|\bbreath(?:es|ing) at (?P<rv3>\d{1,2})\s*(?:breaths\s*)?(?:a|per|/|each)\s*min\w*",
        ranged("rr", 4, 90, "rv", "rv2", "rv3"),
    ),
    ("GCS", r"\bgcs\b[\s:=]*(?:of |is |was )?(?P<gcs>\d{1,2})(?:\s*/\s*15)?", ranged("gcs", 3, 15, "gcs")),
    (
        "glucose",
        # (and as a Polish, Portuguese or Spanish chat names the meter or the sugar: glukometr, glukoza,
        # cukier / cukru, glicemia, glicose, glucosa, azúcar)
        rf"\b(?:glucose|blood sugars?|sugars?(?: levels?)?|bms?|bgs?|cbgs?|glucometer|glukometr\w*|glukoz\w*|cukier|cukru"
        rf"|glic(?:emia|ose|osa)|glucosa|glucemia|az[uú]car|a[cç][uú]car"
        # a diabetic's "fasting" names the morning's reading: "this morning fasting is 162", "fasting 7.8" (not
        # "fasting since 18:00", "fasting for 12 hours")
        # a glucose meter's readings ("meter readings 17-19 mmol/L")
        r"|(?:glucose |sugar |blood )?meter(?: readings?)?"
        r"|fasting(?= (?:is|was) \d|:? \d{1,3}(?:[.,]\d)?(?: ?mmol| ?mg|[,;]|\.(?!\d)|$| (?:this|today|yesterday|and)\b)))\b"
        rf"{_FILLER}"
        r"(?:(?P<ghi>(?-i:HI|Hi|HIGH))\b|(?P<glo>(?-i:LO|Lo|LOW))\b|(?:\d{1,3}(?:[.,]\d)?\s*(?:-|to)\s*)?"
        rf"(?P<gv>\d{{1,3}}(?:[.,]\d)?)\s*(?P<gu>mmol(?:/l)?|mg(?:/dl)?)?{_NOT_COUNT})"
        # a meter's mg/dL needs no word: "readings of 290-340 mg/dL" (ADA: glucose is what is told in mg/dL)
        r"|(?<![\d.,])(?:\d{2,3}\s*(?:-|to|–)\s*)?(?P<gv2>\d{2,3})\s*mg\s*/\s*dl\b",
        glucose,
    ),
    (
        "ketones",
        # (not a urine dipstick's "ketones 3+": a grade, not mmol/L)
        rf"(?<!urine )(?<!urinary )\b(?:blood )?(?:ketones?|ketony|cetonas?|cetonemia)\b{_FILLER}(?P<kv>\d{{1,2}}(?:[.,]\d{{1,2}})?)\b(?!\s*\+)"
        rf"{_NOT_COUNT}",
        ranged("ketones", 0, 12, "kv"),
    ),
    (
        "gestation",
        r"\b(?P<wv>\d{1,2})\s*(?:\+\d\s*)?(?:weeks?|wks?|w)\s*(?:pregnant|gestation|along|pg\b"
        # "35 weeks into her first pregnancy", "32 weeks of my second pregnancy"
        r"|(?:into|of) (?:(?:her|my|the|this|their|your) )?(?:\w+ )?pregnancy)"
        # a multiple pregnancy: "34 weeks with twins", "33 wks with di-di twins" (from 20 weeks: "6 weeks
        # with twins" at home is a mother's, after the birth)
        r"|\b(?P<wv8>2\d|3\d|4[0-2])\s*(?:\+\d\s*)?(?:weeks?|wks?)\s+(?:pregnant )?with (?:[\w-]+ )?(?:twins|triplets|quads)\b"
        # the obstetric "35/40" or "33+4/40" (weeks out of forty): not a score out of 40
        r"|(?<![\d.,/+])(?<!scored )(?<!score )(?<!score of )(?P<wv9>[4-9]|[1-3]\d|4[0-2])(?:\+[0-6])?/40\b(?![/\d])"
        r"|\bat\s+(?P<wv2>\d{1,2})\s*(?:weeks?|wks?)(?: of pregnancy| gestation)?\b(?! (?:old|ago))"
        # "I'm 37 weeks", or a message that opens with "37 weeks": a pregnancy, not a duration
        # (after a greeting too: "Hi, 35 weeks ..."; Jamaican Creole's "mi" for "I'm": "mi 33 weeks")
        r"|(?:\b(?:i['’]?m|i am|mi|she['’]?s|she is|now|currently)\s+|^\s*(?:(?:hi|hello|hey|hiya|morning|evening)\b[\s,!.]*)?)"
        r"(?P<wv3>2\d|3\d|4[0-2])\s*(?:\+\d\s*)?"
        r"(?:weeks?|wks?)\b(?! (?:old|ago))"
        # the midwife's "36+2" (weeks + days)
        r"|(?<![\d.,/+-])(?P<wv4>2\d|3\d|4[0-2])\+[0-6](?!\d|[.,]\d|[/+%])"
        # weeks right after an obstetric formula are the gestation: "G3P2, 31 weeks", "G2 P1 at 34 wks"
        r"|(?-i:\bG\d{1,2}\s?P\d{1,2}(?:\+\d)?)[,;:]?\s+(?:at\s+)?(?P<wv5>\d{1,2})\s*(?:\+\d\s*)?(?:weeks?|wks?)\b"
        r"(?! (?:old|ago))"
        # in Portuguese and Spanish: "grávida de 34 semanas", "embarazada de 30 semanas", "32 semanas de gestação"
        r"|\b(?:gr[aá]vida|gestante|embarazada) (?:de |con )?(?P<wv6>\d{1,2})\s*semanas\b"
        r"|\b(?P<wv7>\d{1,2})\s*semanas de (?:gravidez|gesta[cç][aã]o|embarazo|gestaci[oó]n)\b"
        # ... or told of herself with the verb alone, as "I'm 34 weeks": "estoy de 34 semanas", "estou com 30
        # semanas", "tengo 28 semanas" (from 20 weeks, and no other "de ..." after it: "tengo 3 semanas de vacaciones")
        r"|\b(?:estoy|estou|est[aá]|tengo|tenho|ando) (?:de |com |con )?(?P<wv13>2\d|3\d|4[0-2])\s*semanas\b"
        r"(?! de (?!embarazo|gesta|gravidez))"
        # weeks told beside which baby it is: "31 weeks, second baby", "34 wks with her first"
        r"|\b(?P<wv10>2\d|3\d|4[0-2])\s*(?:\+\d\s*)?(?:weeks?|wks?)(?:,| with| in| and)? (?:(?:her|my|our|their|this) )?"
        r"(?:first|second|third|fourth|1st|2nd|3rd|4th) (?:baby|pregnancy|child)\b"
        # ... or the noun left out: "34 weeks with her first, ..." (no other word may follow)
        r"|\b(?P<wv11>2\d|3\d|4[0-2])\s*(?:\+\d\s*)?(?:weeks?|wks?) with (?:her|my|our|their) (?:first|second|third|1st|2nd|3rd)"
        r"\b(?! ?[a-z])"
        # ... or right after the pregnancy is named: "in her first pregnancy, 34 weeks", "pregnant, 31 wks"
        r"|\bpregnan(?:cy|t)[,:;]? (?:now |at |about |around )?(?P<wv12>2\d|3\d|4[0-2])\s*(?:\+\d\s*)?(?:weeks?|wks?)\b"
        r"(?! (?:old|ago|after|later|since))",
        ranged("gestation_w", 4, 43, "wv", "wv2", "wv3", "wv4", "wv5", "wv6", "wv7", "wv8", "wv9", "wv10", "wv11", "wv12", "wv13"),
    ),
    # a child's weight and an amount of a medicine taken: read for the paracetamol line in mg/kg
    # (safety/dose.py); no other rule reads them
    (
        "weight",
        r"\b(?:weigh\w*|weight(?: of| is| was)?|wt)\s*:?\s*(?:about |around |approx\w* |~)?(?P<wkg>\d{1,3}(?:[.,]\d)?)"
        r"\s*(?:kg|kilos?|kilograms?)\b|\b(?P<wkg2>\d{1,3}(?:[.,]\d)?)\s*(?:kg|kilos?|kilograms?)\b(?! (?:of|more|less|heavier))"
        # a child's weight in pounds, told as a weight or in brackets after the child ("my 3 yr old (40 lbs)"),
        # not a load lifted or a weight lost
        r"|\b(?:weigh\w*|weight(?: of| is| was)?|wt)\s*:?\s*(?:about |around |approx\w* |~)?(?P<wlb>\d{1,3}(?:[.,]\d)?)"
        r"\s*(?:lbs?|pounds)\b|(?<=\()(?P<wlb2>\d{1,3}(?:[.,]\d)?)\s*(?:lbs?|pounds)\b(?=[),;])",
        weight,
    ),
    (
        "dose",
        _LIQUID + "|" + _TABLETS,
        dose,
    ),
    (
        "age",
        r"\b(?P<a1>\d{1,3}(?:[.,]5)?)\s*[- ]?(?P<au1>years?|yrs?|y|months?|mos?|mths?|weeks?|wks?"
        r"|days?)\s*[- ]?(?:old\b|of age\b|o\b|/o\b)"
        r"|\baged?\s+(?P<a2>\d{1,3})\s*(?P<au2>years?|yrs?|months?|weeks?|days?)?\b"
        # ... or in words: "a two-year-old", "three weeks old", "eighteen months old"
        r"|\b(?P<a9>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
        r"|seventeen|eighteen|nineteen|twenty)\s*[- ]?(?P<au9>years?|months?|weeks?|days?)\s*[- ]?old\b"
        r"|\b(?P<a3>\d{1,3})\s*(?:yo|y/o|yr|yrs)\b"
        r"|\b(?P<a4>\d{1,3}) ?(?-i:M)\b(?!\w)"
        # a child's age and sex in a record, "7F" (from two digits "38F" is read by the temperature's F)
        r"|\b(?P<a7>\d)(?-i:F)\b(?!\w)"
        # a baby's age in a carer's shorthand, no verb: "baby boy 5 weeks", "infant, 10 days" (not "5 weeks ago")
        # (or a baby's months or a year: "my baby 1 year has a cough", "baby girl 9 months")
        r"|\b(?:baby|infant|newborn)(?: (?:boy|girl|son|daughter))?,?\s+(?P<a8>\d{1,2})\s*(?P<au8>weeks?|wks?|days?"
        r"|months?|mths?|years?|yrs?)\b"
        r"(?!\s+(?:ago|pregnant|gestation|of (?:pregnancy|gestation)|later|after|before|early|premature|prem)\b)"
        r"|\b(?:i['’]?m|i am|(?:he|she)(?:['’]s| is)|(?:son|daughter|grandson|granddaughter|boy|girl|baby|child|kid"
        # (the older kin by every name a carer uses: "Gran is 81", "my nana's 90")
        r"|toddler|husband|wife|partner|dad|mum|mom|father|mother|nan|grandad|grandma|grandpa|gran|granny|nana|nanna"
        # (and a boy by the Scots and Irish names for him: "wee man is 13", "the lad's 15")
        r"|grandmother|grandfather|granda|wee (?:man|lad|fella|boy)|lad|laddie)"
        # (not a time since something: "I'm 2 weeks post partum", "she's 10 days after her op", "I'm 3 months sober")
        rf"(?:['’]s| is))\s+(?P<a5>\d{{1,3}})(?:\s*(?P<au5>(?:weeks?|wks?|months?|mths?|mos?|days?)(?!\s+(?:post|postpartum"
        r"|postnatal|pp|ago|into|after|since|clear|sober|out|from|late|overdue|along|gone|pregnant|gestation)\b)"
        r"|years?(?!\s+(?:ago|into|post|after|since|clear|sober|out|on|of|from|in|with|before|older|younger)\b))\b(?:\s+old\b)?)?"
        rf"\b{_NOT_COUNT}(?!\s*(?:-\s*)?(?:/|:|am\b|pm\b"
        r"|o['’]clock|weeks? pregnant))"
        # an age told in Portuguese, Spanish, Italian or Polish: "tiene 3 años", "ha 18 mesi", "ma 4 lata", or after a person's
        # word: "filha de 2 anos", "synek 15 lat" ("tos de 2 meses" is a cough of two months, no age)
        r"|\b(?:tem|tenho|tiene|tengo|ma|mam|ha|(?:(?:filh|hij|net|niet|sobrin|menin|niñ|herman|garot|chic|abuel|figli|bambin)[oa]s?|beb[eéê]s?"
        r"|nen[ea]|criança|irm[aã]o?|m[aã]e|madre|pai|padre|av[oóô]|senhora?|señora?|paciente|syn|synek|córka|córeczka|dziecko"
        # ... and a baby's weeks or days: "mi bebé tiene 6 semanas", "ha 3 settimane", "il a 5 semaines" (not a
        # pregnancy's weeks: "tengo 6 semanas de embarazo")
        r"|wnuk|wnuczka)(?: (?:de|com|con|ma))?|(?:il|elle|b[ée]b[ée]) a)"
        r"\s+(?P<a6>\d{1,3})\s*(?P<au6>anos|años|anni|ans|lat|lata|meses|mesi|mois|miesi[eę]\w*|semanas|settimane|semaines?"
        r"|tygodni\w*|d[ií]as|giorni|jours|dni)\b(?!\s+(?:atr[aá]s|temu|fa|de (?:embarazo|gesta\w*|gravidez)|di gravidanza))",
        age,
    ),
    (
        "duration",
        # (word start and first letter first: the look-behinds then run at few places)
        r"\b(?=[\dAaCcEeFfNnOoSsTtXx])(?<!twice )(?<!times )(?<!once )(?<!per )(?<!every )(?<!each )(?:(?P<dd>\d{1,3})\s*[- ]?"
        # (days in French, Spanish and Portuguese too: "depuis 5 jours", "hace 6 días", "há 5 dias")
        r"(?P<du>seconds?|secs?|minutes?|mins?|hours?|hrs?|h|days?|d|jours?|d[ií]as|weeks?|wks?|months?|years?|yrs?)"
        r"|(?P<dn>an?|one|two|three|four|five|six|seven|eight|nine|ten|(?:a )?few|(?:a )?couple(?: of)?"
        r"|several)[\s-]+(?P<dw>seconds?|minutes?|hours?|days?|weeks?|months?|years?))\b"
        r"(?!\s*[- ]?old)(?!\s*(?:pregnant|gestation|into (?:\w+ ){0,2}pregnancy|post[- ]?partum|postnatal|pp\b))"
        r"|\b(?P<sn>\d{1,2})/(?P<sd>7|52|12)\b"
        r"|\bx ?(?P<xn>\d{1,2}) ?(?P<xu>d|days?|h|hrs?|hours?|w|wks?|weeks?|mins?)\b"
        # a span told by weekdays: "since saturday (its thursday now)", "since Monday, today is Friday"
        rf"|\bsince (?:last )?(?P<wa>{_WEEKDAY})\b[^.;!?\n]{{0,30}}?\b(?:it['’]?s|its|it is|today['’]?s|today is) (?:now )?"
        rf"(?P<wb>{_WEEKDAY})\b",
        hours,
    ),
)
