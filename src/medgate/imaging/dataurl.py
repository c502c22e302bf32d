"""RFC 2397 data URLs: `data:[<media type>][;param=value]*[;base64],<data>`."""

from __future__ import annotations

import base64
import binascii
import urllib.parse
from dataclasses import dataclass

from medgate.errors import InvalidRequest


@dataclass(frozen=True)
class DataUrl:
    media_type: str | None
    data: bytes


def parse_data_url(url: str, *, param: str) -> DataUrl:
    """The media type and the decoded bytes; InvalidRequest (naming `param`) when malformed."""
    if not url.startswith("data:") or "," not in url:
        raise InvalidRequest(f"{param} must be a data URL (data:<type>;base64,<data>)", param=param)
    head, _, payload = url[5:].partition(",")
    fields = [f.strip() for f in head.split(";")]
    is_base64 = bool(fields) and fields[-1].lower() == "base64"
    if is_base64:
        fields.pop()
    media_type = fields[0].lower() if fields and fields[0] and "=" not in fields[0] else None
    try:
        data = base64.b64decode("".join(payload.split()), validate=True) if is_base64 else urllib.parse.unquote_to_bytes(payload)
    except (binascii.Error, ValueError) as exc:
        raise InvalidRequest(f"{param}: the base64 data is not valid ({exc})", param=param) from exc
    if not data:
        raise InvalidRequest(f"{param}: the data URL is empty", param=param)
    return DataUrl(media_type, data)


def data_url(media_type: str, data: bytes) -> str:
    return f"data:{media_type};base64,{base64.b64encode(data).decode()}"
