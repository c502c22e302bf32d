"""`GET /metrics`: Prometheus counters and histograms, in a registry of the App's own (nothing
module-level). Each process counts its own requests: with `serve --workers N` a scrape sees one
worker, so scrape each, or sum `medgate_requests_total` across them (README, "Metrics")."""

from __future__ import annotations

from typing import Any

from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest

CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"
_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 120.0, 300.0)


class Metrics:
    def __init__(self) -> None:
        self.registry = CollectorRegistry(auto_describe=True)
        r = self.registry
        self.requests = Counter("medgate_requests", "Requests by route, alias, deployment and status",
                                ["route", "alias", "deployment", "status"], registry=r)
        self.errors = Counter("medgate_errors", "Failed requests by error code", ["route", "code"], registry=r)
        self.latency = Histogram("medgate_request_latency_seconds", "Request latency, end to end",
                                 ["route"], buckets=_BUCKETS, registry=r)
        self.tokens = Counter("medgate_tokens", "Tokens by alias, deployment and kind (prompt, completion)",
                              ["alias", "deployment", "kind"], registry=r)
        self.cost = Counter("medgate_cost_usd", "Upstream cost in USD", ["alias", "deployment"], registry=r)
        self.fallbacks = Counter("medgate_fallbacks", "Failed attempts that moved a request to another try",
                                 ["alias", "deployment", "code"], registry=r)
        self.phi = Counter("medgate_phi_replacements", "PHI identifiers pseudonymised, by type", ["type"],
                           registry=r)

        # Label children by their values: `labels()` costs microseconds a call on the hot path.
        self._children: dict[tuple[str, ...], Any] = {}

    def _child(self, metric: Any, *values: str) -> Any:
        key = (metric._name, *values)
        child = self._children.get(key)
        if child is None:
            child = self._children[key] = metric.labels(*values)
        return child

    def chat(self, record: dict[str, Any]) -> None:
        alias, deployment = record.get("alias") or "", record.get("deployment") or ""
        route = record.get("route") or "chat"
        self._child(self.requests, route, alias, deployment, record["status"]).inc()
        self._child(self.latency, route).observe(record["latency_ms"] / 1000)
        if record.get("error"):
            self.errors.labels(record.get("route") or "chat", record["error"]).inc()
        if n := record.get("prompt_tokens"):
            self._child(self.tokens, alias, deployment, "prompt").inc(n)
        if n := record.get("completion_tokens"):
            self._child(self.tokens, alias, deployment, "completion").inc(n)
        if cost := record.get("cost_usd"):
            self._child(self.cost, alias, deployment).inc(cost)
        for failure in record.get("failed_attempts") or ():
            self.fallbacks.labels(alias, failure.get("deployment") or "", failure.get("error") or "").inc()
        for phi_type, n in ((record.get("phi") or {}).get("replaced") or {}).items():
            self.phi.labels(phi_type).inc(n)

    def request(self, route: str, status: int, latency_s: float, code: str | None) -> None:
        """Any other route (tasks, deid, usage, ...)."""
        self.requests.labels(route, "", "", "ok" if status < 400 else "error").inc()
        self.latency.labels(route).observe(latency_s)
        if code:
            self.errors.labels(route, code).inc()

    def render(self) -> bytes:
        return generate_latest(self.registry)
