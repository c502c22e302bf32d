"""A stream from the first upstream chunk to the client's last event.

The stages (stages.py) each do one job; this module only runs them and ends the stream: with a
final chunk (cost, usage, family extras) and status `ok`, with an error event and status `error`
(any failure, including a bug, after which the server still sends `[DONE]`), or as `cancelled`
when the client goes away. The upstream connection is released here in every case.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Any

from medgate.gateway.advice import AdviceStage
from medgate.gateway.cost import cost_usd
from medgate.gateway.stages import (
    CheckShape,
    DropEmpty,
    Normalise,
    Restore,
    Stage,
    Stamp,
    StripTokens,
    UsageTap,
    run_chunk,
    run_end,
)
from medgate.gateway.ticket import Ticket
from medgate.gateway.tool_choice import ToolChoiceCheck, tool_spec

if TYPE_CHECKING:
    from medgate.gateway.pipeline import Gateway

Chunk = dict[str, Any]


async def relay(gateway: Gateway, ticket: Ticket, body: dict[str, Any], source: AsyncIterator[Chunk],
                first: Chunk | None, advice: str | None) -> AsyncIterator[Chunk]:
    route = ticket.route
    assert route is not None
    tap = UsageTap(bool((body.get("stream_options") or {}).get("include_usage")))
    normalise = Normalise(route.family, route.dialect, tool_spec(body))
    stamp = Stamp(ticket.request_id, route.alias.alias, ticket.head())
    stages: list[Stage] = [CheckShape(route.deployment.name), tap, normalise]
    if route.family.strip_tokens:
        stages.append(StripTokens(route.family.strip_tokens))
    if (restorer := route.privacy.chunk_restorer()) is not None:
        stages.append(Restore(restorer))
    if body.get("tools"):
        stages.append(ToolChoiceCheck(body))
    stages.append(DropEmpty())
    if advice is not None:
        stages.append(AdviceStage(advice))
    stages.append(stamp)
    try:
        chunk = first
        while chunk is not None:
            if (out := run_chunk(stages, chunk)) is not None:
                yield out
            chunk = await _next(source)
        for out in run_end(stages):
            yield out
        ticket.usage = tap.usage
        ticket.cost = cost_usd(gateway.price_for(route.deployment), tap.usage)
        yield _final(ticket, body, stamp, tap, normalise)
        await gateway.finish_ok(ticket)  # committed before the server sends [DONE]
    except (GeneratorExit, asyncio.CancelledError):
        gateway.cancelled(ticket)  # the client went away; the upstream stream is closed below
        raise
    except Exception as exc:  # every failure, foreseen or a bug: an error event, then [DONE]
        ticket.usage = ticket.usage or tap.usage
        yield gateway.fail(ticket, exc).to_dict()
    finally:
        close = getattr(source, "aclose", None)
        if close is not None:
            await close()  # release the upstream connection now, not at garbage collection


def _final(ticket: Ticket, body: dict[str, Any], stamp: Stamp, tap: UsageTap, normalise: Normalise) -> Chunk:
    """The last chunk: cost and family extras in `medgate`, usage if the client asked for it."""
    route = ticket.route
    assert route is not None
    meta: dict[str, Any] = {"request_id": ticket.request_id, "cost_usd": ticket.cost,
                            "phi": route.privacy.summary()}
    content = normalise.normaliser.full_content(0)
    if content:
        meta.update(route.family.annotate(route.privacy.restore_text(content), body, ticket.image_size))
    if not stamp.sent_head:
        meta = ticket.head() | meta
    final: Chunk = {"id": ticket.request_id, "object": "chat.completion.chunk", "created": stamp.created,
                    "model": route.alias.alias, "choices": []}
    if tap.wanted and tap.usage is not None:
        final["usage"] = tap.usage
    final["medgate"] = meta
    return final


async def _next(source: AsyncIterator[Chunk]) -> Chunk | None:
    try:
        return await source.__anext__()
    except StopAsyncIteration:
        return None
