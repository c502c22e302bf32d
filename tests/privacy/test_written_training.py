"""The labelled sets written by others (privacy/data/written) as the tagger's training text: every
label lands on its text, words take the label of the identifier they sit in, and the tagger's cache
key changes when a set is added or edited (so a new set always retrains)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from medgate.privacy.learned import train, written
from medgate.privacy.learned.features import TOKEN


def _labels(text: str, phi: list[tuple[str, str]]) -> dict[str, str]:
    doc = written.Written(
        text, tuple((s, e, kind) for sub, kind in phi for s, e in written.occurrences(text, sub))
    )
    words = list(TOKEN.finditer(text))
    return dict(zip((m.group() for m in words), written.token_labels(doc, [m.span() for m in words]), strict=False))


def test_words_take_the_label_of_the_name_or_place_they_sit_in() -> None:
    text = "hope had a fall. son will rang from the Co-op in Llandysul, 14 Larkspur Rd, 07723 418906"
    got = _labels(text, [("hope", "NAME"), ("will", "NAME"), ("Co-op", "LOCATION"),
                         ("Llandysul", "CITY"), ("14 Larkspur Rd", "ADDRESS"), ("07723 418906", "PHONE")])  # fmt: skip
    assert got["hope"] == got["will"] == "NAME"
    assert got["Co"] == got["op"] == got["Llandysul"] == "LOC"
    assert got["Larkspur"] == got["Rd"] == "ADDR"  # a street's words: learned, never reported
    assert got["-"] == "O"  # punctuation inside a place is not a word of it
    assert got["14"] == got["07723"] == "O"  # numbers are the rules' work, never the tagger's
    assert got["had"] == got["son"] == got["rang"] == got["the"] == "O"


def test_a_label_marks_whole_words_only() -> None:
    # "will" the name is labelled; "willing" and "Willow" are other words
    got = _labels("will is willing to drive to Willow", [("will", "NAME")])
    assert got["will"] == "NAME" and got["willing"] == "O" and got["Willow"] == "O"


def test_every_shipped_name_and_place_label_is_found_in_its_text() -> None:
    n_items = 0
    for path in written.files():
        items = yaml.safe_load(path.read_text(encoding="utf-8"))
        n_items += len(items)
        for item in items:
            for sub, kind in item["phi"]:
                # (a few ages and extensions are labelled inside a word, "96yo": the tagger never
                # learns those types, and the scorer counts only what it finds)
                if kind in written.TAGGER_LABEL:
                    assert written.occurrences(item["text"], sub), (path.name, sub, kind)
    docs = list(written.documents())
    assert len(docs) == n_items > 1500
    assert sum(len(d.phi) for d in docs) > 15_000


def test_the_cache_key_covers_the_written_sets(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(written, "WRITTEN", tmp_path)
    item = [{"kind": "chat", "text": "hi its faith", "phi": [["faith", "NAME"]], "keep": []}]
    (tmp_path / "blind_notes_1.yaml").write_text(yaml.safe_dump(item), encoding="utf-8")
    first = train.key()
    assert train.key() == first  # the same inputs, the same model
    item[0]["text"] = "hi its faith from brightcare"
    (tmp_path / "blind_notes_1.yaml").write_text(yaml.safe_dump(item), encoding="utf-8")
    edited = train.key()
    (tmp_path / "blind_notes_2.yaml").write_text(yaml.safe_dump(item), encoding="utf-8")
    assert len({first, edited, train.key()}) == 3
    assert re.fullmatch(r"[0-9a-f]+", edited)


def test_a_left_out_set_is_not_trained_on() -> None:
    everything = list(written.documents())
    without = list(written.documents(leave_out=["blind_notes_42"]))
    set_42 = yaml.safe_load((written.WRITTEN / "blind_notes_42.yaml").read_text(encoding="utf-8"))
    assert len(everything) - len(without) == len(set_42)
    assert not {d.text for d in without} & {item["text"] for item in set_42}


def test_the_trainer_refuses_a_leave_out_it_cannot_honour(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for argv, message in ((["--leave-out", "999", "--out", "x"], "no such set: blind_notes_999"),
                          (["--leave-out", "42"], "--leave-out needs --out")):  # fmt: skip
        monkeypatch.setattr("sys.argv", ["train", *argv])
        assert train.main() == 2
        assert message in capsys.readouterr().err


def test_a_tagger_model_that_cannot_be_read_is_refused_at_once(tmp_path: Path) -> None:
    from medgate.privacy.learned import use_model

    bad = tmp_path / "tagger.crfsuite"
    bad.write_bytes(b"not a model")
    with pytest.raises((OSError, ValueError)):
        use_model(str(bad))
