"""FilesStage: one conversion per kind of deployment (screened or not) however many attempts a
request makes; a screened refusal skips the deployment, a plain conversion's error is the request's."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from types import SimpleNamespace
from typing import Any, TypeVar, cast

import pytest
from tests.imaging import files

from medgate.errors import BurnedInText, InvalidFile
from medgate.gateway.attempts import SkipDeployment
from medgate.gateway.converter import FileConverter
from medgate.gateway.files_stage import FilesStage
from medgate.gateway.ticket import Route, Ticket
from medgate.imaging import Limits, data_url

T = TypeVar("T")


class InlineConverter(FileConverter):
    """The real conversion, in this process, counted."""

    def __init__(self) -> None:
        super().__init__(workers=1)
        self.calls: list[bool] = []

    async def run(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        self.calls.append(kwargs["screen_text"])
        return fn(*args, **kwargs)


def route(policy: str) -> Route:
    return cast(Route, SimpleNamespace(privacy=SimpleNamespace(policy=policy)))


def body(url: str) -> dict[str, Any]:
    return {"model": "m", "messages": [{"role": "user", "content": [
        {"type": "text", "text": "what is this?"}, {"type": "image_url", "image_url": {"url": url}}]}]}


def test_each_kind_is_converted_once_and_a_screened_refusal_skips_the_deployment() -> None:
    converter = InlineConverter()
    stage = FilesStage(converter, Limits(), body(data_url("application/dicom", files.burned_in_flag())), None)
    remote, local, ticket = route("pseudonymise"), route("allow"), Ticket("chatcmpl-1")

    async def go() -> None:
        for _ in range(2):  # two remote candidates (or one tried twice): one conversion
            with pytest.raises(SkipDeployment) as info:
                await stage.admit(remote)
            assert isinstance(info.value.error, BurnedInText)
        await stage.admit(local)
        await stage.admit(local)

    asyncio.run(go())
    assert converter.calls == [True, False]
    sent = stage.body_for(ticket, local)
    assert "[Image 1: DICOM image" in str(sent) and ticket.documents and ticket.documents[0]["screened"] is False
    assert ticket.image_size == (64, 48)  # width, height as submitted


def test_burned_in_allow_sends_the_plain_conversion_anywhere() -> None:
    converter = InlineConverter()
    stage = FilesStage(converter, Limits(), body(data_url("application/dicom", files.burned_in_flag())), "allow")
    asyncio.run(stage.admit(route("pseudonymise")))
    assert converter.calls == [False]
    assert stage.screened(route("pseudonymise")) is False


def test_a_plain_conversion_error_is_the_requests_and_no_files_means_no_work() -> None:
    broken = FilesStage(InlineConverter(), Limits(), body(data_url("application/dicom", files.ct()[:-3000])), None)
    with pytest.raises(InvalidFile):
        asyncio.run(broken.admit(route("allow")))
    converter = InlineConverter()
    text_only = {"model": "m", "messages": [{"role": "user", "content": "hello"}]}
    stage = FilesStage(converter, Limits(), text_only, None)
    asyncio.run(stage.admit(route("pseudonymise")))
    assert converter.calls == [] and stage.body_for(Ticket("chatcmpl-2"), route("pseudonymise")) is text_only
