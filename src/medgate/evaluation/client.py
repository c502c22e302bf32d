"""What the evaluation runner needs from the gateway: a chat call through the whole pipeline
(routing, PHI policy, safety screen, cost, audit) and, per alias, what it is.

`GatewayClient` wraps the in-process `App`; tests may pass any object with the same two methods.
In-process rather than HTTP to a running server: no extra hop, and the same pipeline runs.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol

from medgate.errors import UnknownModel
from medgate.gateway import RequestOptions
from medgate.gateway.options import request_options


@dataclass(frozen=True, slots=True)
class ModelInfo:
    alias: str
    deployment: str
    family: str
    card_id: str | None
    vision: bool | None  # None: not in the catalogue, the upstream decides


class EvalClient(Protocol):
    async def chat(self, body: dict[str, Any], *, options: RequestOptions | None = None) -> dict[str, Any]: ...

    def describe(self, model: str) -> ModelInfo:
        """What serves `model`; UnknownModel (with how to configure it) when nothing does."""
        ...


class GatewayClient:
    def __init__(self, app: Any) -> None:  # medgate.app.App (not imported: layers point down)
        self.app = app

    async def chat(self, body: dict[str, Any], *, options: RequestOptions | None = None) -> dict[str, Any]:
        """`phi` and `thinking` in the body are read as the HTTP server reads them."""
        result: dict[str, Any] = await self.app.chat(body, options=options or request_options(body))
        return result

    def describe(self, model: str) -> ModelInfo:
        alias = self.app.config.alias(model)
        if alias is None:
            assert self.app.gateway is not None
            raise UnknownModel(self.app.gateway.unknown_model_message(model), param="model")
        card_id = self.app.card_for_alias(model)
        vision = "image" in self.app.catalog.get(card_id).modalities if card_id else None
        return ModelInfo(alias=model, deployment=alias.deployments[0].name, family=alias.family,
                         card_id=card_id, vision=vision)
