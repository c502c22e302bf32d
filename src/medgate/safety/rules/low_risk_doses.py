"""One dose of a low-toxicity medicine taken twice by mistake: no poisoning when the person is well.

TOXBASE (statins; proton pump inhibitors; non-sedating antihistamines; levothyroxine): single
ingestions of a few times the daily dose cause no more than mild gastrointestinal upset, and a
second dose taken by mistake needs no hospital assessment; NHS "What to do if you take too much
of a medicine": for an extra dose of most medicines, ask a pharmacist or NHS 111 if worried. Intent,
signs of toxicity, a child or unresponsiveness still fire (overdose.RULES).
"""

from __future__ import annotations

from typing import Final

from medgate.safety.rules.base import G2, G5, Concept

LOW_RISK: Final = (r"(?:atorvastatin|simvastatin|rosuvastatin|pravastatin|fluvastatin|lipitor|crestor|zocor|statins?"
                   r"|omeprazole|lansoprazole|esomeprazole|pantoprazole|rabeprazole|nexium|losec"
                   r"|cetirizine|loratadine|desloratadine|fexofenadine|zyrtec|clarityn|allegra"
                   r"|levothyroxine|thyroxine|eltroxin)")

LOW_RISK_DOSE_TWICE: Final = Concept(
    "low_risk_dose_twice",
    (rf"(?:took|taken|had|swallowed){G2}(?:{LOW_RISK}{G2}\d{{1,3}} ?mg|\d{{1,3}} ?mg{G2}{LOW_RISK}|{LOW_RISK}){G5}"
     r"(?:twice|two times|again|a second time)(?! (?:a|per|each|every) (?:day|week|night|morning))",
     rf"(?:a double|doubled|two|a second|an extra) (?:dose|doses|tablet|pill)s? of (?:my |her |his |their )?{LOW_RISK}"
     rf"|{LOW_RISK}(?: \w+){{0,2}} (?:twice|two times) (?:by (?:mistake|accident)|today|this morning|tonight)",
     # a missed dose made up by doubling the next, asked about ("forgot his atorvastatin last night, if I give him 2
     # tonight ..."): NHS medicines A-Z advises against doubling, but for these TOXBASE expects no harm
     rf"(?:forg[eo]t\w*|missed|skipped|didn['’]?t (?:take|give|have))[^.!?\n]{{0,40}}?\b{LOW_RISK}\b[^\n]{{0,80}}?"
     r"\b(?:(?:take|give|have|taking|giving|having)(?: (?:him|her|them|me|it))? (?:2|two|both|double|a double dose|twice)"
     r"|double (?:up|the dose|dose))\b",),
)
