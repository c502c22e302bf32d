"""Shared fixtures: the packaged catalogue, and a way to write altered copies of it."""

from __future__ import annotations

import copy
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
import yaml

from medgate.catalog import Catalog, load_catalog


@pytest.fixture(scope="session")
def catalog() -> Catalog:
    return load_catalog()


@pytest.fixture(scope="session")
def raw_catalog() -> dict[str, Any]:
    text = resources.files("medgate.catalog").joinpath("models.yaml").read_text("utf-8")
    data: dict[str, Any] = yaml.safe_load(text)
    return data


@pytest.fixture
def write_catalog(tmp_path: Path) -> Callable[[Any], Path]:
    def write(data: Any) -> Path:
        path = tmp_path / "models.yaml"
        path.write_text(yaml.safe_dump(data, sort_keys=False), "utf-8")
        return path

    return write


@pytest.fixture
def raw_card(raw_catalog: dict[str, Any]) -> Callable[[str], dict[str, Any]]:
    """A deep copy of one packaged card, as a dict, to alter in a test."""

    def get(card_id: str) -> dict[str, Any]:
        for card in raw_catalog["models"]:
            if card["id"] == card_id:
                return copy.deepcopy(card)
        raise KeyError(card_id)

    return get
