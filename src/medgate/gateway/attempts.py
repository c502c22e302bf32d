"""Stage 5's retry loop: try the plan's deployments in order until one answers, within the
request's deadline (DESIGN.md: "failure at stage 5 goes back to stage 3").

- A retryable upstream failure (429, 5xx, timeout, reset, protocol garbage) cools that deployment
  down (routing.Router.failed) and moves on to the next candidate; after the last one the plan
  starts again, after a backoff, until the alias's max_attempts are used.
- `Retry-After` is honoured: a deployment is not called before it allows; if that is past the
  deadline the deployment is skipped for this request.
- A deployment that the request's PHI may not reach (trust / allow_phi / phi: block with PHI
  found), or that `admit` refuses (SkipDeployment: files it may not receive, files_stage.py), is
  skipped without cooling it down; only when no candidate may take the request is the first such
  refusal the answer.
- Every attempt has its own PrivacyStage (the deployment's phi_policy and detector) and re-builds
  the upstream body from the original request. A stream counts as answered at its first chunk:
  a stream that fails before that falls back too.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable, Mapping
from typing import TypeVar

from medgate.engines.backend import Backend
from medgate.engines.dialects import dialect_for
from medgate.engines.families import family_for
from medgate.errors import (
    MedgateError,
    PhiNotAllowed,
    UpstreamError,
    UpstreamRateLimited,
    UpstreamTimeout,
)
from medgate.gateway.options import RequestOptions
from medgate.gateway.privacy_stage import PrivacyStage
from medgate.gateway.routing import Candidate, Router
from medgate.gateway.ticket import Route, Ticket

T = TypeVar("T")
BACKOFF_S = 0.1  # before each round after the first over the same deployments; doubles each round


class SkipDeployment(Exception):  # a signal to the loop, never seen by a client
    """This deployment may not take the request; `error` is the answer if none may."""

    def __init__(self, error: MedgateError) -> None:
        super().__init__(error.message)
        self.error = error


def build_route(candidate: Candidate, backends: Mapping[str, Backend], options: RequestOptions,
                key_phi: str | None) -> Route:
    dep = candidate.deployment
    return Route(alias=candidate.alias, deployment=dep, family=family_for(candidate.alias.family),
                 dialect=dialect_for(dep.engine), backend=backends[dep.name],
                 privacy=PrivacyStage(dep, options.phi, floor=key_phi))


async def attempt(router: Router, ticket: Ticket, backends: Mapping[str, Backend], options: RequestOptions,
                  call: Callable[[Route], Awaitable[T]], *, hold: bool = False,
                  admit: Callable[[Route], Awaitable[None]] | None = None) -> T:
    """The first answer of `call` over the plan. `hold`: the answer is a stream, whose deployment
    stays busy (least-busy routing) until `ticket.release` is called at its end. `admit`: work
    for a deployment before its call (outside its timeout), which may skip it (SkipDeployment)."""
    plan = ticket.plan
    assert plan is not None
    alias = plan.candidates[0].alias
    n = len(plan.candidates)
    blocked: dict[str, MedgateError] = {}
    spent: set[str] = set()  # failed in a way that rules out another try in this request
    last: UpstreamError | None = None
    skipped_in_a_row = 0
    waited_out = False
    i = 0
    key_phi = ticket.principal.phi if ticket.principal else None
    while ticket.attempts < alias.max_attempts and len(blocked) < n and skipped_in_a_row < n:
        candidate = plan.candidates[i % n]
        i += 1
        dep = candidate.deployment
        if dep.name in blocked or dep.name in spent:
            if len(blocked) + len(spent) >= n:
                break
            continue
        remaining = ticket.deadline - time.monotonic()
        wait = router.wait_for(dep)
        if i > n and wait == 0 and ticket.attempts:  # a later round: back off first
            wait = BACKOFF_S * 2 ** ((i - 1) // n - 1)
        if remaining <= 0:
            break
        if wait >= remaining:
            skipped_in_a_row += 1
            waited_out = True
            ticket.failures.append({"deployment": dep.name, "error": "skipped",
                                    "why": f"Retry-After {wait:.1f}s is past the request's deadline"})
            continue
        skipped_in_a_row = 0
        if wait > 0:
            await asyncio.sleep(wait)
            remaining = ticket.deadline - time.monotonic()
        try:
            route = build_route(candidate, backends, options, key_phi)
        except PhiNotAllowed as exc:
            blocked[dep.name] = exc
            continue
        ticket.route = route
        if admit is not None:
            try:
                await admit(route)
            except SkipDeployment as skip:
                blocked[dep.name] = skip.error
                continue
            remaining = ticket.deadline - time.monotonic()
            if remaining <= 0:
                break
        health = router.state(dep)
        health.in_flight += 1
        ticket.attempts += 1
        answered = False
        try:
            async with asyncio.timeout(min(dep.timeout_s, remaining)):
                result = await call(route)
            answered = True
        except PhiNotAllowed as exc:  # phi: block found PHI for this deployment: another may take it
            ticket.attempts -= 1
            blocked[dep.name] = exc
            continue
        except TimeoutError:
            last = UpstreamTimeout(f"{dep.name} did not answer within {min(dep.timeout_s, remaining):.1f} s")
        except UpstreamError as exc:
            if not exc.retryable:
                raise
            last = exc
        finally:
            if not (answered and hold):
                health.in_flight -= 1
        if answered:
            router.succeeded(dep)
            if hold:
                ticket.release = _releaser(router, dep.name)
            return result
        assert last is not None
        if not last.retry_same:
            spent.add(dep.name)
        retry_after = getattr(last, "retry_after", None)
        # An upstream's Retry-After holds every request back; medgate's own engines' is advice for
        # the client (their queue frees as soon as a slot does), so it only orders, never waits.
        router.failed(dep, alias.cooldown_s, retry_after if last.retry_same else None)
        ticket.failures.append({"deployment": dep.name, "error": last.code, "status": last.http_status()}
                               | ({"retry_after": retry_after} if retry_after else {}))
    if last is not None:
        raise last
    if blocked:
        raise next(iter(blocked.values()))
    if not waited_out:
        raise UpstreamTimeout(f"the request's deadline ({alias.deadline_s:.0f} s) passed before any deployment "
                              f"of {alias.alias!r} answered")
    raise UpstreamRateLimited(f"every deployment of {alias.alias!r} asked to wait past this request's "
                              "deadline (Retry-After)", retry_after=min(
                                  (router.wait_for(c.deployment) for c in plan.candidates), default=1.0))


def _releaser(router: Router, name: str) -> Callable[[], None]:
    def release() -> None:
        router.health[name].in_flight -= 1

    return release
