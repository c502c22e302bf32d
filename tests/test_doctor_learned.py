"""`medgate doctor`'s `learned` section, run as a user runs it against a cache folder of its own:
the artefact of the current key there and loading, missing, corrupt, or not needed by config."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml

from medgate.diagnostics_learned import LEXICON, _Artefact, check
from medgate.privacy.learned import train as tagger_train
from medgate.privacy.lexicon import build as lexicon_build
from medgate.safety.learned import train as classifier_train
from tests.fakes.upstream import FakeUpstream
from tests.test_doctor import doctor

SUBJECTS = ("PHI lexicon", "PHI tagger", "triage classifier")


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty cache for this test (the doctor child inherits MEDGATE_CACHE)."""
    folder = tmp_path / "cache"
    folder.mkdir()
    monkeypatch.setenv("MEDGATE_CACHE", str(folder))
    return folder


def _config(upstream: FakeUpstream, folder: Path, **safety: Any) -> Path:
    config = folder / "medgate.yaml"
    body: dict[str, Any] = {"models": [{"alias": "a", "deployments": [{"base_url": upstream.base_url,
                                                                         "model": "plain"}]}]}
    if safety:
        body["safety"] = safety
    config.write_text(yaml.safe_dump(body))
    return config


def _learned(findings: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {f["subject"]: f for f in findings if f["section"] == "learned"}


def _copy_built(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The real artefacts (from the usual cache, built there if missing, as the layers' own tests
    do) copied under their current names into the test's cache."""
    monkeypatch.delenv("MEDGATE_CACHE")
    built = [lexicon_build.lexicon_path(), tagger_train.model_path(), classifier_train.model_path()]
    monkeypatch.setenv("MEDGATE_CACHE", str(cache))
    wanted = [lexicon_build.cached_path(), tagger_train.cached_path(), classifier_train.cached_path()]
    for source, target in zip(built, wanted, strict=True):
        assert target.parent == cache and target.name == source.name
        shutil.copyfile(source, target)


def test_current_artefacts_that_load_are_ok(
    upstream: FakeUpstream, cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _copy_built(cache, monkeypatch)
    code, findings = doctor(_config(upstream, tmp_path))
    learned = _learned(findings)
    assert code == 0, findings
    for subject in SUBJECTS:
        assert learned[subject]["status"] == "ok"
        assert str(cache) in learned[subject]["detail"] and " MB, loads in " in learned[subject]["detail"]


def test_missing_artefacts_warn_with_the_command_and_nothing_is_built(
    upstream: FakeUpstream, cache: Path, tmp_path: Path
) -> None:
    # A near-miss: the tagger built from other inputs (another version) is not the current one.
    (cache / "phi-tagger-0123456789abcdef.crfsuite").write_bytes(b"an older model")
    code, findings = doctor(_config(upstream, tmp_path))
    learned = _learned(findings)
    assert code == 0, findings  # a warning is not a failure: the first request would build them
    commands = {"PHI lexicon": "-m medgate.privacy.prepare",
                "PHI tagger": "-m medgate.privacy.learned.train",
                "triage classifier": "-m medgate.safety.learned.train"}
    for subject, command in commands.items():
        assert learned[subject]["status"] == "warn"
        assert command in learned[subject]["detail"] and "first request" in learned[subject]["detail"]
    assert "other inputs" in learned["PHI tagger"]["detail"]
    assert "other inputs" not in learned["triage classifier"]["detail"]
    assert sorted(p.name for p in cache.iterdir()) == ["phi-tagger-0123456789abcdef.crfsuite"]


def test_a_corrupt_artefact_fails_in_one_line_and_doctor_exits_1(
    upstream: FakeUpstream, cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _copy_built(cache, monkeypatch)
    classifier_train.cached_path().write_bytes(b'{"threshold": 0.5, "analyzers": [')  # cut short
    tagger_train.cached_path().write_bytes(b"")  # an interrupted copy
    code, findings = doctor(_config(upstream, tmp_path))
    learned = _learned(findings)
    assert code == 1
    for subject in ("PHI tagger", "triage classifier"):
        assert learned[subject]["status"] == "fail" and "does not load" in learned[subject]["detail"]
        assert "\n" not in learned[subject]["detail"]
    assert learned["PHI lexicon"]["status"] == "ok"  # the intact one is still found good


def test_a_layer_off_by_config_is_said_so_not_warned(upstream: FakeUpstream, cache: Path, tmp_path: Path) -> None:
    code, findings = doctor(_config(upstream, tmp_path, learned_layer=False))
    learned = _learned(findings)
    assert code == 0
    assert learned["triage classifier"]["status"] == "info"
    assert "safety.learned_layer: false" in learned["triage classifier"]["detail"]
    assert learned["PHI tagger"]["status"] == "warn"  # the PHI layers have no such switch


def test_a_load_error_is_one_line_and_a_key_error_fails(tmp_path: Path) -> None:
    target = tmp_path / "model.bin"
    target.write_bytes(b"x")

    def refuses(path: Path) -> object:
        raise ValueError("bad header\nsecond line of detail")

    def no_key() -> Path:
        raise ModuleNotFoundError("No module named 'sklearn'")

    bad = check(_Artefact("thing", lambda: target, refuses, "build-it", 5))
    assert bad.status == "fail" and bad.detail.endswith("(ValueError: bad header): delete it and run build-it")
    unknown = check(_Artefact("thing", no_key, LEXICON.load, "build-it", 5))
    assert unknown.status == "fail" and "sklearn" in unknown.detail
