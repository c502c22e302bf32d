"""Image sizes read from the header bytes of a base64 data URL (PNG, GIF, JPEG), without decoding pixels."""

from __future__ import annotations

import base64
import binascii
import struct
from typing import Any


def first_image_size(body: dict[str, Any]) -> tuple[int, int] | None:
    """(width, height) of the first data-URL image in the request's messages, if readable."""
    for message in body.get("messages") or []:
        content = message.get("content") if isinstance(message, dict) else None
        if not isinstance(content, list):
            continue
        for part in content:
            if isinstance(part, dict) and part.get("type") == "image_url":
                url = (part.get("image_url") or {}).get("url", "")
                if isinstance(url, str) and url.startswith("data:") and "," in url:
                    return image_size(_decode_head(url.split(",", 1)[1]))
                return None
    return None


def _decode_head(b64: str, n_chars: int = 64 * 1024) -> bytes:
    head = b64[: n_chars - n_chars % 4]
    try:
        return base64.b64decode(head, validate=False)
    except (binascii.Error, ValueError):
        return b""


def image_size(data: bytes) -> tuple[int, int] | None:
    if data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) >= 24:
        w, h = struct.unpack(">II", data[16:24])
        return int(w), int(h)
    if data[:6] in (b"GIF87a", b"GIF89a") and len(data) >= 10:
        w, h = struct.unpack("<HH", data[6:10])
        return int(w), int(h)
    if data[:2] == b"\xff\xd8":
        i = 2
        while i + 9 < len(data):
            if data[i] != 0xFF:
                i += 1
                continue
            marker = data[i + 1]
            if marker in (0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF):
                h, w = struct.unpack(">HH", data[i + 5:i + 9])
                return int(w), int(h)
            (seg_len,) = struct.unpack(">H", data[i + 2:i + 4])
            i += 2 + seg_len
    return None
