"""Regex fragments shared by several recognisers (built once, read-only)."""

from __future__ import annotations

from typing import Final

UPPER: Final = "A-ZÀ-ÖØ-ÞĀ-ſƠ-ưḀ-ỿ"
LOWER: Final = "a-zß-öø-ÿĀ-ſƠ-ưḀ-ỿ"
# One name word: "Smith", "O'Brien", "García-López", "McDonald", "SMITH".
NAME_WORD: Final = rf"[{UPPER}](?:[{LOWER}{UPPER}]|['’\-](?=[{LOWER}{UPPER}]))+"
NAME_INITIAL: Final = rf"[{UPPER}]\.?"
# "John", "John Q. Smith", "Mary-Kate de la Cruz" (no line breaks inside a name).
NAME_SEQ: Final = (
    rf"{NAME_WORD}(?:[ \t][\"“]{NAME_WORD}[\"”]|[ \t]\({NAME_WORD}\)(?=[ \t]{NAME_WORD}))?"
    rf"(?:[ \t](?:(?:(?i:de la|de los|del|de|da|dos|van der|van den|van|von der|von|der|di|du)|"
    rf"bin|al|le|la|Ó|Ní|Mac|Ua|y|Y|ap|ab|ferch|verch)[ \t])?"  # (Welsh "ap"/"ferch": son/daughter of)
    rf"(?:{NAME_WORD}|{NAME_INITIAL}(?![{LOWER}]))){{0,3}}"
    r"(?:,?[ \t](?:Jr|Sr)\.?|[ \t](?:II|III|IV)\b)?"
)
# "SMITH, JOHN Q" / "Smith, John" (comma form after a label).
NAME_LAST_FIRST: Final = (
    rf"{NAME_WORD},[ \t]?{NAME_WORD}(?:[ \t](?:{NAME_WORD}|{NAME_INITIAL})){{0,3}}"
)

# A person's title before a name ("Dr Roe", "Mrs. Vance").
TITLE = r"\b(?:Mr|Mrs|Ms|Mx|Miss|Dr|DR|Prof|Drs|Fr|Rev|Revd|Pr|Mme|Mlle|Sra|Sr)\.?(?=[ \t])"

# A generic identifier value after a label cue: must contain a digit (checked by validate).
# A letter-only first token is allowed before a digit group ("PZK 104882 H", "RT 448190"), and
# digit groups split by spaces ("28 447 193", "3849 11207 9") form one value; a lone final letter
# or digit, or two check letters ("4418 227 903 MK"), are taken at the end of a line or before
# punctuation.
_LINE_END: Final = r"(?=[ \t]*(?:$|\n|[,;.)]))"
ID_VALUE: Final = (
    r"(?:[A-Z]{2,5}[ ](?=\d{4}|\d{3}[ ]\d))?"  # ("GV 448 2091", not "TMAX 100")
    r"(?:(?=[A-Za-z0-9\-./]*\d)[A-Za-z0-9](?:[A-Za-z0-9]|[\-./](?=[A-Za-z0-9])){2,29}"
    r"|\d{2,5}(?=[ ]\d{2})|\d(?=[ ]\d{3}))"
    r"(?:[ ](?=[A-Z]{0,5}\d)(?:[A-Z0-9]{2,12}|\d(?=[ ]\d))(?![A-Za-z])){0,4}"
    rf"(?:[ ](?:[A-Z0-9]|[A-Z]{{2}}){_LINE_END})?"
)
# Separator between a label and its value: "MRN: 123", "MRN # 123", "MRN-123", "MRN is 123".
LABEL_SEP: Final = r"\.?[ \t]*(?:[:#=\-][ \t]*|is[ \t]+|ist[ \t]+|was[ \t]+)?#?[ \t]*"
NUM_SUFFIX: Final = r"(?:[ \t]*(?:#|no\.?|nbr\.?|num(?:ber)?\.?|id|ID))?"

MONTH: Final = (
    r"(?:(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)|May|MAY)"
)

STATE_NAMES: Final = (
    "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|"
    "Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|"
    "Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|"
    "New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|"
    "Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|"
    "West Virginia|Wisconsin|Wyoming|District of Columbia|Puerto Rico"
)
STATE_CODES: Final = (
    "AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|"
    "NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC|PR"
)
STATE: Final = rf"(?:{STATE_NAMES}|(?:{STATE_CODES})\b|(?:[A-Z]\.[A-Z]\.))"


# Between a label and its value: a short qualifier "MRN (sending) 123", or a state code
# "driver's license MA S1234567", "plate NY ABC-123".
QUALIFIER: Final = (
    rf"(?:[ \t]*\((?i:[a-z ]{{1,20}})\))?(?:[ \t]*(?:{STATE_CODES})(?=[ \t]+[A-Z0-9\-]*\d))?"
)


def labelled(label: str, *, next_line: bool = False) -> str:
    """A label cue (case-insensitive regex) followed by an identifier value in group `v`;
    `next_line` also takes a value on the line below ("S/N" at a line end, serial under it)."""
    brk = r"(?:[ \t]*\n[ \t]*)?" if next_line else ""
    return (
        rf"(?i:\b(?:{label})(?![A-Za-z]){NUM_SUFFIX})(?:{QUALIFIER}){LABEL_SEP}{brk}"
        rf"(?P<v>{ID_VALUE})(?![\w\-])"
    )
