"""Dataset layouts: each one read from a small file in its own original shape (JSONL, JSON, CSV,
Parquet), detection, clear errors, and `meta` never in a prompt. The shared sets, when present
beside the project, load whole with their documented counts."""

from __future__ import annotations

import base64
import csv
from pathlib import Path
from typing import Any

import orjson
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from medgate.errors import DatasetError
from medgate.evaluation import load_dataset
from medgate.evaluation.prompts import chat_body, messages_for
from tests.evaluation.conftest import write_jsonl

SHARED = Path(__file__).resolve().parents[3] / "shared" / "data" / "eval"


def _json(path: Path, doc: Any) -> Path:
    path.write_bytes(orjson.dumps(doc))
    return path


def test_medqa_original(tmp_path: Path) -> None:
    row = {"question": "Which drug?", "answer": "Aspirin", "options": {"A": "Aspirin", "B": "Heparin"},
           "meta_info": "step1", "answer_idx": "A"}
    ds = load_dataset(write_jsonl(tmp_path / "medqa.jsonl", [row, row | {"answer_idx": "B"}]))
    assert ds.layout == "medqa" and [i.id for i in ds.items] == ["medqa-0000", "medqa-0001"]
    assert [i.answer for i in ds.items] == ["A", "B"]
    assert ds.items[0].meta == {"answer": "Aspirin", "meta_info": "step1"}  # kept, never prompted


@pytest.mark.parametrize(("cops", "suffix", "expected"), [
    ([1, 4, 2], ".json", ["A", "D", "B"]),  # official release: 1-based
    ([0, 3, 2], ".json", ["A", "D", "C"]),  # a 0 anywhere: 0-based
    ([1, 2, 3], ".json", ["A", "B", "C"]),  # neither: JSON is the official release, 1-based
    ([1, 2, 3], ".parquet", ["B", "C", "D"]),  # neither: Parquet is the Hugging Face copy, 0-based
])
def test_medmcqa_cop_base(tmp_path: Path, cops: list[int], suffix: str, expected: list[str]) -> None:
    rows = [{"id": f"u{i}", "question": "Q?", "opa": "a", "opb": "b", "opc": "c", "opd": "d", "cop": c,
             "exp": "because", "subject_name": "Anatomy", "topic_name": None, "choice_type": "single"}
            for i, c in enumerate(cops)]
    path = tmp_path / f"dev{suffix}"
    if suffix == ".parquet":
        pq.write_table(pa.Table.from_pylist(rows), path)
    else:
        _json(path, rows)
    ds = load_dataset(path)
    assert ds.layout == "medmcqa" and [i.answer for i in ds.items] == expected
    assert ds.items[0].id == "medmcqa-u0" and ds.items[0].meta["exp"] == "because"


def test_pubmedqa_original_and_hf(tmp_path: Path) -> None:
    ori = {"123": {"QUESTION": "Does X help?", "CONTEXTS": ["Para one.", "Para two."], "LABELS": ["A", "B"],
                   "MESHES": [], "LONG_ANSWER": "X helps (the conclusion).", "final_decision": "yes"}}
    item = load_dataset(_json(tmp_path / "ori_pqal.json", ori)).items[0]
    assert (item.id, item.answer, item.context) == ("pubmedqa-123", "yes", "Para one.\nPara two.")
    assert list(item.options) == ["yes", "no", "maybe"] and not item.lettered
    assert "conclusion" not in str(messages_for(item)) and "Para two." in str(messages_for(item))
    hf = [{"pubid": 9, "question": "Does Y?", "context": {"contexts": ["C."], "labels": ["X"]},
           "long_answer": "L", "final_decision": "maybe"}]
    pq.write_table(pa.Table.from_pylist(hf), tmp_path / "pqa.parquet")
    assert load_dataset(tmp_path / "pqa.parquet").items[0].answer == "maybe"


def test_mmlu_csv_without_header(tmp_path: Path) -> None:
    path = tmp_path / "anatomy_test.csv"
    with path.open("w", newline="") as f:
        csv.writer(f).writerows([["Which bone?", "Femur", "Tibia", "Ulna, the long one", "Radius", "C"],
                                 ["Which nerve?", "I", "II", "III", "IV", "a"]])
    ds = load_dataset(path)
    assert ds.layout == "mmlu" and [i.id for i in ds.items] == ["mmlu-anatomy-000", "mmlu-anatomy-001"]
    assert ds.items[0].options["C"] == "Ulna, the long one" and ds.items[1].answer == "A"


