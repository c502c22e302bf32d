"""Startup: build the one `App` (config, catalogue, backends, gateway, audit) and pass it down.

Nothing module-level changes after import; every request reaches shared objects through the App.
"""

from __future__ import annotations

import asyncio
import logging
import os
from typing import TYPE_CHECKING, Any

import aiohttp

from medgate.audit import AuditStore, MemoryAudit, SqlAudit
from medgate.auth import BudgetLedger, Guard, Principal
from medgate.catalog import Catalog, Constraints, load_catalog
from medgate.config import Config, Deployment, check_secrets, load_config
from medgate.engines.backend import Backend
from medgate.engines.dialects import dialect_for
from medgate.engines.limits import LimitedBackend
from medgate.errors import MedgateError
from medgate.gateway import Gateway, RequestOptions
from medgate.gateway.auto import card_for, pick_alias
from medgate.gateway.metrics import Metrics
from medgate.gateway.options import request_options
from medgate.imaging.types import Limits
from medgate.offload import Offload
from medgate.store import open_store

if TYPE_CHECKING:
    from medgate.tasks.store import ArtefactStore

if TYPE_CHECKING:
    from medgate.batch.service import BatchService

log = logging.getLogger("medgate.app")
# Gateway processes with the same group share embedded runners: `serve --workers N` sets it once
# for all its workers. Without it each App has its own runners.
RUNNER_GROUP_ENV = "MEDGATE_RUNNER_GROUP"
WORKERS_ENV = "MEDGATE_WORKERS"  # how many gateway processes share the port (rate limits split)


