"""Dataset layouts: one small class per file, named once in `LAYOUTS`.

`load_dataset(spec)` reads a file (JSONL, JSON, CSV, Parquet) or a shipped sample by name,
recognises its layout from the first row (or takes `layout=`), and returns the items.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

from medgate.errors import DatasetError
from medgate.evaluation.files import read_rows
from medgate.evaluation.items import Item
from medgate.evaluation.layouts.base import Layout
from medgate.evaluation.layouts.healthbench import HealthBench
from medgate.evaluation.layouts.medmcqa import MedMCQA
from medgate.evaluation.layouts.medqa import MedQA
from medgate.evaluation.layouts.medxpertqa import MedXpertQA
from medgate.evaluation.layouts.mmlu import Mmlu
from medgate.evaluation.layouts.normalised import Normalised
from medgate.evaluation.layouts.pubmedqa import PubMedQA
from medgate.evaluation.samples import sample_path

# Detection tries them in this order: the most specific shapes first, the normalised one last.
LAYOUTS: Mapping[str, type[Layout]] = MappingProxyType({
    cls.name: cls for cls in (HealthBench, PubMedQA, MedMCQA, MedQA, MedXpertQA, Mmlu, Normalised)
})


@dataclass(frozen=True)
class Dataset:
    path: Path
    layout: str
    sha256: str
    items: list[Item]

    @property
    def name(self) -> str:
        """The benchmark's name: the items' common source (e.g. medqa_usmle_4opt), else the file's."""
        sources = {i.source for i in self.items}
        only = next(iter(sources)) if len(sources) == 1 else None
        return only or self.path.stem


def layout_for(name: str) -> Layout:
    cls = LAYOUTS.get(name)
    if cls is None:
        raise DatasetError(f"unknown layout {name!r}; known: {', '.join(LAYOUTS)}")
    return cls()


def load_dataset(spec: str | Path, *, layout: str | None = None, split: str | None = None) -> Dataset:
    """Items from a file path or a shipped sample name; DatasetError says what is wrong."""
    path = sample_path(str(spec)) or Path(spec)
    rows, digest = read_rows(path)
    if not rows:
        raise DatasetError(f"{path}: no rows")
    if layout is None:
        found = next((cls() for cls in LAYOUTS.values() if cls().matches(rows[0])), None)
        if found is None:
            raise DatasetError(f"{path}: the first row is in no known layout ({', '.join(LAYOUTS)}); "
                               "see `medgate eval run --help` for each layout's fields")
        chosen = found
    else:
        chosen = layout_for(layout)
    items = chosen.items(rows, path)
    if split is not None:
        items = [i for i in items if i.split == split]
        if not items:
            raise DatasetError(f"{path}: no items in split {split!r}")
    ids = [i.id for i in items]
    if len(set(ids)) != len(ids):
        dup = next(x for x in ids if ids.count(x) > 1)
        raise DatasetError(f"{path}: item id {dup!r} appears more than once")
    return Dataset(path=path, layout=chosen.name, sha256=digest, items=items)


def describe_layouts() -> str:
    return "; ".join(f"{name}: {cls.description}" for name, cls in LAYOUTS.items())


__all__ = ["LAYOUTS", "Dataset", "Layout", "describe_layouts", "layout_for", "load_dataset"]
