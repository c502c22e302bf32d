"""The OpenAI Batch API end to end: the official `openai` SDK uploads a JSONL, creates a batch,
polls it and downloads the output and error files from medgate (uvicorn on 127.0.0.1), whose
lines run through the real pipeline against fake upstreams."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openai
import pytest

from tests import http_util
from tests.conftest import RunningServer, fake_config
from tests.fakes.upstream import ANSWER, FakeUpstream

PRICE = (1000 * 0.5 + 2000 * 2.18) / 1e6  # the fake's usage at the test config's price
NAME = "Margaret Okonkwo-Ellery"


@pytest.fixture(scope="module")
def server(upstream: FakeUpstream, tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    tmp = tmp_path_factory.mktemp("batch")
    config = fake_config(upstream, tmp, batch={"store": str(tmp / "store"), "max_concurrency": 16,
                                               "max_file_bytes": 2_000_000})
    with RunningServer(config) as srv:
        yield srv


@pytest.fixture(scope="module")
def client(server: RunningServer) -> openai.OpenAI:
    return openai.OpenAI(base_url=server.base_url, api_key="unused", max_retries=0, timeout=30)


def line(custom_id: str, model: str, text: str, url: str = "/v1/chat/completions") -> dict[str, Any]:
    return {"custom_id": custom_id, "method": "POST", "url": url,
            "body": {"model": model, "messages": [{"role": "user", "content": text}]}}


def jsonl(rows: list[dict[str, Any]]) -> bytes:
    return b"".join(json.dumps(r).encode() + b"\n" for r in rows)


def wait(client: openai.OpenAI, batch_id: str, limit_s: float = 90) -> Any:
    deadline = time.monotonic() + limit_s
    while True:
        batch = client.batches.retrieve(batch_id)
        if batch.status in ("completed", "failed", "cancelled", "expired"):
            return batch
        assert time.monotonic() < deadline, f"batch still {batch.status}: {batch.request_counts}"
        time.sleep(0.2)


def records(client: openai.OpenAI, file_id: str | None) -> list[dict[str, Any]]:
    if file_id is None:
        return []
    return [json.loads(x) for x in client.files.content(file_id).content.splitlines()]


def test_sdk_batch_of_1000_chat_requests(client: openai.OpenAI, server: RunningServer,
                                         upstream: FakeUpstream) -> None:
    rows = []
    for i in range(1000):
        if i % 250 == 7:
            rows.append(line(f"req-{i}", "err-400", "hello"))  # the upstream refuses this one
        elif i % 250 == 8:
            rows.append(line(f"req-{i}", "no-such-alias", "hello"))  # routing: 404
        elif i % 100 == 3:  # a remote deployment: PHI pseudonymised on the way out
            rows.append(line(f"req-{i}", "remote-echo", f"Patient {NAME} has a cough."))
        elif i == 500:  # the red-flag screen runs on batch lines too
            rows.append(line(f"req-{i}", "plain", "crushing chest pain spreading to my left arm, sweating"))
        else:
            rows.append(line(f"req-{i}", "plain", f"question {i}"))
    sent_before = len(upstream.requests)
    upload = client.files.create(file=("requests.jsonl", jsonl(rows)), purpose="batch")
    assert upload.purpose == "batch" and upload.bytes == len(jsonl(rows))
    assert client.files.content(upload.id).content == jsonl(rows)
    created = client.batches.create(input_file_id=upload.id, endpoint="/v1/chat/completions",
                                    completion_window="24h", metadata={"study": "s1"})
    assert created.status in ("validating", "in_progress") and created.metadata == {"study": "s1"}
    batch = wait(client, created.id)
    assert batch.status == "completed", batch.errors
    assert batch.request_counts is not None
    assert (batch.request_counts.total, batch.request_counts.completed, batch.request_counts.failed) == (1000, 992, 8)

    out, err = records(client, batch.output_file_id), records(client, batch.error_file_id)
    ok_ids = [r["custom_id"] for r in out]
    assert ok_ids == [r["custom_id"] for r in rows if r["body"]["model"] not in ("err-400", "no-such-alias")]
    assert [r["response"]["status_code"] for r in err] == [400, 404] * 4
    assert all(r["response"]["body"]["error"]["message"] for r in err)
    for rec in out:
        body = rec["response"]["body"]
        assert rec["response"]["status_code"] == 200 and rec["error"] is None
        assert body["medgate"]["cost_usd"] == pytest.approx(PRICE if body["model"] == "plain" else 0.0,
                                                            abs=1e-12) or body["model"] == "remote-echo"
        assert body["id"] == rec["response"]["request_id"] == body["medgate"]["request_id"]
    by_id = {r["custom_id"]: r["response"]["body"] for r in out}
    assert by_id["req-1"]["choices"][0]["message"]["content"] == ANSWER
    assert by_id["req-500"]["medgate"]["escalation"]["level"] == "emergent"
    echo = by_id["req-3"]
    assert NAME in echo["choices"][0]["message"]["content"]  # restored for the caller
    assert echo["medgate"]["phi"]["replaced"]
    sent = json.dumps(upstream.requests[sent_before:])
    assert "Okonkwo" not in sent  # ...never sent to the remote deployment
    assert batch.model_extra is not None
    assert batch.model_extra["medgate"]["cost_usd"] == pytest.approx(
        sum(b["medgate"]["cost_usd"] or 0 for b in by_id.values()))

    audit = server.app.audit
    rows_audited = audit.query("chat", batch=batch.id)
    assert len(rows_audited) == 1000  # one per line, refusals included
    assert {r["id"] for r in rows_audited} >= {r["response"]["request_id"] for r in out + err
                                               if r["response"]["status_code"] != 404}
    assert sum(r["status"] == "ok" for r in rows_audited) == 992
    assert audit.query("batch", id=batch.id)[0]["completed"] == 992
    listed = client.batches.list(limit=5)
    assert batch.id in [b.id for b in listed.data]


def test_budget_stops_sending_lines(client: openai.OpenAI, upstream: FakeUpstream) -> None:
    rows = [line(f"b{i}", "plain", "hi") for i in range(30)]
    upload = client.files.create(file=("b.jsonl", jsonl(rows)), purpose="batch")
    sent_before = len(upstream.requests)
    batch = client.batches.create(input_file_id=upload.id, endpoint="/v1/chat/completions",
                                  completion_window="24h",
                                  extra_body={"budget_usd": PRICE * 2.5, "max_concurrency": 1})
    batch = wait(client, batch.id)
    assert batch.status == "completed"
    assert len(upstream.requests) - sent_before == 3  # the third line crossed the budget
    out, err = records(client, batch.output_file_id), records(client, batch.error_file_id)
    assert [r["custom_id"] for r in out] == ["b0", "b1", "b2"]
    assert [r["custom_id"] for r in err] == [f"b{i}" for i in range(3, 30)]
    assert all(r["response"] is None and r["error"]["code"] == "budget_exceeded" for r in err)
    assert batch.model_extra["medgate"]["cost_usd"] == pytest.approx(3 * PRICE)  # type: ignore[index]


def test_cancel_ends_lines_in_flight_and_unsent(client: openai.OpenAI, server: RunningServer) -> None:
    rows = [line(f"c{i}", "slow-ok", "hi") for i in range(12)]
    upload = client.files.create(file=("c.jsonl", jsonl(rows)), purpose="batch")
    batch = client.batches.create(input_file_id=upload.id, endpoint="/v1/chat/completions",
                                  completion_window="24h", extra_body={"max_concurrency": 2})
    time.sleep(0.5)
    cancelling = client.batches.cancel(batch.id)
    assert cancelling.status in ("cancelling", "cancelled")
    batch = wait(client, batch.id, 20)
    assert batch.status == "cancelled" and batch.cancelled_at is not None
    err = records(client, batch.error_file_id)
    assert [r["custom_id"] for r in err] == [f"c{i}" for i in range(12)]  # one record per line
    assert [r["error"] and r["error"]["code"] for r in err] == ["batch_cancelled"] * 12, err[:3]
    cancelled = server.app.audit.query("chat", batch=batch.id)
    assert len(cancelled) == 2 and {r["status"] for r in cancelled} == {"cancelled"}


def test_invalid_input_file_fails_the_batch_naming_lines(client: openai.OpenAI) -> None:
    rows = [line("x1", "plain", "hi"), {"custom_id": "x2", "method": "GET", "url": "/v1/chat/completions",
                                        "body": {}}, line("x3", "plain", "hi", url="/v1/embeddings")]
    upload = client.files.create(file=("x.jsonl", jsonl(rows) + b"not json\n"), purpose="batch")
    batch = wait(client, client.batches.create(input_file_id=upload.id, endpoint="/v1/chat/completions",
                                               completion_window="24h").id)
    assert batch.status == "failed" and batch.errors is not None and batch.errors.data is not None
    assert [(e.line, e.code) for e in batch.errors.data] == [
        (2, "invalid_method"), (3, "mismatched_url"), (4, "invalid_json_line")]


def test_deid_endpoint_batch(client: openai.OpenAI) -> None:
    rows = [{"custom_id": f"d{i}", "method": "POST", "url": "/v1/deid",
             "body": {"text": f"Seen by Dr. {NAME} on 03/14/2024, MRN 4455{i}21.", "mode": "mask"}}
            for i in range(6)]
    upload = client.files.create(file=("d.jsonl", jsonl(rows)), purpose="batch")
    batch = wait(client, client.batches.create(input_file_id=upload.id, endpoint="/v1/deid",  # type: ignore[arg-type]
                                               completion_window="24h").id)
    assert batch.status == "completed"
    out = records(client, batch.output_file_id)
    assert [r["custom_id"] for r in out] == [f"d{i}" for i in range(6)]
    for r in out:
        text = r["response"]["body"]["text"]
        assert "Okonkwo" not in text and "[NAME]" in text and "[DATE]" in text


@pytest.mark.parametrize(("content", "headers", "status"), [
    (b'{"purpose": "batch"}', {"content-type": "application/json"}, 400),
    (b"--b\r\nContent-Disposition: form-data; name=\"purpose\"\r\n\r\nbatch\r\n--b--\r\n",
     {"content-type": "multipart/form-data; boundary=b"}, 400),  # no file part
    (b"--b\r\nContent-Disposition: form-data; name=\"purpose\"\r\n\r\nfine-tune\r\n--b\r\n"
     b"Content-Disposition: form-data; name=\"file\"; filename=\"a.jsonl\"\r\n\r\n{}\r\n--b--\r\n",
     {"content-type": "multipart/form-data; boundary=b"}, 400),  # purpose other than batch
    (b"--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.jsonl\"\r\n\r\n" + b"x" * 2_100_000
     + b"\r\n--b--\r\n", {"content-type": "multipart/form-data; boundary=b"}, 413),
    (b"\x00\x01garbage", {"content-type": "multipart/form-data; boundary=b"}, 400),
])
def test_bad_uploads_are_openai_errors(server: RunningServer, content: bytes, headers: dict[str, str],
                                       status: int) -> None:
    resp = http_util.post(f"{server.base_url}/files", content=content, headers=headers)
    assert resp.status == status, resp.body[:300]
    assert resp.json()["error"]["message"]
    store = Path(server.app.config.batch_store) / "files"
    assert not list(store.glob("*.uploading"))  # nothing half-written is left behind


@pytest.mark.parametrize("path", ["/files/file-000000000000000000000000", "/files/../etc/content",
                                  "/files/file-000000000000000000000000/content", "/batches/batch-nope",
                                  "/batches/batch-nope/cancel"])
def test_unknown_ids_are_404(server: RunningServer, path: str) -> None:
    method = "POST" if path.endswith("cancel") else "GET"
    resp = http_util.request(method, f"{server.base_url}{path}")
    assert resp.status == 404 and resp.json()["error"]["code"] == "not_found"


def test_batch_create_validation(client: openai.OpenAI) -> None:
    with pytest.raises(openai.NotFoundError):
        client.batches.create(input_file_id="file-000000000000000000000000", endpoint="/v1/chat/completions",
                              completion_window="24h")
    upload = client.files.create(file=("e.jsonl", jsonl([line("e", "plain", "hi")])), purpose="batch")
    with pytest.raises(openai.BadRequestError, match="endpoint"):
        client.batches.create(input_file_id=upload.id, endpoint="/v1/embeddings", completion_window="24h")
    with pytest.raises(openai.BadRequestError, match="max_concurrency"):
        client.batches.create(input_file_id=upload.id, endpoint="/v1/chat/completions",
                              completion_window="24h", extra_body={"max_concurrency": 500})


def test_a_batch_left_by_a_stopped_server_is_resumed_by_the_next(upstream: FakeUpstream,
                                                                 tmp_path: Path) -> None:
    config = fake_config(upstream, tmp_path, batch={"store": str(tmp_path / "store"), "max_concurrency": 1})
    rows = [line(f"r{i}", "plain", f"q{i}") for i in range(150)]
    before = len(upstream.requests)
    with RunningServer(config) as first:
        sdk = openai.OpenAI(base_url=first.base_url, api_key="unused", max_retries=0)
        upload = sdk.files.create(file=("r.jsonl", jsonl(rows)), purpose="batch")
        batch_id = sdk.batches.create(input_file_id=upload.id, endpoint="/v1/chat/completions",
                                      completion_window="24h").id
        deadline = time.monotonic() + 30
        while (counts := sdk.batches.retrieve(batch_id).request_counts) is None or counts.completed < 20:
            assert time.monotonic() < deadline
            time.sleep(0.05)
    with RunningServer(config) as second:  # stopped mid-way above; this one takes it over
        sdk = openai.OpenAI(base_url=second.base_url, api_key="unused", max_retries=0)
        stopped_at = json.loads((tmp_path / "store" / "batches" / f"{batch_id}.json").read_text())
        batch = wait(sdk, batch_id)
        out = records(sdk, batch.output_file_id)
    assert stopped_at["request_counts"]["completed"] >= 20
    assert batch.status == "completed" and batch.request_counts is not None
    assert batch.request_counts.completed == 150
    assert [r["custom_id"] for r in out] == [r["custom_id"] for r in rows]
    sent = len(upstream.requests) - before
    assert 150 <= sent <= 151  # no finished line was sent again (at most the one in flight)


def test_a_cancel_asked_of_another_process_reaches_the_runner(client: openai.OpenAI, server: RunningServer,
                                                              tmp_path: Path) -> None:
    """`serve --workers`: the batch runs in one process, the cancel lands in another, which only
    shares the store; here a second BatchService on the same store plays that process."""
    from medgate.app import App
    from medgate.batch.service import BatchService
    from medgate.batch.store import Store

    rows = [line(f"x{i}", "slow-ok", "hi") for i in range(6)]
    upload = client.files.create(file=("x.jsonl", jsonl(rows)), purpose="batch")
    batch = client.batches.create(input_file_id=upload.id, endpoint="/v1/chat/completions",
                                  completion_window="24h", extra_body={"max_concurrency": 2})
    other = BatchService(App(server.app.config, audit=server.app.audit), Store(server.app.config.batch_store))
    assert other.get(batch.id)["status"] in ("validating", "in_progress")
    assert other.cancel(batch.id)["status"] == "cancelling"
    done = wait(client, batch.id, 20)
    assert done.status == "cancelled"
    assert {r["error"]["code"] for r in records(client, done.error_file_id)} == {"batch_cancelled"}
