"""Near-empty and non-clinical input is refused before any model call; short clinical input is
accepted."""

from __future__ import annotations

import pytest

from medgate.errors import UnprocessableInput
from medgate.tasks import TASKS, arun
from medgate.tasks.runner import input_check
from tests.tasks.fakes import FakeChatClient

REFUSED = [
    "",
    "   \n\t ",
    "ok",
    "hello",
    "hi there",
    "What is the capital of France?",
    "Write me a poem about the ocean and the sunset.",
    "Preheat the oven, mix flour and sugar, then bake the cake for forty minutes.",
    "The quarterly revenue grew by eight percent while operating costs stayed flat. " * 6,
]
ACCEPTED = [
    "chest pain 2 days",
    "BP 150/90, HR 88",
    "fever and cough since Monday",
    "58 yo M, SOB on exertion",
    "Diabetic ketoacidosis management",
    "metformin 500 mg bd",
    "Randomised trial of drug A versus placebo in 400 adults; primary outcome mortality.",
    "Appendicitis in children",
    "s/p cholecystectomy, wound clean",
]


@pytest.mark.parametrize("text", REFUSED)
@pytest.mark.parametrize("name", [n for n, t in TASKS.items() if not t.takes_files])
async def test_refused_without_a_model_call(name: str, text: str) -> None:
    client = FakeChatClient([])
    with pytest.raises(UnprocessableInput) as err:
        await arun(client, name, text)
    assert err.value.param == "input" and err.value.status == 422
    assert client.bodies == []


@pytest.mark.parametrize("text", ACCEPTED)
def test_short_clinical_input_is_accepted(text: str) -> None:
    assert input_check().check(f"  {text} ") == text


def test_oversized_input_is_refused() -> None:
    with pytest.raises(UnprocessableInput, match="limit"):
        input_check().check("chest pain " * 10_000)
