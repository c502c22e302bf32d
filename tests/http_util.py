"""Raw HTTP for tests that must send what the openai client won't (bad JSON, huge bodies)."""

from __future__ import annotations

import http.client
import json
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit


@dataclass
class Response:
    status: int
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)

    def events(self) -> list[str]:
        """SSE `data:` payloads in order."""
        return [line[6:] for line in self.body.decode().split("\n") if line.startswith("data: ")]


def request(method: str, url: str, *, content: bytes | None = None, json_body: Any = None,
            headers: dict[str, str] | None = None, timeout: float = 30) -> Response:
    parts = urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=timeout)
    hdrs = {"content-type": "application/json", **(headers or {})}
    if json_body is not None:
        content = json.dumps(json_body).encode()
    try:
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        conn.request(method, target, body=content, headers=hdrs)
        resp = conn.getresponse()
        try:
            body = resp.read()
        except http.client.IncompleteRead as exc:
            body = exc.partial
        return Response(resp.status, {k.lower(): v for k, v in resp.getheaders()}, body)
    finally:
        conn.close()


def post(url: str, **kwargs: Any) -> Response:
    return request("POST", url, **kwargs)


def get(url: str, **kwargs: Any) -> Response:
    return request("GET", url, **kwargs)
