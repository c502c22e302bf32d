"""Who may call which route: the API key on each request, its role, and its rate limit.

The key table is read from the database at start and re-read every few seconds in the
background (a revoked key stops working within `refresh_s` on every worker and host); checking a
request is a sha256 and a dict lookup, nothing more.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Mapping, MutableMapping
from typing import Any, Literal

import sqlalchemy as sa

from medgate.auth.keys import KeyTable, Principal, hash_secret, load_keys
from medgate.auth.limits import RateLimiter
from medgate.errors import AuthError, RoleForbidden

log = logging.getLogger("medgate.auth")
# What a route needs, and what each role may reach. `public` needs no key at all (/health).
Access = Literal["public", "any", "clinical", "admin"]
ROLE_ACCESS: Mapping[str, frozenset[str]] = {
    "clinician": frozenset({"any", "clinical"}),
    "researcher": frozenset({"any"}),
    "admin": frozenset({"any", "clinical", "admin"}),
}


class Guard:
    def __init__(self, engine: sa.Engine | None, *, refresh_s: float = 5.0, workers: int = 1) -> None:
        self.engine = engine
        self.refresh_s = refresh_s
        self.table = KeyTable({}, False)
        self.limiter = RateLimiter(share=workers)
        self._task: asyncio.Task[None] | None = None

    async def start(self) -> None:
        if self.engine is None:
            return
        self.table = await asyncio.to_thread(load_keys, self.engine)
        self._task = asyncio.create_task(self._refresh())

    async def aclose(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task

    async def _refresh(self) -> None:
        assert self.engine is not None
        while True:
            await asyncio.sleep(self.refresh_s)
            try:
                self.table = await asyncio.to_thread(load_keys, self.engine)
            except sa.exc.SQLAlchemyError as exc:  # keep the last table; the audit store reports the outage
                log.warning("could not re-read API keys (%s); using the previous table", type(exc).__name__)

    @property
    def required(self) -> bool:
        return self.table.any_keys

    def principal(self, key_id: str) -> Principal | None:
        """An active key's principal by its id (work a key started, such as a batch, runs as it;
        None once the key is revoked)."""
        return next((p for p in self.table.by_hash.values() if p.id == key_id), None)

    def check(self, scope: MutableMapping[str, Any], access: Access) -> Principal | None:
        """The principal for this request (None: no keys exist, or a public route); raises
        AuthError (401), RoleForbidden (403) or RateLimited (429)."""
        if access == "public" or not self.table.any_keys:
            return None
        token = _bearer(scope)
        if token is None:
            raise AuthError("You didn't provide an API key. Send it as `Authorization: Bearer <key>` "
                            "(medgate keys create makes one).")
        principal = self.table.by_hash.get(hash_secret(token))
        if principal is None:
            raise AuthError("Incorrect API key provided (unknown or revoked).")
        if access not in ROLE_ACCESS[principal.role]:
            raise RoleForbidden(f"a {principal.role} key may not use {scope['method']} {scope['path']}")
        if principal.rpm is not None:
            self.limiter.check(principal.id, principal.rpm)
        return principal


def _bearer(scope: MutableMapping[str, Any]) -> str | None:
    for name, value in scope["headers"]:
        if name == b"authorization":
            scheme, _, token = value.decode("latin-1").partition(" ")
            return token.strip() if scheme.lower() == "bearer" and token.strip() else None
    return None