class App:
    def __init__(self, config: Config, *, audit: AuditStore | None = None,
                 catalog: Catalog | None = None) -> None:
        self.config = config
        self.catalog = catalog or load_catalog()
        # One database for the audit chain, keys, budgets, usage and task artefacts.
        self.db = open_store(config.audit_url) if audit is None and config.audit_url != "memory" else None
        if audit is not None:
            self.audit: AuditStore = audit
            self.db = getattr(audit, "engine", None)
        elif self.db is not None:
            self.audit = SqlAudit(config.audit_url, max_queue=config.audit_max_queue, engine=self.db)
        else:
            self.audit = MemoryAudit()
        self.holder = f"{os.uname().nodename}-{os.getpid()}-{os.urandom(4).hex()}"
        self.guard = Guard(self.db, refresh_s=config.keys_refresh_s,
                           workers=int(os.environ.get(WORKERS_ENV) or 1))
        self.ledger = BudgetLedger(self.db, self.holder) if self.db is not None else None
        self.metrics = Metrics()
        self._artefacts: ArtefactStore | None = None
        self.session: aiohttp.ClientSession | None = None
        self.backends: dict[str, Backend] = {}
        self.gateway: Gateway | None = None
        self.openapi: bytes | None = None  # the /openapi.json body, built on first request
        self.embedded: dict[str, Backend] = {}  # the embedded deployments' runner clients, by name
        self.offload = Offload()  # CPU-heavy request work (large de-identifications), off the loop
        self.runner_group = os.environ.get(RUNNER_GROUP_ENV) or f"app-{os.getpid()}-{os.urandom(4).hex()}"
        self._preload: asyncio.Task[None] | None = None
        self._batches: BatchService | None = None  # the Batch API, opened on its first request

    @property
    def artefacts(self) -> ArtefactStore:
        """Task artefacts and sign-offs (the task layer loads on first use)."""
        if self._artefacts is None:
            from medgate.tasks.store import MemoryArtefacts, SqlArtefacts

            self._artefacts = SqlArtefacts(self.db) if self.db is not None else MemoryArtefacts()
        return self._artefacts

    async def start(self) -> App:
        """Check secrets, open the shared HTTP session and let each deployment's engine dialect
        build its backend. HTTP backends start at once; embedded runners load in the background:
        the server answers (other aliases at once) meanwhile, and a model that cannot load costs
        only its own alias."""
        check_secrets(self.config)
        connector = aiohttp.TCPConnector(limit=0, ttl_dns_cache=300, enable_cleanup_closed=True)
        self.session = aiohttp.ClientSession(connector=connector, auto_decompress=True)
        embedded = self.embedded
        for dep in self._deployments():
            if dep.name in self.backends:
                continue
            backend = dialect_for(dep.engine).open_backend(
                dep, session=self.session, config=self.config, runner_group=self.runner_group)
            if dep.is_embedded:
                embedded[dep.name] = backend
            else:
                await backend.start()
                if dep.max_concurrency is not None:
                    backend = LimitedBackend(backend, concurrency=dep.max_concurrency,
                                             queue=dep.max_queue, name=dep.name)
            self.backends[dep.name] = backend
        if embedded:
            self._preload = asyncio.create_task(self._start_embedded(embedded))
        if any(not dep.is_embedded and dep.trust == "remote" for dep in self._deployments()):
            # Remote deployments pseudonymise: load the PHI engine now, not on someone's request.
            from medgate.privacy.detect import warm_up

            warm_up()
        # Every chat request is screened: compile the screen and load its learned layer now.
        from medgate.safety.screen import warm_up as warm_screen

        await asyncio.to_thread(warm_screen, learned=self.config.learned_layer)
        await self.guard.start()
        self.gateway = Gateway(self.config, self.backends, self.audit, self.catalog, ledger=self.ledger,
                               metrics=self.metrics)
        return self

    def _deployments(self) -> list[Deployment]:
        return [dep for alias in self.config.models.values() for dep in alias.deployments]

    async def _start_embedded(self, embedded: dict[str, Backend]) -> None:
        for name, backend in embedded.items():
            try:
                await backend.start()
            except MedgateError as exc:  # the alias answers 503 with this reason; the others serve on
                log.error("embedded model %s is unavailable: %s", name, exc.message)

    def batch_service(self) -> BatchService:
        """Files and batches in the configured store (a directory, or an fsspec URL)."""
        if self._batches is None:
            from medgate.batch.service import BatchService
            from medgate.batch.store import Store

            self._batches = BatchService(self, Store(self.config.batch_store))
        return self._batches

    def resume_batches(self) -> list[str]:
        """At server start: batches a stopped process left unfinished run on here (if the store
        exists; a server that never ran a batch creates nothing)."""
        from medgate.batch.store import store_exists

        if self._batches is None and not store_exists(self.config.batch_store):
            return []
        return self.batch_service().resume()

    async def aclose(self) -> None:
        if self._batches is not None:
            await self._batches.aclose()  # running batches stop; their journals keep what is done
        if self._preload is not None:
            self._preload.cancel()
        if self.gateway is not None:
            self.gateway.close()
        for backend in self.backends.values():
            await backend.aclose()
        if self.session is not None:
            await self.session.close()
        self.offload.close()
        await self.guard.aclose()
        if self.ledger is not None and self.audit.flush():  # settled first, then the leases go back
            await asyncio.to_thread(self.ledger.release_all)
        self.audit.close()

    # -- the ChatClient protocol the clinical tasks use ------------------------------------------
    async def chat(self, body: dict[str, Any], *, options: RequestOptions | None = None,
                   principal: Principal | None = None, source: str = "task") -> dict[str, Any]:
        """`options` default to the body's own medgate fields (phi, thinking, burned_in)."""
        assert self.gateway is not None, "App.start() first"
        return await self.gateway.complete(body, options or request_options(body),
                                           self.gateway.ticket(principal, source))

    def image_limits(self) -> Limits:
        return self.config.image_limits

    def pick_model(self, use_case: str) -> str:
        """The best configured alias for a catalogue use case (catalogue ranking, then config order)."""
        alias = pick_alias(self.config, self.catalog, use_case, Constraints())
        if alias is not None:
            return alias
        return "local" if "local" in self.config.models else next(iter(self.config.models))

    def card_for_alias(self, alias: str) -> str | None:
        """The catalogue card an alias's first deployment serves, if the catalogue knows it."""
        model = self.config.alias(alias)
        return card_for(self.catalog, model.alias, model.deployments[0]) if model else None


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
        return App(config, audit=MemoryAudit()).pick_model(use_case)

    def image_limits(self) -> Limits:
        return (self._config or load_config()).image_limits

    async def aclose(self) -> None:
        if self._app is not None:
            await self._app.aclose()
            self._app = None


def default_chat_client(config: Config | None = None) -> _LazyClient:
    """For `medgate.tasks.run(...)` and scripts: the gateway in-process with the default config."""
    return _LazyClient(config)


class KeyedClient:
    """The gateway for a task's model calls, as an API key (its models, budget, PHI floor);
    `principal` None: no keys exist, or a trusted local caller (the CLI)."""

    def __init__(self, app: App, principal: Principal | None) -> None:
        self.app, self.principal = app, principal

    async def chat(self, body: dict[str, Any]) -> dict[str, Any]:
        return await self.app.chat(body, principal=self.principal, source="task")

    def pick_model(self, use_case: str) -> str:
        return self.app.pick_model(use_case)

    def image_limits(self) -> Limits:
        return self.app.image_limits()
