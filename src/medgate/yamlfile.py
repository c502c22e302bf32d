"""YAML text → data, with one clear ConfigError naming the file (config and catalogue share it)."""

from __future__ import annotations

from typing import Any

import yaml

from medgate.errors import ConfigError


def parse_yaml(text: str, origin: str) -> Any:
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise ConfigError(f"{origin}: not valid YAML: {exc}") from exc
