"""Conversion in worker processes: a decoder that kills its process costs one request a 400 (after
one retry in a fresh pool, which is what saves a bystander), the next request is served, and
medgate's errors cross the process boundary whole."""

from __future__ import annotations

import os
import pickle
import signal
from pathlib import Path

import pytest

from medgate.errors import BurnedInText, InvalidFile, PhiNotAllowed, UpstreamRateLimited
from medgate.gateway.converter import FileConverter


def segfault() -> str:
    os.kill(os.getpid(), signal.SIGSEGV)
    return "unreachable"


def segfault_once(marker: str) -> str:
    if not os.path.exists(marker):
        Path(marker).touch()
        os.kill(os.getpid(), signal.SIGSEGV)
    return "recovered"


def refuse() -> str:
    raise BurnedInText("text found on the pixels", param="burned_in")


def square(x: int) -> int:
    return x * x


async def test_a_crashing_decoder_is_a_400_and_the_next_call_is_served(tmp_path: Path) -> None:
    converter = FileConverter(workers=1)
    try:
        with pytest.raises(InvalidFile, match="crashed its decoder"):
            await converter.run(segfault)
        assert await converter.run(square, 7) == 49
        assert await converter.run(segfault_once, str(tmp_path / "crashed")) == "recovered"
        with pytest.raises(BurnedInText) as info:
            await converter.run(refuse)
        assert info.value.param == "burned_in" and info.value.http_status() == 403
    finally:
        converter.close()


def test_errors_pickle_whole() -> None:
    for err in (PhiNotAllowed("no", status=422, param="messages"), UpstreamRateLimited("slow", retry_after=7.0),
                BurnedInText("text", param="burned_in")):
        copy = pickle.loads(pickle.dumps(err))
        assert type(copy) is type(err) and copy.__dict__ == err.__dict__ and str(copy) == str(err)
        assert copy.http_status() == err.http_status()
