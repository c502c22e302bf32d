"""`medgate doctor`'s `learned` section: the artefacts medgate builds once into its cache (the PHI
lexicon, the PHI tagger, the triage classifier).

install.sh builds them; a wiped or moved cache, or one built by another version (another key),
leaves the first request that needs one to build it (up to a minute) or to fail. For each, this
finds the file of the CURRENT key without building anything (each module's `cached_path`), and
loads it the way medgate does, so a corrupt file fails here and not in front of a user.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from medgate.config import Config
from medgate.diagnostics import Finding

SECTION = "learned"


@dataclass(frozen=True)
class _Artefact:
    subject: str
    cached_path: Callable[[], Path]  # where the current key's file is; builds nothing
    load: Callable[[Path], object]  # as medgate loads it: raises on a file it cannot use
    command: str  # what builds it ahead of the first request
    build_s: int  # about how long the first use waits while it is built


def _lexicon_path() -> Path:
    from medgate.privacy.lexicon.build import cached_path

    return cached_path()


def _load_lexicon(path: Path) -> object:
    from medgate.privacy.lexicon import Lexicon

    lex = Lexicon.load(str(path))
    lex("hospital")  # a lookup reads the mapped records, not only the header
    return lex


def _tagger_path() -> Path:
    from medgate.privacy.learned.train import cached_path

    return cached_path()


def _load_tagger(path: Path) -> object:
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    return tagger


def _classifier_path() -> Path:
    from medgate.safety.learned.train import cached_path

    return cached_path()


def _load_classifier(path: Path) -> object:
    from medgate.safety.learned import Classifier

    return Classifier.load(path)


# install.sh's command for the lexicon: it builds the tagger too, whose key covers the lexicon's,
# so a lexicon missing for this version means a tagger missing as well.
LEXICON = _Artefact("PHI lexicon", _lexicon_path, _load_lexicon,
                    ".venv/bin/python -m medgate.privacy.prepare", 40)
TAGGER = _Artefact("PHI tagger", _tagger_path, _load_tagger,
                   ".venv/bin/python -m medgate.privacy.learned.train", 60)
CLASSIFIER = _Artefact("triage classifier", _classifier_path, _load_classifier,
                       ".venv/bin/python -m medgate.safety.learned.train", 15)


def learned(config: Config | None) -> list[Finding]:
    """One finding per artefact. Without a readable config the defaults apply (every layer on)."""
    out = [check(LEXICON), check(TAGGER)]
    if config is not None and not config.learned_layer:
        out.append(Finding(SECTION, CLASSIFIER.subject, "info",
                           "not needed: the screen's learned layer is off by config (safety.learned_layer: false)"))
    else:
        out.append(check(CLASSIFIER))
    return out


def check(art: _Artefact) -> Finding:
    try:
        path = art.cached_path()
    except Exception as exc:  # the key itself could not be computed (a package missing or broken)
        return Finding(SECTION, art.subject, "fail", f"cannot tell which file is current: {_one_line(exc)}")
    if not path.is_file():
        return Finding(SECTION, art.subject, "warn",
                       f"{path}: not built for this version{_others(path)}; run {art.command}, or the first "
                       f"request that needs it builds it (about {art.build_s} s)")
    t = time.perf_counter()
    try:
        art.load(path)
    except Exception as exc:
        return Finding(SECTION, art.subject, "fail",
                       f"{path} does not load ({_one_line(exc)}): delete it and run {art.command}")
    return Finding(SECTION, art.subject, "ok",
                   f"{path} ({path.stat().st_size / 1e6:.1f} MB, loads in {time.perf_counter() - t:.2f} s)")


def _others(path: Path) -> str:
    """Say so when the cache holds this artefact built from other inputs (another version)."""
    name = path.name.rsplit("-", 1)[0]
    others = [p for p in path.parent.glob(f"{name}-*") if p != path] if path.parent.is_dir() else []
    return f" (the cache holds {len(others)} built from other inputs, not used)" if others else ""


def _one_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {text[0]}" if text else type(exc).__name__
