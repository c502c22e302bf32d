"""Batch jobs over many lines: the OpenAI Batch API (`POST /v1/files`, `/v1/batches`) and
`medgate batch run`, on one process or a Ray cluster.

- `lines`: input lines and outcomes; `work`: what is done to one line (one class per kind);
- `journal` + `outputs`: results written as lines finish, ordered into JSONL or Parquet at the end;
- `local`, `ray_engine`: where lines run; `run`: the resumable driver the CLI uses;
- `store`: files and results in a local directory or any fsspec URL;
- `service`, `http_api`: the Batch API inside `medgate serve`.
"""
