"""Where medgate keeps what it builds once from installed packages (the PHI lexicon, the learned
PHI tagger): `$MEDGATE_CACHE`, else `$XDG_CACHE_HOME/medgate`, else `~/.cache/medgate`.

Artefacts are named by a key over their inputs, written to a temporary file and renamed into
place, so concurrent builders (several workers starting at once) never see a half-written file.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path


def cache_dir() -> Path:
    root = os.environ.get("MEDGATE_CACHE")
    if root:
        return Path(root)
    xdg = os.environ.get("XDG_CACHE_HOME")
    return Path(xdg) / "medgate" if xdg else Path.home() / ".cache" / "medgate"


def input_key(parts: Iterable[str]) -> str:
    """A short stable digest of everything an artefact was built from."""
    h = hashlib.sha256()
    for part in parts:
        h.update(part.encode())
        h.update(b"\0")
    return h.hexdigest()[:16]


def artefact_path(name: str, key: str) -> Path:
    """Where the artefact `name` built from inputs `key` lives, whether or not it is there yet."""
    return cache_dir() / f"{name}-{key}"


def artefact(name: str, key: str, build: Callable[[Path], None]) -> Path:
    """The cached file `name-key`, built with `build(tmp_path)` when it is missing."""
    path = artefact_path(name, key)
    if path.exists():
        return path
    folder = path.parent
    folder.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{name}-", dir=folder)
    os.close(fd)
    try:
        build(Path(tmp))
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return path
