"""Budgets that hold under concurrency, across processes and hosts.

Each gateway process holds a *lease* per budgeted key: an amount of that key's budget, recorded
in `budget_leases` under the process's holder id. A request reserves its largest possible cost
(prompt estimate × input price + max_tokens × output price, the dearest candidate deployment)
from the lease in memory — the event loop runs one reservation at a time, so concurrent
requests in a process cannot overspend it — and when the lease is short, the process tops it up
in one database transaction that locks the key's row and checks

    spent + Σ other holders' unexpired leases + my lease + top-up  ≤  budget

so concurrent processes cannot overspend the key either. When the request ends its reservation
comes back and its actual cost is handed to the audit writer, which moves it from the lease to
`spent_usd` in the transaction that writes the request's record (audit/sql.py): spent + leases
is unchanged by settling, and a crash between the two is impossible. A lease expires (a crashed
process's budget comes back) unless renewed; a live process renews it every ttl/2 of use.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field

import sqlalchemy as sa

from medgate.audit import Settlement
from medgate.errors import InsufficientQuota
from medgate.store.tables import API_KEYS, BUDGET_LEASES

_EPS = 1e-9


@dataclass(frozen=True)
class Reservation:
    key_id: str
    amount: float


@dataclass
class _Lease:
    available: float = 0.0  # leased and not reserved by a request in flight
    in_flight: float = 0.0
    renew_at: float = 0.0  # monotonic; after this the lease is renewed before use
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)


class BudgetLedger:
    def __init__(self, engine: sa.Engine, holder: str, *, ttl_s: float = 600.0, top_up: float = 10.0) -> None:
        self.engine = engine
        self.holder = holder
        self.ttl_s = ttl_s
        self.top_up = top_up  # a top-up asks for this many reservations' worth when it can
        self._leases: dict[str, _Lease] = {}

    async def reserve(self, key_id: str, budget: float, amount: float) -> Reservation:
        lease = self._leases.get(key_id)
        if lease is None:
            lease = self._leases[key_id] = _Lease()
        if lease.available + _EPS < amount or time.monotonic() >= lease.renew_at:
            async with lease.lock:  # one top-up per key at a time; the others wait and re-check
                for _ in range(3):  # requests that cost more than they reserved may settle meanwhile
                    if lease.available + _EPS >= amount and time.monotonic() < lease.renew_at:
                        break
                    need = max(amount - lease.available, 0.0)
                    got = await asyncio.to_thread(self._top_up, key_id, lease.available + lease.in_flight,
                                                  need, max(need, amount * self.top_up))
                    lease.available += got
                    lease.renew_at = time.monotonic() + self.ttl_s / 2
                    if got == 0.0:
                        break
                if lease.available + _EPS < amount:
                    raise InsufficientQuota(
                        f"this API key's budget (${budget:.4f}) cannot cover this request's largest possible "
                        f"cost (${amount:.6f}); lower max_tokens, or ask an admin for more budget")
        lease.available -= amount
        lease.in_flight += amount
        return Reservation(key_id, amount)

    def settle(self, reservation: Reservation, cost: float | None) -> Settlement:
        """The request is over: its reservation returns to the lease less what it cost."""
        lease = self._leases[reservation.key_id]
        spent = cost or 0.0
        lease.in_flight -= reservation.amount
        lease.available += reservation.amount - spent
        return Settlement(reservation.key_id, self.holder, spent)

    def _top_up(self, key_id: str, local: float, least: float, most: float) -> float:
        """Grow (and renew) this process's lease by at most `most` and at least `least`; returns
        the amount granted (0 when even `least` does not fit, and `least` was more than 0)."""
        now = time.time()
        with self.engine.begin() as conn:
            key = conn.execute(sa.select(API_KEYS.c.budget_usd, API_KEYS.c.spent_usd, API_KEYS.c.revoked_at)
                               .where(API_KEYS.c.id == key_id).with_for_update()).one_or_none()
            if key is None or key.budget_usd is None or key.revoked_at is not None:
                return 0.0
            rows = conn.execute(sa.select(BUDGET_LEASES.c.holder, BUDGET_LEASES.c.amount_usd,
                                          BUDGET_LEASES.c.expires_at)
                                .where(BUDGET_LEASES.c.key_id == key_id)).all()
            others = sum(max(r.amount_usd, 0.0) for r in rows if r.holder != self.holder and r.expires_at > now)
            mine = next((r for r in rows if r.holder == self.holder), None)
            # An expired lease may already be counted out by others: claim what is in use again.
            held = max(mine.amount_usd, 0.0) if mine is not None and mine.expires_at > now else local
            headroom = key.budget_usd - key.spent_usd - others - held
            # A twentieth of what is left, when that is more: few top-ups while the budget is
            # large, small ones (so other processes still get a share) as it runs out.
            grant = min(max(most, headroom * 0.05), headroom)
            if grant + _EPS < least:
                grant = 0.0
            grant = max(grant, 0.0)
            values = {"amount_usd": held + grant, "expires_at": now + self.ttl_s}
            if mine is None:
                conn.execute(sa.insert(BUDGET_LEASES).values(key_id=key_id, holder=self.holder, **values))
            else:
                conn.execute(sa.update(BUDGET_LEASES).where(BUDGET_LEASES.c.key_id == key_id,
                                                            BUDGET_LEASES.c.holder == self.holder).values(**values))
            return float(grant)

    def release_all(self) -> None:
        """At shutdown, after the audit writer flushed: this process's leases go back."""
        with self.engine.begin() as conn:
            conn.execute(sa.delete(BUDGET_LEASES).where(BUDGET_LEASES.c.holder == self.holder))