def test_normalised_csv_with_header(tmp_path: Path) -> None:
    path = tmp_path / "mine.csv"
    path.write_text('id,question,answer,options\nq1,Which?,B,"{""A"": ""x"", ""B"": ""y""}"\n')
    with pytest.raises(DatasetError, match="options"):  # options must be a mapping, not a JSON string
        load_dataset(path)


def test_medxpertqa_cuts_the_choices_from_the_stem(tmp_path: Path) -> None:
    row = {"id": "Text-7", "question": "A 30-year-old ... What next?\nAnswer Choices: (A) Rest (B) Surgery",
           "options": {"A": "Rest", "B": "Surgery"}, "label": "B", "medical_task": "Treatment",
           "body_system": "Skeletal", "question_type": "Reasoning"}
    item = load_dataset(write_jsonl(tmp_path / "mx.jsonl", [row])).items[0]
    assert (item.id, item.question, item.answer) == ("medxpertqa-Text-7", "A 30-year-old ... What next?", "B")


def test_healthbench(tmp_path: Path) -> None:
    row = {"prompt_id": "hb-1", "prompt": [{"role": "user", "content": "Help?"}],
           "rubrics": [{"criterion": "Is kind", "points": 3, "tags": []}, {"criterion": "Is rude", "points": -2}],
           "example_tags": ["theme:x"], "ideal_completions_data": {"ideal_completion": "SECRET"}}
    item = load_dataset(write_jsonl(tmp_path / "hb.jsonl", [row])).items[0]
    assert item.kind == "rubric" and [c.points for c in item.rubric] == [3, -2]
    assert messages_for(item) == [{"role": "user", "content": "Help?"}]


def test_meta_never_reaches_a_prompt() -> None:
    ds = load_dataset("sample")
    assert len(ds.items) == 15 and ds.name == "medgate_sample"
    for item in ds.items:
        body = orjson.dumps(chat_body(item, "m", {"seed": 0})).decode()
        assert item.meta and all(str(v) not in body for v in item.meta.values())
        assert item.question in body


def test_image_items_become_image_parts(tmp_path: Path) -> None:
    png = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==")
    (tmp_path / "xray.png").write_bytes(png)
    row = {"id": "i1", "question": "What is shown?", "options": {"A": "a", "B": "b"}, "answer": "A", "image": "xray.png"}
    item = load_dataset(write_jsonl(tmp_path / "img.jsonl", [row])).items[0]
    (message,) = messages_for(item)
    assert message["content"][1]["image_url"]["url"] == "data:image/png;base64," + base64.b64encode(png).decode()
    with pytest.raises(DatasetError, match="image not found"):
        load_dataset(write_jsonl(tmp_path / "img2.jsonl", [row | {"image": "missing.png"}]))


@pytest.mark.parametrize(("name", "content", "message"), [
    ("a.jsonl", b'{"id": "1", "question": "Q", "answer": "Z", "options": {"A": "x"}}\n', "not one of the options"),
    ("b.jsonl", b'{"foo": 1}\n', "no known layout"),
    ("c.jsonl", b"{not json\n", "not JSON"),
    ("d.txt", b"hello", "unknown file type"),
    ("e.jsonl", b"", "no rows"),
    ("f.jsonl", b'{"id": "1", "question": "Q", "answer": "yes"}\n{"id": "1", "question": "R", "answer": "no"}\n',
     "more than once"),
])
def test_bad_files_say_what_is_wrong(tmp_path: Path, name: str, content: bytes, message: str) -> None:
    (tmp_path / name).write_bytes(content)
    with pytest.raises(DatasetError, match=message):
        load_dataset(tmp_path / name)


def test_missing_file_and_unknown_split(tmp_path: Path) -> None:
    with pytest.raises(DatasetError, match="dataset not found"):
        load_dataset(tmp_path / "nope.jsonl")
    with pytest.raises(DatasetError, match="no items in split"):
        load_dataset("sample", split="train")


@pytest.mark.skipif(not SHARED.is_dir(), reason="the shared eval sets are not beside the project")
@pytest.mark.parametrize(("file", "count", "kind"), [
    ("pubmedqa_pqal.jsonl", 1000, "words"), ("medqa_usmle4_test.jsonl", 1273, "letters"),
    ("medmcqa_dev.jsonl", 4183, "letters"), ("mmlu_medical_test.jsonl", 1089, "letters"),
    ("medxpertqa_text_test.jsonl", 2450, "letters"),
])
def test_the_shared_sets_load_whole(file: str, count: int, kind: str) -> None:
    ds = load_dataset(SHARED / file)
    assert ds.layout == "normalised" and len(ds.items) == count
    assert all(i.answer in i.options and i.lettered == (kind == "letters") for i in ds.items)
    if file.startswith("pubmedqa"):
        assert len(load_dataset(SHARED / file, split="test").items) == 500
