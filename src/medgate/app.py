"""Startup: build the one `App` (config, catalogue, backends, gateway, audit) and pass it down.

Nothing module-level changes after import; every request reaches shared objects through the App.
"""

from __future__ import annotations

from typing import Any

import aiohttp

from medgate.audit import AuditStore, open_audit
from medgate.catalog import Catalog, Constraints, load_catalog, parse_use_case, recommend
from medgate.config import Config, Deployment, check_secrets, load_config
from medgate.engines.backend import Backend
from medgate.engines.dialects import dialect_for
from medgate.gateway import Gateway, RequestOptions
from medgate.gateway.options import request_options
from medgate.imaging.types import Limits


class App:
    def __init__(self, config: Config, *, audit: AuditStore | None = None,
                 catalog: Catalog | None = None) -> None:
        self.config = config
        self.catalog = catalog or load_catalog()
        self.audit = audit or open_audit(config.audit_url, max_queue=config.audit_max_queue)
        self.session: aiohttp.ClientSession | None = None
        self.backends: dict[str, Backend] = {}
        self.gateway: Gateway | None = None
        self.openapi: bytes | None = None  # the /openapi.json body, built on first request

    async def start(self) -> App:
        """Check secrets, open the shared HTTP session, let each deployment's engine dialect build
        its backend, and start them (embedded weights load here)."""
        check_secrets(self.config)
        connector = aiohttp.TCPConnector(limit=0, ttl_dns_cache=300, enable_cleanup_closed=True)
        self.session = aiohttp.ClientSession(connector=connector, auto_decompress=True)
        for alias in self.config.models.values():
            for dep in alias.deployments:
                if dep.name not in self.backends:
                    self.backends[dep.name] = dialect_for(dep.engine).open_backend(
                        dep, session=self.session, config=self.config)
        for backend in self.backends.values():
            await backend.start()
        self.gateway = Gateway(self.config, self.backends, self.audit, self.catalog)
        return self

    async def aclose(self) -> None:
        if self.gateway is not None:
            self.gateway.close()
        for backend in self.backends.values():
            await backend.aclose()
        if self.session is not None:
            await self.session.close()
        self.audit.close()

    # -- the ChatClient protocol the clinical tasks use ------------------------------------------
    async def chat(self, body: dict[str, Any], *, options: RequestOptions | None = None) -> dict[str, Any]:
        """`options` default to the body's own medgate fields (phi, thinking, burned_in)."""
        assert self.gateway is not None, "App.start() first"
        return await self.gateway.complete(body, options or request_options(body))

    def image_limits(self) -> Limits:
        return self.config.image_limits

    def pick_model(self, use_case: str) -> str:
        """The best configured alias for a catalogue use case (catalogue ranking, then config order)."""
        card_to_alias: dict[str, str] = {}
        for alias in self.config.models.values():
            card = self._card_for(alias.alias, alias.deployments[0])
            if card and card not in card_to_alias:
                card_to_alias[card] = alias.alias
        for ranking in recommend(self.catalog, parse_use_case(use_case), Constraints()):
            if ranking.eligible and ranking.card.id in card_to_alias:
                return card_to_alias[ranking.card.id]
        return "local" if "local" in self.config.models else next(iter(self.config.models))

    def _card_for(self, alias: str, dep: Deployment) -> str | None:
        if dep.is_embedded:
            return dep.model if dep.model in self.catalog.ids else None
        if dep.provider:
            card = self.catalog.find_by_provider_model(dep.provider, dep.model)
            if card:
                return card.id
        return alias if alias in self.catalog.ids else None


async def start_app(config: Config | None = None, **kwargs: Any) -> App:
    return await App(config or load_config(), **kwargs).start()


class _LazyClient:
    """A ChatClient over an in-process gateway, started on first use inside the caller's loop."""

    def __init__(self, config: Config | None) -> None:
        self._config = config
        self._app: App | None = None

    async def chat(self, body: dict[str, Any]) -> dict[str, Any]:
        if self._app is None:
            self._app = await start_app(self._config)
        return await self._app.chat(body)

    def pick_model(self, use_case: str) -> str:
        config = self._config or load_config()
        return App(config, audit=open_audit("memory")).pick_model(use_case)

    def image_limits(self) -> Limits:
        return (self._config or load_config()).image_limits

    async def aclose(self) -> None:
        if self._app is not None:
            await self._app.aclose()
            self._app = None


def default_chat_client(config: Config | None = None) -> _LazyClient:
    """For `medgate.tasks.run(...)` and scripts: the gateway in-process with the default config."""
    return _LazyClient(config)
