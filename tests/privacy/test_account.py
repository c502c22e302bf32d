"""Table tests for the ACCOUNT recogniser."""

from __future__ import annotations

import pytest

from medgate.privacy import PhiType
from tests.privacy.helpers import found

CASES = [
    ("Acct #: 4779375285", ["4779375285"]),
    ("FIN: 5463257679", ["5463257679"]),
    ("Encounter #: 8273886936", ["8273886936"]),
    ("claim no. 99-12345", ["99-12345"]),
    ("visit 3/14/2024", []),
    # no label: taken only when the check digits hold
    ("4111111111111111 was charged", ["4111111111111111"]),
    ("Paid with 4012-8888-8888-1881.", ["4012-8888-8888-1881"]),
    ("4111 1111 1111 1112 fails Luhn", []),
    ("wire to DE89 3704 0044 0532 0130 00 today", ["DE89 3704 0044 0532 0130 00"]),
    ("GB82WEST12345698765432 is hers", ["GB82WEST12345698765432"]),
    ("GB82WEST12345698765433 fails mod 97", []),
    ("send to 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa today", ["1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa"]),
    ("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb fails Base58Check", []),
    ("eth 0x742d35Cc6634C0532925a3b844Bc454e4438f44e", ["0x742d35Cc6634C0532925a3b844Bc454e4438f44e"]),
    ("bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq is the wallet", ["bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"]),
    ("Acct #: 1AB2345", ["1AB2345"]),
    ("WBC 12000000000000 cells", []),
    ("op mijn American Express 3714 496353 98431.", ["3714 496353 98431"]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_account(text: str, expected: list[str]) -> None:
    assert found(text, PhiType.ACCOUNT) == expected
