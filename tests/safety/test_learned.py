"""The screen's learned layer: what it scores is scikit-learn's pipeline, it reads writers it never
saw, it speaks only when the other layers are silent, and its trainer refuses bad arguments."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pytest
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline, make_union

from medgate.safety import dose, learned, screen
from medgate.safety.escalation import Fired
from medgate.safety.evaluate import TRIAGE_DATA, load_level_vignettes
from medgate.safety.learned import Classifier, LearnedLayer, train
from medgate.safety.screen import Screener

# Set 39's missed emergency (a 95-year-old after a night on her kitchen floor, playing it down) in
# other words: no rule or finding reads a hip fracture after a long lie in a lay account.
FOUND_ON_THE_FLOOR = (
    "My nan is 91 and I found her on the bathroom floor when I came round this morning, she thinks "
    "she's been there since the night. She's chatty but her right leg is rolled outwards and a bit "
    "shorter and she yelps if I move it. Can I get her back into bed and call the doctor on Monday?"
)


@pytest.fixture(scope="module")
def subset() -> list[train.Example]:
    return train.examples()[::4]  # enough to fit a real model in a few seconds


def test_the_scorer_computes_what_scikit_learns_pipeline_does(subset: list[train.Example]) -> None:
    pipe = make_pipeline(make_union(*(TfidfVectorizer(**p) for p in train.ANALYZERS)),
                         LogisticRegression(C=train.C, max_iter=3000, class_weight="balanced"))
    pipe.fit([e.text for e in subset], [e.emergent for e in subset])
    model = Classifier(train.fit(subset))
    texts = [e.text for e in train.examples()[1::40]] + ["", " \n ", "héllo wörld 🙂 ünïcode", "x " * 3000]
    expected = pipe.predict_proba(texts)[:, 1]
    assert max(abs(model.probability(t) - p) for t, p in zip(texts, expected, strict=True)) < 1e-9


def test_training_is_deterministic(subset: list[train.Example]) -> None:
    assert train.fit(subset) == train.fit(subset)


def test_it_reads_writers_it_never_saw(tmp_path: Path) -> None:
    """Trained without sets 38 and 39, as it was before they were written: 47/50 emergencies and
    1/100 false alarms then (their first score with the rules and findings: 47/50 and 4/100)."""
    out = tmp_path / "without-38-39.json"
    train.build(out, leave_out=("blind38", "blind39"))
    model = Classifier.load(out)
    vignettes = [v for n in (38, 39) for kind in ("chat", "clinical")
                 for v in load_level_vignettes(TRIAGE_DATA / f"triage_blind{n}_{kind}.yaml")]
    called = [model.probability(v.text) >= model.threshold for v in vignettes]
    emergent = [c for c, v in zip(called, vignettes, strict=True) if v.level == "emergent"]
    calm = [c for c, v in zip(called, vignettes, strict=True) if v.level != "emergent"]
    assert sum(emergent) / len(emergent) >= 0.9
    assert sum(calm) / len(calm) <= 0.03


def test_the_screen_escalates_what_only_the_learned_layer_reads() -> None:
    assert screen([FOUND_ON_THE_FLOOR], layers=("rules", "findings")) is None
    esc = screen([FOUND_ON_THE_FLOOR])
    assert esc is not None and esc.level == "emergent" and esc.layers == ("learned",)
    (fired,) = esc.fired
    assert fired.category == learned.CATEGORY and fired.source == learned.SOURCE
    assert fired.evidence and all(e.startswith('"') for e in fired.evidence)
    assert "911" in esc.advice


# Short follow-ups a chat sends after its first message. Scored alone, "and" read 0.998 and "since"
# 0.80: L2 normalisation gives one or two n-grams full weight.
FOLLOW_UPS = ["and", "since", "now", "and now?", "he is", "since this morning", "since yesterday",
              "ok", "my baby", "is that bad?", "still the same"]


@pytest.mark.parametrize("text", FOLLOW_UPS)
def test_a_short_follow_up_is_not_judged_by_the_model(text: str) -> None:
    assert learned.layer().fire([text]) is None
    assert screen([text]) is None


def test_the_shortest_written_emergencies_are_still_judged() -> None:
    # The gate must not hide what the model was trained to read: every emergency of the written
    # sets has enough content words, and a short one past the gate still fires with its evidence.
    layer = learned.layer()
    for path in sorted(TRIAGE_DATA.glob("triage_*.yaml")):
        for v in load_level_vignettes(path):
            if v.level == "emergent":
                assert layer._score(v.text) == layer.model.probability(v.text), v.text
    fired = layer.fire(["he collapsed, lips going blue, barely breathing"])
    assert fired is not None and fired.evidence


class _Counting(LearnedLayer):
    def __init__(self) -> None:
        super().__init__(learned.layer().model)
        self.asked = 0

    def fire(self, texts: Iterable[str]) -> Fired | None:
        self.asked += 1
        return super().fire(texts)


def test_it_is_asked_only_when_the_other_layers_have_not_said_emergent() -> None:
    spy = _Counting()
    s = Screener(learned_layer=spy)
    esc = s.screen(["crushing chest pain going down my left arm, sweating buckets"])
    assert esc is not None and esc.level == "emergent" and "learned" not in esc.layers
    assert spy.asked == 0
    assert s.screen(["what is the usual dose of ibuprofen for an adult?"]) is None
    assert spy.asked == 1


def test_a_measured_dose_under_the_line_calms_its_opinion_too() -> None:
    opinion = Fired("learned", "resembles the written emergencies (p 0.80)", learned.CATEGORY, "emergent", ())
    assert dose.calmed([opinion]) == []


def test_the_model_counts_every_example() -> None:
    model = learned.layer().model
    assert model.examples == len(train.examples())
    assert model.threshold == train.THRESHOLD


@pytest.mark.parametrize(("argv", "message"), [
    (["--leave-out", "blind999", "--out", "x.json"], "no such set: blind999"),
    (["--leave-out", "blind38"], "--leave-out needs --out"),
    (["--folds", "1"], "--folds needs at least 2"),
])
def test_the_trainer_refuses_bad_arguments(argv: list[str], message: str, monkeypatch: pytest.MonkeyPatch,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr("sys.argv", ["train", *argv])
    assert train.main() == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and message in err and err.count("\n") == 1
