"""The HTTP interface: a raw ASGI app on uvicorn (no framework on the hot path)."""
