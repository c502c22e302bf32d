"""Where batch files and results live: a local directory by default, or any fsspec URL
(`s3://bucket/prefix` with `s3fs` installed, `gs://`, `memory://` in tests).

Keys are relative paths under the store's root. Writes of whole objects go to a temporary key
and are moved into place, so a reader never sees half an object on a local disk; object stores
make a single PUT visible atomically anyway.
"""

from __future__ import annotations

import os
from typing import IO, Any

import fsspec
from fsspec.core import url_to_fs

from medgate.errors import ConfigError


class Store:
    """One root directory (or bucket prefix) through fsspec."""

    def __init__(self, url: str) -> None:
        try:
            fs, root = url_to_fs(url)
        except (ImportError, ValueError) as exc:  # e.g. s3:// without s3fs installed
            raise ConfigError(f"cannot open the batch store {url!r}: {exc}") from exc
        self.url = url
        self.fs: fsspec.AbstractFileSystem = fs
        self.root: str = root.rstrip("/")
        self.local = "file" in _protocols(fs)
        self.fs.makedirs(self.root, exist_ok=True)

    def path(self, key: str) -> str:
        return f"{self.root}/{key}" if key else self.root

    def open(self, key: str, mode: str = "rb") -> IO[Any]:
        if "w" in mode or "a" in mode:
            parent = self.path(key).rsplit("/", 1)[0]
            self.fs.makedirs(parent, exist_ok=True)
        f: IO[Any] = self.fs.open(self.path(key), mode)
        return f

    def exists(self, key: str) -> bool:
        return bool(self.fs.exists(self.path(key)))

    def size(self, key: str) -> int:
        return int(self.fs.size(self.path(key)))

    def read_bytes(self, key: str) -> bytes:
        data: bytes = self.fs.cat_file(self.path(key))
        return data

    def write_bytes(self, key: str, data: bytes) -> None:
        """Replace the object whole: readers see the old bytes or the new ones, never a mix."""
        tmp = f"{key}.tmp-{os.getpid()}"
        with self.open(tmp, "wb") as f:
            f.write(data)
        self.move(tmp, key)

    def create_exclusive(self, key: str) -> bool:
        """Create an empty object unless it exists; True if this call created it. Atomic on a
        local disk (O_EXCL); on an object store, a check then a write (a narrow race)."""
        if self.local:
            try:
                os.close(os.open(self.path(key), os.O_CREAT | os.O_EXCL | os.O_WRONLY))
            except FileExistsError:
                return False
            return True
        if self.exists(key):
            return False
        self.write_bytes(key, b"")
        return True

    def move(self, src: str, dst: str) -> None:
        if self.local:
            os.replace(self.path(src), self.path(dst))  # atomic on one filesystem
        else:
            self.fs.mv(self.path(src), self.path(dst))

    def list(self, prefix: str) -> list[str]:
        """Keys directly under `prefix` (a directory), sorted; none if it does not exist."""
        base = self.path(prefix)
        if not self.fs.exists(base):
            return []
        names = [str(p).rstrip("/").rsplit("/", 1)[-1] for p in self.fs.ls(base, detail=False)]
        return sorted(f"{prefix}/{n}" for n in names)

    def remove(self, key: str) -> None:
        if self.fs.exists(self.path(key)):
            self.fs.rm(self.path(key), recursive=True)


def _protocols(fs: fsspec.AbstractFileSystem) -> tuple[str, ...]:
    proto = fs.protocol
    return (proto,) if isinstance(proto, str) else tuple(proto)


def store_exists(url: str) -> bool:
    try:
        fs, root = url_to_fs(url)
    except (ImportError, ValueError):
        return False
    return bool(fs.exists(root))


def open_url(url: str, mode: str = "rb") -> IO[Any]:
    """A single file by path or URL (the CLI's input), opened through fsspec."""
    f: IO[Any] = fsspec.open(url, mode).open()
    return f
