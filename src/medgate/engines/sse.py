"""Server-sent events from arbitrary byte pieces, as an upstream sends them.

The rules that matter for chat streams (WHATWG HTML, "Parsing an event stream"): lines end in
LF, CRLF or CR (a CR at the end of a piece may be half of a CRLF, so it waits); the `data:` lines
of one event are joined with LF and a blank line dispatches it; comments (`:`) and other fields
are ignored; one space after the colon is dropped. At the end of the stream a pending event is
dispatched too (lenient: some servers omit the last blank line).
"""

from __future__ import annotations


class SseDecoder:
    """Per stream: `feed(piece)` returns the data payloads completed by that piece."""

    def __init__(self) -> None:
        self._buf = b""
        self._data: list[bytes] = []

    def feed(self, piece: bytes) -> list[bytes]:
        buf = self._buf + piece
        hold = b""
        if buf.endswith(b"\r"):
            buf, hold = buf[:-1], b"\r"  # maybe the first half of a CRLF
        if b"\r" in buf:
            buf = buf.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
        lines = buf.split(b"\n")
        self._buf = lines.pop() + hold
        out: list[bytes] = []
        for line in lines:
            self._line(line, out)
        return out

    def close(self) -> list[bytes]:
        """The stream ended: whatever is pending, a last line without its newline included."""
        out: list[bytes] = []
        rest, self._buf = self._buf.rstrip(b"\r"), b""
        if rest:
            self._line(rest, out)
        self._line(b"", out)
        return out

    def _line(self, line: bytes, out: list[bytes]) -> None:
        if not line:
            if self._data:
                out.append(b"\n".join(self._data))
                self._data = []
            return
        if line[0] == 0x3A:  # ":" a comment
            return
        name, _, value = line.partition(b":")
        if name == b"data":
            self._data.append(value[1:] if value[:1] == b" " else value)
