"""Talking to models: family adapters (pure functions over requests and responses) and backends."""
