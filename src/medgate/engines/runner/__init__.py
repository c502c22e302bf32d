"""The embedded model in its own supervised process (as Ollama runs a runner per model).

    gateway process(es)                      runner process (one per model and `medgate serve`)
    EmbeddedBackend ─ RunnerClient ─ unix socket, JSON lines ─ server.Runner ─ model.Model (llama_cpp)
                      spawn.reach(): connect, or start it under a file lock

protocol.py is the wire; only model.py imports llama_cpp, and only in the runner. A native crash
costs the requests in flight on that runner (503 `engine_crashed`), never the gateway.
"""
